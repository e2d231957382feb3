"""Shared checks for the held-out matching sets (data/matching/holdout*/): their people must be new.

A held-out set measures the matcher honestly only if none of its people is a person of a set the
matcher was tuned on or measured with: a shared person leaks what was tuned into the measure. Each
set's test calls :func:`people_shared_with_other_sets`; the other sets' names are only ever compared
here, never read by the person writing a new set.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "matching"


def fold(s: str) -> str:
    """Lower case, accents and hyphens folded: "Saint-Vil" and "saint vil" are one name."""
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").split())


def name_keys(person: dict) -> set[str]:
    """A profile's full name, and its first given name + last surname, folded."""
    first = fold(person["first_name"]).split()
    last = fold(person["last_name"]).split()
    middle = fold(person.get("middle_name") or "").split()
    return {" ".join(first + middle + last), f"{first[0]} {last[-1]}"}


def people(folder: Path) -> dict:
    """A set's people.yaml: person id -> profile as written."""
    return yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))


def other_sets(here: Path) -> list[Path]:
    """The folders of every other set: the main set (data/matching/) and every holdout* but ``here``."""
    here = here.resolve()
    return [DATA, *sorted(p.parent for p in DATA.glob("holdout*/people.yaml") if p.parent.resolve() != here)]


def people_shared_with_other_sets(here: Path) -> list[tuple[str, str]]:
    """(other set's folder name, person id here) for each person of the set in ``here`` whose full
    name, or first given name + last surname, is a person's of another set. Empty when all are new."""
    mine = people(here)
    shared = []
    for folder in other_sets(here):
        keys = {k for v in people(folder).values() for k in name_keys(v)}
        shared += [(folder.name, pid) for pid, v in mine.items() if name_keys(v) & keys]
    return shared
