"""DuckDuckGo's documented semantics for the actions its broker definitions use, reproduced by optout.

Every input here is ours: small results pages, person values and DuckDuckGo-shaped definitions
written for these tests. The facts they check come from DuckDuckGo's broker-protection engine
(label prefixes it strips, its default list separators, regular-expression markers, relatives'
ages, address validation and de-duplication, state names, its ordering, its URL builder's default
transforms, optional form fields, generated dates of birth, which-record clicks, ``multiple``,
``failSilently``, ``choices``/``default``, ``condition`` and expectation sub-actions).

The Chromium tests at the end run real steps on real pages; everything else is plain Python.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, unquote_plus, urlsplit

import pytest
from pydantic import TypeAdapter

from optout.channels.browser import BrowserChannel
from optout.errors import ExpectationFailed, StepError
from optout.places import parse_place, place_from_slug
from optout.recipe.loader import load_catalogue, load_recipe
from optout.ratelimit import RateLimiter
from optout.recipe.schema import Comparison, Extract, Fill, ListingMatch, Step
from optout.recipe.template import render
from optout.settings import Settings
from optout.steps.extract import Listing, extract_listings, listing_index, listing_values, same_name
from optout.steps.runner import compare, date_of_birth, generated, run_steps
from tests.conftest import requires_browser

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("import_ddg", ROOT / "scripts" / "import_ddg.py")
assert _spec and _spec.loader
import_ddg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_ddg)


def extract(html: str, fields: dict[str, Any], **kw: Any) -> list[Listing]:
    spec = Extract.model_validate({"items": ".card", "fields": fields, **kw})
    return extract_listings(f"<html><body>{html}</body></html>", "https://broker.example/search?q=x", spec)


# ---- extraction: labels, separators, markers ------------------------------------------------------


def test_label_prefixes_and_suffixes_are_stripped():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <p class="aka">AKA: Jordy Testperson</p>
      <p class="aka">Known as: J. Testperson</p>
      <p class="lived">Has lived in: Dayton, OH</p>
      <p class="lived">Lives in Springfield, IL</p>
      <p class="lived">Resides in Peoria, Illinois</p>
      <p class="lived">RESIDES IN Ames, IA +3 more</p>
      <p class="rel">- Casey Testperson</p>
      <p class="rel">Related to: Riley Testperson</p>
      <p class="age">45 years old</p></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"}, "age": {"selector": ".age"},
                           "aliases": {"selector": ".aka", "all": True},
                           "locations": {"selector": ".lived", "all": True},
                           "relatives": {"selector": ".rel", "all": True}})
    assert li.aliases == ["Jordy Testperson", "J. Testperson"]
    assert li.locations == ["Dayton, OH", "Springfield, IL", "Peoria, IL", "Ames, IA"]
    assert li.relatives == ["Casey Testperson", "Riley Testperson"]
    assert li.age == 45


def test_lists_split_on_default_separators_and_line_breaks():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <p class="rel">Casey Testperson • Riley Testperson · Sam Testperson | Alex Testperson</p>
      <div class="aka"><span>Jordy Testperson</span><br>J A Testperson<div>Jo Testperson</div></div></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"}, "relatives": {"selector": ".rel"},
                           "aliases": {"selector": ".aka"}})
    assert li.relatives == ["Casey Testperson", "Riley Testperson", "Sam Testperson", "Alex Testperson"]
    assert li.aliases == ["Jordy Testperson", "J A Testperson", "Jo Testperson"]


def test_markers_written_as_regular_expressions_are_regular_expressions():
    html = """<div class="card"><h2>John Smith <small>Verified</small></h2>
      <p class="age">Born 1987 · AGE: 38</p>
      <p class="aka">Jo Smith aka Johnny Smith AKA J. Smith</p></div>"""
    (li,) = extract(html, {"name": {"selector": "h2", "before": r"/\s+verified/i"},
                           "age": {"selector": ".age", "after": r"/age:?\s*/i"},
                           "aliases": {"selector": ".aka", "split": r"/\s*aka\s*/i"}})
    assert li.name == "John Smith"
    assert li.age == 38  # not 198 from "1987 · AGE: 38"
    assert li.aliases == ["Jo Smith", "Johnny Smith", "J. Smith"]
    # a literal marker stays literal: "(" is not a group
    (li,) = extract('<div class="card"><h2>Ann Lee (Verified)</h2></div>',
                    {"name": {"selector": "h2", "before": " ("}})
    assert li.name == "Ann Lee"


def test_relatives_lose_a_trailing_age():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <ul><li>Renee Marie Johnson, 58</li><li>Tom Lee (62)</li><li>Ana García-López, Age 40</li>
      <li>Casey Testperson</li></ul></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"}, "relatives": {"selector": "li", "all": True}})
    assert li.relatives == ["Renee Marie Johnson", "Tom Lee", "Ana García-López", "Casey Testperson"]


def test_javascript_regexes_and_what_is_no_regex():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <p class="rel">Quinn Adams, 39, Blake Moreno, 45, Ana Lee, 28</p>
      <p class="pl">Austin, TX, Round Rock, TX, El Paso, TX</p></div>"""
    # a look-behind of any width, which JavaScript reads and Python's re does not
    (li,) = extract(html, {"name": {"selector": "h2"}, "relatives": {"selector": ".rel", "split": r"/(?<=\d+), /"},
                           "locations": {"selector": ".pl", "split": r"/(?<=, [A-Z]{2}), /"}}, sort=True)
    assert li.relatives == ["Ana Lee", "Blake Moreno", "Quinn Adams"]
    assert li.locations == ["Austin, TX", "El Paso, TX", "Round Rock, TX"]
    # not between slashes: literal text, which is not there; a relative keeps what precedes a comma
    (li,) = extract(html, {"name": {"selector": "h2"}, "relatives": {"selector": ".rel", "split": r"(?<=\d+), "}})
    assert li.relatives == ["Quinn Adams"]


