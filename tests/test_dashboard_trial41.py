"""trial41's findings that need no browser (in-process over ASGI, as tests/test_dashboard.py): the
report is served to open in the browser under a policy of its own, "descargar" saves it; a case's
screenshots say their kind and whole date once per group, not "después 01-02" under each."""

from __future__ import annotations

import re

from optout.store import CaseState
from optout.web import _security
from optout.web._security import HEADERS

from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)


async def test_the_report_opens_in_the_browser_and_a_separate_link_downloads_it(dash):  # noqa: F811
    await dash.login()
    es = {"accept-language": "es"}
    page = await dash.get(f"/people/{dash.pid}", headers=es)
    assert f'href="/people/{dash.pid}/report.html"' in page.text
    assert "Descargar:" in page.text and f'href="/people/{dash.pid}/report.html?download=1" download' in page.text
    shown = await dash.get(f"/people/{dash.pid}/report.html", headers=es)
    assert shown.status_code == 200
    assert shown.headers["content-disposition"] == f'inline; filename="optout-report-{dash.pid}.html"'
    # its own policy: its inline style and data: pictures, sandboxed, no script; nothing else eased
    policy = _security.REPORT_CSP
    assert shown.headers["content-security-policy"] == policy
    assert "sandbox" in policy and "script" not in policy
    for k in ("cache-control", "x-frame-options", "referrer-policy", "x-content-type-options"):
        assert shown.headers[k] == HEADERS[k], k
    saved = await dash.get(f"/people/{dash.pid}/report.html?download=1", headers=es)
    assert saved.headers["content-disposition"] == f'attachment; filename="optout-report-{dash.pid}.html"'
    assert saved.content.startswith(b"<!doctype html>")
    # every other page keeps the dashboard's strict policy
    assert page.headers["content-security-policy"] == HEADERS["content-security-policy"]


async def test_a_cases_screenshots_say_their_kind_and_whole_date_once(dash):  # noqa: F811
    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    now = app.clock.now()
    await app.store.record(case.id, "rescanned", CaseState.REMOVED, now, data={}, next_action_at=None)
    await app.store.add_evidence_many(case.id, [
        ("screenshot", f"{case.id}/a.png.sealed", "0" * 64, "scan (found)"),
        ("screenshot", f"{case.id}/b.png.sealed", "1" * 64, "scan (after)"),
        ("screenshot", f"{case.id}/c.png.sealed", "2" * 64, "scan (after)"),
        ("screenshot", f"{case.id}/d.png.sealed", "3" * 64, "scan (after)")], now)
    await dash.login()
    page = (await dash.get(f"/people/{dash.pid}", headers={"accept-language": "es"})).text
    day = now.strftime("%Y-%m-%d")
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", page)
    assert captions == [f"la ficha tal como se encontró · {day}", f"búsqueda posterior: ya no aparece · {day}"], captions
    assert page.count('<figure class="shot-after">') == 1 and page.count("<img") >= 4
    assert f"{now:%m-%d}</figcaption>" not in page.replace(day, "")  # never the month and day alone


async def test_the_people_page_the_person_page_and_the_report_count_the_same_things_in_the_same_words(dash):  # noqa: F811
    """trial41: the people page said "Solicitados 16" and the report "en espera: 2": two counts under
    words that read alike. Every reader now shows App.person_counts, each key under one catalogue
    word (count:<key>); here on one store, in Spanish."""
    from optout import reasons

    app = dash.app
    cases = await app.store.cases(person_id=dash.pid)
    now = app.clock.now()
    for c in cases[:3]:  # asked, then proven gone
        await app.store.record(c.id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None,
                               attempts_delta=1)
    for c in cases[:2]:
        await app.store.record(c.id, "rescanned", CaseState.REMOVED, now, data={}, next_action_at=None)
    await app.store.record(cases[3].id, "human_needed", CaseState.NEEDS_HUMAN, now, next_action_at=None,
                           data={"kind": "id_upload"}, attempts_delta=1)
    await app.store.record(cases[4].id, "human_needed", CaseState.NEEDS_HUMAN, now, next_action_at=None,
                           data={"kind": "id_upload"})
    await app.decline(cases[4].id)
    await app.store.record(cases[5].id, "scanned", CaseState.NOT_FOUND, now, next_action_at=None)
    counts = await app.person_counts(dash.pid)
    assert (counts["requested"], counts["removed"], counts["waiting"], counts["declined"], counts["not_found"]) \
        == (4, 2, 1, 1, 1)

    await dash.login()
    es = {"accept-language": "es"}
    people = (await dash.get("/", headers=es)).text
    heads = re.findall(r"<th>(.*?)</th>", people)
    words = [reasons.text(f"count:{k}", "es") for k in reasons.COUNTS]
    assert heads[2:] == words, heads  # after Persona and Corredores: one column per count, its word
    cells = re.findall(r'<td data-label="([^"]+)" class="[a-z-]+">(?:<a [^>]*>)?([0-9]+)', people)
    on_people = {label: int(n) for label, n in cells if label in words}
    person = (await dash.get(f"/people/{dash.pid}", headers=es)).text
    report = (await dash.get(f"/people/{dash.pid}/report.html", headers=es)).text  # the client's: English
    span = re.compile(r'<span data-count="([a-z_]+)">([^<]+): ([0-9]+)</span>')
    on_person = {k: (w, int(n)) for k, w, n in span.findall(person)}
    on_report = {k: (w, int(n)) for k, w, n in span.findall(report)}
    for k in reasons.COUNTS:
        word_es, word_en = reasons.text(f"count:{k}", "es"), reasons.text(f"count:{k}", "en")
        assert on_people[word_es] == counts[k], k
        assert on_person.get(k, (word_es, 0)) == (word_es, counts[k]), k
        assert on_report.get(k, (word_en, 0)) == (word_en, counts[k]), k
    assert "Solicitados (al menos una vez): 4" in person and "Requested (at least once): 4" in report


