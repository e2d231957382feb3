"""A date of birth of 1 January says the year only (issue 10, kind 6; holdout13's first read: its four
wrong submissions were namesakes sharing a client's 1 January date). US agencies (USCIS, the refugee
programme) and many countries' papers record 1 January when the day is unknown, so in the Afghan,
Somali, Rohingya, Eritrean… communities optout serves many people of one name share it. Invented
people of our own; ``TODAY`` fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


def zarmina(birth: str = "1988-01-01"):
    return parse_person({"first_name": "Zarmina", "last_name": "Ahmadzai", "birth_date": birth,
                         "phones": ["916-555-0142"], "relatives": ["Gul Ahmadzai"],
                         "addresses": [{"city": "Sacramento", "state": "CA"}]})


def test_a_namesake_with_the_same_first_of_january_and_another_phone_is_not_submitted():
    # the seventeenth pass's rule (branch m17, "assigned birth date agrees") and the lead's test of it
    card = Listing("Zarmina Ahmadzai", age_text="DOB 01/01/1988", locations=["Elk Grove, CA"], phones=["916-555-0177"],
                   relatives=["Wali Ahmadzai"])
    m = score(zarmina(), card, today=TODAY)
    assert m.decision != "match", m
    assert "birth date agrees" not in m.evidence, m.evidence


def test_the_first_of_january_counts_little_more_than_the_year_of_birth():
    card = Listing("Zarmina Ahmadzai", age_text="DOB 01/01/1988", locations=["Sacramento, CA"])
    by_date = score(zarmina(), card, today=TODAY)
    by_year = score(zarmina(), Listing("Zarmina Ahmadzai", age_text="Born 1988", locations=["Sacramento, CA"]), today=TODAY)
    by_real_date = score(zarmina("1988-03-14"), Listing("Zarmina Ahmadzai", age_text="DOB 03/14/1988",
                                                        locations=["Sacramento, CA"]), today=TODAY)
    assert by_year.confidence <= by_date.confidence < by_real_date.confidence, (by_year, by_date, by_real_date)


def test_her_own_card_with_her_phone_and_relative_is_still_hers():
    card = Listing("Zarmina Ahmadzai", age_text="DOB 01/01/1988", locations=["Sacramento, CA"], phones=["916-555-0142"],
                   relatives=["Gul Ahmadzai"])
    assert score(zarmina(), card, today=TODAY).decision == "match"


def test_a_card_of_another_day_against_her_assigned_first_of_january_is_not_held_against_her():
    # her papers say 1 January; a card built from other records may carry the day she was really born
    card = Listing("Zarmina Ahmadzai", age_text="DOB 03/14/1988", locations=["Sacramento, CA"], phones=["916-555-0142"])
    m = score(zarmina(), card, today=TODAY)
    assert "birth date differs" not in m.evidence and m.decision == "match", m


def test_any_other_date_agreeing_is_still_a_date():
    m = score(zarmina("1988-03-14"), Listing("Zarmina Ahmadzai", age_text="DOB 03/14/1988", locations=["Elk Grove, CA"]), today=TODAY)
    assert any(e.startswith("birth date agrees") for e in m.evidence), m.evidence
