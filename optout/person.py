"""The person whose data is being removed: the profile file format and the fields recipes may use.

A profile is a TOML or YAML file (see ``examples/people/``)::

    first_name = "Alex"
    middle_name = "Jordan"
    last_name = "Rivera"               # a one-part name (no surname) goes once, in either field
    aliases = ["Alex Moreno"]          # past names and other names, in full; one word = a nickname
    suffix = "Jr"                      # Jr, Sr, II, III, IV: tells a father from his son

    [[names]]                          # every other form of the name the person is known by
    kind = "previous"                  # legal, in_use, previous, married, transliteration, alias
    given = ["Alex"]                   # given names in order, as a list
    surnames = ["Moreno"]              # surnames (family names), as a list, particles included
    birth_year = 1984                  # or birth_date = 1984-03-02
    emails = ["alex@example.org"]
    phones = ["+1 217 555 0134"]
    optout_email = "alex.optout@example.org"   # where brokers' confirmation mails should go
    label = "A-12"                     # optional: a short name of your choosing for tables

    [[addresses]]
    street = "12 Elm St"
    city = "Springfield"
    state = "IL"
    zip = "62701"                      # the first address is the current one

    [[addresses]]
    city = "Peoria"
    state = "IL"

Nothing in this module logs or prints a value: error messages name fields, never their contents.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import stat
import tomllib
import unicodedata
from pathlib import Path
from collections.abc import Iterable
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from optout.errors import ProfileError, said
from optout.usstates import MILITARY_STATES, near_state, written_state
from optout.yamlshape import ShapeError, check_shape, error_at

# The fields a recipe template may name, e.g. ``${first_name}`` or ``${state|stateFull}``.
TEMPLATE_FIELDS: frozenset[str] = frozenset(
    {
        "first_name",
        "middle_name",
        "last_name",
        "full_name",
        "age",
        "birth_year",
        "birth_date",
        "street",
        "city",
        "state",
        "zip",
        "phone",
        "email",
    }
)


# ---- bounds: a profile is a few lines typed by a person --------------------------------------------

#: A profile file is a page of text; bigger is a mistake (or an attack) and is refused unread.
MAX_PROFILE_BYTES = 64 * 1024
MAX_PROFILE_DEPTH = 6  # person > addresses > [i] > field: 4 levels; a little room
MAX_PROFILE_NODES = 2_000
#: Longest text of any field (a name, a street, an e-mail address), in characters; per-field
#: exceptions in ``_TEXT_LIMITS``. The longest names in the US Census surname file are ~15 letters;
#: a full name with two surnames and particles stays well under 100.
MAX_TEXT = 200
_TEXT_LIMITS = {"phones": 40, "zip": 16, "emails": 254, "optout_email": 254, "care_of_email": 254, "street": 300}
#: Most items in a list field (aliases, phones, e-mails, addresses, relatives).
MAX_ITEMS = 50

# Characters refused in every field: C0/C1 controls (NUL, ESC of ANSI sequences, CR/LF that could
# forge a letter's headers), Unicode line and paragraph separators, and the bidirectional overrides
# and isolates that make text display in another order than it is stored (Unicode TR#9, CVE-2021-42574).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


#: What can be wrong with a field's text, by code (optout.reasons renders each in every language).
TEXT_PROBLEMS = {
    "input_control": "holds a control character (a line break, tab, NUL or escape)",
    "input_separator": "holds a line or paragraph separator",
    "input_bidi": "holds a bidirectional-text control character",
    "input_not_text": "holds a character that is not text (surrogate, private-use or unassigned)",
    "input_template": "looks like a template (${…}); write the value itself",
}


def text_problem(v: str) -> str | None:
    """The code (a key of :data:`TEXT_PROBLEMS`) of what is wrong with one field's text, or None."""
    for ch in v:
        cat = unicodedata.category(ch)
        if cat == "Cc":
            return "input_control"
        if cat in ("Zl", "Zp"):
            return "input_separator"
        if ch in _BIDI:
            return "input_bidi"
        if cat == "Cs" or cat == "Co" or cat == "Cn":
            return "input_not_text"
    if "${" in v:
        return "input_template"
    return None


def check_text(v: str) -> str | None:
    """What is wrong with one field's text, or None. Names the kind of character, never the text."""
    code = text_problem(v)
    return TEXT_PROBLEMS[code] if code else None


def whole_phone(text: str, region: str = "US") -> bool:
    """Whether ``text`` is a whole phone number a broker could list: one Google's libphonenumber
    (``phonenumbers``) calls possible for ``region`` (a number without ``+``/``00``/``011`` is read
    as that region's, the US by default, where this optout's brokers are) and not only locally
    dialable. A 7-digit US number without its area code is ``IS_POSSIBLE_LOCAL_ONLY``: brokers
    print the area code, so it could never match a listing. Nothing is said of whether the number
    is in service: that is not knowable here."""
    import phonenumbers  # loaded when a profile with phones is read, not at every command's start

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number_with_reason(number) == phonenumbers.ValidationResult.IS_POSSIBLE)


def invalid(code: str, message: str, **params: Any) -> PydanticCustomError:
    """A validation error with a reason code (``optout.reasons``: rendered in the reader's
    language) and value-free parameters; ``message`` is its English text for the CLI."""
    # pydantic fills only "{name}" of a parameter's name in the message: "${…}" stays as it is
    return PydanticCustomError(code, message, params)  # type: ignore[arg-type]


def unreal_date(text: Any) -> bool:
    """Whether ``text`` is written as a date (YYYY-MM-DD, or DD/MM/YYYY and MM/DD/YYYY) whose day no
    calendar has in any of its readings: "31/02/1990", "1990-02-30", "29/02/2023". Such a date is
    refused as not a real date, not as a wrong format (trial f44b: "31/02/1990" was told to be
    written as YYYY-MM-DD, which it then was, and refused again)."""
    import datetime as dt

    if not isinstance(text, str):
        return False
    value = text.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
        readings = [(int(m[1]), int(m[2]), int(m[3]))]
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        readings = [(int(m[3]), int(m[2]), int(m[1])), (int(m[3]), int(m[1]), int(m[2]))]  # DMY, MDY
    else:
        return False
    for year, month, day in readings:
        try:
            dt.date(year, month, day)
            return False
        except ValueError:
            continue
    return True


#: What is said of a date no calendar has (``input_date_not_real``), in English for the CLI.
NOT_REAL_DATE = "not a real date: no calendar has that day (check the day and the month)"


#: The mail providers most clients use, and real ones one letter from them (mail.com is one letter
#: from gmail.com): an address at one of these is never taken for a misspelling.
_MAIL_PROVIDERS = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "live.com",
                   "msn.com", "yahoo.com.mx", "hotmail.es", "outlook.es", "yahoo.es", "hotmail.fr", "yahoo.fr",
                   "comcast.net", "att.net", "sbcglobal.net", "protonmail.com", "proton.me", "me.com")
_REAL_NEAR_PROVIDERS = frozenset({"mail.com", "gmx.com", "ymail.com", "email.com", "gmx.net", "mac.com",
                                  "live.fr", "live.es", "aim.com", "outlook.fr"})

_MISSPELT = ("the address's domain looks misspelt: did the client mean {provider}? Check it with them: a broker's "
             "confirmation sent there never arrives")


def misspelt_provider(address: str) -> str | None:
    """The well-known mail provider an address's domain is one letter away from ("gmial.com",
    "hotmal.com", "yaho.com": one letter wrong, missing, added or two swapped), or None. A
    verification link sent to a misspelt domain never arrives, and nothing says why."""
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    if not domain or domain in _MAIL_PROVIDERS or domain in _REAL_NEAR_PROVIDERS:
        return None
    for known in _MAIL_PROVIDERS:
        if _one_edit(domain, known):
            return known
    return None


def mailbox_key(address: str) -> str:
    """An e-mail address as a key of its mailbox: the whole address case-folded (spaces around it
    dropped). RFC 5321 §2.4 makes the domain case-insensitive and lets a server treat its local part
    as case-sensitive, but says that exploiting it "impedes interoperability and is discouraged";
    every mailbox provider a client uses (Gmail, Outlook, Yahoo, iCloud, a clinic's own) delivers
    "Ana@Mail.example" and "ana@mail.example" to one mailbox. So optout holds them to be one address:
    a change of letter case is no new address (f38: it counted as one, and the profile held both)."""
    return address.strip().casefold()


def same_mailbox(a: str | None, b: str | None) -> bool:
    """Whether two addresses are one mailbox (:func:`mailbox_key`); None is no address."""
    return a is not None and b is not None and mailbox_key(a) == mailbox_key(b)


