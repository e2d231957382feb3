"""Disk space: refuse to start a run without room, and keep a reserve for stopping cleanly.

A run writes evidence files (sealed screenshots and pages, ~50-500 kB a case) and store rows. When
the disk fills mid-run, SQLite cannot record outcomes and cannot checkpoint its WAL into the
database file, so the WAL keeps the space and every later command fails until the disk grows.
Two defences:

- :func:`preflight` refuses to start below ``worker.min_free_mb`` and says how much is needed;
- a **reserve** file (``<data_dir>/.reserve``, :data:`RESERVE_BYTES` of zeros) is laid down when a
  run starts and deleted at the first "disk full": the space it frees lets the running cases record
  how they ended and lets the store checkpoint and truncate its WAL on close. The next run refuses to
  start until space is freed, and lays the reserve down again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from optout.errors import MachineFault
from optout.files import FILE_MODE

RESERVE_NAME = ".reserve"
RESERVE_BYTES = 4 * 1024 * 1024


def free_mb(path: Path) -> float:
    """Megabytes free to this user on the file system holding ``path`` (or its nearest parent)."""
    p = Path(path)
    while not p.exists() and p != p.parent:
        p = p.parent
    return shutil.disk_usage(p).free / 1e6


def recovery_hint(data_dir: Path, lang: str | None = "en") -> str:
    """What to do after a full disk stopped a run, in ``lang`` (the catalogue's ``cli:hint.disk``,
    English and Spanish; English for any other language): free space on the disk holding
    ``data_dir`` or move the data directory, then run again."""
    from optout.clock import hint

    return hint("disk", lang, data_dir=data_dir)


def preflight(data_dir: Path, min_free_mb: float) -> None:
    """Raise :class:`MachineFault` (one line: how much is free, how much is needed, what to do)
    when the disk holding ``data_dir`` has less than ``min_free_mb`` free beyond the reserve;
    otherwise lay the reserve down."""
    have = free_mb(data_dir) + (reserve_size(data_dir) / 1e6)
    need = min_free_mb + RESERVE_BYTES / 1e6
    if have < need:
        raise MachineFault(f"only {have:.0f} MB free on the disk holding {data_dir}; a run needs at least "
                           f"{need:.0f} MB (worker.min_free_mb + a {RESERVE_BYTES // 1_000_000} MB reserve): "
                           + recovery_hint(data_dir).split(", then")[0])  # an error's words: English
    ensure_reserve(data_dir)


def reserve_size(data_dir: Path) -> int:
    try:
        return (Path(data_dir) / RESERVE_NAME).stat().st_size
    except OSError:
        return 0


def ensure_reserve(data_dir: Path) -> None:
    """Lay the reserve down (best effort: a file system without room for it is caught by preflight).
    Its blocks are allocated (``posix_fallocate``), not sparse: they are really taken from the disk,
    without 4 MB of zeros written through the page cache (0.1-0.4 s at a run's start on a busy
    machine, issue 15). Where the file system cannot allocate, zeros are written."""
    path = Path(data_dir) / RESERVE_NAME
    if reserve_size(data_dir) >= RESERVE_BYTES:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), FILE_MODE)
            try:
                os.posix_fallocate(f.fileno(), 0, RESERVE_BYTES)
            except OSError as e:
                if e.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise
                f.write(b"\0" * RESERVE_BYTES)  # written, not sparse: the blocks must really be taken
                f.flush()
                os.fsync(f.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()


def release_reserve(data_dir: Path) -> bool:
    """Delete the reserve (the disk is full): True if there was one to free."""
    try:
        (Path(data_dir) / RESERVE_NAME).unlink()
        return True
    except OSError:
        return False
