"""A command run before `optout init`, or from cron/systemd with an empty environment, creates
nothing (trial43: `env -i optout run --due` left an empty data folder under $HOME, and its advice,
"run `optout init` first", would have made a second, empty store beside the clinic's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("words", [["run", "--due"], ["status"], ["human"], ["person", "list"]])
def test_no_folder_is_made_and_the_line_names_the_setting(tmp_path: Path, words: list[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}  # cron's environment
    r = subprocess.run([sys.executable, "-m", "optout", *words], env=env, cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 78, r.stderr
    line = r.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "optout init" in line and "OPTOUT_DATA_DIR" in line
    assert list(home.rglob("*")) == [], "a command that found no vault made folders"
