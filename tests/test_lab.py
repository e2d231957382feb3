"""Tests of the broker lab itself: every fake broker's behaviour, through the lab's proxy.

Plain-HTTP brokers are driven with httpx (``proxy=lab.url``); Searchly, which renders with
JavaScript, with real Chromium (the headless shell) through the same proxy.
"""

from __future__ import annotations

import asyncio
import email
import mailbox
import re
import select
import signal
import smtplib
import subprocess
import sys
import time
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from optout.lab import Lab, LabThread
from optout.lab.sites.peoplecheck import HCAPTCHA_TEST_RESPONSE
from optout.person import parse_person

CHROMIUM = Path("/usr/lib/chromium/chromium-headless-shell")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
EMAIL = "alex.optout@example.org"
ALEX = {
    "first_name": "Alex", "middle_name": "Jordan", "last_name": "Rivera", "birth_year": 1984,
    "optout_email": EMAIL, "relatives": ["Sam Rivera", "Dana Rivera"],
    "addresses": [{"city": "Springfield", "state": "IL"}, {"city": "Peoria", "state": "IL"},
                  {"city": "Gary", "state": "IN"}],
}
BLAKE = {"first_name": "Blake", "last_name": "Okafor", "addresses": [{"city": "Dayton", "state": "OH"}]}
PF = "http://peoplefind.lab.test"


@pytest_asyncio.fixture
async def lab(tmp_path):
    async with Lab(seed=1234, failure_rate=0, data_dir=tmp_path) as lab:
        lab.seed_people([("alex", parse_person(ALEX)), ("blake", parse_person(BLAKE))])
        yield lab


@pytest_asyncio.fixture
async def client(lab):
    async with httpx.AsyncClient(proxy=lab.url, timeout=10) as client:
        yield client


def lid(lab: Lab, broker: str, key: str = "alex") -> str:
    (only,) = lab.listing_ids(broker, key)
    return only


def inbox(lab: Lab) -> list[EmailMessage]:
    box = mailbox.Maildir(lab.maildir, create=False)
    return [email.message_from_bytes(box.get_bytes(k), policy=policy.default) for k in box.keys()]


async def wait_for_mail(lab: Lab, subject: str, timeout: float = 5) -> EmailMessage:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for msg in inbox(lab):
            if msg["Subject"] == subject:
                return msg
        await asyncio.sleep(0.05)
    raise AssertionError(f"no mail with subject {subject!r}")


