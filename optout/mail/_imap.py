"""Reading the person's mailbox over IMAP: fetch what is new, mark what was handled, wait for more.

Built on the standard library's ``imaplib``, run in a worker thread: it speaks plain IMAP,
STARTTLS and IMAPS, parses literals correctly, and adds no dependency. (aioimaplib, the asyncio
client, has no STARTTLS, which many self-hosted servers require on port 143.) ``imaplib`` has no
IDLE before Python 3.14, so ``_idle`` below speaks it directly on imaplib's connection: about
thirty lines.

"Handled" is remembered in the mailbox itself, as the keyword ``$OptoutDone``, when the server's
PERMANENTFLAGS allow keywords (``\\*``): it then survives a reconnect, a restart and a second
machine. Otherwise it is kept in a local JSON file (``state_path``) keyed by UIDVALIDITY.

Nothing here logs or raises with the password, the user name or any message's content.
"""

from __future__ import annotations

import asyncio
import imaplib
import json
import os
import re
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import SecretStr

from optout.channels.base import host_allowed
from optout.errors import ConfigError, NeedsHuman, TransientError
from optout.log import get_logger
from optout.mail._classify import candidate_links
from optout.mail._parse import Incoming, parse
from optout.steps.runner import MailSource

log = get_logger(__name__)
T = TypeVar("T")

TlsMode = Literal["none", "starttls", "ssl"]
KEYWORD = "$OptoutDone"
_FETCH_SIZE = re.compile(rb"UID (\d+).*?RFC822\.SIZE (\d+)|RFC822\.SIZE (\d+).*?UID (\d+)")


