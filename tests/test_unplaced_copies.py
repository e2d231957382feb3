"""u48 (a trial's findings): a broker's reply that cites none of our letters, while the broker has
letters of several clients, is kept sealed on every case asked whose it is (``MailFlow._unplaced``,
``optout.mail.UNPLACED_STEP``). It is possibly another client's mail, so:

- no export, client page or report of a client writes that copy;
- ``attach`` to one case deletes the copies on every other case it was asked about; ``not ours``
  deletes every copy (the file and its index row);
- a process stopped between recording the answer and deleting the copies (or putting the other cases
  back) is finished by the next pass, and nothing is done twice;
- a confirmed case is asked only when no open case fits; a case put back keeps the day its state
  began; its history does not show a mail a person said was not its.

The mail is driven through the real ``MailFlow._unplaced`` (as a mailbox read calls it)."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.app import open_app
from optout.mail import UNPLACED_STEP, Outstanding, parse
from optout.mail._parse import mail_key
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState as S

BROKER = "maildemo"
REPLY = (b"From: Privacy <privacy@broker.example>\r\nTo: desk@clinic.example\r\nSubject: Your privacy request\r\n"
         b"Date: Mon, 05 Jan 2026 09:00:00 +0000\r\nMessage-ID: <r1@broker.example>\r\n\r\n"
         b"Hello Wenceslao,\r\n\r\nWe have deleted your personal information from our database.\r\n")
SECRET = b"We have deleted your personal information"
CLIENTS = [
    {"first_name": "Xiomara", "last_name": "Quintanilla-Ybarra", "label": "CASE-1", "birth_year": 1979},
    {"first_name": "Thi Lan", "last_name": "Do", "label": "CASE-2", "birth_year": 1985},
    {"first_name": "Wenceslao", "last_name": "de la Cruz Ortiz", "label": "CASE-3", "birth_year": 1962},
]


@pytest.fixture
async def clinic(tmp_path):
    """An app with three clients, each with a case at one e-mail broker whose letter went out."""
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        result = await app.add_people([(c["label"], parse_person(c, c["label"])) for c in CLIENTS])
        pids = [pid for _, pid in result.added]
        now = app.clock.now()
        cases = []
        for pid in pids:
            await app.store.ensure_cases(pid, [BROKER], now)
            case = await app.store.find_case(pid, BROKER)
            await app.store.record(case.id, "letter_sent", S.SUBMITTED, now - dt.timedelta(days=40),
                                   data={"law": "courtesy"}, next_action_at=now + dt.timedelta(days=5),
                                   last_error="letter sent")
            cases.append(case.id)
        app.cases = cases  # type: ignore[attr-defined]
        yield app


async def _ask(app, case_ids: list[int], raw: bytes = REPLY) -> str:  # type: ignore[no-untyped-def]
    """The mailbox read's step for a mail that fits these cases' letters only by the broker's domain."""
    from optout.engine import Engine
    from optout.mail._flow import MailFlow

    flow = MailFlow(Engine(app.settings, app.store, app.vault, app.catalogue, app.clock))
    msg = parse(raw)
    fits = [Outstanding(cid, 0, f"<{cid}@clinic.example>", "OPT-AAAAAA", ("broker.example",), "privacy@broker.example")
            for cid in case_ids]
    await flow._unplaced(msg, mail_key(msg), fits)
    return mail_key(msg)


async def _copies(app, case_id: int) -> list:  # type: ignore[no-untyped-def]
    return [e for e in await app.store.evidence(case_id) if e.step == UNPLACED_STEP]


async def _files(app) -> set:  # type: ignore[no-untyped-def]
    return {p for p in app.settings.evidence_dir.rglob("*") if p.is_file()} if app.settings.evidence_dir.exists() else set()


async def test_attach_deletes_the_copies_on_every_other_case(clinic):
    app = clinic
    one, two, three = app.cases
    await _ask(app, [one, two, three])
    kept = {c: await _copies(app, c) for c in app.cases}
    assert all(len(v) == 1 for v in kept.values()), kept
    await app.attach_reply(three)
    assert len(await _copies(app, three)) == 1  # the client's own: kept
    for other in (one, two):
        assert await _copies(app, other) == []
        assert not (app.settings.evidence_dir / kept[other][0].path).exists()
        assert (await app.get_case(other)).state == S.SUBMITTED
    assert await _files(app) == {app.settings.evidence_dir / kept[three][0].path}


