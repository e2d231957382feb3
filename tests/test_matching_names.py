"""Matching built for real names (issue 10): one test class per kind of failure the issue lists,
with the right value as the expected result, and a property test that no input crashes matching.

The people and listings are invented. ``TODAY`` is fixed so ages are exact."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optout.matching import WEIGHTS, not_found_note, score
from optout.matching._names import compare, person_forms, read_listed
from optout.matching._places import Place, parse_place
from optout.matching._text import tokens
from optout.matching.ages import parse_age
from optout.matching.frequency import joint_share, share
from optout.person import parse_person
from optout.recipe.schema import Extract
from optout.steps.extract import Listing, extract_listings

TODAY = dt.date(2026, 11, 30)


def person(**kw):
    return parse_person({"birth_year": 1985, "addresses": [{"city": "Los Angeles", "state": "CA"}]} | kw)


def decide(p, name, age=41, places=("Los Angeles, CA",), **kw):
    return score(p, Listing(name, age, list(places), **kw), today=TODAY)


def recognised(p, name) -> bool:
    return compare(read_listed(name), person_forms(p), tuple(p.nicknames)) is not None


# ---- 1. multi-word names ---------------------------------------------------------------------------

MJGL = person(first_name="María José", last_name="García López", relatives=["Rosa López Díaz"])


class TestMultiWordNames:
    @pytest.mark.parametrize("listed", ["María José García López", "Maria Garcia", "Maria Lopez",
                                        "Maria Garcia Lopez", "Maria J Garcia-Lopez", "Maria G Lopez",
                                        "Maria Jose Garcia", "MARIA GARCIA LOPEZ"])
    def test_every_form_a_broker_prints_is_recognised(self, listed):
        assert recognised(MJGL, listed)

    def test_an_identical_listing_with_age_city_and_relative_is_a_match(self):
        m = decide(MJGL, "María José García López", relatives=["Rosa Lopez Diaz"])
        assert m.decision == "match", m

    @pytest.mark.parametrize("profile, listed", [
        ({"first_name": "Juan Carlos", "last_name": "de la Cruz"}, "Juan Carlos De La Cruz"),
        ({"first_name": "Jean-Baptiste", "last_name": "Pierre-Louis"}, "Jean-Baptiste Pierre-Louis"),
        ({"first_name": "Jean-Baptiste", "last_name": "Pierre-Louis"}, "Jean Baptiste Pierrelouis"),
        ({"first_name": "Marie-Ange", "last_name": "D'Haïti"}, "Marie-Ange D'Haiti"),
        ({"first_name": "Marie-Ange", "last_name": "D'Haïti"}, "Marie Ange Dhaiti"),
        ({"first_name": "Abdul Rahman", "last_name": "Hussein"}, "Abdul Rahman Hussein"),
        ({"first_name": "Min-jun", "last_name": "Kim"}, "Min Jun Kim"),
        ({"first_name": "Min-jun", "last_name": "Kim"}, "Minjun Kim"),
    ])
    def test_multi_word_names_that_scored_zero_now_match_with_age_and_city(self, profile, listed):
        m = decide(person(**profile), listed)
        # Kim Min-jun is among the commonest Korean names: at the submit threshold's odds, asked (pass 38)
        assert m.decision == "match" or m.confidence == 0.749 and "common name, age and town" in m.evidence, m

    @pytest.mark.parametrize("listed", ["Juan Delacruz", "Juan C Cruz", "Carlos De La Cruz", "Juan De La Cruz"])
    def test_particles_glued_dropped_or_kept(self, listed):
        assert recognised(person(first_name="Juan Carlos", last_name="de la Cruz"), listed)

    def test_a_second_surname_the_profile_lacks_is_recognised(self):
        p = person(first_name="Marisol", middle_name="Alejandra", last_name="Vega")
        m = decide(p, "Marisol A Vega Santos", age=41)
        assert m.decision == "match" and "surname (and one more)" in m.reasons[0], m

    def test_another_surname_entirely_is_not(self):
        p = person(first_name="Marisol", last_name="Vega")
        assert decide(p, "Marisol Santos").decision == "no_match"


# ---- 2. name order -------------------------------------------------------------------------------

class TestNameOrder:
    LAN = person(first_name="Lan", middle_name="Thị", last_name="Nguyễn", addresses=[{"city": "San Jose", "state": "CA"}])
    AN = person(first_name="An", middle_name="Văn", last_name="Nguyễn", addresses=[{"city": "San Jose", "state": "CA"}])

    @pytest.mark.parametrize("listed", ["Nguyen Thi Lan", "Lan T Nguyen", "Nguyen, Lan T", "Nguyen, Lan"])
    def test_family_name_first_and_last_comma_first(self, listed):
        m = decide(self.LAN, listed, places=["San Jose, CA"])
        assert m.decision != "no_match", m
        assert "given name and surname(s) agree" in m.reasons[0]

    def test_family_first_male_name(self):
        assert decide(self.AN, "Nguyen Van An", places=["San Jose, CA"]).decision != "no_match"

    def test_last_comma_first_is_read_in_that_order(self):
        r = read_listed("Garcia Lopez, Maria J")
        assert r.tokens == ("maria", "j", "garcia", "lopez") and r.surname_first

    def test_a_vietnamese_middle_name_is_not_a_dutch_particle(self):
        m = decide(self.LAN, "Lan Van Nguyen", places=["San Jose, CA"])
        assert m.decision != "match" and "another given name that the person does not have" in m.reasons


# ---- 3. letters that do not decompose, other scripts ------------------------------------------------

class TestTransliteration:
    @pytest.mark.parametrize("text, expected", [
        ("Đặng", ["dang"]), ("Yıldız", ["yildiz"]), ("Łukasz", ["lukasz"]), ("Strauß", ["strauss"]),
        ("Muñoz", ["munoz"]), ("D'Haïti", ["dhaiti"]), ("王秀英", ["wang", "xiu", "ying"]),
        ("Nguyễn Thị Lan", ["nguyen", "thi", "lan"]),
    ])
    def test_every_letter_is_transliterated_never_deleted(self, text, expected):
        assert tokens(text) == expected

    def test_a_listing_in_chinese_script_matches_the_profile_in_latin_letters(self):
        p = person(first_name="Xiuying", last_name="Wang", addresses=[{"city": "Flushing", "state": "NY"}],
                   birth_year=1974)
        m = decide(p, "王秀英", age=52, places=["Flushing, NY"])
        # read as her name, at the submit threshold's odds; Xiuying Wang is one of the commonest Chinese names, and
        # with only an age and a town a person decides (pass 38)
        assert m.confidence == 0.749 and "common name, age and town" in m.evidence, m

    def test_a_profile_with_polish_letters_matches_a_plain_listing(self):
        p = person(first_name="Łukasz", last_name="Kowalski")
        assert decide(p, "Lukasz Kowalski").decision == "match"


# ---- 4. spelling variants and nicknames -------------------------------------------------------------

class TestVariants:
    MOH = person(first_name="Mohammed", last_name="Al-Hassan")

    @pytest.mark.parametrize("listed", ["Mohamed Alhassan", "Muhammad Al Hassan", "Mohammad Hassan"])
    def test_arabic_transliterations(self, listed):
        assert recognised(self.MOH, listed)

    def test_mahmoud_is_another_name(self):
        assert not recognised(self.MOH, "Mahmoud Al-Hassan")

    def test_joined_and_spaced_compound_given_names(self):
        p = person(first_name="Abdul Rahman", last_name="Hussein")
        assert recognised(p, "Abdulrahman Hussein") and recognised(p, "Abdel Rahman Husain")

    @pytest.mark.parametrize("profile, listed", [
        ("Elizabeth", "Liz"), ("Robert", "Bob"), ("José", "Jose"), ("Guadalupe", "Lupe"), ("Francisco", "Paco"),
    ])
    def test_nicknames_and_accents(self, profile, listed):
        assert recognised(person(first_name=profile, last_name="Brown"), f"{listed} Brown")

    def test_other_gender_forms_are_other_people(self):
        for mine, theirs in [("Juan", "Juana"), ("Francisco", "Francisca"), ("Alex", "Alexa"), ("Mario", "Maria")]:
            assert not recognised(person(first_name=mine, last_name="Brown"), f"{theirs} Brown"), theirs

    def test_known_by_the_middle_name(self):
        p = person(first_name="Elizabeth", middle_name="Ann", last_name="Brown")
        m = decide(p, "Ann Brown")
        assert m.decision != "no_match" and "another given name" in m.reasons[0]

    def test_a_one_word_alias_is_a_nickname_not_ignored(self):
        p = person(first_name="José Luis", last_name="Pérez", aliases=["Pepe"])
        assert recognised(p, "Pepe Perez")
        assert not recognised(person(first_name="José Luis", last_name="Pérez"), "Chepito Perez")

    def test_a_variant_counts_but_less_than_the_exact_name(self):
        p = person(first_name="Robert", last_name="Okonkwo")
        exact, variant = decide(p, "Robert Okonkwo"), decide(p, "Bob Okonkwo")
        assert 0 < variant.confidence < exact.confidence

    def test_names_from_the_names_list_match(self):
        p = person(first_name="María José", last_name="García López",
                   names=[{"kind": "married", "given": ["María", "José"], "surnames": ["Pérez"]}])
        m = decide(p, "Maria J Perez", relatives=["Rosa Lopez Diaz"])
        assert m.reasons[0].startswith("married name") and m.decision != "no_match"


# ---- 5. suffixes and households -------------------------------------------------------------------

class TestSuffixes:
    JR = person(first_name="Robert", middle_name="Allen", last_name="Okafor", suffix="Jr",
                addresses=[{"city": "St. Louis", "state": "MO"}])

    def test_a_suffix_is_not_a_middle_name(self):
        r = read_listed("Robert A Okafor Jr.")
        assert r.suffix == "Jr" and r.tokens == ("robert", "a", "okafor")

    def test_the_persons_own_suffix_matches(self):
        assert decide(self.JR, "Robert Okafor Jr", places=["Saint Louis, MO"]).decision == "match"

    def test_a_sr_listing_for_a_jr_person_is_the_father(self):
        m = decide(self.JR, "Robert Okafor Sr", age=67, places=["St Louis, MO"])
        assert m.decision == "no_match" and "generational suffix differs (Jr/Sr)" in m.reasons
        m = decide(self.JR, "Robert Okafor Sr", places=["St Louis, MO"])  # even with his age
        assert m.decision != "match" and "generational suffix differs (Jr/Sr)" in m.reasons

    def test_a_relative_25_years_older_at_the_same_address_is_not_the_person(self):
        m = decide(self.JR, "Robert A Okafor", age=66, places=["St. Louis, MO"])
        assert m.decision == "no_match" and "age differs by more than 10 years" in m.reasons

    def test_the_suffix_field_is_validated(self):
        assert person(first_name="A", last_name="B", suffix="jr.").suffix == "Jr"
        with pytest.raises(Exception, match="suffix"):
            person(first_name="A", last_name="B", suffix="Esq")


# ---- 6. ages ------------------------------------------------------------------------------------

class TestAges:
    @pytest.mark.parametrize("text, interval", [
        ("Born 1985", (40, 41)), ("DOB: 12/1985", (40, 40)), ("DOB 03/1985", (41, 41)), ("In her 40s", (40, 49)),
        ("Age 1234", None), ("Age 41", (41, 41)), ("41", (41, 41)), ("50s", (50, 59)), ("Age 40-45", (40, 45)),
        ("03/14/1985", (41, 41)), ("Age unknown", None), ("", None),
    ])
    def test_age_text_is_read_as_an_interval(self, text, interval):
        assert parse_age(text, TODAY) == interval

    def test_intervals_are_compared(self):
        p = person(first_name="Rony", last_name="Saint-Fleur")  # born 1985: 40 or 41
        assert "age agrees" in score(p, Listing("Rony Saint-Fleur", age_text="In his 40s"), today=TODAY).reasons
        # a year of birth against the person's is compared as a year (twelfth pass), not as two ages
        assert "year of birth agrees" in score(p, Listing("Rony Saint-Fleur", age_text="Born 1985"), today=TODAY).reasons
        assert "age differs by more than 10 years" in score(
            p, Listing("Rony Saint-Fleur", age_text="In his 60s"), today=TODAY).reasons
        assert not any("age" in r for r in score(p, Listing("Rony Saint-Fleur", age_text="Age 1234"),
                                                 today=TODAY).reasons)

    def test_extraction_keeps_an_interval_as_text_not_a_wrong_number(self):
        spec = Extract.model_validate({"items": "div.r", "fields": {"name": {"selector": "h3"},
                                                                   "age": {"selector": ".age"}}})
        page = ("<div class='r'><h3>Ana Vega</h3><span class='age'>Born 1985</span></div>"
                "<div class='r'><h3>Ana Vega</h3><span class='age'>Age 41</span></div>")
        born, exact = extract_listings(page, "http://x", spec)
        assert (born.age, born.age_text) == (None, "Born 1985")
        assert (exact.age, exact.age_text) == (41, "Age 41")


# ---- 7. places -----------------------------------------------------------------------------------

class TestPlaces:
    @pytest.mark.parametrize("text, place", [
        ("St Louis MO", Place("saint louis", "MO", None)), ("Miami FL 33125", Place("miami", "FL", "33125")),
        ("Miami, FL, US", Place("miami", "FL", None)), ("33125", Place(None, None, "33125")),
        ("California", Place(None, "CA", None)), ("Ft. Worth, TX", Place("fort worth", "TX", None)),
        ("Saint Louis, MO", Place("saint louis", "MO", None)), ("Phoenix, Arizona", Place("phoenix", "AZ", None)),
        ("12 Elm St, Springfield, IL 62701", Place("springfield", "IL", "62701")), ("", Place(None, None, None)),
        ("12 Elm St Springfield IL 62701", Place("springfield", "IL", "62701")),
    ])
    def test_place_formats(self, text, place):
        assert parse_place(text) == place

    def test_saint_and_st_fort_and_ft_are_one_city(self):
        p = person(first_name="Rony", last_name="Saint-Fleur", addresses=[{"city": "St. Louis", "state": "MO"},
                                                                          {"city": "Fort Myers", "state": "FL"}])
        for where in ("Saint Louis, MO", "St Louis MO", "Ft Myers FL 33901"):
            assert "a city the person lived in" in decide(p, "Rony Saint-Fleur", places=[where]).reasons, where

    def test_a_zip_alone_counts(self):
        p = person(first_name="Rony", last_name="Saint-Fleur", addresses=[{"city": "Miami", "state": "FL", "zip": "33125"}])
        assert "a ZIP code the person lived in" in decide(p, "Rony Saint-Fleur", places=["33125"]).reasons

    def test_an_empty_city_is_never_a_city_the_person_lived_in(self):
        p = person(first_name="Rony", last_name="Saint-Fleur")
        for where in ("", ", ", ", CA", "USA"):
            assert "a city the person lived in" not in decide(p, "Rony Saint-Fleur", places=[where]).reasons


# ---- 8. phones, aliases, relatives -----------------------------------------------------------------

class TestEvidence:
    P = person(first_name="Carlos", last_name="Peña Muñoz", phones=["(312) 555-0147"], relatives=["Elena Muñoz Soto"],
               addresses=[{"city": "Chicago", "state": "IL"}], aliases=["Carlos Soto"])

    def test_the_persons_phone_is_strong(self):
        m = decide(self.P, "Carlos Pena", age=None, places=[], phones=["+1 312-555-0147"])
        assert "a phone number of the person" in m.reasons and m.decision == "match"

    def test_a_listing_naming_the_person_as_relative_is_a_relative(self):
        m = decide(self.P, "Carlos Pena", age=70, places=["Chicago, IL"], relatives=["Carlos Pena Munoz"])
        assert "lists the person as a relative (a family member?)" in m.reasons and m.decision == "no_match"

    def test_phone_and_relatives_contradicting_the_profile(self):
        m = decide(self.P, "Carlos Pena", age=41, places=["Chicago, IL"], phones=["312-555-0999"],
                   relatives=["Jorge Pena", "Ana Pena"])
        assert {"phone numbers differ", "no relative in common"} <= set(m.reasons) and m.decision != "match"

    def test_a_relative_in_common(self):
        m = decide(self.P, "Carlos Munoz", relatives=["Elena Munoz Soto"], places=["Chicago, IL"])
        assert "a relative in common" in m.reasons and m.decision == "match"

    def test_another_of_the_persons_names_among_the_aliases(self):
        m = decide(self.P, "Carlos Pena", places=["Chicago, IL"], aliases=["Carlos Soto"])
        assert "another of the person's names among the aliases" in m.reasons

    def test_a_listing_under_an_alias_only(self):
        m = decide(self.P, "C Smith", places=["Chicago, IL"], aliases=["Carlos Pena Munoz"])
        assert m.reasons[0].endswith("(listed as an alias)")


# ---- 9. common names -----------------------------------------------------------------------------

class TestCommonNames:
    def test_the_census_tables_know_common_and_rare_names(self):
        assert share("surnames", "garcia") > 100 * share("surnames", "saintfleur")
        # Lan and Nguyen go together: more namesakes than the two shares multiplied
        assert joint_share("lan", "nguyen") > 5 * share("given_names", "lan") * share("surnames", "nguyen")

    @pytest.mark.parametrize("first, last", [("Maria", "Garcia"), ("Jose", "Rodriguez"), ("Mohammed", "Ali"),
                                             ("Lan", "Nguyen"), ("Harpreet", "Kaur")])
    def test_name_age_and_a_state_is_not_enough_for_a_common_name(self, first, last):
        p = person(first_name=first, last_name=last)
        m = decide(p, f"{first} {last}", places=["Fresno, CA"])
        assert m.decision != "match", m

    def test_a_common_name_needs_more_than_a_rare_one(self):
        common = decide(person(first_name="Maria", last_name="Garcia"), "Maria Garcia")
        rare = decide(person(first_name="Rony", last_name="Saint-Fleur"), "Rony Saint-Fleur")
        assert rare.decision == "match" and common.decision == "uncertain"
        assert common.confidence < rare.confidence

    def test_a_common_name_with_a_phone_is_a_match(self):
        p = person(first_name="Maria", last_name="Garcia", phones=["213-555-0133"])
        assert decide(p, "Maria Garcia", phones=["(213) 555-0133"]).decision == "match"

    def test_a_name_alone_is_never_a_match(self):
        rare = person(first_name="Zbigniew", last_name="Quetzalcoatl-Okonkwo")
        m = score(rare, Listing("Zbigniew Quetzalcoatl-Okonkwo"), submit_at=0.5, today=TODAY)
        assert m.decision == "uncertain" and "nothing but the name: a person decides" in m.reasons


# ---- 10. no input crashes matching ---------------------------------------------------------------

def test_a_lone_surrogate_in_a_listing_name_neither_crashes_the_key_nor_matching():
    li = Listing("Mar\ud800ia Garc\udfffia", 41, ["Los Angeles, CA\ud800"], relatives=["\udc00"])
    # the same card is the same key; a card showing another age is another record (Listing.key)
    assert len(li.key) == 32 and li.key == Listing("Mar\ud800ia Garc\udfffia", 41, ["Los Angeles, CA\ud800"],
                                                   relatives=["\udc00"]).key
    assert li.key != Listing("Mar\ud800ia Garc\udfffia", 1, ["Los Angeles, CA\ud800"], relatives=["\udc00"]).key
    m = score(MJGL, li, today=TODAY)
    assert 0 <= m.confidence <= 1


PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_any_text = st.one_of(st.text(max_size=60), st.text(alphabet=st.characters(codec=None), max_size=60),
                      st.just(""), st.just("\ud800"), st.builds(lambda c, n: c * n, st.sampled_from("aé王- ,"),
                                                                 st.integers(0, 20_000)))


@PROPERTY
@given(name=_any_text, age_text=st.one_of(st.none(), _any_text), age=st.one_of(st.none(), st.integers(-10**6, 10**6)),
       places=st.lists(_any_text, max_size=4), phones=st.lists(_any_text, max_size=3),
       relatives=st.lists(_any_text, max_size=3), aliases=st.lists(_any_text, max_size=3))
def test_matching_never_crashes_on_any_unicode_empty_or_huge_input(name, age_text, age, places, phones, relatives,
                                                                     aliases):
    li = Listing(name, age, places, places[:1], relatives, aliases, phones, age_text=age_text)
    assert len(li.key) == 32
    start = time.monotonic()
    m = score(MJGL, li, today=TODAY)
    assert time.monotonic() - start < 2.0
    assert 0.0 <= m.confidence <= 1.0 and m.decision in ("match", "uncertain", "no_match")
    assert all("García" not in r and "Garcia" not in r for r in m.reasons)


@PROPERTY
@given(first=st.text(min_size=1, max_size=40).filter(str.strip), last=st.text(min_size=1, max_size=40).filter(str.strip),
       listed=_any_text)
def test_any_profile_name_against_any_listing(first, last, listed):
    try:
        p = parse_person({"first_name": first, "last_name": last})
    except Exception:
        return  # the profile's own validation refused it: not matching's concern
    m = score(p, Listing(listed, age_text=listed), today=TODAY)
    assert 0.0 <= m.confidence <= 1.0


@PROPERTY
@given(first=st.text(min_size=1, max_size=40).filter(str.strip), last=st.text(min_size=1, max_size=40).filter(str.strip),
       limit=st.integers(min_value=-2, max_value=12))
def test_search_names_of_any_profile_name(first, last, limit):
    try:
        p = parse_person({"first_name": first, "last_name": last})
    except Exception:
        return
    forms = p.search_names(limit)
    assert forms[0] == (" ".join(p.first_name.split()), " ".join(p.last_name.split()))
    assert 1 <= len(forms) <= max(1, limit) and all(f and l for f, l in forms)
    assert len({(f.casefold(), l.casefold()) for f, l in forms}) == len(forms)


# ---- the not_found note -----------------------------------------------------------------------------

def test_the_not_found_note_tells_not_listed_from_not_recognised_without_values():
    ms = [decide(MJGL, "Maria Garcia", age=70, places=["Boston, MA"]), decide(MJGL, "Pedro Ruiz")]
    data, note = not_found_note(["first_name", "last_name", "state"], ms)
    assert data == {"searched": ["first_name", "last_name", "state"], "listings": 2, "rejected": 2,
                    "rejected_because": data["rejected_because"], "searches": 1, "other_phone": 0}
    assert note.startswith("not recognised: searched by first_name, last_name, state; 2 listing(s) seen, 2 rejected")
    assert "Garcia" not in note and "Boston" not in note and "70" not in note
    assert not_found_note(["first_name"], [])[1] == "not listed: searched by first_name; the broker showed no listing"


def test_weights_are_documented_likelihood_ratios():
    assert WEIGHTS["phone agrees"] > WEIGHTS["city"] > WEIGHTS["state only"] > 1 > WEIGHTS["no place in common"]
    assert WEIGHTS["another generation"] < WEIGHTS["age differs"] < 1


class TestNameReadingsThatMisled:
    def test_a_middle_initial_is_never_an_extra_surname(self):
        p = person(first_name="Marisol", middle_name="Alejandra", last_name="Vega")
        m = decide(p, "Marisol R Vega")
        assert "middle initial differs" in m.reasons and m.decision != "match"

    def test_a_given_name_is_never_an_extra_surname(self):
        p = person(first_name="Abdul Rahman", last_name="Hussein")
        m = decide(p, "Abdul Karim Hussein")
        assert "another given name that the person does not have" in m.reasons

    def test_half_of_a_hyphenated_given_name_counts_less(self):
        p = person(first_name="Min-jun", last_name="Kim")
        assert decide(p, "Min Kim").confidence < decide(p, "Minjun Kim").confidence
        assert decide(p, "Min Kim").decision != "match"

    def test_a_nickname_does_not_hide_a_wrong_middle_initial(self):
        p = person(first_name="José Luis", last_name="Pérez", aliases=["Pepe"])
        assert "middle initial differs" in decide(p, "Jose M Perez").reasons


def test_a_suffix_typed_into_the_last_name_is_still_a_suffix():
    p = person(first_name="Robert", last_name="Okafor Jr.", addresses=[{"city": "St. Louis", "state": "MO"}])
    assert decide(p, "Robert Okafor Jr", places=["St Louis, MO"]).decision == "match"
    m = decide(p, "Robert Okafor Sr", age=66, places=["St Louis, MO"])
    assert m.decision == "no_match" and "generational suffix differs (Jr/Sr)" in m.reasons


def test_records_abbreviate_maria_as_ma():
    assert recognised(person(first_name="María Guadalupe", last_name="Torres"), "Ma Guadalupe Torres")


def test_a_middle_initial_in_the_profile_agrees_with_the_full_middle_name_listed():
    p = person(first_name="Rony", middle_name="J", last_name="Saint-Fleur")
    m = decide(p, "Rony Jules Saint-Fleur")
    assert "middle name agrees" in m.reasons and m.decision == "match"


def test_the_example_profile_with_every_form_of_a_name_loads_and_is_found(tmp_path):
    from pathlib import Path

    from optout.person import load_person

    p = load_person(Path(__file__).resolve().parent.parent / "examples" / "people" / "maria-jose.toml")
    assert [f.kind for f in p.name_forms()] == ["legal", "married"] and p.nicknames == ["Majo"]
    for listed in ("Maria Garcia de Perez", "Maria J Garcia-Lopez", "Majo Garcia"):
        m = decide(p, listed, relatives=["Rosa Lopez Diaz"])
        assert m.decision == "match", (listed, m)
    assert "Pérez" in p.sensitive_values()  # every form of the name is redacted from logs


def test_spanish_surnames_entered_with_a_hyphen_are_two_surnames_haitian_ones_one():
    spanish = person(first_name="María", last_name="García-López")
    haitian = person(first_name="Jean", last_name="Pierre-Louis")
    assert decide(spanish, "Maria Lopez", relatives=[]).confidence == decide(
        person(first_name="María", last_name="García López"), "Maria Lopez").confidence
    assert decide(haitian, "Jean Pierre").confidence < decide(haitian, "Jean Pierre-Louis").confidence


def test_search_names_try_the_forms_a_broker_indexes_best_first():
    from optout.person import Person

    # as entered, then in ASCII as US records print it, the first given name, each surname alone, hyphenated
    p = Person(first_name="María José", last_name="García López")
    assert p.search_names() == [("María José", "García López"), ("Maria Jose", "Garcia Lopez"),
                                ("Maria", "Garcia Lopez"), ("Maria", "Garcia"), ("Maria", "Lopez"),
                                ("Maria", "Garcia-Lopez")]
    # a cap cuts the rarer forms, never the ones records print most: in ASCII, each surname alone
    assert p.search_names(4) == [("María José", "García López"), ("Maria Jose", "Garcia Lopez"),
                                 ("Maria", "Garcia"), ("Maria", "Lopez")]
    assert Person(first_name="Juan", last_name="de la Cruz Reyes").search_names(8) == [
        ("Juan", "de la Cruz Reyes"), ("Juan", "de la Cruz"), ("Juan", "Reyes"), ("Juan", "de la Cruz-Reyes"),
        ("de la Cruz Reyes", "Juan")]
    # a married name and an alias come before the surname splits: a cap of six still reaches them
    g = Person(first_name="Guadalupe", last_name="Hernández Soto",
               names=[{"kind": "married", "given": ["Guadalupe"], "surnames": ["Fuentes"]}], aliases=["Lupe Fuentes"])
    assert g.search_names()[:4] == [("Guadalupe", "Hernández Soto"), ("Guadalupe", "Hernandez Soto"),
                                    ("Guadalupe", "Fuentes"), ("Lupe", "Fuentes")]
    # one given name and one surname: as written, then in the other order (an intake form's boxes
    # swapped: the matcher reads either order, a broker finds only the one its records print);
    # the limit is a cap, never below one
    assert Person(first_name="Alex", last_name="Rivera").search_names() == [("Alex", "Rivera"), ("Rivera", "Alex")]
    assert Person(first_name="Robert Allen", last_name="Smith").search_names(1) == [("Robert Allen", "Smith")]
    # another form the person gave (a married name) is searched as written
    q = Person(first_name="Lan", last_name="Nguyen", names=[{"given": ["Lan"], "surnames": ["Tran"]}])
    assert q.search_names() == [("Lan", "Nguyen"), ("Lan", "Tran"), ("Nguyen", "Lan")]
