"""Real brokers' markup (issue 12), one page per kind in tests/pages/markup, run through both
channels offline (``optout.recipe.replay``): the right field is filled, nothing is claimed that did
not happen, a bot wall is its own outcome."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

import pytest
from pydantic import TypeAdapter

from optout.errors import BotWall, PageMoved, SelectorNotFound, StepError, TemplateError
from optout.ratelimit import RateLimiter
from optout.recipe.detect import analyse, bot_wall
from optout.recipe.replay import Recorded
from optout.recipe.schema import Step
from optout.recipe.template import render
from optout.settings import Settings
from optout.steps.runner import Flow, run_steps

from .conftest import requires_browser

PAGES = Path(__file__).parent / "pages" / "markup"
SITE = "https://broker.example"
FORM = f"{SITE}/privacy/opt-out"
ANSWER = "<!doctype html><title>Done</title><main><h1>Request received</h1></main>"
VALUES = {"full_name": "María José García-López", "email": "maria.garcia@example.org",
          "street": "1200 Calle Ocho", "phone": "+1 (305) 555-0134", "birth_date": "1981-03-09"}
CHANNELS = ["http", pytest.param("browser", marks=requires_browser)]


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


async def run(channel: str, pages: dict, steps: list[dict], *, proxy: str | None = None,
              read: tuple[str, ...] = ()) -> tuple[Flow | BaseException, Recorded]:
    """Run ``steps`` on ``pages`` served offline by the channel; the flow, or what it raised.
    ``proxy``: the browser's proxy (for redirect hops, which Playwright's routing does not see);
    ``read``: selectors whose field values are read when the steps end, into ``recorded.read``."""
    import httpx

    from optout.recipe.replay import field_value

    from optout.channels.browser import BrowserChannel
    from optout.channels.http import HttpChannel, _NoCookies

    settings = Settings(network={"retries": 0}, browser={"step_timeout": 3, "navigation_timeout": 5})
    recorded = Recorded(pages, ["broker.example"])
    parsed = TypeAdapter(list[Step]).validate_python(steps)
    limiter = RateLimiter(1000)

    async def nothing(kind: str, data: bytes, label: str) -> None:
        return None

    async def go(p) -> Flow | BaseException:  # type: ignore[no-untyped-def]
        try:
            return await run_steps(parsed, p, VALUES, flow_name="optout", domains=["broker.example"],
                                   evidence=nothing, step_timeout=2)
        except StepError as e:
            return e
        finally:
            recorded.read = {sel: await field_value(p, sel) for sel in read}  # type: ignore[attr-defined]

    if channel == "http":
        http = HttpChannel(settings.network, None, limiter)
        await http.client.aclose()
        http.client = httpx.AsyncClient(transport=recorded.transport(), follow_redirects=False)
        http.client.cookies.jar.set_policy(_NoCookies())
        try:
            return await go(http.page("t", ["broker.example"])), recorded
        finally:
            await http.close()
    browser = BrowserChannel(settings.browser, settings.network, proxy, limiter)
    try:
        async with browser.page("t", ["broker.example"]) as p:
            if proxy is None:  # else the proxy serves every request, redirect hops included, as a network
                await recorded.attach_browser(p)
            return await go(p), recorded
    finally:
        await browser.close()


def posted(recorded: Recorded) -> dict[str, str]:
    assert recorded.posted, recorded.served
    return {k: v[0] for k, v in parse_qs(recorded.posted[-1][1].decode(), keep_blank_values=True).items()}


FILL_FORM = [
    {"action": "navigate", "url": FORM},
    {"action": "fill", "label": "Email", "value": "${email}"},
    {"action": "fill", "label": "Address", "value": "${street}"},
    {"action": "fill", "label": "Full name", "value": "${full_name}"},
    {"action": "fill", "label": "Phone", "value": "${phone|phoneDigits}"},
    {"action": "click", "role": "button", "name": "Submit request"},
    {"action": "expect", "contains": "Request received", "confirms": True},
]


@pytest.mark.parametrize("channel", CHANNELS)
async def test_each_value_goes_into_its_own_field(channel):
    """Exact label before substring ("Address", not "IP Address *"); the header's search box with
    the same label and the off-screen honeypot "Email address (leave blank)" left alone; a label
    whose ``for`` names the field's name; the phone formatted to the field's 10 characters."""
    flow, recorded = await run(channel, {FORM: page("fields.html"), f"POST {SITE}/privacy/request": ANSWER},
                               FILL_FORM)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    sent = posted(recorded)
    assert sent["email"] == VALUES["email"]
    assert sent["street_address"] == VALUES["street"]
    assert sent["ip_address"] == ""
    assert sent["email_confirm"] == ""  # the honeypot
    assert sent["full_name"] == VALUES["full_name"]
    assert sent["phone"] == "3055550134"
    assert not any(m == "GET" and "/search" in u for m, u, _ in recorded.served)


@pytest.mark.parametrize("channel", CHANNELS)
async def test_a_value_longer_than_the_field_fails_loudly_never_cut(channel):
    steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Phone", "value": "${phone}"}]
    err, recorded = await run(channel, {FORM: page("fields.html")}, steps)
    assert isinstance(err, StepError) and "at most 10 characters" in str(err), err
    assert "305" not in str(err)  # never the value
    assert not recorded.posted


STATE_FORM = ('<!doctype html><title>Request</title><main><form method="post" action="/privacy/request">'
              '<label for="st">State</label><select id="st" name="state"><option value="">Choose</option>'
              '<option value="IL">Illinois</option><option value="OH">Ohio</option></select>'
              '<input name="code" maxlength="4" aria-label="Code"><button type="submit">Send</button></form></main>')


@pytest.mark.parametrize("channel", CHANNELS)
async def test_fill_chooses_a_lists_option_and_keeps_to_a_fields_length_however_it_is_found(channel):
    """A recipe's "fill" on a <select> chooses the option (by its text here; the browser channel,
    as DuckDuckGo's fillForm); a field's maxlength holds whether the field is found by its label or
    by a selector."""
    pages = {FORM: STATE_FORM, f"POST {SITE}/privacy/request": ANSWER}
    if channel == "browser":
        steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "State", "value": "Illinois"},
                 {"action": "click", "role": "button", "name": "Send"}]
        flow, recorded = await run(channel, pages, steps)
        assert isinstance(flow, Flow), flow
        assert posted(recorded)["state"] == "IL"
    for how in ({"label": "Code"}, {"selector": "input[name=code]"}):
        steps = [{"action": "navigate", "url": FORM}, {"action": "fill", **how, "value": "12345"}]
        err, recorded = await run(channel, pages, steps)
        assert isinstance(err, StepError) and "at most 4 characters" in str(err), (how, err)


@pytest.mark.parametrize("channel", CHANNELS)
async def test_two_fields_with_the_same_label_are_an_error_naming_both(channel):
    steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Phone", "value": "${phone|digits}"}]
    err, _ = await run(channel, {FORM: page("ambiguous.html")}, steps)
    assert isinstance(err, SelectorNotFound) and "fits 2 fields" in str(err), err
    assert "name=home_phone" in str(err) and "name=work_phone" in str(err)


HEADER_SIGNUP = ('<!doctype html><title>Opt out</title><header><form action="/newsletter"><label for="n">Email</label>'
                 '<input id="n" name="newsletter"></form></header><main><form method="post" action="/privacy/request">'
                 '<label for="e">Email address</label><input id="e" name="email" type="email">'
                 '<button type="submit">Submit request</button></form></main>')


@pytest.mark.parametrize("channel", CHANNELS)
async def test_exact_words_only_in_the_header_and_contained_in_the_form_are_an_error_not_a_guess(channel):
    """`label: Email` typed the person's e-mail into the header's sign-up box (exact words, rule 2)
    though the opt-out form's "Email address" was meant, and the form went without it."""
    steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Email", "value": "${email}"},
             {"action": "click", "role": "button", "name": "Submit request"}]
    err, recorded = await run(channel, {FORM: HEADER_SIGNUP, f"POST {SITE}/privacy/request": ANSWER}, steps,
                              read=("#n",))
    assert isinstance(err, SelectorNotFound) and "fits 2 fields" in str(err), err
    assert "name=newsletter" in str(err) and "name=email" in str(err) and "header" in str(err)
    assert VALUES["email"] not in str(err)
    assert recorded.read["#n"] == "" and not recorded.posted
    # said which, it fills the form's field
    steps[1] = {"action": "fill", "label": "Email", "within": "main form", "value": "${email}"}
    flow, recorded = await run(channel, {FORM: HEADER_SIGNUP, f"POST {SITE}/privacy/request": ANSWER}, steps)
    assert isinstance(flow, Flow), flow
    assert posted(recorded)["email"] == VALUES["email"]


