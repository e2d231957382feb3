"""What only the PostgreSQL store has to get right, against a real server: many claimers on separate
connections, SKIP LOCKED, leases that run out, fenced writes from two machines, the shared rate
limit, migrations raced by workers starting at once, a broken connection, and the URL's password.
(Every generic store test also runs on PostgreSQL: see test_store.py.)"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from optout.errors import LeaseLost, StoreError
from optout.store import CaseState, Store, open_store
from optout.store.base import load_migrations

T0 = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=10)


async def _open_many(url: str, n: int) -> list[Store]:
    return [await open_store(url) for _ in range(n)]


async def _close(stores: list[Store]) -> None:
    for s in stores:
        await s.close()


async def _people(store: Store, people: int, brokers: int) -> None:
    for p in range(people):
        pid = f"p_{p:010d}"
        await store.add_person(pid, b"sealed", T0)
        await store.ensure_cases(pid, [f"b{i:03d}" for i in range(brokers)], T0)


@pytest.mark.asyncio
async def test_many_claimers_on_separate_connections_never_share_a_case(pg_url: str) -> None:
    stores = await _open_many(pg_url, 8)
    try:
        await _people(stores[0], 5, 60)  # 300 cases
        seen: list[int] = []

        async def claimer(k: int, store: Store) -> None:
            while batch := await store.claim_due(f"w{k}", T0, 4, LEASE):
                seen.extend(c.id for c in batch)
                assert all(c.lease_owner == f"w{k}" for c in batch)

        await asyncio.gather(*(claimer(k, s) for k, s in enumerate(stores)))
        assert len(seen) == len(set(seen)) == 300
        held = {c.id: c.lease_owner for c in await stores[0].cases()}
        assert None not in held.values() and len(set(held.values())) > 1  # shared out, all held
    finally:
        await _close(stores)


@pytest.mark.asyncio
async def test_claims_skip_rows_another_transaction_holds(pg_url: str) -> None:
    """A claimer does not wait for (or take) a row another transaction has locked: it takes the
    next due one. Without SKIP LOCKED this claim would block until the other transaction ends."""
    store = await open_store(pg_url)
    try:
        await _people(store, 1, 3)
        first, second, third = await store.cases()
        async with await psycopg.AsyncConnection.connect(pg_url) as other:
            await other.execute("SELECT id FROM cases WHERE id = %s FOR UPDATE", (first.id,))
            got = await asyncio.wait_for(store.claim_due("w", T0, 2, LEASE), timeout=30)
            assert [c.id for c in got] == [second.id, third.id]
            await other.rollback()
        assert [c.id for c in await store.claim_due("w2", T0, 5, LEASE)] == [first.id]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_expired_lease_is_reclaimed_and_the_old_owner_is_fenced_out(pg_url: str) -> None:
    one, two = await _open_many(pg_url, 2)  # two machines
    try:
        await _people(one, 1, 1)
        [case] = await one.claim_due("m1", T0, 1, LEASE)
        assert await two.claim_due("m2", T0 + LEASE / 2, 1, LEASE) == []  # live lease: not due
        assert await one.renew_lease([case.id], "m1", T0 + LEASE) == [case.id]
        assert await two.claim_due("m2", T0 + LEASE - timedelta(microseconds=1), 1, LEASE) == []
        # m1 stops renewing (it died, or stalled): once its lease has run out the case is m2's.
        [again] = await two.claim_due("m2", T0 + LEASE, 1, LEASE)
        assert (again.id, again.lease_owner) == (case.id, "m2")
        assert await one.renew_lease([case.id], "m1", T0 + 2 * LEASE) == []
        with pytest.raises(LeaseLost, match="now held by m2"):
            await one.record(case.id, "submitted", CaseState.SUBMITTED, T0 + LEASE, attempts_delta=1,
                             owner="m1", release_owner="m1")
        done = await two.record(case.id, "scanned", CaseState.NOT_FOUND, T0 + LEASE,
                                next_action_at=T0 + timedelta(days=30), owner="m2", release_owner="m2")
        assert (done.state, done.attempts, done.lease_owner) == (CaseState.NOT_FOUND, 0, None)
        assert [e.kind for e in await one.events(case.id)] == ["created", "scanned"]
    finally:
        await _close([one, two])


@pytest.mark.asyncio
async def test_take_slot_spaces_reservations_across_connections(pg_url: str) -> None:
    stores = await _open_many(pg_url, 6)
    try:
        gap = timedelta(seconds=3)
        got = await asyncio.gather(*(s.take_slot("peoplefind", gap, T0) for s in stores for _ in range(3)))
        assert sorted(got) == [T0 + k * gap for k in range(18)]  # one slot each, none shared
        assert await stores[0].take_slot("searchly", gap, T0) == T0
    finally:
        await _close(stores)


@pytest.mark.asyncio
async def test_stores_opening_at_once_migrate_once(pg_url: str) -> None:
    stores = await asyncio.gather(*(open_store(pg_url) for _ in range(6)))
    try:
        await stores[0].add_person("p_aaaaaaaaaa", b"x", T0)
        assert [p.id for p in await stores[-1].people()] == ["p_aaaaaaaaaa"]
    finally:
        await _close(list(stores))
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows == [(m.version, m.name) for m in load_migrations()]


@pytest.mark.asyncio
async def test_a_broken_connection_fails_one_call_then_reconnects(pg_url: str) -> None:
    store = await open_store(pg_url)
    try:
        await store.add_person("p_aaaaaaaaaa", b"x", T0)
        with psycopg.connect(pg_url, autocommit=True) as admin:  # the server restarts, say
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'optout' AND datname = current_database()"
            )
        with pytest.raises(StoreError, match=r"cannot list people"):
            await store.people()
        assert [p.id for p in await store.people()] == ["p_aaaaaaaaaa"]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_the_urls_password_is_never_shown(pg_url: str, pg_server) -> None:  # type: ignore[no-untyped-def]
    secret = "hunter2-Zq"
    url = pg_url.replace("postgres@", f"postgres:{secret}@")  # trust auth: any password works
    query = f"?application_name=optout&password={secret}"
    store = await open_store(url.replace("postgresql://", "postgres://") + query)
    try:
        assert secret not in store.where and secret not in repr(store)
        assert store.where.startswith("postgres://postgres@127.0.0.1:")
    finally:
        await store.close()
    with pytest.raises(StoreError, match="closed") as err:
        await store.people()
    assert secret not in str(err.value)

    with pytest.raises(StoreError) as err:  # nothing listens there
        await open_store(f"postgresql://postgres:{secret}@127.0.0.1:1/optout")
    message = str(err.value)
    assert secret not in message
    assert message.startswith("store postgresql://postgres@127.0.0.1:1/optout: cannot open the store:")

    with pytest.raises(StoreError) as err:  # a database that does not exist
        await open_store(url.rsplit("/", 1)[0] + "/nosuchdb")
    assert secret not in str(err.value) and "nosuchdb" in str(err.value)


def test_a_refused_login_is_a_setting_and_a_server_that_does_not_answer_is_not(pg_url: str, pg_server,
                                                                               tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Through the real CLI: the server answers and refuses the login (a wrong or missing password
    28P01, an unknown role 28000, an unknown database 3D000) → 78, which systemd does not restart;
    a server that does not answer → 69, which it does. One line each, never the password."""
    import socket

    from optout.errors import Exit

    from .harness import cli_env, run_optout

    right = pg_server.password_url(pg_url)
    env = cli_env(tmp_path)
    assert run_optout(env, "init", OPTOUT_DATABASE_URL=right).returncode == 0
    r = run_optout(env, "status", OPTOUT_DATABASE_URL=right)
    assert r.returncode == 0, r.stderr  # the role and its password are right

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    cases = {
        "wrong password": (pg_server.password_url(pg_url, "wrong-horse-7"), Exit.CONFIG, "refused the password"),
        "no password": (right.replace(":right-horse-7@", "@"), Exit.CONFIG, "asks for a password"),
        "unknown role": (pg_url.replace("postgres@", "nobody_here:wrong-horse-7@"), Exit.CONFIG, "refused the role"),
        "unknown database": (right.rsplit("/", 1)[0] + "/nosuchdb", Exit.CONFIG, "database does not exist"),
        "no server": (f"postgresql://optout_pw:wrong-horse-7@127.0.0.1:{closed}/optout", Exit.UNAVAILABLE, "cannot open"),
    }
    for what, (url, status, words) in cases.items():
        for command in (("status",), ("run",)):
            r = run_optout(env, *command, OPTOUT_DATABASE_URL=url)
            assert r.returncode == status, (what, command, r.returncode, r.stderr)
            [line] = r.stderr.strip().splitlines()
            assert words in line and "wrong-horse-7" not in line and "right-horse-7" not in line, (what, line)
            if status == Exit.CONFIG:
                assert "database_url" in line, line


