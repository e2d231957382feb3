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


async def test_the_dashboard_home_and_the_person_page_say_what_a_stopped_run_still_holds(tmp_path):
    """t52: the dashboard's home said nothing of the cases a killed run still leased (they looked idle),
    and its person page lacked `status`'s "waits for". The home says how many, until when, and that a
    run takes them back, in the reader's language; each case says what it waits for (App.waits_for)."""
    from optout.person import parse_person
    from optout.settings import Settings
    from optout.web._staff import StaffBook
    from optout.web._views import build

    from .test_dashboard import PASSWORD, Dash

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        client = parse_person({"first_name": "Rosa", "last_name": "Quispe Mamani", "addresses": [
            {"city": "Los Angeles", "state": "CA"}]}, "test")
        pid = (await app.add_people([("test", client)])).added[0][1]
        d = Dash(build(app, idle=600), app)
        try:
            await d.login()
            home = (await d.get("/")).text
            assert 'id="stopped-run"' not in home  # nothing held: nothing said
            page = (await d.get(f"/people/{pid}")).text
            assert "Waits for: the next run (Runs)" in page
            now = app.clock.now()
            killed = f"{socket.gethostname()}:{os.getpid()}:1:abcdef"  # this machine's, its process gone
            held = await app.store.claim_due(killed, now, 3, dt.timedelta(minutes=15))
            until = max(c.lease_until for c in held)
            home = (await d.get("/")).text
            assert (f"3 cases are still held by a run that was stopped or killed on this machine: they look idle, "
                    f"and no run takes them up before {until:%Y-%m-%d %H:%M} UTC, when their hold runs out. "
                    "Starting a run (Runs) takes them back at once.") in home, home
            es = (await d.get("/", headers={"accept-language": "es"})).text
            assert (f"3 casos siguen reservados por una ejecución que se detuvo o se cortó en esta computadora: "
                    f"parecen inactivos, y ninguna ejecución los retoma antes del {until:%Y-%m-%d %H:%M} UTC") in es
            page = (await d.get(f"/people/{pid}")).text
            assert page.count("Waits for: a stopped run's hold to run out (starting a run takes it back at once)"
                              f" ({until:%Y-%m-%d %H:%M})") == 3, page
            es = (await d.get(f"/people/{pid}", headers={"accept-language": "es"})).text
            assert "Espera: que venza la reserva de una ejecución detenida" in es
            # a live run's cases are worked on now: no stopped run is said
            await app.store.take_over(killed, now)
            await app.store.claim_due(run_owner(), now, 1, dt.timedelta(minutes=15))
            assert 'id="stopped-run"' not in (await d.get("/")).text
            assert "Waits for: a run working on it now" in (await d.get(f"/people/{pid}")).text
        finally:
            await d.client.aclose()
