"""The PostgreSQL store: one database shared by many workers on many machines.

Same schema (the migration files through :func:`~optout.store.base.postgres_dialect`), same rows,
same errors and the same "one call = one transaction" as the SQLite store. What PostgreSQL adds:

* **Claims** lock the due rows they pick with ``FOR UPDATE SKIP LOCKED``: claimers on other
  connections walk past rows being claimed instead of waiting for them or taking them twice.
  A lease is a time: a worker that dies simply stops renewing it, and its cases are due again
  once ``lease_until`` has passed.
* **Fenced writes**: ``record(owner=…)`` locks the case row and checks the lease in the same
  transaction as the write, so a claim cannot slip in between.
* **Rate-limit slots** (``take_slot``) are one ``INSERT … ON CONFLICT DO UPDATE``, which locks the
  broker's row: workers on any machine get slots ``interval`` apart.
* **Migrations** run in one transaction under a transaction-level advisory lock, so workers
  starting at once apply them exactly once (PostgreSQL's DDL is transactional).

One connection per store object, used by one call at a time (an asyncio lock): the SQLite store's
model (one thread), and enough, because a store call takes a millisecond while a worker's case
takes seconds of browser work. A pool would multiply connections per worker on the server (the
scarce resource when many workers share one database) for no throughput the worker can use. A
connection that broke (server restart, network) is replaced on the next call, so a long-running
worker survives a database restart: the call that met the break fails with a ``StoreError``.

A cancelled caller does not cut a call short: the call runs as its own task and finishes (commits
or rolls back) as a whole, as on SQLite.

The URL's password is never shown: :attr:`where` leaves it (and any query string) out, and every
message is scrubbed of it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Collection, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import parse_qsl, unquote, urlsplit

import psycopg

from optout.errors import DiskFull, LeaseLost, StateChanged, StoreError, StoreLoginRefused, UnknownRecord
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
    postgres_dialect,
    split_statements,
    to_us,
)
from optout.store.states import INITIAL, CaseState

T = TypeVar("T")
Conn = psycopg.AsyncConnection[Any]

#: The advisory lock held while migrating (any constant bigint; this one spells "optout m").
MIGRATION_LOCK = 0x6F70_746F_7574_206D

_RETURNING_CASE = ", ".join(f"cases.{c.strip()}" for c in CASE_COLS.split(","))


def wall_clock() -> float:
    """This machine's clock, as seconds since the epoch (one name, so a test can set it off)."""
    return time.time()


def display_url(url: str) -> str:
    """The URL as it may be shown: scheme, user, host(s), port(s) and database; no password and
    no query string (which may carry one)."""
    from optout.log import without_url_password

    # a password typed with '?', '#' or '/' unencoded ends urlsplit's authority inside it: the URL's
    # password is taken out first, up to its last '@' (optout.log), then the rest parsed
    parts = urlsplit(without_url_password(url))
    userinfo, _, hosts = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return f"{parts.scheme}://{user + '@' if user else ''}{hosts}{parts.path}"


def _secrets(url: str) -> list[str]:
    """Every spelling of the password the URL carries (in the authority or as ``?password=``)."""
    parts = urlsplit(url)
    userinfo = parts.netloc.rpartition("@")[0]
    found = []
    if ":" in userinfo:
        found.append(userinfo.split(":", 1)[1])
    found += [v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k == "password"]
    from optout.log import url_secrets

    found += url_secrets(url)  # as a person typed it: with '?', '#' or '/' unencoded
    found += [unquote(s) for s in found]
    return sorted({s for s in found if s}, key=len, reverse=True)


def _reason(e: psycopg.Error) -> str:
    """What went wrong, in PostgreSQL's words: the primary message only (its DETAIL can quote a
    row's values), or libpq's for connection failures."""
    primary = getattr(e.diag, "message_primary", None) if hasattr(e, "diag") else None
    text = primary or " ".join(line.strip() for line in str(e).splitlines() if line.strip())
    return text or type(e).__name__



def _filters(person_ids: list[str] | None, broker_ids: list[str] | None, params: dict[str, Any]) -> str:
    """The ``AND …`` for optional person and broker filters; their values go into ``params``."""
    extra = ""
    if person_ids is not None:
        extra += " AND person_id = ANY(%(people)s)"
        params["people"] = list(person_ids)
    if broker_ids is not None:
        extra += " AND broker_id = ANY(%(brokers)s)"
        params["brokers"] = list(broker_ids)
    return extra


def _finish_args(status: RequestStatus, sealed: bytes | None) -> tuple[bytes | None, bool]:
    """(the sealed blob to store, whether the request counts as submitted), or ValueError."""
    if status not in REQUEST_STATUSES or status == "started":
        raise ValueError(f"finish_request needs a final status, not {status!r}")
    return (None if sealed is None else sealed_bytes(sealed)), status in ("submitted", "confirmed")


