"""A broker may take more time once, by telling the person before the answer is due (Cal. Civ. Code
§1798.130(a)(2)(A); Tex. Bus. & Com. Code §541.052(b) and the other state laws; GDPR Art. 12(3)).
"We need 45 more days" that arrives after the deadline moves nothing: the deadline stands, has
passed, and the follow-up goes out. Through the real mail flow: the lab's SMTP server takes the
letter, the broker's answer is put in the Maildir the flow reads, the lab's clock moves on."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import mailbox
from email.message import EmailMessage

import pytest

from optout.person import Person, load_person

from .conftest import EXAMPLES
from .harness import Optout
from .test_mail_confidence import settings, take_letter

PID = "p_t26xq7m4ka"


def texan() -> Person:
    alex = load_person(EXAMPLES / "alex.toml").model_dump()
    alex["addresses"] = [{"street": "22 Nolana Loop", "city": "McAllen", "state": "TX", "zip": "78504"}]
    return Person(**alex)


def put_reply(app, lab, token: str, body: str, tag: str = "extend") -> bytes:  # type: ignore[no-untyped-def]
    """The broker's answer to the letter ``token``, dated by the run's clock, dropped into the
    Maildir the flow reads; returns the message as added."""
    reply = EmailMessage()
    reply["From"] = "privacy@quietmail.example"
    reply["To"] = "optout-desk@user.example"
    reply["Subject"] = f"Re: Request to delete [{token}]"
    reply["Message-ID"] = f"<{token.lower()}.{tag}@quietmail.example>"
    reply["Date"] = email.utils.format_datetime(app.clock.now())
    reply.set_content(body)
    mailbox.Maildir(lab.maildir, factory=None, create=False).add(reply.as_bytes())
    return reply.as_bytes()


async def first_letter(app, lab, person: Person):  # type: ignore[no-untyped-def]
    """Add ``person`` for the quiet mail broker, run, and take the letter out of the lab's Maildir
    as the broker's server would: its ``letter_sent`` event."""
    await app.add(PID, person, ["quietmail"])
    await app.run()
    case = await app.case(PID, "quietmail")
    sent = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"][0]
    await take_letter(lab, sent.data["token"])
    return sent


@pytest.mark.parametrize(("days_on", "late"), [(10, False), (50, True)])
async def test_an_extension_told_after_the_deadline_moves_nothing(tmp_path, lab, days_on, late):
    async with Optout(settings(tmp_path, lab)) as app:
        await app.add(PID, texan(), ["quietmail"])
        await app.run()
        case = await app.case(PID, "quietmail")
        sent = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"][0]
        token, due = sent.data["token"], dt.datetime.fromisoformat(sent.data["deadline"])
        assert sent.data["law"] == "us_state" and due.date() == (sent.at + dt.timedelta(days=45)).date()
        await take_letter(lab, token)
        lab.advance(days=days_on)
        await app.clock.refresh(app.settings.lab_url)
        put_reply(app, lab, token, "We need 45 more days to complete your request. We have not yet deleted any data.")
        await app.engine.read_mail()
        case = await app.case(PID, "quietmail")
        last = (await app.store.events(case.id))[-1]
        if not late:
            assert last.kind == "deadline_extended"
            assert case.next_action_at == due + dt.timedelta(days=45)
            # the report a lawyer attaches says the due date moved, and to when, in both languages
            new_due = f"{due + dt.timedelta(days=45):%Y-%m-%d}"
            assert f"{due:%Y-%m-%d}; extended, as the broker asked in time, to {new_due}" in await deadline_cell(app, "en")
            assert f"{due:%Y-%m-%d}; ampliado, como el corredor pidió a tiempo, hasta el {new_due}" in \
                await deadline_cell(app, "es")
            return
        assert last.kind == "deadline_extension_late"
        assert case.next_action_at == due  # the first deadline stands, and has passed
        assert f"only after its answer was due ({due:%Y-%m-%d})" in case.last_error
        await app.run()  # so the follow-up goes out, as for silence
        assert (await app.store.events(case.id))[-1].kind == "follow_up_sent"
        # and the report says the deadline passed with no final answer (the broker did write, late, to
        # ask for time: never "no answer", trial37), the late request for time given no force
        told = f"{app.clock.now():%Y-%m-%d}"
        assert (f"{due:%Y-%m-%d}; the broker asked for more time only after it was due, on {told}; "
                "passed with no final answer") in await deadline_cell(app, "en")
        assert (f"{due:%Y-%m-%d}; el corredor pidió más tiempo solo después de vencido, el {told}; "
                "vencido sin respuesta final") in await deadline_cell(app, "es")
        # and `optout report --json` says the same, for a clinic tracking many clients' clocks
        from optout.report import case_rows
        from optout.report._collect import collect

        report = await collect(app.store, app.vault, app.catalogue, app.settings.evidence_dir, PID, app.clock.now())
        first = case_rows(report)[0]["letters"][0]
        assert first["law"] == "us_state" and first["due"] == due.isoformat() and first["extended_to"] is None
        assert first["extension_late"] and first["passed_unanswered"] is True and first["answered"] is None


