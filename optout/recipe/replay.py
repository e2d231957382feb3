"""Serve recorded pages in place of a broker's site, so a recipe's opt-out can be tested offline.

The browser gets a Playwright route registered after the channel's egress guard (later routes run
first): a request on the recipe's domains is answered from the recorded pages (404 for anything not
recorded: scripts, images, APIs), and any other request falls through to the guard, which aborts
it. The http channel gets an httpx transport that does the same. Either way nothing reaches the
network, and the steps run exactly as they would against the live site.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from optout.channels.base import host_allowed

_REDIRECTS = (301, 302, 303, 307, 308)
_MISSING = "<!doctype html><title>Not recorded</title><p>This address was not recorded.</p>"


def _client_redirect(target: str) -> str:
    """A document that goes on to ``target`` at once, replacing itself in the history as an HTTP
    redirect does: a fresh navigation, which the replay's route sees (a redirect's hop it never
    does), and ``page.url`` ends at ``target``."""
    js = json.dumps(target).replace("<", "\\u003c")
    return f"<!doctype html><html><head><script>location.replace({js})</script></head><body></body></html>"


def _key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.path.rstrip("/") or "/"


class Recorded:
    """Recorded pages by URL. A request matches a page on host and path (query and fragment aside).

    A key is a URL (answered to GET) or ``"POST <url>"`` (a form's answer); a value is the page's
    HTML, or ``(status, headers, html)`` for an answer that is not a plain 200 (a redirect, a 403).
    """

    def __init__(self, pages: Mapping[str, Any], domains: list[str]):
        self.domains = domains
        self.pages: dict[tuple[str, str, str], tuple[int, dict[str, str], str]] = {}
        for key, value in pages.items():
            method, _, url = key.partition(" ") if key.startswith(("POST ", "GET ")) else ("GET", "", key)
            answer = value if isinstance(value, tuple) else (200, {}, value)
            self.pages[(method, *_key(url))] = answer
        self.served: list[tuple[str, str, int]] = []  # (method, url, status), for a failing test's message
        self.posted: list[tuple[str, bytes]] = []  # (url, body) of every POST answered
        self.redirected: list[tuple[str, str]] = []  # (from, to) of every recorded redirect followed

    def answer_full(self, method: str, url: str, body: bytes = b"") -> tuple[int, dict[str, str], str]:
        found = self.pages.get((method, *_key(url)))
        if method == "POST":
            self.posted.append((url, body))
        status, headers, html = found if found is not None else (404, {}, _MISSING)
        self.served.append((method, url, status))
        return status, headers, html

    def answer(self, method: str, url: str) -> tuple[int, str]:
        status, _, html = self.answer_full(method, url)
        return status, html

    def follow(self, method: str, url: str, body: bytes = b"") -> tuple[str, int, dict[str, str], str]:
        """The recorded answer at the end of ``url``'s recorded redirects (each hop recorded in
        ``redirected``), as a browser follows them: 301/302/303 become a GET, 307/308 keep the method
        and body; a hop off the recipe's domains ends the chain there (its 30x is returned, for the
        egress guard to refuse). Returns (final URL, status, headers, html)."""
        for _ in range(10):
            status, headers, html = self.answer_full(method, url, body)
            location = {k.lower(): v for k, v in headers.items()}.get("location")
            if status not in _REDIRECTS or not location:
                return url, status, headers, html
            target = urljoin(url, location)
            self.redirected.append((url, target))
            if not host_allowed(target, self.domains):
                return url, status, headers, html
            if status in (301, 302, 303):
                method, body = "GET", b""
            url = target
        return url, 508, {}, "<!doctype html><title>Too many redirects</title>"

    async def attach_browser(self, page: Any) -> None:
        """``page``: an ``optout.channels.browser.BrowserPage`` from ``BrowserChannel.page``.

        A recorded redirect (a 30x with a Location): Playwright's routing sees only a redirect's
        first hop (its network stack follows the rest unrouted, to the real network). So a
        navigation's redirect is answered with a document that replaces itself with the new
        address at once (``_client_redirect``): that is a fresh navigation, routed here again, and
        ``page.url`` ends at the new address as after an HTTP redirect, so a retired address that
        leads home is still "the page moved". (Playwright's own navigation redirect, used by its HAR
        replay, shows the new page at the old address: untruthful for relative links and for that
        check.) A 307/308 on a POST, and any request that is not a navigation, gets the end of the
        recorded chain at its own address. Each hop is kept in ``redirected``."""

        async def serve(route: Any) -> None:
            req = route.request
            if not host_allowed(req.url, self.domains):
                await route.fallback()  # to the egress guard: aborted
                return
            body = req.post_data_buffer or b""
            status, headers, html = self.answer_full(req.method, req.url, body)
            location = {k.lower(): v for k, v in headers.items()}.get("location")
            if status in _REDIRECTS and location:
                target = urljoin(req.url, location)
                if req.is_navigation_request() and (status in (301, 302, 303) or req.method == "GET"):
                    self.redirected.append((req.url, target))
                    await route.fulfill(status=200, body=_client_redirect(target), headers={
                        "content-type": "text/html; charset=utf-8", "cache-control": "no-store",
                        **{k: v for k, v in headers.items() if k.lower() not in ("location", "content-type")}})
                    return
                self.served.pop()
                if req.method == "POST":
                    self.posted.pop()
                _, status, headers, html = self.follow(req.method, req.url, body)
            await route.fulfill(status=status, body=html, headers={"content-type": "text/html; charset=utf-8",
                                                                   **headers})

        await page.context.route("**/*", serve)

    def transport(self) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            status, headers, body = self.answer_full(request.method, str(request.url), request.read())
            # a stream, as from the network: the channel reads answers with aiter_raw (a response
            # built with text= is already read, and reading it again raised httpx.StreamConsumed)
            return httpx.Response(status, stream=httpx.ByteStream(body.encode("utf-8")),
                                  headers={"content-type": "text/html; charset=utf-8", **headers})

        return httpx.MockTransport(handle)


async def field_value(page: Any, selector: str) -> str | None:
    """What a form field holds now (the browser's live value, or the http channel's pending one):
    for a tick box or a radio button, what the form would send for it: its ``value`` when it is
    ticked, ``""`` when not (its ``value`` attribute alone says nothing about whether it is ticked)."""
    if hasattr(page, "p"):  # BrowserPage
        loc = page.p.locator(selector).first
        if await loc.count() == 0:
            return None
        ticked = await loc.evaluate("e => e.tagName === 'INPUT' && ['checkbox', 'radio'].includes(e.type) "
                                    "? (e.checked ? (e.getAttribute('value') ?? 'on') : '') : null")
        return ticked if ticked is not None else await loc.input_value()
    from optout.recipe.schema import Locator

    found = page._find(Locator(selector=selector))
    if not found:
        return None
    el = found[0]
    name = el.attrib.get("name")
    form = page._form_of(el)
    box = el.root.tag == "input" and el.attrib.get("type", "").lower() in ("checkbox", "radio")
    if form is not None:
        fields = [e.root for e in form[1].css("input, select, textarea")]
        pos = fields.index(el.root) if el.root in fields else -1
        if (form[0], pos) in page._set_at:
            return page._set_at[(form[0], pos)]
        if box and (form[0], name) in page._values and el.attrib.get("type", "").lower() == "radio":
            return ""  # another button of its group was chosen
        if not box and (form[0], name) in page._values:
            return page._values[(form[0], name)]
    if box:
        return el.attrib.get("value", "on") if "checked" in el.attrib else ""
    return el.attrib.get("value", "")
