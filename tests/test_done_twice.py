"""Two clicks of "I did it" on a step that leaves the case's state as it is (a person's look at a
request the broker's page did not confirm, or at one in doubt): the second records nothing and says
the answer was already recorded — at the same moment or later, from the dashboard or the CLI, in
English and Spanish (f38: both clicks found the case ``submitted``, so ``expect`` let both through).
"""

from __future__ import annotations

import asyncio
import re

import pytest

from optout.app import AlreadyRecorded, UNCONFIRMED_SEEN
from optout.store import CaseState as S

from .harness import cli_env, run_optout
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)
from .test_in_doubt_status import _killed_mid_request


async def _unconfirmed(app, pid: str) -> int:  # type: ignore[no-untyped-def]
    """A request sent whose broker's page lacked the words the recipe expects (engine: unconfirmed)."""
    case = (await app.store.cases(person_id=pid))[0]
    await app.store.record(case.id, "submitted", S.SUBMITTED, app.clock.now(),
                           data={"unconfirmed": ["expect"], "why": {"code": "request_unconfirmed",
                                                                     "params": {"step": "expect"}}},
                           last_error="the broker's page did not say it took the request", attempts_delta=1)
    return case.id


async def _in_doubt(app, pid: str) -> int:  # type: ignore[no-untyped-def]
    case = (await app.store.cases(person_id=pid))[0]
    await app.store.record(case.id, "in_doubt", S.SUBMITTED, app.clock.now(),
                           data={"requests_in_doubt": 1, "why": {"code": "request_in_doubt", "params": {}}},
                           last_error="a run was stopped while this request was being sent", attempts_delta=1)
    return case.id


@pytest.mark.parametrize("make", [_unconfirmed, _in_doubt])
async def test_two_clicks_at_once_record_one_look(dash, make):  # noqa: F811
    app = dash.app
    case = await make(app, dash.pid)
    before = len(await app.store.events(case))
    results = await asyncio.gather(app.done(case), app.done(case), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 1 and isinstance(errors[0], AlreadyRecorded), results
    assert errors[0].why.code == "answer_already_recorded", errors[0].why
    assert [e.kind for e in (await app.store.events(case))[before:]] == [UNCONFIRMED_SEEN]
    # and a third, later: said so again, nothing recorded
    with pytest.raises(AlreadyRecorded):
        await app.done(case)
    assert [e.kind for e in (await app.store.events(case))[before:]] == [UNCONFIRMED_SEEN]


async def test_the_dashboard_says_a_second_click_was_already_recorded(dash):  # noqa: F811
    app = dash.app
    case = await _unconfirmed(app, dash.pid)
    await dash.login()
    for lang, words in (("en", "this answer was already recorded"), ("es", "esta respuesta ya estaba registrada")):
        token = await dash.csrf("/human")
        first = await dash.post(f"/cases/{case}/done", data={"csrf": token}, headers={"accept-language": lang})
        again = await dash.post(f"/cases/{case}/done", data={"csrf": token}, headers={"accept-language": lang})
        if lang == "en":
            assert first.status_code == 303, first.text[:500]
        assert again.status_code == 409 and words in again.text, (lang, again.text[:2000])
    assert [e.kind for e in await app.store.events(case)].count(UNCONFIRMED_SEEN) == 1


def _done_then_done_again(lab, tmp_path, settings, case: int) -> None:  # type: ignore[no-untyped-def]
    """``optout done CASE`` as a process, then again in English and Spanish: the first records
    (exit 0), each later one exits 0 saying the answer was already recorded, with no traceback."""
    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_LAB_URL=lab.url)
    r = run_optout(env, "done", str(case))
    assert r.returncode == 0, r.stderr
    for lang, words in (("en", "this answer was already recorded"), ("es", "esta respuesta ya estaba registrada")):
        r = run_optout(env, "done", str(case), LANGUAGE=lang, LC_ALL="C.UTF-8")
        assert r.returncode == 0 and words in r.stdout, (lang, r.returncode, r.stdout, r.stderr)
        assert not re.search(r"Traceback", r.stderr), r.stderr


async def test_the_cli_says_a_second_done_was_already_recorded(lab, tmp_path):
    settings, case, _ = await _killed_mid_request(lab, tmp_path)
    _done_then_done_again(lab, tmp_path, settings, case.id)
    from optout.app import open_app

    async with open_app(settings) as app:
        kinds = [e.kind for e in await app.store.events(case.id)]
    assert kinds.count(UNCONFIRMED_SEEN) == 1, kinds


async def _unconfirmed_then_needs_human(app, case: int) -> None:  # type: ignore[no-untyped-def]
    """The unconfirmed request's case then waits for a person (a reply asks for a CAPTCHA)."""
    await app.store.record(case, "human_needed", S.NEEDS_HUMAN, app.clock.now(),
                           data={"kind": "captcha", "why": {"code": "captcha", "params": {}}},
                           last_error="a CAPTCHA waits for a person")


async def test_a_second_done_after_a_resume_records_no_look(dash):  # noqa: F811
    """f40: "I did it" on a needs_human case whose last request was unconfirmed: the first press
    resumes it (submitted again, the old unconfirmed request still its last); the second press
    is the same act and is said to be recorded, never a look at that request nobody took."""
    app = dash.app
    case = await _unconfirmed(app, dash.pid)
    await _unconfirmed_then_needs_human(app, case)
    before = len(await app.store.events(case))
    assert (await app.done(case)).state == S.SUBMITTED
    with pytest.raises(AlreadyRecorded):
        await app.done(case)
    assert [e.kind for e in (await app.store.events(case))[before:]] == ["resumed"]


async def test_the_cli_second_done_after_a_resume_records_no_look(lab, tmp_path):
    from optout.app import open_app

    settings, case, _ = await _killed_mid_request(lab, tmp_path)
    async with open_app(settings) as app:
        await app.store.record(case.id, "submitted", S.SUBMITTED, app.clock.now(),
                               data={"unconfirmed": ["expect"], "why": {"code": "request_unconfirmed",
                                                                         "params": {"step": "expect"}}},
                               last_error="the broker's page did not say it took the request")
        await _unconfirmed_then_needs_human(app, case.id)
        before = len(await app.store.events(case.id))
    _done_then_done_again(lab, tmp_path, settings, case.id)
    async with open_app(settings) as app:
        kinds = [e.kind for e in await app.store.events(case.id)][before:]
    assert kinds == ["resumed"], kinds
