"""US places as brokers print them: ``"Springfield, IL"``, ``"Springfield Illinois 62701"``,
``"12 Elm St, Springfield, IL 62701"``, ``"springfield-il"`` (a profile URL's slug).

:func:`parse_place` turns one such text into a :class:`Place` (street, city, state code, ZIP) or
``None`` when it is not a usable place: no state, a state that does not exist (``"Nowhere, ZZ"``),
a single word, or a value the page cut short (``"Evansto..."``). The rules follow DuckDuckGo's
broker-protection extractors (a city and a state are required; a full state name becomes its code;
the ZIP is not needed to match); full addresses are parsed with ``usaddress`` (a conditional-random-
field parser trained on US addresses) rather than by hand.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from urllib.parse import unquote, urlsplit


from optout.streets import standard_suffix
from optout.usstates import STATES

NAME_TO_CODE = {name.lower(): code for code, name in STATES.items()}
_ZIP = re.compile(r",?\s*\b(\d{5})(?:-\d{4})?\s*$")
_TRUNCATED = re.compile(r"(\.\.\.|…)\s*$")


@dataclass(frozen=True)
class Place:
    city: str
    state: str | None  # two-letter code; None only when read from a city element with no state element
    street: str | None = None
    zip: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What two listings of the same place share (DuckDuckGo de-duplicates on city and state)."""
        return (self.city.lower(), self.state or "")

    def __str__(self) -> str:
        city_state = f"{self.city}, {self.state}" if self.state else self.city
        tail = f"{city_state} {self.zip}" if self.zip else city_state
        return f"{self.street}, {tail}" if self.street else tail

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def state_code(token: str | None) -> str | None:
    """``"il"`` / ``"IL"`` / ``"Illinois"`` -> ``"IL"``; anything else -> None."""
    t = " ".join((token or "").replace(".", " ").split())
    if not t:
        return None
    if t.upper() in STATES:
        return t.upper()
    return NAME_TO_CODE.get(t.lower())


def parse_place(text: str) -> Place | None:
    """One place from a broker's text; None when it is not a valid US city and state."""
    text = " ".join((text or "").split()).strip(" ,;")
    if not text or _TRUNCATED.search(text):
        return None
    if " " not in text and ("/" in text or "-" in text):
        return place_from_slug(text)
    if re.match(r"^\d+\s+\S", text):
        full = _full_address(text)
        if full is not None:
            return full
    return _city_state(text)


def place_from_slug(url_or_slug: str) -> Place | None:
    """``https://x.com/name/jo-doe/springfield-il/abc`` or ``springfield-il`` -> Springfield, IL:
    the last path segment that ends in a state's code (or name) after a city."""
    path = urlsplit(url_or_slug).path if "://" in url_or_slug else url_or_slug
    for seg in reversed([unquote(s) for s in path.split("/") if s]):
        words = [w for w in re.split(r"[-_+]", seg) if w]
        for n in (2, 1):  # "new-york" before "york"
            if len(words) > n and (st := state_code(" ".join(words[-n:]))) and len(" ".join(words[-n:])) > 1:
                city_words = words[:-n]
                if all(w.isalpha() for w in city_words):
                    return Place(" ".join(w.capitalize() for w in city_words), st)
    return None


def _city_state(text: str) -> Place | None:
    zip_code = None
    if m := _ZIP.search(text):
        zip_code, text = m.group(1), text[: m.start()]
    text = text.strip(" ,")
    if "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) < 2:
            return None
        street = ", ".join(parts[:-2]) or None
        city, cand = parts[-2], parts[-1]
        st = state_code(cand)
    else:
        words = text.split(" ")
        st, city = None, ""
        for n in (3, 2, 1):  # "District of Columbia", "New York", "IL"
            if len(words) > n and (st := state_code(" ".join(words[-n:]))):
                city = " ".join(words[:-n])
                break
        street = None
    if not st or not city or not re.search(r"[^\W\d_]", city):
        return None
    return Place(city, st, street, zip_code)




def _full_address(text: str) -> Place | None:
    import usaddress  # with the first full address (pycrfsuite's model): not at every engine's start

    text = re.sub(r"\b(\d{5})[\s-]+\d{4}\s*$", r"\1", text)  # ZIP+4: the five digits are the ZIP
    try:
        tagged, _ = usaddress.tag(text)
    except usaddress.RepeatedLabelError:
        return None
    city, st, zip_code = tagged.get("PlaceName"), state_code(tagged.get("StateName")), tagged.get("ZipCode")
    if not city or not st:
        return None
    parts = []
    for k, v in tagged.items():
        if k in ("PlaceName", "StateName", "ZipCode", "CountryName", "Recipient"):
            continue
        if k == "StreetNamePostType":
            # USPS Publication 28's standard abbreviation, as brokers and DuckDuckGo print it ("Blvd")
            v = (std.title() if (std := standard_suffix(v.strip(" ,."))) else v)
        parts.append(v)
    street = " ".join(parts).strip(" ,") or None
    return Place(city.strip(" ,"), st, street, (zip_code or "")[:5] or None)
