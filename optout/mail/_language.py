"""Which language a broker's reply is written in, so that a reply the rules cannot read can tell a
volunteer what to get it translated from. Never used to guess what the reply says.

Detection is lingua-language-detector's (Peter M. Stahl's Lingua, a maintained library trained on
75 languages, accurate on short texts such as one- or two-sentence replies), in its low-accuracy
mode: its first call loads the models in about 2 s and 70 MB, where the high-accuracy mode took
30 s and 900 MB on our machine. The detector is built on first use only, so processes that never
meet such a reply pay nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

#: The languages optout's reply rules are written for (ISO 639-1).
RULE_LANGUAGES = frozenset({"en", "es", "fr", "de", "pt", "it", "nl"})
#: Languages whose commonest reply states have rules (optout.mail._classify), not every wording:
#: a reply in one of them that no rule reads is still named, so that it is translated.
PARTIAL_LANGUAGES = frozenset({"ar", "ht", "so", "tl", "ru", "uk", "vi", "zh", "ko", "pl", "ro", "sv", "am", "hi", "tr", "fa", "sw", "ja", "ur", "bn", "pa", "el",
                               "da", "cs", "hu", "fi", "hmn", "ps", "my", "km",  # pass 53: da cs hu fi; a receipt and an ID asked in hmn ps my km (and ti, named am)
                               "nb", "nn", "no"})  # pass 54: Norwegian (Bokmål; Nynorsk and the macrolanguage as Lingua may name them)
#: Below this confidence (0..1, Lingua's) the language is not named: "a language optout cannot tell".
MIN_CONFIDENCE = 0.6
#: Scripts Lingua has no model for, each written by one language a clinic's clients use: (first, last, code, name).
_SCRIPTS = (("\u1000", "\u109f", "my", "Burmese"), ("\u1780", "\u17ff", "km", "Khmer"))
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
#: Letters of the Arabic script that Pashto writes and Persian, Arabic and Urdu do not (ټ ځ څ ډ ړ ږ ښ ګ ڼ ې ۍ): Lingua has
#: no Pashto model and names such text Persian (reply pass 53).
_PASHTO_LETTERS = frozenset("\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0\u06cd")
#: White and Green Hmong's commonest words in the Romanised Popular Alphabet; Lingua has no Hmong model and names such
#: text Tsonga or Yoruba (reply pass 53). Hmong (ISO 639-2 ``hmn``) has no ISO 639-1 code.
_HMONG_WORDS = frozenset(("koj", "peb", "thov", "ntawv", "cov", "txais", "ntaub", "nyob", "tsaug", "yuav", "rau", "kom", "hauv",
                          "ntawm", "thiab", "tsis", "lawm", "daim", "txog", "kev", "neeg", "nej", "lub", "muaj", "hnub", "npav"))


@cache
def _detector() -> Any:
    from lingua import LanguageDetectorBuilder  # lazy: ~2 s and 70 MB on first use

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


#: The characters of a text the language is told from: a language is plain within them, and the detector's cost grows
#: with the text (a 20,000-character mail: two seconds; reply pass 54).
DETECT_LIMIT = 4_000


def detect(text: str) -> tuple[str, str] | None:
    """``(iso 639-1 code, English name)`` of ``text``'s language, e.g. ``("pl", "Polish")`` (Hmong: ISO 639-2 ``hmn``), or
    None when the text has fewer than 8 letters (only its first ``DETECT_LIMIT`` characters are read) or no language reaches ``MIN_CONFIDENCE``.
    Never raises: a detector that cannot load (the package missing) gives None. Text mostly in the
    Ethiopic script, which Lingua has no model for, is named by its script (``am``); Pashto by its own letters
    (``_PASHTO_LETTERS``) and Hmong by its commonest words (``_HMONG_WORDS``), which Lingua has no model for either."""
    text = text[:DETECT_LIMIT]
    letters = _LETTERS.findall(text)
    if len(letters) < 8:
        return None
    if sum(1 for c in letters if "\u1200" <= c <= "\u139f") * 2 > len(letters):
        # Lingua has no model for the Ethiopic script's languages: named by the script, Amharic the
        # commonest among the clinics' clients (Tigrinya is written the same way)
        return "am", "Amharic (or Tigrinya: Ethiopic script)"
    if sum(1 for c in letters if c in _PASHTO_LETTERS) >= 2 and sum(1 for c in letters if "\u0600" <= c <= "\u06ff") * 2 > len(letters):
        return "ps", "Pashto"
    words = re.findall(r"[a-z]+", text.lower())
    if words and len({w for w in words if w in _HMONG_WORDS}) >= 3 and sum(w in _HMONG_WORDS for w in words) * 4 >= len(words):
        return "hmn", "Hmong"
    for first, last, code, name in _SCRIPTS:
        if sum(1 for c in letters if first <= c <= last) * 2 > len(letters):
            return code, name  # Lingua has no model for these scripts' languages: named by the script (branch r24)
    try:
        values = _detector().compute_language_confidence_values(text)
    except Exception:  # noqa: BLE001 - naming the language is a help, never a failure
        return None
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    lang = values[0].language
    return lang.iso_code_639_1.name.lower(), lang.name.replace("_", " ").title()
