"""The held-out matching set (data/matching/holdout/) loads, every pair is labelled the way the
benchmark needs it, and `scripts/bench matching --set holdout` reports undecidable pairs (twin: true)
and matcher crashes apart instead of folding them into the headline figures."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_matching", ROOT / "scripts" / "bench_matching.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

HOLDOUT = bench.SETS["holdout"]


def test_holdout_has_its_own_files_and_loads():
    assert HOLDOUT != bench.SETS["main"]
    assert (HOLDOUT / "people.yaml").is_file() and (HOLDOUT / "pairs.yaml").is_file()
    today, pairs = bench.load(HOLDOUT)  # parses every profile with optout's own profile parser
    assert len(pairs) >= 160
    people = yaml.safe_load((HOLDOUT / "people.yaml").read_text(encoding="utf-8"))
    assert {p["p"] for p in pairs} == set(people), "every person has pairs and every pair a person"


def test_every_holdout_pair_is_labelled():
    _, pairs = bench.load(HOLDOUT)
    for p in pairs:
        where = f"holdout pair #{p['i']} ({p['p']})"
        assert isinstance(p.get("why"), str) and len(p["why"].strip()) >= 10, f"{where}: no reason"
        assert p.get("kind") in bench.KINDS, f"{where}: kind {p.get('kind')!r} is not one of KINDS"
        assert p.get("t") in (0, 1), f"{where}: t must be 0 or 1"
        assert isinstance(p.get("twin", False), bool), f"{where}: twin must be true or false"
        assert set(p) <= {"p", "n", "a", "l", "pl", "ph", "r", "k", "t", "kind", "why", "twin",
                          "i", "person", "listing", "corroborated"}, f"{where}: unknown field"
    positives = sum(p["t"] for p in pairs)
    assert 0.4 <= positives / len(pairs) <= 0.6, "about half the person, half someone else"
    assert sum(1 for p in pairs if p["t"] == 0 and not p.get("twin")) >= 80
    assert {p["kind"] for p in pairs} >= set(bench.KINDS), "every kind is tested"


def test_main_set_kinds_are_known():
    _, pairs = bench.load(bench.SETS["main"])
    unknown = {p["kind"] for p in pairs} - set(bench.KINDS)
    assert not unknown, f"add {sorted(unknown)} to KINDS in scripts/bench_matching.py"


def test_twins_are_counted_apart(capsys):
    res = bench.evaluate(0.75, 0.45, HOLDOUT)
    twins = [r for r in res["rows"] if r["twin"]]
    assert twins and res["twins"]["pairs"] == len(twins)
    assert res["overall"]["pairs"] == len(res["rows"]) - len(twins)
    assert sum(m["pairs"] for m in res["by_kind"].values()) == res["overall"]["pairs"]
    t = res["twins"]
    assert t["match"] + t["uncertain"] + t["no_match"] + t["error"] == len(twins)
    assert bench.main(["--set", "holdout", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["set"] == "holdout" and out["twins"]["pairs"] == len(twins)
    assert bench.main(["--set", "holdout"]) == 0
    text = capsys.readouterr().out
    assert "data/matching/holdout" in text and f"not decidable (twin: true)  {len(twins)} pairs" in text


def test_a_crash_on_one_pair_is_counted_not_fatal(monkeypatch):
    real = bench.score

    def score(person, listing, **kw):
        if listing.name == "Wisler Jean-Charles" and listing.age_text == "Age 36":
            raise ValueError("boom")
        return real(person, listing, **kw)

    monkeypatch.setattr(bench, "score", score)
    res = bench.evaluate(0.75, 0.45, HOLDOUT)
    crashed = [r for r in res["rows"] if r["decision"] == "error"]
    assert len(crashed) == 1 and crashed[0]["truth"] == 1
    assert res["overall"]["errors"] == 1 and res["by_kind"]["plain"]["errors"] == 1
    assert res["by_kind"]["plain"]["missed"] >= 1
