"""Run a recipe's steps on a page, one by one, dispatched by ``action``.

This is the only place that knows what each step does. It knows nothing of brokers (no site names),
of retries (the channels and the worker do that), or of storage (it reports through ``Flow``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from urllib.parse import urlsplit

from parsel import Selector

from optout.channels.base import Page, host_allowed, still_there
from optout.errors import ExpectationFailed, NeedsHuman, SelectorNotFound, StepError
from optout.reasons import Reason
from optout.recipe import schema as s
from optout.recipe.detect import analyse
from optout.recipe.template import placeholders, render, render_prose
from optout.steps.extract import item_xpath, listing_index, select

#: Called to keep evidence: (kind, bytes, step label).
EvidenceSink = Callable[[str, bytes, str], Awaitable[None]]


class MailSource:
    """Where ``email_confirmation`` looks for the broker's mail (a Maildir now; IMAP later)."""

    async def wait_for_link(
        self, *, to: str, domains: list[str], subject_contains: str | None, link_pattern: str | None,
        timeout: float, not_before: float, poll_every: float | None = None, case_id: int | None = None,
    ) -> tuple[str, bytes]:  # (link, raw message)
        """The link of the newest mail to ``to`` from the broker received at or after ``not_before``
        (wall clock, seconds) that no request has used yet; the mail is recorded as used by
        ``case_id`` in the store, so no other request or process uses it again. ``poll_every``:
        look at least this often (seconds)."""
        raise NeedsHuman("no mailbox is configured to read the broker's confirmation e-mail", kind="other",
                         why=Reason("no_mailbox"))


#: Seconds a broker's mail server clock may run behind ours.
MAIL_CLOCK_SLACK = 2.0


@dataclass
class Flow:
    """What a run of steps produced."""

    values: dict[str, str]
    reference: str | None = None
    confirmed: bool = False
    extracted: dict[str, str] = field(default_factory=dict)
    steps_done: int = 0
    case_id: int | None = None
    #: When this run began (wall clock): a confirmation mail received before it answers another request.
    started: float = field(default_factory=time.time)
    #: The step that failed after the request went out (``optout.steps[4] (expect)``: the page did not
    #: show the words that say the broker took it): its place and kind, never a value.
    unconfirmed: str | None = None
    #: Awaited once, before the first step that could reach the broker (``REACHES_BROKER``): the
    #: engine marks the request row, so a run killed before it is known to have sent nothing.
    before_reaching: Callable[[], Awaitable[None]] | None = None
    #: Awaited after a field step the row was marked for (:data:`FIELD_STEPS`) when the page sent
    #: nothing during it: the engine marks the row "nothing sent" again.
    nothing_sent: Callable[[], Awaitable[None]] | None = None


#: Whether a step of each kind the recipe format knows (``optout.recipe.schema.Step``) could put
#: anything in the broker's hands: a click (a form's submit, a page script's send) and an e-mailed
#: confirmation link opened. A page loaded (a GET, as the http channel's ``attempted`` holds), a
#: field typed, chosen or ticked (the browser sends a form only on a submit), a page read or kept,
#: a CAPTCHA or a person's part handed to a person (optout solves nothing and uploads nothing)
#: cannot. ``choose`` and ``when`` are judged by the steps they hold. A test holds the table to the
#: schema's kinds, so a new kind has to say.
REACHES_BROKER: dict[str, bool] = {
    "navigate": False, "fill": False, "select": False, "check": False, "click": True, "expect": False,
    "extract_value": False, "captcha": False, "human": False, "email_confirmation": True, "wait_for": False,
    "screenshot": False, "choose": False, "when": False,
}


#: The step kinds that only set a field. By their kind they send nothing (:data:`REACHES_BROKER`),
#: but a page's script may send the form when a field changes (``onchange="this.form.submit()"``
#: on a list or a tick box, a ``fetch`` on change; a typed field's change fires as it loses focus,
#: at the next field step). So where the channel's page runs scripts (``Page.page_sends``, the
#: browser's) the request row is marked before such a step, as before a click, and marked "nothing
#: sent" again after it only when the page made no navigation and no request but a GET to the
#: broker while it ran (f42: a run killed after a list that submitted its form by itself was resumed
#: as "not sent", and its request could have gone twice). Decided by what the page did, per step.
FIELD_STEPS = frozenset({"fill", "select", "check"})

