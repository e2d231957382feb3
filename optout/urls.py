"""URLs read as a browser reads them: the WHATWG URL Standard (https://url.spec.whatwg.org/), through
ada (``ada-url``, the parser Node.js uses), not ``urllib.parse`` (RFC 3986), which disagrees with
browsers exactly where an attacker hides a host: ``https://evil.test\\@broker.com/`` is broker.com to
urllib and evil.test to Chromium (a backslash ends the authority in special schemes);
``javascript://broker.com/%0a…`` has a "host" to urllib and runs script in a browser.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

import ada_url

#: Schemes whose URLs reach a host over the network. Anything else (javascript:, data:, file:,
#: blob:, about:, mailto:) has no host a domain check could speak for.
NETWORK_SCHEMES = frozenset({"http", "https", "ws", "wss"})


def browser_host(url: str) -> str | None:
    """The host a browser would contact for ``url``, lower-case, without a trailing dot; None for a
    URL a browser would not parse on its own (relative or scheme-relative ``//host/x``), a URL that
    carries user information (``user@host``: a classic disguise), or a scheme outside
    :data:`NETWORK_SCHEMES`."""
    try:
        parts = ada_url.parse_url(url)
    except (ValueError, TypeError):
        return None
    if parts["protocol"].rstrip(":").lower() not in NETWORK_SCHEMES:
        return None
    if parts["username"] or parts["password"]:
        return None
    host = parts["hostname"].lower().rstrip(".")
    return host or None


#: The origin a return-to path is resolved against (:func:`same_site_path`): a reserved name
#: (RFC 2606 ``.invalid``) that no path of ours can leave for another host unnoticed.
_OWN_ORIGIN = "http://optout.invalid"


def same_site_path(value: str) -> str | None:
    """``value`` when a browser sent to it (a redirect's ``Location``) stays on this site, else None:
    a path beginning with one ``/`` (``/human?kind=captcha``), with no backslash, whitespace or
    control character anywhere (a browser reads ``\\`` as ``/`` and drops tabs and newlines, so
    ``/\\evil.example`` and ``/<TAB>/evil.example`` are ``//evil.example``: another host), that the
    WHATWG parser resolves on this site's own origin, and that still does so percent-decoded (a
    ``%2F%2F`` or ``%5C`` in the path, which a proxy or a later hop may decode). Absolute and scheme-relative URLs are
    refused. The dashboard's return-to check (``back``): an open redirect otherwise (OWASP's
    "Unvalidated Redirects and Forwards" cheat sheet)."""
    if not isinstance(value, str) or not value:
        return None
    seen = value
    for _ in range(3):  # a value encoded twice is decoded twice; more is refused below
        if not seen.startswith("/") or seen.startswith("//"):
            return None
        if any(c == "\\" or c.isspace() or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in seen):
            return None
        try:
            parts = ada_url.parse_url(ada_url.join_url(_OWN_ORIGIN + "/", seen))
        except (ValueError, TypeError):
            return None
        if parts["origin"] != _OWN_ORIGIN or parts["username"] or parts["password"]:
            return None
        path = re.split(r"[?#]", seen, maxsplit=1)[0]  # a query's or fragment's escapes name no host
        decoded = unquote_plus(path.replace("+", "%2B"))
        if decoded == path:
            return value
        seen = decoded
    return None


def host_allowed(url: str, domains: list[str] | tuple[str, ...]) -> bool:
    """True when a browser given ``url`` would contact one of ``domains`` or a subdomain of one
    (www.x.com for x.com), over http(s) or ws(s), with no user information in the URL."""
    host = browser_host(url)
    if host is None:
        return False
    return any(host == d or host.endswith("." + d) for d in (d.lower().rstrip(".") for d in domains))


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this machine only: ``localhost`` or a loopback address (127.0.0.0/8,
    ::1). Used where plain text on the wire is acceptable only locally (SMTP without TLS, the
    dashboard without --allow-remote)."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


#: Query parameters that say only how a visitor came (ad, mail and social campaign tags), never which
#: record a page shows: the widely used ones of ClearURLs' global rules (https://docs.clearurls.xyz/,
#: its rules data, "globalRules"). A broker's results may put them on a listing's link while its
#: removal form knows the listing only by its plain address ("we could not find that listing").
TRACKING_PARAMS = re.compile(
    r"utm_[a-z_]+|gclid|dclid|gbraid|wbraid|fbclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|_ga|_gl",
    re.IGNORECASE,
)


def without_tracking(url: str) -> str:
    """``url`` without :data:`TRACKING_PARAMS` in its query; the rest of the query stays as written
    (in its order and encoding), and so does its fragment (a hash route may name the record). A URL
    ada cannot parse, or one with no such parameter, comes back unchanged."""
    try:
        search = ada_url.parse_url(url)["search"].lstrip("?")
    except (ValueError, TypeError):
        return url
    pairs = [p for p in search.split("&") if p]
    kept = [p for p in pairs if not TRACKING_PARAMS.fullmatch(unquote_plus(p.split("=", 1)[0]))]
    if len(kept) == len(pairs):
        return url
    return ada_url.replace_url(url, search="&".join(kept))