@pytest.mark.parametrize("channel", CHANNELS)
async def test_a_field_read_within_a_form_after_a_read_of_the_whole_page_is_the_forms_own(channel):
    """A read of the whole page tags the header's box first; a later read inside the form tagged its
    first field with the same key, and the name went into the header's box (before this
    fix, whenever a fill without `within` came before one with it)."""
    html = HEADER_SIGNUP.replace('<label for="e">', '<label for="f">Full name</label><input id="f" name="full_name">'
                                 '<label for="e">')
    steps = [{"action": "navigate", "url": FORM},
             {"action": "fill", "label": "Email address", "value": "${email}"},
             {"action": "fill", "label": "Full name", "within": "main form", "value": "${full_name}"},
             {"action": "click", "role": "button", "name": "Submit request"}]
    flow, recorded = await run(channel, {FORM: html, f"POST {SITE}/privacy/request": ANSWER}, steps)
    assert isinstance(flow, Flow), flow
    assert posted(recorded) == {"email": VALUES["email"], "full_name": VALUES["full_name"]}


# the form's "Email" is swapped by the page's script 0.3 s after it loads (the first one hidden, a
# new one shown), and the page then says it is ready
SWAPPED_FORM = ('<!doctype html><title>Opt out</title><main><form method="post" action="/privacy/request">'
                '<label for="a">Email</label><input id="a" name="old_email"><span id="b"></span>'
                '<button type="submit">Send</button></form><p id="s"></p></main><script>'
                'setTimeout(() => { document.getElementById("a").style.display = "none"; '
                'document.querySelector("label[for=a]").style.display = "none"; '
                'document.getElementById("b").innerHTML = \'<label for="c">Email</label><input id="c" name="email">\'; '
                'document.getElementById("s").textContent = "Ready"; }, 300);</script>')


