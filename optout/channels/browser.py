"""The browser channel: Playwright driving Chromium.

One browser per worker, started on first use and relaunched if it dies; a fresh context per case,
closed in ``finally`` (no cookies, storage or memory carried from one person to the next). Images,
media and fonts are not loaded (on the recipe's own domains: those whose address ends as such a file,
see :func:`route_pattern`). Every request goes through a route that lets only the recipe's
declared domains through (the egress guard): every other request is blocked, quietly (real pages
all ping analytics hosts), and the case fails as hostile only when a blocked request carried the
person's values (``optout.channels.base.carries_values``: URL, body or headers, in any common
encoding). Roads that route() cannot see are shut: service workers are blocked, SharedWorker is
switched off in Blink, WebSockets go through ``route_web_socket``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import json
import os
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from playwright.async_api import Browser, Error as PlaywrightError, Page as PWPage, Playwright
from playwright.async_api import Route, TimeoutError as PWTimeout

from optout._marks import mark
from optout.channels.base import carries_values, host_allowed, still_there, watched_forms
from optout.errors import BotWall, BrowserUnavailable, NeedsHuman, SelectorNotFound, StepError, TransientError, said
from optout.reasons import Reason
from optout.log import get_logger
from optout.ratelimit import RateLimiter
from optout.settings import BROWSER_CANDIDATES, BrowserSettings, NetworkSettings
from optout.steps.fields import TICKED, FieldInfo, choose, choose_option, form_refused

if TYPE_CHECKING:
    from optout.recipe.schema import Locator

# What a page's steps need (the recipe schema, extraction's parsel and phone tables, the bot-wall
# markers, tenacity) is imported when a page first uses it, not with this module: `optout run`
# imports this module to start Chromium, and everything imported before the launch delays it
# (0.2-0.3 CPU-s; the engine imports the rest in a thread while Chromium starts, issue 15).

log = get_logger(__name__)

# Flags for a headless worker: no background calls home (they fail on closed networks and cost time).
_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    # WebRTC could reach any host over UDP, around both the proxy and the egress guard
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    # a SharedWorker's requests never reach context.route(): the constructor is switched off
    "--disable-blink-features=SharedWorker",
]

# A page that opens more dialogs or popups than this is hostile (or broken): it is closed and the
# step fails with the reason. A few are normal ("Are you sure?").
MAX_DIALOGS = 20
MAX_POPUPS = 20
#: The quality of a page's evidence screenshot (JPEG, 0-100): text stays legible; measured on a
#: results page here, 43-48 ms of Chromium's and the driver's CPU per screenshot against 54-63 for
#: a PNG, and 41 kB against 62 (issue 15)
JPEG_QUALITY = 70
#: An evidence screenshot: ``Page.captureScreenshot``'s parameters (Chrome DevTools Protocol), the
#: viewport as it is shown, as a JPEG (see :meth:`BrowserPage.screenshot`)
SHOT = {"format": "jpeg", "quality": JPEG_QUALITY}
#: File endings by which a request of a blocked resource type (``browser.block_resources``) to the
#: recipe's own domains is recognised from its address (see :func:`route_pattern`).
TYPE_ENDINGS = {
    "image": ("png", "jpg", "jpeg", "jfif", "gif", "webp", "avif", "svg", "ico", "bmp", "apng", "tif", "tiff",
              "jxl", "heic"),
    "font": ("woff", "woff2", "ttf", "otf", "eot"),
    "media": ("mp4", "webm", "mp3", "ogg", "oga", "ogv", "opus", "wav", "m4a", "m4v", "mov", "aac", "flac",
              "m3u8", "mpd", "ts"),
}
_PLAIN_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")


def route_pattern(domains: list[str], blocked_types: list[str] | set[str]) -> re.Pattern[str] | str:
    """The requests the egress guard's route sees in Python: every request, but one to the recipe's
    ``domains`` (or a subdomain) whose address does not end in a file ending of a blocked type
    (:data:`TYPE_ENDINGS`). Playwright matches a route's pattern in its driver, and lets a request
    it does not match go on without a round trip to Python, which costs ~3-5 ms of CPU (Python,
    driver and Chromium) and 5-10 ms of the page's wait per request (measured on the lab, issue 15).

    Only a declared domain written as a plain ASCII host name is let through so, and only at an
    address in the form Chromium gives a request (``scheme://host[:port]`` then ``/``, ``?``, ``#``
    or the end: user information, a look-alike suffix, a trailing dot, an encoded host all go to
    Python, which decides with :func:`optout.urls.host_allowed`). ``"**/*"`` (every request) when
    a blocked type has no known endings or no domain is a plain host name. What is given up: an
    image, font or media file on the broker's own domains whose address has no such ending loads."""
    hosts = sorted({d.lower().rstrip(".") for d in domains} - {""})
    hosts = [h for h in hosts if _PLAIN_HOST.fullmatch(h)]
    if not hosts or any(t not in TYPE_ENDINGS for t in blocked_types):
        return "**/*"
    ends = sorted({e for t in blocked_types for e in TYPE_ENDINGS[t]})
    declared = (r"https?://(?:[a-z0-9-]+\.)*(?:" + "|".join(re.escape(h) for h in hosts)
                + r")(?::[0-9]{1,5})?(?=[/?#]|$)")
    typed = r"(?![^?#]*\.(?:" + "|".join(ends) + r")(?:[?#]|$))" if ends else ""
    # (a regular expression JavaScript reads the same: the driver matches it, Python again)
    return re.compile("^(?!" + declared + typed + ")", re.IGNORECASE)


#: Playwright errors that mean the page refused, not that the network hiccuped: never retried.
_PERMANENT = ("ERR_TOO_MANY_REDIRECTS", "ERR_UNSAFE_REDIRECT", "ERR_INVALID_URL", "ERR_UNKNOWN_URL_SCHEME",
              "ERR_INVALID_REDIRECT", "ERR_RESPONSE_HEADERS_TOO_BIG")


# Every form field in scope, tagged with data-optout-field so that the one chosen can be found again,
# with what optout.steps.fields needs to choose (labels, visibility) and the honeypot signs
# (optout.steps.honeypot.Signs: the rules themselves are applied in Python, the same for every channel).
_FIELDS_JS = r"""
(scope) => {
  const root = scope || document;
  const text = (e) => (e ? (e.innerText || e.textContent || '') : '').trim();
  const out = [];
  // one read's keys only: a field tagged by an earlier read (of the whole page, or of another
  // `within`) must not share a key with one tagged now
  for (const old of document.querySelectorAll('[data-optout-field]')) old.removeAttribute('data-optout-field');
  const all = root.querySelectorAll('input, select, textarea');
  let n = 0;
  for (const el of all) {
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (['hidden', 'submit', 'button', 'image', 'reset'].includes(type)) continue;
    const key = 'f' + (n++);
    el.setAttribute('data-optout-field', key);
    const labels = [];
    for (const l of (el.labels || [])) labels.push(text(l));
    const name = el.getAttribute('name') || '';
    if (name && !document.getElementById(name)) {  // <label for> pointing at a name, as some builders write
      for (const l of document.querySelectorAll('label[for]')) if (l.getAttribute('for') === name) labels.push(text(l));
    }
    if (el.getAttribute('aria-label')) labels.push(el.getAttribute('aria-label'));
    for (const id of (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) {
      labels.push(text(document.getElementById(id)));
    }
    const r = el.getBoundingClientRect(), st = getComputedStyle(el);
    const shown = (x) => { const b = x.getBoundingClientRect(), s = getComputedStyle(x);
                           return b.width > 2 && b.height > 2 && b.right > 0 && b.bottom > 0
                                  && s.visibility !== 'hidden' && s.display !== 'none'; };
    // a label of its own a person sees and clicks: a tick box drawn by its label is a real field
    const label_shown = [...(el.labels || [])].some(shown);
    const drawn = st.visibility !== 'hidden' && st.display !== 'none';
    const visible = drawn && ((!!(r.width && r.height) && parseFloat(st.opacity || '1') > 0.05) || label_shown);
    // the signs optout.steps.honeypot.RULES read (the rules are applied in Python, for every channel)
    const chain = [];
    for (let a = el; a && a.nodeType === 1 && chain.length < 16; a = a.parentElement) chain.push(a);
    const clip = st.clip || '', clipPath = st.clipPath || '';
    out.push({key, labels, placeholder: el.getAttribute('placeholder') || '', name,
              classes: el.getAttribute('class') || '', tabindex: el.getAttribute('tabindex'),
              autocomplete: el.getAttribute('autocomplete') || '',
              marks: chain.map(a => ((a.getAttribute('class') || '') + ' ' + (a.getAttribute('id') || '')).trim()),
              styles: chain.map(a => a.getAttribute('style') || ''),
              // (between the field and its form: a whole form under aria-hidden is a closed dialog)
              aria_hidden: (() => { const h = el.closest('[aria-hidden=true]');
                                    return !!h && (!el.form || (el.form !== h && el.form.contains(h))); })(),
              own_hidden: el.hidden || st.display === 'none' || /visibility\s*:\s*hidden/i.test(el.getAttribute('style') || ''),
              // moved out of sight on purpose: its box far off the page
              offscreen: (r.width > 0 || r.height > 0) && (r.right < -100 || r.bottom < -100 || r.left > 10000),
              squeezed: ((r.width > 0 || r.height > 0) && r.width <= 2 && r.height <= 2)
                        || /^rect\(0/.test(clip.replace(/\s/g, '')) || /^inset\(50%/.test(clipPath.replace(/\s/g, '')),
              label_shown,
              visible, enabled: !el.disabled && !el.readOnly,
              in_chrome: !!el.closest('header, nav, [role=search], form[role=search], form[action*=search i]'),
              in_hidden_block: !!(el.parentElement && el.parentElement.closest(
                '[hidden], [style*="display:none" i], [style*="display: none" i]')),
              tag: el.tagName, kind: type, max_length: typeof el.maxLength === 'number' ? el.maxLength : -1,
              // a list's options, as _CHOICES_JS reads them: a choice in it needs no read of its own
              options: el.tagName === 'SELECT' ? [...el.options].map(o => [o.value, o.text]) : null});
  }
  return out;
}
"""


