"""The page functions carry optout's fixed tables in their source, not as an argument (issue 15, pass 28).

The look after a navigation and the click's target look both ask whether a consent manager's banner
shows, by the table ``CONSENT_BUTTONS`` (17 selectors). It went with every call as an argument,
which Playwright's client serialises and checks value by value: ~0.25 ms of optout's Python CPU a
call, five calls a Searchly flow. The table is now written into the page function once; what the
page finds must not change: the banner is still seen, named and clicked away, before a click too.
"""

from __future__ import annotations

import json

from .conftest import driver_sends, local_browser, requires_browser

BANNER = ('<!doctype html><title>Form</title>'
          '<div id="onetrust-banner-sdk"><button id="onetrust-reject-all-handler" '
          'onclick="document.getElementById(\'onetrust-banner-sdk\').remove(); document.title = \'rejected\'">'
          'Reject all</button></div>'
          '<form onsubmit="event.preventDefault(); document.getElementById(\'out\').textContent = \'searched\'">'
          '<label for="q">Last name</label><input id="q" name="q"><button type="submit">Search</button></form>'
          '<div id="out"></div>')


def _arg(args: list[str]):  # type: ignore[no-untyped-def]
    """A recorder for ``driver_sends``: each message's serialised ``arg``, when it has one."""
    def record(message: dict) -> None:
        arg = (message.get("params") or {}).get("arg")
        if arg is not None:
            args.append(json.dumps(arg))
    return record


def _carries_the_table(args: list[str]) -> list[str]:
    from optout.channels.browser import CONSENT_BUTTONS

    return [a for a in args if any(json.dumps(s)[1:-1] in a for s in CONSENT_BUTTONS)]


async def _on_banner(act) -> list[str]:  # type: ignore[no-untyped-def]
    """``act(page)`` on the banner page; the arguments sent meanwhile. The reject button must have been
    clicked (never "accept")."""
    channel = local_browser()
    args: list[str] = []
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(BANNER)
            with driver_sends(_arg(args)):
                await act(page)
            assert await page.p.title() == "rejected"
            assert args and not _carries_the_table(args), args
    finally:
        await channel.close()
    return args


@requires_browser
async def test_the_look_names_the_banner_without_sending_the_table():
    async def look(page) -> None:  # type: ignore[no-untyped-def]
        # a look that was not asked about banners says nothing of the one showing
        assert await page._bot_wall() is None
        assert await page._bot_wall(consent=True) == "#onetrust-reject-all-handler"
        await page._dismiss_consent()

    await _on_banner(look)


@requires_browser
async def test_a_click_sees_the_banner_over_the_page_without_sending_the_table():
    from optout.recipe.schema import Locator

    async def click(page) -> None:  # type: ignore[no-untyped-def]
        await page.click(Locator(role="button", name="Search"))
        assert await page.has_text("searched")  # the banner the click's look saw was closed first

    await _on_banner(click)
