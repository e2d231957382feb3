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

from optout.cli import _UNSAID
from optout.reasons import same_in_both
from optout.report import _i18n
from optout.store import CaseState

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = {"reasons": ROOT / "optout/locales/{}/LC_MESSAGES/reasons.po"}  # the one catalogue


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
    if isinstance(msgid, str) and msgid.startswith("argparse:") and msgid.removeprefix("argparse:") in _UNSAID:
        # argparse's messages that would say back a value: worded without it in both languages on
        # purpose (x48), filled by cli._Unfilled, so their placeholders are the English text's
        assert english == _UNSAID[msgid.removeprefix("argparse:")], msgid
    else:
        python_format(None, msg)  # Babel's checker: %(name)s placeholders agree with the id's (raises)
    if isinstance(msg.string, tuple):  # a count's plural forms (msgid_plural): each is checked as its plural
        msgid, english = msgid[0], english[-1]
    for spanish in msg.string if isinstance(msg.string, tuple) else (msg.string,):
        assert spanish and spanish.strip(), f"{catalogue}: {msgid!r} has no Spanish text"
        if not same_in_both(msgid):  # the one list, scripts/i18n.py's too
            assert spanish != english, f"{catalogue}: {msgid!r}: the Spanish text is the English one"
        assert _braces(spanish) == _braces(english), f"{catalogue}: {msgid!r}: placeholders differ"
        # against the English text (the id when it has none): argparse's messages that would say back a
        # value are worded without it in both languages on purpose (cli._UNSAID, x48)
        assert set(re.findall(r"%\(\w+\)s", spanish)) == set(re.findall(r"%\(\w+\)s", english)), msgid


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
        assert _i18n.phrase(key, "es") != _i18n.phrase(key, "en") or same_in_both(f"report:{key}"), key


def test_a_missing_phrase_falls_back_to_english_then_to_its_id():
    assert _i18n.phrase("title", "es-MX") == "Informe de eliminación de datos en corredores de datos"
    assert _i18n.phrase("title", "fr") == "Data broker removal report"
    assert _i18n.phrase("no.such.phrase", "es") == "no.such.phrase"


def test_the_words_the_same_in_both_languages_have_one_home():
    """scripts/i18n.py and this test read one list (``optout.reasons.SAME_IN_BOTH``): a word one
    allowed and the other refused made the clean-clone CI fail on 'error' (c24)."""
    from optout import reasons

    for path in (ROOT / "scripts/i18n.py", Path(__file__)):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lists = [n for n in ast.walk(tree) if isinstance(n, ast.Set)
                 and any(isinstance(e, ast.Constant) and e.value == "law:ccpa" for e in n.elts)]
        assert not lists, f"{path.name}: a second list of words the same in both languages"
    assert "law:ccpa" in reasons.SAME_IN_BOTH and "CAPTCHA" in reasons.SAME_IN_BOTH and "Broker" in reasons.SAME_IN_BOTH
    assert same_in_both("cli:column.case") and not same_in_both("report:title")


def test_a_spanish_report_says_its_letters_and_replies_are_copies_in_their_own_language():
    """Trial28: a Spanish reader's report showed the letters and the brokers' answers in English with
    nothing to say why; each is a copy as sent and received (evidence), and the report now says so
    in the reader's language, pointing to the outcome for what the answer meant."""
    import datetime as dt

    from optout.person import parse_person
    from optout.report import render_person
    from optout.report._collect import BrokerSection, LetterInfo, Mail, PersonReport, RequestInfo

    at = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    letter = Mail(at, "letter", {"Subject": "Request to delete [OPT-ABCDEF]"}, "To the privacy team,", "0" * 64)
    reply = Mail(at, "reply", {"Subject": "Re: Request to delete [OPT-ABCDEF]"}, "It has been completed.", "1" * 64)
    section = BrokerSection("mailonly", "MailOnly Data Co.", "email", "confirmed", at, None, None, at, [], [], [], [],
                            [RequestInfo(1, "email", at, at, "confirmed", "OPT-ABCDEF", mails=[letter])], [reply],
                            [LetterInfo(at, "ccpa", "privacy@mailonly.lab.test", at + dt.timedelta(days=45), "letter_sent")],
                            [], [], None, None, [], [], outcome="confirmed")
    person = parse_person({"first_name": "Rosa Imelda", "last_name": "Cárcamo Funes", "language": "es",
                           "addresses": [{"city": "Los Angeles", "state": "CA"}]})
    page = render_person(PersonReport("p_0123456789", person, at, [section]))
    assert page.count("Copias tal como se enviaron y recibieron, en el idioma en que se escribieron") == 2
    assert "To the privacy team," in page and "It has been completed." in page  # the copies themselves untouched
