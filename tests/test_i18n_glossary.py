"""One Spanish vocabulary: docs/GLOSSARY.md names the Spanish word for each idea and the words that
must not stand in for it; no Spanish text of the catalogue or of a recipe's ``instructions_es``
uses one of those."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]


def glossary() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in (ROOT / "docs/GLOSSARY.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("English", "---") and not cells[0].startswith("-"):
            banned = [w.strip() for w in cells[2].split(",") if w.strip() and w.strip() != "—"]
            rows.append((cells[0], cells[1], banned))
    return rows


def _checked(text: str) -> str:
    """The text without what the glossary does not govern: `commands`, --flags, ${fields}, URLs,
    addresses, dotted setting names and quoted page text ("Delete"). A counted placeholder's words
    (``{count:caso|casos}``, ``reasons.counted_format``) are text and are checked; its name is not."""
    text = re.sub(r"\{\w+:([^{}]*)\}", lambda m: " " + m.group(1).replace("|", " ") + " ", text)
    text = re.sub(r"\{\w+\}|%\(\w+\)s|`[^`]*`|\$\{[^}]*\}|--[\w-]+|\S+@\S+|https?://\S+|\b\w+\.\w[\w.]*|\"[^\"]*\"|“[^”]*”", " ", text)
    return text


def spanish_texts() -> list[tuple[str, str]]:
    out = []
    with (ROOT / "optout/locales/es/LC_MESSAGES/reasons.po").open("rb") as f:
        for m in read_po(f, locale="es"):
            if m.id and m.string:  # a plural entry (msgid_plural): each of its forms
                for text in m.string if isinstance(m.string, tuple) else (m.string,):
                    out.append((f"reasons.po {str(m.id)[:50]!r}", text))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def walk(node, where):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "instructions_es" and isinstance(v, str):
                    out.append((where, v))
                else:
                    walk(v, where)
        elif isinstance(node, list):
            for v in node:
                walk(v, where)

    for path in sorted((ROOT / "brokers").rglob("*.yaml")):
        walk(yaml.load(path.read_text("utf-8"), Loader=loader), str(path.relative_to(ROOT)))
    out += code_spanish_texts()
    return out


def code_spanish_texts() -> list[tuple[str, str]]:
    """The Spanish a person reads that the code writes itself, as ``instructions_es="…"`` (or any
    ``*_es=`` argument): the task a volunteer gets when no mailbox reads a broker's confirmation
    mail said "el broker", two lines from "corredor" everywhere else."""
    out = []
    for path in sorted((ROOT / "optout").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.keyword) and node.arg and node.arg.endswith("_es"):
                text = "".join(c.value for c in ast.walk(node.value)
                               if isinstance(c, ast.Constant) and isinstance(c.value, str))
                if text:
                    out.append((f"{path.relative_to(ROOT)}:{node.value.lineno}", text))
    return out


def test_the_code_s_own_spanish_is_read():
    assert any(where.startswith("optout/steps/runner.py:") and "buzón" in text for where, text in code_spanish_texts())


def _pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(w) for w in words), re.IGNORECASE)


def test_the_glossary_names_the_terms_a_clinic_needs():
    rows = glossary()
    english = " ".join(r[0] for r in rows)
    for term in ("broker", "listing", "removal request", "confirmed", "removed", "not found", "verification",
                 "authorised agent"):
        assert term in english, term
    assert all(r[1] for r in rows) and sum(len(r[2]) for r in rows) > 20


def test_the_check_sees_a_non_glossary_term():
    banned = _pattern([w for _, _, ws in glossary() for w in ws])
    assert banned.search(_checked("el broker respondió")) and banned.search(_checked("la solicitud de baja"))
    assert not banned.search(_checked("el corredor respondió; vea `optout status --brokers` y ${email}"))


@pytest.mark.parametrize("english,spanish,banned", glossary(), ids=lambda x: x if isinstance(x, str) else None)
def test_every_spanish_text_follows_the_glossary(english, spanish, banned):
    if not banned:
        return
    pat = _pattern(banned)
    bad = [f"{where}: {m.group(0)!r} in {text[:90]!r}" for where, text in spanish_texts()
           if (m := pat.search(_checked(text)))]
    assert not bad, f"use {spanish!r} for {english!r}: " + "; ".join(bad[:10])
