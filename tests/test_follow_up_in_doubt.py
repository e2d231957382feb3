"""A run stopped while a FOLLOW-UP was being sent leaves only the follow-up in doubt: the request
(the first letter) went out and every reader says so — ``optout status`` (table, ``--json``), the
run's counts, ``optout human``, the dashboard and the report, in English and Spanish — never
"request in doubt" for the whole case (f38). Neither letter is ever sent twice."""

from __future__ import annotations

import json
import re

from optout.person import load_person
from optout.store import CaseState as S

from .conftest import EXAMPLES
from .harness import Optout, cli_env, run_optout
from .test_email_send import mail_settings

PID = "p_alex"


async def _at_follow_up(lab, tmp_path, before_run):  # type: ignore[no-untyped-def]
    """The letter goes out; at its deadline ``before_run(o, case)`` sets the scene, then a run:
    the settings, the case after, and the run's summary."""
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = mail_settings(tmp_path, lab)
    async with Optout(settings) as o:
        await o.add(PID, alex, ["maildemo"])
        await o.run()
        lab.advance(days=46)
        await before_run(o, await o.case(PID, "maildemo"))
        summary = await o.run()
        case = await o.case(PID, "maildemo")
    return settings, case, summary


async def _follow_up_dropped(lab, tmp_path):  # type: ignore[no-untyped-def]
    """At the deadline the follow-up's content reaches the server, which closes the connection
    without its answer (as a kill after DATA leaves it)."""
    async def drop(o, case):  # type: ignore[no-untyped-def]
        lab.answer_mail_data("drop")

    return await _at_follow_up(lab, tmp_path, drop)


async def test_a_follow_up_in_doubt_says_the_request_was_sent_everywhere(lab, tmp_path):
    settings, case, summary = await _follow_up_dropped(lab, tmp_path)
    assert case.state == S.SUBMITTED, case.last_error
    assert lab.submissions()["mailonly"] == {"alex": 2}  # the letter and one follow-up
    assert dict(summary.by_state) == {"follow_up_in_doubt": 1}, summary.by_state

    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_LAB_URL=lab.url,
                  OPTOUT_RECIPE_DIRS=json.dumps([str(d) for d in settings.recipe_dirs]))
    r = run_optout(env, "status", "--person", PID, "--json")
    assert r.returncode == 0, r.stderr
    [row] = json.loads(r.stdout)
    assert row["state"] == "follow_up_in_doubt", row
    assert "the request was sent" in row["note"] and "follow-up may or may not" in row["note"], row
    for lang, words, wrong in (("en", "request sent; follow-up in doubt", "request in doubt"),
                               ("es", "solicitud enviada; recordatorio en duda", "solicitud en duda")):
        r = run_optout(env, "status", "--person", PID, "--lang", lang)
        assert r.returncode == 0, r.stderr
        assert words in r.stdout and wrong not in r.stdout, (lang, r.stdout)
        r = run_optout(env, "human", "--kind", "in_doubt", "--lang", lang)
        assert r.returncode == 0, r.stderr
        assert f"optout done C{case.id}" in r.stdout and wrong not in r.stdout, (lang, r.stdout)
    assert "la solicitud sí se envió" in r.stdout, r.stdout

    # the next runs never send the letter or the follow-up again
    async with Optout(settings) as o:
        lab.answer_mail_data("accept")
        lab.advance(days=1)
        await o.run()
    assert lab.submissions()["mailonly"] == {"alex": 2}


async def test_the_report_and_the_dashboard_say_only_the_follow_up_is_in_doubt(lab, tmp_path):
    from optout.app import open_app
    from optout.report import case_rows, person_report, render_person
    from optout.web._staff import StaffBook
    from optout.web._views import build

    from .test_dashboard import PASSWORD, Dash

    settings, case, _ = await _follow_up_dropped(lab, tmp_path)
    async with open_app(settings) as app:
        [(outcome, why)] = (await app.case_notes([case])).values()
        assert outcome == "follow_up_in_doubt" and why is not None and why.code == "follow_up_in_doubt", (outcome, why)
        [task] = await app.human_tasks(kinds=["in_doubt"])
        assert task["kind"] == "follow_up_in_doubt" and task["why"]["code"] == "follow_up_in_doubt", task
        report = await person_report(app.settings, app.store, app.vault, app.catalogue, app.clock.now(), PID)
    [row] = case_rows(report)
    assert row["outcome"] == "follow_up_in_doubt" and [lt["in_doubt"] for lt in row["letters"]] == [False, True], row
    en, es = render_person(report, "en"), render_person(report, "es")
    assert "request sent; follow-up in doubt" in en and "request in doubt" not in en
    assert "solicitud enviada; recordatorio en duda" in es and "solicitud en duda" not in es

    async with open_app(settings) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        dash = Dash(build(app, idle=600), app)
        try:
            await dash.login()
            for lang, words, wrong in (("en", "request sent; follow-up in doubt", "request in doubt"),
                                       ("es", "solicitud enviada; recordatorio en duda", "solicitud en duda")):
                page = await dash.get(f"/people/{PID}", headers={"accept-language": lang})
                row = re.search(r'<tr class="state-follow_up_in_doubt">.*?</tr>', page.text, re.S)
                assert row and words in row.group(0) and wrong not in row.group(0), (lang, page.text[:3000])
                page = await dash.get("/human", headers={"accept-language": lang})
                article = re.search(r"<article.*?</article>", page.text, re.S).group(0)
                assert "Try again" not in article and wrong not in article, article
        finally:
            await dash.client.aclose()


