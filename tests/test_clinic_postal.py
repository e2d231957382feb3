"""The clinic's postal address, saved in its settings, is the one an authorised agent's letters and
the authorisation form give (never made up): the report says which address was used, and a broker
that asks an agent for a mailing address while the clinic has none gets no letter: the case needs
information, naming the clinic's postal address."""

from __future__ import annotations

import asyncio
import datetime as dt

from optout import clinic, reasons
from optout.legal import agent
from optout.report import collect, render_person

from .harness import Optout, lab_settings
from .test_agent import CAL, SIGNED, resident

ORG = {"name": "Clínica Legal del Valle", "email": "privacidad@clinica.example"}  # no agent.address
POSTAL = "1200 Calle Ñandú, Bakersfield, CA 93301"


def _settings(tmp_path, lab):  # type: ignore[no-untyped-def]
    return lab_settings(tmp_path / "data", lab, agent=ORG,
                        mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                              "from_address": "optout-desk@user.example", "broker_spacing": 0})


async def _authorise(o: Optout, tmp_path) -> None:  # type: ignore[no-untyped-def]
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(SIGNED)
    today = o.clock.now().date()
    key, _ = o.vault.open_person(CAL, await o.store.get_person(CAL))
    await agent.save(o.store, key, CAL, agent.read_signed(signed, today - dt.timedelta(days=1), today), o.clock.now())


async def test_the_agent_letter_gives_the_clinics_postal_address_and_the_report_names_it(lab, tmp_path):
    cal = resident("María José", "Núñez Peña", "CA", "Fresno", "93650")
    lab.seed_people([("cal", cal)])
    s = _settings(tmp_path, lab)
    s.data_dir.mkdir(parents=True, exist_ok=True)
    clinic.save(s, None, POSTAL)  # as the dashboard's Clinic settings page saves it
    assert clinic.agent_postal_address(s) == POSTAL
    assert POSTAL in agent.form("María José Núñez Peña", s.agent, clinic.agent_postal_address(s))
    async with Optout(s) as o:
        await o.add(CAL, cal, ["mailonly"])
        await _authorise(o, tmp_path)
        await o.run()
        for _ in range(60):
            if lab.mail_log()["mailonly"]["received"]:
                break
            await asyncio.sleep(0.05)
        [r] = lab.mail_log()["mailonly"]["received"]
        assert "authorised agent" in r["body"] and POSTAL in r["body"]
        case = await o.case(CAL, "mailonly")
        sent = next(e for e in await o.store.events(case.id) if e.kind == "letter_sent")
        assert sent.data["agent_address"] == POSTAL
        report = await collect(o.store, o.vault, o.catalogue, s.evidence_dir, CAL, o.clock.now())
        es = render_person(report, "es")
        assert f"la dirección postal de la clínica: {POSTAL}" in es.replace("&#39;", "'")
        assert f"the clinic&#39;s postal address: {POSTAL}" in render_person(report, "en")


async def test_a_broker_that_asks_for_the_agents_address_waits_for_it_and_nothing_is_invented(lab, tmp_path):
    cal = resident("Ana", "Ruiz Díaz", "CA", "Fresno", "93650")
    lab.seed_people([("cal", cal)])
    s = _settings(tmp_path, lab)
    assert clinic.agent_postal_address(s) is None
    async with Optout(s) as o:
        recipe = o.catalogue.recipes["mailonly"]
        o.catalogue.recipes._parsed["mailonly"] = recipe.model_copy(  # type: ignore[attr-defined]
            update={"legal": recipe.legal.model_copy(update={"agent_postal_address": "required"})})
        await o.add(CAL, cal, ["mailonly"])
        await _authorise(o, tmp_path)
        await o.run()
        await asyncio.sleep(0.3)
        assert lab.mail_log()["mailonly"]["received"] == []  # no letter without the address
        case = await o.case(CAL, "mailonly")
        events = await o.store.events(case.id)
        outcome, why = reasons.of_case(case.state.value, case.last_error, events)
        assert outcome == reasons.NEEDS_INFO and why == reasons.Reason("missing_info", {"field": "clinic_postal_address"})
        assert reasons.render(why, "es") == ("necesita información suya: la dirección postal de la clínica "
                                             "(Datos de la clínica)")
        assert await o.store.requests(case.id) == []  # no request row: nothing went out
