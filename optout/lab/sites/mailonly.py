"""The e-mail-only brokers: no search and no forms, only an address for deletion requests.

Mail to ``privacy@<id>.lab.test`` is handed to that broker (never delivered to the Maildir). Each
one records what it received, matches the request to a seeded person by full name in the subject
or body, and answers in its own way, by SMTP through the lab's mail path into the people's Maildir:
``Re: <subject>`` (so our token survives), ``In-Reply-To``/``References`` = the request's
Message-ID, ``Auto-Submitted: auto-replied``. None of them answers automatic mail (no loops).

| broker | answer |
| --- | --- |
| MailOnly | confirms, and deletes the record at once |
| MailVerify | asks for a click on a link on its own host; deletes when it is opened |
| MailID | asks for a copy of a government ID; deletes nothing |
| MailRefuse | refuses: "not a California resident" |
| MailPublic | refuses: the data is "publicly available" |
| MailSilent | never answers |
| MailBounce | the lab's mailer-daemon bounces the request (a DSN naming the failed recipient) |
| MailExtend | takes a 45-day extension; the record goes 45 days later, with no further mail |
| MailPhish | asks for a click on a link to a host that is not its own |
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import re
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from typing import ClassVar

from aiohttp import web

from optout.lab.sites.base import Site
from optout.lab.sites.listings import Listing, folded


class MailBroker(Site):
    """A broker reached only by e-mail. Subclasses set ``answer`` and, if they want, ``reply_text``."""

    answer: ClassVar[str] = "confirm"
    decoys = False

    def __init__(self, lab):
        super().__init__(lab)
        self.received: list[dict] = []
        self.links_opened = 0

    @property
    def mail_domain(self) -> str:  # type: ignore[override]
        return self.host

    @property
    def address(self) -> str:
        return f"privacy@{self.host}"

    def reset(self) -> None:
        super().reset()
        self.received.clear()
        self.links_opened = 0

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/", self.privacy), web.get("/privacy", self.privacy)]

    def render_listing(self, x: Listing) -> str:
        return ""  # records are never shown

    async def privacy(self, request: web.Request) -> web.Response:
        return self.page(
            "Privacy",
            f"<h1>Privacy notice</h1><p>{self.name} compiles consumer records from public sources.</p>"
            "<p>To request deletion of your personal information, e-mail "
            f'<a href="mailto:{self.address}">{self.address}</a> with your full name.</p>',
        )

    def report(self) -> dict:
        """What the admin API shows: every request received, and how often its link was opened."""
        return {"address": self.address, "answer": self.answer, "received": list(self.received),
                "links_opened": self.links_opened}

    # ---- receiving ------------------------------------------------------------------------------------

    def _match(self, text: str) -> str | None:
        """The key of the first seeded person a letter ``text`` names, as a real broker's clerk
        finds a record: a form of their name (the profile's, ``names``, aliases of two words or
        more) with its first given name, then any other given or middle names (up to four words:
        "Nadia Fatima Zahra bin Saeed"), then its whole surname with its particles ("bin Saeed",
        "de la Cruz"); accents, case and hyphens aside (trial50: one middle word only, so a letter
        for a client with "bin Saeed" matched nobody)."""
        said = folded(text)
        for key, person in self.lab.people.items():
            for form in person.name_forms():
                first, last = folded(form.given[0] if form.given else ""), folded(" ".join(form.surnames))
                if first and last and re.search(rf"(?<!\w){re.escape(first)}\s+(?:[\w'.]+\s+){{0,4}}?"
                                                rf"{re.escape(last)}(?!\w)", said):
                    return key
        return None

    async def receive_mail(self, msg: EmailMessage, sender: str) -> None:
        if msg.get("Auto-Submitted", "no").lower() != "no":
            return  # never answer an automatic message (no mail loops)
        reply_to = parseaddr(str(msg.get("Reply-To") or msg.get("From") or sender))[1] or sender
        try:
            body = msg.get_body(preferencelist=("plain", "html"))
            content = body.get_content() if body else ""
        except (LookupError, ValueError):
            content = ""
        key = self._match(f"{msg.get('Subject', '')}\n{content}")
        self.received.append({
            "time": self.lab.now().isoformat(), "message_id": str(msg.get("Message-ID", "")).strip(),
            "subject": str(msg.get("Subject", "")).strip(), "person": key, "answer": self.answer,
            "sender": sender, "from": str(msg.get("From", "")), "reply_to": str(msg.get("Reply-To", "") or ""),
            "attachments": [{"filename": a.get_filename(), "content_type": a.get_content_type(),
                             "sha256": hashlib.sha256(a.get_payload(decode=True) or b"").hexdigest()}
                            for a in msg.iter_attachments()],
            "body": content,
        })
        if self.answer != "bounce":
            self.submissions[key or "unknown"] += 1
        self.act(key)
        if not reply_to or reply_to.lower().endswith("@" + self.mail_domain):
            return
        reply = self.reply(msg, reply_to, key)
        if reply is not None:
            await self.lab.send_mail(reply)

    def act(self, key: str | None) -> None:
        """What the broker does with a request, besides answering (default: nothing)."""

    def _remove(self, key: str | None, delay: dt.timedelta = dt.timedelta(0)) -> None:
        if key:
            for x in self.listings.of_person(key, self.lab.now()):
                self.remove_later(x, delay)

    # ---- answering ------------------------------------------------------------------------------------

    def reply_text(self, key: str | None) -> str:
        raise NotImplementedError

    def reply(self, msg: EmailMessage, to: str, key: str | None) -> EmailMessage | None:
        subject = str(msg.get("Subject", "")).strip()
        reply = EmailMessage()
        reply["From"] = f"{self.name} <{self.address}>"
        reply["To"] = to
        reply["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
        reply["Date"] = format_datetime(self.lab.now())
        reply["Message-ID"] = make_msgid(domain=self.mail_domain)
        reply["Auto-Submitted"] = "auto-replied"
        request_id = str(msg.get("Message-ID", "")).strip()
        if request_id:
            reply["In-Reply-To"] = request_id
            reply["References"] = request_id
        reply.set_content(self.reply_text(key) + f"\n{self.name} Privacy Office\n")
        return reply


class MailOnly(MailBroker):
    id = "mailonly"
    name = "MailOnly Data Co."
    answer = "confirm"
    behaviours = ("no search, no forms", "deletion requests by e-mail to privacy@mailonly.lab.test",
                  "answers by e-mail: done, deleted at once")

    def act(self, key: str | None) -> None:
        self._remove(key)

    def reply_text(self, key: str | None) -> str:
        return ("Hello,\n\nWe received your deletion request and it has been completed: the personal "
                "information we held matching your request has been deleted.\n")


class MailVerify(MailBroker):
    id = "mailverify"
    name = "MailVerify Inc."
    answer = "verify"
    behaviours = ("e-mail only", "answers with a verification link on its own host",
                  "deletes when the link is opened; a second click finds it already used")

    def routes(self) -> list[web.RouteDef]:
        return [*super().routes(), web.get("/confirm", self.confirm)]

    def link_host(self) -> str:
        return self.host

    def reply_text(self, key: str | None) -> str:
        token = self.links.issue(key)  # no link_ttl: the "7 days" is not enforced
        return ("Hello,\n\nWe received a request to delete your personal information. To confirm it, "
                "please open this link within 7 days:\n\n"
                f"http://{self.link_host()}/confirm?token={token}\n\n"
                "If you did not make this request, ignore this message.\n")

    async def confirm(self, request: web.Request) -> web.Response:
        refused, key = self.open_link(request)
        if refused is not None:
            return refused
        self.links_opened += 1
        self._remove(key)
        return self.message("Confirmed", "Your deletion request is confirmed.")


class MailID(MailBroker):
    id = "mailid"
    name = "MailID Records"
    answer = "needs_id"
    behaviours = ("e-mail only", "asks for a copy of a government-issued photo ID", "deletes nothing")

    def reply_text(self, key: str | None) -> str:
        return ("Hello,\n\nBefore we can act on your request we must verify your identity. Please reply "
                "with a copy of a government-issued photo ID, such as a driver's license or passport.\n")


class MailRefuse(MailBroker):
    id = "mailrefuse"
    name = "MailRefuse LLC"
    answer = "refuse: not a resident"
    behaviours = ("e-mail only", "refuses: not a California resident")

    def reply_text(self, key: str | None) -> str:
        return ("Hello,\n\nWe have reviewed your request. Our deletion process is available only to "
                "California residents, and you are not a California resident, so we cannot act on it.\n")


class MailPublic(MailBroker):
    id = "mailpublic"
    name = "MailPublic Data"
    answer = "refuse: publicly available"
    behaviours = ("e-mail only", "refuses: the information is publicly available")

    def reply_text(self, key: str | None) -> str:
        return ("Hello,\n\nThe information we display is compiled from government records and is publicly "
                "available, so it is not covered by your request.\n")


class MailSilent(MailBroker):
    id = "mailsilent"
    name = "MailSilent Corp."
    answer = "never"
    behaviours = ("e-mail only", "never answers", "deletes nothing")

    def reply(self, msg: EmailMessage, to: str, key: str | None) -> EmailMessage | None:
        return None


class MailBounce(MailBroker):
    id = "mailbounce"
    name = "MailBounce Ltd."
    answer = "bounce"
    behaviours = ("e-mail only", "its address does not exist: the lab's mailer-daemon bounces the request")

    def reply(self, msg: EmailMessage, to: str, key: str | None) -> EmailMessage | None:
        """An RFC 3464 delivery report, as Postfix writes one, from the lab's mailer-daemon."""
        failed = next((a for _, a in [parseaddr(str(x)) for x in msg.get_all("To", [])]
                       if a.lower().endswith("@" + self.mail_domain)), self.address)
        # the headers as they travel (RFC 2047-encoded, ASCII), as an MTA returns them: decoded
        # values would put a person's accented name raw into an ASCII report (UnicodeEncodeError)
        returned = "".join(email.policy.default.fold(k, v) for k, v in msg.items())
        raw = (
            "From: Mail Delivery System <MAILER-DAEMON@lab.test>\n"
            f"To: {to}\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            f"Date: {format_datetime(self.lab.now())}\n"
            f"Message-ID: {make_msgid(domain='lab.test')}\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="=_lab_dsn"\n\n'
            "--=_lab_dsn\nContent-Type: text/plain; charset=us-ascii\n\n"
            "This is the mail system at host lab.test.\n\nI'm sorry to have to inform you that your "
            "message could not be delivered to one or more recipients.\n\n"
            f"<{failed}>: host {self.mail_domain} said: 550 5.1.1 User unknown\n\n"
            "--=_lab_dsn\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; lab.test\n\nFinal-Recipient: rfc822; {failed}\n"
            f"Original-Recipient: rfc822;{failed}\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
            f"--=_lab_dsn\nContent-Type: text/rfc822-headers\n\n{returned}\n--=_lab_dsn--\n"
        )
        dsn = email.message_from_string(raw, policy=email.policy.default)
        return dsn


