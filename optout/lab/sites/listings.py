"""The records a fake broker shows: one ``Listing`` per person it lists, and the decoys around them.

Seeding a person gives each broker one listing for them plus decoys, all drawn from a random
generator seeded by ``(lab seed, broker, person key)``, so a given seed always yields the same ids
and names whatever order things happen in:

- a listing for the person (name sometimes with a middle initial, sometimes the full middle name),
- a *namesake elsewhere*: same first and last name, an age 15-30 years apart, another state,
- on brokers with ``namesake_nearby``, a *namesake nearby*: same first and last name, another middle
  initial, the same state, another town, an age 6-12 years apart;
- for a person whose profile has the suffix Jr, a *parent at home*: the same name with "Sr", the
  same city, 25 years older, the person among their relatives (the classic false match).

A one-part name (one name only, no surname) is printed as records fill it in: in both fields
("Zarghuna Zarghuna"), or one of two words or more split over them ("Hser Paw"). A name that is
not plain "First Last" in ASCII (two surnames, compound given names, hyphens,
apostrophes, accents, other scripts) is displayed the way US records squeeze it
(/work/shared/NAMES.md): accents dropped, one of two surnames, a second given name as an initial,
surnames hyphenated, or "Last, First M".

A search finds a listing by the name it prints (``name``) and the other names it prints as "also
known as" (``akas``), never by the seeded person's own name: a person whose record prints
"Maria Hernandez" is not found by "María José Hernández García", as on a real broker; the engine
must search the forms records use. Accents, case, hyphens, middle initials and a Jr/Sr/II/III/IV
do not count (``name_keys``).

Removal and relisting are times on the lab clock, not events: a listing is live from ``shown_from``
(if set) until ``removed_at`` (if set), so advancing the clock is all it takes.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from anyascii import anyascii

from optout.person import Person, particle_forms, surname_units

# Places and names for decoys (never the seeded people's own values).
CITIES = [
    ("Austin", "TX"), ("Denver", "CO"), ("Tampa", "FL"), ("Portland", "OR"), ("Columbus", "OH"),
    ("Raleigh", "NC"), ("Phoenix", "AZ"), ("Omaha", "NE"), ("Madison", "WI"), ("Boise", "ID"),
    ("Albany", "NY"), ("Reno", "NV"), ("Fresno", "CA"), ("Mobile", "AL"), ("Spokane", "WA"),
    ("Lansing", "MI"), ("Topeka", "KS"), ("Savannah", "GA"), ("Provo", "UT"), ("Bangor", "ME"),
]
TOWNS = ["Fairview", "Riverside", "Franklin", "Greenville", "Clinton", "Salem", "Georgetown", "Oakwood"]
FIRST_NAMES = ["Jordan", "Casey", "Morgan", "Taylor", "Jamie", "Robin", "Avery", "Quinn", "Riley", "Drew"]


def place_text(*parts: str | None) -> str | None:
    """A place as a lab page prints it: the parts that are known, in order ("Austin, TX", "Madrid"),
    None when none is. The one formatter of a listing's places: a page never prints an absent value
    as "None" (f43: a client living abroad was listed as "Madrid, None"), and a city without a
    state is still shown, as a real broker shows one."""
    shown = [str(p).strip() for p in parts if p is not None and str(p).strip()]
    return ", ".join(shown) or None


@dataclass
class Listing:
    lid: str  # 8 lowercase hex digits
    owner: str  # key of the seeded person this listing was made for
    decoy: bool  # True: a different person who shares the name
    first: str
    last: str
    name: str  # as displayed; what a search finds it by
    birth_year: int | None = None
    birth_date: dt.date | None = None
    city: str | None = None
    state: str | None = None
    past: list[str] = field(default_factory=list)  # "City, ST"
    relatives: list[str] = field(default_factory=list)
    shown_from: dt.datetime | None = None  # hidden before this time (a relisting)
    removed_at: dt.datetime | None = None  # gone from this time on
    relist_of: str | None = None  # the listing id this one relists
    akas: list[str] = field(default_factory=list)  # other names it prints ("also known as"), searchable too

    def live(self, now: dt.datetime) -> bool:
        return (self.shown_from is None or now >= self.shown_from) and (
            self.removed_at is None or now < self.removed_at
        )

    def age(self, today: dt.date) -> int | None:
        if self.birth_date:
            b = self.birth_date
            return today.year - b.year - ((today.month, today.day) < (b.month, b.day))
        return today.year - self.birth_year if self.birth_year else None

    @property
    def place(self) -> str | None:
        return place_text(self.city, self.state)

    def relisted(self, lid: str, at: dt.datetime) -> Listing:
        """The same person listed again under a new id, visible from ``at``."""
        return replace(self, lid=lid, shown_from=at, removed_at=None, relist_of=self.lid,
                       past=list(self.past), relatives=list(self.relatives), akas=list(self.akas))


class ListingStore:
    """One broker's listings, indexed by id and by the (first, last) searches that find the names
    each prints (``name_keys``)."""

    def __init__(self) -> None:
        self._by_id: dict[str, Listing] = {}
        self._by_name: dict[tuple[str, str], list[Listing]] = defaultdict(list)

    def __contains__(self, lid: str) -> bool:
        return lid in self._by_id

    def add(self, listing: Listing) -> None:
        self._by_id[listing.lid] = listing
        keys = {k for printed in (listing.name, *listing.akas) for k in name_keys(printed)}
        for key in keys:
            self._by_name[key].append(listing)

    def drop_owner(self, key: str) -> None:
        """Forget everything made for ``key`` (before seeding that key again)."""
        kept = [x for x in self._by_id.values() if x.owner != key]
        self.clear()
        for x in kept:
            self.add(x)

    def clear(self) -> None:
        self._by_id.clear()
        self._by_name.clear()

    def live(self, lid: str, now: dt.datetime) -> Listing | None:
        x = self._by_id.get(lid)
        return x if x and x.live(now) else None

    def search(self, first: str, last: str, state: str | None, now: dt.datetime) -> list[Listing]:
        found = self._by_name.get(_name_key(first, last), [])
        state = (state or "").strip().upper()
        return [x for x in found if x.live(now) and (not state or x.state == state)]

    def of_person(self, key: str, now: dt.datetime) -> list[Listing]:
        """The live listings of the seeded person ``key`` (decoys excluded)."""
        return [x for x in self._by_id.values() if x.owner == key and not x.decoy and x.live(now)]

    def find_names(self, words: Iterable[str], state: str | None, now: dt.datetime) -> list[Listing]:
        """Search with a name given as words (``["Mary", "Ann", "Lee"]``): try every first/last split."""
        words = [w for w in words if w]
        out: list[Listing] = []
        for i in range(1, len(words)):
            out += self.search(" ".join(words[:i]), " ".join(words[i:]), state, now)
        return out


#: Words a printed name carries that no search field holds: generational suffixes.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_keys(printed: str) -> set[tuple[str, str]]:
    """The (first, last) searches, folded as :func:`_name_key`, that find a record printing
    ``printed``, as a people-search site's first/last name fields do: "Last, First Middle" splits
    at the comma; otherwise at any word (given names, then surnames). The first name field holds
    every given name or the first alone; middle initials and a suffix are not searched; a
    hyphenated word ("Pierre-Louis") is one name, never split."""
    head, comma, tail = printed.partition(",")
    if comma:
        surnames, given = _words(head), _words(tail)
        splits = [(given, surnames)] if given and surnames else []
    else:
        words = _words(printed)
        splits = [(words[:i], words[i:]) for i in range(1, len(words))]
    keys = set()
    for given, surnames in splits:
        keys.add((" ".join(given), " ".join(surnames)))
        keys.add((given[0], " ".join(surnames)))
    return keys


def _words(text: str) -> list[str]:
    """The printed words of a name part, each folded (a hyphenated one stays one), without
    initials ("A", "A.") and suffixes."""
    folded = (_name_key(w.strip("."), "")[0] for w in text.split())
    return [w for w in folded if len(w) > 1 and w not in _SUFFIXES]


def folded(text: str) -> str:
    """``text`` as the lab's brokers compare names: accents, case and hyphens aside, one space."""
    return _name_key(text, "")[0]


