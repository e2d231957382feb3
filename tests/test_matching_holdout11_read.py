"""Matching: the two classes holdout11's first read showed (the lead, 2026-12-01; only its wrong
submissions were read), on invented people of our own with the right value as the expected result.
``TODAY`` is fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


def person(first, last, city, state, **kw):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1984,
                         "addresses": [{"city": city, "state": state}]} | kw)


# ---- a Singh's card under Kaur is a woman of his family, even when his mother is a Kaur -------------------

@pytest.mark.parametrize("given, mine, theirs, relatives", [
    ("Gurdeep", "Singh", "Kaur", ["Baldev Singh", "Jaswinder Kaur"]),   # a sister, on his phone
    ("Harjot", "Singh", "Kaur", ["Surinder Kaur"]),                      # the mother alone is a Kaur
    ("Simranjit", "Kaur", "Singh", ["Amarjit Singh", "Rajinder Kaur"]),  # a brother of a Kaur
])
def test_the_other_sex_marker_is_no_relative_surname_of_theirs(given, mine, theirs, relatives):
    p = person(given, mine, "Yuba City", "CA", phones=["530-555-0161"], relatives=relatives)
    card = Listing(f"{given} {theirs}", 40, ["Yuba City, CA"], phones=["(530) 555-0161"], relatives=relatives)
    m = score(p, card, today=TODAY)
    assert m.decision != "match"
    assert "another sex" in m.evidence


def test_a_woman_listed_under_her_mothers_kaur_is_still_read_as_a_relative_surname():
    # no marker of the other sex: Navneet, entered with no surname the cards use, under Kaur as her mother is
    p = person("Navneet", "Sandhu", "Yuba City", "CA", phones=["530-555-0162"], relatives=["Jaswinder Kaur"])
    m = score(p, Listing("Navneet Kaur", 42, ["Yuba City, CA"], phones=["(530) 555-0162"]), today=TODAY)
    assert "another sex" not in m.evidence
    assert m.decision in ("match", "uncertain")


# ---- a given name a letter apart, years apart, in their household: a sibling -------------------------------

@pytest.mark.parametrize("mine, listed, age", [
    ("Wisnel", "Wisnell", 39),      # three years younger, on the family phone
    ("Yudeisi", "Yudeisy", 45),
    ("Rosmery", "Rosemary", 47),
])
def test_a_given_name_spelled_apart_and_years_apart_on_the_family_phone_is_not_submitted(mine, listed, age):
    p = person(mine, "Jean-Baptiste", "North Miami", "FL", phones=["305-555-0163"])
    card = Listing(f"{listed} Jean-Baptiste", age, ["North Miami, FL"], phones=["(305) 555-0163"])
    m = score(p, card, today=TODAY)
    assert m.decision != "match"
    assert "household" in m.evidence


@pytest.mark.parametrize("listed", ["Wisnell", "Wisnel"])
def test_the_same_spelling_with_their_age_on_their_phone_is_still_them(listed):
    p = person("Wisnel", "Jean-Baptiste", "North Miami", "FL", phones=["305-555-0163"])
    m = score(p, Listing(f"{listed} Jean-Baptiste", 42, ["North Miami, FL"], phones=["(305) 555-0163"]), today=TODAY)
    assert m.decision == "match"


def test_a_nickname_years_apart_on_their_phone_is_not_read_as_a_sibling():
    # Bob for Robert is the person's own name in use; a stale age on it says nothing of a sibling
    p = person("Robert", "Okafor", "Houston", "TX", phones=["713-555-0164"])
    m = score(p, Listing("Bob Okafor", 39, ["Houston, TX"], phones=["(713) 555-0164"]), today=TODAY)
    assert "household" not in m.evidence