async def test_not_ours_deletes_every_copy(clinic):
    app = clinic
    await _ask(app, app.cases)
    assert len(await _files(app)) == 3
    await app.reply_not_ours(app.cases[1])
    for c in app.cases:
        assert await _copies(app, c) == []
        assert (await app.get_case(c)).state == S.SUBMITTED
    assert await _files(app) == set()


async def test_no_export_page_or_report_of_a_client_holds_an_unplaced_copy(clinic, tmp_path):
    from optout.report import person_report, render_person
    from optout.web._staff import StaffBook
    from optout.web._views import build

    from .test_dashboard import PASSWORD, Dash

    app = clinic
    await _ask(app, app.cases)
    case = await app.get_case(app.cases[0])
    rows = await app.export_evidence(case.id, tmp_path / "export")
    assert all(r["step"] != UNPLACED_STEP for r in rows), rows
    written = [p.read_bytes() for p in (tmp_path / "export").iterdir()]
    assert not any(SECRET in b for b in written), [p.name for p in (tmp_path / "export").iterdir()]
    assert await app.export_evidence(case.id, None) == []  # nothing of the client's kept yet
    report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), case.person_id)
    assert SECRET.decode() not in render_person(report, "en") + render_person(report, "es")
    StaffBook(app.settings.data_dir).add("ana", PASSWORD)
    d = Dash(build(app, idle=600), app)
    try:
        await d.login()
        [copy] = await _copies(app, case.id)
        page = await d.get(f"/people/{case.person_id}")
        assert page.status_code == 200 and f"/evidence/{copy.id}" not in page.text
        # the person asked reads it on the queue, as before (trial45)
        assert "We have deleted your personal information" in (await d.get("/human")).text
    finally:
        await d.client.aclose()


async def test_a_stop_after_attach_was_recorded_is_finished_by_the_next_pass_once(clinic, monkeypatch):
    from optout.app import App

    app = clinic
    one, two, three = app.cases
    await _ask(app, app.cases)

    async def stopped(*a, **kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("killed")

    with monkeypatch.context() as m:
        m.setattr(App, "_settle", stopped)  # killed right after the answer was recorded
        with pytest.raises(RuntimeError):
            await app.attach_reply(one)
    assert (await app.get_case(two)).state == S.NEEDS_HUMAN and len(await _copies(app, two)) == 1
    await app.plan_run(None, None)  # the next pass
    for other in (two, three):
        assert await _copies(app, other) == [] and (await app.get_case(other)).state == S.SUBMITTED
        assert [e.kind for e in await app.store.events(other)].count("reply_not_theirs") == 1
    assert len(await _copies(app, one)) == 1 and len(await _files(app)) == 1
    before = {c: len(await app.store.events(c)) for c in app.cases}
    assert await app.settle_unplaced() == 0  # again: nothing left, nothing recorded twice
    assert {c: len(await app.store.events(c)) for c in app.cases} == before


async def test_a_stop_between_deleting_a_file_and_its_row_is_finished_too(clinic, monkeypatch):
    app = clinic
    one, two, three = app.cases
    await _ask(app, app.cases)
    real = app.store.remove_evidence
    calls = []

    async def killed(case_id, ids):  # type: ignore[no-untyped-def]
        calls.append(case_id)
        raise RuntimeError("killed")

    monkeypatch.setattr(app.store, "remove_evidence", killed)
    with pytest.raises(RuntimeError):
        await app.reply_not_ours(two)
    monkeypatch.setattr(app.store, "remove_evidence", real)
    assert calls and len(await _files(app)) < 3  # a file went, its row stayed
    assert (await app.export_evidence(one, None)) == []  # a row whose file is gone is never an export's
    await app.settle_unplaced()
    for c in app.cases:
        assert await _copies(app, c) == [] and (await app.get_case(c)).state == S.SUBMITTED
        assert [e.kind for e in await app.store.events(c)].count("reply_not_theirs") == 1
    assert await _files(app) == set()


async def test_a_stop_after_not_ours_set_the_mail_aside_is_finished_by_the_next_pass(clinic, monkeypatch):
    from optout.app import App

    app = clinic
    await _ask(app, app.cases)

    async def stopped(*a, **kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("killed")

    with monkeypatch.context() as m:
        m.setattr(App, "_put_back", stopped)
        with pytest.raises(RuntimeError):
            await app.reply_not_ours(app.cases[0])
    assert [(await app.get_case(c)).state for c in app.cases] == [S.NEEDS_HUMAN] * 3
    await app.plan_run(None, None)
    for c in app.cases:
        assert await _copies(app, c) == [] and (await app.get_case(c)).state == S.SUBMITTED
        assert [e.kind for e in await app.store.events(c)].count("reply_not_theirs") == 1
    assert await _files(app) == set()


async def test_a_confirmed_case_is_asked_only_when_no_open_case_fits(clinic):
    app = clinic
    one, two, three = app.cases
    now = app.clock.now()
    await app.store.record(one, "reply_confirmed", S.CONFIRMED, now - dt.timedelta(days=20), data={"mail": "confirmed"},
                           next_action_at=now + dt.timedelta(days=10))
    await _ask(app, app.cases)
    assert (await app.get_case(one)).state == S.CONFIRMED and await _copies(app, one) == []
    assert not any(e.kind == "human_needed" for e in await app.store.events(one))
    for c in (two, three):
        task = (await app.store.events(c))[-1]
        assert task.data["kind"] == "unplaced_reply" and task.data["cases"] == [two, three], task.data


async def test_confirmed_cases_put_back_keep_their_day_and_their_history(clinic):
    from optout.report import person_report, render_person

    app = clinic
    one, two, _ = app.cases
    now = app.clock.now()
    confirmed_on = now - dt.timedelta(days=20)
    for c in (one, two):
        await app.store.record(c, "reply_confirmed", S.CONFIRMED, confirmed_on, data={"mail": "confirmed"},
                               next_action_at=now + dt.timedelta(days=10))
    await _ask(app, [one, two])  # no open case fits: the confirmed ones are asked
    assert (await app.get_case(one)).state == S.NEEDS_HUMAN
    await app.reply_not_ours(one)
    for c in (one, two):
        case = await app.get_case(c)
        assert case.state == S.CONFIRMED and case.state_since == confirmed_on, (case.state_since, confirmed_on)
    case = await app.get_case(one)
    report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), case.person_id)
    [section] = [s for s in report.sections if s.broker_id == BROKER]
    assert section.state_since == confirmed_on
    kinds = [k for _, k, _ in section.events]
    assert "reply_not_theirs" not in kinds and "human_needed" not in kinds, kinds
    assert f"{confirmed_on:%Y-%m-%d}" in render_person(report, "en")