@requires_browser
async def test_a_fill_reads_the_page_again_after_any_step_since_the_last_look():
    """The look after a navigation reads the page's fields for the fill right after it (issue 15);
    a step in between (here a wait while the page's script swaps the field) drops that read: the
    field is chosen from the page as it is when the fill comes, the hidden one left alone."""
    steps = [{"action": "navigate", "url": FORM}, {"action": "wait_for", "contains": "Ready", "timeout": "5s"},
             {"action": "fill", "label": "Email", "value": "${email}"},
             {"action": "click", "role": "button", "name": "Send"}]
    flow, recorded = await run("browser", {FORM: SWAPPED_FORM, f"POST {SITE}/privacy/request": ANSWER}, steps)
    assert isinstance(flow, Flow), flow
    assert posted(recorded) == {"old_email": "", "email": VALUES["email"]}


@requires_browser
async def test_a_fill_right_after_a_navigation_or_click_chooses_from_that_steps_look(monkeypatch):
    """One read of the page's fields per navigation or click and the fill that follows it, not two
    (issue 15: a round trip before most fills); the fills after the first read the page again."""
    import optout.channels.browser as b

    counted = ("(scope) => { window.__optoutReads = (window.__optoutReads || 0) + 1; "
               f"return ({b._FIELDS_JS.strip()})(scope); }}")
    monkeypatch.setattr(b, "_FIELDS_JS", counted)
    seen: list[int] = []

    real = b.BrowserPage.click

    async def click(self, loc, **kw):  # type: ignore[no-untyped-def]
        seen.append(await self.p.evaluate("window.__optoutReads || 0"))
        return await real(self, loc, **kw)

    monkeypatch.setattr(b.BrowserPage, "click", click)
    flow, recorded = await run("browser", {FORM: page("fields.html"), f"POST {SITE}/privacy/request": ANSWER},
                               FILL_FORM)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert seen == [3]  # four fills after the navigation: the first from the look, three reads
    sent = posted(recorded)
    assert sent["email"] == VALUES["email"] and sent["email_confirm"] == ""  # the honeypot still left alone
    assert sent["full_name"] == VALUES["full_name"] and sent["phone"] == "3055550134"


