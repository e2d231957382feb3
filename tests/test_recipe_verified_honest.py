"""``optout recipe check`` holds a recipe's ``verified`` block to what its status means (trial51: a
recipe saying ``status: working`` checked on a day still to come, whose ``how`` said it never ran
against the live site and whose tests were all hand-written pages, passed as "3 ok"). A future
``verified.on`` fails, naming the file, the field and its line; ``working`` without a day, or with a
``how`` that says it never ran live, is a warning that fails nothing; English and Spanish."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from optout import cli

RECIPE = """\
id: {id}
name: {id}
url: https://{id}.example.com/
domains: [{id}.example.com]
jurisdictions: [US-CA]
inputs: [full_name, email]
verified:
  status: {status}
{on}  how: {how}
optout:
  channel: email
  email: {{to: privacy@{id}.example.com}}
"""
LIVE = "run against the live site with a volunteer's own listing"
NOT_LIVE = "never run against the live site; its tests are hand-written pages"


@pytest.fixture
def recipes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "brokers"
    d.mkdir()
    later = dt.date.today() + dt.timedelta(days=180)
    for rid, status, on, how in (("future", "working", later, LIVE), ("contradicted", "working", dt.date(2026, 1, 5), NOT_LIVE),
                                 ("undated", "working", None, LIVE), ("honest", "unverified", dt.date(2026, 1, 5), NOT_LIVE),
                                 ("checked", "working", dt.date(2026, 1, 5), LIVE)):
        (d / f"{rid}.yaml").write_text(RECIPE.format(id=rid, status=status, how=how,
                                                     on=f"  on: {on}\n" if on else ""))
    monkeypatch.setenv("OPTOUT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OPTOUT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OPTOUT_RECIPE_DIRS", json.dumps([str(d)]))
    return d


def _rows(capsys, *args: str) -> tuple[int, dict[str, list[dict]]]:  # type: ignore[no-untyped-def]
    code = cli.main(["recipe", "check", "--json", *args])
    rows: dict[str, list[dict]] = {}
    for r in json.loads(capsys.readouterr().out):
        rows.setdefault(r["recipe"], []).append(r)
    return code, rows


def test_a_future_check_fails_and_a_claim_the_how_denies_is_warned(recipes, capsys):
    later = dt.date.today() + dt.timedelta(days=180)
    code, rows = _rows(capsys, "future")
    assert code == 1
    [bad] = [r for r in rows["future"] if r["test"] == "(verified)"]
    assert bad["result"] == "FAIL"
    assert bad["detail"].startswith(f"{recipes / 'future.yaml'} line 9: verified.on: {later} is after today"), bad
    assert "\n" not in bad["detail"]

    code, rows = _rows(capsys, "contradicted", "undated", "honest", "checked")
    assert code == 0  # warnings fail nothing
    said = {rid: [(r["result"], r["detail"]) for r in rs if r["test"] == "(verified)"] for rid, rs in rows.items()}
    assert said["honest"] == [] and said["checked"] == [], said
    [(result, detail)] = said["contradicted"]
    assert result == "warn" and "contradicted.yaml line 8: verified.status: working" in detail and "did not" in detail
    [(result, detail)] = said["undated"]
    assert result == "warn" and "undated.yaml line 8: verified.status:" in detail and "verified.on" in detail


@pytest.mark.parametrize(("lang", "words", "summary"), [
    ("en", ("warning", "is after today", "says no day"), "1 warning"),
    ("es", ("aviso", "es posterior a hoy", "no dice el día"), "1 aviso"),
])
def test_the_table_says_it_in_the_readers_language(recipes, capsys, lang, words, summary):
    code = cli.main(["recipe", "check", "--lang", lang, "future", "undated"])
    out = capsys.readouterr()
    assert code == 1
    assert all(w in out.out for w in words), out.out
    assert summary in out.err, out.err
