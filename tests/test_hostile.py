"""Hostile pages: every misbehaviour of the lab's Hostile Broker ends its case with a clear reason,
the "evil" host on another loopback port receives nothing, and the batch goes on with the rest."""

from __future__ import annotations

import pytest

from optout.lab.sites.hostile import Hostile
from optout.person import load_person
from optout.settings import PROJECT_BROKERS

from .conftest import EXAMPLES, ROOT, requires_browser
from .harness import Optout, lab_settings
from .leakscan import assert_no_leaks, scan_paths

HOSTILE_RECIPES = ROOT / "optout" / "lab" / "hostile"

# recipe -> (state, words the reason must contain)
EXPECTED = {
    "hostile-never": ("new", "did not load in time"),  # transient: tried again on the recipe's cadence
    "hostile-huge": ("failed", "larger than network.max_page_mb"),
    "hostile-loop": ("failed", "ERR_TOO_MANY_REDIRECTS"),
    "hostile-loop-http": ("failed", "more than 10 redirects"),
    "hostile-away": ("failed", "redirected to evil.lab.test, a host the recipe does not declare"),
    "hostile-away-http": ("failed", "redirected to a host the recipe does not declare (evil.lab.test)"),
    "hostile-dialogs": ("failed", "more than 20 dialogs"),
    "hostile-popups": ("failed", "more than 20 popups"),
    "hostile-download": ("failed", "file download"),
    "hostile-exfil": ("failed", "the person's data to 127.0.0.1"),
    # a page's own analytics pings (beacon, fetch, pixel) carry nothing of the person's: blocked quietly
    "hostile-pings": ("confirmed", ""),
    "hostile-exfil-http": ("failed", "POST to a host the recipe does not declare (127.0.0.1)"),
}


@requires_browser
async def test_hostile_pages_are_bounded_and_the_evil_host_gets_nothing(lab, tmp_path, monkeypatch):
    # Playwright's own temporary files (downloads, artefacts) go under a folder this test can search
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    hostile = lab.sites["hostile"]
    assert isinstance(hostile, Hostile) and hostile.evil.url and hostile.evil.url != lab.url
    settings = lab_settings(
        tmp_path / "data", lab, recipe_dirs=[PROJECT_BROKERS / "lab", HOSTILE_RECIPES],
        network={"retries": 0, "timeout": 5, "max_page_mb": 2},
        browser={"navigation_timeout": 4, "step_timeout": 4},
    )
    async with Optout(settings) as o:
        brokers = sorted(EXPECTED) + ["peoplefind", "searchly"]
        await o.add("p_aaaaaaaaaa", alex, brokers)
        summary = await o.run()
        assert summary.processed == len(brokers)
        for broker, (state, reason) in EXPECTED.items():
            case = await o.case("p_aaaaaaaaaa", broker)
            assert case.state.value == state, (broker, case.state, case.last_error)
            assert reason in (case.last_error or ""), (broker, case.last_error)
        # the worker went on: the well-behaved brokers in the same batch were done as usual
        assert await o.state("p_aaaaaaaaaa", "peoplefind") == "confirmed"
        assert await o.state("p_aaaaaaaaaa", "searchly") == "confirmed"
        assert await o.store.verify_states() == []

    # the evil host, a real server on another loopback port, received nothing at all: no fetch,
    # XHR, beacon, image, WebSocket, EventSource, frame, prefetch, service worker, form or redirect
    assert hostile.evil.received == []
    # nor did any other host through the proxy, but for the browser's redirect (a known gap:
    # test_a_browser_redirect_to_another_host_is_stopped_before_it_is_sent). Whether that one
    # request reaches the sink before the page is closed depends on timing, so it may be missing.
    assert {(r["host"], r["path"]) for r in lab.sink.records} <= {("evil.lab.test", "/stolen")}
    assert hostile.received_forms == 1  # hostile-pings' form, on the broker's own host
    # the refused download was not written anywhere; nothing personal is left in temporary files
    assert not any(b"OPTOUT-DOWNLOAD-MARKER" in p.read_bytes() for p in tmp.rglob("*") if p.is_file())
    assert_no_leaks(scan_paths([tmp, settings.data_dir], [alex]))


async def test_the_evil_server_really_counts_what_reaches_it(lab):
    """The test above means something only if the evil host records what a client sends it."""
    import httpx

    evil = lab.sites["hostile"].evil
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{evil.url}/form", data={"name": "x" * 10})
    assert r.status_code == 200
    assert evil.received[-1]["method"] == "POST" and evil.received[-1]["body_size"] == len("name=" + "x" * 10)


@pytest.mark.parametrize("path", ["/loop", "/away?name=x"])
async def test_hostile_redirects_are_real(lab, path):
    import httpx

    async with httpx.AsyncClient(proxy=lab.url) as client:
        r = await client.get(f"http://hostile.lab.test{path}")
    assert r.status_code == 302


@requires_browser
@pytest.mark.xfail(strict=False, reason="Playwright's route() never sees a redirect's next hop: a broker's "
                   "redirect to another host is caught (the case fails) but not stopped; see SECURITY.md. Not "
                   "strict: on a slow machine the case can fail before Chromium sends the hop (seen under strace), "
                   "which would pass this test without the limitation being gone")