class MailExtend(MailBroker):
    id = "mailextend"
    name = "MailExtend Partners"
    answer = "extend 45 days"
    behaviours = ("e-mail only", "takes a 45-day extension", "deletes 45 days later, without another mail")
    extension = dt.timedelta(days=45)

    def act(self, key: str | None) -> None:
        self._remove(key, self.extension)

    def reply_text(self, key: str | None) -> str:
        return ("Hello,\n\nWe need an additional 45 days to respond to your request, as the law permits, "
                "because of the number of requests we receive.\n")


class MailPhish(MailVerify):
    id = "mailphish"
    name = "MailPhish Data"
    answer = "verify (foreign host)"
    behaviours = ("e-mail only", "its verification link points to a host that is not its own",
                  "a click reaches the sink")
    foreign_host = "mailphish-verify.example"

    def link_host(self) -> str:
        return self.foreign_host

    def report(self) -> dict:
        opened = sum(1 for r in self.lab.sink.records if r.get("host") == self.foreign_host)
        return {**super().report(), "links_opened": opened}


class MailRegistry(MailBroker):
    """Modelled on a registered data broker whose only published route is a privacy address
    (no search, no form): it answers that the request was processed and the record deleted."""

    id = "mailregistry"
    name = "Registry Data Services"
    answer = "confirm"
    behaviours = ("no search, no forms", "deletion requests by e-mail to privacy@mailregistry.lab.test",
                  "answers by e-mail: processed, deleted at once")

    def act(self, key: str | None) -> None:
        self._remove(key)

    def reply_text(self, key: str | None) -> str:
        return ("Hello,\n\nThank you for your request. We received your deletion request and it has been "
                "completed: the personal information we held matching your request has been deleted.\n")


MAIL_BROKERS = (MailOnly, MailVerify, MailID, MailRefuse, MailPublic, MailSilent, MailBounce, MailExtend, MailPhish, MailRegistry)
