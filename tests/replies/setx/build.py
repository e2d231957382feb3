"""Assemble set X (tests/replies/setx): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setx/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set X is weighted to what decides a client's case and a careless reader gets wrong, and to what
earlier sets had less of: time (removals that *will* happen, queued or scheduled ones, a removal
done today that shows later, removals done whose text also speaks of caches and search engines),
whose record (a namesake's, a former resident's, a relative's, one of several profiles, a listing
merged from two people, "which listing?"), removals undone (reversed after a dispute, restored as
"removed in error", re-added from a public record, opt-outs that last only some months), groups of
sites (one brand of a family, "each site is run independently", "done on all our sites"), refusals
and conditions (ID, a notarised form, the last digits of an SSN, an authorised agent refused or
asked for a signed letter, residency limits, "we are not a data broker", FCRA, public-record, fraud-
prevention and law-enforcement exemptions, a fee) and help desks (Zendesk-, Freshdesk-, Help Scout-
and Jira-like chrome whose status disagrees with the text, tickets closed for inactivity or merged,
satisfaction surveys quoting the ticket, signatures holding removal words), beside plainly good
confirmations in many wordings. Every name, address, domain and number is invented; domains end in
``.example``, machines' addresses are RFC 5737's.

Body markup: tests/replies/_setbuild.py's (``[text](url)`` a link; ``[text](href|shown)`` an anchor
to ``href`` shown as ``shown`` in the plain part, ``-`` for its text only; blank lines separate
paragraphs). ``form``: ``plain``; ``flowed`` (plain, RFC 3676); ``html`` (HTML only); ``alt`` (plain
+ HTML, ``html_body`` when the HTML is hand-written); ``fwd`` (a note and an earlier mail attached as
message/rfc822, ``inner`` its text); ``bounce`` (a delivery report with our letter). ``charset`` is
the declared charset, ``cte`` the transfer encoding; ``quoted`` which of our letters (``en``,
``es``) is quoted under the answer.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from _setbuild import COLUMNS, flowed, header, html_of, leaf, multi, page, plain_of, quote  # noqa: E402

START = datetime(2026, 11, 2, 7, 41, tzinfo=timezone.utc)
STEP = timedelta(hours=2, minutes=58)
CLINIC_EN = ("Riverbend Immigrant Legal Aid", "privacy@riverbend-legal.example")
CLINIC_ES = ("Clínica Jurídica Puente Azul", "bajas@puenteazul-legal.example")
REPLIES: list[dict] = []

# Our letters, as a reply quotes them: "delete", "remove", "eliminar", "borrar" are ours, never the broker's.
LETTER_EN = """Subject: Request to delete personal information - {token}

Dear {broker} privacy team,

Riverbend Immigrant Legal Aid writes as authorised agent for our client (signed authorisation
attached). Please delete the personal information you hold about our client, remove every
listing of our client from your sites, and confirm to us in writing once this is done.
Our reference: {token}."""

LETTER_ES = """Asunto: Solicitud de eliminación de datos personales - {token}

Estimado equipo de privacidad de {broker}:

La Clínica Jurídica Puente Azul escribe como representante autorizada de nuestra clienta
(adjuntamos su autorización firmada). Les pedimos eliminar los datos personales que tengan de
ella, borrar todos sus perfiles publicados y confirmarnos por escrito cuando esté hecho.
Nuestra referencia: {token}."""


def token(n: int) -> str:
    """Reply ``n``'s invented request token, as our letter gives it (``OPT-X-`` and five digits)."""
    return f"OPT-X-{3100 + 37 * n:05d}"


def R(lang: str, cls: str, domain: str, sender: tuple[str, str], subject: str, body: str, *,
      reason: str = "", link: str = "", domains: str = "", form: str = "plain", charset: str = "utf-8",
      cte: str = "8bit", quoted: str = "", html_body: str = "", headers: str = "", inner: str = "",
      status: str = "5.1.1", rtl: bool = False, broker: str = "") -> None:
    """One reply: its label (class ``cls``, ``reason`` for a refusal, the ``link`` to open) and its mail.
    ``{token}`` in ``subject`` or ``body`` is replaced by the reply's request token."""
    REPLIES.append(dict(lang=lang, cls=cls, domain=domain, sender=sender, subject=subject, body=body,
                        reason=reason, link=link, domains=domains or domain, form=form, charset=charset,
                        cte=cte, quoted=quoted, html_body=html_body, headers=headers, inner=inner,
                        status=status, rtl=rtl, broker=broker or domain.split(".")[0].capitalize()))


def _addr(name: str, address: str, charset: str) -> str:
    return f"{header(name, charset)} <{address}>" if name else address


def _letter(which: str, tok: str, broker: str) -> str:
    return (LETTER_ES if which == "es" else LETTER_EN).format(token=tok, broker=broker)


def _mail(n: int, r: dict) -> bytes:
    """Reply ``n`` (0-based) as the bytes of an .eml file."""
    tok = token(n)
    when = START + STEP * n
    sent = when - timedelta(days=9)
    clinic = CLINIC_ES if r["quoted"] == "es" or (r["lang"] == "es" and r["quoted"] != "en") else CLINIC_EN
    body = r["body"].replace("{token}", tok)
    subject = r["subject"].replace("{token}", tok)
    cs, cte = r["charset"], r["cte"]
    quoted_text = ""
    if r["quoted"]:
        stamp = format_datetime(sent)
        intro = f"El {stamp}, {clinic[0]} <{clinic[1]}> escribió:" if r["quoted"] == "es" else \
            f"On {stamp}, {clinic[0]} <{clinic[1]}> wrote:"
        quoted_text = intro + "\n" + quote(_letter(r["quoted"], tok, r["broker"]))
    plain = plain_of(body) + ("\n" + quoted_text if quoted_text else "")
    form = r["form"]
    if form == "plain":
        part = leaf("plain", plain, cs, cte)
    elif form == "flowed":
        part = leaf("plain", flowed(plain_of(body)) + ("\n" + quoted_text if quoted_text else ""), cs, cte) \
            .replace(b'charset="' + cs.encode() + b'"', b'charset="' + cs.encode() + b'"; format=flowed', 1)
    elif form == "html":
        html = page(r["html_body"].replace("{token}", tok), cs, r["rtl"]) if r["html_body"] else \
            html_of(body, quoted_text, cs, r["rtl"])
        part = leaf("html", html, cs, cte)
    elif form == "alt":
        html = page(r["html_body"].replace("{token}", tok), cs, r["rtl"]) if r["html_body"] else \
            html_of(body, quoted_text, cs, r["rtl"])
        part = multi("alternative", [leaf("plain", plain, cs, cte), leaf("html", html, cs, cte)],
                     f"=_alt_{hashlib.sha1(tok.encode()).hexdigest()[:16]}")
    elif form == "fwd":
        inner = r["inner"].replace("{token}", tok)
        inner_msg = leaf("plain", inner, cs, cte)
        fwd_head = (f"From: {r['sender'][1].split('@')[0].replace('privacy', 'records')}@{r['domain']}\n"
                    f"To: {r['sender'][1]}\nSubject: Re: {tok}\nDate: {format_datetime(when - timedelta(hours=5))}\n"
                    f"Message-ID: <inner.{tok}@{r['domain']}>\nMIME-Version: 1.0\n").encode()
        rfc822 = b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + fwd_head + inner_msg
        part = multi("mixed", [leaf("plain", plain, cs, cte), rfc822], f"=_fwd_{hashlib.sha1(tok.encode()).hexdigest()[:16]}")
    elif form == "bounce":
        rcpt = r["sender"][1].replace("mailer-daemon", "privacy")
        status = (f"Reporting-MTA: dns; mx2.{r['domain']}\nArrival-Date: {format_datetime(when - timedelta(minutes=3))}\n\n"
                  f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: {r['status']}\n"
                  f"Remote-MTA: dns; mail.{r['domain']} [203.0.113.{(n % 200) + 10}]\n"
                  f"Diagnostic-Code: smtp; {r['status'][0]}50 {r['status']} mailbox unavailable\n")
        letter = _letter("es" if r["lang"] == "es" else "en", tok, r["broker"])
        lsubj, lbody = letter.split("\n\n", 1)
        orig = (f"From: {clinic[0]} <{clinic[1]}>\nTo: {rcpt}\n{lsubj.replace('Asunto:', 'Subject:')}\n"
                f"Date: {format_datetime(sent)}\nMessage-ID: <{tok.lower()}@{clinic[1].split('@')[1]}>\n"
                f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{lbody}\n")
        part = multi("report", [leaf("plain", plain, cs, cte),
                                b"Content-Type: message/delivery-status\n\n" + status.encode(),
                                b"Content-Type: message/rfc822\n\n" + orig.encode()],
                     f"=_dsn_{hashlib.sha1(tok.encode()).hexdigest()[:16]}", '; report-type="delivery-status"')
    else:
        raise ValueError(f"reply {n}: unknown form {form!r}")
    head = (f"From: {_addr(r['sender'][0], r['sender'][1], cs)}\n"
            f"To: {_addr(clinic[0], clinic[1], cs)}\n"
            f"Subject: {header(subject, cs)}\n"
            f"Date: {format_datetime(when)}\n"
            f"Message-ID: <x{n:03d}.{hashlib.sha1((tok + r['domain']).encode()).hexdigest()[:12]}@{r['sender'][1].split('@')[1]}>\n"
            f"In-Reply-To: <{tok.lower()}@{clinic[1].split('@')[1]}>\n"
            f"{r['headers']}"
            "MIME-Version: 1.0\n")
    return head.encode() + part


def files() -> list[tuple[str, dict]]:
    """Each reply's file name (``<lang>-<nn>.eml``, numbered per language) beside its reply."""
    seen: dict[str, int] = {}
    out = []
    for r in REPLIES:
        seen[r["lang"]] = seen.get(r["lang"], 0) + 1
        out.append((f"{r['lang']}-{seen[r['lang']]:02d}.eml", r))
    return out


def main(out: Path = HERE) -> None:
    """Write every reply's .eml and labels.csv into ``out`` (this folder by default)."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, (name, r) in enumerate(files()):
        (out / name).write_bytes(_mail(n, r))
        rows.append({"file": name, "lang": r["lang"], "class": r["cls"], "reason": r["reason"],
                     "link": r["link"], "domains": r["domains"]})
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# == the replies ===================================================================================

# -- English: time -------------------------------------------------------------------------------
R("en", "acknowledged", "larkfield.example", ("Larkfield People Search", "privacy@larkfield.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Thank you for your request. We located the listing you described and it has been added to our
removal queue. The listing will be removed from Larkfield within 72 hours; you do not need to
do anything else.

Larkfield Privacy Team""", quoted="en", charset="us-ascii", cte="7bit")

R("en", "acknowledged", "tallowbrook.example", ("Tallowbrook Support", "support@tallowbrook.example"),
  "[Tallowbrook] Ticket #58107: Request to delete personal information",
  """##- Please type your reply above this line -##

Ticket #58107
Status: Solved
Assignee: Priya (Privacy Operations)

Priya (Tallowbrook)
Nov 2, 2026, 05:35 EST

Hi there,

Your opt-out is in our processing queue. Current processing time is about two weeks, and we
will not send another e-mail when it is finished. Marking this ticket as solved for now.

Best,
Priya

This email is a service from Tallowbrook Support. Delivered by Zendesk.""",
  headers="X-Mailer: Zendesk Mailer\n")

R("en", "acknowledged", "granitepath.example", ("GranitePath Data", "dataprivacy@granitepath.example"),
  "Your opt-out request {token}",
  """Dear Riverbend Immigrant Legal Aid,

We received the request made on behalf of your client. Our public directory is rebuilt once a
quarter. The record matching your client will be suppressed beginning next month, when the
December refresh goes live; until then it may remain visible.

GranitePath Data, Privacy Office""", charset="iso-8859-1", cte="quoted-printable")

