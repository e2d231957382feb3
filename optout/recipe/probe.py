"""``optout recipe probe``: check recipes against their live sites without submitting anything.

For each flow that runs on a page (scan and opt-out, browser or http; an e-mail opt-out's
``named_on`` page, which must still show the address), the probe opens the flow's
pages as the recipe's steps reach them and checks that every element a step would use is there,
**without** filling, choosing, checking or clicking anything: it goes no further than the first
step that would act on the site (a click, which may submit). Templates are filled from the
recipe-check test person (``optout.recipe.check.test_person``), never a real one; a navigation to
``${listing.…}`` is where the probe of that flow stops (there is no listing without a search).

The result (``ok``, ``failed`` with the step and reason, or ``bot_wall``) is written into the
recipe file's ``verified.probed`` (date, result, detail), so a user can tell us which recipes work
from where they are. A bot wall says nothing of the recipe: it is reported as such.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import SimpleNamespace
from pathlib import Path
from typing import Any

from optout.errors import BotWall, OptoutError, StepError
from optout.recipe import schema as s
from optout.recipe.template import render
from optout.settings import Settings


@dataclass
class ProbeResult:
    recipe: str
    result: str  # ok | failed | bot_wall | skipped
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"recipe": self.recipe, "result": self.result, "detail": self.detail}


async def _probe_flow(page: Any, steps: list[Any], values: dict[str, str], flow: str, domains: list[str]) -> str:
    """Walk ``steps`` without acting; returns what was checked. Raises StepError naming the step."""
    from optout.channels.base import host_allowed

    checked = 0
    for i, step in enumerate(steps):
        label = f"{flow}.steps[{i}] ({step.action})"
        try:
            match step:
                case s.Navigate():
                    if "${listing." in step.url:
                        return f"{checked} element(s) found; stopped at {label}: it needs a listing"
                    url = render(step.url, values, url=True, where=label)
                    if not host_allowed(url, domains):
                        raise StepError("the URL is not on one of the recipe's domains")
                    await page.goto(url)
                case s.Fill() | s.Select() | s.Check():
                    if not await page.has_element(step.locator):
                        raise StepError(f"nothing matches {step.locator.describe()}", url=page.url)
                    checked += 1
                case s.Expect() if step.contains and not step.optional:
                    # read-only: the text a person sees (an e-mail opt-out's page still giving its address)
                    shown = await page.has_text(step.contains)
                    if shown == step.absent:
                        raise StepError(f"the page {'shows' if step.absent else 'does not show'} the expected "
                                        f"text {step.contains!r}", url=page.url)
                    checked += 1
                case s.Click():
                    if step.in_listing is None and not step.optional and step.locator is not None:
                        if not await page.has_element(step.locator):
                            raise StepError(f"nothing matches {step.locator.describe()}", url=page.url)
                        checked += 1
                    return f"{checked} element(s) found; stopped before {label}: it would act on the site"
                case _:
                    continue
        except StepError as e:
            e.step = e.step or label
            raise
    return f"{checked} element(s) found"


async def probe_recipe(recipe: s.Recipe, settings: Settings) -> ProbeResult:
    from optout.channels.browser import BrowserChannel
    from optout.channels.http import HttpChannel
    from optout.ratelimit import RateLimiter
    from optout.recipe.check import test_person

    values = {k: v for k, v in test_person().template_values(dt.date.today()).items() if k in recipe.inputs}
    domains = list(recipe.domains) + [m.domain for m in recipe.mirrors]
    flows: list[tuple[str, Any]] = [
        (name, f) for name, f in (("scan", recipe.scan), ("optout", recipe.optout))
        if f is not None and getattr(f, "channel", None) in ("browser", "http") and getattr(f, "steps", None)]
    if recipe.optout.email and recipe.optout.email.named_on:
        # an e-mail opt-out's page: does it still give the address the letters go to?
        flows.append(("optout.email", SimpleNamespace(channel="http", steps=recipe.optout.email.page_steps())))
    if not flows:
        return ProbeResult(recipe.id, "skipped", "no flow runs on a web page (e-mail without named_on, manual "
                                                 "or parent)")
    limiter = RateLimiter(settings.worker.per_broker_per_minute)
    proxy = settings.effective_proxy
    http = HttpChannel(settings.network, proxy, limiter)
    browser = BrowserChannel(settings.browser, settings.network, proxy, limiter)
    notes = []
    try:
        for name, flow in flows:
            if flow.channel == "http":
                notes.append(f"{name}: " + await _probe_flow(http.page(recipe.id, domains), flow.steps, values,
                                                            name, domains))
            else:
                async with browser.page(recipe.id, domains) as page:
                    notes.append(f"{name}: " + await _probe_flow(page, flow.steps, values, name, domains))
    except BotWall as e:
        return ProbeResult(recipe.id, "bot_wall", f"{e.step or ''}: {e.vendor}'s bot wall".lstrip(": "))
    except OptoutError as e:
        return ProbeResult(recipe.id, "failed", str(e))
    finally:
        await http.close()
        await browser.close()
    return ProbeResult(recipe.id, "ok", "; ".join(notes))


_PROBED = re.compile(r"^  probed:.*\n", re.M)


def write_probe(path: Path, result: ProbeResult, today: dt.date) -> None:
    """Put ``verified.probed: {on, result, detail}`` into the recipe file, replacing an older one and
    keeping everything else (comments included) as written."""
    import json

    text = path.read_text(encoding="utf-8")
    text = _PROBED.sub("", text)
    detail = json.dumps(result.detail[:300], ensure_ascii=False)
    line = f"  probed: {{on: {today.isoformat()}, result: {result.result}, detail: {detail}}}\n"
    m = re.search(r"^verified:[^\n]*\n", text, re.M)
    if m is None:
        raise OptoutError(f"{path}: no verified block to write the probe into")
    text = text[:m.end()] + line + text[m.end():]
    path.write_text(text, encoding="utf-8")
