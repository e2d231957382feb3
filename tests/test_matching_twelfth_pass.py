"""Matching, twelfth pass (issue 10): names whose given name and surname come from two communities,
and the questions the model sent to a person. Invented people, not any evaluation set's pairs, with
the right value as the expected result. ``TODAY`` is fixed so ages are exact."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from optout.matching import OFFSET, SLOPE, score
from optout.matching.frequency import clustered_name, mixed_name
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)
COMMUNITY_REASON = "a name of one community, which lives in a few places: the city counted less"


def _odds(confidence: float) -> float:
    return math.exp((math.log(confidence / (1 - confidence)) - OFFSET) / SLOPE)


def person(first, last, city, state, **kw):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1980,
                         "addresses": [{"city": city, "state": state}]} | kw)


def _city_ratio(first, last, city, state):
    p = person(first, last, city, state)
    with_city = score(p, Listing(f"{first} {last}", 46, [f"{city}, {state}"]), today=TODAY)
    without = score(p, Listing(f"{first} {last}", 46, []), today=TODAY)
    return _odds(with_city.confidence) / _odds(without.confidence), with_city


# ---- mixed names: a given name of one community beside a surname of another ----------------------------

MIXED = [
    # an Arabic given name beside a Polish surname (both "white" in the Census: read from the surname's form)
    ("Farah", "Kowalczyk", "Akron", "OH"),
    ("Ahmed", "Kowalski", "Chicago", "IL"),
    ("Mohammed", "Kowalczyk", "Dearborn", "MI"),  # not Wisniewski: 300 namesakes, asked since pass 38
    # a Spanish given name beside a Korean surname
    ("Carlos", "Hwang", "Los Angeles", "CA"),
    ("Diego", "Choi", "Fort Lee", "NJ"),
    ("Guadalupe", "Kang", "Los Angeles", "CA"),
    # a Chinese given name beside a Spanish surname
    ("Mei", "Hernandez", "Houston", "TX"),
    ("Xiaoming", "Gonzalez", "San Antonio", "TX"),
]


class TestMixedNames:
    """"A name of one community, which lives in a few places" (×8 for a city of theirs, not ×40) is
    about a people whose families give both names. A given name of one community beside a surname
    of another is a mixed family's: its namesakes are no one community and do not share its few
    places, so its city counts as for everyone (by its size, ×40 for a name this rare)."""

    @pytest.mark.parametrize("first,last,city,state", MIXED)
    def test_a_mixed_name_is_not_one_communitys(self, first, last, city, state):
        assert mixed_name(first.lower(), last.lower())
        assert not clustered_name(first.lower(), last.lower())

    @pytest.mark.parametrize("first,last,city,state", MIXED)
    def test_its_city_counts_as_for_everyone(self, first, last, city, state):
        r, m = _city_ratio(first, last, city, state)
        assert r == pytest.approx(40, rel=0.15)
        assert "city" in m.evidence and "community city" not in m.evidence
        assert COMMUNITY_REASON not in m.reasons

    def test_the_benchmarks_made_up_person_is_matched_on_her_age_and_city(self):
        """scripts/bench's Farah Mae Kowalczyk of Akron, OH, on a card without her middle name (an
        age and her city) went to a person at 0.748 and stopped the concurrency-8 benchmark."""
        p = parse_person({"first_name": "Farah", "middle_name": "Mae", "last_name": "Kowalczyk",
                          "birth_year": 1980, "addresses": [{"city": "Akron", "state": "OH"}]})
        m = score(p, Listing("Farah Kowalczyk", 46, ["Akron, OH"]), today=TODAY)
        assert m.decision == "match"

    def test_a_mixed_namesake_with_another_phone_and_family_is_still_not_submitted(self):
        """The mixed reading raises the city's weight only: a card whose phones and relatives are all
        someone else's still goes to a person."""
        p = person("Carlos", "Hwang", "Los Angeles", "CA", phones=["213-555-0142"], relatives=["Ana Hwang"])
        li = Listing("Carlos Hwang", 46, ["Los Angeles, CA"], phones=["323-555-0190", "323-555-0191"],
                     relatives=["Jin Hwang", "Rosa Hwang"])
        assert score(p, li, today=TODAY).decision != "match"


