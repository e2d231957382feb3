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


# 1. a title before the name
@pytest.mark.parametrize("first, last, shown", [
    ("Bakari", "Mwinyimkuu", "Sheikh Bakari Mwinyimkuu"), ("Bakari", "Mwinyimkuu", "Shaikh Bakari Mwinyimkuu"),
    ("Idrissa", "Kabore", "Alhaji Idrissa Kabore"), ("Oumar", "Youssouf", "Hajji Oumar Youssouf"),
    ("Hone", "Parata", "Rev. Hone Parata"), ("Emmanuel", "Okonkwo", "Pastor Emmanuel Okonkwo"),
    ("Abdirahim", "Warsame", "Imam Abdirahim Warsame"), ("Mendel", "Gottlieb", "Rabbi Mendel Gottlieb"),
])
def test_a_title_before_the_name_on_their_phone_is_theirs(first, last, shown):
    who = person(first, last, 1975, "(612) 555-0131", "Minneapolis", "MN", "55404")
    got = score(who, card(shown, "Age 51", ["Minneapolis, MN"], phones=["612-555-0131"]), today=TODAY)
    assert got.decision == "match", (shown, got)
    assert got.evidence[0] == "name/legal/exact/full", got  # the name itself, the title read as no name


def test_a_title_before_another_given_name_stays_another():
    who = person("David", "Okonkwo", 1975, "(612) 555-0131", "Minneapolis", "MN", "55404")
    got = score(who, card("Pastor Daniel Okonkwo", "Age 51", ["Minneapolis, MN"], phones=["612-555-0131"]),
                today=TODAY)
    assert got.decision == "no_match", got


def test_a_titled_namesake_elsewhere_on_another_phone_is_not_submitted():
    who = person("Idrissa", "Kabore", 1975, "(612) 555-0131", "Minneapolis", "MN", "55404")
    got = score(who, card("Alhaji Idrissa Kabore", "Age 51", ["Atlanta, GA"], phones=["404-555-0188"]), today=TODAY)
    assert got.decision != "match", got


