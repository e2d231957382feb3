"""A name entered in the order of the person's papers, family name first ("NDIAYE Fatou", as
French and West African papers write it, the surname in capitals; "Trương Văn Khải"), or with a
paper intake form's two boxes swapped, was searched only in that order. The matcher reads a
listing in either order, but a broker finds a listing only under the order its records print
("Fatou Ndiaye", "Khai Truong"), so the client was "not found" on every broker, at every recheck
(trial27: two of eight invented clients, 18 "no aparece" notes)."""

from __future__ import annotations

import pytest

from optout.person import Person, parse_person
from optout.store import CaseState as S

from .harness import Optout, lab_settings


def test_the_other_order_is_searched_after_the_order_as_entered():
    assert Person(first_name="Fatou", last_name="Ndiaye").search_names() == [("Fatou", "Ndiaye"), ("Ndiaye", "Fatou")]
    # no sign of the order: every form of the order as entered first, the other order after them
    assert Person(first_name="Maricel", last_name="dela Cruz").search_names()[-1] == ("dela Cruz", "Maricel")


def test_a_surname_in_capitals_or_a_family_name_first_language_puts_the_other_order_first():
    # "NDIAYE Fatou": the word in capitals is the surname
    assert Person(first_name="NDIAYE", last_name="Fatou").search_names() == [("NDIAYE", "Fatou"), ("Fatou", "NDIAYE")]
    # a Vietnamese reader's name as on his papers: the last word is the given name records print
    # first, searched before the surname splits that this order makes nonsense of ("Truong Van")
    khai = Person(first_name="Trương", last_name="Văn Khải", language="vi")
    assert khai.search_names()[:4] == [("Trương", "Văn Khải"), ("Truong", "Van Khai"), ("Khai", "Truong"),
                                       ("Van Khai", "Truong")]
    # the same name, no sign: the order as entered keeps its forms first
    assert Person(first_name="Trương", last_name="Văn Khải").search_names()[2] == ("Truong", "Van")
    # a whole name in capitals is no sign
    assert Person(first_name="ANA", last_name="REYES").search_names() == [("ANA", "REYES"), ("REYES", "ANA")]


@pytest.mark.parametrize("entered", [
    {"first_name": "NDIAYE", "last_name": "Fatou"},
    {"first_name": "Ndiaye", "last_name": "Fatou"},
])
async def test_a_client_entered_family_name_first_is_found_and_her_listing_submitted(lab, tmp_path, entered):
    truth = {"first_name": "Fatou", "last_name": "Ndiaye", "birth_year": 1987, "emails": ["fatou.optout@example.org"],
             "addresses": [{"city": "Los Angeles", "state": "CA"}]}
    lab.seed_people([("fatou", parse_person(truth, "lab"))])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_fatou", parse_person({**truth, **entered}, "test"), ["peoplefind"])
        await o.run()
        case = await o.case("p_fatou", "peoplefind")
        assert case.state in (S.SUBMITTED, S.CONFIRMED), (case.state, case.last_error)
        assert sum(lab.submissions()["peoplefind"].values()) == 1
