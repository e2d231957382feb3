"""The clinic's default language (Clinic settings / ``clinic.language``): new clients, CSV rows
without a language and reports default to it; a client's own language wins (docs/PEOPLE.md, "The
clinic's language")."""

from __future__ import annotations

import html
import re

import pytest

from optout import clinic
from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.web._staff import StaffBook
from tests.test_dashboard import PASSWORD, Dash, dash  # noqa: F401  (the fixture)

ROSA = {"first_name": "Rosa María", "last_name": "Hernández Ochoa", "label": "C-1", "birth_year": 1971,
        "addresses": [{"city": "Fresno", "state": "CA"}]}


async def test_the_clinic_settings_page_saves_the_clinics_language(dash):  # noqa: F811
    await dash.login()
    token = await dash.csrf("/clinic")
    bad = await dash.post("/clinic", headers={"accept-language": "es"},
                          data={"csrf": token, "contact_email": "", "postal_address": "", "language": "xx"})
    assert bad.status_code == 400 and "Elija inglés o español" in bad.text
    assert clinic.default_language(dash.app.settings) is None
    ok = await dash.post("/clinic", data={"csrf": token, "contact_email": "", "postal_address": "", "language": "es"})
    assert ok.status_code == 200
    assert clinic.default_language(dash.app.settings) == "es"
    assert '<option value="es" selected>' in (await dash.get("/clinic")).text
    # the add form says what "not said" means now
    # a language inside a Spanish sentence is lowercase (trial50: "el de la clínica: Español")
    assert "Sin indicar (el de la clínica: español)" in (await dash.get("/people/new", headers={"accept-language": "es"})).text
    # a volunteer who picked English (the page header's choice wins over the clinic's language, t50)
    await dash.post("/language", data={"csrf": await dash.csrf("/"), "lang": "en", "back": "/"})
    assert "Not said (the clinic's: Spanish)" in (await dash.get("/people/new", headers={"accept-language": "en"})).text


async def test_the_dashboard_opens_in_the_clinics_language_until_the_volunteer_picks_one(dash):  # noqa: F811
    """trial49: a clinic set to Spanish (``[clinic] language``, or Clinic settings) had its dashboard
    open in English on a browser set to English. It opens in the clinic's language, the login page
    too; the language picked in the page header (its cookie) wins over it; with no clinic language
    the browser's is read, as before."""
    english = {"accept-language": "en-US,en;q=0.9"}
    assert 'lang="en"' in (await dash.get("/login", headers=english)).text
    dash.app.settings.clinic.language = "es"
    assert 'lang="es"' in (await dash.get("/login", headers=english)).text
    await dash.login()
    assert 'lang="es"' in (page := (await dash.get("/", headers=english)).text) and "Personas" in page
    token = await dash.csrf("/")
    await dash.post("/language", data={"csrf": token, "lang": "en", "back": "/"})
    assert 'lang="en"' in (await dash.get("/", headers=english)).text


