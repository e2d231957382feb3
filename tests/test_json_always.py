"""Faults pass 44b #7 (clinic trial): ``optout run --due --json`` with the broker lab down printed
nothing on stdout, and a script's ``json.load`` failed on it. Every ``--json`` prints one JSON
document, its shape in docs/JSON.md, and exits as before with its one line on stderr."""

from __future__ import annotations

import json
import socket

import pytest

from .harness import cli_env, run_optout
from .test_json_docs import documented


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("words", [("run", "--due", "--json"), ("run", "--json"), ("--lang", "es", "run", "--due", "--json")])
def test_json_with_the_lab_down_is_one_document(tmp_path, words):
    env = cli_env(tmp_path, LANGUAGE="", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    assert run_optout(env, "init").returncode == 0
    url = f"http://127.0.0.1:{_closed_port()}"
    r = run_optout(env, *words, OPTOUT_LAB_URL=url)
    assert r.returncode == 69, r.stderr
    doc = json.loads(r.stdout)
    required, optional = documented()["Any --json that stops before its document"][0]
    assert set(doc) == required | optional == {"error"}
    assert doc["error"]["exit"] == 69 and doc["error"]["why"]["code"] == "lab_unanswered", doc
    assert r.stderr.count("\n") == 1 and "optout: " in r.stderr  # the reader's one line stays


def test_a_command_with_no_json_prints_no_document(tmp_path):
    env = cli_env(tmp_path, LANGUAGE="", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    r = run_optout(env, "status")
    assert r.returncode == 78 and r.stdout == "", r.stdout
    r = run_optout(env, "status", "--json")
    assert r.returncode == 78 and json.loads(r.stdout)["error"]["exit"] == 78
