"""PeopleRoster: a search-then-remove broker on one opt-out page, with an e-mailed link.

Modelled on the published steps of PeopleFinders-style opt-outs (search your name and state on the
opt-out page itself, pick "This is me" beside your record, give an e-mail address, open the link it
sends): nothing of the real site's pages or words is copied. Server-rendered, no JavaScript. The
link expires after 24 hours; the record goes 72 hours after the link is opened.
"""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from optout.lab.sites.base import EMAIL_RE, Site, esc, places
from optout.lab.sites.listings import Listing


class Roster(Site):
    id = "roster"
    name = "PeopleRoster"
    behaviours = (
        "search on the opt-out page (fn, ln, st)", "server-rendered, no JavaScript",
        "'This is me' beside each record, then an e-mail address",
        "verification e-mail, link expires after 24 h and works once", "removed 72 h after the link is opened",
    )
    listing_path = "/record/{lid}"
    optout_path = "/optout"
    link_ttl = dt.timedelta(hours=24)
    link_from = "PeopleRoster <privacy@roster.lab.test>"
    link_subject = "Verify your PeopleRoster opt-out"
    link_text = ("Hello,\n\nWe received an opt-out request (number {ref}).\n"
                 "To verify it, open this link within 24 hours:\n\n{link}\n\n"
                 "If you did not ask for this, ignore this message.\n\nPeopleRoster Privacy\n")
    verify_path = "/optout/verify"
    removal_delay = dt.timedelta(hours=72)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/optout", self.home),
            web.get("/optout/search", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/optout/select/{lid}", self.select_form),
            web.post("/optout/select/{lid}", self.select),
            web.get(self.verify_path, self.verify),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<div class="record" data-id="{x.lid}">'
            f'<h2 class="record-name"><a href="{self.listing_url(x.lid)}">{esc(x.name)}</a></h2>'
            + (f'<p class="record-age">{age} years old</p>' if age is not None else "")
            + (f'<p class="record-place">{esc(x.place)}</p>' if x.place else "")
            + (f'<p class="record-past">Previously: {places(x.past)}</p>' if x.past else "")
            + f'<a class="this-is-me" href="/optout/select/{x.lid}">This is me</a></div>'
        )

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/optout/search", [("fn", "First name"), ("ln", "Last name")], "st")
        return self.page("Manage your listing", f"<h1>Find your listing</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        q = request.query
        found = self.search(q.get("fn", ""), q.get("ln", ""), q.get("st") or None)
        body = (f'<div id="records">{"".join(map(self.render_listing, found))}</div>' if found
                else '<p class="empty">We found no records for that name</p>')
        return self.page("Your listings", f"<h1>Select your listing</h1>{body}")

    async def select_form(self, request: web.Request) -> web.Response:
        x = self.listings.live(request.match_info["lid"], self.lab.now())
        if x is None:
            return self.message("Not found", self.gone_text, status=404)
        return self.page(
            "Confirm your e-mail",
            f'<h1>Opt out {esc(x.name)}</h1><form id="verify-form" method="post" action="/optout/select/{x.lid}">'
            + self.text_field("email", "Your email address", "email")
            + '<button type="submit">Send verification email</button></form>',
        )

    async def select(self, request: web.Request) -> web.Response:
        x = self.listings.live(request.match_info["lid"], self.lab.now())
        if x is None:
            return self.message("Not found", self.gone_text, status=404)
        email = str((await request.post()).get("email", "")).strip()
        if not EMAIL_RE.fullmatch(email):
            return self.message("Error", "Please enter a valid email address", status=400)
        self.count_submission(x)
        ref = self.reference("PR")
        if not await self.mail_link(x.lid, to=email, ref=ref):
            return self.message("Error", "We could not send the e-mail. Try again later.", status=503)
        return self.page(
            "Check your email",
            '<h1>Check your email</h1><p class="message">We sent you a link to verify your opt-out request.</p>'
            f'<p>Request number: <b id="request-number">{ref}</b></p>',
        )

    async def verify(self, request: web.Request) -> web.Response:
        refused, lid = self.open_link(request)
        if refused is not None:
            return refused
        x = self.listings.live(lid, self.lab.now())
        if x is not None:
            self.remove_later(x, self.removal_delay)
        return self.message("Opt-out verified", "Your opt-out is verified. The record will be removed within 72 hours.")
