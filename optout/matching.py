"""Is this listing the person? A confidence in [0, 1] with the reasons behind it.

Studies of removal services found most "found" records were not the person at all, so matching is
conservative: a name alone is never enough to submit; a name with a matching age and a place the
person lived is. Between ``ask_at`` and ``submit_at`` a person decides.

Weights: name 0.45 (full), age 0.25, place 0.30; contradictions subtract. Reasons name the kind of
evidence, never a value.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from optout.person import Person
from optout.steps.extract import Listing
from optout.usstates import NAME_TO_CODE

Decision = Literal["match", "uncertain", "no_match"]


@dataclass(frozen=True)
class Match:
    confidence: float
    decision: Decision
    reasons: list[str] = field(default_factory=list)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", s.lower()).split())


def _tokens(name: str) -> list[str]:
    return _norm(name).split()


def _place(text: str) -> tuple[str, str | None]:
    """'Springfield, IL' / 'Springfield, Illinois' / 'springfield-il' -> ('springfield', 'IL');
    a full address '12 Elm St, Springfield, IL 62701' -> ('springfield', 'IL')."""
    parts = [p.strip() for p in re.split(r",", text) if p.strip()]
    if len(parts) >= 2:
        # the state is the last part that is one (a ZIP code after it is dropped); the city precedes it
        for i in range(len(parts) - 1, 0, -1):
            st = re.sub(r"\s*\d{5}(?:-\d{4})?$", "", parts[i]).strip()
            st_code = st.upper() if len(st) == 2 else NAME_TO_CODE.get(st.lower())
            if st_code:
                return _norm(parts[i - 1]), st_code
        city, st = parts[0], parts[1]
        st_code = st.upper() if len(st) == 2 else NAME_TO_CODE.get(st.lower())
        return _norm(city), st_code
    return _norm(text), None


def _name_score(person: Person, listed: str) -> tuple[float, str]:
    toks = _tokens(listed)
    if not toks:
        return 0.0, "no name"
    best = (0.0, "name differs")
    names = [(person.first_name, person.middle_name, person.last_name, "name")]
    for alias in person.aliases:
        a = _tokens(alias)
        if len(a) >= 2:
            names.append((a[0], " ".join(a[1:-1]) or None, a[-1], "alias or past name"))
    for first, middle, last, label in names:
        f, lst = _norm(first), _norm(last)
        if toks[0] != f or toks[-1] != lst:
            # "Rivera, Alex" and nicknames are not handled: a miss here is a no.
            continue
        middle_toks = toks[1:-1]
        if not middle_toks:
            score = (0.40, f"first and last {label} match")
        elif middle and (middle_toks[0] == _norm(middle) or middle_toks[0] == _norm(middle)[:1]):
            score = (0.45, f"full {label} incl. middle name matches")
        elif middle:
            score = (0.15, f"first and last {label} match, middle name differs")
        else:
            score = (0.38, f"first and last {label} match")
        best = max(best, score)
    return best


def score(person: Person, listing: Listing, *, submit_at: float = 0.75, ask_at: float = 0.45,
          today: dt.date | None = None) -> Match:
    reasons: list[str] = []
    name, why = _name_score(person, listing.name)
    reasons.append(why)
    if name == 0.0:
        return Match(0.0, "no_match", reasons)
    total = name

    age = person.age(today)
    if listing.age is not None and age is not None:
        diff = abs(listing.age - age)
        if diff <= 1:
            total += 0.25
            reasons.append("age matches")
        elif diff <= 3:
            total += 0.10
            reasons.append("age close")
        else:
            total -= 0.35
            reasons.append("age differs")
    elif listing.age is not None:
        reasons.append("age unknown for the person")

    mine = [(_norm(a.city), a.state) for a in person.addresses]
    listed = [_place(p) for p in listing.locations + listing.past_locations]
    if listed and mine:
        if any(c == mc and (s is None or s == ms) for c, s in listed for mc, ms in mine):
            total += 0.30
            reasons.append("a city the person lived in")
        elif any(s == ms for _, s in listed for _, ms in mine if s):
            total += 0.12
            reasons.append("a state the person lived in")
        else:
            total -= 0.25
            reasons.append("no place in common")

    if person.relatives and listing.relatives:
        rel = {_norm(r) for r in person.relatives}
        if any(_norm(r) in rel for r in listing.relatives):
            total += 0.10
            reasons.append("a relative in common")

    confidence = round(max(0.0, min(1.0, total)), 3)
    decision: Decision = "match" if confidence >= submit_at else "uncertain" if confidence >= ask_at else "no_match"
    return Match(confidence, decision, reasons)
