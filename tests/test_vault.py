"""The vault's keys: passphrase, key file and OS keyring; `optout key rotate`, also when it is cut
short; a wrong passphrase on every command that needs the key."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
import structlog

from optout import vault as vault_mod
from optout.cli import main
from optout.errors import ConfigError, Exit
from optout.person import load_person
from optout.store import open_store
from optout.vault import KeySource, Vault, rotate

from .conftest import EXAMPLES

from .leakscan import assert_no_leaks, scan_bytes


@pytest.fixture(autouse=True)
def _logging_back_to_defaults():
    """`main()` points logging at this test's captured stderr: undo it for the tests after."""
    yield
    structlog.reset_defaults()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict: the real `keyring` API, without a desktop session."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    try:
        yield kr
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def data(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("OPTOUT_DATA_DIR", str(d))
    return d


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def add_people(capsys, *files: str) -> list[str]:
    code, out, err = run(capsys, "person", "add", *[str(EXAMPLES / f) for f in files], "--json")
    assert code == 0, err
    return [p["person"] for p in json.loads(out)]


def names(capsys) -> set[str]:
    code, out, err = run(capsys, "person", "list", "--names", "--json")
    assert code == 0, err
    return {p["name"] for p in json.loads(out)}


def person_blobs(data: Path) -> dict[str, bytes]:
    with sqlite3.connect(data / "optout.db") as conn:
        return dict(conn.execute("SELECT id, sealed FROM people"))


def snapshot(d: Path) -> dict[str, str]:
    """Every file's hash, but the disk-space reserve (``optout.diskspace``: zeros, laid down by the
    first command that may write, freed when the disk fills): it holds no data."""
    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.rglob("*"))
            if p.is_file() and p.name != ".reserve"}


# ---- key kinds ---------------------------------------------------------------------------------


def test_keyring_holds_the_master_key(data, capsys, monkeypatch, memory_keyring):
    monkeypatch.setenv("OPTOUT_VAULT__KEY", "keyring")
    assert run(capsys, "init")[0] == 0
    meta = json.loads((data / "vault.json").read_text())
    assert meta["kind"] == "keyring" and not (data / "vault.key").exists()
    assert list(memory_keyring.entries) == [("optout", meta["user"])]
    add_people(capsys, "alex.toml")
    assert names(capsys) == {"Alex Jordan Rivera"}
    # the key is nowhere in the data directory: without the keyring, nothing opens
    memory_keyring.entries.clear()
    code, _, err = run(capsys, "person", "list", "--names")
    assert code == Exit.CONFIG and "the OS keyring has no vault key" in err


def test_key_file_must_be_private_and_may_live_elsewhere(data, tmp_path, capsys, monkeypatch):
    secret = tmp_path / "secrets" / "optout.key"
    monkeypatch.setenv("OPTOUT_VAULT__KEY_FILE", str(secret))
    assert run(capsys, "init")[0] == 0
    assert secret.is_file() and oct(secret.stat().st_mode & 0o777) == "0o600"
    assert not (data / "vault.key").exists()
    add_people(capsys, "sam.yaml")
    secret.chmod(0o644)
    code, _, err = run(capsys, "status")
    assert code == Exit.CONFIG and "readable by others" in err and "chmod 600" in err
    secret.chmod(0o600)
    assert names(capsys) == {"Sam Whitfield"}


def test_wrong_key_file_and_passphrase_are_named(tmp_path):
    d = tmp_path / "d"
    Vault.open(d, "correct horse battery", create=True)
    with pytest.raises(ConfigError, match="wrong passphrase: nothing was read or changed"):
        Vault.open(d, "correct horse battery!")
    with pytest.raises(ConfigError, match="set OPTOUT_PASSPHRASE"):
        Vault.open(d, None)
    other = tmp_path / "e"
    Vault.open(other, None, create=True)
    (d / "vault.json").unlink()
    Vault.open(d, None, create=True, source=KeySource(key_file=tmp_path / "k"))
    with pytest.raises(ConfigError, match="the key file does not fit this vault"):
        Vault.open(d, None, source=KeySource(key_file=other / "vault.key"))


# ---- rotation ----------------------------------------------------------------------------------