ONE_COMMUNITY = [
    # an English given name beside a Vietnamese surname: many Vietnamese Americans carry one (NAMES.md)
    ("Tiffany", "Quach", "Westminster", "CA"),
    ("Jessica", "Truong", "San Jose", "CA"),
    ("Kevin", "Huynh", "Houston", "TX"),
    # an Arabic (Coptic) given name beside an Arabic surname, both read "white" or "Asian" by the Census
    ("Mina", "Girgis", "Jersey City", "NJ"),
    # a Muslim given name beside a Slavic surname that Bosnian Muslims carry (-ić is no European ending)
    ("Emir", "Hadzic", "St. Louis", "MO"),
    # a Filipino given name beside a Spanish-Filipino surname
    ("Rowena", "Villanueva", "Daly City", "CA"),
    # a Muslim name the Census splits between "Asian" and "white"
    ("Mohammad", "Popal", "Fremont", "CA"),
]


class TestOneCommunitysNames:
    """Guards: names whose two parts one community gives keep the community's weight."""

    @pytest.mark.parametrize("first,last,city,state", ONE_COMMUNITY)
    def test_one_communitys_name_is_not_mixed(self, first, last, city, state):
        assert not mixed_name(first.lower(), last.lower())
        r, m = _city_ratio(first, last, city, state)
        assert r == pytest.approx(8, rel=0.15)
        assert "community city" in m.evidence

    @pytest.mark.parametrize("given,surname", [("ahmed", "hasson"), ("farah", "haddad")])
    def test_an_arab_surname_is_not_read_as_a_european_one(self, given, surname):
        # Hasson ends in -sson after a vowel (not Swedish); Haddad has no European ending
        assert not mixed_name(given, surname)

    @pytest.mark.parametrize("given,surname", [("nino", "beridze"), ("jessica", "zzqxw")])
    def test_a_name_a_table_lacks_is_not_read_as_mixed(self, given, surname):
        assert not mixed_name(given, surname)


# ---- the person's ZIP, by how many hold the name ---------------------------------------------------------

def _zip_ratio(first, last, city, state, zip_code):
    p = parse_person({"first_name": first, "last_name": last, "birth_year": 1980,
                      "addresses": [{"city": city, "state": state, "zip": zip_code}]})
    with_zip = score(p, Listing(f"{first} {last}", 46, [f"{city}, {state} {zip_code}"]), today=TODAY)
    without = score(p, Listing(f"{first} {last}", 46, []), today=TODAY)
    return _odds(with_zip.confidence) / _odds(without.confidence), with_zip


class TestTheirZip:
    """A ZIP holds about 9,800 people (33,791 ZIP areas in the 2020 Census); the namesakes showing a
    name, an age and a ZIP are namesakes x u(age) x u(ZIP), as for a city. A flat u of .005 (x100)
    made a common name's ZIP little more than its city (x40): Maria Lopez with her age at her ZIP
    in Los Angeles was asked. Its u is now the name's: a name both of whose parts hundreds of
    thousands hold is spread over its tradition's many ZIPs (u = 1000 / the Lopezes, x440); a rare
    name's few lineages, or one community's enclaves, may fill a ZIP, so those keep x100."""

    def test_a_common_names_zip_counts_by_its_holders(self):
        r, m = _zip_ratio("Maria", "Lopez", "Los Angeles", "CA", "90011")
        assert "zip" in m.evidence
        assert r == pytest.approx(440, rel=0.1)

    def test_her_card_at_her_zip_with_her_middle_initial_is_submitted(self):
        p = parse_person({"first_name": "Maria", "middle_name": "Carmen", "last_name": "Cruz", "birth_year": 1980,
                          "addresses": [{"city": "Los Angeles", "state": "CA", "zip": "90011"}]})
        m = score(p, Listing("Cruz, Maria C", 46, ["Los Angeles, CA 90011"]), today=TODAY)
        assert m.decision == "match"

    @pytest.mark.parametrize("first,last,city,state,zip_code", [
        ("Tamari", "Gelashvili", "Brooklyn", "NY", "11229"),   # one community's name
        ("Thomas", "Boykin", "Atlanta", "GA", "30310"),        # a rare surname: a few lineages
    ])
    def test_a_rare_or_one_communitys_name_keeps_x100(self, first, last, city, state, zip_code):
        r, m = _zip_ratio(first, last, city, state, zip_code)
        assert "zip" in m.evidence
        assert r == pytest.approx(100, rel=0.1)

    def test_a_namesake_at_her_zip_with_another_phone_and_family_is_not_submitted(self):
        p = parse_person({"first_name": "Maria", "last_name": "Lopez", "birth_year": 1980, "phones": ["213-555-0142"],
                          "relatives": ["Jose Lopez"],
                          "addresses": [{"city": "Los Angeles", "state": "CA", "zip": "90011"}]})
        li = Listing("Maria Lopez", 46, ["Los Angeles, CA 90011"], phones=["323-555-0190"],
                     relatives=["Pedro Lopez", "Ana Lopez"])
        assert score(p, li, today=TODAY).decision != "match"


