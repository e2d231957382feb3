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
    from playwright.async_api import Error as PlaywrightError
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
                for tries in (1, 2, 3):  # the last case's own navigation may still be under way
                    try:
                        await page.goto(url)
                        break
                    except PlaywrightError:
                        if tries == 3:
                            raise
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


async def test_a_request_seen_while_the_page_is_read_is_kept():
    """The navigation's request event reaches ``on_request`` (``page_sends += 1``) while
    ``sends_now`` waits for the page's answer: ``self.page_sends += await …`` added the answer to
    the count read before the wait and lost the request (the field-sends test's failure, 2026-12-04:
    the POST counted, then overwritten, the request marked "nothing sent")."""
    from optout.channels.browser import BrowserPage

    page = BrowserPage(None, None, "hostile", ["hostile.lab.test"])

    class NewDocument:  # the form's navigation committed: the new document has counted nothing
        url = "http://hostile.lab.test/optout"

        async def evaluate(self, script):  # type: ignore[no-untyped-def]
            page.page_sends += 1  # on_request, for the POST, while the read is under way
            return 0

    page._page = NewDocument()
    assert await page.sends_now() == 1


def test_no_shared_count_is_added_to_across_an_await():
    """The class of that fault, in all of optout: ``obj.attr += <expression holding await>`` reads
    ``obj.attr`` before the wait and writes it after, so what another task added meanwhile is lost.
    Read first (``x = await …``), then add."""
    import ast

    from .conftest import ROOT

    found = []
    for path in sorted((ROOT / "optout").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.AugAssign) and isinstance(node.target, (ast.Attribute, ast.Subscript))
                    and any(isinstance(n, ast.Await) for n in ast.walk(node.value))):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], found
