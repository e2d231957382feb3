"""Logging with structlog, always to stderr (stdout is the command's output: a table, or pure JSON
with ``--json``), with a redactor before every renderer. The format (``log_format`` setting,
``OPTOUT_LOG_FORMAT``):

- ``auto`` (default): ``console`` on a terminal, ``plain`` elsewhere (cron mail, a pipe, a
  systemd journal), so a person reading a cron mail gets sentences, not JSON;
- ``plain``: one line per event, ``optout: warning: <what> (key=value, ...)``; an exception as
  its type and message only (no traceback), still on that line;
- ``console``: structlog's aligned lines with a timestamp, tracebacks without local variables;
- ``json``: one JSON object per line, for a log collector (only when asked for).

The redactor removes every value of every person open in this process (held with
``redact_values``, let go with the returned hold's ``release()`` when the case or pass that opened
the person ends: a long-running worker or dashboard does not keep every client's name, phone and
address for its life) and anything shaped like an e-mail address or a phone number, from every
string in the event, including formatted tracebacks. Tracebacks never include local variables.

structlog is imported here, and only here, without rich: when rich is installed (it draws
``optout run``'s progress bar), ``import structlog`` also imports rich's console, traceback and
pretty-printer (~0.07 s, every command) for its default exception formatter, which optout never
uses (plain tracebacks, no local variables). Every other module logs through this one.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
from collections.abc import Iterable
from typing import Any


def _import_structlog() -> None:
    """Import structlog with rich hidden from it (structlog then falls back to its plain
    formatters; the ones configured below are plain either way). rich itself stays importable:
    its modules are put back as they were."""
    if "structlog" in sys.modules:
        return
    kept = {n: m for n, m in sys.modules.items() if n == "rich" or n.startswith("rich.")}
    for n in kept:
        del sys.modules[n]
    sys.modules["rich"] = None  # type: ignore[assignment]  # import rich -> ImportError
    try:
        import structlog.dev  # noqa: F401
        import structlog.tracebacks  # noqa: F401
    finally:
        del sys.modules["rich"]
        sys.modules.update(kept)


_import_structlog()

import structlog  # noqa: E402
import structlog.contextvars  # noqa: E402
import structlog.tracebacks  # noqa: E402

#: An e-mail address; not a URL's ``user@host`` (a store's or mailbox's user says which is meant:
#: trial32's "store postgresql://[email]/optout" named no store)
_EMAIL = re.compile(r"(?<![\w.+-])(?<!://)[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A URL's password (``scheme://user:PASSWORD@host``: up to the last ``@`` of the URL, so a
#: password typed with ``@``, ``/``, ``?`` or ``#`` unencoded goes whole) and a ``password=…`` pair (a query string, a libpq conninfo):
#: hidden wherever a line carries them, whoever wrote the line (a store, a mailbox, a library).
_URL_PASSWORD = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s/@:]*:)\S*@")
_PASSWORD_PAIR = re.compile(r"(?i)(\b(?:password|passwd|pwd|passphrase)\s*=\s*)(?:'[^']*'|\"[^\"]*\"|[^\s&;,]+)")
_PHONE = re.compile(r"(?<!\w)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)")
_lock = threading.Lock()
#: every value held, with how many holds have it (two open people may share a surname or a city:
#: the value stays redacted until the last of them is let go)
_values: dict[str, int] = {}
#: (the values' pattern, the same matched only as whole words: not inside a longer run of letters
#: and digits), compiled from ``_values`` when a line is first redacted after they changed
_patterns: tuple[re.Pattern[str] | None, str | None] = (None, None)
_whole: tuple[str, re.Pattern[str]] | None = None  # the whole-word pattern and the source it was built from
#: the two-letter words of held names (``Person.short_values``: "Vu", "Le"), with how many holds have
#: them, and the patterns that hide them (:func:`_short_patterns`), compiled with the values' pattern
_short: dict[str, int] = {}
_short_compiled: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None
_stale = False
#: Keys whose values are our own ids (a recipe's id, a case's number, a person's ``p_…`` id): in
#: them a person's value is redacted only as a whole word, so a first name such as "Lan" does not
#: turn ``broker=clanbranch`` into ``broker=c[redacted]branch``; "lan-nguyen" there is still redacted.
ID_KEYS = frozenset({"broker", "case", "person"})


def _ascii(value: str) -> str:
    """A value as brokers and URLs write it without accents or in Latin letters ("Nguyễn" ->
    "Nguyen", "García" -> "Garcia"), through anyascii, as the matcher reads names."""
    from anyascii import anyascii

    return anyascii(value)


#: What may stand between two words of a value as a broker, a URL or a form writes it, also
#: percent-encoded in a URL (RFC 3986 §2.1: "%20" a space, "%2C" a comma, "%2D", "%2F", "%5F", "%23").
_SEP = r"(?:[\s+_.,/#-]|%(?:2[0CcDdFf3]|5[Ff]))+"
#: The same after a unit designator, where the number may follow at once ("#4B", "Apt.4B").
_UNIT_GLUE = r"(?:[\s+_.,/#-]|%(?:2[0CcDdFf3]|5[Ff]))*"
#: An ordinal street name's number ("7th"): matched with any suffix or none ("7", "7TH").
_ORDINAL = re.compile(r"(?i)(\d+)(?:st|nd|rd|th)")


def _word(w: str, street: bool = True) -> str:
    """One word's pattern: the word, and percent-encoded when it has letters a URL encodes
    ("María" -> "Mar%C3%ADa"); a street suffix, unit designator or directional in any of its
    spellings (:func:`optout.streets.forms`), a directional's letters dotted or not ("N.W."); an
    ordinal with any suffix or none ("7th", "7")."""
    from urllib.parse import quote

    from optout.streets import forms, is_unit

    encoded = quote(w, safe="")
    if not street:  # a one-word value (a name, a city): itself, never a street's spellings
        return f"(?:{re.escape(w)}|{re.escape(encoded)})" if encoded != w else re.escape(w)
    if (m := _ORDINAL.fullmatch(w)) is not None:
        return re.escape(m.group(1)) + r"(?:st|nd|rd|th)?"
    spellings = set(forms(w))
    if is_unit(w):  # a unit's number after ANY designator: "#3" for a profile's "Unit 3"
        from optout.streets import UNITS

        spellings |= {f for std, names in UNITS.items() for f in (std, *names)}
    if spellings:
        alts = sorted(spellings | {w.casefold().rstrip(".")}, key=len, reverse=True)
        return "(?:" + "|".join(r"\.?".join(re.escape(c) for c in f) if len(f) == 2 and f.isalpha()
                                else re.escape(f) for f in alts) + r")\.?"
    return f"(?:{re.escape(w)}|{re.escape(encoded)})" if encoded != w else re.escape(w)


def _join(words: list[str]) -> str:
    from optout.streets import is_unit

    parts: list[str] = []
    for i, w in enumerate(words):
        part = _word(w)
        if is_unit(w):  # the designator may be left out: "88 Pine St 4B"
            part = f"(?:{part})?"
        # any separator or none: a name's words run together as brokers and user names print them
        # ("Sanmartin", "DELRIO", "Dela Cruz", "dossantos"; x48), a street's ("88pine") alike
        glue = _UNIT_GLUE if i and is_unit(words[i - 1]) else f"(?:{_SEP})?"
        parts.append((glue if i else "") + part)
    return "".join(parts)


def _alternative(value: str) -> str:
    """A value's pattern: its words joined by any run of spaces, hyphens, dots, commas, slashes,
    underscores or plus signs, plain or percent-encoded, so "García López" also hides
    "garcia-lopez", "Garcia+Lopez" and "Garc%C3%ADa%20L%C3%B3pez" in a URL; a street's suffix, unit
    designator or directional matched in any of its spellings (:func:`optout.streets.forms`: USPS
    Publication 28, and the Spanish forms), so "88 Pine Street Apt 4B" also hides "88 pine st., #4b",
    "88 PINE STR APARTMENT 4B" and "88 Pine St 4B" (f38, f40). A street line also hides: itself
    without its unit, and without its suffix ("88 Pine"); its directional before the name or
    after it ("100 Main St N" and "100 N Main St"), dotted or not ("N.W."); an ordinal with any
    suffix or none ("7th", "7"); its unit's number after any designator ("Unit 3": "#3") (f40)."""
    from optout.streets import is_unit, standard_direction, standard_suffix

    words = re.findall(r"#|[^\s,#]+", value)
    if len(words) < 2:
        return _word(value.strip(), street=False)
    if re.fullmatch(r"[\d\s+().-]+", value):
        # a phone or a date written in parts: its digit groups with up to three separators of any
        # kind between them ("+1 (617) 555-1000", "617.555.1000"), a fifth of the words' pattern
        return r"(?:[\s+_.,/()-]|%2[0-9A-Fa-f]){0,3}".join(re.escape(d) for d in re.findall(r"\d+", value))
    variants = [words]
    cut = next((i for i, w in enumerate(words) if i >= 2 and is_unit(w)), None)
    street = words[:cut] if cut else words
    if cut:
        variants.append(street)
    if len(street) >= 3 and any(c.isdigit() for c in street[0]):
        # the directional on the other side of the name: "100 Main St N" <-> "100 N Main St"
        if standard_direction(street[-1]) and not standard_direction(street[1]):
            variants.append([street[0], street[-1], *street[1:-1]])
        elif standard_direction(street[1]) and not standard_direction(street[-1]):
            variants.append([street[0], *street[2:], street[1]])
        # the name without its suffix: "88 Pine" (a number and the name: never the name alone)
        sfx = next((i for i, w in enumerate(street) if i >= 2 and standard_suffix(w)), None)
        if sfx is not None:
            variants.append(street[:sfx])
        # the number after the street, as some brokers and forms print it: "Pine St 88", "Pine 88" (f41)
        if cut:  # and its unit after the number, tried first: "Oak Ave 40 Apt 4B", "Oak Ave 40 4B"
            variants.append([*street[1:], street[0], *words[cut:]])
        variants.append([*street[1:], street[0]])
        if sfx is not None:
            variants.append([*street[1:sfx], street[0]])
    return "|".join(dict.fromkeys(_join(v) for v in variants))