R("en", "acknowledged", "corvidlookup.example", ("Corvid Lookup", "no-reply@corvidlookup.example"),
  "Removal scheduled - {token}",
  """Removal scheduled

Request ID: CL-2026-77410
Status: Scheduled
Scheduled for: November 29, 2026

Your client's listing is scheduled for removal on the date above. Scheduled removals are
processed overnight. You will receive no further message.

[Check the status of your request](https://corvidlookup.example/privacy/status?id=CL-2026-77410)""",
  form="alt", headers="Auto-Submitted: auto-generated\n")

R("en", "confirmed", "pinecrestfinder.example", ("Pinecrest Finder Privacy", "privacy@pinecrestfinder.example"),
  "Re: Request to delete personal information - {token}",
  """Hi,

We deleted your client's profile from Pinecrest Finder this morning (November 2). Because our
pages are served from a content network, the old page can still load for up to 72 hours
before the change shows everywhere. Nothing else is needed on your side.

Regards,
Jonah Ruiz
Pinecrest Finder Privacy""", quoted="en", charset="windows-1252", cte="quoted-printable")

R("en", "confirmed", "hollisrecords.example", ("Hollis Records", "optout@hollisrecords.example"),
  "Opt-out complete",
  """Your opt-out is complete. The listing at hollisrecords.example/p/4471920 has been taken
down and no longer appears in Hollis searches.

Please note that Google, Bing and other search engines may keep showing an old snippet or a
cached copy of that page until they crawl it again. We do not control their results; you can
ask them to refresh it with their own removal tools.""", charset="us-ascii", cte="7bit")

R("en", "acknowledged", "meridianpeople.example", ("Meridian People Care", "care@meridianpeople.example"),
  "Re: {token}",
  """Hello,

We have submitted your request to our data team. Once our next data build is published and the
search engines update, the listing will no longer appear. Builds are published roughly every
three weeks.

Thanks,
Meridian People Care""", quoted="en")

R("en", "confirmed", "ashgrovedata.example", ("Ashgrove Data Group", "privacy@ashgrovedata.example"),
  "Deletion confirmed - {token}",
  """Dear Riverbend team,

We confirm that we have deleted your client's personal information. The removal was made on all
our sites: Ashgrove Directory, NeighborTrace and CallerVault share one database, and the record
is gone from each of them.

Ashgrove Data Group, Privacy""", form="alt", charset="utf-8", cte="quoted-printable")

R("en", "acknowledged", "brightwaterpeople.example", ("Brightwater People", "removals@brightwaterpeople.example"),
  "Your removal request",
  """Thanks for contacting Brightwater People.

Your request has been approved and will be completed within 10 business days. Removals are
applied in weekly batches every Friday.

Brightwater People Removals""", form="html", charset="utf-8", cte="base64")

R("en", "confirmed", "quarrylane.example", ("Quarry Lane Privacy", "privacy@quarrylane.example"),
  "Re: Request to delete personal information - {token}",
  """Good afternoon,

This was done on November 2: the profile was removed from our website and the underlying record
deleted from our database. We are replying only now because the request reached us through a
shared inbox. If the page still shows in a search engine, that is an old copy that will
disappear when the engine next visits our site.

Quarry Lane Privacy""", quoted="en", charset="iso-8859-1", cte="8bit")

