"""The kit for adding a broker: ``optout recipe new | record | schema | docs``.

- ``record`` fetches a page and saves it as a fixture under ``brokers/fixtures/ID/``, with the
  person's values (from a profile) and every e-mail address and phone number replaced, and says
  what forms and CAPTCHAs the page has (``optout.recipe.detect``).
- ``new`` writes a recipe skeleton with a test case; from a recorded page it pre-fills the opt-out
  steps from the page's form. The skeleton always loads, so ``optout recipe check`` can guide from
  the first minute.
- ``schema`` is the JSON Schema of the recipe format, from the pydantic models, for editors.
- ``docs`` is ``docs/brokers.md``: every broker, its channel, family and health.

The walk-through is docs/RECIPES.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus, urlsplit

from optout.errors import OptoutError, UsageError
from optout.person import Person
from optout.recipe.detect import Form, PageReport, analyse
from optout.recipe.loader import Catalogue, parse_recipe
from optout.recipe.schema import Recipe

# ---- scrubbing ----------------------------------------------------------------------------------

#: What each of a person's values becomes in a fixture: the recipe-check test person's, so a
#: recorded results page still matches "the test person" in a recipe's own test.
_STAND_INS = {
    "first_name": "Jordan", "middle_name": "Avery", "last_name": "Testperson", "email": "jordan.testperson@example.org",
    "phone": "555-010-4477", "street": "1 Test Lane", "city": "Springfield", "zip": "62701",
    "birth_date": "1980-01-01", "relative": "Casey Testperson", "alias": "Jordan Testperson",
}
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_PHONE = re.compile(r"(?<![\w-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\w-])")


def _values_of(person: Person) -> list[tuple[str, str]]:
    """(value, stand-in) for every personal value, longest first (a full name before its parts)."""
    pairs: list[tuple[str, str]] = [(person.full_name, "Jordan Avery Testperson"),
                                    (f"{person.first_name} {person.last_name}", "Jordan Testperson")]
    pairs += [(person.first_name, _STAND_INS["first_name"]), (person.last_name, _STAND_INS["last_name"])]
    if person.middle_name:
        pairs.append((person.middle_name, _STAND_INS["middle_name"]))
    pairs += [(a, _STAND_INS["alias"]) for a in person.aliases]
    pairs += [(r, _STAND_INS["relative"]) for r in person.relatives]
    pairs += [(e, _STAND_INS["email"]) for e in person.emails + ([person.optout_email] if person.optout_email else [])]
    pairs += [(p, _STAND_INS["phone"]) for p in person.phones]
    for a in person.addresses:
        pairs += [(a.city, _STAND_INS["city"])]
        pairs += [(x, _STAND_INS[k]) for k, x in (("street", a.street), ("zip", a.zip)) if x]
    if person.birth_date:
        pairs.append((person.birth_date.isoformat(), _STAND_INS["birth_date"]))
    seen: dict[str, str] = {}
    for value, stand_in in pairs:
        if value and len(value) >= 2 and value.lower() not in seen:
            seen[value.lower()] = stand_in
    return sorted(seen.items(), key=lambda kv: -len(kv[0]))


def _pattern(value: str) -> re.Pattern[str]:
    """A value as written in a page or URL: any case, words joined by spaces, +, -, _ or %20."""
    words = [re.escape(w) for w in re.split(r"[\s]+", value.strip()) if w]
    joined = r"(?:\s+|\+|-|_|%20)".join(words)
    return re.compile(rf"(?<![A-Za-z0-9]){joined}(?![A-Za-z0-9])", re.I)


def _same(v: str) -> str:
    return v


def scrub(text: str, person: Person | None) -> tuple[str, dict[str, int]]:
    """Replace the person's values, then any e-mail address and phone number. Returns the text and
    how many replacements of each kind were made (counts only, never values)."""
    counts = {"person": 0, "email": 0, "phone": 0}
    if person is not None:
        # two passes through private-use tokens, so that a stand-in ("Jordan") is never itself
        # replaced by a later value (a middle name "Jordan")
        # an encoded value gets its stand-in encoded the same way, so that a recorded form request
        # still reads as one (a HAR's POST body is replayed only if it matches byte for byte)
        stand_ins: list[str] = []
        for value, stand_in in _values_of(person):
            for encode in (quote_plus, quote, _same):
                variant = encode(value)
                if encode is not _same and variant == value:
                    continue  # nothing to encode: the plain pass below does it
                stand_ins.append(encode(stand_in))
                token = f"\x00{chr(0xE000 + len(stand_ins) - 1)}\x00"
                pat = _pattern(variant) if encode is _same else re.compile(re.escape(variant), re.I)
                text, n = pat.subn(token, text)
                counts["person"] += n
        text = re.sub("\x00(.)\x00", lambda m: stand_ins[ord(m.group(1)) - 0xE000], text)

    def email(m: re.Match[str]) -> str:
        if m.group(0).lower() in ("jordan.testperson@example.org", "someone@example.org"):
            return m.group(0)
        counts["email"] += 1
        return "someone@example.org"

    def phone(m: re.Match[str]) -> str:
        if "555-010" in m.group(0):
            return m.group(0)
        counts["phone"] += 1
        return "555-010-0000"

    text = _EMAIL.sub(email, text)
    text = _PHONE.sub(phone, text)
    return text, counts


# ---- record -------------------------------------------------------------------------------------


def fixture_path(fixtures: Path, broker_id: str, name: str | None) -> Path:
    """``fixtures/ID/NAME.html``; without a name the first free ``page-N`` (never part of the URL:
    a URL often holds the person's name)."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", broker_id):
        raise UsageError(f"--as {broker_id!r}: a recipe id is lowercase letters, digits, - and _")
    folder = fixtures / broker_id
    if name:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
            raise UsageError(f"--name {name!r}: use letters, digits, '.', '-' and '_'")
        return folder / (name if name.endswith(".html") else name + ".html")
    n = 1
    while (folder / f"page-{n}.html").exists():
        n += 1
    return folder / f"page-{n}.html"


async def fetch(url: str, proxy: str | None, *, browser: bool, settings: Any) -> tuple[str, str]:
    """The page's HTML and final URL: over plain HTTP, or as a browser renders it (``--browser``)."""
    host = urlsplit(url).hostname
    if not host or urlsplit(url).scheme not in ("http", "https"):
        raise OptoutError(f"{url!r} is not an http(s) address")
    domains = [host.removeprefix("www.")]
    if browser:
        from optout.channels.browser import BrowserChannel
        from optout.ratelimit import RateLimiter

        ch = BrowserChannel(settings.browser, settings.network, proxy, RateLimiter(60))
        try:
            async with ch.page("record", domains) as page:
                await page.goto(url)
                return await page.html(), page.url
        finally:
            await ch.close()
    import httpx

    async with httpx.AsyncClient(proxy=proxy, timeout=settings.network.timeout, follow_redirects=True,
                                 headers={"User-Agent": settings.network.user_agent}) as client:
        try:
            r = await client.get(url)
        except httpx.HTTPError as e:
            raise OptoutError(f"could not fetch the page ({type(e).__name__})") from None
        if r.status_code >= 400:
            raise OptoutError(f"the page answered HTTP {r.status_code}")
        return r.text, str(r.url)


def save_fixture(html: str, url: str, path: Path, person: Person | None) -> tuple[PageReport, dict[str, int]]:
    clean, counts = scrub(html, person)
    clean_url, _ = scrub(url, person)
    stamp = dt.date.today().isoformat()
    header = (f"<!-- recorded by `optout recipe record` from {clean_url} on {stamp}; the person's values, "
              f"e-mail addresses and phone numbers replaced -->\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + clean, encoding="utf-8")
    return analyse(clean, clean_url), counts


_RECORDED_FROM = re.compile(r"<!-- recorded by `optout recipe record` from (https?://\S+) on ")


def recorded_from(html: str) -> str | None:
    """The address a fixture was recorded from, as :func:`save_fixture`'s header says (scrubbed),
    or None for a page written or saved otherwise."""
    m = _RECORDED_FROM.match(html.lstrip()[:4000])
    return m.group(1) if m else None


async def record_flow(recipe: Any, person: Person, settings: Any, out: Path, *,
                      listing_url: str | None = None) -> tuple[str, dict[str, int]]:
    """Run the recipe's opt-out **for real** as ``person`` in Chromium, recording the whole exchange
    (every page, script, form request and answer) as a HAR with Playwright's own recording; write it
    to ``out`` with the person's values replaced by the recipe-check test person's stand-ins
    (``scrub``), so that a recipe test (``har:``) replays the flow offline as that test person.
    Returns how the flow ended (confirmed | submitted | needs_human: KIND | failed: reason) and the
    replacement counts. The raw recording is deleted."""
    import tempfile

    from optout.channels.browser import BrowserChannel
    from optout.errors import NeedsHuman, StepError
    from optout.ratelimit import RateLimiter
    from optout.steps.runner import run_steps

    values = {k: v for k, v in person.template_values(dt.date.today()).items() if k in recipe.inputs}
    if listing_url:
        values["listing.profile_url"] = listing_url
    domains = list(recipe.domains) + [m.domain for m in recipe.mirrors]
    browser = BrowserChannel(settings.browser, settings.network, settings.effective_proxy,
                             RateLimiter(settings.worker.per_broker_per_minute))

    async def nothing(kind: str, data: bytes, label: str) -> None:
        return None

    with tempfile.TemporaryDirectory(prefix="optout-har-") as tmp:
        raw = Path(tmp) / "flow.har"
        try:
            async with browser.page(recipe.id, domains, record_har=raw) as page:
                try:
                    flow = await run_steps(recipe.optout.steps, page, values, flow_name="optout", domains=domains,
                                           evidence=nothing, step_timeout=settings.browser.step_timeout)
                    ended = "confirmed" if flow.confirmed else "submitted"
                except NeedsHuman as e:
                    ended = f"needs_human: {e.kind}"
                except StepError as e:
                    ended = f"failed: {e}"
        finally:
            await browser.close()
        text, counts = scrub(raw.read_text(encoding="utf-8"), person)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return ended, counts


# ---- new ----------------------------------------------------------------------------------------

# A form field's caption -> the person field (or listing value) that fills it; first match wins.
#: Spanish captions first (brokers serving Spanish speakers label their forms only in Spanish): "Nombre"
#: alone is the given name beside "Apellidos", as Spanish forms write them.
_FIELD_WORDS: list[tuple[str, str]] = [
    (r"nombre completo|nombre y apellidos?|su nombre", "full_name"), (r"segundo nombre", "middle_name"),
    (r"apellido", "last_name"), (r"nombre", "first_name"), (r"correo", "email"),
    (r"tel[eé]fono|celular|m[oó]vil", "phone"), (r"c[oó]digo postal", "zip"), (r"ciudad|municipio", "city"),
    (r"\bestado\b", "state"), (r"nacimiento", "birth_date"), (r"\bedad\b", "age"),
    (r"enlace|perfil", "listing.profile_url"), (r"direcci[oó]n|domicilio|calle", "street"),
    (r"first", "first_name"), (r"middle", "middle_name"), (r"last|surname|family", "last_name"),
    (r"e-?mail", "email"), (r"phone|mobile|tel", "phone"), (r"zip|postal", "zip"), (r"city|town", "city"),
    (r"\bstate\b|province", "state"), (r"birth|dob", "birth_date"), (r"\bage\b", "age"),
    (r"url|link|profile|listing", "listing.profile_url"), (r"street|address", "street"),
    (r"full name|your name|^name$", "full_name"),
]


#: Captions that name something else than the person's own field of the same word.
_NOT_PERSON = re.compile(r"\bip\b|ip address|web ?site|\burl\b.*company|company|employer|business|empresa|negocio",
                         re.I)


def _person_field(caption: str) -> str | None:
    c = caption.lower()
    if _NOT_PERSON.search(c) and not re.search(r"e-?mail", c):
        return None
    for pattern, fieldname in _FIELD_WORDS:
        if re.search(pattern, c):
            return fieldname
    return None


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _form_steps(form: Form, report: PageReport) -> tuple[list[str], set[str]]:
    """The opt-out steps a recorded form suggests, and the person fields they use. A field the form
    marks optional (when it marks any field required) is not filled with the person's value: it
    becomes a TODO with the step written out, so that only the author decides to send a broker more
    than it asks for (data minimisation; docs/RECIPES.md "Adding a broker", step 3)."""
    lines, used = [], set()
    marks_required = any(f.required for f in form.visible_fields)
    for f in form.visible_fields:
        target = _person_field(f.caption)
        if f.type in ("checkbox", "radio", "file") or target is None:
            lines.append(f"    # TODO: field {f.caption!r} ({f.type}): fill, select or check it if it is required")
            continue
        where = f"selector: {_q('#' + f.id)}" if f.id else (f"label: {_q(f.label)}" if f.label
                                                              else f"selector: {_q(f'[name={f.name}]')}")
        action = "select" if f.tag == "select" else "fill"
        if marks_required and not f.required and not target.startswith("listing."):
            lines.append(f"    # TODO: field {f.caption!r} ({f.type}) is optional: left empty, so the broker gets no more "
                         f"than it asks for; only if it needs it to find the listing, add "
                         f"{{action: {action}, {where}, value: \"${{{target}}}\"}} and {target} to inputs")
            continue
        if not target.startswith("listing."):
            used.add(target)
        lines += [f"    - action: {action}", f"      {where}", f"      value: ${{{target}}}"]
    for c in report.captchas:
        lines += ["    - action: captcha   # a person solves it: optout never does",
                  f"      vendor: {c.vendor}"]
        break
    if form.submit:
        lines += ["    - action: click", "      role: button", f"      name: {_q(form.submit)}"]
    lines += ["    # TODO: an expect step with the text the broker shows once it has the request,",
              "    #       marked confirms: true only if that text really proves it"]
    return lines, used


def _site_root(url: str) -> str:
    """``scheme://host[:port]`` of ``url``: where the scaffold guesses a site's search page lives."""
    parts = urlsplit(url)
    return f"{parts.scheme or 'https'}://{parts.netloc or parts.path.split('/')[0]}"


def scaffold(broker_id: str, url: str, *, page: str | None = None, report: PageReport | None = None,
             lab: bool = False, page_url: str | None = None) -> str:
    """The text of a new recipe. Always valid: ``parse_recipe`` is run on it before it is returned.
    ``page_url``: where the ``page`` fixture was recorded (its opt-out form's address): the steps
    go there and its test serves the page there; without it, ``url``."""
    host = urlsplit(url).hostname or "example.com"
    domain = host.removeprefix("www.")
    today = dt.date.today().isoformat()
    form = report.opt_out_form if report else None
    if form is not None and report is not None:
        steps, used = _form_steps(form, report)
    else:
        steps, used = [
            "    - action: fill",
            "      label: Email address   # TODO: the opt-out form's fields",
            "      value: ${email}",
            "    - action: click",
            "      role: button",
            "      name: Submit           # TODO: the submit button's text",
        ], {"email"}
    inputs = ["first_name", "last_name", "state"] + sorted(used - {"first_name", "last_name", "state"})
    opt_url = (page_url or url) if page else f"{url.rstrip('/')}/optout"
    # without a recorded page the opt-out address is a guess: it must not pass as the page it was written from
    guessed = "" if page else "   # TODO: the opt-out page's real address (this one is a guess)"
    if page:
        outcome = "needs_human" if report and report.captchas else "submitted"
        test = [
            "  - name: the recorded opt-out page",
            "    flow: optout",
            f"    page: {page}",
            f"    url: {opt_url}",
            "    expect:",
            f"      outcome: {outcome}",
        ] + (["      human: captcha", "      screenshot: true"] if outcome == "needs_human" else [])
    elif lab:
        # the scan alone never runs an opt-out step: a second test runs them against the lab too
        test = ["  - name: the lab's test person is found and matched", "    lab: true",
                "    expect: {min_listings: 1, matches: 1}",
                "  - name: the opt-out goes through and a later scan no longer finds the test person",
                "    lab: true",
                "    flow: optout",
                "    expect: {min_listings: 1, matches: 1, outcome: removed}   # a CAPTCHA's broker: "
                "{outcome: needs_human, human: captcha}"]
    else:
        test = ["  - name: a recorded results page   # record it: optout recipe record URL --as " + broker_id,
                f"    page: {broker_id}/search.html",
                f"    url: {_site_root(url)}/search",
                "    expect: {min_listings: 1, first: {name: Jordan Testperson}}"]
    text = "\n".join([
        f"# {broker_id}: TODO one or two lines on how this broker's opt-out works.",
        "# Walk-through: docs/RECIPES.md. Check it with: optout recipe check " + broker_id,
        f"id: {broker_id}",
        f"name: {broker_id.capitalize()}   # TODO: the broker's own name",
        f"url: {url}",
        f"domains: [{domain}]   # TODO: every host it uses",
        f"inputs: [{', '.join(inputs)}]   # only what the broker needs",
        "verified:",
        f"  status: {'lab' if lab else 'unverified'}",
        f"  on: {today}",
        "  how: " + ("\"TODO: the real broker whose published steps it follows, if any; run only against the "
                     "optout broker lab by its tests, never against a live site\"" if lab
                     else "\"TODO: what you read (the broker's own page? a guide?) and what you ran; not run against the live site\""),
        f"  source: {opt_url}{guessed}",
        "",
        "scan:",
        "  channel: http   # browser if JavaScript draws the results",
        "  steps:",
        "    - action: navigate",
        # the site's own root: --url may be the opt-out page (…/unsub/unsub.html/search was no address)
        f"      url: {_site_root(url)}/search?first=${{first_name}}&last=${{last_name}}&state=${{state}}   # TODO",
        "  extract:",
        "    items: div.result            # TODO: one listing",
        "    no_results: p.no-results     # TODO: shown when nobody is found",
        "    fields:",
        "      name: {selector: h3}       # TODO",
        "      age: {selector: .age}",
        "      locations: {selector: .location}",
        "      profile_url: {selector: h3 a, attribute: href}",
        "",
        "optout:",
        "  channel: browser",
        "  steps:",
        "    - action: navigate",
        f"      url: {opt_url}{guessed}",
        *steps,
        "    # TODO: the step that proves the broker took the request, e.g. {action: expect, contains: "
        "<its words>, confirms: true}; or delete this line if its answer says nothing",
        "",
        "tests:",
        *test,
        "",
    ])
    parse_recipe(text, f"{broker_id}.yaml (scaffold)")  # a bug here, not the user's: never write a broken skeleton
    return text


# ---- schema and docs ----------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    schema = Recipe.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://github.com/optout/optout/brokers/recipe.schema.json",
            "title": "optout broker recipe", **schema}


def _channel(r: Recipe) -> str:
    opt = r.optout
    if opt.channel == "parent":
        return f"parent → {opt.via}"
    if opt.channel == "email" and opt.email:
        return "email"
    humans = sorted({s.kind for s in opt.steps if s.action == "human"})
    captcha = any(s.action == "captcha" for s in opt.steps)
    extra = ([f"human: {', '.join(humans)}"] if humans else []) + (["captcha"] if captcha else [])
    return opt.channel + (f" ({'; '.join(extra)})" if extra else "")


def recipe_groups(catalogue: Catalogue, root: Path) -> dict[str, list[Recipe]]:
    """Every recipe by where it lives under ``root`` (``brokers/``): ``hand-written`` (its own top
    level), ``lab``, ``ddg`` (generated from DuckDuckGo's definitions), ``registry`` (generated
    from the California registry and datenanfragen.de), or a folder elsewhere by its path. The
    groups docs/brokers.md lists and whose counts README.md gives (a test compares them)."""
    groups: dict[str, list[Recipe]] = {}
    for r in catalogue.select():
        path = catalogue.paths[r.id]
        try:
            rel = path.parent.relative_to(root)
            where = str(rel) if str(rel) != "." else "hand-written"
        except ValueError:
            where = str(path.parent)
        groups.setdefault(where, []).append(r)
    return groups


def brokers_markdown(catalogue: Catalogue, root: Path) -> str:
    """docs/brokers.md: every recipe, grouped by where it lives, with channel, family and health."""
    groups = recipe_groups(catalogue, root)
    by_health: dict[str, int] = {}
    for r in catalogue.recipes.values():
        by_health[r.verified.status.value] = by_health.get(r.verified.status.value, 0) + 1
    out = [
        "# Supported brokers",
        "",
        "Generated by `optout recipe docs` from the recipes in `brokers/`; do not edit by hand.",
        "Health: `working` = run against the live site on the date shown; `unverified` = written from",
        "the broker's public instructions, never run live; `lab` = a fake broker of optout's own lab;",
        "`broken` = known not to work.",
        "",
        f"{len(catalogue.recipes)} recipes: " + ", ".join(f"{n} {h}" for h, n in sorted(by_health.items())) + ".",
    ]
    order = sorted(groups, key=lambda g: (g != "hand-written", g))
    for g in order:
        title = {"hand-written": "Hand-written (`brokers/*.yaml`)"}.get(g, f"`brokers/{g}/`" if not g.startswith("/") else g)
        out += ["", f"## {title}", "", "| id | broker | opt-out | scan | family | mirrors | health | verified |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in groups[g]:
            mirrors = ", ".join(m.domain for m in r.mirrors)
            when = r.verified.on.isoformat() if r.verified.on else ""
            name = f"[{r.name}]({r.verified.source})" if r.verified.source else r.name
            out.append(f"| `{r.id}` | {name} | {_channel(r)} | {r.scan.channel if r.scan else '—'} | "
                       f"{r.family or ''} | {mirrors} | {r.verified.status.value} | {when} |")
    if catalogue.errors:
        out += ["", "## Recipes that do not load", ""]
        out += [f"- `{Path(p).name}`" for p in sorted(catalogue.errors)]
    return "\n".join(out) + "\n"
