"""A command that touches no broker never checks the lab: with ``OPTOUT_LAB_URL`` on a port where
nothing listens, ``status``, ``person``, ``human``, ``report``, ``recipe list``... work (times read
with the lab's last known clock, ``Clock.remembered``), and only a run or worker fails, with one
line naming the lab's setting (69: a later try may work)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from optout.clock import LAB_OFFSET_FILE
from optout.errors import Exit

from .conftest import EXAMPLES
from .harness import cli_env, run_optout


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed when the block ends: nothing listens there


def test_only_runs_need_the_lab(tmp_path: Path):
    url = f"http://127.0.0.1:{_closed_port()}"
    cache = tmp_path / "cache"
    env = cli_env(tmp_path, OPTOUT_LAB_URL=url, OPTOUT_CACHE_DIR=str(cache))
    out = tmp_path / "out"
    for args in [("init",), ("person", "add", "--label", "alex", str(EXAMPLES / "alex.toml")),
                 ("status",), ("status", "--json"), ("status", "--person", "alex", "--all"), ("status", "--brokers"),
                 ("person", "list"), ("person", "show", "alex"), ("person", "edit", "alex", "--label", "al"),
                 ("human",), ("human", "--json"), ("report", "al", "--out", str(out), "--no-pdf"),
                 ("recipe", "list"), ("letters", "plan"), ("evidence", "1")]:
        r = run_optout(env, *args)
        assert r.returncode == 0, (args, r.returncode, r.stderr)
    rows = json.loads(run_optout(env, "status", "--person", "al", "--all", "--json").stdout)
    assert rows and all(r["state"] == "new" for r in rows)
    for args in [("run",), ("run", "--due")]:
        r = run_optout(env, *args)
        assert r.returncode == Exit.UNAVAILABLE, (args, r.returncode, r.stderr)
        [line] = r.stderr.strip().splitlines()
        assert "lab_url" in line and url in line and "does not answer" in line, line
    assert not (tmp_path / "d" / LAB_OFFSET_FILE).exists()  # nothing read from a lab that was never up


def test_the_lab_clock_is_remembered_for_the_commands_that_do_not_ask(tmp_path: Path):
    import datetime as dt

    from optout.clock import Clock

    memo = tmp_path / LAB_OFFSET_FILE
    clock = Clock(dt.timedelta(days=9), memo)
    clock._remember("http://lab.test:1")
    assert Clock.remembered("http://lab.test:1", memo).offset == dt.timedelta(days=9)
    assert Clock.remembered("http://other:2", memo).offset == dt.timedelta(0)  # another lab's time is not ours
    memo.write_text("{not json")
    assert Clock.remembered("http://lab.test:1", memo).offset == dt.timedelta(0)


def test_each_data_directory_keeps_its_own_labs_clock(tmp_path: Path):
    """The lab's remembered clock belongs to the data directory whose times it set, not to the
    account's cache: another data directory's run against another lab (the demo, a test, a second
    trial on the same machine) left the clinic's `status`, `person add` and `report` on the wrong
    clock (trial24: "last activity in 4d", a report "generated" two months before its events)."""
    import datetime as dt

    from optout.lab import LabThread

    cache = str(tmp_path / "cache")  # one account: one cache folder
    with LabThread(seed=1, failure_rate=0.0, data_dir=tmp_path / "lab1") as clinic_lab, \
            LabThread(seed=2, failure_rate=0.0, data_dir=tmp_path / "lab2") as other_lab:
        clinic_lab.advance(days=30)
        clinic = cli_env(tmp_path, data=tmp_path / "clinic", OPTOUT_LAB_URL=clinic_lab.url, OPTOUT_CACHE_DIR=cache)
        other = cli_env(tmp_path, data=tmp_path / "other", OPTOUT_LAB_URL=other_lab.url, OPTOUT_CACHE_DIR=cache)
        for env in (clinic, other):
            assert run_optout(env, "init").returncode == 0
        for env in (clinic, other):  # the clinic's due pass, then the other directory's
            r = run_optout(env, "run", "--due")
            assert r.returncode == 0, r.stderr
        r = run_optout(clinic, "person", "add", "--label", "alex", str(EXAMPLES / "alex.toml"))
        assert r.returncode == 0, r.stderr
        [row] = json.loads(run_optout(clinic, "person", "list", "--json").stdout)
        assert row["added"] == clinic_lab.now().date().isoformat() != dt.date.today().isoformat(), row


def test_a_due_pass_whose_maildir_is_missing_still_runs_and_exits_69_with_one_line(tmp_path: Path):
    """mail.maildir naming a folder that is not there (a typo in optout.toml, a mount not up, the
    lab's Maildir under another data directory) is a mailbox not read: the pass does its work and
    records it, then exits 69 with one line naming the setting, as README promises for a mailbox
    that cannot be read. Before trial24 the first read raised mailbox.NoSuchMailboxError: every
    scheduled pass (and the worker) died with a traceback before any case ran."""
    from optout.lab import LabThread

    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        settings = tmp_path / "optout.toml"
        settings.write_text(f'[mail]\nfrom_address = "desk@clinic.example"\nsmtp_host = "127.0.0.1"\n'
                            f'smtp_port = {lab.smtp_port}\nsmtp_security = "none"\n'
                            f'maildir = "{tmp_path / "no-such-maildir"}"\n')
        env = cli_env(tmp_path, OPTOUT_LAB_URL=lab.url, OPTOUT_CONFIG=str(settings))
        assert run_optout(env, "init").returncode == 0
        r = run_optout(env, "person", "add", "--label", "alex", str(EXAMPLES / "alex.toml"))
        assert r.returncode == 0, r.stderr
        r = run_optout(env, "run", "--due", "--broker", "peoplefind", "--json")
        assert "Traceback" not in r.stderr, r.stderr
        assert r.returncode == Exit.UNAVAILABLE, (r.returncode, r.stderr)
        out = json.loads(r.stdout)
        assert out["processed"] == 1 and "mail.maildir" in out["mail_not_read"], out