#: The step kinds that hand the request to a person (who may submit it, not optout).
PERSON_STEPS = frozenset({"captcha", "human"})


def reaches_broker(steps: list[Any], kinds: frozenset[str] | None = None) -> bool:
    """Whether any of ``steps`` (those held by ``choose`` and ``when`` included) could reach the
    broker by its kind (``REACHES_BROKER``), or is of one of ``kinds`` when given."""
    for step in steps:
        inner = list(getattr(step, "steps", None) or [])
        if isinstance(step, s.Choose):
            inner = [x for c in step.choices for x in c.steps] + (step.otherwise if isinstance(step.otherwise, list)
                                                                   else [])
        if (step.action in kinds if kinds is not None else REACHES_BROKER[step.action]) or reaches_broker(inner, kinds):
            return True
    return False


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
    case_id: int | None = None,
    before_reaching: Callable[[], Awaitable[None]] | None = None,
    nothing_sent: Callable[[], Awaitable[None]] | None = None,
) -> Flow:
    """Run ``steps`` on ``page``. ``before_reaching``: awaited just before the first step that
    could reach the broker (``REACHES_BROKER``), never for a flow that stops before one; on a page
    that runs scripts also before each field step until then (:data:`FIELD_STEPS`), and
    ``nothing_sent`` after one during which the page sent nothing."""
    flow = Flow(values=dict(values))
    flow.before_reaching = before_reaching
    flow.nothing_sent = nothing_sent
    if before_reaching is not None and not reaches_broker(steps) and not reaches_broker(steps, PERSON_STEPS):
        # no step of the flow can reach the broker by its kind, and none hands the request to a
        # person, yet it is the request (a removal link opened by ``navigate``): its first step may
        # be what reaches it
        flow.before_reaching = None
        await before_reaching()
    page.watch(v for k, v in values.items() if not k.startswith("listing."))
    flow.case_id = case_id
    for i, step in enumerate(steps):
        label = f"{flow_name}.steps[{i}] ({step.action})"
        try:
            if step.only_if is not None and not await _condition(page, step.only_if):
                continue
            page.fields_next = _fills_by_label(steps[i + 1] if i + 1 < len(steps) else None)
            try:
                await _run_one(step, page, flow, label, domains, evidence, mail, step_timeout)
            finally:
                page.fields_next = False
        except StepError as e:
            e.step = e.step or label  # name the failing step in every error
            raise
        flow.steps_done = i + 1
    return flow


def _fills_by_label(step: Any) -> bool:
    """Whether ``step`` (the next one) fills, selects or ticks a field found by its label or
    placeholder on the whole page, unconditionally: what ``Page.fields_next`` tells the channel."""
    loc = getattr(step, "locator", None)
    return (isinstance(step, (s.Fill, s.Select, s.Check)) and step.only_if is None and loc is not None
            and bool(loc.label or loc.placeholder) and not (loc.selector or loc.role or loc.within))


def _tpl(text: str, flow: Flow, label: str, *, url: bool = False) -> str:
    return render(text, flow.values, url=url, where=label)


async def _run_one(step: Any, page: Page, flow: Flow, label: str, domains: list[str],
                   evidence: EvidenceSink, mail: MailSource | None, step_timeout: float) -> None:
    """One step, on a page that is still where the flow's fixed opt-out address put it: a retired
    page whose script or meta refresh takes the browser to the home page after it loaded is "the
    page moved" before and after each step (so an ``expect`` never reads the home page), until a
    click or an e-mailed link, which may lead anywhere."""
    hook = flow.before_reaching
    # a field step on a page whose script may send the form by itself: marked as a click is, and
    # unmarked after it if the page sent nothing (FIELD_STEPS)
    bracket = (hook is not None and step.action in FIELD_STEPS and flow.nothing_sent is not None
               and getattr(page, "page_sends", None) is not None)
    if hook is not None and (REACHES_BROKER[step.action] or bracket):
        flow.before_reaching = None
        await hook()
    sends = getattr(page, "page_sends", 0)
    if isinstance(step, s.Navigate):
        await _step(step, page, flow, label, domains, evidence, mail, step_timeout)
        return
    still_there(getattr(page, "pinned", None), page.url)
    await _step(step, page, flow, label, domains, evidence, mail, step_timeout)
    if bracket and await page.sends_now() == sends and flow.nothing_sent is not None:
        await flow.nothing_sent()  # the page sent nothing while the field changed
        flow.before_reaching = hook
    if isinstance(step, (s.Click, s.EmailConfirmation)):  # they may lead anywhere on the broker's site
        page.pinned = None
    else:
        still_there(getattr(page, "pinned", None), page.url)


