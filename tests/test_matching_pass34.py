"""Matching pass 34 (issue 10; BENCHMARKS.md "Matching pass 34", holdout22 retired), tested with invented people and
cards of our own (no set's pair copied):

1. **A card of a home they left with the age of more than ten years ago** (``_old_record_of_theirs``): m28's stale
   card stops at ten years, and beyond it the card was read as a child of their name ("another generation"), its
   phone and town not counted. With a phone the profile holds and an age under ``CHILD_GAP`` (16) years younger,
   no child of theirs can hold the age: the age counts neither way and the card is theirs. With their phone 16
   years back or more, with no phone, or under a former name of theirs, a person decides.

Near misses keep their decision: a phone or a relative that is someone else's (a number recycled to a namesake),
their current town, a Jr on the card, their current name with no phone 16 years or more back (a son or a niece of
the name), an older age (a parent).

One table, one test: each row is a person, a card and the decision; ``fails_before`` marks the rows that fail on
the tree before the pass (``3d189593``, checked on a copy of it made with ``git archive``), the others are guards.
``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)

# invented people (phones in the 555-01xx range kept for fiction); each gave a current and a past town, and the old
# number of the past town among their phones
GHANAIAN = parse_person({"first_name": "Kwabena", "last_name": "Owusu-Ansah", "birth_year": 1970,
                         "phones": ["(614) 555-0171", "(718) 555-0172"],
                         "addresses": [{"city": "Columbus", "state": "OH"}, {"city": "Bronx", "state": "NY"}],
                         "relatives": ["Akosua Owusu-Ansah"]}, "test")
SALVADORAN = parse_person({"first_name": "Reina Isabel", "last_name": "Portillo Guevara", "birth_year": 1975,
                           "phones": ["(301) 555-0173", "(213) 555-0174"],
                           "addresses": [{"city": "Silver Spring", "state": "MD"},
                                         {"city": "Los Angeles", "state": "CA"}],
                           "relatives": ["Mauricio Portillo"]}, "test")
MARRIED = parse_person({"first_name": "Darlene", "middle_name": "Kay", "last_name": "Whitacre", "birth_year": 1968,
                        "names": [{"kind": "previous", "given": ["Darlene", "Kay"], "surnames": ["Stoltzfus"]}],
                        "phones": ["(717) 555-0175"],
                        "addresses": [{"city": "York", "state": "PA"}, {"city": "Lancaster", "state": "PA"}],
                        "relatives": ["Dale Whitacre"]}, "test")


def card(name: str, age: str, town: str, *, phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age, locations=[town], past_locations=[], aliases=[],
                   relatives=list(relatives), phones=list(phones))


ROWS = [
    # (what, person, card, decision, fails before the pass)
    # 1. their old card, their old number, an age 12-15 years back: theirs
    ("12 years back, their old Bronx number", GHANAIAN,
     card("Kwabena Owusu-Ansah", "44", "Bronx, NY", phones=["718-555-0172"]), "match", True),
    ("15 years back at most, their old number", GHANAIAN,
     card("Kwabena Owusu Ansah", "41", "Bronx, NY", phones=["(718) 555-0172"]), "match", True),
    ("one of her two surnames, 13 years back, her old LA number", SALVADORAN,
     card("Reina Portillo", "38", "Los Angeles, CA", phones=["213.555.0174"]), "match", True),
    # their old number 16 years back or more: theirs or a child's of their name on the old line
    ("20 years back, their old number", GHANAIAN,
     card("Kwabena Owusu-Ansah", "36", "Bronx, NY", phones=["718-555-0172"]), "uncertain", True),
    # no phone: a person decides
    ("12 years back, no phone", GHANAIAN, card("Kwabena Owusu-Ansah", "44", "Bronx, NY"), "uncertain", True),
    ("her maiden name 24 years back, no phone", MARRIED,
     card("Darlene K Stoltzfus", "34", "Lancaster, PA"), "uncertain", True),
    # guards
    ("their old number recycled: a family not theirs", GHANAIAN,
     card("Kwabena Owusu-Ansah", "44", "Bronx, NY", phones=["718-555-0172"], relatives=["Yaw Owusu-Ansah"]),
     "no_match", False),
    ("12 years back with another number", GHANAIAN,
     card("Kwabena Owusu-Ansah", "44", "Bronx, NY", phones=["718-555-0199"]), "no_match", False),
    ("a Jr on the card, their old number", GHANAIAN,
     card("Kwabena Owusu-Ansah Jr", "44", "Bronx, NY", phones=["718-555-0172"]), "no_match", False),
    ("their current town, 12 years younger, their phone: a son at home", GHANAIAN,
     card("Kwabena Owusu-Ansah", "44", "Columbus, OH", phones=["614-555-0171"]), "no_match", False),
    ("their current name 24 years back, no phone: a son or niece", MARRIED,
     card("Darlene K Whitacre", "34", "Lancaster, PA"), "no_match", False),
    ("12 years older at their old home, their old number: a parent", GHANAIAN,
     card("Kwabena Owusu-Ansah", "68", "Bronx, NY", phones=["718-555-0172"]), "no_match", False),
]


@pytest.mark.parametrize(("what", "person", "listing", "decision", "fails_before"), ROWS, ids=[r[0] for r in ROWS])
def test_pass34_table(what, person, listing, decision, fails_before):
    m = score(person, listing, today=TODAY)
    assert m.decision == decision, (m.confidence, m.reasons)


def test_an_old_record_asked_says_why_in_both_languages():
    from optout import reasons

    m = score(GHANAIAN, card("Kwabena Owusu-Ansah", "36", "Bronx, NY", phones=["718-555-0172"]), today=TODAY)
    assert "an old record, too far back" in m.evidence
    en = reasons.evidence_text("an old record, too far back", "en")
    es = reasons.evidence_text("an old record, too far back", "es")
    assert en and es and en != es
