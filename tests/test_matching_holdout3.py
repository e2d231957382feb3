"""The third held-out matching set (data/matching/holdout3/): it loads through the benchmark's own
loader, is large and balanced enough to measure with, every pair has a known kind and a one-line
reason, both truths appear in every kind and among the undecidable pairs (twins), and none of its
people is a person of another set (a person shared with a set someone tuned on would leak).

These tests check the set's shape only; they never run the matcher on it (its figures come from
``scripts/bench matching --set holdout3``, and reading its failures would end its use as a measure).
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import yaml

from .matching_sets import other_sets, people_shared_with_other_sets

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "matching"
HERE = DATA / "holdout3"
FIELDS = {"p", "n", "a", "l", "pl", "ph", "r", "k", "t", "kind", "why", "twin"}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_matching", ROOT / "scripts" / "bench_matching.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _raw() -> list[dict]:
    return yaml.safe_load((HERE / "pairs.yaml").read_text(encoding="utf-8"))["pairs"]


def test_the_benchmark_offers_the_set_and_loads_every_pair():
    bench = _bench()
    assert bench.SETS["holdout3"] == HERE
    today, pairs = bench.load(HERE)
    assert str(today) == "2026-11-30"
    assert len(pairs) == len(_raw()) >= 220
    people = yaml.safe_load((HERE / "people.yaml").read_text(encoding="utf-8"))
    assert {p["p"] for p in pairs} == set(people)  # every person is used, no pair names an unknown one


def test_about_half_the_pairs_are_the_person_and_every_person_has_several():
    raw = _raw()
    share = sum(p["t"] for p in raw) / len(raw)
    assert 0.4 <= share <= 0.6, share
    per_person = Counter(p["p"] for p in raw)
    assert len(per_person) >= 30
    assert min(per_person.values()) >= 5
    for p in per_person:  # each person has listings of both truths
        assert {q["t"] for q in raw if q["p"] == p} == {0, 1}, p


def test_every_pair_has_known_fields_a_kind_and_a_one_line_reason():
    kinds = _bench().KINDS
    seen = set()
    for i, p in enumerate(_raw(), start=1):
        assert set(p) <= FIELDS, (i, set(p) - FIELDS)
        assert p["t"] in (0, 1), i
        assert p["kind"] in kinds, (i, p["kind"])
        why = p["why"]
        assert isinstance(why, str) and len(why.split()) >= 3 and "\n" not in why, i
        assert p["n"].strip(), i
        key = (p["p"], p["n"], p.get("a"), tuple(p.get("l", [])), tuple(p.get("pl", [])),
               tuple(p.get("ph", [])), tuple(p.get("r", [])), tuple(p.get("k", [])))
        assert key not in seen, ("the same listing twice for one person", i)
        seen.add(key)


def test_both_truths_in_every_kind_and_among_twins():
    raw = _raw()
    truths = {k: {p["t"] for p in raw if p["kind"] == k} for k in {p["kind"] for p in raw}}
    assert set(truths) == set(_bench().KINDS), "every kind is tested"
    assert all(t == {0, 1} for t in truths.values()), truths
    twins = [p for p in raw if p.get("twin")]
    assert {p["t"] for p in twins} == {0, 1}
    assert len(twins) <= len(raw) // 10  # most pairs are decidable by a careful human


def test_phones_are_fictional():
    people = yaml.safe_load((HERE / "people.yaml").read_text(encoding="utf-8"))
    phones = [ph for v in people.values() for ph in v.get("phones", [])]
    phones += [ph for p in _raw() for ph in p.get("ph", [])]
    for ph in phones:
        digits = re.sub(r"\D", "", ph)
        assert digits[-7:-2] == "55501", "phones stay in the 555-01xx range reserved for fiction"


def test_no_person_is_a_person_of_another_set():
    assert len(other_sets(HERE)) >= 3  # the main set and the earlier held-out sets
    assert people_shared_with_other_sets(HERE) == []
