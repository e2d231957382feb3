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


def test_two_saves_of_the_clinic_settings_read_at_one_version_exactly_one_wins(tmp_path, monkeypatch):
    """Faults pass 46 #3: the t45 check read the version, then wrote, in two steps: two saves of forms
    read at one version both passed the check when the second checked before the first wrote, and
    the first save was lost without a word. The check and the write are one step now."""
    import threading
    import time

    from optout import clinic, files
    from optout.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")
    settings.data_dir.mkdir()
    clinic.save(settings, "first@clinic.example", "")
    read_at = clinic.version(settings)
    write = files.write_private

    def slow_write(path, data, **kw):  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # a slow disk: the other save checks meanwhile
        write(path, data, **kw)

    monkeypatch.setattr(files, "write_private", slow_write)
    won, refused = [], []

    def save(email: str) -> None:
        try:
            clinic.save(settings, email, "", read_at=read_at)
            won.append(email)
        except clinic.ClinicChanged:
            refused.append(email)

    tabs = [threading.Thread(target=save, args=(f"tab{n}@clinic.example",)) for n in (1, 2)]
    for t in tabs:
        t.start()
    for t in tabs:
        t.join()
    assert len(won) == 1 and len(refused) == 1, (won, refused)
    assert clinic.contact(settings).contact_email == won[0]  # the winner's save is the one kept


async def test_two_edits_of_a_person_read_at_one_version_exactly_one_wins(dash):  # noqa: F811
    """Faults pass 46 #3, the person's form checked the same way: two edits read at one version, run
    at once, are one compare-and-swap each in the store; exactly one is written."""
    import asyncio

    from optout.app import PersonChanged

    app = dash.app
    version = await app.person_version(dash.pid)
    _, p = await app.open_person(dash.pid)
    base = p.model_dump(mode="json", exclude_none=True)
    tries = [app.update_person(dash.pid, {**base, "aliases": [alias]}, version=version) for alias in ("Chepa", "Pepa")]
    results = await asyncio.gather(*tries, return_exceptions=True)
    assert sorted(type(r).__name__ for r in results) == ["EditResult", "PersonChanged"], results
    assert any(isinstance(r, PersonChanged) for r in results)
    _, p = await app.open_person(dash.pid)
    winner = ["Chepa", "Pepa"][[type(r).__name__ for r in results].index("EditResult")]
    assert p.aliases == [winner]
