"""Sending legal deletion requests: the law chosen, the letter's content, the clock, the caps.

The lab's SMTP server (aiosmtpd) receives the letters and hands mail for its e-mail broker to
that broker; everything else lands in the lab's Maildir, which the tests read as the broker or
the user would.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import mailbox
from pathlib import Path

import pytest

from optout.mail import MailSender, add_month, choose_law, compose
from optout.person import Person, load_person
from optout.recipe.loader import load_catalogue
from optout.store import CaseState

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

RECIPE = """\
id: {id}
name: Mail Demo (lab)
url: http://mailonly.lab.test/
domains: [mailonly.lab.test]
jurisdictions: {jurisdictions}
inputs: [full_name, first_name, last_name, email, street, city, state, zip, phone]
verified: {{status: lab, how: written for the e-mail tests}}
optout:
  channel: email
  email:
    to: privacy@mailonly.lab.test
    identifiers: [full_name, email, city, state]
"""


def write_recipe(folder: Path, rid: str = "maildemo", jurisdictions: str = "[US]") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{rid}.yaml").write_text(RECIPE.format(id=rid, jurisdictions=jurisdictions))
    return folder


def recipe(tmp_path: Path, jurisdictions: str = "[US]"):  # type: ignore[no-untyped-def]
    cat = load_catalogue([write_recipe(tmp_path / "r", jurisdictions=jurisdictions)])
    return cat.recipes["maildemo"]


def resident(state: str | None, country: str = "US") -> Person:
    addr = {"city": "Somewhere", "country": country} | ({"state": state} if state else {})
    return Person(first_name="Robin", last_name="Quill", emails=["robin@example.org"], addresses=[addr])


@pytest.mark.parametrize(("state", "country", "jurisdictions", "law"), [
    ("CA", "US", "[US]", "ccpa"),
    ("TX", "US", "[US]", "us_state"),
    ("CO", "US", "[US]", "us_state"),
    ("IL", "US", "[US]", "courtesy"),       # no state privacy law with a right to delete
    ("IL", "US", "[DE]", "gdpr"),           # a German broker: GDPR whoever asks
    (None, "FR", "[US]", "gdpr"),           # a French resident asking a US broker
])
def test_the_law_follows_residence_and_jurisdiction(tmp_path, state, country, jurisdictions, law):
    assert choose_law(resident(state, country), recipe(tmp_path, jurisdictions)).id == law


@pytest.mark.parametrize(("named", "legal", "state", "country", "law"), [
    ("ccpa", "legal: {registered: [CA], residents: [CA]}\n", "NY", "US", "courtesy"),  # no CCPA right in New York
    ("ccpa", "legal: {registered: [CA], residents: [CA]}\n", "AZ", "US", "courtesy"),  # moved away from California
    ("ccpa", "legal: {registered: [CA], residents: [CA]}\n", "TX", "US", "us_state"),  # Texas's own law, not CCPA
    ("ccpa", "legal: {registered: [CA], residents: [CA]}\n", None, "ES", "gdpr"),      # living in Spain
    ("us_state", "", "CA", "US", "ccpa"),  # a Californian keeps the CCPA, never a courtesy request
    ("us_state", "", "NY", "US", "courtesy"),
])
def test_a_law_named_in_the_recipe_is_never_one_the_person_does_not_have(tmp_path, named, legal, state, country, law):
    """``optout.email.letter`` names a law, but the letter invokes the person's own: a New Yorker or
    a client who moved from California to Arizona never cites the CCPA, a Californian never loses it."""
    folder = tmp_path / "r"
    folder.mkdir()
    text = RECIPE.format(id="maildemo", jurisdictions="[US]").replace(
        "    identifiers:", f"    letter: {named}\n    identifiers:") + legal
    (folder / "maildemo.yaml").write_text(text)
    r = load_catalogue([folder]).recipes["maildemo"]
    person = resident(state, country)
    chosen = choose_law(person, r, dt.date(2026, 12, 1))
    assert chosen.id == law
    letter = compose(person, r, {"full_name": "Robin Quill"}, "OPT-ABCDEF", dt.datetime(2026, 12, 1, tzinfo=dt.UTC), chosen)
    assert ("California Consumer Privacy Act" in letter.body) == (law == "ccpa")
    assert ("CCPA" in letter.subject) == (law == "ccpa")


def test_deadlines_45_days_and_one_calendar_month(tmp_path):
    sent = dt.datetime(2026, 1, 31, 9, tzinfo=dt.UTC)
    assert choose_law(resident("CA"), recipe(tmp_path)).deadline(sent) == sent + dt.timedelta(days=45)
    assert choose_law(resident(None, "IE"), recipe(tmp_path)).deadline(sent) == dt.datetime(2026, 2, 28, 9, tzinfo=dt.UTC)
    assert add_month(dt.datetime(2026, 12, 15, tzinfo=dt.UTC)) == dt.datetime(2027, 1, 15, tzinfo=dt.UTC)


def test_a_letter_carries_only_the_identifiers_the_recipe_names(tmp_path):
    person = load_person(EXAMPLES / "alex.toml")
    r = recipe(tmp_path)
    values = person.template_values()
    letter = compose(person, r, values, "OPT-ABCDEF", dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    assert "[OPT-ABCDEF]" in letter.subject and "OPT-ABCDEF" in letter.body
    assert person.full_name in letter.body and "Springfield" in letter.body  # named: full_name, city
    assert "alex.optout@example.org" in letter.body  # the opt-out address, not the private one
    for private in ("12 Elm Street", "62701", "555 0134", "alex.rivera@example.org", "Peoria", "Dana"):
        assert private not in letter.body, private
    assert "2026-04-15" in letter.body  # 45 days


# ---- against the lab's mail server ------------------------------------------------------------------


def mail_settings(tmp_path: Path, lab, **mail):  # type: ignore[no-untyped-def]
    return lab_settings(
        tmp_path / "data", lab, recipe_dirs=[write_recipe(tmp_path / "recipes")],
        mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
              "from_address": "optout-desk@user.example", "broker_spacing": 0, **mail})


def maildir_messages(lab) -> list[email.message.EmailMessage]:  # type: ignore[no-untyped-def]
    box = mailbox.Maildir(lab.maildir, factory=None, create=False)
    return [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in box]


async def wait_for_mail(lab, token: str) -> list[email.message.EmailMessage]:  # type: ignore[no-untyped-def]
    """The lab's brokers answer asynchronously, as real ones do (only much faster)."""
    for _ in range(100):
        found = [m for m in maildir_messages(lab) if token in str(m["Subject"])]
        if found:
            return found
        await asyncio.sleep(0.05)
    return []


