"""Templates in recipes: ``${first_name}``, ``${state|stateFull|downcase}``, ``${listing.profile_url}``.

A template may name:
- a person field from ``optout.person.TEMPLATE_FIELDS`` that the recipe declares in ``inputs``;
- ``listing.profile_url`` / ``listing.name`` / ``listing.id`` / ``listing.age`` / ``listing.location`` and the
  chosen listed address's ``listing.street`` / ``listing.city`` / ``listing.state`` / ``listing.zip``: the
  listing being removed (``optout.steps.extract.listing_values``);
- ``extracted.NAME``: a value an earlier ``extract_value`` step kept.

Filters (the DuckDuckGo PIR names, so imported recipes keep working): ``upcase``, ``downcase``,
``capitalize`` (each word's first letter upper-cased, the rest left as written: ``McDonald`` stays),
``hyphenated`` (spaces -> ``-``), ``snakecase`` (spaces -> ``_``), ``replaceWhitespace:X`` (each run of
white space -> X, nothing when X is absent), ``stateFull``, ``initial``, ``defaultIfEmpty:VALUE``,
``ageRange:18-30,31-40,81+`` (the range holding the age, for a site's age filter).
Value formats a form may insist on: ``digits`` (every digit, nothing else); phones by
libphonenumber (US numbers assumed without a country code): ``phoneDigits`` (the national number,
``3055550134``), ``phoneNational`` (``(305) 555-0134``), ``phoneE164`` (``+13055550134``); dates
(an ISO ``YYYY-MM-DD`` value) by ``date:FORMAT`` with strftime's codes (``date:%m/%d/%Y``).
A value a filter cannot read (not a phone number, not a date) is an error naming the filter.
A placeholder may also be written percent-encoded, ``$%7Bstate%7Cupcase%7D``, as a URL's path holds it.
In URLs, person values are percent-encoded; listing and extracted values are inserted as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from optout.errors import MissingPersonField, TemplateError
from optout.usstates import STATES

_PLACEHOLDER = re.compile(r"\$\{([^{}]*)\}|\$%7B((?:(?!%7D).)*)%7D", re.IGNORECASE)


def _inner(m: re.Match[str]) -> str:
    """The text between the braces, decoded when the placeholder was percent-encoded."""
    if m.group(1) is not None:
        return m.group(1)
    return re.sub(r"%7C", "|", m.group(2), flags=re.IGNORECASE).replace("%20", " ").replace("%3A", ":")
_NAME = re.compile(
    r"^(?:[a-z_][a-z0-9_]*|listing\.(?:profile_url|name|id|age|location|street|city|state|zip)|extracted\.[a-z_][a-z0-9_]*)$")


def age_range(value: str, ranges: str | None) -> str:
    """``44`` with ``18-30,31-40,41-50,81+`` -> ``41-50``: the range a site's age filter expects.
    An age in no range (or not a number) is left as it is."""
    if not value.strip().isdigit():
        return value
    age = int(value)
    for r in (ranges or "").split(","):
        lo, _, hi = r.strip().partition("-")
        lo = lo.rstrip("+")
        if lo.isdigit() and (r.strip().endswith("+") and age >= int(lo) or hi.isdigit() and int(lo) <= age <= int(hi)):
            return r.strip()
    return value


def _phone(fmt: str) -> Callable[[str, str | None], str]:
    def convert(value: str, _arg: str | None) -> str:
        import phonenumbers

        try:
            number = phonenumbers.parse(value, "US")
        except phonenumbers.NumberParseException:
            raise TemplateError("the value is not a phone number (a phone filter)") from None
        if fmt == "digits":
            return str(number.national_number)
        style = {"national": phonenumbers.PhoneNumberFormat.NATIONAL,
                 "e164": phonenumbers.PhoneNumberFormat.E164}[fmt]
        return phonenumbers.format_number(number, style)

    return convert


def _date(value: str, fmt: str | None) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value.strip()).strftime(fmt or "%Y-%m-%d")
    except ValueError:
        raise TemplateError("the value is not a YYYY-MM-DD date (the date filter)") from None


FILTERS: dict[str, Callable[[str, str | None], str]] = {
    "digits": lambda v, _: re.sub(r"\D", "", v),
    "phoneDigits": _phone("digits"),
    "phoneNational": _phone("national"),
    "phoneE164": _phone("e164"),
    "date": _date,
    "upcase": lambda v, _: v.upper(),
    "downcase": lambda v, _: v.lower(),
    "capitalize": lambda v, _: " ".join(w[:1].upper() + w[1:] for w in v.split(" ")),
    "hyphenated": lambda v, _: re.sub(r"\s+", "-", v.strip()),
    "snakecase": lambda v, _: re.sub(r"\s+", "_", v.strip()),
    "replaceWhitespace": lambda v, arg: re.sub(r"\s+", arg or "", v.strip()),
    "stateFull": lambda v, _: STATES.get(v.upper(), v),
    "initial": lambda v, _: v[:1],
    "defaultIfEmpty": lambda v, arg: v or (arg or ""),
    "ageRange": age_range,
}


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    filters: tuple[tuple[str, str | None], ...]

    @property
    def is_person_field(self) -> bool:
        return "." not in self.name


def placeholders(template: str) -> Iterator[Placeholder]:
    """Parse every ``${...}``; raise TemplateError for a malformed one (no values involved)."""
    for m in _PLACEHOLDER.finditer(template):
        inner = _inner(m)
        parts = [p.strip() for p in inner.split("|")]
        name, raw_filters = parts[0], parts[1:]
        if not _NAME.match(name):
            raise TemplateError(f"${{{inner}}}: {name!r} is not a field name")
        filters = []
        for f in raw_filters:
            fname, _, arg = f.partition(":")
            if fname not in FILTERS:
                raise TemplateError(f"${{{inner}}}: unknown filter {fname!r}; known: {', '.join(FILTERS)}")
            filters.append((fname, arg or None))
        yield Placeholder(name, tuple(filters))


#: The mark a one-part name's values carry (``Person.one_part_name``: one name only, kept in both
#: first_name and last_name) for the texts a person reads: letters, task instructions. No template
#: field is named so: no broker is ever sent it.
ONE_PART = "_one_part_name"

_FIRST_LAST = re.compile(r"\$\{first_name\}(\s+)\$\{last_name\}")


def render_prose(template: str, values: Mapping[str, str], *, where: str | None = None, lang: str = "en") -> str:
    """:func:`render` for text a person reads (a task's instructions): a one-part name written
    "${first_name} ${last_name}" reads once, with how to fill a form that asks for both
    ("Zarghuna (one name only: in both name fields)"), never "Zarghuna Zarghuna"."""
    if values.get(ONE_PART):
        note = " (un solo nombre: en los dos campos del nombre)" if lang == "es" else \
            " (one name only: in both name fields)"
        template = _FIRST_LAST.sub(lambda m: "${first_name}" + note, template)
    return render(template, values, where=where)


def render(template: str, values: Mapping[str, str], *, url: bool = False, where: str | None = None) -> str:
    """Fill a template. A field with no value is an error unless a ``defaultIfEmpty`` filter covers it."""

    def one(m: re.Match[str]) -> str:
        (ph,) = list(placeholders(m.group(0)))
        value = values.get(ph.name)
        if value is None and not any(f == "defaultIfEmpty" for f, _ in ph.filters):
            if ph.is_person_field:
                raise MissingPersonField(f"the person has no {ph.name} (needed by ${{{_inner(m)}}})",
                                         step=where, field=ph.name)
            raise TemplateError(f"there is no {ph.name} (needed by ${{{_inner(m)}}})", step=where)
        value = value or ""
        for fname, arg in ph.filters:
            value = FILTERS[fname](value, arg)
        if url and ph.is_person_field:
            value = quote(value, safe="")
        return value

    return _PLACEHOLDER.sub(one, template)
