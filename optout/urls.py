"""URLs read as a browser reads them: the WHATWG URL Standard (https://url.spec.whatwg.org/), through
ada (``ada-url``, the parser Node.js uses), not ``urllib.parse`` (RFC 3986), which disagrees with
browsers exactly where an attacker hides a host: ``https://evil.test\\@broker.com/`` is broker.com to
urllib and evil.test to Chromium (a backslash ends the authority in special schemes);
``javascript://broker.com/%0a…`` has a "host" to urllib and runs script in a browser.
"""

from __future__ import annotations

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
