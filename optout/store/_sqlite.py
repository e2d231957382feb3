"""The SQLite store: one file, WAL mode, one connection on one dedicated thread.

Why one thread: ``sqlite3`` calls block, and an asyncio worker must never block its loop; a
single-thread executor owning the only connection also serializes every call of this process
without locks. Several processes (or several ``SQLiteStore`` objects) may share a file: every
write transaction starts with ``BEGIN IMMEDIATE``, which takes SQLite's write lock up front, so
two claimers cannot read the same due rows and both lease them (a deferred transaction would read
first and only fail on the upgrade, where ``busy_timeout`` cannot help).

A cancelled caller does not stop the thread: a call that already started finishes (commits or
rolls back) as a whole.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import sqlite3
import urllib.parse
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from optout.errors import DiskFull, LeaseLost, StateChanged, StoreError, StoreUnwritable, UnknownRecord
from optout.faults import folder_fault
from optout.files import write_private
from optout.reasons import case_ref
from optout.store._rows import (
    acted_since,
    CASE_COLS,
    EVENT_COLS,
    EVIDENCE_COLS,
    LISTING_COLS,
    REQUEST_COLS,
    RUN_COLS,
    case_row,
    event_row,
    evidence_args,
    evidence_row,
    lease_lost,
    state_changed,
    decision_arg,
    listing_args,
    listing_row,
    opt_time,
    record_args,
    request_row,
    run_row,
    run_start,
    run_summary,
    sealed_bytes,
)
from optout.store.base import (
    KEEP,
    LAST_ERROR_MAX,
    REQUEST_STATUSES,
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
    StateMismatch,
    RunRecord,
    Store,
    _Keep,
    from_us,
    load_migrations,
    split_statements,
    to_us,
)
from optout.store.states import CaseState, derive_state

T = TypeVar("T")

#: SQLite's primary result codes that may hide a fault of the folder (full, read-only, not writable).
_MACHINE_CODES = frozenset({sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY})

#: ``INSERT … ON CONFLICT DO NOTHING`` needs 3.24; everything else here is older.
MIN_SQLITE_VERSION = (3, 24, 0)


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _filters(person_ids: list[str] | None, broker_ids: list[str] | None) -> tuple[str, list[Any]]:
    """Extra ``AND`` clauses for the optional person/broker filters of claims."""
    sql, params = "", []
    if person_ids is not None:
        sql += f" AND person_id IN ({_marks(len(person_ids))})"
        params += list(person_ids)
    if broker_ids is not None:
        sql += f" AND broker_id IN ({_marks(len(broker_ids))})"
        params += list(broker_ids)
    return sql, params


def _where(**equal: str | None) -> tuple[str, list[Any]]:
    """A ``WHERE`` clause for the given column = value filters (``None``: no filter)."""
    given = {k: v for k, v in equal.items() if v is not None}
    sql = " WHERE " + " AND ".join(f"{k} = ?" for k in given) if given else ""
    return sql, list(given.values())


class _EventState(NamedTuple):
    id: int
    state: str


def _finish_args(status: RequestStatus, sealed: bytes | None) -> tuple[bytes | None, int]:
    """(the sealed blob to store, whether the request counts as submitted), or ValueError."""
    if status not in REQUEST_STATUSES or status == "started":
        raise ValueError(f"finish_request needs a final status, not {status!r}")
    return (None if sealed is None else sealed_bytes(sealed)), 1 if status in ("submitted", "confirmed") else 0


def _finish(conn: sqlite3.Connection, request_id: int, status: RequestStatus, at: int, reference: str | None,
            blob: bytes | None, submitted: int) -> None:
    """A request's outcome, inside the caller's transaction (``finish_request``, ``record``)."""
    cur = conn.execute(
        "UPDATE requests SET status = ?, finished_at = ?, "
        "submitted_at = CASE WHEN submitted_at IS NULL AND ? THEN ? ELSE submitted_at END, "
        "reference = COALESCE(?, reference), sealed = COALESCE(?, sealed) WHERE id = ?",
        (status, at, submitted, at, reference, blob, request_id),
    )
    if cur.rowcount == 0:
        raise UnknownRecord(f"no request with id {request_id}")


class SQLiteStore(Store):
    """:class:`~optout.store.base.Store` on one SQLite file. Make one with :meth:`open`."""

    def __init__(self, path: str, *, read_only: bool = False):
        self.path = path
        self.where = path
        #: Opened for a command that only reads (``optout status``): nothing is created, migrated or
        #: written, so a read-only disk or folder serves it (see :meth:`_connect_read_only`).
        self.read_only = read_only
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="optout-store"
        )
        self._conn: sqlite3.Connection | None = None  # touched only on the executor's thread
        #: Requests the request ledger saw started that this file does not hold (see
        #: :meth:`_check_ledger`): a store restored without its -wal, or from an older copy.
        self.lost_requests = 0

    # ---- plumbing ---------------------------------------------------------------------------

    @classmethod
    async def open(cls, path: str, *, read_only: bool = False) -> SQLiteStore:
        """Open (creating if needed) the store at ``path`` and bring its schema up to date; with
        ``read_only``, open an existing store for reading only (every write raises ``StoreError``)."""
        store = cls(path, read_only=read_only)
        try:
            await store._call("open the store", store._connect)
        except BaseException:
            store._shutdown()
            raise
        return store

    def _shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None

    async def close(self) -> None:
        if self._executor is None:
            return
        try:
            await self._call("close the store", self._disconnect)
        finally:
            self._shutdown()

    async def _call(self, op: str, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` on the store's thread; turn SQLite and OS failures into ``StoreError``.

        ``op`` says what was being done ("claim cases"); SQLite's own messages name tables and
        columns, never values, so they are safe to pass on.
        """
        executor = self._executor
        if executor is None:
            raise StoreError(f"store {self.where}: cannot {op}: the store is closed")
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, fn, *args)
        except sqlite3.Error as e:
            code = getattr(e, "sqlite_errorcode", None)
            if code is not None and code & 0xFF == sqlite3.SQLITE_FULL:
                raise DiskFull(f"store {self.where}: cannot {op}: the disk is full") from e
            if code is not None and code & 0xFF in _MACHINE_CODES and self.path != ":memory:":
                # "disk I/O error", "unable to open database file": say what is wrong with the folder
                fault = folder_fault(os.path.dirname(os.path.abspath(self.path)))
                if fault is not None:
                    why, full = fault
                    if full:
                        raise DiskFull(f"store {self.where}: cannot {op}: {why}") from e
                    raise StoreUnwritable(f"store {self.where}: cannot {op}: the folder holding the store is "
                                          f"read-only ({why}); commands that only read, such as optout "
                                          "status, still work") from e
            raise StoreError(f"store {self.where}: cannot {op}: {e or type(e).__name__}") from e
        except OSError as e:
            if e.errno == errno.ENOSPC:
                raise DiskFull(f"store {self.where}: cannot {op}: the disk is full") from e
            raise StoreError(f"store {self.where}: cannot {op}: {e.strerror or e}") from e

    @property
    def _db(self) -> sqlite3.Connection:
        assert self._conn is not None, "store connection used before open"
        return self._conn

    @contextmanager
    def _tx(self, immediate: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction; rolled back on any error, so a call is all or nothing."""
        conn = self._db
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the original error is the one worth reporting
            raise

    def _connect(self) -> None:
        if sqlite3.sqlite_version_info < MIN_SQLITE_VERSION:
            raise StoreError(
                f"store {self.where}: SQLite {sqlite3.sqlite_version} is too old "
                f"(optout needs {'.'.join(map(str, MIN_SQLITE_VERSION))} or later)"
            )
        if self.read_only and self.path != ":memory:":
            self._connect_read_only()
            return
        if self.path != ":memory:":
            _create_private(self.path)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA journal_mode = WAL")  # first read of the file: a bad one fails here
            conn.execute("PRAGMA foreign_keys = ON")
            # after each checkpoint the WAL is cut back to 4 MB: a WAL grown by a long batch (or by
            # a full disk, when checkpoints could not run) does not keep its space afterwards
            conn.execute("PRAGMA journal_size_limit = 4194304")
            # FULL: a commit survives power loss; a lost 'submitted' could mean a second submission.
            conn.execute("PRAGMA synchronous = FULL")
            # Deleted rows (a removed person) are overwritten, not left readable in free pages.
            conn.execute("PRAGMA secure_delete = ON")
            self._conn = conn
            self._migrate()
            self._check_ledger()
        except BaseException:
            self._conn = None
            conn.close()
            raise

    def _connect_read_only(self) -> None:
        """Open the store for reading only (``PRAGMA query_only``): where its folder cannot be
        written, with SQLite's ``mode=ro`` (it still takes the WAL's shared memory, so a worker
        writing meanwhile is seen consistently). A WAL database whose folder
        cannot hold that shared-memory file (SQLite's "unable to open database file") is opened
        ``immutable`` only when its disk is mounted read-only: then nothing can be writing to it,
        which is what ``immutable`` promises (https://www.sqlite.org/uri.html#uriimmutable). A
        store whose schema is older than this optout cannot be brought up to date here: said."""
        if not os.path.exists(self.path):
            raise StoreError(f"store {self.where}: no store here; run `optout init` for a new one")
        base = "file:" + urllib.parse.quote(os.path.abspath(self.path))
        folder = os.path.dirname(os.path.abspath(self.path))
        # where the store could be written, its connection is an ordinary one told to only read
        # (query_only): its close checkpoints and removes the -wal and -shm files as every command's
        # does, where a mode=ro connection would leave them behind in the data directory
        writable = os.access(folder, os.W_OK | os.X_OK) and os.access(self.path, os.W_OK)
        conn = sqlite3.connect(base + ("?mode=rw" if writable else "?mode=ro"), uri=True, isolation_level=None,
                               timeout=5.0)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            try:
                applied = self._applied(conn)
            except sqlite3.OperationalError as e:
                code = getattr(e, "sqlite_errorcode", 0) & 0xFF
                st = os.statvfs(os.path.dirname(os.path.abspath(self.path)))
                if code != sqlite3.SQLITE_CANTOPEN or not st.f_flag & os.ST_RDONLY:
                    raise
                conn.close()
                conn = sqlite3.connect(base + "?mode=ro&immutable=1", uri=True, isolation_level=None)
                applied = self._applied(conn)
            conn.execute("PRAGMA query_only = ON")
            if applied != {m.version for m in load_migrations()}:
                raise StoreError(f"store {self.where}: its schema is older or newer than this optout's and "
                                 "cannot be brought up to date while only reading; run a command that writes "
                                 "(optout run) where the store can be written")
            self._conn = conn
            self._check_ledger()
        except BaseException:
            self._conn = None
            conn.close()
            raise

    # ---- the request ledger: a store that lost requests is detected --------------------------
    #
    # A request row is written before anything is sent, so the store knows every request that may
    # have gone out -- unless the file is replaced by an older copy: a backup of optout.db taken
    # without its -wal (whose commits were not yet checkpointed), or an older backup. Then the cases
    # of the lost requests look never-submitted and would be submitted again. The ledger, a small
    # 0600 file beside the store, keeps the highest request id ever started (ids are AUTOINCREMENT:
    # never reused, even after a removal); a store whose own highest id is lower has lost requests.
    # Restoring the ledger from the same old backup hides the loss: the limit is in docs/BACKUP.md.

    @property
    def ledger_path(self) -> str:
        return self.path + ".requests"

    def _highest_request_id(self) -> int:
        row = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'requests'").fetchone()
        return int(row[0]) if row else 0

    def _check_ledger(self) -> None:
        if self.path == ":memory:":
            return
        try:
            with open(self.ledger_path, encoding="ascii") as f:
                seen = int(f.read().strip() or 0)
        except (OSError, ValueError):
            return
        self.lost_requests = max(0, seen - self._highest_request_id())

    def _note_request(self, request_id: int) -> None:
        """Record ``request_id`` in the ledger, durably, before the request can go out (never
        lowering it: another process sharing the store may have noted a higher one)."""
        if self.path == ":memory:":
            return
        with contextlib.suppress(OSError, ValueError), open(self.ledger_path, encoding="ascii") as f:
            request_id = max(request_id, int(f.read().strip() or 0))
        write_private(Path(self.ledger_path), f"{request_id}\n".encode("ascii"), durable=True)

    async def accept_lost_requests(self) -> None:
        """The user chose to go on with a store that lost requests: the ledger is brought down to
        what the store holds (the lost requests' cases may be submitted again)."""

        def run() -> None:
            write_private(Path(self.ledger_path), f"{self._highest_request_id()}\n".encode("ascii"), durable=True)
            self.lost_requests = 0

        await self._call("accept the lost requests", run)

    def _disconnect(self) -> None:
        if self._conn is not None and self.read_only:
            self._conn.close()
            self._conn = None
        if self._conn is not None:
            try:
                # only an optimisation: another process writing (several workers share the file)
                # may hold the lock past busy_timeout; closing must not fail for it
                with contextlib.suppress(sqlite3.OperationalError):
                    self._conn.execute("PRAGMA optimize")
            finally:
                self._conn.close()
                self._conn = None

    def _migrate(self) -> None:
        """Apply the numbered migrations not yet in ``schema_migrations``, each in order, all in
        one write transaction (so two processes opening a new file at once cannot both apply)."""
        migrations = load_migrations()
        conn = self._db
        if self._applied(conn) == {m.version for m in migrations}:
            return  # the common case, without taking the write lock
        with self._tx():
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
            )
            applied = self._applied(conn)
            newest = max(applied, default=0)
            if newest > len(migrations):
                raise StoreError(
                    f"store {self.where}: schema version {newest} is newer than this optout knows "
                    f"({len(migrations)}); upgrade optout"
                )
            for mig in migrations:
                if mig.version in applied:
                    continue
                for statement in split_statements(mig.sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (mig.version, mig.name, to_us(datetime.now(UTC))),
                )

    @staticmethod
    def _applied(conn: sqlite3.Connection) -> set[int]:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if not exists:
            return set()
        return {v for (v,) in conn.execute("SELECT version FROM schema_migrations")}

    def _require_person(self, conn: sqlite3.Connection, person_id: str) -> None:
        if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
            raise UnknownRecord.person(person_id)

    def _require_case(self, conn: sqlite3.Connection, case_id: int) -> None:
        if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
            raise UnknownRecord.case(case_id)

    def _case_row(self, conn: sqlite3.Connection, case_id: int) -> Case:
        row = conn.execute(f"SELECT {CASE_COLS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise UnknownRecord.case(case_id)
        return case_row(row)

    # ---- people -----------------------------------------------------------------------------

    async def add_person(self, person_id: str, sealed: bytes, now: datetime) -> None:
        blob, at = sealed_bytes(sealed), to_us(now)

        def run() -> None:
            with self._tx() as conn:
                if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone():
                    raise StoreError(f"a person with id {person_id} already exists")
                conn.execute(
                    "INSERT INTO people (id, sealed, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (person_id, blob, at, at),
                )

        await self._call("add a person", run)

    async def get_person(self, person_id: str) -> bytes:
        def run() -> bytes:
            row = self._db.execute("SELECT sealed FROM people WHERE id = ?", (person_id,)).fetchone()
            if row is None:
                raise UnknownRecord.person(person_id)
            return bytes(row[0])

        return await self._call("read a person", run)

    async def get_people(self, person_ids: list[str]) -> dict[str, bytes]:
        def run() -> dict[str, bytes]:
            out: dict[str, bytes] = {}
            for i in range(0, len(person_ids), 500):  # under SQLite's bound-variable limit
                chunk = person_ids[i:i + 500]
                rows = self._db.execute(f"SELECT id, sealed FROM people WHERE id IN ({','.join('?' * len(chunk))})",
                                        chunk)
                out.update((r[0], bytes(r[1])) for r in rows)
            return out

        return await self._call("read people", run) if person_ids else {}

    async def people(self) -> list[PersonRow]:
        def run() -> list[PersonRow]:
            rows = self._db.execute("SELECT id, created_at, updated_at FROM people ORDER BY created_at, id")
            return [PersonRow(r[0], from_us(r[1]), from_us(r[2]) if r[2] is not None else None) for r in rows]

        return await self._call("list people", run)

    async def update_person(self, person_id: str, sealed: bytes, now: datetime | None = None,
                            expected: bytes | None = None) -> bool:
        blob, at = sealed_bytes(sealed), to_us(now or datetime.now(UTC))
        old = sealed_bytes(expected) if expected is not None else None

        def run() -> bool:
            with self._tx() as conn:
                if old is None:
                    cur = conn.execute(
                        "UPDATE people SET sealed = ?, updated_at = ? WHERE id = ?", (blob, at, person_id))
                else:  # compare-and-swap: only the profile the caller read is replaced
                    cur = conn.execute("UPDATE people SET sealed = ?, updated_at = ? WHERE id = ? AND sealed = ?",
                                       (blob, at, person_id, old))
                if cur.rowcount == 0:
                    self._require_person(conn, person_id)
                    return False
                return True

        return await self._call("update a person", run)

    async def put_record(self, person_id: str, kind: str, sealed: bytes, now: datetime) -> None:
        blob, at = sealed_bytes(sealed), to_us(now)

        def run() -> None:
            with self._tx() as conn:
                self._require_person(conn, person_id)
                conn.execute(
                    "INSERT INTO person_records (person_id, kind, sealed, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (person_id, kind) DO UPDATE SET sealed = excluded.sealed, "
                    "updated_at = excluded.updated_at", (person_id, kind, blob, at))

        await self._call("keep a person's record", run)

    async def swap_record(self, person_id: str, kind: str, expected: bytes | None, sealed: bytes,
                          now: datetime) -> bool:
        blob, at = sealed_bytes(sealed), to_us(now)

        def run() -> bool:
            with self._tx() as conn:
                self._require_person(conn, person_id)
                if expected is None:
                    cur = conn.execute(
                        "INSERT INTO person_records (person_id, kind, sealed, updated_at) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (person_id, kind) DO NOTHING", (person_id, kind, blob, at))
                else:
                    cur = conn.execute(
                        "UPDATE person_records SET sealed = ?, updated_at = ? "
                        "WHERE person_id = ? AND kind = ? AND sealed = ?",
                        (blob, at, person_id, kind, sealed_bytes(expected)))
                return cur.rowcount == 1

        return await self._call("keep a person's record", run)

    async def get_record(self, person_id: str, kind: str) -> bytes | None:
        def run() -> bytes | None:
            row = self._db.execute("SELECT sealed FROM person_records WHERE person_id = ? AND kind = ?",
                                   (person_id, kind)).fetchone()
            return None if row is None else bytes(row[0])

        return await self._call("read a person's record", run)

    async def records_of_kind(self, kind: str) -> dict[str, bytes]:
        def run() -> dict[str, bytes]:
            rows = self._db.execute("SELECT person_id, sealed FROM person_records WHERE kind = ?", (kind,))
            return {r[0]: bytes(r[1]) for r in rows}

        return await self._call("read records", run)

    async def remove_person(self, person_id: str, suppress: Collection[str] = (),
                            now: datetime | None = None) -> list[str]:
        at = to_us(now or datetime.now(UTC))

        def run() -> list[str]:
            with self._tx() as conn:
                self._require_person(conn, person_id)
                conn.executemany("INSERT INTO suppressions (digest, removed_at) VALUES (?, ?) ON CONFLICT (digest) "
                                 "DO UPDATE SET removed_at = excluded.removed_at", [(d, at) for d in suppress])
                paths = [
                    r[0]
                    for r in conn.execute(
                        "SELECT e.path FROM evidence e JOIN cases c ON c.id = e.case_id "
                        "WHERE c.person_id = ? ORDER BY e.id",
                        (person_id,),
                    )
                ]
                of_person = "SELECT id FROM cases WHERE person_id = ?"
                # Children first: foreign keys do not cascade, on purpose (see the migration).
                conn.execute("DELETE FROM listing_keys_pending WHERE listing_id IN "
                             f"(SELECT id FROM listings WHERE case_id IN ({of_person}))", (person_id,))
                for table in ("evidence", "requests", "listings", "events"):
                    conn.execute(f"DELETE FROM {table} WHERE case_id IN ({of_person})", (person_id,))
                conn.execute("DELETE FROM cases WHERE person_id = ?", (person_id,))
                conn.execute("DELETE FROM person_records WHERE person_id = ?", (person_id,))
                conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            # Best effort: move the deleted pages out of the WAL file now, not at some later
            # checkpoint (readers elsewhere may hold it back; then it happens later). The removal
            # is committed already, so a failure here must not be reported as one.
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error:
                pass
            return paths

        return await self._call("remove a person", run)

    async def suppressed(self, digests: Collection[str]) -> dict[str, datetime]:
        wanted = list(dict.fromkeys(digests))

        def run() -> dict[str, datetime]:
            found: dict[str, datetime] = {}
            for i in range(0, len(wanted), 500):  # under SQLite's limit on a statement's parameters
                part = wanted[i:i + 500]
                rows = self._db.execute("SELECT digest, removed_at FROM suppressions WHERE digest IN "
                                        f"({', '.join('?' * len(part))})", part)
                found.update({r[0]: from_us(r[1]) for r in rows})
            return found

        return await self._call("read the removed clients", run)

    async def secret(self, name: str, sealed: bytes) -> bytes:
        def run() -> bytes:
            with self._tx() as conn:
                conn.execute("INSERT INTO vault_secrets (name, sealed) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                             (name, sealed))
                return bytes(conn.execute("SELECT sealed FROM vault_secrets WHERE name = ?", (name,)).fetchone()[0])

        return await self._call("keep a vault secret", run)

    async def swap_secret(self, name: str, expected: bytes, sealed: bytes) -> bool:
        def run() -> bool:
            with self._tx() as conn:
                cur = conn.execute("UPDATE vault_secrets SET sealed = ? WHERE name = ? AND sealed = ?",
                                   (sealed, name, expected))
                return cur.rowcount == 1

        return await self._call("keep a vault secret", run)

    # ---- cases ------------------------------------------------------------------------------

    @staticmethod
    def _insert_cases(conn: sqlite3.Connection, person_id: str, broker_ids: list[str], at: int) -> int:
        created = 0
        for broker_id in dict.fromkeys(broker_ids):  # de-duplicated, order kept
            cur = conn.execute(
                "INSERT INTO cases (person_id, broker_id, state, state_since, next_action_at, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (person_id, broker_id) DO NOTHING",
                (person_id, broker_id, CaseState.NEW.value, at, at, at),
            )
            if cur.rowcount == 1:
                conn.execute(
                    "INSERT INTO events (case_id, at, kind, state, data) VALUES (?, ?, ?, ?, NULL)",
                    (cur.lastrowid, at, "created", CaseState.NEW.value),
                )
                created += 1
        return created

    async def ensure_cases(self, person_id: str, broker_ids: list[str], now: datetime) -> int:
        at = to_us(now)

        def run() -> int:
            with self._tx() as conn:
                self._require_person(conn, person_id)
                return self._insert_cases(conn, person_id, broker_ids, at)

        return await self._call("create cases", run)

    async def ensure_cases_for(self, wanted: dict[str, list[str]], now: datetime) -> int:
        at = to_us(now)
        items = [(pid, list(ids)) for pid, ids in wanted.items() if ids]

        def run() -> int:
            with self._tx() as conn:
                for pid, _ in items:
                    self._require_person(conn, pid)
                return sum(self._insert_cases(conn, pid, ids, at) for pid, ids in items)

        return await self._call("create cases", run) if items else 0

    async def add_people(self, people: list[tuple[str, bytes, list[str]]], now: datetime) -> None:
        at = to_us(now)
        rows = [(pid, sealed_bytes(sealed), brokers) for pid, sealed, brokers in people]

        def run() -> None:
            with self._tx() as conn:
                for pid, blob, brokers in rows:
                    if conn.execute("SELECT 1 FROM people WHERE id = ?", (pid,)).fetchone():
                        raise StoreError(f"a person with id {pid} already exists")
                    conn.execute(
                        "INSERT INTO people (id, sealed, created_at, updated_at) VALUES (?, ?, ?, ?)",
                        (pid, blob, at, at),
                    )
                    self._insert_cases(conn, pid, brokers, at)

        await self._call("add people", run)

    async def claim_due(
        self,
        owner: str,
        now: datetime,
        limit: int,
        lease: timedelta,
        person_ids: list[str] | None = None,
        broker_ids: list[str] | None = None,
    ) -> list[Case]:
        at = to_us(now)
        until = to_us(now + lease)
        if lease <= timedelta(0):
            raise ValueError("a lease must be longer than zero")
        if limit <= 0 or person_ids == [] or broker_ids == []:
            return []
        extra, params = _filters(person_ids, broker_ids)
        select = (
            "SELECT id FROM cases WHERE next_action_at <= ? "
            f"AND (lease_until IS NULL OR lease_until <= ?){extra} "
            "ORDER BY next_action_at, id LIMIT ?"
        )

        def run() -> list[Case]:
            with self._tx() as conn:  # BEGIN IMMEDIATE: no other writer between select and update
                ids = [r[0] for r in conn.execute(select, (at, at, *params, limit))]
                if not ids:
                    return []
                conn.execute(
                    f"UPDATE cases SET lease_owner = ?, lease_until = ? WHERE id IN ({_marks(len(ids))})",
                    (owner, until, *ids),
                )
                rows = conn.execute(
                    f"SELECT {CASE_COLS} FROM cases WHERE id IN ({_marks(len(ids))}) "
                    "ORDER BY next_action_at, id",
                    ids,
                )
                return [case_row(r) for r in rows]

        return await self._call("claim cases", run)

    async def renew_lease(self, case_ids: list[int], owner: str, until: datetime) -> list[int]:
        end = to_us(until)
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            return []

        def run() -> list[int]:
            with self._tx() as conn:
                conn.execute(
                    f"UPDATE cases SET lease_until = ? WHERE lease_owner = ? AND id IN ({_marks(len(ids))})",
                    (end, owner, *ids),
                )
                held = conn.execute(
                    f"SELECT id FROM cases WHERE lease_owner = ? AND id IN ({_marks(len(ids))}) ORDER BY id",
                    (owner, *ids),
                )
                return [r[0] for r in held]

        return await self._call("renew leases", run)

    async def lease_owners(self, now: datetime) -> dict[str, int]:
        def run() -> dict[str, int]:
            rows = self._db.execute(
                "SELECT lease_owner, COUNT(*) FROM cases WHERE lease_owner IS NOT NULL AND lease_until > ? "
                "GROUP BY lease_owner", (to_us(now),))
            return {r[0]: r[1] for r in rows}

        return await self._call("read leases", run)

    async def take_over(self, owner: str, now: datetime) -> list[int]:
        def run() -> list[int]:
            with self._tx() as conn:
                rows = conn.execute(
                    "UPDATE cases SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND lease_until > ? "
                    "RETURNING id", (owner, to_us(now)))
                return sorted(r[0] for r in rows)

        return await self._call("take over leases", run)

    async def release(self, case_id: int, owner: str) -> bool:
        def run() -> bool:
            with self._tx() as conn:
                cur = conn.execute(
                    "UPDATE cases SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
                    (case_id, owner),
                )
                return cur.rowcount == 1

        return await self._call("release a lease", run)

    async def record(
        self,
        case_id: int,
        kind: str,
        state: CaseState,
        now: datetime,
        data: dict[str, Any] | None = None,
        next_action_at: datetime | None | _Keep = KEEP,
        last_error: str | None = None,
        attempts_delta: int = 0,
        scan_delta: int = 0,
        release_owner: str | None = None,
        owner: str | None = None,
        finish: Finish | None = None,
        expect: CaseState | None = None,
        after_event: int | None = None,
        since: datetime | None = None,
    ) -> Case:
        args = record_args(kind, state, now, data, next_action_at, last_error, attempts_delta, scan_delta)
        new_state, at, keep_due, due, payload, error = args
        done = None if finish is None else _finish_args(finish.status, finish.sealed)

        def run() -> Case:
            with self._tx() as conn:
                row = conn.execute("SELECT lease_owner, state FROM cases WHERE id = ?", (case_id,)).fetchone()
                if row is None:
                    raise UnknownRecord.case(case_id)
                if owner is not None and row[0] != owner:
                    raise LeaseLost(lease_lost(self.where, case_id, owner, row[0]))
                if expect is not None and row[1] != expect.value:
                    raise StateChanged(state_changed(case_id, expect, row[1]))
                if after_event is not None:
                    newest = conn.execute("SELECT MAX(id) FROM events WHERE case_id = ?", (case_id,)).fetchone()[0]
                    if newest != after_event:
                        raise StateChanged(acted_since(case_id))
                if finish is not None and done is not None:
                    _finish(conn, finish.request_id, finish.status, at, finish.reference, *done)
                conn.execute(
                    "INSERT INTO events (case_id, at, kind, state, data) VALUES (?, ?, ?, ?, ?)",
                    (case_id, at, kind, new_state.value, payload),
                )
                conn.execute(
                    "UPDATE cases SET "
                    "state = ?, "
                    "state_since = CASE WHEN state = ? THEN state_since ELSE ? END, "
                    "next_action_at = CASE WHEN ? THEN next_action_at ELSE ? END, "
                    "attempts = attempts + ?, scan_count = scan_count + ?, last_error = ?, "
                    "lease_until = CASE WHEN lease_owner = ? THEN NULL ELSE lease_until END, "
                    "lease_owner = CASE WHEN lease_owner = ? THEN NULL ELSE lease_owner END "
                    "WHERE id = ?",
                    (
                        new_state.value,
                        new_state.value,
                        at if since is None else to_us(since),
                        1 if keep_due else 0,
                        due,
                        attempts_delta,
                        scan_delta,
                        error,
                        release_owner,
                        release_owner,
                        case_id,
                    ),
                )
                return self._case_row(conn, case_id)

        return await self._call("record an event", run)

    async def get_case(self, case_id: int) -> Case:
        return await self._call("read a case", lambda: self._case_row(self._db, case_id))

    async def find_case(self, person_id: str, broker_id: str) -> Case | None:
        def run() -> Case | None:
            row = self._db.execute(
                f"SELECT {CASE_COLS} FROM cases WHERE person_id = ? AND broker_id = ?",
                (person_id, broker_id),
            ).fetchone()
            return None if row is None else case_row(row)

        return await self._call("find a case", run)

    async def cases(
        self,
        person_id: str | None = None,
        broker_id: str | None = None,
        states: list[CaseState] | None = None,
        limit: int | None = None,
    ) -> list[Case]:
        clauses, params = [], []
        if person_id is not None:
            clauses.append("person_id = ?")
            params.append(person_id)
        if broker_id is not None:
            clauses.append("broker_id = ?")
            params.append(broker_id)
        if states is not None:
            if not states:
                return []
            clauses.append(f"state IN ({_marks(len(states))})")
            params += [CaseState(s).value for s in states]
        sql = f"SELECT {CASE_COLS} FROM cases"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)

        def run() -> list[Case]:
            return [case_row(r) for r in self._db.execute(sql, params)]

        return await self._call("list cases", run)

    async def events(self, case_id: int) -> list[Event]:
        def run() -> list[Event]:
            rows = self._db.execute(f"SELECT {EVENT_COLS} FROM events WHERE case_id = ? ORDER BY id", (case_id,))
            return [event_row(r) for r in rows]

        return await self._call("read events", run)

    async def next_due_at(
        self,
        now: datetime,
        person_ids: list[str] | None = None,
        broker_ids: list[str] | None = None,
    ) -> datetime | None:
        at = to_us(now)
        if person_ids == [] or broker_ids == []:
            return None
        extra, params = _filters(person_ids, broker_ids)

        def run() -> datetime | None:
            with self._tx(immediate=False) as conn:
                # Unleased (or lease expired): the first in due order (the claim index).
                free = conn.execute(
                    "SELECT next_action_at FROM cases WHERE next_action_at IS NOT NULL "
                    f"AND (lease_until IS NULL OR lease_until <= ?){extra} "
                    "ORDER BY next_action_at LIMIT 1",
                    (at, *params),
                ).fetchone()
                # Leased: claimable again when the lease runs out (a worker may have died).
                leased = conn.execute(
                    "SELECT MIN(MAX(lease_until, next_action_at)) FROM cases "
                    f"WHERE lease_until > ? AND next_action_at IS NOT NULL{extra}",
                    (at, *params),
                ).fetchone()
            times = [t for t in (free[0] if free else None, leased[0]) if t is not None]
            return from_us(min(times)) if times else None

        return await self._call("find the next due case", run)

    async def summary(self, person_id: str | None = None, broker_id: str | None = None) -> dict[CaseState, int]:
        where, params = _where(person_id=person_id, broker_id=broker_id)

        def run() -> dict[CaseState, int]:
            counts = dict.fromkeys(CaseState, 0)
            for state, n in self._db.execute(f"SELECT state, COUNT(*) FROM cases{where} GROUP BY state", params):
                counts[CaseState(state)] = n
            return counts

        return await self._call("count cases", run)

    async def last_activity(self) -> dict[str, datetime]:
        def run() -> dict[str, datetime]:
            rows = self._db.execute("SELECT c.person_id, MAX(e.at) FROM events e JOIN cases c ON c.id = e.case_id WHERE e.kind <> 'created' "
                                    "GROUP BY c.person_id")
            return {pid: from_us(at) for pid, at in rows}

        return await self._call("read the latest activity", run)

    async def verify_states(self) -> list[StateMismatch]:
        def run() -> list[StateMismatch]:
            found: list[StateMismatch] = []
            # One read snapshot; cases and events are walked side by side in case-id order, so
            # memory stays at one case's history however large the store.
            with self._tx(immediate=False) as conn:
                events = conn.execute("SELECT id, case_id, state FROM events ORDER BY case_id, id")
                pending = events.fetchone()
                for case_id, cached in conn.execute("SELECT id, state FROM cases ORDER BY id"):
                    history: list[_EventState] = []
                    while pending is not None and pending[1] < case_id:
                        pending = events.fetchone()  # orphans: foreign keys make them impossible
                    while pending is not None and pending[1] == case_id:
                        history.append(_EventState(pending[0], pending[2]))
                        pending = events.fetchone()
                    try:
                        derived = derive_state(history).value
                    except ValueError:
                        derived = "invalid"
                    if derived != cached:
                        found.append(StateMismatch(case_id, cached, derived))
            return found

        return await self._call("verify case states", run)

    # ---- listings ---------------------------------------------------------------------------

    async def upsert_listings(self, case_id: int, items: list[tuple[str, bytes, float, Decision]],
                              now: datetime, *, others_gone: bool = False) -> list[Listing]:
        rows = [(key, *listing_args(sealed, key, confidence, decision), decision)
                for key, sealed, confidence, decision in items]
        at = to_us(now)

        def one(conn: sqlite3.Connection, key: str, blob: bytes, score: float, decision: Decision) -> Listing:
            old = conn.execute(
                "SELECT id, gone_at FROM listings WHERE case_id = ? AND key = ?", (case_id, key)
            ).fetchone()
            if old is None:
                listing_id = conn.execute(
                    "INSERT INTO listings (case_id, key, sealed, confidence, decision, first_seen, "
                    "last_seen, gone_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                    (case_id, key, blob, score, decision, at, at),
                ).lastrowid
            else:
                listing_id = old[0]
                conn.execute(
                    "UPDATE listings SET sealed = ?, confidence = ?, decision = ?, last_seen = ?, "
                    "gone_at = NULL WHERE id = ?",
                    (blob, score, decision, at, listing_id),
                )
            row = conn.execute(f"SELECT {LISTING_COLS} FROM listings WHERE id = ?", (listing_id,)).fetchone()
            return listing_row(row, reappeared=old is not None and old[1] is not None)

        def run() -> list[Listing]:
            with self._tx() as conn:
                self._require_case(conn, case_id)
                saved = [one(conn, *r) for r in rows]
                if others_gone:
                    self._gone(conn, case_id, {r[0] for r in rows}, at)
                return saved

        if not rows and not others_gone:
            return []
        return await self._call("save a listing" if len(rows) == 1 else "save listings", run)

    @staticmethod
    def _gone(conn: sqlite3.Connection, case_id: int, present: set[str], at: int) -> list[Listing]:
        """Mark the case's live listings whose key is not in ``present`` gone at ``at``; returns them."""
        live = conn.execute(
            "SELECT id, key FROM listings WHERE case_id = ? AND gone_at IS NULL ORDER BY id", (case_id,)
        ).fetchall()
        gone = [lid for lid, key in live if key not in present]
        if not gone:
            return []
        conn.executemany("UPDATE listings SET gone_at = ? WHERE id = ?", [(at, lid) for lid in gone])
        rows = conn.execute(
            f"SELECT {LISTING_COLS} FROM listings WHERE id IN ({_marks(len(gone))}) ORDER BY id", gone
        )
        return [listing_row(r) for r in rows]

    async def mark_listings_gone(self, case_id: int, keys_still_present: set[str], now: datetime) -> list[Listing]:
        at = to_us(now)
        present = set(keys_still_present)

        def run() -> list[Listing]:
            with self._tx() as conn:
                return self._gone(conn, case_id, present, at)

        return await self._call("mark listings gone", run)

    async def old_listing_keys(self) -> list[tuple[int, str, str]]:
        def run() -> list[tuple[int, str, str]]:
            return [(int(i), str(p), str(k)) for i, p, k in self._db.execute(
                "SELECT l.id, c.person_id, l.key FROM listing_keys_pending o JOIN listings l ON l.id = o.listing_id "
                "JOIN cases c ON c.id = l.case_id ORDER BY c.person_id, l.id")]

        return await self._call("read old listing keys", run)

    async def rekey_listings(self, keys: dict[int, tuple[str, str]]) -> int:
        def run() -> int:
            with self._tx() as conn:
                changed = 0
                for lid, (old, new) in keys.items():
                    changed += conn.execute("UPDATE listings SET key = ? WHERE id = ? AND key = ?",
                                            (new, int(lid), old)).rowcount
                conn.executemany("DELETE FROM listing_keys_pending WHERE listing_id = ?", [(int(i),) for i in keys])
                return changed

        return await self._call("rekey listings", run) if keys else 0

    async def set_listing_decisions(self, decisions: dict[int, Decision]) -> None:
        rows = [(decision_arg(d), int(lid)) for lid, d in decisions.items()]

        def run() -> None:
            with self._tx() as conn:
                conn.executemany("UPDATE listings SET decision = ? WHERE id = ?", rows)

        if rows:
            await self._call("save listing decisions", run)

    async def listings(self, case_id: int, include_gone: bool = False) -> list[Listing]:
        sql = f"SELECT {LISTING_COLS} FROM listings WHERE case_id = ?"
        if not include_gone:
            sql += " AND gone_at IS NULL"
        sql += " ORDER BY id"

        def run() -> list[Listing]:
            return [listing_row(r) for r in self._db.execute(sql, (case_id,))]

        return await self._call("list listings", run)

    # ---- requests ---------------------------------------------------------------------------

    async def start_request(self, case_id: int, listing_id: int | None, channel: str, now: datetime,
                            account: str | None = None) -> int:
        at = to_us(now)
        if not channel:
            raise ValueError("a request needs a channel")

        def run() -> int:
            with self._tx() as conn:
                self._require_case(conn, case_id)
                if listing_id is not None:
                    owner = conn.execute("SELECT case_id FROM listings WHERE id = ?", (listing_id,)).fetchone()
                    if owner is None or owner[0] != case_id:
                        raise UnknownRecord(f"no listing with id {listing_id} in case {case_ref(case_id)}")
                cur = conn.execute(
                    "INSERT INTO requests (case_id, listing_id, channel, started_at, status, account) "
                    "VALUES (?, ?, ?, ?, 'started', ?)",
                    (case_id, listing_id, channel, at, account),
                )
                assert cur.lastrowid is not None
            self._note_request(cur.lastrowid)
            return cur.lastrowid

        return await self._call("start a request", run)

    async def finish_request(
        self,
        request_id: int,
        status: RequestStatus,
        now: datetime,
        reference: str | None = None,
        sealed: bytes | None = None,
    ) -> Request:
        at = to_us(now)
        blob, submitted = _finish_args(status, sealed)

        def run() -> Request:
            with self._tx() as conn:
                _finish(conn, request_id, status, at, reference, blob, submitted)
                row = conn.execute(f"SELECT {REQUEST_COLS} FROM requests WHERE id = ?", (request_id,)).fetchone()
                return request_row(row)

        return await self._call("finish a request", run)

    async def note_request(self, request_id: int, reference: str | None) -> None:
        def run() -> None:
            with self._tx() as conn:
                conn.execute("UPDATE requests SET reference = ? WHERE id = ? AND status = 'started'",
                             (reference, request_id))

        await self._call("note a request's progress", run)

    async def requests(self, case_id: int) -> list[Request]:
        def run() -> list[Request]:
            rows = self._db.execute(f"SELECT {REQUEST_COLS} FROM requests WHERE case_id = ? ORDER BY id", (case_id,))
            return [request_row(r) for r in rows]

        return await self._call("list requests", run)

    async def submitted_since(self, channel: str, since: datetime, account: str | None = None) -> list[datetime]:
        def run() -> list[datetime]:
            if account is None:
                sql, params = "channel = ?", (channel,)
            else:
                sql, params = "channel = ? AND account = ?", (channel, account)
            rows = self._db.execute(
                f"SELECT submitted_at FROM requests WHERE {sql} AND submitted_at >= ? ORDER BY submitted_at",
                (*params, to_us(since)),
            ).fetchall()
            return [from_us(r[0]) for r in rows]

        return await self._call("count submitted requests", run)

    async def start_run(self, now: datetime, owner: str | None = None, source: str | None = None) -> int:
        def run() -> int:
            with self._tx() as conn:
                cur = conn.execute("INSERT INTO runs (started_at, summary) VALUES (?, ?)",
                                   (to_us(now), run_summary(run_start(owner, source))))
                assert cur.lastrowid is not None
                return int(cur.lastrowid)

        return await self._call("record a run's start", run)

    async def finish_run(self, number: int, now: datetime, summary: dict[str, Any]) -> None:
        def run() -> None:
            with self._tx() as conn:
                conn.execute("UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?",
                             (to_us(now), run_summary(summary), number))

        await self._call("record a run's end", run)

    async def note_run(self, number: int, summary: dict[str, Any]) -> None:
        def run() -> None:
            with self._tx() as conn:
                conn.execute("UPDATE runs SET summary = ? WHERE id = ? AND finished_at IS NULL",
                             (run_summary(summary), number))

        await self._call("record a run's counts", run)

    async def last_run(self, finished: bool = False) -> RunRecord | None:
        def run() -> RunRecord | None:
            where = "WHERE finished_at IS NOT NULL " if finished else ""
            row = self._db.execute(f"SELECT {RUN_COLS} FROM runs {where}ORDER BY id DESC LIMIT 1").fetchone()
            return run_row(row) if row else None

        return await self._call("read the last run", run)

    async def recent_runs(self, limit: int) -> list[RunRecord]:
        def run() -> list[RunRecord]:
            rows = self._db.execute(f"SELECT {RUN_COLS} FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
            return [run_row(r) for r in rows]

        return await self._call("read the recent runs", run)

    async def claim_mail(self, key: str, purpose: str, case_id: int | None, now: datetime, lease: timedelta) -> bool:
        at, stale = to_us(now), to_us(now - lease)

        def run() -> bool:
            with self._tx() as conn:
                cur = conn.execute(
                    "INSERT INTO mail_seen (message_key, purpose, case_id, claimed_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (message_key) DO UPDATE SET purpose = excluded.purpose, case_id = excluded.case_id, "
                    "claimed_at = excluded.claimed_at WHERE mail_seen.done_at IS NULL AND mail_seen.claimed_at < ?",
                    (key, purpose, case_id, at, stale),
                )
                return cur.rowcount == 1

        return await self._call("claim a received mail", run)

    async def finish_mail(self, key: str, now: datetime) -> None:
        def run() -> None:
            with self._tx() as conn:
                conn.execute("UPDATE mail_seen SET done_at = ? WHERE message_key = ?", (to_us(now), key))

        await self._call("record a received mail as done", run)

    async def mail_taken(self, keys: list[str], now: datetime, lease: timedelta) -> set[str]:
        stale = to_us(now - lease)

        def run() -> set[str]:
            out: set[str] = set()
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                rows = self._db.execute(
                    f"SELECT message_key FROM mail_seen WHERE message_key IN ({','.join('?' * len(part))}) "
                    "AND (done_at IS NOT NULL OR claimed_at >= ?)", (*part, stale)).fetchall()
                out |= {r[0] for r in rows}
            return out

        return await self._call("read which mails were taken", run)

    async def mails_of(self, case_ids: Collection[int]) -> dict[str, int]:
        ids = sorted(set(case_ids))

        def run() -> dict[str, int]:
            out: dict[str, int] = {}
            for i in range(0, len(ids), 500):
                part = ids[i:i + 500]
                rows = self._db.execute("SELECT message_key, case_id FROM mail_seen "
                                        f"WHERE case_id IN ({','.join('?' * len(part))})", part).fetchall()
                out |= {r[0]: r[1] for r in rows}
            return out

        return await self._call("read a client's received mails", run)

    async def take_slot(self, key: str, interval: timedelta, now: datetime) -> datetime:
        step, now_us = interval // timedelta(microseconds=1), to_us(now)

        def run() -> datetime:
            # A slot is pacing, not a record: its commit is not synced to the disk (synchronous =
            # NORMAL, for this one transaction). Every other process sees it at once; a kill of
            # this one loses nothing (the WAL is in the OS's cache); a power loss could forget the
            # slots taken since the last synced commit, which the next synced commit (a request
            # row before a submission, an event) writes out with them (WAL order). A flow took
            # five slots, each waiting for an fsync (3-8 ms here), issue 15.
            db = self._db
            db.execute("PRAGMA synchronous = NORMAL")
            try:
                with self._tx() as conn:
                    row = conn.execute("SELECT next_at FROM broker_slots WHERE key = ?", (key,)).fetchone()
                    start = max(now_us, row[0]) if row else now_us
                    conn.execute(
                        "INSERT INTO broker_slots (key, next_at) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET next_at = excluded.next_at",
                        (key, start + step),
                    )
            finally:
                db.execute("PRAGMA synchronous = FULL")
            return from_us(start)

        return await self._call("take a rate-limit slot", run)

    # ---- broker health ----------------------------------------------------------------------

    async def broker_failed(
        self,
        broker_id: str,
        now: datetime,
        error: str,
        *,
        after: int,
        initial: timedelta,
        cap: timedelta,
    ) -> BrokerHealth:
        at, reason = to_us(now), (error or "")[:LAST_ERROR_MAX]

        def run() -> BrokerHealth:
            with self._tx() as conn:
                row = conn.execute(
                    "SELECT failures, failing_since, backoff_until FROM broker_health WHERE broker_id = ?",
                    (broker_id,),
                ).fetchone()
                failures = (row[0] if row else 0) + 1
                since = row[1] if row and row[0] and row[1] is not None else at
                until = row[2] if row else None
                if failures >= after:
                    wait = min(cap, initial * 2 ** min(failures - after, 40))
                    until = max(until or 0, at + wait // timedelta(microseconds=1))
                conn.execute(
                    "INSERT INTO broker_health (broker_id, failures, failing_since, backoff_until, last_error, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (broker_id) DO UPDATE SET "
                    "failures = excluded.failures, failing_since = excluded.failing_since, "
                    "backoff_until = excluded.backoff_until, last_error = excluded.last_error, "
                    "updated_at = excluded.updated_at",
                    (broker_id, failures, since, until, reason, at),
                )
                return BrokerHealth(broker_id, failures, from_us(since), opt_time(until), reason, from_us(at))

        return await self._call("record a broker failure", run)

    async def broker_ok(self, broker_id: str, now: datetime) -> bool:
        at = to_us(now)

        def run() -> bool:
            row = self._db.execute(
                "SELECT 1 FROM broker_health WHERE broker_id = ? AND (failures > 0 OR backoff_until IS NOT NULL)",
                (broker_id,),
            ).fetchone()
            if row is None:
                return False  # the common case: no write lock taken
            with self._tx() as conn:
                cur = conn.execute(
                    "UPDATE broker_health SET failures = 0, failing_since = NULL, backoff_until = NULL, "
                    "updated_at = ? WHERE broker_id = ? AND (failures > 0 OR backoff_until IS NOT NULL)",
                    (at, broker_id),
                )
                return cur.rowcount > 0

        return await self._call("record a broker success", run)

    async def broker_health(self, broker_ids: list[str] | None = None) -> list[BrokerHealth]:
        sql = "SELECT broker_id, failures, failing_since, backoff_until, last_error, updated_at FROM broker_health"
        params: list[Any] = []
        if broker_ids is not None:
            if not broker_ids:
                return []
            sql += f" WHERE broker_id IN ({_marks(len(broker_ids))})"
            params = list(broker_ids)
        sql += " ORDER BY broker_id"

        def run() -> list[BrokerHealth]:
            return [
                BrokerHealth(r[0], r[1], opt_time(r[2]), opt_time(r[3]), r[4], from_us(r[5]))
                for r in self._db.execute(sql, params)
            ]

        return await self._call("read broker health", run)

    async def requests_in_doubt(self, case_id: int | None = None) -> list[Request]:
        sql = f"SELECT {REQUEST_COLS} FROM requests WHERE status = 'started'"
        params: tuple[Any, ...] = ()
        if case_id is not None:
            sql += " AND case_id = ?"
            params = (case_id,)
        sql += " ORDER BY case_id, id"

        def run() -> list[Request]:
            return [request_row(r) for r in self._db.execute(sql, params)]

        return await self._call("list requests in doubt", run)

    # ---- evidence ---------------------------------------------------------------------------

    async def add_evidence_many(
        self,
        case_id: int,
        items: list[tuple[EvidenceKind, str, str, str | None]],
        now: datetime,
        request_id: int | None = None,
    ) -> list[int]:
        at = to_us(now)
        for kind, path, sha256, _ in items:
            evidence_args(kind, path, sha256)

        def run() -> list[int]:
            with self._tx() as conn:
                self._require_case(conn, case_id)
                if request_id is not None:
                    owner = conn.execute("SELECT case_id FROM requests WHERE id = ?", (request_id,)).fetchone()
                    if owner is None or owner[0] != case_id:
                        raise UnknownRecord(f"no request with id {request_id} in case {case_ref(case_id)}")
                ids = []
                for kind, path, sha256, step in items:
                    cur = conn.execute(
                        "INSERT INTO evidence (case_id, request_id, kind, path, sha256, step, at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (case_id, request_id, kind, path, sha256, step, at),
                    )
                    assert cur.lastrowid is not None
                    ids.append(cur.lastrowid)
                return ids

        return await self._call("add evidence", run)

    async def backup(self, dest: str) -> None:
        """Copy the store to ``dest`` with SQLite's online backup API: one consistent file that
        holds every committed transaction, the WAL's included, while workers keep running."""

        def run() -> None:
            fd = os.open(dest, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            os.close(fd)
            target = sqlite3.connect(dest)
            try:
                self._db.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # a single file: nothing to forget
            finally:
                target.close()

        await self._call("back up the store", run)

    async def _evidence_where(self, column: str, value: Any) -> list[Evidence]:
        def run() -> list[Evidence]:
            rows = self._db.execute(f"SELECT {EVIDENCE_COLS} FROM evidence WHERE {column} = ? ORDER BY case_id, id",
                                    (value,))
            return [evidence_row(r) for r in rows]

        return await self._call("list evidence", run)

    async def evidence(self, case_id: int) -> list[Evidence]:
        return await self._evidence_where("case_id", case_id)

    async def evidence_at_step(self, step: str) -> list[Evidence]:
        return await self._evidence_where("step", step)

    async def remove_evidence(self, case_id: int, ids: list[int]) -> list[str]:
        def run() -> list[str]:
            with self._tx() as conn:
                paths = []
                for eid in ids:
                    row = conn.execute("SELECT path FROM evidence WHERE id = ? AND case_id = ?", (eid, case_id)).fetchone()
                    if row is not None:
                        conn.execute("DELETE FROM evidence WHERE id = ?", (eid,))
                        paths.append(row[0])
                return paths

        return await self._call("remove evidence", run)


def _create_private(path: str) -> None:
    """Create the parent directories (0700) and the file itself (0600) before SQLite does, so the
    database — which says which brokers list a person — is never readable by other users. SQLite
    gives the -wal and -shm files the database file's permissions."""
    parent = os.path.dirname(path)
    if parent:
        os.makedirs(parent, mode=0o700, exist_ok=True)
    if not os.path.exists(path):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
