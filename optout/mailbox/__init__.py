"""The incoming side of the e-mail channel: read brokers' replies, say what they mean, and tie them
to the request they answer.

- ``parse(raw) -> Incoming``: any bytes, never raises; what could not be read is in ``problems``.
- ``classify(msg) -> Classification``: rule-based; ``.rule`` says which rule fired.
- ``match(msg, outstanding) -> Outstanding | None``: thread ids, then our token, then a bounce's
  failed recipient, then the sender's domain (only when unambiguous).
- ``ImapMailbox`` / ``ImapMailSource`` (``optout.mailbox.imap``): the mailbox over IMAP.
- ``mail_source(settings)``: the ``MailSource`` the settings ask for (IMAP, a Maildir, or none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from optout.mailbox.classify import KINDS, Classification, Kind, candidate_links, classify
from optout.mailbox.match import Outstanding, match, matched_by
from optout.mailbox.parse import Attachment, Incoming, parse

if TYPE_CHECKING:
    from optout.settings import Settings
    from optout.steps.runner import MailSource

__all__ = [
    "KINDS", "Attachment", "Classification", "Incoming", "Kind", "Outstanding", "candidate_links", "classify",
    "mail_source", "match", "matched_by", "parse",
]


def mail_source(settings: Settings) -> MailSource | None:
    """IMAP when ``mail.imap.host`` is set, else the local Maildir when ``mail.maildir`` is, else None."""
    if settings.mail.imap.host:
        from optout.mailbox.imap import ImapMailbox, ImapMailSource

        return ImapMailSource(ImapMailbox.from_settings(settings.mail.imap, settings.data_dir))
    if settings.mail.maildir:
        from optout.mail import MaildirSource

        return MaildirSource(settings.mail.maildir, settings.mail.poll_interval)
    return None