@requires_browser
async def test_the_look_reads_no_fields_when_no_fill_comes_next():
    """The fields are read with the look only for a fill by label right after it (they cost the look
    Chromium's time on every page): a navigation followed by a read leaves no field tagged."""
    steps = [{"action": "navigate", "url": FORM},
             {"action": "extract_value", "selector": "input[data-optout-field]", "attribute": "name", "into": "x"}]
    err, _ = await run("browser", {FORM: page("fields.html")}, steps)
    assert isinstance(err, SelectorNotFound), err
    steps.insert(1, {"action": "fill", "label": "Email", "value": "${email}"})
    flow, _ = await run("browser", {FORM: page("fields.html")}, steps)
    assert isinstance(flow, Flow) and flow.extracted["x"], flow


@requires_browser
@pytest.mark.parametrize("page_script", ["", "<script>Array.prototype.toJSON = function () { return 'x'; };</script>"])
async def test_the_look_and_the_field_reads_come_back_as_one_string(monkeypatch, page_script):
    """The look after a navigation and every read of the form's fields come back from Chromium as
    one JSON string, not an object of hundreds of parts that Playwright's driver serialises and its
    Python client validates part by part (issue 15: the largest share of optout's own Python per
    flow at concurrency 8); a page whose script changed JSON.stringify (an old library's toJSON on
    arrays) is read the ordinary way, and its form filled all the same."""
    from playwright.async_api import Page as PWPage

    answers: list[object] = []
    real = PWPage.evaluate

    async def evaluate(self, expression, arg=None):  # type: ignore[no-untyped-def]
        got = await real(self, expression, arg)
        if "data-optout-field" in expression:  # a read of the form's fields (the look's included)
            answers.append(got)
        return got

    monkeypatch.setattr(PWPage, "evaluate", evaluate)
    html = page("fields.html").replace("</title>", "</title>" + page_script, 1)
    flow, recorded = await run("browser", {FORM: html, f"POST {SITE}/privacy/request": ANSWER}, FILL_FORM)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    sent = posted(recorded)
    assert sent["email"] == VALUES["email"] and sent["email_confirm"] == ""  # the honeypot still left alone
    assert sent["full_name"] == VALUES["full_name"] and sent["phone"] == "3055550134"
    kinds = [type(a) for a in answers]
    if not page_script:  # the looks after the navigation and the click, and three reads: one string each
        assert kinds == [str] * 5, kinds
    else:  # on the form's page each twice: the string the page's JSON spoilt, then the ordinary read;
        # the answer's page (no such script) looked at once
        assert kinds == [str, list] * 4 + [str], kinds


REQUIRED_FORM = ('<!doctype html><title>Opt out</title><main><form method="post" action="/privacy/request"{nv}>'
                 '<label for="e">Email address</label><input id="e" name="email" type="email" required>'
                 '<label for="z">ZIP code</label><input id="z" name="zip" required>'
                 '<button type="submit">Submit request</button></form></main>')


@pytest.mark.parametrize("channel", CHANNELS)
async def test_a_form_the_browser_refuses_to_send_is_a_failed_step_not_a_submission(channel):
    """A required field the recipe leaves empty: the browser sends nothing when the button is
    clicked, and the flow went on to end "submitted" (a request reported that never left)."""
    steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Email address", "value": "${email}"},
             {"action": "click", "role": "button", "name": "Submit request"}]
    pages = {FORM: REQUIRED_FORM.format(nv=""), f"POST {SITE}/privacy/request": ANSWER}
    err, recorded = await run(channel, pages, steps)
    assert isinstance(err, StepError) and "the browser did not send the form" in str(err), err
    assert "'ZIP code'" in str(err) and VALUES["email"] not in str(err)
    assert not recorded.posted
    # a form that asks the browser not to check it is sent as it is
    pages[FORM] = REQUIRED_FORM.format(nv=" novalidate")
    flow, recorded = await run(channel, pages, steps)
    assert isinstance(flow, Flow), flow
    assert posted(recorded)["email"] == VALUES["email"]


