"""ClanRoot and ClanBranch: one company, two sites, one opt-out.

Both sites show the same people (one shared set of listings, same ids) with different URLs and
markup. Only ClanRoot takes removal requests; one request removes the person from both sites 24
hours later. ClanBranch's opt-out page points to ClanRoot.
"""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from optout.lab.sites.base import Site, esc, names, places
from optout.lab.sites.listings import Listing, ListingStore
from optout.person import Person


class ClanRoot(Site):
    id = "clanroot"
    name = "ClanRoot"
    behaviours = (
        "search by URL template", "server-rendered", "opt-out by listing URL + e-mail",
        "one request removes the person from ClanRoot and ClanBranch 24 h later",
        "the form knows only the plain record URL and thanks you even for one it refused",
    )
    listing_path = "/member/{lid}"
    optout_path = "/optout"
    removal_delay = dt.timedelta(hours=24)
    exact_listing_urls = True

    def __init__(self, lab):
        super().__init__(lab)
        self.branches: list[ClanBranch] = []

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/search", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/optout", self.optout_form),
            web.post("/optout", self.optout),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<li class="hit" data-id="{x.lid}"><a class="hit-name" href="{self.listing_url(x.lid)}">{esc(x.name)}</a>'
            + (f' <span class="hit-age">({age})</span>' if age is not None else "")
            + (f' <span class="hit-home">{esc(x.place)}</span>' if x.place else "")
            + (f' <span class="hit-past">formerly {places(x.past)}</span>' if x.past else "")
            + (f' <span class="hit-family">family: {names(x.relatives)}</span>' if x.relatives else "")
            + "</li>"
        )

    def listing_body(self, x: Listing) -> str:
        return f'<ol class="hits">{self.render_listing(x)}</ol>'

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/search", [("given", "Given name"), ("family", "Family name")], "state")
        return self.page("ClanRoot", f"<h1>Find your family</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        q = request.query
        items = "".join(map(self.render_listing, self.search(q.get("given", ""), q.get("family", ""), q.get("state"))))
        body = f'<ol class="hits">{items}</ol>' if items else '<p class="no-hits">No members found</p>'
        return self.page("Members", f"<h1>Members</h1>{body}")

    async def optout_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Removal request",
            "<h1>Removal request</h1><p>One request covers ClanRoot and ClanBranch.</p>"
            '<form id="optout-form" method="post" action="/optout">'
            + self.text_field("record_url", "Record URL")
            + self.text_field("email", "Email", "email")
            + '<button type="submit">Submit removal request</button></form>',
        )

    async def optout(self, request: web.Request) -> web.Response:
        form = await request.post()
        url = str(form.get("record_url", ""))
        x = self.listing_from_url(url)
        for branch in self.branches:  # a branch's record URL names the same listing
            x = x or branch.listing_from_url(url)
        done = ("Thank you", "Your removal request has been received")
        if x is None:  # a refused request gets the same page: only a later search tells
            return self.message(*done)
        return self.take_removal(x, str(form.get("email", "")), done=done)


class ClanBranch(Site):
    id = "clanbranch"
    name = "ClanBranch"
    behaviours = (
        "search by URL path template (/names/{first}_{last})", "server-rendered",
        "same people as ClanRoot; removals handled by ClanRoot",
    )
    listing_path = "/tree/{lid}"
    optout_path = "/optout"

    def __init__(self, lab, root: ClanRoot):
        super().__init__(lab)
        self.root = root
        root.branches.append(self)

    @property
    def listings(self) -> ListingStore:
        return self.root.listings

    def add_person(self, key: str, person: Person) -> None:
        """ClanRoot seeds the family's shared listings."""

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/names/{name}", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/optout", self.optout_page),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<div class="branch-entry" data-id="{x.lid}">'
            f'<span class="branch-name"><a href="{self.listing_url(x.lid)}">{esc(x.name)}</a></span>'
            + (f' <em class="branch-age">age {age}</em>' if age is not None else "")
            + (f' <span class="branch-place">{esc(x.place)}</span>' if x.place else "")
            + (f' <span class="branch-past">{places(x.past)}</span>' if x.past else "")
            + (f' <span class="branch-kin">{names(x.relatives)}</span>' if x.relatives else "")
            + "</div>"
        )

    async def home(self, request: web.Request) -> web.Response:
        return self.page("ClanBranch", "<h1>ClanBranch</h1><p>Browse <code>/names/First_Last</code>.</p>")

    async def results(self, request: web.Request) -> web.Response:
        found = self.listings.find_names(
            request.match_info["name"].split("_"), request.query.get("state"), self.lab.now()
        )
        body = "".join(map(self.render_listing, found)) or '<p class="branch-none">Nobody by that name</p>'
        return self.page("Names", f'<h1>Names</h1><div class="branch-list">{body}</div>')

    async def optout_page(self, request: web.Request) -> web.Response:
        return self.page(
            "Opt out",
            "<h1>Opt out</h1><p>Removals for ClanBranch are handled by ClanRoot.</p>"
            f'<p><a href="http://{self.root.host}{self.root.optout_path}">Go to the ClanRoot removal page</a></p>',
        )
