"""`scripts/bench timeline`: one Searchly flow's timeline, optout against the bare script.

Both sides run the benchmark's flow (scripts/bench.py: the same person, lab, browser and options) for
ONE flow at concurrency 1, under scripts/_pwtrace.py (every Playwright driver message sent and
answered, timestamped) and, unless ``--no-strace``, ``strace -f`` (every ``execve``: the driver's
and Chromium's start; every ``fsync``/``fdatasync``: the store's commits and the evidence files).
The lab, in this process, stamps each broker request as it arrives and as its answer begins (after
the added latency). Every time is from the side's process start (spawn).

It prints, per latency, the median over ``--runs`` runs a side of each landmark's time from spawn
(the driver's exec → Chromium's exec → the first context and navigation asked → the first broker
request → each next request → exit; optout's own landmarks between them, ``optout/_marks.py``:
planning, claiming, each case's recipe, person and page, each first time) and the difference; with ``--detail``, one run's whole timeline per side. Load makes a timeline at
concurrency 1 move far less than a throughput ratio (issue 15), but say the load anyway: it is
printed. Nothing a person entered is printed: benchmark keys, methods and paths' kinds only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402

TRACE = ROOT / "scripts" / "_pwtrace.py"
#: the broker requests of one flow, in order (bench.LabProbe's kinds)
REQUESTS = ["GET home", "GET /api/search", "GET profile", "GET remove-page", "POST /api/remove"]


class Stamps:
    """The lab's Searchly site, stamped: (time.time(), 'arrive'|'answer', kind) per request."""

    def __init__(self, labt: bench.LabThread):
        self.labt = labt
        self.probe = bench.LabProbe(labt)  # reset and seeding go through it (bench.fresh_lab)
        self.events: list[list] = []
        self._lock = threading.Lock()
        site = labt.lab.site(bench.BROKER)  # type: ignore[union-attr]
        gate = site.gate
        stamps = self

        async def stamped_gate(request):  # type: ignore[no-untyped-def]
            stamps.add("answer", request.method, request.path)
            return await gate(request)

        site.gate = stamped_gate  # type: ignore[method-assign]

    def add(self, what: str, method: str, path: str) -> None:
        kind = ("home" if path == "/" else path if path.startswith("/api/") else
                "remove-page" if path.endswith("/remove") else "profile" if path.startswith("/p/") else "other")
        with self._lock:
            self.events.append([time.time(), what, f"{method} {kind}"])

    def take(self) -> list[list]:
        with self._lock:
            out, self.events = self.events, []
        return out


def strace_events(path: Path) -> list[list]:
    """execve and fsync lines of an ``strace -f -ttt -y`` log as [t, kind, what]."""
    out = []
    if not path.exists():
        return out
    for line in path.read_text(errors="replace").splitlines():
        m = re.match(r"\s*(\d+)\s+(\d+\.\d+)\s+(\w+)\((.*)", line)
        if not m or "resumed>" in line:
            continue
        t, call, args = float(m.group(2)), m.group(3), m.group(4)
        if call == "execve":
            prog = args.split(",")[0].strip('"').rsplit("/", 1)[-1]
            if "= -1" in line:
                continue
            out.append([t, "exec", prog])
        elif call in ("fsync", "fdatasync"):
            f = re.match(r"\d+<([^>]*)>", args)
            name = f.group(1) if f else "?"
            # the kind of file, never its name (a file name could one day carry an id)
            kind = ("chromium" if "playwright_" in name or "chrom" in name else
                    "store" if re.search(r"\.(db|sqlite3?)(-wal|-journal)?$", name) else
                    "evidence" if "evidence" in name else "folder" if "." not in name.rsplit("/", 1)[-1] else
                    name.rsplit(".", 1)[-1][:8])
            out.append([t, call, kind])
    return out


#: ``--base DIR``: another checkout of optout (e.g. main, for a before/after), run as the side "base"
BASE: dict[str, Path] = {}


