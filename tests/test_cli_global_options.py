"""Faults pass 44b #1 and #2 (clinic trial): ``optout --lang es status`` blamed "es" (the global
option before the command was read as the command), and ``decline``, ``attach``, ``not-ours``
showed no description in their own ``--help``. Every global option works before and after the
command; every command, at any depth, has its one line in English and in Spanish."""

from __future__ import annotations

import argparse

import pytest

from optout.cli import _subcommands, parser
from optout.reasons import text

from .harness import cli_env, run_optout


@pytest.fixture
def env(tmp_path):  # type: ignore[no-untyped-def]
    return cli_env(tmp_path, LANGUAGE="", LC_ALL="C.UTF-8", LANG="C.UTF-8")


@pytest.mark.parametrize("words", [("--lang", "es", "status"), ("status", "--lang", "es")])
def test_lang_before_or_after_the_command_is_the_readers_language(env, words):
    r = run_optout(env, *words)
    assert "'es'" not in r.stderr and "COMANDO" not in r.stderr, r.stderr
    assert r.returncode == 78, r.stderr  # no data yet: said in Spanish
    assert "aquí no hay datos de optout" in r.stderr, r.stderr


def test_every_global_option_is_read_after_the_command_too(tmp_path):
    p = parser()
    d = tmp_path / "elsewhere"
    for words in (["--data-dir", str(d), "status"], ["status", "--data-dir", str(d)]):
        a = p.parse_args(words)
        assert a.data_dir == d and a.cmd == "status"
    a = p.parse_args(["status", "--lab", "http://127.0.0.1:1", "-v"])
    assert a.lab == "http://127.0.0.1:1" and a.verbose is True
    a = p.parse_args(["--lang", "es", "-v", "status"])
    assert a.lang == "es" and a.verbose is True  # a command's own copy leaves them as given
    a = p.parse_args(["--lang", "es", "person", "list", "--lang", "en"])
    assert a.lang == "en"  # the later word wins, as argv_language reads it
    assert p.parse_args(["status"]).lang is None and p.parse_args(["status"]).verbose is False


def test_every_command_has_its_one_line_description_in_english_and_spanish():
    p = parser()
    missing, untranslated = [], []
    commands = list(_subcommands(p))
    assert len(commands) > 40
    for path, child, line in commands:
        if not child.description or not line or line == argparse.SUPPRESS or child.description != line:
            missing.append(path)
        elif not text(f"cli:help:{child.description}", "es"):
            untranslated.append(path)
    assert not missing, missing
    assert not untranslated, untranslated


@pytest.mark.parametrize(("lang", "words"), [("en", "the client chose not to send the ID"),
                                             ("es", "la persona decidió no enviar la identificación")])
def test_a_commands_own_help_says_what_it_does(env, lang, words):
    r = run_optout(env, "--lang", lang, "decline", "--help")
    assert r.returncode == 0 and words in r.stdout, r.stdout
    r = run_optout(env, "not-ours", "--help", "--lang", lang)
    assert r.returncode == 0 and len(r.stdout.split("\n\n")) > 2, r.stdout


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("en", ("serve", "--port", "abc"), "argument --port: a port number, 1-65535"),
    ("en", ("serve", "--port", "70000"), "argument --port: a port number, 1-65535"),
    ("es", ("serve", "--port", "abc"), "argumento --port: un número de puerto, de 1 a 65535"),
    ("en", ("serve", "--idle", "x"), "argument --idle: minutes: a number such as 30"),
    ("es", ("serve", "--idle", "nan"), "argumento --idle: minutos: un número como 30"),
])
def test_a_number_option_says_what_it_wants_in_the_readers_language(env, lang, words, said):
    """trial44 #3: ``serve --port abc`` said "invalid int value", ``--idle x`` "invalid float value"."""
    r = run_optout(env, "--lang", lang, *words)
    assert r.returncode == 64, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.endswith(said), last
    assert "int" not in last.split(":", 2)[-1] and "float" not in last, last