# A list's options, a radio group's buttons or a tick box, as (value sent, text a person sees): the
# kind ("select", "radio", "checkbox") and the pairs.
_CHOICES_JS = r"""
(e) => {
  const words = (x) => [...(x.labels || [])].map(l => (l.innerText || l.textContent || '')).join(' ').trim()
                       || x.getAttribute('aria-label') || '';
  if (e.tagName === 'SELECT') return ['select', [...e.options].map(o => [o.value, o.text])];
  if (e.type === 'checkbox') return ['checkbox', [[e.value, words(e)]]];
  const group = [...(e.form ? e.form.elements : document.querySelectorAll('input'))]
                .filter(x => x.type === 'radio' && x.name === e.name);
  return ['radio', group.map(x => [x.value, words(x)])];
}
"""

#: Consent managers' "reject" (else "close") buttons, in that order of preference; sources: each
#: vendor's documented markup (OneTrust, Cookiebot, Didomi, Quantcast Choice, TrustArc, Osano,
#: CookieYes, Complianz, Termly, Iubenda, Usercentrics' non-shadow banner, Borlabs). Never "accept".
CONSENT_BUTTONS = (
    "#onetrust-reject-all-handler", "#CybotCookiebotDialogBodyButtonDecline", "#didomi-notice-disagree-button",
    ".qc-cmp2-summary-buttons button[mode=secondary]", "#truste-consent-required", ".osano-cm-denyAll",
    ".cky-btn-reject", ".cmplz-btn.cmplz-deny", "[data-tid=banner-decline]", ".iubenda-cs-reject-btn",
    "[data-testid=uc-deny-all-button]", "a._brlbs-refuse-btn",
    "#onetrust-close-btn-container button", ".osano-cm-dialog__close", ".cky-banner-btn-close",
    "#truste-consent-close", ".iubenda-cs-close-btn",
)
_CONSENT_JS = r"""
(sels) => {
  for (const s of sels) {
    for (const el of document.querySelectorAll(s)) {
      const r = el.getBoundingClientRect(), st = getComputedStyle(el);
      if (r.width && r.height && st.visibility !== 'hidden' && st.display !== 'none') return s;
    }
  }
  return null;
}
"""
#: The consent banner that shows now, by ``CONSENT_BUTTONS`` (written into the page function once, at
#: import: a fixed table sent as an argument was serialised and checked by Playwright's client at
#: every look and click target read, ~0.25 ms of optout's Python CPU a call for 17 selectors, five
#: calls a Searchly flow; pass 28, issue 15).
_CONSENT_NOW_JS = f"({_CONSENT_JS.strip()})({json.dumps(list(CONSENT_BUTTONS))})"


# The page's markup as Playwright's page.content() gives it (the doctype, then the root element's
# outerHTML), serialised once: only its length when that is over the limit (a huge page never
# crosses the pipe).
#: ``BrowserPage.wait_for_results``'s test, in the page: a listing (the first selector) is there, or a
#: no-results marker (the second) is shown by extraction's rule: no ``display: none`` on it or
#: around it, no ``visibility: hidden`` (a text or attribute an XPath chose counts as shown, as in
#: ``extract._shown``). Selectors come as ``css=…`` or ``xpath=…``.
_RESULTS_JS = """([items, marker]) => {
  const all = (sel) => {
    if (sel.startsWith('xpath=')) {
      const r = document.evaluate(sel.slice(6), document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      return Array.from({length: r.snapshotLength}, (_, i) => r.snapshotItem(i));
    }
    return Array.from(document.querySelectorAll(sel.slice(4)));
  };
  if (all(items).length) return true;
  if (!marker) return false;
  return all(marker).some((el) => el.nodeType !== 1 ||
    (el.checkVisibility ? el.checkVisibility({visibilityProperty: true}) :
     !!el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'));
}"""

#: The page's markup, and with ``text`` its body's text as a reader sees it (``innerText``, what
#: ``inner_text("body")`` reads), in one call: ``{html, text?}``, or ``{size}`` over ``limit`` characters.
_CONTENT_JS = """([limit, text]) => {
  const root = document.documentElement ? document.documentElement.outerHTML : '';
  if (root.length > limit) return {size: root.length};
  const html = (document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '') + root;
  if (!text) return {html};
  return {html, text: document.body instanceof HTMLElement ? document.body.innerText : ''};
}"""


async def _evaluate_json(page: PWPage, js: str, arg: Any, shaped: Callable[[Any], bool]) -> Any:
    """``page.evaluate(js, arg)`` for a result of many small parts (the look, a read of the form's
    fields), brought back as ONE JSON string: Playwright's driver serialises an object result node by
    node and its Python client validates every node of the answer (the fields' labels, marks and
    styles: hundreds per read; issue 15), where one string is one node, parsed by Python's json.
    A page whose own script changed ``JSON.stringify`` (an old library's ``toJSON`` on arrays) gives
    something not ``shaped``: read again the ordinary way."""
    raw = await page.evaluate(f"(a) => JSON.stringify(({js.strip()})(a))", arg)
    try:
        got = json.loads(raw)
    except (TypeError, ValueError):
        got = None
    return got if shaped(got) else await page.evaluate(js, arg)


def _refused_shaped(x: Any) -> bool:
    """Whether ``x`` is the look's read of a marked button's refused fields: ``[None]`` or ``[[labels]]``."""
    return (isinstance(x, list) and len(x) == 1
            and (x[0] is None or (isinstance(x[0], list) and all(isinstance(f, str) for f in x[0]))))


def _fields_shaped(x: Any) -> bool:
    """Whether ``x`` is a read of fields as ``_FIELDS_JS`` gives it: a list of objects with a key."""
    return isinstance(x, list) and all(isinstance(f, dict) and isinstance(f.get("key"), str) for f in x)


#: Whether element e is a form's submit button (the only click the browser's own check can refuse).
_SUBMITS_JS = ("(e) => !!e.form && ((e.tagName === 'BUTTON' && (e.type || 'submit') === 'submit') "
               "|| (e.tagName === 'INPUT' && ['submit', 'image'].includes(e.type)))")