def _new_address(address: str, info: ValidationInfo) -> bool:
    """Whether an address is new input a person typed (a profile file, a sheet's row, the
    dashboard's form: ``parse_person(..., intake=True)``) and not one the profile held before
    (``known_emails``). A profile read back from the store is never refused for one: a client
    stored before the check came must still open, run and be corrected."""
    ctx = info.context or {}
    return bool(ctx.get("intake")) and mailbox_key(address) not in ctx.get("known_emails", ())


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter changed, missing or added, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _bounded(name: str, v: Any) -> Any:
    """Bounds shared by every field of a profile, present and future: text length, list length,
    characters. Used as a ``field_validator("*")`` so fields added later are covered too."""
    limit = _TEXT_LIMITS.get(name, MAX_TEXT)
    items = v if isinstance(v, list) else [v]
    if isinstance(v, list) and len(v) > MAX_ITEMS:
        raise invalid("input_too_many", f"more than {MAX_ITEMS} items", max=MAX_ITEMS)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            continue
        where = f"item {i} " if isinstance(v, list) else ""
        if len(item) > limit:
            raise invalid("input_too_long", f"{where}longer than {limit} characters", limit=limit)
        if code := text_problem(item):
            raise invalid(code, f"{where}{TEXT_PROBLEMS[code]}")
    return v


class Address(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    country: str = Field("US", pattern=r"^[A-Za-z]{2}$", description="ISO 3166 two-letter country code")
    street: str | None = None
    city: str
    state: str | None = Field(None, description="two-letter US state or territory code (required in the US)")
    zip: str | None = None

    @field_validator("*", mode="after")
    @classmethod
    def _bounds(cls, v: Any, info: ValidationInfo) -> Any:
        return _bounded(info.field_name or "", v)

    @field_validator("country", mode="before")
    @classmethod
    def _country_name(cls, v: Any) -> Any:
        """A country by its name in English or Spanish, as a sheet or a volunteer writes it ("Estados
        Unidos", "México", "USA", "EE. UU."): its two-letter code. Anything else is refused saying
        what to write, never with the pattern."""
        if isinstance(v, str) and v.strip() and not re.fullmatch(r"[A-Za-z]{2}", v.strip()):
            code = country_code(v)
            if code is None:
                raise invalid("input_country", "not a country optout knows: write its two-letter code (US, MX) "
                                               "or its name (United States, México)")
            return code
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return v.upper()

    @field_validator("zip")
    @classmethod
    def _zip(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None:
            return v
        if info.data.get("country", "US") == "US":
            if not re.fullmatch(r"\d{5}(?:-?\d{4})?", v):
                raise invalid("input_zip", "not a US ZIP code (expected 5 digits, or ZIP+4 such as 62701-1234)")
        elif not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]{1,11}", v):
            raise invalid("input_postal_code", "not a postal code (letters, digits, spaces and hyphens, at most 12)")
        return v

    @field_validator("state")
    @classmethod
    def _state_code(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is not None and info.data.get("country", "US") == "US":
            # a spreadsheet often has the name written out ("California", "new york"), in Spanish
            # ("Nueva York") or abbreviated ("Calif."): its code
            code = written_state(v) or (v.strip().upper() if v.strip().upper() in MILITARY_STATES else None)
            if code is None:
                if near := near_state(v):  # "Califronia": said, for the volunteer to confirm
                    raise invalid("input_state_near", "not a US state code (expected two letters such as IL): "
                                  "did you mean {near}?", near=near)
                raise invalid("input_state", "not a US state code (expected two letters such as IL)")
            v = code
        return v

    @model_validator(mode="after")
    def _us_needs_state(self) -> Address:
        if self.country == "US" and not self.state:
            raise invalid("input_state_required", "state is required for a US address (two letters such as IL)")
        return self


NameKind = Literal["legal", "in_use", "previous", "married", "transliteration", "alias"]
NameOrder = Literal["family_first", "given_first"]

#: The languages whose readers write a name family name first (Vietnamese, Chinese and Cantonese,
#: Korean, Japanese, Hungarian, Khmer, Mongolian): a person who reads one is shown their name so
#: (:attr:`Person.display_name`), and searched in that order too when the name as entered finds
#: nobody (:meth:`Person._surname_first_likely`).
FAMILY_FIRST_LANGUAGES = frozenset({"vi", "zh", "yue", "ko", "ja", "hu", "km", "mn"})


def _language_code(language: str | None) -> str:
    """A BCP 47 tag's language ("vi" of "vi-VN"), lower case; "" for none."""
    return (language or "").split("-")[0].split("_")[0].lower()
SUFFIXES: dict[str, str] = {"jr": "Jr", "junior": "Jr", "sr": "Sr", "senior": "Sr", "i": "I", "ii": "II",
                            "iii": "III", "iv": "IV", "v": "V"}

#: The suffixes read off the end of a ``last_name`` (Person._suffix_in_last_name).
_SUFFIX_IN_SURNAME = frozenset({"jr", "sr", "ii", "iii", "iv"})


def language_code(name: str) -> str | None:
    """The language code (CLDR's: "es", "ht", "vi") a language's name means, in English or Spanish,
    case and accents aside ("Spanish", "Español", "criollo haitiano"); None when neither names one."""
    from babel import Locale

    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))

    def exact(wanted: str) -> str | None:
        if wanted in _LANGUAGE_VARIETIES:
            return _LANGUAGE_VARIETIES[wanted]
        for locale in ("en", "es"):
            for code, shown in Locale(locale).languages.items():
                if fold(shown) == wanted:
                    return code
        return _autonyms().get(wanted)

    wanted = " ".join(fold(name).split())
    if (code := exact(wanted)) is not None:
        return code
    # a language's name with a variety, a dialect or a country beside it, as a sheet writes it
    # (trial50: "Chino mandarín" refused the whole sheet where "Chino" was read): the longest run
    # of its words that names a language, the first such run of a length (Spanish puts the
    # language first: "árabe egipcio"; English last: "Mandarin Chinese", found as "mandarin")
    words = re.sub(r"[^\w' ]+", " ", wanted).split()
    for length in range(len(words) - 1, 0, -1):
        for start in range(len(words) - length + 1):
            run = words[start:start + length]
            if all(w in _NOT_A_LANGUAGE for w in run):
                continue
            if (code := exact(" ".join(run))) is not None:
                return code
    return None


#: A language written as a code ("es", "es-MX", "pt_BR"), not by its name.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?")

#: Names of a language's variety or its speakers' usual word for it that CLDR does not list as a
#: language (folded: case and accents aside), with the code of the language they are of.
_LANGUAGE_VARIETIES: dict[str, str] = {"mandarin": "zh", "putonghua": "zh", "kiche": "quc", "k'iche'": "quc",
                                        "k'iche": "quc", "farsi": "fa", "tagalo": "tl"}

#: Words beside a language's name that never name one on their own (a run of only these is skipped).
_NOT_A_LANGUAGE = frozenset({"de", "del", "la", "el", "of", "the", "and", "y", "language", "idioma", "lengua",
                             "dialect", "dialecto", "only", "solo", "sólo", "spoken", "hablado"})


#: How the United States is shortened on forms, in English and Spanish (CLDR names only the long forms).
_US_SHORT = frozenset({"usa", "u s a", "u s", "eeuu", "ee uu", "eua", "united states of america"})


def country_code(name: str) -> str | None:
    """The ISO 3166 two-letter code a country's name means, in English or Spanish, or in the
    languages of Europe and of :data:`AUTONYM_LANGUAGES` (CLDR's names, case, accents and
    punctuation aside: "Estados Unidos", "mexico", "EE. UU.", "Deutschland", "Belgique", "Norge",
    as a client who lived there writes a past address); None when none names one."""
    wanted = _fold_place(name)
    if wanted in _US_SHORT:
        return "US"
    return _country_names().get(wanted)


def _fold_place(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))).split())


#: The languages of the EU, the EEA and the UK, whose names for their own and each other's
#: countries a past address abroad is written with (:func:`country_code`).
EUROPEAN_LANGUAGES = ("de", "fr", "nl", "it", "pt", "pl", "sv", "da", "nb", "nn", "fi", "el", "cs", "sk", "hu",
                      "ro", "bg", "hr", "sl", "et", "lv", "lt", "ga", "mt", "is", "ca", "eu", "gl", "lb")


