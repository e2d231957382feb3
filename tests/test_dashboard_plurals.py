"""The dashboard's counts take the plural their number asks for, in English and Spanish (t48): "1
broker in use" / "2 brokers in use", "1 corredor" / "2 corredores", never "1 brokers" nor
"broker(s)"; and the language picker names each language in its own words, marked as such."""

from __future__ import annotations

import re

import pytest
from jinja2 import Environment

from optout.web._i18n import environments

from .test_dashboard import dash  # noqa: F401  (the fixture)


@pytest.fixture(scope="module")
def envs() -> dict[str, Environment]:
    return environments()


def render(envs: dict[str, Environment], language: str, source: str, **ctx) -> str:
    return envs[language].from_string(source).render(**ctx)



@pytest.mark.parametrize(("lang", "n", "words"), [
    ("en", 1, "1 broker in use."), ("en", 2, "2 brokers in use."),
    ("es", 1, "1 corredor en uso."), ("es", 2, "2 corredores en uso."), ("es", 0, "0 corredores en uso."),
])
def test_brokers_in_use_takes_its_plural(envs, lang, n, words):
    line = render(envs, lang, '{{ ngettext("%(n)s broker in use.", "%(n)s brokers in use.", n, n=n) }}', n=n)
    assert line == words


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "1 evidence file (", "2 evidence files ("),
    ("es", "1 archivo de prueba (", "2 archivos de prueba ("),
])
def test_the_removal_page_counts_in_the_singular_and_plural(envs, lang, one, two):
    from optout.app import TheirMail

    page = lambda n, box="maildir": render(envs, lang, "{% include 'person_remove.html' %}",  # noqa: E731
                                           info={"id": "p_1", "label": "C-1"}, cases=n, files=n, sent=n, csrf="x",
                                           path="/", mail=TheirMail(n, ("MailOnly",), box, "imap.example", "INBOX"))
    assert one in page(1) and two in page(2)
    # the brokers' mails the removal deletes from a Maildir, or leaves in the clinic's IMAP account (t52)
    words = {"en": ("1 mail from brokers about them in", "2 mails from brokers about them in",
                    "1 mail from brokers about them stays", "2 mails from brokers about them stay"),
             "es": ("1 correo de corredores sobre esta persona en", "2 correos de corredores sobre esta persona en",
                    "1 correo de corredores sobre esta persona queda", "2 correos de corredores sobre esta persona quedan")}
    assert words[lang][0] in page(1) and words[lang][1] in page(2)
    assert words[lang][2] in page(1, "imap") and words[lang][3] in page(2, "imap")
    assert ("request already sent to a broker" in page(1)) == (lang == "en")
    assert ("solicitud ya enviada a un corredor" in page(1)) == (lang == "es")


def test_no_template_counts_with_a_bracketed_plural():
    """The class: a count beside "(s)" / "(es)" in a template's words (the form labels "Given
    name(s)", "Surname(s)" name a field, not a count, and stay)."""
    from optout.web._i18n import HERE

    for tpl in sorted((HERE / "templates").glob("*.html")):
        text = tpl.read_text("utf-8")
        assert not re.search(r"%\(\w+\)s [^\"]*?\w\((?:s|es)\)", text), tpl.name


async def test_the_language_picker_names_spanish_in_spanish_on_an_english_page(dash):  # noqa: F811
    await dash.login()
    page = (await dash.get("/", headers={"accept-language": "en"})).text
    assert re.search(r'<button name="lang" value="es" lang="es" class="link">Español</button>', page), page
    assert re.search(r'value="en" lang="en" class="link current" aria-current="true">English</button>', page)


async def test_a_wait_of_one_second_is_said_in_the_singular(envs):
    for lang, one in (("en", "Wait 1 second and"), ("es", "Espere 1 segundo y")):
        page = render(envs, lang, '{% include "login.html" %}', error="locked", wait=1, csrf="", path="/login",
                      login_token="t")
        assert one in page, page


@pytest.mark.parametrize(("lang", "n", "words"), [
    ("en", 1, "1 listing may be this person"), ("en", 2, "2 listings may be this person"),
    ("es", 1, "1 ficha puede ser de esta persona"), ("es", 2, "2 fichas pueden ser de esta persona"),
])
def test_a_reasons_count_takes_its_plural(lang, n, words):
    """The reasons the dashboard and the report show (``{count:one|other}``, ``reasons.counted_format``)."""
    from optout.reasons import Reason, render

    assert render(Reason("uncertain_match", {"count": n}), lang).startswith(words)
    seen = render(Reason("not_recognised", {"fields": ["last_name"], "listings": n, "rejected": n}), lang)
    assert ("1 listing seen, 1 rejected" if lang == "en" else "se vio 1 ficha, 1 descartada") in seen or n != 1, seen
    assert ("2 listings seen" if lang == "en" else "se vieron 2 fichas, 2 descartadas") in seen or n != 2, seen
    assert "(s)" not in seen and "(es)" not in seen


def test_no_reason_or_report_phrase_counts_with_a_bracketed_plural():
    """The class, in the catalogue: a reason, a report phrase or a dashboard text never writes
    "listing(s)" / "ficha(s)" (the command line's own cli: lines are not the dashboard's)."""
    from babel.messages.pofile import read_po

    from optout.reasons import LOCALES

    for lang in ("en", "es"):
        with (LOCALES / lang / "LC_MESSAGES" / "reasons.po").open("rb") as f:
            cat = read_po(f, locale=lang)
        bad = [m.id for m in cat if m.id and isinstance(m.string, str) and not str(m.id).startswith(("cli:", "log:", "argparse:"))
               and m.id not in ("report:held_limit",)  # kept for a reader of old ids; the report reads held_limit_n
               and re.search(r"\{\w+\}[^{]*?\w\((?:s|es)\)", m.string)]
        assert not bad, (lang, bad)
