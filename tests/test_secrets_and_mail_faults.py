"""A setting's secret (a store URL's password, a mailbox's) never reaches an error line, a log line,
``--json`` or the dashboard, in whatever spelling the URL gives it (trial32: the store URL's user was
redacted in one warning only, by accident of the e-mail pattern); and a mailbox read that met a fault
of this machine ends the run with the machine-fault status even when a later read succeeded (t32)."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from optout import log
from optout.errors import Exit

from .conftest import EXAMPLES
from .harness import cli_env, run_optout

#: Passwords as people type them: plain, with '@', with '?', '#' and '/' unencoded, percent-encoded.
PASSWORDS = ["Hunter2-Zq9", "p@ss!Wd77x", "pa?ss#Word9", "Zz9%40q%2Fwv"]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("secret", PASSWORDS)
def test_a_store_url_with_a_password_that_does_not_answer_never_shows_it(tmp_path: Path, secret: str):
    """A real failing connection string carrying a password, through the real CLI: one line, its
    user and host kept (they say which store), the password in no spelling, with or without --json."""
    from urllib.parse import unquote

    url = f"postgresql://optout_pw:{secret}@127.0.0.1:{_closed_port()}/optout"
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0  # a vault here; the store is the URL's
    for command in (("init",), ("status",), ("status", "--json"), ("run", "--due", "--json"), ("person", "list")):
        r = run_optout(env, *command, OPTOUT_DATABASE_URL=url)
        assert r.returncode == Exit.UNAVAILABLE, (command, r.returncode, r.stderr)
        out = r.stdout + r.stderr
        for spelling in {secret, unquote(secret), *secret.replace("?", " ").replace("#", " ").split()}:
            if len(spelling) >= 3:
                assert spelling not in out, (command, out)
        assert "Traceback" not in out
        assert "127.0.0.1" in r.stderr, r.stderr


def test_every_secret_spelling_is_hidden_from_any_line():
    """The log's own redactor, which every log line and the CLI's error lines pass: a URL's password
    up to its last '@', a password= pair (a query string, a libpq conninfo), a held setting secret
    wherever it stands."""
    for secret in PASSWORDS:
        for line in (f"store postgresql://u:{secret}@db.example:5432/optout: cannot open",
                     f"imaps://desk:{secret}@mail.example/INBOX refused",
                     f"connection to host=db port=5432 user=u password={secret} dbname=x failed",
                     f"postgres://u@db/x?application_name=o&password={secret}"):
            shown = log.redact(line)
            assert secret not in shown and "[redacted]" in shown, shown
    held = log.hold_secrets(["s3cr%2Ft-Horse"])
    try:
        assert "s3cr%2Ft-Horse" not in log.redact("login failed: s3cr%2Ft-Horse")
        assert "s3cr/t-Horse" not in log.redact("login failed: s3cr/t-Horse")
    finally:
        held.release()
    # what says which store or mailbox is meant stays
    assert log.redact("store postgresql://postgres@127.0.0.1:5/optout") == "store postgresql://postgres@127.0.0.1:5/optout"


def test_a_held_setting_secret_is_hidden_from_a_structured_log_line():
    stream = io.StringIO()
    log.configure("info", "json", stream=stream)
    held = log.hold_secrets(["Imap-Pass-7781"])
    try:
        log.get_logger("t").warning("mailbox_not_read", error="LOGIN Imap-Pass-7781 rejected",
                                    url="imaps://desk:Imap-Pass-7781@mail.example")
    finally:
        held.release()
    assert "Imap-Pass-7781" not in stream.getvalue() and stream.getvalue(), stream.getvalue()


def test_the_store_display_url_keeps_no_part_of_a_password_typed_unencoded():
    from optout.store._postgres import _secrets, display_url

    for secret in PASSWORDS:
        url = f"postgresql://optout_pw:{secret}@db.example:5432/optout"
        shown = display_url(url)
        assert shown.startswith("postgresql://optout_pw@") or shown.startswith("postgresql://optout_pw:"), shown
        for part in secret.replace("?", " ").replace("#", " ").replace("@", " ").split():
            if len(part) >= 3:
                assert part not in shown, shown
        assert secret in _secrets(url)


def test_a_mailbox_read_that_met_a_machine_fault_ends_the_due_pass_with_75(tmp_path: Path):
    """A message file the Maildir lists but this machine cannot read (its file gone under it: a
    mount that dropped) is a fault of this machine at the pass's first read; the second read of the
    pass succeeds (the message is not offered again). Before: "mailbox not read this time" and exit
    0. Now the pass still runs and records every case, then exits 75 with what to do."""
    from optout.lab import LabThread

    maildir = tmp_path / "maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1700000000.M1P1.host").symlink_to(tmp_path / "gone" / "message")
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        settings = tmp_path / "optout.toml"
        settings.write_text(f'[mail]\nfrom_address = "desk@clinic.example"\nsmtp_host = "127.0.0.1"\n'
                            f'smtp_port = {lab.smtp_port}\nsmtp_security = "none"\nmaildir = "{maildir}"\n')
        env = cli_env(tmp_path, OPTOUT_LAB_URL=lab.url, OPTOUT_CONFIG=str(settings))
        assert run_optout(env, "init").returncode == 0
        r = run_optout(env, "person", "add", "--label", "alex", str(EXAMPLES / "alex.toml"))
        assert r.returncode == 0, r.stderr
        r = run_optout(env, "run", "--due", "--broker", "peoplefind", "--json")
        assert "Traceback" not in r.stderr, r.stderr
        assert r.returncode == Exit.TEMPFAIL == 75, (r.returncode, r.stderr)
        out = json.loads(r.stdout)
        assert out["processed"] == 1 and out["mail_not_read"], out  # the pass's work is recorded
        status = json.loads(run_optout(env, "status", "--person", "alex", "--json").stdout)
        rows = status["cases"] if isinstance(status, dict) else status
        [row] = [c for c in rows if c["broker"] == "peoplefind"]
        assert row["state"] != "new", row
        # in Spanish too: the same status, the reader's words
        r = run_optout(env, "run", "--due", "--broker", "peoplefind", "--lang", "es")
        assert r.returncode == Exit.TEMPFAIL, (r.returncode, r.stderr)
        assert "Traceback" not in r.stderr


def test_a_report_of_an_empty_clinic_is_one_line_in_the_readers_language(tmp_path: Path):
    """``report --all --out NEWDIR`` with nobody added (t32: an English "a fault of this machine: No
    such file or directory (…/organisation.html)"): one line, in English or Spanish, exit 66 (no
    people yet, docs/EXIT_CODES.md), no folder made."""
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0
    for lang, words in (("en", "no people yet, so no reports"), ("es", "todavía no hay nadie, así que no hay informes")):
        out = tmp_path / f"reports-{lang}"
        r = run_optout(env, "report", "--all", "--out", str(out), "--lang", lang)
        assert r.returncode == Exit.NOINPUT == 66, (r.returncode, r.stderr)
        [line] = r.stderr.strip().splitlines()
        assert words in line and "Traceback" not in line and "fault" not in line, line
        assert not out.exists()
