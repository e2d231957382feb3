"""A request whose run was killed between "about to submit" and "submitted" is counted as sent (never
sent twice) and every reader says it is in doubt: ``optout status`` (table and ``--json``), the run's
counts, ``optout human``, the dashboard and the report, in English and Spanish (f37: the status
column said plainly "request sent")."""

from __future__ import annotations

import datetime as dt
import json

from optout.person import load_person
from optout.store import CaseState as S

from .conftest import EXAMPLES
from .harness import Optout, cli_env, lab_settings, run_optout
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)

PID = "p_d0ubt"


async def _killed_mid_request(lab, tmp_path):  # type: ignore[no-untyped-def]
    """A store as a kill mid-request leaves it (the case found, its request row ``started`` and
    never finished), then the next run: the settings, the case after, and the run's summary."""
    alex = load_person(EXAMPLES / "alex.toml")  # the lab's own test person
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab)
    async with Optout(settings) as o:
        await o.add(PID, alex, ["quicklook"])
        case = await o.case(PID, "quicklook")
        now = o.clock.now()
        await o.store.record(case.id, "found", S.FOUND, now, next_action_at=now)
        await o.store.start_request(case.id, None, "http", now + dt.timedelta(microseconds=1))
        summary = await o.run()
        case = await o.case(PID, "quicklook")
    return settings, case, summary


async def test_a_request_in_doubt_after_a_kill_says_so_everywhere_and_is_never_sent_again(lab, tmp_path):
    settings, case, summary = await _killed_mid_request(lab, tmp_path)
    assert case.state == S.SUBMITTED and case.attempts == 1, case
    assert sum(lab.submissions().get("quicklook", {}).values()) == 0  # nothing sent again
    assert dict(summary.by_state) == {"in_doubt": 1}, summary.by_state  # the run's counts

    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_LAB_URL=lab.url)
    r = run_optout(env, "status", "--person", PID, "--json")
    assert r.returncode == 0, r.stderr
    [row] = json.loads(r.stdout)
    assert row["state"] == "in_doubt", row
    assert "may or may not have reached the broker" in row["note"], row
    for lang, words, plain in (("en", "request in doubt", "request sent"),
                               ("es", "solicitud en duda", "solicitud enviada")):
        r = run_optout(env, "status", "--person", PID, "--lang", lang)
        assert r.returncode == 0, r.stderr
        assert words in r.stdout and plain not in r.stdout, (lang, r.stdout)
        r = run_optout(env, "human", "--lang", lang)
        assert r.returncode == 0, r.stderr
        assert f"optout done C{case.id}" in r.stdout, (lang, r.stdout)
    assert "pudo haber enviado o no" in r.stdout, r.stdout

    # a person looked (asked the broker): off the queue, and then it reads as sent
    r = run_optout(env, "done", str(case.id))
    assert r.returncode == 0, r.stderr
    r = run_optout(env, "status", "--person", PID, "--json")
    assert json.loads(r.stdout)[0]["state"] == "submitted", r.stdout
    r = run_optout(env, "human", "--json")
    assert json.loads(r.stdout) in ([], {}) or "in_doubt" not in r.stdout, r.stdout


async def test_the_report_and_the_dashboard_say_a_request_is_in_doubt(lab, tmp_path):
    from optout.app import open_app
    from optout.report import person_report, render_person

    settings, case, _ = await _killed_mid_request(lab, tmp_path)
    async with open_app(settings) as app:
        [(outcome, why)] = (await app.case_notes([case], reasons_too=False)).values()
        assert outcome == "in_doubt" and why is not None and why.code == "request_in_doubt", (outcome, why)
        [task] = await app.human_tasks(kinds=["in_doubt"])
        assert task["case"] == case.id and task["why"]["code"] == "request_in_doubt", task
        report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), PID)
    assert "request in doubt, counted as sent" in render_person(report, "en")
    assert "solicitud en duda, contada como enviada" in render_person(report, "es")


async def test_the_dashboard_says_a_request_is_in_doubt_and_offers_no_second_send(dash):  # noqa: F811
    """As the engine records a request a stopped run may have sent (``_settle_doubt``): the client's
    page says "in doubt" (en, es), the queue lists it with "I looked" and no "Try again"."""
    import re

    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    await app.store.record(case.id, "in_doubt", S.SUBMITTED, app.clock.now(),
                           data={"requests_in_doubt": 1, "why": {"code": "request_in_doubt", "params": {}}},
                           last_error="a run was stopped while this request was being sent", attempts_delta=1)
    await dash.login()
    for lang, words in (("en", "request in doubt"), ("es", "solicitud en duda")):
        page = await dash.get(f"/people/{dash.pid}", headers={"accept-language": lang})
        row = re.search(r'<tr class="state-in_doubt">.*?</tr>', page.text, re.S)
        assert row and words in row.group(0), (lang, page.text[:3000])
    page = await dash.get("/human", headers={"accept-language": "es"})
    article = re.search(r"<article.*?</article>", page.text, re.S).group(0)
    assert "solicitud en duda" in article and "Ya la revisé" in article and "Intentar de nuevo" not in article, article
