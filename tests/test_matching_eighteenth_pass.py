"""Matching, eighteenth pass (issue 10): the classes of holdout13's missed listings, read when the set was
retired. Invented people of our own, not the set's; the right value is the expected result. ``TODAY`` is
fixed so ages are exact."""

from __future__ import annotations

import datetime as dt

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 11, 30)


# ---- a card under a relative's family name beyond its last word ---------------------------------------------------

def karla():
    # a Honduran woman: two surnames; her husband Funes Alvarado, a sister Ana Lucía
    return parse_person({"first_name": "Karla Yamileth", "last_name": "Mejía Paz", "birth_year": 1986,
                         "phones": ["301-555-0131"],
                         "relatives": ["Óscar Funes Alvarado", "Ana Lucía Paz", "Dennis Mejía Paz"],
                         "addresses": [{"city": "Silver Spring", "state": "MD", "zip": "20904"}]})


def test_a_two_surname_womans_card_under_the_first_of_her_husbands_surnames():
    # US records give her his first surname, not his mother's (the last word of his name)
    m = score(karla(), Listing("Karla Funes", 40, ["Silver Spring, MD 20904"], phones=["301-555-0131"]),
              today=TODAY)
    assert m.evidence[0] == "name/relative/exact/full", m
    assert m.decision == "match", m


def test_the_word_before_a_relatives_last_that_is_a_given_name_is_no_family_name():
    # Ana Lucía Paz: Lucía is her second given name, so "Karla Lucia" is nobody's name of Karla's
    m = score(karla(), Listing("Karla Lucia", 40, ["Silver Spring, MD 20904"], phones=["301-555-0131"]),
              today=TODAY)
    assert m.decision == "no_match", m


def test_a_relatives_first_surname_weighs_as_his_surname_given_alone_would():
    # the same reading as when the volunteer entered him as "Óscar Funes": no more, no less
    alone = parse_person({**karla().model_dump(exclude_none=True), "relatives": ["Óscar Funes", "Ana Lucía Paz"]})
    card = Listing("Karla Funes", 40, ["Silver Spring, MD"])
    assert score(karla(), card, today=TODAY).confidence == score(alone, card, today=TODAY).confidence


def test_a_relatives_family_name_with_its_particle_written_glued():
    # a Mauritanian woman whose husband is Sidi Ould Cheikh: "Ould Cheikh" glued on a US record
    mariem = parse_person({"first_name": "Mariem", "last_name": "Mint Ahmed", "birth_year": 1990,
                           "phones": ["513-555-0142"], "relatives": ["Sidi Ould Cheikh", "Fatimetou Mint Ahmed"],
                           "addresses": [{"city": "Cincinnati", "state": "OH", "zip": "45229"}]})
    m = score(mariem, Listing("Mariem Ouldcheikh", 36, ["Cincinnati, OH"], phones=["513-555-0142"]), today=TODAY)
    assert m.evidence[0] == "name/relative/exact/full", m
    assert m.decision == "match", m


def test_a_womans_card_under_her_husbands_surname_in_the_feminine():
    # an Uzbek woman: her own Karimova; her husband Jasur Alimov, so Alimova on his family's records
    gulnora = parse_person({"first_name": "Gulnora", "last_name": "Karimova", "birth_year": 1993,
                            "phones": ["347-555-0163"], "relatives": ["Jasur Alimov", "Rustam Karimov"],
                            "addresses": [{"city": "Brooklyn", "state": "NY", "zip": "11214"}]})
    m = score(gulnora, Listing("Gulnora Alimova", 33, ["Brooklyn, NY"], relatives=["Jasur Alimov"]), today=TODAY)
    assert m.evidence[0] == "name/relative/exact/full", m
    assert m.decision == "match", m
    # a man keeps the masculine form: "Alimova" is no name of his sister's husband's for a man
    rustam = parse_person({"first_name": "Rustam", "last_name": "Karimov", "birth_year": 1990,
                           "phones": ["347-555-0164"], "relatives": ["Jasur Alimov"],
                           "addresses": [{"city": "Brooklyn", "state": "NY", "zip": "11214"}]})
    m = score(rustam, Listing("Rustam Alimova", 36, ["Brooklyn, NY"], relatives=["Jasur Alimov"]), today=TODAY)
    assert m.decision == "no_match", m


# ---- the first part of a long given name, which its holder goes by -------------------------------------------------

def test_the_short_form_of_a_long_given_name_with_his_family_and_zip():
    venkatesh = parse_person({"first_name": "Venkatesh", "last_name": "Raghavan", "birth_year": 1982,
                              "phones": ["469-555-0151"], "relatives": ["Lakshmi Venkatesh", "Raghavan Srinivasan"],
                              "addresses": [{"city": "Plano", "state": "TX", "zip": "75024"}]})
    m = score(venkatesh, Listing("Venkat Raghavan", 44, ["Plano TX 75024"], relatives=["Lakshmi Venkatesh"]),
              today=TODAY)
    assert m.evidence[0] == "name/legal/variant/full", m
    assert m.decision == "match", m


