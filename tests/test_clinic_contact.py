"""Clients without an e-mail: the clinic's contact address stands in on a broker's form (the clinic
as authorised agent), the report says it was used, and a broker that takes no agents waits for the
client's own e-mail ("needs information from you"), never silently given the clinic's. Against the
lab (http channel: no browser)."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import yaml

from optout import clinic
from optout.person import parse_person
from optout.report import person_report, render_person
from optout.settings import Settings

from .harness import Optout, lab_settings

ROOT = Path(__file__).resolve().parents[1]
PID = "p_c1in1cm41l"
CLINIC_MAIL = "desk@clinic-contact.example"
MARISOL = {"first_name": "Marisol", "last_name": "Quintero Vargas", "birth_year": 1977, "language": "es",
           "addresses": [{"city": "Bakersfield", "state": "CA"}]}


def _recipes(tmp_path: Path) -> Path:
    """The lab's quicklook (takes agents: unknown), and the same broker saying it takes none."""
    folder = tmp_path / "recipes"
    folder.mkdir()
    text = (ROOT / "brokers" / "lab" / "quicklook.yaml").read_text(encoding="utf-8")
    (folder / "quicklook.yaml").write_text(text, encoding="utf-8")
    data = yaml.safe_load(text)
    data["id"], data["name"] = "quicklook-noagent", "QuickLook, no agents (lab)"
    data["legal"] = {"authorised_agents": "no"}
    (folder / "quicklook-noagent.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


async def test_the_clinic_address_stands_in_and_the_report_says_so(lab, tmp_path):
    marisol = parse_person(MARISOL, "t")
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        clinic.save(settings, CLINIC_MAIL, "1200 Main St, Bakersfield, CA 93301")  # as the dashboard saves it
        await o.add(PID, marisol, ["quicklook", "quicklook-noagent"])
        await o.run()
        agent_ok = await o.case(PID, "quicklook")
        no_agent = await o.case(PID, "quicklook-noagent")
        assert agent_ok.state.value in ("confirmed", "submitted"), agent_ok.last_error
        events = await o.store.events(agent_ok.id)
        assert events[-1].data.get("contact") == CLINIC_MAIL
        # the broker that takes no agents: waiting for the client's own e-mail, not failed, not the clinic's
        assert no_agent.state.value == "failed" and no_agent.attempts == 0
        assert no_agent.last_error.startswith("needs information from you: the client's own e-mail")
        report = await person_report(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), PID)
    by_broker = {s.broker_id: s for s in report.sections}
    assert by_broker["quicklook"].contact == CLINIC_MAIL and by_broker["quicklook-noagent"].contact is None
    assert by_broker["quicklook-noagent"].outcome == "needs_info"
    html = render_person(report, "es")
    ok = re.search(r'<section class="broker" id="broker-quicklook".*?</section>', html, re.S).group(0)
    assert "la dirección de contacto de la clínica" in ok and CLINIC_MAIL in ok
    # who acted: the client's own request through the broker's form, filled in by the clinic, which gave
    # its address: not "the client alone", and never the clinic "as authorised agent", a role a form
    # request does not take whatever the state's agent rule (docs/LEGAL.md)
    acted = re.search(r'<td colspan="3" class="acted-by">(.*?)</td>', ok, re.S).group(1)
    assert "la solicitud de la propia persona, por el formulario del corredor: la clínica lo llenó" in acted, acted
    assert "(no como agente autorizado)" in acted and "optout envió las solicitudes" not in acted, acted
    assert "como agente autorizado de la persona" not in ok
    en = html_lib.unescape(re.search(r'<section class="broker" id="broker-quicklook".*?</section>',
                                     render_person(report, "en"), re.S).group(0))
    assert "the client's own request, through the broker's form" in en and "(not as authorised agent)" in en
    assert "as the client's authorised agent" not in en
    wants = re.search(r'<section class="broker" id="broker-quicklook-noagent".*?</section>', html, re.S).group(0)
    assert "necesita información suya: el correo electrónico propio de la persona" in wants
    assert "falló" not in wants and CLINIC_MAIL not in wants
    # no request went to that broker: nobody "acted", and the report must not say optout sent one
    assert 'class="acted-by"' not in wants and "optout envió las solicitudes" not in wants


async def test_without_a_clinic_address_the_form_waits_for_an_email(lab, tmp_path):
    marisol = parse_person(MARISOL, "t")
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        await o.add(PID, marisol, ["quicklook"])
        await o.run()
        case = await o.case(PID, "quicklook")
        assert case.state.value == "failed" and case.attempts == 0
        # the clinic's contact e-mail could stand in on this form: the note names that setting too (f44a #7)
        assert case.last_error.startswith("needs information from you: e-mail address (the client's, or the "
                                          "clinic's contact e-mail, [clinic] contact_email"), case.last_error


