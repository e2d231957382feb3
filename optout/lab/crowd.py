"""Made-up people in bulk, for tests and scripts that need a crowd (many workers, kill tests).

Every profile is fictional and distinct by last name (so each has its own listings in the lab),
with enough detail (middle name, birth year, city, relative) for optout's matching to act on it.
"""

from __future__ import annotations

from typing import Any

_STEMS = ["Bar", "Cor", "Dal", "Fen", "Gar", "Hal", "Kes", "Lor", "Mar", "Nor", "Pel", "Quin", "Ros", "Tal"]
_ENDS = ["ton", "ley", "wood", "ford", "by", "son", "man", "well", "ridge", "field", "more", "worth"]
_FIRST = ["Alex", "Maria", "Sam", "Dana", "Robin", "Jamie", "Casey", "Morgan"]
_PLACES = [("Springfield", "IL"), ("Austin", "TX"), ("Albany", "NY"), ("Boise", "ID"), ("Dover", "DE"),
           ("Salem", "OR"), ("Helena", "MT"), ("Denver", "CO")]


def crowd(n: int) -> list[tuple[str, dict[str, Any]]]:
    """``n`` (at most 168) people as ``(lab key, profile dict)``: the dict is what `optout person
    add` reads from a YAML file and the lab's ``POST /_admin/people`` takes."""
    if n > len(_STEMS) * len(_ENDS):
        raise ValueError(f"at most {len(_STEMS) * len(_ENDS)} distinct people")
    out = []
    for i in range(n):
        last = _STEMS[i % len(_STEMS)] + _ENDS[i // len(_STEMS)]
        first = _FIRST[i % len(_FIRST)]
        city, state = _PLACES[i % len(_PLACES)]
        key = f"{first}-{last}".lower()
        out.append((key, {
            "first_name": first, "middle_name": "Jordan", "last_name": last, "birth_year": 1950 + i % 40,
            "emails": [f"{key}@example.org"], "optout_email": f"{key}.optout@example.org",
            "addresses": [{"city": city, "state": state}], "relatives": [f"Dana {last}"],
        }))
    return out


# Invented clients of a legal-aid clinic, named as the people optout serves are (NAMES.md): two
# surnames, compound given names, particles, hyphens, apostrophes, family-name-first order, letters
# that do not decompose, one-part names, a common name, a Jr living with his father. Each one is fictional.
CLINIC: list[tuple[str, dict[str, Any]]] = [
    ("maria-hernandez-garcia", {"first_name": "María", "last_name": "Hernández García", "birth_year": 1979,
                                "addresses": [{"city": "Houston", "state": "TX"}, {"city": "San Antonio", "state": "TX"}],
                                "relatives": ["Pedro Hernández Ruiz"]}),
    ("guadalupe-sanchez-ortiz", {"first_name": "Guadalupe", "last_name": "Sánchez Ortiz", "birth_year": 1962,
                                 "addresses": [{"city": "Phoenix", "state": "AZ"}], "aliases": ["Lupe"],
                                 "relatives": ["Tomás Ortiz Vela"]}),
    ("jean-baptiste-pierre-louis", {"first_name": "Jean-Baptiste", "last_name": "Pierre-Louis", "birth_year": 1972,
                                    "addresses": [{"city": "North Miami", "state": "FL"}, {"city": "Miami", "state": "FL"}],
                                    "relatives": ["Marie-Claire Pierre-Louis"]}),
    ("mohammed-al-hassan", {"first_name": "Mohammed", "last_name": "Al-Hassan", "birth_year": 1984,
                            "addresses": [{"city": "Dearborn", "state": "MI"}], "relatives": ["Huda Al-Hassan"]}),
    ("carlos-pena-munoz", {"first_name": "Carlos", "last_name": "Peña Muñoz", "birth_year": 1990,
                           "addresses": [{"city": "Chicago", "state": "IL"}, {"city": "Aurora", "state": "IL"}],
                           "relatives": ["Elena Muñoz Soto"]}),
    ("rony-saint-fleur", {"first_name": "Rony", "last_name": "Saint-Fleur", "birth_year": 1987,
                          "addresses": [{"city": "Brooklyn", "state": "NY"}], "relatives": ["Nadège Saint-Fleur"]}),
    ("maria-jose-garcia-lopez", {"first_name": "María José", "last_name": "García López", "birth_year": 1985,
                                 "addresses": [{"city": "Los Angeles", "state": "CA"}, {"city": "Fresno", "state": "CA"}],
                                 "relatives": ["Rosa López Díaz"]}),
    ("juan-carlos-de-la-cruz", {"first_name": "Juan Carlos", "last_name": "de la Cruz", "birth_year": 1975,
                                "addresses": [{"city": "San Diego", "state": "CA"}], "relatives": ["Inés de la Cruz"]}),
    ("nguyen-thi-lan", {"first_name": "Lan", "middle_name": "Thị", "last_name": "Nguyễn", "birth_year": 1977,
                        "addresses": [{"city": "San Jose", "state": "CA"}], "relatives": ["Nguyễn Văn Hùng"],
                        "names": [{"kind": "legal", "given": ["Thị", "Lan"], "surnames": ["Nguyễn"]}]}),
    ("dang-minh-tuan", {"first_name": "Minh Tuấn", "last_name": "Đặng", "birth_year": 1982,
                        "addresses": [{"city": "Westminster", "state": "CA"}], "relatives": ["Đặng Thu Hà"]}),
    ("marie-ange-dhaiti", {"first_name": "Marie-Ange", "last_name": "D'Haïti", "birth_year": 1991,
                           "addresses": [{"city": "Boston", "state": "MA"}], "relatives": ["Josué D'Haïti"]}),
    ("kim-min-jun", {"first_name": "Min-jun", "last_name": "Kim", "birth_year": 1995,
                     "addresses": [{"city": "Fort Lee", "state": "NJ"}], "relatives": ["Kim Soo-ah"]}),
    # one name only, entered once (docs/PEOPLE.md, "One-part names"): an Afghan client, a Karen one
    ("zarghuna", {"first_name": "Zarghuna", "birth_year": 1988, "addresses": [{"city": "Sacramento", "state": "CA"}],
                  "relatives": ["Wali Ahmadzai"]}),
    ("hser-paw", {"last_name": "Hser Paw", "birth_year": 1993, "addresses": [{"city": "Saint Paul", "state": "MN"}],
                  "relatives": ["Eh Doh"]}),
    ("robert-okafor-jr", {"first_name": "Robert", "middle_name": "Allen", "last_name": "Okafor", "suffix": "Jr",
                          "birth_year": 1985, "addresses": [{"city": "St. Louis", "state": "MO"}],
                          "relatives": ["Grace Okafor"]}),
]


def clinic() -> list[tuple[str, dict[str, Any]]]:
    """The clinic's invented clients as ``(lab key, profile dict)``, like :func:`crowd`."""
    return [(k, dict(v) | {"emails": [f"{k}@example.org"], "optout_email": f"{k}.optout@example.org"})
            for k, v in CLINIC]
