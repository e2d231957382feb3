"""The benchmark (run through scripts/bench): optout against a bare Playwright script, on the lab.

For each concurrency C it runs the same batch of N Searchly flows on both sides, in pairs (one run a
side, back to back, in alternating order: A B, B A, ...), against one broker lab with realistic
latency (every broker response waits uniform(lo, hi) ms, drawn from the request itself, so that each
flow waits the same on both sides whatever the order its requests arrive in) and no random failures:

- **optout**: the real CLI, `python -m optout run --broker searchly --concurrency C`, in a
  subprocess, on a fresh data directory holding the N people (`optout init`, `optout person add`,
  both untimed). Politeness limits are lifted so they do not cap the figure:
  OPTOUT_WORKER__PER_BROKER_CONCURRENCY=C, OPTOUT_WORKER__PER_BROKER_PER_MINUTE=100000.
- **bare**: scripts/_bench_bare.py, a Playwright script with no engine doing the same flow with the
  same browser, launch flags, context options and resource blocking, also in a subprocess.

One flow = one person's case: search form → JS-rendered results → profile page → "Remove this
record" → e-mail → "Send removal request" → "Request received. Confirmation number".

Measured per run: wall time of the subprocess (spawn to exit), the time from the first request
reaching the broker to exit ("excluding start-up"), peak PSS of the process tree (the subprocess,
Playwright's driver and every Chromium process, orphans included: this process is made a child
subreaper; /proc/PID/smaps_rollup sampled every 100 ms), CPU seconds of the tree (wait4 rusage; per
process kind from /proc/PID/stat samples, a lower bound), and the broker requests per flow. Every
flow is checked: optout's `status --json` must show every case `confirmed`, the bare script must have
read a confirmation number, and the lab must have received exactly one removal request for each
person's own listing (and none for anyone else's). A run with a failed flow aborts the benchmark,
saying in one line which flow did what (by benchmark key, ``bench021``, never a name; optout's case
state). The made-up people are ones the matcher clearly recognises on their own cards (make_people).

Each pair gives a ratio (optout's flows/s over the bare script's) and a start-up difference; a point
reports their median, range and the sign test's 95 % interval for the median over its undisturbed
pairs, and whether that interval is wholly above the target (MET), wholly below (MISSED) or across it
(UNDECIDED). A run is disturbed when other work took more than FOREIGN_MAX CPUs or the hypervisor
stole more than STEAL_MAX during it; its pair is measured again (--tries), and left out if it stays so.

`--explain` runs the bare script again with, one at a time, the extra browser work optout does per
case (a separate context for the scan and for the removal; the page HTML, a full-page screenshot and
the page text kept as evidence), to show where optout's time goes.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.metadata
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.channels.browser import _ARGS, find_executable  # noqa: E402
from optout.lab import LabThread  # noqa: E402
from optout.lab.sites.listings import _name_key  # noqa: E402
from optout.person import parse_person  # noqa: E402
from optout.settings import BrowserSettings, NetworkSettings  # noqa: E402

BARE = ROOT / "scripts" / "_bench_bare.py"
BROKER = "searchly"

# ---- made-up people -------------------------------------------------------------------------------

FIRST = ["Avery", "Blake", "Corin", "Dalia", "Emery", "Farah", "Gideon", "Harper", "Imani", "Joaquin",
         "Kendra", "Lionel", "Marisol", "Nolan", "Odessa", "Priya"]
LAST = ["Abernathy", "Bellweather", "Castellano", "Dunmore", "Eastwick", "Fairbanks", "Galloway",
        "Holloway", "Ingersoll", "Jablonski", "Kowalczyk", "Lindqvist"]
MIDDLE = ["Ray", "Lee", "Jo", "Mae", "Dean", "Skye"]
# (city, state): none of them is a town the lab uses for decoys
CITIES = [("Springfield", "IL"), ("Akron", "OH"), ("Eugene", "OR"), ("Laredo", "TX"), ("Macon", "GA"),
          ("Duluth", "MN"), ("Billings", "MT"), ("Burlington", "VT"), ("Tulsa", "OK"), ("Wichita", "KS")]
#: The given name of each person's relative (a sibling of the same surname), which the lab prints on
#: their card. None is a given name the lab gives a decoy's relatives (listings.FIRST_NAMES), so a
#: namesake's card never shows it.
RELATIVE = ["Wendell", "Rosalind", "Thaddeus", "Beatrix", "Cornelius", "Philippa", "Ignatius"]


def make_people(n: int) -> list[tuple[str, dict[str, Any]]]:
    """n made-up people, each with a first + last name no other one has (the search is by name).

    Each is one the matcher must clearly recognise on their own card, whichever form of the name the
    lab prints (with or without the middle name) and whatever the matcher's priors for the name: a
    name, an age, a city and a relative on the card, as a real client's profile gives them. A person
    the matcher is unsure of goes to a person instead of a removal request, and the two sides would
    no longer do the same work (tests/test_bench_people.py holds every one at submit_at + a margin)."""
    if n > len(FIRST) * len(LAST):
        raise SystemExit(f"at most {len(FIRST) * len(LAST)} flows per point")
    out = []
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST) + i) % len(LAST)]
        city, state = CITIES[i % len(CITIES)]
        key = f"bench{i:03d}"
        out.append((key, {
            "first_name": first, "middle_name": MIDDLE[i % len(MIDDLE)], "last_name": last,
            "birth_year": 1950 + (i * 7) % 50,
            "optout_email": f"{key}@example.org",
            "addresses": [{"city": city, "state": state}],
            "relatives": [f"{RELATIVE[i % len(RELATIVE)]} {last}"],
        }))
    assert len({(p["first_name"], p["last_name"]) for _, p in out}) == n
    return out


# ---- measuring a process tree ---------------------------------------------------------------------


def _proc_table() -> dict[int, tuple[int, str, int, float]]:
    """pid -> (ppid, comm, starttime, cpu seconds) for every process."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                raw = f.read().decode("utf-8", "replace")
        except OSError:
            continue
        comm = raw[raw.index("(") + 1:raw.rindex(")")]
        rest = raw[raw.rindex(")") + 2:].split()
        # rest[0] is field 3 (state): ppid=4, utime=14, stime=15, starttime=22
        out[int(name)] = (int(rest[1]), comm, int(rest[19]), (int(rest[11]) + int(rest[12])) / tick)
    return out


