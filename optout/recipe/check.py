"""``optout recipe check``: validate recipes and run each one's own tests, offline.

A test with ``page:`` runs the scan's extraction over a recorded page in ``brokers/fixtures/``;
a test with ``lab: true`` runs the scan against the broker lab (started here, in-process) for the
lab's test person. Prints a pass/fail table; exits 1 if anything failed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from optout.errors import OptoutError
from optout.files import image_media_type
from optout.matching import score
from optout.person import Person, parse_person
from optout.recipe.loader import Catalogue
from optout.recipe.schema import Recipe, RecipeTest
from optout.settings import Settings
from optout.steps.extract import Listing, extract_listings

# The lab seeds this made-up person; recipe tests with ``lab: true`` search for them.
TEST_PERSON: dict[str, Any] = {
    "first_name": "Jordan", "middle_name": "Avery", "last_name": "Testperson", "birth_year": 1980,
    "emails": ["jordan.testperson@example.org"], "phones": ["+1 555 010 4477"],
    "addresses": [{"city": "Springfield", "state": "IL", "street": "1 Test Lane", "zip": "62701"},
                  {"city": "Dayton", "state": "OH"}],
    "relatives": ["Casey Testperson"],
}


def test_person() -> Person:
    return parse_person(TEST_PERSON, "the recipe-check test person")


def _compare(listings: list[Listing], person: Person, expect: Any, today: dt.date) -> list[str]:
    problems = []
    if expect.listings is not None and len(listings) != expect.listings:
        problems.append(f"expected {expect.listings} listing(s), found {len(listings)}")
    if expect.min_listings is not None and len(listings) < expect.min_listings:
        problems.append(f"expected at least {expect.min_listings} listing(s), found {len(listings)}")
    if expect.first is not None:
        if not listings:
            problems.append("expected a first listing, found none")
        else:
            got = listings[0].to_dict()
            for k, v in expect.first.items():
                if got.get(k) != v:
                    problems.append(f"first listing: {k} is {got.get(k)!r}, expected {v!r}")
    if expect.matches is not None:
        decided = [score(person, li, today=today) for li in listings]
        n = sum(1 for m in decided if m.decision == "match")
        if n != expect.matches:
            problems.append(f"expected {expect.matches} listing(s) matching the test person, found {n}"
                            + (f" ({_decisions(decided)})" if decided else ""))
    return problems


def _decisions(decided: list[Any]) -> str:
    """What the matcher said of each listing a test saw, in order: its decision, confidence and
    reasons (value-free words; the test person is invented: ``TEST_PERSON``, docs/RECIPES.md)."""
    return "; ".join(f"listing {n}: {m.decision}, confidence {m.confidence:.2f}: "
                     + (", ".join(m.reasons) or "no reasons given") for n, m in enumerate(decided, 1))


def fixtures_dir(recipe_path: Path) -> Path:
    """``fixtures/`` beside the recipe, else beside its folder (brokers/lab, brokers/ddg), else the project's."""
    from optout.settings import PROJECT_BROKERS

    for d in (recipe_path.parent, recipe_path.parent.parent):
        if (d / "fixtures").is_dir():
            return d / "fixtures"
    return PROJECT_BROKERS / "fixtures"


def run_page_test(recipe: Recipe, test: RecipeTest, recipe_path: Path) -> list[str]:
    assert recipe.scan is not None and test.page
    page = fixtures_dir(recipe_path) / test.page
    try:
        html = page.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        return [f"{page}: cannot read ({e.strerror})"]
    listings = extract_listings(html, test.url or recipe.url, recipe.scan.extract)
    problems = _compare(listings, test_person(), test.expect, dt.date.today())
    if problems and (nameless := _nameless_items(html, test.url or recipe.url, recipe.scan.extract)):
        problems.append(nameless)
    return problems


def _nameless_items(html: str, base_url: str, spec: Any) -> str | None:
    """Why items the page has gave no listing: ``extract.items`` matched them, but ``fields.name`` (the
    one critical field) read nothing in them, so extraction dropped each as an ad or a stub."""
    from parsel import Selector

    from optout.steps.extract import read_field, select

    items = select(Selector(text=html or "<html></html>"), spec.items)
    dropped = sum(1 for item in items if not read_field(item, "name", spec.fields["name"], base_url))
    if not dropped:
        return None
    name = spec.fields["name"]
    shown = name.selector if hasattr(name, "selector") else "its selectors"
    return (f"{dropped} of the {len(items)} item(s) extract.items ({spec.items!r}) matched were dropped: "
            f"extract.fields.name ({shown!r}) read no name inside them")


