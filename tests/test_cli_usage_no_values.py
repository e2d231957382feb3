"""x48 #1 (a trial's findings): a usage error never says back what was typed. ``optout run Maria
Garcia`` printed "unrecognized arguments: Maria Garcia", a client's name in the terminal and in any
log a volunteer pastes; so did "invalid int value: '…'", an invalid choice, a flag given a value and
an ambiguous option with its ``=value``. Every command's parser is walked (every subcommand, every
option and argument, the dashboard's ``serve`` and ``staff`` among them), in English and in Spanish:
each error names the argument or option (or the word's place) and what it wants, never the value."""

from __future__ import annotations

import argparse
import contextlib
import io
import re

import pytest

from optout.cli import _USAGE_EN, _subcommands, argparse_language, parser

SECRET = "Maria-Garcia"  # what a volunteer might type where it does not belong: a client's name


def _refused(words: list[str], lang: str) -> str | None:
    """argparse's error line for ``words`` in ``lang``, or None when they parse."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), argparse_language(lang):
        try:
            parser().parse_args(words)
        except SystemExit as e:
            assert e.code == 64, (words, err.getvalue())
            return err.getvalue().strip().splitlines()[-1]
    return None


def _valid(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    name = getattr(action.type, "__name__", "")
    return "2020-01-01" if name == "date" else "1"


def _commands() -> list[tuple[list[str], argparse.ArgumentParser]]:
    """Each command that runs (no subcommand of its own), with a command line it accepts."""
    with argparse_language("en"):
        out = []
        for path, child, _line in _subcommands(parser()):
            if any(isinstance(a, argparse._SubParsersAction) for a in child._actions):
                continue
            words = path.split()
            for a in child._actions:
                if not a.option_strings and a.nargs not in ("?", "*"):
                    words += [_valid(a)] * (a.nargs if isinstance(a.nargs, int) else 1)
                elif a.option_strings and a.required:
                    words += [a.option_strings[0], _valid(a)]
            for group in child._mutually_exclusive_groups:
                if group.required:  # one of them: the first
                    a = group._group_actions[0]
                    words += [a.option_strings[0]] + ([] if a.nargs == 0 else [_valid(a)])
            out.append((words, child))
        return out


COMMANDS = _commands()


def _said(line: str | None) -> None:
    assert line is not None
    assert not re.search("maria|garcia", line, re.I), line


def test_the_walk_covers_every_command_and_each_base_line_parses():
    names = {" ".join(w[:2]) for w, _ in COMMANDS}
    assert {"run", "status", "serve", "staff add", "person add", "done"} <= names | {w[0] for w, _ in COMMANDS}
    for words, _ in COMMANDS:
        assert _refused(words, "en") is None, words


@pytest.mark.parametrize("lang", ["en", "es"])
def test_words_no_argument_takes_are_said_by_their_place(lang):
    for words, child in COMMANDS:
        if any(not a.option_strings and a.nargs in ("*", "+", "?") for a in child._actions):
            continue  # it takes more words (files, a note)
        line = _refused([*words, "Maria", "Garcia"], lang)
        _said(line)
        n = len(words) + 1
        label = "argument" if lang == "en" else "argumento"
        assert f"{label} {n}, {label} {n + 1}" in line, line


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_value_of_the_wrong_kind_or_outside_the_choices_names_the_option_not_the_value(lang):
    tried = 0
    for words, child in COMMANDS:
        for a in child._actions:
            if not a.option_strings or a.nargs == 0 or a.dest == "help":
                continue
            line = _refused([*words, a.option_strings[-1], SECRET], lang)
            if line is None:
                continue  # a free text option: nothing to refuse
            tried += 1
            _said(line)
            assert any(o in line for o in a.option_strings), line
    assert tried >= 20


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_flag_given_a_value_says_it_takes_none_without_the_value(lang):
    tried = 0
    for words, child in COMMANDS:
        for a in child._actions:
            if a.option_strings and a.nargs == 0 and a.dest != "help":
                for o in a.option_strings:
                    line = _refused([*words, f"{o}={SECRET}" if o.startswith("--") else f"{o}{SECRET}"], lang)
                    tried += 1
                    _said(line)
    assert tried >= 40


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_argument_given_a_wrong_value_and_a_wrong_command_never_repeat_it(lang):
    for words, child in COMMANDS:
        for i, a in enumerate(x for x in child._actions if not x.option_strings and (x.type or x.choices)):
            line = _refused([*words[:len(words) - 1], SECRET] if i == 0 and len(words) > 1 else [*words, SECRET],
                            lang)
            if line is not None:
                _said(line)
    _said(_refused([SECRET, "run"], lang))
    for path in ("person", "recipe", "staff", "key", "lab"):
        _said(_refused([path, SECRET], lang))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_ambiguous_option_with_a_value_names_the_options_only(lang):
    tried = 0
    for words, child in COMMANDS:
        longs = sorted(o for o in child._option_string_actions if o.startswith("--"))
        for k in range(3, 8):
            prefixes = {o[:k] for o in longs if len(o) > k}
            hit = next((p for p in sorted(prefixes)
                        if len({child._option_string_actions[o] for o in longs if o.startswith(p)}) > 1
                        and p not in child._option_string_actions), None)
            if hit:
                line = _refused([*words, f"{hit}={SECRET}"], lang)
                tried += 1
                _said(line)
                break
    assert tried >= 5


def test_the_english_words_are_the_catalogues():
    from optout.reasons import text

    for key, english in _USAGE_EN.items():
        assert text(f"cli:{key}", "en") == english, key
        assert text(f"cli:{key}", "es"), key


def test_every_argparse_message_that_carries_a_value_is_said_without_it_in_spanish():
    from optout.cli import _UNSAID
    from optout.reasons import text

    for msgid, english in _UNSAID.items():
        said = text(f"argparse:{msgid}", "es")
        assert said, msgid
        assert text(f"argparse:{msgid}", "en") == english, msgid  # the catalogue's English is the code's
        for placeholder in ("%(value)", "%(option)", "%(filename)", "%(parser_name)", "%r", "%s"):
            assert placeholder not in said and placeholder not in english, (msgid, said)
