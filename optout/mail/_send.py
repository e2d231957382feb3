"""Sending legal deletion requests by e-mail (SMTP), politely.

Politeness is what keeps the account alive: a batch of 500 letters must not look like spam to the
mail provider, nor flood one broker's privacy desk. So every letter takes

* a **daily cap** (``mail.daily_cap`` letters in any 24 hours, counted in the store, so several
  workers share it), and
* a **per-broker slot** (``mail.broker_spacing`` between two letters to one broker, held in the
  store with :meth:`Store.take_slot`).

A case that would wait longer than ``mail.max_wait`` for either is handed back with a due time
instead of holding a worker. A letter goes only to the address its recipe declares.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
import smtplib
import ssl
from dataclasses import dataclass
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Any

from optout.errors import ConfigError, OptoutError, TransientError, said
from optout.settings import MailSettings
from optout.urls import is_loopback_host


class _Subject(str):
    """A Subject value folded as RFC 2047 §5 means: the spaces of a long subject inside its encoded words.
    Python 3.11's folder (``email.policy.default``) puts the space between two encoded words outside them, where
    every reader drops it, so a broker read "María José NúñezPeña" (trial42; CPython gh-92081; its fix in 3.12.5
    broke other subjects, gh-144156). The stdlib's own ``email.header.Header`` encoder folds it right; an ASCII
    subject is folded as before. The value reads as the subject itself (``msg["Subject"] == subject``)."""

    name = "Subject"

    def fold(self, *, policy: Any) -> str:  # called by the generator (email.policy.EmailPolicy._fold)
        if self.isascii():
            return policy.header_factory("Subject", str(self)).fold(policy=policy)
        return f"Subject: {Header(str(self), 'utf-8', header_name='Subject').encode(linesep=policy.linesep)}" \
            f"{policy.linesep}"


class Deferred(OptoutError):
    """No sending slot soon enough: come back at ``until``."""

    def __init__(self, reason: str, until: dt.datetime):
        super().__init__(reason)
        self.until = until


class MaybeSent(TransientError):
    """The connection broke after the letter's content was handed to the server and before its
    answer: the server may have taken it (RFC 5321 §4.1.1.4: it commits on the final dot). The
    caller counts the letter as sent rather than risk a second one."""


class AddressRejected(OptoutError):
    """The server refused the recipient outright (5xx): the broker's address is dead."""


def plus_address(address: str, tag: str) -> str:
    """``desk@example.org`` + ``p_3k9`` → ``desk+p_3k9@example.org`` (RFC 5233 subaddressing): one
    mailbox, but each person's replies carry their own address. ``tag`` must be opaque (a person id),
    never a name."""
    local, _, domain = address.rpartition("@")
    return f"{local.split('+', 1)[0]}+{tag}@{domain}"


@dataclass
class SendingAccount:
    """One account letters leave from, under its own daily cap. ``name`` None: the single account of
    the top-level mail settings, whose cap counts every letter (as before accounts existed)."""

    name: str | None
    daily_cap: int
    sender: MailSender


def sending_accounts(settings: MailSettings) -> list[SendingAccount]:
    """The accounts to send from, in the order they are filled (mail.accounts, else the one account)."""
    if not settings.accounts:
        return [SendingAccount(None, settings.daily_cap, MailSender(settings))]
    out = []
    for a in settings.accounts:
        one = settings.model_copy(update={
            "smtp_host": a.smtp_host, "smtp_port": a.smtp_port, "smtp_security": a.smtp_security,
            "smtp_user": a.smtp_user, "smtp_password": a.smtp_password, "from_address": a.from_address,
            "daily_cap": a.daily_cap, "accounts": []})
        out.append(SendingAccount(a.name, a.daily_cap, MailSender(one)))
    return out


#: What a mail server that refuses a step of the connection's setup means, by step: the setting to
#: change (said in one line, naming the setting, never a value but the server's own address).
SETUP_SETTING: dict[str, str] = {
    "ssl": ("does not speak TLS on this port; check mail.smtp_port and mail.smtp_security "
            "(ssl for port 465, starttls for port 587)"),
    "starttls": ("does not offer STARTTLS; check mail.smtp_port and mail.smtp_security "
                 "(ssl for port 465; none only for a server on this machine)"),
    "login": ("does not offer a login (SMTP AUTH) on this connection; check mail.smtp_security, "
              "or leave mail.smtp_user empty for a server that takes mail without one"),
}


