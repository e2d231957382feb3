"""The search cap (``match.searches``) never cuts the forms of a name US records print most (issue
10, a clinic trial's high finding): "José Gregorio Ramírez Uzcátegui", entered with aliases, is
listed as "Jose Ramirez" on every people-search broker; ``Person.search_names`` put six other
forms before it, the cap of six cut it, and optout reported him "not found" on 11 lab brokers that
list him. The cap now cuts the rarer forms, and a "not found" says how many forms it left unsearched
("6 of 10 forms of the name"), in English and Spanish. The client here is our own invention."""

from __future__ import annotations

import itertools

import pytest
from anyascii import anyascii

from optout.person import NAME_PARTICLES, Person, parse_person, surname_units
from optout.store import CaseState as S

from .harness import Optout, lab_settings

#: two given names, two surnames and three aliases: the shape of trial42's client (invented here)
LUIS = {"first_name": "Luis Alberto", "last_name": "Márquez Betancourt", "birth_date": "1981-06-14",
        "aliases": ["Alberto Márquez", "Beto Betancourt", "Louis A Marquez"],
        "phones": ["+1 210 555 0186"], "emails": ["lamb.optout@example.org"],
        "addresses": [{"street": "2718 Culebra Rd", "city": "San Antonio", "state": "TX", "zip": "78228"}],
        "relatives": ["Carmen Betancourt Ríos"]}


def _fold(forms):
    return [(f.casefold(), last.casefold()) for f, last in forms]


def test_the_plainest_form_of_the_trial_clients_name_is_searched_within_the_cap():
    p = parse_person(LUIS, "test")
    every = p.search_names(None)
    assert len(every) == 10  # as entered, ASCII, the first given name, 3 aliases, each surname, hyphenated, swapped
    # before: the first six, and "Luis Marquez" (seventh) never searched
    assert ("Luis", "Marquez") not in every[:6]
    forms = p.search_names(6)
    assert forms == [("Luis Alberto", "Márquez Betancourt"), ("Luis Alberto", "Marquez Betancourt"),
                     ("Luis", "Marquez Betancourt"), ("Alberto", "Marquez"), ("Luis", "Marquez"),
                     ("Luis", "Betancourt")]


def _commonest(p: Person) -> list[tuple[str, str]]:
    """What US records print most (NAMES.md), read here on its own: the whole name in ASCII, the
    first given name with the first surname, and with the last (of three or more, without its
    particle); a particle stays with its surname."""
    def plain(*parts: str) -> str:
        return " ".join(anyascii(" ".join(parts)).split())

    given, units = p.first_name.split(), surname_units(p.last_name.split())
    last = units[-1].split()
    if len(units) >= 3:
        last = [w for w in last if w.lower() not in NAME_PARTICLES] or last
    return [(plain(p.first_name), plain(p.last_name)), (plain(given[0]), plain(units[0])),
            (plain(given[0]), plain(*last))]


GIVEN = [["Luis"], ["Luis", "Alberto"], ["María", "de", "los", "Ángeles"], ["Jean-Baptiste", "Wilner", "Rony"]]
SURNAMES = [["Ortiz"], ["Márquez", "Betancourt"], ["de", "la", "Cruz", "Reyes"], ["Zúniga", "Alachán", "de", "Bográn"],
            ["Kebede", "Woldegiorgis", "Haile"], ["dela", "Cruz"], ["Pierre-Louis"]]
ALIASES = [[], ["Beto Ortiz"], ["Alberto Márquez", "Beto Betancourt", "Louis A Marquez"],
           [f"Alias{n} Other{n}" for n in range(9)]]
NAMES = [[], [{"kind": "married", "given": ["Ana"], "surnames": ["de", "Castillo"]},
              {"kind": "previous", "given": ["Ana", "Luz"], "surnames": ["Peña", "Muñoz"]}]]


