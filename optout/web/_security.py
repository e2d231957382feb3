"""Sessions, CSRF tokens, login throttling and the security headers of every response.

* **Sessions** are keyed by a random 256-bit token in an ``HttpOnly``, ``SameSite=Strict`` cookie
  (``Secure`` over HTTPS); a session ends after ``idle`` seconds without a request, ``MAX_AGE``
  after its login, or at logout. They are kept in ``<data_dir>/sessions.json`` (0600, as
  ``staff.json``), so a restart of ``optout serve`` (a clinic's machine at night) logs nobody out
  (trial41). The file holds each token's SHA-256 only, never the token: a copy of it opens no
  session. Logout deletes the session there, so a cookie stolen before logout opens nothing
  after it, across restarts too, and in another process serving the same data directory (each
  reads the file again when it changed: one ``stat`` a request). (Signed cookies with a key in the data directory would survive a
  restart as well, but a logout could not end one: it would stay valid until it expired.)
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

import contextlib
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

LOGIN_FAILURES = 5
LOGIN_LOCK = 60.0
#: A session's longest life, idle or not (seconds): a working day and then some.
MAX_AGE = 14 * 3600.0
#: How stale the kept "last seen" time of a session may be (seconds): a request writes the file
#: only when its session was last written longer ago, not at every page.
SEEN_EVERY = 60.0

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
    seen: float = field(default_factory=time.time)  # wall clock: it outlives this process
    started: float = field(default_factory=time.time)
    written: float = 0.0  # when ``seen`` was last kept in the file


def _key(token: str) -> str:
    """What the sessions file keeps of a token: its SHA-256 (hex). A 256-bit random token needs no
    salt or slow hash: nobody can find one from its digest."""
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    """The dashboard's live sessions, kept in ``path`` (``<data_dir>/sessions.json``) when given,
    else in memory only. ``idle``: seconds without a request after which a session ends."""

    def __init__(self, idle: float = 1800.0, path: Path | None = None, max_age: float = MAX_AGE):
        self.idle, self.path, self.max_age = idle, path, max_age
        self._stamp: tuple[int, int] | None = None  # the file as last read or written: (mtime_ns, size)
        self._by_key: dict[str, Session] = {}
        self._sync()

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat() if self.path is not None else None
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size) if st is not None else None

    def _sync(self) -> None:
        """Read the file again when another process (a second ``optout serve`` on the same data
        directory, or the one before a restart) changed it: a logout there ends the session here."""
        if self.path is not None and (stamp := self._file_stamp()) != self._stamp:
            mine = self._by_key
            self._by_key = self._load()
            for k, s in self._by_key.items():  # this process's newer "last seen" is kept
                if k in mine and mine[k].seen > s.seen:
                    s.seen, s.written = mine[k].seen, mine[k].written
            self._stamp = stamp

    def _live(self, s: Session, now: float) -> bool:
        return now - s.seen <= self.idle and now - s.started <= self.max_age

    def _load(self) -> dict[str, Session]:
        """The kept sessions still live; an unreadable or damaged file is none (everyone logs in again)."""
        if self.path is None:
            return {}
        try:
            raw = json.loads(self.path.read_bytes())
            now = time.time()
            got = {str(k): Session(str(v["account"]), str(v["csrf"]), float(v["seen"]), float(v["started"]),
                                   float(v["seen"])) for k, v in raw.items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}
        return {k: s for k, s in got.items() if self._live(s, now)}

    def _save(self) -> None:
        if self.path is None:
            return
        from optout.files import write_private

        now = time.time()
        for s in self._by_key.values():
            s.written = now
        data = {k: {"account": s.account, "csrf": s.csrf, "seen": s.seen, "started": s.started}
                for k, s in self._by_key.items() if self._live(s, now)}
        # a disk that cannot take it costs the sessions a restart, never the request
        with contextlib.suppress(OSError):
            write_private(self.path, json.dumps(data).encode())
        self._stamp = self._file_stamp()

    def start(self, account: str) -> tuple[str, Session]:
        self._sync()
        token = secrets.token_urlsafe(32)
        s = self._by_key[_key(token)] = Session(account)
        self._save()
        return token, s

    def get(self, token: str | None) -> Session | None:
        """The live session of ``token`` (its idle clock restarted), or None."""
        if not token:
            return None
        self._sync()
        key = _key(token)
        s = self._by_key.get(key)
        now = time.time()
        if s is None:
            return None
        if not self._live(s, now):
            del self._by_key[key]
            self._save()
            return None
        s.seen = now
        if now - s.written > SEEN_EVERY:
            self._save()
        return s

    def end(self, token: str | None) -> None:
        self._sync()
        if token and self._by_key.pop(_key(token), None) is not None:
            self._save()


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
