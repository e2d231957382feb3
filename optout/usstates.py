"""US state and territory codes and names (for ``${state|stateFull}`` and matching)."""

STATES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
    "GU": "Guam",
    "VI": "Virgin Islands",
    "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}

#: The "states" of US military mail (APO, FPO, DPO): Armed Forces Americas, Europe and Pacific. An address, not a
#: state: a soldier or sailor abroad may have no other to give, so a profile takes it (it is no place the matcher
#: compares with another's, optout.matching._military), but STATES does not list it.
MILITARY_STATES = frozenset({"AA", "AE", "AP"})

NAME_TO_CODE: dict[str, str] = {n.lower(): c for c, n in STATES.items()}

#: How an intake form writes a state besides its code and English name: the abbreviations US
#: newspapers and forms use ("Calif.", "Tex.", "N.Y."), and the Spanish names (Nueva York,
#: Carolina del Norte), keyed without dots, accents or case (:func:`written_state`). Kept apart
#: from NAME_TO_CODE, which the matcher reads listings with.
WRITTEN_AS: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE",
    "nev": "NV", "n h": "NH", "n j": "NJ", "n m": "NM", "n mex": "NM", "n y": "NY", "n c": "NC", "n d": "ND",
    "okla": "OK", "ore": "OR", "oreg": "OR", "pa": "PA", "penn": "PA", "r i": "RI", "s c": "SC", "s d": "SD",
    "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "w va": "WV", "wis": "WI", "wisc": "WI",
    "wyo": "WY", "d c": "DC", "p r": "PR",
    "nueva york": "NY", "nueva jersey": "NJ", "nuevo mexico": "NM", "nuevo hampshire": "NH",
    "carolina del norte": "NC", "carolina del sur": "SC", "dakota del norte": "ND", "dakota del sur": "SD",
    "virginia occidental": "WV", "pensilvania": "PA", "luisiana": "LA", "misisipi": "MS", "misuri": "MO",
    "tennesse": "TN", "kansas": "KS", "hawai": "HI", "oregon": "OR", "michigan": "MI", "distrito de columbia": "DC",
}


def written_state(text: str) -> str | None:
    """The code of a state written out as an intake form writes it: its code, its English or
    Spanish name, or a usual abbreviation, in any case, with or without dots and accents; else None."""
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    key = " ".join(folded.replace(".", " ").split()).lower()
    if key.upper() in STATES:
        return key.upper()
    return NAME_TO_CODE.get(key) or WRITTEN_AS.get(key)


def near_state(text: str) -> str | None:
    """The code of the state a misspelt name most likely is ("Califronia", "Texsas", "Nueva Yrok"),
    when one name is close enough to say so, else None: for a volunteer to confirm, never taken."""
    import difflib

    key = " ".join(text.replace(".", " ").split()).lower()
    if len(key) < 4:
        return None
    names = {**NAME_TO_CODE, **{k: v for k, v in WRITTEN_AS.items() if len(k) > 4}}
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None
