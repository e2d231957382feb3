"""trial42, with real mail parts (the lab's aiosmtpd delivering into a Maildir, as the other mail
tests): a broker's answer that cites none of our letters, while it has letters of several clients,
goes to a person and holds those clients' reminders (it was marked handled and told to nobody, the
broker got reminders and the report said "no answer"); a hard bounce (5.x.x) is about the address,
so every other client's next letter to it goes to a person, while a soft one (4.x.x) is not."""

from __future__ import annotations

import datetime as dt
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from optout.lab.sites.mailonly import MailBounce
from optout.mail import Outstanding, matched_by, parse
from optout.person import load_person
from optout.store import CaseState as S

from .conftest import EXAMPLES
from .harness import Optout, bounce_then_pass_the_deadline
from .harness import read_mail_until as _read_until  # also imported from here by other mail tests
from .test_email_send import mail_settings

PEOPLE = [("p_alex", "alex", "alex.toml"), ("p_maria", "maria", "maria.toml")]


def _seed(lab):  # type: ignore[no-untyped-def]
    people = [(pid, key, load_person(EXAMPLES / f)) for pid, key, f in PEOPLE]
    lab.seed_people([(key, p) for _, key, p in people])
    return people


def _answer_citing_nothing(site) -> EmailMessage:  # type: ignore[no-untyped-def]
    """The broker's help desk answers from a fresh ticket: no In-Reply-To, no reference, no name."""
    msg = EmailMessage()
    msg["From"] = f"{site.name} <{site.address}>"
    msg["To"] = "optout-desk@user.example"
    msg["Subject"] = "Your privacy request"
    msg["Date"] = format_datetime(site.lab.now())
    msg["Message-ID"] = make_msgid(domain=site.mail_domain)
    msg.set_content("Hello,\n\nWe have deleted your personal information from our database.\n\nPrivacy team\n")
    return msg


def test_a_broker_with_letters_of_one_case_only_is_that_case():
    """A letter and a re-request of ONE case: the broker's mail that cites neither is that case's newest."""
    a1 = Outstanding(1, 10, "<a1@x>", "OPT-AAAAAA", ("broker.example",), "p@broker.example")
    a2 = Outstanding(1, 11, "<a2@x>", "OPT-BBBBBB", ("broker.example",), "p@broker.example")
    b = Outstanding(2, 12, "<b@x>", "OPT-CCCCCC", ("broker.example",), "p@broker.example")
    raw = (b"From: Privacy <privacy@broker.example>\r\nTo: desk@user.example\r\nSubject: Your request\r\n"
           b"Message-ID: <r1@broker.example>\r\n\r\nWe have deleted your information.\r\n")
    assert matched_by(parse(raw), [a1, a2]) == (a2, "only_open_case")
    assert matched_by(parse(raw), [a1, a2, b]) is None  # two clients: a person says whose


async def test_an_answer_citing_no_letter_waits_for_a_person_and_holds_the_reminders(lab, tmp_path, capsys):
    from optout.app import open_app
    from optout.report import case_rows, person_report, render_person

    people = _seed(lab)
    settings = mail_settings(tmp_path, lab)
    site = lab.site("mailonly")
    site.reply = lambda *a: None  # the broker answers later, by hand, from its help desk
    async with Optout(settings) as o:
        for pid, _, p in people:
            await o.add(pid, p, ["maildemo"])
        await o.run()
        assert len(site.received) == 2
        await lab.send_mail(_answer_citing_nothing(site))

        async def both_wait() -> bool:
            return [(await o.case(pid, "maildemo")).state for pid, _, _ in people] == [S.NEEDS_HUMAN] * 2

        counts = await _read_until(o, both_wait)
        assert counts.get("awaiting_match") == 1 and "unmatched" not in counts, counts
        said = capsys.readouterr()
        assert "deleted your personal information" not in said.out + said.err  # never its body in a log
        # the deadline passes: no reminder to a broker that may have answered
        lab.advance(days=46)
        await o.run()
        assert len(site.received) == 2, [r["subject"] for r in site.received]
        alex_case = await o.case("p_alex", "maildemo")
    async with open_app(settings) as app:
        tasks = await app.human_tasks()
        assert sorted(t["kind"] for t in tasks) == ["unplaced_reply", "unplaced_reply"], tasks
        t = tasks[0]
        assert t["why"]["code"] == "reply_awaits_match" and "Mail Demo (lab)" in t["instructions"], t
        assert "which client" in t["reason"] and "asígnela" in t["instructions_es"], t
        # Maria's letter was under her state's law (Alex's a courtesy request, with no due date to pass)
        report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), "p_maria")
        [row] = case_rows(report)
        assert not row["letters"][0]["passed_unanswered"] and row["letters"][0]["awaiting_match"], row["letters"]
        en, es = render_person(report, "en"), render_person(report, "es")
        assert "a reply from the broker waits to be matched" in en and "no answer" not in en
        assert "espera que se la asigne" in es and "vencido sin respuesta" not in es
        # it may be another client's: no report prints it before a person placed it
        assert "deleted your personal information" not in en + es
        # trial45: the queue said there was a reply to place, not what it said; it shows its sender,
        # subject, date and first lines (kept sealed as the case's evidence), in the reader's language
        from optout.web._staff import StaffBook
        from optout.web._views import build

        from .test_dashboard import PASSWORD, Dash

        StaffBook(settings.data_dir).add("ana", PASSWORD)
        d = Dash(build(app, idle=600), app)
        await d.login()
        queue = (await d.get("/human", headers={"accept-language": "es"})).text
        for words in ("Asunto", "Your privacy request", site.address, "We have deleted your personal information"):
            assert words in queue, words
        kept = [e for e in await app.store.evidence(alex_case.id) if e.step == "unplaced reply"]
        assert len(kept) == 1 and b"deleted your personal" not in (settings.evidence_dir / kept[0].path).read_bytes()
        whole = await d.get(f"/cases/{alex_case.id}/evidence/{kept[0].id}")
        assert "We have deleted your personal information" in whole.text
        await d.client.aclose()
        # a person says it is Alex's: read as any reply; Maria's case waits for its answer again
        await app.attach_reply(alex_case.id)
        maria = await app.store.find_case("p_maria", "maildemo")
        assert maria.state == S.SUBMITTED and maria.next_action_at is not None
    async with Optout(settings) as o:
        async def confirmed() -> bool:
            return (await o.case("p_alex", "maildemo")).state == S.CONFIRMED

        await _read_until(o, confirmed)
        events = await o.engine.store.events((await o.case("p_alex", "maildemo")).id)
        assert events[-1].kind == "reply_confirmed" and events[-1].data["matched_by"] == "person"