class ImapMailbox:
    """One folder of one IMAP account. ``async with ImapMailbox(...) as box:`` or ``open()``/``close()``.

    ``fetch_new()`` returns the messages not yet handled and not yet returned by this object, each
    parsed (``Incoming.uid`` set); ``mark_handled(msg)`` marks one; ``wait(timeout)`` returns True
    when new mail may have arrived (IDLE when the server has it, else polling every
    ``poll_interval`` seconds).
    """

    def __init__(
        self,
        host: str,
        port: int | None = None,
        user: str = "",
        password: SecretStr | str = "",
        *,
        tls: TlsMode = "ssl",
        folder: str = "INBOX",
        keyword: str | None = KEYWORD,
        state_path: Path | None = None,
        use_idle: bool = True,
        poll_interval: float = 30.0,
        max_bytes: int = 10 * 1024 * 1024,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
    ):
        if tls not in ("none", "starttls", "ssl"):
            raise ConfigError(f"mail.imap.tls must be none, starttls or ssl, not {tls!r}")
        self.host = host
        self.port = port or (993 if tls == "ssl" else 143)
        self.user = user
        self.password = password if isinstance(password, SecretStr) else SecretStr(password)
        self.tls = tls
        self.folder = folder
        self.keyword = keyword
        self.state_path = Path(state_path) if state_path else None
        self.use_idle = use_idle
        self.poll_interval = poll_interval
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.ssl_context = ssl_context or ssl.create_default_context()
        self.capabilities: frozenset[str] = frozenset()
        self.keywords_allowed = False
        self.uidvalidity: int | None = None
        self.problems: list[tuple[int | None, str]] = []  # (uid, problem) of every message read
        self.polls = 0  # checks made by wait() without IDLE
        self.last_wake: Literal["already", "push", "poll", "timeout"] | None = None  # why wait() returned
        self._imap: imaplib.IMAP4 | None = None
        self._lock = asyncio.Lock()  # one command at a time on the connection
        self._returned: set[int] = set()
        self._done_local: set[int] = set()
        self._idle_tag: bytes | None = None  # the running IDLE's tag
        self._idle_stop = False  # DONE wanted (may be asked before IDLE has started)
        self._idle_sent = False  # DONE sent
        self._idle_send = threading.Lock()

    @classmethod
    def from_settings(cls, imap: Any, data_dir: Path) -> ImapMailbox:
        """From ``settings.mail.imap`` (``ImapSettings``); the local record lives in ``data_dir``."""
        if not imap.host or not imap.user or imap.password is None:
            raise ConfigError("mail.imap needs host, user and password")
        return cls(
            imap.host, imap.port, imap.user, imap.password, tls=imap.tls, folder=imap.folder,
            keyword=imap.keyword or None, state_path=Path(data_dir) / "imap-handled.json",
            use_idle=imap.idle, poll_interval=imap.poll_interval, max_bytes=imap.max_message_bytes,
            timeout=imap.timeout,
        )

    # ---- connection -------------------------------------------------------------------------------

    @property
    def uses_idle(self) -> bool:
        return self.use_idle and "IDLE" in self.capabilities

    @property
    def uses_keyword(self) -> bool:
        return bool(self.keyword) and self.keywords_allowed

    @property
    def idling(self) -> bool:
        """True while an IDLE runs: the server will now push new mail."""
        return self._idle_tag is not None

    async def open(self) -> ImapMailbox:
        async with self._lock:
            await asyncio.to_thread(self._connect)
        return self

    async def close(self) -> None:
        async with self._lock:
            imap, self._imap = self._imap, None
            if imap is not None:
                await asyncio.to_thread(_quietly, imap.logout)

    async def __aenter__(self) -> ImapMailbox:
        return await self.open()

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    def _connect(self) -> None:
        where = f"IMAP server {self.host}:{self.port}"
        try:
            if self.tls == "ssl":
                imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=self.ssl_context,
                                                        timeout=self.timeout)
            else:
                imap = imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
                if self.tls == "starttls":
                    imap.starttls(self.ssl_context)
        except ssl.SSLError as e:  # before OSError, its base: a bad certificate is not transient
            raise ConfigError(f"TLS with the {where} failed ({type(e).__name__}): check mail.imap.tls "
                              "and the server's certificate") from None
        except (OSError, imaplib.IMAP4.error) as e:
            raise TransientError(f"cannot reach the {where} ({type(e).__name__})") from None
        try:
            imap.login(self.user, self.password.get_secret_value())
        except imaplib.IMAP4.error:
            _quietly(imap.logout)
            raise ConfigError(f"the {where} refused the login: check mail.imap.user and mail.imap.password") from None
        typ, _ = imap.select(_quote(self.folder))
        if typ != "OK":
            _quietly(imap.logout)
            raise ConfigError(f"the {where} has no folder {self.folder!r} (mail.imap.folder)")
        self.capabilities = frozenset(c.upper() for c in imap.capabilities)
        flags = b" ".join(x for x in (imap.response("PERMANENTFLAGS")[1] or []) if isinstance(x, bytes))
        self.keywords_allowed = b"\\*" in flags
        validity = (imap.response("UIDVALIDITY")[1] or [b""])[0]
        self.uidvalidity = int(validity) if validity and validity.isdigit() else None
        self._imap = imap
        self._load_local()

    def _conn(self) -> imaplib.IMAP4:
        if self._imap is None:
            self._connect()
        assert self._imap is not None
        return self._imap

    async def _run(self, fn: Callable[[imaplib.IMAP4], T]) -> T:
        """Run ``fn`` on the connection in a thread; reconnect once if the connection broke."""
        async with self._lock:
            for attempt in (1, 2):
                try:
                    return await asyncio.to_thread(lambda: fn(self._conn()))
                except (imaplib.IMAP4.abort, OSError) as e:
                    imap, self._imap = self._imap, None
                    if imap is not None:
                        await asyncio.to_thread(_quietly, imap.shutdown)
                    if attempt == 2:
                        raise TransientError(f"lost the connection to the IMAP server {self.host} "
                                             f"({type(e).__name__})") from None
            raise AssertionError("unreachable")

    # ---- messages -----------------------------------------------------------------------------------

    async def fetch_new(self, *, again: bool = False) -> list[Incoming]:
        """Messages not handled yet (and, unless ``again``, not returned by this object before)."""
        uids = await self._run(self._unhandled)
        uids = [u for u in uids if again or u not in self._returned]
        out: list[Incoming] = []
        for uid in uids:
            msg = await self._run(lambda imap, uid=uid: self._fetch_one(imap, uid))
            if msg is None:  # expunged meanwhile
                continue
            self._returned.add(uid)
            for problem in msg.problems:
                self.problems.append((uid, problem))
                log.info("mail problem", uid=uid, problem=problem)
            out.append(msg)
        return out

    def _unhandled(self, imap: imaplib.IMAP4) -> list[int]:
        imap.noop()  # servers look for new mail on a sync (NOOP), not on SEARCH
        if self.uses_keyword:
            typ, data = imap.uid("SEARCH", "NOT", "KEYWORD", self.keyword)  # type: ignore[arg-type]
        else:
            typ, data = imap.uid("SEARCH", "ALL")
        if typ != "OK":
            raise TransientError(f"the IMAP server {self.host} refused a search")
        uids = [int(x) for x in b" ".join(d for d in data if isinstance(d, bytes)).split()]
        return [u for u in uids if u not in self._done_local]

    def _fetch_one(self, imap: imaplib.IMAP4, uid: int) -> Incoming | None:
        typ, data = imap.uid("FETCH", str(uid), "(RFC822.SIZE)")
        sizes = [_size(d) for d in data if isinstance(d, bytes)]
        size = next((s for s in sizes if s is not None), None)
        if typ != "OK" or size is None:
            return None
        part = "BODY.PEEK[]" if size <= self.max_bytes else f"BODY.PEEK[]<0.{self.max_bytes}>"
        typ, data = imap.uid("FETCH", str(uid), f"({part})")
        raw = b"".join(d[1] for d in data if isinstance(d, tuple) and len(d) == 2 and isinstance(d[1], bytes))
        msg = parse(raw)
        if size > self.max_bytes:
            msg.problems.insert(0, f"message of {size} bytes, over the {self.max_bytes}-byte limit: "
                                   "only the start was fetched")
        msg.uid = uid
        return msg

    async def mark_handled(self, msg: Incoming | int) -> None:
        uid = msg if isinstance(msg, int) else msg.uid
        if uid is None:
            raise ValueError("this message did not come from an IMAP mailbox (no uid)")
        if self.uses_keyword:
            await self._run(lambda imap: imap.uid("STORE", str(uid), "+FLAGS.SILENT", f"({self.keyword})"))
        else:
            self._done_local.add(uid)
            self._save_local()

    # ---- waiting ------------------------------------------------------------------------------------

    async def wait(self, timeout: float) -> bool:
        """Until new mail may have arrived (True) or ``timeout`` seconds passed (False)."""
        timeout = max(0.0, min(timeout, 25 * 60))  # IDLE must be renewed within 29 minutes
        if self.uses_idle:
            return await self._wait_idle(timeout)
        deadline = time.monotonic() + timeout
        first = True
        while True:
            found = [u for u in await self._run(self._unhandled) if u not in self._returned]
            self.polls += 1
            if found:
                self.last_wake = "already" if first else "poll"
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.last_wake = "timeout"
                return False
            first = False
            await asyncio.sleep(min(self.poll_interval, remaining))

    async def _wait_idle(self, timeout: float) -> bool:
        if [u for u in await self._run(self._unhandled) if u not in self._returned]:
            self.last_wake = "already"  # no need to idle
            return True
        loop = asyncio.get_running_loop()
        with self._idle_send:
            self._idle_stop = False
        timer = loop.call_later(timeout, self._idle_done)
        try:
            pushed = await self._run(self._idle)
            self.last_wake = "push" if pushed else "timeout"
            return pushed
        finally:
            timer.cancel()
            self._idle_done()  # also when cancelled: the thread returns once the server answers

    def _idle(self, imap: imaplib.IMAP4) -> bool:
        """RFC 2177 IDLE: True on an EXISTS/RECENT push; False when ``_idle_done`` ended it first."""
        tag = imap._new_tag()  # type: ignore[attr-defined]
        imap.send(tag + b" IDLE\r\n")
        line = imap.readline()
        if not line.startswith(b"+"):
            raise imaplib.IMAP4.abort("the server refused IDLE")
        with self._idle_send:
            self._idle_tag, self._idle_sent = tag, False
        if self._idle_stop:
            self._idle_done()
        imap.sock.settimeout(25 * 60 + self.timeout)  # the server may say nothing for the whole wait
        pushed = False
        try:
            while True:
                line = imap.readline()
                if not line:
                    raise imaplib.IMAP4.abort("EOF during IDLE")
                if line.startswith(tag + b" "):
                    return pushed
                if re.match(rb"\* \d+ (EXISTS|RECENT)", line):
                    pushed = True
                    self._idle_done()
        finally:
            with self._idle_send:
                self._idle_tag = None
            imap.tagged_commands.pop(tag, None)  # type: ignore[attr-defined]
            imap.sock.settimeout(self.timeout)

    def _idle_done(self) -> None:
        """End the running IDLE (from any thread): the reader then sees the tagged OK."""
        with self._idle_send:
            self._idle_stop = True
            if self._idle_tag is not None and not self._idle_sent and self._imap is not None:
                self._idle_sent = True
                try:
                    self._imap.send(b"DONE\r\n")
                except OSError:
                    pass

    # ---- the local record (servers that take no keywords) ------------------------------------------

    def _load_local(self) -> None:
        self._done_local = set()
        if self.state_path is None or not self.state_path.is_file():
            return
        try:
            data = json.loads(self.state_path.read_text())
            if data.get("uidvalidity") == self.uidvalidity and data.get("folder") == self.folder:
                self._done_local = {int(u) for u in data.get("done", [])}
        except (OSError, ValueError, TypeError, AttributeError):
            log.warning("the local record of handled mail is unreadable; starting afresh",
                        path=str(self.state_path))

    def _save_local(self) -> None:
        if self.state_path is None:
            return
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"folder": self.folder, "uidvalidity": self.uidvalidity,
                                   "done": sorted(self._done_local)}))
        os.replace(tmp, self.state_path)


