"""Faults pass 44b #6 (clinic trial): a restarted lab starts again at real time (it keeps only its
Maildir: README), while the data directory remembers the lab's time as days ahead; every case due
by that time then waited without a word. A run against a lab whose clock is behind the remembered
one says so in one line, once, in the reader's language."""

from __future__ import annotations

import datetime as dt
import json

from optout.app import open_app
from optout.clock import LAB_OFFSET_FILE, Clock
from optout.lab import Lab
from optout.reasons import render
from optout.settings import Settings


async def test_a_run_says_the_labs_clock_is_behind_the_remembered_one(tmp_path):
    async with Lab(seed=1, failure_rate=0, data_dir=tmp_path / "lab") as lab:
        settings = Settings(data_dir=tmp_path / "data", lab_url=lab.url)
        async with open_app(settings, create=True):
            pass
        memo = settings.data_dir / LAB_OFFSET_FILE
        memo.write_text(json.dumps({"lab_url": lab.url, "offset_s": 5 * 86400}))  # as before a restart
        said: list = []
        async with open_app(settings, brokers=True, warn=said.append) as app:
            assert abs(app.clock.now() - lab.now()) < dt.timedelta(minutes=1)  # the lab's time rules
        assert [r.code for r in said] == ["lab_clock_behind"], said
        assert said[0].params["days"] == "5.0"
        assert "5.0 days behind" in render(said[0], "en") and "5.0 días por detrás" in render(said[0], "es")
        said.clear()
        async with open_app(settings, brokers=True, warn=said.append):
            pass
        assert said == []  # once: the lab's time is remembered now
        lab.advance(days=2)
        async with open_app(settings, brokers=True, warn=said.append):
            pass
        assert said == []  # a lab moved on is no fault


def test_behind_is_nothing_within_a_minute():
    assert Clock(dt.timedelta(seconds=30)).behind(Clock(dt.timedelta(seconds=60))) == dt.timedelta(0)
    assert Clock(dt.timedelta(0)).behind(Clock(dt.timedelta(hours=2))) == dt.timedelta(hours=2)
