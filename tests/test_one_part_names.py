"""One-part names, entered once (trial 23, 2026-12-01): an Afghan, Burmese or Karen client with one
name only was typed twice ("Zarghuna" as first and last name, as docs/PEOPLE.md said), and the
dashboard, the report, the letters and the tasks then showed "Zarghuna Zarghuna". The name is now
entered once, in first_name or last_name; the profile keeps it in both (as US records and the
brokers' forms do, and as the matcher and the searches read it) and says ``one_part_name``; every
text a person reads names it once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from optout.intake import read_csv
from optout.mail import compose, compose_follow_up, letter_values
from optout.matching import score
from optout.person import Person, load_person, parse_person
from optout.recipe.loader import load_catalogue
from optout.recipe.template import ONE_PART, render_prose
from optout.steps.extract import Listing

RECIPE = """\
id: maildemo
name: Mail Demo (lab)
url: http://mailonly.lab.test/
domains: [mailonly.lab.test]
jurisdictions: [US]
inputs: [first_name, last_name, email, city, state]
verified: {status: lab, how: written for the one-part name tests}
optout:
  channel: email
  email:
    to: privacy@mailonly.lab.test
    identifiers: [first_name, last_name, email, city, state]
"""


@pytest.mark.parametrize("entered", [{"first_name": "Zarghuna"}, {"last_name": "Zarghuna"},
                                     {"first_name": "Zarghuna", "last_name": "  "}])
def test_a_one_part_name_is_entered_once_in_either_field(entered):
    p = parse_person(entered | {"addresses": [{"city": "Sacramento", "state": "CA"}]})
    assert (p.first_name, p.last_name, p.one_part_name) == ("Zarghuna", "Zarghuna", True)
    assert p.full_name == "Zarghuna"
    # what the brokers' forms are given: the name in both fields, as US records print it (NAMES.md)
    assert p.search_names() == [("Zarghuna", "Zarghuna")]
    # kept as it was said: read back from the store, it is still one name
    again = parse_person(p.model_dump(mode="json"))
    assert again.one_part_name and again.full_name == "Zarghuna"


def test_two_names_alike_are_not_taken_for_one():
    """Li Li (given name Li, family name Li) is two names: only a name entered once is one-part."""
    p = parse_person({"first_name": "Li", "last_name": "Li"})
    assert not p.one_part_name and p.full_name == "Li Li"


def test_no_name_at_all_is_said_once_with_where_a_one_part_name_goes():
    with pytest.raises(Exception) as e:
        parse_person({"birth_year": 1990}, "the form")
    assert str(e.value).count("required") == 1 and "first_name or last_name, once" in str(e.value)
    with pytest.raises(Exception, match="first_name and last_name differ"):
        parse_person({"first_name": "Hser", "last_name": "Paw", "one_part_name": True})


def test_a_karen_name_of_two_words_is_searched_whole_and_split_never_as_a_surname():
    p = parse_person({"last_name": "Hser Paw"})
    assert p.full_name == "Hser Paw"
    # whole in both fields, or split over them as records do; never "Hser" beside "Hser" or "Hser-Paw"
    assert p.search_names() == [("Hser Paw", "Hser Paw"), ("Hser", "Paw")]


@pytest.mark.parametrize("listed", ["Zarghuna", "Zarghuna Zarghuna", "Fnu Zarghuna"])
def test_the_matcher_reads_a_one_part_name_entered_once_as_it_read_it_entered_twice(listed):
    once = parse_person({"first_name": "Zarghuna", "birth_year": 1988, "addresses": [{"city": "Sacramento", "state": "CA"}]})
    twice = parse_person({"first_name": "Zarghuna", "last_name": "Zarghuna", "birth_year": 1988,
                          "addresses": [{"city": "Sacramento", "state": "CA"}]})
    listing = Listing(name=listed, age=38, locations=["Sacramento, CA"])
    a, b = (score(p, listing, today=dt.date(2026, 12, 1)) for p in (once, twice))
    assert a.decision == b.decision == "match" and a.confidence == b.confidence


def test_a_csv_row_with_only_a_given_name_or_only_a_surname_is_imported(tmp_path):
    f = tmp_path / "clinica.csv"
    f.write_text("Expediente,Nombres,Apellidos,Ciudad,Estado\n"
                 "K-1,Zarghuna,,Sacramento,CA\n"
                 "K-2,,Hser Paw,Saint Paul,MN\n"
                 "K-3,,,Omaha,NE\n", encoding="utf-8")
    people, problems = read_csv(f)
    got = {p.label: (p.full_name, p.one_part_name) for _, p in people}
    assert got == {"K-1": ("Zarghuna", True), "K-2": ("Hser Paw", True)}
    # a row with no name at all: one problem, on the given-name column, saying where a one-part name goes
    assert [(p.row, p.column) for p in problems] == [(4, "first_name")]
    assert "first_name or last_name, once" in problems[0].problem
    en = tmp_path / "clinic.csv"
    en.write_text("label,first_name,last_name,city,state\nK-4,Thida,,Fort Wayne,IN\n", encoding="utf-8")
    assert [p.full_name for _, p in read_csv(en)[0]] == ["Thida"]


def test_a_profile_file_with_one_name_loads(tmp_path):
    f = tmp_path / "zarghuna.toml"
    f.write_text('first_name = "Zarghuna"\nbirth_year = 1988\n[[addresses]]\ncity = "Sacramento"\nstate = "CA"\n')
    assert load_person(f).full_name == "Zarghuna"


@pytest.fixture
def recipe(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "maildemo.yaml").write_text(RECIPE)
    return load_catalogue([tmp_path / "r"]).recipes["maildemo"]


def test_a_letter_names_a_one_part_name_once(recipe):
    p = parse_person({"first_name": "Zarghuna", "emails": ["z@example.org"],
                      "addresses": [{"city": "Sacramento", "state": "CA"}]})
    values = letter_values({k: v for k, v in p.template_values().items() if k in recipe.inputs}, p)
    sent = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    letter = compose(p, recipe, values, "OPT-ABCDEF", sent)
    assert "Zarghuna Zarghuna" not in letter.body
    assert "  Name (one name only; no surname): Zarghuna\n" in letter.body
    assert "First name:" not in letter.body and "Last name:" not in letter.body
    assert letter.body.rstrip().endswith("Sincerely,\nZarghuna")
    later = compose_follow_up(recipe, values, "OPT-ABCDEF", sent, letter.law, sent + dt.timedelta(days=50))
    assert later.body.rstrip().endswith("Sincerely,\nZarghuna")
    # a two-part name is named as before
    two = parse_person({"first_name": "Robin", "last_name": "Quill", "emails": ["r@example.org"],
                        "addresses": [{"city": "Sacramento", "state": "CA"}]})
    body = compose(two, recipe, letter_values({k: v for k, v in two.template_values().items()
                                               if k in recipe.inputs}, two), "OPT-ABCDEF", sent).body
    assert "  First name: Robin\n  Last name: Quill\n" in body and body.rstrip().endswith("Robin Quill")


def test_a_tasks_instructions_name_a_one_part_name_once():
    text = "Fill Acxiom's opt-out form for ${first_name} ${last_name}, ${city}, ${state}."
    es = "Llene el formulario de Acxiom para ${first_name} ${last_name}, ${city}, ${state}."
    one = {"first_name": "Zarghuna", "last_name": "Zarghuna", "city": "Sacramento", "state": "CA", ONE_PART: "1"}
    assert render_prose(text, one) == \
        "Fill Acxiom's opt-out form for Zarghuna (one name only: in both name fields), Sacramento, CA."
    assert render_prose(es, one, lang="es") == \
        "Llene el formulario de Acxiom para Zarghuna (un solo nombre: en los dos campos del nombre), Sacramento, CA."
    two = {"first_name": "Li", "last_name": "Li", "city": "Sacramento", "state": "CA"}
    assert render_prose(text, two) == "Fill Acxiom's opt-out form for Li Li, Sacramento, CA."


def test_person_show_reads_the_name_once():
    from optout.cli import show_person

    p = parse_person({"first_name": "Zarghuna"})
    shown = show_person(p.model_dump(mode="json", exclude_none=True))
    assert "Zarghuna (one name only, no surname)" in shown
    assert shown.count("Zarghuna") == 1 and "one_part_name" not in shown




def test_cli_add_list_show_and_report_name_a_one_part_name_once(tmp_path, capsys):
    """`person add` of a profile with one name, then `person list --names`, `person show` and the
    report in English and in Spanish: "Zarghuna", never "Zarghuna Zarghuna"."""
    import json

    import structlog

    from optout.cli import main

    try:
        data, out = tmp_path / "data", tmp_path / "reports"
        base = ["--data-dir", str(data)]
        assert main([*base, "init"]) == 0
        f = tmp_path / "z.toml"
        f.write_text('first_name = "Zarghuna"\nlabel = "K-1"\n[[addresses]]\ncity = "Sacramento"\nstate = "CA"\n')
        g = tmp_path / "h.yaml"
        g.write_text('last_name: Hser Paw\nlabel: K-2\nlanguage: es\naddresses:\n  - {city: Saint Paul, state: MN}\n')
        assert main([*base, "person", "add", str(f), str(g)]) == 0
        capsys.readouterr()
        assert main([*base, "person", "list", "--names", "--json"]) == 0
        names = {r["label"]: r["name"] for r in json.loads(capsys.readouterr().out)}
        assert names == {"K-1": "Zarghuna", "K-2": "Hser Paw"}
        assert main([*base, "person", "show", "K-1"]) == 0
        shown = capsys.readouterr().out
        assert "Zarghuna (one name only, no surname)" in shown and shown.count("Zarghuna") == 1
        for label, name, lang in (("K-1", "Zarghuna", 'lang="en"'), ("K-2", "Hser Paw", 'lang="es"')):
            assert main([*base, "report", label, "--out", str(out), "--no-pdf", "--json"]) == 0
            [row] = json.loads(capsys.readouterr().out)
            html = Path(row["html"]).read_text()
            assert lang in html and f'<strong class="person-name">{name}</strong>' in html
            assert f"{name} {name}" not in html
    finally:
        structlog.reset_defaults()  # the CLI bound logging to this test's captured stderr


@pytest.mark.slow
async def test_the_lab_finds_and_removes_one_part_name_clients_and_leaves_their_namesakes(lab, tmp_path):
    """The lab's Afghan and Karen clients (optout/lab/crowd.py), each entered with one name once,
    are listed as records print them ("Zarghuna Zarghuna"; "Hser Paw Hser Paw" or "Hser Paw"),
    found by the searches, removed, and their namesakes elsewhere never submitted."""
    from optout.lab.crowd import clinic

    from .harness import seed_and_run_to_removal

    brokers = ["peoplefind", "quicklook"]
    people = {k: parse_person(v, k) for k, v in clinic() if k in ("zarghuna", "hser-paw")}
    assert all(p.one_part_name for p in people.values()) and len(people) == 2
    cases, mine = await seed_and_run_to_removal(lab, tmp_path / "data", people, brokers)
    states = {kb: c.state.value for kb, c in cases.items()}
    assert set(states.values()) == {"removed"}, states
    for b in brokers:
        assert set(lab.submissions()[b]) == mine[b]


def test_a_one_part_name_typed_twice_before_is_the_same_person_as_one_entered_once():
    from optout.app import identity_key

    where = {"birth_year": 1990, "addresses": [{"street": "12 Elm St", "city": "Sacramento", "state": "CA"}]}
    old = parse_person({"first_name": "Zarghuna", "last_name": "Zarghuna", **where})
    new = parse_person({"first_name": "Zarghuna", **where})
    assert new.one_part_name and not old.one_part_name
    assert identity_key(old) == identity_key(new)
    # a two-part name is not folded into one: "Li Wei" is not "Li"
    assert identity_key(parse_person({"first_name": "Li", "last_name": "Wei", **where})) != \
        identity_key(parse_person({"first_name": "Li", **where}))
