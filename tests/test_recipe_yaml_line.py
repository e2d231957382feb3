"""Faults pass x46 #6 (trial46, a recipe contributor): "not valid YAML at line 38, column 3: did not
find expected key" for a key indented wrongly on line 37. The parser notices that slip at the next
token: the line is said as "at or just before", with the block it broke."""

from __future__ import annotations

import pytest

from optout.recipe.loader import RecipeError, parse_recipe

SLIPPED = """id: x
search:
  url: [https://example.org,
   https://example.com]
   results: div.card
  fields: name
"""


def test_a_slip_noticed_a_line_late_is_said_at_or_just_before_its_line():
    with pytest.raises(RecipeError) as e:
        parse_recipe(SLIPPED, "r.yaml")
    said = str(e.value)
    assert "not valid YAML at or just before line 5: did not find expected key" in said, said
    assert "in the block that begins on line 3" in said, said


def test_a_quote_left_open_still_names_the_line_where_it_opens():
    with pytest.raises(RecipeError) as e:
        parse_recipe("id: x\nname: 'Demo\nurl: https://example.org\nfields:\n  a: b\n", "r.yaml")
    assert "not valid YAML at line 2" in str(e.value), str(e.value)
