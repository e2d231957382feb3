"""holdout14's first read (held out, 2026-12-02) submitted four listings that were someone else's. The
lead read only those four; they are four classes, each fixed and tested here with people and cards of
our own (none a holdout14 pair), beside the near misses that must keep their reading:

1. Two years of birth two apart ("Born 1997" against 1995) are two years apart, not "one year off".
2. A card whose own name is a relative's the person gave, theirs only approximately (a sister named one
   letter apart), or with the person's name only among its aliases (a wife's card): that relative's card.
3. A card whose places are all abroad ("Guayaquil", "Rosario, Argentina") and none of theirs: a namesake at
   home, as a card whose places are all in states they never lived in.

Invented people; ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

from optout.matching import score
from optout.matching._places import abroad, parse_place
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 2)


def card(name: str, age_text: str | None = None, places=(), *, aliases=(), phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age_text, locations=list(places), aliases=list(aliases), phones=list(phones),
                   relatives=list(relatives))


# 1. years of birth two apart
def test_two_years_of_birth_two_apart_are_no_longer_one_year_off():
    person = parse_person({"first_name": "Keisy", "last_name": "Marcano Salas", "birth_year": 1995,
                           "addresses": [{"city": "Doral", "state": "FL"}]})
    two_apart = score(person, card("Keisy Marcano", "Born 1997", ["Doral, FL"]), today=TODAY)
    assert "age one year off" not in two_apart.reasons and "age a few years off" in two_apart.reasons, two_apart
    one_apart = score(person, card("Keisy Marcano", "Born 1996", ["Doral, FL"]), today=TODAY)
    assert "age one year off" in one_apart.reasons, one_apart


# 2. a relative's card
def sisters():
    return parse_person({"first_name": "Yusmary Andrea", "last_name": "Quiroz Mendoza", "birth_year": 1993,
                         "relatives": ["Yusmery Quiroz Mendoza", "Nelly Mendoza"],
                         "addresses": [{"city": "Cypress", "state": "TX", "zip": "77433"}]})


def test_a_sisters_card_one_letter_apart_is_hers_not_the_persons():
    got = score(sisters(), card("Yusmery C Quiroz Mendoza", "Born 1997", ["Cypress, TX 77433"]), today=TODAY)
    assert got.decision == "no_match", got
    assert "the card's own name is that of a relative of the person" in got.reasons


def test_the_persons_own_card_beside_a_sister_in_the_profile_is_still_hers():
    got = score(sisters(), card("Yusmary A Quiroz Mendoza", "Born 1993", ["Cypress, TX 77433"]), today=TODAY)
    assert got.decision == "match", got


def test_a_son_known_by_his_fathers_name_with_his_own_age_is_still_him():
    person = parse_person({"first_name": "Wesner", "middle_name": "Jean-Claude", "last_name": "Petit-Frère",
                           "birth_year": 1980, "phones": ["(617) 555-0144"],
                           "relatives": ["Jean-Claude Petit-Frère", "Marie Petit-Frère"],
                           "addresses": [{"city": "Mattapan", "state": "MA"}]})
    got = score(person, card("Jean-Claude Petit-Frere", "Age 46", ["Boston, MA"], phones=["617-555-0144"]), today=TODAY)
    assert got.decision != "no_match" and "the card's own name is that of a relative of the person" not in got.reasons, got


def test_a_wifes_card_with_his_name_among_its_aliases_is_hers():
    person = parse_person({"first_name": "Wilmer Antonio", "last_name": "Rondón Pérez", "birth_year": 1977,
                           "relatives": ["Keila Josefina Rondón", "Wilmer Rondón Jr"],
                           "addresses": [{"street": "410 Lakeview Dr", "city": "Weston", "state": "FL", "zip": "33326"}]})
    got = score(person, card("Keila Rondon", "Age 48", ["Weston, FL 33326"], aliases=["Wilmer Rondon"]), today=TODAY)
    assert got.decision != "match" and "the card's own name is that of a relative of the person" in got.reasons, got
    own = score(person, card("Wilmer A Rondon", "Age 49", ["Weston, FL 33326"], aliases=["Keila Rondon"]), today=TODAY)
    assert own.decision == "match", own


# 3. places abroad
def test_a_big_city_abroad_or_a_named_country_is_read_as_abroad():
    assert abroad(parse_place("Guayaquil")) == "EC"
    assert abroad(parse_place("Rosario, Argentina")) == "AR"
    assert abroad(parse_place("Barquisimeto, Lara, Venezuela")) == "VE"
    for us in ("Lima", "Toledo", "Kingston", "Los Angelos", "Nueva York", "Atlanta, Georgia", "Springfield"):
        assert abroad(parse_place(us)) is None, us  # a US town's name, or what may be one


def test_a_card_whose_places_are_all_abroad_is_not_a_match():
    person = parse_person({"first_name": "Milagros", "last_name": "Arboleda Cuero", "birth_year": 1988,
                           "phones": ["(718) 555-0177"],
                           "addresses": [{"city": "Queens", "state": "NY"}, {"city": "Stamford", "state": "CT"}]})
    for places in (["Guayaquil"], ["Cali, Colombia"], ["Guayaquil", "Quito"]):
        got = score(person, card("Milagros Arboleda", "Age 38", places), today=TODAY)
        assert got.decision != "match" and "no place in common" in got.reasons, (places, got)
    vague = score(person, card("Milagros Arboleda", "Age 38", ["Los Angelos"]), today=TODAY)
    bare = score(person, card("Milagros Arboleda", "Age 38"), today=TODAY)
    assert vague.confidence == bare.confidence  # a town that may be a misspelt US one counts neither way


def test_a_town_abroad_the_person_lived_in_agrees():
    person = parse_person({"first_name": "Darwin", "last_name": "Tenesaca Guamán", "birth_year": 1990,
                           "addresses": [{"city": "Ossining", "state": "NY"},
                                         {"city": "Cuenca", "state": "Azuay", "country": "EC"}]})
    hers = score(person, card("Darwin Tenesaca", "Age 36", ["Cuenca"]), today=TODAY)
    assert "a city the person lived in" in hers.reasons and hers.decision != "no_match", hers
    other_town = score(person, card("Darwin Tenesaca", "Age 36", ["Guayaquil"]), today=TODAY)
    assert "no place in common" not in other_town.reasons  # a town of a country they lived in: not a stranger's
    assert other_town.confidence < hers.confidence
