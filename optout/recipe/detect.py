"""What is on a page: its forms (fields, submit button) and the CAPTCHAs it carries.

Used by ``optout recipe record`` and ``recipe new`` to tell a contributor what a recorded page asks
for, and by the ``captcha`` step when a recipe gives no selector. Works on HTML text alone (the
recorded page, or a browser's rendered DOM), so it runs offline and the same for every channel.

A CAPTCHA is reported as a :class:`Captcha` only when the page *uses* one: a widget element, the
vendor's script, or a site key in the page's configuration. A page that merely names a vendor (a
stylesheet rule, a translated string, a plugin's settings text) is a *mention*: kept apart, because
"this form will stop for a person" is what a recipe author needs to know. optout never solves a
CAPTCHA; detecting one only tells the runner to hand the case to a person.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from urllib.parse import parse_qs, urlsplit

from parsel import Selector

from optout.steps.honeypot import PageStyles, Signs, static_signs, trap

# ---- forms --------------------------------------------------------------------------------------


@dataclass
class FormField:
    tag: str  # input | select | textarea
    type: str  # text, email, hidden, checkbox, ... ("select"/"textarea" for those)
    name: str | None
    id: str | None
    label: str | None  # the visible <label>, else aria-label
    placeholder: str | None
    required: bool  # required, or aria-required="true"
    options: int = 0  # for a select: how many options
    #: a trap for bots by the rule table every channel uses (``optout.steps.honeypot.RULES``):
    #: people are told to leave it blank, or it alone is hidden from them; never filled
    honeypot: bool = False

    @property
    def hidden(self) -> bool:
        return self.type == "hidden" or self.honeypot

    @property
    def caption(self) -> str:
        """The best human name for the field: label, placeholder, name or id."""
        return self.label or self.placeholder or self.name or self.id or "?"


@dataclass
class Form:
    index: int
    method: str
    action: str | None
    fields: list[FormField]
    submit: str | None  # the text of its submit button
    submit_disabled: bool = False
    #: the page's own furniture, not an opt-out form: a search box in the header or navigation,
    #: a form whose action searches, the web archive's toolbar
    chrome: bool = False
    #: hidden until the page's script shows it (display:none or ``hidden`` on the form or around it)
    hidden_until_script: bool = False
    #: what the form is for, read as a person would from its words and the line just before it:
    #: ``privacy request``, ``newsletter``, ``sales`` (a demo, a quote; a required company field),
    #: ``contact``, or None when the words do not say (``_purpose``)
    purpose: str | None = None

    @property
    def visible_fields(self) -> list[FormField]:
        return [f for f in self.fields if not f.hidden]


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _label(doc: Selector, el: Selector) -> str | None:
    el_id = el.attrib.get("id")
    name = el.attrib.get("name")
    # <label for> names the field's id, or (as some page builders write it) its name
    for ref in [r for r in (el_id, name if name and not doc.xpath("//*[@id=$i]", i=name) else None) if r]:
        for lab in doc.xpath("//label[@for=$i]", i=ref):
            if t := _clean(" ".join(lab.xpath(".//text()").getall())):
                return t
    wrapping = el.xpath("ancestor::label[1]")
    if wrapping:
        own = " ".join(wrapping[0].xpath(".//text()[not(ancestor::select)]").getall())
        if t := _clean(own):
            return t
    return _clean(el.attrib.get("aria-label"))


def _submit(form: Selector) -> tuple[str | None, bool]:
    for b in form.xpath(".//button[not(@type) or @type='submit'] | .//input[@type='submit' or @type='image']"):
        text = _clean(" ".join(b.xpath(".//text()").getall())) or _clean(b.attrib.get("value"))
        return text or "(unnamed)", "disabled" in b.attrib
    return None, False


_HIDING = re.compile(r"display:\s*none|visibility:\s*hidden", re.I)


def _hidden_by_markup(el) -> bool:  # type: ignore[no-untyped-def]
    """``el`` (an lxml element) or an ancestor is hidden by ``hidden`` or an inline style."""
    return any(a.get("hidden") is not None or _HIDING.search(a.get("style") or "")
               for a in (el, *el.iterancestors()))


def _field(doc: Selector, el: Selector, styles: PageStyles) -> FormField | None:
    tag = el.root.tag.lower()
    typ = (el.attrib.get("type") or "text").lower() if tag == "input" else tag
    if typ in ("submit", "button", "image", "reset"):
        return None
    label = _label(doc, el)
    own_label = label is not None and label != _clean(el.attrib.get("aria-label"))
    # the one rule table every channel uses (optout.steps.honeypot); the page's hidden inputs are no trap
    honeypot = typ != "hidden" and trap(Signs(**static_signs(el.root, [label] if label else [], styles,
                                                              label_shown=own_label))) is not None
    return FormField(
        tag=tag, type=typ, name=el.attrib.get("name"), id=el.attrib.get("id"), label=label,
        placeholder=_clean(el.attrib.get("placeholder")),
        required="required" in el.attrib or el.attrib.get("aria-required", "").lower() == "true",
        options=len(el.xpath(".//option")) if tag == "select" else 0, honeypot=honeypot,
    )


def _chrome(f: Selector) -> bool:
    root = f.root
    if any(a.tag in ("header", "nav") or a.get("role") == "search" for a in (root, *root.iterancestors())):
        return True
    if any((a.get("id") or "").startswith(("wm-ipp", "wm-toolbar")) for a in (root, *root.iterancestors())):
        return True  # the Wayback Machine's toolbar on an archived page
    action = (f.attrib.get("action") or "").lower()
    return "search" in action or "web.archive.org" in action


#: What a form is for, by the words on it or just before it (English; the first that fits wins,
#: a privacy request first). Seen on real broker pages: newsletter sign-ups ("Keep me up to date!"),
#: demo requests ("test drive our shopper data"), contact pop-ups ("we will be in touch") beside
#: or instead of a privacy request form.
_PURPOSES: list[tuple[str, re.Pattern[str]]] = [
    ("privacy request", re.compile(r"opt[- ]?out|do not (?:sell|share)|don't sell|delete my|deletion|erasure|remove my|removal|suppress"
                                   r"|privacy (?:request|rights)|data subject|\bdsar?\b|\bccpa\b|\bcpra\b|\bgdpr\b", re.I)),
    ("newsletter", re.compile(r"newsletter|subscri|keep me (?:up to date|updated|informed)|stay (?:updated|connected|"
                              r"in touch|informed)|mailing list|email list", re.I)),
    ("sales", re.compile(r"\bdemo\b|free trial|test drive|get a quote|request a quote|talk to (?:sales|an expert)"
                         r"|contact sales|pricing", re.I)),
    ("contact", re.compile(r"contact us|get in touch|(?:we will|we'll) be in touch|here to help|send us a message",
                           re.I)),
]


def _purpose(f: Selector, fields: list[FormField], submit: str | None) -> str | None:
    """What ``f`` is for (see ``Form.purpose``): its own words (labels, legends, headings, the
    button) and the nearest heading or paragraph before it."""
    own = " ".join(f.xpath(".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::select)"
                           " and not(ancestor::option)]").getall())
    before = " ".join(f.xpath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::p]"
                              "[normalize-space()][1]//text()").getall())
    words = " ".join([own, submit or "", before])
    for purpose, pat in _PURPOSES:
        if pat.search(words):
            return purpose
    if any(x.required and re.fullmatch(r"(?:company|organi[sz]ation)(?: name)?\b.*", (x.caption or "").lower())
           for x in fields if not x.hidden):
        return "sales"  # a privacy request never needs the person's employer
    return None


def find_forms(doc: Selector) -> list[Form]:
    forms = []
    styles = PageStyles(doc)
    for i, f in enumerate(doc.xpath("//form")):
        fields = [x for el in f.xpath(".//input | .//select | .//textarea") if (x := _field(doc, el, styles))]
        # fields outside the form that belong to it (form="ID")
        if f.attrib.get("id"):
            fields += [x for el in doc.xpath("//*[@form=$i]", i=f.attrib["id"]) if (x := _field(doc, el, styles))]
        submit, disabled = _submit(f)
        forms.append(Form(index=i, method=(f.attrib.get("method") or "get").lower(),
                          action=f.attrib.get("action"), fields=fields, submit=submit, submit_disabled=disabled,
                          chrome=_chrome(f), hidden_until_script=_hidden_by_markup(f.root),
                          purpose=_purpose(f, fields, submit)))
    return forms


def outside_fields(doc: Selector) -> list[FormField]:
    """Visible fields in no form (a page builder's form drawn by script, or a second field that
    shares a form field's label): shown, because a label step may mean either."""
    els = doc.xpath("//input[not(ancestor::form) and not(@form)] | //select[not(ancestor::form) and not(@form)]"
                    " | //textarea[not(ancestor::form) and not(@form)]")
    styles = PageStyles(doc)
    return [x for el in els if (x := _field(doc, el, styles)) and not x.hidden]


# ---- CAPTCHAs -----------------------------------------------------------------------------------

#: Vendor ids, as reported (and as a recipe's ``captcha`` step may name them in ``vendor``).
VENDORS = (
    "hcaptcha", "recaptcha-v2", "recaptcha-v3", "recaptcha-enterprise", "recaptcha", "turnstile",
    "friendlycaptcha", "geetest", "arkose", "aws-waf", "datadome", "mtcaptcha", "unknown",
)


@dataclass(frozen=True)
class Captcha:
    vendor: str  # one of VENDORS; "unknown" = a CAPTCHA field whose vendor the page does not name
    how: str  # widget | script | config
    evidence: str  # what matched (a selector, a script host, a config key): no page values

    @property
    def family(self) -> str:
        return family(self.vendor)


def family(vendor: str) -> str:
    """recaptcha-v3 -> recaptcha; unknown -> captcha."""
    return "captcha" if vendor == "unknown" else vendor.split("-")[0] if vendor.startswith("recaptcha") else vendor


# Widgets: elements a vendor's script renders into or around (CSS selectors).
_WIDGETS: list[tuple[str, str]] = [
    ("hcaptcha", ".h-captcha, [data-hcaptcha-widget-id], iframe[src*='hcaptcha.com']"),
    ("recaptcha-v3", ".ginput_recaptchav3, .elementor-field-type-recaptcha_v3 input"),
    ("recaptcha-v2", ".g-recaptcha, .ginput_recaptcha, iframe[src*='/recaptcha/api2/'], iframe[title='reCAPTCHA']"),
    ("recaptcha-enterprise", "iframe[src*='/recaptcha/enterprise/']"),
    ("turnstile", ".cf-turnstile, iframe[src*='challenges.cloudflare.com']"),
    ("friendlycaptcha", ".frc-captcha"),
    ("geetest", "[class*='geetest_']"),
    ("arkose", "iframe[src*='arkoselabs.com'], iframe[src*='funcaptcha.com'], #FunCaptcha"),
    ("mtcaptcha", ".mtcaptcha"),
    ("datadome", "iframe[src*='captcha-delivery.com']"),
    ("aws-waf", "#captcha-container[data-awswaf], awswaf-captcha"),
]

# Scripts, by host and path; reCAPTCHA's version follows from how api.js is loaded.
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("hcaptcha", re.compile(r"(^|\.)hcaptcha\.com/")),
    ("recaptcha-enterprise", re.compile(r"/recaptcha/enterprise\.js")),
    ("recaptcha", re.compile(r"(google\.com|recaptcha\.net|gstatic\.com)/recaptcha/")),
    ("turnstile", re.compile(r"challenges\.cloudflare\.com/turnstile")),
    ("friendlycaptcha", re.compile(r"friendly-?captcha|frcapi\.com")),
    ("geetest", re.compile(r"geetest\.com")),
    ("arkose", re.compile(r"arkoselabs\.com|funcaptcha\.com")),
    ("mtcaptcha", re.compile(r"mtcaptcha\.com")),
    # DataDome's own tag (js.datadome.co/tags.js) is bot detection on an ordinary page, not a
    # CAPTCHA; only its challenge (served from captcha-delivery.com) asks a person anything
    ("datadome", re.compile(r"captcha-delivery\.com")),
    ("aws-waf", re.compile(r"awswaf\.com|captcha\.awswaf")),
]

