"""A printable postal letter for a broker that takes requests only by post (optout.legal.postal):
a PDF with the sender's address (the clinic as authorised agent when it is set up, else the
client), only the fields the recipe declares, the law, the date; offered by the human queue; printing
is recorded, never counted as sent; without an address the case asks for the field."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from optout import clinic
from optout.app import open_app
from optout.errors import MissingPersonField, OptoutError
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState
from tests.test_clinic import env  # noqa: F401  (the fixture)
from tests.test_dashboard import PASSWORD, Dash

BROKER = "lexisnexis-letter"  # inputs: full_name, birth_date, street, city, state, zip
CLIENT = {"first_name": "Xiomara", "last_name": "Quintanilla Ybarra", "label": "L-1", "birth_date": "1979-04-02",
          "phones": ["+1 559 555 0188"], "emails": ["xq.client@example.org"],
          "addresses": [{"street": "4471 Olive Ave", "city": "Fresno", "state": "CA", "zip": "93728"}]}


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-")
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


async def _letter_case(app, person: dict) -> int:
    pid = (await app.add_people([("t", parse_person(person, "t"))])).added[0][1]
    await app.store.ensure_cases(pid, [BROKER], app.clock.now())
    case = next(c for c in await app.store.cases(person_id=pid) if c.broker_id == BROKER)
    await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                           data={"kind": "letter", "reason": "a letter by post"}, last_error="a letter by post")
    return case.id


async def test_the_clients_own_letter_carries_only_what_the_broker_needs_and_is_printed_not_sent(tmp_path):
    async with open_app(Settings(data_dir=tmp_path / "data"), create=True) as app:
        case = await _letter_case(app, CLIENT)
        text = _text(await app.postal_letter(case))
        assert "Xiomara Quintanilla Ybarra" in text and "4471 Olive Ave, Fresno, CA 93728" in text
        assert "California Consumer Privacy Act" in text and "1979-04-02" in text  # the law, the declared birth date
        assert app.clock.now().strftime("%B") in text and "Re:" in text
        for never in ("555 0188", "5550188", "xq.client"):  # not declared by the recipe: never in the letter
            assert never not in text
        assert "authorised agent" not in text
        after = await app.store.get_case(case)
        assert after.state == CaseState.NEEDS_HUMAN and after.last_error == "a letter by post"  # printed ≠ sent
        assert [e.kind for e in await app.store.events(case)][-1] == "letter_printed"
        pid = after.person_id
        for lang, printed, sent in (("en", "letter printed (for posting: optout cannot know whether it was sent)",
                                     "letter sent"),
                                    ("es", "carta impresa", "carta enviada")):
            html = (await app.report(pid, lang=lang)).decode()
            assert printed in html and sent not in html


async def test_a_posted_letter_counts_the_answer_from_receipt_and_names_no_date_before_it(tmp_path):
    """Cal. Civ. Code §1798.130(a)(2)(A): 45 days from receiving the request. A printed letter is
    posted some day later and received later still: a date counted from the day it was printed
    ("that is by …") would claim an answer due before the law says."""
    import datetime as dt

    async with open_app(Settings(data_dir=tmp_path / "data"), create=True) as app:
        case = await _letter_case(app, CLIENT)
        text = _text(await app.postal_letter(case))
        assert "within 45 days of receipt (Cal. Civ. Code §1798.130(a)(2)(A))." in text
        assert "that is by" not in text
        printed_plus_45 = (app.clock.now() + dt.timedelta(days=45)).date().isoformat()
        assert printed_plus_45 not in text


def _signed_pdf(words: str) -> bytes:
    """A real one-page PDF, as a scanner or phone writes the signed form (ReportLab)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, words)
    c.showPage()
    c.save()
    return buf.getvalue()


async def _authorise(app, case: int, data: bytes, suffix: str = ".pdf") -> str:
    import datetime as dt

    from optout.legal import agent

    c = await app.store.get_case(case)
    key, _ = await app.open_person(c.person_id)
    ctype = {".pdf": "application/pdf", ".png": "image/png"}[suffix]
    auth = agent.Authorisation(f"authorisation-2026-01-02{suffix}", ctype, data, dt.date(2026, 1, 2),
                               hashlib.sha256(data).hexdigest())
    await agent.save(app.store, key, c.person_id, auth, app.clock.now())
    return auth.sha256


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


