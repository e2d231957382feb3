"""`scripts/bench calls`: Playwright calls per Searchly flow, optout against the bare script.

Both sides run the benchmark's flow (scripts/bench.py: the same people, lab and options; latency 0,
concurrency 1) under scripts/_pwcount.py, which counts every message each sends Playwright's
driver, by method, and every message it reads back (replies, and events by method). A count does not
depend on the machine's load, unlike time and CPU: it is the figure to compare when a change adds or
removes browser round trips (issue 15). `--json` prints the counts per flow as JSON; `--where` adds,
for optout, the line of optout's code that sent each message (paths and line numbers only).
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


def count_optout(labt, probe, people, work: Path, where: bool = False) -> dict[str, dict[str, int]]:  # type: ignore[no-untyped-def]
    d = work / "optout"
    env = bench.prepare_optout(d, labt, probe, people, 1)
    out = d / "calls.json"
    subprocess.run([sys.executable, str(COUNT), *(["--where"] if where else []), str(out), *bench.CLI[1:],
                    *bench.run_args(1)],
                   env=env, check=True, capture_output=True, cwd=ROOT)
    states = [row["state"] for row in bench.optout_status(env)]
    if states != ["confirmed"] * len(people):
        raise SystemExit(f"optout: cases {states}, expected all confirmed (see {d})")
    return json.loads(out.read_text())


def count_bare(labt, probe, people, work: Path) -> dict[str, dict[str, int]]:  # type: ignore[no-untyped-def]
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
    ap.add_argument("--where", action="store_true", help="also the line of optout's code that sent each message")
    args = ap.parse_args()
    people = bench.make_people(args.flows)
    work = Path(tempfile.mkdtemp(prefix="optout-bench-calls-"))
    try:
        with bench.LabThread(seed=2026, latency_ms=(0, 0), failure_rate=0, data_dir=work / "lab") as labt:
            probe = bench.LabProbe(labt)
            sides = {"optout": count_optout(labt, probe, people, work, args.where), "bare": count_bare(labt, probe, people, work)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    per = {side: {part: {m: n / args.flows for m, n in c.items()} for part, c in got.items()}
           for side, got in sides.items()}
    if args.json:
        print(json.dumps({"flows": args.flows, "per_flow": per}, indent=2))
        return 0
    print(f"Playwright driver messages per Searchly flow ({args.flows} flows a side, concurrency 1, latency 0; "
          f"start-up's once-per-run messages spread over the flows)")
    for part, title in (("sent", "sent (calls, and `__waitInfo__` notices)"), ("received", "received (replies, events)")):
        o, b = per["optout"][part], per["bare"][part]
        methods = sorted(set(o) | set(b), key=lambda m: (-o.get(m, 0), m))
        print(f"\n{title}\n| method | optout | bare |\n| --- | --- | --- |")
        for m in methods:
            print(f"| {m} | {o.get(m, 0):g} | {b.get(m, 0):g} |")
        print(f"| **total** | **{sum(o.values()):g}** | **{sum(b.values()):g}** |")
    if args.where:
        w = per["optout"].get("where", {})
        print("\noptout's messages by the line that sent them\n| method and line | per flow |\n| --- | --- |")
        for m in sorted(w, key=lambda m: (-w[m], m)):
            print(f"| {m} | {w[m]:g} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