@pytest.mark.parametrize("given, surnames, aliases, names", list(itertools.product(GIVEN, SURNAMES, ALIASES, NAMES)))
def test_whatever_the_shape_of_a_name_the_cap_cuts_only_the_rarer_forms(given, surnames, aliases, names):
    p = Person(first_name=" ".join(given), last_name=" ".join(surnames), aliases=aliases, names=names)
    every = p.search_names(None)
    for limit in (4, 6):
        forms = p.search_names(limit)
        kept = _fold(forms)
        missing = [f for f in _commonest(p) if (f[0].casefold(), f[1].casefold()) not in kept]
        assert not missing, (limit, missing, forms)
        # the name as entered first; bounded by the cap; the order of every form kept; the cap filled
        assert forms[0] == (" ".join(given), " ".join(surnames))
        assert len(forms) == min(limit, len(every)) and len(set(kept)) == len(kept)
        assert [f for f in every if f in forms] == forms


def test_a_cap_below_the_commonest_forms_keeps_the_likeliest_and_stays_a_cap():
    p = Person(first_name="Luis Alberto", last_name="Márquez Betancourt")
    assert p.search_names(1) == [("Luis Alberto", "Márquez Betancourt")]
    assert p.search_names(3) == [("Luis Alberto", "Márquez Betancourt"), ("Luis Alberto", "Marquez Betancourt"),
                                 ("Luis", "Marquez")]


BROKERS = ["peoplefind", "quicklook"]


def _count_every_form(monkeypatch) -> list[None]:
    """Each time the engine counts every form of a name (``search_names(None)``): p15 counts them only
    for a "not found" note, not at every scan."""
    calls: list[None] = []
    real = Person.search_names

    def search_names(self, limit=6):
        if limit is None:
            calls.append(None)
        return real(self, limit)

    monkeypatch.setattr(Person, "search_names", search_names)
    return calls


async def test_a_client_listed_under_his_plainest_name_only_is_not_reported_not_found(lab, tmp_path, monkeypatch):
    """The lab lists him as "Luis Marquez" only (the record a broker keeps: first given name, first
    surname, ASCII); every form optout searched before the fix was another one. A scan that finds him
    does not count every form of his name (only a "not found" says it: p15)."""
    counted = _count_every_form(monkeypatch)
    listed = {k: v for k, v in LUIS.items() if k != "aliases"} | {"first_name": "Luis", "last_name": "Marquez"}
    lab.seed_people([("luis", parse_person(listed, "lab"))])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_luis", parse_person(LUIS, "test"), BROKERS)
        await o.run()
        for b in BROKERS:
            case = await o.case("p_luis", b)
            assert case.state in (S.SUBMITTED, S.CONFIRMED), (b, case.state, case.last_error)
            assert sorted(lab.submissions()[b]) == sorted(lab.listing_ids(b, "luis")), b
    assert counted == []


async def test_a_not_found_says_how_many_forms_the_cap_left_unsearched(lab, tmp_path, monkeypatch):
    from optout.reasons import Reason, render

    counted = _count_every_form(monkeypatch)

    async with Optout(lab_settings(tmp_path / "data", lab)) as o:  # the lab lists nobody of that name
        await o.add("p_luis", parse_person(LUIS, "test"), ["peoplefind"])
        await o.run()
        case = await o.case("p_luis", "peoplefind")
        assert case.state == S.NOT_FOUND
        scanned = [e for e in await o.store.events(case.id) if e.kind == "scanned"][-1]
        assert (scanned.data["searches"], scanned.data["forms"]) == (6, 10)
        assert counted == [None]  # once, for the note
        assert "searched by first_name, last_name, state (6 of 10 forms of the name; the rarer ones were not " \
               "searched); the broker showed no listing" in case.last_error
        why = Reason.from_json(scanned.data.get("why"))
        assert "6 of 10 forms of the name" in render(why, "en")
        assert "6 de 10 formas del nombre; las menos comunes no se buscaron" in render(why, "es")
        for value in ("Luis", "Marquez", "Márquez", "Betancourt", "San Antonio"):
            assert value not in case.last_error and value not in render(why, "es")
