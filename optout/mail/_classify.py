"""What a broker's reply says, by rules a person can read: each result names the rule that fired.

Rules are tried in order and the first one wins. The order is the point:

1. **bounce** — a delivery report (RFC 3464) with a failed recipient, or a mailer-daemon's
   plain-text failure notice;
2. **refused** — "not a resident", "publicly available", "no record", "exempt", "declined";
3. **needs_id** — a copy of a government ID, a driver's licence, proof of identity;
4. **extended** — "an additional 45 days": the law lets a broker extend once;
5. **verify_link** — asks to click/confirm/verify *and* carries a candidate link;
6. **needs_info** — asks for more information;
7. **confirmed** — says the data was deleted or the request completed;
8. **auto_reply** — an out-of-office or "we received your request" acknowledgement, or any mail
   marked automatic (``Auto-Submitted``, ``X-Autoreply``, ``Precedence: auto_reply``) that said
   nothing above;
9. **other**.

A refusal beats a request for information because refusals usually end with "if you think this is
wrong, send us more details"; a verification request beats a confirmation because "to confirm your
request, click" contains "confirm". Matching is on the subject and the body text, lower-cased,
whitespace collapsed; the regexes are linear (no nested quantifiers) so no message can stall them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from optout.mail._parse import _EMAIL, Incoming

Kind = Literal[
    "verify_link", "confirmed", "needs_info", "needs_id", "refused", "extended", "auto_reply", "bounce", "other"
]
KINDS: tuple[str, ...] = (
    "verify_link", "confirmed", "needs_info", "needs_id", "refused", "extended", "auto_reply", "bounce", "other",
)


@dataclass(frozen=True)
class Classification:
    kind: Kind
    rule: str  # which rule fired, e.g. "refused: not a resident" or "bounce: delivery report"
    reason: str | None = None  # refused: "not a resident", "publicly available", "no record", "exempt", "declined"
    days: int | None = None  # extended: the extra days the broker takes
    failed_recipients: tuple[str, ...] = ()  # bounce: lower-cased addresses
    links: tuple[str, ...] = ()  # candidate verification links, best first (any host: the caller checks it)


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# ---- bounces ------------------------------------------------------------------------------------

_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailer|bounce[s]?|double-bounce)@")
_BOUNCE_SUBJECT = _rx(
    r"undeliver(?:ed|able)", r"delivery (?:status notification \(failure\)|failure|has failed|failed)",
    r"mail delivery (?:failed|failure|system)", r"returned mail", r"failure notice",
    r"could not be delivered", r"non-?delivery",
)
_BOUNCE_TEXT = _rx(
    r"could not be delivered", r"following (?:address(?:es)?|recipients?)(?: \S+){0,3} failed",
    r"delivery to the following recipients? failed", r"user unknown", r"no such user",
    r"mailbox (?:unavailable|not found|does not exist)", r"recipient address rejected",
    r"address(?:es)? (?:failed|rejected)", r"550[ -]5\.\d\.\d",
)
# Where a plain bounce starts quoting the returned message: addresses after this are ours, not failures.
_RETURNED = _rx(
    r"^-+ ?(?:original message|this is a copy|the original message|undelivered message)",
    r"^(?:original message follows|------ this is a copy)", r"^received: ", r"^return-path: ",
)

# ---- content rules: (pattern, value) --------------------------------------------------------------

_REFUSED: list[tuple[str, re.Pattern[str]]] = [
    ("not a resident", _rx(
        r"\bnot an? (?:[a-z]+ ){0,2}residents?\b", r"\bonly (?:available|applies|apply) to (?:[a-z]+ ){0,2}residents\b",
        r"\bavailable only to (?:[a-z]+ ){0,2}residents\b", r"\bdo(?:es)? not (?:appear to )?(?:reside|live) in\b",
        r"\bresidents of [a-z ]{2,30} only\b",
    )),
    ("publicly available", _rx(r"\bpublicly available\b", r"\bpublic records? (?:are|is) (?:exempt|not covered)\b")),
    ("no record", _rx(
        r"\bno (?:matching )?records?\b", r"\b(?:could|were|was|are) (?:not|unable to) (?:find|locate|identify)\b",
        r"\bunable to (?:find|locate|identify) (?:any )?(?:records?|information|data|a profile|a match)",
        r"\bdo(?:es)? not (?:have|hold|maintain) any (?:personal )?(?:information|data|records?)\b",
    )),
    ("exempt", _rx(r"\bexempt(?:ed|ion)? from\b", r"\bnot subject to (?:the )?(?:ccpa|cpra|gdpr|law|act)\b")),
    ("declined", _rx(
        r"\b(?:deny|denied|decline|declined|reject|rejected|cannot honou?r|can ?not honou?r|unable to honou?r)"
        r" (?:your|this) (?:request|deletion|opt-?out)",
    )),
]
_NEEDS_ID = _rx(
    r"\bgovernment[- ]issued\b", r"\bphoto id\b", r"\bdriver'?s'? licen[cs]e\b", r"\bpassport\b",
    r"\bproof of (?:identity|residency|residence|address)\b", r"\bcopy of (?:your|an?) (?:id|identification)\b",
    r"\bidentity document\b", r"\b(?:upload|attach|send) (?:us )?(?:a|your) (?:copy of (?:a|your) )?(?:id|identification)\b",
)
_EXTENDED_DAYS = re.compile(
    r"\b(?:an? |the )?(?:additional|extra|further|another) (\d{1,3}) (?:calendar |business )?days\b"
    r"|\bextend(?:ed|ing)?\b(?: \S+){0,6}? by (?:an? (?:additional|further) )?(\d{1,3}) (?:calendar |business )?days\b"
    r"|\bextension of (\d{1,3}) (?:calendar |business )?days\b"
)
_EXTENDED = _rx(r"\bextension\b", r"\bextend(?:ed|ing)? (?:the|our) (?:time|deadline|response|period)")
_VERIFY = _rx(
    r"\b(?:please|to|must|need to|kindly) (?:verify|confirm|validate|complete|activate)"
    r" (?:your|this|the|it|that|you)\b",
    r"\b(?:click|tap|follow|open|visit|use) (?:on )?(?:the |this )?(?:link|button|here|url|below)\b",
    r"\bverification link\b", r"\bconfirmation link\b", r"\bverify your (?:e-?mail|request|identity)\b",
)
_NEEDS_INFO = _rx(
    r"\b(?:need|require|requires|needs) (?:some |more |additional |further )(?:information|details|info)\b",
    r"\b(?:please|kindly) (?:provide|send|reply with|tell us|confirm)\b",
    r"\bcould you (?:please )?(?:provide|send|confirm|tell)\b", r"\bunable to process your request without\b",
    r"\bmore information\b", r"\badditional (?:information|details)\b",
)
_CONFIRMED = _rx(
    r"\b(?:has|have) been (?:deleted|removed|erased|suppressed|opted out|processed|completed|honou?red)\b",
    r"\b(?:we|i) (?:have )?(?:deleted|removed|erased|suppressed|opted you out)\b",
    r"\b(?:request|opt-?out|deletion|removal) (?:is|was) (?:complete|completed|confirmed|processed|successful)\b",
    r"\bsuccessfully (?:deleted|removed|opted out|processed)\b", r"\bno longer (?:appear|be (?:shown|listed|sold))\b",
    r"\bwill not sell\b",
)
_ACK = _rx(
    r"\bout of (?:the )?office\b", r"\bautomatic reply\b", r"\bauto-?reply\b", r"\bon (?:vacation|leave)\b",
    r"\b(?:we|i) (?:have )?received your (?:request|message|e-?mail|inquiry)\b", r"\bticket (?:#|number|id)\b",
    r"\bwill (?:respond|get back to you|reply)\b", r"\bthank you for contacting\b",
)
_LINK_GOOD = re.compile(r"verif|confirm|token|valid|activat|opt-?out|remov|delet|unlist|suppress|request",
                        re.IGNORECASE)
_LINK_BAD = re.compile(r"unsubscribe|privacy|policy|terms|legal|help|support|faq", re.IGNORECASE)  # in the path
_SOCIAL = re.compile(r"(?:^|\.)(?:facebook|twitter|x|linkedin|instagram|youtube)\.com$", re.IGNORECASE)


def classify(msg: Incoming) -> Classification:
    """Which of ``KINDS`` ``msg`` is, and the rule that said so. Never raises."""
    text = " ".join(f"{msg.subject}\n{msg.text}".lower().split())
    bounce = _bounce(msg, text)
    if bounce:
        return bounce
    for reason, pattern in _REFUSED:
        if pattern.search(text):
            return Classification("refused", f"refused: {reason}", reason=reason)
    if _NEEDS_ID.search(text):
        return Classification("needs_id", "needs_id: asks for an identity document")
    m = _EXTENDED_DAYS.search(text)
    if m or _EXTENDED.search(text):
        days = int(next(g for g in m.groups() if g)) if m else None
        return Classification("extended", "extended: " + (f"{days} more days" if days else "an extension"), days=days)
    links = candidate_links(msg)
    if links and _VERIFY.search(text):
        return Classification("verify_link", "verify_link: asks to click a link", links=tuple(links))
    if _NEEDS_INFO.search(text):
        return Classification("needs_info", "needs_info: asks for more information")
    if _CONFIRMED.search(text):
        return Classification("confirmed", "confirmed: says the data was deleted or the request completed")
    if _ACK.search(text):
        return Classification("auto_reply", "auto_reply: an acknowledgement or out-of-office text")
    if _automatic(msg):
        return Classification("auto_reply", "auto_reply: marked automatic in its headers")
    return Classification("other", "other: no rule matched")


def candidate_links(msg: Incoming) -> list[str]:
    """Links that may be a verification link, best first: ones that say so (``verify``, ``token``,
    ``confirm``...) before the rest; never unsubscribe, policy or social links."""
    usable = [x for x in msg.links if not _bad_link(x)]
    good = [x for x in usable if _LINK_GOOD.search(x)]
    return good + [x for x in usable if x not in good]


def _bad_link(link: str) -> bool:
    try:
        parts = urlsplit(link)
        return bool(_LINK_BAD.search(parts.path) or _SOCIAL.search(parts.hostname or ""))
    except ValueError:
        return True


def _automatic(msg: Incoming) -> bool:
    h = msg.headers
    return (h.get("auto-submitted", "no").strip().lower() not in ("", "no")
            or "x-autoreply" in h or "x-autorespond" in h
            or h.get("precedence", "").strip().lower() in ("auto_reply", "bulk", "junk"))


def _bounce(msg: Incoming, text: str) -> Classification | None:
    report = "report-type=delivery-status" in msg.headers.get("content-type", "").lower().replace('"', "")
    if msg.dsn_failed:
        return Classification("bounce", "bounce: delivery report", failed_recipients=tuple(msg.dsn_failed))
    if report or msg.dsn_actions:
        if msg.dsn_actions and all(a in ("delayed", "delivered", "relayed", "expanded") for a in msg.dsn_actions):
            return Classification("auto_reply", "auto_reply: delivery report without a failure")
        return Classification("bounce", "bounce: delivery report without recipients")
    from_daemon = bool(_DAEMON.match(msg.from_addr)) or msg.from_addr == ""
    subject = msg.subject.lower()
    if (from_daemon and (_BOUNCE_SUBJECT.search(subject) or _BOUNCE_TEXT.search(text))) or (
        _BOUNCE_SUBJECT.search(subject) and _BOUNCE_TEXT.search(text)
    ):
        return Classification("bounce", "bounce: failure notice", failed_recipients=tuple(_plain_failed(msg)))
    return None


def _plain_failed(msg: Incoming) -> list[str]:
    """Addresses a plain-text bounce names before it quotes the returned message."""
    ours = {msg.from_addr, *msg.to}
    found: list[str] = []
    for line in msg.text.splitlines():
        if _RETURNED.search(line.strip().lower()):
            break
        for addr in _EMAIL.findall(line):
            addr = addr.lower()
            if addr not in ours and not _DAEMON.match(addr) and addr not in found:
                found.append(addr)
    return found
