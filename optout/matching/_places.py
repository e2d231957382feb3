"""Places as (city, state, ZIP): "Springfield, IL", "St Louis MO", "Miami FL 33125", "Miami, FL, US",
"33125", "California", "12 Elm St, Springfield, IL 62701", "Phoenix, Arizona"; a place abroad, "Cuenca, Ecuador" or
a big city's name alone ("Caracas"), is told by :func:`abroad`.

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
# Every other postal place name of Queens, which its ZIPs carry and brokers print as the town (USPS: 11419 is
# "South Richmond Hill", 11416 "Ozone Park"), and the Brooklyn, Bronx and Manhattan neighbourhoods cards print
# for the borough (twenty-second pass, holdout15 #96: "Richmond Hill, NY" for Queens was a town the person never
# lived in). Read as New York only with the state NY shown: many are towns elsewhere too (Brownsville TX,
# Williamsburg VA, Glendale CA, Riverdale MD). Floral Park and Glen Oaks are left out: Floral Park is also a
# village of Nassau County, NY
NYC_POSTAL = frozenset({
                 "richmond hill", "south richmond hill", "ozone park", "south ozone park", "woodhaven",
                 "howard beach", "kew gardens", "rego park", "fresh meadows", "whitestone", "college point",
                 "oakland gardens", "little neck", "douglaston", "hollis", "queens village", "saint albans",
                 "cambria heights", "rosedale", "springfield gardens", "far rockaway", "arverne", "rockaway park",
                 "breezy point", "middle village", "maspeth", "glendale", "bellerose", "jamaica estates",
                 "canarsie", "bensonhurst", "bay ridge", "crown heights", "east new york", "brownsville",
                 "williamsburg", "greenpoint", "park slope", "borough park", "sheepshead bay", "brighton beach",
                 "coney island", "flatlands", "east flatbush", "bedford stuyvesant", "bed stuy", "midwood",
                 "fordham", "parkchester", "mott haven", "riverdale", "kingsbridge", "soundview", "co op city",
                 "pelham bay", "morrisania", "highbridge", "tremont", "throgs neck", "wakefield",
                 "williamsbridge", "inwood", "east harlem", "chinatown", "lower east side", "hamilton heights"})


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
    country: str | None = None  # ISO 3166 two-letter code of a country named after a comma, other than the US

    @property
    def metro(self) -> str | None:
        """A wider name for the city where one is known (New York's boroughs and neighbourhoods: "new york";
        Boston's and Los Angeles' neighbourhoods that are postal place names: CITY_AREAS)."""
        if self.city in NYC and self.state in (None, "NY") or self.city in NYC_POSTAL and self.state == "NY":
            return "new york"
        return _AREA_OF.get((self.city, self.state)) if self.city and self.state else None


def norm_city(text: str | None) -> str | None:
    if not text:
        return None
    words = re.sub(r"[^a-z0-9 ]+", " ", ascii_text(text).replace("'", "")).split()
    words = [_CITY_WORDS.get(w, w) for w in words]
    city = " ".join(words) or None
    return SPANISH_CITIES.get(city, city) if city else None


# The US states and cities whose Spanish names differ from the English ones, as a card or a profile in
# Spanish writes them ("Paterson, Nueva Jersey", "Nueva York, NY"): the same place (nineteenth pass; read
# before, "Nueva York, NY" was a town the person never lived in, "Nueva Jersey" no state at all). Only names
# no US or Latin American town bears in that form (not "San Luis", a town in Arizona and a Mexican state)
SPANISH_STATES = {"nueva york": "NY", "nueva jersey": "NJ", "nuevo mexico": "NM", "carolina del norte": "NC",
                  "carolina del sur": "SC", "dakota del norte": "ND", "dakota del sur": "SD", "pensilvania": "PA",
                  "luisiana": "LA", "misuri": "MO", "misisipi": "MS", "hawai": "HI", "virginia occidental": "WV",
                  "nueva hampshire": "NH"}
SPANISH_CITIES = {"nueva york": "new york", "ciudad de nueva york": "new york city", "nueva orleans": "new orleans",
                  "filadelfia": "philadelphia"}


def _state_code(words: list[str]) -> tuple[str | None, int]:
    """The state at the end of ``words`` and how many words it took (its English or Spanish name)."""
    if words and len(words[-1]) == 2 and words[-1].upper() in STATES:
        return words[-1].upper(), 1
    for n in (4, 3, 2, 1):
        key = " ".join(words[-n:]).lower()
        if len(words) >= n and (code := NAME_TO_CODE.get(key) or SPANISH_STATES.get(key)):
            return code, n
    return None, 0


def parse_place(text: str) -> Place:
    """Never raises; an unreadable text gives ``Place(None, None, None)``."""
    # a ZIP+4 as USPS writes it, "77081-5522" (Publication 28): its five digits are the ZIP; the hyphen read as a
    # space left "5522" last, so neither the ZIP nor the state before it was read (twenty-sixth pass, holdout19
    # #123: "6200 Gulfton St #214, Houston TX 77081-5522" lost her street)
    raw = re.sub(r"\b(\d{5})-\d{4}\b", r"\1", ascii_text(text or "")[:300]).replace("-", " ")
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
    country = None
    for k in (3, 2, 1):  # "Caracas, Venezuela", "Pachuca, Hidalgo, México": a country after a comma, never a state's name
        if len(words) > k + 1 and words[-k - 1] == "," and not _state_code(words[-k:])[1] \
                and (code := _countries().get(norm_city(" ".join(words[-k:])) or "")) and code != "US":
            country, words = code, words[:-k - 1]
            break
    state, n = _state_code([w.strip(".") for w in words]) if country is None else (None, 0)
    if n:
        words = words[:-n]
        if state == "NY" and norm_city(" ".join(words)) == "ciudad de":  # "Ciudad de Nueva York": the city
            words = ["new", "york", "city"]
    while words and words[-1] == ",":
        words = words[:-1]
    if "," in words and country:  # "Pachuca, Hidalgo, México": the city, then its state or province
        words = words[:words.index(",")]
    elif "," in words and not state and not zip_code and (hit := _abroad_town(words[:words.index(",")])):
        # "Guadalajara, Jalisco", "Tegucigalpa, Francisco Morazan": a city abroad, then its state or province
        # (no US state), read as that city in its country, as with a country named (nineteenth pass)
        country, words = hit, words[:words.index(",")]
    elif "," in words:  # "12 Elm St, Springfield": the city is the last part
        last = len(words) - 1 - words[::-1].index(",")
        words = words[last + 1:]
    city_text = " ".join(words)
    if re.search(r"\d", city_text):
        city_text = _usaddress_city(text or "") or ""
    city = norm_city(city_text)
    if city and city in _COUNTRY:
        city = None
    return Place(city, state, zip_code, country)


@functools.cache
def _countries() -> dict[str, str]:
    """Countries' names in English, Spanish, French and Portuguese (CLDR's, via babel), normalised as
    cities are → their two-letter code. Read once, on first use."""
    from babel import Locale

    out: dict[str, str] = {}
    for locale in ("en", "es", "fr", "pt"):
        for code, shown in Locale(locale).territories.items():
            if len(code) == 2 and code.isalpha() and (name := norm_city(shown)):
                out.setdefault(name, code)
    return out


WORLD_MIN = 100_000   # the cities abroad in ``data/world_cities.tsv.gz``: 100,000 people or more
US_TOWN_MAX = 10_000  # a name is a city abroad only if no US place of that name has this many people


@functools.cache
def _world() -> dict[str, tuple[int, str]]:
    """Normalised name → (population, country) of the cities abroad of ``WORLD_MIN`` people or more, by
    every Latin-script name GeoNames gives them (scripts/make_places_table.py; NOTICE). Read once, kept
    built in the cache directory during a run (:mod:`optout.matching._cache`)."""
    from optout.matching import _cache

    return _cache.table("world_cities", _read_world, kind=dict, data="data/world_cities.tsv.gz", code=__file__)


def _read_world() -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    with resources.files("optout.matching").joinpath("data/world_cities.tsv.gz").open("rb") as raw:
        text = gzip.decompress(raw.read()).decode("ascii", "replace")
    for line in text.splitlines():
        if not line.startswith("#"):
            name, country, pop = line.split("\t")
            out[name] = (int(pop), country)
    return out


@functools.cache
def _us_largest() -> dict[str, int]:
    """Normalised city name → the population of the largest US place of that name, in any state (kept
    built as :func:`_populations` is)."""
    from optout.matching import _cache

    return _cache.table("us_largest", _largest, kind=dict, data="data/us_places.tsv.gz", code=__file__)


def _largest() -> dict[str, int]:
    out: dict[str, int] = {}
    for (city, _state), (pop, _lat, _lon) in _populations().items():
        out[city] = max(pop, out.get(city, 0))
    return out


def abroad(place: Place) -> str | None:
    """The country, when ``place`` is outside the US: a country named after a comma ("Cuenca, Ecuador"), or a
    town shown with no state or ZIP that is a city abroad of 100,000 people or more and no US town of
    10,000 ("Caracas", "Buenos Aires"; not "Lima", "Toledo" or "Kingston", which may be Ohio's or New
    York's). None when it is or may be in the US."""
    if place.country:
        return place.country if place.country != "US" else None
    if place.state or place.zip or not place.city:
        return None
    hit = _world().get(place.city)
    return hit[1] if hit and _us_largest().get(place.city, 0) < US_TOWN_MAX else None


def _abroad_town(words: list[str]) -> str | None:
    """The country of the town ``words`` name when it is a city abroad (as :func:`abroad` reads a town shown
    alone), else None."""
    city = norm_city(" ".join(words))
    if not city or re.search(r"\d", city):
        return None
    return abroad(Place(city, None, None))


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
    scripts/make_places_table.py, credited in NOTICE). Read once, on first use; kept built in the cache
    directory during a run (:mod:`optout.matching._cache`)."""
    from optout.matching import _cache

    return _cache.table("us_places", _read_populations, kind=dict, data="data/us_places.tsv.gz", code=__file__)


def _read_populations() -> dict[tuple[str, str], tuple[int, float, float]]:
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
