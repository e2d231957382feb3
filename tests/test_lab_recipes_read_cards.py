"""Every lab recipe reads what its broker's card prints (pass 39). PeopleCheck's page printed each card's
past towns and relatives, but its recipe read only the name, age and town: the matcher judged the demo's
Alex Rivera on less than the card shows, and pass 38 (a common name with only an age and a town goes to a
person) sent his card to a person though his past town and his relative were on the page. The evidence a
card carries is what keeps a common name from being asked, so a recipe that drops it costs the person a
question and the volunteer a minute. Held here for every lab broker with a scan."""

from __future__ import annotations

import pytest

from optout.lab import Lab
from optout.lab.sites.listings import Listing as LabListing
from optout.recipe.loader import load_recipe
from optout.settings import PROJECT_BROKERS
from optout.steps.extract import extract_listings

# an invented card, with every kind of evidence a people-search card prints
CARD = LabListing(lid="0000abcd", owner="k", decoy=False, first="Wenceslao", last="Quirke", name="Wenceslao Quirke",
                  birth_year=1970, city="Keokuk", state="IA", past=["Ottumwa, IA", "Ames, IA"],
                  relatives=["Odalys Quirke", "Bruno Quirke"])


def _scanned_sites() -> list[str]:
    lab = Lab(seed=1)
    return sorted(sid for sid in lab.sites if (PROJECT_BROKERS / "lab" / f"{sid}.yaml").exists()
                  and load_recipe(PROJECT_BROKERS / "lab" / f"{sid}.yaml").scan is not None)


def test_the_lab_has_people_search_recipes_to_hold():
    assert {"peoplecheck", "peoplefind", "searchly", "truthy"} <= set(_scanned_sites())


@pytest.mark.parametrize("sid", _scanned_sites())
def test_a_lab_recipe_reads_every_piece_of_evidence_its_card_prints(sid):
    site = Lab(seed=1).sites[sid]
    recipe = load_recipe(PROJECT_BROKERS / "lab" / f"{sid}.yaml")
    assert recipe.scan is not None
    card = site.render_listing(CARD)
    page = site.listing_body(CARD) if hasattr(site, "listing_body") else card
    [got] = extract_listings(f"<html><body>{page}</body></html>", f"http://{site.host}/", recipe.scan.extract)
    assert got.name == CARD.name
    if "Keokuk" in card:
        assert any("Keokuk" in place for place in got.locations), (sid, got.locations)
    if any(p in card for p in CARD.past):
        assert got.past_locations == CARD.past, (sid, "past towns printed, not read", got.past_locations)
    if any(r in card for r in CARD.relatives):
        assert got.relatives == CARD.relatives, (sid, "relatives printed, not read", got.relatives)
