"""scripts/import_ddg.py: deterministic, re-runnable, honest about what it cannot carry; and the
recipes it generated (committed in brokers/ddg/) all load with their provenance."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from optout.errors import RecipeError
from optout.recipe.loader import load_catalogue, parse_recipe
from optout.recipe.template import render

ROOT = Path(__file__).resolve().parent.parent
DDG = ROOT / "brokers" / "ddg"

spec = importlib.util.spec_from_file_location("import_ddg", ROOT / "scripts" / "import_ddg.py")
assert spec and spec.loader
import_ddg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_ddg)

PARENT = {
    "name": "Parent Search", "url": "parentsearch.com", "version": "0.4.0", "addedDatetime": 1677132000000,
    "optOutUrl": "https://parentsearch.com/optout",
    "mirrorSites": [{"name": "Kid", "url": "kid.com", "addedAt": 1, "removedAt": None, "optOutUrl": None},
                    {"name": "Gone", "url": "gone.com", "addedAt": 1, "removedAt": 2}],
    "steps": [
        {"stepType": "scan", "scanType": "templatedUrl", "actions": [
            {"actionType": "navigate", "id": "a",
             "url": "https://www.parentsearch.com/${firstName}-${lastName}/${state|stateFull}?age=${age|ageRange}",
             "ageRange": ["18-30", "31-50", "51+"]},
            {"actionType": "extract", "id": "b", "selector": ".r", "noResultsSelector": ".none",
             "profile": {"name": {"selector": "h3", "beforeText": ","}, "age": {"selector": "h3", "afterText": ","},
                         "addressCityState": {"selector": ".city"},
                         "addressCityStateList": {"selector": ".past", "findElements": True},
                         "relativesList": {"selector": ".rel", "separator": ","},
                         "profileUrl": {"selector": "a", "identifierType": "param", "identifier": "pid"},
                         "email": {"selector": ".mail"}}}]},
        {"stepType": "optOut", "optOutType": "formOptOut", "actions": [
            {"actionType": "navigate", "id": "c", "url": "https://parentsearch.com/optout"},
            {"actionType": "fillForm", "id": "d", "selector": "form", "elements": [
                {"type": "fullName", "selector": "#n"}, {"type": "profileUrl", "selector": "#u"},
                {"type": "$generated_random_number$", "selector": "#m", "min": "1", "max": "12"}]},
            {"actionType": "getCaptchaInfo", "id": "e", "selector": ".g-recaptcha"},
            {"actionType": "solveCaptcha", "id": "f", "selector": ".g-recaptcha"},
            {"actionType": "click", "id": "g", "elements": [{"type": "button", "selector": "button"}]},
            {"actionType": "expectation", "id": "h", "expectations": [
                {"type": "text", "selector": "body", "expect": "Check your e-mail"}]},
            {"actionType": "emailConfirmation", "id": "i", "pollingTime": 30},
            {"actionType": "expectation", "id": "j", "expectations": [
                {"type": "text", "selector": "body", "expect": "Confirmed"}]}]}],
    "schedulingConfig": {"retryError": 48, "confirmOptOutScan": 72, "maintenanceScan": 120, "maxAttempts": -1},
}
CHILD = {
    "name": "Child", "url": "child.net", "version": "0.3.0", "parent": "parentsearch.com",
    "steps": [
        {"stepType": "scan", "scanType": "templatedUrl", "actions": [
            {"actionType": "navigate", "id": "a", "url": "https://child.net/${firstName}-${lastName}"},
            {"actionType": "extract", "id": "b", "selector": ".r",
             "profile": {"name": {"selector": "h3"}, "profileUrl": {"identifierType": "hash"}}}]},
        {"stepType": "optOut", "optOutType": "parentSiteOptOut", "actions": []}],
    "schedulingConfig": {"retryError": 48, "confirmOptOutScan": 72, "maintenanceScan": 120, "maxAttempts": 3},
}


def write(src: Path, files: dict[str, object]) -> None:
    src.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (src / name).write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_import_maps_ddg_vocabulary_and_keeps_provenance(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write(src, {"parentsearch.com.json": PARENT, "child.net.json": CHILD})
    written, failed, notes = import_ddg.run(src, out)
    assert failed == {} and set(written) == {"parentsearch-com", "child-net"}
    cat = load_catalogue([out])
    assert not cat.errors
    p, c = cat.recipes["parentsearch-com"], cat.recipes["child-net"]

    assert p.domains == ["parentsearch.com"] and p.family == "parentsearch-com"
    assert [(m.name, m.domain) for m in p.mirrors] == [("Kid", "kid.com")]
    assert (p.cadence.confirm_after.days, p.cadence.recheck_every.days, p.cadence.retry_error_after.days) == (3, 5, 2)
    assert p.cadence.max_attempts == 2 and c.cadence.max_attempts == 3
    url = p.scan.steps[0].url
    assert render(url, {"first_name": "Jo", "last_name": "Doe", "state": "NY", "age": "44"}, url=True) == \
        "https://www.parentsearch.com/Jo-Doe/New%20York?age=31-50"
    ex = p.scan.extract
    assert ex.profile_id == r"[?&]pid=([^&#]+)" and ex.fields["profile_url"].attribute == "href"
    assert [s.selector for s in ex.fields["locations"]] == [".city", ".past"]
    assert ex.fields["relatives"].split == "," and ex.fields["name"].before == ","
    steps = [s.action for s in p.optout.steps]
    assert steps == ["navigate", "fill", "fill", "fill", "captcha", "click", "expect", "email_confirmation"]
    assert p.optout.steps[3].generate == "number" and (p.optout.steps[3].min, p.optout.steps[3].max) == (1, 12)
    assert p.optout.steps[1].within == "form" and p.optout.steps[4].vendor == "recaptcha"
    assert p.optout.steps[-1].expect == "Confirmed"
    assert sorted(p.inputs) == ["age", "email", "first_name", "full_name", "last_name", "state"]
    assert p.provenance.source == "ddg-pir-brokers/parentsearch.com.json" and p.provenance.version == "0.4.0"
    assert p.provenance.licence == "Apache-2.0" and str(p.provenance.added) == "2023-02-23"
    assert p.verified.status == "unverified" and p.verified.source == "https://parentsearch.com/optout"
    # everything DuckDuckGo's engine acts on is carried: the e-mail field as an extra, the polling time on
    # the e-mail step; what optout does its own way is said, with how
    assert notes["parentsearch.com.json"] == []
    assert ex.extras["email"].selector == ".mail" and ex.sort
    assert p.optout.steps[-1].poll_every.total_seconds() == 30
    assert [m.split(":")[0] for m in p.provenance.mapped] == [
        "mirrorSites[0].addedAt", "mirrorSites[1]", "schedulingConfig.maxAttempts=-1"]

    assert (c.optout.channel, c.optout.via, c.family) == ("parent", "parentsearch-com", "parentsearch-com")
    assert "profile_url" not in c.scan.extract.fields and c.scan.extract.profile_id is None  # hash


def test_same_input_same_bytes_and_a_rerun_cleans_up_only_its_own(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write(src, {"parentsearch.com.json": PARENT, "child.net.json": CHILD})
    import_ddg.run(src, out)
    first = {f.name: f.read_bytes() for f in out.iterdir()}
    import_ddg.run(src, out)
    assert {f.name: f.read_bytes() for f in out.iterdir()} == first

    (out / "handwritten.yaml").write_text("id: handwritten\n")
    (src / "child.net.json").unlink()
    import_ddg.run(src, out)
    assert sorted(f.name for f in out.iterdir()) == ["IMPORT-REPORT.md", "handwritten.yaml", "parentsearch-com.yaml"]


def test_every_file_imports_or_fails_with_its_reason(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    local = json.loads(json.dumps(PARENT).replace("https://parentsearch.com/optout", "http://localhost:3000/optout"))
    unknown = json.loads(json.dumps(PARENT))
    unknown["steps"][1]["actions"].insert(1, {"actionType": "uploadSelfie", "id": "z"})
    orphan = dict(CHILD, parent="nowhere.com")
    write(src, {"a.com.json": "{not json", "local.com.json": local, "unknown.com.json": unknown,
                "orphan.net.json": orphan, "child.net.json": CHILD, "list.com.json": "[]"})
    written, failed, _ = import_ddg.run(src, out)
    assert written == {}
    assert failed["a.com.json"].startswith("not readable JSON")
    assert failed["list.com.json"] == "not a JSON object"
    assert "host 'localhost' is not a public site" in failed["local.com.json"]
    assert "steps[optOut].actions[1]: opt-out action 'uploadSelfie' has no counterpart" in failed["unknown.com.json"]
    assert "parent site 'nowhere.com' has no definition" in failed["orphan.net.json"]
    assert "parent site parentsearch.com" in failed["child.net.json"]
    report = (out / "IMPORT-REPORT.md").read_text()
    assert "0 imported, 6 failed, of 6 files." in report and "uploadSelfie" in report


def test_the_committed_ddg_recipes_all_load_with_provenance():
    cat = load_catalogue([DDG])
    assert not cat.errors, cat.errors
    assert len(cat.recipes) == 50
    for r in cat.recipes.values():
        assert r.provenance and r.provenance.licence == "Apache-2.0"
        assert r.provenance.source.startswith("ddg-pir-brokers/") and r.verified.status == "unverified"
        assert (DDG / f"{r.id}.yaml").read_text().startswith(import_ddg.MARK)
    report = (DDG / "IMPORT-REPORT.md").read_text()
    assert "50 imported, 1 failed, of 51 files." in report
    assert "fakebroker.com.json | 0.0.1 | **failed**" in report


def test_format_additions_are_checked():
    base = """
id: x
name: X
url: https://x.com/
domains: [x.com]
inputs: [email]
verified: {status: unverified, how: test}
optout:
  channel: browser
  steps:
    - {action: navigate, url: "https://x.com/"}
"""
    ok = base + "    - {action: fill, selector: '#m', generate: number, min: 1, max: 12}\n" \
                "    - {action: click, selector: .b, all: true}\n"
    parse_recipe(ok, "x.yaml")
    for bad, msg in [
        ("    - {action: fill, selector: '#m'}\n", "give value, generate, or both"),
        ("    - {action: fill, selector: '#m', value: a, format: YYYY}\n", "format goes with generate: date_of_birth"),
        ("    - {action: fill, selector: '#m', generate: number}\n", "min <= max"),
        ("    - {action: click, role: button, all: true}\n", "need a selector"),
        ("    - {action: click, selector: b, within: form, in_listing: {items: .r, fields: {name: {selector: h3}}}}\n",
         "give no within"),
        ("    - {action: navigate, url: 'https://x.com/${age|ageRange:1-9}'}\n", "not in inputs"),
    ]:
        with pytest.raises(RecipeError, match=msg):
            parse_recipe(base + bad, "x.yaml")
