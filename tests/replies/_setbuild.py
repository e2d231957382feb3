"""The pieces the reply sets' build.py files (tests/replies/set*/build.py) share: the small body
markup (set M's, kept by every later set) and the plain MIME leaves and multiparts of sets M to P.

A body is written once: ``[text](url)`` is a link (HTML: an anchor; plain: "text <url>");
``[text](href|shown)`` sends the HTML anchor to ``href`` while the plain part shows ``shown``
(``-``: the text only); blank lines separate paragraphs. Every function returns ``str`` (text) or
``bytes`` (a MIME part, ``\\n`` line ends) and raises only what ``str.encode`` raises for a charset
that cannot spell the text; :func:`write_labels` writes a labels.csv (``OSError`` if it cannot).
A set whose mails are built differently keeps its own helper: changing one here changes what several
sets write, and each set's test holds its files byte for byte
(tests/replies_sets.py, ``check_built_by_build_py``).

A build.py runs as a script (``python tests/replies/seto/build.py``), so it finds this module by
putting tests/replies/ on ``sys.path``.
"""

from __future__ import annotations

import base64
import csv
import quopri
import re
import textwrap
from email.header import Header
from pathlib import Path

LINK = re.compile(r"\[([^\]]+)\]\(([^)|\s]+)(?:\|([^)\s]+))?\)")
COLUMNS = ["file", "lang", "class", "reason", "link", "domains"]  # labels.csv's header


# -- text ------------------------------------------------------------------------------------------

def plain_of(body: str) -> str:
    """The plain text of a marked-up body: each link as "text <url>" (or its text alone)."""
    def one(m: re.Match[str]) -> str:
        shown = m.group(3) or m.group(2)
        return m.group(1) if shown == "-" else f"{m.group(1)} <{shown}>"
    return LINK.sub(one, body.strip()) + "\n"


def esc(s: str) -> str:
    """``s`` escaped for HTML text and attribute values (``&``, ``<``, ``>``, ``"``)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def anchors(p: str) -> str:
    """One paragraph in HTML: its text escaped, its links as anchors."""
    out, last = [], 0
    for m in LINK.finditer(p):
        out.append(esc(p[last:m.start()]))
        out.append(f'<a href="{esc(m.group(2))}">{esc(m.group(1))}</a>')
        last = m.end()
    out.append(esc(p[last:]))
    return "".join(out)


def html_of(body: str, quoted: str = "", charset: str = "utf-8", rtl: bool = False) -> str:
    """A marked-up body as a whole HTML page (sets M to P): a ``<p>`` a paragraph, then the
    ``quoted`` earlier mail in a ``<blockquote>``; ``rtl`` writes right to left."""
    paras = ["<p>" + anchors(p).replace("\n", "<br>\n") + "</p>" for p in body.strip().split("\n\n")]
    q = ""
    if quoted:
        q = ('\n<blockquote type="cite" style="border-left:2px solid #999;padding-left:8px">'
             + esc(quoted.strip()).replace("\n", "<br>\n") + "</blockquote>")
    direction = ' dir="rtl"' if rtl else ""
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"></head>\n'
            f'<body{direction} style="font-family:Helvetica,Arial,sans-serif">\n'
            + "\n".join(paras) + q + "\n</body></html>\n")


def page(inner: str, charset: str = "utf-8", rtl: bool = False) -> str:
    """A hand-written HTML body (a ticket template, a table) in the same frame as :func:`html_of`."""
    direction = ' dir="rtl"' if rtl else ""
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"></head>\n'
            f'<body{direction} style="font-family:Helvetica,Arial,sans-serif">\n{inner.strip()}\n</body></html>\n')


def quote(text: str) -> str:
    """``text`` as a plain reply quotes it: each line after ``> ``, a blank one as ``>``."""
    return "".join("> " + line if line.strip() else ">\n" for line in text.strip().splitlines(True)) + "\n"


def flowed(text: str, width: int = 66) -> str:
    """RFC 3676 format=flowed: each paragraph's soft line breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def write_labels(path: Path, labels: list[dict[str, str]]) -> None:
    """Write a set's ``labels`` (one dict a reply, keyed by :data:`COLUMNS`) to ``path`` as labels.csv
    is kept: UTF-8, a header, ``\\n`` line ends (set Y's builder; the earlier ones keep their own). A
    ``comment`` key (set Z's: why a careful reader labels the reply so) becomes a last column."""
    columns = COLUMNS + (["comment"] if any("comment" in r for r in labels) else [])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(labels)


# -- MIME (sets M to P) ----------------------------------------------------------------------------

def header(value: str, charset: str) -> str:
    """A header's value (a subject, a display name) as a mail carries it: as it is in ASCII, else an
    RFC 2047 encoded word in ``charset``, or in UTF-8 when ``charset`` cannot spell it."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    return Header(value, charset).encode(maxlinelen=998)


def encode(raw: bytes, cte: str) -> bytes:
    """``raw`` in the transfer encoding ``cte`` (quoted-printable, base64, else as it is, ending in
    a line end)."""
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(subtype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    """A ``text/<subtype>`` part: its headers (``extra`` whole header lines) and ``text`` encoded."""
    head = f'Content-Type: text/{subtype}; charset="{charset}"\n{extra}Content-Transfer-Encoding: {cte}\n\n'
    return head.encode() + encode(text.encode(charset), cte)


def multi(subtype: str, parts: list[bytes], boundary: str, params: str = "") -> bytes:
    """A ``multipart/<subtype>`` of ``parts`` between ``boundary`` lines (``params``: more of the
    Content-Type's parameters, each after ``; ``)."""
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n")
    return out + f"--{boundary}--\n".encode()
