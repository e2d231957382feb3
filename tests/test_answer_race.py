"""Two answers to the same question at once (two dashboard tabs, the dashboard beside the CLI): one is
recorded and remembered, the other is told the case was answered meanwhile; never two "resumed"
events (f37). Real concurrency: two tasks on one store."""

from __future__ import annotations

import asyncio
import datetime as dt

from optout.app import CaseNotWaiting
from optout.person import parse_person
from optout.reasons import render

from .harness import Optout, cli_env, lab_settings, run_optout
from .test_dashboard import dash  # noqa: F401  (the fixture)
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
        events = (await o.store.events(q["case"]))[before:]
        assert [e.kind for e in events] == ["resumed"], [e.kind for e in events]
        # f41: the loser is told which answer stands and when, in one line, en and es, no personal data
        stands = "match" if events[0].data.get("match_keys") else "no_match"
        assert errors[0].why.code == f"answered_meanwhile_{stands}", errors[0].why
        at = f"{events[0].at.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M} UTC"
        en, es = render(errors[0].why, "en"), render(errors[0].why, "es")
        assert at in en and {"match": "\u201cthis is them\u201d", "no_match": "\u201cnot them\u201d"}[stands] in en, en
        assert at in es and {"match": "«es esta persona»", "no_match": "«no es esta persona»"}[stands] in es, es
        assert "\n" not in en and str(errors[0]) .count("\n") == 0 and at in str(errors[0])
        # a volunteer answering later from the command line is told the same, in a line of its own
        env = cli_env(tmp_path, data=o.settings.data_dir, OPTOUT_LAB_URL=lab.url)
        for lang, words in (("en", "stands"), ("es", "queda")):
            other = ["--no-match"] if stands == "match" else ["--match", str(ids[0])]
            r = run_optout(env, "retry", str(q["case"]), *other, LANGUAGE=lang, LC_ALL="C.UTF-8")
            line = [x for x in r.stderr.splitlines() if words in x]
            assert r.returncode != 0 and len(line) == 1 and at in line[0], (lang, r.returncode, r.stdout, r.stderr)
            assert "Traceback" not in r.stderr and "Maria" not in r.stderr + r.stdout
        # what is remembered is the answer recorded, not the one refused
        kept = next(r for r in results if not isinstance(r, BaseException))
        assert kept[0].state.value == "new"
        _, answers = await app.answers("p_maria")
        them = {a.them for a in answers}
        assert them == ({True, False} if events[0].data.get("match_keys") else {False}), (them, events[0].data)
    finally:
        await o.__aexit__(None, None, None)


async def test_the_dashboard_says_which_answer_stands(dash):  # noqa: F811
    """f41: a volunteer's "Try again" after another volunteer's (the CLI's) is refused in the
    dashboard saying which answer stands and when, in English and Spanish."""
    from optout.store import CaseState as S

    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0].id
    await app.store.record(case, "human_needed", S.NEEDS_HUMAN, app.clock.now(),
                           data={"kind": "captcha", "why": {"code": "captcha", "params": {}}}, last_error="a CAPTCHA")
    await app.retry(case)  # the first volunteer's answer
    await dash.login()
    for lang, words in (("en", "\u201ctry again\u201d stands"), ("es", "queda «Intentar de nuevo»")):
        token = await dash.csrf("/human")
        again = await dash.post(f"/cases/{case}/retry", data={"csrf": token}, headers={"accept-language": lang})
        assert again.status_code == 409 and words in again.text and " UTC" in again.text, (lang, again.text[:2000])
    assert [e.kind for e in await app.store.events(case)].count("resumed") == 1
