"""Assemble set V (tests/replies/setv): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setv/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set V is weighted to answers whose words sound like an outcome and are not the one our letter asked
for: searches that prove nothing about a people-search listing (no data for the e-mail address given,
no account, "we do not sell", a marketing list), help-desk tickets whose status field and text
disagree or that close themselves for want of a reply, future, conditional and scheduled removals
and "processed" meaning received, identity demands that harm undocumented clients (photo ID,
notarised affidavits, an SSN, a utility bill) and the alternatives offered, authorised agents
refused, denials with an appeal under the Colorado, Virginia, Connecticut and Texas laws,
California's DROP, removals of another listing, a relative, a namesake or an old address, a parent
company's opt-out and its brands, legal terms left in English inside another language, machine
translation, short mobile replies, our own letter quoted, and links that expire, need a code, sit
on look-alike hosts or beside unsubscribe links, and confirmations that need no link. Every name,
address, domain and number is invented; domains end in ``.example``, machines' addresses are RFC
5737's.

Body markup: tests/replies/_setbuild.py's (``[text](url)`` a link; ``[text](href|shown)`` an anchor
to ``href`` shown as ``shown`` in the plain part, ``-`` for its text only; blank lines separate
paragraphs). ``form``: ``plain``; ``html`` (HTML only); ``alt`` (plain + HTML, ``html_body`` when
the HTML says something else); ``fwd`` (a note and an earlier mail attached as message/rfc822);
``bounce`` (a delivery report with our letter). ``charset`` is the declared charset, ``cte`` the
transfer encoding; ``quoted`` our letter (or another mail) quoted under the answer.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from _setbuild import COLUMNS, anchors, esc, leaf, multi, plain_of, quote  # noqa: E402

START = datetime(2026, 11, 1, 9, 41, tzinfo=timezone.utc)
CLINIC = ("Clínica Raíces Unidas", "bajas@raicesunidas.example")
CLINIC_EN = ("Harborview Immigrant Legal Services", "privacy@harborview-legal.example")
REPLIES: list[dict] = []

# Our letters, as a reply quotes them (the words "delete", "remove", "eliminar" are ours, not the broker's).
LETTER_EN = """Subject: Deletion request under the CCPA - {token}

To the privacy team of {broker}:

Harborview Immigrant Legal Services writes as authorised agent for our client. Please delete
all personal information you hold about our client and remove every listing of our client
from your websites, and confirm in writing when it is done. Reference: {token}."""

LETTER_ES = """Asunto: Solicitud de eliminación de datos - {token}

Al equipo de privacidad de {broker}:

Escribimos como representantes autorizados de nuestra clienta. Les pedimos eliminar todos
sus datos personales y retirar todos los perfiles publicados en sus sitios, y confirmarnos
por escrito cuando se haya hecho. Referencia: {token}."""


def token(n: int) -> str:
    """Reply ``n``'s invented request token, as our letter gives it (``OPT-V-`` and five digits)."""
    return f"OPT-V-{4100 + 37 * n:05d}"


def R(lang: str, cls: str, domain: str, sender: tuple[str, str], subject: str, body: str, *,
      reason: str = "", link: str = "", domains: str = "", form: str = "plain", charset: str = "utf-8",
      cte: str = "8bit", quoted: str = "", letter: str = "", html_body: str = "", chrome: str = "",
      hidden: str = "", track: str = "", headers: str = "", inner: str = "", status: str = "5.1.1", spanish_clinic: bool | None = None) -> None:
    """One reply: its label (class ``cls``, ``reason`` for a refusal, the ``link`` to open) and its mail."""
    REPLIES.append(dict(lang=lang, cls=cls, reason=reason, link=link, domains=domains or domain, domain=domain,
                        sender=sender, subject=subject, body=body, form=form, charset=charset, cte=cte,
                        quoted=quoted, letter=letter, html_body=html_body, chrome=chrome, hidden=hidden,
                        track=track, headers=headers, inner=inner, status=status,
                        es=(lang in ("es",) if spanish_clinic is None else spanish_clinic)))


# -- assembling a mail ----------------------------------------------------------------------------

def addr(name: str, mail: str) -> str:
    """A From/To header's value: the display name (RFC 2047 in UTF-8 when it is not ASCII) and the address."""
    if name.isascii():
        return f'"{name}" <{mail}>'
    return f"{Header(name, 'utf-8').encode()} <{mail}>"


def subject_of(s: str, charset: str) -> str:
    """A Subject header's value: as it is when ASCII, else RFC 2047 in ``charset`` (UTF-8 when it cannot spell it)."""
    if s.isascii():
        return s
    try:
        s.encode(charset)
        cs = charset
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    return Header(s, cs).encode(maxlinelen=76)


def html_page(body: str, charset: str, *, chrome: str = "", hidden: str = "", track: str = "",
              rtl: bool = False) -> str:
    """A help desk's or mail client's HTML: a status table (``chrome``: "Field: value" lines),
    the paragraphs, a quoted mail (paragraphs starting with "> ") in a blockquote, CSS-hidden text,
    a tracking pixel."""
    paras, quoted = [], []
    for p in body.strip().split("\n\n"):
        (quoted if p.startswith(">") else paras).append(p)
    out = []
    if chrome:
        rows = "".join(f"<tr><td style=\"color:#777\">{esc(k)}</td><td><b>{esc(v)}</b></td></tr>"
                       for k, v in (x.split(": ", 1) for x in chrome.strip().splitlines()))
        out.append(f'<table class="ticket-fields" style="font-size:12px">{rows}</table>')
    if hidden:
        out.append(f'<div style="display:none;max-height:0;overflow:hidden">{anchors(hidden)}</div>')
    out += ["<p>" + anchors(p).replace("\n", "<br>\n") + "</p>" for p in paras]
    if quoted:
        inner = "\n".join(x[2:] if x.startswith("> ") else x.lstrip(">") for x in "\n\n".join(quoted).split("\n"))
        out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                   + esc(inner).replace("\n", "<br>\n") + "</blockquote>")
    if track:
        out.append(f'<img src="{esc(track)}" width="1" height="1" alt="" style="display:block">')
    d = ' dir="rtl"' if rtl else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            f"<body{d}>\n" + "\n".join(out) + "\n</body></html>\n")


def build(i: int, r: dict, name: str) -> bytes:
    """Reply number ``i`` (its label and text ``r``) as a whole mail, ``\n`` line ends; ``name`` seeds its boundaries."""
    when = START + timedelta(minutes=210 * i + (i * 37) % 53)
    tok = token(i)
    clinic = CLINIC if r["es"] else CLINIC_EN
    body = r["body"].replace("{token}", tok)
    if r["letter"]:
        letter = (LETTER_ES if r["letter"] == "es" else LETTER_EN).format(token=tok, broker=r["sender"][0])
        lead = ("El {d}, {c} <{m}> escribió:" if r["letter"] == "es" else "On {d}, {c} <{m}> wrote:").format(
            d=(when - timedelta(days=9)).strftime("%Y-%m-%d %H:%M"), c=clinic[0], m=clinic[1])
        body = body.rstrip() + "\n\n" + lead + "\n" + quote(letter).rstrip("\n")
    if r["quoted"]:
        body = body.rstrip() + "\n\n" + quote(r["quoted"].replace("{token}", tok)).rstrip("\n")
    cs, cte = r["charset"], r["cte"]
    plain = plain_of(body)
    if r["chrome"]:
        plain = "".join(x + "\n" for x in r["chrome"].strip().splitlines()) + "\n" + plain
    rtl = r["lang"] == "ar"
    if r["form"] == "plain":
        part = leaf("plain", plain, cs, cte)
    elif r["form"] == "html":
        part = leaf("html", html_page(body, cs, chrome=r["chrome"], hidden=r["hidden"], track=r["track"], rtl=rtl),
                    cs, cte)
    elif r["form"] == "alt":
        hb = r["html_body"].replace("{token}", tok) if r["html_body"] else body
        part = multi("alternative", [leaf("plain", plain, cs, cte),
                                     leaf("html", html_page(hb, cs, chrome=r["chrome"], hidden=r["hidden"],
                                                            track=r["track"], rtl=rtl), cs, "quoted-printable")],
                     f"=_alt_{hashlib.sha1(name.encode()).hexdigest()[:12]}")
    elif r["form"] == "fwd":
        inner = r["inner"].replace("{token}", tok).encode(cs)
        part = multi("mixed", [leaf("plain", plain, cs, cte),
                               b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner],
                     f"=_fwd_{hashlib.sha1(name.encode()).hexdigest()[:12]}")
    elif r["form"] == "bounce":
        letter = (LETTER_ES if r["es"] else LETTER_EN).format(token=tok, broker=r["domain"])
        orig = (f"From: {clinic[1]}\nTo: {r['inner']}\nSubject: {letter.splitlines()[0].split(': ', 1)[1]}\n"
                f"Message-ID: <{tok.lower()}@{clinic[1].split('@')[1]}>\nContent-Type: text/plain; charset=\"utf-8\"\n"
                "Content-Transfer-Encoding: 8bit\n\n" + letter.split("\n", 2)[2] + "\n").encode()
        status = (f"Reporting-MTA: dns; {r['sender'][1].split('@')[1]}\nArrival-Date: {format_datetime(when)}\n\n"
                  f"Final-Recipient: rfc822; {r['inner']}\nAction: failed\nStatus: {r['status']}\n"
                  f"Remote-MTA: dns; mx.{r['domain']}\nDiagnostic-Code: smtp; 550 {r['status']} "
                  f"<{r['inner']}>: recipient rejected\n").encode()
        part = multi("report", [leaf("plain", plain, cs, cte),
                                b"Content-Type: message/delivery-status\n\n" + status,
                                b"Content-Type: message/rfc822\n\n" + orig],
                     f"=_dsn_{hashlib.sha1(name.encode()).hexdigest()[:12]}", '; report-type="delivery-status"')
    else:
        raise ValueError(f"{name}: form {r['form']!r}")
    head = (f"From: {addr(*r['sender'])}\n"
            f"To: {addr(*clinic)}\n"
            f"Subject: {subject_of(r['subject'].replace('{token}', tok), cs)}\n"
            f"Date: {format_datetime(when)}\n"
            f"Message-ID: <v{i:03d}.{hashlib.sha1(name.encode()).hexdigest()[:10]}@{r['sender'][1].split('@')[1]}>\n"
            f"In-Reply-To: <{tok.lower()}@{clinic[1].split('@')[1]}>\n"
            + r["headers"]
            + "MIME-Version: 1.0\n")
    return head.encode() + part


def main(out: Path = HERE) -> None:
    """Write every reply as ``<lang>-<nn>.eml`` and labels.csv into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    seen: dict[str, int] = {}
    labels = []
    for i, r in enumerate(REPLIES):
        seen[r["lang"]] = seen.get(r["lang"], 0) + 1
        name = f"{r['lang']}-{seen[r['lang']]:02d}.eml"
        (out / name).write_bytes(build(i, r, name))
        labels.append([name, r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(labels)


# -- the replies ------------------------------------------------------------------------------------

# English: the searches that prove nothing, tickets, promises, identity, agents, the states' laws, DROP,
# another listing, brands, short replies, links.

R("en", "unsure", "brightmoorpeople.example", ("Brightmoor People Search", "privacy@brightmoorpeople.example"),
  "Re: Deletion request under the CCPA - {token}", """Hello,