@functools.cache
def _country_names() -> dict[str, str]:
    """Every country's name, folded, → its two-letter code: English's and Spanish's first (their
    reading wins where two languages give one name to different countries), then Europe's
    languages and the clinic's clients' own."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    for locale in ("en", "es", *EUROPEAN_LANGUAGES, *AUTONYM_LANGUAGES):
        try:
            territories = Locale.parse(locale).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, shown in territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(_fold_place(shown), code)
    return names


#: Languages a clinic's clients may name in their own words (CLDR's autonyms, read by
#: :func:`_autonyms`): Haitian Creole, Vietnamese, French, Portuguese, the languages of Central
#: America's Mayan peoples CLDR knows, of Afghanistan, the Horn of Africa and others met at intake.
AUTONYM_LANGUAGES = ("ht", "vi", "fr", "pt", "quc", "ps", "fa", "am", "ti", "so", "om", "ar", "zh", "ko", "tl",
                     "fil", "ru", "uk", "ne", "my", "km", "sw", "wo", "ha", "yo", "ff")


@functools.cache
def _autonyms() -> dict[str, str]:
    """Each of :data:`AUTONYM_LANGUAGES`' own name for itself, folded, → its code; and its first word
    alone when that is how its speakers shorten it (CLDR's "Kreyòl ayisyen": "Kreyòl")."""
    from babel import Locale

    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))

    names: dict[str, str] = {}
    for code in AUTONYM_LANGUAGES:
        try:
            own = Locale.parse(code).languages.get(code)
        except (ValueError, LookupError):  # a Babel without that locale's data
            continue
        if own:
            names.setdefault(" ".join(fold(own).split()), code)
    names.setdefault("kreyol", "ht")  # Haitians' own short name of Kreyòl ayisyen
    return names


class NameForm(BaseModel):
    """One form of a person's name: given names and surnames as lists, in their written order.

    ``given = ["María", "José"], surnames = ["García", "López"]``; a family-name-first name is
    entered the same way (``given = ["Lan"], surnames = ["Nguyễn"]``): the matcher tries both
    orders. Particles belong to the surname (``["de la Cruz"]`` or ``["de", "la", "Cruz"]``)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: NameKind = "in_use"
    given: list[str] = Field(default_factory=list)
    surnames: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self) -> NameForm:
        if not any(x.strip() for x in self.given + self.surnames):
            raise invalid("input_name_needed", "a name needs at least one given name or surname")
        return self


#: Surname particles (lower case): de la Cruz, Dela Cruz, dos Santos, van der Berg, Al-Hassan, bin Laden.
#: Written apart, glued ("Delacruz") or dropped by brokers (NAMES.md); matching reads them through this set.
NAME_PARTICLES = frozenset({"de", "del", "dela", "delos", "delas", "della", "la", "las", "los", "da", "das", "do",
                            "dos", "di", "du", "y", "e", "al", "el", "bin", "ibn", "bint", "ben", "le", "van",
                            "von", "der", "den", "ter", "abu", "umm", "ould", "walad"})

#: The particles of an Arabic nasab ("son / daughter of"; Mauritanian and Sudanese "ould", "walad"):
#: "bin Khalid" in "Abdullah bin Khalid Al-Saadi" is his father's name, not a surname US records
#: print, when another surname follows it ("Osama bin Laden": a family name when it is the last).
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ould", "walad"})

#: Words written after the surnames that say a generation, not a surname (Portuguese and Brazilian
#: Filho, Neto, Júnior, Sobrinho; Spanish hijo), folded, with the US suffix records print for them
#: ("João Pedro dos Santos Oliveira Filho" is listed "Joao Oliveira Jr"); None where there is none.
GENERATION_WORDS: dict[str, str | None] = {"filho": "Jr", "junior": "Jr", "hijo": "Jr", "neto": None,
                                           "sobrinho": None}

#: The first words of a Spanish, Portuguese or Italian saint's surname ("San Martín", "Santa María", "Santo
#: Domingo", "São Pedro"), folded: with the word after it one surname, never two (issue 10, pass 36). US
#: records print it whole or glued ("San Martin", "Sanmartin"), never "San" alone or "Martin" alone, which are
#: other families' names.
SAINT_SURNAME_HEADS = frozenset({"san", "santa", "santo", "sao"})

#: The abbreviations records print for a Saint- surname's first word ("St Fleur", "Ste Croix"), read
#: back by the matcher (``optout.matching._names``) and written out by the searches.
SURNAME_ALIASES = {"st": "saint", "ste": "sainte"}

#: The commonest Vietnamese surnames (about nine Vietnamese in ten carry one of the first fifteen: Lê
#: Trung Hiếu, "Vietnamese surnames", and NAMES.md), as records write them without marks.
VIETNAMESE_SURNAMES = frozenset({"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
                                 "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "trinh", "luong"})

#: Vietnamese middle names (tên đệm), folded: Văn and Thị mark a man's and a woman's name, the others
#: are common middle words. Not what the person is called: "Trương Văn Khải" is "Khai Truong" on US
#: records, his last given word with the family name (NAMES.md); only read so before another given word.
VIETNAMESE_MIDDLE_NAMES = frozenset({"van", "thi", "duc", "ngoc", "minh", "huu", "quang", "xuan", "kim", "thanh",
                                     "cong", "dinh", "hong", "bao", "gia"})


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold().replace("đ", "d"))
                   if c.isalnum() and not unicodedata.combining(c))


def is_initial(word: str) -> bool:
    """A given word that is an initial ("R.", "K"): the Tamil father's name before or after the
    given name ("R. Lakshmi"), never the name a person is searched by."""
    return len(_folded(word)) == 1


def vietnamese_called(given: list[str], surnames: list[str], language: str | None = None) -> int | None:
    """The index of the given word a Vietnamese person is called by when the first given word is a
    middle name (:data:`VIETNAMESE_MIDDLE_NAMES`): "Văn Khải" → 1 (Khải); None when the name is
    not read so (one given word, another first word, no sign the name is Vietnamese: the language,
    a Vietnamese surname, or Vietnamese letters in the middle word)."""
    if len(given) < 2 or _folded(given[0]) not in VIETNAMESE_MIDDLE_NAMES:
        return None
    lang = (language or "").split("-")[0].split("_")[0].lower()
    if lang == "vi" or any(_folded(s) in VIETNAMESE_SURNAMES for s in surnames) or not given[0].isascii():
        return len(given) - 1
    return None


def saint_head(word: str) -> bool:
    """Whether ``word`` opens a saint's surname with the word after it (:data:`SAINT_SURNAME_HEADS`: San, Santa,
    Santo, São)."""
    return _folded(word) in SAINT_SURNAME_HEADS


def surname_units(words: list[str]) -> list[str]:
    """A last name's surnames, each with the particles before it: "García de la Fuente" →
    ["García", "de la Fuente"], "dela Cruz" → ["dela Cruz"], "van der Berg" → ["van der Berg"]; a
    name ending in a particle keeps it with its last surname; a saint's surname is one with the word
    after it ("Gómez San José" → ["Gómez", "San José"]: :data:`SAINT_SURNAME_HEADS`). Read by the searches
    (:meth:`Person.search_names`) and by the lab's printed names (``optout.lab.sites.listings``)."""
    units: list[str] = []
    pending: list[str] = []
    for i, w in enumerate(words):
        pending.append(w)
        if w.lower().strip(".") not in NAME_PARTICLES and not (saint_head(w) and i < len(words) - 1):
            units.append(" ".join(pending))
            pending = []
    if pending:  # a name ending in a particle: it stays with the last unit
        units = units[:-1] + [" ".join(([units[-1]] if units else []) + pending)]
    return units


def particle_forms(unit: str) -> list[str]:
    """How US records print one surname behind its particles (NAMES.md): glued ("dela Cruz" →
    "Delacruz", "van der Berg" → "Vanderberg") and without them ("Cruz"); [] for a surname with
    no particle."""
    words = unit.split()
    saint = next((i for i, w in enumerate(words[:-1]) if saint_head(w)), None)
    if saint is not None and all(w.lower().strip(".") in NAME_PARTICLES for w in words[:saint]):
        # a saint's surname ("San Martín", "de Santa Ana"): glued ("Sanmartín"), and without a particle before it;
        # never the word after the saint alone, another family's name
        whole = "".join(words[saint:])
        out = [whole[:1].upper() + whole[1:].lower()]
        return out + [" ".join(words[saint:])] if saint else out
    if len(words) < 2 or not all(w.lower().strip(".") in NAME_PARTICLES for w in words[:-1]):
        return []
    glued = "".join(words)
    return [glued[:1].upper() + glued[1:].lower(), words[-1]]


def hyphen_forms(unit: str) -> list[str]:
    """How US records print one hyphenated surname led by a particle or a Saint (NAMES.md): "Al-Saadi"
    as "Alsaadi" and "Saadi"; "Saint-Fleur" as "St Fleur", "St. Fleur" and "Stfleur" (and "Sainte-Croix"
    as "Ste Croix", "St Croix", "Stecroix": :data:`SURNAME_ALIASES`); [] for any other surname."""
    head, dash, rest = unit.partition("-")
    if not dash or not rest or " " in unit:
        return []
    key = head.lower()
    if key in NAME_PARTICLES:
        return [head[:1].upper() + (head[1:] + rest).lower(), rest]
    shorts = [short for short, whole in SURNAME_ALIASES.items() if whole == key]
    if not shorts:
        return []
    short = shorts[-1].capitalize()  # Sainte → Ste; Saint → St
    out = [f"{short} {rest}", f"{short}. {rest}", short + rest.lower()]
    return out + ([f"St {rest}"] if short != "St" else [])


