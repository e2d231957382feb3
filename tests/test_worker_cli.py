"""`optout run --due`, `optout status` on failing brokers, and `optout worker` stopped by SIGTERM
while a case is running: as a person (or systemd, or cron) meets them."""

from __future__ import annotations

import asyncio
import json
import signal
import time

from optout.lab import LabThread
from optout.lab.fleet import Fleet
from optout.store import open_store

from .test_schedule import FLAKY


def test_run_due_is_quiet_and_status_reports_a_broker_backing_off(tmp_path, database_url):
    with LabThread(seed=8, failure_rate=1.0, data_dir=tmp_path / "lab") as lab:  # Searchly: all 5xx
        fleet = Fleet(lab, tmp_path, database_url, [], OPTOUT_NETWORK__RETRIES="0",
                      OPTOUT_WORKER__CONCURRENCY="1")
        (fleet.recipes / "flaky.yaml").write_text(FLAKY)
        fleet.add_people(4)
        first = fleet.cli("run", "--due")
        # one line for cron's mail; failing cases are recorded, not an error of the run
        # the states in words, as a person reads cron mail (c25: "pending", not the value "new")
        # and when the next work is due (x46): here the fourth case, due now, but its broker backs off
        # for 15 minutes and every run defers it until then, so not "due now" (lead49)
        assert first.stdout.startswith("optout run --due: 3 cases processed (pending: 3); next work due in 1"), first
        assert first.stdout.endswith("m\n") and "due now" not in first.stdout, first
        status = fleet.cli("status").stdout
        assert "1 broker failing" in status and "flaky" in status.split("broker failing")[1]
        [health] = json.loads(fleet.cli("status", "--brokers", "--json").stdout)
        assert health["broker"] == "flaky" and health["failures"] == 3 and health["backoff_until_at"]
        assert "50" in health["last_error"]  # the 500 or 503 the lab answered
        # the fourth case is due, but every worker leaves the broker alone until the back-off ends
        again = json.loads(fleet.cli("run", "--due", "--json").stdout)
        # the fleet reads the lab's Maildir: no broker answered in this pass
        assert again.pop("next_at")  # when the next work is due (x46)
        assert again.pop("next_held") is False  # and no other run holds it (x48)
        assert again == {"processed": 0, "by_state": {}, "deferred": 0, "handed_back": 0, "mail": {},
                         "rechecks": {"newly_removed": 0, "still_removed": 0, "relisted": 0, "still_listed": 0}}
        assert sum(1 for c, _ in fleet.cases() if c.last_error is None) == 1  # never tried


def test_worker_stops_on_sigterm_and_hands_back_a_case_it_cannot_finish(tmp_path, database_url):
    with LabThread(seed=9, failure_rate=0.0, latency_ms=(4000, 4000), data_dir=tmp_path / "lab") as lab:
        fleet = Fleet(lab, tmp_path, database_url, ["clanroot"])
        fleet.add_people(1)
        worker = fleet.spawn("worker", "--grace", "0.5", "--poll", "0.2")
        end = time.monotonic() + 60
        # the search is done and the opt-out under way (each lab answer takes 4 s): stop now
        while [c.state.value for c, _ in fleet.cases()] != ["found"] and time.monotonic() < end:
            time.sleep(0.05)
        worker.send_signal(signal.SIGTERM)
        out, _ = worker.communicate(timeout=30)
        assert worker.returncode == 0
        assert out.strip() == "optout worker stopped: 0 cases processed, 1 handed back"
        [(case, events)] = fleet.cases(events=True)
        # handed back: no lease held, due again at once; its search was recorded, and the opt-out
        # it had begun (only the form was loaded) is known not to have been sent: not in doubt
        assert case.lease_owner is None and case.next_action_at is not None
        assert [e.kind for e in events] == ["created", "found"] and case.state.value == "found"

        async def requests():  # type: ignore[no-untyped-def]
            store = await open_store(database_url)
            try:
                return await store.requests(case.id)
            finally:
                await store.close()

        assert [r.status for r in asyncio.run(requests())] == ["failed"]

        async def passes():  # type: ignore[no-untyped-def]
            store = await open_store(database_url)
            try:
                return await store.recent_runs(5)
            finally:
                await store.close()

        # the Runs page lists the worker's pass (t48): stopped by the signal, its case handed back
        [kept] = asyncio.run(passes())
        assert kept.source == "worker" and kept.finished_at is not None
        assert kept.summary["stopped"] is True and kept.summary["handed_back"] == 1 and kept.summary["done"] == 0


