"""Does a listed name agree with one of the person's names, and how strongly?

A listed name is read into tokens (see :mod:`._text`), a generational suffix (Jr, Sr, II…) and
titles are taken off, and "Last, First M" is read in that order. Then every split of the tokens into
given names and surnames is tried, in both orders (given names first, or family name first as in
"Nguyen Thi Lan"), against every form of the person's name (:meth:`Person.name_forms`).

Agreement of the surnames: ``full`` (all of them, particles or not, hyphenated, spaced or glued:
"de la Cruz" = "Delacruz" = "De La Cruz"; "García López" = "Garcia-Lopez"), ``partial`` (one of two
surnames, or the particle dropped: "Maria Lopez", "Juan C Cruz", "Mohammed Hassan"), ``extra`` (the
listing adds a surname the profile lacks: "Marisol A Vega Santos"), ``variant`` (a spelling
variant: Hussein/Husain). Agreement of the given names: ``exact``, ``other`` (the person goes by
another of their given names: "Luis Perez" for José Luis), ``variant`` (a nickname or spelling
variant: Bob/Robert, Pepe/José, Mohamed/Mohammed), ``initial``. The middle part is compared when
both sides have one (``agrees``/``differs``; an initial that is the person's first surname, as in
"Maria G Lopez", agrees).

Spelling variants: jellyfish (Metaphone codes equal and Jaro–Winkler ≥ 0.85, or Jaro–Winkler ≥ 0.95
on longer names), chosen because it is the maintained reference for phonetic codes and string
similarity in Python; for Arabic names the consonant skeleton ("mhmd") also counts, as vowels are
what transliterations disagree on. Nicknames: the ``nicknames`` package (a curated English
name/nickname table, Old Dominion University's data) plus the Spanish, Portuguese and Polish
equivalents listed in ``_EXTRA_NICKNAMES`` (from /work/shared/NAMES.md).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass
from itertools import combinations

import jellyfish
from nicknames import NickNamer

from optout.matching._text import tokens
from optout.matching.frequency import share
from optout.person import (GENERATION_WORDS, NAME_PARTICLES, SURNAME_ALIASES, VIETNAMESE_MIDDLE_NAMES,
                           VIETNAMESE_SURNAMES, saint_head, vietnamese_called)

PARTICLES = NAME_PARTICLES  # de, del, dela, dos, van, al, bin ... (optout.person)
# and the ordinals some forms and records print for II, III, IV ("Robert Whitfield 2nd"; twenty-third pass,
# holdout16 #378): one generation mark, read as the numeral, never as a middle name
SUFFIX_WORDS = {"jr": "Jr", "junior": "Jr", "sr": "Sr", "senior": "Sr", "ii": "II", "iii": "III", "iv": "IV",
                "2nd": "II", "3rd": "III", "4th": "IV"}
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sra", "sr", "srta", "don", "dona", "prof"})
FILLERS = frozenset({"fnu", "lnu", "nmn", "unknown"})  # "first/last name unknown", "no middle name"
SAINT_PREFIX = frozenset({"saint", "sainte"})  # the first word of a Saint- surname (Saint-Vil, Sainte-Marie)
# Surnames that are shared religious names rather than family names: every Sikh woman may be Kaur and
# every Sikh man Singh (NAMES.md), so they tell nothing beyond the given name and the group.
SHARED_SURNAMES = frozenset({"kaur", "singh", "begum", "khatun", "bibi"})
# Given names that are honorifics shared by a whole lineage or written before the person's own
# name: Syed/Syeda (a Sayyid's descendants), Md/Mohd (Mohammed, before most Bangladeshi and many
# Pakistani men's names). They tell little about which person it is: the next given name does.
HONORIFIC_GIVEN = frozenset({"syed", "syeda", "sayed", "sayeda", "sayyid", "sayyida", "sayyed", "md", "mohd", "muhd"})
# The given names Md abbreviates: written in full before a Bangladeshi or Pakistani man's own name as often
# as Md is (Mohammad Rafiqul for Md Rafiqul), so before another name they tell as little.
HONORIFIC_FULL = frozenset({"mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "muhammed", "mohamud"})
# The first word of an Arabic theophoric name ("servant of"): "Abdul Rahman" and "Abdul Karim" are two
# names, so "Abdul" followed by another word the person does not have is another given name.
ABD = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdur", "abdulla", "abdallah"})
# Karen, Burmese and Mon honorifics written before a name that has no family name (Naw and Daw for a
# woman, Saw for a Karen man, Mahn for a Mon man): a record may add one the person never wrote
# ("Naw Hser Nay Moo" for Hser Nay Moo). Dropped from a listed name of three or more words when none
# of the person's names has it. U and Ma are left: they are also an initial and María's short form.
BURMESE_HONORIFICS = frozenset({"naw", "saw", "daw", "mahn"})
# The honorific says the holder's sex: Naw and Daw a woman's, Saw and Mahn a man's. A card's honorific of the
# other sex than the one the person entered is another person's (Saw Eh Paw is a man, not Naw Eh Paw), never
# a title a record added (probe pass 23)
HONORIFIC_SEX = {"naw": "f", "daw": "f", "saw": "m", "mahn": "m"}
# Religious and pilgrimage titles written before a name on a card, as a congregation, a mosque's or a church's
# directory, or the person's own letterhead gives it (twenty-third pass, from holdout16's dropped cards): Sheikh
# (a scholar's or elder's title in the Arab world and on the Swahili coast), Haji / Hajji / Alhaji / Alhaja / Hajiya
# (one who has made the hajj, "prefixed to a person's name": Arab, Nigerian and Ghanaian, Malay usage; Wikipedia,
# "Hajji", read with the search tool, 2026-12-02, which also notes it fused into Cypriot surnames), Rev., Pastor,
# Imam, Rabbi, Deacon, Bishop. A title, not a name: dropped from a card's name of three or more words when none
# of the person's names has it (Sheikh and Haji are also names and surnames: a Bangladeshi Sheikh, a Haji
# family keep theirs), as the Burmese honorifics above are.
RELIGIOUS_TITLES = frozenset({"sheikh", "shaikh", "sheik", "shaykh", "haji", "hajji", "hadji", "alhaji", "alhaja",
                              "alhajji", "hajiya", "hajia", "rev", "revd", "reverend", "pastor", "imam", "rabbi",
                              "deacon", "bishop"})
MAX_TOKENS = 8  # longer listed names are cut: no real name has more words, and the split search is O(n^2)

# Equivalent given names the nicknames table lacks (NAMES.md: common nicknames and English forms).
_EXTRA_NICKNAMES: dict[str, set[str]] = {
    "jose": {"pepe", "joe", "joseph", "chepe"},
    "guadalupe": {"lupe", "lupita"},
    "jesus": {"chuy", "chucho"},
    "ignacio": {"nacho"},
    "enrique": {"kike", "henry"},
    "concepcion": {"concha", "conchita"},
    "dolores": {"lola", "lolita"},
    "juan": {"john", "juanito"},
    "joao": {"john", "jon"},
    "lukasz": {"lucas", "luke"},
    "alejandro": {"alex"},
    "alejandra": {"alex", "ale"},
    "guillermo": {"memo", "william", "bill"},
    "roberto": {"beto", "robert", "bob"},
    "alberto": {"beto", "albert"},
    "eduardo": {"lalo", "edward"},
    "manuel": {"manny", "manolo"},
    "ana": {"anita"},
    "maria": {"mari", "mary", "ma"},  # "Ma." / "Ma" is how records abbreviate María (Ma Guadalupe)
    "francisco": {"paco", "pancho", "frank", "kiko", "fco"},
    "teresa": {"tere", "terry"},
    "theresa": {"terry", "tess"},
    "gabriela": {"gaby", "gabi"}, "gabriel": {"gabo", "gabi"}, "rosario": {"chayo", "charo"},
    "soledad": {"sole"}, "pilar": {"pili"}, "socorro": {"coco"}, "refugio": {"cuca", "cuco"},
    "josefina": {"fina", "pepa", "chepa"}, "margarita": {"magui", "mago"}, "beatriz": {"bea"},
    "patricia": {"paty", "pati"}, "fernanda": {"fer"}, "fernando": {"fer", "nando"}, "isabel": {"chabela"},
    "alfonso": {"poncho"}, "gonzalo": {"chalo"}, "salvador": {"chava", "chavo"}, "ramon": {"moncho"},
    "humberto": {"beto"}, "gilberto": {"beto", "gil"}, "heriberto": {"beto"}, "norberto": {"beto"},
    "rafael": {"rafa"}, "santiago": {"chago", "santi"}, "luis": {"lucho", "wicho"},
    "rigoberto": {"rigo", "beto"}, "adalberto": {"adal", "beto"}, "filiberto": {"fili", "beto"},
    # Arabic given names in their common English spellings (more than a spelling distance can tell)
    "aisha": {"ayesha", "aysha", "aicha", "ayisha", "aishah"}, "yusuf": {"youssef", "yousef", "yusef", "yousif",
    "youssif"}, "omar": {"umar"}, "othman": {"osman", "uthman", "usman"}, "ibrahim": {"ebrahim", "ibraheem"},
    "ismail": {"ismael", "esmail", "ismaeel"}, "mohammed": {"md", "mohd", "muhd"},
    "mohammad": {"md", "mohd"}, "muhammad": {"md", "muhd", "mohd"}, "mohamed": {"md"},
    "ernesto": {"neto"},
    "antonio": {"tono", "tony"},
    "jose maria": {"chema"},
    "consuelo": {"chelo"},
    "mercedes": {"meche"},
    "graciela": {"chela"},
    "rodolfo": {"rudy", "fito"},
    "adolfo": {"fito"},
    # Russian and Ukrainian diminutives (each full name in its common transliterations)
    "aleksandr": {"sasha", "shura", "alex"}, "alexander": {"sasha"}, "oleksandr": {"sasha", "oles", "alex"},
    "aleksandra": {"sasha", "shura"}, "oleksandra": {"sasha"},
    "mikhail": {"misha"}, "mykhailo": {"misha"}, "dmitry": {"dima"}, "dmitri": {"dima"}, "dmytro": {"dima"},
    "vladimir": {"volodya", "vova"}, "volodymyr": {"volodya", "vova"}, "nikolai": {"kolya"}, "mykola": {"kolya"},
    "yevgeny": {"zhenya"}, "evgeny": {"zhenya"}, "yevhen": {"zhenya"}, "yevgeniya": {"zhenya"}, "evgenia": {"zhenya"},
    "natalia": {"natasha"}, "natalya": {"natasha"}, "nataliya": {"natasha"},
    "yekaterina": {"katya"}, "ekaterina": {"katya"}, "kateryna": {"katya"},
    "elena": {"lena"}, "yelena": {"lena"}, "olena": {"lena"}, "tatiana": {"tanya"}, "tatyana": {"tanya"}, "svitlana": {"sveta", "lana"},
    "tetiana": {"tanya"}, "olga": {"olya"}, "olha": {"olya"}, "sergei": {"seryozha"}, "serhiy": {"seryozha"},
    "ivan": {"vanya"}, "anastasia": {"nastya"}, "anastasiya": {"nastya"}, "svetlana": {"sveta", "lana"},
    "lyudmila": {"lyuda", "mila"}, "pavel": {"pasha"}, "yuri": {"yura"}, "yuriy": {"yura"},
    "alexei": {"lyosha", "alyosha"}, "aleksei": {"lyosha", "alyosha"}, "oleksiy": {"lyosha"},
    # the written short forms of English given names on older records (Wm, Chas, Thos…)
    "william": {"wm"}, "charles": {"chas"}, "thomas": {"thos"}, "james": {"jas"}, "george": {"geo"},
    "robert": {"robt"}, "samuel": {"saml"}, "benjamin": {"benj"}, "edward": {"edw"}, "richard": {"richd"},
    "joseph": {"jos"}, "john": {"jno"}, "daniel": {"danl"}, "jonathan": {"jona"},
    # Polish given names and the short forms their holders go by at home and on US records (nineteenth
    # pass: none is in the English nicknames table; Gosia for Małgorzata was read as another name)
    "malgorzata": {"gosia", "malgosia"}, "katarzyna": {"kasia"}, "agnieszka": {"aga"},
    "aleksandra": {"ola"}, "wojciech": {"wojtek"}, "grzegorz": {"grzesiek"}, "krzysztof": {"krzysiek"},
    "joanna": {"asia"}, "barbara": {"basia"}, "elzbieta": {"ela"}, "zbigniew": {"zbyszek"},
    "stanislaw": {"staszek"}, "jadwiga": {"jadzia"}, "tadeusz": {"tadek"}, "przemyslaw": {"przemek"},
}
# Given names written abbreviated with a period on papers and by clinics: Spanish Ma. (María), Fco.
# (Francisco), Ma. and Jse. in Mexican and Central American registries, and the English written short
# forms above (Wm., Chas., Thos.), thirteenth pass
ABBREVIATED: dict[str, str] = {"ma": "maria", "fco": "francisco", "wm": "william", "chas": "charles",
                               "thos": "thomas", "jas": "james", "geo": "george", "robt": "robert",
                               "saml": "samuel", "benj": "benjamin", "edw": "edward", "richd": "richard",
                               "jno": "john", "danl": "daniel"}
# Ukrainian given names and their Russian forms: one person is written either way on US records (a
# Soviet passport gave the Russian form; a Ukrainian one, the Ukrainian). Added to the entries above.
_UKRAINIAN_RUSSIAN: dict[str, set[str]] = {
    "olena": {"elena", "yelena", "alena", "lena"}, "olha": {"olga"}, "oleksandr": {"aleksandr", "alexander",
    "sasha"}, "oleksandra": {"aleksandra", "alexandra"}, "mykola": {"nikolai", "nikolay"},
    "dmytro": {"dmitry", "dmitriy", "dmitri"}, "serhiy": {"sergei", "sergey"}, "serhii": {"sergei", "sergey"},
    "andriy": {"andrei", "andrey"}, "andrii": {"andrei", "andrey"}, "yuriy": {"yuri", "yury"},
    "petro": {"pyotr", "petr"}, "pavlo": {"pavel"}, "iryna": {"irina"}, "halyna": {"galina"}, "svitlana": {"svetlana"},
    "hanna": {"anna"}, "volodymyr": {"vladimir"}, "mykhailo": {"mikhail"}, "vasyl": {"vasily", "vasiliy"},
    "tetiana": {"tatiana", "tatyana"}, "kateryna": {"yekaterina", "ekaterina"}, "liudmyla": {"lyudmila"},
    "nataliia": {"natalia", "natalya"}, "oleh": {"oleg"}, "ihor": {"igor"}, "hryhoriy": {"grigory"},
}
# Belarusian given names (the official Łacinka-based transliteration of Belarusian passports since 2008:
# Aliaksandr, Siarhei, Uladzimir) and their Russian forms, which Soviet papers and many US records give the
# same person (twentieth pass, from the fourteenth held-out set's Aliaksandra). Added like the Ukrainian ones.
_BELARUSIAN_RUSSIAN: dict[str, set[str]] = {
    "aliaksandr": {"aleksandr", "alexander", "sasha"}, "aliaksandra": {"aleksandra", "alexandra", "sasha"},
    "siarhei": {"sergei", "sergey"}, "uladzimir": {"vladimir"}, "yauhen": {"yevgeny", "evgeny", "evgeniy"},
    "yauheniya": {"yevgeniya", "evgenia"}, "dzmitry": {"dmitry", "dmitriy", "dmitri"},
    "mikalai": {"nikolai", "nikolay"}, "katsiaryna": {"yekaterina", "ekaterina"},
    "tatsiana": {"tatiana", "tatyana"}, "volha": {"olga"}, "natallia": {"natalia", "natalya"},
    "aliaksei": {"aleksei", "alexei", "alexey"}, "ihar": {"igor"}, "viktar": {"viktor"},
    "uladzislau": {"vladislav"}, "yuliya": {"yulia"}, "hanna": {"anna"}, "iryna": {"irina"},
}
for _table in (_UKRAINIAN_RUSSIAN, _BELARUSIAN_RUSSIAN):
    for _name, _forms in _table.items():
        _EXTRA_NICKNAMES.setdefault(_name, set()).update(_forms)
# Arabic given names as French-speaking records write them (Senegal, Mali, Guinea, the Maghreb, Lebanon,
# Haiti: ch for the sh sound, ou for u, dj for j) and as English-speaking ones do: one person is written
# either way on US records (a French passport spelling, then an English one).
_FRENCH_ARABIC: dict[str, set[str]] = {
    "cheikh": {"sheikh", "shaykh", "sheik", "cheick", "shaikh"}, "cherif": {"sharif", "shareef", "cherife"},
    "chafik": {"shafiq", "shafik"}, "chakib": {"shakib", "shakeeb"}, "chams": {"shams"},
    "moustapha": {"mustafa", "mostafa", "moustafa", "mustapha"}, "oumar": {"umar", "omar"},
    "ousmane": {"usman", "osman", "othman", "uthman"}, "abdoulaye": {"abdullah", "abdulla", "abdallah"},
    "djibril": {"jibril", "jibreel", "gibril"}, "boubacar": {"bubakar", "abubakar", "aboubakar"},
    "souleymane": {"sulayman", "suleiman", "sulaiman", "soulaymane"}, "youssouf": {"yusuf", "youssef", "yousef"},
    "ibrahima": {"ibrahim"}, "moussa": {"musa", "mousa"}, "aicha": {"aisha", "ayesha"},
    "oumou": {"umm", "oummou"}, "mariama": {"maryam", "mariam"}, "khadidja": {"khadija", "khadijah"},
}
# English given names as Spanish-speaking Colombia, Venezuela and Central America spell them, sound for
# sound (Leidy or Lady for Lady, Yeison for Jason), as registries record them; US records may write the
# English form.
_LATIN_ENGLISH: dict[str, set[str]] = {
    "leidy": {"lady", "leydi", "leidi", "ledy"}, "yeison": {"jason", "jeison"}, "jhon": {"john"},
    "brayan": {"brian", "bryan"}, "deivid": {"david"}, "yesica": {"jessica", "yessica"},
    "stiven": {"steven", "stephen"}, "maikol": {"michael", "maicol"}, "yeferson": {"jefferson", "jeferson"},
    "yulieth": {"juliet", "julieth"}, "jhonatan": {"jonathan", "johnathan"}, "wilmer": {"wilmar"},
    "yorman": {"norman"}, "kevin": {"keivin", "kebin"},
}
# Tibetan names have no one romanisation (phonetic spellings from Indian and Nepali papers, Wylie-like
# ones, an English ear): the same name is written with or without a final g, h after t or d, a doubled
# final vowel (Tenzing Norgay's Tenzing is Tenzin).
_TIBETAN: dict[str, set[str]] = {
    "tenzin": {"tenzing", "tendzin"}, "tsering": {"tshering", "tsiring"}, "dhondup": {"dondup", "thondup"},
    "dorje": {"dorjee", "dorji"}, "lhamo": {"lhamu"}, "lobsang": {"lopsang", "losang"}, "ngawang": {"nawang"},
    "gyaltsen": {"gyaltshen", "gyalsten"}, "choden": {"chodon"}, "wangmo": {"wangmu"},
    "phuntsok": {"phuntsog", "puntsok"}, "kalsang": {"kelsang", "kelzang"}, "dolma": {"drolma"},
}
# One given name in two languages' forms, where a final a is no other sex (other_gender's Juan/Juana):
# Georgian and Hebrew Tamar is Russian Tamara (a Georgian woman's Soviet papers)
_LANGUAGE_FORMS: dict[str, set[str]] = {"tamar": {"tamara"}}
# Somali women's names from Arabic end in -o where Arabic and English records write -a (Faadumo for Fatima,
# Xaliimo for Halima, Xaawo for Hawa), and East African records give the Swahili form (Fatuma): one name
# in two languages' forms, not a man's and a woman's (Somali men's names end otherwise). Keys and forms
# as US records write them; the Somali orthography's c, x and doubled vowels are read by _translit first
# (sixteenth pass, from the eleventh held-out set's Fatuma for Fadumo)
_SOMALI_FORMS: dict[str, set[str]] = {
    "fadumo": {"faduma", "fatuma", "fatima", "fatma", "fadima"}, "halimo": {"halima"}, "hawo": {"hawa"},
    "sahro": {"sahra", "zahra"}, "maryan": {"maryam", "mariam"}, "saynab": {"zeynab", "zainab", "zaynab"},
    "ruqiyo": {"ruqiya", "ruqaya", "ruqia", "rukiya"}, "sadiyo": {"sadia", "sadiya", "saadia"},
    "khadro": {"khadra"}, "amino": {"amina"}, "hibo": {"hiba"}, "safiyo": {"safiya", "safia"},
    "naimo": {"naima"}, "rahmo": {"rahma"}, "sumayo": {"sumaya", "sumaiya"}, "nimo": {"nima", "nimco"},
}
for _name, _forms in _SOMALI_FORMS.items():
    _LANGUAGE_FORMS.setdefault(_name, set()).update(_forms)


def listed_form(a: str, b: str) -> bool:
    """``a`` is a form of ``b`` (or ``b`` of ``a``) that optout's own tables give for the communities it
    serves (_EXTRA_NICKNAMES, _LANGUAGE_FORMS): a pet form such as Sasha is given there for a man's and a
    woman's name alike, whatever sex the US baby-name counts give it."""
    return b in _EXTRA_NICKNAMES.get(a, ()) or a in _EXTRA_NICKNAMES.get(b, ()) or language_form(a, b)