async def test_new_clients_csv_rows_and_reports_default_to_the_clinics_language(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        before = (await app.add_people([("f", parse_person(ROSA, "f"))])).added[0][1]  # no clinic language yet
        assert (await app.find(before)).person.language is None
        assert '<html lang="en">' in (await app.report(before)).decode()
        clinic.save(settings, None, None, "Español")  # as a volunteer may type it in a settings file
        assert clinic.default_language(settings) == "es"
        # a client added before the setting: the report follows the clinic now
        assert '<html lang="es">' in (await app.report(before)).decode()
        # a new client without a language gets the clinic's, one who said English keeps it
        new = (await app.add_people([("f", parse_person(ROSA | {"label": "C-2", "first_name": "Ana"}, "f"))])).added
        own = (await app.add_people([("f", parse_person(ROSA | {"label": "C-3", "first_name": "Lucía",
                                                                "language": "en"}, "f"))])).added
        assert (await app.find(new[0][1])).person.language == "es"
        assert (await app.find(own[0][1])).person.language == "en"
        assert '<html lang="en">' in (await app.report(own[0][1])).decode()
        # a CSV without a language column, and one whose cell is empty or says otherwise
        path = tmp_path / "clients.csv"
        path.write_text("first_name,last_name,label,birth_year,city,state\n"
                        "José,Pérez Gómez,C-4,1980,Fresno,CA\n", encoding="utf-8")
        (_, pid4), = (await app.import_csv(path)).added
        assert (await app.find(pid4)).person.language == "es"
        path.write_text("first_name,last_name,label,birth_year,city,state,idioma\n"
                        "Marta,Ruiz Díaz,C-5,1981,Fresno,CA,\n"
                        "Paul,Nguyen,C-6,1982,Fresno,CA,English\n", encoding="utf-8")
        added = dict((await app.import_csv(path)).added)
        langs = sorted([(await app.find(pid)).person.language for pid in added.values()])
        assert langs == ["en", "es"]


@pytest.mark.parametrize("given,expected", [("es", "es"), ("es-MX", "es"), ("Spanish", "es"), ("inglés", "en"),
                                            ("", None)])
def test_the_clinics_language_is_read_as_a_volunteer_writes_it(tmp_path, given, expected):
    settings = Settings(data_dir=tmp_path, clinic={"language": given})
    assert clinic.default_language(settings) == expected
    assert clinic.reader_language(settings, None) == (expected or "en")
    assert clinic.reader_language(settings, "en") == "en"


@pytest.mark.parametrize("language,name", [("ht", "Kreyòl Ayisyen (Haitian Creole)"), ("vi", "Tiếng Việt (Vietnamese)"),
                                           ("fa_AF", "دری (Dari)"), ("fr", "Français (French)")])
async def test_a_report_in_english_for_a_client_of_another_language_says_so(tmp_path, language, name):
    """A Haitian, Vietnamese, Dari or French reader's report, of a clinic that chose no language, falls
    back to English, and says at its top that no translation into their language exists, naming it as
    they write it; a Spanish or English reader's report says nothing of the kind."""
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(ROSA | {"language": language}, "f"))])).added
        page = (await app.report(pid)).decode()
        assert '<html lang="en">' in page
        assert 'id="untranslated"' in page and f"no translation into {name}" in page
        for own in ("es", "en"):
            (_, other), = (await app.add_people([("f", parse_person(ROSA | {"language": own, "label": f"C-{own}", "last_name": f"Ruiz {own}",
                                                                           "first_name": "Ana"}, "f"))])).added
            assert 'id="untranslated"' not in (await app.report(other)).decode()


def test_a_report_asked_in_a_language_says_the_clients_has_no_translation(tmp_path, capsys):
    """trial51: ``optout report X --lang en`` for a Haitian client said nothing of there being no
    Kreyòl translation (docs/PEOPLE.md: a report always says so); asked in English or Spanish, the
    report says so at its top, and so does the command's line; a Spanish reader's English report
    says nothing of the kind (Spanish exists)."""
    import asyncio

    from optout.cli import main

    settings = Settings(data_dir=tmp_path / "data")

    async def reports() -> str:
        async with open_app(settings, create=True) as app:
            (_, pid), = (await app.add_people([("f", parse_person(ROSA | {"language": "ht"}, "f"))])).added
            (_, es), = (await app.add_people([("f", parse_person(ROSA | {"language": "es", "label": "C-es",
                                                                         "first_name": "Ana"}, "f"))])).added
            for lang, words in (("en", "no translation into Kreyòl Ayisyen"), ("es", "Kreyòl Ayisyen")):
                page = html.unescape((await app.report(pid, lang=lang)).decode())
                assert f'<html lang="{lang}">' in page
                note = page.split('id="untranslated"')[1].split("</p>")[0] if 'id="untranslated"' in page else ""
                assert words in note, (lang, note)
            assert 'id="untranslated"' not in (await app.report(es, lang="en")).decode()
            return pid

    pid = asyncio.run(reports())
    try:
        code = main(["--data-dir", str(settings.data_dir), "report", pid, "--lang", "en", "--no-pdf",
                     "--out", str(tmp_path / "out")])
    finally:
        import structlog

        structlog.reset_defaults()  # the CLI bound logging to this test's captured stderr
    assert code == 0
    assert "Kreyòl Ayisyen" in capsys.readouterr().err


