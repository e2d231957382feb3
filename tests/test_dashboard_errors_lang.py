"""What a volunteer meets when the dashboard is left open, used by two people at once or while the
worker runs: one line in the page's language, naming what to do, never a bare "Internal Server
Error", a traceback or a line of English (trial28)."""

from __future__ import annotations

import sqlite3

from optout.store import CaseState
from tests.test_dashboard import Dash, _park, dash  # noqa: F401  (the fixture)

ES = {"accept-language": "es"}


async def test_a_form_from_a_page_left_open_is_refused_in_the_pages_language(dash):  # noqa: F811
    case = await _park(dash.app, dash.pid)
    # the session ended (the page was left open, or the volunteer logged out in another tab)
    r = await dash.post(f"/cases/{case}/done", data={"csrf": "old"}, headers=ES)
    assert r.status_code == 403 and r.text.startswith("Su sesión terminó") and "log in" not in r.text
    # logged in again, but the form is from the page opened before: reload it
    await dash.login()
    r = await dash.post(f"/cases/{case}/done", data={"csrf": "from-before"}, headers=ES)
    assert r.status_code == 403 and r.text.startswith("Esta página está desactualizada"), r.text
    assert (await dash.app.get_case(case)).state == CaseState.NEEDS_HUMAN
    r = await dash.post(f"/cases/{case}/done", data={"csrf": "from-before"})
    assert r.text.startswith("This page is out of date")


async def test_the_store_held_by_another_process_is_said_in_the_pages_language(dash):  # noqa: F811
    """A run (or a colleague's dashboard) writing at the moment a volunteer clicks "I did it": the
    store answers "database is locked" after its wait; the page says so in Spanish and that nothing
    was lost, and the click can simply be made again."""
    case = await _park(dash.app, dash.pid)
    await dash.login()
    token = await dash.csrf()
    holder = sqlite3.connect(dash.app.settings.data_dir / "optout.db", isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        r = await dash.post(f"/cases/{case}/done", data={"csrf": token}, headers=ES)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.status_code in (409, 503)  # the view's own error page, or the one every view shares
    assert "otro optout (una ejecución, el worker o el panel de un colega) estaba guardando" in r.text
    assert "solo en inglés" not in r.text and "locked" not in r.text
    assert (await dash.app.get_case(case)).state == CaseState.NEEDS_HUMAN
    r = await dash.post(f"/cases/{case}/done", data={"csrf": token}, headers=ES)  # again: it works
    assert r.status_code == 303 and (await dash.app.get_case(case)).state == CaseState.SUBMITTED


async def test_the_add_form_asks_about_a_client_held_under_another_spelling_and_lets_two_people_be_added(dash):  # noqa: F811
    """Two volunteers enter one client from two intake forms: the second is told, in the page's
    language, who is held already; a box to tick says they are two people, and only then is the
    second added."""
    await dash.login()
    token = await dash.csrf("/people/new")
    form = {"csrf": token, "first_name": "Wilner", "last_name": "Desrosiers", "birth_date": "1979-03-14",
            "street": "41 Norfolk St", "city": "Mattapan", "state": "MA"}
    first = await dash.post("/people/new", data=form, headers=ES)
    assert first.status_code == 303
    held = first.headers["location"].rsplit("/", 1)[1]
    again = await dash.post("/people/new", data=form | {"last_name": "Desrozier"}, headers=ES)
    assert again.status_code == 400 and f"parece ser {held} con el nombre escrito de otra forma" in again.text
    assert 'name="two_people"' in again.text and "Son dos personas distintas" in again.text
    assert 'name="two_people"' not in (await dash.get("/people/new", headers=ES)).text
    anyway = await dash.post("/people/new", data=form | {"last_name": "Desrozier", "two_people": "yes"}, headers=ES)
    assert anyway.status_code == 303 and anyway.headers["location"] != first.headers["location"]