# ---- a year of birth shown and given ---------------------------------------------------------------------

class TestBirthYear:
    """A year of birth on the card ("Born 1985") against the year the person gave is one year of
    about 62 adult ones (m .85 / u 1/62: x50). Read as age intervals it was two possible ages against
    two, overlapping for the years on either side too (x17.6): a rare name with her exact birth year
    and her city was sent to a person. A year apart is "age close", as an age a year off is."""

    @pytest.mark.parametrize("text,year", [("Born 1985", 1985), ("DOB 1985", 1985), ("b. 1985", 1985),
                                           ("DOB 03/1985", None), ("03/14/1985", None), ("In her 40s", None),
                                           ("Age 41", None), ("Age 1234", None), ("Age 40-45", None), ("", None),
                                           ("Born 2031", None)])
    def test_the_year_read(self, text, year):
        from optout.matching.ages import parse_birth_year

        assert parse_birth_year(text, TODAY) == year

    def _ratio(self, shown, **born):
        p = parse_person({"first_name": "Teodora", "last_name": "Mamani", **born,
                          "addresses": [{"city": "Paterson", "state": "NJ"}]})
        with_age = score(p, Listing("Teodora Mamani", None, ["Paterson, NJ"], age_text=shown), today=TODAY)
        without = score(p, Listing("Teodora Mamani", None, ["Paterson, NJ"]), today=TODAY)
        return _odds(with_age.confidence) / _odds(without.confidence), with_age

    def test_the_same_year_counts_as_one_year_in_62(self):
        r, m = self._ratio("Born 1985", birth_year=1985)
        assert "birth year agrees" in m.evidence and "year of birth agrees" in m.reasons
        assert r == pytest.approx(50, rel=0.1)

    def test_a_date_of_birth_given_counts_its_year(self):
        r, m = self._ratio("DOB 1985", birth_date="1985-04-12")
        assert "birth year agrees" in m.evidence
        assert r == pytest.approx(50, rel=0.1)

    def test_a_year_apart_is_close_not_agreeing(self):
        r, m = self._ratio("Born 1984", birth_year=1985)
        assert "age close" in m.evidence and "birth year agrees" not in m.evidence
        assert r == pytest.approx(3.5, rel=0.1)

    def test_an_exact_age_against_a_birth_year_is_unchanged(self):
        r, m = self._ratio("Age 41", birth_year=1985)
        assert "age agrees" in m.evidence
        assert r == pytest.approx(26, rel=0.1)

    def test_her_card_with_her_birth_year_and_city_is_submitted(self):
        p = parse_person({"first_name": "Rufina", "last_name": "Sarmiento Nina", "birth_year": 1987,
                          "addresses": [{"city": "Paterson", "state": "NJ"}]})
        m = score(p, Listing("Rufina Sarmiento", None, ["Paterson, NJ"], age_text="Born 1987"), today=TODAY)
        assert m.decision == "match"
