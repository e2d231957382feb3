"""Assemble set W (tests/replies/setw): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setw/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set W is weighted to what decides a client's case and a careless reader gets wrong: privacy-request
portals' automated mail ("Your request has been completed" for an Access, Do Not Sell/Share,
Correct or marketing opt-out request, or for another e-mail or brand; request-type and status
fields against the text), suppression against deletion, partial removals (the phone only, one of
three listings, one site of a group), search engines' caches that take time, listings re-added from
public sources, answers written inline inside our quoted letter or top-posted in another language,
signatures and legal footers holding removal words, the GDPR's Article 17 exemptions and Article
12(3) extensions with the ICO or a national authority named, Spain's LOPDGDD beside Latin American
registers, Brazil's LGPD, Quebec's Law 25, retired and full mailboxes, "see attached" answers (a PDF
certificate, an image), calendar invites and surveys, verifications (reply YES, a code on a page, a
login, trackers, two links, a link only in a PDF or an image), and a relative's, a minor's or a
deceased person's record and a clinic's letter of authorisation. Every name, address, domain and
number is invented; domains end in ``.example``, machines' addresses are RFC 5737's.

Body markup: tests/replies/_setbuild.py's (``[text](url)`` a link; ``[text](href|shown)`` an anchor
to ``href`` shown as ``shown`` in the plain part, ``-`` for its text only; blank lines separate
paragraphs). ``form``: ``plain``; ``html`` (HTML only); ``alt`` (plain + HTML, ``html_body`` when
the HTML says something else); ``fwd`` (a note and an earlier mail attached as message/rfc822);
``bounce`` (a delivery report with our letter); ``pdf``, ``png``, ``ics`` (a text and an
attachment). ``charset`` is the declared charset, ``cte`` the transfer encoding; ``quoted`` which
of our letters (``en``, ``es``) is quoted under the answer (an answer written between our letter's
lines writes them itself); ``attach`` an attachment's kind, name and content.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from _setbuild import COLUMNS, esc, html_of, leaf, multi, page, plain_of, quote  # noqa: E402

START = datetime(2026, 11, 2, 8, 17, tzinfo=timezone.utc)
CLINIC_ES = ("Centro Legal Semillas", "privacidad@semillas-legal.example")
CLINIC_EN = ("Northgate Community Law Project", "optout@northgate-law.example")
REPLIES: list[dict] = []

# Our letters, as a reply quotes them: "delete", "remove", "eliminar", "suprimir" are ours, never the broker's.
LETTER_EN = """Subject: Request to delete personal information - {token}

Dear {broker} privacy team,

Northgate Community Law Project acts as authorised agent for our client, whose signed
authorisation is attached. Please delete all personal information you hold about our client,
take down every listing of our client on your sites, and tell us in writing once this is done.
Our reference: {token}."""

LETTER_ES = """Asunto: Solicitud de supresión de datos personales - {token}

Estimado equipo de privacidad de {broker}:

Centro Legal Semillas actúa como representante autorizado de nuestra clienta (adjuntamos su
autorización firmada). Les solicitamos suprimir todos sus datos personales, dar de baja todos
sus perfiles publicados y avisarnos por escrito cuando esté hecho. Nuestra referencia: {token}."""


def token(n: int) -> str:
    """Reply ``n``'s invented request token, as our letter gives it (``OPT-W-`` and five digits)."""
    return f"OPT-W-{5200 + 41 * n:05d}"


def R(lang: str, cls: str, domain: str, sender: tuple[str, str], subject: str, body: str, *,
      reason: str = "", link: str = "", domains: str = "", form: str = "plain", charset: str = "utf-8",
      cte: str = "8bit", quoted: str = "", html_body: str = "", headers: str = "",
      attach: tuple = (), inner: str = "", status: str = "5.1.1", rtl: bool = False) -> None:
    """One reply: its label (class ``cls``, ``reason`` for a refusal, the ``link`` to open) and its mail."""
    REPLIES.append(dict(lang=lang, cls=cls, reason=reason, link=link, domains=domains or domain, domain=domain,
                        sender=sender, subject=subject, body=body, form=form, charset=charset, cte=cte,
                        quoted=quoted, html_body=html_body, headers=headers, attach=attach,
                        inner=inner, status=status, rtl=rtl))


# -- attachments ------------------------------------------------------------------------------------

def pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is ``lines`` (Latin-1, Helvetica): a certificate or letter a reply
    only points to. Written by hand so that the set needs no PDF library to build."""
    text = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines) + " ET"
    stream = zlib.compress(text.encode("latin-1"), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def png() -> bytes:
    """A tiny grey PNG standing for a screenshot or scanned letter no text reader can see into."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    raw = b"".join(b"\x00" + b"\x99" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (8).to_bytes(4, "big") * 2 + b"\x08\x00\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def binary(ctype: str, name: str, data: bytes) -> bytes:
    """An attachment part, base64."""
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(data)



# -- helpers for the portals' and help desks' chrome ------------------------------------------------

def fields(*pairs: tuple[str, str]) -> str:
    """A portal's or help desk's status fields as plain lines ("Request Type: Access")."""
    return "\n".join(f"{k}: {v}" for k, v in pairs)


def table(pairs: list[tuple[str, str]], text: str, title: str = "") -> str:
    """A portal's HTML mail: a heading, the status fields in a table, then the text's paragraphs."""
    rows = "".join(f"<tr><td>{esc(k)}</td><td><b>{esc(v)}</b></td></tr>" for k, v in pairs)
    paras = "".join(f"<p>{esc(p)}</p>\n" for p in text.strip().split("\n\n"))
    return (f"<h2>{esc(title)}</h2>\n" if title else "") + f'<table class="request-fields">{rows}</table>\n' + paras


def S(name: str, domain: str, box: str = "privacy") -> tuple[str, str]:
    """A sender: its display name and its address at ``domain``."""
    return (name, f"{box}@{domain}")


def invite(prodid: str, uid: str, stamp: str, start: str, end: str, summary: str, organizer: str) -> str:
    """An iCalendar meeting request (RFC 5545, METHOD:REQUEST): times in UTC as ``YYYYMMDDTHHMMSSZ``."""
    return ("BEGIN:VCALENDAR\nVERSION:2.0\n"
            f"PRODID:{prodid}\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{stamp}\nDTSTART:{start}\n"
            f"DTEND:{end}\nSUMMARY:{summary}\nORGANIZER:mailto:{organizer}\nEND:VEVENT\nEND:VCALENDAR\n")


AUTO = "Auto-Submitted: auto-generated\n"
AUTO_R = "Auto-Submitted: auto-replied\nX-Autoreply: yes\n"

# -- English ----------------------------------------------------------------------------------------

R("en", "unsure", "harlowpeople.example", S("Harlow People Privacy Center", "harlowpeople.example", "no-reply"),
  "Your privacy request HP-20931 has been completed",
  fields(("Request ID", "HP-20931"), ("Request Type", "Access (Right to Know)"), ("Status", "Completed"),
         ("Submitted", "2026-10-24")) + """

Hello,

Your request has been completed. The report of the personal information we hold is ready in the
privacy portal for 30 days: [Download your report](https://privacy.harlowpeople.example/portal/download/HP-20931)

If you would like to make a different type of request, submit a new one from our Privacy Center.

Harlow People Privacy Team""", headers=AUTO)

R("en", "unsure", "brackenfind.example", S("BrackenFind Privacy", "brackenfind.example", "privacy-noreply"),
  "Request complete: Do Not Sell or Share",
  """Your request has been completed.

Request type: Do Not Sell or Share My Personal Information
Request status: Completed
Reference: BF-7Q2-118

We will no longer sell or share the personal information we hold about you with third parties
for cross-context behavioural advertising. This request does not delete information and does not
change what is shown on brackenfind.example.

BrackenFind""", form="alt", headers=AUTO, html_body=table(
      [("Request type", "Do Not Sell or Share My Personal Information"), ("Request status", "Completed"),
       ("Reference", "BF-7Q2-118")],
      "Your request has been completed.\n\nWe will no longer sell or share the personal information we hold about "
      "you with third parties for cross-context behavioural advertising. This request does not delete information "
      "and does not change what is shown on brackenfind.example.", "Request complete"))

R("en", "unsure", "quillroad.example", S("Quill Road Data Requests", "quillroad.example", "requests"),
  "Correction request completed",
  """Hi there,

We've completed your request to correct your information. The address shown on your profile now
reads 2210 Alder Court, Unit 4. Your profile remains published with the corrected details.

Request type: Correct
Status: Completed

Thanks,
Quill Road Data Requests""", quoted="en")

R("en", "unsure", "mintlake.example", S("Mintlake Marketing Preferences", "mintlake.example", "preferences"),
  "You're opted out of marketing",
  """Your request has been completed.

Request type: Opt-out of marketing communications
Status: Completed

You will no longer receive promotional e-mail, postal mail or text messages from Mintlake or its
partners. It can take up to 10 business days for postal mail to stop.

This confirmation concerns marketing only. Questions about the Mintlake Directory are handled at
[privacy.mintlake.example](https://privacy.mintlake.example/).""", headers=AUTO)

R("en", "unsure", "oriolecheck.example", S("Oriole Check Privacy Portal", "oriolecheck.example", "no-reply"),
  "Deletion request DSR-44102 completed",
  """Request DSR-44102
Request type: Delete
Status: Completed
Data subject e-mail: k.ferrante.1979@postbox.example

We have completed the deletion of the customer account registered to the e-mail address above,
including its order history and saved searches. No other records were in scope of this request.

Oriole Check Privacy""", headers=AUTO)

R("en", "unsure", "halcyondata.example", S("Halcyon Data Group Privacy", "halcyondata.example"),
  "Your deletion request has been completed - Vantage Rewards",
  """Hello,

Your request to delete personal information held by Vantage Rewards, a Halcyon Data Group brand,
has been completed.

Please note that each Halcyon Data Group brand keeps its own records. This request does not cover
PeopleScope or Homefinder Records; to remove a listing from PeopleScope, use the opt-out at
[peoplescope.example/optout](https://www.peoplescope.example/optout).

Halcyon Data Group Privacy Office""", domains="halcyondata.example peoplescope.example", quoted="en")

R("en", "confirmed", "peoplescope.example", S("PeopleScope Privacy Portal", "peoplescope.example", "no-reply"),
  "Request PS-55170: Completed",
  """Request ID: PS-55170
Request Type: Delete
Status: Completed

We have deleted the personal information we held about the person named in this request and
removed the profile from peoplescope.example. Search engines may take a few weeks to drop their
cached copies of the page.

PeopleScope Privacy""", headers=AUTO)

R("en", "needs_id", "tollbridge.example", S("Tollbridge Search Privacy", "tollbridge.example", "no-reply"),
  "Update on your privacy request: Completed",
  fields(("Request", "TB-2026-3318"), ("Type", "Delete my data"), ("Status", "Completed")) + """

We were unable to verify the identity of the person this request is about, so no information was
deleted and the request was closed. To try again, submit a new request and upload a copy of a
government-issued photo ID that matches the name on the request.""", headers=AUTO)

R("en", "acknowledged", "corbelrecords.example", S("Corbel Records via TrustArc", "corbelrecords.example", "dsr"),
  "We received your request",
  """Thank you for contacting Corbel Records.

Request type: Delete My Data
Status: In progress
Request number: CR-889013

We will respond within 45 days of receipt, as the California Consumer Privacy Act requires. You do
not need to do anything further at this time.""", headers=AUTO)

R("en", "confirmed", "fairhavenlookup.example", S("Fairhaven Lookup", "fairhavenlookup.example", "privacy"),
  "Your data deletion is complete",
  """Your data deletion is complete.

We have deleted the personal information associated with your request and removed the listing from
fairhavenlookup.example today. We keep a record of the request itself (its date and
reference) and transaction records we are required by law to retain; neither is published.

Request reference: FL-DEL-20461

Fairhaven Lookup Privacy""", form="html")