# Site keys in a page's own configuration (single-page apps, page builders).
_CONFIG: list[tuple[str, re.Pattern[str]]] = [
    ("hcaptcha", re.compile(r"""hcaptcha["']?\s*:\s*\{\s*["']?site_?key["']?\s*:\s*["'][0-9a-f-]{20,}""", re.I)),
    ("recaptcha-enterprise", re.compile(r"""recaptchaEnterprise\w*Site_?Key["']?\s*:\s*["']6L""", re.I)),
    ("recaptcha", re.compile(r"""recaptcha\w*site_?key["']?\s*:\s*["']6L""", re.I)),
    ("turnstile", re.compile(r"""turnstile\w*site_?key["']?\s*:\s*["']0x""", re.I)),
]

# A form field the page calls a CAPTCHA, when no vendor is named (page builders' own CAPTCHA blocks).
_UNKNOWN_WIDGET = "form [class*='captcha' i], form [name*='captcha' i], [class*='wixui-captcha']"

_MENTION = re.compile(r"(h|re)?captcha", re.I)


def _recaptcha_version(src: str) -> str:
    q = parse_qs(urlsplit(src).query)
    render = (q.get("render") or [""])[0]
    if render and render not in ("explicit", "onload"):
        return "recaptcha-v3"  # api.js?render=<site key> is the v3 loader
    return "recaptcha-v2"


