"""A click-tracked verification link is followed hop by hop, with a real HTTP server standing in
for the tracker: opened only when its redirects end on the broker's domains; any other target is
shown to a person, and a foreign link that does not look like a tracker is never requested."""

from __future__ import annotations

from types import SimpleNamespace

from aiohttp import web

from optout.mail import MailFlow, looks_like_tracker
from optout.settings import Settings


async def tracker(hops: dict[str, str]):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(request.path)
        if request.path in hops:
            raise web.HTTPFound(hops[request.path])
        return web.Response(text="landing page")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}", seen


def flow(tmp_path) -> MailFlow:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path, network={"proxy": None}, lab_url=None)
    return MailFlow(SimpleNamespace(settings=settings))  # only its settings are used to follow links


async def test_a_tracker_is_followed_to_the_broker_and_stops_there(tmp_path):
    runner, base, seen = await tracker({"/c/1": "/c/2", "/c/2": "https://www.broker.example/optout/confirm?t=9"})
    try:
        got = await flow(tmp_path)._resolve(base + "/c/1", ["broker.example"])
        assert got == ("https://www.broker.example/optout/confirm?t=9", True)
        assert seen == ["/c/1", "/c/2"]  # the broker's page itself is left for the verified open
    finally:
        await runner.cleanup()


async def test_a_tracker_that_leads_elsewhere_is_not_the_brokers(tmp_path):
    runner, base, seen = await tracker({"/c/1": "https://evil.example/login"})
    try:
        assert await flow(tmp_path)._resolve(base + "/c/1", ["broker.example"]) == ("https://evil.example/login", False)
        assert seen == ["/c/1"]  # the foreign target is shown, never requested
        landing = await flow(tmp_path)._resolve(base + "/landing", ["broker.example"])
        assert landing == (base + "/landing", False)
    finally:
        await runner.cleanup()


def test_only_tracker_looking_hosts_are_requested():
    for url in ("https://click.esp-mailer.example/ls/click?upn=x", "https://links.envios.example/a",
                "https://url4912.broker.example/ls/click", "https://u123.ct.sendgrid.net/ls/click?x"):
        assert looks_like_tracker(url), url
    for url in ("http://mailphish-verify.example/confirm?token=1", "https://broker-verify.example-phish.com/c"):
        assert not looks_like_tracker(url), url
