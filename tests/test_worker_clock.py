"""A machine whose clock drifted from the shared store's does nothing in a pass (f36): the worker
(`optout worker`, ``serve``) read the mailbox and acted on replies, and planned cases, before the
first claim read the clock; a long-lived dashboard's run did the same. Now the clock is read first
and a drift stops the pass with the one line `run` refuses to start with (exit 75)."""

from __future__ import annotations

import asyncio

import pytest

from optout.app import open_app
from optout.engine import Engine
from optout.errors import ClockSkew
from optout.person import parse_person
from optout.settings import Settings


async def _drifted(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path / "d")
    cm = open_app(settings, create=True)
    app = await cm.__aenter__()
    person = parse_person({"first_name": "Ana", "last_name": "Ruiz", "addresses": [{"city": "Fresno", "state": "CA"}]}, "t")
    blob, _ = app.vault.seal_person("p_cl0ck", person.model_dump_json().encode())
    await app.store.add_person("p_cl0ck", blob, app.clock.now())
    await app.store.ensure_cases("p_cl0ck", ["no-such-broker"], app.clock.now())

    async def ten_minutes_off() -> float:  # a store with a clock of its own (PostgreSQL's) ten minutes ahead
        return 600.0

    monkeypatch.setattr(app.store, "clock_offset", ten_minutes_off)
    read: list[str] = []

    async def read_mail(self):  # type: ignore[no-untyped-def]
        read.append("mail")
        return {}

    monkeypatch.setattr(Engine, "read_mail", read_mail)
    return cm, app, read


async def test_a_drifted_worker_reads_no_mail_plans_nothing_and_claims_nothing(tmp_path, monkeypatch):
    from optout.worker import serve

    cm, app, read = await _drifted(tmp_path, monkeypatch)
    try:
        planned: list[str] = []

        async def before_pass() -> None:
            planned.append("plan")

        engine = Engine(app.settings, app.store, app.vault, app.catalogue, app.clock)
        try:
            with pytest.raises(ClockSkew) as e:
                await asyncio.wait_for(serve(engine, stop=asyncio.Event(), max_sleep=0.1, before_pass=before_pass), 60)
        finally:
            await engine.close()
        assert e.value.exit_code == 75 and "\n" not in str(e.value) and "10 min" in str(e.value)
        assert read == [] and planned == []
        [case] = await app.store.cases(person_id="p_cl0ck")
        assert case.state.value == "new" and case.attempts == 0 and case.lease_until is None
    finally:
        await cm.__aexit__(None, None, None)


async def test_a_drifted_dashboard_run_reads_no_mail_and_claims_nothing(tmp_path, monkeypatch):
    cm, app, read = await _drifted(tmp_path, monkeypatch)
    try:
        plan = await app.plan_run()
        told: list[object] = []
        with pytest.raises(ClockSkew) as e:
            await app.run_batch(plan, on_mail=lambda counts, problem: told.append((counts, problem)))
        assert e.value.exit_code == 75 and "\n" not in str(e.value)
        assert read == [] and told == []
        cases = await app.store.cases(person_id="p_cl0ck")
        assert cases and all(c.attempts == 0 and c.lease_until is None and c.scan_count == 0 for c in cases)
    finally:
        await cm.__aexit__(None, None, None)
