"""Made-up people in bulk, for tests and scripts that need a crowd (many workers, kill tests).

Every profile is fictional and distinct by last name (so each has its own listings in the lab),
with enough detail (middle name, birth year, city, relative) for optout's matching to act on it.
"""

from __future__ import annotations

from typing import Any

_STEMS = ["Bar", "Cor", "Dal", "Fen", "Gar", "Hal", "Kes", "Lor", "Mar", "Nor", "Pel", "Quin", "Ros", "Tal"]
_ENDS = ["ton", "ley", "wood", "ford", "by", "son", "man", "well", "ridge", "field", "more", "worth"]
_FIRST = ["Alex", "Maria", "Sam", "Dana", "Robin", "Jamie", "Casey", "Morgan"]
_PLACES = [("Springfield", "IL"), ("Austin", "TX"), ("Albany", "NY"), ("Boise", "ID"), ("Dover", "DE"),
           ("Salem", "OR"), ("Helena", "MT"), ("Denver", "CO")]


def crowd(n: int) -> list[tuple[str, dict[str, Any]]]:
    """``n`` (at most 168) people as ``(lab key, profile dict)``: the dict is what `optout person
    add` reads from a YAML file and the lab's ``POST /_admin/people`` takes."""
    if n > len(_STEMS) * len(_ENDS):
        raise ValueError(f"at most {len(_STEMS) * len(_ENDS)} distinct people")
    out = []
    for i in range(n):
        last = _STEMS[i % len(_STEMS)] + _ENDS[i // len(_STEMS)]
        first = _FIRST[i % len(_FIRST)]
        city, state = _PLACES[i % len(_PLACES)]
        key = f"{first}-{last}".lower()
        out.append((key, {
            "first_name": first, "middle_name": "Jordan", "last_name": last, "birth_year": 1950 + i % 40,
            "emails": [f"{key}@example.org"], "optout_email": f"{key}.optout@example.org",
            "addresses": [{"city": city, "state": state}], "relatives": [f"Dana {last}"],
        }))
    return out
