"""Reading the person's mailbox over IMAP: fetch what is new, mark what was handled, wait for more.

Built on IMAPClient (a maintained library over the standard ``imaplib``), run in a worker thread:
it speaks plain IMAP, STARTTLS and IMAPS, encodes folder names in modified UTF-7 (a folder named
"Solicitudes de eliminación" works), parses FETCH responses and literals, and has IDLE. (aioimaplib,
the asyncio client, has no STARTTLS, which many self-hosted servers require on port 143; the
hand-written IDLE over imaplib this replaced was thirty lines we had to keep right.)

Whether a mail was handled is the store's to say (``Store.claim_mail``, through the mail flow and
``optout.mail._used``): every process and machine agrees. Here "handled" only saves fetching a mail
again: it is marked in the mailbox itself, as the keyword ``$OptoutDone``, when the server's
PERMANENTFLAGS allow keywords (``\\*``), else in a local JSON file (``state_path``) keyed by
UIDVALIDITY; a mark lost there costs a fetch, never a second action.

Nothing here logs or raises with the password, the user name or any message's content.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from pydantic import SecretStr

from optout.files import private_dir, write_private
from optout.errors import ConfigError, NeedsHuman, TransientError, said
from optout.reasons import Reason
from optout.log import get_logger
from optout.mail._parse import Incoming, parse
from optout.mail._used import UsedMail, take_newest
from optout.steps.runner import MailSource

log = get_logger(__name__)
T = TypeVar("T")

TlsMode = Literal["none", "starttls", "ssl"]
KEYWORD = "$OptoutDone"


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
        self._imap: IMAPClient | None = None
        self._lock = asyncio.Lock()  # one command at a time on the connection
        self._returned: set[int] = set()
        self._done_local: set[int] = set()
        self._idle_tag: bytes | None = None  # the running IDLE's tag

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
            imap = IMAPClient(self.host, self.port, ssl=self.tls == "ssl", ssl_context=self.ssl_context,
                              timeout=self.timeout)
            if self.tls == "starttls":
                imap.starttls(self.ssl_context)
        except ssl.SSLError as e:  # before OSError, its base: a bad certificate is not transient
            raise ConfigError(f"TLS with the {where} failed ({type(e).__name__}): check mail.imap.tls "
                              "and the server's certificate") from None
        except (OSError, IMAPClientError) as e:
            raise TransientError(f"cannot reach the {where} ({type(e).__name__})") from None
        try:
            imap.login(self.user, self.password.get_secret_value())
        except (LoginError, IMAPClientError):
            _quietly(imap.logout)
            raise said(ConfigError(f"the {where} refused the login: check mail.imap.user and mail.imap.password"),
                       "mailbox_login_refused") from None
        try:
            # IMAPClient encodes the name in modified UTF-7 (RFC 3501 §5.1.3): "Solicitudes de eliminación"
            selected = imap.select_folder(self.folder)
        except (IMAPClientError, UnicodeError, ValueError) as e:
            exists = False
            if isinstance(e, IMAPClientError):
                try:
                    exists = bool(imap.folder_exists(self.folder))
                except (IMAPClientError, OSError, UnicodeError, ValueError):
                    pass
            _quietly(imap.logout)
            if exists:  # there, but the server failed to open it: not a name to fix
                code = re.search(r"\[([A-Z][A-Z-]*)", str(e))  # RFC 5530's response code, never the server's prose
                raise ConfigError(f"mail.imap.folder: the {where} has the folder {self.folder!r} but could not "
                                  f"open it ({code[1] if code else 'no reason given'}): its own log says why "
                                  "(often the mailbox's file permissions)") from None
            raise ConfigError(f"mail.imap.folder: the {where} has no folder {self.folder!r} "
                              "(names are case-sensitive; INBOX is the default)") from None
        self.capabilities = frozenset(c.decode().upper() if isinstance(c, bytes) else str(c).upper()
                                      for c in imap.capabilities())
        flags = selected.get(b"PERMANENTFLAGS") or ()
        self.keywords_allowed = any(f in (b"\\*", "\\*") for f in flags)
        validity = selected.get(b"UIDVALIDITY")
        self.uidvalidity = int(validity) if validity is not None else None
        self._imap = imap
        self._load_local()

    def _conn(self) -> IMAPClient:
        if self._imap is None:
            self._connect()
        assert self._imap is not None
        return self._imap

    async def _run(self, fn: Callable[[IMAPClient], T]) -> T:
        """Run ``fn`` on the connection in a thread; reconnect once if the connection broke."""
        async with self._lock:
            for attempt in (1, 2):
                try:
                    return await asyncio.to_thread(lambda: fn(self._conn()))
                except (IMAPClientAbortError, OSError) as e:
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

    def _unhandled(self, imap: IMAPClient) -> list[int]:
        imap.noop()  # servers look for new mail on a sync (NOOP), not on SEARCH
        try:
            if self.uses_keyword:
                uids = imap.search(["NOT", "KEYWORD", self.keyword])
            else:
                uids = imap.search(["ALL"])
        except IMAPClientError:
            raise TransientError(f"the IMAP server {self.host} refused a search") from None
        return [int(u) for u in uids if int(u) not in self._done_local]

    def _fetch_one(self, imap: IMAPClient, uid: int) -> Incoming | None:
        head = imap.fetch([uid], ["RFC822.SIZE", "INTERNALDATE"]).get(uid, {})
        size = head.get(b"RFC822.SIZE")
        if size is None:
            return None
        received = head.get(b"INTERNALDATE")
        if size <= self.max_bytes:
            data = imap.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
            raw = data.get(b"BODY[]")
        else:
            data = imap.fetch([uid], [f"BODY.PEEK[]<0.{self.max_bytes}>"]).get(uid, {})
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[]")), None)
        msg = parse(raw or b"")
        if size > self.max_bytes:
            msg.problems.insert(0, f"message of {size} bytes, over the {self.max_bytes}-byte limit: "
                                   "only the start was fetched")
        msg.uid = uid
        if isinstance(received, dt.datetime):  # IMAPClient gives it in local time, without a zone
            msg.received = received if received.tzinfo else received.astimezone()
        return msg

    async def mark_handled(self, msg: Incoming | int) -> None:
        uid = msg if isinstance(msg, int) else msg.uid
        if uid is None:
            raise ValueError("this message did not come from an IMAP mailbox (no uid)")
        if self.uses_keyword:
            await self._run(lambda imap: imap.add_flags([uid], [self.keyword], silent=True))
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
        stop = threading.Event()
        try:
            pushed = await self._run(lambda imap: self._idle(imap, timeout, stop))
            self.last_wake = "push" if pushed else "timeout"
            return pushed
        finally:
            stop.set()  # also when cancelled: the thread ends IDLE within a second

    def _idle(self, imap: IMAPClient, timeout: float, stop: threading.Event) -> bool:
        """RFC 2177 IDLE through IMAPClient: True on an EXISTS/RECENT push, False at ``timeout``
        or ``stop``. Checked in one-second slices, so a stop is honoured quickly."""
        deadline = time.monotonic() + timeout
        imap.idle()
        self._idle_tag = b"idle"
        pushed = False
        try:
            while not pushed and not stop.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                for response in imap.idle_check(timeout=min(1.0, remaining)):
                    if len(response) > 1 and response[1] in (b"EXISTS", b"RECENT"):
                        pushed = True
        finally:
            self._idle_tag = None
            imap.idle_done()
        return pushed

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
        private_dir(self.state_path.parent)
        write_private(self.state_path, json.dumps({"folder": self.folder, "uidvalidity": self.uidvalidity,
                                                   "done": sorted(self._done_local)}).encode())


class ImapMailSource(MailSource):
    """The runner's ``MailSource`` over IMAP, for the ``email_confirmation`` step.

    Several cases may wait at once: every message fetched is kept until a waiter takes it, so a mail
    for case B fetched while case A looked is still there when B looks. A message taken is marked
    handled in the mailbox.
    """

    def __init__(self, box: ImapMailbox, *, slice_seconds: float = 10.0, store: Any = None):
        self.box = box
        self.slice_seconds = slice_seconds
        self.used = UsedMail(store)
        self._pending: dict[int, Incoming] = {}
        self._lock = asyncio.Lock()
        self._opened = False

    async def close(self) -> None:
        await self.box.close()

    async def wait_for_link(self, *, to: str, domains: list[str], subject_contains: str | None,
                            link_pattern: str | None, timeout: float, not_before: float,
                            poll_every: float | None = None, case_id: int | None = None) -> tuple[str, bytes]:
        deadline = time.monotonic() + timeout
        slice_seconds = min(self.slice_seconds, poll_every) if poll_every else self.slice_seconds

        async def take() -> tuple[Incoming, str] | None:
            # when the server received it; else its Date; a message with neither cannot be shown
            # to be newer than the request
            dated = [((m.received or m.date).timestamp() if (m.received or m.date) else 0.0, m)
                     for m in self._pending.values()]
            found = await take_newest(dated, self.used, to=to, domains=domains, subject_contains=subject_contains,
                                      link_pattern=link_pattern, not_before=not_before, case_id=case_id)
            if found is not None:
                self._pending.pop(found[0].uid, None)  # type: ignore[arg-type]
            return found

        while True:
            found = await take()
            if found is None:
                async with self._lock:
                    if not self._opened:
                        await self.box.open()
                        self._opened = True
                    found = await take()
                    if found is None:
                        for msg in await self.box.fetch_new():
                            if msg.uid is not None and msg.readable:
                                self._pending[msg.uid] = msg
                        found = await take()
                    remaining = deadline - time.monotonic()
                    if found is None and remaining > 0:
                        await self.box.wait(min(remaining, slice_seconds))
            if found is not None:
                msg, link = found
                await self.box.mark_handled(msg)
                return link, msg.raw
            if time.monotonic() >= deadline:
                raise NeedsHuman(f"the broker's confirmation e-mail did not arrive within {timeout:.0f}s",
                                 kind="other", instructions="Look for the broker's e-mail and click its link.",
                                 instructions_es="Busque el correo del corredor y pulse su enlace.",
                                 why=Reason("confirm_mail_late", {"seconds": round(timeout)}))


def _quietly(fn: Callable[[], Any]) -> None:
    try:
        fn()
    except Exception:
        pass