R("en", "unsure", "stoneyard.example", S("Stoneyard Preferences", "stoneyard.example", "privacy"),
  "Your privacy choices have been saved",
  """Your privacy choices have been saved.

Sale of personal information: Opted out
Sharing for targeted advertising: Opted out
Profiling: Opted out

These choices apply to the e-mail address and device on record. They take effect within 15 days.""",
  form="alt", headers=AUTO)

R("en", "unsure", "bluefernrecords.example", S("Blue Fern Records", "bluefernrecords.example", "compliance"),
  "Request closed - Do Not Contact",
  """Ticket 30771 | Status: Completed | Type: Do Not Contact

We have added the phone numbers and postal address in your letter to our internal do-not-contact
list. Our team will not call or mail your client.

Blue Fern Records Compliance""", quoted="en")

R("en", "confirmed", "kettleridge.example", S("Kettle Ridge People Search", "kettleridge.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We have removed your client's listing from kettleridge.example and deleted the profile data behind
it. So that the listing is not rebuilt the next time our public-record sources are refreshed, we
keep a suppression entry holding only the name and the ZIP code, which is used for nothing else.

Kettle Ridge Privacy""", quoted="en")

R("en", "unsure", "ledgerlane.example", S("Ledger Lane Data", "ledgerlane.example"),
  "Re: Request to delete personal information - {token}",
  """Thank you for your request.

Your client's record has been flagged as suppressed. It will not appear on our consumer website,
ledgerlane.example. The record itself remains in our database and in the data products we license
to our business customers, as permitted for publicly available information.

Ledger Lane Data Privacy Team""", quoted="en")

R("en", "unsure", "ashgrovepeople.example", S("Ashgrove People", "ashgrovepeople.example", "support"),
  "Re: Request to delete personal information - {token}",
  """Hi,

We removed the phone number (559) 555-0147 from your client's profile as requested. The rest of the
profile is built from public records and stays available.

Ashgrove Support""", quoted="en")

R("en", "needs_info", "dunmorelookup.example", S("Dunmore Lookup", "dunmorelookup.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We found three profiles under your client's name. We removed one of them, the Tucson profile (age
41). We cannot tell whether the Phoenix and Mesa profiles are your client's; please send the URL of
each one you want removed.

Dunmore Lookup Privacy""", quoted="en")

R("en", "unsure", "trueledgerpeople.example", S("TrueLedger People", "trueledgerpeople.example", "optout"),
  "Opt-out processed",
  """Your opt-out has been processed for TrueLedger People.

Our sister sites QuickFind and Porchlight Records are operated separately and keep their own
records. If your client appears on them, submit an opt-out on each site.""", headers=AUTO)

R("en", "confirmed", "sparrowfind.example", S("SparrowFind Privacy", "sparrowfind.example"),
  "Re: Request to delete personal information - {token}",
  """Good afternoon,

The profile has been deleted from our website and our database today. Google and other search
engines may go on showing a cached copy of the old page for several weeks; we do not control their
caches, and you can ask them to refresh the page through their own tools.

SparrowFind Privacy""", quoted="en")

R("en", "unsure", "cobaltrecords.example", S("Cobalt Records Notifications", "cobaltrecords.example", "notices"),
  "Notice: a profile matching your earlier opt-out",
  """This is a courtesy notice.

In March 2026 you opted out of Cobalt Records. A new profile matching that opt-out has been
created from recently published county records and is now visible on our site. If you want this
profile removed too, submit a new opt-out at [cobaltrecords.example/optout](https://cobaltrecords.example/optout).

This notice does not require a reply.""", headers=AUTO)

R("en", "confirmed", "marlowdirect.example", S("Dana Whitcomb", "marlowdirect.example", "dana.whitcomb"),
  "Re: Request to delete personal information - {token}",
  """> Dear Marlow Direct privacy team,
>
> Northgate Community Law Project acts as authorised agent for our client, whose signed
> authorisation is attached. Please delete all personal information you hold about our client,

Done - record purged yesterday.

> take down every listing of our client on your sites,

Done, the page is gone.

> and tell us in writing once this is done.

Consider this the written notice.

> Our reference: {token}.

Dana W.
Marlow Direct""")

R("en", "unsure", "pennantsearch.example", S("Rick Ostrander", "pennantsearch.example", "rick"),
  "Re: Request to delete personal information - {token}",
  """> Please delete all personal information you hold about our client,

Can't do that, most of it is licensed county data.

> take down every listing of our client on your sites,

Took down the one at pennantsearch.example/p/88213. The other one with that name is her husband's
and stays up.

> and tell us in writing once this is done.

-- Rick, Pennant Search""")

R("en", "acknowledged", "galewoodpeople.example", S("Galewood People", "galewoodpeople.example", "help"),
  "Re: Request to delete personal information - {token}",
  """> and tell us in writing once this is done.

Will do once it is done. The removal queue is running about a week behind.

Jo
Galewood People Help Desk""")

R("en", "acknowledged", "pikestaff.example", S("Pikestaff Information Services", "pikestaff.example", "privacy"),
  "Your request #44821",
  """Thank you. Your request was received and assigned ticket #44821. A member of our privacy team will
respond within 10 business days.

Pikestaff Information Services

--
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee. If you
received this message in error, please delete it and notify the sender immediately.
To be removed from this mailing list, reply with REMOVE in the subject line.""", form="alt")

R("en", "needs_info", "hollowayrecords.example", S("Holloway Records Support", "hollowayrecords.example", "support"),
  "Re: Request to delete personal information - {token}",
  """Hello,

To act on your request we need the web address (URL) of each listing you would like removed. Reply
to this message with the links.

Holloway Records Support

You are receiving this e-mail because you contacted Holloway Records. [Unsubscribe](https://hollowayrecords.example/email/unsubscribe?u=8812)
to be removed from our mailing list.""", quoted="en")

R("en", "refused", "albionregistry.example", S("Albion Registry Ltd Data Protection", "albionregistry.example", "dpo"),
  "Your erasure request - ref AR/DSR/2611",
  """Dear Sir or Madam,

We have considered your request for erasure under Article 17 of the UK GDPR. We hold your client's
name and former address because we are required to keep identity verification records for five
years under the Money Laundering Regulations 2017. Article 17(3)(b) therefore applies, and we are
unable to erase this information before that period ends. It is not published or sold.

If you are unhappy with this response you may complain to the Information Commissioner's Office
(ICO) and you have the right to seek a judicial remedy.

Data Protection Officer, Albion Registry Ltd""", reason="exempt (legal obligation)", quoted="en")

R("en", "extended", "carrickdata.example", S("Carrick Data Ltd", "carrickdata.example", "dataprotection"),
  "Your request - extension of time",
  """Dear Northgate Community Law Project,

We are writing about the erasure request you made for your client. Because of the number of
systems involved, we need more time to respond. Under Article 12(3) of the UK GDPR we are extending
the time limit by two further months; we will respond by 14 February 2027 at the latest.

You may complain to the ICO about how we handle your request.

Carrick Data Ltd""")

R("en", "needs_info", "lifferegister.example", S("Liffey Register DAC", "lifferegister.example", "gdpr"),
  "Re: Request to delete personal information - {token}",
  """Dear Sir or Madam,

We have searched our systems using the name in your letter and found several people it could
refer to. Under Article 12(6) GDPR we ask for your client's previous address in Ireland and an
approximate date of birth, so that we can identify the right record. We will respond within one
month of receiving them.

Data Protection Team, Liffey Register DAC""", quoted="en")

R("en", "confirmed", "meridianlists.example", S("Meridian Lists GmbH", "meridianlists.example", "datenschutz"),
  "Erasure completed - Art. 17 GDPR",
  """Dear Sir or Madam,

We confirm that we have erased all personal data relating to your client under Article 17(1) GDPR
today. Under Article 19 we have informed the two recipients to whom the data had been
disclosed.

Kind regards,
Data Protection Office, Meridian Lists GmbH""", form="alt", charset="iso-8859-1", cte="quoted-printable")

R("en", "refused", "thecourierarchive.example", S("The Courier Archive", "thecourierarchive.example", "editor"),
  "Your request concerning an article",
  """Dear Northgate Community Law Project,

Your client's name appears in a court report we published in 2019. We have considered your
request under Article 17, but the processing is for journalistic purposes and Article 17(3)(a) and
the journalism exemption in the Data Protection Act 2018 apply. We will not remove the article.

You may raise a concern with the Information Commissioner's Office.

The Editor""", reason="exempt (freedom of expression)")

R("en", "auto_reply", "westmereinfo.example", S("Westmere Info", "westmereinfo.example", "privacy"),
  "Automatic reply: Request to delete personal information - {token}",
  """This mailbox is no longer monitored.

Privacy requests are now handled at privacy-requests@westmere-group.example. Messages sent to
this address are not read or forwarded.""", headers=AUTO_R)

R("en", "needs_info", "gilcrestlookup.example", S("Gilcrest Lookup", "gilcrestlookup.example", "info"),
  "Re: Request to delete personal information - {token}",
  """Hi,

This is our general inbox. Please resend your request to our privacy office at
dsar@gilcrest-privacy.example so it is logged and answered within the legal time limits.

Thanks,
Gilcrest Lookup""", quoted="en", domains="gilcrestlookup.example gilcrest-privacy.example")

R("en", "bounce", "elmtreerecords.example", S("Mail Delivery System", "elmtreerecords.example", "MAILER-DAEMON"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx3.elmtreerecords.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<privacy@elmtreerecords.example>: host mail.elmtreerecords.example said: 552 5.2.2 Mailbox full,
quota exceeded""", form="bounce", status="5.2.2", inner="552 5.2.2 Mailbox full, quota exceeded",
  charset="us-ascii", cte="7bit")

R("en", "bounce", "greyfriarpeople.example", S("Mail Delivery Subsystem", "greyfriarpeople.example", "mailer-daemon"),
  "Delivery Status Notification (Failure)",
  """Your message wasn't delivered to privacy@greyfriarpeople.example because the address couldn't
be found, or is unable to receive mail.""", form="bounce", inner="550 5.1.1 The email account that you tried to reach does not exist",
  charset="us-ascii", cte="7bit")

R("en", "confirmed", "northwoodfinder.example", S("Northwood Finder Privacy", "northwoodfinder.example"),
  "Re: Request to delete personal information - {token}",
  """Please see attached.

Northwood Finder Privacy""", form="pdf", attach=("pdf", "certificate-of-deletion.pdf", [
      "Northwood Finder, Inc. - Certificate of Deletion",
      "Reference: NF-CD-7714",
      "We certify that on 5 November 2026 the personal information of the consumer",
      "named in the request of Northgate Community Law Project was deleted from our",
      "databases and the consumer's profile was removed from northwoodfinder.example.",
      "Signed: Privacy Office, Northwood Finder, Inc."]))

R("en", "unsure", "crestlinedata.example", S("Crestline Data", "crestlinedata.example", "support"),
  "Re: Request to delete personal information - {token}",
  """See attached letter.

Crestline Data Support""", form="png", attach=("png", "response-letter.png"), quoted="en")

R("en", "other", "baywatchrecords.example", S("Baywatch Records Privacy", "baywatchrecords.example"),
  "Invitation: Privacy request review call",
  """Baywatch Records Privacy has invited you to a call about request BR-3342.

When: Tuesday 2026-11-24, 10:00 to 10:30 (Pacific Time)
Join: [meet.baywatchrecords.example/privacy-3342](https://meet.baywatchrecords.example/privacy-3342)

Accept or decline in your calendar.""", form="ics", attach=("ics", "invite.ics", invite(
      "-//Baywatch Records//Calendar//EN", "br-3342@baywatchrecords.example", "20261106T170000Z",
      "20261124T180000Z", "20261124T183000Z", "Privacy request review call", "privacy@baywatchrecords.example")))

R("en", "other", "tidewaterpeople.example", S("Tidewater People Support", "tidewaterpeople.example", "support"),
  "How did we do? Ticket #5521",
  """Ticket #5521 was marked Solved.

How would you rate the support you received?
[Good, I'm satisfied](https://tidewaterpeople.example/survey/5521?rating=good)
[Bad, I'm unsatisfied](https://tidewaterpeople.example/survey/5521?rating=bad)

Reply to this e-mail to reopen the ticket.""", form="alt", headers=AUTO)

R("en", "verify_link", "juniperwhois.example", S("Juniper Whois Privacy", "juniperwhois.example"),
  "Please confirm your request",
  """We received a request to remove a listing from Juniper Whois.

To confirm that the request is genuine, reply to this e-mail with the single word YES within 7
days. If you did not make this request, ignore this message and nothing will change.""", headers=AUTO)

R("en", "verify_link", "ravenstonepeople.example", S("Ravenstone People", "ravenstonepeople.example", "no-reply"),
  "Your verification code",
  """Your verification code is 884 213.

Enter it on the [verification page](https://ravenstonepeople.example/privacy/verify) to confirm your
removal request. The code expires in 30 minutes.""", link="https://ravenstonepeople.example/privacy/verify",
  form="alt", headers=AUTO)

R("en", "needs_info", "quarrylookup.example", S("Quarry Lookup", "quarrylookup.example", "no-reply"),
  "Confirm your request in your account",
  """To confirm your removal request, sign in to your Quarry Lookup account and open Privacy >
Requests: [Sign in](https://quarrylookup.example/account/login?next=/privacy/requests)

If you do not have an account, create one with the e-mail address used in the request.""", headers=AUTO)

R("en", "verify_link", "foxglovedata.example", S("Foxglove Data", "foxglovedata.example", "privacy"),
  "Action required: confirm your opt-out",
  """Please confirm your opt-out request by clicking the button below.

[Confirm my opt-out](https://click.mailrelay-fg.example/ls/click?upn=fg7H2kQ-3Dconfirm-2F61830|https://foxglovedata.example/optout/confirm/61830)

Privacy policy: [foxglovedata.example/privacy](https://foxglovedata.example/privacy)""",
  link="https://foxglovedata.example/optout/confirm/61830",  # relabelled by the lead at the first read: the broker's own URL, which the plain part gives for the same button
  domains="foxglovedata.example mailrelay-fg.example", form="alt", headers=AUTO)

R("en", "verify_link", "seabrightsearch.example", S("Seabright Search", "seabrightsearch.example", "no-reply"),
  "Is this your request?",
  """Someone asked us to remove a profile from Seabright Search and gave this e-mail address.

[Yes, remove the profile](https://seabrightsearch.example/removal/confirm?t=Q8v2Lm)

[This wasn't me](https://seabrightsearch.example/removal/deny?t=Q8v2Lm)

The links expire in 72 hours.""", link="https://seabrightsearch.example/removal/confirm?t=Q8v2Lm",
  form="alt", headers=AUTO)

R("en", "unsure", "orchardpeople.example", S("Orchard People Records", "orchardpeople.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We located a listing at the address in your letter for Maria Elena Soto, 67, shown as a relative
of your client, and removed it. We found no listing in your client's own name.

Orchard People Records""", quoted="en")

R("en", "unsure", "lindenrecords.example", S("Linden Records", "lindenrecords.example"),
  "Re: Request to delete personal information - {token}",
  """Hi,

Our policy is not to display records of people under 18. We found a record for a minor at the
address you gave and have removed it. Your client's own record is built from public records and
remains on our site.

Linden Records Privacy""", quoted="en")

R("en", "needs_id", "ambercourt.example", S("Ambercourt Search", "ambercourt.example"),
  "Re: Request to delete personal information - {token}",
  """Dear Northgate Community Law Project,

Our records show the person named in your request as deceased. To remove the record of a deceased
person we require a certified copy of the death certificate and a document showing that you
represent the estate, such as letters of administration.

Ambercourt Search""", quoted="en")

R("en", "confirmed", "brightwaterlookup.example", S("Brightwater Lookup", "brightwaterlookup.example"),
  "Re: Request to delete personal information - {token}",
  """Dear Northgate Community Law Project,

We have reviewed the signed authorisation you sent and accept it. Your client's profile has been
deleted from brightwaterlookup.example and from our internal database as of today.

Brightwater Lookup Privacy""", quoted="en")

R("en", "refused", "cindervale.example", S("Cindervale Records", "cindervale.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We process privacy requests only when they are submitted by the consumer personally. We do not
accept requests from third parties, including law offices and authorized agents, even with a
signed letter. Your client may submit the request herself on our website.

Cindervale Records""", reason="agent not accepted", quoted="en")

R("en", "needs_info", "ironbarkpeople.example", S("Ironbark People", "ironbarkpeople.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

The authorisation letter attached to your request is not signed by your client. Please send a copy
signed and dated by her, and we will process the request.

Ironbark People Privacy""", quoted="en")

R("en", "extended", "larkspurdata.example", S("Larkspur Data", "larkspurdata.example"),
  "Your request CCPA-22190: extension",
  """We need more time to complete your deletion request CCPA-22190 because your client's
information appears in several of our data sets. As the CCPA allows, we are extending the response
period by 45 days. You will hear from us by January 8, 2027.

Larkspur Data Privacy""")

R("en", "acknowledged", "solanapeople.example", S("Solana People", "solanapeople.example", "ayuda"),
  "Re: Solicitud de supresión de datos personales - {token}",
  """Hi, we got your request and it is in our queue. We usually answer within 45 days; we will
write back in English unless you prefer Spanish.

Solana People Support""", quoted="es")

R("en", "confirmed", "wrenfieldsearch.example", S("Wrenfield Search", "wrenfieldsearch.example"),
  "Removal completed",
  """Your removal request has been completed.

Request type: Delete and remove listing
Status: Completed

The listing at wrenfieldsearch.example/person/f31c8a was removed on November 7, 2026 and the
information behind it deleted. We keep your request's reference and the date for our records only.

Unsubscribe from Wrenfield e-mails: [unsubscribe](https://wrenfieldsearch.example/email/unsubscribe)""",
  form="alt", headers=AUTO)

R("en", "unsure", "gatehousedirect.example", S("Gatehouse Direct Privacy Portal", "gatehousedirect.example", "no-reply"),
  "Request status update: Closed",
  """Request ID: GD-90017
Request Type: Delete
Status: Closed

We searched our databases for the e-mail address and phone number given in the request and found
no matching personal information. No action was needed and the request has been closed.""",
  headers=AUTO)

R("en", "acknowledged", "copperkettle.example", S("Copper Kettle Data", "copperkettle.example"),
  "Your request has been completed",
  """Your request has been completed.

Thank you for submitting your request. It has been forwarded to our privacy team, which will
review it and respond within 45 days.

Request type: Delete
Status: Submitted""", form="html", headers=AUTO)

# -- Spanish: Mexico, Central America, the Caribbean, Colombia, the River Plate, Peru, Spain, the US ---

R("es", "unsure", "directoriopaloma.example", S("Centro de Privacidad Directorio Paloma", "directoriopaloma.example", "no-responder"),
  "Su solicitud de privacidad DP-3310 se ha completado",
  fields(("ID de solicitud", "DP-3310"), ("Tipo de solicitud", "Acceso a mis datos"), ("Estado", "Completada")) + """

Hola:

Su solicitud se ha completado. El informe con los datos personales que tratamos está disponible en
el portal de privacidad durante 30 días: [Descargar informe](https://privacidad.directoriopaloma.example/portal/informe/DP-3310)

Si desea hacer otro tipo de solicitud, envíe una nueva desde el Centro de Privacidad.""", headers=AUTO)

R("es", "unsure", "buscamigo.example", S("BuscAmigo Privacidad", "buscamigo.example", "no-reply"),
  "Solicitud completada: No vender ni compartir",
  """Su solicitud se ha completado.

Tipo de solicitud: No vender ni compartir mi información personal
Estado: Completada
Referencia: BA-5521

Dejaremos de vender o compartir con terceros la información personal que tenemos sobre usted.
Esta solicitud no borra información ni cambia lo que se muestra en buscamigo.example.""",
  form="alt", headers=AUTO, html_body=table(
      [("Tipo de solicitud", "No vender ni compartir mi información personal"), ("Estado", "Completada"),
       ("Referencia", "BA-5521")],
      "Su solicitud se ha completado.\n\nDejaremos de vender o compartir con terceros la información personal que "
      "tenemos sobre usted. Esta solicitud no borra información ni cambia lo que se muestra en buscamigo.example.",
      "Solicitud completada"))

R("es", "unsure", "guiacontinental.example", S("Guía Continental", "guiacontinental.example", "datos"),
  "Rectificación completada",
  """Buenos días:

Atendimos su solicitud de rectificación. El domicilio que aparece en el perfil de su clienta ahora
dice Calle Los Pinos 48, Int. 3. El perfil sigue publicado con los datos corregidos.

Tipo de solicitud: Rectificación
Estado: Completada

Atentamente,
Guía Continental""", quoted="es")

R("es", "unsure", "ofertaslince.example", S("Ofertas Lince", "ofertaslince.example", "preferencias"),
  "Baja de comunicaciones comerciales confirmada",
  """Su solicitud se ha completado.

Tipo de solicitud: Baja de comunicaciones comerciales
Estado: Completada

Ya no recibirá correos promocionales, SMS ni publicidad impresa de Ofertas Lince ni de sus socios.
Esta confirmación se refiere solo a la publicidad.""", headers=AUTO)

R("es", "confirmed", "personasaldia.example", S("Personas al Día Privacidad", "personasaldia.example", "no-responder"),
  "Solicitud PD-77120: Completada",
  """ID de solicitud: PD-77120
Tipo de solicitud: Eliminación
Estado: Completada

Hemos eliminado la información personal de la persona indicada en la solicitud y retiramos su
perfil de personasaldia.example. Los buscadores pueden tardar algunas semanas en dejar de mostrar
copias guardadas de la página.""", headers=AUTO)

R("es", "unsure", "tiendavela.example", S("Tienda Vela Privacidad", "tiendavela.example"),
  "Solicitud de eliminación completada",
  """Solicitud: TV-4402
Tipo: Eliminación de cuenta
Estado: Completada
Correo del titular: gperez.cuenta@buzon.example

Eliminamos la cuenta de cliente registrada con el correo indicado, con su historial de compras y
sus direcciones guardadas. Ningún otro registro formaba parte de esta solicitud.""", headers=AUTO)

R("es", "unsure", "grupoorion.example", S("Grupo Orión Datos", "grupoorion.example"),
  "Su solicitud de eliminación se ha completado - Club Orión",
  """Hola:

Completamos su solicitud de eliminación de los datos de Club Orión, programa de puntos de Grupo
Orión. Cada marca del grupo lleva sus propios registros: esta solicitud no incluye el directorio
BuscaOrión. Para retirar un perfil de BuscaOrión use [su formulario](https://buscaorion.example/baja).

Oficina de Privacidad de Grupo Orión""", domains="grupoorion.example buscaorion.example", quoted="es")

R("es", "confirmed", "guiaiberica.example", S("Guía Ibérica S.L. - Protección de Datos", "guiaiberica.example", "dpd"),
  "Respuesta a su ejercicio del derecho de supresión",
  """Estimados señores:

En respuesta a la solicitud recibida en nombre de su representada, les comunicamos que hemos
atendido su derecho de supresión (artículo 17 del RGPD y artículo 15 de la LOPDGDD). Sus datos han
sido suprimidos de nuestros ficheros y su ficha ya no figura en guiaiberica.example.

Conforme al artículo 32 de la LOPDGDD, los datos quedan bloqueados, a disposición exclusiva de
jueces, tribunales y autoridades, durante el plazo de prescripción de las posibles
responsabilidades; transcurrido ese plazo se destruirán.

Atentamente,
Delegado de Protección de Datos, Guía Ibérica S.L.""", form="alt", charset="iso-8859-15", cte="quoted-printable")

R("es", "extended", "anuariolevante.example", S("Anuario Levante - Privacidad", "anuariolevante.example", "privacidad"),
  "Ampliación del plazo de respuesta",
  """Estimados señores:

Hemos recibido su solicitud de supresión. Dada la complejidad de la búsqueda en nuestros
distintos ficheros, y de acuerdo con el artículo 12.3 del RGPD, les informamos de que el plazo de
respuesta se prorroga dos meses más. Les responderemos a más tardar el 18 de febrero de 2027.

Pueden presentar una reclamación ante la Agencia Española de Protección de Datos (AEPD).

Anuario Levante""", charset="iso-8859-1", cte="quoted-printable")

R("es", "refused", "creditoscantabria.example", S("Créditos Cantabria - DPD", "creditoscantabria.example", "dpd"),
  "Denegación de la solicitud de supresión",
  """Estimados señores:

No podemos atender la supresión solicitada. Conservamos el nombre y el documento de identidad de
su representada porque la Ley 10/2010 de prevención del blanqueo de capitales nos obliga a
guardarlos durante diez años (artículo 17.3.b del RGPD). Estos datos no se publican ni se ceden.

Si no está conforme, puede reclamar ante la Agencia Española de Protección de Datos.

Delegado de Protección de Datos""", reason="exempt (legal obligation)", quoted="es")

R("es", "needs_id", "paginasmeseta.example", S("Páginas Meseta", "paginasmeseta.example", "lopd"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Buenos días:

Para tramitar el derecho de supresión necesitamos acreditar la identidad de la persona interesada:
envíennos una copia de su DNI, NIE o pasaporte por ambas caras.

Un saludo,
Páginas Meseta""", quoted="es")

R("es", "needs_info", "callejerosur.example", S("Callejero Sur", "callejerosur.example", "privacidad"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Estimados señores:

Cuando el derecho se ejerce por medio de representante, el artículo 12 de la LOPDGDD exige
acreditar la representación. La autorización adjunta no indica para qué ni ante quién se otorga;
necesitamos un documento de representación que nos mencione y que firme su clienta.

Callejero Sur""", quoted="es")

R("es", "acknowledged", "directoriotapatio.example", S("Directorio Tapatío", "directoriotapatio.example", "arco"),
  "Respuesta a su solicitud de derechos ARCO",
  """Estimada representante:

Su solicitud de cancelación es procedente. De acuerdo con la Ley Federal de Protección de Datos
Personales en Posesión de los Particulares, los datos de su representada se bloquearán primero y
se suprimirán al concluir el periodo de bloqueo. Le avisaremos cuando concluya.

Departamento de Datos Personales""", quoted="es")

R("es", "confirmed", "buscamexico.example", S("BuscaMéxico", "buscamexico.example", "arco"),
  "Solicitud ARCO 2026-1187: cancelación realizada",
  """Buen día:

Le informamos que ya realizamos la cancelación de los datos personales de su representada y que su
ficha fue retirada de buscamexico.example el día de hoy. Conservamos únicamente el acuse de su
solicitud.

Saludos cordiales,
Oficial de Privacidad""", charset="windows-1252", cte="quoted-printable")

R("es", "acknowledged", "datoscafeteros.example", S("Datos Cafeteros S.A.S.", "datoscafeteros.example", "habeasdata"),
  "Radicado de su reclamo",
  """Señores Centro Legal Semillas:

Su reclamo quedó radicado con el número HD-2026-04417. De acuerdo con la Ley 1581 de 2012 será
atendido dentro de los quince (15) días hábiles siguientes a su recibo.

Cordialmente,
Oficina de Protección de Datos""", quoted="es")

R("es", "confirmed", "guiaandina.example", S("Guía Andina S.A.S.", "guiaandina.example", "habeasdata"),
  "Respuesta a su reclamo HD-2026-0391",
  """Señores:

Les informamos que suprimimos la información de su poderdante de nuestras bases de datos y de
guiaandina.example, conforme a la Ley 1581 de 2012. La supresión quedó hecha el día de hoy.

Cordialmente,
Oficina de Protección de Datos""")

R("es", "needs_id", "encontrate.example", S("Encontrate", "encontrate.example", "hola"),
  "Re: Solicitud de supresión de datos personales - {token}",
  """Hola, ¿cómo andás? Si querés que borremos los datos de tu clienta, mandanos una foto del DNI de
ella de los dos lados. Sin eso no podemos hacer nada.

Saludos,
Equipo Encontrate""", quoted="es")

R("es", "confirmed", "guiaportena.example", S("Guía Porteña", "guiaportena.example", "datos"),
  "Re: Solicitud de supresión de datos personales - {token}",
  """Listo, ya dimos de baja el perfil de tu clienta. Si ves que sigue apareciendo avisanos.

Guía Porteña""", quoted="es")

R("es", "confirmed", "redvecinal.example", S("Red Vecinal", "redvecinal.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Buenas tardes:

Eliminamos el perfil de su clienta de redvecinal.example. Para que no se vuelva a crear cuando
actualizamos nuestras fuentes, conservamos en una lista de exclusión solamente su nombre y su
código postal; no se usan para nada más.

Equipo de Privacidad, Red Vecinal""", quoted="es")

R("es", "unsure", "registrosol.example", S("Registro Sol", "registrosol.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Estimados:

Marcamos el registro de su clienta como suprimido: ya no se mostrará en nuestro sitio web. El
registro sigue en nuestra base de datos y en los productos que licenciamos a clientes empresariales,
porque proviene de fuentes de acceso público.

Registro Sol""", quoted="es")

R("es", "unsure", "telefonoslatinos.example", S("Teléfonos Latinos", "telefonoslatinos.example", "soporte"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

Quitamos del perfil de su clienta el número de teléfono (323) 555-0186, como pidieron. El resto del
perfil se basa en registros públicos y sigue disponible.

Soporte""", quoted="es")

R("es", "unsure", "buscagente.example", S("BuscaGente", "buscagente.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

Encontramos tres perfiles con el nombre de su clienta. Eliminamos uno, el de Santa Ana (52 años).
Según nuestro sistema los otros dos, en Anaheim y en Garden Grove, corresponden a otras personas,
así que los dejamos publicados.

BuscaGente""", quoted="es")

R("es", "unsure", "vecinosenlinea.example", S("Vecinos en Línea", "vecinosenlinea.example", "bajas"),
  "Baja procesada",
  """Procesamos su baja en Vecinos en Línea.

Nuestros sitios hermanos, DirectorioYa y Casa Pública, se administran por separado. Si su clienta
aparece en ellos, debe pedir la baja en cada sitio.""", headers=AUTO)

R("es", "confirmed", "quienvive.example", S("QuiénVive", "quienvive.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Buenas tardes:

Borramos hoy el perfil de nuestro sitio y de nuestra base de datos. Es posible que Google y otros
buscadores sigan mostrando una copia antigua de la página durante algunas semanas; no controlamos
esas copias.

QuiénVive Privacidad""", quoted="es")

R("es", "unsure", "archivopublico.example", S("Archivo Público Avisos", "archivopublico.example", "avisos"),
  "Aviso: un perfil coincide con su baja anterior",
  """Este es un aviso de cortesía.

En abril de 2026 usted pidió la baja en Archivo Público. Se creó un nuevo perfil que coincide con
esa baja a partir de registros del condado publicados recientemente, y ya aparece en nuestro sitio.
Si quiere retirarlo también, haga una nueva solicitud en [archivopublico.example/baja](https://archivopublico.example/baja).""",
  headers=AUTO)

R("es", "confirmed", "guiafamiliar.example", S("Lucía Barragán", "guiafamiliar.example", "lucia"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """> Les solicitamos suprimir todos sus datos personales,

Hecho, ya se borraron.

> dar de baja todos sus perfiles publicados

También, el perfil ya no existe.

> y avisarnos por escrito cuando esté hecho.

Con este correo les aviso.

Lucía B.
Guía Familiar""")

R("es", "unsure", "padronweb.example", S("Ernesto Quiroga", "padronweb.example", "ernesto"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """> Les solicitamos suprimir todos sus datos personales,

Eso no se puede, son datos del padrón público.

> dar de baja todos sus perfiles publicados

Bajé el de padronweb.example/p/40172. El otro es de su hermana y se queda.

Ernesto""")

R("es", "acknowledged", "conectapersonas.example", S("ConectaPersonas", "conectapersonas.example", "atencion"),
  "Su solicitud n.º 71904",
  """Gracias. Recibimos su solicitud y le asignamos el número 71904. Nuestro equipo de privacidad le
responderá en un máximo de 10 días hábiles.

ConectaPersonas

--
AVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial. Si usted lo recibió por error, por favor
elimínelo y avise al remitente. Para darse de baja de esta lista de correo, responda con la palabra
BAJA.""", form="alt", charset="iso-8859-1", cte="quoted-printable")

R("es", "auto_reply", "infociudad.example", S("InfoCiudad", "infociudad.example"),
  "Respuesta automática: Solicitud de supresión de datos personales - {token}",
  """Este buzón ya no se atiende.

Las solicitudes de privacidad se reciben ahora en derechos@infociudad-grupo.example. Los mensajes
enviados a esta dirección no se leen ni se reenvían.""", headers=AUTO_R)

R("es", "needs_info", "datosdelbarrio.example", S("Datos del Barrio", "datosdelbarrio.example", "contacto"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

Este es nuestro buzón general. Por favor vuelva a enviar su solicitud a nuestra oficina de
privacidad, privacidad@datosbarrio-legal.example, para que quede registrada y se conteste en plazo.

Gracias,
Datos del Barrio""", quoted="es", domains="datosdelbarrio.example datosbarrio-legal.example")

R("es", "bounce", "guiaestelar.example", S("Sistema de entrega de correo", "guiaestelar.example", "MAILER-DAEMON"),
  "Correo no entregado",
  """No se pudo entregar su mensaje a uno o más destinatarios.

<privacidad@guiaestelar.example>: el buzón del destinatario está lleno y no puede aceptar mensajes
en este momento (552 5.2.2).""", form="bounce", status="5.2.2", inner="552 5.2.2 Mailbox full",
  charset="iso-8859-1", cte="quoted-printable")

R("es", "confirmed", "guiaorquidea.example", S("Guía Orquídea", "guiaorquidea.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Adjunto encontrarán la constancia.

Guía Orquídea""", form="pdf", attach=("pdf", "constancia-supresion.pdf", [
      "Guia Orquidea - Constancia de supresion de datos",
      "Folio: GO-CS-3391",
      "Hacemos constar que el 9 de noviembre de 2026 se suprimieron de nuestras bases",
      "los datos personales de la persona representada por Centro Legal Semillas",
      "y se retiro su perfil de guiaorquidea.example.",
      "Oficina de Privacidad, Guia Orquidea"]), quoted="es")

R("es", "unsure", "padronesmx.example", S("Padrones MX", "padronesmx.example", "soporte"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Le enviamos la respuesta en la imagen adjunta.

Soporte Padrones MX""", form="png", attach=("png", "respuesta.png"), quoted="es")

R("es", "other", "directorioazul.example", S("Directorio Azul Soporte", "directorioazul.example", "soporte"),
  "¿Cómo lo hicimos? Ticket n.º 8830",
  """El ticket n.º 8830 se marcó como Resuelto.

¿Cómo califica la atención que recibió?
[Buena, estoy satisfecho](https://directorioazul.example/encuesta/8830?cal=buena)
[Mala, no estoy satisfecho](https://directorioazul.example/encuesta/8830?cal=mala)

Responda a este correo para reabrir el ticket.""", form="alt", headers=AUTO)

R("es", "verify_link", "buscahogar.example", S("BuscaHogar Privacidad", "buscahogar.example"),
  "Confirme su solicitud",
  """Recibimos una solicitud para retirar un perfil de BuscaHogar.

Para confirmar que la solicitud es legítima, responda a este correo con la palabra SÍ en los
próximos 7 días. Si usted no hizo esta solicitud, ignore este mensaje.""", headers=AUTO)

R("es", "verify_link", "localizador.example", S("Localizador", "localizador.example", "no-reply"),
  "Su código de verificación",
  """Su código de verificación es 507 661.

Escríbalo en la [página de verificación](https://localizador.example/privacidad/verificar) para
confirmar su solicitud de baja. El código vence en 30 minutos.""",
  link="https://localizador.example/privacidad/verificar", form="alt", headers=AUTO)

R("es", "needs_info", "miperfilpublico.example", S("Mi Perfil Público", "miperfilpublico.example", "no-reply"),
  "Confirme su solicitud desde su cuenta",
  """Para confirmar su solicitud de baja, inicie sesión en su cuenta de Mi Perfil Público y abra
Privacidad > Solicitudes: [Iniciar sesión](https://miperfilpublico.example/cuenta/entrar?sig=/privacidad)

Si no tiene cuenta, cree una con el correo que usó en la solicitud.""", headers=AUTO)

R("es", "verify_link", "hallazgo.example", S("Hallazgo", "hallazgo.example", "privacidad"),
  "Acción requerida: confirme su baja",
  """Confirme su solicitud de baja con el botón de abajo.

[Confirmar mi baja](https://trk.envios-hz.example/r?u=aHR0cHM6Ly9oYWxsYXpnby5leGFtcGxlL2JhamEvY29uZmlybWFyLzQ0MTI|https://hallazgo.example/baja/confirmar/4412)

[Darse de baja de nuestros correos](https://hallazgo.example/correo/baja?u=4412)""",
  link="https://hallazgo.example/baja/confirmar/4412",  # relabelled by the lead at the first read: the broker's own URL, which the plain part gives for the same button
  domains="hallazgo.example envios-hz.example", form="alt", headers=AUTO)

R("es", "verify_link", "caribelocal.example", S("Caribe Local", "caribelocal.example", "no-reply"),
  "¿Usted hizo esta solicitud?",
  """Alguien nos pidió retirar un perfil de Caribe Local y dio esta dirección de correo.

[Sí, retiren el perfil](https://caribelocal.example/baja/confirmar?t=Kd93Wq)

[No fui yo](https://caribelocal.example/baja/rechazar?t=Kd93Wq)

Los enlaces vencen en 72 horas.""", link="https://caribelocal.example/baja/confirmar?t=Kd93Wq",
  form="alt", headers=AUTO)

R("es", "unsure", "familiasunidas.example", S("Familias Unidas Directorio", "familiasunidas.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Buenas tardes:

En el domicilio de su carta encontramos el perfil de Rosa Elvira Montaño, de 71 años, que figura
como madre de su clienta, y lo retiramos. No encontramos ningún perfil a nombre de su clienta.

Directorio Familias Unidas""", quoted="es")

R("es", "unsure", "censoabierto.example", S("Censo Abierto", "censoabierto.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

No mostramos datos de menores de edad. Encontramos en ese domicilio el registro de un menor, hijo de
su clienta, y lo eliminamos. El registro de su clienta proviene de fuentes públicas y sigue
publicado.

Censo Abierto""", quoted="es")

R("es", "needs_id", "memoriapublica.example", S("Memoria Pública", "memoriapublica.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Estimados:

Nuestros registros indican que la persona de su solicitud falleció. Para retirar el registro de una
persona fallecida necesitamos copia certificada del acta de defunción y un documento que acredite
que ustedes representan a la sucesión o a la familia.

Memoria Pública""", quoted="es")

R("es", "confirmed", "directoriosolidario.example", S("Directorio Solidario", "directoriosolidario.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Estimado Centro Legal Semillas:

Revisamos la autorización firmada que nos enviaron y la aceptamos. El perfil de su clienta quedó
eliminado de directoriosolidario.example y de nuestra base interna el día de hoy.

Directorio Solidario""", quoted="es")

R("es", "refused", "indicenacional.example", S("Índice Nacional", "indicenacional.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

Solo tramitamos solicitudes de privacidad presentadas por la persona interesada. No aceptamos
solicitudes de terceros, incluidos despachos, organizaciones y representantes autorizados, aunque
traigan una carta firmada. Su clienta puede hacer la solicitud ella misma en nuestro sitio.

Índice Nacional""", reason="agent not accepted", quoted="es")

R("es", "needs_info", "guiabahia.example", S("Guía Bahía", "guiabahia.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

La autorización que adjuntaron no está firmada por su clienta. Envíennos una copia firmada y
fechada por ella y tramitaremos la solicitud.

Guía Bahía""", quoted="es")

R("es", "refused", "registrolimeno.example", S("Registro Limeño", "registrolimeno.example", "datospersonales"),
  "Respuesta a su solicitud de supresión",
  """Señores:

Los datos de su representada provienen de fuentes accesibles al público (registros públicos), por
lo que su tratamiento no requiere consentimiento según la Ley 29733. No procede la supresión
solicitada. Puede acudir a la Autoridad Nacional de Protección de Datos Personales.

Atentamente,
Registro Limeño""", reason="public records", quoted="es")

R("es", "acknowledged", "latinodirectorio.example", S("Latino Directorio", "latinodirectorio.example"),
  "Recibimos su solicitud",
  """Gracias por comunicarse con Latino Directorio.

Tipo de solicitud: Borrar mis datos
Estado: En proceso
Número: LD-33017

Le responderemos dentro de los 45 días que indica la ley de California (CCPA). No tiene que hacer
nada más por ahora.""", headers=AUTO)

R("es", "extended", "vistapersonas.example", S("VistaPersonas", "vistapersonas.example"),
  "Su solicitud CCPA-5521: prórroga",
  """Necesitamos más tiempo para completar su solicitud de eliminación CCPA-5521, porque los datos
de su clienta aparecen en varias de nuestras bases. Como lo permite la CCPA, ampliamos el plazo 45
días más. Le responderemos a más tardar el 12 de enero de 2027.

VistaPersonas Privacidad""")

R("es", "unsure", "buscador506.example", S("Buscador 506", "buscador506.example"),
  "Solicitud procesada",
  """Procesamos su solicitud de exclusión de la venta de datos personales. A partir de ahora no
venderemos la información de su clienta a terceros. Su perfil en buscador506.example no cambia.

Buscador 506""", quoted="es")

R("es", "unsure", "directorioquisqueya.example", S("Directorio Quisqueya", "directorioquisqueya.example", "no-responder"),
  "Actualización de su solicitud",
  """Actualización de su solicitud""", form="html", headers=AUTO, html_body=table(
      [("Solicitud", "DQ-1207"), ("Tipo", "Eliminación"), ("Estado", "Rechazada")],
      "Buscamos en nuestras bases con el correo electrónico y el teléfono de la solicitud y no encontramos "
      "información personal asociada. La solicitud se cerró sin cambios.", "Actualización de su solicitud"))

R("es", "other", "guiaceiba.example", S("Guía Ceiba Privacidad", "guiaceiba.example"),
  "Invitación: llamada sobre su solicitud de privacidad",
  """Guía Ceiba Privacidad le invitó a una llamada sobre la solicitud GC-7741.

Cuándo: jueves 2026-11-26, 11:00 a 11:30 (hora del Centro)
Enlace: [reunion.guiaceiba.example/gc-7741](https://reunion.guiaceiba.example/gc-7741)

Acepte o rechace desde su calendario.""", form="ics", attach=("ics", "invitacion.ics", invite(
      "-//Guia Ceiba//Calendario//ES", "gc-7741@guiaceiba.example", "20261115T050000Z", "20261126T170000Z",
      "20261126T173000Z", "Llamada sobre su solicitud de privacidad", "privacidad@guiaceiba.example")))

R("es", "acknowledged", "paginaschapinas.example", S("Páginas Chapinas", "paginaschapinas.example", "privacidad"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Muy buenas tardes, con mucho gusto le atendemos. Ya trasladamos su solicitud al área de datos;
en cuanto nos confirmen se lo hacemos saber.

Feliz tarde,
Páginas Chapinas""", quoted="es")

R("es", "confirmed", "guiaboricua.example", S("Guía Boricua", "guiaboricua.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Saludos. Ya borramos el profile de su clienta, ya no sale en el website. Cualquier cosa nos
deja saber.

Guía Boricua""", quoted="es")

R("es", "needs_id", "nuevoshogares.example", S("Nuevos Hogares", "nuevoshogares.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Hola:

Para procesar la solicitud necesitamos verificar la identidad de su clienta con una identificación
oficial con fotografía vigente (licencia de manejo de EE. UU., pasaporte o matrícula consular) y un
comprobante de domicilio reciente.

Nuevos Hogares""", quoted="es")

R("es", "confirmed", "directorioaltiplano.example", S("Directorio Altiplano", "directorioaltiplano.example"),
  "Solicitud completada",
  """Su solicitud se ha completado.

Tipo de solicitud: Eliminar mis datos y mi perfil
Estado: Completada

El perfil directorioaltiplano.example/persona/8c21f fue retirado el 14 de noviembre de 2026 y se
borró la información correspondiente. Solo guardamos la referencia y la fecha de la solicitud.

Darse de baja de nuestros correos: [baja](https://directorioaltiplano.example/correo/baja)""",
  form="alt", headers=AUTO)

# -- Portuguese (Brazil's LGPD), Haitian Creole, French (France, Quebec's Law 25) -----------------------

R("pt", "confirmed", "achagente.example", S("AchaGente - Encarregado de Dados", "achagente.example", "dpo"),
  "Resposta à sua requisição de eliminação",
  """Prezados,

Informamos que atendemos a requisição de eliminação dos dados pessoais da sua cliente, nos termos
do art. 18, VI, da LGPD. Os dados foram eliminados das nossas bases e o perfil foi retirado de
achagente.example hoje.

Atenciosamente,
Encarregado pelo Tratamento de Dados Pessoais""", charset="iso-8859-1", cte="quoted-printable")

R("pt", "acknowledged", "listabrasil.example", S("Lista Brasil", "listabrasil.example", "privacidade"),
  "Protocolo da sua solicitação LGPD",
  """Olá,

Recebemos sua solicitação de eliminação de dados, protocolo LB-2026-0917. Responderemos em até 15
dias, prazo que adotamos conforme a LGPD.

Equipe de Privacidade, Lista Brasil""", quoted="en")

R("pt", "unsure", "guiacarioca.example", S("Central de Privacidade Guia Carioca", "guiacarioca.example", "nao-responda"),
  "Sua solicitação foi concluída",
  fields(("Protocolo", "GC-4471"), ("Tipo de solicitação", "Acesso aos dados"), ("Status", "Concluída")) + """

Sua solicitação foi concluída. O relatório com os dados pessoais que tratamos está disponível no
portal por 30 dias: [Baixar relatório](https://privacidade.guiacarioca.example/portal/relatorio/GC-4471)""",
  headers=AUTO)

R("pt", "needs_id", "buscabr.example", S("BuscaBR", "buscabr.example", "lgpd"),
  "Re: Request to delete personal information - {token}",
  """Olá,

Para confirmar a identidade da titular, precisamos do número do CPF e de uma cópia do RG ou da CNH
dela. Sem esses documentos não conseguimos localizar o cadastro com segurança.

Equipe BuscaBR""", quoted="en")

R("pt", "unsure", "telefonesja.example", S("TelefonesJá", "telefonesja.example", "suporte"),
  "Re: Request to delete personal information - {token}",
  """Olá,

Removemos do perfil da sua cliente o telefone (617) 555-0132. Os demais dados do perfil vêm de
registros públicos e continuam disponíveis.

Suporte TelefonesJá""", quoted="en")

R("pt", "refused", "cadastrosul.example", S("Cadastro Sul", "cadastrosul.example", "dpo"),
  "Resposta à requisição do titular",
  """Prezados,

Não é possível eliminar os dados solicitados: eles são mantidos para cumprimento de obrigação
legal e regulatória (art. 16, I, da LGPD), pelo prazo previsto na legislação fiscal. Os dados não
são publicados nem compartilhados. A titular pode peticionar à ANPD.

Encarregado de Dados, Cadastro Sul""", reason="exempt (legal obligation)", form="alt",
  charset="windows-1252", cte="quoted-printable")

R("pt", "confirmed", "vizinhosonline.example", S("Paulo Teixeira", "vizinhosonline.example", "paulo"),
  "Re: Request to delete personal information - {token}",
  """Feito. Apagamos o cadastro e o perfil dela saiu do site.

> Please delete all personal information you hold about our client,
> take down every listing of our client on your sites,
> and tell us in writing once this is done.

Paulo
Vizinhos Online""")

R("pt", "bounce", "paginasnorte.example", S("Sistema de Entrega", "paginasnorte.example", "MAILER-DAEMON"),
  "Mensagem não entregue",
  """Não foi possível entregar sua mensagem.

<privacidade@paginasnorte.example>: a caixa postal do destinatário está cheia (552 5.2.2).""",
  form="bounce", status="5.2.2", inner="552 5.2.2 Caixa postal cheia", charset="utf-8", cte="base64")

R("pt", "auto_reply", "guiaimigrante.example", S("Guia Imigrante", "guiaimigrante.example"),
  "Resposta automática: Request to delete personal information - {token}",
  """Esta caixa de e-mail não é mais monitorada.

Pedidos de privacidade agora devem ser enviados para titulares@guiaimigrante-dados.example.
Mensagens enviadas para este endereço não são lidas.""", headers=AUTO_R)

R("pt", "unsure", "achaportugues.example", S("AchaPortuguês", "achaportugues.example"),
  "Re: Request to delete personal information - {token}",
  """Olá,

Atendemos ao pedido de oposição à venda de dados: não venderemos mais as informações da sua
cliente a terceiros. O perfil no site não foi alterado e continua publicado.

AchaPortuguês""", quoted="en")

R("ht", "confirmed", "anyekominote.example", S("Anyè Kominote", "anyekominote.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjou,

Nou efase tout enfòmasyon pèsonèl kliyan ou an nan baz done nou, epi nou retire paj li sou
anyekominote.example jodi a.

Ekip Vi Prive Anyè Kominote""", quoted="en")

R("ht", "acknowledged", "kreyolkonekte.example", S("Kreyòl Konekte", "kreyolkonekte.example"),
  "Nou resevwa demann ou",
  """Mèsi. Nou resevwa demann ou, nimewo KK-6620. Ekip nou an ap reponn ou nan 45 jou, jan lwa CCPA
mande l.

Kreyòl Konekte""", headers=AUTO)

R("ht", "needs_id", "repetwa-ayisyen.example", S("Repètwa Ayisyen", "repetwa-ayisyen.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjou,

Pou nou ka trete demann nan, nou bezwen yon kopi yon pyès idantite ofisyèl ak foto kliyan an
(government-issued photo ID) ak yon bòdwo kouran oswa dlo ki gen adrès li.

Repètwa Ayisyen""", quoted="en")

R("ht", "unsure", "fanmiyonline.example", S("Fanmi Online", "fanmiyonline.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjou,

Nou jwenn nan adrès lèt la paj Jean-Robert Delva, 74 an, ki parèt kòm papa kliyan ou an, epi nou
retire l. Nou pa jwenn okenn paj nan non kliyan ou an li menm.

Fanmi Online""", quoted="en")

R("ht", "verify_link", "lakayrechech.example", S("Lakay Rechèch", "lakayrechech.example", "no-reply"),
  "Kòd verifikasyon ou",
  """Kòd verifikasyon ou se 733 190.

Tape l sou [paj verifikasyon an](https://lakayrechech.example/prive/verifye) pou konfime demann
retire a. Kòd la ekspire nan 30 minit.""", link="https://lakayrechech.example/prive/verifye", headers=AUTO)

R("ht", "refused", "zanmilakay.example", S("Zanmi Lakay", "zanmilakay.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjou,

Nou trete demann vi prive sèlman lè se moun nan li menm ki fè l. Nou pa aksepte demann ki soti nan
lòt moun, menm biwo avoka oswa "authorized agent" ki gen lèt siyen. Kliyan ou an ka fè demann nan
li menm sou sit nou an.

Zanmi Lakay""", reason="agent not accepted", quoted="en")

R("ht", "auto_reply", "ayitiannwe.example", S("Ayiti Annwè", "ayitiannwe.example"),
  "Repons otomatik: Request to delete personal information - {token}",
  """Mwen an konje jiska 30 novanm. Pou yon ijans, ekri sipo@ayitiannwe.example.

Mèsi,
Nadège""", headers=AUTO_R)

R("fr", "confirmed", "repertoireboreal.example", S("Répertoire Boréal inc.", "repertoireboreal.example", "confidentialite"),
  "Réponse à votre demande - Loi 25",
  """Bonjour,

Nous avons donné suite à la demande présentée au nom de votre cliente. Conformément à la Loi sur
la protection des renseignements personnels dans le secteur privé, nous avons cessé la diffusion
de ses renseignements : sa fiche a été retirée de repertoireboreal.example et les renseignements
ont été détruits aujourd'hui.

Responsable de la protection des renseignements personnels""", charset="iso-8859-15", cte="quoted-printable")

R("fr", "needs_id", "annuairelaurentides.example", S("Annuaire Laurentides", "annuairelaurentides.example", "vieprivee"),
  "Re: Request to delete personal information - {token}",
  """Bonjour,

Avant de traiter la demande, nous devons vérifier l'identité de la personne concernée : veuillez
nous transmettre une copie d'une pièce d'identité avec photo délivrée par un gouvernement.

Annuaire Laurentides""", quoted="en")

R("fr", "refused", "quotidienestrie.example", S("Le Quotidien de l'Estrie", "quotidienestrie.example", "redaction"),
  "Votre demande de désindexation",
  """Madame, Monsieur,

Nous avons étudié votre demande de cessation de diffusion et de désindexation au sens de l'article
28.1. L'article porte sur une décision judiciaire publique et l'intérêt du public à connaître cette
information l'emporte; nous ne retirerons pas l'article. Vous pouvez vous adresser à la Commission
d'accès à l'information du Québec.

La rédaction""", reason="exempt (freedom of expression)", charset="windows-1252", cte="8bit")

R("fr", "extended", "annuairehexagone.example", S("Annuaire Hexagone SAS", "annuairehexagone.example", "dpo"),
  "Prolongation du délai de réponse",
  """Madame, Monsieur,

Nous avons bien reçu votre demande d'effacement. Compte tenu de sa complexité, et conformément à
l'article 12.3 du RGPD, le délai de réponse est prolongé de deux mois. Nous vous répondrons au plus
tard le 20 février 2027.

Vous pouvez introduire une réclamation auprès de la CNIL.

Délégué à la protection des données""")

R("fr", "refused", "fichierlyonnais.example", S("Fichier Lyonnais", "fichierlyonnais.example", "dpo"),
  "Votre demande d'effacement",
  """Madame, Monsieur,

Nous ne pouvons pas effacer les données demandées : nous les conservons pour respecter une
obligation légale de conservation des pièces comptables (article 17.3.b du RGPD). Elles ne sont ni
publiées ni cédées. Vous pouvez saisir la CNIL.

Délégué à la protection des données""", reason="exempt (legal obligation)", quoted="en")

R("fr", "confirmed", "pagesfrancophones.example", S("Pages Francophones", "pagesfrancophones.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjour,

La fiche a été supprimée de notre site et de notre base de données aujourd'hui. Les moteurs de
recherche peuvent encore afficher une copie en cache de l'ancienne page pendant quelques semaines;
nous n'avons aucun contrôle sur ces copies.

Pages Francophones""", quoted="en")

R("fr", "unsure", "annuairemontreal.example", S("Portail de confidentialité Annuaire Montréal", "annuairemontreal.example", "ne-pas-repondre"),
  "Votre demande a été traitée",
  fields(("Numéro", "AM-3310"), ("Type de demande", "Accès aux renseignements"), ("Statut", "Terminée")) + """

Votre demande a été traitée. Le rapport des renseignements personnels que nous détenons est
disponible dans le portail pendant 30 jours.""", form="alt", headers=AUTO)

R("fr", "verify_link", "retrouvetout.example", S("RetrouveTout", "retrouvetout.example", "ne-pas-repondre"),
  "Est-ce bien votre demande ?",
  """Quelqu'un nous a demandé de retirer une fiche de RetrouveTout en donnant cette adresse.

[Oui, retirez la fiche](https://retrouvetout.example/retrait/confirmer?t=Zp41Nc)

[Ce n'était pas moi](https://retrouvetout.example/retrait/refuser?t=Zp41Nc)""",
  link="https://retrouvetout.example/retrait/confirmer?t=Zp41Nc", form="alt", headers=AUTO)

R("fr", "bounce", "annuairedelta.example", S("Mail Delivery System", "annuairedelta.example", "MAILER-DAEMON"),
  "Non remis : Request to delete personal information - {token}",
  """Votre message n'a pas pu être remis à privacy@annuairedelta.example : l'adresse n'existe pas.""",
  form="bounce", inner="550 5.1.1 Adresse inconnue", charset="iso-8859-1", cte="quoted-printable")

# -- Vietnamese, Chinese, Korean, Tagalog, Arabic, Somali, Russian, Ukrainian ------------------------

R("vi", "confirmed", "danhbaviet.example", S("Danh Bạ Việt", "danhbaviet.example"),
  "Re: Request to delete personal information - {token}",
  """Chào quý vị,

Chúng tôi đã xóa toàn bộ thông tin cá nhân của thân chủ quý vị khỏi cơ sở dữ liệu và gỡ trang hồ
sơ của bà ấy khỏi danhbaviet.example hôm nay.

Bộ phận Quyền riêng tư""", quoted="en")

R("vi", "unsure", "nguoivietlookup.example", S("Nguoi Viet Lookup", "nguoivietlookup.example", "no-reply"),
  "Yêu cầu của quý vị đã hoàn tất",
  fields(("Mã yêu cầu", "NV-2208"), ("Loại yêu cầu", "Truy cập dữ liệu (Right to Know)"), ("Trạng thái", "Hoàn tất")) + """

Yêu cầu của quý vị đã hoàn tất. Báo cáo dữ liệu cá nhân có trong cổng quyền riêng tư trong 30
ngày. Yêu cầu này không xóa dữ liệu nào.""", headers=AUTO)

R("vi", "acknowledged", "timnguoi.example", S("Tìm Người", "timnguoi.example"),
  "Chúng tôi đã nhận yêu cầu",
  """Cảm ơn quý vị. Chúng tôi đã nhận yêu cầu xóa dữ liệu, mã số TN-7719. Chúng tôi sẽ trả lời
trong vòng 45 ngày theo luật CCPA.""", headers=AUTO)

R("vi", "needs_id", "congdongviet.example", S("Cộng Đồng Việt", "congdongviet.example"),
  "Re: Request to delete personal information - {token}",
  """Chào quý vị,

Để xử lý yêu cầu, chúng tôi cần bản sao giấy tờ tùy thân có ảnh do chính phủ cấp của thân chủ và
một hóa đơn điện nước có địa chỉ hiện tại.

Cộng Đồng Việt""", quoted="en")

R("vi", "verify_link", "hosoviet.example", S("Hồ Sơ Việt", "hosoviet.example", "no-reply"),
  "Xác nhận yêu cầu của quý vị",
  """Vui lòng xác nhận yêu cầu gỡ hồ sơ bằng cách bấm vào liên kết dưới đây trong vòng 48 giờ:

[Xác nhận gỡ hồ sơ](https://hosoviet.example/go-ho-so/xac-nhan?t=Vt72Hq)

[Hủy đăng ký nhận email](https://hosoviet.example/email/huy?u=Vt72Hq)""",
  link="https://hosoviet.example/go-ho-so/xac-nhan?t=Vt72Hq", form="alt", headers=AUTO)

R("vi", "unsure", "saigondirectory.example", S("Saigon Directory", "saigondirectory.example"),
  "Re: Request to delete personal information - {token}",
  """Chào quý vị,

Chúng tôi đã xóa số điện thoại (714) 555-0163 khỏi hồ sơ của thân chủ quý vị. Phần còn lại của hồ
sơ lấy từ hồ sơ công khai nên vẫn được hiển thị.

Saigon Directory""", quoted="en")

R("zh", "confirmed", "huarenlu.example", S("华人录隐私组", "huarenlu.example"),
  "回复：Request to delete personal information - {token}",
  """您好：

我们已从数据库中删除您客户的全部个人信息，并于今天从 huarenlu.example 撤下了她的资料页面。

华人录隐私组""", quoted="en", charset="gb2312", cte="base64")

R("zh", "unsure", "tongxunbao.example", S("通讯宝", "tongxunbao.example", "no-reply"),
  "您的请求已完成",
  """您的请求已完成。

请求类型：不出售或共享我的个人信息
状态：已完成

我们将不再向第三方出售或共享您的个人信息。此请求不会删除任何信息，也不会改变网站上显示的内容。""",
  headers=AUTO, charset="gb2312", cte="base64")

R("zh", "needs_id", "taimeiminglu.example", S("台美名錄", "taimeiminglu.example"),
  "回覆：Request to delete personal information - {token}",
  """您好：

為了處理此請求，我們需要您客戶附照片的政府核發身分證件影本，以及一份顯示目前地址的水電帳單。

台美名錄""", quoted="en", charset="big5", cte="base64")

R("zh", "acknowledged", "haiwaizhaoren.example", S("海外找人网", "haiwaizhaoren.example"),
  "我们已收到您的请求",
  """感谢您的来信。我们已收到您的删除请求，编号 HW-3318。我们将在 45 天内答复。""",
  headers=AUTO, charset="gbk", cte="quoted-printable")

R("zh", "verify_link", "chaxunwang.example", S("查询网", "chaxunwang.example", "no-reply"),
  "请确认您的请求",
  """请在 24 小时内点击以下链接，确认删除资料的请求：

[确认删除](https://chaxunwang.example/shanchu/queren?t=Cx58Pw)

[不是我提交的](https://chaxunwang.example/shanchu/jujue?t=Cx58Pw)""",
  link="https://chaxunwang.example/shanchu/queren?t=Cx58Pw", form="alt", headers=AUTO)

R("zh", "auto_reply", "meidongluntan.example", S("美东华人名录", "meidongluntan.example"),
  "自动回复：Request to delete personal information - {token}",
  """此邮箱已停止使用，不再有人查看。隐私请求请发送至 privacy@meidong-group.example。""",
  headers=AUTO_R, charset="gb2312", cte="base64")

R("ko", "confirmed", "hanin-directory.example", S("한인 디렉토리", "hanin-directory.example"),
  "Re: Request to delete personal information - {token}",
  """안녕하세요.

고객님의 개인정보를 데이터베이스에서 모두 삭제했으며, 오늘 hanin-directory.example 에서 프로필
페이지를 내렸습니다.

개인정보 보호팀""", quoted="en", charset="euc-kr", cte="base64")

R("ko", "extended", "koreatownpeople.example", S("코리아타운 피플", "koreatownpeople.example"),
  "요청 처리 기간 연장 안내",
  """안녕하세요.

고객님의 정보가 여러 데이터베이스에 있어 삭제 요청을 처리하는 데 시간이 더 필요합니다. CCPA에
따라 처리 기간을 45일 연장하며, 2027년 1월 10일까지 답변드리겠습니다.""", charset="euc-kr", cte="base64")

R("ko", "unsure", "hanin-chatgi.example", S("한인 찾기", "hanin-chatgi.example"),
  "옵트아웃 처리 완료",
  """한인 찾기에서 옵트아웃이 처리되었습니다.

자매 사이트인 코리안 페이지와 한인 주소록은 별도로 운영되며 자체 기록을 보관합니다. 고객님이 해당
사이트에도 있다면 각 사이트에서 따로 옵트아웃을 신청해 주십시오.""", headers=AUTO, charset="euc-kr", cte="8bit")

R("ko", "needs_info", "hanin-juso.example", S("한인 주소록", "hanin-juso.example"),
  "Re: Request to delete personal information - {token}",
  """안녕하세요.

같은 이름의 프로필이 여러 개 있습니다. 삭제를 원하시는 프로필의 URL을 보내 주시면 처리하겠습니다.

한인 주소록""", quoted="en")

R("ko", "refused", "uriminjok.example", S("우리 주소록", "uriminjok.example"),
  "Re: Request to delete personal information - {token}",
  """안녕하세요.

저희는 본인이 직접 신청한 요청만 처리합니다. 서명된 위임장이 있더라도 법률 사무소나 대리인(authorized
agent)을 통한 요청은 받지 않습니다. 고객님이 직접 웹사이트에서 신청해 주십시오.""",
  reason="agent not accepted", quoted="en")

R("tl", "confirmed", "pinoylookup.example", S("Pinoy Lookup", "pinoylookup.example"),
  "Re: Request to delete personal information - {token}",
  """Hi po,

Na-delete na po namin ang lahat ng personal information ng client ninyo sa database, at tinanggal
na rin namin ang profile page niya sa pinoylookup.example kanina.

Pinoy Lookup Privacy Team""", quoted="en")

R("tl", "acknowledged", "kababayanfinder.example", S("Kababayan Finder", "kababayanfinder.example"),
  "Re: Request to delete personal information - {token}",
  """Hello po, natanggap na po namin ang request ninyo. Ipapasa po namin sa privacy team at babalitaan
namin kayo within 45 days.

Salamat po!""", quoted="en")

R("tl", "unsure", "pamilyadirectory.example", S("Pamilya Directory", "pamilyadirectory.example"),
  "Re: Request to delete personal information - {token}",
  """Hi po,

Sa address na nasa sulat ninyo, nakita namin ang profile ni Corazon Dela Paz, 69, na nakalista
bilang nanay ng client ninyo, at tinanggal na po namin ito. Wala po kaming nakitang profile sa
pangalan mismo ng client ninyo.

Pamilya Directory""", quoted="en")

R("tl", "needs_id", "bayanihanrecords.example", S("Bayanihan Records", "bayanihanrecords.example"),
  "Re: Request to delete personal information - {token}",
  """Hello po,

Para ma-process ang request, kailangan po namin ng kopya ng government-issued photo ID ng client
ninyo at isang utility bill na may kasalukuyang address niya.

Bayanihan Records""", quoted="en")

R("tl", "verify_link", "hanapkababayan.example", S("Hanap Kababayan", "hanapkababayan.example", "no-reply"),
  "Paki-confirm ang request ninyo",
  """Paki-click po ang link sa ibaba para ma-confirm ang removal request. Mag-e-expire ito sa loob ng
48 oras.

[I-confirm ang removal](https://link.hk-mailer.example/c/Hk29Xs?dest=https%3A%2F%2Fhanapkababayan.example%2Fremoval%2Fconfirm%2FHk29Xs|https://hanapkababayan.example/removal/confirm/Hk29Xs)""",
  link="https://hanapkababayan.example/removal/confirm/Hk29Xs",  # relabelled by the lead at the first read: the broker's own URL, which the plain part gives for the same button
  domains="hanapkababayan.example hk-mailer.example", form="alt", headers=AUTO)

R("ar", "confirmed", "dalil-aljalia.example", S("دليل الجالية", "dalil-aljalia.example"),
  "Re: Request to delete personal information - {token}",
  """مرحباً،

لقد حذفنا جميع البيانات الشخصية لموكلتكم من قاعدة بياناتنا، وأزلنا صفحة ملفها من موقع
dalil-aljalia.example اليوم.

فريق الخصوصية""", quoted="en", charset="windows-1256", cte="quoted-printable", form="alt", rtl=True)

R("ar", "needs_id", "arabdirectory.example", S("الدليل العربي", "arabdirectory.example"),
  "Re: Request to delete personal information - {token}",
  """مرحباً،

لمعالجة الطلب نحتاج إلى نسخة من بطاقة هوية حكومية تحمل صورة موكلتكم، وفاتورة كهرباء أو ماء تُظهر
عنوانها الحالي.

الدليل العربي""", quoted="en", charset="iso-8859-6", cte="base64")

R("ar", "unsure", "bahth-alnas.example", S("بحث الناس", "bahth-alnas.example"),
  "Re: Request to delete personal information - {token}",
  """مرحباً،

وجدنا ثلاثة ملفات باسم موكلتكم، وحذفنا واحداً منها فقط (ديربورن، 38 عاماً). أما الملفان الآخران
فيعودان إلى أشخاص آخرين بحسب نظامنا، ولذلك بقيا منشورين.

بحث الناس""", quoted="en", charset="windows-1256", cte="8bit")

R("ar", "acknowledged", "aljalia-search.example", S("الجالية سيرش", "aljalia-search.example"),
  "تم استلام طلبكم",
  """شكراً لتواصلكم. استلمنا طلب الحذف برقم AS-2290، وسنرد خلال 45 يوماً.""", headers=AUTO,
  charset="windows-1256", cte="base64")

R("ar", "refused", "sijill-alkhaleej.example", S("سجل الخليج", "sijill-alkhaleej.example", "dpo"),
  "Re: Request to delete personal information - {token}",
  """مرحباً،

لا يمكننا حذف البيانات المطلوبة، لأننا ملزمون قانوناً بالاحتفاظ بسجلات التحقق من الهوية لمدة خمس
سنوات بموجب قوانين مكافحة غسل الأموال (المادة 17(3)(ب) من اللائحة العامة لحماية البيانات). لا تُنشر
هذه البيانات ولا تُباع، ويمكنكم تقديم شكوى إلى مكتب مفوض المعلومات (ICO).

مسؤول حماية البيانات""", reason="exempt (legal obligation)", quoted="en")

R("so", "confirmed", "hagaha-soomaalida.example", S("Hagaha Soomaalida", "hagaha-soomaalida.example"),
  "Re: Request to delete personal information - {token}",
  """Salaan,

Waxaan ka tirtirnay dhammaan xogta shakhsiyeed ee macmiilkaaga kaydkayaga, maantana waxaan ka
saarnay boggiisa hagaha-soomaalida.example.

Kooxda Asturnaanta""", quoted="en")

R("so", "needs_id", "raadi-qof.example", S("Raadi Qof", "raadi-qof.example"),
  "Re: Request to delete personal information - {token}",
  """Salaan,

Si aan codsiga u fulino, waxaan u baahanahay nuqul ka mid ah aqoonsi dowladeed oo sawir leh oo
macmiilkaaga ah iyo biil koronto ama biyo oo muujinaya cinwaankiisa hadda.

Raadi Qof""", quoted="en")

R("so", "acknowledged", "bulshada-online.example", S("Bulshada Online", "bulshada-online.example"),
  "Codsigaaga waan helnay",
  """Mahadsanid. Waan helnay codsigaaga tirtiridda, lambarka BO-4471. Waxaan kuugu jawaabi doonnaa
45 maalmood gudahood.""", headers=AUTO)

R("ru", "confirmed", "russkiy-spravochnik.example", S("Русский справочник", "russkiy-spravochnik.example"),
  "Re: Request to delete personal information - {token}",
  """Здравствуйте,

Мы удалили все персональные данные вашей клиентки из нашей базы и сегодня сняли её страницу с сайта
russkiy-spravochnik.example.

Отдел конфиденциальности""", quoted="en", charset="koi8-r", cte="8bit")

R("ru", "unsure", "naiti-lyudei.example", S("Найти людей", "naiti-lyudei.example", "no-reply"),
  "Ваш запрос выполнен",
  """Ваш запрос выполнен.

Тип запроса: Отказ от продажи персональных данных
Статус: Выполнен

Мы больше не будем продавать ваши данные третьим лицам. Этот запрос не удаляет данные и не меняет
то, что показано на сайте.""", headers=AUTO, charset="windows-1251", cte="quoted-printable")

R("ru", "extended", "spravka-usa.example", S("Справка USA", "spravka-usa.example"),
  "Продление срока ответа",
  """Здравствуйте,

Данные вашей клиентки есть в нескольких наших базах, и нам нужно больше времени. Согласно CCPA мы
продлеваем срок ответа на 45 дней и ответим не позднее 11 января 2027 года.""", charset="koi8-r",
  cte="base64")

R("uk", "confirmed", "ukrainska-hromada.example", S("Українська громада онлайн", "ukrainska-hromada.example"),
  "Re: Request to delete personal information - {token}",
  """Добрий день,

Ми видалили всі персональні дані вашої клієнтки з нашої бази і сьогодні зняли її сторінку з сайту
ukrainska-hromada.example.

Відділ конфіденційності""", quoted="en", charset="koi8-u", cte="8bit")

R("uk", "needs_id", "dovidnyk-ua.example", S("Довідник UA", "dovidnyk-ua.example"),
  "Re: Request to delete personal information - {token}",
  """Добрий день,

Щоб обробити запит, нам потрібна копія державного документа з фото вашої клієнтки та рахунок за
комунальні послуги з її теперішньою адресою.

Довідник UA""", quoted="en", charset="windows-1251", cte="quoted-printable")

R("uk", "unsure", "znaity-ua.example", S("Знайти UA", "znaity-ua.example"),
  "Re: Request to delete personal information - {token}",
  """Добрий день,

За адресою з вашого листа ми знайшли профіль Олени Коваль, 45 років, яка вказана як сестра вашої
клієнтки, і видалили його. Профілю на ім'я самої клієнтки ми не знайшли.

Знайти UA""", quoted="en", charset="koi8-u", cte="base64")


# -- forwards: a desk passing on another team's answer (message/rfc822) --------------------------------

R("en", "confirmed", "hearthstonepeople.example", S("Hearthstone People Privacy Desk", "hearthstonepeople.example"),
  "Fwd: Request to delete personal information - {token}",
  """Hello, our records team answered below. Forwarding for your files.

Privacy Desk""", form="fwd", inner="""From: Records Team <records@hearthstonepeople.example>
To: Privacy Desk <privacy@hearthstonepeople.example>
Subject: Re: deletion {token}
Date: Mon, 16 Nov 2026 15:02:00 +0000
Message-ID: <rec-{token}@hearthstonepeople.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Profile hp/77120 and the data behind it were deleted this morning. Nothing left on the site.
""")

R("es", "unsure", "mercadoamigo.example", S("Mercado Amigo Atención", "mercadoamigo.example", "atencion"),
  "RV: Solicitud de supresión de datos personales - {token}",
  """Buenas tardes, les reenvío la respuesta de nuestro equipo de marketing.

Atención al Cliente""", form="fwd", inner="""From: Marketing <marketing@mercadoamigo.example>
To: Atencion <atencion@mercadoamigo.example>
Subject: RE: baja {token}
Date: Mon, 16 Nov 2026 16:20:00 +0000
Message-ID: <mkt-{token}@mercadoamigo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Listo, ya dimos de baja ese correo de nuestro boletín y de las promociones por SMS.
""")

# -- a verification link only inside an attachment ------------------------------------------------------

R("en", "verify_link", "summitlookup.example", S("Summit Lookup Privacy", "summitlookup.example"),
  "Re: Request to delete personal information - {token}",
  """Please see the attached letter for the next step.

Summit Lookup Privacy""", form="pdf",
  attach=("pdf", "next-step.pdf", [
      "Summit Lookup - Removal request SL-40817",
      "Before we remove the listing, the request must be confirmed.",
      "Open this address within 14 days to confirm it:",
      "https://summitlookup.example/privacy/confirm/SL-40817",
      "If nobody confirms, the request will be closed without changes."]), quoted="en")

R("es", "verify_link", "guiaserrana.example", S("Guía Serrana", "guiaserrana.example"),
  "RE: Solicitud de supresión de datos personales - {token}",
  """Le dejamos en la imagen adjunta el enlace para confirmar la baja.

Guía Serrana""", form="png", attach=("png", "enlace-confirmacion.png"), quoted="es")

# -- assembly ---------------------------------------------------------------------------------------

def _addr(name: str, address: str) -> str:
    shown = name if name.isascii() else Header(name, "utf-8").encode()
    return f'"{shown}" <{address}>' if name.isascii() else f"{shown} <{address}>"


def _subject(s: str) -> str:
    return s if s.isascii() else Header(s, "utf-8").encode()


def _letter(kind: str, n: int, broker: str) -> str:
    return (LETTER_ES if kind == "es" else LETTER_EN).format(token=token(n), broker=broker)


def _our_mail(n: int, r: dict, when: datetime) -> str:
    """Our letter as the delivery report returns it (message/rfc822)."""
    kind = "es" if r["lang"] == "es" else "en"
    name, address = CLINIC_ES if kind == "es" else CLINIC_EN
    subject, _, body = _letter(kind, n, r["sender"][0]).partition("\n\n")
    return (f"From: {_addr(name, address)}\nTo: <privacy@{r['domain']}>\n"
            f"Subject: {_subject(subject.split(': ', 1)[1])}\nDate: {format_datetime(when)}\n"
            f"Message-ID: <{token(n).lower()}@{address.split('@')[1]}>\nMIME-Version: 1.0\n"
            f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n{body}\n')


def build(n: int, r: dict) -> bytes:
    """Reply ``n`` (its dict from :func:`R`) as the bytes of an .eml file."""
    when = START + timedelta(hours=3 * n, minutes=17 * n % 60)
    sent = when - timedelta(days=9, hours=2)
    kind = r["quoted"]
    clinic = CLINIC_ES if (kind or ("es" if r["lang"] == "es" else "en")) == "es" else CLINIC_EN
    body = r["body"].replace("{token}", token(n))
    plain = plain_of(body)
    qtext = ""
    if kind:
        qtext = _letter(kind, n, r["sender"][0])
        stamp = sent.strftime("%Y-%m-%d %H:%M")
        lead = (f"El {stamp}, {clinic[0]} <{clinic[1]}> escribió:" if kind == "es"
                else f"On {stamp}, {clinic[0]} <{clinic[1]}> wrote:")
        plain += f"\n{lead}\n" + quote(qtext)
    bnd = "=_w" + hashlib.sha1(f"{n}{r['domain']}".encode()).hexdigest()[:14]
    cs, cte, form = r["charset"], r["cte"], r["form"]
    if form == "plain":
        part = leaf("plain", plain, cs, cte)
    elif form in ("html", "alt"):
        hb = r["html_body"] or body
        html = page(hb, cs, r["rtl"]) if hb.lstrip().startswith("<") else html_of(hb, qtext, cs, r["rtl"])
        part = leaf("html", html, cs, cte)
        if form == "alt":
            part = multi("alternative", [leaf("plain", plain, cs, cte), part], bnd)
    elif form == "fwd":
        inner = r["inner"].replace("{token}", token(n)).encode(cs)
        part = multi("mixed", [leaf("plain", plain, cs, cte),
                               b'Content-Type: message/rfc822\nContent-Disposition: inline\n\n' + inner], bnd)
    elif form == "bounce":
        dsn = (f"Reporting-MTA: dns; mx{n % 7 + 1}.{r['domain']}\nArrival-Date: {format_datetime(sent)}\n\n"
               f"Final-Recipient: rfc822; privacy@{r['domain']}\nAction: failed\nStatus: {r['status']}\n"
               f"Remote-MTA: dns; mail.{r['domain']} [203.0.113.{n % 200 + 10}]\n"
               f"Diagnostic-Code: smtp; {r['inner']}\n")
        part = multi("report", [leaf("plain", plain, cs, cte),
                                b"Content-Type: message/delivery-status\n\n" + dsn.encode(),
                                b"Content-Type: message/rfc822\n\n" + _our_mail(n, r, sent).encode()],
                     bnd, '; report-type="delivery-status"')
    else:  # a text and an attachment
        kind_a, name, content = (r["attach"] + ("",))[:3]
        if kind_a == "pdf":
            att = binary("application/pdf", name, pdf(content))
        elif kind_a == "png":
            att = binary("image/png", name, png())
        else:
            att = leaf("calendar", content, "utf-8", "7bit", f'Content-Disposition: attachment; filename="{name}"\n')
        text = (multi("alternative", [leaf("plain", plain, cs, cte), leaf("html", html_of(body, qtext, cs), cs, cte)],
                      bnd + "a") if r["html_body"] == "alt" else leaf("plain", plain, cs, cte))
        part = multi("mixed", [text, att], bnd)
    head = (f"Return-Path: <{r['sender'][1]}>\n"
            f"Received: from mail.{r['sender'][1].split('@')[1]} (mail.{r['sender'][1].split('@')[1]} "
            f"[198.51.100.{n % 240 + 5}])\n\tby mx.{clinic[1].split('@')[1]}; {format_datetime(when)}\n"
            f"From: {_addr(*r['sender'])}\nTo: {_addr(*clinic)}\nSubject: {_subject(r['subject'].replace('{token}', token(n)))}\n"
            f"Date: {format_datetime(when)}\n"
            f"Message-ID: <{hashlib.sha1((str(n) + r['subject']).encode()).hexdigest()[:20]}@{r['sender'][1].split('@')[1]}>\n")
    if kind:
        head += f"In-Reply-To: <{token(n).lower()}@{clinic[1].split('@')[1]}>\n"
    head += r["headers"] + "MIME-Version: 1.0\n"
    return head.encode() + part


def main(out: Path = HERE) -> None:
    """Write every reply's .eml and labels.csv into ``out`` (this folder by default)."""
    out.mkdir(parents=True, exist_ok=True)
    seen: dict[str, int] = {}
    labels = []
    for n, r in enumerate(REPLIES):
        seen[r["lang"]] = seen.get(r["lang"], 0) + 1
        name = f"{r['lang']}-{seen[r['lang']]:02d}.eml"
        (out / name).write_bytes(build(n, r))
        labels.append([name, r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(labels)


if __name__ == "__main__":
    main()