@pytest.mark.parametrize("language,name", [("ht", "Kreyòl Ayisyen (criollo haitiano)"), ("vi", "Tiếng Việt (vietnamita)")])
async def test_a_client_of_an_untranslated_language_reads_the_clinics_language(tmp_path, language, name):
    """Trial45: a Haitian or Vietnamese client of a Spanish-speaking clinic got an English report (and
    an English-only authorisation form) that neither they nor their volunteer read. Their report is
    in the clinic's language, saying at its top that none exists in theirs; the dashboard's choice
    of language on their page asks another language optout writes, and nothing else."""
    from optout.legal import agent
    from optout.web._views import build

    settings = Settings(data_dir=tmp_path / "data", clinic={"language": "es"})
    assert clinic.reader_language(settings, language) == "es"
    assert clinic.reader_language(Settings(data_dir=tmp_path / "other"), language) == "en"
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(ROSA | {"language": language}, "f"))])).added
        page = html.unescape((await app.report(pid)).decode())
        assert '<html lang="es">' in page
        note = page[page.index('id="untranslated"'):].split("</p>")[0]
        assert "Este informe está en español" in note and name.split(" (")[0] in note, note
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        d = Dash(build(app, idle=600), app)
        await d.login()
        es = {"accept-language": "es"}
        person = (await d.get(f"/people/{pid}", headers=es)).text
        choice = person[person.index('id="report-language"'):].split("</form>")[0]
        assert '<option value="es" selected>' in choice and '<option value="en">' in choice, choice
        assert "su informe está en español." in person
        for asked, written in (("en", "en"), ("es", "es"), ("ht", "es"), ("x<y", "es")):
            r = await d.get(f"/people/{pid}/report.html?lang={asked}", headers=es)
            assert r.status_code == 200 and f'<html lang="{written}">' in r.text, asked
        await d.client.aclose()
    spanish = agent.form("Rosa", type("A", (), {"name": "Clinic"})(), language=clinic.reader_language(settings, language))
    assert "AUTORIZACIÓN DE UN AGENTE AUTORIZADO" in spanish, spanish


async def test_the_dashboard_says_beside_the_report_links_that_there_is_no_translation(dash):  # noqa: F811
    """The volunteer sees, before handing a Haitian client their report, that it is in English; a
    Spanish reader's page says nothing of it."""
    await dash.login()
    (_, ht), = (await dash.app.add_people([("f", parse_person(ROSA | {"language": "Kreyòl"}, "f"))])).added
    page = (await dash.get(f"/people/{ht}", headers={"accept-language": "es"})).text
    assert 'id="untranslated"' in page and "No hay traducción a Kreyòl Ayisyen (criollo haitiano)" in page
    # the language the report is in, which the reader reads, is named in the reader's words only (trial 34:
    # "su informe está en English (inglés)" mixed two languages in one sentence)
    assert "su informe está en inglés." in page and "English (inglés)" not in page, page
    (_, es), = (await dash.app.add_people([("f", parse_person(ROSA | {"language": "es", "label": "C-9",
                                                                      "last_name": "Ruiz"}, "f"))])).added
    assert 'id="untranslated"' not in (await dash.get(f"/people/{es}")).text


