"""Correcting and removing a client from the dashboard (httpx over ASGI, no browser): the edit page
carries every field of the profile (every form of the name with given names and surnames as lists,
past addresses), checks it as ``optout person edit`` does, searches again what a new name or address
affects, writes the audit log without values; removing names what goes and what cannot be undone.
The people page with nobody says what to do first. The walk in Chromium, in Spanish:
tests/test_dashboard_edit_e2e.py."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState
from optout.web._staff import StaffBook
from optout.web._views import build

from .test_dashboard import PASSWORD, Dash

CLIENT = {"first_name": "María José", "last_name": "Garcia", "label": "C-19", "birth_year": 1985,
          "phones": ["+1 213 555 0147"], "relatives": ["Rosa López Díaz"],
          "names": [{"kind": "married", "given": ["María", "José"], "surnames": ["de la Cruz"]}],
          "addresses": [{"city": "Los Angeles", "state": "CA", "street": "77 Sunset Blvd", "zip": "90026"},
                        {"city": "Fresno", "state": "CA"}]}
VALUES = ["María", "Garcia", "García", "López", "C-19", "555 0147", "Rosa", "Sunset", "90026", "Fresno",
          "Los Angeles", "de la Cruz", "Oakland", "Chepita"]


@pytest.fixture
async def dash(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        pid = (await app.add_people([("test", parse_person(CLIENT, "test"))])).added[0][1]
        other = parse_person({"first_name": "Ana", "last_name": "Soto", "label": "C-20"}, "test")
        d = Dash(build(app, idle=600), app)
        d.pid = pid
        d.other = (await app.add_people([("test", other)])).added[0][1]
        yield d
        await d.client.aclose()


def _form(page: str) -> dict[str, str]:
    """The edit form's fields as a browser would send them unchanged (inputs, textareas, selects)."""
    import re
    from html import unescape

    data = {m[1]: unescape(m[2]) for m in re.finditer(r'<input id="[^"]*" name="([^"]+)" type="[^"]*" value="([^"]*)"', page)}
    data.update({m[1]: unescape(m[2]) for m in re.finditer(r'<textarea id="[^"]*" name="([^"]+)" rows="\d+">([^<]*)</textarea>', page)})
    for m in re.finditer(r'<select id="[^"]*" name="([^"]+)">(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', m[2])
        data[m[1]] = chosen[1] if chosen else ""
    data["csrf"] = re.search(r'name="csrf" value="([^"]+)"', page)[1]
    return data


async def _states(app, pid):
    cases = await app.store.cases(person_id=pid)
    now = app.clock.now()
    # one case of each kind a change can meet: not found, removed (a request went out), waiting for a person
    nf, rm, nh = cases[0], cases[1], cases[2]
    later = now + dt.timedelta(days=30)
    await app.store.record(nf.id, "scanned", CaseState.NOT_FOUND, now, next_action_at=later, scan_delta=1)
    await app.store.record(rm.id, "submitted", CaseState.SUBMITTED, now, next_action_at=later, attempts_delta=1)
    await app.store.record(rm.id, "rescanned", CaseState.REMOVED, now, next_action_at=later, scan_delta=1)
    await app.store.record(nh.id, "human_needed", CaseState.NEEDS_HUMAN, now, data={"kind": "captcha"},
                           next_action_at=None)
    return nf.id, rm.id, nh.id


