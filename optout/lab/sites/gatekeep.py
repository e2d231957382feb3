"""GateKeep: a people-search broker whose removal form sits behind a Cloudflare Turnstile check.

Modelled on the published steps of people-search sites that guard their removal page with a
"verify you are human" widget (search, open the record, "Remove this record", an e-mail address
and the widget): only a person can pass it, so optout hands the case over. The lab accepts
Turnstile's published always-pass test token (``TURNSTILE_TEST_TOKEN``) as "a person passed it";
optout itself must never send it. The record goes 24 hours after a passed request.
"""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from optout.lab.sites.base import Site, esc, places
from optout.lab.sites.listings import Listing

TURNSTILE_SITEKEY = "1x00000000000000000000AA"  # Cloudflare's published always-passes test key
TURNSTILE_TEST_TOKEN = "XXXX.DUMMY.TOKEN.XXXX"  # and its published test response


class GateKeep(Site):
    id = "gatekeep"
    name = "GateKeep"
    behaviours = (
        "search by URL template (name, citystatezip)", "server-rendered",
        "Cloudflare Turnstile on the removal form", "removed 24 h after a passed request",
    )
    listing_path = "/details/{lid}"
    optout_path = "/removal"
    removal_delay = dt.timedelta(hours=24)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/results", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/removal", self.removal_form),
            web.post("/removal", self.removal),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<div class="card-summary" data-detail-link="{self.listing_url(x.lid)}">'
            f'<div class="h4"><a href="{self.listing_url(x.lid)}">{esc(x.name)}</a></div>'
            + (f'<span class="content-value age">Age {age}</span>' if age is not None else "")
            + (f'<span class="content-value lives">Lives in {esc(x.place)}</span>' if x.place else "")
            + (f'<span class="content-value used">Used to live in {places(x.past)}</span>' if x.past else "")
            + "</div>"
        )

    def listing_body(self, x: Listing) -> str:
        return (self.render_listing(x)
                + f'<a class="remove-record" href="/removal?record={x.lid}">Remove this record</a>')

    async def home(self, request: web.Request) -> web.Response:
        return self.page("GateKeep", "<h1>GateKeep</h1><p>Search with "
                         "<code>/results?name=First%20Last&amp;citystatezip=ST</code>.</p>")

    async def results(self, request: web.Request) -> web.Response:
        name = request.query.get("name", "").split()
        state = (request.query.get("citystatezip") or "").strip().upper() or None
        found = self.listings.find_names(name, state, self.lab.now()) if name else []
        body = "".join(map(self.render_listing, found)) or '<div class="no-match">We could not find any records</div>'
        return self.page("Results", f"<h1>Results</h1>{body}")

    async def removal_form(self, request: web.Request) -> web.Response:
        record = esc(request.query.get("record", ""))
        return self.page(
            "Remove a record",
            '<h1>Remove a record</h1><form id="removal-form" method="post" action="/removal">'
            f'<input type="hidden" name="record" value="{record}">'
            + self.text_field("email", "Email address", "email")
            + f'<div class="cf-turnstile" data-sitekey="{TURNSTILE_SITEKEY}"></div>'
            '<button type="submit">Remove record</button></form>',
        )

    async def removal(self, request: web.Request) -> web.Response:
        form = await request.post()
        token = str(form.get("cf-turnstile-response", "")).strip()
        if token != TURNSTILE_TEST_TOKEN:
            return self.message("Error", "Please verify you are human", status=403)
        x = self.listings.live(str(form.get("record", "")).strip(), self.lab.now())
        return self.take_removal(x, str(form.get("email", "")),
                                 done=("Removal requested", "Your record will be removed within 24 hours"))