def find_captchas(doc: Selector, html: str) -> list[Captcha]:
    found: dict[str, Captcha] = {}

    def add(vendor: str, how: str, evidence: str) -> None:
        found.setdefault(vendor, Captcha(vendor, how, evidence))

    for vendor, css in _WIDGETS:
        for one in css.split(", "):
            if doc.css(one):
                add(vendor, "widget", one)
                break
    for src in doc.xpath("//script/@src").getall():
        src_l = src.lower()
        for vendor, pat in _SCRIPTS:
            if pat.search(src_l):
                if vendor == "recaptcha":
                    vendor = _recaptcha_version(src)
                add(vendor, "script", urlsplit(src).netloc + urlsplit(src).path)
                break
    scripts = "\n".join(doc.xpath("//script[not(@src)]/text()").getall())
    for vendor, pat in _CONFIG:
        if m := pat.search(scripts):
            if vendor == "recaptcha" and any(v.startswith("recaptcha") for v in found):
                continue
            add(vendor, "config", m.group(0).split(":")[0].strip("\"' "))
    # a generic reCAPTCHA finding is redundant beside a versioned one
    if "recaptcha" in found and any(v.startswith("recaptcha-") for v in found):
        del found["recaptcha"]
    if not found:
        for sel in _UNKNOWN_WIDGET.split(", "):
            if doc.css(sel):
                add("unknown", "widget", sel)
                break
    return sorted(found.values(), key=lambda c: VENDORS.index(c.vendor))