async def _step(step: Any, page: Page, flow: Flow, label: str, domains: list[str],
                evidence: EvidenceSink, mail: MailSource | None, step_timeout: float) -> None:
    loc = step.locator
    match step:
        case s.Navigate():
            url = _tpl(step.url, flow, label, url=True)
            if not host_allowed(url, domains):
                raise StepError("the URL is not on one of the recipe's domains", step=label)
            page.pinned = None
            await page.goto(url)
            if "${" not in step.url:  # a fixed opt-out address: it must still be there, now and until a click
                still_there(url, page.url)
                page.pinned = url
        case s.Fill():
            missing = step.value is None or _missing(step.value, flow)
            if missing and step.generate:
                value = generated(step, flow.values)  # made up: never the person's
            elif missing and step.optional:
                return  # the person (or listing) has no value for an optional field: left empty
            else:
                value = _tpl(step.value or "", flow, label)
                page.watch([value])  # as typed (filters applied): no undeclared host may receive it
            await page.fill(loc, value)
        case s.Select():
            await page.select(loc, _tpl(step.value, flow, label))
        case s.Check():
            await page.check(loc)
        case s.Click() if step.in_listing is not None:
            await _click_in_listing(step, page, flow)
        case s.Click() if step.all:
            await _click_all(step, page)
        case s.Click():
            await page.click(loc, optional=step.optional)
        case s.WaitFor():
            ok = (await page.wait_for_text(step.contains, step.timeout.total_seconds()) if step.contains
                  else await page.wait_for_element(loc, step.timeout.total_seconds()))
            if not ok:
                what = repr(step.contains) if step.contains else loc.describe()
                raise ExpectationFailed(f"waited {step.timeout.total_seconds():.0f}s for {what}", url=page.url)
        case s.Expect():
            try:
                await _expect(step, page, step_timeout)
            except ExpectationFailed:
                if not step.optional:
                    raise
                return  # DuckDuckGo's failSilently: noted by nobody, the flow goes on
            if step.confirms:
                flow.confirmed = True
        case s.When():
            for check in step.checks:
                try:
                    await _expect(check, page, 1.0 if check.optional else step_timeout)
                except ExpectationFailed:
                    if check.optional:
                        return  # a silent failure: the steps are not run
                    raise
            await _run_nested(step.steps, page, flow, label, domains, evidence, mail, step_timeout)
        case s.Choose():
            for choice in step.choices:
                if compare(choice.when, flow.values):
                    await _run_nested(choice.steps, page, flow, label, domains, evidence, mail, step_timeout)
                    return
            if step.otherwise is None:
                raise StepError("no choice's condition holds and the step gives no otherwise", step=label)
            if step.otherwise != "skip":
                await _run_nested(step.otherwise, page, flow, label, domains, evidence, mail, step_timeout)
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
                                 kind="captcha", url=page.url, why=Reason("captcha"))
        case s.Human():
            await keep_page(page, evidence, label)
            raise NeedsHuman(f"the broker asks for {step.kind.replace('_', ' ')}", kind=step.kind,
                             instructions=render_prose(step.instructions, flow.values, where=label), url=page.url,
                             instructions_es=render_prose(step.instructions_es, flow.values, where=label, lang="es")
                             if step.instructions_es else None,
                             why=Reason({"id_upload": "asks_id_upload", "phone": "asks_phone",
                                         "captcha": "captcha"}.get(step.kind, "asks_person")))
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


