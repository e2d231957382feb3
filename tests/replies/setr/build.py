"""Assemble set R (tests/replies/setr): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setr/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set R is modelled on the senders a clinic's letters really reach: the privacy-request portals brokers
and big companies answer from (request IDs, "completed", "closed", "rejected", download links), the
identity-verification vendors they send a client to, background-check and tenant-screening
companies under the FCRA, adtech identity graphs, marketing-data compilers, California's DROP,
Quebec's Law 25 and PIPEDA. It is weighted to what decides a client's case and a careless reader
gets wrong: a request closed unanswered or unverified; "residents of certain states only"; an
extension (45 days, two months); "manifestly unfounded or excessive"; "forwarded to our vendor";
"we will contact the consumer directly"; "send a signed authorisation"; "opt-out or deletion?";
auto-replies and challenge-response filters; bounces that quote our letter; a completion known only
from a portal's notice; another request type completed (access, with a download link); a correction
instead of a removal; marketing e-mail deleted but the public-record listing kept; "will no longer
appear after" a future date; HTML and plain parts that disagree; an older, other broker's
confirmation quoted below a new answer. Every name, address, domain and number is invented; domains
end in ``.example``, addresses of machines are documentation addresses (RFC 5737).

The body markup is set Q's (its first 120 lines were read; the MIME assembly below is written anew):

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer.

``form``: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML; ``html_body`` when the HTML says
something else), ``fwd`` (an earlier mail attached as message/rfc822), ``smime`` (multipart/signed
with a detached PKCS #7 signature), ``tnef`` (Outlook's winmail.dat beside the text), ``bounce`` (a
delivery report with our letter attached).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, anchors as _anchors, flowed,
    quote as _quote)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []
START = datetime(2026, 11, 2, 7, 41, tzinfo=timezone.utc)
CLINIC = ("Centro Legal Raíces del Valle", "bajas@raices-valle.example")
CLINIC_EN = ("Lakeshore Immigrant Justice Project", "privacy@lakeshore-ijp.example")


# -- text (set Q's markup) ------------------------------------------------------------------------


def html_of(body: str, quoted: str = "", charset: str = "utf-8", pre: str = "", hidden: str = "",
            track: str = "", table: list[tuple[str, str]] | None = None) -> str:
    """An HTML body: paragraphs, an optional status table after the first paragraph, a preheader
    hidden by CSS, other CSS-hidden text (``hidden``, which no mail program shows), a tracking pixel
    and the quoted mail as mail programs mark it."""
    paras = ["<p>" + _anchors(p).replace("\n", "<br>\n") + "</p>" for p in body.strip().split("\n\n")]
    if table:
        rows = "".join(f'<tr><td style="padding:4px 8px;color:#555">{_esc(k)}</td>'
                       f'<td style="padding:4px 8px"><b>{_esc(v)}</b></td></tr>\n' for k, v in table)
        paras.insert(1, f'<table role="presentation" cellpadding="0" cellspacing="0" border="1">\n{rows}</table>')
    q = ""
    if quoted:
        attr, _, rest = quoted.strip().partition("\n")
        if not attr.endswith("wrote:"):  # Gmail's attribution line stands above the quote, not in it
            attr, rest = "", quoted.strip()
        q = ('\n<div class="gmail_quote">' + (f'<div class="gmail_attr">{_esc(attr)}</div>' if attr else "")
             + '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
             + _esc(rest.strip()).replace("\n", "<br>\n") + "</blockquote></div>")
    head = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{_esc(pre)}'
            + "&zwnj;&nbsp;" * 8 + "</div>\n") if pre else ""
    if hidden:
        head += f'<span class="hide" style="display:none !important;font-size:0;color:#ffffff">{_esc(hidden)}</span>\n'
    img = f'<img src="{_esc(track)}" width="1" height="1" alt="" style="display:block;border:0">\n' if track else ""
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<style>.hide{display:none}</style></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + head + "\n".join(paras) + q + "\n" + img + "</body></html>\n")


# -- our letters, as the replies quote them ------------------------------------------------------

LETTER = {
    "en": ("Deletion request - Reference: {ref}",
           "To the privacy team,\n\nOur client, {name}, asks you to delete all personal information you hold "
           "about them, including any people-search listing or profile, and to stop selling or sharing it. "
           "{clinic} acts as their authorised agent; the signed authorisation is attached.\n\nPlease "
           "confirm in writing once the deletion is complete.\n\nReference: {ref}\n\n{clinic}"),
    "es": ("Solicitud de eliminación - Referencia: {ref}",
           "Estimado equipo de privacidad:\n\nNuestra clienta, {name}, les pide eliminar todos los datos "
           "personales que tengan sobre ella, incluido cualquier perfil o listado público, y dejar de "
           "venderlos o compartirlos. {clinic} actúa como su agente autorizado; adjuntamos la autorización "
           "firmada.\n\nLes rogamos confirmar por escrito cuando la eliminación esté completa.\n\n"
           "Referencia: {ref}\n\n{clinic}"),
}


def letter(lang: str, ref: str, name: str) -> tuple[str, str]:
    subj, body = LETTER["es" if lang == "es" else "en"]
    clinic = CLINIC[0] if lang == "es" else CLINIC_EN[0]
    return subj.format(ref=ref), body.format(ref=ref, name=name, clinic=clinic)


def quote_block(style: str, text: str, when: datetime, who: tuple[str, str], subject: str, to: str) -> str:
    """The earlier mail below an answer, as Gmail, Outlook or Apple Mail write it."""
    if style == "outlook":
        return ("\n________________________________\n"
                f"From: {who[0]} <{who[1]}>\nSent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")
    if style == "iphone":
        return (f"\n\nSent from my iPhone\n\n> On {when.strftime('%b %d, %Y')}, at {when.strftime('%H:%M')}, "
                f"{who[0]} <{who[1]}> wrote:\n>\n" + _quote(text))
    return (f"\nOn {when.strftime('%a, %b %d, %Y at %I:%M %p')} {who[0]} <{who[1]}> wrote:\n\n" + _quote(text))


# -- MIME (written anew) ---------------------------------------------------------------------------

def _encode(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def _leaf(ctype: str, text: str, charset: str, cte: str, *, params: str = "", raw: bytes | None = None) -> bytes:
    data = raw if raw is not None else text.encode(charset)
    data = data.replace(b"\r\n", b"\n")
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{params}\nContent-Transfer-Encoding: {cte}\n\n"
    body = _encode(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def _pick_cte(text: str, charset: str, cte: str | None) -> str:
    if cte:
        return cte
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable" if charset.lower() in ("utf-8", "iso-8859-1", "windows-1252", "iso-8859-15") else "base64"


def _multipart(subtype: str, parts: list[bytes], boundary: str, params: str = "") -> bytes:
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\n\n".encode(),
           b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        out.append(f"\n--{boundary}\n".encode() + p)
    out.append(f"\n--{boundary}--\n".encode())
    return b"".join(out)


def _blob(seed: str, n: int) -> bytes:
    """Deterministic bytes for a signature or a winmail.dat (the same on every rebuild)."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}:{i}".encode()).digest()
        i += 1
    return out[:n]


def _header(value: str, charset: str | None) -> str:
    if charset is None:
        try:
            value.encode("ascii")
            return value
        except UnicodeEncodeError:
            charset = "utf-8"
    # RFC 2047 by hand: the standard library renames some charsets on the way out (gb2312 as
    # "eucgb2312_cn", Shift_JIS as ISO-2022-JP); a mail program writes the one it used
    q = charset.lower().startswith(("iso-8859", "windows-125"))
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode(charset)) > (30 if q else 36):
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if q:
            enc = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else f"={b:02X}") for b in raw)
            out.append(f"=?{charset}?Q?{enc}?=")
        else:
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
    return "\n ".join(out)


def _addr(name: str, addr: str, charset: str | None) -> str:
    if charset is None:
        return formataddr((name, addr))
    return f"{_header(name, charset)} <{addr}>"


def R(file: str, lang: str, cls: str, body: str, *, frm: tuple[str, str], subject: str, domains: str,
      reason: str = "", link: str = "", form: str = "plain", charset: str = "utf-8", cte: str | None = None,
      html_body: str | None = None, pre: str = "", hidden: str = "", track: str = "",
      table: list[tuple[str, str]] | None = None, quote: str = "", quoted: str = "", ref: str = "",
      name: str = "", subject_charset: str | None = None, headers: dict[str, str] | None = None,
      flow: bool = False, mislabel: bool = False, inner: dict[str, object] | None = None,
      dsn: tuple[str, str, str] | None = None, to: tuple[str, str] | None = None, qlang: str = "") -> None:
    REPLIES.append(dict(locals()))


