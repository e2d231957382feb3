"""A client whose only e-mail is someone else's (a daughter's, a caseworker's: ``Person.care_of_email``):
never given to a broker as the client's own e-mail, only where a form takes a contact address (as the
clinic's stands in), named as someone else's in a letter, never for a broker that takes no agents,
and never for a client who asked for letters only. On the profile, the clinic's sheet (English and
Spanish column) and the dashboard's add and edit forms. Against the lab (http channel: no browser)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from optout.mail import compose, letter_values
from optout.person import parse_person
from optout.recipe.loader import load_recipe
from optout.report import person_report, render_person

from .harness import Optout, lab_settings
from .test_clinic import cli, env  # noqa: F401  (the fixture)
from .test_clinic_contact import MARISOL, PID, _recipes
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[1]
DAUGHTER = "hija.quintero@example.org"


async def test_a_form_gets_the_care_of_address_only_as_a_contact_and_the_case_never_claims_it(lab, tmp_path):
    marisol = parse_person({**MARISOL, "care_of_email": DAUGHTER}, "t")
    assert "email" not in marisol.template_values()  # never the client's own e-mail
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        takes, refuses = o.catalogue.recipes["quicklook"], o.catalogue.recipes["quicklook-noagent"]
        assert o.engine._values(takes, marisol)["email"] == DAUGHTER  # where the broker takes a contact
        assert "email" not in o.engine._values(refuses, marisol)  # it would read it as the client's
        await o.add(PID, marisol, ["quicklook", "quicklook-noagent"])
        await o.run()
        ok, no_agent = await o.case(PID, "quicklook"), await o.case(PID, "quicklook-noagent")
        assert ok.state.value in ("confirmed", "submitted"), ok.last_error
        last = (await o.store.events(ok.id))[-1].data
        assert last.get("care_of") is True and "contact" not in last and DAUGHTER not in str(last)
        assert no_agent.state.value == "failed" and no_agent.attempts == 0
        assert no_agent.last_error.startswith("needs information from you: the client's own e-mail"), \
            no_agent.last_error
        report = await person_report(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), PID)
    # the client's report says whose address the broker answers to, in its language, never the address
    section = {s.broker_id: s for s in report.sections}["quicklook"]
    assert section.care_of and section.contact is None
    for lang, words in (("en", "the e-mail of the person who receives mail for the client"),
                        ("es", "el correo de quien recibe el correo de la persona")):
        html = render_person(report, lang)
        assert words in html and DAUGHTER not in html and html.count('class="contact-used care-of"') == 1, lang
    # a client who asked for letters only: not even the address of someone who receives mail for them
    post_only = parse_person({**MARISOL, "care_of_email": DAUGHTER, "post_only": True}, "t")
    assert post_only.contact_care_of is None


def test_a_letter_names_the_care_of_address_as_someone_elses_never_as_the_clients():
    recipe = load_recipe(ROOT / "brokers" / "lab" / "mailsilent.yaml")
    assert "email" in recipe.optout.email.identifiers
    sent = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    person = parse_person({**MARISOL, "care_of_email": DAUGHTER}, "t")
    values = letter_values({k: v for k, v in person.template_values().items() if k in recipe.inputs}, person)
    body = compose(person, recipe, values, "OPT-1", sent).body
    assert f"E-mail of someone who receives mail for me (not my own address): {DAUGHTER}" in body
    assert f"E-mail address: {DAUGHTER}" not in body
    # the client's own e-mail comes first: the other address is not named at all
    own = parse_person({**MARISOL, "care_of_email": DAUGHTER, "emails": ["marisol@example.org"]}, "t")
    values = letter_values({k: v for k, v in own.template_values().items() if k in recipe.inputs}, own)
    body = compose(own, recipe, values, "OPT-1", sent).body
    assert "E-mail address: marisol@example.org" in body and DAUGHTER not in body
    post = parse_person({**MARISOL, "care_of_email": DAUGHTER, "post_only": True}, "t")
    values = letter_values({k: v for k, v in post.template_values().items() if k in recipe.inputs}, post)
    assert DAUGHTER not in compose(post, recipe, values, "OPT-1", sent).body


def test_the_sheets_spanish_column_reads_the_care_of_address(env, tmp_path):  # noqa: F811
    f = tmp_path / "clientes.csv"
    f.write_text("expediente,nombres,apellidos,ciudad,estado,correo_de_quien_recibe\n"
                 f"C-1,Rosa Elena,Quispe Mamani,Tulsa,OK,{DAUGHTER}\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.returncode == 0, r.stderr
    shown = cli(env, "person", "show", "C-1", "--json")
    assert f'"care_of_email": "{DAUGHTER}"' in shown.stdout and '"emails": []' in shown.stdout, shown.stdout


async def test_the_dashboard_adds_and_edits_the_care_of_address_in_spanish(dash):  # noqa: F811
    await dash.login()
    es = {"accept-language": "es"}
    form = await dash.get("/people/new", headers=es)
    assert "Correo de alguien que recibe el correo de la persona" in form.text
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    r = await dash.post("/people/new", headers=es, data={
        "csrf": token, "first_name": "Wideline", "last_name": "Jean-Louis", "care_of_email": DAUGHTER,
        "city": "Miami", "state": "FL"})
    assert r.status_code == 303, r.text
    pid = r.headers["location"].rsplit("/", 1)[1]
    info = await dash.app.find(pid)
    assert info.person.care_of_email == DAUGHTER and not info.person.emails
    assert "email" not in info.person.template_values()
    shown = await dash.get(f"/people/{pid}", headers=es)  # the person's page says so, in Spanish, and shows no address
    assert 'id="care-of"' in shown.text and "El correo de la persona lo recibe otra persona" in shown.text
    assert DAUGHTER not in shown.text
    edit = await dash.get(f"/people/{pid}/edit", headers=es)
    assert f'name="care_of_email" type="email" value="{DAUGHTER}"' in edit.text
    token = re.search(r'name="csrf" value="([^"]+)"', edit.text).group(1)
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', edit.text))
    fields.update(csrf=token, care_of_email="")
    r = await dash.post(f"/people/{pid}/edit", headers=es, data=fields)
    assert r.status_code == 303, r.text
    assert (await dash.app.find(pid)).person.care_of_email is None
    assert 'id="care-of"' not in (await dash.get(f"/people/{pid}", headers=es)).text


def test_a_sheets_contact_e_mail_column_is_the_clients_own_never_someone_elses():
    """The lead's review: "Correo de contacto" was read as the address of someone who receives mail for the client,
    so a letter would have told a broker that the client's own e-mail is not theirs."""
    from optout.intake import column_name

    assert column_name("Correo de contacto") == "emails"
    assert column_name("Correo de quien recibe") == "care_of_email"


