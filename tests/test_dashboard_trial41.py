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
