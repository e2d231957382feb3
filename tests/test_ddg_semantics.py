"""Recipes imported from DuckDuckGo do what DuckDuckGo's definitions say, in a real browser.

Each test takes one generated recipe from brokers/ddg/ as it is committed and runs it in Chromium
against pages of our own (tests/pages/ddg/<id>/) that follow the structure its selectors expect.
The pages are served inside the browser on the broker's own domain (``context.route``, registered
after the browser channel's egress guard, which still blocks every other host). The tests check
what a scan extracts (name, age, places, relatives, profile URL and id) and what the broker's
pages received from the opt-out: the fields, the clicks, the e-mailed link, and a person's turn
for a CAPTCHA or an ID upload.

Together they cover every DuckDuckGo action type: navigate, extract, fillForm, click (plain,
``multiple``, ``parent.profileMatch``), getCaptchaInfo/solveCaptcha, expectation (text, text in an
element, element, element within a parent) and emailConfirmation, plus parent-site opt-outs.
"""

from __future__ import annotations

import datetime as dt
import mailbox
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import pytest

from optout.channels.base import host_allowed
from optout.channels.browser import BrowserChannel
from optout.errors import ExpectationFailed, NeedsHuman
from optout.mail import MaildirSource
from optout.matching import score
from optout.person import Person, parse_person
from optout.ratelimit import RateLimiter
from optout.recipe.loader import load_recipe
from optout.recipe.schema import Recipe
from optout.settings import Settings
from optout.steps.extract import Listing, extract_listings
from optout.steps.runner import Flow, run_steps
from tests.conftest import requires_browser

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "pages" / "ddg"
TODAY = dt.date(2025, 6, 1)  # the person is 45

PERSON = {
    "first_name": "Jordan", "middle_name": "Avery", "last_name": "Testperson", "birth_year": 1980,
    "emails": ["jordan.optout@example.org"], "phones": ["+1 217 555 0142"],
    "addresses": [{"street": "1 Test Lane", "city": "Springfield", "state": "IL", "zip": "62701"},
                  {"city": "Dayton", "state": "OH"}],
    "relatives": ["Casey Testperson"],
}

pytestmark = [requires_browser, pytest.mark.browser]


# ---- a broker's site, served inside the browser --------------------------------------------------


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]


Handler = Callable[["Site", Received], str]


@dataclass
class Site:
    """Answers requests to a recipe's domains from ``routes`` ((method, path regex) -> handler
    returning HTML); keeps every request it received. Other hosts fall through to the egress guard."""

    recipe: Recipe
    routes: dict[tuple[str, str], Handler]
    maildir: Path | None = None
    received: list[Received] = field(default_factory=list)

    @property
    def domains(self) -> list[str]:
        return list(self.recipe.domains) + [m.domain for m in self.recipe.mirrors]

    async def handle(self, route: Any) -> None:
        req = route.request
        if not host_allowed(req.url, self.domains):
            await route.fallback()
            return
        if req.resource_type not in ("document", "xhr", "fetch"):
            await route.fulfill(status=204, body="")
            return
        u = urlsplit(req.url)
        got = Received(req.method, u.path, parse_qs(u.query),
                       parse_qs(req.post_data or "") if req.method == "POST" else {})
        self.received.append(got)
        for (method, pattern), handler in self.routes.items():
            if method == req.method and re.fullmatch(pattern, u.path):
                await route.fulfill(status=200, content_type="text/html", body=handler(self, got))
                return
        await route.fulfill(status=404, content_type="text/html", body="<h1>Not found</h1>")

    def sent(self, method: str, pattern: str) -> list[Received]:
        return [r for r in self.received if r.method == method and re.fullmatch(pattern, r.path)]

    def mail(self, to: str, sender: str, link: str) -> None:
        """The broker's confirmation e-mail, delivered to the person's Maildir."""
        assert self.maildir is not None
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, to, "Confirm your request"
        msg.set_content(f"Open this link to confirm your request:\n\n{link}\n")
        mailbox.Maildir(self.maildir, create=True).add(msg)


def page(recipe_id: str, name: str) -> Handler:
    html = (PAGES / recipe_id / name).read_text(encoding="utf-8")
    return lambda site, req: html


def text(body: str) -> Handler:
    return lambda site, req: f"<!doctype html><html><body>{body}</body></html>"


# ---- running a recipe's flows ---------------------------------------------------------------------


