"""t45: "removed" means a card the case had as the person's is gone from the broker, never that it
is still listed and now someone else's (a person's answer), nor an undone answer's verdict used."""

from __future__ import annotations

import json

from optout.answers import Answers, update
from optout.person import parse_person
from optout.steps.extract import Listing

from .harness import Optout, lab_settings
from .test_answers import _questions, vague


def namesake():
    """Someone else with the client's name, in another town of her state, with a birth year."""
    return parse_person({"first_name": "Maria", "last_name": "Corton", "birth_year": 1961,
                         "addresses": [{"city": "Dallas", "state": "TX"}]}, "test")


async def test_an_undone_this_is_them_and_a_later_not_them_is_not_found_never_removed(lab, tmp_path):
    """Trial45: a person said «Sí es» about a card that was not the client, undid it, then said
    «No es»; the parent broker's child used the undone verdict (found → waiting_parent) and, with
    the card still listed, its next scan said "removed"."""
    lab.seed_people([("other", namesake())])  # the client herself is not listed anywhere
    brokers = ["clanroot", "clanbranch"]
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_maria", parse_person(vague(), "test"), brokers)
        await o.run()
        assert {b: await o.state("p_maria", b) for b in brokers} == dict.fromkeys(brokers, "needs_human")
        app, [q] = await _questions(o, "p_maria")
        await app.answer(q["case"], match=[li["id"] for li in q["listings"]])  # «Sí es», on purpose
        _, answers = await app.answers("p_maria")
        await app.forget_answer("p_maria", next(a for a in answers if a.them).id)  # «Deshacer»
        await o.run()
        # the undone verdict is not used: asked again on both
        assert {b: await o.state("p_maria", b) for b in brokers} == dict.fromkeys(brokers, "needs_human")
        for q in await app.human_tasks(["p_maria"], ["uncertain_match"], grouped=True):
            await app.answer(q["case"], no_match=True)  # «No es»
        await o.run()
        lab.advance(days=4)
        await o.run()
        for b in brokers:
            case = await o.case("p_maria", b)
            assert case.state.value == "not_found", (b, case.state.value)
            assert (await o.store.events(case.id))[-1].data["why"]["code"] == "answered_not_them"
        assert sum(sum(s.values()) for s in lab.submissions().values()) == 0


async def test_a_confirmation_scan_that_sees_the_card_now_not_them_is_not_found(lab, tmp_path):
    """A request went out for a card (the matcher's match); the broker still lists it (TruthyPeople
    lies about removals) and a person now says it is someone else: nothing was removed."""
    from .test_done_still_listed import EXAMPLES, load_person

    person = load_person(EXAMPLES / "maria.toml")
    lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_maria", person, ["truthy"])
        await o.run()
        case = await o.case("p_maria", "truthy")
        assert case.state.value in ("submitted", "confirmed") and case.attempts == 1
        app, _ = await _questions(o, "p_maria")
        key, _ = await app.open_person("p_maria")
        [stored] = await o.store.listings(case.id)
        card = Listing(**json.loads(key.open(stored.sealed, "listing"))["listing"])

        def not_them(answers: Answers) -> None:
            answers.remember(card, False, o.clock.now())

        await update(o.store, key, o.clock.now(), not_them)
        lab.advance(days=3.5)
        await o.run()
        assert lab.is_listed("truthy", "maria")
        case = await o.case("p_maria", "truthy")
        assert case.state.value == "not_found", case.state.value
        assert (await o.store.events(case.id))[-1].data["why"]["code"] == "answered_not_them"
