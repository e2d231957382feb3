"""MailOnly Data Co.: no search and no forms, only an address for deletion requests.

Mail to ``privacy@mailonly.lab.test`` is handed to this broker (never delivered to the Maildir).
It matches the request to a seeded person by full name in the subject or body, deletes their
record at once, counts the request (under the person's key, or ``unknown``) and answers by SMTP:
``Re: <subject>``, ``In-Reply-To`` the request's Message-ID.
"""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from aiohttp import web

from optout.lab.sites.base import Site
from optout.lab.sites.listings import Listing

ADDRESS = "privacy@mailonly.lab.test"


class MailOnly(Site):
    id = "mailonly"
    name = "MailOnly Data Co."
    behaviours = ("no search, no forms", f"deletion requests by e-mail to {ADDRESS}", "answers by e-mail")
    decoys = False
    mail_domain = "mailonly.lab.test"

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/", self.privacy), web.get("/privacy", self.privacy)]

    def render_listing(self, x: Listing) -> str:
        return ""  # records are never shown

    async def privacy(self, request: web.Request) -> web.Response:
        return self.page(
            "Privacy",
            "<h1>Privacy notice</h1><p>MailOnly Data Co. compiles consumer records from public sources.</p>"
            "<p>To request deletion of your personal information, e-mail "
            f'<a href="mailto:{ADDRESS}">{ADDRESS}</a> with your full name.</p>',
        )

    def _match(self, text: str) -> str | None:
        """The key of the first seeded person whose full name appears in ``text``."""
        for key, person in self.lab.people.items():
            first, last = re.escape(person.first_name), re.escape(person.last_name)
            if re.search(rf"\b{first}\s+(?:[\w.]+\s+)?{last}\b", text, re.IGNORECASE):
                return key
        return None

    async def receive_mail(self, msg: EmailMessage, sender: str) -> None:
        if msg.get("Auto-Submitted", "no").lower() != "no":
            return  # never answer an automatic message (no mail loops)
        reply_to = parseaddr(str(msg.get("Reply-To") or msg.get("From") or sender))[1] or sender
        body = msg.get_body(preferencelist=("plain", "html"))
        text = f"{msg.get('Subject', '')}\n{body.get_content() if body else ''}"
        key = self._match(text)
        self.submissions[key or "unknown"] += 1
        if key:
            for x in self.listings.of_person(key, self.lab.now()):
                self.remove_later(x, dt.timedelta(0))
        if not reply_to or reply_to.lower().endswith("@" + self.mail_domain):
            return
        await self.lab.send_mail(self._reply(msg, reply_to))

    def _reply(self, msg: EmailMessage, to: str) -> EmailMessage:
        subject = str(msg.get("Subject", "")).strip()
        reply = EmailMessage()
        reply["From"] = f"MailOnly Data Co. <{ADDRESS}>"
        reply["To"] = to
        reply["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
        reply["Date"] = format_datetime(self.lab.now())
        reply["Message-ID"] = make_msgid(domain=self.mail_domain)
        reply["Auto-Submitted"] = "auto-replied"
        if msg.get("Message-ID"):
            reply["In-Reply-To"] = msg["Message-ID"]
            reply["References"] = msg["Message-ID"]
        reply.set_content(
            "Hello,\n\nWe received your deletion request and it has been completed: the personal "
            "information we held matching your request has been deleted.\n\nMailOnly Data Co. Privacy Office\n"
        )
        return reply
