"""The person whose data is being removed: the profile file format and the fields recipes may use.

A profile is a TOML or YAML file (see ``examples/people/``)::

    first_name = "Alex"
    middle_name = "Jordan"
    last_name = "Rivera"
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
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from optout.errors import ProfileError
from optout.usstates import STATES

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


class Address(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    country: str = Field("US", pattern=r"^[A-Za-z]{2}$", description="ISO 3166 two-letter country code")
    street: str | None = None
    city: str
    state: str | None = Field(None, description="two-letter US state or territory code (required in the US)")
    zip: str | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return v.upper()

    @field_validator("state")
    @classmethod
    def _state_code(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is not None and info.data.get("country", "US") == "US":
            v = v.upper()
            if v not in STATES:
                raise ValueError("not a US state code (expected two letters such as IL)")
        return v

    @model_validator(mode="after")
    def _us_needs_state(self) -> Address:
        if self.country == "US" and not self.state:
            raise ValueError("state is required for a US address (two letters such as IL)")
        return self


NameKind = Literal["legal", "in_use", "previous", "married", "transliteration", "alias"]
SUFFIXES: dict[str, str] = {"jr": "Jr", "junior": "Jr", "sr": "Sr", "senior": "Sr", "i": "I", "ii": "II",
                            "iii": "III", "iv": "IV", "v": "V"}


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
            raise ValueError("a name needs at least one given name or surname")
        return self


class Person(BaseModel):
    """A person's profile. Values are sensitive: never put one in a log line or an exception."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    label: str | None = Field(
        None, min_length=1, max_length=40,
        description="a short name the volunteer chose (e.g. a file number), shown in tables instead of the name")
    first_name: str = Field(min_length=1)
    middle_name: str | None = None
    last_name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    suffix: str | None = Field(None, description="generational suffix: Jr, Sr, II, III, IV")
    names: list[NameForm] = Field(default_factory=list, description="every other form of the name")
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    birth_date: dt.date | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    optout_email: str | None = None
    addresses: list[Address] = Field(default_factory=list)
    relatives: list[str] = Field(default_factory=list)

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: list[str]) -> list[str]:
        for i, e in enumerate(v):
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", e):
                raise ValueError(f"item {i} is not an e-mail address")
        return v

    @field_validator("suffix")
    @classmethod
    def _suffix(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        key = v.strip().strip(".").lower()
        if key not in SUFFIXES:
            raise ValueError("not a name suffix (expected Jr, Sr, II, III or IV)")
        return SUFFIXES[key]

    @field_validator("optout_email")
    @classmethod
    def _optout_email(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError("not an e-mail address")
        return v

    @model_validator(mode="after")
    def _birth(self) -> Person:
        if self.birth_date and self.birth_year and self.birth_date.year != self.birth_year:
            raise ValueError("birth_year and birth_date disagree")
        if self.birth_date and not self.birth_year:
            self.birth_year = self.birth_date.year
        return self

    # ---- derived values -------------------------------------------------------------------

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.middle_name, self.last_name) if p)

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
                out.append(NameForm(kind="alias", given=words[:-1], surnames=words[-1:]))
        return out

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
            "email": self.optout_email or (self.emails[0] if self.emails else None),
        }
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    def sensitive_values(self) -> list[str]:
        """Every value worth redacting from logs and hunting for in leak tests."""
        out: list[str] = [self.first_name, self.last_name, self.full_name, *self.aliases]
        if self.middle_name and len(self.middle_name) > 2:
            out.append(self.middle_name)
        out += self.emails + self.phones + ([self.optout_email] if self.optout_email else [])
        out += self.relatives
        for f in self.names:
            out += [" ".join(f.given + f.surnames), *f.given, *f.surnames]
        for a in self.addresses:
            out += [x for x in (a.street, a.zip) if x]
            out.append(a.city)
        if self.birth_date:
            out.append(self.birth_date.isoformat())
        return [v for v in dict.fromkeys(out) if v and len(v) >= 3]


def parse_person(data: Any, source: str = "<profile>") -> Person:
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: a profile must be a table of fields, got {type(data).__name__}")
    try:
        return Person.model_validate(data)
    except ValidationError as e:
        # Field paths and messages only: pydantic's default text would echo the bad values.
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg'].removeprefix('Value error, ')}"
        for err in e.errors()
        )
        raise ProfileError(f"{source}: {problems}") from None


def load_person(path: str | Path) -> Person:
    """Read a profile from a ``.toml``, ``.yaml`` or ``.yml`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ProfileError(f"{path}: cannot read the profile ({e.strerror})") from None
    try:
        if path.suffix == ".toml":
            data = tomllib.loads(text)
        elif path.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(text)
        else:
            raise ProfileError(f"{path}: a profile must be a .toml, .yaml or .yml file")
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as e:
        where = getattr(e, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        kind = "TOML" if path.suffix == ".toml" else "YAML"
        msg = str(e).splitlines()[0] if isinstance(e, tomllib.TOMLDecodeError) else "syntax error"
        raise ProfileError(f"{path}: not valid {kind}{line}: {msg}") from None
    return parse_person(data, str(path))