async def test_the_edit_page_shows_every_form_of_the_name_and_every_address(dash):
    await dash.login()
    page = await dash.get(f"/people/{dash.pid}/edit")
    assert page.status_code == 200
    form = _form(page.text)
    assert form["first_name"] == "María José" and form["last_name"] == "Garcia"
    assert form["names-0-kind"] == "married" and form["names-0-given"] == "María José"
    assert form["names-0-surnames"] == "de la Cruz"
    assert form["names-1-given"] == "" and form["names-1-kind"] == "in_use"  # one empty row more
    assert (form["addresses-0-city"], form["addresses-0-street"], form["addresses-1-city"]) == (
        "Los Angeles", "77 Sunset Blvd", "Fresno")
    assert form["addresses-2-city"] == ""
    assert form["relatives"] == "Rosa López Díaz" and form["phones"] == "+1 213 555 0147"
    assert "searches again every broker that did not find the client" in page.text
    es = await dash.get(f"/people/{dash.pid}/edit", headers={"accept-language": "es"})
    assert "Corregir los datos de una persona" in es.text and "Otras formas del nombre" in es.text
    assert "nombre de casada o casado" in es.text and "vuelve a buscar" in es.text


async def test_saving_an_unchanged_form_changes_nothing(dash):
    app = dash.app
    nf, rm, _ = await _states(app, dash.pid)
    await dash.login()
    form = _form((await dash.get(f"/people/{dash.pid}/edit")).text)
    r = await dash.post(f"/people/{dash.pid}/edit", data=form)
    assert r.status_code == 303 and r.headers["location"] == f"/people/{dash.pid}?saved=none"
    # the married name's surname kept as written, one item "de la Cruz", not split into three
    _, p = await app.open_person(dash.pid)
    assert p.names[0].surnames == ["de la Cruz"]
    assert (await app.get_case(nf)).state == CaseState.NOT_FOUND
    assert (await app.get_case(rm)).next_action_at > app.clock.now() + dt.timedelta(days=1)
    page = await dash.get(r.headers["location"])
    assert "Nothing was changed." in page.text


async def test_a_corrected_name_and_a_new_address_are_searched_again(dash):
    app = dash.app
    nf, rm, nh = await _states(app, dash.pid)
    before = len(await app.store.cases(person_id=dash.pid))
    await dash.login()
    form = _form((await dash.get(f"/people/{dash.pid}/edit")).text)
    form.update({"last_name": "García López",  # the accent fixed, the second surname added
                 "aliases": "Chepita\n", "names-1-kind": "previous", "names-1-given": "María",
                 "names-1-surnames": "García Ruiz",
                 # a move: the new current address first, the old ones kept as earlier
                 "addresses-0-street": "", "addresses-0-zip": "", "addresses-0-city": "Oakland",
                 "addresses-0-state": "CA", "addresses-2-city": "Los Angeles", "addresses-2-state": "CA",
                 "phones": "+1 213 555 0147\n+1 510 555 0199", "language": "es"})
    r = await dash.post(f"/people/{dash.pid}/edit", data=form)
    assert r.status_code == 303, r.text
    # a move (c26): the counts of what is searched again and of new cases, never the address
    assert r.headers["location"].startswith(f"/people/{dash.pid}?saved=2&moved=")
    _, p = await app.open_person(dash.pid)
    assert p.last_name == "García López" and p.aliases == ["Chepita"] and p.language == "es"
    assert [(n.kind, n.given, n.surnames) for n in p.names] == [
        ("married", ["María", "José"], ["de la Cruz"]), ("previous", ["María"], ["García", "Ruiz"])]
    assert [a.city for a in p.addresses] == ["Oakland", "Fresno", "Los Angeles"]
    assert p.phones[-1] == "+1 510 555 0199" and p.birth_year == 1985 and p.label == "C-19"
    now = app.clock.now()
    # not found → searched again on the next run; removed → rechecked now, still removed until then
    c = await app.get_case(nf)
    assert c.state == CaseState.NEW and c.next_action_at <= now
    c = await app.get_case(rm)
    assert c.state == CaseState.REMOVED and c.next_action_at <= now
    assert (await app.get_case(nh)).state == CaseState.NEEDS_HUMAN  # a person's question is left to them
    assert len(await app.store.cases(person_id=dash.pid)) >= before
    page = await dash.get(r.headers["location"])
    assert "every broker is checked again for the new address on the next run" in page.text
    assert ": 2 searched again," in page.text
    assert "María José García López" in page.text
    entries = [json.loads(x) for x in (app.settings.data_dir / "audit.log").read_text().splitlines()]
    edit = next(e for e in entries if e["action"] == "edit_person")
    assert edit["person"] == dash.pid and edit["count"] == 2
    assert set(edit["fields"]) == {"last_name", "aliases", "names", "addresses", "phones", "language"}
    text = (app.settings.data_dir / "audit.log").read_text()
    for v in VALUES:
        assert v not in text, v


