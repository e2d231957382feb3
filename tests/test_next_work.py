"""x48 #2 (a trial's findings): ``optout run --due`` found the due cases leased by another running
process and said "next work due now", as if there were simply nothing to do. ``App.next_work`` says
when a run can next take up work and whether another run holds it; ``run``, ``run --due``,
``worker`` and ``status`` say it ("next work held by another run; its lease ends in 15m"), and
``--json`` gives ``next_at`` and ``next_held`` (docs/JSON.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

from optout.app import NextWork, next_work_of
from optout.store import Case, CaseState

from .test_clinic import cli, env, no_traceback  # noqa: F401  (the fixture)

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def _case(i: int, due: dt.timedelta | None, lease: dt.timedelta | None = None) -> Case:
    return Case(i, "p_1", "b", CaseState.NEW, NOW, None if due is None else NOW + due, 0, 0,
                "other:1:1:abc" if lease is not None else None, NOW + lease if lease is not None else None, None, NOW)


def test_the_next_work_of_cases():
    m = dt.timedelta(minutes=1)
    assert next_work_of([], NOW) == NextWork(None, False, 0)
    assert next_work_of([_case(1, None)], NOW) == NextWork(None, False, 0)  # waits for a person
    assert next_work_of([_case(1, 30 * m), _case(2, 90 * m)], NOW) == NextWork(NOW + 30 * m, False, 0)
    # due now but leased by another run: free when its lease ends, and said held
    assert next_work_of([_case(1, -m, 15 * m), _case(2, 60 * m)], NOW) == NextWork(NOW + 15 * m, True, 1)
    # a free case due before that lease ends comes first
    assert next_work_of([_case(1, -m, 15 * m), _case(2, 5 * m)], NOW) == NextWork(NOW + 5 * m, False, 1)
    # a lease that ran out holds nothing
    assert next_work_of([_case(1, -m, -m)], NOW) == NextWork(NOW - m, False, 0)
    assert NextWork(NOW, True, 2).to_json() == {"next_at": NOW.isoformat(), "next_held": True}
    # a due case of a broker backing off is taken up when its back-off ends, not now; another broker's is not moved
    assert next_work_of([_case(1, -m)], NOW, {"b": NOW + 40 * m}) == NextWork(NOW + 40 * m, False, 0)
    assert next_work_of([_case(1, 60 * m)], NOW, {"b": NOW + 40 * m}) == NextWork(NOW + 60 * m, False, 0)
    assert next_work_of([_case(1, -m)], NOW, {"other": NOW + 40 * m}) == NextWork(NOW - m, False, 0)
    # several people's: the first of them, with every held case counted (status's line)
    works = [NextWork(None, False, 0), NextWork(NOW + m, True, 2), NextWork(NOW + 9 * m, False, 1)]
    assert NextWork.earliest(works) == NextWork(NOW + m, True, 3)
    assert NextWork.earliest([]) == NextWork(None, False, 0)


CLAIM_ALL = """
import asyncio, datetime as dt, sys
from optout.settings import Settings
from optout.store import open_store

async def main():
    store = await open_store(Settings().db_url)
    now = dt.datetime.now(dt.UTC)
    claimed = await store.claim_due("another-machine:4242:1:feed00", now, 100000, dt.timedelta(minutes=15))
    print(len(claimed))
    await store.close()

asyncio.run(main())
"""


def test_work_held_by_another_run_is_said_held_with_when_its_lease_ends(env, tmp_path):  # noqa: F811
    f = tmp_path / "one.csv"
    f.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Ana,Quintero,1977,Bakersfield,CA\n")
    assert cli(env, "person", "import", str(f)).returncode == 0
    held = subprocess.run([sys.executable, "-c", CLAIM_ALL], env=env, capture_output=True, text=True, timeout=120)
    assert held.returncode == 0 and int(held.stdout) > 0, held.stderr

    due = cli(env, "run", "--due", "--json")
    no_traceback(due)
    out = json.loads(due.stdout)
    assert out["processed"] == 0 and out["next_held"] is True, out
    ends = dt.datetime.fromisoformat(out["next_at"]) - dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=13) < ends <= dt.timedelta(minutes=15), out
    line = cli(env, "run", "--due").stdout
    assert "next work held by another run; its lease ends in 1" in line and "due now" not in line, line
    es = cli(env, "run", "--due", "--lang", "es").stdout
    assert "el próximo trabajo lo tiene otra ejecución; su reserva vence en 1" in es, es

    rows = json.loads(cli(env, "status", "--json").stdout)
    assert [r["next_held"] for r in rows] == [True] and rows[0]["next_at"] == out["next_at"], rows
    assert "next work held by another run; its lease ends in 1" in cli(env, "status").stdout


def test_status_says_when_the_next_work_is_due_when_none_is_held(env, tmp_path):  # noqa: F811
    f = tmp_path / "one.csv"
    f.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Ana,Quintero,1977,Bakersfield,CA\n")
    assert cli(env, "person", "import", str(f)).returncode == 0
    rows = json.loads(cli(env, "status", "--json").stdout)
    assert rows[0]["next_held"] is False and rows[0]["next_at"] is not None, rows
    assert "next work due now" in cli(env, "status").stdout


BACK_OFF_ALL = """
import asyncio, datetime as dt
from optout.settings import Settings
from optout.store import open_store

async def main():
    store = await open_store(Settings().db_url)
    now = dt.datetime.now(dt.UTC)
    for b in sorted({c.broker_id for c in await store.cases()}):
        await store.broker_failed(b, now, "timeout", after=1, initial=dt.timedelta(hours=2), cap=dt.timedelta(hours=2))
    await store.close()

asyncio.run(main())
"""


def test_work_of_brokers_backing_off_is_said_due_when_the_back_off_ends(env, tmp_path):  # noqa: F811
    """Every due case's broker backing off: a run defers them all, so "next work due now" was untrue."""
    f = tmp_path / "one.csv"
    f.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Ana,Quintero,1977,Bakersfield,CA\n")
    assert cli(env, "person", "import", str(f)).returncode == 0
    off = subprocess.run([sys.executable, "-c", BACK_OFF_ALL], env=env, capture_output=True, text=True, timeout=120)
    assert off.returncode == 0, off.stderr
    rows = json.loads(cli(env, "status", "--json").stdout)
    ends = dt.datetime.fromisoformat(rows[0]["next_at"]) - dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=110) < ends <= dt.timedelta(hours=2) and rows[0]["next_held"] is False, rows
    line = cli(env, "status").stdout
    assert re.search(r"next work due in [12]h", line) and "next work due now" not in line, line
