"""f43 #4 (clinic trials): ``optout status`` and the report said a letter's law as "state privacy
law" (``law:us_state``) where the letter itself cited the state's own law (the Texas Data Privacy
and Security Act, the Colorado Privacy Act): every reader now names the law the letter cited, in
English and Spanish, from the letter's ``law_state``; a note stored before it is named from its
event."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.mail import STATE_LAWS
from optout.mail._flow import sent_reason
from optout.person import load_person
from optout.reasons import LANGUAGES, Reason, law_text, of_case, render, text
from optout.store import CaseState as S
from optout.store import Event

from .conftest import EXAMPLES
from .harness import Optout
from .test_email_send import mail_settings


@pytest.mark.parametrize("state", sorted(STATE_LAWS))
def test_every_state_law_has_its_name_in_every_language(state):
    name = STATE_LAWS[state].name
    assert text(f"law:us_state.{state}", "en") == name
    for lang in LANGUAGES:
        assert name in law_text("us_state", lang, state), (lang, state)


@pytest.mark.parametrize(("state", "name"), [("CO", "Colorado Privacy Act"), ("VA", "Virginia Consumer Data"),
                                             ("TX", "Texas Data Privacy and Security Act"),
                                             ("OR", "Oregon Consumer Privacy Act")])
def test_the_note_names_the_law_the_letter_cited(state, name):
    why = sent_reason("letter_sent", "us_state", "OPT-7K2Q9X", "2026-02-01", state)
    assert name in render(why, "en") and name in render(why, "es")
    assert "state privacy law" not in render(why, "en") and "ley estatal" not in render(why, "es")


def test_a_note_stored_before_names_the_law_from_its_event():
    t0 = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    old = Reason("letter_sent", {"law": "us_state", "token": "OPT-7K2Q9X", "deadline": "2026-02-19"}).to_json()
    ev = Event(1, 1, t0, "letter_sent", S.SUBMITTED, {"law": "us_state", "law_state": "VA", "why": old})
    _, why = of_case("submitted", "letter sent", [ev])
    assert "Virginia Consumer Data Protection Act" in render(why, "en")
    assert law_text("us_state", "en") == "state privacy law"  # no state known: the generic words stay


async def test_status_and_the_report_name_the_texas_law(lab, tmp_path):
    from optout.app import open_app
    from optout.report import person_report, render_person

    maria = load_person(EXAMPLES / "maria.toml")
    lab.seed_people([("maria", maria)])
    settings = mail_settings(tmp_path, lab)
    async with Optout(settings) as o:
        await o.add("p_maria", maria, ["maildemo"])
        await o.run()
        case = await o.case("p_maria", "maildemo")
        events = await o.engine.store.events(case.id)
    _, why = of_case(case.state.value, case.last_error, events)
    for lang in ("en", "es"):
        assert "Texas Data Privacy and Security Act" in render(why, lang), render(why, lang)
    async with open_app(settings) as app:
        report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), "p_maria")
        for lang in ("en", "es"):
            html = render_person(report, lang)
            assert "Texas Data Privacy and Security Act" in html, lang
            assert ">state privacy law<" not in html and ">ley estatal de privacidad<" not in html
