"""Many workers on one store (real ``python -m optout`` processes against the lab): they share the
work without running a case twice, submit nothing twice, and keep each broker's rate limit
between them, not each."""

from __future__ import annotations

import signal
import time

import pytest

from optout.lab import LabThread
from optout.lab.fleet import Fleet

BROKERS = ["clanroot", "truthy", "idvault"]  # fast, http-only; confirmed, confirmed, needs_human
FINAL = {"clanroot": "confirmed", "truthy": "confirmed", "idvault": "needs_human"}
PER_MINUTE = 1200  # one request every 50 ms per broker, for all workers together


def wait_until(check, timeout: float, every: float = 0.5) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(every)
    return check()


def drain_with_workers(fleet: Fleet, n: int, final: dict[str, str], timeout: float = 180) -> list[str]:
    """Start ``n`` `optout worker` processes, wait until every case is in its final state, stop them
    with SIGTERM; returns their stdout (each a one-line summary)."""
    workers = [fleet.spawn("worker", "--poll", "0.5", log=f"worker{i}.log") for i in range(n)]
    try:
        def finished() -> bool:
            return all(c.state.value == final[c.broker_id] for c, _ in fleet.cases())

        assert wait_until(finished, timeout=timeout), [c.state.value for c, _ in fleet.cases()]
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        outs = [w.communicate(timeout=60)[0] for w in workers]
    logs = [(fleet.root / f"worker{i}.log").read_text()[-2000:] for i in range(n)]
    assert [w.returncode for w in workers] == [0] * n, logs  # a clean stop exits 0
    return outs


def spacing_ok(times: list[float], interval: float, window: int) -> tuple[bool, float]:
    """Whether requests kept ``interval`` between them, allowing for delivery jitter: any
    ``window`` consecutive ones span at least 60 % of ``(window - 1) * interval``."""
    times = sorted(times)
    shortest = min(times[i + window - 1] - times[i] for i in range(len(times) - window + 1))
    return shortest >= 0.6 * (window - 1) * interval, round(shortest, 3)


@pytest.mark.slow
def test_three_workers_drain_300_cases_once_each(tmp_path, database_url):
    interval = 60 / PER_MINUTE
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        fleet = Fleet(lab, tmp_path, database_url, BROKERS,
                      OPTOUT_WORKER__PER_BROKER_PER_MINUTE=str(PER_MINUTE), OPTOUT_WORKER__CONCURRENCY="6",
                      OPTOUT_WORKER__PER_BROKER_CONCURRENCY="2")
        people = fleet.add_people(100)
        assert len(people) == 100 and len(fleet.cases()) == 300
        outs = drain_with_workers(fleet, 3, FINAL)
        # each says what it did in one line; together they did every case exactly once
        done = [int(out.split("stopped: ")[1].split(" case")[0]) for out in outs]
        assert sum(done) == 300 and all(n > 0 for n in done), outs
        cases = fleet.cases(events=True)
        assert all(c.lease_owner is None for c, _ in cases)  # nothing left held
        for c, events in cases:
            # one worker ran each case once: no repeat, no in-doubt check
            assert [e.kind for e in events] == ["created", "found", "human_needed" if c.broker_id == "idvault"
                                                else "confirmed"], c.broker_id

        # the lab's side: every person's listing got one request on every broker, none two
        subs = lab.submissions()
        assert fleet.duplicates() == {}
        for b in BROKERS:
            assert len(subs[b]) == 100 and set(subs[b].values()) == {1}, b
            assert len(lab.request_times(b)) == 300  # search, form, submission per case
            assert spacing_ok(lab.request_times(b), interval, 40)[0], (b, spacing_ok(lab.request_times(b), interval, 40))
            assert spacing_ok([t for t, _ in lab.submission_times(b)], interval, 20)[0], b


@pytest.mark.slow
def test_the_rate_limit_is_shared_by_the_workers_not_kept_by_each(tmp_path, database_url):
    """With a limit the machine can easily outrun (5 requests a second), three workers together
    keep it: three limits kept separately would let ~3x through in every stretch."""
    per_minute, interval = 300, 0.2
    with LabThread(seed=4, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        fleet = Fleet(lab, tmp_path, database_url, ["clanroot"],
                      OPTOUT_WORKER__PER_BROKER_PER_MINUTE=str(per_minute), OPTOUT_WORKER__CONCURRENCY="4",
                      OPTOUT_WORKER__PER_BROKER_CONCURRENCY="4")
        fleet.add_people(20)
        outs = drain_with_workers(fleet, 3, {"clanroot": "confirmed"})
        assert sum(int(out.split("stopped: ")[1].split(" case")[0]) for out in outs) == 20
        times = sorted(lab.request_times("clanroot"))
        assert len(times) == 60 and fleet.duplicates() == {}
        ok, shortest = spacing_ok(times, interval, 20)
        assert ok, f"20 requests in {shortest} s: the limit allows one per {interval} s"
        assert times[-1] - times[0] >= 0.9 * 59 * interval
