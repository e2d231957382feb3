"""Faults pass x46 #4 (trial46): right after a ``kill -9`` of a run, ``optout status --json`` showed
held 0 / in doubt 0, though README says status counts the cases a killed run still leases
("meanwhile", until the next run takes them over). ``leased_by_stopped_run`` counts them, read
only: status takes nothing over."""

from __future__ import annotations

import datetime as dt
import os
import socket

from optout.app import open_app
from optout.leases import run_owner
from optout.person import load_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings


async def test_status_counts_the_cases_a_killed_run_still_leases(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    settings = lab_settings(tmp_path / "data", lab)
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["peoplefind", "searchly", "truthy"])
        now = o.clock.now()
        # a run of this machine whose process is gone (this pid, but another start time), and a live one
        killed = f"{socket.gethostname()}:{os.getpid()}:1:abcdef"
        taken = await o.store.claim_due(killed, now, 2, dt.timedelta(minutes=15))
        alive = await o.store.claim_due(run_owner(), now, 1, dt.timedelta(minutes=15))
        assert len(taken) == 2 and len(alive) == 1
    async with open_app(settings) as app:
        [row] = await app.people_summary()
        assert row["leased_by_stopped_run"] == 2, row
        # read only: the leases are still there for the next run to take over
        assert (await app.store.lease_owners(app.clock.now())).get(killed) == 2