# 2. дж, й, Turkmen w and the cedilla letters
@pytest.mark.parametrize("first, last, shown", [
    ("Dzhamal", "Dzhumaev", "Djamal Djumaev"), ("Dzhamal", "Dzhumaev", "Jamal Jumaev"),
    ("Aydar", "Baymukhametov", "Aidar Baimukhametov"), ("Aidar", "Baimukhametov", "Aydar Baymukhametov"),
    ("Şatlyk", "Hojamow", "Shatlyk Khodzhamov"), ("Şatlyk", "Hojamow", "Шатлык Ходжамов"),
    ("Çary", "Annayew", "Chary Annayev"), ("Rinat", "Khaybullin", "Rinat Haibullin"),
])
def test_cyrillic_and_turkic_spellings_on_their_phone_are_theirs(first, last, shown):
    who = person(first, last, 1984, "(718) 555-0152", "Brooklyn", "NY", "11229")
    got = score(who, card(shown, "Age 42", ["Brooklyn, NY"], phones=["718-555-0152"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_another_surname_of_the_same_start_stays_another():
    who = person("Ruslan", "Dzhamaldinov", 1984, "(718) 555-0152", "Brooklyn", "NY", "11229")
    got = score(who, card("Ruslan Djabrailov", "Age 42", ["Brooklyn, NY"], phones=["718-555-0152"]), today=TODAY)
    assert got.decision == "no_match", got


def test_a_namesake_of_the_dj_spelling_elsewhere_on_another_phone_is_not_submitted():
    who = person("Dzhamal", "Dzhumaev", 1984, "(718) 555-0152", "Brooklyn", "NY", "11229")
    got = score(who, card("Djamal Djumaev", "Age 42", ["Denver, CO"], phones=["303-555-0119"]), today=TODAY)
    assert got.decision != "match", got


def test_the_womans_form_of_a_turkmen_surname_is_not_his():
    who = person("Şatlyk", "Hojamow", 1984, "(718) 555-0152", "Brooklyn", "NY", "11229")
    got = score(who, card("Shatlyk Khodzhamova", "Age 42", ["Brooklyn, NY"], phones=["718-555-0152"]), today=TODAY)
    assert got.decision != "match", got


# 3. a Basque surname in its Castilian spelling
@pytest.mark.parametrize("first, last, shown", [
    ("Ane", "Etxebarria", "Ane Echebarria"), ("Itziar", "Goikoetxea", "Itziar Goicoechea"),
    ("Kepa", "Urkiza", "Kepa Urquiza"), ("Amaia", "Etxeberria Goikoetxea", "Amaia Echeverria Goicoechea"),
])
def test_a_basque_surname_in_the_castilian_spelling_is_theirs(first, last, shown):
    who = person(first, last, 1979, "(775) 555-0164", "Reno", "NV", "89502")
    got = score(who, card(shown, "Age 47", ["Reno, NV"], phones=["775-555-0164"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_another_basque_surname_stays_another():
    who = person("Itziar", "Goikoetxea", 1979, "(775) 555-0164", "Reno", "NV", "89502")
    got = score(who, card("Itziar Goicolea", "Age 47", ["Reno, NV"], phones=["775-555-0164"]), today=TODAY)
    assert got.decision == "no_match", got


# 4. a given name in another language's form
FORMS = [
    ("Jordi", "Casals", "Jorge"), ("Josep", "Vilaró", "Jose"), ("Xosé", "Vázquez", "Jose"), ("Iñaki", "Arregi",
    "Ignacio"), ("Rawiri", "Ngata", "David"), ("Hone", "Tipene", "John"), ("Yitzchok", "Grunfeld", "Isaac"),
    ("Yitzchok", "Grunfeld", "Itzhak"), ("Salvatore", "Benanti", "Sal"), ("Patimat", "Omarova", "Fatima"),
    ("Magomed", "Aliev", "Mohammed"), ("Mahamat", "Djibrine", "Mohamed"),
]


@pytest.mark.parametrize("given, surname, shown", FORMS)
def test_a_given_name_in_another_languages_form_on_their_phone_is_theirs(given, surname, shown):
    who = person(given, surname, 1972, "(614) 555-0178", "Columbus", "OH", "43229")
    got = score(who, card(f"{shown} {surname}", "Age 54", ["Columbus, OH"], phones=["614-555-0178"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_the_form_on_a_namesake_elsewhere_on_another_phone_is_not_submitted():
    who = person("Jordi", "Casals", 1972, "(614) 555-0178", "Columbus", "OH", "43229")
    got = score(who, card("Jorge Casals", "Age 54", ["Miami, FL"], phones=["305-555-0126"]), today=TODAY)
    assert got.decision == "no_match", got


def test_joan_a_womans_english_name_is_not_juan():
    # Joan is Catalan for Juan, but also the English woman's name: not read as his form
    who = person("Joan", "Ferrer", 1972, "(614) 555-0178", "Columbus", "OH", "43229")
    got = score(who, card("Juan Ferrer", "Age 54", ["Columbus, OH"], phones=["614-555-0178"]), today=TODAY)
    assert got.decision != "match", got


def test_the_form_of_another_name_stays_another():
    # Xoán is Juan, not José
    who = person("Xoán", "Vázquez", 1972, "(614) 555-0178", "Columbus", "OH", "43229")
    got = score(who, card("Jose Vazquez", "Age 54", ["Columbus, OH"], phones=["614-555-0178"]), today=TODAY)
    assert got.decision == "no_match", got


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
    assert third.decision == "no_match", third  # another generation, as a III is


def test_an_english_ew_surname_is_no_turkmen_one():
    # the Turkmen -ow / -ew read as -ov / -ev only in a name written with a Turkmen letter: read so, a Kerala
    # woman's Andrew became a man's Russian surname and her card under her husband's given name was lost
    who = parse_person({"first_name": "Ancy", "last_name": "Andrew", "birth_year": 1976, "phones": ["(972) 555-0186"],
                        "addresses": [{"city": "Garland", "state": "TX", "zip": "75044"}],
                        "relatives": ["Biju Varghese", "Nimmy Varghese"]})
    got = score(who, card("Ancy Varghese", "Age 50", ["Garland, TX 75044"], relatives=["Biju Varghese"]), today=TODAY)
    assert got.decision == "match", got