# ---- extraction: places -----------------------------------------------------------------------------


def test_a_street_on_one_line_and_its_city_on_the_next_are_one_address():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <p class="a">400 Cedar Ave,<br>Tulsa, OK 74103</p><p class="a">9 Birch Rd<br>Boise, ID 83702</p></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"}, "locations": {"selector": ".a", "all": True}}, sort=True)
    assert li.locations == ["9 Birch Rd, Boise, ID 83702", "400 Cedar Ave, Tulsa, OK 74103"]


def test_addresses_are_parsed_validated_and_deduplicated():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <p class="addr">12 Elm St, Springfield, IL 62701</p>
      <p class="addr">Springfield, IL</p>
      <p class="addr">Nowhere, ZZ</p>
      <p class="addr">Evansto...</p>
      <p class="addr">Chicago</p>
      <p class="addr">Columbus, Ohio</p>
      <p class="addr">Columbus OH 43004</p>
      <p class="addr">44 Lake Shore Dr Apt 3 Duluth Minnesota 55802</p></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"}, "locations": {"selector": ".addr", "all": True}})
    assert li.locations == ["12 Elm St, Springfield, IL 62701", "Columbus, OH 43004",
                            "44 Lake Shore Dr Apt 3, Duluth, MN 55802"]
    assert li.addresses[0] == {"street": "12 Elm St", "city": "Springfield", "state": "IL", "zip": "62701"}
    assert li.addresses[2]["street"] == "44 Lake Shore Dr Apt 3" and li.addresses[2]["state"] == "MN"


def test_full_addresses_street_suffix_and_zip_plus_four():
    for text, want in [
        ("77 Quarry Highway Petaluma CA 94952", ("77 Quarry Hwy", "Petaluma", "CA", "94952")),
        ("5 Kestrel Ct Unit 2, Bend, Oregon 97701 4410", ("5 Kestrel Ct Unit 2", "Bend", "OR", "97701")),
        ("310 Harbor Boulevard, Erie, PA 16501-1234", ("310 Harbor Blvd", "Erie", "PA", "16501")),
        ("8 Mill Rd, Keene NH", ("8 Mill Rd", "Keene", "NH", None))]:
        p = parse_place(text)
        assert p is not None and (p.street, p.city, p.state, p.zip) == want, text


def test_full_state_names_become_codes():
    for text, want in [("Albany, New York", ("Albany", "NY")), ("Washington District of Columbia", ("Washington", "DC")),
                       ("Santa Fe, new mexico", ("Santa Fe", "NM")), ("Reno, NV", ("Reno", "NV"))]:
        p = parse_place(text)
        assert p is not None and (p.city, p.state) == want, text
    assert parse_place("Paris, France") is None


def test_a_place_is_read_from_a_url_slug():
    assert str(place_from_slug("https://broker.example/name/jordan-testperson/springfield-il/x1")) == "Springfield, IL"
    assert str(place_from_slug("/people/jo-doe/new-york-ny")) == "New York, NY"
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <a class="lived" href="/name/jordan-testperson/dayton-oh">Dayton</a>
      <a class="lived" href="/name/jordan-testperson/des-moines-iowa">Des Moines</a></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"},
                           "locations": {"selector": "a.lived", "all": True, "attribute": "href"}})
    assert li.locations == ["Dayton, OH", "Des Moines, IA"]
    # the results page's own address (DuckDuckGo's source: pageUrl)
    spec = Extract.model_validate({"items": ".card", "fields": {
        "name": {"selector": "h2"}, "locations": {"source": "page_url"}, "profile_url": {"source": "page_url"}}})
    (li,) = extract_listings('<div class="card"><h2>Jo Doe</h2></div>',
                             "https://broker.example/people/jo-doe/peoria-il", spec)
    assert li.locations == ["Peoria, IL"] and li.profile_url == "https://broker.example/people/jo-doe/peoria-il"


