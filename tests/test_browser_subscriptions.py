"""A case's browser page subscribes to each event of the driver once (issue 15).

The flow's page counted its requests with a listener of its own beside the context's, which the
context's listener already received: one more ``updateSubscription`` message per case for the same
events. The context's one listener now counts the flow's pages' requests; what it counts is the
same (a request other than GET to the broker's domains, tests/test_markup.py's refused form and
tests/test_hostile.py's redirects through whole flows). The flow's pages' responses and every page's
dialogs are heard on the context too (p16): a tab or a popup subscribes to nothing of its own."""

from __future__ import annotations

import asyncio
import collections

from .conftest import requires_browser


@requires_browser
async def test_a_page_subscribes_once_per_event_and_still_counts_its_requests():
    from playwright._impl import transport

    from optout.channels.browser import BrowserChannel
    from optout.ratelimit import RateLimiter
    from optout.settings import Settings

    settings = Settings()
    channel = BrowserChannel(settings.browser, settings.network, None, RateLimiter(1000))
    sent: collections.Counter[str] = collections.Counter()
    events: list[str] = []
    real = transport.PipeTransport.send

    def counted(self, message):  # type: ignore[no-untyped-def]
        sent[str(message.get("method"))] += 1
        if message.get("method") == "updateSubscription":
            events.append(f"{str(message.get('guid', '')).split('@')[0]} {message['params']['event']}")
        return real(self, message)

    await channel._ensure()  # the browser started: what the page's setup sends is counted alone
    transport.PipeTransport.send = counted  # type: ignore[method-assign]
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            transport.PipeTransport.send = real  # type: ignore[method-assign]
            await page.p.set_content("<p>form</p>")
            # a request other than GET to the broker's domains (nothing listens there: it fails,
            # and was sent all the same), and a GET, which is no submission
            await page.p.evaluate("Promise.allSettled([fetch('http://127.0.0.1:9/x', {method: 'POST'}),"
                                  " fetch('http://127.0.0.1:9/y')])")
            assert page.requests_sent == 1
            # a popup nobody asked for (closed at once) and a dialog: the context's listeners see
            # them, with no subscription of the popup's own (p16: a page's listener was one more)
            transport.PipeTransport.send = counted  # type: ignore[method-assign]
            await page.p.evaluate("window.open('about:blank'); setTimeout(() => alert('hi'), 0)")
            for _ in range(50):
                if page.dialogs and page.popups:
                    break
                await asyncio.sleep(0.05)
            assert (page.popups, page.dialogs) == (1, 1)
    finally:
        transport.PipeTransport.send = real  # type: ignore[method-assign]
        await channel.close()
    assert sorted(events) == ["browser-context dialog", "browser-context request", "browser-context response"], events
    assert sent["updateSubscription"] == 3, sent
