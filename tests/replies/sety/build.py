"""Assemble set Y (tests/replies/sety): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/sety/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set Y is weighted to what decides a client's case and a careless reader gets wrong, and to what
earlier sets had less of: conditions and hedges ("unless", "provided that", "siempre y cuando",
"desde que", "sauf si", "we believe it was", "should be", double negations), quoting (the broker's
answer above our own letter's "delete" and "confirm", an older confirmation quoted under a new
relisting or refusal, forwarded chains, a reply quoting its own FAQ), dates and deadlines (the
CCPA's 45 days and its one 45-day extension, GDPR's month and two more, day-first and month-first
dates, business days, "processed" in the past against "scheduled"), partial and precise answers
("all but one", one field removed and the listing left up, hidden but kept, a sale opt-out, "no
record", an access report sent instead), channels (call us, write by post, use the form, a service
provider naming its client, a host or registrar, a broker closed or renamed), mailbox noise with
decisive-looking words (out-of-office, full mailboxes, quarantine notices, DMARC reports, newsletter
and list-unsubscribe confirmations, read receipts, calendar invites) and languages (a reply in
another language than our letter's, machine translation, code-switching, emoji, right-to-left text
with Latin numbers), beside plainly good confirmations in many wordings. Every name, address,
domain and number is invented; domains end in ``.example``, machines' addresses are RFC 5737's.

Body markup: tests/replies/_setbuild.py's (``[text](url)`` a link; ``[text](href|shown)`` an anchor
to ``href`` shown as ``shown`` in the plain part, ``-`` for its text only; blank lines separate
paragraphs). ``form``: ``plain``; ``flowed`` (plain, RFC 3676); ``html`` (HTML only); ``alt`` (plain
+ HTML, ``html_body`` when the HTML is hand-written); ``fwd`` (a note and an earlier mail attached as
message/rfc822, ``inner`` its text); ``bounce`` (a delivery report with our letter); ``mdn`` (a read
receipt, RFC 8098); ``cal`` (a calendar invitation, text/calendar beside the text); ``dmarc`` (an
aggregate report, its XML gzipped). ``charset`` is the declared charset, ``cte`` the transfer
encoding; ``quoted`` which of our letters (``en``, ``es``) is quoted under the answer.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from _setbuild import flowed, header, html_of, leaf, multi, plain_of, quote, write_labels  # noqa: E402

START = datetime(2026, 11, 4, 8, 13, tzinfo=timezone.utc)
STEP = timedelta(hours=2, minutes=41)
CLINIC_EN = ("Harborlight Immigrant Justice Project", "privacy@harborlight-justice.example")
CLINIC_ES = ("Centro Legal Faro del Valle", "bajas@farodelvalle-legal.example")
REPLIES: list[dict] = []

# Our letters, as a reply quotes them: "delete", "remove", "confirm", "eliminar", "borrar", "confirmar"
# are ours, never the broker's.
LETTER_EN = """Subject: Request to delete personal information - {token}

Dear {broker} privacy team,

Harborlight Immigrant Justice Project writes as authorised agent for our client (signed
authorisation attached). Under the California Consumer Privacy Act, please delete all personal
information you hold about our client, remove every listing of her from your sites, and confirm
to us in writing that the deletion has been completed. Our reference: {token}."""

LETTER_ES = """Asunto: Solicitud de eliminación de datos personales - {token}

Estimado equipo de privacidad de {broker}:

El Centro Legal Faro del Valle escribe como representante autorizado de nuestro cliente
(adjuntamos su autorización firmada). Les pedimos eliminar todos los datos personales que tengan
de él, borrar cada perfil suyo publicado en sus sitios y confirmarnos por escrito que la
eliminación se completó. Nuestra referencia: {token}."""


def token(n: int) -> str:
    """Reply ``n``'s invented request token, as our letter gives it (``OPT-Y-`` and five digits)."""
    return f"OPT-Y-{4200 + 29 * n:05d}"


def R(lang: str, cls: str, domain: str, sender: tuple[str, str], subject: str, body: str, *,
      reason: str = "", link: str = "", domains: str = "", form: str = "plain", charset: str = "utf-8",
      cte: str = "8bit", quoted: str = "", html_body: str = "", headers: str = "", inner: str = "",
      status: str = "5.1.1", rtl: bool = False, broker: str = "") -> None:
    """One reply: its label (class ``cls``, ``reason`` for a refusal, the ``link`` to open) and its mail.
    ``{token}`` in ``subject``, ``body`` or ``inner`` is replaced by the reply's request token."""
    REPLIES.append(dict(lang=lang, cls=cls, domain=domain, sender=sender, subject=subject, body=body,
                        reason=reason, link=link, domains=domains or domain, form=form, charset=charset,
                        cte=cte, quoted=quoted, html_body=html_body, headers=headers, inner=inner,
                        status=status, rtl=rtl, broker=broker or domain.split(".")[0].capitalize()))


def _letter(r: dict, n: int) -> tuple[str, str]:
    """Our letter ``r`` quotes (its attribution line and text), or two empty strings."""
    if not r["quoted"]:
        return "", ""
    sent = format_datetime(START + STEP * n - timedelta(days=9))
    clinic = CLINIC_ES if r["quoted"] == "es" else CLINIC_EN
    text = (LETTER_ES if r["quoted"] == "es" else LETTER_EN).format(token=token(n), broker=r["broker"])
    said = "escribió" if r["quoted"] == "es" else "wrote"
    return f"{sent}, {clinic[0]} <{clinic[1]}> {said}:", text


def _flowed_leaf(text: str, charset: str, cte: str) -> bytes:
    head = f'Content-Type: text/plain; charset="{charset}"; format=flowed\nContent-Transfer-Encoding: {cte}\n\n'
    raw = text.encode(charset)
    return head.encode() + (raw if raw.endswith(b"\n") else raw + b"\n")


def _dsn(r: dict, n: int, when: str, letter: str) -> bytes:
    """A delivery report: a human part, the machine part (RFC 3464) and our letter."""
    human = leaf("plain", plain_of(r["body"].replace("{token}", token(n))), r["charset"], r["cte"])
    machine = (f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx2.{r['domain']}\n"
               f"Arrival-Date: {when}\n\nFinal-Recipient: rfc822; privacy@{r['domain']}\nAction: failed\n"
               f"Status: {r['status']}\nRemote-MTA: dns; mail.{r['domain']} [198.51.100.{20 + n % 200}]\n"
               f"Diagnostic-Code: smtp; {r['inner'] or '550 ' + r['status'] + ' mailbox unavailable'}\n").encode()
    clinic = CLINIC_ES if r["quoted"] == "es" else CLINIC_EN
    ours = (f"Content-Type: message/rfc822\n\nFrom: {header(clinic[0], 'utf-8')} <{clinic[1]}>\n"
            f"To: privacy@{r['domain']}\nSubject: {header(letter.splitlines()[0].split(': ', 1)[1], 'utf-8')}\n"
            f"Date: {when}\nMessage-ID: <ours-{token(n)}@{clinic[1].split('@')[1]}>\nMIME-Version: 1.0\n"
            f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
            + "\n".join(letter.splitlines()[2:]) + "\n").encode()
    return multi("report", [human, machine, ours], f"=_dsn_{n:03d}", '; report-type=delivery-status')


# A mail report's policy domain and day (2026-11-16 UTC, in seconds since the epoch), as its file is named.
REPORTED = "harborlight-justice.example!1794787200!1794873599"


def _attachment(ctype: str, name: str, raw: bytes) -> bytes:
    """A file attached as ``ctype`` named ``name``, base64-encoded."""
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            "Content-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(raw)


def build(n: int, r: dict) -> bytes:
    """Reply ``n`` as a whole mail (headers and body), ``\\n`` line ends."""
    when = format_datetime(START + STEP * n)
    body = r["body"].replace("{token}", token(n))
    attribution, letter = _letter(r, n)
    clinic = CLINIC_ES if r["quoted"] == "es" or r["lang"] == "es" else CLINIC_EN
    plain = plain_of(body)
    if letter and r["form"] not in ("bounce",):
        plain += "\n" + attribution + "\n" + quote(letter)
    form, cs, cte = r["form"], r["charset"], r["cte"]
    quoted_html = (attribution + "\n" + letter) if letter else ""
    html = r["html_body"].replace("{token}", token(n)) if r["html_body"] else html_of(body, quoted_html, cs, r["rtl"])
    if form == "plain":
        payload = leaf("plain", plain, cs, cte)
    elif form == "flowed":
        payload = _flowed_leaf(flowed(plain), cs, cte)
    elif form == "html":
        payload = leaf("html", html, cs, cte)
    elif form == "alt":
        payload = multi("alternative", [leaf("plain", plain, cs, cte), leaf("html", html, cs, cte)], f"=_alt_{n:03d}")
    elif form == "fwd":
        inner = r["inner"].replace("{token}", token(n))
        attached = b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner.encode("utf-8")
        payload = multi("mixed", [leaf("plain", plain, cs, cte), attached], f"=_fwd_{n:03d}")
    elif form == "bounce":
        payload = _dsn(r, n, when, letter or LETTER_EN.format(token=token(n), broker=r["broker"]))
    elif form == "mdn":
        note = ("Content-Type: message/disposition-notification\n\n"
                f"Reporting-UA: mail.{r['domain']}; Webmail 4.2\nFinal-Recipient: rfc822; {r['sender'][1]}\n"
                f"Original-Message-ID: <ours-{token(n)}@{clinic[1].split('@')[1]}>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n").encode()
        payload = multi("report", [leaf("plain", plain, cs, cte), note], f"=_mdn_{n:03d}",
                        "; report-type=disposition-notification")
    elif form == "cal":
        ics = r["inner"].replace("{token}", token(n)).replace("\n", "\r\n")
        cal = ('Content-Type: text/calendar; charset="utf-8"; method=REQUEST\nContent-Transfer-Encoding: 8bit\n\n'
               ).encode() + ics.encode("utf-8")
        payload = multi("alternative", [leaf("plain", plain, cs, cte), cal], f"=_cal_{n:03d}")
    elif form == "dmarc":  # RFC 7489's aggregate report: gzipped XML named receiver!policy-domain!begin!end
        att = _attachment("application/gzip", f"{r['domain']}!{REPORTED}.xml.gz",
                          gzip.compress(r["inner"].encode(), mtime=0))
        payload = multi("mixed", [leaf("plain", plain, cs, cte), att], f"=_rua_{n:03d}")
    elif form == "tlsrpt":  # RFC 8460's SMTP TLS report: multipart/report of a text and gzipped JSON
        att = _attachment("application/tlsrpt+gzip", f"{r['domain']}!{REPORTED}.json.gz",
                          gzip.compress(r["inner"].encode(), mtime=0))
        payload = multi("report", [leaf("plain", plain, cs, cte), att], f"=_tls_{n:03d}", '; report-type="tlsrpt"')
    elif form == "att":  # a text and a file the broker attached (``inner``, a CSV)
        att = _attachment('text/csv; charset="utf-8"', "report.csv", r["inner"].replace("{token}", token(n)).encode())
        payload = multi("mixed", [leaf("plain", plain, cs, cte), att], f"=_att_{n:03d}")
    else:
        raise ValueError(f"reply {n}: unknown form {form!r}")
    subject = r["subject"].replace("{token}", token(n))
    mid = hashlib.sha1(f"sety-{n}-{r['domain']}".encode()).hexdigest()[:20]
    head = (f"From: {header(r['sender'][0], cs)} <{r['sender'][1]}>\n"
            f"To: {header(clinic[0], cs)} <{clinic[1]}>\n"
            f"Subject: {header(subject, cs)}\nDate: {when}\nMessage-ID: <{mid}@{r['domain']}>\n"
            + (f"In-Reply-To: <ours-{token(n)}@{clinic[1].split('@')[1]}>\n" if letter and form != "bounce" else "")
            + r["headers"] + "MIME-Version: 1.0\n")
    return head.encode() + payload


