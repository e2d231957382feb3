"""Real brokers' pages (issue 12), part B: e-mail routes named on a broker's page (``named_on``),
and what the forms on the captures are for. (tests/test_real_page_forms.py checks that every
captured page with a form is replayed by a recipe test, and runs them all.)

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

from optout.errors import RecipeError
from optout.recipe.check import check_recipes
from optout.recipe.loader import load_catalogue, load_recipe
from optout.settings import Settings

from .conftest import requires_browser

REAL = Path("/work/shared/data/real-pages")
BROKERS = Path(__file__).resolve().parent.parent / "brokers"
INDEX = json.loads((REAL / "index.json").read_text()) if (REAL / "index.json").is_file() else []


def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", browser={"step_timeout": 8, "navigation_timeout": 15})


def rows_of(capsys) -> list[dict]:
    lines = capsys.readouterr().out.splitlines()
    return json.loads("\n".join(lines[next(i for i, x in enumerate(lines) if x == "["):]))


E_MAIL_RECIPES = ["5x5coop", "comscore", "medprosystems"]


@requires_browser
async def test_the_e_mail_routes_hold_on_their_pages_offline(tmp_path, capsys):
    """Each page (its named_on) still names the address; its own forms get nothing, send nothing."""
    code = await check_recipes(load_catalogue([BROKERS]), E_MAIL_RECIPES, settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    assert code == 0, rows
    assert sorted(r["recipe"] for r in rows if r["result"] == "ok") == E_MAIL_RECIPES


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


@requires_browser
@pytest.mark.parametrize("edit, problem", [
    # the page no longer gives the address (the broker moved its requests elsewhere)
    (lambda html: html.replace("Privacy@MedProSystems.com", "a form on our new portal"),
     "the page does not show 'Privacy@MedProSystems.com'"),
    # the address is still in the HTML (and in each link's mailto:), but only where nobody sees it
    (lambda html: html.replace(">Privacy@MedProSystems.com</a>",
                               '><span style="display:none">Privacy@MedProSystems.com</span></a>'),
     "the page does not show 'Privacy@MedProSystems.com'"),
])
async def test_an_e_mail_route_whose_page_changed_fails_its_test(tmp_path, capsys, edit, problem):
    d = _medpro_variant(tmp_path, page_edit=edit)
    code = await check_recipes(load_catalogue([d]), ["medprosystems"], settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    assert code == 1 and rows[0]["result"] == "FAIL", rows
    assert problem in rows[0]["detail"]


@requires_browser
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
async def test_an_e_mail_route_s_test_opens_its_named_on_page(tmp_path, capsys):
    """With named_on the test reads that page, not whatever its url serves: a recipe pointing at
    another page of the site fails its test even though the capture still names the address."""
    d = _medpro_variant(tmp_path, recipe_edit=lambda t: t.replace(
        "named_on: https://www.medprosystems.com/privacy-policy/", "named_on: https://www.medprosystems.com/privacy/"))
    code = await check_recipes(load_catalogue([d]), ["medprosystems"], settings(tmp_path), as_json=True)
    rows = rows_of(capsys)
    assert code == 1 and "HTTP 404" in rows[0]["detail"], rows