async def test_the_clinic_writes_as_authorised_agent_and_encloses_the_signed_authorisation(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", agent={"name": "Clínica Legal del Valle"})
    async with open_app(settings, create=True) as app:
        case = await _letter_case(app, CLIENT)
        sha = await _authorise(app, case, _signed_pdf("Signed: Xiomara Quintanilla Ybarra, 2026-01-02"))
        with pytest.raises(MissingPersonField) as e:  # an agent without a postal address: asks for it
            await app.postal_letter(case)
        assert e.value.field == "clinic_postal_address"
        clinic.save(settings, None, "1200 Main St, Fresno, CA 93721")
        pages = _pages(await app.postal_letter(case))
        text = " ".join(pages)
        assert "Clínica Legal del Valle, authorised agent of Xiomara Quintanilla Ybarra" in text
        assert "1200 Main St, Fresno, CA 93721" in text
        assert "4471 Olive Ave" in text  # the broker's identifier (declared), not the return address
        # the letter says the signed permission is enclosed, and it is: its own page, after the letter
        assert "signed permission is enclosed" in text and "attached" not in text and sha in text
        assert "Enclosure: the signed authorisation" in pages[-2]
        assert pages[-1] == "Signed: Xiomara Quintanilla Ybarra, 2026-01-02"
        [printed] = [e for e in await app.store.events(case) if e.kind == "letter_printed"]
        assert printed.data["agent"] == "Clínica Legal del Valle" and printed.data["agent_role"] == "agent"


async def test_without_a_signed_authorisation_the_letter_is_the_clients_own(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", agent={"name": "Clínica Legal del Valle"})
    async with open_app(settings, create=True) as app:
        clinic.save(settings, None, "1200 Main St, Fresno, CA 93721")
        case = await _letter_case(app, CLIENT)
        text = _text(await app.postal_letter(case))
        assert "authorised agent" not in text and "enclosed" not in text and "Clínica" not in text
        assert "4471 Olive Ave, Fresno, CA 93728" in text  # the client's own return address
        [printed] = [e for e in await app.store.events(case) if e.kind == "letter_printed"]
        assert printed.data["agent"] is None and "agent_role" not in printed.data


async def test_where_the_law_names_no_agent_the_posted_letter_is_the_clients_request_signed_by_them(tmp_path):
    virginia = CLIENT | {"addresses": [{"street": "12 Elm St", "city": "Richmond", "state": "VA", "zip": "23220"}]}
    settings = Settings(data_dir=tmp_path / "data", agent={"name": "Clínica Legal del Valle", "signatory": "R. Gómez"})
    async with open_app(settings, create=True) as app:
        clinic.save(settings, None, "1200 Main St, Fresno, CA 93721")
        case = await _letter_case(app, virginia)
        png = tmp_path / "signed.png"
        from PIL import Image

        Image.new("RGB", (400, 200), "white").save(png)
        sha = await _authorise(app, case, png.read_bytes(), ".png")
        pdf = await app.postal_letter(case)
        pages = _pages(pdf)
        text = " ".join(pages)
        assert "authorised agent of" not in text and "does not provide for authorised agents" in text
        assert "Clínica Legal del Valle, sending this request for Xiomara Quintanilla Ybarra" in text
        assert "Xiomara Quintanilla Ybarra, whose own request this is" in text  # the client signs their request
        assert "R. Gómez, for Clínica Legal del Valle" in text
        assert f"Enclosure: the signed authorisation (authorisation-2026-01-02.png), signed on 2026-01-02, " \
               f"SHA-256 {sha}" in pages[-1]
        assert PdfReader(io.BytesIO(pdf)).pages[-1].images  # the scan itself is printed on that page
        [printed] = [e for e in await app.store.events(case) if e.kind == "letter_printed"]
        assert printed.data["agent_role"] == "on_behalf"
        pid = (await app.store.get_case(case)).person_id
        for lang, says, never in (("en", "Clínica Legal del Valle (not as authorised agent", "(authorised agent)"),
                                  ("es", "Clínica Legal del Valle (no como agente autorizado", "(agente autorizado)")):
            html = (await app.report(pid, lang=lang)).decode()
            section = re.search(rf'<section class="broker" id="broker-{BROKER}".*?</section>', html, re.S).group(0)
            acted = re.search(r'class="acted-by">(.*?)</td>', section, re.S).group(1)
            assert says in acted and never not in acted, acted


async def test_a_signed_pdf_that_does_not_open_is_never_said_to_be_enclosed(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", agent={"name": "Clínica Legal del Valle"})
    async with open_app(settings, create=True) as app:
        clinic.save(settings, None, "1200 Main St, Fresno, CA 93721")
        case = await _letter_case(app, CLIENT)
        await _authorise(app, case, b"%PDF-1.4\n% not a real document\n%%EOF\n")
        with pytest.raises(OptoutError, match="cannot be enclosed") as raised:
            await app.postal_letter(case)
        assert "authorisation-2026-01-02" not in str(raised.value)  # a scan's file name may carry the client's
        assert not [e for e in await app.store.events(case) if e.kind == "letter_printed"]


async def test_without_any_postal_address_the_case_names_the_field(tmp_path):
    from optout.legal import postal

    nowhere = {k: v for k, v in CLIENT.items() if k != "addresses"} | {"addresses": [{"city": "Fresno", "state": "CA"}]}
    with pytest.raises(MissingPersonField) as e:
        postal.sender(Settings(data_dir=tmp_path), "Xiomara Quintanilla Ybarra",
                      parse_person(nowhere).template_values())
    assert e.value.field == "address"


async def test_the_dashboards_queue_offers_the_letter_and_serves_the_pdf(tmp_path):
    from optout.web._staff import StaffBook
    from optout.web._views import build

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        case = await _letter_case(app, CLIENT)
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        d = Dash(build(app, idle=600), app)
        await d.login()
        queue = await d.get("/human", headers={"accept-language": "es"})
        assert f'href="/cases/{case}/letter.pdf"' in queue.text and "Imprimir la carta (PDF)" in queue.text
        pdf = await d.get(f"/cases/{case}/letter.pdf")
        assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
        assert "Xiomara" in _text(pdf.content) and "Xiomara" not in pdf.headers.get("content-disposition", "")
        rows = await app.human_tasks()
        assert next(r for r in rows if r["case"] == case)["postal"] is True
        await d.client.aclose()


def test_the_cli_writes_the_letter_and_the_human_queue_names_it(env, tmp_path):  # noqa: F811
    import asyncio
    import os

    from tests.test_clinic import cli

    async def make() -> int:
        os.environ["OPTOUT_PASSPHRASE"] = env["OPTOUT_PASSPHRASE"]
        try:
            async with open_app(Settings(data_dir=Path(env["OPTOUT_DATA_DIR"]))) as app:
                return await _letter_case(app, CLIENT)
        finally:
            del os.environ["OPTOUT_PASSPHRASE"]

    case = asyncio.run(make())
    e = {k: v for k, v in env.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")} | {"LANG": "C.UTF-8"}
    queue = cli(e, "human").stdout
    assert f"optout letter C{case} --out letter-C{case}.pdf" in queue, queue
    assert f"optout letter C{case}" in cli({**e, "LANG": "es_MX.UTF-8"}, "human").stdout
    out = tmp_path / "letter.pdf"
    r = cli(e, "letter", str(case), "--out", str(out))
    assert r.returncode == 0, r.stderr
    # the file by its place, never its name (a clinic names it after the client; stdout reaches cron mail)
    assert "letter.pdf" not in r.stdout and "argument 4" in r.stdout, r.stdout
    assert "Xiomara" in _text(out.read_bytes()) and (out.stat().st_mode & 0o777) == 0o600
    again = cli(e, "letter", str(case), "--out", str(out))
    assert again.returncode == 64 and "exists already" in again.stderr