def run_side(side: str, labt, stamps: Stamps, people, work: Path, strace: bool, c: int = 1) -> list[list]:  # type: ignore[no-untyped-def]
    d = work / side
    trace = d / "trace.json"
    st = d / "strace.txt"
    cwd = bench.ROOT
    if side in ("optout", "base"):
        env = bench.prepare_optout(d, labt, stamps.probe, people, c)
        if side == "base":
            cwd = BASE["dir"]
            env["PYTHONPATH"] = str(cwd)
        cmd, stdin = [sys.executable, str(TRACE), str(trace), *bench.CLI[1:], *bench.run_args(c)], None
    else:
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        bench.fresh_lab(labt, stamps.probe, people)
        env = dict(os.environ)
        stdin = json.dumps(bench.bare_job(labt, people, c))
        cmd = [sys.executable, str(TRACE), str(trace), str(bench.BARE)]
    if strace:
        cmd = ["strace", "-f", "--seccomp-bpf", "-ttt", "-y", "-e", "trace=execve,fsync,fdatasync",
               "-o", str(st), "--", *cmd]
    stamps.take()
    t0 = time.time()
    r = subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True, cwd=cwd)
    t1 = time.time()
    if r.returncode != 0:
        raise SystemExit(f"{side}: exited with {r.returncode}: {r.stderr[-2000:]}")
    if side in ("optout", "base"):
        states = [row["state"] for row in bench.optout_status(env)]
        if states != ["confirmed"] * len(people):
            raise SystemExit(f"optout: cases {states}, expected confirmed (see {d})")
    ev = [[t0, "spawn", ""], *json.loads(trace.read_text()), *stamps.take(), *strace_events(st), [t1, "reaped", ""]]
    ev.sort(key=lambda e: e[0])
    return [[round(e[0] - t0, 4), e[1], e[2]] for e in ev]


def segments(ev: list[list]) -> dict[str, float]:
    """The flow cut at its landmarks: seconds from one to the next."""
    marks: list[tuple[str, float]] = [("spawn", 0.0)]

    def first(kind: str, what: str | None = None, after: float = 0.0) -> float | None:
        return next((e[0] for e in ev if e[1] == kind and (what is None or e[2].startswith(what)) and e[0] >= after),
                    None)

    imp = first("import")
    if imp is not None:
        marks.append(("Playwright's client importing", imp))
    node = first("exec", "node")
    if node is not None:
        marks.append(("driver exec", node))
    chrome = next((e[0] for e in ev if e[1] == "exec" and e[2] not in ("python", "python3", "node", "strace")
                   and not e[2].startswith("python")), None)
    if chrome is not None:
        marks.append(("Chromium exec", chrome))
    launched = next((e[0] for e in ev if e[1] == "event" and e[2] == "__create__ Browser"), None)
    if launched is not None:
        marks.append(("browser launched (driver says)", launched))
    # optout's own landmarks (optout/_marks.py: claimed, person opened, ... each first time), and
    # the first context and navigation either side asks for: where a start-up goes between them
    for name in dict.fromkeys(e[2] for e in ev if e[1] == "mark"):
        marks.append((f"optout: {name}", first("mark", name)))  # type: ignore[arg-type]
    for call, name in (("browser.newContext", "first newContext asked"), ("frame.goto", "first goto asked")):
        t = first("call", call)
        if t is not None:
            marks.append((name, t))
    after = 0.0
    for req in REQUESTS:
        a = first("answer", req, after)
        if a is None:
            continue
        marks.append((f"{req} answered", a))
        after = a
    marks.append(("exit", first("exit") or ev[-1][0]))
    marks.append(("reaped", ev[-1][0]))
    marks.sort(key=lambda m: m[1])  # each segment ends at its landmark, from the one before it
    out = {}
    for (_, t_a), (name, t_b) in zip(marks, marks[1:]):
        out[f"→ {name}"] = round(t_b - t_a, 4)
    return out


