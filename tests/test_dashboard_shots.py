"""The screenshot on a "needs a person" card is what a volunteer reads a listing from (the card
itself shows no name): drawn whole, in real Chromium, at a phone's width and a desktop's, never
cropped to its middle. A listing's screenshot is a wide strip (1024 x 200: the card as the broker
prints it), which a fixed 16:10 box with ``object-fit: cover`` cut down to a few letters."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from optout.store import CaseState

from .conftest import requires_browser
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)
from .test_lab import CHROMIUM, CHROMIUM_ARGS

pytestmark = [requires_browser, pytest.mark.browser]


async def _strip_png(browser) -> bytes:  # type: ignore[no-untyped-def]
    """A listing card as a broker's page draws it: name on the left, relatives on the right."""
    page = await browser.new_page(viewport={"width": 1024, "height": 200})
    await page.set_content("<body style='margin:0;font:28px serif'><div style='display:flex;justify-content:"
                           "space-between;padding:20px'><b>Xiomara Quintanilla</b><span>Relatives</span></div></body>")
    png = await page.screenshot()
    await page.close()
    return png


async def test_a_listings_screenshot_on_the_queue_is_drawn_whole(dash):  # noqa: F811
    from playwright.async_api import async_playwright

    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            png = await _strip_png(browser)
            key, _ = await app.open_person(dash.pid)
            rel = f"{case.id}/shot.png.sealed"
            path = app.settings.evidence_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(key.seal(png, f"evidence:{rel}"))
            await app.store.add_evidence(case.id, "screenshot", rel, hashlib.sha256(png).hexdigest(), app.clock.now())
            await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(),
                                   data={"kind": "uncertain_match", "reason": "unsure"}, next_action_at=None)
            await dash.login()

            async def through_the_app(route):  # type: ignore[no-untyped-def]
                url = httpx.URL(route.request.url)
                r = await dash.client.get(url.raw_path.decode())
                await route.fulfill(status=r.status_code, body=r.content,
                                    headers={"content-type": r.headers.get("content-type", "text/html")})

            page = await browser.new_page()
            await page.route("http://127.0.0.1/**", through_the_app)
            for width in (375, 1280):
                await page.set_viewport_size({"width": width, "height": 900})
                await page.goto("http://127.0.0.1/human")
                img = page.locator("img.shot")
                await img.wait_for()
                await page.wait_for_function("document.querySelector('img.shot').complete")
                drawn = await img.evaluate(
                    "i => ({w: i.clientWidth, h: i.clientHeight, nw: i.naturalWidth, nh: i.naturalHeight, "
                    "fit: getComputedStyle(i).objectFit})")
                assert drawn["nw"] == 1024 and drawn["nh"] == 200, drawn
                whole = drawn["fit"] in ("contain", "scale-down") or \
                    abs(drawn["w"] / drawn["h"] - drawn["nw"] / drawn["nh"]) < 0.05
                assert whole, (width, drawn)
        finally:
            await browser.close()
