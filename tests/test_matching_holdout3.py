"""The third held-out matching set (data/matching/holdout3/): it loads through the benchmark's own
loader, is large and balanced enough to measure with, every pair has a known kind and a one-line
reason, both truths appear in every kind and among the undecidable pairs (twins), and none of its
people is a person of another set (a person shared with a set someone tuned on would leak).

These tests check the set's shape only; they never run the matcher on it (its figures come from
``scripts/bench matching --set holdout3``, and reading its failures would end its use as a measure).
"""

from __future__ import annotations

from pathlib import Path

from .matching_sets import (check_balance, check_kinds_and_twins, check_loads, check_pairs, check_phones,
                            other_sets, people_shared_with_other_sets)

HERE = Path(__file__).resolve().parent.parent / "data" / "matching" / "holdout3"


def test_the_benchmark_offers_the_set_and_loads_every_pair():
    check_loads(HERE, "holdout3", min_pairs=220)


def test_about_half_the_pairs_are_the_person_and_every_person_has_several():
    check_balance(HERE, share=(0.4, 0.6), min_people=30)


def test_every_pair_has_known_fields_a_kind_and_a_one_line_reason():
    check_pairs(HERE)


def test_both_truths_in_every_kind_and_among_twins():
    check_kinds_and_twins(HERE)


def test_phones_are_fictional():
    check_phones(HERE)


def test_no_person_is_a_person_of_another_set():
    assert len(other_sets(HERE)) >= 3  # the main set and the earlier held-out sets
    assert people_shared_with_other_sets(HERE) == []