def test_rotate_passphrase_rewraps_keys_only(data, capsys, monkeypatch):
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "old passphrase 1")
    add_people(capsys, "alex.toml", "maria.toml")
    before = person_blobs(data)
    monkeypatch.setenv("OPTOUT_NEW_PASSPHRASE", "new passphrase 2")
    code, out, err = run(capsys, "key", "rotate")
    assert code == 0, err
    assert "2 of 2 person keys re-wrapped" in out
    after = person_blobs(data)
    for pid, blob in before.items():
        assert after[pid][:60] != blob[:60]  # the wrapped data key changed
        assert after[pid][60:] == blob[60:]  # the sealed profile was not re-encrypted
    code, _, err = run(capsys, "status")
    assert code == Exit.CONFIG and "wrong passphrase" in err  # the old one no longer opens it
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "new passphrase 2")
    assert names(capsys) == {"Alex Jordan Rivera", "Maria Luz Okafor"}
    assert "next" not in json.loads((data / "vault.json").read_text())


@pytest.mark.parametrize("to", ["passphrase", "keyfile"])
def test_rotate_gives_scheduled_runs_the_new_key(data, capsys, monkeypatch, to):
    """Scheduled runs read the passphrase from the env file install-service wrote; a rotation
    leaves them the new one (or none, for a key file), so the next timer or cron pass opens the
    vault. Before trial24 the file kept the old passphrase and every later pass stopped on 78."""
    import os
    import shlex
    import subprocess
    import sys

    monkeypatch.setenv("OPTOUT_PASSPHRASE", "old passphrase 1")
    add_people(capsys, "alex.toml")
    code, _, err = run(capsys, "install-service")
    assert code == 0, err
    monkeypatch.setenv("OPTOUT_NEW_PASSPHRASE", "new passphrase 2")
    code, out, err = run(capsys, "key", "rotate", "--to", to)
    assert code == 0, err
    env_file = data.resolve() / "optout.env"
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    saved = dict(shlex.split(x)[0].split("=", 1) for x in env_file.read_text().splitlines())
    assert saved.get("OPTOUT_PASSPHRASE") == ("new passphrase 2" if to == "passphrase" else None)
    assert saved["OPTOUT_DATA_DIR"] == str(data.resolve())  # the rest of the file is kept
    # what cron or systemd runs: only the env file's settings, nothing of this shell's
    ran = subprocess.run([sys.executable, "-m", "optout", "status"], capture_output=True, text=True, timeout=120,
                         env={"PATH": os.environ["PATH"], "HOME": str(data.parent), **saved})
    assert ran.returncode == 0, ran.stderr


@pytest.mark.parametrize("start, to", [("keyfile", "keyfile"), ("keyfile", "keyring"), ("keyring", "keyfile"),
                                       ("passphrase", "keyring"), ("keyring", "passphrase")])
def test_rotate_between_kinds(data, capsys, monkeypatch, memory_keyring, start, to):
    monkeypatch.setenv("OPTOUT_VAULT__KEY", start)
    if start == "passphrase":
        monkeypatch.setenv("OPTOUT_PASSPHRASE", "old passphrase 1")
    add_people(capsys, "alex.toml")
    old_meta = json.loads((data / "vault.json").read_text())
    old_key = (data / "vault.key").read_bytes() if start == "keyfile" else None
    monkeypatch.setenv("OPTOUT_NEW_PASSPHRASE", "new passphrase 2")
    code, out, err = run(capsys, "key", "rotate", "--to", to, "--json")
    assert code == 0, err
    assert json.loads(out) == {"people": 1, "rewrapped": 1, "resumed": False, "kind": to}
    if to == "passphrase":
        monkeypatch.setenv("OPTOUT_PASSPHRASE", "new passphrase 2")
    else:
        monkeypatch.delenv("OPTOUT_PASSPHRASE", raising=False)
    assert names(capsys) == {"Alex Jordan Rivera"}
    # the old key is gone from where optout kept it
    if start == "keyring":
        assert ("optout", old_meta["user"]) not in memory_keyring.entries
    if start == "keyfile":
        assert not (data / "vault.key").exists() or (data / "vault.key").read_bytes() != old_key
    assert not list(data.glob("*.next")) and not list(data.glob("*.tmp"))
    code, out, _ = run(capsys, "key", "show", "--json")
    assert json.loads(out)[0]["kind"] == to and json.loads(out)[0]["rotation_pending"] is False


class Crash(Exception):
    pass


