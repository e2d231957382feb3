"""The page functions carry optout's fixed tables in their source, not as an argument (issue 15, pass 28).

The look after a navigation and the click's target look both ask whether a consent manager's banner
shows, by the table ``CONSENT_BUTTONS`` (17 selectors). It went with every call as an argument,
which Playwright's client serialises and checks value by value: ~0.25 ms of optout's Python CPU a
call, five calls a Searchly flow. The table is now written into the page function once; what the
page finds must not change: the banner is still seen, named and clicked away, before a click too.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

from .conftest import local_browser, requires_browser

BANNER = ('<!doctype html><title>Form</title>'
          '<div id="onetrust-banner-sdk"><button id="onetrust-reject-all-handler" '
          'onclick="document.getElementById(\'onetrust-banner-sdk\').remove(); document.title = \'rejected\'">'
          'Reject all</button></div>'
          '<form onsubmit="event.preventDefault(); document.getElementById(\'out\').textContent = \'searched\'">'
          '<label for="q">Last name</label><input id="q" name="q"><button type="submit">Search</button></form>'
          '<div id="out"></div>')


@contextlib.contextmanager
def sent_args() -> Iterator[list[str]]:
    """The serialised ``arg`` of every message this process sends Playwright's driver while open."""
    from playwright._impl import transport

    args: list[str] = []
    real = transport.PipeTransport.send

    def recorded(self, message):  # type: ignore[no-untyped-def]
        arg = (message.get("params") or {}).get("arg")
        if arg is not None:
            args.append(json.dumps(arg))
        return real(self, message)

    transport.PipeTransport.send = recorded  # type: ignore[method-assign]
    try:
        yield args
    finally:
        transport.PipeTransport.send = real  # type: ignore[method-assign]


def _carries_the_table(args: list[str]) -> list[str]:
    from optout.channels.browser import CONSENT_BUTTONS

    return [a for a in args if any(json.dumps(s)[1:-1] in a for s in CONSENT_BUTTONS)]


@requires_browser
async def test_the_look_names_the_banner_without_sending_the_table():
    channel = local_browser()
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(BANNER)
            with sent_args() as args:
                banner = await page._bot_wall(consent=True)
                assert banner == "#onetrust-reject-all-handler"
                await page._dismiss_consent()
            assert await page.p.title() == "rejected"  # the reject button was clicked, never "accept"
            assert args and not _carries_the_table(args), args
            # a look that was not asked about banners says nothing of one
            await page.p.set_content(BANNER)
            assert await page._bot_wall() is None
    finally:
        await channel.close()


@requires_browser
async def test_a_click_sees_the_banner_over_the_page_without_sending_the_table():
    from optout.recipe.schema import Locator

    channel = local_browser()
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(BANNER)
            with sent_args() as args:
                await page.click(Locator(role="button", name="Search"))
            assert await page.p.title() == "rejected"  # the banner the click's look saw was closed first
            assert await page.has_text("searched")
            assert args and not _carries_the_table(args), args
    finally:
        await channel.close()