def main(out: Path = HERE) -> None:
    """Write every reply as ``<lang>-<nn>.eml`` and labels.csv into ``out``."""
    counts: dict[str, int] = {}
    labels = []
    for n, r in enumerate(REPLIES):
        counts[r["lang"]] = counts.get(r["lang"], 0) + 1
        name = f"{r['lang']}-{counts[r['lang']]:02d}.eml"
        (out / name).write_bytes(build(n, r))
        labels.append({"file": name, "lang": r["lang"], "class": r["cls"], "reason": r["reason"],
                       "link": r["link"], "domains": r["domains"]})
    write_labels(out / "labels.csv", labels)


def P(domain: str, name: str = "Privacy Team", box: str = "privacy") -> tuple[str, str]:
    """A sender at ``domain``: its display name and its address ``box@domain``."""
    return name, f"{box}@{domain}"


# The classes of two answers that are not removals and name nothing to do (README, "Labels").
# Relabelled by branch r50 (../README.md, "Label rules": a service provider, a sale opt-out instead, "no record"):
# "we found no record" for the letter's name and e-mail is refused / no record (en-23, es-23), a sale and sharing
# opt-out done instead of the deletion with the listing said to stay is refused / processed as do-not-sell only
# (en-19, es-22, pt-08), and a marketing suppression with the profile kept stays unsure (SALE_ONLY below).
SALE_ONLY = "unsure"  # a marketing suppression done instead of the deletion asked, the profile kept

AUTO = "Auto-Submitted: auto-replied\n"
AUTO_GEN = "Auto-Submitted: auto-generated\n"