def test_city_and_state_in_elements_of_their_own():
    html = """<div class="card"><h2>Jordan Testperson</h2><ul>
      <li><span class="c">Springfield</span>, <span class="s">Illinois</span></li>
      <li><span class="c">Atlantis</span>, <span class="s">ZZ</span></li>
      <li><span class="c">Dayton</span></li></ul></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"},
                           "locations": {"selector": "li", "all": True, "city": ".c", "state": ".s"}})
    assert li.locations == ["Springfield, IL", "Dayton"]  # an unknown state drops the place; none keeps it


def test_phones_are_normalised_and_sorting_is_duckduckgos_when_asked():
    html = """<div class="card"><h2>Jordan Testperson</h2>
      <p class="ph">(217) 555-0199</p><p class="ph">+1 217.555.0142</p><p class="ph">217-555-0142</p>
      <p class="pl">Peoria, IL</p><p class="pl">Dayton, OH</p><p class="pl">Ames, IA</p><p class="pl">Aurora, IL</p>
      <p class="rel">Riley Testperson, Casey Testperson</p></div>"""
    fields = {"name": {"selector": "h2"}, "phones": {"selector": ".ph", "all": True},
              "locations": {"selector": ".pl", "all": True}, "relatives": {"selector": ".rel", "split": ", "}}
    (page_order,) = extract(html, fields)
    assert page_order.phones == ["2175550199", "2175550142"]
    assert page_order.locations == ["Peoria, IL", "Dayton, OH", "Ames, IA", "Aurora, IL"]
    (ddg,) = extract(html, fields, sort=True)
    assert ddg.phones == ["2175550142", "2175550199"]
    assert ddg.locations == ["Ames, IA", "Aurora, IL", "Peoria, IL", "Dayton, OH"]
    assert ddg.relatives == ["Casey Testperson", "Riley Testperson"]


def test_attribute_profile_url_and_extras():
    html = """<div class="card" data-link="/p/jt-45"><h2>Jordan Testperson</h2><p class="mail">j***@example.org</p></div>"""
    (li,) = extract(html, {"name": {"selector": "h2"}, "profile_url": {"selector": ".", "attribute": "data-link"}},
                    extras={"email": {"selector": ".mail"}}, profile_id=r"/p/([^/]+)$")
    assert (li.profile_url, li.profile_id) == ("https://broker.example/p/jt-45", "jt-45")
    assert li.extras == {"email": "j***@example.org"}


# ---- which record: DuckDuckGo's name, age and place comparison --------------------------------------


def test_names_compare_as_duckduckgo_compares_them():
    assert same_name("John Robert Cole", "John R Cole")
    assert same_name("JOHN R. COLE", "John Cole")
    assert same_name("Ana Garcia-Lopez", "Ana Garcia Lopez")
    assert same_name("Ana Garcia Lopez", "Ana Garcia")
    assert not same_name("John Paul Cole", "John Robert Cole")
    assert not same_name("Jane Cole", "John Cole")
    assert same_name("Jonathan Avery Cole", "Jon A Cole") and same_name("Greg Cole", "Gregory Cole")
    assert not same_name("Gregory Cole", "George Cole")


def test_listing_index_picks_the_record_agreeing_on_most():
    page = """<div class="r"><b>John Paul Cole</b><i>45</i><span>Springfield, IL</span></div>
      <div class="r"><b>John R Cole</b><i>71</i><span>Springfield, IL</span></div>
      <div class="r"><b>John R Cole</b><i>46</i><span>Tucson, AZ</span></div>
      <div class="r"><b>John Cole</b></div>
      <div class="r"><b>John R. Cole</b><i>44</i><span>Springfield, Illinois</span></div>"""
    spec = ListingMatch.model_validate({"items": ".r", "fields": {
        "name": {"selector": "b"}, "age": {"selector": "i"}, "locations": {"selector": "span"}}})
    wanted = {"listing.name": "John Robert Cole", "listing.age": "45", "listing.location": "Springfield, IL"}
    assert listing_index(page, "https://broker.example/", spec, wanted) == 5
    # without the listing's places, the name and age decide (ages within a year)
    assert listing_index(page, "https://broker.example/", spec, {"listing.name": "John Robert Cole",
                                                                  "listing.age": "45"}) == 3


# ---- URLs ---------------------------------------------------------------------------------------------


def test_url_transforms():
    v = {"first_name": "mary ann", "last_name": "McDonald", "city": "san jose", "state": "CA"}
    assert render("https://b.example/${first_name|snakecase}/${city|replaceWhitespace:+}", v, url=True) == \
        "https://b.example/mary_ann/san%2Bjose"
    assert render("${city|replaceWhitespace}", v) == "sanjose"
    assert render("${last_name|capitalize}-${first_name|capitalize}", v) == "McDonald-Mary Ann"
    assert render("https://b.example/$%7Bstate%7CstateFull%7Cdowncase%7D", v, url=True) == \
        "https://b.example/california"


# ---- the importer --------------------------------------------------------------------------------------


def ddg(scan_profile: dict[str, Any], optout_actions: list[dict[str, Any]], url: str | None = None) -> dict[str, Any]:
    return {
        "name": "Test Broker", "url": "testbroker.example.com", "version": "0.1.0",
        "steps": [
            {"stepType": "scan", "scanType": "templatedUrl", "actions": [
                {"actionType": "navigate", "id": "n",
                 "url": url or "https://testbroker.example.com/$%7BfirstName%7D-${lastName}/${state}/${city|hyphenated}/"},
                {"actionType": "extract", "id": "x", "selector": ".card", "noResultsSelector": ".none",
                 "profile": scan_profile}]},
            {"stepType": "optOut", "optOutType": "formOptOut", "actions": optout_actions}],
        "schedulingConfig": {"retryError": 48, "confirmOptOutScan": 72, "maintenanceScan": 120, "maxAttempts": 3},
    }


PROFILE = {"name": {"selector": "h2"},
           "addressCityStateList": {"selector": ".place", "findElements": True,
                                    "city": {"selector": ".c"}, "state": {"selector": ".s"}},
           "profileUrl": {"selector": ".", "attribute": "data-link", "identifierType": "path",
                          "identifier": "https://testbroker.example.com/p/${id}"},
           "relativesList": {"selector": ".rel", "separator": "/,\\s*(?=[A-Z])/"},
           "email": {"selector": ".mail"}}


def run_import(tmp_path: Path, data: dict[str, Any]) -> tuple[Any, dict[str, str], dict[str, list[str]]]:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "testbroker.example.com.json").write_text(json.dumps(data), encoding="utf-8")
    written, failed, notes = import_ddg.run(src, out)
    cat = load_catalogue([out]) if written else None
    assert cat is None or not cat.errors
    return (cat.recipes.get("testbroker-example-com") if cat else None), failed, notes


def test_importer_keeps_attribute_page_url_city_state_and_extras(tmp_path):
    r, failed, notes = run_import(tmp_path, ddg(PROFILE, [
        {"actionType": "navigate", "id": "o", "url": "https://testbroker.example.com/optout"},
        {"actionType": "click", "id": "c", "elements": [{"type": "button", "selector": "#go"}]}]))
    assert failed == {} and notes["testbroker.example.com.json"] == []
    ex = r.scan.extract
    assert ex.fields["profile_url"].attribute == "data-link" and ex.fields["profile_url"].selector == "."
    loc = ex.fields["locations"]
    assert (loc.selector, loc.city, loc.state, loc.all) == (".place", ".c", ".s", True)
    assert ex.fields["relatives"].split == "/,\\s*(?=[A-Z])/" and ex.extras["email"].selector == ".mail"
    assert ex.sort
    # DuckDuckGo's URL builder: encoded placeholders read, names and city capitalised, state lower-cased,
    # no trailing slash
    assert render(r.scan.steps[0].url, {"first_name": "jordan", "last_name": "testperson", "state": "IL",
                                        "city": "des moines"}, url=True) == \
        "https://testbroker.example.com/Jordan-Testperson/il/Des-Moines"
    html = """<div class="card" data-link="/p/jt45"><h2>Jordan Testperson</h2>
      <div class="place"><span class="c">Des Moines</span> <span class="s">Iowa</span></div>
      <p class="rel">Casey Testperson, 47, Riley Testperson</p><p class="mail">j@example.org</p></div>"""
    (li,) = extract_listings(html, "https://testbroker.example.com/x", ex)
    assert li.locations == ["Des Moines, IA"] and li.profile_id == "jt45"
    assert li.relatives == ["Casey Testperson", "Riley Testperson"] and li.extras == {"email": "j@example.org"}


def test_importer_page_url_profile(tmp_path):
    prof = {"name": {"selector": "h2"}, "profileUrl": {"source": "pageUrl", "identifierType": "param",
                                                       "identifier": "id"}}
    r, failed, _ = run_import(tmp_path, ddg(prof, [
        {"actionType": "navigate", "id": "o", "url": "https://testbroker.example.com/optout"}]))
    assert failed == {} and r.scan.extract.fields["profile_url"].source == "page_url"


def test_importer_forms(tmp_path):
    r, failed, notes = run_import(tmp_path, ddg(PROFILE, [
        {"actionType": "navigate", "id": "o", "url": "https://testbroker.example.com/optout"},
        {"actionType": "fillForm", "id": "f", "selector": "form", "elements": [
            {"type": "firstName", "selector": "#f"}, {"type": "middleName", "selector": "#m"},
            {"type": "phone", "selector": "#p", "optional": True},
            {"type": "fullState", "selector": "#st"}, {"type": "age", "selector": "#age"},
            {"type": "$generated_dob$", "selector": "#dob", "format": "mm/dd/yyyy"}]},
        {"actionType": "fillForm", "id": "g", "selector": "form", "dataSource": "extractedProfile", "elements": [
            {"type": "street", "selector": "#street"}, {"type": "city", "selector": "#city"},
            {"type": "zipCode", "selector": "#zip"}, {"type": "fullName", "selector": "#name"}]}]))
    assert failed == {}
    f = [s for s in r.optout.steps if s.action == "fill"]
    phone = f.pop(2)
    assert phone.value == "${phone}" and phone.optional  # the definition marks it optional
    assert [s.value for s in f[:4]] == ["${first_name}", "${middle_name}", "${state|stateFull}", "${age}"]
    assert f[1].optional and not f[0].optional
    assert (f[4].generate, f[4].format) == ("date_of_birth", "MM/DD/YYYY")
    assert [s.value for s in f[5:]] == ["${listing.street}", "${listing.city}", "${listing.zip}", "${listing.name}"]
    # the listing's street and ZIP, or made-up ones: the person's own are never sent
    assert (f[5].generate, f[7].generate) == ("street_address", "zip_code") and f[6].generate is None
    assert {"age", "middle_name", "state"} <= set(r.inputs) and "street" not in r.inputs


def test_importer_refuses_an_unknown_field_type(tmp_path):
    r, failed, _ = run_import(tmp_path, ddg(PROFILE, [
        {"actionType": "fillForm", "id": "f", "selector": "form", "elements": [
            {"type": "favouriteColour", "selector": "#c"}]}]))
    assert r is None
    assert failed["testbroker.example.com.json"] == \
        "steps[optOut].actions[0].elements[0]: fillForm element type 'favouriteColour' has no counterpart"


def test_importer_clicks_choices_conditions_and_sub_actions(tmp_path):
    r, failed, notes = run_import(tmp_path, ddg(PROFILE, [
        {"actionType": "navigate", "id": "o", "url": "https://testbroker.example.com/optout"},
        {"actionType": "click", "id": "c1", "elements": [
            {"type": "button", "selector": ".", "parent": {"profileMatch": {
                "selector": ".r", "profile": {"name": {"selector": "b"}}}}},
            {"type": "button", "selector": ".rm", "multiple": True, "failSilently": True}]},
        {"actionType": "click", "id": "c2", "choices": [
            {"condition": {"left": "${age}", "operation": ">=", "right": "40"},
             "elements": [{"type": "button", "selector": "#over40"}]}],
         "default": None},
        {"actionType": "condition", "id": "k", "expectations": [
            {"type": "element", "selector": "#more", "failSilently": True}],
         "actions": [{"actionType": "click", "id": "c3", "elements": [{"type": "button", "selector": "#more"}]}]},
        {"actionType": "expectation", "id": "e", "expectations": [
            {"type": "text", "selector": "body", "expect": "Almost done"}],
         "actions": [{"actionType": "click", "id": "c4", "elements": [{"type": "button", "selector": "#finish"}]}]},
        {"actionType": "click", "id": "c5", "elements": [
            {"type": "button", "selector": "#cookies", "failSilently": True},
            {"type": "button", "selector": "#after-cookies"}]},
        {"actionType": "expectation", "id": "e2", "expectations": [
            {"type": "text", "selector": "body", "expect": "Done"}]}]))
    assert failed == {} and notes["testbroker.example.com.json"] == []
    s = r.optout.steps
    assert [x.action for x in s] == ["navigate", "click", "click", "choose", "when", "when", "when", "expect"]
    # a failSilently element that is missing ends its action: the element after it goes with it
    assert s[6].checks[0].selector == "#cookies" and s[6].checks[0].optional
    assert [(x.selector, x.optional) for x in s[6].steps] == [("#cookies", False), ("#after-cookies", False)]
    s = s[:6] + s[7:]
    assert s[1].selector == "." and s[1].in_listing is not None
    assert s[2].all and s[2].optional
    assert s[3].choices[0].when == Comparison(left="${age}", op=">=", right="40") and s[3].otherwise == "skip"
    assert s[4].checks[0].optional and s[4].steps[0].selector == "#more"
    assert s[5].checks[0].contains == "Almost done" and s[5].steps[0].selector == "#finish"
    assert s[6].confirms


# ---- forms and choices: the runner's pieces --------------------------------------------------------


def test_comparisons():
    vals = {"age": "45", "state": "IL"}
    assert compare(Comparison(left="${age}", op=">=", right="40"), vals)
    assert not compare(Comparison(left="${age}", op="<", right="9"), vals)  # numbers, not text ("45" < "9")
    assert compare(Comparison(left="${state}", op="===", right="IL"), vals)
    assert compare(Comparison(left="${middle_name}", op="==", right=""), vals)  # a missing value is empty
    assert compare(Comparison(left="${state}", op="!=", right="OH"), vals)


def test_generated_date_of_birth_keeps_the_age_and_the_format():
    today = dt.date(2025, 6, 1)
    for _ in range(50):
        text = date_of_birth(45, "MM/DD/YYYY", today)
        assert re.fullmatch(r"\d\d/\d\d/\d{4}", text)
        born = dt.datetime.strptime(text, "%m/%d/%Y").date()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        assert age == 45
    assert re.fullmatch(r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                        r" \d{1,2}, 19[78]\d", date_of_birth(45, "MMMM D, YYYY", today))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", generated(Fill(action="fill", selector="#d", generate="date_of_birth"),
                                                       {"age": "30"}))
    with pytest.raises(StepError):
        generated(Fill(action="fill", selector="#d", generate="date_of_birth"), {})


def test_listing_values_choose_the_address_duckduckgo_fills():
    li = Listing(name="Jordan Testperson", age=45, locations=["Dayton, OH", "1 Test Lane, Springfield, IL 62701"],
                 addresses=[{"city": "Dayton", "state": "OH"},
                            {"street": "1 Test Lane", "city": "Springfield", "state": "IL", "zip": "62701"}])
    v = listing_values(li)
    assert (v["listing.street"], v["listing.city"], v["listing.state"], v["listing.zip"]) == \
        ("1 Test Lane", "Springfield", "IL", "62701")
    li2 = Listing(name="Jo Doe", addresses=[{"city": "Peoria", "state": "IL"}, {"city": "Ames", "state": "IA"}])
    assert listing_values(li2)["listing.city"] == "Ames"  # first by state, then city
    # the listed address in the person's own city and state, when the listing shows it
    assert listing_values(li2, near=("peoria", "Illinois"))["listing.city"] == "Peoria"
    assert listing_values(li2, near=("Boise", "ID"))["listing.city"] == "Ames"
    assert "listing.street" not in listing_values(li2)


# ---- clicks, conditions and forms in Chromium -------------------------------------------------------

HOST = "broker.example.com"
STEPS = TypeAdapter(list[Step])
LOG = "<script>window.clicks = []; function hit(x) { window.clicks.push(x); }</script>"


@pytest.fixture
async def browser():
    settings = Settings(browser={"step_timeout": 3, "navigation_timeout": 10})
    channel = BrowserChannel(settings.browser, settings.network, None, RateLimiter(60000))
    try:
        yield channel
    finally:
        await channel.close()


async def _nothing(*_: Any) -> None:
    return None


async def run_page(browser: BrowserChannel, body: str, steps: list[dict[str, Any]],
                   values: dict[str, str] | None = None) -> tuple[Exception | None, list[str], dict[str, str]]:
    """Serve ``body`` at https://broker.example.com/, run ``steps`` there; return the error (if any),
    what was clicked (window.clicks, in order) and the form's values."""
    html = f"<!doctype html><html><head>{LOG}</head><body>{body}</body></html>"

    async def handle(route: Any) -> None:
        if route.request.url.startswith(f"https://{HOST}/"):
            await route.fulfill(status=200, content_type="text/html", body=html)
        else:
            await route.fallback()

    nav = [{"action": "navigate", "url": f"https://{HOST}/optout"}]
    error = None
    async with browser.page("ddg-parity", [HOST]) as pg:
        await pg.context.route("**/*", handle)
        try:
            await run_steps(STEPS.validate_python(nav + steps), pg, values or {}, flow_name="optout",
                            domains=[HOST], evidence=_nothing, step_timeout=3)
        except Exception as e:  # noqa: BLE001 - the test looks at which
            error = e
        clicks = await pg.p.evaluate("() => window.clicks")
        form = await pg.p.evaluate("() => Object.fromEntries([...document.querySelectorAll('input')]"
                                   ".map(e => [e.id, e.value]))")
    return error, clicks, form


