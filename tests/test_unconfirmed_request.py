"""A form the broker took in but whose answer page lacks the words that say it took the request
("We could not find that listing") is recorded submitted with a note that says so and what to do,
in English and Spanish, in status and in the report (lab32: recorded submitted with no note)."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from pathlib import Path

import yaml

from optout.person import load_person
from optout.report import person_report, render_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[1]
PID = "p_unc0nf1rm3d"


def _recipes(tmp_path: Path) -> Path:
    """The lab's quicklook, its form given the listing's address with a trailing slash: the broker
    answers 200 "We could not find that listing" and counts nothing."""
    folder = tmp_path / "recipes"
    folder.mkdir()
    data = yaml.safe_load((ROOT / "brokers" / "lab" / "quicklook.yaml").read_text(encoding="utf-8"))
    for step in data["optout"]["steps"]:
        if step.get("label") == "Listing link":
            step["value"] = step["value"] + "/"
    (folder / "quicklook.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


async def test_a_form_the_broker_did_not_confirm_is_said_so_with_what_to_do(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")  # the lab's own test person
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        await o.add(PID, alex, ["quicklook"])
        await o.run()
        case = await o.case(PID, "quicklook")
        assert lab.submissions()["quicklook"] == {}  # the broker took nothing
        assert case.state.value == "submitted", case
        assert case.last_error and case.last_error.startswith("the broker's page did not confirm the request"), case
        assert "(expect)" in case.last_error and "Alex" not in case.last_error
        events = await o.store.events(case.id)
        assert events[-1].data.get("unconfirmed"), events[-1].data
        report = await person_report(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), PID)
    for lang, words in (("en", "the broker's page did not confirm the request"),
                        ("es", "la página del corredor no confirmó la solicitud")):
        page = html_lib.unescape(re.search(r'<section class="broker" id="broker-quicklook".*?</section>',
                                           render_person(report, lang), re.S).group(0))
        assert words in page, (lang, page[:2000])


async def test_an_unconfirmed_request_is_in_the_queue_to_look_at_until_a_person_takes_it_off(lab, tmp_path):
    """``request_unconfirmed`` also reaches the needs-a-person queue, as ``unconfirmed``, with its
    screenshot: the case stays submitted and due when it was; ``done`` takes it off, nothing else."""
    from optout.app import open_app

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        await o.add(PID, alex, ["quicklook"])
        await o.run()
    async with open_app(settings) as app:
        before = await app.store.find_case(PID, "quicklook")
        [task] = await app.human_tasks(grouped=True)
        assert task["kind"] == "unconfirmed" and task["case"] == before.id
        assert task["why"]["code"] == "request_unconfirmed" and task["screenshot"], task
        assert await app.human_tasks(kinds=["unconfirmed"]) and not await app.human_tasks(kinds=["captcha"])
        after = await app.done(before.id)
        assert after.state == before.state and after.next_action_at == before.next_action_at
        assert after.last_error == before.last_error and after.attempts == before.attempts
        assert await app.human_tasks() == []
    # `optout human` says it in Spanish (a second such request, as the engine records one)
    async with Optout(settings) as o:
        case = await o.case(PID, "quicklook")
        await o.store.record(case.id, "submitted", case.state, o.clock.now(),
                             data={"unconfirmed": ["(expect)"]}, last_error=case.last_error)
    from .harness import cli_env, run_optout

    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_LAB_URL=lab.url,
                  OPTOUT_RECIPE_DIRS=f'["{_recipes_dir(tmp_path)}"]')
    r = run_optout(env, "human", "--lang", "es")
    assert r.returncode == 0, r.stderr
    assert "una solicitud que la página del corredor no confirmó" in r.stdout, r.stdout
    assert f"optout done C{case.id}" in r.stdout and "captura de pantalla" in r.stdout, r.stdout


def _recipes_dir(tmp_path: Path) -> Path:
    return tmp_path / "recipes"


async def test_the_dashboard_queue_shows_an_unconfirmed_request_and_takes_it_off_unchanged(dash):  # noqa: F811
    """The dashboard's queue: the request to look at, in Spanish, with "I looked" (no "Try again":
    the request went out, the confirmation scan decides); the button leaves the case as it was."""
    from optout.store import CaseState

    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    # as the engine records a form the broker's page did not confirm (engine.py, ``unconfirmed``)
    due = app.clock.now() + dt.timedelta(days=4)
    await app.store.record(case.id, "submitted", CaseState.SUBMITTED, app.clock.now(), next_action_at=due,
                           data={"unconfirmed": ["optout.steps[4] (expect)"],
                                 "why": {"code": "request_unconfirmed", "params": {"step": "optout.steps[4] (expect)"}}},
                           last_error="the broker's page did not confirm the request")
    await dash.login()
    page = await dash.get("/human", headers={"accept-language": "es"})
    article = re.search(r"<article.*?</article>", page.text, re.S).group(0)
    assert "solicitud no confirmada" in article and "mire la captura de pantalla" in article, article
    assert "Ya la revisé" in article and "Intentar de nuevo" not in article, article
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = await dash.post(f"/cases/{case.id}/done", data={"csrf": token, "back": "/human"})
    assert r.status_code == 303, r.text
    after = await app.store.get_case(case.id)
    assert after.state == CaseState.SUBMITTED and after.next_action_at == due
    assert "<article" not in (await dash.get("/human", headers={"accept-language": "es"})).text  # off the queue