def landmarks(ev: list[list]) -> dict[str, float]:
    """Each landmark's time from spawn (the segments' ends): sides compare landmark by landmark
    even where their order differs."""
    out, t = {}, 0.0
    for name, seg in segments(ev).items():
        t += seg
        out[name] = t
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--latency", default="0,500", help="comma-separated fixed latencies in ms (default 0,500)")
    ap.add_argument("--runs", type=int, default=5, help="runs per side and latency, alternating (default 5)")
    ap.add_argument("--sides", default="bare,optout")
    ap.add_argument("--concurrency", type=int, default=1,
                    help="flows run at once, one person each (default 1); the landmarks are then each request's "
                         "first answer: the start-up at concurrency C")
    ap.add_argument("--detail", action="store_true", help="print one run's whole timeline per side")
    ap.add_argument("--no-strace", action="store_true", help="no strace (no exec/fsync marks)")
    ap.add_argument("--base", type=Path, help="another optout checkout, run as the side 'base' (add it to --sides)")
    ap.add_argument("--save", type=Path, help="write every run's events as JSON here")
    args = ap.parse_args()
    if args.base:
        BASE["dir"] = args.base.resolve()
    strace = not args.no_strace and shutil.which("strace") is not None
    people = bench.make_people(args.concurrency)
    work = Path(tempfile.mkdtemp(prefix="optout-bench-timeline-"))
    sides = args.sides.split(",")
    saved: dict = {}
    try:
        with bench.LabThread(seed=2026, latency_ms=(0, 0), failure_rate=0, data_dir=work / "lab") as labt:
            stamps = Stamps(labt)
            for side in sides:  # warm-up: disk caches, bytecode
                run_side(side, labt, stamps, people, work / "warm", False, args.concurrency)
            for lat in [float(x) for x in args.latency.split(",")]:
                labt.lab.latency_ms = (lat, lat)  # type: ignore[union-attr]
                runs: dict[str, list[list[list]]] = {s: [] for s in sides}
                load = [os.getloadavg()[0]]
                for i in range(args.runs):
                    for side in (sides if i % 2 == 0 else sides[::-1]):
                        runs[side].append(run_side(side, labt, stamps, people, work / f"l{lat:g}", strace,
                                                   args.concurrency))
                load.append(os.getloadavg()[0])
                saved[f"{lat:g}"] = runs
                report(lat, runs, load, args.detail, args.concurrency)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.save:
        args.save.write_text(json.dumps(saved))
    return 0


def report(lat: float, runs: dict[str, list], load: list[float], detail: bool, c: int = 1) -> None:
    sides = list(runs)
    segs = {s: [landmarks(ev) for ev in runs[s]] for s in sides}
    names: list[str] = []
    for s in sides:
        for seg in segs[s]:
            names += [k for k in seg if k not in names]
    # in the time order of the last side that has the landmark (optout's, or the base's): its own
    # landmarks fall between the shared ones
    names.sort(key=lambda n: [statistics.median(xs) for s in sides
                              if (xs := [seg[n] for seg in segs[s] if n in seg])][-1])
    print(f"\n### latency {lat:g} ms{f', concurrency {c} (landmarks: each request kind first answered)' if c > 1 else ''}"
          f": median of {len(runs[sides[0]])} runs a side of each landmark's time from spawn (s); "
          f"load {load[0]:.1f}-{load[1]:.1f}")
    others = sides[1:]
    print("| landmark (from spawn) | " + " | ".join(sides) + "".join(f" | {o} − {sides[0]}" for o in others) + " |")
    print("| --- |" + " --- |" * (len(sides) + len(others)))
    for n in names:
        med = {}
        for s in sides:
            xs = [seg[n] for seg in segs[s] if n in seg]
            med[s] = statistics.median(xs) if xs else None
        cells = [f"{med[s]:.3f}" if med[s] is not None else "-" for s in sides]
        cells += [f"{med[o] - med[sides[0]]:+.3f}" if med[o] is not None and med[sides[0]] is not None else "-"
                  for o in others]
        print(f"| {n} | " + " | ".join(cells) + " |")
    total = {s: statistics.median([ev[-1][0] for ev in runs[s]]) for s in sides}
    print("| **spawn → reaped** | " + " | ".join(f"**{total[s]:.3f}**" for s in sides)
          + "".join(f" | **{total[o] - total[sides[0]]:+.3f}**" for o in others) + " |")
    for s in sides:
        calls = statistics.median([sum(1 for e in ev if e[1] == "call") for ev in runs[s]])
        syncs = statistics.median([sum(1 for e in ev if e[1] in ("fsync", "fdatasync")) for ev in runs[s]])
        print(f"{s}: {calls:g} driver calls, {syncs:g} fsync/fdatasync per run (median)")
    if detail:
        for s in sides:
            ev = runs[s][len(runs[s]) // 2]
            print(f"\n#### {s}, one run (latency {lat:g} ms)")
            pending: dict[str, tuple[float, str]] = {}
            lines = []
            for t, kind, what in ev:
                if kind == "call":
                    name, _, cid = what.rpartition(" ")
                    pending[cid] = (t, name)
                    lines.append([t, f"call  {name}", cid])
                elif kind == "reply":
                    cid = what.split()[0]
                    if cid in pending:
                        t0, name = pending.pop(cid)
                        lines.append([t, f"reply {name} ({(t - t0) * 1000:.1f} ms)", cid])
                elif kind == "event" and what in ("route", "__adopt__"):
                    continue
                else:
                    lines.append([t, f"{kind} {what}", ""])
            for t, text, _ in lines:
                print(f"{t:8.4f} {text}")


if __name__ == "__main__":
    sys.exit(main())
