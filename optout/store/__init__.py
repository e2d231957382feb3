"""State persistence for optout: people (sealed), cases, events, listings, requests, evidence.

Open a store with :func:`open_store`; program against :class:`Store` (``base.py``), which every
backend implements over the same schema (``migrations/``). SQLite is the one backend today;
PostgreSQL (for many workers on many machines) is meant to follow with the same API.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from optout.errors import StoreError
from optout.store.base import (
    KEEP,
    BrokerHealth,
    Case,
    Decision,
    Event,
    Evidence,
    EvidenceKind,
    Listing,
    PersonRow,
    Request,
    RequestStatus,
    StateMismatch,
    Store,
)
from optout.store.states import PARKED, CaseState, derive_state

__all__ = [
    "KEEP",
    "PARKED",
    "BrokerHealth",
    "Case",
    "CaseState",
    "Decision",
    "Event",
    "Evidence",
    "EvidenceKind",
    "Listing",
    "PersonRow",
    "Request",
    "RequestStatus",
    "StateMismatch",
    "Store",
    "derive_state",
    "open_store",
    "sqlite_path",
]


def sqlite_path(url: str | os.PathLike[str]) -> str:
    """The SQLite file a store URL or plain path names, made absolute.

    ``sqlite:////abs/optout.db`` (four slashes: absolute), ``sqlite:///rel/optout.db`` (three:
    relative), a plain path (``~`` expanded), or ``sqlite://`` / ``:memory:`` for a throw-away
    in-memory store. Other schemes raise ``StoreError`` (with any password left out).
    """
    text = os.fspath(url)
    if text in (":memory:", "sqlite://", "sqlite://:memory:", "sqlite:///:memory:"):
        return ":memory:"
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif "://" in text:
        parts = urlsplit(text)
        shown = f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
        if parts.scheme in ("postgres", "postgresql"):
            raise StoreError(f"store {shown}: the PostgreSQL store is not available yet; use a SQLite path")
        raise StoreError(f"store {shown}: unknown store URL scheme {parts.scheme!r} (use sqlite:///PATH)")
    if not text:
        raise StoreError("store: empty store path")
    return str(Path(text).expanduser().absolute())


async def open_store(url: str | os.PathLike[str]) -> Store:
    """Open the store at ``url``, creating the file and its parent directories if needed and
    applying pending migrations. Failures raise ``StoreError`` naming the path."""
    from optout.store._sqlite import SQLiteStore  # sqlite3 is loaded only when a store is opened

    return await SQLiteStore.open(sqlite_path(url))
