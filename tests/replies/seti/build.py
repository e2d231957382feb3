"""Writes set I (tests/replies/seti): the .eml files and labels.csv, from the replies below.

Run once by its author (`python tests/replies/seti/build.py`); the files it wrote are what is
scored, so the set does not change when this script is read or run again (it writes the same
bytes). Held out: nobody may tune the reader on these replies (see README.md).

Each reply is written by hand below; the helpers only assemble MIME (charsets, quoted-printable,
base64, multipart/alternative, multipart/report, a quoted or forwarded copy of our letter), so that
the structure is what real mail servers produce, byte for byte.
"""

from __future__ import annotations

import base64
import csv
import quopri
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS: list[dict[str, str]] = []
_n = 0


# ---- MIME assembly -----------------------------------------------------------------------------

def _body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(sub: str, text: str, cs: str = "utf-8", cte: str = "quoted-printable", extra: str = "") -> bytes:
    """One text part: headers, blank line, encoded body."""
    head = f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n{extra}'
    return head.encode("ascii") + b"\n" + _body(text.encode(cs), cte)


def multi(sub: str, parts: list[bytes], boundary: str, preamble: str = "") -> bytes:
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n'.encode()
    if sub == "report":
        out = f'Content-Type: multipart/report; report-type=delivery-status;\n boundary="{boundary}"\n'.encode()
    out += b"\n" + (preamble.encode() + b"\n" if preamble else b"")
    for p in parts:
        out += f"--{boundary}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n")
    return out + f"--{boundary}--\n".encode()


def raw(ctype: str, text: str) -> bytes:
    return f"Content-Type: {ctype}\n\n".encode() + text.encode("ascii")


def hdr(value: str, cs: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, maxlinelen=76).encode()


def addr(name: str, address: str, cs: str = "utf-8") -> str:
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=cs)


def add(lang: str, cls: str, domains: str, *, frm: tuple[str, str], subject: str, date: str, body: bytes,
        reason: str = "", link: str = "", to: str = "", cs: str = "utf-8", headers: str = "") -> None:
    """Write one reply and its label. `body` is a part from leaf()/multi() (its own Content-Type)."""
    global _n
    _n += 1
    n = sum(1 for r in ROWS if r["lang"] == lang) + 1
    name = f"{lang}-{n:02d}.eml"
    dom = frm[1].split("@")[1]
    head = (f"From: {addr(frm[0], frm[1], cs)}\n"
            f"To: {to or 'solicitudes+cases@clinica-derechos.example'}\n"
            f"Subject: {hdr(subject, cs)}\n"
            f"Date: {date}\n"
            f"Message-ID: <{_n:04d}.{_n * 7919:x}@{dom}>\n"
            f"MIME-Version: 1.0\n{headers}")
    (HERE / name).write_bytes(head.encode("ascii") + body)
    ROWS.append({"file": name, "lang": lang, "class": cls, "reason": reason, "link": link, "domains": domains})


# ---- our own letter, as quoted or forwarded under replies -----------------------------------------

LETTER = """To the privacy team,

I write as the authorised agent of Ms. Rosa Elena Quispe Mamani, under the California Consumer
Privacy Act (Cal. Civ. Code 1798.105 and 1798.135). Please delete all personal information you
hold about her, stop selling or sharing it, and confirm in writing that it has been deleted.
Please also remove her listing from your website and from any site you supply.

Name: Rosa Elena Quispe Mamani
City and state: Fresno, CA

If you need to verify this request, reply to this address. A signed authorisation is attached.
Reference: OPT-{tok}

Clinica de Derechos, privacy clinic
"""


def letter(tok: str) -> str:
    return LETTER.format(tok=tok)


def gmail_quote(tok: str, when: str = "On Mon, Nov 23, 2026 at 9:14 AM") -> str:
    lines = letter(tok).splitlines()
    return f"\n{when} Clinica de Derechos <solicitudes+cases@clinica-derechos.example> wrote:\n" + \
        "\n".join("> " + x if x else ">" for x in lines) + "\n"


def outlook_quote(tok: str, subject: str = "Request to delete personal information") -> str:
    return ("\n________________________________\nFrom: Clinica de Derechos <solicitudes+cases@clinica-derechos.example>\n"
            "Sent: Monday, November 23, 2026 9:14 AM\nTo: Privacy <privacy@{d}>\n"
            f"Subject: {subject} [OPT-{tok}]\n\n" + letter(tok))


