"""A client entered again with a part of the name missing, or spelt otherwise, is refused as "looks
like …" when the two share a birth (date or year) and a phone, even with no street nor ZIP (trial49:
a profile whose given name was lost was added as a one-part name beside the client it was, same
birth year, phone, relative and city); two people who only share a phone (a household) are not."""

from __future__ import annotations

import pytest

from optout.app import open_app, same_client
from optout.errors import OptoutError
from optout.person import parse_person
from optout.reasons import render
from optout.settings import Settings

CLIENT = {"first_name": "Wideline", "last_name": "Saint-Fleur", "birth_year": 1981, "phones": ["(617) 555-0142"],
          "addresses": [{"city": "Brockton", "state": "MA"}]}


def person(**changes):
    return parse_person({**CLIENT, **changes}, "test")


def test_a_form_that_lost_a_part_of_the_name_is_one_client_by_birth_and_phone():
    whole = person()
    assert same_client(person(first_name="Saint-Fleur", last_name="Saint-Fleur", one_part_name=True), whole)
    assert same_client(person(phones=["+1 617 555 0142"], first_name="Wideline", last_name="Saint Fleur"), whole)
    # a household: same phone, another birth; a twin: same birth and phone, another given name
    assert not same_client(person(first_name="Jonas", birth_year=1954), whole)
    assert not same_client(person(first_name="Marc-Henry"), whole)
    # no phone in common and no street or ZIP: a city and a birth year are too many people's
    assert not same_client(person(first_name="Saint-Fleur", last_name="Saint-Fleur", one_part_name=True,
                                  phones=["617 555 0199"]), whole)


@pytest.mark.asyncio
async def test_adding_it_is_refused_naming_the_client_it_looks_like(tmp_path):
    async with open_app(Settings(data_dir=tmp_path / "d"), create=True) as app:
        added = await app.add_people([("one.toml", person())])
        pid = added.added[0][1]
        lost = person(first_name="Saint-Fleur", last_name="Saint-Fleur", one_part_name=True)
        with pytest.raises(OptoutError) as e:
            await app.add_people([("two.toml", lost)])
        why = getattr(e.value, "why", None) or getattr(e.value, "problems", [(None, None, None, None)])[0][-1]
        text = str(e.value)
        assert pid in text and "same birth, phone" in text and "Saint" not in text, text
        assert "mismo teléfono" in render(why, "es"), render(why, "es")
        again = await app.add_people([("two.toml", lost)], allow_duplicates=True)
        assert len(again.added) == 1
