"""Matching pass 27 (issue 10; BENCHMARKS.md "Matching pass 27"): the class behind holdout20's one wrong
submission, tested with invented people and cards of our own (no held-out pair copied):

1. **One place of theirs, a life elsewhere.** A card whose name, age and one town agree (the town it was found
   by), whose other places are more, all in states the person never lived in, and whose phone or family (every
   one shown) is someone else's, with nothing decisive (their phone, street, ZIP, a relative, a date of birth,
   a second town of theirs): a person decides. With only other phones shown the other-phone rule then rejects
   it, as it does every such question (``MatchSettings.other_phone``, "ask" to see them); with other relatives
   it is asked.

Near misses keep their decision: a new phone alone, one unknown past place beside their town, another state's
places with no phone or family shown, towns of their own state they never lived in (neighbours, mailing towns),
a second town of theirs, their own phone among the others.

One table, one test: each row is a person, a card and the decision it must get; ``fails_before`` marks the rows
that fail on the tree before the pass (lead ``d92f8b21``, checked on a copy of it made with ``git archive``), the
others are guards. ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)

# invented people (phones in the 555-01xx range kept for fiction)
HAITIAN = {"first_name": "Jean Robert", "last_name": "Desir", "birth_year": 1978, "phones": ["(845) 555-0141"],
           "addresses": [{"city": "Spring Valley", "state": "NY", "zip": "10977"}, {"city": "Nyack", "state": "NY"}],
           "relatives": ["Marie Desir"]}
COLOMBIAN = {"first_name": "Luz Marina", "last_name": "Restrepo", "birth_year": 1978, "phones": ["(305) 555-0142"],
             "addresses": [{"city": "Kendall", "state": "FL", "zip": "33176"}, {"city": "Homestead", "state": "FL"}],
             "relatives": ["Camilo Restrepo"]}
ALABAMIAN = {"first_name": "Bartholomew", "last_name": "Pettaway", "birth_year": 1978, "phones": ["(334) 555-0143"],
             "addresses": [{"city": "Selma", "state": "AL", "zip": "36701"}, {"city": "Montgomery", "state": "AL"}],
             "relatives": ["Odessa Pettaway"]}
POLISH = {"first_name": "Wiktor", "last_name": "Grabowski", "birth_year": 1978, "phones": ["(973) 555-0144"],
          "addresses": [{"city": "Wallington", "state": "NJ", "zip": "07057"}, {"city": "Clifton", "state": "NJ"}],
          "relatives": ["Halina Grabowska"]}

OTHER_PHONE, STRANGER = "(912) 555-0190", "Tamika Freeman"
ELSEWHERE = ["Savannah, GA", "Augusta, GA"]  # a state none of them lived in


def card(name: str, age: str, town: str, past=(), *, phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age, locations=[town], past_locations=list(past), aliases=[],
                   relatives=list(relatives), phones=list(phones))


ROWS = [
    # (what, person, card, expected decision, fails before the pass)
    # 1. one place of theirs, more in a state they never lived in, and a phone or family not theirs
    ("his town, two places in another state, another's phone", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ELSEWHERE, phones=[OTHER_PHONE]), "no_match", True),
    ("his town and birth year, two places in another state, another's phone", HAITIAN,
     card("Jean R Desir", "Born 1978", "Spring Valley, NY", ELSEWHERE, phones=[OTHER_PHONE]), "no_match", True),
    ("his town, two places in another state, a relative not his", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ELSEWHERE, relatives=[STRANGER]), "uncertain", True),
    ("her town, two places in another state, another's phone", COLOMBIAN,
     card("Luz M Restrepo", "Age 48", "Kendall, FL", ELSEWHERE, phones=[OTHER_PHONE]), "no_match", True),
    ("her town, two places in another state, a relative not hers", COLOMBIAN,
     card("Luz M Restrepo", "Age 48", "Kendall, FL", ELSEWHERE, relatives=[STRANGER]), "uncertain", True),
    ("his town, two places in another state, a relative not his (English name)", ALABAMIAN,
     card("Bartholomew Pettaway", "Age 48", "Selma, AL", ELSEWHERE, relatives=[STRANGER]), "uncertain", True),
    ("his town and birth year, two places in another state, another's phone (English name)", ALABAMIAN,
     card("Bartholomew Pettaway", "Born 1978", "Selma, AL", ELSEWHERE, phones=[OTHER_PHONE]), "no_match", True),
    ("his town, two places in another state, a relative not his (Polish name)", POLISH,
     card("Wiktor Grabowski", "Age 48", "Wallington, NJ", ELSEWHERE, relatives=[STRANGER]), "uncertain", True),
    # near misses that keep their decision
    ("his town, a new phone only", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", phones=[OTHER_PHONE]), "match", False),
    ("his town, one unknown past place, a new phone", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ELSEWHERE[:1], phones=[OTHER_PHONE]), "match", False),
    ("his town, one unknown past place, a relative not his", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ELSEWHERE[:1], relatives=[STRANGER]), "match", False),
    ("his town, two places in another state, no phone or family shown", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ELSEWHERE), "match", False),
    ("his town, another of his towns, one unknown place, a new phone", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ["Nyack, NY", "Savannah, GA"], phones=[OTHER_PHONE]),
     "match", False),
    ("his town, two towns of his state he never lived in, a new phone", HAITIAN,
     card("Jean R Desir", "Age 48", "Spring Valley, NY", ["Rochester, NY", "Buffalo, NY"], phones=[OTHER_PHONE]),
     "match", False),
    ("her town, two towns of her state she never lived in, a new phone", COLOMBIAN,
     card("Luz M Restrepo", "Age 48", "Kendall, FL", ["Miami, FL", "Hialeah, FL"], phones=[OTHER_PHONE]),
     "match", False),
    ("her town, two places in another state, her own phone among others", COLOMBIAN,
     card("Luz M Restrepo", "Age 48", "Kendall, FL", ELSEWHERE, phones=[OTHER_PHONE, "305-555-0142"]),
     "match", False),
    ("his town, two places in another state, a relative of his", ALABAMIAN,
     card("Bartholomew Pettaway", "Age 48", "Selma, AL", ELSEWHERE, relatives=["Odessa Pettaway"]), "match", False),
    ("his town, another of his towns, two places in another state, a new phone", ALABAMIAN,
     card("Bartholomew Pettaway", "Age 48", "Selma, AL", ["Montgomery, AL", *ELSEWHERE], phones=[OTHER_PHONE]),
     "match", False),
]


@pytest.mark.parametrize("what, person, shown, expected, fails_before", ROWS, ids=[r[0] for r in ROWS])
def test_pass27_reads(what, person, shown, expected, fails_before):
    got = score(parse_person(person), shown, today=TODAY)
    assert got.decision == expected, (what, got)
