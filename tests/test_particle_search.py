"""A surname behind its particles ("dela Cruz", "del Río", "van der Berg") is printed by US records
glued ("Delacruz") or without them ("Cruz") (NAMES.md). optout searched such a client under the
name as entered only, so a broker that prints either form reported her "not found" at every
recheck, for ever (trial24: a Filipino client entered as "Maricel dela Cruz", as she writes it)."""

from __future__ import annotations

import pytest

from optout.person import Person, parse_person
from optout.store import CaseState as S

from .harness import Optout, lab_settings

PROFILE = {"first_name": "Marisol", "last_name": "dela Cruz", "birth_date": "1986-11-11",
           "phones": ["+1 209 555 0187"], "emails": ["marisol.optout@example.org"], "relatives": ["Renato dela Cruz"],
           "addresses": [{"city": "Stockton", "state": "CA", "zip": "95206"}]}


@pytest.mark.parametrize("printed", ["Delacruz", "Cruz"])
async def test_a_broker_printing_the_surname_glued_or_bare_is_searched_and_found(lab, tmp_path, printed):
    # the broker's records hold her as it prints her; the clinic enters her as she writes it
    lab.seed_people([("marisol", parse_person({**PROFILE, "last_name": printed,
                                               "relatives": [f"Renato {printed}"]}, "lab"))])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_marisol", parse_person(PROFILE, "test"), ["peoplefind"])
        await o.run()
        case = await o.case("p_marisol", "peoplefind")
        assert case.state in (S.SUBMITTED, S.CONFIRMED), (case.state, case.last_error)
        assert sum(lab.submissions()["peoplefind"].values()) == 1


def test_the_glued_and_bare_forms_follow_the_name_as_entered():
    assert Person(first_name="Maricel", last_name="dela Cruz").search_names(6) == [
        ("Maricel", "dela Cruz"), ("Maricel", "Delacruz"), ("Maricel", "Cruz")]
    assert Person(first_name="Ana", last_name="del Río").search_names(6) == [
        ("Ana", "del Río"), ("Ana", "del Rio"), ("Ana", "Delrio"), ("Ana", "Rio")]
    # two surnames keep their own forms (the particle stays with its surname, nothing glued)
    assert Person(first_name="Juan", last_name="de la Cruz Reyes").search_names(8) == [
        ("Juan", "de la Cruz Reyes"), ("Juan", "de la Cruz"), ("Juan", "Reyes"), ("Juan", "de la Cruz-Reyes")]
