"""Hunt for a person's values in clear: in files, directories, captured output and logs.

``needles(person)`` spells every value the ways it could turn up (names, each address and its parts,
the phone in the usual US formats, e-mails, the birth date, URL- and HTML-encoded forms);
``scan_paths`` / ``scan_text`` return where each one was found, case-insensitively. Tests assert
that the result is empty and print it when it is not, naming the file and the kind of value (not
the value itself, so a failing test's output is no leak either).

Short needles (under 5 characters, e.g. "Sam" or a state's "IL") match random ciphertext by chance
now and then, and common words ("same") always, so they are looked for only in text files and
output, and there only as whole words.

Sealed values are also kept as base64 text (an event's ``"sealed": "vNLt…"``, ``vault.json``), and a
longer needle matches that by chance too: a position of base64 spells a given 5-letter word, in any
case, with probability (2/64)^5 ≈ 3e-8, so ~100 kB of it holds "Maria" about once in 300 runs (CI of
stop 37: tests/test_batch.py failed on "a name in clear" in optout.db, and no run since finds one).
A hit lying wholly inside a run of at least ``BASE64_RUN`` base64 characters is such a chance; a
value in clear stands beside a quote, space, dot, hyphen, ``?``, ``&`` or ``:`` well before that.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

from optout.person import Person

MIN_BINARY = 5  # shortest needle looked for inside binary (possibly encrypted) files
BASE64_RUN = 40  # a match inside this many base64 characters in a row is ciphertext's chance (module doc)
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


@dataclass(frozen=True)
class Needle:
    kind: str  # "name", "email", "phone", "address", "birth_date", ...
    text: str


@dataclass(frozen=True)
class Hit:
    where: str  # a path, or the label of a text that was scanned
    kind: str
    form: int  # which spelling of the value (index into needles), to tell them apart without the value

    def __str__(self) -> str:
        return f"{self.where}: a {self.kind} in clear (form #{self.form})"


def _phone_forms(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return [phone]
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return [phone, digits, f"1{digits}", f"+1{digits}", f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"({a}){b}-{c}",
            f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"{b}-{c}"]


def needles(person: Person) -> list[Needle]:
    out: list[Needle] = []

    def add(kind: str, *values: str | None) -> None:
        for v in values:
            if v and len(v) >= 3:
                out.append(Needle(kind, v))
                for enc in (quote(v), quote_plus(v), html.escape(v)):
                    if enc != v:
                        out.append(Needle(kind, enc))

    add("name", person.first_name, person.last_name, person.full_name,
        f"{person.first_name} {person.last_name}", f"{person.last_name}, {person.first_name}",
        f"{person.first_name}-{person.last_name}")
    if person.middle_name and len(person.middle_name) > 2:
        add("name", person.middle_name)
    add("alias", *person.aliases)
    add("relative", *person.relatives)
    add("email", *person.emails, person.optout_email)
    for p in person.phones:
        add("phone", *_phone_forms(p))
    for a in person.addresses:
        add("address", a.street, a.city, a.zip, f"{a.city}, {a.state}")
    if person.birth_date:
        d = person.birth_date
        add("birth_date", d.isoformat(), d.strftime("%m/%d/%Y"), d.strftime("%B %-d, %Y"), d.strftime("%Y%m%d"))
    seen: set[str] = set()
    unique = []
    for n in out:
        if n.text.lower() not in seen:
            seen.add(n.text.lower())
            unique.append(n)
    return unique


def _is_text(data: bytes) -> bool:
    if b"\0" in data[:4096]:
        return False
    try:
        data[:65536].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _inside_base64(data: bytes, start: int, end: int) -> bool:
    """Whether ``data[start:end]`` lies inside a run of at least ``BASE64_RUN`` base64 characters."""
    if any(b not in _B64 for b in data[start:end]):
        return False
    lo, hi = start, end
    while lo > 0 and data[lo - 1] in _B64 and end - lo < BASE64_RUN:
        lo -= 1
    while hi < len(data) and data[hi] in _B64 and hi - lo < BASE64_RUN:
        hi += 1
    return hi - lo >= BASE64_RUN


def _found(pattern: bytes, low: bytes) -> bool:
    """A match of ``pattern`` in ``low`` that is not a chance inside base64 text (module doc)."""
    return any(not _inside_base64(low, m.start(), m.end()) for m in re.finditer(pattern, low))


def scan_bytes(data: bytes, people: Iterable[Person], where: str, *, text: bool | None = None) -> list[Hit]:
    low = data.lower()
    is_text = _is_text(data) if text is None else text
    hits = []
    for person in people:
        for i, n in enumerate(needles(person)):
            if not is_text and len(n.text) < MIN_BINARY:
                continue
            needle = n.text.lower().encode()
            if n.text.isdigit():
                # a number's digits are a ZIP only when no digit, letter or decimal point touches them:
                # "0.78701" (a confidence, a timestamp's fraction) held Austin's ZIP in CI run c1
                found = re.search(rb"(?<![a-z0-9.])" + re.escape(needle) + rb"(?![a-z0-9]|\.\d)", low) is not None
            elif len(n.text) < MIN_BINARY:
                found = re.search(rb"(?<![a-z0-9])" + re.escape(needle) + rb"(?![a-z0-9])", low) is not None
            else:
                found = needle in low and _found(re.escape(needle), low)
            if found:
                hits.append(Hit(where, n.kind, i))
    return hits


def scan_text(text: str, people: Iterable[Person], where: str = "output") -> list[Hit]:
    return scan_bytes(text.encode(), people, where, text=True)


def scan_paths(paths: Iterable[Path], people: Iterable[Person]) -> list[Hit]:
    """Every file under each path (and each path's file names: a value must not name a file)."""
    people = list(people)
    hits: list[Hit] = []
    for root in paths:
        root = Path(root)
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*"))
        for f in files:
            hits += scan_bytes(str(f.relative_to(root) if f != root else f.name).encode(), people,
                               f"file name {f}", text=True)
            if f.is_file():
                hits += scan_bytes(f.read_bytes(), people, str(f))
    return hits


def assert_no_leaks(hits: list[Hit]) -> None:
    assert not hits, "personal values in clear:\n" + "\n".join(map(str, hits[:50]))