@pytest.mark.parametrize("channel", CHANNELS)
async def test_a_success_message_hidden_by_css_is_no_confirmation(channel):
    # the form's POST is not accepted (404): nothing was submitted, and the page's own hidden
    # "Thank you" block must not be read as the broker's answer
    steps = [{"action": "navigate", "url": FORM}, {"action": "expect", "contains": "Thank you", "confirms": True}]
    err, _ = await run(channel, {FORM: page("hidden-success.html")}, steps)
    assert isinstance(err, StepError) and "does not show the expected text" in str(err), err


# http only: a redirect served offline to the browser (route.fulfill with a 301) is followed outside
# Playwright's routing, to the network; the check is the step runner's, on page.url, for both.
@pytest.mark.parametrize("channel", ["http"])
async def test_a_retired_opt_out_address_that_leads_home_is_the_page_moved(channel):
    home = {FORM: (301, {"location": f"{SITE}/"}, ""), f"{SITE}/": page("home.html")}
    err, recorded = await run(channel, home, FILL_FORM[:2] + [{"action": "expect", "contains": "Thank you",
                                                              "confirms": True}])
    assert isinstance(err, PageMoved) and "the opt-out page moved" in str(err), err
    assert not any("/results" in u for _, u, _ in recorded.served)  # the e-mail never went into the site search


# A retired address whose page sends the browser home after it loaded: by script, a moment later,
# or by a meta refresh. The home page has a search box labelled "Email" and says "Thank you".
RETIRED = {
    "script": "<!doctype html><title>Privacy</title><p>Loading…</p>"
              "<script>setTimeout(() => location.replace('/'), 400)</script>",
    "meta refresh": '<!doctype html><head><meta http-equiv="refresh" content="1; url=/"></head><p>This page moved.</p>',
}


@requires_browser
@pytest.mark.parametrize("how", list(RETIRED))
async def test_a_retired_opt_out_page_that_sends_the_browser_home_is_the_page_moved(how):
    pages = {FORM: RETIRED[how], f"{SITE}/": page("home.html")}
    err, recorded = await run("browser", pages, FILL_FORM[:2] + [{"action": "expect", "contains": "Thank you",
                                                                  "confirms": True}], read=("#e",))
    assert isinstance(err, PageMoved) and "the opt-out page moved" in str(err), err
    assert ("GET", f"{SITE}/", 200) in recorded.served  # it did go home
    assert recorded.read["#e"] == ""  # the e-mail was never typed into the site search
    assert not any("/results" in u for _, u, _ in recorded.served)


@requires_browser
async def test_a_retired_opt_out_address_redirected_home_is_the_page_moved_in_the_browser():
    """An HTTP 301 from the retired address to the home page, served over plain HTTP by a local
    proxy, as the network would: the browser follows the redirect for real (the offline replay's
    own way is tested by test_a_recorded_redirect_home_replays_offline_as_the_page_moved)."""
    from aiohttp import web

    site = "http://broker.example"
    form = f"{site}/privacy/opt-out"
    recorded_pages = {form: (301, {"location": f"{site}/"}, ""), f"{site}/": page("home.html")}
    hops: list[str] = []

    async def serve(request: web.Request) -> web.Response:
        url = f"http://{request.host}{request.path_qs}"
        hops.append(url)
        status, headers, body = Recorded(recorded_pages, ["broker.example"]).answer_full(request.method, url)
        return web.Response(status=status, text=body, content_type="text/html", headers=headers)

    runner = web.AppRunner(web.Application(middlewares=[]), access_log=None)
    runner.app.router.add_route("*", "/{tail:.*}", serve)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    proxy = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        steps = [{"action": "navigate", "url": form}, {"action": "fill", "label": "Email", "value": "${email}"},
                 {"action": "expect", "contains": "Thank you", "confirms": True}]
        err, recorded = await run("browser", recorded_pages, steps, proxy=proxy, read=("#e",))
    finally:
        await runner.cleanup()
    assert f"{site}/" in hops  # the redirect was followed, through the proxy
    assert isinstance(err, PageMoved) and "the opt-out page moved" in str(err), err
    assert recorded.read["#e"] == ""
    assert not any("/results" in u for _, u, _ in recorded.served) and not any("/results" in u for u in hops)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("status", [301, 302])