async def test_a_batch_sends_one_letter_per_case_and_the_clock_runs(tmp_path, lab):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(mail_settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["maildemo"])
        await app.run()
        case = await app.case("p_alex", "maildemo")
        assert case.state == CaseState.SUBMITTED
        sent = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"]
        assert len(sent) == 1 and sent[0].data["law"] == "courtesy" and sent[0].data["to"] == "privacy@mailonly.lab.test"
        token = sent[0].data["token"]
        assert lab.submissions()["mailonly"] == {"alex": 1}  # the broker found the person from the letter

        # the broker's answer reached the user's mailbox, threaded on our letter
        [reply] = await wait_for_mail(lab, token)
        [req] = await app.store.requests(case.id)
        assert req.reference == token and req.status == "submitted"
        assert f".{token.lower()}@user.example>" in str(reply["In-Reply-To"])

        # the letter is evidence, sealed: the file holds no value of the person
        [ev] = [e for e in await app.store.evidence(case.id) if e.kind == "email"]
        raw = (app.settings.evidence_dir / ev.path).read_bytes()
        assert b"Rivera" not in raw and b"OPT-" not in raw

        # nothing is due before the deadline; after 45 days one follow-up, threaded
        assert case.next_action_at - app.clock.now() > dt.timedelta(days=44)
        summary = await app.run()
        assert summary.processed == 0
        lab.advance(days=46)
        await app.run()
        case = await app.case("p_alex", "maildemo")
        kinds = [e.kind for e in await app.store.events(case.id)]
        assert kinds[-1] == "follow_up_sent" and case.state == CaseState.SUBMITTED
        assert lab.submissions()["mailonly"] == {"alex": 2}

        # and after the grace period, a person with the regulator named
        lab.advance(days=15)
        await app.run()
        case = await app.case("p_alex", "maildemo")
        assert case.state == CaseState.NEEDS_HUMAN and "nor to the follow-up" in case.last_error
        assert lab.submissions()["mailonly"] == {"alex": 2}  # no third letter


