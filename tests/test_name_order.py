"""A name shown in the order the person's own tradition writes it (trial49): a Vietnamese client
entered as docs/PEOPLE.md shows (first "Bích Ngọc", middle "Thị", last "Huỳnh") was shown "Bích Ngọc
Thị Huỳnh" everywhere, an order no Vietnamese reader writes. Every place a name is shown to a person
(the report's header, `person list --names`, the dashboard) now shows "Huỳnh Thị Bích Ngọc"; what
is searched and matched does not change, nor what a broker reads: a letter names her given name
first, as US brokers file names from US records, so that the broker finds the record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from optout.mail import compose, letter_values
from optout.person import parse_person
from optout.recipe.loader import load_catalogue

from .test_dashboard import dash  # noqa: F401 -- the dashboard fixture
from .test_one_part_names import RECIPE

TRAN = {"first_name": "Bích Ngọc", "middle_name": "Thị", "last_name": "Huỳnh", "language": "vi",
        "label": "V-1", "emails": ["bn@example.org"], "addresses": [{"city": "San Jose", "state": "CA"}]}
NAGY = {"first_name": "Anna", "middle_name": "Mária", "last_name": "Nagy", "language": "hu", "label": "H-1",
        "emails": ["an@example.org"], "addresses": [{"city": "Cleveland", "state": "OH"}]}
KIM = {"first_name": "Min-jun", "last_name": "Kim", "name_order": "family_first", "language": "en",
       "label": "K-1", "emails": ["mk@example.org"], "addresses": [{"city": "Fort Lee", "state": "NJ"}]}
WANG = {"first_name": "Lily", "last_name": "Wang", "language": "zh", "name_order": "given_first", "label": "Z-1",
        "emails": ["lw@example.org"], "addresses": [{"city": "Flushing", "state": "NY"}]}
SHOWN = {"V-1": "Huỳnh Thị Bích Ngọc", "H-1": "Nagy Anna Mária", "K-1": "Kim Min-jun", "Z-1": "Lily Wang"}


@pytest.mark.parametrize("profile", [TRAN, NAGY, KIM, WANG], ids=lambda p: p["label"])
def test_a_name_is_shown_in_its_traditions_order_and_searched_as_before(profile):
    p = parse_person(profile)
    assert p.display_name == SHOWN[profile["label"]]
    # what brokers are given and the matcher reads is not changed: given names first, then the
    # other order among the searches, as before
    given_first = " ".join(x for x in (p.first_name, p.middle_name, p.last_name) if x)
    assert p.full_name == given_first
    assert p.search_names()[0] == (" ".join(x for x in (p.first_name,) if x), p.last_name)


def test_a_vietnamese_name_read_by_someone_else_keeps_its_middle_name_before_the_given_name():
    p = parse_person({"first_name": "Lan", "middle_name": "Thị", "last_name": "Nguyễn", "language": "en",
                      "name_order": "family_first"})
    assert p.display_name == "Nguyễn Thị Lan"
    assert parse_person({"first_name": "María", "last_name": "García López", "language": "es"}).display_name \
        == "María García López"


@pytest.fixture
def recipe(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "maildemo.yaml").write_text(RECIPE.replace("first_name, last_name", "full_name"))
    return load_catalogue([tmp_path / "r"]).recipes["maildemo"]


def test_a_letter_names_her_as_brokers_file_names(recipe):
    """Lead's decision on t50: a broker's records come from US records, which file the given name
    first; a family-first "Full name" would send its staff searching for a given name "Huỳnh"."""
    p = parse_person(TRAN)
    values = letter_values({k: v for k, v in p.template_values().items() if k in recipe.inputs}, p)
    letter = compose(p, recipe, values, "OPT-ABCDEF", dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC))
    assert letter.body.rstrip().endswith("Sincerely,\nBích Ngọc Thị Huỳnh")
    assert "Huỳnh Thị Bích Ngọc" not in letter.body


def test_cli_list_and_report_show_each_tradition_s_order(tmp_path, capsys):
    import structlog

    from optout.cli import main

    try:
        data, out = tmp_path / "data", tmp_path / "reports"
        base = ["--data-dir", str(data)]
        assert main([*base, "init"]) == 0
        files = []
        for profile in (TRAN, NAGY, KIM, WANG):
            f = tmp_path / f"{profile['label']}.yaml"  # JSON is YAML
            f.write_text(json.dumps(profile))
            files.append(str(f))
        assert main([*base, "person", "add", *files]) == 0
        capsys.readouterr()
        assert main([*base, "person", "list", "--names", "--json"]) == 0
        assert {r["label"]: r["name"] for r in json.loads(capsys.readouterr().out)} == SHOWN
        for label in ("V-1", "H-1"):
            assert main([*base, "report", label, "--out", str(out), "--no-pdf", "--json"]) == 0
            [row] = json.loads(capsys.readouterr().out)
            html = Path(row["html"]).read_text()
            assert f'<strong class="person-name">{SHOWN[label]}</strong>' in html
    finally:
        structlog.reset_defaults()  # the CLI bound logging to this test's captured stderr


async def test_the_dashboard_shows_the_name_family_first(dash):  # noqa: F811
    await dash.login()
    added = await dash.app.add_people([("form", parse_person(TRAN))])
    pid = added.added[0][1]
    people = await dash.get("/")
    assert "Huỳnh Thị Bích Ngọc" in people.text and "Bích Ngọc Thị Huỳnh" not in people.text
    page = await dash.get(f"/people/{pid}")
    assert "Huỳnh Thị Bích Ngọc" in page.text and "Bích Ngọc Thị Huỳnh" not in page.text


async def test_the_person_forms_take_and_keep_the_name_order(dash):  # noqa: F811
    """A volunteer who is not a command-line person says the order on the dashboard's forms: a
    Korean client who reads English, family name first; corrected later to given name first."""
    await dash.login()
    token = await dash.csrf("/people/new")
    assert 'name="name_order"' in (await dash.get("/people/new")).text
    r = await dash.post("/people/new", data={"csrf": token, "first_name": "Min-jun", "last_name": "Kim",
                                             "name_order": "family_first", "language": "en", "birth_year": "1990",
                                             "city": "Fort Lee", "state": "NJ"})
    assert r.status_code == 303, r.text
    pid = r.headers["location"].rsplit("/", 1)[-1]
    assert "Kim Min-jun" in (await dash.get(f"/people/{pid}")).text
    edit = await dash.get(f"/people/{pid}/edit")
    assert '<option value="family_first" selected>' in edit.text
    token = await dash.csrf(f"/people/{pid}/edit")
    saved = await dash.post(f"/people/{pid}/edit", data={
        "csrf": token, "first_name": "Min-jun", "last_name": "Kim", "name_order": "given_first", "language": "en",
        "birth_year": "1990", "addresses-0-city": "Fort Lee", "addresses-0-state": "NJ"})
    assert saved.status_code in (200, 303), saved.text
    assert (await dash.app.find(pid)).name == "Min-jun Kim"
    es = (await dash.get(f"/people/{pid}/edit", headers={"accept-language": "es"})).text
    assert "Orden del nombre" in es and "Apellido primero" in es
