"""The dashboard's new-person form takes the e-mail address brokers get (``optout_email``), as
``person add`` (a profile's field), ``person import`` (its column) and ``person edit --optout-email``
do (f38: only the edit page had it, so a volunteer adding a client from the dashboard could not keep
the client's everyday address from brokers). Labelled in English and Spanish; a misspelt provider
is refused naming the field, as everywhere."""

from __future__ import annotations

import re

from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)


async def test_a_new_person_can_be_given_the_address_brokers_get(dash):  # noqa: F811
    await dash.login()
    for lang, label in (("en", "E-mail address brokers get"), ("es", "correo")):
        page = await dash.get("/people/new", headers={"accept-language": lang})
        assert re.search(r'<input id="optout_email" name="optout_email" type="email"', page.text), page.text[:3000]
        field = re.search(r'<label for="optout_email">(.*?)</label>', page.text).group(1)
        assert label.casefold() in field.casefold(), (lang, field)
    token = await dash.csrf("/people/new")
    r = await dash.post("/people/new", data={"csrf": token, "first_name": "Yésica", "last_name": "Zamora Núñez",
                                             "city": "El Paso", "state": "TX", "birth_year": "1990",
                                             "email": "yesica.casa@example.org",
                                             "optout_email": "yesica.bajas@example.org"})
    assert r.status_code == 303, r.text[:2000]
    pid = r.headers["location"].rsplit("/", 1)[-1]
    _, person = await dash.app.open_person(pid)
    assert person.optout_email == "yesica.bajas@example.org" and person.emails == ["yesica.casa@example.org"]
    r = await dash.post("/people/new", data={"csrf": token, "first_name": "Ana", "last_name": "Pop", "city": "Dallas",
                                             "state": "TX", "birth_year": "1980", "optout_email": "ana@gmial.com"})
    assert r.status_code == 400 and "gmail.com" in r.text, r.text[:2000]