class Held:
    """The values one :func:`redact_values` call holds; ``release()`` lets them go (once; again
    does nothing). A value another hold still has stays redacted."""

    __slots__ = ("_mine", "_short")

    def __init__(self, values: tuple[str, ...], short: tuple[str, ...] = ()):
        self._mine: tuple[str, ...] | None = values
        self._short = short

    def release(self) -> None:
        global _stale
        with _lock:
            values, self._mine = self._mine, None
            short, self._short = (self._short if values is not None else ()), ()
            for table, held in ((_values, values or ()), (_short, short)):
                for v in held:
                    n = table.get(v, 0) - 1
                    if n <= 0:
                        table.pop(v, None)
                        _stale = True
                    else:
                        table[v] = n


def redact_values(values: Iterable[str], short: Iterable[str] = ()) -> Held:
    """Hold a person's values so no log line can carry them until the returned hold is released.
    Values of fewer than 3 characters are not held as values (they are inside too many words).

    ``short``: the two-letter words of the person's names (``Person.short_values``: "Vu", "Le"),
    each also in its ASCII form ("Lê" → "Le"). A line hides one only as a whole word (no letter or
    digit glued to it: "Le" of "levels" stays) that (1) stands beside a held value hidden in the
    same line, or beside another such word ("Le, [redacted]", "VU LE"), up to three separators
    between them (space, comma, dot, slash, hyphen, underscore, plus, ``%20``), or (2) is a field's
    value on its own (after ``=`` or ``:``, up to a quote, ``&``, ``;``, ``,``, a space or the end:
    ``last=le&``, ``"name": "Vu"``). Anywhere else, an English "Le" or "do" of a line that has
    nothing to do with the person stays as it is (f42).

    The pattern of every value held is compiled when the next line is redacted, not here: a run
    opens each of its people (one call each), and compiling the whole alternation at every call
    cost each case in proportion to the people opened before it (0.05 CPU-s per case at 32
    people, issue 15), for log lines that at the default level are mostly never written."""
    global _stale
    mine = tuple(dict.fromkeys(v for v in values if v and len(v) >= 3))
    words = tuple(dict.fromkeys(f for w in short if w and 1 < len(w) < 3 for f in (w.casefold(), _ascii(w).casefold())
                                if len(f) == 2 and f.isalpha()))
    with _lock:
        for table, held in ((_values, mine), (_short, words)):
            for v in held:
                if v not in table:
                    _stale = True
                table[v] = table.get(v, 0) + 1
    return Held(mine, words)