#: After a click on a form's submit button: the fields that kept the browser from sending the form
#: (its own check: ``required`` left empty, a pattern or type not met), by their labels or names,
#: never their values; ``null`` when the element is gone (the page moved on), is no submit button,
#: or its form is not checked (``novalidate``, ``formnovalidate``).
_REFUSED_FIELDS_JS = r"""e => {
  const f = e.form;
  if (!e.isConnected || !(""" + _SUBMITS_JS + r""")(e) || f.noValidate || e.formNoValidate) return null;
  return [...f.elements].filter(x => x.willValidate && !x.validity.valid).map(x => {
    const l = (x.labels && x.labels[0] && x.labels[0].innerText) || x.getAttribute('aria-label') || x.name || x.type;
    return (l || '?').replace(/\s+/g, ' ').trim().slice(0, 60);
  });
}"""

# Where a click on element e leads: [the target of its link or form, its link's address, the consent
# button that shows over the page (if any), whether e is a form's submit button (``_SUBMITS_JS``:
# only then can the browser's own check refuse the click, and only then is that looked at after it)].
#: Installed in every document of a case's context (``add_init_script``): counts what the page itself
#: starts that may send something to the broker, **at the moment the page's script asks for it**:
#: a form's ``submit()`` or ``requestSubmit()`` and every ``submit`` event (a form submission is a
#: navigation the browser begins only in a later task, f42), a ``fetch``, ``XMLHttpRequest`` or
#: ``sendBeacon`` by any method but GET or HEAD, each to one of the recipe's domains (``DOMAINS``,
#: as ``urls.host_allowed`` reads them: a beacon to an analytics host sends the broker nothing, and
#: the route blocks it), and every navigation to another document (the Navigation API's
#: ``navigate`` event: a script's ``location`` change, a link it clicks).
#: ``sends_now`` reads the count and sets it back to 0. Counted where it is asked for, not where it
#: is seen: the navigation of a form sent from a list's ``onchange`` could begin after the zero-timeout
#: read that followed the step (the request read "nothing sent" 1 run in 24 under load, 2026-12-04),
#: and Playwright's request event may reach Python only after the step that set it off has
#: returned. Over-counting is the safe side (a request in doubt is asked about; one said unsent
#: could go twice). A history entry added by script (``pushState``, a hash) sends nothing and is
#: not counted.
_NAVIGATIONS_JS = r"""(() => {
  if (window.__optoutNavigations) return;
  let count = 0;
  const domains = DOMAINS;
  const ours = u => { try { const h = new URL(String(u), location.href).hostname.toLowerCase();
    return domains.some(d => h === d || h.endsWith('.' + d)); } catch (e) { return false; } };
  const sends = (m, u) => !/^(GET|HEAD)$/i.test(String(m || 'GET')) && ours(u);
  // each native wrapped in a Proxy, which keeps its name and its "[native code]" text for a
  // page's script that looks (an override a bot check sees would cost walls, not safety)
  const counting = (native, counts) => new Proxy(native, {apply(target, self, args) {
    if (counts(self, args)) count += 1;
    return Reflect.apply(target, self, args);
  }});
  const n = window.navigation;
  if (n) n.addEventListener('navigate', e => { if (!e.destination || !e.destination.sameDocument) count += 1; });
  const F = window.HTMLFormElement && HTMLFormElement.prototype;
  // the form's own address, read past a field named "action" (which form.action would return)
  const action = f => { try { return Object.getOwnPropertyDescriptor(F, 'action').get.call(f); }
    catch (e) { return location.href; } };
  window.addEventListener('submit', e => {
    if (ours(action(e.target)) || (e.submitter && ours(e.submitter.formAction))) count += 1; }, true);
  if (F && F.submit) F.submit = counting(F.submit, self => ours(action(self)));
  if (window.fetch) window.fetch = counting(window.fetch, (self, [input, init]) =>
    sends((init && init.method) || (input && typeof input === 'object' && input.method),
          input && typeof input === 'object' && input.url ? input.url : input));
  const X = window.XMLHttpRequest && XMLHttpRequest.prototype;
  if (X) {
    const opened = new WeakMap();
    X.open = counting(X.open, (self, [m, u]) => { opened.set(self, [m, u]); return false; });
    X.send = counting(X.send, self => sends(...(opened.get(self) || [])));
  }
  const N = window.Navigator && Navigator.prototype;
  if (N && N.sendBeacon) N.sendBeacon = counting(N.sendBeacon, (self, [u]) => ours(u));
  Object.defineProperty(window, '__optoutNavigations', {value: () => { const c = count; count = 0; return c; }});
})()"""



def navigations_js(domains: list[str] | tuple[str, ...]) -> str:
    """:data:`_NAVIGATIONS_JS` for a recipe's ``domains`` (a JSON list in the script, lower-cased)."""
    return _NAVIGATIONS_JS.replace("DOMAINS", json.dumps([d.lower().rstrip(".") for d in domains]), 1)


_CLICK_TARGET_JS = ("(e, mark) => { const t = e.closest('a[target], form[target]') || (e.form && e.form.target ? "
                    "e.form : null); const a = e.closest('a[href]'); "
                    f"const submits = ({_SUBMITS_JS})(e); if (submits && mark) e.setAttribute('data-optout-click', mark); "
                    f"return [t ? t.target : '', a ? a.href : '', {_CONSENT_NOW_JS}, submits] }}")
#: The look at a page after each navigation and click, in one call: the first 20 kB of its markup
#: (for a bot wall), the consent button that shows (if any), when the next step fills a field found
#: by its label (``Page.fields_next``) its form fields as ``_FIELDS_JS`` reads them, for that step
#: (``BrowserPage._looked``: a separate read was one more round trip before it, issue 15; read only
#: then, as the fields cost the look ~3 ms of Chromium's CPU on the lab's search page), and after a
#: click on a form's submit button that sent nothing, the fields that kept the browser from sending
#: it (``_REFUSED_FIELDS_JS``, at the button the click marked ``data-optout-click``; ``[refused]``
#: when the button is on the page, null when not: a separate read of the button was one more round
#: trip after every such click, issue 15).
_LOOK_JS = ("(a) => [document.documentElement ? document.documentElement.outerHTML.slice(0, 20000) : '', "
            f"a.consent ? {_CONSENT_NOW_JS} : null, a.fields ? ({_FIELDS_JS.strip()})(null) : null, "
            "a.mark ? (() => { const e = document.querySelector('[data-optout-click=\"' + a.mark + '\"]'); "
            f"return e ? [({_REFUSED_FIELDS_JS.strip()})(e)] : null }})() : null]")


def find_executable(settings: BrowserSettings) -> str | None:
    """The Chromium to launch; None means Playwright's own bundled browser."""
    if settings.executable_path:
        if not Path(settings.executable_path).is_file():
            raise said(BrowserUnavailable(
                f"browser.executable_path (OPTOUT_BROWSER__EXECUTABLE_PATH) points to "
                f"{settings.executable_path}, which does not exist"
            ), "browser_path_missing", source="browser.executable_path (OPTOUT_BROWSER__EXECUTABLE_PATH)")
        return str(settings.executable_path)
    for candidate in BROWSER_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return None


def _new_tab_request(req) -> bool:  # type: ignore[no-untyped-def]
    """Whether a navigation request is a new tab's first: it has no frame yet (Playwright raises
    for ``Request.frame`` then), where a page's or an iframe's navigation has one."""
    try:
        req.frame
    except PlaywrightError:
        return True
    return False


def _hosted_elsewhere(url: str) -> NeedsHuman:
    """A link or form of the broker's that leads off its domains (a privacy-request vendor, a survey
    form): a step for a person, with the address; the recipe's domains are never widened for it."""
    host = urlsplit(url).hostname or "another site"
    return NeedsHuman(f"the broker's form opens on {host}, a site the recipe does not declare; a person "
                      f"must fill it there", kind="other", url=url or None,
                      instructions="Open the address in your own browser and send the request there.",
                      instructions_es="Abra la dirección en su propio navegador y envíe allí la solicitud.",
                      why=Reason("form_off_site", {"host": host}))


