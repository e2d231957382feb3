"""Assemble set T (tests/replies/sett): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/sett/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set T is modelled on the senders earlier sets did not weight: brokers and their vendors answering
under privacy laws outside the US (Mexico's ARCO rights with blocking before cancellation,
Colombia's habeas data, Argentina, Chile, Peru, Brazil's LGPD, PIPEDA and Quebec's Law 25, the UK
GDPR and the EU GDPR, the Philippines, Korea, Japan, Vietnam), US marketing-list and data-append
firms, FCRA screeners, court-record and mugshot sites, newspapers' arrest pages, search engines'
"results about you" answers, reputation firms and third-party identity checks. Every name, address,
domain and number is invented; domains end in ``.example``, machines' addresses are RFC 5737's.

Body markup (set S's, whose first 120 lines were read; the MIME assembly below is written anew):
``[text](url)`` is a link (HTML: an anchor; plain: "text <url>"); ``[text](href|shown)``: the anchor
goes to ``href`` while the plain part shows ``shown`` (``-``: the text only). Blank lines separate
paragraphs.

``form``: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML; ``html_body`` when the HTML says
something else), ``fwd`` (a text and an earlier mail attached as message/rfc822), ``bounce`` (a
delivery report of an Exchange, Postfix or Gmail MTA with our letter or its headers attached),
``smime`` / ``pgp`` (multipart/signed), and ``attach`` (the body, then PDF, PNG, calendar or
winmail.dat parts). ``charset`` is the declared one, ``codec`` the bytes' when they differ (a
mislabelled part); ``cte`` the transfer encoding.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, anchors as _anchors, flowed)  # noqa: E402

HERE = Path(__file__).resolve().parent
START = datetime(2026, 11, 5, 7, 41, tzinfo=timezone.utc)
CLINIC = ("Centro Legal Raíces Unidas", "bajas@raicesunidas.example")
CLINIC_EN = ("Harborview Immigrant Rights Clinic", "privacy@harborview-irc.example")
REPLIES: list[dict] = []


# -- text --------------------------------------------------------------------------------------------


def html_of(body: str, charset: str = "utf-8", pre: str = "", hidden: str = "", track: str = "",
            quoted: str = "") -> str:
    """An HTML body: paragraphs, a CSS-hidden preheader, other display:none text, a tracking pixel
    and the quoted mail in a blockquote."""
    paras = ["<p>" + _anchors(p).replace("\n", "<br>\n") + "</p>" for p in body.strip().split("\n\n")]
    head = (f'<div style="display:none;max-height:0;overflow:hidden">{_esc(pre)}</div>\n') if pre else ""
    if hidden:
        head += f'<div style="display:none">{_esc(hidden)}</div>\n'
    q = (f'\n<blockquote type="cite" style="border-left:2px solid #99c;padding-left:8px">'
         + _esc(quoted.strip()).replace("\n", "<br>\n") + "</blockquote>") if quoted else ""
    img = f'<img src="{_esc(track)}" width="1" height="1" alt="">\n' if track else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            '<body style="font-family:Helvetica,Arial,sans-serif">\n' + head + "\n".join(paras) + q + "\n" + img
            + "</body></html>\n")


def quote(text: str) -> str:
    return "\n".join(("> " + x) if x else ">" for x in text.strip().split("\n"))


def letter(ref: str, name: str, es: bool = False) -> str:
    """Our letter, as a reply quotes it (the clinic as authorised agent)."""
    if es:
        return (f"Referencia: {ref}\nSolicitamos, en nombre de {name}, la cancelación (supresión) de todos sus "
                "datos personales y de cualquier perfil que los publique.\nCentro Legal Raíces Unidas")
    return (f"Reference: {ref}\nOn behalf of {name}, we request the deletion of all personal information you "
            "hold about them and the removal of any listing that shows it.\nHarborview Immigrant Rights Clinic")


# -- MIME --------------------------------------------------------------------------------------------

def _b(key: str, n: int) -> str:
    return "=_" + hashlib.sha256(f"{key}/{n}".encode()).hexdigest()[:24]


def encoded_word(text: str, charset: str) -> str:
    data = text.encode(charset)
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def leaf(ctype: str, text: str | bytes, charset: str | None = "utf-8", cte: str = "7bit", codec: str | None = None,
         params: str = "", extra: str = "") -> bytes:
    """One part: its headers and its body, the text written in ``codec`` (the declared charset when
    none) and declared as ``charset``."""
    data = text if isinstance(text, bytes) else text.encode(codec or charset or "ascii")
    head = f"Content-Type: {ctype}" + (f"; charset={charset}" if charset else "") + params + "\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    head += f"Content-Transfer-Encoding: {cte}\n" + extra
    return head.encode("ascii") + b"\n" + body


def multi(subtype: str, parts: list[bytes], key: str, params: str = "") -> bytes:
    b = _b(key, len(parts) + len(subtype))
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"{params}\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{b}\n".encode() + p
    return out + f"\n--{b}--\n".encode()


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, WinAnsi): a letter a reader can extract."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 60 760 Td\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET\n"
    sdata = stream.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(sdata)).encode() + b" >>\nstream\n" + sdata + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def tiny_png(seed: str) -> bytes:
    """A small grey PNG (a scanned letter no text layer reads)."""
    w = h = 16
    shade = hashlib.sha256(seed.encode()).digest()
    raw = b"".join(b"\x00" + bytes(shade[(y + x) % 32] for x in range(w)) for y in range(h))
    def chunk(t: bytes, d: bytes) -> bytes:
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def text_part(r: dict, body: str | None = None) -> bytes:
    text = plain_of(body if body is not None else r["body"])
    if r.get("quoted"):
        text += "\n" + r.get("attr", "On an earlier day, the sender wrote:") + "\n" + quote(r["quoted"]) + "\n"
    params = ""
    if r.get("flowed"):
        text, params = flowed(text, 70), "; format=flowed"  # set T wraps at 70
    return leaf("text/plain", text, r.get("charset", "utf-8"), r.get("cte", "8bit" if not text.isascii() else "7bit"),
                r.get("codec"), params)


def html_part(r: dict) -> bytes:
    cs = r.get("hcharset", r.get("charset", "utf-8"))
    h = html_of(r.get("html_body", r["body"]), cs if not r.get("codec") else r["codec"], r.get("pre", ""),
                r.get("hidden", ""), r.get("track", ""), r.get("quoted", "") if r.get("html_quote") else "")
    return leaf("text/html", h, cs, r.get("hcte", "quoted-printable"), r.get("codec"))


def body_of(r: dict) -> bytes:
    form = r.get("form", "plain")
    key = r["file"]
    if form == "plain":
        return text_part(r)
    if form == "html":
        return html_part(r)
    if form == "alt":
        return multi("alternative", [text_part(r), html_part(r)], key)
    if form == "fwd":
        inner = r["inner"]
        inner_bytes = (f"From: {inner['from']}\nTo: {inner['to']}\nSubject: {inner['subject']}\n"
                       f"Date: {inner['date']}\nMessage-ID: <{key}.inner@{inner['from'].split('@')[1].rstrip('>')}>\n"
                       "MIME-Version: 1.0\n").encode() + leaf("text/plain", plain_of(inner["body"]), "utf-8", "8bit")
        return multi("mixed", [text_part(r), b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner_bytes], key)
    if form == "bounce":
        return bounce_of(r)
    if form in ("smime", "pgp"):
        inner = multi("alternative", [text_part(r), html_part(r)], key + "/in") if r.get("inner_alt") else text_part(r)
        if form == "smime":
            sig = base64.encodebytes(hashlib.sha512(key.encode()).digest() * 6)
            sigpart = (b'Content-Type: application/pkcs7-signature; name="smime.p7s"\nContent-Transfer-Encoding: base64\n'
                       b'Content-Disposition: attachment; filename="smime.p7s"\n\n' + sig)
            return multi("signed", [inner, sigpart], key, '; protocol="application/pkcs7-signature"; micalg=sha-256')
        armour = base64.encodebytes(hashlib.sha512(key.encode()).digest() * 2).decode()
        sigpart = (b'Content-Type: application/pgp-signature; name="signature.asc"\nContent-Description: OpenPGP digital signature\n\n'
                   + f"-----BEGIN PGP SIGNATURE-----\n\n{armour}=Qx7T\n-----END PGP SIGNATURE-----\n".encode())
        return multi("signed", [inner, sigpart], key, '; protocol="application/pgp-signature"; micalg=pgp-sha256')
    if form == "attach":
        first = multi("alternative", [text_part(r), html_part(r)], key + "/in") if r.get("inner_alt") else text_part(r)
        parts = [first]
        for kind, name, content in r["attachments"]:
            if kind == "pdf":
                parts.append(leaf("application/pdf", minimal_pdf(content), None, "base64", params=f'; name="{name}"',
                                  extra=f'Content-Disposition: attachment; filename="{name}"\n'))
            elif kind == "png":
                parts.append(leaf("image/png", tiny_png(key), None, "base64", params=f'; name="{name}"',
                                  extra=f'Content-Disposition: attachment; filename="{name}"\n'))
            elif kind == "ics":
                parts.append(leaf("text/calendar", content, "utf-8", "8bit", params="; method=REQUEST",
                                  extra=f'Content-Disposition: attachment; filename="{name}"\n'))
            elif kind == "tnef":
                blob = b"\x78\x9f\x3e\x22" + hashlib.sha256(key.encode()).digest() * 4
                parts.append(leaf("application/ms-tnef", blob, None, "base64", params=f'; name="{name}"',
                                  extra=f'Content-Disposition: attachment; filename="{name}"\n'))
        return multi("mixed", parts, key)
    raise ValueError(form)


def bounce_of(r: dict) -> bytes:
    """A delivery status notification: the MTA's human text, the machine-readable report, and our
    letter (whole, or only its headers)."""
    key, rcpt, mta = r["file"], r["rcpt"], r["mta"]
    status, diag = r.get("status", "5.1.1"), r.get("diag", "550 5.1.1 User unknown")
    human = plain_of(r["body"])
    action = "delayed" if status.startswith("4") else "failed"
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {r['date']}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; {r.get('remote', 'mx1.' + rcpt.split('@')[1])}\n"
          f"Diagnostic-Code: smtp; {diag}\n")
    sender = r.get("sender", CLINIC_EN)
    orig_head = (f"From: {sender[0]} <{sender[1]}>\nTo: <{rcpt}>\nSubject: {r.get('orig_subject', 'Deletion request')}\n"
                 f"Date: {r['date']}\nMessage-ID: <{key}.letter@{sender[1].split('@')[1]}>\nMIME-Version: 1.0\n")
    if r.get("headers_only"):
        third = leaf("text/rfc822-headers", orig_head, None, "7bit")
    else:
        third = (b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + orig_head.encode()
                 + leaf("text/plain", plain_of(r.get("orig_body", "Please delete the personal information you hold.")),
                        "utf-8", "8bit"))
    return multi("report", [leaf("text/plain", human, "utf-8", "8bit" if not human.isascii() else "7bit"),
                            leaf("message/delivery-status", ds, None, "7bit"), third], key,
                 "; report-type=delivery-status")


def render(r: dict, n: int) -> bytes:
    when = START + timedelta(hours=7 * n, minutes=13 * n % 60)
    r.setdefault("date", format_datetime(when))
    frm_name, frm_addr = r["from"]
    scs = r.get("scs")
    subj = r["subject"]
    subj_h = encoded_word(subj, scs) if scs else (subj if subj.isascii() else encoded_word(subj, "utf-8"))
    name_h = frm_name if frm_name.isascii() else encoded_word(frm_name, scs or "utf-8")
    to = CLINIC if r["lang"] != "en" and not r.get("to_en") else CLINIC_EN
    head = (f'From: "{name_h}" <{frm_addr}>\n' if frm_name.isascii() and not scs else f"From: {name_h} <{frm_addr}>\n")
    head += f"To: {to[1]}\nSubject: {subj_h}\nDate: {r['date']}\n"
    head += f"Message-ID: <{hashlib.sha1(r['file'].encode()).hexdigest()[:16]}.{n}@{frm_addr.split('@')[1]}>\n"
    if r.get("reply"):
        head += f"In-Reply-To: <{r['file'].split('.')[0]}.letter@{to[1].split('@')[1]}>\n"
    for k, v in r.get("headers", {}).items():
        head += f"{k}: {v}\n"
    head += "MIME-Version: 1.0\n"
    return head.encode("ascii") + body_of(r)


def add(lang: str, cls: str, domains: str, frm: tuple[str, str], subject: str, body: str, *, reason: str = "",
        link: str = "", **opts: object) -> None:
    n = sum(1 for x in REPLIES if x["lang"] == lang) + 1
    REPLIES.append({"file": f"{lang}-{n:02d}.eml", "lang": lang, "class": cls, "reason": reason, "link": link,
                    "domains": domains, "from": frm, "subject": subject, "body": body, **opts})


# -- the replies: English ----------------------------------------------------------------------------
# Clients (invented): Rosa Elena Quispe Mamani, Juan Carlos de la Rosa Villalobos, Nguyễn Văn Bảo,
# Marie-Claude Joseph-Pierre, Luz María O'Brien Cárdenas, KIM Seo-yeon, Olena Kovalenko-Shevchuk,
# Fatima Al-Haddad Nasser, TANAKA Haruto, Maria da Graça dos Santos Oliveira, Ahmad Rahimi Tehrani.

def english() -> None:
    L = "Harborview Immigrant Rights Clinic"
    add("en", "confirmed", "brightwell-data.example", ("Brightwell Data DPO", "dpo@brightwell-data.example"),
        "Re: Erasure request OPT-T-4410 - outcome",
        "Our ref: BWD/DSR/2026/0931\nYour ref: OPT-T-4410\n\nDear Sir or Madam,\n\nFurther to your letter on behalf of "
        "Rosa Elena Quispe Mamani, we confirm that we have erased her personal data from our consumer directory and from "
        "our marketing database under Article 17 GDPR. In line with Article 19, we have also informed the three recipients "
        "to whom we disclosed her data in the past twelve months and asked them to erase it.\n\nYours faithfully,\n"
        "Data Protection Officer, Brightwell Data Ltd", reply=True, quoted=letter("OPT-T-4410", "Rosa Elena Quispe Mamani"),
        attr="On 4 Nov 2026, Harborview Immigrant Rights Clinic wrote:")
    add("en", "extended", "brightwell-data.example", ("Brightwell Data DPO", "dpo@brightwell-data.example"),
        "Your data subject request OPT-T-4417: extension of time",
        "Our ref: BWD/DSR/2026/0944\n\nWe write about your request of 4 November. Because of the number of requests we "
        "have received and the complexity of locating records across our reference files, we need more time. Under "
        "Article 12(3) GDPR we are extending the period to respond by a further two months. We expect to reply by "
        "3 February 2027 at the latest.\n\nData Protection Officer", reply=True)
    add("en", "refused", "kestrelcredit.example", ("Kestrel Credit Reference - Privacy", "privacy@kestrelcredit.example"),
        "Your erasure request - our decision", reason="exempt (legal obligation)",
        body="Reference: KCR-88213\n\nWe have carefully considered your request to erase the personal data of Juan Carlos de "
        "la Rosa Villalobos. We are unable to erase it. We hold it to comply with legal obligations that apply to credit "
        "reference agencies and for the establishment, exercise or defence of legal claims (Article 17(3)(b) and (e) UK "
        "GDPR).\n\nIf you are unhappy with our response you can complain to the Information Commissioner's Office (ICO). "
        "You also have the right to seek a remedy through the courts.\n\nKestrel Credit Reference, Privacy Team")
    add("en", "unsure", "larkspur-lists.example", ("Larkspur Lists", "privacy@larkspur-lists.example"),
        "Objection to processing - OPT-T-4425",
        "Hello,\n\nThank you for your message. We have recorded the objection to direct marketing under Article 21 GDPR "
        "for Nguyễn Văn Bảo. We will no longer use his details to send marketing or to build marketing audiences. His "
        "record stays on our objection register so that this choice is respected.\n\nLarkspur Lists - Data Rights", reply=True,
        quoted=letter("OPT-T-4425", "Nguyễn Văn Bảo"))
    add("en", "unsure", "tellmere.example", ("TellMeRe Privacy", "privacy@tellmere.example"),
        "Your personal data report is ready",
        "Hi,\n\nWe have completed your request. Attached to your account is a report of the personal information we hold "
        "about Marie-Claude Joseph-Pierre: identifiers, addresses, phone numbers and the sources we obtained them from.\n\n"
        "[Download your report](https://account.tellmere.example/dsar/download/7Q2M)\n\nThe download is available for "
        "30 days.\n\nTellMeRe Privacy Team", form="alt")
    add("en", "unsure", "peoplepane.example peoplepane.zendesk.example", ("PeoplePane Support", "support@peoplepane.zendesk.example"),
        "[PeoplePane] Re: Removal request OPT-T-4433",
        "##- Please type your reply above this line -##\n\nHi there,\n\nWe have processed your request. If you need anything "
        "else, just reply to this email.\n\nDana\nPeoplePane Support\n\nThis ticket (#551902) has been set to solved. "
        "[How would you rate our support?](https://peoplepane.zendesk.example/requests/551902/satisfaction/new)",
        form="alt", reply=True)
    add("en", "unsure", "orrindata.example", ("Orrin Data Consumer Care", "consumercare@orrindata.example"),
        "Your marketing preference request",
        "Dear Consumer,\n\nThank you for contacting Orrin Data. The name and address you gave, Luz María O'Brien Cárdenas "
        "at 2231 Larch St, have been added to our marketing suppression file. Our clients receive this file with every "
        "list order, so catalogues and offers built from our data should stop within 6 to 8 weeks. Mail already in "
        "production may still arrive.\n\nTo keep your choice in place we keep your name and address on the suppression "
        "file.\n\nOrrin Data Consumer Care")
    add("en", "confirmed", "tallgrassappend.example", ("Tallgrass Append Privacy", "privacy@tallgrassappend.example"),
        "Deletion request completed - TGA-20261107-118",
        "Hello,\n\nWe have deleted the personal information of KIM Seo-yeon from our consumer marketing database and from "
        "the reference files we use for data append. To make sure her information is not added again from a new source, "
        "we keep only a one-way hashed entry of her name and postal address on a do-not-add list.\n\nTallgrass Append, "
        "Privacy Office", reply=True, quoted=letter("OPT-T-4437", "KIM Seo-yeon"))
    add("en", "unsure", "lookuplane.example ridgeview-info.example", ("Ridgeview Information Services", "privacy@ridgeview-info.example"),
        "Re: OPT-T-4441",
        "Thank you for your request. Olena Kovalenko-Shevchuk's profile has been removed from LookupLane, our people-search "
        "website. Please note that Ridgeview also licenses data to business customers for identity and fraud purposes; "
        "records in those products are not affected by a LookupLane opt-out.\n\nRidgeview Privacy", reply=True)
    add("en", "unsure", "directoria.example", ("Directoria UK", "dataprotection@directoria.example"),
        "Erasure: Fatima Al-Haddad Nasser",
        "Dear Harborview,\n\nWe have removed the entry for Fatima Al-Haddad Nasser from the UK edition of Directoria. "
        "Directoria Inc. in the United States operates a separate directory and is a separate controller; please write to "
        "them directly at privacy@directoria-us.example.\n\nKind regards,\nDirectoria UK Data Protection")
    add("en", "refused", "verilane-screening.example", ("Verilane Screening Consumer Relations", "consumer@verilane-screening.example"),
        "Your request regarding your background report", reason="exempt (FCRA)",
        body="Verilane Screening is a consumer reporting agency regulated by the Fair Credit Reporting Act. We maintain "
        "records used in background checks that employers request with the consumer's written authorisation. We cannot "
        "delete accurate, complete and verifiable information from our files.\n\nIf you believe something in a report "
        "about you is inaccurate, you may dispute it free of charge at [our dispute page](https://verilane-screening.example/disputes). "
        "You may also request a free copy of your file.\n\nVerilane Consumer Relations", form="alt")
    add("en", "needs_id", "checkwell.example", ("Checkwell Privacy", "privacy@checkwell.example"),
        "Action needed: verify your identity to continue your deletion request",
        "Hi,\n\nWe received a request to delete personal information about Ahmad Rahimi Tehrani. Before we act on it, the "
        "consumer must verify their identity with our verification partner, IDGate. It takes about five minutes and needs "
        "a government photo ID and a selfie.\n\n[Start identity verification](https://verify.idgate-secure.example/inquiry/inq_7YpQ2hD9kL)\n\n"
        "The verification session is hosted by IDGate, not by Checkwell. Your request will be closed if verification is not "
        "completed within 14 days.\n\nCheckwell Privacy", form="alt")
    add("en", "verify_link", "findfolk.example", ("FindFolk Privacy", "no-reply@findfolk.example"),
        "Confirm your removal request", link="https://www.findfolk.example/optout/confirm?t=c8Hq71LmZ0pX",
        body="Hello,\n\nWe received a request to remove a FindFolk listing. To confirm that you made this request, click "
        "the link below. The link expires in 48 hours.\n\n[Confirm removal](https://www.findfolk.example/optout/confirm?t=c8Hq71LmZ0pX)\n\n"
        "If you did not make this request, ignore this email.\n\n[Manage email preferences](https://www.findfolk.example/preferences?u=22k1)",
        form="alt")
    add("en", "verify_link", "findfolk.example", ("FindFolk Privacy", "no-reply@findfolk.example"),
        "Your new confirmation link", link="https://www.findfolk.example/optout/confirm?t=rN3kW94Tqa2B",
        body="Hello,\n\nThe confirmation link we sent you on November 6 has expired. Here is a new one; it replaces the "
        "old link, which no longer works. This link expires in 48 hours.\n\n[Confirm removal](https://www.findfolk.example/optout/confirm?t=rN3kW94Tqa2B)\n\n"
        "FindFolk Privacy",
        quoted="To confirm that you made this request, click the link below. The link expires in 48 hours.\n"
        "Confirm removal <https://www.findfolk.example/optout/confirm?t=c8Hq71LmZ0pX>",
        attr="----- Earlier message -----")
    add("en", "verify_link", "corvina-records.example", ("Corvina Records", "privacy@corvina-records.example"),
        "Re: Deletion request OPT-T-4460 - please confirm",
        "Hello,\n\nBefore we delete the records, we need to be sure this request really comes from the person concerned or "
        "their authorised representative. Please reply to this email with the word YES to confirm the request. If we do "
        "not hear from you within 10 days, we will close it.\n\nCorvina Records Privacy", reply=True,
        quoted=letter("OPT-T-4460", "Rosa Elena Quispe Mamani"))
    add("en", "verify_link", "nameledger.example", ("NameLedger", "privacy@nameledger.example"),
        "Your confirmation code",
        "Your NameLedger confirmation code is 7KQ-482-TZ.\n\nEnter this code on the opt-out page where you made your "
        "request to confirm it. The code expires in 30 minutes.\n\nNameLedger")
    add("en", "refused", "bookedarchive.example", ("BookedArchive", "support@bookedarchive.example"),
        "RE: Removal of booking record", reason="removal only for a fee",
        body="Thank you for contacting BookedArchive.\n\nAll arrest and booking information on our site comes from public "
        "sources. We offer an unpublishing service for a one-time fee of $399 per booking record. Records are unpublished "
        "within 24 hours of payment. Fees are not refundable.\n\n[Pay and unpublish](https://pay.bookedarchive.example/checkout?rec=FL-2024-88123)\n\n"
        "BookedArchive Support", form="html")
    add("en", "refused", "courtdock.example", ("CourtDock Support", "help@courtdock.example"),
        "Your removal request", reason="exempt (public records)",
        body="Hi,\n\nCourtDock republishes court dockets obtained from state and county courts. These are public records "
        "and will remain on our site as long as the court makes them available. We do not remove or alter public court "
        "records at the request of the parties.\n\nIf the court seals or expunges the case, send us the court's order and "
        "we will review it.\n\nCourtDock")
    add("en", "needs_info", "millbrookgazette.example", ("Millbrook Gazette Newsroom", "newsroom@millbrookgazette.example"),
        "Re: Arrest log item from March 2024",
        "Hello,\n\nOur policy on the police log is to unpublish names only when the charges were dismissed, the person was "
        "acquitted, or the record was expunged. Please send us a copy of the court disposition showing one of these "
        "outcomes and the link to the item, and our standards editor will review it.\n\nMillbrook Gazette Newsroom")
    add("en", "refused", "coastalherald.example", ("Coastal Herald Standards Desk", "standards@coastalherald.example"),
        "Your request to remove an article", reason="exempt (journalism)",
        body="Dear Harborview,\n\nWe have reviewed your request. The article is an accurate report of an arrest made public "
        "by the police at the time. Our editorial policy is not to remove or anonymise accurate news reports. We will add "
        "an update to the article if you send us documents showing how the case ended.\n\nStandards Editor, Coastal Herald")
    add("en", "unsure", "seekwide.example", ("SeekWide Search", "removals-noreply@seekwide.example"),
        "Update on your results-about-you request",
        "Hello,\n\nWe reviewed the URL you reported and have removed it from SeekWide search results for queries that "
        "include the person's name. Removing a result from SeekWide does not remove the content from the web: the page "
        "is still on the website that publishes it. To have it taken down, contact the site's owner.\n\n"
        "[View your requests](https://myaccount.seekwide.example/results-about-you)\n\nThe SeekWide team", form="alt")
    add("en", "unsure", "hollisreputation.example tracepoint.example", ("Hollis Reputation Partners", "cases@hollisreputation.example"),
        "On behalf of TracePoint: your correspondence",
        "Dear Sir or Madam,\n\nWe act for TracePoint LLC in respect of privacy correspondence. Our client has reviewed "
        "your letter of 4 November and has taken the action it considers appropriate. Our client regards the matter as "
        "closed.\n\nHollis Reputation Partners, on behalf of TracePoint LLC")
    add("en", "confirmed", "hollisreputation.example clearwaterpeople.example", ("Hollis Reputation Partners", "cases@hollisreputation.example"),
        "On behalf of Clearwater People: removal completed",
        "Dear Sir or Madam,\n\nWe write on behalf of our client Clearwater People Inc. Our client has permanently deleted "
        "the profile of Luz María O'Brien Cárdenas at clearwaterpeople.example/p/luz-obrien-cardenas/OH and the records "
        "behind it. The page now returns \"not found\".\n\nHollis Reputation Partners")
    add("en", "unsure", "peoplescout.example", ("PeopleScout Privacy", "privacy@peoplescout.example"),
        "Re: OPT-T-4481 removal",
        "Hello,\n\nWe have removed the record of Maria Lopez, age 58, of Houston, TX from PeopleScout. It will no longer "
        "appear in search results.\n\nPeopleScout Privacy", reply=True,
        quoted="Reference: OPT-T-4481\nOn behalf of María Isabel López Ramírez, 34, of Columbus, Ohio, we request the "
        "deletion of all personal information you hold about her and the removal of any listing that shows it.\n"
        "Harborview Immigrant Rights Clinic")
    add("en", "unsure", "nexaprofile.example", ("NexaProfile", "privacy@nexaprofile.example"),
        "Your request OPT-T-4486",
        "Hello,\n\nWe have received your request and it is now being reviewed by our privacy team. We will write again "
        "when it is complete.\n\nNexaProfile Privacy",
        html_body="Hello,\n\nGood news: the profile has been removed from NexaProfile and the personal information we held "
        "has been deleted.\n\nNexaProfile Privacy", form="alt", reply=True)
    add("en", "acknowledged", "velvetlookup.example", ("VelvetLookup", "privacy@velvetlookup.example"),
        "Request received",
        "Thanks, we have your request.\n\nStatus: in progress. Our team usually completes removals within 10 business "
        "days. We will email you once it is done.\n\nVelvetLookup Privacy",
        hidden="Your record has been deleted. Your listing was removed successfully.", form="html")
    add("en", "confirmed", "aldergate-data.example", ("Aldergate Data Compliance", "compliance@aldergate-data.example"),
        "OPT-T-4494: response to your request",
        "Dear Harborview Immigrant Rights Clinic,\n\nPlease see the attached letter in response to your request.\n\n"
        "Kind regards,\nAldergate Data Compliance", form="attach", reply=True,
        attachments=[("pdf", "Aldergate_response_OPT-T-4494.pdf",
                      ["Aldergate Data Ltd - Compliance", "Our reference: ALD-CR-5512   Your reference: OPT-T-4494", "",
                       "Re: Marie-Claude Joseph-Pierre", "",
                       "We confirm that we have deleted all personal data we held about your client",
                       "from our directory and our marketing files on 12 November 2026.",
                       "The listing is no longer published.", "", "Aldergate Data Compliance"])])
    add("en", "unsure", "fenwickrecords.example", ("Fenwick Records", "privacy@fenwickrecords.example"),
        "Re: deletion request OPT-T-4499",
        "Hello,\n\nSee attached.\n\nFenwick Records", form="attach", reply=True,
        attachments=[("png", "scan_20261112.png", None)])
    add("en", "bounce", "harlowfinder.example", ("Microsoft Outlook", "postmaster@mail.harlowfinder.example"),
        "Undeliverable: Deletion request OPT-T-4503",
        "Delivery has failed to these recipients or groups:\n\nprivacy@harlowfinder.example\nThe email address you entered "
        "couldn't be found. Please check the recipient's email address and try to resend the message. If the problem "
        "continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating server: "
        "CY4PR01MB2211.namprd01.prod.outlook.example\n\nprivacy@harlowfinder.example\nRemote Server returned '550 5.1.10 "
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
        form="bounce", rcpt="privacy@harlowfinder.example", mta="CY4PR01MB2211.namprd01.prod.outlook.example",
        status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        orig_subject="Deletion request OPT-T-4503")
    add("en", "bounce", "quillmarsh.example", ("Mail Delivery System", "MAILER-DAEMON@mx.harborview-irc.example"),
        "Delayed Mail (still being retried)",
        "This is the mail system at host mx.harborview-irc.example.\n\n####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old.\n\n"
        "                   The mail system\n\n<optout@quillmarsh.example>: host mx1.quillmarsh.example[203.0.113.41] said: "
        "452 4.2.2 Mailbox full (in reply to RCPT TO command)",
        form="bounce", rcpt="optout@quillmarsh.example", mta="mx.harborview-irc.example", status="4.2.2",
        diag="452 4.2.2 Mailbox full", headers_only=True, remote="mx1.quillmarsh.example")
    add("en", "bounce", "sablepages.example", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
        "Delivery Status Notification (Failure)",
        "Address not found\n\nYour message wasn't delivered to removals@sablepages.example because the address couldn't "
        "be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account "
        "that you tried to reach does not exist.",
        form="bounce", rcpt="removals@sablepages.example", mta="mail-sor-f41.googlemail.example",
        diag="550 5.1.1 The email account that you tried to reach does not exist")
    add("en", "auto_reply", "brightwell-data.example", ("Priya Raman", "priya.raman@brightwell-data.example"),
        "Automatic reply: Erasure request OPT-T-4512",
        "Thank you for your email. I am out of the office until Tuesday 8 December with limited access to email. For "
        "data protection matters please write to dpo@brightwell-data.example.\n\nPriya Raman",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    add("en", "acknowledged", "marlowe-insights.example", ("Marlowe Insights Privacy", "privacy-noreply@marlowe-insights.example"),
        "We have received your privacy request [MI-2026-77310]",
        "This is an automated message. We have received your privacy request and given it the reference MI-2026-77310. "
        "We will respond within one month of receipt, as the law requires. You do not need to reply to this message.\n\n"
        "Marlowe Insights", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    add("en", "confirmed", "pemberton-analytics.example", ("Pemberton Analytics DPO", "dpo@pemberton-analytics.example"),
        "Erasure request OPT-T-4519 - completed",
        "Dear Harborview Immigrant Rights Clinic,\n\nRef: PA-ER-2026-0412\n\nWe have completed the erasure of all personal "
        "data relating to TANAKA Haruto from our production systems. Backups are overwritten on a 35-day cycle and the "
        "data is not restored from them.\n\nThis message is digitally signed.\n\nData Protection Officer\nPemberton Analytics",
        form="smime", reply=True)
    add("en", "needs_info", "greymoor.example", ("Greymoor Legal", "privacy@greymoor.example"),
        "Re: Request on behalf of Maria da Graca dos Santos Oliveira",
        "Hello,\n\nWe can only act on a request made by an authorised agent if we receive the consumer's signed permission "
        "naming your organisation. Please send a copy signed by Maria da Graça dos Santos Oliveira. We will then process "
        "the deletion.\n\nGreymoor Privacy\n(This message is signed with OpenPGP.)", form="pgp")
    add("en", "needs_id", "ashcombe-data.example", ("Ashcombe Data DPO", "dpo@ashcombe-data.example"),
        "Identity check call for request OPT-T-4528",
        "Hello,\n\nTo verify the identity of the data subject before we erase any records, we would like a short video "
        "call in which your client shows an identity document. An invitation is attached; please forward it to your "
        "client or propose another time.\n\nAshcombe Data, Office of the DPO", form="attach",
        attachments=[("ics", "invite.ics",
                      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ashcombe//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                      "UID:idcheck-4528@ashcombe-data.example\r\nDTSTAMP:20261110T090000Z\r\nDTSTART:20261117T150000Z\r\n"
                      "DTEND:20261117T151500Z\r\nSUMMARY:Identity verification call\r\nORGANIZER:mailto:dpo@ashcombe-data.example\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n")])
    add("en", "acknowledged", "thornfield-lists.example", ("Thornfield Lists", "privacy@thornfield-lists.example"),
        "RE: Deletion request OPT-T-4531",
        "Hello,\n\nYour request has been received and logged. We will process it within 30 days and write to you when it is "
        "complete.\n\nRegards,\nGareth\nThornfield Lists", form="attach", reply=True,
        attachments=[("tnef", "winmail.dat", None)])
    add("en", "unsure", "oakhurst-data.example", ("Samira Patel", "samira.patel@oakhurst-data.example"),
        "Fwd: your request OPT-T-4536",
        "Hi,\n\nForwarding the note from our data vendor below. Let me know if you need anything else.\n\nSamira\n"
        "Oakhurst Data, Customer Care", form="fwd",
        inner={"from": "Vendor Ops <ops@listforge.example>", "to": "samira.patel@oakhurst-data.example",
               "subject": "DSR batch 46", "date": "Mon, 09 Nov 2026 14:02:11 +0000",
               "body": "Hi Samira, the records in batch 46 have been processed. Ticket closed.\nListForge Ops"})
    add("en", "confirmed", "oakhurst-data.example", ("Samira Patel", "samira.patel@oakhurst-data.example"),
        "Fwd: OPT-T-4539 deletion",
        "Hi,\n\nPlease see our records team's answer below.\n\nSamira\nOakhurst Data, Customer Care", form="fwd",
        inner={"from": "Records Team <records@oakhurst-data.example>", "to": "samira.patel@oakhurst-data.example",
               "subject": "RE: OPT-T-4539", "date": "Tue, 10 Nov 2026 10:15:40 +0000",
               "body": "Samira, we deleted the record of Nguyen Van Bao (Garden Grove, CA) from the directory and the "
                       "marketing file this morning. Nothing left on our side.\nRecords Team"})
    add("en", "acknowledged", "wexford-people.example", ("Wexford People Support", "support@wexford-people.example"),
        "RE: RE: RE: Removal request OPT-T-4542",
        "Hi again,\n\nWe are still working on this one; our engineers need a few more days to trace every copy of the "
        "record. We will update you by Friday.\n\nTom\nWexford People Support", reply=True,
        quoted="From: Wexford People Support\nSent: Monday, October 12, 2026 9:14 AM\nSubject: RE: Removal request OPT-T-3310\n\n"
        "We have deleted the listing for Ana Beatriz Souza Lima as requested.\n\n"
        "From: Harborview Immigrant Rights Clinic\nSent: Friday, October 9, 2026 4:50 PM\n\nReference: OPT-T-3310\n"
        "On behalf of Ana Beatriz Souza Lima, we request the deletion of all personal information you hold about her.",
        attr="-----Original Message-----")
    add("en", "unsure", "mapleleafdirectory.example", ("Maple Leaf Directory Privacy", "privacy@mapleleafdirectory.example"),
        "Your PIPEDA request",
        "Hello,\n\nIn response to your request under PIPEDA, we have deactivated the listing for Olena Kovalenko-Shevchuk "
        "so that it is no longer shown on our public directory. The underlying record is retained in accordance with our "
        "records retention schedule.\n\nPrivacy Officer, Maple Leaf Directory")
    add("en", "confirmed", "northlight-info.example", ("Northlight Information Privacy Officer", "privacy@northlight-info.example"),
        "PIPEDA request completed",
        "Hello,\n\nWe confirm that we have deleted the personal information we held about Fatima Al-Haddad Nasser, "
        "including the public profile and the records it was built from, and that we will not collect it again from our "
        "sources.\n\nIf you have concerns about how we handled this request, you may contact the Office of the Privacy "
        "Commissioner of Canada.\n\nPrivacy Officer, Northlight Information")
    add("en", "refused", "fleurdelys-data.example", ("Fleur-de-Lys Data", "confidentialite@fleurdelys-data.example"),
        "Your request concerning personal information", reason="exempt (legal obligation)",
        body="Hello,\n\nWe have reviewed your request under Quebec's Act respecting the protection of personal information in "
        "the private sector. We must keep this information to meet legal obligations, so we cannot destroy it at this "
        "time.\n\nYou may apply to the Commission d'accès à l'information for an examination of this disagreement within "
        "30 days of this decision.\n\nPerson in charge of the protection of personal information")
    add("en", "extended", "cascadelookup.example", ("Cascade Lookup Privacy", "privacy@cascadelookup.example"),
        "Your Oregon privacy request - additional time needed",
        "Hello,\n\nWe are writing about your request to delete personal data, received on November 5. We need additional "
        "time to complete it and are extending the response period by 45 days, as the Oregon Consumer Privacy Act allows "
        "when reasonably necessary. We expect to respond by February 3, 2027.\n\nCascade Lookup Privacy")
    add("en", "refused", "lonestar-records.example", ("Lone Star Records Privacy", "privacy@lonestar-records.example"),
        "Decision on your deletion request", reason="identity not verified",
        body="Hello,\n\nWe were unable to verify that the request came from the consumer or an authorised agent, so we have "
        "denied it.\n\nYou may appeal this decision by replying within 60 days with the word APPEAL. If your appeal is "
        "denied, you may contact the Texas Attorney General's Office.\n\nLone Star Records")
    add("en", "verify_link", "spotlightpeople.example click.spotmail.example", ("Spotlight People", "privacy@spotlightpeople.example"),
        "Please confirm your opt-out", link="https://click.spotmail.example/ls/click?upn=u001.Hq8aR2kLz-2BpT7vX3mN9wQ",
        body="Hi,\n\nOne more step: confirm your opt-out so we can remove the listing.\n\n"
        "[Confirm my opt-out](https://click.spotmail.example/ls/click?upn=u001.Hq8aR2kLz-2BpT7vX3mN9wQ)\n\n"
        "This link is valid for 72 hours.\n\n[Unsubscribe](https://click.spotmail.example/ls/click?upn=u001.Unsub55Fz)",
        form="alt", track="https://click.spotmail.example/wf/open?upn=u001.px9")
    add("en", "verify_link", "truemark-people.example", ("TrueMark People", "noreply@truemark-people.example"),
        "Verify your removal request", link="https://truemark-people.example/removal/verify/3f7c2a91-8b0e",
        body="Verify your removal request by opening the link below within 24 hours:\n\n"
        "[Verify removal](https://truemark-people.example/removal/verify/3f7c2a91-8b0e)\n\n"
        "[Manage preferences](https://truemark-people.example/email/preferences?id=88a) | "
        "[Unsubscribe from all emails](https://truemark-people.example/email/unsubscribe?id=88a)", form="html")
    add("en", "unsure", "peoplefinder-hub.example", ("PeopleFinder Hub", "alerts@peoplefinderhub-secure.example"),
        "Action required: finalize your removal",
        "Your removal request is almost done. Finalize it now to make sure the listing is deleted.\n\n"
        "[Finalize removal](https://peoplefinderhub-secure.example/finalize?id=55120)\n\nPeopleFinder Hub", form="html")
    add("en", "confirmed", "luzon-databank.example", ("Luzon Databank DPO", "dpo@luzon-databank.example"),
        "Data subject request - erasure completed",
        "Dear Harborview Immigrant Rights Clinic,\n\nIn accordance with the Data Privacy Act of 2012, we have erased the "
        "personal data of Rosa Elena Quispe Mamani from our filing system, in both live and backup systems.\n\nData "
        "Protection Officer, Luzon Databank Inc.")
    add("en", "refused", "visayas-leads.example", ("Visayas Leads Compliance", "dpo@visayas-leads.example"),
        "Your request for erasure or blocking", reason="exempt (legitimate business purpose)",
        body="Dear Sir or Madam,\n\nWe have evaluated your request for erasure or blocking. We deny it, as the personal data "
        "remains necessary for our legitimate business purposes, in line with the industry standard for data retention.\n\n"
        "If you believe your rights were violated, you may file a complaint with the National Privacy Commission.\n\nData "
        "Protection Officer, Visayas Leads Corp.")
    add("en", "acknowledged", "sakura-meibo.example", ("Sakura Meibo Co., Ltd.", "privacy@sakura-meibo.example"),
        "Acknowledgement of your request",
        "Dear Harborview Immigrant Rights Clinic,\n\nWe acknowledge receipt of your request regarding the retained personal "
        "data of TANAKA Haruto. In accordance with the Act on the Protection of Personal Information we will investigate "
        "without delay and notify you of the result.\n\nPersonal Information Desk, Sakura Meibo")
    add("en", "unsure", "hangang-data.example", ("Hangang Data Privacy Office", "privacy@hangang-data.example"),
        "Result of your request (PIPA)",
        "Dear Sir or Madam,\n\nWe have suspended the processing of the personal information of KIM Seo-yeon, as requested. "
        "Her information will not be used or provided to third parties. The information is retained for the period "
        "required by related laws.\n\nHangang Data Privacy Office")
    add("en", "unsure", "meridianappend.example", ("Meridian Append", "privacy@meridianappend.example"),
        "Do Not Sell request processed",
        "Hello,\n\nWe have flagged the record of Juan Carlos de la Rosa Villalobos as \"do not sell or share\". We will not "
        "sell or share his personal information with third parties going forward.\n\nMeridian Append Privacy")
    add("en", "unsure", "prescreen-choice.example", ("Prescreen Choice Center", "no-reply@prescreen-choice.example"),
        "Your opt-out election has been recorded",
        "Your election to opt out of prescreened offers of credit and insurance has been recorded for 5 years. The "
        "consumer credit reporting companies will not include your name in lists for prescreened offers during that "
        "period.\n\nThis mailbox is not monitored.")
    add("en", "needs_id", "clearpath-screening.example", ("ClearPath Screening", "privacy@clearpath-screening.example"),
        "Verify your identity to complete your request",
        "Hello,\n\nTo protect consumers, deletion requests must be verified through VerifyMe. Sign in or create a VerifyMe "
        "account and complete identity verification. When that is done we will continue with your request.\n\n"
        "[Verify with VerifyMe](https://account.verifyme-id.example/oauth/authorize?client_id=clearpath&scope=identity)\n\n"
        "ClearPath Screening", form="alt")
    add("en", "needs_info", "birchline.example", ("Birchline Support", "support@birchline.example"),
        "Re: Removal request OPT-T-4588",
        "Hi,\n\nWe searched for the name in your letter and found several possible profiles. Please send the URL of the "
        "listing you want removed so that we remove the right one.\n\nBirchline Support", reply=True)
    add("en", "needs_info", "stellarsearch.example", ("Stellar Search", "donotreply@stellarsearch.example"),
        "Re: privacy request",
        "Thank you for your email. We do not accept privacy requests by email. Please use our online form at "
        "[stellarsearch.example/privacy/request](https://stellarsearch.example/privacy/request) so that we can verify "
        "and process your request.\n\nStellar Search")
    add("en", "confirmed", "peoplecanvas.example", ("PeopleCanvas Privacy", "privacy@peoplecanvas.example"),
        "Removal completed",
        "Hello,\n\nThe listing for Marie-Claude Joseph-Pierre has been removed from PeopleCanvas. Search engines may keep "
        "showing an old copy for up to 72 hours until they update their caches.\n\nPeopleCanvas Privacy")
    add("en", "acknowledged", "quickwho.example", ("QuickWho", "privacy@quickwho.example"),
        "Your removal request is queued",
        "Hi,\n\nYour removal request has been queued. It will take effect within 7 to 10 business days; we will not send "
        "another email when it is done.\n\nQuickWho")
    add("en", "refused", "infobeacon.example", ("InfoBeacon Privacy", "privacy@infobeacon.example"),
        "Re: Deletion request OPT-T-4597",
        "Hello,\n\nWe searched our records using the details in your letter and found no record matching them.\n\n"
        "InfoBeacon Privacy", reply=True, reason="no record")  # r36: was unsure; "no record matched" is refused (README)
    add("en", "other", "findfolk.example", ("FindFolk", "deals@findfolk.example"),
        "Black Friday: 50% off background reports",
        "This week only: unlimited background reports at half price.\n\n[See the deal](https://www.findfolk.example/deals/bf2026)\n\n"
        "You received this email because you contacted FindFolk. [Unsubscribe](https://www.findfolk.example/email/unsubscribe?u=7721)",
        form="html")
    add("en", "refused", "harbourarchive.example", ("Harbour Archive Editorial", "editor@harbourarchive.example"),
        "Erasure request - decision", reason="exempt (journalism)",
        body="Dear Sir or Madam,\n\nThe item you mention is part of our news archive. Erasure does not apply where "
        "processing is necessary for exercising the right of freedom of expression and information (Article 17(3)(a) "
        "UK GDPR). We have therefore decided not to remove it. You may complain to the ICO.\n\nEditor, Harbour Archive")
    add("en", "confirmed", "fenmoor-data.example", ("Fenmoor Data", "dataprotection@fenmoor-data.example"),
        "Erasure completed - FD/2026/1187",
        "Dear Harborview Immigrant Rights Clinic,\n\nWe have erased the personal data of Ahmad Rahimi Tehrani from our live "
        "systems. Copies that remain in our encrypted backups have been put beyond use: they cannot be accessed or "
        "restored and will be overwritten within 90 days.\n\nFenmoor Data, Data Protection")
    add("en", "acknowledged", "stanwick-marketing.example", ("Stanwick Marketing DPO", "dpo@stanwick-marketing.example"),
        "Your erasure request - processing restricted",
        "Dear Sir or Madam,\n\nWhile we assess your erasure request we have restricted the processing of the data "
        "concerned: it will be stored but not used. We will write to you with our decision within one month of "
        "receiving your request.\n\nStanwick Marketing DPO")
    add("en", "refused", "kingsbridge-people.example", ("Kingsbridge People", "privacy@kingsbridge-people.example"),
        "Requests made by third parties", reason="authorisation not accepted",
        body="Hello,\n\nKingsbridge People only acts on privacy requests made by the person the information is about. We "
        "do not accept requests from agents or representatives. The person concerned can use our opt-out page.\n\n"
        "Kingsbridge People")
    add("en", "verify_link", "greenvale-people.example links.greenvalemail.example", ("Greenvale People", "privacy@greenvale-people.example"),
        "Confirm your deletion request", link="https://links.greenvalemail.example/r?u=https%3A%2F%2Fgreenvale-people.example%2Fdsr%2Fconfirm%3Fk%3D91ab7e",
        body="Please confirm your deletion request:\n\n[Confirm request](https://links.greenvalemail.example/r?u=https%3A%2F%2Fgreenvale-people.example%2Fdsr%2Fconfirm%3Fk%3D91ab7e)\n\n"
        "This link expires on November 20, 2026.\n\nGreenvale People", form="alt")
    add("en", "verify_link", "redfernlookup.example", ("Redfern Lookup", "privacy@redfernlookup.example"),
        "FW: Confirm request", link="https://nam02.safelinks.protection.outlook.example/?url=https%3A%2F%2Fredfernlookup.example%2Foptout%2Fverify%3Fc%3D55K2&data=05%7C01&reserved=0",
        body="Forwarding the confirmation request from our portal. Please confirm using the link below.\n\n"
        "[Confirm your request](https://nam02.safelinks.protection.outlook.example/?url=https%3A%2F%2Fredfernlookup.example%2Foptout%2Fverify%3Fc%3D55K2&data=05%7C01&reserved=0)\n\n"
        "Redfern Lookup Privacy")
    add("en", "unsure", "pinecrest-people.example", ("Pinecrest People", "news@pinecrest-people.example"),
        "You have been unsubscribed",
        "You have been unsubscribed from Pinecrest People newsletters and will no longer receive marketing emails from "
        "us.\n\n[Manage preferences](https://pinecrest-people.example/email/preferences)")
    add("en", "needs_id", "ironbark-info.example", ("Ironbark Info", "privacy@ironbark-info.example"),
        "Upload ID to continue",
        "Hello,\n\nTo process a deletion we need a photo of a government-issued ID of the person concerned. Please sign in "
        "at [our privacy portal](https://privacy.ironbark-info.example/upload) and upload it. You may cover the ID number "
        "and photo.\n\nIronbark Info", form="alt")
    add("en", "needs_info", "mugfile.example", ("MugFile Support", "support@mugfile.example"),
        "Re: booking photo removal",
        "Hello,\n\nWe remove booking records free of charge when the charges were dismissed or the person was found not "
        "guilty. Please send the court disposition for the case. Otherwise, an expedited removal is available for $149 at "
        "[our removal page](https://mugfile.example/removal/expedite).\n\nMugFile Support", form="alt")
    add("en", "confirmed", "valleytribune.example", ("Valley Tribune Digital", "digital@valleytribune.example"),
        "Your request about the police blotter",
        "Hello,\n\nWe reviewed the court records you sent. We have removed Juan Carlos de la Rosa Villalobos's name and "
        "booking photo from the March 2023 police blotter item; the item now reads \"a 41-year-old man\". We have also "
        "asked search engines to refresh the page.\n\nValley Tribune Digital Desk")
    add("en", "unsure", "glimpse-people.example", ("Glimpse People", "privacy@glimpse-people.example"),
        "Privacy request update",
        "Hello,\n\nYour profile has been set to private and will not be shown in public search results. Data used in our "
        "aggregate analytics has been anonymised.\n\nGlimpse People Privacy")
    add("en", "auto_reply", "wexford-people.example", ("Wexford People Support", "support@wexford-people.example"),
        "Out of Office Re: Removal request OPT-T-4631",
        "I am out of the office until November 30. Your email has not been forwarded.\n\nTom\n\n"
        "> We have deleted the listing for Ana Beatriz Souza Lima as requested.\n> Wexford People Support",
        headers={"Auto-Submitted": "auto-replied"})
    add("en", "refused", "seekwide.example", ("SeekWide Search", "removals-noreply@seekwide.example"),
        "Your removal request was not approved", reason="not the owner of the data (ask the site)",
        body="Hello,\n\nWe reviewed your request and are not able to remove the reported URL from SeekWide results. The "
        "content does not meet our criteria for removal. SeekWide does not control the content of websites; the site's "
        "owner can remove the page.\n\nThe SeekWide team")
    add("en", "confirmed", "saigon-leads.example", ("Saigon Leads JSC", "dpo@saigon-leads.example"),
        "Deletion of personal data completed",
        "Dear Sir or Madam,\n\nPursuant to Decree No. 13/2023/ND-CP, we have deleted the personal data of Nguyễn Văn Bảo "
        "from our systems. The data cannot be recovered.\n\nPersonal data protection department, Saigon Leads JSC")
    add("en", "acknowledged", "ancla-datos.example", ("Ancla Datos S.A. de C.V.", "arco@ancla-datos.example"),
        "Your ARCO request - cancellation",
        "Dear Harborview,\n\nYour request for cancellation is admissible. As the law provides, the data will first be "
        "blocked for the applicable retention period and then deleted. We will notify you when the deletion is "
        "complete.\n\nDepartamento de Datos Personales, Ancla Datos", to_en=True)
    add("en", "unsure", "ridgeview-info.example", ("Ridgeview Privacy Center", "no-reply@ridgeview-info.example"),
        "Your request has been processed",
        "Your privacy request has been processed in accordance with applicable law.\n\n"
        "[View request status](https://privacy.ridgeview-info.example/status/RV-993120)\n\nRidgeview Information Services",
        form="alt")
    add("en", "verify_link", "amberlookup.example", ("Amber Lookup", "no-reply@amberlookup.example"),
        "Confirm your email to remove your listing", link="https://amberlookup.example/privacy/confirm/e7c1f0d2",
        body="Click below to confirm your request. For your security this link expires in 24 hours.\n\n"
        "[Yes, remove my listing](https://amberlookup.example/privacy/confirm/e7c1f0d2)\n\n"
        "Not you? [Report it](https://amberlookup.example/privacy/report) | [Email preferences](https://amberlookup.example/prefs) | "
        "[Unsubscribe](https://amberlookup.example/unsubscribe)",
        form="html", pre="Your removal is complete")
    add("en", "needs_info", "bluegum-data.example", ("Bluegum Data", "privacy@bluegum-data.example"),
        "Re: OPT-T-4650",
        "Hello,\n\nDo you want us to remove only the public listing, or delete all data we hold about your client, "
        "including marketing data? Please let us know which.\n\nBluegum Data", reply=True)
    add("en", "acknowledged", "corvina-records.example", ("Corvina Records", "privacy@corvina-records.example"),
        "Re: Deletion request OPT-T-4460",
        "Hello,\n\nThank you for confirming. Your request is now in our queue and we will complete it within 15 business "
        "days.\n\nCorvina Records Privacy", reply=True, flowed=True)
    add("en", "confirmed", "fairhaven-people.example", ("Fairhaven People", "privacy@fairhaven-people.example"),
        "Removal complete",
        "Hello,\n\nWe have removed the listing for Luz María O’Brien Cárdenas and deleted the records behind it.\n\n"
        "Fairhaven People", charset="us-ascii", codec="utf-8", cte="8bit")
    add("en", "unsure", "tracepoint.example", ("TracePoint", "privacy@tracepoint.example"),
        "Your deletion request",
        "Hello,\n\nWe have removed the profile at tracepoint.example/people/olena-kovalenko/NY/10457 from our site.\n\n"
        "TracePoint", reply=True,
        quoted="Reference: OPT-T-4662\nOn behalf of Olena Kovalenko-Shevchuk, we request the removal of the listing "
        "tracepoint.example/people/olena-kovalenko-shevchuk/NJ/07302 and the deletion of all data behind it.")
    add("en", "confirmed", "crestline-lists.example", ("Crestline Lists", "privacy@crestline-lists.example"),
        "Deletion confirmation",
        "Hello,\n\nAs requested, we have deleted the personal information of María Isabel López Ramírez from all Crestline "
        "databases, including our marketing lists and our data-append reference file.\n\nCrestline Lists",
        cte="quoted-printable", charset="iso-8859-1", codec="utf-8")
    add("en", "verify_link", "pallas-people.example", ("Pallas People", "privacy@pallas-people.example"),
        "Please confirm (link inside)", link="https://pallas-people.example/dsr/confirm?token=Zx81KpQ",
        body="Hi,\n\nPlease confirm your request:\n\n[Confirm](https://pallas-people.example/dsr/confirm?token=Zx81KpQ)\n\n"
        "Thank you,\nPallas People", form="pgp")
    add("en", "extended", "lakemont-info.example", ("Lakemont Info", "privacy@lakemont-info.example"),
        "Your request - we need more time",
        "Hello,\n\nWe need more time to complete your deletion request. Under the Colorado Privacy Act we are extending our "
        "response period by 45 days. You will hear from us by January 19, 2027.\n\nLakemont Info", form="smime")
    add("en", "unsure", "equinor-marketing.example", ("Equinor Marketing Services", "consumerservices@equinor-marketing.example"),
        "Your request to Equinor Marketing Services",
        "Dear Consumer,\n\nWe have removed your name from the prospect marketing lists that Equinor Marketing Services "
        "rents to other companies. This does not affect any credit file maintained by our credit reporting affiliate, "
        "which is governed by the Fair Credit Reporting Act and is not a marketing list.\n\nEquinor Consumer Services")
    add("en", "verify_link", "harperwhite.example", ("Harper White Pages", "privacy@harperwhite.example"),
        "Confirm your opt-out request", link="https://harperwhite.example/optout/confirm?r=HW-30017",
        body="Hello,\n\nPlease confirm your opt-out request within 48 hours:\n\n"
        "[Confirm opt-out](https://harperwhite.example/optout/confirm?r=HW-30017)\n\nHarper White Pages",
        hidden="Confirm here instead: https://harperwhlte.example/optout/confirm?r=HW-30017", form="alt")
    add("en", "unsure", "okafor-lookup.example", ("Okafor Lookup", "privacy@okafor-lookup.example"),
        "Re: Your removal request",
        "Dear Mr. Adeyemi,\n\nThank you for your patience. We have removed your record from our site as you asked on "
        "October 28.\n\nOkafor Lookup Privacy", reply=True, quoted=letter("OPT-T-4712", "Rosa Elena Quispe Mamani"))
    thread = []
    for i, (who, day, said) in enumerate([
            ("Harborview Immigrant Rights Clinic", "Tuesday, October 6, 2026", "Reference: OPT-T-2901\nOn behalf of Luz María O'Brien Cárdenas, we request the deletion of her court-record listing."),
            ("Ledgerline Support", "Wednesday, October 7, 2026", "Thanks, we have opened case 77120."),
            ("Harborview Immigrant Rights Clinic", "Monday, October 19, 2026", "Any update on case 77120?"),
            ("Ledgerline Support", "Tuesday, October 20, 2026", "Good news: we removed the duplicate phone listing for her. The court-record page is with legal."),
            ("Harborview Immigrant Rights Clinic", "Friday, October 30, 2026", "Thank you. Please confirm when legal has decided on the court-record page."),
            ("Ledgerline Support", "Monday, November 2, 2026", "Still with legal, sorry for the delay."),
            ("Harborview Immigrant Rights Clinic", "Thursday, November 12, 2026", "It has now been five weeks. Please let us know the decision."),
    ]):
        thread.append(f"From: {who}\nSent: {day}\nSubject: RE: Case 77120\n\n{said}\n")
    add("en", "refused", "ledgerline.example", ("Ledgerline Support", "support@ledgerline.example"),
        "RE: Case 77120", reason="exempt (public records)",
        body="Hello,\n\nOur legal team has now decided: the court-record page reproduces a public court record and will stay "
        "on Ledgerline. We do not remove public records unless a court seals or expunges them.\n\nLedgerline Support",
        reply=True, quoted="\n".join(reversed(thread)), attr="-----Original Message-----")
    add("en", "unsure", "sunrise-directory.example", ("Sunrise Directory", "privacy@sunrise-directory.example"),
        "Request closed",
        "Hello,\n\nWe are closing this request. Thank you for contacting Sunrise Directory.\n\nSunrise Directory Privacy")


# -- Spanish: Mexico's ARCO, Colombia's habeas data, Argentina, Chile, Peru, Spain, US brokers ------------

def spanish() -> None:
    add("es", "acknowledged", "ancla-datos.example", ("Ancla Datos - Datos Personales", "arco@ancla-datos.example"),
        "Respuesta a su solicitud ARCO - folio AD-ARCO-2026-311",
        "Estimado(a) solicitante:\n\nEn atención a su solicitud de ejercicio del derecho de cancelación, le comunicamos "
        "que la misma resulta procedente. Conforme a la Ley Federal de Protección de Datos Personales en Posesión de los "
        "Particulares, sus datos serán objeto de bloqueo durante el plazo de conservación aplicable y, concluido éste, se "
        "procederá a su supresión. Le notificaremos cuando la supresión se haya realizado.\n\nDepartamento de Datos "
        "Personales\nAncla Datos, S.A. de C.V.", reply=True,
        quoted=letter("OPT-T-5102", "Rosa Elena Quispe Mamani", es=True), attr="El 5 nov 2026, Centro Legal Raíces Unidas escribió:")
    add("es", "unsure", "mercadirecto.example", ("Mercadirecto Privacidad", "privacidad@mercadirecto.example"),
        "Solicitud de cancelación",
        "Buen día:\n\nLe informamos que los datos personales del titular han sido bloqueados en nuestros sistemas y no "
        "serán tratados para ninguna finalidad distinta de su conservación, la cual se mantendrá durante cinco años por "
        "obligaciones fiscales.\n\nAtentamente,\nOficial de Privacidad", charset="iso-8859-1", cte="quoted-printable")
    add("es", "confirmed", "ancla-datos.example", ("Ancla Datos - Datos Personales", "arco@ancla-datos.example"),
        "Cancelación efectiva - folio AD-ARCO-2026-298",
        "Estimado(a) solicitante:\n\nLe informamos que la cancelación solicitada se hizo efectiva el 12 de noviembre de "
        "2026: concluido el periodo de bloqueo, los datos personales de Juan Carlos de la Rosa Villalobos fueron suprimidos "
        "de nuestras bases de datos y del directorio en línea.\n\nDepartamento de Datos Personales", reply=True)
    add("es", "acknowledged", "directorio-azteca.example", ("Directorio Azteca", "datospersonales@directorio-azteca.example"),
        "Determinación sobre su solicitud de cancelación",
        "Estimado(a) titular:\n\nEn relación con su solicitud recibida el 5 de noviembre, le comunicamos nuestra "
        "determinación: la cancelación es procedente. La haremos efectiva dentro de los quince días hábiles siguientes a "
        "la fecha de esta comunicación, como marca el artículo 32 de la Ley.\n\nResponsable de Datos Personales")
    add("es", "extended", "directorio-azteca.example", ("Directorio Azteca", "datospersonales@directorio-azteca.example"),
        "Ampliación de plazo - solicitud ARCO DA-0715",
        "Estimado(a) titular:\n\nLe informamos que, por así justificarlo las circunstancias del caso, el plazo de veinte "
        "días hábiles para comunicarle nuestra determinación se amplía por un periodo igual, conforme al artículo 32 de la "
        "Ley Federal de Protección de Datos Personales en Posesión de los Particulares.\n\nResponsable de Datos Personales")
    add("es", "needs_id", "guia-contactos.example", ("Guía Contactos", "arco@guia-contactos.example"),
        "Requerimiento de información adicional",
        "Estimado(a) solicitante:\n\nPara dar trámite a su solicitud de cancelación requerimos que acredite la identidad "
        "del titular con copia de una identificación oficial vigente (credencial para votar o pasaporte). Cuenta con diez "
        "días hábiles para atender este requerimiento; de lo contrario la solicitud se tendrá por no presentada.\n\n"
        "Departamento de Datos Personales")
    add("es", "refused", "financiera-orion.example", ("Financiera Orión", "privacidad@financiera-orion.example"),
        "Respuesta a su solicitud de cancelación", reason="exempt (legal obligation)",
        body="Estimado(a) titular:\n\nLe comunicamos que su solicitud de cancelación resulta improcedente, ya que los datos "
        "son necesarios para cumplir obligaciones legalmente adquiridas por esta institución (artículo 26 de la Ley). Si "
        "no está de acuerdo con esta respuesta, puede iniciar el procedimiento de protección de derechos ante el INAI.\n\n"
        "Oficial de Privacidad")
    add("es", "refused", "guia-contactos.example", ("Guía Contactos", "arco@guia-contactos.example"),
        "Respuesta: representación no acreditada", reason="authorisation not accepted",
        body="Estimado(a) solicitante:\n\nNo es posible atender la solicitud, pues no se acreditó la representación del "
        "titular mediante instrumento público o carta poder firmada ante dos testigos. Puede presentar una nueva solicitud "
        "o acudir ante la Secretaría Anticorrupción y Buen Gobierno si considera vulnerados sus derechos.\n\nGuía Contactos")
    add("es", "acknowledged", "datacolombia-lists.example", ("DataColombia Listas", "habeasdata@datacolombia-lists.example"),
        "Radicado HD-2026-4471 - reclamo recibido",
        "Señor(a):\n\nHemos recibido su reclamo de supresión con radicado HD-2026-4471. En nuestra base de datos se ha "
        "incluido la leyenda \"reclamo en trámite\" mientras se resuelve. El término máximo para atenderlo es de quince "
        "(15) días hábiles contados a partir del día siguiente a su recibo.\n\nOficial de Protección de Datos")
    add("es", "confirmed", "datacolombia-lists.example", ("DataColombia Listas", "habeasdata@datacolombia-lists.example"),
        "Respuesta reclamo HD-2026-4471",
        "Señor(a):\n\nEn respuesta a su reclamo, le informamos que procedimos a la supresión de los datos personales de la "
        "titular Luz María O'Brien Cárdenas de todas nuestras bases de datos. La información ya no se encuentra "
        "disponible.\n\nOficial de Protección de Datos", charset="windows-1252", cte="quoted-printable")
    add("es", "refused", "credisur-co.example", ("Credisur Colombia", "datos@credisur-co.example"),
        "Respuesta a su solicitud de supresión", reason="exempt (legal obligation)",
        body="Respetado(a) señor(a):\n\nLa supresión solicitada no procede, toda vez que la titular tiene un deber legal y "
        "contractual de permanecer en la base de datos. Si no está conforme, podrá elevar queja ante la Superintendencia "
        "de Industria y Comercio, una vez agotado este trámite.\n\nÁrea de Protección de Datos")
    add("es", "extended", "datacolombia-lists.example", ("DataColombia Listas", "habeasdata@datacolombia-lists.example"),
        "Prórroga - reclamo HD-2026-4488",
        "Señor(a):\n\nNo nos es posible atender su reclamo dentro del término inicial. Le informamos que lo resolveremos "
        "dentro de los ocho (8) días hábiles siguientes al vencimiento del primer término.\n\nOficial de Protección de Datos")
    add("es", "acknowledged", "pampadatos.example", ("Pampa Datos S.R.L.", "privacidad@pampadatos.example"),
        "Su pedido de supresión",
        "Estimados:\n\nRecibimos su pedido de supresión de datos. Conforme a la Ley 25.326, procederemos a la supresión "
        "dentro de los cinco días hábiles de recibido el reclamo. Les avisaremos cuando esté hecho.\n\nPampa Datos")
    add("es", "confirmed", "pampadatos.example", ("Pampa Datos S.R.L.", "privacidad@pampadatos.example"),
        "Supresión realizada",
        "Estimados:\n\nLes confirmamos que los datos de la titular fueron suprimidos de nuestra base y del buscador web. Si "
        "necesitan algo más, nos escriben a este correo.\n\nSaludos,\nPampa Datos")
    add("es", "unsure", "andes-marketing.example", ("Andes Marketing", "contacto@andes-marketing.example"),
        "Baja de comunicaciones comerciales",
        "Estimado(a):\n\nHemos dado de baja sus datos de nuestras campañas de marketing. Para respetar su decisión, sus "
        "datos de contacto quedan en nuestra lista de exclusión y no recibirá más comunicaciones.\n\nAndes Marketing SpA",
        charset="us-ascii", codec="utf-8", cte="8bit")
    add("es", "confirmed", "inca-directorio.example", ("Inca Directorio", "datos@inca-directorio.example"),
        "Atención de su solicitud de supresión",
        "Estimado(a):\n\nEn atención a su solicitud presentada conforme a la Ley N.º 29733, le informamos que hemos "
        "suprimido los datos personales del titular de nuestro banco de datos y de la guía publicada en línea.\n\n"
        "Inca Directorio S.A.C.")
    add("es", "confirmed", "iberia-guias.example", ("Iberia Guías - Delegado de Protección de Datos", "dpd@iberia-guias.example"),
        "Respuesta al ejercicio del derecho de supresión",
        "Muy Sres. nuestros:\n\nLes comunicamos que hemos procedido a la supresión de los datos personales de su "
        "representada de nuestros ficheros y de la guía en línea. De acuerdo con la normativa, los datos quedarán "
        "bloqueados, a disposición exclusiva de jueces y tribunales, durante el plazo de prescripción de las posibles "
        "responsabilidades, tras el cual serán destruidos.\n\nDelegado de Protección de Datos")
    add("es", "extended", "iberia-guias.example", ("Iberia Guías - Delegado de Protección de Datos", "dpd@iberia-guias.example"),
        "Prórroga del plazo de respuesta",
        "Muy Sres. nuestros:\n\nDada la complejidad y el número de solicitudes, les informamos de que el plazo para "
        "resolver su solicitud se prorroga dos meses más, conforme al artículo 12.3 del RGPD.\n\nDelegado de Protección "
        "de Datos", charset="iso-8859-15", cte="8bit")
    add("es", "refused", "diario-levante.example", ("Diario del Levante", "dpd@diario-levante.example"),
        "Solicitud de supresión de noticia", reason="exempt (journalism)",
        body="Estimado/a Sr./Sra.:\n\nLa noticia a la que se refiere forma parte de nuestra hemeroteca y su tratamiento es "
        "necesario para ejercer el derecho a la libertad de expresión e información (artículo 17.3.a del RGPD), por lo que "
        "no procede su supresión. Puede presentar una reclamación ante la Agencia Española de Protección de Datos.\n\n"
        "Delegado de Protección de Datos")
    add("es", "unsure", "iberia-guias.example", ("Iberia Guías - Atención al Interesado", "derechos@iberia-guias.example"),
        "Derecho de acceso - respuesta",
        "Muy Sres. nuestros:\n\nAdjuntamos la relación de datos personales de su representada que constan en nuestros "
        "ficheros, su origen y sus destinatarios, en respuesta a su ejercicio del derecho de acceso.\n\n[Descargar "
        "informe](https://derechos.iberia-guias.example/acceso/INF-2026-1183)\n\nAtención al Interesado", form="alt", reply=True,
        quoted=letter("OPT-T-5141", "Maria da Graça dos Santos Oliveira", es=True))
    add("es", "unsure", "peoplepane.example", ("PeoplePane Soporte", "soporte@peoplepane.example"),
        "Su solicitud ha sido procesado",
        "Hola,\n\nGracias para contactar PeoplePane. Su solicitud ha sido procesado por nuestro equipo de acuerdo a la "
        "política. Si usted tiene más preguntas, no dude en contactar nosotros.\n\nEquipo de PeoplePane")
    add("es", "confirmed", "findfolk.example", ("FindFolk Privacidad", "privacidad@findfolk.example"),
        "Su información fue removido",
        "Hola,\n\nSu información fue removido de nuestro sitio web y no será mostrado en resultados de busqueda. El perfil "
        "fue eliminado permanentemente.\n\nFindFolk Privacidad", to_en=True)
    add("es", "verify_link", "vecinosya.example", ("VecinosYa", "no-responder@vecinosya.example"),
        "Confirme su solicitud de eliminación", link="https://vecinosya.example/privacidad/confirmar?c=Ws72Lq0",
        body="Hola:\n\nPara confirmar que usted hizo esta solicitud, haga clic en el enlace. El enlace vence en 24 horas.\n\n"
        "[Confirmar eliminación](https://vecinosya.example/privacidad/confirmar?c=Ws72Lq0)\n\n[Darse de baja de los "
        "correos](https://vecinosya.example/correo/baja)", form="alt")
    add("es", "verify_link", "vecinosya.example", ("VecinosYa", "no-responder@vecinosya.example"),
        "Nuevo enlace de confirmación", link="https://vecinosya.example/privacidad/confirmar?c=Pk19Rt8",
        body="Hola:\n\nEl enlace que le enviamos antes ya venció. Use este nuevo enlace, que reemplaza al anterior y vence "
        "en 24 horas:\n\n[Confirmar eliminación](https://vecinosya.example/privacidad/confirmar?c=Pk19Rt8)\n\nVecinosYa",
        quoted="Para confirmar que usted hizo esta solicitud, haga clic en el enlace. El enlace vence en 24 horas.\n"
        "Confirmar eliminación <https://vecinosya.example/privacidad/confirmar?c=Ws72Lq0>", attr="----- Mensaje anterior -----")
    add("es", "verify_link", "corvina-records.example", ("Corvina Records", "privacidad@corvina-records.example"),
        "Re: Solicitud OPT-T-5160 - confirme por favor",
        "Hola:\n\nAntes de eliminar los registros necesitamos confirmar que la solicitud proviene de la persona o de su "
        "representante. Responda a este correo con la palabra SÍ para confirmarla.\n\nCorvina Records", reply=True)
    add("es", "unsure", "peoplescout.example", ("PeopleScout Privacidad", "privacidad@peoplescout.example"),
        "Re: OPT-T-5166",
        "Hola:\n\nEliminamos el registro de María López, de 61 años, de San Antonio, Texas. Ya no aparecerá en las "
        "búsquedas.\n\nPeopleScout", reply=True,
        quoted="Referencia: OPT-T-5166\nSolicitamos, en nombre de María Guadalupe López Hernández, de 29 años, de Dayton, "
        "Ohio, la cancelación de todos sus datos personales y de cualquier perfil que los publique.")
    add("es", "refused", "fichasmx.example", ("FichasMX", "soporte@fichasmx.example"),
        "Eliminación de ficha de arresto", reason="removal only for a fee",
        body="Hola:\n\nLa información de arrestos proviene de fuentes públicas. Ofrecemos el servicio de despublicación por "
        "una tarifa única de $299 dólares por ficha. Pague en [nuestra página de pago](https://pagos.fichasmx.example/despublicar?f=88213) "
        "y la ficha se retirará en 48 horas.\n\nFichasMX", form="html")
    add("es", "refused", "expedientes-publicos.example", ("Expedientes Públicos", "ayuda@expedientes-publicos.example"),
        "Su solicitud de eliminación", reason="exempt (public records)",
        body="Hola:\n\nLos expedientes judiciales que publicamos son registros públicos y permanecerán en el sitio mientras "
        "el tribunal los mantenga públicos. Si el caso fue sellado o eliminado por orden judicial, envíenos la orden.\n\n"
        "Expedientes Públicos")
    add("es", "needs_id", "checkwell.example", ("Checkwell Privacidad", "privacidad@checkwell.example"),
        "Verifique su identidad para continuar",
        "Hola:\n\nAntes de eliminar la información, la persona debe verificar su identidad con nuestro socio IDGate. Se "
        "necesita una identificación con foto y una selfie.\n\n[Verificar identidad](https://verify.idgate-secure.example/inquiry/inq_Mx82TqP0)\n\n"
        "La verificación la realiza IDGate, no Checkwell.\n\nCheckwell", form="alt")
    add("es", "unsure", "nexaprofile.example", ("NexaProfile", "privacidad@nexaprofile.example"),
        "Su solicitud OPT-T-5180",
        "Hola:\n\nSu perfil ha sido eliminado de NexaProfile.\n\nNexaProfile",
        html_body="Hola:\n\nRecibimos su solicitud y la estamos revisando. Le escribiremos cuando termine el proceso.\n\n"
        "NexaProfile", form="alt")
    add("es", "confirmed", "vecinosya.example", ("VecinosYa", "privacidad@vecinosya.example"),
        "Perfil eliminado",
        "Hola:\n\nHemos eliminado su perfil de VecinosYa y los datos que lo formaban.\n\nVecinosYa",
        hidden="Su solicitud está en revisión. Le avisaremos cuando termine.", form="html")
    add("es", "confirmed", "guia-contactos.example", ("Guía Contactos", "arco@guia-contactos.example"),
        "Respuesta a solicitud ARCO GC-1190",
        "Estimado(a) solicitante:\n\nFavor de ver el documento adjunto.\n\nDepartamento de Datos Personales", form="attach",
        attachments=[("pdf", "respuesta_GC-1190.pdf",
                      ["Guía Contactos - Departamento de Datos Personales", "Folio: GC-1190", "",
                       "Le comunicamos que la cancelación solicitada se hizo efectiva el 13 de noviembre de 2026.",
                       "Los datos personales del titular fueron suprimidos de nuestras bases y del directorio.", "",
                       "Atentamente, Departamento de Datos Personales"])])
    add("es", "auto_reply", "ancla-datos.example", ("Lic. Sofía Aranda", "saranda@ancla-datos.example"),
        "Respuesta automática: Solicitud ARCO OPT-T-5190",
        "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 23 de noviembre. Para asuntos de datos "
        "personales escriba a arco@ancla-datos.example.\n\nLic. Sofía Aranda", headers={"Auto-Submitted": "auto-replied"})
    add("es", "bounce", "mercadirecto.example", ("Microsoft Outlook", "postmaster@correo.raicesunidas.example"),
        "No se puede entregar: Solicitud de cancelación OPT-T-5193",
        "No se pudo entregar a estos destinatarios o grupos:\n\narco@mercadirecto.example\nNo se encontró la dirección de "
        "correo electrónico que especificó. Compruebe la dirección de correo electrónico del destinatario e intente volver "
        "a enviar el mensaje.\n\nInformación de diagnóstico para administradores:\n\nServidor de generación: "
        "BN8PR12MB3344.namprd12.prod.outlook.example\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
        form="bounce", rcpt="arco@mercadirecto.example", mta="BN8PR12MB3344.namprd12.prod.outlook.example", status="5.1.10",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound", sender=CLINIC, orig_subject="Solicitud de cancelacion OPT-T-5193")
    add("es", "unsure", "orrindata.example", ("Orrin Data Atención al Consumidor", "consumidor@orrindata.example"),
        "Su solicitud de preferencias",
        "Estimado consumidor:\n\nSu nombre y dirección fueron añadidos a nuestro archivo de supresión de mercadeo. Dejará "
        "de recibir ofertas por correo postal en un plazo de 6 a 8 semanas. Conservamos su nombre y dirección en ese "
        "archivo para respetar su elección.\n\nOrrin Data")
    add("es", "unsure", "directorio-azteca.example", ("Directorio Azteca", "datospersonales@directorio-azteca.example"),
        "Cancelación en el directorio de México",
        "Estimado(a) titular:\n\nEliminamos su ficha del directorio de México. Directorio Azteca USA, Inc. es un responsable "
        "independiente; para sus bases en Estados Unidos debe dirigirse a privacy@directorio-azteca-usa.example.\n\n"
        "Responsable de Datos Personales")
    add("es", "confirmed", "tu-guia-latam.example", ("Tu Guía Latam", "dpo@tu-guia-latam.example"),
        "Resultado de su solicitud",
        "Estimado(a):\n\nSu perfil fue eliminado del sitio y los datos personales que conservábamos fueron anonimizados de "
        "forma irreversible, de modo que ya no permiten identificar al titular.\n\nTu Guía Latam")
    add("es", "unsure", "vecinosya.example vecinosya.freshdesk.example", ("VecinosYa Soporte", "soporte@vecinosya.freshdesk.example"),
        "Ticket #40122 cerrado",
        "Hola,\n\nHemos procesado su solicitud y cerramos el ticket #40122.\n\n¿Cómo calificaría nuestra atención? "
        "[Buena](https://vecinosya.freshdesk.example/surveys/40122/good) | [Mala](https://vecinosya.freshdesk.example/surveys/40122/bad)\n\n"
        "[Reabrir ticket](https://vecinosya.freshdesk.example/tickets/40122/reopen)", form="alt")
    add("es", "needs_info", "datacolombia-lists.example", ("DataColombia Listas", "habeasdata@datacolombia-lists.example"),
        "Requerimiento - reclamo HD-2026-4502",
        "Señor(a):\n\nSu reclamo está incompleto: no indica la dirección web de la publicación ni los datos que desea "
        "suprimir. Le solicitamos subsanar estas fallas dentro de los cinco (5) días siguientes; si transcurren dos meses "
        "sin respuesta, entenderemos que ha desistido del reclamo.\n\nOficial de Protección de Datos")
    add("es", "unsure", "seekwide.example", ("Búsqueda SeekWide", "retiros-noreply@seekwide.example"),
        "Actualización de su solicitud",
        "Hola:\n\nRetiramos la URL indicada de los resultados de SeekWide para búsquedas con el nombre de la persona. La "
        "página sigue publicada en el sitio web; para que la eliminen, contacte al propietario del sitio.\n\nEl equipo de "
        "SeekWide")
    add("es", "confirmed", "buscagente-mx.example", ("Lupita - BuscaGente", "lupita@buscagente-mx.example"),
        "Re: Solicitud OPT-T-5215",
        "Hola, buenas tardes. Ya quedó: borramos el perfil de la señora y toda su información de nuestra base. Cualquier "
        "cosa aquí estamos.\n\nSaludos,\nLupita\nBuscaGente", reply=True,
        quoted=letter("OPT-T-5215", "Rosa Elena Quispe Mamani", es=True), attr="El 9 nov 2026, Centro Legal Raíces Unidas escribió:")
    add("es", "acknowledged", "westgate-people.example", ("Westgate People", "privacy@westgate-people.example"),
        "Re: Solicitud OPT-T-5210 / Request received",
        "Hola, recibimos su solicitud. / Hi, we received your request.\n\nLa estamos procesando y le escribiremos en 10 "
        "días hábiles. We are processing it and will write back within 10 business days.\n\nWestgate People", reply=True)


# -- the other languages -------------------------------------------------------------------------------

def others() -> None:
    # Portuguese (Brazil, LGPD)
    add("pt", "confirmed", "catalogo-brasil.example", ("Encarregado de Dados - Catálogo Brasil", "encarregado@catalogo-brasil.example"),
        "Resposta à requisição do titular - protocolo LGPD-2026-0912",
        "Prezados,\n\nInformamos que concluímos a eliminação dos dados pessoais da titular Maria da Graça dos Santos "
        "Oliveira de nossas bases e do catálogo on-line, conforme o art. 18, VI, da LGPD.\n\nAtenciosamente,\n"
        "Encarregado pelo Tratamento de Dados Pessoais")
    add("pt", "unsure", "painel-consumo.example", ("Painel Consumo - Privacidade", "privacidade@painel-consumo.example"),
        "Sua solicitação de exclusão",
        "Olá,\n\nSeus dados foram pseudonimizados e passam a ser mantidos apenas para fins estatísticos, sem uso em "
        "campanhas.\n\nEquipe de Privacidade", charset="iso-8859-1", codec="utf-8", cte="8bit")
    add("pt", "refused", "credimais.example", ("CrediMais - Encarregado", "dpo@credimais.example"),
        "Requisição de eliminação - resposta", reason="exempt (legal obligation)",
        body="Prezado(a),\n\nNão é possível atender ao pedido de eliminação: os dados são conservados para cumprimento de "
        "obrigação legal ou regulatória (art. 16, I, da LGPD). Caso discorde, o titular pode peticionar à Autoridade "
        "Nacional de Proteção de Dados (ANPD).\n\nEncarregado de Dados")
    add("pt", "acknowledged", "catalogo-brasil.example", ("Encarregado de Dados - Catálogo Brasil", "encarregado@catalogo-brasil.example"),
        "Recebemos sua requisição - protocolo LGPD-2026-0930",
        "Prezados,\n\nRecebemos a requisição e registramos o protocolo LGPD-2026-0930. Responderemos em até 15 dias.\n\n"
        "Encarregado de Dados", cte="base64")
    add("pt", "needs_id", "painel-consumo.example", ("Painel Consumo - Privacidade", "privacidade@painel-consumo.example"),
        "Precisamos confirmar a identidade do titular",
        "Olá,\n\nPara prosseguir com a exclusão, envie uma foto do documento de identidade do titular (RG ou CNH) e uma "
        "selfie segurando o documento, respondendo a este e-mail.\n\nEquipe de Privacidade")
    add("pt", "verify_link", "achei-pessoas.example", ("Achei Pessoas", "nao-responda@achei-pessoas.example"),
        "Confirme sua solicitação", link="https://achei-pessoas.example/privacidade/confirmar/8d1f0c",
        body="Olá,\n\nClique no link para confirmar a exclusão. O link expira em 24 horas.\n\n"
        "[Confirmar exclusão](https://achei-pessoas.example/privacidade/confirmar/8d1f0c)\n\n"
        "[Cancelar inscrição](https://achei-pessoas.example/email/cancelar)", form="alt")
    add("pt", "unsure", "credimais.example", ("CrediMais - Encarregado", "dpo@credimais.example"),
        "Bloqueio de dados",
        "Prezado(a),\n\nOs dados pessoais do titular foram bloqueados: permanecem armazenados, mas não serão tratados "
        "enquanto analisamos o pedido.\n\nEncarregado de Dados")
    add("pt", "verify_link", "achei-pessoas.example", ("Achei Pessoas", "nao-responda@achei-pessoas.example"),
        "Novo link de confirmação", link="https://achei-pessoas.example/privacidade/confirmar/41c9ab",
        body="Olá,\n\nO link anterior expirou. Este novo link substitui o anterior e expira em 24 horas:\n\n"
        "[Confirmar exclusão](https://achei-pessoas.example/privacidade/confirmar/41c9ab)\n\nAchei Pessoas",
        quoted="Clique no link para confirmar a exclusão. O link expira em 24 horas.\n"
        "Confirmar exclusão <https://achei-pessoas.example/privacidade/confirmar/8d1f0c>", attr="----- Mensagem anterior -----")
    add("pt", "bounce", "achei-pessoas.example", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
        "Delivery Status Notification (Failure)",
        "Endereço não encontrado\n\nSua mensagem não foi entregue a dpo@achei-pessoas.example porque o endereço não foi "
        "encontrado ou não pode receber e-mails.\n\nA resposta do servidor remoto foi:\n550 5.1.1 User unknown",
        form="bounce", rcpt="dpo@achei-pessoas.example", mta="mail-sor-f65.googlemail.example", sender=CLINIC)
    # French (Quebec, France)
    add("fr", "confirmed", "repertoire-laurentides.example", ("Répertoire Laurentides", "confidentialite@repertoire-laurentides.example"),
        "Votre demande de destruction de renseignements personnels",
        "Bonjour,\n\nNous confirmons la destruction des renseignements personnels de Marie-Claude Joseph-Pierre, ainsi que "
        "le retrait de sa fiche de notre répertoire en ligne.\n\nLa personne responsable de la protection des "
        "renseignements personnels")
    add("fr", "refused", "fichier-boreal.example", ("Fichier Boréal", "confidentialite@fichier-boreal.example"),
        "Décision concernant votre demande", reason="exempt (legal obligation)",
        body="Bonjour,\n\nNous devons refuser la destruction demandée : la loi nous oblige à conserver ces renseignements. "
        "Vous pouvez soumettre une demande d'examen de mésentente à la Commission d'accès à l'information dans les 30 "
        "jours.\n\nResponsable de la protection des renseignements personnels", charset="iso-8859-1", cte="quoted-printable")
    add("fr", "extended", "annuaire-hexagone.example", ("Annuaire Hexagone - DPO", "dpo@annuaire-hexagone.example"),
        "Prolongation du délai de réponse",
        "Madame, Monsieur,\n\nCompte tenu de la complexité et du nombre de demandes, nous prolongeons de deux mois le délai "
        "de réponse à votre demande d'effacement, conformément à l'article 12.3 du RGPD.\n\nLe Délégué à la protection des données")
    add("fr", "unsure", "seekwide.example", ("SeekWide Recherche", "retraits-noreply@seekwide.example"),
        "Votre demande de déréférencement",
        "Bonjour,\n\nNous avons déréférencé l'URL signalée des résultats de recherche associés au nom de la personne. La "
        "page reste en ligne sur le site qui la publie.\n\nL'équipe SeekWide")
    add("fr", "unsure", "annuaire-hexagone.example", ("Annuaire Hexagone - DPO", "dpo@annuaire-hexagone.example"),
        "Votre opposition",
        "Madame, Monsieur,\n\nNous avons bien pris en compte votre opposition au traitement à des fins de prospection. Vos "
        "coordonnées sont conservées dans notre liste d'opposition afin de garantir qu'elles ne soient plus utilisées.\n\n"
        "Le DPO", form="smime")
    add("fr", "refused", "annuaire-hexagone.example", ("Annuaire Hexagone - DPO", "dpo@annuaire-hexagone.example"),
        "Réponse à votre demande d'effacement", reason="exempt (legal obligation)",
        body="Madame, Monsieur,\n\nNous ne pouvons pas donner suite à votre demande d'effacement : la conservation de ces "
        "données est nécessaire au respect d'une obligation légale (article 17.3.b du RGPD). Vous pouvez introduire une "
        "réclamation auprès de la CNIL.\n\nLe Délégué à la protection des données")
    add("fr", "auto_reply", "repertoire-laurentides.example", ("Julie Tremblay", "jtremblay@repertoire-laurentides.example"),
        "Réponse automatique : Demande OPT-T-6011",
        "Bonjour, je suis absente du bureau jusqu'au 30 novembre. Pour toute question urgente, écrivez à "
        "confidentialite@repertoire-laurentides.example.\n\nJulie Tremblay", headers={"Auto-Submitted": "auto-replied"})
    # Tagalog
    add("tl", "confirmed", "luzon-databank.example", ("Luzon Databank DPO", "dpo@luzon-databank.example"),
        "Binura na ang inyong datos",
        "Magandang araw po,\n\nIpinapaalam namin na binura na namin ang personal na datos ni Rosa Elena Quispe Mamani sa "
        "aming mga sistema, kasama ang mga backup.\n\nData Protection Officer")
    add("tl", "needs_id", "visayas-leads.example", ("Visayas Leads", "dpo@visayas-leads.example"),
        "Kailangan ng valid ID",
        "Magandang araw po,\n\nBago namin iproseso ang kahilingan, magpadala po ng kopya ng valid ID ng may-ari ng datos.\n\n"
        "Salamat po,\nData Protection Officer")
    add("tl", "acknowledged", "manila-listahan.example", ("Manila Listahan", "privacy@manila-listahan.example"),
        "Natanggap namin ang inyong request",
        "Hello po! Natanggap na namin ang inyong request na burahin ang datos. Ipoproseso namin ito within 15 days at "
        "babalitaan namin kayo.\n\nManila Listahan Privacy Team")
    # Korean
    add("ko", "confirmed", "hangang-data.example", ("한강데이터 개인정보보호팀", "privacy@hangang-data.example"),
        "개인정보 삭제 처리 결과 안내",
        "안녕하십니까.\n\n요청하신 김서연 님의 개인정보를 모두 파기하였으며, 복구하거나 재생할 수 없도록 조치하였음을 "
        "알려드립니다.\n\n한강데이터 개인정보보호팀", charset="euc-kr", cte="base64", scs="euc-kr")
    add("ko", "unsure", "hangang-data.example", ("한강데이터 개인정보보호팀", "privacy@hangang-data.example"),
        "개인정보 처리정지 결과 안내",
        "안녕하십니까.\n\n요청에 따라 해당 개인정보의 처리를 정지하였습니다. 다만 관계 법령에 따라 보존 기간 동안 "
        "보관됩니다.\n\n한강데이터 개인정보보호팀", charset="euc-kr", cte="8bit", scs="euc-kr")
    add("ko", "extended", "seoul-mokrok.example", ("서울목록 고객센터", "privacy@seoul-mokrok.example"),
        "개인정보 삭제 요청 처리 지연 안내",
        "안녕하십니까.\n\n정당한 사유로 인해 요청하신 삭제 처리가 지연되고 있어, 처리 기한을 연장하게 되었음을 "
        "안내드립니다. 2026년 12월 15일까지 결과를 알려드리겠습니다.\n\n서울목록 고객센터", charset="utf-8", cte="base64")
    add("ko", "auto_reply", "seoul-mokrok.example", ("서울목록 고객센터", "privacy@seoul-mokrok.example"),
        "[자동응답] 문의가 접수되었습니다",
        "본 메일은 발신 전용 자동응답 메일입니다. 담당자가 휴가 중이며 12월 7일부터 순차적으로 답변드리겠습니다.\n\n"
        "서울목록 고객센터", headers={"Auto-Submitted": "auto-replied"}, charset="euc-kr", cte="quoted-printable")
    # Japanese
    add("ja", "confirmed", "sakura-meibo.example", ("さくら名簿株式会社", "privacy@sakura-meibo.example"),
        "保有個人データの消去について",
        "ハーバービュー移民権利クリニック 御中\n\nご依頼のありました田中陽翔様の保有個人データにつきまして、"
        "当社の名簿データベースより消去いたしましたことをご報告いたします。\n\nさくら名簿株式会社 個人情報相談窓口",
        charset="shift_jis", cte="8bit", scs="shift_jis", to_en=True)
    add("ja", "unsure", "sakura-meibo.example", ("さくら名簿株式会社", "privacy@sakura-meibo.example"),
        "第三者提供の停止について",
        "ご依頼の件につきまして、当該保有個人データの第三者への提供を停止いたしました。なお、データは引き続き当社にて"
        "保有いたします。\n\nさくら名簿株式会社", charset="iso-2022-jp", cte="7bit", scs="iso-2022-jp")
    add("ja", "needs_id", "tokyo-denwacho.example", ("東京電話帳サービス", "support@tokyo-denwacho.example"),
        "ご本人確認書類のご提出のお願い",
        "ご請求を承りました。手続きを進めるため、ご本人確認書類（運転免許証等）の写しをご提出ください。\n\n"
        "東京電話帳サービス", charset="shift_jis", cte="base64")
    # Vietnamese
    add("vi", "confirmed", "saigon-leads.example", ("Saigon Leads", "dpo@saigon-leads.example"),
        "Xác nhận đã xóa dữ liệu cá nhân",
        "Kính gửi Quý vị,\n\nChúng tôi xác nhận đã xóa dữ liệu cá nhân của ông Nguyễn Văn Bảo khỏi hệ thống theo Nghị "
        "định 13/2023/NĐ-CP. Dữ liệu không thể khôi phục.\n\nBộ phận bảo vệ dữ liệu cá nhân", cte="quoted-printable")
    add("vi", "acknowledged", "hanoi-danhba.example", ("Hanoi Danh Bạ", "hotro@hanoi-danhba.example"),
        "Đã nhận yêu cầu xóa dữ liệu",
        "Kính gửi Quý vị,\n\nChúng tôi đã nhận được yêu cầu xóa dữ liệu và sẽ thực hiện trong vòng 72 giờ.\n\nHanoi Danh Bạ")
    add("vi", "verify_link", "timnguoi.example", ("TimNguoi", "khongtraloi@timnguoi.example"),
        "Xác nhận yêu cầu gỡ hồ sơ", link="https://timnguoi.example/quyen-rieng-tu/xac-nhan?m=Q81b",
        body="Xin chào,\n\nVui lòng bấm vào liên kết để xác nhận yêu cầu. Liên kết hết hạn sau 24 giờ.\n\n"
        "[Xác nhận](https://timnguoi.example/quyen-rieng-tu/xac-nhan?m=Q81b)\n\n[Hủy đăng ký](https://timnguoi.example/huy-dang-ky)",
        form="alt")
    # Chinese
    add("zh", "confirmed", "huaxia-minglu.example", ("华夏名录 隐私团队", "privacy@huaxia-minglu.example"),
        "个人信息删除完成通知",
        "您好：\n\n我们已按照您的请求删除李文杰的个人信息，相关页面已下线。\n\n华夏名录 隐私团队",
        charset="gb2312", cte="base64", scs="gb2312")
    add("zh", "unsure", "huaxia-minglu.example", ("华夏名录 隐私团队", "privacy@huaxia-minglu.example"),
        "关于您的请求",
        "您好：\n\n该条信息已屏蔽，不再对外展示，但我们仍依法保存相关记录。\n\n华夏名录", charset="gb2312", cte="8bit")
    add("zh", "refused", "gongkai-jilu.example", ("公開紀錄網", "help@gongkai-jilu.example"),
        "刪除請求回覆", reason="exempt (public records)",
        body="您好：\n\n本網站刊登的法院紀錄屬於公開紀錄，將繼續保留。若案件已依法院命令塗銷，請提供相關命令。\n\n公開紀錄網",
        charset="big5", cte="quoted-printable", scs="big5")
    # Russian, Ukrainian
    add("ru", "confirmed", "spravochnik-plus.example", ("Справочник Плюс", "privacy@spravochnik-plus.example"),
        "Ваши персональные данные удалены",
        "Здравствуйте!\n\nСообщаем, что персональные данные Олены Коваленко-Шевчук удалены из нашей базы и из "
        "онлайн-справочника.\n\nСлужба защиты данных", charset="koi8-r", cte="8bit", scs="koi8-r")
    add("ru", "unsure", "spravochnik-plus.example", ("Справочник Плюс", "privacy@spravochnik-plus.example"),
        "Ответ на ваш запрос",
        "Здравствуйте!\n\nВаши персональные данные заблокированы на время проверки запроса.\n\nСлужба защиты данных",
        charset="windows-1251", cte="quoted-printable")
    add("uk", "acknowledged", "kyiv-dovidnyk.example", ("Київ Довідник", "privacy@kyiv-dovidnyk.example"),
        "Ваш запит отримано",
        "Добрий день!\n\nМи отримали ваш запит на видалення персональних даних і розглянемо його протягом 30 днів.\n\n"
        "Київ Довідник", charset="windows-1251", cte="base64", scs="windows-1251")
    add("uk", "needs_id", "kyiv-dovidnyk.example", ("Київ Довідник", "privacy@kyiv-dovidnyk.example"),
        "Потрібне підтвердження особи",
        "Добрий день!\n\nДля видалення даних надішліть, будь ласка, копію документа, що посвідчує особу.\n\nКиїв Довідник",
        charset="koi8-u", cte="8bit")
    # Arabic, Farsi, Haitian Creole
    add("ar", "confirmed", "dalil-alkhaleej.example", ("دليل الخليج", "privacy@dalil-alkhaleej.example"),
        "تم حذف بياناتك",
        "مرحباً،\n\nنؤكد أنه تم حذف البيانات الشخصية الخاصة بفاطمة الحداد ناصر من قاعدة بياناتنا ومن الدليل على الإنترنت.\n\n"
        "فريق الخصوصية", charset="windows-1256", cte="quoted-printable", scs="windows-1256")
    add("ar", "needs_info", "dalil-alkhaleej.example", ("دليل الخليج", "privacy@dalil-alkhaleej.example"),
        "طلبكم",
        "مرحباً،\n\nلمعالجة الطلب نيابة عن الشخص المعني، نرجو إرسال تفويض موقّع منه يسمّي منظمتكم.\n\nفريق الخصوصية",
        charset="windows-1256", cte="base64")
    add("fa", "unsure", "rahnama-iran.example", ("راهنما", "privacy@rahnama-iran.example"),
        "درخواست شما",
        "سلام،\n\nدرخواست شما بررسی و پردازش شد. از تماس شما سپاسگزاریم.\n\nتیم حریم خصوصی", cte="base64")
    add("fa", "verify_link", "rahnama-iran.example", ("راهنما", "no-reply@rahnama-iran.example"),
        "تأیید درخواست حذف", link="https://rahnama-iran.example/privacy/confirm?k=fa77d2",
        body="سلام،\n\nبرای تأیید درخواست حذف روی پیوند زیر کلیک کنید. این پیوند تا ۲۴ ساعت معتبر است.\n\n"
        "[تأیید درخواست](https://rahnama-iran.example/privacy/confirm?k=fa77d2)", form="alt")
    add("ht", "confirmed", "lakay-info.example", ("Lakay Info", "privacy@lakay-info.example"),
        "Nou efase enfòmasyon yo",
        "Bonjou,\n\nNou konfime nou efase tout enfòmasyon pèsonèl Marie-Claude Joseph-Pierre nan baz done nou an ak nan "
        "anyè sou entènèt la.\n\nEkip vi prive Lakay Info")
    add("ht", "acknowledged", "lakay-info.example", ("Lakay Info", "privacy@lakay-info.example"),
        "Nou resevwa demann ou",
        "Bonjou,\n\nNou resevwa demann ou pou efase enfòmasyon yo. N ap trete l nan 10 jou ouvrab.\n\nLakay Info",
        charset="us-ascii", codec="utf-8", cte="8bit")


def main(out: Path = HERE) -> None:
    REPLIES.clear()
    english()
    spanish()
    others()
    out.mkdir(parents=True, exist_ok=True)
    for n, r in enumerate(REPLIES):
        (out / r["file"]).write_bytes(render(dict(r), n))
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in REPLIES:
            w.writerow([r[c] for c in COLUMNS])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