class MailSender:
    def __init__(self, settings: MailSettings):
        self.settings = settings

    @property
    def configured(self) -> bool:
        return bool(self.settings.smtp_host and self.settings.from_address)

    def check(self) -> None:
        s = self.settings
        if s.smtp_security == "none" and s.smtp_host and not is_loopback_host(s.smtp_host):
            raise ConfigError("mail.smtp_security = none is allowed only for a server on this machine "
                              f"(mail.smtp_host is {s.smtp_host}); use starttls or ssl")

    def message(self, *, to: str, subject: str, body: str, sender_name: str | None, token: str,
                now: dt.datetime, in_reply_to: str | None = None, from_address: str | None = None) -> EmailMessage:
        """A plain-text letter with a fresh Message-ID that carries the token (so even a reply
        that drops the subject can be matched by its In-Reply-To). ``from_address``: another
        address of this account (a plus-address), default ``from_address``."""
        assert self.settings.from_address
        msg = EmailMessage()
        msg["From"] = formataddr((self.settings.from_name or sender_name or "", from_address or self.settings.from_address))
        msg["To"] = to
        msg["Subject"] = _Subject(subject)
        msg["Date"] = format_datetime(now)
        domain = self.settings.from_address.rpartition("@")[2] or "optout.invalid"
        msg["Message-ID"] = make_msgid(idstring=token.lower(), domain=domain)
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = in_reply_to
        msg["Auto-Submitted"] = "no"  # a person's request, not an auto-reply: ask for a human answer
        msg.set_content(body)
        return msg

    async def send(self, msg: EmailMessage, before_data: Callable[[], Awaitable[None]] | None = None) -> None:
        """Send ``msg``. ``before_data`` is awaited (on the caller's loop) once the server has
        accepted the sender and recipient and before the content goes: from then on the letter may
        be delivered whatever happens, which is what a crash recovery must know. Raises
        AddressRejected (5xx on the recipient), MaybeSent (the connection broke after the content
        was sent), TransientError, ConfigError or OptoutError."""
        self.check()
        loop = asyncio.get_running_loop()

        def mark() -> None:
            if before_data is not None:
                asyncio.run_coroutine_threadsafe(before_data(), loop).result(timeout=120)

        await asyncio.to_thread(self._send, msg, mark)

    def _send(self, msg: EmailMessage, mark: Callable[[], None] = lambda: None) -> None:
        s = self.settings
        assert s.smtp_host
        where = f"SMTP server {s.smtp_host}:{s.smtp_port}"
        phase = {"data": False, "setup": "connect"}
        try:
            if s.smtp_security == "ssl":
                phase["setup"] = "ssl"
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=30,
                                                      context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=30)
            with smtp:
                if s.smtp_security == "starttls":
                    phase["setup"] = "starttls"
                    smtp.starttls(context=ssl.create_default_context())
                if s.smtp_user:
                    phase["setup"] = "login"
                    smtp.login(s.smtp_user, s.smtp_password.get_secret_value() if s.smtp_password else "")
                phase["setup"] = ""
                data = smtp.data

                def data_marked(content: Any) -> tuple[int, bytes]:
                    mark()  # MAIL FROM and RCPT TO were accepted: the content goes now
                    phase["data"] = True
                    return data(content)

                smtp.data = data_marked  # type: ignore[method-assign]
                smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as e:
            codes = sorted({code for code, _ in e.recipients.values()})
            if all(c >= 500 for c in codes):
                raise AddressRejected(f"{where} refused the broker's address (SMTP {codes[0]})") from None
            raise TransientError(f"{where} deferred the letter (SMTP {codes[0]})") from None
        except (smtplib.SMTPNotSupportedError, ssl.SSLError) as e:
            # the server answers but not as the settings expect (no STARTTLS, no AUTH, plain text
            # on the TLS port): every letter would meet the same, so it is a setting, said once,
            # never a broker's failure nor a "transient error, will retry later"
            if isinstance(e, ssl.SSLCertVerificationError):
                raise ConfigError(f"{where}: its TLS certificate is not valid for this name "
                                  f"({e.verify_message}); check mail.smtp_host") from None
            setup = "ssl" if isinstance(e, ssl.SSLError) and phase["setup"] == "starttls" else phase["setup"]
            if setup in SETUP_SETTING:
                raise ConfigError(f"{where} {SETUP_SETTING[setup]}") from None
            if phase["data"]:
                raise MaybeSent(f"{where} dropped the connection after the letter was sent and before its answer "
                                f"({type(e).__name__}): it may have been delivered") from None
            raise TransientError(f"{where}: {type(e).__name__}") from None
        except smtplib.SMTPAuthenticationError as e:
            raise said(ConfigError(f"{where} refused the login for mail.smtp_user (SMTP {e.smtp_code}); "
                                   "check mail.smtp_user and mail.smtp_password"), "smtp_login_refused") from None
        except smtplib.SMTPResponseException as e:
            if e.smtp_code >= 500:
                raise OptoutError(f"{where} refused the letter (SMTP {e.smtp_code})") from None
            raise TransientError(f"{where} deferred the letter (SMTP {e.smtp_code})") from None
        except (smtplib.SMTPException, OSError) as e:
            if phase["data"]:
                raise MaybeSent(f"{where} dropped the connection after the letter was sent and before its answer "
                                f"({type(e).__name__}): it may have been delivered") from None
            raise TransientError(f"{where}: {type(e).__name__}: {getattr(e, 'strerror', None) or e}") from None
