"""A printable postal letter for a broker that takes requests only by post (optout.legal.postal):
a PDF with the sender's address (the clinic as authorised agent when it is set up, else the
client), only the fields the recipe declares, the law, the date; offered by the human queue; printing
is recorded, never counted as sent; without an address the case asks for the field."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from optout import clinic
from optout.app import open_app
from optout.errors import MissingPersonField
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


async def test_the_clinic_writes_as_authorised_agent_from_its_own_address(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", agent={"name": "Clínica Legal del Valle"})
    async with open_app(settings, create=True) as app:
        case = await _letter_case(app, CLIENT)
        with pytest.raises(MissingPersonField) as e:  # an agent without a postal address: asks for it
            await app.postal_letter(case)
        assert e.value.field == "clinic_postal_address"
        clinic.save(settings, None, "1200 Main St, Fresno, CA 93721")
        text = _text(await app.postal_letter(case))
        assert "Clínica Legal del Valle, authorised agent of Xiomara Quintanilla Ybarra" in text
        assert "1200 Main St, Fresno, CA 93721" in text
        assert "4471 Olive Ave" in text  # the broker's identifier (declared), not the return address


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
    assert f"optout letter {case} --out letter-{case}.pdf" in queue, queue
    assert f"optout letter {case}" in cli({**e, "LANG": "es_MX.UTF-8"}, "human").stdout
    out = tmp_path / "letter.pdf"
    r = cli(e, "letter", str(case), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "Xiomara" in _text(out.read_bytes()) and (out.stat().st_mode & 0o777) == 0o600
    again = cli(e, "letter", str(case), "--out", str(out))
    assert again.returncode == 64 and "exists already" in again.stderr