def held_values() -> frozenset[str]:
    """The values held now (for tests: what a process still keeps)."""
    with _lock:
        return frozenset(_values)


def _needed(values: set[str]) -> list[str]:
    """``values`` without the names of several words each of which is held alone: the pattern
    matches anywhere, so "María López" is hidden word by word ("[redacted] [redacted]") by
    "María" and "López", in any order and glued ("LopezMaria"). Dropping them keeps the
    alternation a third of its size (the pattern's build for 32 open people took 0.35 s, f41); a
    name with a word too short to hold alone ("Le Van Vu") and every street line stay whole."""
    alone = {v.casefold() for v in values if not re.search(r"[\s,#]", v)}

    def redundant(v: str) -> bool:
        words = re.findall(r"[^\s,#-]+", v)
        return len(words) > 1 and all(w.casefold() in alone for w in words)

    return [v for v in values if not redundant(v)]


def _current() -> tuple[re.Pattern[str] | None, str | None]:
    """The pattern of every value registered, compiled again if values came since the last line,
    and its alternation's source (for :func:`_whole_words`, compiled only when an id needs it)."""
    global _patterns, _stale, _whole
    if _stale:
        with _lock:
            if _stale:
                alts = sorted({_alternative(v) for v in _needed(set(_values) | {_ascii(v) for v in _values})},
                              key=len, reverse=True)
                _patterns = (re.compile("|".join(alts), re.IGNORECASE), "|".join(alts)) if alts else (None, None)
                _whole = None
                _short_patterns()
                _stale = False
    return _patterns