async def _lab_scan(recipe: Recipe, page: Any, values: dict[str, str], *, wait: bool) -> list[Listing]:
    from optout.steps.runner import run_steps

    async def nothing(*_: Any) -> None:
        return None

    assert recipe.scan is not None
    await run_steps(recipe.scan.steps, page, values, flow_name="scan", domains=recipe.domains, evidence=nothing)
    if wait:
        await page.wait_for_results(recipe.scan.extract.items, recipe.scan.extract.no_results)
    return extract_listings(await page.html(), page.url, recipe.scan.extract)


async def run_lab_test(recipe: Recipe, test: RecipeTest, lab: Any, settings: Settings) -> list[str]:
    """The scan (and, with ``flow: optout``, the opt-out after it) against the broker lab, as the
    lab's test person. A scan test alone never runs a step of the opt-out: a misspelt label, a
    button that is not there, a missing e-mailed link or steps in the wrong order would all pass it,
    so ``recipe new --lab`` writes an opt-out test too."""
    from optout.channels.browser import BrowserChannel
    from optout.channels.http import HttpChannel
    from optout.ratelimit import RateLimiter

    if recipe.scan is None and test.flow == "optout" and recipe.optout.email is not None:
        return await _lab_named_on(recipe, test, lab, settings)
    if recipe.scan is None:
        return ["a lab test runs the recipe's scan, and this recipe has none (an e-mail opt-out: test it with "
                "flow: letter, and its named_on page with flow: optout)"]
    person = test_person()
    limiter = RateLimiter(settings.worker.per_broker_per_minute)
    values = {k: v for k, v in person.template_values(lab.now().date()).items() if k in recipe.inputs}
    channels = {recipe.scan.channel} | ({recipe.optout.channel} if test.flow == "optout" else set())
    http = HttpChannel(settings.network, lab.url, limiter) if "http" in channels else None
    browser = BrowserChannel(settings.browser, settings.network, lab.url, limiter) if "browser" in channels else None

    @contextlib.asynccontextmanager
    async def page_for(channel: str):  # type: ignore[no-untyped-def]
        if channel == "http":
            assert http is not None
            yield http.page(recipe.id, recipe.domains)
        else:
            assert browser is not None
            async with browser.page(recipe.id, recipe.domains) as page:
                yield page

    try:
        async with page_for(recipe.scan.channel) as page:
            listings = await _lab_scan(recipe, page, values, wait=recipe.scan.channel == "browser")
        problems = _compare(listings, person, test.expect, lab.now().date())
        if test.flow == "optout" and not problems:
            problems = await _lab_optout(recipe, test, lab, settings, person, values, listings, page_for)
        return problems
    finally:
        if http is not None:
            await http.close()
        if browser is not None:
            await browser.close()


async def _lab_named_on(recipe: Recipe, test: RecipeTest, lab: Any, settings: Settings) -> list[str]:
    """An e-mail opt-out against the lab: the page its ``named_on`` names must show ``to`` (the
    check ``optout recipe probe`` makes of a live broker); nothing is filled or sent."""
    from optout.channels.http import HttpChannel
    from optout.ratelimit import RateLimiter
    from optout.steps.runner import run_steps

    email = recipe.optout.email
    assert email is not None
    if not email.named_on:
        return ["an e-mail opt-out's lab test opens the page that gives its address: name it in "
                "optout.email.named_on (its letter is tested with flow: letter)"]

    async def nothing(*_: Any) -> None:
        return None

    http = HttpChannel(settings.network, lab.url, RateLimiter(settings.worker.per_broker_per_minute))
    outcome, error = "letter", ""
    try:
        await run_steps(email.page_steps(), http.page(recipe.id, recipe.domains), {}, flow_name="optout.email.named_on",
                        domains=recipe.domains, evidence=nothing)
    except OptoutError as e:
        outcome, error = "failed", str(e)
    finally:
        await http.close()
    if outcome != test.expect.outcome:
        return [f"the page that gives the address ended {outcome}, expected {test.expect.outcome}"
                + (f": {error}" if error else "")]
    return []


def _span(d: dt.timedelta) -> str:
    return f"{d.days} day(s)" if d.days and not d.seconds else f"{d.total_seconds() / 3600:g} hour(s)"


