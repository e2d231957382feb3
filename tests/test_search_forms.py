"""The forms of a name a broker's search is given (``Person.search_names``) for surnames of three
parts or more: a Honduran client's two surnames and her married name ("Zúniga Alachán de Bográn").
A broker that printed her as "Dania Bogran" was searched only under the whole surname, and a
client the lab lists was reported "not listed" on three brokers (lab --no-resale, seed 1234)."""

from __future__ import annotations

import datetime as dt

from optout.matching import score
from optout.person import Person
from optout.steps.extract import Listing


def test_a_married_de_surname_is_searched_as_the_records_print_it():
    p = Person(first_name="Dania Yolibeth", last_name="Zúniga Alachán de Bográn")
    assert p.search_names() == [("Dania Yolibeth", "Zúniga Alachán de Bográn"),
                                ("Dania Yolibeth", "Zuniga Alachan de Bogran"), ("Dania", "Zuniga Alachan de Bogran"),
                                ("Dania", "Zuniga"), ("Dania", "Bogran"), ("Dania", "Alachan")]
    # her own second surname beside the married "de" (issue 10, trial44: "Maria Munoz" of "María de
    # la Cruz Muñoz de Peña"), before the married name with its particle
    assert p.search_names(9)[6:] == [("Dania", "de Bogran"), ("Dania", "Zuniga Alachan"),
                                     ("Zuniga Alachan de Bogran", "Dania Yolibeth")]
    # three surnames without a particle: the first, the last, the two before the last
    t = Person(first_name="Tsehay", last_name="Kebede Woldegiorgis Haile")
    assert t.search_names(8) == [("Tsehay", "Kebede Woldegiorgis Haile"), ("Tsehay", "Kebede"), ("Tsehay", "Haile"),
                                 ("Tsehay", "Kebede Woldegiorgis"), ("Kebede Woldegiorgis Haile", "Tsehay")]
    # two surnames: unchanged
    assert Person(first_name="Juan", last_name="de la Cruz Reyes").search_names(8) == [
        ("Juan", "de la Cruz Reyes"), ("Juan", "de la Cruz"), ("Juan", "Reyes"), ("Juan", "de la Cruz-Reyes"),
        ("de la Cruz Reyes", "Juan")]


def test_what_the_new_search_finds_is_recognised_by_the_matcher():
    """Not a matcher change: the form now searched was always recognised once seen."""
    p = Person(first_name="Dania Yolibeth", last_name="Zúniga Alachán de Bográn", birth_year=1990,
               addresses=[{"city": "Van Nuys", "state": "CA"}])
    m = score(p, Listing(name="Dania Bogran", age=36, locations=["Van Nuys, CA"]), today=dt.date(2026, 12, 5))
    assert m.decision == "match"