@requires_browser
@pytest.mark.browser
async def test_clicks_in_chromium(browser):
    # multiple: every match, first to last, though each click takes the class away
    body = "".join(f'<button class="rm" onclick="hit(\'{x}\'); this.className=\'done\'">Remove {x}</button>'
                   for x in "abc")
    err, clicks, _ = await run_page(browser, body, [{"action": "click", "selector": ".rm", "all": True}])
    assert err is None and clicks == ["a", "b", "c"]

    # '.': the matched record itself, chosen as DuckDuckGo chooses (John Robert Cole = John R Cole)
    body = """<div class="r" onclick="hit('paul')"><b>John Paul Cole</b> <i>45</i></div>
      <div class="r" onclick="hit('r71')"><b>John R Cole</b> <i>71</i></div>
      <div class="r" onclick="hit('r45')"><b>John R Cole</b> <i>45</i></div>"""
    match = {"items": ".r", "fields": {"name": {"selector": "b"}, "age": {"selector": "i"}}}
    err, clicks, _ = await run_page(browser, body, [{"action": "click", "selector": ".", "in_listing": match}],
                                    {"listing.name": "John Robert Cole", "listing.age": "45"})
    assert err is None and clicks == ["r45"]

    # failSilently: nothing to click is no error, and the flow goes on
    err, clicks, _ = await run_page(browser, '<button id="go" onclick="hit(\'go\')">Go</button>', [
        {"action": "click", "selector": "#cookie-banner", "optional": True},
        {"action": "expect", "contains": "Not on this page", "optional": True},
        {"action": "click", "selector": "#go"}])
    assert err is None and clicks == ["go"]
    err, _, _ = await run_page(browser, "<p>x</p>", [{"action": "click", "selector": "#cookie-banner"}])
    assert isinstance(err, StepError)


