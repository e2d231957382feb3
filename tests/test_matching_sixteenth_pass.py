"""Matching, sixteenth pass (issue 10): the classes the eleventh held-out set's read showed, on invented
people of our own (not any evaluation set's), with the right value as the expected result. ``TODAY`` is
fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


def person(first, last, city, state, **kw):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1980,
                         "addresses": [{"city": city, "state": state}]} | kw)


# ---- a nasab chain kept to its first and third names (the grandfather's name as the surname) -------------------

def nasser():
    return parse_person({"first_name": "Nasser", "middle_name": "Abdo Qasem", "last_name": "Alwasabi",
                         "birth_year": 1975, "phones": ["313-555-0191"], "relatives": ["Hanan Murshed"],
                         "addresses": [{"city": "Dearborn", "state": "MI", "zip": "48126"}]})


def test_his_card_under_his_grandfathers_name_is_found():
    m = score(nasser(), Listing("Nasser Qasem", 51, ["Dearborn, MI 48126"], phones=["313-555-0191"]), today=TODAY)
    assert m.decision == "match", m
    assert m.evidence[0].startswith("name/third given/"), m.evidence


def test_his_fathers_initial_between_his_name_and_his_grandfathers_agrees():
    m = score(nasser(), Listing("Nasser A Qasem", "Born 1975", ["Dearborn, MI"], relatives=["Hanan Murshed"]),
              today=TODAY)
    assert m.decision == "match", m
    assert "middle agrees" in m.evidence, m.evidence


def test_a_cousins_chain_with_another_fathers_name_is_not_his():
    # Nasser Ahmed Qasem: the grandfather's name shared, another father: a cousin, never submitted
    m = score(nasser(), Listing("Nasser Ahmed Qasem", 51, ["Dearborn, MI"]), today=TODAY)
    assert m.decision != "match", m


def test_a_one_part_name_is_not_read_as_a_chain():
    # a Karen one-part name of three words entered in both fields: its last word is no grandfather's name
    p = parse_person({"first_name": "Hsa Eh Moo", "last_name": "Hsa Eh Moo", "one_part_name": True,
                      "birth_year": 1985, "addresses": [{"city": "Omaha", "state": "NE"}]})
    m = score(p, Listing("Hsa Moo", 41, ["Omaha, NE"]), today=TODAY)
    assert not any(e.startswith("name/third given/") for e in m.evidence), m.evidence