async def test_daily_cap_and_broker_spacing_defer_instead_of_sending(tmp_path, lab):
    people = {k: load_person(EXAMPLES / f) for k, f in (("alex", "alex.toml"), ("maria", "maria.toml"),
                                                         ("sam", "sam.yaml"))}
    lab.seed_people(people.items())
    async with Optout(mail_settings(tmp_path, lab, daily_cap=2)) as app:
        for k, p in people.items():
            await app.add(f"p_{k}", p, ["maildemo"])
        summary = await app.run()
        states = {k: (await app.case(f"p_{k}", "maildemo")) for k in people}
        assert sorted(c.state.value for c in states.values()) == ["new", "submitted", "submitted"]
        # the run counts the held letter as held, never as "new 1" (read as a case done), in words
        assert dict(summary.by_state) == {"held": 1, "submitted": 2}
        assert summary.line("en") == "3 cases processed (letter held for later (sending limit): 1, request sent: 2)"
        assert "carta retenida para más tarde (límite de envío): 1" in summary.line("es")
        [waiting] = [c for c in states.values() if c.state == CaseState.NEW]
        # the note says the day it goes (f41), as every reader's note does
        assert f"held by the daily limit (or the spacing between letters): it goes on {waiting.next_action_at:%Y-%m-%d}" \
            in waiting.last_error, waiting.last_error
        assert waiting.next_action_at - app.clock.now() > dt.timedelta(hours=23)
        assert sum(lab.submissions()["mailonly"].values()) == 2
        lab.advance(days=1, minutes=1)
        await app.run()
        assert (await app.store.get_case(waiting.id)).state == CaseState.SUBMITTED
        assert sum(lab.submissions()["mailonly"].values()) == 3

    lab.reset()
    lab.seed_people(people.items())
    async with Optout(mail_settings(tmp_path / "spaced", lab, broker_spacing="1h", max_wait="1s")) as app:
        for k, p in list(people.items())[:2]:
            await app.add(f"p_{k}", p, ["maildemo"])
        summary = await app.run(concurrency=1)
        assert dict(summary.by_state) == {"held": 1, "submitted": 1}  # held by the broker's spacing
        states = sorted([(await app.case(f"p_{k}", "maildemo")).state.value for k in list(people)[:2]])
        assert states == ["new", "submitted"], [(await app.case(f"p_{k}", "maildemo")).last_error for k in list(people)[:2]]
        assert sum(lab.submissions()["mailonly"].values()) == 1


async def test_without_a_mail_account_the_letter_goes_to_a_person(tmp_path, lab):
    alex = load_person(EXAMPLES / "alex.toml")
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[write_recipe(tmp_path / "recipes")])
    async with Optout(settings) as app:
        await app.add("p_alex", alex, ["maildemo"])
        await app.run()
        case = await app.case("p_alex", "maildemo")
        assert case.state == CaseState.NEEDS_HUMAN and "mail.smtp_host" in case.last_error
        [ev] = [e for e in await app.store.events(case.id) if e.kind == "human_needed"]
        assert ev.data["kind"] == "letter" and "Rivera" not in str(ev.data)  # the letter is sealed
        assert lab.submissions().get("mailonly", {}) == {}


async def test_a_letter_interrupted_mid_send_is_not_sent_twice(tmp_path, lab, monkeypatch):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(mail_settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["maildemo"])

        real_send = MailSender.send

        async def crash_after_sending(self, msg, before_data=None):  # the server took it; we died before recording
            await real_send(self, msg, before_data)
            raise SystemExit("killed")

        monkeypatch.setattr("optout.mail.MailSender.send", crash_after_sending)
        case = (await app.store.claim_due("w1", app.clock.now(), 1, dt.timedelta(seconds=1)))[0]
        with pytest.raises(SystemExit):
            await app.engine.mailflow.send_request(case, "w1", app.catalogue.recipes["maildemo"],
                                                   await app.engine.person("p_alex"),
                                                   app.engine._values(app.catalogue.recipes["maildemo"], alex))
        monkeypatch.undo()
        # the crash left the request "started" and no event: as if the worker was killed
        [req] = await app.store.requests(case.id)
        assert req.status == "started" and lab.submissions()["mailonly"] == {"alex": 1}
        lab.advance(minutes=1)
        await app.run()
        case = await app.case("p_alex", "maildemo")
        assert case.state == CaseState.SUBMITTED
        assert [e.kind for e in await app.store.events(case.id)][-1] == "letter_in_doubt"
        assert lab.submissions()["mailonly"] == {"alex": 1}
        [req] = await app.store.requests(case.id)
        assert req.status == "submitted" and req.reference and req.reference.startswith("OPT-")


