"""u48 (a trial's findings): a letter the broker's mailbox refused for now (a soft bounce: a full or
unavailable mailbox, ``MailFlow._soft_bounce``, resent later) read "request sent, waiting for an
answer" in status, the report and the dashboard. Until it is delivered every reader says "letter not
delivered yet" (Spanish: "carta aún no entregada"), outcome ``not_delivered`` in JSON; once it went
again without a bounce the usual words return. A follow-up refused for now leaves the request
delivered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from optout import reasons
from optout.report import case_rows, person_report, render_person
from optout.store import CaseState as S

from .test_unplaced_copies import BROKER, clinic  # noqa: F401  (the fixture)

DOC = Path(__file__).resolve().parent.parent / "docs" / "JSON.md"


async def _soft_bounce(app, case_id: int, *, follow_up: bool = False):  # type: ignore[no-untyped-def]
    """The mail flow's own step for a 4.x.x bounce of this case's letter (or follow-up)."""
    from optout.engine import Engine
    from optout.mail._flow import MailFlow

    flow = MailFlow(Engine(app.settings, app.store, app.vault, app.catalogue, app.clock))
    case = await app.get_case(case_id)
    return await flow._soft_bounce(case, "mail", "privacy@broker.example", {"mail": "bounce"}, follow_up=follow_up,
                                   request_id=None)


async def _readers(app, case_id: int) -> dict:  # type: ignore[no-untyped-def]
    from optout.cli import case_row
    from optout.web._staff import StaffBook
    from optout.web._views import build

    from .test_dashboard import PASSWORD, Dash

    case = await app.get_case(case_id)
    notes = await app.case_notes([case], reasons_too=False)
    report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), case.person_id)
    [row] = [r for r in case_rows(report) if r["broker"] == BROKER]
    StaffBook(app.settings.data_dir).add("ana", PASSWORD, replace=True)
    d = Dash(build(app, idle=600), app)
    try:
        await d.login()
        page = {lang: (await d.get(f"/people/{case.person_id}", headers={"accept-language": lang})).text
                for lang in ("en", "es")}
    finally:
        await d.client.aclose()
    summary = await app.person_counts(case.person_id)
    return {"notes": notes[case.id][0], "json": case_row(case, app.clock.now(), None, None, notes[case.id][0]),
            "report": row["outcome"], "by_outcome": summary["by_outcome"],
            "en": render_person(report, "en"), "es": render_person(report, "es"), "page": page}


async def test_a_letter_refused_for_now_reads_not_delivered_until_it_goes_again(clinic):  # noqa: F811
    app = clinic
    case_id = app.cases[0]
    from optout.cli import state_word
    from optout.worker import outcome

    before = await app.get_case(case_id)
    after = await _soft_bounce(app, case_id)
    assert after.state == S.SUBMITTED  # stored as before: only the readers' words change
    assert await outcome(app.store, before, after) == "not_delivered"  # a run's counts and lines
    assert state_word("not_delivered", "en") == "letter not delivered yet"
    assert state_word("not_delivered", "es") == "carta aún no entregada"
    seen = await _readers(app, case_id)
    assert seen["notes"] == seen["report"] == reasons.NOT_DELIVERED == "not_delivered", seen
    assert seen["json"]["state"] == "not_delivered", seen["json"]
    assert seen["by_outcome"].get("not_delivered") == 1 and "submitted" not in seen["by_outcome"], seen["by_outcome"]
    for lang, words, sent in (("en", "letter not delivered yet", "request sent, waiting"),
                              ("es", "carta aún no entregada", "solicitud enviada, en espera")):
        outcomes = [c.split("</td>", 1)[0] for c in seen[lang].split('class="outcome outcome-')[1:]]
        assert all(not c.startswith("submitted") for c in outcomes), outcomes
        [outcome] = [c for c in outcomes if c.startswith("not_delivered")]
        assert words in outcome and sent not in outcome, outcome
        # the history's row of the bounce says so too (the letter's own row says it was sent then)
        [bounce] = [r for r in seen[lang].split("</tr>") if ("bounced for now" if lang == "en" else "rebotó por ahora") in r]
        assert words in bounce, bounce
    assert "letter not delivered yet" in seen["page"]["en"] and "carta aún no entregada" in seen["page"]["es"]
    # sent again, not refused: the usual words
    now = app.clock.now()
    await app.store.record(case_id, "letter_sent", S.SUBMITTED, now, data={"law": "courtesy"},
                           next_action_at=now + dt.timedelta(days=45), last_error="letter sent")
    seen = await _readers(app, case_id)
    assert seen["notes"] == seen["report"] == "submitted", seen
    assert seen["by_outcome"].get("submitted") == 1 and "not_delivered" not in seen["by_outcome"], seen["by_outcome"]
    for lang in ("en", "es"):  # the history keeps the bounce's row; the outcome is the letter sent
        assert 'outcome-not_delivered"' not in seen[lang] and 'outcome-submitted"' in seen[lang]


async def test_a_follow_up_refused_for_now_leaves_the_request_delivered(clinic):  # noqa: F811
    app = clinic
    case_id = app.cases[1]
    now = app.clock.now()
    await app.store.record(case_id, "follow_up_sent", S.SUBMITTED, now, data={"request": 1},
                           next_action_at=now + dt.timedelta(days=10), last_error="follow-up sent")
    await _soft_bounce(app, case_id, follow_up=True)
    seen = await _readers(app, case_id)
    assert seen["notes"] == seen["report"] == "submitted", seen


def test_the_outcome_is_documented_for_json_readers():
    text = DOC.read_text()
    assert text.count("`not_delivered`") >= 3  # the states, by_outcome, the report's outcome
