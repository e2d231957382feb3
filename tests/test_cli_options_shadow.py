"""A subcommand's option must never overwrite a global option of the same name.

argparse writes both into one namespace: ``optout recipe new ID --lab`` (a flag: "a lab broker")
used to set the global ``--lab URL`` to ``True``, and the command died with "bad setting: lab_url:
Input should be a valid string" before writing anything.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from optout.cli import parser


def _subparsers(p: argparse.ArgumentParser, path: str = "optout"):
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sp in action.choices.items():
                yield f"{path} {name}", sp
                yield from _subparsers(sp, f"{path} {name}")


def test_no_subcommand_option_shares_a_global_options_dest():
    top = parser()
    globals_ = {a.dest for a in top._actions if a.option_strings and a.dest not in ("help", "version")}
    clashes = []
    for path, sp in _subparsers(top):
        for a in sp._actions:
            # a copy of a global flag with default SUPPRESS (``run -v``) leaves the global alone unless given
            if a.option_strings and a.dest in globals_ and a.default is not argparse.SUPPRESS:
                clashes.append(f"{path} {'/'.join(a.option_strings)} -> {a.dest}")
    assert not clashes, clashes


def test_recipe_new_lab_writes_a_lab_recipe(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "optout", "--data-dir", str(tmp_path / "d"), "recipe", "new", "zzlabnew", "--lab",
         "--dir", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    text = (tmp_path / "zzlabnew.yaml").read_text()
    assert "status: lab" in text and "lab: true" in text