async def keep_page(page: Page, evidence: EvidenceSink, label: str, *, html: bool = False,
                    markup: str | None = None, text: str | None = None) -> None:
    """Keep the page as evidence: a screenshot (when the channel can make one), its text, and with
    ``html`` its markup (so a listing's page can be shown again as it was). ``markup`` and
    ``text``: the page's markup and text as the caller has just read them (the scan's, for
    extraction: ``Page.contents``), kept instead of reading them again; only while the page has
    not changed since. The page is read first (the screenshot beside one read of what else is
    wanted: the text, or the markup and text in one call, ``Page.contents``; two reads were two
    round trips through the browser, issue 15, pass 29), then every item is sealed and written
    side by side: a flow waited for each file and each store commit in turn (issue 15). It
    returns once all are kept, or raises the first failure once every write has ended."""
    if html and markup is None:
        shot, (markup, text) = await asyncio.gather(page.screenshot(), page.contents())
    elif text is None:
        shot, text = await asyncio.gather(page.screenshot(), page.text())
    else:
        shot = await page.screenshot()
    kept = ([("screenshot", shot)] if shot else []) + [("page_text", text.encode())]
    if html:
        kept.append(("html", (markup or "").encode()))
    many = getattr(evidence, "many", None)
    if many is not None:  # the engine's: every file written side by side, indexed in one commit
        await many(kept, label)
        return
    done = await asyncio.gather(*(evidence(kind, data, label) for kind, data in kept), return_exceptions=True)
    for outcome in done:
        if isinstance(outcome, BaseException):
            raise outcome


async def _email_confirmation(step: s.EmailConfirmation, page: Page, flow: Flow, label: str,
                              domains: list[str], evidence: EvidenceSink, mail: MailSource | None) -> None:
    if mail is None:
        # the page that says the broker took the request and sent its e-mail is the request's evidence
        await keep_page(page, evidence, label)
        # which mailbox: the form got the client's own address, or the clinic's contact address for a
        # client without one (optout.clinic); the address itself is never put in a task's text
        raise NeedsHuman("the broker sent a confirmation e-mail and no mailbox is configured to read it",
                         kind="other", why=Reason("no_mailbox"),
                         instructions="Open the mailbox of the address given on the broker's form (the client's "
                                      "own, or the clinic's contact address for a client without one), find the "
                                      "broker's e-mail and click its confirmation link; then mark this case done.",
                         instructions_es="Abra el buzón de la dirección que se dio en el formulario del corredor (la "
                                         "de la persona o, si no tiene, el correo de contacto de la clínica), busque "
                                         "el correo del corredor y haga clic en su enlace de confirmación; después "
                                         "marque este caso como hecho.")
    to = flow.values.get("email")
    if not to:
        raise StepError("email_confirmation needs the person's e-mail (declare email in inputs)", step=label)
    link, raw = await mail.wait_for_link(
        to=to, domains=domains, subject_contains=step.subject_contains, link_pattern=step.link_pattern,
        timeout=step.timeout.total_seconds(), not_before=flow.started - MAIL_CLOCK_SLACK, case_id=flow.case_id,
        poll_every=step.poll_every.total_seconds() if step.poll_every else None,
    )
    await evidence("email", raw, label)
    if not host_allowed(link, domains):
        raise NeedsHuman("the confirmation e-mail's link points outside the broker's domains; not opened",
                         kind="other", instructions="Check the e-mail by hand before clicking anything.",
                         instructions_es="Revise el correo usted mismo antes de pulsar nada.",
                         why=Reason("confirm_link_foreign", {"host": urlsplit(link).hostname or "?"}))
    await page.goto(link)
    if not step.expect:
        # a link's page that no words were expected of proves nothing: "already used", "expired" and a
        # 404 open as well as a confirmation does. The request went out; the confirmation scan decides.
        await keep_page(page, evidence, label)
        return
    if not await page.wait_for_text(step.expect, 15):
        await keep_page(page, evidence, label)
        raise ExpectationFailed(f"the confirmation page does not show {step.expect!r} (link expired or "
                                "already used?)", url=page.url)
    flow.confirmed = True


async def _run_nested(steps: list[Any], page: Page, flow: Flow, label: str, domains: list[str],
                      evidence: EvidenceSink, mail: MailSource | None, step_timeout: float) -> None:
    for j, sub in enumerate(steps):
        sub_label = f"{label.rsplit(' (', 1)[0]}.steps[{j}] ({sub.action})"
        try:
            if sub.only_if is not None and not await _condition(page, sub.only_if):
                continue
            await _run_one(sub, page, flow, sub_label, domains, evidence, mail, step_timeout)
        except StepError as e:
            e.step = e.step or sub_label
            raise


class _Lenient(dict):  # type: ignore[type-arg]
    """Values where a missing one reads as empty (DuckDuckGo renders a value the person lacks as '')."""

    def get(self, key: str, default: Any = None) -> str:  # type: ignore[override]
        return super().get(key) or ""


