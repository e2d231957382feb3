"""What comes back belongs to the letter it answers: a bounce, a reply or an extension after the
FOLLOW-UP is the follow-up's, never the first letter's (f38: "what came back before the next
letter" read a later letter's bounce as the first one's, and the report said the letter that had
gone through "did not reach the broker"). The report (HTML en/es, ``--json``) says which bounced."""

from __future__ import annotations

import asyncio
import datetime as dt
import types

from optout.lab.sites.mailonly import MailBounce
from optout.person import load_person
from optout.report._collect import _letters
from optout.store import CaseState as S
from optout.store import Event

from .conftest import EXAMPLES
from .harness import Optout
from .test_email_send import mail_settings

T0 = dt.datetime(2026, 1, 5, 9, tzinfo=dt.timezone.utc)


def _ev(i: int, days: int, event: str, state: S = S.SUBMITTED, **data) -> Event:  # type: ignore[no-untyped-def]
    return Event(i, 1, T0 + dt.timedelta(days=days), event, state, data)


def test_each_letter_keeps_its_own_bounce_and_replies():
    deadline = (T0 + dt.timedelta(days=45)).isoformat()
    events = [_ev(1, 0, "letter_sent", law="ccpa", to="p@b.example", deadline=deadline),
              _ev(2, 46, "follow_up_sent", token="OPT-AAAAAA"),
              _ev(3, 47, "mail_acknowledged", mail="acknowledged"),
              _ev(4, 48, "human_needed", S.NEEDS_HUMAN, kind="dead_address", mail="bounce")]
    first, follow_up = _letters(events, T0 + dt.timedelta(days=60))
    assert first.bounced_at is None and first.replied_at is None, first
    assert first.passed_unanswered  # its due date did pass with no answer: that is why the follow-up went
    assert follow_up.bounced_at == events[3].at and follow_up.replied_at == events[2].at, follow_up

    # and the first letter's own bounce stays its own, the follow-up's clean
    events = [events[0], _ev(2, 1, "human_needed", S.NEEDS_HUMAN, kind="dead_address"),
              _ev(3, 46, "follow_up_sent", token="OPT-AAAAAA")]
    first, follow_up = _letters(events, T0 + dt.timedelta(days=60))
    assert first.bounced_at == events[1].at and follow_up.bounced_at is None
    assert not first.passed_unanswered  # a bounced letter started no legal clock


async def _until_the_bounce_is_read(o: Optout) -> None:
    """Read the mailbox until the case waits for a person: the lab's mailer-daemon answers
    asynchronously, as a real one does."""
    for _ in range(50):
        await o.engine.read_mail()
        case = await o.case("p_alex", "maildemo")
        if case.state == S.NEEDS_HUMAN:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(case.last_error)


async def _task_and_report(settings):  # type: ignore[no-untyped-def]
    """The one task in the clinic's queue, and the person's report."""
    from optout.app import open_app
    from optout.report import person_report

    async with open_app(settings) as app:
        [task] = await app.human_tasks()
        return task, await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), "p_alex")


async def test_the_report_says_the_follow_up_bounced_not_the_letter(lab, tmp_path):
    from optout.report import case_rows, render_person

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = mail_settings(tmp_path, lab)
    site = lab.site("mailonly")
    site.reply = lambda *a: None  # the broker never answers the letter, so the follow-up goes
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["maildemo"])
        await o.run()
        # the broker's address dies after the letter went through: the mailer bounces the follow-up
        site.answer, site.reply = "bounce", types.MethodType(MailBounce.reply, site)
        lab.advance(days=46)
        await o.run()
        await _until_the_bounce_is_read(o)
    task, report = await _task_and_report(settings)
    # the clinic's queue says it was the follow-up, and that the request itself had been sent
    assert task["kind"] == "dead_address" and task["why"]["code"] == "dead_address_follow_up", task
    assert "The follow-up did not reach the broker" in task["instructions"], task["instructions"]
    assert "El recordatorio no llegó al corredor" in task["instructions_es"], task["instructions_es"]
    [row] = case_rows(report)
    assert [lt["kind"] for lt in row["letters"]] == ["letter_sent", "follow_up_sent"], row["letters"]
    assert row["letters"][0]["bounced"] is None and row["letters"][1]["bounced"] is not None, row["letters"]
    en, es = render_person(report, "en"), render_person(report, "es")
    assert "the follow-up did not reach the broker (it bounced)" in en
    assert "the letter did not reach the broker" not in en
    assert "el recordatorio no llegó al corredor (rebotó)" in es and "la carta no llegó al corredor" not in es


async def test_a_late_bounce_of_the_request_is_the_requests_not_the_follow_ups(lab, tmp_path):
    """f41: the request's delivery report came after its follow-up had gone through. It is the
    request's (its returned headers name the request's Message-ID), so nobody is told the request
    itself was sent before: "the newest letter" would have been the follow-up."""
    from optout.report import case_rows

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = mail_settings(tmp_path, lab)
    site = lab.site("mailonly")
    kept: list[tuple] = []  # what the broker's server received, to bounce it later as a slow mailer would
    site.reply = lambda msg, to, key: kept.append((msg, to)) or None
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["maildemo"])
        await o.run()
        lab.advance(days=46)
        await o.run()  # the follow-up goes, and arrives
        case = await o.case("p_alex", "maildemo")
        assert [m["Subject"] for m, _ in kept][1:] and case.state == S.SUBMITTED, case.last_error
        first, to = kept[0]
        await lab.send_mail(MailBounce.reply(site, first, to, None))  # the request's own bounce, late
        await _until_the_bounce_is_read(o)
    task, report = await _task_and_report(settings)
    assert task["why"]["code"] == "dead_address", task
    assert "The letter did not reach the broker" in task["instructions"], task["instructions"]
    assert "La carta no llegó al corredor" in task["instructions_es"], task["instructions_es"]
    [row] = case_rows(report)
    assert [lt["kind"] for lt in row["letters"]] == ["letter_sent", "follow_up_sent"], row["letters"]
    assert row["letters"][0]["bounced"] is not None and row["letters"][1]["bounced"] is None, row["letters"]
