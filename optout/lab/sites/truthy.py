"""TruthyPeople: the liar. Its opt-out page always says "Success!" and it never removes anything.

Only a later search shows the listing is still there, which is why optout records a confirmation
page as "confirmed", never "removed".
"""

from __future__ import annotations

from aiohttp import web

from optout.lab.sites.base import Site, esc, names, places
from optout.lab.sites.listings import Listing


class Truthy(Site):
    id = "truthy"
    name = "TruthyPeople"
    behaviours = (
        "search by URL template", "server-rendered", "opt-out by listing URL + e-mail",
        "confirmation page lies: never removes anything",
    )
    listing_path = "/profile/{lid}"
    optout_path = "/opt-out"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/search", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/opt-out", self.optout_form),
            web.post("/opt-out", self.optout),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<div class="record" data-id="{x.lid}">'
            f'<h4><a class="record-name" href="{self.listing_url(x.lid)}">{esc(x.name)}</a></h4>'
            + (f'<p class="record-age">Age {age}</p>' if age is not None else "")
            + (f'<p class="record-home">{esc(x.place)}</p>' if x.place else "")
            + (f'<p class="record-past">Past: {places(x.past)}</p>' if x.past else "")
            + (f'<p class="record-relatives">Relatives: {names(x.relatives)}</p>' if x.relatives else "")
            + "</div>"
        )

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/search", [("firstName", "First name"), ("lastName", "Last name")], "state")
        return self.page("TruthyPeople", f"<h1>The truth about anyone</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        q = request.query
        found = self.search(q.get("firstName", ""), q.get("lastName", ""), q.get("state"))
        body = "".join(map(self.render_listing, found)) or '<p class="no-records">No records match</p>'
        return self.page("Records", f'<h1>Records</h1><div id="records">{body}</div>')

    async def optout_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Opt out",
            '<h1>Opt out</h1><form id="optout-form" method="post" action="/opt-out">'
            + self.text_field("profile", "Profile URL")
            + self.text_field("email", "Email", "email")
            + '<button type="submit">Remove</button></form>',
        )

    async def optout(self, request: web.Request) -> web.Response:
        form = await request.post()
        x = self.listing_from_url(str(form.get("profile", "")))
        if x is not None:
            self.count_submission(x)  # and nothing else, whatever the page says
        return self.message("Success", "Success! Your information has been removed.")
