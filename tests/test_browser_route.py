"""The egress guard's route pattern (``optout.channels.browser.route_pattern``): what Playwright's
driver lets through without asking Python is only ever a request to a declared domain that is no
blocked type, in Python's reading of the pattern and in Chromium's (the driver is JavaScript)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from optout.channels.browser import route_pattern
from optout.urls import host_allowed

from .conftest import requires_browser

DOMAINS = ["broker.example", "Other-Broker.example."]
BLOCKED = ["image", "media", "font"]
# (url, whether Python must see it)
URLS = [
    ("http://broker.example/", False),
    ("https://broker.example", False),
    ("https://www.broker.example:8443/a/b?x=1#y", False),
    ("https://other-broker.example/opt-out", False),
    ("https://broker.example/search?q=photo.png", False),  # the ending of a query is no file's
    ("https://broker.example/api/data.json", False),
    ("https://broker.example/img/face.PNG", True),
    ("https://broker.example/a.jpg?v=2", True),
    ("https://broker.example/f/x.woff2#a", True),
    ("https://cdn.broker.example/clip.mp4", True),
    # every address the guard must read, whatever it looks like
    ("https://evilbroker.example/", True),
    ("https://broker.example.evil.test/", True),
    ("https://broker.example@evil.test/", True),
    ("https://broker.example:443@evil.test/", True),
    ("https://user@broker.example/", True),
    ("https://broker.example./", True),
    ("https://evil.test/broker.example/", True),
    ("https://evil.test/?u=https://broker.example/", True),
    ("https://broker%2eexample/", True),
    ("ftp://broker.example/", True),
    ("data:text/html,hi", True),
    ("https://xn--brker-jua.example/", True),
]


def test_only_a_declared_host_that_is_no_blocked_type_passes_the_driver():
    pattern = route_pattern(DOMAINS, BLOCKED)
    assert not isinstance(pattern, str)
    for url, python in URLS:
        assert bool(pattern.search(url)) is python, url
        if not pattern.search(url):  # the one promise: what skips Python is a declared host
            assert host_allowed(url, DOMAINS), url


def test_every_request_goes_to_python_when_the_address_cannot_tell():
    # a blocked type no file ending names (a script may be any address), or no plain host name
    assert route_pattern(DOMAINS, ["image", "script"]) == "**/*"
    assert route_pattern(["bücher.example"], BLOCKED) == "**/*"
    assert route_pattern([], BLOCKED) == "**/*"
    # nothing blocked by type: only the undeclared hosts
    none = route_pattern(DOMAINS, [])
    assert not isinstance(none, str)
    assert not none.search("https://broker.example/face.png") and none.search("https://evil.test/")


@requires_browser
async def test_chromium_reads_the_pattern_as_python_does():
    """Playwright's driver matches the pattern with JavaScript's RegExp."""
    from playwright.async_api import async_playwright

    from optout.channels.browser import find_executable
    from optout.settings import BrowserSettings

    pattern = route_pattern(DOMAINS, BLOCKED)
    assert not isinstance(pattern, str)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=find_executable(BrowserSettings()))
        try:
            page = await browser.new_page()
            got = await page.evaluate("([s, urls]) => urls.map(u => new RegExp(s, 'i').test(u))",
                                      [pattern.pattern, [u for u, _ in URLS]])
        finally:
            await browser.close()
    assert got == [python for _, python in URLS]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[str]


class _Handler(BaseHTTPRequestHandler):
    PAGE = (b"<!doctype html><title>t</title><img src='/face.png'><img src='/face'>"
            b"<video src='/clip.mp4'></video><p id=done>x</p>"
            b"<script>fetch('/data.json').then(() => document.title = 'fetched')</script>")

    def do_GET(self) -> None:  # noqa: N802
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        body = self.PAGE if self.path == "/" else b"{}"
        self.send_response(200)
        self.send_header("content-type", "text/html" if self.path == "/" else "application/octet-stream")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass


@requires_browser
async def test_blocked_types_on_the_brokers_own_host_are_still_not_loaded(tmp_path):
    """A page on a declared host: its image and video by their file endings never reach the
    server; its own requests do (the image with no ending too: the documented trade-off)."""
    from optout.channels.browser import BrowserChannel
    from optout.ratelimit import RateLimiter
    from optout.settings import Settings

    server = _Server(("127.0.0.1", 0), _Handler)
    server.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings = Settings(network={"retries": 0}, browser={"step_timeout": 5, "navigation_timeout": 10})
    channel = BrowserChannel(settings.browser, settings.network, None, RateLimiter(1000))
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.goto(f"http://127.0.0.1:{server.server_port}/")
            assert await page.wait_for_text("x", 5)
            await page.p.wait_for_function("document.title === 'fetched'", timeout=5000)
    finally:
        await channel.close()
        server.shutdown()
    assert "/" in server.seen and "/data.json" in server.seen and "/face" in server.seen
    assert "/face.png" not in server.seen and "/clip.mp4" not in server.seen


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])
