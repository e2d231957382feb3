"""Two machines sharing one store (README, "Several workers"): each has its own data directory and
vault; the people in the store are sealed under one vault's key, which every machine must hold.

A second machine's `optout init` used to make a new vault of its own beside a store that already
held people: it said "ready", its `person add` sealed people under a key the first machine cannot
open, and each machine's runs stopped on the other's people. Checked on SQLite (two data
directories, one file) and on a real PostgreSQL server."""

import os
import subprocess
import sys
from pathlib import Path

from optout.errors import Exit

from .conftest import EXAMPLES


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                          timeout=300)


def _machine(tmp_path: Path, name: str, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env.update({"OPTOUT_DATA_DIR": str(tmp_path / name), "OPTOUT_CACHE_DIR": str(tmp_path / "cache"),
                "OPTOUT_DATABASE_URL": database_url, "OPTOUT_LOG_FORMAT": "plain", **extra})
    return env


def test_second_machine_init_needs_the_first_ones_vault(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "store").mkdir(exist_ok=True)
    a = _machine(tmp_path, "laptop-a", database_url)
    b = _machine(tmp_path, "laptop-b", database_url)
    assert _cli(a, "init").returncode == 0
    assert _cli(a, "person", "add", str(EXAMPLES / "maria-jose.toml")).returncode == 0

    # B follows "run optout init" without copying the vault: refused, one line naming the step and
    # the files to copy, no vault made
    r = _cli(b, "init")
    assert r.returncode == Exit.CONFIG, r.stdout + r.stderr
    [line] = r.stderr.strip().splitlines()
    assert "init:" in line and "vault.json" in line and "vault.key" in line and "no vault was made" in line
    assert "García" not in line and "Traceback" not in r.stderr
    assert not (tmp_path / "laptop-b" / "vault.json").exists()

    # a vault of B's own (made before, say, or another passphrase) is refused as well
    c = _machine(tmp_path, "laptop-c", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    assert _cli(c, "init").returncode == 0
    c["OPTOUT_DATABASE_URL"] = database_url
    r = _cli(c, "init")
    assert r.returncode == Exit.CONFIG, r.stdout + r.stderr
    [line] = r.stderr.strip().splitlines()
    assert "another vault" in line and "vault.json" in line, line

    # with A's vault copied, as the README says, B's init passes and B reads A's people
    for f in ("vault.json", "vault.key"):
        (tmp_path / "laptop-b" / f).write_bytes((tmp_path / "laptop-a" / f).read_bytes())
        os.chmod(tmp_path / "laptop-b" / f, 0o600)
    r = _cli(b, "init")
    assert r.returncode == 0, r.stderr
    r = _cli(b, "person", "list", "--names")
    assert r.returncode == 0 and "García" in r.stdout, r.stdout + r.stderr


def test_a_passphrase_vault_refused_beside_a_store_sealed_under_another(pg_url: str, tmp_path: Path) -> None:
    """The same with a passphrase on PostgreSQL: B set its own passphrase instead of A's."""
    a = _machine(tmp_path, "laptop-a", pg_url, OPTOUT_PASSPHRASE="correct horse battery 1")
    assert _cli(a, "init").returncode == 0
    assert _cli(a, "person", "add", str(EXAMPLES / "alex.toml")).returncode == 0
    b = _machine(tmp_path, "laptop-b", pg_url, OPTOUT_PASSPHRASE="another passphrase 22")
    r = _cli(b, "init")
    assert r.returncode == Exit.CONFIG
    assert not (tmp_path / "laptop-b" / "vault.json").exists()
    # B takes A's vault.json and A's passphrase: it opens
    (tmp_path / "laptop-b" / "vault.json").write_bytes((tmp_path / "laptop-a" / "vault.json").read_bytes())
    r = _cli(b, "init")
    assert r.returncode == Exit.CONFIG  # the file alone is not enough: the passphrase is B's own
    assert "another passphrase" not in r.stderr and "passphrase" in r.stderr
    b["OPTOUT_PASSPHRASE"] = "correct horse battery 1"
    assert _cli(b, "init").returncode == 0


async def test_a_machine_whose_clock_is_off_is_refused_before_it_claims(pg_url: str, tmp_path: Path,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Leases, due times and broker slots are written by each worker's own clock: a machine 10
    minutes fast saw a live worker's 15-minute lease as run out after 5, took its running cases and
    sent their requests again. run, run --due and worker now refuse such a machine, one line with
    the minutes and what to do; a few seconds off (any real network) passes, and so does SQLite."""
    import time

    import pytest

    from optout import app as app_mod
    from optout.errors import ClockSkew, Exit
    from optout.settings import Settings
    from optout.store import _postgres

    settings = Settings(data_dir=tmp_path / "d", database_url=pg_url)
    async with app_mod.open_app(settings, create=True, new_store=True):
        pass
    for off, refused in ((600.0, "ahead of"), (-600.0, "behind"), (20.0, None), (-20.0, None)):
        monkeypatch.setattr(_postgres, "wall_clock", lambda off=off: time.time() + off)
        if refused is None:
            async with app_mod.open_app(settings, brokers=True):
                pass
            continue
        with pytest.raises(ClockSkew) as e:
            async with app_mod.open_app(settings, brokers=True):
                pass
        assert e.value.exit_code == Exit.TEMPFAIL  # this machine: a restart once NTP set the clock may do
        line = str(e.value)
        assert f"10 min {refused} the database server's" in line and "timedatectl" in line, line
        assert "\n" not in line
        # commands that only read (status, human) still work: a volunteer can look at what is held
        async with app_mod.open_app(settings, read_only=True):
            pass


def test_a_worker_waits_out_a_database_restart(tmp_path: Path) -> None:
    """The database server stops for a while and comes back: `optout worker` used to exit 69 on the
    first pass that found it gone ("cannot list cases"), so a worker started by hand stayed stopped
    for good. It now says so once, waits (2 s, doubling, at most a minute), says when the store
    answers again and goes on; SIGTERM still stops it cleanly. Its own PostgreSQL server (the
    session's is shared by other tests), with a person whose cases are not due: an idle worker."""
    import signal
    import time

    import psycopg
    import pytest

    from tests.pgserver import Unavailable, running

    try:
        server_cm = running()
        server = server_cm.__enter__()
    except Unavailable as e:
        pytest.skip(f"no PostgreSQL here: {e}")
    try:
        url = server.create_database()
        env = _machine(tmp_path, "laptop-a", url, OPTOUT_LAB_URL="")
        env.pop("OPTOUT_LAB_URL")
        assert _cli(env, "init").returncode == 0
        assert _cli(env, "person", "add", str(EXAMPLES / "alex.toml")).returncode == 0
        with psycopg.connect(url, autocommit=True) as conn:  # nothing due for a day: the worker idles
            conn.execute("UPDATE cases SET next_action_at = next_action_at + 86400000000")
        worker = subprocess.Popen([sys.executable, "-m", "optout", "worker", "--poll", "1"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            time.sleep(8)  # past its start (imports, the plan) and a pass or two
            assert worker.poll() is None, worker.communicate()
            server.down()
            time.sleep(10)
            assert worker.poll() is None, "the worker exited while the database was down: " + str(
                worker.communicate())
            server.up()
            time.sleep(12)  # the back-off's next try (2, 4, 8 s)
            assert worker.poll() is None
            worker.send_signal(signal.SIGTERM)
            out, err = worker.communicate(timeout=60)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
        assert worker.returncode == 0, err
        waits = [line for line in err.splitlines() if "store not reachable" in line]
        assert 1 <= len(waits) <= 2, err  # said once (again only at the longest wait), not every pass
        assert any("store reachable again" in line for line in err.splitlines()), err
        assert "Traceback" not in err
    finally:
        server_cm.__exit__(None, None, None)


async def test_a_clock_that_drifts_while_a_worker_runs_stops_its_claims(pg_url: str, tmp_path: Path,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The clock was checked only at start: a worker running for weeks whose clock drifted (NTP
    off, a VM resumed) went on claiming and took other workers' running cases. It now reads the
    store's clock again before a claim, at most once a minute, and a drift stops its claims with
    the one line it would have refused to start with; the case stays due, unclaimed."""
    import time

    import pytest

    from optout import app as app_mod
    from optout.clock import CLOCK_HINT, ClockWatch
    from optout.engine import Engine
    from optout.errors import ClockSkew
    from optout.person import parse_person
    from optout.settings import Settings
    from optout.store import _postgres
    from optout.worker import drain

    settings = Settings(data_dir=tmp_path / "d", database_url=pg_url)
    async with app_mod.open_app(settings, create=True, new_store=True):
        pass
    async with app_mod.open_app(settings, brokers=True) as app:  # the clock right at start
        person = parse_person({"first_name": "Ana", "last_name": "Ruiz", "addresses": [{"city": "Fresno", "state": "CA"}]}, "t")
        blob, _ = app.vault.seal_person("p_dr1ft", person.model_dump_json().encode())
        await app.store.add_person("p_dr1ft", blob, app.clock.now())
        await app.store.ensure_cases("p_dr1ft", ["no-such-broker"], app.clock.now())
        reads = 0
        real = app.store.clock_offset

        async def counted() -> float | None:
            nonlocal reads
            reads += 1
            return await real()

        monkeypatch.setattr(app.store, "clock_offset", counted)
        watch = ClockWatch()
        await watch.check(app.store)
        monkeypatch.setattr(_postgres, "wall_clock", lambda: time.time() + 600)  # ten minutes fast now
        await watch.check(app.store)  # within the minute: not read again (one query a minute at most)
        assert reads == 1
        watch._at = time.monotonic() - 61  # a minute later
        with pytest.raises(ClockSkew) as e:
            await watch.check(app.store)
        assert "10 min ahead of the database server's" in str(e.value) and "no case is claimed" in str(e.value)
        with pytest.raises(ClockSkew):  # until a later read finds it right, a drift found stays found
            await watch.check(app.store)
        assert reads == 2

        engine = Engine(settings, app.store, app.vault, app.catalogue, app.clock)
        try:
            summary = await drain(engine, concurrency=1)
        finally:
            await engine.close()
        assert summary.processed == 0 and summary.fault and "10 min ahead of" in summary.fault, summary
        assert summary.fault_hint == CLOCK_HINT
        [case] = await app.store.cases(person_id="p_dr1ft")
        assert case.state.value == "new" and case.attempts == 0
        # the worker (serve) stops with that one line, exit 75, rather than a fault line every pass
        import asyncio

        from optout.worker import serve

        engine = Engine(settings, app.store, app.vault, app.catalogue, app.clock)
        try:
            with pytest.raises(ClockSkew) as e:
                await asyncio.wait_for(serve(engine, stop=asyncio.Event(), max_sleep=0.1), 60)
        finally:
            await engine.close()
        assert e.value.exit_code == 75 and "\n" not in str(e.value)
        assert (await app.store.cases(person_id="p_dr1ft"))[0].attempts == 0
        monkeypatch.setattr(_postgres, "wall_clock", time.time)  # set right again
        watch._at = time.monotonic() - 61
        await watch.check(app.store)
        assert watch.error is None
