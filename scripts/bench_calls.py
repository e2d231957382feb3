"""`scripts/bench calls`: Playwright calls per Searchly flow, optout against the bare script.

Both sides run the benchmark's flow (scripts/bench.py: the same people, lab and options; latency 0,
concurrency 1) under scripts/_pwcount.py, which counts every message each sends Playwright's
driver, by method. A count does not depend on the machine's load, unlike time and CPU: it is the
figure to compare when a change adds or removes browser round trips (issue 15). `--json` prints
the counts per flow as JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402

COUNT = ROOT / "scripts" / "_pwcount.py"


def count_optout(labt, probe, people, work: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    d = work / "optout"
    env = bench.prepare_optout(d, labt, probe, people, 1)
    out = d / "calls.json"
    subprocess.run([sys.executable, str(COUNT), str(out), *bench.CLI[1:], *bench.run_args(1)],
                   env=env, check=True, capture_output=True, cwd=ROOT)
    states = [row["state"] for row in bench.optout_status(env)]
    if states != ["confirmed"] * len(people):
        raise SystemExit(f"optout: cases {states}, expected all confirmed (see {d})")
    return json.loads(out.read_text())


def count_bare(labt, probe, people, work: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    d = work / "bare"
    d.mkdir(parents=True)
    bench.fresh_lab(labt, probe, people)
    out = d / "calls.json"
    r = subprocess.run([sys.executable, str(COUNT), str(out), str(bench.BARE)],
                       input=json.dumps(bench.bare_job(labt, people, 1)), capture_output=True, text=True, check=True)
    if json.loads(r.stdout)["ok"] != len(people):
        raise SystemExit(f"bare: {r.stdout[-500:]}")
    return json.loads(out.read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--flows", type=int, default=4, help="flows per side (default 4)")
    ap.add_argument("--json", action="store_true", help="print the counts per flow as JSON")
    args = ap.parse_args()
    people = bench.make_people(args.flows)
    work = Path(tempfile.mkdtemp(prefix="optout-bench-calls-"))
    try:
        with bench.LabThread(seed=2026, latency_ms=(0, 0), failure_rate=0, data_dir=work / "lab") as labt:
            probe = bench.LabProbe(labt)
            sides = {"optout": count_optout(labt, probe, people, work), "bare": count_bare(labt, probe, people, work)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    per = {side: {m: n / args.flows for m, n in c.items()} for side, c in sides.items()}
    if args.json:
        print(json.dumps({"flows": args.flows, "per_flow": per}, indent=2))
        return 0
    methods = sorted(set(per["optout"]) | set(per["bare"]), key=lambda m: (-per["optout"].get(m, 0), m))
    print(f"Playwright driver messages per Searchly flow ({args.flows} flows a side, concurrency 1, latency 0; "
          f"start-up's once-per-run messages spread over the flows)")
    print("| method | optout | bare |\n| --- | --- | --- |")
    for m in methods:
        print(f"| {m} | {per['optout'].get(m, 0):g} | {per['bare'].get(m, 0):g} |")
    print(f"| **total** | **{sum(per['optout'].values()):g}** | **{sum(per['bare'].values()):g}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