async def _lab_optout(recipe: Recipe, test: RecipeTest, lab: Any, settings: Settings, person: Person,
                      values: dict[str, str], listings: list[Listing], page_for: Any) -> list[str]:
    """The opt-out steps against the lab for the listing the scan matched, the broker's e-mail read
    from the lab's Maildir; with ``outcome: removed``, the lab's clock then moves on by the recipe's
    ``confirm_after`` (plus the jitter's most) and a second scan must show nobody who could be the
    person: the removal proven as the engine proves it."""
    from optout.engine import proves_removal
    from optout.errors import NeedsHuman
    from optout.mail._maildir import MaildirSource
    from optout.steps.extract import listing_values
    from optout.steps.runner import run_steps

    assert recipe.scan is not None
    today = lab.now().date()
    matched = [li for li in listings if score(person, li, today=today).decision == "match"]
    if len(matched) != 1:
        return [f"the opt-out needs the one listing that matches the test person; the scan matched {len(matched)}"]
    vals = dict(values)
    vals.update(listing_values(matched[0], near=(values.get("city"), values.get("state"))))
    steps = recipe.optout.steps
    if recipe.optout.channel not in ("browser", "http") or not steps:
        return [f"a {recipe.optout.channel} opt-out runs no steps against the lab (an e-mail opt-out: test it "
                f"with flow: letter; a parent one through its parent's recipe)"]

    async def nothing(*_: Any) -> None:
        return None

    outcome, human, error = "?", None, ""
    async with page_for(recipe.optout.channel) as page:
        try:
            flow = await run_steps(steps, page, vals, flow_name="optout", domains=recipe.domains, evidence=nothing,
                                   mail=MaildirSource(lab.maildir, poll_interval=0.2),
                                   step_timeout=settings.browser.step_timeout)
            outcome = "confirmed" if flow.confirmed else "submitted"
        except NeedsHuman as e:
            outcome, human, error = "needs_human", e.kind, str(e)
        except OptoutError as e:
            outcome, error = "failed", str(e)
    expect = test.expect
    want = expect.outcome
    problems: list[str] = []
    if want == "removed":
        if outcome not in ("confirmed", "submitted"):
            return [f"the opt-out ended {outcome}, expected a request that goes through and then removed"
                    + (f": {error}" if error else "")]
        wait = recipe.cadence.confirm_after
        lab.advance(hours=(wait + min(wait * 0.1, dt.timedelta(days=1))).total_seconds() / 3600 + 1)
        async with page_for(recipe.scan.channel) as page:
            again = await _lab_scan(recipe, page, values, wait=recipe.scan.channel == "browser")
        found = [(li, score(person, li, today=lab.now().date())) for li in again]
        if not proves_removal(found):
            problems.append(f"the opt-out ended {outcome}, but a scan {_span(wait)} later still finds the "
                            f"test person: the request did not remove them (a step the broker needs, such as its "
                            f"e-mailed link, is missing?)")
    elif outcome != want:
        problems.append(f"the opt-out ended {outcome}, expected {want}" + (f": {error}" if error else ""))
    elif expect.error and expect.error.lower() not in error.lower():
        problems.append(f"the opt-out failed, but not saying {expect.error!r}: {error}")
    if expect.human and human != expect.human:
        problems.append(f"the person was asked for {human or 'nothing'}, expected {expect.human}")
    return problems