async def test_a_follow_up_killed_after_its_content_left_is_in_doubt_not_the_request(lab, tmp_path):
    """As ``scripts/killtest.py --mail`` leaves it: the follow-up's row ``started`` and marked as
    its content went to the server, then the process died. The next run counts it as sent."""
    from optout.mail._flow import DATA_MARK

    from optout.app import open_app

    async def killed(o, case):  # type: ignore[no-untyped-def]
        request = await o.store.start_request(case.id, None, "email_follow_up", o.clock.now())
        await o.store.note_request(request, DATA_MARK)

    settings, case, summary = await _at_follow_up(lab, tmp_path, killed)
    assert dict(summary.by_state) == {"follow_up_in_doubt": 1}, summary.by_state
    assert lab.submissions()["mailonly"] == {"alex": 1}  # the killed follow-up is not sent again
    async with open_app(settings) as app:
        [(outcome, why)] = (await app.case_notes([await app.get_case(case.id)])).values()
    assert outcome == "follow_up_in_doubt" and why is not None and why.code == "follow_up_in_doubt", (outcome, why)


def test_what_each_event_leaves_in_doubt():
    """``reasons.doubt_of``, the one rule every reader uses: the request, a follow-up only, or nothing."""
    import datetime as dt

    from optout.reasons import FOLLOW_UP_IN_DOUBT, IN_DOUBT, doubt_of
    from optout.store import Event

    def ev(kind: str, **data):  # type: ignore[no-untyped-def]
        return Event(1, 1, dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), kind, S.SUBMITTED, data)

    assert doubt_of(ev("in_doubt", requests_in_doubt=1)) == IN_DOUBT
    assert doubt_of(ev("letter_in_doubt")) == IN_DOUBT
    assert doubt_of(ev("submitted", machine=True, in_doubt=True)) == IN_DOUBT
    # a machine fault while only a follow-up's row was unaccounted (engine._machine_fault)
    assert doubt_of(ev("submitted", machine=True, in_doubt=True, follow_up=True)) == FOLLOW_UP_IN_DOUBT
    assert doubt_of(ev("follow_up_sent", in_doubt=True)) == FOLLOW_UP_IN_DOUBT
    assert doubt_of(ev("follow_up_sent", in_doubt=False)) is None
    assert doubt_of(ev("submitted", machine=True, in_doubt=False)) is None
    assert doubt_of(ev("letter_sent")) is None


async def test_a_machine_fault_while_the_follow_up_is_sent_leaves_only_the_follow_up_in_doubt(lab, tmp_path,
                                                                                               monkeypatch):
    """A full disk met after the follow-up's row was started (its copy could not be kept): the
    engine's fault path records the case submitted and in doubt; it names the follow-up, since the
    request had gone out 46 days before (engine._machine_fault, ``follow_up``)."""
    from optout.engine import Engine
    from optout.errors import DiskFull

    sink = Engine._evidence_sink

    def failing(self, case, key, request_id):  # type: ignore[no-untyped-def]
        keep = sink(self, case, key, request_id)

        async def write(kind, data, step):  # type: ignore[no-untyped-def]
            if step == "follow-up":
                raise DiskFull("the disk is full")
            return await keep(kind, data, step)
        return write

    async def full_disk(o, case):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(Engine, "_evidence_sink", failing)

    settings, case, _ = await _at_follow_up(lab, tmp_path, full_disk)
    from optout.app import open_app

    async with open_app(settings) as app:
        events = await app.store.events(case.id)
        [(outcome, _)] = (await app.case_notes([case])).values()
    assert events[-1].data.get("machine") and events[-1].data.get("follow_up"), events[-1]
    assert outcome == "follow_up_in_doubt", outcome
    assert lab.submissions()["mailonly"] == {"alex": 1}  # the follow-up never left
