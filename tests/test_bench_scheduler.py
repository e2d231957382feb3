"""A small run of the scheduler benchmark (scripts/bench_scheduler.py), so it cannot rot: 2,000
cases on SQLite and on PostgreSQL, loaded, claimed and summarised through the real code paths.
Its speed is the benchmark's business (BENCHMARKS.md), not this test's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_scheduler_small_run(pg_url: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_scheduler.py"), "--people", "4", "--brokers", "500",
         "--claims", "10", "--status-tries", "1", "--pg-url", pg_url, "--json"],
        env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    results = json.loads(r.stdout)
    for backend in ("sqlite", "postgres"):
        got = results[backend]
        assert got["cases"] == 2000
        assert got["by_state"]["not_found"] > 1000 and got["by_state"]["new"] > 0  # the mix
        assert got["claim"]["claims"] == got["claim_brokers"]["claims"] == 10
        assert 0 < got["claim"]["median_ms"] <= got["claim"]["max_ms"]
        assert got["status"]["status"]["head"].startswith("person")  # one row per person
        # one line per case + header, and the summary's line (after a blank one) on the cases a live run holds,
        # which the store's few leased cases in flight may give
        assert got["status"]["status --all"]["lines"] in (2002, 2004)
    assert "postgres" in results["postgres"]["server"].lower()
