"""The browser channel's wait for a search's results (``BrowserPage.wait_for_results``): a page that
is really empty ends at once, truthfully, even when its "no results" marker is drawn in a box of no
size (Playwright calls that not visible: the search waited the whole step timeout, then said "nobody
found" all the same); a marker hidden until the search answered still waits for the listings."""

from __future__ import annotations

import time

import pytest

from optout.recipe.schema import Extract
from optout.steps.extract import SelectorNotFound, extract_listings

from .conftest import requires_browser

SPEC = Extract.model_validate({"items": "div.result", "no_results": "p.none", "fields": {"name": {"selector": "h3"}}})
STEP_TIMEOUT = 6.0


async def _waited(html: str, timeout: float = STEP_TIMEOUT) -> tuple[float, str]:
    from optout.channels.browser import BrowserChannel
    from optout.ratelimit import RateLimiter
    from optout.settings import Settings

    settings = Settings(browser={"step_timeout": timeout})
    channel = BrowserChannel(settings.browser, settings.network, None, RateLimiter(1000))
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(html)
            began = time.monotonic()
            await page.wait_for_results(SPEC.items, SPEC.no_results)
            return time.monotonic() - began, await page.p.content()
    finally:
        await channel.close()


@requires_browser
@pytest.mark.parametrize("marker", [
    "<p class='none' style='height:0; margin:0'>No records found</p>",            # its text overflows a box of no size
    "<div style='height:0; width:0'><p class='none' style='height:0'>No records</p></div>",
    "<p class='none' style='width:0; white-space:nowrap'>No records</p>",
])
async def test_an_empty_page_whose_marker_has_no_size_ends_at_once_and_truthfully(marker):
    took, html = await _waited(f"<html><body><h1>Search</h1>{marker}</body></html>")
    assert took < 2.0, took  # not the step timeout (6 s)
    assert extract_listings(html, "http://x", SPEC) == []  # nobody found, as extraction reads the page


@requires_browser
async def test_a_marker_hidden_until_the_search_answered_still_waits_for_the_late_listings():
    late = """<html><body><p class="none" hidden>No records</p><div id="out"></div><script>
      setTimeout(() => { document.getElementById('out').innerHTML =
        '<div class="result"><h3>Alex Rivera</h3></div>'; }, 1500);
    </script></body></html>"""
    took, html = await _waited(late)
    assert 1.2 < took < STEP_TIMEOUT, took
    assert [x.name for x in extract_listings(html, "http://x", SPEC)] == ["Alex Rivera"]


@requires_browser
@pytest.mark.parametrize("marker", [
    "<p class='none' hidden style='height:0'>No records</p>",
    "<p class='none' style='visibility:hidden; height:0'>No records</p>",
    "<div style='display:none'><p class='none'>No records</p></div>",
])
async def test_a_hidden_marker_is_never_nobody_found(marker):
    took, html = await _waited(f"<html><body>{marker}</body></html>", timeout=1.0)
    assert took >= 0.9, took  # it waited for listings that never came
    with pytest.raises(SelectorNotFound):
        extract_listings(html, "http://x", SPEC)
