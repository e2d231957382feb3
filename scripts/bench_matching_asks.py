"""What the questions sent to a person are (issue 10, fifteenth pass): every pair of the evaluation sets
that the matcher sends to a person ("uncertain"), counted by the evidence on its card, the person's
cards apart from strangers'. A measure, not a decision: it reads the labels only to count.

Evidence read per question (a card may show several; each row counts the questions that show it):
- twin: a pair the set marks undecidable (meant to be asked);
- the card's places against the person's: a city, ZIP or street of theirs; else the nearest listed town
  to any of their towns by the shipped gazetteer's coordinates (``_places.distance_km``): within 15 km
  (a neighbouring town), 15-50 km (the same metro area), farther in a state of theirs, only other
  states, or no place the table knows;
- a middle name or initial that agrees, a relative that agrees, a phone or relatives that differ;
- the age: exact (one year), close, a decade ("In his 40s") or a birth year;
- a phone whose area code is one of the person's phones' (not theirs: theirs is never asked).

    .venv/bin/python scripts/bench_matching_asks.py [--set main --set holdout ...] [--markdown]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_matching import SETS, load  # noqa: E402

from optout.matching import score  # noqa: E402
from optout.matching._places import Place, distance_km, parse_place  # noqa: E402

ALL = ["main", *(f"holdout{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10"))]
NEAR_KM, METRO_KM = 15.0, 50.0


def _area(phone: str) -> str | None:
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return digits[:3] if len(digits) == 10 else None


def place_kind(pair: dict, evidence: list[str]) -> str:
    if any(k in evidence for k in ("street", "zip", "city", "community city", "another city")):
        return "a city, ZIP or street of theirs"
    if any(k in evidence for k in ("metro", "community metro")):
        return "their city area (a borough)"
    person, listing = pair["person"], pair["listing"]
    mine = [parse_place(f"{a.city}, {a.state or ''}") for a in person.addresses if a.city]
    shown = [parse_place(x) for x in [*listing.locations, *listing.past_locations] if isinstance(x, str)]
    shown = [p for p in shown if p.city and p.state]
    if not shown:
        return "only a state or county of theirs" if "state only" in evidence else "no town shown"
    dists = [d for s in shown for m in mine if (d := distance_km(s, m)) is not None]
    my_states = {a.state for a in person.addresses if a.state}
    if not dists:
        return "a town the table lacks" if any(s.state in my_states for s in shown) else "only other states"
    near = min(dists)
    if near <= NEAR_KM:
        return f"a town within {NEAR_KM:.0f} km of theirs"
    if near <= METRO_KM:
        return f"a town {NEAR_KM:.0f}-{METRO_KM:.0f} km from theirs"
    if any(s.state in my_states for s in shown):
        return "only towns farther in a state of theirs"
    return "only other states"


def features(pair: dict, evidence: list[str]) -> list[str]:
    out = [place_kind(pair, evidence)]
    out += ["middle name or initial agrees"] if any("middle agrees" in k for k in evidence) else []
    out += ["a relative agrees"] if "relative agrees" in evidence else []
    out += ["a phone that is not theirs"] if any(k in evidence for k in ("phone differs", "phones differ")) else []
    out += ["relatives that are not theirs"] if any(k in evidence for k in ("relative differs", "relatives differ")) \
        else []
    text = (pair["listing"].age_text or "").lower()
    out += ["age: a decade"] if text.rstrip().endswith("s") and any(c.isdigit() for c in text) else \
        ["age: a year of birth"] if "birth year agrees" in evidence else \
        ["age: exact"] if "age agrees" in evidence else ["age: close"] if "age close" in evidence else []
    mine = {a for p in pair["person"].phones if (a := _area(p))}
    shown = {a for p in pair["listing"].phones if isinstance(p, str) and (a := _area(p))}
    out += ["a phone of their area code"] if mine & shown else []
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", dest="sets", action="append", choices=sorted(SETS))
    args = ap.parse_args(argv)
    person, stranger, twins = Counter(), Counter(), Counter()
    asked = {0: 0, 1: 0}
    for name in args.sets or ALL:
        today, pairs = load(SETS[name])
        for pair in pairs:
            m = score(pair["person"], pair["listing"], today=today)
            if m.decision != "uncertain":
                continue
            if pair.get("twin"):
                twins[pair["t"]] += 1
                continue
            asked[pair["t"]] += 1
            for f in features(pair, m.evidence):
                (person if pair["t"] == 1 else stranger)[f] += 1
    print(f"questions outside the twins: {asked[1] + asked[0]} ({asked[1]} the person, {asked[0]} strangers); "
          f"twins asked: {twins[1] + twins[0]} ({twins[1]} the person)")
    print("| evidence on the card | the person | strangers |\n|---|---|---|")
    for f in sorted(set(person) | set(stranger), key=lambda f: -(person[f] + stranger[f])):
        print(f"| {f} | {person[f]} | {stranger[f]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
