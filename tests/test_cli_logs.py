"""What a person reads in cron mail (no terminal): plain one-line messages, never JSON log lines
mixed into the run's output; with ``--json``, stdout is pure JSON and the logs go to stderr."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from optout import log
from optout.lab import LabThread
from optout.person import load_person

from .conftest import EXAMPLES


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt, tty, shape", [("auto", False, "plain"), ("auto", True, "console"),
                                             ("json", False, "json"), ("plain", True, "plain")])
def test_the_log_format_follows_the_terminal_or_the_setting(fmt, tty, shape):
    out = _Tty() if tty else io.StringIO()
    log.configure("info", fmt, out)
    try:
        log.get_logger("t").warning("broker keeps failing: backing off", failures=3, until="2030-01-01")
    finally:
        log.configure("warning", "auto")
    [line] = out.getvalue().splitlines()
    if shape == "json":
        assert json.loads(line)["event"] == "broker keeps failing: backing off"
    elif shape == "plain":
        assert line == "optout: warning: broker keeps failing: backing off (failures=3, until=2030-01-01)"
    else:
        assert not line.startswith("{") and "broker keeps failing" in line and "[warning" in line


def test_a_cron_run_prints_plain_warnings_and_json_stays_pure(tmp_path):
    # a broker that fails every request (the lab's flaky searchly): the run warns (transient errors)
    with LabThread(seed=3, failure_rate=1.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("alex", load_person(EXAMPLES / "alex.toml"))])
        env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": lab.url,
               "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000", "OPTOUT_NETWORK__RETRIES": "0"}
        env.pop("OPTOUT_LOG_FORMAT", None)

        def cli(*args: str) -> subprocess.CompletedProcess:
            r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                               timeout=300)  # no terminal: stdout and stderr are pipes, as under cron
            assert r.returncode == 0, r.stderr[-2000:]
            return r

        cli("init")
        cli("person", "add", str(EXAMPLES / "alex.toml"))
        r = cli("run", "--json", "--broker", "searchly")
        json.loads(r.stdout)  # the whole of stdout is one JSON document
        warnings = [x for x in r.stderr.splitlines() if x.startswith("optout: warning: ")]
        assert warnings, r.stderr[-2000:]
        assert not [x for x in r.stderr.splitlines() if x.lstrip().startswith("{")], r.stderr[-2000:]