def compare(cmp: s.Comparison, values: dict[str, str]) -> bool:
    """``left op right`` after rendering both templates; two numbers compare as numbers."""
    left, right = render(cmp.left, _Lenient(values)), render(cmp.right, _Lenient(values))
    a: Any
    b: Any
    try:
        a, b = float(left), float(right)
    except ValueError:
        a, b = left, right
    match cmp.op:
        case "=" | "==" | "===":
            return bool(a == b)
        case "!=" | "!==":
            return bool(a != b)
        case "<":
            return bool(a < b)
        case "<=":
            return bool(a <= b)
        case ">":
            return bool(a > b)
        case ">=":
            return bool(a >= b)
    return False  # pragma: no cover - the schema admits no other operator


def _missing(template: str | None, flow: Flow) -> bool:
    """Whether a fill template names a value the flow does not have (and no defaultIfEmpty covers)."""
    return any(flow.values.get(ph.name) in (None, "") and not any(f == "defaultIfEmpty" for f, _ in ph.filters)
               for ph in placeholders(template or ""))


async def _click_all(step: s.Click, page: Page) -> None:
    """Click every element matching the selector, first to last in the page (DuckDuckGo's
    ``multiple``). A click that takes its element out of the matches (a "Remove" button that turns
    into "Removed") is noticed by counting again, so the next element is not skipped."""
    assert step.selector
    selector = step.selector

    async def count() -> int:
        return len(select(Selector(text=await page.html()), selector))

    total = await count()
    if not total:
        if step.optional:
            return
        raise SelectorNotFound(f"nothing matches {step.locator.describe() if step.locator else selector!r} "
                               f"(to click)", url=page.url)
    pos, clicked, left = 1, 0, total
    while clicked < total and pos <= left:
        await page.click(s.Locator(selector=item_xpath(selector, pos)), optional=True)
        clicked += 1
        now = await count()
        if now >= left:
            pos += 1  # the clicked element is still a match: the next one is after it
        left = now


def date_of_birth(age: int, fmt: str | None, today: dt.date | None = None) -> str:
    """A made-up birth date for someone ``age`` years old today (DuckDuckGo's ``$generated_dob$``),
    written in ``fmt``: ``YYYY``, ``YY``, ``MMMM`` (January), ``MMM`` (Jan), ``MM``, ``M``, ``DD``, ``D``
    with any separators (default ``YYYY-MM-DD``, DuckDuckGo's)."""
    today = today or dt.date.today()
    try:
        last_birthday = today.replace(year=today.year - age)
    except ValueError:  # 29 February
        last_birthday = today.replace(year=today.year - age, day=28)
    dob = last_birthday - dt.timedelta(days=random.SystemRandom().randint(0, 364))
    parts = {"YYYY": f"{dob.year:04d}", "YY": f"{dob.year % 100:02d}", "MMMM": dob.strftime("%B"),
             "MMM": dob.strftime("%b"), "MM": f"{dob.month:02d}", "M": str(dob.month), "DD": f"{dob.day:02d}",
             "D": str(dob.day)}
    return re.sub(r"YYYY|YY|MMMM|MMM|MM|M|DD|D", lambda m: parts[m.group(0)], fmt or "YYYY-MM-DD")


def generated(step: s.Fill, values: dict[str, str] | None = None) -> str:
    """A made-up value for a field a broker insists on but has no business knowing. It looks real
    enough to pass a form's checks and is nobody's: 555-01xx numbers are reserved for fiction.
    A date of birth keeps the person's age (``values['age']``, or ``listing.age``) and nothing else."""
    rnd = random.SystemRandom()
    match step.generate:
        case "date_of_birth":
            age = (values or {}).get("age") or (values or {}).get("listing.age")
            if not age or not str(age).isdigit():
                raise StepError("a made-up date of birth needs the person's age (declare age or birth_year "
                                "in inputs)")
            return date_of_birth(int(age), step.format)
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
    record = item_xpath(spec.items, index)
    if step.selector == ".":  # DuckDuckGo's '.': the matched record itself
        await page.click(s.Locator(selector=record), optional=step.optional)
        return
    await page.click(s.Locator(selector=step.selector, within=record), optional=step.optional)
