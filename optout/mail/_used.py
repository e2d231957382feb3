"""Which received mails were used, and the one verification mail a waiting request may use.

A broker's verification mail belongs to the request that caused it: only mail received at or after
that request began is considered, newest first, and a mail once used is recorded in the store
(``Store.claim_mail``), so a second request (a relisting, a second attempt, two people sharing an
opt-out address), another worker or a later run never uses it again. Maildir and IMAP both go
through here.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit
from typing import TYPE_CHECKING, NoReturn

from optout.channels.base import host_allowed
from optout.errors import NeedsHuman
from optout.reasons import Reason

if TYPE_CHECKING:  # the parser (and the e-mail modules under it) loads with the first mail read
    from optout.mail._parse import Incoming
    from optout.store import Store

#: A claim on a mail not finished within this long (its process died) may be taken over.
LEASE = dt.timedelta(minutes=10)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)  # mail times are wall-clock times


class UsedMail:
    """The record of used mails: the store when there is one (every process agrees), else this
    process's memory (a test, or a one-off run without a store)."""

    def __init__(self, store: Store | None):
        self.store = store
        self._mine: set[str] = set()

    async def taken(self, keys: list[str]) -> set[str]:
        if self.store is None or not keys:
            return {k for k in keys if k in self._mine}
        return await self.store.mail_taken(keys, _now(), LEASE) | {k for k in keys if k in self._mine}

    async def claim(self, key: str, purpose: str, case_id: int | None) -> bool:
        if key in self._mine:
            return False
        if self.store is not None and not await self.store.claim_mail(key, purpose, case_id, _now(), LEASE):
            return False
        self._mine.add(key)
        return True

    async def finish(self, key: str) -> None:
        self._mine.add(key)
        if self.store is not None:
            await self.store.finish_mail(key, _now())


async def set_aside(store: Store, key: str) -> bool:
    """The received mail ``key`` is none of the clients' it may be (a person said so: ``App.reply_not_ours``,
    f43): recorded as used by nobody (purpose ``nobody``), so that no mailbox read asks about it or acts on
    it again. False when another process holds or finished it meanwhile (nothing recorded)."""
    if not await store.claim_mail(key, "nobody", None, _now(), LEASE):
        return False
    await store.finish_mail(key, _now())
    return True


def addressed(msg: Incoming, to: str, domains: list[str], subject_contains: str | None) -> bool:
    """From the broker (one of ``domains``), to ``to``, with the expected subject."""
    if to.lower() not in msg.to and msg.headers.get("delivered-to", "").strip().lower() != to.lower():
        return False
    if not msg.from_domain or not host_allowed("http://" + msg.from_domain, domains):
        return False
    return not subject_contains or subject_contains.lower() in msg.subject.lower()


def the_link(msg: Incoming, domains: list[str], link_pattern: str | None) -> str | None:
    """The link to open in a verification mail: the recipe's ``link_pattern`` when it has one,
    else the one ``choose_link`` finds by intent. None: this mail holds no such link. Raises
    NeedsHuman when several links ask to confirm, or when the link was chosen only by words of a
    language read in part that are no exact "confirm your request" on the broker's host (a person chooses)."""
    if link_pattern:
        hits = [x for x in msg.links if re.search(link_pattern, x)]
        own = [x for x in hits if host_allowed(x, domains)]
        if own:
            return own[0]  # the broker's own link, even after a look-alike the pattern also matches (trial25)
        if hits:
            return _foreign(hits[0])
        return None
    from optout.mail._classify import ACT_CONFIDENCE, choose_link  # imported once a mail is read; its rules compile on first use

    choice = choose_link(msg, domains)
    if choice.url and choice.status in ("open", "follow") and choice.confidence < ACT_CONFIDENCE:
        # chosen only by words of a language optout reads in part: a person decides
        raise NeedsHuman(f"the broker's confirmation e-mail asks to confirm, and {choice.reason}; none was opened",
                         kind="other", url=choice.url,
                         instructions="Open the broker's e-mail and, if it asks to confirm the request, click its link.",
                         instructions_es="Abra el correo del corredor y, si pide confirmar la solicitud, pulse su enlace.",
                         why=Reason("verify_link_unclear"))
    if choice.status == "ambiguous":
        raise NeedsHuman("the broker's confirmation e-mail has several links that ask to confirm; none was opened",
                         kind="other", instructions="Open the broker's e-mail and click the link that confirms.",
                         instructions_es="Abra el correo del corredor y pulse el enlace que confirma.",
                         why=Reason("confirm_links_several"))
    if choice.status == "foreign":
        return _foreign(choice.url or "")
    return choice.url


def _foreign(url: str) -> NoReturn:
    """A confirmation link outside the broker's domains: never opened; a person looks (phishing?)."""
    host = urlsplit(url).hostname or "?"
    raise NeedsHuman(f"the broker's confirmation e-mail asks to open a link outside its domains ({host}); not opened",
                     kind="suspicious_link", url=url,
                     instructions="This may be phishing. Check the e-mail and open the link yourself only if you trust it.",
                     instructions_es="Puede ser un engaño (phishing). Revise el correo y abra el enlace usted "
                                     "mismo solo si confía en él.",
                     why=Reason("confirm_link_foreign", {"host": host}))


async def take_newest(candidates: list[tuple[float, Incoming]], used: UsedMail, *, to: str, domains: list[str],
                      subject_contains: str | None, link_pattern: str | None, not_before: float,
                      case_id: int | None) -> tuple[Incoming, str] | None:
    """Of ``candidates`` ((received, message), received in wall-clock seconds), the newest one
    received at or after ``not_before``, addressed to ``to`` by the broker, holding a link, and
    not used before: claimed and recorded as used by ``case_id``. None when there is none yet."""
    fresh = sorted(((t, m) for t, m in candidates if t >= not_before and m.readable), key=lambda x: -x[0])
    fitting = [m for _, m in fresh if addressed(m, to, domains, subject_contains)]
    if not fitting:
        return None
    from optout.mail._parse import mail_key

    taken = await used.taken([mail_key(m) for m in fitting])
    for msg in fitting:
        key = mail_key(msg)
        if key in taken:
            continue
        link = the_link(msg, domains, link_pattern)
        if link is None:
            continue
        if await used.claim(key, "verification", case_id):
            await used.finish(key)
            return msg, link
    return None