async def test_answers_are_read_from_a_local_maildir_too(tmp_path, lab):
    """Without IMAP, a Maildir that a mail client keeps in sync is read the same way; what was
    handled is remembered, so a second pass acts on nothing twice."""
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(mail_settings(tmp_path, lab)) as app:
        await app.add("p_k3v9q2m7xa", alex, ["maildemo"])
        await app.run()
        case = await app.case("p_k3v9q2m7xa", "maildemo")
        token = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"][0].data["token"]
        assert await wait_for_mail(lab, token)
        assert (await app.engine.read_mail()).get("confirmed") == 1
        assert (await app.case("p_k3v9q2m7xa", "maildemo")).state == CaseState.CONFIRMED
        assert (await app.engine.read_mail()).get("confirmed") is None
    async with Optout(mail_settings(tmp_path, lab)) as app:  # a new process remembers too
        assert (await app.engine.read_mail()).get("confirmed") is None


async def test_a_letter_killed_before_its_content_left_is_sent_once_later(tmp_path, lab, monkeypatch):
    """Killed after the request row was written and before the server got the content: nothing
    went out, so the next pass sends the letter (once), rather than counting a letter never sent."""
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(mail_settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["maildemo"])

        async def killed_before_data(self, msg, before_data=None):
            raise SystemExit("killed")

        monkeypatch.setattr("optout.mail.MailSender.send", killed_before_data)
        case = (await app.store.claim_due("w1", app.clock.now(), 1, dt.timedelta(seconds=1)))[0]
        with pytest.raises(SystemExit):
            await app.engine.mailflow.send_request(case, "w1", app.catalogue.recipes["maildemo"],
                                                   await app.engine.person("p_alex"),
                                                   app.engine._values(app.catalogue.recipes["maildemo"], alex))
        monkeypatch.undo()
        assert lab.submissions().get("mailonly", {}) == {}
        lab.advance(minutes=1)
        await app.run()
        case = await app.case("p_alex", "maildemo")
        assert case.state == CaseState.SUBMITTED
        assert lab.submissions()["mailonly"] == {"alex": 1}
        assert [r.status for r in await app.store.requests(case.id)] == ["failed", "submitted"]


async def test_a_server_that_drops_the_connection_after_data_gets_one_letter_and_one_follow_up(tmp_path, lab):
    """The server stores the letter and closes the connection without its 250: the letter is
    counted as sent (not failed, not sent again a week later); at the deadline one follow-up
    goes, and when that one is dropped the same way, it is not sent again either."""
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    lab.answer_mail_data("drop")
    async with Optout(mail_settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["maildemo"])
        await app.run()
        case = await app.case("p_alex", "maildemo")
        assert case.state == CaseState.SUBMITTED, case.last_error
        assert [e.kind for e in await app.store.events(case.id)][-1] == "letter_in_doubt"
        assert lab.submissions()["mailonly"] == {"alex": 1}
        for _ in range(3):  # a week later, and past the deadline: one follow-up, never the letter again
            lab.advance(days=20)
            await app.run()
        kinds = [e.kind for e in await app.store.events(case.id)]
        assert kinds.count("follow_up_sent") == 1 and kinds.count("letter_sent") + kinds.count("letter_in_doubt") == 1
        follow_ups = [r for r in await app.store.requests(case.id) if r.channel == "email_follow_up"]
        assert [r.status for r in follow_ups] == ["submitted"]