def recipe(recipe_id: str) -> Recipe:
    return load_recipe(ROOT / "brokers" / "ddg" / f"{recipe_id}.yaml")


def person(**over: Any) -> Person:
    return parse_person({**PERSON, **over}, "the test person")


def values(r: Recipe, p: Person) -> dict[str, str]:
    return {k: v for k, v in p.template_values(TODAY).items() if k in r.inputs}


async def _nothing(*_: Any) -> None:
    return None


@pytest.fixture
async def browser():
    settings = Settings(browser={"step_timeout": 6, "navigation_timeout": 15})
    channel = BrowserChannel(settings.browser, settings.network, None, RateLimiter(60000))
    try:
        yield channel
    finally:
        await channel.close()


async def scan(browser: BrowserChannel, site: Site, p: Person) -> list[Listing]:
    r = site.recipe
    assert r.scan is not None
    async with browser.page(r.id, site.domains) as pg:
        await pg.context.route("**/*", site.handle)
        await run_steps(r.scan.steps, pg, values(r, p), flow_name="scan", domains=r.domains, evidence=_nothing)
        await pg.wait_for_results(r.scan.extract.items, r.scan.extract.no_results)
        return extract_listings(await pg.html(), pg.url, r.scan.extract)


@dataclass
class OptOutRun:
    flow: Flow | None
    error: Exception | None
    inputs: dict[str, str]  # the page's form fields when the flow ended


async def opt_out(browser: BrowserChannel, site: Site, p: Person, listing: Listing | None) -> OptOutRun:
    """Run the opt-out as the engine does: the person's declared fields plus the listing's."""
    r = site.recipe
    vals = values(r, p)
    if listing is not None:
        vals.update({k: v for k, v in (
            ("listing.profile_url", listing.profile_url), ("listing.name", listing.name),
            ("listing.id", listing.profile_id), ("listing.age", str(listing.age) if listing.age else None),
            ("listing.location", " | ".join(listing.locations + listing.past_locations))) if v})
    mail = MaildirSource(site.maildir, poll_interval=0.05) if site.maildir else None
    async with browser.page(r.id, site.domains) as pg:
        await pg.context.route("**/*", site.handle)
        flow, error = None, None
        try:
            flow = await run_steps(r.optout.steps, pg, vals, flow_name="optout", domains=r.domains,
                                   evidence=_nothing, mail=mail, step_timeout=6)
        except (NeedsHuman, ExpectationFailed) as e:
            error = e
        inputs = await pg.p.evaluate(
            "() => Object.fromEntries([...document.querySelectorAll('input, select')]"
            ".filter(e => e.name).map(e => [e.name, e.value]))")
        return OptOutRun(flow, error, inputs)


def the_match(p: Person, listings: list[Listing]) -> Listing:
    matched = [li for li in listings if score(p, li, today=TODAY).decision == "match"]
    assert len(matched) == 1, [(li.name, li.age, li.locations) for li in listings]
    return matched[0]


# ---- the recipes ----------------------------------------------------------------------------------


async def test_verecor_scan_form_and_emailed_link(browser, tmp_path):
    """navigate with ageRange, extract with findElements and beforeText, fillForm inside .ahm,
    getCaptchaInfo/solveCaptcha (no CAPTCHA shown), click, expectation, emailConfirmation."""
    r = recipe("verecor-com")
    p = person()

    def submitted(site: Site, req: Received) -> str:
        site.mail(req.form["user_email"][0], "privacy@verecor.com", "https://verecor.com/ng/control/confirm?t=8f2e")
        return "<p>Your removal request has been received. Check your e-mail.</p>"

    site = Site(r, {
        ("GET", "/profile/search"): page(r.id, "results.html"),
        ("GET", "/ng/control/privacy"): page(r.id, "privacy.html"),
        ("POST", "/ng/control/privacy"): submitted,
        ("GET", "/ng/control/confirm"): text("<p>Your information control request has been confirmed.</p>"),
    }, maildir=tmp_path / "mail")

    listings = await scan(browser, site, p)
    (search,) = site.sent("GET", "/profile/search")
    # a bare ${state} is lower-cased, as DuckDuckGo's URL builder does by default
    assert search.query == {"fname": ["Jordan"], "lname": ["Testperson"], "state": ["il"], "city": ["Springfield"],
                            "fage": ["41-50"]}
    assert len(listings) == 2
    li = the_match(p, listings)
    assert (li.name, li.age) == ("Jordan A Testperson", 45)
    assert li.locations == ["Springfield, IL", "Dayton, OH"]
    assert li.relatives == ["Casey Testperson", "Riley Testperson"]  # ", 47" cut by beforeText
    assert li.aliases == ["Jordan Avery Testperson", "Jordy Testperson"]
    assert (li.profile_url, li.profile_id) == ("https://verecor.com/view/jat45q", "jat45q")

    run = await opt_out(browser, site, p, li)
    assert run.error is None and run.flow is not None and run.flow.confirmed
    (post,) = site.sent("POST", "/ng/control/privacy")
    assert post.form == {"user_name": ["Jordan Avery Testperson"], "user_email": ["jordan.optout@example.org"],
                         "url": ["https://verecor.com/view/jat45q"]}
    assert site.sent("GET", "/ng/control/confirm"), "the e-mailed link was not opened"


