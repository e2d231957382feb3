"""PhoneBook411: finishes an opt-out only by a phone call, so nothing is ever removed automatically.

The opt-out form asks for the listing URL and a phone number, then shows a number to call and a
verification code.
"""

from __future__ import annotations

from aiohttp import web

from optout.lab.sites.base import Site, esc, names, places
from optout.lab.sites.listings import Listing

PHONE_NUMBER = "1-800-555-0199"


class PhoneBook(Site):
    id = "phonebook"
    name = "PhoneBook411"
    behaviours = (
        "search by URL path template (/people/{last}/{first})", "server-rendered",
        "opt-out by listing URL + phone number", "demands a phone call; never removes by itself",
    )
    listing_path = "/listing/{lid}"
    optout_path = "/optout"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/people/{last}/{first}", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/optout", self.optout_form),
            web.post("/optout", self.optout),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        rows = [("Age", "entry-age", "" if age is None else str(age)), ("City", "entry-city", esc(x.place or ""))]
        rows += [("Past", "entry-past", places(x.past)), ("Relatives", "entry-relatives", names(x.relatives))]
        details = "".join(f'<dt>{label}</dt><dd class="{cls}">{value}</dd>' for label, cls, value in rows)
        return (
            f'<section class="entry" data-id="{x.lid}">'
            f'<h2><a class="entry-link" href="{self.listing_url(x.lid)}">{esc(x.name)}</a></h2>'
            f"<dl>{details}</dl></section>"
        )

    async def home(self, request: web.Request) -> web.Response:
        return self.page(
            "PhoneBook411", "<h1>PhoneBook411</h1><p>Look people up at <code>/people/Last/First</code>.</p>"
        )

    async def results(self, request: web.Request) -> web.Response:
        m = request.match_info
        found = self.search(m["first"], m["last"], request.query.get("state"))
        body = "".join(map(self.render_listing, found)) or '<p class="no-entries">No listings found</p>'
        return self.page("Listings", f'<h1>Listings</h1><div id="entries">{body}</div>')

    async def optout_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Opt out",
            '<h1>Suppress a listing</h1><form id="optout-form" method="post" action="/optout">'
            + self.text_field("listing_url", "Listing URL")
            + self.text_field("phone", "Phone number", "tel")
            + '<button type="submit">Continue</button></form>',
        )

    async def optout(self, request: web.Request) -> web.Response:
        form = await request.post()
        x = self.listing_from_url(str(form.get("listing_url", "")))
        if x is None:
            return self.message("Not found", "We could not find that listing")
        if sum(c.isdigit() for c in str(form.get("phone", ""))) < 7:
            return self.message("Error", "Please enter a valid phone number", status=400)
        self.count_submission(x)
        code = f"{self.rng.randint(0, 9999):04d}"
        return self.page(
            "One more step",
            f"<h1>One more step</h1><p>To finish, call {PHONE_NUMBER} and enter verification code "
            f'<strong id="code">{code}</strong></p>',
        )
