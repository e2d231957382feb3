"""`optout report`: what a client or a court reads, checked in the browser that renders it.

A person meets three lab brokers (an http one, a browser one, an e-mail one) and is followed to the
end (found, requested, confirmed, the rescan that proves removal, the letter and its answer). The
report is then opened in Chromium and read like a person would: every broker's section shows the
outcome, the dates, the broker's reference and the before/after screenshots; the PDF has one
section (an outline entry, starting on its own page) per broker.
"""

from __future__ import annotations

import asyncio
import json
import io
import os
import stat

import pytest

from optout.errors import Exit, OptoutError
from optout.person import load_person
from optout.report import check_destination, mail_as_text, write_reports
from optout.report._i18n import phrase

from .conftest import EXAMPLES, have_browser
from .harness import Optout, lab_settings

BROKERS = ["peoplefind", "searchly", "mailonly"]
PID = "p_r3p0rt7x2a"


def settings(tmp_path, lab):  # type: ignore[no-untyped-def]
    return lab_settings(tmp_path / "data", lab,
                        mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                              "from_address": "optout-desk@user.example", "broker_spacing": 0})


async def _followed_to_the_end(o: Optout, lab) -> None:  # type: ignore[no-untyped-def]
    await o.run()
    for _ in range(100):  # the lab's e-mail broker answers asynchronously
        await asyncio.sleep(0.05)
        await o.engine.read_mail()
        if (await o.case(PID, "mailonly")).state.value == "confirmed":
            break
    lab.advance(days=3.5)  # the confirmation scans fall due
    await o.run()


@pytest.mark.browser
@pytest.mark.skipif(not have_browser(), reason="needs Chromium")
async def test_report_shows_before_after_reference_and_dates_for_every_broker(lab, tmp_path):
    from playwright.async_api import async_playwright
    from pypdf import PdfReader

    alex = load_person(EXAMPLES / "alex.toml").model_copy(update={"language": "es"})
    lab.seed_people([("alex", alex)])
    async with Optout(settings(tmp_path, lab)) as o:
        await o.add(PID, alex, BROKERS)
        await _followed_to_the_end(o, lab)
        states = {b: await o.state(PID, b) for b in BROKERS}
        assert states["peoplefind"] == "removed" and states["searchly"] == "removed", states
        refs = {b: [r.reference for r in await o.store.requests((await o.case(PID, b)).id) if r.reference]
                for b in BROKERS}
        assert all(refs.values()), refs

        # never into the data directory, where everything is sealed
        with pytest.raises(OptoutError, match="data directory"):
            await write_reports(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), [PID],
                                o.settings.data_dir / "reports")
        out = tmp_path / "out"
        files, org = await write_reports(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), [PID], out,
                                         organisation=True)
    [f] = files
    assert f.html.name == f"report-{PID}.html" and f.pdf is not None and org is not None
    assert stat.S_IMODE(os.stat(f.html).st_mode) == 0o600
    assert not any(p.name.startswith("report") for p in (tmp_path / "data").rglob("*"))

    async with async_playwright() as pw:
        from optout.channels.browser import find_executable
        from optout.settings import Settings

        browser = await pw.chromium.launch(executable_path=find_executable(Settings().browser),
                                           args=["--no-sandbox"] if os.geteuid() == 0 else [])
        page = await browser.new_page()
        await page.goto(f.html.as_uri())
        assert await page.get_attribute("html", "lang") == "es"  # the person reads Spanish
        assert phrase("title", "es") in await page.inner_text("h1")
        for b in BROKERS:
            sec = page.locator(f"section.broker[data-broker='{b}']")
            assert await sec.count() == 1, b
            outcome = (await sec.locator(".outcome").inner_text()).strip()
            assert outcome == phrase(f"state.{states[b]}", "es"), (b, outcome)
            for ref in refs[b]:
                assert ref in await sec.locator(".reference").all_inner_texts(), (b, ref)
            dates = await sec.locator(".request-date").all_inner_texts()
            assert dates and all(d[:4].isdigit() for d in dates), (b, dates)
            if b == "mailonly":  # a letter: its legal deadline and the letter itself, readable
                assert (await sec.locator(".deadline").first.inner_text())[:4].isdigit()
                letter = await sec.locator("pre.letter").first.inner_text()
                assert "Subject:" in letter and "=C3" not in letter and alex.full_name in letter
                continue
            assert (await sec.locator(".found-date").inner_text())[:4].isdigit()
            assert (await sec.locator(".removed-date").inner_text())[:4].isdigit()
            for cls in ("before", "after", "answer"):  # screenshots that really decoded as images
                img = sec.locator(f"img.{cls}").first
                assert await img.count() == 1, (b, cls)
                width = await img.evaluate("i => i.complete ? i.naturalWidth : 0")
                assert width > 100, (b, cls, width)
        await browser.close()

    pdf = PdfReader(io.BytesIO(f.pdf.read_bytes()))
    def flat(items):  # type: ignore[no-untyped-def]
        for item in items:
            yield from flat(item) if isinstance(item, list) else [item]

    outline = {item.title: pdf.get_destination_page_number(item) for item in flat(pdf.outline)}
    titles = list(outline)
    names = {b: o.catalogue.recipes[b].name for b in BROKERS}
    for b, name in names.items():
        assert name in titles, (name, titles)
    # each broker's section starts a page of its own, after the one-page summary
    starts = [outline[names[b]] for b in BROKERS]
    assert len(set(starts)) == len(BROKERS) and min(starts) >= 1, starts
    for b in BROKERS:  # and the page it points to is that broker's
        assert names[b] in pdf.pages[outline[names[b]]].extract_text().splitlines()[0], b


