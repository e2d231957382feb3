"""IDVault: demands a copy of a government photo ID before it removes anything.

The opt-out form (profile URL + e-mail) leads to an upload page; nothing is removed unless a
document is uploaded, and then 72 hours later. optout should hand this to a person.
"""

from __future__ import annotations

import datetime as dt
import secrets

from aiohttp import web

from optout.lab.sites.base import EMAIL_RE, BoundedDict, Site, esc, names, places
from optout.lab.sites.listings import Listing


class IDVault(Site):
    id = "idvault"
    name = "IDVault"
    behaviours = (
        "search by URL template", "server-rendered", "opt-out by listing URL + e-mail",
        "demands a government ID upload", "removed 72 h after an upload",
    )
    listing_path = "/profile/{lid}"
    optout_path = "/privacy/remove"
    removal_delay = dt.timedelta(hours=72)

    def __init__(self, lab):
        super().__init__(lab)
        self._requests: BoundedDict = BoundedDict()  # request id -> listing id

    def reset(self) -> None:
        super().reset()
        self._requests.clear()

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/find", self.results),
            web.get(self.listing_path, self.listing_page),
            web.get("/privacy/remove", self.remove_form),
            web.post("/privacy/remove", self.remove),
            web.post("/privacy/upload", self.upload),
        ]

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<tr class="match" data-id="{x.lid}">'
            f'<td class="match-name"><a href="{self.listing_url(x.lid)}">{esc(x.name)}</a></td>'
            f'<td class="match-age">{"" if age is None else age}</td>'
            f'<td class="match-location">{esc(x.place or "")}</td>'
            f'<td class="match-past">{places(x.past)}</td>'
            f'<td class="match-relatives">{names(x.relatives)}</td></tr>'
        )

    def _table(self, rows: str) -> str:
        return (
            '<table id="matches"><tr><th>Name</th><th>Age</th><th>Location</th>'
            f"<th>Past locations</th><th>Relatives</th></tr>{rows}</table>"
        )

    def listing_body(self, x: Listing) -> str:
        return self._table(self.render_listing(x))

    async def home(self, request: web.Request) -> web.Response:
        form = self.search_form("/find", [("first", "First name"), ("last", "Last name")], "state")
        return self.page("IDVault", f"<h1>IDVault identity search</h1>{form}")

    async def results(self, request: web.Request) -> web.Response:
        q = request.query
        rows = "".join(map(self.render_listing, self.search(q.get("first", ""), q.get("last", ""), q.get("state"))))
        body = self._table(rows) if rows else '<p class="none">No matching profiles</p>'
        return self.page("Matches", f"<h1>Matches</h1>{body}")

    async def remove_form(self, request: web.Request) -> web.Response:
        return self.page(
            "Privacy request",
            '<h1>Remove my information</h1><form id="remove-form" method="post" action="/privacy/remove">'
            + self.text_field("profile_url", "Profile URL")
            + self.text_field("email", "Email", "email")
            + '<button type="submit">Submit request</button></form>',
        )

    async def remove(self, request: web.Request) -> web.Response:
        form = await request.post()
        x = self.listing_from_url(str(form.get("profile_url", "")))
        if x is None:
            return self.message("Not found", "We could not find that profile")
        if not EMAIL_RE.fullmatch(str(form.get("email", "")).strip()):
            return self.message("Error", "Please enter a valid email address", status=400)
        self.count_submission(x)
        rid = secrets.token_hex(8)
        self._requests[rid] = x.lid
        return self.page(
            "Identity verification required",
            "<h1>Identity verification required</h1>"
            "<p>To complete your request, upload a copy of a government-issued photo ID.</p>"
            '<form id="upload-form" method="post" action="/privacy/upload" enctype="multipart/form-data">'
            f'<input type="hidden" name="request" value="{rid}">'
            '<p><label for="id_document">Government-issued photo ID</label> '
            '<input id="id_document" type="file" name="id_document"></p>'
            '<button type="submit">Upload document</button></form>',
        )

    async def upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        lid = self._requests.get(str(form.get("request", "")))
        document = form.get("id_document")
        if lid is None:
            return self.message("Error", "Unknown or expired request", status=400)
        if not isinstance(document, web.FileField) or not document.file.read(1):
            return self.message("Error", "Please attach a document", status=400)
        x = self.listings.live(lid, self.lab.now())
        if x is not None:
            self.remove_later(x, self.removal_delay)
        return self.message("Document received", "Thank you. Your document was received; we will process your request.")