async def test_a_recorded_redirect_home_replays_offline_as_the_page_moved(channel, status):
    """The same retired address, replayed from recorded pages alone (no proxy): the replay serves
    the redirect so that the browser ends at the home page as it would live, and the recipe's
    test says the page moved instead of passing on the wrong page or failing on the network."""
    pages = {FORM: (status, {"Location": f"{SITE}/"}, ""), f"{SITE}/": page("home.html")}
    steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Email", "value": "${email}"}]
    err, recorded = await run(channel, pages, steps, read=("#e",))
    assert isinstance(err, PageMoved) and "the opt-out page moved" in str(err), err
    assert recorded.read["#e"] == ""
    if channel == "browser":
        assert recorded.redirected == [(FORM, f"{SITE}/")]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("status", [403, 503, 200])
async def test_a_bot_wall_is_its_own_outcome(channel, status):
    wall = {FORM: (status, {}, page("cloudflare.html"))}
    err, _ = await run(channel, wall, FILL_FORM[:2])
    assert isinstance(err, BotWall) and err.transient and err.vendor == "Cloudflare", err
    assert "HTTP" not in str(err) and "bot wall (Cloudflare)" in str(err)


def test_a_bot_detection_script_is_not_a_captcha_nor_a_wall():
    html = page("datadome-tag.html")
    assert analyse(html).captchas == []
    assert bot_wall(html) is None
    assert bot_wall(page("cloudflare.html")) == "Cloudflare"
    assert bot_wall(page("fields.html")) is None


@requires_browser
async def test_a_form_shown_by_script_is_waited_for():
    steps = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Email", "value": "${email}"},
             {"action": "click", "role": "button", "name": "Send"},
             {"action": "expect", "contains": "Request received", "confirms": True}]
    flow, recorded = await run("browser", {FORM: page("late-form.html"), f"POST {SITE}/privacy/request": ANSWER},
                               steps)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert posted(recorded)["email"] == VALUES["email"]


@pytest.mark.parametrize("template, want", [
    ("${phone|digits}", "13055550134"), ("${phone|phoneDigits}", "3055550134"),
    ("${phone|phoneNational}", "(305) 555-0134"), ("${phone|phoneE164}", "+13055550134"),
    ("${birth_date|date:%m/%d/%Y}", "03/09/1981"), ("${birth_date|date:%d.%m.%Y}", "09.03.1981"),
])
def test_value_format_filters(template, want):
    assert render(template, VALUES) == want


def test_a_filter_that_cannot_read_the_value_says_so():
    with pytest.raises(TemplateError, match="not a YYYY-MM-DD date"):
        render("${full_name|date:%Y}", VALUES)
    with pytest.raises(TemplateError, match="not a phone number"):
        render("${email|phoneE164}", VALUES)


SEND = [{"action": "navigate", "url": FORM}, {"action": "fill", "label": "Email", "value": "${email}"},
        {"action": "click", "role": "button", "name": "Send"},
        {"action": "expect", "contains": "Request received", "confirms": True}]


@requires_browser
async def test_a_consent_banner_over_the_form_is_rejected_and_the_flow_goes_on():
    flow, recorded = await run("browser", {FORM: page("consent.html"), f"POST {SITE}/privacy/request": ANSWER}, SEND)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert posted(recorded)["email"] == VALUES["email"]


