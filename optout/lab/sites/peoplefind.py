"""PeopleFind: the classic people-search broker, no JavaScript at all.

Search by URL template, opt out with the listing URL and an e-mail address, confirm by clicking a
link in an e-mail that expires after 24 hours; the listing goes 48 hours after confirmation and
comes back under a new id 42 days after that.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from aiohttp import web

from optout.lab.sites.base import EMAIL_RE, Site, esc, names, places
from optout.lab.sites.listings import Listing


class PeopleFind(Site):
    id = "peoplefind"
    name = "PeopleFind"
    behaviours = (
        "search by URL template", "server-rendered, no JavaScript", "CSRF token in the opt-out form",
        "opt-out by listing URL + e-mail", "verification e-mail, link expires after 24 h and works once",
        "removed 48 h after confirmation", "relists under a new id 42 days after removal",
    )
    listing_path = "/person/{lid}"
    optout_path = "/optout"
    namesake_nearby = True
    relist_after = dt.timedelta(days=42)
    link_ttl = dt.timedelta(hours=24)
    link_from = "PeopleFind <noreply@peoplefind.lab.test>"
    link_subject = "Confirm your PeopleFind removal request"
    link_text = ("Hello,\n\nWe received a request to remove a profile from PeopleFind (reference {ref}).\n"
                 "To confirm it, open this link within 24 hours:\n\n{link}\n\n"
                 "If you did not ask for this, ignore this message.\n\nPeopleFind Privacy Team\n")
    removal_delay = dt.timedelta(hours=48)

    def __init__(self, lab):
        super().__init__(lab)
        self._secret = secrets.token_bytes(16)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/search", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/optout", self.optout_form),
            web.post("/optout", self.optout),
            web.get(self.verify_path, self.verify),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<div class="result"><h3 class="name"><a href="{self.listing_url(x.lid)}">{esc(x.name)}</a></h3>'
            + (f'<span class="age">Age {age}</span>' if age is not None else "")
            + (f'<div class="lives">Lives in {esc(x.place)}</div>' if x.place else "")
            + (f'<div class="lived">Used to live in: {places(x.past)}</div>' if x.past else "")
            + (f'<div class="relatives">Related to: {names(x.relatives)}</div>' if x.relatives else "")
            + "</div>"
        )

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/search", [("first", "First name"), ("last", "Last name")], "state")
        return self.page("Find people", f"<h1>Find anyone</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        q = request.query
        found = self.search(q.get("first", ""), q.get("last", ""), q.get("state"))
        body = "".join(map(self.render_listing, found)) or '<p class="no-results">No records found</p>'
        return self.page("Search results", f'<h1>Search results</h1><div id="results">{body}</div>')

    # ---- opt-out --------------------------------------------------------------------------------

    def _csrf(self) -> str:
        nonce = secrets.token_hex(8)
        return nonce + "." + hmac.new(self._secret, nonce.encode(), hashlib.sha256).hexdigest()[:16]

    def _csrf_ok(self, token: str) -> bool:
        nonce, _, mac = token.partition(".")
        good = hmac.new(self._secret, nonce.encode(), hashlib.sha256).hexdigest()[:16]
        return bool(nonce) and hmac.compare_digest(mac, good)

    async def optout_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Opt out",
            '<h1>Remove your listing</h1>'
            '<form id="optout-form" method="post" action="/optout">'
            + self.text_field("url", "Profile URL")
            + self.text_field("email", "Email address", "email")
            + f'<input type="hidden" name="csrf" value="{self._csrf()}">'
            '<button type="submit">Remove my listing</button></form>',
        )

    async def optout(self, request: web.Request) -> web.Response:
        form = await request.post()
        if not self._csrf_ok(str(form.get("csrf", ""))):
            return self.message("Error", "Invalid form token", status=400)
        listing = self.listing_from_url(str(form.get("url", "")))
        if listing is None:
            return self.message("Not found", "We could not find that profile")
        email = str(form.get("email", "")).strip()
        if not EMAIL_RE.fullmatch(email):
            return self.message("Error", "Please enter a valid email address", status=400)
        self.count_submission(listing)
        ref = self.reference("PF")
        if not await self.mail_link(listing.lid, to=email, ref=ref):
            return self.message("Error", "We could not send the confirmation e-mail. Try again later.", status=503)
        return self.page(
            "Check your inbox",
            "<h1>Almost done</h1><p>Check your inbox to confirm your request.</p>"
            f'<p>Reference: <span id="ref">{ref}</span></p>',
        )

    async def verify(self, request: web.Request) -> web.Response:
        refused, lid = self.open_link(request)
        if refused is not None:
            return refused
        listing = self.listings.live(lid, self.lab.now())
        if listing is not None:
            self.remove_later(listing, self.removal_delay)
        return self.message(
            "Confirmed", "Your removal request is confirmed. The profile will be removed within 48 hours."
        )