Thank you for contacting Brightmoor. We searched our systems for the email address provided in
your request and found no personal information linked to that email address. As a result there
is no data for us to delete, and we have closed this request.

Brightmoor Privacy Team""", letter="en")

R("en", "unsure", "kestrellookup.example", ("Kestrel Lookup Support", "support@kestrellookup.example"),
  "Your privacy request", """Hi there,

We looked for an account registered to the email address you wrote from and no account exists
with that address. Since there is no account, there is no account data to remove.

If you have other questions, visit our Help Center.

Kestrel Lookup Support""")

R("en", "unsure", "pinewoodrecords.example", ("Pinewood Records Privacy", "privacy@pinewoodrecords.example"),
  "RE: {token}", """Dear Sir or Madam,

Pinewood Records does not sell personal information as defined by the California Consumer Privacy
Act. Accordingly, no further action is required on your request.

Regards,
Consumer Privacy Office, Pinewood Records""", letter="en")

R("en", "unsure", "tallgrassdata.example", ("Tallgrass Data", "noreply@tallgrassdata.example"),
  "You've been removed from our mailing list", """You're all set.

The email address privacy@harborview-legal.example has been removed from our marketing list. You
will no longer receive promotional emails from Tallgrass Data. Please allow up to 10 days for
this change to take effect.

