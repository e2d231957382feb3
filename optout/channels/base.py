"""What a channel's page can do. The step runner speaks only this; browser and http implement it.

A recipe's steps are the same whichever channel runs them: the http channel turns ``fill`` into
form values and ``click`` on a submit button into the form's request, so a broker whose forms work
without JavaScript can be run ~100x cheaper than in a browser, from the same recipe.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol
from urllib.parse import unquote, unquote_plus, urlsplit

from optout.errors import PageMoved
from optout.urls import host_allowed

if TYPE_CHECKING:  # the recipe schema (pydantic) is imported by who reads recipes, not by who starts a browser
    from optout.recipe.schema import Locator

__all__ = ["Page", "host_allowed", "moved", "still_there"]  # host_allowed: parsed as a browser does (optout/urls.py)


#: Shorter values (a state's code, an age) are too common to mean anything in a request.
MIN_WATCHED = 5
_B64_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{8,}={0,2}")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _fold(text: str) -> str:
    """Lower case, accents dropped, only letters and digits kept: "García-López" -> "garcialopez"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.lower() if c.isalnum() and not unicodedata.combining(c))


def watched_forms(values: Iterable[str]) -> set[str]:
    """The folded forms of a person's values that a request to an undeclared host must not carry
    (values under ``MIN_WATCHED`` letters and digits once folded are left out: too common)."""
    out = {f for f in (_fold(v) for v in values if v) if len(f) >= MIN_WATCHED}
    # a phone number goes out with or without its country code: "+1 (305) 555-0134" as 3055550134
    out |= {f[-10:] for f in out if f.isdigit() and len(f) > 10}
    return out


def _views(payload: str) -> Iterable[str]:
    """The payload as a page may have encoded it: as is, percent-encoded (once or twice, ``+`` for
    space), JSON-escaped (``\\u00ed``), and every base64 / base64url token decoded."""
    seen: set[str] = set()
    todo = [payload]
    while todo:
        v = todo.pop()
        if v in seen or len(seen) > 64:
            continue
        seen.add(v)
        yield v
        todo += [unquote(v), unquote_plus(v)]
        if "\\u" in v:
            todo.append(_JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), v))
        for token in _B64_TOKEN.findall(v):
            padded = token + "=" * (-len(token.rstrip("=")) % 4)
            for decode in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    raw = decode(padded.rstrip("=") + "=" * (-len(padded.rstrip("=")) % 4))
                except (binascii.Error, ValueError):
                    continue
                text = raw.decode("utf-8", "ignore")
                if text and text not in seen:
                    todo.append(text)


def carries_values(parts: Iterable[str | bytes | None], watched: set[str]) -> bool:
    """True when any of ``parts`` (a URL, a body, header values) holds one of the ``watched`` forms
    (``watched_forms``) in any common encoding: plain, percent, ``+``-for-space, JSON ``\\u``
    escapes, base64 or base64url, in any letter case, with or without accents and separators."""
    if not watched:
        return False
    for part in parts:
        if not part:
            continue
        text = part.decode("utf-8", "ignore") if isinstance(part, bytes) else part
        for view in _views(text):
            folded = _fold(view)
            if any(w in folded for w in watched):
                return True
    return False


#: A site's home page: ``/``, ``/en/``, ``/en-us/``, ``/index.html``, ``/home``.
_HOME = re.compile(r"^/(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:index\.\w+|home/?)?$", re.I)


def moved(asked: str, landed: str) -> str | None:
    """Where a page that should be at ``asked`` is instead, when that means the page is gone: the
    site's home page (``/``, ``/en/``, ``/index.html``) for a deeper address. None when it is where
    asked, or on another page that may well be the form's new home."""
    a, b = urlsplit(asked), urlsplit(landed)
    if not b.scheme.startswith("http"):
        return None
    if _HOME.match(b.path or "/") and not _HOME.match(a.path or "/"):
        return "the site's home page"
    return None


def still_there(pinned: str | None, url: str) -> None:
    """Raise ``PageMoved`` when a page pinned at the fixed opt-out address ``pinned`` is now
    somewhere ``moved`` says the opt-out page is gone (a retired address whose script or meta
    refresh takes the browser home after it loaded). Nothing is typed or clicked there."""
    where = moved(pinned, url) if pinned else None
    if where:
        raise PageMoved(f"the opt-out page moved: its address now leads to {where}; the recipe needs "
                        f"updating (nothing was sent)", url=url)


class Page(Protocol):
    url: str
    #: The fixed opt-out address the flow navigated to, until a click may legitimately lead
    #: elsewhere; None otherwise. A page that leaves it for the site's home page has moved.
    pinned: str | None
    #: True once a non-GET request to the broker was answered 2xx/3xx: the point of no return,
    #: after which a failure must not lead to running the opt-out again without checking first.
    submitted: bool
    #: Set by the step runner while a step runs whose next step is a fill, select or check of a
    #: field found by its label or placeholder: a channel that looks at the page after a navigation
    #: or click may read its fields in the same look, for that step (the browser's, issue 15).
    fields_next: bool
    #: A page that runs the site's scripts (the browser's): a count of its requests that could
    #: carry a form to the broker, any but a GET and any navigation, whoever made them; the step
    #: runner compares it around a field step (``runner.FIELD_STEPS``). None (or absent): the
    #: channel's field steps send nothing (the http channel runs no script).
    page_sends: int | None

    async def sends_now(self) -> int:
        """``page_sends`` once what the last step set off in the page has begun (where it is not None)."""
        ...

    def watch(self, values: Iterable[str]) -> None:
        """Values of the person's that this page's requests to undeclared hosts must not carry."""
        ...
    async def goto(self, url: str) -> None: ...
    async def fill(self, loc: Locator, value: str) -> None: ...
    async def select(self, loc: Locator, value: str) -> None: ...
    async def check(self, loc: Locator) -> None: ...
    async def click(self, loc: Locator, *, optional: bool = False) -> bool: ...
    async def has_text(self, text: str) -> bool: ...
    async def has_element(self, loc: Locator) -> bool: ...
    async def wait_for_text(self, text: str, timeout: float) -> bool: ...
    async def wait_for_element(self, loc: Locator, timeout: float) -> bool: ...
    async def wait_for_results(self, items: str, no_results: str | None) -> None: ...
    async def read(self, loc: Locator, attribute: str | None = None) -> str | None: ...
    async def html(self) -> str: ...
    async def text(self) -> str: ...
    async def contents(self) -> tuple[str, str]:
        """``(html(), text())`` of the page as it is now, read together (one call in the browser)."""
        ...
    async def screenshot(self) -> bytes | None: ...
