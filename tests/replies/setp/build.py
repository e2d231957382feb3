"""Assemble set P (tests/replies/setp): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setp/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set P answers removal and deletion requests with what earlier sets likely lack: the US states'
privacy laws beyond California (Texas, Virginia, Colorado, Connecticut, Oregon, Montana, Florida:
"your state's law does not apply to us", "we honour requests from residents of ...", appeals with
their own deadline), California's Delete Act and its DROP platform ("submit through DROP", "we
processed your request received via DROP"), brokers answering through ticketing systems (Zendesk
and Freshdesk headers, "Ticket #... has been solved", satisfaction surveys, a ticket closed with no
word about deletion), questions about which listing or which e-mail address, confirmations with a
suppression caveat, "removed, but public records may bring it back", one site of a broker family
removed and its sister sites not, an authorised agent refused without proof, notarised ID,
extensions (CCPA's 45 more days, GDPR Art. 12(3)), "closed because we could not verify you",
deletion promised at a future date, replies above our whole quoted letter, HTML-only mails with
tables, hidden preheaders and tracking pixels, links behind redirectors and safelinks and a link
whose text shows one host while its href goes to another, calendar invites (.ics) and PDF-only
replies, bounces and auto-replies in several languages, and encodings (UTF-16, ISO-8859-15,
windows-1256, Big5, EUC-KR, TIS-620, ...). Every name, address, domain and number is invented;
domains end in ``.example``, addresses of machines are documentation addresses (RFC 5737).

The body markup and the MIME helpers are set O's (the first 120 lines of its build.py, which were
read); the rest, the headers, the replies, the attachments (PDF, calendar), the delivery reports
and the assembly, was written anew:

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer (``> `` lines).

``form`` says how the mail is built: ``plain``, ``html`` (HTML only, :func:`html_of` or a
hand-written ``page``), ``alt`` (plain + HTML), ``pdf`` (a short plain part and the answer only in
an attached PDF letter), ``ics`` (plain + a calendar invitation), ``bounce`` (a mail server's
delivery report with the letter attached).
"""

from __future__ import annotations

import base64
import csv
import io
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, html_of, page, quote as _quote, encode as _encode,
    leaf as _leaf, multi as _multi)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []
START = datetime(2026, 11, 3, 7, 41, tzinfo=timezone.utc)
CLINIC = ("Clínica Legal Caminos", "bajas@caminos-legal.example")
CLINIC_EN = ("Northgate Immigrant Legal Aid", "privacy@northgate-ila.example")


# -- text (set O's markup, read in its first 120 lines) --------------------------------------------


def preheader(text: str) -> str:
    """The hidden preview line mail programs show beside the subject, never in the body."""
    return (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{_esc(text)}'
            + "&zwnj;&nbsp;" * 12 + "</div>\n")


def pixel(url: str) -> str:
    """A tracking pixel: a 1x1 image with no words."""
    return f'<img src="{_esc(url)}" width="1" height="1" alt="" style="display:block;border:0">\n'


# -- MIME ------------------------------------------------------------------------------------------


def _cte_for(charset: str, text: str) -> str:
    """How a part travels: ASCII as 7bit, UTF-16 and the CJK and Thai legacy charsets as base64,
    other 8-bit text as quoted-printable or 8bit (alternating, so both are in the set)."""
    if charset.lower() in ("utf-16", "big5", "euc-kr", "tis-620", "gb18030", "shift_jis"):
        return "base64"
    if text.isascii():
        return "7bit"
    return "quoted-printable" if len(text) % 2 else "8bit"


def pdf_letter(text: str) -> bytes:
    """A one-or-two-page PDF letter holding ``text`` (ReportLab, already optout's dependency for its
    postal letters; ``invariant`` keeps the bytes the same at every build)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 10.5)
    y = 740
    for para in text.strip().split("\n\n"):
        for line in textwrap.wrap(para.replace("\n", " "), 92) or [""]:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10.5)
                y = 740
            c.drawString(62, y, line)
            y -= 14
        y -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def ics_invite(summary: str, description: str, start: str, organiser: str, uid: str, location: str = "") -> str:
    """A calendar invitation (RFC 5545, METHOD:REQUEST) as a broker's scheduling tool sends one."""
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Invented Scheduling Desk//EN", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T120000Z", f"DTSTART:{start}",
             f"DURATION:PT30M", f"SUMMARY:{summary}", f"DESCRIPTION:{desc}",
             f"ORGANIZER;CN=Privacy Desk:mailto:{organiser}"]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# -- our letters, as the brokers quote them and the bounces return them ------------------------------

def letter_en(person: str, token: str, law: str = "the California Consumer Privacy Act (CCPA/CPRA)") -> str:
    return f"""Subject: Request to delete personal information ({token})

To the privacy team,

I write on behalf of {person}, as authorised agent, to request the deletion of all personal
information you hold about them under {law}. Please delete their profiles, listings and any
copies held by your service providers, and confirm in writing once the deletion is complete.

Reference: {token}

Please do not sell or share their personal information, and do not use this request for any
other purpose than to carry it out.

{CLINIC_EN[0]}
{CLINIC_EN[1]}
"""


def letter_es(person: str, token: str, law: str = "la Ley de Privacidad del Consumidor de California (CCPA/CPRA)") -> str:
    return f"""Asunto: Solicitud de eliminación de datos personales ({token})

Estimado equipo de privacidad:

Escribimos en nombre de {person}, como agente autorizado, para solicitar la eliminación de todos
los datos personales que ustedes tengan sobre esta persona conforme a {law}. Les pedimos
eliminar sus perfiles, anuncios y las copias que tengan sus proveedores, y confirmarnos por escrito
cuando la eliminación esté completa.

Referencia: {token}

{CLINIC[0]}
{CLINIC[1]}
"""


# -- the replies -----------------------------------------------------------------------------------

def add(file: str, lang: str, cls: str, sender: tuple[str, str], subject: str, body: str, *,
        domains: str = "", link: str = "", reason: str = "", form: str = "plain", charset: str = "utf-8",
        quoted: str = "", to: tuple[str, str] = CLINIC_EN, headers: dict[str, str] | None = None,
        html: str = "", pdf: str = "", ics: str = "", bounced: str = "", rtl: bool = False) -> None:
    """One reply: its text, how it is built, and its label (``domains`` default to the sender's)."""
    REPLIES.append({
        "file": file, "lang": lang, "class": cls, "sender": sender, "subject": subject, "body": body,
        "domains": domains or sender[1].split("@", 1)[1], "link": link, "reason": reason, "form": form,
        "charset": charset, "quoted": quoted, "to": to, "headers": headers or {}, "html": html, "pdf": pdf,
        "ics": ics, "bounced": bounced, "rtl": rtl,
    })


def _addr(pair: tuple[str, str]) -> str:
    name, address = pair
    return formataddr((name, address), charset="utf-8") if name else address


def _subject(text: str) -> str:
    return text if text.isascii() else Header(text, "utf-8").encode()


