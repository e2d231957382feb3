"""Assemble set U (tests/replies/setu): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setu/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set U is weighted to what decides a client's case when a legal-aid clinic writes as authorised
agent: agent forms and signed letters asked, "we can only talk to the consumer", the US states'
registered brokers (California's DROP and Delete Act, Texas, Oregon, Vermont), "several records
match, which one?", some listings removed and not others, suppressions for a term, relisting
warnings, another person's or address's removal, our own letter quoted, the wrong department,
threads that confirm and then reverse, Spanish and Portuguese verbs of removal in done and not-done
senses, short mobile replies, decisions only in a PDF or an image, payment demands, expiring links,
codes and look-alike hosts. Every name, address, domain and number is invented; domains end in
``.example``, machines' addresses are RFC 5737's.

Body markup (set T's, whose first 120 lines were read: ``plain_of``, ``_esc``, ``_anchors`` and
``flowed`` (at set T's width, 70) are reused from tests/replies/_setbuild.py, the sets' one home for them; ``html_of`` and the MIME
assembly are written anew): ``[text](url)`` is a
link (HTML: an anchor; plain: "text <url>"); ``[text](href|shown)``: the anchor goes to ``href``
while the plain part shows ``shown`` (``-``: the text only). Blank lines separate paragraphs.

``form``: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML; ``html_body`` when the HTML says
something else), ``fwd`` (a text and an earlier mail attached as message/rfc822), ``bounce`` (a
delivery report with our letter or its headers), ``smime`` (multipart/signed), ``pdf`` / ``png``
(the body, then a PDF letter or a scanned image). ``charset`` is the declared one, ``codec`` the
bytes' when they differ (a mislabelled part); ``cte`` the transfer encoding.
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

HERE = Path(__file__).resolve().parent
START = datetime(2026, 10, 30, 8, 17, tzinfo=timezone.utc)
COLUMNS = ["file", "lang", "class", "reason", "link", "domains"]
CLINIC = ("Clínica Puentes Legales", "bajas@puenteslegales.example")
CLINIC_EN = ("Lakeshore Legal Aid Collective", "privacy@lakeshore-legal.example")
REPLIES: list[dict] = []


# -- text: the shared markup (tests/replies/_setbuild.py) ---------------------------------------------

if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from _setbuild import LINK, flowed, plain_of  # noqa: E402  (a script's sibling module)
from _setbuild import anchors as _anchors, esc as _esc  # noqa: E402


def html_of(body: str, charset: str, *, hidden: str = "", track: str = "", chrome: str = "") -> str:
    """An HTML body: a help desk's header line, paragraphs (a quoted mail, lines starting with
    "> ", in a blockquote), CSS-hidden text and a tracking pixel."""
    parts, quoted = [], []
    for p in body.strip().split("\n\n"):
        if p.startswith(">"):
            quoted.append(p)
        else:
            parts.append("<p>" + _anchors(p).replace("\n", "<br>\n") + "</p>")
    head = f'<div style="color:#888;font-size:11px">{_esc(chrome)}</div>\n' if chrome else ""
    if hidden:
        head += f'<div style="display:none">{_esc(hidden)}</div>\n'
    q = ""
    if quoted:
        inner = "\n\n".join(quoted).replace("\n> ", "\n").replace("\n>", "\n").lstrip("> ")
        q = '\n<blockquote type="cite">' + _esc(inner).replace("\n", "<br>\n") + "</blockquote>"
    img = f'<img src="{_esc(track)}" width="1" height="1" alt="">\n' if track else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            "<body>\n" + head + "\n".join(parts) + q + "\n" + img + "</body></html>\n")


def quote(text: str) -> str:
    return "\n".join(("> " + x) if x else ">" for x in text.strip().split("\n"))


def letter(ref: str, name: str, lang: str = "en") -> str:
    """Our letter as a reply quotes it: the clinic writing as the client's authorised agent."""
    if lang == "es":
        return (f"Referencia: {ref}\nEn nombre de {name}, solicitamos que eliminen y den de baja todos sus datos "
                "personales y cualquier perfil que los publique. Por favor, supriman sus datos y confirmen por "
                "escrito.\nClínica Puentes Legales (agente autorizado)")
    if lang == "pt":
        return (f"Referência: {ref}\nEm nome de {name}, pedimos a exclusão de todos os seus dados pessoais e a "
                "remoção de qualquer perfil. Por favor, excluam os dados e confirmem.\nClínica Puentes Legales")
    return (f"Reference: {ref}\nAs authorised agent of {name}, we ask you to please delete all personal "
            "information you hold about them and remove every listing. Please confirm the deletion in writing."
            "\nLakeshore Legal Aid Collective")


# -- MIME ----------------------------------------------------------------------------------------------

def _b(key: str, n: int) -> str:
    return "=_u" + hashlib.sha256(f"{key}/{n}".encode()).hexdigest()[:22]


def _enc_subject(s: str, charset: str, codec: str) -> str:
    if s.isascii():
        return s
    try:
        data = s.encode(codec)
    except UnicodeEncodeError:
        charset, data = "utf-8", s.encode("utf-8")
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def _enc_name(s: str) -> str:
    return s if s.isascii() else f"=?utf-8?B?{base64.b64encode(s.encode()).decode()}?="


