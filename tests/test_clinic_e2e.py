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
        # three clients are listed by the lab's brokers (two of them share an address with others)
        lab.seed_people([(label.lower(), clients[label]) for label in ("C-01", "C-05", "C-11")])
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")},
               "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": lab.url,
               "OPTOUT_CONFIG": str(tmp_path / "none.toml"), "OPTOUT_PASSPHRASE": "clinic passphrase",
               "OPTOUT_MAIL__MAILDIR": str(lab.maildir), "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
        cli(env, "init")
        assert cli(env, "person", "import", str(CLINIC)).stdout.startswith("40 person(s) imported")
        again = cli(env, "person", "import", str(CLINIC)).stdout
        assert again.startswith("0 person(s) imported") and "40 already held, not added again" in again

        # a batch on an 80-column terminal: one bar with counts and an ETA, no line per case
        code, screen = on_terminal(env, "run", "--broker", "peoplecheck", "--broker", "peoplefind",
                                   "--concurrency", "6")
        assert code == 0, screen
        plain = ANSI.sub("", screen)
        lines = [x for x in re.split(r"[\r\n]", plain) if x.strip()]
        assert any("━" in x and "ETA" in x and "80/80" in x for x in lines), plain[-2000:]
        assert any("needs_human 3" in x and "not_found" in x for x in lines), plain[-2000:]
        assert not any(x.startswith("[1/") for x in lines)  # the per-case log is for pipes and --verbose
        assert all(len(x) <= 80 for x in lines), max(lines, key=len)
        assert "80 case(s) processed" in plain

        # one row per client
        status = json.loads(cli(env, "status", "--json").stdout)
        assert len(status) == 40
        jose = next(r for r in status if r["label"] == "C-01")
        assert jose["found"] == 2 and jose["waiting"] == 1 and jose["last_activity"] != "-"
        table = cli(env, "status").stdout.splitlines()
        assert sum(1 for x in table if x.startswith("p_")) == 40

        # one client's tasks, with what to do
        text = cli(env, "human", "--person", "C-01").stdout
        assert text.startswith(f"== C-01 ({jose['person']}): 1 task(s)")
        assert "CAPTCHA" in text and "solve the CAPTCHA" in text and "optout done" in text
        assert "C-05" not in text and "C-11" not in text
        [task] = json.loads(cli(env, "human", "--person", "José Ramírez", "--kind", "captcha", "--json").stdout)
        assert task["broker"] == "peoplecheck" and task["label"] == "C-01"

        # done by hand: a request, checked after the broker's delay; the next run leaves it alone
        now = dt.datetime.fromisoformat(json.loads(cli(env, "status", "--person", "C-01", "--json").stdout)[0]["since_at"])
        out = cli(env, "done", str(task["case"])).stdout
        assert out.startswith(f"case {task['case']}: submitted by a person")
        cli(env, "run", "--broker", "peoplecheck")
        cases = {c["case"]: c for c in json.loads(cli(env, "status", "--person", "C-01", "--json").stdout)}
        done = cases[task["case"]]
        assert done["state"] == "submitted"
        assert dt.datetime.fromisoformat(done["next_at"]) > now + dt.timedelta(hours=12)
        assert json.loads(cli(env, "human", "--person", "C-01", "--json").stdout) == []

        # drill-down: only cases with activity, unless --all
        drill = json.loads(cli(env, "status", "--person", "C-01", "--json").stdout)
        assert {c["broker"] for c in drill} == {"peoplecheck", "peoplefind"}
        assert len(json.loads(cli(env, "status", "--person", "C-01", "--all", "--json").stdout)) > len(drill)

        # the lying broker: confirms, still lists; the note says so
        cli(env, "run", "--person", "C-01", "--broker", "truthy")
        lab.advance(days=3)
        cli(env, "run", "--person", "C-01", "--broker", "truthy")
        [truthy] = [c for c in json.loads(cli(env, "status", "--person", "C-01", "--json").stdout)
                    if c["broker"] == "truthy"]
        assert truthy["attempts"] == 2
        assert truthy["note"].startswith("still listed after the request of ")
        assert "that the broker confirmed; asked again (request 2 of 2)" in truthy["note"]
