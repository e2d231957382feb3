"""PeopleLedger: a plain broker with no recipe in the project, for newcomers to write one.

Everything is server-rendered HTML. The opt-out form takes the entry's link and an e-mail address
and needs a "this is me" checkbox ticked (a step the other lab brokers do not need); the entry goes
24 hours after the request. No e-mail, no CAPTCHA. ``tests/test_newcomer.py`` writes a recipe for
it from docs/RECIPES.md alone.
"""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from optout.lab.sites.base import EMAIL_RE, Site, esc, names, places
from optout.lab.sites.listings import Listing


class Ledger(Site):
    id = "ledger"
    name = "PeopleLedger"
    behaviours = (
        "search by URL template (fn, ln, st)", "server-rendered, no JavaScript",
        "opt-out by entry link + e-mail + a required confirmation checkbox", "removed 24 h after the request",
        "no recipe in the project: written by newcomers from docs/RECIPES.md",
    )
    listing_path = "/entry/{lid}"
    optout_path = "/privacy/optout"
    removal_delay = dt.timedelta(hours=24)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/lookup", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/privacy/optout", self.optout_form),
            web.post("/privacy/optout", self.optout),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<li class="entry" data-id="{x.lid}">'
            f'<a class="entry-name" href="{self.listing_url(x.lid)}">{esc(x.name)}</a>'
            + (f' <span class="entry-age">Age {age}</span>' if age is not None else "")
            + (f' <span class="entry-place">{esc(x.place)}</span>' if x.place else "")
            + (f' <span class="entry-past">Formerly: {places(x.past)}</span>' if x.past else "")
            + (f' <span class="entry-kin">Kin: {names(x.relatives)}</span>' if x.relatives else "")
            + "</li>"
        )

    def listing_body(self, x: Listing) -> str:
        return f'<ul id="people">{self.render_listing(x)}</ul>'

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/lookup", [("fn", "First name"), ("ln", "Last name")], "st")
        return self.page("PeopleLedger", f"<h1>PeopleLedger</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        q = request.query
        found = self.search(q.get("fn", ""), q.get("ln", ""), q.get("st") or None)
        body = (f'<ul id="people">{"".join(map(self.render_listing, found))}</ul>' if found
                else '<p class="nobody">No one found</p>')
        return self.page("Lookup", f"<h1>Lookup</h1>{body}")

    async def optout_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Remove an entry",
            '<h1>Remove an entry</h1><form id="removal" method="post" action="/privacy/optout">'
            + self.text_field("entry", "Entry link")
            + self.text_field("email", "Email address", "email")
            + '<p><input id="confirm" name="confirm" type="checkbox" value="yes"> '
              '<label for="confirm">I am this person or act for them</label></p>'
            + '<button type="submit">Request removal</button></form>',
        )

    async def optout(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("confirm") != "yes":
            return self.message("Error", "Please confirm that you are this person", status=400)
        if not EMAIL_RE.fullmatch(str(form.get("email", "")).strip()):
            return self.message("Error", "Please enter a valid email address", status=400)
        x = self.listing_from_url(str(form.get("entry", "")))
        if x is None:
            return self.message("Not found", "We could not find that entry")
        self.count_submission(x)
        self.remove_later(x, self.removal_delay)
        ticket = self.reference("LG")
        return self.page(
            "Request received",
            '<h1>Request received</h1><p class="message">Your entry will be removed within 24 hours.</p>'
            f'<p>Ticket: <code id="ticket">{ticket}</code></p>',
        )
