"""A broker that answers a letter by asking for the client's signed authorisation of the clinic (a "carta
poder"): the person's task says so, and whether the letter already carried the one on file (trial42: it
said only "the broker asks for more information", while the authorisation was on file and attached).

Real mail parts: the letter goes over SMTP to the lab's server; the broker's answer, written here as a
broker's mail program writes it (threaded on the letter, our letter quoted, text + HTML, Latin-1), is
delivered by SMTP into the Maildir optout reads."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from optout.legal import agent
from optout.person import Person, load_person
from optout.reasons import Reason, render
from optout.store import CaseState

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

ORG = {"name": "Clínica Legal Esperanza", "address": "100 Main St, Los Angeles, CA 90012",
       "email": "desk@clinica.example", "signatory": "A. Flores"}
DESK = "optout-desk@user.example"
WITH, WITHOUT = "p_cp00000001", "p_cp00000002"
SIGNED = b"%PDF-1.4\n% a signed authorisation (test)\n%%EOF\n"
ASK = ("Buenos días:\n\nHemos recibido su solicitud. Para tramitarla como agente autorizado necesitamos una carta "
       "poder firmada por el titular, con fecha, que autorice expresamente a la clínica a actuar en su nombre ante "
       "nuestra empresa. Envíenosla respondiendo a este correo.\n\nDepartamento de Privacidad")


def californian(first: str, last: str) -> Person:
    d = load_person(EXAMPLES / "alex.toml").model_dump()
    d.update(first_name=first, last_name=last, middle_name=None, aliases=[],
             addresses=[{"street": "4410 Crenshaw Blvd", "city": "Los Angeles", "state": "CA", "zip": "90043"}])
    return Person(**d)


def carta_poder(letter: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Privacidad <privacy@mailsilent.lab.test>"
    msg["To"] = DESK
    msg["Subject"] = "Re: " + letter["subject"]
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="mailsilent.lab.test")
    msg["In-Reply-To"] = msg["References"] = letter["message_id"]
    quoted = "\n".join("> " + line for line in letter["body"].splitlines())
    msg.set_content(f"{ASK}\n\nEl 3 dic 2026, {ORG['name']} escribió:\n{quoted}\n", charset="iso-8859-1")
    msg.add_alternative("<p>" + ASK.replace("\n\n", "</p><p>") + "</p><blockquote type=\"cite\">"
                        + letter["body"].replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
                        + "</blockquote>", subtype="html", charset="iso-8859-1")
    return msg


async def task(o: Optout, pid: str, case_id: int) -> dict:
    """The person's task as the engine recorded it: its instructions (sealed) and its reason's code."""
    event = [e for e in await o.store.events(case_id) if e.data.get("sealed")][-1]
    key, _ = o.vault.open_person(pid, await o.store.get_person(pid))
    return {**json.loads(key.open(base64.b64decode(event.data["sealed"]), f"human:{case_id}")), "why": event.data["why"]}


async def test_an_ask_for_the_carta_poder_says_whether_the_letter_carried_it(lab, tmp_path):
    people = {"con": californian("Yesenia Marleny", "Guity Bernárdez"), "sin": californian("Dilcia", "Martínez Ávila")}
    lab.seed_people(people.items())
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(SIGNED)
    s = lab_settings(tmp_path / "data", lab, agent=ORG,
                     mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                           "from_address": DESK, "broker_spacing": 0})
    async with Optout(s) as o:
        await o.add(WITH, people["con"], ["mailsilent"])  # the lab's silent broker: the answer is ours to write
        await o.add(WITHOUT, people["sin"], ["mailsilent"])
        today = o.clock.now().date()
        key, _ = o.vault.open_person(WITH, await o.store.get_person(WITH))
        auth = agent.read_signed(signed, today - dt.timedelta(days=1), today)
        await agent.save(o.store, key, WITH, auth, o.clock.now())
        await o.run()
        for _ in range(100):
            if len(lab.mail_log()["mailsilent"]["received"]) >= 2:
                break
            await asyncio.sleep(0.05)
        letters = {r["person"]: r for r in lab.mail_log()["mailsilent"]["received"]}
        assert letters["con"]["attachments"] and not letters["sin"]["attachments"]
        with smtplib.SMTP("127.0.0.1", lab.smtp_port, timeout=10) as smtp:
            for who in ("con", "sin"):
                smtp.send_message(carta_poder(letters[who]))
        seen: dict[str, int] = {}
        for _ in range(100):
            for k, n in (await o.engine.read_mail()).items():
                seen[k] = seen.get(k, 0) + n
            if seen.get("needs_info", 0) >= 2:
                break
            await asyncio.sleep(0.1)
        assert seen.get("needs_info") == 2, seen

        signed_on = f"{today - dt.timedelta(days=1):%Y-%m-%d}"
        case = await o.case(WITH, "mailsilent")
        assert case.state == CaseState.NEEDS_HUMAN
        t = await task(o, WITH, case.id)
        assert "signed authorisation of the clinic" in case.last_error
        assert signed_on in t["instructions"] and auth.sha256[:16] in t["instructions"]
        assert "attached to the letter" in t["instructions"] and "adjunta a la carta" in t["instructions_es"]
        why = Reason.from_json(t["why"])
        assert render(why, "en").endswith(f"(signed {signed_on}) went with the letter")
        assert f"(firmada el {signed_on}) iba adjunta a la carta" in render(why, "es")

        case = await o.case(WITHOUT, "mailsilent")
        t = await task(o, WITHOUT, case.id)
        assert "signed authorisation of the clinic" in case.last_error
        assert "have the client sign" in t["instructions"] and "firme el formulario" in t["instructions_es"]
        assert "attached to the letter" not in t["instructions"]
        assert render(Reason.from_json(t["why"]), "es").endswith("la carta no llevaba ninguna")
