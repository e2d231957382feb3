"""A person's answer about a listing is remembered per client (optout.answers): the same record
resold by other brokers, or seen again at a recheck, is decided by it and never asked again; the
human queue asks one question per record; an answer can be undone."""

from __future__ import annotations

import html

import pytest

from optout.answers import Answers, fingerprint
from optout.person import parse_person
from optout.steps.extract import Listing

from .harness import Optout, lab_settings

BROKERS = ["peoplefind", "quicklook", "truthy"]  # http scan and http removal: no browser needed


def vague(key: str = "maria") -> dict:
    """A client who gave little (no birth year, no relative): her own card is unsure on its own,
    as is the namesake in her state."""
    return {"first_name": "Maria", "last_name": "Corton", "addresses": [{"city": "Austin", "state": "TX"}],
            "emails": [f"{key}@example.org"]}


async def _questions(o: Optout, person_id: str) -> list:
    from optout.app import App

    app = App(o.settings, o.store, o.vault, o.catalogue, o.clock)
    return app, await app.human_tasks([person_id], ["uncertain_match"], grouped=True)


@pytest.fixture
async def resale_lab(tmp_path):
    from optout.lab import Lab

    lab = Lab(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", resale=True)
    await lab.start()
    try:
        yield lab
    finally:
        await lab.stop()


async def _scenario(lab, tmp_path, **settings):
    person = parse_person(vague(), "test")
    lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", lab, **settings)) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        states = {b: await o.state("p_maria", b) for b in BROKERS}
        assert set(states.values()) == {"needs_human"}, states
        app, questions = await _questions(o, "p_maria")
        # one question for the same records on three brokers
        assert len(questions) == 1, [q["cases"] for q in questions]
        q = questions[0]
        assert sorted(q["brokers"]) == sorted(BROKERS)
        assert len(q["listings"]) >= 2  # her own card and a namesake's
        # the person says which is her: the highest-confidence one is (the lab's own card)
        key, _ = await app.open_person("p_maria")
        stored = await app._stored_listings(await o.store.get_case(q["case"]), key, {li["id"] for li in q["listings"]})
        mine = [i for i, li in stored.items() if li.name.startswith("Maria") and "Austin" in " ".join(li.locations)]
        assert len(mine) == 1, [(li.name, li.locations) for li in stored.values()]
        await app.retry(q["case"], match=mine)
        # every case of the group is due again, and none asks
        assert (await app.human_tasks(["p_maria"], ["uncertain_match"])) == []
        await o.run()
        after = {b: (await o.case("p_maria", b)) for b in BROKERS}
        assert {c.state.value for c in after.values()} <= {"confirmed", "submitted"}, \
            {b: (c.state.value, c.last_error) for b, c in after.items()}
        for b in BROKERS:
            assert sum(lab.submissions()[b].values()) == 1  # only her own card, once per broker
            events = await o.store.events(after[b].id)
            assert any((e.data.get("why") or {}).get("code") == "answered_them" for e in events), b
        # a recheck months later: her card is gone, the namesake's is still there: not asked again
        lab.advance(days=40)
        await o.run()
        # the confirmation scans that proved the removals (only the namesake a person named is left)
        # keep their page as the "after" proof, not as "still listed"
        for b in BROKERS:
            if (await o.case("p_maria", b)).state.value == "removed":
                steps = {e.step for e in await o.store.evidence(after[b].id)}
                assert "scan (after)" in steps and "scan (still listed)" not in steps, (b, steps)
        assert any([(await o.case("p_maria", b)).state.value == "removed" for b in BROKERS])
        lab.advance(days=200)
        await o.run()
        # (TruthyPeople lies about removals and waits for a person for that: not a question)
        assert (await app.human_tasks(["p_maria"], ["uncertain_match"])) == []
        # a recheck that sees only the namesake says a person decided it, and when
        notes = [(await o.store.events((await o.case("p_maria", b)).id))[-1].data.get("why") or {} for b in BROKERS]
        said = [n for n in notes if n.get("code") == "answered_not_them"]
        assert said and all(n["params"]["date"] < o.clock.now().date().isoformat() for n in said), notes

        # the answers can be listed and undone; undoing makes the cases due again, and asks again
        info, answers = await app.answers("p_maria")
        assert {a.them for a in answers} == {True, False}
        stranger = next(a for a in answers if not a.them)
        states = {b: (await o.case("p_maria", b)).state.value for b in BROKERS}
        undone = await app.forget_answer("p_maria", stranger.id)
        # a case waiting for a person for something else (TruthyPeople's lie) keeps waiting, and a
        # removal a later search proved is left to its recheck: nothing done is undone or redone
        waiting = {b for b in BROKERS if states[b] == "needs_human"}
        assert waiting <= {"truthy"}
        assert undone.reopened == [after[b].id for b in BROKERS if states[b] in ("new", "not_found")]
        expected = {"needs_human": "waiting_person", "removed": "recheck_decides", "submitted": "request_sent",
                    "confirmed": "request_sent", "relisted": "request_sent"}
        assert {c["case"]: c["why"] for c in undone.left} == {
            after[b].id: expected[states[b]] for b in BROKERS if states[b] not in ("new", "not_found")}, states
        assert {(await o.case("p_maria", b)).state.value for b in BROKERS} == set(states.values())
        lab.advance(days=60)  # the confirmation scan or recheck reads the record afresh
        await o.run()
        _, again = await _questions(o, "p_maria")
        # asked again, as one question (a broker that relisted her own card submits it instead)
        assert len(again) == 1 and set(again[0]["brokers"]) <= set(BROKERS) - waiting
        return o


async def test_one_answer_decides_the_same_record_on_every_broker_and_at_rechecks(resale_lab, tmp_path,
                                                                                   database_url):
    await _scenario(resale_lab, tmp_path, database_url=database_url)


def _card(**over) -> Listing:
    base = dict(name="María  Garcia-López", age=41, locations=["Austin, TX"], relatives=["Pedro Garcia"],
                phones=["(512) 555-0101"])
    return Listing(**(base | over))


def test_fingerprint_is_per_client_and_changes_with_any_identifying_fact():
    from optout.vault import PersonKey

    a, b = PersonKey("p_a", b"a" * 32), PersonKey("p_b", b"b" * 32)
    same = _card(name="MARIA GARCIA LOPEZ", profile_url="http://x.lab.test/1", phones=["512-555-0101"])
    assert fingerprint(a, _card()) == fingerprint(a, same)  # printed alike, another broker's page
    assert fingerprint(a, _card()) != fingerprint(b, _card())  # never links two clients
    for change in ({"locations": ["Dallas, TX"]}, {"relatives": ["Ana Garcia"]},
                   {"phones": ["5125550199"]}, {"name": "Maria Garcia"}):
        assert fingerprint(a, _card(**change)) != fingerprint(a, _card()), change


def test_age_is_a_birth_interval_a_record_ages_a_year_and_stays_the_same():
    import datetime as dt

    from optout.vault import PersonKey

    key = PersonKey("p_a", b"a" * 32)
    answers = Answers(key)
    day = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    answers.remember(_card(age=41), False, day)
    assert answers.of(_card(age=None, age_text="41 years old"), day.date()) is not None  # printed another way
    assert answers.of(_card(age=42), dt.date(2027, 8, 1)) is not None  # a year later, a year older
    assert answers.of(_card(age=44), day.date()) is None  # another age: the matcher decides again
    assert answers.of(_card(age=None), day.date()) is None  # no age shown any more: changed
    assert answers.of(_card(age=41, locations=["Dallas, TX"]), day.date()) is None
    assert Answers(PersonKey("p_b", b"b" * 32), dict(answers.items)).of(_card(age=41), day.date()) is None




async def test_an_answer_never_crosses_clients(resale_lab, tmp_path):
    """Two clients with the same name and city see the very same cards: one's answer decides
    nothing for the other, who is still asked."""
    person = parse_person(vague(), "test")
    resale_lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", resale_lab)) as o:
        await o.add("p_maria", person, BROKERS)
        await o.add("p_other", person.model_copy(update={"emails": ["other@example.org"]}), BROKERS)
        await o.run()
        app, questions = await _questions(o, "p_maria")
        q = questions[0]
        await app.answer(q["case"], match=[], no_match=True)  # "none of these is her"
        await o.run()
        assert (await app.human_tasks(["p_maria"], ["uncertain_match"])) == []
        _, theirs = await _questions(o, "p_other")
        assert len(theirs) == 1 and sorted(theirs[0]["brokers"]) == sorted(BROKERS)  # still asked
        _, mine = await app.answers("p_maria")
        _, other = await app.answers("p_other")
        assert mine and other == []


async def test_undoing_them_never_sends_a_second_request(resale_lab, tmp_path, database_url):
    """Undoing a "this is them" answer re-opens only cases still waiting on it: cases whose
    request went out keep their state (their confirmation scan decides), the undo says so, and
    answering "them" again sends nothing twice."""
    person = parse_person(vague(), "test")
    resale_lab.seed_people([("maria", person)])
    async with Optout(lab_settings(tmp_path / "data", resale_lab, database_url=database_url)) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        app, questions = await _questions(o, "p_maria")
        q = questions[0]
        key, _ = await app.open_person("p_maria")
        stored = await app._stored_listings(await o.store.get_case(q["case"]), key, {li["id"] for li in q["listings"]})
        mine = [i for i, li in stored.items() if li.name.startswith("Maria") and "Austin" in " ".join(li.locations)]
        await app.answer(q["case"], match=mine)
        await o.run()
        before = {b: (await o.case("p_maria", b)).state.value for b in BROKERS}
        assert set(before.values()) <= {"submitted", "confirmed", "needs_human"}, before
        sent = {b: sum(resale_lab.submissions()[b].values()) for b in BROKERS}
        assert sent == dict.fromkeys(BROKERS, 1)

        _, answers = await app.answers("p_maria")
        them = next(a for a in answers if a.them)
        undone = await app.forget_answer("p_maria", them.id)
        assert undone.them and undone.reopened == []
        cases = {b: (await o.case("p_maria", b)).id for b in BROKERS}
        assert {c["case"]: c["why"] for c in undone.left} == {
            cases[b]: "waiting_person" if before[b] == "needs_human" else "request_sent" for b in BROKERS}
        assert {b: (await o.case("p_maria", b)).state.value for b in BROKERS} == before

        # the volunteer says "them" again wherever optout asks: nothing is sent twice
        await o.run()
        for q in (await app.human_tasks(["p_maria"], ["uncertain_match"], grouped=True)):
            await app.answer(q["case"], match=[li["id"] for li in q["listings"]])
        await o.run()
        assert {b: sum(resale_lab.submissions()[b].values()) for b in BROKERS} == sent
        assert {b: (await o.case("p_maria", b)).state.value for b in BROKERS} == before


async def test_undo_says_what_it_left_alone_on_the_command_line(resale_lab, tmp_path, capsys):
    """`optout answers PERSON --undo N` names each case it left alone and why."""
    import argparse

    from optout.cli import cmd_answers

    person = parse_person(vague(), "test")
    resale_lab.seed_people([("maria", person)])
    settings = lab_settings(tmp_path / "data", resale_lab)
    async with Optout(settings) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        app, questions = await _questions(o, "p_maria")
        await app.answer(questions[0]["case"], match=[li["id"] for li in questions[0]["listings"]])
        await o.run()
        _, answers = await app.answers("p_maria")
        waiting = {(await o.case("p_maria", b)).id for b in BROKERS}
    capsys.readouterr()
    args = argparse.Namespace(person="p_maria", undo=answers[0].id, json=False, lang="en")
    assert await cmd_answers(args, settings) == 0
    out = capsys.readouterr().out
    assert "0 cases will be searched again" in out
    for case_id in waiting:
        assert f"case C{case_id} (" in out and "left as it is" in out


async def test_undo_says_what_it_left_alone_on_the_dashboard(resale_lab, tmp_path):
    """The dashboard's undo shows each case it left alone and why, in the reader's language."""
    from optout.app import open_app
    from optout.web._staff import StaffBook
    from optout.web._views import build

    from .test_dashboard import PASSWORD, Dash

    person = parse_person(vague(), "test")
    resale_lab.seed_people([("maria", person)])
    settings = lab_settings(tmp_path / "data", resale_lab)
    async with Optout(settings) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        app, questions = await _questions(o, "p_maria")
        await app.answer(questions[0]["case"], match=[li["id"] for li in questions[0]["listings"]])
        await o.run()
        _, answers = await app.answers("p_maria")
        cases = {(await o.case("p_maria", b)).id for b in BROKERS}
    async with open_app(settings) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        d = Dash(build(app, idle=600), app)
        try:
            await d.login()
            d.client.cookies.set("lang", "es")
            token = await d.csrf("/people/p_maria")
            r = await d.post(f"/people/p_maria/answers/{answers[0].id}/undo", data={"csrf": token})
            assert r.status_code == 200, r.status_code
            assert "0 casos se buscarán otra vez" in r.text
            for case_id in cases:
                assert f"caso C{case_id} (" in r.text
            assert r.text.count("se deja como está") == len(cases)
            # trial 41: a volunteer read "(gatekeep, needs_human)" and "(optout run)": the recipe id,
            # the state's code and a command. The broker's name and the state in words, as the
            # person page shows them, and the page that starts a run.
            page = html.unescape(r.text)
            assert "optout run" not in page and "«Ejecuciones»" in page
            for b in BROKERS:
                assert f"({b}," not in page and f"({app.catalogue.index[b].name}, " in page, b
            for state in {c.state for c in await app.store.cases(person_id="p_maria")}:
                assert f", {state.value})" not in page, state
        finally:
            await d.client.aclose()


async def test_a_scan_stores_a_card_a_person_said_is_not_them_as_not_theirs(lab, tmp_path):
    """f36: a record a person had answered "not them" about (on another broker) that the matcher
    calls a match here was stored as "match", so a case still open counted it as recognised. The
    scan stores the case's decision (the person's answer over the matcher's), and the "not found"
    it makes counts the card among those rejected."""
    import json

    from optout.answers import update

    from .test_done_still_listed import BROKER, at_the_captcha

    async with at_the_captcha(lab, tmp_path) as (o, app, case):  # her card, a match; the form needs a CAPTCHA
        [stored] = await o.store.listings(case.id)
        assert stored.decision == "match"
        key, _ = await app.open_person("p_maria")
        card = Listing(**json.loads(key.open(stored.sealed, "listing"))["listing"])

        def not_them(answers: Answers) -> None:
            answers.remember(card, False, o.clock.now())

        await update(o.store, key, o.clock.now(), not_them)  # as answered on another broker's copy
        await app.retry(case.id)
        await o.run()
        case = await o.case("p_maria", BROKER)
        assert case.state.value == "not_found", case.state.value
        assert [x.decision for x in await o.store.listings(case.id, include_gone=True)] == ["no_match"]
        scanned = [e for e in await o.store.events(case.id) if e.kind == "scanned"][-1]
        assert scanned.data["rejected"] == scanned.data["listings"] == 1, scanned.data
