"""The recipe format: one YAML file per broker in ``brokers/``.

A recipe is data, never code. It says who the broker is, how to **scan** it (search, then extract
listings), how to **opt out** (a list of steps from a small fixed vocabulary), how often to check
again, and carries its own test cases. The engine applies retries, rate limits, evidence and
redaction around every step; a recipe never does.

Every model forbids unknown keys, so a typo is an error that names the field path.
See docs/RECIPES.md for a walk-through and brokers/*.yaml for examples.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, Union

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, field_validator,
                      model_validator)

from optout.person import TEMPLATE_FIELDS
from optout.recipe.duration import parse_duration


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---- durations: "90s", "30m", "48h", "3d", "2w" -------------------------------------------------

def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as e:
        raise ValueError(f"not a valid regular expression ({e.msg}, at {e.pos})") from None
    return value


#: A regular expression (Python's ``re``), checked when the recipe loads, not when a case runs.
Regex = Annotated[str, AfterValidator(_regex)]

Duration = Annotated[
    dt.timedelta,
    BeforeValidator(parse_duration),
    WithJsonSchema({"type": "string", "pattern": r"^\d+(\.\d+)?(s|m|h|d|w)$"}),
]


# ---- selectors and regular expressions: refused at load, not when a page first needs them ---------


def _selector(v: str) -> str:
    """A CSS selector (as parsel/cssselect read it, with ``::text`` and ``::attr()``) or, starting
    with ``/``, ``./`` or ``(``, an XPath 1.0 expression (as lxml compiles it). The error says what
    is wrong, never repeats the selector (the line number points at it). Raises ValueError."""
    why = _selector_fault(v)
    if why is not None:
        raise ValueError(why)
    return v


@functools.lru_cache(maxsize=4096)
def _selector_fault(v: str) -> str | None:
    """What is wrong with selector ``v`` (:func:`_selector`'s message), or None. Kept per string: a
    ``Locator`` is made at run time too (each field a label chose, ``[data-optout-field="…"]``, a
    step's ``locator``), and translating the same CSS again cost ~75 µs each, several a flow (pass 28,
    issue 15); a message holds no part of the selector, so a kept one says nothing new."""
    from lxml import etree
    from parsel.csstranslator import HTMLTranslator

    if not v.strip():
        return "an empty selector"
    if v.strip() == ".":
        return None  # the matched element itself (DuckDuckGo's "." selector: extraction and clicks)
    if v.lstrip().startswith(("/", "./", "(")):
        try:
            etree.XPath(v)
        except etree.XPathSyntaxError as e:
            return f"not a valid XPath expression ({e})"
        return None
    try:
        HTMLTranslator().css_to_xpath(v)
    except Exception as e:  # cssselect's SelectorSyntaxError / ExpressionError, lxml's on odd input
        # cssselect's messages quote the offending tokens; only those naming a pseudo-class are kept
        first = str(e).splitlines()[0] if str(e) else ""
        reason = first if first.startswith(("The pseudo-class", "The pseudo-element")) else type(e).__name__
        return f"not a valid CSS selector ({reason})"
    return None


def _regex(v: str) -> str:
    """A Python regular expression (``re``), compiled once here so a bad one fails at load."""
    try:
        re.compile(v)
    except re.error as e:
        raise ValueError(f"not a valid regular expression ({e.msg} at position {e.pos})") from None
    return v


Selector = Annotated[str, AfterValidator(_selector)]
Regex = Annotated[str, AfterValidator(_regex)]


# ---- metadata ---------------------------------------------------------------------------------


class Health(StrEnum):
    lab = "lab"  # a broker of optout's own lab: verified by the test suite on every run
    working = "working"  # run against the live site with a real person, on `on`
    unverified = "unverified"  # written from public instructions, never run against the live site
    broken = "broken"  # known not to work; skipped by default


class Probed(_Model):
    """What ``optout recipe probe`` found on the live site (nothing submitted)."""

    on: dt.date
    result: Literal["ok", "failed", "bot_wall", "skipped"]
    detail: str = ""


class Verified(_Model):
    status: Health
    on: dt.date | None = Field(None, description="when the recipe was last checked")
    how: str = Field(min_length=3, description="how it was checked, honestly")
    source: str | None = Field(None, description="public opt-out instructions it was written from")
    probed: Probed | None = Field(None, description="written by `optout recipe probe`: the live site, unsubmitted")


class Site(_Model):
    name: str
    domain: str
    optout_url: str | None = Field(None, description="the mirror's own opt-out page, when it names one")


class Cadence(_Model):
    """When to look again. Defaults suit a people-search site."""

    confirm_after: Duration = dt.timedelta(days=3)  # rescan after a request to prove removal
    recheck_every: Duration = dt.timedelta(days=60)  # maintenance scan after removal / not found
    retry_error_after: Duration = dt.timedelta(hours=48)  # after a failed attempt
    max_attempts: int = Field(2, ge=1, description="submissions before a still-listed case goes to a person")


class Limits(_Model):
    concurrency: int | None = Field(None, ge=1, le=64)
    per_minute: float | None = Field(None, gt=0, description="requests per minute to this broker")


# ---- locators ---------------------------------------------------------------------------------


class Locator(_Model):
    """Where on the page: by role and name, label or text before CSS/XPath.

    Exactly one of ``selector``, ``role``, ``label``, ``text`` or ``placeholder``.
    A selector starting with ``/``, ``./`` or ``(`` is XPath; anything else is CSS.
    """

    selector: Selector | None = None
    role: Literal["button", "link", "textbox", "checkbox", "combobox", "heading", "radio"] | None = None
    name: str | None = Field(None, description="accessible name, with role")
    label: str | None = None
    text: str | None = None
    placeholder: str | None = None
    within: Selector | None = Field(
        None, description="a selector (CSS or XPath): look for the element inside the first element matching it")

    @model_validator(mode="after")
    def _one(self) -> Locator:
        given = [k for k in ("selector", "role", "label", "text", "placeholder") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of selector, role, label, text or placeholder"
                + (f" (got {', '.join(given)})" if given else "")
            )
        if self.name and not self.role:
            raise ValueError("name goes with role")
        return self

    def describe(self) -> str:
        inside = f" within {self.within!r}" if self.within else ""
        if self.role:
            return f"role={self.role}" + (f" name={self.name!r}" if self.name else "") + inside
        for k in ("selector", "label", "text", "placeholder"):
            if v := getattr(self, k):
                return f"{k}={v!r}{inside}"
        return "?"


# ---- steps: the fixed vocabulary ----------------------------------------------------------------


class Condition(_Model):
    """True when the page shows ``text`` or an element matching ``selector``."""

    text: str | None = None
    selector: Selector | None = None
    absent: bool = False

    @model_validator(mode="after")
    def _one(self) -> Condition:
        if bool(self.text) == bool(self.selector):
            raise ValueError("give exactly one of text or selector")
        return self


class _Step(Locator):
    """Fields every step may carry."""

    needs_locator: ClassVar[bool] = False

    # A locator is optional on most steps; subclasses that need one say so.
    @model_validator(mode="after")
    def _one(self) -> _Step:  # type: ignore[override]
        given = [k for k in ("selector", "role", "label", "text", "placeholder") if getattr(self, k)]
        if len(given) > 1:
            raise ValueError(f"give at most one of selector, role, label, text or placeholder (got {', '.join(given)})")
        if self.name and not self.role:
            raise ValueError("name goes with role")
        if self.needs_locator and not given:
            raise ValueError("this step needs a locator: selector, role, label, text or placeholder")
        return self

    @property
    def locator(self) -> Locator | None:
        vals = {k: getattr(self, k) for k in ("selector", "role", "name", "label", "text", "placeholder", "within")}
        return Locator(**vals) if any(vals[k] for k in ("selector", "role", "label", "text", "placeholder")) else None

    only_if: Condition | None = Field(None, alias="if", description="run the step only when this holds")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Navigate(_Step):
    action: Literal["navigate"]
    url: str = Field(description="URL template, e.g. https://x.com/search?q=${first_name}+${last_name}")


class Fill(_Step):
    """Type ``value`` into a field (or choose it, when the field is a ``<select>``).

    ``generate`` fills a made-up value instead, for a field a broker insists on but has no business
    knowing (DuckDuckGo's ``$generated_…$`` types): a phone number, a street address, a ZIP code, or
    a number between ``min`` and ``max``. The person's real value is never sent for it. With both,
    ``value`` is used when its values exist and a made-up one otherwise (DuckDuckGo's ``street`` and
    ``zipCode``: the listing's own, or invented).
    """

    action: Literal["fill"]
    needs_locator: ClassVar[bool] = True
    value: str | None = None
    generate: Literal["phone_number", "street_address", "zip_code", "number", "date_of_birth"] | None = None
    min: int | None = Field(None, description="with generate: number, the smallest value")
    max: int | None = Field(None, description="with generate: number, the largest value")
    format: str | None = Field(
        None, description="with generate: date_of_birth, how the date is written: YYYY, YY, MMMM (January), "
                          "MMM (Jan), MM, M, DD and D in any order with separators (default YYYY-MM-DD)")
    optional: bool = Field(False, description="skip the field when the person (or listing) has no value for it "
                                              "(DuckDuckGo fills a middle name only when there is one)")

    @model_validator(mode="after")
    def _value_or_generate(self) -> Fill:
        if self.value is None and self.generate is None:
            raise ValueError("give value, generate, or both (a value, made up when it is missing)")
        if self.generate == "number" and (self.min is None or self.max is None or self.min > self.max):
            raise ValueError("generate: number needs min <= max")
        if self.generate != "number" and (self.min is not None or self.max is not None):
            raise ValueError("min and max go with generate: number")
        if self.format is not None and self.generate != "date_of_birth":
            raise ValueError("format goes with generate: date_of_birth")
        if self.format is not None and not re.search(r"YYYY|YY|MM|M|DD|D", self.format):
            raise ValueError("format must contain YYYY, YY, MM, M, DD or D")
        return self


class Select(_Step):
    action: Literal["select"]
    needs_locator: ClassVar[bool] = True
    value: str


class Check(_Step):
    action: Literal["check"]
    needs_locator: ClassVar[bool] = True


class Click(_Step):
    """Click an element. With ``in_listing``, the element is looked for inside the result that is the
    listing being removed, and the selector ``.`` clicks that result itself."""

    action: Literal["click"]
    needs_locator: ClassVar[bool] = True
    optional: bool = Field(False, description="skip silently when nothing matches (DuckDuckGo's failSilently)")
    all: bool = Field(False, description="click every matching element, in page order (DuckDuckGo's multiple)")
    in_listing: ListingMatch | None = Field(
        None, description="click the locator inside the result that is the listing being removed")

    @model_validator(mode="after")
    def _selector_for(self) -> Click:
        if (self.all or self.in_listing) and not self.selector:
            raise ValueError("all and in_listing need a selector (CSS or XPath)")
        if self.in_listing and self.within:
            raise ValueError("in_listing chooses the element to look within; give no within")
        return self


class Expect(_Step):
    """The page must show ``contains`` (text), or an element (the locator), or neither when absent."""

    action: Literal["expect"]
    contains: str | None = None
    url_contains: str | None = None
    absent: bool = False
    optional: bool = Field(False, description="a failure is not an error: the flow goes on (DuckDuckGo's "
                                              "failSilently); inside a when, the when's steps are skipped")
    confirms: bool = Field(False, description="passing this proves the broker accepted the request")

    @model_validator(mode="after")
    def _what(self) -> Expect:
        if not (self.contains or self.url_contains or self.locator):
            raise ValueError("expect needs contains, url_contains or a locator")
        return self


class ExtractValue(_Step):
    """Keep a value from the page (a request id, a code to read out) as ``${extracted.NAME}``."""

    action: Literal["extract_value"]
    needs_locator: ClassVar[bool] = True
    into: str = Field(pattern=r"^[a-z_][a-z0-9_]*$")
    attribute: str | None = None
    pattern: Regex | None = Field(None, description="regular expression; group 1 (or the whole match) is kept")
    is_reference: bool = Field(False, description="this value is the broker's request reference")


class Captcha(_Step):
    """A CAPTCHA: when present, the case goes to a person. optout never solves or bypasses one."""

    action: Literal["captcha"]
    # Without a locator, the page is searched for any known CAPTCHA (optout.recipe.detect).
    needs_locator: ClassVar[bool] = False
    vendor: str | None = None


_TEMPLATE_REF = re.compile(r"\$\{([^}]*)\}")


def same_placeholders(english: str | None, spanish: str | None) -> None:
    """``instructions_es`` uses exactly the ``${…}`` fields its English ``instructions`` use (a
    translation never asks for more of the person's data, nor drops a value the person needs).
    ValueError naming the difference."""
    if spanish is None:
        return
    if not spanish.strip():
        raise ValueError("instructions_es: empty; leave it out to show the English")
    en, es = set(_TEMPLATE_REF.findall(english or "")), set(_TEMPLATE_REF.findall(spanish))
    if en != es:
        extra, lacking = sorted(es - en), sorted(en - es)
        raise ValueError("instructions_es: the Spanish must use the same ${…} fields as instructions"
                         + (f"; not in the English: {', '.join(extra)}" if extra else "")
                         + (f"; missing: {', '.join(lacking)}" if lacking else ""))


class Human(_Step):
    """Hand the case to a person: an ID upload, a phone call, a letter. ``instructions`` is a template
    (English, the fallback); ``instructions_es`` the same in Spanish, with the same ``${…}`` fields,
    shown to a Spanish reader (without it they read the English, labelled as English)."""

    action: Literal["human"]
    kind: Literal["id_upload", "phone", "letter", "account", "other"]
    instructions: str
    instructions_es: str | None = Field(None, description="the instructions in Spanish (same ${…} fields)")

    @model_validator(mode="after")
    def _translation(self) -> Human:
        same_placeholders(self.instructions, self.instructions_es)
        return self


class EmailConfirmation(_Step):
    """Wait for the broker's e-mail, open its link (only on the broker's domains), check the page."""

    action: Literal["email_confirmation"]
    subject_contains: str | None = None
    link_pattern: Regex | None = Field(None, description="regular expression the link must match")
    timeout: Duration = dt.timedelta(minutes=10)
    expect: str | None = Field(None, description="text the opened link's page must show")
    poll_every: Duration | None = Field(
        None, description="look for the mail at least this often (DuckDuckGo's pollingTime); a shorter "
                          "mail.poll_interval setting still applies")



class WaitFor(_Step):
    action: Literal["wait_for"]
    contains: str | None = None
    timeout: Duration = dt.timedelta(seconds=20)



class Screenshot(_Step):
    action: Literal["screenshot"]


class Comparison(_Model):
    """``left op right`` on two templates (DuckDuckGo's click ``choices`` condition). Both sides are
    rendered with the flow's values (a value the person lacks is empty); two numbers compare as
    numbers, anything else as text."""

    left: str
    op: Literal["=", "==", "===", "!=", "!==", "<", "<=", ">", ">="]
    right: str


class Choice(_Model):
    when: Comparison
    steps: list[Step] = Field(min_length=1)


class Choose(_Step):
    """Run the steps of the first choice whose comparison holds (DuckDuckGo's click ``choices``);
    none holding: ``otherwise`` (steps), ``skip`` (nothing), or an error when it is absent."""

    action: Literal["choose"]
    choices: list[Choice] = Field(min_length=1)
    otherwise: list[Step] | Literal["skip"] | None = None


class When(_Step):
    """Check ``checks`` now; when every one holds, run ``steps`` (DuckDuckGo's ``condition`` action and
    an ``expectation`` with ``actions``). A failing check is an error unless it is ``optional``; then
    the steps are skipped and the flow goes on."""

    action: Literal["when"]
    checks: list[Expect] = Field(min_length=1)
    steps: list[Step] = Field(default_factory=list)


Step = Annotated[
    Union[
        Navigate, Fill, Select, Check, Click, Expect, ExtractValue, Captcha, Human,
        EmailConfirmation, WaitFor, Screenshot, Choose, When,
    ],
    Field(discriminator="action"),
]
STEP_ACTIONS = (
    "navigate", "fill", "select", "check", "click", "expect", "extract_value", "captcha", "human",
    "email_confirmation", "wait_for", "screenshot", "choose", "when",
)


def named_fields(steps: list[Step]) -> set[str]:
    """The person fields (``first_name``, ``state``…) the steps' templates name, nested steps
    included: what a flow gives the broker, as opposed to everything the recipe's ``inputs``
    allow (a scan by name and state of a recipe whose form also takes the e-mail)."""
    from optout.recipe.template import placeholders

    names: set[str] = set()
    for _, st in walk_steps(steps, "steps"):
        templates = [getattr(st, f, None) for f in ("url", "value")]
        if isinstance(st, Choose):
            templates += [getattr(ch.when, side) for ch in st.choices for side in ("left", "right")]
        for t in templates:
            if isinstance(t, str):
                names |= {ph.name for ph in placeholders(t) if ph.is_person_field}
    return names


def walk_steps(steps: list[Step], where: str) -> list[tuple[str, Step]]:
    """Every step with its path (``optout.steps[3]``, ``optout.steps[3].steps[0]``), nested ones included."""
    out: list[tuple[str, Step]] = []
    for i, st in enumerate(steps):
        here = f"{where}[{i}]"
        out.append((here, st))
        if isinstance(st, When):
            out += walk_steps(st.steps, f"{here}.steps")
        elif isinstance(st, Choose):
            for j, ch in enumerate(st.choices):
                out += walk_steps(ch.steps, f"{here}.choices[{j}].steps")
            if isinstance(st.otherwise, list):
                out += walk_steps(st.otherwise, f"{here}.otherwise")
    return out


# ---- scan -----------------------------------------------------------------------------------------

FIELD_NAMES = ("name", "age", "locations", "past_locations", "relatives", "aliases", "phones", "profile_url")
LIST_FIELDS = {"locations", "past_locations", "relatives", "aliases", "phones"}


class FieldSpec(_Model):
    """How to read one field of a listing, relative to the listing's element.

    ``after``/``before`` cut the text at a marker; ``split`` turns it into a list; ``all`` reads
    every matching element; ``pattern`` keeps a regex group. Only ``name`` and ``profile_url`` are
    critical: a field that cannot be read is left empty, so a small layout change degrades.
    """

    selector: Selector | None = Field(None, description="CSS or XPath, relative to the listing ('.' is the listing itself)")
    source: Literal["page_url"] | None = Field(
        None, description="read the value from the results page's own address instead of an element "
                          "(DuckDuckGo's source: pageUrl)")
    attribute: str | None = None
    after: str | None = Field(None, description="keep the text after this marker; /regex/flags is a regular expression")
    before: str | None = Field(None, description="keep the text before this marker; /regex/flags is a regular expression")
    split: str | None = Field(None, description="list separator; /regex/flags is a regular expression. Without it a "
                                                "list is split on line breaks, |, • and ·")
    all: bool = False
    pattern: Regex | None = None
    city: str | None = Field(None, description="with locations: the city's own element, inside each selected one")
    state: str | None = Field(None, description="with locations: the state's own element, inside each selected one")

    @model_validator(mode="after")
    def _where(self) -> FieldSpec:
        if bool(self.selector) == bool(self.source):
            raise ValueError("give exactly one of selector or source")
        if self.state and not self.city:
            raise ValueError("state goes with city (a place is read from its city and state elements)")
        return self


class ListingMatch(_Model):
    """The results on an opt-out page, read like a scan's; the one matching the listing being removed
    (its name, and its age and a place when both sides have them) is where a click goes.
    DuckDuckGo's ``parent.profileMatch``."""

    items: Selector = Field(description="selector of one result")
    fields: dict[Literal["name", "age", "locations"], FieldSpec | list[FieldSpec]]

    @model_validator(mode="after")
    def _name(self) -> ListingMatch:
        if "name" not in self.fields:
            raise ValueError("fields must include name")
        return self


Click.model_rebuild()
Choice.model_rebuild()
Choose.model_rebuild()
When.model_rebuild()


class Extract(_Model):
    items: Selector = Field(description="selector of one listing on a results page")
    no_results: Selector | None = Field(None, description="selector present when the search found nobody")
    fields: dict[Literal[
        "name", "age", "locations", "past_locations", "relatives", "aliases", "phones", "profile_url"
    ], FieldSpec | list[FieldSpec]] = Field(description="a field may list several specs: their values are joined")
    profile_id: Regex | None = Field(
        None, description="regex on profile_url whose group 1 is the broker's stable id for the listing"
    )
    extras: dict[str, FieldSpec] = Field(
        default_factory=dict, description="other fields the broker shows (read as text, kept on the listing as extras)")
    sort: bool = Field(
        False, description="order list fields as DuckDuckGo does: places by state then city, relatives and aliases "
                           "alphabetically, phones numerically (imported recipes); otherwise page order")

    @model_validator(mode="after")
    def _critical(self) -> Extract:
        if "name" not in self.fields:
            raise ValueError("fields must include name (critical)")
        return self


Channel = Literal["browser", "http"]


class Scan(_Model):
    channel: Channel = "browser"
    steps: list[Step] = Field(min_length=1)
    extract: Extract


class EmailRequest(_Model):
    to: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    letter: Literal["auto", "ccpa", "us_state", "gdpr"] = Field(
        "auto", description="auto: chosen from the person's residence and the recipe's jurisdictions; a named law is "
                            "held by `recipe check` to the brokers and residents it fits, and a letter still never "
                            "invokes a law the person does not have (optout.mail.choose_law)")
    identifiers: list[str] = Field(default_factory=lambda: ["full_name", "email"])
    named_on: str | None = Field(
        None, pattern=r"^https?://\S+$",
        description="the broker's own page (on its domains) that gives this address: `optout recipe probe` "
                    "checks the live page still shows it, and a test of the recipe (flow: optout) replays a "
                    "capture of it; the letter itself does not wait for it")

    def page_steps(self) -> list[Step]:
        """The check that the page still gives the address, as steps any channel runs: open
        ``named_on``, expect ``to`` in the text a person sees. Empty without ``named_on``."""
        if not self.named_on:
            return []
        return [Navigate(action="navigate", url=self.named_on), Expect(action="expect", contains=self.to)]


class OptOut(_Model):
    channel: Literal["browser", "http", "email", "manual", "parent"] = "browser"
    steps: list[Step] = Field(default_factory=list)
    via: str | None = Field(None, description="with channel parent: the recipe id whose opt-out covers this site")
    email: EmailRequest | None = None
    instructions: str | None = Field(None, description="with channel manual: what a person must do")
    instructions_es: str | None = Field(
        None, description="with channel manual: the instructions in Spanish (same ${…} fields); default: the English")
    form_url: str | None = Field(
        None, pattern=r"^https?://\S+$", description="with channel manual: the broker's own request form")

    @model_validator(mode="after")
    def _by_channel(self) -> OptOut:
        if self.channel in ("browser", "http") and not self.steps:
            raise ValueError(f"a {self.channel} opt-out needs steps")
        if self.channel == "parent" and not self.via:
            raise ValueError("a parent opt-out needs via: the parent recipe id")
        if self.channel == "email" and not self.email:
            raise ValueError("an email opt-out needs email: {to: ...}")
        if self.channel == "manual" and not self.instructions:
            raise ValueError("a manual opt-out needs instructions")
        if self.instructions_es is not None and not self.instructions:
            raise ValueError("instructions_es: give the English instructions too (they are the fallback)")
        same_placeholders(self.instructions, self.instructions_es)
        return self


class TestExpect(_Model):
    listings: int | None = Field(None, ge=0, description="exact number of listings extracted")
    min_listings: int | None = Field(None, ge=0)
    first: dict[str, object] | None = Field(None, description="fields the first listing must have")
    matches: int | None = Field(None, ge=0, description="listings that match the test person")
    # for flow: optout
    outcome: Literal["needs_human", "submitted", "confirmed", "failed", "letter", "removed"] | None = Field(
        None, description="flow optout: how the opt-out steps must end on the recorded page; failed: with an "
                          "error that says `error`; letter: an e-mail opt-out, whose page is only read (it must show the "
                          "address the letter goes to; its optout.email.named_on when set); removed (lab: true only): the request goes "
                          "through and, once the lab's clock passed the cadence's confirm_after, a scan finds nobody "
                          "who could be the test person")
    error: str | None = Field(None, description="flow optout, outcome failed: words the error must say")
    shows: list[str] | None = Field(
        None, description="flow optout: text the page must show at the end (visible text, not markup)")
    human: Literal["captcha", "id_upload", "phone", "letter", "account", "other"] | None = Field(
        None, description="flow optout, outcome needs_human: what the person is asked to do")
    human_url: str | None = Field(
        None, description="flow optout, outcome needs_human: the address the person is sent to (a form hosted "
                          "elsewhere)")
    filled: dict[str, str] | None = Field(
        None, description="flow optout: CSS selector -> value (a template) each field must hold at the end")
    screenshot: bool | None = Field(None, description="flow optout: a screenshot was kept for the person")
    law: Literal["ccpa", "us_state", "gdpr", "courtesy"] | None = Field(
        None, description="flow letter: the law the letter to the test person invokes (ccpa for a Californian, "
                          "us_state where a state's own law applies, gdpr, or courtesy: a request no law backs)")


class RecipeTest(_Model):
    """A recipe's own test: a recorded page (offline) or the lab."""

    name: str
    page: str | None = Field(None, description="recorded results page, relative to brokers/fixtures/")
    har: str | None = Field(None, description="flow optout: a whole recorded flow (`optout recipe record --flow`), "
                            "relative to brokers/fixtures/, replayed with Playwright's HAR routing")
    answers: dict[str, str] | None = Field(
        None, description="flow optout, page: the broker's other recorded pages, served on its domains as the "
        "steps reach them: a URL (answered to GET) or \"POST URL\" (a form's answer) -> a page relative to "
        "brokers/fixtures/. Any address not given answers 404")
    listing: dict[Literal["profile_url", "name", "id"], str] | None = Field(
        None, description="flow optout: the listing being removed, for steps that name ${listing.…}")
    url: str | None = Field(None, description="the URL the page was recorded from (resolves relative links)")
    lab: bool = Field(False, description="run the scan against the broker lab with its test person (flow: optout: and "
                     "then the opt-out, for the listing it matched)")
    expect: TestExpect
    flow: Literal["scan", "optout", "letter"] = Field(
        "scan", description="scan: extract listings from the page; optout: run the opt-out steps on the "
        "recorded page, served at url in a browser (nothing reaches the network); letter: write an e-mail "
        "opt-out's letter for the test person (sent nowhere) and check its law and what it gives")
    lives_in: str | None = Field(
        None, description="flow letter: the US state the test person lives in, as its code (default: theirs, "
        "IL), so a test can show which law each residence gets")
    redirects: dict[str, str] | None = Field(
        None, description="flow optout, page: the broker's redirects as recorded, an address the steps open -> "
        "where the broker sent it (e.g. an old opt-out address -> the page at url); served as an HTTP 302 and "
        "followed by either channel as on the live site (page.url ends at the target)")
    show: list[Selector] | None = Field(
        None, description="flow optout, page: elements the capture keeps hidden because the page's scripts "
        "were not recorded; the test shows them when the page has loaded, as those scripts would. A "
        "stand-in: it proves the fields are found and filled, not that the live page's scripts show them. "
        "Each must match an element hidden on the recorded page")

    @field_validator("lives_in")
    @classmethod
    def _state(cls, v: str | None) -> str | None:
        from optout.usstates import STATES

        if v is not None and v not in STATES:
            raise ValueError(f"{v!r} is not a US state's two-letter code (CA, TX, NY…)")
        return v

    @model_validator(mode="after")
    def _source(self) -> RecipeTest:
        if self.flow == "letter" or self.lives_in or self.expect.law:
            if self.flow != "letter" or self.page or self.har or self.lab or not self.expect.law:
                raise ValueError("a letter test is flow: letter with expect.law (and lives_in: a US state, if not "
                                 "the test person's IL); it reads no page")
            return self
        if sum(map(bool, (self.page, self.har, self.lab))) != 1:
            raise ValueError("a test needs one of page: (a recorded page), har: (a recorded flow) or lab: true")
        if self.har and self.flow != "optout":
            raise ValueError("har: is for flow: optout")
        if self.flow == "optout" and not ((self.page and self.url) or self.har or self.lab) or (
                self.flow == "optout" and not self.expect.outcome):
            raise ValueError("an optout test needs page: and the url it is served at (or har:, or lab: true), and "
                             "expect.outcome")
        if self.expect.outcome == "removed" and not self.lab:
            raise ValueError("expect.outcome removed needs lab: true: only the lab's clock can move on to the "
                             "confirmation scan")
        if self.answers and not (self.flow == "optout" and self.page):
            raise ValueError("answers: is for a flow: optout test on a recorded page")
        if self.redirects and not (self.flow == "optout" and self.page):
            raise ValueError("redirects: is for a flow: optout test on a recorded page")
        for a, b in (self.redirects or {}).items():
            if not (a.startswith(("https://", "http://")) and b.startswith(("https://", "http://", "/"))):
                raise ValueError("redirects: maps an http(s) address to an http(s) address or a path")
        if self.show and not (self.flow == "optout" and self.page):
            raise ValueError("show: is for a flow: optout test on a recorded page")
        if (self.expect.outcome == "failed") != bool(self.expect.error):
            raise ValueError("expect.outcome failed goes with expect.error (the words the error must say)")
        return self


class Provenance(_Model):
    """Where a generated recipe came from, so it can be traced, credited and regenerated."""

    source: str = Field(description="the file it was generated from")
    generator: str = Field(description="the script that generated it")
    version: str | None = Field(None, description="the source's own version of the definition")
    licence: str
    copyright: str | None = None
    added: dt.date | None = Field(None, description="when the source first listed the broker")
    not_carried: list[str] = Field(default_factory=list, description="what the source says that this recipe does not")
    mapped: list[str] = Field(
        default_factory=list, description="what the source says that this recipe does its own way, and how")


RegistryFlag = Literal[
    "minors",                # collects personal information of minors
    "precise_geolocation",   # collects consumers' precise geolocation
    "reproductive_health",   # collects reproductive health care data
    "fcra", "glba", "iippa", "cmia", "hipaa",  # it or a subsidiary is regulated by this law
    "id_document",           # asks for an identity document before acting on a request
]


class RegistryEntry(_Model):
    """One row of a public register that a generated recipe comes from (scripts/import_catalogue.py).

    Facts as the source published them, kept so a person can see who the broker says it is and what
    it collects; several rows of one company (one domain) become one recipe with several entries.
    """

    source: Literal["ca-registry-2025", "datenanfragen"]
    ref: str | None = Field(None, description="the source's own key for the row (datenanfragen's slug)")
    name: str = Field(description="the name it is registered under")
    dba: str | None = Field(None, description="doing business as")
    website: str | None = None
    email: str | None = Field(None, description="the contact e-mail the source gives")
    rights_url: str | None = Field(None, description="its page on how to exercise privacy rights and delete data")
    form_url: str | None = Field(None, description="its web form for privacy requests")
    address: str | None = Field(None, description="its postal address, one line")
    country: str | None = None
    language: str | None = Field(None, description="language to write requests in (datenanfragen)")
    categories: list[str] = Field(default_factory=list)
    flags: list[RegistryFlag] = Field(default_factory=list)


class Legal(_Model):
    """What the law and the state registers say about a broker, for the routes that depend on it.

    ``registered``: the state data broker registers it is on (California's register is what the
    Delete Act's DROP serves: Cal. Civ. Code §1798.99.80 ff.; Vermont's, 9 V.S.A. §2430 ff.,
    Texas's, Tex. Bus. & Com. Code ch. 509, and Oregon's, ORS 646A.593, oblige the broker to register
    and disclose, and give a person no right to delete: no letter invokes them). ``drop``: whether California's DROP
    covers it; default: yes when on California's register. ``authorised_agents``: whether it takes
    requests from an authorised agent (CCPA allows them, Cal. Code Regs. tit. 11 §7063; what each
    other state's law lets an agent ask is ``optout.mail.STATE_LAWS``); ``unknown`` until someone checked.
    """

    registered: list[Literal["CA", "VT", "TX", "OR"]] = Field(
        default_factory=list, description="state data broker registers the broker is on")
    drop: bool | None = Field(None, description="California's DROP covers it (default: on California's register)")
    authorised_agents: Literal["yes", "no", "unknown"] = Field(
        "unknown", description="takes requests sent by a person's authorised agent")
    residents: list[str] = Field(
        default_factory=list,
        description="only for people whose current address is in one of these US states (e.g. [CA] for DROP)")
    agent_postal_address: Literal["required", "optional"] = Field(
        "optional", description="required: the broker asks an authorised agent for a postal mailing address "
        "(its form or its published policy says so): an agent letter waits for the clinic's postal address "
        "(needs_info) rather than go without one")


class Recipe(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    url: str
    domains: list[str] = Field(min_length=1, description="every host the broker uses; links and data go only here")
    family: str | None = None
    mirrors: list[Site] = Field(default_factory=list, description="other sites covered by the same request")
    jurisdictions: list[str] = Field(default_factory=lambda: ["US"])
    inputs: list[str] = Field(description="the person's fields this broker may receive (data minimisation)")
    verified: Verified
    cadence: Cadence = Cadence()
    limits: Limits = Limits()
    scan: Scan | None = None
    optout: OptOut
    tests: list[RecipeTest] = Field(default_factory=list)
    provenance: Provenance | None = Field(None, description="set on recipes generated from others' data")
    registry: list[RegistryEntry] = Field(
        default_factory=list, description="the public register rows this recipe was generated from")
    legal: Legal = Legal()

    @model_validator(mode="after")
    def _test_outcomes(self) -> Recipe:
        letter = self.optout.channel == "email"
        for i, t in enumerate(self.tests):
            if t.flow == "letter" and not letter:
                raise ValueError(f"tests[{i}]: flow: letter is for an opt-out by email (this one is by "
                                 f"{self.optout.channel})")
            if t.flow != "optout":
                continue
            if self.optout.channel in ("manual", "parent"):
                raise ValueError(f"tests[{i}]: a {self.optout.channel} opt-out runs no steps on a page; "
                                 f"its tests cannot be flow: optout")
            if letter != (t.expect.outcome == "letter"):
                raise ValueError(f"tests[{i}]: an opt-out by {self.optout.channel} is tested with expect.outcome "
                                 f"{'letter' if letter else 'needs_human, submitted, confirmed or failed'}")
        return self

    @field_validator("inputs")
    @classmethod
    def _inputs(cls, v: list[str]) -> list[str]:
        unknown = sorted(set(v) - TEMPLATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown person field(s) {', '.join(unknown)}; known: {', '.join(sorted(TEMPLATE_FIELDS))}")
        return v

    @field_validator("domains")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        for d in v:
            if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", d):
                raise ValueError(f"{d!r} is not a host name (write example.com, without scheme or path)")
        return v

    @property
    def lab(self) -> bool:
        return self.verified.status == Health.lab

    @property
    def ca_registered(self) -> bool:
        """On California's data broker register (named in ``legal`` or imported from it)."""
        return "CA" in self.legal.registered or any(e.source == "ca-registry-2025" for e in self.registry)

    @property
    def drop_covers(self) -> bool:
        """California's DROP reaches this broker (a setting decides whether letters are held back)."""
        return self.legal.drop if self.legal.drop is not None else self.ca_registered

    @property
    def flags(self) -> list[str]:
        """Every register flag of every entry, once, in a fixed order."""
        seen = {f for e in self.registry for f in e.flags}
        return [f for f in RegistryFlag.__args__ if f in seen]  # type: ignore[attr-defined]
