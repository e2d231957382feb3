"""A recipe whose opt-out is a letter has its own offline test: ``flow: letter`` writes the letter
for the test person (living where the test says), sends it nowhere, and checks the law it invokes
and what it gives. A page replay reaches neither, so an e-mail recipe was "(schema)" at best."""

import pytest

from optout.errors import RecipeError
from optout.recipe.check import run_letter_test
from optout.recipe.loader import parse_recipe

LETTER = """
id: demo
name: Demo People Search
url: https://www.demo.example/
domains: [demo.example]
inputs: [full_name, email, city, state]
verified: {status: unverified, how: the register}
legal: {registered: [CA]}
optout:
  channel: email
  email:
    to: privacy@demo.example
    identifiers: [full_name, email, city, state]
tests:
  - {name: a Californian, flow: letter, lives_in: CA, expect: {law: ccpa}}
  - {name: a Texan, flow: letter, lives_in: TX, expect: {law: us_state}}
"""


def test_each_residence_gets_its_own_law():
    r = parse_recipe(LETTER, "demo.yaml")
    assert [run_letter_test(r, t) for t in r.tests] == [[], []]


def test_a_residence_no_law_covers_gets_no_letter_and_says_so():
    """Illinois has no privacy law with a right to delete: a run writes to no e-mail-only broker for
    the test person there, so a test of "their" letter would pass on a letter never sent."""
    r = parse_recipe(LETTER.replace("lives_in: TX, expect: {law: us_state}", "expect: {law: courtesy}"), "demo.yaml")
    assert run_letter_test(r, r.tests[1]) == [
        "no letter: a person living in IL gets no case at this broker (no law there gives them a right to "
        "deletion); test a state that does (lives_in: CA)"]


def test_a_wrong_law_is_named():
    r = parse_recipe(LETTER.replace("lives_in: TX, expect: {law: us_state}", "lives_in: TX, expect: {law: ccpa}"),
                     "demo.yaml")
    assert run_letter_test(r, r.tests[1]) == ["the letter invokes us_state, not ccpa"]


def test_it_holds_the_letter_to_the_identifiers():
    """Fewer identifiers than inputs: the city the broker may receive is not in the letter."""
    r = parse_recipe(LETTER.replace("identifiers: [full_name, email, city, state]", "identifiers: [full_name, email]"),
                     "demo.yaml")
    assert run_letter_test(r, r.tests[0]) == []
    assert "Springfield" not in str(r.optout.email)


@pytest.mark.parametrize(
    "change, expected",
    [
        (("optout:\n  channel: email", "optout:\n  channel: manual\n  instructions: write to them"),
         "flow: letter is for an opt-out by email"),
        (("flow: letter, lives_in: CA, expect: {law: ccpa}", "flow: letter, lives_in: CA, expect: {listings: 1}"),
         "a letter test is flow: letter with expect.law"),
        (("flow: letter, lives_in: CA", "page: demo/x.html, flow: letter, lives_in: CA"), "it reads no page"),
        (("lives_in: CA", "lives_in: California"), "tests[0].lives_in (line 15): 'California' is not a US state's two-letter code"),
    ],
)
def test_a_malformed_letter_test_is_refused_by_field(change, expected):
    assert change[0] in LETTER
    with pytest.raises(RecipeError) as e:
        parse_recipe(LETTER.replace(*change), "demo.yaml")
    assert expected in str(e.value)


