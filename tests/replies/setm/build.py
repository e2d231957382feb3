"""Assemble set M (tests/replies/setm): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setm/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set M answers letters that a legal-aid clinic sent as its clients' authorised agent (and a few the
client sent herself): answers to the agent, answers about only some of a broker's brands, partial
removals, suppression against deletion, "removed, but it may come back from public records",
"reply YES to confirm", a decision found only in an attached PDF or HTML file or in an image's alt
text, negated asks, quoted history that says the opposite of the new answer, tickets closed without
action, answers in the client's language to a letter in English, look-alike and shortened links,
mails with many links of which one confirms, bounces and out-of-office notices in several
languages, and the clocks of the laws (CCPA's 45 more days, Colorado / Virginia / Texas appeals,
GDPR's month plus two, LGPD's 15 days, Mexico's ARCO). Every name, address, domain and number is
invented; domains end in ``.example``, addresses of machines are documentation addresses (RFC 5737).

A body is written once in a small markup (as set L's):

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer (``> `` lines).

``form`` says how the mail is built: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML),
``pdf`` (a short text and the decision in an attached PDF), ``file`` (a short text and the decision
in an attached HTML file), ``img`` (plain + HTML whose decision is an image's alt text), ``bounce``
(a mail server's delivery report, :func:`_bounce`). ``html=`` gives a hand-written HTML part.
"""

from __future__ import annotations

import base64
import csv
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, html_of, quote as _quote, encode as _encode,
    leaf as _leaf, multi as _multi)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []
START = datetime(2026, 10, 5, 14, 7, tzinfo=timezone.utc)
CLINIC = "Centro Legal Raíces <derechos@raices-legal.example>"
CLINIC_EN = "Harbor Street Legal Aid <privacy-requests@harborlegal.example>"


# -- MIME ------------------------------------------------------------------------------------------


