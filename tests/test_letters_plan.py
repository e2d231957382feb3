"""Letters at scale: the plan printed before the run is what happens.

Forty people × the lab's ten e-mail brokers = 400 letters, from two sending accounts with their
own daily caps (60 and 40), each person's letters from their own plus-address. The plan (letters
per day per account, the day of the last letter) is made first; then the lab's clock is moved a day
at a time and the worker runs: the letters sent per day per account, counted both in optout's
store and at the lab's brokers, and the finish date, are the plan's.
"""

from __future__ import annotations

import collections
import datetime as dt

from optout.app import App
from optout.person import Person

from .harness import Optout, lab_settings

MAIL = ["mailonly", "mailverify", "mailid", "mailrefuse", "mailpublic", "mailsilent", "mailbounce",
        "mailextend", "mailphish", "mailregistry"]
FIRST = ["María José", "Thanh", "Oluwaseun", "Ana Lucía", "Wei", "José", "Fatima", "Nguyen", "Juan Pablo", "Ngozi"]
LAST = ["Núñez Peña", "de la Cruz", "Nguyễn", "O'Brien", "García-López", "Zhang", "Al-Hassan", "van der Berg"]
STATES = [("CA", "Fresno", "93650"), ("TX", "El Paso", "79901"), ("CO", "Denver", "80202"), ("IL", "Chicago", "60601")]
DAY = dt.timedelta(days=1)


def people() -> list[tuple[str, Person]]:
    out = []
    for i in range(40):
        st, city, zip_ = STATES[i % len(STATES)]
        p = Person(first_name=FIRST[i % len(FIRST)], last_name=LAST[i % len(LAST)], birth_year=1960 + i,
                   emails=[f"c{i}@clients.example"], addresses=[{"city": city, "state": st, "zip": zip_}])
        out.append((f"p_{i:010x}", p))
    return out


async def test_the_plan_for_40_people_is_what_happens(lab, tmp_path):
    accounts = [{"name": "desk1", "from_address": "desk1@user.example", "smtp_host": "127.0.0.1",
                 "smtp_port": lab.smtp_port, "smtp_security": "none", "daily_cap": 60},
                {"name": "desk2", "from_address": "desk2@user.example", "smtp_host": "127.0.0.1",
                 "smtp_port": lab.smtp_port, "smtp_security": "none", "daily_cap": 40}]
    s = lab_settings(tmp_path / "data", lab, worker={"concurrency": 4, "per_broker_per_minute": 60000},
                     mail={"accounts": accounts, "plus_addressing": True, "broker_spacing": 0,
                           "smtp_host": "127.0.0.1", "from_address": "desk1@user.example"})
    lab.advance(hours=(12 - lab.now().hour) % 24)  # midday in the lab: days are days
    async with Optout(s) as o:
        for pid, p in people():
            await o.add(pid, p, MAIL)
        await o.clock.refresh(s.lab_url)
        app = App(s, o.store, o.vault, o.catalogue, o.clock)
        plan = await app.letter_plan()
        assert plan.pending == 400 and plan.held == 0
        assert [(r["desk1"], r["desk2"]) for r in plan.rows()] == [(60, 40)] * 4
        assert "400 letters to send at 60/day (desk1) + 40/day (desk2): 4 days" in plan.summary()

        for _ in range(plan.days + 1):  # one more day than planned: nothing more may go
            await o.run()
            lab.advance(days=1, minutes=10)

        sent = collections.Counter()
        last = None
        for c in await o.store.cases():
            for e in await o.store.events(c.id):
                if e.kind == "letter_sent":
                    sent[((e.at - plan.start) // DAY, e.data["account"])] += 1
                    last = max(last or e.at, e.at)
        assert dict(sent) == plan.per_day
        assert last is not None and plan.finish is not None and last.date() == plan.finish.date()

        # what the lab's brokers received: from each account as planned, each person from their own address
        received = collections.Counter()
        by_person = collections.defaultdict(set)
        for b in MAIL:
            for r in lab.mail_log()[b]["received"]:
                local, _, domain = r["sender"].partition("@")
                account, _, tag = local.partition("+")
                received[account] += 1
                by_person[tag].add(r["sender"])
        assert received == {"desk1": sum(n for (_, a), n in plan.per_day.items() if a == "desk1"),
                            "desk2": sum(n for (_, a), n in plan.per_day.items() if a == "desk2")}
        assert set(by_person) == {pid for pid, _ in people()}
        assert all(len({x.split("@")[0].split("+")[1] for x in v}) == 1 for v in by_person.values())

        # the brokers' answers, sent to each person's plus-address, are all tied to their letters
        stats = await o.engine.read_mail()
        assert not stats.get("unmatched"), stats


def test_the_plan_is_said_in_the_readers_language():
    """A Spanish run's one line on the letters was English ("letters: 108 letters to send at
    80/day (default)…") between two Spanish ones; `optout run` and `optout letters plan` say it in
    the reader's language, English unchanged."""
    import datetime as dt

    from optout.mail._plan import LetterPlan

    start = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    plan = LetterPlan(start, [("default", 80)], 108, held=3, per_day={(0, "default"): 80, (1, "default"): 28},
                      finish=start + dt.timedelta(days=1))
    assert plan.summary() == ("108 letters to send at 80/day (default): 2 days, the last on 2026-12-02; "
                              "3 held back (DROP carries them)")
    assert plan.summary("es") == ("108 cartas por enviar a 80/día (cuenta principal): 2 días, la última el "
                                  "2026-12-02; 3 retenidas (las lleva DROP)")
    assert LetterPlan(start, [("desk1", 60)], 0).summary("es") == "no hay cartas por enviar"