def test_cli_end_to_end_on_postgres(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """init, person add, run, status through the real CLI with OPTOUT_DATABASE_URL on PostgreSQL
    (peoplefind is an HTTP-only lab broker: no browser needed)."""
    import json
    import os
    import subprocess
    import sys

    from optout.lab import LabThread
    from optout.person import load_person

    from .conftest import EXAMPLES

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                           timeout=300)
        assert r.returncode == 0, f"optout {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}"
        assert "hunter2" not in r.stdout + r.stderr
        return r

    with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("alex", load_person(EXAMPLES / "alex.toml"))])
        env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": lab.url,
               "OPTOUT_MAIL__MAILDIR": str(lab.maildir), "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000",
               "OPTOUT_DATABASE_URL": pg_url.replace("postgres@", "postgres:hunter2@")}
        cli("init")
        [added] = json.loads(cli("person", "add", str(EXAMPLES / "alex.toml"), "--json").stdout)
        cli("run", "--broker", "peoplefind")
        status = json.loads(cli("status", "--all", "--json").stdout)
    states = {row["broker"]: row["state"] for row in status if row["person"] == added["person"]}
    assert states["peoplefind"] == "confirmed"
    assert not (tmp_path / "data" / "optout.db").exists()  # everything went to PostgreSQL
    with psycopg.connect(pg_url) as conn:
        [(n,)] = conn.execute("SELECT COUNT(*) FROM cases WHERE person_id = %s", (added["person"],)).fetchall()
    assert n == len(status) and n > 1
