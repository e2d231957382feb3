"""holdout18's wrong submission (data/matching/holdout18, held out; the lead's first read, 2026-12-02) as a
class, with invented people and cards of our own (none a holdout18 pair). Each card below was submitted
before the fix; each near miss keeps its decision.

A card whose one place is a town the person never lived in, and whose family is someone else's: only the
name and an age agree, and what the card adds (a place, a family) is someone else's. The tenth pass sent
such a card to a person when it showed two or more such towns; with one town it was submitted on a name the Census tables count rare (a Kinyarwanda, Somali or Karen name the 2010
tables never saw), a namesake one town over at the person's age. It goes to a person now; it is never
dropped (a person decides), and the person's own town, phone, relative or date of birth still submits.
A phone not theirs with one such town is left as it was (holdout16's promises: a number changes with a
move far more often than a family does).

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
                   relatives=list(relatives))


def decision(p: dict, c: Listing) -> str:
    return score(parse_person(p), c, today=TODAY).decision


CLAUDINE = {"first_name": "Claudine", "last_name": "Nsengimana", "birth_year": 1986,
            "phones": ["817-555-0164"], "relatives": ["Jean Paul Nsengimana", "Aline Uwera"],
            "addresses": [{"city": "Fort Worth", "state": "TX", "zip": "76112"},
                          {"city": "Arlington", "state": "TX"}]}
ABDIRAHMAN = {"first_name": "Abdirahman", "last_name": "Warsame", "birth_year": 1979,
              "phones": ["612-555-0190"], "relatives": ["Hodan Farah"],
              "addresses": [{"city": "Minneapolis", "state": "MN", "zip": "55454"}]}
HTOO = {"first_name": "Eh", "last_name": "Htoo Moo", "birth_year": 1990, "relatives": ["Paw Say", "Ler Htoo"],
        "addresses": [{"city": "Utica", "state": "NY"}]}


EMMANUEL = {"first_name": "Emmanuel", "last_name": "Niyonzima", "birth_year": 1983,
            "relatives": ["Grace Uwase", "Eric Niyonzima"],
            "addresses": [{"city": "Fort Worth", "state": "TX"}, {"city": "Arlington", "state": "TX"}]}


@pytest.mark.parametrize("who, listing", [
    # each of these was submitted before the fix
    (CLAUDINE, card("Claudine Nsengimana", "40", ["Grand Prairie, TX"], relatives=["Didier Habineza"])),
    (EMMANUEL, card("Emmanuel Niyonzima", "43", ["Houston, TX"], relatives=["Diane Mukamana"])),
    (EMMANUEL, card("EMMANUEL NIYONZIMA", "Age 43", ["Grand Prairie, TX"], relatives=["Diane Mukamana"])),
    (HTOO, card("Eh Htoo Moo", "36", ["Syracuse, NY"], relatives=["Naw Blut"])),
    # these were asked before (their odds alone), and still are
    (CLAUDINE, card("Claudine Nsengimana", "Age 40", ["Houston, TX"], relatives=["Eric Mugisha", "Josiane Ingabire"])),
    (ABDIRAHMAN, card("Abdirahman Warsame", "47", ["Saint Cloud, MN"], relatives=["Sahra Jama", "Ali Dirie"])),
])
def test_one_town_never_theirs_and_someone_elses_family_goes_to_a_person(who, listing):
    assert decision(who, listing) == "uncertain"


@pytest.mark.parametrize("who, listing, expected", [
    # the person's own town, phone, relative: submitted as before
    (CLAUDINE, card("Claudine Nsengimana", "40", ["Fort Worth, TX"], relatives=["Didier Habineza"]), "match"),
    (CLAUDINE, card("Claudine Nsengimana", "40", ["Grand Prairie, TX"], phones=["817-555-0164"]), "match"),
    (CLAUDINE, card("Claudine Nsengimana", "40", ["Grand Prairie, TX"], relatives=["Aline Uwera"]), "match"),
    (ABDIRAHMAN, card("Abdirahman Warsame", "47", ["Minneapolis, MN"], relatives=["Sahra Jama"]), "match"),
    # one town never theirs, nothing of someone else's: the rare name's prior still decides, as before
    (CLAUDINE, card("Claudine Nsengimana", "40", ["Grand Prairie, TX"]), "match"),
    # another generation at a town never theirs with a stranger's family: still no match
    (CLAUDINE, card("Claudine Nsengimana", "67", ["Grand Prairie, TX"], relatives=["Didier Habineza"]), "no_match"),
])
def test_near_misses_keep_their_decision(who, listing, expected):
    assert decision(who, listing) == expected