@requires_browser
async def test_a_banner_that_fades_out_is_rejected_once_and_waited_for():
    # a consent manager that fades its banner out (0.6 s) after "Reject All": the flow waits until
    # it has gone, on the page, and never clicks the fading button a second time
    flow, recorded = await run("browser", {FORM: page("consent_fading.html"),
                                           f"POST {SITE}/privacy/request": ANSWER}, SEND)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert posted(recorded)["rejects"] == "1"
    assert posted(recorded)["email"] == VALUES["email"]


@requires_browser
async def test_an_unknown_overlay_is_said_plainly():
    err, recorded = await run("browser", {FORM: page("overlay.html"), f"POST {SITE}/privacy/request": ANSWER}, SEND)
    assert isinstance(err, StepError) and "a banner covers the page" in str(err), err
    assert not recorded.posted


@requires_browser
async def test_a_new_tab_on_the_broker_is_followed():
    steps = [{"action": "navigate", "url": FORM}, {"action": "click", "role": "link", "name": "Submit a request"},
             *SEND[1:]]
    pages = {FORM: page("newtab.html"), f"{SITE}/privacy/form": page("form.html"),
             f"POST {SITE}/privacy/request": ANSWER}
    flow, recorded = await run("browser", pages, steps)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert posted(recorded)["email"] == VALUES["email"]


@requires_browser
async def test_a_tab_a_script_opens_on_the_click_is_followed():
    opener = ('<!doctype html><title>Privacy</title><main><button type="button" '
              'onclick="window.open(\'/privacy/form\')">Open the request form</button></main>')
    steps = [{"action": "navigate", "url": FORM}, {"action": "click", "role": "button", "name": "Open the request form"},
             *SEND[1:]]
    pages = {FORM: opener, f"{SITE}/privacy/form": page("form.html"), f"POST {SITE}/privacy/request": ANSWER}
    flow, recorded = await run("browser", pages, steps)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert posted(recorded)["email"] == VALUES["email"]


@requires_browser
async def test_a_click_waits_on_the_page_never_a_fixed_pause(monkeypatch):
    # a click that opens no tab used to sleep 0.1 s in case one came: three clicks cost a Searchly
    # case 0.3 s (issue 15). The browser channel may sleep only while it waits for something.
    import asyncio
    import sys

    from optout.channels import browser

    pauses: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(delay, *args, **kwargs):  # type: ignore[no-untyped-def]
        if sys._getframe(1).f_code.co_filename == browser.__file__:
            pauses.append(delay)
        return await real_sleep(delay, *args, **kwargs)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    flow, recorded = await run("browser", {FORM: page("form.html"), f"POST {SITE}/privacy/request": ANSWER}, SEND)
    assert isinstance(flow, Flow) and flow.confirmed, flow
    assert pauses == []


@requires_browser
async def test_a_form_hosted_elsewhere_becomes_a_step_for_a_person_with_its_address():
    from optout.errors import NeedsHuman

    steps = [{"action": "navigate", "url": FORM}, {"action": "click", "role": "link", "name": "Request form (hosted)"},
             *SEND[1:]]
    with pytest.raises(NeedsHuman) as caught:
        await run("browser", {FORM: page("newtab.html")}, steps)
    assert caught.value.url == "https://privacy-vendor.example/webform/abc-123"
    assert "privacy-vendor.example" in caught.value.reason


@requires_browser
async def test_the_browser_reads_a_page_as_playwright_does_and_refuses_one_too_large():
    """BrowserPage.html serialises the page once, with the size check (issue 15): the same markup as
    Playwright's page.content(), and a page over network.max_page_mb refused before it is read."""
    from optout.channels.browser import BrowserChannel

    settings = Settings(network={"retries": 0, "max_page_mb": 0.01}, browser={"step_timeout": 3})
    recorded = Recorded({FORM: page("fields.html"), f"{SITE}/big": "<p>" + "x" * 20_000 + "</p>"},
                        ["broker.example"])
    browser = BrowserChannel(settings.browser, settings.network, None, RateLimiter(1000))
    try:
        async with browser.page("t", ["broker.example"]) as p:
            await recorded.attach_browser(p)
            await p.goto(FORM)
            assert await p.html() == await p.p.content()
            assert (await p.html()).lower().startswith("<!doctype html>")
            await p.goto(f"{SITE}/big")
            with pytest.raises(StepError, match="larger than network.max_page_mb"):
                await p.html()
    finally:
        await browser.close()


