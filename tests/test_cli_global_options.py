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


def _built(lang: str) -> argparse.ArgumentParser:
    from optout.cli import argparse_language

    with argparse_language(lang):
        return parser()


@pytest.mark.parametrize(("lang", "heading"), [("en", "global options:"), ("es", "opciones globales:")])
def test_every_commands_help_lists_the_global_options_it_accepts(lang, heading):
    """Faults pass 46 #1: the global options work after every command since f44b, but
    ``optout status --help`` said nothing of --data-dir, --lab or -v. Every command, at any depth,
    lists each global option it accepts, with its help in the reader's language."""
    from optout.cli import argparse_language

    p = _built(lang)
    tops = [a for a in p._actions if a.option_strings and a.dest not in ("help", "version")]
    unlisted, commands = [], list(_subcommands(p))
    assert len(commands) > 40
    with argparse_language(lang):
        for path, child, _line in commands:
            shown = " ".join(child.format_help().split())
            for top in tops:
                accepted = [o for o in top.option_strings if o in child._option_string_actions]
                if not accepted:
                    continue  # a command's own option of the same words (recipe new --lab) is its own
                action = child._option_string_actions[accepted[0]]
                if not any(action in g._group_actions for g in child._action_groups if g.title == heading[:-1]):
                    assert accepted[0] in shown, (path, accepted[0])  # its own option, its own words
                    continue
                said = " ".join((text(f"cli:help:{top.help}", lang) if lang != "en" else top.help).split())
                if said not in shown.split(heading, 1)[1]:
                    unlisted.append((path, accepted[0]))
    assert not unlisted, unlisted


def _options_with_choices(p: argparse.ArgumentParser) -> list[tuple[str, str]]:
    found = [("", a.option_strings[-1]) for a in p._actions if a.option_strings and a.choices]
    for path, child, _line in _subcommands(p):
        found += [(path, a.option_strings[-1]) for a in child._actions
                  if a.option_strings and a.choices and a.help != argparse.SUPPRESS]
    return found


@pytest.mark.parametrize(("lang", "words"), [("en", "not one of its choices"), ("es", "no es una de sus opciones")])
def test_a_value_outside_an_options_choices_is_never_repeated(lang, words, capsys):
    """Faults pass 46 #2: ``optout --lang fr status`` said "invalid choice: 'fr'": a usage error
    repeated the value given (another option's may be personal data). Every option with choices,
    in every command, names itself and its choices, never the value."""
    from optout.cli import argparse_language

    value = "Garcia-Lopez"
    options = _options_with_choices(_built(lang))
    assert len(options) > 20 and ("key rotate", "--to") in options
    for path, option in options:
        argv = [*path.split(), option, value]
        with argparse_language(lang), pytest.raises(SystemExit) as e:
            parser().parse_args(argv)
        assert e.value.code == 64, (path, option)
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert value not in err and "Garcia" not in err, (path, option, err)
        assert option in err and words in err, (path, option, err)


def test_the_english_said_without_the_catalogue_is_the_catalogues():
    from optout.cli import _CHOICE_WORDS, _GLOBAL_HEADING

    assert text("cli:usage.not_a_choice", "en") == _CHOICE_WORDS
    assert text("cli:heading.global_options", "en") == _GLOBAL_HEADING


@pytest.mark.parametrize(("lang", "words"), [("en", "not a case: give a case's number"),
                                             ("es", "no es un caso: indique el número de un caso")])
def test_a_name_given_for_a_case_is_never_repeated(lang, words, capsys):
    """Faults pass 46 #2, the same class: ``optout done "Maria Garcia"`` said "Maria Garcia is not a
    case": a name typed where a case's number goes was repeated in the usage error."""
    from optout.cli import argparse_language

    for argv in (["done", "Maria Garcia"], ["retry", "3", "--match", "Garcia"], ["evidence", "Ana Lopez"]):
        with argparse_language(lang), pytest.raises(SystemExit):
            parser().parse_args(argv)
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert "Garcia" not in err and "Ana" not in err, err
        assert (words if argv[0] != "retry" else ("listing" if lang == "en" else "ficha")) in err, err