async def test_spokeo_fills_then_hands_the_captcha_to_a_person(browser):
    """stateFull in the URL, beforeText/afterText on one element, several address fields, relatives
    as links; the opt-out expects the CAPTCHA within .optout_container, fills XPath fields inside
    it, then stops for a person: nothing is submitted."""
    r = recipe("spokeo-com")
    assert {m.domain for m in r.mirrors} == {"callersmart.com", "selfie.network", "selfie.systems", "peoplewin.com"}
    p = person()
    site = Site(r, {
        ("GET", "/Jordan-Testperson/Illinois/Springfield"): page(r.id, "results.html"),
        ("GET", "/optout"): page(r.id, "optout.html"),
    })
    listings = await scan(browser, site, p)
    assert [li.name for li in listings] == ["Jordan A Testperson", "Jordan Testperson"]
    li = the_match(p, listings)
    assert li.age == 45
    assert li.locations == ["Peoria, IL", "Springfield, IL", "Dayton, OH"]  # DuckDuckGo's order: state, city
    assert li.relatives == ["Casey Testperson", "Riley Testperson"]
    assert li.aliases == ["Jordan Avery Testperson"]
    assert li.profile_url == "https://www.spokeo.com/Jordan-Testperson/Illinois/Springfield/p1a2b3"
    assert li.profile_id == "p1a2b3"

    run = await opt_out(browser, site, p, li)
    assert isinstance(run.error, NeedsHuman) and run.error.kind == "captcha"
    assert run.inputs == {"email": "jordan.optout@example.org", "url": li.profile_url}
    assert not site.sent("POST", ".*"), "nothing may be submitted past a CAPTCHA"


async def test_mylife_two_forms_a_made_up_zip_and_text_inside_an_element(browser):
    """XPath form and fields, dataSource userProfile, $generated_zip_code$; the expectation's text
    must be inside #successRequest, not merely somewhere on the page."""
    r = recipe("mylife-com")
    p = person()
    answer = {"page": "received.html"}
    site = Site(r, {
        ("GET", "/pub-multisearch.pubview"): page(r.id, "results.html"),
        ("GET", "/ccpa/index.pubview"): page(r.id, "ccpa.html"),
        ("POST", "/ccpa/submit.pubview"): lambda site, req: (PAGES / r.id / answer["page"]).read_text(),
    })
    listings = await scan(browser, site, p)
    (search,) = site.sent("GET", "/pub-multisearch.pubview")
    assert search.query["searchLocation"] == ["Springfield, IL"]
    (li,) = listings
    assert (li.name, li.age) == ("Jordan A Testperson", 45)
    assert li.locations == ["Peoria, IL", "Springfield, IL", "Dayton, OH"]
    assert li.aliases == ["Jordy Testperson"]
    assert (li.profile_url, li.profile_id) == ("https://www.mylife.com/jordan-testperson/e123456", "e123456")

    run = await opt_out(browser, site, p, li)
    assert run.error is None and run.flow is not None and run.flow.confirmed
    (post,) = site.sent("POST", "/ccpa/submit.pubview")
    form = {k: v[0] for k, v in post.form.items()}
    zipcode = form.pop("zipcode")
    assert re.fullmatch(r"\d{5}", zipcode) and zipcode != "62701"  # made up, never the person's
    assert form == {"firstname": "Jordan", "lastname": "Testperson", "city": "Springfield", "state": "IL",
                    "emailAddress": "jordan.optout@example.org", "profileUrl": li.profile_url}
    assert "zip" not in r.inputs

    answer["page"] = "received-elsewhere.html"
    run = await opt_out(browser, site, p, li)
    assert isinstance(run.error, ExpectationFailed) and "#successRequest" in str(run.error)


