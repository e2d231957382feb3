"""A recipe's lab test runs its opt-out too, so a broken opt-out cannot pass ``optout recipe check``.

Before, a ``lab: true`` test ran the scan only: a misspelt label, a button that is not there, the
e-mailed link left out or the steps in the wrong order all passed. ``flow: optout`` with
``outcome: removed`` sends the request to the lab, opens the broker's e-mailed link from the lab's
Maildir, moves the lab's clock past ``confirm_after`` and scans again; the loader refuses, before
any test, a step that waits for the broker's answer before anything was sent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from optout.errors import RecipeError
from optout.recipe.loader import parse_recipe

ROOT = Path(__file__).resolve().parent.parent
ROSTER = (ROOT / "brokers" / "lab" / "roster.yaml").read_text()

SEND = ("    - action: fill\n      label: Your email address\n      value: ${email}\n"
        "    - action: click\n      role: button\n      name: Send verification email\n")
LINK = ("    - action: email_confirmation\n      subject_contains: Verify your PeopleRoster opt-out\n"
        "      link_pattern: /optout/verify\\?token=\n      timeout: 60s\n      expect: Your opt-out is verified\n")


def check(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    d = tmp_path / "recipes"
    d.mkdir(exist_ok=True)
    (d / "roster.yaml").write_text(text)
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_CACHE_DIR": str(tmp_path / "cache"),
           "OPTOUT_RECIPE_DIRS": json.dumps([str(d)])}
    env.pop("OPTOUT_LAB_URL", None)
    return subprocess.run([sys.executable, "-m", "optout", "recipe", "check", "roster", "--json"], env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_shipped_recipe_removes_the_test_person_in_the_lab(tmp_path):
    r = check(tmp_path, ROSTER)
    rows = json.loads(r.stdout)
    assert r.returncode == 0, rows
    assert any("later scan" in row["test"] and row["result"] == "ok" for row in rows), rows


@pytest.mark.parametrize(("broken", "says"), [
    # a label the form does not have: the fill step fails, naming it
    (ROSTER.replace("label: Your email address", "label: Your emial address"), "optout.steps[1] (fill)"),
    # a button that is not there
    (ROSTER.replace("name: Send verification email", "name: Send verificaton email"), "optout.steps[2] (click)"),
    # the broker's words misread
    (ROSTER.replace("contains: We sent you a link", "contains: Thank you, we sent a link"), "optout.steps[3] (expect)"),
    # the e-mailed link left out: the request goes, nothing is removed, and the later scan says so
    (ROSTER.replace(LINK, ""), "still finds the test person"),
    # the wrong step order: the form sent before the address is filled in
    (ROSTER.replace(SEND, SEND.split("    - action: click")[0].join(
        ["    - action: click" + SEND.split("    - action: click")[1], ""])), "optout.steps[1]"),
])
def test_a_broken_optout_fails_its_lab_test(tmp_path, broken, says):
    assert broken != ROSTER
    r = check(tmp_path, broken)
    rows = json.loads(r.stdout)
    assert r.returncode == 1, rows
    failed = [row for row in rows if row["result"] == "FAIL"]
    assert failed and says in failed[0]["detail"], failed


def test_a_step_waiting_for_the_brokers_mail_before_anything_was_sent_is_refused():
    first, _, rest = ROSTER.partition(SEND)
    text = first + LINK + SEND + rest.replace(LINK, "")  # the e-mailed link awaited before the form is sent
    with pytest.raises(RecipeError) as e:
        parse_recipe(text, "roster.yaml")
    assert "roster.yaml: optout.steps[1] (step 2, line" in str(e.value) and "before any click" in str(e.value)


def test_a_confirming_expect_between_the_fill_and_the_click_is_refused():
    text = ROSTER.replace(SEND, SEND.split("    - action: click")[0]
                          + "    - action: expect\n      contains: Your email address\n      confirms: true\n"
                          + "    - action: click" + SEND.split("    - action: click")[1])
    with pytest.raises(RecipeError) as e:
        parse_recipe(text, "roster.yaml")
    assert "optout.steps[2].confirms" in str(e.value) and "before any click" in str(e.value)


def test_removed_is_only_for_a_lab_test():
    text = ROSTER + ("  - name: a page cannot prove a removal\n    flow: optout\n    page: roster/x.html\n"
                     "    url: http://roster.lab.test/optout\n    expect: {outcome: removed}\n")
    with pytest.raises(RecipeError) as e:
        parse_recipe(text, "roster.yaml")
    assert "removed needs lab: true" in str(e.value)


MAILREG = (ROOT / "brokers" / "lab" / "mailregistry.yaml").read_text()


def test_a_letter_to_a_host_the_recipe_does_not_declare_is_refused():
    # one letter off in the domain: the person's identifiers would go to whoever holds that name
    text = MAILREG.replace("to: privacy@mailregistry.lab.test", "to: privacy@mailregistry.lab.tset")
    with pytest.raises(RecipeError) as e:
        parse_recipe(text, "mailregistry.yaml")
    assert "mailregistry.yaml: optout.email.to (line" in str(e.value) and "not one of domains" in str(e.value)
    parse_recipe(MAILREG.replace("to: privacy@mailregistry.lab.test", "to: privacy@mail.mailregistry.lab.test"),
                 "mailregistry.yaml")  # a subdomain of a declared one is the broker's


def test_an_email_recipes_lab_test_opens_the_page_that_gives_its_address(tmp_path):
    d = tmp_path / "recipes"
    d.mkdir()
    (d / "mailregistry.yaml").write_text(MAILREG.replace("mailregistry.lab.test/privacy", "mailregistry.lab.test/privcy"))
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_CACHE_DIR": str(tmp_path / "cache"),
           "OPTOUT_RECIPE_DIRS": json.dumps([str(d)])}
    env.pop("OPTOUT_LAB_URL", None)
    r = subprocess.run([sys.executable, "-m", "optout", "recipe", "check", "mailregistry", "--json"], env=env,
                       capture_output=True, text=True, timeout=300)
    rows = json.loads(r.stdout)
    assert r.returncode == 1
    (bad,) = [row for row in rows if row["result"] == "FAIL"]
    assert "named_on" in bad["detail"] and "HTTP 404" in bad["detail"], rows