async def test_a_move_says_the_brokers_are_checked_again_and_when_in_both_languages(dash):
    """As ``optout person edit --move`` says it: after a move every broker is checked again for the
    new address on the next run (the scheduled one, or one started sooner), brokers that now apply are added,
    requests already sent go on. The edit page says it before saving, the person's page after, in
    English and in Spanish; an earlier address added is no move and says the old sentence."""
    app = dash.app
    await _states(app, dash.pid)
    await dash.login()
    page = await dash.get(f"/people/{dash.pid}/edit")
    assert "After a move (a new current address first in the list" in page.text
    assert "checked again for the new address on the next run (the scheduled run" in page.text
    es = await dash.get(f"/people/{dash.pid}/edit", headers={"accept-language": "es"})
    assert "Después de una mudanza" in es.text and "en la próxima ejecución (la programada" in es.text
    assert "After a move" not in es.text
    # an earlier address only: no move
    form = _form(page.text)
    form.update({"addresses-2-city": "Sacramento", "addresses-2-state": "CA"})
    r = await dash.post(f"/people/{dash.pid}/edit", data=form)
    assert r.status_code == 303 and "moved=" not in r.headers["location"]
    assert "The client moved" not in (await dash.get(r.headers["location"])).text
    # the move: Texas, where other brokers apply
    form = _form((await dash.get(f"/people/{dash.pid}/edit")).text)
    form.update({"addresses-0-street": "", "addresses-0-zip": "", "addresses-0-city": "Houston",
                 "addresses-0-state": "TX", "addresses-3-city": "Los Angeles", "addresses-3-state": "CA"})
    r = await dash.post(f"/people/{dash.pid}/edit", data=form)
    assert r.status_code == 303, r.text
    where = r.headers["location"]
    saved, moved = (int(x.split("=")[1]) for x in where.split("?")[1].split("&"))
    _, p = await app.open_person(dash.pid)
    assert p.addresses[0].city == "Houston"
    page = (await dash.get(where)).text
    assert (f"The client moved: every broker is checked again for the new address on the next run (the "
            f"scheduled run, or one started sooner): {saved} searched again, {moved} new for brokers "
            "that now apply") in page
    assert "Requests already sent go on as they were." in page
    es = (await dash.get(where, headers={"accept-language": "es"})).text
    assert (f"La persona se mudó: en la próxima ejecución (la programada, o una iniciada antes) se "
            f"vuelve a revisar cada corredor con la nueva dirección: {saved} se buscan de nuevo, {moved} nuevos") in es
    assert "Houston" not in where and "TX" not in where


async def test_a_street_corrected_is_said_changed_never_a_move_in_both_languages(dash):
    """trial50: fixing a typo in the client's street after import made the person's page say the
    client moved ("se mudó"). Only the old address kept below the new one is a move; a current address
    replaced (a typo, a house number) is said changed, in English and Spanish, with what is checked again."""
    app = dash.app
    await _states(app, dash.pid)
    await dash.login()
    form = _form((await dash.get(f"/people/{dash.pid}/edit")).text)
    assert form["addresses-0-street"] == "77 Sunset Blvd"
    form.update({"addresses-0-street": "79 Sunset Blvd"})  # the house number typed wrong at import
    r = await dash.post(f"/people/{dash.pid}/edit", data=form)
    assert r.status_code == 303 and "moved=" not in r.headers["location"], r.headers["location"]
    page = (await dash.get(r.headers["location"])).text
    assert "The client moved" not in page
    assert "The client's current address was changed (corrected, not a move" in page, page
    es = (await dash.get(r.headers["location"], headers={"accept-language": "es"})).text
    assert "se mudó" not in es and "Se cambió la dirección actual de la persona (una corrección, no una mudanza" in es
    assert "Sunset" not in r.headers["location"]


