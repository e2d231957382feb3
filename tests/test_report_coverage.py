"""The report's coverage line (t48): how many brokers were searched for the person, how many were
asked by letter or form only (they offer no search: nobody can know whether the person was listed
there), and how many were not searched yet, of all the brokers, with the plural each count takes,
in English and Spanish. It never implies the person was looked for everywhere."""

from __future__ import annotations

import datetime as dt
import re

from optout.person import load_person, parse_person
from optout.report import render_person
from optout.report._collect import BrokerSection, PersonReport

from .conftest import EXAMPLES

AT = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)


def section(broker: str, outcome: str, events: list[str], searchable: bool | None) -> BrokerSection:
    s = BrokerSection(broker, broker.title(), "http", outcome, AT, None, None, None, [], [], [], [], [], [], [],
                      [], [], None, None, [], [(AT, kind, outcome) for kind in events])
    s.outcome, s.searchable = outcome, searchable
    return s


def report(sections: list[BrokerSection]) -> PersonReport:
    return PersonReport("p_x", parse_person({"first_name": "Dania", "last_name": "Zúniga Alachán"}), AT, sections)


def line(html: str) -> str:
    return re.sub(r"\s+", " ", re.search(r'<p class="coverage" id="coverage">(.*?)</p>', html, re.S).group(1))


def test_the_coverage_line_counts_searched_asked_only_and_the_rest_of_all_brokers():
    sections = [section("peoplefind", "removed", ["scanned", "submitted", "rescanned"], True),
                section("searchly", "not_found", ["scanned"], True),
                # a letter: the broker offers no search, so whether the person was listed is unknown
                section("acxiom", "submitted", ["letter"], False),
                section("lexis", "confirmed", ["letter", "reply_confirmed"], False),
                section("broker1", "new", [], True),  # not worked yet
                section("broker2", "new", [], False),  # a letter not sent yet: not "asked"
                section("broker3", "failed", ["failed"], True)]  # the search never ran
    r = report(sections)
    assert r.coverage() == {"searched": 2, "asked_only": 2, "total": 7}
    en = line(render_person(r, "en"))
    assert en.startswith("Coverage: 2 searched, 2 asked by letter or form only, 3 not searched yet, of 7 brokers.")
    assert "we cannot know whether the person was listed there" in en
    es = line(render_person(r, "es"))
    assert es.startswith("Cobertura: 2 con búsqueda de la persona, 2 solo con solicitud por carta o formulario, "
                         "3 aún sin buscar, de 7 corredores.")
    assert "no podemos saber si la persona figuraba" in es


def test_one_broker_is_said_in_the_singular_and_nothing_unsearched_is_left_out():
    r = report([section("peoplefind", "not_found", ["scanned"], True)])
    en, es = line(render_person(r, "en")), line(render_person(r, "es"))
    assert en == "Coverage: 1 searched, 0 asked by letter or form only, of 1 broker."
    assert es == "Cobertura: 1 con búsqueda de la persona, 0 solo con solicitud por carta o formulario, de 1 corredor."


async def test_a_broker_the_engine_searched_is_counted_searched_whatever_it_found(lab, tmp_path):
    """trial49 (high): a client found on 11 brokers read "0 searched … 11 not searched yet", beside
    "Found: 11". The line counted only ``scanned``/``rescanned``; a search that recognises the person
    records ``found``, one that sees listings it cannot decide on asks a person, and neither was
    counted. Here the engine really runs against the lab: the person is found on one http broker,
    another shows only listings that may be them (a question), the e-mail broker is written to."""
    from optout.report import person_report

    from .harness import Optout, lab_settings
    from .test_answers import vague

    alex = load_person(EXAMPLES / "alex.toml")
    maria = parse_person(vague(), "test")
    lab.seed_people([("alex", alex), ("maria", maria)])
    brokers = ["peoplefind", "quicklook", "mailonly"]
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_alex", alex, brokers)
        await o.add("p_maria", maria, brokers[:2])
        await o.run()
        for pid, found in (("p_alex", "found"), ("p_maria", None)):
            events = {b: [e.kind for e in await o.store.events((await o.case(pid, b)).id)] for b in brokers[:2]}
            assert all("scanned" not in kinds and "rescanned" not in kinds for kinds in events.values()), events
            if found:
                assert all(found in kinds for kinds in events.values()), events
            else:
                assert all("human_needed" in kinds for kinds in events.values()), events
            r = await person_report(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), pid)
            assert r.coverage()["searched"] == 2, (pid, r.coverage())
            text = line(render_person(r, "en"))
            assert text.startswith("Coverage: 2 searched,"), text