[Manage preferences](https://tallgrassdata.example/preferences?u=88213)""", form="alt")

R("en", "needs_info", "ridgeviewsearch.example", ("Ridgeview Search Support", "help@ridgeviewsearch.example"),
  "[Ridgeview] Re: Deletion request under the CCPA - {token} [#58122]", """##- Please type your reply above this line -##

Your request (#58122) has been updated.

Devin (Ridgeview Search)
Thanks for writing in. To proceed with the removal we need the exact URL of the profile your
client wants removed (it starts with ridgeviewsearch.example/p/). Please reply to this email with
the URL.

This ticket is marked solved. Replying to this email will reopen it.""",
  chrome="Ticket: #58122\nStatus: Solved\nPriority: Normal", form="alt")

R("en", "unsure", "ridgeviewsearch.example", ("Ridgeview Search Support", "help@ridgeviewsearch.example"),
  "[Ridgeview] Request #57311 closed", """##- Please type your reply above this line -##

Request #57311 "Deletion request under the CCPA" has been closed.

We haven't heard back from you about our last message, so this request was closed automatically
after 7 days. If you still need help, please submit a new request and we'll be happy to assist.

Ridgeview Search Support""", chrome="Ticket: #57311\nStatus: Closed", headers="Auto-Submitted: auto-generated\n")

R("en", "confirmed", "lanternfind.example", ("LanternFind Help", "help@lanternfind.example"),
  "[LanternFind] Re: removal - ticket 20931", """Hello,

The profile you reported has been removed from LanternFind and from our search results. No further
action is needed from you. Please allow 24 to 48 hours for search engines to refresh their cached
copies.

Best,
Marisa
LanternFind Help Desk""", chrome="Ticket: 20931\nStatus: Pending\nAssignee: Marisa T.", form="html")

R("en", "acknowledged", "copperlinedata.example", ("Copperline Data Privacy", "privacy@copperlinedata.example"),
  "Deletion Request Received - {token}", """Dear Requestor,

We have received your request to delete personal information. Your request will be completed within
45 days of receipt, as required by the California Consumer Privacy Act. You will receive another
email when it is complete.

Request ID: CPL-66120

Copperline Data Privacy Operations""")

R("en", "acknowledged", "bluejaylookup.example", ("Bluejay Lookup", "no-reply@bluejaylookup.example"),
  "Your request has been processed", """Your request has been processed.

Our privacy team will review your request and contact you if we need anything further. Please do
not reply to this automated message.

Bluejay Lookup | Privacy""", headers="Auto-Submitted: auto-generated\n")

R("en", "acknowledged", "harrowgatepeople.example", ("Harrowgate People", "optout@harrowgatepeople.example"),
  "Re: {token}", """Hello,

Removals are applied once a month. The listing you identified is scheduled to be removed in our
December 15 data update, after which it will no longer appear on our site.

Thank you,
Harrowgate People Data Compliance""", letter="en")

R("en", "needs_id", "stonebridgeinfo.example", ("Stonebridge Info", "privacy@stonebridgeinfo.example"),
  "Verification required - {token}", """Hello,

Once we verify the consumer's identity we will remove the listing. To verify, please upload a clear
copy of a current government-issued photo ID (driver's license, state ID or passport) at the secure
link below. Requests that are not verified within 30 days will be closed.

[Upload ID](https://verify.stonebridgeinfo.example/upload/73KQ)

Stonebridge Info Privacy Team""", form="alt")

R("en", "needs_id", "orchardpointdata.example", ("Orchard Point Data Legal", "legal@orchardpointdata.example"),
  "Re: Deletion request under the CCPA - {token}", """Counsel,

Before we can act on a request submitted by a third party, we require a sworn affidavit signed by
the consumer, notarized by a notary public, attesting to the consumer's identity and current
residential address. Please mail the original to our Legal Department, P.O. Box 4410, Dayton, OH.

Orchard Point Data, Legal Department""", letter="en")

R("en", "needs_id", "meridianrecords.example", ("Meridian Records", "consumer@meridianrecords.example"),
  "Additional information needed", """To locate and delete the record, please provide the consumer's full
Social Security Number and date of birth. We use this information only to match the consumer to
our records.

Meridian Records Consumer Care
Tel. 1-800-555-0142""")

R("en", "needs_id", "greyfieldpeople.example", ("Greyfield People", "privacy@greyfieldpeople.example"),
  "Re: {token} - proof of address", """Hi,

To confirm that the listing belongs to your client, send us a copy of a recent utility bill (gas,
water or electric) showing your client's name and the address on the listing. If your client does
not have a utility bill in their name, we can also accept a lease or a bank statement dated within
the last 90 days.

Greyfield People Privacy""", letter="en")

R("en", "refused", "summitwhitepages.example", ("Summit Directory Privacy", "privacy@summitwhitepages.example"),
  "Re: Deletion request under the CCPA - {token}", """Hello,

We do not accept deletion requests submitted by third parties, including authorized agents. The
consumer must submit the request personally using our online form. We have closed this request.

Summit Directory Privacy""", letter="en", reason="agent not accepted")

R("en", "refused", "foothilldata.example", ("Foothill Data Privacy", "privacy@foothilldata.example"),
  "Your Colorado privacy request - {token}", """Dear Requester,

We reviewed your request under the Colorado Privacy Act. The information shown in your client's
listing comes from publicly available government records, which the Act does not cover, so we are
declining to delete it.

You may appeal this decision within 45 days by replying with the word APPEAL in the subject line.
We will answer an appeal within 45 days. If you disagree with our decision on appeal, you may
contact the Colorado Attorney General.

Foothill Data Privacy Team""", reason="public records")

R("en", "confirmed", "tidewatersearch.example", ("Tidewater Search Legal", "appeals@tidewatersearch.example"),
  "Appeal decision - {token}", """Dear Counsel,

We have reviewed your appeal under the Virginia Consumer Data Protection Act, Va. Code 59.1-577(C).
We have reversed our earlier decision. The record about your client has been deleted from our
people-search database and from the products we license to our customers.

Tidewater Search, Privacy Appeals""")

R("en", "refused", "nutmegpeople.example", ("Nutmeg People Privacy", "privacy@nutmegpeople.example"),
  "Your Connecticut data privacy request", """Hello,

After review, we are unable to delete the requested information. The data your request concerns is
held by our consumer finance unit and is subject to the Gramm-Leach-Bliley Act, which the
Connecticut Data Privacy Act exempts.

You may appeal this decision by completing the appeal form at
[nutmegpeople.example/appeal](https://nutmegpeople.example/appeal) within 60 days. If the appeal
is denied, you may contact the Connecticut Attorney General.

Nutmeg People Privacy""", reason="exempt (GLBA)", form="alt")

R("en", "refused", "lonestarlists.example", ("Lone Star Lists Compliance", "privacy@lonestarlists.example"),
  "Appeal denied - {token}", """Dear Requester,

We have completed our review of your appeal under the Texas Data Privacy and Security Act. We are
upholding our original decision: the address and property records in the listing are public
records obtained from county appraisal districts, and are not subject to deletion.

If you have concerns about the outcome of your appeal, you may submit a complaint to the Texas
Attorney General.

Lone Star Lists Compliance""", reason="public records")

R("en", "confirmed", "goldcoastdata.example", ("Gold Coast Data Privacy", "privacy@goldcoastdata.example"),
  "DROP deletion request completed", """Hello,

We received a deletion request for your client through California's Delete Request and Opt-out
Platform (DROP) on October 28, 2026. We have deleted the personal information we held that matched
the request. We check the DROP list every 45 days and will continue to delete any matching
information we collect later.

Gold Coast Data Privacy""")

R("en", "acknowledged", "sierramarketdata.example", ("Sierra Market Data", "privacy@sierramarketdata.example"),
  "Re: {token}", """Hello,

Your client's deletion request is in the California DROP system. We retrieve DROP requests on a
45-day schedule; your client's request will be processed in our next retrieval, due on December 14,
2026. No action is required from you.

Sierra Market Data""", letter="en")

R("en", "refused", "pacificrimlists.example", ("Pacific Rim Lists", "privacy@pacificrimlists.example"),
  "Your privacy request - {token}", """Hello,

The rights described in the California Consumer Privacy Act apply to California residents. According
to your letter, your client resides in Nevada. Nevada law provides a right to opt out of the sale of
covered information but not a right to deletion, so we are unable to delete the record. We have
recorded an opt-out of sale instead.

Pacific Rim Lists Privacy""", reason="not a resident")

R("en", "unsure", "wayfarerpeople.example", ("Wayfarer People", "support@wayfarerpeople.example"),
  "Re: removal", """Hi,

We removed the profile at the URL you sent (wayfarerpeople.example/p/rosa-quintanilla/fresno-ca).
That profile shows an address in Fresno, CA. We were not able to find a profile at the Salinas
address mentioned in your letter.

Wayfarer People Support""")

R("en", "unsure", "hearthsidelookup.example", ("Hearthside Lookup", "privacy@hearthsidelookup.example"),
  "Re: Deletion request under the CCPA - {token}", """Hello,

We have removed the profile of Ana Quintanilla, who is listed as a relative on your client's
record. Please let us know if there is anything else we can help with.

Hearthside Lookup Privacy""", letter="en")

R("en", "unsure", "prairiepeople.example", ("Prairie People Search", "privacy@prairiepeople.example"),
  "Removal completed", """Hello,

We removed a profile for Tesfaye Bekele, age 34, of Houston, TX. If this is not the person you
meant, please send the profile URL so we can look again.

Prairie People Search""")

R("en", "unsure", "cobaltlookup.example", ("Cobalt Lookup", "privacy@cobaltlookup.example"),
  "Your request - {token}", """Hello,

We have removed the address 1420 Birch Lane, Salinas from your client's profile, as it is no longer
current. The profile remains available with the other information it contains.

Cobalt Lookup""")

R("en", "unsure", "corviddata.example", ("Corvid Data Group", "privacy@corviddata.example"),
  "Your opt-out is complete", """Hello,

Your client's opt-out from the Corvid Data Group marketing database is complete. Please note that
this opt-out does not apply to our people-search websites, PeopleDial and FindTrail, which have
their own opt-out pages.

Corvid Data Group Privacy""")

R("en", "unsure", "findtrail.example", ("FindTrail Support", "support@findtrail.example"),
  "Re: removal request", """Hello,

We removed your client's listing from FindTrail. This removal does not affect information held by
our parent company, Corvid Data Group, for its marketing and identity-verification products. To make
a request there, contact Corvid Data Group directly.

FindTrail Support""", domains="findtrail.example corviddata.example")

R("en", "confirmed", "ashgroveinfo.example", ("Kevin Ashgrove", "kevin@ashgroveinfo.example"),
  "Re: Deletion request under the CCPA - {token}", """all gone, took her page down this morning

Sent from my iPhone""", letter="en")

R("en", "acknowledged", "ashgroveinfo.example", ("Kevin Ashgrove", "kevin@ashgroveinfo.example"),
  "Re: Deletion request under the CCPA - {token}", """will do

Sent from my iPhone""", letter="en")

R("en", "needs_info", "ashgroveinfo.example", ("Kevin Ashgrove", "kevin@ashgroveinfo.example"),
  "Re: Deletion request under the CCPA - {token}", """which one? theres 2 with that name in Salinas

Sent from my iPhone""", letter="en")

R("en", "acknowledged", "millbrooksearch.example", ("Millbrook Search", "info@millbrooksearch.example"),
  "RE: Deletion request under the CCPA - {token}", """Thank you, we've received your email and forwarded it to the correct
team.

Millbrook Search""", letter="en")

R("en", "verify_link", "lumenpath.example", ("LumenPath Privacy", "no-reply@lumenpath.example"),
  "Confirm your opt-out request", """Please confirm your opt-out request by clicking the link below. This link
expires in 24 hours.

[Confirm my opt-out](https://optout.lumenpath.example/confirm?t=Zq81kPw4)

If you did not make this request, you can ignore this email.

[Unsubscribe from LumenPath emails](https://lumenpath.example/email/unsubscribe?e=b71c)
[Privacy Policy](https://lumenpath.example/privacy)""",
  link="https://optout.lumenpath.example/confirm?t=Zq81kPw4", form="alt",
  track="https://lumenpath.example/o/open.gif?m=b71c")

R("en", "verify_link", "quartzpeople.example", ("QuartzPeople", "no-reply@quartzpeople.example"),
  "Your verification code", """Your verification code is 319 552.

Enter this code on the verification page to finish your removal request:
[Verify my request](https://quartzpeople.example/removal/verify?r=55102)

The code is valid for 30 minutes.""", link="https://quartzpeople.example/removal/verify?r=55102", form="alt")

R("en", "verify_link", "kestrellookup.example", ("Kestrel Lookup", "no-reply@kestrellookup.example"),
  "Action required: confirm your removal", """Hi,

To complete your removal request, confirm your email address:

[Confirm removal](https://kestrellookup.example/optout/confirm/8f2e11)

Kestrel Lookup will never ask you to confirm on any other website.""",
  hidden="[Confirm now](https://kestrel-lookup-verify.example/c/8f2e11)",
  link="https://kestrellookup.example/optout/confirm/8f2e11", form="html")

R("en", "verify_link", "oakhavensearch.example", ("OakHaven Search", "no-reply@oakhavensearch.example"),
  "Confirm your request", """Hello,

Click the button below to verify your request:

[Verify request](https://click.mailrelay-oakhaven.example/ls/click?upn=4kd93Ja)

Note: we have seen emails from oakhavensearch-support.example asking people to verify their
request. That site is not ours; do not use it.

OakHaven Search""", link="https://click.mailrelay-oakhaven.example/ls/click?upn=4kd93Ja",
  domains="oakhavensearch.example mailrelay-oakhaven.example", form="alt")

R("en", "confirmed", "silverlakepeople.example", ("Silverlake People", "privacy@silverlakepeople.example"),
  "Your opt-out is complete", """Hello,

Your opt-out is complete. The listing has been removed from Silverlake People and will not appear in
our search results. You do not need to click any link or take any further action.

Silverlake People Privacy""")

R("en", "needs_info", "lumenpath.example", ("LumenPath Privacy", "no-reply@lumenpath.example"),
  "Your verification link has expired", """Hello,

The verification link we sent you has expired, and your request was not completed. To remove the
listing, please start a new request on our opt-out page:
[lumenpath.example/optout](https://lumenpath.example/optout)

LumenPath Privacy""", form="alt")

R("en", "bounce", "cinderpeople.example", ("Mail Delivery System", "MAILER-DAEMON@mx1.harborview-legal.example"),
  "Undelivered Mail Returned to Sender", """This is the mail system at host mx1.harborview-legal.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<privacy@cinderpeople.example>: host mx.cinderpeople.example[192.0.2.44] said: 550 5.1.1
    recipient rejected (in reply to RCPT TO command)""", form="bounce", inner="privacy@cinderpeople.example")

R("en", "auto_reply", "hollisterdata.example", ("Dana Whitfield", "dwhitfield@hollisterdata.example"),
  "Automatic reply: Deletion request under the CCPA - {token}", """I am out of the office until Monday, November 23, with limited access
to email. For privacy requests, please write to privacy@hollisterdata.example.""",
  headers="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n")

R("en", "extended", "granitepeople.example", ("Granite People Privacy", "privacy@granitepeople.example"),
  "Re: {token} - extension", """Hello,

Because of the number of requests we have received, we need more time to complete your request. We
are extending our response period by 45 days, as permitted under the CCPA. We will respond no later
than January 30, 2027.

Granite People Privacy""", letter="en")

R("en", "other", "lanternfind.example", ("LanternFind", "news@lanternfind.example"),
  "New: search any phone number free this week", """Find out who's calling.

For one week only, LanternFind Premium phone search is free for new members.
[Start searching](https://lanternfind.example/promo/phone?c=nov26)

[Unsubscribe](https://lanternfind.example/unsub?c=nov26)""", form="alt")

R("en", "confirmed", "redcedarrecords.example", ("Red Cedar Records", "privacy@redcedarrecords.example"),
  "Data deletion request complete", """Your data deletion request is complete.

We have deleted the personal information associated with your client from Red Cedar Records,
including the public profile.

Red Cedar Records Privacy Center""", form="html", chrome="Case: RCR-22817\nStatus: Resolved",
  track="https://redcedarrecords.example/t/px.gif?c=22817")

R("en", "confirmed", "marlowsearch.example", ("Jordan Pike", "jpike@marlowsearch.example"),
  "Fwd: deletion completed", """Hi, forwarding the answer from our records team below. Let me know if you
need anything else.

Jordan Pike
Marlow Search Customer Care""", form="fwd", inner="""From: Records Team <records@marlowsearch.example>
To: Jordan Pike <jpike@marlowsearch.example>
Subject: deletion completed - {token}
Date: Mon, 2 Nov 2026 10:02:00 -0600
Message-ID: <rec-7731@marlowsearch.example>
Content-Type: text/plain; charset="utf-8"

Jordan - we deleted the consumer's record and the public profile for request {token}. Done on our
side.
""")

R("en", "needs_info", "vistaviewpeople.example", ("VistaView People", "billing@vistaviewpeople.example"),
  "Re: removal", """Hello,

Free removals are handled through our opt-out page and take up to 90 days. For a priority removal
by email, the fee is $19.99 per listing, payable at
[vistaviewpeople.example/priority](https://vistaviewpeople.example/priority). Once payment is
received, we will remove the listing within 48 hours.

VistaView People Billing""", form="alt")

R("en", "refused", "datawell-processing.example", ("Datawell Processing", "privacy@datawell-processing.example"),
  "Re: Deletion request under the CCPA - {token}", """Hello,

Datawell Processing acts as a service provider to businesses and processes personal information
only on their behalf. We cannot act on consumer requests directly. Please contact the business you
dealt with; they will instruct us if deletion is required.

Datawell Processing""", letter="en", reason="service provider (ask the business)")

R("en", "unsure", "beaconridge.example", ("Beacon Ridge Privacy", "privacy@beaconridge.example"),
  "[Beacon Ridge] Request #8120 - Complete", """Request #8120 has been marked Complete.

We were unable to verify this request because the consumer did not respond to the email we sent
to confirm it. No changes have been made to our records. You may submit a new request at any time.

Beacon Ridge Privacy""", chrome="Request: #8120\nStatus: Complete\nType: Delete", form="alt")

R("en", "needs_info", "westbrookpeople.example", ("Westbrook People Support", "support@westbrookpeople.example"),
  "[Westbrook] Your request has been resolved (#31044)", """Hello,

Thanks for reaching out. Because this request was sent by someone other than the consumer, please
complete our Authorized Agent Form, signed by the consumer, and reply with it attached:
[Authorized Agent Form](https://westbrookpeople.example/forms/agent.pdf)

We've marked this request as resolved. Reply to reopen it.

Westbrook People Support""", chrome="Ticket: #31044\nStatus: Resolved", form="alt")

R("en", "confirmed", "harborlinesearch.example", ("Harborline Search", "privacy@harborlinesearch.example"),
  "Re: {token}", """Hello,

We have removed your client's listing from Harborline Search. Please note that if new public
records are published about your client in the future, a new listing may be created; if that
happens, you may submit a new request.

Harborline Search Privacy""", letter="en")

R("en", "unsure", "quillbrookapp.example", ("Quillbrook", "privacy@quillbrookapp.example"),
  "Your account has been deleted", """Hello,

As requested, we have deleted the Quillbrook account associated with privacy@harborview-legal.example,
along with its saved searches and payment history. This cannot be undone.

The Quillbrook Team""")

R("en", "needs_info", "epsilonfield.example", ("Epsilonfield Privacy", "privacy@epsilonfield.example"),
  "Re: Deletion request under the CCPA - {token}", """Hello,

We are unable to accept privacy requests by email. To make a deletion request, please use our
web form at [epsilonfield.example/dsr](https://epsilonfield.example/dsr) and select one request
type per submission.

Epsilonfield Privacy""", letter="en", form="alt")

R("en", "unsure", "brightharbor.example", ("Bright Harbor Data", "privacy@brightharbor.example"),
  "Your privacy choices have been updated", """Hello,

We have opted your client out of the sale and sharing of personal information. Bright Harbor will
not sell or share your client's personal information with third parties going forward.

Bright Harbor Data Privacy""")

R("en", "extended", "tidewatersearch.example", ("Tidewater Search Privacy", "privacy@tidewatersearch.example"),
  "Your Virginia privacy request - {token}", """Dear Requester,

We need additional time to respond to your request because it concerns records held in several of
our systems. As permitted by Va. Code 59.1-577(B)(1), we are extending the response period by 45
days. We expect to respond by January 22, 2027.

Tidewater Search Privacy""")

R("en", "acknowledged", "nutmegpeople.example", ("Nutmeg People Privacy", "privacy@nutmegpeople.example"),
  "Appeal received", """Hello,

We have received your appeal of our decision on your Connecticut data privacy request. We will
inform you in writing of our decision within 60 days, including a written explanation of the
reasons for it.

Nutmeg People Privacy""")

R("en", "unsure", "larkspurlists.example", ("Larkspur Lists", "privacy@larkspurlists.example"),
  "Re: Deletion request under the CCPA - {token}", """Hello,

Thank you for your email. We have now deleted the personal information we hold about your client.""",
  letter="en", form="alt", html_body="""Thank you for your email. We have received your request and will delete the
personal information we hold about your client once our review is complete.""")

R("en", "bounce", "oldmillrecords.example", ("postmaster", "postmaster@mx1.harborview-legal.example"),
  "Delivery Status Notification (Failure)", """Delivery has failed to these recipients or groups:

optout@oldmillrecords.example
The email address you entered couldn't be found. The mailbox may have been removed.""",
  form="bounce", inner="optout@oldmillrecords.example", status="5.1.10")

R("en", "auto_reply", "granitepeople.example", ("Granite People Privacy", "privacy@granitepeople.example"),
  "We received your message", """Thank you for contacting Granite People. This is an automatic reply to let
you know that your message has arrived. Our office is closed today for staff training and will
reopen tomorrow. Emails are answered in the order received.""",
  headers="Auto-Submitted: auto-replied\nPrecedence: auto_reply\n")

# Spanish: Mexico, Central America, the Caribbean, Colombia, the River Plate, Spain, US Spanish with
# its English legal terms, and machine translation.

R("es", "unsure", "buscatel.example", ("BuscaTel Privacidad", "privacidad@buscatel.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Estimados:

Buscamos en nuestros sistemas el correo electrónico que nos indicaron en su solicitud y no
encontramos datos personales asociados a esa dirección de correo. Por lo tanto no hay información
que eliminar y damos por cerrada su solicitud.

Equipo de Privacidad de BuscaTel""", letter="es", charset="iso-8859-1", cte="quoted-printable")

R("es", "unsure", "directoriolatino.example", ("Directorio Latino USA", "soporte@directoriolatino.example"),
  "Su solicitud de privacidad", """Hola:

No existe ninguna cuenta registrada con el correo desde el que nos escribe, así que no hay datos
de cuenta que borrar.

Saludos,
Soporte, Directorio Latino USA""", charset="windows-1252", cte="8bit")

R("es", "unsure", "guiaabierta.example", ("Guía Abierta", "privacidad@guiaabierta.example"),
  "RE: {token}", """Buenos días:

Le informamos que Guía Abierta no vende información personal, según la definición de la California
Consumer Privacy Act (CCPA). Por ello no es necesario tomar ninguna medida sobre su solicitud.

Atentamente,
Oficina de Privacidad""", letter="es", charset="iso-8859-15", cte="quoted-printable")

R("es", "unsure", "ofertasdatos.example", ("Ofertas Datos", "noticias@ofertasdatos.example"),
  "Ha sido dado de baja", """Listo.

Dimos de baja la dirección bajas@raicesunidas.example de nuestra lista de correo promocional. Ya
no recibirá nuestras ofertas por correo electrónico.

[Administrar preferencias](https://ofertasdatos.example/preferencias?u=4410)""", form="alt")

R("es", "needs_info", "localizapersonas.example", ("Soporte LocalizaPersonas", "ayuda@localizapersonas.example"),
  "[LocalizaPersonas] Re: Solicitud de eliminación de datos - {token} [#44917]", """##- Escriba su respuesta encima de esta línea -##

Su solicitud (#44917) ha sido actualizada.

Gabriela (LocalizaPersonas)
Gracias por escribirnos. Para continuar con la eliminación necesitamos el enlace (URL) exacto del
perfil de su clienta. Por favor responda a este correo con el enlace.

Esta solicitud está marcada como resuelta. Si responde, se volverá a abrir.""",
  chrome="Ticket: #44917\nEstado: Resuelto", form="alt")

R("es", "unsure", "localizapersonas.example", ("Soporte LocalizaPersonas", "ayuda@localizapersonas.example"),
  "[LocalizaPersonas] Solicitud #43208 cerrada", """##- Escriba su respuesta encima de esta línea -##

La solicitud #43208 se cerró automáticamente porque no recibimos respuesta a nuestro último mensaje
en 7 días. Si todavía necesita ayuda, envíe una nueva solicitud.

Soporte LocalizaPersonas""", chrome="Ticket: #43208\nEstado: Cerrado", headers="Auto-Submitted: auto-generated\n")

R("es", "confirmed", "perfilesmx.example", ("Perfiles MX", "ayuda@perfilesmx.example"),
  "[Perfiles MX] Re: baja - ticket 7712", """Hola:

Ya eliminamos el perfil de su clienta de nuestro sitio y de los resultados de búsqueda. No necesita
hacer nada más. Los buscadores pueden tardar algunos días en actualizar sus copias.

Saludos,
Itzel, Mesa de ayuda""", chrome="Ticket: 7712\nEstado: Pendiente\nAsignado a: Itzel R.", form="html",
  charset="iso-8859-1", cte="quoted-printable")

R("es", "acknowledged", "datosdelnorte.example", ("Datos del Norte", "privacidad@datosdelnorte.example"),
  "Solicitud recibida - {token}", """Estimada representante:

Recibimos su solicitud. El perfil de su clienta se eliminará en un plazo de 45 días naturales a
partir de la recepción, conforme a la ley de California. Le enviaremos otro correo cuando se
complete.

Folio: DN-30471""", charset="iso-8859-1", cte="8bit")

R("es", "acknowledged", "encuentralos.example", ("Encuéntralos", "no-responder@encuentralos.example"),
  "Su solicitud ha sido procesada", """Su solicitud ha sido procesada.

Nuestro equipo de privacidad la revisará y se comunicará con usted si necesitamos algo más. Por
favor no responda a este mensaje automático.""", headers="Auto-Submitted: auto-generated\n")

R("es", "acknowledged", "paginasamarillas-hispanas.example", ("Páginas Hispanas", "bajas@paginasamarillas-hispanas.example"),
  "Re: {token}", """Hola:

Las bajas se aplican una vez al mes. La baja de su clienta se aplicará en la próxima actualización
del directorio, el 15 de diciembre; a partir de esa fecha su ficha ya no aparecerá.

Gracias,
Equipo de Páginas Hispanas""", letter="es", charset="windows-1252", cte="quoted-printable")

R("es", "needs_id", "consultagente.example", ("ConsultaGente", "privacidad@consultagente.example"),
  "Verificación necesaria - {token}", """Estimados:

Una vez que verifiquemos la identidad de la persona, eliminaremos el perfil. Para verificarla,
envíenos una copia de una identificación oficial vigente con fotografía (INE, pasaporte o licencia
de conducir de EE. UU.). Las solicitudes sin verificar se cierran a los 30 días.

ConsultaGente, Privacidad""", charset="iso-8859-1", cte="base64")

R("es", "needs_id", "registrosdelvalle.example", ("Registros del Valle", "legal@registrosdelvalle.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Licenciada:

Para atender solicitudes presentadas por terceros requerimos una declaración jurada firmada por la
titular ante notario público (notarizada), en la que conste su identidad y su domicilio actual.
Envíe el original por correo postal a nuestro Departamento Legal.

Registros del Valle, Departamento Legal""", letter="es", charset="iso-8859-15", cte="quoted-printable")

R("es", "needs_id", "infopersonas.example", ("InfoPersonas", "consumidor@infopersonas.example"),
  "Información adicional requerida", """Para localizar y eliminar el registro necesitamos el número de Seguro
Social (SSN) completo de la persona y su fecha de nacimiento. Solo usaremos estos datos para
identificar el registro.

Atención al Consumidor, InfoPersonas""")

R("es", "needs_id", "vecinosdirectorio.example", ("Vecinos Directorio", "privacidad@vecinosdirectorio.example"),
  "Re: {token} - comprobante de domicilio", """Hola:

Para confirmar que el perfil corresponde a su clienta, envíenos un recibo reciente de luz, agua o
gas a su nombre con la dirección que aparece en el perfil. Si no tiene identificación de EE. UU.,
aceptamos también pasaporte de cualquier país o matrícula consular junto con el recibo.

Privacidad, Vecinos Directorio""", letter="es", charset="windows-1252", cte="8bit")

R("es", "refused", "guiatelefonica-us.example", ("Guía Telefónica US", "privacidad@guiatelefonica-us.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Estimados:

No aceptamos solicitudes presentadas por terceros, incluidos los authorized agents. La persona
interesada debe hacer la solicitud personalmente en nuestro formulario en línea. Hemos cerrado esta
solicitud.

Privacidad, Guía Telefónica US""", letter="es", reason="agent not accepted", charset="iso-8859-1", cte="8bit")

R("es", "refused", "montanadatos.example", ("Montaña Datos", "privacidad@montanadatos.example"),
  "Su solicitud bajo la ley de Colorado - {token}", """Estimada representante:

Revisamos su solicitud conforme a la Colorado Privacy Act. La información del perfil proviene de
registros públicos del gobierno (public records), que la ley no cubre, por lo que no la
eliminaremos.

Puede apelar esta decisión dentro de 45 días respondiendo con la palabra APELACIÓN en el asunto.
Si no está de acuerdo con la decisión de la apelación, puede acudir al Attorney General de
Colorado.

Equipo de Privacidad de Montaña Datos""", reason="public records", charset="utf-8", cte="quoted-printable")

R("es", "confirmed", "tejasbusca.example", ("TejasBusca Legal", "apelaciones@tejasbusca.example"),
  "Resultado de su apelación - {token}", """Estimada licenciada:

Revisamos su apelación conforme a la Texas Data Privacy and Security Act y revocamos nuestra
decisión anterior. Eliminamos los datos personales de su clienta de nuestra base de datos y el
perfil ya no aparece en TejasBusca.

TejasBusca, Apelaciones de Privacidad""", charset="iso-8859-1", cte="quoted-printable")

R("es", "refused", "colonialrecords.example", ("Colonial Records", "privacy@colonialrecords.example"),
  "Su solicitud de Virginia", """Estimada representante:

No podemos eliminar los datos solicitados: los conservamos para cumplir una obligación legal de
retención de registros (legal obligation), excepción prevista en la Virginia Consumer Data
Protection Act.

Si desea apelar, responda a este correo dentro de 60 días. Si su apelación es denegada, puede
presentar una queja ante el Attorney General de Virginia.

Colonial Records Privacy""", reason="exempt (legal obligation)", charset="windows-1252", cte="quoted-printable")

R("es", "confirmed", "californiacontactos.example", ("California Contactos", "privacidad@californiacontactos.example"),
  "Solicitud DROP completada", """Hola:

Recibimos la solicitud de eliminación de su clienta a través de DROP, la plataforma de California
para solicitudes de eliminación (Delete Request and Opt-out Platform), el 28 de octubre de 2026.
Eliminamos los datos personales que coincidían. Revisamos la lista de DROP cada 45 días y seguiremos
eliminando cualquier dato nuevo que coincida.

California Contactos""")

R("es", "unsure", "buscamos.example", ("BuscaMos", "soporte@buscamos.example"),
  "Re: baja", """Hola:

Eliminamos el perfil del enlace que nos enviaron (buscamos.example/p/rosa-quintanilla/fresno). Ese
perfil muestra una dirección en Fresno, CA. No encontramos ningún perfil con la dirección de
Salinas que menciona su carta.

Soporte BuscaMos""", charset="iso-8859-1", cte="8bit")

R("es", "unsure", "familiasenlinea.example", ("Familias en Línea", "privacidad@familiasenlinea.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Buenas tardes:

Ya eliminamos el perfil de Luis Quintanilla, que aparecía como hijo de su clienta en su registro.
Quedamos a sus órdenes.

Familias en Línea""", letter="es", charset="windows-1252", cte="8bit")

R("es", "unsure", "buscamos.example", ("BuscaMos", "soporte@buscamos.example"),
  "Baja realizada", """Hola:

Eliminamos un perfil de Marisol Aguirre, de 29 años, de Phoenix, AZ. Si no es la persona que buscan,
envíennos el enlace del perfil para revisarlo de nuevo.

Soporte BuscaMos""")

R("es", "unsure", "directoriolatino.example", ("Directorio Latino USA", "privacidad@directoriolatino.example"),
  "Su solicitud - {token}", """Estimada representante:

Eliminamos del perfil de su clienta la dirección anterior (1420 Birch Lane, Salinas), ya que no está
vigente. El perfil sigue publicado con el resto de su información.

Directorio Latino USA""", charset="iso-8859-15", cte="8bit")

R("es", "unsure", "grupoandino-datos.example", ("Grupo Andino Datos", "privacidad@grupoandino-datos.example"),
  "Su baja está completa", """Hola:

La baja de su clienta en la base de datos de mercadeo de Grupo Andino Datos está completa. Tenga en
cuenta que esta baja no aplica a nuestros sitios de búsqueda de personas, BuscaYa y Guía Andina, que
tienen su propio formulario de exclusión.

Grupo Andino Datos""", charset="iso-8859-1", cte="quoted-printable")

R("es", "confirmed", "vecinosdirectorio.example", ("Don Chuy Ramírez", "chuy@vecinosdirectorio.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Listo, ya lo quitamos

Enviado desde mi iPhone""", letter="es")

R("es", "acknowledged", "vecinosdirectorio.example", ("Don Chuy Ramírez", "chuy@vecinosdirectorio.example"),
  "Re: Solicitud de eliminación de datos - {token}", """ok, lo reviso y le aviso

Enviado desde mi iPhone""", letter="es")

R("es", "needs_info", "vecinosdirectorio.example", ("Don Chuy Ramírez", "chuy@vecinosdirectorio.example"),
  "Re: Solicitud de eliminación de datos - {token}", """¿Cuál de las dos? Hay dos señoras con ese nombre en Salinas

Enviado desde mi Galaxy""", letter="es")

R("es", "acknowledged", "guiaabierta.example", ("Guía Abierta", "info@guiaabierta.example"),
  "RE: Solicitud de eliminación de datos - {token}", """Recibido, gracias. Lo pasamos al área que corresponde.

Guía Abierta""", letter="es", charset="iso-8859-1", cte="8bit")

R("es", "verify_link", "encuentralos.example", ("Encuéntralos", "no-responder@encuentralos.example"),
  "Confirme su solicitud de baja", """Confirme su solicitud de baja haciendo clic en el siguiente enlace. El
enlace vence en 24 horas.

[Confirmar mi baja](https://encuentralos.example/baja/confirmar?t=Hq72mX)

Si usted no hizo esta solicitud, ignore este correo.

[Darse de baja de nuestros correos](https://encuentralos.example/correo/baja?e=71aa)""",
  link="https://encuentralos.example/baja/confirmar?t=Hq72mX", form="alt",
  track="https://encuentralos.example/o/abrir.gif?m=71aa")

R("es", "verify_link", "perfilesmx.example", ("Perfiles MX", "no-responder@perfilesmx.example"),
  "Acción necesaria: confirme la eliminación", """Hola:

Para terminar su solicitud de eliminación, confirme su correo:

[Confirmar eliminación](https://perfilesmx.example/eliminar/confirmar/55e1a9)

Perfiles MX nunca le pedirá confirmar en otro sitio. Hemos visto correos de
perfilesmx-soporte.example: ese sitio no es nuestro.""",
  hidden="[Confirmar ahora](https://perfilesmx-soporte.example/c/55e1a9)",
  link="https://perfilesmx.example/eliminar/confirmar/55e1a9", form="html", charset="iso-8859-1",
  cte="quoted-printable")

R("es", "verify_link", "consultagente.example", ("ConsultaGente", "no-responder@consultagente.example"),
  "Su código de verificación", """Su código de verificación es 552 809.

Ingrese este código en la página de baja, en la misma ventana donde inició la solicitud. El código
vence en 30 minutos. No comparta este código con nadie.""", charset="utf-8", cte="base64")

R("es", "confirmed", "buscatel.example", ("BuscaTel Privacidad", "privacidad@buscatel.example"),
  "Su baja está completa", """Hola:

Su baja está completa. El perfil fue eliminado de BuscaTel y ya no aparece en nuestros resultados de
búsqueda. No necesita hacer clic en ningún enlace ni hacer nada más.

Equipo de Privacidad de BuscaTel""", charset="iso-8859-1", cte="quoted-printable")

R("es", "bounce", "datoshispanos.example", ("Mail Delivery System", "MAILER-DAEMON@mx1.raicesunidas.example"),
  "Undelivered Mail Returned to Sender", """This is the mail system at host mx1.raicesunidas.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<bajas@datoshispanos.example>: host mx.datoshispanos.example[198.51.100.17] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)""", form="bounce", inner="bajas@datoshispanos.example",
  spanish_clinic=True)

R("es", "auto_reply", "montanadatos.example", ("Lucía Ferrer", "lferrer@montanadatos.example"),
  "Respuesta automática: Solicitud de eliminación de datos - {token}", """Estoy fuera de la oficina hasta el lunes 23 de noviembre, con acceso
limitado al correo. Para solicitudes de privacidad escriba a privacidad@montanadatos.example.""",
  headers="Auto-Submitted: auto-replied\n", charset="iso-8859-1", cte="quoted-printable")

R("es", "extended", "datosdelnorte.example", ("Datos del Norte", "privacidad@datosdelnorte.example"),
  "Re: {token} - prórroga", """Estimada representante:

Debido al volumen de solicitudes necesitamos más tiempo. Ampliamos el plazo de respuesta 45 días
adicionales, como lo permite la CCPA. Responderemos a más tardar el 29 de enero de 2027.

Datos del Norte""", letter="es", charset="iso-8859-1", cte="8bit")

R("es", "confirmed", "mundodatos-global.example", ("MundoDatos Global", "privacy@mundodatos-global.example"),
  "Solicitud de borrado completado", """Estimado usuario,

Su solicitud de borrar ha sido completada con éxito. Los datos de usted fueron quitados del sistema
nuestro y el perfil no es más visible en el sitio web. Gracias para contactar nosotros.

Equipo de Privacidad MundoDatos Global
(Este mensaje fue traducido automáticamente.)""")

R("es", "acknowledged", "mundodatos-global.example", ("MundoDatos Global", "privacy@mundodatos-global.example"),
  "Su petición de privacidad", """Estimado usuario,

Su petición será procesada dentro de 10 días hábiles después que nosotros completamos la revisión.
Usted recibirá una notificación cuando el proceso es terminado.

Equipo de Privacidad MundoDatos Global
(Este mensaje fue traducido automáticamente.)""")

R("es", "confirmed", "guiarioplatense.example", ("Guía Rioplatense", "bajas@guiarioplatense.example"),
  "Re: baja de datos", """Hola, ¿cómo estás?

Ya borramos los datos de tu clienta de nuestra guía, no aparece más. Si volvés a ver algo, escribinos
y lo sacamos.

Saludos,
Martín""", charset="iso-8859-1", cte="8bit")

R("es", "acknowledged", "iberdatos.example", ("Iberdatos", "protecciondedatos@iberdatos.example"),
  "Acuse de recibo - ejercicio del derecho de supresión", """Muy señores nuestros:

Les comunicamos que su solicitud de supresión ha quedado registrada y será atendida en el plazo de
un mes desde su recepción, conforme al artículo 12 del Reglamento General de Protección de Datos.

Atentamente,
Delegado de Protección de Datos de Iberdatos""", charset="iso-8859-15", cte="quoted-printable")

R("es", "acknowledged", "directoriocafetero.example", ("Directorio Cafetero", "reclamos@directoriocafetero.example"),
  "Radicado de su reclamo", """Respetada señora:

Su reclamo quedó radicado con el número RC-2026-1187. Será atendido dentro de los quince (15) días
hábiles siguientes a la fecha de su recibo, conforme a la Ley 1581 de 2012.

Cordialmente,
Oficina de Protección de Datos""", charset="windows-1252", cte="8bit")

R("es", "confirmed", "quisqueyadirectorio.example", ("Quisqueya Directorio", "info@quisqueyadirectorio.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Saludos,

Le informamos que la data de su clienta fue borrada de nuestro directorio completo, incluyendo el
perfil y los teléfonos. Cualquier cosa nos deja saber.

Quisqueya Directorio""", letter="es", charset="iso-8859-1", cte="quoted-printable")

R("es", "confirmed", "boricuafind.example", ("BoricuaFind Support", "support@boricuafind.example"),
  "Re: opt-out request", """Hola,

Su request de opt-out fue completado. Hicimos el delete del profile y de los records asociados, ya
no sale en el search.

Gracias,
BoricuaFind Support""")

R("es", "needs_id", "chapinbusca.example", ("ChapínBusca", "privacidad@chapinbusca.example"),
  "Re: solicitud de retiro", """Buen día:

Para darle trámite a la solicitud le solicitamos enviar copia de ambos lados del DPI de la
interesada o de su pasaporte. Sin este documento no podemos continuar.

Atentamente,
ChapínBusca""", charset="iso-8859-1", cte="8bit")

R("es", "needs_info", "perfilpremium.example", ("Perfil Premium", "cobros@perfilpremium.example"),
  "Re: eliminación", """Hola:

Las eliminaciones gratuitas se hacen desde nuestra página de exclusión y tardan hasta 90 días. Para
una eliminación prioritaria por correo, el costo es de $14.99 por perfil, que puede pagar en
[perfilpremium.example/prioridad](https://perfilpremium.example/prioridad).

Perfil Premium, Cobranza""", form="alt")

R("es", "refused", "procesadora-andina.example", ("Procesadora Andina", "privacidad@procesadora-andina.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Estimados:

Procesadora Andina es un proveedor de servicios (service provider) que trata datos únicamente por
cuenta de sus clientes empresariales. No podemos atender solicitudes de consumidores directamente;
diríjanse a la empresa con la que su clienta tuvo relación.

Procesadora Andina""", letter="es", reason="service provider (ask the business)", charset="iso-8859-1",
  cte="8bit")

R("es", "unsure", "localizapersonas.example", ("LocalizaPersonas Privacidad", "privacidad@localizapersonas.example"),
  "[LocalizaPersonas] Solicitud #9044 - Completada", """La solicitud #9044 se marcó como Completada.

No pudimos verificar esta solicitud porque la persona no respondió al correo de confirmación que le
enviamos. No se hizo ningún cambio en nuestros registros.""", chrome="Solicitud: #9044\nEstado: Completada",
  form="alt")

R("es", "needs_info", "consultagente.example", ("Soporte ConsultaGente", "soporte@consultagente.example"),
  "[ConsultaGente] Su solicitud fue resuelta (#22150)", """Hola:

Como la solicitud la envía alguien distinto de la persona interesada, complete nuestro formulario de
agente autorizado (Authorized Agent Form), firmado por su clienta, y envíelo como respuesta:
[Formulario de agente autorizado](https://consultagente.example/formularios/agente.pdf)

Marcamos esta solicitud como resuelta; responda para reabrirla.""", chrome="Ticket: #22150\nEstado: Resuelto",
  form="alt")

R("es", "unsure", "citasamigos.example", ("CitasAmigos", "privacidad@citasamigos.example"),
  "Su cuenta fue eliminada", """Hola:

Como lo solicitó, eliminamos la cuenta de usuario de CitasAmigos asociada a bajas@raicesunidas.example,
con sus búsquedas guardadas. Esta acción no se puede deshacer.""")

R("es", "needs_info", "guiatelefonica-us.example", ("Guía Telefónica US", "privacidad@guiatelefonica-us.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Estimados:

No recibimos solicitudes de privacidad por correo electrónico. Para solicitar la eliminación use
nuestro formulario en línea: [guiatelefonica-us.example/privacidad](https://guiatelefonica-us.example/privacidad)

Privacidad, Guía Telefónica US""", letter="es", form="alt", charset="iso-8859-1", cte="quoted-printable")

R("es", "unsure", "ofertasdatos.example", ("Ofertas Datos", "privacidad@ofertasdatos.example"),
  "Sus preferencias de privacidad", """Hola:

Excluimos a su clienta de la venta y el intercambio de información personal (opt-out of sale and
sharing). Ofertas Datos no venderá ni compartirá sus datos con terceros en adelante.""")

R("es", "acknowledged", "nutmegpeople.example", ("Nutmeg People Privacidad", "privacy@nutmegpeople.example"),
  "Apelación recibida", """Hola:

Recibimos su apelación sobre nuestra decisión bajo la Connecticut Data Privacy Act. Le comunicaremos
por escrito nuestra decisión y sus motivos dentro de 60 días.

Nutmeg People Privacy""")

R("es", "confirmed", "perfilesmx.example", ("Perfiles MX Privacidad", "privacidad@perfilesmx.example"),
  "Solicitud completada", """Solicitud completada: el perfil de su clienta fue eliminado de Perfiles MX,
junto con sus teléfonos y direcciones.""", form="html", chrome="Caso: PMX-4471\nEstado: Resuelto",
  track="https://perfilesmx.example/t/px.gif?c=4471", charset="iso-8859-1", cte="quoted-printable")

R("es", "confirmed", "encuentralos.example", ("Rocío Méndez", "rmendez@encuentralos.example"),
  "RV: baja completada", """Buenas tardes, le reenvío la respuesta del equipo de registros.

Rocío Méndez
Atención a Clientes, Encuéntralos""", form="fwd", charset="utf-8", cte="8bit",
  inner="""From: Registros <registros@encuentralos.example>
To: =?utf-8?q?Roc=C3=ADo_M=C3=A9ndez?= <rmendez@encuentralos.example>
Subject: baja completada - {token}
Date: Tue, 10 Nov 2026 12:40:00 -0600
Message-ID: <reg-5521@encuentralos.example>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Rocío: ya dimos de baja el registro y el perfil público de la solicitud {token}. Listo de nuestro
lado.
""")

R("es", "other", "encuentralos.example", ("Encuéntralos", "noticias@encuentralos.example"),
  "¿Quién te llama? Búsqueda de teléfonos gratis esta semana", """Descubre quién te llama.

Solo esta semana, la búsqueda de teléfonos Premium es gratis para nuevos miembros.
[Empieza a buscar](https://encuentralos.example/promo/telefono?c=nov26)

[Cancelar suscripción](https://encuentralos.example/baja-correo?c=nov26)""", form="alt")

R("es", "confirmed", "familiasenlinea.example", ("Familias en Línea", "privacidad@familiasenlinea.example"),
  "Re: {token}", """Hola:

Eliminamos el perfil de su clienta de Familias en Línea. Tenga en cuenta que, si en el futuro se
publican nuevos registros públicos sobre ella, podría crearse un perfil nuevo; en ese caso puede
enviarnos otra solicitud.""", letter="es", charset="windows-1252", cte="quoted-printable")

R("es", "unsure", "buscatel.example", ("BuscaTel Privacidad", "privacidad@buscatel.example"),
  "Re: Solicitud de eliminación de datos - {token}", """Hola:

Gracias por su correo. Ya eliminamos los datos personales de su clienta.""", letter="es", form="alt",
  html_body="""Hola:

Gracias por su correo. Recibimos su solicitud y eliminaremos los datos personales de su clienta
cuando termine nuestra revisión.""")

R("es", "needs_info", "encuentralos.example", ("Encuéntralos", "no-responder@encuentralos.example"),
  "Su enlace de verificación venció", """Hola:

El enlace de verificación que le enviamos venció y su solicitud no se completó. Para eliminar el
perfil, inicie una nueva solicitud en nuestra página de baja:
[encuentralos.example/baja](https://encuentralos.example/baja)""", form="alt")

R("es", "refused", "datosdelnorte.example", ("Datos del Norte", "privacidad@datosdelnorte.example"),
  "Su solicitud de privacidad - {token}", """Estimada representante:

Los derechos de la California Consumer Privacy Act corresponden a residentes de California. Según
su carta, su clienta vive en Arizona, donde no existe un derecho de eliminación aplicable, por lo
que no eliminaremos el registro.

Datos del Norte""", reason="not a resident", charset="iso-8859-1", cte="8bit")

R("es", "acknowledged", "californiacontactos.example", ("California Contactos", "privacidad@californiacontactos.example"),
  "Re: {token}", """Hola:

La solicitud de su clienta ya figura en DROP. Descargamos las solicitudes de DROP cada 45 días; la de
su clienta se procesará en la próxima descarga, prevista para el 14 de diciembre de 2026. No tiene
que hacer nada más.""", letter="es")

R("es", "unsure", "grupoandino-datos.example", ("BuscaYa", "soporte@grupoandino-datos.example"),
  "Re: baja", """Hola:

Eliminamos el perfil de su clienta de BuscaYa. Esta baja no incluye la información que conserva
nuestra empresa matriz, Grupo Andino Datos, para sus productos de mercadeo y verificación de
identidad; para eso debe escribirle directamente.""", charset="iso-8859-1", cte="8bit")

R("es", "verify_link", "buscamos.example", ("BuscaMos", "no-responder@buscamos.example"),
  "Confirme su solicitud", """Hola:

Haga clic en el botón para verificar su solicitud de baja (el enlace vence el 20 de noviembre):

[Verificar solicitud](https://clic.envios-buscamos.example/r?u=Hw93kA)

BuscaMos""", link="https://clic.envios-buscamos.example/r?u=Hw93kA",
  domains="buscamos.example envios-buscamos.example", form="alt")

# Portuguese (Brazilian families in the US), Haitian Creole, French.

R("pt", "unsure", "achapessoas.example", ("AchaPessoas Privacidade", "privacidade@achapessoas.example"),
  "Re: Pedido de exclusão - {token}", """Olá,

Pesquisamos em nossos sistemas o e-mail informado no pedido e não encontramos dados pessoais
vinculados a esse endereço de e-mail. Portanto, não há dados a excluir e encerramos o pedido.

Equipe de Privacidade AchaPessoas""", charset="iso-8859-1", cte="quoted-printable")

R("pt", "needs_info", "achapessoas.example", ("Suporte AchaPessoas", "suporte@achapessoas.example"),
  "[AchaPessoas] Re: Pedido de exclusão [#6612]", """##- Digite sua resposta acima desta linha -##

Olá! Para continuar com a remoção precisamos do link (URL) exato do perfil da sua cliente. Responda
a este e-mail com o link.

Este ticket foi marcado como resolvido. Se você responder, ele será reaberto.""",
  chrome="Ticket: #6612\nStatus: Resolvido", form="alt", charset="iso-8859-1", cte="quoted-printable")

R("pt", "acknowledged", "guiabrasileiro-us.example", ("Guia Brasileiro USA", "privacidade@guiabrasileiro-us.example"),
  "Pedido recebido", """Olá,

Recebemos o seu pedido. O perfil da sua cliente será removido em até 30 dias; enviaremos outro
e-mail quando a remoção for concluída.

Protocolo: GB-1290""", charset="windows-1252", cte="8bit")

R("pt", "needs_id", "achapessoas.example", ("AchaPessoas Privacidade", "privacidade@achapessoas.example"),
  "Verificação necessária", """Olá,

Para excluir o perfil precisamos de uma cópia de documento oficial com foto emitido pelo governo
(government-issued photo ID) e de um comprovante de residência, como uma conta de luz, no nome da
titular.

Equipe de Privacidade AchaPessoas""", charset="utf-8", cte="base64")

R("pt", "unsure", "guiabrasileiro-us.example", ("Guia Brasileiro USA", "privacidade@guiabrasileiro-us.example"),
  "Re: Pedido de exclusão - {token}", """Olá,

Removemos o perfil de Carlos Moreira, que aparece como irmão da sua cliente no cadastro dela.
Qualquer dúvida, estamos à disposição.""", charset="iso-8859-1", cte="8bit")

R("pt", "confirmed", "guiabrasileiro-us.example", ("Tiago do Guia", "tiago@guiabrasileiro-us.example"),
  "Re: Pedido de exclusão - {token}", """Pronto, tirei o perfil dela do ar agora de manhã

Enviado do meu iPhone""", letter="en")

R("pt", "verify_link", "achapessoas.example", ("AchaPessoas", "nao-responda@achapessoas.example"),
  "Confirme seu pedido de remoção", """Olá,

Clique no link abaixo para confirmar seu pedido de remoção. O link é válido por 48 horas.

[Confirmar remoção](https://achapessoas.example/remocao/confirmar?t=Pw83nd)

[Cancelar inscrição nos e-mails](https://achapessoas.example/email/sair?e=20bb)""",
  link="https://achapessoas.example/remocao/confirmar?t=Pw83nd", form="alt", charset="iso-8859-1",
  cte="quoted-printable")

R("pt", "refused", "listasbrasil.example", ("Listas Brasil", "privacidade@listasbrasil.example"),
  "Re: Pedido de exclusão - {token}", """Prezados,

Não aceitamos pedidos feitos por terceiros ou procuradores (authorized agents). A própria titular
deve fazer o pedido no nosso formulário on-line. Encerramos este pedido.

Listas Brasil""", letter="en", reason="agent not accepted", charset="iso-8859-1", cte="8bit")

R("pt", "auto_reply", "listasbrasil.example", ("Fernanda Lopes", "flopes@listasbrasil.example"),
  "Resposta automática: Pedido de exclusão - {token}", """Estou ausente do escritório até 23 de novembro, com acesso limitado ao
e-mail. Para pedidos de privacidade, escreva para privacidade@listasbrasil.example.""",
  headers="Auto-Submitted: auto-replied\n", charset="iso-8859-1", cte="quoted-printable")

R("pt", "confirmed", "achapessoas.example", ("AchaPessoas Privacidade", "privacidade@achapessoas.example"),
  "Sua solicitação de exclusão foi concluída", """Olá,

Concluímos sua solicitação de exclusão (deletion request) nos termos da CCPA. Os dados pessoais da
sua cliente foram excluídos definitivamente da nossa base e o perfil não aparece mais no site.

Equipe de Privacidade AchaPessoas""", charset="utf-8", cte="quoted-printable")

R("ht", "unsure", "kominoteinfo.example", ("Kominote Info", "vi-prive@kominoteinfo.example"),
  "Re: Demann pou efase done - {token}", """Bonjou,

Nou chèche nan sistèm nou an adrès imel ou te ban nou an, epi nou pa jwenn okenn done pèsonèl ki
konekte ak adrès imel sa a. Kidonk pa gen anyen pou nou efase, e nou fèmen demann lan.

Ekip Vi Prive Kominote Info""", charset="iso-8859-1", cte="8bit")

R("ht", "confirmed", "kominoteinfo.example", ("Kominote Info", "vi-prive@kominoteinfo.example"),
  "Pwofil la retire", """Bonjou,

Nou retire pwofil kliyan ou an sou sit nou an ak nan rezilta rechèch yo. Ou pa bezwen fè anyen
ankò.

Ekip Vi Prive Kominote Info""", charset="iso-8859-1", cte="quoted-printable")

R("ht", "acknowledged", "anyekreyol.example", ("Anyè Kreyòl", "sipo@anyekreyol.example"),
  "Nou resevwa demann ou", """Bonjou,

Nou resevwa demann ou an. N ap retire pwofil la nan 30 jou. N ap voye yon lòt imel ba ou lè sa
fini.""", charset="utf-8", cte="8bit")

R("ht", "needs_id", "anyekreyol.example", ("Anyè Kreyòl", "sipo@anyekreyol.example"),
  "Nou bezwen verifye idantite", """Bonjou,

Pou nou ka retire pwofil la, voye yon kopi kat idantite ak foto gouvènman an bay (government-issued
photo ID), tankou lisans kondwi oswa paspò.""", charset="utf-8", cte="quoted-printable")

R("ht", "refused", "kominoteinfo.example", ("Kominote Info", "vi-prive@kominoteinfo.example"),
  "Re: Demann pou efase done - {token}", """Bonjou,

Nou pa aksepte demann ki soti nan yon lòt moun, menm si se yon "authorized agent". Se moun nan
menm ki dwe fè demann lan sou fòmilè nou an. Nou fèmen demann sa a.""", reason="agent not accepted",
  charset="iso-8859-1", cte="8bit")

R("ht", "acknowledged", "globalpeople-ht.example", ("GlobalPeople", "privacy@globalpeople-ht.example"),
  "Demann ou an", """Chè itilizatè,

Demann ou an te trete. Ekip nou an ap egzamine li epi l ap kontakte w si nou bezwen plis enfòmasyon.

(Mesaj sa a te tradui otomatikman.)""", charset="utf-8", cte="base64")

R("ht", "verify_link", "anyekreyol.example", ("Anyè Kreyòl", "pa-reponn@anyekreyol.example"),
  "Konfime demann ou", """Bonjou,

Klike sou lyen sa a pou konfime demann ou pou retire pwofil la. Lyen an ap ekspire nan 24 è.

[Konfime](https://anyekreyol.example/retire/konfime?t=Kr91q)

[Dezabòne nan imel nou yo](https://anyekreyol.example/imel/dezabone?e=11c)""",
  link="https://anyekreyol.example/retire/konfime?t=Kr91q", form="alt")

R("fr", "unsure", "annuaireboreal.example", ("Annuaire Boréal", "confidentialite@annuaireboreal.example"),
  "Re : Demande de suppression - {token}", """Bonjour,

Nous avons cherché dans nos systèmes l'adresse courriel indiquée dans votre demande et nous n'avons
trouvé aucune donnée associée à cette adresse courriel. Il n'y a donc rien à supprimer et la
demande est fermée.

Service de la confidentialité, Annuaire Boréal""", charset="iso-8859-15", cte="quoted-printable")

R("fr", "confirmed", "annuaireboreal.example", ("Annuaire Boréal", "confidentialite@annuaireboreal.example"),
  "Votre fiche a été supprimée", """Bonjour,

La fiche de votre cliente a été supprimée de notre annuaire et de nos résultats de recherche. Aucune
autre démarche n'est nécessaire.

Service de la confidentialité, Annuaire Boréal""", charset="iso-8859-15", cte="8bit")

R("fr", "acknowledged", "repertoireplus.example", ("Répertoire Plus", "vieprivee@repertoireplus.example"),
  "Accusé de réception", """Bonjour,

Nous avons bien reçu votre demande. La suppression sera effective sous 30 jours ; vous recevrez un
courriel lorsqu'elle sera faite.""", charset="iso-8859-1", cte="quoted-printable")

R("fr", "needs_id", "repertoireplus.example", ("Répertoire Plus", "vieprivee@repertoireplus.example"),
  "Vérification d'identité", """Bonjour,

Afin de traiter la demande, veuillez nous transmettre une copie d'une pièce d'identité officielle
avec photo de la personne concernée, ainsi qu'un justificatif de domicile de moins de trois mois.""",
  charset="windows-1252", cte="8bit")

R("fr", "needs_info", "annuaireboreal.example", ("Soutien Annuaire Boréal", "soutien@annuaireboreal.example"),
  "[Annuaire Boréal] Re : Demande de suppression [#2207]", """##- Veuillez répondre au-dessus de cette ligne -##

Bonjour, pour continuer nous avons besoin de l'adresse (URL) exacte de la fiche à supprimer.
Répondez à ce courriel avec le lien.

Ce billet est marqué comme résolu. Votre réponse le rouvrira.""", chrome="Billet: #2207\nStatut: Résolu",
  form="alt", charset="iso-8859-15", cte="quoted-printable")

R("fr", "unsure", "repertoireplus.example", ("Répertoire Plus", "vieprivee@repertoireplus.example"),
  "Re : votre demande - {token}", """Bonjour,

Nous avons supprimé l'ancienne adresse (1420 Birch Lane, Salinas) de la fiche de votre cliente. La
fiche reste en ligne avec ses autres renseignements.""", charset="iso-8859-1", cte="8bit")

R("fr", "bounce", "annuairequebecois.example", ("Mail Delivery System", "MAILER-DAEMON@mx1.harborview-legal.example"),
  "Undelivered Mail Returned to Sender", """This is the mail system at host mx1.harborview-legal.example.

Your message could not be delivered to one or more recipients. It's attached below.

<confidentialite@annuairequebecois.example>: host mx.annuairequebecois.example[203.0.113.9] said:
    550 5.2.1 mailbox disabled (in reply to RCPT TO command)""", form="bounce",
  inner="confidentialite@annuairequebecois.example", status="5.2.1")

# Vietnamese, Chinese (simplified and traditional), Korean, Tagalog.

R("vi", "unsure", "danhbaviet.example", ("Danh Bạ Việt", "baomat@danhbaviet.example"),
  "Re: Yêu cầu xóa dữ liệu - {token}", """Kính gửi Quý vị,

Chúng tôi đã tìm trong hệ thống địa chỉ email được nêu trong yêu cầu và không tìm thấy dữ liệu cá
nhân nào liên kết với địa chỉ email đó. Vì vậy không có dữ liệu nào để xóa và yêu cầu đã được đóng.

Bộ phận Bảo mật, Danh Bạ Việt""", charset="utf-8", cte="quoted-printable")

R("vi", "confirmed", "danhbaviet.example", ("Danh Bạ Việt", "baomat@danhbaviet.example"),
  "Hồ sơ đã được xóa", """Kính gửi Quý vị,

Hồ sơ của thân chủ quý vị đã được xóa khỏi trang web và kết quả tìm kiếm của chúng tôi. Quý vị không
cần làm gì thêm.

Bộ phận Bảo mật, Danh Bạ Việt""", charset="utf-8", cte="base64")

R("vi", "acknowledged", "timnguoi-us.example", ("Tìm Người US", "hotro@timnguoi-us.example"),
  "Đã nhận yêu cầu", """Xin chào,

Chúng tôi đã nhận được yêu cầu. Hồ sơ sẽ được xóa trong vòng 45 ngày kể từ ngày nhận, theo luật
California. Chúng tôi sẽ gửi email khác khi hoàn tất.""", charset="utf-8", cte="8bit")

R("vi", "needs_id", "timnguoi-us.example", ("Tìm Người US", "hotro@timnguoi-us.example"),
  "Cần xác minh danh tính", """Xin chào,

Để xóa hồ sơ, vui lòng gửi bản sao giấy tờ tùy thân có ảnh do chính phủ cấp (government-issued photo
ID) của người có tên trong hồ sơ.""", charset="utf-8", cte="quoted-printable")

R("vi", "unsure", "danhbaviet.example", ("Danh Bạ Việt", "baomat@danhbaviet.example"),
  "Đã xóa hồ sơ", """Xin chào,

Chúng tôi đã xóa hồ sơ của một người tên Nguyễn Thị Lan, 58 tuổi, ở Houston, TX. Nếu đây không phải
là người quý vị muốn nói, xin gửi đường link của hồ sơ.""", charset="utf-8", cte="8bit")

R("vi", "verify_link", "timnguoi-us.example", ("Tìm Người US", "khong-tra-loi@timnguoi-us.example"),
  "Xác nhận yêu cầu xóa", """Xin chào,

Vui lòng nhấp vào liên kết dưới đây để xác nhận yêu cầu xóa hồ sơ. Liên kết hết hạn sau 24 giờ.

[Xác nhận](https://timnguoi-us.example/xoa/xac-nhan?t=Vn55a)

[Hủy đăng ký nhận email](https://timnguoi-us.example/email/huy?e=9f)""",
  link="https://timnguoi-us.example/xoa/xac-nhan?t=Vn55a", form="alt")

R("zh", "unsure", "huarenbook.example", ("华人通讯录 隐私组", "privacy@huarenbook.example"),
  "回复：删除个人信息请求 - {token}", """您好：

我们在系统中查找了您在请求中提供的电子邮件地址，没有找到与该电子邮件地址相关的任何个人数据。因此没有需要删除的数据，本请求已关闭。

华人通讯录 隐私组""", charset="gb2312", cte="base64")

R("zh", "confirmed", "huarenbook.example", ("华人通讯录 隐私组", "privacy@huarenbook.example"),
  "您的资料已删除", """您好：

您客户的个人资料已从我们的网站和搜索结果中删除。您无需再做任何操作。

华人通讯录 隐私组""", charset="gb2312", cte="8bit")

R("zh", "unsure", "huarenbook.example", ("华人通讯录", "service@huarenbook.example"),
  "关于您的请求", """您好：

我们不出售个人信息，因此无需对您的请求采取任何行动。""", charset="gb2312", cte="base64")

R("zh", "needs_id", "taiwanlink-us.example", ("台美名錄", "privacy@taiwanlink-us.example"),
  "需要身分驗證", """您好：

為了刪除該筆資料，請提供當事人由政府核發、附照片的身分證件影本。""", charset="big5", cte="base64")

R("zh", "unsure", "taiwanlink-us.example", ("台美名錄", "privacy@taiwanlink-us.example"),
  "回覆：刪除請求 - {token}", """您好：

我們已刪除您客戶家人陳志明的資料，他在您客戶的紀錄中列為其父親。如有其他問題請與我們聯絡。""",
  charset="big5", cte="8bit")

R("zh", "acknowledged", "huarenbook.example", ("华人通讯录 隐私组", "privacy@huarenbook.example"),
  "您的请求已处理", """您好：

您的请求已处理，我们将在30天内完成删除，完成后会再发邮件通知您。""", charset="gb2312", cte="base64")

R("ko", "unsure", "hanin-directory.example", ("한인 디렉토리", "privacy@hanin-directory.example"),
  "문의하신 요청 - {token}", """안녕하세요.

제공하신 이메일 주소와 연결된 계정이 없습니다. 계정이 없으므로 삭제할 계정 정보도 없습니다.

한인 디렉토리 고객지원""", charset="euc-kr", cte="base64")

R("ko", "confirmed", "hanin-directory.example", ("한인 디렉토리", "privacy@hanin-directory.example"),
  "프로필 삭제 완료", """안녕하세요.

고객님의 의뢰인 프로필이 당사 웹사이트와 검색 결과에서 삭제되었습니다. 추가로 하실 일은 없습니다.""",
  charset="euc-kr", cte="8bit")

R("ko", "acknowledged", "koreatown-people.example", ("코리아타운 피플", "help@koreatown-people.example"),
  "요청 접수 안내", """안녕하세요.

요청이 접수되었습니다. 해당 프로필은 45일 이내에 삭제될 예정이며, 완료되면 다시 이메일로 알려 드리겠습니다.""",
  charset="euc-kr", cte="base64")

R("ko", "refused", "koreatown-people.example", ("코리아타운 피플", "help@koreatown-people.example"),
  "Re: 삭제 요청 - {token}", """안녕하세요.

당사는 대리인(authorized agent)을 통한 요청은 받지 않습니다. 본인이 직접 온라인 양식으로 요청해야 합니다.
이 요청은 종료되었습니다.""", reason="agent not accepted", charset="utf-8", cte="base64")

R("ko", "extended", "hanin-directory.example", ("한인 디렉토리", "privacy@hanin-directory.example"),
  "처리 기간 연장 안내", """안녕하세요.

요청 건수가 많아 처리 기간을 45일 연장합니다(CCPA 허용). 2027년 1월 28일까지 답변 드리겠습니다.""",
  charset="euc-kr", cte="8bit")

R("tl", "unsure", "pinoydirectory.example", ("Pinoy Directory", "privacy@pinoydirectory.example"),
  "Re: Deletion request - {token}", """Hello po,

Wala po kaming nakitang account na naka-link sa email address na ibinigay ninyo, kaya wala po
kaming account data na mabubura.

Salamat po,
Pinoy Directory Support""", charset="us-ascii", cte="7bit")

R("tl", "confirmed", "pinoydirectory.example", ("Pinoy Directory", "privacy@pinoydirectory.example"),
  "Natanggal na po ang profile", """Hello po,

Natanggal na po namin ang profile ng inyong kliyente sa aming website at sa search results. Wala na
po kayong kailangang gawin.

Pinoy Directory Support""", charset="us-ascii", cte="7bit")

R("tl", "acknowledged", "kababayanfinder.example", ("Kababayan Finder", "support@kababayanfinder.example"),
  "Natanggap po namin ang request", """Hi po,

Natanggap na po namin ang inyong request. Tatanggalin po ang profile sa loob ng 30 araw, at
magpapadala po kami ng email kapag tapos na.""", charset="us-ascii", cte="7bit")

R("tl", "needs_id", "kababayanfinder.example", ("Kababayan Finder", "support@kababayanfinder.example"),
  "Kailangan po ng ID", """Hi po,

Para matuloy ang removal, kailangan po namin ng kopya ng government-issued photo ID ng may-ari ng
profile, gaya ng driver's license o passport.""", charset="iso-8859-1", cte="7bit")

R("tl", "needs_info", "pinoydirectory.example", ("Pinoy Directory Support", "help@pinoydirectory.example"),
  "[Pinoy Directory] Re: Deletion request [#3318]", """##- Please type your reply above this line -##

Hello po! Paki-send po ang eksaktong link (URL) ng profile na gusto ninyong ipatanggal para
maituloy namin.

This ticket is marked solved. Replying will reopen it.""", chrome="Ticket: #3318\nStatus: Solved",
  form="alt", charset="us-ascii", cte="7bit")

R("tl", "acknowledged", "kababayanfinder.example", ("Jun of Kababayan Finder", "jun@kababayanfinder.example"),
  "Re: Deletion request under the CCPA - {token}", """ok po, noted

Sent from my iPhone""", letter="en")

# Arabic, Amharic, Somali, Russian, Ukrainian.

R("ar", "unsure", "daleelarabi.example", ("دليل العرب الأمريكي", "privacy@daleelarabi.example"),
  "رد: طلب حذف البيانات - {token}", """مرحبًا،

بحثنا في أنظمتنا عن عنوان البريد الإلكتروني الوارد في طلبكم، ولم نعثر على أي بيانات شخصية مرتبطة
بهذا العنوان. لذلك لا توجد بيانات لحذفها، وقد أغلقنا الطلب.

فريق الخصوصية""", charset="windows-1256", cte="base64")

R("ar", "confirmed", "daleelarabi.example", ("دليل العرب الأمريكي", "privacy@daleelarabi.example"),
  "تم حذف الملف الشخصي", """مرحبًا،

تم حذف الملف الشخصي لموكلتكم من موقعنا ومن نتائج البحث. لا يلزمكم القيام بأي إجراء آخر.

فريق الخصوصية""", charset="windows-1256", cte="8bit", form="alt")

R("ar", "acknowledged", "jaliyadirectory.example", ("دليل الجالية", "support@jaliyadirectory.example"),
  "تم استلام طلبكم", """مرحبا،

استلمنا طلبكم. سيتم حذف الملف الشخصي خلال 45 يوما من تاريخ الاستلام، وسنرسل إليكم رسالة أخرى عند
الانتهاء.""", charset="iso-8859-6", cte="base64")

R("ar", "needs_id", "jaliyadirectory.example", ("دليل الجالية", "support@jaliyadirectory.example"),
  "مطلوب التحقق من الهوية", """مرحبًا،

لإتمام الحذف، يرجى إرسال صورة من بطاقة هوية حكومية تحمل صورة صاحبة الملف (government-issued photo
ID)، مثل رخصة القيادة أو جواز السفر.""", charset="utf-8", cte="base64")

R("ar", "unsure", "daleelarabi.example", ("دليل العرب الأمريكي", "privacy@daleelarabi.example"),
  "بخصوص طلبكم - {token}", """مرحبًا،

حذفنا العنوان القديم فقط (1420 Birch Lane, Salinas) من الملف الشخصي لموكلتكم لأنه لم يعد ساريًا.
يبقى الملف منشورًا ببقية معلوماته.""", charset="windows-1256", cte="quoted-printable")

R("am", "unsure", "habeshalink.example", ("ሀበሻ ሊንክ", "privacy@habeshalink.example"),
  "መልስ፦ የመረጃ ስረዛ ጥያቄ - {token}", """ሰላም፣

በጥያቄዎ ውስጥ ከሰጡን የኢሜል አድራሻ ጋር የተያያዘ ምንም የግል መረጃ በስርዓታችን ውስጥ አላገኘንም። ስለዚህ
የሚሰረዝ መረጃ የለም፤ ጥያቄውንም ዘግተናል።

የግላዊነት ቡድን""", charset="utf-8", cte="base64")

R("am", "confirmed", "habeshalink.example", ("ሀበሻ ሊንክ", "privacy@habeshalink.example"),
  "መገለጫው ተሰርዟል", """ሰላም፣

የደንበኛዎ መገለጫ ከድረ-ገጻችንና ከፍለጋ ውጤቶቻችን ተሰርዟል። ሌላ ምንም ማድረግ አያስፈልግዎትም።

የግላዊነት ቡድን""", charset="utf-8", cte="quoted-printable")

R("am", "acknowledged", "habeshalink.example", ("ሀበሻ ሊንክ", "privacy@habeshalink.example"),
  "ጥያቄዎ ደርሶናል", """ሰላም፣

ጥያቄዎ ደርሶናል። መገለጫው በ30 ቀናት ውስጥ ይሰረዛል፤ ሲጠናቀቅ በኢሜል እናሳውቅዎታለን።""", charset="utf-8", cte="base64")

R("so", "unsure", "hagaha-soomaali.example", ("Hagaha Soomaalida", "privacy@hagaha-soomaali.example"),
  "Re: Codsiga tirtirka xogta - {token}", """Salaan,

Waxaan ka baarnay nidaamkayaga ciwaanka iimaylka aad noo soo dirtay, mana helin wax xog shakhsi ah
oo la xiriira ciwaankaas. Sidaas darteed ma jirto xog la tirtiro, codsigana waan xirnay.

Kooxda Asturnaanta""", charset="us-ascii", cte="7bit")

R("so", "confirmed", "hagaha-soomaali.example", ("Hagaha Soomaalida", "privacy@hagaha-soomaali.example"),
  "Bogga waa la tirtiray", """Salaan,

Waxaan tirtirnay bogga macmiilkaaga, kamana muuqdo websaydkayaga iyo natiijooyinka raadinta. Wax kale
oo aad samayso ma jiraan.

Kooxda Asturnaanta""", charset="us-ascii", cte="7bit")

R("so", "needs_id", "hagaha-soomaali.example", ("Hagaha Soomaalida", "privacy@hagaha-soomaali.example"),
  "Xaqiijinta aqoonsiga", """Salaan,

Si aan u tirtirno bogga, fadlan noo soo dir nuqul ka mid ah aqoonsi dowladeed oo sawir leh
(government-issued photo ID), sida liisanka darawalnimada ama baasaboor.""", charset="us-ascii", cte="7bit")

R("ru", "unsure", "russkiy-spravochnik.example", ("Русский справочник", "privacy@russkiy-spravochnik.example"),
  "Re: Запрос на удаление данных - {token}", """Здравствуйте!

Мы проверили наши системы по адресу электронной почты, указанному в запросе, и не нашли данных,
связанных с этим адресом. Удалять нечего, запрос закрыт.

Служба конфиденциальности""", charset="koi8-r", cte="8bit")

R("ru", "confirmed", "russkiy-spravochnik.example", ("Русский справочник", "privacy@russkiy-spravochnik.example"),
  "Профиль удалён", """Здравствуйте!

Профиль вашей клиентки удалён с нашего сайта и из результатов поиска. Больше ничего делать не нужно.

Служба конфиденциальности""", charset="windows-1251", cte="quoted-printable")

R("ru", "unsure", "russkiy-spravochnik.example", ("Русский справочник", "info@russkiy-spravochnik.example"),
  "О вашем запросе", """Здравствуйте!

Мы не продаём персональные данные, поэтому никаких действий по вашему запросу не требуется.""",
  charset="windows-1251", cte="base64")

R("uk", "acknowledged", "ukrainska-hromada.example", ("Українська громада онлайн", "privacy@ukrainska-hromada.example"),
  "Запит отримано", """Доброго дня!

Ми отримали ваш запит. Профіль буде видалено протягом 45 днів від дати отримання; ми повідомимо вас
листом, коли це буде зроблено.""", charset="koi8-u", cte="8bit")

R("uk", "unsure", "ukrainska-hromada.example", ("Українська громада онлайн", "privacy@ukrainska-hromada.example"),
  "Re: Запит на видалення даних - {token}", """Доброго дня!

Ми видалили профіль Оксани Коваленко, яка зазначена як родичка вашої клієнтки. Якщо маєте інші
питання, пишіть нам.""", charset="koi8-u", cte="base64")

R("uk", "needs_id", "ukrainska-hromada.example", ("Українська громада онлайн", "privacy@ukrainska-hromada.example"),
  "Потрібна перевірка особи", """Доброго дня!

Щоб видалити профіль, надішліть, будь ласка, копію посвідчення особи з фото, виданого державою
(government-issued photo ID).""", charset="windows-1251", cte="quoted-printable")


if __name__ == "__main__":
    main()
