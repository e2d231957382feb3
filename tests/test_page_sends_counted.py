"""What a page's own script sends is counted where the script asks for it (``browser._NAVIGATIONS_JS``,
read by ``BrowserPage.sends_now``), not where the browser later shows it: a form sent from a list's
``onchange`` begins its navigation only in a later task, and the zero-timeout read after the step
could come first (``test_engine_field_sends[submit-True]`` recorded "nothing sent" for a request the
page had sent, 1 run in 24 under load, 2026-12-04). Each case here acts and reads the count in ONE
synchronous script, so no task of the page runs between them: only a count taken at the call passes.

Real Chromium; the pages are served by a route on an invented broker's host."""

from __future__ import annotations

import pytest

from .conftest import requires_browser

BROKER = "http://broker.example"
FORM = ('<form id="f" method="post" action="/optout"><input name="name">{extra}'
        '<select id="why" name="why" onchange="this.form.submit()"><option value="">-</option>'
        '<option value="p">Privacy</option></select><button id="go">Send</button></form>'
        '<form id="away" method="post" action="http://elsewhere.example/collect"></form>')

# (what the page's script does, how many sends it must count at once)
CASES = [
    # a list whose onchange sends its form (f42): the navigation starts in a later task
    ("const s = document.getElementById('why'); s.value = 'p'; s.dispatchEvent(new Event('change'));", 1),
    ("document.getElementById('f').submit();", 1),
    ("document.getElementById('f').requestSubmit();", 1),
    ("fetch('/optout', {method: 'POST', body: 'x'});", 1),
    ("fetch(new Request('/optout', {method: 'PUT', body: 'x'}));", 1),
    ("fetch('/search?q=a');", 0),  # a GET sends no request's data
    ("fetch('http://analytics.example/e', {method: 'POST', body: 'x'});", 0),  # not the broker
    ("const x = new XMLHttpRequest(); x.open('POST', '/optout'); x.send('x');", 1),
    ("const x = new XMLHttpRequest(); x.open('GET', '/search'); x.send();", 0),
    ("navigator.sendBeacon('/optout', 'x');", 1),
    ("navigator.sendBeacon('http://analytics.example/b', 'x');", 0),
    ("document.getElementById('away').submit();", 0),  # a form to another host (the route blocks it)
    ("history.pushState({}, '', '#step2');", 0),  # a history entry sends nothing
]


async def _serve(route) -> None:  # type: ignore[no-untyped-def]
    if route.request.url.startswith(BROKER):
        extra = '<input name="action" value="clobbered">' if "clobber" in route.request.url else ""
        await route.fulfill(status=200, content_type="text/html",
                            body=f"<!doctype html><title>t</title>{FORM.format(extra=extra)}")
    else:
        await route.abort()


@requires_browser
@pytest.mark.parametrize("clobbered", [False, True])
async def test_a_send_is_counted_when_the_page_asks_for_it(clobbered):
    from playwright.async_api import async_playwright

    from optout.channels.browser import find_executable, navigations_js
    from optout.settings import BrowserSettings

    got = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=find_executable(BrowserSettings()))
        try:
            context = await browser.new_context()
            await context.route("**/*", _serve)
            await context.add_init_script(navigations_js(["Broker.Example."]))
            page = await context.new_page()
            for script, _ in CASES:
                # a field named "action" hides the form's address from form.action (DOM clobbering)
                url = f"{BROKER}/{'clobber' if clobbered else 'form'}"
                await page.goto(url)
                got.append(await page.evaluate(
                    f"() => {{ window.__optoutNavigations(); {script} return window.__optoutNavigations(); }}"))
            # the wrapped natives still say "[native code]" to a page's bot check that looks
            natives = await page.evaluate(
                "() => [fetch, HTMLFormElement.prototype.submit, XMLHttpRequest.prototype.send, "
                "navigator.sendBeacon].map(f => Function.prototype.toString.call(f).includes('[native code]'))")
        finally:
            await browser.close()
    assert got == [n for _, n in CASES], list(zip([s for s, _ in CASES], got))
    assert natives == [True] * 4