class PostgresStore(Store):
    """:class:`~optout.store.base.Store` on a PostgreSQL database. Make one with :meth:`open`."""

    def __init__(self, url: str):
        self._url = url
        self.where = display_url(url)
        self._hidden = _secrets(url)
        self._conn: Conn | None = None
        self._lock = asyncio.Lock()
        self._closed = False
        self._running: set[asyncio.Task[Any]] = set()

    def __repr__(self) -> str:
        return f"PostgresStore({self.where!r})"

    # ---- plumbing ---------------------------------------------------------------------------

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        """Connect to the database at ``url`` and bring its schema up to date."""
        store = cls(url)
        try:
            await store._call("open the store", store._migrate)
        except BaseException:
            await store.close()
            raise
        return store

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._running:  # calls in flight finish as a whole (their callers may be gone)
            await asyncio.gather(*self._running, return_exceptions=True)
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()

    def _scrub(self, text: str) -> str:
        for secret in self._hidden:
            text = text.replace(secret, "***")
        return text

    async def _connection(self) -> Conn:
        conn = self._conn
        if conn is not None and not conn.closed and not conn.broken:
            return conn
        self._conn = None
        if conn is not None:
            await conn.close()
        self._conn = await psycopg.AsyncConnection.connect(
            self._url, autocommit=True, connect_timeout=10, application_name="optout"
        )
        return self._conn

    async def _call(self, op: str, fn: Callable[[Conn], Awaitable[T]], *, tx: bool = True) -> T:
        """Run ``fn`` on the connection, alone and (with ``tx``) in one transaction; turn
        PostgreSQL failures into ``StoreError`` naming the store and ``op``. Single-statement
        calls pass ``tx=False``: a statement is its own transaction, one round trip fewer."""
        if self._closed:
            raise StoreError(f"store {self.where}: cannot {op}: the store is closed")
        task = asyncio.ensure_future(self._run(op, fn, tx))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return await asyncio.shield(task)

    async def _run(self, op: str, fn: Callable[[Conn], Awaitable[T]], tx: bool) -> T:
        async with self._lock:
            try:
                try:
                    conn = await self._connection()
                except psycopg.OperationalError as e:
                    await self._refused_login(op, e)
                    raise
                if not tx:
                    return await fn(conn)
                async with conn.transaction():
                    return await fn(conn)
            except psycopg.Error as e:
                if getattr(e, "sqlstate", None) == "53100":  # disk_full, on the database server
                    raise DiskFull(self._scrub(f"store {self.where}: cannot {op}: the server's disk is full")) from e
                raise StoreError(self._scrub(f"store {self.where}: cannot {op}: {_reason(e)}")) from e
            except OSError as e:
                raise StoreError(self._scrub(f"store {self.where}: cannot {op}: {e.strerror or e}")) from e

    async def _refused_login(self, op: str, e: psycopg.OperationalError) -> None:
        """A connection failed: when the server refused the login (a wrong password, an unknown
        role or database: ``optout.store._pglogin``), raise ``StoreLoginRefused`` (exit 78, a
        setting to correct); otherwise (no answer, busy) return and the caller's error stands (69)."""
        from optout.store._pglogin import refused_login

        why = await asyncio.to_thread(refused_login, self._url)
        if why is not None:
            raise StoreLoginRefused(self._scrub(
                f"store {self.where}: cannot {op}: {why}; correct database_url (OPTOUT_DATABASE_URL)")) from e

    async def _migrate(self, conn: Conn) -> None:
        """Apply the migrations not yet in ``schema_migrations``, in order, in this transaction,
        under an advisory lock: a second worker starting at once waits, then finds them applied."""
        migrations = load_migrations()
        if await self._applied(conn) == {m.version for m in migrations}:
            return  # the common case, without the lock
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
        )
        applied = await self._applied(conn)
        newest = max(applied, default=0)
        if newest > len(migrations):
            raise StoreError(
                f"store {self.where}: schema version {newest} is newer than this optout knows "
                f"({len(migrations)}); upgrade optout"
            )
        for mig in migrations:
            if mig.version in applied:
                continue
            for statement in split_statements(postgres_dialect(mig.sql)):
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, %s)",
                (mig.version, mig.name, to_us(datetime.now(UTC))),
            )

    @staticmethod
    async def _applied(conn: Conn) -> set[int]:
        cur = await conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL")
        row = await cur.fetchone()
        if not row or not row[0]:
            return set()
        cur = await conn.execute("SELECT version FROM schema_migrations")
        return {v for (v,) in await cur.fetchall()}

    @staticmethod
    async def _one(conn: Conn, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        cur = await conn.execute(sql, params)
        return await cur.fetchone()

    @staticmethod
    async def _all(conn: Conn, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        cur = await conn.execute(sql, params)
        return await cur.fetchall()

    async def _require_person(self, conn: Conn, person_id: str) -> None:
        if await self._one(conn, "SELECT 1 FROM people WHERE id = %s", (person_id,)) is None:
            raise UnknownRecord.person(person_id)

    async def _require_case(self, conn: Conn, case_id: int) -> None:
        if await self._one(conn, "SELECT 1 FROM cases WHERE id = %s", (case_id,)) is None:
            raise UnknownRecord.case(case_id)

    # ---- people -----------------------------------------------------------------------------

    async def add_person(self, person_id: str, sealed: bytes, now: datetime) -> None:
        blob, at = sealed_bytes(sealed), to_us(now)

        async def run(conn: Conn) -> None:
            cur = await conn.execute(
                "INSERT INTO people (id, sealed, created_at, updated_at) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (id) DO NOTHING",
                (person_id, blob, at, at),
            )
            if cur.rowcount == 0:
                raise StoreError(f"a person with id {person_id} already exists")

        await self._call("add a person", run, tx=False)

    async def get_person(self, person_id: str) -> bytes:
        async def run(conn: Conn) -> bytes:
            row = await self._one(conn, "SELECT sealed FROM people WHERE id = %s", (person_id,))
            if row is None:
                raise UnknownRecord.person(person_id)
            return bytes(row[0])

        return await self._call("read a person", run, tx=False)

    async def get_people(self, person_ids: list[str]) -> dict[str, bytes]:
        async def run(conn: Conn) -> dict[str, bytes]:
            rows = await self._all(conn, "SELECT id, sealed FROM people WHERE id = ANY(%s)", (list(person_ids),))
            return {r[0]: bytes(r[1]) for r in rows}

        return await self._call("read people", run, tx=False) if person_ids else {}

    async def people(self) -> list[PersonRow]:
        async def run(conn: Conn) -> list[PersonRow]:
            rows = await self._all(conn, "SELECT id, created_at, updated_at FROM people ORDER BY created_at, id")
            return [PersonRow(r[0], from_us(r[1]), from_us(r[2]) if r[2] is not None else None) for r in rows]

        return await self._call("list people", run, tx=False)

    async def update_person(self, person_id: str, sealed: bytes, now: datetime | None = None,
                            expected: bytes | None = None) -> bool:
        blob, at = sealed_bytes(sealed), to_us(now or datetime.now(UTC))
        old = sealed_bytes(expected) if expected is not None else None

        async def run(conn: Conn) -> bool:
            if old is None:
                cur = await conn.execute(
                    "UPDATE people SET sealed = %s, updated_at = %s WHERE id = %s", (blob, at, person_id))
            else:  # compare-and-swap: only the profile the caller read is replaced
                cur = await conn.execute(
                    "UPDATE people SET sealed = %s, updated_at = %s WHERE id = %s AND sealed = %s",
                    (blob, at, person_id, old))
            if cur.rowcount == 0:
                await self._require_person(conn, person_id)
                return False
            return True

        return await self._call("update a person", run, tx=False)

    async def put_record(self, person_id: str, kind: str, sealed: bytes, now: datetime) -> None:
        blob, at = sealed_bytes(sealed), to_us(now)

        async def run(conn: Conn) -> None:
            await self._require_person(conn, person_id)
            await conn.execute(
                "INSERT INTO person_records (person_id, kind, sealed, updated_at) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (person_id, kind) DO UPDATE SET sealed = excluded.sealed, "
                "updated_at = excluded.updated_at", (person_id, kind, blob, at))

        await self._call("keep a person's record", run)

    async def swap_record(self, person_id: str, kind: str, expected: bytes | None, sealed: bytes,
                          now: datetime) -> bool:
        blob, at = sealed_bytes(sealed), to_us(now)

        async def run(conn: Conn) -> bool:
            await self._require_person(conn, person_id)
            if expected is None:
                cur = await conn.execute(
                    "INSERT INTO person_records (person_id, kind, sealed, updated_at) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (person_id, kind) DO NOTHING", (person_id, kind, blob, at))
            else:
                cur = await conn.execute(
                    "UPDATE person_records SET sealed = %s, updated_at = %s "
                    "WHERE person_id = %s AND kind = %s AND sealed = %s",
                    (blob, at, person_id, kind, sealed_bytes(expected)))
            return cur.rowcount == 1

        return await self._call("keep a person's record", run)

    async def get_record(self, person_id: str, kind: str) -> bytes | None:
        async def run(conn: Conn) -> bytes | None:
            row = await self._one(conn, "SELECT sealed FROM person_records WHERE person_id = %s AND kind = %s",
                                  (person_id, kind))
            return None if row is None else bytes(row[0])

        return await self._call("read a person's record", run, tx=False)

    async def records_of_kind(self, kind: str) -> dict[str, bytes]:
        async def run(conn: Conn) -> dict[str, bytes]:
            rows = await self._all(conn, "SELECT person_id, sealed FROM person_records WHERE kind = %s", (kind,))
            return {r[0]: bytes(r[1]) for r in rows}

        return await self._call("read records", run, tx=False)

    async def remove_person(self, person_id: str, suppress: Collection[str] = (),
                            now: datetime | None = None) -> list[str]:
        at = to_us(now or datetime.now(UTC))

        async def run(conn: Conn) -> list[str]:
            if await self._one(conn, "SELECT 1 FROM people WHERE id = %s FOR UPDATE", (person_id,)) is None:
                raise UnknownRecord.person(person_id)
            for digest in dict.fromkeys(suppress):
                await conn.execute("INSERT INTO suppressions (digest, removed_at) VALUES (%s, %s) ON CONFLICT (digest) "
                                   "DO UPDATE SET removed_at = excluded.removed_at", (digest, at))
            rows = await self._all(
                conn,
                "SELECT e.path FROM evidence e JOIN cases c ON c.id = e.case_id WHERE c.person_id = %s ORDER BY e.id",
                (person_id,),
            )
            of_person = "SELECT id FROM cases WHERE person_id = %s"
            # Children first: foreign keys do not cascade, on purpose (see the migration).
            await conn.execute("DELETE FROM listing_keys_pending WHERE listing_id IN "
                               f"(SELECT id FROM listings WHERE case_id IN ({of_person}))", (person_id,))
            for table in ("evidence", "requests", "listings", "events"):
                await conn.execute(f"DELETE FROM {table} WHERE case_id IN ({of_person})", (person_id,))
            await conn.execute("DELETE FROM cases WHERE person_id = %s", (person_id,))
            await conn.execute("DELETE FROM person_records WHERE person_id = %s", (person_id,))
            await conn.execute("DELETE FROM people WHERE id = %s", (person_id,))
            return [r[0] for r in rows]

        return await self._call("remove a person", run)

    async def suppressed(self, digests: Collection[str]) -> dict[str, datetime]:
        wanted = list(dict.fromkeys(digests))

        async def run(conn: Conn) -> dict[str, datetime]:
            if not wanted:
                return {}
            rows = await self._all(conn, "SELECT digest, removed_at FROM suppressions WHERE digest = ANY(%s)",
                                   (wanted,))
            return {r[0]: from_us(r[1]) for r in rows}

        return await self._call("read the removed clients", run, tx=False)

    async def secret(self, name: str, sealed: bytes) -> bytes:
        async def run(conn: Conn) -> bytes:
            await conn.execute("INSERT INTO vault_secrets (name, sealed) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING",
                               (name, sealed))
            row = await self._one(conn, "SELECT sealed FROM vault_secrets WHERE name = %s", (name,))
            return bytes(row[0])

        return await self._call("keep a vault secret", run)

    async def swap_secret(self, name: str, expected: bytes, sealed: bytes) -> bool:
        async def run(conn: Conn) -> bool:
            cur = await conn.execute("UPDATE vault_secrets SET sealed = %s WHERE name = %s AND sealed = %s",
                                     (sealed, name, expected))
            return cur.rowcount == 1

        return await self._call("keep a vault secret", run)

    # ---- cases ------------------------------------------------------------------------------

    async def ensure_cases(self, person_id: str, broker_ids: list[str], now: datetime) -> int:
        at = to_us(now)

        async def run(conn: Conn) -> int:
            await self._require_person(conn, person_id)
            return await self._insert_cases(conn, person_id, broker_ids, at)

        return await self._call("create cases", run)

    async def ensure_cases_for(self, wanted: dict[str, list[str]], now: datetime) -> int:
        at = to_us(now)
        items = [(pid, list(ids)) for pid, ids in wanted.items() if ids]

        async def run(conn: Conn) -> int:
            for pid, _ in items:
                await self._require_person(conn, pid)
            return sum([await self._insert_cases(conn, pid, ids, at) for pid, ids in items])

        return await self._call("create cases", run) if items else 0

    async def add_people(self, people: list[tuple[str, bytes, list[str]]], now: datetime) -> None:
        at = to_us(now)
        rows = [(pid, sealed_bytes(sealed), brokers) for pid, sealed, brokers in people]

        async def run(conn: Conn) -> None:
            for pid, blob, brokers in rows:
                cur = await conn.execute(
                    "INSERT INTO people (id, sealed, created_at, updated_at) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (id) DO NOTHING",
                    (pid, blob, at, at),
                )
                if cur.rowcount == 0:
                    raise StoreError(f"a person with id {pid} already exists")
                await self._insert_cases(conn, pid, brokers, at)

        await self._call("add people", run)

    async def _insert_cases(self, conn: Conn, person_id: str, broker_ids: list[str], at: int) -> int:
        brokers = list(dict.fromkeys(broker_ids))  # de-duplicated, order kept
        if not brokers:
            return 0
        rows = await self._all(
            conn,
            "INSERT INTO cases (person_id, broker_id, state, state_since, next_action_at, created_at) "
            "SELECT %(p)s, b.id, %(s)s, %(at)s, %(at)s, %(at)s "
            "FROM unnest(%(b)s::text[]) WITH ORDINALITY AS b (id, n) ORDER BY b.n "
            "ON CONFLICT (person_id, broker_id) DO NOTHING RETURNING id",
            {"p": person_id, "s": CaseState.NEW.value, "at": at, "b": brokers},
        )
        ids = sorted(r[0] for r in rows)
        if ids:
            await conn.execute(
                "INSERT INTO events (case_id, at, kind, state, data) "
                "SELECT c, %s, 'created', %s, NULL FROM unnest(%s::bigint[]) AS c",
                (at, CaseState.NEW.value, ids),
            )
        return len(ids)

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
        params: dict[str, Any] = {"at": at, "limit": limit, "owner": owner, "until": until}
        extra = _filters(person_ids, broker_ids, params)
        # One statement: the rows are picked and locked (skipping rows another claimer holds), and
        # re-checked against the WHERE clause once locked, so a case leased meanwhile is dropped.
        sql = (
            "WITH due AS (SELECT id FROM cases WHERE next_action_at <= %(at)s "
            f"AND (lease_until IS NULL OR lease_until <= %(at)s){extra} "
            "ORDER BY next_action_at, id LIMIT %(limit)s FOR UPDATE SKIP LOCKED) "
            "UPDATE cases SET lease_owner = %(owner)s, lease_until = %(until)s FROM due "
            f"WHERE cases.id = due.id RETURNING {_RETURNING_CASE}"
        )

        async def run(conn: Conn) -> list[Case]:
            cases = [case_row(r) for r in await self._all(conn, sql, params)]
            return sorted(cases, key=lambda c: (c.next_action_at, c.id))

        return await self._call("claim cases", run, tx=False)

    async def renew_lease(self, case_ids: list[int], owner: str, until: datetime) -> list[int]:
        end = to_us(until)
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            return []

        async def run(conn: Conn) -> list[int]:
            rows = await self._all(
                conn,
                "UPDATE cases SET lease_until = %s WHERE lease_owner = %s AND id = ANY(%s) RETURNING id",
                (end, owner, ids),
            )
            return sorted(r[0] for r in rows)

        return await self._call("renew leases", run, tx=False)

    async def lease_owners(self, now: datetime) -> dict[str, int]:
        async def run(conn: Conn) -> dict[str, int]:
            cur = await conn.execute(
                "SELECT lease_owner, COUNT(*) FROM cases WHERE lease_owner IS NOT NULL AND lease_until > %s "
                "GROUP BY lease_owner", (to_us(now),))
            return {r[0]: r[1] for r in await cur.fetchall()}

        return await self._call("read leases", run, tx=False)

    async def take_over(self, owner: str, now: datetime) -> list[int]:
        async def run(conn: Conn) -> list[int]:
            cur = await conn.execute(
                "UPDATE cases SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = %s AND lease_until > %s "
                "RETURNING id", (owner, to_us(now)))
            return sorted(r[0] for r in await cur.fetchall())

        return await self._call("take over leases", run, tx=False)

    async def release(self, case_id: int, owner: str) -> bool:
        async def run(conn: Conn) -> bool:
            cur = await conn.execute(
                "UPDATE cases SET lease_owner = NULL, lease_until = NULL WHERE id = %s AND lease_owner = %s",
                (case_id, owner),
            )
            return cur.rowcount == 1

        return await self._call("release a lease", run, tx=False)

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
        done = None if finish is None else _finish_args(finish.status, finish.sealed)

        async def run(conn: Conn) -> Case:
            # FOR UPDATE: no claim can take the case between the lease check and the write.
            row = await self._one(conn, "SELECT lease_owner, state FROM cases WHERE id = %s FOR UPDATE", (case_id,))
            if row is None:
                raise UnknownRecord.case(case_id)
            if owner is not None and row[0] != owner:
                raise LeaseLost(lease_lost(self.where, case_id, owner, row[0]))
            if expect is not None and row[1] != expect.value:
                raise StateChanged(state_changed(case_id, expect, row[1]))
            if after_event is not None:  # the case's row is locked (FOR UPDATE): no event comes between
                newest = await self._one(conn, "SELECT MAX(id) FROM events WHERE case_id = %s", (case_id,))
                if newest is None or newest[0] != after_event:
                    raise StateChanged(acted_since(case_id))
            if finish is not None and done is not None:
                await self._finish(conn, finish.request_id, finish.status, args.at, finish.reference, *done)
            await conn.execute(
                "INSERT INTO events (case_id, at, kind, state, data) VALUES (%s, %s, %s, %s, %s)",
                (case_id, args.at, kind, args.state.value, args.payload),
            )
            updated = await self._one(
                conn,
                "UPDATE cases SET "
                "state = %(state)s, "
                "state_since = CASE WHEN state = %(state)s THEN state_since ELSE %(at)s END, "
                "next_action_at = CASE WHEN %(keep)s THEN next_action_at ELSE %(due)s::bigint END, "
                "attempts = attempts + %(attempts)s, scan_count = scan_count + %(scans)s, "
                "last_error = %(error)s, "
                "lease_until = CASE WHEN lease_owner = %(release)s THEN NULL ELSE lease_until END, "
                "lease_owner = CASE WHEN lease_owner = %(release)s THEN NULL ELSE lease_owner END "
                f"WHERE id = %(id)s RETURNING {CASE_COLS}",
                {
                    "state": args.state.value,
                    "at": args.at if since is None else to_us(since),
                    "keep": args.keep_due,
                    "due": args.due,
                    "attempts": attempts_delta,
                    "scans": scan_delta,
                    "error": args.error,
                    "release": release_owner,
                    "id": case_id,
                },
            )
            return case_row(updated)

        return await self._call("record an event", run)

    async def get_case(self, case_id: int) -> Case:
        async def run(conn: Conn) -> Case:
            row = await self._one(conn, f"SELECT {CASE_COLS} FROM cases WHERE id = %s", (case_id,))
            if row is None:
                raise UnknownRecord.case(case_id)
            return case_row(row)

        return await self._call("read a case", run, tx=False)

    async def find_case(self, person_id: str, broker_id: str) -> Case | None:
        async def run(conn: Conn) -> Case | None:
            row = await self._one(
                conn,
                f"SELECT {CASE_COLS} FROM cases WHERE person_id = %s AND broker_id = %s",
                (person_id, broker_id),
            )
            return None if row is None else case_row(row)

        return await self._call("find a case", run, tx=False)

    async def cases(
        self,
        person_id: str | None = None,
        broker_id: str | None = None,
        states: list[CaseState] | None = None,
        limit: int | None = None,
    ) -> list[Case]:
        clauses: list[str] = []
        params: list[Any] = []
        if person_id is not None:
            clauses.append("person_id = %s")
            params.append(person_id)
        if broker_id is not None:
            clauses.append("broker_id = %s")
            params.append(broker_id)
        if states is not None:
            if not states:
                return []
            clauses.append("state = ANY(%s)")
            params.append([CaseState(s).value for s in states])
        sql = f"SELECT {CASE_COLS} FROM cases"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)

        async def run(conn: Conn) -> list[Case]:
            return [case_row(r) for r in await self._all(conn, sql, params)]

        return await self._call("list cases", run, tx=False)

    async def events(self, case_id: int) -> list[Event]:
        async def run(conn: Conn) -> list[Event]:
            rows = await self._all(conn, f"SELECT {EVENT_COLS} FROM events WHERE case_id = %s ORDER BY id", (case_id,))
            return [event_row(r) for r in rows]

        return await self._call("read events", run, tx=False)

    async def next_due_at(
        self,
        now: datetime,
        person_ids: list[str] | None = None,
        broker_ids: list[str] | None = None,
    ) -> datetime | None:
        if person_ids == [] or broker_ids == []:
            return None
        params: dict[str, Any] = {"at": to_us(now)}
        extra = _filters(person_ids, broker_ids, params)
        # One statement, one snapshot: the first unleased case in due order (the claim index),
        # and when the leased ones come back (a worker may have died).
        sql = (
            "SELECT (SELECT next_action_at FROM cases WHERE next_action_at IS NOT NULL "
            f"AND (lease_until IS NULL OR lease_until <= %(at)s){extra} ORDER BY next_action_at LIMIT 1), "
            "(SELECT MIN(GREATEST(lease_until, next_action_at)) FROM cases "
            f"WHERE lease_until > %(at)s AND next_action_at IS NOT NULL{extra})"
        )

        async def run(conn: Conn) -> datetime | None:
            row = await self._one(conn, sql, params)
            times = [t for t in row if t is not None]
            return from_us(min(times)) if times else None

        return await self._call("find the next due case", run, tx=False)

    async def summary(self, person_id: str | None = None, broker_id: str | None = None) -> dict[CaseState, int]:
        given = {k: v for k, v in (("person_id", person_id), ("broker_id", broker_id)) if v is not None}
        where = " WHERE " + " AND ".join(f"{k} = %s" for k in given) if given else ""

        async def run(conn: Conn) -> dict[CaseState, int]:
            counts = dict.fromkeys(CaseState, 0)
            sql = f"SELECT state, COUNT(*) FROM cases{where} GROUP BY state"
            for state, n in await self._all(conn, sql, list(given.values())):
                counts[CaseState(state)] = n
            return counts

        return await self._call("count cases", run, tx=False)

    async def last_activity(self) -> dict[str, datetime]:
        async def run(conn: Conn) -> dict[str, datetime]:
            rows = await self._all(conn, "SELECT c.person_id, MAX(e.at) FROM events e JOIN cases c ON c.id = e.case_id WHERE e.kind <> 'created' "
                                         "GROUP BY c.person_id")
            return {pid: from_us(at) for pid, at in rows}

        return await self._call("read the latest activity", run, tx=False)

    async def verify_states(self) -> list[StateMismatch]:
        known = [s.value for s in CaseState]

        async def run(conn: Conn) -> list[StateMismatch]:
            # The last event of each case (the events_case index, newest first), compared in the
            # database: only the disagreeing cases come back, however large the store.
            rows = await self._all(
                conn,
                "SELECT c.id, c.state, COALESCE(last.state, %s) FROM cases c "
                "LEFT JOIN LATERAL (SELECT e.state FROM events e WHERE e.case_id = c.id "
                "ORDER BY e.id DESC LIMIT 1) last ON TRUE "
                "WHERE COALESCE(last.state, %s) <> c.state OR NOT (COALESCE(last.state, %s) = ANY(%s)) "
                "ORDER BY c.id",
                (INITIAL.value, INITIAL.value, INITIAL.value, known),
            )
            found = []
            for case_id, cached, last in rows:
                derived = last if last in known else "invalid"
                if derived != cached:
                    found.append(StateMismatch(case_id, cached, derived))
            return found

        return await self._call("verify case states", run, tx=False)

    # ---- listings ---------------------------------------------------------------------------

    async def upsert_listings(self, case_id: int, items: list[tuple[str, bytes, float, Decision]],
                              now: datetime, *, others_gone: bool = False) -> list[Listing]:
        rows = [(key, *listing_args(sealed, key, confidence, decision), decision)
                for key, sealed, confidence, decision in items]
        at = to_us(now)

        async def run(conn: Conn) -> list[Listing]:
            await self._require_case(conn, case_id)
            out = []
            for key, blob, score, decision in rows:
                # ``old`` reads the row as it was before this statement: a listing that was gone and
                # is seen again "reappeared".
                row = await self._one(
                    conn,
                    "WITH old AS (SELECT gone_at FROM listings WHERE case_id = %(c)s AND key = %(k)s) "
                    "INSERT INTO listings (case_id, key, sealed, confidence, decision, first_seen, last_seen, gone_at) "
                    "VALUES (%(c)s, %(k)s, %(b)s, %(score)s, %(d)s, %(at)s, %(at)s, NULL) "
                    "ON CONFLICT (case_id, key) DO UPDATE SET sealed = excluded.sealed, "
                    "confidence = excluded.confidence, decision = excluded.decision, "
                    "last_seen = excluded.last_seen, gone_at = NULL "
                    f"RETURNING {LISTING_COLS}, (SELECT gone_at FROM old) IS NOT NULL",
                    {"c": case_id, "k": key, "b": blob, "score": score, "d": decision, "at": at},
                )
                out.append(listing_row(row, reappeared=bool(row[-1])))
            if others_gone:
                await self._gone(conn, case_id, {r[0] for r in rows}, at)
            return out

        if not rows and not others_gone:
            return []
        return await self._call("save a listing" if len(rows) == 1 else "save listings", run)

    async def _gone(self, conn: Conn, case_id: int, present: set[str], at: int) -> list[Listing]:
        """Mark the case's live listings whose key is not in ``present`` gone at ``at``; returns them."""
        rows = await self._all(
            conn,
            "UPDATE listings SET gone_at = %s WHERE case_id = %s AND gone_at IS NULL "
            f"AND NOT (key = ANY(%s::text[])) RETURNING {LISTING_COLS}",
            (at, case_id, sorted(present)),
        )
        return sorted((listing_row(r) for r in rows), key=lambda x: x.id)

    async def mark_listings_gone(self, case_id: int, keys_still_present: set[str], now: datetime) -> list[Listing]:
        at = to_us(now)
        present = set(keys_still_present)

        async def run(conn: Conn) -> list[Listing]:
            return await self._gone(conn, case_id, present, at)

        return await self._call("mark listings gone", run, tx=False)

    async def old_listing_keys(self) -> list[tuple[int, str, str]]:
        async def run(conn: Conn) -> list[tuple[int, str, str]]:
            return [(int(i), str(p), str(k)) for i, p, k in await self._all(
                conn, "SELECT l.id, c.person_id, l.key FROM listing_keys_pending o "
                "JOIN listings l ON l.id = o.listing_id JOIN cases c ON c.id = l.case_id ORDER BY c.person_id, l.id",
                ())]

        return await self._call("read old listing keys", run, tx=False)

    async def rekey_listings(self, keys: dict[int, tuple[str, str]]) -> int:
        async def run(conn: Conn) -> int:
            changed = 0
            for lid, (old, new) in keys.items():
                cur = await conn.execute("UPDATE listings SET key = %s WHERE id = %s AND key = %s", (new, int(lid), old))
                changed += cur.rowcount
            for lid in keys:
                await conn.execute("DELETE FROM listing_keys_pending WHERE listing_id = %s", (int(lid),))
            return changed

        return await self._call("rekey listings", run) if keys else 0

    async def set_listing_decisions(self, decisions: dict[int, Decision]) -> None:
        rows = [(decision_arg(d), int(lid)) for lid, d in decisions.items()]

        async def run(conn: Conn) -> None:
            for decision, lid in rows:
                await conn.execute("UPDATE listings SET decision = %s WHERE id = %s", (decision, lid))

        if rows:
            await self._call("save listing decisions", run)

    async def listings(self, case_id: int, include_gone: bool = False) -> list[Listing]:
        sql = f"SELECT {LISTING_COLS} FROM listings WHERE case_id = %s"
        if not include_gone:
            sql += " AND gone_at IS NULL"
        sql += " ORDER BY id"

        async def run(conn: Conn) -> list[Listing]:
            return [listing_row(r) for r in await self._all(conn, sql, (case_id,))]

        return await self._call("list listings", run, tx=False)

    # ---- requests ---------------------------------------------------------------------------

    async def start_request(self, case_id: int, listing_id: int | None, channel: str, now: datetime,
                            account: str | None = None) -> int:
        at = to_us(now)
        if not channel:
            raise ValueError("a request needs a channel")

        async def run(conn: Conn) -> int:
            await self._require_case(conn, case_id)
            if listing_id is not None:
                owner = await self._one(conn, "SELECT case_id FROM listings WHERE id = %s", (listing_id,))
                if owner is None or owner[0] != case_id:
                    raise UnknownRecord(f"no listing with id {listing_id} in case {case_ref(case_id)}")
            row = await self._one(
                conn,
                "INSERT INTO requests (case_id, listing_id, channel, started_at, status, account) "
                "VALUES (%s, %s, %s, %s, 'started', %s) RETURNING id",
                (case_id, listing_id, channel, at, account),
            )
            return int(row[0])

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

        async def run(conn: Conn) -> Request:
            return await self._finish(conn, request_id, status, at, reference, blob, submitted)

        return await self._call("finish a request", run, tx=False)

    async def _finish(self, conn: Conn, request_id: int, status: RequestStatus, at: int, reference: str | None,
                      blob: bytes | None, submitted: bool) -> Request:
        """A request's outcome, in the caller's statement or transaction (``finish_request``, ``record``)."""
        row = await self._one(
            conn,
            "UPDATE requests SET status = %(s)s, finished_at = %(at)s, "
            "submitted_at = CASE WHEN submitted_at IS NULL AND %(sub)s THEN %(at)s ELSE submitted_at END, "
            "reference = COALESCE(%(ref)s, reference), sealed = COALESCE(%(b)s::bytea, sealed) "
            f"WHERE id = %(id)s RETURNING {REQUEST_COLS}",
            {"s": status, "at": at, "sub": submitted, "ref": reference, "b": blob, "id": request_id},
        )
        if row is None:
            raise UnknownRecord(f"no request with id {request_id}")
        return request_row(row)

    async def note_request(self, request_id: int, reference: str | None) -> None:
        async def run(conn: Conn) -> None:
            await conn.execute("UPDATE requests SET reference = %s WHERE id = %s AND status = 'started'",
                               (reference, request_id))

        await self._call("note a request's progress", run)

    async def requests(self, case_id: int) -> list[Request]:
        async def run(conn: Conn) -> list[Request]:
            rows = await self._all(
                conn, f"SELECT {REQUEST_COLS} FROM requests WHERE case_id = %s ORDER BY id", (case_id,)
            )
            return [request_row(r) for r in rows]

        return await self._call("list requests", run, tx=False)

    async def requests_in_doubt(self, case_id: int | None = None) -> list[Request]:
        sql = f"SELECT {REQUEST_COLS} FROM requests WHERE status = 'started'"
        params: tuple[Any, ...] = ()
        if case_id is not None:
            sql += " AND case_id = %s"
            params = (case_id,)
        sql += " ORDER BY case_id, id"

        async def run(conn: Conn) -> list[Request]:
            return [request_row(r) for r in await self._all(conn, sql, params)]

        return await self._call("list requests in doubt", run, tx=False)

    async def submitted_since(self, channel: str, since: datetime, account: str | None = None) -> list[datetime]:
        async def run(conn: Conn) -> list[datetime]:
            if account is None:
                sql, params = "channel = %s", (channel,)
            else:
                sql, params = "channel = %s AND account = %s", (channel, account)
            rows = await self._all(
                conn,
                f"SELECT submitted_at FROM requests WHERE {sql} AND submitted_at >= %s ORDER BY submitted_at",
                (*params, to_us(since)),
            )
            return [from_us(r[0]) for r in rows]

        return await self._call("count submitted requests", run, tx=False)

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

        async def run(conn: Conn) -> BrokerHealth:
            # the row is locked for the transaction: two workers failing at once count two failures
            await conn.execute(
                "INSERT INTO broker_health (broker_id, failures, updated_at) VALUES (%s, 0, %s) "
                "ON CONFLICT (broker_id) DO NOTHING", (broker_id, at))
            row = await self._one(
                conn, "SELECT failures, failing_since, backoff_until FROM broker_health WHERE broker_id = %s "
                "FOR UPDATE", (broker_id,))
            failures = row[0] + 1
            since = row[1] if row[0] and row[1] is not None else at
            until = row[2]
            if failures >= after:
                wait = min(cap, initial * 2 ** min(failures - after, 40))
                until = max(until or 0, at + wait // timedelta(microseconds=1))
            await conn.execute(
                "UPDATE broker_health SET failures = %s, failing_since = %s, backoff_until = %s, last_error = %s, "
                "updated_at = %s WHERE broker_id = %s", (failures, since, until, reason, at, broker_id))
            return BrokerHealth(broker_id, failures, from_us(since), opt_time(until), reason, from_us(at))

        return await self._call("record a broker failure", run)

    async def broker_ok(self, broker_id: str, now: datetime) -> bool:
        async def run(conn: Conn) -> bool:
            cur = await conn.execute(
                "UPDATE broker_health SET failures = 0, failing_since = NULL, backoff_until = NULL, "
                "updated_at = %s WHERE broker_id = %s AND (failures > 0 OR backoff_until IS NOT NULL)",
                (to_us(now), broker_id))
            return cur.rowcount > 0

        return await self._call("record a broker success", run)

    async def broker_health(self, broker_ids: list[str] | None = None) -> list[BrokerHealth]:
        if broker_ids is not None and not broker_ids:
            return []
        sql = "SELECT broker_id, failures, failing_since, backoff_until, last_error, updated_at FROM broker_health"
        params: tuple[Any, ...] = ()
        if broker_ids is not None:
            sql += " WHERE broker_id = ANY(%s)"
            params = (list(broker_ids),)
        sql += " ORDER BY broker_id"

        async def run(conn: Conn) -> list[BrokerHealth]:
            return [BrokerHealth(r[0], r[1], opt_time(r[2]), opt_time(r[3]), r[4], from_us(r[5]))
                    for r in await self._all(conn, sql, params)]

        return await self._call("read broker health", run, tx=False)

    # ---- politeness shared by every worker --------------------------------------------------

    async def start_run(self, now: datetime, owner: str | None = None, source: str | None = None) -> int:
        async def run(conn: Conn) -> int:
            row = await self._one(conn, "INSERT INTO runs (started_at, summary) VALUES (%s, %s) RETURNING id",
                                  (to_us(now), run_summary(run_start(owner, source))))
            return int(row[0])

        return await self._call("record a run's start", run)

    async def finish_run(self, number: int, now: datetime, summary: dict[str, Any]) -> None:
        async def run(conn: Conn) -> None:
            await conn.execute("UPDATE runs SET finished_at = %s, summary = %s WHERE id = %s",
                               (to_us(now), run_summary(summary), number))

        await self._call("record a run's end", run)

    async def note_run(self, number: int, summary: dict[str, Any]) -> None:
        async def run(conn: Conn) -> None:
            await conn.execute("UPDATE runs SET summary = %s WHERE id = %s AND finished_at IS NULL",
                               (run_summary(summary), number))

        await self._call("record a run's counts", run)

    async def last_run(self, finished: bool = False) -> RunRecord | None:
        async def run(conn: Conn) -> RunRecord | None:
            where = "WHERE finished_at IS NOT NULL " if finished else ""
            row = await self._one(conn, f"SELECT {RUN_COLS} FROM runs {where}ORDER BY id DESC LIMIT 1")
            return run_row(row) if row else None

        return await self._call("read the last run", run, tx=False)

    async def recent_runs(self, limit: int) -> list[RunRecord]:
        async def run(conn: Conn) -> list[RunRecord]:
            cur = await conn.execute(f"SELECT {RUN_COLS} FROM runs ORDER BY id DESC LIMIT %s", (limit,))
            return [run_row(r) for r in await cur.fetchall()]

        return await self._call("read the recent runs", run, tx=False)

    async def claim_mail(self, key: str, purpose: str, case_id: int | None, now: datetime, lease: timedelta) -> bool:
        async def run(conn: Conn) -> bool:
            # the upsert locks the row: of two claimers, the second sees the first's claim
            row = await self._one(
                conn,
                "INSERT INTO mail_seen (message_key, purpose, case_id, claimed_at) VALUES (%(k)s, %(p)s, %(c)s, %(at)s) "
                "ON CONFLICT (message_key) DO UPDATE SET purpose = EXCLUDED.purpose, case_id = EXCLUDED.case_id, "
                "claimed_at = EXCLUDED.claimed_at WHERE mail_seen.done_at IS NULL AND mail_seen.claimed_at < %(stale)s "
                "RETURNING message_key",
                {"k": key, "p": purpose, "c": case_id, "at": to_us(now), "stale": to_us(now - lease)},
            )
            return row is not None

        return await self._call("claim a received mail", run)

    async def finish_mail(self, key: str, now: datetime) -> None:
        async def run(conn: Conn) -> None:
            await conn.execute("UPDATE mail_seen SET done_at = %s WHERE message_key = %s", (to_us(now), key))

        await self._call("record a received mail as done", run)

    async def mail_taken(self, keys: list[str], now: datetime, lease: timedelta) -> set[str]:
        async def run(conn: Conn) -> set[str]:
            rows = await self._all(
                conn,
                "SELECT message_key FROM mail_seen WHERE message_key = ANY(%s) AND (done_at IS NOT NULL OR claimed_at >= %s)",
                (list(keys), to_us(now - lease)),
            )
            return {r[0] for r in rows}

        return await self._call("read which mails were taken", run, tx=False)

    async def mails_of(self, case_ids: Collection[int]) -> dict[str, int]:
        async def run(conn: Conn) -> dict[str, int]:
            rows = await self._all(conn, "SELECT message_key, case_id FROM mail_seen WHERE case_id = ANY(%s)",
                                   (sorted(set(case_ids)),))
            return {r[0]: r[1] for r in rows}

        return await self._call("read a client's received mails", run, tx=False)

    async def clock_offset(self) -> float | None:
        """The server's clock minus this machine's, in seconds, read against the midpoint of the
        round trip (the wall clock: ``wall_clock``, not the lab's)."""

        async def run(conn: Conn) -> float:
            before = wall_clock()
            row = await self._one(conn, "SELECT EXTRACT(EPOCH FROM clock_timestamp())")
            after = wall_clock()
            return float(row[0]) - (before + after) / 2

        return await self._call("read the server's clock", run, tx=False)

    async def take_slot(self, key: str, interval: timedelta, now: datetime) -> datetime:
        step, now_us = interval // timedelta(microseconds=1), to_us(now)

        async def run(conn: Conn) -> datetime:
            # The upsert locks the key's row: concurrent takers queue on it and each sees the
            # slot the previous one moved forward.
            row = await self._one(
                conn,
                "INSERT INTO broker_slots (key, next_at) VALUES (%(k)s, %(now)s + %(step)s) "
                "ON CONFLICT (key) DO UPDATE SET next_at = GREATEST(broker_slots.next_at, %(now)s) + %(step)s "
                "RETURNING next_at - %(step)s",
                {"k": key, "now": now_us, "step": step},
            )
            return from_us(row[0])

        return await self._call("take a rate-limit slot", run, tx=False)

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

        async def run(conn: Conn) -> list[int]:
            await self._require_case(conn, case_id)
            if request_id is not None:
                owner = await self._one(conn, "SELECT case_id FROM requests WHERE id = %s", (request_id,))
                if owner is None or owner[0] != case_id:
                    raise UnknownRecord(f"no request with id {request_id} in case {case_ref(case_id)}")
            ids = []
            for kind, path, sha256, step in items:
                row = await self._one(
                    conn,
                    "INSERT INTO evidence (case_id, request_id, kind, path, sha256, step, at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                    (case_id, request_id, kind, path, sha256, step, at),
                )
                ids.append(int(row[0]))
            return ids

        return await self._call("add evidence", run)

    async def _evidence_where(self, column: str, value: Any) -> list[Evidence]:
        async def run(conn: Conn) -> list[Evidence]:
            rows = await self._all(
                conn, f"SELECT {EVIDENCE_COLS} FROM evidence WHERE {column} = %s ORDER BY case_id, id", (value,)
            )
            return [evidence_row(r) for r in rows]

        return await self._call("list evidence", run, tx=False)

    async def evidence(self, case_id: int) -> list[Evidence]:
        return await self._evidence_where("case_id", case_id)

    async def evidence_at_step(self, step: str) -> list[Evidence]:
        return await self._evidence_where("step", step)

    async def remove_evidence(self, case_id: int, ids: list[int]) -> list[str]:
        async def run(conn: Conn) -> list[str]:
            rows = await self._all(
                conn, "DELETE FROM evidence WHERE case_id = %s AND id = ANY(%s) RETURNING path", (case_id, list(ids))
            )
            return [r[0] for r in rows]

        return await self._call("remove evidence", run)