async def test_one_client_entered_twice_with_the_surname_spelt_otherwise_is_asked_about(tmp_path):
    """Trial28: a Haitian client whose papers spell his surname two ways was imported twice (two
    people, two letters to every broker) because the duplicate check wanted the name exactly. Same
    birth and address and a name a few letters off, or one among the other's forms, is refused
    naming the person already held, in the reader's language; a couple or twins at one address are
    not; --allow-duplicates adds them anyway."""
    from optout.errors import OptoutError
    from optout.reasons import render

    settings = Settings(data_dir=tmp_path / "data")
    home = [{"street": "41 Norfolk St", "city": "Mattapan", "state": "MA", "zip": "02126"}]
    wilner = {"first_name": "Wilner", "last_name": "Desrosiers", "birth_date": "1979-03-14", "addresses": home,
              "label": "L-1"}
    async with open_app(settings, create=True) as app:
        (_, held), = (await app.add_people([("intake", parse_person(wilner, "f"))])).added
        for other in ({"last_name": "Desrozier"}, {"last_name": "Desrosier"},
                      {"first_name": "Wilnè", "last_name": "Desrosiers"}):
            with pytest.raises(OptoutError) as e:
                await app.add_people([("row 2", parse_person(wilner | other | {"label": "L-2"}, "f"))])
            assert e.value.why.code == "input_similar_person" and e.value.why.params["other"] == held
            assert render(e.value.why, "es").startswith(f"parece ser {held} con el nombre escrito de otra forma")
        # a Vietnamese client entered under her legal name, then under the English name she uses at work
        home2 = [{"street": "2218 Story Rd", "city": "San Jose", "state": "CA"}]
        hang = {"first_name": "Thi Thu Hang", "last_name": "Nguyen", "birth_year": 1990, "addresses": home2,
                "aliases": ["Holly Nguyen"], "label": "V-1"}
        (_, hang_id), = (await app.add_people([("f", parse_person(hang, "f"))])).added
        holly = {"first_name": "Holly", "last_name": "Nguyen", "birth_year": 1990, "addresses": home2, "label": "V-2"}
        with pytest.raises(OptoutError) as e:
            await app.add_people([("f", parse_person(holly, "f"))])
        assert e.value.why.params["other"] == hang_id
        # his wife (another birth date) and twins (another given name) at one address are added
        wife = wilner | {"first_name": "Marie-Claude", "birth_date": "1981-06-02", "label": "L-4"}
        twin_a = wilner | {"first_name": "Ana", "last_name": "Joseph", "birth_date": "2001-01-05", "label": "L-5"}
        twin_b = twin_a | {"first_name": "Eva", "label": "L-6"}
        assert len((await app.add_people([("a", parse_person(wife, "f")), ("b", parse_person(twin_a, "f")),
                                          ("c", parse_person(twin_b, "f"))])).added) == 3
        again = wilner | {"last_name": "Desrozier", "label": "L-7"}
        assert (await app.add_people([("f", parse_person(again, "f"))], allow_duplicates=True)).added


