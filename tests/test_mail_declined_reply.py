"""f43 #1 (clinic trials): a broker's reply to the letter of a case the client chose not to pursue
(state ``declined``, ``optout decline``) was read and then told to nobody: the case no longer
listened for mail, so the reply matched no letter and was marked handled a day later. It is now the
case's evidence and its note (status, the report, in English and Spanish), while the case stays
declined: no follow-up, no task for a person, nothing sent. With the lab's real SMTP and Maildir."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest

from optout.lab.sites.mailonly import MailOnly
from optout.mail import Outstanding, matched_by, parse
from optout.mail._match import broker_fits
from optout.store import CaseState as S

from .harness import Optout
from .test_email_send import mail_settings
from .test_mail_unplaced_and_hard_bounce import _read_until, _seed

REFUSAL = ("Hello,\n\nWe have reviewed your request. The information we display is compiled from government "
           "records and is publicly available, so we cannot act on it and the request is denied.\n")


def _answer(site, letter: EmailMessage, to: str, text: str) -> EmailMessage:  # type: ignore[no-untyped-def]
    """The broker's answer in the letter's thread (In-Reply-To), as a help desk writes one."""
    msg = EmailMessage()
    msg["From"] = f"{site.name} <{site.address}>"
    msg["To"] = to
    msg["Subject"] = f"Re: {letter['Subject']}"
    msg["Date"] = format_datetime(site.lab.now())
    msg["Message-ID"] = make_msgid(domain=site.mail_domain)
    msg["In-Reply-To"] = msg["References"] = str(letter["Message-ID"])
    msg.set_content(text + "\nPrivacy Office\n")
    return msg


@pytest.mark.parametrize("answer", ["confirmed", "refused"])
async def test_a_reply_to_a_declined_case_is_kept_and_said_and_the_case_stays_declined(lab, tmp_path, answer):
    from optout import reasons
    from optout.app import open_app
    from optout.report import case_rows, person_report, render_person

    people = _seed(lab)
    settings = mail_settings(tmp_path, lab)
    site = lab.site("mailonly")
    kept: list[tuple] = []
    site.reply = lambda msg, to, key: kept.append((msg, to, key)) or None  # answered later, below
    async with Optout(settings) as o:
        for pid, _, p in people:
            await o.add(pid, p, ["maildemo"])
        await o.run()
        alex = await o.case("p_alex", "maildemo")
    async with open_app(settings) as app:
        # the broker asked for an ID; the client chose not to send one
        await app.store.record(alex.id, "human_needed", S.NEEDS_HUMAN, app.clock.now(),
                               data={"kind": "needs_id", "mail": "needs_id"}, next_action_at=None,
                               last_error="the broker asks for proof of identity")
        await app.decline(alex.id)
    [(letter, to, key)] = [k for k in kept if k[2] == "alex"]
    reply = (MailOnly.reply(site, letter, to, key) if answer == "confirmed"
             else _answer(site, letter, to, REFUSAL))
    await lab.send_mail(reply)
    async with Optout(settings) as o:
        async def kept_as_evidence() -> bool:
            return any((ev.data or {}).get("mail") == answer for ev in await o.engine.store.events(alex.id))

        seen = await _read_until(o, kept_as_evidence)
        # the run's mailbox count says what was done with it: kept as evidence, never "confirmed" (f44a #3)
        assert seen.get("declined_evidence") == 1 and answer not in seen, seen

        def alexs() -> list[str]:
            return [r["subject"] for r in site.received if r.get("person") == "alex"]

        sent = alexs()
        lab.advance(days=60)  # past every deadline: a declined case gets no follow-up
        await o.run()
        assert alexs() == sent and len(sent) == 1, alexs()
        case = await o.case("p_alex", "maildemo")
        assert case.state == S.DECLINED and case.next_action_at is None, (case.state, case.last_error)
        events = await o.engine.store.events(alex.id)
        chose = max(i for i, ev in enumerate(events) if ev.kind == "declined")
        after = [ev.kind for ev in events[chose + 1:]]
        assert after == ["reply_confirmed" if answer == "confirmed" else "reply_while_declined"], after
        evidence = await o.engine.store.evidence(alex.id)
        assert any(e.kind == "email" and e.step == "reply" for e in evidence), evidence
        requests = await o.engine.store.requests(alex.id)
        # a surely read confirmation finishes the letter's request as confirmed; a refusal leaves it
        assert (requests[0].status == "confirmed") == (answer == "confirmed"), requests
    async with open_app(settings) as app:
        events = await app.store.events(alex.id)
        outcome, why = reasons.of_case(case.state.value, case.last_error, events)
        assert outcome == "declined" and why is not None, (outcome, why)  # what `optout status` shows
        assert why.code == f"declined_reply_{answer}", why
        said = {"confirmed": ("confirmed by e-mail", "confirmó por correo"),
                "refused": ("refused the request by e-mail", "rechazó la solicitud por correo")}[answer]
        assert said[0] in reasons.render(why, "en") and said[1] in reasons.render(why, "es")
        assert "stays declined" in reasons.render(why, "en")
        report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), "p_alex")
        [row] = case_rows(report)
        assert row["outcome"] == "declined", row
        assert bool(row["confirmed_at"]) == (answer == "confirmed"), row
        en, es = render_person(report, "en"), render_person(report, "es")
        assert said[0] in en and said[1] in es
        # the other client's case is untouched: its letter waits for its own answer
        maria = await app.store.find_case("p_maria", "maildemo")
        assert maria.state == S.SUBMITTED


def test_the_mailbox_line_says_a_reply_was_kept_for_a_declined_case():
    from optout.cli import mail_report

    for lang, line in (("en", "mailbox: 1 kept as a declined case's evidence"),
                       ("es", "buzón de correo: guardadas como prueba de un caso cerrado por decisión de la persona: 1")):
        report = mail_report(quiet=True, lang=lang)
        report({"declined_evidence": 1}, None)
        assert report.line() == line, report.line()


def test_a_declined_cases_letter_is_matched_only_by_its_own_evidence():
    """Thread and token tie a reply to a declined case; the broker's domain or address alone never do,
    nor make it one of the cases a person is asked about (that would reopen it)."""
    declined = Outstanding(1, 10, "<a1@x>", "OPT-AAAAAA", ("broker.example",), "p@broker.example", declined=True)
    open_ = Outstanding(2, 12, "<b@x>", "OPT-CCCCCC", ("broker.example",), "p@broker.example")
    cited = parse(b"From: Privacy <privacy@broker.example>\r\nTo: desk@user.example\r\nSubject: Re: OPT-AAAAAA\r\n"
                  b"Message-ID: <r1@broker.example>\r\n\r\nWe have deleted your information.\r\n")
    assert matched_by(cited, [declined, open_]) == (declined, "token")
    plain = parse(b"From: Privacy <privacy@broker.example>\r\nTo: desk@user.example\r\nSubject: Your request\r\n"
                  b"Message-ID: <r2@broker.example>\r\n\r\nWe have deleted your information.\r\n")
    assert broker_fits(plain, [declined, open_]) == [open_]  # a person is asked about the open case only
    assert matched_by(plain, [declined, open_]) is None  # it may be the declined client's: it confirms nobody
    assert matched_by(plain, [open_]) == (open_, "domain")


def test_a_broker_whose_only_case_is_declined_has_its_reply_matched_to_it():
    """f44a #4: the broker's only case, of any client, is declined: a reply citing no letter is that case's
    (by the broker's domain, as a live case's), kept as its evidence; two declined clients: nobody's."""
    declined = Outstanding(1, 10, "<a1@x>", "OPT-AAAAAA", ("broker.example",), "p@broker.example", declined=True)
    again = Outstanding(1, 11, "<a2@x>", "OPT-BBBBBB", ("broker.example",), "p@broker.example", declined=True)
    other = Outstanding(2, 12, "<b@x>", "OPT-CCCCCC", ("broker.example",), "p@broker.example", declined=True)
    elsewhere = Outstanding(3, 13, "<c@x>", "OPT-DDDDDD", ("else.example",), "p@else.example")
    plain = parse(b"From: Privacy <privacy@broker.example>\r\nTo: desk@user.example\r\nSubject: Your request\r\n"
                  b"Message-ID: <r2@broker.example>\r\n\r\nWe have deleted your information.\r\n")
    assert matched_by(plain, [declined]) == (declined, "domain")
    assert matched_by(plain, [declined, elsewhere]) == (declined, "domain")
    assert matched_by(plain, [declined, again]) == (again, "only_open_case")  # one case: its newest letter
    assert matched_by(plain, [declined, other]) is None  # two clients: it confirms nobody
    assert broker_fits(plain, [declined]) == []  # nor makes a task that would reopen it


