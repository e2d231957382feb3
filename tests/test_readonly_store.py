"""Every command that only reads (``status``, ``person list``/``show``, ``human``, ``report``,
``evidence``, ``letters plan``, ``drop show``/``guide``, ``answers`` (without ``--undo``), ``agent show``/``form``, ``recipe list``,
``backup``) works on a read-only data directory or disk (the store is opened with SQLite's
``mode=ro``, or ``immutable`` on a disk mounted read-only, where nothing can write); a command that
must write says in one line that the store's folder is read-only."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from optout.errors import Exit, StoreError
from optout.store import open_store

from .conftest import EXAMPLES
from .harness import cli_env, run_optout
from .test_faults import mount_tmpfs, umount


def _reads_and_refuses(env: dict[str, str], data: Path) -> None:
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    r = run_optout(env, "status", "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 1  # the one person added before the disk went read-only
    r = run_optout(env, "status")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    r = run_optout(env, "person", "add", "--label", "maria", str(EXAMPLES / "maria.toml"))
    assert r.returncode == Exit.TEMPFAIL, r.stderr
    [line] = r.stderr.strip().splitlines()
    assert "the folder holding the store is read-only" in line and "optout status" in line, line
    assert "Maria" not in line and "Traceback" not in r.stderr
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before  # nothing written


#: The commands that only read, as a volunteer types them (``{out}``: a folder outside the data
#: directory), each run on the read-only data directory and expected to succeed.
READERS = [("status",), ("status", "--json"), ("status", "--person", "alex"), ("status", "--brokers"),
           ("person", "list"), ("person", "list", "--names"), ("person", "show", "alex"), ("human",),
           ("human", "--json", "--show"), ("report", "alex", "--out", "{out}/report", "--no-pdf"),
           ("evidence", "1"), ("letters", "plan"), ("letters", "plan", "--json"), ("drop", "show", "alex"),
           ("drop", "guide", "alex"), ("answers", "alex"), ("answers", "alex", "--json"), ("agent", "show", "alex"), ("agent", "form", "alex"), ("recipe", "list"),
           ("backup", "{out}/backup")]
#: Commands that write, and must say so in one line (exit 75) without writing anything.
WRITERS = [("person", "edit", "alex", "--label", "alexandra"), ("done", "1"), ("retry", "1"),
           ("drop", "record", "alex", "--reference", "D-1", "--filed", "2026-11-01")]


def _walk_readers(env: dict[str, str], data: Path, out: Path) -> None:
    env = {**env, "OPTOUT_AGENT__NAME": "Clínica Legal", "OPTOUT_AGENT__ADDRESS": "1 Main St, Fresno, CA"}
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    for args in READERS:
        r = run_optout(env, *(a.format(out=out) for a in args))
        assert r.returncode == 0, (args, r.stderr)
        assert "Traceback" not in r.stderr, (args, r.stderr)
    for args in WRITERS:
        r = run_optout(env, *args)
        assert r.returncode == Exit.TEMPFAIL, (args, r.returncode, r.stderr)
        [line] = r.stderr.strip().splitlines()
        assert "the folder holding the store is read-only" in line, (args, line)
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before  # nothing written


@contextlib.contextmanager
def _read_only_data(tmp_path: Path, *, mount: bool) -> Iterator[tuple[dict[str, str], Path]]:
    """(the CLI's environment, the data directory) holding one person, ``alex``, then made
    read-only: the small disk it is on remounted read-only (``mount``: needs root) or the folder's
    mode 0500 (any other user); put back afterwards."""
    disk = tmp_path / "disk"
    if mount:
        mount_tmpfs(disk, "8m")
    data = disk / "data"
    env = cli_env(tmp_path, data=data)
    try:
        assert run_optout(env, "init").returncode == 0
        r = run_optout(env, "person", "add", "--label", "alex", str(EXAMPLES / "alex.toml"))
        assert r.returncode == 0, r.stderr
        assert not (data / "optout.db-shm").exists()  # closed cleanly: no shared-memory file to reuse
        if mount:
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        else:
            os.chmod(data, 0o500)
        yield env, data
    finally:
        if mount:
            umount(disk)
        elif data.exists():
            os.chmod(data, 0o700)


def test_every_reading_command_works_on_a_read_only_data_directory(tmp_path):
    """Through the real CLI, on a disk mounted read-only (root) or a folder this user cannot write."""
    out = tmp_path / "out"
    out.mkdir()
    with _read_only_data(tmp_path, mount=os.geteuid() == 0) as (env, data):
        _walk_readers(env, data, out)


def test_status_reads_a_store_on_a_disk_mounted_read_only(tmp_path):
    with _read_only_data(tmp_path, mount=True) as (env, data):
        _reads_and_refuses(env, data)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through a folder's mode: the read-only mount above covers it")
def test_status_reads_a_data_directory_this_user_cannot_write(tmp_path):
    with _read_only_data(tmp_path, mount=False) as (env, data):
        _reads_and_refuses(env, data)


async def test_a_read_only_store_sees_other_writers_and_writes_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'optout.db'}"
    now = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    writer = await open_store(url)
    reader = await open_store(url, read_only=True)
    try:
        await writer.add_person("p_aaaaaaaaaa", b"sealed", now)
        assert [p.id for p in await reader.people()] == ["p_aaaaaaaaaa"]  # a commit made meanwhile is seen
        with pytest.raises(StoreError, match="readonly|read-only"):
            await reader.add_person("p_bbbbbbbbbb", b"sealed", now)
        assert [p.id for p in await writer.people()] == ["p_aaaaaaaaaa"]
    finally:
        await reader.close()
        await writer.close()
    with pytest.raises(StoreError, match="no store here"):  # reading never creates one
        await open_store(f"sqlite:///{tmp_path / 'nothing.db'}", read_only=True)
    assert not (tmp_path / "nothing.db").exists()
