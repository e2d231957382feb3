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
        lab.advance(days=3)
        await o.run()
        assert await o.state("p_alex", "peoplefind") == "removed"
        assert not lab.is_listed("peoplefind", "alex")
        assert sum(lab.submissions()["peoplefind"].values()) == 1
        kinds = [e.kind for e in await o.store.events(case.id)]
        assert kinds == ["created", "found", "confirmed", "rescanned"]