def test_a_first_element_many_names_share_is_no_short_form():
    # Oyun- begins Oyunchimeg, Oyuntsetseg, Oyunbileg: a sister's card as much as hers; Abdul begins many names
    oyun = parse_person({"first_name": "Oyunchimeg", "last_name": "Tserendorj", "birth_year": 1988,
                         "phones": ["303-555-0148"], "relatives": ["Tserendorj Baatar"],
                         "addresses": [{"city": "Aurora", "state": "CO", "zip": "80012"}]})
    m = score(oyun, Listing("Oyun Tserendorj", 38, ["Aurora, CO"], phones=["303-555-0148"]), today=TODAY)
    assert m.evidence == ["name differs"], m
    wahid = parse_person({"first_name": "Abdulwahid", "last_name": "Popalzai", "birth_year": 1980,
                          "phones": ["916-555-0149"], "addresses": [{"city": "Sacramento", "state": "CA"}]})
    m = score(wahid, Listing("Abdul Popalzai", 46, ["Sacramento, CA"]), today=TODAY)
    assert m.decision != "match", m


def test_a_short_form_counts_its_own_holders_as_namesakes():
    # the holders of "Venkat" count in full: a short form weighs less than the whole name on the same card
    venkatesh = parse_person({"first_name": "Venkatesh", "last_name": "Raghavan", "birth_year": 1982,
                              "addresses": [{"city": "Plano", "state": "TX", "zip": "75024"}]})
    short = score(venkatesh, Listing("Venkat Raghavan", 44, ["Plano, TX"]), today=TODAY)
    whole = score(venkatesh, Listing("Venkatesh Raghavan", 44, ["Plano, TX"]), today=TODAY)
    assert short.confidence < whole.confidence


def test_the_other_sexs_name_is_no_short_form():
    josefina = parse_person({"first_name": "Josefina", "last_name": "Arreola", "birth_year": 1970,
                             "phones": ["559-555-0122"], "addresses": [{"city": "Fresno", "state": "CA"}]})
    m = score(josefina, Listing("Jose Arreola", 56, ["Fresno, CA"]), today=TODAY)
    assert m.decision == "no_match", m


def test_a_chinese_syllable_is_no_short_form():
    xf = parse_person({"first_name": "Xiaofang", "last_name": "Chen", "birth_year": 1979,
                       "phones": ["415-555-0173"], "addresses": [{"city": "San Francisco", "state": "CA"}]})
    m = score(xf, Listing("Xiao Chen", 47, ["San Francisco, CA"], phones=["415-555-0173"]), today=TODAY)
    assert m.decision == "no_match", m


# ---- the commonest Arabic names in another romanisation, for the person's own given name --------------------------

def test_their_own_arabic_given_name_in_another_romanisation():
    # the seventeenth pass's table (Mustafa, Mostafa, Mustapha ...) was read for relatives only
    mustapha = parse_person({"first_name": "Mustapha", "last_name": "Benali", "birth_year": 1975,
                             "phones": ["201-555-0166"], "relatives": ["Khadija Benali"],
                             "addresses": [{"city": "Paterson", "state": "NJ", "zip": "07501"}]})
    m = score(mustapha, Listing("Mostafa Benali", 51, ["Paterson, NJ 07501"], relatives=["Khadija Benali"]),
              today=TODAY)
    assert m.evidence[0] == "name/legal/variant/full", m
    assert m.decision == "match", m


def test_nur_written_with_the_english_oo():
    nur = parse_person({"first_name": "Nur", "last_name": "Hossain", "birth_year": 1984,
                        "phones": ["718-555-0144"], "relatives": ["Rokeya Begum"],
                        "addresses": [{"city": "Bronx", "state": "NY", "zip": "10462"}]})
    m = score(nur, Listing("Noor Hossain", 42, ["Bronx, NY 10462"], phones=["718-555-0144"]), today=TODAY)
    assert m.decision == "match", m


def test_another_arabic_name_is_still_another_name():
    mohamed = parse_person({"first_name": "Mohamed", "last_name": "Benali", "birth_year": 1975,
                            "phones": ["201-555-0167"], "addresses": [{"city": "Paterson", "state": "NJ"}]})
    m = score(mohamed, Listing("Mahmoud Benali", 51, ["Paterson, NJ"], phones=["201-555-0167"]), today=TODAY)
    assert m.decision == "no_match", m


# ---- one given name written in both fields, for a person who took a surname later ---------------------------------

def wazhma():
    return parse_person({"first_name": "Wazhma", "last_name": "Hotak", "birth_year": 1991,
                         "phones": ["571-555-0138"], "relatives": ["Gulalai Hotak", "Ahmad Shah Hotak"],
                         "addresses": [{"city": "Alexandria", "state": "VA", "zip": "22304"}]})