def test_a_hand_written_recipe_beside_the_generated_one_for_its_broker_fails_the_check(tmp_path, capsys):
    """Replacing brokers/registry/peoplesearcher.yaml with a recipe of one's own under another id, and
    forgetting to re-run the importer, left both: every Californian would get two letters to one
    broker, and `recipe check` said "ok"."""
    import json
    import shutil
    from pathlib import Path

    from optout.cli import main

    brokers = Path(__file__).resolve().parent.parent / "brokers"
    (tmp_path / "registry").mkdir()
    generated = (brokers / "registry" / "pipl.yaml").read_text()  # a generated recipe, as the importer writes it
    (tmp_path / "registry" / "pipl.yaml").write_text(generated)
    shutil.copy(brokers / "peoplesearcher.yaml", tmp_path / "peoplesearcher.yaml")
    # its letter to the broker's own mail domain: a recipe's e-mail goes only to a host it declares (trial31)
    mine = (LETTER.replace("id: demo", "id: mypipl").replace("domains: [demo.example]", "domains: [pipl.com]")
            .replace("privacy@demo.example", "privacy@pipl.com"))
    (tmp_path / "mypipl.yaml").write_text(mine)
    args = ["--data-dir", str(tmp_path / "d"), "recipe", "check", "--json"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPTOUT_RECIPE_DIRS", json.dumps([str(tmp_path)]))
        mp.setenv("OPTOUT_CACHE_DIR", str(tmp_path / "cache"))
        assert main([*args, "mypipl"]) == 1
        rows = json.loads(capsys.readouterr().out)
        (row,) = [r for r in rows if r["test"] == "(covered twice)"]
        assert row["recipe"] == "mypipl" and "registry/pipl.yaml declares pipl.com too" in row["detail"]
        assert "import_catalogue.py" in row["detail"]
        assert main([*args, "peoplesearcher"]) == 0  # a recipe that overlaps nothing is not named
        (tmp_path / "registry" / "pipl.yaml").unlink()  # what the importer, re-run, does
        assert main([*args, "mypipl"]) == 0


def test_a_recipe_for_a_site_another_recipe_already_covers_fails_the_check(tmp_path, capsys):
    """trial35: a volunteer wrote brokers/peoplesmart.yaml, a letter to privacy@peoplesmart.com.
    `optout recipe list` has no PeopleSmart row, because beenverified.yaml lists it as a mirror (one
    request there covers it), and `recipe check` said "ok": every person would get two requests.
    The same for a second recipe on a domain (or a subdomain of one) another recipe declares,
    unless both name one family (routes of one company written apart on purpose)."""
    import json
    import shutil
    from pathlib import Path

    from optout.cli import main

    brokers = Path(__file__).resolve().parent.parent / "brokers"
    shutil.copy(brokers / "beenverified.yaml", tmp_path / "beenverified.yaml")
    shutil.copy(brokers / "peoplesearcher.yaml", tmp_path / "peoplesearcher.yaml")

    def write(rid: str, domain: str, extra: str = "") -> None:
        text = (LETTER.replace("id: demo", f"id: {rid}").replace("domains: [demo.example]", f"domains: [{domain}]{extra}")
                .replace("privacy@demo.example", f"privacy@{domain}"))
        (tmp_path / f"{rid}.yaml").write_text(text)

    args = ["--data-dir", str(tmp_path / "d"), "recipe", "check", "--json"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPTOUT_RECIPE_DIRS", json.dumps([str(tmp_path)]))
        mp.setenv("OPTOUT_CACHE_DIR", str(tmp_path / "cache"))
        write("peoplesmart", "peoplesmart.com")
        assert main([*args, "peoplesmart"]) == 1
        (row,) = [r for r in json.loads(capsys.readouterr().out) if r["test"] == "(covered twice)"]
        assert row["recipe"] == "peoplesmart"
        assert "beenverified.yaml already covers peoplesmart.com (as a mirror)" in row["detail"]
        (tmp_path / "peoplesmart.yaml").unlink()
        write("bv2", "help.beenverified.com")  # a subdomain of another recipe's domain
        assert main([*args, "bv2"]) == 1
        (row,) = [r for r in json.loads(capsys.readouterr().out) if r["test"] == "(covered twice)"]
        assert "beenverified.yaml already covers help.beenverified.com (as its domain)" in row["detail"]
        write("bv2", "help.beenverified.com", "\nfamily: beenverified")  # another route of one company, said so
        assert main([*args, "bv2"]) == 0
        capsys.readouterr()
        assert main([*args, "peoplesearcher"]) == 0  # a recipe that overlaps nothing is not named