async def test_a_task_for_a_missing_email_names_the_clinics_setting_where_it_may_stand_in(lab, tmp_path):
    """trial43 (2): a clinic's first batch stopped 62 of 147 cases for a missing e-mail, each task naming
    only ``person edit --add-email``, though the clinic's ``[clinic] contact_email`` would have stood in
    on those forms. The task names both, in English and Spanish; a broker that takes no agents names
    only the client's own (``missing_own_email``, unchanged when the clinic's address is set)."""
    from optout.app import open_app

    from .harness import cli_env, run_optout

    marisol = parse_person(MARISOL, "t")
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        await o.add(PID, marisol, ["quicklook", "quicklook-noagent"])
        await o.run()
    async with open_app(settings) as app:
        tasks = {t["broker"]: t for t in await app.human_tasks([PID], ["missing"])}
    assert tasks["quicklook"]["why"]["code"] == "missing_email_or_clinic", tasks["quicklook"]
    assert tasks["quicklook-noagent"]["why"]["code"] == "missing_info", tasks["quicklook-noagent"]
    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_RECIPE_DIRS=json.dumps([str(tmp_path / "recipes")]))
    for lang in ("en", "es"):
        r = run_optout(env, "human", LANGUAGE=lang, LC_ALL="C.UTF-8")
        assert r.returncode == 0, r.stderr
        # one block per task, each opened by its case line ("case C12  quicklook  …")
        blocks = {m.group(1): b for b in re.split(r"\n\s*\n", r.stdout)
                  if (m := re.search(r"\bC\d+\s{2}(\S+)\s{2}", b))}
        ours, theirs = blocks["quicklook"], blocks["quicklook-noagent"]
        assert "[clinic] contact_email" in ours and "--add-email" in ours, (lang, r.stdout)
        assert "[clinic] contact_email" not in theirs and "--add-email" in theirs, (lang, r.stdout)


def test_the_clinic_contact_comes_from_the_settings_until_the_dashboard_saves_one(tmp_path):
    s = Settings(data_dir=tmp_path, clinic={"contact_email": "from-settings@clinic.example"})
    assert clinic.contact(s).contact_email == "from-settings@clinic.example"
    assert clinic.agent_email_for(s, None, "unknown") == "from-settings@clinic.example"
    assert clinic.agent_email_for(s, None, "no") is None  # a broker that takes no agents
    assert clinic.agent_email_for(s, "own@example.org", "yes") is None  # the client's own comes first
    clinic.save(s, "saved@clinic.example", "  1200 Main St,\n Bakersfield  ")
    assert clinic.contact(s).contact_email == "saved@clinic.example"
    assert clinic.contact(s).postal_address == "1200 Main St, Bakersfield"
    assert (tmp_path / clinic.FILE).stat().st_mode & 0o077 == 0


async def test_saving_the_clinic_address_sends_the_cases_that_waited_for_it_back_to_the_next_run(lab, tmp_path):
    """A clinic ran a batch before saving its contact e-mail: every form that asks for an e-mail
    waits. Saving the address once (the dashboard's Clinic settings) puts those cases back in the
    next run, without a "Try again" per client and broker; a broker that takes no agents still
    waits for the client's own e-mail."""
    from optout.app import open_app

    marisol = parse_person(MARISOL, "t")
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        await o.add(PID, marisol, ["quicklook", "quicklook-noagent"])
        await o.run()
        assert (await o.state(PID, "quicklook")) == "failed"
    async with open_app(settings) as app:
        await app.plan_run()
        assert (await app.store.find_case(PID, "quicklook")).state.value == "failed"  # nothing saved yet: waits
    clinic.save(settings, CLINIC_MAIL, "")
    async with open_app(settings) as app:
        await app.plan_run()
        back = await app.store.find_case(PID, "quicklook")
        assert back.state.value == "new" and back.next_action_at <= app.clock.now()
    async with Optout(settings) as o:
        await o.run()
        case = await o.case(PID, "quicklook")
        assert case.state.value in ("confirmed", "submitted"), case.last_error
        assert (await o.store.events(case.id))[-1].data.get("contact") == CLINIC_MAIL
        no_agent = await o.case(PID, "quicklook-noagent")
        assert no_agent.state.value == "failed" and no_agent.attempts == 0
        assert no_agent.last_error.startswith("needs information from you: the client's own e-mail")


async def test_a_confirmation_mail_nobody_reads_tells_the_volunteer_which_mailbox_in_her_language(lab, tmp_path):
    """The clinic's address went on a broker's form and the broker sent its confirmation there, but
    no mailbox is configured: the task says which mailbox to open, in Spanish too (the Spanish
    dashboard showed only a folded English line, "Open the broker's e-mail…"), and never the
    address itself."""
    from optout.app import open_app

    marisol = parse_person(MARISOL, "t")
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab)
    settings = settings.model_copy(update={"mail": settings.mail.model_copy(update={"maildir": None})})
    async with Optout(settings) as o:
        clinic.save(settings, CLINIC_MAIL, "")
        await o.add(PID, marisol, ["peoplefind"])
        await o.run()
    async with open_app(settings) as app:  # the volunteer says which listing is Marisol (lab: hers)
        [task] = await app.human_tasks([PID])
        if task["kind"] == "uncertain_match":
            best = max(task["listings"], key=lambda li: li["confidence"] or 0)
            await app.retry(task["case"], match=[best["id"]])
    async with Optout(settings) as o:
        await o.run()
        assert (await o.state(PID, "peoplefind")) == "needs_human"
    async with open_app(settings) as app:
        [task] = await app.human_tasks([PID])
    assert "clinic's contact address" in task["instructions"]
    assert task["instructions_es"] and "correo de contacto de la clínica" in task["instructions_es"]
    assert CLINIC_MAIL not in task["instructions"] + task["instructions_es"]
