"""Playwright's driver started before optout imports anything, for ``optout run`` (issue 15).

Playwright's driver is a Node.js process that takes ~0.5 s to boot (up to ~1 s on a loaded
machine) before it answers. The bare benchmark script starts it ~0.15 s after its own start;
``optout run`` reached that point only after its own imports, settings, store and catalogue index
and Playwright's Python client (~0.3-0.6 s), and Chromium's launch waits for the boot. So
``python -m optout run`` (``optout/__main__.py``) spawns the driver first, with the standard
library only, and the browser channel's first start adopts it (:func:`adopt`): the boot overlaps
optout's own start-up on the other CPU instead of following it.

The driver is the one Playwright's own client would spawn (the same Node.js, ``cli.js
run-driver``, environment and pipes), so what runs is unchanged; only when it starts. A run that
never starts the browser (no people, e-mail brokers only, an error) leaves it unused: it is told
to stop (its stdin closed, as Playwright's client does) when the process exits. If the installed
Playwright's client no longer has the transport this adopts (``adopt`` checks), the early driver
is stopped and Playwright starts its own as before.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

_early: subprocess.Popen | None = None


def spawn() -> None:
    """Start Playwright's driver now, as its client would (``playwright._impl.transport``,
    ``_driver``), without importing Playwright. Any failure leaves nothing started: the client
    then starts the driver itself and reports what is wrong."""
    global _early
    if _early is not None:
        return
    try:
        spec = importlib.util.find_spec("playwright")
        if spec is None or not spec.submodule_search_locations:
            return
        driver = Path(next(iter(spec.submodule_search_locations))) / "driver"
        node = os.getenv("PLAYWRIGHT_NODEJS_PATH") or str(driver / "node")
        cli = driver / "package" / "cli.js"
        if not cli.is_file() or not Path(node).is_file():
            return
        # the version Playwright's client tells its driver, read from its file: importing even the
        # package would load Playwright into a run that may not use the browser (tests/test_startup.py)
        found = re.search(r"\bversion = ['\"]([^'\"]+)", (driver.parent / "_repo_version.py").read_text())
        version = found.group(1) if found else ""
        env = dict(os.environ, PW_LANG_NAME="python",
                   PW_LANG_NAME_VERSION=f"{sys.version_info.major}.{sys.version_info.minor}",
                   PW_CLI_DISPLAY_VERSION=version)
        _early = subprocess.Popen([node, str(cli), "run-driver"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=None, env=env, close_fds=True)
    except (OSError, ValueError):
        _early = None
        return
    atexit.register(_stop_unused)


def _stop_unused() -> None:
    """At exit: a driver nobody adopted is told to stop (its stdin closed), and waited for."""
    global _early
    proc, _early = _early, None
    if proc is not None:
        _stop(proc)


def take() -> subprocess.Popen | None:
    """The early driver, once (None: none was started, or it has already exited)."""
    global _early
    proc, _early = _early, None
    if proc is not None and proc.poll() is not None:
        return None
    return proc


class _Process:
    """What Playwright's PipeTransport uses of an ``asyncio.subprocess.Process``: ``stdin`` (a
    StreamWriter), ``stdout`` (a StreamReader) and ``communicate()`` (wait for the exit)."""

    def __init__(self, popen: subprocess.Popen, reader: Any, writer: Any):
        self.popen, self.stdout, self.stdin = popen, reader, writer
        self.pid = popen.pid

    async def communicate(self) -> tuple[None, None]:
        import asyncio

        await asyncio.to_thread(self.popen.wait)
        return None, None


def adopt() -> Any:
    """Playwright's client, started on the early driver when there is one: what
    ``async_playwright().start()`` returns. Without one (or with a Playwright whose client this
    does not know), ``async_playwright().start()`` itself."""
    import asyncio

    from playwright.async_api import async_playwright

    proc = take()
    try:
        from playwright._impl import out_of_process, transport
    except ImportError:
        out_of_process = transport = None  # type: ignore[assignment]
    if proc is None or out_of_process is None or getattr(out_of_process, "PipeTransport", None) is not transport.PipeTransport:
        if proc is not None:
            _stop(proc)
        return async_playwright().start()

    class Adopting(transport.PipeTransport):  # type: ignore[name-defined,misc]
        async def connect(self) -> None:
            self._stopped_future = asyncio.Future()
            loop = asyncio.get_running_loop()
            try:
                reader = asyncio.StreamReader(limit=32768)
                await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), proc.stdout)
                wt, wp = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, proc.stdin)
                writer = asyncio.StreamWriter(wt, wp, None, loop)
            except Exception as exc:
                self.on_error_future.set_exception(exc)
                raise
            self._proc = _Process(proc, reader, writer)
            self._output = writer

    async def start() -> Any:
        out_of_process.PipeTransport = Adopting  # read once, as the client is made (below, before any wait)
        try:
            return await async_playwright().start()
        finally:
            out_of_process.PipeTransport = transport.PipeTransport

    return start()


def _stop(proc: subprocess.Popen) -> None:
    """Tell a driver to stop as Playwright's client does (its stdin closed), wait for it (5 s at
    most), and kill it if it does not."""
    try:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        proc.kill()