def generation_word(word: str) -> str | None:
    """The generation a word after the surnames says ("Filho", "Neto", "hijo": :data:`GENERATION_WORDS`),
    folded; None for a surname."""
    key = "".join(c for c in unicodedata.normalize("NFKD", word.casefold().strip(".,"))
                  if not unicodedata.combining(c))
    return key if key in GENERATION_WORDS else None


def searched_surnames(words: list[str]) -> list[str]:
    """A last name's surnames as a search gives them (:func:`surname_units`), without what records
    never print as a surname: a generation word after them ("dos Santos Oliveira Filho" → "dos
    Santos", "Oliveira") and a patronymic before another surname ("bin Khalid Al-Saadi" → "Al-Saadi")."""
    while len(words) > 1 and generation_word(words[-1]):
        words = words[:-1]
    units = surname_units(words)
    return [u for i, u in enumerate(units)
            if not (i < len(units) - 1 and u.split()[0].lower().strip(".") in PATRONYMIC_PARTICLES)]


#: Words that open a surname of several words and are no name alone: "San Martín", "Santa Cruz",
#: "Santo Domingo", "São Paulo", "Saint-Pierre". Held alone, "San" would hide "San Diego, CA" in every
#: log line while "Martín" beside it showed (x48); held with the word they open, the surname is whole.
SAINT_WORDS = frozenset({"san", "santa", "santo", "são", "sao", "saint", "sainte"})


