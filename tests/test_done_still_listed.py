"""A person pressed "I did it" (a CAPTCHA solved, an ID sent, a call made), and the later search
still finds the listing: the task that comes back says so, with the day they said it, in English
and Spanish. trial34: the dashboard showed the same "solve the CAPTCHA" task again, word for word,
so a volunteer could not tell that what they did had not worked (nor that the broker still lists
the client), and read the second task as the first one shown twice."""

from __future__ import annotations

import contextlib
from pathlib import Path

from optout import reasons
from optout.person import load_person

from .harness import Optout, lab_settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "people"

BROKER = "gatekeep"  # the lab's CAPTCHA broker: every request needs a person


@contextlib.asynccontextmanager
async def at_the_captcha(lab, tmp_path):  # type: ignore[no-untyped-def]
    """María's case on the CAPTCHA broker after its first run (her card found, the form waiting
    for a person): yields the optout instance, its App and the case."""
    from optout.app import App

    person = load_person(EXAMPLES / "maria.toml")
    lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        app = App(o.settings, o.store, o.vault, o.catalogue, o.clock)
        await o.add("p_maria", person, [BROKER])
        await o.run()
        case = await o.case("p_maria", BROKER)
        assert case.state.value == "needs_human"
        yield o, app, case


async def test_a_task_back_after_i_did_it_says_the_listing_is_still_there(lab, tmp_path):
    async with at_the_captcha(lab, tmp_path) as (o, app, case):
        first = reasons.of_case(case.state.value, case.last_error, await o.store.events(case.id))[1]
        assert first is not None and first.code == "captcha"

        done_on = o.clock.now().date().isoformat()
        await app.done(case.id)  # the volunteer says they solved it; nobody did
        lab.advance(days=10)
        await o.run()
        case = await o.case("p_maria", BROKER)
        assert case.state.value == "needs_human", case.state.value
        events = await o.store.events(case.id)
        why = reasons.of_case(case.state.value, case.last_error, events)[1]
        assert why is not None and why.code == "still_listed_after_done", why
        assert why.params["done_on"] == done_on
        en, es = reasons.render(why, "en"), reasons.render(why, "es")
        assert done_on in en and "still" in en and "I did it" in en
        assert done_on in es and "sigue publicada" in es and "Ya lo hice" in es
        task = [t for t in await app.human_tasks(["p_maria"]) if t["case"] == case.id]
        assert len(task) == 1 and task[0]["kind"] == "captcha"  # still the same kind of task, once


async def test_a_done_from_before_a_proven_removal_is_never_cited(lab, tmp_path):
    """f36: the "done" cited must be the last thing a person did since the last proven removal and
    our own last request; a listing still there after a removal was proven (and asked again by
    us) answers our request, not the volunteer's "I did it" of weeks before."""
    from optout.store.states import CaseState as S

    async with at_the_captcha(lab, tmp_path) as (o, app, case):
        await app.done(case.id)  # the volunteer's "I did it"
        lab.advance(days=10)
        # since then: a search proved the listing gone, it came back, our own request went out and
        # its confirmation search still found it (as the engine records each of them)
        for kind, state in (("rescanned", S.REMOVED), ("relisted", S.RELISTED), ("submitted", S.SUBMITTED),
                            ("still_listed", S.FOUND)):
            await o.store.record(case.id, kind, state, o.clock.now(), data={}, next_action_at=o.clock.now())
        await o.run()  # found again, the request needs a CAPTCHA: a person
        case = await o.case("p_maria", BROKER)
        assert case.state.value == "needs_human", case.state.value
        why = reasons.of_case(case.state.value, case.last_error, await o.store.events(case.id))[1]
        assert why is not None and why.code == "captcha", why


def test_only_a_done_answered_by_a_search_with_no_request_or_removal_between_is_cited():
    import datetime as dt

    from optout.engine import done_still_listed
    from optout.store.base import Event
    from optout.store.states import CaseState as S

    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

    def history(*kinds: tuple[str, S, dict]) -> list[Event]:
        return [Event(i, 1, at + dt.timedelta(days=i), k, s, d) for i, (k, s, d) in enumerate(kinds)]

    done = ("resumed", S.SUBMITTED, {"by": "person", "done": True})
    still = ("still_listed", S.FOUND, {})
    ours = ("submitted", S.SUBMITTED, {})
    removed = ("rescanned", S.REMOVED, {})
    letter = ("letter_sent", S.SUBMITTED, {})
    assert done_still_listed(history(done, still)).id == 0
    assert done_still_listed(history(done)) is None  # nobody searched since
    assert done_still_listed(history(done, ours, still)) is None  # the search answered our request
    assert done_still_listed(history(done, letter, still)) is None
    assert done_still_listed(history(done, still, ours, removed)) is None
    assert done_still_listed(history(done, removed, still)) is None
    assert done_still_listed(history(done, still, ours, still)) is None
    assert done_still_listed(history(done, still, done, still)).id == 2  # the latest "done"
    retry = ("resumed", S.NEW, {"by": "person", "done": False})
    assert done_still_listed(history(retry, still)) is None