async def deadline_cell(app: Optout, lang: str) -> str:
    """The letters table's deadline cell of the client's report, as the reader sees it."""
    import html
    import re

    from optout.report import render_person
    from optout.report._collect import collect

    report = await collect(app.store, app.vault, app.catalogue, app.settings.evidence_dir, PID, app.clock.now())
    cells = re.findall(r'class="deadline">(.*?)</td>', render_person(report, lang), re.S)
    return " | ".join(html.unescape(re.sub(r"\s+", " ", c)).strip() for c in cells)


async def test_more_time_asked_after_the_follow_up_does_not_send_the_case_to_a_person_at_once(tmp_path, lab):
    """An Illinoisan's courtesy request (no statute caps an extension): the broker stays silent past the
    deadline, gets the follow-up, and only then asks for "45 more days", counted from the letter's
    deadline and so already over. That used to set the case due on that past day: the next run sent it
    to a person ("no answer to the request nor to the follow-up") seconds after the broker wrote, the
    follow-up's own wait cut short. The late extension moves nothing; the follow-up's wait stands."""
    alex = load_person(EXAMPLES / "alex.toml")
    async with Optout(settings(tmp_path, lab)) as app:
        await app.add(PID, alex, ["quietmail"])
        await app.run()
        case = await app.case(PID, "quietmail")
        sent = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"][0]
        token, due = sent.data["token"], dt.datetime.fromisoformat(sent.data["deadline"])
        assert sent.data["law"] == "courtesy"
        await take_letter(lab, token)
        lab.advance(days=(due - app.clock.now()).days + 60)  # the machine was off: well past due + 45
        await app.clock.refresh(app.settings.lab_url)
        await app.run()
        case = await app.case(PID, "quietmail")
        assert (await app.store.events(case.id))[-1].kind == "follow_up_sent"
        await take_letter(lab, token)  # the follow-up, as the broker's server takes it
        waits_until = case.next_action_at
        assert waits_until > app.clock.now()
        put_reply(app, lab, token, "We need 45 more days to complete your request. We have not yet deleted any data.")
        await app.engine.read_mail()
        await app.run()
        case = await app.case(PID, "quietmail")
        kinds = [e.kind for e in await app.store.events(case.id)]
        assert "human_needed" not in kinds and case.state.value == "submitted", (kinds, case.last_error)
        assert case.next_action_at == waits_until  # the follow-up's answer is still waited for
        assert kinds.count("follow_up_sent") == 1 and kinds.count("letter_sent") == 1
        # once the follow-up's wait is over, a person is told the broker answered (it asked for time), not
        # that it never did
        lab.advance(days=15)
        await app.clock.refresh(app.settings.lab_url)
        await app.run()
        case = await app.case(PID, "quietmail")
        assert case.state.value == "needs_human"
        assert case.last_error.startswith("the broker answered the request of") and "no final answer" in case.last_error


async def test_the_follow_up_after_an_extension_names_the_extended_deadline(tmp_path, lab):
    """The broker took 45 more days in time and let them pass too: the follow-up's note and event said
    "no answer by" the letter's first deadline, a date the broker had lawfully moved."""
    async with Optout(settings(tmp_path, lab)) as app:
        sent = await first_letter(app, lab, texan())
        token, due = sent.data["token"], dt.datetime.fromisoformat(sent.data["deadline"])
        lab.advance(days=10)
        await app.clock.refresh(app.settings.lab_url)
        put_reply(app, lab, token, "We need 45 more days to complete your request. We have not yet deleted any data.")
        await app.engine.read_mail()
        extended = due + dt.timedelta(days=45)
        lab.advance(days=(extended - app.clock.now()).days + 2)
        await app.clock.refresh(app.settings.lab_url)
        await app.run()
        case = await app.case(PID, "quietmail")
        last = (await app.store.events(case.id))[-1]
        assert last.kind == "follow_up_sent"
        assert last.data["overdue_since"] == extended.isoformat()
        # the broker did answer (it asked for time): "no final answer", never "no answer" (trial37)
        assert case.last_error.startswith(f"no final answer by {extended:%Y-%m-%d}: follow-up sent")


