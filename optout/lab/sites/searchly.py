"""Searchly: a JavaScript application that needs a real browser, and an unreliable one.

The search page is a form whose submission inline JavaScript intercepts: it calls a JSON API and,
after a short delay, draws result cards. Its "No matches" block is in the page from the first
render, hidden, and shown only once a search found nobody (as single-page apps render their empty
state): a client that reads the first render, or a hidden block, as "nobody found" is wrong. The removal page's button is enabled by JavaScript and
posts JSON. With probability ``failure_rate`` (0.2 unless the lab says otherwise) any request
answers 500 or 503, and with half that probability a request is 1-2 s slow.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random

from aiohttp import web

from optout.lab.sites.base import EMAIL_RE, Site, esc, names, places
from optout.lab.sites.listings import Listing
from optout.usstates import STATES

SEARCH_JS = """
const form = document.getElementById('search-form');
const results = document.getElementById('results');
const empty = document.getElementById('no-matches');
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
function render(data) {
  results.removeAttribute('aria-busy');
  if (!data) { results.append(el('div', 'error', 'Something went wrong. Please try again.')); return; }
  if (!data.results.length) { empty.hidden = false; return; }
  for (const p of data.results) {
    const card = el('article', 'card');
    card.dataset.id = p.id;
    card.append(el('h2', 'card-name', p.name));
    if (p.age !== null) card.append(el('p', 'card-age', p.age + ' years old'));
    if (p.location) card.append(el('p', 'card-loc', p.location));
    if (p.past.length) card.append(el('p', 'card-past', 'Previously: ' + p.past.join('; ')));
    if (p.relatives.length) card.append(el('p', 'card-rel', 'Relatives: ' + p.relatives.join(', ')));
    const link = el('a', 'card-link', 'View profile');
    link.href = '/p/' + p.id;
    card.append(link);
    results.append(card);
  }
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  results.replaceChildren();
  empty.hidden = true;
  results.setAttribute('aria-busy', 'true');
  let data = null;
  try {
    const r = await fetch('/api/search?' + new URLSearchParams(new FormData(form)));
    if (r.ok) data = await r.json();
  } catch (e) { data = null; }
  setTimeout(() => render(data), 200 + Math.random() * 300);
});
"""

REMOVE_JS = """
const form = document.getElementById('remove-form');
const email = document.getElementById('email');
const send = document.getElementById('send');
const status = document.getElementById('status');
email.addEventListener('input', () => { send.disabled = !email.value.trim(); });
form.addEventListener('submit', (event) => { event.preventDefault(); if (!send.disabled) send.click(); });
send.addEventListener('click', async () => {
  send.disabled = true;
  status.textContent = 'Sending...';
  try {
    const r = await fetch('/api/remove', {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({listing: form.dataset.listing, email: email.value}),
    });
    const data = await r.json();
    if (!r.ok) throw new Error(data.error || 'failed');
    const conf = document.createElement('b');
    conf.id = 'conf';
    conf.textContent = data.confirmation;
    status.replaceChildren('Request received. Confirmation number: ', conf);
  } catch (e) {
    status.textContent = 'Something went wrong. Please try again.';
    send.disabled = false;
  }
});
"""


class Searchly(Site):
    id = "searchly"
    name = "Searchly"
    behaviours = (
        "search by form, results rendered by JavaScript", "a hidden 'No matches' block in the first render", "removal button enabled by JavaScript, JSON POST",
        "removed 24 h after the request", "random 500/503 and slow responses", "no e-mail",
    )
    listing_path = "/p/{lid}"
    namesake_nearby = True
    gone_text = "not found"
    removal_delay = dt.timedelta(hours=24)
    default_failure_rate = 0.2

    def __init__(self, lab):
        super().__init__(lab)
        self.flaky = random.Random(f"{lab.seed}:{self.id}:flaky")

    def reset(self) -> None:
        super().reset()
        self.flaky = random.Random(f"{self.lab.seed}:{self.id}:flaky")

    @property
    def failure_rate(self) -> float:
        rate = self.lab.failure_rate
        return self.default_failure_rate if rate is None else rate

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/api/search", self.api_search),
            web.get(self.listing_path, self.listing_page),
            web.get("/p/{lid}/remove", self.remove_form),
            web.post("/api/remove", self.api_remove),
        ]

    async def gate(self, request: web.Request) -> web.StreamResponse | None:
        roll = self.flaky.random()
        if roll < self.failure_rate:
            status = self.flaky.choice([500, 503])
            return web.Response(status=status, text=f"{status} Server error, please try again later")
        if roll < self.failure_rate * 1.5:
            await asyncio.sleep(self.flaky.uniform(1.0, 2.0))
        return None

    def _card(self, x: Listing) -> dict:
        return {
            "id": x.lid, "name": x.name, "age": self.age(x), "location": x.place,
            "past": x.past, "relatives": x.relatives,
        }

    def render_listing(self, x: Listing) -> str:
        age = self.age(x)
        return (
            f'<article class="card" data-id="{x.lid}"><h2 class="card-name">{esc(x.name)}</h2>'
            + (f'<p class="card-age">{age} years old</p>' if age is not None else "")
            + (f'<p class="card-loc">{esc(x.place)}</p>' if x.place else "")
            + (f'<p class="card-past">Previously: {places(x.past)}</p>' if x.past else "")
            + (f'<p class="card-rel">Relatives: {names(x.relatives)}</p>' if x.relatives else "")
            + "</article>"
        )

    def listing_body(self, x: Listing) -> str:
        return self.render_listing(x) + f'<p><a href="/p/{x.lid}/remove">Remove this record</a></p>'

    async def home(self, request: web.Request) -> web.Response:
        options = "".join(f'<option value="{c}">{c}</option>' for c in STATES)
        return self.page(
            "Search",
            '<h1>Search public records</h1><form id="search-form" method="get" action="/">'
            '<p><label for="first">First name</label> <input id="first" name="first" type="text"></p>'
            '<p><label for="last">Last name</label> <input id="last" name="last" type="text"></p>'
            '<p><label for="state">State</label> <select id="state" name="state">'
            f'<option value="">Any state</option>{options}</select></p>'
            '<button type="submit">Search</button></form><div id="results" aria-live="polite"></div>'
            # the "no matches" block is in the first render, hidden until a search finds nobody
            '<div class="empty" id="no-matches" hidden>No matches</div>',
            script=SEARCH_JS,
        )

    async def api_search(self, request: web.Request) -> web.Response:
        q = request.query
        found = self.search(q.get("first", ""), q.get("last", ""), q.get("state"))
        return web.json_response({"results": [self._card(x) for x in found]})

    async def remove_form(self, request: web.Request) -> web.Response:
        x = self.listings.live(request.match_info["lid"], self.lab.now())
        if x is None:
            return self.message("Not found", self.gone_text, status=404)
        return self.page(
            "Remove a record",
            f'<h1>Remove the record of {esc(x.name)}</h1>'
            f'<form id="remove-form" data-listing="{x.lid}">'
            '<p><label for="email">Your email</label> <input id="email" name="email" type="email"></p>'
            '<button id="send" type="button" disabled>Send removal request</button></form>'
            '<div id="status" role="status"></div>',
            script=REMOVE_JS,
        )

    async def api_remove(self, request: web.Request) -> web.Response:
        try:
            body = json.loads(await request.text())
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return web.json_response({"error": "Bad request"}, status=400)
        x = self.listings.live(str(body.get("listing", "")), self.lab.now())
        if x is None:
            return web.json_response({"error": "We could not find that record"}, status=404)
        if not EMAIL_RE.fullmatch(str(body.get("email", "")).strip()):
            return web.json_response({"error": "Please enter a valid email address"}, status=400)
        self.count_submission(x)
        self.remove_later(x, self.removal_delay)
        return web.json_response({"confirmation": self.reference("SL")})