def test_retry_makes_a_case_deferred_by_a_transient_error_due_now(tmp_path, database_url):
    """A first try that met a network or broker error leaves the case `new`, due again days later;
    `optout retry CASE` refused it ("not waiting for a person"), so a volunteer who fixed the
    connection (or a recipe author who fixed the proxy) could only wait."""
    import datetime as dt

    with LabThread(seed=8, failure_rate=1.0, data_dir=tmp_path / "lab") as lab:  # Searchly: all 5xx
        fleet = Fleet(lab, tmp_path, database_url, [], OPTOUT_NETWORK__RETRIES="0",
                      OPTOUT_WORKER__CONCURRENCY="1")
        (fleet.recipes / "flaky.yaml").write_text(FLAKY)
        fleet.add_people(1)
        fleet.cli("run", "--due")
        [(case, _)] = fleet.cases()
        now = dt.datetime.fromisoformat(json.loads(fleet.cli("status", "--all", "--json").stdout)[0]["since_at"])
        assert case.state.value == "new" and case.last_error and case.next_action_at > now + dt.timedelta(hours=1)
        assert "searches the broker again" in fleet.cli("retry", str(case.id)).stdout
        [(again, _)] = fleet.cases()
        assert again.state.value == "new" and again.next_action_at <= now + dt.timedelta(minutes=5)


def test_a_not_found_is_searched_again_by_retry_and_when_a_name_is_added(tmp_path, database_url):
    """A client known to a broker only by her married name: "not found" under her own name. `optout
    retry CASE` refused a not_found case ("not waiting for a person") though README says it searches
    again, and adding the name (`person edit --add-name`) left the case to its recheck weeks later."""
    import datetime as dt

    import httpx
    import yaml

    # her card shows a past town as well as her age and town, as people-search cards do: a name as common as
    # Guadalupe Fuentes with only an age and a town would rightly go to a person (pass 38), not be submitted
    own = {"first_name": "Guadalupe", "last_name": "Hernández Soto", "birth_year": 1979,
           "addresses": [{"city": "Pasadena", "state": "TX"}, {"city": "Baytown", "state": "TX"}],
           "emails": ["lupe@example.org"]}
    listed = dict(own, last_name="Fuentes")  # how the broker's records know her
    with LabThread(seed=8, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        fleet = Fleet(lab, tmp_path, database_url, ["clanroot"])
        httpx.post(lab.url + "/_admin/people", json={"people": [{"key": "lupe", "profile": listed}]},
                   timeout=60).raise_for_status()
        (tmp_path / "lupe.yaml").write_text(yaml.safe_dump(own, allow_unicode=True))
        fleet.cli("init")
        [row] = json.loads(fleet.cli("person", "add", "--json", str(tmp_path / "lupe.yaml")).stdout)
        fleet.cli("run", "--due")
        [(case, _)] = fleet.cases()
        assert case.state.value == "not_found", case.last_error
        now = dt.datetime.fromisoformat(json.loads(fleet.cli("status", "--all", "--json").stdout)[0]["since_at"])
        assert case.next_action_at > now + dt.timedelta(days=7)  # its recheck
        assert "searches the broker again" in fleet.cli("retry", str(case.id)).stdout
        [(again, _)] = fleet.cases()
        assert again.state.value == "new" and again.next_action_at <= now + dt.timedelta(minutes=5)
        fleet.cli("run", "--due")
        [(case, _)] = fleet.cases()
        assert case.state.value == "not_found"  # searched again: still not under that name
        fleet.cli("person", "edit", row["person"], "--add-name", "Guadalupe Fuentes")
        [(due, _)] = fleet.cases()
        assert due.state.value == "new" and due.next_action_at <= now + dt.timedelta(minutes=5)
        fleet.cli("run", "--due")
        [(found, _)] = fleet.cases()
        assert found.state.value == "confirmed", found.last_error
