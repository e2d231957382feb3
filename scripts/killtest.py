#!/usr/bin/env python3
"""Kill a worker with SIGKILL at random points of a batch, restart, and count what went wrong.

Each trial: a fresh lab and store; N people on ClanRoot (removes a day after a request) and
TruthyPeople (never removes: asked `max_attempts` = 2 times, then a person); one `optout worker`
killed with `kill -9` after a random number of the lab's submissions plus a random delay (so
the kill lands anywhere: mid-scan, between a request row and the request, between the request
and its record, mid-transaction); then, once its leases run out, `optout run --due` passes while
the lab clock moves on 2.5 days at a time, until every case has come to rest.

Printed per trial: the kill point, cases, duplicates (requests for one listing beyond what the
broker's recipe allows: 1 for ClanRoot, 2 for Truthy), lost (cases not at rest in their right
state: ClanRoot removed, Truthy needs_human), and in-doubt checks (cases the engine checked
instead of resending). Exit status 1 if any trial lost a case or sent a duplicate.

    PYTHONPATH=. python scripts/killtest.py [--trials 10] [--people 20] [--seed 1] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.lab import LabThread  # noqa: E402
from optout.lab.fleet import Fleet  # noqa: E402

BROKERS = ["clanroot", "truthy"]
ALLOWED = {"clanroot": 1, "truthy": 2}  # requests per listing the recipes call for
FINAL = {"clanroot": "removed", "truthy": "needs_human"}
LEASE = 3.0  # seconds: how long a killed worker's cases stay held


def trial(n: int, root: Path, people: int, rng: random.Random, database_url: str | None = None) -> dict:
    """One kill-and-restart trial in ``root``; returns its row."""
    root.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{root / 'store' / 'optout.db'}"
    with LabThread(seed=1000 + n, failure_rate=0.0, data_dir=root / "lab") as lab:
        fleet = Fleet(lab, root, url, BROKERS, OPTOUT_WORKER__PER_BROKER_PER_MINUTE="600",
                      OPTOUT_WORKER__LEASE=f"{LEASE}s", OPTOUT_WORKER__CONCURRENCY="4",
                      OPTOUT_WORKER__PER_BROKER_CONCURRENCY="2")
        fleet.add_people(people)
        cases = len(fleet.cases())

        # the batch, and the kill: after k of the lab's submissions (0: during the first scans)
        # plus up to 150 ms, so it lands at any step of a case
        k = rng.randint(0, people * len(BROKERS) - 1)
        extra_ms = rng.randint(0, 150)
        worker = fleet.spawn("worker", "--poll", "0.2", log="killed.log")
        end = time.monotonic() + 120
        while sum(sum(c.values()) for c in lab.submissions().values()) < k and time.monotonic() < end:
            if worker.poll() is not None:
                break
            time.sleep(0.002)
        time.sleep(extra_ms / 1000)
        sent_at_kill = sum(sum(c.values()) for c in lab.submissions().values())
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        at_kill = {s: sum(1 for c, _ in fleet.cases() if c.state.value == s) for s in ("found", "new")}

        # restart: once the dead worker's leases have run out, due passes while time moves on
        time.sleep(LEASE + 0.3)
        fleet.cli("run", "--due")
        for _ in range(3):
            lab.advance(days=2.5)
            fleet.cli("run", "--due")

        rows = fleet.cases(events=True)
        lost = [c.id for c, _ in rows if c.state.value != FINAL[c.broker_id] or c.lease_owner]
        dupes = fleet.duplicates(ALLOWED)
        in_doubt = sum(1 for _, ev in rows if any(e.kind == "in_doubt" or "requests_in_doubt" in e.data for e in ev))
        return {"trial": n, "kill point": f"after {sent_at_kill} submission(s) (+{extra_ms} ms)",
                "cases": cases, "duplicates": sum(len(v) for v in dupes.values()), "lost": len(lost),
                "in doubt, checked": in_doubt, "mid-case at kill": at_kill["found"]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--trials", type=int, default=10)
    p.add_argument("--people", type=int, default=20)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    rows = []
    with tempfile.TemporaryDirectory(prefix="optout-killtest-") as tmp:
        for n in range(1, args.trials + 1):
            rows.append(trial(n, Path(tmp) / f"trial{n}", args.people, rng))
            if not args.json:
                print(f"trial {n}: {rows[-1]}", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        cols = list(rows[0])
        widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
        print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
        print("  ".join("-" * w for w in widths))
        for r in rows:
            print("  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths)))
        bad = [r["trial"] for r in rows if r["duplicates"] or r["lost"]]
        print(f"\n{len(rows)} trial(s): {'all clean' if not bad else 'PROBLEMS in trial(s) ' + ', '.join(map(str, bad))}")
    return 1 if any(r["duplicates"] or r["lost"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
