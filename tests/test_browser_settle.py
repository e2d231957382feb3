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


class _SlowPage:
    """A local page whose DOM arrives a second after its first bytes: committed, not yet loaded."""

    def __enter__(self) -> str:
        import http.server
        import threading
        import time

        class Slow(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><head><title>t</title></head><body><p>first</p>" + b" " * 4096)
                self.wfile.flush()
                time.sleep(1.0)
                self.wfile.write(b"<p id='last'>last</p></body></html>")

            def log_message(self, *a) -> None:  # type: ignore[no-untyped-def]
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@requires_browser
async def test_settle_waits_for_a_page_still_loading_without_the_waiters_log_notices():
    """A click that navigated returns once the new page has committed; its DOM may still be coming.
    The wait ends when it has come (the page's last element there), as Playwright's did, without
    the three ``__waitInfo__`` notices its waiter sends the driver (issue 15, p16)."""
    import time

    channel = local_browser()
    try:
        with _SlowPage() as url:
            async with channel.page("local", ["127.0.0.1"]) as page:
                await page.p.goto(url, wait_until="commit")
                began = time.monotonic()
                with driver_messages() as sent:
                    await page._settle()
                took = time.monotonic() - began
                assert await page.p.evaluate("document.readyState") != "loading"
                assert await page.p.evaluate("!!document.getElementById('last')")
    finally:
        await channel.close()
    assert took > 0.3, took  # it did wait for the DOM
    assert sent["__waitInfo__"] == 0, sent


@requires_browser
async def test_settle_ends_when_the_page_closes_while_it_waits():
    """A page closed while its DOM is awaited ends the wait at once (Playwright's waiter rejected,
    and the error was dropped), not at the navigation timeout."""
    import asyncio
    import time

    channel = local_browser()
    try:
        with _SlowPage() as url:
            async with channel.page("local", ["127.0.0.1"]) as page:
                await page.p.goto(url, wait_until="commit")
                began = time.monotonic()
                settling = asyncio.ensure_future(page._settle())
                await asyncio.sleep(0.1)
                await page.p.close()
                await asyncio.wait_for(settling, 5)
                assert time.monotonic() - began < 0.9
    finally:
        await channel.close()
