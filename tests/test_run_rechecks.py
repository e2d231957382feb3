"""Faults pass x46 #3 (trial46): a recheck's summary never said "relisted", and its "removed" mixed
new proofs of removal with rechecks that found a listing still gone (``{"confirmed": 2, "removed": 2}``
where the two confirmed were relistings asked again). ``RunSummary.rechecks`` says what each pass's
searches found of removals, and its line says it (en/es)."""

from __future__ import annotations

from optout.person import load_person
from optout.worker import RunSummary

from .conftest import EXAMPLES
from .harness import Optout, clanroot_takes_nothing, lab_settings


async def test_each_pass_says_new_removals_rechecks_still_gone_and_relistings(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_alex", alex, ["peoplefind"])
        first = await o.run()
        assert dict(first.rechecks) == {}  # a first request: nothing removed yet, nothing rechecked
        lab.advance(days=3.5)
        proved = await o.run()
        assert dict(proved.rechecks) == {"newly_removed": 1}
        assert "removals: 1 newly proved by a search, 0 still gone" in proved.line()
        lab.advance(days=30)  # the 30-day recheck: still gone
        still = await o.run()
        assert dict(still.rechecks) == {"still_removed": 1}
        assert dict(still.by_state) == {"removed": 1}  # the existing count stays as it was
        lab.advance(days=30)  # the broker relisted: found on recheck, asked again
        again = await o.run()
        assert await o.state("p_alex", "peoplefind") == "confirmed"
        assert dict(again.rechecks) == {"relisted": 1}
        assert "1 listed again and asked again" in again.line()
        assert "1 reaparecieron y se pidieron de nuevo" in again.line("es")
        lab.advance(days=3.5)
        back = await o.run()  # the new request's removal proved: new, not "still"
        assert dict(back.rechecks) == {"newly_removed": 1}


def test_the_line_says_nothing_of_removals_when_no_search_found_any():
    s = RunSummary(processed=2)
    s.by_state["submitted"] = 2
    assert "removals" not in s.line() and "eliminaciones" not in s.line("es")


async def test_a_request_asked_again_after_its_confirmation_search_is_counted(lab, tmp_path):
    """trial51: a broker found still listed after it confirmed, and asked again ("request 2 of 2"),
    was in no count of the run's line: not a relisting (never removed), counted as its own."""
    async with clanroot_takes_nothing(lab, tmp_path) as o:
        assert await o.state("p_alex", "clanroot") == "confirmed"
        lab.advance(days=2.5)
        again = await o.run()
        case = await o.case("p_alex", "clanroot")
        assert case.state.value == "confirmed" and case.attempts == 2, (case.state, case.last_error)
        assert dict(again.rechecks) == {"still_listed": 1}
        assert "1 still listed after a request and asked again" in again.line(), again.line()
        assert "1 seguían apareciendo tras la solicitud y se pidieron de nuevo" in again.line("es")
        assert "removals" not in again.line() and "relisted" not in again.line()
        lab.advance(days=2.5)
        last = await o.run()  # the last request's search: a person looks, nobody asked again
        assert "still_listed" not in last.rechecks, dict(last.rechecks)