# The commonest Arabic given names in the romanisations US records give one person (a passport, a visa,
# an employer's, a school's): vowels written o or u, e or a, ou or oo, a letter doubled or not. One group is
# one name; Mahmoud is not Mohamed, Samer is not Samar (no rule on vowels: a table; seventeenth pass).
_ARABIC_SPELLINGS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "muhammad mohammad mohammed muhammed mohamed mohamad muhamad muhamed mohammod mohamet mahamed",
    "ahmad ahmed ahmet", "mahmoud mahmud mahmood mehmood",
    "hussein husain hussain husein hossein houssein husayn", "hassan hasan", "hassen hasen",
    "abdullah abdallah abdalla abdulla abdellah", "abdulrahman abdelrahman abdurrahman abdirahman abderrahmane",
    "mustafa mostafa moustafa mustapha mostapha", "youssef yusuf yousef yousif youssif yusef yosef",
    "khaled khalid", "waleed walid", "rashid rasheed", "saeed said saied", "fatima fatimah", "aisha aysha ayesha",
    "khadija khadijah", "zainab zaynab zeinab zeynab", "maryam mariam", "osman othman uthman usman",
    # Nur written with the English oo or the French ou for its long u (Rohingya, Bangladeshi, Afghan and
    # Pakistani papers); Fereshteh, Persian, as Dari speakers' papers write it (eighteenth pass)
    "nur noor nour", "fereshteh freshta fereshta",
    # the long i written ee, as English-speaking Jordanian, Palestinian, Gulf and South Asian papers write it
    # (Leena for Lina, Reem for Rim, Kareem for Karim): a short name, where a spelling distance cannot tell it
    # (twenty-second pass, holdout15 #164). Not a rule on vowels: Somali ee is a long e (Deeqa is Deqa)
    "lina leena", "dina deena", "rima reema", "rim reem", "amira ameera", "samira sameera", "jamila jameela",
    "karim kareem", "rahim raheem", "salim saleem", "nadim nadeem", "halim haleem", "wasim waseem wassim",
    "hanin haneen", "yasmin yasmeen", "nisrin nisreen", "shirin shireen", "jamil jameel", "nabil nabeel",
    "adil adeel", "fahim faheem", "sharif shareef", "latifa lateefa", "habib habeeb", "majid majeed",
))
_ARABIC_GROUP = {n: g for g in _ARABIC_SPELLINGS for n in g}
# Ukrainian given names and their Russian forms (_UKRAINIAN_RUSSIAN, one person on a Soviet and a Ukrainian
# passport), less the diminutives that table also gives (Lena, Sasha): the same name written two ways
_PASSPORT_FORMS: dict[str, set[str]] = {k: v - {"lena", "sasha"} for k, v in _UKRAINIAN_RUSSIAN.items()}
for _name, _forms in _BELARUSIAN_RUSSIAN.items():
    _PASSPORT_FORMS.setdefault(_name, set()).update(_forms - {"sasha"})


def arabic_spelling(a: str, b: str) -> bool:
    """``a`` and ``b`` are one name of ``_ARABIC_SPELLINGS`` in two of its romanisations, as written or
    through the Somali and Arabic letters (_translit)."""
    return a != b and (b in _ARABIC_GROUP.get(a, ()) or _translit(b) in _ARABIC_GROUP.get(_translit(a), ()))


def transliterated(a: str, b: str) -> bool:
    """``a`` and ``b`` are one name in two romanisations of its letters: the Somali orthography's c, x and
    doubled vowels, Arabic q/k and dj/j (_translit), the Cyrillic transliterations (_slavic), one name
    in two languages' forms (language_form), a Ukrainian name's Russian form (Iryna/Irina, Olena/Elena,
    Oleksandr/Alexander) or an Arabic name's common romanisations (Mohammed/Muhammad/Mohamed:
    _ARABIC_SPELLINGS; seventeenth pass). Not a nickname, not a letter or two apart."""
    if a == b or min(len(a), len(b)) < 3:
        return False
    for x, y in ((a, b), (b, a)):
        if y in _PASSPORT_FORMS.get(x, ()) or y in _ARABIC_GROUP.get(x, ()) \
                or _translit(y) in _ARABIC_GROUP.get(_translit(x), ()):
            return True
    return _translit(a) == _translit(b) or (min(len(a), len(b)) >= 4 and _slavic(a) == _slavic(b)) \
        or language_form(a, b)


def language_form(a: str, b: str) -> bool:
    """``a`` and ``b`` are one given name in two languages' forms (_LANGUAGE_FORMS), either way round,
    read as written or through the Somali and Arabic letters (_translit: Faadumo, Xaliimo)."""
    for x, y in ((a, b), (_translit(a), _translit(b))):
        if x != y and (y in _LANGUAGE_FORMS.get(x, ()) or x in _LANGUAGE_FORMS.get(y, ())):
            return True
    return False
# Everyday short forms and English names the nicknames package (English hypocoristics) lacks, for the
# communities optout serves (fifteenth pass, from the tenth held-out set's dropped cards): Spanish women's
# hypocoristics (Paca, Paquita and Pancha for Francisca, as Paco for Francisco; Dani for Daniela and Daniel);
# Yoruba compound names called by either half (Fola or Sade for Folasade: a Yoruba name is a phrase, and
# either of its words is used alone; Bisi for Adebisi/Olabisi, Tope for Temitope, Funmi for Olufunmilayo);
# Armenian Ani for Anahit, Hovo for Hovhannes, Greg for Grigor; and the English names Russian and Ukrainian
# immigrants took (Eugene for Yevgeniy, Walter for Volodymyr and Vladimir: the Ukrainian-American custom since
# the first emigration) where no cognate entry below gives them.
_COMMUNITY_FORMS: dict[str, set[str]] = {
    "francisca": {"paca", "paquita", "pancha", "panchita", "frances", "fran"}, "daniela": {"dani"},
    "daniel": {"dani"}, "folasade": {"fola", "sade", "shade"}, "folashade": {"fola", "sade", "shade"},
    "folake": {"fola"}, "folarin": {"fola"}, "adebisi": {"bisi"}, "olabisi": {"bisi"}, "temitope": {"tope"},
    "olufunmilayo": {"funmi", "funmilayo"}, "oluwafunmilayo": {"funmi", "funmilayo"},
    "anahit": {"ani"}, "hovhannes": {"hovo", "john"}, "grigor": {"greg"},
    "yevgeniy": {"eugene", "gene"}, "yevgeny": {"eugene", "gene"}, "evgeny": {"eugene", "gene"},
    "evgeniy": {"eugene", "gene"}, "evgenii": {"eugene", "gene"}, "yevhen": {"eugene", "gene"},
    "yevgeniya": {"eugenia"}, "evgenia": {"eugenia"}, "evgeniya": {"eugenia"},
    "volodymyr": {"walter"}, "vladimir": {"walter"},
    # the Western forms of Ukrainian passport names, as US records and employers write them (sixteenth pass)
    "yuliia": {"julia", "julie"}, "yulia": {"julia"}, "yuliya": {"julia"}, "iuliia": {"julia"},
    "khrystyna": {"christina", "kristina"}, "iryna": {"irene"}, "kateryna": {"catherine", "kate"},
    "mariia": {"maria", "mary"}, "nataliia": {"natalie"}, "yevheniia": {"eugenia"},
    # the English names Mexican and Central American immigrants go by, or employers and schools write, where
    # the nicknames package's cognates lack them (seventeenth pass): Jesús is Jesse, Jorge is George, María is
    # Mary, and Polish Jerzy and Stanisław George and Stanley
    "jesus": {"jesse", "jessie"}, "jorge": {"george"}, "maria": {"mary"}, "esteban": {"steven", "stephen", "steve"},
    "felipe": {"philip", "phillip", "phil"}, "javier": {"xavier"}, "juana": {"jane", "joan"},
    "gerardo": {"gerald", "gerry", "jerry"}, "rogelio": {"roger"}, "agustin": {"august", "gus"},
    "jerzy": {"george"}, "stanislaw": {"stanley", "stan"},
}
# One given name in the forms of the languages a family crossed, and the everyday short forms its holder
# goes by, where the nicknames package (English hypocoristics) has neither (twentieth pass, from the
# fourteenth held-out set's dropped cards: Fatima for Fatmata, Ivan for Ion, Tzipi for Tzipora, Peter and
# Takis for Panagiotis, Helen for Eleni, Kati and Catherine for Katalin; Ivan for Ion, the Russian form, is
# left out: with a look-alike surname, Ivan Țurcan for Ion Țurcanu, it submitted a stranger). Each row is a name and the forms
# US records give its holder: the Krio and Mende, Temne and Fula forms of the Prophet's family's names in
# Sierra Leone and Guinea (Fatmata, Mariatu, Kadiatu, Aminata; Fatoumata in Francophone West Africa);
# Romanian and Moldovan names and the Russian forms Soviet Moldovan papers gave (Ion / Ioan); Greek
# names, their short forms and the English names Greek Americans took (Panagiotis is Peter, Pete, Panos,
# Takis; Dimitrios Jim, Jimmy; Konstantinos Gus, Dean, Kostas); Hungarian names, their diminutives and
# English forms (Katalin Kati, Kata, Catherine; István Pista, Steven); Hebrew names and the Russian-Jewish
# and English forms of them (Tzipora Tzipi, Tsipi; Ilya and Eliyahu Elijah; Yosef Yossi, Joseph).
_CROSSED_FORMS: dict[str, set[str]] = {
    "fatmata": {"fatima", "fatuma", "fatoumata", "fatumata", "fatu", "fatou"},
    "fatoumata": {"fatima", "fatmata", "fatumata", "fatou"}, "mariatu": {"mariama", "mariam", "maryam"},
    "kadiatu": {"khadija", "kadija", "kadiatou"}, "kadiatou": {"khadija", "kadija"},
    "aminata": {"amina"}, "isatu": {"isata"}, "haja": {"hajja"},
    "ion": {"ioan", "john"}, "ioan": {"john"}, "gheorghe": {"george", "georgii", "georgiy"},
    "vasile": {"vasily", "vasiliy", "vasilii"}, "mihai": {"mikhail", "michael"}, "nicolae": {"nikolai",
    "nikolay", "nicholas"}, "ecaterina": {"ekaterina", "yekaterina", "catherine"}, "petru": {"pyotr", "petr",
    "peter"}, "dumitru": {"dmitry", "dmitri", "dmitriy"}, "constantin": {"konstantin"}, "andrei": {"andrew"},
    "panagiotis": {"peter", "pete", "panos", "takis", "panagiotes"}, "panagiota": {"penny", "yiota", "giota"},
    "eleni": {"helen", "helena", "elena"}, "konstantinos": {"gus", "dean", "kostas", "costas", "constantine"},
    "dimitrios": {"jim", "jimmy", "james", "dimitri", "takis", "mimis"}, "georgios": {"george", "giorgos"},
    "ioannis": {"john", "giannis", "yannis"}, "vasileios": {"bill", "basil", "vasilis", "vasili"},
    "athanasios": {"tom", "thanos", "thanasis"}, "nikolaos": {"nick", "nikos"}, "christos": {"chris"},
    "evangelos": {"angelo", "vangelis"}, "aikaterini": {"katherine", "kathy", "katerina"},
    "charalambos": {"harry", "babis"}, "stavros": {"steve"}, "spyridon": {"spiros", "spyros", "spero"},
    "paraskevi": {"voula", "evie"}, "anastasios": {"tasos", "taso"},
    "katalin": {"kati", "kata", "katie", "catherine", "katherine", "kathy"}, "erzsebet": {"erzsi",
    "elizabeth"}, "istvan": {"pista", "steven", "stephen", "steve"}, "laszlo": {"laci", "leslie"},
    "gyorgy": {"gyuri", "george"}, "janos": {"jani", "john"}, "jozsef": {"jozsi", "joska", "joseph"},
    "ferenc": {"feri", "frank", "francis"}, "mihaly": {"misi", "michael"}, "zsuzsanna": {"zsuzsa",
    "susan"}, "ilona": {"ilonka", "helen"}, "andras": {"andrew", "bandi"}, "sandor": {"sanyi", "alexander"},
    "tzipora": {"tzipi", "tsipi", "zipi", "tsipora", "zipora", "tsippora", "tzippora"},
    "ilya": {"ilia", "ilja", "eliyahu", "elijah"}, "eliyahu": {"elijah", "eli"}, "yosef": {"yossi", "joseph"},
    "avraham": {"avi", "abraham"}, "yitzhak": {"itzik", "isaac", "yitzchak"}, "moshe": {"moses", "moishe"},
    "shlomo": {"solomon"}, "yaakov": {"jacob", "yakov", "yankel"}, "rivka": {"rebecca", "rivkah"},
    "binyamin": {"benjamin", "benny"}, "chaim": {"haim", "hyman"}, "shoshana": {"shoshi", "susan"},
}
# The forms of one given name that the traditions of the twenty-second pass's families cross, and the short
# forms their holders go by, where the nicknames package (English hypocoristics) has neither (twenty-second
# pass, from the fifteenth held-out set's dropped cards: Jenny for Yeny, Heinrich for Enrique, Ibrahim for
# Abraham, Stas for Stanislav, Katie for Kateřina, Raj for Rajendra). Each row is a name and the forms US
# records give its holder, for the whole tradition rather than the set's names:
# - the Spanish spellings of English names (y for the English j sound, as _LATIN_ENGLISH: Yeny, Yenifer,
#   Yanet, Yoselin) and their English forms;
# - the Low German (Plautdietsch) names of the Mennonites of Mexico, Bolivia, Paraguay and Belize, which the
#   same person carries in a Spanish form on Mexican papers and an English one in Texas or Kansas (Heinrich,
#   Enrique, Henry; Johann, Juan, John; Cornelius, Cornelio; Aganetha, Neta);
# - the Arabic forms of the Biblical names that Arabic-speaking Christians, South Sudanese and Nuba Christians
#   and Muslims carry in both (Ibrahim and Abraham, Yousef and Joseph, Boutros and Peter, Girgis and George);
# - the Russian diminutives the Ukrainian/Belarusian rows above lack (Stas for Stanislav, Slava, Kostya, Valya),
#   as Koryo-saram, Central Asian and Russian families use them;
# - Czech, Slovak, Serbian, Croatian, Bulgarian and Lithuanian names and the English forms their holders take
#   (Kateřina Katie, Jiří George, Jovan John, Hristo Chris);
# - South Asian names called by their first element, as Indo-Caribbean, Indo-Fijian and Indian families do
#   (Raj for Rajendra, Rajesh or Rajkumar; Ravi for Ravindra; Dev for Devendra);
# - English spellings the nicknames package lists under another spelling only (Terrence and Terrance, whose
#   Terry it gives for Terence).
_TWENTYSECOND_FORMS: dict[str, set[str]] = {
    "yeny": {"jenny", "jeny", "yenny"}, "yenny": {"jenny"}, "yeni": {"jenny"}, "yenifer": {"jennifer", "jenny"},
    "yennifer": {"jennifer", "jenny"}, "yanet": {"janet"}, "yaneth": {"janet"}, "yoselin": {"jocelyn", "joselyn"},
    "yoselyn": {"jocelyn"}, "yosselin": {"jocelyn"}, "yonatan": {"jonathan"}, "jhony": {"johnny"},
    "yony": {"johnny"}, "yimmy": {"jimmy"}, "yeimi": {"jaime", "jamie"},
    "heinrich": {"henry", "enrique", "hein", "heinz"}, "enrique": {"heinrich"}, "johann": {"john", "juan", "hans"},
    "juan": {"johann", "johan"}, "jakob": {"jacob", "jacobo", "jake"}, "jacobo": {"jacob", "jakob"},
    "cornelius": {"cornelio", "neil", "corny"}, "cornelio": {"cornelius"}, "wilhelm": {"william", "willy", "bill",
    "guillermo"}, "guillermo": {"wilhelm"}, "bernhard": {"bernardo", "bernard"}, "franz": {"francisco", "frank",
    "francis"}, "francisco": {"franz"}, "aganetha": {"neta", "agnes"}, "margaretha": {"margarita", "margaret",
    "greta"}, "katharina": {"catalina", "katherine", "katie", "tina"}, "helena": {"elena", "helen", "lena"},
    "abram": {"abraham", "abe"}, "isaak": {"isaac"}, "gerhard": {"gerardo", "gerald"}, "diedrich": {"dietrich"},
    "ibrahim": {"abraham"}, "abraham": {"ibrahim", "abe"}, "yousef": {"joseph"}, "youssef": {"joseph"},
    "yusuf": {"joseph"}, "yousif": {"joseph"}, "musa": {"moses"}, "ishaq": {"isaac"}, "yaqub": {"jacob"},
    "yacoub": {"jacob"}, "yakoub": {"jacob"}, "dawood": {"david"}, "dawud": {"david"}, "daoud": {"david"},
    "sulaiman": {"solomon"}, "suleiman": {"solomon"}, "boutros": {"peter"}, "butrus": {"peter"},
    "boulos": {"paul"}, "bulus": {"paul"}, "girgis": {"george"}, "jirjis": {"george"}, "gerges": {"george"},
    "yuhanna": {"john"}, "youhanna": {"john"}, "youkhana": {"john"}, "ilyas": {"elias"}, "elias": {"ilyas"},
    "yunus": {"jonah"}, "younis": {"jonah"}, "maryam": {"mary", "miriam"}, "hawa": {"eve", "eva"},
    "stanislav": {"stas", "stasik", "stan"}, "vyacheslav": {"slava"}, "vladislav": {"vlad", "slava"},
    "svyatoslav": {"slava"}, "yaroslav": {"slava"}, "konstantin": {"kostya"}, "gennady": {"gena"},
    "gennadiy": {"gena"}, "valentina": {"valya"}, "valentin": {"valya"}, "valery": {"valera"},
    "valeriy": {"valera"}, "anatoly": {"tolya"}, "anatoliy": {"tolya"}, "viktor": {"vitya"}, "vitaly": {"vitya"},
    "vitaliy": {"vitya"}, "boris": {"borya"}, "grigory": {"grisha"}, "grigoriy": {"grisha"}, "yakov": {"yasha"},
    "maksim": {"max"}, "maxim": {"max"}, "roman": {"roma"}, "irina": {"ira"}, "nadezhda": {"nadya"},
    "lyubov": {"lyuba"}, "galina": {"galya"}, "darya": {"dasha"}, "daria": {"dasha"}, "kseniya": {"ksyusha"},
    "ksenia": {"ksyusha"}, "sofiya": {"sonya"}, "mariya": {"masha"}, "larisa": {"lara"},
    "katerina": {"katka", "kate", "katie", "catherine", "katherine", "kathy"}, "jiri": {"george", "jirka"},
    "jan": {"john", "honza"}, "josef": {"joseph", "joe", "pepa"}, "petr": {"peter"}, "pavel": {"paul"},
    "jana": {"jane"}, "zuzana": {"zuzka", "susan", "suzanne"}, "lucie": {"lucy"}, "vaclav": {"vasek"},
    "jovan": {"john"}, "nikola": {"nick", "nicholas"}, "aleksandar": {"alex", "sasha", "alexander"},
    "hristo": {"christo", "chris"}, "jonas": {"john"}, "vytautas": {"vytas"}, "algirdas": {"algis"},
    "rajendra": {"raj", "raju"}, "rajesh": {"raj", "raju"}, "rajkumar": {"raj"}, "rajiv": {"raj"},
    "ravindra": {"ravi"}, "ravinder": {"ravi"}, "devendra": {"dev"}, "narendra": {"naren"},
    "terrence": {"terry"}, "terrance": {"terry"},
}
# The forms of one given name that the traditions of holdout16's families cross (twenty-third pass, from its
# dropped cards: Jorge for Jordi, José for Xosé, William for Wiremu, Isaac and Itzhak for Yitzchok, Sal for
# Salvatore, Fatima for Patimat, Mohamed for Mahamat), for each whole tradition rather than the set's names:
# - Catalan, Galician and Basque names and the Castilian forms Spanish papers and US records give their holders
#   (Jordi Jorge, Josep José, Joan Juan, Xosé José, Xoán Juan, Iñaki Ignacio, Mikel Miguel, Xabier Javier);
# - Māori transliterations of English names, which a Māori person is known by in one setting and the English
#   form in another (Wiremu William, Hone John, Rawiri David, Hemi James, Mere Mary, Pita Peter; Te Aka Māori
#   Dictionary, "Wiremu", "Hone" …);
# - Hebrew names in their Ashkenazi (Yiddish-accented) spelling, the Israeli one and the English form
#   (Yitzchok, Yitzchak, Itzhak, Isaac; Yaakov and Yankev Jacob; Moishe and Moshe Moses; Shmuel Samuel);
# - Italian-American short forms the nicknames package lacks (Sal for Salvatore, Tino and Gino for the -tino,
#   -gino names, Enzo for Vincenzo);
# - the Avar, Dagestani and Chechen forms of Arabic names, which have no f (Patimat for Fatima, Magomed for
#   Muhammad), and the Chadian and Sahelian French spelling of Muhammad, Mahamat (Mahamadou in Niger and Mali).
_TWENTYTHIRD_FORMS: dict[str, set[str]] = {
    "jordi": {"jorge", "george"}, "josep": {"jose", "joseph"}, "pere": {"pedro", "peter"},
    "miquel": {"miguel", "michael"}, "jaume": {"jaime", "james"}, "francesc": {"francisco", "frank"},
    "antoni": {"antonio", "anthony"}, "lluis": {"luis", "louis"}, "montserrat": {"montse"},
    "xose": {"jose", "joseph"}, "xoan": {"juan", "john"}, "xurxo": {"jorge", "george"}, "xabier": {"javier"},
    "xaime": {"jaime"}, "iñaki": {"ignacio"}, "inaki": {"ignacio"}, "mikel": {"miguel", "michael"},
    "koldo": {"luis"}, "josu": {"jesus"}, "edurne": {"nieves"},
    "wiremu": {"william", "bill"}, "hone": {"john"}, "hoani": {"john"}, "rawiri": {"david"}, "hemi": {"james"},
    "mere": {"mary"}, "pita": {"peter"}, "tamati": {"thomas"}, "matiu": {"matthew"}, "mikaere": {"michael"},
    "hohepa": {"joseph"}, "anaru": {"andrew"}, "paora": {"paul"}, "rihari": {"richard"}, "wikitoria": {"victoria"},
    "yitzchok": {"isaac", "yitzchak", "yitzhak", "itzhak", "itzik"}, "yitzchak": {"isaac", "itzhak", "yitzhak"},
    "itzhak": {"isaac", "yitzhak"}, "yankev": {"jacob", "yaakov", "yankel"}, "moishe": {"moses", "moshe"},
    "shmuel": {"samuel"}, "yosef": {"joseph", "yossi"}, "avrohom": {"abraham", "avraham"}, "dovid": {"david"},
    "salvatore": {"sal", "toto"}, "vincenzo": {"enzo", "vincent", "vinny"}, "giuseppe": {"joseph", "joe",
    "pino", "peppe"}, "agostino": {"tino", "gus"}, "luigi": {"louis"},
    "patimat": {"fatima", "fatimat"}, "magomed": {"muhammad", "mohammed", "mohamed"}, "mahamat": {"mohamed",
    "mohammed", "muhammad", "mohamad", "mahamadou"}, "mahamadou": {"mohamed", "mohammed", "muhammad"},
}
for _table in (_FRENCH_ARABIC, _LATIN_ENGLISH, _TIBETAN, _LANGUAGE_FORMS, _COMMUNITY_FORMS, _CROSSED_FORMS,
               _TWENTYSECOND_FORMS, _TWENTYTHIRD_FORMS):
    for _name, _forms in _table.items():
        _EXTRA_NICKNAMES.setdefault(_name, set()).update(_forms)
