"""An organisation acting as a person's authorised agent.

The law (../shared/BROKERS.md; the statutes and regulations named below):

* **California (CCPA/CPRA)**: a consumer may use an authorised agent for requests to delete, know
  and correct, and to opt out of sale or sharing (Cal. Civ. Code §1798.135(e); Cal. Code Regs. tit.
  11, §7063). The business may ask for proof of the consumer's *signed permission*, and may ask the
  consumer to verify their identity or confirm the permission directly.
* **Colorado (CPA)**: a consumer may authorise another person to opt out on their behalf (C.R.S.
  §6-1-1306(1)(a)(II)); other rights (deletion, §6-1-1306(1)(d)) are the consumer's own, so the
  letter makes the deletion request on the consumer's signed instruction and the opt-out as agent.
* Elsewhere the agent writes on the person's signed authorisation without a statute naming agents.

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

from optout.errors import OptoutError
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
        data = path.read_bytes()
    except OSError as e:
        raise OptoutError(f"{path}: cannot read the signed authorisation ({e.strerror})") from None
    if not data:
        raise OptoutError(f"{path}: the signed authorisation is empty")
    if len(data) > MAX_BYTES:
        raise OptoutError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; attach a smaller scan")
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype not in ("application/pdf", "image/png", "image/jpeg"):
        raise OptoutError(f"{path}: a signed authorisation must be a PDF, PNG or JPEG")
    if signed_on > today:
        raise OptoutError(f"agent authorise --signed {signed_on.isoformat()}: a date in the future")
    # an opaque attachment name: the person's name never travels in a file name
    name = f"authorisation-{signed_on.isoformat()}{Path(path.name).suffix.lower()}"
    return Authorisation(name, ctype, data, signed_on, hashlib.sha256(data).hexdigest())


def authority(law: Law, state: str | None) -> str:
    """The sentence that says which law lets the agent act, for the letter's law and the person's state."""
    if law.id == "ccpa":
        return ("California law allows a consumer to act through an authorised agent (Cal. Civ. Code §1798.135(e); "
                "Cal. Code Regs. tit. 11, §7063). The consumer's signed permission is attached.")
    if law.id == "us_state" and state == "CO":
        return ("The Colorado Privacy Act allows a consumer to authorise another person to opt out on their behalf "
                "(C.R.S. §6-1-1306(1)(a)(II)); we make the opt-out as their agent, and the deletion request "
                "(§6-1-1306(1)(d)) on their signed instruction. Their signed authorisation is attached.")
    if law.id == "gdpr":
        return ("The data subject has authorised us in writing to exercise their rights on their behalf; the signed "
                "authorisation is attached.")
    return ("The consumer has authorised us in writing to make this request on their behalf; the signed "
            "authorisation is attached.")


def accepts(recipe: Recipe) -> bool:
    """Whether an agent may write to this broker (not when its recipe says it refuses agents)."""
    return recipe.legal.authorised_agents != "no"


def agent_letter(letter: Letter, recipe: Recipe, person_name: str, state: str | None, agent: object,
                 auth: Authorisation, token: str, address: str | None = None) -> Letter:
    """The person's letter rewritten in the agent's name: who writes, for whom, under which law,
    with the authorisation's date and SHA-256; the request itself as the person's, in full.
    ``address``: the agent's postal address (``optout.clinic.agent_postal_address``), in the
    signature's contact lines; None: the letter gives none."""
    a = agent
    name = getattr(a, "name")
    request = letter.body.split("\n\n", 1)[1].rsplit("\n\nSincerely,", 1)[0]  # without greeting and signature
    contact = "\n".join(x for x in (address, getattr(a, "email", None), getattr(a, "phone", None)) if x)
    signer = getattr(a, "signatory", None)
    body = (
        f"To the privacy team of {recipe.name},\n\n"
        f"We are {name}, writing as the authorised agent of {person_name}. {authority(letter.law, state)}\n"
        f"Authorisation signed on {auth.signed_on.isoformat()}, attached as {auth.filename} "
        f"(SHA-256 {auth.sha256}).\n\n"
        f"On {person_name}'s behalf, the request reads:\n\n{request}\n\n"
        "Please send your answer to the address this letter comes from, quoting the reference. If you need the "
        f"consumer to confirm this authorisation directly, tell us and we will arrange it.\n\n"
        f"Sincerely,\n{signer + ', for ' if signer else ''}{name}, authorised agent of {person_name}\n"
        + (f"{contact}\n" if contact else "")
    )
    lead = f"Authorised agent request for {person_name}"
    if letter.subject.startswith("Request to"):
        subject = letter.subject.replace("Request to", f"{lead}: request to", 1)
    else:
        subject = f"{lead}: {letter.subject}"
    return Letter(subject, body, letter.law)


async def load(store: Store, key: PersonKey, person_id: str) -> Authorisation | None:
    sealed = await store.get_record(person_id, RECORD)
    return Authorisation.from_json(key.open(sealed, f"record:{RECORD}")) if sealed else None


async def save(store: Store, key: PersonKey, person_id: str, auth: Authorisation, now: dt.datetime) -> None:
    await store.put_record(person_id, RECORD, key.seal(auth.to_json(), f"record:{RECORD}"), now)


FORM = """\
AUTHORISATION OF AN AUTHORISED AGENT

I, {person}, authorise {agent}{address} to act as my authorised agent to request, on my
behalf, that data brokers and other businesses delete my personal information, stop selling or
sharing it, and tell me what they hold, under the California Consumer Privacy Act (Cal. Civ. Code
§1798.135(e); Cal. Code Regs. tit. 11, §7063), the Colorado Privacy Act (C.R.S. §6-1-1306(1)(a)(II))
and the other privacy laws that apply to me. The agent may use my information only for these requests.
I may withdraw this authorisation at any time by telling the agent.

Signature: ______________________________   Date: ______________

Printed name: {person}
"""


def form(person_name: str, agent: object, address: str | None = None) -> str:
    """The text a person reads and signs (then `optout agent authorise PERSON FILE --signed DATE`);
    ``address``: the agent's postal address (``optout.clinic.agent_postal_address``), or none."""
    return FORM.format(person=person_name, agent=getattr(agent, "name"), address=f", {address}," if address else "")
