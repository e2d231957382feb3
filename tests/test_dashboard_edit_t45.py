"""t45: two tabs editing one client: the second save is refused, never written over the first."""

from __future__ import annotations

import re

from .test_dashboard_edit import _form, dash  # noqa: F401  (the fixture)


def _version(page: str) -> str:
    return re.search(r'name="version" value="([^"]*)"', page)[1]


async def test_a_form_opened_before_another_save_is_refused_and_the_first_save_kept(dash):  # noqa: F811
    """Trial45: «Corregir» in two tabs; tab 1 adds a phone and saves; tab 2 adds two other names and
    saves: the phone was gone, without a word."""
    await dash.login()
    pages = [(await dash.get(f"/people/{dash.pid}/edit", headers={"accept-language": "es"})).text for _ in range(2)]
    tab1, tab2 = ({**_form(p), "version": _version(p)} for p in pages)
    assert tab1["version"] and tab1["version"] == tab2["version"]
    tab1["phones"] += "\n+1 510 555 0199"
    r = await dash.post(f"/people/{dash.pid}/edit", data=tab1)
    assert r.status_code == 303, r.text
    tab2.update({"names-1-kind": "previous", "names-1-given": "María", "names-1-surnames": "García Ruiz",
                 "aliases": "Chepita"})
    r = await dash.post(f"/people/{dash.pid}/edit", data=tab2, headers={"accept-language": "es"})
    assert r.status_code == 409, r.status_code
    assert "alguien cambió los datos de esta persona" in r.text and "no se guardó nada" in r.text
    _, p = await dash.app.open_person(dash.pid)
    assert "+1 510 555 0199" in " ".join(p.phones)  # tab 1's phone kept
    assert p.aliases == [] and len(p.names) == 1  # tab 2's names not written
    # sent again as it is, still refused; opened anew, it saves
    assert (await dash.post(f"/people/{dash.pid}/edit", data=tab2)).status_code == 409
    page = (await dash.get(f"/people/{dash.pid}/edit")).text
    fresh = {**_form(page), "version": _version(page), "aliases": "Chepita"}
    assert (await dash.post(f"/people/{dash.pid}/edit", data=fresh)).status_code == 303
    _, p = await dash.app.open_person(dash.pid)
    assert p.aliases == ["Chepita"] and "+1 510 555 0199" in " ".join(p.phones)
    r = await dash.post(f"/people/{dash.pid}/edit", data=tab1, headers={"accept-language": "en"})
    assert r.status_code == 409 and "was changed by someone else" in r.text


async def test_an_edit_between_read_and_write_is_never_written_over(dash):  # noqa: F811
    """The store's compare-and-swap: a profile changed after update_person read it is kept."""
    import pytest

    from optout.app import PersonChanged

    app = dash.app
    read = await app.store.get_person(dash.pid)
    await app.store.update_person(dash.pid, read + b"", app.clock.now())  # the same bytes: the swap holds
    assert await app.store.update_person(dash.pid, read, app.clock.now(), expected=read)
    assert not await app.store.update_person(dash.pid, read, app.clock.now(), expected=b"something else")
    with pytest.raises(PersonChanged):
        await app.update_person(dash.pid, {"first_name": "Ana", "last_name": "Soto"}, version="0" * 32)
