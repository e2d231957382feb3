"""The twentieth pass (issue 10): holdout14 retired, its missed listings read as classes. Each case is an
invented person and card (none a holdout14 pair), with the reading it must get; the near misses beside them
must keep theirs.

1. One given name in the forms of the languages a family crossed, and the short forms its holder goes by,
   which the English nicknames package lacks: West African (Krio, Mende, Fula) forms of the Prophet's
   family's names (Fatmata / Fatima, Kadiatu / Khadija), Greek (Panagiotis / Peter, Takis; Eleni / Helen;
   Dimitrios / Jimmy), Hungarian (Katalin / Kati, Catherine; István / Steven), Hebrew (Tzipora / Tzipi;
   Yosef / Yossi), Romanian (Gheorghe / George), and Belarusian passport names and their Russian forms
   (Aliaksandra / Aleksandra, Sasha; Siarhei / Sergei).
2. The patronymic suffix -вич as Russian, Yiddish, German and Polish records write it (-vich, -vitch, -witz,
   -vitz, -wicz): one surname (Rabinovich / Rabinowitz).
3. An open age ("Age: 40+", "over 40", "40 or older", "más de 40"): that age and every one above it, not
   the age itself.
5. A whole name cut at a broker's field length, mid-surname ("Marisela Alejandra Betan" at 24
   characters): the last word is the surname it begins, unless it is a surname of its own.
6. Greek χ at a name's start written Ch, H, Kh or X (Chatzidakis / Hatzidakis, Christos / Hristos), for a name of
   a Greek ending only (Chandler and Handler stay two).
7. ä, ö, ü written ae, oe, ue (German records; Turks who lived in Germany): the name letter for letter, not a
   spelling variant.
8. A Hungarian married woman's forms: "Szabó Lászlóné" (wife of László Szabó, a relative she gave) and
   "Szabóné Erzsébet" (his surname + -né before her given name).
9. A card showing a street address and nothing else ("3301 Williams Blvd Apt 6": no city, state or ZIP): the
   same house number, street and unit as theirs is their street.
4. The English name first, then the name in home order ("Kelvin Ong Wei Siang", "Grace Kim Min Ji", "Peter
   Nguyen Van An"), for a person of a Chinese, Korean or Vietnamese surname.

Invented people; ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.matching._names import listed_form, spelling_variant, transliterated
from optout.matching.ages import MAX_AGE, parse_age
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 2)


def card(name: str, age_text: str | None = None, places=(), *, aliases=(), phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age_text, locations=list(places), aliases=list(aliases), phones=list(phones),
                   relatives=list(relatives))


def person(first: str, last: str, year: int, phone: str, city: str, state: str, zip_code: str, **more):
    return parse_person({"first_name": first, "last_name": last, "birth_year": year, "phones": [phone],
                         "addresses": [{"city": city, "state": state, "zip": zip_code}], **more})


# 1. a given name in another language's form, or the short form its holder goes by
@pytest.mark.parametrize("full, form", [
    ("fatmata", "fatima"), ("kadiatu", "khadija"), ("mariatu", "mariama"),
    ("panagiotis", "peter"), ("panagiotis", "takis"), ("eleni", "helen"), ("dimitrios", "jimmy"),
    ("konstantinos", "gus"), ("katalin", "kati"), ("katalin", "catherine"), ("istvan", "steven"),
    ("laszlo", "leslie"), ("tzipora", "tzipi"), ("yosef", "yossi"), ("gheorghe", "george"),
    ("aliaksandra", "sasha"), ("aliaksandra", "aleksandra"), ("siarhei", "sergei"),
])
def test_a_name_and_its_crossed_form_are_one_person_s(full, form):
    assert listed_form(full, form) and listed_form(form, full), (full, form)


@pytest.mark.parametrize("a, b", [
    ("fatmata", "mariatu"), ("panagiotis", "dimitrios"), ("katalin", "kinga"), ("tzipora", "tova"),
    ("eleni", "elpida"), ("ion", "ivan"),  # Ivan left out: with a look-alike surname it submitted a stranger
])
def test_other_names_stay_other(a, b):
    assert not listed_form(a, b), (a, b)


@pytest.mark.parametrize("profile, listed", [
    (("Fatmata", "Koroma", 1981, "(301) 555-0114", "Hyattsville", "MD", "20783"),
     card("Fatima Koroma", "Age 45", ["Hyattsville, MD 20783"], phones=["301-555-0114"])),
    (("Panagiotis", "Karamanlidis", 1958, "(727) 555-0133", "Tarpon Springs", "FL", "34689"),
     card("Peter Karamanlidis", "Age 68", ["Tarpon Springs, FL 34689"], phones=["727-555-0133"])),
    (("Eleni", "Papadakou", 1966, "(847) 555-0171", "Skokie", "IL", "60076"),
     card("Helen Papadakou", "Age 60", ["Skokie, IL 60076"], phones=["847-555-0171"])),
    (("Katalin", "Szentgyorgyi", 1972, "(732) 555-0148", "Edison", "NJ", "08817"),
     card("Kati Szentgyorgyi", "Age 54", ["Edison, NJ 08817"], phones=["732-555-0148"])),
    (("Tzipora", "Ben-Yehuda", 1990, "(818) 555-0126", "Tarzana", "CA", "91356"),
     card("Tzipi Ben-Yehuda", "Age 36", ["Tarzana, CA 91356"], phones=["818-555-0126"])),
    (("Aliaksandra", "Kavalchuk", 1988, "(215) 555-0109", "Bensalem", "PA", "19020"),
     card("Sasha Kavalchuk", "Age 38", ["Bensalem, PA 19020"], phones=["215-555-0109"])),
    (("Siarhei", "Hrynkevich", 1976, "(718) 555-0182", "Brooklyn", "NY", "11235"),
     card("Sergei Hrynkevich", "Age 50", ["Brooklyn, NY 11235"], phones=["718-555-0182"])),
])
def test_a_card_under_the_crossed_form_is_the_persons(profile, listed):
    got = score(person(*profile), listed, today=TODAY)
    assert got.decision == "match", got


def test_a_sister_under_another_name_of_the_family_stays_unmatched():
    # her sister Mariatu on the family's phone: a name of its own, not a form of Fatmata
    fatmata = person("Fatmata", "Sesay", 1984, "(612) 555-0147", "Brooklyn Park", "MN", "55443",
                     relatives=["Mariatu Sesay"])
    got = score(fatmata, card("Mariatu Sesay", "Age 39", ["Brooklyn Park, MN 55443"], phones=["612-555-0147"]),
                today=TODAY)
    assert got.decision == "no_match", got


def test_a_namesake_of_the_english_form_elsewhere_stays_unmatched():
    # a Peter Karamanlidis of another age in another state, with another phone: not Panagiotis
    panagiotis = person("Panagiotis", "Karamanlidis", 1958, "(727) 555-0133", "Tarpon Springs", "FL", "34689")
    got = score(panagiotis, card("Peter Karamanlidis", "Age 31", ["Lowell, MA"], phones=["978-555-0190"]),
                today=TODAY)
    assert got.decision == "no_match", got


# 2. -vich, -vitch, -witz, -vitz, -wicz
@pytest.mark.parametrize("a, b", [
    ("rabinovich", "rabinowitz"), ("abramovich", "abramowitz"), ("gurvich", "gurvitz"),
    ("shapovich", "shapowicz"), ("leibovich", "leibovitch"),
])
def test_the_patronymic_suffix_in_its_records_spellings_is_one_surname(a, b):
    assert transliterated(a, b), (a, b)


@pytest.mark.parametrize("a, b", [("gurevich", "gurvitz"), ("horowitz", "gurvich"), ("rabinovich", "rubinowicz")])
def test_other_stems_stay_other_surnames(a, b):
    assert not transliterated(a, b), (a, b)


def test_a_card_under_the_yiddish_spelling_is_his():
    yakov = person("Yakov", "Rabinovich", 1961, "(201) 555-0175", "Fair Lawn", "NJ", "07410")
    got = score(yakov, card("Yakov Rabinowitz", "Age 65", ["Fair Lawn, NJ 07410"], phones=["201-555-0175"]),
                today=TODAY)
    assert got.decision == "match", got


# 3. an open age
@pytest.mark.parametrize("text, low", [
    ("Age: 40+", 40), ("Age 50+", 50), ("over 40", 40), ("Over 65", 65), ("40 or older", 40),
    ("30 and up", 30), ("más de 40", 40), ("Mayor de 60", 60), ("40 o más", 40), ("plus de 40 ans", 40),
])
def test_an_open_age_is_that_age_and_above(text, low):
    assert parse_age(text, TODAY) == (low, MAX_AGE), text


@pytest.mark.parametrize("text, interval", [("Age 41", (41, 41)), ("35-39", (35, 39)), ("In her 40s", (40, 49))])
def test_closed_ages_keep_their_reading(text, interval):
    assert parse_age(text, TODAY) == interval


def test_a_card_with_an_open_age_that_holds_hers_is_hers():
    abena = person("Abena", "Wreh-Tarpeh", 1979, "(952) 555-0163", "Burnsville", "MN", "55337",
                   middle_name="Korto")
    got = score(abena, card("Abena K Wreh-Tarpeh", "Age: 40+", ["Burnsville, MN 55337"]), today=TODAY)
    assert got.decision == "match", got
    assert not any("age differs" in r for r in got.reasons), got


def test_an_open_age_above_hers_still_differs():
    # another Abena Wreh-Tarpeh, over sixty: not the person at 47
    abena = person("Abena", "Wreh-Tarpeh", 1979, "(952) 555-0163", "Burnsville", "MN", "55337")
    got = score(abena, card("Abena Wreh-Tarpeh", "Age: 60+", ["Burnsville, MN"]), today=TODAY)
    assert got.decision == "no_match", got


# 4. the English name, then the name in home order
@pytest.mark.parametrize("profile, shown", [
    (("Jasper Kok Leong", "Tan", 1983, "(425) 555-0139", "Bellevue", "WA", "98004"), "Jasper Tan Kok Leong"),
    (("Grace Min Ji", "Kim", 1991, "(201) 555-0152", "Fort Lee", "NJ", "07024"), "Grace Kim Min Ji"),
    (("Peter Van An", "Nguyen", 1975, "(714) 555-0128", "Westminster", "CA", "92683"), "Peter Nguyen Van An"),
])
def test_the_english_name_before_the_home_order_name_is_the_persons(profile, shown):
    p = person(*profile)
    got = score(p, card(shown, f"Age {2026 - profile[2]}", [f"{profile[4]}, {profile[5]} {profile[6]}"]), today=TODAY)
    assert got.decision == "match", got


def test_another_given_name_in_home_order_stays_unmatched():
    # Jasper Tan Kok Wai: another man's Chinese given name after the same English name and surname
    jasper = person("Jasper Kok Leong", "Tan", 1983, "(425) 555-0139", "Bellevue", "WA", "98004")
    got = score(jasper, card("Jasper Tan Kok Wai", "Age 43", ["Bellevue, WA 98004"], phones=["425-555-0101"]),
                today=TODAY)
    assert got.decision == "no_match", got


def test_a_spanish_name_is_not_read_in_home_order():
    # Maria Lourdes Garcia: "Maria Garcia Lourdes" is no form of hers (the reading is for East Asian surnames)
    maria = person("Maria Lourdes", "Garcia", 1980, "(305) 555-0144", "Hialeah", "FL", "33012")
    got = score(maria, card("Maria Garcia Lourdes", "Age 46", ["Hialeah, FL 33012"]), today=TODAY)
    assert got.decision != "match", got



def test_a_hyphenated_given_name_under_her_husbands_surname_keeps_its_reading():
    # Yu-Hui Hsu, her husband Chih-Wei Tseng: "Yu-Hui Tseng" is her under his surname (the eleventh pass's
    # reading), not "Yu Tseng" with "Hui" read as a variant of Hsu (the home-order reading read loosely)
    yuhui = person("Yu-Hui", "Hsu", 1982, "(626) 555-0117", "Arcadia", "CA", "91006", relatives=["Chih-Wei Tseng"])
    got = score(yuhui, card("Yu-Hui Tseng", "Age 44", ["Arcadia, CA"], relatives=["Chih-Wei Tseng"]), today=TODAY)
    assert got.decision == "match", got


# 5. a whole name cut at a field length
def test_a_whole_name_cut_mid_surname_is_the_persons():
    for first, last, shown in (("Marisela Alejandra", "Betancourt Paredes", "Marisela Alejandra Betan"),  # 24
                               ("Yaneisy Carolina", "Echeverria Lugo", "Yaneisy Carolina Echeve")):  # 23
        p = person(first, last, 1988, "(407) 555-0166", "Kissimmee", "FL", "34741")
        got = score(p, card(shown, "Age 38", ["Kissimmee, FL 34741"]), today=TODAY)
        assert got.decision == "match", (shown, got)


def test_a_short_name_ending_in_a_surnames_start_is_not_read_cut():
    # "Ana Betan" is 9 characters: no field limit cut it, so "Betan" is not read as Betancourt
    ana = person("Ana", "Betancourt", 1988, "(407) 555-0166", "Kissimmee", "FL", "34741")
    got = score(ana, card("Ana Betan", "Age 38", ["Kissimmee, FL 34741"]), today=TODAY)
    assert got.decision == "no_match", got


def test_a_cut_that_is_a_surname_of_its_own_is_that_surname():
    # "Santos" ends a long name: another family's whole surname, not Santoscoy cut short
    rosa = person("Rosa Guadalupe", "Santoscoy Ibarra", 1979, "(956) 555-0104", "McAllen", "TX", "78501")
    got = score(rosa, card("Rosa Guadalupe Ibarra Santos", "Age 47", ["McAllen, TX 78501"]), today=TODAY)
    assert "(and one more)" in got.reasons[0], got  # Ibarra agrees, Santos is one more surname, not Santoscoy


# 6. Greek chi
@pytest.mark.parametrize("a, b", [("chatzidakis", "hatzidakis"), ("christos", "hristos"), ("kharalambos", "charalambos"),
                                  ("xatzopoulos", "chatzopoulos")])
def test_greek_chi_in_its_romanisations_is_one_name(a, b):
    assert spelling_variant(a, b), (a, b)


@pytest.mark.parametrize("a, b", [("chandler", "handler"), ("chapman", "hapman"), ("chatzidakis", "hatzidaki")])
def test_other_names_with_ch_stay_other(a, b):
    assert not spelling_variant(a, b), (a, b)


def test_a_card_under_hatzi_is_chatzis():
    stavroula = person("Stavroula", "Chatzidakis", 1970, "(727) 555-0122", "Tarpon Springs", "FL", "34689")
    got = score(stavroula, card("Stavroula Hatzidakis", "Age 56", ["Tarpon Springs, FL 34689"]), today=TODAY)
    assert got.decision == "match", got


# 7. umlauts written with e
@pytest.mark.parametrize("first, last, shown", [
    ("Valentina Sofía", "Bianchi Köhler", "Valentina Bianchi Koehler"),
    ("Jürgen", "Haußmann", "Juergen Haussmann"),
    ("Gülay", "Öztürk", "Guelay Oeztuerk"),
])
def test_umlauts_written_with_e_are_the_name_itself(first, last, shown):
    p = person(first, last, 1990, "(305) 555-0150", "Aventura", "FL", "33180")
    got = score(p, card(shown, "Age 36", ["Aventura, FL"]), today=TODAY)
    assert "variant" not in got.reasons[0], got
    assert got.decision == "match", got


def test_a_namesake_with_umlauts_elsewhere_stays_unmatched():
    juergen = person("Jürgen", "Haußmann", 1990, "(305) 555-0150", "Aventura", "FL", "33180")
    got = score(juergen, card("Juergen Haussmann", "Age 61", ["Milwaukee, WI"], phones=["414-555-0199"]), today=TODAY)
    assert got.decision == "no_match", got


# 8. Hungarian -né
@pytest.mark.parametrize("shown", ["Szabo Laszlone", "Laszlone Szabo", "Szabone Erzsebet"])
def test_a_hungarian_married_form_is_hers(shown):
    erzsebet = person("Erzsébet", "Szabó", 1961, "(732) 555-0137", "New Brunswick", "NJ", "08901",
                      relatives=["László Szabó", "Péter Szabó"])
    got = score(erzsebet, card(shown, "Age 65", ["New Brunswick, NJ 08901"], phones=["732-555-0137"],
                               relatives=["Laszlo Szabo"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_the_wife_of_a_man_she_did_not_name_stays_unmatched():
    # "Szabó Istvánné": the wife of an István Szabó, no relative of hers, with another phone
    erzsebet = person("Erzsébet", "Szabó", 1961, "(732) 555-0137", "New Brunswick", "NJ", "08901",
                      relatives=["László Szabó"])
    got = score(erzsebet, card("Szabo Istvanne", "Age 65", ["New Brunswick, NJ 08901"], phones=["732-555-0170"]),
                today=TODAY)
    assert got.decision == "no_match", got


# 9. a street address alone
def street_person():
    return parse_person({"first_name": "Dilcia", "last_name": "Banegas Ordoñez", "birth_year": 1983,
                         "phones": ["(504) 555-0158"],
                         "addresses": [{"street": "2716 Veterans Blvd Apt 14", "city": "Kenner", "state": "LA",
                                        "zip": "70062"}]})


@pytest.mark.parametrize("shown", ["2716 Veterans Blvd Apt 14", "2716 Veterans Boulevard, Apt. 14",
                                   "2716 Veterans Blvd #14"])
def test_her_street_and_unit_alone_are_her_street(shown):
    got = score(street_person(), card("Dilcia Banegas", "Age 43", [shown]), today=TODAY)
    assert "a street address of the person" in got.reasons, got
    assert got.decision == "match", got


@pytest.mark.parametrize("shown", ["2716 Veterans Blvd Apt 9", "2716 Veterans Blvd", "1408 Veterans Blvd Apt 14"])
def test_another_unit_or_number_or_no_unit_is_not_her_street(shown):
    got = score(street_person(), card("Dilcia Banegas", "Age 43", [shown]), today=TODAY)
    assert "a street address of the person" not in got.reasons, got
    assert got.decision != "match", got
