"""An organisation as the authorised agent: a Californian's and a Coloradan's letters name the agent
and the law that lets it act, carry the signed authorisation, and reach the lab's broker with it; a
broker that refuses agents still gets the person's own letter; the report says who acted."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import html as html_lib
import re

import pytest

from optout.errors import OptoutError
from optout.legal import agent
from optout.person import Person, load_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

ORG = {"name": "Clínica Legal del Valle", "address": "100 Main St, Fresno, CA 93721",
       "email": "privacidad@clinica.example", "signatory": "R. Gómez"}
CAL, COL = "p_c4l0000001", "p_c0l0000001"
SIGNED = b"%PDF-1.4\n% a signed authorisation (test)\n%%EOF\n"


def resident(first: str, last: str, state: str, city: str, zip_: str) -> Person:
    d = load_person(EXAMPLES / "alex.toml").model_dump()
    d.update(first_name=first, last_name=last, middle_name=None, aliases=[],
             addresses=[{"street": "9 Oak Row", "city": city, "state": state, "zip": zip_}])
    return Person(**d)


async def test_agent_letters_name_the_agent_and_the_law_and_carry_the_authorisation(lab, tmp_path):
    cal = resident("María José", "Núñez Peña", "CA", "Fresno", "93650")
    col = resident("Thanh", "Nguyễn", "CO", "Denver", "80202")
    lab.seed_people([("cal", cal), ("col", col)])
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(SIGNED)
    s = lab_settings(tmp_path / "data", lab, agent=ORG,
                     mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                           "from_address": "optout-desk@user.example", "broker_spacing": 0})
    async with Optout(s) as o:
        await o.add(CAL, cal, ["mailonly", "mailpublic", "mailsilent"])
        await o.add(COL, col, ["mailonly"])
        today = o.clock.now().date()
        with pytest.raises(OptoutError, match="PDF, PNG or JPEG"):
            (tmp_path / "x.txt").write_text("x")
            agent.read_signed(tmp_path / "x.txt", today, today)
        for pid in (CAL, COL):
            key, _ = o.vault.open_person(pid, await o.store.get_person(pid))
            await agent.save(o.store, key, pid, agent.read_signed(signed, today - dt.timedelta(days=2), today),
                             o.clock.now())
        await o.run()
        for _ in range(60):
            if len(lab.mail_log()["mailonly"]["received"]) >= 2:
                break
            await asyncio.sleep(0.05)
        got = {r["person"]: r for r in lab.mail_log()["mailonly"]["received"]}
        assert set(got) == {"cal", "col"}  # the broker found each person from the agent's letter
        for key, law_words in (("cal", ["§1798.135(e)", "§7063"]), ("col", ["§6-1-1306(1)(a)(II)"])):
            r = got[key]
            assert ORG["name"] in r["from"] and ORG["name"] in r["body"] and "authorised agent" in r["body"]
            for w in law_words:
                assert w in r["body"], (key, w)
            assert "§1798.135" not in r["body"] if key == "col" else "C.R.S." not in r["body"]
            # the subject names the capacity the body writes in: Colorado's agent is one for the opt-out only
            assert r["subject"].startswith("Authorised agent request for" if key == "cal" else "Request of"), r["subject"]
            assert "María José Núñez Peña" in r["subject"] if key == "cal" else True, r["subject"]  # spaces kept
            assert ("authorised agent" in r["subject"].lower()) and (key == "cal" or "opt-out" in r["subject"]), r["subject"]
            [att] = r["attachments"]
            assert att["content_type"] == "application/pdf" and att["sha256"] == hashlib.sha256(SIGNED).hexdigest()
            assert att["sha256"] in r["body"]
            assert "Núñez" not in (att["filename"] or "") and "Nguy" not in (att["filename"] or "")
        # a broker that refuses agents gets the person's own letter, without the authorisation
        [pub] = lab.mail_log()["mailpublic"]["received"]
        assert pub["attachments"] == [] and ORG["name"] not in pub["body"]

        # who acted is recorded with the letter, and the report names the agent
        case = await o.case(CAL, "mailonly")
        sent = next(e for e in await o.store.events(case.id) if e.kind == "letter_sent")
        assert sent.data["agent"] == ORG["name"] and sent.data["law"] == "ccpa"
        from optout.report import collect, render_person

        # the letter, exported: the .eml as sent and a .txt a person reads (accents decoded, attachment named)
        from optout.app import App

        app = App(o.settings, o.store, o.vault, o.catalogue, o.clock)
        rows = await app.export_evidence(case.id, tmp_path / "export")
        [eml] = [p for p in (tmp_path / "export").iterdir() if p.suffix == ".eml"][:1]
        txt = eml.with_suffix(".txt").read_text(encoding="utf-8")
        assert "María José Núñez Peña" in txt and "=C3" not in txt and "Attachments: authorisation-" in txt
        assert any(".txt" in r.get("exported", "") for r in rows)
        # a silent broker: at the deadline the agent follows up, in the same thread, with the authorisation
        lab.advance(days=46)
        await o.run()
        silent = lab.mail_log()["mailsilent"]["received"]
        assert len(silent) == 2, silent
        follow = silent[1]
        assert "Follow-up" in follow["subject"] and ORG["name"] in follow["from"] and ORG["name"] in follow["body"]
        assert [a["sha256"] for a in follow["attachments"]] == [hashlib.sha256(SIGNED).hexdigest()]
        rep = await collect(o.store, o.vault, o.catalogue, o.settings.evidence_dir, CAL, o.clock.now())
        html = render_person(rep, "en")
        assert "Clínica Legal del Valle (authorised agent)" in html
        # the report says what the clinic really did, case by case: for the Coloradan it was agent for
        # the opt-out only and sent her own deletion request (C.R.S. §6-1-1306(1)(a)(II)); the broker
        # that refuses agents got the Californian's own letter
        from optout.report import case_rows

        by_broker = {s.broker_id: s for s in rep.sections}
        assert by_broker["mailonly"].acted_as == [(ORG["name"], "agent")]
        assert by_broker["mailpublic"].acted_as == []
        col_rep = await collect(o.store, o.vault, o.catalogue, o.settings.evidence_dir, COL, o.clock.now())
        assert {"broker": "mailonly", "outcome": "submitted",
                "acted_as": [{"by": ORG["name"], "role": "opt_out_agent"}]} in [
            {k: r[k] for k in ("broker", "outcome", "acted_as")} for r in case_rows(col_rep)]
        for lang, says, never in (
                ("en", "Clínica Legal del Valle (authorised agent for the opt-out only; the deletion request was "
                       "the client's own, in their name, and the clinic sent it for them)", "(authorised agent)"),
                ("es", "Clínica Legal del Valle (agente autorizado solo para la exclusión de la venta (opt-out); "
                       "la solicitud de eliminación fue de la propia persona", "(agente autorizado)")):
            page = html_lib.unescape(render_person(col_rep, lang))
            section = re.search(r'<section class="broker" id="broker-mailonly".*?</section>', page, re.S).group(0)
            acted = re.search(r'class="acted-by">(.*?)</td>', section, re.S).group(1)
            assert says in acted and never not in acted, acted

        # an evidence file gone from the folder: the report says which, and still comes out
        [ev] = [e for e in await o.store.evidence(case.id) if e.kind == "email"][:1]
        (o.settings.evidence_dir / ev.path).unlink()
        rep = await collect(o.store, o.vault, o.catalogue, o.settings.evidence_dir, CAL, o.clock.now())
        assert f"sha256 {ev.sha256[:16]}" in render_person(rep, "en")


async def test_without_an_authorisation_the_letter_stays_the_persons(lab, tmp_path):
    cal = resident("Ana", "Ruiz", "CA", "Fresno", "93650")
    lab.seed_people([("cal", cal)])
    s = lab_settings(tmp_path / "data", lab, agent=ORG,
                     mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                           "from_address": "optout-desk@user.example", "broker_spacing": 0})
    async with Optout(s) as o:
        await o.add(CAL, cal, ["mailonly"])
        await o.run()
        [r] = lab.mail_log()["mailonly"]["received"]
        assert r["attachments"] == [] and ORG["name"] not in r["from"]
