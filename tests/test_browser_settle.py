"""A page whose DOM is already there is not waited for with a driver round of log notices
(``BrowserPage._settle``, issue 15): Playwright's ``wait_for_load_state`` sends three
``__waitInfo__`` messages to the driver even when the state has fired; the channel makes Playwright's
own first test itself, so a click on a page that stays sends none of them."""

from __future__ import annotations

from .conftest import driver_messages, local_browser, requires_browser


@requires_browser
async def test_settle_on_a_loaded_page_sends_the_driver_nothing():
    channel = local_browser()
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content("<p>hello</p>")
            with driver_messages() as sent:
                await page._settle()
                assert await page.has_text("hello")  # settles first, then reads the page
    finally:
        await channel.close()
    assert sent["__waitInfo__"] == 0, sent
    assert sent["evaluateExpression"] == 1, sent
