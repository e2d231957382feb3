"""Run a Python program as ``python`` itself would, for the wrappers that watch what it sends
Playwright's driver (scripts/_pwcount.py, scripts/_pwtrace.py).

    run_program(["-m", "optout", "run", ...])    (a module, as `python -m`)
    run_program(["path/to/script.py", ...])       (a script)

Standard library only: importing it adds nothing to the start-up a wrapper times.
"""

from __future__ import annotations

import os
import runpy
import sys


def run_program(args: list[str]) -> None:
    """Run ``args`` (``-m MODULE ARGS...`` or ``SCRIPT ARGS...``) as the program, in this process:
    ``sys.argv`` as the program would see it, and ``sys.path[0]`` as Python sets it for the
    program (the current directory for a module, the script's own directory for a script, not
    the wrapper's)."""
    if args[0] == "-m":
        sys.argv = [args[1], *args[2:]]
        sys.path[0] = os.getcwd()
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = args
        sys.path[0] = os.path.dirname(os.path.abspath(args[0]))
        runpy.run_path(args[0], run_name="__main__")