def test_only_an_old_address_kept_below_the_new_one_is_a_move():
    from optout.app import address_change

    def person(*addresses):
        return parse_person({**CLIENT, "addresses": list(addresses)}, "test")

    la = {"city": "Los Angeles", "state": "CA", "street": "77 Sunset Blvd", "zip": "90026"}
    typo = {**la, "street": "77 Sunst Blvd"}
    houston = {"city": "Houston", "state": "TX", "street": "5 Main St"}
    assert address_change(person(typo), person(la)) == "changed"  # a typo fixed
    assert address_change(person(la, houston), person(houston)) == "changed"  # a past one made current, the old dropped
    assert address_change(person(la), person(houston, la)) == "moved"  # `person edit --move`, the form's move
    assert address_change(person(la), person(houston, {"city": "los angeles", "state": "CA"})) == "moved"
    assert address_change(person(la), person({**la, "street": "77 SUNSET BLVD."}, la)) == "moved"
    assert address_change(person(), person(la)) == "set"
    assert address_change(person(la), person(la, houston)) is None  # a past address added


async def test_a_bad_field_is_said_by_its_name_and_nothing_is_saved(dash):
    app = dash.app
    nf, _, _ = await _states(app, dash.pid)
    await dash.login()
    form = _form((await dash.get(f"/people/{dash.pid}/edit")).text)
    bad = {**form, "last_name": "García López", "phones": "555 01"}  # not a whole number
    r = await dash.post(f"/people/{dash.pid}/edit", data=bad)
    assert r.status_code == 400 and 'role="alert"' in r.text and "phones" in r.text.lower()
    assert 'value="García López"' in r.text  # what the volunteer typed is kept on the page
    r = await dash.post(f"/people/{dash.pid}/edit", data={**form, "addresses-0-state": "ZZ"},
                        headers={"accept-language": "es"})
    assert r.status_code == 400 and "estado" in r.text.lower()
    r = await dash.post(f"/people/{dash.pid}/edit", data={**form, "label": "c-20"})  # the other client's
    assert r.status_code == 400 and dash.other in r.text
    # no name at all (a one-part name may be in either field alone since n23, never in neither)
    r = await dash.post(f"/people/{dash.pid}/edit", data={**form, "first_name": "", "last_name": ""})
    assert r.status_code == 400
    _, p = await app.open_person(dash.pid)
    assert p.last_name == "Garcia" and p.label == "C-19" and p.phones == ["+1 213 555 0147"]
    assert (await app.get_case(nf)).state == CaseState.NOT_FOUND
    # without the session's form token nothing is saved either
    r = await dash.post(f"/people/{dash.pid}/edit", data={**form, "csrf": "x", "last_name": "Otra"})
    assert r.status_code == 403
    assert (await app.open_person(dash.pid))[1].last_name == "Garcia"


async def test_the_cli_edit_searches_a_new_address_again_too(dash):
    app = dash.app
    nf, rm, _ = await _states(app, dash.pid)
    edit = await app.edit_person(dash.pid, move_to={"city": "Oakland", "state": "CA"})
    assert edit.changed == ["addresses"] and edit.searched_again == 2
    assert (await app.get_case(nf)).state == CaseState.NEW
    edit = await app.edit_person(dash.pid, add_phones=["+1 510 555 0199"])
    assert edit.changed == ["phones"] and edit.searched_again == 0  # a phone is matched on, not searched


