"""``optout status`` on a store too big to list: counts by state instead of a million-row table,
while a small store's table stays exactly as it was (and --all / --json still list every case)."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from optout import cli
from optout.store import CaseState, open_store

T0 = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'optout.db'}"
    return request.getfixturevalue("pg_url")


def test_status_counts_a_big_store_and_lists_a_small_one(  # type: ignore[no-untyped-def]
    db_url, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("OPTOUT_DATABASE_URL", db_url)
    data = str(tmp_path / "data")
    assert cli.main(["--data-dir", data, "init"]) == 0

    async def fill() -> None:
        async with await open_store(db_url) as store:
            for p in ("p_aaaaaaaaaa", "p_bbbbbbbbbb"):
                await store.add_person(p, b"sealed", T0)
                await store.ensure_cases(p, [f"b{i:02d}" for i in range(8)], T0)
            first = await store.find_case("p_aaaaaaaaaa", "b00")
            assert first is not None
            await store.record(first.id, "failed", CaseState.FAILED, T0, last_error="broker closed")

    asyncio.run(fill())
    capsys.readouterr()

    def status(*args: str) -> str:
        assert cli.main(["--data-dir", data, "status", *args]) == 0
        return capsys.readouterr().out

    people = status()  # 16 cases, under the limit: one row per person
    assert people.count("p_aaaaaaaaaa") == people.count("p_bbbbbbbbbb") == 1
    listed = status("--all")  # every case, one row each
    assert listed.count("p_aaaaaaaaaa") == listed.count("p_bbbbbbbbbb") == 8
    monkeypatch.setattr(cli, "STATUS_LIST_MAX", 10)
    summary = status()
    assert summary.startswith("16 cases: more than 10, so counted by state")
    assert "p_aaaaaaaaaa" not in summary
    counts = {line.split()[0]: line.split()[1] for line in summary.splitlines()[4:]}
    assert counts == {"pending": "15", "failed": "1"}  # words, as the rest of the interface (c26)
    assert status("--all") == listed  # --all lists, however many
    assert len(json.loads(status("--all", "--json"))) == 16
    one = status("--person", "p_bbbbbbbbbb", "--all")  # 8 of them: listed again
    assert sum(1 for line in one.splitlines() if re.match(r"C\d", line)) == 8 and "counted by state" not in one


def test_the_english_table_says_states_in_words_and_json_keeps_the_codes(tmp_path, monkeypatch, capsys) -> None:
    """``optout status`` in English shows "needs a person", "not found", "pending" as the run's lines
    and the Spanish table do, never the stored codes (needs_human, not_found, new); ``--json`` keeps
    the codes for a program; the summary of a big store counts by the same words."""
    db_url = f"sqlite:///{tmp_path / 'optout.db'}"
    monkeypatch.setenv("OPTOUT_DATABASE_URL", db_url)
    monkeypatch.setenv("LANG", "C.UTF-8")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    data = str(tmp_path / "data")
    assert cli.main(["--data-dir", data, "init"]) == 0
    codes = {"b00": CaseState.NEEDS_HUMAN, "b01": CaseState.NOT_FOUND, "b02": CaseState.WAITING_PARENT,
             "b03": CaseState.SUBMITTED}

    async def fill() -> None:
        async with await open_store(db_url) as store:
            await store.add_person("p_aaaaaaaaaa", b"sealed", T0)
            await store.ensure_cases("p_aaaaaaaaaa", [*codes, "b04"], T0)
            for broker, state in codes.items():
                case = await store.find_case("p_aaaaaaaaaa", broker)
                assert case is not None
                await store.record(case.id, "test", state, T0, next_action_at=None)

    asyncio.run(fill())
    capsys.readouterr()

    def status(*args: str) -> str:
        assert cli.main(["--data-dir", data, "status", *args]) == 0
        return capsys.readouterr().out

    for table in (status("--all"), status("--broker", "b00", "--all") + status("--person", "p_aaaaaaaaaa", "--all")):
        for code in ("needs_human", "not_found", "waiting_parent", "submitted"):
            assert code not in table, (code, table)
    table = status("--all")
    for words in ("needs a person", "not found", "waiting for the parent site", "request sent", "pending"):
        assert words in table, (words, table)
    rows = {r["broker"]: r["state"] for r in json.loads(status("--all", "--json"))}
    assert rows == {**{b: s.value for b, s in codes.items()}, "b04": "new"}
    monkeypatch.setattr(cli, "STATUS_LIST_MAX", 2)
    summary = status()
    assert "needs a person" in summary and "needs_human" not in summary and "not_found" not in summary
