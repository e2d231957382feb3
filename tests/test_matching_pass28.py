"""Matching pass 28 (issue 10; BENCHMARKS.md "Matching pass 28"): the history kind's commonest miss on the
development sets, tested with invented people and cards of our own (no set's pair copied):

1. **A stale card of a town they left.** Brokers keep the age a record had when it was collected (a record is
   refreshed only by a new event at its address), so the person's own card of a past town shows the age they
   had there: 2 to 10 years
   younger than theirs. Read as "age differs" (m .01, a broker's slip) it sank their own card; it now counts
   neither way ("stale age") when every place the card shows is one of their past addresses and none their
   current one, and the age is younger (``optout.matching._stale_age``).

Near misses keep their decision: the same age gap on a card of their current town, of a town they never
lived in, or beside a place in another state; an age 2-10 years *older* (a record never ages ahead of them);
more than 10 years younger (a child of their name at the family's old address); a sibling whose given name is
spelled a letter apart (the family guard still reads the age).

One table, one test: each row is a person, a card and the decision it must get; ``fails_before`` marks the rows
that fail on the tree before the pass (lead ``b7cb2005``, checked on a copy of it made with ``git archive``), the
others are guards. ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)

# invented people (phones in the 555-01xx range kept for fiction); each gave a current and a past town
SALVADORAN = {"first_name": "Xiomara", "last_name": "Guardado Rivas", "birth_year": 1981,
              "phones": ["(301) 555-0151"], "relatives": ["Yanira Guardado"],
              "addresses": [{"city": "Silver Spring", "state": "MD"}, {"city": "Hyattsville", "state": "MD"}]}
SOMALI = {"first_name": "Hodan", "last_name": "Abdi Warfa", "birth_year": 1984, "phones": ["(612) 555-0152"],
          "relatives": ["Faadumo Abdi Warfa"],
          "addresses": [{"city": "Columbus", "state": "OH"}, {"city": "Minneapolis", "state": "MN"}]}
LAO = {"first_name": "Souksavanh", "last_name": "Phanthavongsa", "birth_year": 1976, "phones": ["(815) 555-0153"],
       "addresses": [{"city": "Rockford", "state": "IL"}, {"city": "Elgin", "state": "IL"}]}
ENGLISH = {"first_name": "Loretta", "last_name": "Hubbard", "birth_year": 1969, "phones": ["(865) 555-0154"],
           "relatives": ["Dewayne Hubbard"],
           "addresses": [{"city": "Knoxville", "state": "TN"}, {"city": "Chattanooga", "state": "TN"}]}
UKRAINIAN = {"first_name": "Oleksii", "last_name": "Bondarenko", "birth_year": 1979, "phones": ["(916) 555-0155"],
             "relatives": ["Iryna Bondarenko"],
             "addresses": [{"city": "Sacramento", "state": "CA"}, {"city": "Spokane", "state": "WA"}]}
HAITIAN = {"first_name": "Fritzgerald", "last_name": "Dorcely", "birth_year": 1980, "phones": ["(617) 555-0156"],
           "addresses": [{"city": "Brockton", "state": "MA"}, {"city": "Randolph", "state": "MA"}]}


def card(name: str, age: str, *towns: str, relatives=()) -> Listing:
    return Listing(name=name, age_text=age, locations=list(towns[:1]), past_locations=list(towns[1:]), aliases=[],
                   relatives=list(relatives), phones=[])


ROWS = [
    # (what, person, card, expected decision, fails before the pass)
    # 1. their own card of a town they left, with the age they had there
    ("her past town, 7 years younger, one of her surnames", SALVADORAN,
     card("Xiomara Guardado", "Age 37", "Hyattsville, MD"), "uncertain", True),
    ("her past city, 8 years younger, both surnames", SOMALI,
     card("Hodan Abdi Warfa", "Age 33", "Minneapolis, MN"), "match", True),
    ("his past city, 6 years younger, a relative not his", UKRAINIAN,
     card("Oleksii Bondarenko", "Age 40", "Spokane, WA", relatives=["Mykola Shevchuk"]), "match", True),
    ("his past town, 5 years younger, nothing more", LAO,
     card("Souksavanh Phanthavongsa", "Age 44", "Elgin, IL"), "match", True),
    ("his past city, 3 years younger, a relative not his", UKRAINIAN,
     card("Oleksii Bondarenko", "Age 44", "Spokane, WA", relatives=["Mykola Shevchuk"]), "match", True),
    ("her past town, 6 years younger, nothing more (English name)", ENGLISH,
     card("Loretta Hubbard", "Age 50", "Chattanooga, TN"), "uncertain", False),
    # near misses that keep their decision
    ("her current town, 7 years younger", SALVADORAN,
     card("Xiomara Guardado", "Age 37", "Silver Spring, MD"), "no_match", False),
    ("her past town and her current town, 7 years younger", SALVADORAN,
     card("Xiomara Guardado", "Age 37", "Hyattsville, MD", "Silver Spring, MD"), "no_match", False),
    ("a town she never lived in, 8 years younger", SOMALI,
     card("Hodan Abdi Warfa", "Age 33", "Saint Paul, MN"), "no_match", False),
    ("his past town and a place in another state, 5 years younger", LAO,
     card("Souksavanh Phanthavongsa", "Age 44", "Elgin, IL", "Fresno, CA"), "uncertain", False),
    ("her past town, 6 years OLDER", ENGLISH,
     card("Loretta Hubbard", "Age 63", "Chattanooga, TN"), "uncertain", False),
    # (pass 34: 14 years younger, no phone: no son of his can be so near his age, a cousin of the name can, and so
    # can his own old record; asked since, never submitted: tests/test_matching_pass34.py)
    ("his past city, 14 years younger: a relative of his name or his old record", UKRAINIAN,
     card("Oleksii Bondarenko", "Age 32", "Spokane, WA", relatives=["Iryna Bondarenko"]), "uncertain", False),
    # (pass 36: a brother's card or his own old record misspelt, which the page cannot tell: asked since, never
    # submitted: tests/test_matching_pass36.py)
    ("his past town, 7 years younger, a given name spelled a letter apart: a brother or his misspelt record",
     HAITIAN, card("Fritzgerard Dorcely", "Age 39", "Randolph, MA"), "uncertain", False),
]


@pytest.mark.parametrize("what, person, shown, expected, fails_before", ROWS, ids=[r[0] for r in ROWS])
def test_pass28_reads(what, person, shown, expected, fails_before):
    got = score(parse_person(person), shown, today=TODAY)
    assert got.decision == expected, (what, got)