def test_a_letter_reads_as_text_not_quoted_printable():
    from email.message import EmailMessage

    m = EmailMessage()
    m["Subject"] = "Solicitud de eliminación — José Núñez"
    m["From"] = "a@example.org"
    m.set_content("Estimados señores: pido la eliminación de mis datos.\n", cte="quoted-printable")
    raw = m.as_bytes()
    assert b"=C3=B3" in raw  # as stored
    text = mail_as_text(raw)
    assert "Subject: Solicitud de eliminación — José Núñez" in text
    assert "señores" in text and "eliminación de mis datos" in text and "=C3" not in text


def test_the_data_directory_is_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for bad in (data, data / "x", data / "x" / ".." / "y"):
        with pytest.raises(OptoutError, match="never written"):
            check_destination(bad, data)
    assert check_destination(tmp_path / "reports", data) == (tmp_path / "reports").resolve()


def test_the_cli_writes_every_persons_report_and_the_summary_by_label(tmp_path, capsys):
    import structlog

    try:
        _cli_reports(tmp_path, capsys)
    finally:
        structlog.reset_defaults()  # the CLI bound logging to this test's captured stderr


def _cli_reports(tmp_path, capsys):  # type: ignore[no-untyped-def]
    from optout.cli import main

    data, out = tmp_path / "data", tmp_path / "reports"
    base = ["--data-dir", str(data)]
    assert main([*base, "init"]) == 0
    maria = tmp_path / "maria.toml"
    maria.write_text('first_name = "María José"\nlast_name = "Núñez Peña"\nlabel = "client-7"\nlanguage = "es"\n'
                     '[[addresses]]\ncity = "Fresno"\nstate = "CA"\n')
    assert main([*base, "person", "add", str(maria), str(EXAMPLES / "alex.toml")]) == 0
    capsys.readouterr()
    assert main([*base, "report", "client-7", "--out", str(data / "x"), "--no-pdf"]) == Exit.USAGE
    assert "never written into the data directory" in capsys.readouterr().err
    assert main([*base, "report", "client-7", "--out", str(out), "--no-pdf", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    html = (out / f"report-{row['person']}.html").read_text()
    assert 'lang="es"' in html and "María José Núñez Peña" in html
    assert main([*base, "report", "--all", "--out", str(out), "--no-pdf", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2 and (out / "organisation.html").exists()
    assert all(r["html"].startswith(str(out)) for r in rows)


@pytest.mark.browser
@pytest.mark.skipif(not have_browser(), reason="needs Chromium")
async def test_names_in_every_script_print_in_the_pdf():
    """The people optout serves write their names in many scripts: a report's PDF must carry them
    as text, not as empty boxes (scripts/setup installs fonts-noto-cjk and fonts-noto-core)."""
    from pypdf import PdfReader

    from optout.channels.browser import BrowserChannel
    from optout.settings import Settings

    names = ["王秀英", "김민준", "ደመቀ ኃይሉ", "আমিনা", "ਹਰਪ੍ਰੀਤ", "नेहा", "محمد", "Nguyễn Thị Lan", "Đặng"]
    s = Settings()
    browser = BrowserChannel(s.browser, s.network, None, None)
    try:
        data = await browser.pdf("<html><body>" + "".join(f"<p>{n}</p>" for n in names) + "</body></html>")
    finally:
        await browser.close()
    page = PdfReader(io.BytesIO(data)).pages[0]
    text = page.extract_text()
    for n in ["王秀英", "김민준", "ደመቀ", "ኃይሉ", "Nguy"]:  # scripts whose glyphs map back to letters one by one
        assert n in text, ascii(text)  # a glyph no installed font has comes out as NUL
    fonts = {str(f.get_object().get("/BaseFont", "")) for f in page["/Resources"]["/Font"].values()}
    for script in ("Bengali", "Gurmukhi", "Devanagari"):  # shaped scripts: their font must be embedded
        assert any(f"NotoSans{script}" in f for f in fonts), (script, fonts)


def test_each_answer_is_captioned_with_its_own_request():
    """A relisted person's second request's answer was captioned "Request 1" (the shot's index in
    its request, not the request's number), and each listing found again was "as first found"."""
    import datetime as dt

    from optout.person import parse_person
    from optout.report import render_person
    from optout.report._collect import BrokerSection, ListingInfo, PersonReport, RequestInfo, Shot

    at = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)

    def request(n: int, shots: int) -> RequestInfo:
        r = RequestInfo(n, "http", at + dt.timedelta(days=n), None, "confirmed", f"REF-{n}")
        r.shots = [Shot(at + dt.timedelta(days=n), "optout (done)", "data:image/png;base64,", f"{n}{i}" * 8)
                   for i in range(shots)]
        return r

    found = [Shot(at + dt.timedelta(days=d), "scan (found)", "data:image/png;base64,", f"f{d}" * 8) for d in (0, 60)]
    listing = ListingInfo(at, at + dt.timedelta(days=60), None, 0.9, "match", [("name", None)])
    section = BrokerSection("peoplefind", "PeopleFind", "http", "confirmed", at, at, None, at, [listing], found, [], [],
                            [request(1, 0), request(2, 1), request(3, 2)], [], [], [], [], None, None, [], [])
    report = PersonReport("p_x", parse_person({"first_name": "José Luis", "last_name": "Ramírez Peña"}), at,
                          [section])
    html = render_person(report, "en")
    texts = [c.split("</figcaption>")[0].strip() for c in html.split("<figcaption>")[1:]]
    captions = [c.split(" · ")[0] for c in texts if " · " in c]
    assert captions == ["Request 2", "Request 3", "Request 3"], captions
    # the listing found again (relisted) is not a second "as first found"
    found_captions = [c.split(" — ")[0] for c in texts if c.startswith("The listing as")]
    assert found_captions == ["The listing as first found",
                              "The listing as found again (after a new search, or relisted)"], found_captions


@pytest.mark.parametrize("lang,search,listing", [
    ("en", "The search as seen: none of its listings is this person", "The listing as"),
    ("es", "La búsqueda tal como se vio: ninguna de sus fichas es de esta persona", "La ficha tal como")])
def test_a_search_whose_listings_are_someone_elses_is_not_shown_as_the_persons_listing(lang, search, listing):
    """Trial39: a volunteer said the one listing a broker showed is someone else's; the client's report
    said "No listing of this person was found." and, under it, "The listing as first found" and
    three times "The listing as found again", with the screenshots. A case with no listing of the
    person shows its screenshots as the search seen, never as their listing."""
    import datetime as dt

    from optout.person import parse_person
    from optout.report import render_person
    from optout.report._collect import BrokerSection, PersonReport, Shot

    at = dt.datetime(2026, 12, 3, 3, 56, tzinfo=dt.UTC)
    seen = [Shot(at + dt.timedelta(minutes=m), "scan (found)", "data:image/png;base64,", f"s{m}" * 8) for m in (0, 5)]
    section = BrokerSection("clanroot", "ClanRoot", "http", "not_found", at, None, None, None, [], seen, [], [],
                            [], [], [], [], [], None, None, [], [], outcome="not_found")
    report = PersonReport("p_x", parse_person({"first_name": "Thị Mai", "last_name": "Trần"}), at, [section])
    page = render_person(report, lang)
    captions = [c.split(" — ")[0].strip() for c in page.split("<figcaption>")[1:]]
    assert captions == [search, search], captions
    assert listing not in page


@pytest.mark.parametrize("lang,title,removed_row", [
    ("en", "Figures without personal data", "People with at least one removal proven"),
    ("es", "Cifras sin datos personales", "Personas con al menos una eliminación comprobada")])
def test_the_funders_figures_name_nobody_and_add_up(lang, title, removed_row):
    """Trial39: a funder asked the clinic for its numbers with no personal data; the only summary
    (`report --all`'s organisation.html) lists every client by name and id. `report --all` writes
    totals.html beside it: people, people checked, people with a removal proven, brokers checked of
    all, cases by outcome, summing to all cases, and no name, id, label or report file."""
    import datetime as dt
    import re

    from optout.report import render_totals

    at = dt.datetime(2027, 1, 2, tzinfo=dt.UTC)
    rows = [{"person_id": "p_3e8cee991b", "name": "María Guadalupe Hernández de la Rosa", "total": 21, "checked": 21,
             "counts": {"removed": 6, "confirmed": 3, "needs_human": 9, "submitted": 3},
             "file": "report-p_3e8cee991b.html"},
            {"person_id": "p_6299768d38", "name": "Thị Mai Trần", "total": 21, "checked": 11,
             "counts": {"not_found": 11, "new": 10}, "file": "report-p_6299768d38.html"},
            {"person_id": "p_0000000001", "name": "Zarmina", "total": 21, "checked": 0, "counts": {"new": 21},
             "file": "report-p_0000000001.html"}]
    page = render_totals(rows, at, lang, "Clínica Legal")
    for r in rows:
        assert r["person_id"] not in page and r["name"] not in page and r["file"] not in page
    figures = dict(re.findall(r'data-figure="(\w+)">([^<]+)<', page))
    assert (figures["people"], figures["people_checked"], figures["people_removed"]) == ("3", "2", "1"), figures
    assert figures["checked"].split()[0] == "32" and figures["checked"].split()[-1] == "63", figures
    states = {k: int(v) for k, v in figures.items() if k in {"removed", "confirmed", "needs_human", "submitted",
                                                              "not_found", "new"}}
    assert sum(states.values()) == 63 and states["new"] == 31 and states["removed"] == 6, states
    assert title in page and removed_row in page and f'<html lang="{lang}">' in page


async def test_report_all_writes_the_funders_page_beside_the_summary(tmp_path):
    from optout.app import open_app
    from optout.person import parse_person
    from optout.report import TOTALS_FILE, write_reports
    from optout.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person({"first_name": "Oksana", "last_name": "Kovalenko",
                                                               "label": "C-114", "birth_year": 1987,
                                                               "addresses": [{"city": "Sacramento", "state": "CA"}]},
                                                              "f"))])).added
        _, org = await write_reports(settings, app.store, app.vault, app.catalogue, app.clock.now(), [pid],
                                     tmp_path / "out", pdf=False, organisation=True)
    assert org is not None
    page = (org.parent / TOTALS_FILE).read_text()
    assert "Kovalenko" not in page and pid not in page and "C-114" not in page and 'data-figure="people">1<' in page


