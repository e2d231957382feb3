"""f43 #5 (clinic trials): "argument 3" under Spanish words, and argparse naming an argument by a name
the reader sees nowhere. Every usage error a volunteer can hit reads in their language (the
``--lang``, the terminal's, the settings file's or the clinic's) and names the argument as the
usage line shows it: a file by its place in that language ("argumento 3"), a command's place by
COMMAND / COMANDO (never ``cmd`` or ``person_cmd``), a number by its kind (never Python's ``int``)."""

from __future__ import annotations

import re

import pytest

from .harness import cli_env, run_optout


@pytest.fixture
def env(tmp_path):  # type: ignore[no-untyped-def]
    return cli_env(tmp_path, LANGUAGE="", LC_ALL="C.UTF-8", LANG="C.UTF-8")


def test_a_file_is_said_in_the_settings_language_when_the_terminal_says_none(env, tmp_path):
    (tmp_path / "none.toml").write_text('lang = "es"\n')  # the settings file cli_env names
    r = run_optout(env, "person", "import", str(tmp_path / "clientes-nov.csv"))
    assert r.returncode == 66, r.stderr
    assert r.stderr.strip() == "optout: argumento 3: no hay ningún archivo con este nombre; revise el nombre y la carpeta"


def test_a_case_number_refused_in_the_readers_language(env, tmp_path):
    (tmp_path / "none.toml").write_text('lang = "es"\n')
    r = run_optout(env, "done", "X12")
    assert r.returncode == 64, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    # the whole line in Spanish: argparse's words and optout's own (they were English under "argumento"),
    # the argument's name too (t49: "argumento case")
    assert last.startswith("optout done: error: argumento caso: no es un caso: indique el número"), last
    assert "X12" not in last  # what was given may be a name typed for a case: never repeated (f46)


@pytest.mark.parametrize(("lang", "words"), [("en", ("argument COMMAND: not one of its choices: init, person",)),
                                             ("es", ("argumento COMANDO: no es una de sus opciones: init, person",))])
def test_an_unknown_command_names_the_commands_place_as_the_usage_shows_it(env, lang, words):
    r = run_optout(env, "stauts", LANGUAGE=lang)
    assert r.returncode == 64, r.stderr
    assert all(w in r.stderr for w in words), r.stderr
    assert "stauts" not in r.stderr  # a word where a command goes may be a client's name (x48)
    assert not re.search(r"\bcmd\b", r.stderr), r.stderr


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_missing_subcommand_is_named_by_its_visible_name(env, lang):
    r = run_optout(env, "person", LANGUAGE=lang)
    assert r.returncode == 64, r.stderr
    assert "person_cmd" not in r.stderr, r.stderr
    assert ("COMMAND" if lang == "en" else "COMANDO") in r.stderr.splitlines()[-1], r.stderr


def test_a_number_is_named_by_its_kind_in_spanish(env):
    r = run_optout(env, "run", "--concurrency", "dos", "--lang", "es")
    assert r.returncode == 64, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.endswith("argumento --concurrency: se esperaba un número entero"), last
    r = run_optout(env, "run", "--concurrency", "two", "--lang", "en")
    assert "argument --concurrency: expected a whole number" in r.stderr, r.stderr
    assert "two" not in r.stderr  # never the value (x48)
