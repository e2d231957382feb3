"""The recipe format: strict schema, errors that name file/field/line, templates limited to inputs."""

from pathlib import Path

import pytest

from optout.errors import RecipeError, TemplateError
from optout.recipe.loader import load_catalogue, load_recipe, parse_recipe
from optout.recipe.template import render

BROKERS = Path(__file__).resolve().parent.parent / "brokers"

GOOD = """
id: demo
name: Demo
url: http://demo.lab.test/
domains: [demo.lab.test]
inputs: [first_name, last_name, email]
verified: {status: lab, how: the lab}
scan:
  channel: http
  steps:
    - action: navigate
      url: http://demo.lab.test/s?q=${first_name}+${last_name}
  extract:
    items: div.r
    fields:
      name: {selector: h3}
optout:
  channel: http
  steps:
    - action: navigate
      url: http://demo.lab.test/optout
    - action: fill
      label: Email
      value: ${email}
    - action: click
      role: button
      name: Send
"""


def test_every_shipped_recipe_loads():
    cat = load_catalogue([BROKERS])
    assert not cat.errors, cat.errors
    assert {"peoplefind", "searchly", "peoplecheck"} <= set(cat.recipes)


def test_good_recipe_parses_with_defaults():
    r = parse_recipe(GOOD, "demo.yaml")
    assert r.scan.channel == "http"
    assert r.cadence.confirm_after.days == 3
    assert r.optout.steps[1].locator.label == "Email"


@pytest.mark.parametrize(
    "change, expected",
    [
        (("      label: Email", "      lable: Email"), "optout.steps[1].lable (line 23): unknown field"),
        (("name: Demo", "name: Demo\ncolour: red"), "colour (line 4): unknown field"),
        (("    - action: fill", "    - action: fil"), "optout.steps[1]"),
        (("inputs: [first_name, last_name, email]", "inputs: [first_name, last_name]"), "optout.steps[1].value (line 24): names ${email}, which is not in inputs"),
        (("inputs: [first_name, last_name, email]", "inputs: [first_name, last_name, email, ssn]"), "unknown person field(s) ssn"),
        (("      url: http://demo.lab.test/optout", "      url: http://demo.lab.test/${listing.nope}"), "is not a field name"),
        (("domains: [demo.lab.test]", "domains: [http://demo.lab.test/]"), "is not a host name"),
    ],
)
def test_errors_name_field_and_line(change, expected):
    with pytest.raises(RecipeError) as e:
        parse_recipe(GOOD.replace(*change), "demo.yaml")
    assert str(e.value).startswith("demo.yaml: ")
    assert expected in str(e.value)


def test_bad_yaml_names_line(tmp_path):
    p = tmp_path / "demo.yaml"
    p.write_text(GOOD.replace("name: Demo", "name: [Demo"))
    with pytest.raises(RecipeError, match=r"demo.yaml: not valid YAML at line \d+"):
        load_recipe(p)


def test_file_name_must_match_id(tmp_path):
    p = tmp_path / "other.yaml"
    p.write_text(GOOD)
    with pytest.raises(RecipeError, match="must match the file name"):
        load_recipe(p)


def test_broken_recipe_does_not_hide_the_others(tmp_path):
    (tmp_path / "demo.yaml").write_text(GOOD)
    (tmp_path / "broken.yaml").write_text("id: broken\nname: [")
    cat = load_catalogue([tmp_path])
    assert set(cat.recipes) == {"demo"}
    assert "broken.yaml" in next(iter(cat.errors))


def test_template_filters_and_url_encoding():
    v = {"first_name": "Mary Ann", "state": "il", "city": "Des Moines"}
    assert render("${first_name|hyphenated|downcase}", v) == "mary-ann"
    assert render("${state|upcase|stateFull}", v) == "Illinois"
    assert render("q=${first_name}", v, url=True) == "q=Mary%20Ann"
    assert render("${city|hyphenated|downcase}", v) == "des-moines"
    assert render("${middle_name|defaultIfEmpty:~}", v) == "~"


def test_template_missing_field_is_named_not_valued():
    with pytest.raises(TemplateError) as e:
        render("${zip}", {"first_name": "Secretname"}, where="scan.steps[0]")
    assert "zip" in str(e.value) and "scan.steps[0]" in str(e.value)
    assert "Secretname" not in str(e.value)


def test_instructions_for_a_person_name_the_verb_that_does_what_they_say():
    """IDVault's told the person, once the ID was sent, to run `optout resume`: that is `retry`,
    which searches and asks for the ID again. `optout human` and the docs teach `optout done CASE`;
    the older `resume --done` is not taught either."""
    brokers = Path(__file__).resolve().parent.parent / "brokers"
    told = [str(p.relative_to(brokers)) for p in brokers.rglob("*.yaml") if "optout resume" in p.read_text(encoding="utf-8")]
    assert told == []
