"""Run a recipe's steps on a page, one by one, dispatched by ``action``.

This is the only place that knows what each step does. It knows nothing of brokers (no site names),
of retries (the channels and the worker do that), or of storage (it reports through ``Flow``).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from optout.channels.base import Page, host_allowed
from optout.errors import ExpectationFailed, NeedsHuman, SelectorNotFound, StepError
from optout.recipe import schema as s
from optout.recipe.detect import analyse
from optout.recipe.template import render
from optout.steps.extract import item_xpath, listing_index, select

#: Called to keep evidence: (kind, bytes, step label).
EvidenceSink = Callable[[str, bytes, str], Awaitable[None]]


class MailSource:
    """Where ``email_confirmation`` looks for the broker's mail (a Maildir now; IMAP later)."""

    async def wait_for_link(
        self, *, to: str, domains: list[str], subject_contains: str | None, link_pattern: str | None,
        timeout: float, not_before: float,
    ) -> tuple[str, bytes]:  # (link, raw message)
        raise NeedsHuman("no mailbox is configured to read the broker's confirmation e-mail", kind="other")


@dataclass
class Flow:
    """What a run of steps produced."""

    values: dict[str, str]
    reference: str | None = None
    confirmed: bool = False
    extracted: dict[str, str] = field(default_factory=dict)
    steps_done: int = 0


async def _condition(page: Page, cond: s.Condition) -> bool:
    present = await page.has_text(cond.text) if cond.text else await page.has_element(s.Locator(selector=cond.selector))
    return present != cond.absent


async def run_steps(
    steps: list[Any],
    page: Page,
    values: dict[str, str],
    *,
    flow_name: str,
    domains: list[str],
    evidence: EvidenceSink,
    mail: MailSource | None = None,
    step_timeout: float = 15.0,
) -> Flow:
    flow = Flow(values=dict(values))
    for i, step in enumerate(steps):
        label = f"{flow_name}.steps[{i}] ({step.action})"
        try:
            if step.only_if is not None and not await _condition(page, step.only_if):
                continue
            await _run_one(step, page, flow, label, domains, evidence, mail, step_timeout)
        except StepError as e:
            e.step = e.step or label  # name the failing step in every error
            raise
        flow.steps_done = i + 1
    return flow


def _tpl(text: str, flow: Flow, label: str, *, url: bool = False) -> str:
    return render(text, flow.values, url=url, where=label)


async def _run_one(step: Any, page: Page, flow: Flow, label: str, domains: list[str],
                   evidence: EvidenceSink, mail: MailSource | None, step_timeout: float) -> None:
    loc = step.locator
    match step:
        case s.Navigate():
            url = _tpl(step.url, flow, label, url=True)
            if not host_allowed(url, domains):
                raise StepError("the URL is not on one of the recipe's domains", step=label)
            await page.goto(url)
        case s.Fill():
            value = generated(step) if step.generate else _tpl(step.value, flow, label)
            await page.fill(loc, value)
        case s.Select():
            await page.select(loc, _tpl(step.value, flow, label))
        case s.Check():
            await page.check(loc)
        case s.Click() if step.in_listing is not None:
            await _click_in_listing(step, page, flow)
        case s.Click() if step.all:
            # every match, each by its position, last first: a click that takes an element out of
            # the matches (a "Remove" button that turns into "Removed") shifts only those after it
            count = len(select(Selector(text=await page.html()), step.selector))
            if not count and not step.optional:
                raise SelectorNotFound(f"nothing matches {loc.describe()} (to click)", url=page.url)
            for n in range(count, 0, -1):
                await page.click(s.Locator(selector=item_xpath(step.selector, n)), optional=True)
        case s.Click():
            await page.click(loc, optional=step.optional)
        case s.WaitFor():
            ok = (await page.wait_for_text(step.contains, step.timeout.total_seconds()) if step.contains
                  else await page.wait_for_element(loc, step.timeout.total_seconds()))
            if not ok:
                what = repr(step.contains) if step.contains else loc.describe()
                raise ExpectationFailed(f"waited {step.timeout.total_seconds():.0f}s for {what}", url=page.url)
        case s.Expect():
            await _expect(step, page, step_timeout)
            if step.confirms:
                flow.confirmed = True
        case s.ExtractValue():
            raw = await page.read(loc, step.attribute)
            if raw is None:
                raise SelectorNotFound(f"nothing matches {loc.describe()} to read {step.into}", url=page.url)
            if step.pattern:
                m = re.search(step.pattern, raw)
                if not m:
                    raise ExpectationFailed(f"{step.into}: the text does not match the pattern", url=page.url)
                raw = m.group(1) if m.groups() else m.group(0)
            flow.values[f"extracted.{step.into}"] = raw
            flow.extracted[step.into] = raw
            if step.is_reference:
                flow.reference = raw
        case s.Captcha():
            found = await page.has_element(loc) if loc else await captcha_on_page(page)
            if found:
                await keep_page(page, evidence, label)
                name = step.vendor or (found if isinstance(found, str) else None)
                vendor = f" ({name})" if name else ""
                raise NeedsHuman(f"the broker shows a CAPTCHA{vendor}; a person must solve it on the page",
                                 kind="captcha", url=page.url)
        case s.Human():
            await keep_page(page, evidence, label)
            raise NeedsHuman(f"the broker asks for {step.kind.replace('_', ' ')}", kind=step.kind,
                             instructions=_tpl(step.instructions, flow, label), url=page.url)
        case s.EmailConfirmation():
            await _email_confirmation(step, page, flow, label, domains, evidence, mail)
        case s.Screenshot():
            await keep_page(page, evidence, label)
        case _:  # pragma: no cover - the schema admits no other step
            raise StepError(f"unknown step {step.action!r}", step=label)


