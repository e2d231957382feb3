"""`scripts/bench --quick` in the test run, so that the benchmark cannot rot and every CI run leaves a
record of the ratio and the start-up figures (printed, and saved to bench-results/quick.json).

A record, not a timed test: the figures are not checked against their targets here (a shared or
loaded machine would make that a coin toss); BENCHMARKS.md holds the measured ones. What is checked
is that both sides did every flow and that every figure was measured."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import requires_browser

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]


def test_bench_quick_completes_and_records_its_figures(capsys):
    out = ROOT / "bench-results" / "quick.json"
    out.parent.mkdir(exist_ok=True)
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--save", str(out)],
                       capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-3000:]
    result = json.loads(out.read_text())
    assert [p["concurrency"] for p in result["points"]] == [1, 2]
    for p in result["points"]:
        for side in ("optout", "bare"):
            s = p[side]
            assert s["flows_per_s"] > 0 and s["startup_s"] > 0 and s["cpu_s_per_flow"] > 0
            assert all(run["ok"] == p["flows"] for run in s["runs"])  # every flow confirmed
            assert all(len(run["load_1min"]) == 2 for run in s["runs"])
        assert p["ratio"] > 0
    with capsys.disabled():  # the record, in the CI log even under -q
        print("\nscripts/bench --quick (a record, not a test of the targets):\n" + r.stdout)


async def test_the_bare_scripts_evidence_variant_captures_as_optout_does():
    """`scripts/bench --explain`'s "evidence" variant adds optout's capture to the bare script: it
    must be optout's own (a full-page PNG there once made the bare side's figure unfair)."""
    import base64
    import importlib.util

    from optout.channels.browser import BrowserPage

    spec = importlib.util.spec_from_file_location("_bench_bare", ROOT / "scripts" / "_bench_bare.py")
    bare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bare)
    sent: list = []

    class FakeSession:
        async def send(self, method, params=None):
            sent.append((method, params))
            return {"data": base64.b64encode(b"\xff\xd8\xff").decode()}

    class FakeContext:
        async def new_cdp_session(self, page):
            return FakeSession()

    class FakePage:
        context = FakeContext()

    page = BrowserPage.__new__(BrowserPage)
    page._page, page._cdp, page._cdp_page, page.context = FakePage(), None, None, FakeContext()
    assert await page.screenshot() == b"\xff\xd8\xff"
    assert await bare.shoot(FakePage(), {}) == b"\xff\xd8\xff"
    assert len(sent) == 2 and sent[0] == sent[1] == ("Page.captureScreenshot", bare.SHOT)


def test_the_call_counter_counts_what_a_program_sends_playwrights_driver(tmp_path):
    """`scripts/bench calls` compares optout and the bare script by the messages each sends the
    driver and receives from it; the counter must see them (a program that only starts and stops
    Playwright sends one `initialize` and reads its reply), for a script as for a module."""
    import json
    import subprocess
    import sys

    prog = tmp_path / "prog.py"
    prog.write_text("import asyncio\nfrom playwright.async_api import async_playwright\n\n"
                    "async def main():\n    pw = await async_playwright().start()\n    await pw.stop()\n\n"
                    "asyncio.run(main())\n")
    out = tmp_path / "calls.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "_pwcount.py"), str(out), str(prog)], check=True,
                   timeout=120)
    got = json.loads(out.read_text())
    assert got["sent"] == {"initialize": 1}
    assert got["received"]["reply"] == 1 and got["received"]["__create__"] >= 1  # the answer, the objects made
    out.unlink()
    subprocess.run([sys.executable, str(ROOT / "scripts" / "_pwcount.py"), str(out), "-m", "prog"], check=True,
                   timeout=120, cwd=tmp_path)
    assert json.loads(out.read_text())["sent"] == {"initialize": 1}


def test_the_driver_tracer_stamps_what_a_program_sends_and_receives_run_as_python_would(tmp_path):
    """`scripts/bench timeline` stamps each message a program sends Playwright's driver and each
    answer (scripts/_pwtrace.py, sharing scripts/_pwrun.py with the call counter): a program that
    only starts and stops Playwright sends one `initialize` and gets its reply; and the program sees
    the `sys.argv` and `sys.path[0]` Python itself would give it, for a script as for a module."""
    import json
    import subprocess
    import sys

    prog = tmp_path / "prog.py"
    prog.write_text("import asyncio, json, sys\nfrom playwright.async_api import async_playwright\n\n"
                    "async def main():\n    pw = await async_playwright().start()\n    await pw.stop()\n\n"
                    "json.dump([sys.argv, sys.path[0]], open('seen.json', 'w'))\nasyncio.run(main())\n")
    out, seen = tmp_path / "trace.json", tmp_path / "seen.json"
    for args, argv in (([str(prog), "a"], [str(prog), "a"]), (["-m", "prog", "b"], [str(prog), "b"])):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "_pwtrace.py"), str(out), *args], check=True,
                       timeout=120, cwd=tmp_path)
        events = json.loads(out.read_text())
        kinds = [kind for _, kind, _ in events]
        assert kinds[:3] == ["start", "import", "call"] and kinds[-2:] == ["reply", "exit"], kinds
        call = events[2][2]
        assert call.startswith(".initialize #") and events[-2][2] == call.split(" ")[1]  # the reply answers it
        assert [t for t, _, _ in events] == sorted(t for t, _, _ in events)
        assert json.loads(seen.read_text()) == [argv, str(tmp_path)]
        out.unlink()
