"""QuickLook: a plain-HTML broker that rate-limits hard.

More than 3 requests in any 2 real seconds are answered 429 with ``Retry-After`` (the whole seconds
until a request would be accepted again: 1 or 2). Opt-out by listing URL + e-mail, no e-mail
verification; the listing goes 24 hours later.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections import deque

from aiohttp import web

from optout.lab.sites.base import Site, esc, names, places
from optout.lab.sites.listings import Listing


class QuickLook(Site):
    id = "quicklook"
    name = "QuickLook"
    behaviours = (
        "search by URL template (q=First Last)", "server-rendered, no JavaScript",
        "429 + Retry-After above 3 requests per 2 s", "opt-out by listing URL + e-mail, no verification",
        "removed 24 h after the request",
        "result links carry tracking tags; the form knows only the plain listing URL",
    )
    listing_path = "/view/{lid}"
    optout_path = "/remove"
    namesake_nearby = True
    removal_delay = dt.timedelta(hours=24)
    exact_listing_urls = True
    #: on every result's link, as campaign-tagged links are; the removal form does not strip them
    tracking = "?utm_source=quicklook&utm_medium=results"
    max_requests = 3
    window_seconds = 2.0

    def __init__(self, lab):
        super().__init__(lab)
        self._accepted: deque[float] = deque(maxlen=self.max_requests)  # real monotonic times

    def reset(self) -> None:
        super().reset()
        self._accepted.clear()

    async def gate(self, request: web.Request) -> web.StreamResponse | None:
        now = time.monotonic()
        if len(self._accepted) == self.max_requests and now - self._accepted[0] < self.window_seconds:
            wait = math.ceil(self._accepted[0] + self.window_seconds - now)
            return web.Response(
                status=429, text="Too many requests. Slow down.", headers={"Retry-After": str(max(wait, 1))}
            )
        self._accepted.append(now)
        return None

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
            f'<tr class="row" data-id="{x.lid}">'
            f'<td class="col-name"><a href="{self.listing_url(x.lid)}{esc(self.tracking)}">{esc(x.name)}</a></td>'
            f'<td class="col-age">{"" if age is None else age}</td>'
            f'<td class="col-loc">{esc(x.place or "")}</td>'
            f'<td class="col-past">{places(x.past)}</td>'
            f'<td class="col-rel">{names(x.relatives)}</td></tr>'
        )

    def listing_body(self, x: Listing) -> str:
        return f'<table class="results">{self.render_listing(x)}</table>'

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/search", [("q", "Full name")], "st")
        return self.page("QuickLook", f"<h1>QuickLook</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        found = self.listings.find_names(
            request.query.get("q", "").split(), request.query.get("st"), self.lab.now()
        )
        rows = "".join(map(self.render_listing, found))
        body = f'<table class="results">{rows}</table>' if rows else '<p class="empty">0 results</p>'
        return self.page("Results", f"<h1>Results</h1>{body}")

    async def remove_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Opt out",
            '<h1>Opt out</h1><form id="remove-form" method="post" action="/remove">'
            + self.text_field("link", "Listing link")
            + self.text_field("email", "E-mail", "email")
            + '<button type="submit">Opt out</button></form>',
        )

    async def remove(self, request: web.Request) -> web.Response:
        form = await request.post()
        x = self.listing_from_url(str(form.get("link", "")))
        return self.take_removal(x, str(form.get("email", "")), missing="We could not find that listing",
                                 done=("Done", "Your opt-out has been processed"))
