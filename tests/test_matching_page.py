"""Two cards a broker shows for one search that the matcher would both submit, one of them on the
name, an age and a city alone, are a namesake or the broker's duplicate record: the evidence cannot
tell, so a person looks (optout.matching.page). holdout12's first read (2026-12-01) submitted 18 of its
27 "twins" (a namesake card with the same evidence as the person's), 6 of them strangers; on the
thirteen sets 47 strangers' twin cards were submitted. Names here are our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from optout.matching import score
from optout.matching.page import NAMESAKES, namesakes_on_page
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 1)
PROFILE = {"first_name": "Almaz", "last_name": "Gebremariam", "birth_year": 1984, "phones": ["612-555-0142"],
           "addresses": [{"city": "Minneapolis", "state": "MN", "zip": "55404"}], "relatives": ["Tesfaye Gebremariam"]}
PERSON = parse_person(PROFILE, "test")

THIN = Listing(name="Almaz Gebremariam", age_text="Age 42", locations=["Minneapolis, MN"])
THIN_TOO = Listing(name="Almaz Gebremariam", age_text="Age 41", locations=["Minneapolis, MN"], past_locations=["Austin, TX"])
WITH_PHONE = Listing(name="Almaz Gebremariam", age_text="Age 42", locations=["Minneapolis, MN"], phones=["612-555-0142"])
WITH_RELATIVE = Listing(name="Almaz T Gebremariam", age_text="Age 42", locations=["Minneapolis, MN"],
                        relatives=["Tesfaye Gebremariam"])
OLDER = Listing(name="Almaz Gebremariam", age_text="Age 67", locations=["Denver, CO"])


def scored(*listings: Listing):
    return [(li, score(PERSON, li, today=TODAY)) for li in listings]


def test_each_card_alone_would_be_submitted():
    # the premise: the matcher reads each card alone and submits each of these
    assert [m.decision for _, m in scored(THIN, THIN_TOO, WITH_PHONE, WITH_RELATIVE)] == ["match"] * 4
    assert score(PERSON, OLDER, today=TODAY).decision == "no_match"


def test_two_thin_cards_on_one_page_go_to_a_person():
    out = namesakes_on_page(scored(THIN, OLDER, THIN_TOO), submit_at=0.75)
    assert [m.decision for _, m in out] == ["uncertain", "no_match", "uncertain"]
    for _, m in (out[0], out[2]):
        assert 0.45 <= m.confidence < 0.75  # the decision follows the confidence and the thresholds
        assert NAMESAKES in m.evidence and any("which is theirs" in r for r in m.reasons)
    assert [li for li, _ in out] == [THIN, OLDER, THIN_TOO]  # order and listings kept


def test_a_card_with_decisive_evidence_keeps_its_decision_and_a_thin_one_beside_it_is_asked():
    out = namesakes_on_page(scored(WITH_PHONE, THIN), submit_at=0.75)
    assert [m.decision for _, m in out] == ["match", "uncertain"]
    assert NAMESAKES not in out[0][1].evidence


@pytest.mark.parametrize("listings", [(THIN,), (THIN, OLDER), (WITH_PHONE, WITH_RELATIVE)])
def test_one_submitted_card_or_only_decisive_ones_are_unchanged(listings):
    before = scored(*listings)
    assert namesakes_on_page(before, submit_at=0.75) == before


async def test_a_broker_page_showing_the_client_and_a_same_aged_namesake_in_her_city_asks_a_person(lab, tmp_path):
    """On the lab's real pages: the broker's records hold the client's card and a namesake's, both
    the name, an age and her city only (no phone, no relative shown). Nothing is submitted; the case
    waits for a person with both cards."""
    from optout.store import CaseState as S

    from .harness import Optout, lab_settings

    bare = {"first_name": "Almaz", "last_name": "Gebremariam", "birth_year": 1984,
            "addresses": [{"city": "Minneapolis", "state": "MN"}]}
    lab.seed_people([("almaz", parse_person(bare, "lab")), ("almaz-namesake", parse_person(bare, "lab"))])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_almaz", PERSON, ["peoplefind"])
        await o.run()
        case = await o.case("p_almaz", "peoplefind")
        assert case.state == S.NEEDS_HUMAN, (case.state, case.last_error)
        assert sum(lab.submissions().get("peoplefind", {}).values()) == 0


def test_one_record_shown_twice_is_one_listing_not_two_namesakes():
    """A site that lists a record once for each way its search read the name (the lab's
    find_names brokers: "Luis Alberto Marquez" found as "Luis" + "Alberto Marquez" and as "Luis
    Alberto" + "Marquez"), or one record found by two searches for two forms of the name: the same
    address is one record, submitted, never a question "which is theirs" (the reverted s42 merge
    asked a person about lab clients so, tests/test_clinic_contact.py)."""
    from dataclasses import replace

    once = replace(THIN, profile_url="https://broker.example/p/4f1c")
    out = namesakes_on_page(scored(once, OLDER, replace(once)), submit_at=0.75)
    assert [m.decision for _, m in out] == ["match", "no_match", "match"]
    by_id = replace(THIN, profile_id="4f1c")
    assert [m.decision for _, m in namesakes_on_page(scored(by_id, replace(by_id)), submit_at=0.75)] == ["match"] * 2
    # two records (two addresses) of one name, age and city are still two cards a person tells apart
    other = replace(THIN_TOO, profile_url="https://broker.example/p/9b20")
    assert [m.decision for _, m in namesakes_on_page(scored(once, other), submit_at=0.75)] == ["uncertain"] * 2


def test_cards_of_one_name_and_city_that_show_different_facts_are_two_records():
    """On a site without record addresses, ``Listing.key`` is the card: two namesakes of one name
    and city whose cards differ (an age, another place) are two records, the same card printed again
    (its lists in another order) is one, and a card of a name and places only keeps its old key."""
    from dataclasses import replace

    assert THIN.key != THIN_TOO.key
    assert THIN.key != replace(THIN, age_text="Age 43").key
    moved = replace(THIN_TOO, past_locations=["Austin, TX", "Dallas, TX"])
    assert moved.key == replace(THIN_TOO, past_locations=["Dallas, TX", "Austin, TX"]).key
    assert replace(THIN).key == THIN.key
    bare = Listing(name="Almaz Gebremariam", locations=["Minneapolis, MN"])
    import hashlib

    assert bare.key == hashlib.sha256(b"Almaz Gebremariam|Minneapolis, MN").hexdigest()[:32]


async def test_two_namesakes_without_record_addresses_are_both_shown_to_a_person(lab, tmp_path):
    """A broker whose cards carry no record address (as 14 shipped recipes): the client's card and a
    namesake's, one name and city, one a year apart in age. Joined by key, the scan kept one card
    and went on to submit it; now both reach a person and nothing is sent."""
    from optout.store import CaseState as S

    from .harness import Optout, lab_settings

    recipes = tmp_path / "recipes"
    recipes.mkdir()
    text = (Path(__file__).parents[1] / "brokers" / "lab" / "peoplefind.yaml").read_text()
    text = text.replace("id: peoplefind\n", "id: nourl\n").replace("    profile_id: /person/(\\w+)\n", "")
    text = text.replace("      profile_url: {selector: h3.name a, attribute: href}\n", "")
    (recipes / "nourl.yaml").write_text(text)
    client = {"first_name": "Almaz", "last_name": "Gebremariam", "birth_year": 1984,
              "addresses": [{"city": "Minneapolis", "state": "MN"}]}
    lab.seed_people([("almaz", parse_person(client, "lab")),
                     ("almaz-namesake", parse_person({**client, "birth_year": 1985}, "lab"))])
    async with Optout(lab_settings(tmp_path / "data", lab, recipe_dirs=[recipes])) as o:
        await o.add("p_almaz", PERSON, ["nourl"])
        await o.run()
        case = await o.case("p_almaz", "nourl")
        assert case.state == S.NEEDS_HUMAN, (case.state, case.last_error)
        asked = [e for e in await o.store.events(case.id) if e.kind == "human_needed"][-1]
        assert len(asked.data["listings"]) == 2 and len({x["id"] for x in asked.data["listings"]}) == 2
        assert sum(lab.submissions().get("peoplefind", {}).values()) == 0