async def test_a_reply_citing_no_letter_to_a_declined_only_broker_is_that_cases_evidence(lab, tmp_path):
    """f44a #4, end to end: the broker's only case is one declined client's; its help desk answers from a
    fresh ticket (no thread, no reference). The reply was left unmatched and marked handled a day later;
    now it is that case's evidence and note, the case stays declined and nothing is sent."""
    from optout.app import open_app
    from optout.person import load_person

    from .conftest import EXAMPLES
    from .test_mail_unplaced_and_hard_bounce import _answer_citing_nothing

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = mail_settings(tmp_path, lab)
    site = lab.site("mailonly")
    site.reply = lambda *a: None  # the broker answers later, from its help desk
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["maildemo"])
        await o.run()
        case = await o.case("p_alex", "maildemo")
    async with open_app(settings) as app:
        await app.store.record(case.id, "human_needed", S.NEEDS_HUMAN, app.clock.now(),
                               data={"kind": "needs_id", "mail": "needs_id"}, next_action_at=None,
                               last_error="the broker asks for proof of identity")
        await app.decline(case.id)
    await lab.send_mail(_answer_citing_nothing(site))
    async with Optout(settings) as o:
        async def kept() -> bool:
            return any(ev.kind == "reply_confirmed" for ev in await o.engine.store.events(case.id))

        seen = await _read_until(o, kept)
        assert seen.get("declined_evidence") == 1 and "unmatched" not in seen, seen
        sent = len(site.received)
        lab.advance(days=60)
        await o.run()
        after = await o.case("p_alex", "maildemo")
        assert after.state == S.DECLINED and after.next_action_at is None, (after.state, after.last_error)
        assert len(site.received) == sent  # nothing sent to a declined case's broker
        evidence = await o.engine.store.evidence(case.id)
        assert any(e.kind == "email" and e.step == "reply" for e in evidence), evidence
        events = await o.engine.store.events(case.id)
        assert [ev.data.get("matched_by") for ev in events if ev.kind == "reply_confirmed"] == [None]  # by domain
        assert not any((ev.data or {}).get("kind") == "unplaced_reply" for ev in events)