def send_smtp(port: int, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.send_message(msg)


# ---- the lab: admin API, data, dispatch ---------------------------------------------------------


@pytest.mark.asyncio
async def test_admin_api(lab):
    async with httpx.AsyncClient(base_url=lab.url, timeout=10) as admin:
        sites = (await admin.get("/_admin/sites")).json()
        assert {s["id"] for s in sites} == {
            "peoplefind", "searchly", "peoplecheck", "idvault", "phonebook", "quicklook", "truthy",
            "clanroot", "clanbranch", "mailonly", "mailverify", "mailid", "mailrefuse", "mailpublic",
            "mailsilent", "mailbounce", "mailextend", "mailphish", "ledger", "hostile",
            "roster", "gatekeep", "mailregistry",
        }
        assert all(s["host"] == f"{s['id']}.lab.test" and s["behaviours"] for s in sites)
        assert "peoplefind.lab.test" in (await admin.get("/")).text

        # a profile with no name at all (one name alone is a one-part name, accepted since n23)
        r = await admin.post("/_admin/people", json={"people": [{"key": "cam", "profile": {"birth_year": 1990}}]})
        assert r.status_code == 400 and "first_name" in r.json()["error"]
        r = await admin.post("/_admin/people", json={"people": [{"key": "no spaces", "profile": BLAKE}]})
        assert r.status_code == 400
        cam = {"key": "cam", "profile": {**BLAKE, "first_name": "Cam"}}
        r = await admin.post("/_admin/people", json={"people": [cam]})
        assert r.json() == {"seeded": ["cam"]} and lab.is_listed("truthy", "cam")

        before = lab.now()
        now = (await admin.post("/_admin/clock", json={"days": 7, "hours": 1})).json()["now"]
        assert abs((lab.now() - before).total_seconds() - (7 * 24 + 1) * 3600) < 60
        assert (await admin.get("/_admin/clock")).json()["now"] >= now
        assert (await admin.post("/_admin/clock", json={"days": -1})).status_code == 400

        r = (await admin.get("/_admin/listed", params={"broker": "peoplefind", "key": "alex"})).json()
        assert r == {"listed": True, "listing_ids": lab.listing_ids("peoplefind", "alex")}
        assert (await admin.get("/_admin/listed", params={"broker": "nope", "key": "alex"})).status_code == 404
        assert (await admin.get("/_admin/submissions")).json()["truthy"] == {}

        await admin.post("/_admin/reset")
        assert lab.people == {} and abs((lab.now() - before).total_seconds()) < 60
        assert (await admin.get("/_admin/listed", params={"broker": "peoplefind", "key": "alex"})).status_code == 404


@pytest.mark.asyncio
async def test_foreign_hosts_reach_only_the_sink(lab, client):
    r = await client.post("http://evil.lab.test/collect?x=1", content=b"x" * 123)
    assert r.status_code == 404
    r = await client.get("http://attacker.example/_admin/sites")  # the admin API is not on other hosts
    assert r.status_code == 404
    async with httpx.AsyncClient(timeout=10) as admin:
        records = (await admin.get(lab.url + "/_admin/sink")).json()
    assert [(x["method"], x["host"], x["path"], x["body_size"]) for x in records] == [
        ("POST", "evil.lab.test", "/collect", 123),
        ("GET", "attacker.example", "/_admin/sites", 0),
    ]


@pytest.mark.asyncio
async def test_search_shows_the_person_and_decoys(lab, client):
    age = lab.now().year - 1984
    page = (await client.get(f"{PF}/search", params={"first": "alex", "last": "RIVERA"})).text
    results = page.split('<div class="result">')[1:]
    assert len(results) == 3  # the person, a namesake elsewhere, a namesake in the same state
    mine = next(r for r in results if f"/person/{lid(lab, 'peoplefind')}" in r)
    assert f'<span class="age">Age {age}</span>' in mine
    assert '<div class="lives">Lives in Springfield, IL</div>' in mine
    assert '<div class="lived">Used to live in: Peoria, IL; Gary, IN</div>' in mine
    assert '<div class="relatives">Related to: Sam Rivera, Dana Rivera</div>' in mine
    gaps = sorted(abs(int(a) - age) for a in re.findall(r'<span class="age">Age (\d+)</span>', page))
    assert gaps[0] == 0 and 6 <= gaps[1] <= 12 and gaps[2] >= 15

    in_il = (await client.get(f"{PF}/search", params={"first": "Alex", "last": "Rivera", "state": "IL"})).text
    assert in_il.count('class="result"') == 2 and "Springfield, IL" in in_il

    blake = (await client.get(f"{PF}/search", params={"first": "Blake", "last": "Okafor"})).text
    assert blake.count('class="result"') == 3
    mine = blake.split(f"/person/{lid(lab, 'peoplefind', 'blake')}")[1].split('<div class="result">')[0]
    assert 'class="age"' not in mine and "Lives in Dayton, OH" in mine  # no birth year: no age

    none = (await client.get(f"{PF}/search", params={"first": "Nobody", "last": "Here"})).text
    assert '<p class="no-results">No records found</p>' in none

    page = (await client.get(f"{PF}/person/{lid(lab, 'peoplefind')}")).text
    assert '<div class="result">' in page and "Lives in Springfield, IL" in page


def test_listings_are_deterministic_per_seed():
    def ids(seed: int) -> list[str]:
        lab = Lab(seed=seed)
        lab.seed_people([("alex", parse_person(ALEX)), ("blake", parse_person(BLAKE))])
        return [x.lid for s in lab.sites.values() for x in s.listings.search("Alex", "Rivera", None, lab.now())]

    assert ids(7) == ids(7)
    assert ids(7) != ids(8)
    assert all(re.fullmatch(r"[0-9a-f]{8}", x) for x in ids(7))


@pytest.mark.asyncio
async def test_latency_applies_to_sites_only(tmp_path):
    async with Lab(seed=1, latency_ms=(300, 300), failure_rate=0, data_dir=tmp_path) as lab:
        async with httpx.AsyncClient(proxy=lab.url, timeout=10) as client:
            t = time.monotonic()
            await client.get(f"{PF}/")
            assert time.monotonic() - t >= 0.3
        async with httpx.AsyncClient(timeout=10) as admin:
            t = time.monotonic()
            await admin.get(lab.url + "/_admin/clock")
            assert time.monotonic() - t < 0.25


# ---- PeopleFind: e-mail verification, expiry, delayed removal, relisting ---------------------------


@pytest.mark.asyncio
async def test_peoplefind_optout_with_email_link(lab, client):
    first = lid(lab, "peoplefind")
    profile_url = f"{PF}/person/{first}"

    form = (await client.get(f"{PF}/optout")).text
    assert '<form id="optout-form" method="post" action="/optout">' in form
    assert '<label for="url">Profile URL</label>' in form and '<label for="email">Email address</label>' in form
    assert '<button type="submit">Remove my listing</button>' in form
    csrf = re.search(r'name="csrf" value="([^"]+)"', form)[1]

    r = await client.post(f"{PF}/optout", data={"url": profile_url, "email": EMAIL})
    assert r.status_code == 400 and "Invalid form token" in r.text
    r = await client.post(f"{PF}/optout", data={"url": f"{PF}/person/00000000", "email": EMAIL, "csrf": csrf})
    assert "We could not find that profile" in r.text
    assert lab.submissions()["peoplefind"] == {}

    # The first link expires unused.
    r = await client.post(f"{PF}/optout", data={"url": profile_url, "email": EMAIL, "csrf": csrf})
    assert "Check your inbox to confirm your request" in r.text
    assert re.search(r'Reference: <span id="ref">PF-[A-Z0-9]{6}</span>', r.text)
    mail = await wait_for_mail(lab, "Confirm your PeopleFind removal request")
    assert mail["From"] == "PeopleFind <noreply@peoplefind.lab.test>"
    assert mail["To"] == EMAIL and mail["Delivered-To"] == EMAIL
    link = re.search(r"http://peoplefind\.lab\.test/verify\?token=\S+", mail.get_content())[0]
    lab.advance(hours=25)
    r = await client.get(link)
    assert r.status_code == 410 and "This link has expired" in r.text
    assert (await client.get(f"{PF}/verify?token=nope")).status_code == 404

    # The second is used at once; removal follows 48 h later.
    mailbox.Maildir(lab.maildir).clear()
    await client.post(f"{PF}/optout", data={"url": profile_url, "email": EMAIL, "csrf": csrf})
    mail = await wait_for_mail(lab, "Confirm your PeopleFind removal request")
    link = re.search(r"http://peoplefind\.lab\.test/verify\?token=\S+", mail.get_content())[0]
    r = await client.get(link)
    assert r.status_code == 200 and "Your removal request is confirmed" in r.text
    # a link works once: a second click (a mail scanner's, then the person's) reads "already used",
    # with a 200 as real brokers answer it, and never the confirmation's words
    r = await client.get(link)
    assert r.status_code == 200 and "This link has already been used" in r.text and "confirmed" not in r.text
    assert lab.submissions()["peoplefind"] == {first: 2}
    lab.advance(hours=47)
    assert lab.is_listed("peoplefind", "alex")
    lab.advance(hours=2)
    assert not lab.is_listed("peoplefind", "alex")
    r = await client.get(profile_url)
    assert r.status_code == 404 and "This profile is no longer available" in r.text
    assert first not in (await client.get(f"{PF}/search?first=Alex&last=Rivera")).text

    # Relisted once, under a new id, 42 days after the removal.
    lab.advance(days=41)
    assert not lab.is_listed("peoplefind", "alex")
    lab.advance(days=1)
    (again,) = lab.listing_ids("peoplefind", "alex")
    assert again != first
    assert f"/person/{again}" in (await client.get(f"{PF}/search?first=Alex&last=Rivera")).text


# ---- Searchly: JavaScript rendering and flakiness ------------------------------------------------


@pytest.mark.asyncio
async def test_searchly_is_flaky_at_failure_rate_1(tmp_path):
    async with Lab(seed=3, failure_rate=1.0, data_dir=tmp_path) as lab:
        lab.seed_people([("alex", parse_person(ALEX))])
        async with httpx.AsyncClient(proxy=lab.url, timeout=10) as client:
            codes = {(await client.get("http://searchly.lab.test/api/search?first=Alex&last=Rivera")).status_code
                     for _ in range(20)}
            assert codes == {500, 503}
            assert (await client.get(f"{PF}/")).status_code == 200  # only Searchly is flaky


@pytest.mark.asyncio
async def test_searchly_serves_no_results_without_javascript(lab, client):
    home = (await client.get("http://searchly.lab.test/")).text
    assert '<div id="results" aria-live="polite"></div>' in home and 'class="card"' not in home
    # the empty state is in the first render, hidden: only a search that found nobody shows it
    assert '<div class="empty" id="no-matches" hidden>No matches</div>' in home
    for label in ('<label for="first">First name</label>', '<label for="last">Last name</label>',
                  '<label for="state">State</label>', '<option value="">Any state</option>'):
        assert label in home
    api = (await client.get("http://searchly.lab.test/api/search?first=Alex&last=Rivera&state=IL")).json()
    assert {r["id"] for r in api["results"]} >= {lid(lab, "searchly")}


@pytest.mark.asyncio
@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium-headless-shell is not installed")
async def test_searchly_in_chromium(lab):
    from playwright.async_api import async_playwright

    mine = lid(lab, "searchly")
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(proxy={"server": lab.url})
            page = await context.new_page()
            await page.goto("http://searchly.lab.test/")
            await page.get_by_label("First name").fill("Alex")
            await page.get_by_label("Last name").fill("Rivera")
            await page.get_by_label("State").select_option("IL")
            await page.get_by_role("button", name="Search").click()
            assert await page.locator("div.empty").is_hidden()  # before the search, and while it runs
            await page.locator("article.card").first.wait_for()
            assert await page.locator("article.card").count() == 2 and await page.locator("div.empty").is_hidden()
            card = page.locator(f'article.card[data-id="{mine}"]')
            name = await card.locator("h2.card-name").inner_text()
            assert name in {"Alex Rivera", "Alex J. Rivera", "Alex Jordan Rivera"}
            assert await card.locator("p.card-age").inner_text() == f"{lab.now().year - 1984} years old"
            assert await card.locator("p.card-loc").inner_text() == "Springfield, IL"
            assert await card.locator("p.card-past").inner_text() == "Previously: Peoria, IL; Gary, IN"
            assert await card.locator("p.card-rel").inner_text() == "Relatives: Sam Rivera, Dana Rivera"

            await page.get_by_label("First name").fill("Nobody")
            await page.get_by_role("button", name="Search").click()
            await page.locator("div.empty", has_text="No matches").wait_for(state="visible")
            assert await page.locator("article.card").count() == 0
            await page.get_by_label("First name").fill("Alex")
            await page.get_by_role("button", name="Search").click()
            await card.get_by_role("link", name="View profile").click()
            await page.get_by_role("link", name="Remove this record").click()
            send = page.get_by_role("button", name="Send removal request")
            assert await send.is_disabled()
            await page.get_by_label("Your email").fill(EMAIL)
            assert await send.is_enabled()
            await send.click()
            await page.locator("#conf").wait_for()
            assert re.fullmatch(r"SL-[A-Z0-9]{6}", await page.locator("#conf").inner_text())
            assert "Request received. Confirmation number:" in await page.locator("#status").inner_text()
        finally:
            await browser.close()
    assert lab.submissions()["searchly"] == {mine: 1}
    lab.advance(hours=23)
    assert lab.is_listed("searchly", "alex")
    lab.advance(hours=2)
    assert not lab.is_listed("searchly", "alex")


# ---- the brokers that need a person: CAPTCHA, ID upload, phone call --------------------------------


@pytest.mark.asyncio
async def test_peoplecheck_captcha_blocks_the_form(lab, client):
    base = "http://peoplecheck.lab.test"
    mine = lid(lab, "peoplecheck")
    page = (await client.get(f"{base}/search", params={"name": "Alex-Rivera", "state": "IL"})).text
    assert f'<h3 class="person-name"><a href="/record/{mine}">' in page
    assert f'<span class="person-age">Age: {lab.now().year - 1984}</span>' in page
    assert '<span class="person-city">Springfield, IL</span>' in page
    form = (await client.get(f"{base}/remove", params={"record": mine})).text
    assert '<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001">' in form
    assert '<iframe title="hCaptcha challenge"' in form

    r = await client.post(f"{base}/remove", data={"record": mine, "email": EMAIL})
    assert r.status_code == 400 and "Please complete the CAPTCHA" in r.text
    lab.advance(days=3)
    assert lab.is_listed("peoplecheck", "alex") and lab.submissions()["peoplecheck"] == {}

    # What happens once a person has solved it (hCaptcha's test response stands for that).
    solved = {"record": mine, "email": EMAIL, "h-captcha-response": HCAPTCHA_TEST_RESPONSE}
    r = await client.post(f"{base}/remove", data=solved)
    assert r.status_code == 200
    lab.advance(hours=25)
    assert not lab.is_listed("peoplecheck", "alex")


@pytest.mark.asyncio
async def test_idvault_removes_nothing_without_an_id(lab, client):
    base = "http://idvault.lab.test"
    mine = lid(lab, "idvault")
    assert f'<a href="/profile/{mine}">' in (await client.get(f"{base}/find?first=Alex&last=Rivera")).text
    r = await client.post(f"{base}/privacy/remove", data={"profile_url": f"{base}/profile/{mine}", "email": EMAIL})
    assert "Identity verification required" in r.text
    assert "To complete your request, upload a copy of a government-issued photo ID" in r.text
    assert '<input id="id_document" type="file" name="id_document">' in r.text
    lab.advance(days=10)
    assert lab.is_listed("idvault", "alex")

    request_id = re.search(r'name="request" value="([0-9a-f]+)"', r.text)[1]
    r = await client.post(f"{base}/privacy/upload", data={"request": request_id},
                          files={"id_document": ("id.jpg", b"\xff\xd8 not really a photo", "image/jpeg")})
    assert r.status_code == 200
    lab.advance(hours=71)
    assert lab.is_listed("idvault", "alex")
    lab.advance(hours=2)
    assert not lab.is_listed("idvault", "alex")


@pytest.mark.asyncio
async def test_phonebook_asks_for_a_phone_call(lab, client):
    base = "http://phonebook.lab.test"
    mine = lid(lab, "phonebook")
    assert f'href="/listing/{mine}"' in (await client.get(f"{base}/people/Rivera/Alex")).text
    r = await client.post(f"{base}/optout", data={"listing_url": f"{base}/listing/{mine}", "phone": "+1 217 555 0134"})
    assert re.search(r'call 1-800-555-0199 and enter verification code <strong id="code">\d{4}</strong>', r.text)
    lab.advance(days=60)
    assert lab.is_listed("phonebook", "alex") and lab.submissions()["phonebook"] == {mine: 1}


# ---- rate limit, liar, family ----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_quicklook_rate_limit_then_optout(lab, client):
    base = "http://quicklook.lab.test"
    codes = [(await client.get(f"{base}/")) for _ in range(4)]
    assert [r.status_code for r in codes] == [200, 200, 200, 429]
    retry_after = int(codes[-1].headers["Retry-After"])
    assert retry_after in (1, 2)
    await asyncio.sleep(retry_after)
    results = await client.get(f"{base}/search?q=Alex+Rivera&st=IL")
    assert results.status_code == 200

    mine = lid(lab, "quicklook")
    # a result's link carries campaign tags; the form knows only the plain address
    assert f'href="/view/{mine}?utm_source=quicklook&amp;utm_medium=results"' in results.text
    await asyncio.sleep(2)  # the rate limit's window
    for variant in (f"{base}/view/{mine}?utm_source=quicklook&utm_medium=results", f"{base}/view/{mine}/",
                    f"/view/{mine}?", f"{base}/view/{mine}#top"):
        r = await client.post(f"{base}/remove", data={"link": variant, "email": EMAIL})
        assert r.status_code == 200 and "We could not find that listing" in r.text, variant
        await asyncio.sleep(0.7)
    assert lab.submissions()["quicklook"] == {}
    r = await client.post(f"{base}/remove", data={"link": f"{base}/view/{mine}", "email": EMAIL})
    assert r.status_code == 200 and "Your opt-out has been processed" in r.text
    lab.advance(hours=23)
    assert lab.is_listed("quicklook", "alex")
    lab.advance(hours=2)
    assert not lab.is_listed("quicklook", "alex")


@pytest.mark.asyncio
async def test_truthy_lies(lab, client):
    base = "http://truthy.lab.test"
    mine = lid(lab, "truthy")
    for _ in range(2):
        r = await client.post(f"{base}/opt-out", data={"profile": f"{base}/profile/{mine}", "email": EMAIL})
        assert "Success! Your information has been removed." in r.text
    lab.advance(days=90)
    assert lab.is_listed("truthy", "alex") and lab.submissions()["truthy"] == {mine: 2}
    assert f'href="/profile/{mine}"' in (await client.get(f"{base}/search?firstName=Alex&lastName=Rivera")).text


@pytest.mark.asyncio
async def test_one_clanroot_request_covers_clanbranch(lab, client):
    mine = lid(lab, "clanroot")
    assert lab.listing_ids("clanbranch", "alex") == [mine]
    root_search = await client.get("http://clanroot.lab.test/search?given=Alex&family=Rivera")
    assert f'href="/member/{mine}"' in root_search.text
    assert f'href="/tree/{mine}"' in (await client.get("http://clanbranch.lab.test/names/Alex_Rivera")).text
    branch_optout = (await client.get("http://clanbranch.lab.test/optout")).text
    assert "Removals for ClanBranch are handled by ClanRoot" in branch_optout
    assert 'href="http://clanroot.lab.test/optout"' in branch_optout

    # a record URL it does not know as written is refused, behind the same thank-you page
    for variant in (f"http://clanroot.lab.test/member/{mine}/", f"/member/{mine}?utm_source=mail",
                    "http://clanroot.lab.test/member/00000000"):
        r = await client.post("http://clanroot.lab.test/optout", data={"record_url": variant, "email": EMAIL})
        assert r.status_code == 200 and "Your removal request has been received" in r.text, variant
    assert lab.submissions()["clanroot"] == {}
    lab.advance(hours=25)
    assert lab.is_listed("clanroot", "alex")

    r = await client.post("http://clanroot.lab.test/optout",
                          data={"record_url": f"http://clanbranch.lab.test/tree/{mine}", "email": EMAIL})
    assert "Your removal request has been received" in r.text
    lab.advance(hours=25)
    assert not lab.is_listed("clanroot", "alex") and not lab.is_listed("clanbranch", "alex")
    assert (await client.get(f"http://clanbranch.lab.test/tree/{mine}")).status_code == 404


@pytest.mark.asyncio
async def test_ledger_needs_the_confirmation_box(lab, client):
    base = "http://ledger.lab.test"
    mine = lid(lab, "ledger")
    page = (await client.get(f"{base}/lookup?fn=alex&ln=RIVERA&st=IL")).text
    assert f'<a class="entry-name" href="/entry/{mine}">' in page and "Formerly: Peoria, IL" in page
    assert '<p class="nobody">No one found</p>' in (await client.get(f"{base}/lookup?fn=No&ln=Body")).text
    form = (await client.get(f"{base}/privacy/optout")).text
    assert '<label for="entry">Entry link</label>' in form and 'name="confirm" type="checkbox"' in form

    r = await client.post(f"{base}/privacy/optout", data={"entry": f"{base}/entry/{mine}", "email": EMAIL})
    assert r.status_code == 400 and "Please confirm" in r.text and lab.submissions()["ledger"] == {}
    r = await client.post(f"{base}/privacy/optout", data={"entry": f"/entry/{mine}", "email": EMAIL, "confirm": "yes"})
    assert "Your entry will be removed within 24 hours." in r.text and 'id="ticket">LG-' in r.text
    lab.advance(hours=23)
    assert lab.is_listed("ledger", "alex")
    lab.advance(hours=2)
    assert not lab.is_listed("ledger", "alex")
    assert (await client.get(f"{base}/entry/{mine}")).status_code == 404


@pytest.mark.asyncio
async def test_roster_search_this_is_me_then_an_expiring_link(lab, client):
    base = "http://roster.lab.test"
    mine = lid(lab, "roster")
    page = (await client.get(f"{base}/optout/search", params={"fn": "Alex", "ln": "Rivera", "st": "IL"})).text
    assert f'<a class="this-is-me" href="/optout/select/{mine}">This is me</a>' in page
    assert '<p class="empty">' in (await client.get(f"{base}/optout/search?fn=No&ln=Body")).text
    r = await client.post(f"{base}/optout/select/{mine}", data={"email": "not an address"})
    assert r.status_code == 400 and lab.submissions()["roster"] == {}

    r = await client.post(f"{base}/optout/select/{mine}", data={"email": EMAIL})
    assert "We sent you a link to verify your opt-out request" in r.text and 'id="request-number">PR-' in r.text
    mail = await wait_for_mail(lab, "Verify your PeopleRoster opt-out")
    link = re.search(r"http://roster\.lab\.test/optout/verify\?token=\S+", mail.get_content())[0]
    lab.advance(hours=25)
    assert (await client.get(link)).status_code == 410  # expired unused
    assert lab.is_listed("roster", "alex")

    mailbox.Maildir(lab.maildir).clear()
    await client.post(f"{base}/optout/select/{mine}", data={"email": EMAIL})
    mail = await wait_for_mail(lab, "Verify your PeopleRoster opt-out")
    link = re.search(r"http://roster\.lab\.test/optout/verify\?token=\S+", mail.get_content())[0]
    assert "Your opt-out is verified" in (await client.get(link)).text
    again = (await client.get(link)).text
    assert "This link has already been used" in again and "verified" not in again
    lab.advance(hours=71)
    assert lab.is_listed("roster", "alex")
    lab.advance(hours=2)
    assert not lab.is_listed("roster", "alex") and lab.submissions()["roster"] == {mine: 2}


@pytest.mark.asyncio
async def test_gatekeep_turnstile_blocks_the_form(lab, client):
    from optout.lab.sites.gatekeep import TURNSTILE_TEST_TOKEN

    base = "http://gatekeep.lab.test"
    mine = lid(lab, "gatekeep")
    page = (await client.get(f"{base}/results", params={"name": "Alex Rivera", "citystatezip": "IL"})).text
    assert f'<a href="/details/{mine}">' in page
    assert '<div class="no-match">' in (await client.get(f"{base}/results?name=No%20Body")).text
    assert '<a class="remove-record" href="/removal?record=' in (await client.get(f"{base}/details/{mine}")).text
    form = (await client.get(f"{base}/removal", params={"record": mine})).text
    assert '<div class="cf-turnstile"' in form

    r = await client.post(f"{base}/removal", data={"record": mine, "email": EMAIL})
    assert r.status_code == 403 and lab.submissions()["gatekeep"] == {}
    # what happens once a person passed the check (Turnstile's published test token stands for that)
    r = await client.post(f"{base}/removal", data={"record": mine, "email": EMAIL,
                                                   "cf-turnstile-response": TURNSTILE_TEST_TOKEN})
    assert r.status_code == 200 and lab.submissions()["gatekeep"] == {mine: 1}
    lab.advance(hours=25)
    assert not lab.is_listed("gatekeep", "alex")


# ---- mail -------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_mailonly_answers_deletion_requests_by_mail(lab, client):
    assert "privacy@mailonly.lab.test" in (await client.get("http://mailonly.lab.test/")).text
    assert lab.is_listed("mailonly", "alex")

    request = EmailMessage()
    request["From"] = f"Alex Rivera <{EMAIL}>"
    request["To"] = "privacy@mailonly.lab.test"
    request["Subject"] = "Deletion request"
    request["Message-ID"] = make_msgid(domain="example.org")
    request.set_content("Under the CCPA, delete all personal information about Alex J. Rivera.\n")
    await asyncio.to_thread(send_smtp, lab.smtp_port, request)

    reply = await wait_for_mail(lab, "Re: Deletion request")
    assert reply["In-Reply-To"] == request["Message-ID"]
    (sender,) = reply["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("MailOnly Data Co.", "privacy@mailonly.lab.test")
    assert reply["To"] == EMAIL
    assert "received" in reply.get_content() and "completed" in reply.get_content()
    assert len(inbox(lab)) == 1  # the request itself went to the broker, not the Maildir
    assert lab.submissions()["mailonly"] == {"alex": 1}
    assert not lab.is_listed("mailonly", "alex")

    stranger = EmailMessage()
    stranger["From"] = "someone@example.net"
    stranger["To"] = "privacy@mailonly.lab.test"
    stranger["Subject"] = "Delete me"
    stranger.set_content("Please delete my data.\n")
    await asyncio.to_thread(send_smtp, lab.smtp_port, stranger)
    await wait_for_mail(lab, "Re: Delete me")
    assert lab.submissions()["mailonly"] == {"alex": 1, "unknown": 1}


# ---- running the lab from threads and processes -------------------------------------------------------


def test_lab_thread(tmp_path):
    with LabThread(seed=5, failure_rate=0, data_dir=tmp_path) as lab:
        lab.seed_people([("alex", parse_person(ALEX))])
        (mine,) = lab.listing_ids("truthy", "alex")
        with httpx.Client(proxy=lab.url, timeout=10) as client:
            page = client.get("http://truthy.lab.test/search?firstName=Alex&lastName=Rivera").text
            assert f"/profile/{mine}" in page
            client.post("http://truthy.lab.test/opt-out", data={"profile": f"/profile/{mine}", "email": EMAIL})
        assert lab.submissions()["truthy"] == {mine: 1}
        before = lab.now()
        assert (lab.advance(days=2) - before).days == 2
        assert lab.is_listed("truthy", "alex") and lab.maildir.is_dir() and lab.smtp_port > 0


def test_python_m_optout_lab(tmp_path):
    profile = tmp_path / "alex.toml"
    profile.write_text('first_name = "Alex"\nlast_name = "Rivera"\nbirth_year = 1984\n')
    proc = subprocess.Popen(
        [sys.executable, "-m", "optout.lab", "--port", "0", "--seed-person", f"alex={profile}",
         "--data-dir", str(tmp_path / "lab")],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1],
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # as a script's background job starts it
    )
    try:
        assert select.select([proc.stdout], [], [], 20)[0], "the lab printed nothing"
        url = re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline())[0]
        with httpx.Client(proxy=url, timeout=10) as client:
            assert "/person/" in client.get(f"{PF}/search?first=Alex&last=Rivera").text
        assert httpx.get(url + "/_admin/listed?broker=peoplefind&key=alex").json()["listed"]
    finally:
        proc.send_signal(signal.SIGINT)  # what Ctrl-C does: the lab stops cleanly
        try:
            assert proc.wait(30) == 0
        finally:
            proc.kill()
            proc.stdout.close()