#: What may stand between a held name's two-letter word and the held value beside it (f42).
_NEAR = r"(?:[\s+_.,/-]|%20){1,3}"


def _short_patterns() -> None:
    """Compile the patterns that hide the held two-letter name words (:func:`redact_values`'s rule),
    under ``_lock``: one before a hidden value, one after a hidden value or another such word, and
    one as a field's value on its own."""
    global _short_compiled
    if not _short:
        _short_compiled = None
        return
    w = "|".join(sorted(map(re.escape, _short)))
    word = f"(?<![^\\W_])(?:{w})(?![^\\W_])"
    _short_compiled = (
        re.compile(f"({word})({_NEAR})(?=\\[redacted\\]|(?:{w})(?![^\\W_]))", re.IGNORECASE),
        re.compile(f"(\\[redacted\\]{_NEAR})({word})", re.IGNORECASE),
        # after "=" up to a delimiter or a space (``last=le&``, logfmt's ``last=le broker=x``); after
        # ":" only up to a quote, a delimiter or the line's end ("name: Vu", never ": do not retry")
        re.compile(f"(=['\"]?|:\\s?['\"]?)({w})(?=['\"]|(?<==(?:{w}))\\s|[&;,)\\]}}]|$)", re.IGNORECASE),
    )


def _hide_short(text: str) -> str:
    """``text`` with the held two-letter name words hidden where :func:`redact_values` says."""
    compiled = _short_compiled
    if compiled is None:
        return text
    before, after, alone = compiled
    for _ in range(4):  # "LE VU [redacted]": each pass hides the word beside the last one hidden
        new = after.sub(r"\1[redacted]", before.sub(r"[redacted]\2", text))
        if new == text:
            break
        text = new
    return alone.sub(r"\1[redacted]", text)