async def test_peoplefinders_two_forms_around_an_emailed_link(browser, tmp_path):
    """click to open a hidden form, fillForm by placeholder, a checkbox clicked, emailConfirmation
    whose page must say "Record Suppression Form", then a second form with made-up phone, street
    and birth month/day, the real birth year, and <select>s filled by value."""
    r = recipe("peoplefinders-com")
    p = person()

    def first(site: Site, req: Received) -> str:
        site.mail(req.form["email"][0], "support@peoplefinders.com", "https://www.peoplefinders.com/opt-out/verify?t=k3")
        return "<h1>Email Sent</h1>"

    site = Site(r, {
        ("GET", "/people/Jordan-Testperson/il/Springfield"): page(r.id, "results.html"),
        ("GET", "/opt-out"): page(r.id, "optout.html"),
        ("POST", "/opt-out"): first,
        ("GET", "/opt-out/verify"): page(r.id, "record-form.html"),
        ("POST", "/opt-out/record"): text("<h1>Opt-Out Request Confirmation</h1>"),
    }, maildir=tmp_path / "mail")
    (li,) = await scan(browser, site, p)
    assert (li.name, li.age, li.locations) == ("Jordan Avery Testperson", 45, ["Springfield, IL", "Dayton, OH"])
    assert (li.relatives, li.aliases) == (["Casey Testperson"], ["Jordy Testperson"])
    assert li.profile_url == "https://www.peoplefinders.com/person/view?id=PF778&src=search"
    assert li.profile_id == "PF778"  # identifierType param

    run = await opt_out(browser, site, p, li)
    assert run.error is None and run.flow is not None and run.flow.confirmed
    (one,) = site.sent("POST", "/opt-out")
    assert one.form == {"first": ["Jordan"], "last": ["Testperson"], "email": ["jordan.optout@example.org"],
                        "agree": ["yes"]}
    (two,) = site.sent("POST", "/opt-out/record")
    f = {k: v[0] for k, v in two.form.items()}
    assert re.fullmatch(r"\d{3}5550\d{3}", f.pop("phone"))
    assert 1 <= int(f.pop("month")) <= 12 and 1 <= int(f.pop("day")) <= 28
    street = f.pop("street")
    assert re.fullmatch(r"\d+ [A-Z][a-z]+ [A-Z][a-z]+", street) and street != "1 Test Lane"
    assert f == {"year": "1980", "city": "Springfield", "state": "IL", "confirm": "yes"}
    assert not {"phone", "street", "zip"} & set(r.inputs)


async def test_neighbor_report_chooses_the_listing_and_clicks_every_remove_button(browser):
    """fillForm with cityState, a suggestion clicked, parent.profileMatch picks the result whose
    name, age and place are the listing's (not the same name at 71 in Tucson), multiple clicks every
    .btn-danger even though each click takes that class away."""
    r = recipe("neighbor-report")
    p = person()
    site = Site(r, {
        ("GET", "/Jordan-Testperson/Illinois/Springfield"): page(r.id, "results.html"),
        ("GET", "/remove"): page(r.id, "remove.html"),
        ("POST", "/remove"): page(r.id, "how.html"),
        ("GET", "/remove/search"): page(r.id, "search.html"),
        ("GET", "/remove/record/r[12]"): page(r.id, "record.html"),
        ("POST", "/remove/record/r2/confirm"): text("<p>Done: we've removed your data from the Neighbor Report website.</p>"),
    })
    (li,) = await scan(browser, site, p)
    assert (li.name, li.age) == ("Jordan A Testperson", 45)
    assert li.locations == ["Springfield, IL", "Dayton, OH"]
    assert li.relatives == ["Casey Testperson", "Riley Testperson"]
    assert li.phones == ["2175550101"]  # normalised
    assert (li.profile_url, li.profile_id) == ("https://neighbor.report/person/nr-45a", "nr-45a")

    run = await opt_out(browser, site, p, li)
    assert run.error is None and run.flow is not None and run.flow.confirmed
    (email,) = site.sent("POST", "/remove")
    assert email.form == {"inputEmail": ["jordan.optout@example.org"]}
    (search,) = site.sent("GET", "/remove/search")
    assert search.query == {"name": ["Jordan Avery Testperson"], "q": ["Springfield, IL"]}
    assert [x.path for x in site.sent("GET", "/remove/record/.*")] == ["/remove/record/r2"]
    (confirm,) = site.sent("POST", "/remove/record/r2/confirm")
    assert sorted(confirm.form["rm"]) == ["address", "phone", "relatives"]