def _machine_cpu() -> tuple[float, float]:
    """(busy, steal) CPU seconds of the whole machine since boot, from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    # user nice system idle iowait irq softirq steal ...
    return (v[0] + v[1] + v[2] + v[5] + v[6]) / tick, (v[7] if len(v) > 7 else 0) / tick


def _self_cpu() -> float:
    """CPU seconds of this process, all threads (the lab, the sampler), children excluded."""
    t = os.times()
    return t.user + t.system


#: A run during which the machine spent more than this many CPUs outside the benchmark (another
#: workload on the same machine) is done again: on 2 cores such a run measures the neighbour.
FOREIGN_MAX = 0.15


#: A run during which the hypervisor stole more than this many CPUs from the machine is done again
#: too: on 2 CPUs, 0.05 is 2.5 % of the machine, the size of the effect the benchmark must resolve.
#: (The quiet run of 2026-12-02 05:06 lost up to 7.9 CPU-s in one run of 25-40 s: 0.2-0.3 CPUs.)
STEAL_MAX = 0.05


def disturbed(run: dict[str, Any]) -> list[str]:
    """Why a measured run does not measure the program alone (empty: it does): other work on the
    machine, or CPU time the hypervisor took, above FOREIGN_MAX / STEAL_MAX."""
    why = []
    if run["foreign_cpus"] > FOREIGN_MAX:
        why.append(f"{run['foreign_cpus']:.2f} CPUs busy elsewhere")
    if run.get("steal_cpus", 0.0) > STEAL_MAX:
        why.append(f"{run['steal_cpus']:.2f} CPUs stolen by the hypervisor")
    return why


def foreign_cpus(seconds: float) -> float:
    """CPUs busy outside this process and its children, over the next `seconds`."""
    b0, _ = _machine_cpu()
    s0 = _self_cpu()
    time.sleep(seconds)
    b1, _ = _machine_cpu()
    return max(0.0, (b1 - b0) - (_self_cpu() - s0)) / seconds


def wait_quiet(log, max_wait: float = 90) -> float:  # type: ignore[no-untyped-def]
    """Wait (at most `max_wait` s) until nothing else keeps the CPUs busy; the seconds waited."""
    t0 = time.monotonic()
    said = False
    while (load := foreign_cpus(1.0)) > FOREIGN_MAX and time.monotonic() - t0 < max_wait:
        if not said:
            log(f"bench:   the machine is busy elsewhere ({load:.2f} CPUs); waiting up to {max_wait:.0f} s")
            said = True
    return time.monotonic() - t0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _group(comm: str) -> str:
    if comm.startswith("python"):
        return "python"
    if comm.startswith("node"):
        return "playwright-driver"
    if comm.startswith("chrom") or comm.startswith("headless"):
        return "chromium"
    return comm


def _chromium_kind(pid: int) -> str:
    """A Chromium process's kind by its ``--type`` switch: browser (none), renderer, gpu-process,
    utility (the network service), zygote; "?" when it is gone."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            raw = f.read()
    except OSError:
        return "?"
    # a zygote's child sets its title over its arguments: one string with spaces, not one per NUL
    m = re.search(rb"(?:^|[\0 ])--type=([\w-]+)", raw)
    return m.group(1).decode("ascii") if m else "browser"


def become_subreaper() -> bool:
    """Make orphaned descendants (Chromium's zygote children outlive the browser for a moment) our
    children instead of init's, so that they stay in the measured tree and their CPU time is counted."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans(deadline: float) -> float:
    """Wait for the orphans a measured run left us (see become_subreaper); their CPU seconds."""
    cpu = 0.0
    while True:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return cpu
        if pid:
            cpu += usage.ru_utime + usage.ru_stime
        elif time.monotonic() > deadline:
            return cpu
        else:
            time.sleep(0.02)


class TreeSampler(threading.Thread):
    """Every `interval` s: the PSS of all descendants of `root` (not `root` itself; peak kept), and
    each process's CPU time (the last value seen, grouped: python, Playwright's driver, Chromium)."""

    def __init__(self, root: int, interval: float = 0.1):
        super().__init__(daemon=True, name="pss-sampler")
        self.root, self.interval = root, interval
        self.peak_kb = 0
        self.peak_at = 0.0
        self.peak_by_group: dict[str, int] = {}
        self.peak_procs = 0
        self.samples = 0
        self.cpu: dict[tuple[int, int], tuple[str, float]] = {}
        #: Chromium's processes by kind (browser, renderer, gpu-process, utility, zygote), read once each
        self.chromium_kind: dict[tuple[int, int], str] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            table = _proc_table()
            children: dict[int, list[int]] = defaultdict(list)
            for pid, (ppid, *_rest) in table.items():
                children[ppid].append(pid)
            tree, todo = [], list(children.get(self.root, []))
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo += children.get(pid, [])
            by_group: dict[str, int] = defaultdict(int)
            for pid in tree:
                _, comm, start, cpu = table[pid]
                self.cpu[(pid, start)] = (_group(comm), cpu)
                if _group(comm) == "chromium" and (pid, start) not in self.chromium_kind:
                    self.chromium_kind[(pid, start)] = _chromium_kind(pid)
                by_group[_group(comm)] += _pss_kb(pid)
            total = sum(by_group.values())
            if tree:
                self.samples += 1
            if total > self.peak_kb:
                self.peak_kb, self.peak_at, self.peak_by_group = total, time.monotonic(), dict(by_group)
            self.peak_procs = max(self.peak_procs, len(tree))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def cpu_by_group(self) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for group, cpu in self.cpu.values():
            out[group] += cpu
        return {k: round(v, 2) for k, v in sorted(out.items())}

    def chromium_cpu_by_kind(self) -> dict[str, float]:
        """Chromium's sampled CPU seconds by process kind (the browser, its renderers, GPU, utility)."""
        out: dict[str, float] = defaultdict(float)
        for key, (group, cpu) in self.cpu.items():
            if group == "chromium":
                out[self.chromium_kind.get(key, "?")] += cpu
        return {k: round(v, 2) for k, v in sorted(out.items())}


