"""Sessions, CSRF tokens, login throttling and the security headers of every response.

* **Sessions** live in this process's memory, keyed by a random 256-bit token in an ``HttpOnly``,
  ``SameSite=Strict`` cookie (``Secure`` over HTTPS); a session ends after ``idle`` seconds without
  a request, or at logout. Restarting ``optout serve`` logs everyone out.
* **CSRF**: every session has its own token (OWASP's synchroniser-token pattern); every request that
  is not GET/HEAD must carry it in the form field ``csrf`` or the ``X-CSRF-Token`` header.
* **Login throttling**: after ``LOGIN_FAILURES`` failures for one account or one client address,
  further attempts are refused for ``LOGIN_LOCK`` seconds, doubling on each new lock (at most an hour).
* **Headers** (:data:`HEADERS`): a strict Content-Security-Policy (nothing but this origin's own
  styles and images; no scripts at all), ``Cache-Control: no-store`` on every response, no
  referrer, no framing, no MIME sniffing. One response may carry a policy of its own instead:
  the client's report opened in the browser (:data:`REPORT_CSP`), a self-contained page whose
  style is inline and whose screenshots are ``data:`` images.
"""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass, field

LOGIN_FAILURES = 5
LOGIN_LOCK = 60.0

HEADERS = {
    "content-security-policy": ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                "frame-ancestors 'none'; base-uri 'none'"),
    "cache-control": "no-store",
    "pragma": "no-cache",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}

#: The client's HTML report shown in the browser (trial41: it downloaded instead of opening). It
#: is one self-contained file (``optout.report``: an inline ``<style>``, screenshots as ``data:``
#: images), so it needs those two and nothing else; ``sandbox`` (no ``allow-scripts``, no
#: ``allow-same-origin``) runs it in an opaque origin with no scripts, forms or plugins, so
#: nothing in it, a broker's words included, can act with the volunteer's session (CSP Level 3,
#: https://www.w3.org/TR/CSP3/#directive-sandbox).
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "
              "frame-ancestors 'none'; base-uri 'none'; sandbox")


@dataclass
class Session:
    account: str
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    seen: float = field(default_factory=time.monotonic)


class Sessions:
    def __init__(self, idle: float = 1800.0):
        self.idle = idle
        self._by_token: dict[str, Session] = {}

    def start(self, account: str) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        s = self._by_token[token] = Session(account)
        return token, s

    def get(self, token: str | None) -> Session | None:
        """The live session of ``token`` (its idle clock restarted), or None."""
        if not token:
            return None
        s = self._by_token.get(token)
        now = time.monotonic()
        if s is None:
            return None
        if now - s.seen > self.idle:
            del self._by_token[token]
            return None
        s.seen = now
        return s

    def end(self, token: str | None) -> None:
        if token:
            self._by_token.pop(token, None)


def csrf_ok(session: Session, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(session.csrf, given or "")


class LoginThrottle:
    """Counts failed logins per key (an account name, a client address)."""

    def __init__(self, failures: int = LOGIN_FAILURES, lock: float = LOGIN_LOCK):
        self.failures, self.lock = failures, lock
        self._fails: dict[str, int] = {}
        self._locked: dict[str, tuple[float, float]] = {}  # key → (until, last lock length)

    def locked(self, *keys: str) -> float:
        """Seconds left of the longest lock on any of ``keys`` (0: free)."""
        now = time.monotonic()
        return max([0.0, *[until - now for until, _ in (self._locked.get(k, (0.0, 0.0)) for k in keys)]])

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        for k in keys:
            self._fails[k] = self._fails.get(k, 0) + 1
            if self._fails[k] >= self.failures:
                last = self._locked.get(k, (0.0, 0.0))[1]
                length = min(3600.0, last * 2 if last else self.lock)
                self._locked[k] = (now + length, length)
                self._fails[k] = 0

    def succeeded(self, *keys: str) -> None:
        for k in keys:
            self._fails.pop(k, None)
