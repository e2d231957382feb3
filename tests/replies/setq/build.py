"""Assemble set Q (tests/replies/setq): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setq/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set Q is weighted to the distinctions that decide a client's case and that a careless reader gets
wrong: an opt-out of sale or sharing ("Do Not Sell") or a marketing suppression, not a deletion;
"we hold no data about you"; an account or a newsletter deleted, not the people-search listing;
one e-mail address or one listing of the two the client named; "deleted except what we must keep";
public-record, FCRA and GLBA exemptions; "we are a service provider / processor, ask the business";
a reply about another person or another request number; status, survey, unsubscribe and login
links beside (or instead of) the real confirm link; footers and privacy-policy excerpts saying
"deleted"; our own letter quoted below the reply; forwarded replies; multi-step answers; removal
"within 72 hours" or "in the next update" (future, not done); a subject that confirms while the
body does not, or the other way round. English and Spanish most, then the EU/UK languages of GDPR
replies, then a few in Haitian Creole, Vietnamese, Chinese, Korean, Tagalog, Arabic and Russian.
Every name, address, domain and number is invented; domains end in ``.example``, addresses of
machines are documentation addresses (RFC 5737).

The body markup is set P's (its first 120 lines, which were read; this file's MIME assembly, PDF,
calendar and delivery-report parts were written anew):

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer (``> `` lines).

``form``: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML), ``pdf`` (a short plain part, the
answer only in an attached PDF), ``ics`` (plain + a calendar file), ``fwd`` (the broker's answer
forwarded as an attached message/rfc822), ``bounce`` (a delivery report with the letter attached).
"""

from __future__ import annotations

import base64
import csv
import io
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, anchors as _anchors, quote as _quote)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []
START = datetime(2026, 10, 30, 8, 13, tzinfo=timezone.utc)
CLINIC = ("Clínica Comunitaria Puentes", "bajas@puentes-clinica.example")
CLINIC_EN = ("Riverbend Immigrant Legal Services", "privacy@riverbend-ils.example")


# -- text (set P's markup, read in its first 120 lines) --------------------------------------------


def html_of(body: str, quoted: str = "", charset: str = "utf-8", pre: str = "", track: str = "",
            table: list[tuple[str, str]] | None = None) -> str:
    """An HTML body: paragraphs, an optional status table after the first paragraph, a hidden
    preheader, a tracking pixel and the quoted mail."""
    paras = ["<p>" + _anchors(p).replace("\n", "<br>\n") + "</p>" for p in body.strip().split("\n\n")]
    if table:
        rows = "".join(f'<tr><td style="padding:4px 8px;color:#555">{_esc(k)}</td>'
                       f'<td style="padding:4px 8px"><b>{_esc(v)}</b></td></tr>\n' for k, v in table)
        paras.insert(1, f'<table role="presentation" cellpadding="0" cellspacing="0" border="1">\n{rows}</table>')
    q = ""
    if quoted:
        q = ('\n<blockquote type="cite" style="border-left:2px solid #999;padding-left:8px">'
             + _esc(quoted.strip()).replace("\n", "<br>\n") + "</blockquote>")
    hidden = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{_esc(pre)}'
              + "&zwnj;&nbsp;" * 10 + "</div>\n") if pre else ""
    img = f'<img src="{_esc(track)}" width="1" height="1" alt="" style="display:block;border:0">\n' if track else ""
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"></head>\n'
            '<body style="font-family:Helvetica,Arial,sans-serif">\n' + hidden
            + "\n".join(paras) + q + "\n" + img + "</body></html>\n")


def table_text(table: list[tuple[str, str]] | None) -> str:
    return "".join(f"{k}: {v}\n" for k, v in table) + "\n" if table else ""


# -- MIME (written anew) ---------------------------------------------------------------------------

def _encode(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        raw = raw.replace(b"\r\n", b"\n")
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + _encode(raw, cte)


def _multipart(sub: str, boundary: str, parts: list[bytes], extra: str = "") -> bytes:
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}\n\n'.encode("ascii")]
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii") + p.rstrip(b"\n") + b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def _attachment(ctype: str, name: str, data: bytes) -> bytes:
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{name}"\n\n').encode("ascii") + base64.encodebytes(data)


def _addr(name: str, addr: str) -> str:
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((str(Header(name, "utf-8")), addr))