async def test_peoplewhiz_text_nodes_hash_ids_and_an_id_upload_for_a_person(browser):
    """A name read with XPath text(), no profile URL (identifierType hash), defaultIfEmpty in the
    URL; the opt-out clicks Remove in the result matching the listing's place, sends the e-mail,
    and hands the identity document to a person."""
    r = recipe("peoplewhiz-com")
    site = Site(r, {
        ("GET", "/flow/results/Jordan/~/Testperson/Springfield/il/45"): page(r.id, "results.html"),
        ("GET", "/optout/results/Jordan/~/Testperson/Springfield/il/45"): page(r.id, "optout-results.html"),
        ("GET", "/optout/form"): page(r.id, "form.html"),
        ("POST", "/optout/submit"): page(r.id, "verify.html"),
    })
    p = person(middle_name=None)  # ${middle_name|defaultIfEmpty:~}
    (li,) = await scan(browser, site, p)
    assert (li.name, li.age) == ("Jordan A Testperson", 45)  # the badge's text is not in the name
    assert li.locations == ["Springfield, IL", "Dayton, OH"] and li.relatives == ["Casey Testperson"]
    assert li.profile_url is None and li.profile_id is None and len(li.key) == 32

    run = await opt_out(browser, site, p, li)
    assert isinstance(run.error, NeedsHuman) and run.error.kind == "id_upload"
    assert [x.query for x in site.sent("GET", "/optout/form")] == [{"r": ["2"]}]
    (post,) = site.sent("POST", "/optout/submit")
    assert post.form == {"email": ["jordan.optout@example.org"]}


async def test_advancedbackgroundchecks_scan_and_its_parent_opt_out(browser):
    """beforeText and afterText on one element, XPath with predicates, AKA and relatives split on
    separators, full addresses with findElements (matched by their city and state); the opt-out is
    peoplefinders.com's (parentSiteOptOut)."""
    r = recipe("advancedbackgroundchecks-com")
    assert (r.optout.channel, r.optout.via, r.family) == ("parent", "peoplefinders-com", "peoplefinders-com")
    p = person()
    site = Site(r, {("GET", "/names/Jordan-Testperson_Springfield-il"): page(r.id, "results.html")})
    (li,) = await scan(browser, site, p)
    assert (li.name, li.age) == ("Jordan A Testperson", 45)
    # "Springfield, IL" and "1 Test Lane, Springfield, IL 62701" are one place: the fuller one is kept
    # (the street's suffix as USPS abbreviates it, as DuckDuckGo's address parser writes it)
    assert li.locations == ["1 Test Ln, Springfield, IL 62701", "4 Old Rd, Dayton, OH 45402"]
    assert li.addresses[0] == {"street": "1 Test Ln", "city": "Springfield", "state": "IL", "zip": "62701"}
    assert li.aliases == ["J A Testperson", "Jordy Testperson"]
    assert li.relatives == ["Casey Testperson", "Riley Testperson"]
    assert li.profile_url == "https://www.advancedbackgroundchecks.com/jordan-testperson-abc789"
    assert li.profile_id == "jordan-testperson-abc789"
    assert score(p, li, today=TODAY).decision == "match"


async def test_clustrmaps_hyphenated_city_and_capitalized_state(browser):
    """${state|stateFull|capitalize} and ${city|hyphenated} in the URL, XPath items; the opt-out is
    neighbor.report's."""
    r = recipe("clustrmaps-com")
    assert (r.optout.channel, r.optout.via) == ("parent", "neighbor-report")
    p = person(addresses=[{"city": "Des Moines", "state": "IA"}])
    site = Site(r, {("GET", "/persons/Jordan-Testperson/Iowa/Des-Moines"): page(r.id, "results.html")})
    (li,) = await scan(browser, site, p)
    assert (li.name, li.age) == ("Jordan A Testperson", 45)
    assert li.locations == ["Ames, IA", "Des Moines, IA"]
    assert li.relatives == ["Casey Testperson"] and li.phones == ["5155550199"]
    assert (li.profile_url, li.profile_id) == ("https://clustrmaps.com/person/Jordan-Testperson-cm55",
                                               "Jordan-Testperson-cm55")
    assert score(p, li, today=TODAY).decision == "match"