def test_her_one_name_in_both_fields_reads_as_her_name_with_fnu():
    doubled = score(wazhma(), Listing("Wazhma Wazhma", 35, ["Alexandria, VA"], relatives=["Gulalai Hotak"]),
                    today=TODAY)
    fnu = score(wazhma(), Listing("Wazhma FNU", 35, ["Alexandria, VA"], relatives=["Gulalai Hotak"]), today=TODAY)
    assert doubled.evidence[0] == "name/one name/exact/full", doubled
    assert doubled.decision == "match", doubled
    assert doubled.confidence == fnu.confidence


def test_another_one_name_written_twice_is_not_hers():
    m = score(wazhma(), Listing("Gulalai Gulalai", 35, ["Alexandria, VA"], relatives=["Gulalai Hotak"]), today=TODAY)
    assert m.decision == "no_match", m


# ---- a surname made from a father's name, in its other official form ----------------------------------------------

def test_a_mongolian_patronymic_in_the_genitive():
    # "Ganbaataryn Saruul": of Ganbaatar, as her passport writes it; she gave Ganbaatar
    saruul = parse_person({"first_name": "Saruul", "last_name": "Ganbaatar", "birth_year": 1994,
                           "phones": ["720-555-0181"], "addresses": [{"city": "Denver", "state": "CO", "zip": "80219"}]})
    m = score(saruul, Listing("Saruul Ganbaataryn", 32, ["Denver, CO 80219"]), today=TODAY)
    assert m.evidence[0] == "name/legal/exact/variant", m
    assert m.decision == "match", m
    # the father himself (the name in the nominative as his given name) is not she
    m = score(saruul, Listing("Ganbaatar Tsogt", 60, ["Denver, CO 80219"]), today=TODAY)
    assert m.decision == "no_match", m


def test_a_tajik_surname_in_its_zoda_form():
    davron = parse_person({"first_name": "Davron", "last_name": "Karimov", "birth_year": 1987,
                           "phones": ["267-555-0186"], "addresses": [{"city": "Philadelphia", "state": "PA"}]})
    m = score(davron, Listing("Davron Karimzoda", 39, ["Philadelphia, PA"], phones=["267-555-0186"]), today=TODAY)
    assert m.evidence[0] == "name/legal/exact/variant", m
    assert m.decision == "match", m
    # another stem is another family (Rahimzoda is no Karimov)
    m = score(davron, Listing("Davron Rahimzoda", 39, ["Philadelphia, PA"], phones=["267-555-0186"]), today=TODAY)
    assert m.decision == "no_match", m


# ---- a maiden surname kept beside the married one -------------------------------------------------------------------

def deborah():
    return parse_person({"first_name": "Deborah", "last_name": "Kowalski", "birth_year": 1961,
                         "names": [{"kind": "previous", "given": ["Deborah"], "surnames": ["Lynch"]}],
                         "phones": ["412-555-0119"], "relatives": ["Mark Kowalski"],
                         "addresses": [{"city": "Pittsburgh", "state": "PA", "zip": "15216"}]})


def test_her_maiden_and_married_surnames_together_are_both_hers():
    for card in ("Deborah Lynch Kowalski", "KOWALSKI, DEBORAH LYNCH"):
        m = score(deborah(), Listing(card, 65, ["Pittsburgh, PA 15216"]), today=TODAY)
        assert m.evidence[:2] == ["name/previous/exact/full", "both surnames"], (card, m)
        assert m.decision == "match", (card, m)


def test_her_maiden_surname_beside_another_womans_married_one_is_not_both():
    m = score(deborah(), Listing("Deborah Lynch Moreno", 65, ["Pittsburgh, PA 15216"]), today=TODAY)
    assert "both surnames" not in m.evidence, m


def test_her_married_name_given_after_her_maiden_legal_name():
    # the volunteer entered her maiden name as the legal one and her husband's as married: the same card
    p = parse_person({"first_name": "Deborah", "last_name": "Lynch", "birth_year": 1961,
                      "names": [{"kind": "married", "given": ["Deborah"], "surnames": ["Kowalski"]}],
                      "addresses": [{"city": "Pittsburgh", "state": "PA", "zip": "15216"}]})
    m = score(p, Listing("Deborah Lynch Kowalski", 65, ["Pittsburgh, PA 15216"]), today=TODAY)
    assert m.evidence[:2] == ["name/married/exact/full", "both surnames"], m
    assert m.decision == "match", m


def test_kaur_beside_her_married_surname_is_no_maiden_name():
    # every Sikh woman may be Kaur: "Jasleen Kaur Grewal" is her married form and any Kaur of the Grewals
    p = parse_person({"first_name": "Jasleen", "last_name": "Kaur", "birth_year": 1990,
                      "names": [{"kind": "married", "given": ["Jasleen"], "surnames": ["Grewal"]}],
                      "addresses": [{"city": "Yuba City", "state": "CA"}]})
    m = score(p, Listing("Jasleen Kaur Grewal", 36, ["Yuba City, CA"]), today=TODAY)
    assert "both surnames" not in m.evidence, m
