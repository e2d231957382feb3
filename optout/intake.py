"""Bulk intake: a clinic's spreadsheet (CSV) of people → profiles, with every bad cell named.

The file (``optout person import FILE.csv``; see README, "Many people at once") has a header row;
column names are the profile's field names (case, accents and spaces ignored; the other names in
``COLUMN_SYNONYMS`` too: nombre, apellidos, fecha_de_nacimiento, surname, phone…), in any order:

============== ====================================================================================
column         what goes in it
============== ====================================================================================
label          a short name of the volunteer's choosing (file number, initials); unique
first_name     required, or last_name: a one-part name (no surname) goes in either, once
middle_name
last_name      both surnames when there are two ("Ramírez García")
aliases        other names, in full (maiden name, other spellings, other order)
birth_date     YYYY-MM-DD; or with slashes (11/23/1979) when the sheet's own dates show which way it
               writes them: one that can only be month first, or only day first (:func:`slash_order`);
               a year alone (1988) is the birth year
birth_year     four digits (when the date is not known)
emails
phones
optout_email   where brokers' confirmation mails should go
care_of_email  the e-mail of someone else who receives mail for the client (a daughter's, a
               caseworker's); never given as the client's own (``Person.care_of_email``)
post_only      yes when the client asked to be contacted by post only (yes/no, sí/no, x, 1/0; empty: no):
               no e-mail address of theirs goes to a broker (``Person.post_only``)
street         the current address: street and number
apartment      apartment, suite or unit ("Apt 4B"); added after the street
city
state          two letters for a US address (IL, CA, TX), or the state's name
zip
country        two letters, or the country's name in English or Spanish (Estados Unidos, USA, México); default US
past_addresses earlier addresses, each "street, city, ST ZIP" or "city, ST" (US), or abroad
               "street, postcode city, Country" or "city, Country" (the country in English,
               Spanish or its own language: "Kaiserstraße 12, 63065 Offenbach, Deutschland")
relatives      names of relatives, in full
suffix         Jr, Sr, II, III or IV (also read off the end of last_name: "Smith Jr")
language       the language the person reads, as a code (es, en, ht) or its name in English or
               Spanish (Spanish, Español) or in its own words (Kreyòl, Tiếng Việt): their report's
               and messages' language
name_order     the order the client writes their name in, where the language does not say it
               (``Person.name_order``): family_first / given_first, or in words, in English or
               Spanish ("family name first", "apellido primero"; "given name first", "nombre
               primero"); empty: the language's order
============== ====================================================================================

Headings may carry punctuation ("No. Expediente", "Nombre(s)", "Tel."); a second surname may have
a column of its own ("Segundo apellido", "Apellido materno"), joined after the first in
``last_name``. When the first row names both required columns, a heading that is no column's name
and no near miss of one ("Notas") is a column of the clinic's own: left out, and named by position
(:attr:`Sheet.left_out`).

Several values in one cell (emails, phones, aliases, past_addresses, relatives) are separated by a
line break, ``|``, or ``;`` (``;`` only when the file's columns are not themselves separated by
``;``). The file is UTF-8, with or without a byte-order mark, with LF or CRLF line ends; columns
separated by commas, semicolons (spreadsheets in Spanish and other locales) or tabs. Two other
encodings spreadsheets write are read too: UTF-16 with its byte-order mark (Excel's "Unicode
text"), and Windows-1252 (Excel's plain "CSV" on a Windows set to English or Spanish), the latter
only when every character it gives beyond ASCII is a letter, so a file in another encoding is
refused rather than read into wrong names. A spreadsheet saved so writes "?" for each letter the
code page lacks (Vietnamese ư ơ ă đ): a row with "?" touching a letter in a name or a place
(``LETTER_COLUMNS``) is refused (``input_lost_letters``), naming its row and column, never the value:
the file must be saved as "CSV UTF-8".

Nothing here prints or logs a value: a problem names the row (as the spreadsheet numbers it: the
header is row 1), the column, and what was expected.
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from optout.errors import Exit, OptoutError
from optout.files import TooLarge, read_capped
from optout.person import (LANGUAGE_TAG, NAME_REQUIRED, NOT_REAL_DATE, Person, country_code, input_message,
                           input_reason, language_code, unreal_date)
from optout.reasons import Reason
from optout.usstates import written_state

COLUMNS: tuple[str, ...] = (
    "label", "first_name", "middle_name", "last_name", "aliases", "birth_date", "birth_year", "emails",
    "phones", "optout_email", "care_of_email", "post_only", "street", "apartment", "city", "state", "zip", "country", "past_addresses",
    "relatives", "suffix", "language", "name_order",
)
#: The largest sheet read, and the most rows: a clinic's list of 20,000 clients is about 2 MB and
#: took 36 s to check on a shared 2-core machine (1.8 ms a row), so 5 MB or 50,000 rows is room for
#: any clinic's list in a minute or two, and a bigger file (a whole database export, a file chosen by
#: mistake) is refused at once instead of read for a quarter of an hour (issue trial36).
MAX_SHEET_BYTES = 5 * 1024 * 1024
MAX_SHEET_ROWS = 50_000
LISTS = frozenset({"aliases", "emails", "phones", "past_addresses", "relatives"})
REQUIRED = ("first_name", "last_name")

#: The columns a person's words sit in, where a "?" never belongs: names, places, e-mail addresses,
#: phones and the notes beside them, the label (often the client's name), the language. One there,
#: touching a letter or digit ("Nguy?n", "?inh", "c?a m?" beside a phone), is a letter the file's
#: encoding could not keep: a spreadsheet saved as plain "CSV" (Windows-1252) writes "?" for every
#: character that code page lacks, Vietnamese ư ơ ă đ among them. f41 read names and addresses
#: only; f42 every column but :data:`NOT_WORDS` (a test holds every column to one of the two).
LETTER_COLUMNS = ("label", "first_name", "middle_name", "last_name", "aliases", "emails", "phones", "optout_email",
                  "care_of_email", "street", "apartment", "city", "country", "past_addresses", "relatives",
                  "language")
#: The columns of codes, numbers and dates, whose own check says what is wrong with a "?" in them
#: (a date, a year, a yes/no, a state's or ZIP code, a generational suffix): "a letter was lost" would
#: be the wrong words there.
NOT_WORDS = ("birth_date", "birth_year", "post_only", "state", "zip", "suffix", "name_order")
_LOST_LETTER = re.compile(r"\w\?|\?\w")
LOST_LETTERS = ('has "?" where a letter was: the sheet was saved in an encoding without that letter (Excel\'s '
                'plain "CSV" has no \u01b0 \u01a1 \u0103 \u0111); save it as "CSV UTF-8" and import it again')

_LATIN1_LETTER = re.compile("[\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_US_TAIL = re.compile(r"^(?P<state>[A-Za-z]{2})(?:\s+(?P<zip>\d{5}(?:-\d{4})?))?$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one row: ``row`` as the spreadsheet numbers it (header = 1)."""

    row: int
    column: str
    problem: str  # English, for the CLI's table
    why: Reason | None = None  # the same as a code (optout.reasons), for the dashboard in any language


