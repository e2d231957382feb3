"""Which of our sent requests a received mail answers.

Evidence is tried strongest first, and a weaker kind is used only when it points at exactly one
request:

1. **thread** — our Message-ID in the mail's ``In-Reply-To`` or ``References`` (or, in a bounce,
   in the returned message's headers);
2. **token** — our reference token (``OPT-7K2Q9X``, put in the subject of every letter) in the
   subject, the body, or a bounce's returned headers;
3. **bounce** — a bounce whose failed recipient is the address we wrote to;
4. **domain** — the sender's domain is (a subdomain of) one of the broker's domains; when the
   requests it fits are all one case's (a letter and a later re-request), the case's newest
   (``"domain, the only open case"``: trial42).

A declined case's letters (``Outstanding.declined``) are matched by the first two only (f43): the
broker's address and domain are every case's, and a mail tied to a declined case is kept, not acted
on; while a broker has a declined case's letter, its domain alone ties a mail to no other case either.
But when the broker has no live letter and its declined letters are all one case's, the domain ties
a mail to that case as it would a live one (f44a: such a reply was left unmatched and kept by nobody);
``MailFlow`` still reads whom a confirmation greets (``_judged``) and keeps it as evidence only.

A mail that fits two cases equally well matches none: a person sorts it out (``broker_fits`` says
which cases it may be, ``MailFlow`` asks a person which).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from optout.mail._classify import classify
from optout.mail._parse import _MSGID, Incoming


@dataclass(frozen=True)
class Outstanding:
    """One request we sent by e-mail that may still get an answer."""

    case_id: int
    request_id: int
    message_id: str  # our Message-ID, "<...@...>"
    token: str  # our reference, e.g. "OPT-7K2Q9X"
    domains: tuple[str, ...]  # the broker's domains (from its recipe)
    to: str  # the address we wrote to
    #: the case is ``declined`` (the client chose not to pursue it): a reply is still its evidence, but only
    #: one its own evidence names (thread, token); the broker's address or domain alone never ties a mail
    #: to it, nor makes it one of the cases a person is asked about (that would reopen it)
    declined: bool = False


def match(msg: Incoming, outstanding: Iterable[Outstanding]) -> Outstanding | None:
    """The request ``msg`` answers, or None when nothing (or more than one) fits."""
    found = matched_by(msg, outstanding)
    return found[0] if found else None


def matched_by(msg: Incoming, outstanding: Iterable[Outstanding]) -> tuple[Outstanding, str] | None:
    """Like ``match``, with how: ``"thread"``, ``"token"``, ``"bounce"``, ``"domain"`` or
    ``"only_open_case"`` (the sender's broker has letters out for one case only)."""
    pending = list(outstanding)
    if not pending:
        return None
    ids = {_norm(x) for x in [msg.in_reply_to or "", *msg.references, *_MSGID.findall(msg.returned_headers)] if x}
    hit = _only([o for o in pending if _norm(o.message_id) in ids])
    if hit:
        return hit, "thread"
    haystack = f"{msg.subject}\n{msg.text}\n{msg.returned_headers}"
    hit = _only([o for o in pending if o.token and re.search(rf"(?<![\w-]){re.escape(o.token)}(?![\w-])", haystack,
                                                              re.IGNORECASE)])
    if hit:
        return hit, "token"
    # a declined case's letter only by its own evidence: the broker's address or domain is every case's
    declined = [o for o in pending if o.declined]
    pending = [o for o in pending if not o.declined]
    verdict = classify(msg)
    if verdict.kind == "bounce":
        failed = set(verdict.failed_recipients)
        hit = _only([o for o in pending if o.to.lower() in failed])
        return (hit, "bounce") if hit else None
    fits = broker_fits(msg, pending)
    if not fits and (mine := _from_broker(msg, declined)) and len({o.case_id for o in mine}) == 1:
        # no live letter at this broker, and its declined letters are one case's: that case's, as a
        # live case's would be (kept as its evidence, never acted on: ``MailFlow._while_declined``)
        hit = _only(mine)
        return (hit, "domain") if hit else (max(mine, key=lambda o: o.request_id), "only_open_case")
    if fits and _from_broker(msg, declined):
        # the broker has a declined client's letter too: the mail may be that client's, so it confirms
        # no other case by the domain alone (``MailFlow`` asks a person about the open ones)
        return None
    hit = _only(fits)
    if hit:
        return hit, "domain"
    if fits and len({o.case_id for o in fits}) == 1:
        return max(fits, key=lambda o: o.request_id), "only_open_case"
    return None


def broker_fits(msg: Incoming, outstanding: Iterable[Outstanding]) -> list[Outstanding]:
    """The requests whose broker sent ``msg``: its sender's domain is (a subdomain of) one of the
    broker's domains. Several cases among them: the mail is a broker's answer no evidence places.
    A declined case's request is never among them (``Outstanding.declined``)."""
    return [o for o in _from_broker(msg, outstanding) if not o.declined]


def _from_broker(msg: Incoming, outstanding: Iterable[Outstanding]) -> list[Outstanding]:
    """The requests whose broker's domains the sender's domain is (a subdomain of)."""
    domain = msg.from_domain
    if not domain:
        return []
    return [o for o in outstanding if any(domain == d or domain.endswith("." + d) for d in o.domains)]


def _only(candidates: list[Outstanding]) -> Outstanding | None:
    requests = {(o.case_id, o.request_id) for o in candidates}
    return candidates[0] if len(requests) == 1 else None


def _norm(message_id: str) -> str:
    return message_id.strip().strip("<>").strip()