async def test_one_page_kept_several_times_in_a_minute_is_shown_once(tmp_path):
    """Trial39: a client's report showed, under "Proof of removal", six screenshots of the same two
    pages, all at 04:08 (the same SHA-256 three times over), and under the listing the same page
    twice at 03:56 and twice at 04:01. One page kept again within a minute is one piece of evidence
    and is shown once; the same page seen again later keeps its own time."""
    import datetime as dt
    import hashlib

    from optout.app import open_app
    from optout.person import parse_person
    from optout.report import person_report
    from optout.settings import Settings
    from optout.store.states import CaseState

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person({"first_name": "María Guadalupe",
                                                               "last_name": "Hernández de la Rosa", "birth_year": 1979,
                                                               "addresses": [{"city": "Los Angeles", "state": "CA"}]},
                                                              "f"))])).added
        case = (await app.store.cases(person_id=pid))[0]
        key, _ = await app.open_person(pid)
        t0 = app.clock.now().replace(second=5)
        for n, (step, body, at) in enumerate([("scan (found)", b"page-a", t0), ("scan (found)", b"page-a", t0),
                                               ("scan (found)", b"page-a", t0 + dt.timedelta(minutes=5)),
                                               ("scan (found)", b"page-a", t0 + dt.timedelta(minutes=5, seconds=20)),
                                               ("scan (after)", b"page-b", t0 + dt.timedelta(days=30)),
                                               ("scan (after)", b"page-c", t0 + dt.timedelta(days=30)),
                                               ("scan (after)", b"page-b", t0 + dt.timedelta(days=30, seconds=9)),
                                               ("scan (after)", b"page-c", t0 + dt.timedelta(days=30, seconds=9))]):
            png = b"\x89PNG\r\n\x1a\n" + body
            rel = f"{case.id}/shot{n}.png.sealed"
            path = settings.evidence_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(key.seal(png, f"evidence:{rel}"))
            await app.store.add_evidence(case.id, "screenshot", rel, hashlib.sha256(png).hexdigest(), at, step=step)
        await app.store.record(case.id, "scanned", CaseState.NOT_FOUND, t0, next_action_at=None)
        report = await person_report(settings, app.store, app.vault, app.catalogue, app.clock.now(), pid)
    section = next(x for x in report.sections if x.broker_id == case.broker_id)
    assert [x.at for x in section.before] == [t0, t0 + dt.timedelta(minutes=5)], section.before
    assert len(section.after) == 2 and len({x.sha256 for x in section.after}) == 2, section.after


