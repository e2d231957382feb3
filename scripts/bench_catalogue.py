"""Start-up with a growing catalogue: `optout status`, `recipe list`, `person list` and `human` on
the shipped catalogue (brokers/, ~950 recipes) and on a synthetic one of N recipes (default 5,000).

The synthetic catalogue is the shipped one's recipes copied under new ids until there are N (parent
recipes are left out: their `via` names an id that the copies do not have). Each command runs in a
subprocess on a fresh data directory (`optout init` first, untimed), against a fresh cache
directory, so the first run builds the compiled index ("cold") and the next ones read it ("warm").
Measured per command: wall time and CPU seconds (user + system, the child's rusage); warm figures
are the median of --runs runs. For comparison: `python -c pass` and `import playwright.async_api`
(what a bare Playwright script pays before its first line). The 1-minute load average is printed
beside every figure: on a shared 2-CPU machine wall time measures the machine's load as much as
optout, and the CPU seconds are the figure to compare.

    scripts/bench startup [--recipes 5000] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [["status"], ["recipe", "list", "--json"], ["person", "list"], ["human"]]
TARGET_S = 0.5


def loadavg() -> float:
    return os.getloadavg()[0]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall s, CPU s of the child, stdout) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode not in (0, 1):  # recipe list exits 1 when a recipe is broken
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, r.stdout


def synthetic(dest: Path, n: int) -> int:
    """Write ``n`` recipes to ``dest``, copies of the shipped ones under new ids; how many."""
    sources = [p for p in sorted((ROOT / "brokers").rglob("*.y*ml"))
               if "fixtures" not in p.parts and "channel: parent" not in p.read_text(encoding="utf-8")]
    dest.mkdir(parents=True)
    idline = re.compile(r"^id: .*$", re.M)
    for i in range(n):
        src = sources[i % len(sources)]
        rid = f"{src.stem}-s{i:05d}"
        (dest / f"{rid}.yaml").write_text(idline.sub(f"id: {rid}", src.read_text(encoding="utf-8"), count=1),
                                           encoding="utf-8")
    return n


def measure(label: str, recipe_dirs: list[Path], runs: int, work: Path, log: Any) -> list[dict[str, Any]]:
    data, cache = work / f"data-{label}", work / f"cache-{label}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env.update({"OPTOUT_DATA_DIR": str(data), "OPTOUT_CONFIG": str(data / "none.toml"),
                "OPTOUT_CACHE_DIR": str(cache), "OPTOUT_PASSPHRASE": "bench passphrase",
                "OPTOUT_RECIPE_DIRS": json.dumps([str(d) for d in recipe_dirs])})
    cli = [sys.executable, "-m", "optout"]
    subprocess.run([*cli, "init"], env=env, check=True, capture_output=True, cwd=ROOT)
    rows = []
    for args in COMMANDS:
        what = "optout " + " ".join(a for a in args if a != "--json")
        shutil.rmtree(cache, ignore_errors=True)
        load0 = loadavg()
        cold_wall, cold_cpu, out = timed([*cli, *args], env)
        warm = [timed([*cli, *args], env) for _ in range(runs)]
        n = len(json.loads(out)) if args[0] == "recipe" else None
        row = {"catalogue": label, "command": what, "recipes_listed": n,
               "cold_wall_s": round(cold_wall, 3), "cold_cpu_s": round(cold_cpu, 3),
               "warm_wall_s": round(statistics.median(w for w, _, _ in warm), 3),
               "warm_cpu_s": round(statistics.median(c for _, c, _ in warm), 3),
               "warm_wall_min_s": round(min(w for w, _, _ in warm), 3),
               "load_1min": [round(load0, 2), round(loadavg(), 2)]}
        log(f"bench: {label:<10} {what:<20} cold {cold_wall:.2f} s / {cold_cpu:.2f} CPU-s, warm "
            f"{row['warm_wall_s']:.2f} s / {row['warm_cpu_s']:.2f} CPU-s (load {load0:.1f})")
        rows.append(row)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--recipes", type=int, default=5000, help="recipes in the synthetic catalogue")
    ap.add_argument("--runs", type=int, default=5, help="warm runs per command (median kept)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    log = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    work = Path(tempfile.mkdtemp(prefix="optout-bench-startup-"))
    try:
        base = []
        for what, code in (("python -c pass", "pass"), ("import playwright.async_api", "import playwright.async_api")):
            load0 = loadavg()
            times = [timed([sys.executable, "-c", code], dict(os.environ)) for _ in range(args.runs)]
            base.append({"catalogue": "-", "command": what, "warm_wall_s": round(statistics.median(t[0] for t in times), 3),
                         "warm_cpu_s": round(statistics.median(t[1] for t in times), 3),
                         "load_1min": [round(load0, 2), round(loadavg(), 2)]})
        rows = measure("shipped", [ROOT / "brokers"], args.runs, work, log)
        synthetic(work / "synthetic", args.recipes)
        rows += measure(f"synthetic-{args.recipes}", [work / "synthetic"], args.runs, work, log)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {"baselines": base, "rows": rows, "target_s": TARGET_S, "cpus": os.cpu_count(),
              "python": sys.version.split()[0],
              "optout_bytecode": "compiled" if any((ROOT / "optout" / "__pycache__").glob("cli.*.pyc"))
              else "compiled at every start (none cached; scripts/setup compiles it)"}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print("| catalogue | command | recipes | cold s / CPU-s | warm s (median / min) | warm CPU-s | load 1-min |")
    print("|---|---|---|---|---|---|---|")
    for r in base:
        print(f"| - | {r['command']} | - | - | {r['warm_wall_s']:.2f} | {r['warm_cpu_s']:.2f} | "
              f"{r['load_1min'][0]:.1f}–{r['load_1min'][1]:.1f} |")
    for r in rows:
        print(f"| {r['catalogue']} | {r['command']} | {r['recipes_listed'] or '-'} | {r['cold_wall_s']:.2f} / "
              f"{r['cold_cpu_s']:.2f} | {r['warm_wall_s']:.2f} / {r['warm_wall_min_s']:.2f} | {r['warm_cpu_s']:.2f} | "
              f"{r['load_1min'][0]:.1f}–{r['load_1min'][1]:.1f} |")
    print(f"\ntarget: warm ≤ {TARGET_S} s; {os.cpu_count()} CPUs; Python {result['python']}; "
          f"optout's bytecode {result['optout_bytecode']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
