"""The twenty-third pass (issue 10): holdout16 retired, its dropped cards read as classes, each fixed for every
tradition where it applies and held here with people and cards of our own, with the near misses that must keep
their reading (another name, a namesake elsewhere on another phone, the other generation).

1. A religious or pilgrimage title before the name (Sheikh, Haji, Alhaji, Rev., Pastor, Imam, Rabbi): read as a
   given name, so the card's name differed and it was dropped. Now dropped from a card of three words or more
   when none of the person's names has it, as the Burmese honorifics are.
2. Russian дж written dzh, dj or j; й after a vowel written y or i; the Turkmen Latin w for в (-ow for -ov) and
   the Turkic cedilla letters ç, ş written ch, sh: "name differs".
3. A Basque surname in its Castilian spelling (tx as ch, tz as z, k as c or qu: Etxeberria / Echeverría).
4. A given name in another language's form of it: Catalan, Galician and Basque names in Castilian (Jordi /
   Jorge, Xosé / José, Iñaki / Ignacio), Māori transliterations of English names (Rawiri / David, Hone / John),
   Ashkenazi Hebrew names (Yitzchok / Isaac), Italian-American short forms (Sal), the Avar and Chechen forms of
   Arabic names without f (Patimat / Fatima, Magomed) and the Chadian Mahamat for Mohamed.
5. The ordinal spellings of II, III, IV ("2nd", "3rd") read as a middle name instead of the generation.

Invented people; ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 2)


def card(name: str, age_text: str | None = None, places=(), *, phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age_text, locations=list(places), phones=list(phones),
                   relatives=list(relatives), aliases=[])


def person(first: str, last: str, year: int, phone: str, city: str, state: str, zip_code: str, **more):
    return parse_person({"first_name": first, "last_name": last, "birth_year": year, "phones": [phone],
                         "addresses": [{"city": city, "state": state, "zip": zip_code}], **more})


HOME, PHONE = ("Columbus, OH", "614-555-0178")


def decide(first: str, last: str, shown: str, place: str = HOME, phone: str = PHONE):
    """The match of a card (aged 46, at ``place``, on ``phone``) for a person born 1980 at home in Columbus."""
    who = person(first, last, 1980, "(614) 555-0178", "Columbus", "OH", "43229")
    return score(who, card(shown, "Age 46", [place], phones=[phone]), today=TODAY)


# (the person's given name and surname, the card's name), by class
THEIRS = [
    # 1. a title before the name: the name itself, the title read as no name
    ("Bakari", "Mwinyimkuu", "Sheikh Bakari Mwinyimkuu"), ("Bakari", "Mwinyimkuu", "Shaikh Bakari Mwinyimkuu"),
    ("Idrissa", "Kabore", "Alhaji Idrissa Kabore"), ("Oumar", "Youssouf", "Hajji Oumar Youssouf"),
    ("Rasmata", "Zongo", "Hajiya Rasmata Zongo"),
    ("Hone", "Parata", "Rev. Hone Parata"), ("Emmanuel", "Okonkwo", "Pastor Emmanuel Okonkwo"),
    ("Abdirahim", "Warsame", "Imam Abdirahim Warsame"), ("Mendel", "Gottlieb", "Rabbi Mendel Gottlieb"),
    # 2. дж, й, Turkmen w and the cedilla letters
    ("Dzhamal", "Dzhumaev", "Djamal Djumaev"), ("Dzhamal", "Dzhumaev", "Jamal Jumaev"),
    ("Aydar", "Baymukhametov", "Aidar Baimukhametov"), ("Aidar", "Baimukhametov", "Aydar Baymukhametov"),
    ("Şatlyk", "Hojamow", "Shatlyk Khodzhamov"), ("Şatlyk", "Hojamow", "Шатлык Ходжамов"),
    ("Çary", "Annayew", "Chary Annayev"), ("Rinat", "Khaybullin", "Rinat Haibullin"),
    # 3. a Basque surname in its Castilian spelling
    ("Ane", "Etxebarria", "Ane Echebarria"), ("Itziar", "Goikoetxea", "Itziar Goicoechea"),
    ("Kepa", "Urkiza", "Kepa Urquiza"), ("Amaia", "Etxeberria Goikoetxea", "Amaia Echeverria Goicoechea"),
    # 4. a given name in another language's form
    ("Jordi", "Casals", "Jorge Casals"), ("Josep", "Vilaró", "Jose Vilaro"), ("Xosé", "Vázquez", "Jose Vazquez"),
    ("Iñaki", "Arregi", "Ignacio Arregi"), ("Rawiri", "Ngata", "David Ngata"), ("Hone", "Tipene", "John Tipene"),
    ("Yitzchok", "Grunfeld", "Isaac Grunfeld"), ("Yitzchok", "Grunfeld", "Itzhak Grunfeld"),
    ("Salvatore", "Benanti", "Sal Benanti"), ("Patimat", "Omarova", "Fatima Omarova"),
    ("Magomed", "Aliev", "Mohammed Aliev"), ("Mahamat", "Djibrine", "Mohamed Djibrine"),
]


@pytest.mark.parametrize("first, last, shown", THEIRS)
def test_their_card_on_their_phone_in_their_town_is_theirs(first, last, shown):
    got = decide(first, last, shown)
    assert got.decision == "match", (shown, got)


@pytest.mark.parametrize("first, last, shown", THEIRS[:9])
def test_a_title_is_read_as_no_name(first, last, shown):
    assert decide(first, last, shown).evidence[0] == "name/legal/exact/full"


# near misses: (the person, the card's name, where, on which phone, the decision it must keep or not reach)
NOT_THEIRS = [
    ("David", "Okonkwo", "Pastor Daniel Okonkwo", HOME, PHONE, "no_match"),  # another given name after a title
    ("Idrissa", "Kabore", "Alhaji Idrissa Kabore", "Atlanta, GA", "404-555-0188", "not match"),  # a namesake
    ("Ruslan", "Dzhamaldinov", "Ruslan Djabrailov", HOME, PHONE, "no_match"),  # another surname of that start
    ("Dzhamal", "Dzhumaev", "Djamal Djumaev", "Denver, CO", "303-555-0119", "not match"),  # a namesake elsewhere
    ("Şatlyk", "Hojamow", "Shatlyk Khodzhamova", HOME, PHONE, "not match"),  # the woman's form: his sister's
    ("Itziar", "Goikoetxea", "Itziar Goicolea", HOME, PHONE, "no_match"),  # another Basque surname
    ("Jordi", "Casals", "Jorge Casals", "Miami, FL", "305-555-0126", "no_match"),  # a form on a namesake elsewhere
    ("Joan", "Ferrer", "Juan Ferrer", HOME, PHONE, "not match"),  # Joan is also the English woman's name
    ("Xoán", "Vázquez", "Jose Vazquez", HOME, PHONE, "no_match"),  # Xoán is Juan, not José
]


@pytest.mark.parametrize("first, last, shown, place, phone, kept", NOT_THEIRS)
def test_near_misses_keep_their_reading(first, last, shown, place, phone, kept):
    got = decide(first, last, shown, place, phone)
    assert (got.decision != "match") if kept == "not match" else (got.decision == kept), (shown, got)


# 5. ordinal generation suffixes
def test_2nd_is_the_second_of_the_name():
    who = parse_person({"first_name": "Dwayne", "middle_name": "Lee", "last_name": "Harrell", "suffix": "II",
                        "birth_year": 1986, "phones": ["(417) 555-0117"],
                        "addresses": [{"city": "Springfield", "state": "MO", "zip": "65804"}],
                        "relatives": ["Dwayne Lee Harrell"]})
    got = score(who, card("Dwayne Harrell 2nd", "Age 40", ["Springfield, MO 65804"]), today=TODAY)
    assert got.decision == "match", got
    assert "suffix agrees" in got.evidence, got
    third = score(who, card("Dwayne Harrell 3rd", "Age 40", ["Springfield, MO 65804"]), today=TODAY)
    # another generation's suffix at his age: the father's or son's card, or his with a slip: a person decides, never
    # dropped (pass 38); a III of another generation's age is dropped by the age
    assert third.decision == "uncertain" and "suffix doubt" in third.evidence, third


def test_an_english_ew_surname_is_no_turkmen_one():
    # the Turkmen -ow / -ew read as -ov / -ev only in a name written with a Turkmen letter: read so, a Kerala
    # woman's Andrew became a man's Russian surname and her card under her husband's given name was lost
    who = parse_person({"first_name": "Ancy", "last_name": "Andrew", "birth_year": 1976, "phones": ["(972) 555-0186"],
                        "addresses": [{"city": "Garland", "state": "TX", "zip": "75044"}],
                        "relatives": ["Biju Varghese", "Nimmy Varghese"]})
    got = score(who, card("Ancy Varghese", "Age 50", ["Garland, TX 75044"], relatives=["Biju Varghese"]), today=TODAY)
    assert got.decision == "match", got
