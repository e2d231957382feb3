"""The lab's e-mail brokers, through the real mail path: a letter by SMTP (aiosmtpd) to each broker,
its answer by SMTP into the Maildir, read back over IMAP from dovecot, then parsed, classified and
matched by optout.mail. And PeopleFind's verification mail on the same path, end to end.
"""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import urlsplit

import httpx

import pytest

from optout.mail import Outstanding, classify, matched_by
from optout.person import load_person, parse_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

ME = "alex.optout@example.org"
ALEX = {"first_name": "Alex", "last_name": "Rivera", "optout_email": ME,
        "addresses": [{"city": "Springfield", "state": "IL"}]}

# broker -> (kind, reason or days)
EXPECTED = {
    "mailonly": ("confirmed", None),
    "mailverify": ("verify_link", None),
    "mailid": ("needs_id", None),
    "mailrefuse": ("refused", "not a resident"),
    "mailpublic": ("refused", "publicly available"),
    "mailbounce": ("bounce", None),
    "mailextend": ("extended", 45),
    "mailphish": ("verify_link", None),
    "mailregistry": ("confirmed", None),
}
BROKERS = [*EXPECTED, "mailsilent"]


def letter(broker: str, n: int) -> tuple[EmailMessage, Outstanding]:
    token = f"OPT-LAB{n:03d}"
    msg = EmailMessage()
    msg["From"] = f"Alex Rivera <{ME}>"
    msg["To"] = f"privacy@{broker}.lab.test"
    msg["Subject"] = f"Request to delete personal information [{token}]"
    msg["Message-ID"] = make_msgid(idstring=token.lower(), domain="optout.example.org")
    msg.set_content("Under the CCPA, please delete all personal information you hold about Alex Rivera.\n")
    return msg, Outstanding(n, 100 + n, msg["Message-ID"], token, (f"{broker}.lab.test",), msg["To"])


