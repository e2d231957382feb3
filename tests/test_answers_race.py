"""Remembered answers are never lost to a race: two processes (the CLI beside the dashboard, two
dashboard workers, two machines on PostgreSQL) answering about the same client at the same moment
both keep their answers (optout.answers.update: read, change, compare-and-swap, again)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from optout.answers import Answers
from optout.store import open_store
from optout.vault import PersonKey

ROOT = Path(__file__).resolve().parent.parent
PER_PROCESS = 60

# one process: remembers PER_PROCESS answers of its own, one at a time, from the same start time
WRITER = textwrap.dedent("""
    import asyncio, datetime as dt, sys, time
    from optout.answers import update
    from optout.steps.extract import Listing
    from optout.store import open_store
    from optout.vault import PersonKey

    async def main(url, tag, start, n):
        store = await open_store(url)
        key = PersonKey("p_race", b"k" * 32)
        while time.time() < start:
            await asyncio.sleep(0.001)
        now = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
        for i in range(n):
            card = Listing(name=f"Card {tag} {i}", locations=["Austin, TX"])
            await update(store, key, now, lambda a, card=card: a.remember(card, tag == "them", now))
        await store.close()

    asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])))
""")


async def test_two_processes_answering_at_once_lose_nothing(database_url):
    store = await open_store(database_url)
    try:
        await store.add_person("p_race", b"sealed elsewhere", dt.datetime(2026, 11, 30, tzinfo=dt.UTC))
    finally:
        await store.close()
    start = time.time() + 1.5  # both processes import and connect first, then race
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, database_url, tag, str(start), str(PER_PROCESS)],
                              cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
             for tag in ("them", "not_them")]
    for p in procs:
        _, err = await asyncio.to_thread(p.communicate, timeout=120)
        assert p.returncode == 0, err[-2000:]

    store = await open_store(database_url)
    try:
        answers = (await Answers.load(store, PersonKey("p_race", b"k" * 32))).listed()
    finally:
        await store.close()
    names = sorted(a.summary["name"] for a in answers)
    assert len(answers) == 2 * PER_PROCESS, f"{2 * PER_PROCESS - len(answers)} answers lost"
    assert names == sorted(f"Card {t} {i}" for t in ("them", "not_them") for i in range(PER_PROCESS))
    assert len({a.id for a in answers}) == len(answers)  # every answer its own number
    assert {a.summary["name"].split()[1] for a in answers if a.them} == {"them"}