@pytest.mark.asyncio
async def test_a_hyphenated_surname_is_found_by_a_url_that_joins_names_with_hyphens(tmp_path):
    # PeopleCheck's recipe searches name=First-Last; a hyphen inside the surname must not hide her
    ngozi = {"first_name": "Ngozi", "last_name": "O'Connor-Adeyemi", "birth_year": 1979,
             "addresses": [{"city": "Houston", "state": "TX"}]}
    async with Lab(seed=7, failure_rate=0, data_dir=tmp_path) as lab:
        lab.seed_people([("ngozi", parse_person(ngozi))])
        async with httpx.AsyncClient(proxy=lab.url, timeout=10) as client:
            page = (await client.get("http://peoplecheck.lab.test/search",
                                     params={"name": "Ngozi-O'Connor-Adeyemi", "state": "TX"})).text
            spaced = (await client.get(f"{PF}/search", params={"first": "Ngozi", "last": "O'Connor Adeyemi"})).text
    mine = lid(lab, "peoplecheck", "ngozi")
    assert f"/person/{mine}" in page or mine in page
    assert lid(lab, "peoplefind", "ngozi") in spaced


def test_a_search_finds_a_listing_by_the_names_it_prints_not_the_seeded_ones():
    """As a real broker: the record printing "Maria Garcia" is found by that name (accents, case,
    a middle initial, a suffix and "Last, First" order aside) and by the AKAs it prints; the
    seeded "María José García López" does not find it, and a person's other names only as AKAs."""
    import datetime as dt

    from optout.lab.sites.listings import Listing, ListingStore

    now = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    store = ListingStore()
    store.add(Listing(lid="0000000a", owner="mj", decoy=False, first="María José", last="García López",
                      name="Maria J. Garcia Jr", state="CA", akas=["Garcia Lopez, Maria Jose"]))
    store.add(Listing(lid="0000000b", owner="jb", decoy=False, first="Jean-Baptiste", last="Pierre-Louis",
                      name="Jean-Baptiste Pierre-Louis", state="NY"))

    def ids(first: str, last: str, state: str | None = None) -> list[str]:
        return [x.lid for x in store.search(first, last, state, now)]

    assert ids("Maria", "Garcia") == ids("MARÍA", "garcía") == ["0000000a"]  # the printed name
    assert ids("María José", "García López") == ["0000000a"]  # the AKA it prints
    assert ids("Maria", "Garcia", "NY") == []
    assert ids("María José", "García") == [] and ids("Jose", "Lopez") == []  # printed nowhere
    assert ids("Jean Baptiste", "Pierre Louis") == ["0000000b"]  # a hyphen is a space to a search
    assert ids("Jean", "Louis") == [] and ids("Jean Baptiste Pierre", "Louis") == []  # a hyphenated name is one word
    store.clear()
    store.add(Listing(lid="0000000c", owner="mj", decoy=False, first="María José", last="García López",
                      name="Maria Lopez"))  # seeded as María José García López, printed otherwise, no AKA
    assert ids("María José", "García López") == [] and ids("Maria", "Lopez") == ["0000000c"]