def html_quote(tok: str) -> str:
    paras = "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in letter(tok).split("\n\n"))
    return ('<div class="gmail_quote"><div>On Mon, Nov 23, 2026 at 9:14 AM Clinica de Derechos '
            '&lt;solicitudes+cases@clinica-derechos.example&gt; wrote:</div>'
            f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{paras}</blockquote></div>')


AUTO = "Auto-Submitted: auto-replied\n"
D = "Mon, 30 Nov 2026 {t} -0800"


# ==== English ====================================================================================

add("en", "confirmed", "peeplookup.example", frm=("PeepLookup Privacy", "privacy@peeplookup.example"),
    subject="Re: Request to delete personal information [OPT-4QK7TW]", date=D.format(t="08:02:11"),
    cs="windows-1252", body=leaf("plain", """Hello,

Thank you for contacting PeepLookup. We’ve reviewed your request and the listing you identified
has been removed from PeepLookup. We’ve also placed a permanent suppression flag on the record,
so it won’t reappear when our data is refreshed.

Please allow up to 48 hours for search engines and cached pages to catch up. If a new listing with
a different address appears in the future, you’re welcome to write to us again.

Regards,
Dana – PeepLookup Privacy Team
https://www.peeplookup.example/privacy
""", "windows-1252"))

add("en", "confirmed", "axiomdata.example", frm=("Axiom Data Consumer Care", "consumercare@axiomdata.example"),
    subject="Your deletion request #DR-2026-118204", date=D.format(t="10:40:00"),
    body=multi("alternative", [
        leaf("plain", """Dear Consumer,

We have completed your request to delete. The personal information associated with the details
you provided has been deleted from our marketing databases. As permitted by law, we keep a minimal
suppression record (name and address) only so that your information is not added back in future
updates.

Request ID: DR-2026-118204
Request type: Delete
Status: Completed

Axiom Data Consumer Care
Privacy policy: https://www.axiomdata.example/privacy
"""),
        leaf("html", """<html><body style="font-family:Arial">
<p>Dear Consumer,</p>
<p>We have completed your request to delete. The personal information associated with the details you provided
has been deleted from our marketing databases. As permitted by law, we keep a minimal suppression record
(name and address) only so that your information is not added back in future updates.</p>
<table border="1" cellpadding="4"><tr><td>Request ID</td><td>DR-2026-118204</td></tr>
<tr><td>Request type</td><td>Delete</td></tr><tr><td>Status</td><td>Completed</td></tr></table>
<p>Axiom Data Consumer Care<br><a href="https://www.axiomdata.example/privacy">Privacy policy</a></p>
</body></html>"""),
    ], "b1_axiom"))

add("en", "confirmed", "clearrecords.example", frm=("ClearRecords via Transcend", "no-reply@privacy.clearrecords.example"),
    subject="Your privacy request is complete", date=D.format(t="11:05:45"),
    body=leaf("html", """<!DOCTYPE html><html><body>
<table width="600" align="center"><tr><td><a href="https://www.clearrecords.example/"><img src="https://cdn.clearrecords.example/logo.png" alt="ClearRecords"></a></td></tr>
<tr><td><h2>Your request is complete</h2>
<p>Hi there,</p><p>We've finished processing your <b>Erasure</b> request. Your personal data has been erased from ClearRecords'
systems, and your profile is no longer available on our website.</p>
<table><tr><td>Request type</td><td>Erasure</td></tr><tr><td>Submitted</td><td>Nov 12, 2026</td></tr><tr><td>Completed</td><td>Nov 30, 2026</td></tr></table>
<p><a href="https://privacy.clearrecords.example/request/status/5e1c0a">View your request</a></p>
<p style="font-size:11px;color:#888">You received this email because a privacy request was made with this address.
<a href="https://privacy.clearrecords.example/unsubscribe?u=5e1c0a">Unsubscribe</a></p></td></tr></table>
</body></html>""", cte="base64"))

add("en", "confirmed", "findkin.example", frm=("FindKin Support", "support@findkin.example"),
    subject="RE: Request to delete personal information [OPT-8HD2LC]", date=D.format(t="13:21:09"),
    body=leaf("plain", """Hi,

Done - the profile at findkin.example/p/rosa-quispe-fresno-ca has been taken down and deleted
from our database. Searches on our site will no longer return it.

Thanks,
Marcus
FindKin Support
""" + outlook_quote("8HD2LC").replace("{d}", "findkin.example")))

add("en", "refused", "nationpeople.example", reason="no record",
    frm=("NationPeople Privacy Office", "privacy@nationpeople.example"),
    subject="Re: Request to delete personal information [OPT-2MX9RA]", date=D.format(t="09:12:30"),
    body=leaf("plain", """Dear Sir or Madam,

Thank you for your request under the California Consumer Privacy Act. After a search of our
systems using the name and location you supplied, we could not locate any records matching that
information. As a result, no personal information was deleted.

If you have additional details, such as a previous address, we can search again.

Sincerely,
NationPeople Privacy Office
"""))

add("en", "refused", "lookupall.example", reason="no record",
    frm=("LookupAll Help Center", "help@lookupall.zendesk.example"),
    subject="[LookupAll] Re: Deletion request", date=D.format(t="15:44:02"),
    headers="X-Mailer: Zendesk Mailer\n",
    body=multi("alternative", [
        leaf("plain", """##- Please type your reply above this line -##

Your request (#77412) has been solved. To reopen this request, reply to this email.

Priya (LookupAll)

Hello,

We've searched our database and did not find a profile matching the name and city in your
message. Our site does not have information about this person, so there was nothing to remove.

Best regards,
Priya

This email is a service from LookupAll Help Center.
"""),
        leaf("html", """<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#77412) has been solved. To reopen this request, reply to this email.</p>
<p><b>Priya</b> (LookupAll)</p>
<p>Hello,</p><p>We've searched our database and did not find a profile matching the name and city in your message.
Our site does not have information about this person, so there was nothing to remove.</p><p>Best regards,<br>Priya</p>
<p style="color:#aaa">This email is a service from LookupAll Help Center. <a href="https://lookupall.zendesk.example/hc">Help Center</a></p>"""),
    ], "zd77412"))

add("en", "refused", "peopledex.example", reason="processed as do-not-sell only",
    frm=("PeopleDex Privacy", "privacy@peopledex.example"),
    subject="Your privacy request", date=D.format(t="10:02:19"),
    body=leaf("plain", """Hello,

We have processed your request as a request to opt out of the sale and sharing of personal
information. PeopleDex will not sell or share the personal information we hold about you.

Deletion is only available to residents of states whose privacy law gives a right to delete
information collected from public sources; your request did not qualify, so your profile remains
searchable on PeopleDex.

PeopleDex Privacy
"""))

add("en", "refused", "quickfind.example", reason="not a resident",
    frm=("QuickFind Compliance", "compliance@quickfind.example"),
    subject="RE: CCPA deletion request", date=D.format(t="11:30:00"),
    body=leaf("plain", """Dear requester,

The rights described in your letter are available to California residents. The address we hold
for the person named in your request is in Nevada, and we were unable to confirm California
residency. We are therefore not able to process a deletion under the CCPA.

You may submit a new request with proof of California residency.

QuickFind Compliance Team
""", "iso-8859-1", "7bit"))

add("en", "refused", "recordhound.example", reason="publicly available",
    frm=("RecordHound Legal", "legal@recordhound.example"),
    subject="Re: Request to delete personal information [OPT-5TB3VN]", date=D.format(t="16:05:33"),
    body=leaf("plain", """Good afternoon,

RecordHound displays information obtained from federal, state and local government records, such
as property and court records. Information lawfully made available from government records is
"publicly available" and is excluded from the definition of personal information under Cal. Civ.
Code 1798.140(v)(2). For this reason we will not be deleting the records displayed on our site.

We have, however, noted your preference not to receive marketing from us.

RecordHound Legal Department
"""))

add("en", "refused", "tenantcheck.example", reason="exempt (FCRA)",
    frm=("TenantCheck Consumer Relations", "consumer@tenantcheck.example"),
    subject="Response to your privacy request", date=D.format(t="08:55:10"),
    body=multi("alternative", [
        leaf("plain", """Dear Consumer,

TenantCheck is a consumer reporting agency. The information we maintain is collected, used and
disclosed in accordance with the Fair Credit Reporting Act, and is exempt from the deletion
provisions of the CCPA (Cal. Civ. Code 1798.145(d)). We are therefore unable to delete it.

You have the right to request a free copy of your consumer file and to dispute inaccurate
information: https://www.tenantcheck.example/consumer-file

TenantCheck Consumer Relations
"""),
        leaf("html", """<p>Dear Consumer,</p><p>TenantCheck is a consumer reporting agency. The information we maintain is collected, used and
disclosed in accordance with the Fair Credit Reporting Act, and is exempt from the deletion provisions of the CCPA
(Cal. Civ. Code 1798.145(d)). We are therefore unable to delete it.</p>
<p>You have the right to request a <a href="https://www.tenantcheck.example/consumer-file">free copy of your consumer file</a>
and to dispute inaccurate information.</p><p>TenantCheck Consumer Relations</p>"""),
    ], "tc-alt-01"))

add("en", "refused", "meridianfin.example", reason="exempt (GLBA)",
    frm=("Meridian Financial Data Privacy", "dataprivacy@meridianfin.example"),
    subject="Your request to delete", date=D.format(t="12:12:12"),
    body=leaf("plain", """Hello,

We received your request to delete personal information. The information Meridian holds about the
person named is nonpublic personal information collected under the Gramm-Leach-Bliley Act, which
the CCPA does not cover. We must retain it to meet our regulatory obligations and will not delete
it. Your request is now closed.

Meridian Financial Data Privacy
"""))

add("en", "refused", "peoplewise.example", reason="identity not verified",
    frm=("PeopleWise Privacy Requests", "privacyrequests@peoplewise.example"),
    subject="Your privacy request has been closed (Ref PW-55120)", date=D.format(t="07:00:04"),
    headers=AUTO,
    body=leaf("plain", """Hello,

On November 2 we asked you to complete identity verification for your deletion request. We did not
receive the requested information within 45 days, so we were unable to verify the request and it
has been closed. No personal information was deleted.

If you still wish to make a request, please submit a new one at
https://www.peoplewise.example/privacy/request

PeopleWise Privacy Requests
"""))

add("en", "refused", "brightledger.example", reason="not a data broker",
    frm=("Bright Ledger", "hello@brightledger.example"),
    subject="Re: Request to delete personal information [OPT-9CW4JS]", date=D.format(t="14:18:51"),
    body=leaf("plain", """Hi there,

I think this reached us by mistake. Bright Ledger is a small bookkeeping software company - we are
not a data broker, we don't run a people-search site, and we don't buy or sell personal
information. We have no customer account or any other record under that name.

All the best,
Jo at Bright Ledger
""" + gmail_quote("9CW4JS")))

add("en", "refused", "signalmatch.example", reason="service provider",
    frm=("SignalMatch Privacy", "privacy@signalmatch.example"),
    subject="Re: Deletion request", date=D.format(t="09:49:27"),
    body=leaf("plain", """Hello,

SignalMatch processes personal information only on behalf of our business clients, as a service
provider under the CCPA. We are not permitted to act on consumer requests ourselves. Please submit
your request directly to the business with which you have a relationship; if that business
instructs us, we will assist it.

SignalMatch Privacy Team
"""))

add("en", "needs_id", "verifacts.example", frm=("VeriFacts Consumer Privacy", "privacy@verifacts.example"),
    subject="Additional information needed for your request", date=D.format(t="10:17:36"),
    body=leaf("plain", """Dear Requester,

To protect the people in our database from fraudulent requests, we must verify identity before
we delete. Please reply to this email with:

  1. A copy of a current government-issued photo ID (driver's license, passport or state ID), and
  2. A recent utility bill or bank statement showing the current address.

You may black out the photo and ID number. Once we receive these documents, we will process the
request within 45 days.

VeriFacts Consumer Privacy
"""))

add("en", "needs_id", "homefinderpro.example", frm=("HomeFinder Pro Privacy", "privacy@homefinderpro.example"),
    subject="Re: Request to delete personal information [OPT-3LP8QE]", date=D.format(t="13:33:00"),
    body=leaf("plain", """Hello,

We see that this request was submitted by an authorized agent. Before we can act on it, please
send us written permission signed by the consumer authorizing you to submit the request, and ask
the consumer to verify their own identity directly with us by calling 1-800-555-0147 or using
the form on our site.

Until both are received, we cannot process the request.

HomeFinder Pro Privacy
""", "us-ascii", "7bit"))

add("en", "needs_id", "truelocate.example", frm=("TrueLocate Privacy", "privacy@truelocate.example"),
    subject="Action required: verify your identity", date=D.format(t="08:20:45"),
    body=multi("alternative", [
        leaf("plain", """Action required: verify your identity

We received a request to delete personal information. Before we can continue, we need to confirm
that you are the person the request is about. Our identity partner will ask for a photo of your ID
and a selfie.

Verify my identity: https://id.verisure-check.example/session/7f3a91c2

This link expires in 14 days. If you did not make this request, no action is needed.

TrueLocate Privacy
"""),
        leaf("html", """<h3>Action required: verify your identity</h3>
<p>We received a request to delete personal information. Before we can continue, we need to confirm that you are the person
the request is about. Our identity partner will ask for a photo of your ID and a selfie.</p>
<p><a href="https://id.verisure-check.example/session/7f3a91c2" style="background:#0a5;color:#fff;padding:10px 18px">Verify my identity</a></p>
<p>This link expires in 14 days. If you did not make this request, no action is needed.</p><p>TrueLocate Privacy</p>"""),
    ], "tl-verify"))

add("en", "needs_info", "zipsearch.example", frm=("ZipSearch Support", "support@zipsearch.example"),
    subject="Re: Request to delete personal information [OPT-6NV2KD]", date=D.format(t="11:51:08"),
    body=leaf("plain", """Hi,

We found several people with this name in the Fresno area. Could you send us the link (URL) of the
profile or profiles you want removed, or the age shown on the listing? We don't want to remove
the wrong person.

Thanks,
Leo - ZipSearch Support
"""))

add("en", "needs_info", "dataveil.example", frm=("DataVeil Privacy Desk", "privacydesk@dataveil.example"),
    subject="Question about your request", date=D.format(t="15:02:56"),
    body=leaf("plain", """Hello,

Before we continue we need two more details. Please reply to this email and confirm:

- the state where the person currently lives, and
- the email address or phone number that appears on our listing.

We will complete your request once we have this information. We have not deleted anything yet.

DataVeil Privacy Desk
"""))

add("en", "verify_link", "locatenow.example", link="https://www.locatenow.example/optout/confirm?token=b81f2c77e0a94d",
    frm=("LocateNow", "no-reply@locatenow.example"),
    subject="Confirm your opt-out request", date=D.format(t="06:58:31"),
    body=leaf("plain", """Hello,

We received a request to remove a listing from LocateNow. To confirm the request, please open the
link below within 72 hours:

https://www.locatenow.example/optout/confirm?token=b81f2c77e0a94d

If you did not ask for this, you can ignore this email and nothing will change.

LocateNow Privacy
https://www.locatenow.example
""", "us-ascii", "7bit"))

add("en", "verify_link", "peoplefetch.example", link="https://www.peoplefetch.example/removal/confirm/4c0d9e1a",
    frm=("PeopleFetch", "removals@peoplefetch.example"),
    subject="Please confirm your removal request", date=D.format(t="07:14:09"),
    body=multi("alternative", [
        leaf("plain", """Changed your mind? Cancel this request:
https://www.peoplefetch.example/removal/cancel/4c0d9e1a

Please confirm your removal request by visiting:
https://www.peoplefetch.example/removal/confirm/4c0d9e1a

The request will not be processed until it is confirmed.
PeopleFetch
"""),
        leaf("html", """<html><body>
<p style="font-size:12px">Changed your mind? <a href="https://www.peoplefetch.example/removal/cancel/4c0d9e1a">Cancel this request</a></p>
<p>Please confirm your removal request.</p>
<p><a href="https://www.peoplefetch.example/removal/confirm/4c0d9e1a" style="display:inline-block;padding:12px 20px;background:#1a73e8;color:#fff">Confirm removal</a></p>
<p>The request will not be processed until it is confirmed.</p><p>PeopleFetch</p></body></html>"""),
    ], "pf-cancel-first"))

add("en", "verify_link", "kinfinder.example", link="https://kinfinder.example/privacy/verify?rid=KF-22871&sig=e3b0c442",
    frm=("KinFinder", "privacy@kinfinder.example"),
    subject="One more step: confirm your request", date=D.format(t="09:03:44"),
    body=leaf("html", """<html><body style="margin:0">
<table width="100%"><tr><td align="center"><a href="https://kinfinder.example/?utm_source=privacy_email"><img src="https://kinfinder.example/img/logo.png" alt="KinFinder" width="160"></a></td></tr></table>
<div style="max-width:560px;margin:auto">
<p>Hi,</p>
<p>Someone asked KinFinder to remove a person's records. Please confirm that this request came from you:</p>
<p align="center"><a href="https://kinfinder.example/privacy/verify?rid=KF-22871&amp;sig=e3b0c442" style="background:#e4572e;color:#fff;padding:12px 24px;border-radius:4px">Yes, confirm my request</a></p>
<p style="font-size:12px">Not you? <a href="https://kinfinder.example/privacy/not-me?rid=KF-22871">Let us know</a> and we'll stop the request.</p>
<hr><p style="font-size:11px;color:#999"><a href="https://kinfinder.example/privacy-policy">Privacy Policy</a> &middot;
<a href="https://kinfinder.example/email/unsubscribe?e=solicitudes">Unsubscribe</a> &middot; KinFinder Inc., PO Box 1200, Austin TX</p>
</div></body></html>"""))

add("en", "verify_link", "streetwhois.example", link="https://www.streetwhois.example/optout/verify/SW-71d4b09",
    frm=("StreetWhois", "noreply@streetwhois.example"),
    subject="Verify your StreetWhois opt-out", date=D.format(t="10:26:18"),
    body=multi("alternative", [
        leaf("plain", """Verify your opt-out

Thanks for submitting an opt-out. Please verify it by copying this address into your browser:
https://www.streetwhois.example/optout/verify/SW-71d4b09

If you didn't submit this, ignore this message.
StreetWhois * 55 Market St, San Francisco CA
Unsubscribe from StreetWhois emails: https://www.streetwhois.example/unsubscribe
"""),
        leaf("html", """<p><b>Verify your opt-out</b></p><p>Thanks for submitting an opt-out. Please verify it:</p>
<p><a href="https://click.em.streetwhois-mail.example/ls/click?upn=u001.Xk2Fq7b0LmN9pR4sT-2FvW8yZ3aB6cD1eF5gH">VERIFY MY OPT-OUT</a></p>
<p>If you didn't submit this, ignore this message.</p>
<p style="font-size:10px">StreetWhois &bull; 55 Market St, San Francisco CA &bull;
<a href="https://click.em.streetwhois-mail.example/ls/click?upn=u001.Qw9Er8Ty7Ui6Op5As4Df3Gh">Unsubscribe</a></p>
<img src="https://click.em.streetwhois-mail.example/wf/open?upn=u001.o1" width="1" height="1">"""),
    ], "sw-track"))

add("en", "verify_link", "truepeoplelookup.example", link="",
    frm=("TruePeopleLookup Support", "support@truepeople1ookup-removals.example"),
    subject="Confirm removal of your record", date=D.format(t="12:41:37"),
    body=leaf("plain", """Hello,

Your removal request for TruePeopleLookup is almost done. Confirm it here:

https://truepeople1ookup-removals.example/confirm?id=88120&email=solicitudes

The link expires in 24 hours.

TruePeopleLookup Support Team
"""))

add("en", "verify_link", "addressbase.example", link="",
    frm=("AddressBase", "optout@addressbase.example"),
    subject="Confirm your opt-out (2 records)", date=D.format(t="13:08:02"),
    body=leaf("plain", """Hello,

We found two records matching your opt-out request. Confirm each record you want removed:

Record 1 - Rosa E Quispe, age 41, Fresno CA
  Confirm: https://www.addressbase.example/optout/confirm?rec=AB-1190345

Record 2 - Rosa Quispe Mamani, age 40s, Clovis CA
  Confirm: https://www.addressbase.example/optout/confirm?rec=AB-1190871

Records you do not confirm will stay on the site.

AddressBase
"""))

add("en", "verify_link", "castlegate.example privacyportal.onetrust.example",
    link="https://privacyportal.onetrust.example/webform/verify/3f29a6d1-8c0e-4b1f-9a77-2d5e6f1b0c44",
    frm=("CastleGate Privacy", "no-reply@privacyportal.onetrust.example"),
    subject="CastleGate: Please verify your email address", date=D.format(t="08:44:50"),
    body=multi("alternative", [
        leaf("plain", """Please verify your email address

Thank you for submitting your Delete My Information request to CastleGate. To proceed, please
verify your email address by clicking the link below:

https://privacyportal.onetrust.example/webform/verify/3f29a6d1-8c0e-4b1f-9a77-2d5e6f1b0c44

Request ID: 0L7bM-22910
Your request will not be processed until your email address is verified.

CastleGate Privacy Office
"""),
        leaf("html", """<table><tr><td><img src="https://privacyportal.onetrust.example/logos/castlegate.png" alt="CastleGate"></td></tr>
<tr><td><h3>Please verify your email address</h3><p>Thank you for submitting your Delete My Information request to CastleGate.
To proceed, please verify your email address by clicking the button below.</p>
<p><a href="https://privacyportal.onetrust.example/webform/verify/3f29a6d1-8c0e-4b1f-9a77-2d5e6f1b0c44">Verify Email</a></p>
<p>Request ID: 0L7bM-22910<br>Your request will not be processed until your email address is verified.</p>
<p>CastleGate Privacy Office</p></td></tr></table>"""),
    ], "ot-verify"))

add("en", "verify_link", "ridgeview-data.example", link="",
    frm=("Ridgeview Data", "privacy@ridgeview-data.example"),
    subject="Confirm your privacy request", date=D.format(t="09:35:12"),
    body=multi("alternative", [
        leaf("plain", """Hi,

Thanks for your privacy request to Ridgeview Data. Confirm your email address to get started:
https://preferences.datagrail-portal.example/ridgeview/confirm?code=Zr7Kq1

Thanks,
The Ridgeview Data Privacy Team
"""),
        leaf("html", """<p>Hi,</p><p>Thanks for your privacy request to Ridgeview Data.</p>
<p><a href="https://preferences.datagrail-portal.example/ridgeview/confirm?code=Zr7Kq1">Confirm email</a></p>
<p>Thanks,<br>The Ridgeview Data Privacy Team</p>"""),
    ], "dg-confirm"))

add("en", "verify_link", "neighborly-data.example", link="https://neighborly-data.example/requests/confirm/ND-30917-a",
    frm=("Neighborly Data", "requests@neighborly-data.example"),
    subject="Re: Request to delete personal information [OPT-7QR5MB]", date=D.format(t="14:55:25"),
    body=leaf("plain", """Hello,

Once you confirm your email address using the link below, we will delete the information we hold
about the person named in your request and send you a confirmation.

https://neighborly-data.example/requests/confirm/ND-30917-a

Nothing has been deleted yet; the request stays open for 10 days waiting for this confirmation.

Neighborly Data Requests
""" + gmail_quote("7QR5MB")))

add("en", "verify_link", "spotperson.example", link="https://u4471.ct.mailrelay-out.example/ls/click?upn=G7h2kLm9-2BnPq4RsT6vW",
    frm=("SpotPerson", "hello@spotperson.example"),
    subject="Action needed: confirm your removal", date=D.format(t="06:30:00"),
    body=leaf("html", """<html><body>
<p>Hi,</p><p>We got your request to remove a listing from SpotPerson. Tap the button to confirm it.</p>
<p><a href="https://u4471.ct.mailrelay-out.example/ls/click?upn=G7h2kLm9-2BnPq4RsT6vW" style="background:#222;color:#fff;padding:10px 16px">Confirm removal</a></p>
<p>Questions? Visit our <a href="https://u4471.ct.mailrelay-out.example/ls/click?upn=G7h2kLm9-2BhElpCtr1">help center</a>.</p>
<p style="font-size:10px"><a href="https://u4471.ct.mailrelay-out.example/ls/click?upn=G7h2kLm9-2BunSub55">Unsubscribe</a></p>
</body></html>""", cte="quoted-printable"))

add("en", "extended", "nationpeople.example", frm=("NationPeople Privacy Office", "privacy@nationpeople.example"),
    subject="Update on your privacy request", date=D.format(t="10:10:10"),
    body=leaf("plain", """Dear Consumer,

We are writing about the deletion request we received on October 16. Because of the number of
requests we are currently handling, we need more time to complete yours. As allowed by Cal. Civ.
Code 1798.130(a)(2), we are extending our response period by an additional 45 days. You can
expect our response no later than January 14, 2027.

NationPeople Privacy Office
"""))

add("en", "extended", "spectrum-lists.example", frm=("Spectrum Lists Compliance", "compliance@spectrum-lists.example"),
    subject="Your request - extension notice", date=D.format(t="16:40:00"),
    body=multi("alternative", [
        leaf("plain", """Hello,

We have not yet been able to complete your request to delete. Locating records across our list
products takes longer than usual, and we are therefore taking the 45-day extension permitted by
law. We will write to you again before the extended deadline.

Spectrum Lists Compliance
"""),
        leaf("html", """<p>Hello,</p><p>We have not yet been able to complete your request to delete. Locating records across our list products
takes longer than usual, and we are therefore taking the 45-day extension permitted by law. We will write to you again
before the extended deadline.</p><p>Spectrum Lists Compliance</p>"""),
    ], "spx-ext"))

add("en", "acknowledged", "infotracer-hub.example", frm=("InfoTracer Hub Support", "support@infotracerhub.zendesk.example"),
    subject="[Request received] Re: Request to delete personal information", date=D.format(t="07:02:58"),
    headers=AUTO + "X-Mailer: Zendesk Mailer\n",
    body=leaf("plain", """##- Please type your reply above this line -##

Your request (#310558) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from InfoTracer Hub Support.
"""))

add("en", "acknowledged", "backgroundly.example", frm=("Backgroundly Support", "support@backgroundly.freshdesk.example"),
    subject="Ticket Received - Request to delete personal information [OPT-1VK6ZP]", date=D.format(t="07:15:00"),
    headers=AUTO,
    body=multi("alternative", [
        leaf("plain", """Dear Customer,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response
(usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://backgroundly.freshdesk.example/support/tickets/90812

Thank you for your patience.

Sincerely,
Backgroundly Support Team
"""),
        leaf("html", """<p>Dear Customer,</p><p>We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).</p>
<p>To view the status of the ticket or add comments, please visit <a href="https://backgroundly.freshdesk.example/support/tickets/90812">https://backgroundly.freshdesk.example/support/tickets/90812</a></p>
<p>Thank you for your patience.</p><p>Sincerely,<br>Backgroundly Support Team</p>"""),
    ], "fd-90812"))

add("en", "acknowledged", "lexicore.example", frm=("LexiCore Consumer Privacy", "privacy-noreply@lexicore.example"),
    subject="We received your California privacy request", date=D.format(t="05:45:31"),
    headers=AUTO,
    body=leaf("plain", """We received your request to delete personal information on November 24, 2026.

How we process it: we will first verify your identity by matching the information in your request
with information in our records. If we cannot verify you from that information, we will contact
you and ask for more. We will respond within 45 calendar days of receiving your request.

Your request number is LC-CA-2026-0098231. Please keep it for your records.

LexiCore Consumer Privacy
""", "windows-1252", "quoted-printable"))

add("en", "acknowledged", "metroreach.example", frm=("MetroReach Privacy", "privacy@metroreach.example"),
    subject="Privacy request submitted", date=D.format(t="05:50:14"),
    headers=AUTO,
    body=multi("alternative", [
        leaf("plain", """Your privacy request has been submitted.

Request type: Delete my personal information
Submitted: 11/24/2026

You can check the status of your request at any time:
https://privacy.metroreach.example/status/MR-6610-2291

MetroReach Privacy
"""),
        leaf("html", """<p><b>Your privacy request has been submitted.</b></p><p>Request type: Delete my personal information<br>Submitted: 11/24/2026</p>
<p><a href="https://privacy.metroreach.example/status/MR-6610-2291" style="padding:8px 14px;background:#333;color:#fff">Check request status</a></p><p>MetroReach Privacy</p>"""),
    ], "mr-status"))

add("en", "acknowledged", "peeplookup.example", frm=("PeepLookup Privacy", "privacy@peeplookup.example"),
    subject="Re: Opt-out", date=D.format(t="09:30:30"),
    body=leaf("plain", """Hello,

Thank you for your message. Your opt-out will be processed within 7 to 10 business days. You don't
need to do anything else. If we need anything further we will contact you at this address.

PeepLookup Privacy Team
"""))

add("en", "auto_reply", "castlegate.example", frm=("Hannah Whitford", "hwhitford@castlegate.example"),
    subject="Automatic reply: Request to delete personal information [OPT-2GJ8XN]", date=D.format(t="09:14:40"),
    headers=AUTO + "X-Auto-Response-Suppress: All\n",
    body=leaf("plain", """Thank you for your email. I am out of the office until Monday, December 7, with limited
access to email. For privacy requests please write to privacy@castlegate.example; for anything
urgent call our main line.

Hannah
"""))

add("en", "auto_reply", "recordhound.example", frm=("Greg Salas", "gsalas@recordhound.example"),
    subject="Out of Office Re: Request to delete personal information", date=D.format(t="09:15:03"),
    body=leaf("plain", """I'm away for the Thanksgiving holiday and will be back on December 1. I will respond to your
message when I return.

Greg Salas | Compliance Associate | RecordHound
"""))

add("en", "bounce", "oldsearch.example", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.clinica-derechos.example"),
    subject="Undelivered Mail Returned to Sender", date=D.format(t="09:15:20"),
    headers=AUTO,
    body=multi("report", [
        leaf("plain", """This is the mail system at host mx1.clinica-derechos.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<privacy@oldsearch.example>: host mx.oldsearch.example[203.0.113.44] said: 550
    5.1.1 <privacy@oldsearch.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit", "Content-Description: Notification\n"),
        raw("message/delivery-status", """Reporting-MTA: dns; mx1.clinica-derechos.example
X-Postfix-Queue-ID: 4Ct9Zk0QWbz9sWN
Arrival-Date: Mon, 30 Nov 2026 09:15:18 -0800 (PST)

Final-Recipient: rfc822; privacy@oldsearch.example
Original-Recipient: rfc822;privacy@oldsearch.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldsearch.example
Diagnostic-Code: smtp; 550 5.1.1 <privacy@oldsearch.example>: Recipient address
    rejected: User unknown in virtual mailbox table
"""),
        raw("text/rfc822-headers", """From: Clinica de Derechos <solicitudes+cases@clinica-derechos.example>
To: privacy@oldsearch.example
Subject: Request to delete personal information [OPT-0ZB4RT]
Date: Mon, 30 Nov 2026 09:15:17 -0800
Message-ID: <opt-0zb4rt.1@clinica-derechos.example>
"""),
    ], "4Ct9Zk0QWbz9sWN.1764523" ))

add("en", "bounce", "dwelling-data.example", frm=("Microsoft Outlook", "postmaster@dwelling-data.example"),
    subject="Undeliverable: Request to delete personal information [OPT-3RS9WE]", date=D.format(t="09:16:44"),
    body=multi("alternative", [
        leaf("plain", """Your message to privacy@dwelling-data.example couldn't be delivered.

privacy wasn't found at dwelling-data.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Contact the recipient by some other means (by phone, for example) to confirm the address.

Diagnostic information for administrators:
Generating server: BN8PR04MB6243.namprd04.prod.outlook.example
privacy@dwelling-data.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""),
        leaf("html", """<p><b>Your message to privacy@dwelling-data.example couldn't be delivered.</b></p>
<p>privacy wasn't found at dwelling-data.example.</p><p>Action Required: Recipient<br>Unknown To address</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>
<p style="font-size:11px">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"""),
    ], "ndr-outlook"))

add("en", "bounce", "tokyo-listings.example", frm=("Mail Delivery Subsystem", "mailer-daemon@mail.tokyo-listings.example"),
    subject="Returned mail: see transcript for details", date=D.format(t="09:17:05"),
    cs="shift_jis",
    body=multi("report", [
        leaf("plain", """このメールは、配送できなかったことをお知らせするものです。
(This message was created automatically by the mail system.)

宛先のメールボックスが一杯のため、メッセージを配送できませんでした。
The recipient's mailbox is full; the message could not be delivered.

   ----- The following addresses had permanent fatal errors -----
<privacy@tokyo-listings.example>
    (reason: 552 5.2.2 Mailbox full)
""", "shift_jis", "base64"),
        raw("message/delivery-status", """Reporting-MTA: dns; mail.tokyo-listings.example
Arrival-Date: Tue, 1 Dec 2026 02:17:01 +0900

Final-Recipient: RFC822; privacy@tokyo-listings.example
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Tue, 1 Dec 2026 02:17:04 +0900
"""),
    ], "jp-dsn-77"))

add("en", "unsure", "peepsearch-network.example", frm=("PeepSearch Network", "privacy@peepsearch-network.example"),
    subject="Re: Request to delete personal information [OPT-5FX1HA]", date=D.format(t="11:11:11"),
    body=leaf("plain", """Hello,

We removed the listing from PeepSearch. Please note that our partner sites, PhoneTrail and
AddressKeeper, are operated separately; the same person's phone number and past addresses may
still be shown there, and we cannot remove them for you.

PeepSearch Network Privacy
"""))

add("en", "unsure", "lookupall.example", frm=("LookupAll Help Center", "help@lookupall.zendesk.example"),
    subject="[LookupAll] Request #77519: How would you rate the support you received?", date=D.format(t="16:30:00"),
    headers="X-Mailer: Zendesk Mailer\n",
    body=multi("alternative", [
        leaf("plain", """Hello,

We'd love to hear what you think of our customer service. Please take a moment to answer one
simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://lookupall.zendesk.example/requests/77519/satisfaction/new/Yp3x?locale=1&rating=good

Bad, I'm unsatisfied
https://lookupall.zendesk.example/requests/77519/satisfaction/new/Yp3x?locale=1&rating=bad

Here's a reminder of what your request (#77519) was about:

Request to delete personal information
Status: Solved
"""),
        leaf("html", """<p>Hello,</p><p>We'd love to hear what you think of our customer service.</p>
<p>How would you rate the support you received?</p>
<p><a href="https://lookupall.zendesk.example/requests/77519/satisfaction/new/Yp3x?locale=1&amp;rating=good">Good, I'm satisfied</a>
&nbsp; <a href="https://lookupall.zendesk.example/requests/77519/satisfaction/new/Yp3x?locale=1&amp;rating=bad">Bad, I'm unsatisfied</a></p>
<p>Here's a reminder of what your request (#77519) was about:</p><p><b>Request to delete personal information</b><br>Status: Solved</p>"""),
    ], "zd-csat"))

add("en", "refused", "archivelink.example", reason="legal obligation",
    frm=("ArchiveLink Privacy", "privacy@archivelink.example"),
    subject="Re: Request to delete personal information [OPT-8YT3DC]", date=D.format(t="12:34:56"),
    body=leaf("plain", """Hello,

We have reviewed your request. We have not deleted the information, and we will not be doing so:
the records are court filings we are required to keep under our contracts with the courts, and
they fall under the exception for complying with a legal obligation.

We have confirmed that the person's phone number is not shown on our site.

ArchiveLink Privacy
"""))

add("en", "other", "peoplefetch.example", frm=("PeopleFetch Deals", "deals@news.peoplefetch.example"),
    subject="Cyber Monday: 60% off unlimited background reports", date=D.format(t="05:00:00"),
    headers="List-Unsubscribe: <https://news.peoplefetch.example/u/ab12>\nPrecedence: bulk\n",
    body=multi("alternative", [
        leaf("plain", """CYBER MONDAY ONLY
60% off unlimited background reports - search anyone, anytime.

Start searching: https://news.peoplefetch.example/c/ab12/cm60

Reports may include address history, phone numbers, relatives and court records.
Unsubscribe: https://news.peoplefetch.example/u/ab12
"""),
        leaf("html", """<h1>CYBER MONDAY ONLY</h1><p>60% off unlimited background reports - search anyone, anytime.</p>
<p><a href="https://news.peoplefetch.example/c/ab12/cm60">Start searching</a></p>
<p style="font-size:10px"><a href="https://news.peoplefetch.example/u/ab12">Unsubscribe</a></p>"""),
    ], "promo-cm"))

add("en", "acknowledged", "valleyrecords.example", frm=("Tom Becker", "tbecker@valleyrecords.example"),
    subject="Fwd: Request to delete personal information [OPT-4WN7QS]", date=D.format(t="10:48:00"),
    to="privacy@valleyrecords.example, solicitudes+cases@clinica-derechos.example",
    body=leaf("plain", """Privacy team - forwarding the request below, this one is yours. Copying the sender so they know
it has reached the right people.

Tom

---------- Forwarded message ---------
From: Clinica de Derechos <solicitudes+cases@clinica-derechos.example>
Date: Mon, Nov 23, 2026 at 9:14 AM
Subject: Request to delete personal information [OPT-4WN7QS]
To: <info@valleyrecords.example>

""" + letter("4WN7QS")))

add("en", "unsure", "clearrecords.example", frm=("ClearRecords via Transcend", "no-reply@privacy.clearrecords.example"),
    subject="Your privacy request is complete", date=D.format(t="11:20:40"),
    body=leaf("html", """<html><body>
<h2>Your request is complete</h2>
<p>We've finished processing your privacy request.</p>
<table><tr><td>Request type</td><td>Do Not Sell or Share My Personal Information</td></tr>
<tr><td>Status</td><td>Completed</td></tr><tr><td>Completed</td><td>Nov 30, 2026</td></tr></table>
<p><a href="https://privacy.clearrecords.example/request/status/77ad01">View your request</a></p>
</body></html>"""))

add("en", "refused", "openfinder.example", reason="not a resident",
    frm=("OpenFinder Privacy", "privacy@openfinder.example"),
    subject="Re: Deletion request", date=D.format(t="13:58:14"),
    body=leaf("plain", """Hi,

If the person named in your letter were a resident of one of the states whose privacy law gives a
right to delete, we would delete the profile. Our records show a current address in Georgia,
which has no such law, so the profile will stay on OpenFinder.

OpenFinder Privacy
"""))

add("en", "needs_id", "verifacts.example", frm=("VeriFacts Consumer Privacy", "privacy@verifacts.example"),
    subject="Re: Request to delete personal information [OPT-6JD4PL]", date=D.format(t="14:04:41"),
    body=leaf("plain", """Hello,

We will delete the records once identity is verified. To verify, reply with the person's date of
birth and the last four digits of their Social Security number, together with a signed declaration
under penalty of perjury that the requester is the consumer or is authorized to act for them.

VeriFacts Consumer Privacy
"""))

add("en", "confirmed", "veritaspeople.example", frm=("VeritasPeople", "support@veritaspeople.example"),
    subject="Your record has been suppressed", date=D.format(t="15:15:15"),
    body=multi("alternative", [
        leaf("plain", """Hello,

We have suppressed the record you asked about. It will no longer appear in search results on
VeritasPeople or in the reports we sell, and the suppression stays in place if the record is
updated from our sources.

VeritasPeople Support
"""),
        leaf("html", """<p>Hello,</p><p>We have suppressed the record you asked about. It will no longer appear in search results on VeritasPeople
or in the reports we sell, and the suppression stays in place if the record is updated from our sources.</p><p>VeritasPeople Support</p>"""),
    ], "vp-supp"))

add("en", "confirmed", "listingsnow.example", frm=("ListingsNow", "noreply@listingsnow.example"),
    subject="Removal request complete", date=D.format(t="15:30:00"),
    body=multi("alternative", [
        leaf("plain", """Your removal request is complete.

The listing you selected has been removed from ListingsNow. It can take up to 24 hours for the
change to show everywhere on the site.

Search again: https://www.listingsnow.example/search
"""),
        leaf("html", """<p><b>Your removal request is complete.</b></p><p>The listing you selected has been removed from ListingsNow.
It can take up to 24 hours for the change to show everywhere on the site.</p>
<p><a href="https://www.listingsnow.example/search">Search again</a></p>"""),
    ], "ln-done"))

add("en", "unsure", "peoplewise.example", frm=("PeopleWise Privacy Requests", "privacyrequests@peoplewise.example"),
    subject="Re: Request to delete personal information [OPT-1CZ5RK]", date=D.format(t="16:16:16"),
    body=leaf("plain", """Hello,

Your ticket has been closed. If you have any other questions, please reply to this email and
the ticket will be reopened.

PeopleWise Privacy Requests
""" + outlook_quote("1CZ5RK").replace("{d}", "peoplewise.example")))

add("en", "acknowledged", "fastbackground.example", frm=("FastBackground Privacy", "privacy@fastbackground.example"),
    subject="RE: Request to delete personal information [OPT-3HB6TY]", date=D.format(t="10:35:22"),
    body=multi("alternative", [
        leaf("plain", """Hello,

Thank you, we have your request. If we locate records about this person, they will be deleted
and we will let you know. Our review usually takes two to three weeks.

FastBackground Privacy
""" + gmail_quote("3HB6TY")),
        leaf("html", """<div><p>Hello,</p><p>Thank you, we have your request. If we locate records about this person, they will be deleted and
we will let you know. Our review usually takes two to three weeks.</p><p>FastBackground Privacy</p></div>""" + html_quote("3HB6TY")),
    ], "fb-ack-q"))


# ==== Spanish ====================================================================================

add("es", "confirmed", "buscagente.example", frm=("Privacidad BuscaGente", "privacidad@buscagente.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-6PL2WQ]", date=D.format(t="09:22:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Estimada señora:

Le confirmamos que hemos eliminado de nuestra base de datos la información personal asociada
a su solicitud. El perfil ya no aparece en BuscaGente ni en los resultados de búsqueda de nuestro
sitio.

Atentamente,
Equipo de Privacidad de BuscaGente
""", "iso-8859-1", "quoted-printable"))

add("es", "confirmed", "directoriomx.example", frm=("Directorio MX - Datos Personales", "datospersonales@directoriomx.example"),
    subject="Respuesta a su solicitud de derechos ARCO folio ARCO-2026-0412", date=D.format(t="10:05:00"),
    cs="windows-1252",
    body=leaf("plain", """Estimado titular:

En atención a su solicitud de cancelación recibida el 9 de noviembre, con fundamento en la Ley
Federal de Protección de Datos Personales en Posesión de los Particulares, le informamos que su
solicitud resultó procedente: sus datos personales fueron suprimidos de nuestras bases de datos y
ya no se muestran en nuestro directorio.

Folio: ARCO-2026-0412

Departamento de Datos Personales
Directorio MX
""", "windows-1252", "quoted-printable"))

add("es", "refused", "encuentralos.example", reason="no record",
    frm=("Encuéntralos Soporte", "soporte@encuentralos.example"),
    subject="Re: Solicitud de eliminación", date=D.format(t="11:00:00"),
    body=leaf("plain", """Hola:

Buscamos en nuestros sistemas con el nombre y la ciudad que nos indicó y no encontramos ningún
registro asociado a esa persona. Por lo tanto, no hay información que eliminar.

Si tiene otra dirección o un número de teléfono anterior, con gusto buscamos de nuevo.

Saludos,
Soporte Encuéntralos
"""))

add("es", "refused", "guiatelefonica.example", reason="no record",
    frm=("Guía Telefónica Online", "privacidad@guiatelefonica.example"),
    subject="Respuesta a su solicitud", date=D.format(t="11:40:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Estimado/a usuario/a:

No hemos eliminado ningún dato, porque no existe información suya en nuestros sistemas.
Nuestra guía sólo contiene números de abonados que dieron su consentimiento.

Un cordial saludo,
Departamento de Protección de Datos
""", "iso-8859-1", "8bit"))

add("es", "refused", "perfilesusa.example", reason="not a resident",
    frm=("PerfilesUSA Privacidad", "privacidad@perfilesusa.example"),
    subject="RE: Solicitud de eliminación de datos personales [OPT-2QS8MV]", date=D.format(t="12:02:00"),
    body=leaf("plain", """Hola,

Los derechos de la Ley de Privacidad del Consumidor de California (CCPA) solo aplican a residentes
de California. Según nuestros registros, la persona vive en Arizona, por lo que no podemos
procesar su solicitud de eliminación. El perfil seguirá publicado.

Equipo de Privacidad
PerfilesUSA
"""))

add("es", "refused", "registrosabiertos.example", reason="publicly available",
    frm=("Registros Abiertos", "legal@registrosabiertos.example"),
    subject="Su solicitud de eliminación", date=D.format(t="12:30:00"),
    body=multi("alternative", [
        leaf("plain", """Estimado solicitante:

La información que mostramos proviene de registros públicos (propiedad, tribunales y registros
de votantes) y se considera información disponible públicamente. La ley no nos obliga a eliminar
información de fuentes públicas, por lo que rechazamos su solicitud.

Atentamente,
Departamento Legal
"""),
        leaf("html", """<p>Estimado solicitante:</p><p>La información que mostramos proviene de registros públicos (propiedad, tribunales y registros
de votantes) y se considera información disponible públicamente. La ley no nos obliga a eliminar información de fuentes
públicas, por lo que rechazamos su solicitud.</p><p>Atentamente,<br>Departamento Legal</p>"""),
    ], "ra-es"))

add("es", "refused", "buscagente.example", reason="identity not verified",
    frm=("Privacidad BuscaGente", "privacidad@buscagente.example"),
    subject="Su solicitud fue cerrada", date=D.format(t="07:30:00"), headers=AUTO,
    body=leaf("plain", """Hola:

Su solicitud de eliminación fue cerrada porque no pudimos verificar su identidad: no recibimos los
documentos solicitados dentro del plazo. No se eliminó ningún dato.

Puede enviar una nueva solicitud en cualquier momento.

Equipo de Privacidad de BuscaGente
"""))

add("es", "refused", "conectadatos.example", reason="processed as do-not-sell only",
    frm=("ConectaDatos", "privacidad@conectadatos.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-7DM3KF]", date=D.format(t="13:13:00"),
    body=leaf("plain", """Hola,

Procesamos su solicitud como una solicitud de exclusión de la venta de información personal
("No vender mi información"). Ya no venderemos ni compartiremos sus datos. Sin embargo, no
eliminamos el perfil: seguirá visible en nuestro sitio.

Saludos,
ConectaDatos
"""))

add("es", "needs_id", "directoriomx.example", frm=("Directorio MX - Datos Personales", "datospersonales@directoriomx.example"),
    subject="Requerimiento de información adicional - folio ARCO-2026-0430", date=D.format(t="09:00:00"),
    body=leaf("plain", """Estimado titular:

Para dar trámite a su solicitud de cancelación, es necesario que acredite su identidad. Le
pedimos enviar, en un plazo de 10 días hábiles, copia de una identificación oficial vigente (INE,
pasaporte o cédula profesional). Si actúa por medio de un representante, envíe además la carta
poder firmada ante dos testigos y la identificación del representante.

Si no recibimos la documentación, la solicitud se tendrá por no presentada.

Departamento de Datos Personales
""", "utf-8", "base64"))

add("es", "needs_id", "perfilesusa.example", frm=("PerfilesUSA Privacidad", "privacidad@perfilesusa.example"),
    subject="Se necesita autorización firmada", date=D.format(t="14:20:00"),
    body=leaf("plain", """Hola,

Vemos que la solicitud la envía un agente autorizado. Antes de continuar necesitamos una
autorización firmada por la persona interesada, y que ella misma verifique su identidad con
nosotros respondiendo a este correo desde su propia dirección.

Gracias,
PerfilesUSA
"""))

add("es", "needs_info", "encuentralos.example", frm=("Encuéntralos Soporte", "soporte@encuentralos.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-9KT1BN]", date=D.format(t="15:00:00"),
    body=leaf("plain", """Hola:

Encontramos varias personas con ese nombre en California. ¿Podría enviarnos el enlace (URL) del
perfil que desea eliminar, o la edad que aparece en el listado? Así evitamos borrar a otra
persona.

Saludos,
Soporte Encuéntralos
""" + gmail_quote("9KT1BN", "El lun, 23 nov 2026 a las 9:14, ")))

add("es", "verify_link", "buscagente.example", link="https://www.buscagente.example/baja/confirmar?folio=BG-55812&k=9a7c",
    frm=("BuscaGente", "no-responder@buscagente.example"),
    subject="Confirme su solicitud de baja", date=D.format(t="06:45:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Hola:

Recibimos una solicitud para dar de baja un perfil de BuscaGente. Para confirmarla, abra el
siguiente enlace en las próximas 48 horas:

https://www.buscagente.example/baja/confirmar?folio=BG-55812&k=9a7c

Si usted no hizo esta solicitud, ignore este mensaje.

BuscaGente
""", "iso-8859-1", "quoted-printable"))

add("es", "verify_link", "quienesquien.example", link="https://quienesquien.example/privacidad/verificar/QQ-81205",
    frm=("QuiénEsQuién", "privacidad@quienesquien.example"),
    subject="Confirme su solicitud", date=D.format(t="07:05:00"),
    body=multi("alternative", [
        leaf("plain", """¿No fue usted? Cancele la solicitud: https://quienesquien.example/privacidad/cancelar/QQ-81205

Para confirmar su solicitud de eliminación, visite:
https://quienesquien.example/privacidad/verificar/QQ-81205

Darse de baja de nuestros correos: https://quienesquien.example/correo/baja
""", "utf-8", "base64"),
        leaf("html", """<html><body>
<p><a href="https://quienesquien.example/"><img src="https://quienesquien.example/logo.png" alt="QuiénEsQuién"></a></p>
<p style="font-size:12px">¿No fue usted? <a href="https://quienesquien.example/privacidad/cancelar/QQ-81205">Cancele la solicitud</a></p>
<p>Para confirmar su solicitud de eliminación, pulse el botón:</p>
<p><a href="https://quienesquien.example/privacidad/verificar/QQ-81205" style="background:#0b7;color:#fff;padding:10px 18px">Confirmar solicitud</a></p>
<p style="font-size:10px"><a href="https://quienesquien.example/correo/baja">Darse de baja</a> de nuestros correos</p>
</body></html>""", "utf-8", "base64"),
    ], "qq-es-1"))

add("es", "verify_link", "conectadatos.example", link="https://www.conectadatos.example/solicitudes/confirmar/CD4471xz",
    frm=("ConectaDatos", "hola@conectadatos.example"),
    subject="Un paso más: confirme su solicitud", date=D.format(t="07:25:00"),
    body=multi("alternative", [
        leaf("plain", """Un paso más

Confirme su solicitud de eliminación copiando esta dirección en su navegador:
https://www.conectadatos.example/solicitudes/confirmar/CD4471xz

ConectaDatos
"""),
        leaf("html", """<p><b>Un paso más</b></p><p>Confirme su solicitud de eliminación:</p>
<p><a href="https://links.envios-cd.example/track/click/30015247/www.conectadatos.example?p=eyJzIjoiWGZ0">CONFIRMAR</a></p>
<p>ConectaDatos</p>"""),
    ], "cd-track"))

add("es", "extended", "directoriomx.example", frm=("Directorio MX - Datos Personales", "datospersonales@directoriomx.example"),
    subject="Ampliación de plazo - folio ARCO-2026-0412", date=D.format(t="10:50:00"),
    body=leaf("plain", """Estimado titular:

Le informamos que, por la complejidad de la búsqueda en nuestros sistemas, el plazo para dar
respuesta a su solicitud se amplía por un periodo igual, conforme al artículo 32 de la Ley.
Recibirá nuestra respuesta a más tardar el 21 de diciembre.

Departamento de Datos Personales
"""))

add("es", "extended", "perfilesusa.example", frm=("PerfilesUSA Privacidad", "privacidad@perfilesusa.example"),
    subject="Aviso: necesitamos más tiempo", date=D.format(t="16:10:00"),
    body=leaf("plain", """Hola,

Todavía no hemos completado su solicitud. Debido al volumen de solicitudes, necesitamos 45 días
adicionales, como permite la ley de California. Le responderemos antes del 10 de enero.

PerfilesUSA
"""))

add("es", "acknowledged", "buscatodo.example", frm=("BuscaTodo Ayuda", "ayuda@buscatodo.zendesk.example"),
    subject="[BuscaTodo] Hemos recibido su solicitud (#20774)", date=D.format(t="06:01:00"),
    headers=AUTO + "X-Mailer: Zendesk Mailer\n",
    body=leaf("plain", """##- Escriba su respuesta por encima de esta línea -##

Hemos recibido su solicitud (#20774) y nuestro equipo de soporte la está revisando.

Para agregar comentarios adicionales, responda a este correo electrónico.

Este correo electrónico es un servicio de BuscaTodo Ayuda.
"""))

add("es", "acknowledged", "conectadatos.example", frm=("ConectaDatos", "privacidad@conectadatos.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-5HN9CX]", date=D.format(t="08:40:00"),
    body=leaf("plain", """Hola,

Gracias por escribirnos. Su solicitud será procesada en un plazo de 10 días hábiles; le
avisaremos por este medio cuando esté lista.

ConectaDatos
"""))

add("es", "auto_reply", "registrosabiertos.example", frm=("Lucía Ferrer", "lferrer@registrosabiertos.example"),
    subject="Respuesta automática: Solicitud de eliminación de datos personales", date=D.format(t="09:14:55"),
    headers=AUTO,
    body=leaf("plain", """Gracias por su mensaje. Estaré fuera de la oficina hasta el 4 de diciembre, con acceso limitado
al correo. Para asuntos urgentes escriba a legal@registrosabiertos.example.

Lucía Ferrer
""", "windows-1252", "quoted-printable"))

add("es", "bounce", "paginasamarillas-mx.example", frm=("Mail Delivery Subsystem", "mailer-daemon@clinica-derechos.example"),
    subject="Notificación de estado de entrega (error)", date=D.format(t="09:18:00"),
    headers=AUTO,
    body=multi("report", [
        leaf("plain", """No se ha podido entregar el mensaje a privacidad@paginasamarillas-mx.example porque el dominio
no existe. Compruebe si hay errores de escritura o espacios innecesarios en la dirección.

La respuesta del servidor remoto fue:
DNS Error: DNS type 'mx' lookup of paginasamarillas-mx.example responded with code NXDOMAIN
"""),
        raw("message/delivery-status", """Reporting-MTA: dns; mx1.clinica-derechos.example

Final-Recipient: rfc822; privacidad@paginasamarillas-mx.example
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of paginasamarillas-mx.example responded with code NXDOMAIN
"""),
    ], "dsn-es-nx"))

add("es", "unsure", "buscatodo.example", frm=("BuscaTodo Ayuda", "ayuda@buscatodo.zendesk.example"),
    subject="[BuscaTodo] Su solicitud (#20774) ha sido resuelta", date=D.format(t="17:00:00"),
    headers="X-Mailer: Zendesk Mailer\n",
    body=leaf("plain", """##- Escriba su respuesta por encima de esta línea -##

Su solicitud (#20774) ha sido resuelta. Para volver a abrirla, responda a este correo electrónico.

Gracias por contactar a BuscaTodo.
"""))

add("es", "unsure", "guiatelefonica.example", frm=("Guía Telefónica Online", "privacidad@guiatelefonica.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-3WV7GJ]", date=D.format(t="13:45:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Estimada señora:

Hemos eliminado la dirección postal de su ficha. El número de teléfono, sin embargo, seguirá
apareciendo en la guía, porque nos lo facilita la operadora y no depende de nosotros.

Un cordial saludo,
Departamento de Protección de Datos
""", "iso-8859-1", "quoted-printable"))

add("es", "confirmed", "encuentralos.example", frm=("Encuéntralos Soporte", "soporte@encuentralos.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-2BX5TR]", date=D.format(t="14:44:00"),
    body=multi("alternative", [
        leaf("plain", """Hola:

Listo. Borramos el perfil y toda la información asociada de Encuéntralos; ya no aparece en las
búsquedas.

Saludos,
Marisol - Soporte Encuéntralos
""" + gmail_quote("2BX5TR", "El lun, 23 nov 2026 a las 9:14, ")),
        leaf("html", """<div dir="ltr"><p>Hola:</p><p>Listo. Borramos el perfil y toda la información asociada de Encuéntralos; ya no aparece en las búsquedas.</p>
<p>Saludos,<br>Marisol - Soporte Encuéntralos</p></div>""" + html_quote("2BX5TR")),
    ], "enc-done-q"))

add("es", "refused", "telefonos-es.example", reason="legal obligation",
    frm=("Teléfonos ES - Protección de Datos", "dpo@telefonos-es.example"),
    subject="Contestación a su ejercicio del derecho de supresión", date=D.format(t="10:15:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Estimada Sra.:

En relación con su solicitud de supresión, le informamos que no hemos procedido a suprimir sus
datos, ya que debemos conservarlos para el cumplimiento de una obligación legal (artículo 17.3.b
del RGPD) durante el plazo de prescripción de las acciones derivadas del contrato.

Puede presentar una reclamación ante la Agencia Española de Protección de Datos (www.aepd.es).

Delegado de Protección de Datos
""", "iso-8859-1", "quoted-printable"))

add("es", "other", "buscagente.example", frm=("BuscaGente Ofertas", "ofertas@news.buscagente.example"),
    subject="¡Solo hoy! 50% de descuento en reportes completos", date=D.format(t="05:05:00"),
    headers="List-Unsubscribe: <https://news.buscagente.example/baja/x9>\nPrecedence: bulk\n",
    body=leaf("html", """<h2>¡Solo hoy!</h2><p>50% de descuento en reportes completos: direcciones, teléfonos y familiares.</p>
<p><a href="https://news.buscagente.example/c/x9/promo50">Buscar ahora</a></p>
<p style="font-size:10px">Si no desea recibir más correos, <a href="https://news.buscagente.example/baja/x9">dese de baja</a>.</p>"""))

add("es", "needs_info", "quienesquien.example", frm=("QuiénEsQuién", "privacidad@quienesquien.example"),
    subject="Re: Solicitud de eliminación de datos personales [OPT-8VF2LW]", date=D.format(t="15:30:00"),
    body=leaf("plain", """Hola,

¿Su solicitud es para eliminar el perfil completo o solo para que no vendamos la información?
Por favor responda a este correo indicándolo, y también la ciudad donde vive la persona. Todavía
no hemos hecho ningún cambio.

Equipo de Privacidad
QuiénEsQuién
"""))


# ==== Portuguese =================================================================================

add("pt", "confirmed", "achapessoas.example", frm=("AchaPessoas Privacidade", "privacidade@achapessoas.example"),
    subject="Re: Solicitação de exclusão de dados pessoais [OPT-4GM8ZD]", date=D.format(t="09:09:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Prezada titular,

Em atenção à sua solicitação feita com base na LGPD (Lei 13.709/2018, art. 18, VI), informamos que
os seus dados pessoais foram excluídos das nossas bases e o seu perfil não está mais disponível no
site.

Atenciosamente,
Encarregado de Dados - AchaPessoas
""", "iso-8859-1", "quoted-printable"))

add("pt", "refused", "consultanome.example", reason="no record",
    frm=("ConsultaNome", "dpo@consultanome.example"),
    subject="Resposta à sua solicitação", date=D.format(t="10:20:00"),
    body=leaf("plain", """Olá,

Fizemos uma busca em nossos sistemas com os dados informados e não localizamos nenhum registro em
seu nome. Portanto, não há dados a excluir.

Equipe de Privacidade
ConsultaNome
"""))

add("pt", "needs_id", "achapessoas.example", frm=("AchaPessoas Privacidade", "privacidade@achapessoas.example"),
    subject="Precisamos confirmar sua identidade", date=D.format(t="11:30:00"),
    body=leaf("plain", """Olá,

Para dar andamento ao pedido de exclusão, precisamos confirmar a sua identidade. Envie, em resposta
a este e-mail, uma cópia de um documento oficial com foto (RG, CNH ou passaporte). Se o pedido foi
feito por um representante, envie também a procuração assinada.

Equipe de Privacidade
""", "utf-8", "base64"))

add("pt", "verify_link", "pessoasbr.example", link="https://www.pessoasbr.example/privacidade/confirmar?pedido=PB-20811&c=73fe",
    frm=("PessoasBR", "nao-responda@pessoasbr.example"),
    subject="Confirme o seu pedido de remoção", date=D.format(t="06:50:00"),
    body=multi("alternative", [
        leaf("plain", """Olá,

Recebemos um pedido de remoção. Para confirmá-lo, acesse:
https://www.pessoasbr.example/privacidade/confirmar?pedido=PB-20811&c=73fe

Não foi você? Cancele o pedido: https://www.pessoasbr.example/privacidade/cancelar?pedido=PB-20811

PessoasBR
"""),
        leaf("html", """<p>Olá,</p><p>Recebemos um pedido de remoção.</p>
<p><a href="https://www.pessoasbr.example/privacidade/confirmar?pedido=PB-20811&amp;c=73fe">Confirmar pedido</a></p>
<p style="font-size:11px">Não foi você? <a href="https://www.pessoasbr.example/privacidade/cancelar?pedido=PB-20811">Cancelar o pedido</a></p>
<p>PessoasBR</p>"""),
    ], "pbr-1"))

add("pt", "extended", "listaportugal.example", frm=("Lista Portugal - Proteção de Dados", "rgpd@listaportugal.example"),
    subject="O seu pedido de apagamento - prorrogação do prazo", date=D.format(t="12:00:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Exma. Senhora,

Acusamos a receção do seu pedido de apagamento de dados. Dada a complexidade do pedido, o prazo de
resposta é prorrogado por mais dois meses, nos termos do artigo 12.º, n.º 3, do RGPD.

Com os melhores cumprimentos,
Encarregado da Proteção de Dados
""", "iso-8859-1", "quoted-printable"))


# ==== French =====================================================================================

add("fr", "confirmed", "annuaire-fr.example", frm=("Annuaire FR - Données personnelles", "dpo@annuaire-fr.example"),
    subject="Réponse à votre demande d'effacement [OPT-7LC3XB]", date=D.format(t="09:40:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Madame,

Suite à votre demande d'effacement au titre de l'article 17 du RGPD, nous vous confirmons que vos
données personnelles ont été effacées de notre annuaire et de nos bases de données.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le Délégué à la protection des données
""", "iso-8859-1", "quoted-printable"))

add("fr", "refused", "prospectis.example", reason="legal obligation",
    frm=("Prospectis - Service Conformité", "conformite@prospectis.example"),
    subject="Votre demande de suppression", date=D.format(t="10:45:00"),
    body=leaf("plain", """Madame, Monsieur,

Nous ne sommes pas en mesure de donner suite à votre demande de suppression : les données vous
concernant sont conservées pour respecter nos obligations légales comptables, pendant dix ans.
Elles ne sont plus utilisées à des fins de prospection.

Vous pouvez introduire une réclamation auprès de la CNIL.

Service Conformité
"""))

add("fr", "needs_id", "annuaire-fr.example", frm=("Annuaire FR - Données personnelles", "dpo@annuaire-fr.example"),
    subject="Votre demande : justificatif d'identité", date=D.format(t="11:50:00"),
    body=leaf("plain", """Madame,

Afin de traiter votre demande, nous avons besoin d'une copie d'une pièce d'identité en cours de
validité. Si vous agissez pour le compte d'une autre personne, merci de joindre le mandat signé.

Cordialement,
Le Délégué à la protection des données
""", "utf-8", "base64"))

add("fr", "verify_link", "pagesvertes.example", link="https://www.pagesvertes.example/rgpd/confirmer/PV-99102",
    frm=("PagesVertes", "ne-pas-repondre@pagesvertes.example"),
    subject="Confirmez votre demande", date=D.format(t="07:35:00"),
    body=leaf("html", """<html><body>
<p><a href="https://www.pagesvertes.example/"><img src="https://www.pagesvertes.example/logo.gif" alt="PagesVertes"></a></p>
<p>Bonjour,</p><p>Nous avons reçu une demande de suppression de fiche. Pour la confirmer, cliquez sur le bouton ci-dessous :</p>
<p><a href="https://www.pagesvertes.example/rgpd/confirmer/PV-99102">Je confirme ma demande</a></p>
<p>Vous n'êtes pas à l'origine de cette demande ? <a href="https://www.pagesvertes.example/rgpd/annuler/PV-99102">Annuler</a></p>
<p style="font-size:10px"><a href="https://www.pagesvertes.example/desabonnement">Se désabonner</a></p>
</body></html>""", "iso-8859-1", "quoted-printable"))

add("fr", "auto_reply", "prospectis.example", frm=("Claire Dubois", "cdubois@prospectis.example"),
    subject="Réponse automatique : Demande d'effacement de données personnelles", date=D.format(t="09:15:30"),
    headers=AUTO,
    body=leaf("plain", """Bonjour,

Je suis absente du bureau jusqu'au 7 décembre inclus. Pour toute demande relative aux données
personnelles, merci d'écrire à conformite@prospectis.example.

Claire Dubois
"""))


# ==== German =====================================================================================

add("de", "confirmed", "adressbuch-de.example", frm=("Adressbuch DE Datenschutz", "datenschutz@adressbuch-de.example"),
    subject="Ihre Anfrage auf Löschung nach Art. 17 DSGVO [OPT-5KR2VW]", date=D.format(t="09:55:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Sehr geehrte Damen und Herren,

wir bestätigen Ihnen, dass die zu der genannten Person gespeicherten personenbezogenen Daten
gelöscht wurden. Der Eintrag ist in unserem Verzeichnis nicht mehr abrufbar.

Mit freundlichen Grüßen
Ihr Datenschutzteam
""", "iso-8859-1", "quoted-printable"))

add("de", "refused", "bonitaet-plus.example", reason="no record",
    frm=("Bonität Plus Datenschutz", "datenschutz@bonitaet-plus.example"),
    subject="Auskunft und Löschung", date=D.format(t="10:25:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Sehr geehrte Frau Quispe Mamani,

nach Prüfung unserer Datenbestände teilen wir Ihnen mit, dass zu Ihrer Person keine Daten bei uns
gespeichert sind. Eine Löschung ist daher nicht erforderlich.

Mit freundlichen Grüßen
Bonität Plus GmbH, Datenschutz
""", "iso-8859-1", "8bit"))

add("de", "extended", "adressbuch-de.example", frm=("Adressbuch DE Datenschutz", "datenschutz@adressbuch-de.example"),
    subject="Fristverlängerung zu Ihrer Anfrage", date=D.format(t="11:05:00"),
    body=leaf("plain", """Sehr geehrte Damen und Herren,

aufgrund der Vielzahl der Anträge müssen wir die Frist zur Beantwortung Ihres Antrags gemäß
Art. 12 Abs. 3 DSGVO um weitere zwei Monate verlängern. Wir melden uns spätestens am 30. Januar.

Mit freundlichen Grüßen
Ihr Datenschutzteam
"""))

add("de", "verify_link", "personensuche-de.example", link="https://www.personensuche-de.example/datenschutz/bestaetigen?id=PS-4410&t=ffa91",
    frm=("Personensuche DE", "noreply@personensuche-de.example"),
    subject="Bitte bestätigen Sie Ihren Löschantrag", date=D.format(t="07:45:00"),
    body=multi("alternative", [
        leaf("plain", """Guten Tag,

wir haben einen Antrag auf Löschung eines Eintrags erhalten. Bitte bestätigen Sie Ihren Antrag
über folgenden Link:
https://www.personensuche-de.example/datenschutz/bestaetigen?id=PS-4410&t=ffa91

Antrag nicht gestellt? Antrag widerrufen:
https://www.personensuche-de.example/datenschutz/widerrufen?id=PS-4410

Personensuche DE
"""),
        leaf("html", """<p>Guten Tag,</p><p>wir haben einen Antrag auf Löschung eines Eintrags erhalten.</p>
<p><a href="https://www.personensuche-de.example/datenschutz/widerrufen?id=PS-4410">Antrag widerrufen</a> &nbsp;|&nbsp;
<a href="https://www.personensuche-de.example/datenschutz/bestaetigen?id=PS-4410&amp;t=ffa91"><b>Antrag bestätigen</b></a></p>
<p>Personensuche DE</p>"""),
    ], "psd-1"))

add("de", "bounce", "altverzeichnis.example", frm=("Mail Delivery System", "MAILER-DAEMON@mail.altverzeichnis.example"),
    subject="Unzustellbar: Antrag auf Löschung personenbezogener Daten", date=D.format(t="09:19:00"),
    headers=AUTO,
    body=multi("report", [
        leaf("plain", """Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

   datenschutz@altverzeichnis.example

Grund: Das Postfach existiert nicht.
""", "iso-8859-1", "quoted-printable"),
        raw("message/delivery-status", """Reporting-MTA: dns; mail.altverzeichnis.example

Final-Recipient: rfc822; datenschutz@altverzeichnis.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
"""),
    ], "de-dsn"))


# ==== Italian ====================================================================================

add("it", "confirmed", "paginebianche-it.example", frm=("Privacy Elenchi IT", "privacy@paginebianche-it.example"),
    subject="Riscontro alla sua richiesta di cancellazione", date=D.format(t="10:00:00"),
    cs="iso-8859-1",
    body=leaf("plain", """Gentile interessata,

con riferimento alla sua richiesta ai sensi dell'art. 17 del GDPR, le confermiamo che i suoi dati
personali sono stati cancellati dai nostri archivi e non sono più consultabili sul nostro sito.

Cordiali saluti,
Il Responsabile della Protezione dei Dati
""", "iso-8859-1", "quoted-printable"))

add("it", "needs_id", "telemarketing-it.example", frm=("Ufficio Privacy", "privacy@telemarketing-it.example"),
    subject="Richiesta documento di identità", date=D.format(t="11:10:00"),
    body=leaf("plain", """Gentile utente,

per dare seguito alla richiesta di cancellazione abbiamo bisogno di una copia di un documento
d'identità valido dell'interessato. Se la richiesta è presentata da un delegato, alleghi anche la
delega firmata.

Ufficio Privacy
"""))

add("it", "acknowledged", "paginebianche-it.example", frm=("Privacy Elenchi IT", "privacy@paginebianche-it.example"),
    subject="Abbiamo ricevuto la sua richiesta", date=D.format(t="06:20:00"), headers=AUTO,
    body=leaf("plain", """Gentile interessata,

abbiamo ricevuto la sua richiesta di cancellazione, registrata con il numero 2026/7781. Riceverà
una risposta entro 30 giorni dalla ricezione.

Privacy Elenchi IT
"""))


# ==== Dutch ======================================================================================

add("nl", "confirmed", "telefoongids-nl.example", frm=("Telefoongids NL Privacy", "privacy@telefoongids-nl.example"),
    subject="Uw verzoek tot verwijdering", date=D.format(t="10:30:00"),
    body=leaf("plain", """Geachte mevrouw,

Naar aanleiding van uw verzoek op grond van artikel 17 AVG bevestigen wij dat uw
persoonsgegevens zijn verwijderd. Uw vermelding is niet meer te vinden in onze gids.

Met vriendelijke groet,
Team Privacy
""", "iso-8859-1", "quoted-printable"))

add("nl", "refused", "datamarkt-nl.example", reason="no record",
    frm=("DataMarkt", "avg@datamarkt-nl.example"),
    subject="Reactie op uw AVG-verzoek", date=D.format(t="11:20:00"),
    body=leaf("plain", """Beste,

Wij hebben onze systemen doorzocht, maar wij hebben geen gegevens van u gevonden. Er valt dus niets
te verwijderen.

Met vriendelijke groet,
DataMarkt
"""))

add("nl", "verify_link", "telefoongids-nl.example", link="https://www.telefoongids-nl.example/avg/bevestig?v=TG-3301&h=91ce",
    frm=("Telefoongids NL", "noreply@telefoongids-nl.example"),
    subject="Bevestig uw verzoek", date=D.format(t="07:55:00"),
    body=multi("alternative", [
        leaf("plain", """Beste,

Bevestig uw verzoek tot verwijdering via deze link:
https://www.telefoongids-nl.example/avg/bevestig?v=TG-3301&h=91ce

Afmelden voor onze nieuwsbrief: https://www.telefoongids-nl.example/afmelden
"""),
        leaf("html", """<p>Beste,</p><p><a href="https://www.telefoongids-nl.example/avg/bevestig?v=TG-3301&amp;h=91ce">Bevestig uw verzoek tot verwijdering</a></p>
<p style="font-size:10px"><a href="https://www.telefoongids-nl.example/afmelden">Afmelden</a> voor onze nieuwsbrief</p>"""),
    ], "tg-nl"))


# ==== Vietnamese, Chinese, Korean, Russian, Ukrainian, Arabic, Haitian Creole, Somali, Tagalog ===

add("vi", "confirmed", "timnguoi.example", frm=("TimNguoi Bảo mật", "baomat@timnguoi.example"),
    subject="Re: Yêu cầu xóa thông tin cá nhân [OPT-6RD4QN]", date=D.format(t="09:25:00"),
    body=leaf("plain", """Kính gửi quý vị,

Chúng tôi xác nhận đã xóa thông tin cá nhân của quý vị khỏi cơ sở dữ liệu. Hồ sơ không còn hiển
thị trên trang web của chúng tôi.

Trân trọng,
Bộ phận Bảo mật TimNguoi
""", "utf-8", "base64"))

add("vi", "needs_id", "timnguoi.example", frm=("TimNguoi Bảo mật", "baomat@timnguoi.example"),
    subject="Cần xác minh danh tính", date=D.format(t="12:25:00"),
    body=leaf("plain", """Kính gửi quý vị,

Để xử lý yêu cầu xóa, vui lòng gửi cho chúng tôi bản sao giấy tờ tùy thân có ảnh (hộ chiếu hoặc
bằng lái xe) bằng cách trả lời email này. Chúng tôi chưa xóa thông tin nào.

Bộ phận Bảo mật TimNguoi
""", "utf-8", "quoted-printable"))

add("zh", "confirmed", "huarenbao.example", frm=("华人宝 隐私团队", "privacy@huarenbao.example"),
    subject="回复：删除个人信息请求 [OPT-3TF8KM]", date=D.format(t="09:35:00"), cs="gb2312",
    body=leaf("plain", """您好：

我们已根据您的请求删除了您的个人信息，相关资料已不再显示在我们的网站上。

此致
华人宝隐私团队
""", "gb2312", "base64"))

add("zh", "refused", "taiwan-lookup.example", reason="no record",
    frm=("台灣查詢網 客服", "service@taiwan-lookup.example"),
    subject="關於您的刪除請求", date=D.format(t="10:35:00"), cs="big5",
    body=leaf("plain", """您好：

我們已搜尋資料庫，未能找到與您提供的姓名和地址相符的任何記錄，因此沒有可刪除的資料。

台灣查詢網 客服中心
""", "big5", "base64"))

add("ko", "acknowledged", "hanin-search.example", frm=("한인서치 개인정보팀", "privacy@hanin-search.example"),
    subject="개인정보 삭제 요청이 접수되었습니다", date=D.format(t="06:35:00"), cs="euc-kr", headers=AUTO,
    body=leaf("plain", """안녕하세요.

귀하의 개인정보 삭제 요청이 접수되었습니다. 요청 번호는 HS-20261124-0071 입니다.
검토 후 45일 이내에 결과를 알려 드리겠습니다.

한인서치 개인정보팀
""", "euc-kr", "base64"))

add("ko", "verify_link", "hanin-search.example", link="https://www.hanin-search.example/privacy/confirm?req=HS-0071&k=5d2e",
    frm=("한인서치", "noreply@hanin-search.example"),
    subject="삭제 요청을 확인해 주세요", date=D.format(t="06:40:00"),
    body=multi("alternative", [
        leaf("plain", """안녕하세요.

아래 링크를 클릭하여 삭제 요청을 확인해 주십시오.
https://www.hanin-search.example/privacy/confirm?req=HS-0071&k=5d2e

본인이 요청하지 않았다면 요청을 취소하세요: https://www.hanin-search.example/privacy/cancel?req=HS-0071
""", "utf-8", "base64"),
        leaf("html", """<p>안녕하세요.</p><p><a href="https://www.hanin-search.example/privacy/confirm?req=HS-0071&amp;k=5d2e">삭제 요청 확인</a></p>
<p style="font-size:11px">본인이 요청하지 않았다면 <a href="https://www.hanin-search.example/privacy/cancel?req=HS-0071">요청 취소</a></p>""", "utf-8", "base64"),
    ], "ko-v"))

add("ru", "confirmed", "poisk-lyudei.example", frm=("Поиск Людей", "privacy@poisk-lyudei.example"),
    subject="Ваш запрос на удаление данных выполнен", date=D.format(t="09:45:00"), cs="koi8-r",
    body=leaf("plain", """Здравствуйте!

Сообщаем, что ваши персональные данные удалены из нашей базы. Профиль больше не отображается
на сайте.

С уважением,
служба поддержки
""", "koi8-r", "quoted-printable"))

add("ru", "needs_id", "poisk-lyudei.example", frm=("Поиск Людей", "privacy@poisk-lyudei.example"),
    subject="Требуется подтверждение личности", date=D.format(t="12:45:00"),
    body=leaf("plain", """Здравствуйте!

Чтобы выполнить ваш запрос на удаление, пришлите, пожалуйста, скан документа, удостоверяющего
личность (паспорт), ответом на это письмо. Пока мы ничего не удалили.

Служба поддержки
""", "utf-8", "base64"))

add("uk", "refused", "znaity.example", reason="no record",
    frm=("Знайти.юа підтримка", "support@znaity.example"),
    subject="Відповідь на ваш запит", date=D.format(t="10:55:00"), cs="koi8-u",
    body=leaf("plain", """Добрий день!

Ми перевірили нашу базу даних і не знайшли жодних записів про вас. Тому видаляти нічого.

З повагою,
служба підтримки
""", "koi8-u", "quoted-printable"))

add("uk", "confirmed", "znaity.example", frm=("Знайти.юа підтримка", "support@znaity.example"),
    subject="Re: Запит на видалення персональних даних [OPT-2NP6YC]", date=D.format(t="13:55:00"),
    body=leaf("plain", """Добрий день!

Ваш профіль і всі пов'язані з ним персональні дані видалено. Вони більше не відображаються на
нашому сайті.

З повагою,
служба підтримки
""", "utf-8", "base64"))

add("ar", "acknowledged", "daleel-naas.example", frm=("دليل الناس - الخصوصية", "privacy@daleel-naas.example"),
    subject="تم استلام طلبك", date=D.format(t="06:55:00"), cs="windows-1256", headers=AUTO,
    body=leaf("plain", """مرحباً،

لقد استلمنا طلبك لحذف البيانات الشخصية، ورقم الطلب هو DN-4471. سنراجع الطلب ونرد عليك خلال 45 يوماً.

فريق الخصوصية
""", "windows-1256", "base64"))

add("ar", "needs_id", "daleel-naas.example", frm=("دليل الناس - الخصوصية", "privacy@daleel-naas.example"),
    subject="مطلوب إثبات الهوية", date=D.format(t="13:05:00"),
    body=leaf("plain", """مرحباً،

لمعالجة طلب الحذف، يرجى إرسال نسخة من وثيقة هوية رسمية تحمل صورة (جواز سفر أو رخصة قيادة) رداً على هذه الرسالة.

فريق الخصوصية
""", "utf-8", "base64"))

add("ht", "confirmed", "jwennmoun.example", frm=("JwennMoun Sipò", "sipo@jwennmoun.example"),
    subject="Re: Demann pou efase enfòmasyon pèsonèl [OPT-8QA1WF]", date=D.format(t="09:50:00"),
    body=leaf("plain", """Bonjou,

Nou efase enfòmasyon pèsonèl ou yo nan baz done nou an. Pwofil la pa parèt sou sit nou an ankò.

Mèsi,
Ekip Sipò JwennMoun
"""))

add("ht", "needs_info", "jwennmoun.example", frm=("JwennMoun Sipò", "sipo@jwennmoun.example"),
    subject="Nou bezwen plis enfòmasyon", date=D.format(t="14:50:00"),
    body=leaf("plain", """Bonjou,

Nou jwenn plizyè moun ki gen menm non an. Èske ou ka voye lyen (URL) pwofil la ba nou, oswa vil
kote moun nan rete? Nou poko efase anyen.

Ekip Sipò JwennMoun
"""))

add("so", "acknowledged", "raadi-dad.example", frm=("Raadi Dad Taageero", "taageero@raadi-dad.example"),
    subject="Codsigaaga waa la helay", date=D.format(t="07:10:00"), headers=AUTO,
    body=leaf("plain", """Salaan,

Waan helnay codsigaaga ah in la tirtiro xogtaada shakhsiyeed. Lambarka codsigu waa RD-2290.
Waxaan kaaga jawaabi doonaa 45 maalmood gudahood.

Kooxda Taageerada
"""))

add("so", "confirmed", "raadi-dad.example", frm=("Raadi Dad Taageero", "taageero@raadi-dad.example"),
    subject="Re: Codsi ah in la tirtiro xogta shakhsiga [OPT-5MW3JD]", date=D.format(t="15:10:00"),
    body=leaf("plain", """Salaan,

Xogtaada shakhsiyeed waa laga tirtiray nidaamkayaga, mana ka muuqanayso boggayaga mar dambe.

Mahadsanid,
Kooxda Taageerada
"""))

add("tl", "confirmed", "hanapin-ph.example", frm=("Hanapin Suporta", "suporta@hanapin-ph.example"),
    subject="Re: Kahilingan na burahin ang personal na impormasyon [OPT-9ZE2HV]", date=D.format(t="10:40:00"),
    body=leaf("plain", """Magandang araw,

Natanggal na namin ang iyong personal na impormasyon sa aming database. Hindi na lumalabas ang
iyong profile sa aming website.

Salamat,
Hanapin Suporta
"""))

add("tl", "refused", "hanapin-ph.example", reason="no record",
    frm=("Hanapin Suporta", "suporta@hanapin-ph.example"),
    subject="Tungkol sa iyong kahilingan", date=D.format(t="11:45:00"),
    body=leaf("plain", """Magandang araw,

Hinanap namin sa aming database ang pangalan at lungsod na ibinigay mo, pero wala kaming nakitang
record. Kaya wala kaming binura.

Hanapin Suporta
"""))


# ==== second pass: vendors and traps not yet covered (Salesforce, TrustArc, Law 25, bilingual) ====

SF_REF = "ref:!00D5f0Hq4x.!500Rk02bT7Q:ref"

add("en", "acknowledged", "granitelists.example", frm=("Granite Lists Consumer Support", "support@granitelists.example"),
    subject=f"Case 00482913: Request to delete personal information [OPT-7PX2MN] [ {SF_REF} ]", date=D.format(t="08:05:00"),
    headers=AUTO,
    body=leaf("plain", f"""Thank you for contacting Granite Lists.

Your case number is 00482913. A member of our Privacy team will review your request and respond
to you. Please do not change the subject line when you reply, so that your message is added to
this case.

Granite Lists Consumer Support

{SF_REF}
"""))

add("en", "refused", "granitelists.example", reason="agent not authorised",
    frm=("Granite Lists Consumer Support", "support@granitelists.example"),
    subject=f"Case 00482913 closed [ {SF_REF} ]", date=D.format(t="17:05:00"),
    body=multi("alternative", [
        leaf("plain", f"""Hello,

Case 00482913 has been closed. We asked on November 2 for documentation showing that you are
authorized to act for the consumer, and we have not received it. We have therefore denied the
request; no information has been deleted. The consumer may contact us directly at any time.

Granite Lists Consumer Support
{SF_REF}
"""),
        leaf("html", f"""<p>Hello,</p><p>Case 00482913 has been closed. We asked on November 2 for documentation showing that you are
authorized to act for the consumer, and we have not received it. We have therefore denied the request; no information
has been deleted. The consumer may contact us directly at any time.</p><p>Granite Lists Consumer Support</p>
<p style="color:#fff;font-size:1px">{SF_REF}</p>"""),
    ], "sf-closed"))

add("en", "acknowledged", "summitaudience.example", frm=("Summit Audience Privacy", "privacy-noreply@summitaudience.example"),
    subject="Summit Audience - Individual Rights Request received (ID 2026-IRR-60412)", date=D.format(t="06:12:00"),
    headers=AUTO,
    body=multi("alternative", [
        leaf("plain", """Thank you for submitting your Individual Rights Request.

Request ID: 2026-IRR-60412
Request type: Deletion
Jurisdiction: California

We will process your request in accordance with applicable law. You can follow its progress in the
request portal: https://submit-irm.trustarc-portal.example/services/validation/9b1e77

Summit Audience Privacy Office
"""),
        leaf("html", """<p>Thank you for submitting your Individual Rights Request.</p>
<table><tr><td>Request ID</td><td>2026-IRR-60412</td></tr><tr><td>Request type</td><td>Deletion</td></tr>
<tr><td>Jurisdiction</td><td>California</td></tr></table>
<p>We will process your request in accordance with applicable law. <a href="https://submit-irm.trustarc-portal.example/services/validation/9b1e77">Follow your request</a></p>
<p>Summit Audience Privacy Office</p>"""),
    ], "ta-ack"))

add("en", "refused", "castlegate.example privacyportal.onetrust.example", reason="identity not verified",
    frm=("CastleGate Privacy", "no-reply@privacyportal.onetrust.example"),
    subject="CastleGate: Update on your request 0L7bM-22910", date=D.format(t="18:00:00"),
    body=leaf("html", """<table width="600"><tr><td><img src="https://privacyportal.onetrust.example/logos/castlegate.png" alt="CastleGate"></td></tr>
<tr><td><h3>Your request has been rejected</h3>
<table border="0" cellpadding="3"><tr><td>Request ID</td><td>0L7bM-22910</td></tr>
<tr><td>Request type</td><td>Delete My Information</td></tr><tr><td>Status</td><td>Rejected</td></tr>
<tr><td>Reason</td><td>Unable to verify identity</td></tr></table>
<p>We were not able to verify the identity of the requester with the information provided, so we could not complete this request.
You are welcome to submit a new request.</p>
<p><a href="https://privacyportal.onetrust.example/webform/castlegate">Submit a new request</a></p></td></tr></table>""", cte="base64"))

add("en", "verify_link", "hearthfind.example", link="https://www.hearthfind.example/optout/confirm/HF-9920-2b7e",
    frm=("HearthFind", "news@hearthfind.example"),
    subject="Confirm your HearthFind opt-out", date=D.format(t="07:40:00"),
    body=leaf("html", """<html><body>
<p style="font-size:11px;text-align:center"><a href="https://www.hearthfind.example/email/view/HF-9920">View this email in your browser</a></p>
<p><a href="https://www.hearthfind.example/"><img src="https://www.hearthfind.example/i/logo.png" alt="HearthFind"></a></p>
<p>Hi,</p><p>We received an opt-out request for a HearthFind listing. To finish it, confirm here:</p>
<p><a href="https://www.hearthfind.example/optout/confirm/HF-9920-2b7e">https://www.hearthfind.example/optout/confirm/HF-9920-2b7e</a></p>
<p>Follow us: <a href="https://social.example/hearthfind">Social</a> &middot; <a href="https://www.hearthfind.example/blog">Blog</a></p>
<p style="font-size:10px"><a href="https://www.hearthfind.example/email/preferences">Email preferences</a></p>
</body></html>""", cs="windows-1252", cte="quoted-printable"))

add("en", "confirmed", "findkin.example", frm=("FindKin Support", "support@findkin.example"),
    subject="RE: Request to delete personal information [OPT-5KD8WC]", date=D.format(t="13:50:00"),
    body=leaf("plain", """Hi,

There was no problem locating the profile, and it has now been deleted. We did not find any other
profile for the same person.

Thanks,
Marcus
FindKin Support
"""))

add("en", "confirmed", "locatenow.example", frm=("LocateNow Privacy", "privacy@locatenow.example"),
    subject="Re: Request to delete personal information [OPT-1HQ7VB]", date=D.format(t="14:25:00"),
    body=leaf("plain", """Hello,

This listing was already removed on October 3 after an earlier opt-out request, and it remains
suppressed. There is nothing further to remove.

LocateNow Privacy
""" + gmail_quote("1HQ7VB")))

add("en", "confirmed", "quickfind.example", frm=("QuickFind Compliance", "compliance@quickfind.example"),
    subject="RE: Opt-out request", date=D.format(t="15:35:00"),
    body=leaf("plain", """Dear requester,

The profile has been removed from QuickFind's public search and from the reports we sell. As our
privacy policy explains, we keep a copy in an internal system used only for fraud prevention,
which no customer can search.

QuickFind Compliance Team
""", "iso-8859-1", "7bit"))

add("en", "unsure", "spectrum-lists.example", frm=("Spectrum Lists", "unsubscribe@spectrum-lists.example"),
    subject="You have been unsubscribed", date=D.format(t="09:21:00"), headers=AUTO,
    body=leaf("plain", """You have been unsubscribed.

solicitudes+cases@clinica-derechos.example will no longer receive marketing email from Spectrum
Lists. Please allow up to 10 days for the change to take effect.

Manage your preferences: https://www.spectrum-lists.example/preferences
"""))

add("es", "confirmed", "perfilesusa.example", frm=("PerfilesUSA Privacidad", "privacidad@perfilesusa.example"),
    subject="Su solicitud de privacidad se completó", date=D.format(t="11:11:00"),
    body=leaf("html", """<html><body>
<h2>Su solicitud se completó</h2>
<table><tr><td>Tipo de solicitud</td><td>Eliminación de información personal</td></tr>
<tr><td>Estado</td><td>Completada</td></tr><tr><td>Fecha</td><td>30 de noviembre de 2026</td></tr></table>
<p>La información personal asociada a su solicitud fue eliminada de PerfilesUSA.</p>
<p><a href="https://privacidad.perfilesusa.example/solicitud/estado/PU-4412">Ver su solicitud</a></p>
</body></html>""", "windows-1252", "quoted-printable"))

add("es", "acknowledged", "hogarlocal.example", frm=("HogarLocal Servicio al Cliente", "servicio@hogarlocal.example"),
    subject="Solicitud recibida / Request received - #HL-30927", date=D.format(t="06:06:00"), headers=AUTO,
    body=leaf("plain", """Su solicitud ha sido recibida. Le responderemos dentro de los 45 días que establece la ley.
Número de solicitud: HL-30927

Your request has been received. We will respond within the 45 days required by law.
Request number: HL-30927

HogarLocal
"""))

add("es", "needs_info", "granitelists.example", frm=("Granite Lists Atención al Consumidor", "support@granitelists.example"),
    subject=f"Caso 00483377: necesitamos más datos [ {SF_REF} ]", date=D.format(t="12:22:00"),
    body=leaf("plain", f"""Hola:

Para encontrar el registro necesitamos la dirección postal anterior de la persona y su fecha de
nacimiento aproximada. ¿Nos la puede enviar respondiendo a este correo? Sin esos datos no
podemos continuar con el caso 00483377.

Granite Lists
{SF_REF}
"""))

add("es", "verify_link", "hogarlocal.example", link="https://www.hogarlocal.example/privacidad/confirmar/HL-30927-c1",
    frm=("HogarLocal", "no-responder@hogarlocal.example"),
    subject="Confirme su solicitud de eliminación", date=D.format(t="06:16:00"), cs="windows-1252",
    body=leaf("html", """<html><body>
<p style="font-size:11px"><a href="https://www.hogarlocal.example/correo/ver/HL-30927">Ver este correo en el navegador</a></p>
<p>Hola:</p><p>Para que eliminemos la información, confirme su solicitud:</p>
<p><a href="https://www.hogarlocal.example/privacidad/confirmar/HL-30927-c1">Sí, confirmo mi solicitud</a></p>
<p style="font-size:11px">¿No solicitó esto? <a href="https://www.hogarlocal.example/privacidad/no-fui-yo/HL-30927">No fui yo</a></p>
</body></html>""", "windows-1252", "quoted-printable"))

add("fr", "confirmed", "repertoire-qc.example", frm=("Répertoire QC - Protection des renseignements", "vieprivee@repertoire-qc.example"),
    subject="Votre demande de suppression de renseignements personnels", date=D.format(t="10:12:00"), cs="iso-8859-1",
    body=leaf("plain", """Bonjour,

Conformément à la Loi sur la protection des renseignements personnels dans le secteur privé
(Loi 25), nous avons supprimé les renseignements personnels vous concernant. Votre fiche n'apparaît
plus dans notre répertoire.

Le responsable de la protection des renseignements personnels
""", "iso-8859-1", "quoted-printable"))

add("de", "auto_reply", "bonitaet-plus.example", frm=("Jonas Keller", "j.keller@bonitaet-plus.example"),
    subject="Abwesenheitsnotiz: Antrag auf Löschung personenbezogener Daten", date=D.format(t="09:16:10"),
    headers=AUTO,
    body=leaf("plain", """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro. Ihre
E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
datenschutz@bonitaet-plus.example.

Jonas Keller
""", "iso-8859-1", "quoted-printable"))

add("pt", "unsure", "consultanome.example", frm=("ConsultaNome", "dpo@consultanome.example"),
    subject="Re: Solicitação de exclusão de dados pessoais [OPT-6CW9RN]", date=D.format(t="14:30:00"),
    body=leaf("plain", """Olá,

Removemos o telefone do cadastro. O endereço, porém, continuará aparecendo, porque vem de uma
base pública que atualizamos mensalmente.

Equipe de Privacidade
ConsultaNome
"""))

add("ru", "refused", "spravka-online.example", reason="legal obligation",
    frm=("Справка Онлайн", "pd@spravka-online.example"),
    subject="Ответ на ваше обращение", date=D.format(t="11:15:00"), cs="koi8-r",
    body=leaf("plain", """Здравствуйте!

Мы не удалили ваши данные: мы обязаны хранить их в соответствии с требованиями закона. Они больше
не используются для рассылок.

С уважением,
отдел персональных данных
""", "koi8-r", "base64"))


def main() -> None:
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["file", "lang", "class", "reason", "link", "domains"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    print(f"{len(ROWS)} replies written to {HERE}")


if __name__ == "__main__":
    main()