def _whole_words() -> re.Pattern[str] | None:
    """The held values as whole words only (not inside a longer word): for an id-keyed value. Compiled
    on first need: most ids carry no held value at all, and the compile costs as much as the pattern's."""
    global _whole
    source = _current()[1]
    if source is None:
        return None
    with _lock:
        if _whole is None or _whole[0] != source:
            _whole = (source, re.compile(f"(?<![^\\W_])(?:{source})(?![^\\W_])", re.IGNORECASE))
        return _whole[1]


def hide_secrets(text: str) -> str:
    """``text`` without the passwords a URL or a ``password=`` pair carries (the user and host stay,
    they say which store or mailbox is meant)."""
    return _PASSWORD_PAIR.sub(r"\1[redacted]", _URL_PASSWORD.sub(r"\1[redacted]@", text))


def without_url_password(url: str) -> str:
    """``url`` with its password taken out (``scheme://user:@host``), for a parser to read the rest."""
    return _URL_PASSWORD.sub(r"\1@", url)


def hold_secrets(values: Iterable[str | None]) -> Held:
    """Hold a setting's secrets (a store's or mailbox's password, the vault's passphrase) as a
    person's values are held: no line :func:`redact` passes can carry them, in any spelling a URL
    gives them (percent-encoded too). For the process's life unless the hold is released."""
    from urllib.parse import unquote

    found = [v for v in values if v]
    return redact_values(found + [unquote(v) for v in found])


def url_secrets(url: str | None) -> list[str]:
    """The password a store or mailbox URL carries, in its authority or as ``?password=``."""
    from urllib.parse import parse_qsl, urlsplit

    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    found = [m.group(0)[len(m.group(1)):-1] for m in _URL_PASSWORD.finditer(url)]  # '?', '#', '/' in it too
    userinfo = parts.netloc.rpartition("@")[0]
    found += [userinfo.split(":", 1)[1]] if ":" in userinfo else []
    return found + [v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() == "password"]


#: The files a person named on the command line, each as the pattern of every spelling a message
#: gives it (as typed, absolute, resolved, its base name) and the label said instead (:func:`name_files`).
_files: list[tuple[re.Pattern[str], str]] = []


def name_files(files: Iterable[tuple[str, str]]) -> None:
    """Say each file a person named (``(path as typed, label)``, the label such as "argument 3")
    by its label in every line :func:`redact` passes (every error line of the CLI, every log line):
    a clinic names files after its clients ("maria_garcia.yaml"), and stderr reaches cron mail
    and the systemd journal, which are logs (STYLE.md: personal data never in logs or errors).
    The place on the command line tells the reader which file is meant without its name; a hash
    would tell a volunteer nothing. Until the next call: each command names its own files (a test
    or a dashboard that runs several commands in one process must not carry one's into another's)."""
    import os

    _files.clear()
    for typed, label in files:
        spellings = {typed, os.path.normpath(typed)}
        with contextlib.suppress(OSError, ValueError):
            spellings |= {os.path.abspath(typed), os.path.realpath(typed)}
        base = os.path.basename(os.path.normpath(typed))
        # a base name alone only when it cannot be a word a message says ("maria_garcia.yaml",
        # "clients-2026"): a folder called "data", "reports" or "optout" would turn those words of
        # every message into "argument 2" (the full path is still said by its place)
        if re.search(r"[._\d-]", base.strip(".")):
            spellings.add(base)
        alts = "|".join(re.escape(v) for v in sorted((v for v in spellings if v and v != "."), key=len, reverse=True))
        if alts:
            _files.append((re.compile(f"(?<![\\w./-])(?:{alts})(?![\\w/-]|\\.\\w)"), label))