# == English ======================================================================================
# conditions and hedges
R("en", "acknowledged", "brackenridge-people.example", P("brackenridge-people.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Thank you for your request. The profile you identified will be removed from Brackenridge People
unless our review finds that the record is tied to an open court filing, in which case we will
write to you again before doing anything.

Brackenridge People Privacy Desk""", quoted="en", broker="Brackenridge People", charset="us-ascii", cte="7bit")
R("en", "needs_info", "tollgatefinder.example", P("tollgatefinder.example", "TollgateFinder Support", "support"),
  "Your removal request {token}",
  """Hi,

We can take down the listing only if the person still lives at the address shown on it. Our
records show a move in 2025. Please reply and tell us whether your client still lives at
88 Quarry Hill Road, or send us the address she lives at now, and we will go ahead.

TollgateFinder Support""", quoted="en", broker="TollgateFinder")
R("en", "unsure", "cedarloop-directory.example", P("cedarloop-directory.example", "Cedarloop Directory"),
  "RE: {token}",
  """Good afternoon,

We believe the listing you mention was removed during our clean-up of duplicate records in
October, although we could not find your request itself in our system. It should no longer show
on the site. If it does, please send us the link.

Regards,
Cedarloop Directory""", charset="iso-8859-1", cte="quoted-printable")
R("en", "unsure", "northwindrecords.example", P("northwindrecords.example", "Northwind Records Care", "care"),
  "Re: Request to delete personal information - {token}",
  """Hi there,

It should be gone by now. Our removals normally go through the same day, so if you still see the
page it is probably your browser's copy. Let us know if anything is still up.

Northwind Records Care""", quoted="en", broker="Northwind Records")
R("en", "acknowledged", "silvercrest-data.example", P("silvercrest-data.example", "Silvercrest Data Compliance", "compliance"),
  "Deletion request {token} - received",
  """Dear requester,

We have received your deletion request. We may delete the record once our compliance team has
reviewed the authorisation you sent. Reviews take up to 10 business days under our policy, and
we will tell you the outcome by e-mail.

Silvercrest Data Compliance""", charset="windows-1252", cte="quoted-printable")
R("en", "confirmed", "oakhurst-lookup.example", P("oakhurst-lookup.example", "Oakhurst Lookup"),
  "Re: Request to delete personal information - {token}",
  """Hello,

To answer your follow-up: we did not fail to remove any of the listings you named. All three
were deleted on 10/30/2026 and none of them can be opened any more.

Oakhurst Lookup Privacy""", quoted="en", broker="Oakhurst Lookup", charset="us-ascii", cte="7bit")
R("en", "confirmed", "fennimore-search.example", P("fennimore-search.example"),
  "Your request {token}",
  """Dear Harborlight team,

After your request we went through every data set we keep. No record about your client remains
that we have not deleted: the people-search profile, the phone append file and the address
history were all erased last week.

Fennimore Search, Privacy Office""")
R("en", "unsure", "lakemont-people.example", P("lakemont-people.example", "Lakemont People Support", "support"),
  "Correction: your removal request {token}",
  """Hello again,

We wrote to you on Monday that your client's profile had been removed. That message was sent in
error by our ticket system: the removal has not been carried out, and the profile is still on
the site while our team looks at your request. We apologise for the confusion.

Lakemont People Support""")
R("en", "acknowledged", "greywater-data.example", P("greywater-data.example", "Greywater Data Privacy Team"),
  "RE: Request to delete personal information - {token}",
  """Hello,

We have received your message and opened a request for it. Our team will review it and reply
within the time the law allows.

Kind regards,
Greywater Data Privacy Team""", quoted="en", broker="Greywater Data", form="alt")
# quoting: an older confirmation under a new answer
R("en", "unsure", "thistlepoint.example", P("thistlepoint.example", "ThistlePoint Support", "support"),
  "Re: Re: Removal confirmed - {token}",
  """Hi,

Following up on your message: you are right, your client's profile is back on ThistlePoint. It
was re-created on 11/03/2026 when our monthly data refresh brought in a new address for her.
We have passed it to our data team.

ThistlePoint Support

On 10/14/2026, ThistlePoint Support wrote:
> Hello,
>
> Your client's listing was deleted today. It will no longer appear on ThistlePoint.
>
> ThistlePoint Support""", charset="us-ascii", cte="7bit")
R("en", "refused", "marrowfield.example", P("marrowfield.example", "Marrowfield Legal", "legal"),
  "Re: Re: Your deletion request {token}",
  """Dear Sir or Madam,

Our first answer was sent before our legal review was complete. Having reviewed the request, we
cannot delete the record: it is compiled from county property and court records, which are
public records and fall outside the deletion right. The listing will stay on the site.

Marrowfield Legal Department

-----Original Message-----
From: Marrowfield Support <support@marrowfield.example>
Sent: Tuesday, October 20, 2026 9:12 AM
Subject: RE: Your deletion request {token}

We have deleted your client's information from our database. Thank you for your patience.""",
  reason="public records", charset="windows-1252", cte="quoted-printable")
R("en", "acknowledged", "hollowbrook-info.example", P("hollowbrook-info.example", "Hollowbrook Info Help Desk", "help"),
  "Fwd: Request to delete personal information - {token}",
  """Privacy team, forwarding this for handling - please reply to the sender once it is done.

Hollowbrook Info Help Desk""", form="fwd", broker="Hollowbrook Info",
  inner="""From: Harborlight Immigrant Justice Project <privacy@harborlight-justice.example>
To: help@hollowbrook-info.example
Subject: Request to delete personal information - {token}
Date: Mon, 02 Nov 2026 10:04:00 +0000
Message-ID: <ours-fwd-{token}@harborlight-justice.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Hollowbrook Info privacy team,

Please delete all personal information you hold about our client, remove every listing of her
from your sites, and confirm to us in writing that the deletion has been completed.
Our reference: {token}.
""")
R("en", "acknowledged", "quaylane-search.example", P("quaylane-search.example", "QuayLane Search", "support"),
  "Your opt-out request {token}",
  """Hello,

Your request is in our removal queue. You may find our FAQ useful in the meantime:

Q: How long does it take to remove a listing?
A: Most listings are removed within 48 hours of the opt-out being verified.

Q: Will the listing come back?
A: Removed listings are suppressed and do not come back.

QuayLane Search Support""", form="alt")
R("en", "acknowledged", "dunmore-records.example", P("dunmore-records.example", "Dunmore Records", "no-reply"),
  "We received your message [{token}]",
  """This is an automatic reply. Your message has reached Dunmore Records and has been given a
request number. Before you write again, please read the answer from our help centre:

"Once your opt-out has been confirmed, your record is deleted from Dunmore Records and from
the search results of our partner sites."

A member of our team will answer your request.""", headers=AUTO)
# dates and deadlines
R("en", "extended", "pennrock-data.example", P("pennrock-data.example", "Pennrock Data Privacy"),
  "Re: Request to delete personal information - {token}",
  """Dear Harborlight team,

We received your request on 10/27/2026. Because it concerns records from several of our data
sources, we need more time: as the CCPA allows, we are extending the period to respond by a
further 45 days. You will have our answer no later than 01/25/2027.

Pennrock Data Privacy""", quoted="en", broker="Pennrock Data", charset="us-ascii", cte="7bit")
R("en", "acknowledged", "wickerhouse.example", P("wickerhouse.example", "Wickerhouse Consumer Requests", "requests"),
  "Confirmation of receipt - {token}",
  """Hello,

This confirms that we received your request to delete on 11/02/2026. We will verify the
authorisation you sent and respond by 12/17/2026, which is within the 45 calendar days the
law gives us.

Wickerhouse Consumer Requests""", headers=AUTO_GEN)
R("en", "confirmed", "brightmoor-people.example", P("brightmoor-people.example"),
  "Deletion completed - {token}",
  """Hello,

The deletion of your client's profile was processed on 10/29/2026. The page now returns "not
found" and the record has been erased from our people database.

Brightmoor People Privacy""")
R("en", "acknowledged", "redfern-lookup.example", P("redfern-lookup.example", "Redfern Lookup"),
  "Deletion scheduled - {token}",
  """Hello,

Your client's deletion has been verified and is scheduled to be processed on 12/14/2026, with our
next monthly purge. You will not receive another e-mail.

Redfern Lookup Privacy""", form="html")
# partial and precise
R("en", "refused", "castlebay-data.example", P("castlebay-data.example", "Castlebay Data"),
  "Your privacy request {token}",
  """Hello,

We have processed your request as a request to opt out of the sale and sharing of personal
information. Your client's data will no longer be sold to third parties. This does not affect
the listing on our site, which remains available to our subscribers.

Castlebay Data Privacy""", quoted="en", broker="Castlebay Data", reason="processed as do-not-sell only")
R("en", "unsure", "elmstead-search.example", P("elmstead-search.example", "Elmstead Search"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We removed four of the five listings you sent us. The fifth (the one at 301 Birch Lane) is built
from a deed recording and stays on the site.

Elmstead Search""", quoted="en", broker="Elmstead Search")
R("en", "unsure", "harlowridge.example", P("harlowridge.example", "Harlow Ridge Support", "support"),
  "Update on your request {token}",
  """Hi,

We have removed the phone number from your client's profile, as requested. The rest of the
listing (name, age, past addresses and relatives) remains on Harlow Ridge.

Harlow Ridge Support""", charset="us-ascii", cte="7bit")
R("en", "unsure", "copperline-info.example", P("copperline-info.example", "Copperline Info Privacy"),
  "Your request {token} has been completed",
  """Hello,

Your client's profile is no longer visible in our public search results. We retain the
underlying record for legal and compliance purposes and it is not deleted.

Copperline Info Privacy""", form="alt")
R("en", "refused", "saltmarsh-data.example", P("saltmarsh-data.example"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We searched our systems for the name and e-mail address in your letter and found no record
matching them. No action was needed on our side.

Saltmarsh Data Privacy""", quoted="en", broker="Saltmarsh Data", reason="no record")
R("en", "unsure", "ironwood-people.example", P("ironwood-people.example", "Ironwood People Privacy"),
  "Your right to know report - {token}",
  """Hello,

Attached is the report of the personal information we hold about your client: categories,
sources and the third parties we disclosed it to in the past 12 months. Your request was handled
as a request to know.

Ironwood People Privacy""", form="att", inner="""request,category,source,disclosed_to,status
{token},identifiers (name; phone; e-mail),county records; marketing lists,background-check customers,held
{token},addresses (3),property records,background-check customers,held
{token},relatives (2),public records,none,held
""")
R("en", "confirmed", "juniperhall.example", P("juniperhall.example", "Juniper Hall Records"),
  "Deletion completed - {token}",
  """Hello,

We have deleted your client's profile and the personal information behind it. As the CCPA
regulations require, we keep a record of your request itself, so that her data stays deleted.
Copies in our archived backups will be erased when those backups are next restored.

Juniper Hall Records, Privacy""", charset="iso-8859-1", cte="quoted-printable")
R("en", SALE_ONLY, "mistral-marketing-data.example", P("mistral-marketing-data.example", "Mistral Marketing Data"),
  "You have been removed - {token}",
  """Hello,

Your client's e-mail address has been removed from our marketing lists and added to our
do-not-contact file. Her consumer profile is kept for our data products.

Mistral Marketing Data""")
# channels
R("en", "needs_info", "bluestem-search.example", P("bluestem-search.example", "Bluestem Search Support", "support"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We process removal requests by telephone only. Please call us at 1-800-555-0143, Monday to
Friday, 9 am to 5 pm Pacific, and have the listing's URL ready.

Bluestem Search Support""", quoted="en", broker="Bluestem Search", charset="us-ascii", cte="7bit")
R("en", "needs_info", "garnetvale.example", P("garnetvale.example", "Garnetvale Records"),
  "Your request {token}",
  """Dear requester,

Garnetvale accepts deletion requests by post only. Please send the request, signed, to:
Garnetvale Records, Attn: Privacy, P.O. Box 4471, Fresno, CA 93700.

Garnetvale Records""")
R("en", "needs_info", "moorgate-people.example", P("moorgate-people.example", "Moorgate People", "noreply"),
  "Re: Request to delete personal information - {token}",
  """Hello,

We do not accept requests by e-mail. To remove a listing, please use our web form instead:
[Moorgate People removal form](https://www.moorgate-people.example/remove). E-mails to this address are not
read.""", quoted="en", broker="Moorgate People", form="alt", headers=AUTO)
R("en", "refused", "quillstone-analytics.example", P("quillstone-analytics.example", "Quillstone Analytics"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Quillstone Analytics is a service provider: we process personal information only on behalf of
our clients and under their instructions. We cannot act on your request ourselves. Please send
it to the business that holds the data, Brightwater Retail Group, at privacy@brightwater-retail.example.

Quillstone Analytics Legal""", quoted="en", broker="Quillstone Analytics", reason="service provider")
R("en", "needs_info", "stackharbor-hosting.example", P("stackharbor-hosting.example", "StackHarbor Abuse Team", "abuse"),
  "[Abuse #55123] Request to delete personal information",
  """Hello,

StackHarbor only hosts the website you wrote about; we do not control or edit its content. Please
contact the site's owner through the contact page of the site itself. If the owner does not
answer, you may send us a court order.

StackHarbor Abuse Team""")
R("en", "auto_reply", "peopleatlas.example", P("peopleatlas.example", "PeopleAtlas", "privacy"),
  "Automatic reply: Request to delete personal information - {token}",
  """PeopleAtlas ceased operations on September 30, 2026. This mailbox is no longer monitored and
your message has not been read.""", headers=AUTO)
R("en", "needs_info", "lookwise.example", P("lookwise.example", "Lookwise", "privacy"),
  "Lookwise is now Meridian Records",
  """Hello,

Lookwise is now Meridian Records. Requests sent to this address are no longer handled: please send
your request again to privacy@meridian-records.example.

Thank you.""", headers=AUTO)
# mailbox noise
R("en", "auto_reply", "tamarack-data.example", P("tamarack-data.example", "Dana Okafor", "dokafor"),
  "Out of office: Request to delete personal information - {token}",
  """I am out of the office until Monday, November 30, with limited access to e-mail.

Removal requests sent to me will be processed when I am back. Removals already completed are
listed in your account. For anything urgent, please write to privacy@tamarack-data.example.

Dana Okafor, Privacy Analyst""", headers=AUTO)
R("en", "bounce", "fairhaven-search.example", ("Mail Delivery System", "MAILER-DAEMON@mx2.fairhaven-search.example"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.fairhaven-search.example.

Your message could not be delivered to one or more recipients: the recipient's mailbox is full
and cannot accept messages now.

<privacy@fairhaven-search.example>: mailbox full""", form="bounce", status="5.2.2",
  inner="552 5.2.2 <privacy@fairhaven-search.example>: Mailbox full, quota exceeded", charset="us-ascii", cte="7bit")
R("en", "other", "harborlight-justice.example", ("Mail Security", "quarantine@harborlight-justice.example"),
  "Quarantine summary: 1 message held",
  """The following message addressed to you was held in quarantine:

From: privacy@delmarva-people.example
Subject: Your profile has been deleted - {token}
Reason: failed sender authentication

[Release message](https://mailguard.harborlight-justice.example/release?id=8812) | [Delete](https://mailguard.harborlight-justice.example/delete?id=8812)

Messages held for more than 14 days are deleted.""", form="alt", headers=AUTO_GEN, domains="delmarva-people.example")
R("en", "other", "oxbow-people.example", ("noreply-dmarc-support", "dmarc-reports@oxbow-people.example"),
  "Report domain: harborlight-justice.example Submitter: oxbow-people.example Report-ID: 77301",
  """This is an aggregate DMARC report for harborlight-justice.example from oxbow-people.example.
Messages removed from delivery by policy: 0. Messages delivered: 2.""", form="dmarc", headers=AUTO_GEN,
  inner="""<?xml version="1.0" encoding="UTF-8"?>
<feedback><report_metadata><org_name>oxbow-people.example</org_name><report_id>77301</report_id></report_metadata>
<policy_published><domain>harborlight-justice.example</domain><p>quarantine</p></policy_published>
<record><row><source_ip>203.0.113.45</source_ip><count>2</count><policy_evaluated><disposition>none</disposition>
<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row></record></feedback>
""")
R("en", "other", "kestrelfinder.example", P("kestrelfinder.example", "KestrelFinder News", "news"),
  "Please confirm your subscription",
  """Thanks for contacting KestrelFinder! You asked to hear from us. Please confirm your
subscription to the KestrelFinder Weekly Records Digest:

[Confirm subscription](https://news.kestrelfinder.example/subscribe/confirm?u=4471)

If you did not ask for this, ignore this e-mail and you will not be subscribed.""", form="alt", headers=AUTO_GEN)
R("en", "other", "wrenfield-data.example", P("wrenfield-data.example", "Wrenfield Data Updates", "updates"),
  "You have been removed from our mailing list",
  """You have been successfully removed from the Wrenfield Data Updates mailing list and will no
longer receive our newsletter.

Unsubscribed by mistake? [Subscribe again](https://lists.wrenfield-data.example/resubscribe?l=9)""",
  form="html", headers=AUTO_GEN)
R("en", "other", "basalt-lookup.example", P("basalt-lookup.example", "Priya Lindqvist", "plindqvist"),
  "Read: Request to delete personal information - {token}",
  """Your message

  To: privacy@basalt-lookup.example
  Subject: Request to delete personal information - {token}

was read on 11/05/2026 at 3:41 PM.""", form="mdn", charset="us-ascii", cte="7bit")
R("en", "other", "alderbank-people.example", P("alderbank-people.example", "Alderbank Compliance Calendar", "calendar"),
  "Invitation: Internal review - deletion {token} @ Thu Dec 10, 2026 10am",
  """You have been invited to the following event.

Internal review - deletion {token}
When: Thursday December 10, 2026 10am - 10:30am Pacific
Organizer: compliance@alderbank-people.example

Going? Yes - Maybe - No""", form="cal", headers=AUTO_GEN,
  inner="""BEGIN:VCALENDAR
PRODID:-//Alderbank//Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:review-{token}@alderbank-people.example
DTSTART:20261210T180000Z
DTEND:20261210T183000Z
SUMMARY:Internal review - deletion {token}
ORGANIZER:mailto:compliance@alderbank-people.example
END:VEVENT
END:VCALENDAR
""")
# verification links
R("en", "verify_link", "ashgrove-people.example", P("ashgrove-people.example", "Ashgrove People", "no-reply"),
  "Confirm your removal request",
  """Hello,

We received a request to remove a listing from Ashgrove People. To confirm it, open this link
within 24 hours:

[Confirm my removal](https://optout.ashgrove-people.example/confirm?t=a81f03c9)

Did not ask for this? [Report it](https://ashgrove-people-help.example/report?t=a81f03c9)""",
  link="https://optout.ashgrove-people.example/confirm?t=a81f03c9", headers=AUTO_GEN, form="alt")
R("en", "verify_link", "lindenreach.example", P("lindenreach.example", "Lindenreach", "notify"),
  "Action needed: verify your opt-out",
  """Hello,

One more step: please verify your opt-out by clicking the button below.

[Verify opt-out](https://click.sendbeam-mail.example/ls/click?upn=lr-77c1e2|-)

Lindenreach, 500 Market Street, Suite 12, Sacramento, CA 95800
[Unsubscribe](https://click.sendbeam-mail.example/unsub?u=lr-77c1e2)""",
  link="https://click.sendbeam-mail.example/ls/click?upn=lr-77c1e2", domains="lindenreach.example click.sendbeam-mail.example",
  form="html", headers=AUTO_GEN)
R("en", "verify_link", "pebblecreek-search.example", P("pebblecreek-search.example", "PebbleCreek Search", "no-reply"),
  "Is this you? Confirm to remove your record",
  """Hello,

Someone asked us to remove a record from PebbleCreek Search. If this was you or your
representative, confirm it here:

[Yes, remove this record](https://www.pebblecreek-search.example/optout/confirm/5d21e0)

If this was not you: [This was not me](https://www.pebblecreek-search.example/optout/not-me/5d21e0)
Manage e-mail preferences: [Preferences](https://www.pebblecreek-search.example/prefs)""",
  link="https://www.pebblecreek-search.example/optout/confirm/5d21e0", headers=AUTO_GEN)
# plain confirmations
R("en", "confirmed", "stonebridge-records.example", P("stonebridge-records.example", "Stonebridge Records"),
  "Re: Request to delete personal information - {token}",
  """Done. The listing for your client has been deleted from Stonebridge Records and will not be
shown again.

Thanks,
Marisol, Stonebridge Records""", quoted="en", broker="Stonebridge Records", form="flowed")
R("en", "confirmed", "halcyon-data.example", P("halcyon-data.example", "Halcyon Data"),
  "Your request {token} - completed",
  """Hello,

We have honored your request: all personal information about your client has been permanently
erased from our active systems. This request is now closed.

Halcyon Data Privacy Office""", form="alt")
R("en", "confirmed", "sunbury-people.example", P("sunbury-people.example", "Sunbury People", "support"),
  "Re: Request to delete personal information - {token}",
  """All set 👍 Your client's profile is gone from our site, we just checked it ourselves.

Sunbury People 🌻""", quoted="en", broker="Sunbury People")
R("en", "confirmed", "lotus-east-directory.example", P("lotus-east-directory.example", "Lotus East Directory"),
  "Re: delete request {token}",
  """Dear Sir,

Your information is delete already finish from our website, please not worry. The page of this
person cannot search any more since yesterday.

Thank you for contact us.
Lotus East Directory Team""", charset="us-ascii", cte="7bit")
R("en", "confirmed", "carrow-data.example", P("carrow-data.example", "Carrow Data Support", "support"),
  "[Carrow Data] Request #40218 - Status: Resolved",
  """Status: Resolved

Your client's record was removed from Carrow Data on 11/05/2026 and no longer appears in search.

-- Please type your reply above this line --""", form="alt", html_body="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<table><tr><td><b>Request</b></td><td>#40218</td></tr><tr><td><b>Status</b></td><td>Resolved</td></tr></table>
<p>Your client's record was removed from Carrow Data on 11/05/2026 and no longer appears in search.</p>
<p style="color:#999">-- Please type your reply above this line --</p>
</body></html>
""")
R("en", "unsure", "pinevale-search.example", P("pinevale-search.example", "Pinevale Search Support", "support"),
  "[Pinevale Search] Ticket 9931 - Status: Solved",
  """Status: Solved

Hi, we removed the e-mail address and phone number from the listing you sent. The listing itself
stays up because the address on it comes from a property record.

Pinevale Search Support""", charset="us-ascii", cte="7bit")
R("en", "acknowledged", "meadowlark-info.example", P("meadowlark-info.example", "Meadowlark Info"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Your client's information will be removed, if it is found in our database, within 30 days of
today. We do not send a second confirmation.

Meadowlark Info""", quoted="en", broker="Meadowlark Info", charset="iso-8859-1", cte="8bit")
# identity and extensions
R("en", "needs_id", "westerly-screening.example", P("westerly-screening.example", "Westerly Screening Privacy"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Before we can act on a request made by an agent, we must verify the consumer. Please send a copy
of her government-issued photo ID and a utility bill showing her current address. We cannot
accept a consular card.

Westerly Screening Privacy""", quoted="en", broker="Westerly Screening")
R("en", "extended", "brightling-data.example", P("brightling-data.example", "Brightling Data Protection Officer", "dpo"),
  "Your erasure request {token}: extension of time",
  """Dear Harborlight team,

We received your request under Article 17 GDPR on 21 October 2026. Because of its complexity we
are extending the time to respond by two further months, as Article 12(3) allows: you will
receive our answer by 21 January 2027 at the latest.

Brightling Data Protection Officer""", charset="iso-8859-15", cte="quoted-printable")
R("en", "confirmed", "maplecourt-people.example", P("maplecourt-people.example", "Maplecourt People"),
  "Removal complete",
  """Hi,

Your client has been removed from Maplecourt People. We double-checked: searching her name now
returns no results. Sorry it took longer than usual.

Maplecourt People""", form="html")

# == Spanish (Mexico, Guatemala, El Salvador, Honduras, Colombia, Venezuela, Argentina, Chile, Peru,
# Spain, the Dominican Republic, Puerto Rico, Cuba and the US) ====================================
# conditions and hedges
R("es", "acknowledged", "directorio-aguila.example", P("directorio-aguila.example", "Directorio Águila", "privacidad"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Buen día:

Le informamos que el perfil se eliminará siempre y cuando la persona siga viviendo en el domicilio
que aparece publicado; nuestro equipo lo va a revisar esta semana.

Atentamente,
Directorio Águila (México)""", quoted="es", broker="Directorio Águila", charset="iso-8859-1", cte="quoted-printable")
R("es", "acknowledged", "buscagente-gt.example", P("buscagente-gt.example", "BuscaGente", "soporte"),
  "Su solicitud {token}",
  """Estimados señores:

En caso de que el perfil corresponda a su cliente, lo daremos de baja en un plazo de 15 días
hábiles. Si no le corresponde, se lo haremos saber por este medio.

Saludos cordiales,
BuscaGente Guatemala""", charset="windows-1252", cte="8bit")
R("es", "unsure", "guiacuscatlan.example", P("guiacuscatlan.example", "Guía Cuscatlán"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola, buenas tardes:

Creemos que el perfil ya fue eliminado en la limpieza que hicimos en octubre, pero no lo podemos
asegurar porque su solicitud no aparece en nuestro sistema. Cualquier cosa nos avisa.

Guía Cuscatlán""", quoted="es", broker="Guía Cuscatlán", charset="iso-8859-1", cte="8bit")
R("es", "confirmed", "registrosdelsur.example", P("registrosdelsur.example", "Registros del Sur"),
  "Respuesta a su solicitud {token}",
  """Estimado equipo del Centro Legal Faro del Valle:

Revisamos todas nuestras bases. No hay ningún registro de su cliente que no hayamos eliminado: el
perfil público, el teléfono y el historial de domicilios se borraron el 28/10/2026.

Registros del Sur, Oficina de Privacidad""", charset="iso-8859-15", cte="quoted-printable")
R("es", "confirmed", "quienesquien-co.example", P("quienesquien-co.example", "QuiénEsQuién Colombia", "datos"),
  "RE: {token}",
  """Buenas tardes:

No es cierto que no hayamos borrado el perfil, como dice su segundo correo: lo borramos el
30/10/2026 y desde ese día ya no se puede consultar.

Cordialmente,
QuiénEsQuién Colombia""")
R("es", "unsure", "hallalos-hn.example", P("hallalos-hn.example", "Hállalos Honduras", "ayuda"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Buenas:

Ya debería haber desaparecido. Normalmente las bajas se aplican el mismo día; si todavía lo ve,
puede ser una copia guardada en su navegador.

Hállalos""", quoted="es", broker="Hállalos", charset="windows-1252", cte="quoted-printable")
R("es", "unsure", "personasya.example", P("personasya.example", "PersonasYa"),
  "RE: {token}",
  """Hola:

Es posible que el perfil ya se haya eliminado con la actualización de noviembre, aunque no
tenemos forma de confirmarlo desde aquí.

Equipo de PersonasYa""", charset="iso-8859-1", cte="8bit")
R("es", "acknowledged", "censo-abierto.example", P("censo-abierto.example", "Censo Abierto", "privacidad"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

Eliminaremos el perfil a menos que esté vinculado a un expediente judicial vigente; en ese caso
les escribiremos antes de hacer cualquier cambio.

Censo Abierto""", quoted="es", broker="Censo Abierto")
# quoting: our letter below, older confirmations
R("es", "acknowledged", "guiavenezolana.example", P("guiavenezolana.example", "Guía Venezolana en EE.UU."),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Saludos:

Recibimos su solicitud y le daremos respuesta dentro del plazo de 45 días que fija la ley.

Guía Venezolana en EE.UU.""", quoted="es", broker="Guía Venezolana en EE.UU.", charset="iso-8859-1", cte="quoted-printable")
R("es", "unsure", "vecinosdelnorte.example", P("vecinosdelnorte.example", "Vecinos del Norte", "soporte"),
  "RE: RE: Baja confirmada - {token}",
  """Hola de nuevo:

Tiene razón: el perfil de su cliente volvió a aparecer el 09/11/2026, cuando nuestra actualización
mensual trajo un domicilio nuevo. Ya lo pasamos al equipo de datos.

Vecinos del Norte

El 14/10/2026, Vecinos del Norte escribió:
> Hola:
>
> El perfil de su cliente fue eliminado hoy y ya no aparecerá en Vecinos del Norte.
>
> Vecinos del Norte""", charset="iso-8859-1", cte="8bit")
R("es", "refused", "archivopublico-mx.example", P("archivopublico-mx.example", "Archivo Público MX", "legal"),
  "RE: RE: Su solicitud {token}",
  """Estimados:

Nuestra primera respuesta se envió antes de la revisión legal. Una vez revisado el caso, no podemos
eliminar la información porque proviene de registros públicos del condado (propiedades y juicios),
que no están sujetos al derecho de eliminación. El perfil seguirá publicado.

Archivo Público MX, Área Legal

-----Mensaje original-----
De: Soporte Archivo Público <soporte@archivopublico-mx.example>
Enviado: martes, 20 de octubre de 2026 9:12
Asunto: RE: Su solicitud {token}

Ya borramos la información de su cliente de nuestra base de datos.""", reason="public records",
  charset="windows-1252", cte="quoted-printable")
R("es", "confirmed", "redlatina-personas.example", P("redlatina-personas.example", "Red Latina Personas", "soporte"),
  "RV: Baja del perfil - {token}",
  """Buenas tardes:

Le reenvío la respuesta que nos dio el área de registros esta mañana.

Saludos,
Lucía, Atención al Cliente""", form="fwd",
  inner="""From: Registros <registros@redlatina-personas.example>
To: soporte@redlatina-personas.example
Subject: Re: Baja del perfil - {token}
Date: Wed, 11 Nov 2026 08:10:00 -0600
Message-ID: <reg-{token}@redlatina-personas.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Lucía: el perfil del cliente del Centro Legal Faro del Valle quedó eliminado hoy a las 7:55, junto
con sus teléfonos y domicilios. Ya no sale en el buscador.

Registros
""")
R("es", "acknowledged", "paginasamigas.example", P("paginasamigas.example", "Páginas Amigas"),
  "Su solicitud de baja {token}",
  """Hola:

Su solicitud está en la fila de bajas. Mientras tanto, estas son las preguntas frecuentes:

P: ¿Cuánto tarda la eliminación de un perfil?
R: La mayoría de los perfiles se eliminan en 48 horas después de verificar la solicitud.

P: ¿El perfil puede volver?
R: Los perfiles eliminados quedan bloqueados y no vuelven a publicarse.

Páginas Amigas""", form="alt", charset="iso-8859-1", cte="quoted-printable")
# dates and deadlines
R("es", "extended", "datoscomerciales-us.example", P("datoscomerciales-us.example", "Datos Comerciales US"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimado Centro Legal:

Recibimos su solicitud el 27/10/2026. Como afecta a registros de varias fuentes, necesitamos más
tiempo: conforme a la CCPA, ampliamos el plazo de respuesta 45 días adicionales. Tendrá nuestra
respuesta a más tardar el 25 de enero de 2027.

Datos Comerciales US""", quoted="es", broker="Datos Comerciales US", charset="iso-8859-1", cte="8bit")
R("es", "extended", "guiaiberica-datos.example", P("guiaiberica-datos.example", "Delegado de Protección de Datos", "dpd"),
  "Su solicitud de supresión {token}: ampliación del plazo",
  """Estimados señores:

Recibimos su solicitud de supresión el 21 de octubre de 2026. Dada su complejidad, y conforme al
artículo 12.3 del RGPD, prorrogamos el plazo de respuesta dos meses más. Recibirán nuestra
contestación, a más tardar, el 21 de enero de 2027.

Atentamente,
Delegado de Protección de Datos, Guía Ibérica de Datos S.L. (Madrid)""", charset="iso-8859-15", cte="quoted-printable")
R("es", "acknowledged", "conexionchapina.example", P("conexionchapina.example", "Conexión Chapina"),
  "Acuse de recibo - {token}",
  """Estimados:

Confirmamos que recibimos su solicitud el 02/11/2026. Verificaremos la autorización y le
responderemos antes del 01/02/2027.

Conexión Chapina""", headers=AUTO_GEN, charset="windows-1252", cte="8bit")
R("es", "confirmed", "padronlatino.example", P("padronlatino.example", "Padrón Latino"),
  "Eliminación realizada - {token}",
  """Estimados:

La baja fue procesada el 30/10/2026: el perfil de su cliente se eliminó ese día y la página ahora
dice "no encontrado".

Padrón Latino, Privacidad""")
R("es", "acknowledged", "buscatodo-pe.example", P("buscatodo-pe.example", "BuscaTodo Perú"),
  "Eliminación programada - {token}",
  """Estimados:

La solicitud fue verificada. La eliminación está programada para el 15/12/2026, con la depuración
mensual de nuestra base. No recibirá otro correo.

BuscaTodo Perú""", form="html", charset="iso-8859-1", cte="quoted-printable")
# partial and precise
R("es", "unsure", "listadohispano.example", P("listadohispano.example", "Listado Hispano"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

Eliminamos todos los perfiles que nos mandaron menos uno: el del 2231 de la calle Olmo se arma con
una escritura de propiedad y se queda publicado.

Listado Hispano""", quoted="es", broker="Listado Hispano", charset="iso-8859-1", cte="8bit")
R("es", "unsure", "telefonosyvecinos.example", P("telefonosyvecinos.example", "Teléfonos y Vecinos", "ayuda"),
  "Actualización de su solicitud {token}",
  """Hola:

Retiramos el número de teléfono del perfil de su cliente, como nos pidió. El resto del perfil
(nombre, edad, domicilios anteriores y familiares) sigue publicado.

Teléfonos y Vecinos""", charset="windows-1252", cte="8bit")
R("es", "unsure", "guiadelcaribe.example", P("guiadelcaribe.example", "Guía del Caribe"),
  "Su solicitud {token} fue completada",
  """Estimados:

El perfil de su cliente ya no aparece en las búsquedas públicas del sitio. Conservamos el registro
completo por obligaciones legales; no fue eliminado.

Guía del Caribe""", form="alt", charset="iso-8859-1", cte="quoted-printable")
R("es", "refused", "mercadatos.example", P("mercadatos.example", "MercaDatos"),
  "Su solicitud de privacidad {token}",
  """Estimados:

Registramos su solicitud de no vender ni compartir los datos personales de su cliente; ya no se
venderán a terceros. Esto no cambia el perfil publicado en nuestro sitio, que sigue disponible para
los suscriptores.

MercaDatos""", charset="iso-8859-15", cte="8bit", reason="processed as do-not-sell only")
R("es", "refused", "consultaya.example", P("consultaya.example", "ConsultaYa"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

Buscamos el nombre y el correo de su carta en nuestros sistemas y no encontramos ningún dato que
coincida. No tuvimos que hacer nada.

ConsultaYa""", quoted="es", broker="ConsultaYa", reason="no record")
R("es", "unsure", "infopersonas-cl.example", P("infopersonas-cl.example", "InfoPersonas Chile"),
  "Informe de sus datos - {token}",
  """Estimados:

Adjuntamos en el portal el informe de los datos personales que tenemos de su cliente: categorías,
fuentes y a quiénes se los entregamos en los últimos 12 meses. Tratamos su solicitud como una
solicitud de acceso.

InfoPersonas Chile""", form="alt")
R("es", SALE_ONLY, "ofertasdirectas.example", P("ofertasdirectas.example", "Ofertas Directas"),
  "Su solicitud {token}",
  """Estimados:

Atendimos su solicitud como baja de publicidad: el correo de su cliente ya no recibirá ofertas.
Su perfil de consumidor se conserva en nuestra base.

Ofertas Directas""", charset="iso-8859-1", cte="8bit")
# channels
R("es", "needs_info", "directorio-quisqueya.example", P("directorio-quisqueya.example", "Directorio Quisqueya", "soporte"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Saludos:

Las bajas solo se hacen por teléfono. Llámenos al 1-800-555-0187, de lunes a viernes de 9 a 5
(hora del Este), y tenga a mano el enlace del perfil.

Directorio Quisqueya""", quoted="es", broker="Directorio Quisqueya", charset="windows-1252", cte="quoted-printable")
R("es", "needs_info", "guiatica.example", P("guiatica.example", "Guía Tica"),
  "Su solicitud {token}",
  """Estimados:

Solo recibimos solicitudes de eliminación por correo postal. Envíela firmada a: Guía Tica,
Atención: Privacidad, Apartado Postal 2210, San José, CA 95100.

Guía Tica""", charset="iso-8859-1", cte="8bit")
R("es", "needs_info", "encuentralos.example", P("encuentralos.example", "Encuéntralos", "noreply"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

No aceptamos solicitudes por correo electrónico. Para eliminar un perfil, use nuestro formulario:
[formulario de baja](https://www.encuentralos.example/baja). Los correos a esta dirección no se leen.""",
  quoted="es", broker="Encuéntralos", form="alt", headers=AUTO)
R("es", "refused", "procesadora-andina.example", P("procesadora-andina.example", "Procesadora Andina"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

Procesadora Andina es un proveedor de servicios: tratamos los datos solo por cuenta de nuestros
clientes y según sus instrucciones, y no podemos atender la solicitud nosotros mismos. Diríjanla a
la empresa responsable, Tiendas Solana, en privacidad@tiendas-solana.example.

Procesadora Andina""", quoted="es", broker="Procesadora Andina", reason="service provider")
R("es", "needs_info", "nubehosting-ar.example", P("nubehosting-ar.example", "NubeHosting", "abuso"),
  "[Abuso #7712] Solicitud de eliminación",
  """Hola:

NubeHosting solo aloja el sitio que mencionan; no controlamos ni editamos su contenido.
Comuníquense con el dueño del sitio desde la página de contacto del propio sitio. Si no responde,
pueden enviarnos una orden judicial.

NubeHosting, Buenos Aires""", charset="iso-8859-1", cte="8bit")
R("es", "needs_info", "hispanofinder.example", P("hispanofinder.example", "HispanoFinder"),
  "HispanoFinder ahora es Raíces Data",
  """Hola:

HispanoFinder ahora se llama Raíces Data. Ya no atendemos solicitudes en esta dirección: envíe su
solicitud otra vez a privacidad@raices-data.example.""", headers=AUTO)
# mailbox noise
R("es", "auto_reply", "directorio-sol-naciente.example", P("directorio-sol-naciente.example", "Marta Ibáñez", "mibanez"),
  "Respuesta automática: Solicitud de eliminación de datos personales - {token}",
  """Estoy fuera de la oficina hasta el lunes 30 de noviembre.

Las solicitudes de baja que me lleguen se procesarán a mi regreso. Las bajas ya hechas aparecen en
su cuenta. Para algo urgente, escriba a privacidad@directorio-sol-naciente.example.

Marta Ibáñez""", headers=AUTO, charset="iso-8859-1", cte="8bit")
R("es", "bounce", "guiaboricua.example", ("Mail Delivery System", "MAILER-DAEMON@mx2.guiaboricua.example"),
  "Mensaje no entregado: buzón lleno",
  """No se pudo entregar su mensaje a privacy@guiaboricua.example: el buzón del destinatario está
lleno y no acepta mensajes en este momento.""", form="bounce", status="5.2.2", quoted="es",
  inner="552 5.2.2 <privacy@guiaboricua.example>: buzon lleno (quota exceeded)", charset="iso-8859-1", cte="8bit")
R("es", "other", "farodelvalle-legal.example", ("Seguridad del Correo", "cuarentena@farodelvalle-legal.example"),
  "Resumen de cuarentena: 1 mensaje retenido",
  """Se retuvo en cuarentena este mensaje dirigido a usted:

De: privacidad@guialatina-norte.example
Asunto: Su perfil fue eliminado - {token}
Motivo: no pasó la autenticación del remitente

[Liberar mensaje](https://correo-seguro.farodelvalle-legal.example/liberar?id=5521) | [Borrar](https://correo-seguro.farodelvalle-legal.example/borrar?id=5521)

Los mensajes retenidos más de 14 días se borran.""", form="alt", headers=AUTO_GEN, domains="guialatina-norte.example")
R("es", "other", "buscaamigos.example", P("buscaamigos.example", "Noticias BuscaAmigos", "noticias"),
  "Confirme su suscripción",
  """¡Gracias por escribirnos! Confirme su suscripción al boletín semanal de BuscaAmigos:

[Confirmar suscripción](https://noticias.buscaamigos.example/confirmar?u=3310)

Si no lo pidió, ignore este correo.""", form="alt", headers=AUTO_GEN, charset="iso-8859-1", cte="quoted-printable")
R("es", "other", "datosdelsol.example", P("datosdelsol.example", "Boletín Datos del Sol", "boletin"),
  "Se ha dado de baja de nuestra lista",
  """Se ha dado de baja correctamente del boletín de Datos del Sol y ya no recibirá nuestros correos.

¿Fue un error? [Suscribirse de nuevo](https://listas.datosdelsol.example/alta?l=4)""",
  form="html", headers=AUTO_GEN)
# plain confirmations in many registers
R("es", "confirmed", "boricuadirectorio.example", P("boricuadirectorio.example", "Boricua Directorio", "soporte"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola!! Ya le dimos delete al profile de su cliente, it's gone 🙌 Lo chequeamos ahorita y no sale
en el search.

Boricua Directorio""", quoted="es", broker="Boricua Directorio")
R("es", "acknowledged", "latinolookup.example", P("latinolookup.example", "LatinoLookup", "support"),
  "Re: {token}",
  """Hi! Recibimos su request. Vamos a hacer el removal next week cuando corra el update del
sistema, and we'll let you know.

LatinoLookup Team""", charset="us-ascii", cte="7bit")
R("es", "confirmed", "directoriomexicano.example", P("directoriomexicano.example", "Directorio Mexicano"),
  "Respuesta a su solicitud {token}",
  """Estimados:

Les informamos que los datos de su cliente fueron suprimidos de nuestra base de datos y su perfil
ya no puede consultarse.

Directorio Mexicano""", charset="iso-8859-1", cte="quoted-printable")
R("es", "confirmed", "guiaportena.example", P("guiaportena.example", "Guía Porteña", "hola"),
  "Re: baja {token}",
  """Hola, ¿cómo andás? Ya borramos el perfil que nos mandaste. Fijate y avisanos si lo seguís viendo.

Guía Porteña""", form="flowed")
R("es", "confirmed", "rutachilena.example", P("rutachilena.example", "Ruta Chilena"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

Quedó eliminado el registro de su cliente, con teléfonos y direcciones. Cualquier cosa nos avisan.

Ruta Chilena""", quoted="es", broker="Ruta Chilena", charset="iso-8859-1", cte="8bit")
R("es", "confirmed", "encuentrocolombia.example", P("encuentrocolombia.example", "Encuentro Colombia"),
  "Eliminación realizada",
  """Cordial saludo:

Con gusto le informamos que se realizó la eliminación del perfil de su representado el día de hoy.

Atentamente,
Encuentro Colombia""", form="html")
R("es", "confirmed", "limadirectorio.example", P("limadirectorio.example", "Lima Directorio"),
  "Respuesta {token}",
  """Estimado cliente:

Su solicitud de eliminar ha sido procedido exitosamente y los datos de la persona ya fue borrado
de nuestro plataforma. Gracias por su contacto.

Lima Directorio""", charset="windows-1252", cte="8bit")
R("es", "confirmed", "censoiberico.example", P("censoiberico.example", "Censo Ibérico", "dpd"),
  "Contestación a su solicitud de supresión {token}",
  """Muy señores nuestros:

Les confirmamos que hemos procedido a la supresión de los datos personales de su representado en
todos nuestros ficheros, conforme al artículo 17 del RGPD.

Atentamente,
Censo Ibérico S.L.""", charset="iso-8859-15", cte="quoted-printable")
R("es", "confirmed", "quisqueyafinder.example", P("quisqueyafinder.example", "QuisqueyaFinder", "soporte"),
  "RE: {token}",
  """Saludos, ya eso se borró. El perfil no sale más en la página, lo verificamos hoy mismo.

QuisqueyaFinder""", charset="iso-8859-1", cte="8bit")
R("es", "confirmed", "miamipersonas.example", P("miamipersonas.example", "Miami Personas"),
  "Re: Request to delete personal information - {token}",
  """Buenas tardes:

Le contestamos en español. El perfil de su cliente fue eliminado de Miami Personas el 10/11/2026 y
ya no aparece en las búsquedas.

Miami Personas""", quoted="en", broker="Miami Personas")
# identity, refusals, help desks, verification
R("es", "needs_id", "verificadatos-gt.example", P("verificadatos-gt.example", "VerificaDatos"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

Antes de atender una solicitud hecha por un representante debemos verificar la identidad del
titular. Envíen copia de una identificación oficial con fotografía emitida en Estados Unidos y un
recibo de luz a su nombre. No aceptamos matrícula consular.

VerificaDatos""", quoted="es", broker="VerificaDatos", charset="iso-8859-1", cte="quoted-printable")
R("es", "refused", "datosconfiables.example", P("datosconfiables.example", "Datos Confiables"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

Solo atendemos solicitudes presentadas por el propio titular de los datos. No aceptamos solicitudes
de representantes, despachos ni organizaciones, aunque traigan una autorización firmada.

Datos Confiables""", reason="agent not accepted", quoted="es", broker="Datos Confiables")
R("es", "refused", "guianorte-usa.example", P("guianorte-usa.example", "Guía Norte USA"),
  "Su solicitud {token}",
  """Estimados:

El derecho de eliminación que invocan solo lo tienen los residentes de California. Según los datos
de la solicitud, su cliente vive en Texas, por lo que no podemos atenderla.

Guía Norte USA""", reason="not a resident", charset="windows-1252", cte="8bit")
R("es", "refused", "analitica-centauro.example", P("analitica-centauro.example", "Analítica Centauro"),
  "RE: {token}",
  """Estimados:

Analítica Centauro no es un corredor de datos ni publica perfiles de personas: hacemos estudios de
mercado con datos agregados. No tenemos nada que eliminar y cerramos la solicitud.

Analítica Centauro""", reason="not a data broker", charset="iso-8859-1", cte="8bit")
R("es", "acknowledged", "soportedatos-hn.example", P("soportedatos-hn.example", "Soporte Datos", "soporte"),
  "[Soporte Datos] Solicitud #22871 - Estado: Resuelto",
  """Estado: Resuelto

Hola, su caso fue turnado al área de datos. Eliminaremos el perfil en los próximos 10 días hábiles.

-- Responda por encima de esta línea --""", form="alt", html_body="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<table><tr><td><b>Solicitud</b></td><td>#22871</td></tr><tr><td><b>Estado</b></td><td>Resuelto</td></tr></table>
<p>Hola, su caso fue turnado al área de datos. Eliminaremos el perfil en los próximos 10 días hábiles.</p>
<p style="color:#999">-- Responda por encima de esta línea --</p>
</body></html>
""")
R("es", "acknowledged", "cubaenlinea-usa.example", P("cubaenlinea-usa.example", "Cuba en Línea USA"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Buenas:

Estamos revisando su solicitud y le estaremos dando respuesta en los próximos días.

Cuba en Línea USA""", quoted="es", broker="Cuba en Línea USA", charset="iso-8859-1", cte="8bit")
R("es", "verify_link", "buscadorsol.example", P("buscadorsol.example", "BuscadorSol", "no-responder"),
  "Confirme su solicitud de baja",
  """Hola:

Recibimos una solicitud para eliminar un perfil de BuscadorSol. Para confirmarla, abra este enlace
en las próximas 24 horas:

[Confirmar la baja](https://baja.buscadorsol.example/confirmar?t=c51e90)

¿No lo pidió? [Avísenos](https://buscadorsol-soporte.example/aviso?t=c51e90)""",
  link="https://baja.buscadorsol.example/confirmar?t=c51e90", form="alt", headers=AUTO_GEN,
  charset="iso-8859-1", cte="quoted-printable")
R("es", "unsure", "gentedelvalle.example", P("gentedelvalle.example", "Gente del Valle"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Hola:

Eliminamos el perfil de Gente del Valle. Los sitios hermanos (Gente del Lago y Gente del Monte) se
manejan aparte y ahí el perfil de su cliente sigue publicado.

Gente del Valle""", quoted="es", broker="Gente del Valle")
R("es", "confirmed", "nortesur-datos.example", P("nortesur-datos.example", "NorteSur Datos"),
  "Baja completada",
  """Estimados:

Listo: el perfil de su cliente fue dado de baja de NorteSur Datos y sus datos fueron borrados de la
base. Guardamos solo el registro de su solicitud, como exige la ley, para que no vuelva a cargarse.

NorteSur Datos""", form="alt", charset="iso-8859-15", cte="quoted-printable")

# == Portuguese (Brazil, Portugal) ================================================================
R("pt", "acknowledged", "achagente-br.example", P("achagente-br.example", "AchaGente", "privacidade"),
  "RE: Solicitud de eliminación de datos personales - {token}",
  """Prezados,

Vamos remover o perfil, desde que a pessoa ainda more no endereço que aparece no anúncio. Nossa
equipe vai verificar isso nos próximos dias.

AchaGente""", quoted="es", broker="AchaGente", charset="iso-8859-1", cte="quoted-printable")
R("pt", "confirmed", "listabrasil-eua.example", P("listabrasil-eua.example", "Lista Brasil EUA"),
  "Resposta à sua solicitação {token}",
  """Prezados,

Informamos que o perfil do seu cliente foi excluído da nossa base hoje, com telefones e endereços.
Ele não aparece mais nas buscas.

Lista Brasil EUA""", charset="iso-8859-1", cte="8bit")
R("pt", "confirmed", "guialusitano.example", P("guialusitano.example", "Encarregado da Proteção de Dados", "epd"),
  "Resposta ao seu pedido de apagamento {token}",
  """Exmos. Senhores,

Confirmamos que procedemos ao apagamento dos dados pessoais do vosso representado em todos os
nossos ficheiros, nos termos do artigo 17.º do RGPD.

Com os melhores cumprimentos,
Guia Lusitano, Lda.""", charset="iso-8859-15", cte="quoted-printable")
R("pt", "unsure", "procurapessoas.example", P("procurapessoas.example", "ProcuraPessoas"),
  "RE: {token}",
  """Olá,

Acreditamos que o perfil já tenha sido removido na limpeza de outubro, mas não conseguimos
confirmar porque o seu pedido não aparece no nosso sistema.

ProcuraPessoas""")
R("pt", "extended", "dadosibericos.example", P("dadosibericos.example", "Dados Ibéricos"),
  "O seu pedido {token}: prorrogação do prazo",
  """Exmos. Senhores,

Recebemos o vosso pedido a 21 de outubro de 2026. Dada a sua complexidade, prorrogamos o prazo de
resposta por mais dois meses, ao abrigo do artigo 12.º, n.º 3, do RGPD. Receberão a nossa resposta
até 21 de janeiro de 2027.

Dados Ibéricos""", charset="windows-1252", cte="quoted-printable")
R("pt", "needs_info", "buscabr.example", P("buscabr.example", "BuscaBR", "naoresponda"),
  "Sua solicitação {token}",
  """Olá,

Não aceitamos pedidos por e-mail. Para remover um perfil, use o nosso formulário:
[formulário de remoção](https://www.buscabr.example/remocao).""", form="alt", headers=AUTO)
R("pt", "auto_reply", "contatosbr.example", P("contatosbr.example", "Renata Campos", "rcampos"),
  "Resposta automática: {token}",
  """Estou de férias até 30/11/2026, sem acesso ao e-mail.

Os pedidos de remoção serão processados quando eu voltar. Para assuntos urgentes, escreva para
privacidade@contatosbr.example.""", headers=AUTO, charset="iso-8859-1", cte="8bit")
R("pt", "refused", "mercadoinfo-br.example", P("mercadoinfo-br.example", "MercadoInfo"),
  "Sua solicitação de privacidade {token}",
  """Prezados,

Registramos o pedido de não venda: os dados do seu cliente não serão mais vendidos a terceiros. O
perfil no nosso site continua disponível para os assinantes.

MercadoInfo""", reason="processed as do-not-sell only")
R("pt", "needs_id", "verificapessoa.example", P("verificapessoa.example", "VerificaPessoa"),
  "RE: {token}",
  """Prezados,

Para atender um pedido feito por representante, precisamos de cópia de um documento de identidade
com foto do titular e de um comprovante de residência recente.

VerificaPessoa""", charset="iso-8859-1", cte="8bit")
R("pt", "confirmed", "registrosnacionais.example", P("registrosnacionais.example", "Registros Nacionais"),
  "Re: {token}",
  """Olá,

Revisamos todas as nossas bases: não restou nenhum registro do seu cliente que não tenha sido
excluído. O último, o histórico de endereços, foi apagado ontem.

Registros Nacionais""")

# == Haitian Creole ===============================================================================
R("ht", "confirmed", "jwennkonpatriyot.example", P("jwennkonpatriyot.example", "JwennKonpatriyot"),
  "Repons pou demann ou {token}",
  """Bonjou,

Nou efase pwofil kliyan ou a nan sit nou an jodi a, ansanm ak nimewo telefòn li ak adrès li yo.
Li pa parèt ankò lè w chèche l.

JwennKonpatriyot""", charset="iso-8859-1", cte="8bit")
R("ht", "acknowledged", "ayitilis.example", P("ayitilis.example", "AyitiLis"),
  "Demann ou an {token}",
  """Bonjou,

Nou resevwa demann ou an. N ap retire pwofil la nan 10 jou ouvrab, lè ekip done nou an fin verifye
otorizasyon an.

AyitiLis""")
R("ht", "acknowledged", "moundirektwa.example", P("moundirektwa.example", "MounDirektwa"),
  "RE: Request to delete personal information - {token}",
  """Bonjou,

N ap retire pwofil la depi moun nan toujou rete nan adrès ki sou li a. Ekip nou an ap verifye sa
semèn sa a.

MounDirektwa""", quoted="en", broker="MounDirektwa")
R("ht", "unsure", "kominoteayisyen.example", P("kominoteayisyen.example", "Kominote Ayisyen Online"),
  "RE: {token}",
  """Bonjou,

Nou kwè pwofil la te deja retire nan netwayaj nou te fè nan mwa oktòb, men nou pa ka asire w paske
nou pa jwenn demann ou an nan sistèm nou an.

Kominote Ayisyen Online""", charset="iso-8859-1", cte="quoted-printable")
R("ht", "needs_info", "chechemoun.example", P("chechemoun.example", "ChecheMoun"),
  "Demann ou an {token}",
  """Bonjou,

Nou retire pwofil yo pa telefòn sèlman. Tanpri rele nou nan 1-800-555-0162, lendi rive vandredi,
9è rive 5è, epi gen lyen pwofil la sou ou.

ChecheMoun""")
R("ht", "confirmed", "repetwaayiti.example", P("repetwaayiti.example", "Repètwa Ayiti"),
  "Repons {token}",
  """Bonjou,

Nou tcheke tout baz done nou yo: pa gen okenn dosye kliyan ou a nou pa t efase. Dènye a, ansyen
adrès li yo, te efase yè.

Repètwa Ayiti""")
R("ht", "other", "nouvelkominote.example", P("nouvelkominote.example", "Nouvèl Kominote", "nouvel"),
  "Ou pa nan lis imel nou an ankò",
  """Ou retire non ou nan lis imel Nouvèl Kominote a. Ou p ap resevwa bilten nou an ankò.

Se te yon erè? [Enskri ankò](https://lis.nouvelkominote.example/enskri?l=2)""", form="html", headers=AUTO_GEN)

# == French (France, Quebec, West Africa) =========================================================
R("fr", "acknowledged", "annuaire-aurore.example", P("annuaire-aurore.example", "Annuaire Aurore", "confidentialite"),
  "RE: Request to delete personal information - {token}",
  """Bonjour,

Nous supprimerons la fiche de votre client sous 30 jours, sauf si elle est liée à une procédure
judiciaire en cours ; dans ce cas nous vous écrirons avant toute modification.

Annuaire Aurore""", quoted="en", broker="Annuaire Aurore", charset="iso-8859-15", cte="quoted-printable")
R("fr", "confirmed", "repertoire-hexagone.example", P("repertoire-hexagone.example", "Répertoire Hexagone", "dpo"),
  "Votre demande d'effacement {token}",
  """Madame, Monsieur,

Nous vous confirmons que les données personnelles de votre client ont été effacées de l'ensemble
de nos fichiers, conformément à l'article 17 du RGPD.

Le délégué à la protection des données""", charset="windows-1252", cte="quoted-printable")
R("fr", "unsure", "trouvetout-sn.example", P("trouvetout-sn.example", "TrouveTout Dakar"),
  "RE : {token}",
  """Bonjour,

La fiche devrait normalement avoir été supprimée lors de notre mise à jour, mais nous ne pouvons
pas le vérifier pour le moment.

TrouveTout Dakar""")
R("fr", "extended", "donnees-boreales.example", P("donnees-boreales.example", "Données Boréales"),
  "Votre demande {token} : prolongation du délai",
  """Madame, Monsieur,

Nous avons reçu votre demande le 21 octobre 2026. En raison de sa complexité, nous prolongeons de
deux mois le délai de réponse, comme le permet l'article 12, paragraphe 3, du RGPD. Vous recevrez
notre réponse au plus tard le 21 janvier 2027.

Données Boréales""", charset="iso-8859-15", cte="8bit")
R("fr", "needs_info", "annuaire-laurentides.example", P("annuaire-laurentides.example", "Annuaire Laurentides"),
  "Votre demande {token}",
  """Bonjour,

Nous traitons les demandes de suppression par courrier postal seulement. Veuillez envoyer une
demande signée à : Annuaire Laurentides, Service de la confidentialité, C.P. 881, Sherbrooke.

Annuaire Laurentides""", charset="windows-1252", cte="8bit")
R("fr", "confirmed", "bottin-quebecois.example", P("bottin-quebecois.example", "Bottin Québécois"),
  "Demande complétée",
  """Bonjour,

Votre demande est complétée : le profil de votre client a été retiré de notre site et ses données
ont été détruites. Bonne journée!

Bottin Québécois""", form="html")
R("fr", "bounce", "pages-francophones.example", ("Mail Delivery Subsystem", "MAILER-DAEMON@mx2.pages-francophones.example"),
  "Échec de la remise du message",
  """Votre message n'a pas pu être remis : l'adresse privacy@pages-francophones.example n'existe pas
sur ce serveur.""", form="bounce", status="5.1.1",
  inner="550 5.1.1 <privacy@pages-francophones.example>: Recipient address rejected: User unknown",
  charset="iso-8859-1", cte="quoted-printable")
R("fr", "auto_reply", "annuaire-atlantique.example", P("annuaire-atlantique.example", "Hélène Diouf", "hdiouf"),
  "Absence du bureau : {token}",
  """Je suis absente jusqu'au 30 novembre. Les demandes de suppression seront traitées à mon retour.
Pour toute urgence : confidentialite@annuaire-atlantique.example.""", headers=AUTO, charset="iso-8859-15", cte="8bit")

# == Vietnamese ===================================================================================
R("vi", "confirmed", "timnguoiviet.example", P("timnguoiviet.example", "Tìm Người Việt"),
  "Trả lời yêu cầu {token}",
  """Kính gửi quý vị,

Chúng tôi đã xóa hồ sơ của thân chủ quý vị khỏi trang web, cùng với số điện thoại và địa chỉ.
Hồ sơ không còn xuất hiện khi tìm kiếm.

Tìm Người Việt""")
R("vi", "acknowledged", "danbaviet.example", P("danbaviet.example", "Danh Bạ Việt"),
  "RE: Request to delete personal information - {token}",
  """Kính gửi quý vị,

Chúng tôi đã nhận được yêu cầu. Hồ sơ sẽ được xóa trong vòng 30 ngày sau khi chúng tôi xác minh
giấy ủy quyền.

Danh Bạ Việt""", quoted="en", broker="Danh Bạ Việt", cte="quoted-printable")
R("vi", "unsure", "congdongviet-usa.example", P("congdongviet-usa.example", "Cộng Đồng Việt USA"),
  "Yêu cầu {token}",
  """Xin chào,

Chúng tôi đã xóa tất cả các hồ sơ quý vị gửi, trừ một hồ sơ: hồ sơ ở số 410 đường Cypress được lập
từ hồ sơ nhà đất và vẫn được giữ trên trang.

Cộng Đồng Việt USA""", cte="base64")
R("vi", "needs_info", "nguoivietdirectory.example", P("nguoivietdirectory.example", "Người Việt Directory"),
  "Yêu cầu {token}",
  """Xin chào,

Chúng tôi chỉ nhận yêu cầu xóa qua điện thoại. Vui lòng gọi số 1-800-555-0175 từ thứ Hai đến thứ
Sáu và chuẩn bị sẵn đường dẫn của hồ sơ.

Người Việt Directory""")
R("vi", "confirmed", "viettimkiem.example", P("viettimkiem.example", "Việt Tìm Kiếm"),
  "Re: {token}",
  """Xin chào,

Thông tin của khách hàng bạn đã được xóa bỏ hoàn thành rồi, trang không thể tìm thấy nữa từ hôm
qua. Cảm ơn đã liên hệ chúng tôi.

Việt Tìm Kiếm""", form="flowed")
R("vi", "unsure", "hosoviet.example", P("hosoviet.example", "Hồ Sơ Việt"),
  "Yêu cầu {token} đã hoàn tất",
  """Xin chào,

Hồ sơ của thân chủ quý vị không còn hiển thị trong kết quả tìm kiếm công khai, nhưng chúng tôi vẫn
lưu giữ toàn bộ dữ liệu vì lý do pháp lý; dữ liệu không bị xóa.

Hồ Sơ Việt""", form="alt")

# == Chinese (simplified and traditional) =========================================================
R("zh", "confirmed", "huarenchazhao.example", P("huarenchazhao.example", "华人查询网"),
  "回复：您的删除请求 {token}",
  """您好：

您客户的资料已从我们的网站上删除，电话和地址也一并删除。现在搜索不到该资料。

华人查询网 隐私组""", charset="gb2312", cte="base64")
R("zh", "acknowledged", "meihuamingdan.example", P("meihuamingdan.example", "美华名单"),
  "RE: Request to delete personal information - {token}",
  """您好：

我们已收到您的请求，将在核实授权书后三十天内删除该资料。

美华名单""", quoted="en", broker="美华名单", charset="gbk", cte="8bit")
R("zh", "confirmed", "taimeimingdan.example", P("taimeimingdan.example", "臺美名冊"),
  "回覆：刪除申請 {token}",
  """您好：

您客戶的個人資料已經刪除，網頁已無法開啟。

臺美名冊 隱私部""", charset="big5", cte="base64")
R("zh", "unsure", "huayulu.example", P("huayulu.example", "華語錄"),
  "您的申請 {token} 已完成",
  """您好：

您客戶的資料已不在公開搜尋結果中顯示，但我們仍因法律原因保留完整記錄，資料並未刪除。

華語錄""", form="alt", charset="big5", cte="quoted-printable")
R("zh", "needs_info", "zhaoren-us.example", P("zhaoren-us.example", "找人网", "noreply"),
  "您的请求 {token}",
  """您好：

我们不接受通过电子邮件提出的请求。如需删除资料，请使用我们的网上表格：
[删除表格](https://www.zhaoren-us.example/remove)。发送到本邮箱的邮件无人阅读。""", form="alt", headers=AUTO)
R("zh", "unsure", "huaqiaotong.example", P("huaqiaotong.example", "华侨通"),
  "回复：{token}",
  """您好：

该资料应该已经在十月份的清理中删除了，但我们无法确认，因为系统里找不到您的请求。

华侨通""", charset="gb2312", cte="8bit")
R("zh", "extended", "jiazhoudiancha.example", P("jiazhoudiancha.example", "加州電查"),
  "您的申請 {token}：延長答覆期限",
  """您好：

我們於2026年10月27日收到您的申請。由於涉及多個資料來源，依照CCPA，我們需要額外45天答覆，
最遲於2027年1月25日前回覆您。

加州電查""", charset="big5", cte="8bit")
R("zh", "refused", "zhongmeixinxi.example", P("zhongmeixinxi.example", "中美信息"),
  "回复：{token}",
  """您好：

您所依据的删除权仅适用于加州居民。根据申请资料，您的客户住在内华达州，因此我们无法处理。

中美信息""", reason="not a resident", charset="gbk", cte="quoted-printable")

# == Korean =======================================================================================
R("ko", "confirmed", "hanin-juso.example", P("hanin-juso.example", "한인 주소록"),
  "회신: 삭제 요청 {token}",
  """안녕하십니까.

고객님의 프로필을 저희 사이트에서 삭제했습니다. 이제 검색해도 나오지 않습니다.

한인 주소록 개인정보팀""", charset="euc-kr", cte="base64")
R("ko", "acknowledged", "kyopo-chatgi.example", P("kyopo-chatgi.example", "교포 찾기"),
  "RE: Request to delete personal information - {token}",
  """안녕하십니까.

해당 주소에 아직 거주하시는 경우에 한하여 프로필을 삭제할 예정입니다. 담당 팀이 이번 주에
확인하겠습니다.

교포 찾기""", quoted="en", broker="교포 찾기", charset="euc-kr", cte="8bit")
R("ko", "unsure", "hanin-phonebook.example", P("hanin-phonebook.example", "한인 전화번호부"),
  "요청 {token} 처리 안내",
  """안녕하십니까.

요청하신 대로 전화번호만 삭제했습니다. 이름, 나이, 이전 주소 등 나머지 프로필은 그대로
게시됩니다.

한인 전화번호부""", charset="euc-kr", cte="quoted-printable")
R("ko", "needs_id", "sinwon-hwagin.example", P("sinwon-hwagin.example", "신원확인 서비스"),
  "요청 {token}",
  """안녕하십니까.

대리인의 요청을 처리하려면 본인 확인이 필요합니다. 사진이 있는 신분증 사본과 최근 공과금
고지서를 보내 주십시오.

신원확인 서비스""", charset="euc-kr", cte="8bit")
R("ko", "other", "hanin-news.example", P("hanin-news.example", "한인 뉴스레터", "news"),
  "수신 거부 처리가 완료되었습니다",
  """뉴스레터 수신 거부 처리가 완료되었습니다. 앞으로 뉴스레터를 받지 않으십니다.

실수였나요? [다시 구독하기](https://news.hanin-news.example/subscribe?l=7)""", form="html", headers=AUTO_GEN,
  charset="euc-kr", cte="base64")

# == Tagalog (and Taglish) ========================================================================
R("tl", "confirmed", "pinoyhanapan.example", P("pinoyhanapan.example", "PinoyHanapan", "support"),
  "Re: Request to delete personal information - {token}",
  """Hi po,

Na-delete na namin ang profile ng client ninyo sa site, pati phone number at address. Wala na po
siya sa search results. 😊

PinoyHanapan Support""", quoted="en", broker="PinoyHanapan")
R("tl", "acknowledged", "kababayanlist.example", P("kababayanlist.example", "KababayanList"),
  "Re: {token}",
  """Hello po,

Natanggap namin ang request ninyo. Ide-delete namin ang profile within 7 days, after ma-verify ang
authorization letter.

KababayanList""", charset="us-ascii", cte="7bit")
R("tl", "unsure", "filamdirectory.example", P("filamdirectory.example", "FilAm Directory"),
  "Re: {token}",
  """Hi po,

Baka natanggal na po ang profile noong cleanup namin nitong October, pero hindi po namin ma-confirm
kasi wala sa system ang request ninyo.

FilAm Directory""")
R("tl", "needs_info", "hanapkababayan.example", P("hanapkababayan.example", "HanapKababayan", "noreply"),
  "Ang inyong request {token}",
  """Hello po,

Hindi kami tumatanggap ng request sa e-mail. Paki-fill out po ang form namin:
[removal form](https://www.hanapkababayan.example/alisin).""", form="alt", headers=AUTO)
R("tl", "confirmed", "pinoysearch-us.example", P("pinoysearch-us.example", "PinoySearch US"),
  "Tapos na po: {token}",
  """Magandang araw po,

Natanggal na po ang listing ng inyong kliyente sa aming website at hindi na ito lalabas sa search.

PinoySearch US""", charset="iso-8859-1", cte="quoted-printable")

# == Arabic (right to left, Latin digits) =========================================================
R("ar", "confirmed", "daleel-aljaliya.example", P("daleel-aljaliya.example", "دليل الجالية"),
  "رد: طلب الحذف {token}",
  """السلام عليكم،

تم حذف الملف الشخصي لموكلكم من موقعنا بتاريخ 10/11/2026، ولم يعد يظهر في نتائج البحث.

دليل الجالية""", form="html", rtl=True, charset="windows-1256", cte="quoted-printable")
R("ar", "acknowledged", "arab-usa-info.example", P("arab-usa-info.example", "معلومات العرب في أمريكا"),
  "طلبكم {token}",
  """تحية طيبة،

استلمنا طلبكم. سيتم حذف الملف في 15/12/2026 مع التحديث الشهري لقاعدة البيانات.

معلومات العرب في أمريكا""", charset="iso-8859-6", cte="8bit")
R("ar", "unsure", "bahth-alnas.example", P("bahth-alnas.example", "بحث الناس"),
  "تحديث بخصوص طلبكم {token}",
  """مرحباً،

حذفنا رقم الهاتف فقط كما طلبتم، ويبقى باقي الملف منشوراً على الموقع (الاسم والعمر والعناوين السابقة).

بحث الناس""", form="alt", rtl=True)
R("ar", "extended", "sijil-arabi.example", P("sijil-arabi.example", "السجل العربي"),
  "طلبكم {token}: تمديد المهلة",
  """تحية طيبة،

استلمنا طلبكم في 27/10/2026. نحتاج إلى 45 يوماً إضافية للرد وفقاً لقانون CCPA، وسيصلكم ردنا في موعد
أقصاه 25/01/2027.

السجل العربي""", charset="windows-1256", cte="8bit")
R("ar", "verify_link", "mawrid-alnas.example", P("mawrid-alnas.example", "مورد الناس", "no-reply"),
  "تأكيد طلب الحذف",
  """مرحباً،

لتأكيد طلب حذف الملف، افتح الرابط التالي خلال 24 ساعة:

[تأكيد الحذف](https://optout.mawrid-alnas.example/confirm?t=90ab17)

لم تطلب ذلك؟ [أبلغنا](https://www.mawrid-alnas.example/not-me?t=90ab17)""",
  link="https://optout.mawrid-alnas.example/confirm?t=90ab17", form="html", rtl=True, headers=AUTO_GEN)

# == Punjabi (Gurmukhi) and Bengali ===============================================================
R("pa", "confirmed", "desi-connect.example", P("desi-connect.example", "ਦੇਸੀ ਕਨੈਕਟ"),
  "ਜਵਾਬ: ਬੇਨਤੀ {token}",
  """ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਤੁਹਾਡੇ ਕਲਾਇੰਟ ਦੀ ਪ੍ਰੋਫਾਈਲ ਸਾਡੀ ਸਾਈਟ ਤੋਂ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਹੈ। ਹੁਣ ਖੋਜ ਵਿੱਚ ਨਹੀਂ ਆਉਂਦੀ।

ਦੇਸੀ ਕਨੈਕਟ""", cte="base64")
R("pa", "acknowledged", "punjabi-directory-us.example", P("punjabi-directory-us.example", "ਪੰਜਾਬੀ ਡਾਇਰੈਕਟਰੀ"),
  "RE: Request to delete personal information - {token}",
  """ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਸਾਨੂੰ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ। ਪ੍ਰੋਫਾਈਲ 30 ਦਿਨਾਂ ਵਿੱਚ ਹਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ।

ਪੰਜਾਬੀ ਡਾਇਰੈਕਟਰੀ""", quoted="en", broker="ਪੰਜਾਬੀ ਡਾਇਰੈਕਟਰੀ")
R("bn", "confirmed", "bangali-khoj.example", P("bangali-khoj.example", "বাঙালি খোঁজ"),
  "উত্তর: অনুরোধ {token}",
  """নমস্কার,

আপনার ক্লায়েন্টের প্রোফাইল আমাদের ওয়েবসাইট থেকে মুছে ফেলা হয়েছে। এখন আর খুঁজে পাওয়া যায় না।

বাঙালি খোঁজ""", cte="quoted-printable")
R("bn", "unsure", "probashi-talika.example", P("probashi-talika.example", "প্রবাসী তালিকা"),
  "উত্তর: {token}",
  """নমস্কার,

আমাদের মনে হয় প্রোফাইলটি অক্টোবরের পরিষ্কারের সময় মুছে ফেলা হয়েছে, তবে আমরা নিশ্চিত নই।

প্রবাসী তালিকা""")

# == Russian, Ukrainian, Polish ===================================================================
R("ru", "confirmed", "russkiy-spravochnik.example", P("russkiy-spravochnik.example", "Русский справочник"),
  "Ответ на запрос {token}",
  """Здравствуйте.

Профиль вашего клиента удалён с нашего сайта вместе с телефонами и адресами. В поиске он больше не
появляется.

Русский справочник""", charset="koi8-r", cte="8bit")
R("ru", "acknowledged", "sootechestvenniki-usa.example", P("sootechestvenniki-usa.example", "Соотечественники США"),
  "RE: {token}",
  """Здравствуйте.

Мы удалим профиль при условии, что этот человек по-прежнему живёт по указанному адресу. Наша
команда проверит это на этой неделе.

Соотечественники США""", charset="windows-1251", cte="quoted-printable")
R("ru", "unsure", "poisk-lyudey-us.example", P("poisk-lyudey-us.example", "Поиск людей"),
  "RE: {token}",
  """Здравствуйте.

Профиль должен был быть удалён при октябрьской чистке, но подтвердить это мы не можем: вашего
запроса нет в нашей системе.

Поиск людей""")
R("uk", "confirmed", "ukrainska-hromada.example", P("ukrainska-hromada.example", "Українська громада"),
  "Відповідь на запит {token}",
  """Добрий день.

Профіль вашого клієнта видалено з нашого сайту разом із телефонами та адресами.

Українська громада""", charset="koi8-u", cte="8bit")
R("uk", "needs_info", "dovidnyk-ua-usa.example", P("dovidnyk-ua-usa.example", "Довідник"),
  "Запит {token}",
  """Добрий день.

Ми приймаємо запити на видалення лише поштою. Надішліть підписаний запит на адресу: Довідник,
відділ конфіденційності, а/с 512, Сакраменто, CA 95800.

Довідник""")
R("uk", "unsure", "znaydy-ukraintsiv.example", P("znaydy-ukraintsiv.example", "Знайди українців"),
  "RE: {token}",
  """Добрий день.

Ми видалили всі профілі, які ви надіслали, крім одного: профіль за адресою 77 Spruce Street
складено з публічних записів про нерухомість, і він залишається на сайті.

Знайди українців""", charset="windows-1251", cte="8bit")
R("pl", "confirmed", "szukajrodakow.example", P("szukajrodakow.example", "SzukajRodaków"),
  "Odpowiedź na zgłoszenie {token}",
  """Dzień dobry,

Profil Pana klienta został usunięty z naszej strony razem z numerami telefonów i adresami.

SzukajRodaków""", charset="iso-8859-2", cte="quoted-printable")
R("pl", "acknowledged", "polonia-katalog.example", P("polonia-katalog.example", "Polonia Katalog"),
  "RE: Request to delete personal information - {token}",
  """Dzień dobry,

Profil zostanie usunięty w ciągu 30 dni, o ile osoba ta nadal mieszka pod adresem podanym w
profilu. Sprawdzimy to w tym tygodniu.

Polonia Katalog""", quoted="en", broker="Polonia Katalog", charset="windows-1250", cte="8bit")
R("pl", "unsure", "polacy-w-usa.example", P("polacy-w-usa.example", "Polacy w USA"),
  "RE: {token}",
  """Dzień dobry,

Profil powinien już zostać usunięty podczas październikowego porządkowania bazy, ale nie możemy
tego potwierdzić.

Polacy w USA""")
R("pl", "other", "wiadomosci-polonia.example", P("wiadomosci-polonia.example", "Wiadomości Polonii", "newsletter"),
  "Wypisano z listy mailingowej",
  """Adres został wypisany z listy mailingowej Wiadomości Polonii. Nie będzie już otrzymywać naszego
biuletynu.

To pomyłka? [Zapisz się ponownie](https://lista.wiadomosci-polonia.example/zapisz?l=3)""",
  form="html", headers=AUTO_GEN, charset="iso-8859-2", cte="8bit")

# == Written last (dated last): a TLS report, a registrar, identity unverified at the 45th day, Persian
R("en", "other", "quarrystone-people.example", ("TLS Reporting", "tlsrpt-noreply@quarrystone-people.example"),
  "Report Domain: harborlight-justice.example Submitter: quarrystone-people.example Report-ID: <2026.11.16-6620>",
  """This is an SMTP TLS report for harborlight-justice.example from quarrystone-people.example (RFC 8460).
Sessions: 3 successful, 0 failed. No action is needed.""", form="tlsrpt", headers=AUTO_GEN + "TLS-Report-Domain: harborlight-justice.example\nTLS-Report-Submitter: quarrystone-people.example\n",
  charset="us-ascii", cte="7bit",
  inner="""{"organization-name":"quarrystone-people.example","date-range":{"start-datetime":"2026-11-16T00:00:00Z",
"end-datetime":"2026-11-16T23:59:59Z"},"contact-info":"tlsrpt@quarrystone-people.example","report-id":"2026.11.16-6620",
"policies":[{"policy":{"policy-type":"sts","policy-domain":"harborlight-justice.example"},
"summary":{"total-successful-session-count":3,"total-failure-session-count":0}}]}
""")
R("en", "needs_info", "namecrest-registrar.example", P("namecrest-registrar.example", "Namecrest Registrar Compliance", "compliance"),
  "Re: Request to delete personal information - {token}",
  """Hello,

Namecrest is only the domain registrar of the site you wrote about. We do not host it, hold its
listings or control what it publishes, and we cannot delete them. The registrant's details are
private; you can reach the registrant through our relay address, which forwards your message:
relay-7731@namecrest-registrar.example.

Namecrest Registrar Compliance""", quoted="en", broker="Namecrest Registrar")
R("en", "needs_id", "sablecourt-data.example", P("sablecourt-data.example", "Sablecourt Data Privacy"),
  "Your request {token} - closed: identity not verified",
  """Hello,

We received your request on 10/05/2026. We asked twice for a copy of the consumer's photo ID and
did not receive it, and 45 days have now passed, so, as the CCPA regulations allow, we have closed
the request without deleting anything. You may send a new request with the consumer's ID at any
time.

Sablecourt Data Privacy""", charset="windows-1252", cte="quoted-printable")
R("es", "needs_id", "archivoslatinos.example", P("archivoslatinos.example", "Archivos Latinos"),
  "Su solicitud {token} - cerrada: identidad no verificada",
  """Estimados:

Recibimos su solicitud el 05/10/2026. Pedimos dos veces una copia de la identificación con foto
del titular y no la recibimos; como ya pasaron los 45 días, cerramos la solicitud sin borrar nada.
Pueden enviar una solicitud nueva con la identificación cuando quieran.

Archivos Latinos""", charset="iso-8859-1", cte="quoted-printable")
R("fa", "confirmed", "rahnama-irani.example", P("rahnama-irani.example", "راهنمای ایرانیان"),
  "پاسخ: درخواست حذف {token}",
  """با سلام،

پروفایل موکل شما در تاریخ 2026/11/20 از سایت ما حذف شد و دیگر در نتایج جستجو دیده نمی‌شود.

راهنمای ایرانیان""", form="html", rtl=True, charset="utf-8", cte="base64")
R("fa", "acknowledged", "ketabche-irani.example", P("ketabche-irani.example", "کتابچه ایرانی"),
  "RE: Request to delete personal information - {token}",
  """با سلام،

درخواست شما را دریافت کردیم. پروفایل تا تاریخ 2026/12/20 حذف خواهد شد.

کتابچه ایرانی""", quoted="en", broker="کتابچه ایرانی", charset="utf-8", cte="quoted-printable")

if __name__ == "__main__":
    main()
