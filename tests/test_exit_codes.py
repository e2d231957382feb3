"""Each kind of failure leaves the real ``optout`` command with its own status (optout.errors.Exit,
sysexits.h numbers), and the systemd worker unit stops restarting on the permanent ones: a wrong
passphrase under systemd used to restart the worker every 30 s for ever, since every error was 2."""

from __future__ import annotations

import json
import os
import socket

import pytest

from optout.errors import PERMANENT, Exit
from optout.service import write_units

from .conftest import EXAMPLES, ROOT
from .harness import cli_env, run_optout


@pytest.fixture
def optout(tmp_path):
    env = cli_env(tmp_path)
    return lambda *args, **more: run_optout(env, *args, **more)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_usage_errors_are_64_not_argparse_2(optout):
    for args in (["person"], ["--no-such-flag", "status"], ["run", "--concurrency", "many"]):
        r = optout(*args)
        assert r.returncode == Exit.USAGE == 64, (args, r.returncode, r.stderr)
        assert "error:" in r.stderr


def test_a_wrong_passphrase_is_permanent_for_the_worker(optout):
    assert optout("init").returncode == 0
    assert optout("person", "add", str(EXAMPLES / "alex.toml")).returncode == 0
    r = optout("worker", "--poll", "1", OPTOUT_PASSPHRASE="not the passphrase")
    assert r.returncode == Exit.CONFIG == 78, r.stderr
    assert r.stderr.strip().splitlines()[-1] == "optout: wrong passphrase: nothing was read or changed"
    r = optout("run", "--due", OPTOUT_PASSPHRASE="")  # none at all: also a setting to fix
    assert r.returncode == Exit.CONFIG, r.stderr


def test_bad_settings_and_bad_input_are_permanent(optout, tmp_path):
    r = optout("status", OPTOUT_WORKER__CONCURRENCY="many")
    assert r.returncode == Exit.CONFIG and "bad setting: worker.concurrency" in r.stderr
    assert optout("init").returncode == 0
    r = optout("run")  # nobody to run for
    assert r.returncode == Exit.NOINPUT == 66 and "no people yet" in r.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('first_name = "Ana"\nlast_name = "Ruiz"\nbirth_date = "not a date"\n')
    r = optout("person", "add", str(bad))
    assert r.returncode == Exit.DATAERR == 65, r.stderr
    r = optout("person", "show", "p_0000000000")  # an id that names nobody
    assert r.returncode == Exit.DATAERR, r.stderr


def test_a_profile_or_sheet_that_is_not_there_is_66_in_the_readers_language(optout, tmp_path):
    """trial49: ``person add`` of a missing profile exited 65 with an English line marked "(solo en
    inglés)" under Spanish, where docs/EXIT_CODES.md says 66 (as ``person import`` of a missing sheet
    gave). A missing file, and a folder given where a file goes (a profile or a sheet), are 66 and
    said in the reader's language, naming the file by its place on the command line."""
    assert optout("init").returncode == 0
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder.toml").mkdir()
    said = {"missing": ("no such file", "no hay ningún archivo con este nombre"),
            "folder": ("a folder, not a", "es una carpeta, no un archivo")}
    for args, what in ((["person", "add", str(tmp_path / "nobody.toml")], "missing"),
                       (["person", "add", str(tmp_path / "nobody")], "missing"),
                       (["person", "add", str(tmp_path / "folder")], "folder"),
                       (["person", "add", str(tmp_path / "folder.toml")], "folder"),
                       (["person", "import", str(tmp_path / "nobody.csv")], "missing"),
                       (["person", "import", str(tmp_path / "folder")], "folder")):
        for lang, words in zip(("en", "es"), said[what]):
            r = optout("--lang", lang, *args)
            assert r.returncode == Exit.NOINPUT == 66, (args, lang, r.returncode, r.stderr)
            assert r.stderr.count("\n") == 1 and words in r.stderr, (args, lang, r.stderr)
            assert "solo en inglés" not in r.stderr and str(tmp_path) not in r.stderr, (args, lang, r.stderr)


