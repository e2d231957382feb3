"""The person's mailbox as a local Maildir (the lab's, or one a mail client such as mbsync keeps in
sync): the same two faces as the IMAP one, ``MaildirSource`` for opt-out steps waiting on a
verification mail and ``MaildirInbox`` for the mail flow reading replies.

A link is returned only when its host is one of the broker's domains: the runner refuses to open
anything else and hands the case to a person instead.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any

from optout.errors import NeedsHuman
from optout.reasons import Reason
from optout.mail._used import UsedMail, take_newest
from optout.steps.runner import MailSource

def _empty(path: Path) -> bool:
    """True when the Maildir's ``new`` and ``cur`` hold nothing but dot files: told from two folder
    listings, without the standard library's ``mailbox`` and ``email`` modules or optout's parser,
    which a run's start-up and most of a worker's passes (no mail) need not import (issue 15).
    Anything else (an entry, a missing or unreadable folder) is for ``mailbox`` to read and to
    name: False."""
    try:
        for sub in ("new", "cur"):
            with os.scandir(path / sub) as entries:
                if any(not e.name.startswith(".") for e in entries):
                    return False
    except OSError:
        return False
    return True


def delete_mails(path: Path, keys: set[str]) -> int:
    """Delete from the Maildir at ``path`` every message whose ``mail_key`` is one of ``keys`` (a
    forgotten client's replies, bounces and verification mails: ``App.remove_person``), in ``new``
    and ``cur``; returns how many files went. A folder that is missing or empty, or a message a mail
    client moved meanwhile, is no error: nothing of theirs is left there either way. Mail about
    other clients, and mail nobody placed, is left as it is."""
    if not keys or _empty(path):
        return 0
    from optout.mail._parse import mail_key, parse

    gone = 0
    for sub in ("new", "cur"):
        try:
            names = sorted(e.name for e in os.scandir(path / sub) if not e.name.startswith("."))
        except OSError:
            continue
        for name in names:
            file = path / sub / name
            try:
                if mail_key(parse(file.read_bytes())) in keys:
                    file.unlink()
                    gone += 1
            except (FileNotFoundError, IsADirectoryError):
                continue  # moved or deleted by the mail client meanwhile
    return gone


class MaildirSource(MailSource):
    """The ``email_confirmation`` step's mail, from a local Maildir: the newest unused message
    delivered (file time) since the request began (see ``optout.mail._used``)."""

    def __init__(self, path: Path, poll_interval: float = 1.0, store: Any = None):
        self.path = Path(path)
        self.poll_interval = poll_interval
        self.used = UsedMail(store)

    def _read(self, not_before: float) -> list[tuple[float, Any]]:
        if _empty(self.path):
            return []
        import mailbox

        from optout.mail._parse import parse

        box = mailbox.Maildir(self.path, create=False)
        out = []
        for key in box.keys():
            try:
                received = box.get_message(key).get_date()  # the file's time: when it was delivered
                if received >= not_before:
                    out.append((received, parse(box.get_bytes(key))))
            except (KeyError, FileNotFoundError):
                continue  # moved or deleted by the mail client meanwhile
        return out

    async def wait_for_link(self, *, to: str, domains: list[str], subject_contains: str | None,
                            link_pattern: str | None, timeout: float, not_before: float,
                            poll_every: float | None = None, case_id: int | None = None) -> tuple[str, bytes]:
        deadline = time.monotonic() + timeout
        interval = min(self.poll_interval, poll_every) if poll_every else self.poll_interval
        while True:
            found = await take_newest(await asyncio.to_thread(self._read, not_before), self.used, to=to,
                                      domains=domains, subject_contains=subject_contains, link_pattern=link_pattern,
                                      not_before=not_before, case_id=case_id)
            if found:
                return found[1], found[0].raw
            if time.monotonic() >= deadline:
                raise NeedsHuman(f"the broker's confirmation e-mail did not arrive within {timeout:.0f}s",
                                 kind="other", instructions="Look for the broker's e-mail and click its link.",
                                 instructions_es="Busque el correo del corredor y pulse su enlace.",
                                 why=Reason("confirm_mail_late", {"seconds": round(timeout)}))
            await asyncio.sleep(interval)


class MaildirInbox:
    """The mailbox replies to letters are read from, when it is a local Maildir (one that a mail
    client such as mbsync or offlineimap keeps in sync, or the lab's) rather than IMAP.

    The same calls as :class:`optout.mail.ImapMailbox`: ``fetch_new`` and ``mark_handled``.
    Which replies were handled is recorded in the store by the mail flow (every process agrees);
    here, only what this process has already read is remembered, and the Maildir itself is left
    as the mail client keeps it.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._done: set[str] = set()
        self._returned: set[str] = set()

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def fetch_new(self) -> list[Any]:
        def read() -> list[Any]:
            if _empty(self.path):
                return []
            import mailbox

            from optout.mail._parse import parse

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

    async def wait(self, timeout: float) -> bool:
        await asyncio.sleep(timeout)
        return False
