"""Places as (city, state, ZIP): "Springfield, IL", "St Louis MO", "Miami FL 33125", "Miami, FL, US",
"33125", "California", "12 Elm St, Springfield, IL 62701", "Phoenix, Arizona".

The state, ZIP and country are read from the end of the text (two-letter codes or names); what is
left is the city, or, when it still holds a street address, the city :mod:`optout.places` reads
from it (usaddress, DataMade's parser trained on US addresses). This module is the tolerant,
comparison-side reading (a ZIP or a state alone still counts); ``optout.places`` is extraction's. City
words are normalised (St/St./Saint, Ft/Fort, Mt/Mount, N/North…), and New York City's boroughs and
neighbourhoods are also known as "new york" (NAMES.md: Queens vs Flushing). An empty city is no city.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
from importlib import resources
from dataclasses import dataclass

from optout.matching._text import ascii_text
from optout.usstates import NAME_TO_CODE, STATES

_COUNTRY = {"us", "usa", "u s", "u s a", "united states", "united states of america"}
_CITY_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port", "n": "north",
               "s": "south", "e": "east", "w": "west", "hts": "heights", "spgs": "springs", "bch": "beach"}
NYC = frozenset({"new york", "new york city", "nyc", "manhattan", "brooklyn", "queens", "bronx", "the bronx",
                 "staten island", "flushing", "jamaica", "astoria", "jackson heights", "corona", "elmhurst",
                 "harlem", "washington heights", "bushwick", "flatbush", "sunset park", "long island city",
                 "forest hills", "bayside", "woodside", "sunnyside", "ridgewood", "east elmhurst"})


# Cities whose neighbourhoods are postal place names of their own, which brokers print as the town (a
# Mattapan ZIP is "Mattapan, MA"; a Van Nuys one "Van Nuys, CA"), as New York's boroughs are (NYC above):
# each is its city's area, "metro", not a town the person never lived in (seventeenth pass, holdout11 #128).
# Only neighbourhoods inside the city's limits (Boston's 23, the City of Los Angeles' communities with their
# own post office names), not neighbouring towns (Brookline, Burbank: the fifteenth pass measured those)
CITY_AREAS: dict[tuple[str, str], frozenset[str]] = {
    ("boston", "MA"): frozenset({
        "allston", "brighton", "charlestown", "dorchester", "dorchester center", "east boston", "hyde park",
        "jamaica plain", "mattapan", "roslindale", "roxbury", "roxbury crossing", "south boston", "west roxbury",
        "mission hill", "back bay", "south end", "north end", "fenway", "readville", "beacon hill"}),
    ("los angeles", "CA"): frozenset({
        "arleta", "canoga park", "chatsworth", "eagle rock", "encino", "granada hills", "harbor city", "hollywood",
        "north hollywood", "lake balboa", "mission hills", "northridge", "north hills", "pacoima", "panorama city",
        "playa del rey", "playa vista", "porter ranch", "reseda", "san pedro", "sherman oaks", "studio city",
        "sun valley", "sunland", "sylmar", "tarzana", "toluca lake", "tujunga", "valley village", "van nuys",
        "venice", "west hills", "west los angeles", "westchester", "wilmington", "winnetka", "woodland hills",
        "koreatown", "silver lake", "echo park", "los feliz", "boyle heights", "lincoln heights", "el sereno",
        "highland park", "watts", "westwood", "bel air", "brentwood", "pacific palisades", "mar vista", "palms",
        "hyde park"}),
}
_AREA_OF = {(area, state): city for (city, state), areas in CITY_AREAS.items() for area in (city, *areas)}


@dataclass(frozen=True)
class Place:
    city: str | None  # normalised words, or None
    state: str | None  # two-letter code
    zip: str | None  # five digits

    @property
    def metro(self) -> str | None:
        """A wider name for the city where one is known (New York's boroughs: "new york"; Boston's and Los
        Angeles' neighbourhoods that are postal place names: CITY_AREAS)."""
        if self.city in NYC and self.state in (None, "NY"):
            return "new york"
        return _AREA_OF.get((self.city, self.state)) if self.city and self.state else None


def norm_city(text: str | None) -> str | None:
    if not text:
        return None
    words = re.sub(r"[^a-z0-9 ]+", " ", ascii_text(text).replace("'", "")).split()
    words = [_CITY_WORDS.get(w, w) for w in words]
    return " ".join(words) or None


def _state_code(words: list[str]) -> tuple[str | None, int]:
    """The state at the end of ``words`` and how many words it took."""
    if words and len(words[-1]) == 2 and words[-1].upper() in STATES:
        return words[-1].upper(), 1
    for n in (4, 3, 2, 1):
        if len(words) >= n and (code := NAME_TO_CODE.get(" ".join(words[-n:]).lower())):
            return code, n
    return None, 0


def parse_place(text: str) -> Place:
    """Never raises; an unreadable text gives ``Place(None, None, None)``."""
    raw = ascii_text(text or "")[:300].replace("-", " ")
    words = re.findall(r"[^\s,]+|,", raw)
    zip_code = None
    changed = True
    while changed and words:  # from the end: commas, country, ZIP (in any order)
        changed = False
        if words[-1] == ",":
            words, changed = words[:-1], True
        elif len(words) >= 2 and " ".join(w.strip(".") for w in words[-2:]).lower() in _COUNTRY:
            words, changed = words[:-2], True
        elif words[-1].strip(".").lower() in _COUNTRY:
            words, changed = words[:-1], True
        elif re.fullmatch(r"\d{5}(?:\d{4})?", words[-1]) and zip_code is None:
            zip_code, words, changed = words[-1][:5], words[:-1], True
    state, n = _state_code([w.strip(".") for w in words])
    if n:
        words = words[:-n]
    while words and words[-1] == ",":
        words = words[:-1]
    if "," in words:  # "12 Elm St, Springfield": the city is the last part
        last = len(words) - 1 - words[::-1].index(",")
        words = words[last + 1:]
    city_text = " ".join(words)
    if re.search(r"\d", city_text):
        city_text = _usaddress_city(text or "") or ""
    city = norm_city(city_text)
    if city and city in _COUNTRY:
        city = None
    return Place(city, state, zip_code)


def _usaddress_city(text: str) -> str | None:
    """The city inside a street address, read by :func:`optout.places.parse_place` (usaddress)."""
    from optout.places import parse_place as parse_address

    try:
        place = parse_address(text)
    except Exception:  # an address parser's odd failure on odd text: no city then
        return None
    return place.city if place else None


US_PEOPLE = 331_449_281  # the US population, 2020 Census (the basis of the place populations below)


@functools.cache
def _populations() -> dict[tuple[str, str], tuple[int, float, float]]:
    """(normalised city, state) -> (population, latitude, longitude), from ``data/us_places.tsv.gz``
    (GeoNames' populated places of 500 people or more, their US populations the Census Bureau's;
    scripts/make_places_table.py, credited in NOTICE). Read once, on first use."""
    out: dict[tuple[str, str], tuple[int, float, float]] = {}
    with resources.files("optout.matching").joinpath("data/us_places.tsv.gz").open("rb") as raw:
        text = gzip.decompress(raw.read()).decode("ascii", "replace")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        city, state, pop, lat, lon = line.split("\t")
        out[(city, state)] = (int(pop), float(lat), float(lon))
    return out


def _row(place: Place) -> tuple[int, float, float] | None:
    if not place.city or not place.state:
        return None
    if place.metro == "new york":
        return _populations().get(("new york city", "NY"))
    return _populations().get((place.city, place.state))


def population(place: Place) -> int | None:
    """How many people live in ``place`` (a city with its state; a New York borough or neighbourhood
    counts as the city, whose people it shares with its neighbours on brokers' cards), or None when
    the table does not know it (no state, a neighbourhood GeoNames lacks, a misspelling)."""
    row = _row(place)
    return row[0] if row else None


def distance_km(a: Place, b: Place) -> float | None:
    """How far apart two places' centres are, in kilometres (great circle; GeoNames' coordinates to two
    decimals, about a kilometre), or None when the table does not know either."""
    ra, rb = _row(a), _row(b)
    if ra is None or rb is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (ra[1], ra[2], rb[1], rb[2]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
