"""Matching pass 26 (issue 10; holdout19 retired, BENCHMARKS.md "Matching pass 26"): four risky rules of the
twenty-fifth pass a reviewer found, and holdout19's failures read as classes, each tested here with invented
people and cards of our own (no held-out pair copied):

1. An initial agrees less than the word it stands for: a one-part name (Chin, Karen) whose inner words a card
   shows only as initials, with nothing decisive, goes to a person.
2. A romanisation group stays within one language's readings: Korean Hwang is no Cantonese Wong.
3. A relative's initial is not a relative: "K Lakshmi" is not Lakshmi Kolli, for or against.
4. Their surname in another spelling that is a surname of its own (both in the Census table: Guirguis and
   Girgis), with nothing decisive, goes to a person.
5. Two surnames glued by a broker and the second cut ("Portillogu" for Portillo Guardado).
6. A whole name cut at a field length where the cut word is a rarer surname of its own ("... Villa").
7. A given name cut at eight letters or more that is no name of its own ("Guillermi").
8. A generational suffix typed in the given name ("Rogelio Jr.", as Filipino papers write a junior).
9. An English diminutive in its other spelling, -ie for -y (Katie for Katy, a nickname of Katherine).
10. An Ethiopian compound name's slash abbreviation with a short second element ("W/Yes" for Woldeyes).
11. A ZIP+4 written with its hyphen ("Houston TX 77081-5522"): its ZIP and state were lost.
12. A relative shown by the first words of the name they gave ("Dawit Berhe" for Dawit Berhe Ghebre), with their
    given name under a surname they never gave and their phone: asked, as the whole name is (pass 25).

One table, one test: each row is a person, a card and the decision it must get ("!x": anything but x);
``fails_before`` marks the rows that fail on the tree before the pass (lead ``3789cf1e``, checked on a copy of
it), the others are guards, near misses that keep their decision. ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 2)

# invented people (phones in the 555-01xx range kept for fiction)
CHIN = {"first_name": "Tial Cin Mang", "last_name": "", "birth_year": 1988, "phones": ["(616) 555-0121"],
        "addresses": [{"city": "Grand Rapids", "state": "MI"}], "relatives": ["Lian Cin Mang"]}
CANTONESE = {"first_name": "Ka Wai", "last_name": "Wong", "birth_year": 1975, "phones": ["(415) 555-0122"],
             "addresses": [{"city": "San Francisco", "state": "CA"}]}
KOREAN = {"first_name": "Eun Ji", "last_name": "Hwang", "birth_year": 1985, "addresses": [{"city": "Fort Lee", "state": "NJ"}]}
TELUGU = {"first_name": "Srinivas", "last_name": "Kolli", "birth_year": 1980, "phones": ["(469) 555-0123"],
          "addresses": [{"city": "Frisco", "state": "TX"}], "relatives": ["Lakshmi Kolli"]}
COPT = {"first_name": "Sameh", "last_name": "Girgis", "birth_year": 1972, "phones": ["(201) 555-0124"],
        "addresses": [{"city": "Jersey City", "state": "NJ"}]}
ARMENIAN = {"first_name": "Armen", "last_name": "Grigoryan", "birth_year": 1969, "addresses": [{"city": "Glendale", "state": "CA"}]}
SALVADORAN = {"first_name": "Marvin", "last_name": "Portillo Guardado", "birth_year": 1987,
              "phones": ["(301) 555-0125"], "addresses": [{"city": "Hyattsville", "state": "MD"}]}
FILIPINA = {"first_name": "Rosalinda", "middle_name": "Macapagal", "last_name": "Villanueva", "birth_year": 1971,
            "phones": ["(707) 555-0128"], "addresses": [{"city": "Vallejo", "state": "CA"}]}
MEXICANA = {"first_name": "Luisa Fernanda", "last_name": "Riverola", "birth_year": 1990,
            "addresses": [{"city": "Pasadena", "state": "CA"}]}
KICHE = {"first_name": "Guillermina", "last_name": "Tzul", "birth_year": 1983, "phones": ["(401) 555-0126"],
         "addresses": [{"city": "Central Falls", "state": "RI"}]}
JUNIOR = {"first_name": "Rogelio Jr.", "middle_name": "Santos", "last_name": "Dizon", "birth_year": 1980,
          "phones": ["(201) 555-0130"], "addresses": [{"city": "Bergenfield", "state": "NJ"}], "relatives": ["Rogelio Dizon"]}
KATHERINE = {"first_name": "Katherine", "last_name": "Brennan", "birth_year": 1990,
             "addresses": [{"city": "Towson", "state": "MD"}], "relatives": ["Patricia Brennan"]}
ROBERT = {"first_name": "Robert", "last_name": "Kline", "birth_year": 1960, "addresses": [{"city": "Towson", "state": "MD"}]}
AMHARA = {"first_name": "Selam", "middle_name": "Bekele", "last_name": "Gebreyes", "birth_year": 1975,
          "phones": ["(703) 555-0131"], "addresses": [{"city": "Alexandria", "state": "VA"}]}
TENANT = {"first_name": "Yesenia", "last_name": "Amaya Funes", "birth_year": 1994,
          "addresses": [{"street": "7400 Bellerive Dr Apt 1108", "city": "Houston", "state": "TX", "zip": "77036"}]}
TIGRINYA = {"first_name": "Saba", "middle_name": "Mehari", "last_name": "Tesfay", "birth_year": 1989,
            "phones": ["(206) 555-0129"], "addresses": [{"city": "Seattle", "state": "WA"}],
            "relatives": ["Dawit Berhe Ghebre"]}
GREEK = {"first_name": "Christiana", "last_name": "Pappas", "birth_year": 1983, "phones": ["(617) 555-0127"],
         "addresses": [{"city": "Somerville", "state": "MA"}]}


def card(name: str, age: str, town: str, *, phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age, locations=[town], aliases=[], relatives=list(relatives),
                   phones=list(phones))


ROWS = [
    # (what, person, card, expected decision ("!match": anything but a match), fails before the pass)
    # 1. an initial agrees less than the word: a one-part name's inner initials with nothing decisive are asked
    ("one name, inner word an initial, a town he never lived in", CHIN,
     card("Tial C Mang", "38", "Kentwood, MI"), "uncertain", True),
    ("one name, inner word an initial, his own town", CHIN,
     card("Tial C Mang", "38", "Grand Rapids, MI"), "uncertain", True),
    ("one name whole, his own town", CHIN, card("Tial Cin Mang", "38", "Grand Rapids, MI"), "match", False),
    ("one name, inner initial, his phone", CHIN,
     card("Tial C Mang", "38", "Grand Rapids, MI", phones=["616-555-0121"]), "match", False),
    ("one name, inner initial, his brother", CHIN,
     card("Tial C Mang", "38", "Grand Rapids, MI", relatives=["Lian Cin Mang"]), "match", False),
    # 2. a romanisation group within one language's readings
    ("Korean Hwang for a Cantonese Wong", CANTONESE, card("Ka Wai Hwang", "51", "San Francisco, CA"), "no_match", True),
    ("Cantonese Wong for a Korean Hwang", KOREAN, card("Eun Ji Wong", "41", "Fort Lee, NJ"), "no_match", True),
    ("Huang, the pinyin of a Cantonese Wong, his phone", CANTONESE,
     card("Ka Wai Huang", "51", "San Francisco, CA", phones=["415-555-0122"]), "match", False),
    ("Whang, a Korean spelling of Hwang", KOREAN, card("Eun Ji Whang", "41", "Fort Lee, NJ"), "!no_match", False),
    # 3. a relative's initial is not a relative
    ("his wife as 'K Lakshmi', a town he never lived in", TELUGU,
     card("Srinivas Kolli", "46", "Dallas, TX", relatives=["K Lakshmi"]), "uncertain", True),
    ("his wife as 'Lakshmi K', a town he never lived in", TELUGU,
     card("Srinivas Kolli", "46", "Dallas, TX", relatives=["Lakshmi K"]), "uncertain", True),
    ("his wife whole, a town he never lived in", TELUGU,
     card("Srinivas Kolli", "46", "Dallas, TX", relatives=["Lakshmi Kolli"]), "match", False),
    ("an initial relative does not count against him either", TELUGU,
     card("Srinivas Kolli", "46", "Frisco, TX", relatives=["K Lakshmi"]), "match", False),
    # 4. another spelling that is a surname of its own, with nothing decisive
    ("Guirguis for Girgis on a name, an age and a town", COPT,
     card("Sameh Guirguis", "54", "Jersey City, NJ"), "uncertain", True),
    ("Grigorian for Grigoryan on a name, an age and a town", ARMENIAN,
     card("Armen Grigorian", "57", "Glendale, CA"), "uncertain", True),
    ("Guirguis for Girgis with his phone", COPT,
     card("Sameh Guirguis", "54", "Jersey City, NJ", phones=["201-555-0124"]), "match", False),
    ("Girgis itself on a name, an age and a town", COPT, card("Sameh Girgis", "54", "Jersey City, NJ"), "match", False),
    # 5. two surnames glued and the second cut
    ("surnames glued, the second cut to two letters, his phone", SALVADORAN,
     card("Marvin Portillogu", "39", "Hyattsville, MD", phones=["301-555-0125"]), "match", True),
    ("surnames glued, the second cut to four letters, his phone", SALVADORAN,
     card("Marvin Portilloguar", "39", "Hyattsville, MD", phones=["301-555-0125"]), "match", True),
    ("glued letters that begin no surname of his", SALVADORAN,
     card("Marvin Portillore", "39", "Hyattsville, MD", phones=["301-555-0125"]), "no_match", False),
    # 6. a whole name cut at a field length, the cut word a rarer surname of its own
    ("whole name cut at 25, the cut word a rarer surname, her age and town", FILIPINA,
     card("ROSALINDA MACAPAGAL VILLA", "55", "Vallejo, CA"), "uncertain", True),
    ("whole name cut at 25, the cut word a rarer surname, her phone", FILIPINA,
     card("ROSALINDA MACAPAGAL VILLA", "55", "Vallejo, CA", phones=["707-555-0128"]), "match", True),
    ("the cut word a commoner surname than hers: that family's", MEXICANA,
     card("Luisa Fernanda Rivera", "36", "Pasadena, CA"), "!match", False),
    # 7. a given name cut at eight letters or more, no name of its own
    ("given name cut at nine letters, her phone", KICHE,
     card("Guillermi Tzul", "43", "Central Falls, RI", phones=["401-555-0126"]), "match", True),
    ("a cut that is a name of its own is that name", GREEK,
     card("Christian Pappas", "43", "Somerville, MA"), "!match", False),
    # 8. a generational suffix typed in the given name
    ("Jr in his given name, his phone, no age", JUNIOR,
     card("Rogelio Jr Dizon", "", "Bergenfield, NJ", phones=["201-555-0130"]), "match", True),
    ("his father, Sr, at his town", JUNIOR, card("Rogelio Dizon Sr", "70", "Bergenfield, NJ"), "no_match", False),
    # 9. an English diminutive in its other spelling
    ("Katie for Katherine, her town and mother", KATHERINE,
     card("Katie Brennan", "36", "Towson, MD", relatives=["Patricia Brennan"]), "match", True),
    ("Bobbie (either sex in the SSA table) for Robert: never submitted on an age and a town", ROBERT,
     card("Bobbie Kline", "66", "Towson, MD"), "!match", False),
    # 10. the slash abbreviation of an Ethiopian compound name, a short second element
    ("G/Yes for Gebreyes, her phone", AMHARA,
     card("Selam G/Yes", "51", "Alexandria, VA", phones=["703-555-0131"]), "match", True),
    ("W/Yes is another grandfather's name", AMHARA,
     card("Selam W/Yes", "51", "Alexandria, VA", phones=["703-555-0131"]), "no_match", False),
    # 11. a ZIP+4 with its hyphen
    ("her street, unit as '#', ZIP+4, no age", TENANT,
     card("Yesenia Amaya", "", "7400 Bellerive Dr #1108, Houston TX 77036-4410"), "match", True),
    ("another house number on her street, ZIP+4", TENANT,
     card("Yesenia Amaya", "", "7520 Bellerive Dr #1108, Houston TX 77036-4410"), "!match", False),
    # 12. a relative shown by the first words of the name they gave
    ("her given name, her husband's father's name, her phone and husband in short", TIGRINYA,
     card("Saba Berhe", "37", "Seattle, WA", phones=["206-555-0129"], relatives=["Dawit Berhe"]), "uncertain", True),
    ("the same with a relative whose words are not in that order", TIGRINYA,
     card("Saba Berhe", "37", "Seattle, WA", phones=["206-555-0129"], relatives=["Dawit Ghebre"]), "no_match", False),
    ("the same with a relative's given name alone", TIGRINYA,
     card("Saba Berhe", "37", "Seattle, WA", phones=["206-555-0129"], relatives=["Dawit"]), "no_match", False),
]


@pytest.mark.parametrize("what, person, shown, expected, fails_before", ROWS, ids=[r[0] for r in ROWS])
def test_pass26_reads(what, person, shown, expected, fails_before):
    got = score(parse_person(person), shown, today=TODAY)
    if expected.startswith("!"):
        assert got.decision != expected[1:], (what, got)
    else:
        assert got.decision == expected, (what, got)
