"""Matching pass 36 (issue 10; BENCHMARKS.md "Matching pass 36"), tested with invented people and cards of our own
(no set's pair copied):

1. **Their given name misspelt on an old card of a town they left** (``_misspelt_old_card``): a card whose given
   name is theirs only as a spelling a letter or two apart (Yocasta for Yokasta, Heba for Hiba, Olexandr for
   Oleksandr), with the age of 2 to 10 years back and only places the person left, was dropped: the family guard
   ("given name spelled apart") reads it as a sibling's and counts none of its places, phone or relatives, and its
   age as "age differs". It is the person's own old record misspelt as often as a sibling's who stayed in the old
   town, which the page cannot tell: **a person decides** (never submitted). On the development sets four true
   cards had this shape (holdout13 #91, #97, #185; holdout20 #148), all asked now, and no stranger.

Near misses keep their decision (not asked, not submitted): the misspelt card in their current town (a sibling at
home), in a town they never lived in, older than they are (an older sibling), with the age of more than ten years
back (another generation), or with a relative or phone that is someone else's; and the card of their name spelt
right keeps pass 28's reading; a misspelt card is asked only when the card spelt right would be asked or submitted
(a common name's misspelt card in a town they left, Nguyen Thi Thuey, stays dropped as Nguyen Thi Thuy's is).

One table, one test: each row is a person, a card and the decision; ``fails_before`` marks the rows that fail on
the tree before the pass (``a8080519``, checked on a copy of it made with ``git archive``), the others are guards.
``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)

# invented people; each gave a current and a past town (phones in the 555-01xx range kept for fiction)
DOMINICAN = parse_person({"first_name": "Yokasta", "last_name": "Batista Mejía", "birth_year": 1984,
                          "phones": ["(401) 555-0181"],
                          "addresses": [{"city": "Providence", "state": "RI"}, {"city": "Lawrence", "state": "MA"}],
                          "relatives": ["Altagracia Mejía"]}, "test")
PALESTINIAN = parse_person({"first_name": "Hiba", "last_name": "Abu Hamdan", "birth_year": 1990,
                            "phones": ["(313) 555-0182"],
                            "addresses": [{"city": "Dearborn", "state": "MI"}, {"city": "Anaheim", "state": "CA"}],
                            "relatives": ["Nabil Abu Hamdan"]}, "test")
UKRAINIAN = parse_person({"first_name": "Oleksandr", "last_name": "Kovalenko", "birth_year": 1979,
                          "phones": ["(215) 555-0183"],
                          "addresses": [{"city": "Philadelphia", "state": "PA"},
                                        {"city": "Sacramento", "state": "CA"}],
                          "relatives": ["Halyna Kovalenko"]}, "test")
VIETNAMESE = parse_person({"first_name": "Thuy", "middle_name": "Thi", "last_name": "Nguyen", "birth_year": 1972,
                           "addresses": [{"city": "Houston", "state": "TX"}, {"city": "Garden Grove", "state": "CA"}],
                           "relatives": ["Van Minh Tran"]}, "test")


def card(name: str, age: str, *towns: str, phones=(), relatives=()) -> Listing:
    return Listing(name=name, age_text=age, locations=list(towns[:1]), past_locations=list(towns[1:]), aliases=[],
                   relatives=list(relatives), phones=list(phones))


ROWS = [
    # (what, person, card, decision, fails before the pass)
    # 1. their given name a letter apart, the age of 2-10 years back, only a town they left: a person decides
    ("Yocasta with a c, both surnames, six years back in Lawrence, her mother", DOMINICAN,
     card("Yocasta Batista Mejia", "Age 36", "Lawrence, MA", relatives=["Altagracia Mejia"]), "uncertain", True),
    ("Yocasta, one surname, eight years back in Lawrence, no relative", DOMINICAN,
     card("Yocasta Mejia", "34", "Lawrence, MA"), "uncertain", True),
    ("Heba for Hiba, her two-word surname, five years back in Anaheim, her father", PALESTINIAN,
     card("Heba Abu Hamdan", "Age 31", "Anaheim, CA", relatives=["Nabil Abu Hamdan"]), "uncertain", True),
    ("Olexandr for Oleksandr, seven years back in Sacramento", UKRAINIAN,
     card("Olexandr Kovalenko", "40", "Sacramento, CA"), "uncertain", True),
    # near misses: a sibling or a namesake as often, nothing of hers beyond the name
    ("Yocasta in her current town, six years younger: a sister at home", DOMINICAN,
     card("Yocasta Batista Mejia", "Age 36", "Providence, RI", relatives=["Altagracia Mejia"]), "no_match", False),
    ("Yocasta six years younger in a town she never lived in", DOMINICAN,
     card("Yocasta Batista Mejia", "Age 36", "Haverhill, MA"), "no_match", False),
    ("Yocasta six years OLDER in Lawrence: an older sister", DOMINICAN,
     card("Yocasta Batista Mejia", "Age 48", "Lawrence, MA", relatives=["Altagracia Mejia"]), "no_match", False),
    ("Yocasta fourteen years younger in Lawrence: another generation", DOMINICAN,
     card("Yocasta Batista Mejia", "Age 28", "Lawrence, MA"), "no_match", False),
    ("Heba in Anaheim five years back with a father not hers", PALESTINIAN,
     card("Heba Abu Hamdan", "Age 31", "Anaheim, CA", relatives=["Khalil Abu Hamdan"]), "no_match", False),
    ("Heba in Anaheim five years back with a phone not hers", PALESTINIAN,
     card("Heba Abu Hamdan", "Age 31", "Anaheim, CA", phones=["(714) 555-0190"]), "no_match", False),
    ("Olexandr seven years back, Sacramento beside a town in a state he never lived in", UKRAINIAN,
     card("Olexandr Kovalenko", "40", "Sacramento, CA", "Spokane, WA"), "no_match", False),
    # pass 28's reading of their name spelt right stands: asked on a past town alone, submitted with their family
    # pass 28's reading of their name spelt right stands (a rare name in a town they left is theirs; a common one
    # there is any namesake's), and a misspelt card is never read above the name spelt right
    ("Yokasta spelt right, six years back in Lawrence: submitted as before", DOMINICAN,
     card("Yokasta Mejia", "Age 36", "Lawrence, MA"), "match", False),
    ("Nguyen Thi Thuy family-first, six years back in Garden Grove: a common name, not asked as before", VIETNAMESE,
     card("Nguyen Thi Thuy", "Age 48", "Garden Grove, CA"), "no_match", False),
    ("Thuey for Thuy, six years back in Garden Grove: no more than the name spelt right", VIETNAMESE,
     card("Nguyen Thi Thuey", "Age 48", "Garden Grove, CA"), "no_match", False),
]


@pytest.mark.parametrize(("what", "person", "listing", "decision", "fails_before"), ROWS, ids=[r[0] for r in ROWS])
def test_pass36_table(what, person, listing, decision, fails_before):
    m = score(person, listing, today=TODAY)
    assert m.decision == decision, (m.confidence, m.reasons)


def test_a_misspelt_old_card_is_never_submitted_and_says_why_in_both_languages():
    from optout import reasons

    m = score(DOMINICAN, card("Yocasta Batista Mejia", "Age 36", "Lawrence, MA", relatives=["Altagracia Mejia"]),
              today=TODAY)
    assert "misspelt old card" in m.evidence
    en = reasons.evidence_text("misspelt old card", "en")
    es = reasons.evidence_text("misspelt old card", "es")
    assert en and es and en != es


# 2. A saint's surname ("San Martín", "Santa María", "Gómez San José") is one surname: searched whole and glued
# ("San Martin", "Sanmartin"), never "San" or the word after it alone, and matched so: a card of "Martin" alone
# is another family's (the Martín families), not one of two surnames of theirs.
def _person(first: str, last: str):
    return parse_person({"first_name": first, "last_name": last, "birth_year": 1980,
                         "addresses": [{"city": "Miami", "state": "FL"}]}, "test")


@pytest.mark.parametrize(("last", "searched", "never"), [
    ("San Martín", ["San Martin", "Sanmartin"], ["San", "Martin"]),
    ("Santa María Rojas", ["Santa Maria", "Rojas", "Santamaria"], ["Santa", "Maria"]),
    ("Gómez San José", ["Gomez", "San Jose", "Sanjose"], ["Jose", "Gomez San", "San"]),
    ("de Santo Domingo", ["Santodomingo", "Santo Domingo"], ["Domingo", "Santo"]),
])
def test_a_saints_surname_is_searched_whole_and_glued(last, searched, never):
    forms = [f[1] for f in _person("Lucía", last).search_names(None) if f[0] == "Lucia"]
    assert all(s in forms for s in searched), forms
    assert not any(s in forms for s in never), forms


def test_surname_units_keep_a_saint_with_the_word_after_it():
    from optout.person import surname_units

    assert surname_units(["Gómez", "San", "José"]) == ["Gómez", "San José"]
    assert surname_units(["Santos", "Oliveira"]) == ["Santos", "Oliveira"]  # Santos is a surname of its own
    assert surname_units(["San"]) == ["San"]


@pytest.mark.parametrize(("last", "shown", "decision"), [
    ("San Martín", "Lucia San Martin", "match"),
    ("San Martín", "Lucia Sanmartin", "match"),
    ("San Martín", "SAN MARTIN, LUCIA", "match"),
    ("San Martín", "Lucia Martin", "no_match"),      # a Martín family's card, not one of two surnames
    ("San Martín", "Lucia San", "no_match"),
    ("Gómez San José", "Jose Gomez San Jose", "match"),
    ("Gómez San José", "Jose Gomez Sanjose", "match"),
    ("Gómez San José", "Jose Gomez San", "no_match"),  # "San" is no surname of his
])
def test_a_saints_surname_is_matched_whole(last, shown, decision):
    first = "José" if last.startswith("Gómez") else "Lucía"
    m = score(_person(first, last), Listing(name=shown, age_text="46", locations=["Miami, FL"], past_locations=[],
                                            aliases=[], relatives=[], phones=[]), today=TODAY)
    assert m.decision == decision, (m.confidence, m.reasons)
