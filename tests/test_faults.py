"""Faults of the machine, injected for real: a small file system that fills up mid-run, a read-only
evidence folder, a person removed while a worker runs their cases, umask 022. Each ends with every
command working, nothing lost and nothing sent twice.

The file systems are real tmpfs mounts (the tests run as root in CI and here); where mounting is
refused the tests that need it are skipped, and say so.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from optout.errors import Exit
from optout.lab.fleet import Fleet
from optout.lab.server import LabThread
from optout.person import load_person
from optout.store import CaseState

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

HTTP_BROKERS = ["peoplefind", "quicklook", "truthy", "phonebook"]


def mount_tmpfs(where: Path, size: str, *, read_only: bool = False) -> None:
    where.mkdir(parents=True, exist_ok=True)
    opts = f"size={size},mode=0700" + (",ro" if read_only else "")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, f"optout-test-{uuid.uuid4().hex[:6]}", str(where)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip() or r.returncode}): needs root")


def umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def optout(fleet: Fleet, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "optout", *args], env=fleet.env, capture_output=True,
                          text=True, timeout=600)


# ---- a small file system filling up mid-run ------------------------------------------------------


def test_disk_full_mid_run_stops_cleanly_and_recovers(tmp_path):
    disk = tmp_path / "disk"
    mount_tmpfs(disk, "32m")
    try:
        with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
            db = disk / "data" / "optout.db"
            fleet = Fleet(lab, disk, f"sqlite:///{db}", HTTP_BROKERS,
                          OPTOUT_WORKER__MIN_FREE_MB="1", OPTOUT_WORKER__CONCURRENCY="2")
            fleet.add_people(8)
            # leave room for the minimum and the reserve, and ~150 kB more: the run fills it
            from optout.diskspace import RESERVE_BYTES

            free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
            filler = disk / "filler"
            filler.write_bytes(b"\1" * int(free - 1_000_000 - RESERVE_BYTES - 150_000))

            first = optout(fleet, "run")
            assert first.returncode == Exit.TEMPFAIL, first.stderr[-2000:]
            assert "Traceback" not in first.stderr and "Error:" not in first.stderr, first.stderr[-3000:]
            lines = [x for x in first.stderr.splitlines() if x.startswith("optout:")]
            assert any("the disk is full" in x for x in lines), first.stderr[-2000:]
            assert any("to recover: free space on the disk holding" in x for x in lines)
            # the WAL does not keep the disk: it was checkpointed into the store and truncated
            wal = Path(f"{db}-wal")
            assert not wal.exists() or wal.stat().st_size < 200_000

            # the closed store gave its WAL's space back; fill the disk up again (the user's other
            # files grow): a run refuses to start, says how much it needs; every other command works
            free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
            (disk / "more").write_bytes(b"\1" * max(0, int(free - 2_000_000)))
            again = optout(fleet, "run", "--due")
            assert again.returncode == Exit.TEMPFAIL and "a run needs at least 5 MB" in again.stderr, again.stderr[-2000:]
            assert "Traceback" not in again.stderr
            assert optout(fleet, "status").returncode == 0
            assert optout(fleet, "person", "list").returncode == 0

            filler.unlink()  # the user frees space
            (disk / "more").unlink()
            done = optout(fleet, "run")
            assert done.returncode == 0, done.stderr[-2000:]
            cases = [c for c, _ in fleet.cases()]
            assert len(cases) == 8 * len(HTTP_BROKERS)
            # every case ran to a resting state of its own (a crowd person without a phone fails
            # phonebook's form: that is the recipe's answer, not the machine's)
            stuck = [(c.broker_id, c.state.value, c.last_error) for c in cases
                     if c.state == CaseState.NEW or ("fault of this machine" in (c.last_error or "")
                                                     and c.state != CaseState.SUBMITTED)]
            assert stuck == []
            assert fleet.duplicates() == {}  # nothing sent twice
    finally:
        umount(disk)


def test_the_reserve_really_takes_its_blocks_and_is_freed_whole(tmp_path):
    """The reserve is allocated, not sparse (a sparse file would free nothing when the disk fills),
    private, and on a tmpfs the space it takes comes back when it is released."""
    from optout.diskspace import RESERVE_BYTES, ensure_reserve, release_reserve, reserve_size

    ensure_reserve(tmp_path)
    st = (tmp_path / ".reserve").stat()
    assert st.st_size == RESERVE_BYTES and st.st_blocks * 512 >= RESERVE_BYTES
    assert stat.S_IMODE(st.st_mode) == 0o600
    disk = tmp_path / "disk"
    mount_tmpfs(disk, "16m")
    try:
        free = lambda: os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize  # noqa: E731
        before = free()
        ensure_reserve(disk)
        assert reserve_size(disk) == RESERVE_BYTES and before - free() >= RESERVE_BYTES
        assert release_reserve(disk) and free() == before
    finally:
        umount(disk)


# ---- a read-only evidence folder: the cases stay due, never parked ---------------------------------


async def test_read_only_evidence_folder_leaves_cases_due_then_they_run(lab, tmp_path):
    people = {k: load_person(EXAMPLES / f) for k, f in (("alex", "alex.toml"), ("maria", "maria.toml"))}
    lab.seed_people(list(people.items()))
    settings = lab_settings(tmp_path / "data", lab, worker={"min_free_mb": 0})
    settings.evidence_dir.mkdir(parents=True)
    mount_tmpfs(settings.evidence_dir, "4m", read_only=True)
    try:
        async with Optout(settings) as o:
            for key, person in people.items():
                await o.add(f"p_{key}", person, HTTP_BROKERS)
            first = await o.run()
            assert first.fault and "Read-only file system" in first.fault
            cases = await o.store.cases()
            assert not [c for c in cases if c.state == CaseState.FAILED]
            now = o.clock.now()
            # due again: now, or (a request that went out before the fault) at its confirmation scan
            assert all(c.next_action_at is not None and (c.next_action_at <= now or c.state == CaseState.SUBMITTED)
                       for c in cases), [(c.state.value, c.next_action_at) for c in cases]

            umount(settings.evidence_dir)  # the folder is fixed
            second = await o.run()
            waiting = len([c for c in cases if c.next_action_at > now])
            assert second.fault is None and second.processed == len(cases) - waiting
            cases = await o.store.cases()
            assert not [c for c in cases if c.state in (CaseState.FAILED, CaseState.NEW)]
            for c in cases:
                assert all(r.status != "started" for r in await o.store.requests(c.id))
            assert all(n == 1 for subs in lab.submissions().values() for n in subs.values()), lab.submissions()
    finally:
        umount(settings.evidence_dir)


# ---- Ctrl-C while the store's thread is busy ----------------------------------------------------------


async def test_ctrl_c_as_cases_are_claimed_hands_every_one_back(tmp_path):
    """trial49: after Ctrl-C `optout run` said "4 cases handed back" and `optout status` showed one
    still leased by the stopped run. A case that meets the stop releases its lease on the store's one
    thread; Ctrl-C cancels that wait, and a release still queued behind other work never runs. Every
    case the run held must be handed back, and the count must be of those."""
    import threading

    from optout.lab import Lab
    from optout.worker import drain

    lab = Lab(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab")
    await lab.start()
    try:
        alex = load_person(EXAMPLES / "alex.toml")
        settings = lab_settings(tmp_path / "data", lab, worker={"concurrency": 4, "min_free_mb": 0})
        async with Optout(settings) as o:
            await o.add("p_alex", alex, HTTP_BROKERS)
            stop, hurry, gate = asyncio.Event(), asyncio.Event(), threading.Event()
            claim_due, claimed = o.store.claim_due, []

            async def claim_then_ctrl_c(*a, **kw):  # Ctrl-C arrives as the claim returns
                got = await claim_due(*a, **kw)
                claimed.extend(got)
                stop.set()
                hurry.set()
                # the store's thread busy a moment longer (another write of this run): the cases'
                # releases queue behind it
                asyncio.get_running_loop().run_in_executor(o.store._executor, gate.wait, 5)
                asyncio.get_running_loop().call_later(0.3, gate.set)
                return got

            o.store.claim_due = claim_then_ctrl_c
            summary = await asyncio.wait_for(drain(o.engine, stop=stop, hurry=hurry), 60)
            assert len(claimed) == 4 and summary.processed == 0
            leased = [c.id for c in await o.store.cases(person_id="p_alex") if c.lease_owner is not None]
            assert leased == []  # no case left leased by the stopped run...
            assert summary.handed_back == len(claimed)  # ...and the count says what was handed back
    finally:
        await lab.stop()


# ---- person remove while a worker runs that person's cases ----------------------------------------


async def test_person_removed_while_their_cases_run(tmp_path):
    from optout.lab import Lab
    from optout.worker import drain

    lab = Lab(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", latency_ms=(150, 250))
    await lab.start()
    try:
        alex = load_person(EXAMPLES / "alex.toml")
        lab.seed_people([("alex", alex)])
        settings = lab_settings(tmp_path / "data", lab, worker={"concurrency": 2, "min_free_mb": 0})
        async with Optout(settings) as o:
            await o.add("p_alex", alex, HTTP_BROKERS)
            ids = [c.id for c in await o.store.cases(person_id="p_alex")]
            run = asyncio.create_task(drain(o.engine))
            for _ in range(400):  # until the first evidence is kept: the cases are under way
                if any((settings.evidence_dir / str(i)).exists() for i in ids):
                    break
                await asyncio.sleep(0.02)
            # what `optout person remove` does (the CLI deletes the files the store lists)
            for rel in await o.store.remove_person("p_alex"):
                (settings.evidence_dir / rel).unlink(missing_ok=True)
            sent_at_removal = sum(sum(s.values()) for s in lab.submissions().values())
            summary = await asyncio.wait_for(run, 120)
            assert summary.fault is None
            left = [p for i in ids for p in (settings.evidence_dir / str(i)).rglob("*") if p.is_file()]
            assert left == []  # nothing of the person's is left on disk
            # a request already on the wire may complete; none is started after the removal
            assert sum(sum(s.values()) for s in lab.submissions().values()) <= sent_at_removal + 2
            assert await o.store.cases(person_id="p_alex") == []
    finally:
        await lab.stop()


# ---- modes under umask 022 --------------------------------------------------------------------------


def test_everything_created_is_private_under_umask_022(tmp_path):
    """init, person add, a run that keeps evidence and reads the Maildir, and an export: every
    folder 0700 and every file 0600 under the data directory and the export folder."""
    old = os.umask(0o022)
    try:
        with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
            fleet = Fleet(lab, tmp_path / "f", f"sqlite:///{tmp_path / 'f' / 'data' / 'optout.db'}",
                          ["peoplefind", "quicklook"], OPTOUT_WORKER__MIN_FREE_MB="0")
            fleet.env["OPTOUT_MAIL__MAILDIR"] = str(lab.maildir)
            fleet.add_people(2)
            r = optout(fleet, "run")
            assert r.returncode == 0, r.stderr[-2000:]
            case = next(c for c, _ in fleet.cases() if c.state.value in ("confirmed", "submitted"))
            export = tmp_path / "export"
            r = optout(fleet, "evidence", str(case.id), "--export", str(export))
            assert r.returncode == 0, r.stderr
        data = tmp_path / "f" / "data"
        checked = 0
        for root in (data, export):
            for p in [root, *root.rglob("*")]:
                mode = stat.S_IMODE(p.lstat().st_mode)
                want = 0o700 if p.is_dir() else 0o600
                assert mode == want, f"{p.relative_to(tmp_path)} is {oct(mode)}, expected {oct(want)}"
                checked += 1
        assert any((data / "evidence").rglob("*.sealed")) and any(export.iterdir())
        assert checked > 10
    finally:
        os.umask(old)


def test_export_refuses_to_write_through_a_link(tmp_path):
    old = os.umask(0o022)
    try:
        with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
            fleet = Fleet(lab, tmp_path / "f", f"sqlite:///{tmp_path / 'f' / 'data' / 'optout.db'}",
                          ["quicklook"], OPTOUT_WORKER__MIN_FREE_MB="0")
            fleet.add_people(1)
            assert optout(fleet, "run").returncode == 0
            case = next(c for c, _ in fleet.cases())
            export = tmp_path / "export"
            export.mkdir()
            listed = optout(fleet, "evidence", str(case.id), "--json").stdout
            import json

            first = Path(json.loads(listed)[0]["path"]).name.removesuffix(".sealed")
            victim = tmp_path / "victim.txt"
            victim.write_text("keep me")
            (export / first).symlink_to(victim)
            r = optout(fleet, "evidence", str(case.id), "--export", str(export))
            assert r.returncode == Exit.DATAERR and "is a symbolic link; refusing to write through it" in r.stderr
            assert victim.read_text() == "keep me"
            linked_dir = tmp_path / "linked"
            linked_dir.symlink_to(export)
            r = optout(fleet, "evidence", str(case.id), "--export", str(linked_dir))
            assert r.returncode == Exit.DATAERR and "is a symbolic link; give the folder itself" in r.stderr
    finally:
        os.umask(old)


# ---- a backup restored without its -wal: the lost requests are detected ------------------------------


async def _store_with_requests(db: Path, n: int) -> list[int]:
    import datetime as dt

    from optout.store import open_store

    store = await open_store(f"sqlite:///{db}")
    now = dt.datetime.now(dt.UTC)
    await store.add_person("p_aaaaaaaaaa", b"sealed", now)
    await store.ensure_cases("p_aaaaaaaaaa", ["quicklook"], now)
    [case] = await store.cases()
    ids = [await store.start_request(case.id, None, "http", now) for _ in range(n)]
    return store, ids


def _cli(data: Path, *args: str, capsys) -> tuple[int, str]:
    from optout import cli

    code = cli.main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


async def test_a_store_restored_without_its_wal_is_detected(tmp_path, capsys):
    data = tmp_path / "data"
    assert (await asyncio.to_thread(_cli, data, "init", capsys=capsys))[0] == 0
    db = data / "optout.db"
    store, ids = await _store_with_requests(db, 3)
    # a "backup" made by copying optout.db alone while its latest commits sit in the -wal
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    await store.close()
    # the crash, and the restore of that copy without its -wal
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(copy.read_bytes())
    os.chmod(db, 0o600)

    code, out = await asyncio.to_thread(_cli, data, "status", capsys=capsys)
    assert code == 0 and "the store has lost 3 recorded requests" in out
    code, out = await asyncio.to_thread(_cli, data, "run", "--due", capsys=capsys)
    assert code == Exit.DATAERR and "lost 3 recorded requests" in out and "--accept-lost-requests" in out
    # a Spanish reader is warned and refused in Spanish (c24: both lines were English)
    with pytest.MonkeyPatch.context() as mp:
        for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            mp.delenv(k, raising=False)
        mp.setenv("LANG", "es_MX.UTF-8")
        code, out = await asyncio.to_thread(_cli, data, "status", capsys=capsys)
        assert "optout: aviso: la base de datos perdió 3 solicitudes registradas" in out, out
        assert "warning" not in out and "the store has lost" not in out
        code, out = await asyncio.to_thread(_cli, data, "run", "--due", capsys=capsys)
        assert code == Exit.DATAERR and "optout: la base de datos perdió 3 solicitudes" in out, out
        assert "--accept-lost-requests" in out and "the store has lost" not in out and "solo en inglés" not in out
    code, out = await asyncio.to_thread(_cli, data, "run", "--due", "--accept-lost-requests", capsys=capsys)
    assert code == 0, out
    code, out = await asyncio.to_thread(_cli, data, "status", capsys=capsys)
    assert "lost" not in out


async def test_optout_backup_holds_every_committed_request(tmp_path, capsys):
    data = tmp_path / "data"
    assert (await asyncio.to_thread(_cli, data, "init", capsys=capsys))[0] == 0
    db = data / "optout.db"
    store, ids = await _store_with_requests(db, 3)
    try:
        code, out = await asyncio.to_thread(_cli, data, "backup", str(tmp_path / "bk"), capsys=capsys)
        assert code == 0, out
    finally:
        await store.close()
    assert stat.S_IMODE((tmp_path / "bk" / "optout.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "bk").stat().st_mode) == 0o700
    # restored alone (a single file: its journal is not WAL), it holds all three requests
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes((tmp_path / "bk" / "optout.db").read_bytes())
    from optout.store import open_store

    async with await open_store(f"sqlite:///{db}") as restored:
        [case] = await restored.cases()
        assert [r.id for r in await restored.requests(case.id)] == ids
        assert restored.lost_requests == 0
    code, out = await asyncio.to_thread(_cli, data, "backup", str(tmp_path / "bk"), capsys=capsys)
    assert code == Exit.DATAERR and "give a new or empty folder" in out


def test_a_full_or_read_only_data_disk_is_named_when_the_store_will_not_open(tmp_path):
    """SQLite says only "disk I/O error" (a full disk, while it makes its -shm file) or "unable to
    open database file" (a read-only disk): the one line a volunteer reads says which."""
    disk = tmp_path / "disk"
    mount_tmpfs(disk, "2m")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")},
           "OPTOUT_DATA_DIR": str(disk / "data"), "OPTOUT_CONFIG": str(tmp_path / "none.toml")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                              timeout=120)

    try:
        assert run("init").returncode == 0
        for name in ("optout.db-wal", "optout.db-shm"):  # as after a clean close
            (disk / "data" / name).unlink(missing_ok=True)
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:  # the disk fills up (other files, a grown log), to the last block
            for chunk in (65536, 4096, 512):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * chunk)
        finally:
            os.close(fd)
        r = run("person", "list")
        assert r.returncode == Exit.TEMPFAIL and r.stderr.endswith(": the disk is full\n"), r.stderr
        assert "Traceback" not in r.stderr
        (disk / "filler").unlink()
        profile = tmp_path / "p.toml"
        profile.write_text('first_name = "Ana"\nlast_name = "Ruiz"\n', encoding="utf-8")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        r = run("person", "add", str(profile))  # the store opens (its -shm is there), the write fails
        assert r.returncode == Exit.TEMPFAIL and "(the disk is mounted read-only)" in r.stderr, r.stderr
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        for name in ("optout.db-wal", "optout.db-shm"):
            (disk / "data" / name).unlink(missing_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        r = run("person", "list")  # no -shm and no way to make one: a command that only reads still reads
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        r = run("person", "add", str(profile))  # one that writes cannot, and says why
        assert r.returncode == Exit.TEMPFAIL and "(the disk is mounted read-only)" in r.stderr, r.stderr
    finally:
        umount(disk)
