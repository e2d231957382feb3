"""The bare side of scripts/bench: the Searchly flow with Playwright alone, no optout engine.

Run by scripts/bench.py as a subprocess (so it is timed and its memory measured the same way as
`optout run`); it imports nothing from optout. It reads one JSON job on stdin:

    {"lab_url", "executable", "args", "user_agent", "viewport", "block", "timeout_ms",
     "concurrency", "people": [{"key", "first", "last", "state", "city", "email"}, ...]}

and prints one JSON line: {"ok": n, "flows": [{"key", "ok", "listing", "confirmation", "error"}]}.

One browser, a fresh context per flow (proxy = the lab), images/media/fonts aborted by a route,
asyncio.Semaphore(concurrency) over the flows. Every wait is on the page (result cards, the
confirmation text); there are no fixed sleeps.
"""

from __future__ import annotations

import asyncio
import json
import sys

from playwright.async_api import Browser, Route, async_playwright

HOME = "http://searchly.lab.test/"


async def one_flow(browser: Browser, job: dict, person: dict) -> dict:
    out = {"key": person["key"], "ok": False, "listing": None, "confirmation": None, "error": None}
    block = set(job["block"])
    context = await browser.new_context(
        proxy={"server": job["lab_url"]},
        user_agent=job["user_agent"],
        accept_downloads=False,
        service_workers="block",
        viewport=job["viewport"],
    )
    try:
        async def route(r: Route) -> None:
            if r.request.resource_type in block:
                await r.abort("blockedbyclient")
            else:
                await r.continue_()

        await context.route("**/*", route)
        page = await context.new_page()
        page.set_default_timeout(job["timeout_ms"])
        page.set_default_navigation_timeout(job["timeout_ms"])

        # 1. search: fill the form, submit, wait for the JavaScript-drawn cards
        await page.goto(HOME, wait_until="domcontentloaded")
        await page.get_by_label("First name").fill(person["first"])
        await page.get_by_label("Last name").fill(person["last"])
        await page.get_by_label("State").select_option(person["state"])
        await page.get_by_role("button", name="Search").click()
        await page.locator("article.card, div.empty, div.error").first.wait_for(state="attached")
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

        # 2. the profile page, 3. its removal page, 4. the request, 5. the confirmation
        await page.goto(HOME.rstrip("/") + href, wait_until="domcontentloaded")
        await page.get_by_role("link", name="Remove this record").click()
        await page.get_by_label("Your email").fill(person["email"])
        await page.get_by_role("button", name="Send removal request").click()
        await page.get_by_text("Request received").wait_for()
        out["confirmation"] = await page.locator("#conf").inner_text()
        out["ok"] = out["confirmation"].startswith("SL-")
        if not out["ok"]:
            out["error"] = "no confirmation number"
    except Exception as e:  # a failed flow is reported (and fails the benchmark), not retried
        out["error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"
    finally:
        await context.close()
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
