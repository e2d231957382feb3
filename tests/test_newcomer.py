"""A newcomer adds a broker following docs/RECIPES.md alone.

PeopleLedger (ledger.lab.test) is the lab broker with no recipe in the project. The recipe below was
written from docs/RECIPES.md and the lab's description of the site (optout/lab/README.md), nothing
else. The test checks it with `optout recipe check`, then runs the batch a user would run (`optout
run` against the lab) until the test person's entry is gone — through the command line, in a
subprocess, as a newcomer would.
"""

import json
import os
import subprocess
import sys

import pytest

from optout.lab import LabThread
from optout.person import load_person

from .conftest import EXAMPLES

LEDGER_RECIPE = """\
# PeopleLedger, a broker of optout's lab: plain HTML; the opt-out takes the entry's link, an e-mail
# address and a ticked "this is me" box, and removes the entry 24 hours later.
id: ledger
name: PeopleLedger (lab)
url: http://ledger.lab.test/
domains: [ledger.lab.test]
inputs: [first_name, last_name, state, email]
verified:
  status: lab
  how: run end to end against the optout broker lab by tests/test_newcomer.py
cadence:
  confirm_after: 2d
  recheck_every: 30d

scan:
  channel: http
  steps:
    - action: navigate
      url: http://ledger.lab.test/lookup?fn=${first_name}&ln=${last_name}&st=${state}
  extract:
    items: ul#people li.entry
    no_results: p.nobody
    profile_id: /entry/(\\w+)
    fields:
      name: {selector: a.entry-name}
      age: {selector: span.entry-age}
      locations: {selector: span.entry-place}
      past_locations: {selector: span.entry-past, after: "Formerly:", split: ";"}
      relatives: {selector: span.entry-kin, after: "Kin:", split: ","}
      profile_url: {selector: a.entry-name, attribute: href}

optout:
  channel: http
  steps:
    - action: navigate
      url: http://ledger.lab.test/privacy/optout
    - action: fill
      label: Entry link
      value: ${listing.profile_url}
    - action: fill
      label: Email address
      value: ${email}
    - action: check
      label: I am this person or act for them
    - action: click
      role: button
      name: Request removal
    - action: expect
      contains: Request received
      confirms: true
    - action: extract_value
      selector: "#ticket"
      into: reference
      is_reference: true

tests:
  - name: the lab's test person is found and matched
    lab: true
    expect: {min_listings: 1, matches: 1}
"""


def cli(env, *args, check=True):
    r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True, timeout=300)
    if check and r.returncode != 0:
        raise AssertionError(f"optout {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}")
    return r


@pytest.fixture
def newcomer(tmp_path):
    brokers = tmp_path / "brokers"
    (brokers / "lab").mkdir(parents=True)
    (brokers / "lab" / "ledger.yaml").write_text(LEDGER_RECIPE)
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_RECIPE_DIRS": json.dumps([str(brokers)]),
           "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
    return brokers, env


def test_a_recipe_written_from_the_docs_checks_and_removes_the_person(newcomer, tmp_path):
    brokers, env = newcomer
    r = cli(env, "recipe", "check", "ledger", "--json")
    rows = json.loads(r.stdout)
    assert [(x["recipe"], x["result"]) for x in rows] == [("ledger", "ok")]

    alex = load_person(EXAMPLES / "alex.toml")
    with LabThread(seed=11, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("alex", alex)])
        env = {**env, "OPTOUT_LAB_URL": lab.url}
        cli(env, "init")
        (added,) = json.loads(cli(env, "person", "add", str(EXAMPLES / "alex.toml"), "--json").stdout)
        first = json.loads(cli(env, "run", "--broker", "ledger", "--json").stdout)
        (case,) = first["cases"]
        assert case["state"] == "confirmed" and case["person"] == added["person"]
        assert lab.submissions()["ledger"] == {lab.listing_ids("ledger", "alex")[0]: 1}
        assert lab.is_listed("ledger", "alex")  # only a later search proves the removal

        lab.advance(days=2.5)  # confirm_after (2d) and its jitter (up to 10 %); the entry went 24 h after the request
        second = json.loads(cli(env, "run", "--broker", "ledger", "--json").stdout)
        assert [c["state"] for c in second["cases"]] == ["removed"]
        assert not lab.is_listed("ledger", "alex")
        assert sum(lab.submissions()["ledger"].values()) == 1  # removed without asking twice


def test_a_wrong_recipe_fails_the_check_naming_the_test(newcomer):
    brokers, env = newcomer
    # a newcomer's typical slip: the listing selector of another broker
    (brokers / "lab" / "ledger.yaml").write_text(LEDGER_RECIPE.replace("items: ul#people li.entry", "items: div.result"))
    r = cli(env, "recipe", "check", "ledger", check=False)
    assert r.returncode == 1
    assert "ledger" in r.stdout and "FAIL" in r.stdout and "neither listings ('div.result') nor the no-results marker" in r.stdout