async def follow_up_text(lab, token: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The subject and text of the follow-up the lab's SMTP server delivered for ``token``, taken
    out of the Maildir as the broker's mail server would."""
    box = mailbox.Maildir(lab.maildir, factory=None, create=False)
    for _ in range(200):
        for key, msg in box.items():
            if token in str(msg["Subject"]) and str(msg["Subject"]).startswith("Follow-up"):
                box.remove(key)
                part = msg.get_body(("plain",)) if hasattr(msg, "get_body") else None
                text = part.get_content() if part is not None else msg.get_payload(decode=True).decode()
                return str(msg["Subject"]), text
        await asyncio.sleep(0.05)
    raise AssertionError("the follow-up never reached the lab's Maildir")


@pytest.mark.parametrize(("answer", "said", "note", "nota"), [
    # a receipt, more time asked for in time: the broker answered without a final word, and the
    # follow-up (a letter in the person's name, evidence in a complaint) must say so, never "no reply"
    ("We have received your privacy request and will respond within the time required by law.",
     "acknowledging it", "no final answer by", "sin respuesta final al"),
    ("We need 45 more days to complete your request. We have not yet deleted any data.",
     "asking for more time", "no final answer by", "sin respuesta final al"),
    # silence is still told as silence
    (None, None, "no answer by", "sin respuesta al"),
])
async def test_the_follow_up_never_tells_a_broker_that_answered_it_did_not(tmp_path, lab, answer, said, note, nota):
    """trial37: MailExtend asked for 45 more days on the day of the letter, MailVerify sent a link that
    was opened; when that time passed, both got "The time to answer it has passed and I have not
    received a reply", signed with the person's name, and the case's note said "no answer by"."""
    async with Optout(settings(tmp_path, lab)) as app:
        token = (await first_letter(app, lab, texan())).data["token"]
        lab.advance(days=3)
        await app.clock.refresh(app.settings.lab_url)
        answered_on = f"{app.clock.now():%Y-%m-%d}"
        if answer is not None:
            put_reply(app, lab, token, answer, "answer")
            await app.engine.read_mail()
            case = await app.case(PID, "quietmail")
            assert case.state.value == "submitted", case.last_error
        lab.advance(days=100)  # past any deadline the broker was given
        await app.clock.refresh(app.settings.lab_url)
        await app.run()
        case = await app.case(PID, "quietmail")
        assert (await app.store.events(case.id))[-1].kind == "follow_up_sent"
        subject, text = await follow_up_text(lab, token)
        flat = " ".join(text.split())
        if said is None:
            assert "I have not received a reply" in flat and subject.startswith("Follow-up: unanswered")
        else:
            assert "not received a reply" not in flat and "unanswered" not in subject
            assert f"You answered it (on {answered_on}, {said})" in flat
            assert "you have not told me that the request is complete" in flat
        assert case.last_error.startswith(note)
        # and the note in Spanish, as `optout status` shows it to a Spanish reader
        from optout.reasons import of_case, render
        _, why = of_case(case.state.value, case.last_error, await app.store.events(case.id))
        assert render(why, "es").startswith(nota)
        # the client's report, which a lawyer attaches, says the same of the letter's deadline
        en, es = await deadline_cell(app, "en"), await deadline_cell(app, "es")
        if said is None:
            assert "passed with no answer" in en and "vencido sin respuesta" in es and "final" not in en + es
        else:
            assert "passed with no final answer" in en and "vencido sin respuesta final" in es


async def test_a_letter_that_bounced_runs_no_deadline_in_the_report(tmp_path, lab):
    """trial37: MailBounce's address is dead; months later the client's report said of that letter
    "2027-01-16; passed with no answer", a deadline the broker was never given. It says the letter
    did not reach the broker instead, and ``--json`` does not count it as passed unanswered."""
    import shutil

    from optout.report import case_rows
    from optout.report._collect import collect

    from .conftest import ROOT
    from .harness import lab_settings

    folder = tmp_path / "recipes"
    folder.mkdir()
    shutil.copy(ROOT / "brokers" / "lab" / "mailbounce.yaml", folder)
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[folder],
                            mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                                  "from_address": "optout-desk@user.example", "broker_spacing": 0})
    async with Optout(settings) as app:
        await app.add(PID, texan(), ["mailbounce"])
        await app.run()
        for _ in range(100):  # the lab's mail server bounces the letter asynchronously
            await app.engine.read_mail()
            if (await app.case(PID, "mailbounce")).state.value == "needs_human":
                break
            await asyncio.sleep(0.1)
        case = await app.case(PID, "mailbounce")
        assert case.state.value == "needs_human" and "is dead" in case.last_error
        lab.advance(days=60)  # past the 45 days a delivered letter would have given
        await app.clock.refresh(app.settings.lab_url)
        en, es = await deadline_cell(app, "en"), await deadline_cell(app, "es")
        assert "no deadline runs: the letter did not reach the broker (it bounced), on" in en, en
        assert "no corre ningún plazo: la carta no llegó al corredor (rebotó), el" in es, es
        assert "passed with no" not in en and "vencido sin respuesta" not in es
        report = await collect(app.store, app.vault, app.catalogue, app.settings.evidence_dir, PID, app.clock.now())
        rows = case_rows(report)
        assert [lt["passed_unanswered"] for r in rows for lt in r["letters"]] == [False]