class ImapMailSource(MailSource):
    """The runner's ``MailSource`` over IMAP, for the ``email_confirmation`` step.

    Several cases may wait at once: every message fetched is kept until a waiter takes it, so a mail
    for case B fetched while case A looked is still there when B looks. A message taken is marked
    handled in the mailbox.
    """

    def __init__(self, box: ImapMailbox, *, slice_seconds: float = 10.0):
        self.box = box
        self.slice_seconds = slice_seconds
        self._pending: dict[int, Incoming] = {}
        self._lock = asyncio.Lock()
        self._opened = False

    async def close(self) -> None:
        await self.box.close()

    async def wait_for_link(self, *, to: str, domains: list[str], subject_contains: str | None,
                            link_pattern: str | None, timeout: float, not_before: float,
                            poll_every: float | None = None) -> tuple[str, bytes]:
        deadline = time.monotonic() + timeout
        slice_seconds = min(self.slice_seconds, poll_every) if poll_every else self.slice_seconds
        while True:
            found = self._take(to, domains, subject_contains, link_pattern, not_before)
            if found is None:
                async with self._lock:
                    if not self._opened:
                        await self.box.open()
                        self._opened = True
                    found = self._take(to, domains, subject_contains, link_pattern, not_before)
                    if found is None:
                        for msg in await self.box.fetch_new():
                            if msg.uid is not None and msg.readable:
                                self._pending[msg.uid] = msg
                        found = self._take(to, domains, subject_contains, link_pattern, not_before)
                    remaining = deadline - time.monotonic()
                    if found is None and remaining > 0:
                        await self.box.wait(min(remaining, slice_seconds))
            if found is not None:
                msg, link = found
                await self.box.mark_handled(msg)
                return link, msg.raw
            if time.monotonic() >= deadline:
                raise NeedsHuman(f"the broker's confirmation e-mail did not arrive within {timeout:.0f}s",
                                 kind="other", instructions="Look for the broker's e-mail and click its link.")

    def _take(self, to: str, domains: list[str], subject_contains: str | None, link_pattern: str | None,
              not_before: float) -> tuple[Incoming, str] | None:
        for uid, msg in list(self._pending.items()):
            if to.lower() not in msg.to and msg.headers.get("delivered-to", "").strip().lower() != to.lower():
                continue
            if not msg.from_domain or not host_allowed("http://" + msg.from_domain, domains):
                continue
            if subject_contains and subject_contains.lower() not in msg.subject.lower():
                continue
            if msg.date is not None and msg.date.timestamp() < not_before:
                continue
            links = candidate_links(msg)
            if link_pattern:
                links = [x for x in msg.links if re.search(link_pattern, x)]
            if not links:
                continue
            del self._pending[uid]
            on_domain = [x for x in links if host_allowed(x, domains)]
            return msg, (on_domain or links)[0]
        return None


def _size(line: bytes) -> int | None:
    m = _FETCH_SIZE.search(line)
    if not m:
        return None
    return int(m[2] or m[3])


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quietly(fn: Callable[[], Any]) -> None:
    try:
        fn()
    except Exception:
        pass