def _opens_surname(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a particle of a name of several words (:data:`NAME_PARTICLES`: "de",
    "la", "dos"), or a saint's word before another word (:data:`SAINT_WORDS`: "San" of "San Martín")."""
    w = words[i].casefold().strip(".")
    return w in NAME_PARTICLES or (w in SAINT_WORDS and i + 1 < len(words))


def name_words(names: Iterable[str]) -> list[str]:
    """Each word of 3 letters or more of a multi-word given name or surname ("María José" ->
    ["María", "José"]), for the redactor: a broker or a URL writes any one of them alone. A surname
    particle (:data:`NAME_PARTICLES`: "de", "del", "los", "van" …) or a saint's word before another
    (:data:`SAINT_WORDS`: "San", "Santa", "São") is never one: held alone it would redact that common
    word in every log line ("De La Cruz" holds "Cruz", never "de" or "la"; "San Martín" never "San",
    x48); so are words of fewer than 3 letters (initials), as every held value
    (``optout.log.redact_values``). Instead each word such particles open is held with them, and
    with each shorter run of them ("de la Cruz" and "la Cruz"; "San Martín"; "Del Río"), so a
    surname is hidden whole, never "San [redacted]" nor "la [redacted]"."""
    out: list[str] = []
    for name in names:
        words = re.findall(r"[^\s,-]+", name or "")
        if len(words) > 1:
            out += [w for i, w in enumerate(words) if len(w) >= 3 and not _opens_surname(words, i)]
            for j in range(len(words)):
                if _opens_surname(words, j):
                    continue
                i = j
                while i > 0 and _opens_surname(words, i - 1):
                    i -= 1
                out += [" ".join(words[k:j + 1]) for k in range(i, j)]
    return out


def short_name_words(names: Iterable[str]) -> list[str]:
    """The two-letter words of names ("Vu", "Le" of "Le Van Vu"; "Lê" of "Lê Thị Hoa"), for the
    redactor, which hides them only as whole words beside another of the person's held values or
    as a field's value on its own (``optout.log``: "Le" of "levels", or of a line that has nothing
    to do with the person, stays). A word that is also a surname particle (:data:`NAME_PARTICLES`:
    "de", "la", "do", "le") only when the name writes it with its capital, as a name is ("Do Thi
    Lan", "Le", "Le Blanc"), not lowercase inside a longer name ("María de la Cruz": "de" and "la"
    of every Spanish line beside a hidden value would go too). A Vietnamese or Chinese name is
    mostly two- and three-letter words (f42). Letters only; initials and one-letter words never."""
    out: list[str] = []
    for name in names:
        words = re.findall(r"[^\s,.-]+", name or "")
        out += [w for w in words if len(w) == 2 and w.isalpha()
                and (len(words) == 1 or w.casefold() not in NAME_PARTICLES or w[0].isupper())]
    return list(dict.fromkeys(out))


class Person(BaseModel):
    """A person's profile. Values are sensitive: never put one in a log line or an exception."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    label: str | None = Field(
        None, min_length=1, max_length=40,
        description="a short name the volunteer chose (e.g. a file number), shown in tables instead of the name")
    first_name: str = Field(min_length=1)
    middle_name: str | None = None
    last_name: str = Field(min_length=1)
    one_part_name: bool = Field(
        False, description="the person has one name only (no surname): entered once, in first_name or last_name; "
                           "kept in both, as US records and brokers' forms do, and shown once")
    aliases: list[str] = Field(default_factory=list)
    suffix: str | None = Field(None, description="generational suffix: Jr, Sr, II, III, IV")
    names: list[NameForm] = Field(default_factory=list, description="every other form of the name")
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    birth_date: dt.date | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    optout_email: str | None = None
    care_of_email: str | None = Field(
        None, description="an e-mail address of someone else who receives mail for the client (a daughter's, a "
                          "caseworker's), never the client's own: never given to a broker as the client's e-mail, "
                          "only where a form takes a contact address (as the clinic's stands in) and, in a letter, "
                          "named as that; never matching evidence (docs/PEOPLE.md, \"An e-mail of someone else's\")")
    post_only: bool = Field(
        False, description="the client asked to be contacted by post only: no e-mail address of theirs (emails, "
                           "optout_email) is given to a broker, in a form or a letter, and a letter asks the broker "
                           "to answer by post or to the clinic, never to write to them by e-mail")
    addresses: list[Address] = Field(default_factory=list)
    relatives: list[str] = Field(default_factory=list)
    language: str | None = Field(
        None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$",
        description="the language the person reads (BCP 47, e.g. \"es\" or \"es-MX\"): reports and messages to them")
    name_order: NameOrder | None = Field(
        None, description="the order the person's own tradition writes their name in, where a name is shown to a "
                          "person (never what is searched or matched): family_first (\"Nguyễn Thị Lan\", \"Nagy "
                          "Anna\") or given_first; unset: family first for a person who reads Vietnamese, Chinese, "
                          "Korean, Japanese, Hungarian, Khmer or Mongolian (:data:`FAMILY_FIRST_LANGUAGES`)")

    @field_validator("*", mode="after")
    @classmethod
    def _bounds(cls, v: Any, info: ValidationInfo) -> Any:
        return _bounded(info.field_name or "", v)

    @field_validator("phones")
    @classmethod
    def _phones(cls, v: list[str]) -> list[str]:
        for i, p in enumerate(v):
            digits = sum(ch.isdigit() for ch in p)
            if not 7 <= digits <= 15 or not re.fullmatch(r"[0-9+()./ \-]+(?:\s*(?:x|ext\.?)\s*\d{1,6})?", p):
                raise invalid("input_phone", f"item {i} is not a phone number (7 to 15 digits, with + ( ) - . / spaces)", item=i + 1)
            if not whole_phone(p):
                raise invalid("input_phone_incomplete", f"item {i} is not a whole phone number: write it with the "
                              "area code, e.g. 713 555 0100, or +52 ... for a number abroad", item=i + 1)
        return v

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: list[str], info: ValidationInfo) -> list[str]:
        for i, e in enumerate(v):
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", e):
                raise invalid("input_email", f"item {i} is not an e-mail address")
            if _new_address(e, info) and (known := misspelt_provider(e)):
                raise invalid("input_email_misspelt", _MISSPELT, provider=known)
        # one mailbox once, as first written (mailbox_key: "Ana@Mail.example" is "ana@mail.example")
        seen: set[str] = set()
        return [e for e in v if not (mailbox_key(e) in seen or seen.add(mailbox_key(e)))]

    @field_validator("suffix")
    @classmethod
    def _suffix(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        key = v.strip().strip(".").lower()
        if key not in SUFFIXES:
            raise invalid("input_suffix", "not a name suffix (expected Jr, Sr, II, III or IV)")
        return SUFFIXES[key]

    @field_validator("language", mode="before")
    @classmethod
    def _language(cls, v: Any) -> Any:
        """A language as a code ("es", "es-MX") or, as a spreadsheet or a volunteer writes it, by its
        name in English or in Spanish ("Spanish", "español", "Haitian Creole"): the code, from the
        CLDR names Babel carries. Anything else is left for the pattern to refuse."""
        if isinstance(v, str) and v.strip() and not LANGUAGE_TAG.fullmatch(v.strip()):
            code = language_code(v)
            if code is None:
                raise invalid("input_language", "not a language optout knows: write its name (Spanish, español, "
                                                "Haitian Creole, Kreyòl) or its code (es, ht)")
            return code
        return v

    @field_validator("birth_date", mode="before")
    @classmethod
    def _birth_date(cls, v: Any) -> Any:
        """A date with slashes is refused with the reason the CSV importer gives (``input_date_slashes``):
        03/04/1985 is 3 April to a Spanish or Vietnamese reader and March 4 to a US one, and
        pydantic's own "invalid character in year" says neither."""
        if unreal_date(v):
            raise invalid("input_date_not_real", NOT_REAL_DATE)
        if isinstance(v, str) and "/" in v:
            raise invalid("input_date_slashes", "expected a date as YYYY-MM-DD, such as 1984-03-02 (a date with "
                          "slashes is read two ways: 03/04/1985 is 3 April in Spanish, March 4 in US English)")
        return v

    @field_validator("optout_email", "care_of_email")
    @classmethod
    def _optout_email(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise invalid("input_email", "not an e-mail address")
        if v is not None and _new_address(v, info) and (known := misspelt_provider(v)):
            raise invalid("input_email_misspelt", _MISSPELT, provider=known)
        return v

    @model_validator(mode="before")
    @classmethod
    def _one_part(cls, data: Any) -> Any:
        """A one-part name (Afghan, Burmese, Karen, Indonesian, some South Asian and Ethiopian
        names; docs/PEOPLE.md, "one-part names") is entered once, in ``first_name`` or in
        ``last_name``, the other left empty: it is kept in both, as US records and brokers' forms
        keep it (/work/shared/NAMES.md) and as the matcher and the search forms read it, and
        ``one_part_name`` says it is one name, shown once (:attr:`full_name`)."""
        if not isinstance(data, dict):
            return data
        first, last = data.get("first_name"), data.get("last_name")

        def blank(v: Any) -> bool:
            return v is None or (isinstance(v, str) and not v.strip())

        if blank(first) != blank(last):
            one = last if blank(first) else first
            if isinstance(one, str):
                return {**data, "first_name": one, "last_name": one, "one_part_name": True}
        return data

    @model_validator(mode="after")
    def _one_part_alike(self) -> Person:
        if self.one_part_name and self.first_name.casefold() != self.last_name.casefold():
            raise invalid("input_one_part_two_names", "one_part_name is set, but first_name and last_name differ: "
                          "leave one of them empty, or unset one_part_name")
        return self

    @model_validator(mode="after")
    def _suffix_in_last_name(self) -> Person:
        """"Smith Jr" or "Smith, Jr." in ``last_name`` (the form has no suffix field, a sheet no
        suffix column, and people write it there) is the surname "Smith" and the suffix "Jr": a
        broker is searched for "Smith", and the suffix tells a son from his father (docs/PEOPLE.md).
        Only Jr, Sr, II, III and IV after another word are read so: a lone "V" or "I" may be an
        initial, and "Senior" a surname."""
        words = self.last_name.replace(",", " ").split()
        key = words[-1].strip(".").lower() if len(words) > 1 else ""
        if key in _SUFFIX_IN_SURNAME and self.suffix in (None, SUFFIXES[key]):
            self.last_name = " ".join(words[:-1])
            self.suffix = SUFFIXES[key]
        return self

    @model_validator(mode="after")
    def _birth(self) -> Person:
        if self.birth_date and self.birth_year and self.birth_date.year != self.birth_year:
            raise invalid("input_birth_disagree", "birth_year and birth_date disagree")
        if self.birth_date and not self.birth_year:
            self.birth_year = self.birth_date.year
        return self

    # ---- derived values -------------------------------------------------------------------

    @property
    def full_name(self) -> str:
        """The name given first, as a broker's form and search take it: a one-part name once
        ("Zarghuna", not "Zarghuna Zarghuna"). Shown to a person: :attr:`display_name`."""
        last = None if self.one_part_name else self.last_name
        return " ".join(p for p in (self.first_name, self.middle_name, last) if p)

    @property
    def family_first(self) -> bool:
        """Whether the person's own tradition writes the family name first: ``name_order`` when the
        profile says it, else the language they read (:data:`FAMILY_FIRST_LANGUAGES`)."""
        if self.name_order is not None:
            return self.name_order == "family_first"
        return _language_code(self.language) in FAMILY_FIRST_LANGUAGES

    @property
    def display_name(self) -> str:
        """The name in the order the person's own tradition writes it, for every place a name is
        shown to a person (the report, status, the dashboard; not what a broker reads): given names
        first (:attr:`full_name`), or, family first (:attr:`family_first`), the family name, then,
        for a Vietnamese name, the middle name before the given name ("Huỳnh Thị Bích Ngọc" for
        first "Bích Ngọc", middle "Thị", last "Huỳnh"), for others the given names in their order
        ("Nagy Anna Mária", "Kim Min-jun"). A one-part name once. Never what is searched or matched:
        the matcher reads either order itself."""
        if self.one_part_name or not self.family_first:
            return self.full_name
        middle_first = _language_code(self.language) == "vi" or (  # a Vietnamese name read by another
            self.middle_name is not None and _folded(self.middle_name.split()[0]) in VIETNAMESE_MIDDLE_NAMES
            and any(_folded(w) in VIETNAMESE_SURNAMES for w in self.last_name.split()))
        given = (self.middle_name, self.first_name) if middle_first else (self.first_name, self.middle_name)
        return " ".join(p for p in (self.last_name, *given) if p)

    def name_forms(self) -> list[NameForm]:
        """Every form of the name: the profile's first/middle/last name (kind ``legal``), then
        ``names``, then ``aliases`` of two words or more (kind ``alias``, the last word as the
        surname). One-word aliases are nicknames, not names: see :attr:`nicknames`."""
        given = self.first_name.split() + (self.middle_name.split() if self.middle_name else [])
        out = [NameForm(kind="legal", given=given, surnames=self.last_name.split())]
        out += self.names
        for a in self.aliases:
            words = a.split()
            if len(words) >= 2:
                # the particles before the last word belong to the surname: "Tina Dela Cruz", "Juan de la Cruz"
                cut = len(words) - 1
                while cut > 1 and words[cut - 1].lower().strip(".") in NAME_PARTICLES:
                    cut -= 1
                out.append(NameForm(kind="alias", given=words[:cut], surnames=words[cut:]))
        return out

    def search_names(self, limit: int | None = 6) -> list[tuple[str, str]]:
        """The (first name, last name) pairs a broker's search is given, best first, at most ``limit``
        (None: every form). The cap cuts the rarer forms, never the ones US records print most
        (:meth:`_commonest_searches`: the whole name in ASCII, the first given name with the first
        surname and with the last), unless ``limit`` is below their number; the forms kept stay in
        the order below.

        A broker indexes a listing under the name its records print, which for the people optout
        serves is often not the profile's whole name, and is in plain ASCII: "María José García
        López" is listed as "Maria Garcia", "Maria J Garcia-Lopez" or "Maria Lopez"; "Robert Allen
        Smith", entered with both given names in ``first_name``, as "Robert A Smith"; a married name
        under ``names`` as itself (docs/PEOPLE.md, /work/shared/NAMES.md: US records print ASCII).
        In order: the name as entered; the same without accents (anyascii); the first given name
        with the whole surname; each other form (``names``, then multi-word aliases) as written;
        the first given name with each of two surnames alone (a particle stays with its surname:
        "de la Cruz") and with the two hyphenated; of three or more (two surnames and a married "de
        X"), with the first alone, the last alone (without its particle, then with it) and those
        before the last; of one surname behind particles ("dela Cruz"), with it glued ("Delacruz")
        and without them ("Cruz"); then the name in the other order, surname as given name ("NDIAYE
        Fatou" entered as on her papers, an intake form's boxes swapped), or, when the order is
        likely the papers' (a word of the first name in capitals, a family-name-first language:
        :meth:`_surname_first_likely`), that order and the whole name read family name first
        ("Trương Văn Khải": "Khai Truong") right after the ASCII form. Every form after the first
        is in ASCII. Pairs that differ only in letter case are one. A one-word ASCII first and last
        name gives two searches: as entered, then swapped.

        Naming traditions as US records print them (issue 10, trial44): a Vietnamese middle name first
        ("Văn Khải" / "Trương") gives "Khai Truong" right after the ASCII form (:meth:`_called_forms`);
        a search leads with the first given word that is not an initial ("K. Senthil": "Senthil"; "R." /
        "Lakshmi": "Lakshmi R"); the surnames searched leave out a generation word after them and a
        nasab before another surname (:func:`searched_surnames`: Filho, hijo; "bin Khalid"); two
        Portuguese surnames give the last first (:meth:`_portuguese`); a hyphenated surname led by a
        particle or a Saint, as records print it (:func:`hyphen_forms`); a hyphenated given name apart
        and glued ("Ji Hoon", "Jihoon"), after the surname forms."""
        from anyascii import anyascii  # the transliteration the matcher uses (optout/matching/_text.py)

        out: list[tuple[str, str]] = []

        def add(first: str, last: str, ascii_only: bool = True) -> None:
            if ascii_only:
                first, last = anyascii(first), anyascii(last)
            first, last = " ".join(first.split()), " ".join(last.split())
            if first and last and (first.casefold(), last.casefold()) not in {(a.casefold(), b.casefold()) for a, b in out}:
                out.append((first, last))

        given, surnames = self.first_name.split(), self.last_name.split()
        add(" ".join(given), " ".join(surnames), ascii_only=False)
        add(" ".join(given), " ".join(surnames))
        for first, last in self._called_forms():
            add(first, last)
        if self.one_part_name:
            # one name only, which US records put in both fields ("Zarghuna Zarghuna", "Hser Paw Hser
            # Paw"), or, of two words or more, split over them: "Hser" and "Paw" (NAMES.md); never
            # a word of it searched as a given name beside another as a surname it is not
            if len(given) > 1:
                add(given[0], " ".join(given[1:]))
        elif given:
            add(self._lead(given), " ".join(searched_surnames(surnames)) or " ".join(surnames))
        others = [(f.given, f.surnames) for f in self.name_forms()[1:]]
        for g, sn in others:
            add(" ".join(g), " ".join(sn))
        for g, sn in [*([] if self.one_part_name else [(given, surnames)]), *others]:
            units = searched_surnames(" ".join(sn).split())
            lead = self._lead(g) if g else ""
            if g and len(units) == 1:
                # one surname behind its particles ("dela Cruz", "del Río", "van der Berg"): US
                # records glue them ("Delacruz", "Delrio", "Vanderberg") or drop them ("Cruz")
                # (NAMES.md); without these a broker that prints either is "not found" for ever;
                # a hyphenated one led by a particle or a Saint ("Al-Saadi", "Saint-Fleur") as
                # records print it ("Alsaadi", "Saadi"; "St Fleur", "St. Fleur", "Stfleur")
                for form in particle_forms(units[0]) + hyphen_forms(units[0]):
                    add(lead, form)
            if g and len(units) == 2:
                if self._portuguese(units):
                    # Portuguese and Brazilian names: the last surname is the one US records keep
                    # most ("João Pedro dos Santos Oliveira" is "Joao Oliveira"), then the first;
                    # each with its particle, without it and glued ("Joao Santos", "Joao Dossantos")
                    for unit in (units[1], units[0]):
                        add(lead, unit)
                        for form in reversed(particle_forms(unit)):
                            add(lead, form)
                else:
                    add(lead, units[0])
                    add(lead, units[1])
                add(lead, "-".join(units))
                for unit in units:  # a saint's surname glued, as records print it ("Santamaria")
                    if saint_head(unit.split()[0]):
                        for form in particle_forms(unit)[:1]:
                            add(lead, form)
            elif g and len(units) >= 3:
                # two surnames and a married one ("Zúniga Alachán de Bográn"), or three surnames: US
                # records print one of them, the first or the last, the married "de" often dropped
                # ("Dania Bogran"), or, beside a married "de", her own second surname ("María de la
                # Cruz Muñoz de Peña": "Maria Munoz"); then the surnames before the last
                last = units[-1].split()
                add(lead, units[0])
                add(lead, " ".join(w for w in last if w.lower().strip(".") not in NAME_PARTICLES) or units[-1])
                if len(units) == 3 and last[0].lower() == "de":
                    add(lead, units[1])
                add(lead, units[-1])
                add(lead, " ".join(units[:-1]))
        if not self.one_part_name and given and surnames:
            # a hyphenated given name ("Ji-hoon", "Seo-yeon"): US records print it apart and glued
            # too ("Ji Hoon", "Jihoon"), after the surname forms
            whole = " ".join(searched_surnames(surnames)) or " ".join(surnames)
            for w in given:
                parts = [x for x in w.split("-") if x]
                if len(parts) == 2:
                    add(" ".join(x[:1].upper() + x[1:] for x in parts), whole)
                    add(parts[0][:1].upper() + (parts[0][1:] + parts[1]).lower(), whole)
        if not self.one_part_name and given and surnames:
            # the name entered in the order of the person's papers, family name first: "NDIAYE
            # Fatou" (the surname in capitals, as French and West African papers write it),
            # "Trương Văn Khải"; a paper intake form's boxes swapped. The matcher reads a listing in
            # either order, but a broker finds it only under the order its records print ("Fatou
            # Ndiaye", "Khai Truong"): without these the person is "not found" everywhere.
            swapped = [(" ".join(surnames), " ".join(given))]
            if self._surname_first_likely():
                # a sign the order is the papers': searched before the surname splits, which a name
                # in that order makes nonsense of ("Truong Van"), and first the whole name read
                # family name first, its last word the given name the records print ("Khai Truong")
                words = given + surnames
                if len(words) >= 3:
                    swapped.insert(0, (words[-1], words[0]))
                rest = out[2:]
                del out[2:]
                for first, last in swapped:
                    add(first, last)
                for first, last in rest:
                    add(first, last, ascii_only=False)
            else:
                # no sign: the other order last, after every form of the order as entered
                for first, last in swapped:
                    add(first, last)
        return out if limit is None else self._capped(out, max(1, limit))

    def _commonest_searches(self) -> list[tuple[str, str]]:
        """The search forms the cap never cuts, most needed first: the name as entered and in ASCII;
        then, in ASCII, the first given name with the first surname and with the last one (without
        its particle, as records print a married "de Bográn": "Dania Bogran"), the forms US records
        print most ("José Gregorio Ramírez Uzcátegui" as "Jose Ramirez", "Jose Uzcategui": NAMES.md,
        accents "usually dropped", the first given name, one of two surnames); of a name likely
        entered family name first (:meth:`_surname_first_likely`), the whole name in that order read
        as records print it ("Khai Truong") and in the other order, which a surname split makes
        nonsense of; of a one-part name, its two halves (NAMES.md). Issue 10, a clinic trial: "José
        Gregorio Ramírez Uzcátegui" with two aliases had six other forms before "Jose Ramirez", the
        cap of six cut it, and a client eleven lab brokers list was "not found" on all of them."""
        from anyascii import anyascii

        def plain(first: str, last: str) -> tuple[str, str]:
            return " ".join(anyascii(first).split()), " ".join(anyascii(last).split())

        given, surnames = self.first_name.split(), self.last_name.split()
        out = [(" ".join(given), " ".join(surnames)), plain(" ".join(given), " ".join(surnames))]
        out += [plain(first, last) for first, last in self._called_forms()]
        if self.one_part_name:
            if len(given) > 1:
                out.append(plain(given[0], " ".join(given[1:])))
        elif self._surname_first_likely():
            words = given + surnames
            if len(words) >= 3:
                out.append(plain(words[-1], words[0]))
            out.append(plain(" ".join(surnames), " ".join(given)))
        elif given and (units := searched_surnames(surnames)):
            lead = self._lead(given)
            last = units[-1].split()
            if len(units) >= 3:  # as search_names reads three surnames or more: the last without its particle
                last = [w for w in last if w.lower().strip(".") not in NAME_PARTICLES] or last
            if len(units) == 2 and self._portuguese(units):
                # the last surname first, then the first, each with and without its particle
                # ("Beatriz da Silva", "Beatriz Silva"; "Joao dos Santos", "Joao Santos")
                for unit in (units[1], units[0]):
                    out += [plain(lead, unit)] + [plain(lead, f) for f in particle_forms(unit)[1:]]
            else:
                out += [plain(lead, units[0]), plain(lead, " ".join(last))]
            if len(units) == 3 and units[-1].split()[0].lower() == "de":
                out.append(plain(lead, units[1]))  # her own second surname beside a married "de"
        return out

    def _lead(self, given: list[str]) -> str:
        """The given word a search leads with: the first that is not an initial ("K. Senthil" → Senthil)."""
        return next((w for w in given if not is_initial(w)), given[0])

    def _called_forms(self) -> list[tuple[str, str]]:
        """Forms searched right after the name in ASCII, as records print a name whose first given word
        is not what the person is called: a Vietnamese middle name ("Văn Khải" Trương → "Khai Truong",
        :func:`vietnamese_called`); a given name of initials only, the Tamil father's initial ("R." /
        "Lakshmi" → "Lakshmi R"), and, of a name whose given name or surname is an initial, the profile's
        other forms (the initial written out: "Lakshmi Ramasamy")."""
        if self.one_part_name:
            return []
        given, surnames = self.first_name.split(), self.last_name.split()
        out: list[tuple[str, str]] = []
        idx = vietnamese_called(given, surnames, self.language)
        if idx is not None:
            out.append((given[idx], " ".join(surnames)))
        initials_only = bool(given) and all(is_initial(w) for w in given)
        if initials_only and surnames and not all(is_initial(w) for w in surnames):
            out.append((" ".join(surnames), " ".join(w.strip(".") for w in given)))
        if initials_only or (surnames and all(is_initial(w) for w in surnames)):
            out += [(" ".join(f.given), " ".join(f.surnames)) for f in self.name_forms()[1:]
                    if f.given and f.surnames and not any(is_initial(w) for w in f.surnames)]
        return out

    def _portuguese(self, units: list[str]) -> bool:
        """Whether a name's two surnames are likely Portuguese or Brazilian, whose records keep the last
        (NAMES.md): the person reads Portuguese, a surname has a Portuguese particle ("dos Santos"), or
        the name ends in a Portuguese generation word (Filho, Neto, Sobrinho)."""
        lang = (self.language or "").split("-")[0].split("_")[0].lower()
        words = self.last_name.split()
        return lang == "pt" or any(u.split()[0].lower() in ("do", "dos", "da", "das") for u in units if " " in u) \
            or (len(words) > 1 and generation_word(words[-1]) in ("filho", "neto", "sobrinho"))

    def _capped(self, forms: list[tuple[str, str]], limit: int) -> list[tuple[str, str]]:
        """``forms`` (best first) cut to ``limit``: first the :meth:`_commonest_searches` among them,
        in their order of need, then the other forms in their order, which is kept."""
        fold = lambda f: (f[0].casefold(), f[1].casefold())  # noqa: E731 -- search_names' one-pair rule
        have = {fold(f) for f in forms}
        keep = list(dict.fromkeys(fold(f) for f in self._commonest_searches() if fold(f) in have))[:limit]
        keep += [fold(f) for f in forms if fold(f) not in keep][:limit - len(keep)]
        return [f for f in forms if fold(f) in keep]

    def _surname_first_likely(self) -> bool:
        """Whether the entered first name is likely the family name: a word of it in capitals while
        the surname is not ("NDIAYE" / "Fatou": French and West African papers write the surname in
        capitals), or a person who reads a language whose names are written family name first
        (Vietnamese, Chinese, Korean, Japanese, Hungarian, Khmer, Mongolian)."""
        def caps(w: str) -> bool:
            letters = [c for c in w if c.isalpha()]
            return len(letters) >= 2 and all(c.isupper() for c in letters)
        if any(caps(w) for w in self.first_name.split()) and not all(caps(w) for w in self.last_name.split()):
            return True
        if vietnamese_called(self.first_name.split(), self.last_name.split(), self.language) is not None:
            return False  # "Văn Khải" / "Trương": a middle name first, the family name in last_name
        return _language_code(self.language) in FAMILY_FIRST_LANGUAGES

    @property
    def nicknames(self) -> list[str]:
        """One-word aliases ("Pepe"): given names the person goes by, with any of their surnames."""
        return [a.strip() for a in self.aliases if len(a.split()) == 1]

    @property
    def current_address(self) -> Address | None:
        return self.addresses[0] if self.addresses else None

    def age(self, today: dt.date | None = None) -> int | None:
        today = today or dt.date.today()
        if self.birth_date:
            b = self.birth_date
            return today.year - b.year - ((today.month, today.day) < (b.month, b.day))
        if self.birth_year:
            return today.year - self.birth_year
        return None

    def template_values(self, today: dt.date | None = None) -> dict[str, str]:
        """The values recipe templates can use; a field the person lacks is absent."""
        addr = self.current_address
        values: dict[str, Any] = {
            "first_name": self.first_name,
            "middle_name": self.middle_name,
            "last_name": self.last_name,
            "full_name": self.full_name,
            "age": self.age(today),
            "birth_year": self.birth_year,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "street": addr.street if addr else None,
            "city": addr.city if addr else None,
            "state": addr.state if addr else None,
            "zip": addr.zip if addr else None,
            "phone": self.phones[0] if self.phones else None,
            # a client who asked for letters only: no address of theirs goes to any broker (a form that
            # must have one gets the clinic's contact address, where the recipe allows it, or waits)
            "email": None if self.post_only else self.optout_email or (self.emails[0] if self.emails else None),
        }
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    @property
    def contact_care_of(self) -> str | None:
        """The address of someone who receives mail for the client (``care_of_email``), where it may
        be used at all: never for a client who asked for letters only (``post_only``), never in
        :meth:`template_values` (it is not the client's e-mail). A form that takes a contact address
        gets it (``optout.clinic.agent_email_for``); a letter names it as someone else's
        (``optout.mail.letter_values``)."""
        return None if self.post_only else self.care_of_email

    def sensitive_values(self) -> list[str]:
        """Every value worth redacting from logs and hunting for in leak tests: each whole value,
        and each word of a multi-word given name, surname, relative's name or alias
        (:func:`name_words`), so "María José García López" also hides "Maria Garcia" and "Lopez,
        Maria" (f40), and a relative "Rosa Elena Martínez" also "Martinez, Rosa" (f41)."""
        out: list[str] = [self.first_name, self.last_name, self.full_name, *self.aliases]
        if self.middle_name and len(self.middle_name) > 2:
            out.append(self.middle_name)
        out += self.emails + self.phones + [e for e in (self.optout_email, self.care_of_email) if e]
        out += self.relatives
        for f in self.names:
            out += [" ".join(f.given + f.surnames), *f.given, *f.surnames]
        # a relative's or an alias's name in parts too ("Rosa Martínez" of "Rosa Elena Martínez",
        # "RosaMartinez"), as the person's own (f41)
        out += name_words([self.first_name, self.last_name, self.middle_name or "",
                           *(n for f in self.names for n in (*f.given, *f.surnames)), *self.relatives, *self.aliases])
        for a in self.addresses:
            out += [x for x in (a.street, a.zip) if x]
            out.append(a.city)
        if self.birth_date:
            out.append(self.birth_date.isoformat())
        return [v for v in dict.fromkeys(out) if v and len(v) >= 3]

    def short_values(self) -> list[str]:
        """The two-letter words of every name the person is held by (their own, in every form, a
        relative's, an alias): :func:`short_name_words`, what ``optout.log.redact_values`` hides as
        whole words beside a held value or as a field's value (f42: "Vu Le")."""
        return short_name_words([self.first_name, self.last_name, self.middle_name or "",
                                 *(n for f in self.names for n in (*f.given, *f.surnames)), *self.relatives,
                                 *self.aliases])


#: The profile's YAML reading: YAML 1.2 booleans only (a name such as "No", "On" or "Yes" stays a
#: name, not a boolean), libyaml's parser.
class _ProfileLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


_ProfileLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ProfileLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

#: What a profile without any name is told (first_name and last_name both missing).
NAME_REQUIRED = "required: the name, in first_name (a one-part name: in first_name or last_name, once)"

_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_MAX_PROBLEMS = 3


def _near(key: str, known: set[str]) -> str | None:
    """The field a misspelt key was meant to be, when one is close (``firts_name`` → first_name)."""
    import difflib

    if not _FIELD_NAME.match(key):
        return None
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return near[0] if near else None


def _where(loc: tuple[Any, ...], known: set[str]) -> str:
    """A pydantic error location as ``addresses.0.zip``. A key the profile made up is echoed only
    when it is a near miss of a real field (a misspelling); any other could be a line of some file
    given by mistake, and is never printed."""
    parts = [str(p) if isinstance(p, int) or str(p) in known or _near(str(p), known) else "(a key)"
             for p in loc]
    return ".".join(parts) or "(top level)"


#: pydantic's own error types, as reason codes (optout.reasons).
_PYDANTIC_CODES = {"missing": "input_required", "extra_forbidden": "input_unknown_field",
                   "string_too_long": "input_too_long", "int_parsing": "input_number", "int_type": "input_number",
                   "int_from_float": "input_number", "greater_than_equal": "input_out_of_range",
                   "less_than_equal": "input_out_of_range", "string_pattern_mismatch": "input_pattern",
                   "list_type": "input_list", "string_type": "input_text_expected",
                   "string_too_short": "input_empty", "bool_parsing": "input_yes_no", "bool_type": "input_yes_no",
                   "float_parsing": "input_number", "float_type": "input_number", "dict_type": "input_table",
                   "model_type": "input_table", "model_attributes_type": "input_table",
                   "greater_than": "input_out_of_range", "less_than": "input_out_of_range"}


def input_reason(err: Any) -> Any:
    """A pydantic error (one of ``ValidationError.errors()``) as a :class:`optout.reasons.Reason`:
    our own codes (:func:`invalid`) with their parameters, pydantic's mapped to ours, dates to
    ``input_date``, anything else ``input_invalid``."""
    from optout.reasons import CODES, Reason

    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    if kind in CODES:
        return Reason(kind, {k: ctx[k] for k in CODES[kind] if k in ctx})
    if kind.startswith(("date", "datetime")):
        return Reason("input_date_not_real" if unreal_date(err.get("input")) else "input_date")
    if kind == "string_too_long":
        return Reason("input_too_long", {"limit": ctx.get("max_length", "")})
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than") and ctx:
        bound = next(iter(ctx.values()))  # the schema's bound (ge, gt, le, lt), never the input
        return Reason(f"input_{'at_least' if kind.startswith('greater') else 'at_most'}"
                      f"{'' if kind.endswith('equal') else '_excl'}", {"limit": str(bound)})
    if kind in ("literal_error", "enum") and ctx.get("expected"):
        # the values a field takes (a recipe's channel, a setting's format): the schema's, never the input
        return Reason("input_one_of", {"expected": str(ctx["expected"]).replace("' or '", "', '")})
    return Reason(_PYDANTIC_CODES.get(kind, "input_invalid"))


def input_message(err: Any) -> str:
    """One pydantic error (of ``ValidationError.errors()``) in optout's English: our own validator's
    words (a ``ValueError``'s message, or a code of ours), else the English of its reason
    (:func:`input_reason`), never pydantic's own text ("String should have at least 1 character",
    "Input should be a valid integer, unable to parse string as an integer"), which is English
    only and, for some kinds, quotes the value. Every reader of a profile, a sheet, a setting or a
    recipe says a pydantic error through this and :func:`input_reason` (f37)."""
    from optout.reasons import CODES

    kind = str(err.get("type", ""))
    if kind == "value_error" or kind in CODES:
        return str(err.get("msg", "")).removeprefix("Value error, ")
    return input_reason(err).english


#: A field of an address given beside the name (``zip: 95206`` at the top of a profile).
ADDRESS_FIELD = "a field of an address: give it inside addresses (addresses: [{city: …, state: …, zip: …}])"


def parse_person(data: Any, source: str = "<profile>", *, intake: bool = False,
                 known_emails: Iterable[str] = ()) -> Person:
    """Validate a profile's fields. Raises :class:`ProfileError` as one line naming ``source``, the
    field and what was expected; never a value, never a key that does not look like a field name.
    ``intake``: the fields are new input a person typed (a file, a form), so an e-mail address one
    letter from a well-known provider's is refused (:func:`misspelt_provider`), except one of
    ``known_emails`` (the profile's before an edit); a profile read back from the store is not."""
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: a profile must be a table of fields (first_name, last_name, …)")
    try:
        context = {"intake": True, "known_emails": frozenset(mailbox_key(e) for e in known_emails)} if intake else None
        return Person.model_validate(data, context=context)
    except ValidationError as e:
        known = set(Person.model_fields) | set(Address.model_fields)
        problems = []
        coded = []
        for err in e.errors(include_url=False, include_input=False):
            where = _where(tuple(err["loc"]), known)
            why = input_reason(err)
            key = str(err["loc"][-1]) if err["loc"] else ""
            if err["type"] == "extra_forbidden" and len(err["loc"]) == 1 and key in Address.model_fields \
                    and key not in Person.model_fields:
                # "zip: 95206" beside the name: a field of an address, one level too high (m16)
                msg = ADDRESS_FIELD
                why = input_reason({"type": "input_address_field"})
            elif err["type"] == "extra_forbidden":
                near = _near(key, known)
                msg = f"not a profile field (did you mean {near}?)" if near else \
                    "not a profile field (see examples/people/ for the fields)"
            else:
                msg = input_message(err)
            if err["type"] == "missing" and where in ("first_name", "last_name"):
                # no name at all: said once, with where a one-part name goes (docs/PEOPLE.md,
                # "one-part names"), as the CSV importer says it
                if where == "last_name":
                    continue
                msg = NAME_REQUIRED
                why = input_reason({"type": "input_name_required"})
            problems.append(f"{where}: {msg}")
            coded.append((where, why))
        more = f"; and {len(problems) - _MAX_PROBLEMS} more" if len(problems) > _MAX_PROBLEMS else ""
        err_ = ProfileError(f"{source}: {'; '.join(problems[:_MAX_PROBLEMS])}{more}")
        err_.problems = coded  # type: ignore[attr-defined]  # (field path, Reason): in any language
        err_.source = source  # type: ignore[attr-defined]  # the file or row they are in, for any language
        raise err_ from None


def _profile_there(path: Path) -> None:
    """Raise ``ProfileError`` with exit 66 (``Exit.NOINPUT``: what the command needs is not there,
    as ``person import`` of a missing sheet) and a reason a reader of any language gets, naming the
    file: no such file (``import_missing_file``), or a folder given as a profile (``file_is_folder``).
    A symbolic link is left to :func:`_read_profile`, which refuses it."""
    from optout.errors import Exit

    if os.path.islink(path):
        return
    if not path.exists():
        e = said(ProfileError(f"{path}: no such file; check the name and the folder"), "import_missing_file",
                 source=str(path))
    elif path.is_dir():
        e = said(ProfileError(f"{path}: a folder, not a profile file; give the file itself"), "file_is_folder",
                 source=str(path))
    else:
        return
    e.exit_code = Exit.NOINPUT  # type: ignore[misc]
    raise e


def _read_profile(path: Path) -> bytes:
    """The file's bytes: a regular file, not a symbolic link, at most MAX_PROFILE_BYTES."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        if os.path.islink(path):  # exit 65, said in the reader's language (trial49: English only)
            raise said(ProfileError(f"{path}: is a symbolic link; give the profile file itself"), "file_is_symlink",
                       source=str(path)) from None
        raise said(ProfileError(f"{path}: cannot read the profile ({e.strerror})"), "import_unreadable",
                   source=str(path)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise said(ProfileError(f"{path}: not a regular file"), "file_not_regular", source=str(path))
    with os.fdopen(fd, "rb") as f:
        try:
            raw = f.read(MAX_PROFILE_BYTES + 1)
        except OSError as e:
            raise said(ProfileError(f"{path}: cannot read the profile ({e.strerror})"), "import_unreadable",
                       source=str(path)) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise said(ProfileError(f"{path}: larger than {MAX_PROFILE_BYTES // 1024} kB; a profile is a page of text"),
                   "profile_too_large", {"limit": MAX_PROFILE_BYTES // 1024}, source=str(path))
    return raw


def load_person(path: str | Path) -> Person:
    """Read a profile from a ``.toml``, ``.yaml`` or ``.yml`` file.

    Raises :class:`ProfileError` (one line: the file, the field or line, what was expected) for a
    file that is missing, a symbolic link, not a regular file, over 64 kB, not UTF-8, not valid
    TOML/YAML, nested too deeply, repeating a key, or holding a field that is refused; a file that
    is not there or a folder carries exit 66 (``Exit.NOINPUT``), as a missing sheet does."""
    path = Path(path)
    _profile_there(path)
    if path.suffix not in (".toml", ".yaml", ".yml"):
        raise ProfileError(f"{path}: a profile must be a .toml, .yaml or .yml file")
    raw = _read_profile(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ProfileError(f"{path}: not UTF-8 text (line {line}); save it as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark some editors write
    if path.suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            # tomllib's messages name what was expected and where, never the text itself
            at = re.search(r"at line (\d+)", str(e))
            raise said(ProfileError(f"{path}: not valid TOML: {str(e).splitlines()[0]}"), "profile_syntax",
                       {"format": "TOML", "line": at.group(1) if at else "?"}, source=str(path)) from None
        except RecursionError:
            raise ProfileError(f"{path}: not valid TOML: nested too deeply") from None
        _check_depth(data, path)
        return parse_person(data, str(path), intake=True)
    try:
        check_shape(text, max_depth=MAX_PROFILE_DEPTH, max_nodes=MAX_PROFILE_NODES, allow_aliases=False)
    except ShapeError as e:
        at = f" (line {e.line})" if e.line else ""
        what = str(e)
        if e.key is not None:
            what = f"repeats the field {e.key}" if e.key in Person.model_fields or e.key in Address.model_fields \
                else "repeats a key"
            what += " (the second would silently win)"
        raise ProfileError(f"{path}: {what}{at}") from None
    try:
        data = yaml.load(text, Loader=_ProfileLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        where = error_at(e, text)  # the line to fix (a quote left open: where it opened)
        line = f" at line {where[0]}" if where else ""
        raise said(ProfileError(f"{path}: not valid YAML{line}"), "profile_syntax",
                   {"format": "YAML", "line": where[0] if where else "?"}, source=str(path)) from None
    except RecursionError:
        raise ProfileError(f"{path}: not valid YAML: nested too deeply") from None
    return parse_person(data, str(path), intake=True)


def _check_depth(data: Any, path: Path) -> None:
    """TOML has no aliases and refuses duplicate keys itself; only its depth needs bounding."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_PROFILE_DEPTH:
            raise ProfileError(f"{path}: nests deeper than {MAX_PROFILE_DEPTH} levels")
        if isinstance(node, dict):
            stack += [(v, depth + 1) for v in node.values()]
        elif isinstance(node, list):
            stack += [(v, depth + 1) for v in node]
