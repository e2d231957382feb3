"""Matching pass 38 (issue 10 items 9 and 2; BENCHMARKS.md "Matching pass 38"), tested with invented people and
cards of our own (no set's pair copied):

1. **A name common in its own community, with only an age and a town** (``frequency.common_name``,
   ``_age_and_town_only``): Nguyen Van An, Kim Min-jun, Pa Vang, Mohamed Ali, Harjinder Singh, Jose Garcia. The
   Census tables count such a name's holders among all Americans, where it looks rare, and the community city
   counts x8: the card was submitted, though a namesake of the same age in the same town is as likely. **A
   person decides.** An uncommon name with an age and a town is still submitted; a common name with their
   phone, street, a relative or a middle name that agrees is still submitted.
2. **Generational words of Portuguese and Spanish names** (``_names.without_generation``,
   ``GENERATION_SUFFIX``): Filho, Júnior and hijo ("h.") are a Jr, Neto and Sobrinho a generation of their own.
   "Joao Silva Neto" for João Silva Filho was read as a third surname; "Jose Ramirez h." for José Ramírez hijo
   as another name (dropped); "Antonio Costa Neto" for Antônio Costa Júnior submitted. A suffix of another
   generation on a card of their age is a father or son of the same name, or theirs with a broker's slip:
   **a person decides**, never dropped (and never submitted). A card with another generation's age stays
   dropped.

One table, one test: each row is a person, a card and the decision; ``fails_before`` marks the rows that fail on
the tree before the pass (``775da844``, checked on a copy made with ``git archive``), the others are guards.
``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)


def person(first: str, last: str, city: str, state: str, year: int = 1980, **kw) -> object:
    return parse_person({"first_name": first, "last_name": last, "birth_year": year,
                         "addresses": [{"city": city, "state": state}], **kw}, "test")


def card(name: str, age: str, town: str, *, phones=(), relatives=(), street: str | None = None) -> Listing:
    return Listing(name=name, age_text=age, locations=[street or town], past_locations=[], aliases=[],
                   relatives=list(relatives), phones=list(phones))


AN = person("An", "Nguyen", "Westminster", "CA", 1978, middle_name="Van")
MINJUN = person("Min-jun", "Kim", "Fort Lee", "NJ", 1988)
PA = person("Pa", "Vang", "Saint Paul", "MN", 1985)
MOHAMED = person("Mohamed", "Ali", "Minneapolis", "MN", 1982, phones=["(612) 555-0101"],
                 relatives=["Hodan Warsame"])
HARJINDER = person("Harjinder", "Singh", "Yuba City", "CA", 1975)
JOSE = person("Jose", "Garcia", "Dalton", "GA", 1983, addresses=[{"street": "412 Maple Ave", "city": "Dalton",
                                                                  "state": "GA"}])
TEODORO = person("Teodoro", "Villagrana", "Madera", "CA", 1970)
FILHO = person("João", "Silva Filho", "Framingham", "MA", 1980)
JUNIOR = person("Antônio", "Costa Júnior", "Newark", "NJ", 1979)
HIJO = person("José", "Ramírez hijo", "Wenatchee", "WA", 1984)
NETO_SURNAME = person("Marcos", "Neto", "Fall River", "MA", 1981)

ROWS = [
    # (what, person, card, decision, evidence the decision must carry, fails before the pass)
    # 1. a common name of its community, an age and a town: a person decides
    ("Minjun Kim, his age, his town", MINJUN, card("Minjun Kim", "38", "Fort Lee, NJ"), "uncertain",
     "common name, age and town", True),
    ("Pa Vang, her age, her city", PA, card("Pa Vang", "41", "St Paul, MN"), "uncertain",
     "common name, age and town", True),
    ("Abdi Mohamed, his age, his city", person("Abdi", "Mohamed", "Columbus", "OH", 1984),
     card("Abdi Mohamed", "42", "Columbus, OH"), "uncertain", "common name, age and town", True),
    ("Kou Her, his age, his town", person("Kou", "Her", "Sheboygan", "WI", 1986),
     card("Kou Her", "40", "Sheboygan, WI"), "uncertain", "common name, age and town", True),
    ("Jiwoo Park, her age, her town", person("Jiwoo", "Park", "Palisades Park", "NJ", 1990),
     card("Jiwoo Park", "36", "Palisades Park, NJ"), "uncertain", "common name, age and town", True),
    ("Jianhua Liu, his age, his city", person("Jianhua", "Liu", "Arcadia", "CA", 1968),
     card("Jianhua Liu", "58", "Arcadia, CA"), "uncertain", "common name, age and town", True),
    ("Mamadou Diallo, his age, his borough", person("Mamadou", "Diallo", "Bronx", "NY", 1979),
     card("Mamadou Diallo", "47", "Bronx, NY"), "uncertain", "common name, age and town", True),
    # the model already asks these (the Census tables or the community floor count their namesakes): unchanged
    ("Nguyen Van An, family name first, his age, his town", AN, card("Nguyen Van An", "48", "Westminster, CA"),
     "uncertain", None, False),
    ("Mohamed Ali, his age, his city", MOHAMED, card("Mohamed Ali", "44", "Minneapolis, MN"), "uncertain", None,
     False),
    ("Harjinder Singh, his age, his town", HARJINDER, card("Harjinder Singh", "51", "Yuba City, CA"), "uncertain",
     None, False),
    ("Jose Garcia, his age, his small city", JOSE, card("Jose Garcia", "43", "Dalton, GA"), "uncertain", None, False),
    # guards: an uncommon name with an age and a town, a common name with more than that
    ("Teodoro Villagrana, his age, his town: uncommon, submitted", TEODORO,
     card("Teodoro Villagrana", "56", "Madera, CA"), "match", None, False),
    ("Mohamed Ali with his phone: submitted", MOHAMED,
     card("Mohamed Ali", "44", "Minneapolis, MN", phones=["612-555-0101"]), "match", None, False),
    ("Mohamed Ali with his relative: submitted", MOHAMED,
     card("Mohamed Ali", "44", "Minneapolis, MN", relatives=["Hodan Warsame"]), "match", None, False),
    ("Jose Garcia at his street: submitted", JOSE,
     card("Jose Garcia", "43", "", street="412 Maple Ave, Dalton, GA 30720"), "match", None, False),
    # 2. generation words: the same name family; another generation's suffix at their age is a doubt
    ("Joao Silva Filho for João Silva Filho: Filho read as his suffix, which agrees", FILHO,
     card("Joao Silva Filho", "46", "Framingham, MA"), "match", "suffix agrees", True),
    ("Joao Silva Neto for João Silva Filho, his age: a grandson's suffix, a person decides", FILHO,
     card("Joao Silva Neto", "46", "Framingham, MA"), "uncertain", "suffix doubt", True),
    ("Joao Silva Sr for João Silva Filho, his age: the father's suffix, a person decides", FILHO,
     card("Joao Silva Sr", "46", "Framingham, MA"), "uncertain", "suffix doubt", True),
    ("Joao Silva Sr for João Silva Filho, 72: the father by his age, dropped", FILHO,
     card("Joao Silva Sr", "72", "Framingham, MA"), "no_match", None, False),
    ("Antonio Costa Neto for Antônio Costa Júnior, his age: not submitted", JUNIOR,
     card("Antonio Costa Neto", "47", "Newark, NJ"), "uncertain", "suffix doubt", True),
    ("Antonio Costa Filho for Antônio Costa Júnior: Filho is Júnior", JUNIOR,
     card("Antonio Costa Filho", "47", "Newark, NJ"), "match", "suffix agrees", True),
    ("Jose Ramirez h. for José Ramírez hijo: h. is hijo, not another name", HIJO,
     card("Jose Ramirez h.", "42", "Wenatchee, WA"), "uncertain", "suffix agrees", True),
    ("Jose Ramirez Sr for José Ramírez hijo, his age: a person decides", HIJO,
     card("Jose Ramirez Sr", "42", "Wenatchee, WA"), "uncertain", "suffix doubt", True),
    ("Marcos Neto, Neto his surname: not a suffix", NETO_SURNAME,
     card("Marcos Neto", "45", "Fall River, MA"), "match", None, False),
]


@pytest.mark.parametrize("what,who,listing,decision,kind,fails_before", ROWS, ids=[r[0] for r in ROWS])
def test_pass38(what, who, listing, decision, kind, fails_before) -> None:
    m = score(who, listing, today=TODAY)
    assert m.decision == decision, (what, m.confidence, m.evidence)
    if kind:
        assert kind in m.evidence, (what, m.evidence)
    assert all("Nguyen" not in r and "Silva" not in r for r in m.reasons)  # reasons name kinds, never values


def test_common_name_in_community() -> None:
    from optout.matching.frequency import common_name, community_of_name

    assert community_of_name("an", "nguyen") == "vietnamese"
    assert community_of_name("pa", "vang") == "hmong"
    assert community_of_name("mohamed", "abdi") == "somali"
    assert community_of_name("pa", "nguyen") is None  # a Hmong given name beside a Vietnamese surname: no list
    assert common_name("maria", "hernandez", 260_000_000)  # the Census tables: ~tens of thousands
    assert not common_name("teodoro", "villagrana", 260_000_000)
    assert not common_name("", "garcia", 260_000_000)


def test_spanish_reasons_for_new_kinds() -> None:
    from optout.reasons import text

    for k in ("common name, age and town", "suffix doubt"):
        en, es = text(f"evidence:{k}", "en"), text(f"evidence:{k}", "es")
        assert en and es and en != es, k
