"""f43 #3 (clinic trials): a bounce written as plain text, without RFC 3464's
``message/delivery-status`` part, as many mail servers and hosted mailboxes still send one. A hard
one (5.x.x, "user unknown", "no such user", "mailbox unavailable") says the address is dead, so the
broker's other cases go to a person (``dead_address_known``); a soft one (4.x.x, "mailbox full",
"try again later") sends the letter again and is never said to be dead. In English, Spanish, French
and German; only the structured report had tests."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse
from optout.store import CaseState as S

from .harness import bounce_then_pass_the_deadline
from .test_email_send import mail_settings
from .test_mail_unplaced_and_hard_bounce import _seed

LETTER = ("Subject: Solicitud de eliminación de datos personales [OPT-7K2Q9X]\r\n"
          "Message-ID: <opt.7k2q9x.1@optout.example.org>\r\n\r\n"
          "Please delete my personal information. If you cannot, try again later is not an answer.\r\n")


def _notice(subject: str, words: str, *, sender: str = "MAILER-DAEMON@mx.broker.example") -> bytes:
    raw = (f"From: Mail Delivery System <{sender}>\r\nTo: desk@user.example\r\nSubject: {subject}\r\n"
           "Message-ID: <dsn1@mx.broker.example>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           f"{words}\r\n\r\n------ This is a copy of the message, including all the headers. ------\r\n\r\n{LETTER}")
    return raw.encode()


HARD = [
    ("Undelivered Mail Returned to Sender", "Your message to privacy@broker.example could not be delivered: "
     "user unknown."),
    ("Mail delivery failed", "The following address failed: privacy@broker.example\r\nNo such user here."),
    ("Delivery Status Notification (Failure)", "Delivery to privacy@broker.example failed permanently: "
     "550 5.1.1 The email account that you tried to reach does not exist."),
    ("Undeliverable: your request", "privacy@broker.example: mailbox unavailable"),
    ("Correo no entregado", "No se ha podido entregar su mensaje a privacy@broker.example: el usuario no existe."),
    ("Notificación de estado de entrega (error)", "No se pudo entregar el mensaje a privacy@broker.example: "
     "usuario desconocido."),
    ("Message non remis", "Votre message n'a pas pu être remis à privacy@broker.example : utilisateur inconnu."),
    ("Unzustellbar: Ihre Anfrage", "Die Nachricht an privacy@broker.example konnte nicht zugestellt werden: "
     "Empfänger unbekannt."),
]
SOFT = [
    ("Undelivered Mail Returned to Sender", "Your message to privacy@broker.example could not be delivered: "
     "mailbox full."),
    ("Delivery Status Notification (Failure)", "privacy@broker.example: 452 4.2.2 The recipient's inbox is out "
     "of storage space."),
    ("Undeliverable: your request", "privacy@broker.example: mailbox unavailable, please try again later."),
    ("Correo no entregado", "No se ha podido entregar su mensaje a privacy@broker.example: el buzón está lleno. "
     "Inténtelo de nuevo más tarde."),
    ("Message non remis", "Votre message n'a pas pu être remis à privacy@broker.example : boîte aux lettres "
     "pleine."),
    ("Unzustellbar: Ihre Anfrage", "Die Nachricht an privacy@broker.example konnte nicht zugestellt werden: "
     "Postfach voll."),
]


@pytest.mark.parametrize(("subject", "words"), HARD)
def test_a_plain_hard_bounce_says_the_address_is_dead(subject, words):
    c = classify(parse(_notice(subject, words)))
    assert c.kind == "bounce" and c.permanent is True, (c.kind, c.rule, c.permanent)
    assert "privacy@broker.example" in c.failed_recipients


@pytest.mark.parametrize(("subject", "words"), SOFT)
def test_a_plain_soft_bounce_is_never_dead(subject, words):
    c = classify(parse(_notice(subject, words)))
    assert c.kind == "bounce" and c.permanent is False, (c.kind, c.rule, c.permanent)


def test_the_returned_letter_is_no_part_of_what_the_server_said():
    """A hard notice whose quoted letter says "try again later" stays hard; a notice that says neither
    is neither, whatever the letter it returns says."""
    c = classify(parse(_notice("Mail delivery failed", "privacy@broker.example: no such user")))
    assert c.permanent is True
    c = classify(parse(_notice("Mail delivery failed", "privacy@broker.example: the message was not delivered.")))
    assert c.kind == "bounce" and c.permanent is None, (c.kind, c.permanent)


def _plain_bounce(site, letter, to: str, words: str, subject: str = "Correo no entregado"):  # type: ignore[no-untyped-def]
    """The lab's broker's mail server answers in plain text (no delivery-status part), quoting our letter."""
    import email.policy
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    returned = "".join(email.policy.default.fold(k, v) for k, v in letter.items())
    msg = EmailMessage()
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@lab.test>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(site.lab.now())
    msg["Message-ID"] = make_msgid(domain="lab.test")
    msg.set_content(f"{words.format(address=site.address)}\n\n------ This is a copy of the message's headers. ------\n\n"
                    f"{returned}", charset="utf-8")
    return msg


@pytest.mark.parametrize("hard", [True, False])
async def test_a_plain_bounce_in_spanish_acts_as_a_report_does(lab, tmp_path, hard):
    words = ("No se ha podido entregar su mensaje a {address}: el usuario no existe." if hard else
             "No se ha podido entregar su mensaje a {address}: el buzón está lleno. Inténtelo de nuevo más tarde.")
    b = await bounce_then_pass_the_deadline(lab, mail_settings(tmp_path, lab), _seed(lab),
                                            lambda site, letter, to: _plain_bounce(site, letter, to, words))
    alex, maria, alex_events, maria_events, site, sent = (b.bounced, b.other, b.bounced_events, b.other_events,
                                                          b.site, b.sent)
    if hard:
        assert alex.state == S.NEEDS_HUMAN and alex_events[-1].data["kind"] == "dead_address", alex.last_error
        assert alex_events[-1].data.get("permanent") is True
        assert maria.state == S.NEEDS_HUMAN and maria_events[-1].data["kind"] == "dead_address_known"
        assert len(site.received) == sent  # nothing more to a mailbox that does not exist
    else:
        assert alex.state == S.SUBMITTED, alex.last_error
        assert [ev.kind for ev in alex_events].count("letter_sent") == 2  # the letter went again
        assert not any((ev.data or {}).get("kind") in ("dead_address", "dead_address_known")
                       for ev in alex_events + maria_events)
        assert maria.state == S.SUBMITTED  # her follow-up went, to an address nobody called dead
        assert len(site.received) == sent + 2


def test_a_soft_bounce_said_in_both_languages_never_dead():
    from optout.reasons import Reason, render

    why = Reason("soft_bounce_retry", {"date": "2026-12-03", "again": "2026-12-05"})
    assert "not dead" in render(why, "en") and "no está muerta" in render(why, "es")
