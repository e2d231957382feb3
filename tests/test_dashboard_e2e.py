"""The dashboard end to end, as a clinic volunteer uses it, in real Chromium against the broker lab:
log in, import a CSV, start a run and watch it finish, open a person and see the screenshots, mark
a CAPTCHA done from the queue, prove removals with a second run days later, download the report;
every page drawn at 375 px (a phone) and 1280 px without sideways scrolling.

Screenshots of each page at both widths are kept in ``$OPTOUT_TEST_ARTIFACTS`` (default
``test-artifacts/dashboard`` in the work tree) for a person to look at."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
from pathlib import Path

import pytest
import uvicorn

from optout.app import open_app
from optout.person import load_person
from optout.store import CaseState
from optout.web._staff import StaffBook
from optout.web._views import build

from .conftest import EXAMPLES, requires_browser
from .harness import lab_settings
from .test_lab import CHROMIUM, CHROMIUM_ARGS

pytestmark = [requires_browser, pytest.mark.browser, pytest.mark.slow]

PASSWORD = "volunteer password 1"
ARTIFACTS = Path(os.environ.get("OPTOUT_TEST_ARTIFACTS", Path(__file__).parent.parent / "test-artifacts")) / "dashboard"
CSV = (
    "label,first_name,middle_name,last_name,aliases,birth_year,birth_date,emails,phones,optout_email,street,city,state,zip,past_addresses\n"
    "A-01,Alex,Jordan,Rivera,Alex Moreno,1984,,alex.rivera@example.org,+1 217 555 0134,alex.optout@example.org,"
    "12 Elm Street,Springfield,IL,62701,\"Peoria, IL\"\n"
    "M-02,Maria,Luz,Okafor,,,1971-06-14,maria.okafor@example.net,(512) 555-0198,maria.optout@example.net,"
    "400 Cedar Avenue,Austin,TX,78701,\"San Antonio, TX\"\n"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def served(asgi):  # type: ignore[no-untyped-def]
    """The dashboard ``asgi`` on a real server on a free local port, for as long as the block runs:
    its base URL."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    serving = asyncio.get_running_loop().create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


