"""Shared checks for the held-out matching sets (data/matching/holdout*/): their people must be new.

A held-out set measures the matcher honestly only if none of its people is a person of a set the
matcher was tuned on or measured with: a shared person leaks what was tuned into the measure. Each
set's test calls :func:`people_shared_with_other_sets`; the other sets' names are only ever compared
here, never read by the person writing a new set.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "matching"


def fold(s: str) -> str:
    """Lower case, accents and hyphens folded: "Saint-Vil" and "saint vil" are one name."""
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").split())


def name_keys(person: dict) -> set[str]:
    """A profile's full name, and its first given name + last surname, folded. A one-part name (no
    surname, or no given name: docs/PEOPLE.md) is its one word."""
    first = fold(person.get("first_name") or "").split()
    last = fold(person.get("last_name") or "").split()
    middle = fold(person.get("middle_name") or "").split()
    keys = {" ".join(first + middle + last)}
    if first and last:
        keys.add(f"{first[0]} {last[-1]}")
    return keys - {""}


def people(folder: Path) -> dict:
    """A set's people.yaml: person id -> profile as written."""
    return yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))


def other_sets(here: Path) -> list[Path]:
    """The folders of every other set: the main set (data/matching/) and every holdout* but ``here``."""
    here = here.resolve()
    return [DATA, *sorted(p.parent for p in DATA.glob("holdout*/people.yaml") if p.parent.resolve() != here)]


def people_shared_with_other_sets(here: Path) -> list[tuple[str, str]]:
    """(other set's folder name, person id here) for each person of the set in ``here`` whose full
    name, or first given name + last surname, is a person's of another set. Empty when all are new."""
    mine = people(here)
    shared = []
    for folder in other_sets(here):
        keys = {k for v in people(folder).values() for k in name_keys(v)}
        shared += [(folder.name, pid) for pid, v in mine.items() if name_keys(v) & keys]
    return shared


# ---- the shape every held-out set must have (one copy for holdout3, holdout4, holdout5 …) -----------

#: The fields a pair may carry (scripts/bench_matching.py reads them).
FIELDS = {"p", "n", "a", "l", "pl", "ph", "r", "k", "t", "kind", "why", "twin"}


def bench():
    """scripts/bench_matching.py as a module (its SETS, KINDS and loader), loaded once."""
    global _BENCH
    if _BENCH is None:
        spec = importlib.util.spec_from_file_location("bench_matching_sets", DATA.parent.parent / "scripts" / "bench_matching.py")
        _BENCH = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_BENCH)
    return _BENCH


_BENCH = None


def pairs(folder: Path) -> list[dict]:
    """A set's pairs.yaml, as written."""
    return yaml.safe_load((folder / "pairs.yaml").read_text(encoding="utf-8"))["pairs"]


def check_loads(here: Path, name: str, min_pairs: int) -> None:
    """The benchmark offers the set under ``name`` and loads every pair with optout's own parse_person."""
    b = bench()
    assert b.SETS[name] == here
    assert (here / "README.md").is_file()
    today, loaded = b.load(here)
    assert str(today) == "2026-11-30"
    assert len(loaded) == len(pairs(here)) >= min_pairs
    assert {p["p"] for p in loaded} == set(people(here))  # every person is used, no pair names an unknown one


def check_balance(here: Path, share: tuple[float, float], min_people: int, max_people: int | None = None,
                  min_pairs_per_person: int = 5) -> None:
    """The share of pairs that are the person lies in ``share``; every person has pairs of both truths, at
    least ``min_pairs_per_person`` of them (5; 2 in a set written as many people with few cards each)."""
    raw = pairs(here)
    s = sum(p["t"] for p in raw) / len(raw)
    assert share[0] <= s <= share[1], s
    per_person = Counter(p["p"] for p in raw)
    assert len(per_person) >= min_people and (max_people is None or len(per_person) <= max_people)
    assert min(per_person.values()) >= min_pairs_per_person
    for pid in per_person:
        assert {q["t"] for q in raw if q["p"] == pid} == {0, 1}, pid


def check_pairs(here: Path) -> None:
    """Known fields, a valid kind and truth, a one-line reason of 3 words or more; no listing twice."""
    kinds = bench().KINDS
    seen = set()
    for i, p in enumerate(pairs(here), start=1):
        assert set(p) <= FIELDS, (i, set(p) - FIELDS)
        assert p["t"] in (0, 1), i
        assert p["kind"] in kinds, (i, p["kind"])
        assert p.get("twin", False) in (True, False), i
        why = p["why"]
        assert isinstance(why, str) and len(why.split()) >= 3 and "\n" not in why, i
        assert isinstance(p["n"], str) and p["n"].strip(), i
        for field in ("l", "pl", "ph", "r", "k"):
            assert isinstance(p.get(field, []), list), (i, field)
        key = (p["p"], p["n"], p.get("a"), tuple(p.get("l", [])), tuple(p.get("pl", [])),
               tuple(p.get("ph", [])), tuple(p.get("r", [])), tuple(p.get("k", [])))
        assert key not in seen, ("the same listing twice for one person", i)
        seen.add(key)


def check_kinds_and_twins(here: Path) -> None:
    """Every kind appears with both truths; twins have both truths and are at most a tenth of the set."""
    raw = pairs(here)
    truths = {k: {p["t"] for p in raw if p["kind"] == k} for k in {p["kind"] for p in raw}}
    assert set(truths) == set(bench().KINDS), "every kind is tested"
    assert all(t == {0, 1} for t in truths.values()), truths
    twins = [p for p in raw if p.get("twin")]
    assert {p["t"] for p in twins} == {0, 1}
    assert len(twins) <= len(raw) // 10  # most pairs are decidable by a careful human


def check_phones(here: Path) -> None:
    """Every phone, in profiles and listings, is in the 555-01xx range reserved for fiction."""
    phones = [ph for v in people(here).values() for ph in v.get("phones", [])]
    phones += [ph for p in pairs(here) for ph in p.get("ph", [])]
    assert phones
    for ph in phones:
        digits = re.sub(r"\D", "", ph)
        assert digits[-7:-2] == "55501", "phones stay in the 555-01xx range reserved for fiction"
