"""The clinic end to end against the broker lab: forty invented clients imported from one CSV, a
batch on a terminal with its progress bar, one row per client, one client's tasks, a CAPTCHA done
by hand that moves on, and the lying broker's note."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

from optout.intake import read_csv
from optout.lab import LabThread

from .conftest import requires_browser

pytestmark = requires_browser

CLINIC = Path(__file__).parent / "data" / "clinic-40.csv"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, f"optout {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}"
    return r


def on_terminal(env: dict[str, str], *args: str, columns: int = 80) -> tuple[int, str]:
    """Run optout with a pseudo-terminal ``columns`` wide as stdin, stdout and stderr."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    p = subprocess.Popen([sys.executable, "-m", "optout", *args], env={**env, "TERM": "xterm"},
                         stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return p.wait(timeout=600), out.decode("utf-8", "replace")


def test_forty_clients_end_to_end(tmp_path):
    clients = {p.label: p for _, p in read_csv(CLINIC)[0]}
    with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        # three clients are listed by the lab's brokers (one shares a building with another client).
        # (Clients with two surnames are not recognised by optout.matching yet: issue 10.)
        lab.seed_people([(label.lower(), clients[label]) for label in ("C-14", "C-26", "C-27")])
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")},
               "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": lab.url,
               "OPTOUT_CONFIG": str(tmp_path / "none.toml"), "OPTOUT_PASSPHRASE": "clinic passphrase",
               "OPTOUT_MAIL__MAILDIR": str(lab.maildir), "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
        cli(env, "init")
        assert cli(env, "person", "import", str(CLINIC)).stdout.startswith("40 people imported")
        again = cli(env, "person", "import", str(CLINIC)).stdout
        assert again.startswith("0 people imported") and "40 already held, not added again" in again

        # a batch on an 80-column terminal: one bar with counts and an ETA, no line per case
        code, screen = on_terminal(env, "run", "--broker", "peoplecheck", "--broker", "peoplefind",
                                   "--concurrency", "6")
        assert code == 0, screen
        plain = ANSI.sub("", screen)
        lines = [x for x in re.split(r"[\r\n]", plain) if x.strip()]
        assert any("━" in x and "ETA" in x and "80/80" in x for x in lines), plain[-2000:]
        assert any("needs a person" in x and "not found" in x for x in lines), plain[-2000:]  # states in words (c25)
        assert not any(x.startswith("[1/") for x in lines)  # the per-case log is for pipes and --verbose
        assert all(len(x) <= 80 for x in lines), max(lines, key=len)
        assert "80 cases processed" in plain

        # one row per client
        status = json.loads(cli(env, "status", "--json").stdout)
        assert len(status) == 40
        amara = next(r for r in status if r["label"] == "C-14")
        assert amara["found"] == 2 and amara["waiting"] == 1 and amara["last_activity"] != "-"
        table = cli(env, "status").stdout.splitlines()
        assert sum(1 for x in table if x.startswith("p_")) == 40

        # a client without an e-mail address on file: the broker needs one; that is a task too
        hassan = json.loads(cli(env, "human", "--person", "C-26", "--kind", "missing", "--json").stdout)
        assert ("peoplefind", "email") in [(t["broker"], t["missing"]) for t in hassan]
        text = cli(env, "human", "--person", "Hassan Jabbar", "--kind", "missing").stdout
        assert "The broker needs the person's e-mail address, which is not on file." in text
        assert "optout person edit C-26 --add-email VALUE, then optout retry" in text

        # one client's tasks, with what to do
        text = cli(env, "human", "--person", "C-14").stdout
        assert text.startswith(f"== C-14 ({amara['person']}): 1 task")
        assert "CAPTCHA" in text and "solve the CAPTCHA" in text and "optout done" in text
        assert "C-26" not in text and "C-27" not in text
        [task] = json.loads(cli(env, "human", "--person", "Amara Okonkwo", "--kind", "captcha", "--json").stdout)
        assert task["broker"] == "peoplecheck" and task["label"] == "C-14"

        # done by hand: a request, checked after the broker's delay; the next run leaves it alone
        now = dt.datetime.fromisoformat(json.loads(cli(env, "status", "--person", "C-14", "--json").stdout)[0]["since_at"])
        out = cli(env, "done", str(task["case"])).stdout
        assert out.startswith(f"case C{task['case']}: submitted by a person")
        cli(env, "run", "--broker", "peoplecheck")
        cases = {c["case"]: c for c in json.loads(cli(env, "status", "--person", "C-14", "--json").stdout)}
        done = cases[task["case"]]
        assert done["state"] == "submitted"
        assert dt.datetime.fromisoformat(done["next_at"]) > now + dt.timedelta(hours=12)
        assert json.loads(cli(env, "human", "--person", "C-14", "--json").stdout) == []

        # drill-down: only cases with activity, unless --all
        drill = json.loads(cli(env, "status", "--person", "C-14", "--json").stdout)
        assert {c["broker"] for c in drill} == {"peoplecheck", "peoplefind"}
        assert len(json.loads(cli(env, "status", "--person", "C-14", "--all", "--json").stdout)) > len(drill)

        # the lying broker: confirms, still lists; the note says so
        cli(env, "run", "--person", "C-14", "--broker", "truthy")
        lab.advance(days=3)
        cli(env, "run", "--person", "C-14", "--broker", "truthy")
        [truthy] = [c for c in json.loads(cli(env, "status", "--person", "C-14", "--json").stdout)
                    if c["broker"] == "truthy"]
        assert truthy["attempts"] == 2
        assert truthy["note"].startswith("still listed after the request of ")
        assert "that the broker confirmed; asked again (request 2 of 2)" in truthy["note"]


