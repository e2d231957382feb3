"""A volunteer corrects a client in Spanish, in real Chromium: the client was entered as "Sofia
Hernandez" (no accent, one surname); the volunteer writes "Sofía Hernández Ruiz", adds her married
name, and sees the change on the person page, with how many brokers are searched again. Every
page's words are Spanish; the edit and remove pages fit a phone's width (375 px) without scrolling
sideways. No broker is run: tests/test_dashboard_es_e2e.py walks a run."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
import uvicorn

from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState
from optout.web._staff import StaffBook
from optout.web._views import build

from .conftest import requires_browser
from .test_dashboard_e2e import PASSWORD, _free_port, _snap, log_in
from .test_dashboard_es_e2e import _leaks, _spanish_text
from .test_lab import CHROMIUM, CHROMIUM_ARGS

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]


async def test_a_volunteer_corrects_a_client_in_spanish(tmp_path):
    from playwright.async_api import async_playwright

    settings = Settings(data_dir=tmp_path / "data")
    port = _free_port()
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("rosa", PASSWORD)
        person = parse_person({"first_name": "Sofia", "last_name": "Hernandez", "birth_year": 1990,
                               "addresses": [{"city": "Fresno", "state": "CA"}]})
        pid = (await app.add_people([("test", person)])).added[0][1]
        now = app.clock.now()
        searched = (await app.store.cases(person_id=pid))[:2]  # two brokers searched under the old name
        for c in searched:
            await app.store.record(c.id, "scanned", CaseState.NOT_FOUND, now,
                                   next_action_at=now + dt.timedelta(days=30), scan_delta=1)
        asgi = build(app)
        server = uvicorn.Server(uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
        serving = asyncio.get_running_loop().create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.05)
        names = ("Sofía", "Sofia", "Hernández Ruiz", "Hernández", "Hernandez", "Ruiz", "Fresno", "Peña")
        leaked: dict[str, list[str]] = {}
        try:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                context = await browser.new_context(base_url=f"http://127.0.0.1:{port}", locale="es-MX",
                                                    extra_http_headers={"Accept-Language": "es-MX,es;q=0.9"})
                page = await context.new_page()
                await page.goto("/")
                await log_in(page, "es")
                await page.goto(f"/people/{pid}")
                await page.get_by_role("link", name="Corregir los datos de la persona").click()
                await page.wait_for_url(f"**/people/{pid}/edit")
                leaked["edit"] = _leaks(await _spanish_text(page), names)
                assert "vuelve a buscar en cada corredor que no encontró a la persona" in await _spanish_text(page)
                await _snap(page, "person-edit-es")

                # the accent and the second surname, and her married name as another form of it
                await page.get_by_label("Nombre(s)").first.fill("Sofía")
                await page.get_by_label("Apellido(s)").first.fill("Hernández Ruiz")
                await page.locator("#names-0-kind").select_option("married")
                await page.locator("#names-0-given").fill("Sofía")
                await page.locator("#names-0-surnames").fill("Hernández de la Peña")
                await page.get_by_role("button", name="Guardar").click()
                await page.wait_for_url(f"**/people/{pid}?saved=2")
                text = await _spanish_text(page)
                leaked["saved"] = _leaks(text, names)
                assert "Sofía Hernández Ruiz" in await page.locator("h1").inner_text()
                assert "Guardado." in text and "vuelve a buscar en 2 corredores" in text

                # removing asks first, in Spanish, and "no" keeps her
                await page.get_by_role("link", name="Eliminar a esta persona").click()
                await page.wait_for_url(f"**/people/{pid}/remove")
                text = await _spanish_text(page)
                leaked["remove"] = _leaks(text, names)
                assert "¿Eliminar a Sofía Hernández Ruiz de optout?" in text and "No se puede deshacer." in text
                await _snap(page, "person-remove-es")
                await page.get_by_role("link", name="No, mantener a la persona").click()
                await page.wait_for_url(f"**/people/{pid}")
                await browser.close()
        finally:
            server.should_exit = True
            await serving
            await asgi.dashboard.close()
        _, stored = await app.open_person(pid)
        assert (stored.first_name, stored.last_name) == ("Sofía", "Hernández Ruiz")
        assert [(n.kind, n.given, n.surnames) for n in stored.names] == [
            ("married", ["Sofía"], ["Hernández", "de", "la", "Peña"])]
        for c in searched:  # searched again on the next run under the corrected name
            assert (await app.get_case(c.id)).state == CaseState.NEW
        assert pid in {i.id for i in await app.people()}
    assert not {k: v for k, v in leaked.items() if v}, leaked
