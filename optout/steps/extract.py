"""Read listings out of a results page, the same way for every channel.

The browser channel hands over the rendered DOM (``page.content()``), the http channel the response
body, ``optout recipe check`` a recorded file: all go through :func:`extract_listings`, with parsel
(Scrapy's selector library: CSS and XPath over lxml).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from parsel.csstranslator import HTMLTranslator
from parsel import Selector, SelectorList

from optout.errors import SelectorNotFound
from optout.places import Place, parse_place, place_from_slug, state_code
from optout.recipe.schema import LIST_FIELDS, Extract, FieldSpec, ListingMatch
from optout.urls import without_tracking

# phonenumbers, regex and nicknames (~0.04 CPU-s) load with the first listing read, not with the
# engine: in a run the engine's tables thread imports them while the first page waits on the broker
# (optout.engine._read_matcher_tables), not the thread that runs beside Chromium's launch (issue 15).
if TYPE_CHECKING:
    import regex
    from nicknames import NickNamer


@dataclass
class Listing:
    """A record on a broker that may be the person. Its values are personal data: seal before storing."""

    name: str
    age: int | None = None  # an exact age in years, when the listing shows one
    locations: list[str] = field(default_factory=list)
    past_locations: list[str] = field(default_factory=list)
    relatives: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    profile_url: str | None = None
    profile_id: str | None = None
    age_text: str | None = None  # the age as shown ("Born 1985", "In her 40s"): see optout.matching.ages
    addresses: list[dict[str, str]] = field(default_factory=list)  # street, city, state, zip of each place
    extras: dict[str, str] = field(default_factory=dict)  # other fields the recipe reads (Extract.extras)

    @property
    def key(self) -> str:
        """An opaque key for this record within one broker: 32 hex digits (no personal data in clear).

        The broker's record id, else its address (``profile_url``), else the card itself: its name and
        places, and whatever else it shows (age, other places, relatives, other names, phones,
        addresses; lists as sets, so a broker's reordering is the same record). Two cards of one name
        and city on a site without record addresses (14 of the 63 searching recipes, 2026-12-03) are
        two people unless they show the same facts: joined by key, the engine kept one of them and
        submitted it where the page's namesakes rule (:mod:`optout.matching.page`) asks a person.
        A card showing only a name and places keeps the key it always had. An age shown ("Age 42")
        moves the key once a year: the record is then a new listing of the same decision, as a card
        whose facts changed is (the case's state follows the matches, not the keys)."""
        basis = self.profile_id or self.profile_url or "|".join([self.name, *self.locations])
        if not (self.profile_id or self.profile_url):
            shown = {k: v for k, v in (
                ("age", self.age), ("age_text", self.age_text),
                ("past_locations", sorted(map(str, self.past_locations))),
                ("relatives", sorted(map(str, self.relatives))), ("aliases", sorted(map(str, self.aliases))),
                ("phones", sorted(map(str, self.phones))),
                ("addresses", sorted(json.dumps(a, sort_keys=True, default=str) for a in self.addresses)),
            ) if v not in (None, "", [])}
            if shown:
                basis += "|" + json.dumps(shown, sort_keys=True, ensure_ascii=False, default=str)
        # surrogatepass: a lone surrogate in a scraped name is still a stable key, never a crash
        return hashlib.sha256(str(basis).encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def to_dict(self) -> dict:
        return asdict(self)


def is_xpath(selector: str) -> bool:
    """XPath when it starts with ``/``, ``./``, ``(``, ``../`` or is ``.`` (the element itself)."""
    return selector == "." or selector.startswith(("/", "./", "(", "../"))


def select(node: Selector | SelectorList, selector: str) -> SelectorList:
    if is_xpath(selector):
        if isinstance(node, Selector) and selector.startswith("/") and not selector.startswith("//"):
            selector = "." + selector
        elif selector.startswith("//") and not isinstance(node, SelectorList) and node.root is not None:
            # DuckDuckGo's recipes write '//x' inside an item meaning "below this item"
            selector = "." + selector
        return node.xpath(selector)
    return node.css(selector)


# ---- text as a reader sees it ---------------------------------------------------------------------

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split())
_HIDDEN = frozenset(("script", "style", "template", "noscript"))


def _inner_text(sel: Selector) -> str:
    """The element's text with a line break wherever a block element or ``<br>`` breaks it (like the
    DOM's ``innerText``, which DuckDuckGo's extractors read), spaces collapsed within each line."""
    if isinstance(sel.root, str):  # an XPath that selects text itself (DuckDuckGo's ``…/text()``)
        return " ".join(sel.root.split())
    out: list[str] = []

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        block = tag in _BLOCK
        if block:
            out.append("\n")
        if tag and tag not in _HIDDEN and el.text:
            out.append(el.text)
        if tag not in _HIDDEN:
            for child in el:
                walk(child)
        if block:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    root = sel.root
    if root.text and (not isinstance(root.tag, str) or root.tag.lower() not in _HIDDEN):
        out.append(root.text)
    for child in root:
        walk(child)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def _text(sel: Selector) -> str:
    return " ".join(_inner_text(sel).split())


# ---- markers: literal text or /regex/flags ----------------------------------------------------------

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "u": 0, "g": 0, "y": 0}
DEFAULT_SEPARATOR = re.compile(r"[|\n•·]")


@lru_cache(maxsize=512)
def marker(text: str) -> regex.Pattern[str]:
    """A recipe's ``after``/``before``/``split`` as a pattern: ``/…/flags`` (DuckDuckGo's notation, a
    JavaScript regular expression) is a regular expression, anything else literal text. Compiled
    with the ``regex`` module, which reads what JavaScript allows and ``re`` does not (a look-behind
    of any width, ``(?<name>…)``). A pattern that does not compile is literal text, as DuckDuckGo
    treats it."""
    import regex

    m = re.fullmatch(r"/(.+)/([a-z]*)", text, re.DOTALL)
    if m and set(m.group(2)) <= set(_FLAGS):
        flags = 0
        for f in m.group(2):
            flags |= _FLAGS[f]
        try:
            return regex.compile(m.group(1), flags)
        except regex.error:
            pass
    return regex.compile(regex.escape(text))


def _cut(text: str, spec: FieldSpec) -> str:
    # DuckDuckGo: the text after the first `after`, then before the first `before`; a marker that is
    # not there leaves the text whole
    if spec.after and (m := marker(spec.after).search(text)) and text[m.end():].strip():
        text = text[m.end():]
    if spec.before and (m := marker(spec.before).search(text)) and text[: m.start()].strip():
        text = text[: m.start()]
    if spec.pattern:
        m = re.search(spec.pattern, text)
        text = (m.group(1) if m and m.groups() else m.group(0)) if m else ""
    return text.strip(" \t\n,;:")


# Labels brokers print around a value (DuckDuckGo's list, case-insensitive, plus a few more of theirs)
_LABEL = re.compile(
    r"^(?:[-–•·]\s+|(?:associated persons|also known as|known as|a\.?k\.?a\.?|has lived in|used to live(?: in)?"
    r"|lives in|resides in|related to|relatives|no other aliases\.?)\b\s*:?\s*)",
    re.IGNORECASE)
_SUFFIX = re.compile(r"(?:\s+-|\s*\byears? old|\s*\+\s*\d+\s*more\b.*|\s+\+\s*\d+)\s*$", re.IGNORECASE)


def clean(text: str) -> str:
    """``"AKA: Jo Doe"`` -> ``"Jo Doe"``; ``"Springfield, IL +3 more"`` -> ``"Springfield, IL"``;
    ``"Lives in Dayton, OH"`` -> ``"Dayton, OH"``; ``"- Casey Doe"`` -> ``"Casey Doe"``;
    ``"JosÃ© P&eacute;rez"`` -> ``"José Pérez"`` (mojibake and left-in entities, see matching._text.repair)."""
    from optout.matching._text import repair  # the matcher's package: with the first listing, not at start-up

    text = repair(text)
    prev = None
    while prev != text:
        prev = text
        text = _LABEL.sub("", text.strip()).strip()
        text = _SUFFIX.sub("", text).strip()
    return text.strip(" \t,;:")


# ---- one field --------------------------------------------------------------------------------------

_RELATIVE_AGE = re.compile(r"\s*,?\s*\(?(?:age\s*)?\d{1,3}\)?\s*$", re.IGNORECASE)


def _split(text: str, spec: FieldSpec) -> list[str]:
    sep = marker(spec.split) if spec.split else DEFAULT_SEPARATOR
    return [p for p in (clean(x) for x in sep.split(text) if x) if p]


def _items(name: str, raw: str, spec: FieldSpec) -> list[str]:
    """A list field's values from one element's text."""
    values = _split(raw, spec)
    if name == "relatives":
        # "Renee Marie Johnson, 58" -> "Renee Marie Johnson": DuckDuckGo keeps what precedes a comma;
        # an age printed without one ("Tom Lee (62)") goes too
        values = [_RELATIVE_AGE.sub("", v.split(",")[0]).strip() for v in values]
    elif name == "phones":
        values = [normalise_phone(v) for v in values]
    return [v for v in values if v]


def normalise_phone(text: str) -> str:
    """``"(217) 555-0142"`` / ``"+1 217 555 0142"`` -> ``"2175550142"``: a US number's ten digits
    (``phonenumbers``, Google's libphonenumber); another country's in E.164; otherwise the digits."""
    import phonenumbers

    digits = re.sub(r"\D", "", text)
    try:
        num = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(num):
        return digits
    if num.country_code == 1:
        return str(num.national_number)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _joined_lines(parts: list[str]) -> list[str]:
    """A street on one line and its city on the next (``123 Elm St,`` / ``Dallas, TX 75215``) are
    one address: a part that is no place of its own is joined to the next when together they are."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and parse_place(parts[i]) is None:
            both = f"{parts[i].rstrip(' ,')}, {parts[i + 1]}"
            if (p := parse_place(both)) is not None and p.street:
                out.append(both)
                i += 2
                continue
        out.append(parts[i])
        i += 1
    return out


def _places(texts: list[str]) -> list[Place]:
    return [p for p in (parse_place(t) for t in texts) if p is not None]


def read_field(item: Selector, name: str, spec: FieldSpec | list[FieldSpec], base_url: str) -> str | list[str] | None:
    """One field of one listing: text for a single field, a list for a list field (places as
    ``Place`` strings; see :func:`read_places` for their parts)."""
    if name in ("locations", "past_locations"):
        return [str(p) for p in read_places(item, spec, base_url)]
    if isinstance(spec, list):
        # several ways to read one field (a current address and a list of past ones): values joined
        parts = [read_field(item, name, one, base_url) for one in spec]
        if name in LIST_FIELDS:
            return list(dict.fromkeys(v for p in parts for v in (p or [])))
        return next((p for p in parts if p), None)  # type: ignore[return-value]
    values: list[str] = []
    for raw in _raw_values(item, spec, base_url):
        if name == "profile_url":
            if raw.strip():  # the listing's own address: a campaign tag on the link names no record
                values.append(without_tracking(urljoin(base_url, raw.strip())))
            continue
        text = _cut(raw, spec)
        if name in LIST_FIELDS:
            values += _items(name, text, spec)
        elif text := clean(text.replace("\n", " ")):
            values.append(" ".join(text.split()))
    if name in LIST_FIELDS:
        return list(dict.fromkeys(values))
    return values[0] if values else None


def _raw_values(item: Selector, spec: FieldSpec, base_url: str) -> list[str]:
    if spec.source == "page_url":
        return [base_url]
    assert spec.selector is not None
    found = select(item, spec.selector)
    nodes = found if spec.all else found[:1]
    if spec.attribute:
        return [v for v in ("" if isinstance(n.root, str) else n.attrib.get(spec.attribute, "") for n in nodes) if v]
    return [_inner_text(n) for n in nodes]


def read_places(item: Selector, spec: FieldSpec | list[FieldSpec], base_url: str) -> list[Place]:
    """The valid places of one listing, de-duplicated on city and state (the fuller one kept)."""
    specs = spec if isinstance(spec, list) else [spec]
    found: list[Place] = []
    for one in specs:
        if one.city:  # city and state in elements of their own
            assert one.selector is not None
            nodes = select(item, one.selector)
            for node in nodes if one.all else nodes[:1]:
                city_nodes = select(node, one.city)
                city = clean(_text(city_nodes[0])) if city_nodes else ""
                st_nodes = select(node, one.state) if one.state else []
                st_text = clean(_text(st_nodes[0])) if st_nodes else ""
                if not city:
                    continue
                if not st_text:
                    found.append(Place(city, None))
                elif code := state_code(st_text):
                    found.append(Place(city, code))
            continue
        for raw in _raw_values(item, one, base_url):
            if one.source == "page_url" or (one.attribute and " " not in raw.strip()):
                if p := place_from_slug(raw):
                    found.append(p)
                continue
            found += _places(_joined_lines(_split(_cut(raw, one), one)))
    out: dict[tuple[str, str], Place] = {}
    for p in found:
        old = out.get(p.key)
        if old is None or (not old.street and p.street) or (not old.zip and p.zip):
            out[p.key] = p
    return list(out.values())


def _sorted(listing: Listing) -> None:
    """DuckDuckGo's order: places by state then city, names alphabetically, phones numerically."""
    order = {str(p): (p.state or "", p.city.lower()) for p in map(parse_place, listing.locations) if p}
    listing.locations.sort(key=lambda t: order.get(t, ("~", t.lower())))
    listing.addresses.sort(key=lambda a: (a.get("state", ""), a.get("city", "").lower()))
    listing.relatives.sort()
    listing.aliases.sort()
    listing.phones.sort(key=lambda p: int(re.sub(r"\D", "", p) or 0))


def _shown(doc: Selector, markers: list[Any]) -> bool:
    """Whether one of the no-results ``markers`` is shown: a page drawn by a script may carry its
    "no matches" block hidden (``hidden``, display:none, a page style) until its search has answered,
    and a hidden one says nothing about who is listed."""
    from optout.steps.honeypot import PageStyles, hidden_static

    styles = None
    for m in markers:
        el = getattr(m, "root", None)
        if not hasattr(el, "iterancestors"):  # a text or attribute an XPath chose: shown as it is
            return True
        styles = styles or PageStyles(doc)
        if not hidden_static(el, styles):
            return True
    return False


def extract_listings(html: str, base_url: str, spec: Extract, *, step: str = "scan.extract") -> list[Listing]:
    """All listings on the page. Raises SelectorNotFound when the page shows neither listings nor the
    recipe's no-results marker: the layout changed, or the search did not run."""
    doc = Selector(text=html or "<html></html>")
    items = select(doc, spec.items)
    if not items:
        if spec.no_results is None or _shown(doc, select(doc, spec.no_results)):
            return []
        raise SelectorNotFound(
            f"neither listings ({spec.items!r}) nor the no-results marker ({spec.no_results!r}) are shown on "
            "the page",
            step=step,
            url=base_url,
        )
    out: list[Listing] = []
    for item in items:
        values: dict[str, object] = {}
        places: list[Place] = []
        for fname, fs in spec.fields.items():
            if fname in ("locations", "past_locations"):
                got = read_places(item, fs, base_url)
                values[fname] = [str(p) for p in got]
                places += got
            else:
                values[fname] = read_field(item, fname, fs, base_url)
        name = values.pop("name")
        if not name:
            continue  # a listing without a name is an ad or a layout stub, not a person
        age_text = values.pop("age", None)
        age = None
        if isinstance(age_text, str):
            # the matcher's package, imported with the first age read: not before a run's first request
            from optout.matching.ages import parse_age

            # "Born 1985", "In her 40s", "DOB: 12/1985" are intervals, not ages: kept as text for matching
            interval = parse_age(age_text)
            age = interval[0] if interval and interval[0] == interval[1] else None
        listing = Listing(name=str(name), age=age, age_text=age_text if isinstance(age_text, str) else None,
                          **{k: v for k, v in values.items() if v})  # type: ignore[arg-type]
        listing.addresses = list({p.key: p.to_dict() for p in places}.values())
        extras = {k: read_field(item, k, fs, base_url) for k, fs in spec.extras.items()}
        listing.extras = {k: v for k, v in extras.items() if isinstance(v, str) and v}
        if spec.profile_id and listing.profile_url and (m := re.search(spec.profile_id, listing.profile_url)):
            listing.profile_id = m.group(1) if m.groups() else m.group(0)
        if spec.sort:
            _sorted(listing)
        out.append(listing)
    return out


def listing_values(listing: Listing, near: tuple[str | None, str | None] | None = None) -> dict[str, str]:
    """The listing's values an opt-out's templates may use: ``listing.profile_url``, ``listing.name``,
    ``listing.id``, ``listing.age``, ``listing.location`` (places joined by `` | ``) and, from the
    place :func:`chosen_place` picks (``near``: the person's city and state), ``listing.street``,
    ``listing.city``, ``listing.state``, ``listing.zip`` (DuckDuckGo's fillForm ``dataSource:
    extractedProfile``)."""
    vals = {
        "listing.profile_url": listing.profile_url, "listing.name": listing.name, "listing.id": listing.profile_id,
        "listing.age": str(listing.age) if listing.age is not None else None,
        "listing.location": " | ".join(listing.locations + listing.past_locations),
    }
    place = chosen_place(listing, near)
    if place:
        vals.update({f"listing.{k}": place.get(k) for k in ("street", "city", "state", "zip")})
    return {k: v for k, v in vals.items() if v}


def chosen_place(listing: Listing, near: tuple[str | None, str | None] | None = None) -> dict[str, str] | None:
    """The listed address a form about this listing is filled with: the one in the person's city and
    state (``near``) when the listing shows it, the address the person searched with and the broker
    matched on; otherwise the first in DuckDuckGo's order (state, then city). None when the listing
    shows no place."""
    ordered = sorted(listing.addresses, key=lambda a: (a.get("state", ""), a.get("city", "").lower()))
    if near and near[0] and near[1]:
        city, st = near[0].strip().lower(), state_code(near[1])
        here = [a for a in ordered if a.get("city", "").lower() == city and a.get("state") == st]
        if here:
            return here[0]
    return ordered[0] if ordered else None


def same_name(a: str, b: str) -> bool:
    """Whether two printed names are the same person's name in DuckDuckGo's terms (its ``isSameName``):
    case, punctuation and hyphens aside, the same first name (or a nickname of it: ``Jon`` =
    ``Jonathan``) and last name, with middle names that agree
    where both sides print one: ``John Robert Cole`` = ``John R Cole`` = ``John Cole``, but not
    ``John Paul Cole``. A surname printed in full on one side and in part on the other (``Ana Garcia
    Lopez`` / ``Ana Garcia``, a hyphenated name cut at its hyphen) also agrees."""
    x, y = _norm(a).split(), _norm(b).split()
    if not x or not y or len(x) < 2 or len(y) < 2:
        return bool(x) and x == y
    if x == y:
        return True
    if x[0] != y[0] and not _same_first(x[0], y[0]):
        return False
    if x[-1] == y[-1]:
        mx, my = x[1:-1], y[1:-1]
        if not mx or not my:
            return True
        if len(mx) != len(my):
            return "".join(mx) == "".join(my)
        return all(p == q or (len(p) == 1 and q.startswith(p)) or (len(q) == 1 and p.startswith(q))
                   for p, q in zip(mx, my))
    # two-part surnames: one side prints more of it than the other
    short, full = sorted((x[1:], y[1:]), key=len)
    return len(short) >= 1 and full[: len(short)] == short or full[-len(short):] == short


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


def _same_first(p: str, q: str) -> bool:
    """``jon`` / ``jonathan``, ``greg`` / ``gregory``: one is a nickname of the other, or both of one
    name (the ``nicknames`` package's hand-curated English list; DuckDuckGo compares with a list too)."""
    nn = _nicknamer()
    p_names = {p} | nn.nicknames_of(p) | nn.canonicals_of(p)
    return q in p_names or bool(({q} | nn.canonicals_of(q)) & ({p} | nn.canonicals_of(p)))


def listing_index(html: str, base_url: str, spec: ListingMatch, wanted: dict[str, str]) -> int | None:
    """The 1-based position, among ``spec.items``, of the result that is the listing being removed,
    compared the way DuckDuckGo's ``profileMatch`` compares: the name must agree (:func:`same_name`,
    with the listing's name or else the person's), an age the result prints must be within a year,
    and a place it prints must be one of the listing's (city and state) when both have places. Of
    several results that agree, the one agreeing on most fields; of equals, the first in the page.
    ``wanted`` holds ``listing.name`` (or ``first_name``/``middle_name``/``last_name``) and, when the
    scan read them, ``listing.age`` and ``listing.location`` (places joined by `` | ``)."""
    doc = Selector(text=html or "<html></html>")
    person = " ".join(wanted[k] for k in ("first_name", "middle_name", "last_name") if wanted.get(k))
    names = [n for n in (wanted.get("listing.name"), person) if n and n.strip()]
    if not names:
        return None
    places = {p.key for p in map(parse_place, wanted.get("listing.location", "").split(" | ")) if p}
    age = wanted.get("listing.age") or wanted.get("age")
    best: tuple[int, int] | None = None  # (score, index)
    for i, item in enumerate(select(doc, spec.items), start=1):
        got_name = str(read_field(item, "name", spec.fields["name"], base_url) or "")
        if not any(same_name(got_name, n) for n in names):
            continue
        score = 1
        if "age" in spec.fields and age and age.isdigit():
            got = read_field(item, "age", spec.fields["age"], base_url)
            m = re.search(r"\d{1,3}", got) if isinstance(got, str) else None
            if m:
                if abs(int(m.group(0)) - int(age)) >= 2:
                    continue
                score += 1
        if "locations" in spec.fields and places:
            got_places = {p.key for p in read_places(item, spec.fields["locations"], base_url)}
            if got_places:
                if not got_places & places:
                    continue
                score += 1
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def item_xpath(items: str, index: int) -> str:
    """An XPath for the ``index``-th (1-based) element matching ``items`` (CSS or XPath), so that a
    channel can look inside exactly the result :func:`listing_index` chose."""
    xp = items if is_xpath(items) else HTMLTranslator().css_to_xpath(items, prefix="//")
    return f"({xp})[{index}]"


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", s.lower()).split())
