"""``optout status``'s ``last_activity``: when the latest event of any kind was recorded for the
person's cases (``Store.last_activity``), not only the latest change of state: a recheck that
found nothing new, or a broker's reply read while the case stays ``submitted``, is activity."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

from optout.store import CaseState, open_store

from .conftest import EXAMPLES
from .harness import cli_env, run_optout


def _activity(env: dict[str, str]) -> dict[str, str | None]:
    r = run_optout(env, "status", "--json")
    assert r.returncode == 0, r.stderr
    return {row["label"]: row["last_activity_at"] for row in json.loads(r.stdout)}


def test_status_last_activity_moves_with_any_event(tmp_path: Path):
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0
    for label in ("alex", "maria"):
        assert run_optout(env, "person", "add", "--label", label, str(EXAMPLES / f"{label}.toml")).returncode == 0
    assert _activity(env) == {"alex": None, "maria": None}  # nothing done yet

    t0 = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=40)
    recheck, reply = t0 + dt.timedelta(days=30), t0 + dt.timedelta(days=31)

    async def poke(*events: tuple[int, str, CaseState, dt.datetime]) -> list[int]:
        store = await open_store(f"sqlite:///{tmp_path / 'd' / 'optout.db'}")
        try:
            alex = [p.id for p in await store.people()]
            cases = await store.cases()
            for i, kind, state, at in events:
                await store.record(cases[i].id, kind, state, at)
            return [c.id for c in cases if c.person_id == alex[0]]
        finally:
            await store.close()

    # alex's first two cases: searched (nothing found) and a letter sent, on day 0
    asyncio.run(poke((0, "scanned", CaseState.NOT_FOUND, t0), (1, "submitted", CaseState.SUBMITTED, t0)))
    first = _activity(env)
    assert dt.datetime.fromisoformat(first["alex"]) == t0 and first["maria"] is None
    asyncio.run(poke((0, "scanned", CaseState.NOT_FOUND, recheck)))  # the recheck: nothing new
    assert dt.datetime.fromisoformat(_activity(env)["alex"]) == recheck
    asyncio.run(poke((1, "reply", CaseState.SUBMITTED, reply)))  # a reply read; still submitted
    assert dt.datetime.fromisoformat(_activity(env)["alex"]) == reply