# The everyday contractions of Spanish and Filipino compound given names (Maribel for María Isabel, Malou for
# Maria Lourdes, Maite for María Teresa), called by them on records as a nickname is (seventeenth pass)
_COMPOUND_FORMS: dict[str, set[str]] = {
    "maria isabel": {"maribel"}, "maria luisa": {"marilu", "malu", "marilou"}, "maria lourdes": {"malou"},
    "maria jose": {"majo"}, "maria teresa": {"maite", "maritere"}, "maria del carmen": {"maricarmen"},
    "maria elena": {"malena"}, "maria fernanda": {"marifer"}, "maria cristina": {"maricris"},
    "maria eugenia": {"maru"}, "juan carlos": {"juanca"},
}
for _name, _forms in _COMPOUND_FORMS.items():
    _EXTRA_NICKNAMES.setdefault(_name, set()).update(_forms)
# A compound given name is compared glued ("josemaria": the person's given names run together), so each key of
# two words or more is also kept glued; before this, "jose maria": {"chema"} was never reached
for _name in [k for k in _EXTRA_NICKNAMES if " " in k]:
    _EXTRA_NICKNAMES.setdefault(_name.replace(" ", ""), set()).update(_EXTRA_NICKNAMES[_name])
# Yemeni and Egyptian everyday forms of any Abd- name (Abdulwahab, Abdulrahman… called Abdo)
_ABD_SHORT = frozenset({"abdo", "abdu", "aboud", "abboud", "abood"})
# Yoruba and Igbo names are used without their first part, which names God: Seun for Oluwaseun,
# Emeka for Chukwuemeka, Dayo for Adedayo; Bengali names without their "-ul" article: Rafiq for
# Rafiqul, Amin for Aminul, Saif for Saiful.
_DROPPED_PREFIXES = ("oluwa", "olu", "chukwu", "chi", "ade", "ayo", "ife", "oyin", "nne")
# African American given names built on the prefix La- (LaTonya, LaToya, LaShawn, LaKeisha) are used
# without it when the rest is a name of its own (Tonya, Shawn, Keisha: Lieberson & Mikelson, "Distinctive
# African American Names", American Sociological Review 60, 1995, on La-/De-/Sha- prefixed names).
# Only La-, and only when the rest is a given name of four letters or more that people hold (not
# Laura's "ura", Lana's "na"): De- and Da- would read Delia as Lia and Daniel as Niel (thirteenth pass)
_PREFIX_LA = "la"
_DROPPED_SUFFIXES = ("ul", "ben", "bhai", "behn", "kumar")  # and Gujarati "-ben" (sister) / "-bhai" (brother),
# written glued to a woman's or man's given name on records: Niraliben, Jigneshbhai; and Tamil and Telugu
# "-kumar" glued to a man's name (Senthilkumar, Sathishkumar, Arunkumar), called Senthil, Sathish, Arun
# (sixteenth pass)
# Afghan and South Asian theophoric names ("… of God", "… of the faith") are used without their last
# part: Rahmat for Rahmatullah, Hamid for Hamidullah, Kamal for Kamaluddin. The part left must be a
# name of four letters or more (Abd of Abdullah is not one).
_DROPPED_THEOPHORIC = ("ullah", "ulla", "allah", "uddin", "udin")
# A given name's English form (cognate), whose English nicknames it shares: Ernesto is "Ernie" as
# Ernest is, Roberto "Bob" as Robert is. Spanish, Portuguese, Italian and Polish forms.
_COGNATES: dict[str, str] = {
    "ernesto": "ernest", "roberto": "robert", "alberto": "albert", "guillermo": "william",
    "eduardo": "edward", "ricardo": "richard", "enrique": "henry", "jose": "joseph", "juan": "john",
    "joao": "john", "francisco": "francis", "francisca": "frances", "antonio": "anthony", "antonia": "antonia",
    "miguel": "michael", "rafael": "raphael", "gabriel": "gabriel", "daniel": "daniel", "samuel": "samuel",
    "patricio": "patrick", "patricia": "patricia", "catalina": "catherine", "catarina": "catherine",
    "isabel": "elizabeth", "elisabete": "elizabeth", "margarita": "margaret", "susana": "susan",
    "cristina": "christina", "cristobal": "christopher", "esteban": "stephen", "estevao": "stephen",
    "felipe": "philip", "tomas": "thomas", "pedro": "peter", "pablo": "paul", "andres": "andrew",
    "mateo": "matthew", "nicolas": "nicholas", "vicente": "vincent", "alfredo": "alfred",
    "federico": "frederick", "gregorio": "gregory", "timoteo": "timothy", "benjamin": "benjamin",
    "jaime": "james", "diego": "james", "santiago": "james", "luis": "louis", "luisa": "louise",
    "teodoro": "theodore", "leonardo": "leonard", "raimundo": "raymond", "ramon": "raymond",
    "giuseppe": "joseph", "giovanni": "john", "lukasz": "lucas", "piotr": "peter", "pawel": "paul",
    "tomasz": "thomas", "jakub": "jacob", "wojciech": "albert", "katarzyna": "catherine",
    "malgorzata": "margaret", "elzbieta": "elizabeth", "krzysztof": "christopher",
    "aleksandr": "alexander", "oleksandr": "alexander", "aleksander": "alexander", "alejandro": "alexander",
    "mikhail": "michael", "mykhailo": "michael", "nikolai": "nicholas", "mykola": "nicholas",
}


@dataclass(frozen=True)
class Listed:
    """A listed name read: the name tokens, the suffix, and whether a comma fixed the order."""

    tokens: tuple[str, ...]
    suffix: str | None
    surname_first: bool  # "Last, First" (a comma) fixes the split


@dataclass(frozen=True)
class NameAgreement:
    """The best reading of a listed name against one of the person's name forms."""

    given: str  # exact, other, variant, initial, none
    surname: str  # full, partial, extra, variant
    middle: str  # agrees, absent, differs (an initial), conflicts (a whole other given name)
    given_tokens: tuple[str, ...]  # the person's given tokens that agreed (for their frequency)
    surname_tokens: tuple[str, ...]  # the person's surname tokens that agreed
    form: int  # index of the person's name form
    form_kind: str
    part_of_one: bool = False  # the listing shows part of one (hyphenated or spaced) surname only
    part_of_given: bool = False  # the listing shows half of one hyphenated given name ("Min" of Min-jun)


# A name shown in quotation marks or brackets inside a card's name is what the person is called ('Minh
# "Kevin" Nguyen', "Jesus (Chuy) Carrillo"), not a middle name: read without it (seventeenth pass)
_QUOTED = re.compile(r"\s*(?:\"[^\"]{1,40}\"|“[^”]{1,40}”|\([^()]{1,40}\)|(?<!\S)'[^'\s]{2,40}'(?!\S))\s*")


_WIDOW = frozenset({"vda", "viuda"})


def without_married_de(listed: Listed) -> Listed | None:
    """A Latin American married woman's name, her surname, then "de" and her husband's ("Ana Mendoza de
    Walker"; a widow's "Vda. de Walker"), read as her name and one surname more, as a hyphen writes it
    ("Ana Mendoza-Walker"): "de Walker" is no surname of hers with a particle. Only for a last word after
    "de" that follows a surname (four words or more, the word before "de" no particle: "Juan de la Cruz",
    "José de Jesús Ochoa" are left). None when the card is not so written (seventeenth pass)."""
    t = listed.tokens
    if len(t) < 4 or t[-2] != "de" or t[-1] in PARTICLES:
        return None
    head = t[:-2]
    if head[-1] in _WIDOW:
        head = head[:-1]
    if len(head) < 2 or head[-1] in PARTICLES:
        return None
    return Listed((*head, t[-1]), listed.suffix, listed.surname_first)


def read_listed(name: str) -> Listed:
    raw = name[:300]
    if _QUOTED.search(raw) and len(tokens(without := _QUOTED.sub(" ", raw))) >= 2:
        raw = without
    surname_first = False
    if "," in raw:
        head, _, tail = raw.partition(",")
        tail_toks = tokens(tail)
        if tokens(head) and tail_toks and not all(t in SUFFIX_WORDS for t in tail_toks):
            raw = f"{tail} {head}"
            surname_first = True
    toks = tokens(raw)
    suffix = None
    kept = []
    for i, t in enumerate(toks):
        if t in SUFFIX_WORDS and i > 0:
            suffix = SUFFIX_WORDS[t]
        elif t in TITLES and i == 0 and len(toks) > 2:
            continue
        elif t in FILLERS:
            continue
        else:
            kept.append(t)
    half = len(kept) // 2
    if half and len(kept) % 2 == 0 and kept[:half] == kept[half:]:
        # a one-part name written in both name fields by a form that needs both: "Khu Reh Khu Reh",
        # "Rahmatullah Rahmatullah" (a refugee's one name, given and family name alike on the papers)
        kept = kept[:half]
        surname_first = False
    if surname_first:
        # "Garcia Lopez, Maria J" became "maria j garcia lopez": the given part is what came after the comma
        n_given = len([t for t in tokens(name[:300].partition(",")[2]) if t not in SUFFIX_WORDS and t not in FILLERS])
        kept = kept[:MAX_TOKENS]
        return Listed(tuple(kept), suffix, True) if 0 < n_given < len(kept) else Listed(tuple(kept), suffix, False)
    return Listed(tuple(kept[:MAX_TOKENS]), suffix, False)


# ---- token comparison ----------------------------------------------------------------------------------

@functools.cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@functools.cache
def _diminutive_spelling(short: str, long_: str, nn) -> bool:  # type: ignore[no-untyped-def]
    """``short`` is a nickname of ``long_`` in the library's table written with the other spelling of the
    English diminutive ending, -ie for -y or -y for -ie (Katie for Katy, a nickname of Katherine; Jodie, Jody),
    the same name written two ways (Wikipedia, "Hypocorism": English -y / -ie); not when the two spellings are
    names of the two sexes (Bobbie, Bobby). Twenty-sixth pass, holdout19 #448."""
    for end, other in (("ie", "y"), ("y", "ie")):
        if short.endswith(end) and len(short) - len(end) >= 2:
            alt = short[:-len(end)] + other
            if alt in nn.nicknames_of(long_):
                from optout.matching.frequency import sex_of

                return not ({sex_of(short), sex_of(alt)} >= {"m", "f"})
    return False


def nickname_of(a: str, b: str) -> bool:
    """``a`` and ``b`` are a name and one of its nicknames or equivalents, either way round."""
    if a == b or len(a) < 2 or len(b) < 2:
        return False
    if b in _EXTRA_NICKNAMES.get(a, ()) or a in _EXTRA_NICKNAMES.get(b, ()):
        return True
    for short, long_ in ((a, b), (b, a)):
        if short in _ABD_SHORT and long_.startswith("abd") and len(long_) > 5:
            return True  # Abdo for Abdulwahab
    for long_, short in ((a, b), (b, a)):
        if len(short) >= 3 and long_.endswith(short) and long_[:-len(short)] in _DROPPED_PREFIXES:
            return True  # Seun / Oluwaseun
        if len(short) >= 4 and long_ == _PREFIX_LA + short and share("given_names", short) >= GIVEN_E_PAIR:
            return True  # Tonya / LaTonya
        if len(short) >= 3 and any(long_ == short + x for x in _DROPPED_SUFFIXES):
            return True  # Rafiq / Rafiqul
        if len(short) >= 4 and any(long_ == short + x for x in _DROPPED_THEOPHORIC):
            return True  # Rahmat / Rahmatullah
    nn = _nicknamer()
    if b in nn.nicknames_of(a) or a in nn.nicknames_of(b):
        return True
    if _diminutive_spelling(a, b, nn) or _diminutive_spelling(b, a, nn):
        return True
    # through the English form: Ernie for Ernesto (Ernest), Bob for Roberto (Robert), Mike for Miguel
    ca, cb = _COGNATES.get(a), _COGNATES.get(b)
    if ca and (b == ca or b in nn.nicknames_of(ca) or b in _EXTRA_NICKNAMES.get(ca, ())):
        return True
    return bool(cb and (a == cb or a in nn.nicknames_of(cb) or a in _EXTRA_NICKNAMES.get(cb, ())))


def _skeleton(s: str) -> str:
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


_FEMININE = re.compile(r"(?:iya|ia|ya|a)$")
_MASCULINE = re.compile(r"(?:iy|ii|y|i|o)$")


def other_gender(a: str, b: str) -> bool:
    """Juan/Juana, Francisco/Francisca, Mario/Maria, Alex/Alexa, and the Slavic endings
    Evgeny/Evgenia, Yevgeniy/Yevgeniya, Valeriy/Valeriya, Aleksander/Aleksandra: a name and its
    other-gender form are two names (two people of one family), not two spellings of one."""
    for long_, short in ((a, b), (b, a)):
        if long_[:-1] == short and (long_[-1] == "a" or long_[-1] == "e" and _both_given(long_, short)):
            return True
    if len(a) > 2 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"a", "o"}:  # not Marie/Maria, Julie/Julia
        return True
    for f, m in ((a, b), (b, a)):
        if f.endswith("a") and not m.endswith("a") and len(m) > 3:
            fs = _FEMININE.sub("", f)
            ms = _MASCULINE.sub("", m)
            if fs == ms or fs == re.sub(r"er$", "r", ms) or _slavic(fs) == _slavic(ms):
                return True
    return False


GIVEN_E_PAIR = 1e-6  # both names held by about 330 people or more (the given-name table's share)


def _both_given(a: str, b: str) -> bool:
    """Louis/Louise, Denis/Denise, Simon/Simone are a French man's and woman's names when both are
    given names people hold; a final e that only one spelling writes (Lao Khamphone/Khamphon, the
    French-era romanisation's silent e) is a spelling."""
    return share("given_names", a) >= GIVEN_E_PAIR and share("given_names", b) >= GIVEN_E_PAIR


def _slavic(s: str) -> str:
    """One spelling for the common romanisations of a Cyrillic name: Yevgeny/Evgeny, Aleksandr/Alexandr,
    Mikhail/Mihail, Yuriy/Iurii (BGN/PCGN, ISO 9 and passport spellings differ in these)."""
    # дж as dzh (BGN/PCGN), dj (French; Chechen, Dagestani and Central Asian papers issued abroad) or j (English
    # and the Turkic Latin alphabets): Dzhabrailov/Djabrailov/Jabrailov (twenty-third pass, holdout16 #168)
    s = s.replace("dzh", "j").replace("dj", "j")
    # the French transliteration, which Soviet passports for travel abroad used until 1997 (Wikipedia, "Romanization
    # of Russian", citing the Interior Ministry's Order No. 310 of 26 May 1997), as French-speaking countries'
    # records still do: ч as tch, у as ou (Viatcheslav Kouzmitchev, Iouri, Lioudmila for Vyacheslav Kuzmichev,
    # Yuri, Lyudmila; twenty-fourth pass, holdout17 #400); the German tsch likewise
    s = s.replace("tsch", "ch").replace("tch", "ch").replace("ou", "u")
    s = re.sub(r"^ye", "e", s)
    s = s.replace("ya", "ia").replace("yu", "iu").replace("yo", "io")
    # й after a vowel before a consonant, y in BGN/PCGN and i on passports: Khairullin/Khayrullin, Baimukhamedov
    s = re.sub(r"(?<=[aeou])y(?=[^aeiouy])", "i", s)
    # (the Turkmen -ow / -ew for -ov / -ev is not folded here: English writes -ow and -ew too, Barlow, Bellow,
    # Matthew, and folded they were Barlov, Bellov; probe pass 24. _slavic_spellings reads it, in a name written
    # with a Turkmen letter only)
    s = s.replace("ks", "x").replace("kh", "h").replace("iy", "i").replace("ii", "i")
    # the patronymic suffix -вич as Russian (-vich, -vitch), Yiddish and German (-witz, -vitz) and Polish (-wicz)
    # records write it: Rabinovich/Rabinowitz, Abramovich/Abramowitz (twentieth pass, Gurvich/Gurvitz); before
    # ts -> c, so -vitz is not read as -vic
    s = re.sub(r"(?<=[a-z]{3})[vw]i(?:tch|ch|tz|cz)$", "vich", s)
    s = s.replace("tz", "ts")  # ц as tz, the German and older Bulgarian spelling (Tzvetan, Tzvetkov; Lipovetz)
    s = s.replace("ts", "c")  # ц as ts (BGN/PCGN, passports) or c (ISO 9, Czech and Polish use): Kravets/Kravec
    # х before r at a name's start written ch, as Greek and Western papers spell Хрисо / Христов (Christo,
    # Christov for Hristo, Hristov: Bulgarian, Macedonian, Serbian; twenty-second pass, holdout15 #346)
    s = re.sub(r"^ch(?=r)", "h", s)
    return re.sub(r"y$", "i", s)


def _translit(s: str) -> str:
    """One spelling for letters Arabic and Somali names are romanised with in several ways: q/k
    (ق: Qassab/Kassab), Somali x/h (the letter for ḥ: Ubax/Ubah, Maxamed/Mohamed), Somali c for the
    ayn and doubled long vowels (Cabdiweli/Abdiweli, Jaamac/Jama), French dj for j (Djamila/Jamila,
    Djamel/Jamel: Algerian, Senegalese, Comorian and Cape Verdean papers), and the article al-/el-
    glued to a given name (Alfatih/Elfatih, Alsayed/Elsayed)."""
    s = s.replace("q", "k").replace("x", "h").replace("dj", "j")  # French dj for ج: Djamila/Jamila
    if len(s) >= 6 and s.startswith("el") and s[2] not in "aeiouy":
        s = "al" + s[2:]
    # Somali orthography (the 1972 Latin script) writes the ayn as c (Cabdi, Jaamac, Cali for Abdi, Jama,
    # Ali) and long vowels doubled (Faadumo, Xirsi's Cabdiraxmaan): US records mostly write neither
    s = re.sub(r"^c(?=[aeiou])|(?<=[aeiou])c(?![hk])", "", s)
    return re.sub(r"([aeiou])\1", r"\1", s)


def _spanish(s: str) -> str:
    """One spelling for the letters Spanish spells one sound with, as a clerk writes a name heard
    aloud (RAE, *Ortografía de la lengua española* 2010, ch. I: seseo, betacismo, yeísmo, the silent
    h): b/v (Wilber/Wilver), z, s and c before e or i (Ceja/Zeja, Cesar/Sesar), a silent initial h
    (Hermelinda/Ermelinda), ll/y, y or j before e for the English-looking spellings of Yesenia
    (Jessenia), ss/s, and Nahuatl and Purépecha tz heard as s (Tzintzún/Sinsun)."""
    s = re.sub(r"^h(?=[aeiou])", "", s)
    s = s.replace("tz", "s").replace("v", "b").replace("z", "s").replace("ll", "y")
    s = re.sub(r"c(?=[ei])", "s", s)
    s = re.sub(r"^j(?=e)", "y", s)
    return re.sub(r"s+", "s", s)


def _basque(s: str) -> str:
    """A Basque name in the Castilian spelling Spanish registries gave it before the unified Basque orthography
    (Euskaltzaindia, 1968: tx for ch, tz for z, k for c and qu, g for gu before e and i): Etxeberria is
    Echeverría, Goikoetxea Goicoechea, Txapartegi Chapartegui, Arrizabalaga unchanged (twenty-third pass, holdout16
    #284; probe pass 24). Letter for letter otherwise."""
    s = s.replace("tx", "ch").replace("tz", "z")
    s = re.sub(r"k(?=[ei])", "qu", s)
    # Basque g is hard before e and i too, which Castilian spells gu: Txapartegi / Chapartegui, Agirre / Aguirre
    # (probe pass 24; Real Academia Española, Ortografía 2010, the letter g)
    s = re.sub(r"g(?=[ei])", "gu", s)
    return s.replace("k", "c")


def _portuguese(s: str) -> str:
    """One spelling for a final nasal vowel, which Portuguese writes -m and Brazilian and Cape Verdean
    registries and US records also -n (Adilsom/Adilson, Joaquim/Joaquin, Mirian/Miriam, Willian/William):
    one sound, two letters (nineteenth pass)."""
    return re.sub(r"(?<=[aeiou])m$", "n", s)


def _armenian(s: str) -> str | None:
    """An Armenian surname's stem, without its ending -yan/-ian (-jan in German and Scandinavian
    records) and with doubled letters single (Petrosyan/Petrossian/Petrosian, Sarkisyan/Sarkissian):
    the Soviet passport's -yan and the diaspora's -ian, one name (nineteenth pass). None for a name
    without that ending."""
    m = re.fullmatch(r"(.{3,}?)[iyj]an", s)
    return re.sub(r"(.)\1", r"\1", m.group(1)) if m else None


def _syllable_inserted(short: str, long_: str) -> bool:
    """``long_`` is ``short`` with two or more letters holding a vowel put inside it (Andreína for
    Andrea, Mariana for Maria): another name, not a spelling (a spelling adds a letter: Mohammed,
    Fatima)."""
    n = len(long_) - len(short)
    if n < 2:
        return False
    for i in range(1, len(short)):
        if long_[:i] == short[:i] and long_[i + n:] == short[i:] and re.search(r"[aeiouy]", long_[i:i + n]):
            return True
    return False


_GREEK_CHI = re.compile(r"^(?:ch|kh|x|h)(?=[aeiour])")
GREEK_H_OWN = 1e-5  # a name some 3,300 Americans hold: Harris, Hollis, Hermes (not Hatzis, Hronis, Halkias)
_GREEK_ENDINGS = ("os", "ou", "ous", "is", "as", "es", "ia", "oula", "ina", "ides", "idis", "akis")


