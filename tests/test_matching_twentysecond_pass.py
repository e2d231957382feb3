"""The twenty-second pass (issue 10): holdout15 retired, its missed listings read as classes, each fixed for
every tradition where it applies and held here with people and cards of our own, with the near misses that
must keep their reading (a relative, a namesake elsewhere, the father at the same address).

1. A given name in the form another language of the family gives it, or the short form its holder goes by,
   where the nicknames package has neither: the Spanish spelling of an English name (Yeny / Jenny), the
   Mennonites' Low German, Spanish and English names (Heinrich / Enrique / Henry), the Arabic forms of Biblical
   names (Ibrahim / Abraham, Boutros / Peter), Russian diminutives (Stas, Slava, Kostya), Czech, Balkan and
   Lithuanian names' English forms (Kateřina / Katie, Jiří / George), South Asian names called by their first
   element (Raj for Rajendra, Ravi for Ravindra), and English spellings the package lists under another
   (Terry for Terrence): each card was read as "name differs" and dropped.
2. Đ written Dj and ž, š, č, ć written zh, sh, ch (US records, English papers, the Cyrillic spelling's
   transliteration: Djordjevic, Djordjevich, Ђорђевић for Đorđević): folded, Đ was D, so they were another
   name. And the replacement mark U+FFFD a page leaves for a letter it could not decode was dropped, so
   "?ezn��kov�" lost three letters instead of standing for them, as "?" does.
3. "De" shortened to D' before a consonant (Goan, Mangalorean and East Indian Catholic D'Souza, D'Costa,
   D'Mello, D'Cruz): records write it "De Souza" or "Souza", which were "name differs".
4. A name in Syriac script (Assyrian and Chaldean names): an abjad as Arabic is, read consonant for
   consonant as the fifteenth pass reads Arabic and Ge'ez; it was "name differs".
5. Relatives shown by a given name alone ("Savitri", "Rohan"): read as no relative in common. Now the
   relative of theirs of that first given name who carries the person's surname.
6. New York's postal place names: Queens ZIPs carry their neighbourhood's name ("South Richmond Hill",
   "Ozone Park"), and cards print Brooklyn's and the Bronx's neighbourhoods for the borough; those the table
   lacked were "a town the person never lived in".
7. A military mail address (APO / FPO / DPO, "state" AA / AE / AP) read as a place in no state of theirs:
   "no place in common" for a soldier's card. It is no place, unless it is the one they gave.
8. A Kyrgyz or Kazakh patronymic surname (Tilek kyzy, Bakyt uulu) in the Russian form Soviet and Russian
   records give it (Tilekova, Bakytov): "name differs".
9. Bulgarian, Macedonian and Serbian Ц written tz (Tzvetan) and Х before r written ch (Christov): "name differs".
10. Short Arabic names with the long i written ee (Leena for Lina, Reem for Rim): too short for a spelling
    distance, so a table, as the seventeenth pass's Arabic spellings are.
11. A Karen or Burmese one-part name entered with its honorific (Saw, Naw) shown whole without it, alone or
    beside "FNU" ("Fnu Eh Htoo"): "name differs".

Invented people; ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 2)


def card(name: str, age_text: str | None = None, places=(), *, phones=(), relatives=(), aliases=()) -> Listing:
    return Listing(name=name, age_text=age_text, locations=list(places), phones=list(phones),
                   relatives=list(relatives), aliases=list(aliases))


def person(first: str, last: str, year: int, phone: str, city: str, state: str, zip_code: str, street=None, **more):
    address = {"city": city, "state": state, "zip": zip_code, **({"street": street} if street else {})}
    return parse_person({"first_name": first, "last_name": last, "birth_year": year, "phones": [phone],
                         "addresses": [address], **more})


# 1. given-name forms across the family's languages, and short forms
FORMS = [
    # (given name entered, surname, the card's given name)
    ("Yeny", "Quispe Mamani", "Jenny"), ("Yenifer", "Choque", "Jennifer"), ("Yanet", "Huarachi", "Janet"),
    ("Yoselin", "Apaza", "Jocelyn"),
    ("Heinrich", "Dueck", "Henry"), ("Enrique", "Dueck", "Heinrich"), ("Johann", "Thiessen", "Juan"),
    ("Cornelio", "Giesbrecht", "Cornelius"), ("Aganetha", "Harder", "Neta"),
    ("Abraham", "Akol", "Ibrahim"), ("Yousef", "Jajou", "Joseph"), ("Boutros", "Kalasho", "Peter"),
    ("Girgis", "Mikhail", "George"), ("Youkhana", "Odisho", "John"),
    ("Stanislav", "Kim", "Stas"), ("Vyacheslav", "Ten", "Slava"), ("Konstantin", "Pak", "Kostya"),
    ("Valentina", "Lim", "Valya"),
    ("Katerina", "Dvorakova", "Katie"), ("Jiri", "Prochazka", "George"), ("Jovan", "Stankovic", "John"),
    ("Vytautas", "Jankauskas", "Vytas"),
    ("Rajendra", "Ramnarine", "Raj"), ("Rajesh", "Seecharan", "Raj"), ("Ravindra", "Balgobin", "Ravi"),
    ("Terrence", "Whitfield", "Terry"), ("Terrance", "Holloway", "Terry"),
]


@pytest.mark.parametrize("given, surname, shown", FORMS)
def test_a_given_name_in_another_form_of_the_family_on_their_phone_is_theirs(given, surname, shown):
    who = person(given, surname, 1981, "(614) 555-0142", "Columbus", "OH", "43229")
    got = score(who, card(f"{shown} {surname}", "Age 45", ["Columbus, OH"], phones=["614-555-0142"]), today=TODAY)
    assert got.decision == "match", got


def test_the_form_on_a_namesake_elsewhere_with_another_phone_is_not_submitted():
    who = person("Abraham", "Akol", 1981, "(402) 555-0111", "Omaha", "NE", "68104")
    got = score(who, card("Ibrahim Akol", "Age 45", ["Portland, ME"], phones=["207-555-0190"]), today=TODAY)
    assert got.decision == "no_match", got


def test_the_short_form_of_a_brothers_name_on_the_family_phone_is_a_relatives_card():
    # Raj is Rajendra's as it is his brother Rajesh's: the family phone does not tell them apart
    who = person("Rajendra", "Ramnarine", 1970, "(718) 555-0166", "Queens", "NY", "11419",
                 relatives=["Rajesh Ramnarine", "Savitri Ramnarine"])
    got = score(who, card("Raj Ramnarine", "Age 52", ["Queens, NY 11419"], phones=["718-555-0166"]), today=TODAY)
    assert got.decision != "match", got


def test_the_english_name_of_his_father_with_the_same_given_name_is_not_him():
    # Heinrich Dueck Sr, twenty-five years older, at the same address on the same phone
    who = person("Enrique", "Dueck", 1980, "(432) 555-0173", "Seminole", "TX", "79360",
                 relatives=["Heinrich Dueck", "Maria Dueck"])
    got = score(who, card("Henry Dueck", "Age 71", ["Seminole, TX 79360"], phones=["432-555-0173"]), today=TODAY)
    assert got.decision != "match", got


def test_another_given_name_stays_another():
    # Jaroslav is not Stanislav, though both are called Slava
    who = person("Stanislav", "Kim", 1981, "(213) 555-0181", "Los Angeles", "CA", "90005")
    got = score(who, card("Jaroslav Kim", "Age 45", ["Los Angeles, CA"], phones=["213-555-0181"]), today=TODAY)
    assert got.decision == "no_match", got


# 2. Đ as Dj, háček letters as digraphs; the replacement mark
@pytest.mark.parametrize("shown", ["Zeljko Djukic", "Zeljko Djukich", "Zheljko Djukic", "ZELJKO DJUKIC",
                                   "Жељко Ђукић", "Djukic, Zeljko"])
def test_dj_and_digraph_spellings_of_a_south_slavic_name_are_his(shown):
    zeljko = person("Željko", "Đukić", 1972, "(312) 555-0109", "Chicago", "IL", "60631")
    got = score(zeljko, card(shown, "Age 54", ["Chicago, IL"], phones=["312-555-0109"]), today=TODAY)
    assert got.decision == "match", (shown, got)
    assert got.evidence[0] == "name/legal/exact/full", got  # his name letter for letter, not a look-alike


@pytest.mark.parametrize("first, last, shown", [("Jiří", "Šťastný", "Jiri Shtastny"),
                                                 ("Vaida", "Žukauskienė", "Vaida Zhukauskiene"),
                                                 ("Dražen", "Kovačević", "Drazhen Kovachevich")])
def test_hacek_letters_as_digraphs_in_other_traditions(first, last, shown):
    who = person(first, last, 1980, "(319) 555-0170", "Cedar Rapids", "IA", "52404")
    got = score(who, card(shown, "Age 46", ["Cedar Rapids, IA"], phones=["319-555-0170"]), today=TODAY)
    assert got.decision == "match", (shown, got)
    assert got.evidence[0] == "name/legal/exact/full", got


def test_another_surname_of_the_same_root_stays_another():
    # Kovač is not Kovačević, in whatever letters
    drazen = person("Dražen", "Kovač", 1980, "(310) 555-0133", "San Pedro", "CA", "90731")
    got = score(drazen, card("Drazen Kovachevich", "Age 46", ["San Pedro, CA"], phones=["310-555-0133"]), today=TODAY)
    assert got.decision == "no_match", got


def test_a_namesake_of_the_dj_spelling_elsewhere_is_not_submitted():
    zeljko = person("Željko", "Đukić", 1972, "(312) 555-0109", "Chicago", "IL", "60631")
    got = score(zeljko, card("Zeljko Djukic", "Age 54", ["Phoenix, AZ"], phones=["602-555-0177"]), today=TODAY)
    assert got.decision != "match", got


def test_the_father_of_the_same_name_at_the_same_address_is_not_him():
    zeljko = person("Željko", "Đukić", 1972, "(312) 555-0109", "Chicago", "IL", "60631",
                    relatives=["Željko Đukić", "Mira Đukić"])
    got = score(zeljko, card("Zeljko Djukic", "Age 79", ["Chicago, IL 60631"], phones=["312-555-0109"]), today=TODAY)
    assert got.decision != "match", got


def test_a_vietnamese_d_stays_d():
    duc = person("Đức", "Đặng", 1985, "(714) 555-0150", "Westminster", "CA", "92683")
    got = score(duc, card("Duc Dang", "Age 41", ["Westminster, CA"], phones=["714-555-0150"]), today=TODAY)
    assert got.decision == "match", got


@pytest.mark.parametrize("shown", ["Lenka Dvo?\ufffdkov\ufffd", "Lenka Dvo\ufffd?kov?", "LENKA DVO?\ufffdKOV\ufffd"])
def test_replacement_marks_stand_for_lost_letters(shown):
    lenka = person("Lenka", "Dvořáková", 1984, "(319) 555-0188", "Cedar Rapids", "IA", "52404")
    got = score(lenka, card(shown, "Age 42", ["Cedar Rapids, IA"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_replacement_marks_do_not_stand_for_a_whole_other_name():
    lenka = person("Lenka", "Dvořáková", 1984, "(319) 555-0188", "Cedar Rapids", "IA", "52404")
    got = score(lenka, card("Lenka Nov?kov\ufffd", "Age 42", ["Cedar Rapids, IA"]), today=TODAY)
    assert got.decision == "no_match", got


# 3. D' as "de"
@pytest.mark.parametrize("shown", ["Clement De Costa", "Clement Costa", "Clement DeCosta", "COSTA, CLEMENT",
                                   "Clement D Costa"])
def test_a_goan_d_apostrophe_surname_with_the_particle_whole_or_dropped_is_his(shown):
    clement = person("Clement", "D'Costa", 1979, "(281) 555-0160", "Stafford", "TX", "77477")
    got = score(clement, card(shown, "Age 47", ["Stafford, TX"], phones=["281-555-0160"]), today=TODAY)
    assert got.decision == "match", (shown, got)
    assert got.evidence[0] == "name/legal/exact/full", got


def test_the_father_of_the_same_name_is_not_him():
    clement = person("Clement", "D'Mello", 1979, "(281) 555-0160", "Stafford", "TX", "77477",
                     relatives=["Clement D'Mello", "Flavia D'Mello"])
    got = score(clement, card("Clement De Mello", "Age 76", ["Stafford, TX"], phones=["281-555-0160"]), today=TODAY)
    assert got.decision != "match", got


def test_another_surname_after_de_stays_another():
    clement = person("Clement", "D'Costa", 1979, "(281) 555-0160", "Stafford", "TX", "77477")
    got = score(clement, card("Clement De Souza", "Age 47", ["Stafford, TX"], phones=["281-555-0160"]), today=TODAY)
    assert got.decision == "no_match", got


def test_an_elision_before_a_vowel_is_not_read_without_its_particle():
    # D'Angelo is not Angelo: Italian and French elide "di" / "de" before a vowel, and records keep it
    marco = person("Marco", "D'Angelo", 1979, "(617) 555-0121", "Revere", "MA", "02151")
    got = score(marco, card("Marco Angelo", "Age 47", ["Phoenix, AZ"]), today=TODAY)
    assert got.decision == "no_match", got


# 4. Syriac script
@pytest.mark.parametrize("shown", ["ܣܪܓܘܢ ܐܘܕܝܫܘ", "ܐܘܕܝܫܘ ܣܪܓܘܢ"])
def test_an_assyrian_name_in_syriac_script_is_his(shown):
    ashur = person("Sargon", "Odisho", 1978, "(209) 555-0144", "Turlock", "CA", "95380")
    got = score(ashur, card(shown, "Age 48", ["Turlock, CA 95380"], phones=["209-555-0144"]), today=TODAY)
    assert got.decision == "match", got


def test_another_name_in_syriac_script_stays_another():
    ashur = person("Sargon", "Odisho", 1978, "(209) 555-0144", "Turlock", "CA", "95380")
    got = score(ashur, card("ܢܡܪܘܕ ܐܘܕܝܫܘ", "Age 48", ["Turlock, CA 95380"]), today=TODAY)  # Nimrod Odisho
    assert got.decision == "no_match", got


# 5. relatives by a given name alone
def test_relatives_shown_by_given_name_alone_are_his_family():
    dev = person("Devendra", "Ramkissoon", 1968, "(718) 555-0131", "Queens", "NY", "11419",
                 relatives=["Indira Ramkissoon", "Vishnu Ramkissoon"])
    got = score(dev, card("D Ramkissoon", "Age 58", ["Queens, NY"], relatives=["Indira", "Vishnu"]), today=TODAY)
    assert "relative agrees" in got.evidence, got
    assert got.decision == "match", got


def test_a_given_name_alone_that_is_none_of_their_relatives_is_not_theirs():
    dev = person("Devendra", "Ramkissoon", 1968, "(718) 555-0131", "Queens", "NY", "11419",
                 relatives=["Indira Ramkissoon", "Vishnu Ramkissoon"])
    got = score(dev, card("D Ramkissoon", "Age 58", ["Queens, NY"], relatives=["Kamla", "Ravi"]), today=TODAY)
    assert "relative agrees" not in got.evidence, got
    assert got.decision != "match", got


def test_a_given_name_alone_of_a_relative_under_another_surname_is_not_read_so():
    # his sister married out: "Indira" on a card is some Indira, not Indira Persad
    dev = person("Devendra", "Ramkissoon", 1968, "(718) 555-0131", "Queens", "NY", "11419",
                 relatives=["Indira Persad"])
    got = score(dev, card("D Ramkissoon", "Age 58", ["Queens, NY"], relatives=["Indira"]), today=TODAY)
    assert "relative agrees" not in got.evidence, got


def test_a_namesake_elsewhere_with_a_common_given_name_among_his_relatives_is_not_submitted():
    jose = person("Jose", "Garcia", 1980, "(213) 555-0190", "Los Angeles", "CA", "90011",
                  relatives=["Maria Garcia"])
    got = score(jose, card("Jose Garcia", "Age 46", ["San Antonio, TX"], relatives=["Maria"]), today=TODAY)
    assert got.decision != "match", got


# 6. New York's neighbourhoods
@pytest.mark.parametrize("place", ["Ozone Park, NY", "South Ozone Park, NY", "Richmond Hill, NY", "Woodhaven, NY",
                                   "Canarsie, NY", "Parkchester, NY", "Bedford-Stuyvesant, NY", "St Albans, NY"])
def test_a_new_york_neighbourhood_is_the_city_area(place):
    nadira = person("Nadira", "Baksh", 1975, "(718) 555-0115", "Queens", "NY", "11420")
    got = score(nadira, card("Nadira Baksh", "Age 51", [place]), today=TODAY)
    assert "a town they never lived in" not in got.evidence, (place, got)
    assert any(e in got.evidence for e in ("metro", "community metro")), (place, got)


@pytest.mark.parametrize("place", ["Brownsville, TX", "Williamsburg, VA", "Glendale", "Riverdale, MD"])
def test_a_town_of_a_neighbourhood_name_elsewhere_or_without_a_state_is_not_new_york(place):
    nadira = person("Nadira", "Baksh", 1975, "(718) 555-0115", "Queens", "NY", "11420")
    got = score(nadira, card("Nadira Baksh", "Age 51", [place]), today=TODAY)
    assert not any(e in got.evidence for e in ("metro", "community metro")), (place, got)


def test_a_town_of_the_same_name_in_another_state_is_not_new_york():
    nadira = person("Nadira", "Baksh", 1975, "(718) 555-0115", "Queens", "NY", "11420")
    got = score(nadira, card("Nadira Baksh", "Age 51", ["Richmond Hill, GA"]), today=TODAY)
    assert not any(e in got.evidence for e in ("metro", "community metro")), got
    assert got.decision != "match", got


# 7. military mail addresses
@pytest.mark.parametrize("place", ["APO AE 09096", "FPO AP 96601", "DPO AA 34002", "Unit 3050 Box 12, APO AE 09096"])
def test_a_military_address_is_no_place_against_him(place):
    marcus = person("Marcus", "Delgado", 1994, "(254) 555-0163", "Killeen", "TX", "76541")
    got = score(marcus, card("Marcus Delgado", "Age 32", [place], phones=["254-555-0163"]), today=TODAY)
    assert "no place in common" not in got.evidence, (place, got)
    assert got.decision == "match", (place, got)


def test_a_namesake_at_a_military_address_without_his_phone_is_not_submitted():
    marcus = person("Marcus", "Delgado", 1994, "(254) 555-0163", "Killeen", "TX", "76541")
    got = score(marcus, card("Marcus Delgado", "Age 32", ["APO AE 09096"], phones=["910-555-0142"]), today=TODAY)
    assert got.decision != "match", got


# 8. Kyrgyz and Kazakh patronymic surnames in their Russian form
@pytest.mark.parametrize("first, last, shown", [("Nazira", "Bakyt kyzy", "Nazira Bakytova"),
                                                ("Emil", "Bakyt uulu", "Emil Bakytov"),
                                                ("Dana", "Serik qyzy", "Dana Serikova"),
                                                ("Nazira", "Bakyt kyzy", "BAKYTOVA, NAZIRA")])
def test_a_patronymic_surname_in_its_russian_form_is_theirs(first, last, shown):
    who = person(first, last, 1995, "(215) 555-0128", "Philadelphia", "PA", "19116")
    got = score(who, card(shown, "Age 31", ["Philadelphia, PA 19116"], phones=["215-555-0128"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_the_brother_of_the_same_patronymic_is_not_her():
    nazira = person("Nazira", "Bakyt kyzy", 1995, "(215) 555-0128", "Philadelphia", "PA", "19116",
                    relatives=["Emil Bakytov"])
    got = score(nazira, card("Emil Bakytov", "Age 28", ["Philadelphia, PA 19116"], phones=["215-555-0128"]), today=TODAY)
    assert got.decision == "no_match", got


def test_another_fathers_patronymic_stays_another():
    nazira = person("Nazira", "Bakyt kyzy", 1995, "(215) 555-0128", "Philadelphia", "PA", "19116")
    got = score(nazira, card("Nazira Asanova", "Age 31", ["Philadelphia, PA"]), today=TODAY)
    assert got.decision == "no_match", got


# 9. Bulgarian tz and ch
@pytest.mark.parametrize("shown", ["Tzvetelina Hristova", "Tsvetelina Christova", "Tzvetelina Christova"])
def test_bulgarian_tz_and_ch_spellings_are_hers(shown):
    tsveti = person("Tsvetelina", "Hristova", 1982, "(847) 555-0117", "Des Plaines", "IL", "60016")
    got = score(tsveti, card(shown, "Age 44", ["Des Plaines, IL"], phones=["847-555-0117"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_her_father_hristo_is_not_her():
    tsveti = person("Tsvetelina", "Hristova", 1982, "(847) 555-0117", "Des Plaines", "IL", "60016",
                    relatives=["Christo Hristov"])
    got = score(tsveti, card("Christo Hristov", "Age 70", ["Des Plaines, IL"], phones=["847-555-0117"]), today=TODAY)
    assert got.decision == "no_match", got


# 10. Arabic long i as ee
@pytest.mark.parametrize("first, shown", [("Rim", "Reem"), ("Dina", "Deena"), ("Karim", "Kareem"), ("Nabil", "Nabeel")])
def test_a_short_arabic_name_with_ee_for_i_is_theirs(first, shown):
    who = person(first, "Suleiman", 1990, "(708) 555-0172", "Bridgeview", "IL", "60455")
    got = score(who, card(f"{shown} Suleiman", "Age 36", ["Bridgeview, IL"], phones=["708-555-0172"]), today=TODAY)
    assert got.decision == "match", (shown, got)


def test_a_sister_of_another_short_name_on_the_family_phone_is_not_her():
    # Rima is not Rim: her sister, on the family's phone, is listed among her relatives
    rim = person("Rim", "Suleiman", 1990, "(708) 555-0172", "Bridgeview", "IL", "60455", relatives=["Reema Suleiman"])
    got = score(rim, card("Reema Suleiman", "Age 33", ["Bridgeview, IL"], phones=["708-555-0172"]), today=TODAY)
    assert got.decision == "no_match", got


# 11. a one-part name without its honorific, beside FNU
@pytest.mark.parametrize("shown", ["Fnu Ler Moo", "Ler Moo Fnu", "Ler Moo", "LER MOO, FNU"])
def test_a_karen_name_without_its_honorific_is_his(shown):
    ler = parse_person({"first_name": "Saw Ler Moo", "last_name": "", "birth_year": 1988, "phones": ["402-555-0139"],
                        "addresses": [{"city": "Omaha", "state": "NE", "zip": "68107"}], "relatives": ["Naw Paw Htoo"]})
    got = score(ler, card(shown, "Age 38", ["Omaha, NE"], relatives=["Naw Paw Htoo"]), today=TODAY)
    assert got.decision == "match", (shown, got)


@pytest.mark.parametrize("shown", ["Fnu Ler Htoo", "Saw Moo", "Moo Ler"])
def test_another_karen_name_or_a_part_of_his_stays_unread(shown):
    # his brother Saw Ler Htoo; "Saw Moo" is any Karen man whose name ends in Moo; the words the other way round
    ler = parse_person({"first_name": "Saw Ler Moo", "last_name": "", "birth_year": 1988, "phones": ["402-555-0139"],
                        "addresses": [{"city": "Omaha", "state": "NE", "zip": "68107"}],
                        "relatives": ["Naw Paw Htoo", "Saw Ler Htoo"]})
    got = score(ler, card(shown, "Age 36", ["Omaha, NE"], relatives=["Naw Paw Htoo"]), today=TODAY)
    assert got.decision == "no_match", (shown, got)
