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