def _build(i: int, r: dict[str, object]) -> bytes:
    lang = str(r["lang"])
    frm = r["frm"]
    qlang = str(r["qlang"]) or lang  # the language of our letter, which the reply may quote
    to = r["to"] or (CLINIC if qlang == "es" else CLINIC_EN)
    when = START + timedelta(hours=7 * i, minutes=(i * 37) % 60)
    domain = str(frm[1]).split("@")[1]
    # our letter's reference: the one the reply names (its subject or its text), else one of its own
    named = re.search(r"OPT-R-\d+", f"{r['subject']} {r['body']}")
    ref = str(r["ref"]) or (named.group(0) if named else f"OPT-R-{4100 + i * 7}")
    # the quoted earlier mail: our letter unless the reply says what it quotes
    qtext = ""
    if r["quote"]:
        if r["quoted"]:
            qtext, qsubj, qwho = str(r["quoted"]), str(r["subject"]), frm
        else:
            qsubj, qtext = letter(qlang, ref, str(r["name"]) or "Ana Lucía Cárdenas de la Vega")
            qwho = to
        qtext = quote_block(str(r["quote"]), qtext, when - timedelta(days=3, hours=2), qwho, qsubj, str(frm[1]))
    body = str(r["body"])
    plain = plain_of(body) + table_text_of(r["table"]) + qtext
    if r["flow"]:
        plain = flowed(plain)
    charset = str(r["charset"])
    form = str(r["form"])
    boundary = f"=_setr_{i:03d}_{hashlib.sha1(str(r['file']).encode()).hexdigest()[:12]}"
    fparam = "; format=flowed; delsp=no" if r["flow"] else ""

    def plain_leaf() -> bytes:
        if r["mislabel"]:  # declared utf-8, written in latin-1 (a mail program's old habit)
            return _leaf("text/plain", "", "utf-8", "8bit", raw=plain.encode("latin-1"))
        return _leaf("text/plain", plain, charset, _pick_cte(plain, charset, r["cte"]), params=fparam)

    def html_leaf(src: str) -> bytes:
        h = html_of(src, quoted=re.sub(r"(?m)^> ?", "", qtext), charset=charset, pre=str(r["pre"]), hidden=str(r["hidden"]),
                    track=str(r["track"]), table=r["table"])
        return _leaf("text/html", h, charset, "quoted-printable" if charset == "utf-8" else _pick_cte(h, charset, r["cte"]))

    if form == "plain":
        content = plain_leaf()
    elif form == "html":
        content = html_leaf(body)
    elif form == "alt":
        content = _multipart("alternative", [plain_leaf(), html_leaf(str(r["html_body"] or body))], boundary)
    elif form == "fwd":
        inner = dict(r["inner"])
        inner_raw = _build_inner(i, inner)
        att = (b"Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"forwarded.eml\"\n\n"
               + inner_raw)
        content = _multipart("mixed", [plain_leaf(), att], boundary)
    elif form == "smime":
        sig = ("Content-Type: application/pkcs7-signature; name=\"smime.p7s\"\nContent-Transfer-Encoding: base64\n"
               "Content-Disposition: attachment; filename=\"smime.p7s\"\nContent-Description: S/MIME Cryptographic Signature\n\n"
               ).encode() + base64.encodebytes(b"\x30\x82\x05\x1a\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + _blob(str(r["file"]), 1290))
        content = _multipart("signed", [plain_leaf(), sig], boundary,
                             params='; protocol="application/pkcs7-signature"; micalg=sha-256')
    elif form == "tnef":
        tnef = ("Content-Type: application/ms-tnef; name=\"winmail.dat\"\nContent-Transfer-Encoding: base64\n"
                "Content-Disposition: attachment; filename=\"winmail.dat\"\n\n").encode() + base64.encodebytes(
                    b"\x78\x9f\x3e\x22\x01\x00\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00" + _blob(str(r["file"]), 700))
        content = _multipart("mixed", [plain_leaf(), tnef], boundary)
    elif form == "bounce":
        status, diag, rcpt = r["dsn"]
        subj, text = letter(qlang, ref, str(r["name"]) or "Rosa Itzel Xicará Tzoc")
        ours = (f"From: {formataddr(to)}\nTo: {rcpt}\nSubject: {subj}\nDate: {format_datetime(when - timedelta(minutes=4))}\n"
                f"Message-ID: <{ref.lower()}@{to[1].split('@')[1]}>\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n").encode() + text.encode() + b"\n"
        report = (f"Reporting-MTA: dns; {domain}\nArrival-Date: {format_datetime(when - timedelta(minutes=4))}\n\n"
                  f"Final-Recipient: rfc822; {rcpt}\nAction: {'delayed' if status.startswith('4') else 'failed'}\n"
                  f"Status: {status}\nRemote-MTA: dns; mx.{rcpt.split('@')[1]}\nDiagnostic-Code: smtp; {diag}\n").encode()
        parts = [plain_leaf(), b"Content-Type: message/delivery-status\n\n" + report,
                 b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + ours]
        content = _multipart("report", parts, boundary, params="; report-type=delivery-status")
    else:
        raise ValueError(form)

    sc = r["subject_charset"]
    hdr = [f"From: {_addr(str(frm[0]), str(frm[1]), sc if sc and not str(frm[0]).isascii() else None)}",
           f"To: {formataddr(to)}",
           f"Subject: {_header(str(r['subject']), sc)}",
           f"Date: {format_datetime(when)}",
           f"Message-ID: <setr.{i:03d}.{hashlib.sha1(str(r['file']).encode()).hexdigest()[:10]}@{domain}>"]
    if r["quote"] or form == "bounce":
        hdr.append(f"In-Reply-To: <{ref.lower()}@{to[1].split('@')[1]}>")
        hdr.append(f"References: <{ref.lower()}@{to[1].split('@')[1]}>")
    for k, v in (r["headers"] or {}).items():
        hdr.append(f"{k}: {v}")
    hdr.append("MIME-Version: 1.0")
    return ("\n".join(hdr) + "\n").encode("ascii") + content


def _build_inner(i: int, m: dict[str, object]) -> bytes:
    """An earlier mail attached whole (message/rfc822): a plain text, as its sender wrote it."""
    charset = str(m.get("charset", "utf-8"))
    text = plain_of(str(m["body"]))
    when = START + timedelta(hours=7 * i) - timedelta(days=int(m.get("days", 20)))
    frm = m["frm"]
    dom = str(frm[1]).split("@")[1]
    return (f"From: {formataddr(frm)}\nTo: {formataddr(m.get('to', CLINIC_EN))}\nSubject: {_header(str(m['subject']), None)}\n"
            f"Date: {format_datetime(when)}\nMessage-ID: <inner.{i:03d}@{dom}>\nMIME-Version: 1.0\n").encode() + _leaf(
                "text/plain", text, charset, _pick_cte(text, charset, None))


def table_text_of(table: list[tuple[str, str]] | None) -> str:
    return "\n" + "".join(f"{k}: {v}\n" for k, v in table) if table else ""


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, r in enumerate(REPLIES):
        raw = _build(i, r)
        (out / str(r["file"])).write_bytes(raw.replace(b"\n", b"\r\n") if r["form"] == "smime" else raw)
        rows.append({"file": r["file"], "lang": r["lang"], "class": r["cls"], "reason": r["reason"],
                     "link": r["link"], "domains": r["domains"]})
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# == English ========================================================================================
# -- privacy-request portals: closed, rejected, completed, other request types ---------------------

R("en-01.eml", "en", "refused", """Hello,

Your privacy request DSR-2026-118204 has been closed.

We sent you an email on October 14 asking you to verify your email address. Because we did not receive a response within 21 days, the request was closed automatically and no action was taken on your data.

If you still wish to exercise your rights, please submit a new request at [our privacy center](https://privacy.kestrelpeople.example/request).

Kestrel People Privacy Team""", frm=("Kestrel People Privacy", "no-reply@privacyportal.requestledger.example"),
  subject="Your request DSR-2026-118204 has been closed", domains="kestrelpeople.example requestledger.example",
  reason="closed (no response)")

R("en-02.eml", "en", "refused", """Dear Requester,

We were unable to verify your identity for request #49-22817 (Delete My Personal Information). The information provided through our identity verification partner did not match our records to the degree of certainty required for a deletion request.

As a result, we are unable to process your request and it has been marked Rejected. You may submit a new request at any time.

Regards,
Privacy Operations, Ashgrove Data Services""", frm=("Ashgrove Data Services", "privacy@ashgrovedata.example"),
  subject="Update on your privacy request #49-22817", domains="ashgrovedata.example",
  reason="identity not verified", form="alt", pre="An update is available on your request")

R("en-03.eml", "en", "confirmed", """Hi there,

Your request has been completed.

Request ID: 6f3c-11ad
Request type: Delete my data
Status: Completed

We have deleted the personal information associated with the identifiers you provided from our people-search database and from the profiles shown on our website. We keep a record of the request itself, as the law requires.

Northvale Records Privacy Team""", frm=("Northvale Records", "privacy@northvalerecords.example"),
  subject="Your request has been completed", domains="northvalerecords.example", form="html", track="https://open.northvalerecords.example/o/6f3c11ad.gif")

R("en-04.eml", "en", "unsure", """Hello,

There is an update on your privacy request. For your security, the details are available only in our Privacy Center.

[View request status](https://privacy.brightwaterlookup.example/requests/status?r=BW-77104)

This is an automated message. Please do not reply.""", frm=("Brightwater Lookup", "notifications@brightwaterlookup.example"),
  subject="Your privacy request status has changed", domains="brightwaterlookup.example", form="html",
  pre="Your request is complete")

R("en-05.eml", "en", "unsure", """Hi,

Good news: your Right to Know request (request ID TK-330918) has been completed.

Your personal data report is ready to download. The link will expire in 7 days:

[Download your data](https://dl.privacy.ironbarkmedia.example/export/TK-330918?sig=4b1e9a)

If you also want your data deleted, you can submit a separate deletion request from the Privacy Center.

Ironbark Media Privacy""", frm=("Ironbark Media Privacy", "privacy-noreply@ironbarkmedia.example"),
  subject="Your request is complete", domains="ironbarkmedia.example", form="alt")

R("en-06.eml", "en", "unsure", """Hello,

Thank you for contacting us. We have updated the mailing address in our records as requested. Your profile now shows the address ending in "Unit 4B".

If there is anything else we can help you with, just reply to this email.

Member Services
Corvid Background Search""", frm=("Corvid Background Search", "support@corvidsearch.example"),
  subject="RE: Deletion request - Reference: OPT-R-4121", domains="corvidsearch.example", quote="outlook", name="Oluwaseun Adébáyọ̀-Okafor")

R("en-07.eml", "en", "refused", """Hello,

We have removed the email address you provided from our marketing lists, and you will no longer receive promotional emails from us.

The public-record listing for this individual is compiled from county property and court records, which are publicly available. Records derived from publicly available government sources are not personal information under the CCPA, so that listing will remain on our website.

Thank you,
Pinecrest Public Data""", frm=("Pinecrest Public Data", "optout@pinecrestpublicdata.example"),
  subject="Your request", domains="pinecrestpublicdata.example", reason="exempt (public records)", quote="gmail", name="Mohammed Al-Haddad Suleiman")

R("en-08.eml", "en", "acknowledged", """Hello,

Thanks for your request. We have suppressed the profile you identified. Please note that our site is refreshed weekly, so the listing will no longer appear in our search results after December 9, 2026.

If you still see it after that date, reply to this email with the profile's web address.

Folkfinder Support""", frm=("Folkfinder Support", "help@folkfinder.example"),
  subject="Re: Deletion request - Reference: OPT-R-4135", domains="folkfinder.example", quote="gmail", name="Thanh Trúc Phạm Nguyễn")

R("en-09.eml", "en", "extended", """Dear Lakeshore Immigrant Justice Project,

We received your client's request to delete on November 3, 2026. Because of the number of requests we are currently handling, we need additional time to complete it. Under Cal. Civ. Code 1798.130(a)(2), we are extending our response period by up to 45 additional days. We expect to respond no later than February 1, 2027.

Sincerely,
Privacy Office, Halyard Consumer Insights""", frm=("Halyard Consumer Insights", "privacyoffice@halyardinsights.example"),
  subject="Your request OPT-R-4142: extension notice", domains="halyardinsights.example", ref="OPT-R-4142")

R("en-10.eml", "en", "refused", """Dear Sir or Madam,

We refer to the erasure request received on behalf of your client, which is the fourth request concerning the same individual received in the past six weeks. We responded in full to the previous three requests on 2 October, 19 October and 30 October 2026.

Having considered the request, we consider it manifestly unfounded and excessive within the meaning of Article 12(5) of the UK GDPR, in particular because of its repetitive character, and we will not act on it. You have the right to complain to the Information Commissioner's Office and to seek a judicial remedy.

Yours faithfully,
Data Protection Officer
Marlowe Directory Services Ltd""", frm=("Data Protection Officer", "dpo@marlowedirectory.example"),
  subject="Your erasure request - our reference MDS/DP/2291", domains="marlowedirectory.example",
  reason="manifestly unfounded or excessive", form="smime")

R("en-11.eml", "en", "acknowledged", """Hello,

Thank you for your request. We do not store consumer records ourselves: our people-search results are supplied by a data partner. We have forwarded your request to our vendor, who will process it under their own procedures. We will let you know when we hear back from them.

Tallowby Search Team""", frm=("Tallowby Search", "privacy@tallowby.example"),
  subject="Re: Deletion request - Reference: OPT-R-4156", domains="tallowby.example", quote="outlook", name="Fatou Ndiaye Diop")

R("en-12.eml", "en", "acknowledged", """Hello,

We have received a request submitted by an authorized agent on behalf of a consumer. As permitted by the CCPA regulations, we will contact the consumer directly to verify their identity and to confirm that they gave you permission to submit the request. We will proceed once the consumer responds to us.

Regards,
Privacy Team, Quillon Data Co.""", frm=("Quillon Data Co.", "privacy@quillondata.example"),
  subject="Authorized agent request received", domains="quillondata.example")

R("en-13.eml", "en", "needs_info", """Hello,

Thank you for reaching out on behalf of your client. Before we can process a request submitted by an authorized agent, please send us a copy of the permission signed by the consumer that authorizes you to act on their behalf for this request. An unsigned form or a general letter of representation is not sufficient.

You can reply to this email with the signed document attached.

Sincerely,
Consumer Privacy, Redhollow Information Group""", frm=("Redhollow Information Group", "consumerprivacy@redhollow.example"),
  subject="RE: Deletion request - Reference: OPT-R-4170", domains="redhollow.example", quote="outlook", name="Li-Na O'Brien-Zhou")

R("en-14.eml", "en", "needs_info", """Hi,

We'd like to make sure we handle this the way your client wants. Please let us know which of the following they would like:

1. Opt out of the sale and sharing of their personal information (their profile stays on our site, but we will not sell it), or
2. Delete their personal information (the profile is removed and we will no longer have it).

Simply reply with "1" or "2" and we will proceed.

Thanks,
Sparrowgate People Search""", frm=("Sparrowgate People Search", "support@sparrowgate.example"),
  subject="Question about your request", domains="sparrowgate.example")

# -- auto-replies and challenge-response filters ----------------------------------------------------

R("en-15.eml", "en", "auto_reply", """I am out of the office until Monday, December 7, with limited access to email. For urgent privacy matters, please contact privacy@ravenmoordata.example.

Best regards,
Janet Whitlock
Compliance Manager""", frm=("Janet Whitlock", "jwhitlock@ravenmoordata.example"),
  subject="Automatic reply: Deletion request - Reference: OPT-R-4184", domains="ravenmoordata.example",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "jwhitlock@ravenmoordata.example"})

R("en-16.eml", "en", "auto_reply", """This mailbox is not monitored. Messages sent to this address are not read or answered.

Thank you,
Glenmere Marketing Solutions""", frm=("Glenmere Marketing Solutions", "donotreply@glenmeremarketing.example"),
  subject="Re: Deletion request - Reference: OPT-R-4191", domains="glenmeremarketing.example",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

R("en-17.eml", "en", "acknowledged", """Thank you for your email. This is an automatic confirmation that we have received your message. A member of our privacy team will review it and respond within 45 days, as required by law.

Your ticket number is 882145. Please keep it for your records.

Ellery Consumer Data""", frm=("Ellery Consumer Data", "privacy@elleryconsumer.example"),
  subject="[Ticket #882145] We received your email", domains="elleryconsumer.example",
  headers={"Auto-Submitted": "auto-replied", "X-Freshdesk-Ticket-Id": "882145"})

R("en-18.eml", "en", "auto_reply", """Hello,

I'm protecting myself from junk mail with a challenge-response filter. Your message is being held until you confirm that you are a person, not a program.

To release your message, please [click here to confirm you are human](https://challenge.mailguard-cr.example/verify?id=7731bd2c&s=privacy).

You only need to do this once. Messages you send afterwards will be delivered directly.

(This message was sent automatically on behalf of privacy@thornbury-lists.example)""", frm=("MailGuard Challenge", "challenge@mailguard-cr.example"),
  subject="Please confirm your message to privacy@thornbury-lists.example", domains="thornbury-lists.example mailguard-cr.example",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "junk"})

R("en-19.eml", "en", "needs_info", """This email address is no longer monitored for privacy requests.

To submit a request to delete or to opt out, please use our online form at [privacy.harrowdale.example/requests](https://privacy.harrowdale.example/requests) or call 1-800-555-0144. Requests sent to this mailbox will not be processed.""", frm=("Harrowdale Data", "privacy@harrowdale.example"),
  subject="Auto: Deletion request - Reference: OPT-R-4212", domains="harrowdale.example",
  headers={"Auto-Submitted": "auto-replied"})

# -- delivery failures that quote our letter --------------------------------------------------------

R("en-20.eml", "en", "bounce", """This is the mail system at host mail.lakeshore-ijp.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

<privacy@oldmillpeople.example>: host mx.oldmillpeople.example[192.0.2.44] said: 550 5.1.1 <privacy@oldmillpeople.example>: Recipient address rejected: User unknown in virtual mailbox table""",
  frm=("Mail Delivery System", "MAILER-DAEMON@lakeshore-ijp.example"), subject="Undelivered Mail Returned to Sender",
  domains="oldmillpeople.example", form="bounce", dsn=("5.1.1", "550 5.1.1 Recipient address rejected: User unknown", "privacy@oldmillpeople.example"),
  name="Yusuf Öztürk Demir", headers={"Auto-Submitted": "auto-replied"})

R("en-21.eml", "en", "bounce", """Delivery has failed to these recipients or groups:

optout@cinderhill.example
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.""",
  frm=("Microsoft Outlook", "postmaster@cinderhill.example"), subject="Undeliverable: Deletion request - Reference: OPT-R-4226",
  domains="cinderhill.example", form="bounce", dsn=("5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", "optout@cinderhill.example"),
  name="Ivana Nováková-Peralta")

