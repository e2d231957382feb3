"""Matching pass 29 (issue 10; BENCHMARKS.md "Matching pass 29 (review39's wrong submissions)"), tested with
invented people and cards of our own (none of review39's copied):

1. **A given name cut at 8 letters or more that begins another given name too.** "Sebastia" is Sebastiana's
   cut and Sebastian's; read as her whole name it submitted a man's card. A cut now agrees as the whole name
   only when no other given name of the SSA baby-names table optout ships (``optout.matching.frequency``'s
   table by sex) begins with it; otherwise it is an initial-like agreement, and with nothing decisive a
   person decides.

Near misses keep their decision: a cut no other name begins (Oluwafunm for Oluwafunmilayo, Guadalup for
Guadalupe) and the whole name.

One table, one test: each row is a person, a card and the decision it must get; ``fails_before`` marks the rows
that fail on the tree before the pass (lead ``c4b8120f``, checked on a copy of it made with ``git archive``), the
others are guards. ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)


def person(given: str, surname: str, born: int, city: str, state: str, street: str | None = None) -> dict:
    return {"first_name": given, "last_name": surname, "birth_year": born,
            "addresses": [{"street": street, "city": city, "state": state}]}


PERUVIAN = person("Sebastiana", "Quispe", 1979, "Paterson", "NJ")
GUATEMALAN = person("Feliciana", "Tum", 1985, "Providence", "RI")
POLISH = person("Aleksandra", "Kowalczyk", 1982, "Chicago", "IL")
MEXICAN = person("Guillermina", "Ortega", 1974, "Phoenix", "AZ")
BRAZILIAN = person("Constancia", "Ferreira", 1970, "Framingham", "MA")
ARGENTINE = person("Florencia", "Lombardi", 1988, "Miami", "FL")
YORUBA = person("Oluwafunmilayo", "Adeyemi", 1983, "Houston", "TX")
TEJANA = person("Guadalupe", "Saenz", 1977, "San Antonio", "TX")


def card(name: str, age: str, *towns: str) -> Listing:
    return Listing(name=name, age_text=age, locations=list(towns[:1]), past_locations=list(towns[1:]), aliases=[],
                   relatives=[], phones=[])


ROWS = [
    # (what, person, card, expected decision, fails before the pass)
    # 1. a cut another given name begins too (often the other sex's): a person decides
    ("Sebastia: Sebastiana's cut and Sebastian's", PERUVIAN, card("Sebastia Quispe", "47", "Paterson, NJ"),
     "uncertain", True),
    ("Felician: Feliciana's cut and Feliciano's", GUATEMALAN, card("Felician Tum", "41", "Providence, RI"),
     "uncertain", True),
    ("Aleksand: Aleksandra's cut and Aleksander's", POLISH, card("Aleksand Kowalczyk", "44", "Chicago, IL"),
     "uncertain", True),
    ("Guillerm: Guillermina's cut and Guillermo's", MEXICAN, card("Guillerm Ortega", "52", "Phoenix, AZ"),
     "uncertain", True),
    ("Constanc: Constancia's cut and Constancio's", BRAZILIAN, card("Constanc Ferreira", "56", "Framingham, MA"),
     "uncertain", True),
    ("Florenci: Florencia's cut and Florencio's", ARGENTINE, card("Florenci Lombardi", "38", "Miami, FL"),
     "uncertain", True),
    # near misses: a cut no other given name begins, and the whole name, still match
    ("Oluwafunm: no other name begins so", YORUBA, card("Oluwafunm Adeyemi", "43", "Houston, TX"), "match", False),
    ("Guadalup: no other name begins so", TEJANA, card("Guadalup Saenz", "49", "San Antonio, TX"), "match", False),
    ("Sebastiana in full", PERUVIAN, card("Sebastiana Quispe", "47", "Paterson, NJ"), "match", False),
]


@pytest.mark.parametrize(("what", "who", "listing", "expected", "fails_before"), ROWS, ids=[r[0] for r in ROWS])
def test_pass29(what, who, listing, expected, fails_before):
    got = score(parse_person(who), listing, today=TODAY)
    assert got.decision == expected, f"{what}: {got.decision} {got.confidence:.3f} {got.evidence}"