# -- English: whose record ---------------------------------------------------------------------------
R("en", "unsure", "foxhollowsearch.example", ("FoxHollow Search", "privacy@foxhollowsearch.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We searched for the name in your letter and found one listing, for a person of the same name
aged 71 living in Dayton, Ohio. That listing has been removed. We did not find a listing that
matches the other details you sent.

FoxHollow Search, Privacy Desk""", quoted="en")

R("en", "unsure", "keystonetrace.example", ("Keystone Trace", "support@keystonetrace.example"),
  "Removal processed",
  """Hi,

The address you gave, 118 Larkspur Court, was linked to a record for a former resident of that
address. We have removed that former resident's record from the address page. The address page
itself remains, as it is built from county property data.

Keystone Trace Support""", charset="us-ascii", cte="7bit")

R("en", "needs_info", "ridgelinepeople.example", ("Ridgeline People", "privacy@ridgelinepeople.example"),
  "Re: {token}",
  """Thanks for writing.

The profile at the link you sent belongs to another person: the name is similar but the age and
the past addresses are different, so we have not removed it. If your client has a profile with
us, please send us the exact URL of that profile and we will take care of it.

Ridgeline People Privacy""", quoted="en")

R("en", "unsure", "copperleafdirectory.example", ("Copperleaf Directory", "optout@copperleafdirectory.example"),
  "Opt-out result",
  """Hello,

We found three profiles under your client's name. We removed the one matching the street
address on your letter (Tacoma, WA). The other two profiles list different birth years and
different cities, so they were left in place as we believe they are other people.

Copperleaf Directory Opt-Out Team""", form="alt")

R("en", "needs_info", "sablecreek.example", ("Sable Creek Records", "help@sablecreek.example"),
  "Which listing?",
  """Hello,

We have several people with this name in our records. Which listing do you mean? Please send us
the URL of the listing (it starts with sablecreek.example/person/) and we will remove it.

Sable Creek Records Help""", charset="us-ascii", cte="7bit")

R("en", "unsure", "northwindlookup.example", ("Northwind Lookup", "privacy@northwindlookup.example"),
  "Update on your request {token}",
  """Hi,

The page you sent combined records of two different people with the same name. We have split the
page: your client's phone number and street address were taken off it, and the page now shows
only the other person's details, under the same URL.

Northwind Lookup Privacy""", charset="windows-1252", cte="quoted-printable")

R("en", "unsure", "elmstreetfinder.example", ("Elm Street Finder", "privacy@elmstreetfinder.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

As requested, we removed the listing of your client's brother, Tomas, from our site. It no
longer appears in searches.

Elm Street Finder""", quoted="en")

# -- English: undone and relisted ---------------------------------------------------------------------
R("en", "unsure", "harborviewpeople.example", ("Harborview People", "privacy@harborviewpeople.example"),
  "Your removal has been reversed",
  """Hello,

On November 1 we removed the listing your office asked about. The person who holds the account
for that listing disputed the removal and showed us that the listing is theirs, so the listing
has been reinstated. If you believe this is wrong, reply with the details.

Harborview People Privacy""", charset="us-ascii", cte="7bit")

R("en", "unsure", "stonebridgedata.example", ("Stonebridge Data", "support@stonebridgedata.example"),
  "Correction to our earlier message",
  """Dear Riverbend Immigrant Legal Aid,

Our e-mail of November 4 said the record had been removed. That removal was made in error by our
system and the record has been restored. We are reviewing your request again and will write
when we have a decision.

Stonebridge Data Support""", form="alt")

R("en", "unsure", "clearbrookrecords.example", ("Clearbrook Records", "noreply@clearbrookrecords.example"),
  "Notice about a previously removed record",
  """This is an automated notice.

A record matching a person you previously opted out has been added again to Clearbrook Records.
The new record was created from public county property records published after your opt-out.
To remove it, please submit a new opt-out.

[Submit a new opt-out](https://clearbrookrecords.example/optout)""",
  headers="Auto-Submitted: auto-generated\n", form="alt")

R("en", "unsure", "juniperpeople.example", ("Juniper People", "reminders@juniperpeople.example"),
  "Your opt-out expires soon",
  """Hello,

Opt-outs on Juniper People last 12 months. The opt-out made for reference {token} expires on
December 15, 2026. After that date the listing may be shown again unless the opt-out is renewed.

[Renew the opt-out](https://juniperpeople.example/optout/renew)

Juniper People""", headers="Auto-Submitted: auto-generated\n")

R("en", "confirmed", "wrenfieldsearch.example", ("Wrenfield Search", "privacy@wrenfieldsearch.example"),
  "Re: {token}",
  """Hi,

Done: your client's listing has been removed from Wrenfield Search today.

Please keep in mind that our suppression is kept for three years. If your client's data is
still published by public sources after that, a new listing could be created.

Wrenfield Search Privacy""", quoted="en", charset="iso-8859-1", cte="8bit")

# -- English: groups and brands ------------------------------------------------------------------------
R("en", "unsure", "peopleledger.example", ("PeopleLedger", "privacy@peopleledger.example"),
  "Your suppression request",
  """Hello,

We have suppressed the record on PeopleLedger. Please note that our sister sites, Tracewell and
FindHarbor, are each run independently and keep their own data. A request to PeopleLedger does
not apply to them; please contact each site directly.

PeopleLedger Privacy""", domains="peopleledger.example")

R("en", "confirmed", "connectaraservices.example", ("Connectara Services", "privacy@connectaraservices.example"),
  "Suppression completed",
  """Hello,

Your client's record has been suppressed. Connectara operates one suppression list for all of
our brands, so the record is now removed from every site in our family: TruthLantern,
CheckHaven, ZipScout and FindAcross.

Connectara Services, Consumer Privacy""", form="alt", cte="quoted-printable")

R("en", "unsure", "haverlymedia.example", ("Haverly Media Group", "privacy@haverlymedia.example"),
  "Re: Request to delete personal information - {token}",
  """Dear Sir or Madam,

Haverly Media Group has removed the listing from Haverly Directory. This request does not
extend to Lantern411, which Haverly acquired last year and which still maintains a separate
database with its own opt-out process.

Haverly Media Group, Legal""", quoted="en", charset="us-ascii", cte="7bit")

# -- English: refusals and conditions ----------------------------------------------------------------
R("en", "needs_id", "tidewaterlookup.example", ("Tidewater Lookup", "privacy@tidewaterlookup.example"),
  "Re: {token} - verification needed",
  """Hello,

Before we can act on this request we must verify the consumer's identity. Please send a copy of
a government-issued photo ID and a utility bill dated within the last 60 days showing the
current address. Requests without these documents are closed after 30 days.

Tidewater Lookup Privacy""", quoted="en")

R("en", "needs_id", "bellwetherinfo.example", ("Bellwether Information Services", "privacy@bellwetherinfo.example"),
  "Notarized form required",
  """Dear Riverbend Immigrant Legal Aid,

Requests made by a third party require the attached Declaration of Identity, signed by the
consumer in front of a notary public. We will process the deletion once we receive the notarized
declaration.

Bellwether Information Services""", charset="windows-1252", cte="quoted-printable")

R("en", "needs_id", "oakmontscreening.example", ("Oakmont Screening", "consumer@oakmontscreening.example"),
  "Additional information required - {token}",
  """Hello,

To locate and verify the consumer's file we need the consumer's full date of birth and the last
four digits of the consumer's Social Security number. Please reply to this e-mail with that
information.

Oakmont Screening Consumer Relations""", charset="us-ascii", cte="7bit")

R("en", "refused", "gableview.example", ("Gableview", "privacy@gableview.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Gableview only accepts opt-out requests submitted by the individual whose information is listed.
We do not accept requests from third parties, including law firms, non-profits and authorized
agents. Your client is welcome to use our opt-out form herself.

Gableview Privacy""", reason="agent not accepted", quoted="en")

R("en", "needs_info", "lindenpeople.example", ("Linden People Search", "privacy@lindenpeople.example"),
  "Authorized agent request",
  """Hi,

We can accept a request from an authorized agent, but the authorization you attached is a generic
form. Please send a letter signed by your client that names Linden People Search and authorizes
your organization to request deletion on her behalf.

Linden People Search""")

R("en", "refused", "cobaltregistry.example", ("Cobalt Registry", "privacy@cobaltregistry.example"),
  "Your privacy request",
  """Dear Requester,

The deletion right under the California Consumer Privacy Act is available only to California
residents. The address in your request is in Texas, so we are unable to process it. We do not
offer deletion to residents of other states.

Cobalt Registry Privacy Office""", reason="not a resident", charset="iso-8859-1", cte="quoted-printable")

R("en", "refused", "marlowanalytics.example", ("Marlow Analytics", "legal@marlowanalytics.example"),
  "Re: {token}",
  """Hello,

Marlow Analytics is not a data broker. We provide analytics software to retailers and do not
collect, sell or publish information about individual consumers, so there is nothing for us to
act on.

Marlow Analytics Legal""", reason="not a data broker", quoted="en")

R("en", "refused", "sterlingtenant.example", ("Sterling Tenant Screening", "compliance@sterlingtenant.example"),
  "Response to your deletion request",
  """Dear Riverbend Immigrant Legal Aid,

Sterling Tenant Screening is a consumer reporting agency. The information in consumer reports we
prepare is governed by the Fair Credit Reporting Act and is exempt from deletion under the CCPA
(Cal. Civ. Code 1798.145(d)). We therefore decline the request. Your client may request a free
copy of her file or dispute inaccurate information.

Compliance Department""", reason="exempt (FCRA)", form="alt")

R("en", "refused", "countyfacts.example", ("CountyFacts", "support@countyfacts.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

The information on CountyFacts comes from court and property records that are open to the public.
We do not remove public record information, and our pages reflect the government records as they
were published.

CountyFacts Support""", reason="public records", quoted="en", charset="us-ascii", cte="7bit")

R("en", "refused", "veridianrisk.example", ("Veridian Risk Solutions", "privacy@veridianrisk.example"),
  "Your request {token}",
  """Dear Requester,

Veridian Risk Solutions keeps identity information to help banks and retailers detect and
prevent fraud. Information used for fraud prevention is exempt from deletion, so we will not
delete your client's data. We have recorded her objection.

Veridian Risk Solutions""", reason="exempt (fraud prevention)", charset="windows-1252", cte="8bit")

R("en", "refused", "beaconlocate.example", ("Beacon Locate", "privacy@beaconlocate.example"),
  "Re: {token}",
  """Hi,

Beacon Locate provides data only to law enforcement agencies and licensed investigators. Data
held for law enforcement use is exempt from deletion and is not shown to the public, so we will
not act on this request.

Beacon Locate""", reason="exempt (law enforcement)", quoted="en")

R("en", "refused", "everlistpeople.example", ("EverList People", "support@everlistpeople.example"),
  "Removal request",
  """Hello,

Free removal is available only through our online tool for the person listed. Removal requested
by e-mail or by a third party is a manual service and costs $24.95 per listing. We will not
process the request without payment.

EverList People Support""", reason="fee", charset="us-ascii", cte="7bit")

# -- English: help desks ---------------------------------------------------------------------------
R("en", "acknowledged", "wildroseinfo.example", ("Wildrose Info Support", "support@wildroseinfo.example"),
  "[Ticket #31166] Request to delete personal information",
  """Your ticket has been resolved.

Ticket: #31166
Status: Resolved
Priority: Low
Group: Privacy

Agent response:
We have forwarded your request to our data team. It can take up to 30 days for the team to
process it.

If you believe this ticket has not been resolved, simply reply to this e-mail to reopen it.

Wildrose Info | Powered by Freshdesk""", headers="X-Mailer: Freshdesk\n")

R("en", "refused", "copperhillpeople.example", ("Copperhill People Help", "help@copperhillpeople.example"),
  "Ticket #7712 closed",
  """Ticket #7712
Status: Closed

Hello,

We are unable to honor requests made by third parties. Only the consumer may request removal
through our web form. This ticket is now closed.

Copperhill People Help""", reason="agent not accepted", form="alt")

R("en", "unsure", "mistvalesearch.example", ("Mistvale Search", "support@mistvalesearch.example"),
  "Your ticket has been closed",
  """Hello,

We haven't heard back from you, so your request #20941 has been closed due to inactivity. If you
still need help, reply to this e-mail within 30 days to reopen it.

Mistvale Search Support""", charset="us-ascii", cte="7bit", headers="Auto-Submitted: auto-generated\n")

R("en", "needs_info", "bayberrydirectory.example", ("Bayberry Directory", "help@bayberrydirectory.example"),
  "Request #66302 closed due to inactivity",
  """Hi,

We closed request #66302 because we did not receive the information we asked for on November 1.
To continue, reply with the URL of the listing you want removed and we will reopen the request.

Bayberry Directory Help""")

R("en", "acknowledged", "goldcrestpeople.example", ("Goldcrest People Support", "support@goldcrestpeople.example"),
  "Request #45871 has been merged",
  """Hello,

Request #45871 ("Request to delete personal information") has been merged into request #45790,
which we opened when your first e-mail arrived. Request #45790 is pending with our privacy team.
Please reply to that request with any updates.

Goldcrest People Support""", headers="X-Mailer: Zendesk Mailer\n")

R("en", "other", "fernleafdata.example", ("Fernleaf Data", "feedback@fernleafdata.example"),
  "How did we do? Request #8820",
  """Hello,

Your request #8820 "Request to delete personal information" was solved. We'd love to hear what you
thought of our service.

How would you rate the support you received?
[Good, I'm satisfied](https://fernleafdata.example/survey/8820?rating=good)
[Bad, I'm unsatisfied](https://fernleafdata.example/survey/8820?rating=bad)

Here is a reminder of the conversation:
> Please delete the personal information you hold about our client, remove every listing
> of our client from your sites, and confirm to us in writing once this is done.""",
  form="alt", headers="Auto-Submitted: auto-generated\n")

R("en", "acknowledged", "aspenwaytrace.example", ("Aspenway Trace", "privacy@aspenwaytrace.example"),
  "Re: Request to delete personal information - {token}",
  """Hi there,

Thanks for reaching out. We've received the request and it's in line for review by our privacy
team. We'll reply to this thread once we have an update.

Cheers,
Sam Okafor
Removal Specialist | Data Deletion Team
Aspenway Trace - we remove records so you can rest easy""", quoted="en", headers="X-Mailer: Help Scout\n")

R("en", "confirmed", "lumencheck.example", ("LumenCheck Service Desk", "servicedesk@lumencheck.example"),
  "[PRIV-3381] Request to delete personal information",
  """PRIV-3381: Request to delete personal information
Status: Done
Resolution: Done

Comment by Alma Reyes:
The consumer's profile has been removed from LumenCheck and her records deleted from our people
database. No further action is needed.

View request: https://lumencheck.example/servicedesk/PRIV-3381""",
  form="alt", headers="X-Mailer: Jira Service Management\n")

# -- English: verification, clocks, mail machinery, plain confirmations --------------------------------
R("en", "verify_link", "maplegrovepeople.example", ("Maple Grove People", "optout@maplegrovepeople.example"),
  "Confirm your opt-out request",
  """Hello,

We received an opt-out request for a listing on Maple Grove People. To confirm it, please click
the button below within 24 hours.

[Confirm my opt-out](https://t.sendrelay.example/c/eJx1jk0OgjAQRq_Ss|https://t.sendrelay.example/c/eJx1jk0OgjAQRq_Ss)

Not you? [Manage your e-mail preferences](https://maplegrove-people.example/prefs)

Maple Grove People""",
  link="https://t.sendrelay.example/c/eJx1jk0OgjAQRq_Ss",
  domains="maplegrovepeople.example t.sendrelay.example", form="html", headers="Auto-Submitted: auto-generated\n")

R("en", "verify_link", "orchardtrace.example", ("Orchard Trace", "privacy@orchardtrace.example"),
  "Action needed: verify your deletion request",
  """Hello,

Please verify the deletion request for reference {token} by opening this link:
https://orchardtrace.example/dsr/verify?t=7QK2M9

If you did not make this request, use this link instead:
https://orchardtrace.example/dsr/not-me?t=7QK2M9

Orchard Trace Privacy""",
  link="https://orchardtrace.example/dsr/verify?t=7QK2M9", charset="us-ascii", cte="7bit")

R("en", "verify_link", "silverpinedata.example", ("Silverpine Data", "no-reply@silverpinedata.example"),
  "Please confirm - your removal will be queued after confirmation",
  """Hi,

Your removal request is almost done. It will be queued for removal only after you confirm it:

[Confirm removal](https://silverpinedata.example/optout/confirm/b81d0f2e)

This link expires in 48 hours. Questions? Visit [our help center](https://silverpine-data-help.example/faq).""",
  link="https://silverpinedata.example/optout/confirm/b81d0f2e", form="alt", headers="Auto-Submitted: auto-generated\n")

R("en", "extended", "thornburyinfo.example", ("Thornbury Information", "privacy@thornburyinfo.example"),
  "Re: {token} - extension",
  """Dear Riverbend Immigrant Legal Aid,

We need more time to complete this request because it covers several of our databases. As the
CCPA allows, we are extending the response period by an additional 45 days. We expect to answer
by January 8, 2027.

Thornbury Information, Privacy""", quoted="en", charset="iso-8859-1", cte="quoted-printable")

R("en", "bounce", "lanternrow.example", ("Mail Delivery System", "mailer-daemon@lanternrow.example"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.lanternrow.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<privacy@lanternrow.example>: host mail.lanternrow.example said: 550 5.1.1 mailbox unavailable""",
  form="bounce", charset="us-ascii", cte="7bit")

R("en", "auto_reply", "quillmarshdata.example", ("Denise Kowal", "dkowal@quillmarshdata.example"),
  "Automatic reply: Request to delete personal information - {token}",
  """Thank you for your e-mail. I am out of the office until November 30 with limited access to
e-mail. For privacy requests, please write to privacy@quillmarshdata.example.

Denise Kowal
Data Removal Coordinator""", headers="Auto-Submitted: auto-replied\nX-Autoreply: yes\n")

R("en", "confirmed", "birchhavenpeople.example", ("Birchhaven People", "privacy@birchhavenpeople.example"),
  "Your information has been purged",
  """Hello,

We have honored the deletion request for reference {token}. All records associated with your
client have been purged from our systems and from the Birchhaven website.

Birchhaven People Privacy""", charset="utf-8", cte="base64")

R("en", "confirmed", "kestrelpages.example", ("Kestrel Pages", "optout@kestrelpages.example"),
  "Re: Request to delete personal information - {token}",
  """All set, the listing is no longer searchable on Kestrel Pages and the profile page now
returns "not found".

-- Kestrel Pages""", quoted="en", form="flowed")

R("en", "confirmed", "rowanridge.example", ("Rowan Ridge Marketing Data", "privacy@rowanridge.example"),
  "Deletion request {token}",
  """Dear Riverbend Immigrant Legal Aid,

This confirms that the personal information of your client has been erased from Rowan Ridge's
marketing database and will not be licensed again. We retain only your request and our reply,
as the law requires us to keep records of privacy requests for 24 months.

Rowan Ridge Privacy""", form="alt", charset="windows-1252", cte="quoted-printable")

# -- Spanish: time (Mexico, Spain, Colombia, River Plate, Puerto Rico, Chile) ---------------------------
R("es", "acknowledged", "directoriosol.example", ("Directorio Sol", "privacidad@directoriosol.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Buen día,

Recibimos su solicitud y ya ubicamos el perfil de su clienta. El perfil se dará de baja en un
plazo máximo de 72 horas; no es necesario que hagan nada más.

Saludos cordiales,
Equipo de Privacidad, Directorio Sol""", quoted="es", charset="iso-8859-1", cte="quoted-printable")

R("es", "acknowledged", "buscapersonas.example", ("Soporte BuscaPersonas", "soporte@buscapersonas.example"),
  "[BuscaPersonas] Ticket n.º 40288: Solicitud de eliminación",
  """##- Escriba su respuesta encima de esta línea -##

Ticket n.º 40288
Estado: Resuelto
Agente: Lucía (Operaciones de Privacidad)

Hola:

Su solicitud está en nuestra cola de bajas. El tiempo de procesamiento actual es de unas dos
semanas y no enviaremos otro correo cuando termine. Por ahora marcamos este ticket como resuelto.

Lucía
Este correo es un servicio de Soporte BuscaPersonas. Con tecnología de Zendesk.""",
  headers="X-Mailer: Zendesk Mailer\n")

R("es", "acknowledged", "guiaiberia.example", ("Guía Iberia Datos", "protecciondatos@guiaiberia.example"),
  "Su solicitud de supresión - {token}",
  """Estimados señores:

Les confirmamos la recepción de su escrito. La supresión de los datos de su representada se hará
efectiva a partir del próximo mes, con la siguiente actualización trimestral de nuestra base de
datos. Hasta entonces, la ficha puede seguir siendo visible.

Atentamente,
Delegado de Protección de Datos
Guía Iberia Datos, S.L.""", charset="iso-8859-15", cte="8bit")

R("es", "acknowledged", "paginasandinas.example", ("Páginas Andinas", "no-responder@paginasandinas.example"),
  "Eliminación programada - {token}",
  """Eliminación programada

Radicado: PA-2026-11873
Estado: Programada
Fecha programada: 30 de noviembre de 2026

El perfil de su clienta quedó programado para eliminarse en la fecha indicada. Las eliminaciones
programadas se procesan durante la noche. No recibirá otro mensaje.

[Consultar el estado](https://paginasandinas.example/privacidad/estado?r=PA-2026-11873)""",
  form="alt", headers="Auto-Submitted: auto-generated\n")

R("es", "confirmed", "encuentralos.example", ("Encuéntralos Privacidad", "privacidad@encuentralos.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Hoy en la mañana (9 de noviembre) eliminamos el perfil de su clienta de Encuéntralos. Como
nuestras páginas se sirven desde una red de contenidos, la página vieja todavía puede cargar
hasta 72 horas mientras se actualizan nuestros servidores. Ustedes no tienen que hacer nada más.

Saludos,
Rodrigo Valdés""", quoted="es", charset="windows-1252", cte="quoted-printable")

R("es", "confirmed", "registrohispano.example", ("Registro Hispano", "bajas@registrohispano.example"),
  "Baja completada",
  """Su baja está completa. El perfil registrohispano.example/p/88120 fue retirado y ya no aparece
en las búsquedas de Registro Hispano.

Tome en cuenta que Google, Bing y otros buscadores pueden seguir mostrando un fragmento o una
copia en caché de esa página hasta que la vuelvan a visitar. No controlamos sus resultados.""",
  charset="iso-8859-1", cte="8bit")

R("es", "acknowledged", "vecinosenlinea.example", ("Vecinos en Línea", "ayuda@vecinosenlinea.example"),
  "RE: {token}",
  """Hola,

Ya pasamos su solicitud a nuestro equipo de datos. Cuando se publique la próxima actualización de
la base y los buscadores se actualicen, el perfil dejará de aparecer. Publicamos una
actualización cada tres semanas, más o menos.

Gracias,
Vecinos en Línea""", quoted="es")

R("es", "confirmed", "guiaplatense.example", ("Guía Platense", "privacidad@guiaplatense.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola, ¿qué tal?

Listo, ya lo dimos de baja. Tenés que saber que Guía Platense, VecinoYa y TelGuía comparten la
misma base, así que el perfil de tu clienta ya no está en ninguno de los tres sitios.

Un abrazo,
Martina, de Guía Platense""", quoted="es", charset="iso-8859-1", cte="quoted-printable")

R("es", "acknowledged", "boricuafinder.example", ("BoricuaFinder", "removals@boricuafinder.example"),
  "Su removal request",
  """Saludos,

Su request fue aprobado y el removal se va a completar dentro de 10 días laborables. Los
removals se corren en batches todos los viernes.

BoricuaFinder Removals""", form="html", cte="base64")

R("es", "confirmed", "guiachilena.example", ("Guía Chilena de Personas", "privacidad@guiachilena.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

Esto ya se hizo el 2 de noviembre: sacamos el perfil del sitio y borramos el registro de nuestra
base de datos. Les respondemos recién ahora porque la solicitud nos llegó a un buzón compartido.
Si la página todavía sale en algún buscador, es una copia antigua que desaparecerá cuando el
buscador vuelva a pasar por nuestro sitio.

Saludos,
Privacidad, Guía Chilena de Personas""", quoted="es", charset="windows-1252", cte="8bit")

# -- Spanish: whose record -----------------------------------------------------------------------------
R("es", "unsure", "chapinesenusa.example", ("Chapines en USA", "privacidad@chapinesenusa.example"),
  "RE: {token}",
  """Buenas tardes,

Buscamos el nombre que nos mandaron y solo encontramos un perfil, de una persona con el mismo
nombre, de 70 años, que vive en Houston. Ese perfil ya fue eliminado. No encontramos ningún
perfil que coincida con los demás datos de su carta.

Atentamente,
Chapines en USA""", quoted="es")

R("es", "unsure", "domiciliosya.example", ("DomiciliosYa", "soporte@domiciliosya.example"),
  "Baja procesada",
  """Hola:

La dirección que nos dieron, 2210 Calle Magnolia, estaba ligada al registro de un antiguo
residente de ese domicilio. Eliminamos el registro de ese antiguo residente de la página de la
dirección. La página de la dirección se mantiene porque se genera con datos catastrales del
condado.

Soporte DomiciliosYa""", charset="iso-8859-1", cte="quoted-printable")

R("es", "needs_info", "contactohoy.example", ("ContactoHoy", "privacidad@contactohoy.example"),
  "RE: {token}",
  """Gracias por escribirnos.

El perfil del enlace que nos enviaron pertenece a otra persona: el nombre se parece, pero la edad
y las direcciones anteriores no coinciden, así que no lo eliminamos. Si su clienta tiene un perfil
con nosotros, mándennos la URL exacta de ese perfil y nos encargamos.

Privacidad ContactoHoy""", quoted="es")

R("es", "unsure", "guiaoccidente.example", ("Directorio de Occidente", "bajas@guiaoccidente.example"),
  "Resultado de su solicitud",
  """Hola,

Encontramos tres perfiles con el nombre de su clienta. Eliminamos el que coincide con el
domicilio de su carta (Santa Ana, CA). Los otros dos tienen otros años de nacimiento y otras
ciudades, así que los dejamos publicados porque creemos que son de otras personas.

Equipo de Bajas""", form="alt", charset="utf-8", cte="quoted-printable")

R("es", "needs_info", "buscaloya.example", ("BúscaloYa", "ayuda@buscaloya.example"),
  "¿Cuál perfil?",
  """Qué onda,

Tenemos varias personas con ese nombre. ¿De cuál perfil nos hablan? Pásennos la URL (empieza con
buscaloya.example/persona/) y lo quitamos.

Ayuda BúscaloYa""", charset="iso-8859-1", cte="8bit")

R("es", "unsure", "mapadevecinos.example", ("Mapa de Vecinos", "privacidad@mapadevecinos.example"),
  "Novedades de su solicitud {token}",
  """Hola:

La página que nos enviaron juntaba los registros de dos personas distintas con el mismo nombre.
Separamos la página: quitamos el teléfono y la dirección de su clienta, y ahora la página muestra
solo los datos de la otra persona, en la misma URL.

Privacidad, Mapa de Vecinos""", charset="windows-1252", cte="quoted-printable")

R("es", "unsure", "guiafamiliar.example", ("Guía Familiar", "privacidad@guiafamiliar.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Buenas tardes:

Tal como lo pidieron, dimos de baja el perfil de la mamá de su clienta, doña Rosa. Ya no aparece
en las búsquedas.

Guía Familiar""", quoted="es")

# -- Spanish: undone and relisted ------------------------------------------------------------------------
R("es", "unsure", "puertoinfo.example", ("PuertoInfo", "privacidad@puertoinfo.example"),
  "Su baja fue revertida",
  """Hola:

El 1 de noviembre dimos de baja el perfil que nos indicaron. La persona titular de la cuenta de
ese perfil impugnó la baja y nos demostró que el perfil es suyo, así que el perfil fue
restablecido. Si creen que es un error, respondan con los detalles.

PuertoInfo""", charset="iso-8859-1", cte="quoted-printable")

R("es", "unsure", "datoscaribe.example", ("Datos Caribe", "soporte@datoscaribe.example"),
  "Corrección a nuestro mensaje anterior",
  """Estimados:

En nuestro correo del 4 de noviembre les dijimos que el registro había sido eliminado. Esa
eliminación la hizo nuestro sistema por error y el registro fue restaurado. Estamos revisando su
solicitud otra vez y les escribiremos cuando tengamos una decisión.

Soporte Datos Caribe""", form="alt")

R("es", "unsure", "archivopublico.example", ("ArchivoPúblico", "no-responder@archivopublico.example"),
  "Aviso sobre un registro dado de baja",
  """Este es un aviso automático.

Se volvió a agregar a ArchivoPúblico un registro que coincide con una persona que ustedes dieron
de baja. El nuevo registro se creó con registros públicos de propiedad del condado publicados
después de la baja. Para quitarlo, envíen una nueva solicitud.

[Enviar una nueva solicitud](https://archivopublico.example/baja)""",
  headers="Auto-Submitted: auto-generated\n", form="alt", charset="iso-8859-1", cte="quoted-printable")

R("es", "unsure", "directorionorte.example", ("Directorio Norte", "avisos@directorionorte.example"),
  "Su baja vence pronto",
  """Hola:

Las bajas en Directorio Norte duran 12 meses. La baja de la referencia {token} vence el 15 de
diciembre de 2026. Después de esa fecha el perfil puede volver a mostrarse si no renuevan la baja.

[Renovar la baja](https://directorionorte.example/baja/renovar)""",
  headers="Auto-Submitted: auto-generated\n")

R("es", "confirmed", "localizamex.example", ("LocalizaMex", "privacidad@localizamex.example"),
  "RE: {token}",
  """Hola,

Hecho: el perfil de su clienta fue eliminado hoy de LocalizaMex.

Les recordamos que guardamos la exclusión durante tres años. Si después de ese tiempo los datos
de su clienta siguen en fuentes públicas, podría crearse un perfil nuevo.

Privacidad LocalizaMex""", quoted="es", charset="iso-8859-15", cte="quoted-printable")

# -- Spanish: groups, refusals and conditions ------------------------------------------------------------
R("es", "unsure", "redpersonas.example", ("RedPersonas", "privacidad@redpersonas.example"),
  "Su solicitud de exclusión",
  """Hola:

Excluimos el registro en RedPersonas. Les aclaramos que nuestros sitios hermanos, RastreoFácil y
HallaTodo, funcionan de manera independiente y tienen sus propios datos. Una solicitud a
RedPersonas no se aplica a ellos; deben escribirle a cada sitio.

Privacidad RedPersonas""")

R("es", "confirmed", "grupoconecta.example", ("Grupo Conecta", "privacidad@grupoconecta.example"),
  "Exclusión completada",
  """Hola:

El registro de su clienta quedó excluido. Grupo Conecta maneja una sola lista de exclusión para
todas sus marcas, así que el registro ya fue retirado de todos nuestros sitios: VerazYa,
ChequeaGente, CódigoPostalYa y EncuentraMás.

Privacidad del Consumidor, Grupo Conecta""", form="alt", cte="quoted-printable")

R("es", "unsure", "mediosalcazar.example", ("Medios Alcázar", "legal@mediosalcazar.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimados señores:

Medios Alcázar retiró el perfil de Directorio Alcázar. Esta solicitud no abarca a Guía 411, que
Medios Alcázar compró el año pasado y que todavía mantiene una base de datos aparte con su
propio proceso de baja.

Departamento Legal""", quoted="es", charset="iso-8859-1", cte="8bit")

R("es", "needs_id", "verificados.example", ("Verificados MX", "privacidad@verificados.example"),
  "RE: {token} - falta verificar identidad",
  """Buen día,

Antes de atender la solicitud necesitamos verificar la identidad de la titular. Envíennos copia de
una identificación oficial con fotografía (INE o pasaporte) y un comprobante de domicilio con
antigüedad no mayor a 60 días. Las solicitudes sin estos documentos se cierran a los 30 días.

Privacidad Verificados MX""", quoted="es")

R("es", "needs_id", "registrosdelsur.example", ("Registros del Sur", "privacidad@registrosdelsur.example"),
  "Se requiere formulario notariado",
  """Estimados:

Las solicitudes hechas por terceros requieren la Declaración de Identidad adjunta, firmada por la
titular ante un notario público. Procesaremos la eliminación cuando recibamos la declaración
notariada.

Registros del Sur""", charset="windows-1252", cte="quoted-printable")

R("es", "needs_id", "inquilinoseguro.example", ("Inquilino Seguro", "consumidor@inquilinoseguro.example"),
  "Información adicional requerida - {token}",
  """Hola:

Para ubicar y verificar el expediente de la consumidora necesitamos su fecha de nacimiento
completa y los últimos cuatro dígitos de su número de Seguro Social. Respondan a este correo con
esos datos.

Relaciones con el Consumidor""", charset="iso-8859-1", cte="quoted-printable")

R("es", "refused", "miradorgente.example", ("Mirador Gente", "privacidad@miradorgente.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

Mirador Gente solo acepta solicitudes de baja enviadas por la persona cuyos datos aparecen. No
aceptamos solicitudes de terceros, incluidos despachos, organizaciones sin fines de lucro y
representantes autorizados. Su clienta puede usar nuestro formulario ella misma.

Privacidad Mirador Gente""", reason="agent not accepted", quoted="es")

R("es", "needs_info", "buscatel.example", ("BuscaTel", "privacidad@buscatel.example"),
  "Solicitud de representante autorizado",
  """Hola:

Podemos aceptar solicitudes de un representante autorizado, pero la autorización que adjuntaron
es un formato general. Envíennos una carta firmada por su clienta que nombre a BuscaTel y que
autorice a su organización a pedir la eliminación en su nombre.

BuscaTel""")

R("es", "refused", "registroazul.example", ("Registro Azul", "privacidad@registroazul.example"),
  "Su solicitud de privacidad",
  """Estimado solicitante:

El derecho de eliminación de la Ley de Privacidad del Consumidor de California solo lo tienen los
residentes de California. La dirección de su solicitud está en Arizona, por lo que no podemos
procesarla. No ofrecemos la eliminación a residentes de otros estados.

Oficina de Privacidad""", reason="not a resident", charset="iso-8859-1", cte="8bit")

R("es", "refused", "analiticasur.example", ("Analítica Sur", "legal@analiticasur.example"),
  "RE: {token}",
  """Hola:

Analítica Sur no es un corredor de datos. Hacemos programas de análisis para tiendas y no
recopilamos, vendemos ni publicamos información de consumidores, así que no hay nada que eliminar.

Analítica Sur, Legal""", reason="not a data broker", quoted="es")

R("es", "refused", "checkinquilinos.example", ("CheckInquilinos", "cumplimiento@checkinquilinos.example"),
  "Respuesta a su solicitud de eliminación",
  """Estimados:

CheckInquilinos es una agencia de informes del consumidor. La información de los informes que
preparamos se rige por la Ley de Informe Justo de Crédito (FCRA) y está exenta de eliminación
bajo la CCPA. Por lo tanto, no podemos atender la solicitud. Su clienta puede pedir una copia
gratuita de su expediente o disputar información incorrecta.

Departamento de Cumplimiento""", reason="exempt (FCRA)", form="alt", charset="windows-1252", cte="quoted-printable")

R("es", "refused", "actasdelcondado.example", ("Actas del Condado", "soporte@actasdelcondado.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

La información de Actas del Condado viene de expedientes judiciales y de propiedad que son
públicos. No retiramos información de registros públicos; nuestras páginas reflejan los registros
del gobierno tal como se publicaron.

Soporte""", reason="public records", quoted="es", charset="iso-8859-1", cte="quoted-printable")

R("es", "refused", "escudofraude.example", ("Escudo Antifraude", "privacidad@escudofraude.example"),
  "Su solicitud {token}",
  """Estimado solicitante:

Escudo Antifraude conserva datos de identidad para ayudar a bancos y comercios a detectar y
prevenir fraudes. Los datos usados para prevenir fraudes están exentos de eliminación, así que no
eliminaremos los datos de su clienta. Dejamos constancia de su oposición.

Escudo Antifraude""", reason="exempt (fraud prevention)", charset="windows-1252", cte="8bit")

R("es", "refused", "guiaesencial.example", ("Guía Esencial", "atencion@guiaesencial.example"),
  "Solicitud de retirada",
  """Buenos días:

La retirada gratuita solo está disponible a través de nuestra herramienta en línea y para la
propia persona. La retirada solicitada por correo o por terceros es un servicio manual con un
coste de 19,90 € por ficha. No tramitaremos la solicitud sin el pago.

Atención al Cliente""", reason="fee", charset="iso-8859-15", cte="quoted-printable")

R("es", "refused", "rastreolegal.example", ("Rastreo Legal", "privacidad@rastreolegal.example"),
  "RE: {token}",
  """Hola:

Rastreo Legal entrega datos solo a corporaciones policiales e investigadores con licencia. Los
datos que guardamos para uso policial están exentos de eliminación y no se muestran al público,
así que no atenderemos esta solicitud.

Rastreo Legal""", reason="exempt (law enforcement)", quoted="es")

# -- Spanish: help desks, verification, clocks, machinery, plain confirmations ---------------------------
R("es", "acknowledged", "infoandes.example", ("Soporte InfoAndes", "soporte@infoandes.example"),
  "[Ticket #27719] Solicitud de eliminación de datos personales",
  """Su ticket ha sido resuelto.

Ticket: #27719
Estado: Resuelto
Prioridad: Baja
Grupo: Privacidad

Respuesta del agente:
Remitimos su solicitud a nuestro equipo de datos. El equipo puede tardar hasta 30 días en
procesarla.

Si cree que este ticket no se ha resuelto, responda a este correo para reabrirlo.

InfoAndes | Con tecnología de Freshdesk""", headers="X-Mailer: Freshdesk\n", charset="iso-8859-1", cte="quoted-printable")

R("es", "refused", "padronesabiertos.example", ("Padrones Abiertos", "ayuda@padronesabiertos.example"),
  "Ticket n.º 9914 cerrado",
  """Ticket n.º 9914
Estado: Cerrado

Hola:

Los datos que publicamos vienen de padrones y registros públicos, y no los retiramos a solicitud.
Este ticket queda cerrado.

Ayuda Padrones Abiertos""", reason="public records", form="alt")

R("es", "unsure", "gentecerca.example", ("GenteCerca", "soporte@gentecerca.example"),
  "Su ticket fue cerrado",
  """Hola:

Como no recibimos respuesta, su solicitud n.º 18852 se cerró por inactividad. Si todavía necesita
ayuda, responda a este correo dentro de 30 días para reabrirla.

Soporte GenteCerca""", headers="Auto-Submitted: auto-generated\n", charset="iso-8859-1", cte="8bit")

R("es", "acknowledged", "listadosdelvalle.example", ("Listados del Valle", "soporte@listadosdelvalle.example"),
  "La solicitud n.º 51207 fue fusionada",
  """Hola:

La solicitud n.º 51207 («Solicitud de eliminación de datos personales») se fusionó con la
solicitud n.º 51190, que abrimos cuando llegó su primer correo. La solicitud n.º 51190 sigue
pendiente con nuestro equipo de privacidad. Respondan a esa solicitud si tienen novedades.

Soporte Listados del Valle""", headers="X-Mailer: Zendesk Mailer\n")

R("es", "other", "datosclaros.example", ("Datos Claros", "encuestas@datosclaros.example"),
  "¿Cómo lo hicimos? Solicitud n.º 6071",
  """Hola:

Su solicitud n.º 6071 «Solicitud de eliminación de datos personales» fue resuelta. Nos gustaría
saber qué le pareció nuestro servicio.

¿Cómo califica la atención que recibió?
[Buena, estoy satisfecho](https://datosclaros.example/encuesta/6071?cal=buena)
[Mala, no estoy satisfecho](https://datosclaros.example/encuesta/6071?cal=mala)

Este es un recordatorio de la conversación:
> Les pedimos eliminar los datos personales que tengan de ella, borrar todos sus perfiles
> publicados y confirmarnos por escrito cuando esté hecho.""",
  form="alt", headers="Auto-Submitted: auto-generated\n")

R("es", "acknowledged", "rastroamigo.example", ("RastroAmigo", "privacidad@rastroamigo.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """¡Hola!

Gracias por escribirnos. Ya recibimos la solicitud y está en fila para que la revise nuestro
equipo de privacidad. Les contestamos en este mismo hilo cuando tengamos novedades.

Saludos,
Daniela Ortega
Especialista en Eliminación de Datos | Equipo de Bajas
RastroAmigo: borramos registros para que usted duerma tranquilo""", quoted="es", headers="X-Mailer: Help Scout\n")

R("es", "confirmed", "consultalatina.example", ("Mesa de Servicio ConsultaLatina", "mesadeservicio@consultalatina.example"),
  "[PRIV-2207] Solicitud de eliminación de datos personales",
  """PRIV-2207: Solicitud de eliminación de datos personales
Estado: Listo
Resolución: Listo

Comentario de Ana Beltrán:
Retiramos el perfil de la consumidora de ConsultaLatina y borramos sus registros de nuestra base
de personas. No hace falta nada más.

Ver la solicitud: https://consultalatina.example/servicedesk/PRIV-2207""",
  form="alt", headers="X-Mailer: Jira Service Management\n")

R("es", "verify_link", "hallazgo.example", ("Hallazgo", "baja@hallazgo.example"),
  "Confirme su solicitud de baja",
  """Hola:

Recibimos una solicitud de baja para un perfil de Hallazgo. Para confirmarla, haga clic en el
botón dentro de las próximas 24 horas.

[Confirmar mi baja](https://clk.envios-masivos.example/ls/click?upn=Hx83kQ0|https://clk.envios-masivos.example/ls/click?upn=Hx83kQ0)

¿No fue usted? [Preferencias de correo](https://hallazgo-ayuda.example/preferencias)""",
  link="https://clk.envios-masivos.example/ls/click?upn=Hx83kQ0",
  domains="hallazgo.example clk.envios-masivos.example", form="html", headers="Auto-Submitted: auto-generated\n")

R("es", "verify_link", "guiaboricua.example", ("Guía Boricua", "privacidad@guiaboricua.example"),
  "Acción necesaria: verifique su solicitud de eliminación",
  """Hola:

Verifique la solicitud de eliminación de la referencia {token} abriendo este enlace:
https://guiaboricua.example/dsr/verificar?t=P4M2X8

Si usted no hizo esta solicitud, use este otro enlace:
https://guiaboricua.example/dsr/no-fui-yo?t=P4M2X8

Privacidad Guía Boricua""", link="https://guiaboricua.example/dsr/verificar?t=P4M2X8",
  charset="iso-8859-1", cte="quoted-printable")

R("es", "extended", "datoscentro.example", ("Datos Centro", "privacidad@datoscentro.example"),
  "RE: {token} - prórroga",
  """Estimados:

Necesitamos más tiempo para completar esta solicitud porque abarca varias de nuestras bases de
datos. Como lo permite la CCPA, ampliamos el plazo de respuesta por 45 días adicionales. Esperamos
responder a más tardar el 8 de enero de 2027.

Privacidad, Datos Centro""", quoted="es", charset="windows-1252", cte="quoted-printable")

R("es", "bounce", "directorioporteno.example", ("Sistema de entrega de correo", "mailer-daemon@directorioporteno.example"),
  "Correo no entregado: devuelto al remitente",
  """Este es el sistema de correo del servidor mx2.directorioporteno.example.

Lamentamos informarle que su mensaje no pudo entregarse a uno o más destinatarios. Va adjunto
abajo.

<privacidad@directorioporteno.example>: el buzón no existe (550 5.1.1)""",
  form="bounce", charset="iso-8859-1", cte="quoted-printable")

R("es", "auto_reply", "sondeosdelsur.example", ("Graciela Paredes", "gparedes@sondeosdelsur.example"),
  "Respuesta automática: Solicitud de eliminación de datos personales - {token}",
  """Gracias por su correo. Estaré fuera de la oficina hasta el 30 de noviembre, con acceso limitado
al correo. Para solicitudes de privacidad, escriba a privacidad@sondeosdelsur.example.

Graciela Paredes
Coordinadora de Bajas""", headers="Auto-Submitted: auto-replied\nX-Autoreply: yes\n")

R("es", "confirmed", "ficherosiberia.example", ("Ficheros Iberia", "dpd@ficherosiberia.example"),
  "Contestación a su ejercicio del derecho de supresión - {token}",
  """Estimados señores:

En contestación a su escrito, les comunicamos que los datos personales de su representada han
sido suprimidos de nuestros ficheros y de la guía en línea con fecha de hoy.

Atentamente,
Delegado de Protección de Datos""", charset="iso-8859-15", cte="8bit")

R("es", "confirmed", "quisqueyadatos.example", ("Quisqueya Datos", "privacidad@quisqueyadatos.example"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Saludos,

Ya su información fue borrada de nuestra base de datos y de la página. Si necesita algo más, nos
deja saber.

Quisqueya Datos""", quoted="es", form="flowed")

R("es", "confirmed", "guialimena.example", ("Guía Limeña", "proteccion@guialimena.example"),
  "Atención de su solicitud {token}",
  """Estimados:

Les informamos que hemos procedido a eliminar los datos personales de su clienta de nuestro
banco de datos y del directorio en línea, conforme a lo solicitado.

Área de Protección de Datos Personales""", form="alt", charset="iso-8859-1", cte="quoted-printable")

R("es", "acknowledged", "ubicaperu.example", ("UbicaPerú", "proteccion@ubicaperu.example"),
  "Atención de su solicitud {token}",
  """Estimados:

Hemos recibido su solicitud y, una vez validada, procederemos a eliminar los datos personales de
su clienta de nuestro banco de datos dentro de los plazos de ley.

Área de Protección de Datos Personales""", charset="iso-8859-1", cte="8bit")

# -- Portuguese (Brazilian, to a US clinic) ------------------------------------------------------------
R("pt", "acknowledged", "achapessoas.example", ("AchaPessoas", "privacidade@achapessoas.example"),
  "Re: Request to delete personal information - {token}",
  """Olá,

Recebemos o pedido e localizamos o perfil da sua cliente. O perfil será removido em até 72 horas;
vocês não precisam fazer mais nada.

Equipe de Privacidade AchaPessoas""", quoted="en", charset="iso-8859-1", cte="quoted-printable")

R("pt", "confirmed", "guiabrasilusa.example", ("Guia Brasil USA", "privacidade@guiabrasilusa.example"),
  "Re: {token}",
  """Oi,

Excluímos hoje o perfil da sua cliente do Guia Brasil USA. O Google e outros buscadores ainda
podem mostrar uma cópia em cache da página por alguns dias, até passarem de novo pelo nosso site;
isso não depende de nós.

Abraços,
Privacidade Guia Brasil USA""", quoted="en")

R("pt", "unsure", "localizabr.example", ("LocalizaBR", "suporte@localizabr.example"),
  "Resultado do seu pedido",
  """Olá,

Procuramos o nome informado e encontramos apenas um perfil, de um homônimo de 68 anos que mora em
Newark. Esse perfil foi removido. Não encontramos nenhum perfil com os outros dados da carta.

Suporte LocalizaBR""", charset="iso-8859-1", cte="8bit")

R("pt", "unsure", "registrosabertos.example", ("Registros Abertos", "nao-responda@registrosabertos.example"),
  "Aviso sobre um registro removido anteriormente",
  """Este é um aviso automático.

Um registro correspondente a uma pessoa que vocês removeram foi adicionado novamente. O novo
registro foi criado a partir de registros públicos de imóveis do condado publicados depois da
remoção. Para removê-lo, enviem um novo pedido.

[Enviar novo pedido](https://registrosabertos.example/remocao)""",
  headers="Auto-Submitted: auto-generated\n", form="alt")

R("pt", "unsure", "redeachados.example", ("Rede Achados", "privacidade@redeachados.example"),
  "Seu pedido de exclusão",
  """Olá,

Suprimimos o registro no Rede Achados. Nossos sites parceiros, BuscaFácil e QuemÉ, são operados
de forma independente e têm bases próprias; o pedido não vale para eles. Entrem em contato com
cada site.

Privacidade Rede Achados""", charset="iso-8859-1", cte="quoted-printable")

R("pt", "needs_id", "checainquilino.example", ("ChecaInquilino", "consumidor@checainquilino.example"),
  "Informações adicionais - {token}",
  """Olá,

Para verificar a identidade da consumidora precisamos de uma cópia de um documento com foto e dos
quatro últimos dígitos do número do Seguro Social (SSN). Respondam a este e-mail com esses dados.

ChecaInquilino""")

R("pt", "refused", "vizinhosonline.example", ("Vizinhos Online", "privacidade@vizinhosonline.example"),
  "Re: Request to delete personal information - {token}",
  """Olá,

Só aceitamos pedidos de remoção feitos pela própria pessoa. Não aceitamos pedidos de terceiros,
incluindo advogados, organizações e agentes autorizados. A sua cliente pode usar o nosso
formulário.

Privacidade Vizinhos Online""", reason="agent not accepted", quoted="en")

R("pt", "acknowledged", "pessoasja.example", ("Suporte PessoasJá", "suporte@pessoasja.example"),
  "[PessoasJá] Ticket #33410: pedido de remoção",
  """Ticket #33410
Status: Resolvido

Olá,

Seu pedido está na fila de remoções. O prazo atual é de cerca de duas semanas e não enviaremos
outro e-mail quando terminar. Marcamos este ticket como resolvido por enquanto.

Suporte PessoasJá | Zendesk""", headers="X-Mailer: Zendesk Mailer\n", charset="iso-8859-1", cte="quoted-printable")

R("pt", "confirmed", "grupoencontra.example", ("Grupo Encontra", "privacidade@grupoencontra.example"),
  "Pedido concluído - {token}",
  """Olá,

O pedido foi concluído: o perfil da sua cliente foi excluído de todos os nossos sites (Encontra,
ZapBusca e ListaTel), que usam a mesma base de dados.

Privacidade Grupo Encontra""", form="alt", cte="base64")

R("pt", "verify_link", "buscapt.example", ("BuscaPT", "nao-responda@buscapt.example"),
  "Confirme o seu pedido de remoção",
  """Olá,

Para confirmar o pedido de remoção, clique no link abaixo nas próximas 24 horas:

[Confirmar remoção](https://buscapt.example/remocao/confirmar/7d2c91)

Não foi você? [Denunciar pedido](https://buscapt.example/remocao/nao-fui-eu/7d2c91)""",
  link="https://buscapt.example/remocao/confirmar/7d2c91", form="alt", headers="Auto-Submitted: auto-generated\n")

R("pt", "bounce", "listaportuguesa.example", ("Mail Delivery Subsystem", "mailer-daemon@listaportuguesa.example"),
  "Mensagem não entregue",
  """A mensagem não pôde ser entregue ao destinatário abaixo.

<privacidade@listaportuguesa.example>: caixa postal cheia (552 5.2.2)""",
  form="bounce", status="5.2.2", charset="iso-8859-1", cte="quoted-printable")

# -- Haitian Creole ------------------------------------------------------------------------------------
R("ht", "acknowledged", "jwennmoun.example", ("JwennMoun", "vi-prive@jwennmoun.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjou,

Nou resevwa demann lan e nou jwenn pwofil kliyan ou an. N ap retire pwofil la nan 72 èdtan; ou pa
bezwen fè anyen ankò.

Ekip Vi Prive JwennMoun""", quoted="en")

R("ht", "confirmed", "anyeayiti.example", ("Anyè Ayiti USA", "vi-prive@anyeayiti.example"),
  "Re: {token}",
  """Bonjou,

Nou retire pwofil kliyan ou an sou sit nou an jodi a, e nou efase done li nan baz done nou. Google
ka kontinye montre yon ansyen kopi pandan kèk jou, jiskaske li mete l ajou.

Ekip Vi Prive""", quoted="en", charset="iso-8859-1", cte="quoted-printable")

R("ht", "unsure", "konekteayisyen.example", ("Konekte Ayisyen", "sipo@konekteayisyen.example"),
  "Rezilta demann ou an",
  """Bonjou,

Nou chèche non an e nou jwenn yon sèl pwofil, pou yon lòt moun ki gen menm non, ki gen 66 an e ki
rete Miami. Nou retire pwofil sa a. Nou pa jwenn okenn pwofil ki koresponn ak lòt enfòmasyon yo.

Sipò Konekte Ayisyen""")

R("ht", "needs_id", "lakouinfo.example", ("LakouInfo", "vi-prive@lakouinfo.example"),
  "Nou bezwen verifye idantite",
  """Bonjou,

Anvan nou retire anyen, nou dwe verifye idantite kliyan an. Tanpri voye yon kopi kat idantite ak
foto li (lisans oswa paspò) ak yon bòdwo limyè ki gen adrès li.

LakouInfo""", charset="iso-8859-1", cte="8bit")

R("ht", "refused", "repetwa509.example", ("Repètwa 509", "vi-prive@repetwa509.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjou,

Nou aksepte demann retire sèlman si se moun nan menm ki voye l. Nou pa aksepte demann ki soti nan
lòt moun, menm biwo avoka, òganizasyon oswa ajan otorize. Kliyan an ka sèvi ak fòmilè nou an.

Repètwa 509""", reason="agent not accepted", quoted="en")

R("ht", "unsure", "kominoteonline.example", ("Kominote Online", "vi-prive@kominoteonline.example"),
  "Nou remèt pwofil la",
  """Bonjou,

Nou te retire pwofil la 1 novanm. Moun ki gen kont pwofil sa a konteste sa e li montre nou se pa
l, kidonk nou remèt pwofil la sou sit la. Si ou panse se yon erè, reponn nou ak detay yo.

Kominote Online""")

R("ht", "acknowledged", "sipokreyol.example", ("Sipò KreyòlInfo", "sipo@sipokreyol.example"),
  "[Tikè #5528] Demann retire",
  """Tikè #5528
Estati: Fèmen

Bonjou,

Demann ou an nan liy pou ekip done nou an. Sa ka pran jiska de semèn. Nou fèmen tikè a pou kounye
a; n ap trete demann lan kanmenm.

Sipò KreyòlInfo""", headers="X-Mailer: Freshdesk\n")

# -- French (France, Quebec, West Africa) ---------------------------------------------------------------
R("fr", "acknowledged", "annuaireboreal.example", ("Annuaire Boréal", "confidentialite@annuaireboreal.example"),
  "Re: Request to delete personal information - {token}",
  """Bonjour,

Nous avons bien reçu votre demande. La fiche de votre cliente sera supprimée au cours du mois
prochain, lors de la mise à jour mensuelle de notre annuaire. D'ici là, elle peut rester visible.

Service de la confidentialité""", quoted="en", charset="iso-8859-15", cte="quoted-printable")

R("fr", "confirmed", "pagesvoisines.example", ("Pages Voisines", "dpo@pagesvoisines.example"),
  "Suppression effectuée - {token}",
  """Madame, Monsieur,

Nous vous confirmons que la fiche de votre cliente a été supprimée ce jour de notre site et que
ses données ont été effacées de notre base. Les moteurs de recherche peuvent conserver une copie
en cache de l'ancienne page pendant quelques jours ; cela ne dépend pas de nous.

Le délégué à la protection des données""", charset="windows-1252", cte="quoted-printable")

R("fr", "unsure", "quiestla.example", ("QuiEstLà", "support@quiestla.example"),
  "Votre demande",
  """Bonjour,

L'adresse indiquée était liée à la fiche d'un ancien occupant du logement. Nous avons supprimé la
fiche de cet ancien occupant. Nous n'avons trouvé aucune fiche au nom de votre cliente.

Support QuiEstLà""", charset="iso-8859-15", cte="8bit")

R("fr", "needs_info", "repertoirelaurentides.example", ("Répertoire Laurentides", "aide@repertoirelaurentides.example"),
  "Quelle fiche?",
  """Bonjour,

Plusieurs personnes portent ce nom dans notre répertoire. De quelle fiche s'agit-il? Merci de nous
envoyer l'adresse URL de la fiche (elle commence par repertoirelaurentides.example/fiche/) et nous
la retirerons.

Service d'aide""", form="alt")

R("fr", "refused", "donneesdakar.example", ("Données Dakar-Paris", "privacy@donneesdakar.example"),
  "Votre demande de suppression",
  """Bonjour,

Notre procédure d'effacement est réservée aux résidents de l'Union européenne. L'adresse de votre
cliente se trouve aux États-Unis ; nous ne pouvons donc pas donner suite à cette demande.

Service Données personnelles""", reason="not a resident", charset="windows-1252", cte="8bit")

R("fr", "unsure", "groupelumiere.example", ("Groupe Lumière Médias", "vieprivee@groupelumiere.example"),
  "Re: {token}",
  """Bonjour,

Nous avons retiré la fiche de l'Annuaire Lumière. Nos autres sites, Qui-Appelle et VoisinsPlus,
sont exploités séparément et gèrent leurs propres données ; la demande ne s'y applique pas.

Groupe Lumière Médias""", quoted="en")

R("fr", "acknowledged", "trouvezmoi.example", ("Assistance TrouvezMoi", "assistance@trouvezmoi.example"),
  "[Ticket #21903] Demande de suppression",
  """Votre ticket a été résolu.

Ticket : #21903
Statut : Résolu

Réponse de l'agent :
Nous avons transmis votre demande à notre équipe des données, qui peut mettre jusqu'à 30 jours
pour la traiter.

Si ce ticket n'est pas résolu, répondez à ce courriel pour le rouvrir.

TrouvezMoi | Freshdesk""", headers="X-Mailer: Freshdesk\n", charset="iso-8859-1", cte="quoted-printable")

# -- Vietnamese ----------------------------------------------------------------------------------------
R("vi", "acknowledged", "danhbanguoiviet.example", ("Danh Bạ Người Việt", "baomat@danhbanguoiviet.example"),
  "Re: Request to delete personal information - {token}",
  """Xin chào,

Chúng tôi đã nhận yêu cầu. Hồ sơ của thân chủ quý vị sẽ được xóa trong vòng 2 tuần, trong đợt
cập nhật dữ liệu tiếp theo.

Bộ phận Bảo mật""", quoted="en", cte="base64")

R("vi", "confirmed", "timnguoiviet.example", ("Tìm Người Việt", "baomat@timnguoiviet.example"),
  "Đã xóa hồ sơ - {token}",
  """Xin chào,

Chúng tôi đã xóa hồ sơ của thân chủ quý vị khỏi tất cả các trang của chúng tôi và xóa dữ liệu
khỏi cơ sở dữ liệu hôm nay.

Bộ phận Bảo mật, Tìm Người Việt""", form="alt", cte="quoted-printable")

R("vi", "unsure", "congdongviet.example", ("Cộng Đồng Việt", "hotro@congdongviet.example"),
  "Re: {token}",
  """Xin chào,

Theo yêu cầu, chúng tôi đã xóa hồ sơ của em gái thân chủ quý vị. Hồ sơ đó không còn xuất hiện
khi tìm kiếm.

Hỗ trợ Cộng Đồng Việt""", quoted="en")

R("vi", "needs_id", "nguoiquen.example", ("Người Quen", "baomat@nguoiquen.example"),
  "Cần xác minh danh tính",
  """Xin chào,

Trước khi xử lý, chúng tôi cần xác minh danh tính. Vui lòng gửi bản sao giấy tờ tùy thân có ảnh
và hóa đơn điện nước có địa chỉ hiện tại.

Người Quen""", cte="base64")

R("vi", "unsure", "hotroviet.example", ("Hỗ Trợ ViệtInfo", "hotro@hotroviet.example"),
  "Yêu cầu của quý vị đã được đóng",
  """Xin chào,

Vì không nhận được phản hồi, yêu cầu số 7730 của quý vị đã được đóng do không có hoạt động. Nếu
vẫn cần giúp đỡ, hãy trả lời email này trong vòng 30 ngày.

Hỗ trợ ViệtInfo""", headers="Auto-Submitted: auto-generated\n")

R("vi", "refused", "phantichsaigon.example", ("Phân Tích Sài Gòn", "phaply@phantichsaigon.example"),
  "Re: {token}",
  """Xin chào,

Công ty chúng tôi không phải là công ty môi giới dữ liệu. Chúng tôi chỉ làm phần mềm phân tích
cho cửa hàng và không thu thập, bán hay đăng thông tin cá nhân, nên không có gì để xóa.

Phòng Pháp lý""", reason="not a data broker", quoted="en")

# -- Chinese (simplified and traditional) ------------------------------------------------------------
R("zh", "acknowledged", "huarenchazhao.example", ("华人查找网", "privacy@huarenchazhao.example"),
  "回复：Request to delete personal information - {token}",
  """您好：

我们已收到您的请求，并已找到您客户的资料页。该资料页将在72小时内删除，您无需再做任何事情。

华人查找网 隐私团队""", quoted="en", charset="gb2312", cte="base64")

R("zh", "confirmed", "meihuadianhua.example", ("美华电话簿", "privacy@meihuadianhua.example"),
  "删除完成 - {token}",
  """您好：

我们今天已将您客户的资料页从网站上删除，并已从数据库中清除其个人信息。谷歌等搜索引擎可能在几天内仍显示旧页面的缓存，这不受我们控制。

美华电话簿 隐私部""", charset="gbk", cte="8bit")

R("zh", "unsure", "tongxiangwang.example", ("同乡网", "support@tongxiangwang.example"),
  "回复：{token}",
  """您好：

我们按您提供的姓名搜索，只找到一位同名同姓的人，年龄72岁，住在旧金山。我们已删除该资料页。没有找到与您信中其他信息相符的资料。

同乡网 客服""", quoted="en", form="alt", cte="quoted-printable")

R("zh", "needs_id", "zhaoren360.example", ("找人360", "privacy@zhaoren360.example"),
  "需要核实身份",
  """您好：

在处理请求之前，我们需要核实本人身份。请提供带照片的身份证件复印件，以及社会安全号码的后四位。

找人360 隐私团队""", charset="gb2312", cte="8bit")

R("zh", "confirmed", "taimeiminglu.example", ("臺美名錄", "privacy@taimeiminglu.example"),
  "回覆：{token}",
  """您好：

我們已於11月19日刪除您客戶的個人資料頁。由於網站透過內容傳遞網路提供，舊頁面最多可能在72小時內仍可開啟，之後就會消失。您無需再做任何事。

臺美名錄 隱私團隊""", quoted="en", charset="big5", cte="8bit")

R("zh", "unsure", "huaqiaotong.example", ("華僑通", "support@huaqiaotong.example"),
  "更正我們先前的通知",
  """您好：

我們11月4日的電子郵件說該筆資料已刪除。該次刪除是系統錯誤造成的，資料已經恢復。我們正在重新審查您的請求，有結果後會再通知您。

華僑通 客服""", charset="big5", cte="base64")

R("zh", "refused", "jiazhouminglu.example", ("加州名錄", "privacy@jiazhouminglu.example"),
  "您的隱私請求",
  """您好：

依據加州消費者隱私法，刪除權僅適用於加州居民。您客戶的地址位於內華達州，因此我們無法處理此請求。

加州名錄 隱私辦公室""", reason="not a resident")

# -- Korean ------------------------------------------------------------------------------------------
R("ko", "acknowledged", "haninjusorok.example", ("한인 주소록", "privacy@haninjusorok.example"),
  "Re: Request to delete personal information - {token}",
  """안녕하세요.

요청을 접수했습니다. 고객님의 프로필은 다음 달 정기 데이터 갱신 때부터 삭제될 예정입니다. 그 전까지는 검색될 수 있습니다.

개인정보 보호팀""", quoted="en", charset="euc-kr", cte="base64")

R("ko", "confirmed", "koreatownfinder.example", ("코리아타운 파인더", "privacy@koreatownfinder.example"),
  "삭제 완료 안내 - {token}",
  """안녕하세요.

고객님의 프로필을 오늘 웹사이트에서 삭제했으며 데이터베이스에서도 개인정보를 모두 삭제했습니다. 추가로 하실 일은 없습니다.

코리아타운 파인더 개인정보 보호팀""", charset="euc-kr", cte="8bit")

R("ko", "unsure", "hanmaeulsearch.example", ("한마을 검색", "privacy@hanmaeulsearch.example"),
  "요청 처리 결과",
  """안녕하세요.

한마을 검색에서는 해당 기록을 삭제했습니다. 다만 계열 사이트인 한인찾기와 전화번호부닷컴은 각각 독립적으로 운영되며 별도의 데이터를 보유하고 있어 이번 요청이 적용되지 않습니다.

개인정보 보호팀""", form="alt", cte="quoted-printable")

R("ko", "refused", "uridongne.example", ("우리동네 주소록", "privacy@uridongne.example"),
  "Re: {token}",
  """안녕하세요.

저희는 본인이 직접 신청한 삭제 요청만 처리합니다. 법률 사무소나 단체 등 제3자의 요청은 받지 않습니다. 고객님께서 직접 웹사이트 양식으로 신청하시기 바랍니다.

우리동네 주소록""", reason="agent not accepted", quoted="en", charset="euc-kr", cte="quoted-printable")

R("ko", "unsure", "dongpocheck.example", ("동포체크", "privacy@dongpocheck.example"),
  "처리 결과 안내",
  """안녕하세요.

같은 이름의 프로필이 세 개 있었습니다. 보내주신 주소(로스앤젤레스)와 일치하는 프로필 하나만 삭제했습니다. 나머지 두 개는 생년과 도시가 달라 다른 사람으로 보고 그대로 두었습니다.

동포체크""")

# -- Tagalog (and Taglish) ----------------------------------------------------------------------------
R("tl", "acknowledged", "pinoyhanap.example", ("PinoyHanap", "privacy@pinoyhanap.example"),
  "Re: Request to delete personal information - {token}",
  """Hello po,

Natanggap na namin ang request ninyo at nahanap na namin ang profile ng inyong kliyente. Aalisin
ang profile sa loob ng 72 oras; wala na po kayong kailangang gawin.

PinoyHanap Privacy Team""", quoted="en")

R("tl", "confirmed", "kababayanfinder.example", ("Kababayan Finder", "privacy@kababayanfinder.example"),
  "Tapos na ang inyong request - {token}",
  """Magandang araw po,

Natanggal na namin ang profile ng inyong kliyente sa aming website, at nabura na rin ang kanyang
datos sa aming database ngayong araw.

Kababayan Finder""", charset="iso-8859-1", cte="quoted-printable")

R("tl", "unsure", "bayanihansearch.example", ("Bayanihan Search", "support@bayanihansearch.example"),
  "Re: {token}",
  """Hi po,

Hinanap namin ang pangalan at isang profile lang ang nakita namin, ng ibang tao na kapareho ng
pangalan, 69 taong gulang, nakatira sa Daly City. Inalis na namin ang profile na iyon. Wala kaming
nakitang profile na tugma sa iba pang detalye.

Bayanihan Search Support""", quoted="en")

R("tl", "needs_id", "kapitbahaylookup.example", ("Kapitbahay Lookup", "privacy@kapitbahaylookup.example"),
  "Kailangan ng ID",
  """Hello po,

Bago namin iproseso ang request, kailangan naming i-verify ang identity ng kliyente. Paki-send
ang kopya ng government ID na may litrato at isang utility bill na may kasalukuyang address.

Kapitbahay Lookup""")

R("tl", "refused", "hanapinmo.example", ("HanapinMo", "support@hanapinmo.example"),
  "Removal request",
  """Hi po,

Libre lang ang removal kung ang tao mismo ang gagamit ng aming online tool. Kapag sa email o ng
ibang tao ang request, manual service ito at may bayad na $29 bawat listing. Hindi namin ito
ipoproseso hangga't walang bayad.

HanapinMo Support""", reason="fee", charset="us-ascii", cte="7bit")

# -- Arabic --------------------------------------------------------------------------------------------
R("ar", "acknowledged", "dalilaljalia.example", ("دليل الجالية العربية", "privacy@dalilaljalia.example"),
  "رد: Request to delete personal information - {token}",
  """مرحباً،

استلمنا طلبكم ووجدنا الملف الشخصي لموكلتكم. سيتم حذف الملف خلال أسبوعين مع التحديث القادم
لقاعدة البيانات.

فريق الخصوصية""", quoted="en", charset="windows-1256", cte="quoted-printable", rtl=True, form="alt")

R("ar", "confirmed", "arabfinder.example", ("الباحث العربي", "privacy@arabfinder.example"),
  "تم الحذف - {token}",
  """مرحباً،

تم حذف الملف الشخصي لموكلتكم من موقعنا اليوم، وحذفنا بياناتها من قاعدة بياناتنا. لا يلزمكم أي إجراء آخر.

فريق الخصوصية""", charset="iso-8859-6", cte="8bit")

R("ar", "unsure", "jiranonline.example", ("جيران أونلاين", "support@jiranonline.example"),
  "رد: {token}",
  """مرحباً،

كما طلبتم، حذفنا الملف الشخصي لشقيق موكلتكم من موقعنا، ولم يعد يظهر في نتائج البحث.

الدعم الفني""", quoted="en", charset="windows-1256", cte="8bit")

R("ar", "needs_id", "bahthnas.example", ("بحث الناس", "privacy@bahthnas.example"),
  "مطلوب التحقق من الهوية",
  """مرحباً،

قبل تنفيذ الطلب يجب أن نتحقق من هوية صاحبة البيانات. يرجى إرسال صورة من بطاقة هوية رسمية عليها صورة، وفاتورة خدمات حديثة تظهر العنوان الحالي.

فريق الخصوصية""", charset="iso-8859-6", cte="base64")

R("ar", "refused", "sijillat.example", ("سجلات المقاطعة", "support@sijillat.example"),
  "رد: Request to delete personal information - {token}",
  """مرحباً،

المعلومات المنشورة على موقعنا مأخوذة من سجلات المحاكم والعقارات العامة. نحن لا نحذف معلومات السجلات العامة.

الدعم الفني""", reason="public records", quoted="en", charset="windows-1256", cte="quoted-printable")

# -- Punjabi -------------------------------------------------------------------------------------------
R("pa", "acknowledged", "punjabiphonebook.example", ("ਪੰਜਾਬੀ ਫ਼ੋਨ ਬੁੱਕ", "privacy@punjabiphonebook.example"),
  "Re: Request to delete personal information - {token}",
  """ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਸਾਨੂੰ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ। ਤੁਹਾਡੇ ਕਲਾਇੰਟ ਦੀ ਪ੍ਰੋਫ਼ਾਈਲ 72 ਘੰਟਿਆਂ ਵਿੱਚ ਹਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ।

ਪ੍ਰਾਈਵੇਸੀ ਟੀਮ""", quoted="en", cte="base64")

R("pa", "confirmed", "desiconnect.example", ("ਦੇਸੀ ਕਨੈਕਟ", "privacy@desiconnect.example"),
  "ਪ੍ਰੋਫ਼ਾਈਲ ਹਟਾ ਦਿੱਤੀ ਗਈ - {token}",
  """ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਤੁਹਾਡੇ ਕਲਾਇੰਟ ਦੀ ਪ੍ਰੋਫ਼ਾਈਲ ਅੱਜ ਸਾਡੀ ਵੈੱਬਸਾਈਟ ਤੋਂ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ ਅਤੇ ਉਸਦਾ ਡਾਟਾ ਸਾਡੇ ਡਾਟਾਬੇਸ ਵਿੱਚੋਂ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।

ਪ੍ਰਾਈਵੇਸੀ ਟੀਮ""", form="alt", cte="quoted-printable")

R("pa", "needs_id", "sanjhsearch.example", ("ਸਾਂਝ ਸਰਚ", "privacy@sanjhsearch.example"),
  "ਪਛਾਣ ਦੀ ਪੁਸ਼ਟੀ ਲੋੜੀਂਦੀ",
  """ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਬੇਨਤੀ ਤੇ ਕਾਰਵਾਈ ਤੋਂ ਪਹਿਲਾਂ ਸਾਨੂੰ ਪਛਾਣ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨੀ ਪਵੇਗੀ। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ੋਟੋ ਵਾਲੇ ਸਰਕਾਰੀ ਪਛਾਣ ਪੱਤਰ ਦੀ ਕਾਪੀ ਭੇਜੋ।

ਸਾਂਝ ਸਰਚ""")

# -- Russian and Ukrainian ------------------------------------------------------------------------------
R("ru", "acknowledged", "russkiyspravochnik.example", ("Русский справочник США", "privacy@russkiyspravochnik.example"),
  "Re: Request to delete personal information - {token}",
  """Здравствуйте!

Мы получили ваш запрос и нашли профиль вашей клиентки. Профиль будет удалён в течение 72 часов;
больше ничего делать не нужно.

Служба конфиденциальности""", quoted="en", charset="koi8-r", cte="8bit")

R("ru", "unsure", "nashilyudi.example", ("Наши люди", "support@nashilyudi.example"),
  "Уведомление о ранее удалённой записи",
  """Здравствуйте!

Запись, совпадающая с человеком, которого вы ранее исключили, снова добавлена на сайт. Новая
запись создана по публичным данным округа о недвижимости, опубликованным после исключения. Чтобы
убрать её, отправьте новый запрос.

Служба поддержки""", charset="windows-1251", cte="quoted-printable", headers="Auto-Submitted: auto-generated\n")

R("ru", "confirmed", "gruppapoisk.example", ("Группа Поиск", "privacy@gruppapoisk.example"),
  "Запрос выполнен - {token}",
  """Здравствуйте!

Профиль вашей клиентки удалён со всех наших сайтов (Поиск, НайдиТел и АдресДом), так как они
работают с одной базой данных. Её данные из базы также удалены.

Служба конфиденциальности""", charset="koi8-r", cte="base64")

R("uk", "confirmed", "ukrhromada.example", ("Українська громада онлайн", "privacy@ukrhromada.example"),
  "Видалення виконано - {token}",
  """Добрий день!

Ми видалили профіль вашої клієнтки з нашого сайту сьогодні, а її дані стерли з бази. Пошукові
системи ще кілька днів можуть показувати збережену копію старої сторінки; це від нас не залежить.

Служба конфіденційності""", charset="koi8-u", cte="8bit")

R("uk", "unsure", "znaydy.example", ("Знайди", "support@znaydy.example"),
  "Re: {token}",
  """Добрий день!

Ми шукали за вказаним ім'ям і знайшли лише один профіль: людини з таким самим ім'ям, 70 років,
із Сакраменто. Цей профіль видалено. Профілю, що відповідає іншим даним листа, ми не знайшли.

Служба підтримки""", quoted="en", charset="windows-1251", cte="quoted-printable")

R("uk", "acknowledged", "dovidnyk.example", ("Довідник", "noreply@dovidnyk.example"),
  "Видалення заплановано - {token}",
  """Запит: DV-2026-4471
Статус: Заплановано
Дата видалення: 28 листопада 2026

Профіль вашої клієнтки заплановано до видалення у вказану дату. Інших листів ви не отримаєте.""",
  charset="koi8-u", cte="quoted-printable", headers="Auto-Submitted: auto-generated\n")

# -- Polish --------------------------------------------------------------------------------------------
R("pl", "acknowledged", "polonianet.example", ("PoloniaNet", "prywatnosc@polonianet.example"),
  "Re: Request to delete personal information - {token}",
  """Dzień dobry,

Otrzymaliśmy Państwa prośbę. Profil Państwa klientki zostanie usunięty w ciągu 14 dni, przy
najbliższej aktualizacji bazy.

Zespół ds. prywatności""", quoted="en", charset="iso-8859-2", cte="quoted-printable")

R("pl", "confirmed", "szukajpolakow.example", ("SzukajPolaków", "prywatnosc@szukajpolakow.example"),
  "Profil usunięty - {token}",
  """Dzień dobry,

Profil Państwa klientki został dziś usunięty z naszej strony, a jej dane zostały skasowane z
naszej bazy. Nie są potrzebne żadne dalsze kroki.

Zespół ds. prywatności""", charset="windows-1250", cte="8bit")

R("pl", "unsure", "rodacy.example", ("Rodacy Online", "pomoc@rodacy.example"),
  "Re: {token}",
  """Dzień dobry,

Usunęliśmy profil innej osoby o tym samym imieniu i nazwisku, mieszkającej w Chicago, w wieku 74
lat. Nie znaleźliśmy profilu zgodnego z pozostałymi danymi z listu.

Pomoc Rodacy Online""", quoted="en", charset="iso-8859-2", cte="8bit")

R("pl", "needs_id", "najemcacheck.example", ("NajemcaCheck", "konsument@najemcacheck.example"),
  "Potrzebne dodatkowe informacje - {token}",
  """Dzień dobry,

Aby zweryfikować tożsamość klientki, potrzebujemy jej pełnej daty urodzenia oraz czterech
ostatnich cyfr numeru Social Security (SSN). Prosimy odpowiedzieć na tę wiadomość.

NajemcaCheck""", charset="windows-1250", cte="quoted-printable")

# -- forwards and a help desk's HTML ticket ----------------------------------------------------------
R("en", "acknowledged", "saltmeadow.example", ("Saltmeadow Privacy Desk", "privacy@saltmeadow.example"),
  "Fwd: Re: {token}",
  """Hello,

Forwarding our records team's note below for your reference.

Saltmeadow Privacy Desk""", form="fwd",
  inner="""Team,

The consumer in {token} is matched. The record will be removed after the next refresh of the
people index, which runs on December 1. No action until then.

Records Team""")

R("es", "confirmed", "guiamaya.example", ("Privacidad Guía Maya", "privacy@guiamaya.example"),
  "RV: {token}",
  """Buenas tardes,

Les reenvío abajo la respuesta de nuestro equipo de registros sobre su solicitud.

Privacidad Guía Maya""", form="fwd",
  inner="""Hola,

El perfil de la consumidora de la solicitud {token} ya fue eliminado de la Guía Maya y sus datos
borrados de la base esta mañana.

Equipo de Registros""", charset="iso-8859-1", cte="quoted-printable")

R("en", "unsure", "callerpine.example", ("CallerPine Support", "support@callerpine.example"),
  "Your request #90412 has been solved",
  """Request #90412 solved. We removed the listing from CallerPine. The listing on CallerNest is
managed separately.""",
  form="html", html_body="""<table class="ticket-fields" style="border-collapse:collapse">
<tr><th align="left">Request</th><td>#90412</td></tr>
<tr><th align="left">Status</th><td><b>Solved</b></td></tr>
<tr><th align="left">Request type</th><td>Deletion</td></tr>
</table>
<p>Hi,</p>
<p>We removed the listing from CallerPine. The same person also appears on CallerNest, our
partner site; CallerNest is managed separately and this request does not cover it.</p>
<p>CallerPine Support</p>
<p style="color:#999;font-size:11px">This email is a service from CallerPine Support. Delivered by Zendesk.</p>""",
  headers="X-Mailer: Zendesk Mailer\n")


if __name__ == "__main__":
    main()
