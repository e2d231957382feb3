"""What every fake broker shares: its listings and submissions, links, forms and plain HTML pages.

A broker is a subclass of ``Site`` that names itself (``id``, ``name``, ``behaviours``), says where
its listing pages live (``listing_path``), how a listing looks (``render_listing``) and lists its
routes (``routes``). The lab mounts each site on ``{id}.lab.test`` and owns the clock and the mail.

Pages are f-strings; every value that comes from a person or a request goes through ``esc``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import secrets
import time
from collections import Counter, OrderedDict, deque
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from html import escape
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import urlsplit

from aiohttp import web

from optout.lab.sites.listings import Listing, ListingStore, listings_for
from optout.person import Person
from optout.usstates import STATES

if TYPE_CHECKING:
    from optout.lab.server import Lab

EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def esc(value: object) -> str:
    return escape(str(value), quote=True)


#: Where a relisted person "moved from" on their updated card (lab.relist_changed): a city of the
#: same state, so the card still reads as theirs to a person, not to an exact comparison.
_MOVED_FROM = {"TX": "San Antonio, TX", "CA": "Fresno, CA", "FL": "Orlando, FL", "NY": "Buffalo, NY",
               "IL": "Peoria, IL", "AZ": "Tucson, AZ"}


class BoundedDict(OrderedDict):
    """A dict that forgets its oldest entries past ``cap`` (pending tokens, upload requests)."""

    def __init__(self, cap: int = 10_000):
        super().__init__()
        self.cap = cap

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        while len(self) > self.cap:
            self.popitem(last=False)


class LinkTokens:
    """The tokens of a broker's e-mailed verification links: each opens once, within ``ttl``.

    As on real brokers, a link is spent by its first click: a second one (the person's, after a mail
    scanner's or a colleague's) finds "already used", never a second confirmation. ``open`` says
    which: ``fresh`` (the first click in time: the broker acts on the value), ``used``, ``expired``
    (no ``ttl``: never) or ``unknown``.
    """

    def __init__(self, site: Site, ttl: dt.timedelta | None):
        self.site, self.ttl = site, ttl
        self._pending: BoundedDict = BoundedDict()  # token -> [value, sent at, opened]

    def issue(self, value: Any) -> str:
        token = secrets.token_urlsafe(16)
        self._pending[token] = [value, self.site.lab.now(), False]
        return token

    def forget(self, token: str) -> None:
        """A link whose mail never left: it was never given to anyone."""
        self._pending.pop(token, None)

    def open(self, token: str) -> tuple[Literal["fresh", "used", "expired", "unknown"], Any]:
        pending = self._pending.get(token)
        if pending is None:
            return "unknown", None
        value, sent_at, opened = pending
        if opened:
            return "used", value
        if self.ttl is not None and self.site.lab.now() > sent_at + self.ttl:
            return "expired", value
        pending[2] = True
        return "fresh", value

    def clear(self) -> None:
        self._pending.clear()


#: What a verification link that does not confirm shows, by ``LinkTokens.open``'s answer. "Already
#: used" is a plain 200 page, as real brokers show it: only its words tell it from a confirmation.
LINK_REFUSED = {
    "unknown": ("Not found", "This link is not valid", 404),
    "expired": ("Link expired", "This link has expired", 410),
    "used": ("Link already used", "This link has already been used. If your request is still listed, "
             "start a new one.", 200),
}


class Site:
    """One fake broker. Subclasses set the class attributes and implement ``routes``."""

    id: ClassVar[str]  # also the hostname: {id}.lab.test
    name: ClassVar[str]
    behaviours: ClassVar[tuple[str, ...]] = ()
    listing_path: ClassVar[str | None] = None  # e.g. "/person/{lid}"; None: no listing pages
    optout_path: ClassVar[str | None] = None  # linked from every page's footer
    decoys: ClassVar[bool] = True  # list namesakes elsewhere beside each seeded person
    namesake_nearby: ClassVar[bool] = False  # also a namesake in the same state
    relist_after: ClassVar[dt.timedelta | None] = None  # a removed person comes back (once)
    mail_domain: ClassVar[str | None] = None  # mail to *@this domain is handed to receive_mail
    gone_text: ClassVar[str] = "This profile is no longer available"
    removal_delay: ClassVar[dt.timedelta] = dt.timedelta(hours=24)  # from a taken request to the removal
    link_ttl: ClassVar[dt.timedelta | None] = None  # how long an e-mailed verification link works
    #: The removal form knows a listing only by its plain address: with a trailing slash, a query
    #: (a tracking tag) or a fragment it is "not found", as on brokers that match the URL as a string.
    exact_listing_urls: ClassVar[bool] = False

    def __init__(self, lab: Lab):
        self.lab = lab
        self._listings = ListingStore()
        self.submissions: Counter[str] = Counter()
        #: Wall-clock times (``time.time()``, not the lab clock) of submissions (with their listing
        #: id) and of every request to this site: tests check that workers kept the rate limit.
        self.submission_log: deque[tuple[float, str]] = deque(maxlen=100_000)
        self.request_log: deque[float] = deque(maxlen=100_000)
        self.rng = random.Random(f"{lab.seed}:{self.id}")
        self.links = LinkTokens(self, self.link_ttl)  # its e-mailed verification links, if it sends any

    async def start(self) -> None:
        """Called when the lab starts: a site with servers of its own starts them here."""

    async def stop(self) -> None:
        """Called when the lab stops, before its web server: release held requests and servers."""

    # ---- state --------------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return f"{self.id}.lab.test"

    @property
    def listings(self) -> ListingStore:
        return self._listings

    def reset(self) -> None:
        """Back to a freshly started broker: no people, no submissions."""
        self.listings.clear()
        self.submissions.clear()
        self.submission_log.clear()
        self.request_log.clear()
        self.rng = random.Random(f"{self.lab.seed}:{self.id}")
        self.links.clear()

    def add_person(self, key: str, person: Person) -> None:
        self.listings.drop_owner(key)
        # a reseller's cards are drawn from the person alone, so every reseller shows the same ones
        resold = getattr(self.lab, "resale", False) and self.decoys
        rng = random.Random(f"{self.lab.seed}:resold:{key}" if resold else f"{self.lab.seed}:{self.id}:{key}")
        for listing in listings_for(
            key, person, rng=rng, new_id=self.new_id, today=self.lab.now().date(),
            decoys=self.decoys, namesake_nearby=self.namesake_nearby or resold,
        ):
            self.listings.add(listing)

    def new_id(self, rng: random.Random) -> str:
        for _ in range(100):
            lid = f"{rng.getrandbits(32):08x}"
            if lid not in self.listings:
                return lid
        raise RuntimeError("no free listing id")  # 100 collisions in 2**32: a bug, not bad luck

    def remove_later(self, listing: Listing, delay: dt.timedelta) -> None:
        """Remove ``listing`` ``delay`` from now (an earlier removal stands); maybe relist it later."""
        if listing.removed_at is not None:
            return
        listing.removed_at = self.lab.now() + delay
        changed = getattr(self.lab, "relist_changed", None)
        if changed is not None and not listing.relist_of:
            rng = random.Random(f"{self.lab.seed}:{self.id}:{listing.lid}:relist-changed")
            again = listing.relisted(self.new_id(rng), listing.removed_at + changed)
            again.past = [*again.past, _MOVED_FROM.get(again.state or "", "Springfield, IL")]
            again.relatives = again.relatives[1:]
            self.listings.add(again)
        elif self.relist_after and not listing.relist_of:
            rng = random.Random(f"{self.lab.seed}:{self.id}:{listing.lid}:relist")
            self.listings.add(listing.relisted(self.new_id(rng), listing.removed_at + self.relist_after))

    def take_removal(self, listing: Listing | None, email: str, *, done: tuple[str, str],
                     missing: str = "We could not find that record") -> web.Response:
        """The end of a removal form that acts at once: the listing named (else ``missing``), a
        well-formed e-mail address (else 400), then the request counted, the removal due after
        ``self.removal_delay`` and the ``done`` page (title, text)."""
        if listing is None:
            return self.message("Not found", missing)
        if not EMAIL_RE.fullmatch(email.strip()):
            return self.message("Error", "Please enter a valid email address", status=400)
        self.count_submission(listing)
        self.remove_later(listing, self.removal_delay)
        return self.message(*done)

    def count_submission(self, listing: Listing) -> None:
        self.submissions[listing.lid] += 1
        self.submission_log.append((time.time(), listing.lid))

    def search(self, first: str, last: str, state: str | None = None) -> list[Listing]:
        return self.listings.search(first, last, state, self.lab.now())

    # ---- e-mailed verification links ----------------------------------------------------------

    #: A site that mails verification links says who sends them, their subject and their text, in
    #: which ``{ref}`` is the request's reference and ``{link}`` the link (``verify_link``).
    link_from: ClassVar[str] = ""
    link_subject: ClassVar[str] = ""
    link_text: ClassVar[str] = ""

    async def mail_link(self, value: Any, *, to: str, ref: str) -> bool:
        """Mail ``to`` a fresh verification link for ``value`` (the page at ``self.verify_path``);
        False when the mail could not be handed over (the link is dropped)."""
        token = self.links.issue(value)
        msg = EmailMessage()
        msg["From"] = self.link_from
        msg["To"] = to
        msg["Subject"] = self.link_subject
        msg["Date"] = format_datetime(self.lab.now())
        msg["Message-ID"] = make_msgid(domain=self.host)
        msg.set_content(self.link_text.format(ref=ref, link=self.verify_link(token)))
        try:
            await self.lab.send_mail(msg)
        except OSError:
            self.links.forget(token)
            return False
        return True

    verify_path: ClassVar[str] = "/verify"

    def verify_link(self, token: str) -> str:
        return f"http://{self.host}{self.verify_path}?token={token}"

    def open_link(self, request: web.Request) -> tuple[web.Response | None, Any]:
        """A click on a verification link: (None, the value) the first time in time, else (the page
        that says why not: not valid, expired, already used, None)."""
        outcome, value = self.links.open(request.query.get("token", ""))
        if outcome == "fresh":
            return None, value
        title, text, status = LINK_REFUSED[outcome]
        return self.message(title, text, status=status), None

    def reference(self, prefix: str) -> str:
        """A request reference such as ``PF-3K9QZ2``."""
        return prefix + "-" + "".join(self.rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=6))

    # ---- links --------------------------------------------------------------------------------

    def listing_url(self, lid: str) -> str:
        assert self.listing_path
        return self.listing_path.format(lid=lid)

    def listing_from_url(self, url: str, hosts: tuple[str, ...] = ()) -> Listing | None:
        """The live listing a submitted profile URL names (absolute on this host, or a bare path; with
        ``exact_listing_urls`` only exactly ``listing_path``)."""
        parts = urlsplit(url.strip())
        if parts.netloc and parts.hostname not in (self.host, *hosts):
            return None
        if self.exact_listing_urls and (parts.query or parts.fragment or url.strip().endswith(("?", "#"))):
            return None
        pattern = re.escape(self.listing_path or "").replace(r"\{lid\}", "(?P<lid>[0-9a-f]{8})")
        m = re.fullmatch(pattern + ("" if self.exact_listing_urls else "/?"), parts.path)
        return self.listings.live(m["lid"], self.lab.now()) if m else None

    # ---- what a subclass provides -------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        raise NotImplementedError

    def render_listing(self, listing: Listing) -> str:
        raise NotImplementedError

    async def gate(self, request: web.Request) -> web.StreamResponse | None:
        """Called before every request to this site: return a response to answer instead."""
        return None

    async def receive_mail(self, msg: EmailMessage, sender: str) -> None:
        """Mail sent to ``*@{mail_domain}`` (only when ``mail_domain`` is set)."""

    # ---- pages --------------------------------------------------------------------------------

    def page(self, title: str, body: str, *, status: int = 200, script: str = "") -> web.Response:
        footer = f'<footer><a href="{esc(self.optout_path)}">Opt out</a></footer>' if self.optout_path else ""
        script = f"<script>{script}</script>" if script else ""
        return web.Response(
            status=status,
            content_type="text/html",
            text=(
                f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
                f"<title>{esc(title)} - {esc(self.name)}</title></head><body>"
                f'<header><a href="/">{esc(self.name)}</a></header>'
                f"<main>{body}</main>{footer}{script}</body></html>"
            ),
        )

    def message(self, title: str, text: str, *, status: int = 200) -> web.Response:
        """A page that only says something (confirmations, errors)."""
        return self.page(title, f'<h1>{esc(title)}</h1><p class="message">{esc(text)}</p>', status=status)

    async def listing_page(self, request: web.Request) -> web.Response:
        """The page at ``listing_path``; a removed or unknown listing answers 404 ``gone_text``."""
        listing = self.listings.live(request.match_info["lid"], self.lab.now())
        if listing is None:
            return self.message("Not found", self.gone_text, status=404)
        return self.page(listing.name, self.listing_body(listing))

    def listing_body(self, listing: Listing) -> str:
        """A listing page's content: the listing as in search results, unless a site says otherwise."""
        return self.render_listing(listing)

    def age(self, listing: Listing) -> int | None:
        return listing.age(self.lab.now().date())

    @staticmethod
    def search_form(action: str, fields: list[tuple[str, str]], state_field: str | None = None) -> str:
        """A no-JavaScript GET form: ``fields`` are (name, label) text inputs."""
        inputs = "".join(
            f'<p><label for="{n}">{esc(label)}</label> <input id="{n}" name="{n}" type="text"></p>'
            for n, label in fields
        )
        if state_field:
            options = "".join(f'<option value="{c}">{c}</option>' for c in STATES)
            inputs += (
                f'<p><label for="{state_field}">State</label> <select id="{state_field}" name="{state_field}">'
                f'<option value="">Any state</option>{options}</select></p>'
            )
        button = '<button type="submit">Search</button>'
        return f'<form class="search" method="get" action="{action}">{inputs}{button}</form>'

    @staticmethod
    def text_field(name: str, label: str, kind: str = "text") -> str:
        return f'<p><label for="{name}">{esc(label)}</label> <input id="{name}" name="{name}" type="{kind}"></p>'


def places(values: list[str]) -> str:
    return "; ".join(esc(v) for v in values)


def names(values: list[str]) -> str:
    return ", ".join(esc(v) for v in values)
