"""Read listings out of a results page, the same way for every channel.

The browser channel hands over the rendered DOM (``page.content()``), the http channel the response
body, ``optout recipe check`` a recorded file: all go through :func:`extract_listings`, with parsel
(Scrapy's selector library: CSS and XPath over lxml).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from urllib.parse import urljoin

from parsel.csstranslator import HTMLTranslator
from parsel import Selector, SelectorList

from optout.errors import SelectorNotFound
from optout.matching.ages import parse_age
from optout.recipe.schema import LIST_FIELDS, Extract, FieldSpec, ListingMatch


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

    @property
    def key(self) -> str:
        """An opaque, stable key for this listing within one broker (no personal data in clear)."""
        basis = self.profile_id or self.profile_url or "|".join([self.name, *self.locations])
        # surrogatepass: a lone surrogate in a scraped name is still a stable key, never a crash
        return hashlib.sha256(str(basis).encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def to_dict(self) -> dict:
        return asdict(self)


def is_xpath(selector: str) -> bool:
    return selector.startswith(("/", "./", "(", "../"))


def select(node: Selector | SelectorList, selector: str) -> SelectorList:
    if is_xpath(selector):
        if isinstance(node, Selector) and selector.startswith("/") and not selector.startswith("//"):
            selector = "." + selector
        elif selector.startswith("//") and not isinstance(node, SelectorList) and node.root is not None:
            # DuckDuckGo's recipes write '//x' inside an item meaning "below this item"
            selector = "." + selector
        return node.xpath(selector)
    return node.css(selector)


def _text(sel: Selector) -> str:
    if isinstance(sel.root, str):  # an XPath that selects text itself (DuckDuckGo's ``…/text()``)
        return " ".join(sel.root.split())
    return " ".join(" ".join(sel.xpath(".//text()").getall()).split())


def _cut(text: str, spec: FieldSpec) -> str:
    if spec.after and spec.after in text:
        text = text.split(spec.after, 1)[1]
    if spec.before and spec.before in text:
        text = text.split(spec.before, 1)[0]
    if spec.pattern:
        m = re.search(spec.pattern, text)
        text = (m.group(1) if m and m.groups() else m.group(0)) if m else ""
    return text.strip(" \t\n,;:")


def read_field(item: Selector, name: str, spec: FieldSpec | list[FieldSpec], base_url: str) -> str | list[str] | None:
    if isinstance(spec, list):
        # several ways to read one field (a current address and a list of past ones): values joined
        parts = [read_field(item, name, one, base_url) for one in spec]
        if name in LIST_FIELDS:
            return list(dict.fromkeys(v for p in parts for v in (p or [])))
        return next((p for p in parts if p), None)  # type: ignore[return-value]
    found = select(item, spec.selector)
    if not found:
        return [] if name in LIST_FIELDS else None
    nodes = found if spec.all else found[:1]
    values: list[str] = []
    for node in nodes:
        if spec.attribute:
            raw = "" if isinstance(node.root, str) else node.attrib.get(spec.attribute, "")
        else:
            raw = _text(node)
        if name == "profile_url" and raw:
            values.append(urljoin(base_url, raw.strip()))
            continue
        text = _cut(raw, spec)
        if spec.split and name in LIST_FIELDS:
            values += [p.strip() for p in text.split(spec.split) if p.strip()]
        elif text:
            values.append(text)
    if name in LIST_FIELDS:
        return values
    return values[0] if values else None


def extract_listings(html: str, base_url: str, spec: Extract, *, step: str = "scan.extract") -> list[Listing]:
    """All listings on the page. Raises SelectorNotFound when the page shows neither listings nor the
    recipe's no-results marker: the layout changed, or the search did not run."""
    doc = Selector(text=html or "<html></html>")
    items = select(doc, spec.items)
    if not items:
        if spec.no_results is None or select(doc, spec.no_results):
            return []
        raise SelectorNotFound(
            f"neither listings ({spec.items!r}) nor the no-results marker ({spec.no_results!r}) are on the page",
            step=step,
            url=base_url,
        )
    out: list[Listing] = []
    for item in items:
        values = {name: read_field(item, name, fs, base_url) for name, fs in spec.fields.items()}
        name = values.pop("name")
        if not name:
            continue  # a listing without a name is an ad or a layout stub, not a person
        age_text = values.pop("age", None)
        age = None
        if isinstance(age_text, str):
            # "Born 1985", "In her 40s", "DOB: 12/1985" are intervals, not ages: kept as text for matching
            interval = parse_age(age_text)
            age = interval[0] if interval and interval[0] == interval[1] else None
        listing = Listing(name=str(name), age=age, age_text=age_text if isinstance(age_text, str) else None,
                          **{k: v for k, v in values.items() if v})  # type: ignore[arg-type]
        if spec.profile_id and listing.profile_url and (m := re.search(spec.profile_id, listing.profile_url)):
            listing.profile_id = m.group(1) if m.groups() else m.group(0)
        out.append(listing)
    return out


def listing_index(html: str, base_url: str, spec: ListingMatch, wanted: dict[str, str]) -> int | None:
    """The 1-based position, among ``spec.items``, of the result that is the listing being removed:
    the same name, and the same age and a common place whenever both sides have one. ``wanted``
    holds ``listing.name`` and, when the scan read them, ``listing.age`` and ``listing.location``
    (places joined by `` | ``)."""
    doc = Selector(text=html or "<html></html>")
    name = _norm(wanted.get("listing.name", ""))
    if not name:
        return None
    places = {_norm(p) for p in wanted.get("listing.location", "").split(" | ") if p.strip()}
    age = wanted.get("listing.age")
    for i, item in enumerate(select(doc, spec.items), start=1):
        if _norm(str(read_field(item, "name", spec.fields["name"], base_url) or "")) != name:
            continue
        if "age" in spec.fields and age:
            got = read_field(item, "age", spec.fields["age"], base_url)
            m = re.search(r"\d{1,3}", got) if isinstance(got, str) else None
            if m and m.group(0) != age:
                continue
        if "locations" in spec.fields and places:
            got_places = read_field(item, "locations", spec.fields["locations"], base_url)
            got_set = {_norm(p) for p in (got_places if isinstance(got_places, list) else [got_places or ""]) if p}
            if got_set and not got_set & places:
                continue
        return i
    return None


def item_xpath(items: str, index: int) -> str:
    """An XPath for the ``index``-th (1-based) element matching ``items`` (CSS or XPath), so that a
    channel can look inside exactly the result :func:`listing_index` chose."""
    xp = items if is_xpath(items) else HTMLTranslator().css_to_xpath(items, prefix="//")
    return f"({xp})[{index}]"


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", s.lower()).split())