async def test_a_row_typed_twice_in_a_sheet_of_city_and_zip_only_is_asked_about(tmp_path):
    """Trial39: a clinic's sheet keeps city and ZIP, no street; a client typed twice, once as
    "Gutierez", same birth date, ZIP and phone, was imported as two people (two requests to every
    broker), since the near-duplicate check met rows by street only. Birth, city and ZIP meet them
    now, in the sheet and against those held; two streets that differ are still two homes, and a
    city with a birth year alone is too many people's to ask about."""
    from optout.intake import RowsRejected
    from optout.reasons import render

    settings = Settings(data_dir=tmp_path / "data")
    head = "No. Expediente;Apellidos;Nombre(s);Fecha de nacimiento;Dirección;Ciudad;Estado;C.P.\r\n"
    alma = "C-129;Gutiérrez Ruiz;Alma Delia;1982-01-11;;East Los Angeles;CA;90022\r\n"
    typo = "C-131;Gutierez Ruiz;Alma Delia;1982-01-11;;East Los Angeles;CA;90022-3311\r\n"
    path = tmp_path / "clientes.csv"
    async with open_app(settings, create=True) as app:
        path.write_bytes((head + alma + typo).encode("cp1252"))
        with pytest.raises(RowsRejected) as e:
            await app.import_csv(path)
        (bad,) = e.value.problems
        # met by the ZIP, and said so (f41: it said "misma dirección" of a ZIP)
        assert bad.row == 3 and bad.why.code == "input_similar_row_zip" and bad.why.params["row"] == 2
        assert render(bad.why, "es").startswith("parece ser la fila 2 con el nombre escrito de otra forma")
        assert "código postal" in render(bad.why, "es") and "dirección" not in render(bad.why, "es")
        assert not await app.people()
        path.write_bytes((head + alma).encode("cp1252"))
        (_, held), = (await app.import_csv(path)).added
        path.write_bytes((head + typo).encode("cp1252"))
        with pytest.raises(RowsRejected) as e:
            await app.import_csv(path)
        assert e.value.problems[0].why.params["other"] == held
        # one row with a street, the other with the same ZIP only: met by the ZIP
        path.write_bytes((head + typo.replace(";;", ";4512 E Olympic Blvd;")).encode("cp1252"))
        with pytest.raises(RowsRejected):
            await app.import_csv(path)
        # two streets that differ in one ZIP are two homes; a birth year and a city alone ask nothing
        other = {"C-129": "C-140", "C-131": "C-141", "1982-01-11": "1990-05-05"}
        both = (head + re.sub("|".join(other), lambda m: other[m[0]], alma).replace(";;", ";12 Ford Blvd;")
                + re.sub("|".join(other), lambda m: other[m[0]], typo).replace(";;", ";900 Arizona Ave;")
                + "C-142;Gutierrez Ruiz;Alma;1982;;Fresno;CA;\r\nC-143;Gutiérez Ruiz;Alma;1982;;Fresno;CA;\r\n")
        path.write_bytes(both.encode("cp1252"))
        assert len((await app.import_csv(path)).added) == 4


async def test_the_organisation_summary_is_in_the_clinics_language(tmp_path):
    """Trial28: `optout report --all` in a Spanish clinic wrote every client's report in Spanish and the
    organisation's summary in English (it read only --lang)."""
    from optout.report import write_reports

    settings = Settings(data_dir=tmp_path / "data", clinic={"language": "es"})
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(ROSA, "f"))])).added
        _, org = await write_reports(settings, app.store, app.vault, app.catalogue, app.clock.now(), [pid],
                                     tmp_path / "out", pdf=False, organisation=True)
        assert '<html lang="es">' in org.read_text()
        _, org = await write_reports(settings, app.store, app.vault, app.catalogue, app.clock.now(), [pid],
                                     tmp_path / "out", lang="en", pdf=False, organisation=True)
        assert '<html lang="en">' in org.read_text()


@pytest.mark.parametrize("clinic_language,written", [("es", "es"), (None, "en")])
async def test_a_portuguese_clients_report_is_in_the_nearest_language_the_clinic_chose(tmp_path, clinic_language,
                                                                                        written):
    """t32: a Portuguese-speaking client's report fell back to English beside a Spanish note. Of a
    Spanish-speaking clinic it is in Spanish, the nearest language optout has; of a clinic that chose
    none, in English; either way it says at its top which language it is in and which exist."""
    settings = Settings(data_dir=tmp_path / "data", clinic={"language": clinic_language or ""})
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(ROSA | {"language": "pt-BR"}, "f"))])).added
        page = html.unescape((await app.report(pid)).decode())
    assert f'<html lang="{written}">' in page
    note = page[page.index('id="untranslated"'):].split("</p>")[0]
    if written == "es":
        assert "Este informe está en español" in note and "Português" in note, note
        assert "los informes existen en" in note, note
    else:
        assert "This report is in English" in note and "reports exist in English, Spanish" in note, note
