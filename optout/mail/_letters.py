"""Legal deletion requests: which law a letter invokes, what it says, and when the answer is due.

A letter is chosen from the person's residence and the broker's jurisdiction
(:func:`choose_law`), carries only the identifiers the recipe names, and a reference token
(``OPT-7K2Q9X``) that replies quote. The texts are ours, plain and polite; they cite the law and
its clock so a broker's privacy desk can route them, and nothing else.

The law, in short (see ../shared/BROKERS.md and the statutes):

* **CCPA/CPRA** (California): delete, and stop selling or sharing; 45 calendar days to answer,
  once extendable by 45 with notice (Cal. Civ. Code §1798.130(a)(2)). Complaints: the California
  Privacy Protection Agency, or the Attorney General.
* **Other US state privacy laws** (Colorado, Connecticut, Virginia, Texas, Oregon and similar):
  delete and opt out of sale; 45 days, extendable once by 45. Complaints: that state's Attorney
  General.
* **GDPR Art. 17** (erasure) with Art. 21 (objection) for an EU/EEA/UK broker or resident: one
  month, extendable by two more when the broker says why (Art. 12(3)). Complaints: the
  supervisory authority where the person lives (Art. 77).
* Anywhere else in the US there is no statute: the letter asks for deletion as a courtesy and
  optout follows up once after 45 days.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from optout.usstates import STATES

if TYPE_CHECKING:  # annotations only: asking which law applies loads neither model
    from optout.person import Person
    from optout.recipe.schema import Recipe

LawId = Literal["ccpa", "us_state", "gdpr", "courtesy"]

#: US states with a comprehensive consumer privacy law giving a right to delete, in force by 2026.
STATE_LAWS: dict[str, str] = {
    "CO": "Colorado Privacy Act",
    "CT": "Connecticut Data Privacy Act",
    "DE": "Delaware Personal Data Privacy Act",
    "IA": "Iowa Consumer Data Protection Act",
    "IN": "Indiana Consumer Data Protection Act",
    "KY": "Kentucky Consumer Data Protection Act",
    "MD": "Maryland Online Data Privacy Act",
    "MN": "Minnesota Consumer Data Privacy Act",
    "MT": "Montana Consumer Data Privacy Act",
    "NE": "Nebraska Data Privacy Act",
    "NH": "New Hampshire Privacy Act",
    "NJ": "New Jersey Data Privacy Act",
    "OR": "Oregon Consumer Privacy Act",
    "RI": "Rhode Island Data Transparency and Privacy Protection Act",
    "TN": "Tennessee Information Protection Act",
    "TX": "Texas Data Privacy and Security Act",
    "UT": "Utah Consumer Privacy Act",
    "VA": "Virginia Consumer Data Protection Act",
}

#: Where GDPR applies: the EU, the EEA, and the UK (UK GDPR).
GDPR_COUNTRIES: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB UK EU EEA".split()
)

IDENTIFIER_LABELS: dict[str, str] = {
    "full_name": "Full name",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "email": "E-mail address",
    "phone": "Phone number",
    "street": "Street address",
    "city": "City",
    "state": "State",
    "zip": "ZIP code",
    "birth_date": "Date of birth",
    "birth_year": "Year of birth",
    "age": "Age",
}


@dataclass(frozen=True)
class Law:
    id: LawId
    name: str  # "the California Consumer Privacy Act (CCPA/CPRA)"
    answer_within: dt.timedelta
    extension: dt.timedelta  # how much longer the broker may take when it says so
    complaint: str  # where to complain when the broker does not answer; no value of the person

    def deadline(self, sent: dt.datetime) -> dt.datetime:
        if self.id == "gdpr":
            return add_month(sent)
        return sent + self.answer_within


def add_month(when: dt.datetime) -> dt.datetime:
    """One calendar month later (GDPR's "one month"): 31 January → 28/29 February."""
    year, month = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
    for day in (when.day, 30, 29, 28):
        try:
            return when.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def choose_law(person: Person, recipe: Recipe) -> Law:
    """The law a letter from ``person`` to ``recipe``'s broker invokes.

    A recipe that names a letter gets it; with ``auto`` (the default): an EU/EEA/UK broker, or a
    person living there, → GDPR; a Californian → CCPA; a resident of a state with its own privacy
    law → that law; anyone else → a courtesy request. A postal letter (no ``optout.email``,
    :mod:`optout.legal.postal`) chooses as ``auto`` does.
    """
    named = recipe.optout.email.letter if recipe.optout.email is not None else "auto"
    addr = person.current_address
    country = addr.country if addr else "US"
    state = addr.state if addr and country == "US" else None
    if named == "gdpr" or (named == "auto" and (
            any(j.upper() in GDPR_COUNTRIES for j in recipe.jurisdictions) or country in GDPR_COUNTRIES)):
        return gdpr()
    if named == "ccpa" or (named == "auto" and state == "CA"):
        return ccpa()
    if state in STATE_LAWS:
        return us_state(state)
    return courtesy(state)  # also when the recipe says us_state but the person's state has no such law


def ccpa() -> Law:
    return Law("ccpa", "the California Consumer Privacy Act, as amended by the CPRA (Cal. Civ. Code §1798.100 et seq.)",
               dt.timedelta(days=45), dt.timedelta(days=45),
               "File a complaint with the California Privacy Protection Agency (cppa.ca.gov, \"File a complaint\") "
               "or the California Attorney General (oag.ca.gov/privacy).")


def us_state(state: str) -> Law:
    name = STATE_LAWS[state]
    return Law("us_state", f"the {name}", dt.timedelta(days=45), dt.timedelta(days=45),
               f"File a consumer complaint with the {STATES[state]} Attorney General, who enforces the {name}.")


def gdpr() -> Law:
    return Law("gdpr", "Article 17 of the General Data Protection Regulation (GDPR)", dt.timedelta(days=31),
               dt.timedelta(days=61),
               "Lodge a complaint with the data protection authority where you live (GDPR Art. 77); "
               "the list is at edpb.europa.eu (\"Members\"), or ico.org.uk in the UK.")


def courtesy(state: str | None) -> Law:
    where = STATES.get(state or "", "your state")
    return Law("courtesy", "no privacy statute (a voluntary request)", dt.timedelta(days=45), dt.timedelta(days=45),
               f"{where} has no general privacy law with a right to delete: ask the broker again, or complain to "
               f"the {where} Attorney General or the FTC (reportfraud.ftc.gov) if the listing puts you at risk.")


def new_token() -> str:
    """A reference a reply can quote: ``OPT-`` and six characters no one confuses (no 0/O, 1/I)."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "OPT-" + "".join(secrets.choice(alphabet) for _ in range(6))


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str
    law: Law


def _identifiers(recipe: Recipe, values: dict[str, str]) -> list[tuple[str, str]]:
    """The details a letter gives: the e-mail opt-out's ``identifiers``, or for a postal letter the
    recipe's declared ``inputs`` (the values given are those fields only)."""
    fields = recipe.optout.email.identifiers if recipe.optout.email is not None else list(recipe.inputs)
    return [(IDENTIFIER_LABELS.get(f, f), values[f]) for f in fields if values.get(f)]


def compose(person: Person, recipe: Recipe, values: dict[str, str], token: str, sent: dt.datetime,
            law: Law | None = None) -> Letter:
    """The first request. ``values`` are the person's fields the recipe declared (nothing else is
    available, so nothing else can leak into the letter)."""
    law = law or choose_law(person, recipe)
    name = values.get("full_name") or " ".join(v for k in ("first_name", "last_name") if (v := values.get(k)))
    ids = "\n".join(f"  {label}: {value}" for label, value in _identifiers(recipe, values))
    due = law.deadline(sent).date().isoformat()
    if law.id == "gdpr":
        subject = f"Erasure request under GDPR Article 17 [{token}]"
        asks = (f"Under {law.name}, I ask you to erase all personal data you hold about me without undue delay, "
                "and, under Article 21, I object to any further processing of it for marketing, profiling or "
                "disclosure to others. Please also tell the recipients to whom you disclosed my data about this "
                "erasure (Article 19).")
        clock = (f"Article 12(3) requires an answer within one month of receipt, that is by {due}. "
                 "Please confirm in writing when my data has been erased.")
    elif law.id == "courtesy":
        subject = f"Request to delete my personal information [{token}]"
        asks = ("I ask you to delete all personal information you hold about me, to remove any listing or profile "
                "about me from your website and products, and to stop selling or sharing my information.")
        clock = f"I would be grateful for a confirmation by {due}."
    else:
        subject = f"Request to delete and to opt out of sale/sharing ({'CCPA' if law.id == 'ccpa' else 'state privacy law'}) [{token}]"
        asks = (f"Under {law.name}, I request that you delete all personal information you have collected or hold "
                "about me, including any listing or profile about me, and direct your service providers and "
                "contractors to do the same. I also opt out of the sale and sharing of my personal information.")
        clock = (f"The law requires a response within 45 days of receipt, that is by {due}. If you need more time, "
                 "please tell me why, as the law requires. Please confirm in writing when the deletion is done.")
    body = (
        f"To the privacy team of {recipe.name},\n\n{asks}\n\n"
        f"To find my records, please use only these details:\n{ids}\n\n"
        "Please use them only to process this request. If you cannot find me with them, tell me what else you "
        "need and why; do not ask for more than is needed to match your records.\n\n"
        f"{clock}\n\nPlease keep the reference {token} in the subject of your reply.\n\n"
        f"Sincerely,\n{name}\n"
    )
    return Letter(subject, body, law)


def compose_follow_up(recipe: Recipe, values: dict[str, str], token: str, sent: dt.datetime, law: Law,
                      now: dt.datetime) -> Letter:
    """The one reminder sent when the deadline passes without an answer."""
    name = values.get("full_name") or " ".join(v for k in ("first_name", "last_name") if (v := values.get(k)))
    subject = f"Follow-up: unanswered privacy request [{token}]"
    body = (
        f"To the privacy team of {recipe.name},\n\n"
        f"On {sent.date().isoformat()} I sent you a request to delete my personal information (reference {token}), "
        f"under {law.name}. The time to answer it has passed and I have not received a reply.\n\n"
        "Please complete the request and confirm it in writing. If you already answered, please send the answer "
        "again to this address, quoting the reference.\n\n"
        "If I receive no answer, I will take the matter to the regulator.\n\n"
        f"Sincerely,\n{name}\n"
    )
    return Letter(subject, body, law)
