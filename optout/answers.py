"""Remembered answers: what a person said about a listing ("this is the client" / "not them"),
kept per client, so that the same record seen again (on another broker that resells it, or at a
recheck) is decided by that answer instead of asking again.

A record is known by its **fingerprint**: an HMAC-SHA256 of the listing's identifying facts, the
ones the matcher reads (:func:`identifying_facts`: the printed name, its aliases, the places, the
phones, the relatives, each normalised), keyed with a key derived from
the client's own data key (:class:`optout.vault.PersonKey`). So a fingerprint says nothing of the
values, and the same record gives different fingerprints for two clients: no answer, and no
fingerprint, links clients. The age is compared beside it, as a birth interval kept sealed with the
answer (:func:`birth_interval`), so a record a year older at a recheck is still the same record. A
record that changed in any identifying fact goes back to the matcher. In record-linkage terms this is the clerical review's decision,
reused for an exact duplicate of the reviewed record pair.

The answers of a client are one sealed person record (``person_records``, kind :data:`RECORD`),
sealed with the client's key like every other personal document, and removed with the client.
It is changed only by :func:`update`: read, change, compare-and-swap (``Store.swap_record``), again
from the start when another process (the CLI beside the dashboard, two dashboard workers, two
machines on PostgreSQL) wrote it in between, so no answer is lost.
Fingerprints and values never appear in logs, file names or URLs: an answer is named by a small
number (:attr:`Answer.id`) in the CLI and the dashboard.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from anyascii import anyascii

if TYPE_CHECKING:
    from optout.steps.extract import Listing
    from optout.store import Store
    from optout.vault import PersonKey

#: The kind of the client's sealed person record that holds their answers.
RECORD = "answers"
#: How many times :func:`update` reads again after losing a race before it gives up (StoreError).
ATTEMPTS = 50
_WORDS = re.compile(r"[^0-9a-z]+")


def _norm(text: Any) -> str:
    """Letters and digits only, transliterated and case-folded: "María  Garcia-López" and
    "MARIA GARCIA LOPEZ" are one printed name; a different word is a different name."""
    if not isinstance(text, str):
        return ""
    return " ".join(_WORDS.split(anyascii(text[:500]).casefold())).strip()


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def birth_interval(listing: Listing, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The birth dates the listing's age allows (first, last; inclusive), read on ``today``:
    "Age 45", "45 years old", "Born 1981", "In his 40s" all become an interval of birth dates, so
    the same record printed another way, or a year older at a recheck, is still the same record.
    None when the listing shows no age (optout.matching.ages.parse_age reads the text)."""
    from optout.matching.ages import parse_age

    text = listing.age_text if isinstance(listing.age_text, str) and listing.age_text else None
    if text is None and isinstance(listing.age, int) and not isinstance(listing.age, bool):
        text = str(listing.age)
    ages = parse_age(text, today) if text else None
    if ages is None:
        return None
    lo, hi = ages
    return _years_before(today, hi + 1) + dt.timedelta(days=1), _years_before(today, lo)


def _phone(text: Any) -> str:
    digits = re.sub(r"\D", "", text if isinstance(text, str) else "")
    return digits[-10:]


def identifying_facts(listing: Listing) -> dict[str, Any]:
    """The listing's identifying facts but its age, normalised: ``name`` (as printed), ``aliases``,
    ``places`` (current, past and addresses), ``phones`` (their last ten digits), ``relatives``.
    Lists are sorted sets. Never raises on any text. The age is compared as a birth interval
    (:func:`birth_interval`), kept beside the answer: it moves with the day it is read on."""
    places = [*listing.locations, *listing.past_locations]
    for a in listing.addresses or []:
        if isinstance(a, dict):
            places.append(" ".join(str(a.get(k) or "") for k in ("street", "city", "state", "zip")))
    return {
        "name": _norm(listing.name),
        "aliases": sorted({_norm(a) for a in listing.aliases} - {""}),
        "places": sorted({_norm(p) for p in places} - {""}),
        "phones": sorted({_phone(p) for p in listing.phones} - {""}),
        "relatives": sorted({_norm(r) for r in listing.relatives} - {""}),
    }


def fingerprint(key: PersonKey, listing: Listing) -> str:
    """The record's keyed fingerprint for this client: 64 hex digits (HMAC-SHA256 over
    :func:`identifying_facts`). Equal for the same record on any broker and at any recheck;
    different for another client, and for a record that changed in any identifying fact but its
    age (the age is compared by :meth:`Answers.of`, as a birth interval)."""
    facts = json.dumps(identifying_facts(listing), sort_keys=True, ensure_ascii=False)
    # under a key derived from the client's data key for this one use (the same digest as a
    # stored listing's key, another domain string: optout.vault.PersonKey.digest)
    return key.digest("answers:fingerprint", facts)


def summary(listing: Listing) -> dict[str, Any]:
    """What a person is shown of a remembered record (personal data: kept sealed)."""
    return {"name": listing.name if isinstance(listing.name, str) else "",
            "age": listing.age if listing.age is not None else listing.age_text,
            "places": [*listing.locations, *listing.past_locations][:6],
            "phones": len(listing.phones), "relatives": len(listing.relatives)}


