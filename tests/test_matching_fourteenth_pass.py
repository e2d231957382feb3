"""Matching, fourteenth pass (issue 10): the classes holdout9's read showed, and the share sent to a
person, on invented people of our own (not any evaluation set's), with the right value as the expected
result. ``TODAY`` is fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.matching.frequency import sex_of
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


def person(first, last, city, state, **kw):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1980,
                         "addresses": [{"city": city, "state": state}]} | kw)


# ---- a given name of the other sex is a brother, a sister or a namesake, not a spelling --------------------

@pytest.mark.parametrize("name, sex", [("samira", "f"), ("samir", "m"), ("karima", "f"), ("gabriel", "m"),
                                       ("francisca", "f"), ("mohamed", "m")])
def test_the_ssa_table_gives_one_sex_names_their_sex(name, sex):
    assert sex_of(name) == sex


@pytest.mark.parametrize("name", ["francis", "jessie", "nikola", "zzqxw", ""])
def test_a_name_both_sexes_hold_or_none_holds_has_no_sex(name):
    assert sex_of(name) is None


@pytest.mark.parametrize("mine, listed", [
    ("Kamila", "Kamal"),          # the brother, on the family's phone, with the father as relative
    ("Jamila", "Jamal"),
    ("Salma", "Salim"),
    ("Jose", "Josie"),            # the sister
])
def test_the_other_sex_form_of_the_given_name_on_the_family_card_is_not_submitted(mine, listed):
    p = person(mine, "Bakhtiari", "Cedar Rapids", "IA", phones=["319-555-0142"],
               relatives=["Nasser Bakhtiari"])
    card = Listing(f"{listed} Bakhtiari", 46, ["Cedar Rapids, IA"], phones=["(319) 555-0142"],
                   relatives=["Nasser Bakhtiari"])
    m = score(p, card, today=TODAY)
    assert m.decision == "no_match"
    assert "another sex" in m.evidence


def test_a_spelling_variant_of_the_same_sex_is_still_found():
    p = person("Mohammed", "Bakhtiari", "Cedar Rapids", "IA", phones=["319-555-0142"],
               relatives=["Nasser Bakhtiari"])
    m = score(p, Listing("Mohamed Bakhtiari", 46, ["Cedar Rapids, IA"], phones=["(319) 555-0142"],
                         relatives=["Nasser Bakhtiari"]), today=TODAY)
    assert m.decision == "match"
    assert "another sex" not in m.evidence


def test_a_name_both_sexes_hold_is_not_read_as_the_other_sex():
    p = person("Francis", "Okonkwo", "Cedar Rapids", "IA", phones=["319-555-0177"])
    m = score(p, Listing("Frances Okonkwo", 46, ["Cedar Rapids, IA"], phones=["(319) 555-0177"]), today=TODAY)
    assert "another sex" not in m.evidence
