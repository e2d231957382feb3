"""The dashboard's people search as a clinic's volunteer uses it (t48): a nickname ("Lupe" for
Guadalupe, "Chuy" for Jesús, "Pancho" for Francisco, from the matcher's nickname tables), an initial
and a surname ("M. Hernández"), one surname of two, another name; each row says how the client was
found, in the volunteer's own words only, in English and Spanish."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from optout.app import PersonInfo, found_by, open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.web._staff import StaffBook
from optout.web._views import build

from .test_dashboard import PASSWORD, Dash

GUADALUPE = {"first_name": "Guadalupe", "last_name": "Hernández López", "label": "EXP-101",
             "aliases": ["Lupita"], "names": [{"kind": "previous", "given": ["Guadalupe"], "surnames": ["Ruiz"]}]}
JESUS = {"first_name": "Jesús", "middle_name": "Manuel", "last_name": "de la Cruz Ortega", "label": "EXP-102"}
FRANCISCO = {"first_name": "Francisco", "last_name": "Martínez", "label": "EXP-103"}


def info(profile: dict) -> PersonInfo:
    return PersonInfo("p_x", profile.get("label"), dt.datetime(2026, 1, 1, tzinfo=dt.UTC), parse_person(profile, "test"))


@pytest.mark.parametrize(("profile", "query", "how"), [
    (GUADALUPE, "Lupe", "nickname"),
    (GUADALUPE, "lupe hernandez", "nickname"),
    (JESUS, "Chuy", "nickname"),
    (JESUS, "chuy de la cruz", "nickname"),
    (FRANCISCO, "Pancho Martinez", "nickname"),
    (GUADALUPE, "G. Hernández", "initial"),
    (JESUS, "M. Ortega", "initial"),
    (GUADALUPE, "Hernández", "one_surname"),
    (GUADALUPE, "lopez", "one_surname"),
    (GUADALUPE, "Hernandez Lopez", "name"),
    (FRANCISCO, "Martínez", "name"),  # his only surname: not "one of two"
    (GUADALUPE, "Guadalupe Ruiz", "other_name"),
    (GUADALUPE, "Lupita", "other_name"),
    (GUADALUPE, "exp-101", "label"),
])
def test_a_query_finds_the_client_and_says_how(profile, query, how):
    assert found_by(info(profile), query) == how


@pytest.mark.parametrize(("profile", "query"), [
    (GUADALUPE, "Chuy"), (JESUS, "Lupe"), (FRANCISCO, "M. Martínez"), (GUADALUPE, "Pancho Hernández"),
    (JESUS, "Lupe Ortega"), (FRANCISCO, "  "),
])
def test_a_query_of_someone_else_finds_nobody(profile, query):
    assert found_by(info(profile), query) is None


async def test_the_people_list_shows_which_name_found_each_client(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        await app.add_people([(f"p{i}", parse_person(p, f"p{i}")) for i, p in enumerate((GUADALUPE, JESUS, FRANCISCO))])
        dash = Dash(build(app, idle=600), app)
        await dash.login()
        try:
            async def search(q: str, lang: str) -> str:
                token = await dash.csrf("/")
                r = await dash.post("/people/search", data={"csrf": token, "q": q},
                                    headers={"accept-language": lang})
                assert r.status_code == 200
                return r.text

            en = await search("Lupe", "en")
            assert re.findall(r'data-found-by="(\w+)"', en) == ["nickname"]
            assert "EXP-101" in en and "EXP-102" not in en
            assert "found by: nickname <q>Lupe</q>" in en
            # only the volunteer's own words: neither the alias nor the previous surname is shown
            assert "Lupita" not in en and "Ruiz" not in en
            es = await search("M. Hernández", "es")  # nobody's initial is M with Hernández
            assert "data-found-by" not in es
            es = await search("Chuy", "es")
            assert "EXP-102" in es and "encontrado por: apodo o diminutivo <q>Chuy</q>" in es
            es = await search("Hernández", "es")
            assert "encontrado por: uno de los apellidos <q>Hernández</q>" in es
        finally:
            await dash.client.aclose()
