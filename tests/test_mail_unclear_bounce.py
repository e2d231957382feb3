"""f44a #2 (clinic trials): a bounce that says neither why nor for how long (no delivery status, no
code, no words optout reads: a notice in Italian, Dutch or a wording we do not know) was taken as a
dead address: the broker's address was said not to exist. Now it goes to a person as "the mail came
back; we could not tell why" (task ``bounce_unclear``, en/es): never said dead, never counted dead for
the broker's other cases, never sent again blindly. A structured report and a plain-text notice are
read by one decision, in the notice's own words, never in the letter it returns."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse
from optout.reasons import Reason, render, text
from optout.store import CaseState as S

from .harness import bounce_then_pass_the_deadline
from .test_email_send import mail_settings
from .test_mail_plain_bounces import LETTER, _notice, _plain_bounce
from .test_mail_unplaced_and_hard_bounce import _seed

UNKNOWN = [
    ("Mail delivery failed", "Impossibile consegnare il messaggio a privacy@broker.example."),
    ("Undeliverable: your request", "Het bericht aan privacy@broker.example kon niet worden afgeleverd."),
    ("Returned mail", "privacy@broker.example: the message was not delivered (policy)."),
    ("Correo no entregado", "El mensaje para privacy@broker.example no llegó a su destino."),
]


@pytest.mark.parametrize(("subject", "words"), UNKNOWN)
def test_a_notice_in_words_we_do_not_know_says_neither(subject, words):
    c = classify(parse(_notice(subject, words)))
    assert c.kind == "bounce" and c.permanent is None, (c.kind, c.rule, c.permanent)


def _report(human: str, status: str = "") -> bytes:
    """An RFC 3464 report whose human-readable part quotes our letter inline (some servers do),
    and whose recipient block has no ``Status:`` (or the one given)."""
    return ("From: Mail Delivery System <MAILER-DAEMON@mx.broker.example>\r\nTo: desk@user.example\r\n"
            "Subject: Delivery Status Notification (Failure)\r\nMessage-ID: <dsn2@mx.broker.example>\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
            "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{human}\r\n\r\n----- Original message -----\r\n{LETTER}\r\n"
            "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.broker.example\r\n\r\n"
            f"Final-Recipient: rfc822; privacy@broker.example\r\nAction: failed\r\n{status}\r\n"
            "--B--\r\n").encode()


def test_a_report_and_a_plain_notice_share_one_decision():
    """Our returned letter's own words ("try again later") are no part of what the server said, in a
    report as in a plain notice: both say neither; a report's own Status still decides."""
    words = "Consegna non riuscita per privacy@broker.example."
    report = classify(parse(_report(words)))
    plain = classify(parse(_notice("Mail delivery failed", words)))
    assert report.kind == plain.kind == "bounce"
    assert report.permanent is None and plain.permanent is None, (report.permanent, plain.permanent)
    assert classify(parse(_report(words, "Status: 5.1.1\r\n"))).permanent is True
    assert classify(parse(_report(words, "Status: 4.2.2\r\n"))).permanent is False


def test_the_task_says_the_mail_came_back_in_both_languages():
    for code in ("bounce_unclear", "bounce_unclear_follow_up"):
        en, es = render(Reason(code), "en"), render(Reason(code), "es")
        assert "did not say why" in en and "no dijo por qué" in es, (en, es)
        assert "not known to be dead" in en and "no se sabe que la dirección esté muerta" in es
    assert text("cli:human.title.bounce_unclear", "en") == "the mail came back; we could not tell why"
    assert text("cli:human.title.bounce_unclear", "es") == "el correo volvió; no pudimos saber por qué"
    for lang in ("en", "es"):
        assert text("howto:bounce_unclear", lang) and text("kind:bounce_unclear", lang)


async def test_an_unclear_bounce_goes_to_a_person_never_dead_nor_sent_again(lab, tmp_path):
    settings = mail_settings(tmp_path, lab)
    b = await bounce_then_pass_the_deadline(
        lab, settings, _seed(lab), lambda site, letter, to: _plain_bounce(
            site, letter, to, "Impossibile consegnare il messaggio a {address}.", subject="Mail delivery failed"))
    alex, maria, alex_events, maria_events, site, sent = (b.bounced, b.other, b.bounced_events, b.other_events,
                                                          b.site, b.sent)
    assert alex.state == S.NEEDS_HUMAN, alex.last_error
    task = alex_events[-1].data
    assert task["kind"] == "bounce_unclear" and not task.get("permanent"), task
    assert [ev.kind for ev in alex_events].count("letter_sent") == 1  # not sent again blindly
    assert not any((ev.data or {}).get("kind") in ("dead_address", "dead_address_known")
                   for ev in alex_events + maria_events)
    assert maria.state == S.SUBMITTED and len(site.received) == sent + 1  # her follow-up went: nobody called it dead
    from optout.app import open_app

    async with open_app(settings) as app:
        tasks = {t["case"]: t for t in await app.human_tasks()}
    assert tasks[alex.id]["kind"] == "bounce_unclear" and tasks[alex.id]["mail"] is True  # the returned mail to read
    assert tasks[alex.id]["why"]["code"] == "bounce_unclear"
