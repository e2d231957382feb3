"""The held-out matching sets written after the shared checks existed (data/matching/holdout3 to
holdout16), each written without reading the matcher: the benchmark offers each and loads every pair
through its own loader; each is large enough to measure with and weighted like issue 10 asks; every
pair has a known kind and a one-line reason; both truths appear in every kind and among the
undecidable pairs (twins); every person has listings of both truths; phones stay fictional; and none
of a set's people is a person of another set (a person shared with a set someone tuned on would leak
what was tuned into the measure).

These tests check the sets' shape only; they never run the matcher on them. Their figures come from
``scripts/bench matching --set NAME``; each set's README says whether it is still held out (reading
its failures ends its use as a measure). A new set is one row of ``SETS``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .matching_sets import (check_balance, check_kinds_and_twins, check_loads, check_pairs, check_phones,
                            other_sets, people_shared_with_other_sets)

DATA = Path(__file__).resolve().parent.parent / "data" / "matching"

#: name: (least pairs, share that is the person, least people, most people or None, sets written before it)
SETS = {
    "holdout3": (220, (0.4, 0.6), 30, None, 3),
    "holdout4": (300, (0.5, 0.6), 40, None, 4),
    "holdout5": (300, (0.5, 0.6), 40, 50, 5),
    "holdout6": (300, (0.5, 0.6), 40, 50, 6),
    "holdout7": (300, (0.5, 0.6), 40, 50, 7),
    "holdout8": (300, (0.5, 0.6), 40, 50, 8),
    "holdout9": (300, (0.5, 0.6), 40, 50, 9),
    "holdout10": (320, (0.5, 0.6), 40, 50, 10),
    "holdout11": (320, (0.5, 0.6), 40, 50, 11),
    "holdout12": (320, (0.5, 0.6), 40, 50, 12),
    "holdout13": (320, (0.5, 0.6), 40, 50, 13),
    "holdout14": (320, (0.5, 0.6), 40, 50, 14),
    "holdout15": (320, (0.5, 0.6), 40, 50, 15),
    "holdout16": (320, (0.5, 0.6), 40, 50, 16),
    "holdout17": (320, (0.5, 0.6), 40, 50, 17),
    "holdout18": (320, (0.5, 0.6), 40, 50, 18),
    "holdout19": (320, (0.5, 0.6), 40, 50, 19),
    "holdout20": (320, (0.5, 0.6), 40, 50, 20),
    "holdout21": (320, (0.5, 0.6), 40, 50, 21),
    "holdout22": (320, (0.5, 0.6), 40, 50, 22),
    "holdout23": (320, (0.5, 0.6), 40, 50, 23),
    "holdout24": (360, (0.5, 0.6), 40, 50, 24),
    "holdout25": (240, (0.5, 0.6), 100, 130, 25),
}

#: sets written as many people with few cards each (holdout25: 111 people, two to four cards a person, so
#: more names and communities for the same reading time): the least pairs a person has there (5 elsewhere);
#: every person still has cards of both truths
FEW_CARDS_A_PERSON = {"holdout25": 2}

each = pytest.mark.parametrize("name", sorted(SETS))


@each
def test_the_benchmark_offers_the_set_and_loads_every_pair(name):
    check_loads(DATA / name, name, min_pairs=SETS[name][0])


@each
def test_the_share_that_is_the_person_and_the_people_per_set(name):
    _, share, least, most, _ = SETS[name]
    check_balance(DATA / name, share=share, min_people=least, **({"max_people": most} if most else {}),
                  min_pairs_per_person=FEW_CARDS_A_PERSON.get(name, 5))


@each
def test_every_pair_has_known_fields_a_valid_kind_and_a_one_line_reason(name):
    check_pairs(DATA / name)


@each
def test_both_truths_in_every_kind_and_among_twins(name):
    check_kinds_and_twins(DATA / name)


@each
def test_phones_are_fictional(name):
    check_phones(DATA / name)


@each
def test_no_person_is_a_person_of_another_set(name):
    assert len(other_sets(DATA / name)) >= SETS[name][4]  # the main set and the sets written before it
    assert people_shared_with_other_sets(DATA / name) == []
