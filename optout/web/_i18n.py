"""The dashboard's interface text in English (the source) and Spanish: entries of the one gettext
catalogue every reader's text comes from (``optout/locales/<lang>/LC_MESSAGES/reasons.po``, read with
Babel by :func:`optout.reasons.catalogue`, no compile step; ``scripts/i18n`` lists the ids the
templates use that it lacks), and one Jinja2 environment per language with the ``i18n`` extension.

The language is the ``lang`` cookie if set (the switch in the page header), else the best of the
browser's ``Accept-Language``, else English."""

from __future__ import annotations

import functools
import gettext
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from optout.reasons import Reason, case_ref, catalogue, evidence_text, field_name, language_name, render

HERE = Path(__file__).parent
LANGUAGES = {"en": "English", "es": "Español"}


def translations(lang: str) -> gettext.NullTranslations:
    """The dashboard's words in ``lang``: the one catalogue (:func:`optout.reasons.catalogue`)."""
    return catalogue(lang)


#: What :func:`shot_kind` and :func:`mail_kind` return: each is a catalogue id ``shot:<kind>`` /
#: ``mail:<kind>`` (scripts/i18n extracts them from here).
SHOT_KINDS = ("before", "after", "still", "request")
MAIL_KINDS = ("letter", "follow_up", "reply", "unplaced", "confirmation", "other")


def shot_kind(step: str | None) -> str:
    """A screenshot's place in a case's story, from its step label (``optout.engine.SCAN_FOUND``…):
    ``before`` (the listing as found), ``after`` (the search that no longer finds it), ``still``
    (still listed after a request), else ``request`` (a request's page or answer)."""
    text = step or ""
    return ("before" if "(found)" in text else "after" if "(after)" in text else
            "still" if "(still listed)" in text else "request")


def mail_kind(step: str | None) -> str:
    """An e-mail's place in a case's story, from its evidence step (``optout.mail``'s ``letter``,
    ``follow-up``, ``reply``; a recipe's ``email_confirmation`` step): ``letter`` (the request we
    sent), ``follow_up`` (our reminder), ``reply`` (the broker's answer), ``confirmation`` (the broker's
    mail with a link to confirm), else ``other``. The queue's help names the ``reply`` label
    (``howto:where.mail``), so a volunteer told to read the broker's answer finds it."""
    text = step or ""
    return ("letter" if text == "letter" else "follow_up" if text == "follow-up" else "reply" if text == "reply"
            else "unplaced" if text == "unplaced reply"  # optout.mail.UNPLACED_STEP: whose it is, not yet said
            else "confirmation" if "(email_confirmation)" in text else "other")


def _prefixed(t: gettext.NullTranslations, prefix: str, fallback: Any) -> Any:
    """``f(key)``: the catalogue's text for ``prefix + key``, else ``fallback(key)`` (a kind of task
    the catalogue does not know yet still reads as words, never as ``kind:…``)."""
    def text(key: str) -> str:
        got = t.gettext(prefix + key)
        return fallback(key) if got == prefix + key else got
    return text


def _howto(t: Any) -> Any:
    """What to do for a task of a kind, in ``t``'s language: ``howto:<kind>``, its ``{where}`` the
    place the broker's answer is read, by how it came (``howto:where.<channel>``: the e-mail on
    the client's page, or the note a volunteer recorded of a letter or a call, ``App.record_reply``);
    an answer of no known channel reads as e-mail, the channel the mail flow parks a case from."""
    text = _prefixed(t, "howto:", lambda k: t.gettext("howto:other"))

    def howto(kind: str, answered_by: str | None = None) -> str:
        words = text(kind)
        if "{where}" in words:
            channel = answered_by if answered_by in ("mail", "post", "phone") else "mail"
            words = words.replace("{where}", t.gettext(f"howto:where.{channel}"))
        return words
    return howto


def _why(reason: Any, lang: str) -> str:
    """A case's or task's reason (a :class:`optout.reasons.Reason` or its stored JSON) in ``lang``."""
    if not isinstance(reason, Reason):
        reason = Reason.from_json(reason)
    return render(reason, lang)


def field_type(kind: str, value: object) -> str:
    """The ``type`` of a form's input holding ``value``: ``kind``, but a date field whose value is
    not YYYY-MM-DD (what a browser without a date picker, or a paste, sent: "31/02/1990") is a text
    field, since a browser empties a date field it cannot read and the volunteer would lose what
    they typed (trial45: the add form emptied the birth date on an error elsewhere)."""
    import re

    text = "" if value is None else str(value)
    return "text" if kind == "date" and text and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else kind


def environments() -> dict[str, Environment]:
    envs = {}
    for lang in LANGUAGES:
        env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                          extensions=["jinja2.ext.i18n"])
        t = translations(lang)
        env.install_gettext_translations(t, newstyle=True)  # type: ignore[attr-defined]
        env.globals["kind_label"] = _prefixed(t, "kind:", lambda k: k.replace("_", " "))
        # a case's state (or outcome) in the words of the client's report: one vocabulary (trial41)
        env.globals["state_label"] = _prefixed(t, "report:state.", lambda k: t.gettext(k))
        env.globals["shot_kind"] = shot_kind
        env.globals["mail_kind"] = mail_kind
        env.globals["field_type"] = field_type
        env.globals["howto"] = _howto(t)
        env.globals["why"] = functools.partial(_why, lang=lang)
        env.globals["evidence_text"] = functools.partial(evidence_text, lang=lang)
        env.globals["field_name"] = functools.partial(field_name, lang=lang)
        env.globals["case_ref"] = case_ref  # a case's number as C12, as every reader writes it (f42)
        env.globals["lang"] = lang
        # a language named inside a sentence, as the reader writes it: "español", "inglés" (trial50)
        env.globals["language_said"] = functools.partial(language_name, lang=lang, reader_only=True)
        env.globals["languages"] = LANGUAGES
        envs[lang] = env
    return envs


def choose(cookie: str | None, accept: str | None, clinic: str | None = None) -> str:
    """The language a page is written in: the one the volunteer chose in the page header (the
    ``lang`` cookie), else the clinic's (``[clinic] language`` or the dashboard's Clinic settings:
    trial49, a Spanish clinic's dashboard opened in English), else the browser's preferred one
    among :data:`LANGUAGES` (``Accept-Language``), else English."""
    if cookie in LANGUAGES:
        return cookie  # type: ignore[return-value]
    if clinic in LANGUAGES:
        return clinic  # type: ignore[return-value]
    best, best_q = "en", -1.0
    for part in (accept or "").split(","):
        tag, _, q = part.strip().partition(";q=")
        code = tag.split("-")[0].lower()
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        if code in LANGUAGES and weight > best_q:
            best, best_q = code, weight
    return best
