"""Faults of this machine (a full disk, a read-only folder, an I/O error), said in one line."""

from __future__ import annotations

import errno


def fault_message(e: BaseException) -> str:
    """One line on a fault of this machine: what failed and why (the OS's words), and the path
    when there is one (paths under the data directory are opaque: case ids and times)."""
    if isinstance(e, OSError):
        where = f" ({e.filename})" if e.filename else ""
        why = e.strerror or type(e).__name__
        if e.errno == errno.ENOSPC:
            why = "the disk is full"
        return f"a fault of this machine: {why}{where}; the case runs again once it is fixed"
    return f"a fault of this machine: {e}; the case runs again once it is fixed"
