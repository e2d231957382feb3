"""The matcher's tables kept built between runs (issue 15).

Each table a score reads (the name shares, the given names by sex, the US places' populations and the
largest place of each name, the cities abroad, the pinyin syllables) is built by its own function from
its source (a file in ``data/``, or a library's table) and cost ~0.29 CPU-s a run, read before every run's
first score. Built once, a table is kept in optout's cache directory (``Settings.cache_dir``, which the
engine gives :func:`use` before the tables' thread reads them), a marshal file each, which Python reads
back for less: ``matching.preload`` 0.15-0.22 CPU-s against 0.26-0.34 built (BENCHMARKS.md, p15).

A kept file is used only when its header holds this table's key: a hash of the source's bytes, of the
module that builds the table, of optout's version, Python's (marshal's format is Python's own) and,
for a library's table, the library's own module; and only when its body's checksum holds and it reads
back as the kind of value the table is. Anything else (no file, a file unreadable, truncated, corrupt,
stale or of another version) is built from the source again and written over, with a debug line only.
Without a cache directory (a test, a script, a score outside a run) every table is built as before.
The tables are the same either way (tests/test_matching_cache.py compares them key by key).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import zlib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FORMAT = 1
_MAGIC = b"optout-matching-table\n"
_DIR: Path | None = None


def use(cache_dir: str | Path | None) -> None:
    """Keep the tables in ``cache_dir`` from now on (None: build them every time, the default)."""
    global _DIR
    _DIR = Path(cache_dir) if cache_dir is not None else None


def path_of(name: str, cache_dir: Path) -> Path:
    return cache_dir / f"matching-{name}.marshal"


def key_of(data: str | None, code: str, library: str | None = None) -> bytes:
    """The key a kept table must carry: ``data`` (a file of the matcher's package, by its bytes),
    ``code`` (the file of the module whose function builds the table) and ``library`` (a module whose
    file and version decide a library's table), with optout's version, Python's and marshal's."""
    import optout

    h = hashlib.sha256(f"{FORMAT}\0{getattr(optout, '__version__', '')}\0{sys.version}\0{marshal.version}\0".encode())
    if data is not None:
        h.update(resources.files("optout.matching").joinpath(data).read_bytes())
    h.update(b"\0" + Path(code).read_bytes())
    if library is not None:
        import importlib

        module = importlib.import_module(library)
        h.update(f"\0{getattr(module, '__version__', '')}\0".encode())
        if module.__file__:
            h.update(Path(module.__file__).read_bytes())
    return h.digest()


def _read(path: Path, key: bytes, kind: type) -> object | None:
    """The table kept in ``path`` under ``key``, or None when it is not there or not to be trusted."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + len(key) + 4
    if len(blob) < head or not blob.startswith(_MAGIC) or blob[len(_MAGIC):head - 4] != key:
        return None
    body = memoryview(blob)[head:]
    if zlib.crc32(body) != int.from_bytes(blob[head - 4:head], "big"):
        return None  # corrupt: never handed to marshal
    try:
        value = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return value if type(value) is kind else None


def _write(path: Path, key: bytes, value: object) -> None:
    from optout.files import private_dir, write_private

    body = marshal.dumps(value)
    private_dir(path.parent)
    write_private(path, _MAGIC + key + zlib.crc32(body).to_bytes(4, "big") + body)


def table(name: str, build: Callable[[], T], *, kind: type, data: str | None, code: str,
          library: str | None = None) -> T:
    """The table ``name`` (a ``kind``: dict, tuple, frozenset): read from the cache directory when kept
    there under its key (see :func:`key_of`), else ``build()`` and kept. Never raises for the cache: a
    table that cannot be kept is still returned."""
    cache_dir = _DIR
    if cache_dir is None:
        return build()
    try:
        key = key_of(data, code, library)
    except OSError:
        return build()  # a source unreadable: build says what is wrong
    path = path_of(name, cache_dir)
    kept = _read(path, key, kind)
    if kept is not None:
        return kept  # type: ignore[return-value]
    value = build()
    from optout.log import get_logger

    log = get_logger(__name__)
    try:
        _write(path, key, value)
    except (OSError, ValueError) as e:  # a full or read-only cache folder: built again next run
        log.debug("the matcher's table was not kept", table=name, error=type(e).__name__)
    else:
        log.debug("the matcher's table was built and kept", table=name)
    return value