async def test_removing_names_what_goes_and_asks_first(dash):
    app = dash.app
    await _states(app, dash.pid)
    cases = len(await app.store.cases(person_id=dash.pid))
    await dash.login()
    page = await dash.get(f"/people/{dash.pid}/remove")
    assert page.status_code == 200
    assert "Remove C-19 from optout?" in page.text and f"their {cases} broker cases" in page.text
    assert "It cannot be undone." in page.text and "does not withdraw the 1 request already sent to a broker" in page.text
    es = await dash.get(f"/people/{dash.pid}/remove", headers={"accept-language": "es"})
    assert "¿Eliminar a C-19 de optout?" in es.text and "No se puede deshacer." in es.text
    token = _form((await dash.get(f"/people/{dash.pid}/edit")).text)["csrf"]
    r = await dash.post(f"/people/{dash.pid}/remove", data={"csrf": token})  # no confirmation
    assert r.status_code == 303 and r.headers["location"] == f"/people/{dash.pid}/remove"
    assert dash.pid in {i.id for i in await app.people()}
    r = await dash.post(f"/people/{dash.pid}/remove", data={"csrf": token, "confirm": "yes"})
    assert r.status_code == 303 and r.headers["location"] == "/?removed=1"
    assert dash.pid not in {i.id for i in await app.people()}
    assert not await app.store.cases(person_id=dash.pid)
    assert "The person was removed from optout." in (await dash.get("/?removed=1")).text
    assert (await dash.get(f"/people/{dash.pid}/edit")).status_code == 404
    entries = [json.loads(x) for x in (app.settings.data_dir / "audit.log").read_text().splitlines()]
    assert any(e["action"] == "remove_person" and e["person"] == dash.pid for e in entries)


async def test_the_removal_page_says_which_brokers_mail_goes_and_which_stays_in_the_clinics_mailbox(dash, tmp_path):
    """The brokers' mails optout took for the client's cases: deleted from a local Maildir, listed in
    what goes; left in an IMAP account (the clinic's own), said to stay there, where, and from whom (t52)."""
    app = dash.app
    cases = await app.store.cases(person_id=dash.pid)
    for n, case in enumerate(cases[:2]):
        await app.store.claim_mail(f"k{n}", "reply", case.id, app.clock.now(), dt.timedelta(minutes=10))
    await dash.login()
    mail = app.settings.mail
    app.settings.mail = mail.model_copy(update={"maildir": tmp_path / "Maildir"})
    page = await dash.get(f"/people/{dash.pid}/remove")
    assert "2 mails from brokers about them in the clinic's mailbox folder" in page.text, page.text
    es = await dash.get(f"/people/{dash.pid}/remove", headers={"accept-language": "es"})
    assert "2 correos de corredores sobre esta persona en la carpeta de correo de la clínica" in es.text, es.text
    imap = mail.imap.model_copy(update={"host": "imap.clinic.example", "folder": "Brokers"})
    app.settings.mail = mail.model_copy(update={"maildir": None, "imap": imap})
    brokers = ", ".join(sorted(app.catalogue.index[c.broker_id].name for c in cases[:2]))
    page = await dash.get(f"/people/{dash.pid}/remove")
    assert ("2 mails from brokers about them stay in the clinic's mailbox (folder Brokers at imap.clinic.example): "
            f"optout never deletes mail there. Delete them in the mail client: they are from {brokers}.") in page.text
    es = await dash.get(f"/people/{dash.pid}/remove", headers={"accept-language": "es"})
    assert "2 correos de corredores sobre esta persona quedan en el buzón de la clínica (carpeta Brokers" in es.text


