"""Faults pass 44b #8 (clinic trial): the systemd unit optout writes ran ``optout run --due``
without the flock that ``optout-due`` (cron's script) takes, so a timer's pass and a cron pass could
run at once. optout-run.service runs the same script: one lock for both."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .harness import cli_env, run_optout


@pytest.mark.skipif(not Path("/usr/bin/flock").exists(), reason="needs flock(1)")
def test_the_timers_pass_takes_crons_lock(tmp_path):
    env = cli_env(tmp_path, LANGUAGE="", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    assert run_optout(env, "init").returncode == 0
    r = run_optout(env, "install-service", "--systemd", str(tmp_path / "units"))
    assert r.returncode == 0, r.stderr
    data = Path(env["OPTOUT_DATA_DIR"]).resolve()
    unit = (tmp_path / "units" / "optout-run.service").read_text()
    (start,) = [x.split("=", 1)[1] for x in unit.splitlines() if x.startswith("ExecStart=")]
    words = shlex.split(start)
    assert Path(words[0]) == data / "optout-due", start  # the cron line's script, and its lock
    lock = data / "run.lock"
    holder = subprocess.Popen(["/usr/bin/flock", str(lock), "sleep", "30"])  # a cron pass running
    try:
        for _ in range(100):
            if subprocess.run(["/usr/bin/flock", "-n", str(lock), "true"]).returncode:
                break
            time.sleep(0.05)
        # as systemd starts it: the unit's environment file, an empty environment otherwise
        ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", *words],
                             capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert ran.returncode == 0 and ran.stdout == "", (ran.returncode, ran.stdout, ran.stderr)
    assert str(lock) in ran.stderr and "did nothing" in ran.stderr, ran.stderr
    if shutil.which("systemd-analyze"):
        v = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "units" / "optout-run.service")],
                           capture_output=True, text=True, timeout=120)
        assert v.returncode == 0, v.stderr
