"""trial41: a broker asks for an identity document and the client chooses not to send one. The
volunteer records it (dashboard: "The client chose not to send an ID"; CLI: ``optout decline``),
and the case then says so truthfully everywhere (the people table, the person page, the report,
``status --json``): ``declined``, never "removed" nor "failed"; nothing more goes to that broker (no
due time, no claim) until someone reopens it ("Reopen", ``optout retry``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from optout.app import AlreadyRecorded, CaseNotWaiting
from optout.store import CaseState as S

from .harness import cli_env, run_optout
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)


async def _asks_id(app, pid: str, kind: str = "id_upload", n: int = 0) -> int:  # type: ignore[no-untyped-def]
    """One of ``pid``'s cases where the engine (a form's ID upload) or the mail flow (a reply asking
    for proof of identity) puts it: needs_human, of ``kind``."""
    case = (await app.store.cases(person_id=pid))[n]
    await app.store.record(case.id, "human_needed", S.NEEDS_HUMAN, app.clock.now(),
                           data={"kind": kind, "reason": "the broker asks for an identity document"},
                           next_action_at=None, last_error="the broker asks for an identity document")
    return case.id


@pytest.mark.parametrize("kind", ["id_upload", "needs_id"])
async def test_the_clients_choice_is_recorded_and_said_everywhere_never_removed_nor_failed(dash, kind):  # noqa: F811
    app = dash.app
    case = await _asks_id(app, dash.pid, kind)
    await dash.login()
    es = {"accept-language": "es"}
    queue = await dash.get("/human", headers=es)
    assert f'action="/cases/{case}/decline"' in queue.text
    assert "La persona decidió no enviar una identificación" in queue.text
    r = await dash.post(f"/cases/{case}/decline", headers=es, data={"csrf": await dash.csrf("/human"), "back": "/human"})
    assert r.status_code == 303 and r.headers["location"] == "/human?done=decline", r.text[:500]
    assert "Anotado: la persona decidió no enviar una identificación" in (await dash.get(r.headers["location"], headers=es)).text

    c = await app.get_case(case)
    assert c.state == S.DECLINED and c.next_action_at is None  # nothing more goes to that broker
    now = app.clock.now()
    assert case not in [x.id for x in await app.store.claim_due("test", now + dt.timedelta(days=400), 1000,
                                                                 dt.timedelta(seconds=60))]
    assert case not in {t["case"] for t in await app.human_tasks([dash.pid])}  # no longer waits for a person

    row = next(r for r in await app.people_summary() if r["person"] == dash.pid)
    assert (row["declined"], row["failed"], row["removed"], row["waiting"]) == (1, 0, 0, 0)
    assert row["by_outcome"].get("declined") == 1

    page = await dash.get(f"/people/{dash.pid}", headers=es)
    assert "la persona decidió no enviar una identificación" in page.text  # the state, in words
    assert "no se envía nada más a este corredor" in page.text  # the note: the day and what follows
    assert f'action="/cases/{case}/retry"' in page.text and "Reabrir" in page.text
    people = await dash.get("/", headers=es)
    assert 'class="declined">1<' in people.text

    # the report is in the client's language (English here), whoever opens it
    report = (await dash.get(f"/people/{dash.pid}/report.html", headers=es)).text
    section = report[report.index('data-outcome="declined"'):]
    outcome = section[:section.index("</td>")]
    assert outcome.endswith("the client chose not to send an ID"), outcome
    assert "the client chose not to send the identity document" in report  # the note, with the day
    assert "client chose not to send an ID: 1" in report  # the report's counts

    # reopened by a person: searched again on the next run
    r = await dash.post(f"/cases/{case}/retry", headers=es,
                        data={"csrf": await dash.csrf(f"/people/{dash.pid}"), "back": f"/people/{dash.pid}"})
    assert r.status_code == 303
    c = await app.get_case(case)
    assert c.state == S.NEW and c.next_action_at is not None


async def test_only_a_case_asking_for_an_id_can_be_declined_and_twice_records_once(dash):  # noqa: F811
    app = dash.app
    captcha = await _asks_id(app, dash.pid, "captcha", n=1)
    with pytest.raises(CaseNotWaiting) as told:
        await app.decline(captcha)
    assert told.value.why.code == "case_not_declinable"
    assert (await app.get_case(captcha)).state == S.NEEDS_HUMAN
    await dash.login()
    queue = await dash.get("/human")
    assert f'action="/cases/{captcha}/decline"' not in queue.text  # a CAPTCHA is no ID to decline

    case = await _asks_id(app, dash.pid)
    await app.decline(case)
    before = len(await app.store.events(case))
    with pytest.raises(AlreadyRecorded):
        await app.decline(case)
    assert len(await app.store.events(case)) == before


async def test_the_cli_records_it_and_status_json_says_declined(dash, tmp_path):  # noqa: F811
    app = dash.app
    case = await _asks_id(app, dash.pid)
    env = cli_env(tmp_path, data=app.settings.data_dir)
    env.pop("OPTOUT_PASSPHRASE")  # the fixture's vault has a key file
    r = run_optout(env, "decline", f"C{case}", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["state"] == "declined"
    r = run_optout(env, "decline", f"C{case}", LANGUAGE="es", LC_ALL="C.UTF-8")
    assert r.returncode == 0 and "ya estaba registrada" in r.stdout, (r.stdout, r.stderr)
    rows = json.loads(run_optout(env, "status", "--json").stdout)
    assert rows[0]["declined"] == 1 and rows[0]["failed"] == 0 and rows[0]["removed"] == 0
    cases = json.loads(run_optout(env, "status", "--person", dash.pid, "--all", "--json").stdout)
    assert [c["state"] for c in cases if c["case"] == case] == ["declined"]
    text = run_optout(env, "status", "--person", dash.pid, "--all", LANGUAGE="es", LC_ALL="C.UTF-8").stdout
    assert "la persona decidió no enviar una identificación" in text
    r = run_optout(env, "retry", f"C{case}")
    assert r.returncode == 0, r.stderr
    assert json.loads(run_optout(env, "status", "--json").stdout)[0]["declined"] == 0