async def test_a_browser_redirect_to_another_host_is_stopped_before_it_is_sent(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[HOSTILE_RECIPES], network={"retries": 0})
    async with Optout(settings) as o:
        await o.add("p_aaaaaaaaaa", alex, ["hostile-away"])
        await o.run()
        assert (await o.case("p_aaaaaaaaaa", "hostile-away")).state.value == "failed"
    assert list(lab.sink.records) == []


#: The roads hostile.lab.test/exfil sends the typed values by, as the evil server's paths.
EXFIL_ROADS = {"/fetch", "/xhr", "/beacon", "/pixel", "/events", "/frame", "/shared-worker", "/worker", "/b64",
               "/json", "/header", "/form"}


@requires_browser
async def test_without_the_guard_every_road_reaches_the_evil_host(lab, tmp_path, monkeypatch):
    """The guarded test above can fail: with the egress guard off (every host allowed, SharedWorker
    left on), the evil host really receives the person's data by every road of /exfil."""
    from optout.channels import browser

    monkeypatch.setattr(browser, "host_allowed", lambda url, domains: True)
    monkeypatch.setattr(browser, "_ARGS", [a for a in browser._ARGS if "SharedWorker" not in a])
    alex = load_person(EXAMPLES / "alex.toml")
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[HOSTILE_RECIPES], network={"retries": 0},
                            browser={"navigation_timeout": 4, "step_timeout": 4, "block_resources": []})
    hostile = lab.sites["hostile"]
    async with Optout(settings) as o:
        await o.add("p_aaaaaaaaaa", alex, ["hostile-exfil"])
        await o.run()
    reached = {r["path"] for r in hostile.evil.received}
    assert EXFIL_ROADS <= reached, EXFIL_ROADS - reached


def test_the_leak_detector_sees_the_values_in_any_encoding():
    import base64
    import json
    from urllib.parse import quote

    from optout.channels.base import carries_values, watched_forms

    watched = watched_forms(["María José García-López", "maria.garcia@example.org", "+1 (305) 555-0134", "CA", "44"])
    assert "ca" not in watched and "44" not in watched  # too short to mean anything
    text = "name=María José García-López&email=maria.garcia@example.org"
    leaks = [
        text,
        quote(text),
        quote(quote(text)),
        text.replace(" ", "+"),
        base64.b64encode(text.encode()).decode(),
        base64.urlsafe_b64encode(("xx" + text).encode()).decode().rstrip("="),
        json.dumps({"n": "María José García-López"}),  # JSON-escaped: \u00ed
        "https://evil.example/p.gif?d=" + quote(base64.b64encode(json.dumps({"e": "maria.garcia@example.org"}).encode())),
        "MARIA JOSE GARCIA LOPEZ",
        "tel=3055550134",
    ]
    for leak in leaks:
        assert carries_values([leak], watched), leak
    assert carries_values([None, b"", {"x-visitor": base64.b64encode(text.encode()).decode()}["x-visitor"]], watched)
    pings = ['{"event":"pageview","page":"/optout","t":1764496000000}', "lcp=1200&cls=0.01",
             "https://stats.example/pixel.gif?ev=view&sid=k3j2h4g5", "ga=GA1.2.123456789.1764496000"]
    for ping in pings:
        assert not carries_values([ping], watched), ping


async def test_a_bot_wall_or_a_day_long_retry_after_backs_the_broker_off_and_releases_the_case(lab, tmp_path):
    """A bot wall is not the recipe's fault nor permanent: the case keeps its state and waits, the
    broker is backed off at once, nobody is sent to solve a CAPTCHA; a Retry-After of a day is not
    slept through by a worker (with retries allowed, the run still ends at once)."""
    import asyncio
    import datetime as dt

    alex = load_person(EXAMPLES / "alex.toml")
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[HOSTILE_RECIPES],
                            network={"retries": 3, "timeout": 5, "backoff_max": 30})
    async with Optout(settings) as o:
        await o.add("p_aaaaaaaaaa", alex, ["hostile-wall", "hostile-busy"])
        await asyncio.wait_for(o.run(), 60)
        wall = await o.case("p_aaaaaaaaaa", "hostile-wall")
        busy = await o.case("p_aaaaaaaaaa", "hostile-busy")
        assert wall.state.value == "new", (wall.state, wall.last_error)
        assert "bot wall (Cloudflare)" in (wall.last_error or "") and "HTTP 403" not in (wall.last_error or "")
        assert busy.state.value == "new" and "HTTP 429" in (busy.last_error or "")
        health = {h.broker_id: h for h in await o.store.broker_health()}
        now = dt.datetime.now(dt.UTC)
        assert health["hostile-wall"].backoff_until > now
        assert health["hostile-busy"].backoff_until > now + dt.timedelta(hours=23)
        assert wall.next_action_at > now and busy.next_action_at > now
    # one request each: a wall is not retried in the flow, nor is a Retry-After beyond the cap
    assert lab.sites["hostile"].walls == 2