def _part(ctype: str, text: str, charset: str, codec: str, cte: str, extra: str = "") -> str:
    data = text.replace("\n", "\r\n").encode(codec)
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:  # 8bit or 7bit: the bytes as they are, carried one char a byte until the mail is written
        body = data.decode("latin-1")
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head + body.replace("\r\n", "\n") + ("" if body.endswith("\n") else "\n")


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (ASCII), written object by object."""
    ops = ["BT /F1 11 Tf 60 760 Td 14 TL"] + [
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _png(seed: str) -> bytes:
    """A small grey image: a scan with no text layer."""
    w, h = 16, 8
    shade = hashlib.sha256(seed.encode()).digest()
    raw = b"".join(b"\x00" + bytes(shade[(x + y) % 32] for x in range(w)) for y in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x00\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def build(r: dict, n: int) -> bytes:
    charset, cte = r["charset"], r["cte"]
    codec = r.get("codec") or charset
    body = r["body"]
    plain = plain_of(body)
    if r.get("flowed"):
        plain = flowed(plain, 70)
    fl = '; format="flowed"' if r.get("flowed") else ""
    form = r["form"]
    dom = r["domains"].split()[0]
    when = START + timedelta(hours=4 * n, minutes=3 * n)  # one a few hours, all before 2026-12-02
    ours = CLINIC if r["lang"] == "es" else CLINIC_EN
    head = [f"From: {_enc_name(r['sender'][0])} <{r['sender'][1]}>", f"To: {_enc_name(ours[0])} <{ours[1]}>",
            f"Subject: {_enc_subject(r['subject'], charset, codec)}", f"Date: {format_datetime(when)}",
            f"Message-ID: <{hashlib.sha1(r['file'].encode()).hexdigest()[:16]}.{n}@mail.{dom}>",
            f"In-Reply-To: <req-{n:04d}@mail.lakeshore-legal.example>", "MIME-Version: 1.0"]
    head += r.get("headers", [])
    b = _b(r["file"], n)
    if form == "plain":
        return ("\n".join(head) + "\n" + _part("text/plain", plain, charset, codec, cte, fl)).encode("latin-1")
    html = html_of(r.get("html_body") or body, charset, hidden=r.get("hidden", ""), track=r.get("track", ""),
                   chrome=r.get("chrome", ""))
    if form == "html":
        return ("\n".join(head) + "\n" + _part("text/html", html, charset, codec, cte)).encode("latin-1")
    if form == "alt":
        out = "\n".join(head) + f'\nContent-Type: multipart/alternative; boundary="{b}"\n\n'
        out += f"--{b}\n" + _part("text/plain", plain, charset, codec, cte, fl)
        out += f"--{b}\n" + _part("text/html", html, charset, codec, cte) + f"--{b}--\n"
        return out.encode("latin-1")
    if form == "smime":
        sig = hashlib.sha512(r["file"].encode()).digest() * 6
        out = "\n".join(head) + (f'\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; '
                                 f'micalg=sha-256; boundary="{b}"\n\n')
        out += f"--{b}\n" + _part("text/plain", plain, charset, codec, cte)
        out += (f"--{b}\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment; filename=\"smime.p7s\"\n\n{_b64(sig)}--{b}--\n")
        return out.encode("latin-1")
    if form in ("pdf", "png"):
        out = "\n".join(head) + f'\nContent-Type: multipart/mixed; boundary="{b}"\n\n'
        out += f"--{b}\n" + _part("text/plain", plain, charset, codec, cte)
        if form == "pdf":
            out += (f"--{b}\nContent-Type: application/pdf; name=\"decision.pdf\"\nContent-Transfer-Encoding: base64\n"
                    f"Content-Disposition: attachment; filename=\"decision.pdf\"\n\n{_b64(_pdf(r['pdf']))}")
        else:
            out += (f"--{b}\nContent-Type: image/png; name=\"scan.png\"\nContent-Transfer-Encoding: base64\n"
                    f"Content-Disposition: attachment; filename=\"scan.png\"\n\n{_b64(_png(r['file']))}")
        return (out + f"--{b}--\n").encode("latin-1")
    if form == "fwd":
        inner = r["inner"]
        out = "\n".join(head) + f'\nContent-Type: multipart/mixed; boundary="{b}"\n\n'
        out += f"--{b}\n" + _part("text/plain", plain, charset, codec, cte)
        out += (f"--{b}\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n"
                f"From: {inner[0]}\nTo: {ours[1]}\nSubject: {inner[1]}\nDate: {format_datetime(when - timedelta(days=9))}\n"
                f"Message-ID: <fwd-{n}@mail.{dom}>\nMIME-Version: 1.0\n"
                + _part("text/plain", inner[2].strip() + "\n", "utf-8", "utf-8", "8bit") + f"--{b}--\n")
        return out.encode("latin-1")
    if form == "bounce":
        mta = r["mta"]
        out = "\n".join(head) + f'\nContent-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n'
        out += f"--{b}\n" + _part("text/plain", plain, charset, codec, cte)
        out += (f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\n"
                f"Arrival-Date: {format_datetime(when - timedelta(minutes=3))}\n\n"
                f"Final-Recipient: rfc822; {r['rcpt']}\nAction: failed\nStatus: {r['status']}\n"
                f"Remote-MTA: dns; mx.{r['rcpt'].split('@')[1]}\nDiagnostic-Code: smtp; {r['diag']}\n\n")
        if r.get("headers_only"):
            out += (f"--{b}\nContent-Type: text/rfc822-headers\n\nFrom: {ours[0]} <{ours[1]}>\nTo: {r['rcpt']}\n"
                    f"Subject: Deletion request\nMessage-ID: <req-{n:04d}@mail.lakeshore-legal.example>\n\n--{b}--\n")
        else:
            out += (f"--{b}\nContent-Type: message/rfc822\n\nFrom: {ours[1]}\nTo: {r['rcpt']}\nSubject: Deletion request\n"
                    f"Message-ID: <req-{n:04d}@mail.lakeshore-legal.example>\nMIME-Version: 1.0\n"
                    + _part("text/plain", letter("LLA-" + str(4100 + n), "our client") + "\n", "utf-8", "utf-8", "8bit")
                    + f"--{b}--\n")
        return out.encode("latin-1")
    raise ValueError(f"{r['file']}: unknown form {form!r}")


# -- the replies ---------------------------------------------------------------------------------------

_COUNT: dict[str, int] = {}


def R(lang: str, cls: str, domains: str, sender: tuple[str, str], subject: str, body: str, *, reason: str = "",
      link: str = "", form: str = "plain", charset: str = "utf-8", cte: str = "8bit", **kw) -> None:
    """One reply: its label (class, refusal reason, the link to open, the broker's domains) and its mail."""
    _COUNT[lang] = _COUNT.get(lang, 0) + 1
    REPLIES.append(dict(file=f"{lang}-{_COUNT[lang]:02d}.eml", lang=lang, cls=cls, reason=reason, link=link,
                        domains=domains, sender=sender, subject=subject, body=body, form=form, charset=charset,
                        cte=cte, **kw))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for n, r in enumerate(REPLIES):
        (out / r["file"]).write_bytes(build(r, n))
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in REPLIES:
            w.writerow([r["file"], r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])


# ---- English: agents, the states' registered brokers, partial removals, threads --------------------------

PC = ("Pinecrest Data Privacy", "privacy@pinecrest-data.example")
R("en", "needs_info", "pinecrest-data.example", PC, "RE: Deletion request LLA-4101",
  "Hello,\n\nWe received a request submitted by an authorized agent. Under California law we may require the "
  "agent to provide signed permission from the consumer. Please send a copy of the signed authorization "
  "letter naming Lakeshore Legal Aid Collective as agent, signed and dated by the consumer.\n\nOnce we receive "
  "it we will process the request.\n\nPinecrest Data Privacy Team\n\n" + quote(letter("LLA-4101", "Guadalupe Herrera Castillo")))
R("en", "needs_info", "lumenfind.example", ("LumenFind Support", "support@lumenfind.example"),
  "Your request #88213",
  "Hi there,\n\nThanks for reaching out. We found several records that could match the name you gave us:\n\n"
  "1. Jose L. Ramirez, 40s, Fresno CA\n2. Jose Luis Ramirez, 30s, Bakersfield CA\n3. J. Ramirez Ortega, 40s, Visalia CA\n\n"
  "Please reply with the number of the record (or the listing URL) that belongs to your client so we can remove "
  "the right one. We will not remove anything until we hear back.\n\nLumenFind Support")
R("en", "unsure", "tracewell.example", ("Tracewell Privacy", "privacy@tracewell.example"), "Re: Opt-out LLA-4103",
  "Hello,\n\nWe removed 2 of the 3 listings you sent us. The third URL "
  "(tracewell.example/p/wilson-pierre-louis/FL/33150) is a business listing sourced from public filings and "
  "remains published.\n\nTracewell Privacy")
R("en", "unsure", "quillsearch.example", ("Quillsearch", "no-reply@quillsearch.example"), "Your suppression is active",
  "Your suppression request has been completed.\n\nThe record has been suppressed from public search results for "
  "a period of 3 years. After this period the suppression expires and the record may be displayed again unless "
  "you renew it.\n\nQuillsearch Privacy Center", form="alt", track="https://em.quillsearch.example/o/7731.gif")
R("en", "confirmed", "marbleleaf.example", ("Marbleleaf Privacy", "privacy@marbleleaf.example"), "Deletion complete - LLA-4105",
  "Dear Lakeshore Legal Aid Collective,\n\nWe have deleted the personal information of the consumer you "
  "represent from our databases and removed the profile from marbleleaf.example. Please note that new public "
  "records may create a new listing in the future; if that happens, you can submit a new request.\n\nMarbleleaf Privacy Office")
R("en", "unsure", "peopleledger.example", ("PeopleLedger", "support@peopleledger.example"), "Re: Removal request",
  "Hello,\n\nWe have removed the record for Guadalupe Herrera, age 52, of Tucson, AZ.\n\nIf you need anything else, "
  "just reply to this message.\n\nPeopleLedger Support\n\n" + quote(letter("LLA-4106", "Guadalupe Herrera Castillo (Salinas, CA, born 1981)")))
R("en", "acknowledged", "pinecrest-data.example", PC, "Re: Deletion request LLA-4107",
  "Thank you for your message below.\n\n" + quote("Please delete all personal information you hold about our client and "
  "confirm the deletion in writing. Our client's records have been deleted from every system, as you confirmed by phone.") +
  "\n\nWe have logged your request under ticket PD-55102 and will respond within 45 days as required by the CCPA.\n\nPinecrest Data Privacy")
R("en", "unsure", "hollowoak.example", ("HollowOak Search Legal", "legal@hollowoak.example"), "Re: Deletion request",
  "This mailbox is monitored by our legal department for subpoenas and law-enforcement requests only. "
  "Consumer privacy requests are handled by our privacy team at privacy@hollowoak.example. We have not "
  "forwarded your message.\n\nHollowOak Legal")
R("en", "refused", "bellhaven.example", ("Bellhaven Info", "privacy@bellhaven.example"), "Agent request",
  "Hello,\n\nFor the security of our customers, we can only discuss or act on a record with the consumer directly. "
  "We do not accept requests from third parties, including attorneys or advocates. The consumer may submit "
  "a request at bellhaven.example/privacy.\n\nBellhaven Info", reason="agent not accepted")
R("en", "acknowledged", "northgate-records.example", ("Northgate Records", "privacy@northgate-records.example"),
  "Texas consumer request received",
  "Northgate Records, a data broker registered with the Texas Secretary of State, acknowledges receipt of your "
  "deletion request under the Texas Data Privacy and Security Act. We will respond within 45 days.\n\n"
  "Reference: NR-2026-3391", headers=["Auto-Submitted: auto-replied"])
R("en", "extended", "cascadia-dx.example", ("Cascadia Data Exchange", "privacy@cascadia-dx.example"),
  "Oregon privacy request - extension",
  "Dear Agent,\n\nUnder the Oregon Consumer Privacy Act we are extending the time to respond to your client's "
  "deletion request by an additional 45 days, because of the number of systems involved. We expect to respond "
  "by January 22, 2027.\n\nCascadia Data Exchange Privacy")
R("en", "confirmed", "greenmtn-lists.example", ("Green Mountain Lists", "optout@greenmtn-lists.example"),
  "Vermont opt-out processed",
  "Green Mountain Lists is registered as a data broker with the Vermont Secretary of State. We have deleted "
  "your client's record from our brokered lists and will not sell it again.\n\nGreen Mountain Lists")
R("en", "confirmed", "pinecrest-data.example", PC, "DROP deletion request processed",
  "Pinecrest Data received a deletion request for your client through the California Delete Request and Opt-out "
  "Platform (DROP). We matched and deleted the personal information we held and reported the result to the "
  "platform. As required by the Delete Act, we will check DROP again every 45 days and delete any new "
  "information we collect about the consumer.\n\nPinecrest Data Privacy", form="alt")
R("en", "refused", "ashby-analytics.example", ("Ashby Analytics", "privacy@ashby-analytics.example"),
  "DROP request status",
  "We received your client's request through DROP. We could not verify the request, so as the Delete Act "
  "requires we have treated it as a request to opt out of the sale and sharing of personal information.\n\n"
  "Ashby Analytics Privacy", reason="processed as do-not-sell only")
R("en", "unsure", "lumenfind.example", ("LumenFind Support", "support@lumenfind.example"), "Re: Your request #88240",
  "On Oct 28 we wrote: \"Your listing has been removed.\"\n\nCorrection: the removal above was applied in error "
  "and has been reversed. The listing for your client is visible again while our team reviews your agent "
  "authorization. We apologise for the confusion.\n\nLumenFind Support")
R("en", "confirmed", "tracewell.example", ("Kim at Tracewell", "kim.w@tracewell.example"), "Re: Opt-out LLA-4116",
  "Done.\n\nSent from my iPhone\n\n" + quote(letter("LLA-4116", "Thanh Lan Tran")), form="plain")
R("en", "acknowledged", "quillsearch.example", ("Quillsearch", "no-reply@quillsearch.example"), "ok",
  "ok got it\n\nSent from my phone\n\n" + quote(letter("LLA-4117", "Kateryna Bondarenko")))
R("en", "other", "pinecrest-data.example", PC, "Pinecrest Data: our privacy notice is changing",
  "We are updating our privacy notice effective January 1, 2027. No action is needed. Read the new notice at "
  "[pinecrest-data.example/privacy](https://pinecrest-data.example/privacy).\n\n"
  "[Unsubscribe](https://pinecrest-data.example/email/unsubscribe?u=88)", form="html", cte="quoted-printable")
R("en", "refused", "marbleleaf.example", ("Marbleleaf Privacy", "privacy@marbleleaf.example"), "Removal options",
  "Thank you for your request. Free removal is available only to California residents. For other states, "
  "profile removal is a premium service at $24.95. [Pay and remove](https://checkout.marbleleaf.example/remove?id=5512)\n\n"
  "Marbleleaf", reason="removal only for a fee", form="alt", cte="quoted-printable")
R("en", "verify_link", "tracewell.example", ("Tracewell Privacy", "no-reply@tracewell.example"), "Confirm your opt-out",
  "Please confirm your opt-out request by clicking the link below. This link expires in 24 hours.\n\n"
  "[Confirm opt-out](https://tracewell.example/optout/confirm?t=Zq81kXw)\n\nIf you did not request this, ignore this e-mail.\n\n"
  "[Manage preferences](https://tracewell.example/prefs)", link="https://tracewell.example/optout/confirm?t=Zq81kXw", form="alt")
R("en", "verify_link", "lumenfind.example lf-mail.example", ("LumenFind", "privacy@lf-mail.example"), "Verify your removal request",
  "Click to verify your removal request: [Verify request](https://click.lf-mail.example/ls/click?upn=Tq7-88aa)\n\n"
  "The link is valid for 72 hours.", link="https://click.lf-mail.example/ls/click?upn=Tq7-88aa", form="html",
  track="https://click.lf-mail.example/wf/open?upn=Tq7-88aa")
R("en", "needs_id", "peopleledger.example", ("PeopleLedger", "support@peopleledger.example"), "Identity verification needed",
  "To protect against fraudulent requests, please have the consumer upload a government-issued photo ID and a "
  "utility bill showing the address on the listing at peopleledger.example/verify. Agents must also submit the "
  "consumer's ID.\n\nPeopleLedger Support")
R("en", "verify_link", "quillsearch.example", ("Quillsearch", "no-reply@quillsearch.example"), "Your one-time code",
  "Your verification code is 482 917. Enter it on the opt-out page within 10 minutes. Do not share this code.\n\n"
  "Quillsearch", cte="7bit", charset="us-ascii")
R("en", "unsure", "hollowoak.example", ("HollowOak Search", "privacy@hollowoak.example"), "Re: Removal LLA-4123",
  "We have removed the listing at 1834 Alder St, Yakima, WA. The other addresses in our report are linked to "
  "a different person and were not changed.\n\n" + quote(letter("LLA-4123", "Wilson Pierre-Louis (Kent, WA)")))
R("en", "refused", "ashby-analytics.example", ("Ashby Analytics", "privacy@ashby-analytics.example"), "Your request",
  "Ashby Analytics is not a data broker and does not sell personal information. The records you mention come from "
  "our clients' own customer files, which we process as a service provider. Please contact the business you dealt "
  "with.\n\nAshby Analytics", reason="service provider (ask the business)")
R("en", "needs_info", "bellhaven.example", ("Bellhaven Info", "privacy@bellhaven.example"), "Re: Agent request LLA-4125",
  "Thank you. To act as an authorized agent, please complete our Authorized Agent Form at "
  "bellhaven.example/agent-form and attach a power of attorney or permission signed by the consumer. We will "
  "also contact the consumer directly to confirm they gave you permission.\n\nBellhaven Info")
R("en", "unsure", "greenmtn-lists.example", ("Green Mountain Lists", "optout@greenmtn-lists.example"), "Re: Opt-out",
  "Your client's name has been added to our do-not-mail list. Please allow 6-8 weeks for mailings to stop.\n\nGreen Mountain Lists")
R("en", "unsure", "tracewell.example", ("Tracewell Privacy", "privacy@tracewell.example"), "Request closed",
  "Hello,\n\nWe are closing this ticket because we have not received a response. If you still want the listing "
  "removed, please open a new request.\n\nTracewell Privacy", form="alt", chrome="Tracewell Help Center | Ticket #40418 | Status: Closed",
  html_body="Hello,\n\nWe are closing this ticket because we have not received a response. If you still want the listing "
  "removed, please open a new request.\n\n[Reopen this ticket](https://help.tracewell.example/tickets/40418/reopen) "
  "[Rate our service](https://help.tracewell.example/surveys/40418)\n\nTracewell Privacy")
R("en", "bounce", "northgate-records.example", ("Mail Delivery System", "MAILER-DAEMON@mx1.lakeshore-legal.example"),
  "Undelivered Mail Returned to Sender",
  "This is the mail system at host mx1.lakeshore-legal.example.\n\nI'm sorry to have to inform you that your message "
  "could not be delivered to one or more recipients.\n\n<privacy@northgate-records.example>: host "
  "mx.northgate-records.example[192.0.2.44] said: 550 5.1.1 User unknown", form="bounce", charset="us-ascii", cte="7bit",
  mta="mx1.lakeshore-legal.example", rcpt="privacy@northgate-records.example", status="5.1.1",
  diag="550 5.1.1 <privacy@northgate-records.example>: Recipient address rejected: User unknown")
R("en", "bounce", "cascadia-dx.example", ("Microsoft Outlook", "postmaster@lakeshore-legal.example"), "Undeliverable: Deletion request",
  "Delivery has failed to these recipients or groups:\n\nprivacy@cascadia-dx.example\nThe recipient's mailbox is full "
  "and can't accept messages now.\n\nDiagnostic information for administrators:\nRemote Server returned '552 5.2.2 Mailbox full'",
  form="bounce", mta="EX01.lakeshore-legal.example", rcpt="privacy@cascadia-dx.example", status="5.2.2",
  diag="552 5.2.2 mailbox full", headers_only=True)
R("en", "auto_reply", "marbleleaf.example", ("Dana Whitcombe", "d.whitcombe@marbleleaf.example"), "Out of Office: Deletion request",
  "I am out of the office until December 14 with limited access to e-mail. For privacy requests please write to "
  "privacy@marbleleaf.example.\n\nDana", headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
R("en", "confirmed", "pinecrest-data.example", PC, "Decision on request LLA-4131",
  "Please find attached our decision letter regarding your client's request.\n\nPinecrest Data Privacy", form="pdf",
  pdf=["Pinecrest Data - Privacy Office", "Re: Request LLA-4131", "", "We have deleted all personal information",
       "about your client from our systems and removed the listing.", "Deletion completed on November 3, 2026."])
R("en", "unsure", "lumenfind.example", ("LumenFind Support", "support@lumenfind.example"), "Re: Your request #88299",
  "Please see the attached screenshot for the status of your request.\n\nLumenFind Support", form="png")
R("en", "needs_info", "quillsearch.example", ("Quillsearch Privacy", "privacy@quillsearch.example"), "Re: Deletion LLA-4133",
  "We located multiple profiles that may belong to your client. Before we remove anything, please confirm the "
  "client's date of birth or a previous address so we can identify the correct record.\n\nQuillsearch Privacy")
R("en", "refused", "northgate-records.example", ("Northgate Records", "privacy@northgate-records.example"), "Re: Texas request",
  "We have reviewed your request. The information we hold is publicly available information from government "
  "records, which is not personal data under the Texas Data Privacy and Security Act. We will not delete it. "
  "You may appeal this decision by replying with the word APPEAL within 60 days, or contact the Texas Attorney General.",
  reason="public records")
R("en", "confirmed", "cascadia-dx.example", ("Cascadia Data Exchange", "privacy@cascadia-dx.example"), "Re: Oregon privacy request",
  "We have completed your client's deletion request. The personal data has been deleted from our active "
  "systems; backup copies will be overwritten within 35 days and are not used in the meantime.\n\nCascadia Data Exchange",
  form="smime", cte="quoted-printable")
R("en", "unsure", "tracewell.example", ("Tracewell Privacy", "privacy@tracewell.example"), "Re: Opt-out LLA-4136",
  "Your opt-out has been processed. Please note that Tracewell refreshes its data monthly from public sources and "
  "a removed listing may reappear; we recommend checking again in 30 days.", form="alt")
R("en", "acknowledged", "peopleledger.example", ("PeopleLedger", "support@peopleledger.example"), "Fwd: Removal",
  "Forwarding the note from our data team below. Let us know if you have questions.\n\nPeopleLedger Support", form="fwd",
  inner=("data-team@peopleledger.example", "removal queue",
         "Queued for removal in the next batch (Dec). Not live yet. -- PL data team"))
R("en", "confirmed", "hollowoak.example", ("HollowOak Search", "privacy@hollowoak.example"), "Fwd: Deletion LLA-4138",
  "Please see our records team's answer below.\n\nHollowOak Privacy", form="fwd",
  inner=("records@hollowoak.example", "RE: deletion LLA-4138",
         "Record for the consumer in request LLA-4138 deleted from the search index and the master file today. -- Records"))
R("en", "verify_link", "bellhaven.example", ("Bellhaven Info", "no-reply@bellhaven.example"), "Finish your request",
  "One more step: confirm the request at [bellhaven.example/confirm](https://bellhaven.example/confirm/a8e1c0)\n\n"
  "Beware of look-alike sites. We will never ask you to sign in at any address other than bellhaven.example.\n\n"
  "[Unsubscribe](https://bellhaven.example/unsubscribe)", link="https://bellhaven.example/confirm/a8e1c0", form="alt",
  hidden="Confirm now at https://bellhaven-verify.example/confirm/a8e1c0")
R("en", "acknowledged", "marbleleaf.example", ("Marbleleaf Privacy", "privacy@marbleleaf.example"), "Re: Deletion LLA-4140",
  "Hi,\n\n> Please confirm the deletion in writing.\n\nAs requested, we confirm receipt of your letter. The team is "
  "reviewing which of our sites hold the record.\n\nMarbleleaf")
R("en", "acknowledged", "ashby-analytics.example", ("Ashby Analytics", "privacy@ashby-analytics.example"), "Re: Your request",
  "We have received your authorized agent documents and verified them. Your client's deletion request is now in "
  "our queue and will be completed within 45 days of the original request.\n\nAshby Analytics")
R("en", "refused", "quillsearch.example", ("Quillsearch Privacy", "privacy@quillsearch.example"), "Re: Deletion LLA-4142",
  "We are unable to process this request. Our records show your client is a current paying subscriber, and "
  "account data needed to provide the service will be kept until the account is closed by the client.",
  reason="account holder (client must close it)")
R("en", "verify_link", "tracewell.example", ("Tracewell Privacy", "no-reply@tracewell.example"), "New confirmation link",
  "The link we sent on November 2 has expired. Use this new link, which replaces the old one:\n\n"
  "[Confirm opt-out](https://tracewell.example/optout/confirm?t=Hy30pLm)\n\nOld (expired) link: "
  "https://tracewell.example/optout/confirm?t=Zq81kXw", link="https://tracewell.example/optout/confirm?t=Hy30pLm")
R("en", "needs_id", "lumenfind.example", ("LumenFind Support", "support@lumenfind.example"), "Re: Your request #88311",
  "To finish, the consumer must verify their identity with our partner at "
  "[verify.idcheckpoint.example](https://verify.idcheckpoint.example/s/LF-88311). Agents cannot complete this step.")
R("en", "unsure", "pinecrest-data.example", PC, "Re: Deletion request LLA-4145",
  "We have opted your client out of the sale and sharing of personal information. Pinecrest Data does not offer "
  "deletion for records obtained from publicly available sources.\n\nPinecrest Data Privacy")
R("en", "needs_info", "hollowoak.example", ("HollowOak Search", "privacy@hollowoak.example"), "Re: Removal request",
  "We cannot honor requests submitted by e-mail. Requests must be made through our online form by the consumer. "
  "This e-mail address is not monitored for privacy requests.")
R("en", "unsure", "greenmtn-lists.example", ("Green Mountain Lists", "optout@greenmtn-lists.example"), "Your request has been processed",
  "Your request has been processed in accordance with applicable law.\n\nGreen Mountain Lists", form="html",
  charset="iso-8859-1", cte="quoted-printable")
R("en", "confirmed", "northgate-records.example", ("Northgate Records", "privacy@northgate-records.example"), "Re: Texas request NR-2026-3391",
  "Your appeal has been reviewed. We have reversed our earlier decision and deleted the records we held about your "
  "client, including those derived from public sources.\n\n" + quote("We will not delete it. You may appeal this decision."))
R("en", "unsure", "cascadia-dx.example", ("Cascadia Data Exchange", "privacy@cascadia-dx.example"), "Re: Re: Oregon privacy request",
  "Update: our earlier message said the deletion was complete. Our audit found your client's data in a partner "
  "feed that reloaded it on November 4. The record is currently back in our system and we are investigating.\n\n"
  "> We have completed your client's deletion request.")
R("en", "needs_info", "tracewell.example", ("Tracewell Privacy", "privacy@tracewell.example"), "Re: Opt-out LLA-4150",
  "We can remove the listing, but we need the exact URL of the profile as it appears on tracewell.example. "
  "Please search for your client and reply with the link.\n\nTracewell Privacy")
R("en", "acknowledged", "peopleledger.example", ("PeopleLedger", "support@peopleledger.example"), "[PeopleLedger] Request received",
  "Your request (#PL-77610) has been received. A member of our team will reply soon.\n\n"
  "[View your request](https://peopleledger.example/hc/requests/77610)", form="alt",
  chrome="PeopleLedger Help Center", headers=["Auto-Submitted: auto-generated"])
R("en", "unsure", "bellhaven.example", ("Bellhaven Info", "privacy@bellhaven.example"), "Re: Agent request LLA-4152",
  "We removed the listing for Guadalupe Herrera Castillo at 77 Ocean View Rd, Monterey, CA. Your letter names an "
  "address in Salinas; we found no listing at that address.")
R("en", "confirmed", "marbleleaf.example", ("Tom", "tom@marbleleaf.example"), "Re: Deletion LLA-4153",
  "Removed her, profile's gone. -T\n\nSent from my Android\n\n" + quote(letter("LLA-4153", "Maria das Gracas Souza")))
R("en", "unsure", "quillsearch.example", ("Quillsearch", "no-reply@quillsearch.example"), "Your request",
  "Your request will be deleted within 30 days if no further information is required.\n\nQuillsearch",
  charset="us-ascii", cte="7bit")
R("en", "refused", "ashby-analytics.example", ("Ashby Analytics", "privacy@ashby-analytics.example"), "Re: DROP request",
  "Your client's information is held under the Gramm-Leach-Bliley Act as part of a financial service and is exempt "
  "from deletion under the Delete Act and the CCPA.", reason="exempt (GLBA)")
R("en", "needs_id", "pinecrest-data.example", PC, "Re: Deletion request LLA-4156",
  "We received the authorization. We still need to verify the consumer's identity: please have the consumer "
  "answer the verification questions we will send by postal mail, or send a notarized declaration.")
R("en", "verify_link", "hollowoak.example", ("HollowOak Search", "no-reply@hollowoak.example"), "Confirm removal",
  "Confirm your removal request: [Confirm](https://hollowoak.example/r/confirm/7d2f)\n\nDo NOT use links from "
  "hollow-oak-support.example; that site is not ours.\n\n[Privacy policy](https://hollowoak.example/privacy)",
  link="https://hollowoak.example/r/confirm/7d2f", form="alt", cte="base64")
R("en", "unsure", "lumenfind.example", ("LumenFind Support", "support@lumenfind.example"), "Re: Your request #88360",
  "Hi,\n\nYou wrote:\n> please delete every listing and confirm the deletion in writing\n\nDeletion of listings "
  "is handled by our partner site PeopleLedger. LumenFind only displays their data.\n\nLumenFind Support")
R("en", "refused", "tracewell.example", ("Tracewell Privacy", "privacy@tracewell.example"), "Re: Opt-out LLA-4159",
  "Thank you for your request. We are unable to verify that you are authorized to act for this consumer and will "
  "not take further action. The consumer may contact us directly.", reason="agent not accepted")
R("en", "confirmed", "greenmtn-lists.example", ("Green Mountain Lists", "optout@greenmtn-lists.example"), "Re: Opt-out LLA-4160",
  "We have permanently deleted your client's record from all lists we license. We keep only a one-way hash of the "
  "name and address so the record is not added again.", form="alt", cte="quoted-printable")
R("en", "unsure", "northgate-records.example", ("Northgate Records", "privacy@northgate-records.example"), "Re: request",
  "Your client's record has been hidden from our people-search site, northgate-people.example. The record remains "
  "in our data products licensed to business customers.")
R("en", "other", "bellhaven.example", ("Bellhaven Info", "news@bellhaven.example"), "Find anyone in seconds - 50% off",
  "Search public records, phone numbers and addresses. Get 50% off your first month. "
  "[Start searching](https://bellhaven.example/deals/half)\n\n[Unsubscribe](https://bellhaven.example/unsubscribe)",
  form="html", cte="quoted-printable")
R("en", "needs_info", "marbleleaf.example", ("Marbleleaf Privacy", "privacy@marbleleaf.example"), "Re: Deletion LLA-4163",
  "Do you want us to remove only the public profile, or delete all data including our marketing file? Please "
  "reply with PROFILE or ALL.")
R("en", "acknowledged", "cascadia-dx.example", ("Cascadia Data Exchange", "privacy@cascadia-dx.example"), "Request in progress",
  "Your deletion request is in progress. Status: Verified - Deletion scheduled.\n\n"
  "[Check status](https://privacy.cascadia-dx.example/status/CDX-5518)", form="alt", hidden="Your data has been deleted.")
R("en", "unsure", "pinecrest-data.example", PC, "Re: Deletion request LLA-4165",
  "We deleted the data of the consumer in our consumer database. Data in our business contact database (work "
  "e-mail and job title) is not covered by this request and was kept.")
R("en", "refused", "quillsearch.example", ("Quillsearch Billing", "billing@quillsearch.example"), "Invoice QS-1190",
  "To process a removal submitted by a third-party service, Quillsearch charges a handling fee of $39 per "
  "record. Pay at [pay.quillsearch.example](https://pay.quillsearch.example/inv/QS-1190). Removal begins once paid.",
  reason="removal only for a fee", form="alt")
R("en", "verify_link", "peopleledger.example", ("PeopleLedger", "no-reply@peopleledger.example"), "Confirm your e-mail",
  "Confirm that you asked us to remove the listing: [Yes, remove it](https://peopleledger.example/optout/v/91ac)\n\n"
  "This link expires December 12, 2026.", link="https://peopleledger.example/optout/v/91ac", form="smime")
R("en", "unsure", "hollowoak.example", ("HollowOak Search", "privacy@hollowoak.example"), "Re: Re: Removal LLA-4168",
  "On Nov 3 we confirmed the removal. After review, the listing was restored because the consumer's own account "
  "re-published it. We can remove it again only if the consumer closes the account.\n\n"
  "> The listing has been removed. -- HollowOak", flowed=True)
R("en", "confirmed", "ashby-analytics.example", ("Ashby Analytics", "privacy@ashby-analytics.example"), "Re: Your request",
  "Following the verification of your authorization, we have deleted your client's personal information from "
  "our systems and instructed our service providers to delete it as well.", flowed=True)

R("en", "needs_info", "greenmtn-lists.example", ("Green Mountain Lists", "optout@greenmtn-lists.example"), "Re: Opt-out LLA-4171",
  "We can only talk to the consumer about the contents of a record. If your client wants you to act for them, "
  "the consumer must sign our agent permission form (attached to our website's privacy page) and e-mail it to us "
  "from their own address.", form="smime", charset="us-ascii", cte="7bit")
R("en", "refused", "pinecrest-data.example", PC, "Re: DROP deletion request",
  "We received a DROP deletion request, but none of the identifiers provided matched a consumer in our data. No "
  "records were deleted. If the consumer adds more identifiers in DROP, we will search again in the next cycle.",
  reason="no record")  # relabelled by r36 (was unsure): "no record matched" is refused, no record (README, "Labels revisited")
R("en", "refused", "northgate-records.example", ("Northgate Records", "privacy@northgate-records.example"), "Re: Appeal",
  "We have reviewed your appeal and uphold our decision not to delete. If you disagree, you may contact the "
  "Texas Attorney General at the consumer protection division.", reason="public records", form="smime")
R("en", "verify_link", "cascadia-dx.example", ("Cascadia Data Exchange", "no-reply@cascadia-dx.example"), "Confirm your Oregon request",
  "Please confirm this request within 7 days: [confirm](https://privacy.cascadia-dx.example/confirm?r=CDX-5602)\n\n"
  "Questions? See our [FAQ](https://privacy.cascadia-dx.example/faq).",
  link="https://privacy.cascadia-dx.example/confirm?r=CDX-5602", form="alt", cte="quoted-printable")
R("en", "acknowledged", "tracewell.example", ("Tracewell Privacy", "privacy@tracewell.example"), "Re: Opt-out LLA-4175",
  "Hi! Thanks for contacting Tracewell. Your client's listing is scheduled to be removed in our next update, which "
  "usually happens within 2-3 weeks. Hope this helps! Is there anything else we can help with today?",
  form="alt", chrome="Tracewell Help Center | Chat transcript")
R("en", "confirmed", "hollowoak.example", ("HollowOak Search", "privacy@hollowoak.example"), "Re: Removal LLA-4176",
  "Hi,\n\nYes, all three listings for your client (Kent, Renton and Yakima) are deleted and the underlying record "
  "is gone from our database. We also added a block so the record is not rebuilt from new sources.",
  form="smime", cte="base64")

# ---- Spanish: Mexico, Central America, the Caribbean, Colombia, Spain, US Spanish ---------------------------

DC = ("Datos Claros Privacidad", "privacidad@datosclaros.example")
BG = ("BuscaGente", "soporte@buscagente.example")
RA = ("Registro Abierto", "habeasdata@registroabierto.example")
LC = ("Listín Caribe", "ayuda@listincaribe.example")
GC = ("Guía Centroamericana", "datos@guiaca.example")
IB = ("Ibérica Datos", "protecciondatos@ibericadatos.example")
R("es", "confirmed", "datosclaros.example", DC, "Respuesta a su solicitud ARCO DC-3301",
  "Estimados:\n\nLes informamos que los datos personales de su representada han sido dados de baja de nuestras "
  "bases de datos y el perfil publicado fue eliminado.\n\nAtentamente,\nDepartamento de Datos Personales\nDatos Claros",
  charset="iso-8859-1", cte="quoted-printable")
R("es", "acknowledged", "datosclaros.example", DC, "Solicitud ARCO DC-3302",
  "Estimados:\n\nSu solicitud de cancelación resultó procedente. Los datos serán dados de baja dentro de los 15 días "
  "hábiles siguientes a esta comunicación.\n\nDatos Claros")
R("es", "needs_info", "datosclaros.example", DC, "Solicitud ARCO DC-3303",
  "Buenas tardes:\n\nDaríamos de baja el perfil con gusto, pero antes necesitamos la carta poder firmada por la "
  "titular ante dos testigos que acredite su representación, como exige la ley.\n\nDatos Claros")
R("es", "needs_id", "buscagente.example", BG, "Re: Solicitud de eliminación",
  "Hola:\n\nPara que podamos eliminar sus datos, es necesario que la persona nos envíe una copia de su identificación "
  "oficial con fotografía. Sin ella no podemos continuar.\n\nSoporte BuscaGente")
R("es", "unsure", "buscagente.example", BG, "Re: Solicitud de eliminación",
  "Hola:\n\nNo hemos podido eliminar el perfil todavía porque nuestro sistema está en mantenimiento. Lo "
  "intentaremos de nuevo la próxima semana.\n\nSoporte BuscaGente")
R("es", "confirmed", "ibericadatos.example", IB, "Ejercicio del derecho de supresión",
  "Muy señores nuestros:\n\nEn respuesta a su escrito, les comunicamos que hemos suprimido los datos personales de "
  "su representada de nuestros ficheros, conforme al artículo 17 del RGPD. Los datos quedan bloqueados únicamente "
  "a disposición de jueces y tribunales durante el plazo de prescripción.\n\nIbérica Datos, S.L.",
  charset="iso-8859-15", cte="quoted-printable")
R("es", "refused", "ibericadatos.example", IB, "Ejercicio del derecho de supresión",
  "Muy señores nuestros:\n\nLamentamos comunicarles que no procede la supresión solicitada, ya que los datos se "
  "tratan en cumplimiento de una obligación legal. Pueden presentar una reclamación ante la Agencia Española de "
  "Protección de Datos.\n\nIbérica Datos, S.L.", reason="exempt (legal obligation)", charset="iso-8859-15", cte="8bit")
R("es", "unsure", "listincaribe.example", LC, "Re: baja",
  "Saludos,\n\nCancelamos su suscripción a nuestro boletín. Ya no recibirá más correos de Listín Caribe.\n\nEquipo Listín Caribe")
R("es", "confirmed", "listincaribe.example", ("Yahaira - Listín Caribe", "yahaira@listincaribe.example"), "Re: Solicitud CPL-2207",
  "Listo, ya la borramos del directorio.\n\nEnviado desde mi iPhone\n\n" + quote(letter("CPL-2207", "Yokasta Rosario Peña", "es")))
R("es", "unsure", "listincaribe.example", ("Yahaira - Listín Caribe", "yahaira@listincaribe.example"), "Re: Solicitud CPL-2208",
  "ya\n\n" + quote(letter("CPL-2208", "Ramón Antonio De los Santos", "es")))
R("es", "acknowledged", "guiaca.example", GC, "Re: Solicitud CPL-2209",
  "Buenos días,\n\nUna vez que se eliminen los datos de la señora le enviaremos la confirmación. El trámite puede "
  "tardar hasta 30 días.\n\nGuía Centroamericana")
R("es", "unsure", "guiaca.example", GC, "Re: Solicitud CPL-2210",
  "Estimados:\n\nSi los datos fueran de la persona indicada, los eliminaríamos; sin embargo, el registro que "
  "encontramos corresponde a otra persona con el mismo nombre, de San Miguel, El Salvador. No se hizo ningún cambio.\n\n"
  "Guía Centroamericana")
R("es", "acknowledged", "registroabierto.example", RA, "Radicado RA-2026-00871",
  "Señores Clínica Puentes Legales:\n\nSu reclamo fue radicado con el número RA-2026-00871 y se encuentra en trámite. "
  "Le daremos respuesta dentro de los 15 días hábiles siguientes, conforme a la Ley 1581 de 2012.\n\nRegistro Abierto S.A.S.",
  headers=["Auto-Submitted: auto-generated"])
R("es", "extended", "registroabierto.example", RA, "Radicado RA-2026-00871 - prórroga",
  "Señores:\n\nNo es posible atender su reclamo dentro del término inicial. Le informamos que será resuelto dentro de "
  "los ocho (8) días hábiles siguientes al vencimiento del primer término.\n\nRegistro Abierto S.A.S.")
R("es", "refused", "registroabierto.example", RA, "Radicado RA-2026-00871 - respuesta",
  "Señores:\n\nSu solicitud de supresión no procede: los datos provienen de registros públicos de la Rama Judicial. "
  "Podrán acudir a la Superintendencia de Industria y Comercio.", reason="public records")
R("es", "confirmed", "registroabierto.example", RA, "Radicado RA-2026-00902 - respuesta",
  "Señores:\n\nAtendiendo su reclamo, procedimos a suprimir los datos personales de su representado de nuestras bases "
  "de datos. La supresión fue efectiva el 12 de noviembre de 2026.\n\nRegistro Abierto S.A.S.", form="alt", cte="quoted-printable")
R("es", "needs_info", "buscagente.example", BG, "Re: Solicitud CPL-2215",
  "Hola,\n\nEncontramos varios registros que coinciden con el nombre que nos envió:\n- María Guadalupe Flores, Dallas TX\n"
  "- Guadalupe Flores Mejía, Houston TX\n- Lupe Flores, Austin TX\n\n¿Cuál de ellos es el de su clienta? No eliminaremos "
  "ninguno hasta que nos responda.\n\nSoporte BuscaGente")
R("es", "unsure", "buscagente.example", BG, "Re: Solicitud CPL-2216",
  "Hola,\n\nEliminamos 2 de los 3 perfiles. El tercero (buscagente.example/p/jose-ramirez-ortega/TX) viene de un "
  "registro público de propiedad y sigue publicado.\n\nSoporte BuscaGente")
R("es", "unsure", "datosclaros.example", DC, "Re: Solicitud ARCO DC-3317",
  "Estimados:\n\nEl perfil fue suprimido de nuestro buscador por un periodo de 3 años. Al terminar ese plazo podría "
  "volver a mostrarse si la información sigue en fuentes públicas.\n\nDatos Claros")
R("es", "unsure", "buscagente.example", BG, "Re: Solicitud CPL-2218",
  "Hola,\n\nEl perfil se dio de baja, pero le advertimos que nuestros datos se actualizan cada mes y es posible que "
  "aparezca un perfil nuevo con la misma información. Le recomendamos revisar en 30 días.")
R("es", "acknowledged", "datosclaros.example", DC, "Re: Solicitud ARCO DC-3319",
  "Buen día,\n\nGracias por su correo:\n\n" + quote("Solicitamos que eliminen y den de baja todos sus datos personales. Los "
  "datos han sido eliminados y dados de baja, según nos confirmaron por teléfono.") +
  "\n\nTurnamos su solicitud al área correspondiente.\n\nDatos Claros")
R("es", "unsure", "guiaca.example", ("Guía Centroamericana Ventas", "ventas@guiaca.example"), "Re: Solicitud CPL-2220",
  "Hola, este es el departamento de ventas. No manejamos solicitudes de privacidad; por favor escriba a "
  "datos@guiaca.example. No reenviamos su mensaje.")
R("es", "unsure", "ibericadatos.example", IB, "RE: RE: Ejercicio del derecho de supresión",
  "Muy señores nuestros:\n\nRectificamos nuestro correo anterior: por un error, la supresión comunicada el día 20 no "
  "llegó a ejecutarse. Sus datos siguen en nuestros ficheros mientras se revisa la documentación.\n\n"
  "> hemos suprimido los datos personales de su representada", charset="iso-8859-15", cte="quoted-printable")
R("es", "unsure", "listincaribe.example", LC, "Re: Solicitud CPL-2222",
  "Saludos,\n\nSu solicitud no será cancelada; seguimos trabajando en ella y le escribiremos cuando sepamos si se "
  "pueden eliminar los datos.")
R("es", "acknowledged", "buscagente.example", BG, "Re: Solicitud CPL-2223",
  "Hola,\n\nRecibimos su solicitud. Vamos a dar de baja el perfil en los próximos días.\n\nSoporte BuscaGente", flowed=True)
R("es", "confirmed", "guiaca.example", GC, "Re: Solicitud CPL-2224",
  "Estimados,\n\nConfirmamos que se eliminó el registro de don Santos Chávez Pérez de nuestra guía y de nuestras bases de "
  "datos.\n\nGuía Centroamericana", charset="windows-1252", cte="8bit")
R("es", "refused", "buscagente.example", BG, "Re: Solicitud CPL-2225",
  "Hola,\n\nSolo podemos atender solicitudes hechas directamente por la persona titular de los datos. No aceptamos "
  "solicitudes de abogados, clínicas ni representantes.", reason="agent not accepted")
R("es", "needs_info", "registroabierto.example", RA, "Radicado RA-2026-00930 - reclamo incompleto",
  "Señores:\n\nSu reclamo está incompleto: falta el poder especial otorgado por el titular. Tienen cinco (5) días "
  "hábiles para subsanarlo; si pasan dos meses sin que lo hagan, se entenderá que desistieron.")
R("es", "verify_link", "buscagente.example", ("BuscaGente", "no-reply@buscagente.example"), "Confirme su solicitud",
  "Para terminar, confirme su solicitud con el siguiente enlace. El enlace vence en 24 horas.\n\n"
  "[Confirmar solicitud](https://buscagente.example/baja/confirmar?t=mX02aa)\n\n"
  "[Cancelar suscripción](https://buscagente.example/cancelar-suscripcion)", link="https://buscagente.example/baja/confirmar?t=mX02aa",
  form="alt", cte="quoted-printable")
R("es", "verify_link", "datosclaros.example", ("Datos Claros", "no-reply@datosclaros.example"), "Su código de verificación",
  "Su código de verificación es 730 118. Escríbalo en la página de baja. Vence en 15 minutos.", charset="us-ascii",
  codec="utf-8", cte="8bit")
R("es", "refused", "listincaribe.example", LC, "Re: Solicitud CPL-2229",
  "Saludos,\n\nPara eliminar un perfil cobramos una tarifa de $49.99. Puede pagar aquí: "
  "[pagar](https://pagos.listincaribe.example/eliminar?id=3318). Después del pago eliminaremos el perfil.",
  reason="removal only for a fee", form="alt")
R("es", "unsure", "buscagente.example", BG, "Re: Solicitud CPL-2230",
  "Hola,\n\nDimos de baja el perfil de José Ramírez de Laredo, TX. Si su cliente es otra persona, avísenos.\n\n"
  + quote(letter("CPL-2230", "José Luis Ramírez Ortega (El Paso, TX)", "es")))
R("es", "confirmed", "datosclaros.example", ("Toño de Datos Claros", "antonio.r@datosclaros.example"), "Re: Solicitud ARCO DC-3331",
  "Ya quedó, lo dimos de baja y borramos el perfil.\n\nEnviado desde mi celular")
R("es", "unsure", "ibericadatos.example", IB, "Ejercicio del derecho de acceso",
  "Muy señores nuestros:\n\nEn respuesta a su solicitud le adjuntamos la relación de los datos que tratamos sobre su "
  "representada, conforme al derecho de acceso.", form="pdf",
  pdf=["Iberica Datos S.L. - Derecho de acceso", "Datos tratados: nombre, domicilio, telefono.", "Origen: guias publicas."])
R("es", "confirmed", "ibericadatos.example", IB, "Resolución de su solicitud",
  "Adjuntamos la resolución de su solicitud.", form="pdf",
  pdf=["Iberica Datos S.L.", "Resolucion: hemos suprimido todos los datos personales", "de su representada de nuestros ficheros.",
       "Fecha de supresion: 16 de noviembre de 2026."])
R("es", "unsure", "guiaca.example", GC, "Re: Solicitud CPL-2234", "Le enviamos adjunta la respuesta escaneada.", form="png")
R("es", "needs_id", "guiaca.example", GC, "Re: Solicitud CPL-2235",
  "Estimados:\n\nAntes de suprimir la información necesitamos confirmar la identidad de la titular: envíen copia de su "
  "DUI o pasaporte y una fotografía sosteniendo el documento.")
R("es", "bounce", "guiaca.example", ("Mail Delivery Subsystem", "mailer-daemon@mx2.puenteslegales.example"),
  "Mensaje no entregado", "No se pudo entregar su mensaje a datos@guiaca.example.\n\nEl servidor respondió: "
  "550 5.1.1 El buzón no existe.", form="bounce", mta="mx2.puenteslegales.example", rcpt="datos@guiaca.example",
  status="5.1.1", diag="550 5.1.1 mailbox unavailable")
R("es", "auto_reply", "datosclaros.example", ("Lic. Mariana Ocampo", "m.ocampo@datosclaros.example"), "Respuesta automática: Solicitud ARCO",
  "Estaré fuera de la oficina hasta el 6 de enero. Para solicitudes ARCO escriba a privacidad@datosclaros.example.",
  headers=["Auto-Submitted: auto-replied"], charset="iso-8859-1", cte="quoted-printable")
R("es", "extended", "datosclaros.example", DC, "Solicitud ARCO DC-3339 - ampliación de plazo",
  "Estimados:\n\nConforme a la ley, ampliamos por un periodo igual el plazo de 20 días para responder su solicitud de "
  "cancelación, por así justificarlo las circunstancias del caso.")
R("es", "unsure", "buscagente.example", BG, "Re: Solicitud CPL-2240",
  "Hola, su solicitud ha sido procesada.\n\nSoporte BuscaGente", form="alt",
  html_body="Hola, su solicitud ha sido procesada y el perfil fue eliminado.\n\nSoporte BuscaGente")
R("es", "confirmed", "listincaribe.example", LC, "Re: Solicitud CPL-2241",
  "Saludos,\n\nLe confirmamos que los datos de la Sra. Yokasta Rosario Peña fueron eliminados de nuestro directorio y de "
  "nuestras bases. No volverán a publicarse.", form="smime")
R("es", "needs_info", "ibericadatos.example", IB, "Su solicitud",
  "Muy señores nuestros:\n\nPara tramitar la supresión como representantes necesitamos un documento firmado por la "
  "interesada que les autorice expresamente. Sin él, solo podremos tratar directamente con ella.")
R("es", "unsure", "registroabierto.example", RA, "Radicado RA-2026-00944",
  "Señores:\n\nEliminamos el dato de teléfono del titular. Los demás datos (nombre, dirección, cédula) se conservan "
  "por tener origen en fuentes públicas.")
R("es", "verify_link", "buscagente.example bg-correo.example", ("BuscaGente", "no-reply@bg-correo.example"), "Nuevo enlace de confirmación",
  "El enlace anterior venció. Use este nuevo enlace, que reemplaza al anterior:\n\n"
  "[Confirmar baja](https://t.bg-correo.example/r?u=https%3A%2F%2Fbuscagente.example%2Fbaja%2Fconfirmar%3Ft%3Dq91)\n\n"
  "No use enlaces de buscagente-soporte.example.", link="https://t.bg-correo.example/r?u=https%3A%2F%2Fbuscagente.example%2Fbaja%2Fconfirmar%3Ft%3Dq91",
  form="html")
R("es", "refused", "datosclaros.example", DC, "Respuesta a su solicitud ARCO DC-3345",
  "Estimados:\n\nLa cancelación no procede porque los datos son necesarios para cumplir obligaciones legales del "
  "responsable (artículo 26 de la ley). Pueden acudir ante la autoridad de protección de datos.",
  reason="exempt (legal obligation)")
R("es", "confirmed", "guiaca.example", ("Guía Centroamericana", "datos@guiaca.example"), "Re: Re: Solicitud CPL-2224",
  "Buenas tardes,\n\nSí, confirmamos otra vez: el registro fue eliminado y no aparece en la guía ni en la base de "
  "datos. Disculpe la demora en responder.\n\n> ¿Pueden confirmar que el registro ya no existe?")
R("es", "other", "buscagente.example", ("BuscaGente", "noticias@buscagente.example"), "¡Encuentra a cualquier persona!",
  "Busca teléfonos, direcciones y antecedentes. 30% de descuento este mes.\n\n[Buscar ahora](https://buscagente.example/ofertas)\n\n"
  "[Darse de baja de estos correos](https://buscagente.example/cancelar-suscripcion)", form="html", cte="quoted-printable")
R("es", "acknowledged", "datosclaros.example", DC, "Re: Solicitud ARCO DC-3348",
  "Estimados:\n\nSus datos fueron bloqueados y no se mostrarán a terceros mientras se revisa su solicitud de cancelación.")
R("es", "acknowledged", "registroabierto.example", RA, "Radicado RA-2026-00951",
  "Señores:\n\nHemos recibido el poder especial. Su reclamo queda en trámite y los datos quedan marcados con la leyenda "
  "\"reclamo en trámite\" mientras se resuelve.")
R("es", "unsure", "listincaribe.example", LC, "Re: Solicitud CPL-2250",
  "Hola, cancelamos la solicitud porque no recibimos la identificación dentro del plazo. Puede enviar una nueva.")
R("es", "confirmed", "buscagente.example", BG, "Re: Solicitud CPL-2251",
  "Hola,\n\nEliminamos los 3 perfiles de su clienta (Dallas, Houston y Austin) y sus datos de nuestras bases.\n\n"
  "Soporte BuscaGente", charset="windows-1252", cte="quoted-printable")
R("es", "refused", "ibericadatos.example", IB, "Su solicitud",
  "Muy señores nuestros:\n\nNo atendemos solicitudes remitidas por terceros sin acreditar la representación. Hemos "
  "archivado su escrito.", reason="agent not accepted")

# ---- Portuguese, Haitian Creole, French ---------------------------------------------------------------

PB = ("Busca Brasil Dados", "privacidade@buscabrasil.example")
R("pt", "confirmed", "buscabrasil.example", PB, "Re: Solicitação de exclusão",
  "Prezados,\n\nInformamos que os dados pessoais da titular foram excluídos de nossa base e o perfil foi removido, "
  "nos termos do art. 18, VI, da LGPD.\n\nEncarregado de Dados\nBusca Brasil", charset="iso-8859-1", cte="quoted-printable")
R("pt", "acknowledged", "buscabrasil.example", PB, "Re: Solicitação de exclusão",
  "Prezados,\n\nRecebemos sua solicitação. Os dados serão excluídos em até 15 dias.\n\nBusca Brasil")
R("pt", "needs_info", "buscabrasil.example", PB, "Re: Solicitação de exclusão",
  "Prezados,\n\nExcluiríamos os dados, mas precisamos de uma procuração assinada pela titular autorizando a clínica a "
  "agir em seu nome.\n\nBusca Brasil")
R("pt", "unsure", "buscabrasil.example", PB, "Re: Solicitação de exclusão",
  "Prezados,\n\nRemovemos 1 dos 2 perfis. O outro perfil tem origem em diário oficial e permanece publicado.")
R("pt", "unsure", "buscabrasil.example", PB, "Re: Re: Solicitação de exclusão",
  "Prezados,\n\nCorrigindo a mensagem anterior: a exclusão não foi concluída. Os dados continuam em nossa base enquanto "
  "a documentação é analisada.\n\n> os dados pessoais da titular foram excluídos", form="alt")
R("pt", "needs_id", "buscabrasil.example", PB, "Re: Solicitação de exclusão",
  "Para que possamos excluir os dados, a titular precisa enviar cópia do RG ou CNH e uma selfie segurando o documento.")
R("pt", "verify_link", "buscabrasil.example", ("Busca Brasil", "nao-responda@buscabrasil.example"), "Confirme sua solicitação",
  "Confirme sua solicitação clicando no link abaixo. O link expira em 48 horas.\n\n"
  "[Confirmar](https://buscabrasil.example/lgpd/confirmar/ee41)\n\n[Descadastrar](https://buscabrasil.example/descadastrar)",
  link="https://buscabrasil.example/lgpd/confirmar/ee41", form="alt", charset="iso-8859-1", cte="quoted-printable")
R("pt", "refused", "buscabrasil.example", PB, "Re: Solicitação de exclusão",
  "Prezados,\n\nNão excluiremos os dados: eles são conservados para cumprimento de obrigação legal (art. 16 da LGPD). "
  "Os senhores podem peticionar à ANPD.", reason="exempt (legal obligation)")
R("pt", "confirmed", "buscabrasil.example", ("Rafa - Busca Brasil", "rafael@buscabrasil.example"), "Re: Solicitação",
  "Pronto, já excluí o cadastro dela.\n\nEnviado do meu celular\n\n" + quote(letter("CPL-3109", "Maria das Graças Souza", "pt")))

AK = ("Anyè Kominote", "sipo@anyekom.example")
R("ht", "confirmed", "anyekom.example", AK, "Re: Demann pou efase done",
  "Bonjou,\n\nNou efase tout enfòmasyon pèsonèl kliyan ou an nan baz done nou an epi nou retire paj li a.\n\nAnyè Kominote")
R("ht", "acknowledged", "anyekom.example", AK, "Re: Demann pou efase done",
  "Bonjou,\n\nNou resevwa demann ou an. N ap efase enfòmasyon yo nan 30 jou.\n\nAnyè Kominote")
R("ht", "needs_info", "anyekom.example", AK, "Re: Demann pou efase done",
  "Bonjou,\n\nNou jwenn plizyè dosye ki gen menm non an. Ki youn ki pou kliyan ou an? Voye adrès li oswa lyen paj la.")
R("ht", "unsure", "anyekom.example", AK, "Re: Demann pou efase done",
  "Bonjou,\n\nNou pa t kapab efase done yo paske nou pa jwenn pèmisyon siyen kliyan an.", flowed=True)
R("ht", "refused", "anyekom.example", AK, "Re: Demann pou efase done",
  "Bonjou,\n\nNou sèlman travay dirèkteman ak moun nan. Nou pa aksepte demann ki soti nan avoka oswa klinik.",
  reason="agent not accepted")
R("ht", "verify_link", "anyekom.example", ("Anyè Kominote", "pa-reponn@anyekom.example"), "Konfime demann ou",
  "Klike sou lyen sa a pou konfime demann ou. Lyen an ekspire nan 24 èdtan.\n\n"
  "[Konfime](https://anyekom.example/konfime/5b2c)", link="https://anyekom.example/konfime/5b2c", form="alt")

AQ = ("Annuaire Québec Plus", "confidentialite@annuaireqc.example")
R("fr", "confirmed", "annuaireqc.example", AQ, "Votre demande de suppression",
  "Bonjour,\n\nNous avons supprimé les renseignements personnels de votre cliente et retiré sa fiche de notre annuaire.\n\n"
  "Responsable de la protection des renseignements personnels", charset="iso-8859-15", cte="quoted-printable")
R("fr", "acknowledged", "annuaireqc.example", AQ, "Accusé de réception",
  "Bonjour,\n\nNous accusons réception de votre demande. Nous y répondrons dans un délai de 30 jours.",
  headers=["Auto-Submitted: auto-replied"], charset="windows-1252", cte="8bit")
R("fr", "needs_info", "annuaireqc.example", AQ, "Votre demande",
  "Bonjour,\n\nNous supprimerions la fiche volontiers, mais il nous faut une procuration signée par la personne concernée.")
R("fr", "unsure", "annuaireqc.example", AQ, "Votre demande",
  "Bonjour,\n\nLa fiche sera masquée pendant 3 ans. Elle pourra réapparaître ensuite si les données figurent toujours "
  "dans des sources publiques.")
R("fr", "refused", "annuaireqc.example", AQ, "Votre demande",
  "Bonjour,\n\nNous ne pouvons donner suite : les renseignements proviennent d'un registre public. Vous pouvez vous "
  "adresser à la Commission d'accès à l'information.", reason="public records")
R("fr", "extended", "annuaireqc.example", AQ, "Prolongation du délai",
  "Bonjour,\n\nNous prolongeons de 20 jours le délai de réponse à votre demande de suppression, comme la loi le permet.",
  form="alt", cte="quoted-printable")

# ---- Vietnamese, Chinese, Korean, Japanese, Tagalog, Arabic, Russian, Ukrainian -------------------------------

TV = ("Tra Cứu Việt", "baomat@tracuuviet.example")
R("vi", "confirmed", "tracuuviet.example", TV, "Re: Yêu cầu xóa dữ liệu",
  "Kính gửi Quý vị,\n\nChúng tôi đã xóa toàn bộ dữ liệu cá nhân của khách hàng của Quý vị và gỡ hồ sơ khỏi trang web.\n\nTra Cứu Việt")
R("vi", "acknowledged", "tracuuviet.example", TV, "Re: Yêu cầu xóa dữ liệu",
  "Kính gửi Quý vị,\n\nChúng tôi đã nhận được yêu cầu. Dữ liệu sẽ được xóa trong vòng 72 giờ.")
R("vi", "needs_info", "tracuuviet.example", TV, "Re: Yêu cầu xóa dữ liệu",
  "Chúng tôi tìm thấy nhiều hồ sơ trùng tên Trần Thị Lan. Vui lòng cho biết hồ sơ nào là của khách hàng (địa chỉ hoặc đường dẫn).")
R("vi", "unsure", "tracuuviet.example", TV, "Re: Yêu cầu xóa dữ liệu",
  "Chúng tôi đã xóa 2 trong 3 hồ sơ. Hồ sơ thứ ba vẫn được hiển thị vì lấy từ nguồn công khai.", form="alt")
R("vi", "verify_link", "tracuuviet.example", ("Tra Cứu Việt", "khong-tra-loi@tracuuviet.example"), "Xác nhận yêu cầu",
  "Vui lòng xác nhận yêu cầu bằng đường dẫn sau. Đường dẫn hết hạn sau 24 giờ.\n\n"
  "[Xác nhận](https://tracuuviet.example/xac-nhan/77ab)\n\n[Hủy đăng ký](https://tracuuviet.example/huy-dang-ky)",
  link="https://tracuuviet.example/xac-nhan/77ab", form="alt", cte="base64")

HZ = ("华人查询网", "privacy@huarenchaxun.example")
R("zh", "confirmed", "huarenchaxun.example", HZ, "回复：删除个人信息请求",
  "您好：\n\n我们已删除您委托人的全部个人信息，并已下架其资料页面。\n\n华人查询网 隐私团队", charset="gb2312", cte="base64")
R("zh", "unsure", "huarenchaxun.example", HZ, "回复：删除个人信息请求",
  "您好：\n\n该资料已隐藏三年，期满后如信息仍在公开来源中，可能会重新显示。", charset="gb2312", cte="8bit")
R("zh", "needs_id", "huarenchaxun.example", HZ, "回复：删除个人信息请求",
  "您好：\n\n为核实身份，请本人提供带照片的身份证件复印件。代理人无法代为完成此步骤。", charset="gb2312", cte="base64")
R("zh", "refused", "taiwanlookup.example", ("台灣查詢網", "privacy@taiwanlookup.example"), "回覆：刪除請求",
  "您好：\n\n本公司僅受理當事人本人提出之申請，不受理代理人或律師之請求。", reason="agent not accepted", charset="big5", cte="base64")
R("zh", "acknowledged", "taiwanlookup.example", ("台灣查詢網", "privacy@taiwanlookup.example"), "回覆：刪除請求",
  "您好：\n\n我們已收到您的請求，將於三十日內刪除相關資料。", charset="big5", cte="8bit")

HK = ("한인찾기", "privacy@hanin-find.example")
R("ko", "confirmed", "hanin-find.example", HK, "회신: 개인정보 삭제 요청",
  "안녕하십니까.\n\n의뢰인의 개인정보를 모두 삭제하였으며 프로필 페이지도 삭제되었습니다.\n\n한인찾기 개인정보보호팀",
  charset="euc-kr", cte="base64")
R("ko", "extended", "hanin-find.example", HK, "회신: 개인정보 삭제 요청",
  "안녕하십니까.\n\n정당한 사유로 인해 처리 기한을 연장하게 되었음을 알려드립니다. 12월 20일까지 회신드리겠습니다.",
  charset="euc-kr", cte="8bit")
R("ko", "needs_info", "hanin-find.example", HK, "회신: 개인정보 삭제 요청",
  "동일한 이름의 기록이 여러 건 있습니다. 의뢰인의 주소 또는 프로필 링크를 알려주시면 해당 기록만 삭제하겠습니다.",
  charset="euc-kr", cte="base64")
R("ko", "unsure", "hanin-find.example", HK, "회신: 개인정보 삭제 요청",
  "요청하신 내용 중 전화번호만 삭제되었습니다. 이름과 주소는 공개된 자료이므로 계속 게시됩니다.", charset="utf-8", cte="base64")
R("ko", "verify_link", "hanin-find.example", ("한인찾기", "noreply@hanin-find.example"), "요청 확인",
  "아래 링크를 눌러 요청을 확인해 주십시오. 링크는 24시간 후 만료됩니다.\n\n[요청 확인](https://hanin-find.example/confirm/k9d1)",
  link="https://hanin-find.example/confirm/k9d1", form="alt", charset="euc-kr", cte="base64")

NJ = ("日系ルックアップ", "privacy@nikkei-lookup.example")
R("ja", "confirmed", "nikkei-lookup.example", NJ, "Re: 個人情報削除のご依頼",
  "ご依頼の方の個人情報をすべて削除し、掲載ページも削除いたしました。", charset="shift_jis", cte="base64")
R("ja", "acknowledged", "nikkei-lookup.example", NJ, "Re: 個人情報削除のご依頼",
  "ご依頼を受け付けました。30日以内に削除いたします。", charset="iso-2022-jp", cte="7bit")

PH = ("Hanap Pinoy", "privacy@hanappinoy.example")
R("tl", "confirmed", "hanappinoy.example", PH, "Re: Request to delete",
  "Magandang araw po,\n\nNabura na po namin ang lahat ng personal na impormasyon ng inyong kliyente at tinanggal na ang "
  "kanyang profile.\n\nHanap Pinoy")
R("tl", "needs_info", "hanappinoy.example", PH, "Re: Request to delete",
  "Hello po, marami pong records na may parehong pangalan. Alin po dito ang sa client ninyo? Please send the city or "
  "the profile link po.")
R("tl", "unsure", "hanappinoy.example", PH, "Re: Request to delete",
  "Hi po, na-remove na po namin yung listing ni Maria Santos sa Daly City. Yung iba pong listings ay hindi po sa kanya.")
R("tl", "acknowledged", "hanappinoy.example", PH, "Re: Request to delete",
  "Natanggap po namin ang inyong request. Buburahin po namin ang datos sa loob ng 30 araw.")
R("tl", "refused", "hanappinoy.example", PH, "Re: Request to delete",
  "Pasensya na po, ang may-ari lamang ng datos ang maaaring mag-request. Hindi po kami tumatanggap ng request mula sa "
  "abogado o klinika.", reason="agent not accepted")

DA = ("دليل الجالية", "privacy@daleel-aljalia.example")
R("ar", "confirmed", "daleel-aljalia.example", DA, "رد: طلب حذف البيانات",
  "تحية طيبة،\n\nتم حذف جميع البيانات الشخصية لموكلتكم وإزالة صفحتها من الدليل.\n\nدليل الجالية", charset="windows-1256", cte="base64")
R("ar", "needs_info", "daleel-aljalia.example", DA, "رد: طلب حذف البيانات",
  "تحية طيبة،\n\nيرجى إرسال تفويض موقّع من صاحبة البيانات يخوّلكم التصرف نيابة عنها قبل أن نحذف أي بيانات.",
  charset="windows-1256", cte="8bit")
R("ar", "unsure", "daleel-aljalia.example", DA, "رد: طلب حذف البيانات",
  "تم حذف السجل الخاص بفاطمة السيد في ديربورن. السجل الآخر يخص شخصاً آخر ولم يتم تغييره.", charset="utf-8", cte="base64")
R("ar", "auto_reply", "daleel-aljalia.example", ("مكتب الخصوصية", "office@daleel-aljalia.example"), "رد آلي",
  "شكراً لرسالتكم. المكتب مغلق حتى 5 يناير. سنرد عند عودتنا.", headers=["Auto-Submitted: auto-replied"],
  charset="windows-1256", cte="quoted-printable")

RP = ("РусПоиск", "privacy@ruspoisk.example")
R("ru", "confirmed", "ruspoisk.example", RP, "Re: Запрос на удаление данных",
  "Здравствуйте!\n\nПерсональные данные вашей доверительницы удалены из нашей базы, страница профиля снята с публикации.",
  charset="koi8-r", cte="8bit")
R("ru", "unsure", "ruspoisk.example", RP, "Re: Запрос на удаление данных",
  "Здравствуйте!\n\nДанные будут удалены после того, как доверительница лично подтвердит запрос. Пока профиль остаётся "
  "опубликованным.", charset="windows-1251", cte="base64")
R("ru", "refused", "ruspoisk.example", RP, "Re: Запрос на удаление данных",
  "Здравствуйте!\n\nМы не принимаем запросы от представителей. Субъект данных должен обратиться лично.",
  reason="agent not accepted", charset="koi8-r", cte="quoted-printable")
R("ru", "bounce", "ruspoisk.example", ("Mail Delivery System", "MAILER-DAEMON@mx1.lakeshore-legal.example"),
  "Undelivered Mail Returned to Sender",
  "Сообщение не доставлено: адрес privacy@ruspoisk.example не существует.", form="bounce", charset="koi8-r", cte="8bit",
  mta="mx1.lakeshore-legal.example", rcpt="privacy@ruspoisk.example", status="5.1.1", diag="550 5.1.1 no such user")

UD = ("УкрДовідка", "privacy@ukrdovidka.example")
R("uk", "confirmed", "ukrdovidka.example", UD, "Re: Запит на видалення даних",
  "Добрий день!\n\nПерсональні дані пані Катерини Бондаренко видалено з нашої бази, профіль більше не публікується.",
  charset="koi8-u", cte="8bit")
R("uk", "needs_id", "ukrdovidka.example", UD, "Re: Запит на видалення даних",
  "Добрий день!\n\nЩоб видалити дані, потрібна копія паспорта особи. Представник не може надати її замість неї.",
  charset="koi8-u", cte="base64")
R("uk", "unsure", "ukrdovidka.example", UD, "Re: Запит на видалення даних",
  "Добрий день!\n\nПрофіль приховано на 3 роки. Після цього він може знову з'явитися.", charset="windows-1251", cte="8bit")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
