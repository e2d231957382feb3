"""The store against real SQLite files and a real PostgreSQL server: schema, claims and leases, the
event log and its cache, listings, requests in doubt, removal of a person, concurrency between two
stores, and failures. Every test taking ``backend`` runs on both (a fresh file or database each);
PostgreSQL's own tests (many connections, SKIP LOCKED, advisory locks) are in test_store_postgres.py."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from optout.errors import LeaseLost, StoreError
from optout.store import KEEP, CaseState, Finish, Store, derive_state, is_postgres_url, open_store, sqlite_path
from optout.store.base import Event, load_migrations, postgres_dialect, split_statements

T0 = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=10)
SHA = "ab" * 32


class Backend:
    """A fresh store location on one backend. ``open()`` gives a new handle on it (as another
    process would have); ``raw()`` reads or pokes the database behind the store's back (SQL with
    ``?`` placeholders, whichever the backend)."""

    def __init__(self, name: str, url: str, path: Path | None = None):
        self.name, self.url, self.path = name, url, path

    async def open(self) -> Store:
        return await open_store(self.url)

    def raw(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.path is not None:
            return _raw(self.path, sql, params)
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            cur = conn.execute(sql.replace("?", "%s"), params)
            return [tuple(r) for r in cur.fetchall()] if cur.description else []


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "sqlite":
        path = tmp_path / "optout.db"
        return Backend("sqlite", f"sqlite:///{path}", path)
    return Backend("postgres", request.getfixturevalue("pg_url"))


async def _store(where: Path | Backend, name: str = "optout.db") -> Store:
    if isinstance(where, Backend):
        return await where.open()
    return await open_store(f"sqlite:///{where / name}")


def _raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read or poke the file behind the store's back (as another process would)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


async def _person_with_cases(store: Store, person_id: str = "p_aaaaaaaaaa", brokers: tuple = ("a", "b", "c")) -> None:
    await store.add_person(person_id, b"sealed:" + person_id.encode(), T0)
    await store.ensure_cases(person_id, list(brokers), T0)


# ---- opening, migrations ----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_open_creates_parents_and_migrations_are_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "optout.db"
    store = await open_store(f"sqlite:///{db}")  # sqlite:/// + absolute path = four slashes
    await store.add_person("p_aaaaaaaaaa", b"x", T0)
    await store.close()
    await store.close()  # idempotent
    assert _raw(db, "SELECT version, name FROM schema_migrations") == [
        (1, "initial"), (2, "broker_slots"), (3, "worker"), (4, "mail"), (5, "mail_seen"), (6, "person_records"),
        (7, "mail_accounts"), (8, "runs"), (9, "listing_keys"), (10, "suppressions")]
    assert _raw(db, "PRAGMA journal_mode") == [("wal",)]
    if sys.platform != "win32":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600

    again = await open_store(db)  # a plain path works too
    try:
        assert [p.id for p in await again.people()] == ["p_aaaaaaaaaa"]
    finally:
        await again.close()
    assert _raw(db, "SELECT COUNT(*) FROM schema_migrations") == [(len(load_migrations()),)]


@pytest.mark.asyncio
async def test_newer_schema_is_refused(backend: Backend) -> None:
    store = await _store(backend)
    await store.close()
    backend.raw("INSERT INTO schema_migrations VALUES (99, 'future', 0)")
    with pytest.raises(StoreError, match=r"schema version 99 is newer"):
        await backend.open()


def test_store_urls() -> None:
    assert sqlite_path("sqlite:////abs/optout.db") == "/abs/optout.db"
    assert sqlite_path("sqlite://") == ":memory:"
    assert sqlite_path("rel.db") == str(Path("rel.db").absolute())
    with pytest.raises(StoreError) as err:
        sqlite_path("postgresql://user:hunter2@db.example/optout")
    assert "hunter2" not in str(err.value) and "db.example" in str(err.value)
    assert is_postgres_url("postgresql://u:p@db/optout") and is_postgres_url("postgres://db/optout")
    assert not is_postgres_url("sqlite:///x.db") and not is_postgres_url("postgres.db")


def test_migrations_are_numbered_and_portable() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    for mig in migrations:
        statements = split_statements(mig.sql)
        assert statements and all(s.rstrip().endswith(";") for s in statements)
        pg = "\n".join(line.split("--", 1)[0] for line in postgres_dialect(mig.sql).splitlines())
        assert "AUTOINCREMENT" not in pg and "BLOB" not in pg and "PRAGMA" not in pg


@pytest.mark.asyncio
async def test_closed_store_raises(backend: Backend) -> None:
    store = await _store(backend)
    await store.close()
    with pytest.raises(StoreError, match="closed"):
        await store.people()


# ---- people -----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_get_people_reads_many_profiles_in_one_call(backend: Backend) -> None:
    """``get_people``: everyone asked for in one read (a run's start opens every person: e24), by id;
    one removed or never held is absent, not an error; more ids than SQLite binds at once."""
    async with await _store(backend) as store:
        ids = [f"p_{i:010d}" for i in range(1200)]
        for i, pid in enumerate(ids):
            await store.add_person(pid, f"sealed {i}".encode(), T0)
        await store.remove_person(ids[7])
        got = await store.get_people([*ids, "p_missing"])
        assert len(got) == 1199 and ids[7] not in got and "p_missing" not in got
        assert got[ids[0]] == b"sealed 0" and got[ids[1199]] == b"sealed 1199"
        assert await store.get_people([]) == {}


@pytest.mark.asyncio
async def test_people(backend: Backend) -> None:
    async with await _store(backend) as store:
        await store.add_person("p_aaaaaaaaaa", b"one", T0)
        await store.add_person("p_bbbbbbbbbb", b"two", T0 + timedelta(seconds=1))
        assert await store.get_person("p_aaaaaaaaaa") == b"one"
        await store.update_person("p_aaaaaaaaaa", b"uno")
        assert await store.get_person("p_aaaaaaaaaa") == b"uno"
        rows = await store.people()
        assert [(r.id, r.created_at) for r in rows] == [
            ("p_aaaaaaaaaa", T0),
            ("p_bbbbbbbbbb", T0 + timedelta(seconds=1)),
        ]
        with pytest.raises(StoreError, match="no person with id p_missing"):
            await store.get_person("p_missing")
        with pytest.raises(StoreError, match="already exists"):
            await store.add_person("p_aaaaaaaaaa", b"again", T0)
        with pytest.raises(StoreError, match="no person"):
            await store.update_person("p_missing", b"x")
        with pytest.raises(ValueError, match="naive"):
            await store.add_person("p_cccccccccc", b"x", datetime(2030, 1, 1))


async def test_person_records_are_kept_per_kind_and_removed_with_the_person(backend: Backend) -> None:
    async with await _store(backend) as store:
        await store.add_person("p_aaaaaaaaaa", b"one", T0)
        await store.add_person("p_bbbbbbbbbb", b"two", T0)
        assert await store.get_record("p_aaaaaaaaaa", "drop") is None
        await store.put_record("p_aaaaaaaaaa", "drop", b"d1", T0)
        await store.put_record("p_aaaaaaaaaa", "drop", b"d2", T0 + timedelta(days=1))  # replaced
        await store.put_record("p_aaaaaaaaaa", "authorisation", b"a1", T0)
        await store.put_record("p_bbbbbbbbbb", "drop", b"d3", T0)
        assert await store.get_record("p_aaaaaaaaaa", "drop") == b"d2"
        assert await store.records_of_kind("drop") == {"p_aaaaaaaaaa": b"d2", "p_bbbbbbbbbb": b"d3"}
        with pytest.raises(StoreError, match="no person"):
            await store.put_record("p_missing", "drop", b"x", T0)
        await store.remove_person("p_aaaaaaaaaa")
        assert await store.records_of_kind("drop") == {"p_bbbbbbbbbb": b"d3"}
        assert await store.get_record("p_aaaaaaaaaa", "authorisation") is None


async def test_the_dashboards_runs_are_numbered_on_and_their_summary_kept(backend: Backend) -> None:
    async with await _store(backend) as store:
        assert await store.last_run() is None and await store.last_run(finished=True) is None
        first = await store.start_run(T0)
        await store.finish_run(first, T0 + timedelta(minutes=3), {"total": 4, "counts": {"removed": 1}})
        second = await store.start_run(T0 + timedelta(hours=1))  # never finished: its process died
        assert (first, second) == (1, 2)
        assert (await store.last_run()).number == 2 and (await store.last_run()).finished_at is None
        done = await store.last_run(finished=True)
        assert done.number == 1 and done.started_at == T0 and done.finished_at == T0 + timedelta(minutes=3)
        assert done.summary == {"total": 4, "counts": {"removed": 1}}


# ---- cases and claims -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_ensure_cases_is_idempotent(backend: Backend) -> None:
    async with await _store(backend) as store:
        await store.add_person("p_aaaaaaaaaa", b"x", T0)
        assert await store.ensure_cases("p_aaaaaaaaaa", ["a", "b", "c", "a"], T0) == 3
        first = await store.find_case("p_aaaaaaaaaa", "a")
        assert first is not None and first.state == CaseState.NEW and first.next_action_at == T0
        await store.record(first.id, "scanned", CaseState.NOT_FOUND, T0, next_action_at=T0 + timedelta(days=30))
        assert await store.ensure_cases("p_aaaaaaaaaa", ["a", "b", "c"], T0 + timedelta(days=1)) == 0
        assert await store.ensure_cases("p_aaaaaaaaaa", ["c", "d"], T0 + timedelta(days=1)) == 1
        after = await store.get_case(first.id)
        assert after.state == CaseState.NOT_FOUND  # existing case untouched
        assert [(e.kind, e.state) for e in await store.events(first.id)] == [
            ("created", CaseState.NEW),
            ("scanned", CaseState.NOT_FOUND),
        ]
        assert len(await store.cases(person_id="p_aaaaaaaaaa")) == 4
        assert await store.find_case("p_aaaaaaaaaa", "zzz") is None
        with pytest.raises(StoreError, match="no person"):
            await store.ensure_cases("p_missing", ["a"], T0)


@pytest.mark.asyncio
async def test_claim_respects_due_time_and_order(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a", "b", "c", "d"))
        cases = {c.broker_id: c for c in await store.cases()}
        await store.record(cases["a"].id, "scanned", CaseState.NOT_FOUND, T0, next_action_at=T0 + timedelta(hours=2))
        await store.record(cases["b"].id, "scanned", CaseState.NOT_FOUND, T0, next_action_at=T0 + timedelta(hours=1))
        await store.record(cases["c"].id, "human_needed", CaseState.NEEDS_HUMAN, T0)  # parked

        claimed = await store.claim_due("w1", T0, 10, LEASE)
        assert [c.broker_id for c in claimed] == ["d"]
        assert claimed[0].lease_owner == "w1" and claimed[0].lease_until == T0 + LEASE

        later = await store.claim_due("w1", T0 + timedelta(hours=3), 10, LEASE)
        # d's lease ran out (nobody recorded): it is claimable again, first as the oldest due.
        assert [c.broker_id for c in later] == ["d", "b", "a"]  # by next_action_at, then id
        everything = await store.claim_due("w2", T0 + timedelta(days=365), 10, LEASE)
        assert [c.broker_id for c in everything] == ["d", "b", "a"]  # c is parked: never claimed


@pytest.mark.asyncio
async def test_lease_blocks_other_owners_until_it_expires(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        [case] = await store.claim_due("w1", T0, 10, LEASE)
        assert await store.claim_due("w2", T0 + timedelta(minutes=5), 10, LEASE) == []
        assert await store.renew_lease([case.id], "w1", T0 + timedelta(minutes=20)) == [case.id]
        assert await store.claim_due("w2", T0 + timedelta(minutes=15), 10, LEASE) == []
        assert await store.next_due_at(T0 + timedelta(minutes=15)) == T0 + timedelta(minutes=20)

        [stolen] = await store.claim_due("w2", T0 + timedelta(minutes=20), 10, LEASE)  # w1 died
        assert stolen.id == case.id and stolen.lease_owner == "w2"
        assert await store.renew_lease([case.id], "w1", T0 + timedelta(hours=1)) == []  # lost it
        assert await store.release(case.id, "w1") is False
        # w1 wakes up and records late: the event is kept, w2's lease is not dropped.
        await store.record(case.id, "scanned", CaseState.NOT_FOUND, T0, release_owner="w1")
        assert (await store.get_case(case.id)).lease_owner == "w2"
        assert await store.release(case.id, "w2") is True
        assert (await store.get_case(case.id)).lease_until is None
        assert [c.id for c in await store.claim_due("w3", T0 + timedelta(minutes=21), 10, LEASE)] == [case.id]


@pytest.mark.asyncio
async def test_the_leases_of_a_run_that_is_gone_are_taken_over_at_once(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store)
        dead = await store.claim_due("host:1:77:dead01", T0, 2, LEASE)
        alive = await store.claim_due("host:2:78:live01", T0, 10, LEASE)
        assert await store.lease_owners(T0 + timedelta(minutes=1)) == {"host:1:77:dead01": 2, "host:2:78:live01": 1}
        taken = await store.take_over("host:1:77:dead01", T0 + timedelta(minutes=1))
        assert taken == sorted(c.id for c in dead)
        # claimable now, not in ten minutes; the live run's lease holds
        again = await store.claim_due("new", T0 + timedelta(minutes=1), 10, LEASE)
        assert sorted(c.id for c in again) == taken
        assert (await store.get_case(alive[0].id)).lease_owner == "host:2:78:live01"
        assert await store.take_over("host:1:77:dead01", T0 + timedelta(minutes=1)) == []
        # the cases keep their state and events: nothing is recorded by a take-over
        for i in taken:
            assert [e.kind for e in await store.events(i)] == ["created"]


@pytest.mark.asyncio
async def test_record_with_owner_is_fenced_by_the_lease(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a", "b"))
        [case] = await store.claim_due("w1", T0, 1, LEASE)
        kept = await store.record(case.id, "scanned", CaseState.FOUND, T0, next_action_at=T0, owner="w1")
        assert kept.lease_owner == "w1"  # owner= checks the lease; it does not release it

        # w1 stalls past its lease; w2 takes the case over. w1's late write is refused whole.
        late = T0 + LEASE + timedelta(seconds=1)
        [taken] = await store.claim_due("w2", late, 1, LEASE)
        assert taken.id == case.id
        with pytest.raises(LeaseLost, match=rf"case C{case.id}: w1 no longer holds its lease \(now held by w2\)"):
            await store.record(case.id, "submitted", CaseState.SUBMITTED, late, attempts_delta=1, owner="w1",
                               release_owner="w1")
        assert [e.kind for e in await store.events(case.id)] == ["created", "scanned"]
        now = await store.get_case(case.id)
        assert (now.state, now.attempts, now.lease_owner) == (CaseState.FOUND, 0, "w2")

        done = await store.record(case.id, "submitted", CaseState.SUBMITTED, late, attempts_delta=1,
                                  next_action_at=late + timedelta(days=7), owner="w2", release_owner="w2")
        assert (done.state, done.attempts, done.lease_owner) == (CaseState.SUBMITTED, 1, None)
        with pytest.raises(LeaseLost, match="released"):  # w2 released it: a second write is stale
            await store.record(case.id, "scanned", CaseState.REMOVED, late, owner="w2")
        # No owner: a person's or an admin's write, never fenced.
        assert (await store.record(case.id, "resumed", CaseState.NEW, late, next_action_at=late)).state == CaseState.NEW

        # A lease that ran out while nobody else claimed the case is still its owner's to record.
        other = await store.find_case("p_aaaaaaaaaa", "b")
        assert other is not None
        [mine] = await store.claim_due("w3", T0, 1, LEASE, broker_ids=["b"])
        expired = T0 + 2 * LEASE
        assert (await store.record(mine.id, "scanned", CaseState.NOT_FOUND, expired, owner="w3",
                                   release_owner="w3")).lease_owner is None
        with pytest.raises(StoreError, match="no case C999"):
            await store.record(999, "scanned", CaseState.FOUND, T0, owner="w1")


@pytest.mark.asyncio
async def test_claim_filters_and_limit(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, "p_aaaaaaaaaa", ("a", "b", "c"))
        await _person_with_cases(store, "p_bbbbbbbbbb", ("a", "b", "c"))

        def pairs(cases: list) -> set[tuple[str, str]]:
            return {(c.person_id, c.broker_id) for c in cases}

        got = await store.claim_due("w", T0, 10, LEASE, person_ids=["p_bbbbbbbbbb"], broker_ids=["a", "c"])
        assert pairs(got) == {("p_bbbbbbbbbb", "a"), ("p_bbbbbbbbbb", "c")}
        got = await store.claim_due("w", T0, 10, LEASE, broker_ids=["b"])
        assert pairs(got) == {("p_aaaaaaaaaa", "b"), ("p_bbbbbbbbbb", "b")}
        assert await store.claim_due("w", T0, 10, LEASE, broker_ids=[]) == []
        assert await store.claim_due("w", T0, 0, LEASE) == []
        first = await store.claim_due("w", T0, 1, LEASE)
        assert len(first) == 1
        assert len(await store.claim_due("w", T0, 10, LEASE)) == 1  # 6 - 4 - 1 left
        assert await store.claim_due("w", T0, 10, LEASE) == []


@pytest.mark.asyncio
async def test_claim_and_due_queries_use_indexes(tmp_path: Path) -> None:
    async with await _store(tmp_path) as store:
        plan = await store._call(  # type: ignore[attr-defined]
            "explain",
            lambda: store._db.execute(  # type: ignore[attr-defined]
                "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE next_action_at <= ? "
                "AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_action_at, id LIMIT ?",
                (1, 1, 1),
            ).fetchall(),
        )
        detail = " ".join(row[3] for row in plan)
        assert "USING INDEX cases_due" in detail and "TEMP B-TREE" not in detail


@pytest.mark.asyncio
async def test_last_activity_is_the_latest_event_of_any_kind(backend: Backend) -> None:
    """Not only a change of state: a recheck that found nothing new or a reply read moves it."""
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a", "b"))
        await _person_with_cases(store, "p_bbbbbbbbbb", ("a",))
        assert await store.last_activity() == {}  # cases not started: no activity
        a, b, _ = await store.cases()
        await store.record(a.id, "scanned", CaseState.NOT_FOUND, T0)
        await store.record(b.id, "submitted", CaseState.SUBMITTED, T0 + timedelta(hours=1))
        assert await store.last_activity() == {"p_aaaaaaaaaa": T0 + timedelta(hours=1)}
        later = T0 + timedelta(days=30)
        await store.record(a.id, "rechecked", CaseState.NOT_FOUND, later)  # nothing new: same state
        assert (await store.get_case(a.id)).state_since == T0  # the state did not change...
        assert await store.last_activity() == {"p_aaaaaaaaaa": later}  # ...and it was activity
        read = later + timedelta(days=2)
        await store.record(b.id, "reply", CaseState.SUBMITTED, read, data={"class": "acknowledged"})
        assert await store.last_activity() == {"p_aaaaaaaaaa": read}


@pytest.mark.asyncio
async def test_next_due_at_and_summary(backend: Backend) -> None:
    async with await _store(backend) as store:
        assert await store.next_due_at(T0) is None
        await _person_with_cases(store, brokers=("a", "b", "c"))
        a, b, c = await store.cases()
        await store.record(a.id, "scanned", CaseState.NOT_FOUND, T0, next_action_at=T0 + timedelta(days=30))
        await store.record(b.id, "failed", CaseState.FAILED, T0, last_error="broker closed")
        assert await store.next_due_at(T0) == T0  # c is due now
        await store.claim_due("w", T0, 10, LEASE)
        assert await store.next_due_at(T0) == T0 + LEASE  # when c's lease would run out
        tomorrow = T0 + timedelta(days=1)
        await store.record(c.id, "scanned", CaseState.FOUND, T0, next_action_at=tomorrow, release_owner="w")
        assert await store.next_due_at(T0) == T0 + timedelta(days=1)
        assert await store.next_due_at(T0, broker_ids=["a"]) == T0 + timedelta(days=30)
        summary = await store.summary()
        assert set(summary) == set(CaseState)
        assert summary[CaseState.NOT_FOUND] == summary[CaseState.FAILED] == summary[CaseState.FOUND] == 1
        assert sum(summary.values()) == 3
        await _person_with_cases(store, "p_bbbbbbbbbb", ("a", "z"))
        of_a = await store.summary(broker_id="a")
        assert set(of_a) == set(CaseState) and (of_a[CaseState.NOT_FOUND], of_a[CaseState.NEW]) == (1, 1)
        assert sum(of_a.values()) == 2
        assert sum((await store.summary(person_id="p_bbbbbbbbbb")).values()) == 2
        mine = await store.summary(person_id="p_aaaaaaaaaa", broker_id="b")
        assert mine[CaseState.FAILED] == sum(mine.values()) == 1
        assert sum((await store.summary(person_id="p_missing")).values()) == 0
        assert [x.id for x in await store.cases(states=[CaseState.FAILED])] == [b.id]


# ---- the event log and its cache --------------------------------------------------------------


@pytest.mark.asyncio
async def test_record_appends_event_and_updates_cache(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        [case] = await store.claim_due("w", T0, 1, LEASE)
        t1, t2, t3 = (T0 + timedelta(minutes=m) for m in (1, 2, 3))

        c1 = await store.record(
            case.id, "matched", CaseState.FOUND, t1, data={"listings": 1}, next_action_at=t1, scan_delta=1
        )
        assert (c1.state, c1.state_since, c1.next_action_at, c1.scan_count) == (CaseState.FOUND, t1, t1, 1)
        assert c1.lease_owner == "w"  # not released: no release_owner

        c2 = await store.record(
            case.id, "error", CaseState.FOUND, t2, last_error="timeout on step 2", next_action_at=KEEP
        )
        assert c2.state_since == t1 and c2.next_action_at == t1 and c2.last_error == "timeout on step 2"

        c3 = await store.record(
            case.id,
            "submitted",
            CaseState.SUBMITTED,
            t3,
            next_action_at=t3 + timedelta(days=7),
            attempts_delta=1,
            release_owner="w",
        )
        assert (c3.state_since, c3.attempts, c3.last_error, c3.lease_owner, c3.lease_until) == (t3, 1, None, None, None)

        c4 = await store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, t3, data={"kind": "captcha"})
        assert c4.next_action_at is None  # parked: never claimed
        with pytest.raises(ValueError, match="cannot have a due time"):
            await store.record(case.id, "failed", CaseState.FAILED, t3, next_action_at=t3)
        with pytest.raises(StoreError, match="no case C999"):
            await store.record(999, "scanned", CaseState.FOUND, t3)

        events = await store.events(case.id)
        assert [e.kind for e in events] == ["created", "matched", "error", "submitted", "human_needed"]
        assert events[1].data == {"listings": 1} and events[0].data == {}
        assert derive_state(events) == (await store.get_case(case.id)).state == CaseState.NEEDS_HUMAN
        assert await store.verify_states() == []


@pytest.mark.asyncio
async def test_a_failed_record_writes_nothing(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        [case] = await store.cases()
        with pytest.raises(TypeError):  # data that is not JSON: refused before anything is written
            await store.record(case.id, "scanned", CaseState.FOUND, T0, data={"x": object()})
        assert len(await store.events(case.id)) == 1
        assert (await store.get_case(case.id)).state == CaseState.NEW

    # The cache update fails after the event was inserted: the event must not survive.
    if backend.name == "sqlite":
        backend.raw(
            "CREATE TRIGGER refuse BEFORE UPDATE OF state ON cases WHEN NEW.state = 'removed' "
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
        )
    else:
        backend.raw(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'refused by test'; END $$"
        )
        backend.raw(
            "CREATE TRIGGER refuse BEFORE UPDATE OF state ON cases FOR EACH ROW "
            "WHEN (NEW.state = 'removed') EXECUTE FUNCTION refuse()"
        )
    async with await _store(backend) as store:
        with pytest.raises(StoreError, match="record an event"):
            await store.record(case.id, "rescanned", CaseState.REMOVED, T0)
        assert [e.kind for e in await store.events(case.id)] == ["created"]
        assert (await store.get_case(case.id)).state == CaseState.NEW
        assert await store.verify_states() == []


@pytest.mark.asyncio
async def test_verify_states_reports_a_tampered_cache(backend: Backend) -> None:
    store = await _store(backend)
    await _person_with_cases(store, brokers=("a", "b"))
    a, b = await store.cases()
    await store.record(a.id, "scanned", CaseState.NOT_FOUND, T0, next_action_at=T0)
    await store.close()
    backend.raw("UPDATE cases SET state = 'removed' WHERE id = ?", (b.id,))
    async with await _store(backend) as store:
        [mismatch] = await store.verify_states()
        assert (mismatch.case_id, mismatch.cached, mismatch.derived) == (b.id, "removed", "new")


def test_derive_state() -> None:
    def ev(i: int, state: CaseState) -> Event:
        return Event(i, 1, T0, "k", state)

    assert derive_state([]) == CaseState.NEW
    history = [ev(1, CaseState.NEW), ev(2, CaseState.FOUND), ev(3, CaseState.SUBMITTED)]
    assert derive_state(history) == CaseState.SUBMITTED
    assert derive_state(reversed(history)) == CaseState.SUBMITTED  # append order (id), not list order


# ---- listings, requests, evidence -------------------------------------------------------------


@pytest.mark.asyncio
async def test_listings_upsert_gone_and_reappear(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        [case] = await store.cases()
        t1, t2, t3 = (T0 + timedelta(days=d) for d in (1, 2, 3))
        one = await store.upsert_listing(case.id, "k1", b"s1", 0.9, "match", T0)
        two = await store.upsert_listing(case.id, "k2", b"s2", 0.4, "uncertain", T0)
        assert (one.first_seen, one.last_seen, one.gone_at, one.reappeared) == (T0, T0, None, False)

        again = await store.upsert_listing(case.id, "k1", b"s1b", 0.95, "match", t1)
        assert (again.id, again.first_seen, again.last_seen) == (one.id, T0, t1)
        assert (again.confidence, again.sealed) == (0.95, b"s1b")
        assert again.reappeared is False

        gone = await store.mark_listings_gone(case.id, {"k1"}, t2)
        assert [(g.id, g.gone_at) for g in gone] == [(two.id, t2)]
        assert await store.mark_listings_gone(case.id, {"k1"}, t3) == []  # already gone: untouched
        assert [x.key for x in await store.listings(case.id)] == ["k1"]
        assert [x.key for x in await store.listings(case.id, include_gone=True)] == ["k1", "k2"]

        back = await store.upsert_listing(case.id, "k2", b"s2", 0.5, "uncertain", t3)
        assert back.id == two.id and back.reappeared is True and back.gone_at is None
        assert (await store.upsert_listing(case.id, "k2", b"s2", 0.5, "uncertain", t3)).reappeared is False
        with pytest.raises(ValueError):
            await store.upsert_listing(case.id, "k3", b"s", 0.5, "maybe", t3)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_a_persons_answer_sets_only_the_listings_decision(backend: Backend) -> None:
    """f36: ``set_listing_decisions`` (a person's answer about a stored card) changes the decision
    and nothing else: not when it was seen, not whether it is gone; an unknown decision is refused."""
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        [case] = await store.cases()
        one = await store.upsert_listing(case.id, "k1", b"s1", 0.9, "match", T0)
        two = await store.upsert_listing(case.id, "k2", b"s2", 0.6, "uncertain", T0)
        await store.mark_listings_gone(case.id, {"k1"}, T0 + timedelta(days=1))
        await store.set_listing_decisions({one.id: "no_match", two.id: "match"})
        after = {x.key: x for x in await store.listings(case.id, include_gone=True)}
        assert (after["k1"].decision, after["k2"].decision) == ("no_match", "match")
        assert (after["k1"].first_seen, after["k1"].last_seen, after["k1"].gone_at) == (T0, T0, None)
        assert after["k2"].gone_at == T0 + timedelta(days=1) and after["k2"].confidence == 0.6
        await store.set_listing_decisions({})  # nothing to set: nothing written
        with pytest.raises(ValueError):
            await store.set_listing_decisions({one.id: "maybe"})  # type: ignore[dict-item]


@pytest.mark.asyncio
async def test_old_listing_keys_are_rekeyed_once_where_they_still_hold_the_old_key(backend: Backend) -> None:
    """k46: the listings of a database written before migration 0009 are listed for a process
    holding the vault (with their person), rekeyed only where the row still holds the old key (two
    processes rekeying at once agree), and then no longer listed; a removed person's are gone too."""
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        await _person_with_cases(store, "p_bbbbbbbbbb", brokers=("a",))
        a, b = sorted(await store.cases(), key=lambda c: c.person_id)
        one = await store.upsert_listing(a.id, "1" * 32, b"s1", 0.9, "match", T0)
        two = await store.upsert_listing(a.id, "2" * 32, b"s2", 0.6, "uncertain", T0)
        three = await store.upsert_listing(b.id, "3" * 32, b"s3", 0.6, "uncertain", T0)
        assert await store.old_listing_keys() == []  # written after the migration: nothing to do
        backend.raw("INSERT INTO listing_keys_pending (listing_id) SELECT id FROM listings")
        assert await store.old_listing_keys() == [(one.id, "p_aaaaaaaaaa", "1" * 32), (two.id, "p_aaaaaaaaaa", "2" * 32),
                                                  (three.id, "p_bbbbbbbbbb", "3" * 32)]
        assert await store.rekey_listings({one.id: ("1" * 32, "a" * 64), two.id: ("9" * 32, "b" * 64)}) == 1
        keys = {x.id: x.key for x in await store.listings(a.id)}
        assert keys == {one.id: "a" * 64, two.id: "2" * 32}  # another process had rekeyed two: kept
        assert await store.old_listing_keys() == [(three.id, "p_bbbbbbbbbb", "3" * 32)]
        await store.remove_person("p_bbbbbbbbbb")
        assert await store.old_listing_keys() == [] and backend.raw("SELECT * FROM listing_keys_pending") == []
        assert await store.rekey_listings({}) == 0


@pytest.mark.asyncio
async def test_a_scans_listings_are_saved_in_one_call_all_or_none(backend: Backend) -> None:
    """``upsert_listings``: a scan's listings in one call and one transaction (e24: a round trip and
    a commit each before), with what ``upsert_listing`` gives each: a new one, one seen again, one
    that was gone and reappeared. A bad item or an unknown case writes none of them."""
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        [case] = await store.cases()
        t1, t2 = T0 + timedelta(days=1), T0 + timedelta(days=2)
        first = await store.upsert_listings(case.id, [("k1", b"s1", 0.9, "match"), ("k2", b"s2", 0.4, "uncertain")], T0)
        assert [(x.key, x.first_seen, x.reappeared) for x in first] == [("k1", T0, False), ("k2", T0, False)]
        await store.mark_listings_gone(case.id, {"k1"}, t1)
        again = await store.upsert_listings(case.id, [("k1", b"s1b", 0.95, "match"), ("k2", b"s2", 0.5, "uncertain"),
                                                      ("k3", b"s3", 0.1, "no_match")], t2)
        assert [(x.id, x.last_seen, x.reappeared) for x in again[:2]] == [(first[0].id, t2, False), (first[1].id, t2, True)]
        assert [(x.key, x.sealed, x.gone_at) for x in await store.listings(case.id)] == [
            ("k1", b"s1b", None), ("k2", b"s2", None), ("k3", b"s3", None)]
        with pytest.raises(ValueError):
            await store.upsert_listings(case.id, [("k4", b"s4", 0.5, "match"), ("k5", b"s", 0.5, "maybe")], t2)  # type: ignore[list-item]
        with pytest.raises(StoreError):
            await store.upsert_listings(case.id + 999, [("k6", b"s6", 0.5, "match")], t2)
        assert [x.key for x in await store.listings(case.id, include_gone=True)] == ["k1", "k2", "k3"]


@pytest.mark.asyncio
async def test_a_scans_listings_and_the_ones_it_no_longer_saw_are_one_transaction(backend: Backend) -> None:
    """``upsert_listings(others_gone=True)`` (pass 29: the engine's scan): the case's other live
    listings are marked gone in the same transaction as the scan's listings are saved, as
    ``mark_listings_gone`` with their keys did in a commit of its own; a scan that saw nobody marks
    every live listing gone; a failed save marks none gone."""
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a", "b"))
        case, other = await store.cases()
        t1, t2, t3 = (T0 + timedelta(days=d) for d in (1, 2, 3))
        await store.upsert_listings(case.id, [("k1", b"s1", 0.9, "match"), ("k2", b"s2", 0.4, "uncertain")], T0)
        await store.upsert_listings(other.id, [("k2", b"o2", 0.4, "uncertain")], T0)
        saved = await store.upsert_listings(case.id, [("k1", b"s1b", 0.95, "match"), ("k3", b"s3", 0.5, "uncertain")],
                                            t1, others_gone=True)
        assert [x.key for x in saved] == ["k1", "k3"]  # what was saved, as without others_gone
        assert {x.key: x.gone_at for x in await store.listings(case.id, include_gone=True)} == {
            "k1": None, "k2": t1, "k3": None}
        assert [x.gone_at for x in await store.listings(other.id)] == [None]  # another case's listing untouched
        with pytest.raises(ValueError):  # a bad item: nothing saved, nothing marked gone
            await store.upsert_listings(case.id, [("k4", b"s4", 0.5, "match"), ("k5", b"s", 0.5, "maybe")], t2,  # type: ignore[list-item]
                                        others_gone=True)
        assert {x.key: x.gone_at for x in await store.listings(case.id, include_gone=True)} == {
            "k1": None, "k2": t1, "k3": None}
        assert await store.upsert_listings(case.id, [], t3, others_gone=True) == []  # nobody seen: all gone
        assert await store.listings(case.id) == []
        assert {x.key: x.gone_at for x in await store.listings(case.id, include_gone=True)} == {
            "k1": t3, "k2": t1, "k3": t3}
        assert await store.upsert_listings(case.id, [], t3) == []  # without others_gone: nothing written
        assert await store.upsert_listings(case.id, [], t2) == []


@pytest.mark.asyncio
async def test_requests_in_doubt(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a", "b"))
        a, b = await store.cases()
        listing = await store.upsert_listing(a.id, "k1", b"s", 0.9, "match", T0)
        done = await store.start_request(a.id, listing.id, "browser", T0)
        crashed = await store.start_request(a.id, listing.id, "browser", T0 + timedelta(minutes=1))
        other = await store.start_request(b.id, None, "email", T0)
        finished = await store.finish_request(done, "submitted", T0 + timedelta(seconds=30), reference="REQ-1")
        assert (finished.status, finished.reference) == ("submitted", "REQ-1")
        assert finished.submitted_at == finished.finished_at == T0 + timedelta(seconds=30)
        confirmed = await store.finish_request(done, "confirmed", T0 + timedelta(days=1))
        assert confirmed.submitted_at == T0 + timedelta(seconds=30) and confirmed.reference == "REQ-1"

        assert [r.id for r in await store.requests_in_doubt(a.id)] == [crashed]
        assert [r.id for r in await store.requests_in_doubt()] == [crashed, other]
        assert [r.status for r in await store.requests(a.id)] == ["confirmed", "started"]
        with pytest.raises(StoreError, match="no listing"):
            await store.start_request(b.id, listing.id, "browser", T0)  # a listing of another case
        with pytest.raises(ValueError):
            await store.finish_request(crashed, "started", T0)  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="no request with id 999"):
            await store.finish_request(999, "failed", T0)


@pytest.mark.asyncio
async def test_a_requests_outcome_is_written_with_the_cases_event_or_not_at_all(backend: Backend) -> None:
    """``record(finish=...)`` (e23): the request's row and the case's event in one transaction, so no
    crash can fall between them; a request that is not there writes neither."""
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a",))
        (case,) = await store.cases()
        listing = await store.upsert_listing(case.id, "k1", b"s", 0.9, "match", T0)
        rid = await store.start_request(case.id, listing.id, "browser", T0)
        at = T0 + timedelta(seconds=30)
        before = len(await store.events(case.id))
        with pytest.raises(StoreError, match="no request with id 999"):
            await store.record(case.id, "confirmed", CaseState.CONFIRMED, at, attempts_delta=1,
                               finish=Finish(999, "confirmed", "REQ-1", b"sealed"))
        assert len(await store.events(case.id)) == before  # nothing of the event either
        assert (await store.get_case(case.id)).state != CaseState.CONFIRMED
        assert [r.id for r in await store.requests_in_doubt(case.id)] == [rid]

        after = await store.record(case.id, "confirmed", CaseState.CONFIRMED, at, attempts_delta=1,
                                   finish=Finish(rid, "confirmed", "REQ-1", b"sealed"))
        assert after.state == CaseState.CONFIRMED and after.attempts == case.attempts + 1
        (req,) = await store.requests(case.id)
        assert (req.status, req.reference, req.submitted_at, req.finished_at) == ("confirmed", "REQ-1", at, at)
        assert req.sealed == b"sealed"
        assert await store.requests_in_doubt(case.id) == []
        assert (await store.events(case.id))[-1].kind == "confirmed"
        with pytest.raises(ValueError):
            await store.record(case.id, "x", CaseState.CONFIRMED, at, finish=Finish(rid, "started"))  # type: ignore[arg-type]


async def test_submitted_since_counts_letters_for_the_daily_cap(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, brokers=("a", "b"))
        a, b = await store.cases()
        times = [T0 + timedelta(hours=h) for h in (1, 5, 30)]
        for case, at in zip((a, b, a), times, strict=True):
            await store.finish_request(await store.start_request(case.id, None, "email", at), "submitted", at)
        await store.start_request(b.id, None, "email", T0)  # in doubt: not counted as sent
        web = await store.start_request(b.id, None, "browser", T0 + timedelta(hours=2))
        await store.finish_request(web, "submitted", T0 + timedelta(hours=2))  # another channel
        assert await store.submitted_since("email", T0) == times
        assert await store.submitted_since("email", T0 + timedelta(hours=2)) == times[1:]
        assert await store.submitted_since("http", T0) == []


@pytest.mark.asyncio
async def test_remove_person_cascades_and_returns_evidence_paths(backend: Backend) -> None:
    async with await _store(backend) as store:
        await _person_with_cases(store, "p_aaaaaaaaaa", ("a", "b"))
        await _person_with_cases(store, "p_bbbbbbbbbb", ("a",))
        a, b, keep = await store.cases()
        listing = await store.upsert_listing(a.id, "k", b"s", 0.9, "match", T0)
        req = await store.start_request(a.id, listing.id, "browser", T0)
        await store.add_evidence(a.id, "screenshot", "ev/0001.png", SHA, T0, request_id=req, step="optout.steps[2]")
        await store.add_evidence(b.id, "page_text", "ev/0002.txt", SHA, T0)
        await store.add_evidence(keep.id, "note", "ev/0003.txt", SHA, T0)
        assert [e.path for e in await store.evidence(a.id)] == ["ev/0001.png"]
        with pytest.raises(ValueError):
            await store.add_evidence(a.id, "note", "../outside.txt", SHA, T0)
        with pytest.raises(StoreError, match="no request"):
            await store.add_evidence(b.id, "note", "ev/x.txt", SHA, T0, request_id=req)

        assert sorted(await store.remove_person("p_aaaaaaaaaa")) == ["ev/0001.png", "ev/0002.txt"]
        with pytest.raises(StoreError, match="no person"):
            await store.get_person("p_aaaaaaaaaa")
        with pytest.raises(StoreError, match="no person"):
            await store.remove_person("p_aaaaaaaaaa")
        assert [c.id for c in await store.cases()] == [keep.id]
        assert len(await store.evidence(keep.id)) == 1
        assert await store.verify_states() == []
    for table in ("events", "listings", "requests", "evidence"):
        assert backend.raw(f"SELECT COUNT(*) FROM {table} WHERE case_id IN (?, ?)", (a.id, b.id)) == [(0,)]
    if backend.name == "sqlite":
        assert backend.raw("PRAGMA foreign_key_check") == []


@pytest.mark.asyncio
async def test_a_pages_evidence_files_are_indexed_in_one_transaction(backend: Backend) -> None:
    """A page kept as evidence (screenshot, text, markup) is indexed all or none in ONE transaction:
    one commit synced to the disk, not one per file (issue 15: they sat on every flow's critical
    path, after the search and after the confirmation); one refused row adds none of them."""
    async with await _store(backend) as store:
        await _person_with_cases(store, "p_aaaaaaaaaa", ("a", "b"))
        a, b = await store.cases()
        req = await store.start_request(a.id, None, "browser", T0)
        commits: list[str] = []
        if backend.name == "sqlite":
            await store._call("trace", lambda: store._db.set_trace_callback(  # type: ignore[attr-defined]
                lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None))
        items = [("screenshot", "ev/1.jpg", SHA, "optout (done)"), ("page_text", "ev/2.txt", SHA, "optout (done)"),
                 ("html", "ev/3.html", SHA, "optout (done)")]
        ids = await store.add_evidence_many(a.id, items, T0, request_id=req)
        if backend.name == "sqlite":
            assert len(commits) == 1, commits
        got = await store.evidence(a.id)
        assert [(e.id, e.kind, e.path, e.step) for e in got] == [(i, k, p, s) for i, (k, p, _, s) in zip(ids, items)]
        with pytest.raises(StoreError, match="no request"):  # another case's request: nothing indexed
            await store.add_evidence_many(b.id, [("page_text", "ev/4.txt", SHA, None)], T0, request_id=req)
        with pytest.raises(ValueError):  # a path outside the folder, after a good one: neither
            await store.add_evidence_many(b.id, [("page_text", "ev/5.txt", SHA, None),
                                                 ("note", "../outside.txt", SHA, None)], T0)
        assert await store.evidence(b.id) == []


@pytest.mark.asyncio
async def test_evidence_at_a_step_is_listed_across_cases_and_removed_once(backend: Backend) -> None:
    """u48: a broker's reply kept on every case asked whose it is (``optout.mail.UNPLACED_STEP``) is
    found across cases (the next pass finishes a decision a crash interrupted) and removed from one
    case's index by id: another case's row is never touched, and removing again changes nothing."""
    async with await _store(backend) as store:
        await _person_with_cases(store, "p_aaaaaaaaaa", ("a", "b"))
        a, b = await store.cases()
        [mine] = await store.add_evidence_many(a.id, [("email", "ev/1.eml", SHA, "unplaced reply")], T0)
        [theirs] = await store.add_evidence_many(b.id, [("email", "ev/2.eml", SHA, "unplaced reply")], T0)
        await store.add_evidence(a.id, "email", "ev/3.eml", SHA, T0, step="reply")
        assert [(e.case_id, e.path) for e in await store.evidence_at_step("unplaced reply")] == [
            (a.id, "ev/1.eml"), (b.id, "ev/2.eml")]
        assert await store.remove_evidence(a.id, [theirs]) == []  # another case's row: left alone
        assert await store.remove_evidence(a.id, [mine]) == ["ev/1.eml"]
        assert await store.remove_evidence(a.id, [mine]) == []  # idempotent
        assert [e.path for e in await store.evidence(a.id)] == ["ev/3.eml"]
        assert [e.path for e in await store.evidence(b.id)] == ["ev/2.eml"]
    async with await _store(backend) as again:  # committed: another handle sees it
        assert [e.path for e in await again.evidence_at_step("unplaced reply")] == ["ev/2.eml"]


@pytest.mark.asyncio
async def test_a_state_re_entered_may_keep_the_day_it_began(backend: Backend) -> None:
    """u48: a confirmed case paused by a question that was not its own and put back keeps "confirmed
    since" its first day (``record(since=…)``); without ``since`` a new state begins now, and staying
    in a state never moves it."""
    async with await _store(backend) as store:
        await _person_with_cases(store, "p_aaaaaaaaaa", ("a",))
        [a] = await store.cases()
        day1, day2, day3 = T0, T0 + timedelta(days=20), T0 + timedelta(days=21)
        await store.record(a.id, "reply_confirmed", CaseState.CONFIRMED, day1, next_action_at=day3)
        assert (await store.record(a.id, "human_needed", CaseState.NEEDS_HUMAN, day2)).state_since == day2
        back = await store.record(a.id, "reply_not_theirs", CaseState.CONFIRMED, day3, next_action_at=day3, since=day1)
        assert back.state_since == day1
        same = await store.record(a.id, "checked", CaseState.CONFIRMED, day3, since=day2)
        assert same.state_since == day1  # the state did not change: its day neither


# ---- two stores on one file -------------------------------------------------------------------


@pytest.mark.asyncio
async def test_concurrent_claims_never_hand_out_a_case_twice(backend: Backend) -> None:
    one = await _store(backend)
    two = await _store(backend)
    try:
        brokers = [f"b{i:03d}" for i in range(50)]
        for n in range(4):
            await _person_with_cases(one, f"p_{n:010d}", tuple(brokers))
        seen: list[int] = []
        rounds = 0
        while True:
            rounds += 1
            batches = await asyncio.gather(
                *(s.claim_due(f"w{k}", T0, 3, LEASE) for k, s in enumerate([one, two, one, two, one, two]))
            )
            got = [c.id for batch in batches for c in batch]
            if not got:
                break
            seen += got
        assert len(seen) == 200 and len(set(seen)) == 200
        assert rounds > 2
        owners = {c.lease_owner for c in await one.cases()}
        assert owners <= {f"w{k}" for k in range(6)} and None not in owners
    finally:
        await one.close()
        await two.close()


# ---- failures ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_corrupt_file_gives_store_error_naming_the_path(tmp_path: Path) -> None:
    db = tmp_path / "garbage.db"
    db.write_bytes(os.urandom(4096))
    with pytest.raises(StoreError) as err:
        await open_store(db)
    assert str(db) in str(err.value) and "open" in str(err.value)


@pytest.mark.asyncio
async def test_unopenable_path_gives_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        await open_store(tmp_path)  # a directory
    assert str(tmp_path) in str(err.value)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as err:
        await open_store(blocker / "sub" / "optout.db")  # parent cannot be created
    assert str(blocker) in str(err.value)


@pytest.mark.asyncio
async def test_full_disk_gives_store_error_and_keeps_committed_data(tmp_path: Path) -> None:
    async with await _store(tmp_path) as store:
        await store.add_person("p_aaaaaaaaaa", b"small", T0)

        def cap() -> None:  # the database may not grow: SQLite reports "database or disk is full"
            db = store._db  # type: ignore[attr-defined]
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}").fetchall()

        await store._call("cap", cap)  # type: ignore[attr-defined]
        with pytest.raises(StoreError) as err:
            await store.add_person("p_bbbbbbbbbb", b"\x00" * 500_000, T0)
        message = str(err.value)
        assert str(tmp_path / "optout.db") in message and "add a person" in message and "full" in message
        assert [p.id for p in await store.people()] == ["p_aaaaaaaaaa"]
        assert await store.get_person("p_aaaaaaaaaa") == b"small"


async def test_a_slot_is_not_synced_but_every_record_still_is(tmp_path: Path) -> None:
    """SQLite: a rate-limit slot's commit skips the fsync (pacing, not a record; issue 15), and the
    connection is back to synchronous = FULL after it, whether the slot was taken or failed, so
    that every record after it (a request row before a submission) is synced as before."""
    store = await _store(tmp_path)
    try:
        mode = lambda: store._call("read the sync mode", lambda: store._db.execute("PRAGMA synchronous").fetchone()[0])  # type: ignore[attr-defined]  # noqa: E731
        assert await mode() == 2  # FULL
        now = datetime(2026, 1, 1, tzinfo=UTC)
        assert await store.take_slot("searchly", timedelta(seconds=1), now) == now
        assert await mode() == 2
        with pytest.raises(Exception):
            await store.take_slot(["not", "a key"], timedelta(seconds=1), now)  # type: ignore[arg-type]  # fails inside
        assert await mode() == 2
    finally:
        await store.close()
    again = await _store(tmp_path)  # the slot was committed: another handle sees it
    try:
        assert await again.take_slot("searchly", timedelta(seconds=1), now) == now + timedelta(seconds=1)
    finally:
        await again.close()


async def test_take_slot_spaces_requests_across_store_handles(backend: Backend) -> None:
    """Two handles on one store stand for two worker processes: together they get one slot per
    interval, not one each, and a key's slots do not hold up another key."""
    a, b = await backend.open(), await backend.open()
    try:
        now = datetime(2026, 1, 1, tzinfo=UTC)
        gap = timedelta(seconds=2)
        got = [await (a if i % 2 else b).take_slot("peoplefind", gap, now) for i in range(4)]
        assert got == [now, now + gap, now + 2 * gap, now + 3 * gap]
        assert await a.take_slot("searchly", gap, now) == now
        later = now + timedelta(minutes=5)  # a slot long past is not owed: start now
        assert await b.take_slot("peoplefind", gap, later) == later
    finally:
        await a.close()
        await b.close()


async def test_broker_health_backs_off_exponentially_and_is_shared(backend: Backend) -> None:
    """Failures counted through one handle are seen through another (another worker process); the
    back-off starts at the ``after``-th failure, doubles, is capped, and one success clears it."""
    a, b = await backend.open(), await backend.open()
    policy = {"after": 3, "initial": timedelta(minutes=10), "cap": timedelta(hours=1)}
    try:
        assert await a.broker_health() == []
        assert await a.broker_ok("searchly", T0) is False  # healthy: nothing to reset
        h1 = await a.broker_failed("searchly", T0, "HTTP 503", **policy)
        h2 = await b.broker_failed("searchly", T0 + timedelta(minutes=1), "HTTP 503", **policy)
        assert (h1.failures, h1.backoff_until, h2.failures, h2.backoff_until) == (1, None, 2, None)
        waits = []
        for i in range(3, 7):
            t = T0 + timedelta(minutes=i)
            h = await (a if i % 2 else b).broker_failed("searchly", t, "HTTP 503 " + "x" * 900, **policy)
            waits.append(h.backoff_until - t)
        assert waits == [timedelta(minutes=10), timedelta(minutes=20), timedelta(minutes=40), timedelta(hours=1)]
        [seen] = await b.broker_health()
        assert seen.failures == 6 and seen.failing_since == T0 and seen.backoff_until == T0 + timedelta(minutes=66)
        assert len(seen.last_error) == 500
        assert await b.broker_health(["peoplefind"]) == [] and await b.broker_health([]) == []
        assert await b.broker_ok("searchly", T0 + timedelta(hours=2)) is True
        [ok] = await a.broker_health(["searchly"])
        assert (ok.failures, ok.failing_since, ok.backoff_until) == (0, None, None)
        again = await a.broker_failed("searchly", T0 + timedelta(hours=3), "timeout", **policy)
        assert again.failures == 1 and again.failing_since == T0 + timedelta(hours=3)
    finally:
        await a.close()
        await b.close()


async def test_a_received_mail_is_taken_once_across_store_handles(backend: Backend) -> None:
    """Two handles stand for two workers on one mailbox: a mail goes to one of them; a claim left
    by a process that died is taken over after the lease; a finished one never again."""
    a, b = await backend.open(), await backend.open()
    try:
        now = datetime(2026, 1, 1, tzinfo=UTC)
        lease = timedelta(minutes=10)
        assert await a.claim_mail("m1", "verification", 7, now, lease)
        assert not await b.claim_mail("m1", "verification", 8, now, lease)
        assert await b.mail_taken(["m1", "m2"], now, lease) == {"m1"}
        # the claimer died: after the lease the mail is free again, and taken over by one
        later = now + lease + timedelta(seconds=1)
        assert await b.mail_taken(["m1"], later, lease) == set()
        got = [await a.claim_mail("m1", "verification", 8, later, lease), await b.claim_mail("m1", "verification", 9, later, lease)]
        assert got == [True, False]
        await a.finish_mail("m1", later)
        much_later = later + 10 * lease
        assert not await b.claim_mail("m1", "reply", 9, much_later, lease)
        assert await b.mail_taken(["m1"], much_later, lease) == {"m1"}
        assert backend.raw("SELECT case_id FROM mail_seen WHERE message_key = ?", ("m1",)) == [(8,)]
        # a client's removal reads the mails taken for their cases, done or held (t52)
        assert await a.claim_mail("m2", "reply", 9, much_later, lease)
        await a.claim_mail("m3", "reply", 10, much_later, lease)
        assert await b.mails_of([8, 9]) == {"m1": 8, "m2": 9}
        assert await b.mails_of([]) == {} and await b.mails_of([11]) == {}
    finally:
        await a.close()
        await b.close()


async def test_note_request_marks_progress_without_finishing(backend: Backend) -> None:
    """The e-mail channel marks the moment a letter's content goes: the request stays in doubt,
    with the mark readable after a crash; a finished request is never re-marked."""
    store = await backend.open()
    try:
        await _person_with_cases(store)
        case = (await store.cases())[0]
        rid = await store.start_request(case.id, None, "email", T0)
        await store.note_request(rid, "smtp:data")
        [req] = await store.requests_in_doubt(case.id)
        assert (req.id, req.status, req.reference) == (rid, "started", "smtp:data")
        await store.finish_request(rid, "submitted", T0, reference="OPT-7K2Q9X")
        await store.note_request(rid, "smtp:data")
        [req] = await store.requests(case.id)
        assert (req.status, req.reference) == ("submitted", "OPT-7K2Q9X")
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_ensure_cases_for_several_people_is_one_all_or_nothing_write(backend: Backend) -> None:
    """A run's plan creates everyone's missing cases in one transaction (Store.ensure_cases_for):
    the same cases ensure_cases would make, existing ones untouched, and a person who is not there
    leaves nothing half-written."""
    async with await _store(backend) as store:
        await store.add_person("p_aaaaaaaaaa", b"x", T0)
        await store.add_person("p_bbbbbbbbbb", b"y", T0)
        await store.ensure_cases("p_aaaaaaaaaa", ["a"], T0)
        assert await store.ensure_cases_for({"p_aaaaaaaaaa": ["a", "b"], "p_bbbbbbbbbb": ["a", "a", "c"],
                                             "p_cccccccccc": []}, T0) == 3
        got = sorted((c.person_id, c.broker_id, c.state) for c in await store.cases())
        assert got == [("p_aaaaaaaaaa", "a", CaseState.NEW), ("p_aaaaaaaaaa", "b", CaseState.NEW),
                       ("p_bbbbbbbbbb", "a", CaseState.NEW), ("p_bbbbbbbbbb", "c", CaseState.NEW)]
        assert await store.ensure_cases_for({"p_aaaaaaaaaa": ["a", "b"]}, T0) == 0
        with pytest.raises(StoreError, match="no person"):
            await store.ensure_cases_for({"p_bbbbbbbbbb": ["d"], "p_missing": ["a"]}, T0)
        assert await store.find_case("p_bbbbbbbbbb", "d") is None  # nothing half-written


async def test_a_write_after_a_stale_event_records_nothing(backend: Backend) -> None:
    """``record(after_event=…)``: an act that leaves the state as it is (a person's look) follows
    from the newest event read; a case with a newer one refuses it, on both backends (f38)."""
    from optout.errors import StateChanged

    store = await backend.open()
    try:
        await store.add_person("p_0000000001", b"sealed", T0)
        await store.ensure_cases("p_0000000001", ["b1"], T0)
        [case] = await store.cases()
        read = (await store.events(case.id))[-1].id
        await store.record(case.id, "seen", case.state, T0, after_event=read, data={"by": "person"})
        with pytest.raises(StateChanged, match="newer event"):
            await store.record(case.id, "seen", case.state, T0, after_event=read, data={"by": "person"})
        assert [e.kind for e in await store.events(case.id)] == ["created", "seen"]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_removal_keeps_its_suppression_digests_and_the_day_in_the_same_transaction(backend: Backend) -> None:
    """trial50: a client removed at their request must not come back with the clinic's sheet. The
    removal keeps the caller's keyed digests (never a value) with the day, in its own transaction;
    a second removal of the same client moves the day on; a refused removal keeps nothing. The
    vault's sealed key for them is kept once, whoever asks first, and swapped only from what was read."""
    other = "cd" * 32
    async with await backend.open() as store:
        await _person_with_cases(store)
        assert await store.suppressed([SHA, other]) == {}
        with pytest.raises(StoreError, match="no person"):
            await store.remove_person("p_bbbbbbbbbb", [other], T0)
        assert await store.suppressed([other]) == {}
        await store.remove_person("p_aaaaaaaaaa", [SHA, SHA], T0)
        assert await store.suppressed([SHA, other]) == {SHA: T0}
        await _person_with_cases(store)
        await store.remove_person("p_aaaaaaaaaa", [SHA], T0 + LEASE)
        assert await store.suppressed([SHA]) == {SHA: T0 + LEASE}
        assert await store.secret("suppression", b"first") == b"first"
        async with await backend.open() as second:  # another process asking at the same time
            assert await second.secret("suppression", b"second") == b"first"
            assert await second.suppressed([SHA]) == {SHA: T0 + LEASE}
        assert not await store.swap_secret("suppression", b"second", b"third")
        assert await store.swap_secret("suppression", b"first", b"third")
        assert await store.secret("suppression", b"x") == b"third"
    assert backend.raw("SELECT digest FROM suppressions") == [(SHA,)]
