"""A client who asked to be contacted by post only (``Person.post_only``): no e-mail address of
theirs reaches a broker, in any channel, and every letter asks the broker not to write to them by
e-mail. The field is on the profile, the clinic's sheet (in English and Spanish), the dashboard's
add and edit forms and the person's page. Real processes, the lab's SMTP and its record of what each
e-mail broker received; the dashboard in-process over ASGI."""

from __future__ import annotations

import re

import pytest

from optout.lab import LabThread
from optout.person import parse_person

from .test_clinic import cli, env  # noqa: F401  (the fixture)
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)


def test_a_post_only_clients_e_mail_never_reaches_a_broker_and_the_letter_asks_for_no_e_mail(env, tmp_path):  # noqa: F811
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        e = dict(env, OPTOUT_LAB_URL=lab.url, OPTOUT_MAIL__SMTP_HOST="127.0.0.1",
                 OPTOUT_MAIL__SMTP_PORT=str(lab.smtp_port), OPTOUT_MAIL__SMTP_SECURITY="none",
                 OPTOUT_MAIL__FROM_ADDRESS="desk@clinic.example", OPTOUT_MAIL__BROKER_SPACING="0s",
                 OPTOUT_MAIL__MAILDIR=str(lab.maildir), LANG="C.UTF-8")
        f = tmp_path / "clientes.csv"
        # the Spanish sheet's own heading, "sí" with its accent; the other client says nothing
        f.write_text("expediente,nombres,apellidos,ciudad,estado,correos,solo_por_carta\n"
                     "C-1,Rosa Elena,Quispe Mamani,Tulsa,OK,rosa.q@example.org,sí\n"
                     "C-2,Jean-Baptiste,Pierre,Miami,FL,jb.pierre@example.org,\n", encoding="utf-8")
        r = cli(e, "person", "import", str(f))
        assert r.returncode == 0, r.stderr
        r = cli(e, "run", "--broker", "mailsilent")
        assert r.returncode == 0, r.stderr
        got = {m["body"].rstrip().splitlines()[-1]: m for m in lab.mail_log()["mailsilent"]["received"]}
        assert set(got) == {"Rosa Elena Quispe Mamani", "Jean-Baptiste Pierre"}, set(got)
        rosa, jb = got["Rosa Elena Quispe Mamani"], got["Jean-Baptiste Pierre"]
        everything = " ".join(str(v) for v in rosa.values())
        assert "rosa.q" not in everything
        assert "I ask to be contacted by post only: do not write to me at any e-mail address" in rosa["body"]
        assert "jb.pierre@example.org" in jb["body"] and "post only" not in jb["body"]
        shown = cli(e, "person", "show", "C-1", "--json")
        assert '"post_only": true' in shown.stdout, shown.stdout


def test_a_sheets_post_only_cell_that_is_neither_yes_nor_no_is_refused_naming_its_row(env, tmp_path):  # noqa: F811
    f = tmp_path / "clientes.csv"
    f.write_text("nombres,apellidos,ciudad,estado,solo_por_carta\nAna,Ruiz,Fresno,CA,quizás\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f), "--lang", "es")
    assert r.returncode == 65 and "Traceback" not in r.stderr
    assert "2" in r.stderr and "se esperaba sí o no" in r.stderr and "quizás" not in r.stderr, r.stderr


def test_a_posted_letter_for_a_post_only_client_asks_for_an_answer_by_post():
    from optout.mail import compose
    from optout.recipe.loader import load_recipe

    from pathlib import Path

    recipe = load_recipe(Path(__file__).parent.parent / "brokers" / "lab" / "mailsilent.yaml")
    import datetime as dt

    person = parse_person({"first_name": "Rosa", "last_name": "Quispe", "post_only": True,
                           "emails": ["rosa.q@example.org"], "addresses": [{"city": "Tulsa", "state": "OK"}]}, "t")
    values = person.template_values()
    assert "email" not in values
    letter = compose(person, recipe, values, "OPT-1", dt.datetime(2026, 3, 1, tzinfo=dt.UTC), by_post=True)
    assert "Please answer by post, to the postal address this letter gives." in letter.body
    assert "rosa.q" not in letter.body


async def test_the_dashboard_adds_edits_and_shows_a_post_only_client_in_spanish(dash):  # noqa: F811
    await dash.login()
    es = {"accept-language": "es"}
    form = await dash.get("/people/new", headers=es)
    assert "Contacto solo por carta" in form.text and 'name="post_only"' in form.text
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    r = await dash.post("/people/new", headers=es, data={
        "csrf": token, "first_name": "Wideline", "last_name": "Jean-Louis", "email": "wj@example.org",
        "city": "Miami", "state": "FL", "post_only": "yes"})
    assert r.status_code == 303, r.text
    pid = r.headers["location"].rsplit("/", 1)[1]
    info = await dash.app.find(pid)
    assert info.person.post_only and "email" not in info.person.template_values()
    page = await dash.get(f"/people/{pid}", headers=es)
    assert 'id="post-only"' in page.text and "solo por carta" in page.text
    edit = await dash.get(f"/people/{pid}/edit", headers=es)
    assert re.search(r'name="post_only" value="yes" checked', edit.text)
    # saved without the tick: the client may write e-mail again
    token = re.search(r'name="csrf" value="([^"]+)"', edit.text).group(1)
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', edit.text))
    fields.pop("post_only", None)
    fields.update(csrf=token, emails="wj@example.org")
    r = await dash.post(f"/people/{pid}/edit", headers=es, data=fields)
    assert r.status_code == 303, r.text
    assert not (await dash.app.find(pid)).person.post_only
    page = await dash.get(f"/people/{pid}", headers=es)
    assert 'id="post-only"' not in page.text