def _name_key(first: str, last: str) -> tuple[str, str]:
    # a hyphen and a space are one separator, as in brokers' own search (Jean-Baptiste, O'Connor-Adeyemi
    # reach a search as "name=Ngozi-O'Connor-Adeyemi" or "O'Connor Adeyemi")
    # and accents do not count ("Jose" finds "José"), as on the people-search sites the lab stands for
    return (" ".join(anyascii(first).replace("-", " ").split()).casefold(),
            " ".join(anyascii(last).replace("-", " ").split()).casefold())


def listings_for(
    key: str,
    person: Person,
    *,
    rng: random.Random,
    new_id: Callable[[random.Random], str],
    today: dt.date,
    decoys: bool = True,
    namesake_nearby: bool = False,
) -> list[Listing]:
    """The listings one broker shows for a seeded person: theirs, then the decoys."""
    first, middle, last = person.first_name, person.middle_name, person.last_name
    home = person.current_address
    name = f"{first} {last}"
    if person.one_part_name:
        # one name only: records put it in both fields ("Zarghuna Zarghuna"), or split one of two
        # words or more over them ("Hser Paw": first Hser, last Paw) (NAMES.md)
        words = anyascii(first).split()
        name = rng.choice([f"{' '.join(words)} {' '.join(words)}"] + ([" ".join(words)] if len(words) > 1 else []))
    elif _plain(person):
        if middle:
            name = rng.choice([name, f"{first} {middle[0]}. {last}", f"{first} {middle} {last}"])
    else:
        name = _as_records_show_it(person, rng)
    out = [
        Listing(
            lid=new_id(rng), owner=key, decoy=False, first=first, last=last, name=name,
            birth_year=person.birth_year, birth_date=person.birth_date,
            city=home.city if home else None, state=home.state if home else None,
            past=[p for a in person.addresses[1:] if (p := place_text(a.city, a.state))],
            relatives=list(person.relatives),
        )
    ]
    if person.suffix == "Jr":
        out[0].name = f"{out[0].name} Jr"
    if not decoys:
        return out
    if person.suffix == "Jr" and home:
        out.append(
            Listing(
                lid=new_id(rng), owner=key, decoy=True, first=first, last=last, name=f"{first} {last} Sr",
                birth_year=(person.birth_year or 1980) - 25, city=home.city, state=home.state,
                relatives=[f"{first} {last} Jr", *person.relatives[:1]],
            )
        )

    own_states = {a.state for a in person.addresses}
    elsewhere = [c for c in CITIES if c[1] not in own_states]
    city, state = rng.choice(elsewhere)
    out.append(
        Listing(
            lid=new_id(rng), owner=key, decoy=True, first=first, last=last,
            name=rng.choice([f"{first} {last}", f"{first} {rng.choice(string.ascii_uppercase)}. {last}"]),
            birth_year=_other_year(person.birth_year, rng, 15, 30, today), city=city, state=state,
            past=[f"{c}, {s}" for c, s in rng.sample(elsewhere, rng.randint(0, 2))],
            relatives=[f"{rng.choice(FIRST_NAMES)} {last}" for _ in range(rng.randint(1, 3))],
        )
    )
    if namesake_nearby:
        initials = [c for c in string.ascii_uppercase if not middle or c != middle[0].upper()]
        town = rng.choice([t for t in TOWNS if not home or t != home.city])
        out.append(
            Listing(
                lid=new_id(rng), owner=key, decoy=True, first=first, last=last,
                name=f"{first} {rng.choice(initials)}. {last}",
                birth_year=_other_year(person.birth_year, rng, 6, 12, today), city=town,
                state=home.state if home else rng.choice(CITIES)[1],
                relatives=[f"{rng.choice(FIRST_NAMES)} {last}"],
            )
        )
    return out


