"""Which form field a recipe's ``label`` / ``placeholder`` means: one rule for every channel.

Real opt-out pages put the same words on several fields: "IP Address *" next to "Address", a header
search box labelled like the form's field, a honeypot "Email address (leave blank)" hidden from
people. Filling the first substring match typed the street into the IP field and the e-mail into the
honeypot. The rule here:

1. only fields a person could fill: visible, enabled, not read-only, not a honeypot (by the rule
   table of ``optout.steps.honeypot``, the same for every channel and the form detector: a label
   that says to leave it blank, ``aria-hidden``, moved off-screen, ``tabindex=-1`` with no label or
   with a class that hides it, as IQVIA's "Middle Name": ``class="… hidden" tabindex="-1"``, …);
2. exact text (normalised: case, spacing, a trailing ``*`` or ``:``) before text that contains the
   wanted words;
3. among equals, fields outside the page's header, navigation or search form; the exact words
   only on such a field while a field of the page's own forms contains them: an error (4);
4. two or more still left: an error naming both by their labels (never by their values).

A field's texts are its ``<label>`` (``for`` pointing at its ``id``, or at its ``name`` as some
builders write it, or wrapping it), ``aria-label``, ``aria-labelledby``, ``placeholder`` and ``name``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from optout.errors import SelectorNotFound, StepError
from optout.steps.honeypot import HIDING_CLASSES, TRAP_WORDS as HONEYPOT, Signs, trap

__all__ = ["HIDING_CLASSES", "HONEYPOT", "TICKED", "FieldInfo", "choose", "choose_option", "form_refused", "norm",
           "option_value"]

def norm(text: str) -> str:
    """``"  E-mail Address *: "`` -> ``"e-mail address"``."""
    return re.sub(r"[\s*:]+$", "", " ".join(text.split()).lower()).strip()


@dataclass(kw_only=True)
class FieldInfo(Signs):
    """One candidate field as the page shows it (gathered by the channel), with its honeypot
    signs (``optout.steps.honeypot.Signs``)."""

    key: str  # how the channel finds it again
    visible: bool = True
    enabled: bool = True
    in_chrome: bool = False  # inside the page's header, navigation or a search form
    #: inside an element hidden by its markup (``hidden``, an inline display:none): a form the
    #: page's script shows once it runs (Gravity Forms keeps its wrapper so until then)
    in_hidden_block: bool = False
    tag: str = ""  # INPUT, SELECT, TEXTAREA, where the channel knows it
    kind: str = ""  # an input's type, lower case ("" for other tags or where unknown)
    max_length: int = -1  # the field's maxlength (-1: none or unknown)
    #: a list's options as (value sent, text a person sees), read with the field where the channel
    #: can (the browser's field read): choosing in it then needs no read of its own (issue 15)
    options: list[tuple[str, str]] | None = None

    @property
    def honeypot(self) -> bool:
        """A trap by one of ``optout.steps.honeypot.RULES`` (the same rules in every channel)."""
        return trap(self) is not None

    @property
    def hiding_class(self) -> bool:
        return bool(HIDING_CLASSES & set(self.classes.lower().split()))

    @property
    def usable(self) -> bool:
        return self.visible and self.enabled and not self.honeypot

    def describe(self) -> str:
        text = next((t for t in self.labels if t.strip()), "") or self.placeholder or "?"
        return repr(" ".join(text.split())[:60]) + (f" (name={self.name})" if self.name else "")


#: What a recipe's ``fill`` on a tick box may say to tick it, besides the box's value or label.
TICKED = frozenset({"on", "yes", "true", "1", "checked", "x"})


def option_value(value_attr: str | None, text: str) -> str:
    """What a browser sends for an ``<option>``: its ``value`` attribute, else its text with
    whitespace stripped and collapsed (HTML Living Standard, "The option element": the value
    getter; a form's data set uses it)."""
    return value_attr if value_attr is not None else " ".join(text.split())


def choose_option(options: list[tuple[str, str]], wanted: str) -> str | None:
    """The value to send for the choice ``wanted`` names among ``options`` ((value sent, text a
    person sees) pairs: a list's options, a radio group's buttons): the option whose value or text
    is ``wanted`` exactly, else the one whose value or text equals it once case and spacing are
    set aside (a recipe writes "Illinois" or "IL", "illinois" or "il"). None when none is (the
    caller raises, naming the step and the field, never the value)."""
    for pick in (lambda v, t: wanted == v, lambda v, t: wanted == " ".join(t.split()),
                 lambda v, t: _fold(wanted) == _fold(v), lambda v, t: _fold(wanted) == _fold(t)):
        for v, t in options:
            if pick(v, t):
                return v
    return None


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def choose(fields: list[FieldInfo], want: str, by: str, what: str, url: str | None = None) -> FieldInfo:
    """The one field ``want`` means (``by``: ``label`` or ``placeholder``), by the rule above.
    Raises SelectorNotFound naming what was seen when none or several remain."""
    w = norm(want)

    def texts(f: FieldInfo) -> list[str]:
        return [norm(t) for t in (f.labels if by == "label" else [f.placeholder]) if t and t.strip()]

    usable = [f for f in fields if f.usable]
    exact = [f for f in usable if any(t == w for t in texts(f))]
    if exact and all(f.in_chrome for f in exact):
        # only the header's or a search form's field has the exact words, and a field of the page's
        # own forms contains them ("Email" in a header sign-up box, "Email address" in the opt-out
        # form): neither rule 2 nor 3 may guess which is meant
        inner = [f for f in usable if not f.in_chrome and any(w in t for t in texts(f))]
        if inner:
            names = " and ".join(f.describe() for f in (exact[:1] + inner[:2]))
            raise SelectorNotFound(f"{by} {want!r} fits {len(exact) + len(inner)} fields ({names}; the first in the "
                                   f"page's header, navigation or search form): the recipe must say which "
                                   f"(a selector, or `within` the form) to {what}", url=url)
    for rank in (lambda t: t == w, lambda t: w in t):
        found = [f for f in usable if any(rank(t) for t in texts(f))]
        if len(found) > 1:
            found = [f for f in found if not f.in_chrome] or found
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = " and ".join(f.describe() for f in found[:3])
            raise SelectorNotFound(f"{by} {want!r} fits {len(found)} fields ({names}): the recipe must say which "
                                   f"(a selector, or `within` the form) to {what}", url=url)
    unusable = [f for f in fields if not f.usable and any(w in t for t in texts(f))]
    why = ""
    if unusable:
        f = unusable[0]
        rule = trap(f)
        why = (f" (only a honeypot matches: a field people are told not to fill; {rule.says})" if rule
               else " (only a field in a part of the page hidden until the page's script shows it matches: "
                    "the script did not run, or a step must come first)" if not f.visible and f.in_hidden_block
               else " (only a hidden or disabled field matches)")
    raise SelectorNotFound(f"nothing usable matches {by} {want!r} (to {what}){why}", url=url)


def form_refused(fields: list[str], url: str | None = None) -> StepError:
    """The error of a click on a submit button whose form the browser would not send, in both
    channels: ``fields`` are the refused fields' labels or names (never their values), as the
    browser's own check finds them (HTML's constraint validation: ``required`` left empty, a type or
    pattern not met; a form with ``novalidate`` is not checked)."""
    return StepError(f"the browser did not send the form: {len(fields)} field(s) it requires are empty or invalid "
                     f"({', '.join(map(repr, fields[:3]))}): the recipe must fill them", url=url)