@requires_browser
@pytest.mark.browser
async def test_choices_and_conditions_in_chromium(browser):
    body = """<p>Almost done</p><button id="old" onclick="hit('old')">40+</button>
      <button id="young" onclick="hit('young')">under 40</button><button id="more" onclick="hit('more')">More</button>"""
    choose = {"action": "choose", "choices": [
        {"when": {"left": "${age}", "op": ">=", "right": "40"}, "steps": [{"action": "click", "selector": "#old"}]}],
        "otherwise": [{"action": "click", "selector": "#young"}]}
    assert (await run_page(browser, body, [choose], {"age": "45"}))[1] == ["old"]
    assert (await run_page(browser, body, [choose], {"age": "9"}))[1] == ["young"]
    assert (await run_page(browser, body, [{**choose, "otherwise": "skip"}], {"age": "9"}))[1] == []
    err, _, _ = await run_page(browser, body, [{**choose, "otherwise": None}], {"age": "9"})
    assert isinstance(err, StepError) and "no choice" in str(err)

    when = {"action": "when", "checks": [{"action": "expect", "selector": "#more", "optional": True}],
            "steps": [{"action": "click", "selector": "#more"}]}
    assert (await run_page(browser, body, [when]))[1] == ["more"]
    gone = {**when, "checks": [{"action": "expect", "selector": "#absent", "optional": True}]}
    err, clicks, _ = await run_page(browser, body, [gone, {"action": "click", "selector": "#old"}])
    assert err is None and clicks == ["old"]  # a silent failure skips the sub-steps only
    strict = {**when, "checks": [{"action": "expect", "contains": "Request received"}]}
    err, clicks, _ = await run_page(browser, body, [strict])
    assert isinstance(err, ExpectationFailed) and clicks == []