def _binary(ctype: str, data: bytes, name: str, disposition: str = "attachment", cid: str = "") -> bytes:
    head = f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: {disposition}; filename="{name}"\n'
    if cid:
        head += f"Content-ID: <{cid}>\n"
    return (head + "Content-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(data)


def _word(value: str, charset: str) -> str:
    """RFC 2047 B-words for a non-ASCII value (in ``charset`` when it can spell it, else UTF-8)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(charset)
        cs = charset
    except UnicodeEncodeError:
        cs = "utf-8"
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode(cs)) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def _addr(value: str, charset: str) -> str:
    """``Name <mail>`` with the name encoded when it is not ASCII."""
    m = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", value)
    if not m:
        return value
    name, mail = m.groups()
    try:
        name.encode("ascii")
        return f'"{name}" <{mail}>' if any(c in name for c in ",.;:") else f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{_word(name, charset)} <{mail}>"


def pdf_of(lines: list[str]) -> bytes:
    """A one-page PDF letter whose text is ``lines`` (Helvetica, WinAnsi: Latin-1 letters), written
    byte for byte here so the set is the same whatever PDF library a machine has."""
    def lit(s: str) -> bytes:
        return b"(" + s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    stream = b"BT /F1 11 Tf 56 770 Td 15 TL\n" + b"".join(lit(s) + b" '\n" for s in lines) + b"ET\n"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream"]
    out, offsets = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png_banner() -> bytes:
    """A 4 x 1 grey PNG: the picture whose alt text carries a mail's decision."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00" + b"\x80" * 4
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _when(n: int) -> datetime:
    """When the ``n``-th reply arrived (a week or so apart, at varied minutes)."""
    return START + timedelta(hours=7 * n, minutes=13 * n % 60)


def _bounce(r: dict, n: int) -> bytes:
    """A delivery report (RFC 3464): the server's words, the machine-readable status and the letter
    (its headers only when ``r['letter']`` is ``headers``)."""
    b = r.get("bounce", {})
    human = _leaf("plain", plain_of(str(r["body"])), str(r["charset"]), str(r["cte"]))
    status = (f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {b.get('mta', 'mx1.mail.example')}\n"
              f"Arrival-Date: {format_datetime(_when(n) - timedelta(minutes=2))}\n\n"
              f"Final-Recipient: rfc822; {b['rcpt']}\nAction: failed\nStatus: {b.get('status', '5.1.1')}\n"
              f"Remote-MTA: dns; {b.get('remote', '192.0.2.25')}\n"
              f"Diagnostic-Code: smtp; {b.get('diag', '550 5.1.1 User unknown')}\n").encode()
    letter_head = (f"From: {CLINIC_EN if r.get('agent_en') else 'Centro Legal Raices <derechos@raices-legal.example>'}\n"
                   f"To: {b['rcpt']}\nSubject: {b.get('subject', 'Request to delete personal information (authorized agent)')}\n"
                   f"Date: {format_datetime(_when(n) - timedelta(minutes=3))}\nMessage-ID: <letter.{n}@raices-legal.example>\n")
    if b.get("letter") == "headers":
        original = ("Content-Type: text/rfc822-headers\n\n" + letter_head).encode()
    else:
        original = ("Content-Type: message/rfc822\n\n" + letter_head
                    + 'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\n'
                    + b.get("letter_text", "We write as the authorized agent of our client to request the deletion of\n"
                            "the personal information you hold about them (reference OPT-4N8Q2W).\n")).encode()
    return _multi("report", [human, status, original], f"==setm-{n}-report==", "; report-type=delivery-status")


def _body(r: dict, n: int) -> bytes:
    form, cs, cte = str(r["form"]), str(r["charset"]), str(r["cte"])
    body, quoted = str(r["body"]), str(r.get("quoted") or "")
    text = str(r["plain"]).lstrip("\n") if r.get("plain") else plain_of(body) + (("\n" + _quote(quoted)) if quoted else "")
    html = str(r["html"]) if r.get("html") else html_of(body, quoted, cs, rtl=bool(r.get("rtl")))
    if form == "plain":
        return _leaf("plain", text, cs, cte)
    if form == "html":
        return _leaf("html", html, cs, cte)
    if form == "alt":
        return _multi("alternative", [_leaf("plain", text, cs, cte), _leaf("html", html, cs, cte)], f"==setm-{n}-alt==")
    if form == "pdf":
        att = _binary("application/pdf", pdf_of(list(r["attach"])), str(r["attach_name"]))
        return _multi("mixed", [_leaf("plain", text, cs, cte), att], f"==setm-{n}-mixed==")
    if form == "file":
        att = _leaf("html", str(r["attach"]), cs, cte,
                    f'Content-Disposition: attachment; filename="{r["attach_name"]}"\n')
        return _multi("mixed", [_leaf("plain", text, cs, cte), att], f"==setm-{n}-mixed==")
    if form == "img":
        img = _binary("image/png", png_banner(), "status.png", "inline", f"status.{str(r['file'])[:-4]}@mail.example")
        related = _multi("related", [_leaf("html", html, cs, cte), img], f"==setm-{n}-rel==", '; type="text/html"')
        return _multi("alternative", [_leaf("plain", text, cs, cte), related], f"==setm-{n}-alt==")
    if form == "bounce":
        return _bounce(r, n)
    raise ValueError(f"reply {r['file']}: unknown form {form!r}")


def eml(r: dict, n: int) -> bytes:
    cs = str(r["charset"])
    domain = str(r["frm"]).rsplit("@", 1)[-1].rstrip(">")
    head = [f"From: {_addr(str(r['frm']), cs)}", f"To: {_addr(str(r['to']), cs)}",
            f"Subject: {_word(str(r['subject']), cs)}",
            f"Date: {format_datetime(_when(n))}",
            f"Message-ID: <setm.{n:03d}.{r['file'].split('.')[0]}@{domain}>"]
    if r.get("reply_to_letter", True) and r["form"] != "bounce":
        head.append(f"In-Reply-To: <letter.{n}@raices-legal.example>")
        head.append(f"References: <letter.{n}@raices-legal.example>")
    head += list(r.get("headers", ()))
    head.append("MIME-Version: 1.0")
    return ("\n".join(head) + "\n").encode() + _body(r, n)


def R(file: str, lang: str, cls: str, *, frm: str, subject: str, body: str, domains: str, reason: str = "",
      link: str = "", to: str = CLINIC, form: str = "plain", charset: str = "utf-8",
      cte: str = "quoted-printable", **more: object) -> None:
    """One reply and its label: the class a careful reader gives, the reason of a refusal, the one
    link that may be opened, and the broker's declared domains."""
    REPLIES.append(dict(file=file, lang=lang, cls=cls, reason=reason, link=link, domains=domains, frm=frm,
                        to=to, subject=subject, body=body, form=form, charset=charset, cte=cte, **more))


# -- the letters these answer (quoted below some replies) ------------------------------------------

LETTER_AGENT = """On Mon, Sep 28, 2026 at 9:12 AM Centro Legal Raíces <derechos@raices-legal.example> wrote:
We are the authorized agent of our client, who has signed the attached permission, and we
request under Cal. Civ. Code 1798.105 the deletion of all personal information you hold about
them, on every site and brand you operate. Reference: OPT-4N8Q2W."""

#: the same letter as a mail client quotes it in a charset without "í"
LETTER_AGENT_ASCII = LETTER_AGENT.replace("í", "i")

LETTER_AGENT_ES = """El lun, 28 sept 2026 a las 9:12, Centro Legal Raíces <derechos@raices-legal.example> escribió:
We are the authorized agent of our client, who has signed the attached permission, and we
request the deletion of all personal information you hold about them. Reference: OPT-7HC3KD."""


# == English: answers to the clinic as authorised agent, and a few to the client ====================

TRELLIS = "trellisdata.example findkin.example addresslantern.example"

R("en-01.eml", "en", "confirmed", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="Re: Request to delete personal information (authorized agent) [OPT-4N8Q2W]", quoted=LETTER_AGENT, body="""
Hello,

Thank you for your request on behalf of your client. We reviewed the signed authorization you
provided and matched it to the records described in your letter.

We have deleted your client's personal information from FindKin and AddressLantern, the two
people-search sites Trellis Data Group operates. The profiles no longer appear in search results.

Regards,
Trellis Data Group Privacy Team""")

R("en-02.eml", "en", "unsure", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="Re: Request to delete personal information [OPT-9KD2LM]", form="alt", quoted=LETTER_AGENT, body="""
Hello,

We have removed the listing for your client from FindKin.

Please note that AddressLantern and TruCallerBook are operated by our affiliate Trellis Directory
Services LLC, which handles its own privacy requests. To have your client's information removed from
those sites, please submit a separate request at [the Trellis Directory privacy form](https://directory.trellisdata.example/privacy/request).

Regards,
Trellis Data Group Privacy Team""")

R("en-03.eml", "en", "confirmed", domains="peoplelumen.example",
  frm="PeopleLumen Support <support@peoplelumen.example>",
  subject="Your removal request #88214", quoted=LETTER_AGENT, body="""
Hi there,

Your client's profile has been removed from PeopleLumen. We searched every listing under the name
and addresses in your letter and deleted the two that matched.

Please be aware that LifeLedger and InfoTrace Pro are separate companies, not affiliated with
PeopleLumen. We have no control over what they publish.

Best,
PeopleLumen Support""")

R("en-04.eml", "en", "refused", reason="publicly available, partial", domains="cobaltrecords.example",
  frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="RE: Deletion request - case CR-20417", body="""
Dear Centro Legal Raíces,

We have completed our review of the deletion request submitted on behalf of your client.

The residential address on Alder Court was removed from the profile. The telephone number, however,
comes from a published telephone directory, which is publicly available information that is not
covered by the deletion right. It will remain on the profile.

If you believe this decision is wrong, you may reply to this message.

Cobalt Records Privacy Office""")

R("en-05.eml", "en", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Opt-out complete", form="alt", body="""
Hello,

We removed the record you asked about from Nexa People Search. It is no longer shown in our results.

Our records are compiled from public sources such as court filings and property records. If a new
public record is published under the same name, a new listing may appear in the future. If it does,
you can submit another opt-out request at [nexapeople.example/optout](https://www.nexapeople.example/optout).

Nexa People Search""")

R("en-06.eml", "en", "confirmed", domains="quillonbg.example", frm="Quillon Privacy <privacy@quillonbg.example>",
  subject="Re: CCPA deletion request for your client", quoted=LETTER_AGENT, body="""
Hello,

We have suppressed your client's information: it will no longer be displayed, sold or shared. To
honor the request going forward we keep a minimal record (name and a hashed address) on our
suppression list, so that the same data is not added back from our sources. Everything else has
been deleted.

Quillon Background Services, Privacy""")

R("en-07.eml", "en", "refused", reason="opted out of sale only", domains="halvorsendata.example",
  frm="Halvorsen Data Privacy <dataprivacy@halvorsendata.example>", subject="Your privacy request", body="""
Dear Sir or Madam,

We have processed your client's request as an opt-out of the sale and sharing of personal
information. Halvorsen does not delete marketing records on request, because the records are needed
to honor the opt-out; the record has been flagged so that it is not sold or shared.

Halvorsen Marketing Data""")

R("en-08.eml", "en", "needs_info", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Please confirm your deletion request", body="""
Hello,

We received a request to delete the personal information of a Verimark consumer, submitted by
Centro Legal Raíces as authorized agent.

Before we proceed, please reply to this e-mail with the word YES to confirm that you want us to
delete this information. If we do not receive your reply within 10 days, the request will be closed.

Verimark Consumer Privacy""")

R("en-09.eml", "en", "confirmed", domains="saguarolists.example", frm="Saguaro Lists Legal <legal@saguarolists.example>",
  subject="Response to your request", form="pdf", attach_name="response-SL-3391.pdf", body="""
Please find attached our response to your request.

Saguaro Lists, Legal Department""", attach=[
  "Saguaro Lists LLC - Legal Department", "", "Re: Request to delete personal information, reference SL-3391", "",
  "Dear Centro Legal Raices,", "",
  "We have reviewed the request submitted on behalf of your client and the signed",
  "authorization enclosed with it. We have deleted the client's personal information",
  "from our marketing database and from the lists we license to others.", "",
  "Sincerely,", "Privacy Officer, Saguaro Lists LLC"])

R("en-10.eml", "en", "refused", reason="identity not verified", domains="brightlanerisk.example",
  frm="Brightlane Consumer Office <consumer@brightlanerisk.example>", subject="Your request", form="pdf",
  attach_name="Brightlane_Decision.pdf", body="""
A decision on your request is attached.""", attach=[
  "BRIGHTLANE RISK SOLUTIONS", "Consumer Privacy Office", "",
  "Request number: BRS-55120", "",
  "We were unable to verify the identity of the consumer named in your request with the",
  "information provided. For this reason we cannot act on the request to delete and it",
  "has been closed. You may submit a new request with the information listed on our",
  "privacy page.", "", "Brightlane Risk Solutions"])

R("en-11.eml", "en", "refused", reason="no record", domains="ardentrecords.example",
  frm="Ardent Records <noreply@ardentrecords.example>", subject="Privacy request outcome", form="file",
  attach_name="outcome.html", body="""
The outcome of your privacy request is in the attached file.

Ardent Records""", attach="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Outcome</title></head>
<body><h2>Privacy request AR-7781</h2>
<p>We searched our systems using the name, e-mail address and postal addresses in your request and
found no personal information about the consumer. As we hold no data, there is nothing to delete.</p>
</body></html>
""")

R("en-12.eml", "en", "confirmed", domains="peoplelumen.example", frm="PeopleLumen <notifications@peoplelumen.example>",
  subject="An update on your request", form="img", plain="""
View this message in your browser: https://www.peoplelumen.example/m/8f2a61
""", body="", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<table width="600" align="center"><tr><td>
<img src="cid:status.en-12@mail.example" width="600" height="180" alt="Your removal request is complete. The profile you reported has been removed from PeopleLumen.">
</td></tr><tr><td style="font-size:11px;color:#888">PeopleLumen, 400 Example Way, Suite 9, Reno NV.
<a href="https://www.peoplelumen.example/unsubscribe">Unsubscribe</a></td></tr></table>
</body></html>
""")

R("en-13.eml", "en", "needs_id", domains="findmypast-records.example", frm="Records Desk <desk@findmypast-records.example>",
  subject="Action needed on your request", form="img", plain="""
This message is best viewed in a browser that shows images.
""", body="", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p><img src="cid:status.en-13@mail.example" alt="Action needed: we cannot continue until you upload a photo of a government-issued ID at records.findmypast-records.example/id"></p>
<p style="font-size:11px">Records Desk &middot; <a href="https://findmypast-records.example/privacy">Privacy policy</a></p>
</body></html>
""")

R("en-14.eml", "en", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: Deletion request [OPT-2QW7ZR]", quoted=LETTER_AGENT, body="""
Hello,

You do not need to send a copy of your client's ID or any other document. The authorization you
sent is enough.

We have removed your client's profile and the two addresses linked to it.

Nexa People Search""")

R("en-15.eml", "en", "acknowledged", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Request received - no action needed", body="""
Hello,

We received the deletion request you submitted on behalf of your client. No further action is
needed from you or your client: you do NOT need to confirm this request or send identification.

We will complete the request within 45 days of receipt and write to you when it is done.

Verimark Consumer Privacy""")

R("en-16.eml", "en", "needs_id", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="RE: Deletion request - case CR-20533", body="""
Dear Centro Legal Raíces,

Thank you for the signed authorization. We have not deleted anything yet: we did not receive a copy
of your client's government-issued photo ID, which we need to confirm the client's identity.

Please reply with a copy of the ID (you may cover the ID number) and we will proceed.

Cobalt Records Privacy Office""")

R("en-17.eml", "en", "refused", reason="exempt (FCRA)", domains="brightlanerisk.example",
  frm="Brightlane Consumer Office <consumer@brightlanerisk.example>", subject="RE: RE: Deletion request BRS-55342",
  body="""
Dear Centro Legal Raíces,

We are writing to correct our earlier message. After further review, the information we hold about
your client is part of a consumer report governed by the Fair Credit Reporting Act, and it is exempt
from deletion under Cal. Civ. Code 1798.145(d). We are therefore unable to delete it.

We apologize for the confusion.

Brightlane Risk Solutions""", quoted="""
On Oct 2, 2026, Brightlane Consumer Office wrote:
Your request has been confirmed. We have deleted your client's personal information.
Brightlane Risk Solutions""")

R("en-18.eml", "en", "confirmed", domains="quillonbg.example", frm="Quillon Privacy <privacy@quillonbg.example>",
  subject="Re: Re: CCPA deletion request QB-1190", body="""
Thank you for sending the ID. We have now deleted your client's personal information from our
systems. This completes the request.

Quillon Background Services, Privacy""", quoted="""
On Sep 30, 2026, Quillon Privacy wrote:
We cannot process this request until you send a copy of your client's photo ID. We have not
removed any records.""")

R("en-19.eml", "en", "refused", reason="closed without action", domains="trellisdata.example trellisdata.zendesk.example",
  frm="Trellis Support <support@trellisdata.zendesk.example>",
  subject="[Trellis] Your request #40127 has been closed", body="""
##- Please type your reply above this line -##

Hello,

We haven't heard back from you regarding the additional information we asked for, so this request
has been closed due to inactivity. No changes were made to any records.

If you still need help, please submit a new request.

Trellis Support""")

R("en-20.eml", "en", "unsure", domains="trellisdata.example trellisdata.zendesk.example",
  frm="Trellis Support <support@trellisdata.zendesk.example>",
  subject="[Trellis] Request #40388: status changed to Solved", body="""
##- Please type your reply above this line -##

Your request (40388) has been solved. To reopen this request, reply to this e-mail.

How would you rate the support you received? [Good, I'm satisfied](https://trellisdata.zendesk.example/requests/40388/satisfaction/good) [Bad, I'm unsatisfied](https://trellisdata.zendesk.example/requests/40388/satisfaction/bad)

Centro Legal Raíces, Sep 28, 2026, 09:12:
We are the authorized agent of our client and request the deletion of all personal information
you hold about them. Reference: OPT-5TR8NB.""")

R("en-21.eml", "en", "verify_link", domains=TRELLIS, frm="FindKin Privacy <no-reply@findkin-privacy-team.example>",
  subject="Final step: confirm your removal within 24 hours", form="alt", body="""
Hello,

Your FindKin removal is almost done. To finish it, confirm the request within 24 hours, or your
profile will be published again.

[Confirm my removal](https://findkin-privacy-team.example/confirm?u=7731b2)

FindKin Privacy""")

R("en-22.eml", "en", "verify_link", link="https://lnk.example/r8Tq2", domains="nexapeople.example",
  frm="Nexa People Search <optout@nexapeople.example>", subject="Confirm your opt-out", body="""
Hello,

We received an opt-out request for a Nexa People Search listing. To confirm it, open this link:
[https://lnk.example/r8Tq2](https://lnk.example/r8Tq2)

If you did not make this request, you can ignore this message.

Nexa People Search""")

R("en-23.eml", "en", "verify_link", link="https://www.peoplelumen.example/optout/confirm?token=6d1e0f9a2b7c",
  domains="peoplelumen.example", frm="PeopleLumen <notifications@peoplelumen.example>",
  subject="Please verify your removal request", form="alt", body="""
Hi,

Thanks for your request. Before we remove the listing, we need you to verify it.

[Read our privacy policy](https://www.peoplelumen.example/privacy) | [Check the status of a request](https://www.peoplelumen.example/optout/status)

[Verify my removal request](https://www.peoplelumen.example/optout/confirm?token=6d1e0f9a2b7c)

Did not ask for this? [Cancel the request](https://www.peoplelumen.example/optout/cancel?token=6d1e0f9a2b7c).

[Unsubscribe from PeopleLumen e-mails](https://www.peoplelumen.example/unsubscribe) | [Help center](https://help.peoplelumen.example/)""")

R("en-24.eml", "en", "verify_link", link="https://privacy.verimark.example/requests/verify/c51a-77e0-4b2d",
  domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Verify the request you made for a client", body="""
Hello,

An authorized agent request was made for a Verimark consumer. To verify it, the agent must open the
link below within 7 days:

[https://privacy.verimark.example/requests/verify/c51a-77e0-4b2d](https://privacy.verimark.example/requests/verify/c51a-77e0-4b2d)

Once verified, we will respond within 45 days.

To withdraw the request instead, open [https://privacy.verimark.example/requests/withdraw/c51a-77e0-4b2d](https://privacy.verimark.example/requests/withdraw/c51a-77e0-4b2d).""")

R("en-25.eml", "en", "needs_info", domains="ardentrecords.example", frm="Ardent Records Privacy <privacy@ardentrecords.example>",
  subject="Re: Authorized agent request", quoted=LETTER_AGENT, body="""
Hello,

Thank you for your request. As the law allows, we have sent a verification message directly to the
consumer's e-mail address on file. We will not act on the request until the consumer confirms with
us directly that they gave you permission to submit it. Please ask your client to look for our
message and answer it.

Ardent Records Privacy""")

R("en-26.eml", "en", "needs_info", domains="halvorsendata.example",
  frm="Halvorsen Data Privacy <dataprivacy@halvorsendata.example>", subject="Re: Deletion request (agent)", body="""
Dear Centro Legal Raíces,

We can act on requests from an authorized agent only with the consumer's written permission signed
by the consumer. The document attached to your e-mail is not signed. Please send a signed copy and
we will continue.

Halvorsen Marketing Data""")

R("en-27.eml", "en", "refused", reason="agent not authorised", domains="saguarolists.example",
  frm="Saguaro Lists <privacy@saguarolists.example>", subject="Your request", body="""
Hello,

Saguaro Lists does not accept privacy requests from third parties. For the security of our
consumers, a request must be made by the consumer personally. We have closed this request without
taking action.

Saguaro Lists""")

R("en-28.eml", "en", "needs_id", domains="brightlanerisk.example", frm="Brightlane Consumer Office <consumer@brightlanerisk.example>",
  subject="Additional documents required - BRS-55987", body="""
Dear Centro Legal Raíces,

To process a request made by an authorized agent we need both of the following:

1. a copy of the consumer's government-issued photo ID, and
2. the agent's signed authorization (we received this one).

Please send the copy of the ID by replying to this e-mail.

Brightlane Risk Solutions""")

R("en-29.eml", "en", "acknowledged", domains="quillonbg.example quillonbg.freshdesk.example",
  frm="Quillon Support <support@quillonbg.freshdesk.example>", subject="Ticket Received - #21544", body="""
Dear Centro Legal Raíces,

We would like to acknowledge that we have received the request you submitted on behalf of your
client, and a ticket has been created (#21544). A member of our privacy team will review it and
respond within 45 days.

Quillon Support""")

R("en-30.eml", "en", "extended", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Update on your deletion request", body="""
Hello,

We need more time to complete the deletion request you submitted on behalf of your client, because
it involves several of our databases. As permitted by the California Consumer Privacy Act, we are
extending the time to respond by an additional 45 days. We will respond no later than December 27,
2026.

Verimark Consumer Privacy""")

R("en-31.eml", "en", "refused", reason="legal obligation", domains="cobaltrecords.example",
  frm="Cobalt Records Privacy <privacy@cobaltrecords.example>", subject="Decision on your Colorado privacy request", body="""
Dear Centro Legal Raíces,

We have reviewed the deletion request you submitted under the Colorado Privacy Act for your client.
We are denying the request, because we must keep this information to detect and prevent fraud.

You may appeal this decision within 45 days by replying to this e-mail with the word APPEAL in the
subject. If you are not satisfied with the result of the appeal, you may contact the Colorado
Attorney General.

Cobalt Records Privacy Office""")

R("en-32.eml", "en", "refused", reason="publicly available", domains="nexapeople.example",
  frm="Nexa People Search Legal <legal@nexapeople.example>", subject="Response to your Virginia consumer request", body="""
Hello,

Your client's request under the Virginia Consumer Data Protection Act concerns court records and
property records that are lawfully made available by government. Publicly available information is
not personal data under Va. Code 59.1-575, so we are not able to delete it.

To appeal this decision, reply within 60 days with "Appeal" in the subject. We will answer an appeal
within 60 days; if it is denied, you may contact the Virginia Attorney General.

Nexa People Search Legal""")

R("en-33.eml", "en", "refused", reason="legal obligation", domains="brightlanerisk.example",
  frm="Brightlane Consumer Office <consumer@brightlanerisk.example>", subject="Appeal decision - BRS-54001", body="""
Dear Centro Legal Raíces,

We have considered your appeal under the Texas Data Privacy and Security Act. We uphold our original
decision: the records are kept to comply with our legal obligations and will not be deleted.

If you have concerns about the result of the appeal, you may file a complaint with the Texas
Attorney General at the address on its website.

Brightlane Risk Solutions""")

R("en-34.eml", "en", "confirmed", domains="quillonbg.example", frm="Quillon Privacy <privacy@quillonbg.example>",
  subject="Appeal decision - QB-0977", body="""
Hello,

We have reviewed your appeal under the Texas Data Privacy and Security Act and we reverse our earlier
decision. Your client's personal data has now been deleted from our records, and we have told our
service providers to delete it as well.

Quillon Background Services, Privacy""")

R("en-35.eml", "en", "bounce", domains="ardentrecords.example", frm="Mail Delivery System <MAILER-DAEMON@mx1.raices-legal.example>",
  subject="Undelivered Mail Returned to Sender", form="bounce", bounce=dict(
      rcpt="privacy@ardentrecords.example", mta="mx1.raices-legal.example", remote="198.51.100.40",
      diag="550 5.1.1 <privacy@ardentrecords.example>: Recipient address rejected: User unknown"), body="""
This is the mail system at host mx1.raices-legal.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

<privacy@ardentrecords.example>: host mx.ardentrecords.example[198.51.100.40] said: 550 5.1.1
    Recipient address rejected: User unknown""")

R("en-36.eml", "en", "bounce", domains="saguarolists.example", frm="postmaster@outlook.raices-legal.example",
  subject="Undeliverable: Request to delete personal information (authorized agent)", form="bounce", bounce=dict(
      rcpt="privacy@saguarolists.example", mta="outlook.raices-legal.example", status="5.2.2",
      diag="552 5.2.2 Mailbox full; quota exceeded", letter="headers"), body="""
Your message to privacy@saguarolists.example couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try resending your message
later, or contact the recipient directly.""")

R("en-37.eml", "en", "auto_reply", domains="halvorsendata.example", frm="Dana Whitcombe <dwhitcombe@halvorsendata.example>",
  subject="Automatic reply: Request to delete personal information (authorized agent)",
  headers=["Auto-Submitted: auto-replied"], body="""
Thank you for your message. I am out of the office until October 19 with limited access to e-mail.

For privacy requests, please write to dataprivacy@halvorsendata.example. For urgent matters, call
our main office.

Dana Whitcombe""")

R("en-38.eml", "en", "auto_reply", domains="cobaltrecords.example", frm="Cobalt Records <noreply@cobaltrecords.example>",
  subject="This mailbox is not monitored", body="""
This mailbox is not monitored and replies to it are not read.

To make a privacy request, use the form at https://www.cobaltrecords.example/privacy-request or call
1-800-555-0142.""")

R("en-39.eml", "en", "other", domains="peoplelumen.example", frm="PeopleLumen <news@peoplelumen.example>",
  subject="New: unlimited reverse phone lookups", form="alt", body="""
Hi there,

Meet the new PeopleLumen Premium: unlimited reverse phone lookups, address history and background
reports, now 30% off for the first three months.

[Start your free trial](https://www.peoplelumen.example/premium?src=mail)

[Unsubscribe](https://www.peoplelumen.example/unsubscribe)""")

R("en-40.eml", "en", "refused", reason="not a resident", domains="saguarolists.example",
  frm="Saguaro Lists Legal <legal@saguarolists.example>", subject="Re: CCPA request", quoted=LETTER_AGENT, body="""
Hello,

Our records show that the consumer named in your request lives in Nevada. The California Consumer
Privacy Act applies only to California residents, so we are unable to honor a deletion request under
it, and we have not deleted the information.

Saguaro Lists, Legal Department""")

R("en-41.eml", "en", "confirmed", domains="ardentrecords.example", frm="Ardent Records Privacy <privacy@ardentrecords.example>",
  subject="Your deletion request is complete", body="""
Hello,

We deleted the personal information about your client that we held, including the name, addresses,
phone numbers and relatives' names. We also added the client to our suppression list, so that the
same information is not added again when we receive new public records.

Ardent Records Privacy""")

R("en-42.eml", "en", "needs_info", domains="findmypast-records.example", frm="Records Desk <desk@findmypast-records.example>",
  subject="Which record?", body="""
Hello,

We found three records that could match the name in your request, in Houston, Pasadena and
Baytown. Please tell us which one is your client's (the listing's URL is best), so that we do not
delete someone else's information.

Records Desk""")

R("en-43.eml", "en", "refused", reason="exempt (FCRA), partial", domains="trellisdata.example findkin.example",
  frm="Trellis Privacy Team <privacy@trellisdata.example>", subject="Re: Deletion request [OPT-6BX1PE]", body="""
Hello,

We have removed your client's listing from FindKin.

The information held by our background screening service, Trellis Screening, is used to prepare
consumer reports under the Fair Credit Reporting Act and is exempt from the CCPA's deletion right.
It will not be deleted.

Trellis Data Group Privacy Team""")

R("en-44.eml", "en", "acknowledged", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="We are working on your opt-out", body="""
Hello,

Thank you. Your opt-out request was verified and is now in our queue. Removals usually take up to
10 business days to appear on the site. You do not need to do anything else.

Nexa People Search""")

R("en-45.eml", "en", "confirmed", domains="quillonbg.example quillonbg.freshdesk.example",
  frm="Quillon Support <support@quillonbg.freshdesk.example>", subject="Ticket Closed - #21544", body="""
Dear Centro Legal Raíces,

Your ticket #21544 has been closed.

Agent's note: The records of your client were deleted on October 14, 2026, and no longer appear in
any Quillon product.

Quillon Support""")

R("en-46.eml", "en", "extended", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="Virginia request - extension", body="""
Dear Centro Legal Raíces,

Because of the number of requests we have received, we need an additional 45 days to respond to
your client's request under the Virginia Consumer Data Protection Act. We expect to respond by
January 4, 2027.

Cobalt Records Privacy Office""")

R("en-47.eml", "en", "refused", reason="not a data broker", domains="lifeledger-reports.example",
  frm="LifeLedger <help@lifeledger-reports.example>", subject="Re: Request to delete personal information", quoted=LETTER_AGENT, body="""
Hello,

LifeLedger is a reputation service for the people who create an account with us; we do not collect
or sell information about consumers who have no account. We hold no information about your client
to delete and are not a data broker.

LifeLedger Help""")

R("en-48.eml", "en", "unsure", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Your request is ready", body="""
Hello,

A response to your request is ready. For your client's security we do not send it by e-mail. Log in
to the [Verimark Privacy Center](https://privacy.verimark.example/login) to read it.

Verimark Consumer Privacy""")

R("en-49.eml", "en", "confirmed", domains="halvorsendata.example", frm="Halvorsen Data Privacy <dataprivacy@halvorsendata.example>",
  subject="Re: Deletion request (agent) - completed", body="""
Dear Centro Legal Raíces,

Thank you for sending the signed permission. We have deleted your client's record from our
marketing database. We did not need any further documents.

Halvorsen Marketing Data""", quoted="""
On Oct 6, 2026, Halvorsen Data Privacy wrote:
We can act on requests from an authorized agent only with the consumer's written permission signed
by the consumer. The document attached to your e-mail is not signed.""")

R("en-50.eml", "en", "refused", reason="no record", domains="findmypast-records.example",
  frm="Records Desk <desk@findmypast-records.example>", subject="Request completed", body="""
Hello,

We completed our search for the person named in your request. We did not find any records matching
that person, so no information was deleted.

Records Desk""")

R("en-51.eml", "en", "unsure", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="Re: Deletion request [OPT-8UV4CX]", body="""
Hello,

We removed the listing at the Glendale address from FindKin.

Your letter also names a listing on AddressLantern. That one is still under review by our data team
and has not been removed yet; we will write to you again when the review is finished.

Trellis Data Group Privacy Team""")

R("en-52.eml", "en", "confirmed", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Deletion completed", form="html", body="""
Hello,

We are writing to let you know that we have completed the deletion request you made for your
client. The personal information we held was deleted on October 21, 2026.

This message was sent to the authorized agent named on the request.

Verimark Consumer Privacy""")

R("en-53.eml", "en", "needs_info", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="We could not complete your request", body="""
Dear Centro Legal Raíces,

Something went wrong while processing the request: the form you submitted was missing the consumer's
state of residence, which we need to know which law applies. Please reply with the state, and we
will reopen the request. Nothing was deleted.

Cobalt Records Privacy Office""")

R("en-54.eml", "en", "verify_link", domains="nexapeople.example",
  frm="Nexa People Search <security@nexapeople-support.example>", subject="Your opt-out will expire today", form="html", body="""
Dear customer,

Our records show your opt-out request has not been confirmed and will expire today. Click the button
below to keep your information private.

[CONFIRM OPT-OUT NOW](http://192.0.2.77/nexa/confirm.php?id=3321)

Nexa People Search Security Team""")

R("en-55.eml", "en", "acknowledged", domains="ardentrecords.example", frm="Ardent Records Privacy <privacy@ardentrecords.example>",
  to="Rosa Itzel Quispe Mamani <rosa.quispe88@mail.example>", subject="We received your request", body="""
Hello,

We received your request to delete your personal information. We will respond within 45 days.

If a person or organization is helping you with this request, you do not need to do anything more:
we will write to both of you.

Ardent Records Privacy""")


# == Spanish: US brokers' Spanish templates, answers in the client's language to a letter in English,
# Mexico (ARCO) and Spain (RGPD / LOPDGDD) =========================================================

BUSCA = "buscagente.example"
MX = "datosnorte-mx.example"
ESP = "censia-iberica.example"

R("es-01.eml", "es", "confirmed", domains=TRELLIS, frm="Privacidad Trellis <privacidad@trellisdata.example>",
  subject="Re: Request to delete personal information (authorized agent) [OPT-7HC3KD]", quoted=LETTER_AGENT_ES,
  charset="iso-8859-1", body="""
Estimados señores:

Como su cliente prefiere el español, le respondemos en este idioma. Hemos eliminado la información
personal de su cliente de FindKin y de AddressLantern. Los perfiles ya no aparecen en las búsquedas.

Atentamente,
Equipo de Privacidad de Trellis Data Group""")

R("es-02.eml", "es", "refused", reason="publicly available, partial", domains=BUSCA,
  frm="BuscaGente Privacidad <privacidad@buscagente.example>", subject="Respuesta a su solicitud de eliminación",
  charset="windows-1252", body="""
Hola:

Eliminamos la dirección de la calle Olmo del perfil de su cliente. El número de teléfono, en cambio,
proviene de una guía telefónica publicada, es información de acceso público y seguirá en el perfil.

Si no está de acuerdo, puede responder a este mensaje.

BuscaGente""")

R("es-03.eml", "es", "needs_info", domains=BUSCA, frm="BuscaGente Privacidad <privacidad@buscagente.example>",
  subject="Confirme su solicitud", body="""
Hola:

Recibimos una solicitud para eliminar los datos de una persona de BuscaGente, enviada por Centro Legal
Raíces como agente autorizado.

Antes de continuar, responda a este correo con la palabra SÍ para confirmar que desea que eliminemos
esa información. Si no recibimos su respuesta en 10 días, cerraremos la solicitud.

BuscaGente""")

R("es-04.eml", "es", "verify_link", link="https://www.buscagente.example/baja/confirmar?t=91c0ee42d7", domains=BUSCA,
  frm="BuscaGente <no-responder@buscagente.example>", subject="Verifique su solicitud de baja", form="alt", body="""
Hola:

Para terminar la baja de su perfil, necesitamos que verifique la solicitud.

[Política de privacidad](https://www.buscagente.example/privacidad) · [Estado de mi solicitud](https://www.buscagente.example/baja/estado)

[Verificar mi solicitud](https://www.buscagente.example/baja/confirmar?t=91c0ee42d7)

¿No hizo esta solicitud? [Cancelarla](https://www.buscagente.example/baja/cancelar?t=91c0ee42d7).

[Darse de baja de estos correos](https://www.buscagente.example/correos/baja)""")

R("es-05.eml", "es", "verify_link", domains=BUSCA, frm="BuscaGente Soporte <soporte@buscagente-bajas.example>",
  subject="ÚLTIMO AVISO: confirme la eliminación de su perfil", form="html", body="""
Estimado usuario:

Su solicitud de eliminación no ha sido confirmada. Si no la confirma hoy, su perfil volverá a
publicarse con su dirección y teléfono.

[CONFIRMAR AHORA](https://buscagente-bajas.example/confirmar.php?id=5521)

Equipo de BuscaGente""")

R("es-06.eml", "es", "needs_id", domains=MX, frm="Datos Norte Protección de Datos <arco@datosnorte-mx.example>",
  subject="Solicitud de derechos ARCO - folio DN-2026-0871", charset="iso-8859-1", cte="8bit", body="""
Estimado(a) representante:

Recibimos la solicitud de cancelación que presentó en nombre de su representado. Para darle trámite,
conforme al artículo 29 de la Ley Federal de Protección de Datos Personales en Posesión de los
Particulares, debe acompañar copia de una identificación oficial del titular y el documento que
acredite su representación (carta poder firmada ante dos testigos).

Cuenta con 10 días hábiles para enviar estos documentos; de lo contrario, la solicitud se tendrá por
no presentada.

Departamento de Datos Personales
Datos Norte, S.A. de C.V.""")

R("es-07.eml", "es", "acknowledged", domains=MX, frm="Datos Norte Protección de Datos <arco@datosnorte-mx.example>",
  subject="Acuse de recibo - folio DN-2026-0904", body="""
Estimado(a) representante:

Acusamos recibo de su solicitud de derechos ARCO (cancelación de datos personales), con folio
DN-2026-0904, y de los documentos que la acompañan. Le comunicaremos nuestra determinación en un plazo máximo de 20 días
hábiles contados desde la fecha de recepción.

Departamento de Datos Personales
Datos Norte, S.A. de C.V.""")

R("es-08.eml", "es", "confirmed", domains=MX, frm="Datos Norte Protección de Datos <arco@datosnorte-mx.example>",
  subject="Determinación - folio DN-2026-0904", form="pdf", attach_name="determinacion-DN-2026-0904.pdf", body="""
Se adjunta la determinación sobre su solicitud.""", attach=[
  "DATOS NORTE, S.A. DE C.V.", "Departamento de Datos Personales", "",
  "Folio: DN-2026-0904", "",
  "Resolvemos que la solicitud de cancelación es procedente. Los datos personales del",
  "titular fueron suprimidos de nuestras bases de datos y de los directorios que",
  "publicamos, y dejamos de tratarlos.", "",
  "Atentamente,", "Responsable de Datos Personales"])

R("es-09.eml", "es", "extended", domains=MX, frm="Datos Norte Protección de Datos <arco@datosnorte-mx.example>",
  subject="Ampliación de plazo - folio DN-2026-0932", body="""
Estimado(a) representante:

Le informamos que, por así justificarlo las circunstancias del caso, el plazo para responder a su
solicitud de cancelación se amplía por 20 días hábiles más, como lo permite el artículo 32 de la
Ley Federal de Protección de Datos Personales en Posesión de los Particulares.

Departamento de Datos Personales
Datos Norte, S.A. de C.V.""")

R("es-10.eml", "es", "refused", reason="no record", domains=ESP, frm="Delegado de Protección de Datos <dpd@censia-iberica.example>",
  subject="Contestación a su solicitud de supresión", charset="iso-8859-1", cte="quoted-printable", body="""
Muy señores nuestros:

En relación con la solicitud de supresión formulada en nombre de su representado al amparo del
artículo 17 del RGPD, le comunicamos que, tras consultar nuestros sistemas, no constan datos
personales suyos en nuestros ficheros. Por tanto, no hay datos que suprimir.

Le recordamos su derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.

Delegado de Protección de Datos
Censia Ibérica, S.L.""")

R("es-11.eml", "es", "extended", domains=ESP, frm="Delegado de Protección de Datos <dpd@censia-iberica.example>",
  subject="Su solicitud de supresión: prórroga", body="""
Muy señores nuestros:

Dada la complejidad de la solicitud y el número de solicitudes recibidas, le informamos de que, de
acuerdo con el artículo 12.3 del RGPD, el plazo de un mes para responder se prorroga por otros dos
meses. Recibirá nuestra respuesta antes del 28 de enero de 2027.

Delegado de Protección de Datos
Censia Ibérica, S.L.""")

R("es-12.eml", "es", "auto_reply", domains=BUSCA, frm="Lucía Ferrer <lferrer@buscagente.example>",
  subject="Respuesta automática: Request to delete personal information (authorized agent)",
  headers=["Auto-Submitted: auto-replied"], charset="windows-1252", body="""
Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de noviembre, sin acceso al correo.

Para asuntos de privacidad, escriba a privacidad@buscagente.example.

Lucía Ferrer""")

R("es-13.eml", "es", "bounce", domains="directoriolatino.example", frm="Sistema de correo <MAILER-DAEMON@mx1.raices-legal.example>",
  subject="Mensaje no entregado: Solicitud de eliminación de datos personales", form="bounce", bounce=dict(
      rcpt="privacidad@directoriolatino.example", mta="mx1.raices-legal.example", remote="203.0.113.58",
      diag="550 5.1.1 <privacidad@directoriolatino.example>: el buzón no existe",
      subject="Solicitud de eliminacion de datos personales (agente autorizado)"), body="""
Este es el sistema de correo del servidor mx1.raices-legal.example.

Lamentamos informarle que su mensaje no pudo entregarse a uno o más destinatarios. Se adjunta abajo.

<privacidad@directoriolatino.example>: el servidor 203.0.113.58 respondió: 550 5.1.1 el buzón no existe""")

R("es-14.eml", "es", "confirmed", domains=BUSCA, frm="BuscaGente <avisos@buscagente.example>",
  subject="Novedades sobre su solicitud", form="img", plain="""
Vea este mensaje en su navegador: https://www.buscagente.example/m/4c7d
""", body="", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<table width="600" align="center"><tr><td>
<img src="cid:status.es-14@mail.example" width="600" height="160" alt="Su solicitud de baja está completa: el perfil que nos indicó fue eliminado de BuscaGente.">
</td></tr><tr><td style="font-size:11px;color:#888"><a href="https://www.buscagente.example/correos/baja">Darse de baja</a></td></tr></table>
</body></html>
""")

R("es-15.eml", "es", "refused", reason="identity not verified", domains=BUSCA, frm="BuscaGente Legal <legal@buscagente.example>",
  subject="Resolución de su solicitud", form="pdf", attach_name="resolucion.pdf", body="""
Adjuntamos la resolución sobre su solicitud.

BuscaGente, Departamento Legal""", attach=[
  "BUSCAGENTE - DEPARTAMENTO LEGAL", "", "Solicitud: BG-44721", "",
  "No pudimos verificar la identidad de la persona indicada en su solicitud con los",
  "datos proporcionados. Por ello no podemos eliminar la información y la solicitud ha",
  "sido cerrada. Puede presentar una nueva solicitud con los datos que pide nuestra",
  "página de privacidad."])

R("es-16.eml", "es", "refused", reason="exempt (FCRA)", domains="brightlanerisk.example",
  frm="Brightlane Oficina del Consumidor <consumidor@brightlanerisk.example>", subject="RE: RE: Solicitud de eliminación BRS-56013",
  body="""
Estimados señores:

Corregimos nuestro mensaje anterior. Tras una nueva revisión, la información de su cliente forma parte
de un informe del consumidor regido por la Ley de Informe Justo de Crédito (FCRA) y está exenta del
derecho de eliminación. Por ello no podemos eliminarla.

Disculpe la confusión.

Brightlane Risk Solutions""", quoted="""
El 2 oct 2026, Brightlane Oficina del Consumidor escribió:
Su solicitud ha sido confirmada. Eliminamos la información personal de su cliente.""")

R("es-17.eml", "es", "refused", reason="closed without action", domains=BUSCA + " buscagente.zendesk.example",
  frm="Soporte BuscaGente <soporte@buscagente.zendesk.example>", subject="[BuscaGente] Su solicitud n.º 7713 ha sido cerrada", body="""
##- Escriba su respuesta por encima de esta línea -##

Hola:

Como no recibimos la información adicional que le pedimos, hemos cerrado esta solicitud por
inactividad. No se hizo ningún cambio en los registros.

Si todavía necesita ayuda, envíe una nueva solicitud.

Soporte BuscaGente""")

R("es-18.eml", "es", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: Request to delete personal information [OPT-3MK9TA]", quoted=LETTER_AGENT_ES, body="""
Hola:

No necesita enviar una copia de la identificación de su cliente ni ningún otro documento: la
autorización que nos envió es suficiente.

Hemos eliminado el perfil de su cliente y las dos direcciones vinculadas a él.

Nexa People Search""")

R("es-19.eml", "es", "needs_info", domains=BUSCA, frm="BuscaGente Privacidad <privacidad@buscagente.example>",
  subject="Re: Solicitud como agente autorizado", body="""
Hola:

Todavía no hemos eliminado ningún dato. Para atender una solicitud presentada por un agente
autorizado necesitamos el permiso por escrito firmado por la persona. El documento que nos envió no
está firmado. Envíenos una copia firmada y continuaremos.

BuscaGente""")

R("es-20.eml", "es", "refused", reason="agent not authorised", domains="directoriolatino.example",
  frm="Directorio Latino <privacidad@directoriolatino.example>", subject="Su solicitud", body="""
Hola:

Directorio Latino no acepta solicitudes de privacidad de terceros. Por la seguridad de nuestros
usuarios, la solicitud debe hacerla la propia persona. Hemos cerrado la solicitud sin realizar
ningún cambio.

Directorio Latino""")

R("es-21.eml", "es", "acknowledged", domains="quillonbg.example quillonbg.freshdesk.example",
  frm="Soporte Quillon <support@quillonbg.freshdesk.example>", subject="Ticket recibido - n.º 21980", body="""
Estimados señores:

Confirmamos que recibimos la solicitud que presentaron en nombre de su cliente y que se creó el
ticket n.º 21980. Nuestro equipo de privacidad la revisará y responderá en un plazo de 45 días.

Soporte Quillon""")

R("es-22.eml", "es", "confirmed", domains="quillonbg.example", frm="Privacidad Quillon <privacy@quillonbg.example>",
  subject="Re: Solicitud de eliminación para su cliente", cte="base64", body="""
Hola:

Hemos suprimido la información de su cliente: ya no se mostrará, venderá ni compartirá. Para respetar
la solicitud en el futuro conservamos un registro mínimo (el nombre y una dirección cifrada) en
nuestra lista de supresión, para que los mismos datos no vuelvan a añadirse desde nuestras fuentes.
Todo lo demás fue eliminado.

Quillon Background Services""")

R("es-23.eml", "es", "confirmed", domains=BUSCA, frm="BuscaGente <no-responder@buscagente.example>",
  subject="Baja completada", form="alt", body="""
Hola:

Eliminamos el registro que nos indicó. Ya no aparece en los resultados de BuscaGente.

Nuestros datos provienen de fuentes públicas, como expedientes judiciales y registros de propiedad.
Si se publica un nuevo registro público con el mismo nombre, es posible que vuelva a aparecer un
perfil en el futuro. En ese caso, puede pedir otra baja en [buscagente.example/baja](https://www.buscagente.example/baja).

BuscaGente""")

R("es-24.eml", "es", "unsure", domains=BUSCA, frm="BuscaGente Privacidad <privacidad@buscagente.example>",
  subject="Re: Solicitud de eliminación de datos personales", body="""
Hola:

Eliminamos el perfil de su cliente de BuscaGente.

Tenga en cuenta que Directorio Latino y VecinoFinder son operados por nuestra empresa asociada
BG Directorios LLC, que atiende sus propias solicitudes. Para eliminar los datos de esos sitios,
envíe una solicitud aparte en [el formulario de BG Directorios](https://directorios.buscagente.example/privacidad).

BuscaGente""")

R("es-25.eml", "es", "refused", reason="legal obligation", domains="cobaltrecords.example",
  frm="Privacidad Cobalt Records <privacy@cobaltrecords.example>", subject="Decisión sobre su solicitud de Colorado", body="""
Estimados señores:

Revisamos la solicitud de eliminación presentada para su cliente según la Ley de Privacidad de
Colorado. La rechazamos, porque debemos conservar esta información para detectar y prevenir fraudes.

Puede apelar esta decisión en un plazo de 45 días respondiendo a este correo con la palabra APELACIÓN
en el asunto. Si no está conforme con el resultado, puede acudir al Fiscal General de Colorado.

Cobalt Records""")

R("es-26.eml", "es", "verify_link", link="https://lnk.example/bG7x", domains=BUSCA,
  frm="BuscaGente <no-responder@buscagente.example>", subject="Confirme su baja", body="""
Hola:

Recibimos una solicitud de baja de un perfil de BuscaGente. Para confirmarla, abra este enlace:
[https://lnk.example/bG7x](https://lnk.example/bG7x)

Si usted no hizo esta solicitud, ignore este mensaje.

BuscaGente""")

R("es-27.eml", "es", "extended", domains="verimark.example", frm="Privacidad Verimark <privacy@verimark.example>",
  subject="Actualización de su solicitud de eliminación", charset="windows-1252", body="""
Hola:

Necesitamos más tiempo para completar la solicitud de eliminación que presentó en nombre de su
cliente, porque afecta a varias de nuestras bases de datos. Como lo permite la Ley de Privacidad del
Consumidor de California (CCPA), ampliamos el plazo de respuesta 45 días más. Le responderemos a más
tardar el 27 de diciembre de 2026.

Verimark""")

R("es-28.eml", "es", "needs_id", domains="cobaltrecords.example", frm="Privacidad Cobalt Records <privacy@cobaltrecords.example>",
  subject="RE: Solicitud de eliminación - caso CR-20871", body="""
Estimados señores:

Gracias por la autorización firmada. Todavía no hemos eliminado nada: no recibimos la copia de una
identificación oficial con fotografía de su cliente, que necesitamos para confirmar su identidad.

Responda con una copia de la identificación (puede tapar el número) y continuaremos.

Cobalt Records""")

R("es-29.eml", "es", "auto_reply", domains="directoriolatino.example", frm="Directorio Latino <no-responder@directoriolatino.example>",
  subject="Este buzón no se revisa", body="""
Este buzón no se revisa y nadie lee las respuestas que llegan a él.

Para hacer una solicitud de privacidad, use el formulario de https://www.directoriolatino.example/privacidad
o llame al 1-800-555-0177.""")

R("es-30.eml", "es", "acknowledged", domains=ESP, frm="Delegado de Protección de Datos <dpd@censia-iberica.example>",
  subject="Acuse de recibo de su solicitud de supresión", body="""
Muy señores nuestros:

Acusamos recibo de la solicitud de supresión formulada en nombre de su representado y de la
acreditación de la representación. Le responderemos en el plazo de un mes desde su recepción, como
establece el artículo 12.3 del RGPD.

Delegado de Protección de Datos
Censia Ibérica, S.L.""")

R("es-31.eml", "es", "confirmed", domains=ESP, frm="Delegado de Protección de Datos <dpd@censia-iberica.example>",
  subject="Contestación a su solicitud de supresión", charset="iso-8859-1", body="""
Muy señores nuestros:

Le comunicamos que hemos atendido su solicitud: los datos personales de su representado han sido
suprimidos de nuestros ficheros. Conforme al artículo 32 de la LOPDGDD, quedan bloqueados únicamente
a disposición de los jueces y tribunales durante el plazo de prescripción de las responsabilidades
legales, tras el cual se destruirán.

Delegado de Protección de Datos
Censia Ibérica, S.L.""")

R("es-32.eml", "es", "needs_info", domains=BUSCA, frm="BuscaGente Privacidad <privacidad@buscagente.example>",
  subject="¿Cuál de estos perfiles?", body="""
Hola:

Encontramos tres perfiles que podrían coincidir con el nombre de su solicitud: en Houston, Pasadena y
Baytown. Díganos cuál es el de su cliente (lo mejor es el enlace del perfil), para no eliminar los
datos de otra persona.

BuscaGente""")


# == Portuguese (Brazil, LGPD; and US brokers' Portuguese templates) ================================

BR = "acheipessoas-br.example"

R("pt-01.eml", "pt", "acknowledged", domains=BR, frm="Encarregado de Dados <dpo@acheipessoas-br.example>",
  subject="Recebemos sua solicitação - protocolo AP-2026-3310", charset="iso-8859-1", body="""
Prezados,

Recebemos a solicitação de eliminação dos dados pessoais do titular que os senhores representam,
com o protocolo AP-2026-3310. Conforme o art. 19, inciso II, da Lei Geral de Proteção de Dados
(LGPD), enviaremos a resposta completa em até 15 dias a contar desta data.

Atenciosamente,
Encarregado de Proteção de Dados - Achei Pessoas""")

R("pt-02.eml", "pt", "confirmed", domains=BR, frm="Encarregado de Dados <dpo@acheipessoas-br.example>",
  subject="Resposta à solicitação AP-2026-3310", body="""
Prezados,

Informamos que os dados pessoais do titular foram eliminados da nossa base e deixaram de aparecer
nas buscas do site. Mantivemos apenas o registro desta solicitação, como exige a lei.

Atenciosamente,
Encarregado de Proteção de Dados - Achei Pessoas""")

R("pt-03.eml", "pt", "needs_id", domains=BR, frm="Encarregado de Dados <dpo@acheipessoas-br.example>",
  subject="Documentos necessários - protocolo AP-2026-3398", body="""
Prezados,

Para atender a um pedido feito por procurador, precisamos de uma cópia de um documento de identidade
com foto do titular (RG ou CNH) e da procuração assinada. Ainda não eliminamos nenhum dado.

Responda a este e-mail com os documentos.

Encarregado de Proteção de Dados - Achei Pessoas""")

R("pt-04.eml", "pt", "refused", reason="publicly available", domains=BR, frm="Jurídico Achei Pessoas <juridico@acheipessoas-br.example>",
  subject="Resposta à solicitação AP-2026-3420", charset="iso-8859-1", cte="8bit", body="""
Prezados,

Os dados indicados na solicitação (nome e endereço) foram obtidos de publicações oficiais de acesso
público, tratados nos termos do art. 7º, § 3º, da LGPD. Por isso, não serão eliminados.

O titular pode apresentar petição à Autoridade Nacional de Proteção de Dados (ANPD).

Jurídico - Achei Pessoas""")

R("pt-05.eml", "pt", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: Request to delete personal information [OPT-1ZP6QS]", quoted=LETTER_AGENT, body="""
Olá,

Como seu cliente prefere português, respondemos neste idioma. Removemos o perfil do seu cliente do
Nexa People Search e os dois endereços ligados a ele. Não é preciso enviar nenhum documento.

Nexa People Search""")

R("pt-06.eml", "pt", "auto_reply", domains=BR, frm="Mariana Tavares <mtavares@acheipessoas-br.example>",
  subject="Resposta automática: Solicitação de eliminação de dados", headers=["Auto-Submitted: auto-replied"], body="""
Olá! Estou de férias até 3 de novembro, sem acesso ao e-mail.

Para assuntos de privacidade, escreva para dpo@acheipessoas-br.example.

Mariana Tavares""")


# == Haitian Creole (US brokers' translated templates) ==============================================

R("ht-01.eml", "ht", "confirmed", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="Re: Request to delete personal information [OPT-2WE5RT]", quoted=LETTER_AGENT, body="""
Bonjou,

Paske kliyan ou a pale kreyòl, nou reponn ou nan lang sa a. Nou efase enfòmasyon pèsonèl kliyan ou
a sou FindKin ak sou AddressLantern. Pwofil yo pa parèt nan rechèch yo ankò.

Ekip Konfidansyalite Trellis Data Group""")

R("ht-02.eml", "ht", "needs_id", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="Nou bezwen yon dokiman - dosye CR-21102", body="""
Bonjou,

Mèsi pou otorizasyon siyen an. Nou poko efase anyen: nou pa resevwa kopi yon pyès idantite ak foto
kliyan ou a. Nou bezwen l pou nou konfime idantite li.

Tanpri reponn imèl sa a ak yon kopi pyès idantite a.

Cobalt Records""")

R("ht-03.eml", "ht", "acknowledged", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Nou resevwa demann ou an", body="""
Bonjou,

Nou resevwa demann efasman ou voye pou kliyan ou a. Ou pa bezwen fè anyen ankò: ou pa bezwen konfime
demann lan ni voye pyès idantite.

N ap fini demann lan nan 45 jou epi n ap ekri w lè li fini.

Verimark""")

R("ht-04.eml", "ht", "refused", reason="publicly available", domains="nexapeople.example",
  frm="Nexa People Search Legal <legal@nexapeople.example>", subject="Repons pou demann ou an", body="""
Bonjou,

Enfòmasyon kliyan ou a soti nan dosye tribinal ak dosye pwopriyete gouvènman an pibliye. Se
enfòmasyon piblik, donk nou pa ka efase yo.

Si ou pa dakò, ou ka fè apèl nan 60 jou lè ou reponn imèl sa a.

Nexa People Search""")


# == French (GDPR, and a US template) ===============================================================

FR = "annuaire-lumiere.example"

R("fr-01.eml", "fr", "acknowledged", domains=FR, frm="Délégué à la protection des données <dpo@annuaire-lumiere.example>",
  subject="Accusé de réception de votre demande d'effacement", charset="iso-8859-1", body="""
Madame, Monsieur,

Nous accusons réception de la demande d'effacement présentée au nom de votre client(e), ainsi que du
mandat signé. Conformément à l'article 12.3 du RGPD, nous vous répondrons dans un délai d'un mois à
compter de sa réception.

Le Délégué à la protection des données
Annuaire Lumière SAS""")

R("fr-02.eml", "fr", "extended", domains=FR, frm="Délégué à la protection des données <dpo@annuaire-lumiere.example>",
  subject="Votre demande d'effacement : prolongation du délai", body="""
Madame, Monsieur,

Compte tenu de la complexité de la demande, nous vous informons que le délai de réponse d'un mois
est prolongé de deux mois, comme le permet l'article 12.3 du RGPD. Vous recevrez notre réponse au plus
tard le 28 janvier 2027.

Le Délégué à la protection des données
Annuaire Lumière SAS""")

R("fr-03.eml", "fr", "confirmed", domains=FR, frm="Délégué à la protection des données <dpo@annuaire-lumiere.example>",
  subject="Réponse à votre demande d'effacement", form="pdf", attach_name="reponse-AL-1187.pdf", body="""
Veuillez trouver ci-joint notre réponse.""", attach=[
  "ANNUAIRE LUMIERE SAS - Délégué à la protection des données", "",
  "Objet : demande d'effacement, référence AL-1187", "",
  "Madame, Monsieur,", "",
  "Nous avons fait droit à la demande : les données personnelles de votre client(e)",
  "ont été effacées de notre annuaire et de nos fichiers.", "",
  "Le Délégué à la protection des données"])

R("fr-04.eml", "fr", "auto_reply", domains=FR, frm="Claire Vasseur <cvasseur@annuaire-lumiere.example>",
  subject="Réponse automatique : absence du bureau", headers=["Auto-Submitted: auto-replied"], charset="iso-8859-1", body="""
Bonjour,

Je suis absente du bureau jusqu'au 9 novembre inclus. Pendant mon absence, vos messages ne seront pas
transférés. Pour toute demande liée aux données personnelles, écrivez à dpo@annuaire-lumiere.example.

Claire Vasseur""")


# == Vietnamese ======================================================================================

R("vi-01.eml", "vi", "confirmed", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="Re: Request to delete personal information [OPT-6YH2GF]", quoted=LETTER_AGENT, body="""
Xin chào,

Vì thân chủ của quý vị dùng tiếng Việt, chúng tôi trả lời bằng tiếng Việt. Chúng tôi đã xóa thông tin
cá nhân của thân chủ quý vị khỏi FindKin và AddressLantern. Hồ sơ không còn xuất hiện trong kết quả tìm kiếm.

Nhóm Quyền riêng tư Trellis Data Group""")

R("vi-02.eml", "vi", "needs_id", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="Cần giấy tờ tùy thân - hồ sơ CR-21230", body="""
Xin chào,

Cảm ơn quý vị đã gửi giấy ủy quyền có chữ ký. Chúng tôi chưa xóa gì cả: chúng tôi chưa nhận được bản sao
giấy tờ tùy thân có ảnh do chính phủ cấp của thân chủ quý vị.

Vui lòng trả lời email này kèm bản sao giấy tờ đó.

Cobalt Records""")

R("vi-03.eml", "vi", "verify_link", link="https://www.peoplelumen.example/optout/confirm?token=0b9e3c55aa21&lang=vi",
  domains="peoplelumen.example", frm="PeopleLumen <notifications@peoplelumen.example>",
  subject="Vui lòng xác nhận yêu cầu xóa hồ sơ", form="alt", body="""
Xin chào,

Trước khi xóa hồ sơ, chúng tôi cần quý vị xác nhận yêu cầu.

[Chính sách quyền riêng tư](https://www.peoplelumen.example/privacy?lang=vi) | [Xem tình trạng yêu cầu](https://www.peoplelumen.example/optout/status?lang=vi)

[Xác nhận yêu cầu xóa](https://www.peoplelumen.example/optout/confirm?token=0b9e3c55aa21&lang=vi)

Không phải quý vị yêu cầu? [Hủy yêu cầu](https://www.peoplelumen.example/optout/cancel?token=0b9e3c55aa21&lang=vi)""")

R("vi-04.eml", "vi", "refused", reason="publicly available, partial", domains="cobaltrecords.example",
  frm="Cobalt Records Privacy <privacy@cobaltrecords.example>", subject="Kết quả yêu cầu xóa - hồ sơ CR-21288", body="""
Xin chào,

Chúng tôi đã xóa địa chỉ nhà ở đường Alder Court khỏi hồ sơ. Tuy nhiên, số điện thoại lấy từ danh bạ
điện thoại đã công bố, là thông tin công khai, nên sẽ vẫn được giữ lại trên hồ sơ.

Cobalt Records""")


# == Chinese: simplified (gb2312, utf-8) and traditional (big5) =====================================

R("zh-01.eml", "zh", "confirmed", domains=TRELLIS, frm="Trellis 隐私团队 <privacy@trellisdata.example>",
  subject="回复：删除个人信息请求", charset="gb2312", cte="base64", quoted=LETTER_AGENT, body="""
您好：

由于您的客户使用中文，我们用中文回复。我们已从 FindKin 和 AddressLantern 删除了您客户的个人信息，
相关资料已不再出现在搜索结果中。

Trellis Data Group 隐私团队""")

R("zh-02.eml", "zh", "needs_info", domains="verimark.example", frm="Verimark 隐私 <privacy@verimark.example>",
  subject="请确认您的删除请求", body="""
您好：

我们收到了由 Centro Legal Raíces 作为授权代理人提交的删除请求。

在我们处理之前，请回复本邮件并写上"是"（YES），确认您希望我们删除这些信息。如果 10 天内未收到您的回复，
该请求将被关闭。

Verimark 消费者隐私部""")

R("zh-03.eml", "zh", "unsure", domains=TRELLIS, frm="Trellis 隐私团队 <privacy@trellisdata.example>",
  subject="回复：删除请求 [OPT-3JR8VD]", charset="gb2312", body="""
您好：

我们已从 FindKin 删除了您客户的资料。

请注意：AddressLantern 由我们的关联公司 Trellis Directory Services LLC 运营，该公司单独处理隐私请求。
如需从该网站删除信息，请另外提交请求。

Trellis Data Group 隐私团队""")

R("zh-04.eml", "zh", "acknowledged", domains="quillonbg.example quillonbg.freshdesk.example",
  frm="Quillon 客服 <support@quillonbg.freshdesk.example>", subject="已收到您的請求 - #22107", charset="big5", body="""
您好：

我們已收到您代表客戶提交的刪除請求，並已建立工單 #22107。隱私團隊將會審查，並於 45 天內回覆。

Quillon 客服""")

R("zh-05.eml", "zh", "refused", reason="exempt (FCRA)", domains="brightlanerisk.example",
  frm="Brightlane 消費者辦公室 <consumer@brightlanerisk.example>", subject="關於您的刪除請求 BRS-56120", charset="big5",
  cte="base64", body="""
您好：

經審查，我們持有的您客戶資料屬於受《公平信用報告法》（FCRA）規範的消費者報告，依法不適用刪除權，
因此我們無法刪除。

Brightlane Risk Solutions""")


# == Korean (euc-kr and utf-8) ======================================================================

R("ko-01.eml", "ko", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: 개인정보 삭제 요청", charset="euc-kr", body="""
안녕하세요.

고객님께서 한국어를 사용하시므로 한국어로 답변드립니다. 고객님의 프로필과 연결된 주소 두 개를 Nexa People
Search에서 삭제했습니다. 신분증 사본은 보내실 필요가 없습니다.

Nexa People Search""")

R("ko-02.eml", "ko", "needs_id", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="추가 서류 필요 - CR-21344", charset="euc-kr", cte="base64", body="""
안녕하세요.

서명된 위임장을 보내 주셔서 감사합니다. 아직 아무것도 삭제하지 않았습니다. 본인 확인을 위해 고객님의 사진이
있는 정부 발행 신분증 사본이 필요합니다.

이 이메일에 신분증 사본을 첨부해 회신해 주십시오.

Cobalt Records""")

R("ko-03.eml", "ko", "auto_reply", domains="halvorsendata.example", frm="김민지 <mkim@halvorsendata.example>",
  subject="자동 회신: 부재 중", headers=["Auto-Submitted: auto-replied"], body="""
안녕하세요. 11월 6일까지 휴가 중이라 이메일을 확인할 수 없습니다.

개인정보 관련 요청은 dataprivacy@halvorsendata.example 으로 보내 주십시오.

김민지""")


# == Tagalog ========================================================================================

R("tl-01.eml", "tl", "confirmed", domains=BUSCA, frm="BuscaGente <no-responder@buscagente.example>",
  subject="Tapos na ang pag-alis ng profile", body="""
Kumusta,

Inalis na namin ang profile ng inyong kliyente sa BuscaGente. Hindi na ito lumalabas sa mga resulta
ng paghahanap.

Galing sa mga pampublikong rekord ang aming datos. Kung may bagong pampublikong rekord sa parehong
pangalan, maaaring may lumabas ulit na profile sa hinaharap.

BuscaGente""")

R("tl-02.eml", "tl", "acknowledged", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Natanggap namin ang inyong kahilingan", body="""
Kumusta,

Natanggap namin ang kahilingang burahin ang datos na ipinadala ninyo para sa inyong kliyente. Hindi
na ninyo kailangang magpadala ng ID o kumpirmahin ang kahilingan.

Tatapusin namin ito sa loob ng 45 araw at susulatan namin kayo kapag tapos na.

Verimark""")

R("tl-03.eml", "tl", "needs_info", domains="halvorsendata.example", frm="Halvorsen Data Privacy <dataprivacy@halvorsendata.example>",
  subject="Kailangan ang pirmadong pahintulot", body="""
Kumusta,

Wala pa kaming binubura. Para sa kahilingan mula sa isang awtorisadong ahente, kailangan namin ang
nakasulat na pahintulot na pinirmahan ng mismong tao. Walang pirma ang dokumentong ipinadala ninyo.
Ipadala ang kopyang may pirma at magpapatuloy kami.

Halvorsen Marketing Data""")


# == Arabic (windows-1256, utf-8) ===================================================================

R("ar-01.eml", "ar", "refused", reason="agent not authorised", domains="saguarolists.example",
  frm="Saguaro Lists <privacy@saguarolists.example>", subject="بخصوص طلبكم", charset="windows-1256", rtl=True, form="alt", body="""
مرحباً،

لا تقبل شركة Saguaro Lists طلبات الخصوصية المقدمة من أطراف ثالثة. حفاظاً على أمن المستهلكين، يجب أن
يقدم الطلب صاحب البيانات بنفسه. لقد أغلقنا هذا الطلب دون اتخاذ أي إجراء.

Saguaro Lists""")

R("ar-02.eml", "ar", "confirmed", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="رد: طلب حذف البيانات الشخصية", charset="windows-1256", cte="quoted-printable", quoted=LETTER_AGENT_ASCII, body="""
مرحباً،

لأن موكلكم يقرأ العربية، نرد عليكم بها. لقد حذفنا المعلومات الشخصية لموكلكم من موقعي FindKin و
AddressLantern، ولم تعد الملفات تظهر في نتائج البحث.

فريق الخصوصية في Trellis Data Group""")

R("ar-03.eml", "ar", "auto_reply", domains="halvorsendata.example", frm="Halvorsen Data <noreply@halvorsendata.example>",
  subject="رد تلقائي: هذا البريد غير مراقب", headers=["Auto-Submitted: auto-generated"], body="""
هذا صندوق بريد غير مراقب ولا تتم قراءة الردود عليه.

لتقديم طلب خصوصية، يرجى استخدام النموذج على https://www.halvorsendata.example/privacy""")


# == Russian (koi8-r, utf-8) and Ukrainian ==========================================================

R("ru-01.eml", "ru", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: Запрос на удаление персональных данных", charset="koi8-r", body="""
Здравствуйте!

Поскольку ваш клиент читает по-русски, отвечаем на русском. Мы удалили профиль вашего клиента и два
связанных с ним адреса из Nexa People Search. Присылать копию документа не нужно.

Nexa People Search""")

R("ru-02.eml", "ru", "refused", reason="legal obligation", domains="cobaltrecords.example",
  frm="Cobalt Records Privacy <privacy@cobaltrecords.example>", subject="Решение по вашему запросу", charset="koi8-r",
  cte="base64", body="""
Здравствуйте!

Мы рассмотрели запрос на удаление, поданный от имени вашего клиента. Мы отказываем в удалении, так
как обязаны хранить эти сведения для выявления и предотвращения мошенничества.

Вы можете обжаловать это решение в течение 45 дней, ответив на это письмо со словом APPEAL в теме.

Cobalt Records""", quoted="""
28.09.2026, Centro Legal Raices пишет:
We request under the Colorado Privacy Act the deletion of all personal information you hold about
our client. Reference: OPT-9PL2EX.""")

R("ru-03.eml", "ru", "bounce", domains="datavolga.example", frm="Mail Delivery Subsystem <mailer-daemon@mx2.raices-legal.example>",
  subject="Недоставленное сообщение: Request to delete personal information", form="bounce", charset="koi8-r", bounce=dict(
      rcpt="privacy@datavolga.example", mta="mx2.raices-legal.example", remote="198.51.100.91",
      diag="550 5.1.1 No such user here"), body="""
Это сообщение создано автоматически почтовой системой.

Ваше письмо не может быть доставлено одному или нескольким получателям:

privacy@datavolga.example: 550 5.1.1 No such user here""")

R("uk-01.eml", "uk", "confirmed", domains=TRELLIS, frm="Trellis Privacy Team <privacy@trellisdata.example>",
  subject="Re: Запит на видалення персональних даних", cte="base64", body="""
Добрий день!

Оскільки ваш клієнт читає українською, відповідаємо українською. Ми видалили персональні дані вашого
клієнта з FindKin та AddressLantern. Профілі більше не з'являються в результатах пошуку.

Команда конфіденційності Trellis Data Group""")

R("uk-02.eml", "uk", "needs_id", domains="brightlanerisk.example", frm="Brightlane Consumer Office <consumer@brightlanerisk.example>",
  subject="Потрібні додаткові документи - BRS-56201", body="""
Добрий день!

Щоб розглянути запит, поданий уповноваженим представником, нам потрібна копія документа, що посвідчує
особу вашого клієнта, з фотографією. Підписане доручення ми отримали. Поки що нічого не видалено.

Надішліть, будь ласка, копію документа у відповідь на цей лист.

Brightlane Risk Solutions""")


# == Somali, Amharic ================================================================================

R("so-01.eml", "so", "acknowledged", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Waxaan helnay codsigaaga", body="""
Salaan,

Waxaan helnay codsiga tirtirista ee aad u dirtay macmiilkaaga. Uma baahnid inaad wax kale samayso:
uma baahnid inaad xaqiijiso codsiga ama aad soo dirto aqoonsi.

Waxaan dhammayn doonnaa codsiga 45 maalmood gudahood, waana kuu soo qori doonnaa marka uu dhammaado.

Verimark""")

R("so-02.eml", "so", "refused", reason="no record", domains=BUSCA, frm="BuscaGente Privacidad <privacidad@buscagente.example>",
  subject="Natiijada codsigaaga", body="""
Salaan,

Waxaan ka baadhnay nidaamkayaga magaca iyo cinwaannada codsigaaga ku jira. Wax xog ah oo ku saabsan
macmiilkaaga kuma aanaan helin, sidaas darteed wax la tirtiro ma jiraan.

BuscaGente""")

R("am-01.eml", "am", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: የግል መረጃ እንዲሰረዝ ጥያቄ", body="""
ሰላም፣

ደንበኛዎ አማርኛ ስለሚያነቡ በአማርኛ እንመልሳለን። የደንበኛዎን መገለጫ እና ከእሱ ጋር የተያያዙትን ሁለት አድራሻዎች ከ Nexa People Search
ሰርዘናል። ምንም ሰነድ መላክ አያስፈልግዎትም።

Nexa People Search""")

R("am-02.eml", "am", "needs_id", domains="cobaltrecords.example", frm="Cobalt Records Privacy <privacy@cobaltrecords.example>",
  subject="ተጨማሪ ሰነድ ያስፈልጋል - CR-21410", cte="base64", body="""
ሰላም፣

የተፈረመውን ፈቃድ ስለላኩ እናመሰግናለን። እስካሁን ምንም አልሰረዝንም፤ የደንበኛዎን ማንነት ለማረጋገጥ በመንግሥት የተሰጠ ፎቶ ያለው
መታወቂያ ቅጂ ያስፈልገናል።

እባክዎ የመታወቂያውን ቅጂ በዚህ ኢሜይል መልስ ይላኩ።

Cobalt Records""")


# == Hindi, Nepali ==================================================================================

R("hi-01.eml", "hi", "acknowledged", domains="quillonbg.example quillonbg.freshdesk.example",
  frm="Quillon Support <support@quillonbg.freshdesk.example>", subject="टिकट प्राप्त हुआ - #22251", body="""
नमस्ते,

हमें आपके मुवक्किल की ओर से भेजा गया हटाने का अनुरोध मिल गया है और टिकट #22251 बनाया गया है। हमारी
गोपनीयता टीम इसकी समीक्षा करेगी और 45 दिनों के भीतर जवाब देगी।

Quillon Support""")

R("hi-02.eml", "hi", "confirmed", domains="ardentrecords.example", frm="Ardent Records Privacy <privacy@ardentrecords.example>",
  subject="आपका हटाने का अनुरोध पूरा हुआ", body="""
नमस्ते,

हमने आपके मुवक्किल की जो व्यक्तिगत जानकारी हमारे पास थी, उसे हटा दिया है, जिसमें नाम, पते और फ़ोन नंबर
शामिल हैं। हमने उन्हें अपनी दमन सूची में भी जोड़ दिया है ताकि वही जानकारी फिर से न जोड़ी जाए।

Ardent Records Privacy""")

R("ne-01.eml", "ne", "acknowledged", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="तपाईंको अनुरोध प्राप्त भयो", body="""
नमस्ते,

तपाईंले आफ्नो ग्राहकको तर्फबाट पठाउनुभएको मेटाउने अनुरोध हामीले प्राप्त गर्यौं। तपाईंले अरू केही गर्नु पर्दैन।

हामी ४५ दिनभित्र अनुरोध पूरा गर्नेछौं र पूरा भएपछि तपाईंलाई लेख्नेछौं।

Verimark""")

R("ne-02.eml", "ne", "refused", reason="agent not authorised", domains="directoriolatino.example",
  frm="Directorio Latino <privacidad@directoriolatino.example>", subject="तपाईंको अनुरोध", body="""
नमस्ते,

Directorio Latino ले तेस्रो पक्षबाट आएका गोपनीयता अनुरोधहरू स्वीकार गर्दैन। अनुरोध व्यक्ति आफैंले गर्नुपर्छ।
हामीले कुनै परिवर्तन नगरी यो अनुरोध बन्द गरेका छौं।

Directorio Latino""")


# == Turkish, Persian ===============================================================================

TR = "kisiara-tr.example"

R("tr-01.eml", "tr", "confirmed", domains=TR, frm="KVKK Birimi <kvkk@kisiara-tr.example>",
  subject="Kişisel verilerin silinmesi başvurunuz hakkında", body="""
Sayın İlgili,

Vekili olduğunuz ilgili kişi adına yaptığınız başvuru, 6698 sayılı Kişisel Verilerin Korunması
Kanunu'nun 11. maddesi kapsamında incelenmiştir. Müvekkilinize ait kişisel veriler sistemlerimizden
silinmiştir.

Saygılarımızla,
KişiAra KVKK Birimi""")

R("tr-02.eml", "tr", "refused", reason="legal obligation", domains=TR, frm="KVKK Birimi <kvkk@kisiara-tr.example>",
  subject="Başvurunuza ilişkin karar", body="""
Sayın İlgili,

Başvurunuz incelenmiştir. Talep edilen veriler, yasal saklama yükümlülüğümüz nedeniyle 10 yıl süreyle
saklanmak zorundadır; bu nedenle talebiniz reddedilmiştir.

Bu karara karşı 30 gün içinde Kişisel Verileri Koruma Kurulu'na şikâyette bulunabilirsiniz.

KişiAra KVKK Birimi""")

R("fa-01.eml", "fa", "confirmed", domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="پاسخ: درخواست حذف اطلاعات شخصی", form="alt", rtl=True, body="""
سلام،

چون موکل شما فارسی می‌خواند، به فارسی پاسخ می‌دهیم. نمایه موکل شما و دو نشانی مرتبط با آن را از Nexa People
Search حذف کردیم. نیازی به فرستادن هیچ مدرکی نیست.

Nexa People Search""")

R("fa-02.eml", "fa", "needs_info", domains="findmypast-records.example", frm="Records Desk <desk@findmypast-records.example>",
  subject="کدام پرونده؟", body="""
سلام،

سه پرونده پیدا کردیم که ممکن است با نام درخواست شما مطابقت داشته باشد: در هیوستون، پاسادنا و بیتاون. لطفاً
بگویید کدام یک متعلق به موکل شماست (بهتر است پیوند صفحه را بفرستید) تا اطلاعات شخص دیگری را حذف نکنیم.

Records Desk""")


# == Polish (iso-8859-2), German ====================================================================

PL = "szukajka-pl.example"
DE = "personenfinder-de.example"

R("pl-01.eml", "pl", "confirmed", domains=PL, frm="Inspektor Ochrony Danych <iod@szukajka-pl.example>",
  subject="Odpowiedź na żądanie usunięcia danych", charset="iso-8859-2", body="""
Szanowni Państwo,

Uprzejmie informujemy, że na podstawie art. 17 RODO dane osobowe Państwa mocodawcy zostały usunięte z
naszych systemów i nie są już wyświetlane w serwisie.

Inspektor Ochrony Danych
Szukajka sp. z o.o.""")

R("pl-02.eml", "pl", "extended", domains=PL, frm="Inspektor Ochrony Danych <iod@szukajka-pl.example>",
  subject="Przedłużenie terminu odpowiedzi", charset="iso-8859-2", cte="quoted-printable", body="""
Szanowni Państwo,

Ze względu na skomplikowany charakter żądania informujemy, że zgodnie z art. 12 ust. 3 RODO termin
odpowiedzi zostaje przedłużony o dwa miesiące. Odpowiedź otrzymają Państwo do 28 stycznia 2027 r.

Inspektor Ochrony Danych
Szukajka sp. z o.o.""")

R("de-01.eml", "de", "confirmed", domains=DE, frm="Datenschutz PersonenFinder <datenschutz@personenfinder-de.example>",
  subject="Ihr Antrag auf Löschung", charset="iso-8859-1", body="""
Sehr geehrte Damen und Herren,

wir haben die personenbezogenen Daten Ihrer Mandantin gemäß Art. 17 DSGVO gelöscht. Das Profil ist in
unserem Verzeichnis nicht mehr abrufbar.

Mit freundlichen Grüßen
Datenschutzteam PersonenFinder GmbH""")

R("de-02.eml", "de", "needs_id", domains=DE, frm="Datenschutz PersonenFinder <datenschutz@personenfinder-de.example>",
  subject="Ihr Antrag auf Löschung - Identitätsnachweis", body="""
Sehr geehrte Damen und Herren,

um den Antrag bearbeiten zu können, benötigen wir eine Kopie des Personalausweises Ihrer Mandantin
(Sie dürfen alle Angaben außer Name, Anschrift und Geburtsdatum schwärzen). Bisher wurde nichts gelöscht.

Mit freundlichen Grüßen
Datenschutzteam PersonenFinder GmbH""")

R("de-03.eml", "de", "auto_reply", domains=DE, frm="Jonas Albrecht <j.albrecht@personenfinder-de.example>",
  subject="Abwesenheitsnotiz: Antrag auf Löschung", headers=["Auto-Submitted: auto-replied"], body="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13. November nicht im Büro. Ihre Nachricht
wird nicht weitergeleitet. In Datenschutzfragen wenden Sie sich bitte an datenschutz@personenfinder-de.example.

Jonas Albrecht""")


# == more of the same families: links among links, an old link quoted below a new one, bounces in
# German and Portuguese, a merged ticket, a notice update, a suppression instead of a deletion ======

R("en-56.eml", "en", "verify_link", link="https://privacy.ardentrecords.example/agent/confirm/8e21f0c4",
  domains="ardentrecords.example", frm="Ardent Records Privacy <privacy@ardentrecords.example>",
  subject="Confirm the request you made for your client", form="alt", body="""
Hello,

You submitted a deletion request as an authorized agent. Three things you can do:

[Upload a new authorization letter](https://privacy.ardentrecords.example/agent/upload/8e21f0c4)

[Confirm the request for your client](https://privacy.ardentrecords.example/agent/confirm/8e21f0c4)

[Withdraw the request](https://privacy.ardentrecords.example/agent/withdraw/8e21f0c4)

Only the confirmation is needed: the authorization you sent is already on file.

Ardent Records Privacy""")

R("en-57.eml", "en", "verify_link", link="https://www.nexapeople.example/optout/verify?k=f4a7731c02",
  domains="nexapeople.example", frm="Nexa People Search <optout@nexapeople.example>",
  subject="Re: Confirm your opt-out - new link", body="""
Hello,

The link we sent earlier has expired. Please use this new link to confirm the opt-out; it is valid for
72 hours:

[https://www.nexapeople.example/optout/verify?k=f4a7731c02](https://www.nexapeople.example/optout/verify?k=f4a7731c02)

Nexa People Search""", quoted="""
On Oct 1, 2026, Nexa People Search wrote:
To confirm your opt-out, open this link within 24 hours:
https://www.nexapeople.example/optout/verify?k=0c91de5b77""")

R("en-58.eml", "en", "unsure", domains="trellisdata.example trellisdata.zendesk.example",
  frm="Trellis Support <support@trellisdata.zendesk.example>", subject="[Trellis] Request #40512 merged", body="""
##- Please type your reply above this line -##

Hello,

This request was closed and merged into request #39120, which was opened earlier about the same
consumer. All further updates will be posted on request #39120.

Trellis Support""")

R("en-59.eml", "en", "refused", reason="suppressed, not deleted", domains="brightlanerisk.example",
  frm="Brightlane Consumer Office <consumer@brightlanerisk.example>", subject="Your deletion request BRS-56344", body="""
Dear Centro Legal Raíces,

We are not able to delete your client's information, which we keep for identity verification
services to our business customers. Instead, we have suppressed it from the public search on our
website, so the profile is no longer shown to visitors. The information itself is kept.

Brightlane Risk Solutions""")

R("es-33.eml", "es", "other", domains=BUSCA, frm="BuscaGente <avisos@buscagente.example>",
  subject="Actualizamos nuestro aviso de privacidad", form="alt", body="""
Hola:

Actualizamos nuestro aviso de privacidad. Los cambios entran en vigor el 1 de enero de 2027 y
explican mejor cómo usamos las fuentes públicas y cómo puede ejercer sus derechos.

[Lea el aviso de privacidad](https://www.buscagente.example/privacidad)

[Darse de baja de estos correos](https://www.buscagente.example/correos/baja)""")

R("es-34.eml", "es", "needs_id", domains="directoriolatino.example", frm="Directorio Latino <privacidad@directoriolatino.example>",
  subject="Respuesta a su solicitud", form="file", attach_name="respuesta.html", body="""
Encontrará nuestra respuesta en el archivo adjunto.

Directorio Latino""", attach="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Respuesta</title></head>
<body><h2>Solicitud DL-3307</h2>
<p>Para continuar con la solicitud de eliminación necesitamos una copia de una identificación oficial
con fotografía de la persona. Todavía no hemos eliminado ningún dato. Responda a este correo con la
copia.</p>
</body></html>
""")

R("pt-07.eml", "pt", "verify_link", link="https://www.acheipessoas-br.example/privacidade/confirmar/2b7e9d",
  domains=BR, frm="Achei Pessoas <naoresponda@acheipessoas-br.example>", subject="Confirme sua solicitação", form="alt", body="""
Olá,

Recebemos um pedido de remoção de um perfil do Achei Pessoas. Para confirmá-lo, clique no botão abaixo.

[Confirmar a remoção](https://www.acheipessoas-br.example/privacidade/confirmar/2b7e9d)

Não fez este pedido? [Cancelar](https://www.acheipessoas-br.example/privacidade/cancelar/2b7e9d) ·
[Política de privacidade](https://www.acheipessoas-br.example/privacidade)""")

R("pt-08.eml", "pt", "bounce", domains=BR, frm="Sistema de Entrega de Correio <MAILER-DAEMON@mx1.raices-legal.example>",
  subject="Não entregue: Solicitação de eliminação de dados pessoais", form="bounce", bounce=dict(
      rcpt="privacidade@acheipessoas-br.example", mta="mx1.raices-legal.example", remote="203.0.113.121",
      diag="550 5.1.1 caixa postal inexistente", letter="headers"), body="""
Sua mensagem não pôde ser entregue a um ou mais destinatários.

privacidade@acheipessoas-br.example: 550 5.1.1 caixa postal inexistente""")

R("fr-05.eml", "fr", "verify_link", link="https://www.annuaire-lumiere.example/rgpd/confirmer?jeton=a41f66e0",
  domains=FR, frm="Annuaire Lumière <ne-pas-repondre@annuaire-lumiere.example>", subject="Confirmez votre demande", body="""
Bonjour,

Nous avons reçu une demande de suppression d'une fiche de l'Annuaire Lumière. Pour la confirmer,
ouvrez le lien suivant dans les 7 jours :

[https://www.annuaire-lumiere.example/rgpd/confirmer?jeton=a41f66e0](https://www.annuaire-lumiere.example/rgpd/confirmer?jeton=a41f66e0)

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

Annuaire Lumière""")

R("ht-05.eml", "ht", "verify_link", domains=TRELLIS, frm="FindKin <sekirite@findkin-verifikasyon.example>",
  subject="DÈNYE AVÈTISMAN: konfime efasman pwofil ou", form="html", body="""
Bonjou,

Demann efasman ou an poko konfime. Si ou pa konfime l jodi a, pwofil ou ak adrès ou ak nimewo telefòn
ou ap parèt ankò.

[KONFIME KOUNYE A](https://findkin-verifikasyon.example/konfime?id=7781)

Ekip FindKin""")

R("de-04.eml", "de", "bounce", domains=DE, frm="Microsoft Outlook <postmaster@outlook.raices-legal.example>",
  subject="Unzustellbar: Antrag auf Löschung personenbezogener Daten", form="bounce", charset="iso-8859-1", bounce=dict(
      rcpt="datenschutz@personenfinder-de.example", mta="outlook.raices-legal.example", remote="192.0.2.140",
      diag="550 5.4.1 Recipient address rejected: Access denied"), body="""
Ihre Nachricht an datenschutz@personenfinder-de.example konnte nicht zugestellt werden.

Die Adresse des Empfängers wurde vom Zielserver abgelehnt. Wenden Sie sich an den Empfänger auf anderem
Weg, oder versuchen Sie es später erneut.""")


# == conditions, questions and a bilingual notice ===================================================

R("en-60.eml", "en", "acknowledged", domains="saguarolists.example", frm="Saguaro Lists <privacy@saguarolists.example>",
  subject="Re: Request to delete personal information (authorized agent)", quoted=LETTER_AGENT, body="""
Hello,

Thank you for the request and the signed authorization. We are now searching our files. If we locate
any information about your client, it will be deleted and you will receive a confirmation from us
within 45 days.

Saguaro Lists""")

R("en-61.eml", "en", "needs_info", domains="quillonbg.example", frm="Quillon Privacy <privacy@quillonbg.example>",
  subject="Re: CCPA deletion request QB-1302", body="""
Hello,

Before we act on your client's request, please tell us which they want:

- full deletion: we delete the record, but if our sources send the same information again it may
  come back; or
- suppression: we keep a minimal record on a suppression list so that the information is never shown
  again.

Nothing has been deleted or suppressed yet. Reply with "deletion" or "suppression".

Quillon Background Services, Privacy""")

R("es-35.eml", "es", "acknowledged", domains="verimark.example", frm="Verimark Privacy <privacy@verimark.example>",
  subject="Request received / Solicitud recibida", form="alt", body="""
(Español abajo)

Hello, we received the deletion request you submitted for your client. We will answer within 45
days. You do not need to send anything else.

---

Hola: recibimos la solicitud de eliminación que presentó para su cliente. Le responderemos en un
plazo de 45 días. No necesita enviar nada más.

Verimark""")

R("es-36.eml", "es", "acknowledged", domains="directoriolatino.example", frm="Directorio Latino <privacidad@directoriolatino.example>",
  subject="Re: Request to delete personal information", quoted=LETTER_AGENT_ES, body="""
Hola:

Gracias por su solicitud y por la autorización firmada. Estamos revisando nuestros archivos. Si
encontramos información de su cliente, la eliminaremos y le enviaremos una confirmación en un plazo de
45 días.

Directorio Latino""")

R("pt-09.eml", "pt", "needs_info", domains=BR, frm="Encarregado de Dados <dpo@acheipessoas-br.example>",
  subject="Confirme o pedido - protocolo AP-2026-3471", body="""
Prezados,

Recebemos um pedido de eliminação feito pelos senhores em nome de um titular. Antes de continuar,
responda a este e-mail com a palavra CONFIRMO para confirmar que o titular deseja a eliminação. Sem a
resposta em 10 dias, o pedido será arquivado.

Encarregado de Proteção de Dados - Achei Pessoas""")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for n, r in enumerate(REPLIES, 1):
        if r["file"] in seen:
            raise SystemExit(f"build.py: reply {r['file']} is written twice")
        seen.add(str(r["file"]))
        (out / str(r["file"])).write_bytes(eml(r, n))
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in REPLIES:
            w.writerow([r["file"], r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
