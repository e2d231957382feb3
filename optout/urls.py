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
