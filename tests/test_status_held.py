"""f41: letters the daily limit holds back were counted in no column of ``status``'s people table
(and the dashboard's): a person's cases did not add up. They are ``held``, with the day the first
of them goes (``held_until_at``); each case of an e-mail-only person is now either requested or held."""

from __future__ import annotations

import datetime as dt
import json

from optout.app import open_app
from optout.person import load_person

from .conftest import EXAMPLES
from .harness import Optout, cli_env, lab_settings, run_optout

BROKERS = ["mailsilent", "mailextend", "mailonly"]


async def test_letters_held_by_the_daily_limit_are_counted_and_the_columns_add_up(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab,
                            mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                                  "from_address": "optout-desk@user.example", "broker_spacing": 0, "daily_cap": 1})
    async with Optout(settings) as o:
        await o.add("p_alex", alex, BROKERS)
        await o.run()
        now = o.clock.now()
    async with open_app(settings) as app:
        [row] = await app.people_summary()
    assert row["brokers"] == 3 and row["requested"] == 1 and row["held"] == 2, row
    assert row["brokers"] == row["requested"] + row["held"], row  # every case is in one column
    assert now < row["held_until_at"] <= now + dt.timedelta(days=1, minutes=1), (now, row["held_until_at"])
    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_LAB_URL=lab.url)
    [js] = json.loads(run_optout(env, "status", "--json").stdout)
    assert js["held"] == 2 and js["held_until_at"].startswith(f"{row['held_until_at']:%Y-%m-%d}"), js
    day = f"{row['held_until_at']:%Y-%m-%d}"
    for lang, words in (("en", f"2, going from {day}"), ("es", f"2, salen desde el {day}")):
        out = run_optout(env, "status", LANGUAGE=lang, LC_ALL="C.UTF-8").stdout
        assert words in out, (lang, out)
    # each held case's note says the day it goes, in the reader's language
    for lang, words in (("en", f"letter held by the daily limit (or the spacing between letters): it goes on {day}"),
                        ("es", f"carta retenida por el límite diario (o el espacio entre cartas): sale el {day}")):
        out = run_optout(env, "status", "--person", "p_alex", LANGUAGE=lang, LC_ALL="C.UTF-8").stdout
        assert out.count(words) == 2, (lang, out)


async def test_the_outcomes_add_up_to_the_cases_over_every_state(tmp_path):
    """``by_outcome`` counts each case once, whatever it is waiting on: every state a case can be
    in, a request in doubt, a value the client did not give and a letter held by the daily limit,
    side by side, add up to ``brokers``."""
    from optout.person import parse_person
    from optout.settings import Settings
    from optout.store import CaseState as S

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(
            {"first_name": "Ana", "last_name": "Pérez", "addresses": [{"city": "Houston", "state": "TX"}]}, "f"))])).added
        brokers = sorted(app.catalogue.index)[:len(S) + 3]
        await app.store.ensure_cases(pid, brokers, app.clock.now())
        cases = await app.store.cases(person_id=pid)
        now = app.clock.now()
        extra = ["held", "in_doubt", "needs_info"]
        for case, state in zip(cases, [*S, *extra]):
            if state == "held":
                await app.store.record(case.id, "deferred", S.NEW, now, next_action_at=now + dt.timedelta(hours=5),
                                       data={"why": {"code": "letter_held_until", "params": {"date": "2026-12-04"}}},
                                       last_error="held")
            elif state == "in_doubt":
                await app.store.record(case.id, "in_doubt", S.SUBMITTED, now, attempts_delta=1,
                                       data={"requests_in_doubt": 1, "why": {"code": "request_in_doubt", "params": {}}},
                                       last_error="a run was stopped while this request was being sent")
            elif state == "needs_info":
                await app.store.record(case.id, "human_needed", S.NEEDS_HUMAN, now, last_error="needs a phone",
                                       data={"kind": "missing", "missing": "phone",
                                             "why": {"code": "missing_info", "params": {"field": "phone"}}})
            elif state != S.NEW:
                await app.store.record(case.id, "test", state, now, last_error="x" if state in (S.NEEDS_HUMAN, S.FAILED)
                                       else None)
        [row] = await app.people_summary()
    assert row["brokers"] == len(cases) == sum(row["by_outcome"].values()), row
    assert {s.value for s in S} - {"new"} <= set(row["by_outcome"]) and row["by_outcome"]["held"] == 1, row
    assert row["by_outcome"]["in_doubt"] == 1 and row["by_outcome"]["needs_info"] == 1, row
