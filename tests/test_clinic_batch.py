"""A legal-aid clinic's batch on the broker lab (issue 10): clients named as the people optout
serves are found on the http brokers and removed, and the decoys beside them (namesakes in another
state, a father "Sr" at his son's address) are never submitted. A case that ends "not found" says
what was searched and seen."""

import pytest

from optout.lab.crowd import clinic
from optout.person import parse_person

from .harness import Optout, lab_settings, seed_and_run_to_removal

BROKERS = ["peoplefind", "quicklook"]
pytestmark = pytest.mark.slow


async def test_clinic_clients_are_found_and_removed_and_decoys_left_alone(lab, tmp_path):
    people = {k: parse_person(v, k) for k, v in clinic()}
    states, mine = await seed_and_run_to_removal(lab, tmp_path / "data", people, BROKERS,
                                                 worker={"per_broker_concurrency": 2})
    not_removed = {kb: (c.state.value, c.last_error) for kb, c in states.items() if c.state.value != "removed"}
    assert not not_removed, not_removed
    for b in BROKERS:
        submitted = set(lab.submissions()[b])
        assert submitted <= mine[b], "a decoy was submitted"
        assert submitted == mine[b], "a client's listing was never submitted"
    for k in people:
        assert not any(lab.is_listed(b, k) for b in BROKERS)


async def test_not_found_says_what_was_searched_and_seen(lab, tmp_path):
    people = dict((k, parse_person(v, k)) for k, v in clinic()[:1])
    key, person = next(iter(people.items()))
    lab.seed_people([(key, person)])
    stranger = person.model_copy(update={"birth_year": 1940, "relatives": [],
                                         "addresses": [a.model_copy(update={"city": "Laredo"}) for a in person.addresses]})
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_x", stranger, ["peoplefind"])
        await o.run()
        case = await o.case("p_x", "peoplefind")
        assert case.state.value == "not_found"
        assert case.last_error.startswith("not recognised: searched by ")
        assert "listing(s) seen" in case.last_error and "rejected as someone else" in case.last_error
        for value in ("Hern", "Mar", "Houston", "Laredo", "1940"):
            assert value not in case.last_error
        event = (await o.store.events(case.id))[-1]
        assert event.data["listings"] >= 1 and event.data["rejected"] == event.data["listings"]
        assert "last_name" in event.data["searched"]
        # the e-mail is for PeopleFind's opt-out form: the search never gave it to the broker
        assert "email" in o.catalogue.recipes["peoplefind"].inputs
        assert event.data["searched"] == ["first_name", "last_name", "state"]
        # two surnames: the other forms of the name were searched too, and the note says how many
        assert event.data["searches"] == len(stranger.search_names(o.settings.match.searches)) > 1
        assert f"searched by first_name, last_name, state ({event.data['searches']} forms of the name);" in case.last_error
