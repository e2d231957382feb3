"""End to end on the http channel: scan, match, submit, e-mail confirmation, rescan proves removal."""

from optout.person import load_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings


async def test_peoplefind_found_confirmed_then_removed(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_alex", alex, ["peoplefind"])
        s = await o.run()
        assert s.processed == 1
        case = await o.case("p_alex", "peoplefind")
        assert case.state.value == "confirmed", case.last_error
        assert case.attempts == 1
        assert lab.is_listed("peoplefind", "alex")  # the broker removes 48 h after the click
        # a confirmation is not a removal: nothing is due until the confirmation scan
        assert (await o.run()).processed == 0
        lab.advance(days=3.5)  # confirm_after (3d) + its jitter (at most 10 %)
        await o.run()
        assert await o.state("p_alex", "peoplefind") == "removed"
        assert not lab.is_listed("peoplefind", "alex")
        assert sum(lab.submissions()["peoplefind"].values()) == 1
        kinds = [e.kind for e in await o.store.events(case.id)]
        assert kinds == ["created", "found", "confirmed", "rescanned"]


async def test_uncertain_match_waits_for_a_person_then_follows_their_verdict(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    # without an age, a middle name or a relative, name + city is not enough to act on
    vague = alex.model_copy(update={"birth_year": None, "relatives": [], "middle_name": None})
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_alex", vague, ["peoplefind"])
        await o.run()
        case = await o.case("p_alex", "peoplefind")
        assert case.state.value == "needs_human"
        event = (await o.store.events(case.id))[-1]
        assert event.data["kind"] == "uncertain_match"
        assert "a city the person lived in" in event.data["reason"]
        assert lab.submissions()["peoplefind"] == {}  # nothing sent while unsure

        listings = event.data["listings"]
        # the person's listing (two of their cities); the namesake nearby (another town, another
        # middle initial) is one of ~900 US adults named Alex Rivera: rejected, not asked about
        assert len(listings) == 1
        # no personal values: the reasons and their value-free keys (kinds of evidence, rendered per language)
        assert all(set(li) == {"id", "confidence", "reasons", "evidence"} for li in listings)
        from optout.reasons import evidence_text
        for li in listings:
            assert li["evidence"] and all(evidence_text(k, "es") for k in li["evidence"])
            flat = " ".join(li["evidence"] + li["reasons"]).lower()
            assert not any(v.lower() in flat for v in (alex.first_name, alex.last_name, *(a.city for a in alex.addresses)))
        stored = {x.id: x for x in await o.store.listings(case.id)}
        mine = max(listings, key=lambda li: li["confidence"])

        # `optout resume CASE --match ID`: only the listing the person recognised is submitted
        now = o.clock.now()
        await o.store.record(case.id, "resumed", case.state.NEW, now,
                             data={"match_keys": [stored[mine["id"]].key]}, next_action_at=now)
        await o.run()
        assert await o.state("p_alex", "peoplefind") == "confirmed"
        assert lab.submissions()["peoplefind"] == {lab.listing_ids("peoplefind", "alex")[0]: 1}


async def test_worker_serves_due_cases_and_stops_cleanly(lab, tmp_path):
    import asyncio

    from optout.worker import serve

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_alex", alex, ["peoplefind", "quicklook"])
        stop = asyncio.Event()
        passes = []
        task = asyncio.create_task(serve(o.engine, stop=stop, max_sleep=0.2, on_pass=passes.append))
        for _ in range(200):
            if await o.state("p_alex", "peoplefind") == "confirmed" and await o.state("p_alex", "quicklook") == "confirmed":
                break
            await asyncio.sleep(0.05)
        lab.advance(days=3.5)  # the worker follows the lab's clock and rescans when the cases fall due
        for _ in range(200):
            if await o.state("p_alex", "peoplefind") == "removed" and await o.state("p_alex", "quicklook") == "removed":
                break
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(task, timeout=10)
        assert await o.state("p_alex", "peoplefind") == "removed"
        assert await o.state("p_alex", "quicklook") == "removed"
        assert sum(p.processed for p in passes) == 4
        assert all(c.lease_owner is None for c in await o.store.cases())  # nothing left held
