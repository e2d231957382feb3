"""Reading brokers' mail. This version reads a local Maildir (the lab's, or one a mail client syncs);
the IMAP channel replaces it behind the same ``MailSource`` interface.

A link is returned only when its host is one of the broker's domains: the runner refuses to open
anything else and hands the case to a person instead.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import mailbox
import re
import time
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from optout.channels.base import host_allowed
from optout.errors import NeedsHuman
from optout.steps.runner import MailSource

_LINK = re.compile(r"https?://[^\s<>\"')\]]+")


def message_links(msg: EmailMessage) -> list[str]:
    links: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            continue
        links += _LINK.findall(body if isinstance(body, str) else "")
    return list(dict.fromkeys(l.rstrip(".,;") for l in links))


def _from_domain(msg: EmailMessage) -> str:
    addrs = getaddresses([str(msg.get("From", ""))])
    return addrs[0][1].rsplit("@", 1)[-1].lower() if addrs and "@" in addrs[0][1] else ""


class MaildirSource(MailSource):
    def __init__(self, path: Path, poll_interval: float = 1.0):
        self.path = Path(path)
        self.poll_interval = poll_interval
        self._used: set[str] = set()  # messages already acted on by this process

    def _scan(self, to: str, domains: list[str], subject_contains: str | None,
              link_pattern: str | None, not_before: float) -> tuple[str, bytes] | None:
        box = mailbox.Maildir(self.path, create=False)
        for key in sorted(box.keys()):
            if key in self._used:
                continue
            try:
                mtime = (self.path / "new" / key).stat().st_mtime
            except FileNotFoundError:
                mtime = time.time()
            if mtime < not_before:
                continue
            raw = box.get_bytes(key)
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            rcpts = [a.lower() for _, a in getaddresses([str(msg.get("To", ""))])]
            if to.lower() not in rcpts or not host_allowed("http://" + _from_domain(msg), domains):
                continue
            if subject_contains and subject_contains.lower() not in str(msg.get("Subject", "")).lower():
                continue
            links = message_links(msg)  # type: ignore[arg-type]
            if link_pattern:
                links = [l for l in links if re.search(link_pattern, l)]
            if not links:
                continue
            self._used.add(key)
            on_domain = [l for l in links if host_allowed(l, domains)]
            return (on_domain or links)[0], raw
        return None

    async def wait_for_link(self, *, to: str, domains: list[str], subject_contains: str | None,
                            link_pattern: str | None, timeout: float, not_before: float,
                            poll_every: float | None = None) -> tuple[str, bytes]:
        deadline = time.monotonic() + timeout
        interval = min(self.poll_interval, poll_every) if poll_every else self.poll_interval
        while True:
            found = await asyncio.to_thread(self._scan, to, domains, subject_contains, link_pattern, not_before)
            if found:
                return found
            if time.monotonic() >= deadline:
                raise NeedsHuman(f"the broker's confirmation e-mail did not arrive within {timeout:.0f}s",
                                 kind="other", instructions="Look for the broker's e-mail and click its link.")
            await asyncio.sleep(interval)


class MaildirInbox:
    """The mailbox replies to letters are read from, when it is a local Maildir (one that a mail
    client such as mbsync or offlineimap keeps in sync, or the lab's) rather than IMAP.

    The same two calls as :class:`optout.mail._imap.ImapMailbox`: ``fetch_new`` and
    ``mark_handled``. What was handled is remembered in a file of message keys in the data
    directory (the Maildir itself is left as the mail client keeps it).
    """

    def __init__(self, path: Path, state_path: Path):
        self.path = Path(path)
        self.state_path = Path(state_path)
        self._done: set[str] = set()
        self._returned: set[str] = set()
        if self.state_path.exists():
            self._done = set(json.loads(self.state_path.read_text(encoding="utf-8")))

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def fetch_new(self) -> list[Any]:
        from optout.mail._parse import parse

        def read() -> list[Any]:
            box = mailbox.Maildir(self.path, create=False)
            out = []
            for key in sorted(box.keys()):
                if key in self._done or key in self._returned:
                    continue
                self._returned.add(key)
                msg = parse(box.get_bytes(key))
                msg.uid = key  # type: ignore[assignment]  # the Maildir's key stands for an IMAP UID
                out.append(msg)
            return out

        return await asyncio.to_thread(read)

    async def mark_handled(self, msg: Any) -> None:
        self._done.add(msg.uid)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(sorted(self._done)), encoding="utf-8")
        tmp.replace(self.state_path)

    async def wait(self, timeout: float) -> bool:
        await asyncio.sleep(timeout)
        return False