def test_a_profile_refused_as_it_is_is_65_in_the_readers_language(optout, tmp_path):
    """trial49: a profile given as a symbolic link exited 65 with an English line under Spanish. A
    symbolic link, a device and a file over 64 kB are a wrong input (65, docs/EXIT_CODES.md), each
    said in the reader's language, naming the file by its place on the command line."""
    assert optout("init").returncode == 0
    (tmp_path / "real.toml").write_text('first_name = "Ana"\nlast_name = "Ruiz"\n')
    (tmp_path / "link.toml").symlink_to(tmp_path / "real.toml")
    (tmp_path / "big.toml").write_text("#" * 70_000)
    os.mkfifo(tmp_path / "pipe.toml")
    said = {"link.toml": ("is a symbolic link", "es un enlace simbólico"),
            "pipe.toml": ("not a regular file", "no es un archivo común"),
            "big.toml": ("larger than 64 kB", "ocupa más de 64 kB")}
    for name, words in said.items():
        for lang, word in zip(("en", "es"), words):
            r = optout("--lang", lang, "person", "add", str(tmp_path / name))
            assert r.returncode == Exit.DATAERR == 65, (name, lang, r.returncode, r.stderr)
            assert r.stderr.count("\n") == 1 and word in r.stderr, (name, lang, r.stderr)
            assert "solo en inglés" not in r.stderr and str(tmp_path) not in r.stderr, (name, lang, r.stderr)


def test_a_service_that_does_not_answer_is_transient(optout):
    assert optout("init").returncode == 0
    r = optout("run", OPTOUT_LAB_URL=f"http://127.0.0.1:{_closed_port()}")  # a run needs the lab (status does not)
    assert r.returncode == Exit.UNAVAILABLE == 69, r.stderr
    assert "the broker lab does not answer" in r.stderr