def test_ctrl_c_hands_the_running_cases_back_and_exits_non_zero(tmp_path):
    import signal
    import time

    with LabThread(seed=6, failure_rate=0.0, latency_ms=(1500, 1500), data_dir=tmp_path / "lab") as lab:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")},
               "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": lab.url,
               "OPTOUT_CONFIG": str(tmp_path / "none.toml"), "OPTOUT_PASSPHRASE": "clinic passphrase",
               "OPTOUT_MAIL__MAILDIR": str(lab.maildir), "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
        cli(env, "init")
        cli(env, "person", "import", str(CLINIC))
        p = subprocess.Popen([sys.executable, "-m", "optout", "run", "--broker", "peoplecheck", "--broker",
                              "searchly", "--concurrency", "4"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
        assert p.stderr is not None
        first = p.stderr.readline()  # "running N due case(s): ..." once the cases are ready
        assert first.startswith("running "), first
        time.sleep(5)  # some cases in the middle of a page (each lab answer takes 1.5 s)
        os.killpg(p.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: to Chromium too
        out, err = p.communicate(timeout=120)
        err = first + err
        assert p.returncode == 130, err
        assert "Traceback" not in err
        m = re.search(r"optout: interrupted; (\d+) running cases? handed back untouched", err)
        assert m, err[-2000:]
        # every case the stopped run held is handed back, and the line counts them (trial49: "4
        # handed back", then status showed 1 case still leased by the stopped run)
        rows = json.loads(cli(env, "status", "--json").stdout)
        assert sum(r["leased_by_stopped_run"] for r in rows) == 0, [r["leased_by_stopped_run"] for r in rows]
        assert 1 <= int(m.group(1)) <= 4, err[-2000:]
        cases = json.loads(cli(env, "status", "--all", "--json").stdout)
        assert not [c for c in cases if c["state"] == "failed"]  # nothing made permanent by the Ctrl-C
        # handed back: due again now, and the next run takes them (no lease left to wait out)
        again = subprocess.run([sys.executable, "-m", "optout", "run", "--broker", "peoplecheck", "--broker",
                                "searchly", "--concurrency", "8"], env=env, capture_output=True, text=True,
                               timeout=900)
        assert again.returncode == 0, again.stderr[-2000:]
        assert "held by another run" not in again.stderr
        assert all(c["state"] == "not_found" for c in json.loads(cli(env, "status", "--all", "--json").stdout)
                   if c["broker"] in ("peoplecheck", "searchly"))
