"""The report's words in each language it is written in (English and Spanish).

They live in the one gettext catalogue every reader's text comes from,
``optout/locales/<lang>/LC_MESSAGES/reasons.po`` (read with Babel by :mod:`optout.reasons`), as
``report:<id>`` entries beside the reasons, field names and laws: a translator edits one file per
language. A phrase the Spanish catalogue lacks falls back to English, then to its id
(``tests/test_report_i18n.py`` walks every entry and checks the Spanish exists, differs where it
should and keeps the English's placeholders).
"""

from __future__ import annotations

from collections.abc import Callable

from optout import reasons

PREFIX = "report:"
LANGUAGES = reasons.LANGUAGES


def pick_language(wanted: str | None) -> str:
    """``"es-MX"`` → ``"es"``; an unknown or missing language → ``"en"``."""
    return reasons.pick(wanted)


def phrase(msg_id: str, lang: str) -> str:
    """The report's phrase ``msg_id`` (``"title"``, ``"state.removed"``…) in ``lang``, else English,
    else the id itself (a page never breaks on a missing phrase)."""
    return (reasons.text(PREFIX + msg_id, pick_language(lang)) or reasons.text(PREFIX + msg_id, "en")
            or msg_id)


def counted(msg_id: str, n: int, lang: str, **params: object) -> str:
    """The report's phrase ``msg_id`` for a count ``n`` in ``lang`` (else English, else the id),
    its ``{n}`` and ``params`` filled: the catalogue's plural entry (``msgid_plural``, the
    language's own plural rule), so "1 broker" / "23 brokers", "1 corredor" / "23 corredores"."""
    key = PREFIX + msg_id
    for code in (pick_language(lang), "en"):
        got = reasons.catalogue(code).ngettext(key, key + ".plural", n)
        if got not in (key, key + ".plural"):
            return got.format(n=n, **params)
    return msg_id


def ids() -> list[str]:
    """Every report phrase id the English catalogue holds (without the ``report:`` prefix)."""
    cat = reasons.catalogue("en")
    return sorted(k[len(PREFIX):] for k in getattr(cat, "_catalog", {}) if isinstance(k, str)
                  and k.startswith(PREFIX))


def translator(lang: str) -> Callable[[str], str]:
    lang = pick_language(lang)
    return lambda msg_id: phrase(msg_id, lang)


def count_translator(lang: str) -> Callable[..., str]:
    """:func:`counted` in ``lang``: a template's ``tn("coverage.total", 23)``."""
    lang = pick_language(lang)
    return lambda msg_id, n, **params: counted(msg_id, n, lang, **params)