async def run_optout_page_test(recipe: Recipe, test: RecipeTest, recipe_path: Path, settings: Settings) -> list[str]:
    """Run the opt-out steps on a recorded page served at ``test.url``, as the test person.

    The page is served by ``optout.recipe.replay`` (nothing reaches the network); the steps run as
    in a real case; the test checks how they ended (a person asked to solve a CAPTCHA, say), what
    the form's fields hold, and that a screenshot was kept for the person.
    """
    import httpx

    from optout.channels.base import host_allowed
    from optout.channels.browser import BrowserChannel
    from optout.channels.http import HttpChannel, _NoCookies
    from optout.errors import NeedsHuman
    from optout.ratelimit import RateLimiter
    from optout.recipe.replay import Recorded, field_value
    from optout.recipe.schema import Navigate
    from optout.recipe.template import render
    from optout.steps.runner import keep_page, run_steps

    assert (test.page and test.url or test.har) and test.expect.outcome
    har = fixtures_dir(recipe_path) / test.har if test.har else None
    if har is not None:
        if not har.is_file():
            return [f"{har}: no such recorded flow (optout recipe record --flow)"]
        html, recorded = "", Recorded({}, recipe.domains)
    else:
        assert test.page and test.url
        if not test.url.startswith(("http://", "https://")) or not host_allowed(test.url, recipe.domains):
            # the replay answers only the recipe's domains: such a test ended in a 404 at the first step,
            # and its row blamed the recipe's navigate and every filled: field
            return [f"url: {test.url.split('?')[0]!r} is not an address on the recipe's domains "
                    f"({', '.join(recipe.domains)}): serve the page where the broker has it"]
        try:
            html = (fixtures_dir(recipe_path) / test.page).read_text(encoding="utf-8", errors="replace")
        except OSError as e:
            return [f"{fixtures_dir(recipe_path) / test.page}: cannot read ({e.strerror})"]
        pages: dict[str, Any] = {test.url: html}
        pages.update({src: (302, {"Location": dst}, "") for src, dst in (test.redirects or {}).items()})
        for key, rel in (test.answers or {}).items():
            method, _, url = key.partition(" ") if key.startswith(("POST ", "GET ")) else ("GET", "", key)
            if not url.startswith(("http://", "https://")) or not host_allowed(url, recipe.domains):
                return [f"answers: {key.split('?')[0]!r} is not an address on the recipe's domains"]
            try:
                pages[key] = (fixtures_dir(recipe_path) / rel).read_text(encoding="utf-8", errors="replace")
            except OSError as e:
                return [f"answers: {fixtures_dir(recipe_path) / rel}: cannot read ({e.strerror})"]
        recorded = Recorded(pages, recipe.domains)
    person = test_person()
    values = {k: v for k, v in person.template_values(dt.date.today()).items() if k in recipe.inputs}
    values.update({f"listing.{k}": v for k, v in (test.listing or {}).items()})
    kept: list[tuple[str, bytes]] = []

    async def evidence(kind: str, data: bytes, label: str) -> None:
        kept.append((kind, data))

    if recipe.optout.channel not in ("browser", "http", "email"):
        return [f"a {recipe.optout.channel} opt-out runs no steps on a page; its test cannot replay one"]
    outcome, human, human_url, filled, error = "?", None, None, {}, ""
    shown: dict[str, bool] = {}
    shown_js: list[dict[str, Any]] = []
    hostile: str | None = None
    expect = test.expect
    limiter = RateLimiter(settings.worker.per_broker_per_minute)
    page_only = recipe.optout.channel == "email"
    # an e-mail opt-out has no steps to run here: the page that gives its address is opened and read
    # (its named_on when the recipe names it, as `recipe probe` reads it live; else the test's url)
    named_on = recipe.optout.email.named_on if page_only and recipe.optout.email else None
    steps = [Navigate(action="navigate", url=named_on or test.url or "")] if page_only else recipe.optout.steps
    must_show = list(expect.shows or [])
    if recipe.optout.channel == "email" and recipe.optout.email:
        must_show.append(recipe.optout.email.to)

    async def run(page: Any) -> None:
        nonlocal outcome, human, human_url, error, hostile
        try:
            flow = await run_steps(steps, page, values, flow_name="optout", domains=recipe.domains,
                                   evidence=evidence, step_timeout=settings.browser.step_timeout)
            outcome = "letter" if page_only else "confirmed" if flow.confirmed else "submitted"
            if not page_only:  # the page the request ended on, kept as the engine keeps it
                with contextlib.suppress(Exception):
                    await keep_page(page, evidence, "optout (done)")
        except NeedsHuman as e:
            outcome, human, human_url = "needs_human", e.kind, e.url
        except OptoutError as e:
            outcome, error = "failed", str(e)
            with contextlib.suppress(Exception):  # the failing step's page, as the engine keeps it
                await keep_page(page, evidence, getattr(e, "step", None) or "?")
        if hasattr(page, "p"):
            # a request the last step set off (a fill's input event posting the value elsewhere) reaches
            # the route guard after the step returns: let the page's network settle, briefly, before the
            # verdict, or a leak at the last step passes its test on a busy machine (CI at load 10 did)
            with contextlib.suppress(Exception):
                await page.p.wait_for_load_state("networkidle", timeout=2000)
        try:
            for sel in expect.filled or {}:
                filled[sel] = await field_value(page, sel)
            for text in must_show:
                shown[text] = await page.has_text(text)
            if test.show and hasattr(page, "p"):
                shown_js.extend(await page.p.evaluate(
                    "() => JSON.parse(document.documentElement.dataset.optoutShown || '[]')"))
        except Exception as e:  # the page closed or moved on: say so, do not crash the whole check
            error = error or f"the page could not be read after the steps ({type(e).__name__})"
        hostile = getattr(page, "hostile", None)

    if recipe.optout.channel == "http" and har is None:
        http = HttpChannel(settings.network, None, limiter)
        await http.client.aclose()
        http.client = httpx.AsyncClient(transport=recorded.transport(), follow_redirects=False,
                                        headers={"User-Agent": settings.network.user_agent})
        http.client.cookies.jar.set_policy(_NoCookies())
        try:
            await run(http.page(recipe.id, recipe.domains))
        finally:
            await http.close()
    else:
        browser = BrowserChannel(settings.browser, settings.network, None, limiter)
        try:
            async with browser.page(recipe.id, recipe.domains) as page:
                if har is not None:
                    # the whole flow from the HAR, POST answers included; anything not in it is
                    # refused, so nothing reaches the network (registered after the guard: runs first)
                    await page.context.route_from_har(har, not_found="abort")
                else:
                    await recorded.attach_browser(page)
                if test.show:
                    await page.context.add_init_script(script=_SHOW_JS.replace("SELECTORS", json.dumps(test.show)))
                await run(page)
        finally:
            await browser.close()

    problems = []
    if outcome != expect.outcome:
        # a page the steps reached that was not recorded answered 404: say which (no query: it may
        # carry the form's values), so the newcomer knows to record it and name it in answers:
        missing = sorted({f"{m} {u.split('?')[0]}" for m, u, status in recorded.served
                          if status == 404 and (m, u) != ("GET", test.url)})
        hint = (f" (the replay has no page for {', '.join(missing)}: record it and name it in the test's "
                f"answers:)" if missing and har is None else "")
        problems.append(f"the opt-out ended {outcome}, expected {expect.outcome}" + (f": {error}" if error else "")
                        + hint)
    elif expect.error and expect.error.lower() not in error.lower():
        problems.append(f"the opt-out failed, but not saying {expect.error!r}: {error}")
    if hostile:
        problems.append(hostile)
    if page_only and recorded.posted:
        problems.append(f"a form was sent ({len(recorded.posted)} request(s)), but this recipe's opt-out is a "
                        f"letter: nothing on the page may be filled or sent")
    for text, seen in shown.items():
        if not seen:
            problems.append(f"the page does not show {text!r}")
    if test.show and not any(problems):
        for sel in test.show:
            got = next((x for x in shown_js if x.get("selector") == sel), None)
            if not got or not got.get("hidden"):
                problems.append(f"show: {sel} matches nothing the recorded page hides: the stand-in has nothing "
                                f"to stand in for")
    if expect.human and human != expect.human:
        problems.append(f"the person was asked for {human or 'nothing'}, expected {expect.human}")
    if expect.human_url and human_url != expect.human_url:
        problems.append(f"the person was sent to {human_url or 'no address'}, expected {expect.human_url}")
    sent = _posted_fields(recorded, html)
    for sel, tpl in (expect.filled or {}).items():
        want = render(tpl, values)
        if filled.get(sel) is None and sel in sent:
            filled[sel] = sent[sel]  # the form was sent and the page moved on: what the request carried
        if filled.get(sel) != want and html and _matches_no_field(html, sel):
            # a misspelt selector is the test's mistake, not the recipe's: say so, not "does not hold"
            problems.append(f"filled: {sel} matches no field on the recorded page {test.page}: check the selector")
        elif filled.get(sel) != want:
            # name the field, never the values (they are the test person's, but the habit matters)
            problems.append(f"{sel} does not hold the expected value")
    shots = [d for k, d in kept if k == "screenshot"]
    if expect.screenshot and not (shots and image_media_type(shots[-1]).startswith("image/")):
        problems.append("no screenshot was kept for the person")
    if expect.screenshot is False and shots:
        problems.append("a screenshot was kept, expected none")
    return problems


