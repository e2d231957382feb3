"""A printable postal letter for a broker or a legal route that takes requests only by post.

A case whose opt-out is a letter (a ``manual`` opt-out without a web form, or a ``human`` step of
kind ``letter``) waits for a person (kind ``letter``). The human queue (dashboard and CLI) offers
this letter as a PDF: the deletion request of :func:`optout.mail.compose` (the law it cites, the
time to answer counted from receipt, with no date: the day it arrives is unknown; only the fields
the recipe declares: data minimisation), dated, with a sender's
address and a line for the signature. The PDF is drawn by ReportLab (BSD, maintained since 2000,
pure-Python wheels; no browser to start for one page).

Who signs: the clinic, when it is set up as agent (``agent.name``, and a postal address: the
clinic's, ``optout.clinic.agent_postal_address``), the broker takes agents and the client's signed
authorisation is on file (``optout agent authorise``), in the capacity the letter's law gives it
(:func:`optout.legal.agent.role`: authorised agent; agent for the opt-out only, the deletion the
client's own; or the client's own request sent for them, which the client signs too), with the
signed authorisation printed after the letter (an image on a page of its own, a PDF's own pages) and
the letter saying it is enclosed; else the client, from their own address. Without any postal
address the letter cannot be answered: :func:`sender` raises ``MissingPersonField`` naming the
field to fill (``clinic_postal_address`` when the clinic acts as agent, else ``address``), and the
case shows "needs information". A signed authorisation that cannot be printed (a PDF that does not
open) raises ``OptoutError``: a letter never says a paper is enclosed that is not.

Printing is not sending: the case records ``letter_printed`` and the report says a letter was
printed, never that it was sent; the volunteer posts it and presses "I did it" (``optout done``).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from optout.errors import MissingPersonField, OptoutError, said
from optout.settings import Settings

#: The event a printed letter leaves on its case (the report's "event.letter_printed").
PRINTED = "letter_printed"


@dataclass(frozen=True)
class Sender:
    name: str
    address: str
    agent_for: str | None  # the client's name when the clinic writes for them (with their authorisation)


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


def sender(settings: Settings, client_name: str, values: dict[str, str], authorised: bool = True) -> Sender:
    """Who the letter is from (see the module's docstring): the clinic when it is set up as agent and
    ``authorised`` (the client's signed authorisation is on file and the broker takes agents), else
    the client. Raises ``MissingPersonField``."""
    from optout.clinic import agent_postal_address

    agent = settings.agent.name
    if agent and authorised:
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
               law_name: str, date: dt.date, capacity: str | None = None, signatures: list[str] | None = None,
               enclosure: Any = None) -> bytes:
    """One letter as a PDF (US Letter, Helvetica), its text as given: the sender's block (``capacity``:
    in which capacity the clinic writes, after its name), the date, the broker's name and address (a
    line to write it on when the recipe knows none), the subject, the body, and a signature line for
    each of ``signatures`` (default: the sender). ``enclosure``: the signed authorisation
    (:class:`optout.legal.agent.Authorisation`), printed after the letter under a heading that names
    it: an image scaled to a page, or the pages of a PDF (pypdf). Returns the PDF's bytes; raises
    ``OptoutError`` for an enclosure that cannot be printed."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    base = styles["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=inch, rightMargin=inch, topMargin=inch,
                            bottomMargin=inch, title=subject, author=who.name, subject=law_name)

    def para(text: str, style=base) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    head = who.name + (f", {capacity}" if capacity else "")
    story = [para(f"{head}\n{who.address}"), Spacer(1, 12), para(date.strftime("%B %d, %Y").replace(" 0", " ")),
             Spacer(1, 12),
             para(f"{broker_name}\n{broker_address or 'Address: ______________________________________'}"),
             Spacer(1, 12), para(f"Re: {subject}", styles["Heading4"]), Spacer(1, 6)]
    for chunk in body.split("\n\n"):
        story += [para(chunk), Spacer(1, 6)]
    for line in signatures or [head]:
        story += [Spacer(1, 24), para("_______________________________"), para(line)]
    if enclosure is not None:
        story += [PageBreak(), para(f"Enclosure: the signed authorisation ({enclosure.filename}), signed on "
                                    f"{enclosure.signed_on.isoformat()}, SHA-256 {enclosure.sha256}",
                                    styles["Heading4"])]
        if enclosure.content_type != "application/pdf":  # a scan (PNG/JPEG): on this page, scaled to fit
            from reportlab.lib.utils import ImageReader

            try:
                width, height = ImageReader(io.BytesIO(enclosure.data)).getSize()
            except Exception:  # Pillow's errors for a damaged image are of many kinds
                raise said(OptoutError("the signed authorisation is not an image that can be printed; record a new "
                                       "scan (optout agent authorise)"), "agent_scan_not_printable") from None  # its file name may carry the client's
            scale = min(doc.width / width, (doc.height - 60) / height, 1.0)
            story.append(Image(io.BytesIO(enclosure.data), width * scale, height * scale))
    doc.build(story)
    if enclosure is None or enclosure.content_type != "application/pdf":
        return buf.getvalue()
    return _append_pdf(buf.getvalue(), enclosure)


def _append_pdf(letter: bytes, enclosure: Any) -> bytes:
    """The letter's pages, then the signed PDF's own pages (pypdf: BSD, maintained; it reads the PDFs
    scanners and phones write, which ReportLab cannot import)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter)))
    try:
        signed = PdfReader(io.BytesIO(enclosure.data))
        if not signed.pages:
            raise PyPdfError("no pages")
        writer.append(signed)
    except (PyPdfError, ValueError, KeyError, OSError):
        # never its file name in the message: a scan is often named after the client
        raise said(OptoutError("the signed authorisation is a PDF that cannot be opened, so it cannot be enclosed; "
                               "record a new scan (optout agent authorise)"), "agent_scan_not_printable") from None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = ["PRINTED", "Sender", "client_address", "is_postal", "letter_pdf", "sender"]
