"""Questions per client (run through ``scripts/bench questions``): how often a volunteer is asked
"is this the client?" in a lab batch where the people-search brokers resell the same cards
(``Lab(resale=True)``: the client's own card and the namesakes around it, alike on every broker).

The clients gave little (a name and a city: no birth year, no relative), so their own card and a
namesake's in their state are unsure on their own. Rounds: the first run, then a run 40 days later
(confirmation scans), then one 240 days later (rechecks). After each run a volunteer answers every
question (an oracle: a card is the client's when it shows the client's city), and the run is
repeated until nothing is asked; every question is counted.

``after``: the code as it is (answers remembered per client, one question per set of records).
``before``: remembered answers switched off (``Engine._remembered`` returns nothing) and the queue
ungrouped, and an answer applied to its own case only (``App._answer_others`` off), which is what
optout did before: one question per unsure case, at every scan.
Options: ``--clients N`` (default 6), ``--brokers a,b,c``, ``--json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.app import App  # noqa: E402
from optout.engine import Engine  # noqa: E402
from optout.lab import Lab  # noqa: E402
from optout.lab.crowd import crowd  # noqa: E402
from optout.person import parse_person  # noqa: E402

from tests.harness import Optout, lab_settings  # noqa: E402

BROKERS = ["peoplefind", "quicklook", "truthy"]


def clients(n: int) -> list[tuple[str, dict]]:
    out = []
    for key, prof in crowd(n):
        out.append((key, {"first_name": prof["first_name"], "last_name": prof["last_name"],
                          "addresses": prof["addresses"], "emails": prof["emails"]}))
    return out


async def measure(mode: str, n: int, brokers: list[str]) -> dict:
    if mode == "before":
        async def nothing(self, loaded, found):  # type: ignore[no-untyped-def]
            return {}
        async def no_others(self, case, now):  # type: ignore[no-untyped-def]
            return []
        Engine._remembered = nothing  # type: ignore[method-assign]
        App._answer_others = no_others  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        lab = Lab(seed=7, failure_rate=0.0, data_dir=Path(tmp) / "lab", resale=True)
        await lab.start()
        try:
            people = [(k, parse_person(p, k)) for k, p in clients(n)]
            lab.seed_people(people)
            async with Optout(lab_settings(Path(tmp) / "data", lab)) as o:
                for k, p in people:
                    await o.add(f"p_{k.replace('-', '_')}", p, brokers)
                app = App(o.settings, o.store, o.vault, o.catalogue, o.clock)
                city = {f"p_{k.replace('-', '_')}": p.addresses[0].city for k, p in people}
                rounds = []
                for days in (0, 40, 200):
                    lab.advance(days=days)
                    asked = 0
                    for _ in range(5):
                        await o.run()
                        tasks = await app.human_tasks(kinds=["uncertain_match"], grouped=(mode == "after"))
                        if not tasks:
                            break
                        for t in tasks:
                            asked += 1
                            key, _ = await app.open_person(t["person"])
                            ids = {li["id"] for li in t["listings"]}
                            shown = await app._stored_listings(await app.get_case(t["case"]), key, ids)
                            mine = [i for i, li in shown.items() if any(city[t["person"]] in x for x in li.locations)]
                            await app.answer(t["case"], match=mine, no_match=not mine)
                    rounds.append(asked)
                return {"mode": mode, "clients": n, "brokers": len(brokers), "questions": rounds,
                        "total": sum(rounds), "per_client": round(sum(rounds) / n, 2),
                        "submissions": sum(sum(v.values()) for b, v in lab.submissions().items() if b in brokers)}
        finally:
            await lab.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--brokers", default=",".join(BROKERS))
    ap.add_argument("--mode", choices=["before", "after"], help="one mode only (each runs in its own process)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    brokers = args.brokers.split(",")
    if args.mode:
        print(json.dumps(asyncio.run(measure(args.mode, args.clients, brokers))))
        return
    import subprocess

    results = [json.loads(subprocess.run([sys.executable, __file__, "--mode", m, "--clients", str(args.clients),
                                          "--brokers", args.brokers], capture_output=True, text=True,
                                         check=True).stdout.strip().splitlines()[-1]) for m in ("before", "after")]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'':8} {'first run':>10} {'+40 days':>9} {'+240 days':>10} {'total':>6} {'per client':>11} {'requests':>9}")
    for r in results:
        q = r["questions"]
        print(f"{r['mode']:8} {q[0]:>10} {q[1]:>9} {q[2]:>10} {r['total']:>6} {r['per_client']:>11} {r['submissions']:>9}")
    print(f"({results[0]['clients']} clients, {results[0]['brokers']} brokers reselling the same cards)")


if __name__ == "__main__":
    main()