def _soften(dsn: EmailMessage) -> EmailMessage:
    """The lab's hard bounce made a transient one (4.x.x), as a mailer that gave up on a full mailbox."""
    raw = dsn.as_string().replace("5.1.1", "4.2.2").replace("550", "452").replace("User unknown", "Mailbox full")
    return email.message_from_string(raw, policy=email.policy.default)  # type: ignore[return-value]


async def test_a_hard_bounce_stops_every_clients_next_letter_to_that_address(lab, tmp_path):
    b = await bounce_then_pass_the_deadline(lab, mail_settings(tmp_path, lab), _seed(lab),
                                            lambda site, letter, to: MailBounce.reply(site, letter, to, None))
    assert len(b.site.received) == b.sent, [r["subject"] for r in b.site.received]  # no follow-up to a dead mailbox
    maria = b.other
    assert maria.state == S.NEEDS_HUMAN, maria.last_error
    [ev] = [e for e in b.other_events if e.kind == "human_needed"]
    # her own letter did not bounce: the task and the report must not say it did
    assert ev.data["kind"] == "dead_address_known" and ev.data["why"]["code"] == "dead_address_known", ev.data


async def test_a_soft_bounce_is_its_own_cases_only(lab, tmp_path):
    b = await bounce_then_pass_the_deadline(lab, mail_settings(tmp_path, lab), _seed(lab),
                                            lambda site, letter, to: _soften(MailBounce.reply(site, letter, to, None)))
    # Maria's follow-up went, and Alex's letter went again (f43: a full mailbox is no dead address)
    assert len(b.site.received) == b.sent + 2, [r["subject"] for r in b.site.received]
    maria, alex, events = b.other, b.bounced, b.bounced_events
    assert maria.state == S.SUBMITTED, maria.last_error
    assert alex.state == S.SUBMITTED, alex.last_error
    assert [ev.kind for ev in events].count("letter_sent") == 2, [ev.kind for ev in events]
    assert not any((ev.data or {}).get("kind") == "dead_address" for ev in events)


def test_the_report_never_says_no_answer_while_a_reply_waits_to_be_matched():
    from optout.report._collect import _letters
    from optout.store import Event

    t0 = dt.datetime(2026, 1, 5, 9, tzinfo=dt.timezone.utc)
    due = (t0 + dt.timedelta(days=45)).isoformat()
    letter = Event(1, 1, t0, "letter_sent", S.SUBMITTED, {"law": "ccpa", "to": "p@b.example", "deadline": due})
    waits = Event(2, 1, t0 + dt.timedelta(days=10), "human_needed", S.NEEDS_HUMAN,
                  {"kind": "unplaced_reply", "unplaced_mail": "k"})
    [info] = _letters([letter, waits], t0 + dt.timedelta(days=60))
    assert not info.passed_unanswered and info.awaiting_match_at == waits.at
    # a person said it was another client's: the due date passed with no answer after all
    back = Event(3, 1, t0 + dt.timedelta(days=11), "reply_not_theirs", S.SUBMITTED, {"unplaced_mail": "k"})
    [info] = _letters([letter, waits, back], t0 + dt.timedelta(days=60))
    assert info.passed_unanswered and info.awaiting_match_at is None
