"""A verification mail belongs to its request, and a received mail is used once by all processes:
real aiosmtpd (the lab's SMTP server) delivering into a Maildir that real dovecot serves, read
both ways (Maildir and IMAP), with the used-mail record in one SQLite store shared by two
"processes" (two store handles, two mail sources)."""

from __future__ import annotations

import asyncio
import smtplib
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import pytest

from optout.errors import NeedsHuman
from optout.mail import ImapMailSource, MaildirSource
from optout.steps.runner import MAIL_CLOCK_SLACK
from optout.store import open_store

ME = "alex.optout@example.org"
BROKER = "peoplefind.example"


def verification(n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"no-reply@{BROKER}"
    msg["To"] = ME
    msg["Subject"] = "Confirm your opt-out"
    msg["Date"] = formatdate(time.time())
    msg["Message-ID"] = make_msgid(domain=BROKER)
    msg.set_content(f"To confirm your opt-out request, click the link below:\nhttps://{BROKER}/confirm?t=v{n}\n\n"
                    f"Not you? Cancel: https://{BROKER}/cancel?t=v{n}\n")
    return msg


async def deliver(lab, msg: EmailMessage) -> None:
    def send() -> None:
        with smtplib.SMTP("127.0.0.1", lab.smtp_port, timeout=10) as smtp:
            smtp.send_message(msg)

    await asyncio.to_thread(send)


@pytest.fixture(params=["maildir", "imap"])
async def sources(request, mail_lab, imap_box, tmp_path):
    """Make a MailSource per "process", every one recording used mail in one store."""
    made: list = []

    async def make():
        store = await open_store(f"sqlite:///{tmp_path / 'optout.db'}")
        src = (MaildirSource(mail_lab.maildir, 0.05, store=store) if request.param == "maildir"
               else ImapMailSource(imap_box(), slice_seconds=0.2, store=store))
        made.append((src, store))
        return src

    yield make
    for src, store in made:
        if hasattr(src, "close"):
            await src.close()
        await store.close()


async def wait(src, *, not_before: float, case_id: int, timeout: float = 15) -> str:
    """As the email_confirmation step waits: from the request's start, less the clock slack."""
    link, _ = await src.wait_for_link(to=ME, domains=[BROKER], subject_contains=None, link_pattern=None,
                                      timeout=timeout, not_before=not_before - MAIL_CLOCK_SLACK, case_id=case_id)
    return link


async def test_a_second_request_uses_its_own_new_mail_never_the_old_one(mail_lab, sources):
    first = await sources()
    await deliver(mail_lab, verification(0))  # an old mail nobody used: before either request
    await asyncio.sleep(MAIL_CLOCK_SLACK + 1.5)  # past the slack (Date headers have one-second resolution)
    started = time.time()
    await deliver(mail_lab, verification(1))
    assert await wait(first, not_before=started, case_id=1) == f"https://{BROKER}/confirm?t=v1"

    # the case is relisted and submitted again, by another process: neither old mail is its
    second = await sources()
    await asyncio.sleep(MAIL_CLOCK_SLACK + 1.5)
    again = time.time()
    with pytest.raises(NeedsHuman):
        await wait(second, not_before=again, case_id=1, timeout=2)
    await deliver(mail_lab, verification(2))
    assert await wait(second, not_before=again, case_id=1) == f"https://{BROKER}/confirm?t=v2"
    # and one more request from the first process finds nothing left to use
    with pytest.raises(NeedsHuman):
        await wait(first, not_before=started, case_id=2, timeout=2)


async def test_two_workers_never_use_the_same_mail(mail_lab, sources):
    a, b = await sources(), await sources()
    started = time.time()
    waiting = [asyncio.create_task(wait(s, not_before=started, case_id=i, timeout=6)) for i, s in enumerate((a, b))]
    await asyncio.sleep(0.5)
    await deliver(mail_lab, verification(7))
    got = await asyncio.gather(*waiting, return_exceptions=True)
    links = [g for g in got if isinstance(g, str)]
    assert links == [f"https://{BROKER}/confirm?t=v7"], got
    assert sum(isinstance(g, NeedsHuman) for g in got) == 1
