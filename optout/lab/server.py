"""The broker lab: fake people-search brokers behind one local port used as an HTTP proxy.

Clients (httpx with ``proxy=lab.url``, Chromium with ``proxy={"server": lab.url}``) send requests for
``http://<broker>.lab.test/...`` to the lab, which dispatches on the Host header:

- a known broker host goes to that broker's aiohttp sub-application (``optout.lab.sites``), through
  a middleware that adds the optional latency (the next draw of one seeded stream, or with
  ``latency_by_request`` a draw made from the request itself) and the broker's own gate (rate
  limit, failures);
- ``127.0.0.1`` / ``localhost`` get the admin API (``/_admin/...``) and an index page at ``/``;
- any other host (``evil.lab.test``, ``attacker.example``) reaches the sink, which records it.

``Lab`` owns the clock (real UTC time plus an offset that only moves forward), the seeded people,
the brokers and the mail server. ``LabThread`` runs a ``Lab`` on an event loop of its own in a
background thread, for tests that drive optout from another process. ``serve_forever`` is what
``python -m optout.lab`` and ``optout lab`` run.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import random
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from email.message import EmailMessage
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from optout.errors import ProfileError
from optout.lab.mail import MailServer, send_mail
from optout.lab.sites import MailBroker, Site, Sink, build_sites
from optout.person import Person, parse_person

log = logging.getLogger("optout.lab")

ADMIN_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
KEY_RE = re.compile(r"[A-Za-z0-9_.-]{1,64}")
SITE = web.AppKey("site", Site)


class Lab:
    """The fake brokers, their clock and their mail. ``await start()`` before use, ``stop()`` after."""

    def __init__(
        self,
        seed: int = 1234,
        latency_ms: tuple[float, float] = (0, 0),
        failure_rate: float | None = None,
        data_dir: Path | str | None = None,
        *,
        port: int = 0,
        smtp_port: int = 0,
        resale: bool = False,
    ):
        self.seed = seed
        #: People-search brokers resell one another's records: with ``resale`` every broker with
        #: decoys shows the same cards for a seeded person (theirs and the namesakes around them,
        #: each fact and printed name alike; only the listing's own id and page differ), as data
        #: bought from one aggregator is. Off by default: tests written before it keep their cards.
        self.resale = resale
        #: A broker's next data refresh brings a removed person back on an updated card: with a
        #: time here, every removal is followed this long after by a relisting under a new id whose
        #: card changed (a past address more, a relative fewer), as real brokers relist from a
        #: newer source. None (the default): only a site's own ``relist_after``, with the same card.
        #: May be changed while running.
        self.relist_changed: dt.timedelta | None = None
        #: A mail security scanner in front of the people's mailbox (as Microsoft's Safe Links or
        #: Proofpoint's URL Defense are): when True, every link on a lab broker's host in a mail a
        #: broker sends is opened once, through the proxy, as the mail is delivered and before anyone
        #: reads it, so the person's own click finds the link already used (as Auth0's "Safelinks
        #: process" note and security.stackexchange.com/q/211258 describe). May be changed while running.
        self.link_scanner = False
        self.latency_ms = latency_ms
        #: With ``latency_by_request`` a response's added latency is a function of the request itself
        #: (method, host, path and query, body), not the next draw of one stream shared by all requests:
        #: two runs that send the same requests wait the same, whatever order they arrive in. Off by
        #: default (tests written before it keep their draws); the benchmark turns it on, so that the
        #: two sides it compares get the same latency per flow, not the same sequence dealt out in
        #: arrival order (scripts/bench.py). May be changed while running.
        self.latency_by_request = False
        self.failure_rate = failure_rate  # None: each flaky broker's own default
        self.data_dir = Path(data_dir) if data_dir is not None else None  # None: a temporary one
        self.port = port
        self.smtp_port = smtp_port
        self.url: str | None = None  # set by start()
        self.maildir: Path | None = None  # set by start()
        self.people: dict[str, Person] = {}
        self.sites: dict[str, Site] = {s.id: s for s in build_sites(self)}
        self.sink = Sink()
        #: Other servers of the lab's on loopback ports (the Hostile Broker's evil host), by port:
        #: Playwright sends even loopback traffic through the proxy, which hands each such request
        #: to its server as a forward proxy would, so a page that is not stopped really reaches it.
        self.loopback: dict[int, Callable[[web.Request], Any]] = {}
        self._offset = dt.timedelta()
        self._latency_rng = random.Random(f"{seed}:latency")
        self._own_data_dir = False
        self._runner: web.AppRunner | None = None
        self._mail: MailServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task] = set()

    # ---- life -----------------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await self._start()
        except BaseException:
            await self.stop()  # e.g. the port is taken: do not leave the SMTP thread behind
            raise

    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self.data_dir is None:
            self.data_dir, self._own_data_dir = Path(tempfile.mkdtemp(prefix="optout-lab-")), True
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.maildir = self.data_dir / "Maildir"
        brokers = {s.mail_domain: self._mail_handler(s) for s in self.sites.values() if s.mail_domain}
        self._mail = MailServer(self.maildir, brokers, port=self.smtp_port)
        await asyncio.to_thread(self._mail.start)
        self.smtp_port = self._mail.port
        for site in self.sites.values():
            await site.start()
        self._runner = web.AppRunner(self._build_app(), access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self.port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        """Stop serving; safe to call twice, or after a failed start."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for site in self.sites.values():
            await site.stop()
        runner, mail, self._runner, self._mail = self._runner, self._mail, None, None
        if runner:
            await runner.cleanup()
        if mail:
            await asyncio.to_thread(mail.stop)
        if self._own_data_dir and self.data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    async def __aenter__(self) -> Lab:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    # ---- clock, people, state -------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self._offset

    def advance(self, days: float = 0, hours: float = 0, minutes: float = 0) -> dt.datetime:
        step = dt.timedelta(days=days, hours=hours, minutes=minutes)
        if step < dt.timedelta():
            raise ValueError("the lab clock only moves forward")
        self._offset += step
        return self.now()

    def seed_people(self, people: Iterable[tuple[str, Person]]) -> None:
        """List each person on every broker (seeding a key again replaces its listings)."""
        for key, person in people:
            if not KEY_RE.fullmatch(key):
                raise ValueError("a person key is 1-64 letters, digits, '.', '_' or '-'")
            self.people[key] = person
            for site in self.sites.values():
                site.add_person(key, person)

    def listing_ids(self, broker_id: str, key: str) -> list[str]:
        """The ids of the live listings of person ``key`` on ``broker_id`` (decoys excluded)."""
        if key not in self.people:
            raise KeyError(f"no person seeded under key {key!r}")
        return [x.lid for x in self.site(broker_id).listings.of_person(key, self.now())]

    def is_listed(self, broker_id: str, key: str) -> bool:
        return bool(self.listing_ids(broker_id, key))

    def answer_mail_data(self, answer: str | float) -> None:
        """How the lab's SMTP server answers a message's content from now on: "accept", "drop"
        (store it, close without a reply) or seconds to wait before the 250 (see MailServer)."""
        self._mail.answer_data = answer

    def submissions(self) -> dict[str, dict[str, int]]:
        """``{broker: {listing id: requests}}`` (MailOnly counts by person key or ``unknown``)."""
        return {sid: dict(s.submissions) for sid, s in self.sites.items()}

    def mail_log(self) -> dict[str, dict]:
        """The e-mail-only brokers: ``{broker: {"address", "answer", "received": [...], "links_opened"}}``."""
        return {sid: s.report() for sid, s in self.sites.items() if isinstance(s, MailBroker)}

    def submission_times(self, broker_id: str) -> list[tuple[float, str]]:
        """``[(wall-clock time, listing id), ...]`` of the broker's submissions, in order."""
        return list(self.site(broker_id).submission_log)

    def request_times(self, broker_id: str) -> list[float]:
        """Wall-clock times of every request the broker received (before its own gate), in order."""
        return list(self.site(broker_id).request_log)

    def site(self, broker_id: str) -> Site:
        try:
            return self.sites[broker_id]
        except KeyError:
            raise KeyError(f"no broker {broker_id!r} in the lab") from None

    def reset(self) -> None:
        """As freshly started: no people, clock at real time, no submissions, empty sink and Maildir."""
        self.people.clear()
        self._offset = dt.timedelta()
        self._latency_rng = random.Random(f"{self.seed}:latency")
        for site in self.sites.values():
            site.reset()
        self.sink.reset()
        if self._mail:
            self._mail.maildir.clear()

    async def send_mail(self, msg: EmailMessage) -> None:
        """How brokers send: through the lab's own SMTP server (and past the link scanner, if on)."""
        await send_mail(self.smtp_port, msg)
        if self.link_scanner:
            await self._scan_links(msg)

    async def _scan_links(self, msg: EmailMessage) -> None:
        """Open every link of ``msg`` that is on a broker's host, as a mail scanner does."""
        try:
            part = msg.get_body(preferencelist=("plain", "html"))
            text = part.get_content() if part else ""
        except (LookupError, ValueError):
            return
        hosts = {site.host for site in self.sites.values()}
        links = [u for u in re.findall(r"https?://[^\s<>\"']+", text) if urlsplit(u).hostname in hosts]
        if not links:
            return
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session:
            for link in links:
                async with session.get(link, proxy=self.url) as r:
                    await r.read()

    def _mail_handler(self, site: Site) -> Callable[[EmailMessage, str], None]:
        """Called in the SMTP thread: run the broker's ``receive_mail`` on the lab's loop."""

        def handle(msg: EmailMessage, sender: str) -> None:
            assert self._loop is not None
            self._loop.call_soon_threadsafe(self._spawn, site, msg, sender)

        return handle

    def _spawn(self, site: Site, msg: EmailMessage, sender: str) -> None:
        task = asyncio.create_task(site.receive_mail(msg, sender))
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception():
            log.error("a broker failed to handle mail", exc_info=task.exception())

    # ---- the web application --------------------------------------------------------------------

    def _build_app(self) -> web.Application:
        root = web.Application(middlewares=[self._foreign_hosts_to_sink])
        for site in self.sites.values():
            app = web.Application(middlewares=[self._site_middleware])
            app[SITE] = site
            app.add_routes(site.routes())
            root.add_domain(site.host, app)
        root.add_routes(
            [
                web.get("/", self._index),
                web.get("/_admin/sites", self._admin_sites),
                web.post("/_admin/people", self._admin_people),
                web.get("/_admin/clock", self._admin_clock),
                web.post("/_admin/clock", self._admin_clock),
                web.get("/_admin/listed", self._admin_listed),
                web.get("/_admin/submissions", self._admin_submissions),
                web.get("/_admin/sink", self._admin_sink),
                web.post("/_admin/reset", self._admin_reset),
                web.get("/_admin/mail", self._admin_mail),
            ]
        )
        return root

    @web.middleware
    async def _foreign_hosts_to_sink(self, request: web.Request, handler) -> web.StreamResponse:
        """A request no broker took: the lab's own address gets the admin API, a loopback neighbour
        (``loopback``) its own server, any other host the sink."""
        if request.url.host in ADMIN_HOSTS and request.url.port in self.loopback and request.url.port != self.port:
            return await self.loopback[request.url.port](request)
        if len(request.match_info.apps) == 1 and request.url.host not in ADMIN_HOSTS:
            return await self.sink.handle(request)
        return await handler(request)

    @web.middleware
    async def _site_middleware(self, request: web.Request, handler) -> web.StreamResponse:
        if self.latency_ms[1] > 0:
            await asyncio.sleep(await self._latency(request))
        request.app[SITE].request_log.append(time.time())
        return await request.app[SITE].gate(request) or await handler(request)

    async def _latency(self, request: web.Request) -> float:
        """The seconds this request waits (``latency_ms``), drawn as it arrives: the next draw of the
        lab's stream, or with ``latency_by_request`` one drawn from the request itself (the lab's seed,
        method, host, path, query and a digest of the body; aiohttp keeps the body for the handler)."""
        low, high = self.latency_ms
        if not self.latency_by_request:
            return self._latency_rng.uniform(low, high) / 1000
        body = await request.read() if request.can_read_body else b""
        key = f"{self.seed}:latency:{request.method} {request.host}{request.path_qs} {hashlib.sha256(body).hexdigest()}"
        return random.Random(key).uniform(low, high) / 1000

    def _sites_info(self) -> list[dict[str, Any]]:
        return [
            {"id": s.id, "name": s.name, "host": s.host, "url": f"http://{s.host}/", "behaviours": list(s.behaviours)}
            for s in self.sites.values()
        ]

    async def _index(self, request: web.Request) -> web.Response:
        rows = "".join(
            f'<li><a href="{escape(s["url"])}">{escape(s["name"])}</a> <code>{escape(s["host"])}</code>: '
            f'{escape("; ".join(s["behaviours"]))}</li>'
            for s in self._sites_info()
        )
        return web.Response(
            content_type="text/html",
            text=(
                '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>optout broker lab</title>'
                "</head><body><h1>optout broker lab</h1>"
                f"<p>Use this address as an HTTP proxy to reach the brokers. Lab time: {self.now().isoformat()}</p>"
                f"<ul>{rows}</ul><p>Admin API: <code>/_admin/sites</code>, <code>/_admin/clock</code>, "
                "<code>/_admin/people</code>, <code>/_admin/listed</code>, <code>/_admin/submissions</code>, "
                "<code>/_admin/sink</code>, <code>/_admin/reset</code>.</p></body></html>"
            ),
        )

    async def _admin_sites(self, request: web.Request) -> web.Response:
        return web.json_response(self._sites_info())

    async def _admin_people(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except ValueError:
            return _error("the body is not JSON")
        items = body.get("people") if isinstance(body, dict) else None
        if not isinstance(items, list):
            return _error('expected {"people": [{"key": ..., "profile": {...}}, ...]}')
        people = []
        for i, item in enumerate(items):
            key = item.get("key") if isinstance(item, dict) else None
            if not isinstance(key, str) or not KEY_RE.fullmatch(key):
                return _error(f"people[{i}].key: 1-64 letters, digits, '.', '_' or '-'")
            try:
                people.append((key, parse_person(item.get("profile"), f"people[{i}].profile")))
            except ProfileError as e:
                return _error(str(e))
        self.seed_people(people)
        return web.json_response({"seeded": [key for key, _ in people]})

    async def _admin_clock(self, request: web.Request) -> web.Response:
        if request.method == "POST":
            try:
                body = await request.json()
                self.advance(days=float(body.get("days", 0)), hours=float(body.get("hours", 0)))
            except (ValueError, TypeError, AttributeError):
                return _error('expected {"days": N, "hours": N}, not negative')
        return web.json_response({"now": self.now().isoformat(), "offset_hours": self._offset / dt.timedelta(hours=1)})

    async def _admin_listed(self, request: web.Request) -> web.Response:
        try:
            ids = self.listing_ids(request.query.get("broker", ""), request.query.get("key", ""))
        except KeyError as e:
            return _error(e.args[0], status=404)
        return web.json_response({"listed": bool(ids), "listing_ids": ids})

    async def _admin_submissions(self, request: web.Request) -> web.Response:
        return web.json_response(self.submissions())

    async def _admin_sink(self, request: web.Request) -> web.Response:
        return web.json_response(list(self.sink.records))

    async def _admin_mail(self, request: web.Request) -> web.Response:
        return web.json_response(self.mail_log())

    async def _admin_reset(self, request: web.Request) -> web.Response:
        self.reset()
        return web.json_response({"reset": True, "now": self.now().isoformat()})


def _error(message: str, status: int = 400) -> web.Response:
    return web.json_response({"error": message}, status=status)


class LabThread:
    """A ``Lab`` on its own event loop in a background thread; its methods are callable from any thread.

    ``with LabThread(seed=1) as lab: ...`` or ``start()`` / ``stop()``. Takes ``Lab``'s arguments.
    """

    def __init__(self, **lab_args: Any):
        self._lab_args = lab_args
        self.lab: Lab | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def start(self, timeout: float = 15) -> LabThread:
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), name="broker-lab", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the broker lab did not start in time")
        if self._error:
            raise self._error
        return self

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self.lab = Lab(**self._lab_args)
        try:
            await self.lab.start()
        except BaseException as e:  # report it to start(), in the caller's thread
            self._error = e
            self._ready.set()
            return
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            await self.lab.stop()

    def stop(self, timeout: float = 15) -> None:
        if self._loop and self._stopping and self._thread and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stopping.set)
            self._thread.join(timeout)

    def __enter__(self) -> LabThread:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``fn`` on the lab's loop (the lab is not thread-safe) and return its result."""

        async def run() -> Any:
            return fn(*args, **kwargs)

        assert self._loop is not None, "start the LabThread first"
        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout=15)

    @property
    def url(self) -> str:
        return self._started().url  # type: ignore[return-value]

    @property
    def smtp_port(self) -> int:
        return self._started().smtp_port

    @property
    def maildir(self) -> Path:
        return self._started().maildir  # type: ignore[return-value]

    @property
    def data_dir(self) -> Path:
        return self._started().data_dir  # type: ignore[return-value]

    def _started(self) -> Lab:
        if self.lab is None or self.lab.url is None:
            raise RuntimeError("start the LabThread first")
        return self.lab

    def now(self) -> dt.datetime:
        return self._started().now()

    def advance(self, days: float = 0, hours: float = 0, minutes: float = 0) -> dt.datetime:
        return self._call(self._started().advance, days=days, hours=hours, minutes=minutes)

    def seed_people(self, people: Iterable[tuple[str, Person]]) -> None:
        self._call(self._started().seed_people, list(people))

    def is_listed(self, broker_id: str, key: str) -> bool:
        return self._call(self._started().is_listed, broker_id, key)

    def listing_ids(self, broker_id: str, key: str) -> list[str]:
        return self._call(self._started().listing_ids, broker_id, key)

    def answer_mail_data(self, answer: str | float) -> None:
        self._started().answer_mail_data(answer)  # one attribute, read by the server's own thread

    def submissions(self) -> dict[str, dict[str, int]]:
        return self._call(self._started().submissions)

    def submission_times(self, broker_id: str) -> list[tuple[float, str]]:
        return self._call(self._started().submission_times, broker_id)

    def request_times(self, broker_id: str) -> list[float]:
        return self._call(self._started().request_times, broker_id)

    def reset(self) -> None:
        self._call(self._started().reset)

    def mail_log(self) -> dict[str, dict]:
        return self._call(self._started().mail_log)


