"""Files optout writes: private folders (0700) and private files (0600), whatever the umask; and
the one bounded read of a file a person hands it (:func:`read_capped`).

SECURITY.md promises that nothing optout keeps is readable by other users of the machine. ``mkdir
(parents=True, mode=0o700)`` gives the mode only to the last folder (its parents get 0777 minus the
umask: 0755 under the usual 022), and ``Path.write_bytes`` gives 0666 minus the umask (0644). Every
folder and file under the data directory is made here instead, with its mode set explicitly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def private_dir(path: Path, *, under: Path | None = None) -> Path:
    """Create ``path`` and any missing parents (below ``under``, when given) as 0700 folders.
    Folders that already exist keep their mode. Raises OSError as ``mkdir`` does."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent and (under is None or p != Path(under).parent):
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(d, DIR_MODE)
            os.chmod(d, DIR_MODE)  # the umask may have taken bits away (a 0277 umask, say)
    return path


def write_private(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Write ``data`` to ``path`` as a 0600 file, atomically: a new file (never one reached through
    a symbolic or hard link already at ``path``) is written beside it and renamed over it.
    ``durable``: fsync the file before the rename. Raises OSError (a full disk: ENOSPC)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), FILE_MODE)
            f.write(data)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def is_link(path: Path) -> bool:
    """True when ``path`` itself is a symbolic link (not followed)."""
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def image_media_type(data: bytes) -> str:
    """The media type of a screenshot kept as evidence, read from its first bytes: ``image/jpeg``
    (a browser page's, since issue 15) or ``image/png`` (a rendered http page's, and everything
    kept before). Raises nothing: anything else is called ``application/octet-stream``."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    return "application/octet-stream"


class TooLarge(ValueError):
    """A file handed to optout holds more than the door it came through takes: ``limit`` bytes."""

    def __init__(self, path: Path, limit: int):
        self.path, self.limit = Path(path), limit
        super().__init__(f"{path}: larger than {limit} bytes")


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, read only up to ``limit`` bytes (plus one, to see
    that there is more): a profile, a clinic's sheet, a note, a signed form, a DROP export.

    Every file a person gives optout goes through here, so a 50 MB sheet or a disk image named
    ``clients.csv`` is refused at once instead of being read whole into memory and parsed for
    a quarter of an hour (issue trial36: a 50 MB CSV ran 10 minutes at 1.6 GB before it was
    stopped), and a named pipe or a device (``/dev/zero``) is refused instead of blocking or
    reading for ever. Raises ``TooLarge`` over ``limit``; ``OSError`` as ``open`` does (missing:
    ``FileNotFoundError``; a folder: ``IsADirectoryError``); ``OSError(EINVAL, "not a regular
    file")`` for anything else that is not a regular file. Symbolic links are followed."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens without a writer
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(path, limit)
    return data
