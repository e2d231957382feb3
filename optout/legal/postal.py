"""A printable postal letter for a broker or a legal route that takes requests only by post.

A case whose opt-out is a letter (a ``manual`` opt-out without a web form, or a ``human`` step of
kind ``letter``) waits for a person (kind ``letter``). The human queue (dashboard and CLI) offers
this letter as a PDF: the deletion request of :func:`optout.mail.compose` (the law it cites, the
legal deadline, only the fields the recipe declares: data minimisation), dated, with a sender's
address and a line for the signature. The PDF is drawn by ReportLab (BSD, maintained since 2000,
pure-Python wheels; no browser to start for one page).

Who signs: the clinic as the client's **authorised agent** when it is set up (``agent.name``, and a
postal address: the clinic's, ``optout.clinic.agent_postal_address``); else the client, from their
own address. Without any postal address the letter cannot be answered: :func:`sender` raises
``MissingPersonField`` naming the field to fill (``clinic_postal_address`` when the clinic acts as
agent, else ``address``), and the case shows "needs information".

Printing is not sending: the case records ``letter_printed`` and the report says a letter was
printed, never that it was sent; the volunteer posts it and presses "I did it" (``optout done``).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from optout.errors import MissingPersonField
from optout.settings import Settings

#: The event a printed letter leaves on its case (the report's "event.letter_printed").
PRINTED = "letter_printed"


@dataclass(frozen=True)
class Sender:
    name: str
    address: str
    agent_for: str | None  # the client's name when the clinic writes as their authorised agent


def is_postal(recipe: object) -> bool:
    """A recipe whose request goes by post: a manual opt-out without a web form, or one with a
    ``human`` step of kind ``letter``."""
    opt = getattr(recipe, "optout", None)
    if opt is None:
        return False
    if opt.channel == "manual" and not opt.form_url:
        return True
    return any(getattr(s, "action", None) == "human" and getattr(s, "kind", None) == "letter"
               for s in (getattr(opt, "steps", None) or []))


def client_address(values: dict[str, str]) -> str | None:
    """The client's own one-line postal address from the declared fields, or None without a street."""
    if not values.get("street"):
        return None
    tail = " ".join(x for x in (values.get("state"), values.get("zip")) if x)
    return ", ".join(x for x in (values.get("street"), values.get("city"), tail) if x)


def sender(settings: Settings, client_name: str, values: dict[str, str]) -> Sender:
    """Who the letter is from (see the module's docstring). Raises ``MissingPersonField``."""
    from optout.clinic import agent_postal_address

    agent = settings.agent.name
    if agent:
        address = agent_postal_address(settings)
        if not address:
            raise MissingPersonField("the letter needs the clinic's postal address (Clinic settings)",
                                     field="clinic_postal_address")
        return Sender(agent, address, client_name)
    own = client_address(values)
    if not own:
        raise MissingPersonField("the letter needs a postal address for the answer: the client's street, city, "
                                 "state and ZIP (or set up the clinic as authorised agent)", field="address")
    return Sender(client_name, own, None)


def letter_pdf(*, subject: str, body: str, who: Sender, broker_name: str, broker_address: str | None,
               law_name: str, date: dt.date) -> bytes:
    """One letter as a PDF (US Letter, Helvetica), its text as given: the sender's block, the date,
    the broker's name and address (a line to write it on when the recipe knows none), the subject,
    the body, and a signature line. Returns the PDF's bytes."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    base = styles["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=inch, rightMargin=inch, topMargin=inch,
                            bottomMargin=inch, title=subject, author=who.name, subject=law_name)

    def para(text: str, style=base) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    head = who.name + (f", authorised agent of {who.agent_for}" if who.agent_for else "")
    story = [para(f"{head}\n{who.address}"), Spacer(1, 12), para(date.strftime("%B %d, %Y").replace(" 0", " ")),
             Spacer(1, 12),
             para(f"{broker_name}\n{broker_address or 'Address: ______________________________________'}"),
             Spacer(1, 12), para(f"Re: {subject}", styles["Heading4"]), Spacer(1, 6)]
    for chunk in body.split("\n\n"):
        story += [para(chunk), Spacer(1, 6)]
    story += [Spacer(1, 24), para("_______________________________"), para(head)]
    doc.build(story)
    return buf.getvalue()


__all__ = ["PRINTED", "Sender", "client_address", "is_postal", "letter_pdf", "sender"]
