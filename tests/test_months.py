"""Six simulated months against relisting brokers, a due pass every lab day: every relisting is
caught within its recipe's recheck cadence and submitted again, and nothing is asked for twice."""

from __future__ import annotations

import datetime as dt

import pytest

from optout import schedule
from optout.lab.crowd import crowd
from optout.person import parse_person
from optout.store import CaseState as S

from .harness import Optout, lab_settings

DAY = dt.timedelta(days=1)
SCANS = ("scanned", "rescanned", "found", "relisted", "still_listed")


@pytest.mark.slow
async def test_six_months_of_rechecks_catch_every_relisting(lab, tmp_path):
    people = [(k, parse_person(p, k)) for k, p in crowd(5)]
    lab.seed_people(people)
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        brokers = ["peoplefind", "clanroot"]  # PeopleFind relists 42 days after a removal
        cadence = {b: schedule.cadence(o.catalogue.recipes[b]) for b in brokers}
        ids = {}
        for day in range(183):
            if day % 10 == 0 and day // 10 < len(people):  # people join over the first weeks
                key, person = people[day // 10]
                ids[key] = f"p_{day:010d}"
                await o.add(ids[key], person, brokers)
            await o.run()
            lab.advance(days=1)
        await o.run()

        subs = lab.submissions()
        for key, pid in ids.items():
            for b in brokers:
                case = await o.case(pid, b)
                events = await o.store.events(case.id)
                kinds = [e.kind for e in events]
                assert case.state == S.REMOVED, (key, b, kinds)
                # a removed (or never found) case was rechecked within its cadence every time,
                # give or take the day between passes
                resting = [e for e in events if e.state in (S.REMOVED, S.NOT_FOUND)]
                for e, nxt in zip(events, events[1:]):
                    if e in resting and nxt.kind in SCANS:
                        assert nxt.at - e.at <= cadence[b].recheck_every + DAY, (key, b, e.kind, nxt.at - e.at)
                if b == "peoplefind":
                    # relisted once (the lab relists each removal once), caught by the next
                    # recheck, submitted again, confirmed and then proven gone by a later scan
                    assert kinds.count("relisted") == 1, kinds
                    r = kinds.index("relisted")
                    assert kinds[r - 1] in ("rescanned", "scanned") and events[r - 1].state == S.REMOVED
                    assert events[r].at - events[r - 1].at <= cadence[b].recheck_every + DAY
                    assert kinds[r + 1] == "confirmed" and kinds[r + 2] == "rescanned"
                    assert kinds[:4] == ["created", "found", "confirmed", "rescanned"]
                else:
                    assert "relisted" not in kinds and kinds.count("confirmed") == 1
            assert not lab.is_listed("peoplefind", key) and not lab.is_listed("clanroot", key)
        # the lab's word: two listings per person on PeopleFind (the first and its relisting), one
        # on ClanRoot, each asked for exactly once
        assert len(subs["peoplefind"]) == 2 * len(ids) and set(subs["peoplefind"].values()) == {1}
        assert len(subs["clanroot"]) == len(ids) and set(subs["clanroot"].values()) == {1}
        assert await o.store.verify_states() == []