@requires_browser
@pytest.mark.browser
async def test_forms_in_chromium(browser):
    body = '<form><input id="first"><input id="middle"><input id="street"><input id="dob"></form>'
    steps = [{"action": "fill", "selector": "#first", "value": "${first_name}"},
             {"action": "fill", "selector": "#middle", "value": "${middle_name}", "optional": True},
             {"action": "fill", "selector": "#street", "value": "${listing.street}"},
             {"action": "fill", "selector": "#dob", "generate": "date_of_birth", "format": "MM/DD/YYYY"}]
    li = Listing(name="Jordan Testperson", addresses=[{"street": "1 Test Lane", "city": "Springfield", "state": "IL"}])
    err, _, form = await run_page(browser, body, steps, {"first_name": "Jordan", "age": "45", **listing_values(li)})
    assert err is None
    born = dt.datetime.strptime(form.pop("dob"), "%m/%d/%Y").date()
    today = dt.date.today()
    assert today.year - born.year - ((today.month, today.day) < (born.month, born.day)) == 45
    assert form == {"first": "Jordan", "middle": "", "street": "1 Test Lane"}  # no middle name: skipped
    # a street the listing does not show is made up, never left out or taken from the person
    err, _, form = await run_page(browser, body, [{"action": "fill", "selector": "#street", "value": "${listing.street}",
                                                   "generate": "street_address"}], {"street": "1 Test Lane"})
    assert err is None and re.fullmatch(r"\d+ [A-Z][a-z]+ [A-Z][a-z]+", form["street"]) and form["street"] != "1 Test Lane"
    # a required field the person lacks is still an error that names it
    err, _, _ = await run_page(browser, body, [{**steps[1], "optional": False}], {"first_name": "Jordan"})
    assert err is not None and "middle_name" in str(err)


