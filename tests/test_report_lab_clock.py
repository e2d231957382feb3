"""Faults pass 44b #9 (clinic trial): the report's "Generado" showed the machine's real date beside
the lab's dates, when ``optout report`` was given no ``--lab``: a command that touches no broker read
the lab's remembered time only when told the lab's address. The store's times are the lab's its runs
last read, so "now" is too, until a run against the real brokers."""

from __future__ import annotations

import datetime as dt
import json

from optout.app import open_app
from optout.clock import LAB_OFFSET_FILE
from optout.settings import Settings


async def test_a_command_without_the_labs_address_dates_by_the_labs_remembered_time(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True):
        pass
    memo = settings.data_dir / LAB_OFFSET_FILE
    memo.write_text(json.dumps({"lab_url": "http://127.0.0.1:8700", "offset_s": 30 * 86400}))
    lab_now = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    async with open_app(settings, read_only=True) as app:  # as `optout report` and `status` open it
        assert abs(app.clock.now() - lab_now) < dt.timedelta(minutes=1)
    async with open_app(settings, brokers=True) as app:  # a run against the real brokers: real time
        assert abs(app.clock.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert not memo.exists()
    async with open_app(settings, read_only=True) as app:
        assert abs(app.clock.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