def measure(cmd: list[str], *, env: dict[str, str], stdin: Path | None, out: Path, err: Path,
            lab_probe: LabProbe, n_flows: int, cases: Callable[[], dict[str, str]] | None = None) -> dict[str, Any]:
    """Run `cmd`, sampling its tree; wall time, start-up (spawn → first broker request), PSS, CPU.
    ``cases``: the state of each flow's case by benchmark key after the run (optout's side), named
    when the run did different work from the bare script's."""
    lab_probe.clear()
    load0 = os.getloadavg()[0]
    with open(out, "wb") as o, open(err, "wb") as e, open(stdin or os.devnull, "rb") as i:
        busy0, steal0 = _machine_cpu()
        self0 = _self_cpu()
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdin=i, stdout=o, stderr=e, cwd=ROOT)
        # the tree of this process minus itself: the run, and any orphan it leaves (we are a subreaper;
        # nothing else of ours has a child process while a run is measured)
        sampler = TreeSampler(os.getpid())
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)  # rusage of the child and every descendant it reaped
        t1 = time.monotonic()
        busy1, steal1 = _machine_cpu()
        self1 = _self_cpu()
        proc.returncode = os.waitstatus_to_exitcode(status)
        orphans_cpu = reap_orphans(time.monotonic() + 5)
        sampler.stop()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:5])}... exited with {proc.returncode}:\n{err.read_text()[-3000:]}")
    want = {f"{m} {k}": n_flows for m, k in (("GET", "home"), ("GET", "/api/search"), ("GET", "profile"),
                                               ("GET", "remove-page"), ("POST", "/api/remove"))}
    if lab_probe.counts() != dict(sorted(want.items())):
        raise SystemExit(f"{' '.join(cmd[:5])}...: the broker saw {lab_probe.counts()}, expected one request of "
                         f"each kind per flow {want}: the two sides would not be doing the same work\n"
                         + lab_probe.differing_flows(cases() if cases else None))
    first = lab_probe.first_arrival()
    if first is None:
        raise SystemExit(f"{' '.join(cmd[:5])}... sent no request to the broker")
    tree_cpu = usage.ru_utime + usage.ru_stime + orphans_cpu
    return {
        "wall_s": t1 - t0,
        "startup_s": first - t0,
        "steady_s": t1 - first,
        "peak_pss_mb": round(sampler.peak_kb / 1024, 1),
        "peak_at_s": round(sampler.peak_at - t0, 2),
        "peak_pss_mb_by_kind": {k: round(v / 1024, 1) for k, v in sorted(sampler.peak_by_group.items())},
        "peak_processes": sampler.peak_procs,
        "pss_samples": sampler.samples,
        "cpu_s": round(tree_cpu, 2),
        "bench_process_cpu_s": round(self1 - self0, 2),  # the lab's thread and the sampler
        # the rest of the machine during the run (another workload, the kernel), in CPUs, and the
        # CPU-s the hypervisor stole: the noise in this figure
        "foreign_cpus": round(max(0.0, busy1 - busy0 - tree_cpu - (self1 - self0)) / (t1 - t0), 3),
        "machine_steal_s": round(steal1 - steal0, 2),
        "steal_cpus": round((steal1 - steal0) / (t1 - t0), 3),
        "load_1min": [round(load0, 2), round(os.getloadavg()[0], 2)],  # before, after
        "cpu_s_sampled": sampler.cpu_by_group(),
        "chromium_cpu_s_by_kind": sampler.chromium_cpu_by_kind(),
        "requests": lab_probe.counts(),
    }


# ---- the lab ----------------------------------------------------------------------------------------


class LabProbe:
    """Watches the Searchly site of a running LabThread: when each request arrived, and which pages
    were asked for. Arrival times come from the lab's latency draw (made as a request arrives, before
    the added wait); with no latency, from the broker's gate."""

    def __init__(self, labt: LabThread):
        self.labt = labt
        self._lock = threading.Lock()
        self.arrivals: list[float] = []
        self.paths: Counter[str] = Counter()
        site = labt.lab.site(BROKER)  # type: ignore[union-attr]
        gate = site.gate
        probe = self

        #: requests by (flow, what): a flow is a benchmark key, never a name (see differing_flows)
        self.by_flow: Counter[tuple[str, str]] = Counter()
        self.keys: list[str] = []  # the flows of the run, in order (fresh_lab)

        async def counting_gate(request):  # type: ignore[no-untyped-def]
            probe._seen(request.method, request.path)
            probe._attribute(site, request)
            return await gate(request)

        site.gate = counting_gate  # type: ignore[method-assign]

    def _seen(self, method: str, path: str) -> None:
        kind = ("home" if path == "/" else path if path.startswith("/api/") else
                "remove-page" if path.endswith("/remove") else "profile" if path.startswith("/p/") else "other")
        with self._lock:
            self.arrivals.append(time.monotonic())
            self.paths[f"{method} {kind}"] += 1

    def _attribute(self, site, request) -> None:  # type: ignore[no-untyped-def]
        """Count a search, a profile page or a removal page against the flow it belongs to: the
        seeded person its name or listing is theirs (in the lab's thread, as the lab answers it)."""
        path = request.path
        if path == "/api/search":
            q = request.query
            found = site.listings._by_name.get(_name_key(q.get("first", ""), q.get("last", "")), [])
            owners = {x.owner for x in found} or {"?"}
            what = ["search"]
        elif path.startswith("/p/"):
            x = site.listings._by_id.get(path.split("/")[2])
            owners = {x.owner if x else "?"}
            page = "removal page" if path.endswith("/remove") else "profile"
            what = [f"namesake's {page}" if x and x.decoy else page]
        else:
            return
        with self._lock:
            for key in owners:
                for w in what:
                    self.by_flow[(key, w)] += 1

    def differing_flows(self, cases: dict[str, str] | None = None) -> str:
        """One line: which flow(s) did other work than one search, one profile, one removal page and
        one removal request of the person's own listing; by benchmark key (``bench021``), never a name.
        ``cases``: optout's case state by key, shown beside each."""
        subs = self.labt.submissions()[BROKER]
        listings = list(self.labt.lab.site(BROKER).listings._by_id.values())  # type: ignore[union-attr]
        with self._lock:
            counts = Counter(self.by_flow)
        odd = []
        for key in self.keys:
            got = {w: counts[(key, w)] for w in ("search", "profile", "removal page")}
            got["removal request"] = sum(subs.get(x.lid, 0) for x in listings if x.owner == key and not x.decoy)
            counts[(key, "namesake's removal request")] = sum(subs.get(x.lid, 0) for x in listings
                                                               if x.owner == key and x.decoy)
            extra = {w: counts[(key, w)] for w in ("namesake's profile", "namesake's removal page",
                                                    "namesake's removal request") if counts[(key, w)]}
            if any(v != 1 for v in got.values()) or extra:
                state = f"; optout's case: {cases.get(key, 'none')}" if cases is not None else ""
                odd.append(f"{key} (flow {self.keys.index(key) + 1} of {len(self.keys)}): "
                           + ", ".join(f"{w} {v}" for w, v in {**got, **extra}.items()) + state)
        if any(k == "?" for k, _ in counts):
            odd.append("requests for no benchmark person")
        if not odd:
            return "bench: every flow did one search, profile, removal page and removal request"
        return (f"bench: {len(odd)} flow(s) did different work (expected 1 of each): " + "; ".join(odd[:3])
                + ("; ..." if len(odd) > 3 else ""))

    def rearm(self) -> None:
        """Time each request's arrival at the lab's latency draw (made as it arrives, before the wait)."""
        lab = self.labt.lab
        assert lab is not None
        probe = self
        draw = type(lab)._latency.__get__(lab)  # the class's own, so that a second rearm does not nest

        async def timed(request):  # type: ignore[no-untyped-def]
            with probe._lock:
                probe.arrivals.append(time.monotonic())
            return await draw(request)

        def wrap() -> None:
            lab._latency = timed  # type: ignore[method-assign]

        self.labt._call(wrap)

    def clear(self) -> None:
        with self._lock:
            self.arrivals.clear()
            self.paths.clear()
            self.by_flow.clear()

    def first_arrival(self) -> float | None:
        with self._lock:
            return min(self.arrivals) if self.arrivals else None

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(sorted(self.paths.items()))


