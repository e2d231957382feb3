"""Names and places as comparable ASCII tokens.

Every letter is transliterated, never deleted (anyascii: Đ→D, ı→i, Ł→L, ß→ss, Arabic and Cyrillic
script to Latin letters; each Chinese character or Korean syllable becomes one syllable, so 王秀英
reads "wang xiu ying"). Apostrophes glue ("D'Haïti" → "dhaiti"), hyphens split ("Jean-Baptiste" →
"jean baptiste"); a "?" that stands for a letter a broker could not print ("Pe?a") is kept as a
wildcard, and so is the replacement mark U+FFFD a page leaves for a letter it could not decode.
Why anyascii: ISC-licensed, maintained, and it covers more scripts than Unidecode (GPL).

Text scraped from pages is repaired first (ftfy): HTML entities a page left escaped
("Jos&eacute;") and UTF-8 read as Latin-1 or Windows-1252 ("JosÃ©") become the letters they stand
for, so a name is never "different" because of how a page was encoded. Why ftfy: maintained
(Robyn Speer), MIT-licensed, and it undoes mojibake only where the result is more plausible text.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

MAX_TEXT = 300  # characters of one name or place read; more is noise, and bounds the work per listing

_APOSTROPHES = "'’ʼ`´‘"
_SEPARATORS = re.compile(r"[^a-z0-9?]+")


def _safe(text: str) -> str:
    # lone surrogates and other unencodable code points cannot be a letter of a name: drop them;
    # then mojibake and left-in HTML entities are repaired (see the module docstring)
    return repair(text[:MAX_TEXT].encode("utf-8", "ignore").decode("utf-8"))


def repair(text: str) -> str:
    """``text`` with mojibake and left-in HTML entities undone ("JosÃ©", "Jos&eacute;" → "José").
    Plain ASCII without "&" is returned as is; ftfy (about 0.1 s to import) loads on first need."""
    if text.isascii() and "&" not in text:
        return text
    from ftfy import fix_text

    if _MOJIBAKE_PAIR.search(text):
        # UTF-8 read as Windows-1252 loses the bytes that code page leaves undefined (0x81, 0x8D, 0x8F, 0x90,
        # 0x9D: the second byte of Ł, Á, Í, Đ, č …), leaving their first byte's Ã, Ä or Å before a plain
        # letter ("Åukasz" for Łukasz beside "WiÅ›niewski"): in a text that shows mojibake elsewhere, that
        # is a letter the page could not print, read as "?" (nineteenth pass)
        text = _LOST_LETTER.sub("?", text)
    fixed = fix_text(text)
    if fixed.isascii():
        return fixed
    # ftfy leaves a two-character sequence it finds ambiguous (UTF-8 ț read as Windows-1252 "È›" in
    # "IonuÈ›"): a word whose Windows-1252 bytes are valid UTF-8 with a letter outside Latin-1 was
    # mojibake (a name never holds "›" or "™"; real Latin-1 names such as "José" are not valid UTF-8)
    return " ".join(_undo_cp1252(w) for w in fixed.split(" "))


_MOJIBAKE_PAIR = re.compile("[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_LOST_LETTER = re.compile("[\u00c3-\u00c5](?=[A-Za-z])")


def _undo_cp1252(word: str) -> str:
    if word.isascii():
        return word
    try:
        back = word.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return word
    return back if any(ord(c) > 0xFF for c in back) else word


def _wide(ch: str) -> bool:
    """A character that is a whole syllable (Han, Hangul, kana): transliterated apart from its neighbours."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HANGUL SYLLABLE", "HIRAGANA",
                            "KATAKANA"))


def ascii_text(text: str) -> str:
    """``text`` transliterated to lower-case ASCII, syllable characters spaced apart."""
    text = _safe(text)
    parts = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch == "\ufffd":
            parts.append("?")  # the replacement mark stands for one letter a page could not decode ("?ezn��kov�")
            continue
        if cat[0] == "S" and not ch.isascii() or cat in ("Cf", "Co", "Cn", "Cs"):
            continue  # a symbol, emoji or invisible character is no letter of a name ("Ji-hoon Kim ✔")
        if cat == "Cc":
            parts.append(" ")
        elif ch.isascii():
            parts.append(ch)
        elif ch in _APOSTROPHES:
            parts.append("'")
        elif _wide(ch):
            parts.append(f" {anyascii(ch)} ")
        else:
            parts.append(anyascii(ch))
    return "".join(parts).lower()


def tokens(text: str) -> list[str]:
    """Name words: lower-case ASCII, apostrophes glued, hyphens and punctuation split."""
    s = ascii_text(text)
    for a in _APOSTROPHES + "'":
        s = s.replace(a, "")
    s = s.replace(".", " ")
    return [t for t in _SEPARATORS.split(s) if t and t.strip("?")]
