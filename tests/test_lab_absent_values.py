"""f43 #6 (clinic trials): a lab broker printed "Madrid, None" for a client whose past address had no
state. Every page a lab broker serves (its home, its search results, each listing's page, its
opt-out and privacy pages) and every listing card it renders prints an absent value as nothing,
never as "None"; a city without a state is still shown."""

from __future__ import annotations

import re

import httpx
import pytest_asyncio

from optout.lab import Lab
from optout.lab.sites.listings import place_text
from optout.person import parse_person

ABROAD = {"first_name": "Lucía", "last_name": "Gómez", "optout_email": "lucia@example.org",
          "addresses": [{"city": "Madrid", "country": "ES"}, {"city": "Sevilla", "country": "ES"},
                        {"city": "El Paso", "state": "TX"}]}
NONE = re.compile(r"\bNone\b")
#: routes that never answer, or answer with megabytes, on purpose (the hostile broker's)
SKIP = {"hostile"}


@pytest_asyncio.fixture
async def lab(tmp_path):
    async with Lab(seed=43, failure_rate=0, data_dir=tmp_path) as lab:
        lab.seed_people([("lucia", parse_person(ABROAD))])
        yield lab


def test_a_place_prints_only_what_is_known():
    assert place_text("Madrid", None) == "Madrid"
    assert place_text("Austin", "TX") == "Austin, TX"
    assert place_text(None, "TX") == "TX"
    assert place_text(None, None) is None and place_text("", " ") is None


async def test_no_lab_page_prints_none_for_an_absent_value(lab):
    person = lab.people["lucia"]
    query = {"first": "Lucia", "last": "Gomez", "name": "Lucia Gomez", "q": "Lucia Gomez", "n": "Lucia Gomez",
             "state": "", "st": "", "citystatezip": ""}
    seen: dict[str, int] = {}
    async with httpx.AsyncClient(proxy=lab.url, timeout=10) as client:
        for site in lab.sites.values():
            if site.id in SKIP:
                continue
            store = getattr(site, "listings", None)
            listings = store.of_person("lucia", lab.now()) if store is not None else []
            for x in listings:  # every card as the site renders it, decoys' pages below
                card = site.render_listing(x)
                assert not NONE.search(card), (site.id, card)
            for route in site.routes():
                if route.method != "GET":
                    continue
                paths = [route.path]
                if "{lid}" in route.path:
                    paths = [route.path.replace("{lid}", x.lid) for x in listings]
                paths = [p.replace("{last}", "Gomez").replace("{first}", "Lucia").replace("{name}", "Lucia-Gomez")
                         for p in paths]
                for path in paths:
                    r = await client.get(f"http://{site.host}{path}", params=query)
                    assert not NONE.search(r.text), (site.id, path, NONE.search(r.text) and
                                                     r.text[max(0, NONE.search(r.text).start() - 80):][:160])
                    seen[site.id] = seen.get(site.id, 0) + 1
    assert person.addresses[1].state is None  # the absent value the pages were asked to print
    with_pages = [s.id for s in lab.sites.values() if getattr(s, "listing_path", None) and s.id not in SKIP]
    assert with_pages and all(seen.get(s, 0) >= 3 for s in with_pages), seen  # home, results, a listing at least
    # the city without a state is shown, where a card shows past places
    site = lab.sites["peoplefind"]
    [mine] = [x for x in site.listings.of_person("lucia", lab.now()) if not x.decoy]
    assert "Sevilla" in site.render_listing(mine) and "Madrid" in site.render_listing(mine)