# A name of three consonants with the vowels a-a or a-i (Jamal, Jamil, Jameel, Kamila): the Arabic patterns faʿāl
# (a verbal noun: jamāl "beauty", kamāl "perfection", rashād "right guidance") and faʿīl (an adjective: jamīl
# "beautiful", kāmil / kamīl, rashīd), two words written with two letters (ا, ي) and given as two names
# (Infosoir, on the names of the root j-m-l, read with the search tool: "les deux adjectifs verbaux ... Djamil" and "le nom
# d'action Djamal"; Wikipedia, "Jamil": jamīl of the faʿīl pattern)
_C = r"(sh|kh|th|dh|gh|[^aeiouy])"  # one Arabic consonant, as a single letter or a digraph of English romanisation
_FAAL_FAIL = re.compile(_C + "a" + _C + "(a|i|ee)" + _C + "(a?)")


def two_arabic_patterns(a: str, b: str) -> bool:
    """``a`` and ``b`` are one root in the two patterns faʿāl and faʿīl (Jamal and Jamil, Kamal and Kamil, Rashad
    and Rashid, Karam and Karim, Jalal and Jalil, Jamala and Jamila), each a given name of its own in the
    given-name table (held by about 330 people or more, GIVEN_E_PAIR): two names, not two spellings of one
    (twenty-fourth pass: Jamil Dzhumaev was submitted for a "Jamal Djumaev" card, probe pass 24). Hamed for Hamid
    and Jamel for Jamal (a Persian or French e) are not these."""
    ma, mb = _FAAL_FAIL.fullmatch(a), _FAAL_FAIL.fullmatch(b)
    if ma is None or mb is None or a == b:
        return False
    (a1, a2, va, a3, ea), (b1, b2, vb, b3, eb) = ma.groups(), mb.groups()
    return (a1, a2, a3, ea) == (b1, b2, b3, eb) and "a" in (va, vb) and va != vb \
        and share("given_names", a) >= GIVEN_E_PAIR and share("given_names", b) >= GIVEN_E_PAIR


_FRENCH_GU = re.compile(r"gu(?=[eiy])")


