"""``python -m optout`` leaves promptly once its command is done (optout/__main__.py, issue 15):
with the command's status, after its exit handlers and with its output flushed, but without
tearing the interpreter's heap down object by object."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from optout.errors import Exit

from .conftest import ROOT
from .harness import cli_env, run_optout

# a stand-in for what a library leaves for the end of a process: an exit handler (atexit), and a
# module-level object whose finalizer runs only if the heap is torn down
SITE = """
import atexit, os
def _ran():
    with open(os.environ["MARKS"], "a") as f:
        f.write("exit handler\\n")
atexit.register(_ran)
class _Torn:
    def __del__(self, _open=open, _path=os.environ["MARKS"]):
        with _open(_path, "a") as f:
            f.write("heap torn down\\n")
_torn = _Torn()
"""


def _marked(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """The environment of an optout process that loads ``SITE`` (its marks go to the returned file)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITE)
    marks = tmp_path / "marks"
    env = cli_env(tmp_path, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]), MARKS=str(marks))
    return env, marks


def test_python_m_optout_keeps_its_status_handlers_and_output_and_skips_the_teardown(tmp_path):
    env, marks = _marked(tmp_path)

    def optout(*args: str, **more: str) -> subprocess.CompletedProcess[str]:
        marks.unlink(missing_ok=True)
        return run_optout(env, *args, **more)

    r = optout("init")
    assert r.returncode == 0, r.stderr
    assert marks.read_text() == "exit handler\n"  # handlers ran; the heap was left as it was
    r = optout("recipe", "list", "--json")  # a long output, piped: all of it arrives
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) > 900
    r = optout("status", OPTOUT_WORKER__CONCURRENCY="many")
    assert r.returncode == Exit.CONFIG and "bad setting: worker.concurrency" in r.stderr
    assert marks.read_text() == "exit handler\n"


def test_the_installed_optout_command_leaves_as_promptly(tmp_path):
    """The console script pip installs (``.venv/bin/optout``, ``[project.scripts]``) is what a
    clinic's cron and systemd units run: it skips the heap's teardown too, keeping its status, its
    exit handlers and its output."""
    script = Path(sys.executable).parent / "optout"
    assert script.is_file(), "the optout command is not installed beside this interpreter (scripts/setup)"
    env, marks = _marked(tmp_path)
    r = run_optout(env, "init", command=[str(script)])
    assert r.returncode == 0, r.stderr
    assert marks.read_text() == "exit handler\n"
    marks.unlink()
    r = run_optout(env, "status", "--json", command=[str(script)])
    assert r.returncode == 0, r.stderr
    json.loads(r.stdout)  # flushed whole
    assert marks.read_text() == "exit handler\n"
    r = run_optout(env, "status", command=[str(script)], OPTOUT_WORKER__CONCURRENCY="many")
    assert r.returncode == Exit.CONFIG and "bad setting: worker.concurrency" in r.stderr
