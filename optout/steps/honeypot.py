"""Honeypots: form fields a bot fills and a person never sees or reaches. One rule table for every
place that must tell them apart: the form detector (``optout recipe new --page``,
``optout.recipe.detect``), the http channel (static HTML) and the browser channel (its in-page field
script gathers the same signs from the rendered page; the rules are applied here, in Python).

A channel gathers :class:`Signs` for a field; :func:`trap` names the first rule of :data:`RULES`
that the signs meet, or None. Static HTML gets its signs from :func:`static_signs` (inline styles,
attributes, and the page's own ``<style>`` rules read with tinycss2 and matched with cssselect:
external stylesheets are not fetched, so a field hidden only by one of them is seen by the browser
channel alone); the browser measures boxes and computed styles instead.

A field hidden only because its part of the page is hidden (a wrapper with ``display:none``, as Gravity
Forms keeps a form until its script runs) is *not visible*, not a trap: the channels leave it
unused and say so (``optout.steps.fields``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Class names that hide an element in the common CSS frameworks (Bootstrap 3/4/5, WordPress,
#: Tailwind): with ``tabindex=-1`` (out of the keyboard's reach too) a field so marked is a trap,
#: whether or not the page's stylesheet was loaded.
HIDING_CLASSES = frozenset({"hidden", "hide", "d-none", "invisible", "sr-only", "visually-hidden",
                            "screen-reader-text"})

#: Label words that mark a honeypot: a field people are told not to fill.
TRAP_WORDS = re.compile(r"leave (?:this |it )?(?:field )?(?:blank|empty)|do not fill|don't fill"
                        r"|if you are (?:a )?human", re.I)

#: Form builders' honeypot containers, by class: Gravity Forms' ``gform_validation_container`` (its
#: "anti-spam honeypot" setting), Akismet's ``akismet-fields-container`` (its ``ak_hp_textarea``),
#: WPForms' ``wpforms-field-hp``; and any class or id that says ``honeypot``.
CONTAINERS = ("gform_validation_container", "akismet-fields-container", "wpforms-field-hp")

#: Field names only traps carry (with ``autocomplete="off"``, so that a person's browser never
#: autofills them): honeypot plug-ins' ``hp``/``hpot``/``honeypot``/``trap``, Mailchimp's embedded
#: form's ``b_<user>_<list>``. Names real forms use too (``url``, ``website``, ``homepage``,
#: ``nickname``) count only on a field with no label at all.
TRAP_NAMES = re.compile(r"(?:.*[_-])?(?:honey_?pot|hpot|hp|trap|bot_?(?:check|field|trap))(?:[_-].*)?"
                        r"|b_[0-9a-f]{10,}_[0-9a-f]{6,}", re.I)
TRAP_NAMES_UNLABELLED = re.compile(r"url|website|homepage|home_?page|nick_?name|fax", re.I)

_OFFSCREEN = re.compile(r"(?:left|top|margin-left|text-indent)\s*:\s*-\d{3,}", re.I)
_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: hidden for good: no script that shows a part of the page by its class undoes an inline
#: ``!important`` (Akismet's container is written so)
_HIDDEN_FOR_GOOD = re.compile(r"display\s*:\s*none\s*!\s*important", re.I)
_SQUEEZED = re.compile(r"clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%", re.I)


@dataclass(kw_only=True)
class Signs:
    """What a channel saw of one field (every channel fills the same names)."""

    labels: list[str] = field(default_factory=list)  # <label>s, aria-label, aria-labelledby
    placeholder: str = ""
    name: str = ""
    classes: str = ""  # the field's own class attribute
    tabindex: str | None = None
    autocomplete: str = ""
    #: ``class``/``id`` of the field, then of each ancestor (the field first)
    marks: list[str] = field(default_factory=list)
    #: the inline ``style`` of the field, then of each ancestor
    styles: list[str] = field(default_factory=list)
    #: aria-hidden="true" on the field or on an element between it and its form (a whole form under
    #: aria-hidden is a closed dialog, not a trap: the dialog's script shows it)
    aria_hidden: bool = False
    #: hidden by its own markup or a stylesheet rule that matches it (``hidden``, display:none,
    #: visibility:hidden on the field itself, not on a part of the page around it)
    own_hidden: bool = False
    offscreen: bool = False  # moved out of sight (by a stylesheet rule, or its box is far off the page)
    squeezed: bool = False  # drawn at 2 px or less, or clipped away
    label_shown: bool = False  # a label of its own that a person can see (and click)


@dataclass(frozen=True)
class Rule:
    id: str
    says: str  # what a person is told when only this field matches
    source: str  # where the rule comes from
    test: Callable[[Signs], bool]


def _labelled(s: Signs) -> bool:
    return any(t.strip() for t in s.labels)


RULES: tuple[Rule, ...] = (
    Rule("told-to-leave-blank", "its label or placeholder tells people to leave it blank",
         "the words honeypot plug-ins put on the field (Contact Form 7 Honeypot, Gravity Forms: "
         "'This field is for validation purposes and should be left unchanged'; 'leave this field blank')",
         lambda s: any(TRAP_WORDS.search(t) for t in [*s.labels, s.placeholder])),
    Rule("builder-container", "it sits in a form builder's honeypot container",
         "Gravity Forms, Akismet, WPForms markup (CONTAINERS); a class or id saying 'honeypot'",
         lambda s: any(c in m for m in s.marks for c in CONTAINERS) or any("honeypot" in m.lower() for m in s.marks)),
    Rule("hidden-for-good", "a part of the page around it is hidden with display:none !important",
         "Akismet's container; an inline !important is undone by no script that shows a part by class",
         lambda s: any(_HIDDEN_FOR_GOOD.search(st) for st in s.styles)),
    Rule("own-hidden", "it alone is hidden while its form shows (a twin of a visible field)",
         "hidden attribute, display:none or visibility:hidden on the field itself (inline or by a class)",
         lambda s: s.own_hidden),
    Rule("off-screen", "it is moved off-screen",
         "position with left/top/margin-left/text-indent of -100 px or more (Mailchimp's left:-5000px)",
         lambda s: s.offscreen or any(_OFFSCREEN.search(st) for st in s.styles)),
    Rule("squeezed", "it is drawn at a dot or clipped away and has no label a person can see",
         "a field squeezed out of sight; a tick box drawn by its visible label (WAI's visually-hidden "
         "pattern) is a real field",
         lambda s: s.squeezed and not s.label_shown),
    Rule("aria-hidden", "it is hidden from assistive technology (aria-hidden)",
         "WAI-ARIA 1.2 aria-hidden: a field a screen-reader user cannot reach is no field for a person "
         "(Mailchimp's trap container); a whole form under aria-hidden is a closed dialog, not a trap",
         lambda s: s.aria_hidden),
    Rule("tabindex", "it is out of the keyboard's reach (tabindex=-1) with no label or a hiding class",
         "IQVIA's 'Middle Name': class='... hidden' tabindex='-1'; HIDING_CLASSES",
         lambda s: s.tabindex == "-1" and (not _labelled(s) or bool(HIDING_CLASSES & set(s.classes.lower().split())))),
    Rule("trap-name", "it is named like a trap and kept from autofill (autocomplete=off)",
         "honeypot plug-ins' and Mailchimp's field names (TRAP_NAMES)",
         lambda s: s.autocomplete.lower() in ("off", "nope", "false")
         and (bool(TRAP_NAMES.fullmatch(s.name)) or (bool(TRAP_NAMES_UNLABELLED.fullmatch(s.name))
                                                      and not _labelled(s) and not s.placeholder))),
)


def trap(signs: Signs) -> Rule | None:
    """The first rule of :data:`RULES` that ``signs`` meet: the field is a honeypot; else None."""
    return next((r for r in RULES if r.test(signs)), None)


# ---- static HTML (the http channel and the form detector) ------------------------------------------


class PageStyles:
    """Which elements a page's own ``<style>`` rules hide, move off-screen or squeeze (tinycss2 reads
    the rules, cssselect through parsel matches their selectors; a selector cssselect cannot read,
    e.g. with ``:hover``, is skipped). ``doc``: a parsel Selector over the page."""

    def __init__(self, doc: Any):
        self.hidden: set[Any] = set()
        self.offscreen: set[Any] = set()
        self.squeezed: set[Any] = set()
        css = "\n".join(doc.xpath("//style/text()").getall())
        if not css.strip():
            return
        import tinycss2  # only for a page with its own styles

        for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue
            decls = tinycss2.serialize(rule.content)
            kinds = [s for s, pat in ((self.hidden, _HIDING), (self.offscreen, _OFFSCREEN), (self.squeezed, _SQUEEZED))
                     if pat.search(decls)]
            if not kinds:
                continue
            for selector in tinycss2.serialize(rule.prelude).split(","):
                try:
                    found = [e.root for e in doc.css(selector.strip())]
                except Exception:  # cssselect's SelectorError / ExpressionError: a selector it cannot read
                    continue
                for s in kinds:
                    s.update(found)


def static_signs(el: Any, labels: list[str], styles: PageStyles, *, label_shown: bool) -> dict[str, Any]:
    """:class:`Signs` fields for ``el`` (an lxml element) read from static HTML; ``labels``: its
    labels as the caller read them; ``label_shown``: it has a ``<label>`` of its own."""
    chain = [el, *el.iterancestors()]
    inline = [a.get("style") or "" for a in chain]
    return dict(
        labels=labels, placeholder=el.get("placeholder", ""), name=el.get("name", ""), classes=el.get("class", ""),
        tabindex=el.get("tabindex"), autocomplete=el.get("autocomplete", ""),
        marks=[f"{a.get('class') or ''} {a.get('id') or ''}".strip() for a in chain], styles=inline,
        aria_hidden=any(a.get("aria-hidden") == "true" for a in _up_to_form(chain)),
        own_hidden=el.get("hidden") is not None or bool(_HIDING.search(inline[0])) or el in styles.hidden,
        offscreen=any(a in styles.offscreen for a in chain),
        squeezed=bool(_SQUEEZED.search(inline[0])) or el in styles.squeezed,
        label_shown=label_shown,
    )


def _up_to_form(chain: list[Any]) -> list[Any]:
    """The field and its ancestors below its ``<form>`` (all of them when it is in none)."""
    for i, a in enumerate(chain):
        if a.tag == "form":
            return chain[:i]
    return chain


def hidden_static(el: Any, styles: PageStyles) -> bool:
    """``el`` (an lxml element) or a part of the page around it is hidden by its markup or a page
    style: what static HTML says of whether a reader sees it (a script may still show it)."""
    return el.get("hidden") is not None or bool(_HIDING.search(el.get("style") or "")) or el in styles.hidden \
        or hidden_block(el, styles)


def hidden_block(el: Any, styles: PageStyles) -> bool:
    """A part of the page around ``el`` (an lxml element) is hidden by its markup or a page style."""
    return any(a.get("hidden") is not None or _HIDING.search(a.get("style") or "") or a in styles.hidden
               for a in el.iterancestors())


#: The sign names the browser's field script must return (checked by the tests against ``Signs``).
SIGN_NAMES = tuple(Signs.__dataclass_fields__)
