"""The e-mail side of optout, in one place, in the order a letter lives:

1. **letters** (``_letters``): which law a request invokes (:func:`choose_law`), the letter and the
   follow-up (:func:`compose`, :func:`compose_follow_up`), the ``OPT-…`` reference token.
2. **send** (``_send``): :class:`MailSender`, SMTP under a daily cap and a per-broker slot;
   :class:`Deferred` (come back later), :class:`AddressRejected` (the broker's address is dead).
3. **inbox** (``_imap``, ``_maildir``): the person's mailbox, over IMAP (:class:`ImapMailbox`,
   IDLE or polling) or a local Maildir (:class:`MaildirInbox`); the ``MailSource`` that opt-out
   steps wait on for a verification mail (:func:`mail_source`); a forgotten client's mails deleted
   from a local Maildir (:func:`delete_mails`).
4. **parse** (``_parse``): :func:`parse` turns any bytes into an :class:`Incoming`, never raises.
5. **classify** (``_classify``): :func:`classify` says what a reply means (:data:`KINDS`).
6. **match** (``_match``): :func:`match` ties a reply to the letter it answers (:class:`Outstanding`).
7. **act** (``_flow``): :class:`MailFlow` sends, reads, decides and keeps the legal clock; it
   reaches the rest of optout only through the :class:`Host` it is given (the engine), so this
   package never imports the engine.
8. **plan** (``_plan``): :func:`plan_letters`, before a run: letters pending, at which caps, done by when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Each name is imported from its module on first use (PEP 562), so that a command that only asks
# which law applies (optout.app) does not load SMTP, IMAP, e-mail parsing and the flow at start-up.
_HOME = {
    "_letters": ["GDPR_COUNTRIES", "STATE_LAWS", "Law", "Letter", "add_month", "choose_law", "compose", "compose_follow_up", "law_by_id", "letter_values", "new_token", "residence_law"],
    "_send": ["AddressRejected", "Deferred", "MailSender"],
    "_parse": ["Anchor", "Attachment", "Incoming", "mail_key", "parse"],
    "_classify": ["ACT_CONFIDENCE", "KINDS", "Classification", "Kind", "LinkChoice", "candidate_links", "choose_link", "classify", "looks_like_tracker"],
    "_match": ["Outstanding", "match", "matched_by"],
    "_maildir": ["MaildirInbox", "MaildirSource", "delete_mails"],
    "_imap": ["ImapMailbox", "ImapMailSource"],
    "_flow": ["Host", "MailFlow", "record_extension"],
    "_plan": ["LetterPlan", "plan_letters"],
    "_used": ["set_aside"],
}
#: A request row's channel for a follow-up letter (its first letter's row has channel "email"):
#: here, not in ``_flow``, so that the engine tells a follow-up's request from the first one's
#: without loading the flow (``reasons.doubt_of``: only the follow-up is then in doubt).
FOLLOW_UP = "email_follow_up"
#: The events of a letter that went out (or may have: in doubt), a follow-up among them: what
#: comes back after one, up to the next, is that letter's (its bounce, reply, extension).
LETTER_EVENTS = ("letter_sent", "follow_up_sent", "letter_in_doubt")
#: The evidence step of a broker's reply that names none of our letters, kept sealed with each case
#: it may be for (``MailFlow._unplaced``) so that the volunteer asked whose it is can read it on the
#: dashboard (trial45: the queue said there was one, not what it said). It may be another client's:
#: no report prints it (once placed, it is kept again as that case's ``reply``).
UNPLACED_STEP = "unplaced reply"
_WHERE = {name: module for module, names in _HOME.items() for name in names}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'optout.mail' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"optout.mail.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from optout.mail._letters import GDPR_COUNTRIES, STATE_LAWS, Law, Letter, add_month, choose_law, compose, compose_follow_up, law_by_id, letter_values, new_token, residence_law
    from optout.mail._send import AddressRejected, Deferred, MailSender
    from optout.mail._parse import Anchor, Attachment, Incoming, mail_key, parse
    from optout.mail._classify import ACT_CONFIDENCE, KINDS, Classification, Kind, LinkChoice, candidate_links, choose_link, classify, looks_like_tracker
    from optout.mail._match import Outstanding, match, matched_by
    from optout.mail._maildir import MaildirInbox, MaildirSource, delete_mails
    from optout.mail._imap import ImapMailbox, ImapMailSource
    from optout.mail._flow import Host, MailFlow, record_extension
    from optout.mail._used import set_aside
    from optout.settings import Settings
    from optout.steps.runner import MailSource
    from optout.store import Store

__all__ = [
    "ACT_CONFIDENCE", "FOLLOW_UP", "GDPR_COUNTRIES", "LETTER_EVENTS", "UNPLACED_STEP", "letters_a_day", "KINDS", "STATE_LAWS", "AddressRejected", "Anchor", "Attachment",
    "Classification", "Deferred", "Host", "ImapMailSource", "ImapMailbox", "Incoming", "Kind", "Law", "Letter",
    "LinkChoice", "MailFlow", "MailSender", "MaildirInbox", "MaildirSource", "Outstanding", "add_month",
    "candidate_links", "choose_law", "choose_link", "classify", "delete_mails", "compose", "compose_follow_up", "letter_values", "looks_like_tracker", "mail_key",
    "mail_source", "match", "matched_by", "new_token", "parse", "LetterPlan", "plan_letters", "record_extension",
    "residence_law", "set_aside",
]


def letters_a_day(settings: Settings) -> int:
    """How many letters the sending accounts send in any 24 hours, all together: the sum of
    ``mail.accounts``' ``daily_cap``, else ``mail.daily_cap`` (``_send.sending_accounts``' order
    fills them): what a letter held by the daily limit waits for, said in words (trial45)."""
    return sum(a.daily_cap for a in settings.mail.accounts) or settings.mail.daily_cap


def mail_source(settings: Settings, store: Store | None = None) -> MailSource | None:
    """IMAP when ``mail.imap.host`` is set, else the local Maildir when ``mail.maildir`` is, else None.
    With ``store``, which mails were used is recorded there (every process agrees); without, in
    this process only."""
    if settings.mail.imap.host:
        from optout.mail._imap import ImapMailbox, ImapMailSource

        return ImapMailSource(ImapMailbox.from_settings(settings.mail.imap, settings.data_dir), store=store)
    if settings.mail.maildir:
        from optout.mail._maildir import MaildirSource

        return MaildirSource(settings.mail.maildir, settings.mail.poll_interval, store=store)
    return None
