"""kill -9 a worker at random points of a batch (scripts/killtest.py, a few trials): after a
restart no case is lost and no listing is asked for twice."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "killtest.py"


def _killtest():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("killtest", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _trials(tmp_path, database_url, request, *, trials: int, people: int, seed: int, **kw):  # type: ignore[no-untyped-def]
    """``trials`` runs of scripts/killtest.py's trial, each on a store of its own (a SQLite file, or
    a fresh PostgreSQL database), the kills drawn from ``seed``; their rows."""
    killtest = _killtest()
    rng = random.Random(seed)
    rows = []
    for n in range(1, trials + 1):
        if database_url.startswith("sqlite"):
            url = database_url.replace("optout.db", f"trial{n}.db")
        else:  # a fresh PostgreSQL database per trial
            url = database_url if n == 1 else request.getfixturevalue("pg_server").create_database()
        rows.append(killtest.trial(n, tmp_path / f"trial{n}", people, rng, database_url=url, **kw))
    return rows


@pytest.mark.slow
def test_killed_workers_lose_nothing_and_send_nothing_twice(tmp_path, database_url, request):
    rows = _trials(tmp_path, database_url, request, trials=3, people=8, seed=2)
    assert all(r["cases"] == 16 for r in rows)
    assert [(r["duplicates"], r["lost"]) for r in rows] == [(0, 0)] * 3, rows


@pytest.mark.slow
def test_a_killed_run_is_taken_over_at_once_and_sends_nothing_twice(tmp_path, database_url, request):
    """Restarted at once, with the default 15-minute leases: the new run on this machine sees the
    killed run's process is gone and takes its cases over, instead of leaving them for 15 minutes;
    each goes on from its recorded state (a request in doubt is checked, never resent)."""
    rows = _trials(tmp_path, database_url, request, trials=2, people=6, seed=7, lease=900.0, wait=False)
    assert all(r["cases"] == 12 for r in rows), rows
    assert [(r["duplicates"], r["lost"], r["held after restart"]) for r in rows] == [(0, 0, 0)] * 2, rows
    # the run says so when there was a lease to take over (a kill before the first claim leaves none)
    assert all(r["take-over said"] == bool(r["leased at kill"]) for r in rows), rows


@pytest.mark.slow
def test_killed_workers_send_no_letter_or_follow_up_twice_and_lose_none(tmp_path):
    """The e-mail path (scripts/killtest.py --mail): kills among the letters and among the
    follow-ups, with the lab's SMTP server holding each 250 so kills land mid-DATA and between
    the server's answer and the store write."""
    killtest = _killtest()
    rng = random.Random(5)
    rows = [killtest.mail_trial(n, tmp_path / f"mail{n}", 6, rng) for n in range(1, 3)]
    assert all(r["cases"] == 6 and r["letters"] == 6 and r["follow-ups"] == 6 for r in rows), rows
    assert [(r["duplicates"], r["lost"]) for r in rows] == [(0, 0)] * 2, rows
