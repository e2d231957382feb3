"""Matching: a listing a person would be asked about that shows only phones that are not the person's,
and nothing decisive, is rejected (issue 10's share sent to a person; the evidence is in
BENCHMARKS.md: on the eleven read sets such questions were strangers' cards only). Invented people of
our own; ``TODAY`` fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.settings import Settings
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)
LUCIA = parse_person({"first_name": "Lucía", "last_name": "Ferreira Gómez", "birth_year": 1984,
                      "addresses": [{"city": "Paterson", "state": "NJ"}], "phones": ["973-555-0181"],
                      "relatives": ["Rosa Gómez"]})


def test_a_card_to_ask_about_showing_another_phone_is_rejected_and_says_why():
    m = score(LUCIA, Listing("Lucia Ferreira", 42, ["Paterson, NJ"], phones=["(201) 555-0190"]), today=TODAY)
    assert m.decision == "no_match"
    assert "other phone" in m.evidence
    assert any("someone else's" in r for r in m.reasons)


def test_the_setting_ask_sends_it_to_a_person_as_before():
    m = score(LUCIA, Listing("Lucia Ferreira", 42, ["Paterson, NJ"], phones=["(201) 555-0190"]), today=TODAY,
              other_phone="ask")
    assert m.decision == "uncertain"
    assert "other phone" not in m.evidence


def test_the_same_card_without_a_phone_is_still_asked_about():
    m = score(LUCIA, Listing("Lucia Ferreira", 42, ["Paterson, NJ"]), today=TODAY)
    assert m.decision == "uncertain"


@pytest.mark.parametrize("card", [
    Listing("Lucia Ferreira", 42, ["Paterson, NJ"], phones=["(973) 555-0181", "(201) 555-0190"]),  # theirs among them
    Listing("Lucia Ferreira", 42, ["Paterson, NJ"], phones=["(201) 555-0190"], relatives=["Rosa Gomez"]),  # a relative
])
def test_a_decisive_agreement_beside_another_phone_keeps_the_card(card):
    m = score(LUCIA, card, today=TODAY)
    assert m.decision == "match"
    assert "other phone" not in m.evidence


def test_the_setting_defaults_to_reject_and_reads_the_environment(monkeypatch):
    assert Settings().match.other_phone == "reject"
    monkeypatch.setenv("OPTOUT_MATCH__OTHER_PHONE", "ask")
    assert Settings().match.other_phone == "ask"


def test_a_not_found_says_how_many_were_rejected_only_for_their_phones_in_both_languages():
    from optout.matching import not_found_note
    from optout.reasons import of_not_found, render

    cards = [Listing("Lucia Ferreira", 42, ["Paterson, NJ"], phones=["(201) 555-0190"]),
             Listing("Lucia Ferreira", 67, ["Tampa, FL"])]
    data, note = not_found_note(["first_name", "last_name"], [score(LUCIA, c, today=TODAY) for c in cards])
    assert data["rejected"] == 2 and data["other_phone"] == 1
    assert "1 of them only for phone numbers the profile does not give" in note
    reason = of_not_found(data)
    assert reason.code == "not_recognised_phone"
    assert "old number" in render(reason, "en")
    assert "número antiguo" in render(reason, "es")
    assert "555" not in render(reason, "en") + render(reason, "es") + note  # no value of the card


def test_a_not_found_without_such_listings_reads_as_before():
    from optout.matching import not_found_note
    from optout.reasons import of_not_found

    data, _ = not_found_note(["first_name"], [score(LUCIA, Listing("Lucia Ferreira", 67, ["Tampa, FL"]), today=TODAY)])
    assert data["other_phone"] == 0
    assert of_not_found(data).code == "not_recognised"