R("en-22.eml", "en", "bounce", """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed: privacy@wrenfieldlists.example

Message will be retried for 3 more day(s).""",
  frm=("Mail Delivery Subsystem", "mailer-daemon@lakeshore-ijp.example"), subject="Delivery Status Notification (Delay)",
  domains="wrenfieldlists.example", form="bounce", dsn=("4.4.1", "421 4.4.1 Connection timed out", "privacy@wrenfieldlists.example"),
  name="José Ángel Ruiz y Gasset")

# -- portal-only proof, disagreeing parts, hidden text ---------------------------------------------

R("en-23.eml", "en", "confirmed", """Hello,

This email confirms that your request to delete your personal information (request ID DEL-20914) was completed on November 18, 2026. The profile and associated records have been permanently deleted from the Juniper Trace database.

You can see the completed request in your [request history](https://privacy.junipertrace.example/history).

Juniper Trace Privacy Center""", frm=("Juniper Trace Privacy Center", "privacycenter@junipertrace.example"),
  subject="Request DEL-20914: completed", domains="junipertrace.example", form="alt",
  table=[("Request type", "Deletion"), ("Status", "Completed"), ("Completed on", "2026-11-18")])

R("en-24.eml", "en", "unsure", """Hello,

We have received your request to delete your personal information. Our team is reviewing it and will contact you when it has been processed.

Marrowstone Data Privacy""", frm=("Marrowstone Data", "privacy@marrowstonedata.example"),
  subject="We're working on your request", domains="marrowstonedata.example", form="alt",
  html_body="""Hello,

Your personal information has been deleted from our systems.

Marrowstone Data Privacy""")

R("en-25.eml", "en", "acknowledged", """Hi,

Thanks for your request. It is currently in review with our data team. Expected completion: within 30 days.

Ostrander Insights""", frm=("Ostrander Insights", "privacy@ostranderinsights.example"),
  subject="Request update", domains="ostranderinsights.example", form="html",
  hidden="Your request has been completed and your data deleted.", pre="Request update: in review")

R("en-26.eml", "en", "unsure", """Hello,

Your request has been processed successfully.

Thank you,
Privacy Desk, Beechmont Records""", frm=("Beechmont Records", "privacy@beechmontrecords.example"),
  subject="Your request", domains="beechmontrecords.example", form="alt",
  html_body="""Hello,

Your request to opt out of the sale and sharing of your personal information has been processed successfully.

Thank you,
Privacy Desk, Beechmont Records""")

R("en-27.eml", "en", "acknowledged", """Hi,

We got your message and have opened a removal request. It usually takes 5 to 7 business days. We'll email you when it is done.

Sable Ridge Support""", frm=("Sable Ridge Support", "support@sableridge.example"),
  subject="Re: Deletion request - Reference: OPT-R-4268", domains="sableridge.example", quote="gmail",
  quoted="""Hello,

We have processed your opt-out request. Your listing has been removed from Lanternlane.example and will no longer be displayed.

Lanternlane Support""")

R("en-28.eml", "en", "confirmed", """Hello,

Following up on ticket 55102: the removal is now complete. The profile you sent us has been deleted from Sable Ridge and will not be shown in searches.

Sable Ridge Support""", frm=("Sable Ridge Support", "support@sableridge.example"),
  subject="Re: Re: Deletion request - Reference: OPT-R-4275", domains="sableridge.example", quote="gmail",
  quoted="""Hi,

We got your message and have opened a removal request. It usually takes 5 to 7 business days.

Sable Ridge Support""")

# -- identity-verification vendors: a person must act --------------------------------------------

R("en-29.eml", "en", "needs_id", """Hello,

To protect consumers from fraudulent requests, we verify identity before deleting data. Please complete a short verification with our partner. You will be asked to photograph a government-issued ID and take a selfie.

[Verify my identity](https://inquiry.idproofly.example/verify?inquiry-id=inq_7Kq2mZ4vXw&env=production)

The link expires in 72 hours. If you do not complete verification within 30 days, your request will be closed.

Larkspur Data Privacy Team""", frm=("Larkspur Data", "privacy@larkspurdata.example"),
  subject="Action required: verify your identity to continue your request", domains="larkspurdata.example idproofly.example", form="alt")

R("en-30.eml", "en", "needs_id", """Hi,

Your request requires identity verification. Please sign in with your verified government ID account to continue:

[Continue with GovID Verify](https://account.govidverify.example/oauth/authorize?client_id=alderbank&scope=identity&state=9f1c)

Once you verify, we will begin processing your request.

Alderbank Consumer Reporting""", frm=("Alderbank Consumer Reporting", "noreply@alderbank.example"),
  subject="Verify your identity", domains="alderbank.example govidverify.example", form="html")

R("en-31.eml", "en", "verify_link", """Hello,

We received a request to delete personal information associated with this email address. To confirm that you made this request, please click the button below. Your request will not be processed until you confirm.

[Confirm my request](https://privacyportal.requestledger.example/webform/5c2a/confirm?token=QW7x-22kd-91pp)

If you did not make this request, you can ignore this email.""", frm=("Thistledown Data via RequestLedger", "no-reply@privacyportal.requestledger.example"),
  subject="Please confirm your privacy request", domains="thistledown.example requestledger.example", form="alt",
  link="https://privacyportal.requestledger.example/webform/5c2a/confirm?token=QW7x-22kd-91pp")

R("en-32.eml", "en", "verify_link", """Hi,

Please verify your email address to continue your deletion request with Coldwater Lookup.

[Verify email](https://click.em.coldwaterlookup.example/ls/click?upn=u001.Hk2Jd9-2BqPz&d=verify)

Need help? Visit our [Help Center](https://help.coldwaterlookup.example) or [unsubscribe](https://click.em.coldwaterlookup.example/ls/click?upn=u001.unsub77) from marketing emails.""",
  frm=("Coldwater Lookup", "privacy@em.coldwaterlookup.example"), subject="Verify your email to continue",
  domains="coldwaterlookup.example", form="html", track="https://click.em.coldwaterlookup.example/wf/open?upn=u001.px",
  link="https://click.em.coldwaterlookup.example/ls/click?upn=u001.Hk2Jd9-2BqPz&d=verify")

R("en-33.eml", "en", "verify_link", """Hello,

To finish your opt-out, confirm your request by opening the link below within 24 hours:

[https://www.mossbankpeople.example/optout/confirm?c=88d1e0a7](https://nam12.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.mossbankpeople.example%2Foptout%2Fconfirm%3Fc%3D88d1e0a7&data=05%7C02&reserved=0|https://nam12.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.mossbankpeople.example%2Foptout%2Fconfirm%3Fc%3D88d1e0a7&data=05%7C02&reserved=0)

Mossbank People""", frm=("Mossbank People", "optout@mossbankpeople.example"),
  subject="Confirm your opt-out", domains="mossbankpeople.example",
  link="https://nam12.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.mossbankpeople.example%2Foptout%2Fconfirm%3Fc%3D88d1e0a7&data=05%7C02&reserved=0")

# -- FCRA: background checks and tenant screening ---------------------------------------------------

R("en-34.eml", "en", "refused", """Dear Consumer,

We received your request to delete your personal information. As a consumer reporting agency, our background screening reports are governed by the Fair Credit Reporting Act. Information we hold to prepare consumer reports for employers is exempt from deletion under the CCPA (Cal. Civ. Code 1798.145(d)), and we are required to retain it.

If you believe information in a report is inaccurate, you have the right to dispute it at [our candidate portal](https://candidate.vettedhire.example/dispute).

VettedHire Consumer Relations""", frm=("VettedHire Consumer Relations", "consumer.relations@vettedhire.example"),
  subject="Your privacy request", domains="vettedhire.example", reason="exempt (FCRA)", form="alt")

R("en-35.eml", "en", "refused", """Hello,

We have completed our review of your request.

Your screening reports are maintained as required by the FCRA and state law, and we are unable to delete them. We have, however, deleted your contact information from our marketing database, and you will no longer receive marketing communications from TenantTrue.

Regards,
TenantTrue Resident Screening""", frm=("TenantTrue Resident Screening", "privacy@tenanttrue.example"),
  subject="Your request has been completed", domains="tenanttrue.example", reason="exempt (FCRA)",
  table=[("Request", "Delete"), ("Status", "Completed")], form="html")

R("en-36.eml", "en", "unsure", """Hi,

Thank you for contacting LeaseLens consumer relations. We reviewed your dispute and corrected the previous address on your rental history report. An updated copy of your report is available in the consumer portal.

Under the FCRA, the results of our reinvestigation have also been sent to the property managers who requested your report in the last six months.

LeaseLens""", frm=("LeaseLens Consumer Relations", "consumer@leaselens.example"),
  subject="Results of your reinvestigation", domains="leaselens.example")

R("en-37.eml", "en", "acknowledged", """Hello,

Your request to delete personal information held by HireHarbor has been received (case 00412977). Please note that reports prepared for an employer in the last seven years may be subject to legal retention requirements; we will tell you what we were able to delete when we complete our review, within 45 days.

HireHarbor Privacy""", frm=("HireHarbor Privacy", "privacy@hireharbor.example"),
  subject="Case 00412977: request received", domains="hireharbor.example", headers={"X-SFDC-LK": "00D5e0000009xQz", "X-SFDC-User": "0055e000003Ab1C"})

# -- adtech and identity graphs ---------------------------------------------------------------------

R("en-38.eml", "en", "confirmed", """Hello,

We have completed your deletion request. We searched our identity graph for the email addresses and postal address you provided (after hashing them, as we do not store them in clear) and deleted the matching records and the identifiers linked to them. We will also suppress these hashed values so that they are not re-added from our data partners.

Meridian Link Graph Privacy Team""", frm=("Meridian Link Graph", "privacy@meridianlinkgraph.example"),
  subject="Your deletion request is complete", domains="meridianlinkgraph.example")

R("en-39.eml", "en", "unsure", """Hi,

Thank you for your request. Our platform does not use names or postal addresses; we work only with cookie and mobile advertising identifiers. We have set an opt-out for the browser from which you visited our opt-out page, so that it will not be used for interest-based advertising.

This opt-out is stored in a cookie. If you clear your cookies or use another browser or device, you will need to opt out again.

Tidewater Ad Exchange""", frm=("Tidewater Ad Exchange", "privacy@tidewaterads.example"),
  subject="Your opt-out", domains="tidewaterads.example")

R("en-40.eml", "en", "needs_info", """Hello,

We do not maintain personal information such as names, emails or home addresses, so we cannot search for your client with the information in your letter. Our data is tied to pseudonymous identifiers only.

To delete data associated with a device, please use the form on our [privacy choices page](https://www.cobaltaudience.example/privacy/choices) from that device, or send us the advertising ID shown in the device's settings.

Cobalt Audience Data Protection""", frm=("Cobalt Audience", "dataprotection@cobaltaudience.example"),
  subject="RE: Deletion request - Reference: OPT-R-4331", domains="cobaltaudience.example", quote="outlook", name="Kim Min-jun")

R("en-41.eml", "en", "refused", """Hello,

We reviewed your request. We process personal information only on behalf of our clients (advertisers and publishers), as a service provider under the CCPA. We are therefore not able to act on deletion requests directly. Please contact the company with which you have a relationship.

Thank you,
Larchmere Audience Cloud""", frm=("Larchmere Audience Cloud", "privacy@larchmereaudience.example"),
  subject="Your request", domains="larchmereaudience.example", reason="service provider (ask the business)")

# -- marketing data ---------------------------------------------------------------------------------

R("en-42.eml", "en", "unsure", """Dear Consumer,

As you requested, we have placed your name and address on our marketing suppression list. Within the next 90 days, your information will be excluded from the mailing lists we provide to our clients.

Please note that you may continue to receive mail from companies with which you have a relationship.

Consumer Care, Hollybrook Marketing Data""", frm=("Hollybrook Marketing Data", "consumercare@hollybrookdata.example"),
  subject="Your request has been completed", domains="hollybrookdata.example", form="tnef")

R("en-43.eml", "en", "confirmed", """Dear Consumer,

We have deleted your personal information from our marketing databases, as you asked. To make sure it is not added again from another source, we keep your name and address in a suppression file that is used only for that purpose.

Request number: CP-2026-448120

Westbury Consumer Data""", frm=("Westbury Consumer Data", "privacy@westburydata.example"),
  subject="Request CP-2026-448120 completed", domains="westburydata.example")

R("en-44.eml", "en", "unsure", """Hello,

We have deleted your consumer listing. Please note that business listings (owner name, business address and phone) come from public business filings and are not covered by consumer privacy laws; they remain in our business database.

Copperfield Business Data""", frm=("Copperfield Business Data", "privacy@copperfielddata.example"),
  subject="Re: your request", domains="copperfielddata.example")

# -- DROP ----------------------------------------------------------------------------------------

R("en-45.eml", "en", "needs_info", """Hello,

Thank you for contacting us. As a registered data broker in California, we process deletion requests received through the California Privacy Protection Agency's Delete Request and Opt-out Platform (DROP). We check DROP for new requests every 45 days.

If your client is a California resident, they can submit one request on DROP that reaches every registered data broker, including us. We are not able to process deletion requests sent to this address.

Fernhollow Data""", frm=("Fernhollow Data", "privacy@fernhollowdata.example"),
  subject="Re: Deletion request - Reference: OPT-R-4366", domains="fernhollowdata.example", quote="gmail", name="Rosa Itzel Xicará Tzoc")

R("en-46.eml", "en", "confirmed", """Hello,

We processed the deletion requests we retrieved from the California Delete Request and Opt-out Platform on November 20, 2026. A request on that list matched your client's identifiers, and we deleted the matching personal information from our products. Information we collected directly from your client as a customer is not covered by a DROP request.

Regards,
Compliance, Greyling Data Exchange""", frm=("Greyling Data Exchange", "compliance@greylingdata.example"),
  subject="DROP deletion processed", domains="greylingdata.example")

R("en-47.eml", "en", "acknowledged", """Hi,

We have received your request. We will include it in our next deletion cycle, which runs after our next retrieval from DROP on December 15, 2026. The data will be deleted within 90 days after that.

Brackenwood Analytics""", frm=("Brackenwood Analytics", "privacy@brackenwood.example"),
  subject="Your deletion request", domains="brackenwood.example")