def file_label(text: str) -> str:
    """``text`` with each file a person named on the command line said by its label ("argument 2",
    :func:`name_files`) instead of its name: for what a command prints on success too (its table,
    its ``--json``, its summary), since stdout reaches cron mail as the logs do (f38: ``person add``
    and ``person import`` printed the file's name, which a clinic makes its client's)."""
    for pattern_, label in _files:
        text = pattern_.sub(label, text)
    return text


def _glued(before: str, after: str) -> bool:
    """Whether two neighbouring characters are letters of one word: both letters of a cased script
    (Latin, Greek, Cyrillic, Armenian: words there are spaced), and not a capital after a small letter
    ("AnnaLopez": two words run together). Letters of a script written without spaces between words
    or with particles glued to a name (Chinese, Japanese, Thai, Korean, Arabic, Devanagari...) never
    are: a held value there is hidden wherever it stands, as before (hiding more, never less)."""
    return (before.isalpha() and after.isalpha() and before.lower() != before.upper()
            and after.lower() != after.upper() and not (before.islower() and after.isupper()))


#: a held value this long is hidden even inside a longer word (:func:`_hide_words`); shorter ones
#: ("Thi", "Lan", "Kim", "Ana") sit inside common words ("this", "plan", "skim") and are hidden as words
LONG_WORD = 5


