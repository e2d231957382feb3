"""Matching pass 30 (issue 10; BENCHMARKS.md "Matching pass 30 (holdout20 retired)"), tested with invented people
and cards of our own (no holdout20 pair copied):

1. **A Bangladeshi honorific written as the card's first word** (Md before a man's name, Mst or Mosammat before a
   woman's) that the profile does not give: the card read "name differs". It is now read without it
   (``_names.without_leading_honorific``), unless the profile has that word or a Mohammed it abbreviates, or its
   first given name is the other sex's in the SSA baby-names table.
2. **A Hmong clan name in another of its spellings** (Lee/Ly/Lis, Her/Heu, Vang/Vaj, Xiong/Xyooj): "name
   differs". Now a surname spelling variant (``_names.hmong_clan``), so the card's evidence decides.
3. **An Arabic dh written th or z** (Kadhim/Kathim/Kazim): "name differs" for th. Now a surname spelling variant
   (``_names.arabic_dh``) when one of the two writes dh and that is the only difference.
4. **A whole name cut at a broker's field length in their second surname, where the cut word is a commoner
   surname of its own** ("Funez Mara" for Funez Maradiaga at 25 characters): "name differs". Beside their other
   surname shown whole it is now read as the part it shows (``_names.cut_beside_whole``).
5. **A compound given name cut in the word after its particles** ("Maria De Los Angel Cordero"): Angel read as
   another given name made the card a household member's. Now read as the part it shows, the particles and
   the cut word left out (``_names.given_cut_after_particle``).
6. **Singh or Kaur, entered as the surname, shown as a middle initial before a family name** ("Harjit S
   Sandhu"): "name differs". Now read as "Harjit Singh Sandhu" is (``_names.sikh_initial``).
7. **bin before the father's name as the surname** ("Khaled Bin Saleh" for Khaled Saleh Al-Amri): "name
   differs". Now read as "Khaled Saleh" is, their second given name as a surname (``_names.without_bin``).
8. **An Arabic chain cut at a field length a letter after its family name's particle** ("Khaled Saleh Nasser
   Al M"): "name differs". Now read as the chain it shows (``_names.cut_particle_tail``).
9. **A Haitian surname in Kreyol's official spelling** (Bosejour for Beausejour): "name differs". Now a surname
   spelling variant (``_names.kreyol_spelling``), never for a common surname.

Near misses keep their decision: the cut words under the field length or beside a surname not theirs, another clan
(Vue for Vang), a spelling left out of the table because another community holds it (Lo, Cantonese), Mst before a
name the SSA table gives to men, a variant card in a state they never lived in with a stranger's phone.

One table, one test: each row is a person, a card and the decision it must get; ``fails_before`` marks the rows
that fail on the tree before the pass (lead ``bf2bd88f``, checked on a copy of it made with ``git archive``), the
others are guards. ``TODAY`` fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.matching import score
from optout.person import parse_person
from optout.steps.extract import Listing

TODAY = dt.date(2026, 12, 3)


def person(given: str, surname: str, born: int, city: str, state: str, phone: str, *relatives: str) -> dict:
    return {"first_name": given, "last_name": surname, "birth_year": born, "phones": [phone],
            "addresses": [{"city": city, "state": state}], "relatives": list(relatives)}


def card(name: str, age: str, town: str, phones: tuple[str, ...] = (), relatives: tuple[str, ...] = ()) -> Listing:
    return Listing(name=name, age_text=age, locations=[town], past_locations=[], aliases=[],
                   relatives=list(relatives), phones=list(phones))


ROKEYA = person("Rokeya", "Begum", 1980, "Hamtramck", "MI", "(313) 555-0140", "Abul Hossain")
SHIRIN = person("Shirin", "Akter", 1986, "Brooklyn", "NY", "(718) 555-0141", "Jahanara Akter")
KAMRUL = person("Kamrul", "Hasan", 1978, "Queens", "NY", "(718) 555-0143", "Shahana Parvin")
MOHAMMAD_KAMRUL = {**KAMRUL, "first_name": "Mohammad Kamrul"}
JAMAL = person("Jamal", "Uddin", 1975, "Paterson", "NJ", "(973) 555-0144")
XAI = person("Xai", "Vang", 1975, "Fresno", "CA", "(559) 555-0142", "Mee Moua")
KOU = person("Kou", "Lee", 1981, "Saint Paul", "MN", "(651) 555-0145", "Nou Yang", "Pheng Lee")
SEOYEON = person("Seo Yeon", "Cha", 1992, "Los Angeles", "CA", "(213) 555-0161")
HARPREET = person("Harpreet", "Dhillon", 1985, "Yuba City", "CA", "(530) 555-0162")
MAI = person("Mai", "Her", 1990, "Sacramento", "CA", "(916) 555-0146")
HADEEL = person("Hadeel", "Kadhim", 1990, "El Cajon", "CA", "(619) 555-0150", "Ali Kadhim")
SAMIR = person("Samir", "Hafidh", 1969, "Dearborn", "MI", "(313) 555-0151")
ANGELES = person("María de los Ángeles", "Cordero Vidal", 1960, "Tampa", "FL", "(813) 555-0153", "Raul Cordero Vidal")
HARJIT = person("Harjit", "Singh", 1972, "Selma", "CA", "(559) 555-0154", "Manjit Kaur")
MANJIT = person("Manjit", "Kaur", 1975, "Fremont", "CA", "(510) 555-0155", "Harjit Singh")
KHALED = {**person("Khaled", "Al-Amri", 1980, "Dearborn", "MI", "(313) 555-0156", "Saleh Al-Amri"),
          "middle_name": "Saleh"}
NASSER_CHAIN = {**person("Khaled", "Al-Mansoori", 1980, "Dearborn", "MI", "(313) 555-0157", "Nasser Al-Mansoori"),
                "middle_name": "Saleh Nasser"}
MARCELIN = person("Marcelin", "Beauséjour", 1969, "Boston", "MA", "(617) 555-0158", "Yvrose Beauséjour")
DILCIA = person("Dilcia Marisol", "Funez Maradiaga", 1990, "Kenner", "LA", "(504) 555-0152")

ROWS = [
    # (what, person, card, expected decision, fails before the pass)
    # 1. a Bangladeshi honorific first
    ("Mst before her name, her phone", ROKEYA,
     card("Mst Rokeya Begum", "46", "Hamtramck, MI", ("313-555-0140",)), "match", True),
    ("Mosammat in full, a relative of hers", SHIRIN,
     card("MOSAMMAT SHIRIN AKTER", "40", "Brooklyn, NY", (), ("Jahanara Akter",)), "match", True),
    ("Md before his name, his phone", KAMRUL,
     card("Md Kamrul Hasan", "48", "Queens, NY", ("718-555-0143",)), "match", True),
    ("guard: Md for the Mohammad the profile gives", MOHAMMAD_KAMRUL,
     card("Md Kamrul Hasan", "48", "Queens, NY", ("718-555-0143",)), "match", False),
    ("guard: Mst before a name the SSA table gives to men", JAMAL,
     card("Mst Jamal Uddin", "51", "Paterson, NJ", ("973-555-0144",)), "no_match", False),
    # 2. a Hmong clan name in another spelling
    ("Vaj, the RPA spelling of Vang, his phone", XAI,
     card("Xai Vaj", "51", "Fresno, CA", ("559-555-0142",)), "match", True),
    # review41: Lee/Ly, Cha/Chang and Kong/Koo are also Korean, Chinese and Vietnamese families' names (Korean Ji Hoon
    # Lee was submitted on a card "Ji Hoon Ly"), so the clan reading leaves them out: the cost, a Hmong Lee's card
    # spelt Ly reads as before this pass. Pass 32 (BENCHMARKS.md "Matching pass 32"): such a pair is read, and its
    # card is a question for a person, never a submission, unless their phone, street or date of birth agrees
    ("guard (review41): Ly for Lee, two relatives of his: Ly and Lee are other families too", KOU,
     card("Kou Ly", "45", "Saint Paul, MN", (), ("Nou Yang", "Pheng Lee")), "uncertain", False),
    ("Heu for Her, her phone", MAI,
     card("Mai Heu", "36", "Sacramento, CA", ("(916) 555-0146",)), "match", True),
    ("guard (review41): Ly for Lee with an age and a town only", KOU,
     card("Kou Ly", "45", "Saint Paul, MN"), "uncertain", False),
    # review41's strangers, submitted after the first version of this pass (each fails on m30's merge, eab78898)
    ("guard (review41): Korean Cha is not Chang", SEOYEON,
     card("Seo Yeon Chang", "34", "Los Angeles, CA"), "uncertain", False),
    ("guard (review41): Punjabi Dhillon is not Zillon (a word-initial Dh is no Arabic letter)", HARPREET,
     card("Harpreet Zillon", "41", "Yuba City, CA"), "no_match", False),
    ("guard: Vue is another clan than Vang", XAI,
     card("Xai Vue", "51", "Fresno, CA", ("559-555-0142",)), "no_match", False),
    ("guard: Lo is Lor's clan (and a Cantonese surname), not Lee's", KOU,
     card("Kou Lo", "45", "Saint Paul, MN", ("651-555-0145",)), "no_match", False),
    # 3. the Arabic dh
    ("Kathim for Kadhim, a relative written the same way", HADEEL,
     card("Hadeel Kathim", "36", "El Cajon, CA", (), ("Ali Kathim",)), "match", True),
    ("Hafith for Hafidh, his phone", SAMIR,
     card("Samir Hafith", "57", "Dearborn, MI", ("313-555-0151",)), "match", True),
    ("guard: Kazim, already a variant, his phone", HADEEL,
     card("Hadeel Kazim", "36", "El Cajon, CA", ("619-555-0150",)), "match", False),
    ("guard: Kathim in a state she never lived in, a stranger's phone", HADEEL,
     card("Hadeel Kathim", "36", "Houston, TX", ("713-555-0199",)), "no_match", False),
    # 4. a whole name cut at a field length in a surname that is a commoner surname of its own, beside theirs
    ("cut at 25 in Maradiaga (Mara), Funez whole, her phone", DILCIA,
     card("DILCIA MARISOL FUNEZ MARA", "36", "Kenner, LA", ("504-555-0152",)), "match", True),
    ("guard: the same words under the field length", DILCIA,
     card("Dilcia Funez Mara", "36", "Kenner, LA", ("504-555-0152",)), "no_match", False),
    ("guard: the cut word beside a surname not theirs", DILCIA,
     card("DILCIA MARISOL ORTIZ MARA", "36", "Kenner, LA", ("504-555-0152",)), "no_match", False),
    ("guard: cut, in a state she never lived in, a stranger's phone", DILCIA,
     card("DILCIA MARISOL FUNEZ MARA", "36", "Phoenix, AZ", ("602-555-0150",)), "no_match", False),
    # 5. a compound given name cut in the word after its particles
    ("de los Angel for de los Angeles, a relative of hers", ANGELES,
     card("Maria De Los Angel Cordero", "66", "Tampa, FL", (), ("Raul Cordero Vidal",)), "match", True),
    ("the same cut with an age and a town only: a person decides, as for Maria Cordero", ANGELES,
     card("Maria De Los Angel Cordero", "66", "Tampa, FL"), "uncertain", True),
    ("guard: de los Santos, no cut of hers", ANGELES,
     card("Maria De Los Santos Cordero", "66", "Tampa, FL", ("813-555-0153",)), "match", False),
    # 6. Singh or Kaur as a middle initial before a family name
    ("S for Singh before his family name, his phone", HARJIT,
     card("Harjit S Sandhu", "54", "Selma, CA", ("559-555-0154",)), "match", True),
    ("K for Kaur before her family name, her phone", MANJIT,
     card("Manjit K Gill", "51", "Fremont, CA", ("510-555-0155",)), "match", True),
    ("S for Singh with an age and a town only: a person decides, as for Harjit Singh Sandhu", HARJIT,
     card("Harjit S Sandhu", "54", "Selma, CA"), "uncertain", True),
    ("guard: K, Kaur's initial, on a Singh's card", HARJIT,
     card("Harjit K Sandhu", "54", "Selma, CA", ("559-555-0154",)), "no_match", False),
    # 7. bin before the father's name as the surname
    ("bin before his father's name, his age and town", KHALED,
     card("Khaled Bin Saleh", "46", "Dearborn, MI"), "uncertain", True),
    ("bin before his father's name, his phone", KHALED,
     card("Khaled Bin Saleh", "46", "Dearborn, MI", ("313-555-0156",)), "match", True),
    ("guard: bin before a name that is not his father's", KHALED,
     card("Khaled Bin Nasser", "46", "Dearborn, MI", ("313-555-0156",)), "no_match", False),
    # 8. an Arabic chain cut at a field length a letter after the particle of the family name
    ("the chain whole, Al M for Al-Mansoori at 24, a relative of his", NASSER_CHAIN,
     card("KHALED SALEH NASSER AL M", "46", "Dearborn, MI", (), ("Nasser Al-Mansoori",)), "match", True),
    ("guard: Al K, no surname of his", NASSER_CHAIN,
     card("KHALED SALEH NASSER AL K", "46", "Dearborn, MI", (), ("Nasser Al-Mansoori",)), "no_match", False),
    ("guard: the cut chain in a state he never lived in, a stranger's phone", NASSER_CHAIN,
     card("KHALED SALEH NASSER AL M", "46", "Houston, TX", ("713-555-0111",)), "no_match", False),
    # 9. a Haitian surname in Kreyol spelling
    ("Bosejour for Beausejour, his phone", MARCELIN,
     card("Marcelin Bosejour", "57", "Boston, MA", ("617-555-0158",)), "match", True),
    ("guard: Bosejour in a state he never lived in, a stranger's phone", MARCELIN,
     card("Marcelin Bosejour", "57", "Orlando, FL", ("407-555-0161",)), "no_match", False),
]


@pytest.mark.parametrize(("what", "who", "listing", "expected", "fails_before"), ROWS, ids=[r[0] for r in ROWS])
def test_pass30(what: str, who: dict, listing: Listing, expected: str, fails_before: bool) -> None:
    m = score(parse_person(who, "test"), listing, today=TODAY)
    assert m.decision == expected, (what, m.decision, m.confidence, m.reasons)
