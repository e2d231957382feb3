"""trial41, in real Chromium on a real server, as a Spanish-reading volunteer on a phone (375 px)
or a keyboard: the first Tab reaches "Saltar al contenido", shown where it can be seen, and Enter
takes the focus to the page's content; the client's report opens in the browser (not a download,
with its style and pictures), "Descargar" saves it, and it does not scroll sideways at 375 px,
a long recorded note included."""

from __future__ import annotations

import pytest

from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState
from optout.web._staff import StaffBook
from optout.web._views import build

from .conftest import requires_browser
from .test_dashboard_e2e import ARTIFACTS, PASSWORD, log_in, served
from .test_lab import CHROMIUM, CHROMIUM_ARGS

pytestmark = [requires_browser, pytest.mark.browser]

CLIENT = {"first_name": "Marisol", "last_name": "Henríquez Alvarado", "label": "F-41", "language": "es",
          "birth_year": 1968, "addresses": [{"city": "Houston", "state": "TX"}]}
#: a recorded telephone answer as a volunteer types it: one long line, and an address with no space
NOTE = ("Llamaron a la clínica: dicen que borraron la ficha de la señora y que el número de caso es "
        "REF-2026-000000000000000000000000000000000000000041 https://broker.example/privacy/requests/"
        "confirmation?ticket=0123456789abcdef0123456789abcdef " * 3)


async def test_skip_link_report_inline_and_no_sideways_scroll_at_375(tmp_path):
    from playwright.async_api import async_playwright

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("rosa", PASSWORD)
        pid = (await app.add_people([("test", parse_person(CLIENT, "test"))])).added[0][1]
        cases = await app.store.cases(person_id=pid)
        now = app.clock.now()
        for c in cases[:3]:
            await app.store.record(c.id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None,
                                   attempts_delta=1)
        await app.record_reply(cases[0].id, channel="phone", on=now.date(),
                               kind="acknowledged", note=NOTE)
        async with served(build(app)) as base:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                context = await browser.new_context(base_url=base, locale="es-MX",
                                                    viewport={"width": 375, "height": 800},
                                                    extra_http_headers={"Accept-Language": "es-MX,es;q=0.9"})
                page = await context.new_page()

                # the keyboard: on every page after the login (whose name field takes the focus
                # itself), the first Tab is the skip link, seen where it is; Enter reaches the content
                await page.goto("/login")
                await log_in(page, "es")
                for path in ("/", f"/people/{pid}", "/human", "/runs"):
                    await page.goto(path)
                    await page.keyboard.press("Tab")
                    focused = page.locator(":focus")
                    assert (await focused.inner_text()).strip() == "Saltar al contenido", path
                    box = await focused.bounding_box()
                    assert box is not None and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 375, box
                    assert box["width"] > 20 and box["height"] > 10, box  # shown, not a pixel off screen
                    await page.keyboard.press("Enter")
                    assert await page.evaluate("document.activeElement.tagName") == "MAIN", path
                    await page.keyboard.press("Tab")  # the next stop is inside the content, past the menu
                    assert await page.evaluate("document.activeElement.closest('main') !== null"), path

                # the report opens in the page (a download would raise here), styled, at the phone's width
                await page.goto(f"/people/{pid}")
                async with page.expect_response(lambda r: "/report.html" in r.url) as got:
                    await page.get_by_role("link", name="Informe (HTML)").click()
                response = await got.value
                assert response.headers["content-disposition"].startswith("inline"), response.headers
                await page.wait_for_load_state()
                assert page.url.endswith(f"/people/{pid}/report.html")
                assert "Informe de eliminación de datos" in await page.inner_text("h1")
                # its own style applies (the dashboard's policy would have blocked the inline <style>)
                assert await page.evaluate("getComputedStyle(document.querySelector('.summary-table tr')).display") \
                    == "none"  # the header row: on a phone each broker is a card with its labels
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                await page.screenshot(path=str(ARTIFACTS / "report-es-375.png"), full_page=False)
                wide = await page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                assert wide[0] <= wide[1], f"the report is {wide[0]} px wide at {wide[1]} px"
                assert NOTE.split()[0] in await page.inner_text("body")  # the note is there, wrapped

                # a separate link saves it
                await page.goto(f"/people/{pid}")
                download = page.get_by_role("link", name="HTML", exact=True)
                assert "Descargar" in await page.locator(".downloads").inner_text()
                async with page.expect_download() as saved:
                    await download.click()
                assert (await saved.value).suggested_filename == f"optout-report-{pid}.html"
                await browser.close()
