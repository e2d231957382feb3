"""The scheduler benchmark (run through ``scripts/bench scheduler``): a big store on SQLite and on
PostgreSQL, and how fast the two things that must stay fast on it are.

The store: P people × B brokers cases (default 2,000 × 500 = 1,000,000), in a steady state such
as a long-running deployment reaches — most cases rescanned weeks from now, some due, some parked
for a person, a few leased by workers in flight:

    not_found 70%, removed 10%, submitted 8%, confirmed 3%, needs_human 3%, waiting_parent 2%,
    new 2%, found 1%, failed 1%

Due times: future ones spread over 90 days; 1% of the cases (the new and found ones) came due over
the last two days; parked and waiting cases have none. 0.02% carry a live lease. Each case has its
``created`` event, and one more carrying its state when that is not ``new`` (so
``verify_states`` agrees). The store is made with ``open_store`` (the real migrations); the rows are
loaded with direct bulk SQL (``executemany`` on SQLite, ``COPY`` on PostgreSQL) in one transaction,
then ``ANALYZE``d (PostgreSQL also ``VACUUM``s: autovacuum would have, on a store that old).
Loading through the API would take hours and measure nothing of interest.

Measured on each backend:

- **claim**: ``claim_due(limit=1)`` through the real store object, N times in a row (default 300),
  each one timed: the median and the 95th percentile. Every claim leases its case, so later ones
  walk past the earlier ones' leases, as in a busy worker. Also with the broker filter ``optout
  run`` passes (every broker id).
- **status**: ``optout status`` as a person types it (a subprocess: Python start-up, settings,
  vault, recipes, the store, the output), wall time, best of 3; and ``status --json``.

Targets: claim ≤ 5 ms, status ≤ 2 s. PostgreSQL is a throw-away durable cluster (``fsync=on``,
``synchronous_commit=on``; tests/pgserver.py) unless ``--pg-url`` names a database to use (its
tables are dropped first!). Options: ``--people --brokers --claims --backends sqlite,postgres --json
--keep DIR``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.store import open_store  # noqa: E402
from optout.store.base import to_us  # noqa: E402

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=15)
DAY_US = 86_400_000_000

#: (state, share, due): "future" = due within 90 days, "past" = came due in the last 2 days,
#: None = no due time (parked, or waiting for another site of the family).
MIX: list[tuple[str, float, str | None]] = [
    ("not_found", 0.70, "future"),
    ("removed", 0.10, "future"),
    ("submitted", 0.08, "future"),
    ("confirmed", 0.03, "future"),
    ("needs_human", 0.03, None),
    ("waiting_parent", 0.02, None),
    ("new", 0.02, "past"),
    ("found", 0.01, "past"),
    ("failed", 0.01, None),
]
LEASED_SHARE = 0.0002


# ---- the data ---------------------------------------------------------------------------------


def rows(people: int, brokers: int, seed: int = 2030) -> Iterator[tuple[Any, ...]]:
    """Case rows (id, person, broker, state, state_since, next_action_at, attempts, scan_count,
    lease_owner, lease_until, last_error, created_at), the same for both backends."""
    rng = random.Random(seed)
    now = to_us(NOW)
    states = [m[0] for m in MIX]
    weights = [m[1] for m in MIX]
    due_of = {m[0]: m[2] for m in MIX}
    created = now - 400 * DAY_US
    case_id = 0
    for p in range(people):
        pid = f"p_{p:010x}"
        for b in range(brokers):
            case_id += 1
            state = rng.choices(states, weights)[0]
            due = due_of[state]
            nxt = (now + rng.randrange(1, 90 * DAY_US) if due == "future"
                   else now - rng.randrange(0, 2 * DAY_US) if due == "past" else None)
            owner = until = None
            if nxt is not None and rng.random() < LEASED_SHARE:
                owner, until = f"worker-{rng.randrange(8)}", now + rng.randrange(1, 15 * 60_000_000)
            since = now - rng.randrange(0, 300 * DAY_US)
            scans = rng.randrange(1, 12)
            attempts = 0 if state in ("new", "not_found", "waiting_parent") else rng.randrange(1, 3)
            error = "captcha on step 3" if state == "needs_human" else "broker closed" if state == "failed" else None
            yield (case_id, pid, f"broker-{b:04d}", state, since, nxt, attempts, scans, owner, until, error, created)


def events(case: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """(case_id, at, kind, state) of the case's history: created, then its state's event."""
    out = [(case[0], case[11], "created", "new")]
    if case[3] != "new":
        out.append((case[0], case[4], "bench", case[3]))
    return out


def person_ids(people: int) -> list[str]:
    return [f"p_{p:010x}" for p in range(people)]


# ---- loading ----------------------------------------------------------------------------------


def load_sqlite(path: Path, people: int, brokers: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # the load only: the store sets FULL again
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO people (id, sealed, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(pid, os.urandom(180), to_us(NOW), to_us(NOW)) for pid in person_ids(people)],
        )
        batch: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        for case in rows(people, brokers):
            batch.append(case)
            history += events(case)
            if len(batch) >= 50_000:
                _sqlite_flush(conn, batch, history)
        _sqlite_flush(conn, batch, history)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def _sqlite_flush(conn: sqlite3.Connection, batch: list, history: list) -> None:
    conn.executemany(f"INSERT INTO cases VALUES ({','.join('?' * 12)})", batch)
    conn.executemany("INSERT INTO events (case_id, at, kind, state, data) VALUES (?, ?, ?, ?, NULL)", history)
    batch.clear()
    history.clear()


def load_postgres(url: str, people: int, brokers: int) -> None:
    import psycopg

    with psycopg.connect(url) as conn:
        with conn.cursor() as cur:
            with cur.copy("COPY people (id, sealed, created_at, updated_at) FROM STDIN") as copy:
                for pid in person_ids(people):
                    copy.write_row((pid, os.urandom(180), to_us(NOW), to_us(NOW)))
            with cur.copy(
                "COPY cases (id, person_id, broker_id, state, state_since, next_action_at, attempts, "
                "scan_count, lease_owner, lease_until, last_error, created_at) FROM STDIN"
            ) as copy:
                history: list[tuple[Any, ...]] = []
                for case in rows(people, brokers):
                    copy.write_row(case)
                    history += events(case)
            with cur.copy("COPY events (case_id, at, kind, state) FROM STDIN") as copy:
                for ev in history:
                    copy.write_row(ev)
            for table in ("cases", "events"):  # identities continue after the loaded ids
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


# ---- measuring --------------------------------------------------------------------------------


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


async def time_claims(url: str, n: int, broker_ids: list[str] | None) -> dict[str, Any]:
    store = await open_store(url)
    try:
        times: list[float] = []
        claimed: list[tuple[int, str]] = []
        for i in range(n):
            owner = f"bench-{i % 4}"
            t = time.perf_counter()
            got = await store.claim_due(owner, NOW, 1, LEASE, broker_ids=broker_ids)
            times.append(time.perf_counter() - t)
            claimed += [(c.id, owner) for c in got]
        for case_id, owner in claimed:  # give the cases back, for the next round
            await store.release(case_id, owner)
    finally:
        await store.close()
    if len(set(claimed)) != n:
        raise SystemExit(f"claims returned {len(set(claimed))} distinct cases, not {n}: not enough due cases?")
    return {"median_ms": statistics.median(times) * 1000, "p95_ms": pct(times, 95) * 1000,
            "max_ms": max(times) * 1000, "claims": n}


def time_status(url: str, data_dir: Path, extra: list[str], tries: int) -> dict[str, Any]:
    """Wall time of ``optout status [extra]`` in a subprocess (best of ``tries``), and its output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env.update({"OPTOUT_DATA_DIR": str(data_dir), "OPTOUT_DATABASE_URL": url,
                "OPTOUT_CONFIG": str(data_dir / "no-settings.toml"), "PYTHONPATH": str(ROOT)})
    if not data_dir.exists():
        # the vault is made beside an empty store of its own: `optout init` refuses to make one beside a store that
        # already holds people (they would be sealed under another machine's vault), and this store's people are
        # random bytes that no vault opens; `status` counts them without opening any
        init_env = {**env, "OPTOUT_DATABASE_URL": f"sqlite:///{data_dir / 'init-only.sqlite'}"}
        subprocess.run([sys.executable, "-m", "optout", "init"], env=init_env, check=True, capture_output=True)
    best, out = float("inf"), ""
    for _ in range(tries):
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "optout", "status", *extra], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - t
        if r.returncode != 0:
            raise SystemExit(f"optout status {' '.join(extra)} failed:\n{r.stderr[-2000:]}")
        best, out = min(best, elapsed), r.stdout
    return {"best_s": best, "tries": tries, "lines": out.count("\n"), "bytes": len(out), "head": out[:1500]}