async def test_two_processes_on_one_maildir_handle_a_reply_once(tmp_path, lab):
    """A worker and a cron run read one Maildir at once: which replies were handled is in the
    store, so neither loses the other's marks and the reply is acted on once, not once each."""
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(mail_settings(tmp_path, lab)) as first:
        await first.add("p_k3v9q2m7xa", alex, ["maildemo"])
        await first.run()
        case = await first.case("p_k3v9q2m7xa", "maildemo")
        token = [e for e in await first.store.events(case.id) if e.kind == "letter_sent"][0].data["token"]
        assert await wait_for_mail(lab, token)
        async with Optout(mail_settings(tmp_path, lab)) as second:
            got = await asyncio.gather(first.engine.read_mail(), second.engine.read_mail(),
                                       Optout(mail_settings(tmp_path, lab)).__aenter__())
            third = got[2]
            try:
                again = await third.engine.read_mail()
            finally:
                await third.__aexit__(None, None, None)
        assert sum(g.get("confirmed", 0) for g in got[:2]) + again.get("confirmed", 0) == 1
        kinds = [e.kind for e in await first.store.events(case.id)]
        assert kinds.count("reply_confirmed") == 1
        assert not (tmp_path / "data" / "maildir-handled.json").exists()


async def test_a_courtesy_letters_follow_up_date_is_not_called_a_legal_deadline(tmp_path, lab):
    """No statute gives an Illinoisan a right to delete: the letter is a courtesy request, and the
    date optout follows it up on is optout's own, never shown as a "legal deadline" in the report."""
    import re

    from optout.report import person_report, render_person

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(mail_settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["maildemo"])
        await app.run()
        report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), "p_alex")
        # nor in the case's note (status, the dashboard): "answer due" was said of a courtesy letter
        from optout.reasons import of_case, render

        case = await app.case("p_alex", "maildemo")
        _, why = of_case(case.state.value, case.last_error, await app.store.events(case.id))
        for lang, due in (("en", r"answer due \d{4}"), ("es", r"respuesta debida el \d{4}")):
            assert not re.search(due, render(why, lang)) and not re.search(due, case.last_error), render(why, lang)
        assert "no law makes an answer due" in case.last_error
        assert "ninguna ley obliga a responder" in render(why, "es")
        # and a note kept before (code letter_sent, law courtesy) reads the same
        from optout.reasons import Reason
        old = Reason("letter_sent", {"law": "courtesy", "token": "OPT-AAAAAA", "deadline": "2027-01-19"})
        assert render(old, "es").startswith("carta enviada (sin ley aplicable, OPT-AAAAAA); ninguna ley obliga")
    for lang, none in (("en", "no law sets one"), ("es", "ninguna ley lo fija")):
        html = render_person(report, lang)
        cell = re.search(r'<td class="deadline">(.*?)</td>', html, re.S).group(1)
        assert none in cell, cell


@pytest.mark.parametrize(("mail", "setting"), [
    ({"smtp_security": "starttls"}, "mail.smtp_security"),            # the lab's server offers no STARTTLS
    ({"smtp_user": "desk@user.example", "smtp_password": "x"}, "mail.smtp_user"),  # nor a login
])
async def test_a_mail_server_that_refuses_the_settings_holds_the_letters_and_blames_no_broker(
        tmp_path, lab, mail, setting):
    """A clinic's first evening: the mail settings ask the server for STARTTLS (the default) or a
    login it does not offer. Every letter would meet the same wall, so it is a setting: said once,
    naming it; no case failed, no broker backed off, nothing "retried later" in a loop; once the
    setting is corrected the next run sends each letter once."""
    people = {k: load_person(EXAMPLES / f) for k, f in (("alex", "alex.toml"), ("maria", "maria.toml"),
                                                         ("sam", "sam.yaml"))}
    lab.seed_people(people.items())
    async with Optout(mail_settings(tmp_path, lab, **mail)) as app:
        for k, p in people.items():
            await app.add(f"p_{k}", p, ["maildemo"])
        summary = await app.run(concurrency=1)  # one meets the wall; the others are not begun
        for k in people:
            case = await app.case(f"p_{k}", "maildemo")
            assert case.state == CaseState.NEW, (case.state, case.last_error)  # untouched, not failed
        assert not [h for h in await app.store.broker_health() if h.backoff_until is not None]  # no broker blamed
        assert summary.setting is not None and setting in summary.setting, summary.setting
        assert summary.setting_held == 3 and "Rivera" not in summary.setting  # every letter waiting, begun or not
        assert lab.submissions().get("mailonly", {}) == {}
    async with Optout(mail_settings(tmp_path, lab)) as app:  # corrected: no STARTTLS, no login
        summary = await app.run()
        assert summary.setting is None
        for k in people:
            assert (await app.case(f"p_{k}", "maildemo")).state == CaseState.SUBMITTED
        assert lab.submissions()["mailonly"] == {"alex": 1, "maria": 1, "sam": 1}
