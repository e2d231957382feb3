"""Scheduling (optout/schedule.py), broker back-off and crash safety, against the lab in-process."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import yaml

from optout import schedule
from optout.person import load_person
from optout.recipe.loader import load_catalogue
from optout.store import CaseState as S
from optout.worker import backing_off, next_wake

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def _recipe(text: str):  # type: ignore[no-untyped-def]
    return load_catalogue([ROOT / "brokers" / "lab"]).recipes[text]


def test_cadence_defaults_by_kind_and_the_recipes_own_keys():
    pf = schedule.cadence(_recipe("peoplefind"))  # writes confirm_after 3d and recheck_every 30d
    assert (pf.kind, pf.confirm_after, pf.recheck_every, pf.retry_error_after) == ("search", 3 * DAY, 30 * DAY,
                                                                                   2 * DAY)
    cr = schedule.cadence(_recipe("clanroot"))  # writes confirm_after only: recheck is the kind's
    assert (cr.confirm_after, cr.recheck_every) == (2 * DAY, 60 * DAY)
    # a recipe without a search (e-mail, or a bare form): the request again every 45 days
    mail = _recipe("clanroot").model_copy(update={"scan": None, "cadence": _recipe("clanroot").cadence.__class__()})
    assert schedule.cadence(mail).kind == "request" and schedule.cadence(mail).recheck_every == 45 * DAY
    assert schedule.cadence(None).recheck_every == 60 * DAY  # a case whose recipe is gone


def test_next_action_by_state_with_bounded_deterministic_jitter():
    pf = _recipe("peoplefind")
    at = lambda state, key="1:0:0", **kw: schedule.next_action_at(state, pf, NOW, key=key, **kw)  # noqa: E731
    assert at(S.NEW) == at(S.FOUND) == at(S.RELISTED) == NOW  # relisted: straight back to submission
    assert at(S.NEEDS_HUMAN) is None and at(S.FAILED) is None
    assert at(S.CONFIRMED) == at(S.CONFIRMED)  # deterministic per key
    keys = [f"{i}:1:1" for i in range(500)]
    confirm = [at(S.CONFIRMED, k) - NOW for k in keys]
    recheck = [at(S.REMOVED, k) - NOW for k in keys]
    retry = [at(S.NOT_FOUND, k, error=True) - NOW for k in keys]
    # a wait is never early, a recheck never late; each spreads by at most 10 % of its interval
    assert all(3 * DAY <= d < 3 * DAY * 1.1 for d in confirm)
    assert all(29 * DAY < d <= 30 * DAY for d in recheck)  # 10 % of 30 days is capped at one day
    assert all(2 * DAY <= d < 2.2 * DAY for d in retry)
    # people added together do not meet at one minute: 500 cases over the 7.2 h (confirm) or the
    # day (recheck) of jitter, no minute holding more than 2 % of them
    for spread in (confirm, recheck):
        per_minute = Counter(int(d.total_seconds() // 60) for d in spread)
        assert len(per_minute) > 250 and max(per_minute.values()) <= 10
    mail = pf.model_copy(update={"scan": None})
    assert 29 * DAY < schedule.next_action_at(S.SUBMITTED, mail, NOW, key="9") - NOW <= 30 * DAY  # re-request


FLAKY = """
id: flaky
name: Flaky (lab)
url: http://searchly.lab.test/
domains: [searchly.lab.test]
inputs: [first_name, last_name]
verified: {status: lab, how: the lab's Searchly with failure_rate set by the test}
scan:
  channel: http
  steps:
    - {action: navigate, url: "http://searchly.lab.test/"}
  extract:
    items: article.card
    no_results: "div#results"
    fields:
      name: {selector: h2.card-name}
optout:
  channel: http
  steps:
    - {action: navigate, url: "http://searchly.lab.test/"}
"""


async def test_a_failing_broker_is_backed_off_for_all_its_cases_then_recovers(lab, tmp_path):
    recipes = tmp_path / "brokers"
    recipes.mkdir()
    (recipes / "flaky.yaml").write_text(FLAKY)
    assert yaml.safe_load(FLAKY)["id"] == "flaky"
    lab.failure_rate = 1.0  # every Searchly answer is a 500 or 503
    alex = load_person(EXAMPLES / "alex.toml")
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[recipes], network={"retries": 0},
                            worker={"concurrency": 1})
    async with Optout(settings) as o:
        for i in range(5):
            await o.add(f"p_{i:010d}", alex, ["flaky"])
        first = await o.run()
        # three failures in a row start the back-off; the other two cases are left alone, still due
        assert first.by_state == {"new": 3} and first.processed == 3
        off = await backing_off(o.engine)
        now = o.clock.now()
        assert set(off) == {"flaky"} and dt.timedelta(minutes=14) < off["flaky"] - now <= schedule.BACKOFF_INITIAL
        [h] = await o.store.broker_health()
        assert h.failures == 3 and "50" in h.last_error
        untouched = [c for c in await o.store.cases() if c.scan_count == 0 and not c.last_error]
        assert len(untouched) == 2 and all(c.next_action_at <= now for c in untouched)
        assert (await o.run()).processed == 0  # due, but the broker is backing off
        assert await next_wake(o.engine) == off["flaky"]  # a sleeping worker wakes when it ends
        errored = [c for c in await o.store.cases() if c.last_error]
        assert all(c.next_action_at - now >= 2 * DAY - dt.timedelta(minutes=1) for c in errored)  # retry_error_after

        lab.failure_rate = 0.0
        lab.advance(minutes=16)
        again = await o.run()
        assert again.by_state == {"not_found": 2}  # the broker answers again: its back-off ends
        [h] = await o.store.broker_health()
        assert (h.failures, h.backoff_until) == (0, None)
        assert await backing_off(o.engine) == {}


async def test_an_interrupted_request_is_checked_never_resent_blindly(lab, tmp_path):
    """Crash windows, replayed on the store: (1) the request row still 'started', (2) the request
    finished but the case never recorded it. Neither sends a second request; the listing stays
    listed for a day (ClanRoot removes 24 h after a request), so a scan alone would have resent."""
    people = {"alex": ("p_started", "started"), "maria": ("p_finished", "confirmed")}
    lab.seed_people([(k, load_person(EXAMPLES / f"{k}.toml")) for k in people])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        for key, (pid, _) in people.items():
            await o.add(pid, load_person(EXAMPLES / f"{key}.toml"), ["clanroot"])
        await o.run()
        first = dict(lab.submissions()["clanroot"])
        assert sorted(first.values()) == [1, 1]
        # replay the crash windows: roll each case back to "found" as the engine records it before
        # sending, with its request left as a crash leaves it
        for pid, status in people.values():
            case = await o.case(pid, "clanroot")
            now = o.clock.now()
            await o.store.record(case.id, "found", S.FOUND, now, next_action_at=now)
            rid = await o.store.start_request(case.id, None, "http", now + dt.timedelta(microseconds=1))
            if status != "started":
                await o.store.finish_request(rid, status, now + dt.timedelta(microseconds=2))
        await o.run()
        assert lab.submissions()["clanroot"] == first, "a request in doubt was sent again"
        for key, (pid, _) in people.items():
            case = await o.case(pid, "clanroot")
            last = (await o.store.events(case.id))[-1]
            assert (last.kind, case.state, last.data["requests_in_doubt"]) == ("in_doubt", S.SUBMITTED, 1)
            assert lab.is_listed("clanroot", key)  # still listed: a scan alone would have resent
            assert not await o.store.requests_in_doubt(case.id)
        lab.advance(days=2.5)  # the confirmation scan: ClanRoot removed them meanwhile
        await o.run()
        for pid, _ in people.values():
            assert await o.state(pid, "clanroot") == "removed"
        assert lab.submissions()["clanroot"] == first