async def test_a_forgotten_client_leaves_no_case_in_the_others_questions(clinic):
    app = clinic
    one, two, three = app.cases
    await _ask(app, app.cases)
    forgotten = (await app.get_case(three)).person_id
    await app.remove_person(forgotten)
    for c in (one, two):
        case = await app.get_case(c)
        task = (await app.store.events(c))[-1]
        assert case.state == S.NEEDS_HUMAN and task.data["kind"] == "unplaced_reply"
        assert task.data["cases"] == [one, two], task.data
        [t] = [t for t in await app.human_tasks() if t["case"] == c]
        assert "letters from 2 clients" in t["instructions"] and "cartas de 2 personas" in t["instructions_es"], t
    await app.attach_reply(one)  # the answer goes on without the forgotten client's case
    assert (await app.get_case(two)).state == S.SUBMITTED and await _copies(app, two) == []
    assert len(await _files(app)) == 1


async def test_the_attached_cases_copy_goes_once_the_reply_is_kept_as_its_reply(clinic):
    """Read on its own case, the reply is kept there as any reply: the copy kept to ask is one file too
    many, and the next pass drops it (so no pass keeps reading a settled question)."""
    from optout.engine import Engine

    app = clinic
    one, two, three = app.cases
    await _ask(app, app.cases)
    await app.attach_reply(one)
    assert len(await _copies(app, one)) == 1  # not read yet: still the only copy of the client's reply
    await app.settle_unplaced()
    assert len(await _copies(app, one)) == 1
    engine = Engine(app.settings, app.store, app.vault, app.catalogue, app.clock)  # the mail flow's MailFlow.handle
    case = await app.get_case(one)
    await engine._evidence_sink(case, (await engine.person(case.person_id)).key, None)("email", REPLY, "reply")
    await app.settle_unplaced()
    assert await _copies(app, one) == [] and [e.step for e in await app.store.evidence(one)] == ["reply"]
    assert await app.store.evidence_at_step(UNPLACED_STEP) == []


def test_the_question_counts_one_client_in_the_singular():
    """After a forget leaves one client, the question said "letters from 1 clients" / "cartas de 1 personas"."""
    from optout.mail._flow import unplaced_instructions

    en, es = unplaced_instructions("a broker", "2026-12-01", 1)
    assert "letters from 1 client." in en and "cartas de 1 persona." in es, (en, es)
    en, es = unplaced_instructions("a broker", "2026-12-01", 2)
    assert "letters from 2 clients." in en and "cartas de 2 personas." in es, (en, es)
