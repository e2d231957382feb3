"""The body markup the labelled sets' build.py files share (set T's, reused by set U; sets M to T
carry their own copies): ``[text](url)`` is a link (HTML: an anchor; plain: "text <url>");
``[text](href|shown)``: the anchor goes to ``href`` while the plain part shows ``shown`` (``-``: the
text only). No dependency beyond the standard library, so a set's build.py runs as a plain script.
A change here changes the bytes of every set that imports it: its build test says so."""

from __future__ import annotations

import re
import textwrap

LINK = re.compile(r"\[([^\]]+)\]\(([^)|\s]+)(?:\|([^)\s]+))?\)")


def plain_of(body: str) -> str:
    """The plain-text part of a marked-up ``body``: each link as "text <shown>" (or its text only)."""
    def one(m: re.Match[str]) -> str:
        shown = m.group(3) or m.group(2)
        return m.group(1) if shown == "-" else f"{m.group(1)} <{shown}>"
    return LINK.sub(one, body.strip()) + "\n"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _anchors(p: str) -> str:
    """One paragraph as HTML: its text escaped, each link an anchor to its ``href``."""
    out, last = [], 0
    for m in LINK.finditer(p):
        out.append(_esc(p[last:m.start()]))
        out.append(f'<a href="{_esc(m.group(2))}">{_esc(m.group(1))}</a>')
        last = m.end()
    out.append(_esc(p[last:]))
    return "".join(out)


def flowed(text: str, width: int = 70) -> str:
    """RFC 3676 format=flowed: a paragraph's soft line breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)
