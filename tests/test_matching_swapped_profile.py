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


def truong(first: str, last: str, middle: str | None = None):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1979,
                         **({"middle_name": middle} if middle else {}),
                         "addresses": [{"city": "San Jose", "state": "CA"}]})


def test_a_vietnamese_name_entered_in_the_papers_order_meets_a_card_with_his_middle_initial():
    # "Trương" / "Văn Khải" as on his papers (family name, middle, given), the card as US records write it
    as_papers, right_way = truong("Trương", "Văn Khải"), truong("Khải", "Trương", "Văn")
    for card in ("Khai V Truong", "Truong, Khai V"):
        got = score(as_papers, Listing(card, 47, ["San Jose, CA"]), today=TODAY)
        assert got.decision != "no_match", (card, got)
        assert got.confidence == score(right_way, Listing(card, 47, ["San Jose, CA"]), today=TODAY).confidence


def test_another_given_name_of_that_family_is_still_not_his():
    assert score(truong("Trương", "Văn Khải"), Listing("Minh V Truong", 47, ["San Jose, CA"]),
                 today=TODAY).decision == "no_match"
