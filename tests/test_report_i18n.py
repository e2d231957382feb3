"""Every text a volunteer or a client reads comes from the gettext catalogues, in Spanish as well as
English: each message id has a Spanish text, different from the English unless the word is the same
in both languages, with the same placeholders (str.format's ``{name}`` and gettext's ``%(name)s``,
the latter checked by Babel's own checker); and the client report's fixed phrases are entries of
the one catalogue (``report:<id>``), not Python dictionaries beside it."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.checkers import python_format
from babel.messages.pofile import read_po

from optout.report import _i18n
from optout.store import CaseState

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = {"reasons": ROOT / "optout/locales/{}/LC_MESSAGES/reasons.po"}  # the one catalogue
#: the same word in both languages (a law's initials, an acronym, a cognate)
# as scripts/i18n.py's list: words Spanish writes the same ("error" is a log level in both, c24)
SAME_IN_BOTH = {"law:ccpa", "report:total", "kind:captcha", "Broker", "Brokers", "log:level.error"}


def _read(path: Path, lang: str):
    with path.open("rb") as f:
        return read_po(f, locale=lang)


def _braces(text: str) -> set[str]:
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}
    except ValueError:
        return set()


def _entries():
    for name, pattern in CATALOGUES.items():
        en, es = _read(Path(str(pattern).format("en")), "en"), _read(Path(str(pattern).format("es")), "es")
        for msg in es:
            if msg.id:
                yield pytest.param(name, msg.id, (en.get(msg.id).string if en.get(msg.id) else "") or msg.id,
                                   msg, id=f"{name}:{msg.id[:40]}")


def test_every_english_id_has_a_spanish_entry():
    for name, pattern in CATALOGUES.items():
        en, es = _read(Path(str(pattern).format("en")), "en"), _read(Path(str(pattern).format("es")), "es")
        missing = sorted(m.id for m in en if m.id and es.get(m.id) is None)
        assert not missing, f"{name}: no Spanish entry for {missing}"


@pytest.mark.parametrize("catalogue, msgid, english, msg", list(_entries()))
def test_every_message_reads_in_spanish_with_the_same_placeholders(catalogue, msgid, english, msg):
    spanish = msg.string
    assert spanish and spanish.strip(), f"{catalogue}: {msgid!r} has no Spanish text"
    if msgid not in SAME_IN_BOTH:
        assert spanish != english, f"{catalogue}: {msgid!r}: the Spanish text is the English one"
    assert _braces(spanish) == _braces(english), f"{catalogue}: {msgid!r}: placeholders differ"
    python_format(None, msg)  # Babel's checker: %(name)s placeholders agree with the id's (raises)
    assert set(re.findall(r"%\(\w+\)s", spanish)) == set(re.findall(r"%\(\w+\)s", msgid)), msgid


def test_the_report_has_no_phrase_dictionaries_beside_the_catalogue():
    tree = ast.parse((ROOT / "optout/report/_i18n.py").read_text(encoding="utf-8"))
    dicts = [n for n in ast.walk(tree) if isinstance(n, ast.Dict) and len(n.keys) > 3]
    assert not dicts, "the report's phrases belong in optout/locales/<lang>/LC_MESSAGES/reasons.po"


def test_every_phrase_the_report_templates_use_is_in_the_catalogue_in_both_languages():
    used: set[str] = set()
    for tpl in (ROOT / "optout/report/templates").glob("*.j2"):
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']\s*\)""", tpl.read_text(encoding="utf-8")))
    # the keys the templates build: every case state, request status, channel, event kind
    used |= {f"state.{s.value}" for s in CaseState} | {"state.needs_info"}
    known = set(_i18n.ids())
    assert used and not used - known, sorted(used - known)
    for key in used:
        assert _i18n.phrase(key, "es") != _i18n.phrase(key, "en") or f"report:{key}" in SAME_IN_BOTH, key


def test_a_missing_phrase_falls_back_to_english_then_to_its_id():
    assert _i18n.phrase("title", "es-MX") == "Informe de eliminación de datos en corredores de datos"
    assert _i18n.phrase("title", "fr") == "Data broker removal report"
    assert _i18n.phrase("no.such.phrase", "es") == "no.such.phrase"
