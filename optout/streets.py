"""The words of a US street line and their other spellings: one home for the street suffixes, unit
designators and directionals that the redaction of logs (:func:`optout.log.redact`), the reading of
brokers' addresses (:mod:`optout.places`) and the matcher's street comparison
(:mod:`optout.matching`) all read.

Sources: USPS Publication 28, *Postal Addressing Standards* (2015 edition): Appendix C1, "Street
Suffix Abbreviations" (the primary name, the common abbreviations seen, the standard one; the
commonest of its ~200 rows are kept here, those brokers and clients write), Appendix C2, "Secondary
Unit Designators" (and §213: ``#`` when the designator is not known), §233 and Appendix B's
directionals. Spanish forms as Puerto Rico's addresses (Publication 28 §29, "Puerto Rico
addresses": CALLE, AVENIDA, CARRETERA, URBANIZACION) and Spanish-speaking clients write them:
``C/``, ``Av.``, ``Avda.``, ``Ctra.``, ``Apto.``, ``Depto.``, and the directionals NORTE, SUR,
ESTE, OESTE; Portuguese, French and Kreyòl types (Rua, Travessa, Estrada, Rue/Ri). No library was
taken for the spellings: ``usaddress`` (in use) tags a line's parts but does not normalise them, and
``usaddress-scourgify`` (whose tables are Publication 28's) is not in the offline package mirror, so
``pyproject.toml`` would no longer install offline. ``usaddress`` does read a line's unit (its kind and
number) better than a designator regex, so :func:`address_parts` takes the unit from it.

A word's forms are compared case-folded, without a trailing dot.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

#: Appendix C1: standard abbreviation -> (primary name, other forms commonly seen).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "aly": ("alley", "allee", "ally"),
    "anx": ("annex", "anex", "annx"),
    "arc": ("arcade",),
    "ave": ("avenue", "av", "aven", "avenu", "avn", "avnue"),
    "byu": ("bayou", "bayoo"),
    "bch": ("beach",),
    "bnd": ("bend",),
    "blf": ("bluff", "bluf"),
    "btm": ("bottom", "bot", "bottm"),
    "blvd": ("boulevard", "boul", "boulv"),
    "br": ("branch", "brnch"),
    "brg": ("bridge", "brdge"),
    "brk": ("brook",),
    "byp": ("bypass", "bypa", "bypas", "byps"),
    "cp": ("camp", "cmp"),
    "cyn": ("canyon", "canyn", "cnyn"),
    "cpe": ("cape",),
    "cswy": ("causeway", "causwa"),
    "ctr": ("center", "cen", "cent", "centr", "centre", "cnter", "cntr"),
    "cir": ("circle", "circ", "circl", "crcl", "crcle"),
    "clf": ("cliff",),
    "clb": ("club",),
    "cmn": ("common",),
    "cor": ("corner",),
    "crse": ("course",),
    "ct": ("court", "crt"),
    "cts": ("courts",),
    "cv": ("cove",),
    "crk": ("creek",),
    "cres": ("crescent", "crsent", "crsnt"),
    "crst": ("crest",),
    "xing": ("crossing", "crssng"),
    "curv": ("curve",),
    "dl": ("dale",),
    "dm": ("dam",),
    "dv": ("divide", "div", "dvd"),
    "dr": ("drive", "driv", "drv"),
    "est": ("estate",),
    "ests": ("estates",),
    "expy": ("expressway", "exp", "expr", "express", "expw"),
    "ext": ("extension", "extn", "extnsn"),
    "fls": ("falls",),
    "fry": ("ferry", "frry"),
    "fld": ("field",),
    "flds": ("fields",),
    "flt": ("flat",),
    "frd": ("ford",),
    "frst": ("forest", "forests"),
    "frg": ("forge", "forg"),
    "frk": ("fork",),
    "ft": ("fort", "frt"),
    "fwy": ("freeway", "freewy", "frway", "frwy"),
    "gdn": ("garden", "gardn", "grden", "grdn"),
    "gdns": ("gardens", "grdns"),
    "gtwy": ("gateway", "gatewy", "gatway", "gtway"),
    "gln": ("glen",),
    "grn": ("green",),
    "grv": ("grove", "grov"),
    "hbr": ("harbor", "harb", "harbr", "hrbor"),
    "hvn": ("haven",),
    "hts": ("heights", "ht"),
    "hwy": ("highway", "highwy", "hiway", "hiwy", "hway"),
    "hl": ("hill",),
    "hls": ("hills",),
    "holw": ("hollow", "hllw", "hollows", "holws"),
    "is": ("island", "islnd"),
    "jct": ("junction", "jction", "jctn", "junctn", "juncton"),
    "knl": ("knoll", "knol"),
    "lk": ("lake",),
    "lks": ("lakes",),
    "lndg": ("landing", "lndng"),
    "ln": ("lane",),
    "loop": ("loops",),
    "mnr": ("manor",),
    "mdws": ("meadows", "mdw", "medows"),
    "ml": ("mill",),
    "mt": ("mount", "mnt"),
    "mtn": ("mountain", "mntain", "mntn", "mountin", "mtin"),
    "orch": ("orchard", "orchrd"),
    "oval": ("ovl",),
    "park": ("prk", "parks"),
    "pkwy": ("parkway", "parkwy", "pkway", "pky", "parkways", "pkwys"),
    "path": ("paths",),
    "pike": ("pikes",),
    "pl": ("place",),
    "pln": ("plain",),
    "plz": ("plaza", "plza"),
    "pt": ("point",),
    "prt": ("port",),
    "pr": ("prairie", "prr"),
    "rnch": ("ranch", "ranches", "rnchs"),
    "rdg": ("ridge", "rdge"),
    "riv": ("river", "rvr", "rivr"),
    "rd": ("road",),
    "rds": ("roads",),
    "rte": ("route",),
    "shr": ("shore", "shoar"),
    "spg": ("spring", "spng", "sprng"),
    "sq": ("square", "sqr", "sqre", "squ"),
    "sta": ("station", "statn", "stn"),
    "st": ("street", "strt", "str"),
    "sts": ("streets",),
    "smt": ("summit", "sumit", "sumitt"),
    "ter": ("terrace", "terr"),
    "trce": ("trace", "traces"),
    "trak": ("track", "tracks", "trk", "trks"),
    "trl": ("trail", "trails", "trls"),
    "tunl": ("tunnel", "tunel", "tunls", "tunnels", "tunnl"),
    "tpke": ("turnpike", "trnpk", "turnpk"),
    "vly": ("valley", "vally", "vlly"),
    "vw": ("view",),
    "vlg": ("village", "vill", "villag", "villg", "villiage"),
    "vis": ("vista", "vist", "vst", "vsta"),
    "walk": ("walks",),
    "way": ("wy",),
}

#: Appendix C2 (and §213's ``#``): standard designator -> (name, other forms); Spanish forms with
#: the English ones they mean (a Spanish-speaking client writes "Apto. 4", a broker "Apt 4").
UNITS: dict[str, tuple[str, ...]] = {
    "apt": ("apartment", "#", "apto", "apartamento", "depto", "dpto", "departamento", "no", "num"),
    "bldg": ("building", "edificio", "edif"),
    "bsmt": ("basement",),
    "fl": ("floor", "piso"),
    "lot": (),
    "ofc": ("office", "oficina", "ofic"),
    "ph": ("penthouse",),
    "rm": ("room",),
    "spc": ("space",),
    "ste": ("suite",),
    "trlr": ("trailer",),
    "unit": ("unidad",),
}

#: §233 and Appendix B: the directionals, English and Spanish (NORTE, SUR, ESTE, OESTE).
DIRECTIONS: dict[str, tuple[str, ...]] = {
    "n": ("north", "norte"),
    "s": ("south", "sur"),
    "e": ("east", "este"),
    "w": ("west", "oeste", "o"),
    "ne": ("northeast", "noreste"),
    "nw": ("northwest", "noroeste", "no"),
    "se": ("southeast", "sureste"),
    "sw": ("southwest", "suroeste", "so"),
}

#: Spanish (and, since the thirty-third pass, Portuguese, French and Kreyòl) street types as clients write them
#: (Publication 28 §29: CALLE, AVENIDA, CARRETERA in
#: Puerto Rico) -> their abbreviations; ``ave`` is also the English avenue's standard form.
SPANISH: dict[str, tuple[str, ...]] = {
    "calle": ("c", "cl", "cll", "c/"),
    "avenida": ("av", "avda", "ave", "avd"),
    "carretera": ("carr", "ctra", "cra"),
    "camino": ("cam", "cno"),
    "paseo": ("pso", "pº"),
    "urbanizacion": ("urb", "urbanización"),
    # Portuguese (thirty-third pass): Rua, Avenida (above), Travessa, Estrada as Brazil's Correios and Cape Verde's
    # addresses write them, with the abbreviations of ABNT NBR 6023's list (R., Av., Tv./Trav., Estr.); "est" is
    # left out (Publication 28's Estate). French Rue and Kreyòl Ri (the same word: Haitian Creole writes French
    # "rue" as "ri") are one type: a Haitian client writes "Ri", a record "Rue"
    "rua": ("r",),
    "travessa": ("tv", "trav", "tvs"),
    "estrada": ("estr", "estda"),
    "rue": ("ri",),
}


def _groups() -> list[tuple[str, ...]]:
    return ([(std, *forms) for std, forms in SUFFIXES.items()] + [(std, *forms) for std, forms in UNITS.items()]
            + [(std, *forms) for std, forms in DIRECTIONS.items()] + [(name, *forms) for name, forms in SPANISH.items()])


@functools.cache
def _forms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _groups():
        for word in group:
            out.setdefault(word, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def forms(word: str) -> frozenset[str]:
    """Every spelling of a street line's ``word`` (case-folded, a trailing dot dropped): "Street" ->
    {"street", "st", "str", "strt"}; "Apt" -> {"apt", "apartment", "#", "apto", …}; a word that is no
    suffix, unit designator or directional -> an empty set. A word in two groups (``ave``: the avenue
    and the avenida; ``no``: a number sign and the north-west in Spanish) has the forms of both."""
    return _forms().get(word.casefold().rstrip("."), frozenset())


@functools.cache
def is_unit(word: str) -> bool:
    """Whether ``word`` designates a unit (Appendix C2: Apt, Suite, Unit, #, Apto …)."""
    key = word.casefold().rstrip(".")
    return any(key == std or key in names for std, names in UNITS.items())


@functools.cache
def standard_suffix(word: str) -> str | None:
    """Appendix C1's standard abbreviation of a street suffix ("Boulevard", "Boul", "BLVD." -> "blvd");
    None for a word that is none."""
    key = word.casefold().rstrip(".")
    return next((std for std, names in SUFFIXES.items() if key == std or key in names), None)


@functools.cache
def standard_direction(word: str) -> str | None:
    """The standard abbreviation of a directional ("North", "Norte", "N." -> "n"); None for none."""
    key = word.casefold().rstrip(".")
    return next((std for std, names in DIRECTIONS.items() if key == std or key in names), None)


_SPELLED = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth")
_CARDINAL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# Spanish, Portuguese and French street numbers written as words or as a number with an ordinal ending
# (thirty-first pass, review39: "Calle Ocho" is "Calle 8", "Avenida Quinta" is "5a Avenida", "Primera" is "1ra").
# Ordinals and cardinals as the Real Academia Española's Ortografía (2010, §8.2.2: 1.º, 1.ª, 1.er, the last letter
# or letters of the word after the number) and the Portuguese and French grammars write them; the endings the
# Americas add by English's example (1ro, 2do, 3ro, 7mo, 8vo, 9no, "usadas a veces en el español americano") too.
# A word of one language only: "un"/"una"/"um" (an article) and "dix"/"sept"/"neuf"/"nona" (surnames, names) are
# left out, as is every cardinal past twelve (street numbers past it are written as figures).
_ROMANCE_ORDINALS: dict[str, int] = {
    **{w: n for n, ws in enumerate((
        ("primero", "primera", "primer", "primeiro", "primeira", "premier", "premiere"),
        ("segundo", "segunda", "deuxieme", "seconde"),
        ("tercero", "tercera", "tercer", "terceiro", "terceira", "troisieme"),
        ("cuarto", "cuarta", "quarto", "quarta", "quatrieme"),
        ("quinto", "quinta", "cinquieme"),
        ("sexto", "sexta", "sixieme"),
        ("septimo", "septima", "setimo", "setima", "septieme"),
        ("octavo", "octava", "oitavo", "oitava", "huitieme"),
        ("noveno", "novena", "nono", "neuvieme"),
        ("decimo", "decima", "dixieme"),
        ("undecimo", "undecima", "onzieme"),
        ("duodecimo", "duodecima", "douzieme"),
    ), start=1) for w in ws},
    **{w: n for n, ws in enumerate((
        (), ("dos", "dois", "deux"), ("tres", "trois"), ("cuatro", "quatro", "quatre"),
        ("cinco", "cinq"), ("seis",), ("siete", "sete"), ("ocho", "oito", "huit"), ("nueve", "nove"),
        ("diez", "dez"), ("once", "onze"), ("doce", "doze", "douze"),
    ), start=1) for w in ws},
}
# the endings of a number written as an ordinal: Spanish and Portuguese o/a (1o, 1a: º and ª read as ASCII), er
# (1er, 3er), the American ro/ra, do/da, to/ta, mo/ma, vo/va, no/na; French er/re/ere, e/eme (2e, 2eme)
_ROMANCE_ENDING = re.compile(r"(\d+)\.?(?:o|a|os|as|er|re|ere|ro|ra|do|da|to|ta|mo|ma|vo|va|no|na|e|eme)")


def _romance_number(word: str, letter_endings: bool = True) -> str | None:
    """A Spanish, Portuguese or French street number written as a word or with an ordinal ending ("ocho",
    "quinta", "1ra", "5a", "3er", "2eme") as its figure ("8", "5", "1", "5", "3", "2"); None for any other
    word. ``word`` is lower-case ASCII (accents already read away: "séptima" is "septima"). Without
    ``letter_endings`` a one-letter ending (5a, 2e, 1o) is not read: on a line with no Spanish street type
    "9A" is a lettered road (Route 9A, Highway 1A, County Road 5A: another road than 9; review41)."""
    if word in _ROMANCE_ORDINALS:
        return str(_ROMANCE_ORDINALS[word])
    m = _ROMANCE_ENDING.fullmatch(word)
    if m and not letter_endings and len(word.rstrip(".")) - len(m.group(1)) <= 2 and word[-1:] in "aeo" \
            and not word[len(m.group(1)):].strip(".")[1:]:
        return None
    return (m.group(1).lstrip("0") or "0") if m else None


# a street name's words written two ways (Publication 28 §232: SAINT, MOUNT, FORT as ST, MT, FT)
_NAME_WORDS = {"saint": "st", "sainte": "ste", "santa": "sta",
               # a name brokers shorten to its initials: County Road as CR ("CR 5"), Martin Luther King as MLK
               # (review39's own-street probes: "100 CR 5" and "100 MLK Jr Blvd" read as another street, which
               # the thirty-first pass's "another street only" would ask about)
               "cr": "county rd", "mlk": "martin luther king"}


def _spanish_type(word: str) -> str | None:
    """The Spanish street type ``word`` writes ("c/", "Cll" -> "calle"; "Avda" -> "ave"), or None."""
    for name, other in SPANISH.items():
        if word == name or word in other:
            return "ave" if name == "avenida" else name
    return None


def _name_word(word: str, letter_endings: bool = True) -> str:
    """A word of a street's name as one spelling: 181st and Fifth as numbers, Saint/Mount as St/Mt.
    ``letter_endings``: whether a one-letter Romance ordinal ending (5a) is read (``_romance_number``)."""
    word = word.rstrip(".")
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return word[:-2].lstrip("0") or "0"
    if word.isdigit():
        return word.lstrip("0") or "0"
    if word in _SPELLED:
        return str(_SPELLED.index(word) + 1)
    if word in _CARDINAL:
        return str(_CARDINAL.index(word) + 1)
    if (number := _romance_number(word, letter_endings)) is not None:
        return number
    return _NAME_WORDS.get(word) or standard_suffix(word) or _spanish_type(word) or word


def street_parts(line: str) -> tuple[str, str | None, str, str | None, str | None] | None:
    """A street line's (house number, pre-directional, name, suffix, post-directional), each in one
    spelling: "1200 Northwest 7th Street, Apt 4" -> ("1200", "nw", "7", "st", None); "1200 Calle 5" ->
    ("1200", None, "5", "calle", None); "50 Avenue J" -> ("50", None, "j", "ave", None). ``line`` is lower-case
    ASCII; the text after the first comma and from a unit designator on (Appendix C2) is left out. None when
    the line starts with no house number or has no name. A street type before the name (Avenue J, Calle 5,
    Highway 6) is read as its suffix; St before a name is Saint (St Charles Ave)."""
    head = line.split(",")[0]
    words = [w for w in head.replace("c/", "calle ").replace("#", " # ").replace("/", " ").split() if w.strip(".")]
    if not words or not words[0].rstrip(".")[:1].isdigit():
        return None
    number = "".join(c for c in words[0] if c.isalnum())
    if not number[:1].isdigit():
        return None
    rest: list[str] = []
    for w in words[1:]:
        if w == "#" or (is_unit(w) and w not in ("no", "num", "lot") and rest):
            break
        rest.append(w.rstrip("."))
    pre = post = suffix = None
    def typed(w: str) -> bool:
        return bool(standard_suffix(w) or _spanish_type(w))

    # a directional is the name itself when only a street type is left beside it (North St, Avenue N)
    if len(rest) >= 2 and standard_direction(rest[0]) and rest[0] not in ("o", "no", "so") \
            and (len(rest) >= 3 or not typed(rest[1])):
        pre, rest = standard_direction(rest[0]), rest[1:]
    if len(rest) >= 2 and standard_direction(rest[-1]) and rest[-1] not in ("o", "no", "so") \
            and (len(rest) >= 3 or not typed(rest[0])):
        post, rest = standard_direction(rest[-1]), rest[:-1]
    if len(rest) >= 2 and (standard_suffix(rest[-1]) or _spanish_type(rest[-1])) and not rest[-1][:1].isdigit():
        suffix, rest = _name_word(rest[-1]), rest[:-1]
    elif len(rest) >= 2 and rest[0] not in ("st", "saint", "mt", "mount", "ft", "fort") \
            and (standard_suffix(rest[0]) or _spanish_type(rest[0])):
        suffix, rest = _name_word(rest[0]), rest[1:]  # Avenue J, Calle 5, Highway 6: the type before the name
    if not rest:
        return None
    romance = any(_spanish_type(w) for w in words[1:])  # "5a Avenida": an ordinal; "Route 9A": a letter
    return number, pre, " ".join(_name_word(w, romance) for w in rest), suffix, post


class AddressParts(NamedTuple):
    """A street line's parts, each in one spelling (:func:`address_parts`)."""

    number: str                 # the house number's figures: "100" of "100-A" and of "100 1/2"
    number_suffix: str | None   # a letter or a half after it ("a", "1/2"): a half-lot or a unit of the building
    pre: str | None             # the directional before the name ("nw")
    name: str                   # the street's name ("7", "das flores", "martin luther king")
    suffix: str | None          # its type, Appendix C1's standard form or the Romance type ("st", "ave", "rua")
    post: str | None            # the directional after the name
    unit_kind: str | None       # "flat" (Apt, #, Unit, Suite, Room, Space, Lot, Trailer, Penthouse) or a part of a
    #                             building that is no flat ("fl" floor, "bldg" building, "bsmt" basement, "ofc")
    unit: str | None            # the unit's number in one spelling ("4c" of "4-C" and "#4C", "4" of "04" and "4th")


# Appendix C2's designators of one dwelling (a broker writes "#4", "Apt 4" or "Unit 4" for the same flat) against
# those that name a floor, a building or a room that is no flat ("Floor 4" is the fourth floor, not flat 4)
_FLAT_KINDS = frozenset({"apt", "unit", "ste", "rm", "spc", "lot", "trlr", "ph"})
# a letter or a half written after the house number: "100-A", "100A", "100 1/2" (Publication 28 §232 keeps a
# fraction and a letter in the primary number; a half-lot or one unit of a duplex, in the same building or lot)
_NUMBER_SUFFIX = re.compile(r"\s*(\d+)(?:\s*-\s*([a-z])|([a-z]))?(?:\s+(1/2))?(?=\s)")


def _unit_key(text: str) -> str:
    """"4-C" and "4C" -> "4c", "04" -> "4", "4th" -> "4"; "4-1" stays "4-1" (Apt 4-1, building 4 flat 1)."""
    text = re.sub(r"^#\s*", "", text.strip().lower())
    text = re.sub(r"(?<=[0-9])(?:st|nd|rd|th)$", "", text)
    text = re.sub(r"(?<=[0-9])-(?=[a-z])|(?<=[a-z])-(?=[0-9])", "", text).strip("-")
    return text.lstrip("0") or "0"


def _kind(word: str) -> str | None:
    """Appendix C2's standard designator of ``word`` ("Apto" -> "apt", "Piso" -> "fl"), or None."""
    key = word.casefold().rstrip(".")
    return next((std for std, names in UNITS.items() if key in (std, *names)), None)


def _unit(line: str) -> tuple[str | None, str | None]:
    """The unit's kind and number as ``usaddress`` tags them (OccupancyType and OccupancyIdentifier, or its
    SubaddressType and SubaddressIdentifier): it reads "4th Floor", "Floor 4" and "# 2301" where a designator regex
    read "Floor 4" as flat 4. A designator of Appendix C2's table it leaves inside the identifier ("apartamento 6")
    or the street's name ("calle 5 piso 2") is read from the table. A line it cannot tag (two units: "Apt 4 Floor
    2") or with no unit -> (None, None)."""
    import usaddress  # a trained parser already in use for addresses (optout.places); loaded with the first line

    try:
        tagged, _ = usaddress.tag(line)
    except usaddress.RepeatedLabelError:
        return None, None
    kind_word = tagged.get("OccupancyType") or tagged.get("SubaddressType") or ""
    ident = (tagged.get("OccupancyIdentifier") or tagged.get("SubaddressIdentifier") or "").strip()
    words = ident.split()
    if len(words) >= 2 and _kind(words[0]) and not kind_word:
        kind_word, ident = words[0], " ".join(words[1:])
    if ident and not kind_word and not ident.startswith("#") and "#" not in line:
        ident = ""  # a bare number it calls a unit ("1200 Calle 5": the street's own number): the table decides
    if not ident:
        # Spanish designators usaddress was not trained on ("piso 2" read into the street's name)
        m = re.search(r"\s(\S+?)\.?\s+#?\s*(\d[0-9a-z-]*)\s*$", line)
        if m is None or _kind(m.group(1)) is None or m.group(1) in ("no", "num", "lot", "#"):
            return None, None
        kind_word, ident = m.group(1), m.group(2)
    kind = _kind(kind_word) if kind_word else "apt"  # "# 2301": Publication 28 §213's number sign, a flat
    if kind is None:
        return None, None
    return ("flat" if kind in _FLAT_KINDS else kind), _unit_key(ident)


def address_parts(line: str) -> AddressParts | None:
    """A street line read into its parts (:class:`AddressParts`): "100-A Main St Apt 4" -> ("100", "a", None,
    "main", "st", None, "flat", "4"); "100 Main St Floor 4" -> (..., "fl", "4"). ``line`` is lower-case ASCII,
    the text after its first comma left out unless it is the unit ("100 Main St, Apt 4"). The street's parts are
    :func:`street_parts`'; the unit's are ``usaddress``'s (see ``_unit``); the number's letter is read here,
    since ``usaddress`` keeps "100-A" whole as the AddressNumber. None when the line has no house number."""
    head, _, tail = line.partition(",")
    if tail and re.match(r"\s*(?:apt|apto|unit|ste|suite|fl|floor|#|rm|room)\b", tail):
        head = f"{head} {tail.split(',')[0]}"
    m = _NUMBER_SUFFIX.match(head + " ")
    number_suffix = None
    if m:
        number_suffix = m.group(2) or m.group(3) or m.group(4)
        if number_suffix and is_unit(number_suffix):
            number_suffix = None
        elif number_suffix:
            head = m.group(1) + head[m.end():]
    kind, unit = _unit(head)
    # a floor written as an ordinal before its word ("4th Floor", "2nd Fl"): not part of the street's name
    parts = street_parts(re.sub(r"\s+\d+(?:st|nd|rd|th)\s+(?:floor|fl)\.?\s*$", "", head) if kind == "fl" else head)
    if parts is None:
        return None
    return AddressParts(parts[0], number_suffix, parts[1], parts[2], parts[3], parts[4], kind, unit)


def same_flat(a: AddressParts, b: AddressParts) -> bool | None:
    """Whether two lines of one building name the same dwelling: True when both show a flat of the same number
    (or the same letter after the house number: "100-A"), False when they show two (Apt 4 and Apt 9, 100-A and
    100-B, or a flat and a floor of other numbers), None when either leaves it out or they name different kinds
    of part ("Floor 4" and "Apt 4": the fourth floor holds many flats)."""
    if a.number_suffix and b.number_suffix and a.number_suffix != b.number_suffix:
        return False
    if a.unit is None or b.unit is None:
        return True if (a.number_suffix and a.number_suffix == b.number_suffix
                        and a.unit is None and b.unit is None) else None
    if a.unit_kind == b.unit_kind:
        return a.unit == b.unit
    return None


def same_street(a: str, b: str) -> str | None:
    """Two street lines compared by their parts (:func:`address_parts`): "same" when number, name, directionals and
    suffix agree; "partly" when they agree but a directional, suffix or the letter after the house number one shows
    the other leaves out ("100-A Main St" and "100 Main St": a unit or half-lot of the same building, thirty-third
    pass); "other" when any differs; None when either has no house number. Two letters after one number (100-A,
    100-B) are one building's two dwellings, not two streets: "same" here, :func:`same_flat` tells them apart."""
    x, y = address_parts(a), address_parts(b)
    if x is None or y is None:
        return None
    if x.number != y.number or x.name != y.name:
        return "other"
    pairs = ((x.pre, y.pre), (x.suffix, y.suffix), (x.post, y.post))
    if any(p and q and p != q for p, q in pairs):
        return "other"
    # a directional written before the name on one line and after it on the other is another street too
    if (x.pre and y.post and not y.pre and not x.post) or (y.pre and x.post and not x.pre and not y.post):
        return "other"
    one_letter = bool(x.number_suffix) != bool(y.number_suffix)
    return "same" if all(p == q for p, q in pairs) and not one_letter else "partly"


__all__ = ["AddressParts", "DIRECTIONS", "SPANISH", "SUFFIXES", "UNITS", "address_parts", "forms", "is_unit", "same_flat",
           "same_street", "standard_direction",
           "standard_suffix", "street_parts"]
