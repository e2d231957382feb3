"""PeopleCheck: its removal form carries an hCaptcha, so only a person can submit it.

A POST without an ``h-captcha-response`` is refused. The lab accepts hCaptcha's published test
response (``HCAPTCHA_TEST_RESPONSE``) as "a person solved it", so the hand-over-to-a-person path can
be tested end to end; optout itself must never send it.
"""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from optout.lab.sites.base import Site, esc, names, places
from optout.lab.sites.listings import Listing

HCAPTCHA_SITEKEY = "10000000-ffff-ffff-ffff-000000000001"
HCAPTCHA_TEST_RESPONSE = "10000000-aaaa-bbbb-cccc-000000000001"


class PeopleCheck(Site):
    id = "peoplecheck"
    name = "PeopleCheck"
    behaviours = (
        "search by URL template (name=first-last)", "server-rendered", "hCaptcha on the removal form",
        "removed 24 h after a solved request",
    )
    listing_path = "/record/{lid}"
    optout_path = "/remove"
    removal_delay = dt.timedelta(hours=24)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/search", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/remove", self.remove_form),
            web.post("/remove", self.remove),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<li class="person" data-id="{x.lid}">'
            f'<h3 class="person-name"><a href="{self.listing_url(x.lid)}">{esc(x.name)}</a></h3>'
            + (f'<span class="person-age">Age: {age}</span>' if age is not None else "")
            + (f'<span class="person-city">{esc(x.place)}</span>' if x.place else "")
            + (f'<div class="person-past">Past: {places(x.past)}</div>' if x.past else "")
            + (f'<div class="person-relatives">Relatives: {names(x.relatives)}</div>' if x.relatives else "")
            + "</li>"
        )

    def listing_body(self, x: Listing) -> str:
        return f'<ul class="people">{self.render_listing(x)}</ul>'

    async def home(self, request: web.Request) -> web.Response:
        return self.page(
            "PeopleCheck",
            "<h1>PeopleCheck</h1><p>Search with <code>/search?name=First-Last&amp;state=ST</code>.</p>",
        )

    async def results(self, request: web.Request) -> web.Response:
        found = self.listings.find_names(
            request.query.get("name", "").split("-"), request.query.get("state"), self.lab.now()
        )
        items = "".join(map(self.render_listing, found))
        body = f'<ul class="people">{items}</ul>' if items else '<p class="no-results">No people found</p>'
        return self.page("Results", f"<h1>People</h1>{body}")

    async def remove_form(self, request: web.Request) -> web.Response:
        record = esc(request.query.get("record", ""))
        record_field = (
            f'<input type="hidden" name="record" value="{record}">' if record
            else self.text_field("record", "Record ID")
        )
        return self.page(
            "Remove a record",
            '<h1>Remove a record</h1><form id="remove-form" method="post" action="/remove">'
            + record_field
            + self.text_field("email", "Email address", "email")
            + f'<div class="h-captcha" data-sitekey="{HCAPTCHA_SITEKEY}">'
            '<iframe title="hCaptcha challenge" src="about:blank"></iframe></div>'
            '<button type="submit">Submit removal</button></form>',
        )

    async def remove(self, request: web.Request) -> web.Response:
        form = await request.post()
        answer = str(form.get("h-captcha-response", "")).strip()
        if not answer:
            return self.message("Error", "Please complete the CAPTCHA", status=400)
        if answer != HCAPTCHA_TEST_RESPONSE:
            return self.message("Error", "CAPTCHA verification failed", status=400)
        x = self.listings.live(str(form.get("record", "")).strip(), self.lab.now())
        return self.take_removal(x, str(form.get("email", "")),
                                 done=("Request received", "Your removal request has been submitted"))