def send(port: int, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.send_message(msg)


async def test_each_mail_broker_answers_in_its_own_way(mail_lab, imap_box):
    mail_lab.seed_people([("alex", parse_person(ALEX))])
    sent = {b: letter(b, i) for i, b in enumerate(BROKERS)}
    outstanding = [o for _, o in sent.values()]
    for msg, _ in sent.values():
        await asyncio.to_thread(send, mail_lab.smtp_port, msg)

    answers: dict[str, tuple] = {}
    async with imap_box() as box:
        while len(answers) < len(EXPECTED):
            for msg in await box.fetch_new():
                found = matched_by(msg, outstanding)
                assert found is not None, msg.subject
                broker = next(b for b, (_, o) in sent.items() if o is found[0])
                answers[broker] = (msg, classify(msg), found[1])
                await box.mark_handled(msg)
            if len(answers) < len(EXPECTED):
                assert await box.wait(30), f"no answer from {sorted(set(EXPECTED) - set(answers))}"

    for broker, (kind, value) in EXPECTED.items():
        msg, verdict, how = answers[broker]
        assert verdict.kind == kind, (broker, verdict.rule)
        assert how == "thread"  # In-Reply-To, or (the bounce) the returned headers' Message-ID
        assert sent[broker][1].token in msg.subject or kind == "bounce"
        if kind == "refused":
            assert verdict.reason == value
        if kind == "extended":
            assert verdict.days == value
    assert answers["mailonly"][0].in_reply_to == sent["mailonly"][1].message_id
    assert answers["mailbounce"][1].failed_recipients == ("privacy@mailbounce.lab.test",)
    assert answers["mailbounce"][0].from_addr == "mailer-daemon@lab.test"
    assert "mailsilent" not in answers

    log = mail_lab.mail_log()
    assert set(log) == set(BROKERS)
    for broker in BROKERS:
        (got,) = log[broker]["received"]
        assert got["message_id"] == sent[broker][1].message_id and got["person"] == "alex"
    assert not mail_lab.is_listed("mailonly", "alex")
    for broker in ("mailid", "mailrefuse", "mailpublic", "mailsilent", "mailbounce", "mailverify", "mailphish"):
        assert mail_lab.is_listed(broker, "alex"), broker

    # The verification link is on the broker's own host: opening it deletes, and the lab records it.
    (link,) = answers["mailverify"][1].links
    assert urlsplit(link).hostname == "mailverify.lab.test"
    # MailPhish's is not: optout must not open it (the runner checks hosts against the recipe's domains).
    (phish,) = answers["mailphish"][1].links
    assert urlsplit(phish).hostname == "mailphish-verify.example"
    async with httpx.AsyncClient(proxy=mail_lab.url, timeout=10) as client:
        assert "confirmed" in (await client.get(link)).text
        again = await client.get(link)  # once only: a second click is told so, never confirmed again
        assert again.status_code == 200 and "already been used" in again.text and "confirmed" not in again.text
        async with httpx.AsyncClient(timeout=10) as admin:
            report = (await admin.get(mail_lab.url + "/_admin/mail")).json()
        assert report["mailverify"]["links_opened"] == 1 and report["mailphish"]["links_opened"] == 0
        await client.get(phish)  # what a careless client would do: it lands in the sink
    assert mail_lab.mail_log()["mailphish"]["links_opened"] == 1
    assert not mail_lab.is_listed("mailverify", "alex") and mail_lab.is_listed("mailphish", "alex")

    # The extension is real: the record goes 45 days later, without another mail.
    mail_lab.advance(days=44)
    assert mail_lab.is_listed("mailextend", "alex")
    mail_lab.advance(days=2)
    assert not mail_lab.is_listed("mailextend", "alex")


async def test_peoplefind_verification_mail_travels_smtp_maildir_dovecot(mail_lab, dovecot, tmp_path):
    """The engine reads PeopleFind's verification mail over IMAP (mail.imap set, no Maildir)."""
    alex = load_person(EXAMPLES / "alex.toml")
    mail_lab.seed_people([("alex", alex)])
    imap = {"host": dovecot.host, "port": dovecot.port, "user": dovecot.user, "password": dovecot.password,
            "tls": "none", "poll_interval": 0.2}
    settings = lab_settings(tmp_path / "data", mail_lab, mail={"maildir": None, "imap": imap})
    async with Optout(settings) as o:
        assert type(o.engine.mail).__name__ == "ImapMailSource"
        await o.add("p_alex", alex, ["peoplefind"])
        await o.run()
        case = await o.case("p_alex", "peoplefind")
        assert case.state.value == "confirmed", case.last_error
    mail_lab.advance(hours=49)
    assert not mail_lab.is_listed("peoplefind", "alex")


@pytest.mark.parametrize("via", ["imap", "maildir"])
async def test_a_relisted_case_uses_its_own_new_verification_mail(mail_lab, dovecot, tmp_path, via):
    """PeopleFind relists a removed person 42 days later. The second request's e-mail step, run
    by another process, must open its own new verification mail, never the first request's (its
    link is spent: the case would go to a person saying the broker's confirmation was not true)."""
    alex = load_person(EXAMPLES / "alex.toml")
    mail_lab.seed_people([("alex", alex)])
    imap = {"host": dovecot.host, "port": dovecot.port, "user": dovecot.user, "password": dovecot.password,
            "tls": "none", "poll_interval": 0.2}
    mail = {"maildir": None, "imap": imap} if via == "imap" else {"maildir": str(mail_lab.maildir)}
    settings = lab_settings(tmp_path / "data", mail_lab, mail=mail)
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["peoplefind"])
        await o.run()
        assert (await o.case("p_alex", "peoplefind")).state.value == "confirmed"
    mail_lab.advance(days=4)  # removed, and the confirmation scan is due
    async with Optout(settings) as o:
        await o.run()
        assert (await o.case("p_alex", "peoplefind")).state.value == "removed"
    mail_lab.advance(days=45)  # relisted; the recheck is due
    assert mail_lab.is_listed("peoplefind", "alex")
    async with Optout(settings) as o:  # a new process: nothing of the first request in its memory
        await o.run()
        case = await o.case("p_alex", "peoplefind")
        assert case.state.value == "confirmed", case.last_error
        states = [e.state.value for e in await o.store.events(case.id)]
        assert states.count("confirmed") == 2 and "removed" in states, states
    mail_lab.advance(hours=49)
    assert not mail_lab.is_listed("peoplefind", "alex")