#: A test's ``show:``: when the recorded page has loaded, un-hide what its unrecorded scripts would
#: have shown (the ``hidden`` attribute, an inline display:none), noting for each selector whether
#: it matched an element that was hidden.
_SHOW_JS = r"""
document.addEventListener('DOMContentLoaded', () => {
  const out = [];
  for (const sel of SELECTORS) {
    let hidden = false;
    for (const el of document.querySelectorAll(sel)) {
      if (el.hidden || getComputedStyle(el).display === 'none') hidden = true;
      el.hidden = false;
      el.style.removeProperty('display');
      if (getComputedStyle(el).display === 'none') el.style.display = 'block';
    }
    out.push({selector: sel, hidden});
  }
  document.documentElement.dataset.optoutShown = JSON.stringify(out);
});
"""


def _matches_no_field(html: str, selector: str) -> bool:
    """True when the CSS ``selector`` (a test's ``filled`` key) selects no input, textarea or select
    on the recorded page ``html``; False when it does, or when it is no CSS the parser reads (the
    browser's own reading of it then decides)."""
    from parsel import Selector

    from cssselect import SelectorError

    try:
        found = Selector(text=html).css(selector)
    except (SelectorError, ValueError):  # no CSS the parser reads: the browser's own reading decides
        return False
    return not any(el.root.tag in ("input", "textarea", "select") for el in found
                   if isinstance(getattr(el.root, "tag", None), str))