R("en-48.eml", "en", "refused", """Hello,

We honor privacy requests from residents of states with comprehensive consumer privacy laws, as listed in our privacy notice. Based on the information provided, your client does not reside in one of those states, and we are therefore unable to process this request.

If your client's state of residence has changed, please let us know.

Emberline Data Privacy""", frm=("Emberline Data", "privacy@emberlinedata.example"),
  subject="Your privacy request", domains="emberlinedata.example", reason="residency (state law does not apply)")

R("en-49.eml", "en", "refused", """Hello,

Thank you for your request. Deletion rights under our Privacy Policy are available to residents of California, Colorado, Connecticut, Virginia and Oregon only. We were unable to confirm that the consumer resides in one of these states, so the request has been closed.

Quarry Hill Lookup""", frm=("Quarry Hill Lookup", "support@quarryhill.example"),
  subject="Request closed", domains="quarryhill.example", reason="residency (state law does not apply)",
  form="alt", pre="Thanks for your request")

# -- threads, phones, tickets, formats -------------------------------------------------------------

R("en-50.eml", "en", "acknowledged", """Got it - passing this on to our privacy person, she'll get back to you.

Mike""", frm=("Mike Danforth", "mike@shorelinecourts.example"), subject="Re: Deletion request - Reference: OPT-R-4401",
  domains="shorelinecourts.example", quote="iphone", name="Marisol D'Souza Ferreira")

R("en-51.eml", "en", "confirmed", """Done - I deleted her from our database and the website this morning. Sorry for the delay.

Dana""", frm=("Dana Kessler", "dana@shorelinecourts.example"), subject="Re: Deletion request - Reference: OPT-R-4408",
  domains="shorelinecourts.example", quote="iphone", name="Marisol D'Souza Ferreira")

R("en-52.eml", "en", "confirmed", """Hi,

Your ticket #31907 has been solved.

Agent response: We have removed the listing for your client and deleted the underlying record from our people-search database. Searches on our site will no longer return it.

How would you rate our support? [Good](https://fallowbrook.zendesk.example/requests/31907/satisfaction/good) [Bad](https://fallowbrook.zendesk.example/requests/31907/satisfaction/bad)""",
  frm=("Fallowbrook Support", "support@fallowbrook.zendesk.example"), subject="[Fallowbrook] Re: Deletion request",
  domains="fallowbrook.example fallowbrook.zendesk.example", headers={"X-Zendesk-From-Account-Id": "a71f3c"}, form="alt")

R("en-53.eml", "en", "unsure", """Hello,

Ticket #20418 has been closed. If you have any further questions, simply reply to reopen it.

Linden Grove Data Support""", frm=("Linden Grove Support", "support@lindengrove.freshdesk.example"),
  subject="Ticket closed: Deletion request - Reference: OPT-R-4422", domains="lindengrove.example lindengrove.freshdesk.example",
  headers={"X-Freshdesk-Ticket-Id": "20418"}, quote="gmail", name="Oluwaseun Adébáyọ̀-Okafor")

R("en-54.eml", "en", "confirmed", """Hi there,

Thanks for writing in. I've gone ahead and deleted the profile and the associated contact information from Ridgeview People. It can take up to 48 hours for cached copies of the page to clear from search engines, but the profile itself is gone from our site.

Cheers,
Priya
Ridgeview People Support""", frm=("Priya at Ridgeview", "priya@ridgeviewpeople.example"),
  subject="Re: Deletion request - Reference: OPT-R-4429", domains="ridgeviewpeople.example", flow=True, quote="gmail", name="Thanh Trúc Phạm Nguyễn")

R("en-55.eml", "en", "acknowledged", """Hi,

Our privacy team has received your email and opened request PR-7765. We will respond within the time required by law.

Do not reply to this message.

Hazelton Records""", frm=("Hazelton Records", "privacy@hazeltonrecords.example"),
  subject="Request PR-7765 received", domains="hazeltonrecords.example", mislabel=True, charset="utf-8",
  quote="outlook", name="José Ángel Ruiz y Gasset")

R("en-56.eml", "en", "refused", """Hello,

We have completed our review. We were not able to locate any records associated with the information provided, other than our public court record index, which is compiled from government records and is exempt. We have therefore not deleted anything.

Ashby Court Index""", frm=("Ashby Court Index", "privacy@ashbycourtindex.example"),
  subject="Your request is complete", domains="ashbycourtindex.example", reason="exempt (public records)")

R("en-57.eml", "en", "refused", """Hi,

Thanks for contacting us. We searched our database for the name and addresses in your letter and found no matching records. We do not hold any personal information about your client.

Stonegate Data""", frm=("Stonegate Data", "privacy@stonegatedata.example"),
  subject="Re: Deletion request - Reference: OPT-R-4450", domains="stonegatedata.example", quote="outlook", name="Wang Xiuying", reason="no record")  # r36: was unsure

R("en-58.eml", "en", "confirmed", """Hello Lakeshore Immigrant Justice Project,

We have completed the deletion request you submitted as authorized agent (our ref. AG-1183). All personal information we held about the consumer has been deleted, and the consumer's profile has been removed from Kingfisher Search. We have also notified our service providers to delete the information.

Kingfisher Search Privacy""", frm=("Kingfisher Search", "privacy@kingfishersearch.example"),
  subject="AG-1183: deletion complete", domains="kingfishersearch.example", form="smime")

R("en-59.eml", "en", "verify_link", """Hello,

Thank you for submitting an opt-out request. Please click the link below to confirm it. The link is valid for 48 hours.

[Confirm removal](https://links.oakhurstpeople.example/r?u=https%3A%2F%2Fwww.oakhurstpeople.example%2Fremoval%2Fconfirm%3Fid%3D5510c2)

Manage your [email preferences](https://www.oakhurstpeople.example/preferences) | [View request status](https://www.oakhurstpeople.example/removal/status?id=5510c2)""",
  frm=("Oakhurst People", "noreply@oakhurstpeople.example"), subject="Confirm your removal request",
  domains="oakhurstpeople.example", form="alt",
  link="https://links.oakhurstpeople.example/r?u=https%3A%2F%2Fwww.oakhurstpeople.example%2Fremoval%2Fconfirm%3Fid%3D5510c2")

R("en-60.eml", "en", "verify_link", """Hi,

Reply needed: we received your deletion request. To confirm it came from you, simply reply to this email with the word CONFIRM. We will not process the request until we receive your reply.

Gullwing Data Desk""", frm=("Gullwing Data Desk", "requests@gullwingdata.example"),
  subject="Please confirm your deletion request", domains="gullwingdata.example")

R("en-61.eml", "en", "other", """Black Friday starts now!

Save 40% on premium background reports this week only. [Shop now](https://mail.truelinepeople.example/c/bf2026)

You are receiving this email because you created an account at Trueline People. Your personal data was removed from our public directory in 2024.
[Unsubscribe](https://mail.truelinepeople.example/u/all)""", frm=("Trueline People", "deals@truelinepeople.example"),
  subject="40% off background reports - this week only", domains="truelinepeople.example", form="html",
  track="https://mail.truelinepeople.example/o/bf2026.gif")

R("en-62.eml", "en", "acknowledged", """Hello,

FYI, see the note below from Lanternlane. We have also received your request ourselves and it is being processed. You'll hear from us when it is complete.

Birchfield Data Support""", frm=("Birchfield Data", "support@birchfielddata.example"),
  subject="Fwd: Your opt-out is complete", domains="birchfielddata.example", form="fwd",
  inner={"frm": ("Lanternlane Support", "support@lanternlane.example"), "subject": "Your opt-out is complete",
         "body": "Hello,\n\nYour listing has been removed from Lanternlane and will no longer appear in our search results.\n\nLanternlane Support"})

R("en-63.eml", "en", "confirmed", """Forwarding the final answer from our records team for your file.

Kate""", frm=("Kate Olmsted", "kate@pikestaffdata.example"),
  subject="Fwd: Deletion completed - OPT-R-4492", domains="pikestaffdata.example", form="fwd",
  inner={"frm": ("Pikestaff Records Team", "records@pikestaffdata.example"), "subject": "Deletion completed - OPT-R-4492",
         "body": "Hi Kate,\n\nWe deleted the consumer's record (OPT-R-4492) from the Pikestaff people database today, including the phone numbers and both addresses.\n\nRecords Team", "days": 1})

R("en-64.eml", "en", "extended", """Dear Requester,

Thank you for your request received on 3 November 2026. Owing to the complexity of the request, we need more time to respond. In accordance with Article 12(3) GDPR, we are extending the period for our response by two further months. We will respond by 3 February 2027 at the latest.

Kind regards,
Privacy Team, Atlas Lane Information Ltd (Dublin)""", frm=("Atlas Lane Information", "privacy@atlaslaneinfo.example"),
  subject="Your data subject request - extension", domains="atlaslaneinfo.example")

R("en-65.eml", "en", "needs_id", """Hello,

To process a deletion request we must verify the consumer's identity. Please provide:

- a copy of a government-issued photo ID, and
- a utility bill or bank statement dated within the last 90 days showing the current address.

You may black out any numbers other than the name and address. Upload the documents at the secure link in your request confirmation email, or reply with them attached.

Cresthaven Lookup Privacy""", frm=("Cresthaven Lookup", "privacy@cresthavenlookup.example"),
  subject="Additional information required", domains="cresthavenlookup.example")

R("en-66.eml", "en", "acknowledged", """Hello,

Your request is received and logged as ticket #77310. We will remove the listing within 10 business days.

Regards,
Wexford People Search""", frm=("Wexford People Search", "support@wexfordpeople.example"), subject="Ticket #77310",
  domains="wexfordpeople.example", quote="outlook",
  quoted="""Hello,

Your request has been completed. The listing for this person has been removed from Marsh Hollow Directory.

Marsh Hollow Directory Support""")

R("en-67.eml", "en", "needs_info", """Hi,

We found three profiles that could match the name in your letter (in Tucson AZ, Mesa AZ and El Paso TX). Please send us the web address of the profile you want removed, or the city and age shown on it, so that we remove the right one.

Hillcrest Finder""", frm=("Hillcrest Finder", "help@hillcrestfinder.example"),
  subject="Which profile?", domains="hillcrestfinder.example")

R("en-68.eml", "en", "confirmed", """Dear Lakeshore Immigrant Justice Project,

In response to the request you made for your client, we confirm that the profile has been removed and the personal information we held about your client has been deleted. We have retained only a record that this request was received and completed.

Sincerely,
Cavendish Data Privacy Office""", frm=("Cavendish Data", "privacyoffice@cavendishdata.example"),
  subject="Your request – completed", domains="cavendishdata.example", subject_charset="windows-1252")

R("en-69.eml", "en", "acknowledged", """Hello,

Your request has been approved and is now in progress. We will notify you when it has been completed.

Request ID: 0c81-44f2""", frm=("Dovecote Data via PrivacyPort", "requests@privacyport-mail.example"),
  subject="Your privacy request has been approved", domains="dovecotedata.example privacyport-mail.example",
  form="alt", pre="Your privacy request has been approved")

R("en-70.eml", "en", "unsure", """Hello,

We have deleted the personal information associated with request 7781-K. Note that this request concerned the name "Gregory T. Pennington" and the email address given in the request form.

Hawthorne Records""", frm=("Hawthorne Records", "privacy@hawthornerecords.example"),
  subject="Request 7781-K completed", domains="hawthornerecords.example", quote="gmail", name="Ana Lucía Cárdenas de la Vega")

R("en-71.eml", "en", "acknowledged", """Hello,

Thanks, we have received your deletion request and it is in progress. Your request number is REQ-0087713.

The confirmation we sent you earlier was for your opt-out of sale request (REQ-0087590), which was completed on November 12; we are still working on the deletion.

Selby Marketing Data""", frm=("Selby Marketing Data", "privacy@selbydata.example"),
  subject="Re: Is it done?", domains="selbydata.example", quote="gmail",
  quoted="""Hello,

Your request REQ-0087590 has been completed.

Selby Marketing Data""")

R("en-72.eml", "en", "acknowledged", """Dear Lakeshore Immigrant Justice Project,

This is to let you know that your request has been received. Our privacy team will review it and respond within 45 days. Please do not send duplicate requests, as this may delay processing.

Request confirmation number: 2026-11-RT-55341

Yarrow Consumer Data""", frm=("Yarrow Consumer Data", "privacy@yarrowdata.example"),
  subject="Request 2026-11-RT-55341 received", domains="yarrowdata.example", form="alt", flow=True,
  track="https://t.yarrowdata.example/p/55341.png")

# == Spanish =======================================================================================

R("es-01.eml", "es", "refused", """Hola:

Su solicitud de privacidad SOL-2026-40712 ha sido cerrada.

El 12 de octubre le enviamos un correo para verificar su dirección de correo electrónico. Como no recibimos respuesta en 21 días, la solicitud se cerró automáticamente y no se realizó ninguna acción sobre sus datos.

Si todavía desea ejercer sus derechos, envíe una nueva solicitud en [nuestro centro de privacidad](https://privacidad.buscapersonas-sol.example/solicitud).

Equipo de Privacidad""", frm=("BuscaPersonas Sol", "no-reply@privacyportal.requestledger.example"),
  subject="Su solicitud SOL-2026-40712 ha sido cerrada", domains="buscapersonas-sol.example requestledger.example",
  reason="closed (no response)", subject_charset="utf-8")

R("es-02.eml", "es", "refused", """Estimada persona solicitante:

No pudimos verificar su identidad para la solicitud n.º 77-10432 (Eliminar mis datos personales). La información proporcionada a través de nuestro proveedor de verificación no coincidió con nuestros registros con el grado de certeza que exige una solicitud de eliminación.

Por lo tanto, no podemos tramitar su solicitud y se ha marcado como Rechazada. Puede presentar una nueva solicitud en cualquier momento.

Atentamente,
Operaciones de Privacidad, Datos Altamira""", frm=("Datos Altamira", "privacidad@datosaltamira.example"),
  subject="Actualización de su solicitud n.º 77-10432", domains="datosaltamira.example", reason="identity not verified",
  charset="iso-8859-1", subject_charset="iso-8859-1")

