"""The lab's mail: one real SMTP server (aiosmtpd) on 127.0.0.1, and a way for brokers to send.

Every recipient is delivered into one Maildir (the people's mailboxes; a ``Delivered-To`` header
says whose), except recipients in a broker's mail domain (``*@mailonly.lab.test``), which go to that
broker's handler instead. Brokers send through this same server with ``send_mail``, so their
mail takes the path a real broker's would.

aiosmtpd's Controller runs the server in a thread of its own, so code on any event loop (or none)
can talk to it with blocking smtplib without deadlocking.
"""

from __future__ import annotations

import asyncio
import mailbox
import smtplib
import socket
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.controller import Controller

#: Called in the SMTP server's thread with (message, envelope sender) for mail to a broker domain.
BrokerHandler = Callable[[EmailMessage, str], None]


class MailServer:
    def __init__(self, maildir: Path, brokers: dict[str, BrokerHandler], port: int = 0):
        self.maildir_path = maildir
        self.maildir = mailbox.Maildir(maildir, create=True)
        self.brokers = {domain.lower(): handler for domain, handler in brokers.items()}
        self.port = port or _free_port()
        #: How the server answers a message's content, for tests of what a client does when it
        #: cannot know: "accept" (250); "drop" (store it, then close the connection without a
        #: reply, as a server that crashed after committing would); a number: store it and wait
        #: that many seconds before the 250 (a slow server: a window to kill a client in).
        self.answer_data: str | float = "accept"
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    def deliver(self, content: bytes, mail_from: str, rcpt_tos: list[str]) -> None:
        """Hand the message to brokers and write one Maildir copy per other recipient."""
        local, domains = [], []
        for rcpt in rcpt_tos:
            domain = rcpt.rpartition("@")[2].lower()
            if domain not in self.brokers:
                local.append(rcpt)
            elif domain not in domains:  # one copy per broker, however many of its addresses
                domains.append(domain)
        for domain in domains:
            self.brokers[domain](BytesParser(policy=policy.default).parsebytes(content), mail_from)
        for rcpt in local:
            trace = f"Return-Path: <{mail_from}>\r\nDelivered-To: {rcpt}\r\n".encode()
            self.maildir.add(trace + content)


class _Handler:
    def __init__(self, server: MailServer):
        self.server = server

    async def handle_DATA(self, smtp, session, envelope) -> str:
        self.server.deliver(envelope.content, envelope.mail_from or "", list(envelope.rcpt_tos))
        answer = self.server.answer_data
        if answer == "drop":
            smtp.transport.close()
            return "421 closing"  # never reaches the client: the connection is gone
        if isinstance(answer, (int, float)) and answer > 0:
            await asyncio.sleep(float(answer))
        return "250 Message accepted for delivery"


async def send_mail(port: int, msg: EmailMessage) -> None:
    """Send ``msg`` through the lab's SMTP server on ``port`` (smtplib, in a worker thread)."""
    await asyncio.to_thread(_send, port, msg)


def _send(port: int, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.send_message(msg)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