def _plain(person: Person) -> bool:
    """A name records keep as it is: one ASCII word per part, no hyphen or apostrophe."""
    parts = [person.first_name, person.last_name, person.middle_name or "x"]
    return all(p.isascii() and len(p.split()) == 1 and "-" not in p and "'" not in p for p in parts)


def _as_records_show_it(person: Person, rng: random.Random) -> str:
    """One of the ways US records print a name that is not "First Last" in ASCII (NAMES.md). A
    surname keeps the particles before it (``optout.person.surname_units``: "dela Cruz", "de la
    Fuente", "van der Berg", "bin Said" are one surname each): a record printing one surname of
    two never prints a particle alone ("Maricel dela", which no search finds), and a particle
    surname is also printed glued ("Delacruz") or without its particles ("Cruz"); "Last, First"
    is the other order."""
    given = anyascii(person.first_name).split() + (anyascii(person.middle_name).split() if person.middle_name else [])
    surnames = anyascii(person.last_name).split()
    units = surname_units(surnames)
    full = " ".join(given + surnames)
    forms = [full, f"{given[0]} {units[-1] if len(units) > 2 else units[0]}"]
    if len(given) > 1:
        forms.append(f"{given[0]} {given[1][0]} {' '.join(surnames)}")
    if len(units) == 2 and all(len(u.split()) == 1 for u in units):
        forms.append(f"{given[0]} {'-'.join(units)}")
    if len(units) == 1:
        forms += [f"{given[0]} {form}" for form in particle_forms(units[0])]
    forms.append(f"{' '.join(surnames)}, {' '.join(given)}")
    return rng.choice(forms)


def _other_year(year: int | None, rng: random.Random, lo: int, hi: int, today: dt.date) -> int:
    """A birth year ``lo``-``hi`` years away from ``year`` (any adult's year when it is unknown)."""
    if year is None:
        return rng.randint(1940, 2000)
    gap = rng.randint(lo, hi)
    older, younger = year - gap, year + gap
    if younger > today.year - 18:
        return older
    return rng.choice([older, younger])