def _posted_fields(recorded: Any, html: str) -> dict[str, str]:
    """``{CSS selector of a field on the recorded page: the value the last form request carried}``,
    for every field of the page (``""`` for one it did not carry; urlencoded bodies): what was sent to
    the broker's own host,
    the only one a replay answers."""
    from urllib.parse import parse_qs

    from parsel import Selector

    if not recorded.posted:
        return {}
    body = parse_qs(recorded.posted[-1][1].decode("utf-8", "replace"), keep_blank_values=True)
    doc = Selector(text=html)
    out: dict[str, str] = {}
    for el in doc.css("input, textarea, select"):
        name = el.attrib.get("name")
        # a field the request did not carry (another form's, an unticked box, one without a name)
        # sent nothing: it holds "" as far as the broker knows
        value = body[name][0] if name and name in body else ""
        for sel in filter(None, (f"#{el.attrib['id']}" if el.attrib.get("id") else None,
                                 f"input[name={name}]" if name else None, f"[name={name}]" if name else None)):
            out.setdefault(sel, value)
    return out


_TODO = re.compile(r"\bTODO\b")


def run_letter_test(recipe: Recipe, test: RecipeTest) -> list[str]:
    """Write the e-mail opt-out's first letter for the test person (living in ``lives_in`` when the
    test says), as a run would, and send it nowhere: it must invoke ``expect.law``, give each of the
    recipe's ``identifiers`` the person has, and name nothing else of theirs, its subject nothing at
    all. What a page replay cannot show of a letter-only broker: who gets which law, and what leaves."""
    from optout.app import applies
    from optout.mail import choose_law, compose, letter_values

    data = json.loads(json.dumps(TEST_PERSON))
    if test.lives_in:
        data["addresses"][0] = {"city": "Springfield", "state": test.lives_in, "street": "1 Test Lane", "zip": "62701"}
    person = parse_person(data, "the recipe-check test person")
    if not applies(recipe, person):
        where = person.current_address.state if person.current_address else "?"
        return [f"no letter: a person living in {where} gets no case at this broker (no law there gives them a "
                "right to deletion); test a state that does (lives_in: CA)"]
    sent = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
    everything = person.template_values(sent.date())
    values = letter_values({k: v for k, v in everything.items() if k in set(recipe.inputs)}, person)
    law = choose_law(person, recipe, sent.date())
    letter = compose(person, recipe, values, "OPT-TEST22", sent, law)
    problems = []
    if law.id != test.expect.law:
        problems.append(f"the letter invokes {law.id}, not {test.expect.law}")
    given = set(recipe.optout.email.identifiers) if recipe.optout.email else set()
    for field in sorted(given):
        if (v := values.get(field)) and v not in letter.body:
            problems.append(f"the letter does not give {field}, which identifiers names")
    for field, v in sorted(everything.items()):
        if not v or len(v) < 3 or any(v in values.get(g, "") for g in given):
            continue  # too short to tell apart, or part of what the letter may give (the city in a street)
        if v in letter.subject:
            problems.append(f"the letter's subject names the person's {field}")
        elif v in letter.body and field != "full_name" and field not in given:
            problems.append(f"the letter gives the person's {field}, which identifiers does not name")
    return problems


def _covers(domain: str, host: str) -> bool:
    """True when ``host`` is ``domain`` or one of its subdomains (a recipe's ``domains`` include their
    subdomains: docs/RECIPES.md section 1)."""
    domain, host = domain.lower().removeprefix("www."), host.lower().removeprefix("www.")
    return host == domain or host.endswith("." + domain)