@functools.cache
def spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one name (Mohamed/Muhammad, Hussein/Husain, Browne/Brown, Fatma/Fatima); not two
    Arabic names of one root in two patterns (two_arabic_patterns: Jamal/Jamil)."""
    if two_arabic_patterns(a, b):
        return False
    if a != b and _chinese_surname(a) & _chinese_surname(b):
        return True  # Zhang/Chang/Cheung, Xu/Hsu/Hui: one surname in pinyin, Wade-Giles or Cantonese
    if a != b and _chinese_surname(a) and _chinese_surname(b):
        return False  # two romanised syllables of two characters: Zhang and Zheng, Jin and Jung are two names
    if min(len(a), len(b)) >= 4 and a != b and _translit(a) == _translit(b) \
            and not (_chinese_surname(a) or _chinese_surname(b)):
        return True  # Qassab/Kassab, Ubax/Ubah, Elfatih/Alfatih (not pinyin, where q and x are other sounds)
    if min(len(a), len(b)) >= 4 and a != b and (_translit(a), _translit(b)) != (a, b) \
            and _translit(a) != _translit(b) and not (_chinese_surname(a) or _chinese_surname(b)) \
            and pinyin_syllables(a) is None and pinyin_syllables(b) is None \
            and spelling_variant(_translit(a), _translit(b)):
        # the Somali or Arabic letters read, then the vowels any romanisation disagrees on (thirteenth
        # pass): Somali Maxamed is Mahamed, an English record's Mohamed; Xasan is Hasan, Hassan
        return True
    for x, y in ((a, b), (b, a)):
        # Arabic ظ between vowels is Iraqi and Gulf dh, Persian and Levantine z (Kadhim/Kazem, Mudhaffar/
        # Muzaffar): read as one letter only against a z, since dh is also the Hindi and Bengali aspirated
        # d (Chaudhary, Sudhir), which is never z
        if min(len(a), len(b)) >= 4 and "z" in y and "dh" not in y and re.search(r"[aeiou]dh[aeiou]", x):
            read = re.sub(r"(?<=[aeiou])dh(?=[aeiou])", "z", x)
            return read == y or spelling_variant(read, y)
    if min(len(a), len(b)) >= 5 and a != b and any(re.search(r"[^aeiouy]y[ae]l$", x) for x in (a, b)) \
            and re.sub(r"(?<=[^aeiouy])y[ae]l$", "el", a).replace("au", "ou") \
            == re.sub(r"(?<=[^aeiouy])y[ae]l$", "el", b).replace("au", "ou"):
        # Nepali ्याल / ेल written -yal or -el, औ au or ou: Poudyal/Poudel/Paudyal (thirteenth pass)
        return True
    if min(len(a), len(b)) >= 6 and a != b and not (_chinese_surname(a) or _chinese_surname(b)) \
            and a.endswith(_GREEK_ENDINGS) and _GREEK_CHI.sub("h", a) == _GREEK_CHI.sub("h", b) \
            and not any(not x.startswith("ch") and max(share("surnames", x), share("given_names", x)) >= GREEK_H_OWN
                        for x in (a, b)):
        # Greek χ begins a name as Ch, H, Kh or X in its romanisations (Chatzigeorgiou/Hatzigeorgiou, Hristos/
        # Christos, Haralambos/Charalambos; Bulgarian Hristo): only at the start, the rest letter for letter,
        # six letters or more, a name of a Greek ending (Chandler and Handler stay two; twentieth pass,
        # holdout14 #242); not when the form without Ch is a name of its own in the Census (Charris, a
        # Colombian surname, is not Harris; Chermes not Hermes; twenty-first pass)
        return True
    if min(len(a), len(b)) >= 6 and {a[:2], b[:2]} == {"th", "dh"} and a[2:] == b[2:]:
        # Tamil த, one letter for t and d, begins a name as Th in Sri Lankan records and Dh in Indian ones
        # (Tharshini/Dharshini, Tharmalingam/Dharmalingam); only at the start, the rest letter for letter
        # (fourteenth pass, holdout9)
        return True
    if min(len(a), len(b)) >= 4 and a != b and _slavic(a) == _slavic(b):
        return True  # Yevgeniya/Evgeniya, Aleksandr/Alexandr
    if min(len(a), len(b)) >= 5 and a != b and _FRENCH_GU.sub("g", a) == _FRENCH_GU.sub("g", b):
        # a hard g before e, i or y written gu, as French spells it (and Spanish): Egyptian Arabic says ج as g,
        # and Egyptian papers of French schooling write Girgis (Jirjis, George) Guirguis or Guerguis, Gindi
        # Guindi (twenty-fifth pass, holdout18 #169; copticliterature.wordpress.com on Mu'allem Jirjis al-Jawhari,
        # "Guerguis" in French sources); Guerrero / Gerrero is one Spanish sound too
        return True
    if min(len(a), len(b)) >= 5 and {a[0], b[0]} == {"j", "y"} and a[1:] == b[1:] and a[1] in "aeiou" \
            and pinyin_syllables(a) is None and pinyin_syllables(b) is None:
        # the Ge'ez, Hebrew and Arabic y- that German, Scandinavian and Slavic spellings write j- (Yohannes/
        # Johannes, Yonas/Jonas, Yosef/Josef, Yasmin/Jasmin, Yakub/Jakub): letter for letter otherwise
        # (nineteenth pass, holdout12 #192); never in pinyin, where j and y are two sounds
        return True
    if min(len(a), len(b)) >= 5 and a != b and _portuguese(a) == _portuguese(b):
        return True  # Adilsom/Adilson: a final nasal written -m or -n
    if min(len(a), len(b)) >= 6 and a != b and (stem := _armenian(a)) is not None and stem == _armenian(b):
        return True  # Petrossian/Petrosyan
    if min(len(a), len(b)) >= 4 and a != b and _spanish(a) == _spanish(b) \
            and not (_chinese_surname(a) or _chinese_surname(b)):
        return True  # Ceja/Zeja, Wilber/Wilver, Hermelinda/Ermelinda: one Spanish sound, two letters
    if min(len(a), len(b)) >= 5 and a != b and any(re.search(r"tx|tz|k", x) for x in (a, b)) \
            and _spanish(_basque(a)) == _spanish(_basque(b)):
        return True  # Etxeberria/Echeverria, Goikoetxea/Goicoechea: a Basque surname in the Spanish spelling
    if a == b or min(len(a), len(b)) < 3 or a[0] != b[0] and {a[0], b[0]} not in ({"c", "k"}, {"i", "y"}):
        return False
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short) + 1 and re.sub(r"ng(?=[^aeiou]|$)", "n", long_, count=1) == short \
            and re.sub(r"ng(?=[^aeiou]|$)", "n", long_) != long_:
        return False  # -n and -ng are two syllables in Chinese and Korean names: Lin/Ling, Chin/Ching
    extra = long_[len(short):]
    if long_.startswith(short) and len(extra) >= 2 and re.search(r"[aeiouy]", extra):
        return False  # a syllable more is another name: Hsu/Hsueh, Kim/Kimura, Chan/Chandra
    if _syllable_inserted(short, long_):
        return False  # a syllable inside: Andrea/Andreína, Maria/Mariana, Jian/Jianan
    jw = jellyfish.jaro_winkler_similarity(a, b)
    if jw >= 0.95 and min(len(a), len(b)) >= 5:
        return True
    if jellyfish.metaphone(a) != jellyfish.metaphone(b):
        return False  # Mahmoud (MMT) is not Mohammed (MHMT)
    if jw >= 0.85:
        return True
    sa, sb = _skeleton(a), _skeleton(b)
    return jw >= 0.80 and len(sa) >= 3 and sa == sb


# The commonest Chinese surnames in their pinyin, Wade-Giles, Cantonese and Hokkien spellings: one
# character, several romanisations (a person naturalised from Taiwan or Hong Kong is Chang or Cheung
# where a mainland record says Zhang). Ambiguous spellings (Chan is Chen and Chen is Chan) are kept with one
# character only when the other reading is rarer. Wong is in both Wang's (王) and Huang's (黃) groups: it is the
# Cantonese of both (twenty-fifth pass: "Ka Ming Huang" for a Hong Kong Wong was "name
# differs"); Wang and Huang stay two surnames, since no group holds both.
# A group holds the readings of one character in the Chinese languages only: two spellings of a group are one
# surname, so a spelling of another language's reading in it links that language's people to every Chinese
# reading. Hwang, the Korean reading of 黃 (황; it is in _KOREAN_SURNAMES), was in Huang's group, so once Wong
# joined it Korean Hwang and Cantonese Wong were one surname (0.788 on a name, an age and a city; the brief's
# review of the twenty-fifth pass): it left the group (twenty-sixth pass). A Korean Hwang's US records write
# Hwang or Whang, a Chinese Huang's Huang (pinyin, Wade-Giles) or Wong (Cantonese).
_CHINESE_SURNAMES: tuple[tuple[str, ...], ...] = (
    ("zhang", "chang", "cheung", "teo", "chong"), ("wang", "wong", "ong"), ("li", "lee", "lai"),
    ("liu", "lau", "lao"), ("chen", "chan", "tan", "chin"), ("yang", "yeung", "yeo", "young"),
    ("huang", "wong"), ("zhao", "chao", "chiu"), ("wu", "ng", "goh"), ("zhou", "chou", "chow", "chau"),
    ("xu", "hsu", "hui", "koh"), ("sun", "suen", "soon"), ("ma", "mah"), ("zhu", "chu", "chiu"),
    ("hu", "woo"), ("guo", "kuo", "kwok"), ("he", "ho", "hoh"), ("lin", "lam", "lim"),
    ("luo", "lo", "law", "loh"), ("zheng", "cheng", "tay"), ("liang", "leung", "neo"), ("xie", "hsieh", "tse", "chia"),
    ("song", "sung"), ("tang", "tong"), ("han", "hon"), ("feng", "fung"), ("deng", "teng", "tang"),
    ("cao", "tsao", "cho"), ("peng", "pang"), ("zeng", "tseng", "tsang", "chan"), ("xiao", "hsiao", "siu"),
    ("tian", "tien"), ("dong", "tung"), ("pan", "poon", "phua"), ("yuan", "yuen"), ("cai", "tsai", "choi", "chua"),
    ("jiang", "chiang", "keung"), ("yu", "yue"), ("du", "tu", "to"), ("ye", "yeh", "ip", "yap"),
    ("cheng", "ching"), ("wei", "ngai"), ("su", "soo", "so"), ("lu", "lo", "loo"), ("ding", "ting"),
    ("ren", "jen", "yam"), ("shen", "sum", "sim"), ("yao", "yiu"), ("lu", "lui", "lo"), ("jiang", "kong"),
    ("cui", "tsui", "chui"), ("zhong", "chung"), ("tan", "tam", "hom"), ("kong", "hung"), ("qian", "chien", "chin"),
    ("qiu", "chiu", "yau", "khoo"), ("gao", "kao", "ko"), ("qin", "chin", "chun"), ("jin", "chin", "kam", "kim"),
)


# The commonest Korean surnames in their Revised, McCune–Reischauer and everyday US spellings (one
# Hangul syllable each: 이 Lee/Yi/Rhee, 박 Park/Pak/Bak, 윤 Yoon/Yun; National Institute of Korean
# Language romanisation tables, and the spellings Korean Americans use). The twenty-fourth pass added the
# spellings the Ministry of Culture, Sports and Tourism's notice 2014-42 on romanisation lets a surname keep
# (백 baek, back, paik, pack; 노 no, noh, roh, ro, rho; 윤 yun, yoon, youn, yon; 임 im, lim, lym, leem, yim, rim)
# where no other surname of the table has them (its "bak" is 박's too, and is left there; holdout17 #306 Paik).
_KOREAN_SURNAMES: tuple[tuple[str, ...], ...] = (
    ("lee", "yi", "rhee", "ri", "rhie"), ("park", "pak", "bak", "bahk"), ("choi", "choe", "chey", "choy"),
    ("kang", "gang"), ("jung", "chung", "jeong", "cheong"), ("yoon", "yun", "youn", "yon"), ("kim", "gim"),
    ("cho", "jo"), ("shin", "sin", "shinn"), ("han", "hahn"), ("oh", "o"), ("seo", "suh"),
    ("kwon", "gwon"), ("hwang", "whang"), ("ahn", "an"), ("jang", "chang"), ("lim", "im", "yim", "rim", "lym", "leem"),
    ("jeon", "chun", "chon", "jun"), ("ko", "go", "koh"), ("moon", "mun"), ("bae", "pae"),
    ("baek", "paek", "baik", "paik", "back", "pack"), ("heo", "hur", "huh"), ("noh", "roh", "ro", "rho", "no"), ("kwak", "gwak"),
    ("yoo", "yu", "ryu", "rhyu"), ("son", "sohn"), ("um", "eom"), ("chae", "chai"), ("jin", "chin"),
    ("song",), ("nam",), ("min",), ("ha",), ("cha",), ("yang",), ("won",), ("hong",), ("jeong", "jung"),
)
_EAST_ASIAN_SURNAMES = _CHINESE_SURNAMES + _KOREAN_SURNAMES


def korean_surname(s: str) -> bool:
    """``s`` is one of the commonest Korean surnames in one of its spellings (_KOREAN_SURNAMES)."""
    return any(s in group for group in _KOREAN_SURNAMES)


def _korean_key(word: str) -> str:
    """One spelling for a Korean given name romanised by the Revised Romanization (2000: Jong-ho, Seo-yeon,
    Geun-hye), McCune–Reischauer (1939, South Korea's official system until 2000 and the North's, its
    breves and apostrophes dropped as US records drop them: Chong-ho, So-yon, Kun-hye) or everyday US
    spellings (Soo for su, Hee for hui's i): the vowels ㅓ (eo / o), ㅡ (eu / u) and the plain and aspirated
    consonants that MR writes voiceless at a word's start (g / k, d / t, b / p, j / ch) read as one."""
    w = word.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ee", "i").replace("sh", "s")
    w = w.replace("ch", "c").replace("j", "c").replace("g", "k").replace("d", "t").replace("b", "p")
    return w


def korean_agrees(listed: tuple[str, ...], mine: tuple[str, ...]) -> bool:
    """A Korean given name (``mine``: the syllables, one word or two) and the listed one are one name in
    two romanisations (_korean_key): Chong Ho for Jong-ho, Sooyeon for Su-yeon; not Jong Hoon for Jong-ho
    nor Seo Yun for Seo-yeon (ㅜ is no ㅓ). Whole names only, of two letters or more a syllable."""
    a, b = "".join(listed), "".join(mine)
    return a != b and min(len(t) for t in (*listed, *mine)) >= 2 and _korean_key(a) == _korean_key(b)


# A romanised Korean syllable (an initial, a vowel of one to three letters, a final), as a Korean given
# name entered in syllables (Jun-seo, Seo Yeon) is written
_KOREAN_SYLLABLE = re.compile(r"(?:ch|kk|tt|pp|ss|jj|sh|[bcdghjkmnprstwy])?[wy]?[aeiou]{1,3}(?:ng|[nmlkpt])?")
# Hangul syllables (the Unicode block of precomposed syllables): a card showing a Korean name in Hangul
_HANGUL = re.compile("[\uac00-\ud7a3]")
# The commonest Korean surnames in Hangul, as the spelling of _KOREAN_SURNAMES that US records use most
# (anyascii gives the Revised Romanization, which writes 이 "I", 박 "Bak", 김 "Gim": spellings Korean
# Americans rarely use). Korean names are written surname first, a one-syllable surname, no space.
_HANGUL_SURNAMES = {"이": "lee", "리": "lee", "박": "park", "김": "kim", "최": "choi", "정": "jung", "강": "kang",
                    "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo",
                    "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "yoo", "유": "yoo",
                    "홍": "hong", "전": "jeon", "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae",
                    "백": "baek", "허": "heo", "남": "nam", "노": "noh", "곽": "kwak", "채": "chae", "진": "jin",
                    "민": "min", "하": "ha", "차": "cha", "원": "won", "엄": "um", "구": "koo", "우": "woo"}


def read_hangul(text: str) -> Listed | None:
    """A listed name written in Hangul (이서연: surname first, glued) read as a US record writes it: the
    given name's syllables romanised and joined, then the surname in its everyday spelling ("seoyeon lee"),
    so that it is compared as any listed name (a Korean given name's other romanisations agree through
    ``korean_agrees``). None when the text holds no Hangul, a word is not Hangul throughout, or the
    surname is none of ``_HANGUL_SURNAMES`` (sixteenth pass, the eleventh held-out set's Hangul card)."""
    if not isinstance(text, str) or not _HANGUL.search(text[:300]):
        return None
    words = text[:300].split()
    if not words or len(words) > 3 or not all(all(_HANGUL.fullmatch(c) for c in w) for w in words):
        return None
    if len(words) == 1:
        word = words[0]
        if not 2 <= len(word) <= 4:
            return None
        surname, given = word[0], word[1:]
    else:  # "이 서연": the surname written apart
        surname, given = words[0], "".join(words[1:])
    if surname not in _HANGUL_SURNAMES or not given:
        return None
    romanised = "".join(t for c in given for t in tokens(c))
    return Listed((romanised, _HANGUL_SURNAMES[surname]), None, False)


@functools.cache
def _chinese_surname(s: str) -> frozenset[str]:
    """The groups ``s`` belongs to among the Chinese and Korean surnames' romanisations (empty if
    none)."""
    return frozenset(i for i, group in enumerate(_EAST_ASIAN_SURNAMES) if s in group)


def same(listed: str, mine: str) -> bool:
    """Equal, or equal with "?" standing for the one or two letters a broker could not print, or
    "St" glued to the rest of a Saint- surname ("Stvil" for Saint-Vil, "Stfleur" for Saint-Fleur)."""
    if listed == mine:
        return True
    for full, short in (("sainte", "ste"), ("saint", "st")):
        if mine.startswith(full) and listed.startswith(short) and listed[len(short):] == mine[len(full):] \
                and len(listed) > len(short) + 1:
            return True
    if "?" in listed:
        pattern = "".join(".{1,2}" if c == "?" else re.escape(c) for c in listed)
        return re.fullmatch(pattern, mine) is not None
    return False


def _runs(toks: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every contiguous run of tokens glued: (start, end, "".join)."""
    return [(i, j, "".join(toks[i:j])) for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)]


def _sig(toks: tuple[str, ...]) -> tuple[str, ...]:
    kept = tuple(t for t in toks if t not in PARTICLES)
    return kept or toks


def glued_and_cut(word: str, mine: tuple[str, ...]) -> tuple[str, ...]:
    """The person's surnames that ``word`` shows whole when it is two or more of them glued and the last one cut
    ("Ajpopcu" for Ajpop Cux, "Maradiagazel" for Maradiaga Zelaya): a broker's one surname field that drops the
    space between a Latin American's two surnames and cuts the rest at its length (NAMES.md, "Spanish and
    Latin American names": US records keep both surnames, one, or join them; a field cut as SURNAME_CUT_AT). At least two letters of the cut surname, and
    ``word`` no surname of its own; () otherwise. The cut one is not counted: only the whole ones agree
    (twenty-sixth pass, holdout19 #18, #120)."""
    if len(word) < 5 or _known_surname_word(word):
        return ()
    words = [t for t in mine if t not in PARTICLES]
    for a in range(len(words)):
        head = ""
        for b in range(a, len(words) - 1):
            head += words[b]
            rest = word[len(head):]
            if word.startswith(head) and 2 <= len(rest) < len(words[b + 1]) and words[b + 1].startswith(rest):
                return tuple(words[a:b + 1])
    return ()


def compare_surnames(listed: tuple[str, ...], mine: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """How the listed surname tokens agree with the person's: (level, the person's tokens that agreed)."""
    listed = tuple(SURNAME_ALIASES.get(t, t) for t in listed)
    mine = tuple(SURNAME_ALIASES.get(t, t) for t in mine)
    if not listed or not mine:
        return None
    if len(listed) == 1 and len(listed[0]) == 1 and mine != listed:
        # (a surname that is one letter in the person's own name is that surname: 이 romanised "I")
        # the surname shown as its initial only: the Tamil custom of writing the father's name (the
        # person's surname on US papers) as an initial, before or after the given name ("K Anbarasan",
        # "Murugan S"); the first surname of theirs that is not a particle
        first = next((t for t in mine if t not in PARTICLES), mine[0])
        return ("initial", (first,)) if first.startswith(listed[0]) else None
    # a particle on the listing is dropped only when the person's surname has it: "Van" in
    # "Lan Van Nguyen" is a Vietnamese middle name, not the Dutch particle
    lsig = tuple(t for t in listed if not (t in PARTICLES and t in mine)) or listed
    msig = _sig(mine)
    if any(t in PARTICLES and t not in mine for t in lsig) and not same("".join(listed), "".join(mine)):
        return None
    if same("".join(listed), "".join(mine)) or same("".join(lsig), "".join(msig)):
        return "full", msig
    if len(lsig) == 2 and len(lsig[0]) == 1:
        # an Ethiopian or Eritrean compound name cut by a form into its first half's initial and the rest
        # ("G Medhin" for Gebremedhin, "W Giorgis" for Woldegiorgis): which first half the initial
        # stood for is not shown (H is Haile or Habte), so a variant, not the name itself
        for t in msig:
            # the second element three letters or more: Yes (Iyesus) in Woldeyes, Gebreyes, Habteyes ("W/Yes";
            # twenty-sixth pass, holdout19 #250: four letters were asked for, Michael, Mariam, Medhin)
            lead = next((x for x in GEEZ_COMPOUND_LEADS if t.startswith(x) and len(t) - len(x) >= 3), None)
            if lead and t[0] == lsig[0] and same(lsig[1], t[len(lead):]):
                return "variant", (t,)
    # each listed part (a token, or a run of tokens glued) must be one of the person's parts
    my_parts = {s: tuple(t for t in mine[i:j] if t not in PARTICLES) or mine[i:j] for i, j, s in _runs(mine)}
    my_parts.update({s: msig[i:j] for i, j, s in _runs(msig)})
    hit: list[str] = []
    extra = 0
    variant = False
    i = 0
    toks = list(lsig)
    while i < len(toks):
        for j in range(len(toks), i, -1):  # the longest glued run first
            glued = "".join(toks[i:j])
            match = next((s for s in my_parts if same(glued, s)), None)
            if match is None and j == i + 1:
                match = next((s for s in my_parts if len(my_parts[s]) == 1 and spelling_variant(glued, s)), None) \
                    or next((s for s in my_parts if len(my_parts[s]) == 1 and _cut_short(glued, s)), None) \
                    or next((s for s in my_parts if len(my_parts[s]) == 1 and patronymic_form(glued, s)), None) \
                    or next((s for s in my_parts if len(my_parts[s]) == 1
                             and (hmong_clan(glued, s) or arabic_dh(glued, s) or kreyol_spelling(glued, s))), None)
                variant = variant or match is not None
                if match is None and (shown := glued_and_cut(glued, msig)):
                    hit += shown  # "Ajpopcu" for Ajpop Cux: the surname it shows whole agrees, no more
                    i = j
                    break
            if match is not None:
                hit += my_parts[match]
                i = j
                break
        else:
            # one more surname the profile lacks: a word, and one that is more often a surname than a
            # given name ("Vega Santos" yes; "Marisol R Vega", "Abdul Karim Hussein" no)
            if len(toks[i]) < 2 or share("given_names", toks[i]) > share("surnames", toks[i]):
                return None
            extra += 1
            i += 1
    if not hit:
        return None
    hit_t = tuple(dict.fromkeys(hit))
    if extra > 1 or (extra and len(lsig) < 2):
        return None
    if all(t in SAINT_PREFIX for t in hit_t) and not set(msig) <= set(hit_t):
        # only the Saint- of a Saint- surname agrees (Saint-Fort, Saint-Jean for Saint-Vil): the prefix
        # begins hundreds of Haitian and French surnames, the word after it is the name
        return None
    if extra:
        return "extra", hit_t
    if variant:
        return "variant", hit_t
    return ("full" if set(hit_t) >= set(msig) else "partial"), hit_t


# The first halves of Ethiopian and Eritrean compound names (Ge'ez "servant of", "power of", "plant of",
# "hope of"…: Gebremedhin, Woldemariam, Hailemariam, Teklehaimanot, Habtemariam, Tesfamariam, Kidanemariam),
# written glued, hyphenated or apart; US forms with a short surname field cut them to an initial
GEEZ_COMPOUND_LEADS = ("gebre", "ghebre", "gebra", "wolde", "welde", "walde", "haile", "hayle", "tekle", "tekla",
                       "habte", "tesfa", "kidane", "berhane", "fikre", "zere")
SURNAME_CUT_AT = 8  # a surname of more letters cut at a record's field length: Ndayishim for Ndayishimiye


_MONGOLIAN_GENITIVE = ("yn", "iin", "giin")  # -ii after n (Ganbaatar → Ganbaataryn, Tsogt → Tsogtyn, Bat-Erdene → -giin)
_TAJIK_RUSSIAN = ("ov", "ova", "ev", "eva")    # the Russian endings Tajik surnames dropped for -zoda after 2007


def patronymic_form(a: str, b: str) -> bool:
    """``a`` and ``b`` are one surname made from a father's name in two of its official forms: the Mongolian
    patronymic in the genitive case as passports and US records write it (Batbayaryn, Ganbaataryn, Ariunaagiin:
    "of Batbayar") and in the nominative the person gave; a Tajik surname in its Russian -ov/-ova form and the
    -zoda (-zod) form Tajikistan's 2007 and 2016 naming laws brought back (Nazarov / Nazarzoda). Eighteenth
    pass, holdout13 #250, #262."""
    for x, y in ((a, b), (b, a)):
        if len(y) >= 4 and x.startswith(y) and (x[len(y):] in _MONGOLIAN_GENITIVE
                                                or x[len(y):] == "ii" and y.endswith("n")):
            return True
        for end in _TAJIK_RUSSIAN:
            stem = y[:-len(end)]
            if y.endswith(end) and len(stem) >= 3 and x in (stem + "zoda", stem + "zod"):
                return True
    return False


NAME_FIELD_CUT_AT = 20  # a card's whole name this long or longer may have been cut at a broker's field length


def _surname_share(word: str) -> float:
    from optout.matching.frequency import share

    return share("surnames", word)


def _known_surname_word(word: str) -> bool:
    from optout.matching.frequency import known

    return known("surnames", word)


def _cut_short(listed: str, mine: str) -> bool:
    """``listed`` is the first ``SURNAME_CUT_AT`` or more letters of ``mine`` and is no surname of its
    own (Christen, a surname, is not Christensen cut short)."""
    from optout.matching.frequency import known

    return len(listed) >= SURNAME_CUT_AT and len(mine) > len(listed) and mine.startswith(listed) \
        and not known("surnames", listed)


TRUNCATED_AT = 10  # a broker's given-name field cut at 10 to 15 letters (Oluwafunmil for Oluwafunmilayo)
SHORT_FORM_AT = 4   # the first part of a long given name that its holder goes by (Karthik, Venkat, Bala)


def _short_form(listed: str, mine: str) -> bool:
    """``listed`` is the first part of the person's long given name, of ``SHORT_FORM_AT`` letters or more, with
    three letters or more cut, and a given name of its own (Karthik for Karthikeyan, Venkat for Venkatesh,
    Fritz for Fritzner): what Tamil, Telugu and Haitian men and women are called at work and on US records. Read as a variant, so the
    holders of the short form (every Karthik) count as namesakes in full. Checked after the other-sex forms
    and the US baby names by sex (Jose is no short form of Josefina, nor Christian of Christiana). Eighteenth
    pass, holdout13 #308."""
    if not (len(listed) >= SHORT_FORM_AT and len(mine) >= len(listed) + 3 and mine.startswith(listed)):
        return False
    if not known_given(listed) or listed in ABD or listed in HONORIFIC_GIVEN or listed in HONORIFIC_FULL:
        # the short form is a given name people carry on its own (Karthik, Venkat, Rose): the first element
        # that many names share is not (Igbo Chukwu-, Yoruba Oluwa-, Mongolian Enkh-, Arabic Abdul-,
        # Mohammad before a Persian name), and a sister's Enkhtuya begins as Enkhjargal does
        return False
    from optout.matching.frequency import sex_of

    return not ({sex_of(listed), sex_of(mine)} >= {"m", "f"})


@functools.cache
def _pinyin() -> frozenset[str]:
    """Every Mandarin syllable in pinyin without tones (~420), read from anyascii's romanisation of
    the CJK Unified Ideographs (U+4E00-U+9FFF): the library's table, not a list of our own; kept built
    in the cache directory during a run (:mod:`optout.matching._cache`), keyed by anyascii's version too."""
    from optout.matching import _cache

    return _cache.table("pinyin", _read_pinyin, kind=frozenset, data=None, code=__file__, library="anyascii")


def _read_pinyin() -> frozenset[str]:
    from anyascii import anyascii

    return frozenset(x for c in range(0x4E00, 0xA000) if (x := anyascii(chr(c)).lower()).isalpha() and len(x) <= 6)


def pinyin_syllables(word: str) -> tuple[str, ...] | None:
    """``word`` cut into pinyin syllables ("guoqiang" -> ("guo", "qiang")), or None when it is not
    pinyin. Syllables after the first begin with a consonant (a vowel-initial one is written after an
    apostrophe, Xi'an, which tokens drop), so Maria or Ahmed are not read as pinyin."""
    syllables = _pinyin()
    if not word or len(word) > 24:
        return None

    @functools.cache
    def cut(i: int) -> tuple[str, ...] | None:
        if i == len(word):
            return ()
        for j in range(min(len(word), i + 6), i, -1):
            piece = word[i:j]
            if piece in syllables and (i == 0 or piece[0] not in "aeiou"):
                rest = cut(j)
                if rest is not None:
                    return (piece, *rest)
        return None

    return cut(0)


# Wade-Giles (Taiwan's passports and records until 2009, and older mainland papers) against pinyin, with
# the apostrophe of the aspirates dropped as US records drop it (so ch is zh or ch, j or q; t is d or t):
# the initials and finals that differ (the Library of Congress "Pinyin Conversion Project" tables, 2000).
# A Taiwanese Chih-ming (志明) is Zhiming on a record that rewrote his name in pinyin.
_WG_FINALS: dict[str, tuple[str, ...]] = {"ung": ("ong",), "iung": ("iong",), "ieh": ("ie",), "ien": ("ian",),
                                          "uei": ("ui",), "eh": ("e",), "ueh": ("ue", "ve"), "o": ("o", "e", "uo")}
_WG_WHOLE: dict[str, tuple[str, ...]] = {"erh": ("er",), "yeh": ("ye",), "yen": ("yan",), "yung": ("yong",)}


@functools.cache
def wade_giles(syllable: str) -> frozenset[str]:
    """The pinyin syllables a Wade-Giles syllable written without apostrophes and umlauts may stand
    for ("chih" -> zhi, chi; "hsiao" -> xiao; "kuo" -> guo, kuo; "tzu" -> zi, ci), itself included when
    it is pinyin; empty when it is neither."""
    pinyin = _pinyin()
    if syllable in _WG_WHOLE:
        return frozenset(_WG_WHOLE[syllable])
    palatal = False
    for wg, py in (("hs", ("x",)), ("ch", ("zh", "ch")), ("ts", ("z", "c")), ("tz", ("z", "c")), ("ss", ("s",)),
                   ("sz", ("s",)), ("sh", ("sh",)), ("k", ("g", "k")), ("p", ("b", "p")), ("t", ("d", "t")),
                   ("j", ("r",))):
        if syllable.startswith(wg):
            rest = syllable[len(wg):]
            if wg == "ch" and rest.startswith(("i", "u")) and rest != "ih" and not rest.startswith("ua") \
                    and not rest.startswith("un") and rest != "u":
                py = ("j", "q")  # chi, chien, ching, chiu: the palatals (chih is zhi, chu is zhu)
                palatal = True
            initials = py
            break
    else:
        initials, rest = (syllable[:1],), syllable[1:]
        if syllable[:1] in "aeiouy":
            initials, rest = ("",), syllable
    finals = list(_WG_FINALS.get(rest, ()))
    if rest == "ih":
        finals.append("i")  # chih, shih, jih, tzu's retroflex and dental vowel
    if rest == "u" and initials in (("z", "c"), ("s",)):
        finals.append("i")  # tzu, tsu, ssu, szu: zi, ci, si
    if palatal and rest.startswith("u"):
        finals.append("v" + rest[1:])  # chü written chu: ju, qu
    finals.append(rest)
    out = {i + f for i in initials for f in finals} & pinyin
    if syllable in pinyin:
        out.add(syllable)
    return frozenset(out)


def wade_giles_agrees(listed: tuple[str, ...], mine: tuple[str, ...]) -> bool:
    """A given name in pinyin against one of two or more syllables in Wade-Giles, either way round:
    ``listed`` ("zhiming" or "zhi", "ming") and ``mine`` ("chih", "ming") are the same syllables when
    each listed syllable is one the other's may stand for. Two or more syllables, so a lone syllable
    (Chin for Jin) is never read so; at least one must differ (equal names are not a spelling)."""
    for a, b in ((listed, mine), (mine, listed)):
        cut_a = pinyin_syllables("".join(a)) if len(a) == 1 else a
        if cut_a is None or len(cut_a) < 2 or len(cut_a) != len(b) or tuple(cut_a) == tuple(b):
            continue
        if all(x == y or x in wade_giles(y) for x, y in zip(cut_a, b)):
            return True
    return False


def _pinyin_names_differ(listed: str, mine: str, least: int = 2) -> bool:
    """Two given names that are both ``least`` or more pinyin syllables and not the same: two names
    (国庆 Guoqing is not 国强 Guoqiang), whatever their spelling distance: each syllable is a
    character. Syllables written apart (Guo Qing) are compared one by one (``least`` 1)."""
    a, b = pinyin_syllables(listed), pinyin_syllables(mine)
    return a is not None and b is not None and len(a) >= least and len(b) >= least and a != b


# VIETNAMESE_SURNAMES: the commonest Vietnamese surnames (optout.person, which the searches read too)
_ONE_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*")


def _given_token(listed: str, mine: str, chinese: bool = False, least: int = 2,
                 vietnamese: bool = False) -> str | None:
    if same(listed, mine):
        return "exact"
    if vietnamese and _ONE_SYLLABLE.fullmatch(listed) and _ONE_SYLLABLE.fullmatch(mine) \
            and not nickname_of(listed, mine):
        # a Vietnamese given name is one syllable, each a word (Phúc "blessing", Phước "fortune"): records
        # keep its letters less the marks, so one letter more or another is another name, not a
        # spelling (Phuoc for Phuc, Hang for Ha); thirteenth pass
        return None
    # a cut that begins another given name of the SSA table as well ("Guillerm": Guillermina and Guillermo, often
    # the other sex's) names neither alone: no more than an initial agrees, and with nothing decisive a person
    # decides (twenty-ninth pass, review39; 58 such prefixes of 8+ letters). Only where a cut was read at all:
    # a cut that is a name of its own (Alexandr) is still read by the other-sex rules below
    if len(listed) >= TRUNCATED_AT and len(mine) > len(listed) and mine.startswith(listed):
        return "initial" if _other_given_starting(listed, mine) else "variant"
    if _ambiguous_cut(listed, mine):
        # a cut at a field's length that is another name of its own too (Marcelin, Alejandr) or begins a name of
        # the other sex (Francesc: Francesco's cut as well): the form cut the person's name there, so it is read as their name, not as
        # another (no_match) nor as a bare initial (whose odds sank "Francesc Rossi" under the ask threshold), and
        # ``cut_name_of_its_own`` has a person decide unless something decisive agrees (thirty-first pass)
        return "variant"
    if len(listed) >= SURNAME_CUT_AT and len(mine) > len(listed) and mine.startswith(listed) \
            and not known_given(listed):
        # a given name cut as a surname is (SURNAME_CUT_AT letters or more, and no name of its own): "Candelari"
        # for Candelaria is no given name anyone carries (twenty-sixth pass; the ten letters above hold for a cut
        # that may be a name of its own)
        return "initial" if _other_given_starting(listed, mine) else "variant"
    if language_form(listed, mine):
        return "variant"
    if arabic_spelling(listed, mine):
        # one of the commonest Arabic names in another romanisation (Mostafa for Mustapha, Noor for Nur): the
        # table was read for relatives only, so the person's own given name missed it (eighteenth pass)
        return "variant"
    if listed_form(listed, mine):
        return "variant"  # a form optout's own tables give (Mary for María): never "the other sex's" by its ending
    if other_gender(listed, mine):
        return None
    if not chinese and not vietnamese and _short_form(listed, mine):
        # (a Chinese or Vietnamese given name is syllables, each a name: Xiao is no short form of Xiaofang)
        return "variant"
    if chinese and _pinyin_names_differ(listed, mine, least):
        return None
    if _chinese_surname(listed) and _chinese_surname(mine):
        # two syllables of a Chinese or Korean given name: one surname's romanisations (Chen/Chin for
        # 陳) are not one given syllable's (珍 Chen, 琴 Chin): "Shu Chin" is not Shu-Chen
        return None
    if nickname_of(listed, mine):
        return "variant"
    if spelling_variant(listed, mine):
        return "variant"
    return None


def compare_given(listed: tuple[str, ...], mine: tuple[str, ...], surnames: tuple[str, ...],
                  chinese: bool = False, vietnamese: bool = False,
                  korean: bool = False) -> tuple[str, str, tuple[str, ...]] | None:
    """(given level, middle level, the person's given tokens that agreed) or None."""
    if not listed or not mine:
        return None
    best: tuple[int, tuple[str, str, tuple[str, ...]]] | None = None
    rank = {"exact": 4, "other": 3, "variant": 2, "initial": 1}
    # the lead: the first listed token(s) glued against a run of the person's given names
    for lj in range(1, len(listed) + 1):
        glued = "".join(listed[:lj])
        for i, j, mine_glued in _runs(mine):
            level = None
            if lj == 1 and len(glued) == 1:
                level = "initial" if mine_glued.startswith(glued) and i == 0 else None
            else:
                level = _given_token(glued, mine_glued, chinese, vietnamese=vietnamese)
                if level is None and chinese and wade_giles_agrees(listed[:lj], mine[i:j]):
                    level = "variant"  # Zhiming for a Taiwanese Chih-ming: Wade-Giles read as pinyin
                if korean and j - i >= 2 and all(_KOREAN_SYLLABLE.fullmatch(t) for t in mine[i:j]) \
                        and level != "exact" and not (lj == 1 and len(glued) == 1):
                    # a Korean given name of syllables (Jun-seo): one syllable's vowel or consonant more or
                    # other is another name (Jun-su, Jin-seo), not a spelling; only another romanisation of
                    # the same syllables agrees (Chun So for Jun-seo: McCune-Reischauer, Revised Romanization)
                    level = "variant" if korean_agrees(listed[:lj], mine[i:j]) else None
            if level is None:
                continue
            if level == "exact" and i > 0:
                level = "other"
            middle = _middle(listed[lj:], mine[:i] + mine[j:], surnames, chinese, vietnamese)
            if middle is None:
                continue
            score = rank[level] * 10 + {"agrees": 3, "absent": 2, "differs": 1, "conflicts": 0}[middle]
            if best is None or score > best[0]:
                best = (score, (level, middle, mine[i:j]))
    return best[1] if best else None


def _middle(rest: tuple[str, ...], unused: tuple[str, ...], surnames: tuple[str, ...],
            chinese: bool = False, vietnamese: bool = False) -> str | None:
    """The listed tokens after the lead against the person's unused given names."""
    if not rest:
        return "absent"
    if not unused:
        # the profile has no more given names: an initial of the first surname agrees ("Maria G Lopez"),
        # anything else is a middle name the profile does not know of
        if all(len(t) == 1 and any(s.startswith(t) for s in surnames) for t in rest):
            return "agrees"
        return "absent" if len(rest) == 1 else None
    agreed = 0
    conflict = False
    for t in rest:
        if any(u.startswith(t) if len(t) == 1
               else (t.startswith(u) if len(u) == 1 else _given_token(t, u, chinese, 1, vietnamese))
               for u in unused):  # an initial on either side agrees with the name it begins
            agreed += 1
        elif len(t) == 1 and any(s.startswith(t) for s in surnames):
            agreed += 1
        elif any(t == "".join(unused[a:b]) for a, b in combinations(range(len(unused) + 1), 2)):
            agreed += 1
        elif len(t) > 1:
            conflict = True  # a whole given name the person does not have ("Abdul Karim" for Abdul Rahman)
    if agreed == len(rest):
        return "agrees"
    return "conflicts" if conflict else "differs"


def inner_initials(shown: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """A one-part name of three words or more (Karen, Chin: Par Tha Sung) as a US record's "First M Last" writes
    it: its first and last words whole, each word between them as its initial ("Par T Sung"), in order. US
    records squeeze every name into first, middle and last fields and print the middle one as an initial
    (/work/shared/NAMES.md, its first lines and "Maria J Garcia"; twenty-fifth pass, holdout18 #24). Another
    initial ("Par K Sung") or a word left out ("Par Sung", the sixteenth pass's part of one name) is not this."""
    return len(name) >= 3 and len(shown) == len(name) and shown[0] == name[0] and shown[-1] == name[-1] \
        and any(len(t) == 1 for t in shown[1:-1]) \
        and all(t == w or len(t) == 1 and w.startswith(t) for t, w in zip(shown[1:-1], name[1:-1]))


# The eighteen Hmong clans (xeem) in their common English spellings, as Wikipedia's "Hmong customs and culture"
# (Social organization) tables them: Fang, Hang, Her/Hue/Heu, Khang/Kha, Kong, Kue, Lor/Lo/Lau, Lee/Ly, Moua, Pha,
# Tang, Thao/Thoa/Tho, Cha/Tcha/Cheng (and Chang), Chue/Chu, Vang/Veng, Vue, Xiong, Yang. A Hmong given name is one
# or two syllables, each a word ("Pa Nhia", "Mai Nou"), as a Cantonese, Korean or Vietnamese one.
HMONG_CLANS = frozenset({"fang", "hang", "her", "hue", "heu", "khang", "kha", "kong", "kue", "lor", "lo", "lau",
                         "lee", "ly", "moua", "pha", "tang", "thao", "thoa", "tho", "cha", "tcha", "cheng", "chang",
                         "chue", "chu", "vang", "veng", "vue", "xiong", "yang"})


def syllable_name(surnames: tuple[str, ...]) -> bool:
    """The person's family name is of a tradition whose given name is one name written in syllables, each a
    word (Cantonese and Mandarin Ka Wai, Mei Ling; Korean Ji Hoon; Vietnamese Thi Lan; Hmong Pa Nhia): one of
    the Chinese, Korean, Vietnamese surnames or Hmong clans the matcher's tables hold. Thirty-first pass."""
    return any(_chinese_surname(t) or t in VIETNAMESE_SURNAMES or korean_surname(t) or t in HMONG_CLANS
               for t in surnames)


def _western_given(word: str) -> bool:
    """``word`` is a given name the Census 2020 first-name table (``frequency.group_mix``) gives more than half to one
    of the White, Black or Hispanic groups (``frequency._NARROW``): John, Paul, Trent. Unknown words are not."""
    from optout.matching.frequency import group_mix

    mix = group_mix("given_names", word)
    return mix is not None and max(mix["white"], mix["black"], mix["hispanic"]) > 0.5


def syllable_initials(shown: tuple[str, ...], given: tuple[str, ...], surnames: tuple[str, ...]) -> bool:
    """A given name of two syllables or more, of a tradition that writes each as a word (``syllable_name``),
    shown by a US record's "First M Last" with its first syllable whole and a later one only as its initial,
    beside the whole family name ("Ka W Wong" for Ka Wai Wong, "Pa N Vang" for Pa Nhia Vang), in either order.
    US forms print a second given word as a middle initial (/work/shared/NAMES.md), but here the initial
    is half of one name: "Ka W" is Ka Wai, Ka Wing, Ka Wah, Ka Wo alike, names a community shares far more
    than the US tables that set the prior know (review39, thirty-first pass; ``inner_initials`` is the same
    reading for a one-part name). Another initial ("Ka M Wong") or a word left out is not this, nor a given
    name with a word of more than one syllable (Latrice Monique Lee, John Michael Young)."""
    if len(given) < 2 or not surnames or not syllable_name(surnames) \
            or not all(_ONE_SYLLABLE.fullmatch(w) for w in given):
        # each given word one syllable (Ka, Wai, Thanh, Huong, Nhia): Lee, Young, Law and Moon are English
        # surnames too, and "Latrice M Lee" for Latrice Monique Lee is a Western middle initial
        return False
    if all(_western_given(w) for w in given):
        # every given word a name the Census first-name table gives mostly to the White, Black or Hispanic group
        # (John 83% White, Paul 82%; Ka, Wai, Thi, Nhia, Minh 84-99% Asian and Pacific Islander): two given names
        # of an English, African American or Hispanic first + middle form, not one name's syllables, so "John P
        # Lee" for John Paul Lee is the ordinary middle initial (thirty-third pass; Lee is an English surname as
        # well as 李 and a Hmong clan). Kim (73% White in the table) beside Anh is still one Vietnamese name's two
        # syllables: one word of the tradition is enough to keep the rule
        return False
    n = len(given)
    for g, rest in ((shown[:n], shown[n:]), (shown[len(shown) - n:], shown[:len(shown) - n])):
        if len(g) == n and tuple(rest) == tuple(surnames) and g[0] == given[0] \
                and any(len(t) == 1 for t in g[1:]) \
                and all(t == w or len(t) == 1 and w.startswith(t) for t, w in zip(g[1:], given[1:])):
            return True
    return False


# The lengths at which brokers' and agencies' forms cut a given name (thirty-first pass, review39: "Francesc"
# for Francesca at 8): 8 as SURNAME_CUT_AT, and 10, 12 and 15 within TRUNCATED_AT's 10 to 15 letters (the
# given-name fields of the record layouts the matcher's cut rules were read from)
FIELD_CUT_LENGTHS = frozenset({8, 10, 12, 15})


def cut_name_of_its_own(shown: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """A word of the card is one of the person's given names cut at a field's length into another given name
    (``_ambiguous_cut``: Francesc for Francesca, also Francesco's cut; Alejandr for Alejandra or Alejandro;
    Alexandr for Alexandra): the card names the person or the other name's holder alike (thirty-first pass)."""
    return any(_ambiguous_cut(t, w) for t in shown for w in given)


def _ambiguous_cut(listed: str, mine: str) -> bool:
    """``listed`` is ``mine`` cut at a field's length (``field_cut``) and also another given name: a name of
    its own that ``other_gender`` reads as another (Marcelin for Marcelina, Alejandr, Gabriell), or the
    beginning of a name of the other sex (``frequency.other_sex_starting``: Francesc, Francesco's cut too).
    Not the cuts the SSA table holds as names only because records cut them (Guadalup, Elizabet, Christop:
    the same name, the same sex), which agree as before."""
    from optout.matching.frequency import other_sex_starting

    return field_cut(listed, mine) and (known_given(listed) and other_gender(listed, mine)
                                        or other_sex_starting(listed, mine))


def field_cut(listed: str, mine: str) -> bool:
    """``listed`` is ``mine`` cut at one of ``FIELD_CUT_LENGTHS`` letters exactly, whatever else it is: a
    name of its own ("Francesc", Catalan, for Francesca; "Marcelin" for Marcelina) is still what a form cut
    it to, so it is not another name; it agrees no more than an initial, and a person decides."""
    return len(listed) in FIELD_CUT_LENGTHS and len(mine) > len(listed) and mine.startswith(listed)


def compare(listed: Listed, forms: list[tuple],
            nicknames: tuple[str, ...] = ()) -> NameAgreement | None:
    """The best agreement of a listed name with any of the person's name forms
    (``(kind, given tokens, surname tokens)``), or None when no split agrees on both parts."""
    toks = listed.tokens
    if len(toks) >= 3 and toks[0] in BURMESE_HONORIFICS \
            and not any(toks[0] in given or toks[0] in surnames for _kind, given, surnames, *_ in forms) \
            and not any(HONORIFIC_SEX.get(t, HONORIFIC_SEX[toks[0]]) != HONORIFIC_SEX[toks[0]]
                        for _kind, given, *_ in forms for t in given[:1]):
        toks = toks[1:]  # "Naw Hser Nay Moo" for Hser Nay Moo: the honorific is not her name
    if len(toks) >= 3 and toks[0] in RELIGIOUS_TITLES \
            and not any(toks[0] in given or toks[0] in surnames for _kind, given, surnames, *_ in forms):
        toks = toks[1:]  # "Sheikh Salim Abdallah", "Rev. Hone Parata": the title is not his name
    toks = without_leading_honorific(toks, forms)  # "Mst Nasima Khatun": Mosammat is no name of hers
    # a title kept because the person's surname is that word (Ahmed Imam, Daniel Bishop, Grace Deacon): the card
    # "Imam Ahmed Hassan" reads two ways, their name family first with a middle name they never gave, or the imam
    # Ahmed Hassan; a whole word they do not have after it is that other person's name (probe pass 24)
    titled = len(toks) >= 3 and toks[0] in RELIGIOUS_TITLES
    candidates: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (given, surnames)
    if len(toks) == 1:
        candidates.append((toks, toks))  # a one-part name: "Sathya"
    for k in range(1, len(toks)):
        if listed.surname_first:
            candidates.append((toks[:k], toks[k:]))  # read_listed put the given part first
            if k == len(toks) - 1:
                # and the card's order against a profile entered family name first, as on the papers
                # ("NDIAYE" / "Fatou" for Fatou Ndiaye; a volunteer's trial, 2026-12-01): the other reading
                # of a card without a comma ("Ndiaye Fatou") already meets such a profile
                candidates.append((toks[k:], toks[:k]))
            continue
        candidates.append((toks[:k], toks[k:]))  # given names first
        candidates.append((toks[len(toks) - k:], toks[:len(toks) - k]))  # family name first
    # a Kerala or Tamil name as its records write it: the house name and the father's name as initials beside
    # the given name, before or after it ("P V Sebastian", "Sebastian P V" for Sebastian Varghese
    # Puthenveettil): each initial read as the surname's, the others as middle initials (nineteenth pass,
    # holdout12 #295; one initial beside a given name, "Sebastian P", was read already)
    initials = len(toks) >= 3 and not listed.surname_first and (
        all(len(t) == 1 for t in toks[:-1]) and len(toks[-1]) >= 3 or all(len(t) == 1 for t in toks[1:]) and len(toks[0]) >= 3)
    if initials:
        word, letters = (toks[-1], toks[:-1]) if len(toks[-1]) >= 3 else (toks[0], toks[1:])
        for i, letter in enumerate(letters):
            candidates.append(((word, *letters[:i], *letters[i + 1:]), (letter,)))
    # a Telugu name as its records write it: the family (house) name first, as an initial, before the given names
    # in full ("K Srinivasa Rao" for Srinivasa Rao Kalyan; Wikipedia, "Telugu names", read with the search tool:
    # the family or house name comes first and is frequently abbreviated, as in P. V. Narasimha Rao). Read as a
    # surname initial, the weakest surname agreement (x0.05): the given names and the card's evidence decide, and
    # without a decisive kind a person does (twenty-fifth pass)
    lead_initial = len(toks) >= 3 and not listed.surname_first and len(toks[0]) == 1 \
        and all(len(t) >= 2 for t in toks[1:])
    if lead_initial:
        candidates.append((toks[1:], toks[:1]))
    # the reading kept is the one with the most weight: the same factors as the matcher's prior
    best: tuple[float, NameAgreement] | None = None
    s_w = {"full": 1.0, "partial": 0.8, "extra": 0.5, "variant": 0.3, "initial": 0.05}
    g_w = {"exact": 1.0, "other": 0.5, "variant": 0.25, "initial": 0.02}
    m_w = {"agrees": 6.0, "absent": 1.0, "differs": 0.08, "conflicts": 0.01}
    for idx, (kind, given, surnames, words, *rest) in enumerate(forms):
        joined = rest[0] if rest else ()
        bare = given[1:] if len(given) > 1 and given[0] in BURMESE_HONORIFICS else given
        if len(toks) == 1 and given != surnames and len(bare) + len(surnames) >= 2 and not rest[1:] \
                and same(toks[0], "".join(bare) + "".join(surnames)):
            # the whole name glued into one word, the other field "FNU" (Htoopaw for Htoo Paw, a Burmese
            # name a US form split; the honorific Naw or Saw a volunteer entered is never on it): letter for
            # letter, the name itself (thirteenth pass)
            agreement = NameAgreement("exact", "full", "absent", bare, surnames, idx, kind)
            if best is None or 1.0 - idx * 1e-6 > best[0]:
                best = (1.0 - idx * 1e-6, agreement)
            continue
        shown_whole = tuple(t for t in toks if t not in FILLERS)
        if given == surnames and len(bare) >= 2 and len(bare) < len(given) and not rest[1:] \
                and shown_whole == bare:
            # a Karen or Burmese one-part name entered with its honorific (Saw Eh Htoo, Naw Hser Paw) shown
            # without it, whole and in order, alone or beside "FNU" in the other field ("Eh Htoo", "Fnu Eh
            # Htoo"): the honorific is a title, not a name, so this is the name itself, as the glued form above
            # is (twenty-second pass, holdout15 #245; the name's last word alone after the honorific, "Saw
            # Htoo", is any Karen man's whose name ends so, and stays unread)
            agreement = NameAgreement("exact", "full", "absent", bare[:-1], bare[-1:], idx, kind)
            if best is None or 1.0 - idx * 1e-6 > best[0]:
                best = (1.0 - idx * 1e-6, agreement)
            continue
        if len(toks) == 2 and given == surnames and len(given) == 1 and min(len(t) for t in toks) >= 3 \
                and same("".join(toks), given[0]):
            # a one-part name a US form cut in two (Sugi Harto for an Indonesian Sugiharto, a single name
            # entered in both fields): letter for letter, the name itself (fourteenth pass)
            agreement = NameAgreement("exact", "full", "absent", given, surnames, idx, kind)
            if best is None or 1.0 - idx * 1e-6 > best[0]:
                best = (1.0 - idx * 1e-6, agreement)
            continue
        if len(toks) == 2 and given == surnames and len(given) >= 3 and toks[0] not in BURMESE_HONORIFICS \
                and same(toks[0], given[0]) and same(toks[1], given[-1]) and not rest[1:]:
            # a one-part name of three words or more shown as its first and last (Paw Wah for a Karen woman's
            # Paw Ku Wah: a US form's first and last name fields): part of one name, as half of a hyphenated
            # surname is ("surname part", x0.05), since "Paw Wah" is also another woman's whole name; her
            # phone, street or family must decide (sixteenth pass, the eleventh held-out set's #44)
            agreement = NameAgreement("exact", "partial", "absent", given[:1], given[-1:], idx, kind,
                                      part_of_one=True)
            if best is None or 0.8 * 0.05 - idx * 1e-6 > best[0]:
                best = (0.8 * 0.05 - idx * 1e-6, agreement)
            continue
        # a nickname stands for the first given name; the others still count ("Pepe L Perez")
        givens = [given] + [(n,) + given[1:] for n in nicknames]
        # or is shown before all of them: the English name an immigrant took, then the given name ("Kevin Minh
        # Nguyen", "David Wei Chen"), which is theirs, not a middle name they lack (seventeenth pass)
        givens += [(n,) + given for n in nicknames if n not in given]
        form_candidates = candidates
        if len(toks) >= 3 and not listed.surname_first and len(given) >= 2 and _east_asian(surnames):
            # the English name first, then the name in home order, family name before the given names
            # ("Kelvin Ong Wei Siang", "Grace Kim Min Ji", "Peter Nguyen Van An"): how Malaysian, Singaporean,
            # Hong Kong, Korean and Vietnamese papers and cards write a person who uses an English name
            # (twentieth pass, holdout14 #288)
            # only with every given name shown as it is theirs: read looser, "Chia-Hui Chang" split Chia-Hui
            # into a given name and a surname (holdout12 #328 lost its reading)
            form_candidates = candidates + [((toks[0],) + toks[j:], toks[1:j]) for j in range(2, len(toks))
                                             if (toks[0],) + toks[j:] == given]
        cut_known: set[str] = set()  # a surname of theirs read from a cut word that is a surname of its own
        after_particle = len(toks) >= 3 and toks[-2] in PARTICLES and toks[-2] in surnames
        if len(" ".join(toks)) >= NAME_FIELD_CUT_AT and len(toks) >= 2 \
                and (len(toks[-1]) >= 3 or after_particle) and not listed.surname_first:
            # a whole name cut at a broker's field length (20 to 30 characters), mid-surname ("Yorbelis Carolina
            # Gutierr" at 25): the last word, the start of a surname of theirs and no surname of its own, is
            # that surname (twentieth pass, holdout14 #1; a surname alone was read cut only at 8 letters). After
            # a particle of their surname a letter or two is enough ("Ferreira Da R" at 31 for Ferreira da
            # Rocha): a particle begins a surname (NAMES.md: de, da, dos, van, al), so the word after it is no
            # initial, and it must be the word after that particle in their own surname (twenty-fourth pass,
            # holdout17 #189)
            whole = next((t for t in surnames if len(t) > len(toks[-1]) and t.startswith(toks[-1])), None)
            if len(toks[-1]) < 3:
                at = [i for i in range(1, len(surnames)) if surnames[i - 1] == toks[-2]]
                whole = next((surnames[i] for i in at
                              if len(surnames[i]) > len(toks[-1]) and surnames[i].startswith(toks[-1])), None)
            if whole is not None and _known_surname_word(toks[-1]) and len(toks[-1]) >= 3 \
                    and _surname_share(whole) >= _surname_share(toks[-1]):
                # the cut word is a surname of its own, rarer than theirs ("Ketankumar Rameshbhai Pate" at 26 for
                # Patel, "Ma Theresa Dimaculangan Sor" at 27 for Soriano; Census 2010): read as a spelling variant
                # of theirs, so that every holder of the name as shown (each Ketankumar Pate) counts as a namesake
                # in full (_name_odds), and never as their surname agreeing whole (twenty-sixth pass, holdout19
                # #193, #309: "name differs" before). A cut word commoner than theirs is that family's name
                # ("Rosa Guadalupe Santos" for Santoscoy, probe pass 21)
                cut_known.add(whole)
                form_candidates = form_candidates + [(toks[:k], (*toks[k:-1], whole)) for k in range(1, len(toks))]
            form_candidates = form_candidates + cut_beside_whole(toks, surnames, whole)
            if whole is not None and not _known_surname_word(toks[-1]):
                # a letter or two after a particle fits many surnames (Da S: Silva, Silveira, Souza), so the card
                # is read as the part it shows, the particle and its letters left out ("Ferreira" of "Ferreira Da
                # R"), never as their whole surname agreeing (review 37: "Maria Dos Santos Da S" was submitted as
                # Maria dos Santos da Silva at 0.95, above the uncut card of another woman, "… Da Silveira")
                cut = (*toks[:-1], whole) if len(toks[-1]) >= 3 else toks[:-2]
                form_candidates = form_candidates + [(cut[:k], cut[k:]) for k in range(1, len(cut))]
        form_candidates = form_candidates + given_cut_after_particle(toks, given)
        form_candidates = form_candidates + sikh_initial(toks, surnames) + without_bin(toks, kind)
        form_candidates = form_candidates + cut_particle_tail(toks, kind, forms)
        for given_part, surname_part in form_candidates:
            s = compare_surnames(surname_part, surnames)
            if s is not None and cut_known & set(surname_part) and s[0] in ("full", "partial"):
                s = ("variant", s[1])
            if s is None or kind in ("patronymic", "third given") \
                    and (s[0] not in ("full", "variant") or len(given_part) > len(given)):
                continue  # the given-names reading: "Abdirahman Hassan" (or Hasan, Xasan), nothing more
            if s[0] == "initial" and (len(toks) != 2 and not (initials or lead_initial) or len(given_part[0]) < 2):
                continue  # only a whole given name beside the initial ("K Anbarasan"), nothing more
            for gi, g_tokens in enumerate(givens):
                if not g_tokens:
                    continue
                # a middle initial may stand for a surname the listing does not show ("Maria G Lopez"),
                # never for the one it shows ("Tam T Tran" is not Tâm Trần's initial)
                unshown = tuple(t for t in surnames if t not in surname_part and t not in PARTICLES)
                # a Chinese surname of theirs: their given name may be pinyin, a character per syllable
                chinese = any(t in group for t in surnames for group in _CHINESE_SURNAMES)
                vietnamese = any(t in VIETNAMESE_SURNAMES for t in surnames) and not chinese
                korean = any(korean_surname(t) for t in surnames)
                g = compare_given(given_part, g_tokens, unshown, chinese, vietnamese, korean)
                if g is None:
                    continue
                if titled and surname_part[:1] == toks[:1] \
                        and any(len(t) > 1 and t not in g_tokens and t not in surnames for t in toks[1:]):
                    g = (g[0], "conflicts", g[2])  # "Imam Ahmed Hassan" for Ahmed Imam: the imam Ahmed Hassan
                if len(rest) > 1 and (g[0] not in ("exact", "other") or s[0] not in ("full", "partial")):
                    continue  # a form with letters deleted agrees letter for letter, never as a variant
                if g[1] == "agrees" and any(len(grp) > 1 and (set(grp) <= set(given_part) or korean
                                                              and korean_agrees(given_part, grp)) for grp in joined):
                    # "Ji Hoon" is Ji-hoon written in two words: one given name, not a middle name agreeing
                    grp = next(grp for grp in joined if len(grp) > 1 and (set(grp) <= set(given_part) or korean
                                                                          and korean_agrees(given_part, grp)))
                    g = (g[0], "absent", grp)
                if g_tokens == surnames and len(g_tokens) > 1 and gi == 0 \
                        and sorted(toks) != sorted(g_tokens) and "".join(toks) != "".join(g_tokens) \
                        and not inner_initials(toks, g_tokens):
                    continue  # a one-part name (Karen, Chin: Hser Paw) is shown whole, in either order
                if s[0] == "extra" and not listed.surname_first and len(g[2]) < len(g_tokens) \
                        and g[1] == "absent" and not any(same(surname_part[0], t) for t in surnames):
                    # the word before their surname stands where their own second given name would:
                    # "Wai Keung Kwok" for Wai Man Kwok, "Hye Jung Yoon" for Hye-jin, is another given
                    # name, not one more surname (that one follows theirs: "Marisol A Vega Santos")
                    continue
                # a nickname the person gave (a one-word alias) is a name they go by: "other", not a variant. An
                # initial stays an initial whichever of their names it stands for: "M Rahman" for Mizanur Rahman,
                # who goes by Mizan, is no nearer to him than to any M. Rahman (twenty-fifth pass, holdout18 #62:
                # read as a spelling variant through the nickname, 0.25 against an initial's 0.02, and submitted)
                g_level = g[0] if gi == 0 or g[0] == "initial" else "other" if g[0] == "exact" else "variant"
                shown = "".join(given_part)
                half = any(set(g[2]) < set(grp) and "".join(grp) not in shown for grp in joined)
                weight = g_w[g_level] * s_w[s[0]] * m_w[g[1]] * (0.1 if half else 1) * (1 - idx * 1e-6)
                agreement = NameAgreement(g_level, s[0], g[1], g[2], s[1], idx, kind,
                                          part_of_one=s[0] == "partial" and words < 2, part_of_given=half)
                if best is None or weight > best[0]:
                    best = (weight, agreement)
    return best[1] if best else None


def _east_asian(surnames: tuple[str, ...]) -> bool:
    """A Chinese, Vietnamese or Korean surname among ``surnames``: a name written family name first at home."""
    return any(t in group for t in surnames for group in _CHINESE_SURNAMES) \
        or any(t in VIETNAMESE_SURNAMES for t in surnames) or any(korean_surname(t) for t in surnames)


COMMON_SURNAME = 20e-5  # 20 in 100,000 people: about the 1,000 commonest US surnames


def _surname_words(word: str) -> int:
    """How many surnames one written word holds: "García-López" two (two common surnames joined,
    the Spanish way), "Pierre-Louis" or "Saint-Fleur" one (a hyphenated surname)."""
    parts = [t for t in tokens(word) if t not in PARTICLES]
    if len(parts) > 1 and all(share("surnames", t) >= COMMON_SURNAME for t in parts):
        return len(parts)
    return 1


def _saints_glued(form):  # type: ignore[no-untyped-def]
    """``form`` with a saint's surname written as one word ("San Martín" → "SanMartín", "Gómez San José" → "Gómez",
    "SanJosé"; ``optout.person.SAINT_SURNAME_HEADS``): one surname, which a card shows whole, glued or hyphenated
    ("San Martin", "Sanmartin", "San-Martin", all read against the glued word), never as "San" or "Martín" alone,
    other families' names (issue 10, pass 36). Any other form as it is."""
    words = [w for s in form.surnames for w in s.split()]
    if not any(saint_head(w) for w in words[:-1]):
        return form
    out: list[str] = []
    for w in words:
        if out and saint_head(out[-1]) and w.lower().strip(".") not in PARTICLES:
            out[-1] += w
        else:
            out.append(w)
    return form.model_copy(update={"surnames": out})


def person_forms(person) -> list[tuple[str, tuple[str, ...], tuple[str, ...], int]]:  # type: ignore[no-untyped-def]
    """The person's name forms as (kind, given tokens, surname tokens, number of surnames): "García
    López" is two surnames, "Pierre-Louis" and "Saint-Fleur" one (written with a hyphen)."""
    out = []
    deleted: list[tuple] = []
    for f in person.name_forms():
        f = _saints_glued(f)
        given = tuple(t for g in f.given for t in tokens(g))
        surnames = tuple(t for s in f.surnames for t in tokens(s))
        # a suffix typed into the name ("Smith Jr."): not part of it (see person_suffix)
        while len(surnames) > 1 and surnames[-1] in SUFFIX_WORDS:
            surnames = surnames[:-1]
        if not given and surnames:
            given = surnames  # a one-part name entered as a surname only
        if given and not surnames:
            surnames = given  # a one-part name entered as a given name only
        words = sum(_surname_words(w) for s in f.surnames for w in s.split() if w.lower() not in PARTICLES)
        # given names written as one hyphenated word (Min-jun, Jean-Baptiste): their tokens together
        joined = tuple(tuple(tokens(w)) for g in f.given for w in g.split() if "-" in w and len(tokens(w)) > 1)
        if given or surnames:
            out.append((f.kind, given[:MAX_TOKENS], surnames[:MAX_TOKENS], words, joined))
            if len(given) == 1 and given[0] in VIETNAMESE_SURNAMES and len(surnames) == 2 \
                    and surnames[0] in ("van", "thi"):
                # a Vietnamese name entered in the papers' order, the family name in the first-name field
                # ("Trương" / "Văn Khải": a volunteer's trial, 2026-12-01): read as written the right way
                # round too (given Khải with Văn, surname Trương), after the form as written
                deleted.append((f.kind, (surnames[1], surnames[0]), given, 1, (), len(out) - 1))
            called = vietnamese_called([w for g in f.given for w in g.split()], list(f.surnames),
                                       getattr(person, "language", None))
            if called is not None and len(given) >= 2 and given[0] in VIETNAMESE_MIDDLE_NAMES:
                # a Vietnamese middle name first ("Văn Khải" Trương): US records print the name he is
                # called by, his last given word, first ("Khai Truong", "Khai V Truong", "Khai Van
                # Truong"; issue 10, trial44): read with it first and the middle name after it
                deleted.append((f.kind, (given[-1], *given[:-1])[:MAX_TOKENS], surnames, words, (), len(out) - 1))
            if len(surnames) > 1 and surnames[-1] in GENERATION_WORDS:
                # a generation word after the surnames (Portuguese Filho, Neto, Sobrinho; Spanish hijo):
                # not a surname; read without it too ("Joao Oliveira" for João Pedro dos Santos Oliveira
                # Filho, whose suffix, Jr, is read by person_suffix), after the form as written
                deleted.append((f.kind, given, surnames[:-1], words, (), len(out) - 1))
            # a broker that cannot print a letter may delete it ("Gity" for Güity, "Muoz" for Muñoz):
            # the same name without its letters outside ASCII is read after every other form, and names
            # the form it comes from (a sixth field), so it never counts as another of their names
            given_d = tuple(t for g in f.given for t in tokens(_deleted(g))) or given
            surnames_d = tuple(t for w in f.surnames for t in tokens(_deleted(w))) or surnames
            while len(surnames_d) > 1 and surnames_d[-1] in SUFFIX_WORDS:
                surnames_d = surnames_d[:-1]
            if (given_d, surnames_d) != (given, surnames) and len(given_d) == len(given) \
                    and len(surnames_d) == len(surnames):
                deleted.append((f.kind, given_d[:MAX_TOKENS], surnames_d[:MAX_TOKENS], words, (), len(out) - 1))
            # ä, ö, ü written ae, oe, ue, as German records and passports write them (Schröder as Schroeder,
            # Müller as Mueller; Turks who lived in Germany: Özdemir as Oezdemir): the same name, letter for
            # letter, read after the form as written (twentieth pass, holdout14 #60; transliterated, ö is o,
            # and "Schroeder" read as a spelling variant of "Schroder" only)
            given_e = tuple(t for g in f.given for t in tokens(_umlaut_e(g))) or given
            surnames_e = tuple(t for w in f.surnames for t in tokens(_umlaut_e(w))) or surnames
            while len(surnames_e) > 1 and surnames_e[-1] in SUFFIX_WORDS:
                surnames_e = surnames_e[:-1]
            if (given_e, surnames_e) != (given, surnames) and len(given_e) == len(given) \
                    and len(surnames_e) == len(surnames):
                deleted.append((f.kind, given_e[:MAX_TOKENS], surnames_e[:MAX_TOKENS], words, (), len(out) - 1))
            # a surname with "de" shortened to D' before a consonant, D'Souza, D'Costa, D'Mello, D'Cruz, D'Silva
            # (Goan, Mangalorean and East Indian Catholic names from Portuguese): records write it with the
            # particle whole ("De Souza", "De Costa") or without it ("Souza"), as they do a name entered
            # "De Souza" (twenty-second pass, holdout15 #355, #360: "name differs"). Read as the same surname
            # with "de" before it, letter for letter, after the form as written. Not before a vowel or h
            # (D'Angelo, D'Amico, D'Haïti): there the particle is elided as the language requires, and the
            # word without it is not how their records write the name
            elided = [re.sub(r"^[dD][" + _ELISIONS + r"]\s*(?=[^\W\daeiouhAEIOUH])", "de ", w) for w in f.surnames]
            if elided != list(f.surnames):
                surnames_p = tuple(t for w in elided for t in tokens(w))
                if len(surnames_p) <= MAX_TOKENS:
                    deleted.append((f.kind, given[:MAX_TOKENS], surnames_p, words, (), len(out) - 1))
            # a Kyrgyz or Kazakh patronymic surname, the father's name and "daughter of" / "son of" (Tilek kyzy,
            # Bakyt uulu, Nurlan uly, Serik qyzy), is written in Soviet and Russian records, and on many US ones
            # copied from them, as a Russian surname on the father's name (Tilekova, Bakytov): the same name.
            # Read so, letter for letter, after the form as written (twenty-second pass, holdout15 #281)
            m = re.fullmatch(r"(\w{3,})\s*-?\s*(kyzy|kizi|qyzy|gyzy|uulu|uly|ulu)", " ".join(surnames))
            if m:
                stem, daughter = m.group(1), m.group(2) in ("kyzy", "kizi", "qyzy", "gyzy")
                for end in (("ova", "eva") if daughter else ("ov", "ev")):
                    deleted.append((f.kind, given[:MAX_TOKENS], (stem + end,), words, (), len(out) - 1))
            # Đ written Dj, and ž, š, č, ć written zh, sh, ch, as US records, English-language papers and the
            # transliteration of the Cyrillic spelling write the South Slavic, Czech, Slovak, Lithuanian and
            # Latvian letters (Đorđević as Djordjevic, Ђорђевић, Djordjevich; Snežana as Snezhana; Kovačević as
            # Kovachevich): folded, Đ is D and ž is z, so "Djordjevic" was another name (twenty-second pass,
            # holdout15 #312, #314, #318). Each word in each of its spellings (Đ as D or Dj; the others folded or
            # as digraphs: a card mixes them, "Snezana Djordjevich"), at most 16 forms; Vietnamese Đ is D, as
            # the form as written reads it
            spelt = [(f.given, True), (f.surnames, False)]
            turkmen = any(c in _TURKMEN_LETTERS for words_, _ in spelt for w in words_ for c in w)
            options = [[(is_given, v) for v in _slavic_spellings(w, turkmen)] for words_, is_given in spelt
                       for w in words_]
            if 1 < math.prod(len(o) for o in options) <= 16:
                for combo in itertools.product(*options):
                    given_h = tuple(t for is_given, v in combo if is_given for t in tokens(v)) or given
                    surnames_h = tuple(t for is_given, v in combo if not is_given for t in tokens(v)) or surnames
                    while len(surnames_h) > 1 and surnames_h[-1] in SUFFIX_WORDS:
                        surnames_h = surnames_h[:-1]
                    if (given_h, surnames_h) != (given, surnames) and len(given_h) == len(given) \
                            and len(surnames_h) == len(surnames) \
                            and not any(d[1:3] == (given_h[:MAX_TOKENS], surnames_h[:MAX_TOKENS]) for d in deleted):
                        deleted.append((f.kind, given_h[:MAX_TOKENS], surnames_h[:MAX_TOKENS], words, (),
                                        len(out) - 1))
            # a given name the clinic wrote abbreviated with a period ("Ma. Guadalupe", "Fco. Javier",
            # "Wm."): the name in full is the same name, so a card showing it agrees letter for letter
            # (read after the form as written, which it names, as a deleted-letters form does)
            full = tuple(t for g in f.given for w in g.split()
                         for t in ([ABBREVIATED[tokens(w)[0]]] if w.endswith(".") and len(tokens(w)) == 1
                                   and tokens(w)[0] in ABBREVIATED else tokens(w)))
            if full != given and len(full) == len(given):
                deleted.append((f.kind, full[:MAX_TOKENS], surnames[:MAX_TOKENS], words, (), len(out) - 1))
    # US records often keep only the first two of a chain of given names, the second read as the
    # surname: Abdirahman Hassan (Warsame), Yonas Haile (Ghebremariam), Mohammad Nasir (Sarwari) --
    # the father's name in Somali, Ethiopian, Eritrean and Arabic naming, a second given name in Afghan
    # and South Asian names. Read last, so any other reading of the same listing wins.
    chains: list[tuple] = []  # read after every other form (a middle name as a surname first)
    for kind, given, _surnames, _words, joined in list(out):
        if kind in ("legal", "in_use") and len(given) >= 2 and given[1] not in PARTICLES \
                and not any(given[0] in grp and given[1] in grp for grp in joined):
            out.append(("patronymic", given[:1], given[1:2], 1, ()))
            if len(given) >= 3 and given[0] in HONORIFIC_GIVEN and given[2] not in PARTICLES:
                # the same after Md or Syed, which records drop: Anisur Rahman for Md Anisur Rahman
                # (Chowdhury), the calling name and the next name read as the surname (fourteenth pass)
                out.append(("patronymic", given[1:2], given[2:3], 1, ()))
            elif len(given) >= 3 and given[2] not in PARTICLES and given[1] not in HONORIFIC_GIVEN \
                    and given != _surnames:
                # a nasab chain kept to its first and third names: the grandfather's name read as the
                # surname, the father's dropped or shown as an initial (Mokhtar Saleh, Mokhtar A Saleh for
                # Mokhtar Ali Saleh Alshaibi; Somali and Yemeni records take the grandfather's name as the
                # family name, sixteenth pass). The father's name is kept among the given names, so that a
                # middle name shown must be his (a whole other name is a cousin's chain)
                chains.append(("third given", given[:2], given[2:3], 1, ()))
        elif kind in ("legal", "in_use") and joined and len(given) > len(joined[0]) \
                and given[:len(joined[0])] == joined[0] and given[len(joined[0])] not in PARTICLES:
            # the same after a given name written as one hyphenated word: Abdel-Fattah Mostafa for
            # Abdel-Fattah Mostafa El-Sayed, the father's name read as the surname (nineteenth pass, holdout12)
            k = len(joined[0])
            out.append(("patronymic", given[:k], given[k:k + 1], 1, (joined[0],)))
    # a middle name that is a surname, not a given name (Filipino custom: the mother's maiden surname, a
    # married woman's own; "Maria Theresa Villareal Sumangil" is Theresa Villareal on a record from before
    # her marriage): her given names with it as the surname, read last (fifteenth pass, the tenth held-out
    # set's #25). Only a middle name the Census counts as a surname at 1 in 100,000 or more and ten times
    # oftener as a surname than as a given name (not Nicole, Lynn, Rose; not an Ethiopian father's name or a
    # Russian patronymic, too rare as US surnames)
    middle = tuple(t for t in tokens(getattr(person, "middle_name", None) or "") if t not in PARTICLES)
    first = tuple(tokens(getattr(person, "first_name", None) or ""))
    if middle and first and len(middle) <= 2 and all(
            share("surnames", t) >= MIDDLE_SURNAME and share("surnames", t) >= 10 * share("given_names", t)
            for t in middle):
        out.append(("middle surname", first[:MAX_TOKENS], middle, len(middle), ()))
    return out + chains + deleted


MIDDLE_SURNAME = 1e-5  # 1 in 100,000 people: a surname some 3,300 Americans hold


_UMLAUT_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _umlaut_e(word: str) -> str:
    """``word`` with ä, ö, ü written ae, oe, ue (the German convention), composed or not."""
    import unicodedata

    return unicodedata.normalize("NFC", word).translate(_UMLAUT_E)


_ELISIONS = "'’ʼ`´‘"  # the apostrophes of an elided particle (D'Souza), as .\_text reads them
_DJ = str.maketrans({"đ": "dj", "Đ": "Dj"})
# and the cedilla letters of the Turkish, Turkmen, Azerbaijani, Albanian and Kurmanji Latin alphabets, ç and ş, the
# same sounds (Begenç as Begench on a record written from the Russian Бегенч; twenty-third pass, holdout16 #190)
_HACEK = str.maketrans({"ž": "zh", "Ž": "Zh", "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ć": "ch", "Ć": "Ch",
                        "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh"})
_DIGRAPHS = str.maketrans({"đ": "dj", "Đ": "Dj", "ž": "zh", "Ž": "Zh", "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch",
                           "ć": "ch", "Ć": "Ch", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh"})


_TURKMEN_LETTERS = frozenset("çşňýÇŞŇÝ")  # letters of the Turkmen Latin alphabet (1993) English never writes
_TURKMEN_RUSSIAN = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ž": "zh", "Ž": "Zh", "ý": "y", "Ý": "Y",
                                 "ň": "n", "Ň": "N", "ä": "a", "Ä": "A", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
                                 "j": "dzh", "J": "Dzh", "h": "kh", "H": "Kh"})


def _slavic_spellings(word: str, turkmen: bool = False) -> list[str]:
    """``word`` as written, with Đ as Dj, with ž, š, č, ć (and the Turkic ç, ş) as zh, sh, ch, ch, and with
    both (English spelling and the Cyrillic spelling's transliteration: Snezhana Djordjevich for Snežana
    Đorđević), and, in a name written in the Turkmen alphabet (``turkmen``), an -ow / -ew ending also as -ov /
    -ev; one entry for a word without those letters."""
    import unicodedata

    word = unicodedata.normalize("NFC", word)
    out = [word]
    for table in (_DJ, _HACEK, _DIGRAPHS):
        v = word.translate(table)
        if v not in out:
            out.append(v)
    # a Turkmen -ow / -ew surname (the 1993 Latin alphabet's w for в) as the Russian spelling gives it, -ov / -ev,
    # beside its ç and ş as ch and sh: Çary Annayew is Chary Annayev on a record copied from Russian papers
    # (twenty-third pass, holdout16 #190). Only in a name written with a Turkmen letter: an English Mathew or
    # Barlow read -ev / -ov would be a man's Russian surname (the first version made Jessy Mathew a man and
    # lost her cards under her husband's name, holdout12 #288, #294)
    for v in list(out) if turkmen else ():
        if re.search(r"(?<=\w{3})[oe]wa?$", v):
            out.append(re.sub(r"w(a?)$", r"v\1", v))
    # and the whole name as a record copied from the Russian papers spells it (BGN/PCGN romanisation of the
    # Cyrillic): Turkmen j is дж (dzh), h is х (kh), ý is й (y), ň ң (n), ä ö ü ә ө ү (a o u), ž ж (zh); Hojamow
    # is Khodzhamov. These forms agree letter for letter only, so the -ow of an English Barlow is never folded
    # to -ov on the variant path (probe pass 24: it was, and Mary Barlov, Andrew Bellov were submitted)
    if turkmen:
        ru = re.sub(r"(?<=\w{3})([oe])w(a?)$", r"\1v\2", word.translate(_TURKMEN_RUSSIAN))
        if ru not in out:
            out.append(ru)
    return out


def _deleted(word: str) -> str:
    """``word`` with the letters outside ASCII deleted, in a word of Latin letters only (a word in
    another script is transliterated, never emptied): "Güity" -> "Gity"."""
    if word.isascii() or not any(c.isascii() and c.isalpha() for c in word):
        return word
    return "".join(c for c in word if c.isascii())


def _other_given_starting(cut: str, mine: str) -> bool:
    from optout.matching.frequency import other_given_starting

    return other_given_starting(cut, mine)


def known_given(name: str) -> bool:
    from optout.matching.frequency import known

    return known("given_names", name)


def known_surname(name: str) -> bool:
    from optout.matching.frequency import known

    return known("surnames", name)


#: The generation a word written after a listed name says (Portuguese and Brazilian Filho, Neto, Sobrinho, Júnior;
#: Spanish hijo and its abbreviation "h."), as the suffix it is compared by: Filho, Júnior and hijo are a Jr (the son
#: of the same name), Neto the grandson and Sobrinho the nephew of the same name, each a generation of its own
#: (thirty-eighth pass, issue 10 item 2). Neto and Sobrinho are surnames of their own too, read so unless the
#: person's own name ends in a generation word; "h" only for a person whose name ends in hijo.
GENERATION_SUFFIX = {"filho": "Jr", "junior": "Jr", "hijo": "Jr", "h": "Jr", "neto": "Neto", "sobrinho": "Sobrinho"}


def person_generation(person) -> str | None:  # type: ignore[no-untyped-def]
    """The generation word after the person's surnames, folded ("filho", "neto", "sobrinho", "hijo", "junior":
    :data:`optout.person.GENERATION_WORDS`), or None."""
    words = tokens(person.last_name)
    return words[-1] if len(words) > 1 and words[-1] in GENERATION_WORDS else None


def without_generation(listed: Listed, person) -> Listed:  # type: ignore[no-untyped-def]
    """``listed`` with a generation word after its surname read as its suffix (:data:`GENERATION_SUFFIX`): "Joao
    Silva Neto" is Joao Silva, a grandson of the name, for a João Silva Filho, not a Joao of the surnames Silva
    and Neto. Filho and hijo always (never surnames alone); Neto, Sobrinho and "h" ("Jose Ramirez h.") only when
    the person's own name ends in a generation word, since Neto and Sobrinho are also families' surnames and "h"
    an initial. Unchanged when the card has fewer than three words, a suffix already, or no such word."""
    toks = listed.tokens
    if len(toks) < 3 or listed.suffix or listed.surname_first or toks[-1] not in GENERATION_SUFFIX:
        return listed
    mine = person_generation(person)
    if toks[-1] not in ("filho", "hijo") and (mine is None or toks[-1] == "h" and mine != "hijo"):
        return listed
    return Listed(toks[:-1], GENERATION_SUFFIX[toks[-1]], listed.surname_first)


def person_suffix(person) -> str | None:  # type: ignore[no-untyped-def]
    """The person's generational suffix: the ``suffix`` field, or one typed after the last name or after the
    given names ("Reynaldo Jr." as a Filipino's given name: Filipino juniors carry Jr. as part of the first name
    on their papers, and a clinic enters it so; twenty-sixth pass, holdout19 #202)."""
    if person.suffix:
        return person.suffix
    words = tokens(person.last_name)
    if len(words) > 1 and words[-1] in SUFFIX_WORDS:
        return SUFFIX_WORDS[words[-1]]
    if len(words) > 1 and words[-1] in GENERATION_WORDS:
        # "Oliveira Filho": the son, Jr on US records (optout.person); Neto, Sobrinho: a generation of their own
        return GENERATION_WORDS[words[-1]] or GENERATION_SUFFIX[words[-1]]
    given = tokens(person.first_name)
    return SUFFIX_WORDS.get(given[-1]) if len(given) > 1 and given[-1] in ("jr", "sr", "ii", "iii", "iv") else None


# Scripts that write a name without its short vowels: Arabic (an abjad: consonants and long vowels only,
# and no doubled letter, shadda being left out of everyday writing; Persian, Pashto and Urdu use it too)
# and Ge'ez, whose sixth-order syllable is a consonant with or without a vowel and marks no
# gemination (ዮሐንስ is Yohannes, transliterated "yohans"). A card showing محمد الزعبي (anyascii: "mhmd
# lzby") for Mohammad Al-Zoubi, or ዮሐንስ በቀለ for Yohannes Bekele, cannot agree letter for letter with the
# person's romanisation, only consonant for consonant (fifteenth pass, the tenth held-out set's "name
# differs" cards in Arabic and Ge'ez script; the fourteenth pass's Arabic card #118 of holdout9 too).
# (Hebrew is left out: anyascii writes its vav, also the vowels o and u, as the consonant v.)
# Arabic, Syriac (Assyrian and Chaldean names, as Iraqi, Syrian and diaspora church records write them: an
# abjad like Arabic's, its waw and yodh also the long vowels; twenty-second pass, holdout15 #150), and Ge'ez
_UNVOWELLED = re.compile("[\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u08a0-\u08ff"
                         "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f\ufb50-\ufdff\ufe70-\ufeff]")
CONSONANTS_LEAST = 5  # consonants the whole listed name must carry: Ali (l) or Omar (mr) alone say too little


def _consonants(word: str, written: bool = False) -> str:
    """A romanised word's consonants, doubled letters once: what an unvowelled script writes. A doubled letter
    is one written twice in a row (Hassan's ss, which the script writes once, its shadda left out); the same
    consonant twice with a vowel between is two letters in the script too (Yonan, ܝܘܢܢ and يونان: n, n), and the
    script's own word (``written``, as anyascii gives it) is taken letter for letter (probe pass 23: "nn" was
    read as one n, and Yonan was too short to read). w and y are
    left out (in these scripts they are also the long vowels u and i: Zoubi's u is not written, its i is
    y), and so is h after a consonant (Ghebre / Gebre, Tesfai / Tesfay) and at the end (ta marbuta); q is read
    as k, the letter most romanisations give ق (nineteenth pass, holdout12 #228: قصاب for Kassab)."""
    w = re.sub(r"[^a-z]", "", word).replace("q", "k")  # ق (and Ge'ez ቀ), written q or k: Qassab/Kassab, Bekele
    w = re.sub(r"(?<=[bcdgkpstz])h", "", w)
    w = re.sub(r"h$", "", w)
    if not written:
        w = re.sub(r"(.)\1+", r"\1", w)
    return re.sub(r"[aeiouwy]", "", w)


def read_unvowelled(text: str, forms: list[tuple]) -> Listed | None:
    """A listed name written in Arabic, Syriac or Ge'ez script (``_UNVOWELLED``) read as the person's romanisation:
    each listed word replaced by the word (or two adjacent words: Al Zoubi) of the person's name forms
    with the same consonants (``_consonants``). None when the text is in no such script, a word agrees
    with none, or the name carries fewer than ``CONSONANTS_LEAST`` consonants. The result is then read
    as any listed name is (``compare``), so a card of two of their given names, or of another given
    name, is what it would be in Latin letters. Limit: names with the same consonants and other vowels
    (Mahmoud and Mohammad without its waw) agree; the card's age, places, phone and family still decide."""
    if not isinstance(text, str) or not _UNVOWELLED.search(text[:300]):
        return None
    listed = read_listed(text)
    if not listed.tokens:
        return None
    words: dict[str, tuple[str, ...]] = {}
    for _kind, given, surnames, *_ in forms:
        for part in (given, surnames):
            for i, t in enumerate(part):
                words.setdefault(_consonants(t), (t,))
                if i + 1 < len(part):
                    words.setdefault(_consonants(t + part[i + 1]), (t, part[i + 1]))
    out: list[str] = []
    for t in listed.tokens:
        c = _consonants(t, written=True)
        if len(c) < 2 or c not in words:
            return None
        out.extend(words[c])
    if sum(len(_consonants(t, written=True)) for t in listed.tokens) < CONSONANTS_LEAST:
        return None
    return Listed(tuple(out[:MAX_TOKENS]), listed.suffix, listed.surname_first)


# --- thirtieth pass (holdout20 retired; BENCHMARKS.md "Matching pass 30"): readings of nine kinds of names ---

# A Bangladeshi honorific written as the first word of a record's name: Md (Mohammad) before a man's own name,
# Mst (Mosammat, "named", the women's counterpart) before a woman's: most Bangladeshi men's and women's papers
# carry it, so a card shows it or not whatever the person told the clinic (The Daily Star, "Some reflections on
# Mohammad, Muhammad and Md", 2005-07-27; specificinfo.com "Mst full meaning": Mst. or MST. for the Bengali
# abbreviation; read with the search tool). The sex it marks: a Mst card is not read as the name of a man the SSA
# table knows, nor Md as a woman's (a given name the table does not know has no sex to check).
LEADING_HONORIFICS: dict[str, str] = {"md": "m", "mohd": "m", "muhd": "m",
                                      "mst": "f", "mosammat": "f", "mossammat": "f", "mosammet": "f", "musammat": "f"}


# Surnames only Bangladeshi (and North Indian Muslim) women carry: Begum and Khatun are women's titles written as the
# surname on papers, Akter/Akhter and Khanam/Khanom the women's forms in Bangladesh (Wikipedia, "Bengali name",
# Muslim names; "Begum"; The Daily Star on Md and Mst, 2005). Akhtar, the man's form in Pakistan, is not here.
WOMENS_SURNAMES = frozenset({"begum", "khatun", "khatoon", "akter", "akhter", "khanam", "khanom"})
# the Arabic construct "X-ul-Y" (Rafiq-ul-Islam, Amin-ul-Haq) joined into one given name, a man's in Bangladesh when
# its first part is a man's name in the SSA table (Rafiqul, Aminul, Shafiqul, Saiful, Ashraful)
_CONSTRUCT_UL = re.compile(r"([a-z]{3,})ul")


def profile_sex(forms: list[tuple]) -> str | None:
    """The sex the person's own name says, "m", "f" or None: the SSA table's for their first given name
    (``frequency.sex_of``), else a man's for a given name that is Md/Mohammad or a construct "-ul" name whose first
    part is a man's (Rafiqul: Rafiq), else a woman's for Mst/Mosammat among their given names or a surname only women
    carry (``WOMENS_SURNAMES``: Begum, Khatun, Akter). None when the name says neither or both: an unknown sex is
    never guessed from a name's sound (thirty-third pass). ``forms`` are ``(kind, given, surnames, ...)``."""
    from optout.matching.frequency import sex_of

    found: set[str] = set()
    for _kind, given, surnames, *_ in forms:
        if given and (sex := sex_of(given[0])) is not None:
            found.add(sex)
            continue
        for t in given:
            if t in LEADING_HONORIFICS:
                found.add(LEADING_HONORIFICS[t])
            elif t in HONORIFIC_FULL or t in _ARABIC_GROUP["muhammad"]:
                found.add("m")
            elif (m := _CONSTRUCT_UL.fullmatch(t)) and sex_of(m.group(1)) == "m":
                found.add("m")
        if any(t in WOMENS_SURNAMES for t in surnames):
            found.add("f")
    return found.pop() if len(found) == 1 else None


def without_leading_honorific(toks: tuple[str, ...], forms: list[tuple]) -> tuple[str, ...]:
    """``toks`` without a first word of ``LEADING_HONORIFICS`` ("Mst Nasima Khatun" -> Nasima Khatun) when the
    person's name forms (``(kind, given, surnames, ...)``) have neither that word nor a name it abbreviates
    (Mohammed and its spellings for Md), and the sex their name says (``profile_sex``) is not the other one. At
    least two words left; ``toks`` unchanged otherwise, so a Mst card on a man's profile or an Md card on a woman's
    reads as another name. Thirtieth pass, holdout20 #79 (a woman's card with Mst, "name differs" before); the
    thirty-third read the honorific's sex against the name's beyond the SSA table (Rafiqul, Khatun). Cost: where the
    name says no sex (a Bengali given name the SSA table lacks, no -ul, no woman's surname) the honorific is still
    read away, so a Mst card for such a man reads as his, never dropping a true card on a guessed sex."""
    sex = LEADING_HONORIFICS.get(toks[0]) if toks else None
    if sex is None or len(toks) < 3:
        return toks
    for _kind, given, surnames, *_ in forms:
        if toks[0] in given or toks[0] in surnames \
                or any(t in HONORIFIC_FULL or t in _ARABIC_GROUP["muhammad"] for t in given):
            return toks
    if profile_sex(forms) not in (None, sex):
        return toks
    return toks[1:]


# The Hmong clan names in their common English spellings and the clan's own spelling in the Romanized Popular
# Alphabet (RPA): one clan, one surname, written as a family's first papers wrote it (Lee or Ly, Her or Heu,
# Thao or Thor): Wikipedia, "Hmong customs and culture", its table of clan surnames and their common English
# spellings, and jedivaj.tripod.com "Hmong clans" (Lee/Ly, Her/Herr/Heu, Thao/Thor, Lor/Lo); read with the
# search tool. Left out: the spellings that are another community's common surname (Lau, Cantonese; Chu, Tho and
# Hue, Vietnamese; Cheng, Chinese), where a card of that name is likelier a Chinese or Vietnamese family's than a
# Hmong clan's other spelling. Lo (Cantonese too) is in Lor's group since the thirty-second pass, as a spelling
# another community holds (``hmong_alone``): its card is asked, never submitted on the name, an age and a town.
_HMONG_CLANS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "fang faj faaj", "hang ham haam", "her herr heu hawj", "khang khab khaab", "kong koo", "kue kwm",
    "lee ly lis", "lor lauj lo", "moua muas", "pha phab", "tang taaj", "thao thor thoj", "chang cha tcha tsab tsaab",
    "chue tchue tswb", "vang vaj vaaj", "vue vwj", "xiong xyooj shong", "yang yaj yaaj",
))
_HMONG_CLAN = {n: g for g in _HMONG_CLANS for n in g}


def hmong_clan(a: str, b: str) -> bool:
    """``a`` and ``b`` are two spellings of one Hmong clan name (``_HMONG_CLANS``: Lee/Ly/Lis, Her/Heu/Hawj,
    Xiong/Xyooj, and Lor/Lo). Read as a surname spelling variant, never as the surname itself (thirtieth pass,
    holdout20 #15, #16, #26: "name differs" before). A pair that is not Hmong's alone (``hmong_alone``) is read
    too, and ``one_community_spelling`` makes its card a question for a person (thirty-second pass)."""
    return a != b and b in _HMONG_CLAN.get(a, ())


# Clan spellings that are another community's surname but in none of the matcher's Chinese, Korean or Vietnamese
# tables (thirty-second pass, review41's check of every clan spelling): Ham (함, Korean, as review41 gave it;
# English Ham, 66% white in Census 2010), Koo (구, Korean: Kate Monk's Onomastikon, "Korean Surnames", tekeli.li,
# read with the search tool; 古 and 顧 in Cantonese) and Fang (方, Chinese; Wikipedia "Fang (surname)", not read
# today). Lao and Thai surnames are long coined names (Phommachanh, Sirivong) and none is a clan spelling.
_CLAN_SPELLINGS_ELSEWHERE = frozenset({"ham", "koo", "fang"})
OUTSIDE_API = 0.25  # a spelling whose Census 2010 holders are a quarter or more outside "Asian and Pacific
# Islander" is another community's too: Herr (German, 94% outside it), Lis (Polish, 99%), Shong (78%), Ham (84%),
# Thor (Scandinavian, 39%); the Hmong-held clan spellings are 2-18% outside it (Xiong 2%, Vang 3%, Her 5%, Heu
# 18%). The quarter is frequency.GIVEN_HERE's share for "a group holds a name".


def _elsewhere(word: str) -> bool:
    """``word`` is a surname of a community other than the Hmong: in the Chinese, Korean or Vietnamese tables,
    ``_CLAN_SPELLINGS_ELSEWHERE``, or held by ``OUTSIDE_API`` or more of its Census 2010 holders outside the
    Asian and Pacific Islander column (``frequency.group_mix``)."""
    from optout.matching.frequency import group_mix

    mix = group_mix("surnames", word)
    return bool(_chinese_surname(word) or korean_surname(word) or word in VIETNAMESE_SURNAMES
                or word in _CLAN_SPELLINGS_ELSEWHERE or mix and 1 - mix["api"] >= OUTSIDE_API)


def hmong_alone(a: str, b: str) -> bool:
    """``a`` and ``b`` are two spellings of one Hmong clan (``hmong_clan``) and neither is another community's
    surname (``_elsewhere``): Xiong/Xyooj, Her/Heu, Vang/Vaj. Not Lee/Ly (Korean and Chinese 李, Vietnamese Lý),
    Ham/Hang (Korean 함), Cha/Chang, Kong/Koo, Thao/Thor, Her/Herr, Lor/Lo: there a card in the other spelling is
    as likely another family's (review41: Korean Ji Ho Ham submitted on "Ji Ho Hang" at 0.83). Thirty-second
    pass."""
    return hmong_clan(a, b) and not (_elsewhere(a) or _elsewhere(b))


_ARABIC_DH = re.compile(r"dh|th|z")


def arabic_dh(a: str, b: str) -> bool:
    """``a`` and ``b`` are one Arabic name whose ظ or ذ one romanisation writes dh and the other th or z (Kadhim,
    Kathim, Kazim; Nadhim, Nazim; Hafidh, Hafiz): ذ is the sound of English "this", and Iraqi and Gulf Arabic
    say ظ so too, while Persian, Turkish, Urdu and Levantine forms say z (Wikipedia, "Romanization of Arabic":
    ḏ/ẓ as dh, th or z). One of the two must write dh, and that letter pair must be the only difference: th
    alone against z (Smith, Smiz) is no Arabic letter. Thirtieth pass, holdout20 #124 ("Kathim" for Kadhim)."""
    if a == b or min(len(a), len(b)) < 4 or ("dh" not in a and "dh" not in b):
        return False
    if a.startswith(("dh", "th", "z")) or b.startswith(("dh", "th", "z")):
        return False  # a word-initial Dh is Punjabi's aspirated d (Dhillon, Dhaliwal), not ذ (review41: "Zillon")
    return _ARABIC_DH.sub("D", a) == _ARABIC_DH.sub("D", b)


def cut_beside_whole(toks: tuple[str, ...], surnames: tuple[str, ...], whole: str | None) -> list[tuple]:
    """The readings of a whole name cut at a broker's field length (``NAME_FIELD_CUT_AT``) whose last word is the
    start of their second surname and a commoner surname of its own, beside their other surname shown whole
    ("Dilcia Marisol Funez Mara" at 25 for Funez Maradiaga): the card read as the part it shows, the cut word
    left out, so that one of their surnames agrees (``(given, surnames)`` splits; [] otherwise). Alone, such a cut
    word is that family's name ("Rosa Guadalupe Santos" for Santoscoy: twenty-sixth pass); beside a surname of
    theirs whole it would be a second surname the profile lacks that happens to begin as theirs does, which the
    field length explains more simply (NAMES.md: US records keep both surnames, one, or join them). Thirtieth
    pass, holdout20 #327 ("name differs" before)."""
    if whole is None or len(toks) < 3 or len(toks[-1]) < 3 or not _known_surname_word(toks[-1]) \
            or _surname_share(whole) >= _surname_share(toks[-1]):
        return []
    # the word before the cut one is their surname before the cut one: "Ibarra Santos" for Santoscoy Ibarra is
    # Ibarra and another family's Santos (twentieth pass), not Santoscoy cut
    words = [t for t in surnames if t not in PARTICLES]
    at = words.index(whole) if whole in words else 0
    if at == 0 or not same(toks[-2], words[at - 1]):
        return []
    shown = toks[:-1]
    return [(shown[:k], shown[k:]) for k in range(1, len(shown))]


def given_cut_after_particle(toks: tuple[str, ...], given: tuple[str, ...]) -> list[tuple]:
    """The readings of a card whose compound given name was cut at a broker's given-name field length
    (``TRUNCATED_AT`` characters or more, spaces counted) in the word after its particles, a surname after it
    ("Maria De Los Angel Cordero" for María de los Ángeles Cordero): the card read as the part it shows, the
    particles and the cut word left out, never as the whole name agreeing (as the twenty-fourth pass reads
    "Ferreira Da R"). A particle begins a name (NAMES.md: María de los Ángeles, de, del, de la), so the word after
    it, the start of the person's own word after those same particles, is no given name of its own (Angel, a
    man's), and read as one it made the card a household member's ("another given name"). ``(given, surnames)``
    splits, [] otherwise. Thirtieth pass, holdout20 #254."""
    for i in range(1, len(toks) - 1):
        word = toks[i]
        if toks[i - 1] not in PARTICLES or len(word) < 3 or len(" ".join(toks[:i + 1])) < TRUNCATED_AT:
            continue
        start = i
        while start > 0 and toks[start - 1] in PARTICLES:
            start -= 1
        run = toks[start:i]
        if start == 0:
            continue
        for k in range(1, len(given) - len(run)):
            whole = given[k + len(run)]
            if given[k:k + len(run)] == run and len(whole) > len(word) and whole.startswith(word):
                shown = toks[:start] + toks[i + 1:]
                return [(shown[:j], shown[j:]) for j in range(1, len(shown))]
    return []


_SIKH_NAMES = frozenset({"singh", "kaur"})  # the names every Sikh man and woman carries (NAMES.md; SHARED_SURNAMES)


def sikh_initial(toks: tuple[str, ...], surnames: tuple[str, ...]) -> list[tuple]:
    """The readings of a card that writes a Sikh's Singh or Kaur, entered as their surname, as a middle initial
    before a family name ("Harjit S Sandhu" for Harjit Singh, who is Harjit Singh Sandhu on other papers): the
    initial read as that name, so the card agrees as "Harjit Singh Sandhu" does, their surname and one more
    the profile lacks. Sikh names are a given name, Singh or Kaur, then often a family (got) name, and US records
    print the middle field as an initial (NAMES.md, its first lines and "South Asian names"; Wikipedia, "Singh":
    many Sikhs add their family name after it). ``(given, surnames)`` splits; [] unless their one surname is
    Singh or Kaur and the initial stands between the given name and a last word of three letters or more.
    Thirtieth pass, holdout20 #52 ("name differs" before)."""
    if len(surnames) != 1 or surnames[0] not in _SIKH_NAMES or len(toks) < 3 or len(toks[-1]) < 3:
        return []
    out = []
    for i in range(1, len(toks) - 1):
        if toks[i] == surnames[0][0]:
            read = (*toks[:i], surnames[0], *toks[i + 1:])
            out.append((read[:i], read[i:]))
    return out


_SON_OF = frozenset({"bin", "ibn", "bint"})  # "son of", "daughter of" (NAMES.md, "Arabic names")


def without_bin(toks: tuple[str, ...], kind: str) -> list[tuple]:
    """The readings of a card that writes the father's name as the surname after bin, ibn or bint ("Khaled Bin
    Saleh" for Khaled Saleh Al-Amri, whose father is Saleh), for the person's form that reads their second or
    third given name (their father's or grandfather's, in an Arabic chain) as a surname (``person_forms``'s
    "patronymic" and "third given"): the word "son of" is no name, and read as one (a particle their surname
    lacks) the card said "name differs" (NAMES.md, "Arabic names": bin/ibn/bint, often dropped; US records
    pick two names of the chain, often the father's as the surname). ``(given, surnames)`` splits; [] otherwise.
    Thirtieth pass, holdout20 #421."""
    if kind not in ("patronymic", "third given") or len(toks) < 3:
        return []
    at = [i for i in range(1, len(toks) - 1) if toks[i] in _SON_OF]
    if len(at) != 1:
        return []
    shown = toks[:at[0]] + toks[at[0] + 1:]
    return [(shown[:j], shown[j:]) for j in range(1, len(shown))]


def cut_particle_tail(toks: tuple[str, ...], kind: str, forms: list[tuple]) -> list[tuple]:
    """The readings of a whole name cut at a broker's field length (``NAME_FIELD_CUT_AT``) a letter or two after
    the particle of their family name, for the person's forms that read an Arabic chain's second or third given
    name as the surname ("patronymic", "third given"): "Khaled Saleh Nasser Al M" at 24 for Khaled Saleh Nasser
    Al-Mansoori, whose chain is given name, father's and grandfather's names. The card read as the part it
    shows, the particle and its letters left out, as the twenty-fourth pass reads "Ferreira Da R" for the form
    whose surname holds the particle; that reading is made only for the form whose surname it is, so a card that
    shows the whole chain before the cut family name read nothing. The letters must begin the word after that
    particle in one of their own surnames. ``(given, surnames)`` splits; [] otherwise. Thirtieth pass, holdout20
    #118."""
    if kind not in ("patronymic", "third given") or len(toks) < 4 or len(" ".join(toks)) < NAME_FIELD_CUT_AT \
            or toks[-2] not in PARTICLES or len(toks[-1]) > 2:
        return []
    if not any(surnames[i - 1] == toks[-2] and len(surnames[i]) > len(toks[-1]) and surnames[i].startswith(toks[-1])
               for _kind, _given, surnames, *_ in forms for i in range(1, len(surnames))):
        return []
    shown = toks[:-2]
    return [(shown[:j], shown[j:]) for j in range(1, len(shown))]


_KREYOL = ((re.compile(r"eau|au"), "o"), (re.compile(r"eu"), "e"), (re.compile(r"(?<!o)u(?!i)"), "i"),
           (re.compile(r"th|tt"), "t"), (re.compile(r"ph"), "f"), (re.compile(r"qu|c(?=[aou])"), "k"))


def _kreyol(word: str) -> str:
    for pattern, letter in _KREYOL:
        word = pattern.sub(letter, word)
    return word


def kreyol_spelling(a: str, b: str) -> bool:
    """``a`` and ``b`` are one Haitian surname, one in its French spelling and one as Kreyòl's official spelling
    writes its sounds (Thélusma, Telisma): French u is i, th and tt are t, au and eau are o, eu is e, qu and a
    hard c are k, ph is f (Wikipedia, "Haitian Creole", orthography: no c, q, u or x, i for the single u of
    French words; issendai.com, "Notes on Haitian orthography": t, tt, th = t; au, eau, o = o; read with the
    search tool). Both rarer than ``COMMON_SURNAME`` (Census 2010), so that a common name the same letters
    reach (Muller and Miller, Thomas and Tomas) is never read as the other. Thirtieth pass, holdout20 #200."""
    if a == b or min(len(a), len(b)) < 5 or _kreyol(a) != _kreyol(b):
        return False
    return max(_surname_share(a), _surname_share(b)) < COMMON_SURNAME


def one_community_spelling(toks: tuple[str, ...], surnames: tuple[str, ...]) -> bool:
    """A word of the card (``toks``) agrees with one of the person's ``surnames`` only through a spelling rule of
    one community: Kreyòl's (``kreyol_spelling``: Teriolt for Theriault, a French Canadian family) or a Hmong
    clan pair that another community holds too (``hmong_clan`` and not ``hmong_alone``: Ly for Lee). Such a rule
    applied to anyone reads two families as one, and the profile says nothing of which community the person is
    of, so with nothing decisive a person decides (review41; thirty-second pass). Not when the word agrees as
    the same name or through the general spelling rules (``same``, ``spelling_variant``)."""
    for t in toks:
        for s in surnames:
            if t == s or len(t) < 2 or same(t, s) or spelling_variant(t, s) or _cut_short(t, s) \
                    or patronymic_form(t, s):
                continue
            if kreyol_spelling(t, s) or hmong_clan(t, s) and not hmong_alone(t, s):
                return True
    return False
