"""Matching, fifteenth pass (issue 10): the classes the tenth held-out set's read showed, on invented
people of our own (not any evaluation set's), with the right value as the expected result. ``TODAY`` is
fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.matching._names import nickname_of
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


def person(first, last, city, state, **kw):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1980,
                         "addresses": [{"city": city, "state": state}]} | kw)


# ---- everyday short forms and English names of the communities served ---------------------------------------

@pytest.mark.parametrize("full, short", [
    ("francisca", "paca"), ("francisca", "paquita"), ("daniela", "dani"), ("folasade", "fola"),
    ("folasade", "sade"), ("anahit", "ani"), ("yevgeniy", "eugene"), ("evgeny", "eugene"),
    ("volodymyr", "walter"), ("vladimir", "walter"), ("temitope", "tope"),
])
def test_a_community_short_form_or_english_name_is_the_name(full, short):
    assert nickname_of(full, short) and nickname_of(short, full)


@pytest.mark.parametrize("full, short", [("francisca", "paco"), ("anahit", "ana"), ("volodymyr", "william")])
def test_a_name_that_only_looks_alike_is_not_made_a_short_form(full, short):
    assert not nickname_of(full, short)


@pytest.mark.parametrize("first, listed", [
    ("Francisca", "Paca Orellana"), ("Yevgeniy", "Eugene Orellana"), ("Volodymyr", "Walter Orellana"),
    ("Anahit", "Ani Orellana"),
])
def test_their_card_under_the_short_form_with_their_phone_is_found(first, listed):
    p = person(first, "Orellana", "Riverside", "CA", phones=["951-555-0164"], relatives=["Rosa Orellana"])
    m = score(p, Listing(listed, 46, ["Riverside, CA"], phones=["(951) 555-0164"], relatives=["Rosa Orellana"]),
              today=TODAY)
    assert m.decision == "match", m


def test_a_yoruba_woman_called_by_half_of_her_second_given_name_is_found():
    p = person("Adunni Folasade", "Okonjo-Bamidele", "Laurel", "MD", phones=["301-555-0148"],
               relatives=["Kunle Bamidele"])
    m = score(p, Listing("Fola Bamidele", 46, ["Laurel, MD"], relatives=["Kunle Bamidele"],
                         phones=["(301) 555-0148"]), today=TODAY)
    assert m.decision == "match", m


# ---- a name in a script that writes no short vowels (Arabic, Ge'ez) --------------------------------

@pytest.mark.parametrize("first, last, shown", [
    ("Khalid", "Al-Masri", "خالد المصري"),          # Arabic: consonants and long vowels only, al- glued
    ("Yohannes", "Tessema", "ዮሐንስ ተሰማ"),           # Ge'ez: no doubled letter, the sixth order's vowel unwritten
    ("Zarmina", "Popalzai", "زرمينه پوپلزی"),        # Pashto in Arabic script, ta marbuta's h at the end
])
def test_their_name_in_an_unvowelled_script_with_their_phone_is_found(first, last, shown):
    p = person(first, last, "Dearborn", "MI", phones=["313-555-0150"])
    m = score(p, Listing(shown, 46, ["Dearborn, MI"], phones=["(313) 555-0150"]), today=TODAY)
    assert m.decision == "match", m


def test_another_name_in_arabic_script_is_still_another_name():
    p = person("Khalid", "Al-Masri", "Dearborn", "MI", phones=["313-555-0150"])
    m = score(p, Listing("طارق المصري", 46, ["Dearborn, MI"], phones=["(313) 555-0150"]), today=TODAY)
    assert m.decision == "no_match", m  # Tariq, not Khalid: the family's phone, another man


def test_a_short_arabic_name_is_too_little_to_read_by_its_consonants():
    p = person("Ali", "Issa", "Dearborn", "MI")
    m = score(p, Listing("علي عيسى", 46, ["Dearborn, MI"]), today=TODAY)
    assert m.decision == "no_match", m  # "l" and "s": five consonants are needed


# ---- how far apart two towns are (the shipped gazetteer's coordinates) ------------------------------------

def test_the_gazetteer_knows_how_far_apart_two_towns_are():
    from optout.matching._places import distance_km, parse_place

    assert 10 < distance_km(parse_place("Bowie, MD"), parse_place("Upper Marlboro, MD")) < 20
    assert 100 < distance_km(parse_place("Bowie, MD"), parse_place("Hagerstown, MD")) < 130
    assert 540 < distance_km(parse_place("Las Vegas, NV"), parse_place("Reno, NV")) < 570


def test_a_town_the_gazetteer_lacks_has_no_distance():
    from optout.matching._places import distance_km, parse_place

    assert distance_km(parse_place("Bowie, MD"), parse_place("Nowhereville, MD")) is None
    assert distance_km(parse_place("Bowie"), parse_place("Laurel, MD")) is None  # no state


# ---- Júnior, part of a Brazilian surname, shown as the only surname -------------------------------------------

def test_their_card_under_junior_as_the_surname_is_found():
    p = person("Thiago Henrique", "Barbosa Lima Júnior", "Marlborough", "MA", phones=["508-555-0131"])
    m = score(p, Listing("Thiago Junior", 46, ["Marlborough, MA"], phones=["(508) 555-0131"]), today=TODAY)
    assert m.decision == "match", m


def test_junior_alone_is_not_their_surname_when_they_wrote_jr():
    """A US Jr is a suffix, not a name: "Thiago Jr" is a one-word card, no name of theirs."""
    p = person("Thiago", "Barbosa Jr", "Marlborough", "MA", phones=["508-555-0131"])
    m = score(p, Listing("Thiago Junior", 46, ["Marlborough, MA"], phones=["(508) 555-0131"]), today=TODAY)
    assert m.decision == "no_match", m


def test_another_given_name_beside_junior_is_not_them():
    p = person("Thiago Henrique", "Barbosa Lima Júnior", "Marlborough", "MA", phones=["508-555-0131"])
    m = score(p, Listing("Rodrigo Junior", 46, ["Marlborough, MA"], phones=["(508) 555-0131"]), today=TODAY)
    assert m.decision == "no_match", m


# ---- a middle name that is a surname (a Filipino maiden name) on the card as the surname ---------------------

def filipina(middle):
    return parse_person({"first_name": "Ma. Lourdes", "middle_name": middle, "last_name": "Macaraeg",
                         "birth_year": 1980, "addresses": [{"city": "Vallejo", "state": "CA"}],
                         "relatives": ["Ernesto Macaraeg"]})


def test_her_card_under_her_middle_name_as_surname_is_found():
    m = score(filipina("Bautista"), Listing("Lourdes Bautista", 46, ["Vallejo, CA"], relatives=["Ernesto Macaraeg"]),
              today=TODAY)
    assert m.decision == "match", m
    assert m.evidence[0].startswith("name/middle surname/"), m.evidence


@pytest.mark.parametrize("middle", ["Nicole", "Petrovna"])
def test_a_middle_given_name_or_patronymic_is_never_read_as_a_surname(middle):
    m = score(filipina(middle), Listing(f"Lourdes {middle}", 46, ["Vallejo, CA"], relatives=["Ernesto Macaraeg"]),
              today=TODAY)
    assert not any(e.startswith("name/middle surname/") for e in m.evidence), m


# ---- a relative they gave, shown shorter, who shares their first given name and surname ------------------------

def thiago():
    return parse_person({"first_name": "Thiago Henrique", "last_name": "Barbosa Lima", "birth_year": 1980,
                         "addresses": [{"city": "Marlborough", "state": "MA"}],
                         "relatives": ["Thiago Barbosa Lima", "Celia Barbosa"]})


def test_their_father_of_the_same_first_name_shown_shorter_is_their_relative_not_them():
    m = score(thiago(), Listing("Thiago H Barbosa", 46, ["Marlborough, MA"], relatives=["Thiago Barbosa"]),
              today=TODAY)
    assert "lists the person as a relative" not in m.evidence and "relative agrees" in m.evidence, m
    assert m.decision == "match", m


def test_a_relative_with_a_suffix_is_not_read_as_their_relative_of_that_name():
    m = score(thiago(), Listing("Thiago H Barbosa", 46, ["Marlborough, MA"], relatives=["Thiago Barbosa Jr"]),
              today=TODAY)
    assert "relative agrees" not in m.evidence, m


def test_a_sisters_card_naming_them_with_their_second_given_name_is_still_a_family_card():
    m = score(thiago(), Listing("Mariana Barbosa Lima", 44, ["Marlborough, MA"],
                                relatives=["Thiago Henrique Barbosa"]), today=TODAY)
    assert m.decision == "no_match", m