async def test_the_people_page_with_nobody_says_what_to_do_first(tmp_path):
    from optout import clinic

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        d = Dash(build(app, idle=600), app)
        await d.login()
        page = (await d.get("/")).text
        assert 'id="first-steps"' in page and "Add your first client" in page
        assert '<a href="/clinic">Clinic settings</a>: write the clinic' in page
        es = (await d.get("/", headers={"accept-language": "es"})).text
        assert "Todavía no hay nadie. Para empezar:" in es and "Agregue a la primera persona" in es
        clinic.save(settings, "ayuda@clinica.example", "", "en")  # (a clinic's "es" opens the page in Spanish)
        page = (await d.get("/")).text
        assert "The clinic's e-mail is set" in page and 'href="/clinic">Clinic settings</a>: write' not in page
        # a search that finds nobody says so, not the first steps
        token = await d.csrf()
        r = await d.post("/people/search", data={"csrf": token, "q": "nadie"})
        assert "Nobody answers to that name or label." in r.text and "first-steps" not in r.text
        await app.add_people([("t", parse_person({"first_name": "Ana", "last_name": "Soto"}, "t"))])
        assert 'id="first-steps"' not in (await d.get("/")).text
        await d.client.aclose()


async def test_a_language_the_list_does_not_offer_is_shown_by_its_name_and_kept_on_save(dash):
    """A client imported as reading Dari (fa_AF) opened the edit form on "Not said": saved
    unchanged, the language was lost. Its own option now shows it by name, in the reader's language,
    selected, and saving keeps it."""
    app = dash.app
    _, p = await app.open_person(dash.other)
    await app.update_person(dash.other, {**p.model_dump(mode="json", exclude_none=True), "language": "fa_AF"})
    await dash.login()
    page = (await dash.get(f"/people/{dash.other}/edit", headers={"accept-language": "es"})).text
    assert '<option value="fa_AF" selected>دری (darí)</option>' in page, page
    r = await dash.post(f"/people/{dash.other}/edit", data=_form(page), headers={"accept-language": "es"})
    assert r.status_code == 303, r.text
    _, p = await app.open_person(dash.other)
    assert p.language == "fa_AF"


async def test_the_address_brokers_get_is_corrected_on_the_edit_page_and_the_old_one_kept(dash):
    """trial37: the edit page kept ``optout_email`` out of the form: a client who changed the mailbox
    brokers write to could not say so anywhere but by being removed, evidence and all."""
    app = dash.app
    await app.update_person(dash.pid, {**CLIENT, "optout_email": "majo.bajas@example.org"})
    await dash.login()
    page = (await dash.get(f"/people/{dash.pid}/edit", headers={"accept-language": "es"})).text
    assert "Correo que reciben los corredores" in page
    form = _form(page)
    assert form["optout_email"] == "majo.bajas@example.org"
    form["optout_email"] = "majo.nueva@example.org"
    r = await dash.post(f"/people/{dash.pid}/edit", data=form)
    assert r.status_code == 303, r.text
    _, p = await app.open_person(dash.pid)
    assert p.optout_email == "majo.nueva@example.org" and "majo.bajas@example.org" in p.emails
    assert p.template_values(dt.date(2027, 1, 1))["email"] == "majo.nueva@example.org"  # what a broker's form gets


async def test_the_people_search_finds_a_client_by_any_name_they_are_known_by(dash):
    """trial45: a volunteer looking for a client by her married name or her nickname found nobody.
    Every form of the name counts (a married name, an alias, a one-word nickname), accents and case
    folded; a name that is nobody's still finds nobody, and the other client is never shown."""
    await dash.app.edit_person(dash.pid, add_names=["Chepita"])
    await dash.login()
    token = await dash.csrf()
    for q in ("de la Cruz", "maria jose DE LA CRUZ", "Garcia", "chepita"):
        page = (await dash.post("/people/search", data={"csrf": token, "q": q})).text
        assert "C-19" in page and "C-20" not in page, q
    page = (await dash.post("/people/search", data={"csrf": token, "q": "Soto"})).text
    assert "C-20" in page and "C-19" not in page
    page = (await dash.post("/people/search", data={"csrf": token, "q": "Pilar"})).text
    assert "Nobody answers to that name or label." in page