def covered_twice(catalogue: Catalogue, ids: set[str] | None) -> list[dict[str, Any]]:
    """Rows for two recipes that would both act for one broker, so a person would get two requests
    (two letters, two forms) there. Two cases:

    - a generated ``brokers/registry/`` recipe whose domain a recipe elsewhere declares too (a
      hand-written one under another id, whose author did not re-run the importer);
    - a recipe elsewhere whose domain another recipe outside the registry already declares, as its
      own or as one of its ``mirrors`` (sites one request covers: ``beenverified`` lists PeopleSmart,
      and `optout recipe list` shows no row of PeopleSmart's own), unless both name one ``family``
      (routes of one company written apart on purpose: ``lexisnexis``, ``clan`` in the lab).

    A domain covers its subdomains. Registry recipes among themselves are the importer's concern
    (``scripts/import_catalogue.py`` merges one company's rows). ``ids``: only rows that name one of
    them (None: every such pair). Each row names the recipe to change and the file it collides with."""
    entries = catalogue.entries()
    generated = [e for e in entries if Path(e.path).parent.name == "registry"]
    written = [e for e in entries if Path(e.path).parent.name != "registry"]
    rows = []

    def wanted(a: str, b: str) -> bool:
        return ids is None or bool({a, b} & ids)

    for g in generated:
        for e in written:
            for d in g.domains:
                if not any(_covers(d, h) or _covers(h, d) for h in e.domains) or not wanted(g.id, e.id):
                    continue
                rows.append({"recipe": e.id, "test": "(covered twice)", "result": "FAIL",
                             "detail": f"{g.path} declares {d} too: both would write to this broker; run "
                                       "scripts/import_catalogue.py, which then leaves the generated recipe out",
                             _SAY: ("check.covered_twice", {"file": g.path, "domain": d})})
                break
    for e in written:
        for o in written:
            if o.id == e.id or (e.family and e.family in {o.family, o.id}) or (o.family and o.family == e.id):
                continue
            hit = next(((d, "mirror" if h in o.mirror_domains else "domain") for d in e.domains
                        for h in (*o.domains, *o.mirror_domains) if _covers(h, d)), None)
            if hit is None or not wanted(e.id, o.id):
                continue
            d, how = hit
            rows.append({"recipe": e.id, "test": "(covered twice)", "result": "FAIL",
                         "detail": f"{o.path} already covers {d} (as {'a mirror' if how == 'mirror' else 'its domain'}): "
                                   "both would write to this broker; improve that recipe instead, or, when this is "
                                   "another route of the same company on purpose, give both one family",
                         _SAY: ("check.covered_by_mirror" if how == "mirror" else "check.covered_by_domain",
                               {"file": o.path, "domain": d})})
    return rows


def todo_left(path: Path) -> str | None:
    """The first ``TODO`` that ``optout recipe new`` wrote and the author has not yet replaced, as
    "FILE line N: …", else None. A scaffold's guesses (selectors, the broker's name, where its facts
    came from) must not pass as a finished recipe."""
    found = _todo(path)
    if found is None:
        return None
    return f"{path} line {found[0]}: {found[1]} (left from `optout recipe new`: replace it with what you found)"


