"""Who holds a case's lease, and whether that run is gone.

A lease's owner is ``host:pid:start:nonce``: the machine's name, the process id, the process's
start time (Linux: field 22 of ``/proc/<pid>/stat``, clock ticks since boot; elsewhere ``0``) and
a random nonce (two runs in one process, e.g. the dashboard's, never share an owner). A run on the
same host can tell that the owner is gone: no process with that id, or a process with that id that
started at another time (the id was reused). Its cases are then taken over at once instead of
after the lease runs out (``App.take_over_dead_runs``); the engine still checks a request that may
have gone out before sending anything again. A lease of another host is never judged here: it
runs out by itself.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path


def _start(pid: int) -> str | None:
    """The process's start time as the kernel counts it, or None when unknown (no /proc, gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces and parentheses: count fields after its last ')'
    return stat[stat.rfind(")") + 2:].split()[19]


def run_owner() -> str:
    """A new lease owner for this process: ``host:pid:start:nonce``."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start(pid) or 0}:{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class Owner:
    host: str
    pid: int
    start: str | None  # None: an owner written before start times were recorded (host:pid:nonce)


def parse(owner: str) -> Owner | None:
    parts = owner.split(":")
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    return Owner(parts[0], int(parts[1]), parts[2] if len(parts) >= 4 else None)


def gone(owner: str) -> bool:
    """The run that wrote ``owner`` ran on this machine and is no longer running. False for any
    other host, an owner it cannot read, or a process it may not signal (another user's: alive)."""
    o = parse(owner)
    if o is None or o.host != socket.gethostname():
        return False
    try:
        os.kill(o.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass
    now = _start(o.pid)
    # the id was given to a new process since (its start time differs): the owner is gone
    return o.start not in (None, "0") and now is not None and now != o.start
