"""The report's coverage line (t48): how many brokers were searched for the person, how many were
asked by letter or form only (they offer no search: nobody can know whether the person was listed
there), and how many were not searched yet, of all the brokers, with the plural each count takes,
in English and Spanish. It never implies the person was looked for everywhere."""

from __future__ import annotations

import datetime as dt
import re

from optout.person import parse_person
from optout.report import render_person
from optout.report._collect import BrokerSection, PersonReport

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
