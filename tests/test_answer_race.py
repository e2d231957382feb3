"""Two answers to the same question at once (two dashboard tabs, the dashboard beside the CLI): one is
recorded and remembered, the other is told the case was answered meanwhile; never two "resumed"
events (f37). Real concurrency: two tasks on one store."""

from __future__ import annotations

import asyncio

from optout.app import CaseNotWaiting
from optout.person import parse_person

from .harness import Optout, lab_settings
from .test_answers import _questions, vague


async def _asked(lab, tmp_path):  # type: ignore[no-untyped-def]
    person = parse_person(vague(), "test")
    lab.seed_people([("maria", person)])
    o = Optout(lab_settings(tmp_path / "data", lab))
    await o.__aenter__()
    await o.add("p_maria", person, ["peoplefind", "quicklook", "truthy"])
    await o.run()
    app, questions = await _questions(o, "p_maria")
    assert questions, "the lab gave no question to answer"
    return o, app, questions[0]


async def test_two_answers_at_once_record_one(lab, tmp_path):
    o, app, q = await _asked(lab, tmp_path)
    try:
        ids = [li["id"] for li in q["listings"]]
        before = len(await o.store.events(q["case"]))
        results = await asyncio.gather(app.answer(q["case"], match=ids[:1]), app.answer(q["case"], no_match=True),
                                       return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        assert len(errors) == 1 and isinstance(errors[0], CaseNotWaiting), results
        assert errors[0].why.code == "case_answered_meanwhile", errors[0].why
        events = (await o.store.events(q["case"]))[before:]
        assert [e.kind for e in events] == ["resumed"], [e.kind for e in events]
        # what is remembered is the answer recorded, not the one refused
        kept = next(r for r in results if not isinstance(r, BaseException))
        assert kept[0].state.value == "new"
        _, answers = await app.answers("p_maria")
        them = {a.them for a in answers}
        assert them == ({True, False} if events[0].data.get("match_keys") else {False}), (them, events[0].data)
    finally:
        await o.__aexit__(None, None, None)
