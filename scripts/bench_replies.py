"""`scripts/bench replies`: how truly optout reads brokers' answers, on the invented reply corpus
(tests/replies, >= 150 e-mails in seven languages). Prints the right-class rate per class and per
language, the links chosen, and the two faults that must stay at 0 (a non-confirmation acted on
as confirmed; a link opened that is not the one asking to confirm). --json for a program;
--misses lists each wrong reading with the rule that decided. Exit 1 when a target is missed
(0 false confirmations, 0 wrong links, >= 97 % right per language).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.mail._corpus import score  # noqa: E402

TARGET = 0.97


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="scripts/bench replies", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "replies")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    try:
        rep = score(args.corpus)
    except FileNotFoundError as e:
        print(f"--corpus: {e.filename}: not found", file=sys.stderr)
        return 2
    langs, classes = rep.by("lang"), rep.by("label")
    ok_links, n_links = rep.links_right
    met = rep.false_confirmed == 0 and rep.wrong_links == 0 and all(r / n >= TARGET for r, n in langs.values())
    if args.json:
        print(json.dumps({
            "replies": len(rep.rows), "by_language": {k: {"right": r, "of": n} for k, (r, n) in langs.items()},
            "by_class": {k: {"right": r, "of": n} for k, (r, n) in classes.items()},
            "false_confirmed": rep.false_confirmed, "wrong_links_opened": rep.wrong_links,
            "verification_links_right": {"right": ok_links, "of": n_links}, "targets_met": met,
            "misses": [{"file": r.file, "label": r.label, "got": r.got, "rule": r.rule} for r in rep.rows if not r.right],
        }, indent=2))
        return 0 if met else 1
    print(f"{len(rep.rows)} replies in {args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus}\n")
    for title, table in (("language", langs), ("class", classes)):
        print(f"| {title} | replies | right class | % |\n| --- | ---: | ---: | ---: |")
        for k, (r, n) in table.items():
            print(f"| {k} | {n} | {r} | {100 * r / n:.1f} |")
        total = sum(r for r, _ in table.values())
        print(f"| **all** | {len(rep.rows)} | {total} | {100 * total / len(rep.rows):.1f} |\n")
    print(f"verification mails whose link choice is right (the labelled link, or none when none may be opened): "
          f"{ok_links}/{n_links}")
    print(f"non-confirmations acted on as confirmed: {rep.false_confirmed}")
    print(f"links opened that are not the one asking to confirm: {rep.wrong_links}")
    print(f"targets (0, 0, >= {TARGET:.0%} per language): {'met' if met else 'MISSED'}")
    if args.misses:
        for r in rep.rows:
            if not r.right or r.wrong_link:
                print(f"  {r.file}: labelled {r.label}, read {r.got} ({r.rule}); link {r.link_opened!r} vs {r.link_label!r}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
