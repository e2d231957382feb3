""""Removed" means a later search proved it (optout.engine.proves_removal): a confirmation scan
that still shows a listing that could be the person (one the matcher is unsure of, or one a person
said is them) never records the case removed; it asks a person with the listings. The lab's
broker relists the person on an updated card right after the removal (lab.relist_changed)."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.person import parse_person

from .harness import Optout, lab_settings
from .test_answers import _questions, vague

BROKERS = ["peoplefind", "quicklook"]


@pytest.mark.parametrize("them", [True, False], ids=["them", "not_them"])
async def test_a_changed_card_after_removal_goes_to_a_person_never_removed(lab, tmp_path, database_url, them):
    lab.relist_changed = dt.timedelta(hours=1)
    person = parse_person(vague(), "test")
    lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", lab, database_url=database_url)) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        app, questions = await _questions(o, "p_maria")
        key, _ = await app.open_person("p_maria")
        for q in questions:  # her own card is her; the namesake is not
            stored = await app._stored_listings(await o.store.get_case(q["case"]), key,
                                                {li["id"] for li in q["listings"]})
            mine = [i for i, li in stored.items() if li.name.startswith("Maria") and "Austin" in " ".join(li.locations)]
            assert len(mine) == 1
            await app.answer(q["case"], match=mine)
        await o.run()
        assert {b: (await o.case("p_maria", b)).state.value for b in BROKERS} == dict.fromkeys(BROKERS, "confirmed") \
            or all((await o.case("p_maria", b)).attempts == 1 for b in BROKERS)
        sent = {b: sum(lab.submissions()[b].values()) for b in BROKERS}
        assert sent == dict.fromkeys(BROKERS, 1)

        # the confirmation scan: her card is gone, an updated card of hers is back, the namesake stays
        lab.advance(days=10)
        await o.run()
        for b in BROKERS:
            c = await o.case("p_maria", b)
            assert c.state.value == "needs_human", (b, c.state.value, c.last_error)
            assert not any(e.state == "removed" for e in await o.store.events(c.id)), b
        questions = await app.human_tasks(["p_maria"], ["uncertain_match"])  # one per case
        assert sorted(q["broker"] for q in questions) == BROKERS, [(q["broker"], q["kind"]) for q in questions]
        assert all(len(q["listings"]) == 1 for q in questions)  # only the updated card is asked about
        people = {r["person"]: r for r in await app.people_summary()}
        assert people["p_maria"]["removed"] == 0
        from optout.report import collect

        report = await collect(o.store, o.vault, o.catalogue, o.settings.data_dir / "evidence", "p_maria",
                               o.clock.now())
        assert "removed" not in report.counts() and all(s.removed_at is None for s in report.sections)

        # a person looks at the updated card (one answer: the same record on both brokers)
        first = questions[0]
        if them:
            await app.answer(first["case"], match=[first["listings"][0]["id"]])
        else:
            await app.answer(first["case"], match=[], no_match=True)
        assert {(await o.case("p_maria", b)).state.value for b in BROKERS} == {"new"}
        await o.run()
        if them:  # the updated card is asked to be removed, once per broker; its own later search proves it
            assert {b: sum(lab.submissions()[b].values()) for b in BROKERS} == dict.fromkeys(BROKERS, 2)
            lab.advance(days=10)
            await o.run()
        else:  # the original card gone, nothing left that could be her: the later search proved it
            assert {b: sum(lab.submissions()[b].values()) for b in BROKERS} == sent
        for b in BROKERS:
            c = await o.case("p_maria", b)
            assert c.state.value == "removed", (b, c.state.value, c.last_error)
        assert {b: sum(lab.submissions()[b].values()) for b in BROKERS} == dict.fromkeys(BROKERS, 2 if them else 1)


async def test_an_interrupted_request_is_not_removed_while_an_unsure_listing_shows(lab, tmp_path):
    """The check of an interrupted request (engine._settle_doubt) holds to the same rule: a
    listing the matcher is unsure of keeps the case submitted; its confirmation scan asks."""
    from optout.store import CaseState as S

    lab.relist_changed = dt.timedelta(hours=1)
    person = parse_person(vague(), "test")
    lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_maria", person, ["peoplefind"])
        await o.run()
        app, questions = await _questions(o, "p_maria")
        key, _ = await app.open_person("p_maria")
        q = questions[0]
        stored = await app._stored_listings(await o.store.get_case(q["case"]), key, {li["id"] for li in q["listings"]})
        await app.answer(q["case"], match=[i for i, li in stored.items() if "Austin" in " ".join(li.locations)
                                           and li.name.startswith("Maria")])
        await o.run()
        lab.advance(days=10)  # her card removed, an updated card of hers relisted
        # a crash window: the case rolled back to "found" with a request row left "started"
        case = await o.case("p_maria", "peoplefind")
        now = o.clock.now()
        await o.store.record(case.id, "found", S.FOUND, now, next_action_at=now)
        await o.store.start_request(case.id, None, "http", now + dt.timedelta(microseconds=1))
        await o.run()
        case = await o.case("p_maria", "peoplefind")
        last = (await o.store.events(case.id))[-1]
        assert (last.kind, case.state) == ("in_doubt", S.SUBMITTED), (last.kind, case.state, case.last_error)
        assert sum(lab.submissions()["peoplefind"].values()) == 1
