"""Faults pass x46 #1 and #2 (trial46, an IT volunteer setting up periodic rechecks).

#1: a recheck stopped with ``kill PID`` (SIGTERM) exited 0 and printed an ordinary summary ("0
case(s) processed", ``"handed_back": 0``), so cron and systemd read a stopped pass as a finished one;
killing the ``optout-due`` script's PID left the pass running. A pass stopped by a signal exits 130,
says so in one line (en/es) and in ``--json`` (``stopped``), whether started as ``optout run --due`` or
through ``optout-due``.

#2: ``optout-due --json`` while another pass holds the lock printed nothing on stdout: it prints
one JSON document (``skipped``), docs/JSON.md."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from optout.lab import LabThread

from .conftest import requires_browser
from .harness import cli_env, run_optout

CLINIC = Path(__file__).parent / "data" / "clinic-40.csv"
FLOCK = pytest.mark.skipif(not Path("/usr/bin/flock").exists(), reason="needs flock(1)")


def _installed(tmp_path: Path, **more: str) -> tuple[dict[str, str], Path]:
    env = cli_env(tmp_path, LANGUAGE="", LC_ALL="C.UTF-8", LANG="C.UTF-8", **more)
    assert run_optout(env, "init").returncode == 0
    r = run_optout(env, "install-service")
    assert r.returncode == 0, r.stderr
    return env, Path(env["OPTOUT_DATA_DIR"]).resolve()


@FLOCK
def test_optout_due_json_prints_one_document_when_another_pass_holds_the_lock(tmp_path):
    env, data = _installed(tmp_path)
    lock = data / "run.lock"
    holder = subprocess.Popen(["/usr/bin/flock", str(lock), "sleep", "30"])  # a pass running
    try:
        for _ in range(100):
            if subprocess.run(["/usr/bin/flock", "-n", str(lock), "true"]).returncode:
                break
            time.sleep(0.05)
        ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", str(data / "optout-due"),
                              "--json"], capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert ran.returncode == 0, ran.stderr
    doc = json.loads(ran.stdout)  # one document (trial46: stdout was empty)
    assert doc["skipped"] == "locked" and doc["lock"] == str(lock)
    assert doc["processed"] == 0 and doc["handed_back"] == 0 and "stopped" not in doc
    assert "did nothing" in ran.stderr


def _stop_mid_pass(command: list[str], env: dict[str, str], lab: LabThread) -> tuple[int, str, str]:
    """Start a pass, wait until it works on cases (the lab answers each page after 1.5 s), send its
    PID one SIGTERM (as `kill PID` does) and return (status, stdout, stderr)."""
    def seen() -> int:
        return len(lab.request_times("searchly")) + len(lab.request_times("peoplecheck"))

    # a stopped pass's last pages may still reach the lab after it exits (each answered after 1.5 s):
    # counted as this pass's, they sent its SIGTERM while it was still starting (seen under load)
    settle = time.monotonic() + 60
    before = seen()
    while time.monotonic() < settle:
        time.sleep(2.0)
        if seen() == before:
            break
        before = seen()
    p = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while seen() == before:
            assert p.poll() is None and time.monotonic() < deadline, "the pass never reached the lab"
            time.sleep(0.1)
        time.sleep(0.5)  # some cases in the middle of a page
        os.kill(p.pid, signal.SIGTERM)  # the PID cron or a person sees: optout-due's own
        out, err = p.communicate(timeout=300)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    return p.returncode, out, err


@requires_browser
@FLOCK
def test_a_pass_stopped_by_sigterm_exits_130_and_says_what_it_handed_back(tmp_path):
    with LabThread(seed=6, failure_rate=0.0, latency_ms=(1500, 1500), data_dir=tmp_path / "lab") as lab:
        env, data = _installed(tmp_path, OPTOUT_LAB_URL=lab.url, OPTOUT_WORKER__PER_BROKER_PER_MINUTE="6000")
        assert run_optout(env, "person", "import", str(CLINIC)).returncode == 0
        brokers = ["--broker", "peoplecheck", "--broker", "searchly", "--concurrency", "4", "--grace", "0"]

        # through the script cron and the systemd unit run
        rc, out, err = _stop_mid_pass([str(data / "optout-due"), "--json", *brokers], env, lab)
        assert rc == 130, err[-2000:]
        assert "Traceback" not in err
        doc = json.loads(out)
        assert doc["stopped"] == "SIGTERM" and doc["handed_back"] >= 1, doc
        assert f"optout: stopped by SIGTERM before the pass was done; {doc['handed_back']} case" in err and "not finished" in err
        # the lock went with the pass: the next start is not told another pass holds it
        assert subprocess.run(["/usr/bin/flock", "-n", str(data / "run.lock"), "true"]).returncode == 0

        # optout run --due itself, read in Spanish: the same line in the reader's words
        rc, out, err = _stop_mid_pass([sys.executable, "-m", "optout", "run", "--due", *brokers],
                                      {**env, "LANGUAGE": "es"}, lab)
        assert rc == 130, err[-2000:]
        assert "optout: detenida por SIGTERM antes de terminar; " in err, err[-2000:]
        assert "optout run --due:" in out  # the pass's summary still says what it did