@requires_browser
@pytest.mark.parametrize("locator, url", [
    ({"role": "link", "name": "Your Privacy Choices"}, "https://privacy-vendor.example/dsar/web-form-77"),
    ({"role": "button", "name": "Make a privacy request"}, "https://privacy-vendor.example/dsar/by-script"),
])
async def test_a_same_tab_link_to_a_form_hosted_elsewhere_is_a_step_for_a_person(locator, url):
    """The footer's "Your Privacy Choices" leads, in the same tab, to a privacy-request vendor's form
    (a link, or a button whose script navigates): the case goes to a person with that address; the
    page's demo-request form gets nothing, and the flow never says "submitted"."""
    from optout.errors import NeedsHuman

    steps = [{"action": "navigate", "url": FORM}, {"action": "click", **locator}]
    with pytest.raises(NeedsHuman) as caught:
        await run("browser", {FORM: page("elsewhere.html")}, steps)
    assert caught.value.url == url and caught.value.kind == "other"
    assert "privacy-vendor.example" in caught.value.reason



_WALL_SAMPLES = {
    "Cloudflare": ["<title>Just a moment...</title>", "<title> Just a moment…</title>",
                   "<title>Attention Required! | Cloudflare</title>", "window._cf_chl_opt={}",
                   '<div class="cf-browser-verification">', '<script src="/cdn-cgi/challenge-platform/h/b/x.js">'],
    "DataDome": ["<iframe src='https://geo.captcha-delivery.com/captcha/?x=1'>", "var dd={'rt':'c'}"],
    "PerimeterX": ['<div id="px-captcha"></div>', "Access to this page has been denied."],
    "Akamai": ["<title>Access Denied</title><p>You don't have permission. Reference #18.5f</p>"],
    "Imperva": ["Request unsuccessful. Incapsula incident ID: 1-2", '<script src="/_Incapsula_Resource?x">'],
}


def _case_variants(text: str) -> list[str]:
    """The text as a case-insensitive pattern still reads it: other cases, and the letters
    ``re.IGNORECASE`` takes for k, s and i (Kelvin sign, long s, dotless i)."""
    return [text, text.upper(), text.swapcase(), text.replace("k", "\u212a").replace("K", "\u212a"),
            text.replace("s", "\u017f"), text.replace("i", "\u0131"), text.replace("I", "\u0130")]


def test_a_bot_wall_is_found_in_whatever_case_the_page_writes_it():
    """bot_wall skips a vendor's pattern on a page without its words: never on a page the pattern
    matches, in any case a case-insensitive pattern reads (every alternative of every vendor)."""
    from optout.recipe.detect import _WALLS

    patterns = dict(_WALLS)
    for vendor, samples in _WALL_SAMPLES.items():
        for sample in samples:
            for text in _case_variants(f"<html><body>{sample}</body></html>"):
                if patterns[vendor].search(text):
                    assert bot_wall(text) == vendor, (vendor, text)
        assert any(patterns[vendor].search(s) for s in samples)


def test_an_ordinary_page_runs_no_vendors_pattern(monkeypatch):
    """The browser looks for a wall after every navigation and click: on an ordinary page that is a
    few substring searches, not five case-insensitive patterns over 20 kB (0.5-1.5 ms a look)."""
    from optout.recipe import detect

    searched = []

    class Counting:
        def __init__(self, vendor, pat):
            self.vendor, self.pat = vendor, pat

        def search(self, text):
            searched.append(self.vendor)
            return self.pat.search(text)

    monkeypatch.setattr(detect, "_WALLS", [(v, Counting(v, p)) for v, p in detect._WALLS])
    assert bot_wall(page("fields.html")) is None and bot_wall(page("datadome-tag.html")) is None
    assert searched == []
    assert bot_wall(page("cloudflare.html")) == "Cloudflare" and searched == ["Cloudflare"]