class FileRejected(OptoutError):
    """The file cannot be read as a whole (encoding, header): nothing was imported. ``why``: the
    same as a reason code (optout.reasons), for a reader in any language."""

    def __init__(self, message: str, why: Reason | None = None):
        self.why = why
        super().__init__(message)


class RowsRejected(OptoutError):
    """Some rows are wrong: nothing was imported. ``problems`` lists them all."""

    def __init__(self, message: str, problems: list[Problem]):
        self.problems = problems
        super().__init__(message)


def decode(path: Path) -> str:
    """The file's text: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark, or
    Windows-1252 when every non-ASCII character it yields is a letter (see the module's docstring).
    Anything else raises ``FileRejected`` saying how to save the file from a spreadsheet; so does a
    file over ``MAX_SHEET_BYTES`` (read no further than that) or one that is not a regular file."""
    try:
        raw = read_capped(path, MAX_SHEET_BYTES)
    except TooLarge:
        mb = MAX_SHEET_BYTES // (1024 * 1024)
        raise FileRejected(f"{path}: larger than {mb} MB; a sheet of clients is smaller: split it, "
                           "or check that it is the right file", Reason("import_too_large", {"limit": mb})) from None
    except FileNotFoundError:
        e = FileRejected(f"{path}: no such file; check the name and the folder", Reason("import_missing_file"))
        e.exit_code = Exit.NOINPUT  # as a missing profile file: something the command needs is not there
        raise e from None
    except IsADirectoryError:
        e = FileRejected(f"{path}: a folder, not a file; give the file itself", Reason("file_is_folder"))
        e.exit_code = Exit.NOINPUT  # as a profile given as a folder: the file the command needs is not there
        raise e from None
    except OSError as e:
        raise FileRejected(f"{path}: cannot read the file ({e.strerror})", Reason("import_unreadable")) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")  # the byte-order mark says which order; it is dropped
        except UnicodeDecodeError:
            raise FileRejected(f'{path}: the file says it is UTF-16 but is not; save it as "CSV UTF-8" '
                               "and import it again", Reason("import_encoding", {"line": 1})) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        text = _windows_1252(raw)
        if text is not None:
            return text
        raise FileRejected(f"{path}: line {line} is neither UTF-8 nor Windows-1252 text (it may be Mac Roman); "
                           'save it as "CSV UTF-8" and import it again', Reason("import_encoding", {"line": line})) from None


