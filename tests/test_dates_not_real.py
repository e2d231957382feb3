"""f44b: "31/02/1990" was refused as a wrong format ("expected a date as YYYY-MM-DD"), and so was
"1990-02-31" once the volunteer rewrote it: no format makes it a day. Every date field says a day no
calendar has is not a real date, in English and Spanish: a profile's and the add form's birth date,
a sheet's, the day a broker's answer came (dashboard and CLI), a DROP filing's and an
authorisation's day (CLI)."""

from __future__ import annotations

import pytest
from optout.intake import RowsRejected
from optout.person import parse_person, unreal_date
from optout.reasons import render
from tests.test_dashboard import dash  # noqa: F401  (the fixture)

NOT_REAL = {"en": "not a real date", "es": "no es una fecha real"}


@pytest.mark.parametrize("text,unreal", [("31/02/1990", True), ("02/31/1990", True), ("1990-02-31", True),
                                         ("29/02/2023", True), ("29/02/2024", False), ("13/02/1990", False),
                                         ("1990-13-01", True), ("1990-02-28", False), ("next week", False)])
def test_a_day_no_calendar_has_is_told_apart_from_a_wrong_format(text, unreal):
    assert unreal_date(text) is unreal


@pytest.mark.parametrize("given", ["31/02/1990", "1990-02-31", "1990-2-30"])
def test_a_profiles_birth_date_that_is_no_day_is_said_so(given):
    from optout.errors import ProfileError

    with pytest.raises(ProfileError) as e:
        parse_person({"first_name": "Rosa", "last_name": "Ruiz", "birth_date": given,
                      "addresses": [{"city": "Fresno", "state": "CA"}]}, "f")
    (where, why), = e.value.problems
    assert where == "birth_date" and why.code == "input_date_not_real", why
    for lang, words in NOT_REAL.items():
        assert render(why, lang).startswith(words)
        assert "AAAA-MM-DD" not in render(why, lang) and "YYYY-MM-DD" not in render(why, lang)


async def test_a_sheets_birth_date_that_is_no_day_is_said_so(tmp_path):
    from optout.app import open_app
    from optout.settings import Settings

    path = tmp_path / "clientes.csv"
    path.write_text("first_name,last_name,birth_date,city,state\nRosa,Ruiz,31/02/1990,Fresno,CA\n"
                    "Ana,Soto,1990-02-30,Fresno,CA\n", encoding="utf-8")
    async with open_app(Settings(data_dir=tmp_path / "data"), create=True) as app:
        with pytest.raises(RowsRejected) as e:
            await app.import_csv(path)
    assert [p.why.code for p in e.value.problems] == ["input_date_not_real"] * 2


async def test_the_dashboards_date_fields_say_a_day_is_not_real(dash):  # noqa: F811
    from optout.store import CaseState

    await dash.login()
    es = {"accept-language": "es"}
    r = await dash.post("/people/new", headers=es, data={"csrf": await dash.csrf("/people/new"), "first_name": "Rosa",
                                                         "last_name": "Ruiz", "city": "Fresno", "state": "CA",
                                                         "birth_date": "31/02/1990"})
    assert r.status_code == 400 and NOT_REAL["es"] in r.text, r.text
    case = (await dash.app.store.cases(person_id=dash.pid))[0]
    await dash.app.store.record(case.id, "submitted", CaseState.SUBMITTED, dash.app.clock.now(), data={},
                                next_action_at=None)
    year = dash.app.clock.now().year - 1
    for on in (f"31/02/{year}", f"{year}-02-31"):
        r = await dash.post(f"/cases/{case.id}/reply", headers=es,
                            data={"csrf": await dash.csrf(f"/people/{dash.pid}"), "channel": "post", "on": on,
                                  "kind": "confirmed", "note": "borrado", "back": f"/people/{dash.pid}"})
        assert r.status_code == 400 and NOT_REAL["es"] in r.text, r.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_clis_day_arguments_say_a_day_is_not_real(capsys, lang):
    from optout import cli

    with pytest.raises(SystemExit):
        cli.main(["--lang", lang, "drop", "record", "P", "--reference", "R", "--filed", "31/02/2025"])
    assert NOT_REAL[lang] in capsys.readouterr().err