@dataclass
class Answer:
    """One remembered answer: ``id`` (a small number, the client's own), ``them`` (True: this
    record is the client), ``at`` (when the person answered, UTC), ``summary`` (what the record
    showed, for the person who reviews answers)."""

    id: int
    fingerprint: str
    them: bool
    at: dt.datetime
    summary: dict[str, Any]
    #: The birth dates the record's age allowed when answered (first, last), or None: no age shown.
    born: tuple[dt.date, dt.date] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "them": self.them, "at": self.at.isoformat(), "summary": self.summary,
                "born": [d.isoformat() for d in self.born] if self.born else None}

    def same_age(self, born: tuple[dt.date, dt.date] | None) -> bool:
        """Whether a record now showing ``born`` shows the age it showed when answered: both no
        age, or birth intervals that overlap (a year later it is a year older, not another age)."""
        if self.born is None or born is None:
            return self.born is None and born is None
        return born[0] <= self.born[1] and self.born[0] <= born[1]


class Answers:
    """A client's remembered answers, by fingerprint. Read with :meth:`load`, changed in memory,
    written back sealed with :meth:`save`."""

    def __init__(self, key: PersonKey, items: dict[str, Answer] | None = None, next_id: int = 1,
                 sealed: bytes | None = None):
        self.key = key
        self.items = items or {}
        self.next_id = next_id
        #: The stored bytes this was read from (None: no record yet): what :meth:`save` swaps out.
        self.sealed = sealed

    @classmethod
    async def load(cls, store: Store, key: PersonKey) -> Answers:
        sealed = await store.get_record(key.person_id, RECORD)
        if sealed is None:
            return cls(key)
        doc = json.loads(key.open(sealed, f"record:{RECORD}"))
        items = {fp: Answer(a["id"], fp, a["them"], dt.datetime.fromisoformat(a["at"]), a.get("summary") or {},
                            tuple(dt.date.fromisoformat(d) for d in a["born"]) if a.get("born") else None)
                 for fp, a in doc.get("answers", {}).items()}
        return cls(key, items, doc.get("next_id", 1), sealed)

    async def save(self, store: Store, now: dt.datetime) -> bool:
        """Write the answers back if nobody changed them since :meth:`load` (compare-and-swap);
        False when someone did: nothing is written, read again (:func:`update` does)."""
        doc = {"next_id": self.next_id,
               "answers": {fp: {k: v for k, v in a.to_json().items()} for fp, a in self.items.items()}}
        sealed = self.key.seal(json.dumps(doc).encode(), f"record:{RECORD}")
        if not await store.swap_record(self.key.person_id, RECORD, self.sealed, sealed, now):
            return False
        self.sealed = sealed
        return True

    def of(self, listing: Listing, today: dt.date) -> Answer | None:
        """The answer remembered for this record, if a person gave one about it as it is now
        (every identifying fact alike; its age read on ``today`` within the one answered)."""
        if not self.items:
            return None
        a = self.items.get(fingerprint(self.key, listing))
        return a if a is not None and a.same_age(birth_interval(listing, today)) else None

    def remember(self, listing: Listing, them: bool, at: dt.datetime) -> Answer:
        """Remember (or replace) the answer about this record (its age read on ``at``'s day)."""
        fp = fingerprint(self.key, listing)
        old = self.items.get(fp)
        answer = Answer(old.id if old else self.next_id, fp, them, at, summary(listing),
                        birth_interval(listing, at.date()))
        if old is None:
            self.next_id += 1
        self.items[fp] = answer
        return answer

    def forget(self, answer_id: int) -> Answer | None:
        """Drop the answer with this id; the record goes back to the matcher (and may be asked)."""
        for fp, a in list(self.items.items()):
            if a.id == answer_id:
                return self.items.pop(fp)
        return None

    def listed(self) -> list[Answer]:
        return sorted(self.items.values(), key=lambda a: a.id)


T = TypeVar("T")


async def update(store: Store, key: PersonKey, now: dt.datetime, change: Callable[[Answers], T]) -> T:
    """Read the client's answers, apply ``change`` (called again on a fresh read after a lost
    race, so it must only change the :class:`Answers` it is given), and write them back with a
    compare-and-swap: an answer given at the same moment by another process is kept, never
    overwritten. Returns what ``change`` returned (an exception it raises writes nothing).
    StoreError after :data:`ATTEMPTS` lost races."""
    import asyncio
    import random

    from optout.errors import StoreError

    for attempt in range(ATTEMPTS):
        answers = await Answers.load(store, key)
        out = change(answers)
        if await answers.save(store, now):
            return out
        await asyncio.sleep(random.uniform(0, 0.005 * min(attempt + 1, 10)))  # jittered: let the other finish
    raise StoreError(f"person {key.person_id}: answers changed by others {ATTEMPTS} times in a row; try again")