def _windows_1252(raw: bytes) -> str | None:
    """``raw`` read as Windows-1252, or None unless every character beyond ASCII is one of its
    Latin-1 letters (bytes 0xAA, 0xBA, 0xC0-0xFF but × and ÷: á é í ó ú ñ ü ç ß ª º…). Names in
    Spanish, French, Portuguese or German are written with those; the same names saved as Mac Roman
    or a DOS code page put their accented letters at 0x80-0x9F, which Windows-1252 reads as
    punctuation or as other letters (Mac Roman's "í" is Windows-1252's "’", its "é" is "Ž"), so
    such a file is refused rather than read into wrong names."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if all(ch.isascii() or _LATIN1_LETTER.fullmatch(ch) for ch in text):
        return text
    return None


def open_quote(text: str, delimiter: str = ",") -> tuple[int, int] | None:
    """``(row, column)`` (both from 1, a row as a spreadsheet numbers it: a quoted cell's line
    breaks stay in its row) of a cell whose opening quote is never closed, or None. Python's
    ``csv`` reader, as a spreadsheet writes CSV (not strict), reads such a cell to the end of the
    file: every later row becomes one long cell, which was then refused as "longer than 200
    characters" (f37). The quote rules are the reader's: a quote opens a cell only as its first
    character, ``""`` inside is one quote, text after a closing quote joins the cell. An even count
    of quotes is checked first: only a file that may have one open is read character by character."""
    if text.count('"') % 2 == 0:
        return None  # every quote pairs (a quote inside a cell is literal and may be odd: read below)
    row, column, start, quoted, opened = 1, 1, True, False, (0, 0)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if text.startswith('"', i + 1):
                    i += 1  # "" is one quote
                else:
                    quoted = False
            i += 1
            continue
        if ch == delimiter:
            column, start = column + 1, True
        elif ch in "\r\n":
            if ch == "\r" and text.startswith("\n", i + 1):
                i += 1
            row, column, start = row + 1, 1, True
        else:
            if ch == '"' and start:
                quoted, opened = True, (row, column)
            start = False
        i += 1
    return opened if quoted else None


def csv_rows(text: str, delimiter: str, where: str, header: list[str] | None = None) -> Any:
    """A ``csv.reader`` over ``text``, after refusing a cell whose quote is never closed
    (:func:`open_quote`) with ``FileRejected``: ``where: row R, column C (name): a quote (") is
    not closed``, reason ``import_open_quote`` (``import_open_quote_in`` with the name); the column's name only when ``header`` (the first
    row, read on its own) names a known column; never the cell's value."""
    at = open_quote(text, delimiter)
    if at is not None:
        row, column = at
        named = column_name(header[column - 1]) if header and row > 1 and column <= len(header) else ""
        named = named if named in (*COLUMNS, SECOND_SURNAME) else ""
        raise FileRejected(f"{where}: row {row}, column {column}{f' ({named})' if named else ''}: a quote (\") is "
                           "not closed, so the rest of the file would be read into that cell; close it, or save "
                           "the sheet again as CSV from the spreadsheet",
                           Reason("import_open_quote_in", {"row": row, "position": column, "column": named})
                           if named else Reason("import_open_quote", {"row": row, "position": column}))
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _split(cell: str, delimiter: str) -> list[str]:
    seps = "\n|" + ("" if delimiter == ";" else ";")
    parts = re.split("[" + re.escape(seps) + "]", cell.replace("\r", "\n"))
    return [p.strip() for p in parts if p.strip()]