def mentions(html: str) -> set[str]:
    """Families the page's text names anywhere (hcaptcha, recaptcha, captcha): a plain substring scan."""
    out = set()
    for m in _MENTION.finditer(html):
        out.add("captcha")
        if m.group(1):
            out.add(m.group(1).lower() + "captcha")
    return out


# ---- bot walls ----------------------------------------------------------------------------------

#: A whole page put up in place of the site by a bot-protection service (not a CAPTCHA inside a
#: form): (vendor, pattern over the page's HTML). Sources: the challenge pages as served (Cloudflare's
#: "Just a moment..." with ``_cf_chl_opt``; "Attention Required! | Cloudflare"; DataDome's
#: captcha-delivery.com block page; PerimeterX/HUMAN's "px-captcha"; Akamai's "Access Denied ...
#: Reference #"; Imperva's "Incapsula incident ID").
_WALLS: list[tuple[str, re.Pattern[str]]] = [
    ("Cloudflare", re.compile(r"<title>\s*(?:Just a moment\.\.\.|Just a moment…|Attention Required! \| Cloudflare)"
                              r"|_cf_chl_opt|cf-browser-verification|/cdn-cgi/challenge-platform/h/", re.I)),
    ("DataDome", re.compile(r"""<iframe[^>]+src=["']https?://geo\.captcha-delivery\.com|dd=\{['"]rt['"]""", re.I)),
    ("PerimeterX", re.compile(r"""id=["']px-captcha["']|Access to this page has been denied""", re.I)),
    ("Akamai", re.compile(r"<title>\s*Access Denied\s*</title>[\s\S]{0,2000}Reference\s+#", re.I)),
    ("Imperva", re.compile(r"Incapsula incident ID|_Incapsula_Resource", re.I)),
]


#: Words every match of each vendor's pattern holds, casefolded (one alternative's each): a page
#: holding none of a vendor's is not its wall, and its pattern is not run. The patterns take
#: 0.5-1.5 ms on an ordinary page (case-insensitive, they cannot skip to a literal), the words
#: ~0.05: the browser looks after every navigation and click, five times per Searchly flow.
_WALL_WORDS: dict[str, tuple[str, ...]] = {
    "Cloudflare": ("just a moment", "attention required! | cloudflare", "_cf_chl_opt", "cf-browser-verification",
                   "/cdn-cgi/challenge-platform/h/"),
    "DataDome": ("geo.captcha-delivery.com", "dd={"),
    "PerimeterX": ("px-captcha", "access to this page has been denied"),
    "Akamai": ("access denied",),
    "Imperva": ("incapsula incident id", "_incapsula_resource"),
}


def _folded(text: str) -> str:
    """``text`` so that a word of :data:`_WALL_WORDS` is in it wherever a case-insensitive pattern
    could match it: casefolded (the Kelvin sign is k, a long s is s), and the dotted capital I and
    the dotless i, which ``re.IGNORECASE`` matches to i and casefolding does not make one, as i."""
    return text.replace("\u0130", "i").casefold().replace("\u0131", "i")