R("es-03.eml", "es", "confirmed", """Hola:

Su solicitud ha sido completada.

Hemos eliminado de nuestra base de datos de búsqueda de personas la información personal asociada a los datos que nos proporcionó, y el perfil ya no aparece en nuestro sitio. Conservamos únicamente un registro de la solicitud, como exige la ley.

Equipo de Privacidad de Registros Nortevalle""", frm=("Registros Nortevalle", "privacidad@nortevalle.example"),
  subject="Su solicitud ha sido completada", domains="nortevalle.example", form="html",
  table=[("Tipo de solicitud", "Eliminar mis datos"), ("Estado", "Completada")])

R("es-04.eml", "es", "unsure", """Hola:

Hay una actualización en su solicitud de privacidad. Por su seguridad, los detalles solo están disponibles en nuestro Centro de Privacidad.

[Ver el estado de la solicitud](https://privacidad.aguaclara-busca.example/solicitudes/estado?r=AC-5512)

Este es un mensaje automático. No responda a este correo.""", frm=("AguaClara Busca", "avisos@aguaclara-busca.example"),
  subject="El estado de su solicitud ha cambiado", domains="aguaclara-busca.example", form="html",
  pre="Su solicitud se completó")

R("es-05.eml", "es", "unsure", """Hola:

Su solicitud de acceso (derecho a saber), número AC-88213, se ha completado.

Su informe de datos personales está listo para descargar. El enlace caduca en 7 días:

[Descargar mis datos](https://descargas.privacidad.mediahierro.example/export/AC-88213?sig=9d2f)

Si también desea que eliminemos sus datos, puede presentar una solicitud de eliminación aparte.

Privacidad de MediaHierro""", frm=("MediaHierro Privacidad", "privacidad@mediahierro.example"),
  subject="Su solicitud está completa", domains="mediahierro.example", form="alt")

R("es-06.eml", "es", "unsure", """Buenas tardes:

Gracias por escribirnos. Hemos actualizado la dirección postal en nuestros registros como nos indicó. Su perfil ahora muestra la dirección que termina en "Apto. 12".

Quedamos a su disposición.

Atención al Cliente
Búsqueda Cuervo""", frm=("Búsqueda Cuervo", "soporte@busquedacuervo.example"),
  subject="RE: Solicitud de eliminación - Referencia: OPT-R-4604", domains="busquedacuervo.example", quote="outlook",
  name="María Fernanda Quispe Huamán", charset="windows-1252", subject_charset="windows-1252")

R("es-07.eml", "es", "refused", """Hola:

Hemos eliminado la dirección de correo que nos indicó de nuestras listas de marketing y ya no recibirá correos promocionales.

El listado de registros públicos de esta persona se elabora con registros de propiedad y judiciales del condado, que son públicos. La información que proviene de registros gubernamentales públicos no se considera información personal según la CCPA, por lo que ese listado seguirá en nuestro sitio.

Gracias,
Datos Públicos Pinar""", frm=("Datos Públicos Pinar", "bajas@datospublicospinar.example"),
  subject="Su solicitud", domains="datospublicospinar.example", reason="exempt (public records)", quote="gmail",
  name="Juan Carlos de la Cruz Ayala")

R("es-08.eml", "es", "acknowledged", """Hola:

Gracias por su solicitud. Hemos suprimido el perfil que nos indicó. Tenga en cuenta que nuestro sitio se actualiza cada semana, de modo que el listado dejará de aparecer en los resultados a partir del 9 de diciembre de 2026.

Si después de esa fecha todavía lo ve, responda a este correo con la dirección web del perfil.

Soporte de EncuentraGente""", frm=("EncuentraGente", "ayuda@encuentragente.example"),
  subject="Re: Solicitud de eliminación - Referencia: OPT-R-4618", domains="encuentragente.example", quote="gmail",
  name="Rosa Itzel Xicará Tzoc")

R("es-09.eml", "es", "extended", """Estimados señores de Centro Legal Raíces del Valle:

Recibimos la solicitud de eliminación de su clienta el 3 de noviembre de 2026. Debido al volumen de solicitudes que estamos atendiendo, necesitamos más tiempo para completarla. Conforme a la ley de California, ampliamos nuestro plazo de respuesta hasta 45 días adicionales. Esperamos responder a más tardar el 1 de febrero de 2027.

Atentamente,
Oficina de Privacidad, Perspectivas Ancla""", frm=("Perspectivas Ancla", "oficinaprivacidad@perspectivasancla.example"),
  subject="Su solicitud OPT-R-4625: aviso de prórroga", domains="perspectivasancla.example", ref="OPT-R-4625")

R("es-10.eml", "es", "refused", """Estimado/a Sr./Sra.:

Nos referimos a la solicitud de supresión recibida en nombre de su representada, que es la cuarta solicitud relativa a la misma persona que recibimos en las últimas seis semanas. Respondimos íntegramente a las tres anteriores.

Consideramos que la solicitud es manifiestamente infundada y excesiva en el sentido del artículo 12.5 del RGPD, en particular por su carácter repetitivo, por lo que no daremos curso a la misma. Puede presentar una reclamación ante la Agencia Española de Protección de Datos.

Atentamente,
Delegado de Protección de Datos
Guías Marlo, S.L.""", frm=("Delegado de Protección de Datos", "dpd@guiasmarlo.example"),
  subject="Su solicitud de supresión - ref. GM/PD/0913", domains="guiasmarlo.example",
  reason="manifestly unfounded or excessive", charset="iso-8859-15", cte="quoted-printable")

R("es-11.eml", "es", "acknowledged", """Hola:

Gracias por su solicitud. Nosotros no guardamos registros de consumidores: los resultados de búsqueda los proporciona un socio de datos. Hemos reenviado su solicitud a nuestro proveedor, que la tramitará según sus propios procedimientos. Le avisaremos cuando tengamos respuesta.

Equipo de BuscaSebo""", frm=("BuscaSebo", "privacidad@buscasebo.example"),
  subject="Re: Solicitud de eliminación - Referencia: OPT-R-4639", domains="buscasebo.example", quote="outlook",
  name="Fatou Ndiaye Diop")

R("es-12.eml", "es", "acknowledged", """Hola:

Hemos recibido una solicitud presentada por un agente autorizado en nombre de una consumidora. Tal como permite la normativa, nos pondremos en contacto directamente con la consumidora para verificar su identidad y confirmar que le dio permiso para presentar la solicitud. Continuaremos cuando ella nos responda.

Saludos,
Equipo de Privacidad, Datos Quillón""", frm=("Datos Quillón", "privacidad@datosquillon.example"),
  subject="Solicitud de agente autorizado recibida", domains="datosquillon.example")

R("es-13.eml", "es", "needs_info", """Hola:

Gracias por escribirnos en nombre de su clienta. Para tramitar una solicitud presentada por un agente autorizado, envíenos una copia del permiso firmado por la consumidora que le autoriza a actuar en su nombre para esta solicitud. Un formulario sin firma no es suficiente.

Puede responder a este correo con el documento firmado adjunto.

Privacidad del Consumidor, Grupo Hondonada Roja""", frm=("Grupo Hondonada Roja", "privacidad@hondonadaroja.example"),
  subject="RE: Solicitud de eliminación - Referencia: OPT-R-4653", domains="hondonadaroja.example", quote="outlook",
  name="Guadalupe Tzul Ixcoy")

R("es-14.eml", "es", "needs_info", """Hola:

Queremos tramitar esto como su clienta prefiera. Indíquenos cuál de estas opciones desea:

1. Excluirse de la venta y del intercambio de sus datos personales (su perfil sigue en nuestro sitio, pero no lo venderemos), o
2. Eliminar sus datos personales (se retira el perfil y dejamos de tenerlos).

Responda con "1" o "2" y procederemos.

Gracias,
PuertaGorrión""", frm=("PuertaGorrión", "soporte@puertagorrion.example"),
  subject="Pregunta sobre su solicitud", domains="puertagorrion.example", subject_charset="iso-8859-1")

R("es-15.eml", "es", "auto_reply", """Estaré fuera de la oficina hasta el lunes 7 de diciembre, con acceso limitado al correo. Para asuntos urgentes de privacidad, escriba a privacidad@paramodatos.example.

Saludos,
Lucía Benavides
Responsable de Cumplimiento""", frm=("Lucía Benavides", "lbenavides@paramodatos.example"),
  subject="Respuesta automática: Solicitud de eliminación - Referencia: OPT-R-4667", domains="paramodatos.example",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, subject_charset="utf-8")

R("es-16.eml", "es", "auto_reply", """Este buzón no se supervisa. Los mensajes enviados a esta dirección no se leen ni se responden.

Gracias,
Mercadeo Glenmar""", frm=("Mercadeo Glenmar", "noresponder@mercadeoglenmar.example"),
  subject="Re: Solicitud de eliminación - Referencia: OPT-R-4674", domains="mercadeoglenmar.example",
  headers={"Auto-Submitted": "auto-replied"}, mislabel=True)

R("es-17.eml", "es", "acknowledged", """Gracias por su correo. Esta es una confirmación automática de que recibimos su mensaje. Una persona de nuestro equipo de privacidad lo revisará y responderá dentro de los 45 días que exige la ley.

Su número de ticket es 551902. Consérvelo.

Datos del Consumidor Ellery""", frm=("Datos Ellery", "privacidad@datosellery.example"),
  subject="[Ticket #551902] Recibimos su correo", domains="datosellery.example",
  headers={"Auto-Submitted": "auto-replied", "X-Freshdesk-Ticket-Id": "551902"})

R("es-18.eml", "es", "bounce", """Este es el sistema de correo del servidor mail.raices-valle.example.

Lamentamos informarle que su mensaje no pudo entregarse a uno o más destinatarios. Se adjunta a continuación.

<bajas@molinoviejo.example>: el servidor mx.molinoviejo.example[198.51.100.23] respondió: 550 5.1.1 Usuario desconocido""",
  frm=("Sistema de entrega de correo", "MAILER-DAEMON@raices-valle.example"), subject="Correo no entregado",
  domains="molinoviejo.example", form="bounce", dsn=("5.1.1", "550 5.1.1 User unknown", "bajas@molinoviejo.example"),
  name="Guadalupe Tzul Ixcoy", charset="iso-8859-1")

R("es-19.eml", "es", "bounce", """No se pudo entregar a estos destinatarios o grupos:

privacidad@cerrocenizo.example
El buzón del destinatario está lleno y no puede aceptar mensajes ahora. Intente reenviar el mensaje más tarde.""",
  frm=("Microsoft Outlook", "postmaster@cerrocenizo.example"), subject="No se puede entregar: Solicitud de eliminación - Referencia: OPT-R-4695",
  domains="cerrocenizo.example", form="bounce", dsn=("5.2.2", "554 5.2.2 mailbox full", "privacidad@cerrocenizo.example"),
  name="María Fernanda Quispe Huamán", subject_charset="utf-8")

R("es-20.eml", "es", "confirmed", """Hola:

Le confirmamos que su solicitud de eliminación de datos personales (número SUP-30981) se completó el 18 de noviembre de 2026. El perfil y los registros asociados se han eliminado definitivamente de la base de datos de Rastro Enebro.

Puede ver la solicitud completada en su [historial](https://privacidad.rastroenebro.example/historial).

Centro de Privacidad Rastro Enebro""", frm=("Rastro Enebro", "centroprivacidad@rastroenebro.example"),
  subject="Solicitud SUP-30981: completada", domains="rastroenebro.example", form="alt")

R("es-21.eml", "es", "unsure", """Hola:

Recibimos su solicitud de eliminación de datos personales. Nuestro equipo la está revisando y le escribirá cuando se haya tramitado.

Privacidad de Datos Marrasco""", frm=("Datos Marrasco", "privacidad@datosmarrasco.example"),
  subject="Estamos trabajando en su solicitud", domains="datosmarrasco.example", form="alt",
  html_body="""Hola:

Sus datos personales se han eliminado de nuestros sistemas.

Privacidad de Datos Marrasco""")

R("es-22.eml", "es", "acknowledged", """Hola:

Gracias por su solicitud. En este momento está en revisión con nuestro equipo de datos. Plazo estimado: 30 días.

Ostrander Perspectivas""", frm=("Ostrander Perspectivas", "privacidad@ostranderperspectivas.example"),
  subject="Actualización de su solicitud", domains="ostranderperspectivas.example", form="html",
  hidden="Su solicitud se ha completado y sus datos han sido eliminados.")

R("es-23.eml", "es", "needs_id", """Hola:

Para proteger a las personas frente a solicitudes fraudulentas, verificamos la identidad antes de eliminar datos. Complete una breve verificación con nuestro socio: se le pedirá fotografiar un documento de identidad oficial y tomarse una selfi.

[Verificar mi identidad](https://inquiry.idproofly.example/verify?inquiry-id=inq_Qm81LrT0aa&locale=es-MX)

El enlace caduca en 72 horas. Si no completa la verificación en 30 días, su solicitud se cerrará.

Equipo de Privacidad de Datos Espuela""", frm=("Datos Espuela", "privacidad@datosespuela.example"),
  subject="Acción necesaria: verifique su identidad", domains="datosespuela.example idproofly.example", form="alt")

R("es-24.eml", "es", "verify_link", """Hola:

Recibimos una solicitud para eliminar los datos personales asociados a esta dirección de correo. Para confirmar que usted la hizo, haga clic en el botón. Su solicitud no se tramitará hasta que la confirme.

[Confirmar mi solicitud](https://privacyportal.requestledger.example/webform/9b1e/confirm?token=Lp3z-08qa-71mm&lang=es)

Si usted no hizo esta solicitud, ignore este correo.""", frm=("Cardo Datos vía RequestLedger", "no-reply@privacyportal.requestledger.example"),
  subject="Confirme su solicitud de privacidad", domains="cardodatos.example requestledger.example", form="alt",
  link="https://privacyportal.requestledger.example/webform/9b1e/confirm?token=Lp3z-08qa-71mm&lang=es")

