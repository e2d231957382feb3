"""State persistence for optout: people (sealed), cases, events, listings, requests, evidence.

Open a store with :func:`open_store`; program against :class:`Store` (``base.py``), which every
backend implements over the same schema (``migrations/``): SQLite (one file, the default) and
PostgreSQL (one database shared by many workers on many machines).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from optout.errors import StoreError
from optout.store.base import (
    KEEP,
    NOTHING_SENT,
    BrokerHealth,
    Case,
    Decision,
    Event,
    Evidence,
    EvidenceKind,
    Finish,
    Listing,
    PersonRow,
    Request,
    RequestStatus,
    RUN_SOURCES,
    RunRecord,
    StateMismatch,
    Store,
    recognised_at,
)
from optout.store.states import PARKED, CaseState, derive_state

__all__ = [
    "KEEP",
    "NOTHING_SENT",
    "PARKED",
    "BrokerHealth",
    "Case",
    "CaseState",
    "Decision",
    "Event",
    "Evidence",
    "Finish",
    "EvidenceKind",
    "Listing",
    "PersonRow",
    "Request",
    "RequestStatus",
    "RUN_SOURCES",
    "RunRecord",
    "StateMismatch",
    "Store",
    "derive_state",
    "is_postgres_url",
    "open_store",
    "recognised_at",
    "sqlite_path",
]


def sqlite_path(url: str | os.PathLike[str]) -> str:
    """The SQLite file a store URL or plain path names, made absolute.

    ``sqlite:////abs/optout.db`` (four slashes: absolute), ``sqlite:///rel/optout.db`` (three:
    relative), a plain path (``~`` expanded), or ``sqlite://`` / ``:memory:`` for a throw-away
    in-memory store. Other schemes (PostgreSQL's included: see :func:`open_store`) raise
    ``StoreError`` (with any password left out).
    """
    text = os.fspath(url)
    if text in (":memory:", "sqlite://", "sqlite://:memory:", "sqlite:///:memory:"):
        return ":memory:"
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif "://" in text:
        parts = urlsplit(text)
        shown = f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
        if parts.scheme in POSTGRES_SCHEMES:
            raise StoreError(f"store {shown}: a PostgreSQL URL names no SQLite file")
        raise StoreError(f"store {shown}: unknown store URL scheme {parts.scheme!r} (use sqlite:///PATH)")
    if not text:
        raise StoreError("store: empty store path")
    return str(Path(text).expanduser().absolute())


POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres_url(url: str | os.PathLike[str]) -> bool:
    """Whether ``url`` names a PostgreSQL database (``postgresql://…`` or ``postgres://…``)."""
    return urlsplit(os.fspath(url)).scheme in POSTGRES_SCHEMES and "://" in os.fspath(url)


async def open_store(url: str | os.PathLike[str], *, read_only: bool = False) -> Store:
    """Open the store at ``url`` and apply pending migrations. ``read_only`` (a command that only
    reads, such as ``optout status``): a SQLite store is opened for reading only, neither created
    nor migrated nor written, so it serves from a read-only disk or folder; a PostgreSQL store is
    opened as always (the server holds its files).

    ``postgresql://user:password@host:5432/dbname`` (or ``postgres://``; any libpq URL, query
    parameters such as ``?sslmode=require`` included) opens a PostgreSQL database, which must
    exist; anything else is a SQLite file (:func:`sqlite_path`), created with its parent
    directories if needed. Failures raise ``StoreError`` naming the path or the URL without its
    password."""
    if is_postgres_url(url):
        try:
            from optout.store._postgres import PostgresStore
        except ImportError as e:  # psycopg is an optional dependency
            parts = urlsplit(os.fspath(url))
            shown = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
            raise StoreError(
                f"store {shown}: the PostgreSQL store needs psycopg: pip install 'optout[postgres]'"
            ) from e
        return await PostgresStore.open(os.fspath(url))
    from optout.store._sqlite import SQLiteStore  # sqlite3 is loaded only when a store is opened

    return await SQLiteStore.open(sqlite_path(url), read_only=read_only)