def fresh_lab(labt: LabThread, probe: LabProbe, people: list[tuple[str, dict]]) -> None:
    """The lab as new (same latency draws in the same order for each run), with these people."""
    labt.reset()
    labt.seed_people([(k, parse_person(p)) for k, p in people])
    probe.keys = [k for k, _ in people]
    probe.rearm()


def check_lab(labt: LabThread, probe: LabProbe, people: list[tuple[str, dict]], side: str,
              cases: dict[str, str] | None = None) -> None:
    """Exactly one removal request reached the lab for each person's own listing, and nothing else."""
    want = {labt.listing_ids(BROKER, k)[0]: 1 for k, _ in people}
    got = labt.submissions()[BROKER]
    if got != want:
        raise SystemExit(f"{side}: the lab received {got}, expected one request per person {want}\n"
                         + probe.differing_flows(cases))


# ---- the two sides ----------------------------------------------------------------------------------


def optout_env(data: Path, labt: LabThread, c: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env.update({
        "OPTOUT_DATA_DIR": str(data),
        "OPTOUT_CONFIG": str(data / "optout.toml"),  # absent: defaults + the variables below
        "OPTOUT_LAB_URL": labt.url,
        "OPTOUT_MAIL__MAILDIR": str(labt.maildir),
        "OPTOUT_LOG_LEVEL": "warning",
        # politeness limits off, so that they do not cap the benchmark
        "OPTOUT_WORKER__PER_BROKER_CONCURRENCY": str(c),
        "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "100000",
    })
    return env


#: ``optout`` as the benchmark runs it: this checkout's package, by the current interpreter.
CLI = [sys.executable, "-m", "optout"]


def run_args(c: int) -> list[str]:
    """The measured pass's arguments after ``optout``: the benchmark's broker at concurrency ``c``."""
    return ["run", "--broker", BROKER, "--concurrency", str(c), "--json"]


def prepare_optout(d: Path, labt: LabThread, probe: LabProbe, people: list[tuple[str, dict]], c: int) -> dict[str, str]:
    """A fresh optout in ``d`` (its data directory and the people's profile files), the people
    added, the lab reset for them; returns the environment to run ``optout`` with."""
    shutil.rmtree(d, ignore_errors=True)
    (d / "people").mkdir(parents=True)
    env = optout_env(d / "data", labt, c)
    files = []
    for key, p in people:
        f = d / "people" / f"{key}.yaml"
        f.write_text(yaml.safe_dump(p))
        files.append(str(f))
    subprocess.run([*CLI, "init"], env=env, check=True, capture_output=True, cwd=ROOT)
    words = ["person", "add", "--json", *files]
    added = subprocess.run([*CLI, *words], env=env, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    # optout's person ids by benchmark key, to say which flow's case did what (optout_cases); each row
    # names its file by its place among the words after `optout` (docs/JSON.md), never by name
    (d / "people.json").write_text(json.dumps({row["person"]: Path(words[row["argument"] - 1]).stem
                                               for row in json.loads(added)}))
    fresh_lab(labt, probe, people)
    return env


def optout_status(env: dict[str, str]) -> list[dict]:
    """``optout status --broker BROKER --json``: the benchmark's cases after a pass."""
    return json.loads(subprocess.run([*CLI, "status", "--broker", BROKER, "--json"], env=env, check=True,
                                     capture_output=True, text=True, cwd=ROOT).stdout)


def optout_cases(env: dict[str, str], d: Path) -> dict[str, str]:
    """The state of each benchmark key's case after a pass (prepare_optout kept the person ids)."""
    keys = json.loads((d / "people.json").read_text())
    return {keys.get(row["person"], "?"): row["state"] for row in optout_status(env)}


def run_optout(labt: LabThread, probe: LabProbe, people: list[tuple[str, dict]], c: int, work: Path) -> dict:
    d = work / f"optout-c{c}-n{len(people)}"
    env = prepare_optout(d, labt, probe, people, c)
    r = measure([*CLI, *run_args(c)], env=env, stdin=None, out=d / "run.json", err=d / "run.err",
                lab_probe=probe, n_flows=len(people), cases=lambda: optout_cases(env, d))
    cases = optout_cases(env, d)
    states = Counter(cases.values())
    if len(cases) != len(people) or states["confirmed"] != len(people):
        raise SystemExit(f"optout at concurrency {c}: cases {dict(states)}, expected {len(people)} confirmed "
                         f"(see {d})\n" + probe.differing_flows(cases))
    check_lab(labt, probe, people, f"optout at concurrency {c}", cases)
    r["ok"] = states["confirmed"]
    return r


def bare_job(labt: LabThread, people: list[tuple[str, dict]], c: int, variant: dict | None = None) -> dict:
    bs, net = BrowserSettings(), NetworkSettings()
    args = list(_ARGS) + (["--no-sandbox"] if os.geteuid() == 0 else [])
    return {
        "lab_url": labt.url, "executable": find_executable(bs), "args": args, "user_agent": net.user_agent,
        "viewport": {"width": 1280, "height": 900}, "block": list(bs.block_resources),
        "timeout_ms": int(bs.step_timeout * 1000), "concurrency": c,
        "people": [{"key": k, "first": p["first_name"], "last": p["last_name"], "state": p["addresses"][0]["state"],
                    "city": p["addresses"][0]["city"], "email": p["optout_email"]} for k, p in people],
        **(variant or {}),
    }


def run_bare(labt: LabThread, probe: LabProbe, people: list[tuple[str, dict]], c: int, work: Path,
             variant: dict | None = None) -> dict:
    d = work / f"bare{''.join('-' + k for k, v in (variant or {}).items() if v)}-c{c}-n{len(people)}"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    (d / "job.json").write_text(json.dumps(bare_job(labt, people, c, variant)))
    fresh_lab(labt, probe, people)
    r = measure([sys.executable, str(BARE)], env=dict(os.environ), stdin=d / "job.json", out=d / "out.json",
                err=d / "err.txt", lab_probe=probe, n_flows=len(people))
    res = json.loads((d / "out.json").read_text())
    bad = [f for f in res["flows"] if not f["ok"]]
    if bad:
        raise SystemExit(f"bare at concurrency {c}: {len(bad)} flow(s) failed, e.g. {bad[0]}")
    check_lab(labt, probe, people, f"bare at concurrency {c}")
    mine = {k: labt.listing_ids(BROKER, k)[0] for k, _ in people}
    if any(f["listing"] != mine[f["key"]] for f in res["flows"]):
        raise SystemExit(f"bare at concurrency {c}: a flow picked another person's listing")
    r["ok"] = res["ok"]
    phases: dict[str, float] = defaultdict(float)
    for f in res["flows"]:
        for k, v in f["steps"].items():
            phases[k] += v / len(res["flows"])
    r["phase_s_per_flow"] = {k: round(v, 3) for k, v in phases.items()}
    return r


#: How long to wait for a quiet machine before a run, and how many times a noisy run is tried
#: (--max-wait, --tries; --quick: 0 and 1, so that it finishes on a busy machine and says so).
WAIT = {"max_wait": 90.0, "tries": 3}


def attempt(log, what: str, fn, tries: int | None = None) -> dict:  # type: ignore[no-untyped-def]
    """Run `fn` on a quiet machine; do it again (up to `tries` times) if another workload took CPU
    during the run. The kept run says which attempt it was, and `noisy` if none was clean."""
    tries = tries or int(WAIT["tries"])
    for i in range(1, tries + 1):
        waited = wait_quiet(log, WAIT["max_wait"]) if WAIT["max_wait"] > 0 else 0.0
        r = fn()
        r.update(attempt=i, waited_for_quiet_s=round(waited, 1))
        why = disturbed(r)
        if not why:
            return r
        log(f"bench:   {what}: {' and '.join(why)} during the run; "
            + ("doing it again" if i < tries else "kept, marked noisy"))
    r["noisy"] = True
    return r


def attempt_pair(log, first: str, run: dict[str, Callable[[], dict]], tries: int | None = None) -> dict:  # type: ignore[no-untyped-def]
    """One pair: both sides back to back, `first` first (the order alternates pair by pair: A B, B A,
    ...), on a quiet machine; the whole pair done again (up to `tries` times) if either run was
    disturbed (see `disturbed`), so that both of a pair's runs share one spell of the machine. A pair
    still disturbed after the last try is kept and marked, and left out of the point's verdict."""
    tries = tries or int(WAIT["tries"])
    order = [first, "optout" if first == "bare" else "bare"]
    for i in range(1, tries + 1):
        waited = wait_quiet(log, WAIT["max_wait"]) if WAIT["max_wait"] > 0 else 0.0
        pair: dict[str, Any] = {"first": first, "attempt": i, "waited_for_quiet_s": round(waited, 1)}
        for side in order:
            pair[side] = run[side]()
        why = disturbed(pair["bare"]) + disturbed(pair["optout"])
        pair["disturbed"] = why
        if not why:
            return pair
        log(f"bench:   pair disturbed ({'; '.join(why)}): " + ("doing it again" if i < tries else "kept, marked"))
    return pair


# ---- the statistics of a point --------------------------------------------------------------------

#: The targets (issue 15): optout's flows/s at least this share of the bare script's, and its
#: start-up at most this many seconds longer.
TARGET_RATIO = 0.95
STARTUP_MARGIN_S = 0.3
#: The confidence of a point's interval.
LEVEL = 0.95


def median(xs: list[float]) -> float:
    xs = sorted(xs)
    return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2


def median_interval(xs: list[float], level: float = LEVEL) -> tuple[float, float, float] | None:
    """A distribution-free interval for the median of what `xs` were drawn from (the sign test's):
    the k-th smallest to the k-th largest value, k as large as keeps the coverage
    1 - 2 P(Binomial(n, 1/2) <= k - 1) at least `level`; (low, high, coverage). None when even the
    smallest to the largest falls short of `level` (fewer than 6 values at 0.95). It assumes
    nothing of the distribution (a disturbed run's ratio is an outlier, not a shifted mean) and the
    values independent: each is one pair's, measured close together and in alternating order."""
    n = len(xs)
    xs = sorted(xs)
    best = None
    below = 0.0  # P(B <= k - 1)
    for k in range(1, n // 2 + 1):
        below += math.comb(n, k - 1) / 2 ** n
        if 1 - 2 * below < level:
            break
        best = (xs[k - 1], xs[n - k], 1 - 2 * below)
    return best


def pairs_needed(level: float = LEVEL) -> int:
    """The fewest pairs whose interval can decide at `level` (6 at 0.95)."""
    return next(n for n in range(1, 100) if median_interval([0.0] * n, level) is not None)


def verdict(interval: tuple[float, float, float] | None, bar: float, *, at_least: bool) -> str:
    """Whether the whole interval is on the target's side of `bar` ("met"), on the other
    ("missed"), or across it ("undecided"); "undecided" with no interval (too few clean pairs).
    `at_least`: the target is a value at least `bar` (the ratio), else at most `bar` (start-up)."""
    if interval is None:
        return "undecided"
    lo, hi, _ = interval
    if at_least:
        return "met" if lo >= bar else "missed" if hi < bar else "undecided"
    return "met" if hi <= bar else "missed" if lo > bar else "undecided"


def pair_figures(pair: dict[str, Any]) -> dict[str, float]:
    """One pair's comparisons: optout's flows/s over the bare script's (whole run, and from the
    first broker request), optout's start-up minus the bare script's, optout's CPU over the bare's."""
    o, b = pair["optout"], pair["bare"]
    return {"ratio": b["wall_s"] / o["wall_s"], "ratio_steady": b["steady_s"] / o["steady_s"],
            "startup_diff_s": o["startup_s"] - b["startup_s"], "cpu_ratio": o["cpu_s"] / b["cpu_s"]}


def judge(pairs: list[dict[str, Any]], level: float = LEVEL) -> dict[str, Any]:
    """A point's statistics over its undisturbed pairs: each figure's per-pair values, median, range
    and interval, and the verdicts for the ratio (>= TARGET_RATIO) and the start-up difference
    (<= STARTUP_MARGIN_S)."""
    clean = [p for p in pairs if not p.get("disturbed")]
    figs = [pair_figures(p) for p in clean]
    out: dict[str, Any] = {"pairs": len(pairs), "clean_pairs": len(clean), "level": level}
    for key in ("ratio", "ratio_steady", "startup_diff_s", "cpu_ratio"):
        xs = [f[key] for f in figs]
        out[key] = {"values": [round(x, 4) for x in xs], "median": median(xs) if xs else None,
                    "range": [min(xs), max(xs)] if xs else None, "interval": median_interval(xs, level)}
    out["ratio_verdict"] = verdict(out["ratio"]["interval"], TARGET_RATIO, at_least=True)
    out["startup_verdict"] = verdict(out["startup_diff_s"]["interval"], STARTUP_MARGIN_S, at_least=False)
    return out


# ---- output -----------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    exe = find_executable(BrowserSettings())
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip() if exe else None
    model = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                  if ln.startswith("model name")), "?")
    mem = next((int(ln.split()[1]) // 1024 for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0)
    return {
        "cpus": os.cpu_count(), "cpu_model": model, "memory_mb": mem, "kernel": platform.release(),
        "python": platform.python_version(), "playwright": importlib.metadata.version("playwright"),
        "browser": exe, "browser_version": version,
    }


#: The process kinds a run's CPU is told by (``by_process``): optout's or the bare script's Python,
#: Playwright's driver (Node.js), and Chromium's browser process, renderers, GPU process and the rest
#: of its processes (the network service, the zygote, one gone before its kind was read).
PROCESS_KINDS = ("python", "driver", "browser", "renderer", "gpu", "chromium other", "other")
_CHROMIUM_KIND = {"browser": "browser", "renderer": "renderer", "gpu-process": "gpu"}


def by_process(run: dict) -> dict[str, float]:
    """A run's sampled CPU seconds (``TreeSampler``: /proc/PID/stat of every descendant, a lower
    bound) by PROCESS_KINDS; Chromium's split by its ``--type`` switch (``_chromium_kind``)."""
    out = dict.fromkeys(PROCESS_KINDS, 0.0)
    for group, cpu in run.get("cpu_s_sampled", {}).items():
        kind = {"python": "python", "playwright-driver": "driver"}.get(group, "other")
        if group != "chromium":
            out[kind] += cpu
    for kind, cpu in run.get("chromium_cpu_s_by_kind", {}).items():
        out[_CHROMIUM_KIND.get(kind, "chromium other")] += cpu
    return out


def summarise(n: int, runs: list[dict]) -> dict[str, Any]:
    """One side at one point: the median of its runs (peak memory: the highest), and the runs."""
    def med(xs: list[float]) -> float:
        xs = sorted(xs)
        return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2

    out: dict[str, Any] = {
        "flows_per_s": med([n / r["wall_s"] for r in runs]),
        "flows_per_s_steady": med([n / r["steady_s"] for r in runs]),
        "startup_s": med([r["startup_s"] for r in runs]),
        "cpu_s_per_flow": med([r["cpu_s"] / n for r in runs]),
        "python_cpu_s_per_flow": med([r["cpu_s_sampled"].get("python", 0) / n for r in runs]),
        "cpu_s_per_flow_by_process": {k: med([by_process(r)[k] / n for r in runs]) for k in PROCESS_KINDS},
        "peak_pss_mb": max(r["peak_pss_mb"] for r in runs),
        "machine_steal_s": max(r["machine_steal_s"] for r in runs),
        "noisy_runs": sum(bool(r.get("noisy")) for r in runs),
        "runs": runs,
    }
    return out


def per_point(c: int, n: int, pairs: list[dict]) -> dict[str, Any]:
    """A point: each side's medians over the kept runs, and the paired statistics (`judge`): the
    ratio is the median of the undisturbed pairs' ratios (of all pairs' when none is undisturbed)."""
    so = summarise(n, [p["optout"] for p in pairs])
    sb = summarise(n, [p["bare"] for p in pairs])
    stats = judge(pairs)
    use = pairs if not stats["clean_pairs"] else [p for p in pairs if not p.get("disturbed")]
    figs = [pair_figures(p) for p in use]
    return {"concurrency": c, "flows": n, "optout": so, "bare": sb,
            "ratio": median([f["ratio"] for f in figs]),
            "ratio_steady": median([f["ratio_steady"] for f in figs]),
            "stats": stats,
            "pairs": [{"first": p["first"], "attempt": p["attempt"], "disturbed": p["disturbed"],
                       **{k: round(v, 4) for k, v in pair_figures(p).items()}} for p in pairs]}


def noise_note(runs: list[dict], pairs: list[dict] | None = None) -> str:
    """The machine's noise over `runs`; with `pairs`, how many were done again and left disturbed."""
    redone = sum(x.get("attempt", 1) - 1 for x in (pairs if pairs is not None else runs))
    left = sum(bool(x.get("disturbed")) for x in pairs or [])
    steal = max(r["machine_steal_s"] for r in runs)
    foreign = max(r["foreign_cpus"] for r in runs)
    steal_cpus = max(r.get("steal_cpus", 0.0) for r in runs)
    noisy = sum(bool(r.get("noisy")) for r in runs)
    loads = [x for r in runs for x in r.get("load_1min", [])]
    return (f"1-minute load average {min(loads):.1f}–{max(loads):.1f} across the runs. "
            f"Machine noise: other work on the machine at most {foreign:.2f} CPUs during a kept run; at most "
            f"{steal:.2f} CPU-s ({steal_cpus:.3f} CPUs) stolen by the hypervisor in a run"
            + f"; {redone} {'pair' if pairs is not None else 'run'}(s) done again because the machine was disturbed"
            + (f"; {noisy} kept run(s) still NOISY" if noisy else "")
            + (f"; {left} kept pair(s) still DISTURBED, left out of the verdicts" if left else "") + ".")


def print_table(points: list[dict], info: dict) -> None:
    rows = [["concurrency", "flows", "optout flows/s", "bare flows/s", "ratio", "optout peak MB", "bare peak MB"]]
    for p in points:
        rows.append([str(p["concurrency"]), str(p["flows"]), f"{p['optout']['flows_per_s']:.2f}",
                     f"{p['bare']['flows_per_s']:.2f}", f"{p['ratio']:.2f}",
                     f"{p['optout']['peak_pss_mb']:.0f}", f"{p['bare']['peak_pss_mb']:.0f}"])
    _print_rows(rows)
    print("\nexcluding process start-up (time from the first broker request to exit), and CPU per flow:")
    rows = [["concurrency", "optout flows/s", "bare flows/s", "ratio", "start-up s optout/bare",
             "CPU-s/flow optout/bare", "of which python optout/bare"]]
    for p in points:
        o, b = p["optout"], p["bare"]
        rows.append([str(p["concurrency"]), f"{o['flows_per_s_steady']:.2f}", f"{b['flows_per_s_steady']:.2f}",
                     f"{p['ratio_steady']:.2f}", f"{o['startup_s']:.2f} / {b['startup_s']:.2f}",
                     f"{o['cpu_s_per_flow']:.2f} / {b['cpu_s_per_flow']:.2f}",
                     f"{o['python_cpu_s_per_flow']:.3f} / {b['python_cpu_s_per_flow']:.3f}"])
    _print_rows(rows)
    print("\nCPU-s per flow by process, optout / bare (each side's median; sampled from /proc every 0.1 s, a "
          "lower bound):")
    rows = [["concurrency", *PROCESS_KINDS]]
    for p in points:
        o, b = p["optout"]["cpu_s_per_flow_by_process"], p["bare"]["cpu_s_per_flow_by_process"]
        rows.append([str(p["concurrency"]), *(f"{o[k]:.3f} / {b[k]:.3f}" for k in PROCESS_KINDS)])
    _print_rows(rows)
    print(f"\nratio = optout flows/s ÷ bare flows/s (target ≥ {TARGET_RATIO}), the median of the pairs' ratios; "
          f"{info['repeat']} pair(s) per point (one run a side, in alternating order), the other figures the median "
          f"of each side's runs, peak MB the highest. Latency {info['latency_ms']} ms per broker response, drawn "
          f"per request; failure_rate 0; {info['machine']['cpus']} CPUs; {info['machine']['browser_version']}.")
    print()
    print_verdicts(points)
    print(noise_note([r for p in points for side in ("optout", "bare") for r in p[side]["runs"]],
                     [x for p in points for x in p["pairs"]]))


def _interval(fig: dict[str, Any], fmt: str) -> str:
    iv = fig["interval"]
    return "none" if iv is None else f"{fmt.format(iv[0])}–{fmt.format(iv[1])} ({iv[2]:.0%})"


def disturbed_note(stats: dict[str, Any]) -> str:
    """Beside an undecided verdict that disturbed pairs left short of clean ones: say so."""
    left = stats["pairs"] - stats["clean_pairs"]
    return f" ({left} disturbed)" if left and stats["ratio"]["interval"] is None else ""


def print_verdicts(points: list[dict]) -> None:
    """Per point: the pairs' ratio and start-up difference, median, range and interval, and whether
    the interval is on the target's side (met), the other side (missed) or across it (undecided)."""
    rows = [["concurrency", "clean pairs", "ratio median", "range", "interval", f"ratio ≥ {TARGET_RATIO}",
             "start-up +s median", "interval", f"start-up ≤ +{STARTUP_MARGIN_S} s", "CPU optout/bare median"]]
    for p in points:
        st = p["stats"]
        r, d, cpu = st["ratio"], st["startup_diff_s"], st["cpu_ratio"]
        rows.append([str(p["concurrency"]), f"{st['clean_pairs']} of {st['pairs']}",
                     "-" if r["median"] is None else f"{r['median']:.3f}",
                     "-" if r["range"] is None else f"{r['range'][0]:.3f}–{r['range'][1]:.3f}",
                     _interval(r, "{:.3f}"), st["ratio_verdict"].upper() + disturbed_note(st),
                     "-" if d["median"] is None else f"{d['median']:+.2f}", _interval(d, "{:+.2f}"),
                     st["startup_verdict"].upper() + disturbed_note(st),
                     "-" if cpu["median"] is None else f"{cpu['median']:.2f}"])
    _print_rows(rows)
    need = pairs_needed()
    print(f"interval: the sign test's for the median over the undisturbed pairs (k-th smallest to k-th largest, "
          f"its coverage in brackets), none with fewer than {need} clean pairs; a disturbed pair (more than "
          f"{FOREIGN_MAX} CPUs busy elsewhere or {STEAL_MAX} stolen by the hypervisor in one of its runs, after "
          f"{WAIT['tries']:g} tries) is left out. UNDECIDED: the benchmark cannot tell here; more pairs "
          f"(--repeat) or a quieter machine can.")


EXPLAIN = [
    ("bare", {}),
    ("bare + separate scan/removal contexts", {"two_contexts": True}),
    ("bare + separate contexts + evidence", {"two_contexts": True, "evidence": True}),
]


def print_explain(rows_in: list[dict], info: dict) -> None:
    rows = [["concurrency", "variant", "flows/s", "flows/s excl. start-up", "CPU-s/flow", "python CPU-s/flow",
             "peak MB"]]
    for r in rows_in:
        s = r["summary"]
        rows.append([str(r["concurrency"]), r["variant"], f"{s['flows_per_s']:.2f}", f"{s['flows_per_s_steady']:.2f}",
                     f"{s['cpu_s_per_flow']:.2f}", f"{s['python_cpu_s_per_flow']:.3f}", f"{s['peak_pss_mb']:.0f}"])
    _print_rows(rows)
    print(f"\nlatency {info['latency_ms']} ms; evidence = page.content(), a viewport JPEG screenshot and the body "
          "text after the search, the screenshot and the body text after the confirmation, as optout keeps them.")
    print(noise_note([r for x in rows_in for r in x["summary"]["runs"]]))


def _print_rows(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for j, r in enumerate(rows):
        print("| " + " | ".join(v.rjust(w) if j else v.ljust(w) for v, w in zip(r, widths)) + " |")
        if j == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


# ---- main -------------------------------------------------------------------------------------------


def main() -> int:
    global STEAL_MAX, FOREIGN_MAX
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--concurrency", default=None, help="comma-separated concurrencies (default 1,2,4,8)")
    ap.add_argument("--flows", type=int, default=None, help="flows per run (default 4*C: each run 4 flows deep)")
    ap.add_argument("--latency", default=None, help="ms added to each broker response, lo-hi (default 300-800)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="pairs (one run a side) per point, in alternating order (default 6, the fewest whose "
                         "interval can decide at 95 %%; --quick and --explain: 1)")
    ap.add_argument("--quick", action="store_true", help="smoke run: concurrency 1,2, 4 flows, latency 50-100, 1 run")
    ap.add_argument("--explain", action="store_true",
                    help="instead: the bare script with optout's extra browser work added step by step, and optout")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--save", type=Path, help="also write the results as JSON to this file")
    ap.add_argument("--keep", type=Path, help="keep data directories and outputs here (default: a temp dir, removed)")
    ap.add_argument("--seed", type=int, default=2026, help="the lab's seed")
    ap.add_argument("--max-wait", type=float, default=None,
                    help="seconds to wait for a quiet machine before each run (default 90; --quick: 0)")
    ap.add_argument("--tries", type=int, default=None,
                    help="runs tried per measurement when other work disturbs it (default 3; --quick: 1)")
    ap.add_argument("--steal-max", type=float, default=None,
                    help=f"CPUs the hypervisor may steal during a run before it counts as disturbed (default {STEAL_MAX})")
    ap.add_argument("--foreign-max", type=float, default=None,
                    help=f"CPUs other work may use during a run before it counts as disturbed (default {FOREIGN_MAX})")
    args = ap.parse_args()
    STEAL_MAX = STEAL_MAX if args.steal_max is None else args.steal_max
    FOREIGN_MAX = FOREIGN_MAX if args.foreign_max is None else args.foreign_max
    WAIT["max_wait"] = args.max_wait if args.max_wait is not None else (0.0 if args.quick else 90.0)
    WAIT["tries"] = args.tries or (1 if args.quick else 3)

    conc = [int(x) for x in (args.concurrency or ("1,2" if args.quick else "1,8" if args.explain else "1,2,4,8")).split(",")]
    lo, hi = (float(x) for x in (args.latency or ("50-100" if args.quick else "300-800")).split("-"))
    repeat = args.repeat or (1 if args.quick or args.explain else pairs_needed())
    flows = lambda c: args.flows or (4 if args.quick else 4 * c)  # noqa: E731
    info: dict[str, Any] = {"machine": machine(), "latency_ms": f"{lo:g}-{hi:g}", "failure_rate": 0,
                            "seed": args.seed, "repeat": repeat, "command": " ".join(["scripts/bench", *sys.argv[1:]]),
                            "disturbed_over": {"foreign_cpus": FOREIGN_MAX, "steal_cpus": STEAL_MAX}, "level": LEVEL}
    if not info["machine"]["browser"]:
        raise SystemExit("no Chromium: run scripts/setup (it installs chromium-headless-shell)")
    log = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    log(f"bench: {info['machine']['browser_version']} at {info['machine']['browser']}, "
        f"Playwright {info['machine']['playwright']}, {info['machine']['cpus']} CPUs, latency {lo:g}-{hi:g} ms")

    info["subreaper"] = become_subreaper()
    work = args.keep or Path(tempfile.mkdtemp(prefix="optout-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    people = make_people(max(flows(c) for c in conc))
    points: list[dict] = []
    explained: list[dict] = []
    t_start = time.monotonic()
    try:
        with LabThread(seed=args.seed, latency_ms=(lo, hi), failure_rate=0, data_dir=work / "lab") as labt:
            probe = LabProbe(labt)
            # warm-up, not measured: disk caches for Chromium, Python's bytecode caches
            assert labt.lab is not None
            labt.lab.latency_ms = (0, 0)
            # each request's latency drawn from the request: both sides wait the same per flow
            labt.lab.latency_by_request = True
            run_bare(labt, probe, people[:1], 1, work / "warmup")
            run_optout(labt, probe, people[:1], 1, work / "warmup")
            labt.lab.latency_ms = (lo, hi)
            for c in conc:
                batch = people[:flows(c)]
                if args.explain:  # round robin, so that a slow spell of the machine hits every variant
                    by_variant: dict[str, list[dict]] = defaultdict(list)
                    for r in range(repeat):
                        for name, variant in [*EXPLAIN, ("optout run", None)]:
                            log(f"bench: concurrency {c}, {len(batch)} flows, run {r + 1}/{repeat}: {name} ...")
                            by_variant[name].append(attempt(log, name, lambda v=variant: (
                                run_optout(labt, probe, batch, c, work) if v is None
                                else run_bare(labt, probe, batch, c, work, v))))
                    explained += [{"concurrency": c, "variant": name, "summary": summarise(len(batch), runs)}
                                  for name, runs in by_variant.items()]
                    continue
                pairs = []
                for r in range(repeat):  # pairs in alternating order, A B, B A, A B ...: drift hits both
                    first = "bare" if r % 2 == 0 else "optout"
                    log(f"bench: concurrency {c}, {len(batch)} flows, pair {r + 1}/{repeat}, {first} first ...")
                    pair = attempt_pair(log, first, {
                        "bare": lambda: run_bare(labt, probe, batch, c, work),
                        "optout": lambda: run_optout(labt, probe, batch, c, work)})
                    f = pair_figures(pair)
                    log(f"bench:   ratio {f['ratio']:.3f} (optout {len(batch) / pair['optout']['wall_s']:.2f}, "
                        f"bare {len(batch) / pair['bare']['wall_s']:.2f} flows/s), start-up {f['startup_diff_s']:+.2f} s, "
                        f"CPU x{f['cpu_ratio']:.2f}; stolen {max(pair[x]['steal_cpus'] for x in ('bare', 'optout')):.3f}, "
                        f"elsewhere {max(pair[x]['foreign_cpus'] for x in ('bare', 'optout')):.3f} CPUs"
                        + (" (disturbed)" if pair["disturbed"] else ""))
                    pairs.append(pair)
                points.append(per_point(c, len(batch), pairs))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    info["elapsed_s"] = round(time.monotonic() - t_start, 1)
    log(f"bench: done in {info['elapsed_s']:.0f} s")
    result = {**info, "points": points, "explain": explained}
    if args.save:
        args.save.write_text(json.dumps(result, indent=2))
    if args.json:
        print(json.dumps(result, indent=2))
    elif args.explain:
        print_explain(explained, info)
    else:
        print_table(points, info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