@pytest.mark.asyncio
async def test_a_mail_only_broker_finds_the_client_a_letter_names_as_a_clerk_would(lab):
    """trial50: the mail-only brokers matched a letter by first name, at most one middle word and
    the last name, so a letter for a client with two given names and "bin Saeed" matched nobody.
    A letter's name is now met by any form of the client's name: its first given name, then up to
    four given or middle names, then the whole surname with its particles; accents, case, hyphens aside."""
    nadia = parse_person({"first_name": "Nadia", "middle_name": "Fatima Zahra", "last_name": "bin Saeed",
                          "aliases": ["Nadia Al-Hashimi"], "addresses": [{"city": "Dearborn", "state": "MI"}]})
    lab.seed_people([("nadia", nadia)])
    site = lab.sites["mailonly"]
    assert site._match("Please delete all personal information about Nadia Fatima Zahra bin Saeed.") == "nadia"
    assert site._match("Subject: NÁDIA FÁTIMA BIN-SAEED\nunder the CCPA") == "nadia"
    assert site._match("Deletion request for Nadia al Hashimi") == "nadia"  # another name she is known by
    assert site._match("Under the CCPA, delete all personal information about Alex J. Rivera.") == "alex"
    assert site._match("Nadia Saeed asks us to delete her data") is None  # not her surname as written
    assert site._match("Nadia wrote; bin Saeed and one two three four five words later") is None