def test_an_os_keyring_that_cannot_be_read_is_transient(optout, tmp_path):
    """A keyring that is locked or whose session bus is not up yet (keyring's ``fail`` backend
    raises as they do): the key is there, only not now."""
    assert optout("init").returncode == 0
    (tmp_path / "d" / "vault.json").write_text(json.dumps(
        {"kind": "keyring", "service": "optout", "user": "vault-0123456789abcdef", "verifier": "AAAA", "version": "2"}))
    r = optout("person", "add", str(EXAMPLES / "alex.toml"), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert r.returncode == Exit.UNAVAILABLE, r.stderr
    assert "the OS keyring could not be read" in r.stderr


def test_this_machine_short_of_disk_is_transient(optout):
    assert optout("init").returncode == 0
    assert optout("person", "add", str(EXAMPLES / "alex.toml")).returncode == 0
    r = optout("run", "--due", OPTOUT_WORKER__MIN_FREE_MB="100000000")  # 100 TB: more than this disk has
    assert r.returncode == Exit.TEMPFAIL == 75, r.stderr
    assert "a run needs at least" in r.stderr


def test_a_file_size_limit_that_stops_the_store_is_this_machines_fault(tmp_path):
    """A file-size limit (``ulimit -f``, a container's quota) stops the store from growing: SQLite says
    only "disk I/O error", which used to leave with 69 ("a service does not answer") and those words.
    It is this machine's fault, said in one line naming the limit (75), never a traceback."""
    import resource
    import subprocess
    import sys

    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0
    store = tmp_path / "d" / "optout.db"
    limit = 4096  # the write-ahead log cannot take one page

    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    r = subprocess.run([sys.executable, "-m", "optout", "person", "add", str(EXAMPLES / "alex.toml")], env=env,
                       capture_output=True, text=True, timeout=300, cwd=ROOT, preexec_fn=capped)
    assert r.returncode == Exit.TEMPFAIL == 75, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    assert f"a file-size limit of {limit} bytes (ulimit -f)" in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    # nothing half-done: without the limit the same person is added, once
    assert run_optout(env, "person", "add", str(EXAMPLES / "alex.toml")).returncode == 0
    assert len(json.loads(run_optout(env, "person", "list", "--json").stdout)) == 1


def test_the_worker_unit_stops_restarting_on_the_permanent_statuses(tmp_path):
    units = write_units(tmp_path / "units", tmp_path / "data", tmp_path / "data" / "optout.env",
                        system=False, user=None)
    worker = next(u for u in units if u.name == "optout-worker.service").read_text().splitlines()
    assert "Restart=on-failure" in worker
    assert "RestartPreventExitStatus=64 65 66 78" in worker
    assert {int(c) for c in PERMANENT} == {64, 65, 66, 78}
    assert not {Exit.UNAVAILABLE, Exit.TEMPFAIL} & set(PERMANENT)  # those a restart may cure
    # the system-wide template says the same
    template = (ROOT / "scripts" / "systemd" / "optout-worker.service").read_text().splitlines()
    assert "RestartPreventExitStatus=64 65 66 78" in template


def test_help_and_docs_hold_the_table(optout):
    r = optout("--help")
    assert r.returncode == 0
    for code in ("64", "65", "66", "69", "75", "78"):
        assert f"\n  {code} " in r.stdout
        assert f"| {code} |" in (ROOT / "docs" / "EXIT_CODES.md").read_text()


def test_each_error_kind_carries_its_status():
    """The statuses of the error family itself, for the errors no quick real run reaches: a mailbox
    or mail server that cannot be reached (TransientError, as IMAP's connect raises it), a database
    server (StoreError), a browser that did not start, a full disk; an id naming nobody is input."""
    from optout.errors import (BrowserUnavailable, ConfigError, DiskFull, MachineFault, ProfileError, RecipeError,
                               StoreError, StoreUnwritable, TransientError, UnknownRecord, Unavailable, UsageError)

    transient = [TransientError("cannot reach the IMAP server"), StoreError("store x: cannot claim cases"),
                 BrowserUnavailable("no browser"), Unavailable("keyring"), MachineFault("disk"), DiskFull("full"),
                 StoreUnwritable("read-only")]
    permanent = [ConfigError("x"), ProfileError("x"), RecipeError("x"), UnknownRecord("no person with id x"),
                 UsageError("x")]
    assert all(e.exit_code not in PERMANENT for e in transient)
    assert all(e.exit_code in PERMANENT for e in permanent)


def test_the_help_names_every_kind_of_machine_fault_on_the_75_line(optout):
    """``optout --help``'s 75 line said "disk full, read-only or failing disk" while a clock off from
    the database's (``ClockSkew``) exits 75 too: a volunteer reading the help could not tell why the
    worker stopped. Every kind of this machine's fault in ``optout.errors`` (each subclass of
    ``MachineFault``) is named on that line, in English and Spanish, and in docs/EXIT_CODES.md."""
    import optout.errors as errors

    named = {"MachineFault": ("disk", "disco", "disk"), "DiskFull": ("disk full", "disco lleno", "full disk"),
             "StoreUnwritable": ("read-only", "solo lectura", "read-only"), "ClockSkew": ("clock", "reloj", "clock")}
    kinds = {n for n, c in vars(errors).items() if isinstance(c, type) and issubclass(c, errors.MachineFault)}
    assert kinds == set(named), kinds - set(named)  # a new kind of fault must be named here, and in the help
    lines = {}
    for lang in ("en", "es"):
        r = optout("--help", "--lang", lang)
        assert r.returncode == 0, r.stderr
        [lines[lang]] = [line for line in r.stdout.splitlines() if line.startswith("  75 ")]
    [row] = [line for line in (ROOT / "docs" / "EXIT_CODES.md").read_text().splitlines() if line.startswith("| 75 |")]
    for en, es, doc in named.values():
        assert en in lines["en"] and es in lines["es"] and doc in row, (en, es, doc, lines, row)