def _hide_words(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with each match of ``pattern`` hidden when it is a whole word: no letter of the same
    word glued to it on either side (trial44: "Thị" held as "Thi" hid "this" and "within"), or
    when the letters glued to it are themselves held values run together ("lopezmaria",
    "NguyenThuHang": every letter of the run is a held value's), or when it is ``LONG_WORD`` letters
    or more ("Garcias": a name's plural or case ending must not show the name)."""
    spans = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    if not spans:
        return text
    hide: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):  # a chain: matches that touch, end to start
        j = i
        while j + 1 < len(spans) and spans[j + 1][0] == spans[j][1]:
            j += 1
        chain = spans[i:j + 1]

        def free(a: int, b: int, first: int) -> bool:
            start = a == 0 or not _glued(text[a - 1], text[a]) or (
                # an initial before a long value, as a user name or a slug writes it ("mnguyen"): no
                # word of English or Spanish is one letter and a held name of five or more
                first - a >= 5 and (a == 1 or not text[a - 2].isalpha()))
            return start and (b == len(text) or not _glued(text[b - 1], text[b]))

        if free(chain[0][0], chain[-1][1], chain[0][1]):
            hide += chain
        else:
            # a held value of LONG_WORD letters or more is hidden wherever it stands: glued to it are a
            # plural or a case ending of the name itself ("Garcias", "Nguyens"), and no common word
            # that such a name sits inside is worth a name shown ("primaria" hides "Maria" too)
            hide += [(a, b) for a, b in chain if b - a >= LONG_WORD or free(a, b, b)]
        i = j + 1
    out, at = [], 0
    for a, b in hide:
        out += [text[at:a], "[redacted]"]
        at = b
    return "".join(out) + text[at:]


def redact(text: str) -> str:
    text = hide_secrets(file_label(text))
    pattern = _current()[0]
    if pattern is not None:
        text = _hide_words(pattern, text)
    text = _hide_short(text)
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[phone]", text)


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_scrub(v) for v in value)
    if isinstance(value, BaseException):
        return redact(f"{type(value).__name__}: {value}")
    return value


def _scrub_id(value: Any) -> Any:
    """An id-keyed value (:data:`ID_KEYS`): a person's value in it redacted as a whole word only."""
    if not isinstance(value, str):
        return _scrub(value)
    pattern = _current()[0]
    if pattern is not None and pattern.search(value) and (whole := _whole_words()) is not None:
        value = whole.sub("[redacted]", value)
    value = hide_secrets(value)
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", value))


def redaction_processor(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    return {k: _scrub_id(v) if k in ID_KEYS else _scrub(v) for k, v in event_dict.items()}


class _CurrentStderr:
    """Whatever ``sys.stderr`` is when a line is written, not when logging was configured: a
    stream swapped later (a test's capture, a daemon's redirect) never leaves the logger writing
    to a closed file."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()

    def isatty(self) -> bool:
        return sys.stderr.isatty()


def _plain(_logger: Any, _name: str, event_dict: dict[str, Any]) -> str:
    """``optout: warning: broker keeps failing: backing off (failures=3, until=...)``: one line."""
    d = dict(event_dict)
    level = d.pop("level", "info")
    event = str(d.pop("event", ""))
    for k in ("timestamp", "logger", "exc_info", "stack_info"):
        d.pop(k, None)
    extras = ", ".join(f"{k}={v}" for k, v in d.items())
    text = " ".join(f"{event}{f' ({extras})' if extras else ''}".split())  # no line breaks in values
    return f"optout: {'' if level == 'info' else level + ': '}{text}"


def _exception_line(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """An exception as ``error=Type: message`` (plain lines carry no traceback)."""
    exc = event_dict.get("exc_info")
    if exc:
        err = sys.exc_info()[1] if exc is True else exc[1] if isinstance(exc, tuple) else exc
        if isinstance(err, BaseException):
            event_dict.setdefault("error", err)
    return event_dict


def resolve_format(fmt: str, stream: Any = None) -> str:
    """``auto`` -> ``console`` on a terminal, ``plain`` elsewhere; any other format as it is."""
    if fmt != "auto":
        return fmt
    stream = stream or sys.stderr
    return "console" if getattr(stream, "isatty", lambda: False)() else "plain"


def _in_language(lang: str) -> Any:
    """A processor that says a line's event, and in ``plain`` its level, in ``lang``: the
    catalogue's ``log:<event>`` and ``log:level.<level>`` (optout/locales); an event without a text
    stays as it is. Its fields (names and values) are never translated: they are for the operator."""
    from optout.reasons import text

    def say(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
        event = event_dict.get("event")
        if isinstance(event, str):
            event_dict["event"] = text(f"log:{event}", lang) or event
        level = event_dict.get("level")
        if isinstance(level, str):
            event_dict["level"] = text(f"log:level.{level}", lang) or level
        return event_dict

    return say


def configure(level: str = "info", fmt: str = "auto", stream: Any = None, lang: str = "en") -> None:
    """``fmt``: ``auto``, ``plain``, ``console`` or ``json`` (see the module's text). ``lang``: the
    reader's language for ``plain`` and ``console`` lines (a line's event and level, see
    :func:`_in_language`); ``json`` stays English, for a log collector."""
    stream = stream or _CurrentStderr()
    fmt = resolve_format(fmt, stream)
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    if fmt == "json":
        renderer: list[Any] = [
            # structured tracebacks; never with local variables (they hold personal data)
            structlog.processors.ExceptionRenderer(structlog.tracebacks.ExceptionDictTransformer(show_locals=False)),
            redaction_processor,
            structlog.processors.JSONRenderer(),
        ]
    elif fmt == "plain":
        renderer = [_exception_line, redaction_processor, *([_in_language(lang)] if lang != "en" else []), _plain]
    else:
        renderer = [
            structlog.processors.format_exc_info,  # plain text traceback, no locals
            redaction_processor,
            *([_in_language(lang)] if lang != "en" else []),
            structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback),
        ]
    structlog.configure(
        processors=shared + renderer,
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=stream),
        cache_logger_on_first_use=False,
    )


def get_logger(name: str | None = None) -> Any:
    return structlog.get_logger(name)


def bind_contextvars(**values: Any) -> None:
    """Bind ``values`` to every log line of the current task (``structlog.contextvars``)."""
    structlog.contextvars.bind_contextvars(**values)


def unbind_contextvars(*keys: str) -> None:
    structlog.contextvars.unbind_contextvars(*keys)