@pytest.mark.parametrize("second_on", [50, 100])
async def test_a_second_extension_quotes_the_due_date_in_force(tmp_path, lab, second_on):
    """Faults pass x46 #5 (trial46): a first "45 more days", on time, moved the answer to due + 45; a
    second one was then said to come "only after its answer was due (<the letter's date>)", a date no
    longer in force. Asked again while the extended date runs (day 50): the one extension is given,
    the answer stays due then, not late. Asked after it (day 100): late, quoting the extended date."""
    async with Optout(settings(tmp_path, lab)) as app:
        sent = await first_letter(app, lab, texan())
        token, due = sent.data["token"], dt.datetime.fromisoformat(sent.data["deadline"])
        extended = due + dt.timedelta(days=45)
        lab.advance(days=10)
        await app.clock.refresh(app.settings.lab_url)
        put_reply(app, lab, token, "We need 45 more days to complete your request. We have not yet deleted any data.")
        await app.engine.read_mail()
        lab.advance(days=second_on - 10)
        await app.clock.refresh(app.settings.lab_url)
        put_reply(app, lab, token, "We need 45 more days to complete your request. We have not yet deleted any data.",
                  tag="again")
        await app.engine.read_mail()
        case = await app.case(PID, "quietmail")
        last = (await app.store.events(case.id))[-1]
        assert f"{due:%Y-%m-%d}" not in case.last_error, case.last_error
        if second_on == 50:
            assert last.kind == "deadline_extended" and last.data["deadline"] == extended.isoformat()
            assert case.last_error == ("the broker asked for 45 more days again; the law allows one extension, "
                                       f"already given, so its answer stays due {extended:%Y-%m-%d}")
            assert case.next_action_at == extended
        else:
            assert last.kind == "deadline_extension_late"
            assert f"only after its answer was due ({extended:%Y-%m-%d})" in case.last_error


async def test_a_courtesy_letters_extension_is_said_plainly(tmp_path, lab):
    """trial51: a letter no law backs (an Illinoisan, as a Floridian) read "extended, as the broker
    asked in time, to …" ("ampliado, como el corredor pidió a tiempo"): legal words of a deadline
    that does not exist. Its report says the broker asked for the day, plainly; a law's keeps them."""
    alex = load_person(EXAMPLES / "alex.toml")
    async with Optout(settings(tmp_path, lab)) as app:
        sent = await first_letter(app, lab, alex)
        assert sent.data["law"] == "courtesy"
        lab.advance(days=10)
        await app.clock.refresh(app.settings.lab_url)
        put_reply(app, lab, sent.data["token"], "We need 45 more days to complete your request.")
        await app.engine.read_mail()
        en, es = await deadline_cell(app, "en"), await deadline_cell(app, "es")
    assert "; moved, as the broker asked, to " in en and "in time" not in en, en
    assert "; movida al día que pidió el corredor, el " in es and "a tiempo" not in es, es
