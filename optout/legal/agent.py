"""An organisation acting as a person's authorised agent.

The law (../shared/BROKERS.md; the statutes and regulations named below):

* **California (CCPA/CPRA)**: a consumer may use an authorised agent for requests to delete, know
  and correct, and to opt out of sale or sharing (Cal. Civ. Code §1798.135(e); Cal. Code Regs. tit.
  11, §7063). The business may ask for proof of the consumer's *signed permission*, and may ask the
  consumer to verify their identity or confirm the permission directly.
* **Other US states**: what an agent may ask is each law's ``agent`` in
  :data:`optout.mail.STATE_LAWS`. Most (Colorado, C.R.S. §6-1-1306(1)(a)(II); Connecticut, Texas,
  §541.055(e); Oregon, Montana, Delaware, Nebraska, New Hampshire, New Jersey; Maryland only an
  individual) let an agent opt the consumer out of sale and targeted advertising, not delete;
  Virginia, Utah, Iowa, Tennessee, Indiana and Kentucky name no agent at all. Rhode Island's and
  Minnesota's rules are unverified (Minnesota, the Consumer Data Privacy Act as enacted in Minn.
  Stat. ch. 325O, Laws 2024 ch. 121, now §§325M.10 to 325M.21: §325M.14 subd. 1 (enacted §325O.05
  subd. 1), subd. 4(h) to subd. 5, and the definition of "authenticate" (enacted §325O.02(c), a
  request "made by or rightfully on behalf of the consumer") were read; subd. 2, where the trackers
  place its clause designating an agent, was not found in any copy of the text we could reach, on
  2026-12-01 nor again on 2026-12-02 (t32): so the code claims no agent right there): the letter is
  the person's own, sent for them, and says nothing about what that law allows an agent. Texas's agent
  clause (§541.055(e)) took effect on 2025-01-01, after the rest of its law: a letter dated before
  is the person's own. There the deletion request is the consumer's own, in their name, and the clinic only sends
  it for them: the letter says so, and the case records the capacity (:func:`role`).
* **GDPR**: the Regulation has no article on agents for the rights of Articles 15 to 22. Article 80
  lets a data subject mandate a not-for-profit body only to lodge a complaint and to seek the
  remedies of Articles 77 to 79 and 82, not to make a request to a controller; whether another
  person may make that request for them (a proxy, a power of attorney) is national law on
  representation, and a controller may check the representative's authority as it checks identity
  (Article 12(2) and (6); EDPB Guidelines 01/2022 on the right of access, v2.1, on requests made
  through third parties or proxies). The letter says that the data subject authorised the
  organisation in writing and encloses the authorisation, and claims no GDPR article for it.

The signed authorisation (a scan or PDF the person signed) is kept sealed with the person's key
(store record ``authorisation``), attached to every agent letter, and its SHA-256 quoted in the
letter so a broker can check the attachment is the one referred to. A recipe says whether its
broker takes agents (``legal.authorised_agents``); with ``no`` the letter stays in the person's name.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from optout.errors import OptoutError, said
from optout.files import TooLarge, read_capped
from optout.mail._letters import Law, Letter
from optout.recipe.schema import Recipe

if TYPE_CHECKING:
    from optout.store import Store
    from optout.vault import PersonKey

RECORD = "authorisation"
MAX_BYTES = 10 * 1024 * 1024


@dataclass
class Authorisation:
    filename: str
    content_type: str
    data: bytes
    signed_on: dt.date
    sha256: str

    def to_json(self) -> bytes:
        return json.dumps({"filename": self.filename, "content_type": self.content_type,
                           "data": base64.b64encode(self.data).decode(), "signed_on": self.signed_on.isoformat(),
                           "sha256": self.sha256}).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Authorisation:
        d = json.loads(raw)
        return cls(d["filename"], d["content_type"], base64.b64decode(d["data"]),
                   dt.date.fromisoformat(d["signed_on"]), d["sha256"])


def read_signed(path: Path, signed_on: dt.date, today: dt.date) -> Authorisation:
    """The signed authorisation file a person gave the organisation (PDF or image). OptoutError
    naming the file for one that is missing, empty, too big, of another kind, or dated ahead."""
    try:
        data = read_capped(path, MAX_BYTES)
    except TooLarge:
        raise said(OptoutError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; attach a smaller scan"),
                   "agent_scan_too_large", {"mb": MAX_BYTES // (1024 * 1024)}, source=str(path)) from None
    except OSError as e:
        raise said(OptoutError(f"{path}: cannot read the signed authorisation ({e.strerror})"),
                   "agent_scan_unreadable", source=str(path)) from None
    if not data:
        raise said(OptoutError(f"{path}: the signed authorisation is empty"), "agent_scan_empty", source=str(path))
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype not in ("application/pdf", "image/png", "image/jpeg"):
        raise said(OptoutError(f"{path}: a signed authorisation must be a PDF, PNG or JPEG"), "agent_scan_kind",
                   source=str(path))
    if signed_on > today:
        raise said(OptoutError(f"agent authorise --signed {signed_on.isoformat()}: a date in the future"),
                   "date_in_future", source=f"agent authorise --signed {signed_on.isoformat()}")
    # an opaque attachment name: the person's name never travels in a file name
    name = f"authorisation-{signed_on.isoformat()}{Path(path.name).suffix.lower()}"
    return Authorisation(name, ctype, data, signed_on, hashlib.sha256(data).hexdigest())


def role(law: Law) -> str:
    """In which capacity the organisation writes under ``law``: ``agent`` (it makes every request in
    the letter as the person's agent: CCPA, whose §1798.135(e) and regulation §7063 provide for it;
    GDPR, where the written mandate is the data subject's under the law on representation, no article
    of the Regulation: module docstring), ``opt_out_agent`` (agent for the opt-out only;
    the deletion is the person's own request, sent for them) or ``on_behalf`` (the law names no
    agent: the whole request is the person's own, sent for them). Recorded on the case."""
    if law.id in ("ccpa", "gdpr") or (law.id == "us_state" and law.agent == "deletion"):
        return "agent"
    if law.id == "us_state" and law.agent == "opt_out":
        return "opt_out_agent"
    return "on_behalf"  # opt_out_individual too: the organisation is no individual (Maryland)


def authority(law: Law, state: str | None, enclosed: bool = False) -> str:
    """The sentence that says in which capacity the organisation writes, from the letter's law
    (:func:`role`): never a right the agent does not have, and nothing about an agent rule that
    could not be verified (``Law.agent_verified``). ``enclosed``: a posted letter, whose
    authorisation is enclosed rather than attached."""
    att = "enclosed" if enclosed else "attached"
    if law.id == "ccpa":
        return ("California law allows a consumer to act through an authorised agent for requests to delete and to "
                "opt out (Cal. Civ. Code §§1798.135(e), 1798.140(ak); Cal. Code Regs. tit. 11, §7063). The "
                f"consumer's signed permission is {att}.")
    name = law.name.removeprefix("the ")
    if role(law) == "opt_out_agent":
        return (f"The {name} lets a consumer authorise an agent to opt out of the sale of their personal data and "
                f"of targeted advertising ({law.agent_cite}); we make that opt-out as their agent. The deletion "
                "request is the consumer's own, made in their name and signed by them; we only send it for them. "
                f"Their signed authorisation and instruction are {att}.")
    own = ("the request below is the consumer's own, made in their name and signed by them; we only send it for "
           f"them, at their written request, which is {att}.")
    if law.id == "us_state" and law.agent == "opt_out_individual":
        return (f"The {name} lets a consumer designate only an individual as their agent to opt out "
                f"({law.agent_cite}), and we are an organisation, so {own}")
    if law.id == "us_state" and law.agent_from is not None:
        return (f"The {name}'s provision for authorised agents ({law.agent_cite}) takes effect on "
                f"{law.agent_from.isoformat()}, after this request, so {own}")
    if law.id == "us_state" and not law.agent_verified:
        return f"We do not write as the consumer's authorised agent: {own}"
    if law.id == "us_state":
        return f"The {name} does not provide for authorised agents, so {own}"
    if law.id == "gdpr":
        # no GDPR article gives an agent these rights (Art. 80 is complaints and remedies only): the
        # written mandate is the data subject's, under the law on representation; the controller may
        # check it (Art. 12(6)). The letter cites nothing it cannot (module docstring)
        return ("The data subject has mandated us in writing to make this request for them; the signed "
                f"authorisation is {att}. If you have reasonable doubts about their identity (Article 12(6) GDPR) "
                "or about our authority, tell us and we will arrange for them to confirm it.")
    return ("The consumer has authorised us in writing to make this request on their behalf; the signed "
            f"authorisation is {att}.")


def accepts(recipe: Recipe) -> bool:
    """Whether an agent may write to this broker (not when its recipe says it refuses agents)."""
    return recipe.legal.authorised_agents != "no"


def _capacity(law: Law, person: str) -> str:
    return {"agent": f"writing as the authorised agent of {person}",
            "opt_out_agent": f"writing for {person}, as their authorised agent for the opt-out",
            "on_behalf": f"sending this request for {person}, at their written request"}[role(law)]


def _request_intro(law: Law, person: str) -> str:
    return {"agent": f"On {person}'s behalf, the request reads:",
            "opt_out_agent": f"The request, {person}'s own for the deletion and ours as agent for the opt-out, reads:",
            "on_behalf": f"{person}'s own request reads:"}[role(law)]


def signature(law: Law, person: str) -> str:
    """The capacity the organisation signs in under ``law`` (:func:`role`): "authorised agent of
    …", "authorised agent of … for the opt-out", or "sending this request for …"."""
    return {"agent": f"authorised agent of {person}",
            "opt_out_agent": f"authorised agent of {person} for the opt-out",
            "on_behalf": f"sending this request for {person}"}[role(law)]


def agent_letter(letter: Letter, recipe: Recipe, person_name: str, state: str | None, agent: object,
                 auth: Authorisation, token: str, address: str | None = None, enclosed: bool = False) -> Letter:
    """The person's letter rewritten in the agent's name: who writes, for whom, under which law,
    with the authorisation's date and SHA-256; the request itself as the person's, in full.
    ``address``: the agent's postal address (``optout.clinic.agent_postal_address``), in the
    signature's contact lines; None: the letter gives none. ``enclosed``: a posted letter (the
    authorisation is printed with it, :mod:`optout.legal.postal`), not an e-mail attachment."""
    a = agent
    name = getattr(a, "name")
    request = letter.body.split("\n\n", 1)[1].rsplit("\n\nSincerely,", 1)[0]  # without greeting and signature
    contact = "\n".join(x for x in (address, getattr(a, "email", None), getattr(a, "phone", None)) if x)
    signer = getattr(a, "signatory", None)
    body = (
        f"To the privacy team of {recipe.name},\n\n"
        f"We are {name}, {_capacity(letter.law, person_name)}. {authority(letter.law, state, enclosed)}\n"
        f"Authorisation signed on {auth.signed_on.isoformat()}, {'enclosed' if enclosed else 'attached'} as "
        f"{auth.filename} (SHA-256 {auth.sha256}).\n\n"
        f"{_request_intro(letter.law, person_name)}\n\n{request}\n\n"
        f"Please send your answer to {'the address above' if enclosed else 'the address this letter comes from'}, "
        "quoting the reference. If you need the "
        f"consumer to confirm this authorisation directly, tell us and we will arrange it.\n\n"
        f"Sincerely,\n{signer + ', for ' if signer else ''}{name}, {signature(letter.law, person_name)}\n"
        + (f"{contact}\n" if contact else "")
    )
    lead = {"agent": f"Authorised agent request for {person_name}",  # the subject says the capacity as the body
            # does (trial42: a clinic that is agent for the opt-out only wrote "Authorised agent request" above
            # a deletion request that is the person's own)
            "opt_out_agent": f"Request of {person_name}, sent for them, with an opt-out by their authorised agent",
            "on_behalf": f"Request of {person_name}, sent for them"}[role(letter.law)]
    if letter.subject.startswith("Request to"):
        subject = letter.subject.replace("Request to", f"{lead}: request to", 1)
    else:
        subject = f"{lead}: {letter.subject}"
    return Letter(subject, body, letter.law, care_of=letter.care_of)


async def load(store: Store, key: PersonKey, person_id: str) -> Authorisation | None:
    sealed = await store.get_record(person_id, RECORD)
    return Authorisation.from_json(key.open(sealed, f"record:{RECORD}")) if sealed else None


async def save(store: Store, key: PersonKey, person_id: str, auth: Authorisation, now: dt.datetime) -> None:
    await store.put_record(person_id, RECORD, key.seal(auth.to_json(), f"record:{RECORD}"), now)


FORM = """\
AUTHORISATION OF AN AUTHORISED AGENT

I, {person}, authorise {agent}{address} to act as my authorised agent to request, on my
behalf, that data brokers and other businesses delete my personal information, stop selling or
sharing it, and tell me what they hold, {under}. Where a law lets an agent make only some of these
requests, or none, I make those requests myself, in my own name, and ask {agent} to send them
for me. The agent may use my information only for these requests.
I may withdraw this authorisation at any time by telling the agent.

Signature: ______________________________   Date: ______________

Printed name: {person}
"""


def _under(law: Law | None) -> str:
    """The law the form names: the one the person's residence gives them (a signed form travels with
    every letter, so it never cites a law the person does not have: no CCPA for a Virginian), with
    its agent section only where that law lets an agent act."""
    if law is None or law.id == "courtesy":
        return "under the privacy laws that apply to me"
    if law.id == "ccpa":
        return ("under the California Consumer Privacy Act (Cal. Civ. Code §1798.135(e); "
                "Cal. Code Regs. tit. 11, §7063)")
    if law.id == "gdpr":
        return "under the General Data Protection Regulation (GDPR) and the data protection law where I live"
    name = law.name.removeprefix("the ")
    if role(law) == "opt_out_agent":
        return f"under the {name}, which lets me authorise an agent to opt out for me ({law.agent_cite})"
    return f"under the {name}"


#: The form in Spanish, below the English a Spanish-reading client signs: what they sign, in words
#: they read. The English above is what brokers receive; the law's and the agent's names stay as they are.
FORM_ES = """\
AUTORIZACIÓN DE UN AGENTE AUTORIZADO (traducción al español para la persona que firma; los
corredores reciben la versión en inglés de arriba, que es la que se firma)

Yo, {person}, autorizo a {agent}{address} a actuar como mi agente autorizado para pedir, en mi
nombre, que los corredores de datos y otras empresas borren mi información personal, dejen de
venderla o compartirla, y me digan qué datos tienen, {under}. Cuando una ley permita a un agente
hacer solo algunas de estas solicitudes, o ninguna, hago esas solicitudes yo, en mi propio nombre, y
pido a {agent} que las envíe por mí. El agente puede usar mi información solo para estas solicitudes.
Puedo retirar esta autorización en cualquier momento avisándole al agente.
"""


def _under_es(law: Law | None) -> str:
    """:func:`_under` in Spanish: the same law and section, the statute's own name kept."""
    if law is None or law.id == "courtesy":
        return "según las leyes de privacidad que me correspondan"
    if law.id == "ccpa":
        return ("según la Ley de Privacidad del Consumidor de California (California Consumer Privacy Act, "
                "Cal. Civ. Code §1798.135(e); Cal. Code Regs. tit. 11, §7063)")
    if law.id == "gdpr":
        return ("según el Reglamento General de Protección de Datos (RGPD) y la ley de protección de datos del "
                "lugar donde vivo")
    name = law.name.removeprefix("the ")
    if role(law) == "opt_out_agent":
        return (f"según la ley {name}, que me permite autorizar a un agente para que ejerza por mí el derecho a "
                f"oponerme (opt-out) ({law.agent_cite})")
    return f"según la ley {name}"


def form(person_name: str, agent: object, address: str | None = None, law: Law | None = None,
         language: str | None = None) -> str:
    """The text a person reads and signs (then `optout agent authorise PERSON FILE --signed DATE`);
    ``address``: the agent's postal address (``optout.clinic.agent_postal_address``), or none;
    ``law``: the law the person's residence gives them (``optout.mail.residence_law``), which the
    form cites (None: no law named); ``language``: the person's (``Person.language``): a Spanish
    reader's form carries its Spanish translation below the English they sign. For a language with
    no translation the form is English alone, and the caller says so (:func:`untranslated_form`)."""
    values = {"person": person_name, "agent": getattr(agent, "name"),
              "address": f", {address}," if address else ""}
    text = FORM.format(**values, under=_under(law))
    if (language or "").split("-")[0].split("_")[0].lower() == "es":
        text += "\n" + FORM_ES.format(**values, under=_under_es(law))
    return text


def untranslated_form(language: str | None) -> str | None:
    """The code of the person's language when the form has no translation into it (it is then in
    English alone: ``ht``, ``vi``, ``fa_AF``, ``fr``); None for English, Spanish or none said."""
    code = (language or "").strip()
    return code if code and code.split("-")[0].split("_")[0].lower() not in ("en", "es") else None