# ---- every imported recipe builds the URL DuckDuckGo's definition builds ------------------------------

DDG_SRC = ROOT.parent / "shared" / "data" / "ddg-pir-brokers"
if not DDG_SRC.is_dir():
    DDG_SRC = ROOT.parent.parent / "shared" / "data" / "ddg-pir-brokers"

_STATES = {"CA": "California", "IL": "Illinois", "NY": "New York"}


def _ddg_url(url: str, data: dict[str, str], age_ranges: list[str]) -> str:
    """What DuckDuckGo's URL builder makes of a definition's URL, from its documented rules alone:
    default transforms per key, then the named ones; empty path segments dropped."""
    base = {"firstName": lambda v: " ".join(w[:1].upper() + w[1:] for w in v.split(" ")),
            "lastName": lambda v: " ".join(w[:1].upper() + w[1:] for w in v.split(" ")),
            "city": lambda v: " ".join(w[:1].upper() + w[1:] for w in v.split(" ")),
            "state": str.lower}
    named = {"hyphenated": lambda v, a: v.replace(" ", "-"), "snakecase": lambda v, a: v.replace(" ", "_"),
             "downcase": lambda v, a: v.lower(), "upcase": lambda v, a: v.upper(),
             "capitalize": lambda v, a: " ".join(w[:1].upper() + w[1:] for w in v.split(" ")),
             "stateFull": lambda v, a: _STATES.get(v.upper(), v), "defaultIfEmpty": lambda v, a: v or a or "",
             "ageRange": lambda v, a: next((r for r in age_ranges if "-" in r and
                                            int(r.split("-")[0]) <= int(v) <= int(r.split("-")[1])), v)}

    def one(m: re.Match[str]) -> str:
        key, *transforms = re.split(r"\||%7C", m.group(1) or m.group(2))
        value = data.get(key, "")
        value = base.get(key, lambda v: v)(value)
        for t in transforms:
            name, _, arg = t.partition(":")
            value = named[name](value, arg)
        return value

    head, _, query = url.partition("?")
    scheme_host, _, path = head.partition("://")[2].partition("/")
    path = "/".join(seg for seg in path.split("/") if seg)
    out = "https://" + scheme_host + "/" + re.sub(r"\$%7B(.+?)%7D|\$\{(.+?)\}", one, path)
    return out + ("?" + re.sub(r"\$%7B(.+?)%7D|\$\{(.+?)\}", one, query) if query else "")


