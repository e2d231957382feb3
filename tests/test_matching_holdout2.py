"""The second held-out matching set (data/matching/holdout2/) loads with optout's own profile parser,
every pair is labelled the way the benchmark needs it, its people are new (none shares a name with
the main or the first held-out set), and `scripts/bench matching --set holdout2` runs on it with the
undecidable pairs (twin: true) counted apart. Nothing here looks at the matcher's figures: the set
is for measuring, never for tuning."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_matching", ROOT / "scripts" / "bench_matching.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

HOLDOUT2 = bench.SETS["holdout2"]
FIELDS = {"p", "n", "a", "l", "pl", "ph", "r", "k", "t", "kind", "why", "twin", "i", "person", "listing", "corroborated"}


def _people(folder: Path) -> dict:
    return yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def test_holdout2_is_its_own_set_and_loads():
    assert HOLDOUT2 not in (bench.SETS["main"], bench.SETS["holdout"])
    assert (HOLDOUT2 / "README.md").is_file()
    today, pairs = bench.load(HOLDOUT2)  # parses every profile with optout's own profile parser
    assert len(pairs) >= 200
    assert {p["p"] for p in pairs} == set(_people(HOLDOUT2)), "every person has pairs and every pair a person"


def test_every_holdout2_pair_is_labelled():
    _, pairs = bench.load(HOLDOUT2)
    for p in pairs:
        where = f"holdout2 pair #{p['i']} ({p['p']})"
        assert isinstance(p.get("why"), str) and len(p["why"].strip()) >= 10, f"{where}: no reason"
        assert p.get("kind") in bench.KINDS, f"{where}: kind {p.get('kind')!r} is not one of KINDS"
        assert p.get("t") in (0, 1), f"{where}: t must be 0 or 1"
        assert isinstance(p.get("twin", False), bool), f"{where}: twin must be true or false"
        assert set(p) <= FIELDS, f"{where}: unknown field {sorted(set(p) - FIELDS)}"
        assert isinstance(p["n"], str) and p["n"].strip(), f"{where}: no listed name"
    positives = sum(p["t"] for p in pairs)
    assert 0.4 <= positives / len(pairs) <= 0.6, "about half the person, half someone else"
    assert sum(1 for p in pairs if p["t"] == 0 and not p.get("twin")) >= 80
    twins = [p for p in pairs if p.get("twin")]
    assert any(p["t"] == 1 for p in twins) and any(p["t"] == 0 for p in twins), "undecidable both ways"
    assert {p["kind"] for p in pairs} >= set(bench.KINDS), "every kind is tested"
    for kind in bench.KINDS:  # both ways: a kind with only positives cannot show over-matching
        assert {p["t"] for p in pairs if p["kind"] == kind} == {0, 1}, f"kind {kind} needs both truths"


def test_holdout2_people_are_new():
    """Independence: no person here has the name of a person in another set (accents folded)."""
    def names(folder: Path) -> set[tuple[str, str]]:
        return {(_fold(v["first_name"]).split()[0], _fold(v["last_name"]).split()[-1])
                for v in _people(folder).values()}

    mine = names(HOLDOUT2)
    for other in ("main", "holdout"):
        shared = mine & names(bench.SETS[other])
        assert not shared, f"{len(shared)} holdout2 people share a name with the {other} set"


def test_holdout2_runs_in_the_benchmark_with_twins_apart(capsys):
    res = bench.evaluate(0.75, 0.45, HOLDOUT2)
    twins = [r for r in res["rows"] if r["twin"]]
    assert twins and res["twins"]["pairs"] == len(twins)
    assert res["overall"]["pairs"] == len(res["rows"]) - len(twins)
    assert sum(m["pairs"] for m in res["by_kind"].values()) == res["overall"]["pairs"]
    assert bench.main(["--set", "holdout2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["set"] == "holdout2" and out["twins"]["pairs"] == len(twins)
    assert len(out["rows"]) == len(res["rows"])
