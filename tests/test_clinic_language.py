"""The clinic's default language (Clinic settings / ``clinic.language``): new clients, CSV rows
without a language and reports default to it; a client's own language wins (docs/PEOPLE.md, "The
clinic's language")."""

from __future__ import annotations

import pytest

from optout import clinic
from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from tests.test_dashboard import dash  # noqa: F401  (the fixture)

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
    assert "Sin indicar (el de la clínica: Español)" in (await dash.get("/people/new", headers={"accept-language": "es"})).text


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
    """A Haitian, Vietnamese, Dari or French reader's report falls back to English (not to the clinic's
    Spanish: docs/PEOPLE.md), and says at its top that no translation into their language exists,
    naming it as they write it; a Spanish or English reader's report says nothing of the kind."""
    settings = Settings(data_dir=tmp_path / "data", clinic={"language": "es"})
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(ROSA | {"language": language}, "f"))])).added
        page = (await app.report(pid)).decode()
        assert '<html lang="en">' in page
        assert 'id="untranslated"' in page and f"no translation into {name}" in page
        for own in ("es", "en"):
            (_, other), = (await app.add_people([("f", parse_person(ROSA | {"language": own, "label": f"C-{own}", "last_name": f"Ruiz {own}",
                                                                           "first_name": "Ana"}, "f"))])).added
            assert 'id="untranslated"' not in (await app.report(other)).decode()


async def test_the_dashboard_says_beside_the_report_links_that_there_is_no_translation(dash):  # noqa: F811
    """The volunteer sees, before handing a Haitian client their report, that it is in English; a
    Spanish reader's page says nothing of it."""
    await dash.login()
    (_, ht), = (await dash.app.add_people([("f", parse_person(ROSA | {"language": "Kreyòl"}, "f"))])).added
    page = (await dash.get(f"/people/{ht}", headers={"accept-language": "es"})).text
    assert 'id="untranslated"' in page and "No hay traducción a Kreyòl Ayisyen (criollo haitiano)" in page
    (_, es), = (await dash.app.add_people([("f", parse_person(ROSA | {"language": "es", "label": "C-9",
                                                                      "last_name": "Ruiz"}, "f"))])).added
    assert 'id="untranslated"' not in (await dash.get(f"/people/{es}")).text