async def test_a_restart_keeps_a_volunteers_session_but_never_one_that_logged_out(dash):  # noqa: F811
    """trial41: restarting the dashboard (a clinic's machine at night) logged everyone out. Sessions
    are kept in the data directory (sessions.json, 0600, each token's SHA-256 only): the same cookie
    and the same form's token work after a restart; after logout neither does the stolen cookie,
    before or after another restart; an idle session still ends."""
    import asyncio
    import hashlib
    import stat

    import httpx

    from optout.web._views import COOKIE, build

    app = dash.app
    await dash.login()
    token = dash.client.cookies.get(COOKIE)
    csrf = await dash.csrf("/")
    kept = app.settings.data_dir / "sessions.json"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert token not in kept.read_text() and hashlib.sha256(token.encode()).hexdigest() in kept.read_text()

    def restarted(idle: float = 600) -> httpx.AsyncClient:  # a new process: nothing of the old one's memory
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=build(app, idle=idle)), base_url="http://127.0.0.1",
                                 follow_redirects=False, cookies={COOKIE: token})

    async with restarted() as after:
        assert (await after.get("/")).status_code == 200
        # a half-typed form sent after the restart is taken, with the token it was opened with
        r = await after.post("/people/search", data={"csrf": csrf, "q": "CASE-7731"})
        assert r.status_code == 200 and "CASE-7731" in r.text
        assert (await after.post("/logout", data={"csrf": csrf})).status_code == 303
        assert (await after.get("/")).status_code == 303  # logged out here
    async with restarted() as thief:  # the cookie copied before logout, tried after another restart
        assert (await thief.get("/")).status_code == 303
        assert (await thief.post("/people/search", data={"csrf": csrf, "q": "x"})).status_code == 403
    # nor in the first process, still running beside them: it reads the kept sessions again
    assert (await dash.get("/")).status_code == 303

    await dash.login()
    token = dash.client.cookies.get(COOKIE)
    await asyncio.sleep(0.5)
    async with restarted(idle=0.3) as idle:  # idle longer than allowed across the restart: ended
        assert (await idle.get("/")).status_code == 303


async def test_the_person_page_names_each_state_with_the_reports_word(dash):  # noqa: F811
    """trial41: the person page said "solicitado" where the client's report says "solicitud enviada,
    en espera" for the same case. The person page now says each state in the report's words."""
    from optout import reasons

    app = dash.app
    cases = await app.store.cases(person_id=dash.pid)
    now = app.clock.now()
    states = [CaseState.SUBMITTED, CaseState.REMOVED, CaseState.CONFIRMED, CaseState.WAITING_PARENT,
              CaseState.RELISTED]
    for c, state in zip(cases, states):
        await app.store.record(c.id, "test", state, now, data={}, next_action_at=None, attempts_delta=1)
    await dash.login()
    page = (await dash.get(f"/people/{dash.pid}", headers={"accept-language": "es"})).text
    pills = re.findall(r'<span class="pill">([^<]+)</span>', page)
    for state in states:
        assert reasons.text(f"report:state.{state.value}", "es") in pills, (state, pills)
    assert "solicitado" not in pills