R("es-25.eml", "es", "verify_link", """Hola:

Para terminar su baja, confirme la solicitud con el enlace siguiente en las próximas 24 horas:

[Confirmar la baja](https://click.mail.musgobanco.example/ls/click?upn=u002.Yb7c-2FqL0&d=baja)

[Darse de baja de boletines](https://click.mail.musgobanco.example/ls/click?upn=u002.unsub12) | [Ver el estado](https://www.musgobanco.example/baja/estado?id=7c21)""",
  frm=("MusgoBanco Personas", "bajas@mail.musgobanco.example"), subject="Confirme su baja", domains="musgobanco.example",
  form="html", link="https://click.mail.musgobanco.example/ls/click?upn=u002.Yb7c-2FqL0&d=baja")

R("es-26.eml", "es", "refused", """Estimado consumidor:

Recibimos su solicitud de eliminación. Como agencia de informes de consumidores, nuestros informes de antecedentes se rigen por la Ley de Informes de Crédito Justos (FCRA). La información que conservamos para preparar informes para empleadores está exenta de eliminación según la CCPA y estamos obligados a conservarla.

Si cree que algún dato de un informe es inexacto, puede disputarlo en [nuestro portal](https://candidato.verificacontrata.example/disputa).

Relaciones con el Consumidor, VerificaContrata""", frm=("VerificaContrata", "consumidor@verificacontrata.example"),
  subject="Su solicitud de privacidad", domains="verificacontrata.example", reason="exempt (FCRA)")

R("es-27.eml", "es", "refused", """Hola:

Hemos terminado de revisar su solicitud.

Sus informes de evaluación de inquilinos se conservan como exigen la FCRA y la ley estatal, y no podemos eliminarlos. Sí hemos eliminado sus datos de contacto de nuestra base de marketing y no recibirá más comunicaciones comerciales.

Evaluación de Inquilinos InquilinoFiel""", frm=("InquilinoFiel", "privacidad@inquilinofiel.example"),
  subject="Su solicitud se ha completado", domains="inquilinofiel.example", reason="exempt (FCRA)", form="html",
  table=[("Solicitud", "Eliminar"), ("Estado", "Completada")])

R("es-28.eml", "es", "unsure", """Estimada consumidora:

Como nos pidió, hemos incluido su nombre y dirección en nuestra lista de supresión de marketing. En los próximos 90 días, su información quedará excluida de las listas de correo que entregamos a nuestros clientes.

Atención al Consumidor, Datos de Mercadeo Acebo""", frm=("Mercadeo Acebo", "consumidor@mercadeoacebo.example"),
  subject="Su solicitud se ha completado", domains="mercadeoacebo.example", form="tnef", charset="windows-1252")

R("es-29.eml", "es", "needs_info", """Hola:

Gracias por escribirnos. Como corredor de datos registrado en California, tramitamos las solicitudes de eliminación que llegan por la Plataforma de Solicitudes de Eliminación y Exclusión (DROP) de la Agencia de Protección de la Privacidad de California. Revisamos DROP cada 45 días.

Si su clienta reside en California, puede presentar una sola solicitud en DROP que llega a todos los corredores registrados, incluido el nuestro. No podemos tramitar solicitudes de eliminación enviadas a esta dirección.

Datos Helechal""", frm=("Datos Helechal", "privacidad@datoshelechal.example"),
  subject="Re: Solicitud de eliminación - Referencia: OPT-R-4772", domains="datoshelechal.example", quote="gmail",
  name="Juan Carlos de la Cruz Ayala")

R("es-30.eml", "es", "refused", """Hola:

Atendemos solicitudes de privacidad de residentes de los estados que cuentan con leyes integrales de privacidad del consumidor, según se indica en nuestro aviso de privacidad. Según la información proporcionada, su clienta no reside en uno de esos estados, por lo que no podemos tramitar esta solicitud.

Privacidad de Datos Brasa""", frm=("Datos Brasa", "privacidad@datosbrasa.example"),
  subject="Su solicitud de privacidad", domains="datosbrasa.example", reason="residency (state law does not apply)")

R("es-31.eml", "es", "acknowledged", """Listo, se lo paso a nuestra encargada de privacidad, ella le responde.

Miguel""", frm=("Miguel Danforth", "miguel@tribunalesorilla.example"), subject="Re: Solicitud de eliminación - Referencia: OPT-R-4786",
  domains="tribunalesorilla.example", quote="iphone", name="Guadalupe Tzul Ixcoy")

R("es-32.eml", "es", "confirmed", """Hola, ya la borré de nuestra base de datos y de la página esta mañana. Disculpe la demora.

Dana

Enviado desde mi iPhone""", frm=("Dana Kessler", "dana@tribunalesorilla.example"), subject="Re: Solicitud de eliminación - Referencia: OPT-R-4793",
  domains="tribunalesorilla.example", quote="gmail", name="Guadalupe Tzul Ixcoy")

R("es-33.eml", "es", "confirmed", """Hola:

Su ticket #41207 ha sido resuelto.

Respuesta del agente: Hemos retirado el listado de su clienta y eliminado el registro correspondiente de nuestra base de datos de búsqueda de personas. Las búsquedas en nuestro sitio ya no lo mostrarán.

¿Cómo calificaría nuestra atención? [Buena](https://zarzal.zendesk.example/requests/41207/satisfaction/good) [Mala](https://zarzal.zendesk.example/requests/41207/satisfaction/bad)""",
  frm=("Soporte Zarzal", "soporte@zarzal.zendesk.example"), subject="[Zarzal] Re: Solicitud de eliminación",
  domains="zarzal.example zarzal.zendesk.example", headers={"X-Zendesk-From-Account-Id": "b82e4d"}, form="alt")

R("es-34.eml", "es", "unsure", """Hola:

Hemos eliminado los datos personales asociados a la solicitud 5512-B. Tenga en cuenta que esta solicitud se refería al nombre "Patricia Olmedo Sánchez" y al correo indicado en el formulario.

Registros Espino""", frm=("Registros Espino", "privacidad@registrosespino.example"),
  subject="Solicitud 5512-B completada", domains="registrosespino.example", quote="gmail", name="María Fernanda Quispe Huamán")

R("es-35.eml", "es", "acknowledged", """Hola:

Su solicitud quedó registrada con el ticket #66104. Eliminaremos el listado en un plazo de 10 días hábiles.

Saludos,
BuscaWexford""", frm=("BuscaWexford", "soporte@buscawexford.example"), subject="Ticket #66104",
  domains="buscawexford.example", quote="outlook",
  quoted="""Hola:

Su solicitud se ha completado. El listado de esta persona se ha eliminado del Directorio Marisma.

Soporte del Directorio Marisma""")

R("es-36.eml", "es", "needs_id", """Hola:

Para tramitar una solicitud de eliminación debemos verificar la identidad de la persona. Envíenos:

- copia de un documento de identidad oficial con fotografía, y
- una factura de servicios o un estado de cuenta de los últimos 90 días con el domicilio actual.

Puede tachar cualquier número salvo el nombre y el domicilio.

Privacidad de Cresta Busca""", frm=("Cresta Busca", "privacidad@crestabusca.example"),
  subject="Se requiere información adicional", domains="crestabusca.example", mislabel=True)

R("es-37.eml", "es", "acknowledged", """Dear customer, your request to remove the data has been received and will be processed in the next 30 days. Thank you.

Estimado cliente: su petición para quitar los datos ha sido recibida y será procesada en los próximos 30 días. Gracias por su paciencia.

Datos Pradera LLC""", frm=("Datos Pradera", "info@datospradera.example"), subject="Re: Solicitud de eliminación",
  domains="datospradera.example", quote="gmail", name="Rosa Itzel Xicará Tzoc")

R("es-38.eml", "es", "confirmed", """Hola Raíces del Valle,

Sí, ya quedó. Borramos el perfil de la señora y los teléfonos y direcciones que teníamos de ella, the record is deleted from our system. Cualquier cosa nos avisan.

Saludos,
Carlos | Soporte LocalizaYa""", frm=("Carlos - LocalizaYa", "carlos@localizaya.example"),
  subject="RE: Solicitud de eliminación - Referencia: OPT-R-4835", domains="localizaya.example", quote="outlook",
  name="Juan Carlos de la Cruz Ayala", flow=True)

R("es-39.eml", "es", "other", """¡Llegó el Buen Fin!

Ahorra 40% en reportes de antecedentes premium solo esta semana. [Comprar](https://correo.lineafiel.example/c/bf2026)

Recibes este correo porque creaste una cuenta en LíneaFiel. Tus datos se eliminaron de nuestro directorio público en 2024.
[Cancelar suscripción](https://correo.lineafiel.example/u/all)""", frm=("LíneaFiel", "ofertas@lineafiel.example"),
  subject="40% de descuento en reportes - solo esta semana", domains="lineafiel.example", form="html",
  track="https://correo.lineafiel.example/o/bf2026.gif")

# == Portuguese (Brazil and Portugal) ===========================================================

R("pt-01.eml", "pt", "confirmed", """Olá,

Sua solicitação de eliminação de dados (protocolo LGPD-2026-77120) foi concluída. Excluímos os dados pessoais do titular da nossa base de consulta de pessoas, e o perfil não aparece mais em nosso site. Mantemos apenas o registro da solicitação, conforme o art. 16 da LGPD.

Encarregado de Dados (DPO)
ConsultaPessoas Ipê""", frm=("ConsultaPessoas Ipê", "dpo@consultaipe.example"),
  subject="Solicitação LGPD-2026-77120 concluída", domains="consultaipe.example", subject_charset="utf-8", qlang="es",
  quote="gmail", name="María Fernanda Quispe Huamán")

R("pt-02.eml", "pt", "extended", """Prezados,

Recebemos a solicitação do titular em 3 de novembro de 2026. Em razão da complexidade do pedido, precisaremos de prazo adicional para a resposta completa. Informaremos o resultado até 18 de dezembro de 2026.

Atenciosamente,
Privacidade, Cadastro Jacarandá""", frm=("Cadastro Jacarandá", "privacidade@cadastrojacaranda.example"),
  subject="Prorrogação do prazo da sua solicitação", domains="cadastrojacaranda.example", charset="iso-8859-1",
  subject_charset="iso-8859-1")

R("pt-03.eml", "pt", "unsure", """Olá,

Seu pedido de acesso aos dados (confirmação de existência e acesso, art. 18 da LGPD) foi atendido. O relatório com os seus dados pode ser baixado em até 15 dias:

[Baixar relatório](https://privacidade.buscabrasil-ipe.example/download/AC-30412?t=77aa)

Para pedir a eliminação, abra uma nova solicitação no portal.

BuscaBrasil""", frm=("BuscaBrasil", "privacidade@buscabrasil-ipe.example"),
  subject="Seu pedido foi concluído", domains="buscabrasil-ipe.example", form="alt")

R("pt-04.eml", "pt", "refused", """Exmos. Senhores,

Acusamos a receção do pedido de apagamento apresentado em nome do vosso cliente, que é o quinto pedido idêntico recebido nos últimos dois meses, todos já respondidos.

Nos termos do artigo 12.º, n.º 5, do RGPD, consideramos o pedido manifestamente infundado e excessivo, pelo seu carácter repetitivo, e não lhe daremos seguimento. Podem apresentar reclamação junto da Comissão Nacional de Proteção de Dados.

Com os melhores cumprimentos,
Encarregado da Proteção de Dados
Listas Atlântico, Lda.""", frm=("Listas Atlântico", "epd@listasatlantico.example"),
  subject="Pedido de apagamento - ref. LA/2026/311", domains="listasatlantico.example",
  reason="manifestly unfounded or excessive", charset="iso-8859-15", cte="quoted-printable")

R("pt-05.eml", "pt", "acknowledged", """Bom dia,

Informamos que o seu pedido foi reencaminhado para o nosso subcontratante responsável pela base de dados de contactos, que o tratará e nos informará do resultado. Voltaremos a contactá-lo logo que tenhamos resposta.

Cumprimentos,
Apoio ao Cliente, Contactos Tejo""", frm=("Contactos Tejo", "apoio@contactostejo.example"),
  subject="RE: Deletion request - Reference: OPT-R-5033", domains="contactostejo.example", quote="outlook",
  name="Ivana Nováková-Peralta")

R("pt-06.eml", "pt", "refused", """Olá,

Sua solicitação nº 2026-118 foi encerrada.

Em 14 de outubro enviamos um e-mail pedindo a confirmação da sua identidade. Como não recebemos resposta em 15 dias, a solicitação foi encerrada sem qualquer alteração nos seus dados. Se desejar, envie uma nova solicitação pelo nosso [portal de privacidade](https://privacidade.listaaraucaria.example/titular).

Equipe de Privacidade, Lista Araucária""", frm=("Lista Araucária", "privacidade@listaaraucaria.example"),
  subject="Solicitação encerrada", domains="listaaraucaria.example", reason="closed (no response)", form="alt",
  charset="iso-8859-1", subject_charset="utf-8")

# == Canadian French and PIPEDA (Law 25, PIPEDA) =================================================

R("fr-01.eml", "fr", "acknowledged", """Bonjour,

Nous accusons réception de votre demande concernant les renseignements personnels de votre cliente. Conformément à la Loi sur la protection des renseignements personnels dans le secteur privé (Québec), nous y répondrons dans un délai de 30 jours suivant sa réception.

Numéro de dossier : RP-2026-4471

Responsable de la protection des renseignements personnels
Annuaire Érablière inc.""", frm=("Annuaire Érablière", "vieprivee@annuaireerabliere.example"),
  subject="Accusé de réception - dossier RP-2026-4471", domains="annuaireerabliere.example",
  charset="iso-8859-15", subject_charset="iso-8859-1")

