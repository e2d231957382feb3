"""``python -m optout``: the command line, and a prompt exit once a command is done.

When a command returns, what it owns is closed (the store, the browser, the mailbox). What an
ordinary exit does next is tear the interpreter's heap down object by object (recipes, name tables,
every imported module): 0.3 s on a quiet machine and up to 0.9 s on a busy one at the end of each
``optout run``, cron pass or ``status`` (issue 15; strace shows no system call between the last exit
handler and the heap's munmaps). So the process does what an ordinary exit does that matters (waits
for its non-daemon threads, runs the exit handlers: log flushing, finalizers such as a temporary
folder's removal; flushes stdout and stderr) and then leaves with the command's status. A command
that raises goes the ordinary way, traceback and all; so does a script that runs this module with
``runpy`` (it gets its ``SystemExit``). The installed ``optout`` command (the console script
pyproject.toml declares) enters through :func:`console`, and leaves the same prompt way.
"""

import atexit
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator


#: The signals that stop a command the way SIGTERM does before it sets its own handlers: SIGTERM, and
#: SIGHUP (its terminal closed while it started, t52: it ended silently, nothing handed back or said),
#: unless SIGHUP is ignored (``nohup``: the command is meant to outlive its terminal).
STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def _stopped(signum: int, frame: object) -> None:
    """SIGTERM or SIGHUP before the command sets its own handlers (or in one that sets none): raise
    ``optout.errors.StoppedBySignal`` where the process is, so that it says so in one line and
    exits with the right status (``optout.cli.stopped_line``), instead of dying silently with 143."""
    from optout.errors import StoppedBySignal

    raise StoppedBySignal(signum)


def stop_quietly_never() -> None:
    """Install :func:`_stopped` for :data:`STOPPING` (SIGHUP left alone when ignored: ``nohup``): first
    thing, with the standard library only."""
    for sig in STOPPING:
        with contextlib.suppress(ValueError, OSError):  # not the main thread (a test's runpy): leave it
            if signal.getsignal(sig) is not signal.SIG_IGN:
                signal.signal(sig, _stopped)



def early(argv: list[str]) -> None:
    """For ``optout run``: Playwright's driver boots (~0.5 s of Node.js) while optout imports and
    opens its store, not after; the browser channel adopts it (optout/channels/_early_driver.py,
    issue 15). Called before optout's own imports. Not for ``run --due`` (a scheduled pass, often
    with nothing due: nobody waits for its start, and an unused driver's boot is CPU spent)."""
    if argv[1:2] == ["run"] and "--due" not in argv:
        with signals_held():
            from optout.channels import _early_driver
        _early_driver.spawn()


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGTERM, SIGHUP and Ctrl-C wait while modules are imported, and arrive on leaving (raising there).
    One that lands inside an import leaves a half-made module behind (asyncio's, say), and the
    import of the one line that says the command was stopped then fails with a traceback
    (``NameError: name 'base_events' is not defined``, seen with a SIGTERM 0.75 s after the lab's
    start). Not around starting a child process: it would inherit the held signals."""
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {*STOPPING, signal.SIGINT})
    except (AttributeError, OSError, ValueError):  # no pthread_sigmask here: as before
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def main() -> int:
    """The command line (``optout.cli.main``), imported only after :func:`early`. A SIGTERM, SIGHUP or
    Ctrl-C before then, or while it is imported, is said in one line too (``optout.cli`` says one
    that comes later)."""
    stop_quietly_never()
    try:
        early(sys.argv)
        with signals_held():
            from optout.cli import main as cli_main
    except BaseException as e:
        from optout.errors import StoppedBySignal

        if not isinstance(e, (StoppedBySignal, KeyboardInterrupt)):
            raise
        with signals_held():
            from optout.cli import stopped_line
        return stopped_line(e, sys.argv[1:])
    return cli_main()


def leave(code: int | None) -> None:
    """Exit now with ``code`` (None: 0), after the non-daemon threads, the exit handlers and a
    flush of stdout/stderr; the heap is not torn down."""
    for t in threading.enumerate():
        if t is not threading.main_thread() and not t.daemon:
            t.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`optout status | head`)
            stream.flush()
    os._exit(code or 0)


def console() -> None:
    """The installed ``optout`` command's entry point (``[project.scripts]``): the command, then
    :func:`leave`, as ``python -m optout`` does (a console script's wrapper would otherwise end
    with ``sys.exit``, and the interpreter's slow teardown)."""
    leave(main())


if __name__ == "__main__":
    if sys.argv[0] == __file__:  # `python -m optout`: this process is the command
        leave(main())
    sys.exit(main())  # run by another script (runpy.run_module)