def test_the_summary_counts_only_the_brokers_checked_not_every_case_on_file():
    """A client added today has a case for every broker of their state (558 for a Californian) and
    nine looked at after the first evening: the report's summary said "Brokers checked: 579", in
    Spanish "Corredores revisados: 579", of a client whose 570 brokers were "not checked yet". It
    says how many of them were checked, in the person's report and the organisation's summary."""
    import datetime as dt
    import re

    from optout.person import parse_person
    from optout.report import render_organisation, render_person
    from optout.report._collect import BrokerSection, PersonReport

    at = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)

    def section(broker: str, outcome: str) -> BrokerSection:
        s = BrokerSection(broker, broker.title(), "http", outcome, at, None, None, None, [], [], [], [], [], [], [],
                          [], [], None, None, [], [])
        s.outcome = outcome
        return s

    sections = [section("peoplefind", "removed"), section("searchly", "confirmed")] + [
        section(f"broker{i}", "new") for i in range(3)]
    report = PersonReport("p_x", parse_person({"first_name": "Dania Yolibeth",
                                               "last_name": "Zúniga Alachán de Bográn"}), at, sections)
    summary = lambda html: re.sub(r"\s+", " ", html.split('id="summary"')[1].split("<table")[0])  # noqa: E731
    assert "Brokers checked: 2 of 5 —" in summary(render_person(report, "en"))
    assert "Corredores revisados: 2 de 5 —" in summary(render_person(report, "es"))
    org = render_organisation([{"person_id": "p_x", "name": "x", "counts": report.counts(), "total": 5,
                                "checked": report.checked(), "file": "report-p_x.html"}], at, "es")
    assert re.search(r'data-person="p_x">.*?</td><td>2 de 5</td>', org, re.S)
    assert re.search(r"<th>2 de 5</th>", org)
