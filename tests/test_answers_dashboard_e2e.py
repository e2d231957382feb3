"""The dashboard asks ONE question about records resold by several brokers, in real Chromium: the
volunteer answers it once, every case listing those records is answered, and the answers can be
seen and undone on the client's page."""

from __future__ import annotations

import asyncio
import re

import pytest
import uvicorn

from optout.app import open_app
from optout.person import parse_person
from optout.store import CaseState
from optout.web._staff import StaffBook
from optout.web._views import build

from .conftest import requires_browser
from .harness import Optout, lab_settings
from .test_answers import BROKERS, vague
from .test_dashboard_e2e import PASSWORD, _free_port, log_in
from .test_lab import CHROMIUM, CHROMIUM_ARGS

pytestmark = [requires_browser, pytest.mark.browser]

@pytest.fixture
async def resale_lab(tmp_path):
    from optout.lab import Lab

    lab = Lab(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", resale=True)
    await lab.start()
    try:
        yield lab
    finally:
        await lab.stop()


async def test_one_grouped_question_answers_every_broker_and_can_be_undone(resale_lab, tmp_path):
    from playwright.async_api import async_playwright

    person = parse_person(vague(), "test")
    resale_lab.seed_people([("maria", person)])
    settings = lab_settings(tmp_path / "data", resale_lab)
    async with Optout(settings) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        cases = {b: (await o.case("p_maria", b)).id for b in BROKERS}
    port = _free_port()
    async with open_app(settings) as app:
        StaffBook(settings.data_dir).add("rosa", PASSWORD)
        server = uvicorn.Server(uvicorn.Config(build(app), host="127.0.0.1", port=port, log_level="warning",
                                               lifespan="off"))
        serving = asyncio.get_running_loop().create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.05)
        try:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                page = await (await browser.new_context(base_url=f"http://127.0.0.1:{port}")).new_page()
                await page.goto("/login")
                await log_in(page)

                await page.goto("/human?person=p_maria&kind=uncertain_match")
                cards = page.locator("article.task")
                assert await cards.count() == 1  # one question, not one per broker
                card = cards.first
                text = await card.inner_text()
                assert "3 brokers" in text and all(n in text for n in ("PeopleFind", "QuickLook", "Truthy")), text
                rows = card.locator("tbody tr")
                assert await rows.count() >= 2
                for i in range(await rows.count()):
                    row = rows.nth(i)
                    mine = "Austin" in await row.locator("td").first.inner_text()
                    await row.get_by_label("This is them" if mine else "Not them").check()
                await card.get_by_role("button", name="Save and check again").click()
                await page.wait_for_url(re.compile(r".*/human(\?.*)?$"))  # back to the list as filtered (t30)
                assert await page.locator("article.task").count() == 0
                for b, cid in cases.items():  # every case of the group was answered and is due
                    assert (await app.get_case(cid)).state == CaseState.NEW, b

                await page.goto("/people/p_maria")
                answers = page.locator("#answers tbody tr")
                n = await answers.count()
                assert n >= 2
                assert await page.locator("#answers").get_by_text("This is them").count() == 1
                await answers.last.get_by_role("button", name="Undo").click()
                await page.wait_for_url("**/people/p_maria#answers")
                assert await page.locator("#answers tbody tr").count() == n - 1
                await browser.close()
        finally:
            server.should_exit = True
            await serving
