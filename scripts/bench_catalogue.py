"""How long the recipe catalogue takes to load and check, now that brokers/ holds ~900 recipes.

Every optout command loads the whole catalogue at start, so this is start-up time. Prints, for
``load_catalogue(brokers/)`` in-process (median of N) and for the real CLI in a subprocess
(``recipe list``, ``recipe check`` over brokers/registry/), the wall time and the recipe count.

    python scripts/bench_catalogue.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.recipe.loader import load_catalogue  # noqa: E402


def timed(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def cli(env: dict[str, str], *args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True, check=True)
    return r.stdout


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    rows = []
    secs, cat = timed(lambda: load_catalogue([ROOT / "brokers"]), args.runs)
    rows.append(("load_catalogue(brokers/)", secs, len(cat.recipes)))  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as d:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OPTOUT_DATA_DIR": d,
               "OPTOUT_CONFIG": str(Path(d) / "none.toml")}
        secs, out = timed(lambda: cli(env, "recipe", "list", "--json"), args.runs)
        rows.append(("optout recipe list (brokers/)", secs, len(json.loads(out))))
        env["OPTOUT_RECIPE_DIRS"] = json.dumps([str(ROOT / "brokers" / "registry")])
        secs, out = timed(lambda: cli(env, "recipe", "check", "--json"), args.runs)
        rows.append(("optout recipe check (brokers/registry/)", secs, len(json.loads(out))))
    print(f"{'what':<42} {'median s':>9} {'recipes':>8}")
    for what, s, n in rows:
        print(f"{what:<42} {s:>9.2f} {n:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