async def _snap(page, name: str) -> None:
    """Screenshots at a phone's and a desktop's width; neither may scroll sideways."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (375, 1280):
        await page.set_viewport_size({"width": width, "height": 900})
        await page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
    await page.set_viewport_size({"width": 1280, "height": 900})


#: The login form's label, password label and button, and the runs page's start button, by language.
WORDS = {"en": {"name": "Staff name", "password": "Password", "log_in": "Log in", "start": "Start"},
         "es": {"name": "Nombre de la cuenta", "password": "Contraseña", "log_in": "Entrar", "start": "Iniciar"}}


async def log_in(page, lang: str = "en", name: str = "rosa", password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    """On the login page: fill the form as a volunteer does and wait for the people page."""
    words = WORDS[lang]
    await page.get_by_label(words["name"]).fill(name)
    await page.get_by_label(words["password"]).fill(password)
    await page.get_by_role("button", name=words["log_in"]).click()
    await page.wait_for_url("**/")


async def run_from_dashboard(page, lang: str = "en", timeout: float = 400) -> str:  # type: ignore[no-untyped-def]
    """Start a run on the runs page and wait until it has finished; the run's card text.

    Nothing here navigates while another navigation is in flight (each such goto ended in
    net::ERR_ABORTED now and then): the Start form's POST and its 303 back to /runs are waited for as
    one navigation, and then the page reloads itself (its meta refresh, every 2 s while a run goes
    on) until the card says finished; the locator waits across those reloads."""
    await page.goto("/runs")
    async with page.expect_navigation(url="**/runs"):
        await page.get_by_role("button", name=WORDS[lang]["start"]).click()
    card = page.locator("#run[data-finished=yes]")
    await card.wait_for(timeout=timeout * 1000)
    return await card.inner_text()


async def test_a_volunteer_runs_the_clinic_from_the_dashboard(lab, tmp_path):
    from playwright.async_api import async_playwright

    lab.seed_people([("alex", load_person(EXAMPLES / "alex.toml")), ("maria", load_person(EXAMPLES / "maria.toml"))])
    settings = lab_settings(tmp_path / "data", lab)
    csv_file = tmp_path / "clinic.csv"
    csv_file.write_text(CSV, "utf-8")
    port = _free_port()
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("rosa", PASSWORD)
        asgi = build(app)
        server = uvicorn.Server(uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
        serving = asyncio.get_running_loop().create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.05)
        try:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                context = await browser.new_context(base_url=f"http://127.0.0.1:{port}", accept_downloads=True)
                page = await context.new_page()

                # log in
                await page.goto("/")
                assert page.url.endswith("/login")
                await _snap(page, "login")
                await log_in(page)

                # import the clinic's CSV
                await page.get_by_label("CSV file").set_input_files(str(csv_file))
                await page.get_by_role("button", name="Import").click()
                await page.get_by_text("Imported 2 people").wait_for()
                assert await page.locator("table.people tbody tr").count() == 2
                await _snap(page, "people")

                # start a run for everyone and watch it finish
                text = await run_from_dashboard(page)
                assert "finished" in text
                await _snap(page, "runs")

                # the CAPTCHA broker waits for a person: mark it done from the queue
                tasks = await app.human_tasks()
                captcha = await app.get_case(next(t["case"] for t in tasks if t["kind"] == "captcha"))
                await page.goto(f"/human?person={captcha.person_id}&kind=captcha")
                task = page.locator(f"#case-{captcha.id}")
                await task.wait_for()
                assert "solve the CAPTCHA" in await task.inner_text()
                await _snap(page, "human")
                await task.get_by_role("button", name="I did it").click()
                await page.wait_for_url(re.compile(r".*/human(\?.*)?$"))  # back to the list as filtered (t30)
                assert (await app.get_case(captcha.id)).state == CaseState.SUBMITTED
                assert await page.locator(f"#case-{captcha.id}").count() == 0

                # a listing optout was unsure of (Alex Rivera: a common name, only an age and a city
                # shown): the volunteer says it is them, and the case is searched again and submitted
                doubt = next((t for t in tasks if t["kind"] == "uncertain_match"), None)
                if doubt is not None:
                    await page.goto("/human?kind=uncertain_match")
                    card = page.locator(f"#case-{doubt['case']}")
                    await card.wait_for()
                    assert "age agrees" in await card.inner_text()
                    for li in doubt["listings"]:
                        await card.locator(f"input[name=l{li['id']}][value=them]").check()
                    await card.get_by_role("button", name="Save and check again").click()
                    await page.wait_for_url(re.compile(r".*/human(\?.*)?$"))  # back to the list as filtered (t30)
                    assert (await app.get_case(doubt["case"])).state == CaseState.NEW
                    resumed = [e for e in await app.store.events(doubt["case"]) if e.kind == "resumed"][-1]
                    assert len(resumed.data["match_keys"]) == len(doubt["listings"])

                # days later, a second run proves removals by searching again
                lab.advance(days=4)
                await app.clock.refresh(settings.lab_url)
                await run_from_dashboard(page)

                # the person's page: states, references and screenshots as thumbnails
                if doubt is not None:  # the listing settled as theirs went on to its removal request (at
                    # PeopleCheck that means its CAPTCHA: a person again, but no longer "is it them?")
                    left = [t["kind"] for t in await app.human_tasks() if t["case"] == doubt["case"]]
                    assert "uncertain_match" not in left
                    assert (await app.get_case(doubt["case"])).state != CaseState.NEW
                alex = next(i for i in await app.people() if i.label == "A-01")
                await page.goto(f"/people/{alex.id}")
                body = await page.locator("main").inner_text()
                assert "removal proven" in body  # the report's word for it (trial41: one vocabulary)
                proven = page.locator("tr.state-removed")
                assert await proven.count() >= 1
                # before (the listing as found) and after (the search that no longer finds it)
                assert await proven.first.locator("figure.shot-before img").count() >= 1
                assert await proven.first.locator("figure.shot-after img").count() >= 1
                thumbs = page.locator("td.thumbs img")
                assert await thumbs.count() >= 1
                first = await thumbs.first.get_attribute("src")
                shot = await context.request.get(first)
                body = await shot.body()
                # served as what it is: a browser page's JPEG, or a rendered http page's PNG
                want = "image/jpeg" if body[:3] == b"\xff\xd8\xff" else "image/png"
                assert body[:3] == b"\xff\xd8\xff" or body[:8] == b"\x89PNG\r\n\x1a\n"
                assert shot.status == 200 and shot.headers["content-type"] == want
                assert shot.headers["cache-control"] == "no-store"
                await _snap(page, "person")

                # the report, one click away: it opens in the browser (trial41: it downloaded), and
                # "Download: HTML" saves it; HTML and PDF, no-store, never cached
                await page.get_by_role("link", name="Report (HTML)").click()
                await page.wait_for_url(f"**/people/{alex.id}/report.html")
                shown = await page.inner_text("body")
                assert "PeopleFind" in shown and "Searchly" in shown
                await page.go_back()
                async with page.expect_download() as dl:
                    await page.get_by_role("link", name="HTML", exact=True).click()
                html = Path(await (await dl.value).path()).read_text("utf-8")
                assert "PeopleFind" in html and "Searchly" in html
                report = await context.request.get(f"/people/{alex.id}/report.pdf")
                assert report.status == 200 and report.headers["cache-control"] == "no-store"
                assert (await report.body())[:5] == b"%PDF-"

                # in Spanish
                await page.get_by_role("button", name="Español").click()
                await page.get_by_role("link", name="Personas").wait_for()
                await _snap(page, "person-es")
                await browser.close()
        finally:
            server.should_exit = True
            await serving
            await asgi.dashboard.close()
    audit = (settings.data_dir / "audit.log").read_text()
    for action in ("login", "import", "run", "done", "view_person", "view_evidence", "report"):
        assert f'"action": "{action}"' in audit
    assert "Rivera" not in audit and "Okafor" not in audit