async def test_the_report_says_the_clinic_filled_a_form_and_a_letter_named_the_care_of_address(lab, tmp_path):
    """f36: a broker's form the clinic filled with the e-mail of someone who receives mail for the
    client was not counted as filled in by the clinic (the report said the client acted alone), and
    a letter naming that e-mail recorded nothing of it. Both are said now, in English and Spanish,
    never the address."""
    marisol = parse_person({**MARISOL, "care_of_email": DAUGHTER}, "t")
    lab.seed_people([("marisol", marisol)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path), ROOT / "brokers" / "lab"],
                            mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                                  "from_address": "optout-desk@user.example", "broker_spacing": 0})
    async with Optout(settings) as o:
        await o.add(PID, marisol, ["quicklook", "mailsilent"])
        await o.run()
        letter = await o.case(PID, "mailsilent")
        assert letter.state.value == "submitted", letter.last_error
        sent = [e for e in await o.store.events(letter.id) if e.kind == "letter_sent"][-1]
        assert sent.data.get("care_of") is True and DAUGHTER not in str(sent.data)
        report = await person_report(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), PID)
    sections = {s.broker_id: s for s in report.sections}
    assert sections["quicklook"].acted_as == [("", "form_care_of")]
    mail = sections["mailsilent"]
    assert [lt.care_of for lt in mail.letters] == [True]
    assert not mail.care_of  # a letter's answer comes to the mailbox it left from, not to that person
    for lang, form, named in (("en", "the clinic filled it in for them and gave the e-mail of the person who receives mail",
                               "named the e-mail of the person who receives mail for the client"),
                              ("es", "la clínica lo llenó por la persona y dio el correo de quien recibe su correo",
                               "dio el correo de quien recibe el correo de la persona")):
        html = render_person(report, lang)
        # (the letter itself is in the report as it was written, address and all: the client's copy)
        assert form in html and named in html, lang
        assert html.count('data-role="form_care_of"') == 1
