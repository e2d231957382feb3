"""A page kept with its markup is read once, not twice (issue 15, pass 29).

``keep_page(html=True)`` read the page's text (``inner_text("body")``) and then its markup (a page
function), and the engine's scan read the markup for its listings and the text again for the
evidence: two round trips through Playwright's driver and the renderer where one page function
returns both (``Page.contents``). What is kept must not change: the same text a reader sees (what
``inner_text`` gives: no script, no hidden block, a line per block) and the same markup."""

from __future__ import annotations

import pytest

from .conftest import driver_messages, local_browser, requires_browser

PAGE = """<!doctype html><html><head><style>.x { display: none }</style></head><body>
<h1>Results</h1><p class="x">hidden by a rule</p><div hidden>hidden by an attribute</div>
<article class="card">Ana  García<br>Springfield, IL</article><script>var quiet = 1;</script>
<ul><li>one</li><li>two</li></ul><p>Señor &amp; señora</p></body></html>"""


class Sink:
    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    async def __call__(self, kind: str, data: bytes, step: str) -> None:
        self.kept[kind] = data


@requires_browser
async def test_a_page_kept_with_its_markup_is_read_in_one_call_and_keeps_what_a_reader_sees() -> None:
    from optout.steps.runner import keep_page

    channel = local_browser()
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(PAGE)
            seen = await page.p.inner_text("body")  # what a reader sees, as Playwright reads it
            sink = Sink()
            with driver_messages() as sent:
                await keep_page(page, sink, "scan (found)", html=True)
            # one page read for the text and the markup, beside the screenshot (two on main: innerText, then evaluate)
            assert (sent["innerText"], sent["evaluateExpression"]) == (0, 1), sent
            markup, text = await page.contents()
            alone = await page.html(), await page.text()
    finally:
        await channel.close()
    assert set(sink.kept) == {"screenshot", "page_text", "html"}
    assert sink.kept["page_text"].decode() == seen == text == alone[1]
    # innerText, not textContent: no hidden block, no script, a line at a <br>, spaces collapsed
    assert "hidden by" not in seen and "quiet" not in seen and "Ana García\nSpringfield, IL" in seen
    assert sink.kept["html"].decode() == markup == alone[0]
    assert markup.startswith("<!DOCTYPE html>") and "hidden by a rule" in markup


@requires_browser
async def test_a_page_without_a_body_and_a_page_over_the_size_limit() -> None:
    from optout.errors import StepError

    channel = local_browser()
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.evaluate("() => document.body.remove()")
            markup, text = await page.contents()
            assert text == "" and "<head>" in markup
            page.channel.net.max_page_mb = 0.000001
            with pytest.raises(StepError, match="larger than network.max_page_mb"):
                await page.contents()
    finally:
        await channel.close()