#: The status commands timed: (label, arguments, tries; 0 = --status-tries). ``status`` opens with one row per person
#: (a big store: counts by state); ``--all`` lists every case, as a table or ``--json``.
STATUS_RUNS = [("status", [], 0), ("status --all", ["--all"], 1), ("status --all --json", ["--all", "--json"], 1)]


def machine() -> dict[str, Any]:
    mem = ""
    with open("/proc/meminfo") as f:
        mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GB RAM"
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}


async def bench_backend(
    name: str, url: str, work: Path, args: argparse.Namespace, log: Callable[[str], None]
) -> dict[str, Any]:
    store = await open_store(url)  # the real migrations
    await store.close()
    t = time.perf_counter()
    if name == "sqlite":
        load_sqlite(Path(url.removeprefix("sqlite:///")), args.people, args.brokers)
    else:
        load_postgres(url, args.people, args.brokers)
    loaded = time.perf_counter() - t
    log(f"{name}: loaded {args.people * args.brokers:,} cases in {loaded:.1f} s")
    store = await open_store(url)
    try:
        summary = await store.summary()
    finally:
        await store.close()
    result: dict[str, Any] = {"load_s": loaded, "cases": sum(summary.values()),
                              "by_state": {k.value: v for k, v in summary.items()}}
    result["load_average_before"] = os.getloadavg()[0]  # other work on the machine skews the figures
    result["claim"] = await time_claims(url, args.claims, None)
    log(f"{name}: claim_due(limit=1) median {result['claim']['median_ms']:.2f} ms, "
        f"p95 {result['claim']['p95_ms']:.2f} ms")
    brokers = [f"broker-{b:04d}" for b in range(args.brokers)]
    result["claim_brokers"] = await time_claims(url, args.claims, brokers)
    log(f"{name}: claim_due(limit=1, broker_ids=<{len(brokers)}>) median "
        f"{result['claim_brokers']['median_ms']:.2f} ms, p95 {result['claim_brokers']['p95_ms']:.2f} ms")
    data = work / f"data-{name}"
    result["status"] = {}
    for label, extra, tries in STATUS_RUNS:
        if extra and args.status_only:
            continue
        r = result["status"][label] = time_status(url, data, extra, tries or args.status_tries)
        log(f"{name}: optout {label}: {r['best_s']:.2f} s ({r['lines']:,} lines, {r['bytes'] / 1e6:.1f} MB)")
    result["load_average_after"] = os.getloadavg()[0]
    if name == "sqlite":
        result["size_mb"] = Path(url.removeprefix("sqlite:///")).stat().st_size / 1e6
    else:
        import psycopg

        with psycopg.connect(url) as conn:
            result["size_mb"] = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--brokers", type=int, default=500)
    ap.add_argument("--claims", type=int, default=300, help="claims timed per backend and variant")
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--pg-url", help="an existing PostgreSQL database to use (its optout tables are dropped!)")
    ap.add_argument("--status-tries", type=int, default=3, help="runs of `status`, the best kept (default 3)")
    ap.add_argument("--status-only", action="store_true", help="time `status` only, not `status --all` / `--json`")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--keep", type=Path, help="keep the stores here (default: a temp dir, removed)")
    args = ap.parse_args()

    def log(msg: str) -> None:
        print(f"[bench scheduler] {msg}", file=sys.stderr, flush=True)

    work = args.keep or Path(tempfile.mkdtemp(prefix="optout-bench-sched-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"people": args.people, "brokers": args.brokers, "machine": machine(),
                               "command": " ".join(["scripts/bench scheduler", *sys.argv[1:]])}
    try:
        for name in [b.strip() for b in args.backends.split(",") if b.strip()]:
            if name == "sqlite":
                db = work / "optout.db"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                results["sqlite"] = asyncio.run(bench_backend("sqlite", f"sqlite:///{db}", work, args, log))
            elif name == "postgres":
                results["postgres"] = run_postgres(args, work, log)
            else:
                raise SystemExit(f"unknown backend {name!r} (sqlite, postgres)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)
    return 0


def run_postgres(args: argparse.Namespace, work: Path, log: Callable[[str], None]) -> dict[str, Any]:
    import psycopg

    if args.pg_url:
        with psycopg.connect(args.pg_url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS evidence, requests, listings, events, cases, people, "
                         "broker_slots, schema_migrations")
            version = conn.execute("SHOW server_version").fetchone()[0]
        result = asyncio.run(bench_backend("postgres", args.pg_url, work, args, log))
        result["server"] = f"PostgreSQL {version} at {args.pg_url.rsplit('@', 1)[-1]}"
        return result
    from tests.pgserver import running

    durable = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on", "shared_buffers": "256MB"}
    with running(durable) as server:
        url = server.create_database()
        with psycopg.connect(url) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
        result = asyncio.run(bench_backend("postgres", url, work, args, log))
        result["server"] = f"PostgreSQL {version}, local, fsync on, shared_buffers 256MB"
        return result


def print_table(results: dict[str, Any]) -> None:
    n = results["people"] * results["brokers"]
    print(f"{n:,} cases ({results['people']:,} people × {results['brokers']:,} brokers)\n")
    cols = ["backend", "load s", "size MB", "claim median ms", "claim p95 ms", "claim+brokers p95 ms",
            *(f"{label} s" for label, _, _ in STATUS_RUNS)]
    body = []
    for name in ("sqlite", "postgres"):
        r = results.get(name)
        if not r:
            continue
        body.append([name, f"{r['load_s']:.0f}", f"{r['size_mb']:.0f}", f"{r['claim']['median_ms']:.2f}",
                     f"{r['claim']['p95_ms']:.2f}", f"{r['claim_brokers']['p95_ms']:.2f}",
                     *(f"{r['status'][label]['best_s']:.2f}" if label in r["status"] else "-"
                       for label, _, _ in STATUS_RUNS)])
    widths = [max(len(c), *(len(row[i]) for row in body)) for i, c in enumerate(cols)] if body else []
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for row in body:
        print("  ".join(v.rjust(w) if i else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths))))
    m = results["machine"]
    print(f"\nmachine: {m['cpus']} CPUs ({m['cpu']}), {m['memory']}, Linux {m['kernel']}, Python {m['python']}, "
          f"SQLite {m['sqlite']}" + (f"; {results['postgres']['server']}" if "postgres" in results else ""))


if __name__ == "__main__":
    sys.exit(main())
