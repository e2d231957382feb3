"""holdout10's first blind read (2026-12-01) submitted a stranger's card in one class the matcher
could have read: a card that names the person among its own relatives is a family member's card,
and what that family shares (its phone, home, town, other relatives) does not tell which of them it
is. Invented people, names of our own (not the set's); ``TODAY`` fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 1)

YUSUF = parse_person({"first_name": "Yusuf", "last_name": "Demirci", "birth_year": 1979,
                      "phones": ["973-555-0162"], "relatives": ["Elif Demirci", "Kemal Demirci"],
                      "addresses": [{"street": "48 Market St", "city": "Paterson", "state": "NJ"}]})


def decide(name, age, **kw):
    return score(YUSUF, Listing(name, age, ["Paterson, NJ"], **kw), today=TODAY)


class TestACardNamingThePersonAsRelative:
    @pytest.mark.parametrize("name, age", [
        ("Yousef Demirci", 44),     # a brother whose name is one spelling away, a few years younger
        ("Yusuf Demirci", 47),      # a cousin of the very same name and age
    ])
    def test_the_family_phone_does_not_make_it_theirs(self, name, age):
        m = decide(name, age, phones=["(973) 555-0162"], relatives=["Yusuf Demirci", "Elif Demirci"])
        assert m.decision != "match", m.reasons
        assert "household" in m.evidence

    def test_the_persons_own_card_with_the_same_family_still_matches(self):
        m = decide("Yusuf Demirci", 47, phones=["(973) 555-0162"], relatives=["Elif Demirci", "Kemal Demirci"])
        assert m.decision == "match", m.reasons

    def test_a_jr_card_naming_his_father_is_still_his(self):
        # the same name without the suffix among a Jr's relatives is his father, not a sign of a relative's card
        jr = parse_person({"first_name": "Tomas", "last_name": "Ybarra", "suffix": "Jr", "birth_year": 1984,
                           "phones": ["915-555-0133"], "relatives": ["Tomas Ybarra Sr", "Lidia Ybarra"],
                           "addresses": [{"street": "7 Alameda Ave", "city": "El Paso", "state": "TX"}]})
        m = score(jr, Listing("Tomas Ybarra Jr", 42, ["El Paso, TX"], phones=["915-555-0133"],
                              relatives=["Tomas Ybarra", "Lidia Ybarra"]), today=TODAY)
        assert m.decision == "match", m.reasons


# ---- a card whose every place is one the person never lived in, and only the name and an age agree ---

def glendale(first, last):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1971,
                         "addresses": [{"street": "310 N Louise St", "city": "Glendale", "state": "CA"}]})


VARDUHI = glendale("Varduhi", "Ter-Gevorgyan")


class TestACardFromAnotherLife:
    @pytest.mark.parametrize("first, last, places", [
        ("Varduhi", "Ter-Gevorgyan", ["Sacramento, CA", "Modesto, CA"]),   # two towns of her state, none hers
        ("Berjouhi", "Tashjian", ["Fresno, CA", "Watertown, MA"]),          # one in her state, one in another
    ])
    def test_a_rare_name_and_an_age_alone_go_to_a_person(self, first, last, places):
        m = score(glendale(first, last), Listing(f"{first} {last}", 55, places), today=TODAY)
        assert m.decision == "uncertain", m.reasons
        assert "elsewhere" in m.evidence

    def test_one_of_her_places_among_them_still_matches(self):
        m = score(VARDUHI, Listing("Varduhi Ter-Gevorgyan", 55, ["Fresno, CA", "Glendale, CA"]), today=TODAY)
        assert m.decision == "match", m.reasons

    def test_a_single_other_town_is_left_to_the_odds(self):
        # one town she never lived in is what a card shows of a move the clinic did not note: not capped here
        m = score(VARDUHI, Listing("Varduhi Ter-Gevorgyan", 55, ["Burbank, CA"]), today=TODAY)
        assert "elsewhere" not in m.evidence
