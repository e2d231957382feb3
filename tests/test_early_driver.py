"""``python -m optout run`` starts Playwright's driver before its own imports, and the browser
channel adopts that driver instead of starting a second one (optout/channels/_early_driver.py,
issue 15); a driver nobody adopts is stopped when the process exits."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from .conftest import ROOT, requires_browser


def _children(pid: int) -> list[int]:
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    raw = f.read()
            except OSError:
                continue
            if int(raw[raw.rindex(")") + 2:].split()[1]) == pid:
                out.append(int(name))
    return out


@requires_browser
async def test_the_browser_channel_runs_on_the_driver_started_early():
    """Chromium is launched by the early driver (its child), and no other driver is started."""
    from optout.channels import _early_driver
    from optout.channels.browser import BrowserChannel
    from optout.ratelimit import RateLimiter
    from optout.settings import Settings

    _early_driver.spawn()
    early = _early_driver._early
    assert early is not None and early.poll() is None
    settings = Settings()
    channel = BrowserChannel(settings.browser, settings.network, None, RateLimiter(1000))
    try:
        before = set(_children(os.getpid()))
        await channel._ensure()
        assert _early_driver._early is None  # taken
        assert early.poll() is None
        # Chromium's processes are the early driver's children; this process started no new one
        assert _children(early.pid), "Chromium was not launched by the early driver"
        assert set(_children(os.getpid())) - before == set()
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content("<p>hello</p>")
            assert await page.text() == "hello"
    finally:
        await channel.close()
    early.wait(timeout=10)  # the driver ends with the channel, as one Playwright started would


def test_an_unused_early_driver_is_stopped_at_exit():
    """A process that spawned the driver and never used it leaves no driver behind."""
    code = textwrap.dedent("""
        from optout.channels import _early_driver
        _early_driver.spawn()
        print(_early_driver._early.pid if _early_driver._early else 0, flush=True)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=30)
    assert r.returncode == 0, r.stderr
    pid = int(r.stdout.strip())
    assert pid, "no driver was started"
    assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split(")")[1][:3]


def test_an_http_run_does_not_load_playwright_for_the_early_driver():
    """Starting the driver early reads Playwright's version from its file: Playwright's Python
    package is not imported by it (a run that never opens a page does not pay for it)."""
    code = textwrap.dedent("""
        import sys
        from optout.channels import _early_driver
        _early_driver.spawn()
        print(any(m == "playwright" or m.startswith("playwright.") for m in sys.modules))
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=30)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"
