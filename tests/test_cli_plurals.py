"""The command line's counts take the plural their number asks for, in English and Spanish, as the
dashboard's and the report's do since t48: "1 case processed" / "3 cases processed", "1 caso" /
"2 casos", verbs agreeing ("1 caso pendiente queda" / "2 casos pendientes quedan"), never "case(s)"
nor "caso(s)" beside a number (t48 left the command line's own lines; this closes them)."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from optout.reasons import LOCALES, fill

#: A number's placeholder, then a word written with both its numbers: "{count} case(s)",
#: "{count} more case(s)", "{n} carta(s)", "{people} person key(s)".
_BOTH_NUMBERS = re.compile(r"\{\w+\}(?: \w+){0,2} \w+\((?:s|es)\)")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_catalogue_line_writes_a_counted_word_with_both_numbers(lang):
    with (LOCALES / lang / "LC_MESSAGES" / "reasons.po").open("rb") as f:
        cat = read_po(f, locale=lang)
    bad = sorted(m.id for m in cat if m.id and isinstance(m.string, str) and _BOTH_NUMBERS.search(m.string))
    assert bad == []


@pytest.mark.parametrize(("msgid", "lang", "params", "words"), [
    ("cli:run.processed", "en", {"count": 1}, "1 case processed"),
    ("cli:run.processed", "en", {"count": 0}, "0 cases processed"),
    ("cli:run.processed", "en", {"count": 3}, "3 cases processed"),
    ("cli:import.done", "en", {"count": 1, "file": "f.csv"}, "1 person imported from f.csv"),
    ("cli:import.done", "en", {"count": 40, "file": "f.csv"}, "40 people imported from f.csv"),
    ("cli:run.fault", "es", {"count": 1, "fault": "x"}, "se detuvo después de 1 caso: x"),
    ("cli:run.fault", "es", {"count": 4, "fault": "x"}, "se detuvo después de 4 casos: x"),
])
def test_a_count_says_its_own_number(msgid, lang, params, words):
    assert fill(msgid, lang, **params) == words


def test_spanish_verbs_agree_with_their_count():
    one = fill("cli:run.paused", "es", count=1, brokers="b")
    many = fill("cli:run.paused", "es", count=2, brokers="b")
    assert one.startswith("1 caso pendiente queda para una ejecución posterior: sus corredores"), one
    assert many.startswith("2 casos pendientes quedan para una ejecución posterior: sus corredores"), many
