"""A profile a volunteer entered in the papers' order, family name in the first-name field ("NDIAYE"
/ "Fatou": a volunteer's trial, 2026-12-01), meets a card written "Last, First" as it meets the same
card without a comma: the card's order against the profile's. Invented people; ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


def swapped():
    return parse_person({"first_name": "SECK", "last_name": "Khady", "birth_year": 1991,
                         "addresses": [{"city": "Bronx", "state": "NY"}]})


def test_a_comma_card_meets_a_profile_entered_family_name_first():
    with_comma = score(swapped(), Listing("Seck, Khady", 35, ["Bronx, NY"]), today=TODAY)
    without = score(swapped(), Listing("Khady Seck", 35, ["Bronx, NY"]), today=TODAY)
    assert with_comma.decision != "no_match" and with_comma.confidence == without.confidence, (with_comma, without)


def test_other_names_in_that_order_are_still_not_hers():
    for card in ("Diallo, Khady", "Seck, Awa"):
        assert score(swapped(), Listing(card, 35, ["Bronx, NY"]), today=TODAY).decision == "no_match", card
