"""The wait for a scan's results is one wait of the driver's, and none is left behind (issue 15, pass 27).

``BrowserPage.wait_for_results`` waited for a listing and for a shown no-results marker as two
waits side by side, and cancelled the one that lost: two polling loops in the driver and the page
while the broker answered, and an ``__abort__`` message for the loser. It is now one wait of the
driver's (a function over both selectors, in the page). What it waits for is unchanged: a listing,
or the marker once it is **shown** (a script's first render may carry it hidden before its listings
come); tests/test_browser_results_wait.py holds what "shown" is."""

from __future__ import annotations

import collections

import pytest

from .conftest import driver_messages, local_browser, requires_browser

# the listings come 300 ms after the first render, which carries the empty-state block hidden
LATE_LISTINGS = """<main><div class="empty" hidden>No matches</div></main>
<script>setTimeout(() => { const a = document.createElement('article'); a.className = 'card';
a.textContent = 'Ana'; document.querySelector('main').append(a); }, 300)</script>"""
# nobody found: the script shows its empty-state block after 300 ms
SHOWN_EMPTY = """<main><div class="empty" hidden>No matches</div></main>
<script>setTimeout(() => { document.querySelector('.empty').hidden = false; }, 300)</script>"""


async def _waited(html: str, items: str = "article.card",
                  no_results: str = "div.empty") -> tuple[collections.Counter[str], int, bool]:
    """Messages sent to the driver during the wait, by method; listings and a shown marker after."""
    channel = local_browser()
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(html)
            with driver_messages() as sent:
                await page.wait_for_results(items, no_results)
            cards = await page.p.locator("article.card").count()
            shown = await page.p.locator("div.empty").is_visible()
    finally:
        await channel.close()
    return sent, cards, shown


@requires_browser
@pytest.mark.parametrize("html, cards, shown", [(LATE_LISTINGS, 1, False), (SHOWN_EMPTY, 0, True)],
                         ids=["listings after a hidden marker", "marker shown"])
async def test_one_wait_for_a_listing_or_a_shown_marker(html: str, cards: int, shown: bool) -> None:
    sent, got_cards, got_shown = await _waited(html)
    # it returned on what it waits for, not on the hidden marker of the first render
    assert (got_cards, got_shown) == (cards, shown)
    # one wait of the driver's, and no wait left to abort (two and one on main)
    assert sent["waitForSelector"] + sent["waitForFunction"] == 1, sent
    assert sent["__abort__"] == 0, sent


@requires_browser
async def test_a_recipe_s_xpath_selectors_are_waited_for_in_the_same_one_wait() -> None:
    sent, cards, shown = await _waited(LATE_LISTINGS, "//article[@class='card']", "//div[@class='empty']")
    assert (cards, shown) == (1, False)
    assert sent["waitForSelector"] + sent["waitForFunction"] == 1, sent