def bot_wall(html: str) -> str | None:
    """The vendor whose bot wall this page is ("Cloudflare", ...), or None for an ordinary page.
    Looks at the first 20 kB only: a wall is a small page, and a real page may mention a vendor."""
    head = html[:20_000]
    folded = _folded(head)
    return next((vendor for vendor, pat in _WALLS
                 if any(w in folded for w in _WALL_WORDS[vendor]) and pat.search(head)), None)


# ---- the report ---------------------------------------------------------------------------------


@dataclass
class PageReport:
    url: str | None
    title: str | None
    forms: list[Form]
    inputs: int  # every <input> on the page, inside a form or not
    captchas: list[Captcha]
    mentioned: set[str] = field(default_factory=set)
    outside: list[FormField] = field(default_factory=list)  # visible fields in no form

    @property
    def opt_out_form(self) -> Form | None:
        """The form an opt-out recipe most likely fills: not the page's furniture (header search,
        the web archive's toolbar) nor a newsletter, sales or contact form; one that says it is a
        privacy request first, then the one with most visible fields. None when no form is one."""
        candidates = [f for f in self.forms if f.visible_fields and not f.chrome
                      and f.purpose not in ("newsletter", "sales", "contact")]
        return max(candidates, key=lambda f: (f.purpose == "privacy request", len(f.visible_fields)),
                   default=None)

    @property
    def vendors(self) -> list[str]:
        return [c.vendor for c in self.captchas]

    @property
    def named(self) -> set[str]:
        """Every CAPTCHA family the page uses or names (what a substring scan of the page finds)."""
        return {c.family for c in self.captchas} | ({"captcha"} if self.captchas else set()) | self.mentioned

    def to_dict(self) -> dict:
        return {
            "url": self.url, "title": self.title, "inputs": self.inputs,
            "forms": [{**asdict(f), "fields": [asdict(x) for x in f.fields]} for f in self.forms],
            "captchas": [asdict(c) for c in self.captchas],
            "outside": [asdict(x) for x in self.outside],
            "mentioned": sorted(self.mentioned - {c.family for c in self.captchas}),
        }

    def summary(self) -> str:
        """A few lines for a person: each form's visible fields and button, and the CAPTCHAs."""
        lines = []
        for f in self.forms:
            shown = ", ".join(
                f"{x.caption}" + (f" [{x.type}]" if x.type not in ("text",) else "") + ("*" if x.required else "")
                for x in f.visible_fields
            )
            btn = f"; submit: {f.submit!r}" + (" (disabled until something happens)" if f.submit_disabled else "")
            notes = ([" (page furniture: header/search/toolbar)"] if f.chrome else []) + (
                [f" (a {f.purpose} form, not a privacy request: never the opt-out)"]
                if f.purpose in ("newsletter", "sales", "contact") and not f.chrome else []) + (
                [" (hidden until the page's script shows it: use the browser channel)"] if f.hidden_until_script else [])
            traps = [x.caption for x in f.fields if x.honeypot]
            lines.append(f"form {f.index} ({f.method.upper()} {f.action or 'same page'}): {shown or 'no visible fields'}"
                         + (btn if f.submit else "; no submit button") + "".join(notes)
                         + (f"; honeypot, never filled: {', '.join(traps)}" if traps else ""))
        if any(x.required for f in self.forms for x in f.fields):
            lines.append("* required (required or aria-required)")
        if self.outside:
            lines.append("fields in no form: " + ", ".join(x.caption for x in self.outside)
                         + " (a label step that fits one of these and a form field is ambiguous: use within)")
        if not self.forms:
            lines.append("no <form> on the page (a script may draw it: record with --browser)")
        for c in self.captchas:
            lines.append(f"CAPTCHA: {c.vendor} ({c.how}: {c.evidence}) — a person must solve it; "
                         f"add a captcha step before the submit click")
        named_only = self.mentioned - {c.family for c in self.captchas} - {"captcha"}
        if named_only:
            lines.append(f"names {', '.join(sorted(named_only))} without using it here (a later page may)")
        return "\n".join(lines)


def analyse(html: str, url: str | None = None) -> PageReport:
    doc = Selector(text=html)
    title = _clean(" ".join(doc.xpath("//title//text()").getall()))
    return PageReport(
        url=url, title=title, forms=find_forms(doc), inputs=len(doc.xpath("//input")),
        captchas=find_captchas(doc, html), mentioned=mentions(html), outside=outside_fields(doc),
    )