def _address(text: str) -> dict[str, Any] | None:
    """``"street, city, ST ZIP"`` or ``"city, ST"`` (the state by its code or written out, as
    "Georgia 30301") → a US address dict; or, abroad, ``"street, postcode city, Country"`` or
    ``"city, Country"``, the country by its name in English, Spanish or its own language
    ("Deutschland", "Belgique", "México"; a postcode may stand before it, as "63065 Deutschland")
    → an address in that country; None if neither shape. A name that is both a state and a
    country ("Georgia") is the state."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    addr: dict[str, Any]
    if m := _US_TAIL.match(parts[-1]):
        addr = {"city": parts[-2], "state": m["state"].upper()}
        if m["zip"]:
            addr["zip"] = m["zip"]
    elif (m := _WRITTEN_TAIL.match(parts[-1])) and (state := written_state(m["name"])):
        addr = {"city": parts[-2], "state": state}
        if m["zip"]:
            addr["zip"] = m["zip"]
    else:
        m = _ABROAD_TAIL.match(parts[-1])
        country = country_code(m["name"]) if m else None
        if m is None or country is None or country == "US":
            return None
        city = _POSTCODE_FIRST.match(parts[-2])
        addr = {"country": country, "city": city["city"] if city else parts[-2]}
        if postcode := (city["code"] if city else None) or m["code"]:
            addr["zip"] = postcode
    if len(parts) > 2:
        addr["street"] = ", ".join(parts[:-2])
    return addr


#: A past address's last part written out: a state's name and its ZIP ("Georgia 30301"), or a
#: country's name, after its postcode when a form put it there ("63065 Deutschland").
_WRITTEN_TAIL = re.compile(r"^(?P<name>\D+?)(?:\s+(?P<zip>\d{5}(?:-\d{4})?))?$")
_ABROAD_TAIL = re.compile(r"^(?:(?P<code>[A-Za-z]{0,2}-?\d[\w-]{1,9})\s+)?(?P<name>\D+)$")
#: A European city part with its postcode first: "63065 Offenbach am Main", "1030 Schaerbeek", "F-75011 Paris".
_POSTCODE_FIRST = re.compile(r"^(?P<code>[A-Za-z]{0,2}-?\d[\w-]{1,9})\s+(?P<city>\D.*)$")


def _column(loc: tuple[Any, ...]) -> str:
    """The spreadsheet column a pydantic error location belongs to."""
    if not loc:
        return "(row)"
    if loc[0] == "addresses":
        if len(loc) > 1 and loc[1] == 0:
            return str(loc[2]) if len(loc) > 2 else "state"
        return "past_addresses"
    return str(loc[0])


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def slash_order(dates: list[str]) -> str | None:
    """The order of a sheet's dates with slashes, when the sheet itself shows it: ``"mdy"`` when one
    of them can only be month first (11/23/1979), ``"dmy"`` when one can only be day first
    (23/11/1979), else None (every one could be either, as 03/04/1985, or the sheet shows both). A
    spreadsheet writes every date of a column in its one locale's order, so one date that can be read
    one way only tells how to read the others."""
    seen = set()
    for text in dates:
        m = _SLASHED.fullmatch(text.strip())
        if m:
            first, second = int(m[1]), int(m[2])
            if second > 12 >= first:
                seen.add("mdy")
            elif first > 12 >= second:
                seen.add("dmy")
    return seen.pop() if len(seen) == 1 else None


def _one_way(text: str) -> str | None:
    """``"mdy"`` for a date with slashes that can only be month first (11/23/1979), ``"dmy"`` for
    one that can only be day first (23/11/1979), else None."""
    m = _SLASHED.fullmatch(text.strip())
    if not m:
        return None
    first, second = int(m[1]), int(m[2])
    return "mdy" if second > 12 >= first else "dmy" if first > 12 >= second else None


def _mixed_orders(rows: dict[int, str]) -> dict[int, Problem]:
    """A sheet whose dates show both orders (rows ``{row: "mdy" | "dmy"}`` of dates readable one
    way only): the rows of the rarer order (of both, on a tie) each named with a few rows of the
    other, so a volunteer corrects the one or two odd dates instead of retyping every date."""
    by = {o: [r for r, x in sorted(rows.items()) if x == o] for o in ("mdy", "dmy")}
    if not by["mdy"] or not by["dmy"]:
        return {}
    odd = [o for o in by if len(by[o]) <= len(by["dmy" if o == "mdy" else "mdy"])]
    out = {}
    for o in odd:
        others = by["dmy" if o == "mdy" else "mdy"]
        shown = ", ".join(map(str, others[:3])) + (", …" if len(others) > 3 else "")
        why = Reason("input_date_only_month_first" if o == "mdy" else "input_date_only_day_first", {"rows": shown})
        for r in by[o]:
            out[r] = Problem(r, "birth_date", why.english, why)
    return out


def _row_to_data(cells: dict[str, str], delimiter: str, row: int, order: str | None = None
                 ) -> tuple[dict[str, Any], list[Problem]]:
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for col in ("label", "first_name", "middle_name", "last_name", "suffix", "optout_email", "care_of_email", "birth_date",
                "language"):
        if cells.get(col):
            data[col] = cells[col]
    if cells.get(SECOND_SURNAME):
        data["last_name"] = " ".join(x for x in (cells.get("last_name"), cells[SECOND_SURNAME]) if x)
    if cells.get("birth_year"):
        if not re.fullmatch(r"\d{4}", cells["birth_year"]):
            problems.append(Problem(row, "birth_year", "expected four digits such as 1984", Reason("input_birth_year")))
        else:
            data["birth_year"] = int(cells["birth_year"])
    if cells.get("birth_date") and re.fullmatch(r"\d{4}", cells["birth_date"]) \
            and cells.get("birth_year", cells["birth_date"]) == cells["birth_date"]:
        # only the year is known, written in the sheet's one date column: it is the birth year
        # (never a guessed day); one that disagrees with a birth-year column is refused below
        del data["birth_date"]
        if "birth_year" not in data and not problems:
            data["birth_year"] = int(cells["birth_date"])
    elif cells.get("birth_date"):
        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cells["birth_date"])
        slashed = _SLASHED.fullmatch(cells["birth_date"])
        if iso:  # year first is read one way only; "1985-4-3" as a spreadsheet may write it
            data["birth_date"] = f"{iso[1]}-{int(iso[2]):02d}-{int(iso[3]):02d}"
        elif slashed and order:  # the sheet's own dates show which way it writes them
            month, day = (slashed[1], slashed[2]) if order == "mdy" else (slashed[2], slashed[1])
            data["birth_date"] = f"{slashed[3]}-{int(month):02d}-{int(day):02d}"
        elif unreal_date(cells["birth_date"]):  # 31/02/1990: no reading of it is a day (f44b)
            problems.append(Problem(row, "birth_date", NOT_REAL_DATE, Reason("input_date_not_real")))
            del data["birth_date"]
        else:
            why = (" (a date with slashes is read two ways: 03/04/1985 is 3 April in Spanish, March 4 in US "
                   "English)") if "/" in cells["birth_date"] else ""
            problems.append(Problem(row, "birth_date", f"expected a date as YYYY-MM-DD, such as 1984-03-02{why}",
                                    Reason("input_date_slashes" if why else "input_date")))
            del data["birth_date"]
    for col in ("aliases", "emails", "phones", "relatives"):
        if cells.get(col):
            data[col] = _split(cells[col], delimiter)
    if cells.get("post_only"):
        answer = YES_NO.get(unicodedata.normalize("NFKD", cells["post_only"]).encode("ascii", "ignore")
                            .decode().strip().lower().rstrip("."))
        if answer is None:
            problems.append(Problem(row, "post_only", "expected yes or no (or x for yes)", Reason("input_yes_no")))
        elif answer:
            data["post_only"] = True
    if cells.get("name_order"):
        said = NAME_ORDERS.get(" ".join(unicodedata.normalize("NFKD", cells["name_order"]).encode("ascii", "ignore")
                                        .decode().lower().replace("_", " ").replace("-", " ").rstrip(".").split()))
        if said is None:
            problems.append(Problem(row, "name_order", "expected family_first (the family name first, as in "
                                    "Nguyen Thi Lan) or given_first", Reason("input_name_order")))
        else:
            data["name_order"] = said
    addresses: list[dict[str, Any]] = []
    if any(cells.get(c) for c in ("street", "apartment", "city", "state", "zip")):
        current: dict[str, Any] = {}
        street = " ".join(x for x in (cells.get("street"), cells.get("apartment")) if x)
        for k, v in (("street", street), ("city", cells.get("city")), ("state", cells.get("state")),
                     ("zip", cells.get("zip")), ("country", cells.get("country"))):
            if v:
                current[k] = v
        if "city" not in current:
            problems.append(Problem(row, "city", "an address needs a city", Reason("input_city")))
        else:
            addresses.append(current)
    for i, text in enumerate(_split(cells.get("past_addresses", ""), delimiter), 1):
        addr = _address(text)
        if addr is None:
            problems.append(Problem(row, "past_addresses",
                                    f'address {i}: expected "street, city, ST ZIP" or "city, ST", or abroad '
                                    '"street, postcode city, Country"',
                                    Reason("input_past_address", {"index": i})))
        else:
            addresses.append(addr)
    if addresses:
        data["addresses"] = addresses
    return data, problems


#: A yes-or-no cell (``post_only``) as clinics write it, in English or Spanish, accents aside.
YES_NO: dict[str, bool] = {
    "yes": True, "y": True, "si": True, "s": True, "x": True, "1": True, "true": True, "verdadero": True,
    "no": False, "n": False, "0": False, "false": False, "falso": False,
}


#: A name order cell (``name_order``) as clinics write it, in English or Spanish, accents, case,
#: hyphens and underscores aside: ``Person.name_order``'s two values.
NAME_ORDERS: dict[str, str] = {
    **{w: "family_first" for w in (
        "family first", "family name first", "surname first", "last name first", "last first",
        "apellido primero", "apellidos primero", "primero el apellido", "primero los apellidos",
        "primero apellido", "primero apellidos")},
    **{w: "given_first" for w in (
        "given first", "given name first", "first name first", "first first",
        "nombre primero", "nombres primero", "primero el nombre", "primero los nombres", "primero nombre",
        "primero nombres")},
}


#: A second surname in a column of its own ("Segundo apellido", "Apellido materno"), as many
#: clinics keep it: added after the first surname in ``last_name`` ("Hernández" + "López").
SECOND_SURNAME = "second_surname"

#: Other names a clinic's sheet may already give a column, in Spanish or English, accents and case
#: aside (a header is matched after :func:`column_name` folds it).
COLUMN_SYNONYMS: dict[str, str] = {
    "given_name": "first_name", "given_names": "first_name", "surname": "last_name", "surnames": "last_name",
    "family_name": "last_name", "date_of_birth": "birth_date", "dob": "birth_date", "email": "emails",
    "e_mail": "emails", "phone": "phones", "phone_number": "phones", "zip_code": "zip", "postal_code": "zip",
    "address": "street", "apt": "apartment", "unit": "apartment",
    "etiqueta": "label", "expediente": "label", "nombre": "first_name", "nombres": "first_name",
    "segundo_nombre": "middle_name", "apellido": "last_name", "apellidos": "last_name",
    "otros_nombres": "aliases", "alias": "aliases", "fecha_de_nacimiento": "birth_date",
    "fecha_nacimiento": "birth_date", "ano_de_nacimiento": "birth_year", "ano_nacimiento": "birth_year",
    "correo": "emails", "correos": "emails", "correo_electronico": "emails",
    "telefono": "phones", "telefonos": "phones", "correo_para_bajas": "optout_email",
    "correo_de_quien_recibe": "care_of_email", "correo_de_otra_persona": "care_of_email",
    "care_of": "care_of_email", "email_care_of": "care_of_email",
    # a clinic's "correo de contacto" is the client's own e-mail: read as someone else's, a letter would tell a broker
    # untruly that it is not theirs (the lead's review)
    "correo_de_contacto": "emails", "email_de_contacto": "emails",
    "solo_por_carta": "post_only", "solo_carta": "post_only", "contacto_solo_por_carta": "post_only", "solo_correo_postal": "post_only",
    "by_post_only": "post_only", "letters_only": "post_only", "contact_by_post_only": "post_only",
    "calle": "street", "direccion": "street", "apartamento": "apartment", "apto": "apartment",
    "ciudad": "city", "estado": "state", "codigo_postal": "zip", "pais": "country",
    "direcciones_anteriores": "past_addresses", "familiares": "relatives", "parientes": "relatives",
    "sufijo": "suffix", "name_suffix": "suffix", "idioma": "language", "lengua": "language",
    "preferred_language": "language", "idioma_preferido": "language",
    "orden_del_nombre": "name_order", "orden_de_nombre": "name_order", "orden_nombre": "name_order",
    "orden_de_los_nombres": "name_order", "name_ordering": "name_order", "order_of_name": "name_order",
    # as a clinic's own sheet heads them: file numbers, abbreviations, two surname columns
    "no_expediente": "label", "num_expediente": "label", "numero_de_expediente": "label",
    "numero_expediente": "label", "expediente_no": "label", "caso": "label", "no_de_caso": "label",
    "numero_de_caso": "label", "case_number": "label", "case_no": "label", "file_number": "label",
    "client_id": "label", "id_cliente": "label",
    "tel": "phones", "cel": "phones", "celular": "phones", "movil": "phones", "cell": "phones",
    "cell_phone": "phones", "mobile": "phones", "telefono_celular": "phones",
    "fecha_de_nac": "birth_date", "fecha_nac": "birth_date", "f_nacimiento": "birth_date",
    "cp": "zip", "domicilio": "street",
    "primer_apellido": "last_name", "apellido_paterno": "last_name",
    "segundo_apellido": SECOND_SURNAME, "apellido_materno": SECOND_SURNAME, "second_surname": SECOND_SURNAME,
}


#: The column names a Spanish-reading volunteer starts from (the example sheet's header row): one
#: name per column, each read back to its column by :func:`column_name` (a test checks the round trip).
SPANISH_HEADERS: dict[str, str] = {
    "label": "etiqueta", "first_name": "nombres", "middle_name": "segundo_nombre", "last_name": "apellidos",
    "aliases": "otros_nombres", "birth_date": "fecha_de_nacimiento", "birth_year": "año_de_nacimiento",
    "emails": "correos", "phones": "teléfonos", "optout_email": "correo_para_bajas",
    "care_of_email": "correo_de_quien_recibe", "post_only": "solo_por_carta",
    "street": "calle",
    "apartment": "apartamento", "city": "ciudad", "state": "estado", "zip": "código_postal", "country": "país",
    "past_addresses": "direcciones_anteriores", "relatives": "familiares", "suffix": "sufijo", "language": "idioma",
    "name_order": "orden_del_nombre",
}


def example_sheet(lang: str = "en") -> bytes:
    """An empty sheet to fill in: the header row of every column (``SPANISH_HEADERS`` for ``es``,
    else the column names), as CSV in UTF-8 with a BOM so that Excel opens accents right.

    No example row: a row left in by mistake would be imported as a person."""
    names = [SPANISH_HEADERS[c] if lang == "es" else c for c in COLUMNS]
    return ("\ufeff" + ",".join(names) + "\r\n").encode("utf-8")


#: Every known name, spelt with or without its underscores ("lastname", "fechadenacimiento").
_BY_LETTERS: dict[str, str] = {k.replace("_", ""): v for k, v in
                               [*((c, c) for c in COLUMNS), *COLUMN_SYNONYMS.items()]}


def column_name(header: str) -> str:
    """A header cell as a column name: case, accents, spaces and hyphens aside ("Fecha de
    nacimiento" → ``birth_date``, "First Name" → ``first_name``); not necessarily a known one."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", header.strip().lower()) if not unicodedata.combining(c))
    # punctuation a sheet's heading carries ("No. Expediente", "Nombre(s)", "Tel.", "C.P.") is a space
    plain = re.sub(r"[^\w\s-]", " ", plain).strip()
    name = re.sub(r"[\s-]+", "_", plain)
    return _BY_LETTERS.get(name.replace("_", ""), name)


def column_letter(position: int) -> str:
    """A 1-based column position as a spreadsheet heads it: 1 → "A", 12 → "L", 28 → "AB"."""
    letters = ""
    while position > 0:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _near_column(name: str) -> str | None:
    """The column a misspelt header was meant to be (``last_nmae`` → last_name), or None."""
    if not re.fullmatch(r"[a-z_]{2,40}", name):
        return None
    near = difflib.get_close_matches(name, [*COLUMNS, *COLUMN_SYNONYMS], n=1, cutoff=0.75)
    return COLUMN_SYNONYMS.get(near[0], near[0]) if near else None


@dataclass(frozen=True)
class Sheet:
    """A read spreadsheet: ``people`` as ``(row number, Person)``, every problem found, and the
    columns left out (1-based positions): headed with a name that is no column's and no near miss
    of one ("Notas", "Fecha de ingreso") in a first row that names the required columns."""

    people: list[tuple[int, Person]]
    problems: list[Problem]
    left_out: tuple[int, ...] = ()
    #: Rows whose language cell names no language optout knows (:func:`optout.person.language_code`,
    #: after its variety words): imported without it, so they read the clinic's language (trial50:
    #: one "Chino mandarín" refused the whole sheet), and the column's 1-based position.
    unknown_language: tuple[int, ...] = ()
    language_column: int = 0


def read_csv(path: Path) -> tuple[list[tuple[int, Person]], list[Problem]]:
    """Every row of the file as ``(row number, Person)``, and every problem found (:func:`read_sheet`)."""
    sheet = read_sheet(path)
    return sheet.people, sheet.problems


def read_sheet(path: Path) -> Sheet:
    """The file's rows as people, its problems and the columns left out. Blank rows are skipped.
    Raises ``FileRejected`` for a file that cannot be read at all: no header row, a column named
    twice, a required column missing, or a heading that is a near miss of a column's name (a
    misspelt "telefno" would otherwise leave the phones out). Its ``source`` is the file's path, so
    the error names the file in every language, as the English message does."""
    try:
        return _read_sheet(path)
    except FileRejected as e:
        e.source = str(path)  # type: ignore[attr-defined]
        raise


def _read_sheet(path: Path) -> Sheet:
    text = decode(path)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        first_row = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except (StopIteration, csv.Error):
        first_row = []
    reader = csv_rows(text, delimiter, str(path), first_row)
    try:
        header = next(reader)
    except StopIteration:
        raise FileRejected(f"{path}: the file is empty; the first row must name the columns",
                           Reason("import_empty")) from None
    except csv.Error as e:
        raise FileRejected(f"{path}: row 1: {e}", Reason("import_bad_row", {"row": 1})) from None
    names = [column_name(h) for h in header]
    known = (*COLUMNS, SECOND_SURNAME)
    # a first row that names both required columns is surely the header: another heading there is
    # a column of the clinic's own (notes, intake date), left out and said, not a refusal
    is_header = all(c in names for c in REQUIRED)
    left_out: list[int] = []
    for i, (h, n) in enumerate(zip(header, names), 1):
        if n and n not in known and is_header and _near_column(n) is None:
            left_out.append(i)
            names[i - 1] = ""
        elif n and n not in known:
            # a header is echoed only when it is a near miss of a column name: a file without a
            # header row has a client's name here, which must not end up in a message
            near = _near_column(n)
            what = f"column {h.strip()!r} is not known (did you mean {near}?)" if near else \
                f"column {i} is not a known column name (is the first row the column names?)"
            why = (Reason("import_unknown_column", {"position": i, "near": near}) if near
                   else Reason("import_not_a_header", {"position": i}))
            raise FileRejected(f"{path}: row 1: {what}; known columns: {', '.join(COLUMNS)}", why)
    for i, n in enumerate(names):
        if n and n in names[:i]:
            raise FileRejected(f"{path}: row 1: columns {names.index(n) + 1} and {i + 1} are both {n}; "
                               "keep one (several values go in one cell, separated by | or a line break)",
                               Reason("import_duplicate_column", {"first": names.index(n) + 1, "second": i + 1,
                                                                  "column": n}))
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise FileRejected(f"{path}: row 1: no {' and no '.join(missing)} column; "
                           f"the first row must name the columns ({', '.join(COLUMNS)})",
                           Reason("import_no_column", {"columns": ", ".join(missing)}))
    lines: list[list[str]] = []
    try:
        lines.extend(itertools.islice(reader, MAX_SHEET_ROWS + 1))
    except csv.Error as e:
        raise FileRejected(f"{path}: row {len(lines) + 2}: {e}", Reason("import_bad_row", {"row": len(lines) + 2})) from None
    if len(lines) > MAX_SHEET_ROWS:
        raise FileRejected(f"{path}: more than {MAX_SHEET_ROWS} rows; split the sheet, or check that it is the right file",
                           Reason("import_too_many_rows", {"max": MAX_SHEET_ROWS}))
    order = None
    mixed: dict[int, Problem] = {}
    if "birth_date" in names:
        at = names.index("birth_date")
        order = slash_order([values[at] for values in lines if len(values) > at])
        if order is None:  # both orders: name the odd rows, and read the others the usual way
            one_way = {row: o for row, values in enumerate(lines, 2)
                       if len(values) > at and (o := _one_way(values[at]))}
            mixed = _mixed_orders(one_way)
            kept = {one_way[r] for r in one_way if r not in mixed}
            order = kept.pop() if len(kept) == 1 else None
    people: list[tuple[int, Person]] = []
    problems: list[Problem] = []
    unknown_language: list[int] = []
    for row, values in enumerate(lines, 2):
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(names):
            problems.append(Problem(row, "(row)", f"{len(values)} cells, but the header names {len(names)}",
                                    Reason("input_cells", {"cells": len(values), "columns": len(names)})))
            continue
        cells = {n: v.strip() for n, v in zip(names, values) if n}
        lost = [c for c in LETTER_COLUMNS if _LOST_LETTER.search(cells.get(c, ""))]
        if lost:
            # a person's words with "?" in a word: a letter the file's encoding lacks, gone when it was
            # saved (Excel's plain "CSV" is Windows-1252: no ư ơ ă đ), never a client's value to add
            problems.append(Problem(row, lost[0], LOST_LETTERS, Reason("input_lost_letters")))
            continue
        if (said := cells.get("language")) and not LANGUAGE_TAG.fullmatch(said) and language_code(said) is None:
            cells = {**cells, "language": ""}  # the row is kept: the clinic's language, and a warning
            unknown_language.append(row)
        data, found = _row_to_data(cells, delimiter, row, None if row in mixed else order)
        if row in mixed:  # its date contradicts the sheet's other dates: said as that, not as "slashes"
            data.pop("birth_date", None)
            found = [mixed[row] if p.column == "birth_date" else p for p in found]
        try:
            person = Person.model_validate(data, context={"intake": True})
        except ValidationError as e:
            reported = {p.column for p in found}
            for err in e.errors():
                col = _column(err["loc"])
                if col not in reported:  # one problem per cell: the one read first
                    msg = "required" if err["type"] == "missing" else input_message(err)
                    why = input_reason(err)
                    if err["type"] == "missing" and col in ("first_name", "last_name"):
                        # no name at all (a one-part name in either column is one name): said once
                        if col == "last_name":
                            continue
                        msg, why = NAME_REQUIRED, Reason("input_name_required")
                    found.append(Problem(row, col, msg, why))
        if found:
            problems += sorted(found, key=lambda p: COLUMNS.index(p.column) if p.column in COLUMNS else 99)
        else:
            people.append((row, person))
    kept = {r for r, _ in people}
    return Sheet(people, problems, tuple(left_out), tuple(r for r in unknown_language if r in kept),
                 names.index("language") + 1 if "language" in names else 0)