@pytest.mark.skipif(not DDG_SRC.is_dir(), reason="DuckDuckGo's definitions are not next to the repository")
def test_every_imported_scan_url_is_the_one_duckduckgo_builds():
    person = {"firstName": "jordan", "lastName": "de la cruz", "city": "san jose", "state": "CA", "age": "45"}
    ours = {"first_name": "jordan", "last_name": "de la cruz", "city": "san jose", "state": "CA", "age": "45"}
    checked = bare_state = 0
    for src in sorted(DDG_SRC.glob("*.json")):
        rid = re.sub(r"[^a-z0-9_-]+", "-", src.stem.lower()).strip("-")
        path = ROOT / "brokers" / "ddg" / f"{rid}.yaml"
        if not path.exists():
            continue
        d = json.loads(src.read_text(encoding="utf-8"))
        scan = next(s for s in d["steps"] if s["stepType"] == "scan")
        nav = next(a for a in scan["actions"] if a["actionType"] == "navigate")
        bare_state += bool(re.search(r"\$\{state\}|\$%7Bstate%7D", nav["url"]))
        want = _ddg_url(nav["url"], person, nav.get("ageRange", []))
        got = render(load_recipe(path).scan.steps[0].url, ours, url=True)
        w, g = urlsplit(want), urlsplit(got)
        assert (w.netloc, unquote(w.path), unquote_plus(w.query)) == (g.netloc, unquote(g.path), unquote_plus(g.query)), rid
        checked += 1
    assert checked == 50 and bare_state >= 38
