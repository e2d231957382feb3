"""Fuzzing (hypothesis): the recipe loader, the template renderer and listing matching take any input
and answer only with their documented outcome or error type — never a crash, never a hang."""

from __future__ import annotations

import datetime as dt
import re
import time

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optout.errors import RecipeError, TemplateError
from optout.matching import score
from optout.person import TEMPLATE_FIELDS, Address, Person
from optout.recipe.loader import parse_recipe
from optout.recipe.template import FILTERS, placeholders, render
from optout.steps.extract import Listing

from .test_recipe_format import GOOD

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BOUND = 2.0  # seconds any single call may take: a catastrophic regex or a YAML bomb would blow it

# ---- the recipe loader -------------------------------------------------------------------------

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
_yamlish = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=25,
)
_good = yaml.safe_load(GOOD)


def _bounded(fn, *args, **kw):  # type: ignore[no-untyped-def]
    start = time.monotonic()
    try:
        return fn(*args, **kw)
    finally:
        assert time.monotonic() - start < BOUND, "took too long: a hang in the making"


@FAST
@given(st.text(max_size=400))
def test_loader_on_any_text_gives_a_recipe_or_a_recipe_error(text):
    try:
        _bounded(parse_recipe, text, "fuzz.yaml")
    except RecipeError as e:
        assert str(e).startswith("fuzz.yaml: ")


@FAST
@given(st.data())
def test_loader_on_a_mutated_good_recipe(data):
    """Replace one field anywhere in a valid recipe by anything: a recipe or a RecipeError naming it."""
    doc = yaml.safe_load(GOOD)
    node, path = doc, []
    while isinstance(node, dict | list) and node and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(list(node) if isinstance(node, dict) else list(range(len(node)))))
        path.append(key)
        if not isinstance(node[key], dict | list):
            break
        node = node[key]
    value = data.draw(_yamlish)
    if path:
        parent = doc
        for k in path[:-1]:
            parent = parent[k]
        parent[path[-1]] = value
    text = yaml.safe_dump(doc, allow_unicode=True)
    try:
        _bounded(parse_recipe, text, "fuzz.yaml")
    except RecipeError as e:
        assert str(e).startswith("fuzz.yaml: ")


def test_loader_refuses_yaml_tags_and_survives_alias_bombs():
    """Recipes cannot run code (no python tags) and a billion-laughs document stays bounded."""
    try:
        _bounded(parse_recipe, "!!python/object/apply:os.system ['true']\n", "evil.yaml")
    except RecipeError as e:
        assert "not valid YAML" in str(e)
    else:
        raise AssertionError("a python tag was accepted")
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(6))
    try:
        _bounded(parse_recipe, bomb, "bomb.yaml")
    except RecipeError as e:
        assert "more than 50,000 YAML nodes" in str(e)
    else:
        raise AssertionError("an alias bomb was accepted")


# ---- the template renderer ---------------------------------------------------------------------

_names = st.one_of(st.sampled_from(sorted(TEMPLATE_FIELDS)), st.sampled_from(["listing.profile_url", "extracted.ref"]),
                   st.text(max_size=12))
_filters = st.lists(st.one_of(st.sampled_from(list(FILTERS)), st.text(max_size=10),
                              st.builds(lambda a: f"defaultIfEmpty:{a}", st.text(max_size=8))), max_size=3)
_placeholder = st.builds(lambda n, fs: "${" + "|".join([n, *fs]) + "}", _names, _filters)
_template = st.lists(st.one_of(st.text(max_size=15), _placeholder), max_size=6).map("".join)
_values = st.dictionaries(st.sampled_from(sorted(TEMPLATE_FIELDS) + ["listing.profile_url", "extracted.ref"]),
                          st.text(max_size=20), max_size=8)


@FAST
@given(_template, _values, st.booleans())
def test_render_gives_text_or_a_template_error(template, values, url):
    try:
        out = _bounded(render, template, values, url=url, where="fuzz")
    except TemplateError:
        return
    assert isinstance(out, str)


@FAST
@given(_template)
def test_placeholders_parse_or_raise_a_template_error(template):
    try:
        for ph in _bounded(lambda: list(placeholders(template))):
            assert ph.name
    except TemplateError:
        pass


@FAST
@given(st.text(max_size=40))
def test_person_values_in_urls_are_always_encoded(value):
    out = render("http://x.lab.test/s?q=${first_name}&z=1", {"first_name": value}, url=True)
    query = out.removeprefix("http://x.lab.test/s?q=").removesuffix("&z=1")
    assert not set(query) & set("&?#/ =")  # a value can never add a parameter or change the path


# ---- listing matching ----------------------------------------------------------------------------

_codes = st.sampled_from(["IL", "TX", "OR", "CA", "NY"])


def _profile_text(**kw):
    """Any text a profile accepts: every script, but no control, format (bidi), separator or
    surrogate, private-use or unassigned characters and no template-looking ``${`` (profiles refuse those: tests/test_badinput.py)."""
    chars = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))
    return st.text(alphabet=chars, **kw).filter(lambda s: "${" not in s)


_people = st.builds(
    Person,
    first_name=_profile_text(min_size=1, max_size=15).filter(str.strip),
    last_name=_profile_text(min_size=1, max_size=15).filter(str.strip),
    middle_name=st.one_of(st.none(), _profile_text(max_size=10)),
    aliases=st.lists(_profile_text(max_size=20), max_size=2),
    birth_year=st.one_of(st.none(), st.integers(1900, 2025)),
    addresses=st.lists(st.builds(Address, city=_profile_text(min_size=1, max_size=15).filter(str.strip),
                                 state=_codes), max_size=2),
    relatives=st.lists(_profile_text(max_size=15), max_size=2),
)
_listings = st.builds(
    Listing,
    name=st.text(max_size=40),
    age=st.one_of(st.none(), st.integers(-5, 300)),
    locations=st.lists(st.text(max_size=30), max_size=3),
    past_locations=st.lists(st.text(max_size=30), max_size=3),
    relatives=st.lists(st.text(max_size=20), max_size=3),
)


@FAST
@given(_people, _listings, st.floats(0, 1), st.floats(0, 1))
def test_matching_always_gives_a_bounded_confidence_and_a_decision(person, listing, a, b):
    ask_at, submit_at = sorted((a, b))
    m = _bounded(score, person, listing, submit_at=submit_at, ask_at=ask_at, today=dt.date(2025, 1, 1))
    assert 0.0 <= m.confidence <= 1.0
    if m.confidence > 0:  # (no name in common: no_match whatever the thresholds)
        assert m.decision == ("match" if m.confidence >= submit_at else "uncertain" if m.confidence >= ask_at
                              else "no_match")
    else:
        assert m.decision == "no_match"
    for value in (person.first_name, person.last_name):
        if len(value.strip()) >= 4:
            # reasons name evidence, never values (as a word: a surname "Diff" may sit inside "differs")
            assert not any(re.search(rf"(?<!\w){re.escape(value)}(?!\w)", r) for r in m.reasons)
