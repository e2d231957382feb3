"""The bare side of scripts/bench: the Searchly flow with Playwright alone, no optout engine.

Run by scripts/bench.py as a subprocess (so it is timed and its memory measured the same way as
`optout run`); it imports nothing from optout. It reads one JSON job on stdin:

    {"lab_url", "executable", "args", "user_agent", "viewport", "block", "timeout_ms", "concurrency",
     "people": [{"key", "first", "last", "state", "city", "email"}, ...],
     "two_contexts": false, "evidence": false}

and prints one JSON line: {"ok": n, "flows": [{"key", "ok", "listing", "confirmation", "error", "steps"}]}.

One browser, a fresh context per flow (proxy = the lab), images/media/fonts aborted by a route,
asyncio.Semaphore(concurrency) over the flows. Every wait is on the page, with the same Playwright
primitive optout uses for it: the result cards with a locator wait, the confirmation text with
wait_for_function (polled every animation frame). No fixed sleeps.

`two_contexts` and `evidence` are only for `scripts/bench --explain`: they add, one at a time, what
optout does beyond this flow (a separate context for the scan and for the removal; the page HTML
read after the search, with a screenshot and the page text, and a screenshot and the page text at the
end: the same capture optout makes, ``SHOT``).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from playwright.async_api import Browser, BrowserContext, Page, Route, async_playwright

HOME = "http://searchly.lab.test/"
# optout's evidence screenshot (optout.channels.browser.BrowserPage.screenshot: Chromium's
# Page.captureScreenshot over a DevTools session on the page), for --explain only; kept in step with
# it by tests/test_bench_quick.py
SHOT = {"format": "jpeg", "quality": 70}


async def shoot(page: Page, sessions: dict) -> bytes:
    """One evidence screenshot as optout takes it (a session per page, made on the first one)."""
    import base64

    if page not in sessions:
        sessions[page] = await page.context.new_cdp_session(page)
    return base64.b64decode((await sessions[page].send("Page.captureScreenshot", SHOT))["data"])
HAS_TEXT = "t => !!document.body && document.body.innerText.toLowerCase().includes(t.toLowerCase())"


async def open_page(browser: Browser, job: dict) -> tuple[BrowserContext, Page]:
    block = set(job["block"])
    context = await browser.new_context(
        proxy={"server": job["lab_url"]},
        user_agent=job["user_agent"],
        accept_downloads=False,
        service_workers="block",
        viewport=job["viewport"],
    )

    async def route(r: Route) -> None:
        if r.request.resource_type in block:
            await r.abort("blockedbyclient")
        else:
            await r.continue_()

    await context.route("**/*", route)
    page = await context.new_page()
    page.set_default_timeout(job["timeout_ms"])
    page.set_default_navigation_timeout(job["timeout_ms"])
    return context, page


async def one_flow(browser: Browser, job: dict, person: dict) -> dict:
    out = {"key": person["key"], "ok": False, "listing": None, "confirmation": None, "error": None, "steps": {}}
    t = [time.monotonic()]

    def lap(name: str) -> None:  # seconds spent in each phase, for reading the figures
        t.append(time.monotonic())
        out["steps"][name] = round(out["steps"].get(name, 0) + t[-1] - t[-2], 3)

    contexts: list[BrowserContext] = []
    sessions: dict = {}  # a DevTools session per page, for the evidence screenshots
    try:
        context, page = await open_page(browser, job)
        contexts.append(context)
        lap("context")

        # 1. search: fill the form, submit, wait for the JavaScript-drawn cards
        await page.goto(HOME, wait_until="domcontentloaded")
        await page.get_by_label("First name").fill(person["first"])
        await page.get_by_label("Last name").fill(person["last"])
        await page.get_by_label("State").select_option(person["state"])
        await page.get_by_role("button", name="Search").click()
        await page.locator("article.card, div.empty:not([hidden])").first.wait_for(state="attached")
        lap("search")
        if job.get("evidence"):
            # what optout keeps of the results page (its "scan (found)"): the markup (read once, for
            # extraction too), a viewport screenshot and the page text
            await page.content()
            await shoot(page, sessions)
            await page.inner_text("body")
            lap("evidence")
        cards = await page.locator("article.card").evaluate_all(
            "els => els.map(e => ({loc: (e.querySelector('.card-loc') || {}).textContent || '',"
            " href: (e.querySelector('a.card-link') || {getAttribute: () => null}).getAttribute('href')}))"
        )
        # the person's own listing: the card in their city (a namesake nearby lives in another town)
        mine = [c for c in cards if c["loc"].strip() == f"{person['city']}, {person['state']}" and c["href"]]
        if len(mine) != 1:
            out["error"] = f"{len(cards)} card(s), {len(mine)} in the person's city"
            return out
        href = mine[0]["href"]
        out["listing"] = href.rstrip("/").rsplit("/", 1)[-1]
        lap("search")
        if job.get("two_contexts"):
            await contexts.pop().close()
            context, page = await open_page(browser, job)
            contexts.append(context)
        lap("context")

        # 2. the profile page, 3. its removal page, 4. the request, 5. the confirmation
        await page.goto(HOME.rstrip("/") + href, wait_until="domcontentloaded")
        await page.get_by_role("link", name="Remove this record").click()
        await page.get_by_label("Your email").fill(person["email"])
        await page.get_by_role("button", name="Send removal request").click()
        await page.wait_for_function(HAS_TEXT, arg="Request received")
        out["confirmation"] = await page.locator("#conf").inner_text()
        lap("removal")
        if job.get("evidence"):
            await shoot(page, sessions)  # what optout keeps of the confirmation ("optout (done)")
            await page.inner_text("body")
            lap("evidence")
        out["ok"] = out["confirmation"].startswith("SL-")
        if not out["ok"]:
            out["error"] = "no confirmation number"
    except Exception as e:  # a failed flow is reported (and fails the benchmark), not retried
        out["error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"
    finally:
        for c in contexts:
            await c.close()
        lap("context")
    return out


async def main() -> int:
    job = json.load(sys.stdin)
    sem = asyncio.Semaphore(job["concurrency"])
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=job["executable"], headless=True, args=job["args"])
        try:
            async def limited(person: dict) -> dict:
                async with sem:
                    return await one_flow(browser, job, person)

            flows = await asyncio.gather(*(limited(p) for p in job["people"]))
        finally:
            await browser.close()
    print(json.dumps({"ok": sum(f["ok"] for f in flows), "flows": flows}))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