async def serve_forever(
    port: int = 8700,
    people: Iterable[tuple[str, Person]] = (),
    latency_ms: tuple[float, float] = (0, 0),
    data_dir: Path | str | None = None,
    *,
    seed: int = 1234,
    failure_rate: float | None = None,
    smtp_port: int = 0,
    ready: Callable[[Lab], None] | None = None,
    resale: bool = False,
) -> None:
    """Run the lab until cancelled (Ctrl-C under ``asyncio.run``). ``ready(lab)`` is called once it
    listens; by default it prints the proxy URL, the SMTP port and the Maildir."""
    lab = Lab(seed=seed, latency_ms=latency_ms, failure_rate=failure_rate, data_dir=data_dir,
              port=port, smtp_port=smtp_port, resale=resale)
    try:
        await lab.start()  # inside: a stop while starting (SIGTERM) still closes what had started
        lab.seed_people(people)
        (ready or print_banner)(lab)
        await asyncio.Event().wait()
    finally:
        await lab.stop()


def print_banner(lab: Lab) -> None:
    print(f"broker lab proxy: {lab.url}  (admin: {lab.url}/_admin/sites)")
    print(f"SMTP:    127.0.0.1:{lab.smtp_port}")
    print(f"Maildir: {lab.maildir}")
    print(f"people:  {', '.join(lab.people) or '(none; POST /_admin/people)'}")
    for site in lab.sites.values():
        print(f"  http://{site.host}/  {site.name}")
    print("Ctrl-C to stop.", flush=True)