def _guarded(fn):  # type: ignore[no-untyped-def]
    """A page method that fails with the page's ``hostile`` reason once the page was closed for it,
    rather than with Playwright's "target closed"."""

    @functools.wraps(fn)
    async def wrapper(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._looked = None  # a step other than a fill or choice: the page may have changed since the look
        self._check()
        try:
            out = await fn(self, *args, **kwargs)
        except PlaywrightError:
            self._check()
            raise
        self._check()
        return out

    return wrapper


class BrowserChannel:
    def __init__(self, settings: BrowserSettings, net: NetworkSettings, proxy: str | None,
                 limiter: RateLimiter | None):
        self.settings = settings
        self.net = net
        self.proxy = proxy
        self.limiter: RateLimiter = limiter  # type: ignore[assignment]  # set by the engine before any page
        self._pw: Playwright | None = None
        self._browser: Browser | None = None
        self._lock = asyncio.Lock()
        self._early: asyncio.Future[Browser] | None = None
        self._render_lock = asyncio.Lock()
        self._render_page: PWPage | None = None
        self.version: str | None = None
        self.executable: str | None = None

    def start_soon(self) -> None:
        """Start Playwright's driver and Chromium now, in the background, for a command that is
        about to need them: their start (~0.5 s of other processes' CPU) then overlaps the work the
        command does before its first page (imports, the store). A failure here is only logged: the
        first ``page()`` starts the browser again and reports it."""
        if self._early is None and self._browser is None:
            self._early = asyncio.ensure_future(self._ensure())
            self._early.add_done_callback(lambda f: f.cancelled() or f.exception())  # read: no warning

    async def _ensure(self) -> Browser:
        async with self._lock:
            if self._browser is not None and self._browser.is_connected():
                return self._browser
            if self._pw is None:
                from optout.channels import _early_driver

                # the driver `python -m optout run` started before its imports, if any
                self._pw = await _early_driver.adopt()
            exe = find_executable(self.settings)
            args = list(_ARGS) + list(self.settings.args)
            if os.geteuid() == 0:
                args.append("--no-sandbox")  # Chromium refuses to sandbox as root
            try:
                self._browser = await self._pw.chromium.launch(
                    executable_path=exe, headless=self.settings.headless, args=args
                )
            except PlaywrightError as e:
                first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                raise said(BrowserUnavailable(
                    f"could not start Chromium ({first}). Set browser.executable_path "
                    f"(OPTOUT_BROWSER__EXECUTABLE_PATH) to a Chromium binary, e.g. after "
                    f"`apt-get install chromium-headless-shell`: /usr/lib/chromium/chromium-headless-shell"
                ), "browser_cannot_start") from None
            self.version = self._browser.version
            self.executable = exe or "playwright-bundled"
            log.info("browser started", executable=self.executable, version=self.version)
            return self._browser

    async def close(self) -> None:
        if self._early is not None and not self._early.done():
            self._early.cancel()
            with contextlib.suppress(BaseException):
                await self._early
        self._render_page = None
        with contextlib.suppress(Exception):
            if self._browser:
                await self._browser.close()
        with contextlib.suppress(Exception):
            if self._pw:
                await self._pw.stop()
        self._browser = self._pw = None

    @contextlib.asynccontextmanager
    async def _offline(self, html: str) -> AsyncIterator[PWPage]:
        """A page showing ``html`` with JavaScript off and every request aborted: a broker's saved
        page can neither run nor fetch anything (only its markup, inline styles and data: images
        show)."""
        browser = await self._ensure()
        context = await browser.new_context(java_script_enabled=False, service_workers="block",
                                            accept_downloads=False, viewport={"width": 1024, "height": 200})
        try:
            await context.route("**/*", lambda route: route.abort())
            page = await context.new_page()
            await page.set_content(html, wait_until="load", timeout=30_000)
            yield page
        finally:
            with contextlib.suppress(Exception):
                await context.close()

    async def render(self, html: str) -> bytes | None:
        """A full-page PNG of saved HTML (an http-channel page, as evidence), rendered offline (as
        :meth:`_offline`) on one page kept for the purpose (a context per render costs ~10x more);
        None when there is nothing to show or Chromium cannot render it (evidence never fails a
        case). Renders take turns; the page shows only the HTML given, nothing is kept between."""
        if not html.strip():
            return None
        try:
            async with self._render_lock:
                if self._render_page is None or self._render_page.is_closed():
                    browser = await self._ensure()
                    # a short viewport: a full-page screenshot is as tall as the content, not 900 px of white
                    context = await browser.new_context(java_script_enabled=False, service_workers="block",
                                                        accept_downloads=False, viewport={"width": 1024, "height": 200})
                    await context.route("**/*", lambda route: route.abort())
                    self._render_page = await context.new_page()
                page = self._render_page
                await page.set_content(html, wait_until="load", timeout=10_000)
                shot = await page.screenshot(full_page=True, timeout=10_000)
                await page.set_content("", timeout=10_000)
                return shot
        except (PlaywrightError, BrowserUnavailable):
            self._render_page = None
            return None

    async def pdf(self, html: str) -> bytes:
        """Print ``html`` to PDF with Chromium's own printing (Playwright ``page.pdf``): A4, CSS
        ``@page`` and page breaks honoured, backgrounds printed, headings as the PDF's outline.
        Raises BrowserUnavailable when Chromium cannot start."""
        async with self._offline(html) as page:
            return await page.pdf(format="A4", print_background=True, outline=True, tagged=True,
                                  prefer_css_page_size=True)

    @contextlib.asynccontextmanager
    async def page(self, broker: str, domains: list[str], *, record_har: Path | None = None) -> AsyncIterator[BrowserPage]:
        """A fresh context and page under the egress guard. ``record_har``: write the whole
        exchange there as a HAR (Playwright's recording, bodies embedded) when the context closes."""
        mark("page: asked")
        browser = await self._ensure()
        mark("page: browser up")
        har = {"record_har_path": record_har, "record_har_content": "embed"} if record_har else {}
        try:
            context = await browser.new_context(**har,
                proxy={"server": self.proxy} if self.proxy else None,
                user_agent=self.net.user_agent,
                accept_downloads=False,
                service_workers="block",
                viewport={"width": 1280, "height": 900},
            )
        except PlaywrightError as e:
            # the browser died under us: drop it so the next case relaunches it
            self._browser = None
            raise TransientError(f"browser context could not be created ({type(e).__name__})") from None
        mark("page: context made")
        bp = BrowserPage(self, context, broker, domains)
        try:
            await bp.setup()
            mark("page: ready")
            yield bp
        finally:
            with contextlib.suppress(Exception):
                # nothing leaves while the targets are torn down (bounded: a page stuck in a dialog
                # loop may never answer)
                await asyncio.wait_for(context.set_offline(True), 2)
            with contextlib.suppress(Exception):
                await context.close()


class BrowserPage:
    def __init__(self, channel: BrowserChannel, context, broker: str, domains: list[str]):  # type: ignore[no-untyped-def]
        self.channel = channel
        self.context = context
        self.broker = broker
        self.domains = domains
        self.submitted = False
        self.requests_sent = 0  # requests other than GET to the broker's domains, answered or not
        #: those and every navigation request of the flow's pages to the broker (a form sent by GET
        #: carries its fields in its address): what the page may have sent by itself while a field
        #: step ran, a script's submit on change (``optout.steps.runner.FIELD_STEPS``)
        self.page_sends = 0
        self.pinned: str | None = None  # the fixed opt-out address the flow is on (see Page.pinned)
        self.blocked_hosts: set[str] = set()
        self.server_errors: list[int] = []
        self.dialogs = 0
        self.popups = 0
        #: set when the page misbehaved (endless dialogs or popups, data sent to another host):
        #: the page is closed and every later step fails with this reason
        self.hostile: str | None = None
        #: folded forms of the person's values (``watch``): what no undeclared host may receive
        self.watched: set[str] = set()
        self._page: PWPage | None = None
        self._cdp = None  # a DevTools session on _cdp_page, for screenshots (made on the first one)
        self._cdp_page: PWPage | None = None
        self._clicking = False
        self._click_mark = 0  # the last click's mark on its submit button (data-optout-click)
        self._opened: list[PWPage] = []
        self._tab_opened = asyncio.Event()  # set when a click's tab is appended to _opened
        self._tab_coming = False  # the click's tab has asked for its first page
        #: the last navigation to an undeclared host that the guard blocked (a new tab's address)
        self._blocked_navigation: str | None = None
        self._blocked_main: str | None = None  # the last navigation of the page itself to an undeclared host
        #: the page's fields as the look after the last navigation or click read them (``_LOOK_JS``),
        #: with the page they were read on: used by the step right after, if it is a fill or choice
        #: by label or placeholder, and dropped by every other step (``_forget_look``)
        self._looked: tuple[PWPage, list[dict]] | None = None
        self.fields_next = False  # see Page.fields_next

    def watch(self, values) -> None:  # type: ignore[no-untyped-def]
        self.watched |= watched_forms(values)

    @property
    def url(self) -> str:
        return self._page.url if self._page else "about:blank"

    def new_flow(self) -> None:
        """The same page goes on to a case's next flow (its removal after its scan): what this
        flow sent and the errors it met are its own. A page made hostile stays hostile."""
        self.submitted = False
        self.server_errors = []

    async def setup(self) -> None:
        s = self.channel.settings
        blocked_types = set(s.block_resources)

        async def route(r: Route) -> None:
            req = r.request
            if not host_allowed(req.url, self.domains) and not req.url.startswith(("data:", "blob:", "about:")):
                host = urlsplit(req.url).hostname or "?"
                self.blocked_hosts.add(host)
                if req.is_navigation_request():
                    self._blocked_navigation = req.url
                    with contextlib.suppress(PlaywrightError):
                        if self._page is not None and req.frame == self._page.main_frame:
                            self._blocked_main = req.url  # the page itself was to leave for that host
                await r.abort("blockedbyclient")
                # blocked quietly (an analytics ping is not an attack) unless it carried the person's values
                if carries_values([req.url, req.post_data_buffer, *req.headers.values()], self.watched):
                    self._hostile(f"the page tried to send the person's data to {host}, a host the recipe "
                                  f"does not declare (blocked; nothing was sent)", close=False)
            elif req.resource_type in blocked_types:
                await r.abort("blockedbyclient")
            else:
                await r.continue_()

        async def websocket(ws) -> None:  # type: ignore[no-untyped-def]
            # WebSockets bypass route(): allowed only to the recipe's domains, like every request;
            # one elsewhere is never connected, so what the page sends on it goes nowhere
            if host_allowed(ws.url, self.domains):
                ws.connect_to_server()
                return
            host = urlsplit(ws.url).hostname or "?"
            self.blocked_hosts.add(host)

            def on_message(message) -> None:  # type: ignore[no-untyped-def]
                if carries_values([message], self.watched):
                    self._hostile(f"the page tried to send the person's data to {host} over a WebSocket, a host "
                                  f"the recipe does not declare (blocked; nothing was sent)", close=False)

            ws.on_message(on_message)
            if carries_values([ws.url], self.watched):
                self._hostile(f"the page tried to send the person's data to {host} over a WebSocket, a host the "
                              f"recipe does not declare (blocked; nothing was sent)", close=False)
                await ws.close(code=1008, reason="blocked")

        def on_request(req) -> None:  # type: ignore[no-untyped-def]
            if req.method != "GET" and host_allowed(req.url, self.domains):
                self.requests_sent += 1
            if (req.method != "GET" or req.is_navigation_request()) and host_allowed(req.url, self.domains):
                self.page_sends += 1
            # Playwright shows route() only a redirect's first hop, so a broker's redirect to another
            # host cannot be stopped here (see SECURITY.md); it is at least caught and the case failed
            if req.redirected_from is not None and not host_allowed(req.url, self.domains):
                host = urlsplit(req.url).hostname or "?"
                self.blocked_hosts.add(host)
                if req.is_navigation_request() or carries_values([req.url], self.watched):
                    self._hostile(f"the page redirected to {host}, a host the recipe does not declare")

        wired: set[PWPage] = set()  # the flow's pages (``wire``): their requests go to on_request

        def on_context_request(req) -> None:  # type: ignore[no-untyped-def]
            if self._clicking and not self._tab_coming and req.is_navigation_request() and _new_tab_request(req):
                self._tab_coming = True  # the click opened a tab (window.open): click() waits for it
            # the flow's own pages' requests (``wire``): this one listener, not one on each page too,
            # which was one more driver subscription per case for the same events (issue 15)
            try:
                page = req.frame.page
            except PlaywrightError:  # a service worker's, or a popup's first, before its frame exists
                return
            if page in wired:
                on_request(req)

        # only what the guard or the type block must decide reaches Python (route_pattern)
        await self.context.route(route_pattern(self.domains, blocked_types), route)
        self.context.on("request", on_context_request)
        await self.context.add_init_script(navigations_js(self.domains))  # what sends_now reads (f42)
        await self.context.route_web_socket(lambda _url: True, websocket)
        self.context.on("page", self._on_new_page)
        page = await self.context.new_page()
        page.set_default_timeout(s.step_timeout * 1000)
        page.set_default_navigation_timeout(s.navigation_timeout * 1000)

        def on_response(resp) -> None:  # type: ignore[no-untyped-def]
            if not host_allowed(resp.url, self.domains):
                return
            if resp.request.method != "GET" and resp.status < 400:
                self.submitted = True
            if resp.status >= 500 or resp.status == 429:
                self.server_errors.append(resp.status)

        def on_context_response(resp) -> None:  # type: ignore[no-untyped-def]
            try:
                page = resp.frame.page
            except PlaywrightError:  # a service worker's
                return
            if page in wired:
                on_response(resp)

        # the context's listeners, not one on each page: each listener is a driver subscription, and
        # a tab the flow follows or a popup it closes needed its own (issue 15, p16); what they see is
        # the same: the flow's pages' responses (``wire``), every page's dialogs (a popup's included)
        self.context.on("response", on_context_response)
        self.context.on("dialog", self._on_dialog)

        def wire(p: PWPage) -> None:
            wired.add(p)  # its requests and responses: on_context_request, on_context_response
            p.on("download", self._on_download)

        self._wire = wire
        wire(page)
        self._page = page

    def _on_new_page(self, p: PWPage) -> None:
        if self._page is None or p is self._page:
            return
        self.popups += 1  # its dialogs: the context's listener
        if self._clicking and self.popups <= MAX_POPUPS:
            self._opened.append(p)  # a new tab a click opened: click() follows it or hands it on
            self._tab_opened.set()
            return
        asyncio.ensure_future(p.close())  # a popup nobody asked for: closed at once, never used
        if self.popups > MAX_POPUPS:
            self._hostile(f"the page opened more than {MAX_POPUPS} popups; it was closed")

    async def _follow_new_tab(self) -> None:
        """A click opened a tab (``target=_blank``): on the broker's own domains the flow goes on in
        it; a form hosted elsewhere (a privacy-request vendor, a survey form) becomes a step for a
        person, with its address; the recipe's domains are never widened for it."""
        opened, self._opened = self._opened, []
        if not opened:
            return
        tab = opened[-1]
        for other in opened[:-1]:
            asyncio.ensure_future(other.close())
        with contextlib.suppress(PlaywrightError):
            await tab.wait_for_load_state("domcontentloaded", timeout=self.channel.settings.navigation_timeout * 1000)
        url = tab.url if tab.url.startswith(("http:", "https:")) else (self._blocked_navigation or "")
        if url and host_allowed(url, self.domains):
            self._wire(tab)
            tab.set_default_timeout(self.channel.settings.step_timeout * 1000)
            tab.set_default_navigation_timeout(self.channel.settings.navigation_timeout * 1000)
            self._page = tab
            return
        asyncio.ensure_future(tab.close())
        raise _hosted_elsewhere(url)

    async def _on_dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.dialogs += 1
        with contextlib.suppress(Exception):
            await dialog.dismiss()
        if self.dialogs > MAX_DIALOGS:
            self._hostile(f"the page opened more than {MAX_DIALOGS} dialogs (alert, confirm, prompt); it was closed")

    def _on_download(self, download) -> None:  # type: ignore[no-untyped-def]
        # downloads are refused (accept_downloads=False): nothing is written to disk
        asyncio.ensure_future(download.cancel())

    def _hostile(self, reason: str, *, close: bool = True) -> None:
        """Fail every later step with ``reason``. A page that loops (dialogs, popups) is closed; one
        that tried to send the person's data is not: route() keeps blocking it until the context
        closes, whereas a closing page's workers lose route() before they die."""
        if self.hostile is None:
            self.hostile = reason
            log.warning("hostile page stopped", reason=reason)
            if close and self._page is not None:
                asyncio.ensure_future(self._close_quietly(self._page))

    async def _close_quietly(self, page: PWPage) -> None:
        # offline first: a closing page's workers lose route() before they die, and a request they
        # make in between would go out unguarded
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.context.set_offline(True), 2)
        with contextlib.suppress(Exception):
            await page.close(run_before_unload=False)

    def _check(self) -> None:
        if self.hostile:
            raise StepError(self.hostile, url=self.url)

    @property
    def p(self) -> PWPage:
        assert self._page is not None
        return self._page

    def _locator(self, loc: Locator):  # type: ignore[no-untyped-def]
        from optout.steps.extract import is_xpath

        p = self.p
        if loc.within:  # look only inside the first element matching `within` (a form, one result)
            p = p.locator(("xpath=" if is_xpath(loc.within) else "css=") + loc.within).first
        if loc.selector:
            return p.locator(("xpath=" if is_xpath(loc.selector) else "css=") + loc.selector).first
        if loc.role:
            return p.get_by_role(loc.role, name=loc.name).first if loc.name else p.get_by_role(loc.role).first
        if loc.label:
            return p.get_by_label(loc.label).first
        if loc.placeholder:
            return p.get_by_placeholder(loc.placeholder).first
        return p.get_by_text(loc.text or "").first

    async def goto(self, url: str) -> None:
        self._looked = None
        looked: dict[str, str | None] = {}  # the consent banner the bot-wall look saw, if it looked

        async def once() -> None:
            looked.clear()
            await self.channel.limiter.acquire(self.broker)
            try:
                resp = await self.p.goto(url, wait_until="domcontentloaded")
            except PWTimeout:
                self._check()
                raise TransientError("the page did not load in time", url=url) from None
            except PlaywrightError as e:
                self._check()
                msg = str(e)
                if "Download is starting" in msg:
                    raise StepError("the page answered with a file download, not a page (refused; nothing was "
                                    "saved)", url=url) from None
                permanent = next((c for c in _PERMANENT if c in msg), None)
                if permanent:
                    raise StepError(f"navigation failed (net::{permanent})", url=url) from None
                if "ERR_BLOCKED_BY_CLIENT" in msg:
                    raise StepError("navigation to a host the recipe does not declare was blocked", url=url) from None
                # Playwright's message repeats the URL, which may hold the person's name: keep the code only
                code = re.search(r"net::ERR_[A-Z_]+", msg)
                raise TransientError(f"navigation failed ({code.group(0) if code else type(e).__name__})",
                                     url=url) from None
            self._check()
            if resp is not None and (resp.status in (200, 403, 429, 503) or resp.status >= 500):
                looked["banner"] = await self._bot_wall(url, consent=True)
            if resp is not None and (resp.status >= 500 or resp.status == 429):
                ra = await resp.header_value("retry-after")
                raise TransientError(f"HTTP {resp.status}", url=url,
                                     retry_after=float(ra) if ra and ra.isdigit() else None)
            if resp is not None and resp.status >= 400:
                raise StepError(f"HTTP {resp.status}", url=url)

        from optout.retry import retrying

        await retrying(once, self.channel.net, what=f"{self.broker} goto")
        if looked.get("banner", True):  # a banner seen, or the page not looked at yet
            self._looked = None  # a banner's click changes the page: the fields are read again
            await self._dismiss_consent()

    async def _dismiss_consent(self) -> None:
        """Close a consent manager's banner (``CONSENT_BUTTONS``: rejecting where the banner lets us),
        so that it does not cover the form. A banner of another kind is left; a click it blocks
        fails with "a banner covers the page"."""
        for _ in range(2):  # some managers show a second layer after the first button
            try:
                found = await self.p.evaluate(f"() => {_CONSENT_NOW_JS}")
                if not found:
                    return
                button = self.p.locator(found).first
                await button.click(timeout=3000)
                log.info("consent banner dismissed", button=found)
                # until the button has gone (a banner that fades or slides out is still there for
                # a moment): waited for on the page, not for a fixed time; one that stays is
                # clicked once more
                with contextlib.suppress(PWTimeout):
                    await button.wait_for(state="hidden", timeout=2000)
            except PlaywrightError:
                return

    async def _bot_wall(self, url: str | None = None, *, consent: bool = False,
                        refused: list[list[str] | None] | None = None) -> str | None:
        """Raise BotWall when the page is a bot-protection challenge (``optout.recipe.detect.bot_wall``).
        With ``consent``, the same look at the page also says which consent banner's button
        (``CONSENT_BUTTONS``) shows, if any: the selector, or None. With ``refused`` (a list, after
        a click on a form's submit button that sent nothing), the same look reads the fields that
        kept the browser from sending the button's form, when the button the click marked is on
        the page: appended to ``refused`` (``_REFUSED_FIELDS_JS``'s answer, None included); nothing
        appended when it is not (the caller reads the button itself)."""
        from optout.recipe.detect import bot_wall

        page = self.p
        mark = str(self._click_mark) if refused is not None else None
        try:
            head, banner, fields, after = await _evaluate_json(
                page, _LOOK_JS, {"consent": consent, "fields": self.fields_next,
                                 "mark": mark},
                lambda x: isinstance(x, list) and len(x) == 4 and isinstance(x[0], str)
                and (x[2] is None or _fields_shaped(x[2])) and (x[3] is None or _refused_shaped(x[3])))
        except PlaywrightError:
            self._looked = None
            return "?" if consent else None  # not known: the caller looks again
        vendor = bot_wall(head or "")
        if vendor:
            raise BotWall(vendor, url=url or self.url)
        self._looked = (page, fields) if isinstance(fields, list) else None
        if refused is not None and after is not None:
            refused.append(after[0])
        return banner

    async def _settle(self) -> None:
        """Until the page (the one a click navigated to, if it did) has its DOM. Playwright's own
        first test is made here: its ``wait_for_load_state`` sets a waiter up and sends the driver
        three log notices (``__waitInfo__``) even when the state has already fired (three of them
        per click, 9 of a Searchly flow's ~51 driver messages, issue 15). The same test (the load
        states the client has seen on the main frame since its last navigation), so the same
        outcome; without the client's field (another Playwright), it waits as before.

        A page whose DOM is still to come is waited for on the client's own record too: the frame's
        ``loadstate`` event, which Playwright's waiter itself listens to, ended as that waiter ends
        (the page closed, crashed or its main frame detached; the navigation timeout), without the
        waiter's three log notices to the driver (1.5-3 of a Searchly flow's messages, issue 15,
        p16). Every end returns, as every error of the wait did."""
        page = self.p
        frame = getattr(page.main_frame, "_impl_obj", None)
        seen = getattr(frame, "_load_states", None)
        if isinstance(seen, set) and "domcontentloaded" in seen:
            return
        emitter = getattr(frame, "_event_emitter", None)
        if not isinstance(seen, set) or emitter is None or not callable(getattr(emitter, "on", None)):
            with contextlib.suppress(PlaywrightError):
                await page.wait_for_load_state("domcontentloaded")
            return
        if page.is_closed():
            return
        ended = asyncio.get_running_loop().create_future()

        def end(*_: object) -> None:
            if not ended.done():
                ended.set_result(None)

        def loaded(state: object) -> None:
            if state == "domcontentloaded":
                end()

        def detached(f) -> None:  # type: ignore[no-untyped-def]
            if f == page.main_frame:
                end()

        emitter.on("loadstate", loaded)
        page.on("close", end)
        page.on("crash", end)
        page.on("framedetached", detached)
        try:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(ended, self.channel.settings.navigation_timeout)
        finally:
            emitter.remove_listener("loadstate", loaded)
            page.remove_listener("close", end)
            page.remove_listener("crash", end)
            page.remove_listener("framedetached", detached)

    async def _act(self, loc: Locator, what: str, fn) -> None:  # type: ignore[no-untyped-def]
        self._looked = None
        self._check()
        try:
            located = self._locator(loc)
            # the field was waited for: a retired page may have taken the browser home meanwhile,
            # and the home page's search box is then no place for the person's values
            still_there(self.pinned, self.url)
            await fn(located)
        except PWTimeout as e:
            self._check()
            if "intercepts pointer events" in str(e):
                raise StepError(f"a banner covers the page: {loc.describe()} cannot be reached (to {what}); "
                                f"a person can close it, or the recipe can click it away first", url=self.url) from None
            raise SelectorNotFound(f"nothing usable matches {loc.describe()} (to {what})", url=self.url) from None
        except PlaywrightError:
            self._check()
            raise

    async def _field(self, loc: Locator, what: str) -> Locator:
        return (await self._chosen(loc, what))[0]

    async def _chosen(self, loc: Locator, what: str) -> tuple[Locator, FieldInfo | None]:
        """A label or placeholder locator resolved to the one field it means
        (``optout.steps.fields.choose``), as a selector, with what the page said of the field;
        waits up to the step timeout for a form that appears only once the page's script runs.
        Other locators are returned as they are, with None."""
        from optout.recipe.schema import Locator
        from optout.steps.extract import is_xpath

        # the look right after the last navigation or click read the whole page's fields: the first
        # fill or choice after it chooses from that read (it is this step's, one round trip earlier);
        # a later step, a field inside `within`, or a read that finds no field, reads the page again
        looked, self._looked = self._looked, None
        if not (loc.label or loc.placeholder) or loc.selector or loc.role:
            return loc, None
        by, want = ("label", loc.label) if loc.label else ("placeholder", loc.placeholder)
        assert want is not None
        if looked is not None and looked[0] is self._page and not loc.within:
            self._check()
            still_there(self.pinned, self.url)
            with contextlib.suppress(SelectorNotFound, TypeError):
                chosen = choose([FieldInfo(**f) for f in looked[1]], want, by, what, url=self.url)
                return Locator(selector=f'[data-optout-field="{chosen.key}"]'), chosen
        deadline = asyncio.get_running_loop().time() + self.channel.settings.step_timeout
        while True:
            self._check()
            still_there(self.pinned, self.url)
            scope = None
            try:
                if loc.within:
                    scope = await self.p.query_selector(("xpath=" if is_xpath(loc.within) else "css=") + loc.within)
                raw = await _evaluate_json(self.p, _FIELDS_JS, scope, _fields_shaped)
            except PlaywrightError:
                # the page navigated while it was read (a script or a meta refresh took it away):
                # read the page it is now on, unless that is the opt-out page gone home
                if asyncio.get_running_loop().time() >= deadline:
                    raise
                await self._settle()
                continue
            try:
                chosen = choose([FieldInfo(**f) for f in raw], want, by, what, url=self.url)
            except SelectorNotFound as e:
                if "fits" in str(e) or asyncio.get_running_loop().time() >= deadline:
                    raise
                await asyncio.sleep(0.25)
                continue
            return Locator(selector=f'[data-optout-field="{chosen.key}"]'), chosen

    async def fill(self, loc: Locator, value: str) -> None:
        field, info = await self._chosen(loc, "fill")

        async def fill_or_choose(l) -> None:  # type: ignore[no-untyped-def]
            # a field chosen by its label was read with the rest of the form; any other, now
            tag, kind, limit = ((info.tag, info.kind, info.max_length) if info is not None and info.tag
                                else await l.evaluate("e => [e.tagName, (e.type || '').toLowerCase(), e.maxLength]"))
            # a recipe says "fill" for a <select> too (DuckDuckGo's fillForm does): choose the option;
            # and for a radio group or a tick box, as the http channel does
            if tag == "SELECT" or (tag == "INPUT" and kind in ("radio", "checkbox")):
                await self._choose(l, loc, value, "fill", info)
                return
            if isinstance(limit, int) and 0 <= limit < len(value):
                raise StepError(f"the field takes at most {limit} characters and the value has {len(value)}: "
                                f"the recipe must format it to fit (a template filter such as |digits), "
                                f"never cut it", url=self.url)
            await l.fill(value)
        await self._act(field, "fill", fill_or_choose)

    async def _choose(self, l, loc: Locator, value: str, what: str,  # type: ignore[no-untyped-def]
                      info: FieldInfo | None = None) -> None:
        """Choose in a list, a radio group or a tick box what ``value`` names, by an option's value or
        its text (``optout.steps.fields.choose_option``, the http channel's rule too). ``info``: the
        field as the read that chose it saw it; a list's options read there are used, not read again."""
        if info is not None and info.tag == "SELECT" and info.options is not None:
            kind, options = "select", info.options
        else:
            # the element at once if it is there (one call; a locator's evaluate is three: wait,
            # evaluate, release the handle), else once it appears
            now = await l.evaluate_all(f"els => els.length ? ({_CHOICES_JS.strip()})(els[0]) : null")
            kind, options = now if now is not None else await l.evaluate(_CHOICES_JS)
        if kind == "checkbox":
            own, text = options[0]
            if choose_option([(own, text)], value) is None and " ".join(value.split()).casefold() not in TICKED:
                raise StepError(f"{loc.describe()} is a tick box: the recipe's value must be its value, its label "
                                f"or one of {', '.join(sorted(TICKED))} (to {what}; or use `check`)", url=self.url)
            await l.check()
            return
        chosen = choose_option([(v, t) for v, t in options], value)
        if chosen is None:
            raise StepError(f"{loc.describe()} has no {'option' if kind == 'select' else 'button of its radio group'} "
                            f"that the recipe's value names (by its value or its text) (to {what})", url=self.url)
        if kind == "select":
            await l.select_option(value=chosen)
        else:
            await l.evaluate("(e, v) => { const b = [...(e.form ? e.form.elements : document.querySelectorAll('input'))]"
                             ".find(x => x.type === 'radio' && x.name === e.name && x.value === v); b.click(); }",
                             chosen)

    async def select(self, loc: Locator, value: str) -> None:
        field, info = await self._chosen(loc, "select")

        async def sel(l) -> None:  # type: ignore[no-untyped-def]
            await self._choose(l, loc, value, "select", info)
        await self._act(field, "select", sel)

    async def check(self, loc: Locator) -> None:
        await self._act(await self._field(loc, "check"), "check", lambda l: l.check())

    @_guarded
    async def click(self, loc: Locator, *, optional: bool = False) -> bool:
        if optional and not await self.has_element(loc):
            return False
        await self.channel.limiter.acquire(self.broker)
        self._clicking, self._opened = True, []
        self._tab_opened.clear()
        self._tab_coming = new_tab = submits = False
        sent = self.requests_sent
        clicked = None  # the element clicked (its locator)

        async def click(l) -> None:  # type: ignore[no-untyped-def]
            nonlocal new_tab, submits, sent, clicked
            clicked = l
            # where the click leads (a target, a link's address) and a consent banner over the page,
            # in one look: at the element if it is there (one call), else once it appears (a wait:
            # three calls); a form's submit button is marked (data-optout-click) so that the look
            # after the click can read its form's refused fields in the same call (``_LOOK_JS``)
            self._click_mark += 1
            mark = str(self._click_mark)
            now = await l.evaluate_all(f"(els, mark) => els.length ? ({_CLICK_TARGET_JS})(els[0], mark) : null", mark)
            target, href, banner, submits = now if now is not None else await l.evaluate(_CLICK_TARGET_JS, mark)
            if href.startswith(("http:", "https:")) and not host_allowed(href, self.domains):
                raise _hosted_elsewhere(href)  # a link off the broker's domains: not clicked at all
            new_tab = target not in ("", "_self", "_parent", "_top")
            if banner:
                await self._dismiss_consent()
            sent = self.requests_sent
            await l.click()
            if new_tab:  # a refused form opens no tab: known before waiting for one
                await refused_check(l, None)

        async def refused_check(l, looked: list[list[str] | None] | None) -> None:  # type: ignore[no-untyped-def]
            # the browser checks a form before sending it: a required field left empty and the click
            # sends nothing at all (no request, no new page), which must not pass for a submission;
            # only a form's submit button is checked so (a link's click is not looked at again).
            # ``looked``: the look after the click read it at the marked button (one call less);
            # empty when the button was not on the page it looked at: read here
            if not submits or self.requests_sent != sent:
                return
            refused = looked[0] if looked else None
            if not looked:
                with contextlib.suppress(PlaywrightError):
                    # evaluate_all: no waiting for an element the page took away when it moved on
                    refused = await l.evaluate_all(f"els => els.length ? ({_REFUSED_FIELDS_JS})(els[0]) : null")
            if refused and self.requests_sent == sent:
                raise form_refused(refused, self.url)

        self._blocked_main = None
        try:
            await self._act(loc, "click", click)
            await self._settle()  # the page the click navigated, if it did
            if (new_tab or self._tab_coming) and not self._opened:
                # the click opens a tab: a link or form with a target, or a script's window.open
                # (whose first request is seen before the click returns). Its "page" event
                # comes only once the tab has its first response (Playwright's rule): wait for
                # that, never for a fixed time. A click that opens no tab waits for nothing (a
                # pause "in case" cost every click its length, issue 15)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._tab_opened.wait(), self.channel.settings.navigation_timeout)
        finally:
            self._clicking = False
        await self._follow_new_tab()
        if self._blocked_main:
            # the click's script sent the page itself off the broker's domains (blocked): the form
            # lives elsewhere, and nothing here was submitted
            raise _hosted_elsewhere(self._blocked_main)
        checking = submits and not new_tab and self.requests_sent == sent
        looked: list[list[str] | None] = []
        await self._bot_wall(refused=looked if checking else None)
        if checking:
            await refused_check(clicked, looked)
        return True

    @_guarded
    async def has_text(self, text: str) -> bool:
        await self._settle()
        return bool(await self.p.evaluate(
            "t => !!document.body && document.body.innerText.toLowerCase().includes(t.toLowerCase())", text))

    @_guarded
    async def has_element(self, loc: Locator) -> bool:
        await self._settle()
        return await self._locator(loc).count() > 0

    @_guarded
    async def wait_for_text(self, text: str, timeout: float) -> bool:
        try:
            await self.p.wait_for_function(
                "t => !!document.body && document.body.innerText.toLowerCase().includes(t.toLowerCase())",
                arg=text, timeout=timeout * 1000)
            return True
        except PWTimeout:
            return False

    @_guarded
    async def wait_for_element(self, loc: Locator, timeout: float) -> bool:
        try:
            await self._locator(loc).wait_for(state="attached", timeout=timeout * 1000)
            return True
        except PWTimeout:
            return False

    @_guarded
    async def wait_for_results(self, items: str, no_results: str | None) -> None:
        """Until a listing is on the page or the no-results marker is **shown**, at most the step
        timeout: a page drawn by a script may carry its "no matches" block hidden from the first
        render, before its listings come (an empty first render is not "nobody found"). Shown is
        the rule extraction reads from static HTML (``honeypot.hidden_static``), on the rendered
        page: neither it nor a part of the page around it is ``display: none`` (the ``hidden``
        attribute's effect) or ``visibility: hidden`` (``Element.checkVisibility``). Its size is no
        sign: a marker drawn in a box of no size (its text overflowing it) is shown to a reader,
        and Playwright's "visible" (a non-empty box) made such an empty page wait the whole step
        timeout before saying "nobody found" all the same.

        One wait, not a wait for each selector: Playwright's driver keeps polling the page for a
        wait whose Python call was cancelled (the protocol has no cancel), so a marker's wait left
        over once the listings came went on querying every later page of the flow until the step
        timeout or the context's end (issue 15, performance pass 27)."""
        from optout.steps.extract import is_xpath

        timeout = self.channel.settings.step_timeout * 1000
        selectors = [("xpath=" if is_xpath(sel) else "css=") + sel for sel in (items, no_results) if sel]
        try:
            await self.p.wait_for_function(_RESULTS_JS, arg=selectors, timeout=timeout, polling=50)
        except PWTimeout:
            if self.server_errors:
                raise TransientError(f"results did not appear after HTTP {self.server_errors[-1]}", url=self.url) from None
            # extraction will say what is missing (a marker still hidden is no "nobody found" there either)

    @_guarded
    async def read(self, loc: Locator, attribute: str | None = None) -> str | None:
        l = self._locator(loc)
        timeout = self.channel.settings.step_timeout * 1000
        try:  # each waits for the element itself, up to the step timeout
            if attribute:
                return await l.get_attribute(attribute, timeout=timeout)
            return " ".join((await l.inner_text(timeout=timeout)).split())
        except PWTimeout:
            return None

    async def html(self) -> str:
        return (await self._content(False))[0]

    async def contents(self) -> tuple[str, str]:
        """The page's markup and its text, as :meth:`html` and :meth:`text` give them, read in one
        call: the scan's page is read for its listings and, when they matter, kept as evidence with
        its text; two reads were two round trips through the driver and the renderer (issue 15,
        pass 29). Raises :class:`StepError` when the markup is over ``network.max_page_mb``."""
        return await self._content(True)

    @_guarded
    async def _content(self, text: bool) -> tuple[str, str]:
        limit = int(self.channel.net.max_page_mb * 1024 * 1024)
        got = await self.p.evaluate(_CONTENT_JS, [limit, text])
        if "html" not in got:
            raise StepError(f"the page is larger than network.max_page_mb ({self.channel.net.max_page_mb:g} MB)",
                            url=self.url)
        return str(got["html"]), str(got.get("text") or "")

    async def text(self) -> str:
        try:
            return await self.p.inner_text("body", timeout=2000)
        except PlaywrightError:
            return ""

    async def sends_now(self) -> int:
        """:attr:`page_sends` with what the page's own script asked to send since the last read
        (``_NAVIGATIONS_JS``: counted at the call, so a form sent from a list's ``onchange`` counts
        although its navigation begins in a later task, after Playwright's ``select_option`` has
        returned, f42), read once the tasks the last step queued in the page have run (a send from
        a promise or an immediate timeout). One round trip that waits a zero timeout in the page
        (not a pause). A page whose document went away while we looked navigated, and counts as
        having sent; one already replaced before the read lost its count with it, but its
        navigation's request reached ``on_request`` first (the driver's events and answers come in
        order: the request before the commit, the commit before a read in the new document)."""
        try:
            # read first, then add: ``on_request`` may count the navigation's request while we wait,
            # and ``self.page_sends += await …`` would add to the count read before the wait, losing
            # it (the request then read "nothing sent", 2026-12-04)
            asked = int(await self.p.evaluate(
                "() => new Promise(r => setTimeout(() => r(window.__optoutNavigations ? "
                "window.__optoutNavigations() : 0), 0))") or 0)
            self.page_sends += asked
        except PlaywrightError:
            self.page_sends += 1  # the document was replaced while we looked: a navigation
        return self.page_sends

    async def screenshot(self) -> bytes | None:
        """What a person sees of the page (the viewport, 1280×900) as a JPEG (quality
        :data:`JPEG_QUALITY`); None when the page cannot be captured (evidence never fails a case).
        The page's whole text is kept beside it (``keep_page``), so a full-page capture (a
        re-layout at the page's full height, and an image as tall as the page) buys no evidence
        that the text does not already hold; and the picture is there for a person to recognise
        the page, which a JPEG shows as well as a PNG, for about a fifth less of Chromium's work
        and a third less file (issue 15).

        Taken with Chromium's own ``Page.captureScreenshot`` over a DevTools session kept for the
        page (:data:`SHOT`): Playwright's ``page.screenshot`` makes the same capture after a
        script in every frame, a wait for web fonts (which the channel never loads), a layout
        query and a script that undoes the first; about 8-15 ms of Chromium's and the driver's CPU
        per screenshot more, measured on the lab's results page (issue 15)."""
        try:
            if self._cdp is None or self._cdp_page is not self._page:
                self._cdp, self._cdp_page = await self.context.new_cdp_session(self.p), self._page
            got = await asyncio.wait_for(self._cdp.send("Page.captureScreenshot", SHOT), 10)
            return base64.b64decode(got["data"])
        except (PlaywrightError, asyncio.TimeoutError, KeyError, ValueError):
            self._cdp = None
            return None
