"""f42: the clinic report counted a case whose letter the daily limit held back as ``new`` ("not
checked yet"), and a case waiting for a value the client did not give as ``needs_human``, while
``optout status`` counted them ``held`` and ``needs_info`` (f41). Every total of the report (the
person's page, the organisation's summary, the funder's totals, ``--json``) now counts each case by
the one rule status uses (:func:`optout.reasons.of_case`): its columns sum to the cases and agree
with status, over every state."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from optout.app import open_app
from optout.person import parse_person
from optout.report import TOTALS_FILE, case_rows, write_reports
from optout.settings import Settings
from optout.store import CaseState as S

EXTRA = ["held", "held_follow_up", "in_doubt", "follow_up_in_doubt", "needs_info", "needs_info_failed"]


async def _every_state(app, pid):
    """One case of the person in each stored state and each outcome status counts apart."""
    brokers = sorted(app.catalogue.index)[:len(S) + len(EXTRA)]
    await app.store.ensure_cases(pid, brokers, app.clock.now())
    cases = await app.store.cases(person_id=pid)
    now = app.clock.now()
    held = {"why": {"code": "letter_held_until", "params": {"date": "2026-12-04"}}}
    for case, state in zip(cases, [*S, *EXTRA]):  # any case beyond these stays new
        if state == "held":  # a first letter the daily limit kept back: the case stays new
            await app.store.record(case.id, "deferred", S.NEW, now, next_action_at=now + dt.timedelta(hours=5),
                                   data=held, last_error="held")
        elif state == "held_follow_up":  # a follow-up kept back: the case stays submitted
            await app.store.record(case.id, "letter_sent", S.SUBMITTED, now, attempts_delta=1, data={})
            await app.store.record(case.id, "deferred", S.SUBMITTED, now, next_action_at=now + dt.timedelta(hours=5),
                                   data=held, last_error="held")
        elif state == "in_doubt":
            await app.store.record(case.id, "in_doubt", S.SUBMITTED, now, attempts_delta=1,
                                   data={"requests_in_doubt": 1, "why": {"code": "request_in_doubt", "params": {}}},
                                   last_error="a run was stopped while this request was being sent")
        elif state == "follow_up_in_doubt":
            await app.store.record(case.id, "letter_sent", S.SUBMITTED, now, attempts_delta=1, data={})
            await app.store.record(case.id, "follow_up_sent", S.SUBMITTED, now, data={"in_doubt": True},
                                   last_error="a run was stopped while the follow-up was being sent")
        elif state == "needs_info":
            await app.store.record(case.id, "human_needed", S.NEEDS_HUMAN, now, last_error="needs a phone",
                                   data={"kind": "missing", "missing": "phone",
                                         "why": {"code": "missing_info", "params": {"field": "phone"}}})
        elif state == "needs_info_failed":
            await app.store.record(case.id, "failed", S.FAILED, now, last_error="needs a phone",
                                   data={"missing": "phone", "why": {"code": "missing_info", "params": {"field": "phone"}}})
        elif state != S.NEW:
            await app.store.record(case.id, "test", state, now,
                                   last_error="x" if state in (S.NEEDS_HUMAN, S.FAILED) else None)
    return len(cases)


async def test_the_reports_columns_sum_to_the_cases_and_agree_with_status(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(
            {"first_name": "Vu", "last_name": "Le", "addresses": [{"city": "Houston", "state": "TX"}]}, "f"))])).added
        n = await _every_state(app, pid)
        [row] = await app.people_summary()
        files, org = await write_reports(settings, app.store, app.vault, app.catalogue, app.clock.now(), [pid],
                                         tmp_path / "out", pdf=False, organisation=True)
    status = row["by_outcome"]
    assert sum(status.values()) == n and status["held"] == 2 and status["needs_info"] == 2, status

    def as_status(counts):  # status counts a follow-up in doubt as in doubt (docs/JSON.md, by_outcome)
        out = Counter()
        for k, v in counts.items():
            out["in_doubt" if k == "follow_up_in_doubt" else k] += int(v)
        return dict(out)

    [f] = files
    person = f.report.counts()
    assert sum(person.values()) == n and as_status(person) == status, (person, status)
    # --json: each case's outcome
    js = Counter(r["outcome"] for r in case_rows(f.report))
    assert as_status(js) == status, (js, status)
    # the person's page: "brokers checked: 17 of 18 — <state>: n · …" counts held as acted on
    assert f.report.checked() == n - status.get("new", 0)
    # the organisation's summary: the person's row and the totals row, per state column
    page = org.read_text()
    cells = {k: int(v) for k, v in re.findall(r'<td data-state="(\w+)">(\d+)<', page)}
    totals = {k: int(v) for k, v in re.findall(r'<th data-total="(\w+)">(\d+)<', page)}
    assert as_status(cells) == status and as_status(totals) == status, (cells, status)
    # the funder's page
    figures = dict(re.findall(r'data-figure="(\w+)">([^<]+)<', (org.parent / TOTALS_FILE).read_text()))
    by_state = {k: v for k, v in figures.items() if k not in ("people", "people_checked", "people_removed", "checked")}
    assert as_status(by_state) == status, (by_state, status)
    # a held case reads as held, in English and Spanish, never "not checked yet"
    from optout.report._i18n import phrase

    assert phrase("state.held", "en") == "letter held by the sending limit, goes at its due date"
    assert phrase("state.held", "es") == "carta retenida por el límite de envío, sale en su fecha"
    assert phrase("state.held", "en") in f.html.read_text()
