"""The http channel: recipes' steps over plain HTTP (httpx), for brokers whose forms need no JavaScript.

One ``AsyncClient`` is shared by every case (a new client per flow is ~10x slower). Each case gets
its own cookie jar. ``fill`` remembers a form value; ``click`` on a submit button sends its form
(hidden inputs included), on a link follows it. Transient failures (network, 5xx, 429 with
Retry-After) are retried here with jittered exponential back-off — for GETs always, for a form
submission only when the server refused it (5xx/429), never after a timeout that may have landed.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
from collections.abc import Awaitable, Callable
from urllib.parse import urlencode, urljoin, urlsplit

import httpx
from parsel import Selector

from optout.channels.base import host_allowed
from optout.errors import BotWall, EgressBlocked, SelectorNotFound, StepError, TransientError
from optout.log import get_logger
from optout.ratelimit import RateLimiter
from optout.recipe.detect import bot_wall
from optout.recipe.schema import Locator
from optout.retry import retrying
from optout.settings import NetworkSettings
from optout.steps.extract import is_xpath
from optout.steps.honeypot import PageStyles, hidden_block, static_signs
from optout.steps.fields import TICKED, FieldInfo, choose, choose_option, form_refused, option_value

log = get_logger(__name__)

_TEXT_INPUTS = {"", "text", "email", "tel", "search", "url", "number", "password", "hidden", "date"}


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie, request) -> bool:  # type: ignore[no-untyped-def]
        return False

    def return_ok(self, cookie, request) -> bool:  # type: ignore[no-untyped-def]
        return False


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


class HttpChannel:
    def __init__(self, settings: NetworkSettings, proxy: str | None, limiter: RateLimiter):
        self.settings = settings
        self.limiter = limiter
        self.client = httpx.AsyncClient(
            proxy=proxy,
            timeout=settings.timeout,
            follow_redirects=False,  # followed in HttpPage._request, hop by hop
            headers={"User-Agent": settings.user_agent},
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        )
        # The client is shared by every case, so it must never keep cookies: each page keeps its
        # own jar (one case, one person) and sends it explicitly.
        self.client.cookies.jar.set_policy(_NoCookies())
        #: Turns a page's saved HTML into a PNG (the engine hands in the browser's offline
        #: renderer), so http-channel evidence has screenshots too; None: text and HTML only.
        self.renderer: Callable[[str], Awaitable[bytes | None]] | None = None

    async def close(self) -> None:
        await self.client.aclose()

    def page(self, broker: str, domains: list[str]) -> HttpPage:
        return HttpPage(self, broker, domains)


class HttpPage:
    def __init__(self, channel: HttpChannel, broker: str, domains: list[str]):
        self.channel = channel
        self.broker = broker
        self.domains = domains
        self.url = "about:blank"
        self._html = ""
        self._doc = Selector(text="<html></html>")
        self._values: dict[tuple[int, str], str] = {}  # (form index, input name) -> value
        #: (form index, the field's position among the form's fields) -> value: the very element a
        #: step set, since several fields may share one name (a box and its hidden "false" twin)
        self._set_at: dict[tuple[int, int], str] = {}
        self._page_styles: tuple[Selector, PageStyles] | None = None
        self.cookies = httpx.Cookies()
        self.submitted = False
        self.pinned: str | None = None  # the fixed opt-out address the flow is on (see Page.pinned)
        self.fields_next = False  # (see Page.fields_next: this channel reads its fields from the markup it holds)
        self.page_sends = None  # (see Page.page_sends: no script runs here; a field step sends nothing)
        #: A non-GET request has been sent (perhaps not answered): from here a stop leaves the
        #: request in doubt. Before it, a stop is known to have sent nothing.
        self.attempted = False

    def watch(self, values) -> None:  # type: ignore[no-untyped-def]
        """Nothing to watch: this channel runs no page script and sends only to declared hosts."""

    # ---- network ------------------------------------------------------------------------------

    async def _request(self, method: str, url: str, *, data: list[tuple[str, str]] | None = None) -> None:
        """``data``: a form's (name, value) pairs in order, a name as often as the form carries it."""
        if not host_allowed(url, self.domains):
            raise EgressBlocked(f"{method} to a host the recipe does not declare ({urlsplit(url).hostname})", url=url)
        is_get = method == "GET"
        net = self.channel.settings

        async def send(method: str, url: str, data: list[tuple[str, str]] | None) -> httpx.Response:
            await self.channel.limiter.acquire(self.broker)
            if data is None:
                request = self.channel.client.build_request(method, url)
            else:  # urlencoded in the form's order, as a browser sends it (httpx's data= groups by name)
                request = self.channel.client.build_request(
                    method, url, content=urlencode(data).encode("ascii"),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
            if method != "GET":
                self.attempted = True
            self.cookies.set_cookie_header(request)
            try:
                r = await self._send_bounded(request)
            except httpx.TimeoutException as e:
                if method != "GET":
                    # the request may have landed: do not resend blindly
                    raise StepError(f"{method} timed out; the broker may or may not have received it", url=url) from e
                raise TransientError(f"timed out ({type(e).__name__})", url=url) from e
            except httpx.TransportError as e:
                raise TransientError(f"network error ({type(e).__name__})", url=url) from e
            self.cookies.extract_cookies(r)
            if r.status_code in (200, 403, 429, 503) and (vendor := bot_wall(r.text[:20_000])):
                raise BotWall(vendor, url=url)
            if r.status_code == 429 or r.status_code >= 500:
                ra = r.headers.get("Retry-After")
                raise TransientError(
                    f"HTTP {r.status_code}", url=url, retry_after=float(ra) if ra and ra.isdigit() else None
                )
            return r

        async def once() -> httpx.Response:
            # Redirects are followed here, not by httpx, so that each hop is checked against the
            # recipe's domains before it is requested, and carries this page's own cookies.
            m, u, d = method, url, data
            for _ in range(10):
                r = await send(m, u, d)
                if not r.is_redirect:
                    return r
                u = urljoin(u, r.headers["Location"])
                if not host_allowed(u, self.domains):
                    raise EgressBlocked(f"redirected to a host the recipe does not declare ({urlsplit(u).hostname})")
                if r.status_code in (301, 302, 303):
                    m, d = "GET", None
            raise StepError("more than 10 redirects", url=url)

        r = await retrying(once, net, what=f"{self.broker} {method}")
        if r.status_code >= 400:
            raise StepError(f"HTTP {r.status_code}", url=str(r.url))
        if not is_get:
            self.submitted = True
        self.url = str(r.url)
        self._html = r.text
        self._doc = Selector(text=r.text or "<html></html>")
        self._values.clear()
        self._set_at.clear()

    async def _send_bounded(self, request: httpx.Request) -> httpx.Response:
        """Send, reading at most ``network.max_page_mb`` of the answer: an endless or huge page
        fails the step instead of filling the memory; the whole exchange is bounded by
        ``network.timeout`` even when the server trickles bytes."""
        net = self.channel.settings
        limit = int(net.max_page_mb * 1024 * 1024)

        async def exchange() -> httpx.Response:
            r = await self.channel.client.send(request, stream=True)
            try:
                body = bytearray()
                async for chunk in r.aiter_raw():
                    body += chunk
                    if len(body) > limit:
                        raise StepError(f"the page is larger than network.max_page_mb ({net.max_page_mb:g} MB)",
                                        url=str(request.url))
            finally:
                await r.aclose()
            # a fresh response over the bytes read, so .text and the decoders work as usual
            return httpx.Response(r.status_code, headers=r.headers, content=bytes(body), request=request,
                                  extensions=r.extensions)

        try:
            return await asyncio.wait_for(exchange(), timeout=net.timeout * 2)
        except TimeoutError:
            raise httpx.ReadTimeout("the whole exchange took too long", request=request) from None

    async def goto(self, url: str) -> None:
        await self._request("GET", urljoin(self.url, url) if self.url != "about:blank" else url)

    # ---- locating elements in static HTML -----------------------------------------------------

    def _find(self, loc: Locator) -> list[Selector]:
        d = self._doc
        if loc.within:  # look only inside the first element matching `within` (a form, one result)
            scope = d.xpath(loc.within) if is_xpath(loc.within) else d.css(loc.within)
            if not scope:
                return []
            d = scope[0]
            if loc.selector and is_xpath(loc.selector) and loc.selector.startswith("/"):
                return list(d.xpath("." + loc.selector))
        if loc.selector:
            return list(d.xpath(loc.selector) if is_xpath(loc.selector) else d.css(loc.selector))
        if loc.label:
            want = _norm(loc.label)
            out = []
            for lab in d.css("label"):
                if want in _norm(" ".join(lab.xpath(".//text()").getall())):
                    target = lab.attrib.get("for")
                    found = d.xpath("//*[@id=$i]", i=target) if target else lab.css("input, select, textarea")
                    out += list(found)
            out += [e for e in d.css("input, select, textarea") if want in _norm(e.attrib.get("aria-label", ""))]
            return out
        if loc.placeholder:
            want = _norm(loc.placeholder)
            return [e for e in d.css("input, textarea") if want in _norm(e.attrib.get("placeholder", ""))]
        if loc.role:
            css = {
                "button": "button, input[type=submit], input[type=button]",
                "link": "a[href]",
                "textbox": "input, textarea",
                "checkbox": "input[type=checkbox]",
                "radio": "input[type=radio]",
                "combobox": "select",
                "heading": "h1, h2, h3, h4, h5, h6",
            }[loc.role]
            found = list(d.css(css))
            if loc.name:
                want = _norm(loc.name)
                found = [
                    e for e in found
                    if want in _norm(" ".join(e.xpath(".//text()").getall()) + " " + e.attrib.get("value", "")
                                     + " " + e.attrib.get("aria-label", ""))
                ]
            return found
        want = _norm(loc.text or "")
        return [
            e for e in d.css("a, button, label, span, div, p, h1, h2, h3, li, td, strong, b")
            if want in _norm(" ".join(e.xpath(".//text()").getall()))
        ][-1:]  # the innermost match comes last in document order for nested elements

    def _fields(self, loc: Locator) -> list[tuple[FieldInfo, Selector]]:
        """Every form field in scope with what ``optout.steps.fields.choose`` needs, read from the
        static HTML: hidden by attribute or inline style, disabled, honeypot signs, page chrome."""
        d = self._doc
        if loc.within:
            scope = d.xpath(loc.within) if is_xpath(loc.within) else d.css(loc.within)
            if not scope:
                return []
            d = scope[0]
        labels_for: dict[str, list[str]] = {}
        for lab in self._doc.css("label[for]"):
            labels_for.setdefault(lab.attrib["for"], []).append(" ".join(lab.xpath(".//text()").getall()))
        ids = set(self._doc.xpath("//@id").getall())
        styles = self._styles()
        out = []
        for i, el in enumerate(d.css("input, select, textarea")):
            kind = el.attrib.get("type", "").lower()
            if kind in ("hidden", "submit", "button", "image", "reset"):
                continue
            labels = list(labels_for.get(el.attrib.get("id", ""), [])) if el.attrib.get("id") else []
            name = el.attrib.get("name", "")
            if name and name not in ids:  # <label for> pointing at a name
                labels += labels_for.get(name, [])
            for anc in el.root.iterancestors("label"):
                labels.append(" ".join(anc.itertext()))
            if el.attrib.get("aria-label"):
                labels.append(el.attrib["aria-label"])
            for ref in el.attrib.get("aria-labelledby", "").split():
                labels += [" ".join(x.xpath(".//text()").getall()) for x in self._doc.xpath("//*[@id=$i]", i=ref)]
            chain = [el.root, *el.root.iterancestors()]
            own_label = bool(labels_for.get(el.attrib.get("id", ""))) or any(True for _ in el.root.iterancestors("label"))
            signs = static_signs(el.root, labels, styles, label_shown=own_label)
            block = hidden_block(el.root, styles)
            chrome = any(a.tag in ("header", "nav") or a.get("role") == "search"
                         or (a.tag == "form" and "search" in (a.get("action") or "").lower()) for a in chain)
            info = FieldInfo(key=str(i), **signs, visible=not (block or signs["own_hidden"]),
                             enabled="disabled" not in el.attrib and "readonly" not in el.attrib,
                             in_chrome=chrome, in_hidden_block=block, tag=el.root.tag.upper(), kind=kind)
            out.append((info, el))
        return out

    def _styles(self) -> PageStyles:
        """What the page's own ``<style>`` rules hide (read once per page)."""
        if self._page_styles is None or self._page_styles[0] is not self._doc:
            self._page_styles = (self._doc, PageStyles(self._doc))
        return self._page_styles[1]

    def _field(self, loc: Locator, what: str) -> Selector:
        """The one field a label or placeholder locator means (``optout.steps.fields``); else ``_one``."""
        if not (loc.label or loc.placeholder) or loc.selector or loc.role:
            return self._one(loc)
        by, want = ("label", loc.label) if loc.label else ("placeholder", loc.placeholder)
        assert want is not None
        fields = self._fields(loc)
        chosen = choose([f for f, _ in fields], want, by, what, url=self.url)
        return next(el for f, el in fields if f is chosen)

    def _one(self, loc: Locator) -> Selector:
        found = self._find(loc)
        if not found:
            raise SelectorNotFound(f"nothing matches {loc.describe()}", url=self.url)
        return found[0]

    def _form_of(self, el: Selector) -> tuple[int, Selector] | None:
        forms = self._doc.css("form")
        form_id = el.attrib.get("form")
        for i, f in enumerate(forms):
            if (form_id and f.attrib.get("id") == form_id) or el.root in f.root.iter():
                return i, f
        return None

    def _set(self, loc: Locator, value: str, what: str = "fill", el: Selector | None = None) -> None:
        el = el if el is not None else self._field(loc, what)
        limit = el.attrib.get("maxlength", "")
        if what == "fill" and limit.isdigit() and int(limit) < len(value):
            raise StepError(f"the field takes at most {limit} characters and the value has {len(value)}: the "
                            f"recipe must format it to fit (a template filter such as |digits), never cut it",
                            url=self.url)
        name = el.attrib.get("name")
        form = self._form_of(el)
        if not name or form is None:
            raise StepError(f"{loc.describe()} is not a named field in a form (needs the browser channel?)", url=self.url)
        self._values[(form[0], name)] = value
        fields = [e.root for e in form[1].css("input, select, textarea")]
        if el.root in fields:
            self._set_at[(form[0], fields.index(el.root))] = value

    def _label_text(self, el: Selector) -> str:
        """A radio button's or tick box's own words: its <label>s (``for`` or wrapping), else aria-label."""
        texts = []
        if el.attrib.get("id"):
            texts += [" ".join(x.xpath(".//text()").getall()) for x in self._doc.xpath("//label[@for=$i]", i=el.attrib["id"])]
        texts += [" ".join(a.itertext()) for a in el.root.iterancestors("label")]
        return " ".join(" ".join(texts).split()) or el.attrib.get("aria-label", "")

    def _choice(self, loc: Locator, el: Selector, value: str, what: str) -> tuple[Selector, str] | None:
        """For a list, a radio group or a tick box: the element to set and the value a browser would
        send for the choice ``value`` names (an option's or button's value, or its visible text:
        ``optout.steps.fields.choose_option``); None for any other field (its value is typed).
        A value that names no choice is a StepError naming the field, never the value."""
        tag, kind = el.root.tag, el.attrib.get("type", "").lower()
        if tag == "select":
            options = [(option_value(o.attrib.get("value"), "".join(o.xpath(".//text()").getall())),
                        " ".join(o.xpath(".//text()").getall())) for o in el.css("option")]
            chosen = choose_option(options, value)
            if chosen is None:
                raise StepError(f"{loc.describe()} has no option that the recipe's value names "
                                f"(by an option's value or its text) (to {what})", url=self.url)
            return el, chosen
        if tag == "input" and kind == "radio":
            form = self._form_of(el)
            scope = form[1] if form is not None else self._doc
            group = [r for r in scope.css("input") if r.attrib.get("type", "").lower() == "radio"
                     and r.attrib.get("name") == el.attrib.get("name")]
            chosen = choose_option([(r.attrib.get("value", "on"), self._label_text(r)) for r in group], value)
            if chosen is None:
                raise StepError(f"{loc.describe()}: no button of its radio group has the recipe's value "
                                f"(by its value or its label) (to {what})", url=self.url)
            return next(r for r in group if r.attrib.get("value", "on") == chosen), chosen
        if tag == "input" and kind == "checkbox":
            own = el.attrib.get("value", "on")
            if choose_option([(own, self._label_text(el))], value) is not None or _fold(value) in TICKED:
                return el, own
            raise StepError(f"{loc.describe()} is a tick box: the recipe's value must be its value, its label or "
                            f"one of {', '.join(sorted(TICKED))} (to {what}; or use `check`)", url=self.url)
        return None

    async def fill(self, loc: Locator, value: str) -> None:
        el = self._field(loc, "fill")
        # a recipe says "fill" for a <select> too (DuckDuckGo's fillForm does): sent as a browser
        # sends the option it chooses, its value, never the text the recipe named it by
        choice = self._choice(loc, el, value, "fill")
        if choice is not None:
            self._set(loc, choice[1], "select", el=choice[0])
        else:
            self._set(loc, value, el=el)

    async def select(self, loc: Locator, value: str) -> None:
        el = self._field(loc, "select")
        choice = self._choice(loc, el, value, "select")
        if choice is None:
            raise StepError(f"{loc.describe()} is not a list, a radio group or a tick box (to select)", url=self.url)
        self._set(loc, choice[1], "select", el=choice[0])

    async def check(self, loc: Locator) -> None:
        el = self._field(loc, "check")
        self._set(loc, el.attrib.get("value", "on"), "check", el=el)

    async def click(self, loc: Locator, *, optional: bool = False) -> bool:
        found = self._find(loc)
        if not found:
            if optional:
                return False
            raise SelectorNotFound(f"nothing matches {loc.describe()}", url=self.url)
        el = found[0]
        tag = el.root.tag
        if tag == "a" and el.attrib.get("href"):
            await self.goto(urljoin(self.url, el.attrib["href"]))
            return True
        form = self._form_of(el)
        kind = el.attrib.get("type", "submit" if tag == "button" else "")
        if form is None or kind not in ("submit", "image"):
            raise StepError(
                f"clicking {loc.describe()} needs JavaScript: run this recipe with channel: browser", url=self.url
            )
        await self._submit(form[0], form[1], el)
        return True

    async def _submit(self, index: int, form: Selector, button: Selector) -> None:
        # The form data set as a browser builds it: every named field in order, a name as often as
        # fields carry it (ASP.NET's box + hidden "false", Sitecore's repeated Fields.Index, a group
        # of boxes named interests[]); a value a step set goes with the element it was set on.
        pairs: list[tuple[str, str]] = []
        for pos, el in enumerate(form.css("input, select, textarea")):
            name = el.attrib.get("name")
            if not name or "disabled" in el.attrib:
                continue
            tag, kind = el.root.tag, el.attrib.get("type", "").lower()
            mine = self._set_at.get((index, pos))
            if tag == "input" and kind in ("checkbox", "radio"):
                if mine is not None:
                    pairs.append((name, mine))
                elif kind == "radio" and (index, name) in self._values:
                    continue  # another choice of this radio group was made
                elif "checked" in el.attrib:
                    pairs.append((name, el.attrib.get("value", "on")))
            elif mine is not None:
                pairs.append((name, mine))
            elif tag == "input" and kind in _TEXT_INPUTS:
                pairs.append((name, el.attrib.get("value", "")))
            elif tag == "textarea":
                pairs.append((name, "".join(el.xpath(".//text()").getall())))
            elif tag == "select":
                # the selected option (the last marked, for a single list), else the first one not
                # disabled; a multiple list sends every marked option and nothing when none is
                # (HTML Living Standard, "The select element": selectedness setting algorithm)
                options = el.css("option")
                marked = [o for o in options if "selected" in o.attrib]
                if "multiple" in el.attrib:
                    sent = marked
                else:
                    sent = marked[-1:] or [o for o in options if "disabled" not in o.attrib][:1]
                pairs += [(name, option_value(o.attrib.get("value"), "".join(o.xpath(".//text()").getall())))
                          for o in sent]
        if button.attrib.get("name"):
            pairs.append((button.attrib["name"], button.attrib.get("value", "")))
        refused = self._refused(index, form, button, pairs)
        if refused:  # a browser would send nothing: neither does this channel
            raise form_refused(refused, self.url)
        action = urljoin(self.url, form.attrib.get("action") or self.url)
        method = (form.attrib.get("method") or "get").upper()
        if method == "GET":
            query = str(httpx.QueryParams(pairs))
            await self._request("GET", action.split("?")[0] + ("?" + query if query else ""))
        else:
            await self._request("POST", action, data=pairs)

    def _refused(self, index: int, form: Selector, button: Selector, pairs: list[tuple[str, str]]) -> list[str]:
        """The fields of ``form`` a browser's own check would refuse it for (``required`` left
        empty; a type or pattern is not checked here), by label or name: see ``fields.form_refused``."""
        if "novalidate" in form.attrib or "formnovalidate" in button.attrib:
            return []
        sent = {n for n, v in pairs}
        filled = {n for n, v in pairs if v.strip() != ""}
        out = []
        for pos, el in enumerate(form.css("input, select, textarea")):
            tag, kind = el.root.tag, el.attrib.get("type", "").lower()
            if "required" not in el.attrib or "disabled" in el.attrib or kind in ("hidden", "submit", "button",
                                                                                     "image", "reset"):
                continue
            mine = self._set_at.get((index, pos))
            if tag == "input" and kind == "radio":
                ok = el.attrib.get("name") in sent  # one of its group is chosen
            elif tag == "input" and kind == "checkbox":
                ok = (mine if mine is not None else "x" if "checked" in el.attrib else "") != ""
            elif mine is not None:
                ok = mine != ""
            elif el.attrib.get("name"):  # what the form data set carries for it (a list's chosen option…)
                ok = el.attrib["name"] in filled
            else:
                ok = el.attrib.get("value", "") != ""
            if not ok:
                fid = el.attrib.get("id")
                label = " ".join(self._doc.xpath("//label[@for=$i]//text()", i=fid).getall()) if fid else ""
                out.append(" ".join((label or el.attrib.get("aria-label") or el.attrib.get("name") or kind
                                     or tag).split())[:60])
        return out

    # ---- reading --------------------------------------------------------------------------------

    def _visible_text(self) -> str:
        """The body's text a person would see, as far as static HTML tells: not scripts, styles,
        templates, nor elements hidden by the ``hidden`` attribute, ``aria-hidden``, an inline
        ``display:none`` / ``visibility:hidden``, or the usual hiding classes (a success message
        waiting for a script to show it is not a confirmation)."""
        hidden = ("ancestor-or-self::*[self::script or self::style or self::template or self::noscript "
                  "or @hidden or @aria-hidden='true' "
                  "or contains(translate(@style,' ',''),'display:none') "
                  "or contains(translate(@style,' ',''),'visibility:hidden') "
                  "or contains(concat(' ',normalize-space(@class),' '),' hidden ') "
                  "or contains(concat(' ',normalize-space(@class),' '),' d-none ') "
                  "or contains(concat(' ',normalize-space(@class),' '),' is-hidden ')]")
        # the whole document, not //body: lxml leaves a body-less page's elements in <head>
        return " ".join(self._doc.xpath(f"//text()[not(ancestor::title)][not({hidden})]").getall())

    async def has_text(self, text: str) -> bool:
        return _norm(text) in _norm(self._visible_text())

    async def has_element(self, loc: Locator) -> bool:
        return bool(self._find(loc))

    async def wait_for_text(self, text: str, timeout: float) -> bool:
        return await self.has_text(text)  # static HTML: nothing will change by waiting

    async def wait_for_element(self, loc: Locator, timeout: float) -> bool:
        return await self.has_element(loc)

    async def wait_for_results(self, items: str, no_results: str | None) -> None:
        return None

    async def read(self, loc: Locator, attribute: str | None = None) -> str | None:
        found = self._find(loc)
        if not found:
            return None
        el = found[0]
        if attribute:
            return el.attrib.get(attribute)
        return " ".join(" ".join(el.xpath(".//text()").getall()).split())

    async def html(self) -> str:
        return self._html

    async def text(self) -> str:
        parts = self._doc.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall()
        return "\n".join(line for line in (" ".join(p.split()) for p in parts) if line)

    async def contents(self) -> tuple[str, str]:
        return self._html, await self.text()

    async def screenshot(self) -> bytes | None:
        """The page as received, rendered offline by the channel's renderer (no JavaScript, no
        requests); None without one (the page's text and HTML are kept as evidence instead)."""
        if self.channel.renderer is None:
            return None
        return await self.channel.renderer(self._html)