R("fr-02.eml", "fr", "confirmed", """Bonjour,

À la suite de votre demande, nous avons supprimé les renseignements personnels de votre cliente de nos systèmes, et sa fiche n'apparaît plus dans notre annuaire en ligne. Conformément à la Loi 25, nous conservons uniquement la trace de la demande et de sa date de traitement.

Responsable de la protection des renseignements personnels
Répertoire Boréal""", frm=("Répertoire Boréal", "rprp@repertoireboreal.example"),
  subject="Votre demande de suppression - traitée", domains="repertoireboreal.example", charset="windows-1252",
  cte="quoted-printable", subject_charset="windows-1252")

R("fr-03.eml", "fr", "needs_id", """Bonjour,

Avant de traiter une demande de suppression, nous devons vérifier l'identité de la personne concernée. Veuillez nous faire parvenir une copie d'une pièce d'identité avec photo délivrée par un gouvernement ainsi qu'une preuve d'adresse récente.

Vous pouvez masquer le numéro de la pièce.

Service de la vie privée, Bottin Laurentides""", frm=("Bottin Laurentides", "vieprivee@bottinlaurentides.example"),
  subject="Renseignements requis pour votre demande", domains="bottinlaurentides.example", form="alt")

R("fr-04.eml", "fr", "unsure", """Bonjour,

Nous avons bien rectifié les renseignements de votre cliente : l'adresse et le numéro de téléphone inscrits à son dossier ont été mis à jour. Conformément à l'article 28 de la Loi, la rectification a été communiquée aux personnes à qui ces renseignements avaient été transmis.

Service à la clientèle, Registre Outaouais""", frm=("Registre Outaouais", "service@registreoutaouais.example"),
  subject="Mise à jour de votre dossier", domains="registreoutaouais.example", qlang="en", quote="outlook",
  name="Jean-Baptiste St. Fleur")

R("fr-05.eml", "fr", "extended", """Bonjour,

Nous avons reçu votre demande le 3 novembre 2026. En vertu de la LPRPDE, nous prolongeons de 30 jours le délai de réponse, car la consultation nécessaire pour y répondre ne peut être terminée dans le délai initial. Vous pouvez déposer une plainte auprès du Commissariat à la protection de la vie privée du Canada au sujet de cette prolongation.

Bureau de la protection de la vie privée, Données Nord-Atlantique""", frm=("Données Nord-Atlantique", "viepriveecanada@donneesnordatlantique.example"),
  subject="Prolongation du délai - votre demande", domains="donneesnordatlantique.example")

# == German ========================================================================================

