"""Faults of this machine (a full disk, a read-only folder, an I/O error), said in one line."""

from __future__ import annotations

import errno
import os
from pathlib import Path


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


#: Below this many bytes free, a write that failed with a vague I/O error is taken as a full disk.
NEARLY_FULL_BYTES = 256 * 1024


def folder_fault(folder: str | Path) -> tuple[str, bool] | None:
    """Why nothing can be written in ``folder``, when the machine is why: ``("the disk is full",
    True)``, ``("the disk is mounted read-only", False)``, ``("the folder is not writable", False)``;
    None when the folder looks writable. The bool says whether it is a full disk.

    For errors that do not say why themselves: SQLite reports a full disk while it creates its
    shared-memory file as ``SQLITE_IOERR_SHMSIZE`` ("disk I/O error") and a read-only folder as
    ``SQLITE_CANTOPEN`` ("unable to open database file")."""
    p = Path(folder)
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        st = os.statvfs(p)
    except OSError:
        return None
    if st.f_flag & os.ST_RDONLY:
        return "the disk is mounted read-only", False
    if st.f_bavail * st.f_frsize < NEARLY_FULL_BYTES:
        return "the disk is full", True
    if not os.access(p, os.W_OK | os.X_OK):
        return "the folder is not writable by this user", False
    if (limit := _file_size_limit_reached(p)) is not None:
        # a write past RLIMIT_FSIZE fails with EFBIG, which SQLite reports as "disk I/O error": for
        # the store it is a full disk (nothing more fits), this machine's and not the case's
        return f"a file-size limit of {limit} bytes (ulimit -f) stops the store's files from growing", True
    return None


#: A file this close to the file-size limit cannot take another write of SQLite's (a page, a WAL frame).
_LIMIT_MARGIN = 1024 * 1024


def _file_size_limit_reached(folder: Path) -> int | None:
    """The soft RLIMIT_FSIZE in bytes when a file in ``folder`` has grown to within a write of it."""
    try:
        import resource
    except ImportError:  # not on this OS
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return None
    try:
        with os.scandir(folder) as entries:
            sizes = [e.stat(follow_symlinks=False).st_size for e in entries if e.is_file(follow_symlinks=False)]
    except OSError:
        return None
    return soft if any(size >= soft - _LIMIT_MARGIN for size in sizes) else None
