"""Classes of matching fault found by the held-out set (data/matching/holdout, issue 10), each with
the right value as the expected result. Invented people; ``TODAY`` fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.matching._names import other_gender, spelling_variant
from optout.matching._text import tokens
from optout.person import parse_person
from optout.steps.extract import Listing, clean

TODAY = dt.date(2026, 11, 30)


def person(**kw):
    return parse_person({"birth_year": 1960, "addresses": [{"street": "2210 W Augusta Blvd", "city": "Chicago",
                                                              "state": "IL"}]} | kw)


def _odds(confidence):
    import math

    from optout.matching import OFFSET, SLOPE

    return math.exp((math.log(confidence / (1 - confidence)) - OFFSET) / SLOPE)


def decide(p, name, age=66, places=("Chicago, IL",), **kw):
    return score(p, Listing(name, age, list(places), **kw), today=TODAY)


# ---- a parent or child of the same name in the person's household (kind 5) -------------------------

FATHER = person(first_name="Lukasz", last_name="Wojcik", phones=["312-555-0148"],
                relatives=["Agnieszka Wojcik", "Tomasz Wojcik"])


class TestHousehold:
    def test_the_persons_own_listing_is_still_a_match(self):
        m = decide(FATHER, "Lukasz Wojcik", phones=["(312) 555-0148"], relatives=["Agnieszka Wojcik"])
        assert m.decision == "match"

    @pytest.mark.parametrize("extra", [
        {"phones": ["312-555-0148"]},                                       # the home phone
        {"relatives": ["Agnieszka Wojcik", "Lukasz Wojcik"]},               # the same relatives, and him
        {"addresses": [{"street": "2210 W Augusta Blvd", "city": "Chicago", "state": "IL"}],
         "phones": ["312-555-0148"], "relatives": ["Tomasz Wojcik"]},      # everything a household shares
    ])
    def test_a_son_of_the_same_name_at_home_is_not_the_person(self, extra):
        m = decide(FATHER, "Lukasz Wojcik", age=34, **extra)
        assert m.decision == "no_match"
        assert "a household member of the same name? (shared places, phone and relatives not counted)" in m.reasons
        assert "a phone number of the person" not in m.reasons and "a relative in common" not in m.reasons

    def test_a_jr_listing_for_a_person_without_suffix_sharing_the_phone(self):
        son = person(first_name="Lukasz", last_name="Wojcik", suffix="Sr", phones=["312-555-0148"])
        m = decide(son, "Lukasz Wojcik Jr", age=34, phones=["312-555-0148"])
        assert m.decision == "no_match"


# ---- text a scraper leaves behind (kind 3/10) ----------------------------------------------------------

class TestScrapedText:
    @pytest.mark.parametrize("listed", ["Jos&eacute; Luis Ram&iacute;rez", "JosÃ© Luis RamÃ­rez",
                                        "Jos&#233; Luis Ram&#xED;rez"])
    def test_entities_and_mojibake_read_as_the_letters(self, listed):
        assert tokens(listed) == ["jose", "luis", "ramirez"]
        p = person(first_name="José Luis", last_name="Ramírez", phones=["773-555-0199"])
        m = decide(p, listed, phones=["773-555-0199"])
        assert m.decision == "match" and m.reasons[0] == "name: given name and surname(s) agree"

    def test_extraction_shows_the_repaired_name(self):
        assert clean("JosÃ© P&eacute;rez") == "José Pérez"

    def test_plain_ascii_is_untouched(self):
        assert clean("R&B Lopez") == "R&B Lopez"


# ---- names: particles in aliases, nicknames through the English form, gender, syllables ---------------

class TestNames:
    def test_a_particle_in_an_alias_belongs_to_the_surname(self):
        p = person(first_name="Maria", middle_name="Cristina", last_name="Dela Cruz",
                   aliases=["Tina Dela Cruz"], addresses=[{"city": "Daly City", "state": "CA"}])
        assert [f.surnames for f in p.name_forms() if f.kind == "alias"] == [["Dela", "Cruz"]]
        m = decide(p, "Tina Delacruz", places=["Daly City, CA"])
        # read as her alias at the submit threshold's odds; Tina Cruz (~300 US namesakes) with only an age and a
        # town is asked since pass 38
        assert m.decision == "match" or m.confidence == 0.749 and "common name, age and town" in m.evidence, m

    @pytest.mark.parametrize("first,listed", [("Ernesto", "Ernie"), ("Roberto", "Bob"), ("Miguel", "Mike"),
                                              ("Oleksandr", "Sasha"), ("Dmitry", "Dima"),
                                              ("Natalia", "Natasha"), ("Guillermo", "Bill")])
    def test_nicknames_of_the_english_form_and_slavic_diminutives(self, first, listed):
        p = person(first_name=first, last_name="Villanueva", phones=["312-555-0100"])
        m = decide(p, f"{listed} Villanueva", phones=["312-555-0100"])
        assert m.decision == "match" and "variant of a given name" in m.reasons[0]

    @pytest.mark.parametrize("a,b", [("evgeny", "evgenia"), ("yevgeniy", "yevgeniya"), ("aleksander", "aleksandra"),
                                     ("valeriy", "valeriya"), ("juan", "juana"), ("daniel", "daniela")])
    def test_other_gender_forms(self, a, b):
        assert other_gender(a, b) and other_gender(b, a)

    @pytest.mark.parametrize("a,b", [("julie", "julia"), ("marie", "maria"), ("hamza", "hamzah"),
                                     ("mustafa", "mustapha")])
    def test_not_other_gender(self, a, b):
        assert not other_gender(a, b)

    def test_a_brother_is_not_his_sister(self):
        p = person(first_name="Yevgeniya", last_name="Smirnova", names=[
            {"kind": "transliteration", "given": ["Evgenia"], "surnames": ["Smirnova"]}])
        assert decide(p, "Evgeny Smirnov").decision == "no_match"
        assert decide(p, "Evgenia Smirnova").decision == "match"

    @pytest.mark.parametrize("a,b", [("yevgeniya", "evgeniya"), ("aleksandr", "alexandr"), ("mikhail", "mihail"),
                                     ("yuriy", "iurii")])
    def test_cyrillic_romanisations_are_spellings_of_one_name(self, a, b):
        assert spelling_variant(a, b)

    @pytest.mark.parametrize("a,b", [("hsu", "hsueh"), ("kim", "kimura"), ("chan", "chandra")])
    def test_a_syllable_more_is_another_name(self, a, b):
        assert not spelling_variant(a, b)

    def test_a_silent_e_is_still_a_spelling(self):
        assert spelling_variant("brown", "browne")


# ---- a namesake's card: phones and relatives all someone else's ----------------------------------------

class TestContradicted:
    P = person(first_name="Rony", last_name="Saint-Fleur", birth_year=1979, phones=["201-555-0117"],
               relatives=["Mona Saint-Fleur"], addresses=[{"city": "Paterson", "state": "NJ"}])

    def card(self, **kw):
        base = {"age": 47, "places": ["Paterson, NJ"]} | kw
        return decide(self.P, "Rony Saint-Fleur", **base)

    def test_name_age_and_city_with_phones_and_relatives_not_theirs_goes_to_a_person(self):
        # with match.other_phone = "ask"; by default such a card (only other phones, nothing decisive) is
        # rejected: tests/test_matching_other_phone.py
        for phones, relatives in [(["973-555-0190"], ["Samira Jean"]),
                                  (["973-555-0190", "201-555-0133"], ["Samira Jean", "Omar Pierre"])]:
            m = score(self.P, Listing("Rony Saint-Fleur", 47, ["Paterson, NJ"], phones=phones, relatives=relatives),
                      today=TODAY, other_phone="ask")
            assert m.decision == "uncertain", m
            assert self.card(phones=phones, relatives=relatives).decision == "no_match"
            assert "the phones and relatives shown are someone else's: a person decides" in m.reasons

    def test_the_same_card_without_contradictions_is_submitted(self):
        assert self.card().decision == "match"

    def test_only_the_phone_differs_is_weighed_not_capped(self):
        m = self.card(phones=["973-555-0190"])
        assert "the phones and relatives shown are someone else's: a person decides" not in m.reasons

    def test_a_decisive_agreement_still_submits(self):
        m = self.card(phones=["973-555-0190", "201-555-0117"], relatives=["Samira Jean"])
        assert m.decision == "match" and "a phone number of the person" in m.reasons


# ---- more classes from the second held-out set --------------------------------------------------------

def with_phone(**kw):
    return person(phones=["614-555-0123"], addresses=[{"city": "Columbus", "state": "OH"}], **kw)


def card(p, name, **kw):
    return decide(p, name, age=kw.pop("age", 66), places=["Columbus, OH"], phones=["614-555-0123"], **kw)


class TestMoreNames:
    def test_symbols_and_invisible_characters_are_no_letters(self):
        assert tokens("Ji-hoon Kim ✔") == ["ji", "hoon", "kim"]
        assert tokens("Ana\u200b María 😀 López™") == ["ana", "maria", "lopez"]

    @pytest.mark.parametrize("profile,listed", [
        ({"first_name": "Abdirahman", "middle_name": "Hassan", "last_name": "Warsame"}, "Abdirahman Hassan"),
        ({"first_name": "Yonas", "middle_name": "Haile", "last_name": "Ghebremariam"}, "Yonas Haile"),
        ({"first_name": "Mohammad Nasir", "last_name": "Sarwari"}, "Mohammad Nasir"),
    ])
    def test_a_chain_of_given_names_read_as_given_name_and_surname(self, profile, listed):
        m = card(with_phone(**profile), listed)
        assert m.decision == "match" and m.reasons[0].startswith("given names (the second as a surname)")

    def test_the_given_names_reading_takes_nothing_more(self):
        p = with_phone(first_name="Minh Tuan", last_name="Nguyen")
        assert not card(p, "Minh Tuan Doan").reasons[0].startswith("given names")

    @pytest.mark.parametrize("profile,listed", [
        ({"first_name": "Mohammed Rafiqul", "last_name": "Islam"}, "Md Rafiqul Islam"),
        ({"first_name": "Ana Gabriela", "last_name": "Cervantes"}, "Gaby Cervantes"),
        ({"first_name": "Chukwuemeka", "last_name": "Ezeonwu"}, "Emeka Ezeonwu"),
        ({"first_name": "Oluwaseun", "last_name": "Adeyemi"}, "Seun Adeyemi"),
        ({"first_name": "Ayesha", "last_name": "Rizvi"}, "Aisha Rizvi"),
        ({"first_name": "Yuling", "last_name": "Zhang"}, "Yuling Chang"),
        ({"first_name": "Wesner", "last_name": "Saint-Vil"}, "Wesner Stvil"),
    ])
    def test_forms_of_a_name_records_use(self, profile, listed):
        assert card(with_phone(**profile), listed).decision == "match"

    @pytest.mark.parametrize("a,b", [("chin", "ching"), ("yulin", "yuling"), ("min", "ming")])
    def test_n_and_ng_are_two_syllables(self, a, b):
        assert not spelling_variant(a, b)

    @pytest.mark.parametrize("a,b", [("zhang", "cheung"), ("xu", "hsu"), ("zhou", "chow"), ("guo", "kwok")])
    def test_chinese_surname_romanisations(self, a, b):
        assert spelling_variant(a, b)

    def test_syeda_alone_is_shared_by_a_lineage(self):
        p = person(first_name="Syeda Ayesha", last_name="Rizvi", addresses=[{"city": "Columbus", "state": "OH"}],
                   birth_year=1980)
        syeda = decide(p, "Syeda Rizvi", age=46, places=["Columbus, OH"])
        ayesha = decide(p, "Ayesha Rizvi", age=46, places=["Columbus, OH"])
        assert syeda.decision != "match"
        # her own given name is read as hers (Syeda is the lineage's): many times the odds of "Syeda
        # Rizvi". Since the eighth pass counts ~40 Ayesha Rizvis (a community of the size the names
        # allow, not 1%: 12), an age and a city of hers alone are a question, not a submission.
        assert any(e.startswith("name/legal/other") for e in ayesha.evidence)
        assert ayesha.decision != "no_match"
        assert _odds(ayesha.confidence) > 10 * _odds(syeda.confidence)

    def test_an_honorific_relative_is_no_relative_in_common(self):
        p = person(first_name="Ayesha", last_name="Rizvi", relatives=["Syed Ali Rizvi"])
        assert "a relative in common" not in decide(p, "Ayesha Rizvi", relatives=["Syed Rizvi"]).reasons

    def test_a_jr_fathers_name_among_relatives_is_not_him(self):
        p = person(first_name="Ernesto", last_name="Villanueva", suffix="Jr")
        m = decide(p, "Ernesto Villanueva", relatives=["Ernesto Villanueva Sr", "Rosa Villanueva"])
        assert "lists the person as a relative (a family member?)" not in m.reasons

    def test_an_alias_that_is_the_listed_name_again_is_not_another_of_their_names(self):
        p = person(first_name="Kenneth", last_name="Chan", names=[{"kind": "in_use", "given": ["Ken"],
                                                                   "surnames": ["Chan"]}])
        m = decide(p, "Kenneth Chan", aliases=["Ken Chan", "K Chan"])
        assert "another of the person's names among the aliases" not in m.reasons
        q = person(first_name="Kenneth", last_name="Chan", names=[{"kind": "previous", "given": ["Kenneth"],
                                                                   "surnames": ["Wong"]}])
        m = decide(q, "Kenneth Chan", aliases=["Ken Chan", "Kenneth Wong"])  # another name of his: counts
        assert "another of the person's names among the aliases" in m.reasons


def test_a_relative_of_theirs_who_shares_their_name_is_that_relative_not_them():
    # Dana's own card lists her relative Dana (a parent named alike): a relative in common, not "a relative's card"
    p = person(first_name="Dana", middle_name="Jordan", last_name="Clanby", relatives=["Dana Clanby"],
               addresses=[{"city": "Dover", "state": "DE"}])
    m = decide(p, "Dana J Clanby", places=["Dover, DE"], relatives=["Dana Clanby"])
    assert m.decision == "match" and "a relative in common" in m.reasons
    assert "lists the person as a relative (a family member?)" not in m.reasons