def _subject(s: str, charset: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = charset if charset not in ("utf-16",) else "utf-8"
        try:
            return Header(s, cs).encode(maxlinelen=998)
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode(maxlinelen=998)


def pdf_letter(lines: list[str]) -> bytes:
    """A one-page letter drawn with ReportLab (optout's dependency); ``invariant`` makes a rebuild
    write the same bytes."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = 740
    for line in lines:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def ics(summary: str, start: str, desc: str, uid: str, org: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Invented Desk//Calendar//EN\r\nMETHOD:PUBLISH\r\n"
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{start}\r\n"
            f"SUMMARY:{summary}\r\nDESCRIPTION:{desc}\r\nORGANIZER:mailto:{org}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")


# -- our letters (quoted below replies, attached to bounces) ---------------------------------------

def letter_en(name: str, ref: str, extra: str = "") -> str:
    return (f"Subject: Request to delete personal information - {name}\n\n"
            "To the privacy team,\n\n"
            f"On behalf of our client {name}, we ask you to delete all personal information you hold "
            "about them, including any people-search listing, and to stop selling or sharing it. "
            f"{extra}Please confirm once the deletion is complete. Reference: {ref}\n\n"
            f"{CLINIC_EN[0]}\n")


def letter_es(name: str, ref: str, extra: str = "") -> str:
    return (f"Asunto: Solicitud de eliminación de datos personales - {name}\n\n"
            "Al equipo de privacidad:\n\n"
            f"En nombre de nuestra clienta {name}, les pedimos eliminar todos los datos personales que "
            "tengan sobre ella, incluido cualquier perfil de búsqueda de personas, y dejar de venderlos o "
            f"compartirlos. {extra}Por favor confirmen cuando la eliminación esté completa. "
            f"Referencia: {ref}\n\n{CLINIC[0]}\n")


# -- assembly (written anew) -----------------------------------------------------------------------

_COUNT: dict[str, int] = {}


def R(lang: str, cls: str, frm: tuple[str, str], subject: str, body: str, *, domains: str = "",
      reason: str = "", link: str = "", form: str = "plain", charset: str = "utf-8",
      cte: str = "quoted-printable", quoted: str = "", pre: str = "", track: str = "",
      table: list[tuple[str, str]] | None = None, headers: dict[str, str] | None = None,
      pdf: list[str] | None = None, cal: bytes | None = None, inner: dict[str, object] | None = None,
      to: tuple[str, str] | None = None, html: str = "") -> None:
    """One reply: its label and everything its mail is built from."""
    _COUNT[lang] = _COUNT.get(lang, 0) + 1
    host = frm[1].split("@")[1]
    REPLIES.append(dict(file=f"{lang}-{_COUNT[lang]:02d}.eml", lang=lang, cls=cls, reason=reason, link=link,
                        domains=domains or host, frm=frm, subject=subject, body=body, form=form,
                        charset=charset, cte=cte, quoted=quoted, pre=pre, track=track, table=table,
                        headers=headers or {}, pdf=pdf, cal=cal, inner=inner,
                        to=to or (CLINIC if lang == "es" else CLINIC_EN), html=html))


def _body(r: dict[str, object], n: int) -> bytes:
    form, cs, cte = str(r["form"]), str(r["charset"]), str(r["cte"])
    body, quoted = str(r["body"]), str(r["quoted"])
    table = r["table"]  # type: ignore[assignment]
    text = plain_of(body) + ("\n" + table_text(table) if table else "") + (
        "\n" + _quote(quoted) if quoted else "")
    page = str(r["html"]) or html_of(body, quoted, cs, str(r["pre"]), str(r["track"]), table)  # type: ignore[arg-type]
    b = f"q{n:03d}"
    if form == "plain":
        return _leaf("text/plain", text, cs, cte)
    if form == "html":
        return _leaf("text/html", page, cs, cte)
    if form == "alt":
        return _multipart("alternative", f"=_alt_{b}", [_leaf("text/plain", text, cs, cte),
                                                        _leaf("text/html", page, cs, cte)])
    if form == "pdf":
        return _multipart("mixed", f"=_mix_{b}", [_leaf("text/plain", text, cs, cte),
                                                  _attachment("application/pdf", "decision.pdf",
                                                              pdf_letter(r["pdf"]))])  # type: ignore[arg-type]
    if form == "ics":
        return _multipart("mixed", f"=_mix_{b}", [_leaf("text/plain", text, cs, cte),
                                                  _attachment("text/calendar", "reminder.ics", r["cal"])])  # type: ignore[arg-type]
    if form == "fwd":
        inner = dict(r["inner"])  # type: ignore[arg-type]
        msg = _message(inner, n, timedelta(hours=20))  # what the client received the day before
        part = b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + msg
        return _multipart("mixed", f"=_fwd_{b}", [_leaf("text/plain", text, cs, cte), part])
    if form == "bounce":
        status = ("Reporting-MTA: dns; mx2.relay-mail.example\n\n"
                  f"Final-Recipient: rfc822; {r['headers'].get('X-Failed', 'privacy@unknown.example')}\n"  # type: ignore[union-attr]
                  "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n")
        letter = (f"From: {_addr(*r['to'])}\nTo: {r['headers'].get('X-Failed')}\n"  # type: ignore[misc,union-attr]
                  "Subject: Request to delete personal information\nMessage-ID: "
                  f"<letter-{n}@riverbend-ils.example>\nContent-Type: text/plain; charset=\"utf-8\"\n"
                  "Content-Transfer-Encoding: 8bit\n\n" + quoted).encode("utf-8")
        return _multipart("report", f"=_rep_{b}", [
            _leaf("text/plain", text if not quoted else plain_of(body), cs, cte),
            b"Content-Type: message/delivery-status\n\n" + status.encode("ascii"),
            b"Content-Type: message/rfc822\n\n" + letter], '; report-type="delivery-status"')
    raise ValueError(form)


def _message(r: dict[str, object], n: int, earlier: timedelta = timedelta(0)) -> bytes:
    frm = r["frm"]
    host = frm[1].split("@")[1]  # type: ignore[index]
    date = START + timedelta(minutes=233 * n) - earlier  # the last reply on 2026-11-27, before the set was written
    heads = [f"From: {_addr(*frm)}", f"To: {_addr(*r['to'])}",  # type: ignore[misc]
             f"Subject: {_subject(str(r['subject']), str(r['charset']))}",
             f"Date: {format_datetime(date)}", f"Message-ID: <q{n:03d}.{date:%Y%m%d%H%M}@{host}>"]
    if r["quoted"] and r["form"] != "bounce":
        heads.append(f"In-Reply-To: <letter-{n}@riverbend-ils.example>")
    heads += [f"{k}: {v}" for k, v in dict(r["headers"]).items() if k != "X-Failed"]  # type: ignore[arg-type]
    heads.append("MIME-Version: 1.0")
    return ("\n".join(heads) + "\n").encode("ascii") + _body(r, n)


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, r in enumerate(REPLIES, 1):
        (out / str(r["file"])).write_bytes(_message(r, n))
        rows.append([r["file"], r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)


# == the replies ===================================================================================
# Labels (README.md): a deletion said in words is `confirmed`; a sale or marketing opt-out, an
# account or newsletter deleted, one of two addresses or listings, "no records", another person's
# reply: `unsure` (a person looks), or `refused` when the broker declines the deletion itself.

L1 = letter_en("Marisol Quispe Mamani", "OPT-Q-4417")
L2 = letter_en("Jean-Baptiste St. Fleur", "OPT-Q-5120",
               "The listings are under the e-mail addresses jb.stfleur@mailbox.example and jbsf1980@inbox.example. ")
L3 = letter_es("Rosa Elena de la Cruz Villanueva", "OPT-Q-6203")
L4 = letter_en("Nguyễn Thị Lan Anh", "OPT-Q-7345", "The listing IDs are P-88213-A and P-90441-C. ")

# -- English: sale and marketing opt-outs against deletions ----------------------------------------
R("en", "unsure", ("Privacy Operations", "privacy@tallgrassdata.example"),
  "Your Do Not Sell or Share request is complete",
  """Hello,

We have processed your request to opt out of the sale and sharing of personal information. Tallgrass Data will no longer sell or share information associated with the details you provided with third parties for cross-context behavioral advertising.

This opt-out applies to future sales and sharing. It does not delete information from our systems.

Tallgrass Data Privacy Operations""")
R("en", "refused", ("Consumer Privacy", "consumerprivacy@harbormark.example"),
  "Re: Request to delete personal information",
  """Thank you for contacting HarborMark.

HarborMark compiles marketing data from public and commercially available sources. We are not able to delete this information because it is used to fulfil our obligations to clients under existing contracts. We have instead added you to our Do Not Sell list, so your information will no longer be licensed to third parties.

If you have questions, reply to this message.

HarborMark Consumer Privacy""", reason="opt-out of sale only (deletion declined)", quoted=L1)
R("en", "needs_info", ("Marketing Preferences", "preferences@bluefernmedia.example"),
  "Opt-out confirmation",
  """Dear Consumer,

Your name and postal address have been added to our marketing suppression file. Please allow 6 to 8 weeks for mailings already in production to stop. A suppression record is kept so that you are not added back to future mailing lists.

This confirms your marketing opt-out only. To request access to or deletion of your information, visit [our privacy request page](https://bluefernmedia.example/privacy/requests).

Blue Fern Media""", form="alt")
R("en", "confirmed", ("Privacy Office", "privacy@orchardlane-data.example"),
  "Deletion request OL-22871: completed",
  """Hello,

We completed your deletion request OL-22871. The consumer profile that matched the details you sent has been deleted from our marketing database and from the products we license to clients. To make sure it is not re-added when we receive new source files, we keep your name and postal address in a suppression list used only for that purpose.

We have also opted you out of the sale and sharing of any information we may receive in the future.

Orchard Lane Data Privacy Office""")
R("en", "needs_info", ("noreply", "noreply@peoplescope.example"),
  "We've received your privacy choice",
  """Your privacy choice has been saved.

Choice: Do not sell or share my personal information
Status: Applied
Applies to: browser and e-mail address provided

Want your public profile off PeopleScope? That is a separate request: [remove a listing](https://peoplescope.example/optout).

This message was sent by PeopleScope, Inc. Records we remove are deleted within our systems according to our retention schedule.""",
  form="html", pre="Good news: your privacy choice is in place", track="https://px.peoplescope.example/o.gif?m=77120")
R("en", "unsure", ("Data Rights Team", "datarights@meridianaudience.example"),
  "RE: Request to delete personal information [ref MA-30155]",
  """Hi,

Thanks for your message. Meridian Audience does not sell personal information for money, so a sale opt-out does not apply to us. We have recorded your objection to targeted advertising, and the advertising identifiers linked to the e-mail address you gave us will no longer be used for audience segments.

Best regards,
Data Rights Team""", quoted=L1)
R("en", "refused", ("Privacy", "privacy@crestviewcredit-marketing.example"),
  "Your privacy request",
  """Dear Sir or Madam,

Crestview Credit Marketing Services received your request to delete personal information.

The information we maintain is used to create prescreened offers of credit and is subject to the Fair Credit Reporting Act. Information subject to the FCRA is exempt from deletion under the California Consumer Privacy Act. We have therefore not deleted it.

You may opt out of prescreened offers for five years or permanently through the industry's opt-out line. We have opted you out of our own marketing lists.

Crestview Credit Marketing Services""", reason="exempt (FCRA)")

# -- English: "we hold nothing" and "no records matched" ------------------------------------------
R("en", "refused", ("Privacy Team", "privacy@quillandfinch.example"),
  "RE: Request to delete personal information - OPT-Q-4417",
  """Hello,

We searched our systems for the name, address and e-mail address in your letter and found no records that match. There is nothing for us to delete.

If the person has used other names or addresses, you are welcome to send them and we will search again.

Quill & Finch Privacy Team""", quoted=L1, reason="no record")
R("en", "refused", ("DPO", "dpo@northwind-lists.example"),
  "Data subject request",
  """Dear Riverbend Immigrant Legal Services,

Northwind Lists has no personal data relating to your client. We did not delete anything because nothing was held.

Kind regards,
Data Protection Officer""", reason="no record")
R("en", "needs_info", ("Support", "support@lookupharbor.example"),
  "Re: removal",
  """Hi there,

We couldn't find a listing with the name you sent. Names are often spelled several ways on our site, especially with two last names. Please reply with the exact URL of the listing (it looks like lookupharbor.example/p/ followed by numbers) and we will remove it.

LookupHarbor Support""")

# -- English: account or newsletter deleted, not the listing --------------------------------------
R("en", "needs_info", ("Account Services", "accounts@findfolk.example"),
  "Your account has been deleted",
  """Hello,

As requested, your FindFolk account and its saved searches have been permanently deleted. You will no longer be able to sign in, and any active subscription was cancelled.

Please note: deleting an account does not remove public record profiles shown in search results. Those are handled through our opt-out page.

FindFolk Account Services""")
R("en", "unsure", ("Newsletter", "news@statusseek.example"),
  "You've been removed",
  """You've been removed from the StatusSeek Weekly newsletter and won't receive any more issues.

Changed your mind? [Resubscribe](https://statusseek.example/newsletter/resubscribe?t=ab91).

[Unsubscribe from all StatusSeek e-mails](https://statusseek.example/u/all?t=ab91)""",
  form="html", track="https://statusseek.example/t/open.gif?n=ab91")
R("en", "confirmed", ("Privacy", "privacy@kinfinder.example"),
  "Your opt-out is complete",
  """Hello,

The profile you asked about has been removed from KinFinder's public search results, and the account that was linked to the same e-mail address has been closed as well. It can take up to 48 hours for search engines to drop their cached copy, which we do not control.

KinFinder Privacy""")

# -- English: one address or listing of two -------------------------------------------------------
R("en", "unsure", ("Privacy Desk", "privacydesk@trueaddress.example"),
  "RE: Request to delete personal information - OPT-Q-5120",
  """Hello,

We deleted the records associated with jb.stfleur@mailbox.example. We could not find any record linked to the second address in your letter, so no action was taken for it.

TrueAddress Privacy Desk""", quoted=L2)
R("en", "unsure", ("Opt-Out Team", "optout@citytrace.example"),
  "Listing removal P-88213-A",
  """Hello,

Listing P-88213-A has been suppressed and no longer appears in CityTrace search results.

Your message also referred to another listing. Requests are processed one listing at a time; please submit a separate request for each additional listing through our opt-out form.

CityTrace Opt-Out Team""", quoted=L4)
R("en", "confirmed", ("Opt-Out Team", "optout@citytrace.example"),
  "Listing removal P-90441-C",
  """Hello,

Both listings in your request, P-88213-A and P-90441-C, have been removed from CityTrace search results. Removals are permanent unless a new record is created from a different source.

CityTrace Opt-Out Team""", quoted=L4)

# -- English: "deleted except what we must keep" --------------------------------------------------
R("en", "confirmed", ("Privacy Compliance", "compliance@sableridge.example"),
  "Deletion request completed",
  """Dear Requester,

We have deleted the personal information in our people-search database that matched your request, and the listing is no longer available on sableridge.example.

As permitted by law, we keep a record of this request (the date, the request type and the e-mail address it came from) for 24 months to show that we complied. That record is not used for any other purpose.

Sable Ridge Privacy Compliance""")
R("en", "unsure", ("Consumer Care", "care@ironleafinfo.example"),
  "Update on your request",
  """Hello,

Your request has been processed. We deleted the personal information we are not required to retain. Some information is retained where we have a legal basis to do so, including records obtained from government sources and information needed for security and fraud prevention.

Ironleaf Information Consumer Care""")
R("en", "refused", ("Privacy Office", "privacy@courthousefacts.example"),
  "RE: Request to delete personal information",
  """Hello,

We deleted the contact information you supplied to us when you created a free account. The court and property records shown on our site are public records obtained from government sources. These records are exempt from deletion requests, and the listing that displays them will remain available.

CourthouseFacts Privacy Office""", reason="exempt (public records)", quoted=L1)

# -- English: exemptions -------------------------------------------------------------------------
R("en", "refused", ("Legal Department", "legal@keystone-screening.example"),
  "Your request regarding consumer file",
  """Please see our response to your request in the attached letter.

Keystone Screening""", reason="exempt (FCRA)", form="pdf", pdf=[
      "Keystone Screening, Legal Department", "", "Re: request to delete personal information", "",
      "Keystone Screening is a consumer reporting agency. The information in our files is",
      "collected, kept and disclosed under the Fair Credit Reporting Act and is exempt from",
      "deletion requests under state privacy laws. We are therefore unable to delete it.", "",
      "You have the right to a free copy of your consumer file and to dispute anything",
      "inaccurate in it.", "", "Keystone Screening"])
R("en", "refused", ("Privacy", "privacy@lakeshore-financialdata.example"),
  "Response to your privacy request",
  """Hello,

The personal information Lakeshore Financial Data holds about your client was collected in connection with financial products and is covered by the Gramm-Leach-Bliley Act. Information subject to the GLBA is exempt from the deletion right, so we will not delete it. Our privacy notice, which describes how it is protected, is at [lakeshore-financialdata.example/privacy](https://lakeshore-financialdata.example/privacy).

Lakeshore Financial Data""", reason="exempt (GLBA)")
R("en", "refused", ("Privacy Team", "privacy@vantagegraph.example"),
  "RE: Request to delete personal information - OPT-Q-4417",
  """Hello,

VantageGraph processes personal information on behalf of our business customers as a service provider. We do not decide what data is collected or how it is used, and we cannot act on consumer requests directly. Please direct your request to the business you have a relationship with; if they instruct us to delete information, we will do so.

VantageGraph Privacy Team""", reason="service provider (ask the business)", quoted=L1)
R("en", "refused", ("Data Protection", "dataprotection@pixelbridge-ads.example"),
  "Your erasure request",
  """Dear Sir/Madam,

For the data you describe, PixelBridge acts as a processor for the publishers and advertisers who use our platform. Under Article 28 of the GDPR we may only process personal data on their documented instructions, and we have forwarded a copy of your request to none of them because we cannot tell from an e-mail address which of them holds your data. Please contact the website or app concerned.

PixelBridge Data Protection""", reason="service provider (ask the business)")

# -- English: another person, another request ------------------------------------------------------
R("en", "unsure", ("Privacy Requests", "requests@homesfile.example"),
  "Your deletion request #HF-77310 is complete",
  """Dear Mr. Okonkwo-Baptiste,

We have completed deletion request #HF-77310. The property-owner profile for 18 Linden Row has been removed from HomesFile.

HomesFile Privacy Requests""", quoted=L1)
R("en", "unsure", ("Privacy", "privacy@addresspoint.example"),
  "Re: Request to delete personal information - OPT-Q-7345",
  """Hello,

The records for request OPT-Q-7119 have been deleted from our directory. Thank you for your patience.

AddressPoint Privacy""", quoted=L4)

# -- English: links that are not the confirm link, and the ones that are ---------------------------
R("en", "acknowledged", ("Privacy Center", "no-reply@privacycenter.crowdlens.example"),
  "We received your request",
  """Hi,

We received your request to delete personal information. Request ID: CL-5528-1904.

You can [check the status of your request](https://privacycenter.crowdlens.example/status/CL-5528-1904) at any time. We will e-mail you when it is complete, usually within 30 days.

CrowdLens Privacy Center""", domains="crowdlens.example privacycenter.crowdlens.example", form="alt")
R("en", "confirmed", ("Support", "support@recordbay.example"),
  "Ticket #48815: Your listing removal has been solved",
  """##- Please type your reply above this line -##

Your request (48815) has been solved.

Daniel (RecordBay Support)
Hi, the listing you reported has been deleted from RecordBay and will not come back in search. Sorry for the trouble.

How would you rate the support you received?
[Good, I'm satisfied](https://recordbay.example/hc/requests/48815/satisfaction/good?token=9a2b)
[Bad, I'm unsatisfied](https://recordbay.example/hc/requests/48815/satisfaction/bad?token=9a2b)""",
  form="html", headers={"X-Zendesk-From-Account-Id": "5d21ab", "X-Mailer": "Zendesk Mailer"})
R("en", "acknowledged", ("Privacy", "privacy@nationlookup.example"),
  "Your removal request",
  """Thank you for your removal request. It is now in our queue and is normally completed within 72 hours. You will receive a second e-mail when it is done.

To stop receiving marketing e-mails from NationLookup, [unsubscribe here](https://mail.nationlookup.example/unsubscribe?u=5510&l=privacy).""", form="alt")
R("en", "verify_link", ("Opt Out", "optout@peoplefolio.example"),
  "Action required: confirm your opt-out",
  """Hello,

We received a request to remove a listing from PeopleFolio. To finish, please click the link below within 7 days. If you do not click it, the request will expire and the listing will stay public.

[Confirm my opt-out](https://peoplefolio.example/optout/confirm?id=3fa81c2e&k=ZQ19)

Not you? You can ignore this e-mail.

[Manage e-mail preferences](https://peoplefolio.example/preferences?u=3fa81c2e) | [Unsubscribe](https://peoplefolio.example/unsubscribe?u=3fa81c2e)""",
  link="https://peoplefolio.example/optout/confirm?id=3fa81c2e&k=ZQ19", form="alt")
R("en", "verify_link", ("Privacy", "privacy@arcadiasearch.example"),
  "Verify your request",
  """Hello,

Before we can delete the records you asked about, we need to make sure this e-mail address belongs to you. [Verify my request](https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Farcadiasearch.example%2Fverify%3Fr%3D7713%26c%3D55ab&data=05%7C01&reserved=0)

You can check progress later on our [request status page](https://arcadiasearch.example/privacy/status?r=7713).""",
  link="https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Farcadiasearch.example%2Fverify%3Fr%3D7713%26c%3D55ab&data=05%7C01&reserved=0",
  form="alt")
R("en", "verify_link", ("People Search Privacy", "privacy@tracewell.example"),
  "Please confirm your removal request",
  """To complete your removal request, please confirm by clicking here:

[https://tracewell.example/removal/confirm/b7c1e0](https://click.mailsvc-tracewell.example/ls/click?upn=b7c1e0-0042|https://tracewell.example/removal/confirm/b7c1e0)

After confirmation, removal is typically completed within 24 to 48 hours.""",
  link="https://click.mailsvc-tracewell.example/ls/click?upn=b7c1e0-0042",
  domains="tracewell.example mailsvc-tracewell.example", form="html")
R("en", "verify_link", ("Removals", "removals@dwellinglookup.example"),
  "Log in to finish your request",
  """Hello,

To finish your removal request, sign in to your DwellingLookup account and approve it under Settings > Privacy: [sign in](https://dwellinglookup.example/account/login?next=/settings/privacy/approve/4471).

Requests that are not approved within 14 days are closed.""", form="alt")
R("en", "acknowledged", ("Privacy Team", "privacy@greyfieldrecords.example"),
  "How did we do?",
  """Hello,

Your privacy request GR-8812 has been received and assigned to a specialist. We aim to respond within 45 days.

While you wait, tell us about your experience so far: [take a 2-minute survey](https://survey.greyfieldrecords.example/s/confirm-experience?r=GR-8812).""", form="html",
  pre="Please confirm: how was your experience?")

# -- English: footers and policy excerpts with "deleted" -----------------------------------------
R("en", "acknowledged", ("Customer Privacy", "privacy@brightpathdata.example"),
  "Request received: BPD-20917",
  """Hello,

Your request to delete personal information has been received and will be reviewed. We will respond within 45 days of receipt.

--
Brightpath Data, Inc. | Privacy Notice excerpt: When we receive a verified deletion request, personal information is deleted from our active systems and removed from backups within 90 days. Confirmed deletions are logged. This e-mail and any attachments are confidential; if you received it in error, please notify the sender and ensure it is deleted.""")
R("en", "needs_id", ("Verification", "verify@openrecordshub.example"),
  "Additional information needed",
  """Hi,

To protect against fraudulent requests, we need to verify the identity of the person whose information would be removed. Please reply with a copy of a government-issued photo ID (you may cover the photo and ID number) and a document showing the current address, such as a utility bill from the last 90 days.

---
Open Records Hub. Records are removed once confirmed. Your information is removed from our mailing list only if you click unsubscribe. All removed records remain deleted unless re-published by the original source.""", quoted=L1)

# -- English: our letter quoted, forwarded, multi-step ---------------------------------------------
R("en", "acknowledged", ("Privacy", "privacy@hollowbrook.example"),
  "RE: Request to delete personal information - OPT-Q-4417",
  """Got it, thanks. Passing this to the data team.""", quoted=L1)
R("en", "confirmed", ("Privacy", "privacy@hollowbrook.example"),
  "RE: RE: Request to delete personal information - OPT-Q-4417",
  """The data team has now deleted the records for your client, including the search listing. This completes the request.""", quoted=L1)
R("en", "acknowledged", ("Help Desk", "help@cityvoters-list.example"),
  "Fwd: Request to delete personal information",
  """Hi,

I'm forwarding your message to our Privacy Office, which handles these requests. They will contact you directly.

Regards,
Help Desk""", quoted=L1)
R("en", "confirmed", ("Ana Lucía Paredes", "a.paredes@riverbend-ils.example"),
  "Fwd: Your opt-out request",
  """Forwarding what the client received at her own address. Please file it with her case.

Ana""", form="fwd", domains="lookwise.example", inner=dict(
      frm=("LookWise Privacy", "privacy@lookwise.example"), to=("M. Quispe", "marisol.qm@inbox.example"),
      subject="Your opt-out request", charset="utf-8", cte="quoted-printable", form="plain", quoted="",
      headers={}, table=None, pre="", track="", html="",
      body="Hello,\n\nYour opt-out request has been completed. The listing you submitted has been removed from LookWise and our partner sites.\n\nLookWise Privacy"))
R("en", "acknowledged", ("Privacy Request", "privacy@dataloomcorp.example"),
  "Step 1 of 2: request received",
  """Thank you. This is step 1 of 2.

We have received your request and verified the e-mail address. Our team will now locate and delete the matching records. You will receive a separate e-mail (step 2) once the deletion has been completed.

Nothing else is needed from you right now.""")
R("en", "acknowledged", ("Opt-Out Processing", "optout@metrofinders.example"),
  "Your listing will be removed",
  """Hello,

Your opt-out has been approved. The listing will be removed from MetroFinders with our next data update, which is published on the first business day of each month. Until then the listing may still appear.

MetroFinders""")
R("en", "acknowledged", ("Privacy", "privacy@pinecrestpeople.example"),
  "Removal confirmed",
  """Hello,

Thank you for your request. We are working on it and will follow up when the removal is complete. Please allow up to 30 days.

Pinecrest People""")
R("en", "confirmed", ("Privacy", "privacy@canyonindex.example"),
  "Request received",
  """Hello,

Thank you for your request. The profile was removed from Canyon Index today and the underlying record was deleted. No further action is needed.

Canyon Index""")
R("en", "unsure", ("Privacy", "privacy@saltmarshdata.example"),
  "Your deletion request is complete",
  """Hello,

We have reviewed your request. We do not sell personal information, and we have marked your record so that it is not shared with our partners.

Saltmarsh Data""")

# -- English: ticketing systems, encodings, the rest ------------------------------------------------
R("en", "unsure", ("Support", "support@plainsightpeople.example"),
  "[PlainSight] Ticket #30192 closed",
  """Hi,

Your ticket #30192 "Request to delete personal information" has been closed. If you feel the issue has not been resolved, simply reply to this e-mail to reopen the ticket.

We'd love your feedback: [rate our support](https://plainsightpeople.freshdesk.example/support/surveys/30192?rating=happy)

PlainSight Support""", domains="plainsightpeople.example plainsightpeople.freshdesk.example",
  headers={"X-Freshdesk-Ticket-Id": "30192"})
R("en", "acknowledged", ("Privacy Services", "privacy@sterlinglistco.example"),
  "Case 00418827: Request to delete personal information [ ref:_00D5e0Ab12._5004R1xYz9:ref ]",
  """Thank you for contacting Sterling List Co.

Case 00418827 has been created for your request. A privacy specialist will review it and respond within the time the law allows.

Please keep the reference in the subject line when you reply.""",
  headers={"X-SFDC-LK": "00D5e0Ab12", "X-SFDC-User": "0055e0000041Xq"})
R("en", "confirmed", ("Consumer Relations", "consumer@hearthstonedirect.example"),
  "Re: Request to delete personal information",
  """Dear Requester,

We’ve completed your request. Your client’s information has been deleted from Hearthstone Direct’s consumer database and won’t be included in any list we rent or sell. We’ll keep only a suppression entry – name and address – so it isn’t loaded again.

“Thank you for your patience.”
Hearthstone Direct""", charset="windows-1252", cte="quoted-printable")
R("en", "refused", ("Data Protection Officer", "dpo@shannoncredit.example"),
  "Your erasure request - our ref SC/DP/2291",
  """Dear Sir or Madam,

We write further to your request of 4 November on behalf of your client. Having reviewed the matter, we are not in a position to erase the personal data, as Shannon Credit Bureau is required under the Central Bank's credit reporting rules to retain credit information for five years after an account closes. The data will be erased when that period ends.

You may complain to the Data Protection Commission if you are not happy with our response.

Is mise le meas,
Data Protection Officer, Shannon Credit Bureau, Dublin""", reason="legal obligation to retain")
R("en", "extended", ("Data Protection", "dataprotection@liffeymarketing.example"),
  "Subject access and erasure request",
  """Dear Sir or Madam,

Thank you for your request. Owing to the number of requests we have received, we need a further two months to respond, as Article 12(3) of the GDPR allows. We will write to you again by 9 February 2027 at the latest.

Regards,
Liffey Marketing Data Protection""")
R("en", "extended", ("Privacy", "privacy@goldcoastcontacts.example"),
  "Your request needs more time",
  """Hello,

We need more time to complete your request and are taking an additional 45 days, as the CCPA permits. We expect to respond by January 22, 2027.

Gold Coast Contacts""")
R("en", "refused", ("Privacy", "privacy@birchlanedata.example"),
  "Request closed: identity not verified",
  """Hello,

We asked on October 2 for information to verify the identity of the person named in the request. We did not receive it within 30 days, so the request has been closed without any action. You may submit a new request at any time.

Birch Lane Data""", reason="identity not verified")
R("en", "needs_id", ("Authorized Agent Requests", "agents@peoplemap.example"),
  "Authorized agent request",
  """Hello,

Because this request was sent by an authorized agent, please provide a copy of the written permission signed by the consumer, and ask the consumer to confirm their identity directly with us at [peoplemap.example/verify-consumer](https://peoplemap.example/verify-consumer).

We will process the deletion once both are received.""")
R("en", "bounce", ("Mail Delivery Subsystem", "mailer-daemon@mx2.relay-mail.example"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.relay-mail.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. The mailbox privacy@closedbroker.example does not exist.""",
  form="bounce", domains="closedbroker.example", quoted=L1, headers={"X-Failed": "privacy@closedbroker.example"}, cte="7bit")
R("en", "auto_reply", ("Privacy Team", "privacy@summitpeople.example"),
  "Automatic reply: Request to delete personal information",
  """Thank you for your e-mail. Our office is closed for the Thanksgiving holiday and will reopen on Monday, November 30. Messages will be answered in the order received.

Any request to delete, correct or access data will be handled when we return; this automatic reply does not confirm anything.""",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
R("en", "other", ("SpotPeople Deals", "deals@spotpeople.example"),
  "Last chance: 40% off unlimited reports",
  """Find anyone, anywhere. Unlimited background reports for 40% off this week only.

[Start searching](https://spotpeople.example/promo/bf40)

You are receiving this e-mail because you contacted SpotPeople. [Unsubscribe](https://spotpeople.example/unsubscribe?e=7181). Your data was removed from our partners' lists on request.""",
  form="html", track="https://spotpeople.example/o/7181.gif")
R("en", "needs_info", ("Privacy", "privacy@westwardtrace.example"),
  "Re: Request to delete personal information - OPT-Q-5120",
  """Hello,

We found three profiles that could match Jean-Baptiste St. Fleur, in Brooklyn NY, Miami FL and Stamford CT. Which of these is your client? Please reply with the city or the profile links and we will remove the right one.

Westward Trace""", quoted=L2)
R("en", "unsure", ("Privacy", "privacy@northlightrecords.example"),
  "Request processed",
  """Hello,

Your request has been processed. Your client's phone number has been removed from our reverse phone lookup. Address and relatives information shown in the people-search profile come from public records and other sources and are handled separately.

Northlight Records""")
R("en", "confirmed", ("Privacy", "privacy@fernhillsearch.example"),
  "Re: Request to delete personal information - OPT-Q-5120",
  """Hello,

We searched for both e-mail addresses in your letter. The profile linked to jb.stfleur@mailbox.example and the one linked to jbsf1980@inbox.example have each been deleted, along with the listing that combined them.

Fernhill Search""", quoted=L2)
R("en", "acknowledged", ("Privacy", "privacy@ledgerlinepeople.example"),
  "Deleted?",
  """Hi,

Not yet! Your request is approved and scheduled. The record will be deleted in our next database refresh on December 15. We'll write again once it's done.

Ledgerline People""")

# -- Spanish -----------------------------------------------------------------------------------------
R("es", "unsure", ("Privacidad", "privacidad@tallgrassdata.example"),
  "Su solicitud de No Vender o Compartir está completa",
  """Hola:

Hemos procesado su solicitud de exclusión de la venta y del intercambio de información personal. A partir de ahora, Tallgrass Data no venderá ni compartirá con terceros la información asociada a los datos que nos dio.

Esta exclusión no elimina información de nuestros sistemas.

Operaciones de Privacidad de Tallgrass Data""")
R("es", "refused", ("Privacidad del Consumidor", "privacidad@harbormark.example"),
  "RE: Solicitud de eliminación de datos personales",
  """Gracias por escribir a HarborMark.

No podemos eliminar esta información porque la usamos para cumplir contratos vigentes con nuestros clientes. En su lugar, hemos incluido a su clienta en nuestra lista de No Vender, de modo que sus datos ya no se licenciarán a terceros.

HarborMark""", reason="opt-out of sale only (deletion declined)", quoted=L3)
R("es", "needs_info", ("Preferencias", "preferencias@bluefernmedia.example"),
  "Confirmación de baja de publicidad",
  """Estimado consumidor:

Su nombre y dirección postal se agregaron a nuestro archivo de supresión de publicidad. Los envíos que ya estén en producción pueden seguir llegando de 6 a 8 semanas.

Esto confirma únicamente su baja de publicidad. Para pedir el acceso o la eliminación de su información, visite [nuestra página de solicitudes](https://bluefernmedia.example/privacy/requests?lang=es).

Blue Fern Media""", form="alt", charset="iso-8859-1")
R("es", "confirmed", ("Oficina de Privacidad", "privacidad@orchardlane-data.example"),
  "Solicitud de eliminación OL-22904: completada",
  """Hola:

Completamos su solicitud de eliminación OL-22904. El perfil de consumidor que coincidía con los datos enviados fue eliminado de nuestra base de datos de mercadeo y de los productos que licenciamos. Para que no se vuelva a cargar, conservamos su nombre y dirección en una lista de supresión usada solo con ese fin.

Oficina de Privacidad de Orchard Lane Data""")
R("es", "refused", ("Privacidad", "privacidad@quillandfinch.example"),
  "RE: Solicitud de eliminación de datos personales - OPT-Q-6203",
  """Hola:

Buscamos en nuestros sistemas el nombre, la dirección y el correo de su carta y no encontramos ningún registro que coincida. No hay nada que eliminar.

Si la persona ha usado otros nombres (por ejemplo, solo el primer apellido, o "De La Cruz" junto), envíenoslos y volveremos a buscar.

Equipo de Privacidad de Quill & Finch""", quoted=L3, reason="no record")
R("es", "refused", ("Delegado de Protección de Datos", "dpd@iberlistas.example"),
  "Respuesta a su solicitud de supresión",
  """Estimada señora:

Le informamos de que, tras consultar nuestros ficheros, Iberlistas, S.L. no trata ningún dato personal de la persona interesada. Por tanto, no procede la supresión.

Atentamente,
Delegado de Protección de Datos""", charset="iso-8859-15", cte="8bit", reason="no record")
R("es", "needs_info", ("Servicios de Cuenta", "cuentas@findfolk.example"),
  "Su cuenta ha sido eliminada",
  """Hola:

Tal como lo pidió, su cuenta de FindFolk y sus búsquedas guardadas se eliminaron de forma permanente.

Tenga en cuenta que eliminar una cuenta no quita los perfiles de registros públicos que aparecen en los resultados de búsqueda. Esos se gestionan en nuestra página de exclusión.

FindFolk""")
R("es", "unsure", ("Boletín", "boletin@statusseek.example"),
  "Se ha dado de baja",
  """Ya no recibirá el boletín semanal de StatusSeek.

¿Cambió de opinión? [Volver a suscribirse](https://statusseek.example/newsletter/resubscribe?t=cd42&lang=es)

[Darse de baja de todos los correos](https://statusseek.example/u/all?t=cd42)""", form="html",
  track="https://statusseek.example/t/open.gif?n=cd42")
R("es", "unsure", ("Privacidad", "privacidad@trueaddress.example"),
  "RE: Solicitud de eliminación - dos correos",
  """Hola:

Eliminamos los registros asociados a rosaelena.dlc@correo.example. No encontramos ningún registro vinculado a la segunda dirección de su carta, por lo que no se tomó ninguna medida sobre ella.

TrueAddress""", quoted=letter_es("Rosa Elena de la Cruz Villanueva", "OPT-Q-6210",
                                  "Sus correos son rosaelena.dlc@correo.example y redlcv@buzon.example. "))
R("es", "confirmed", ("Cumplimiento de Privacidad", "cumplimiento@sableridge.example"),
  "Solicitud de eliminación completada",
  """Estimado solicitante:

Eliminamos la información personal de nuestra base de búsqueda de personas que coincidía con su solicitud, y el perfil ya no está disponible en sableridge.example.

Como lo permite la ley, conservamos un registro de esta solicitud (fecha, tipo de solicitud y correo de origen) durante 24 meses para demostrar que cumplimos. Ese registro no se usa para nada más.

Sable Ridge""")
R("es", "unsure", ("Atención al Cliente", "atencion@ironleafinfo.example"),
  "Actualización de su solicitud",
  """Hola:

Su solicitud fue procesada. Eliminamos la información personal que no estamos obligados a conservar. Se conserva cierta información cuando existe una base legal, incluidos registros de fuentes gubernamentales e información necesaria para la seguridad y la prevención del fraude.

Ironleaf""")
R("es", "refused", ("Oficina de Privacidad", "privacidad@courthousefacts.example"),
  "RE: Solicitud de eliminación de datos personales",
  """Hola:

Los registros judiciales y de propiedad que aparecen en nuestro sitio son registros públicos obtenidos de fuentes gubernamentales. Están exentos de las solicitudes de eliminación y el perfil que los muestra seguirá disponible.

CourthouseFacts""", reason="exempt (public records)", quoted=L3)
R("es", "refused", ("Departamento Legal", "legal@keystone-screening.example"),
  "Su solicitud sobre el expediente del consumidor",
  """Adjuntamos nuestra respuesta a su solicitud.

Keystone Screening""", reason="exempt (FCRA)", form="pdf", pdf=[
      "Keystone Screening, Departamento Legal", "", "Ref.: solicitud de eliminacion de datos personales", "",
      "Keystone Screening es una agencia de informes de consumidores. La informacion de sus",
      "expedientes se rige por la Ley de Informes de Credito Justos (FCRA) y esta exenta de",
      "las solicitudes de eliminacion de las leyes estatales de privacidad. Por eso no podemos",
      "eliminarla. Usted tiene derecho a una copia gratuita de su expediente.", "", "Keystone Screening"])
R("es", "refused", ("Equipo de Privacidad", "privacidad@vantagegraph.example"),
  "RE: Solicitud de eliminación de datos personales - OPT-Q-6203",
  """Hola:

VantageGraph trata información personal por cuenta de sus clientes empresariales como proveedor de servicios. No decidimos qué datos se recopilan ni cómo se usan, y no podemos atender solicitudes de consumidores directamente. Dirija su solicitud a la empresa con la que tiene relación.

VantageGraph""", reason="service provider (ask the business)", quoted=L3)
R("es", "refused", ("Protección de Datos", "proteccion.datos@adnubeiberia.example"),
  "Su solicitud de supresión (art. 17 RGPD)",
  """Estimado/a Sr./Sra.:

En relación con los datos a los que se refiere, AdNube Iberia actúa como encargado del tratamiento de los editores y anunciantes que usan nuestra plataforma, conforme al artículo 28 del RGPD. Solo podemos tratar los datos siguiendo sus instrucciones. Le rogamos que se dirija al responsable del tratamiento (el sitio web o la aplicación en cuestión).

Un saludo,
Protección de Datos""", reason="service provider (ask the business)", charset="windows-1252", cte="quoted-printable")
R("es", "unsure", ("Solicitudes de Privacidad", "solicitudes@homesfile.example"),
  "Su solicitud de eliminación #HF-77402 está completa",
  """Estimado Sr. Villalobos Ureña:

Completamos la solicitud de eliminación #HF-77402. El perfil de propietario de 240 Calle Almendro fue eliminado de HomesFile.

HomesFile""", quoted=L3)
R("es", "acknowledged", ("Centro de Privacidad", "no-reply@privacycenter.crowdlens.example"),
  "Recibimos su solicitud",
  """Hola:

Recibimos su solicitud de eliminación de información personal. Número de solicitud: CL-5530-2217.

Puede [consultar el estado de su solicitud](https://privacycenter.crowdlens.example/status/CL-5530-2217?lang=es) en cualquier momento. Le escribiremos cuando esté completa, normalmente en 30 días.

Centro de Privacidad de CrowdLens""", domains="crowdlens.example privacycenter.crowdlens.example", form="alt")
R("es", "acknowledged", ("Privacidad", "privacidad@nationlookup.example"),
  "Su solicitud de eliminación",
  """Gracias por su solicitud de eliminación. Está en nuestra cola y normalmente se completa en 72 horas. Recibirá un segundo correo cuando esté hecha.

Para dejar de recibir correos de mercadeo de NationLookup, [dese de baja aquí](https://mail.nationlookup.example/unsubscribe?u=5511&l=privacidad).""", form="alt")
R("es", "verify_link", ("Exclusión", "exclusion@peoplefolio.example"),
  "Acción requerida: confirme su exclusión",
  """Hola:

Recibimos una solicitud para quitar un perfil de PeopleFolio. Para terminar, haga clic en el enlace de abajo dentro de 7 días. Si no lo hace, la solicitud vencerá y el perfil seguirá público.

[Confirmar mi exclusión](https://peoplefolio.example/optout/confirm?id=5cd2e91f&k=RT07&lang=es)

[Administrar preferencias](https://peoplefolio.example/preferences?u=5cd2e91f) | [Darse de baja](https://peoplefolio.example/unsubscribe?u=5cd2e91f)""",
  link="https://peoplefolio.example/optout/confirm?id=5cd2e91f&k=RT07&lang=es", form="alt")
R("es", "verify_link", ("Privacidad", "privacidad@arcadiasearch.example"),
  "Verifique su solicitud",
  """Hola:

Antes de eliminar los registros que pidió, necesitamos comprobar que este correo le pertenece. [Verificar mi solicitud](https://arcadiasearch.example/redirect?u=https%3A%2F%2Farcadiasearch.example%2Fverify%3Fr%3D7790%26c%3D61cd)

Puede ver el avance en nuestra [página de estado](https://arcadiasearch.example/privacy/status?r=7790).""",
  link="https://arcadiasearch.example/redirect?u=https%3A%2F%2Farcadiasearch.example%2Fverify%3Fr%3D7790%26c%3D61cd",
  form="html")
R("es", "verify_link", ("Bajas", "bajas@dwellinglookup.example"),
  "Inicie sesión para terminar su solicitud",
  """Hola:

Para terminar su solicitud de eliminación, inicie sesión en su cuenta de DwellingLookup y apruébela en Configuración > Privacidad: [iniciar sesión](https://dwellinglookup.example/account/login?next=/settings/privacy/approve/4502&lang=es).

Las solicitudes que no se aprueben en 14 días se cierran.""", form="alt")
R("es", "acknowledged", ("Equipo de Privacidad", "privacidad@greyfieldrecords.example"),
  "¿Cómo lo hicimos?",
  """Hola:

Su solicitud de privacidad GR-8840 fue recibida y asignada a un especialista. Respondemos dentro de 45 días.

Mientras tanto, cuéntenos su experiencia: [encuesta de 2 minutos](https://survey.greyfieldrecords.example/s/confirm-experience?r=GR-8840&lang=es).""",
  form="html", pre="Confirme: ¿cómo fue su experiencia?")
R("es", "acknowledged", ("Privacidad", "privacidad@brightpathdata.example"),
  "Solicitud recibida: BPD-20988",
  """Hola:

Recibimos su solicitud de eliminación de información personal. La revisaremos y responderemos dentro de 45 días.

--
Brightpath Data, Inc. | Extracto del aviso de privacidad: cuando recibimos una solicitud verificada, la información personal se elimina de los sistemas activos y de las copias de respaldo en 90 días. Las eliminaciones confirmadas quedan registradas. Si recibió este correo por error, bórrelo.""")
R("es", "acknowledged", ("Privacidad", "privacidad@hollowbrook.example"),
  "RE: Solicitud de eliminación de datos personales - OPT-Q-6203",
  """Recibido, gracias. Lo pasamos al equipo de datos.""", quoted=L3)
R("es", "confirmed", ("Privacidad", "privacidad@hollowbrook.example"),
  "RE: RE: Solicitud de eliminación de datos personales - OPT-Q-6203",
  """El equipo de datos ya eliminó los registros de su clienta, incluido el perfil de búsqueda. Con esto queda completa la solicitud.""", quoted=L3)
R("es", "confirmed", ("Lucía Ramírez Ortega", "l.ramirez@puentes-clinica.example"),
  "RV: Su solicitud de exclusión",
  """Reenvío lo que le llegó a la clienta a su propio correo. Favor de archivarlo en su caso.

Lucía""", form="fwd", domains="lookwise.example", inner=dict(
      frm=("LookWise Privacidad", "privacidad@lookwise.example"), to=("R. E. de la Cruz", "rosaelena.dlc@correo.example"),
      subject="Su solicitud de exclusión", charset="utf-8", cte="base64", form="plain", quoted="",
      headers={}, table=None, pre="", track="", html="",
      body="Hola:\n\nSu solicitud de exclusión fue completada. El perfil que envió fue eliminado de LookWise y de nuestros sitios asociados.\n\nLookWise"))
R("es", "acknowledged", ("Solicitudes de Privacidad", "privacidad@dataloomcorp.example"),
  "Paso 1 de 2: solicitud recibida",
  """Gracias. Este es el paso 1 de 2.

Recibimos su solicitud y verificamos el correo. Ahora nuestro equipo buscará y eliminará los registros. Recibirá otro correo (paso 2) cuando la eliminación esté completa.""", cte="base64")
R("es", "acknowledged", ("Exclusiones", "exclusion@metrofinders.example"),
  "Su perfil será eliminado",
  """Hola:

Su exclusión fue aprobada. El perfil se eliminará de MetroFinders en nuestra próxima actualización de datos, que se publica el primer día hábil de cada mes. Hasta entonces puede seguir apareciendo.

MetroFinders""")
R("es", "acknowledged", ("Privacidad", "privacidad@pinecrestpeople.example"),
  "Eliminación confirmada",
  """Hola:

Gracias por su solicitud. Estamos trabajando en ella y le avisaremos cuando la eliminación esté completa. Espere hasta 30 días.

Pinecrest People""")
R("es", "confirmed", ("Privacidad", "privacidad@canyonindex.example"),
  "Solicitud recibida",
  """Hola:

Gracias por su solicitud. Hoy quitamos el perfil de Canyon Index y borramos el registro de origen. No necesita hacer nada más.

Canyon Index""")
R("es", "needs_info", ("Privacidad", "privacidad@westwardtrace.example"),
  "RE: Solicitud de eliminación de datos personales - OPT-Q-6203",
  """Hola:

Encontramos tres perfiles que podrían ser de Rosa Elena de la Cruz Villanueva: uno como "Rosa Delacruz" en Houston, uno como "Rosa E. Villanueva" en Pasadena y uno como "Rosa de la Cruz" en Phoenix. ¿Cuál es el de su clienta? Responda con la ciudad o con los enlaces y quitaremos el correcto.

Westward Trace""", quoted=L3)
R("es", "needs_id", ("Verificación", "verificacion@openrecordshub.example"),
  "Se necesita información adicional",
  """Hola:

Para evitar solicitudes fraudulentas, necesitamos verificar la identidad de la persona. Responda con una copia de una identificación oficial con foto (puede tapar la foto y el número) y un comprobante de domicilio reciente, como un recibo de luz.

---
Open Records Hub. Los registros se eliminan una vez confirmados.""", quoted=L3)
R("es", "refused", ("Privacidad", "privacidad@birchlanedata.example"),
  "Solicitud cerrada: identidad no verificada",
  """Hola:

El 2 de octubre pedimos información para verificar la identidad de la persona. No la recibimos en 30 días, así que cerramos la solicitud sin tomar ninguna medida. Puede enviar una nueva solicitud cuando quiera.

Birch Lane Data""", reason="identity not verified")
R("es", "extended", ("Privacidad", "privacidad@goldcoastcontacts.example"),
  "Su solicitud necesita más tiempo",
  """Hola:

Necesitamos más tiempo para completar su solicitud y tomaremos 45 días adicionales, como permite la CCPA. Esperamos responder a más tardar el 22 de enero de 2027.

Gold Coast Contacts""")
R("es", "extended", ("DPD", "dpd@mesetadatos.example"),
  "Ampliación del plazo de respuesta",
  """Estimada señora:

Debido a la complejidad y al número de solicitudes, ampliamos en dos meses el plazo para responder, conforme al artículo 12.3 del RGPD.

Atentamente,
Meseta Datos, S.A.""", charset="iso-8859-1", cte="quoted-printable")
R("es", "refused", ("DPD", "dpd@creditoandino.example"),
  "Su solicitud de supresión",
  """Estimada señora:

No podemos suprimir los datos de su clienta porque Crédito Andino, como sistema de información crediticia, está obligado por ley a conservar los datos de operaciones de crédito durante cinco años desde su cancelación. Los datos se suprimirán al término de ese plazo.

Puede presentar una reclamación ante la Agencia Española de Protección de Datos.""", reason="legal obligation to retain", charset="iso-8859-15", cte="8bit")
R("es", "auto_reply", ("Privacidad", "privacidad@summitpeople.example"),
  "Respuesta automática: Solicitud de eliminación",
  """Gracias por su correo. Nuestra oficina está cerrada por el feriado y vuelve a abrir el lunes 30 de noviembre. Respondemos en el orden de llegada.""",
  headers={"Auto-Submitted": "auto-replied"})
R("es", "bounce", ("Mail Delivery System", "mailer-daemon@mx4.relay-mail.example"),
  "Notificación de estado de entrega (error)",
  """No se pudo entregar su mensaje a privacidad@brokercerrado.example. El buzón no existe.""",
  form="bounce", domains="brokercerrado.example", quoted=L3, headers={"X-Failed": "privacidad@brokercerrado.example"})
R("es", "unsure", ("Privacidad", "privacidad@saltmarshdata.example"),
  "Su solicitud de eliminación está completa",
  """Hola:

Revisamos su solicitud. No vendemos información personal y marcamos su registro para que no se comparta con nuestros socios.

Saltmarsh Data""")
R("es", "confirmed", ("Soporte", "soporte@recordbay.example"),
  "Su solicitud (48902) ha sido resuelta",
  """##- Escriba su respuesta encima de esta línea -##

Su solicitud (48902) ha sido resuelta.

Marta (Soporte de RecordBay)
Hola, el perfil que reportó fue borrado de RecordBay y no volverá a aparecer en las búsquedas.

¿Cómo calificaría la atención recibida?
[Buena](https://recordbay.example/hc/requests/48902/satisfaction/good?token=7c1d) | [Mala](https://recordbay.example/hc/requests/48902/satisfaction/bad?token=7c1d)""",
  form="html", headers={"X-Zendesk-From-Account-Id": "5d21ab"})
R("es", "unsure", ("Soporte", "soporte@plainsightpeople.example"),
  "[PlainSight] Ticket #30277 cerrado",
  """Hola:

Su ticket #30277 "Solicitud de eliminación de datos personales" ha sido cerrado. Si cree que no se resolvió, responda a este correo para reabrirlo.

[Califique nuestra atención](https://plainsightpeople.freshdesk.example/support/surveys/30277?rating=happy)""",
  domains="plainsightpeople.example plainsightpeople.freshdesk.example", headers={"X-Freshdesk-Ticket-Id": "30277"})
R("es", "confirmed", ("Privacy Team", "privacy@kinfinder.example"),
  "Your opt-out / Su exclusión",
  """Hola, your request is done. El perfil que nos mandó ya fue removido de KinFinder y también cerramos la cuenta con el mismo email. Search engines pueden tardar 48 horas en borrar su copia.

KinFinder Privacy""")
R("es", "acknowledged", ("Privacidad", "privacidad@dataloomcorp.example"),
  "Su solicitud ha sido recibido",
  """Estimado cliente:

Su petición de borrado ha sido recibido y está siendo procesado por nuestro equipo. Usted recibirá un correo electrónico de confirmación cuando el proceso sea completo. Gracias por su paciencia en este asunto.

Equipo de Privacidad""")

# -- the EU's and the UK's languages (GDPR replies) -------------------------------------------------
R("fr", "confirmed", ("Délégué à la protection des données", "dpo@hexagone-fichiers.example"),
  "Votre demande d'effacement - réf. HF-2026-1187",
  """Madame, Monsieur,

Suite à votre demande fondée sur l'article 17 du RGPD, nous vous confirmons que les données personnelles de votre cliente ont été effacées de nos fichiers de prospection. Ses nom et adresse postale sont conservés dans une liste d'opposition, uniquement pour éviter qu'elles ne soient à nouveau collectées.

Nous vous prions d'agréer nos salutations distinguées.
Le DPO""", charset="iso-8859-1", cte="quoted-printable")
R("fr", "unsure", ("Service Consommateurs", "conso@lutece-marketing.example"),
  "Votre opposition a bien été prise en compte",
  """Bonjour,

Votre opposition à la prospection commerciale a bien été enregistrée : vous ne recevrez plus nos offres par courrier ni par courriel. Vos données sont conservées dans notre liste Bloctel interne afin de respecter votre choix.

Service Consommateurs""")
R("fr", "refused", ("Protection des données", "rgpd@adsquare-paris.example"),
  "Re: Demande d'effacement",
  """Bonjour,

Pour les traitements que vous décrivez, nous agissons en qualité de sous-traitant (article 28 du RGPD) pour le compte des éditeurs de sites. Nous ne pouvons pas donner suite directement à votre demande ; nous vous invitons à contacter le responsable de traitement concerné.

Cordialement""", reason="service provider (ask the business)")
R("fr", "refused", ("DPO", "dpo@annuaire-rive.example"),
  "Réponse à votre demande",
  """Madame,

Après vérification, nous ne détenons aucune donnée concernant la personne mentionnée dans votre courrier.

Cordialement,
Le DPO d'Annuaire Rive""", reason="no record")
R("fr", "acknowledged", ("Service Vie Privée", "vieprivee@pagesblanches-sud.example"),
  "Accusé de réception de votre demande",
  """Bonjour,

Nous accusons réception de votre demande de suppression. Elle sera traitée dans un délai d'un mois. La fiche sera retirée de l'annuaire lors de la prochaine mise à jour, prévue en janvier.

Service Vie Privée""")
R("de", "confirmed", ("Datenschutz", "datenschutz@adressbruecke.example"),
  "Ihr Antrag auf Löschung nach Art. 17 DSGVO",
  """Sehr geehrte Damen und Herren,

wir bestätigen Ihnen, dass sämtliche personenbezogenen Daten Ihrer Mandantin aus unserem Adressbestand gelöscht wurden. Um eine erneute Aufnahme zu verhindern, führen wir Name und Anschrift in einer Sperrliste.

Mit freundlichen Grüßen
Datenschutzbeauftragter, Adressbrücke GmbH""", charset="iso-8859-15", cte="quoted-printable")
R("de", "refused", ("Datenschutz", "datenschutz@schufa-nord.example"),
  "Ihr Löschantrag",
  """Sehr geehrte Damen und Herren,

eine Löschung ist derzeit nicht möglich. Als Auskunftei sind wir verpflichtet, Angaben zu erledigten Forderungen drei Jahre lang zu speichern (Art. 17 Abs. 3 lit. b DSGVO). Nach Ablauf der Frist werden die Daten automatisch gelöscht.

Mit freundlichen Grüßen""", reason="legal obligation to retain")
R("de", "unsure", ("Kundenservice", "service@werbewelt-direkt.example"),
  "Werbewiderspruch bestätigt",
  """Guten Tag,

Ihr Widerspruch gegen die Nutzung Ihrer Daten für Werbezwecke wurde vermerkt. Sie erhalten künftig keine Werbung mehr von uns. Ihre Daten werden hierfür in unserer Werbesperrdatei gespeichert.

Ihr Kundenservice""")
R("de", "verify_link", ("Datenschutz-Team", "datenschutz@personenfinder-de.example"),
  "Bitte bestätigen Sie Ihren Antrag",
  """Guten Tag,

bitte bestätigen Sie Ihren Löschantrag über den folgenden Link, damit wir ihn bearbeiten können: [Antrag bestätigen](https://personenfinder-de.example/loeschung/bestaetigen?t=4d7a21)

Den Bearbeitungsstand sehen Sie hier: [Status](https://personenfinder-de.example/loeschung/status?t=4d7a21)""",
  link="https://personenfinder-de.example/loeschung/bestaetigen?t=4d7a21", form="alt")
R("de", "extended", ("Datenschutz", "datenschutz@datenhaus-sued.example"),
  "Fristverlängerung",
  """Sehr geehrte Damen und Herren,

aufgrund der Komplexität Ihres Antrags verlängern wir die Frist gemäß Art. 12 Abs. 3 DSGVO um weitere zwei Monate.

Mit freundlichen Grüßen""")
R("it", "confirmed", ("Ufficio Privacy", "privacy@elenchi-italia.example"),
  "Esito della sua richiesta di cancellazione",
  """Gentile Signora,

le confermiamo che i dati personali della sua assistita sono stati cancellati dai nostri archivi e che la scheda non è più consultabile sul nostro sito.

Cordiali saluti,
Ufficio Privacy""")
R("it", "unsure", ("Ufficio Privacy", "privacy@promoitalia.example"),
  "Opposizione al marketing registrata",
  """Gentile Cliente,

abbiamo registrato la sua opposizione al trattamento per finalità di marketing. Non riceverà più comunicazioni promozionali. I suoi dati restano nei nostri sistemi per le altre finalità indicate nell'informativa.

Cordiali saluti""")
R("it", "needs_id", ("DPO", "dpo@registroconsumatori.example"),
  "Richiesta di cancellazione: documento necessario",
  """Gentile Signora,

per dare seguito alla richiesta abbiamo bisogno di una copia di un documento d'identità dell'interessata e della delega da lei firmata.

Cordiali saluti,
Il Responsabile della protezione dei dati""")
R("it", "acknowledged", ("Privacy", "privacy@guidanomi.example"),
  "Richiesta ricevuta",
  """Buongiorno,

abbiamo ricevuto la sua richiesta. La cancellazione sarà effettuata entro 72 ore e riceverà un'ulteriore e-mail a operazione conclusa.

Privacy GuidaNomi""")
R("nl", "confirmed", ("Privacy", "privacy@adresboek-nl.example"),
  "Uw verzoek om verwijdering",
  """Geachte heer, mevrouw,

Wij bevestigen dat de persoonsgegevens van uw cliënt uit ons bestand zijn verwijderd. Het profiel is niet meer te vinden op onze website.

Met vriendelijke groet,
Team Privacy""")
R("nl", "unsure", ("Klantenservice", "klantenservice@postreclame-nl.example"),
  "Afmelding reclame",
  """Beste klant,

U bent afgemeld voor ongeadresseerde en geadresseerde reclame. Uw naam en adres blijven in onze afmeldlijst staan zodat u geen reclame meer ontvangt.

Met vriendelijke groet""")
R("nl", "refused", ("Functionaris Gegevensbescherming", "fg@datapolder.example"),
  "Reactie op uw verzoek",
  """Geachte mevrouw,

Na onderzoek blijkt dat wij geen persoonsgegevens van de betrokkene verwerken. Er valt daarom niets te verwijderen.

Met vriendelijke groet""", reason="no record")
R("nl", "acknowledged", ("Privacy", "privacy@zoekpersoon-nl.example"),
  "Ontvangstbevestiging",
  """Beste,

Wij hebben uw verzoek ontvangen. U ontvangt binnen een maand een inhoudelijke reactie. Verwijderde gegevens worden na verwerking niet bewaard; deze zin is onderdeel van ons standaard privacybeleid.

Team Privacy""")
R("pt", "confirmed", ("Encarregado de Dados", "dpo@listaslusas.example"),
  "Pedido de apagamento - concluído",
  """Exma. Senhora,

Confirmamos que os dados pessoais da sua cliente foram apagados das nossas bases de dados, nos termos do artigo 17.º do RGPD.

Com os melhores cumprimentos""")
R("pt", "needs_info", ("Privacidade", "privacidade@buscagente-br.example"),
  "Seu pedido foi atendido",
  """Olá,

Sua conta na BuscaGente foi excluída com sucesso. Perfis de registros públicos exibidos na busca não fazem parte da conta e devem ser removidos pelo formulário de exclusão.

Equipe BuscaGente""")
R("pt", "refused", ("Privacidade", "privacidade@creditobrasil-dados.example"),
  "Resposta à sua solicitação",
  """Prezada,

Os dados mencionados integram o cadastro positivo e sua manutenção decorre de obrigação legal. Por isso, não podem ser eliminados neste momento.

Atenciosamente""", reason="legal obligation to retain")
R("pt", "acknowledged", ("Privacidade", "privacidade@pessoasonline-pt.example"),
  "Recebemos o seu pedido",
  """Olá,

Recebemos o seu pedido. A remoção será feita na próxima atualização da base de dados e enviaremos outro e-mail quando estiver concluída.

Equipa de Privacidade""")
R("pl", "confirmed", ("Inspektor Ochrony Danych", "iod@bazaadresow.example"),
  "Odpowiedź na żądanie usunięcia danych",
  """Szanowni Państwo,

potwierdzamy, że dane osobowe Państwa klientki zostały usunięte z naszej bazy zgodnie z art. 17 RODO.

Z poważaniem,
Inspektor Ochrony Danych""", charset="windows-1250", cte="quoted-printable")
R("pl", "unsure", ("Obsługa Klienta", "bok@reklama-plus.example"),
  "Sprzeciw wobec marketingu",
  """Dzień dobry,

przyjęliśmy sprzeciw wobec przetwarzania danych w celach marketingowych. Nie będą Państwo otrzymywać od nas ofert. Dane pozostają w naszej bazie w celu realizacji sprzeciwu.

Pozdrawiamy""", charset="windows-1250", cte="8bit")
R("pl", "refused", ("IOD", "iod@biuro-kredytowe-pl.example"),
  "Żądanie usunięcia danych",
  """Szanowni Państwo,

nie możemy usunąć danych, ponieważ przepisy prawa bankowego zobowiązują nas do ich przechowywania przez okres 5 lat od wygaśnięcia zobowiązania.

Z poważaniem""", reason="legal obligation to retain", charset="windows-1250", cte="base64")
R("sv", "confirmed", ("Dataskydd", "dataskydd@adresskollen.example"),
  "Ditt ärende om radering",
  """Hej,

Vi bekräftar att personuppgifterna om din klient har raderats från vår databas och att profilen inte längre visas på vår webbplats.

Vänliga hälsningar
Dataskyddsombudet""")
R("sv", "refused", ("Kundtjänst", "kundtjanst@personsok-se.example"),
  "Angående radering",
  """Hej,

Vår databas omfattas av utgivningsbevis enligt yttrandefrihetsgrundlagen. Dataskyddsförordningen gäller därför inte uppgifterna som publiceras, och vi kan inte radera profilen.

Med vänlig hälsning""", reason="exempt (freedom of expression)")
R("sv", "acknowledged", ("Dataskydd", "dataskydd@marknadsdata-se.example"),
  "Vi har tagit emot din begäran",
  """Hej,

Vi har tagit emot din begäran och återkommer inom en månad. Du får ett nytt mejl när raderingen är genomförd.

Vänliga hälsningar""")
R("da", "confirmed", ("Databeskyttelse", "dpo@adressedata-dk.example"),
  "Din anmodning om sletning",
  """Kære modtager,

Vi bekræfter, at alle personoplysninger om din klient er slettet fra vores systemer.

Med venlig hilsen
Databeskyttelsesrådgiveren""")
R("da", "unsure", ("Kundeservice", "kundeservice@reklamehuset-dk.example"),
  "Frabedt reklame",
  """Hej,

Du er nu registreret som frabedt reklame hos os. Vi gemmer dit navn og din adresse, så vi kan respektere dit valg.

Venlig hilsen""")
R("cs", "confirmed", ("Pověřenec", "dpo@adresar-cz.example"),
  "Vyřízení žádosti o výmaz",
  """Vážená paní,

potvrzujeme, že osobní údaje Vaší klientky byly vymazány z naší databáze.

S pozdravem
pověřenec pro ochranu osobních údajů""", charset="windows-1250", cte="quoted-printable")
R("cs", "refused", ("Zákaznická podpora", "podpora@zpracovatel-cz.example"),
  "Re: Žádost o výmaz",
  """Dobrý den,

ve vztahu k uvedeným údajům jsme pouze zpracovatelem. Obraťte se prosím na správce, pro kterého údaje zpracováváme.

S pozdravem""", reason="service provider (ask the business)", charset="windows-1250", cte="8bit")
R("el", "confirmed", ("Υπεύθυνος Προστασίας Δεδομένων", "dpo@katalogos-gr.example"),
  "Διαγραφή δεδομένων",
  """Αγαπητή κυρία,

Σας επιβεβαιώνουμε ότι τα προσωπικά δεδομένα της εντολέως σας διαγράφηκαν από τη βάση δεδομένων μας.

Με εκτίμηση""", charset="iso-8859-7", cte="quoted-printable")
R("el", "unsure", ("Εξυπηρέτηση", "info@diafimisi-gr.example"),
  "Διαγραφή από τη λίστα",
  """Καλησπέρα σας,

Η διεύθυνση email σας διαγράφηκε από τη λίστα ενημερωτικών δελτίων μας. Δεν θα λαμβάνετε πλέον προσφορές.

Ευχαριστούμε""", charset="iso-8859-7", cte="8bit")
R("hu", "confirmed", ("Adatvédelem", "adatvedelem@cimtar-hu.example"),
  "Törlési kérelem teljesítése",
  """Tisztelt Hölgyem!

Tájékoztatjuk, hogy ügyfele személyes adatait adatbázisunkból töröltük.

Üdvözlettel:
Adatvédelmi tisztviselő""", charset="iso-8859-2", cte="quoted-printable")
R("hu", "extended", ("Adatvédelem", "adatvedelem@marketing-hu.example"),
  "Határidő meghosszabbítása",
  """Tisztelt Hölgyem!

A kérelem összetettségére tekintettel a válaszadási határidőt a GDPR 12. cikk (3) bekezdése alapján további két hónappal meghosszabbítjuk.

Üdvözlettel""")
R("fi", "confirmed", ("Tietosuoja", "tietosuoja@osoitepalvelu-fi.example"),
  "Poistopyyntösi",
  """Hei,

Vahvistamme, että asiakkaasi henkilötiedot on poistettu rekisteristämme.

Ystävällisin terveisin
Tietosuojavastaava""")
R("fi", "unsure", ("Asiakaspalvelu", "asiakaspalvelu@suoramainonta-fi.example"),
  "Suoramarkkinointikielto",
  """Hei,

Suoramarkkinointikieltosi on kirjattu. Tietosi säilytetään kieltorekisterissämme, jotta kieltoa voidaan noudattaa.

Terveisin""")

# -- Haitian Creole, Vietnamese, Chinese, Korean, Tagalog, Arabic, Russian, Japanese --------------------
R("ht", "confirmed", ("Sèvis Vi Prive", "viprive@kinfinder.example"),
  "Demann retrè ou a fini",
  """Bonjou,

Nou retire pwofil ou te voye a sou KinFinder epi nou efase dosye a nan baz done nou. Ou pa bezwen fè anyen ankò.

KinFinder""")
R("ht", "unsure", ("Sèvis Vi Prive", "viprive@tallgrassdata.example"),
  "Demann 'Pa Vann' ou a fini",
  """Bonjou,

Nou trete demann ou pou nou pa vann ni pataje enfòmasyon pèsonèl ou. Sa pa efase enfòmasyon yo nan sistèm nou.

Tallgrass Data""")
R("ht", "acknowledged", ("Sèvis Vi Prive", "viprive@metrofinders.example"),
  "N ap retire lis ou a",
  """Bonjou,

Nou apwouve demann ou an. Lis la ap disparèt nan pwochen mizajou done nou yo, nan kòmansman mwa a. Jiskaprezan li ka toujou parèt.

MetroFinders""")
R("vi", "confirmed", ("Bộ phận Quyền riêng tư", "privacy@canyonindex.example"),
  "Yêu cầu của bạn đã hoàn tất",
  """Xin chào,

Chúng tôi đã gỡ hồ sơ khỏi Canyon Index và xóa bản ghi gốc. Bạn không cần làm gì thêm.

Canyon Index""")
R("vi", "unsure", ("Bộ phận Quyền riêng tư", "privacy@trueaddress.example"),
  "V/v yêu cầu xóa - OPT-Q-7345",
  """Xin chào,

Chúng tôi đã xóa hồ sơ P-88213-A. Chúng tôi không tìm thấy hồ sơ P-90441-C nên chưa thực hiện gì với hồ sơ này.

TrueAddress""", quoted=L4)
R("vi", "verify_link", ("Bộ phận Quyền riêng tư", "privacy@peoplefolio.example"),
  "Vui lòng xác nhận yêu cầu",
  """Xin chào,

Để hoàn tất yêu cầu gỡ hồ sơ, vui lòng nhấp vào liên kết sau trong vòng 7 ngày: [Xác nhận](https://peoplefolio.example/optout/confirm?id=71be0a44&k=VN33&lang=vi)

[Hủy đăng ký nhận email](https://peoplefolio.example/unsubscribe?u=71be0a44)""",
  link="https://peoplefolio.example/optout/confirm?id=71be0a44&k=VN33&lang=vi", form="alt")
R("zh", "confirmed", ("隐私团队", "privacy@huaxun-data.example"),
  "您的删除请求已完成",
  """您好：

我们已从数据库中删除与您的请求相符的个人信息，相关资料页面也已下线。

华讯数据 隐私团队""", charset="gb2312", cte="base64")
R("zh", "unsure", ("客户服务", "service@huaxun-data.example"),
  "退订成功",
  """您好：

您已成功退订我们的营销邮件，今后将不会再收到推广信息。

华讯数据""", charset="gbk", cte="8bit")
R("zh", "refused", ("隱私團隊", "privacy@taipei-adtech.example"),
  "回覆：刪除請求",
  """您好：

就您所述的資料，我們僅為客戶處理資料的受託方，無法直接處理您的請求。請向相關網站或應用程式的經營者提出。

敬上""", reason="service provider (ask the business)", charset="big5", cte="base64")
R("ko", "confirmed", ("개인정보 보호팀", "privacy@hangang-info.example"),
  "삭제 요청 처리 완료",
  """안녕하세요.

요청하신 개인정보를 데이터베이스에서 삭제하였으며, 해당 프로필은 더 이상 검색되지 않습니다.

한강정보 개인정보 보호팀""", charset="euc-kr", cte="base64")
R("ko", "needs_info", ("고객센터", "help@hangang-info.example"),
  "회원 탈퇴 완료",
  """안녕하세요.

회원 탈퇴가 완료되어 계정이 삭제되었습니다. 공개 기록으로 만들어진 인물 정보 페이지는 계정과 별개이며 별도로 삭제를 요청하셔야 합니다.

한강정보""", charset="euc-kr", cte="quoted-printable")
R("ko", "acknowledged", ("개인정보 보호팀", "privacy@seoul-lists.example"),
  "요청이 접수되었습니다",
  """안녕하세요.

삭제 요청이 접수되었습니다. 72시간 이내에 처리되며, 완료되면 별도의 이메일로 알려 드리겠습니다.""")
R("tl", "confirmed", ("Privacy Team", "privacy@lookwise.example"),
  "Tapos na ang inyong opt-out",
  """Magandang araw,

Natanggal na ang listing na ipinadala ninyo sa LookWise at sa aming mga partner site. Wala na kayong kailangang gawin.

LookWise Privacy""")
R("tl", "needs_info", ("Privacy Team", "privacy@findfolk.example"),
  "Nabura na ang inyong account",
  """Magandang araw,

Nabura na ang inyong FindFolk account. Paalala: hindi kasama rito ang mga public record profile sa search results; hiwalay na request iyon sa aming opt-out page.

FindFolk""")
R("tl", "needs_id", ("Privacy Team", "privacy@openrecordshub.example"),
  "Kailangan ng karagdagang impormasyon",
  """Magandang araw,

Para maproseso ang request, magpadala po ng kopya ng government ID at patunay ng kasalukuyang address, tulad ng utility bill.

Open Records Hub""")
R("ar", "confirmed", ("فريق الخصوصية", "privacy@nakhla-data.example"),
  "تم تنفيذ طلب الحذف",
  """مرحباً،

نؤكد أننا حذفنا البيانات الشخصية الخاصة بموكلتكم من قاعدة بياناتنا، ولم يعد الملف الشخصي ظاهراً على موقعنا.

فريق الخصوصية""", charset="windows-1256", cte="base64")
R("ar", "unsure", ("فريق الخصوصية", "privacy@nakhla-data.example"),
  "طلب عدم البيع",
  """مرحباً،

قمنا بتسجيل طلبكم بعدم بيع المعلومات الشخصية أو مشاركتها. هذا الطلب لا يحذف المعلومات من أنظمتنا.

فريق الخصوصية""", charset="windows-1256", cte="quoted-printable")
R("ar", "refused", ("الشؤون القانونية", "legal@sijil-records.example"),
  "بخصوص طلب الحذف",
  """مرحباً،

المعلومات المعروضة في ملف موكلتكم مصدرها سجلات عامة حكومية، وهي مستثناة من طلبات الحذف، لذلك سيبقى الملف متاحاً.

الشؤون القانونية""", reason="exempt (public records)")
R("ru", "confirmed", ("Служба защиты данных", "dpo@spravka-baza.example"),
  "Ваш запрос на удаление выполнен",
  """Здравствуйте!

Подтверждаем, что персональные данные вашей клиентки удалены из нашей базы, а её профиль больше не отображается на сайте.

С уважением,
служба защиты данных""", charset="koi8-r", cte="8bit")
R("ru", "unsure", ("Служба поддержки", "support@spravka-baza.example"),
  "Отписка от рассылки",
  """Здравствуйте!

Ваш адрес удалён из списка рассылки. Вы больше не будете получать рекламные письма.

Служба поддержки""", charset="koi8-r", cte="quoted-printable")
R("ru", "unsure", ("Служба защиты данных", "dpo@ural-listy.example"),
  "Ответ на запрос",
  """Здравствуйте!

По результатам проверки сообщаем, что мы не обрабатываем персональные данные указанного лица. Удалять нечего.

С уважением""")
R("ja", "confirmed", ("個人情報保護窓口", "privacy@sakura-meibo.example"),
  "削除のご依頼について",
  """ご担当者様

ご依頼の個人情報は当社データベースから削除いたしました。該当のページも公開を停止しております。

さくら名簿 個人情報保護窓口""", charset="iso-2022-jp", cte="7bit")
R("ja", "refused", ("個人情報保護窓口", "privacy@sakura-meibo.example"),
  "Re: 削除のご依頼",
  """ご担当者様

当社は委託先として顧客企業の指示に基づき情報を取り扱っております。ご依頼は委託元の事業者様へお申し出ください。""",
  reason="service provider (ask the business)", charset="iso-2022-jp", cte="7bit")


# -- status tables, calendar reminders, PDF letters, more bounces and auto-replies ------------------
R("en", "unsure", ("Privacy Portal", "portal@privacy.oakhollowdata.example"),
  "Your request is complete",
  """Hello,

Here is the latest status of your privacy request.

Questions? Reply to this e-mail.""", domains="oakhollowdata.example privacy.oakhollowdata.example",
  form="html", pre="Your request is complete. No further action needed.",
  track="https://privacy.oakhollowdata.example/open/p.gif?r=OH-6620",
  table=[("Request", "OH-6620"), ("Request type", "Opt out of sale/sharing"), ("Status", "Completed"),
         ("Completed on", "November 18, 2026")])
R("en", "confirmed", ("Privacy Portal", "portal@privacy.oakhollowdata.example"),
  "Your request is complete",
  """Hello,

Here is the latest status of your privacy request.

Questions? Reply to this e-mail.""", domains="oakhollowdata.example privacy.oakhollowdata.example",
  form="html", pre="Your request is complete.", track="https://privacy.oakhollowdata.example/open/p.gif?r=OH-6641",
  table=[("Request", "OH-6641"), ("Request type", "Delete my personal information"), ("Status", "Completed"),
         ("Result", "2 records deleted, profile removed from search")])
R("es", "acknowledged", ("Portal de Privacidad", "portal@privacy.oakhollowdata.example"),
  "Actualización de su solicitud",
  """Hola:

Este es el estado actual de su solicitud de privacidad.

¿Preguntas? Responda a este correo.""", domains="oakhollowdata.example privacy.oakhollowdata.example",
  form="html", pre="¡Listo! Su solicitud fue completada", track="https://privacy.oakhollowdata.example/open/p.gif?r=OH-6702",
  table=[("Solicitud", "OH-6702"), ("Tipo", "Eliminar mi información personal"), ("Estado", "En proceso"),
         ("Fecha estimada", "15 de diciembre de 2026")])
R("en", "acknowledged", ("Opt-Out Scheduling", "schedule@harvestlookup.example"),
  "Your removal is scheduled",
  """Hello,

Your removal has been approved and scheduled for our December 15 publishing cycle. We've attached a calendar reminder; after that date, search for the listing to make sure it is gone.""",
  form="ics", cal=ics("Listing removal scheduled (HarvestLookup)", "20261215T090000Z",
                      "The listing is scheduled to be removed in the December 15 publishing cycle.",
                      "hl-removal-5521@harvestlookup.example", "schedule@harvestlookup.example"))
R("en", "confirmed", ("Privacy Compliance", "compliance@pioneerdirectories.example"),
  "Response to your request",
  """Our response is in the attached letter.""", form="pdf", pdf=[
      "Pioneer Directories, Privacy Compliance", "", "Re: request to delete personal information, OPT-Q-4417", "",
      "We have deleted the personal information we held about your client and removed the",
      "directory listing from pioneerdirectories.example. The deletion covers our archives",
      "and the data we supply to partners.", "", "Pioneer Directories"])
R("es", "needs_info", ("Privacidad", "privacidad@sunbeltpeople.example"),
  "RE: Solicitud de eliminación",
  """Hola:

No aceptamos solicitudes de eliminación por correo electrónico. Por favor envíe su solicitud mediante nuestro [formulario en línea](https://sunbeltpeople.example/privacy/form?lang=es), indicando el enlace del perfil.

Sunbelt People""", quoted=L3)
R("fr", "bounce", ("MAILER-DAEMON", "mailer-daemon@relais.courrier-fr.example"),
  "Message non remis",
  """Votre message n'a pas pu être remis à dpo@annuaire-ferme.example : adresse inconnue.""",
  form="bounce", domains="annuaire-ferme.example", quoted=L1, headers={"X-Failed": "dpo@annuaire-ferme.example"})
R("vi", "bounce", ("Mail Delivery System", "mailer-daemon@mx1.relay-mail.example"),
  "Thư không gửi được",
  """Không thể gửi thư của bạn tới privacy@vn-danba.example. Hộp thư không tồn tại.""",
  form="bounce", domains="vn-danba.example", quoted=L4, headers={"X-Failed": "privacy@vn-danba.example"})
R("de", "auto_reply", ("Datenschutz", "datenschutz@adressbruecke.example"),
  "Abwesenheitsnotiz: Ihr Antrag auf Löschung",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. Dezember nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.""",
  headers={"Auto-Submitted": "auto-replied"})
R("pt", "auto_reply", ("Privacidade", "privacidade@buscagente-br.example"),
  "Resposta automática",
  """Obrigado pela sua mensagem. Estamos em recesso de fim de ano e responderemos a partir de 5 de janeiro.""",
  headers={"Auto-Submitted": "auto-replied"})
R("zh", "auto_reply", ("隐私团队", "privacy@huaxun-data.example"),
  "自动回复：删除请求",
  """您好，您的邮件已收到。我们的办公室目前休假，将于12月7日恢复办公，届时将按顺序处理。""",
  headers={"Auto-Submitted": "auto-replied"})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