def _todo(path: Path) -> tuple[int, str] | None:
    """(line number, the TODO's words) of the first ``TODO`` left in ``path``, else None."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for n, line in enumerate(lines, 1):
        if _TODO.search(line):
            return n, line[line.index("TODO"):].strip()[:120]
    return None


#: Words in ``verified.how`` that say the recipe never ran against the live site (docs/RECIPES.md: that
#: is ``unverified``, or ``lab``), which ``status: working`` claims it did.
_NOT_LIVE = re.compile(r"\b(?:never|not(?: yet)?)\b[^.;]{0,40}\b(?:run|ran|tried|tested|checked|used)\b[^.;]{0,40}"
                       r"\blive\b|\bonly against\b[^.;]{0,30}\blab\b|\bhand[- ]written\b", re.I)


def verified_rows(recipe: Recipe, path: Path, today: dt.date) -> list[dict[str, Any]]:
    """What ``verified`` claims, held to docs/RECIPES.md: a check ``on`` a day still to come fails
    (nobody checked it then); ``status: working`` (run against the live site) without the day it
    was, or with a ``how`` that says it never ran there, is a warning. One row each, naming the
    file, the field and its line."""
    from optout.recipe.loader import line_of

    v = recipe.verified
    rows: list[dict[str, Any]] = []

    def row(result: str, field: str, key: str, english: str, **params: Any) -> None:
        line = line_of(path, ("verified", field))
        rows.append({"recipe": recipe.id, "test": "(verified)", "result": result,
                     "detail": f"{path} line {line}: verified.{field}: {english}",
                     _SAY: (key, {"file": str(path), "line": line, **params})})

    if v.on is not None and v.on > today:
        row("FAIL", "on", "check.verified_future", f"{v.on} is after today ({today}): give the day it was last checked",
            on=str(v.on), today=str(today))
    if v.status == "working" and v.on is None:
        row("warn", "status", "check.verified_no_date",
            "working (run against the live site) says no day: give it as verified.on")
    if v.status == "working" and _NOT_LIVE.search(v.how):
        row("warn", "status", "check.verified_not_live",
            "working says it ran against the live site, but verified.how says it did not: "
            "unverified (or lab) until it has")
    return rows


#: A row's words in the catalogue (``cli:<key>`` and its parameters: paths, domains, line numbers,
#: never a person's value), for a detail this module writes itself; ``--json`` drops it.
_SAY = "_say"
#: The rows' own "test" names (a recipe's own tests keep the names its author gave them).
_PSEUDO_TESTS = {"(load)": "load", "(schema)": "schema", "(TODO left)": "todo", "(covered twice)": "covered_twice",
                 "(verified)": "verified"}
#: A row's result in the catalogue: a warning is said, and fails nothing.
_RESULTS = {"ok": "check.ok", "warn": "check.warning", "FAIL": "check.failed"}


def check_table(rows: list[dict[str, Any]], lang: str) -> str:
    """The check's table in ``lang`` (the CLI's catalogue, ``cli:check.*``): headings, results,
    the rows' own test names and the details this module words itself. A failed test's detail is
    the recipe checker's own diagnosis of the recipe (its selectors, fields, steps and expected
    listings, from the loader, pydantic or the replay) for which only English words exist: it
    stays English, labelled so (``cli:error.english_only``), as the CLI's other such messages are.
    A recipe's own test names are the recipe's data, shown as written."""
    from optout.cli import _english, say, table

    shown = []
    for r in rows:
        words = r.get(_SAY)
        pseudo = _PSEUDO_TESTS.get(r["test"])
        shown.append({
            "recipe": r["recipe"],
            "test": say(f"check.test.{pseudo}", lang) if pseudo else r["test"],
            "result": say(_RESULTS[r["result"]], lang),
            "detail": (say(words[0], lang, **words[1]) if words
                       else _english(r["detail"], lang) if r["detail"] else ""),
        })
    return table(shown, ["recipe", "test", "result", "detail"], lang)


async def check_recipes(catalogue: Catalogue, ids: list[str] | None, settings: Settings, *, as_json: bool = False,
                        lang: str = "en") -> int:
    rows: list[dict[str, Any]] = []
    for path, err in catalogue.errors.items():
        rows.append({"recipe": Path(path).stem, "test": "(load)", "result": "FAIL", "detail": str(err)})
    broken = {Path(p).stem for p in catalogue.errors}
    wanted = [i for i in ids or [] if i not in broken]  # a recipe that failed to load shows as its (load) row
    if ids:
        rows = [r for r in rows if r["recipe"] in ids]
    recipes = catalogue.select(wanted) if wanted else ([] if ids else catalogue.select())
    rows += covered_twice(catalogue, set(wanted) if ids else None)
    needs_lab = any(t.lab for r in recipes for t in r.tests)
    lab_cm: Any = contextlib.nullcontext(None)
    if needs_lab:
        from optout.lab import Lab  # the lab (aiohttp, aiosmtpd) loads only when a recipe test needs it

        lab_cm = _lab(Lab, Path(tempfile.mkdtemp(prefix="optout-check-")))
    async with lab_cm as lab:
        today = dt.date.today()
        for r in recipes:
            rows += verified_rows(r, catalogue.paths[r.id], today)
            if todo := todo_left(catalogue.paths[r.id]):
                line, what = _todo(catalogue.paths[r.id]) or (0, "")
                rows.append({"recipe": r.id, "test": "(TODO left)", "result": "FAIL", "detail": todo,
                             _SAY: ("check.todo", {"file": str(catalogue.paths[r.id]), "line": line, "what": what})})
            if not r.tests:
                rows.append({"recipe": r.id, "test": "(schema)", "result": "ok", "detail": "valid; no tests of its own",
                             _SAY: ("check.no_tests", {})})
                continue
            for t in r.tests:
                try:
                    if t.flow == "letter":
                        problems = run_letter_test(r, t)
                    elif (t.page or t.har) and t.flow == "optout":
                        problems = await run_optout_page_test(r, t, catalogue.paths[r.id], settings)
                    else:
                        problems = (run_page_test(r, t, catalogue.paths[r.id]) if t.page
                                    else await run_lab_test(r, t, lab, settings))
                except OptoutError as e:
                    problems = [str(e)]
                rows.append({"recipe": r.id, "test": t.name, "result": "FAIL" if problems else "ok",
                             "detail": "; ".join(problems)})
    failed = sum(1 for r in rows if r["result"] == "FAIL")
    warned = sum(1 for r in rows if r["result"] == "warn")
    if as_json:  # English words and codes, for a program
        print(json.dumps([{k: v for k, v in r.items() if k != _SAY} for r in rows], indent=2))
    else:
        from optout.cli import say

        print(check_table(rows, lang))
        summary = say("check.summary", lang, ok=len(rows) - failed - warned, failed=failed)
        if warned:
            summary += say("check.summary_warned", lang, warned=warned)
        print("\n" + summary, file=sys.stderr)
    return 1 if failed else 0


@contextlib.asynccontextmanager
async def _lab(lab_cls: Any, data_dir: Path):  # type: ignore[no-untyped-def]
    lab = lab_cls(seed=7, data_dir=data_dir, failure_rate=0.0)
    await lab.start()
    try:
        lab.seed_people([("test", test_person())])
        yield lab
    finally:
        await lab.stop()
