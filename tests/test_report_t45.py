"""t45: "found" counts what was found, whatever a volunteer did after."""

from __future__ import annotations

import json

from optout.store import CaseState

from .test_report_reasons import _one_person


async def test_a_found_listing_stays_found_after_declined_or_a_new_try(tmp_path):
    """Trial45: after «La persona decidió no enviar una identificación» «Encontrados» fell by one in
    the table, the report and the organisation page; after a phone added and «Intentar de nuevo» the
    case, back to new, was not counted as found either, though its broker was searched and found."""
    app_cm, app, pid = await _one_person(tmp_path)
    try:
        declined, retried, never = (await app.store.cases(person_id=pid))[:3]
        now = app.clock.now()
        key = (await app.open_person(pid))[0]
        card = key.seal(json.dumps({"listing": {"name": "Marisol Quintero", "age": 49}}).encode(), "listing")
        for case in (declined, retried):
            await app.store.upsert_listing(case.id, f"k-{case.id}", card, 0.93, "match", now)
            await app.store.record(case.id, "found", CaseState.FOUND, now, next_action_at=now, scan_delta=1)
            await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, now, next_action_at=None,
                                   data={"kind": "id_upload"})
        assert (await app.people_summary())[0]["found"] == 2
        await app.store.record(declined.id, "declined", CaseState.DECLINED, now, next_action_at=None,
                               data={"by": "person"})
        await app.store.record(retried.id, "resumed", CaseState.NEW, now, next_action_at=now,
                               data={"by": "person", "done": False})
        row = (await app.people_summary())[0]
        assert row["found"] == 2, row
        assert row["declined"] == 1
        # a case never searched is not found
        assert (await app.store.get_case(never.id)).state == CaseState.NEW
    finally:
        await app_cm.__aexit__(None, None, None)