async def test_rotation_cut_short_loses_nothing_and_finishes_on_rerun(tmp_path, monkeypatch):
    d = tmp_path / "d"
    v = Vault.open(d, "old passphrase 1", create=True)
    store = await open_store(f"sqlite:///{d / 'optout.db'}")
    people = {f"p_{i:010d}": load_person(EXAMPLES / f) for i, f in enumerate(["alex.toml", "maria.toml", "sam.yaml"])}
    now = dt.datetime.now(dt.UTC)
    for pid, person in people.items():
        blob, _ = v.seal_person(pid, person.model_dump_json().encode())
        await store.add_person(pid, blob, now)

    async def all_open(vault: Vault) -> set[str]:
        out = set()
        for p in await store.people():
            _, raw = vault.open_person(p.id, await store.get_person(p.id))
            out.add(json.loads(raw)["first_name"])
        return out

    new = KeySource(kind="passphrase", passphrase="new passphrase 2")

    # 1. cut short half-way through the re-wrap
    real_update = store.update_person
    calls = {"n": 0}

    async def failing_update(pid, sealed, now=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise Crash()
        await real_update(pid, sealed, now)

    monkeypatch.setattr(store, "update_person", failing_update)
    with pytest.raises(Crash):
        await rotate(d, v, store, new)
    monkeypatch.setattr(store, "update_person", real_update)
    for phrase in ("old passphrase 1", "new passphrase 2"):  # either credential opens every record
        assert await all_open(Vault.open(d, phrase)) == {"Alex", "Maria", "Sam"}
    with pytest.raises(ConfigError, match="wrong passphrase"):
        Vault.open(d, "neither of them")

    # 2. cut short after the re-wrap, before the switch; resumed with the NEW passphrase
    async def crash() -> None:
        raise Crash()

    with pytest.raises(Crash):
        await rotate(d, Vault.open(d, "old passphrase 1"), store, KeySource(), _after_rewrap=crash)
    assert await all_open(Vault.open(d, "old passphrase 1")) == {"Alex", "Maria", "Sam"}
    done = await rotate(d, Vault.open(d, "new passphrase 2"), store, KeySource())
    assert done["resumed"] and done["kind"] == "passphrase"
    assert await all_open(Vault.open(d, "new passphrase 2")) == {"Alex", "Maria", "Sam"}
    with pytest.raises(ConfigError, match="wrong passphrase"):
        Vault.open(d, "old passphrase 1")
    await store.close()


async def test_key_file_rotation_cut_short_at_the_switch(tmp_path, monkeypatch):
    d = tmp_path / "d"
    v = Vault.open(d, None, create=True)
    store = await open_store(f"sqlite:///{d / 'optout.db'}")
    blob, _ = v.seal_person("p_0000000001", load_person(EXAMPLES / "alex.toml").model_dump_json().encode())
    await store.add_person("p_0000000001", blob, dt.datetime.now(dt.UTC))
    real = vault_mod._write_meta
    calls = {"n": 0}

    def write_meta(data_dir, meta):
        calls["n"] += 1
        if calls["n"] == 2:  # the final vault.json, after the new key file was moved into place
            raise Crash()
        real(data_dir, meta)

    monkeypatch.setattr(vault_mod, "_write_meta", write_meta)
    with pytest.raises(Crash):
        await rotate(d, v, store, KeySource(kind="keyfile"))
    monkeypatch.setattr(vault_mod, "_write_meta", real)
    # vault.key now holds the new key while vault.json still describes the old one as current
    reopened = Vault.open(d, None)
    assert json.loads(reopened.open_person("p_0000000001", await store.get_person("p_0000000001"))[1])["first_name"] == "Alex"
    assert (await rotate(d, reopened, store, KeySource()))["resumed"]
    assert "next" not in json.loads((d / "vault.json").read_text())
    Vault.open(d, None).open_person("p_0000000001", await store.get_person("p_0000000001"))
    await store.close()


# ---- a wrong passphrase, on every command that needs the key --------------------------------------


KEYED_COMMANDS = [
    ["init"],
    ["person", "add", str(EXAMPLES / "sam.yaml")],
    ["person", "list", "--names"],
    ["person", "remove", "PID"],
    ["run"],
    ["worker"],
    ["status"],
    ["human", "--show"],
    ["resume", "1", "--done"],
    ["evidence", "1", "--export", "EXPORT"],
    ["key", "rotate"],
]


def test_wrong_passphrase_fails_every_keyed_command_and_changes_nothing(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "the right passphrase")
    (pid,) = add_people(capsys, "alex.toml")
    before = snapshot(data)
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "a wrong passphrase")
    monkeypatch.setenv("OPTOUT_NEW_PASSPHRASE", "another passphrase")
    export = tmp_path / "export"
    for cmd in KEYED_COMMANDS:
        args = [a.replace("PID", pid).replace("EXPORT", str(export)) for a in cmd]
        code, out, err = run(capsys, *args)
        assert code == Exit.CONFIG, (cmd, out, err)
        assert err.strip() == "optout: wrong passphrase: nothing was read or changed", (cmd, err)
        assert snapshot(data) == before, f"`optout {' '.join(cmd)}` changed the data directory"
    assert not export.exists()
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "the right passphrase")
    assert names(capsys) == {"Alex Jordan Rivera"}