async def _expect(step: s.Expect, page: Page, timeout: float) -> None:
    if step.contains and step.within and step.locator is None:
        # the text must be inside one element (DuckDuckGo's expectation on a selector other than body)
        inside = await page.read(s.Locator(selector=step.within))
        found = inside is not None and step.contains.lower() in inside.lower()
        if found == step.absent:
            raise ExpectationFailed(
                f"{step.within!r} {'shows' if step.absent else 'does not show'} the expected text {step.contains!r}",
                url=page.url)
        return
    if step.contains:
        ok = (await page.wait_for_text(step.contains, timeout)) if not step.absent else not await page.has_text(step.contains)
        if not ok:
            raise ExpectationFailed(
                f"the page {'shows' if step.absent else 'does not show'} the expected text {step.contains!r}",
                url=page.url)
    if step.url_contains and step.url_contains not in page.url:
        raise ExpectationFailed(f"the page address does not contain {step.url_contains!r}", url=page.url)
    loc = step.locator
    if loc is not None:
        ok = (await page.wait_for_element(loc, timeout)) if not step.absent else not await page.has_element(loc)
        if not ok:
            raise ExpectationFailed(f"{loc.describe()} is {'present' if step.absent else 'missing'}", url=page.url)


async def captcha_on_page(page: Page) -> str | None:
    """The vendor of a CAPTCHA the page uses (``optout.recipe.detect``), for a captcha step without a locator."""
    found = analyse(await page.html()).captchas
    return found[0].vendor if found else None


async def keep_page(page: Page, evidence: EvidenceSink, label: str, *, html: bool = False) -> None:
    """Keep the page as evidence: a screenshot (when the channel can make one), its text, and with
    ``html`` its markup (so a listing's page can be shown again as it was)."""
    shot = await page.screenshot()
    if shot:
        await evidence("screenshot", shot, label)
    await evidence("page_text", (await page.text()).encode(), label)
    if html:
        await evidence("html", (await page.html()).encode(), label)


async def _email_confirmation(step: s.EmailConfirmation, page: Page, flow: Flow, label: str,
                              domains: list[str], evidence: EvidenceSink, mail: MailSource | None) -> None:
    if mail is None:
        raise NeedsHuman("the broker sent a confirmation e-mail and no mailbox is configured to read it",
                         kind="other", instructions="Open the broker's e-mail and click its confirmation link.")
    to = flow.values.get("email")
    if not to:
        raise StepError("email_confirmation needs the person's e-mail (declare email in inputs)", step=label)
    link, raw = await mail.wait_for_link(
        to=to, domains=domains, subject_contains=step.subject_contains, link_pattern=step.link_pattern,
        timeout=step.timeout.total_seconds(), not_before=time.time() - 300,
    )
    await evidence("email", raw, label)
    if not host_allowed(link, domains):
        raise NeedsHuman("the confirmation e-mail's link points outside the broker's domains; not opened",
                         kind="other", instructions="Check the e-mail by hand before clicking anything.")
    await page.goto(link)
    if step.expect and not await page.wait_for_text(step.expect, 15):
        await keep_page(page, evidence, label)
        raise ExpectationFailed(f"the confirmation page does not show {step.expect!r} (link expired?)", url=page.url)
    flow.confirmed = True


def generated(step: s.Fill) -> str:
    """A made-up value for a field a broker insists on but has no business knowing. It looks real
    enough to pass a form's checks and is nobody's: 555-01xx numbers are reserved for fiction."""
    rnd = random.SystemRandom()
    match step.generate:
        case "phone_number":
            return f"{rnd.randint(201, 989)}555{rnd.randint(100, 199):04d}"
        case "street_address":
            street = rnd.choice(["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Park Rd", "Elm St"])
            return f"{rnd.randint(100, 9899)} {street}"
        case "zip_code":
            return f"{rnd.randint(10000, 99950):05d}"
        case "number":
            assert step.min is not None and step.max is not None
            return str(rnd.randint(step.min, step.max))
    raise StepError(f"unknown generator {step.generate!r}")  # pragma: no cover - the schema admits no other


async def _click_in_listing(step: s.Click, page: Page, flow: Flow) -> None:
    """Click inside the one result that is the listing being removed (DuckDuckGo's profileMatch)."""
    spec = step.in_listing
    assert spec is not None and step.selector
    index = listing_index(await page.html(), page.url, spec, flow.values)
    if index is None:
        if step.optional:
            return
        raise SelectorNotFound(f"no result ({spec.items!r}) on the page is the listing being removed", url=page.url)
    await page.click(s.Locator(selector=step.selector, within=item_xpath(spec.items, index)))
