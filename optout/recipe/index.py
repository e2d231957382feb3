"""The compiled catalogue index: one small line per recipe file, so a command pays only for the
recipes it uses.

Parsing and validating a recipe (YAML, then the pydantic schema) costs about 2 ms; with ~950 recipes
in ``brokers/`` (and a catalogue meant to grow past 2,000) every command used to pay seconds before
doing anything. The index keeps, per file, what a command needs to *choose* recipes without reading
them (``IndexEntry``: id, name, channels, domains, jurisdictions, lab or not, inputs, limits, path) or
the file's load error, and it is kept on disk (a JSON file in a cache directory) between commands.

**Invalidation is by file content.** An entry is reused only while its file is unchanged:

- same size and modification time (``st_mtime_ns``) as when the entry was made: reused without
  reading the file (one ``stat`` per file: ~5,000 files in a few tens of ms);
- otherwise the file is read and hashed (SHA-256): the same bytes (a ``git checkout``, a copy, a
  ``touch``) reuse the entry; other bytes are parsed and validated again;
- a file modified within ``RACY_NS`` of the moment its entry was made is hashed on every load until
  it is older, because a second write within the file system's timestamp granularity could keep
  size and mtime (git's "racily clean" entries, Documentation/technical/racy-git.txt);
- the whole index is rebuilt when the code that validates recipes changes (``code_fingerprint``:
  a hash of every source an entry or a load error depends on, ``SOURCES``: the recipe package,
  the person model, the URL and YAML-shape checks, the errors, and the law tables a letter is
  checked against, ``GDPR_COUNTRIES`` among them; and the installed YAML and pydantic libraries
  and Python, ``LIBRARIES``), when the recipe directories
  differ, or when the file is missing or unreadable.

Files that appeared are parsed, files that went away are dropped. A cache that cannot be written
(read-only disk) only costs the next command the same parsing again.

This module reads no YAML and imports no schema: the parser is passed in (``optout.recipe.loader``
does), so that choosing recipes never imports pydantic's recipe models.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from optout.recipe.schema import Recipe

#: Bump when ``IndexEntry`` or the file layout changes.
FORMAT = 2
#: A file modified this close (ns) to its entry's making is re-hashed on each load (see module doc).
RACY_NS = 2_000_000_000


class IndexEntry(NamedTuple):
    """What is known of one valid recipe without parsing it.

    ``channel`` is the opt-out's channel (browser, http, email, manual, parent), ``scan`` the scan's
    channel or None (e-mail-only and manual brokers have no search); ``lab`` is true for the broker
    lab's recipes (``verified.status: lab``); ``health`` is ``verified.status``; ``verified_on`` an
    ISO date or None; ``jurisdictions`` as the recipe writes them (``US``, ``US-CA``, ``EU``…);
    ``domains`` every host the broker uses (mirrors' domains in ``mirror_domains``); ``inputs`` the
    person's fields it may receive; ``per_minute``/``concurrency`` its own limits, or None; ``flags``
    its public-register flags (``minors``, ``fcra``…); ``path`` the file it came from."""

    id: str
    name: str
    path: str
    channel: str
    scan: str | None
    domains: tuple[str, ...]
    mirror_domains: tuple[str, ...]
    jurisdictions: tuple[str, ...]
    lab: bool
    health: str
    verified_on: str | None
    family: str | None
    via: str | None
    inputs: tuple[str, ...]
    per_minute: float | None
    concurrency: int | None
    flags: tuple[str, ...]
    #: The US states whose residents alone this route serves (``legal.residents``: California's DROP).
    residents: tuple[str, ...] = ()
    #: California's DROP reaches this broker (``Recipe.drop_covers``).
    drop_covers: bool = False

    @classmethod
    def from_recipe(cls, recipe: Recipe, path: str | Path) -> IndexEntry:
        return cls(
            id=recipe.id, name=recipe.name, path=str(path), channel=recipe.optout.channel,
            scan=recipe.scan.channel if recipe.scan else None, domains=tuple(recipe.domains),
            mirror_domains=tuple(m.domain for m in recipe.mirrors), jurisdictions=tuple(recipe.jurisdictions),
            lab=recipe.lab, health=str(recipe.verified.status.value),
            verified_on=recipe.verified.on.isoformat() if recipe.verified.on else None,
            family=recipe.family, via=recipe.optout.via, inputs=tuple(recipe.inputs),
            per_minute=recipe.limits.per_minute, concurrency=recipe.limits.concurrency, flags=tuple(recipe.flags),
            residents=tuple(recipe.legal.residents), drop_covers=recipe.drop_covers,
        )

    def to_row(self) -> list[Any]:
        """The entry's values in field order (the index file stores rows, not dicts: half the size)."""
        return [getattr(self, f) for f in _FIELDS]

    @classmethod
    def from_row(cls, row: list[Any]) -> IndexEntry:
        for i in _TUPLES:
            row[i] = tuple(row[i])
        return cls._make(row)


#: (A named tuple, not a frozen dataclass: built from a row in C, ~5 ms instead of ~25 for 5,000
#: entries, which `recipe list` and every run read; immutable and compared by value all the same.)
_FIELDS = list(IndexEntry._fields)
_TUPLES = [i for i, name in enumerate(_FIELDS)
           if getattr(t := IndexEntry.__annotations__[name], "__forward_arg__", str(t)).startswith("tuple")]


@dataclass
class FileRecord:
    """One recipe file as last seen: its signature, and its entry or its load error (a one-line
    message naming the file and field)."""

    size: int
    mtime_ns: int
    sha256: str
    entry: IndexEntry | None
    error: str | None
    racy: bool = False
    #: the load error's reason code, parameters and file (``source``), for a reader of another
    #: language (``loader._kept_error``); None: English only
    why: dict[str, Any] | None = None


#: Parses one file's bytes into a recipe (raising ``RecipeError``): ``loader.recipe_from_bytes``.
#: Called with the file's path (a ``Path``) only for files that changed.
Parser = Callable[[bytes, Path], "Recipe"]


#: A recipe file's name: ``*.y*ml`` as ``fnmatch`` reads it (``fnmatch.translate``), compiled once.
_RECIPE_NAME = re.compile(fnmatch.translate("*.y*ml"))


def recipe_files(dirs: Iterable[str | Path]) -> list[str]:
    """Every recipe file (``*.y*ml``) under ``dirs``, in load order: each directory's files in
    path order, as ``sorted(Path(d).rglob(...))`` gives them; any path through a ``fixtures``
    folder is skipped; a link to a folder is not followed (as ``os.walk``). One ``scandir`` per
    folder, its names sorted and walked in that order, is path order without sorting the paths
    (pathlib cost ~0.1 s on 5,000 files, ``os.walk`` with a sort by parts ~0.05 s)."""
    out: list[str] = []

    def walk(folder: str) -> None:
        try:
            with os.scandir(folder) as it:
                found = sorted((e.name, e) for e in it)
        except OSError:
            return  # as os.walk: a folder that cannot be read has no recipes
        for name, entry in found:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if name != "fixtures" and not entry.is_symlink():
                    walk(entry.path)
            elif _RECIPE_NAME.match(name):
                out.append(entry.path)

    for d in dirs:
        root = str(d)
        if "fixtures" in Path(root).parts:
            continue
        walk(root)
    return out


#: Every source, relative to the ``optout`` package, that decides whether a recipe is valid, what
#: its entry holds or what its load error says: the recipe package, the person model (template
#: fields), US states, the host check of navigate URLs, the YAML shape check, the error family (a
#: load error's words are kept in the index) and the reason codes (its code, ``reasons.CODES``), and the law tables the loader checks a letter
#: against (``optout/mail/_letters.py``: ``letter: gdpr`` needs a country in ``GDPR_COUNTRIES``), with
#: the packages' ``__init__`` files those imports run. ``tests/test_catalogue_index.py`` loads every
#: recipe and holds this list to each optout module the loading imported: a new input of the
#: index is a new line here, or that test fails.
SOURCES: tuple[str, ...] = ("__init__.py", "recipe/*.py", "person.py", "usstates.py", "urls.py", "yamlshape.py",
                            "errors.py", "reasons.py", "mail/__init__.py", "mail/_letters.py")
#: The libraries that parse and validate a recipe: a new version of one (``pip install -U``) may
#: accept, refuse or read a file differently, so it rebuilds the index like a change to
#: :data:`SOURCES`. Each is known by its installed files' size and modification time (a reinstall
#: rewrites them), found without importing it: ``importlib.metadata`` would cost ~50-200 ms per
#: command, ``find_spec`` and a ``stat`` well under 1 ms.
LIBRARIES: tuple[str, ...] = ("pydantic", "pydantic_core", "yaml")


def _library_marks(names: Iterable[str] | None = None) -> str:
    """``name:size:mtime_ns`` of each library's package files (its ``__init__`` and the ``version``
    module or compiled core beside it), or ``name:-`` when it is not installed."""
    import importlib.util
    import sys

    marks = [sys.version.split()[0]]
    for name in LIBRARIES if names is None else names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            marks.append(f"{name}:-")
            continue
        origin = Path(spec.origin)
        beside = ("version.", "_version.", "_pydantic_core.", "_yaml.")
        files = [origin, *sorted(p for p in origin.parent.iterdir() if p.name.startswith(beside))]
        for f in files:
            try:
                st = f.stat()
            except OSError:
                continue
            marks.append(f"{name}/{f.name}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(marks)


def code_fingerprint(pkg: Path | None = None) -> str:
    """A hash of :data:`SOURCES` (in ``pkg``, the installed ``optout`` package unless given) and of
    the installed :data:`LIBRARIES` and Python: what decides whether a recipe is valid and what its
    entry or its load error holds."""
    import optout

    pkg = pkg or Path(optout.__file__).parent
    h = hashlib.sha256(f"{FORMAT}:{getattr(optout, '__version__', '')}\n{_library_marks()}".encode())
    for pattern in SOURCES:
        for f in sorted(pkg.glob(pattern)):
            with contextlib.suppress(OSError):
                h.update(f.relative_to(pkg).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def cache_file(cache_dir: str | Path, dirs: Iterable[str | Path]) -> Path:
    """Where the index of these recipe directories is kept inside ``cache_dir``."""
    key = hashlib.sha256("\0".join(str(Path(d).resolve()) for d in dirs).encode()).hexdigest()[:16]
    return Path(cache_dir) / f"catalogue-{key}.json"


def _read(path: Path | None, fingerprint: str) -> dict[str, FileRecord]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT or data.get("code") != fingerprint:
            return {}
        if data.get("fields") != _FIELDS:
            return {}
        return {p: FileRecord(size, mtime, sha, IndexEntry.from_row(entry) if entry else None, error, racy, why)
                for p, size, mtime, sha, racy, error, entry, why in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # missing, unreadable or from another version: rebuilt


def _write(path: Path, fingerprint: str, records: dict[str, FileRecord]) -> None:
    data = {"format": FORMAT, "code": fingerprint, "fields": _FIELDS,
            "files": [[p, r.size, r.mtime_ns, r.sha256, r.racy, r.error, r.entry.to_row() if r.entry else None, r.why]
                      for p, r in records.items()]}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".catalogue-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, separators=(",", ":"))
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old index or the new one
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@dataclass
class Scan:
    """The outcome of one ``scan_files``: each file's record, and the recipes parsed on the way
    (kept so a command that built the index does not parse them twice)."""

    records: dict[str, FileRecord]
    parsed: dict[str, Recipe]
    reparsed: int  # files parsed this time (0 when the whole index was reused)
    rehashed: int  # files read and hashed because their size or mtime had changed


def _unreadable(source: str, e: OSError) -> dict[str, Any]:
    """A file that cannot be read, as its record's ``why``: ``recipe_unreadable`` with the system's words."""
    return {"code": "recipe_unreadable", "params": {"error": str(e.strerror)}, "source": source}


def scan_files(files: list[str], parse: Parser, cache: Path | None) -> Scan:
    """The index records of ``files``, reusing ``cache`` (a file from ``cache_file``) where the
    content is unchanged and writing it back when anything changed. Never raises for a bad recipe:
    its error is the record's ``error``."""
    from optout.errors import RecipeError

    fingerprint = code_fingerprint()
    old = _read(cache, fingerprint)
    started = time.time_ns()
    records: dict[str, FileRecord] = {}
    parsed: dict[str, Recipe] = {}
    changed = len(old) != len(files)
    reparsed = rehashed = 0
    for key in files:
        try:
            st = os.stat(key)
        except OSError as e:
            records[key] = FileRecord(0, 0, "", None, f"{key}: cannot read ({e.strerror})",
                                      why=_unreadable(key, e))
            changed = True
            continue
        rec = old.get(key)
        if rec is not None and not rec.racy and rec.size == st.st_size and rec.mtime_ns == st.st_mtime_ns:
            records[key] = rec
            continue
        path = Path(key)
        try:
            raw = path.read_bytes()
        except OSError as e:
            records[key] = FileRecord(0, 0, "", None, f"{path}: cannot read ({e.strerror})",
                                      why=_unreadable(str(path), e))
            changed = True
            continue
        digest = hashlib.sha256(raw).hexdigest()
        racy = st.st_mtime_ns >= started - RACY_NS
        if rec is not None and rec.sha256 == digest:
            rehashed += 1
            if (rec.size, rec.mtime_ns, rec.racy) != (st.st_size, st.st_mtime_ns, racy):
                changed = True
            records[key] = FileRecord(st.st_size, st.st_mtime_ns, digest, rec.entry, rec.error, racy, rec.why)
            continue
        changed = True
        reparsed += 1
        try:
            recipe = parse(raw, path)
        except RecipeError as e:
            why = getattr(e, "why", None)
            records[key] = FileRecord(st.st_size, st.st_mtime_ns, digest, None, str(e), racy,
                                      {**why.to_json(), "source": getattr(e, "source", None)} if why else None)
            continue
        parsed[key] = recipe
        records[key] = FileRecord(st.st_size, st.st_mtime_ns, digest, IndexEntry.from_recipe(recipe, path), None, racy)
    if changed and cache is not None:
        _write(cache, fingerprint, records)
    return Scan(records, parsed, reparsed, rehashed)