R("de-01.eml", "de", "refused", """Sehr geehrte Damen und Herren,

wir konnten die Identität der betroffenen Person für Ihren Antrag auf Löschung nicht bestätigen. Da wir auf unsere Rückfrage vom 9. Oktober keine Antwort erhalten haben, haben wir den Vorgang geschlossen. Es wurden keine Daten gelöscht.

Sie können jederzeit einen neuen Antrag stellen.

Mit freundlichen Grüßen
Datenschutzteam, Adressverlag Lindenhof GmbH""", frm=("Adressverlag Lindenhof", "datenschutz@adressverlag-lindenhof.example"),
  subject="Ihr Antrag auf Löschung - Vorgang geschlossen", domains="adressverlag-lindenhof.example",
  reason="identity not verified", charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1")

R("de-02.eml", "de", "extended", """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Antrag nach Art. 17 DSGVO, eingegangen am 3. November 2026. Aufgrund der Komplexität und der Anzahl der Anträge verlängern wir die Frist gemäß Art. 12 Abs. 3 DSGVO um zwei weitere Monate. Sie erhalten unsere Antwort spätestens am 3. Februar 2027.

Mit freundlichen Grüßen
Datenschutzbeauftragter, Marktdaten Rheinblick AG""", frm=("Marktdaten Rheinblick", "dsb@marktdaten-rheinblick.example"),
  subject="Fristverlängerung Ihres Antrags", domains="marktdaten-rheinblick.example", form="smime", charset="iso-8859-15")

R("de-03.eml", "de", "unsure", """Guten Tag,

wir haben Ihre Werbesperre eingetragen. Ihre Adresse wird ab sofort nicht mehr für Werbezwecke genutzt oder an Dritte weitergegeben.

Ihr Team der Adressdaten Elbtal""", frm=("Adressdaten Elbtal", "werbesperre@adressdaten-elbtal.example"),
  subject="Ihre Anfrage wurde erledigt", domains="adressdaten-elbtal.example", subject_charset="utf-8", qlang="en",
  quote="gmail", name="Yusuf Öztürk Demir")

# == Italian =======================================================================================

R("it-01.eml", "it", "confirmed", """Gentile richiedente,

le confermiamo che, a seguito della sua richiesta ai sensi dell'art. 17 del GDPR, abbiamo cancellato i dati personali dell'interessato dai nostri archivi e dall'elenco consultabile online. Conserviamo soltanto la traccia della richiesta.

Cordiali saluti,
Ufficio Privacy, Elenchi Dolomiti S.r.l.""", frm=("Elenchi Dolomiti", "privacy@elenchidolomiti.example"),
  subject="Richiesta di cancellazione evasa", domains="elenchidolomiti.example", charset="iso-8859-15")

R("it-02.eml", "it", "needs_info", """Gentile richiedente,

per procedere con una richiesta presentata da un terzo per conto dell'interessato, abbiamo bisogno di una delega firmata dall'interessato stesso, accompagnata da copia di un suo documento di identità.

Può rispondere a questa email allegando i documenti.

Ufficio Privacy, Annuari Laguna""", frm=("Annuari Laguna", "privacy@annuarilaguna.example"),
  subject="Richiesta di documentazione", domains="annuarilaguna.example")

R("it-03.eml", "it", "acknowledged", """Gentile utente,

abbiamo ricevuto la sua richiesta e l'abbiamo inoltrata al nostro fornitore che gestisce la banca dati, il quale provvederà secondo le proprie procedure. La informeremo non appena riceveremo riscontro.

Servizio Clienti, Contatti Adriatico""", frm=("Contatti Adriatico", "servizioclienti@contattiadriatico.example"),
  subject="Re: Deletion request - Reference: OPT-R-5173", domains="contattiadriatico.example", quote="outlook", qlang="en",
  name="Ivana Nováková-Peralta", charset="iso-8859-1")

# == Dutch =========================================================================================

R("nl-01.eml", "nl", "refused", """Geachte heer/mevrouw,

Wij hebben uw verzoek om verwijdering ontvangen. Uw cliënt woont niet in de Europese Economische Ruimte en wij verwerken geen persoonsgegevens van deze persoon in het kader van onze Europese activiteiten; de AVG is daarom niet van toepassing en wij honoreren het verzoek niet.

Met vriendelijke groet,
Privacyteam, Adresbestand Polder B.V.""", frm=("Adresbestand Polder", "privacy@adresbestandpolder.example"),
  subject="Uw verzoek", domains="adresbestandpolder.example", reason="residency (law does not apply)", charset="windows-1252")

R("nl-02.eml", "nl", "confirmed", """Beste,

Wij hebben uw verzoek op grond van artikel 17 AVG uitgevoerd. De persoonsgegevens van uw cliënt zijn uit onze bestanden en uit onze online gids verwijderd.

Met vriendelijke groet,
Functionaris gegevensbescherming, Gids Zeeland""", frm=("Gids Zeeland", "fg@gidszeeland.example"),
  subject="Uw verzoek is uitgevoerd", domains="gidszeeland.example", form="alt")

R("nl-03.eml", "nl", "auto_reply", """Bedankt voor uw bericht. Ik ben afwezig tot en met 4 december en heb geen toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Eva de Vries-van den Berg""", frm=("Eva de Vries-van den Berg", "e.devries@datahaven-utrecht.example"),
  subject="Automatisch antwoord: Deletion request - Reference: OPT-R-5194", domains="datahaven-utrecht.example",
  headers={"Auto-Submitted": "auto-replied"})

# == Polish ========================================================================================

R("pl-01.eml", "pl", "extended", """Szanowni Państwo,

potwierdzamy otrzymanie żądania usunięcia danych z dnia 3 listopada 2026 r. Ze względu na złożony charakter żądania przedłużamy termin udzielenia odpowiedzi o dwa miesiące, zgodnie z art. 12 ust. 3 RODO. Odpowiedź otrzymają Państwo do 3 lutego 2027 r.

Z poważaniem,
Inspektor Ochrony Danych, Bazy Adresowe Wisła sp. z o.o.""", frm=("Bazy Adresowe Wisła", "iod@bazywisla.example"),
  subject="Przedłużenie terminu odpowiedzi", domains="bazywisla.example", charset="iso-8859-2", cte="quoted-printable",
  subject_charset="iso-8859-2")

R("pl-02.eml", "pl", "confirmed", """Dzień dobry,

informujemy, że dane osobowe Państwa klientki zostały usunięte z naszej bazy oraz z wyszukiwarki osób na naszej stronie.

Pozdrawiamy,
Zespół ds. prywatności, Katalog Mazury""", frm=("Katalog Mazury", "prywatnosc@katalogmazury.example"),
  subject="Dane usunięte", domains="katalogmazury.example", charset="windows-1250", subject_charset="windows-1250")

# == Romanian ======================================================================================

R("ro-01.eml", "ro", "refused", """Stimată doamnă, stimate domn,

nu am putut verifica identitatea persoanei vizate pentru cererea de ștergere. Întrucât nu am primit documentele solicitate în termenul indicat, cererea a fost închisă fără a se șterge date.

Cu stimă,
Responsabil cu protecția datelor, Registrul Carpați S.R.L.""", frm=("Registrul Carpați", "dpo@registrulcarpati.example"),
  subject="Cererea dumneavoastră a fost închisă", domains="registrulcarpati.example", reason="identity not verified",
  charset="iso-8859-16", subject_charset="utf-8")

R("ro-02.eml", "ro", "acknowledged", """Bună ziua,

am primit cererea dumneavoastră de ștergere a datelor și o vom soluționa în termen de o lună de la primire, conform art. 12 din GDPR. Numărul cererii: RC-2291.

Echipa de confidențialitate, Date Dunărea""", frm=("Date Dunărea", "confidentialitate@datedunarea.example"),
  subject="Confirmare de primire - RC-2291", domains="datedunarea.example", form="alt")

# == Turkish (KVKK) ================================================================================

R("tr-01.eml", "tr", "refused", """Sayın İlgili,

6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamındaki başvurunuz incelenmiştir. Başvurunun ilgili kişi tarafından veya noter onaylı vekâletname ile yapılmaması nedeniyle başvurunuz reddedilmiştir; bu nedenle herhangi bir veri silinmemiştir.

Kişisel Verileri Koruma Kurulu'na şikâyette bulunma hakkınız saklıdır.

Saygılarımızla,
Veri Sorumlusu, Rehber Boğaziçi A.Ş.""", frm=("Rehber Boğaziçi", "kvkk@rehberbogazici.example"),
  subject="KVKK başvurunuz hakkında", domains="rehberbogazici.example", reason="authorisation not accepted",
  charset="iso-8859-9", cte="quoted-printable", subject_charset="iso-8859-9")

R("tr-02.eml", "tr", "confirmed", """Merhaba,

KVKK madde 11 kapsamındaki silme talebiniz tamamlanmıştır. Kişisel verileriniz sistemlerimizden silinmiş ve rehber sayfamızdaki kaydınız kaldırılmıştır.

Rehber Kapadokya""", frm=("Rehber Kapadokya", "kvkk@rehberkapadokya.example"),
  subject="Silme talebiniz tamamlandı", domains="rehberkapadokya.example", subject_charset="utf-8")

# == Japanese (APPI) ===============================================================================

R("ja-01.eml", "ja", "acknowledged", """ご担当者様

個人情報の利用停止・消去のご請求を受け付けました。受付番号は JP-40921 です。

本人確認の完了後、原則として2週間以内に対応結果をご連絡いたします。

株式会社さくら名簿 個人情報お問い合わせ窓口""", frm=("さくら名簿", "privacy@sakura-meibo.example"),
  subject="個人情報の消去請求の受付について", domains="sakura-meibo.example", charset="iso-2022-jp", cte="7bit",
  subject_charset="iso-2022-jp")

R("ja-02.eml", "ja", "confirmed", """ご担当者様

ご請求のあった保有個人データについて、当社データベースからの消去が完了しましたのでお知らせいたします。今後、当該データを第三者に提供することはありません。

株式会社ふじ情報サービス 個人情報保護管理者""", frm=("ふじ情報サービス", "kojinjoho@fuji-joho.example"),
  subject="保有個人データの消去完了のお知らせ", domains="fuji-joho.example", charset="shift_jis", cte="base64",
  subject_charset="shift_jis")

# == Korean (PIPA) =================================================================================

R("ko-01.eml", "ko", "needs_id", """안녕하십니까.

개인정보 삭제 요구를 처리하기 위해서는 정보주체 본인 확인이 필요합니다. 대리인이 요구하는 경우 정보주체의 위임장과 신분증 사본을 함께 제출해 주시기 바랍니다.

개인정보 보호책임자
한강데이터 주식회사""", frm=("한강데이터", "privacy@hangangdata.example"),
  subject="개인정보 삭제 요구 관련 추가 서류 요청", domains="hangangdata.example", charset="euc-kr", cte="base64",
  subject_charset="euc-kr")

R("ko-02.eml", "ko", "extended", """안녕하십니까.

귀하의 개인정보 삭제 요구를 접수하였습니다. 정당한 사유로 10일 이내에 처리하기 어려워 처리 기간을 연장하게 되었음을 알려드립니다. 연장 사유와 처리 결과는 추후 안내드리겠습니다.

설악정보 개인정보 보호팀""", frm=("설악정보", "privacy@seorak-info.example"),
  subject="개인정보 삭제 요구 처리 기간 연장 안내", domains="seorak-info.example", subject_charset="utf-8")

# == Chinese (PIPL) ================================================================================

R("zh-01.eml", "zh", "unsure", """您好：

您的个人信息查阅、复制请求已处理完毕。请在七日内通过以下链接下载您的个人信息副本：

[下载个人信息副本](https://privacy.huanghe-data.example/export/CN-55102?t=a1)

如需删除个人信息，请另行提交删除请求。

黄河数据 个人信息保护负责人""", frm=("黄河数据", "privacy@huanghe-data.example"),
  subject="您的请求已完成", domains="huanghe-data.example", charset="gb2312", cte="base64", subject_charset="gb2312",
  form="alt")

R("zh-02.eml", "zh", "confirmed", """您好：

根据《个人信息保护法》第四十七条，我们已删除您委托人的个人信息，并已从我们的公开查询页面中移除其资料。

长江信息 隐私团队""", frm=("长江信息", "privacy@changjiang-info.example"),
  subject="个人信息删除完成通知", domains="changjiang-info.example", charset="gbk", cte="base64", subject_charset="gbk")

# == Hindi =========================================================================================

R("hi-01.eml", "hi", "acknowledged", """नमस्ते,

हमें आपका डेटा हटाने का अनुरोध मिल गया है। हमारी टीम इसकी समीक्षा कर रही है और 30 दिनों के भीतर आपको उत्तर देगी। आपका अनुरोध क्रमांक GA-7731 है।

गंगा डेटा गोपनीयता टीम""", frm=("Ganga Data", "privacy@gangadata.example"),
  subject="आपका अनुरोध प्राप्त हुआ", domains="gangadata.example", cte="base64", subject_charset="utf-8")

R("hi-02.eml", "hi", "refused", """नमस्ते,

हमने आपके अनुरोध की समीक्षा की है। हम केवल उन्हीं निवासियों के अनुरोध स्वीकार करते हैं जिनके राज्य में उपभोक्ता गोपनीयता कानून लागू है। दी गई जानकारी के अनुसार आपके मुवक्किल ऐसे राज्य में नहीं रहते, इसलिए यह अनुरोध बंद कर दिया गया है।

यमुना रिकॉर्ड्स""", frm=("Yamuna Records", "privacy@yamunarecords.example"),
  subject="आपका गोपनीयता अनुरोध", domains="yamunarecords.example", reason="residency (state law does not apply)",
  subject_charset="utf-8", form="alt")

# == Arabic ========================================================================================

R("ar-01.eml", "ar", "needs_info", """مرحباً،

لكي نتمكن من معالجة طلب مقدم من وكيل معتمد، يرجى إرسال نسخة من التفويض الموقّع من صاحب البيانات يخولكم تقديم هذا الطلب نيابة عنه.

يمكنكم الرد على هذه الرسالة مع إرفاق المستند الموقّع.

فريق الخصوصية، بيانات النخيل""", frm=("Nakheel Data", "privacy@nakheeldata.example"),
  subject="مطلوب تفويض موقّع", domains="nakheeldata.example", charset="windows-1256", cte="base64",
  subject_charset="windows-1256")

R("ar-02.eml", "ar", "acknowledged", """مرحباً،

شكراً لطلبكم. لقد قمنا بإخفاء الملف الشخصي المذكور، وسيتوقف ظهوره في نتائج البحث على موقعنا اعتباراً من 15 ديسمبر 2026 بعد التحديث الأسبوعي.

دعم دليل الواحة""", frm=("Waha Directory", "support@wahadirectory.example"),
  subject="بخصوص طلبكم", domains="wahadirectory.example", charset="iso-8859-6", cte="base64", subject_charset="utf-8")

# == Greek =========================================================================================

R("el-01.eml", "el", "refused", """Αγαπητέ/ή κύριε/κυρία,

Το αίτημα διαγραφής που υποβάλατε για λογαριασμό του πελάτη σας είναι το τέταρτο πανομοιότυπο αίτημα μέσα σε δύο μήνες. Σύμφωνα με το άρθρο 12 παράγραφος 5 του ΓΚΠΔ, το θεωρούμε προδήλως αβάσιμο και υπερβολικό και δεν θα ενεργήσουμε επ' αυτού. Έχετε δικαίωμα να υποβάλετε καταγγελία στην Αρχή Προστασίας Δεδομένων.

Με εκτίμηση,
Υπεύθυνος Προστασίας Δεδομένων, Οδηγός Αιγαίου Α.Ε.""", frm=("Odigos Aigaiou", "dpo@odigosaigaiou.example"),
  subject="Το αίτημά σας για διαγραφή", domains="odigosaigaiou.example", reason="manifestly unfounded or excessive",
  charset="iso-8859-7", cte="quoted-printable", subject_charset="iso-8859-7")

R("el-02.eml", "el", "bounce", """Αυτό είναι αυτόματο μήνυμα του συστήματος αλληλογραφίας.

Το μήνυμά σας δεν παραδόθηκε στον παραλήπτη privacy@katalogoskritis.example: το γραμματοκιβώτιο είναι πλήρες.""",
  frm=("Σύστημα παράδοσης αλληλογραφίας", "mailer-daemon@katalogoskritis.example"), subject="Αποτυχία παράδοσης μηνύματος",
  domains="katalogoskritis.example", form="bounce", dsn=("5.2.2", "552 5.2.2 Mailbox full", "privacy@katalogoskritis.example"),
  charset="windows-1253", subject_charset="windows-1253", name="Ivana Nováková-Peralta")

# == more English: PIPEDA and Law 25 in English, quoted Spanish letters, long threads ==============

R("en-73.eml", "en", "refused", """Hello,

We have reviewed your request under the Personal Information Protection and Electronic Documents Act (PIPEDA). The listing you refer to contains only a name, address and telephone number as they appear in a public telephone directory, which is publicly available information under the PIPEDA regulations. It may be used and disclosed without consent, and we will not remove it.

You may contact the Office of the Privacy Commissioner of Canada if you disagree.

Privacy Officer, Maple Line Directory Inc.""", frm=("Maple Line Directory", "privacyofficer@maplelinedirectory.example"),
  subject="Your request under PIPEDA", domains="maplelinedirectory.example", reason="exempt (public records)")

R("en-74.eml", "en", "confirmed", """Hello,

Sorry, we only answer in English. We have removed your client's profile from our website and deleted her record from our database.

Regards,
Cedar Bluff People""", frm=("Cedar Bluff People", "support@cedarbluffpeople.example"),
  subject="RE: Solicitud de eliminación - Referencia: OPT-R-5390", domains="cedarbluffpeople.example", quote="outlook",
  qlang="es", name="Guadalupe Tzul Ixcoy", subject_charset="iso-8859-1")

R("en-75.eml", "en", "acknowledged", """Hi again,

Apologies for the back and forth. Our engineering team is still working on removing the record from the archive copy; I'll confirm once it is done.

Tom
Privacy, Granite Falls Data""", frm=("Tom Reyes", "treyes@granitefallsdata.example"),
  subject="RE: RE: RE: RE: Deletion request - Reference: OPT-R-5397", domains="granitefallsdata.example", quote="outlook",
  quoted="""Hello Tom,

Thank you. Our client still sees the profile in your search results today. Could you check?

Lakeshore Immigrant Justice Project

-----Original Message-----
From: Tom Reyes <treyes@granitefallsdata.example>
Sent: Monday, November 16, 2026 10:02 AM
Subject: RE: RE: Deletion request - Reference: OPT-R-5397

Hi, the profile has been removed from the live site. Thanks for your patience.

-----Original Message-----
From: Lakeshore Immigrant Justice Project <privacy@lakeshore-ijp.example>
Sent: Thursday, November 12, 2026 3:47 PM
Subject: RE: Deletion request - Reference: OPT-R-5397

Following up on our letter of November 2. Please confirm in writing once the deletion is complete.

-----Original Message-----
From: Tom Reyes <treyes@granitefallsdata.example>
Sent: Tuesday, November 03, 2026 9:15 AM
Subject: RE: Deletion request - Reference: OPT-R-5397

We have received your request and will process it within 45 days.

-----Original Message-----
From: Lakeshore Immigrant Justice Project <privacy@lakeshore-ijp.example>
Sent: Monday, November 02, 2026 4:20 PM
Subject: Deletion request - Reference: OPT-R-5397

Our client asks you to delete all personal information you hold about them, including any people-search listing. Please confirm in writing once the deletion is complete.

Reference: OPT-R-5397""")

R("en-76.eml", "en", "unsure", """Hello,

Further to your request under Quebec's Act respecting the protection of personal information in the private sector, we have ceased disseminating your client's personal information on our website and de-indexed the hyperlink to the profile, so it is no longer accessible through a search by name.

Privacy Officer, St. Lawrence Registry""", frm=("St. Lawrence Registry", "privacy@stlawrenceregistry.example"),
  subject="Your request - follow-up", domains="stlawrenceregistry.example")

R("en-77.eml", "en", "acknowledged", """Hi,

Thanks! Your identity verification was successful. We have now started processing your deletion request, and we will email you once it has been completed.

Larkspur Data Privacy Team""", frm=("Larkspur Data", "privacy@larkspurdata.example"),
  subject="Verification complete", domains="larkspurdata.example", form="alt", pre="Verification successful")

R("en-78.eml", "en", "refused", """Hello,

We retrieved your client's deletion request from the California Delete Request and Opt-out Platform, but we could not match it to any record in our systems with the identifiers provided. No personal information was deleted. Your client can add more identifiers to their DROP request, which we will check at our next retrieval.

Ravensworth Data Compliance""", frm=("Ravensworth Data", "compliance@ravensworthdata.example"),
  subject="DROP request: no match", domains="ravensworthdata.example", reason="no record")  # r36: was unsure

R("en-79.eml", "en", "confirmed", """Hi there,

Your request to delete your personal data has been completed.

We deleted your profile, the people-search listing and the contact details linked to it. We retain records of purchases you made on our site, as tax law requires; these are not published anywhere.

Keelson Lookup Privacy""", frm=("Keelson Lookup via PrivacyPort", "requests@privacyport-mail.example"),
  subject="Your privacy request is complete", domains="keelsonlookup.example privacyport-mail.example", form="html",
  table=[("Request", "Delete my data"), ("Status", "Complete")], track="https://privacyport-mail.example/t/o/keelson.gif")

R("en-80.eml", "en", "refused", """Hello,

We reviewed your request to delete. We need to retain the information for fraud prevention and security purposes, which is an exception to the right to delete. We have, however, opted your client out of the sale and sharing of their personal information.

Sincerely,
Privacy Team, Wyeth Consumer Insights""", frm=("Wyeth Consumer Insights", "privacy@wyethinsights.example"),
  subject="Your privacy request", domains="wyethinsights.example", reason="opt-out of sale only (deletion declined)")

R("en-81.eml", "en", "acknowledged", """Hi,

Thank you for your email. We have logged your client's request as case 118-3302 and passed it to our data team. You will hear from us within 45 days.

Best,
Elm Hollow Records""", frm=("Elm Hollow Records", "privacy@elmhollowrecords.example"),
  subject="Re: Deletion request - Reference: OPT-R-5467", domains="elmhollowrecords.example", form="alt", quote="gmail",
  name="Marisol D'Souza Ferreira")

# == more Spanish ==================================================================================

R("es-40.eml", "es", "unsure", """Hola:

Su solicitud se completó.

Tipo de solicitud: No vender ni compartir mis datos personales
Estado: Completada

Dejaremos de vender y compartir sus datos personales. Su perfil sigue existiendo en nuestro sitio.

Centro de Privacidad Alameda""", frm=("Alameda Personas", "privacidad@alamedapersonas.example"),
  subject="Su solicitud de eliminación está completa", domains="alamedapersonas.example", form="alt", subject_charset="utf-8")

R("es-41.eml", "es", "auto_reply", """Hola:

Me protejo del correo no deseado con un filtro de verificación. Su mensaje está retenido hasta que confirme que es una persona.

Para liberar su mensaje, [haga clic aquí para confirmar que es humano](https://reto.filtroseguro.example/confirmar?id=aa19c7&d=bajas).

(Mensaje enviado automáticamente en nombre de bajas@listascarmesi.example)""", frm=("FiltroSeguro", "reto@filtroseguro.example"),
  subject="Confirme su mensaje a bajas@listascarmesi.example", domains="listascarmesi.example filtroseguro.example",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "junk"})

R("es-42.eml", "es", "verify_link", """Hola:

Para continuar con su solicitud de eliminación, confirme su dirección de correo con el siguiente enlace (válido 48 horas):

[https://www.sauceloma.example/privacidad/confirmar?c=c0ffee71](https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.sauceloma.example%2Fprivacidad%2Fconfirmar%3Fc%3Dc0ffee71&data=05%7C02&reserved=0|https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.sauceloma.example%2Fprivacidad%2Fconfirmar%3Fc%3Dc0ffee71&data=05%7C02&reserved=0)

SauceLoma""", frm=("SauceLoma", "privacidad@sauceloma.example"), subject="Confirme su correo", domains="sauceloma.example",
  link="https://nam04.safelinks.protection.outlook.example/?url=https%3A%2F%2Fwww.sauceloma.example%2Fprivacidad%2Fconfirmar%3Fc%3Dc0ffee71&data=05%7C02&reserved=0")

R("es-43.eml", "es", "needs_id", """Hola:

Gracias por su mensaje. Antes de eliminar cualquier dato necesitamos comprobar la identidad de la titular: envíenos una copia de su identificación oficial vigente (pasaporte, matrícula consular o licencia de conducir) respondiendo a este correo.

Saludos,
Privacidad de Ciprés Datos""", frm=("Ciprés Datos", "privacidad@cipresdatos.example"),
  subject="Re: Solicitud de eliminación - Referencia: OPT-R-5481", domains="cipresdatos.example", form="html", quote="gmail",
  name="María Fernanda Quispe Huamán")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