def test_sqlite_file_without_the_key_shows_no_personal_values(data, capsys):
    add_people(capsys, "alex.toml", "maria.toml")
    people = [load_person(EXAMPLES / f) for f in ("alex.toml", "maria.toml")]
    hits = []
    with sqlite3.connect(data / "optout.db") as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "people" in tables
        for t in tables:
            for row in conn.execute(f"SELECT * FROM {t}"):  # noqa: S608 - names from sqlite_master
                for cell in row:
                    raw = cell if isinstance(cell, bytes) else str(cell).encode()
                    hits += scan_bytes(raw, people, f"table {t}", text=not isinstance(cell, bytes))
    assert_no_leaks(hits)


def test_install_service_says_user_units_need_lingering_until_the_account_lingers(data, capsys, monkeypatch, tmp_path):
    """A systemd user timer fires only while its account is logged in: an office machine whose
    volunteer logs out (or that rebooted) rechecks nobody. install-service says how to make it run
    anyway (loginctl enable-linger) while the account does not linger, and not once it does
    (trial24: the README's steps left the timer to run only during a login session)."""
    import getpass

    from optout import service

    monkeypatch.setenv("OPTOUT_PASSPHRASE", "old passphrase 1")
    add_people(capsys, "alex.toml")
    monkeypatch.setattr(service, "LINGER_DIR", tmp_path / "linger")
    code, out, err = run(capsys, "install-service", "--systemd", str(tmp_path / "units"))
    assert code == 0, err
    assert f"loginctl enable-linger {getpass.getuser()}" in out
    (tmp_path / "linger").mkdir()
    (tmp_path / "linger" / getpass.getuser()).touch()
    code, out, err = run(capsys, "install-service", "--systemd", str(tmp_path / "units"))
    assert code == 0 and "enable-linger" not in out, out
    code, out, err = run(capsys, "install-service")  # cron alone: cron runs without a login
    assert code == 0 and "enable-linger" not in out


def test_a_rotation_keeps_the_removed_clients_recognised(data, capsys, monkeypatch):
    """trial50: the digests that keep a client removed at their request from coming back are under
    the store's own key, sealed by the master key: a rotation re-wraps it, so after it the removed
    client's profile is still refused; a sealed key the vault did not make is refused."""
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "old passphrase 1")
    add_people(capsys, "alex.toml", "maria.toml")
    code, out, err = run(capsys, "person", "remove", "Maria", "--yes")
    assert code == 0, err
    sealed = sqlite3.connect(data / "optout.db").execute("SELECT sealed FROM vault_secrets").fetchone()[0]
    monkeypatch.setenv("OPTOUT_NEW_PASSPHRASE", "new passphrase 2")
    assert run(capsys, "key", "rotate")[0] == 0
    monkeypatch.setenv("OPTOUT_PASSPHRASE", "new passphrase 2")
    code, out, err = run(capsys, "person", "add", str(EXAMPLES / "maria.toml"))
    assert code == Exit.DATAERR and "removed at their request on " in err, err
    resealed = sqlite3.connect(data / "optout.db").execute("SELECT sealed FROM vault_secrets").fetchone()[0]
    assert resealed != sealed
    with pytest.raises(ConfigError):
        Vault.open(data, "new passphrase 2").open_secret(vault_mod.SUPPRESSION, b"\0" * 60)
