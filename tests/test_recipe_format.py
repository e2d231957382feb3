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
        (("      label: Email", "      lable: Email"), "optout.steps[1].lable (step 2, line 23): unknown field"),
        (("name: Demo", "name: Demo\ncolour: red"), "colour (line 4): unknown field"),
        (("    - action: fill", "    - action: fil"), "optout.steps[1]"),
        (("inputs: [first_name, last_name, email]", "inputs: [first_name, last_name]"), "optout.steps[1].value (step 2, line 24): names ${email}, which is not in inputs"),
        (("inputs: [first_name, last_name, email]", "inputs: [first_name, last_name, email, ssn]"), "unknown person field(s) ssn"),
        (("      url: http://demo.lab.test/optout", "      url: http://demo.lab.test/${listing.nope}"), "is not a field name"),
        (("domains: [demo.lab.test]", "domains: [http://demo.lab.test/]"), "is not a host name"),
        # pydantic's words a newcomer cannot act on ("Unable to extract tag using discriminator", a regex)
        (("    - action: fill\n", "    - \n"), "optout.steps[1] (step 2, line 23): a step needs action: (what it does); the actions are: navigate"),
        (("id: demo", "id: Demo"), "id (line 2): write it in lowercase letters, digits, - and _"),
        (("scan:\n  channel: http", "scan:\n\tchannel: http"),
         "not valid YAML at line 9, column 1: found character that cannot start any token (a tab: YAML indents with "
         "spaces only)"),
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


# What a newcomer's recipe gets wrong that the schema cannot see and its offline tests never reach
# (the e-mailed link and the letter are not part of a page replay): each is refused at load, with
# the file, the field and the line, in one line.
CONFIRM = GOOD.replace("      name: Send\n", "      name: Send\n"
                       "    - {action: email_confirmation, subject_contains: Confirm, link_pattern: /verify}\n")
LETTER = """
id: demo
name: Demo
url: https://www.demo.example/
domains: [demo.example]
inputs: [full_name, email, state]
verified: {status: unverified, how: the register}
optout:
  channel: email
  email:
    to: privacy@demo.example
    letter: auto
    identifiers: [full_name, email, state]
"""


@pytest.mark.parametrize(
    "text, change, expected",
    [
        # a mail's subject is matched as written: ${…} there never matches, and names the person in a filter
        (CONFIRM, ("subject_contains: Confirm", 'subject_contains: "Confirm ${first_name}"'),
         "optout.steps[3].subject_contains (step 4, line 28): ${first_name} is never filled in here"),
        (GOOD, ("      name: Send", "      name: Send\n    - {action: expect, contains: 'Thanks ${first_name}'}"),
         "optout.steps[3].contains (step 4, line 28): ${first_name} is never filled in here"),
        (GOOD, ("items: div.r", "items: 'div[data-name=\"${last_name}\"]'"),
         "scan.extract.items (line 14): ${last_name} is never filled in here"),
        # a host in the link pattern also fits a look-alike host
        (CONFIRM, ("link_pattern: /verify", 'link_pattern: "https://demo.lab.test.*/verify"'),
         "optout.steps[3].link_pattern (step 4, line 28): names a host"),
        (CONFIRM, ("link_pattern: /verify", 'link_pattern: "demo.lab.test/verify"'), "link_pattern (step 4, line 28): names a host"),
        # a mail awaited at an address the broker is never given
        (CONFIRM.replace("inputs: [first_name, last_name, email]", "inputs: [first_name, last_name]").replace(
            "value: ${email}", "value: clinic@example.org"), ("verified", "verified"),
         "optout.steps[3] (step 4, line 28): waits for a mail to the person's address, but email is not in inputs"),
        # a law the broker or the person is not under
        (LETTER, ("letter: auto", "letter: ccpa"),
         "optout.email.letter (line 12): ccpa invokes California's law, but this broker is not on California's register"),
        (LETTER + "legal: {registered: [CA]}\n", ("letter: auto", "letter: ccpa"),
         "optout.email.letter (line 12): ccpa would invoke California's law for people who do not live there"),
        (LETTER, ("letter: auto", "letter: gdpr"),
         "optout.email.letter (line 12): gdpr invokes the EU's law, but jurisdictions names no EU/EEA/UK country"),
    ],
)
def test_a_newcomers_unreachable_mistakes_are_refused_by_field_and_line(text, change, expected):
    assert change[0] in text
    with pytest.raises(RecipeError) as e:
        parse_recipe(text.replace(*change), "demo.yaml")
    assert str(e.value).startswith("demo.yaml: ")
    assert expected in str(e.value)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    "text, change",
    [
        (CONFIRM, ("x", "x")),                                                   # a path-only pattern
        (LETTER, ("x", "x")),                                                    # letter: auto
        (LETTER + "legal: {registered: [CA], residents: [CA]}\n", ("letter: auto", "letter: ccpa")),  # Californians only
        (LETTER + "jurisdictions: [DE]\n", ("letter: auto", "letter: gdpr")),
    ],
)
def test_what_those_checks_let_through(text, change):
    parse_recipe(text.replace(*change), "demo.yaml")
