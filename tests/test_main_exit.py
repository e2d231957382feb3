"""``python -m optout`` leaves promptly once its command is done (optout/__main__.py, issue 15):
with the command's status, after its exit handlers and with its output flushed, but without
tearing the interpreter's heap down object by object."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from optout.errors import Exit

from .conftest import ROOT

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


def test_python_m_optout_keeps_its_status_handlers_and_output_and_skips_the_teardown(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITE)
    marks = tmp_path / "marks"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]), "MARKS": str(marks),
           "OPTOUT_DATA_DIR": str(tmp_path / "d"), "OPTOUT_CONFIG": str(tmp_path / "none.toml"),
           "OPTOUT_PASSPHRASE": "correct horse"}

    def optout(*args: str, **more: str) -> subprocess.CompletedProcess[str]:
        marks.unlink(missing_ok=True)
        return subprocess.run([sys.executable, "-m", "optout", *args], env={**env, **more}, capture_output=True,
                              text=True, timeout=300, cwd=ROOT)

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
    from pathlib import Path

    script = Path(sys.executable).parent / "optout"
    assert script.is_file(), "the optout command is not installed beside this interpreter (scripts/setup)"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITE)
    marks = tmp_path / "marks"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]), "MARKS": str(marks),
           "OPTOUT_DATA_DIR": str(tmp_path / "d"), "OPTOUT_CONFIG": str(tmp_path / "none.toml"),
           "OPTOUT_PASSPHRASE": "correct horse"}
    r = subprocess.run([str(script), "init"], env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert marks.read_text() == "exit handler\n"
    marks.unlink()
    r = subprocess.run([str(script), "status", "--json"], env=env, capture_output=True, text=True, timeout=300,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr
    json.loads(r.stdout)  # flushed whole
    assert marks.read_text() == "exit handler\n"
    r = subprocess.run([str(script), "status"], env={**env, "OPTOUT_WORKER__CONCURRENCY": "many"},
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == Exit.CONFIG and "bad setting: worker.concurrency" in r.stderr