def _body(r: dict[str, object], n: int) -> bytes:
    body, quoted, charset = str(r["body"]), str(r["quoted"]), str(r["charset"])
    text = plain_of(body)
    if quoted:
        text += "\n" + _quote(quoted)
    cte = _cte_for(charset, text)
    form = r["form"]
    b = f"=_setp_{n:03d}"
    if form == "plain":
        return _leaf("plain", text, charset, cte)
    html = str(r["html"]) or html_of(body, quoted, charset, bool(r["rtl"]))
    hcte = _cte_for(charset, html)
    if form == "html":
        return _leaf("html", html, charset, hcte)
    if form == "alt":
        return _multi("alternative", [_leaf("plain", text, charset, cte), _leaf("html", html, charset, hcte)], b)
    if form == "pdf":
        name = f"response-{n:03d}.pdf"
        att = (f'Content-Type: application/pdf; name="{name}"\nContent-Disposition: attachment; '
               f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n').encode()
        att += base64.encodebytes(pdf_letter(str(r["pdf"])))
        return _multi("mixed", [_leaf("plain", text, charset, cte), att], b)
    if form == "ics":
        cal = _leaf("calendar", str(r["ics"]), "utf-8", "7bit", 'Content-Disposition: attachment; filename="invite.ics"\n')
        cal = cal.replace(b'Content-Type: text/calendar; charset="utf-8"',
                          b'Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"', 1)
        return _multi("mixed", [_leaf("plain", text, charset, cte), cal], b)
    if form == "bounce":
        sender_host = str(r["sender"][1]).split("@", 1)[1]
        failed = str(r["headers"].get("X-Failed-Recipient", f"privacy@{r['domains'].split()[0]}"))
        status = (f"Reporting-MTA: dns; {sender_host}\nArrival-Date: {format_datetime(START)}\n\n"
                  f"Final-Recipient: rfc822; {failed}\nAction: failed\nStatus: 5.1.1\n"
                  f"Remote-MTA: dns; mx.{failed.split('@', 1)[1]}\n"
                  f"Diagnostic-Code: smtp; 550 5.1.1 <{failed}>: Recipient address rejected: User unknown\n")
        ds = b"Content-Type: message/delivery-status\n\n" + status.encode()
        original = (f"From: {_addr(CLINIC_EN)}\nTo: {failed}\nSubject: Request to delete personal information\n"
                    f"Date: {format_datetime(START - timedelta(days=1))}\n"
                    f"Message-ID: <letter-{n:03d}@northgate-ila.example>\nMIME-Version: 1.0\n"
                    f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
                    + "\n".join(str(r["bounced"]).splitlines()[2:]) + "\n")  # the letter without its "Subject:" line
        rfc = b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + original.encode("utf-8")
        return _multi("report", [_leaf("plain", text, charset, cte), ds, rfc], b, '; report-type="delivery-status"')
    raise ValueError(f"set P: reply {r['file']}: unknown form {form!r}")


def _mail(r: dict[str, object], n: int) -> bytes:
    sender = r["sender"]
    host = str(sender[1]).split("@", 1)[1]
    date = START + timedelta(hours=5 * n, minutes=(37 * n) % 60)
    head = [f"From: {_addr(sender)}", f"To: {_addr(r['to'])}", f"Subject: {_subject(str(r['subject']))}",
            f"Date: {format_datetime(date)}", f"Message-ID: <setp-{n:03d}.{r['file'][:-4]}@{host}>"]
    if r["quoted"]:
        head.append(f"In-Reply-To: <letter-{n:03d}@northgate-ila.example>")
    head += [f"{k}: {v}" for k, v in r["headers"].items() if k != "X-Failed-Recipient"]
    head.append("MIME-Version: 1.0")
    return ("\n".join(head) + "\n").encode() + _body(r, n)


def main(out: Path = HERE) -> None:
    """Write every reply's .eml and labels.csv into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    seen = set()
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        for n, r in enumerate(REPLIES, 1):
            assert r["file"] not in seen, r["file"]
            seen.add(r["file"])
            (out / str(r["file"])).write_bytes(_mail(r, n))
            w.writerow({k: r[k] for k in COLUMNS} | {"class": r["class"]})


# -- senders (all invented) --------------------------------------------------------------------------

PEOPLEDEX = ("PeopleDex Privacy", "privacy@peopledex.example")
LONESTAR = ("LoneStar Records Privacy Office", "privacy@lonestar-records.example")
BLUERIDGE = ("Blue Ridge Data", "consumer-rights@blueridgedata.example")
SUMMIT = ("Summit Lists Compliance", "compliance@summitlists.example")
NUTMEG = ("Nutmeg Consumer Data", "privacy@nutmegdata.example")
CASCADE = ("Cascade Lookup", "optout@cascadelookup.example")
BIGSKY = ("BigSky Info Privacy", "privacy@bigskyinfo.example")
GULF = ("Gulfstream Leads Legal", "legal@gulfstreamleads.example")
TRUTRACE = ("TruTrace Support", "support@trutrace.zendesk.example")
NEST = ("RecordNest Help Desk", "help@recordnest.freshdesk.example")
KINSEARCH = ("KinSearch", "no-reply@kinsearch.example")
VERIPEOPLE = ("VeriPeople Privacy Team", "privacy@veripeople.example")
MERIDIAN = ("Meridian Marketing Data", "dataprivacy@meridiandata.example")
CLEARSIGHT = ("ClearSight Background Screening", "consumer.privacy@clearsightbg.example")
HOMEFIND = ("HomeFind Directory", "removals@homefind.example")
ADDRESSLY = ("Addressly Support", "support@addressly.example")
PHONEPATH = ("PhonePath", "privacy@phonepath.example")
CIVICREC = ("CivicRecords Online", "privacy@civicrecords.example")
DATAHAVEN = ("DataHaven B.V. – Privacy", "privacy@datahaven.example")
NORD = ("NordAdress AB Dataskydd", "dataskydd@nordadress.example")
HELLAS = ("Hellas Info – Προστασία Δεδομένων", "dpo@hellasinfo.example")
RODATA = ("RoData SRL – Protecția datelor", "dpo@rodata.example")
IBERICOS = ("Datos Ibéricos S.L. – Protección de Datos", "dpd@datosibericos.example")
ANNUAIRE = ("Annuaire Privé – Données personnelles", "dpo@annuaire-prive.example")
POSTMASTER = ("Mail Delivery System", "MAILER-DAEMON@mx1.northgate-ila.example")
POSTMASTER_ES = ("Sistema de entrega de correo", "MAILER-DAEMON@mx1.caminos-legal.example")

ZENDESK = {"X-Mailer": "Zendesk Mailer", "X-Zendesk-From-Account-Id": "7c41e0a", "X-Zendesk-Email-Id": "01JD8Q2ZK4",
           "Auto-Submitted": "auto-generated"}
FRESHDESK = {"X-Mailer": "Freshdesk", "X-FD-Email": "true", "X-Freshdesk-Ticket-Id": "30418"}
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}


# -- English ---------------------------------------------------------------------------------------

add("en-01.eml", "en", "confirmed", LONESTAR, "Your Texas privacy request – completed (ref. LSR-22817)", """
Hello,

We received your request to delete personal data under the Texas Data Privacy and Security Act
(TDPSA) on October 28, 2026 (reference LSR-22817).

We have completed your request. The personal data associated with the name and address you
provided has been deleted from our consumer database and from the people-search pages we publish.

If you have questions, reply to this message.

LoneStar Records Privacy Office
""")

add("en-02.eml", "en", "refused", BLUERIDGE, "Re: Request to delete personal information", """
Thank you for contacting Blue Ridge Data.

Blue Ridge Data honors consumer rights requests from residents of Virginia, Colorado and
Connecticut, as required by the privacy laws of those states. Based on the address in your
request, you reside in Georgia. Your state's law does not apply to us, and we are therefore
unable to act on your request to delete.

You may review our privacy notice at [blueridgedata.example/privacy](https://www.blueridgedata.example/privacy).

Consumer Rights Team
""", reason="law does not apply (state of residence)")

add("en-03.eml", "en", "refused", SUMMIT, "Decision on your Colorado Privacy Act request", """
Dear Consumer,

We have reviewed your request to delete under the Colorado Privacy Act (C.R.S. 6-1-1306).
The information we hold about you consists of publicly available information lawfully made
available from government records, which is not personal data under the Act. We have therefore
denied your request.

How to appeal: you may appeal this decision within 45 days of the date of this letter by replying
with the word APPEAL in the subject line or by using our [appeal form](https://summitlists.example/privacy/appeal).
We will answer your appeal within 45 days. If the appeal is denied you may contact the Colorado
Attorney General.

Summit Lists Compliance
""", reason="exempt (publicly available information)")

add("en-04.eml", "en", "confirmed", NUTMEG, "Your appeal – decision (Connecticut Data Privacy Act)", """
Hello,

You appealed our earlier decision on your deletion request under the Connecticut Data Privacy Act.

We have reviewed the appeal and reversed our decision. We have now deleted the personal data we
held about you, including the consumer profile and the mailing-list record linked to it.

Nutmeg Consumer Data – Privacy
""")

add("en-05.eml", "en", "needs_id", CASCADE, "Oregon Consumer Privacy Act request – action needed", """
Hi,

Before we can process a request under the Oregon Consumer Privacy Act we must confirm that you are
the consumer the request is about. Please reply with a copy of a recent utility bill or bank
statement showing your name and Oregon address, and the last four digits of the phone number
on the listing.

We will not process the request until we receive these documents.

Cascade Lookup
""")

add("en-06.eml", "en", "acknowledged", BIGSKY, "We received your privacy request", """
Thank you for your request under the Montana Consumer Data Privacy Act.

This is to confirm that we received it on November 2, 2026. We will respond within 45 days, as the
Act requires. No further action is needed from you at this time.

BigSky Info Privacy
""")

add("en-07.eml", "en", "refused", GULF, "Re: Deletion request", """
Good afternoon,

The Florida Digital Bill of Rights applies only to controllers with global gross annual revenues
over $1 billion that meet further conditions. Gulfstream Leads does not meet those thresholds and
is not subject to the Act, so we will not be processing your deletion request.

Regards,
Legal Department
""", reason="law does not apply (threshold)")

add("en-08.eml", "en", "needs_info", PEOPLEDEX, "About your California deletion request", """
Hello,

Thank you for reaching out. Californians can now ask every registered data broker to delete their
personal information with one request through the state's Delete Request and Opt-out Platform
(DROP), operated by the California Privacy Protection Agency.

We do not process deletion requests received by e-mail. Please submit your request through DROP
or through our [online form](https://www.peopledex.example/privacy/request).

PeopleDex Privacy
""")

add("en-09.eml", "en", "confirmed", VERIPEOPLE, "DROP deletion request processed", """
Dear California consumer,

We processed your deletion request received via DROP, the California Delete Request and Opt-out
Platform, on November 1, 2026. The personal information matching the identifiers in your DROP
request has been deleted, and we will check the DROP list again every 45 days so that it is not
collected again.

VeriPeople Privacy Team
""")

add("en-10.eml", "en", "refused", MERIDIAN, "Your DROP request", """
Hello,

We received a deletion request for you through the California Delete Request and Opt-out Platform
(DROP). We searched our databases with the identifiers DROP provided and could not match them to
any consumer record. No records were deleted.

Meridian Marketing Data
""", reason="no record")  # r36: was unsure ("no record matched": refused, BENCHMARKS.md pass 36)

add("en-11.eml", "en", "unsure", TRUTRACE, "[TruTrace] Re: Request to delete personal information", """
##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen it, reply to this email.

Kayla (TruTrace Support)
Nov 4, 2026, 10:12 PST

Hello, I'm marking this request as solved. Thanks for contacting TruTrace!

How would you rate the support you received?
[Good, I'm satisfied](https://support.trutrace.zendesk.example/requests/48213/satisfaction/new/good) [Bad, I'm unsatisfied](https://support.trutrace.zendesk.example/requests/48213/satisfaction/new/bad)

This email is a service from TruTrace Support. Delivered by Zendesk
""", domains="trutrace.example trutrace.zendesk.example", form="alt", headers=ZENDESK)

add("en-12.eml", "en", "confirmed", TRUTRACE, "[TruTrace] Re: Request to delete personal information", """
##- Please type your reply above this line -##

Your request (#48877) has been updated. To add additional comments, reply to this email.

Marcus (TruTrace Support)
Nov 6, 2026, 09:40 PST

Hi there, we have removed the listing you asked about and deleted the records behind it from our
database. It can take up to 48 hours for search engines to drop the old page.

Marcus (TruTrace Support)
Nov 3, 2026, 16:02 PST

Thank you for your request. A member of our team will review it shortly.

This email is a service from TruTrace Support. Delivered by Zendesk
""", domains="trutrace.example trutrace.zendesk.example", form="alt", headers=ZENDESK)

add("en-13.eml", "en", "acknowledged", NEST, "Ticket Received - Request to delete personal information", """
Dear Customer,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response
(usually within 5 business days).

To view the status of the ticket or add comments, please visit
[help.recordnest.example/support/tickets/30418](https://help.recordnest.example/support/tickets/30418)

Thank you for your patience.

Sincerely,
RecordNest Support Team
""", domains="recordnest.example recordnest.freshdesk.example help.recordnest.example", headers=FRESHDESK)

add("en-14.eml", "en", "other", NEST, "How did we do? Tell us about ticket #30102", """
Hi,

Your recent ticket #30102 was closed. We'd love to hear how we did.

[Great](https://help.recordnest.example/surveys/30102?rating=3) [Okay](https://help.recordnest.example/surveys/30102?rating=2) [Not good](https://help.recordnest.example/surveys/30102?rating=1)

Your feedback helps us improve.

RecordNest Support Team
""", domains="recordnest.example recordnest.freshdesk.example help.recordnest.example", form="html", headers=FRESHDESK)

add("en-15.eml", "en", "needs_info", HOMEFIND, "Re: Removal request – which listing?", """
Hello,

We found three listings that could match the person named in your request:

1. Rosa M. de la Cruz, age 40s, Fresno, CA
2. Rosa de la Cruz Villanueva, age 50s, Madera, CA
3. R. Villanueva de la Cruz, age 40s, Visalia, CA

Please reply with the number or the web address of the listing (or listings) you want removed.
We cannot remove a listing until you tell us which one.

HomeFind Removals
""")

add("en-16.eml", "en", "needs_info", ADDRESSLY, "Which e-mail address is on your account?", """
Hi,

Thanks for your deletion request. We could not find an account registered to the e-mail address
this request came from. Which e-mail address did you use when you signed up with Addressly?
Reply with it and we will continue with your request.

Addressly Support
""")

add("en-17.eml", "en", "confirmed", MERIDIAN, "Your deletion request is complete", """
Hello,

We have completed your request to delete. The personal information we held about you has been
deleted from our marketing databases.

Please note: to honour this request we will keep your name and postal address in a suppression
file, so that your information is not added to our databases again from another source. The
suppression file is used for no other purpose.

Meridian Marketing Data – Privacy
""")

add("en-18.eml", "en", "confirmed", CIVICREC, "Listing removed", """
Hello,

We have removed the listing you identified from CivicRecords Online.

Please be aware that we compile our pages from public records. If a court, county or other public
record containing your information is published again, information from public records may
appear again on our site. You can submit a new removal request at any time.

CivicRecords Online
""")

add("en-19.eml", "en", "unsure", PEOPLEDEX, "Re: Removal request", """
Hello,

We have removed your profile from PeopleDex.

Please note that FindMyKin and AddressTrail are sister sites operated by our company but keep
separate databases. Your request has not been applied to those sites. To remove your information
there, please submit a request on each of them:

[FindMyKin opt-out](https://www.findmykin.example/optout)
[AddressTrail opt-out](https://www.addresstrail.example/remove)

PeopleDex Privacy
""", domains="peopledex.example findmykin.example addresstrail.example")

add("en-20.eml", "en", "refused", CLEARSIGHT, "Request closed – authorized agent", """
Dear Sir or Madam,

We received a request to delete submitted by an authorized agent on behalf of a consumer. We did
not receive written permission signed by the consumer authorizing you to act on their behalf, and
the consumer has not verified their identity with us directly. For that reason we have denied the
request and closed it.

The consumer may submit a new request directly.

ClearSight Background Screening – Consumer Privacy
""", reason="authorised agent without proof")

add("en-21.eml", "en", "needs_id", PHONEPATH, "Identity verification required", """
Hello,

To protect the people listed in our directory, deletion requests must be accompanied by a
notarized copy of a government-issued photo ID, together with a signed and notarized statement
that the requester is the person named in the listing.

Please mail or e-mail the notarized documents to privacy@phonepath.example. Requests without
notarized identification will not be processed.

PhonePath Privacy
""")

add("en-22.eml", "en", "extended", VERIPEOPLE, "Update on your request to delete", """
Dear consumer,

We are writing about your request to delete personal information under the California Consumer
Privacy Act. Because of the number of requests we have received, we need more time: as the CCPA
permits, we are extending the time to respond by an additional 45 days. We expect to respond by
January 31, 2027.

VeriPeople Privacy Team
""")

add("en-23.eml", "en", "refused", ADDRESSLY, "Your privacy request has been closed", """
Hi,

Your privacy request (PR-66120) was closed because we could not verify your identity. We sent a
verification e-mail on October 21 and did not receive a response within 30 days.

If you still want us to act, please submit a new request.

Addressly Privacy
""", reason="identity not verified")

add("en-24.eml", "en", "acknowledged", HOMEFIND, "Your removal is scheduled", """
Hello,

Your removal request has been approved. Your listing will be removed in our next monthly
directory update, scheduled for January 15, 2027. Until then the listing remains visible.

HomeFind Removals
""")

add("en-25.eml", "en", "acknowledged", SUMMIT, "RE: Request to delete personal information (OPT-P7K2Q)", """
Received, thank you. We will get back to you.

Summit Lists Compliance
""", quoted=letter_en("Jean-Baptiste St. Fleur", "OPT-P7K2Q", "the Colorado Privacy Act"), form="alt")

add("en-26.eml", "en", "confirmed", KINSEARCH, "RE: Request to delete personal information (OPT-M4H8C)", """
Done. The records for this person have been removed from KinSearch and its backups queue.

KinSearch Privacy
""", quoted=letter_en("Nguyen Thi Lan", "OPT-M4H8C"))

add("en-27.eml", "en", "confirmed", VERIPEOPLE, "Your privacy request status", "", form="html", html=page(
    preheader("Status update for privacy request VP-2026-10-7731")
    + """<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td colspan="2" style="background:#0b3d91;color:#fff;padding:12px"><b>VeriPeople</b> Privacy Center</td></tr>
<tr><td style="padding:8px">Request ID</td><td style="padding:8px">VP-2026-10-7731</td></tr>
<tr><td style="padding:8px">Request type</td><td style="padding:8px">Delete my personal information</td></tr>
<tr><td style="padding:8px">Received</td><td style="padding:8px">October 30, 2026</td></tr>
<tr><td style="padding:8px">Status</td><td style="padding:8px"><b>Completed</b> &ndash; your personal information has been deleted</td></tr>
</table>
<p style="font-size:11px;color:#777">You received this e-mail because a privacy request was submitted for this address.
<a href="https://www.veripeople.example/privacy">Privacy policy</a></p>
""" + pixel("https://open.veripeople.example/o/VP7731.gif")))

add("en-28.eml", "en", "acknowledged", MERIDIAN, "Your privacy request update", "", form="html", html=page(
    preheader("Good news about your privacy request")
    + """<table role="presentation" width="600" cellpadding="6" cellspacing="0">
<tr><th align="left">Request</th><th align="left">Type</th><th align="left">Status</th></tr>
<tr><td>MMD-40917</td><td>Deletion</td><td>In progress &ndash; identity check passed</td></tr>
</table>
<p>We will e-mail you again when the request has been completed. Most requests are completed within 30 days.</p>
""" + pixel("https://t.mailstream-esp.example/open?m=MMD40917&r=1")))

add("en-29.eml", "en", "verify_link", CASCADE, "Confirm your opt-out request", """
Hi,

We received a request to remove a listing from Cascade Lookup. To confirm that you made this
request, please click the link below within 72 hours:

[Confirm my opt-out](https://nam12.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.cascadelookup.example%2Foptout%2Fconfirm%3Ftoken%3DcL9x44Qa&data=05%7C02%7Cprivacy%40northgate-ila.example&reserved=0)

If you did not make this request you can ignore this e-mail.

[Privacy policy](https://nam12.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.cascadelookup.example%2Fprivacy&data=05%7C02&reserved=0)

Cascade Lookup
""", link="https://nam12.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.cascadelookup.example%2Foptout%2Fconfirm%3Ftoken%3DcL9x44Qa&data=05%7C02%7Cprivacy%40northgate-ila.example&reserved=0",
    domains="cascadelookup.example")

add("en-30.eml", "en", "verify_link", HOMEFIND, "Please verify your removal request", """
Hello,

One more step: verify your e-mail address to complete your removal request.

[Verify my request](https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fremoval%2Fverify%3Fid%3DHF88213&sig=a91c)

Or copy this address into your browser:
https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fremoval%2Fverify%3Fid%3DHF88213&sig=a91c

[Unsubscribe](https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Funsubscribe&sig=77b0) | [Help](https://www.homefind.example/help)
""", link="https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fremoval%2Fverify%3Fid%3DHF88213&sig=a91c",
    domains="homefind.example", form="alt")

add("en-31.eml", "en", "verify_link", KINSEARCH, "Action required: confirm your KinSearch removal", "", form="html",
    domains="kinsearch.example", html=page("""
<p>Hello,</p>
<p>Your removal request is almost done. Click the link below to confirm it:</p>
<p><a href="https://kinsearch-secure-verify.example/c/confirm?t=Kq81ZzP0">https://www.kinsearch.example/optout/confirm?t=Kq81ZzP0</a></p>
<p>The link expires in 24 hours.</p>
<p>KinSearch</p>
"""))

add("en-32.eml", "en", "verify_link", ("TruTrace", "no-reply@trutrace.example"), "Verify your removal request", """
Hi,

Please confirm your TruTrace removal request by clicking the link below:

[https://www.trutrace.example/removal/verify?r=TT-55012](https://u2045.ct.sendgrid-mail.example/ls/click?upn=TT55012-verify-x7Q|-)

[Terms](https://www.trutrace.example/terms) · [Privacy](https://www.trutrace.example/privacy)
""", link="https://u2045.ct.sendgrid-mail.example/ls/click?upn=TT55012-verify-x7Q", domains="trutrace.example", form="html")

add("en-33.eml", "en", "needs_id", CLEARSIGHT, "Invitation: Identity verification call – privacy request", """
Hello,

Before we can act on your request to delete, a member of our consumer privacy team must verify
your identity by phone. We have scheduled a 30-minute call; please accept the attached invitation
and have a government-issued photo ID ready to show on video.

If the time does not suit you, reply with two other times.

ClearSight Background Screening – Consumer Privacy
""", form="ics", ics=ics_invite("Identity verification call – privacy request CS-19044",
    "Please have a government-issued photo ID ready. We cannot process the deletion without this call.",
    "20261118T170000Z", "consumer.privacy@clearsightbg.example", "cs-19044@clearsightbg.example",
    "https://meet.clearsightbg.example/j/19044"))

add("en-34.eml", "en", "acknowledged", BIGSKY, "Scheduled: deletion of your data", """
Hello,

Your deletion request has been approved. The deletion will run in our next scheduled data purge
on December 14, 2026. We have attached a calendar reminder for that date. Until then your data
remains in our systems.

BigSky Info Privacy
""", form="ics", ics=ics_invite("Scheduled data deletion – BigSky Info request BSI-3307",
    "Your personal data is scheduled to be deleted on this date.", "20261214T080000Z",
    "privacy@bigskyinfo.example", "bsi-3307@bigskyinfo.example"))

add("en-35.eml", "en", "confirmed", NUTMEG, "Response to your privacy request", """
Please see the attached letter regarding your request.
""", form="pdf", pdf="""
Nutmeg Consumer Data LLC - Privacy Office

November 9, 2026

Re: Request to delete personal data, reference NCD-88410

Dear Consumer,

We write in response to your request under the Connecticut Data Privacy Act. We have completed your request. All personal data we held about you, including your consumer profile, contact details and purchase-interest data, has been permanently deleted from our systems and from those of our processors.

We retain only a record that this request was made and answered, as the Act allows.

Sincerely,
Privacy Office
""")

add("en-36.eml", "en", "refused", CLEARSIGHT, "Your request – letter attached", """
Hello, our response is in the attached PDF.
""", form="pdf", reason="exempt (GLBA)", pdf="""
ClearSight Background Screening - Consumer Privacy

November 12, 2026

Re: Request to delete

We have reviewed your request to delete personal information. The information we maintain about you was collected under the Gramm-Leach-Bliley Act (GLBA) in connection with a financial product, and is exempt from deletion under Cal. Civ. Code 1798.145(e). We are therefore unable to delete it.

This decision does not affect your rights under the Fair Credit Reporting Act to dispute inaccurate information.

Consumer Privacy Team
""")

add("en-37.eml", "en", "bounce", POSTMASTER, "Undelivered Mail Returned to Sender", """
This is the mail system at host mx1.northgate-ila.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<privacy@gone-directory.example>: host mx.gone-directory.example[192.0.2.41] said: 550 5.1.1
    Recipient address rejected: User unknown (in reply to RCPT TO command)
""", domains="gone-directory.example", form="bounce", headers={"X-Failed-Recipient": "privacy@gone-directory.example"},
    bounced=letter_en("Olufemi Adeyemi-Okafor", "OPT-B2W9R"))

add("en-38.eml", "en", "auto_reply", ("Dana Whitfield", "dana.whitfield@summitlists.example"), "Automatic reply: Request to delete personal information", """
Thank you for your message. I am out of the office until Monday, November 16, with limited access
to e-mail. For privacy requests, please write to compliance@summitlists.example.

Dana Whitfield
""", domains="summitlists.example", headers=AUTO)

add("en-39.eml", "en", "extended", DATAHAVEN, "Your erasure request under the GDPR – extension", """
Dear data subject,

We received your request for erasure under Article 17 GDPR on 20 October 2026. Because of the
complexity and number of requests, we are extending the period to respond by two further months,
as permitted by Article 12(3) GDPR. We will reply by 20 January 2027 at the latest.

DataHaven B.V. – Data Protection Officer
""")

add("en-40.eml", "en", "confirmed", ("AnyLookup Privacy", "privacy@anylookup.example"), "Deletion completed", """
Hello,

This message confirms that AnyLookup has deleted the personal information associated with your
request (AL-71123). Your listing no longer appears in our search results.

AnyLookup Privacy
""", charset="utf-16")

add("en-41.eml", "en", "unsure", NEST, "Ticket #30377 closed", """
Hello,

This ticket has been closed because we have not heard back from you in 7 days. If you still need
help, simply reply to this e-mail and the ticket will be reopened.

RecordNest Support Team
""", domains="recordnest.example recordnest.freshdesk.example", headers=FRESHDESK)

add("en-42.eml", "en", "refused", BLUERIDGE, "Decision on your appeal", """
Hello,

We have reviewed your appeal of our decision on your request to delete under the Virginia Consumer
Data Protection Act. We uphold our original decision: the records we publish are derived from
public court and property records, which are publicly available information under Va. Code
59.1-575 and not subject to deletion.

If you are not satisfied, you may contact the Office of the Attorney General of Virginia.

Consumer Rights Team
""", reason="public records")

add("en-43.eml", "en", "acknowledged", PHONEPATH, "DROP request received", """
Hello,

We have received your deletion request through the California DROP platform. We will process it
within 45 days, as the Delete Act requires, and will not sell or share your personal information
in the meantime.

PhonePath Privacy
""")

add("en-44.eml", "en", "verify_link", ADDRESSLY, "Confirm your deletion request", """
Hi,

Someone (hopefully you) asked Addressly to delete the personal information linked to this e-mail
address. To confirm, open this link:

[Confirm deletion request](https://www.addressly.example/privacy/confirm?req=AD-40021&k=7f2e9c)

Don't want to receive these e-mails? [Unsubscribe](https://www.addressly.example/email/unsubscribe?u=88213).
Read our [privacy policy](https://www.addressly.example/privacy) or visit the [help center](https://support.addressly.example).

Addressly
""", link="https://www.addressly.example/privacy/confirm?req=AD-40021&k=7f2e9c", domains="addressly.example", form="alt")

add("en-45.eml", "en", "refused", LONESTAR, "Re: Request to delete", """
Hello,

LoneStar Records is a small business as defined by the United States Small Business
Administration and is exempt from the Texas Data Privacy and Security Act, except for its rule on
selling sensitive data, which we follow. We will therefore not delete the information in our
records.

LoneStar Records
""", reason="law does not apply (small business)")

add("en-46.eml", "en", "needs_id", VERIPEOPLE, "Authorized agent request – documents needed", """
Hello,

We received a request to delete from you as an authorized agent. Before we can process it, please
send us (1) the written permission signed by the consumer authorizing you to submit this request,
and (2) a copy of the consumer's government-issued ID, so that we can verify their identity.

VeriPeople Privacy Team
""")

add("en-47.eml", "en", "confirmed", NUTMEG, "Re: Request to delete", """
Hello,

We have deleted the personal data we held about you. As the Connecticut Data Privacy Act permits,
we keep a record of your request and of our answer for 24 months, which holds only your name and
the date.

Nutmeg Consumer Data – Privacy
""")


# -- Spanish ---------------------------------------------------------------------------------------

add("es-01.eml", "es", "confirmed", LONESTAR, "Su solicitud de privacidad de Texas – completada", """
Hola:

Recibimos su solicitud de eliminación de datos personales conforme a la Ley de Privacidad y
Seguridad de Datos de Texas (TDPSA), referencia LSR-23090.

Hemos completado su solicitud: los datos personales asociados al nombre y la dirección indicados
fueron eliminados de nuestra base de datos y de nuestras páginas de búsqueda de personas.

Oficina de Privacidad de LoneStar Records
""", to=CLINIC)

add("es-02.eml", "es", "refused", BLUERIDGE, "Re: Solicitud de eliminación de datos personales", """
Gracias por comunicarse con Blue Ridge Data.

Solo atendemos solicitudes de residentes de Virginia, Colorado y Connecticut, como lo exigen las
leyes de privacidad de esos estados. Según la dirección de su solicitud, usted reside en Carolina
del Norte. La ley de su estado no nos aplica, por lo que no podemos tramitar su solicitud de
eliminación.

Equipo de Derechos del Consumidor
""", to=CLINIC, reason="law does not apply (state of residence)")

add("es-03.eml", "es", "needs_info", PEOPLEDEX, "Sobre su solicitud de eliminación en California", """
Hola:

Gracias por escribirnos. Los residentes de California ahora pueden pedir a todos los corredores
de datos registrados que eliminen su información con una sola solicitud a través de la plataforma
DROP del estado (Delete Request and Opt-out Platform), administrada por la Agencia de Protección de
la Privacidad de California.

No tramitamos solicitudes de eliminación recibidas por correo electrónico. Por favor envíe su
solicitud a través de la plataforma DROP o de nuestro [formulario en línea](https://www.peopledex.example/es/privacidad/solicitud).

Privacidad de PeopleDex
""", to=CLINIC)

add("es-04.eml", "es", "confirmed", VERIPEOPLE, "Solicitud de eliminación de DROP procesada", """
Estimado consumidor de California:

Procesamos su solicitud de eliminación recibida a través de DROP el 1 de noviembre de 2026. La
información personal que coincide con los identificadores de su solicitud fue eliminada, y
revisaremos la lista de DROP cada 45 días para no volver a recopilarla.

Equipo de Privacidad de VeriPeople
""", to=CLINIC)

add("es-05.eml", "es", "unsure", TRUTRACE, "[TruTrace] Re: Solicitud de eliminación de datos personales", """
##- Escriba su respuesta encima de esta línea -##

Su solicitud (#48390) ha sido resuelta. Para volver a abrirla, responda a este correo electrónico.

Lucía (Soporte de TruTrace)
4 de nov. de 2026, 11:05 PST

Hola, marco esta solicitud como resuelta. ¡Gracias por comunicarse con TruTrace!

¿Cómo calificaría la atención que recibió?
[Buena, estoy satisfecho](https://support.trutrace.zendesk.example/requests/48390/satisfaction/new/good) [Mala, no estoy satisfecho](https://support.trutrace.zendesk.example/requests/48390/satisfaction/new/bad)

Este correo es un servicio de Soporte de TruTrace. Enviado por Zendesk
""", to=CLINIC, domains="trutrace.example trutrace.zendesk.example", form="alt", headers=ZENDESK)

add("es-06.eml", "es", "confirmed", TRUTRACE, "[TruTrace] Re: Solicitud de eliminación de datos personales", """
##- Escriba su respuesta encima de esta línea -##

Su solicitud (#48412) ha sido actualizada. Para añadir comentarios, responda a este correo.

Lucía (Soporte de TruTrace)
6 de nov. de 2026, 08:14 PST

Hola: eliminamos el perfil que nos indicó y borramos de nuestra base de datos los registros
asociados. Los buscadores pueden tardar hasta 48 horas en dejar de mostrar la página anterior.

Este correo es un servicio de Soporte de TruTrace. Enviado por Zendesk
""", to=CLINIC, domains="trutrace.example trutrace.zendesk.example", form="alt", headers=ZENDESK)

add("es-07.eml", "es", "needs_info", HOMEFIND, "Re: Solicitud de baja – ¿qué perfil?", """
Hola:

Encontramos varios perfiles que podrían corresponder a la persona de su solicitud:

1. María José Quispe, 40-49 años, Santa Ana, CA
2. María J. Quispe Mamani, 30-39 años, Anaheim, CA

Por favor indíquenos cuál de los perfiles desea eliminar (el número o la dirección web). No
podemos eliminar ningún perfil hasta saber cuál es.

Bajas de HomeFind
""", to=CLINIC)

add("es-08.eml", "es", "confirmed", MERIDIAN, "Su solicitud de eliminación está completa", """
Hola:

Hemos completado su solicitud de eliminación. La información personal que teníamos sobre usted
fue eliminada de nuestras bases de datos de mercadeo.

Tenga en cuenta que, para respetar su solicitud, conservaremos su nombre y dirección postal en un
archivo de supresión, para que su información no vuelva a agregarse desde otra fuente. Ese
archivo no se usa para ningún otro fin.

Privacidad de Meridian Marketing Data
""", to=CLINIC)

add("es-09.eml", "es", "confirmed", CIVICREC, "Perfil eliminado", """
Hola:

Hemos eliminado el perfil que usted indicó de CivicRecords Online.

Tenga en cuenta que nuestras páginas se elaboran con registros públicos. Si un tribunal o un
condado vuelve a publicar un registro con sus datos, la información de registros públicos puede
volver a aparecer en nuestro sitio. Puede enviar una nueva solicitud en cualquier momento.

CivicRecords Online
""", to=CLINIC)

add("es-10.eml", "es", "unsure", PEOPLEDEX, "Re: Solicitud de baja", """
Hola:

Eliminamos su perfil de PeopleDex.

FindMyKin y AddressTrail son sitios hermanos de nuestra empresa, pero tienen bases de datos
separadas: su solicitud no se aplicó en esos sitios. Para eliminar su información allí, envíe
una solicitud en cada uno:

[Baja en FindMyKin](https://www.findmykin.example/optout)
[Baja en AddressTrail](https://www.addresstrail.example/remove)

Privacidad de PeopleDex
""", to=CLINIC, domains="peopledex.example findmykin.example addresstrail.example")

add("es-11.eml", "es", "refused", CLEARSIGHT, "Solicitud cerrada – agente autorizado", """
Estimados señores:

Recibimos una solicitud de eliminación presentada por un agente autorizado en nombre de un
consumidor. No recibimos el permiso por escrito firmado por el consumidor que lo autorice a
actuar en su nombre, y el consumidor no verificó su identidad directamente con nosotros. Por
eso hemos rechazado la solicitud y la hemos cerrado.

El consumidor puede presentar una nueva solicitud directamente.

ClearSight Background Screening – Privacidad del Consumidor
""", to=CLINIC, reason="authorised agent without proof")

add("es-12.eml", "es", "needs_id", PHONEPATH, "Se requiere verificación de identidad", """
Hola:

Para proteger a las personas de nuestro directorio, toda solicitud de eliminación debe venir
acompañada de una copia notariada de una identificación oficial con fotografía y de una
declaración firmada ante notario de que quien la presenta es la persona del perfil.

No tramitaremos solicitudes sin identificación notariada.

Privacidad de PhonePath
""", to=CLINIC)

add("es-13.eml", "es", "extended", VERIPEOPLE, "Actualización sobre su solicitud de eliminación", """
Estimado consumidor:

Le escribimos sobre su solicitud de eliminación de información personal conforme a la CCPA. Debido
al número de solicitudes recibidas, necesitamos más tiempo: como lo permite la ley, ampliamos el
plazo de respuesta por 45 días adicionales. Esperamos responderle a más tardar el 31 de enero
de 2027.

Equipo de Privacidad de VeriPeople
""", to=CLINIC)

add("es-14.eml", "es", "refused", ADDRESSLY, "Su solicitud de privacidad fue cerrada", """
Hola:

Su solicitud de privacidad (PR-66341) fue cerrada porque no pudimos verificar su identidad. Le
enviamos un correo de verificación el 21 de octubre y no recibimos respuesta en 30 días.

Si aún desea que actuemos, envíe una nueva solicitud.

Privacidad de Addressly
""", to=CLINIC, reason="identity not verified")

add("es-15.eml", "es", "acknowledged", HOMEFIND, "Su baja está programada", """
Hola:

Su solicitud de baja fue aprobada. Sus datos serán eliminados el 15 de enero de 2027, en nuestra
próxima actualización mensual del directorio. Hasta entonces, el perfil seguirá visible.

Bajas de HomeFind
""", to=CLINIC)

add("es-16.eml", "es", "acknowledged", SUMMIT, "RE: Solicitud de eliminación de datos personales (OPT-S3N5V)", """
Recibido, gracias. Le responderemos pronto.

Summit Lists
""", to=CLINIC, quoted=letter_es("Rosa de la Cruz Villanueva", "OPT-S3N5V", "la Ley de Privacidad de Colorado"))

add("es-17.eml", "es", "confirmed", VERIPEOPLE, "Estado de su solicitud de privacidad", "", to=CLINIC, form="html", html=page(
    preheader("Actualización de su solicitud VP-2026-11-0412")
    + """<table role="presentation" width="600" cellpadding="8" cellspacing="0" style="border:1px solid #ddd">
<tr><td>N.º de solicitud</td><td>VP-2026-11-0412</td></tr>
<tr><td>Tipo</td><td>Eliminar mi información personal</td></tr>
<tr><td>Recibida</td><td>2 de noviembre de 2026</td></tr>
<tr><td>Estado</td><td><b>Completada</b>: su información personal fue eliminada</td></tr>
</table>
""" + pixel("https://open.veripeople.example/o/VP0412.gif")))

add("es-18.eml", "es", "verify_link", HOMEFIND, "Verifique su solicitud de baja", """
Hola:

Falta un paso: verifique su correo electrónico para completar su solicitud de baja.

[Verificar mi solicitud](https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fes%2Fbaja%2Fverificar%3Fid%3DHF90447&sig=3be1)

[Cancelar suscripción](https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Funsubscribe&sig=77b0) | [Ayuda](https://www.homefind.example/help)
""", to=CLINIC, link="https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fes%2Fbaja%2Fverificar%3Fid%3DHF90447&sig=3be1",
    domains="homefind.example", form="alt")

add("es-19.eml", "es", "verify_link", ADDRESSLY, "Confirme su solicitud de eliminación", """
Hola:

Alguien (esperamos que usted) pidió a Addressly eliminar la información personal vinculada a esta
dirección de correo. Para confirmarlo, abra este enlace:

[Confirmar la solicitud de eliminación](https://www.addressly.example/es/privacidad/confirmar?req=AD-40377&k=c01d55)

¿No desea recibir estos correos? [Cancelar suscripción](https://www.addressly.example/email/unsubscribe?u=90211).
Lea nuestra [política de privacidad](https://www.addressly.example/privacy).
""", to=CLINIC, link="https://www.addressly.example/es/privacidad/confirmar?req=AD-40377&k=c01d55", domains="addressly.example")

add("es-20.eml", "es", "refused", CIVICREC, "Respuesta a su solicitud (carta adjunta)", """
Adjuntamos nuestra respuesta en PDF.
""", to=CLINIC, form="pdf", reason="public records", pdf="""
CivicRecords Online - Privacidad

10 de noviembre de 2026

Asunto: Solicitud de eliminación, referencia CR-5521

Estimado/a solicitante:

Hemos revisado su solicitud. La información publicada proviene de registros judiciales y de propiedad que son públicos. Conforme a la ley, la información disponible públicamente en registros del gobierno no está sujeta a eliminación, por lo que no eliminaremos estos registros.

Atentamente,
Equipo de Privacidad
""")

add("es-21.eml", "es", "needs_id", CLEARSIGHT, "Invitación: llamada de verificación de identidad", """
Hola:

Antes de tramitar su solicitud de eliminación, un miembro de nuestro equipo debe verificar su
identidad por teléfono. Programamos una llamada de 30 minutos; acepte la invitación adjunta y
tenga a mano una identificación oficial con fotografía.

ClearSight Background Screening – Privacidad del Consumidor
""", to=CLINIC, form="ics", ics=ics_invite("Llamada de verificación de identidad – solicitud CS-19102",
    "Tenga a mano una identificación oficial con fotografía. Sin esta llamada no podemos eliminar sus datos.",
    "20261119T180000Z", "consumer.privacy@clearsightbg.example", "cs-19102@clearsightbg.example"))

add("es-22.eml", "es", "bounce", POSTMASTER_ES, "Correo no entregado: Solicitud de eliminación de datos personales", """
Este es el sistema de correo del servidor mx1.caminos-legal.example.

Lamentamos informarle que su mensaje no pudo entregarse a uno o más destinatarios. Se adjunta
a continuación.

<bajas@directorio-latino.example>: el servidor mx.directorio-latino.example[198.51.100.23]
respondió: 550 5.1.1 Dirección de destinatario rechazada: usuario desconocido
""", to=CLINIC, domains="directorio-latino.example", form="bounce",
    headers={"X-Failed-Recipient": "bajas@directorio-latino.example"},
    bounced=letter_es("María José Quispe Mamani", "OPT-Q8D1L"))

add("es-23.eml", "es", "auto_reply", ("Verónica Salcedo", "v.salcedo@datosibericos.example"), "Respuesta automática: Solicitud de supresión", """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de noviembre, sin acceso al correo.
Para asuntos de protección de datos, escriba a dpd@datosibericos.example.

Verónica Salcedo
""", to=CLINIC, domains="datosibericos.example", headers=AUTO)

add("es-24.eml", "es", "confirmed", IBERICOS, "Derecho de supresión – resolución", """
Estimado/a interesado/a:

En relación con su solicitud de supresión conforme al artículo 17 del RGPD, le informamos de que
hemos suprimido todos sus datos personales de nuestros ficheros. El ejercicio de este derecho es
gratuito (0 €).

Datos Ibéricos S.L. - Delegado de Protección de Datos
""", to=CLINIC, charset="iso-8859-15")

add("es-25.eml", "es", "acknowledged", KINSEARCH, "Su petición de borrado ha sido recibido", """
Estimado usuario,

Gracias por su petición. Su petición de borrado de datos ha sido recibido por nuestro equipo y
será procesado en el orden de llegada. Nosotros le contactaremos cuando el proceso sea terminado.

Saludos cordiales,
El equipo de KinSearch
""", to=CLINIC)

add("es-26.eml", "es", "confirmed", ("Carlos – PhonePath Support", "support@phonepath.example"), "Re: su request", """
Hola! Your request fue procesada y el profile de la señora ya fue removido de PhonePath. Ya no
aparece en las búsquedas. Any questions, nos avisa.

Carlos
PhonePath Support
""", to=CLINIC)

add("es-27.eml", "es", "refused", SUMMIT, "Decisión sobre su solicitud (Ley de Privacidad de Colorado)", """
Estimado consumidor:

Revisamos su solicitud de eliminación conforme a la Ley de Privacidad de Colorado. La información
que tenemos sobre usted es información disponible públicamente en registros del gobierno, que no
son datos personales según la ley. Por eso hemos denegado su solicitud.

Cómo apelar: puede apelar esta decisión dentro de los 45 días siguientes a la fecha de esta carta
respondiendo con la palabra APELACIÓN en el asunto. Responderemos a su apelación en un plazo de
45 días.

Cumplimiento de Summit Lists
""", to=CLINIC, reason="exempt (publicly available information)")

add("es-28.eml", "es", "extended", IBERICOS, "Su solicitud de supresión – ampliación del plazo", """
Estimado/a interesado/a:

Hemos recibido su solicitud de supresión. Dada la complejidad y el número de solicitudes, el plazo
para responder se prorroga dos meses más, conforme al artículo 12, apartado 3, del RGPD. Le
responderemos antes del 5 de febrero de 2027.

Datos Ibéricos S.L. – Delegado de Protección de Datos
""", to=CLINIC)

add("es-29.eml", "es", "unsure", NEST, "Ticket #30455 cerrado", """
Hola:

Su ticket #30455 ha sido cerrado. Si necesita más ayuda, responda a este correo y el ticket se
volverá a abrir.

Equipo de Soporte de RecordNest
""", to=CLINIC, domains="recordnest.example recordnest.freshdesk.example", headers=FRESHDESK)

add("es-30.eml", "es", "needs_info", ADDRESSLY, "¿Qué correo electrónico usó?", """
Hola:

Gracias por su solicitud de eliminación. No encontramos ninguna cuenta registrada con el correo
desde el que nos escribió. ¿Con qué dirección de correo electrónico se registró en Addressly?
Respóndanos con ella y continuaremos con su solicitud.

Soporte de Addressly
""", to=CLINIC)

add("es-31.eml", "es", "confirmed", VERIPEOPLE, "Solicitud duplicada", """
Hola:

Ya habíamos recibido una solicitud para esta persona (ticket VP-2026-09-1188). Esa solicitud se
completó el 3 de octubre de 2026: sus datos fueron eliminados en esa fecha y no tenemos ningún
otro registro. Cerramos esta solicitud por estar duplicada.

Equipo de Privacidad de VeriPeople
""", to=CLINIC)

add("es-32.eml", "es", "verify_link", CASCADE, "Confirme su solicitud de baja", """
Hola:

Recibimos una solicitud para eliminar un perfil de Cascade Lookup. Para confirmar que usted la
hizo, haga clic en el enlace dentro de las próximas 72 horas:

[Confirmar mi baja](https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.cascadelookup.example%2Fes%2Fbaja%2Fconfirmar%3Ftoken%3DqT5m20Lp&data=05%7C02%7Cbajas%40caminos-legal.example&reserved=0)

Si no hizo esta solicitud, ignore este correo.

Cascade Lookup
""", to=CLINIC, link="https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.cascadelookup.example%2Fes%2Fbaja%2Fconfirmar%3Ftoken%3DqT5m20Lp&data=05%7C02%7Cbajas%40caminos-legal.example&reserved=0",
    domains="cascadelookup.example", form="alt")

add("es-33.eml", "es", "acknowledged", PHONEPATH, "DROP request received / Solicitud de DROP recibida", """
(Español abajo)

We have received your deletion request through the California DROP platform. We will process it
within 45 days, as the Delete Act requires.

Recibimos su solicitud de eliminación a través de la plataforma DROP de California. La
procesaremos dentro de 45 días, como lo exige la Ley de Eliminación (Delete Act). Mientras tanto no
venderemos ni compartiremos su información personal.

PhonePath Privacy
""", to=CLINIC)


# -- Portuguese, Haitian Creole, French --------------------------------------------------------------

add("pt-01.eml", "pt", "confirmed", VERIPEOPLE, "Pedido de exclusão do DROP processado", """
Prezado consumidor da Califórnia,

Processamos o seu pedido de exclusão recebido pelo DROP em 1º de novembro de 2026. As informações
pessoais que correspondem aos identificadores do seu pedido foram excluídas, e vamos consultar a
lista do DROP a cada 45 dias para não voltar a coletá-las.

Equipe de Privacidade da VeriPeople
""")

add("pt-02.eml", "pt", "needs_id", PHONEPATH, "Verificação de identidade necessária", """
Olá,

Para proteger as pessoas do nosso diretório, todo pedido de exclusão deve vir acompanhado de uma
cópia autenticada em cartório (reconhecida por notário) de um documento oficial com foto.

Não processaremos pedidos sem essa cópia autenticada.

Privacidade da PhonePath
""")

add("pt-03.eml", "pt", "acknowledged", TRUTRACE, "[TruTrace] Recebemos a sua solicitação (#48455)", """
##- Digite sua resposta acima desta linha -##

Sua solicitação (#48455) foi recebida e está sendo analisada pela nossa equipe de suporte.

Para adicionar comentários, responda a este e-mail.

Este e-mail é um serviço do Suporte TruTrace. Enviado por Zendesk
""", domains="trutrace.example trutrace.zendesk.example", headers=ZENDESK)

add("pt-04.eml", "pt", "refused", BLUERIDGE, "Re: Pedido de exclusão de dados pessoais", """
Obrigado por entrar em contato com a Blue Ridge Data.

Atendemos pedidos apenas de residentes da Virgínia, do Colorado e de Connecticut, conforme as leis
de privacidade desses estados. Pelo endereço informado, a senhora reside em Massachusetts. A lei
do seu estado não se aplica a nós, e por isso não podemos atender ao pedido de exclusão.

Equipe de Direitos do Consumidor
""", reason="law does not apply (state of residence)")

add("pt-05.eml", "pt", "auto_reply", ("Fernanda Lopes", "fernanda.lopes@kinsearch.example"), "Resposta automática: Pedido de exclusão de dados", """
Olá! Estou de férias até 20 de novembro, sem acesso ao e-mail. Em caso de urgência, escreva para
privacy@kinsearch.example.

Fernanda Lopes
""", domains="kinsearch.example", headers=AUTO)

add("pt-06.eml", "pt", "verify_link", ADDRESSLY, "Confirme o seu pedido de exclusão", """
Olá,

Recebemos um pedido para excluir as informações pessoais ligadas a este e-mail. Para confirmar,
clique no link abaixo:

[Confirmar o pedido de exclusão](https://www.addressly.example/pt/privacidade/confirmar?req=AD-40502&k=9ad113)

Não quer mais receber estes e-mails? [Cancelar inscrição](https://www.addressly.example/email/unsubscribe?u=90877).
""", link="https://www.addressly.example/pt/privacidade/confirmar?req=AD-40502&k=9ad113", domains="addressly.example", form="alt")

add("ht-01.eml", "ht", "confirmed", CIVICREC, "Nou retire enfòmasyon ou", """
Bonjou,

Nou retire paj ki gen enfòmasyon ou sou CivicRecords Online la.

Tanpri konnen nou fè paj nou yo ak dosye piblik. Si yon tribinal oswa yon konte pibliye yon dosye
piblik ankò, enfòmasyon ki soti nan dosye piblik yo ka parèt ankò sou sit nou an.

CivicRecords Online
""")

add("ht-02.eml", "ht", "needs_id", CASCADE, "Nou bezwen verifye idantite ou", """
Bonjou,

Anvan nou ka trete demann ou an, nou bezwen yon kopi kat idantite ofisyèl ou ak foto, ak yon
bòdwo elektrisite oswa dlo ki gen non ou ak adrès ou. Tanpri reponn imèl sa a ak dokiman yo.

Cascade Lookup
""")

add("ht-03.eml", "ht", "acknowledged", KINSEARCH, "Demann ou te resevwa", """
Chè itilizatè,

Mèsi pou demann ou. Demann efase done ou te resevwa pa ekip nou an epi li pral trete nan lòd li
te rive a. Nou pral kontakte ou lè pwosesis la fini.

Ekip KinSearch
""")

add("ht-04.eml", "ht", "refused", CLEARSIGHT, "Demann fèmen – ajan otorize", """
Bonjou,

Nou resevwa yon demann pou efase done yon moun, ke yon ajan otorize voye. Nou pa resevwa pèmisyon
ekri moun nan siyen pou li otorize ajan an, e moun nan pa verifye idantite li avèk nou. Se pou sa
nou refize demann nan e nou fèmen li.

ClearSight Background Screening
""", reason="authorised agent without proof")

add("ht-05.eml", "ht", "unsure", PEOPLEDEX, "Re: Demann pou retire enfòmasyon", """
Bonjou,

Nou retire pwofil ou sou PeopleDex.

FindMyKin ak AddressTrail se sit sè konpayi nou an, men yo gen baz done pa yo. Demann ou an pa
aplike sou sit sa yo. Pou retire enfòmasyon ou la, voye yon demann sou chak sit.

PeopleDex Privacy
""", domains="peopledex.example findmykin.example addresstrail.example")

add("fr-01.eml", "fr", "extended", ANNUAIRE, "Votre demande d'effacement – prolongation du délai", """
Madame, Monsieur,

Nous avons bien reçu votre demande d'effacement au titre de l'article 17 du RGPD. Compte tenu de
la complexité et du nombre de demandes, le délai de réponse est prolongé de deux mois,
conformément à l'article 12, paragraphe 3, du RGPD. Nous vous répondrons au plus tard le
10 février 2027.

Le délégué à la protection des données
Annuaire Privé
""")

add("fr-02.eml", "fr", "confirmed", ANNUAIRE, "Votre demande d'effacement – traitée", """
Madame, Monsieur,

Nous avons effacé l'ensemble des données personnelles vous concernant de notre annuaire et de nos
fichiers.

Afin de respecter votre demande dans la durée, nous conservons votre nom et votre adresse dans une
liste d'opposition, utilisée uniquement pour éviter que vos données ne soient à nouveau collectées.

Le délégué à la protection des données
Annuaire Privé
""", charset="iso-8859-15")

add("fr-03.eml", "fr", "bounce", ("Système de distribution du courrier", "MAILER-DAEMON@mx1.northgate-ila.example"), "Non distribuable : Demande de suppression de données", """
Ceci est le système de messagerie de mx1.northgate-ila.example.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<rgpd@annuaire-ancien.example> : l'hôte mx.annuaire-ancien.example[203.0.113.9] a répondu :
550 5.1.1 Adresse du destinataire refusée : utilisateur inconnu
""", domains="annuaire-ancien.example", form="bounce", headers={"X-Failed-Recipient": "rgpd@annuaire-ancien.example"},
    bounced=letter_en("Aïcha Diallo-Benali", "OPT-F6R3T", "the GDPR (Article 17)"))

add("fr-04.eml", "fr", "auto_reply", ("Service Client Annuaire Privé", "contact@annuaire-prive.example"), "Réponse automatique : nous avons bien reçu votre message", """
Bonjour,

Ceci est une réponse automatique : nos bureaux sont fermés jusqu'au 2 novembre. Votre message sera
traité à notre retour. Merci de ne pas répondre à ce message.

Le service client
""", domains="annuaire-prive.example", headers=AUTO)

add("fr-05.eml", "fr", "needs_info", ANNUAIRE, "Votre demande – quelle fiche ?", """
Madame, Monsieur,

Plusieurs fiches de notre annuaire pourraient correspondre à la personne nommée dans votre
demande (à Lyon, à Villeurbanne et à Vénissieux). Merci de nous indiquer l'adresse web de la fiche
à supprimer, ou l'adresse postale qui y figure, afin que nous supprimions la bonne.

Le délégué à la protection des données
""")


# -- Vietnamese, Chinese, Korean, Tagalog, Arabic, Russian ----------------------------------------------

add("vi-01.eml", "vi", "confirmed", LONESTAR, "Yêu cầu quyền riêng tư của bạn đã hoàn tất", """
Xin chào,

Chúng tôi đã nhận được yêu cầu xóa dữ liệu cá nhân của bạn theo Đạo luật Bảo mật và An ninh Dữ
liệu Texas (TDPSA), mã số LSR-23311.

Chúng tôi đã hoàn tất yêu cầu: dữ liệu cá nhân gắn với tên và địa chỉ bạn cung cấp đã được xóa
khỏi cơ sở dữ liệu và các trang tìm kiếm người của chúng tôi.

Văn phòng Quyền riêng tư LoneStar Records
""")

add("vi-02.eml", "vi", "acknowledged", HOMEFIND, "Việc xóa thông tin của bạn đã được lên lịch", """
Xin chào,

Yêu cầu xóa của bạn đã được chấp thuận. Thông tin của bạn sẽ được xóa vào ngày 15 tháng 1 năm
2027, trong lần cập nhật danh bạ hàng tháng tiếp theo. Cho đến lúc đó, hồ sơ vẫn hiển thị.

HomeFind
""")

add("vi-03.eml", "vi", "needs_id", CASCADE, "Cần xác minh danh tính", """
Xin chào,

Trước khi xử lý yêu cầu theo Đạo luật Quyền riêng tư Người tiêu dùng Oregon, chúng tôi cần xác
nhận bạn là người có tên trong yêu cầu. Vui lòng gửi bản sao hóa đơn điện nước gần đây có tên và
địa chỉ của bạn tại Oregon.

Cascade Lookup
""")

add("vi-04.eml", "vi", "verify_link", KINSEARCH, "Xác nhận yêu cầu gỡ bỏ của bạn", """
Xin chào,

Vui lòng bấm vào liên kết dưới đây để xác nhận yêu cầu gỡ bỏ thông tin của bạn khỏi KinSearch.
Liên kết hết hạn sau 24 giờ.

[Xác nhận yêu cầu](https://www.kinsearch.example/vi/optout/confirm?t=Vn42hPq8)

[Chính sách quyền riêng tư](https://www.kinsearch.example/privacy) | [Hủy đăng ký](https://www.kinsearch.example/unsubscribe?u=5521)
""", link="https://www.kinsearch.example/vi/optout/confirm?t=Vn42hPq8", domains="kinsearch.example", form="alt")

add("vi-05.eml", "vi", "refused", ADDRESSLY, "Yêu cầu của bạn đã bị đóng", """
Xin chào,

Yêu cầu quyền riêng tư của bạn (PR-66502) đã bị đóng vì chúng tôi không thể xác minh danh tính
của bạn. Chúng tôi đã gửi email xác minh ngày 21 tháng 10 và không nhận được phản hồi trong 30 ngày.

Nếu bạn vẫn muốn, vui lòng gửi yêu cầu mới.

Addressly
""", reason="identity not verified")

add("zh-01.eml", "zh", "confirmed", ("尋人網 隱私團隊", "privacy@xunren-net.example"), "您的刪除請求已完成", """
您好：

我們已完成您的個人資料刪除請求（編號 XR-20417）。您的姓名、地址及電話號碼已從我們的資料庫及搜尋結果中刪除。

尋人網 隱私團隊
""", charset="big5")

add("zh-02.eml", "zh", "needs_info", ADDRESSLY, "请问您使用的是哪个电子邮件地址？", """
您好：

感谢您提出删除请求。我们没有找到以您来信的电子邮件地址注册的账户。请问您在 Addressly 注册时使用的是哪个电子邮件地址？请回复告诉我们，我们将继续处理您的请求。

Addressly 客服
""")

add("zh-03.eml", "zh", "extended", VERIPEOPLE, "关于您的删除请求的最新进展", """
尊敬的消费者：

关于您根据《加州消费者隐私法》(CCPA) 提出的删除请求：由于请求数量较多，我们需要更多时间。根据该法的规定，我们将答复期限再延长 45 天，预计于 2027 年 1 月 31 日前答复您。

VeriPeople 隐私团队
""")

add("zh-04.eml", "zh", "auto_reply", ("王丽华", "lihua.wang@meridiandata.example"), "自动回复：删除个人信息的请求", """
您好，我目前休假，11月18日返回办公室，期间无法查看邮件。隐私相关事宜请联系 dataprivacy@meridiandata.example。

王丽华
""", domains="meridiandata.example", headers=AUTO)

add("zh-05.eml", "zh", "refused", GULF, "回复：删除请求", """
您好：

《佛罗里达数字权利法案》仅适用于全球年营业额超过 10 亿美元并符合其他条件的企业。Gulfstream Leads 不符合这些条件，不受该法约束，因此我们不会处理您的删除请求。

法务部
""", reason="law does not apply (threshold)")

add("ko-01.eml", "ko", "confirmed", ("코리아파인더 개인정보팀", "privacy@koreafinder.example"), "삭제 요청이 완료되었습니다", """
안녕하세요.

요청하신 개인정보 삭제가 완료되었습니다. 고객님의 이름, 주소 및 전화번호가 당사 데이터베이스와 검색 결과에서 삭제되었습니다.

코리아파인더 개인정보팀
""", charset="euc-kr")

add("ko-02.eml", "ko", "needs_id", PHONEPATH, "본인 확인이 필요합니다", """
안녕하세요.

삭제 요청을 처리하려면 사진이 있는 정부 발행 신분증의 공증 사본과, 요청자가 목록에 있는 본인이라는 공증된 서명 진술서가 필요합니다. 공증된 신분증 없이는 요청을 처리하지 않습니다.

PhonePath 개인정보팀
""")

add("ko-03.eml", "ko", "acknowledged", BIGSKY, "개인정보 요청을 접수했습니다", """
안녕하세요.

몬태나 소비자 데이터 개인정보 보호법에 따른 요청을 2026년 11월 2일에 접수했음을 알려드립니다. 법에서 정한 대로 45일 이내에 답변드리겠습니다.

BigSky Info 개인정보팀
""")

add("ko-04.eml", "ko", "verify_link", HOMEFIND, "삭제 요청을 확인해 주세요", """
안녕하세요.

한 단계만 남았습니다. 아래 링크를 눌러 삭제 요청을 확인해 주세요.

[요청 확인하기](https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fko%2Fremoval%2Fverify%3Fid%3DHF91220&sig=d4a7)

[수신 거부](https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Funsubscribe&sig=77b0)
""", link="https://r.homefind-mail.example/redirect?u=https%3A%2F%2Fwww.homefind.example%2Fko%2Fremoval%2Fverify%3Fid%3DHF91220&sig=d4a7",
    domains="homefind.example", form="html")

add("tl-01.eml", "tl", "confirmed", MERIDIAN, "Kumpleto na ang iyong kahilingan na burahin", """
Magandang araw,

Nakumpleto na namin ang iyong kahilingan. Binura na namin ang personal na impormasyon mo sa aming
mga marketing database.

Paalala: para igalang ang kahilingang ito, itatago namin ang iyong pangalan at address sa isang
suppression file upang hindi na muling maidagdag ang iyong impormasyon mula sa ibang pinagmulan.

Meridian Marketing Data
""")

add("tl-02.eml", "tl", "unsure", PEOPLEDEX, "Re: Kahilingan na alisin ang impormasyon", """
Magandang araw,

Inalis na namin ang iyong profile sa PeopleDex.

Ang FindMyKin at AddressTrail ay mga kapatid na site ng aming kumpanya pero may sariling database.
Hindi naipatupad ang iyong kahilingan sa mga site na iyon. Magpadala ng hiwalay na kahilingan sa
bawat isa.

PeopleDex Privacy
""", domains="peopledex.example findmykin.example addresstrail.example")

add("tl-03.eml", "tl", "auto_reply", ("Jolina Bautista", "jolina.bautista@homefind.example"), "Awtomatikong tugon: Kahilingan na burahin ang datos", """
Salamat sa iyong email. Naka-leave ako hanggang Nobyembre 19 at hindi ko mababasa ang mga email.
Para sa mga kahilingan sa privacy, sumulat sa removals@homefind.example.

Jolina Bautista
""", domains="homefind.example", headers=AUTO)

add("tl-04.eml", "tl", "needs_info", HOMEFIND, "Aling listing ang aalisin?", """
Magandang araw,

May nakita kaming dalawang listing na maaaring tumugma sa taong nasa iyong kahilingan (sa Daly
City at sa Vallejo). Pakisabi kung aling listing ang gusto mong alisin, o ipadala ang web address
nito. Hindi namin maaalis ang listing hangga't hindi namin alam kung alin.

HomeFind Removals
""")

add("ar-01.eml", "ar", "acknowledged", ("فريق الخصوصية - دليل الناس", "privacy@dalil-alnas.example"), "تم استلام طلبك", """
مرحبًا،

نؤكد استلام طلبك لحذف بياناتك الشخصية (رقم الطلب DN-7712). سنراجع الطلب ونرد عليك خلال 45 يومًا.

فريق الخصوصية
""", charset="windows-1256", form="alt", rtl=True)

add("ar-02.eml", "ar", "refused", BLUERIDGE, "رد: طلب حذف البيانات الشخصية", """
شكرًا لتواصلك مع Blue Ridge Data.

نحن نلبي طلبات المقيمين في ولايات فرجينيا وكولورادو وكونيتيكت فقط، وفق قوانين الخصوصية في تلك الولايات. وبحسب العنوان الوارد في طلبك فأنت تقيم في ولاية ميشيغان، وقانون ولايتك لا ينطبق علينا، لذلك لا يمكننا تنفيذ طلب الحذف.

فريق حقوق المستهلك
""", reason="law does not apply (state of residence)", form="alt", rtl=True)

add("ar-03.eml", "ar", "bounce", ("نظام تسليم البريد", "MAILER-DAEMON@mx1.northgate-ila.example"), "تعذر تسليم الرسالة: طلب حذف البيانات الشخصية", """
هذا هو نظام البريد في الخادم mx1.northgate-ila.example.

نأسف لإبلاغك بأنه تعذر تسليم رسالتك إلى واحد أو أكثر من المستلمين. الرسالة مرفقة أدناه.

<privacy@old-records.example>: رد الخادم mx.old-records.example[192.0.2.77]:
550 5.1.1 العنوان غير معروف
""", domains="old-records.example", form="bounce", headers={"X-Failed-Recipient": "privacy@old-records.example"},
    bounced=letter_en("Khalid Al-Masri", "OPT-A9K4E"))

add("ar-04.eml", "ar", "needs_id", CASCADE, "مطلوب التحقق من الهوية", """
مرحبًا،

قبل أن نتمكن من معالجة طلبك، نحتاج إلى نسخة من بطاقة هوية حكومية تحمل صورتك، وفاتورة كهرباء أو ماء حديثة تظهر اسمك وعنوانك. يرجى الرد على هذه الرسالة مع المستندات.

Cascade Lookup
""", charset="windows-1256")

add("ru-01.eml", "ru", "confirmed", ("Служба конфиденциальности NaydiVse", "privacy@naydivse.example"), "Ваш запрос на удаление выполнен", """
Здравствуйте!

Мы выполнили ваш запрос: все персональные данные, связанные с указанными вами именем и адресом,
удалены из нашей базы данных и из результатов поиска.

Служба конфиденциальности NaydiVse
""")

add("ru-02.eml", "ru", "extended", DATAHAVEN, "Ваш запрос на удаление – продление срока", """
Уважаемый субъект данных!

Мы получили ваш запрос на удаление данных по статье 17 GDPR. В связи со сложностью и количеством
запросов срок ответа продлевается ещё на два месяца согласно статье 12(3) GDPR. Мы ответим вам не
позднее 25 января 2027 года.

DataHaven B.V. – инспектор по защите данных
""")

add("ru-03.eml", "ru", "auto_reply", ("Ирина Ковальчук", "i.kovalchuk@naydivse.example"), "Автоответ: Запрос на удаление персональных данных", """
Добрый день! Я в отпуске до 17 ноября и не читаю почту. По вопросам конфиденциальности пишите на
privacy@naydivse.example.

Ирина Ковальчук
""", domains="naydivse.example", headers=AUTO)


# -- the other languages of the people optout serves ---------------------------------------------------

add("so-01.eml", "so", "acknowledged", KINSEARCH, "Waan helnay codsigaaga", """
Salaan,

Waan helnay codsigaaga ah in la tirtiro xogtaada shakhsiga ah (lambarka codsiga KS-4410).
Waxaan kaaga jawaabi doonnaa 45 maalmood gudahood.

Kooxda KinSearch
""")

add("so-02.eml", "so", "needs_id", CASCADE, "Waxaan u baahanahay inaan xaqiijino aqoonsigaaga", """
Salaan,

Si aan u fulino codsigaaga, waxaan u baahanahay nuqul ka mid ah kaarka aqoonsigaaga ee dowladdu
bixisay oo sawir leh, iyo biil koronto ama biyo oo dhowaan ah oo muujinaya magacaaga iyo
cinwaankaaga. Fadlan nagu soo jawaab dukumentiyada.

Cascade Lookup
""")

add("am-01.eml", "am", "confirmed", LONESTAR, "ጥያቄዎ ተጠናቋል", """
ሰላም፣

የግል መረጃዎን እንድንሰርዝ ያቀረቡትን ጥያቄ አጠናቀናል። ስምዎ፣ አድራሻዎ እና ስልክ ቁጥርዎ ከመረጃ ቋታችን እና ከፍለጋ ውጤቶቻችን ተሰርዘዋል።

LoneStar Records
""")

add("am-02.eml", "am", "auto_reply", ("Selam Tesfaye", "selam.tesfaye@veripeople.example"), "ራስ-ሰር ምላሽ፦ የግል መረጃ የመሰረዝ ጥያቄ", """
ሰላም፣ እስከ ኖቬምበር 20 ድረስ ከቢሮ ውጭ ነኝ እና ኢሜይል ማየት አልችልም። ለግላዊነት ጉዳዮች privacy@veripeople.example ይጻፉ።

ሰላም ተስፋዬ
""", domains="veripeople.example", headers=AUTO)

add("ti-01.eml", "ti", "acknowledged", KINSEARCH, "ሕቶኻ ተቐቢልናዮ", """
ሰላም፡

ውልቃዊ ሓበሬታኻ ንኽድምሰስ ዘቕረብካዮ ሕቶ ተቐቢልናዮ ኣለና (ቁጽሪ ሕቶ KS-4532)። ኣብ ውሽጢ 45 መዓልቲ መልሲ ክንህበካ ኢና።

ጉጅለ KinSearch
""")

add("ti-02.eml", "ti", "needs_id", CASCADE, "መንነትካ ከነረጋግጽ ኣሎና", """
ሰላም፡

ሕቶኻ ንምፍጻም፡ ቅዳሕ ብመንግስቲ ዝተዋህበ መንነት ወረቐትካ (ምስ ስእሊ)፡ ከምኡ'ውን ሽምካን ኣድራሻኻን ዘርኢ ናይ ኤሌክትሪክ ወይ ማይ ሕሳብ የድልየና። በጃኻ ነዚ ኢመይል ምስ ሰነዳት መልሲ ሃብ።

Cascade Lookup
""")

add("ps-01.eml", "ps", "refused", ADDRESSLY, "ستاسو غوښتنه وتړل شوه", """
سلام،

ستاسو د محرمیت غوښتنه (PR-66710) وتړل شوه ځکه چې موږ ونه شو کولی ستاسو هویت تایید کړو. موږ د اکتوبر په ۲۱ مه د تایید بریښنالیک درولیږه او په ۳۰ ورځو کې مو ځواب ترلاسه نه کړ.

که غواړئ، نوې غوښتنه ولیږئ.

Addressly
""", reason="identity not verified", form="alt", rtl=True)

add("ps-02.eml", "ps", "confirmed", VERIPEOPLE, "ستاسو د ړنګولو غوښتنه بشپړه شوه", """
سلام،

ستاسو د شخصي معلوماتو د ړنګولو غوښتنه بشپړه شوه. ستاسو نوم، پته او د تلیفون شمېره زموږ له ډیټابیس او د لټون له پایلو څخه ړنګ شوي دي.

VeriPeople
""")

add("ur-01.eml", "ur", "needs_id", PHONEPATH, "شناخت کی تصدیق درکار ہے", """
السلام علیکم،

آپ کی درخواست پر کارروائی سے پہلے ہمیں آپ کے سرکاری شناختی کارڈ کی نقل (تصویر کے ساتھ) اور بجلی یا پانی کے حالیہ بل کی نقل درکار ہے جس پر آپ کا نام اور پتہ درج ہو۔

PhonePath
""", form="alt", rtl=True)

add("ur-02.eml", "ur", "acknowledged", KINSEARCH, "آپ کی درخواست موصول ہو گئی", """
السلام علیکم،

ہمیں آپ کی ذاتی معلومات حذف کرنے کی درخواست موصول ہو گئی ہے (درخواست نمبر KS-4620)۔ ہم 45 دن کے اندر جواب دیں گے۔

KinSearch
""")

add("bn-01.eml", "bn", "confirmed", MERIDIAN, "আপনার অনুরোধ সম্পন্ন হয়েছে", """
নমস্কার,

আপনার ব্যক্তিগত তথ্য মুছে ফেলার অনুরোধ সম্পন্ন হয়েছে। আপনার নাম, ঠিকানা ও ফোন নম্বর আমাদের ডেটাবেস ও অনুসন্ধানের ফলাফল থেকে মুছে ফেলা হয়েছে।

Meridian Marketing Data
""")

add("bn-02.eml", "bn", "extended", VERIPEOPLE, "আপনার অনুরোধ সম্পর্কে হালনাগাদ", """
প্রিয় গ্রাহক,

অনুরোধের সংখ্যা বেশি হওয়ায় আমাদের আরও সময় প্রয়োজন। CCPA অনুযায়ী আমরা উত্তর দেওয়ার সময়সীমা আরও ৪৫ দিন বাড়াচ্ছি। আমরা ২০২৭ সালের ৩১ জানুয়ারির মধ্যে উত্তর দেব।

VeriPeople
""")

add("pa-01.eml", "pa", "acknowledged", BIGSKY, "ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ", """
ਸਤ ਸ੍ਰੀ ਅਕਾਲ,

ਸਾਨੂੰ ਤੁਹਾਡੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਮਿਟਾਉਣ ਦੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ (ਬੇਨਤੀ ਨੰਬਰ BSI-3390)। ਅਸੀਂ 45 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਵਾਂਗੇ।

BigSky Info
""")

add("pa-02.eml", "pa", "refused", BLUERIDGE, "ਜਵਾਬ: ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਮਿਟਾਉਣ ਦੀ ਬੇਨਤੀ", """
ਸਤ ਸ੍ਰੀ ਅਕਾਲ,

ਅਸੀਂ ਸਿਰਫ਼ ਵਰਜੀਨੀਆ, ਕੋਲੋਰਾਡੋ ਅਤੇ ਕਨੈਕਟੀਕਟ ਦੇ ਵਸਨੀਕਾਂ ਦੀਆਂ ਬੇਨਤੀਆਂ ਮੰਨਦੇ ਹਾਂ। ਤੁਹਾਡੇ ਪਤੇ ਅਨੁਸਾਰ ਤੁਸੀਂ ਇੰਡੀਆਨਾ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ। ਤੁਹਾਡੇ ਰਾਜ ਦਾ ਕਾਨੂੰਨ ਸਾਡੇ 'ਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ, ਇਸ ਲਈ ਅਸੀਂ ਮਿਟਾਉਣ ਦੀ ਬੇਨਤੀ ਪੂਰੀ ਨਹੀਂ ਕਰ ਸਕਦੇ।

Blue Ridge Data
""", reason="law does not apply (state of residence)")

add("my-01.eml", "my", "confirmed", LONESTAR, "သင်၏ တောင်းဆိုချက် ပြီးစီးပါပြီ", """
မင်္ဂလာပါ၊

သင်၏ ကိုယ်ရေးအချက်အလက်များကို ဖျက်ရန် တောင်းဆိုချက်ကို ဆောင်ရွက်ပြီးပါပြီ။ သင်၏ အမည်၊ လိပ်စာနှင့် ဖုန်းနံပါတ်ကို ကျွန်ုပ်တို့၏ ဒေတာဘေ့စ်နှင့် ရှာဖွေမှုရလဒ်များမှ ဖျက်ပြီးပါပြီ။

LoneStar Records
""")

add("my-02.eml", "my", "needs_id", CASCADE, "သင်၏ ကိုယ်ရေးအထောက်အထား လိုအပ်ပါသည်", """
မင်္ဂလာပါ၊

သင်၏ တောင်းဆိုချက်ကို ဆောင်ရွက်ရန် ဓာတ်ပုံပါသော အစိုးရထုတ် မှတ်ပုံတင်ကတ် မိတ္တူနှင့် သင့်အမည်နှင့် လိပ်စာပါသော လျှပ်စစ်မီး သို့မဟုတ် ရေဘေလ် မိတ္တူ လိုအပ်ပါသည်။

Cascade Lookup
""")

add("km-01.eml", "km", "acknowledged", KINSEARCH, "យើងបានទទួលសំណើរបស់អ្នក", """
សួស្តី

យើងបានទទួលសំណើរបស់អ្នកដើម្បីលុបព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នកហើយ (លេខសំណើ KS-4788)។ យើងនឹងឆ្លើយតបក្នុងរយៈពេល 45 ថ្ងៃ។

KinSearch
""")

add("km-02.eml", "km", "confirmed", VERIPEOPLE, "សំណើរបស់អ្នកត្រូវបានបញ្ចប់", """
សួស្តី

សំណើលុបព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នកត្រូវបានបញ្ចប់ហើយ។ ឈ្មោះ អាសយដ្ឋាន និងលេខទូរស័ព្ទរបស់អ្នកត្រូវបានលុបចេញពីមូលដ្ឋានទិន្នន័យ និងលទ្ធផលស្វែងរករបស់យើងហើយ។

VeriPeople
""")

add("ja-01.eml", "ja", "extended", VERIPEOPLE, "削除請求に関するお知らせ", """
お客様各位

カリフォルニア州消費者プライバシー法（CCPA）に基づく削除請求について、請求件数が多いため、同法の定めにより回答期限をさらに45日間延長いたします。2027年1月31日までにご回答いたします。

VeriPeople プライバシーチーム
""")

add("ja-02.eml", "ja", "auto_reply", ("佐藤 美咲", "misaki.sato@datahaven.example"), "自動応答：個人データ削除のご依頼", """
メールありがとうございます。11月20日まで休暇のため不在にしております。個人情報に関するお問い合わせは privacy@datahaven.example までお願いいたします。

佐藤 美咲
""", domains="datahaven.example", charset="shift_jis", headers=AUTO)

add("hmn-01.eml", "hmn", "confirmed", MERIDIAN, "Koj daim ntawv thov tiav lawm", """
Nyob zoo,

Peb tau ua tiav koj daim ntawv thov kom rho tawm koj cov ntaub ntawv tus kheej. Koj lub npe, chaw
nyob thiab tus xov tooj raug rho tawm ntawm peb lub database thiab cov txiaj ntsig tshawb nrhiav
lawm.

Meridian Marketing Data
""")

add("hmn-02.eml", "hmn", "needs_id", PHONEPATH, "Peb xav tau koj daim ID", """
Nyob zoo,

Ua ntej peb yuav ua tau raws li koj daim ntawv thov, peb xav tau ib daim qauv ntawm koj daim npav
ID uas tsoom fwv muab (muaj duab) thiab ib daim nqi hluav taws xob los yog dej uas muaj koj lub
npe thiab chaw nyob.

PhonePath
""")

add("th-01.eml", "th", "auto_reply", ("Suda Wongsakul", "suda.w@kinsearch.example"), "ตอบกลับอัตโนมัติ: คำขอลบข้อมูลส่วนบุคคล", """
ขอบคุณสำหรับอีเมลของคุณ ดิฉันลาพักร้อนถึงวันที่ 20 พฤศจิกายน และไม่สามารถตอบอีเมลได้ เรื่องความเป็นส่วนตัว กรุณาติดต่อ privacy@kinsearch.example

สุดา วงศ์สกุล
""", domains="kinsearch.example", charset="tis-620", headers=AUTO)


# -- EU brokers under the GDPR: Dutch, Swedish, Greek, Romanian ------------------------------------------

add("nl-01.eml", "nl", "confirmed", DATAHAVEN, "Uw verzoek tot verwijdering – afgehandeld", """
Geachte heer, mevrouw,

Wij hebben uw verzoek tot verwijdering op grond van artikel 17 AVG uitgevoerd. Al uw
persoonsgegevens zijn uit onze bestanden en uit onze zoekresultaten verwijderd.

Met vriendelijke groet,
Functionaris gegevensbescherming, DataHaven B.V.
""")

add("nl-02.eml", "nl", "extended", DATAHAVEN, "Uw verzoek – verlenging van de termijn", """
Geachte heer, mevrouw,

Wij hebben uw verzoek tot verwijdering ontvangen. Gezien de complexiteit en het aantal verzoeken
verlengen wij de termijn met twee maanden, conform artikel 12, lid 3, AVG. U ontvangt uiterlijk
15 februari 2027 ons antwoord.

Functionaris gegevensbescherming, DataHaven B.V.
""")

add("nl-03.eml", "nl", "refused", DATAHAVEN, "Uw verzoek tot verwijdering", """
Geachte heer, mevrouw,

Wij kunnen uw gegevens niet verwijderen. Wij zijn wettelijk verplicht onze administratie, waarin
uw gegevens staan, zeven jaar te bewaren; artikel 17, lid 3, onder b, AVG sluit verwijdering
daarom uit.

Functionaris gegevensbescherming, DataHaven B.V.
""", reason="legal obligation to retain", charset="iso-8859-15")

add("sv-01.eml", "sv", "confirmed", NORD, "Din begäran om radering är genomförd", """
Hej,

Vi har raderat dina personuppgifter ur NordAdress register i enlighet med artikel 17 i
dataskyddsförordningen (GDPR). Dina uppgifter visas inte längre i våra sökresultat.

Med vänliga hälsningar
Dataskydd, NordAdress AB
""")

add("sv-02.eml", "sv", "needs_id", NORD, "Vi behöver bekräfta din identitet", """
Hej,

För att kunna hantera din begäran om radering behöver vi bekräfta din identitet. Skicka en kopia
av en giltig id-handling (pass, körkort eller nationellt id-kort) som svar på detta mejl.

Dataskydd, NordAdress AB
""", charset="iso-8859-15")

add("sv-03.eml", "sv", "auto_reply", ("Erik Lindqvist", "erik.lindqvist@nordadress.example"), "Autosvar: Begäran om radering av personuppgifter", """
Hej! Jag är föräldraledig till och med den 31 december och läser inte min e-post. Kontakta
dataskydd@nordadress.example i ärenden om personuppgifter.

Erik Lindqvist
""", domains="nordadress.example", headers=AUTO)

add("el-01.eml", "el", "acknowledged", HELLAS, "Λάβαμε το αίτημά σας", """
Αγαπητέ/ή κύριε/κυρία,

Λάβαμε το αίτημά σας για διαγραφή των προσωπικών σας δεδομένων (αρ. αιτήματος HI-2207). Θα σας
απαντήσουμε εντός ενός μηνός, όπως προβλέπει ο ΓΚΠΔ.

Υπεύθυνος Προστασίας Δεδομένων, Hellas Info
""", charset="iso-8859-7")

add("el-02.eml", "el", "refused", HELLAS, "Απάντηση στο αίτημα διαγραφής", """
Αγαπητέ/ή κύριε/κυρία,

Δεν μπορούμε να διαγράψουμε τα δεδομένα σας, διότι υποχρεούμαστε από τον νόμο να τα διατηρούμε
για φορολογικούς σκοπούς (άρθρο 17 παράγραφος 3 στοιχείο β του ΓΚΠΔ).

Υπεύθυνος Προστασίας Δεδομένων, Hellas Info
""", reason="legal obligation to retain")

add("ro-01.eml", "ro", "confirmed", RODATA, "Cererea dumneavoastră de ștergere a fost soluționată", """
Stimată doamnă, stimate domn,

Vă informăm că am șters toate datele dumneavoastră cu caracter personal din bazele noastre de
date, conform articolului 17 din GDPR.

Responsabilul cu protecția datelor, RoData SRL
""")

add("ro-02.eml", "ro", "extended", RODATA, "Prelungirea termenului de răspuns", """
Stimată doamnă, stimate domn,

Am primit cererea dumneavoastră de ștergere. Având în vedere complexitatea și numărul cererilor,
termenul de răspuns se prelungește cu două luni, conform articolului 12 alineatul (3) din GDPR.

Responsabilul cu protecția datelor, RoData SRL
""")

add("ro-03.eml", "ro", "verify_link", RODATA, "Confirmați cererea de ștergere", """
Stimată doamnă, stimate domn,

Vă rugăm să confirmați cererea de ștergere a datelor accesând linkul de mai jos în următoarele 7
zile:

[Confirm cererea de ștergere](https://www.rodata.example/gdpr/confirmare?c=RD-5512-ab77)

[Politica de confidențialitate](https://www.rodata.example/confidentialitate)

RoData SRL
""", link="https://www.rodata.example/gdpr/confirmare?c=RD-5512-ab77", form="alt")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
