"""Assemble set S (tests/replies/sets): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/sets/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set S is modelled on the senders a clinic's letters reach and the way they answer: help desks
(Zendesk's "reply above this line" and "solved" mails with satisfaction buttons, Freshdesk, Help
Scout, Zoho Desk, Salesforce's "case closed", Jira Service Management), people-search brands and
their parent companies' suppression answers, public-records and risk-data vendors that suppress only
for those who qualify, jail-booking feeds, the US states' laws beyond California (denials with an
appeal route, appeals decided, codes sent by SMS), California's DROP, credit bureaus under the FCRA.
It is weighted to what decides a client's case and a careless reader gets wrong. Every name,
address, domain and number is invented; domains end in ``.example``, machines' addresses are RFC
5737's.

The body markup is set Q's and set R's (the first 120 lines of ../setr/build.py were read; the MIME
assembly below is written anew):

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer.

``form``: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML; ``html_body`` when the HTML says
more), ``fwd`` (a text and an earlier mail attached as message/rfc822), ``bounce`` (a delivery
report with our letter or its headers attached).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, anchors as _anchors, flowed)  # noqa: E402

HERE = Path(__file__).resolve().parent
START = datetime(2026, 11, 3, 8, 12, tzinfo=timezone.utc)
CLINIC = ("Centro Comunitario Puente Legal", "bajas@puentelegal.example")
CLINIC_EN = ("Riverbend Immigrant Legal Services", "privacy@riverbend-ils.example")
REPLIES: list[dict[str, object]] = []


# -- text (set Q's and R's markup) -----------------------------------------------------------------


def html_of(body: str, quoted: str = "", charset: str = "utf-8", pre: str = "", hidden: str = "",
            track: str = "", quote: str = "gmail") -> str:
    """An HTML body: paragraphs, a preheader hidden by CSS, other CSS-hidden text, a tracking pixel
    and the quoted mail as Gmail (``gmail_quote``) or Outlook (``divRplyFwdMsg``) marks it."""
    paras = ["<p>" + _anchors(p).replace("\n", "<br>\n") + "</p>" for p in body.strip().split("\n\n")]
    q = ""
    if quoted and quote == "outlook":
        q = ('\n<div id="appendonsend"></div><hr style="display:inline-block;width:98%">\n<div id="divRplyFwdMsg" dir="ltr">'
             + _esc(quoted.strip()).replace("\n", "<br>\n") + "</div>")
    elif quoted:
        attr, _, rest = quoted.strip().partition("\n")
        if not attr.endswith(("wrote:", "escribió:")):
            attr, rest = "", quoted.strip()
        q = ('\n<div class="gmail_quote">' + (f'<div class="gmail_attr">{_esc(attr)}</div>' if attr else "")
             + '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
             + _esc(rest.strip()).replace("\n", "<br>\n") + "</blockquote></div>")
    head = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{_esc(pre)}'
            + "&zwnj;&nbsp;" * 8 + "</div>\n") if pre else ""
    if hidden:
        head += f'<span style="display:none !important;font-size:0;color:#ffffff">{_esc(hidden)}</span>\n'
    img = f'<img src="{_esc(track)}" width="1" height="1" alt="" style="display:block;border:0">\n' if track else ""
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '</head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + head + "\n".join(paras) + q + "\n" + img + "</body></html>\n")


def cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258 as Windows writes it: a precomposed letter where the code page has
    one, else its base letter (composed with what the code page holds) and combining tone marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        rest = []
        for m in marks:
            both = unicodedata.normalize("NFC", base + m)
            if len(both) == 1:
                try:
                    both.encode("cp1258")
                    base = both
                    continue
                except UnicodeEncodeError:
                    pass
            rest.append(m)
        out += (base + "".join(rest)).encode("cp1258")
    return bytes(out)


def encode(text: str, charset: str) -> bytes:
    return cp1258(text) if charset == "windows-1258" else text.encode(charset)


# -- our letters, as the replies quote them -----------------------------------------------------

def letter_en(ref: str, client: str, broker: str) -> str:
    return (f"To the privacy team of {broker}:\n\n"
            f"Riverbend Immigrant Legal Services writes as the authorised agent of {client}. Under the "
            "applicable state privacy law, please delete all personal information you hold about our "
            "client, including every listing on your website and any copy you sell or share, and "
            "confirm in writing once the deletion is complete. The signed authorisation is attached.\n\n"
            f"Reference: {ref}\nRiverbend Immigrant Legal Services")


def letter_es(ref: str, client: str, broker: str) -> str:
    return (f"Al equipo de privacidad de {broker}:\n\n"
            f"El Centro Comunitario Puente Legal escribe como agente autorizado de {client}. Conforme a la "
            "ley de privacidad aplicable, les pedimos eliminar toda la información personal que tengan de "
            "nuestra clienta, incluido cualquier perfil en su sitio web y toda copia que vendan o compartan, "
            "y confirmarnos por escrito cuando la eliminación esté completa. Adjuntamos la autorización firmada.\n\n"
            f"Referencia: {ref}\nCentro Comunitario Puente Legal")


def gmail_quote(letter: str, when: str, es: bool = False) -> str:
    who = f"{CLINIC[0]} <{CLINIC[1]}>" if es else f"{CLINIC_EN[0]} <{CLINIC_EN[1]}>"
    head = f"El {when}, {who} escribió:" if es else f"On {when}, {who} wrote:"
    return head + "\n" + "\n".join("> " + line if line else ">" for line in letter.split("\n"))


def outlook_quote(letter: str, when: str, broker_addr: str, subject: str, es: bool = False) -> str:
    who = f"{CLINIC[0]} <{CLINIC[1]}>" if es else f"{CLINIC_EN[0]} <{CLINIC_EN[1]}>"
    if es:
        return (f"________________________________\nDe: {who}\nEnviado: {when}\nPara: {broker_addr}\n"
                f"Asunto: {subject}\n\n{letter}")
    return (f"-----Original Message-----\nFrom: {who}\nSent: {when}\nTo: {broker_addr}\n"
            f"Subject: {subject}\n\n{letter}")


# -- MIME ----------------------------------------------------------------------------------------

def _word(text: str, charset: str = "utf-8") -> str:
    """An RFC 2047 encoded word (B) in ``charset``, split so that no line runs long."""
    if charset == "utf-8" and text.isascii():
        return text
    raw = encode(text, charset)
    words, chunk = [], b""
    for ch in text:
        b = encode(ch, charset)
        if len(chunk) + len(b) > 36:
            words.append(chunk)
            chunk = b""
        chunk += b
    words.append(chunk)
    assert b"".join(words) == raw
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words)


def _addr(name: str, addr: str, charset: str = "utf-8") -> str:
    if name.isascii():
        return f'"{name}" <{addr}>' if any(c in name for c in ",.()") else f"{name} <{addr}>"
    return f"{_word(name, charset)} <{addr}>"


def _payload(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def _leaf(ctype: str, text: str, charset: str, cte: str | None, enc: str | None, params: str = "") -> bytes:
    data = encode(text, enc or charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "8bit"
    head = f'Content-Type: {ctype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + _payload(data, cte)


def _boundary(seed: str, n: int) -> str:
    return f"----=_Part_{n}_{hashlib.sha1(seed.encode()).hexdigest()[:16]}"


def _multi(sub: str, parts: list[bytes], seed: str, n: int, params: str = "") -> bytes:
    b = _boundary(seed, n)
    out = f'Content-Type: multipart/{sub}; boundary="{b}"{params}\n\n'.encode("ascii")
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{b}\n".encode("ascii") + p
    return out + f"\n--{b}--\n".encode("ascii")


def _message(r: dict[str, object], i: int) -> bytes:
    when = START + timedelta(minutes=53 * i)
    name = str(r["file"])
    frm_name, frm_addr = r["frm"]  # type: ignore[misc]
    host = str(frm_addr).split("@")[1]
    to = r.get("to") or (CLINIC if r["lang"] == "es" or r.get("es") else CLINIC_EN)
    m = re.search(r"OPT-S-(\d{3})", f"{r['subject']} {r['body']} {r.get('quoted') or ''}")
    ref = m.group(0) if m else f"OPT-S-{i + 101:03d}"  # the letter it answers, as its subject or quote names it
    head = [
        f"From: {_addr(str(frm_name), str(frm_addr), str(r.get('name_cs') or 'utf-8'))}",
        f"To: {_addr(*to)}",  # type: ignore[misc]
        f"Subject: {_word(str(r['subject']), str(r.get('subject_cs') or 'utf-8'))}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{hashlib.sha1(name.encode()).hexdigest()[:20]}.{i}@{host}>",
    ]
    if not r.get("fresh"):
        head += [f"In-Reply-To: <{ref.lower()}@mail.{str(to[1]).split('@')[1]}>",  # type: ignore[index]
                 f"References: <{ref.lower()}@mail.{str(to[1]).split('@')[1]}>"]  # type: ignore[index]
    head += [str(h) for h in r.get("headers", [])]  # type: ignore[union-attr]
    head.append("MIME-Version: 1.0")
    body = _body(r, i, when, ref)
    return ("\n".join(head) + "\n").encode("ascii") + body


def _body(r: dict[str, object], i: int, when: datetime, ref: str) -> bytes:
    form = r["form"]
    cs, cte, enc = str(r["charset"]), r.get("cte"), r.get("enc")
    text = plain_of(str(r["body"]))
    quoted = str(r.get("quoted") or "")
    params = '; format=flowed' if r.get("flowed") else ""
    plain = text + ("\n" + quoted.strip() + "\n" if quoted else "")
    if r.get("flowed"):
        plain = flowed(plain)
    seed = str(r["file"])
    if form == "plain":
        return _leaf("text/plain", plain, cs, cte, enc, params)  # type: ignore[arg-type]
    html = html_of(str(r.get("html_body") or r["body"]), quoted, str(r.get("html_cs") or cs), str(r.get("pre") or ""),
                   str(r.get("hidden") or ""), str(r.get("track") or ""), str(r.get("quote") or "gmail"))
    hcs, hcte = str(r.get("html_cs") or cs), r.get("html_cte") or cte
    if form == "html":
        return _leaf("text/html", html, hcs, hcte, enc)  # type: ignore[arg-type]
    if form == "alt":
        return _multi("alternative", [_leaf("text/plain", plain, cs, cte, enc, params),  # type: ignore[arg-type]
                                      _leaf("text/html", html, hcs, hcte, enc)], seed, i)  # type: ignore[arg-type]
    if form == "fwd":
        inner = r["inner"]  # dict: frm, to, subject, date, body, charset
        ih = (f"From: {inner['frm']}\nTo: {inner['to']}\nSubject: {_word(inner['subject'])}\n"  # type: ignore[index]
              f"Date: {inner['date']}\nMessage-ID: <{hashlib.sha1(seed.encode()).hexdigest()[:12]}.fwd@"  # type: ignore[index]
              f"{str(inner['frm']).split('@')[1].rstrip('>')}>\nMIME-Version: 1.0\n").encode("ascii")  # type: ignore[index]
        ih += _leaf("text/plain", plain_of(str(inner["body"])), str(inner.get("charset", "utf-8")), None, None)  # type: ignore[index, union-attr]
        att = b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + ih
        return _multi("mixed", [_leaf("text/plain", plain, cs, cte, enc, params), att], seed, i)  # type: ignore[arg-type]
    if form == "bounce":
        rcpt = str(r["rcpt"])
        mta = str(r["mta"])
        status, diag = r["status"]  # type: ignore[misc]
        action = "delayed" if str(status).startswith("4") else "failed"
        dsn = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(when - timedelta(minutes=2))}\n\n"
               f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
               f"Diagnostic-Code: smtp; {diag}\n")
        letter = str(r["letter"])
        es = r["lang"] == "es" or r.get("es")
        sender = CLINIC if es else CLINIC_EN
        orig = (f"From: {_addr(*sender)}\nTo: {rcpt}\nSubject: {_word(str(r['orig_subject']))}\n"
                f"Date: {format_datetime(when - timedelta(minutes=3))}\n"
                f"Message-ID: <{ref.lower()}@mail.{sender[1].split('@')[1]}>\nMIME-Version: 1.0\n").encode("ascii")
        if r.get("headers_only"):
            att = b"Content-Type: text/rfc822-headers\n\n" + orig
        else:
            orig += _leaf("text/plain", letter + "\n", "utf-8", "quoted-printable", None)
            att = b"Content-Type: message/rfc822\n\n" + orig
        parts = [_leaf("text/plain", plain, cs, cte, enc),  # type: ignore[arg-type]
                 b"Content-Type: message/delivery-status\n\n" + dsn.encode("ascii"), att]
        return _multi("report", parts, seed, i, "; report-type=delivery-status")
    raise ValueError(f"{r['file']}: unknown form {form}")


def add(file: str, lang: str, cls: str, frm: tuple[str, str], subject: str, body: str, *, domains: str,
        reason: str = "", link: str = "", form: str = "plain", charset: str = "utf-8", **kw: object) -> None:
    """One reply and its label. ``kw``: cte, enc (the charset the bytes are really in), quoted,
    html_body, html_cs, html_cte, pre, hidden, track, quote (gmail/outlook), flowed, headers, to, es
    (our letter was Spanish), fresh (no In-Reply-To), subject_cs, name_cs, inner (fwd), rcpt, mta,
    status, letter, orig_subject, headers_only (bounce)."""
    assert bool(reason) == (cls == "refused"), file
    REPLIES.append(dict(file=file, lang=lang, cls=cls, frm=frm, subject=subject, body=body, domains=domains,
                        reason=reason, link=link, form=form, charset=charset, **kw))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    names = [str(r["file"]) for r in REPLIES]
    assert len(names) == len(set(names)), "a file name twice"
    for i, r in enumerate(REPLIES):
        (out / str(r["file"])).write_bytes(_message(r, i))
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in REPLIES:
            w.writerow([r["file"], r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])


# -- help-desk chrome ----------------------------------------------------------------------------

ABOVE = "##- Please type your reply above this line -##"
ABOVE_ES = "##- Escriba su respuesta encima de esta línea -##"


def zendesk(host: str, ticket: int, agent: str, text: str, *, solved: bool = False, es: bool = False,
            survey: bool = False) -> str:
    """A Zendesk mail: the reply marker, the status line, the agent's comment, a survey and a footer."""
    out = [ABOVE_ES if es else ABOVE, ""]
    if solved:
        out += [f"Su solicitud ({ticket}) se ha resuelto. Para volver a abrirla, responda a este correo electrónico."
                if es else f"Your request ({ticket}) has been solved. To reopen this request, reply to this email.", ""]
    out += [f"{agent}\n{'Soporte' if es else 'Support'}", "", text.strip(), ""]
    if survey:
        out += ["¿Cómo calificaría la atención recibida?" if es else "How would you rate the support you received?",
                f"[{'Buena, estoy satisfecho' if es else 'Good, I am satisfied'}](https://{host}/requests/{ticket}/satisfaction/good?locale=1)  "
                f"[{'Mala, no estoy satisfecho' if es else 'Bad, I am unsatisfied'}](https://{host}/requests/{ticket}/satisfaction/bad?locale=1)", ""]
    out += [f"[{ticket}:{hashlib.sha1(str(ticket).encode()).hexdigest()[:6].upper()}-{ticket % 97}]",
            "This email is a service from " + host.split(".")[0].capitalize() + " Support."]
    return "\n".join(out)


ZD_HEADERS = ["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"]


# -- the replies ---------------------------------------------------------------------------------
# People (all invented): two surnames, particles, hyphens, apostrophes, family-name-first order.

YQ = "Yesenia Quispe Mamani"
JL = "José Luis de la Cruz Ayala"
MF = "María Fernanda Ortiz-Zelaya"
SO = "Siobhan O'Connell-Ruiz"
NA = "Nkechi Adeyemi-Okoro"
TD = "Tomás D'Alessandro Núñez"
MV = "Marisol van der Berg Herrera"
WJ = "Wisly Jean-Baptiste"
RP = "Rosalinda Dela Peña"
NT = "Nguyễn Thị Thu Hà"
CM = "CHEN Mei-ling"
PJ = "PARK Ji-woo"
OK = "Oksana Kovalenko-Bilyk"
FR = "Fatemeh Rezaei Tabrizi"
AH = "Amal Al-Haddad"
LB = "Luz Belén Xicará Tzoc"


def q_en(n: int, client: str, broker: str, style: str = "gmail", addr: str = "privacy@broker.example") -> str:
    ref = f"OPT-S-{n:03d}"
    letter = letter_en(ref, client, broker)
    if style == "outlook":
        return outlook_quote(letter, "Monday, October 26, 2026 9:14 AM", addr, f"Deletion request {ref}")
    return gmail_quote(letter, "Mon, Oct 26, 2026 at 9:14 AM")


def q_es(n: int, client: str, broker: str, style: str = "gmail", addr: str = "privacy@broker.example") -> str:
    ref = f"OPT-S-{n:03d}"
    letter = letter_es(ref, client, broker)
    if style == "outlook":
        return outlook_quote(letter, "lunes, 26 de octubre de 2026 9:14", addr, f"Solicitud de eliminación {ref}", es=True)
    return gmail_quote(letter, "lun, 26 oct 2026 a las 9:14", es=True)


# ---- English: help desks -----------------------------------------------------------------------

add("en-01.eml", "en", "unsure", ("Hollowpine Support", "support@hollowpine.zendesk.example"),
    "[Hollowpine] Re: Deletion request OPT-S-101",
    zendesk("hollowpine.zendesk.example", 48213, "Dana K.",
            "Hi there,\n\nThanks for reaching out to Hollowpine. We have reviewed your message and are marking "
            "this ticket as solved. If you have any further questions, just reply to this email.",
            solved=True, survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", form="alt", headers=ZD_HEADERS,
    pre="Your request (48213) has been solved.", quoted=q_en(101, YQ, "Hollowpine People Search"))

add("en-02.eml", "en", "confirmed", ("Hollowpine Support", "support@hollowpine.zendesk.example"),
    "[Hollowpine] Re: Deletion request OPT-S-102",
    zendesk("hollowpine.zendesk.example", 48377, "Dana K.",
            "Hello,\n\nWe have deleted the personal information we held about your client, José Luis de la Cruz Ayala, "
            "including the profile at hollowpine.example/p/jose-de-la-cruz-ayala/TX/88214. The profile no longer "
            "appears in search results and the record has been removed from the data we license to others.",
            solved=True, survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", form="alt", headers=ZD_HEADERS,
    pre="Your request (48377) has been solved.")

add("en-03.eml", "en", "acknowledged", ("Tamarack Records Help Center", "help@tamarackrecords.freshdesk.example"),
    "Ticket Received - Deletion request OPT-S-103 [#20931]",
    "Dear Riverbend Immigrant Legal Services,\n\nWe would like to acknowledge that we have received your request "
    "and a ticket has been created. A support representative will be reviewing your request and will send you a "
    "personal response (usually within 3 business days).\n\nTo view the status of the ticket or add comments, "
    "please visit [our support portal](https://tamarackrecords.freshdesk.example/support/tickets/20931).\n\n"
    "Thank you for your patience.\n\nSincerely,\nTamarack Records Support Team",
    domains="tamarackrecords.example tamarackrecords.freshdesk.example", form="alt",
    headers=["X-Freshdesk-Ticket-Id: 20931"])

add("en-04.eml", "en", "unsure", ("Tamarack Records Help Center", "help@tamarackrecords.freshdesk.example"),
    "Ticket Closed - Deletion request OPT-S-104 [#20944]",
    "Dear Riverbend Immigrant Legal Services,\n\nYour ticket #20944 \"Deletion request OPT-S-104\" has been closed.\n\n"
    "We hope that the ticket was resolved to your satisfaction. If you feel that the ticket should not be closed or "
    "if the ticket has not been resolved, please reply to this email.\n\n"
    "[Reopen ticket](https://tamarackrecords.freshdesk.example/support/tickets/20944/reopen)\n\n"
    "Sincerely,\nTamarack Records Support Team",
    domains="tamarackrecords.example tamarackrecords.freshdesk.example", form="alt",
    headers=["X-Freshdesk-Ticket-Id: 20944"], quoted=q_en(104, SO, "Tamarack Records"))

add("en-05.eml", "en", "unsure", ("Corvid Data Privacy", "privacy@corviddata.example"),
    "Case 00488213: Your case has been closed",
    "Hello,\n\nCase Number: 00488213\nSubject: Data deletion - OPT-S-105\nStatus: Closed\n\n"
    "Your case has been closed. If you need further assistance, please open a new case through our "
    "[Privacy Web Form](https://corviddata.example/privacy/webform).\n\nRegards,\nCorvid Data Customer Care\n\n"
    "ref:_00D5e0Tk3._5005e1AbCd:ref",
    domains="corviddata.example", headers=["X-SFDC-LK: 00D5e0000008Tk3", "X-SFDC-User: 0055e000003AbCd"])

add("en-06.eml", "en", "confirmed", ("Corvid Data Privacy", "privacy@corviddata.example"),
    "Case 00488240: Your case has been closed",
    "Hello,\n\nCase Number: 00488240\nSubject: Data deletion - OPT-S-106\nStatus: Closed - Completed\n\n"
    "Resolution: As requested, we have deleted the personal information associated with Nkechi Adeyemi-Okoro "
    "from our marketing and people-search databases. This deletion is permanent.\n\nRegards,\nCorvid Data Customer Care\n\n"
    "ref:_00D5e0Tk3._5005e1EfGh:ref",
    domains="corviddata.example", headers=["X-SFDC-LK: 00D5e0000008Tk3"])

add("en-07.eml", "en", "acknowledged", ("Ledgerline via Help Scout", "privacy@ledgerline.example"),
    "Re: Deletion request OPT-S-107",
    "Hi there,\n\nThanks for getting in touch. This is a quick note to let you know we got your message and a member of "
    "our privacy team will get back to you soon. Our normal reply time is two business days.\n\n"
    "In the meantime, you may find answers in our [Help Center](https://ledgerline.helpscoutdocs.example/).\n\n"
    "Ledgerline Privacy",
    domains="ledgerline.example ledgerline.helpscoutdocs.example", form="alt",
    headers=["X-HelpScout-Conversation-Id: 2219384", "Auto-Submitted: auto-replied"])

add("en-08.eml", "en", "refused", ("Ledgerline Privacy", "privacy@ledgerline.example"),
    "Re: Deletion request OPT-S-108",
    "Hi,\n\nThanks for your patience. Ledgerline is a consumer reporting agency and the records we maintain about "
    "Tomás D'Alessandro Núñez are furnished and used for purposes governed by the Fair Credit Reporting Act. Because "
    "that data is exempt from state privacy laws' deletion rights, we are unable to delete it.\n\nIf you believe "
    "something in your client's file is inaccurate, your client may dispute it with us and we will reinvestigate "
    "within 30 days.\n\nBest,\nRowan\nLedgerline Privacy",
    domains="ledgerline.example", reason="exempt (FCRA)", form="alt", headers=["X-HelpScout-Conversation-Id: 2219411"],
    quoted=q_en(108, TD, "Ledgerline"))

add("en-09.eml", "en", "unsure", ("Birchmoor Support", "support@birchmoor.zohodesk.example"),
    "[##41552##] Re: Deletion request OPT-S-109",
    "Dear Customer,\n\nWe are pleased to inform you that your request #41552 has been resolved.\n\n"
    "Status: Resolved\nResolution: Handled\n\nIf you are not satisfied, you can reply to this mail within 7 days to "
    "reopen the ticket. Rate our response: [Excellent](https://birchmoor.zohodesk.example/support/rating/41552/5) "
    "[Poor](https://birchmoor.zohodesk.example/support/rating/41552/1)\n\nBirchmoor Customer Support",
    domains="birchmoor.example birchmoor.zohodesk.example", form="html")

add("en-10.eml", "en", "acknowledged", ("Fernvale Service Desk", "jira@fernvale.atlassian.example"),
    "PRIV-3318 Deletion request OPT-S-110",
    "—-—-—-—\nReply above this line.\n\nFernvale Privacy Desk: We have received your request and it is now "
    "Waiting for support. Request type: Delete my data.\n\n[View request](https://fernvale.atlassian.example/servicedesk/customer/portal/4/PRIV-3318) "
    "· [Turn off this request's notifications](https://fernvale.atlassian.example/servicedesk/customer/portal/4/PRIV-3318/unsubscribe)\n\n"
    "This is shared with Riverbend Immigrant Legal Services.\n\nHelp Center, powered by Jira Service Management",
    domains="fernvale.example fernvale.atlassian.example", form="alt")

add("en-11.eml", "en", "unsure", ("Fernvale Service Desk", "jira@fernvale.atlassian.example"),
    "PRIV-3341 Deletion request OPT-S-111",
    "—-—-—-—\nReply above this line.\n\nYour request status changed to Resolved.\n\nResolution: Done\n\n"
    "[View request](https://fernvale.atlassian.example/servicedesk/customer/portal/4/PRIV-3341)\n\n"
    "Did we solve your problem? [Yes](https://fernvale.atlassian.example/servicedesk/customer/portal/4/PRIV-3341/feedback?rating=5) "
    "[No](https://fernvale.atlassian.example/servicedesk/customer/portal/4/PRIV-3341/feedback?rating=1)\n\n"
    "Help Center, powered by Jira Service Management",
    domains="fernvale.example fernvale.atlassian.example", form="alt",
    pre="Your request status changed to Resolved")

# ---- English: people-search brands and parents ------------------------------------------------

add("en-12.eml", "en", "unsure", ("Kinfolk Connect Privacy", "privacy@kinfolkconnect.example"),
    "Your suppression request is complete",
    "Hello,\n\nWe have completed the suppression you requested. The information associated with Siobhan "
    "O'Connell-Ruiz will no longer be displayed on Kinfolk Finder, PeopleLedger or Truthwell, the public search "
    "sites operated by Kinfolk Connect.\n\nPlease note that suppression limits display on our consumer websites. "
    "Our background screening and identity-verification services, which are provided to businesses under the Fair "
    "Credit Reporting Act and the Gramm-Leach-Bliley Act, continue to use information from public records and "
    "other sources.\n\nKinfolk Connect Privacy Team",
    domains="kinfolkconnect.example kinfolkfinder.example", form="alt", quoted=q_en(112, SO, "Kinfolk Connect"))

add("en-13.eml", "en", "confirmed", ("Kinfolk Connect Privacy", "noreply@kinfolkconnect.example"),
    "Suppression confirmed",
    "Your opt-out is complete.\n\nThe record you selected (Nkechi Adeyemi-Okoro, Houston, TX, age 40s) has been "
    "suppressed and will no longer appear in search results on Kinfolk Finder, PeopleLedger and Truthwell. It can "
    "take up to 48 hours for cached pages to clear.\n\nIf you find another record about you, you can return to the "
    "[suppression center](https://suppression.kinfolkconnect.example/) and suppress it too.\n\nKinfolk Connect",
    domains="kinfolkconnect.example", form="alt", fresh=True)

add("en-14.eml", "en", "verify_link", ("Quillfinder", "optout@quillfinder.example"),
    "Confirm your opt-out request",
    "Hi,\n\nWe received a request to remove a listing from Quillfinder. To finish it, please "
    "[confirm your opt-out](https://www.quillfinder.example/optout/confirm?t=7f3a91c2e8b4) within 24 hours. "
    "After that this link expires and you will need to submit the request again.\n\n"
    "Didn't ask for this? Ignore this email.\n\n[Unsubscribe from Quillfinder emails](https://www.quillfinder.example/unsubscribe?e=ab12)",
    domains="quillfinder.example", link="https://www.quillfinder.example/optout/confirm?t=7f3a91c2e8b4",
    form="alt", fresh=True)

add("en-15.eml", "en", "verify_link", ("Peopleward Privacy", "privacy@peopleward.example"),
    "Action required: verify your removal request",
    "Hello,\n\nWe received a request to remove your information from Peopleward. Click the button below to verify your "
    "request.\n\n[Verify my request](https://click.peopleward-mail.example/ls/click?upn=Qm9vdC5yZW1vdmFs-3D7h2k|-)\n\n"
    "This link will expire 24 hours after this email was sent.\n\nFor your protection, we never ask for payment to remove "
    "a listing.",
    domains="peopleward.example peopleward-mail.example",
    link="https://click.peopleward-mail.example/ls/click?upn=Qm9vdC5yZW1vdmFs-3D7h2k", form="html",
    track="https://click.peopleward-mail.example/wf/open?upn=px1", fresh=True)

add("en-16.eml", "en", "unsure", ("Quillfinder Support", "support@quillfinder.example"),
    "Re: Removal request OPT-S-116",
    "Hello,\n\nThank you for your patience. We reviewed the three profile URLs you sent:\n\n"
    "1. quillfinder.example/name/rosalinda-dela-pena/CA/40211 - removed\n"
    "2. quillfinder.example/name/rosalinda-pena/CA/40987 - removed\n"
    "3. quillfinder.example/name/r-delapena/NV/11802 - we could not process this one, as the person listed does not "
    "match the details in your request.\n\nWe removed 2 of the 3 profiles you sent.\n\nQuillfinder Support",
    domains="quillfinder.example", quoted=q_en(116, RP, "Quillfinder"))

add("en-17.eml", "en", "unsure", ("Quillfinder Support", "support@quillfinder.example"),
    "Re: Removal request OPT-S-117",
    "Hi,\n\nGood news: the profile at quillfinder.example/name/maria-ortiz/TX/77302 has been removed from our site.\n\n"
    "Let us know if there is anything else.\n\nQuillfinder Support",
    domains="quillfinder.example",
    quoted=gmail_quote("To the privacy team of Quillfinder:\n\nPlease remove the profile of our client María Fernanda "
                       "Ortiz-Zelaya at quillfinder.example/name/maria-ortiz-zelaya/TX/77519 and any other listing of "
                       "her.\n\nReference: OPT-S-117\nRiverbend Immigrant Legal Services", "Tue, Oct 27, 2026 at 10:02 AM"))

add("en-18.eml", "en", "refused", ("Radwell Directory", "support@radwelldirectory.example"),
    "Your request",
    "Hello,\n\nWe searched our database using the details provided and found no record matching the name and "
    "address in your request. No action has been taken.\n\nIf the listing you saw is on our website, please send us "
    "its full URL.\n\nRadwell Directory",
    reason="no record", domains="radwelldirectory.example", quoted=q_en(118, WJ, "Radwell Directory", "outlook", "support@radwelldirectory.example"))

add("en-19.eml", "en", "confirmed", ("Radwell Directory", "support@radwelldirectory.example"),
    "Re: Your request OPT-S-119",
    "Hello,\n\nThe listing for Wisly Jean-Baptiste has been removed from Radwell Directory.\n\nPlease note that our "
    "site is compiled from public sources. If one of those sources publishes your client's information again, a new "
    "listing may appear in the future; if so, write to us and we will remove it as well.\n\nRadwell Directory",
    domains="radwelldirectory.example")

add("en-20.eml", "en", "acknowledged", ("MyLedgerLife Member Care", "care@myledgerlife.example"),
    "We received your privacy request",
    "Dear Riverbend Immigrant Legal Services,\n\nThank you for contacting MyLedgerLife. Your request to remove the "
    "profile of Marisol van der Berg Herrera has been accepted and will be processed within 10 business days. "
    "You will not receive a separate notice when it is done.\n\nMember Care",
    domains="myledgerlife.example")

add("en-21.eml", "en", "needs_id", ("MyLedgerLife Member Care", "care@myledgerlife.example"),
    "Re: privacy request OPT-S-121",
    "Hello,\n\nTo protect our members from fraudulent removals we must confirm the identity of the person whose profile "
    "is to be removed. Please have your client sign in at [myledgerlife.example/privacy](https://www.myledgerlife.example/privacy) "
    "and upload a photo of a government-issued ID. The ID is used only for this purpose.\n\nMember Care",
    domains="myledgerlife.example")

add("en-22.eml", "en", "needs_info", ("Sablecrest People Search", "privacy@sablecrest.example"),
    "Re: Deletion request OPT-S-122 - authorization needed",
    "Hello,\n\nWe received a deletion request from Riverbend Immigrant Legal Services on behalf of Luz Belén Xicará "
    "Tzoc. Before we can act on a request from an authorized agent, we need the consumer's signed permission "
    "designating your organization to act for her. The authorization you attached was not signed.\n\n"
    "Please reply with a signed copy and we will process the request.\n\nSablecrest Privacy",
    domains="sablecrest.example", quoted=q_en(122, LB, "Sablecrest People Search"))

add("en-23.eml", "en", "refused", ("Sablecrest People Search", "privacy@sablecrest.example"),
    "Re: Deletion request OPT-S-123",
    "Hello,\n\nWe have reviewed your request. Sablecrest only displays information obtained from federal, state and "
    "local government records. Under the Colorado Privacy Act, publicly available information is not personal data, "
    "so we are declining your request.\n\nIf you disagree with our decision, you may appeal within 45 days by "
    "replying to this email with the subject line \"Appeal\" or by using [our appeal form](https://sablecrest.example/privacy/appeal). "
    "We will respond to your appeal within 45 days. If your appeal is denied, you may contact the Colorado Attorney General.\n\n"
    "Sablecrest Privacy",
    domains="sablecrest.example", reason="exempt (public records)")

add("en-24.eml", "en", "refused", ("Sablecrest People Search", "privacy@sablecrest.example"),
    "Appeal decision - Deletion request OPT-S-124",
    "Hello,\n\nWe have reconsidered our response to your request, as you asked in your appeal of November 2. After "
    "review, we have decided to uphold our original decision: your appeal is denied. The listing consists of "
    "publicly available information.\n\nIf you have concerns about the result of the appeal, you may contact the "
    "Colorado Attorney General at [coag.example/complaint](https://coag.example/complaint).\n\nSablecrest Privacy",
    domains="sablecrest.example", reason="appeal denied")

add("en-25.eml", "en", "confirmed", ("Sablecrest People Search", "privacy@sablecrest.example"),
    "Appeal decision - Deletion request OPT-S-125",
    "Hello,\n\nWe have reviewed your appeal of November 4. Your appeal is granted. We have deleted the personal data "
    "we held about Oksana Kovalenko-Bilyk, including the listing on sablecrest.example, and it will not be displayed "
    "or sold.\n\nSablecrest Privacy",
    domains="sablecrest.example")

# ---- English: risk-data and public-records vendors --------------------------------------------

add("en-26.eml", "en", "refused", ("Meridian Risk Consumer Center", "consumer.privacy@meridianrisk.example"),
    "Your request regarding Meridian Risk Solutions",
    "Dear Riverbend Immigrant Legal Services,\n\nWe have received your request to delete information about your client. "
    "Meridian Risk's products are used by government agencies, law enforcement, insurers and financial institutions "
    "for purposes permitted by the Fair Credit Reporting Act, the Gramm-Leach-Bliley Act and the Driver's Privacy "
    "Protection Act. Data used for those purposes, and data from public records, is exempt from deletion.\n\n"
    "We do offer a suppression of non-public information to consumers who are: victims of identity theft (with a "
    "police report or an FTC Identity Theft Report); at risk of physical harm (with a court order or a letter from "
    "a domestic violence program); or active judges, prosecutors and law enforcement officers. If your client "
    "qualifies, please send the documentation described on our [suppression page](https://consumer.meridianrisk.example/suppression).\n\n"
    "Meridian Risk Consumer Center",
    domains="meridianrisk.example", reason="suppression only for those who qualify")

add("en-27.eml", "en", "confirmed", ("Meridian Risk Consumer Center", "consumer.privacy@meridianrisk.example"),
    "Suppression request completed",
    "Dear Riverbend Immigrant Legal Services,\n\nWe received the police report you sent for Nkechi Adeyemi-Okoro. "
    "Her suppression request has been approved and completed: non-public information about her is now suppressed "
    "from the products we provide to our customers.\n\nPublic record information, such as property and court "
    "records, remains available from the government offices that maintain it.\n\nMeridian Risk Consumer Center",
    domains="meridianrisk.example")

add("en-28.eml", "en", "refused", ("Clearwater Legal Data", "privacy@clearwaterlegal.example"),
    "Re: Deletion request OPT-S-128",
    "Hello,\n\nClearwater Legal Data provides research tools to legal, government and corporate professionals. The "
    "information in our platform is used for purposes exempt under the Texas Data Privacy and Security Act, "
    "including the detection and prevention of fraud and compliance with law, and is obtained from public records.\n\n"
    "We are therefore unable to delete your client's information. You may appeal this decision by writing to "
    "appeals@clearwaterlegal.example within 60 days; we will respond within 60 days of receiving your appeal. If the appeal "
    "is denied, you may submit a complaint to the Texas Attorney General.\n\nClearwater Privacy Office",
    domains="clearwaterlegal.example", reason="exempt (fraud prevention and public records)",
    quoted=q_en(128, JL, "Clearwater Legal Data", "outlook", "privacy@clearwaterlegal.example"))

add("en-29.eml", "en", "refused", ("Jailview Notify", "privacy@jailview.example"),
    "Re: Request to remove booking record OPT-S-129",
    "Hello,\n\nJailview receives booking and custody information directly from county jails and state corrections "
    "agencies, for the purpose of notifying victims. We do not own this data and cannot alter or delete it. Requests "
    "to seal or expunge a booking record must be made to the agency that created it or to the court.\n\n"
    "Once an agency updates or removes a record, the change reaches Jailview automatically.\n\nJailview Privacy",
    domains="jailview.example", reason="not the owner of the data (ask the agency)")

add("en-30.eml", "en", "refused", ("Ardent Mugshot Archive", "legal@ardentarchive.example"),
    "Re: Deletion request",
    "We are a news publisher. Booking photographs and arrest records published on our site are newsworthy public "
    "records and are protected by the First Amendment. State consumer privacy laws exempt journalism. We will not "
    "remove the article.\n\nArdent Archive Legal",
    domains="ardentarchive.example", reason="exempt (journalism)")

add("en-31.eml", "en", "refused", ("Tollgate Title Services", "privacy@tollgatetitle.example"),
    "Deletion request OPT-S-131",
    "Thank you for your message. Tollgate Title is a financial institution subject to Title V of the Gramm-Leach-"
    "Bliley Act. The consumer privacy law you cited does not apply to us or to the information we hold, so we are "
    "not able to act on this request.\n\nOur GLBA privacy notice is available at tollgatetitle.example/privacy.",
    domains="tollgatetitle.example", reason="exempt (GLBA)")

add("en-32.eml", "en", "refused", ("Brightline Analytics", "dpo@brightlineanalytics.example"),
    "Re: OPT-S-132",
    "Hello,\n\nBrightline Analytics is not a data broker. We do not sell personal information and we have no "
    "consumer-facing website. We provide analytics software to businesses, which remain responsible for the data "
    "they process with it. We are therefore not in a position to act on your request; please contact the business "
    "that holds your client's data.\n\nBrightline Privacy",
    domains="brightlineanalytics.example", reason="service provider (ask the business)")

add("en-33.eml", "en", "refused", ("Nettlefield Data", "privacy@nettlefield.example"),
    "Re: Data deletion request",
    "We are not a data broker under Texas law and are not registered as one. Nettlefield does not have a business "
    "relationship with your client and has no obligation to respond. We consider this matter closed.",
    domains="nettlefield.example", reason="not a data broker")

# ---- English: the states' laws, extensions, SMS codes, DROP -----------------------------------

add("en-34.eml", "en", "extended", ("Ostrander Marketing Data", "privacy@ostrander.example"),
    "Your Oregon privacy request - extension",
    "Dear Riverbend Immigrant Legal Services,\n\nWe are writing about the deletion request you submitted on October 14 "
    "for your client under the Oregon Consumer Privacy Act. Because of the number of requests we are receiving, we "
    "need more time to complete it. As the law permits, we are extending our response period by an additional 45 "
    "days. We expect to respond no later than January 12, 2027.\n\nOstrander Privacy Office",
    domains="ostrander.example")

add("en-35.eml", "en", "extended", ("Wexley Insights", "privacy@wexley.example"),
    "Update on your request",
    "Hi,\n\nWe're still working on the deletion request you made for Marisol van der Berg Herrera. Under the Minnesota "
    "Consumer Data Privacy Act we may take up to 45 more days when reasonably necessary, and we are doing so here "
    "because your client's data sits in several systems. You'll hear from us by January 8.\n\nWexley Privacy",
    domains="wexley.example")

add("en-36.eml", "en", "needs_id", ("Wexley Insights", "no-reply@wexley.example"),
    "Verify your identity to continue",
    "To continue with the privacy request for the consumer you named, we sent a 6-digit code by text message to the "
    "phone number ending in 41. The consumer must enter that code at [wexley.example/privacy/verify](https://wexley.example/privacy/verify) "
    "within 15 minutes.\n\nDidn't get a code? You can request another one from the same page.",
    domains="wexley.example", form="alt", fresh=True)

add("en-37.eml", "en", "verify_link", ("Fairhaven Lookup", "verify@fairhavenlookup.example"),
    "Your opt-out code",
    "Your verification code is 482 913.\n\nEnter this code on the opt-out page where you submitted your request to "
    "confirm it. The code is valid for 30 minutes. Go to [fairhavenlookup.example/optout](https://fairhavenlookup.example/optout) "
    "if you closed the page.\n\nFairhaven Lookup will never ask you for this code by phone.",
    domains="fairhavenlookup.example", fresh=True)

add("en-38.eml", "en", "acknowledged", ("Delaware Data Exchange", "privacy@dedataexchange.example"),
    "Request received - Delaware Personal Data Privacy Act",
    "We have received your request under the Delaware Personal Data Privacy Act and will respond within 45 days. "
    "Your request ID is DDX-58812.\n\nYou can check the status at [our privacy portal](https://privacy.dedataexchange.example/status/DDX-58812).",
    domains="dedataexchange.example", quoted=q_en(138, MV, "Delaware Data Exchange"))

add("en-39.eml", "en", "refused", ("Montgomery Leads", "privacy@montgomeryleads.example"),
    "Re: Deletion request OPT-S-139",
    "Hello,\n\nWe were unable to authenticate this request. The Connecticut Data Privacy Act does not require us to "
    "comply with a request we cannot authenticate using commercially reasonable efforts. We asked for the consumer to "
    "confirm by phone on October 30 and received no reply.\n\nTo appeal, reply with \"APPEAL\" in the subject line within "
    "60 days. You may also contact the Connecticut Attorney General.\n\nMontgomery Leads Privacy",
    domains="montgomeryleads.example", reason="identity not verified")

add("en-40.eml", "en", "acknowledged", ("Montgomery Leads", "privacy@montgomeryleads.example"),
    "Appeal received - OPT-S-140",
    "We received your appeal regarding request OPT-S-140. A member of our legal team who did not take part in the "
    "original decision will review it. We will inform you in writing of any action taken or not taken within 60 days.",
    domains="montgomeryleads.example")

add("en-41.eml", "en", "confirmed", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "Your DROP deletion request has been processed",
    "Hello,\n\nHarrowgate Data received a deletion request for a consumer through the California Delete Request and "
    "Opt-out Platform (DROP). We matched it to records in our database and deleted them on November 19, 2026. We "
    "have reported the result to the California Privacy Protection Agency.\n\nAs required, we will continue to "
    "check the DROP list every 45 days and will not collect or sell this consumer's information again.",
    domains="harrowgatedata.example", fresh=True)

add("en-42.eml", "en", "needs_info", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "Re: Deletion request OPT-S-142",
    "Hello,\n\nWe do not accept deletion requests by email. California residents may submit a request through DROP at "
    "privacy.ca.example/drop, which reaches every registered data broker at once. Residents of other states may use our "
    "[web form](https://harrowgatedata.example/privacy-request).\n\nHarrowgate Data",
    domains="harrowgatedata.example")

add("en-43.eml", "en", "refused", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "DROP request - no records found",
    "Hello,\n\nWe processed a deletion request received through DROP and did not find a record matching the information "
    "provided. Nothing was deleted. The consumer can add details (such as a previous address) to the DROP profile so "
    "that brokers can find a match next time.",
    reason="no record", domains="harrowgatedata.example", fresh=True)

# ---- English: credit bureaus and FCRA ----------------------------------------------------------

add("en-44.eml", "en", "refused", ("Equinox Credit Services", "consumerprivacy@equinoxcredit.example"),
    "Response to your request",
    "Dear Riverbend Immigrant Legal Services:\n\nWe have received your request to delete information in your client's "
    "credit file. Under the Fair Credit Reporting Act, a consumer reporting agency is required to report information "
    "that is accurate and complete. We cannot delete accurate information from a credit file simply because the "
    "consumer requests it. If your client believes an item is inaccurate, she may file a dispute at "
    "[equinoxcredit.example/dispute](https://www.equinoxcredit.example/dispute).\n\nYou may also request a security "
    "freeze free of charge.\n\nEquinox Consumer Relations",
    domains="equinoxcredit.example", reason="exempt (FCRA)", form="alt", quoted=q_en(144, YQ, "Equinox Credit Services"))

add("en-45.eml", "en", "unsure", ("Equinox Credit Services", "consumerprivacy@equinoxcredit.example"),
    "Your dispute results are ready",
    "Dear Riverbend Immigrant Legal Services:\n\nWe have completed our reinvestigation of the item your client "
    "disputed. Result: the account NORTHBANK ****4471 has been deleted from her credit file. We have sent the "
    "corrected report to anyone who received it in the last six months on request.\n\nEquinox Consumer Relations",
    domains="equinoxcredit.example")

add("en-46.eml", "en", "refused", ("Equinox Credit Services", "consumerprivacy@equinoxcredit.example"),
    "Your request under state privacy law",
    "We have reviewed your request. Equinox has opted your client out of the sale of personal information for "
    "marketing. We have not deleted the information, because it is maintained in a credit file governed by the "
    "Fair Credit Reporting Act.",
    domains="equinoxcredit.example", reason="opt-out of sale only (deletion declined)")

add("en-47.eml", "en", "unsure", ("Pelican Marketing Data", "privacy@pelicandata.example"),
    "Your privacy choices have been updated",
    "Hello,\n\nWe have processed your request. Your client has been opted out of the sale and sharing of personal "
    "information and of targeted advertising.\n\nThanks,\nPelican Privacy",
    domains="pelicandata.example", form="alt", pre="Your request has been completed",
    quoted=q_en(147, MF, "Pelican Marketing Data"))

# ---- English: promises, reappearance, other listings, agents ------------------------------------

add("en-48.eml", "en", "acknowledged", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Removal request OPT-S-148",
    "Hi,\n\nThanks, we have your request. We will remove the listing within 10 business days. We'll email you once "
    "it's done.\n\nGreystone Support",
    domains="greystonelistings.example", quoted=q_en(148, NA, "Greystone Listings"))

add("en-49.eml", "en", "confirmed", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Removal request OPT-S-149",
    "Hi,\n\nThe listing has been removed and your client's information has been deleted from our database. Please "
    "allow 24-48 hours for search engines to refresh. Note that your data may reappear if it is republished by our "
    "sources; you can always send a new request.\n\nGreystone Support",
    domains="greystonelistings.example")

add("en-50.eml", "en", "refused", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Removal request OPT-S-150",
    "Hi,\n\nWe can only accept removal requests from the person named in the listing. We do not work with third "
    "parties or agents. Please have your client contact us directly from her own email address.\n\nGreystone Support",
    domains="greystonelistings.example", reason="authorisation not accepted")

add("en-51.eml", "en", "needs_info", ("Vantage People Finder", "privacy@vantagepf.example"),
    "Re: Deletion request OPT-S-151",
    "Hello,\n\nWe found several people with this name in Illinois. So we can find the correct record, please send the "
    "URL of the listing you would like removed, or your client's date of birth and a previous address.\n\n"
    "Vantage Privacy",
    domains="vantagepf.example", quoted=q_en(151, JL, "Vantage People Finder"))

add("en-52.eml", "en", "acknowledged", ("Vantage People Finder", "privacy@vantagepf.example"),
    "Re: Deletion request OPT-S-152",
    "Hello,\n\nWe have contacted your client directly at the phone number listed in the authorization to confirm that "
    "she wishes us to act. Once she confirms, we will process the deletion.\n\nVantage Privacy",
    domains="vantagepf.example")

# ---- English: bounces, auto-replies, quoting -----------------------------------------------

add("en-53.eml", "en", "bounce", ("Mail Delivery Subsystem", "mailer-daemon@mx1.ostrander.example"),
    "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx1.ostrander.example.\n\nI'm sorry to have to inform you that your message could "
    "not be delivered to one or more recipients.\n\n<privacy-requests@ostrander.example>: The address "
    "privacy-requests@ostrander.example was retired on September 30, 2026. Please send privacy requests to "
    "dataprivacy@ostrander.example.",
    domains="ostrander.example", form="bounce", rcpt="privacy-requests@ostrander.example", mta="mx1.ostrander.example",
    status=("5.1.1", "550 5.1.1 <privacy-requests@ostrander.example>: Recipient address rejected: mailbox retired"),
    letter=letter_en("OPT-S-153", MV, "Ostrander Marketing Data"), orig_subject="Deletion request OPT-S-153",
    headers=["Auto-Submitted: auto-replied"])

add("en-54.eml", "en", "bounce", ("Microsoft Outlook", "postmaster@kestrelsearch.example"),
    "Undeliverable: Deletion request OPT-S-154",
    "Your message to privacy@kestrelsearch.example couldn't be delivered.\n\nprivacy wasn't found at "
    "kestrelsearch.example.\n\nAction Required: Recipient\nUnknown To address\n\nHow to Fix It\nThe address may be "
    "misspelled or may not exist.",
    domains="kestrelsearch.example", form="bounce", rcpt="privacy@kestrelsearch.example",
    mta="BN8PR12MB3301.namprd12.prod.outlook.example",
    status=("5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    letter=letter_en("OPT-S-154", WJ, "Kestrel Search"), orig_subject="Deletion request OPT-S-154", headers_only=True)

add("en-55.eml", "en", "needs_info", ("Ostrander Privacy", "privacy-requests@ostrander.example"),
    "Automatic reply: Deletion request OPT-S-155",
    "This mailbox is no longer monitored. To make a privacy request, please write to dataprivacy@ostrander.example or "
    "call 1-800-555-0148. Messages sent to this address are not forwarded.",
    domains="ostrander.example", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("en-56.eml", "en", "auto_reply", ("Priya Raman-Castillo", "p.raman@brackenridge.example"),
    "Out of Office: Re: Deletion request OPT-S-156",
    "Thank you for your email. I am out of the office until December 7 with limited access to email. For urgent "
    "privacy matters please contact privacy@brackenridge.example.\n\nPriya\n\n"
    "-----Original Message-----\nFrom: Brackenridge Privacy <privacy@brackenridge.example>\nSent: Thursday, October 29, "
    "2026 4:10 PM\nTo: Halvorsen, Erik <erik.halvorsen@northmarsh.example>\nSubject: RE: Deletion request #A-2291\n\n"
    "Dear Mr. Halvorsen,\n\nWe confirm that your personal information has been deleted from our systems.\n\n"
    "Brackenridge Privacy",
    domains="brackenridge.example", headers=["Auto-Submitted: auto-replied"])

add("en-57.eml", "en", "acknowledged", ("Corvid Data Privacy", "privacy@corviddata.example"),
    "RE: Deletion request OPT-S-157",
    "Hello,\n\nWe are still reviewing your request and will respond by the statutory deadline.\n\nCorvid Privacy\n\n"
    "From: Corvid Data Privacy <privacy@corviddata.example>\nSent: Tuesday, September 8, 2026 11:02 AM\nTo: Riverbend "
    "Immigrant Legal Services <privacy@riverbend-ils.example>\nSubject: RE: Deletion request OPT-S-057\n\nHello,\n\n"
    "The deletion for Rosalinda Dela Peña (request OPT-S-057) is complete. All records were deleted on September 8.\n\n"
    "Corvid Privacy",
    domains="corviddata.example", quoted=q_en(157, TD, "Corvid Data", "outlook", "privacy@corviddata.example"))

add("en-58.eml", "en", "confirmed", ("Kestrel Search", "privacy@kestrelsearch.example"),
    "RE: Deletion request OPT-S-158",
    "Hello,\n\nFollowing up on our message below: the deletion is now complete. We deleted the profile and the "
    "underlying records for Yesenia Quispe Mamani on November 12.\n\nKestrel Privacy\n\n"
    "From: Kestrel Search <privacy@kestrelsearch.example>\nSent: Friday, October 30, 2026 2:40 PM\nSubject: RE: Deletion "
    "request OPT-S-158\n\nWe received your request and will process it within 45 days.",
    domains="kestrelsearch.example", quoted=q_en(158, YQ, "Kestrel Search", "outlook", "privacy@kestrelsearch.example"),
    form="alt", quote="outlook")

add("en-59.eml", "en", "other", ("Kestrel Search Deals", "deals@news.kestrelsearch.example"),
    "Black Friday: 70% off unlimited background reports",
    "Find anyone, anywhere. This week only, unlimited reports for $9.99/month.\n\n[Start searching](https://news.kestrelsearch.example/c/bf26?u=8812)\n\n"
    "You are receiving this email because you have an account with Kestrel Search. Your privacy matters: as you "
    "requested, your profile was removed from our public search results. [Unsubscribe](https://news.kestrelsearch.example/unsub?u=8812)",
    domains="kestrelsearch.example", form="html", fresh=True)

add("en-60.eml", "en", "verify_link", ("Sable Harbor Records", "no-reply@sableharbor.example"),
    "Please confirm your data deletion request",
    "Hello,\n\nWe received a request to delete personal information. Before we act on it we need you to confirm "
    "that you made it.\n\n[Confirm request](https://nam11.safelinks.protection.outlook.example/?url=https%3A%2F%2Fprivacy.sableharbor.example%2Fconfirm%3Fid%3D5512c&data=05%7C01%7C&reserved=0|-)\n\n"
    "The confirmation link expires in 24 hours. You can check the [status of your request](https://privacy.sableharbor.example/status/5512c) at any time.",
    domains="sableharbor.example",
    link="https://nam11.safelinks.protection.outlook.example/?url=https%3A%2F%2Fprivacy.sableharbor.example%2Fconfirm%3Fid%3D5512c&data=05%7C01%7C&reserved=0",
    form="alt", fresh=True)

add("en-61.eml", "en", "unsure", ("Sable Harbor Records", "no-reply@sabieharbor.example"),
    "Your deletion is complete - confirm to finalize",
    "Hello,\n\nYour deletion request has been processed. To finalize it, sign in and confirm your details: "
    "[finalize deletion](https://sabieharbor.example/account/login?next=finalize)\n\nSable Harbor Records",
    domains="sableharbor.example", form="alt", fresh=True)

add("en-62.eml", "en", "verify_link", ("Larkspur Data", "privacy@larkspurdata.example"),
    "Please confirm your request",
    "Hello,\n\nTo proceed with the deletion request for Siobhan O'Connell-Ruiz, please confirm by clicking "
    "[this link](https://t.larkspurdata.example/r?u=https%3A%2F%2Fprivacy.larkspurdata.example%2Fverify%2Fk8d2q). "
    "If you do not confirm within 10 days the request will be closed.\n\nLarkspur Data Privacy",
    domains="larkspurdata.example", link="https://t.larkspurdata.example/r?u=https%3A%2F%2Fprivacy.larkspurdata.example%2Fverify%2Fk8d2q",
    quoted=q_en(162, SO, "Larkspur Data"))

add("en-63.eml", "en", "verify_link", ("Larkspur Data", "privacy@larkspurdata.example"),
    "Re: Deletion request OPT-S-163",
    "Reply CONFIRM to this email to confirm that you want us to delete your client's data. We cannot proceed "
    "without this confirmation.",
    domains="larkspurdata.example")

add("en-64.eml", "en", "refused", ("Larkspur Data", "privacy@larkspurdata.example"),
    "Your request has been closed",
    "Hello,\n\nWe sent you a verification email on October 20 and did not receive a confirmation within 10 days. Your "
    "request has been closed without action. You may submit a new request at any time.",
    domains="larkspurdata.example", reason="closed (no response)")

add("en-65.eml", "en", "refused", ("Ashby Tenant Screening", "compliance@ashbyscreening.example"),
    "Re: Deletion request OPT-S-165",
    "Ashby Tenant Screening is a consumer reporting agency. We will keep the tenant screening reports and the "
    "eviction records we hold for as long as the FCRA allows. We have, however, deleted your client's email address and "
    "phone number from our marketing list.",
    domains="ashbyscreening.example", reason="exempt (FCRA)")

add("en-66.eml", "en", "confirmed", ("Ashby Tenant Screening", "compliance@ashbyscreening.example"),
    "Re: Deletion request OPT-S-166",
    "Hello,\n\nWe located no screening reports about your client, so nothing is exempt. We have deleted everything "
    "we held about Wisly Jean-Baptiste (a contact record from a property manager's application form).\n\nAshby Compliance",
    domains="ashbyscreening.example")

add("en-67.eml", "en", "unsure", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Removal request",
    "Hi! We took care of it for you.\n\nThornbury Help",
    domains="thornburylookup.example", quoted=q_en(167, NA, "Thornbury Lookup"))

add("en-68.eml", "en", "confirmed", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Removal request OPT-S-168",
    "Done - your client's listing has been removed from thornburylookup.example and deleted from our database.",
    domains="thornburylookup.example", quoted=q_en(168, RP, "Thornbury Lookup"), flowed=True)

add("en-69.eml", "en", "needs_info", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Removal request OPT-S-169",
    "Hi, do you want us to just remove the listing from the website, or also delete the data? Reply 1 for the listing "
    "only, 2 for a full deletion.",
    domains="thornburylookup.example")

add("en-70.eml", "en", "unsure", ("Cobblestone Data", "privacy@cobblestonedata.example"),
    "Your privacy request",
    "Hello,\n\nThank you for your request. We have suppressed your client's record so that it will not be included in "
    "the marketing lists we provide to our clients. A suppression record containing her name and address is kept so "
    "that the information is not added again from other sources.",
    domains="cobblestonedata.example", form="alt", pre="Your data has been removed")

add("en-71.eml", "en", "acknowledged", ("Cobblestone Data", "privacy@cobblestonedata.example"),
    "Your request is being processed",
    "We have verified your client's identity and the deletion request is now being processed. You'll receive an "
    "email when it's complete.",
    domains="cobblestonedata.example", form="alt", hidden="Your personal information has been deleted.")

add("en-72.eml", "en", "needs_info", ("Cobblestone Data", "privacy@cobblestonedata.example"),
    "Re: Deletion request OPT-S-172",
    "Thank you for your request on behalf of Tomás D'Alessandro Núñez. Please send the signed permission from the "
    "consumer authorizing Riverbend Immigrant Legal Services to submit this request, and a copy of your organization's "
    "registration with the Secretary of State, as required for authorized agents under the Minnesota Consumer Data "
    "Privacy Act.",
    domains="cobblestonedata.example", quoted=q_en(172, TD, "Cobblestone Data"))

# Relabelled confirmed on retirement (branch r32): the listing we sent is said removed, in the past, nothing kept;
# who asked first does not change that it is gone (three development sets label it so; a later search proves it).
add("en-73.eml", "en", "confirmed", ("Quillfinder Support", "support@quillfinder.example"),
    "Re: Removal request OPT-S-173",
    "Hello,\n\nThe listing you sent, quillfinder.example/name/oksana-kovalenko/WA/98012, was already removed on "
    "August 3, 2026 at the request of the person listed. There is nothing further for us to do.",
    domains="quillfinder.example")

add("en-74.eml", "en", "confirmed", ("Grainger Public Data", "privacy@graingerpd.example"),
    "Deletion request OPT-S-174 completed",
    "Request ID: OPT-S-174\nRequest type: Delete\nStatus: Completed\nCompleted on: 2026-11-21\n\nWe deleted the personal "
    "information of María Fernanda Ortiz-Zelaya, including the people-search profile, from our systems and asked our "
    "service providers to do the same.",
    domains="graingerpd.example", form="alt", charset="us-ascii", enc="utf-8")

add("en-75.eml", "en", "acknowledged", ("Grainger Public Data", "privacy@graingerpd.example"),
    "Deletion request OPT-S-175",
    "Request ID: OPT-S-175\nRequest type: Delete\nStatus: In progress\n\nWe will complete this request within 45 days of "
    "receipt, as required by the New Jersey Data Privacy Act. Once complete, your client's listing will no longer "
    "appear in our search results.",
    domains="graingerpd.example", form="alt")


# ---- Spanish (US Spanish, machine-translated Spanish) -----------------------------------------

add("es-01.eml", "es", "unsure", ("Soporte Hollowpine", "soporte@hollowpine.zendesk.example"),
    "[Hollowpine] Re: Solicitud de eliminación OPT-S-201",
    zendesk("hollowpine.zendesk.example", 48502, "Valeria M.",
            "Hola:\n\nGracias por comunicarse con Hollowpine. Hemos revisado su mensaje y marcamos este ticket como "
            "resuelto. Si tiene más preguntas, simplemente responda a este correo.", solved=True, es=True, survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", form="alt", headers=ZD_HEADERS,
    pre="Su solicitud (48502) se ha resuelto.", quoted=q_es(201, YQ, "Hollowpine People Search"))

add("es-02.eml", "es", "confirmed", ("Soporte Hollowpine", "soporte@hollowpine.zendesk.example"),
    "[Hollowpine] Re: Solicitud de eliminación OPT-S-202",
    zendesk("hollowpine.zendesk.example", 48519, "Valeria M.",
            "Hola:\n\nHemos eliminado la información personal de su clienta, Luz Belén Xicará Tzoc, incluido el perfil "
            "hollowpine.example/p/luz-xicara-tzoc/CA/90221. El perfil ya no aparece en los resultados de búsqueda y el "
            "registro se borró de los datos que licenciamos a terceros.", solved=True, es=True, survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", form="alt", headers=ZD_HEADERS,
    pre="Su solicitud (48519) se ha resuelto.")

add("es-03.eml", "es", "acknowledged", ("Centro de Ayuda Tamarack", "ayuda@tamarackrecords.freshdesk.example"),
    "Ticket recibido - Solicitud de eliminación OPT-S-203 [#21007]",
    "Estimado Centro Comunitario Puente Legal:\n\nLe confirmamos que hemos recibido su solicitud y se ha creado un "
    "ticket. Un representante revisará su solicitud y le enviará una respuesta personal (normalmente en 3 días "
    "hábiles).\n\nPara ver el estado del ticket, visite [nuestro portal](https://tamarackrecords.freshdesk.example/support/tickets/21007).\n\n"
    "Atentamente,\nEquipo de soporte de Tamarack Records",
    domains="tamarackrecords.example tamarackrecords.freshdesk.example", form="alt", charset="iso-8859-1",
    cte="quoted-printable", subject_cs="iso-8859-1")

add("es-04.eml", "es", "unsure", ("Centro de Ayuda Tamarack", "ayuda@tamarackrecords.freshdesk.example"),
    "Ticket cerrado - Solicitud de eliminación OPT-S-204 [#21019]",
    "Estimado Centro Comunitario Puente Legal:\n\nSu ticket #21019 \"Solicitud de eliminación OPT-S-204\" ha sido cerrado.\n\n"
    "Esperamos que se haya resuelto a su satisfacción. Si cree que el ticket no debía cerrarse, responda a este "
    "correo.\n\n[Reabrir ticket](https://tamarackrecords.freshdesk.example/support/tickets/21019/reopen)\n\nEquipo de soporte de Tamarack Records",
    domains="tamarackrecords.example tamarackrecords.freshdesk.example", form="alt",
    quoted=q_es(204, MF, "Tamarack Records"))

add("es-05.eml", "es", "unsure", ("Kinfolk Connect Privacidad", "privacidad@kinfolkconnect.example"),
    "Su solicitud de supresión está completa",
    "Hola:\n\nHemos completado la supresión que solicitó. La información asociada con José Luis de la Cruz Ayala ya "
    "no se mostrará en Kinfolk Finder, PeopleLedger ni Truthwell.\n\nTenga en cuenta que la supresión limita lo que "
    "se muestra en nuestros sitios para el público. Nuestros servicios de verificación de antecedentes e identidad "
    "para empresas, regidos por la FCRA y la GLBA, siguen usando información de registros públicos y otras fuentes.\n\n"
    "Equipo de Privacidad de Kinfolk Connect",
    domains="kinfolkconnect.example kinfolkfinder.example", form="alt", quoted=q_es(205, JL, "Kinfolk Connect"))

add("es-06.eml", "es", "verify_link", ("Quillfinder", "optout@quillfinder.example"),
    "Confirme su solicitud de exclusión",
    "Hola:\n\nRecibimos una solicitud para eliminar un perfil de Quillfinder. Para terminarla, "
    "[confirme su exclusión](https://www.quillfinder.example/optout/confirm?t=c41e0b9a77d2&lang=es) en las próximas 24 "
    "horas. Después el enlace caduca y tendrá que enviar la solicitud de nuevo.\n\n¿No lo pidió usted? Ignore este "
    "correo.\n\n[Darse de baja de los correos de Quillfinder](https://www.quillfinder.example/unsubscribe?e=cd34)",
    domains="quillfinder.example", link="https://www.quillfinder.example/optout/confirm?t=c41e0b9a77d2&lang=es",
    form="alt", fresh=True, es=True)

add("es-07.eml", "es", "unsure", ("Soporte Quillfinder", "soporte@quillfinder.example"),
    "Re: Solicitud de eliminación OPT-S-207",
    "Hola:\n\nRevisamos los tres enlaces de perfil que nos envió. Eliminamos 2 de los 3 perfiles. El tercero "
    "(quillfinder.example/name/m-van-der-berg/FL/33012) no corresponde a los datos de su solicitud y no lo "
    "eliminamos.\n\nSoporte Quillfinder",
    domains="quillfinder.example", quoted=q_es(207, MV, "Quillfinder"))

add("es-08.eml", "es", "refused", ("Directorio Radwell", "soporte@radwelldirectory.example"),
    "Su solicitud",
    "Hola:\n\nBuscamos en nuestra base de datos con los datos proporcionados y no encontramos ningún registro que "
    "coincida con el nombre y la dirección de su solicitud. No se tomó ninguna acción.\n\nSi el perfil que vio está en "
    "nuestro sitio, envíenos su URL completa.",
    reason="no record", domains="radwelldirectory.example", charset="windows-1252", cte="quoted-printable")

add("es-09.eml", "es", "confirmed", ("Directorio Radwell", "soporte@radwelldirectory.example"),
    "Re: Su solicitud OPT-S-209",
    "Hola:\n\nEl perfil de Yesenia Quispe Mamani fue eliminado del Directorio Radwell.\n\nTenga en cuenta que nuestro "
    "sitio se compila a partir de fuentes públicas. Si alguna de esas fuentes vuelve a publicar la información, "
    "podría aparecer un perfil nuevo en el futuro; en ese caso escríbanos y también lo eliminaremos.",
    domains="radwelldirectory.example", quoted=q_es(209, YQ, "Directorio Radwell"))

add("es-10.eml", "es", "acknowledged", ("MyLedgerLife Atención", "atencion@myledgerlife.example"),
    "Recibimos su solicitud de privacidad",
    "Estimado Centro Comunitario Puente Legal:\n\nGracias por comunicarse con MyLedgerLife. Su solicitud para eliminar "
    "el perfil de María Fernanda Ortiz-Zelaya fue aceptada y se procesará dentro de 10 días hábiles. No recibirá "
    "otro aviso cuando esté hecho.",
    domains="myledgerlife.example")

add("es-11.eml", "es", "needs_info", ("Sablecrest Privacidad", "privacidad@sablecrest.example"),
    "Re: Solicitud de eliminación OPT-S-211 - falta autorización",
    "Hola:\n\nRecibimos una solicitud de eliminación del Centro Comunitario Puente Legal en nombre de Rosalinda Dela "
    "Peña. Antes de actuar sobre la solicitud de un agente autorizado necesitamos el permiso firmado por la "
    "consumidora que designe a su organización. La autorización adjunta no tiene firma.\n\nResponda con una copia "
    "firmada y procesaremos la solicitud.",
    domains="sablecrest.example", quoted=q_es(211, RP, "Sablecrest"))

add("es-12.eml", "es", "refused", ("Sablecrest Privacidad", "privacidad@sablecrest.example"),
    "Re: Solicitud de eliminación OPT-S-212",
    "Hola:\n\nHemos revisado su solicitud. Sablecrest solo muestra información obtenida de registros de gobiernos "
    "federales, estatales y locales. Según la Ley de Privacidad de Colorado, la información disponible públicamente "
    "no es un dato personal, por lo que rechazamos su solicitud.\n\nSi no está de acuerdo, puede apelar dentro de 45 "
    "días respondiendo a este correo con el asunto \"Apelación\" o mediante [nuestro formulario de apelación](https://sablecrest.example/privacy/appeal?lang=es). "
    "Si la apelación es denegada, puede comunicarse con el Fiscal General de Colorado.",
    domains="sablecrest.example", reason="exempt (public records)")

add("es-13.eml", "es", "refused", ("Sablecrest Privacidad", "privacidad@sablecrest.example"),
    "Decisión sobre la apelación - OPT-S-213",
    "Hola:\n\nHemos reconsiderado nuestra respuesta, como pidió en su apelación. Tras la revisión, mantenemos la "
    "decisión original: su apelación ha sido denegada.\n\nSi tiene inquietudes sobre el resultado, puede comunicarse "
    "con el Fiscal General de Colorado.",
    domains="sablecrest.example", reason="appeal denied")

add("es-14.eml", "es", "confirmed", ("Sablecrest Privacidad", "privacidad@sablecrest.example"),
    "Decisión sobre la apelación - OPT-S-214",
    "Hola:\n\nRevisamos su apelación del 4 de noviembre y la aceptamos. Eliminamos los datos personales que teníamos "
    "de Tomás D'Alessandro Núñez, incluido el perfil en sablecrest.example, y no se mostrarán ni se venderán.",
    domains="sablecrest.example", charset="iso-8859-1", cte="8bit")

add("es-15.eml", "es", "refused", ("Centro al Consumidor Meridian Risk", "consumer.privacy@meridianrisk.example"),
    "Su solicitud a Meridian Risk Solutions",
    "Estimado Centro Comunitario Puente Legal:\n\nRecibimos su solicitud para eliminar información de su clienta. Los "
    "productos de Meridian Risk los usan agencias de gobierno, fuerzas del orden, aseguradoras e instituciones "
    "financieras para fines permitidos por la FCRA, la GLBA y la DPPA. Esos datos, y los de registros públicos, "
    "están exentos de eliminación.\n\nOfrecemos la supresión de información no pública a quienes sean víctimas de "
    "robo de identidad (con denuncia policial o informe de la FTC), personas en riesgo de daño físico (con orden "
    "judicial) o jueces, fiscales y agentes del orden en servicio. Si su clienta califica, envíe la documentación "
    "indicada en nuestra [página de supresión](https://consumer.meridianrisk.example/suppression?lang=es).",
    domains="meridianrisk.example", reason="suppression only for those who qualify")

add("en-76.eml", "en", "refused", ("Meridian Risk Consumer Center", "consumer.privacy@meridianrisk.example"),
    "Your request regarding Meridian Risk Solutions",
    "Dear Centro Comunitario Puente Legal,\n\nWe are unable to delete the information you asked about. Meridian Risk's "
    "data is used for purposes permitted by the Fair Credit Reporting Act and is obtained from public records, which "
    "are exempt. A suppression is available only to identity theft victims, people at risk of harm, and judges and "
    "law enforcement officers who send the documentation listed on our suppression page.",
    domains="meridianrisk.example", reason="suppression only for those who qualify", es=True, quoted=q_es(216, LB, "Meridian Risk"))

add("es-17.eml", "es", "refused", ("Jailview Notificaciones", "privacidad@jailview.example"),
    "Re: Solicitud para retirar registro de arresto OPT-S-217",
    "Hola:\n\nJailview recibe la información de reservas y custodia directamente de las cárceles de condado y de las "
    "agencias estatales, para notificar a las víctimas. No somos dueños de estos datos y no podemos modificarlos ni "
    "borrarlos. Para sellar o borrar un registro debe dirigirse a la agencia que lo creó o al tribunal.",
    domains="jailview.example", reason="not the owner of the data (ask the agency)")

add("es-18.eml", "es", "extended", ("Ostrander Datos de Mercadeo", "privacidad@ostrander.example"),
    "Su solicitud de privacidad de Oregón - prórroga",
    "Estimado Centro Comunitario Puente Legal:\n\nLe escribimos sobre la solicitud de eliminación que presentó el 14 "
    "de octubre. Debido al volumen de solicitudes, necesitamos más tiempo. Según lo permite la ley, ampliamos el plazo "
    "de respuesta por 45 días adicionales. Responderemos a más tardar el 12 de enero de 2027.",
    domains="ostrander.example", subject_cs="iso-8859-1")

add("es-19.eml", "es", "needs_id", ("Wexley Insights", "no-reply@wexley.example"),
    "Verifique su identidad para continuar",
    "Para continuar con la solicitud de privacidad, enviamos un código de 6 dígitos por mensaje de texto al teléfono "
    "terminado en 73. La consumidora debe ingresar ese código en [wexley.example/privacy/verify](https://wexley.example/privacy/verify?lang=es) "
    "dentro de 15 minutos.",
    domains="wexley.example", fresh=True, es=True)

add("es-20.eml", "es", "verify_link", ("Fairhaven Lookup", "verify@fairhavenlookup.example"),
    "Su código de exclusión",
    "Su código de verificación es 730 145.\n\nEscriba este código en la página de exclusión donde envió su solicitud "
    "para confirmarla. El código vence en 30 minutos.",
    domains="fairhavenlookup.example", fresh=True, es=True)

add("es-21.eml", "es", "refused", ("Equinox Servicios de Crédito", "consumerprivacy@equinoxcredit.example"),
    "Respuesta a su solicitud",
    "Estimado Centro Comunitario Puente Legal:\n\nRecibimos su solicitud para eliminar información del expediente de "
    "crédito de su clienta. Según la Ley de Informe Justo de Crédito (FCRA), una agencia de informes de crédito debe "
    "reportar información exacta y completa. No podemos eliminar información exacta solo porque el consumidor lo pida. "
    "Si su clienta cree que algo es inexacto, puede presentar una disputa en [equinoxcredit.example/disputa](https://www.equinoxcredit.example/disputa).",
    domains="equinoxcredit.example", reason="exempt (FCRA)", form="alt", quoted=q_es(221, MF, "Equinox"))

add("es-22.eml", "es", "unsure", ("Pelican Datos", "privacidad@pelicandata.example"),
    "Sus preferencias de privacidad se actualizaron",
    "Hola:\n\nHemos procesado su solicitud. Su clienta quedó excluida de la venta y el intercambio de información "
    "personal y de la publicidad dirigida.\n\nPrivacidad Pelican",
    domains="pelicandata.example", form="alt", pre="Su solicitud se completó", quoted=q_es(222, NA, "Pelican Datos"))

add("es-23.eml", "es", "acknowledged", ("Greystone Listings", "soporte@greystonelistings.example"),
    "Re: Solicitud de eliminación OPT-S-223",
    "Hola:\n\nGracias, tenemos su solicitud. Eliminaremos el perfil dentro de 10 días hábiles y le escribiremos cuando "
    "esté hecho.",
    domains="greystonelistings.example", quoted=q_es(223, JL, "Greystone"))

add("es-24.eml", "es", "confirmed", ("Greystone Listings", "soporte@greystonelistings.example"),
    "Re: Solicitud de eliminación OPT-S-224",
    "Hola:\n\nEl perfil fue eliminado y la información de su cliente se borró de nuestra base de datos. Los buscadores "
    "pueden tardar 24 a 48 horas en actualizarse. Sus datos podrían volver a aparecer si nuestras fuentes los "
    "publican de nuevo; siempre puede enviar otra solicitud.",
    domains="greystonelistings.example", charset="us-ascii", enc="utf-8")

add("en-77.eml", "en", "refused", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Solicitud de eliminación OPT-S-225",
    "Hi,\n\nWe can only accept removal requests from the person named in the listing. We do not work with third "
    "parties or agents. Please have your client contact us directly in English from her own email address.",
    domains="greystonelistings.example", reason="authorisation not accepted", es=True, quoted=q_es(225, YQ, "Greystone Listings"))

add("es-26.eml", "es", "unsure", ("Soporte Quillfinder", "soporte@quillfinder.example"),
    "Re: Solicitud de eliminación OPT-S-226",
    "Hola:\n\n¡Buenas noticias! El perfil quillfinder.example/name/jose-cruz/AZ/85004 fue eliminado de nuestro sitio.",
    domains="quillfinder.example",
    quoted=gmail_quote("Al equipo de privacidad de Quillfinder:\n\nLes pedimos eliminar el perfil de nuestro cliente José "
                       "Luis de la Cruz Ayala en quillfinder.example/name/jose-de-la-cruz-ayala/AZ/85041.\n\n"
                       "Referencia: OPT-S-226\nCentro Comunitario Puente Legal", "mar, 27 oct 2026 a las 10:02", es=True))

add("es-27.eml", "es", "bounce", ("Sistema de entrega de correo", "mailer-daemon@mx1.ostrander.example"),
    "Correo no entregado: Solicitud de eliminación OPT-S-227",
    "Este es el sistema de correo de mx1.ostrander.example.\n\nNo se pudo entregar su mensaje a uno o más "
    "destinatarios.\n\n<privacy-requests@ostrander.example>: la dirección se retiró el 30 de septiembre de 2026. "
    "Envíe las solicitudes de privacidad a dataprivacy@ostrander.example.",
    domains="ostrander.example", form="bounce", rcpt="privacy-requests@ostrander.example", mta="mx1.ostrander.example",
    status=("5.1.1", "550 5.1.1 <privacy-requests@ostrander.example>: Recipient address rejected: mailbox retired"),
    letter=letter_es("OPT-S-227", LB, "Ostrander"), orig_subject="Solicitud de eliminación OPT-S-227",
    charset="iso-8859-1", cte="quoted-printable")

add("es-28.eml", "es", "auto_reply", ("Lucía Ferrer Quintana", "l.ferrer@brackenridge.example"),
    "Fuera de la oficina: Re: Solicitud de eliminación OPT-S-228",
    "Gracias por su mensaje. Estoy fuera de la oficina hasta el 7 de diciembre. Para asuntos urgentes de privacidad "
    "escriba a privacy@brackenridge.example.\n\n-----Mensaje original-----\nDe: Privacidad Brackenridge "
    "<privacy@brackenridge.example>\nEnviado: jueves, 29 de octubre de 2026 16:10\nPara: Rivas Ocampo, Ernesto "
    "<e.rivas@villamar.example>\nAsunto: RE: Solicitud #A-2304\n\nEstimado Sr. Rivas:\n\nConfirmamos que sus datos "
    "personales fueron eliminados de nuestros sistemas.",
    domains="brackenridge.example", headers=["Auto-Submitted: auto-replied"])

add("es-29.eml", "es", "needs_info", ("Vantage People Finder", "privacidad@vantagepf.example"),
    "Re: Solicitud de eliminación OPT-S-229",
    "Hola:\n\nEncontramos varias personas con este nombre en Texas. Para ubicar el registro correcto, envíenos la URL "
    "del perfil que desea eliminar, o la fecha de nacimiento y una dirección anterior de su clienta.",
    domains="vantagepf.example", flowed=True)

add("es-30.eml", "es", "refused", ("Larkspur Data", "privacidad@larkspurdata.example"),
    "Su solicitud se cerró",
    "Hola:\n\nLe enviamos un correo de verificación el 20 de octubre y no recibimos confirmación en 10 días. Su "
    "solicitud se cerró sin tomar ninguna acción. Puede enviar una nueva cuando quiera.",
    domains="larkspurdata.example", reason="closed (no response)")

add("es-31.eml", "es", "verify_link", ("Larkspur Data", "privacidad@larkspurdata.example"),
    "Confirme su solicitud",
    "Hola:\n\nPara continuar con la solicitud de eliminación de Marisol van der Berg Herrera, confírmela haciendo clic "
    "en [este enlace](https://t.larkspurdata.example/r?u=https%3A%2F%2Fprivacy.larkspurdata.example%2Fverify%2Fq2m7z). "
    "Si no confirma en 10 días, la solicitud se cerrará. Puede ver el [estado de su solicitud](https://privacy.larkspurdata.example/estado/q2m7z).",
    domains="larkspurdata.example", link="https://t.larkspurdata.example/r?u=https%3A%2F%2Fprivacy.larkspurdata.example%2Fverify%2Fq2m7z",
    form="alt", cte="base64")

add("es-32.eml", "es", "confirmed", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "Su solicitud de eliminación por DROP fue procesada",
    "Hola:\n\nHarrowgate Data recibió una solicitud de eliminación a través de la Plataforma de Solicitudes de "
    "Eliminación y Exclusión (DROP) de California. La relacionamos con registros de nuestra base de datos y los "
    "borramos el 19 de noviembre de 2026. Informamos el resultado a la Agencia de Protección de la Privacidad de California.",
    domains="harrowgatedata.example", fresh=True, es=True)

add("es-33.eml", "es", "refused", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "Solicitud DROP - no se encontraron registros",
    "Hola:\n\nProcesamos una solicitud de eliminación recibida por DROP y no encontramos ningún registro que coincida "
    "con la información proporcionada. No se borró nada. La consumidora puede agregar datos (como una dirección "
    "anterior) a su perfil de DROP.",
    reason="no record", domains="harrowgatedata.example", fresh=True, es=True, charset="iso-8859-1", enc="utf-8")

add("es-34.eml", "es", "acknowledged", ("Corvid Data Privacidad", "privacy@corviddata.example"),
    "RE: Solicitud de eliminación OPT-S-234",
    "Hola:\n\nSeguimos revisando su solicitud y responderemos dentro del plazo legal.\n\nPrivacidad Corvid\n\n"
    "De: Corvid Data Privacidad <privacy@corviddata.example>\nEnviado: martes, 8 de septiembre de 2026 11:02\n"
    "Para: Centro Comunitario Puente Legal <bajas@puentelegal.example>\nAsunto: RE: Solicitud OPT-S-034\n\n"
    "La eliminación de Wisly Jean-Baptiste (solicitud OPT-S-034) está completa. Todos los registros se borraron el 8 de septiembre.",
    domains="corviddata.example", form="alt", quote="outlook", quoted=q_es(234, YQ, "Corvid Data", "outlook", "privacy@corviddata.example"))

add("es-35.eml", "es", "unsure", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Solicitud de eliminación",
    "Hola, ya nos encargamos. ¡Saludos!",
    domains="thornburylookup.example", quoted=q_es(235, MF, "Thornbury Lookup"))

add("es-36.eml", "es", "confirmed", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Solicitud de eliminación OPT-S-236",
    "Listo: el perfil de su clienta se quitó de thornburylookup.example y se borró de nuestra base de datos.",
    domains="thornburylookup.example", quoted=q_es(236, LB, "Thornbury Lookup"))

add("es-37.eml", "es", "unsure", ("Cobblestone Data", "privacidad@cobblestonedata.example"),
    "Su solicitud de privacidad",
    "Hola:\n\nGracias por su solicitud. Suprimimos el registro de su clienta para que no se incluya en las listas de "
    "mercadeo que proporcionamos a nuestros clientes. Conservamos un registro de supresión con su nombre y dirección "
    "para que la información no se vuelva a agregar desde otras fuentes.",
    domains="cobblestonedata.example", form="alt", pre="Sus datos fueron eliminados")

add("es-38.eml", "es", "acknowledged", ("Cobblestone Data", "privacidad@cobblestonedata.example"),
    "Su solicitud está en proceso",
    "Verificamos la identidad de su clienta y la solicitud de eliminación está en proceso. Recibirá un correo cuando "
    "esté completa.",
    domains="cobblestonedata.example", form="alt", hidden="Su información personal ha sido eliminada.")

add("es-39.eml", "es", "refused", ("Nettlefield Data", "privacy@nettlefield.example"),
    "Re: Solicitud de eliminación de datos",
    "No somos un corredor de datos según la ley de Texas y no estamos registrados como tal. Nettlefield no tiene "
    "relación comercial con su cliente. Consideramos este asunto cerrado.",
    domains="nettlefield.example", reason="not a data broker")

add("es-40.eml", "es", "unsure", ("Corvid Data Privacidad", "privacy@corviddata.example"),
    "Caso 00488390: Su caso se cerró",
    "Hola:\n\nNúmero de caso: 00488390\nAsunto: Eliminación de datos - OPT-S-240\nEstado: Cerrado\n\nSu caso se cerró. "
    "Si necesita más ayuda, abra un caso nuevo en nuestro [formulario web de privacidad](https://corviddata.example/privacy/webform?lang=es).\n\n"
    "ref:_00D5e0Tk3._5005e1IjKl:ref",
    domains="corviddata.example", charset="iso-8859-1", cte="quoted-printable")

add("es-41.eml", "es", "confirmed", ("Soporte Hollowpine", "soporte@hollowpine.zendesk.example"),
    "Fwd: Re: Solicitud de eliminación OPT-S-241",
    "Hola, le reenvío la respuesta de nuestro equipo de registros sobre su solicitud. Saludos, Valeria M. (Hollowpine)",
    domains="hollowpine.example hollowpine.zendesk.example", form="fwd",
    inner={"frm": "Registros Hollowpine <registros@hollowpine.example>", "to": "Valeria M. <valeria@hollowpine.example>",
           "subject": "Re: OPT-S-241", "date": "Thu, 19 Nov 2026 15:22:10 -0600",
           "body": "Valeria: ya borramos todos los registros de Rosalinda Dela Peña (OPT-S-241), incluido su perfil en el sitio. -- Registros"})

add("es-42.eml", "es", "confirmed", ("Kestrel Search", "privacy@kestrelsearch.example"),
    "Re: Solicitud de eliminación OPT-S-242",
    "Hola! Your request is complete: we deleted todos los datos de su clienta, Yesenia Quispe Mamani, including her "
    "profile en kestrelsearch.example. Saludos, Kestrel Privacy Team",
    domains="kestrelsearch.example", quoted=q_es(242, YQ, "Kestrel Search"))


# ---- the clients' other languages, as a broker's translated template answers them ----------------

# Vietnamese (windows-1258 as Windows writes it, and UTF-8)
add("vi-01.eml", "vi", "confirmed", ("Quillfinder Hỗ trợ", "hotro@quillfinder.example"),
    "Re: Yêu cầu xóa dữ liệu OPT-S-301",
    "Xin chào,\n\nChúng tôi đã xóa hồ sơ của khách hàng của quý vị, Nguyễn Thị Thu Hà, khỏi trang web Quillfinder "
    "và xóa thông tin của bà khỏi cơ sở dữ liệu của chúng tôi.\n\nTrân trọng,\nBộ phận Hỗ trợ Quillfinder",
    domains="quillfinder.example", charset="windows-1258", cte="quoted-printable", subject_cs="windows-1258",
    name_cs="windows-1258")

add("vi-02.eml", "vi", "acknowledged", ("MyLedgerLife", "atencion@myledgerlife.example"),
    "Chúng tôi đã nhận được yêu cầu của quý vị",
    "Cảm ơn quý vị đã liên hệ với MyLedgerLife. Yêu cầu xóa hồ sơ của Nguyễn Thị Thu Hà đã được chấp nhận và sẽ được "
    "xử lý trong vòng 10 ngày làm việc.",
    domains="myledgerlife.example", charset="windows-1258", cte="8bit")

add("vi-03.eml", "vi", "unsure", ("Kinfolk Connect", "privacidad@kinfolkconnect.example"),
    "Yêu cầu ẩn thông tin đã hoàn tất",
    "Xin chào,\n\nThông tin liên quan đến Nguyễn Thị Thu Hà sẽ không còn hiển thị trên Kinfolk Finder. Xin lưu ý: việc "
    "ẩn thông tin chỉ áp dụng cho các trang tìm kiếm công khai của chúng tôi. Các dịch vụ kiểm tra lý lịch dành cho "
    "doanh nghiệp vẫn tiếp tục sử dụng thông tin từ hồ sơ công cộng.",
    domains="kinfolkconnect.example kinfolkfinder.example", form="alt")

add("vi-04.eml", "vi", "verify_link", ("Peopleward", "privacy@peopleward.example"),
    "Xác nhận yêu cầu gỡ bỏ của quý vị",
    "Xin chào,\n\nVui lòng [xác nhận yêu cầu](https://www.peopleward.example/removal/confirm?k=v9d31e&hl=vi) để chúng "
    "tôi gỡ hồ sơ. Liên kết này hết hạn sau 24 giờ.",
    domains="peopleward.example", link="https://www.peopleward.example/removal/confirm?k=v9d31e&hl=vi",
    form="html", charset="utf-8", cte="base64", fresh=True)

# Tagalog
add("tl-01.eml", "tl", "unsure", ("Radwell Directory", "support@radwelldirectory.example"),
    "Ang iyong kahilingan",
    "Magandang araw,\n\nHinanap namin sa aming database ang mga detalyeng ibinigay ninyo at wala kaming nakitang rekord "
    "na tumutugma sa pangalan at address. Walang ginawang aksyon.\n\nKung nasa aming website ang listing, ipadala "
    "ang buong URL nito.",
    domains="radwelldirectory.example")

add("tl-02.eml", "tl", "confirmed", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Kahilingan sa pag-alis OPT-S-306",
    "Kumusta,\n\nNatanggal na ang listing ni Rosalinda Dela Peña at nabura na ang kanyang impormasyon sa aming "
    "database. Maaaring lumitaw muli ang datos kung ilathala ulit ng aming mga pinagkukunan.",
    domains="greystonelistings.example")

add("tl-03.eml", "tl", "needs_info", ("Sablecrest People Search", "privacy@sablecrest.example"),
    "Re: Kahilingan OPT-S-307 - kailangan ang pahintulot",
    "Kumusta,\n\nBago namin aksyunan ang kahilingan mula sa isang awtorisadong ahente, kailangan namin ang pirmadong "
    "pahintulot ng kliyente. Walang pirma ang awtorisasyong ipinadala ninyo. Pakisagot ng kopyang may pirma.",
    domains="sablecrest.example")

# Haitian Creole
add("ht-01.eml", "ht", "acknowledged", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Demann pou retire OPT-S-308",
    "Bonjou,\n\nNou resevwa demann ou an. N ap retire paj la nan 10 jou ouvrab epi n ap ekri w lè sa fèt.",
    domains="greystonelistings.example", charset="iso-8859-1")

add("ht-02.eml", "ht", "refused", ("Equinox Credit Services", "consumerprivacy@equinoxcredit.example"),
    "Repons a demann ou",
    "Bonjou,\n\nDapre Lwa sou Rapò Kredi Jis (FCRA), nou dwe rapòte enfòmasyon ki egzak. Nou pa ka efase enfòmasyon "
    "ki egzak nan dosye kredi kliyan w lan. Si li panse gen yon erè, li ka fè yon diskisyon (dispute).",
    domains="equinoxcredit.example", reason="exempt (FCRA)")

add("ht-03.eml", "ht", "confirmed", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Demann pou retire OPT-S-310",
    "Fini: nou retire paj Wisly Jean-Baptiste sou thornburylookup.example epi nou efase li nan baz done nou an.",
    domains="thornburylookup.example", quoted=q_en(310, WJ, "Thornbury Lookup"))

# Chinese, simplified (GB2312, GBK) and traditional (Big5)
add("zh-01.eml", "zh", "unsure", ("Quillfinder 客服", "support@quillfinder.example"),
    "回复：删除请求 OPT-S-311",
    "您好：\n\n我们已审核您发送的三个个人资料链接，已删除其中两个。第三个链接中的人与您请求中的信息不符，因此未删除。\n\nQuillfinder 客服",
    domains="quillfinder.example", charset="gb2312", cte="base64", subject_cs="gb2312", name_cs="gb2312")

add("zh-02.eml", "zh", "refused", ("Meridian Risk 消费者中心", "consumer.privacy@meridianrisk.example"),
    "关于您的请求",
    "您好：\n\n我们的数据用于《公平信用报告法》允许的用途，并来自公共记录，因此不能删除。只有身份盗窃受害者"
    "（需提供警方报告）、面临人身危险的人以及在职法官和执法人员可以申请屏蔽非公开信息。",
    domains="meridianrisk.example", reason="suppression only for those who qualify", charset="gbk", cte="8bit",
    subject_cs="gbk")

add("zh-03.eml", "zh", "confirmed", ("Sablecrest 隱私團隊", "privacy@sablecrest.example"),
    "申訴結果 - OPT-S-313",
    "您好：\n\n我們已審查您的申訴，決定接受。我們已刪除陳美玲（CHEN Mei-ling）的個人資料，包括 sablecrest.example 上的頁面，"
    "今後不會再顯示或出售。",
    domains="sablecrest.example", charset="big5", cte="quoted-printable", subject_cs="big5", name_cs="big5")

add("zh-04.eml", "zh", "acknowledged", ("Grainger Public Data", "privacy@graingerpd.example"),
    "刪除請求 OPT-S-314 處理中",
    "請求編號：OPT-S-314\n類型：刪除\n狀態：處理中\n\n我們將在收到請求後 45 天內完成。完成後，您客戶的頁面將不再出現在搜尋結果中。",
    domains="graingerpd.example", charset="big5", form="alt", subject_cs="big5")

# Korean
add("ko-01.eml", "ko", "extended", ("Wexley Insights", "privacy@wexley.example"),
    "요청 처리 기간 연장 안내",
    "안녕하십니까.\n\n박지우(PARK Ji-woo) 님의 삭제 요청을 처리하고 있습니다. 고객님의 정보가 여러 시스템에 있어 법이 허용하는 대로 "
    "처리 기간을 45일 연장합니다. 2027년 1월 8일까지 답변드리겠습니다.",
    domains="wexley.example", charset="euc-kr", cte="base64", subject_cs="euc-kr")

add("ko-02.eml", "ko", "needs_id", ("Wexley Insights", "no-reply@wexley.example"),
    "본인 확인이 필요합니다",
    "개인정보 요청을 계속하려면, 끝자리가 19인 전화번호로 6자리 인증번호를 문자로 보냈습니다. 소비자 본인이 15분 안에 "
    "[wexley.example/privacy/verify](https://wexley.example/privacy/verify?lang=ko)에서 인증번호를 입력해야 합니다.",
    domains="wexley.example", charset="euc-kr", fresh=True)

add("ko-03.eml", "ko", "confirmed", ("Kestrel Search", "privacy@kestrelsearch.example"),
    "삭제 완료 안내 OPT-S-317",
    "안녕하세요.\n\n요청하신 대로 박지우 님의 프로필과 관련 기록을 11월 20일에 모두 삭제했습니다.",
    domains="kestrelsearch.example", charset="utf-8", cte="quoted-printable", subject_cs="euc-kr")

# Russian (KOI8-R) and Ukrainian (KOI8-U, windows-1251)
add("ru-01.eml", "ru", "refused", ("Ledgerline Privacy", "privacy@ledgerline.example"),
    "Ответ на запрос OPT-S-318",
    "Здравствуйте.\n\nLedgerline является бюро кредитных историй, и данные о вашей клиентке регулируются Законом о "
    "справедливой кредитной отчётности (FCRA). Эти данные не подлежат удалению по законам штатов о конфиденциальности. "
    "Если клиентка считает, что сведения неточны, она может их оспорить.",
    domains="ledgerline.example", reason="exempt (FCRA)", charset="koi8-r", cte="8bit", subject_cs="koi8-r")

add("ru-02.eml", "ru", "unsure", ("Pelican Marketing Data", "privacy@pelicandata.example"),
    "Ваши настройки конфиденциальности обновлены",
    "Здравствуйте.\n\nМы обработали ваш запрос: ваша клиентка исключена из продажи и передачи персональных данных, а также "
    "из таргетированной рекламы.",
    domains="pelicandata.example", charset="koi8-r", cte="quoted-printable", form="alt", pre="Ваш запрос выполнен")

add("ru-03.eml", "ru", "verify_link", ("Larkspur Data", "privacy@larkspurdata.example"),
    "Подтвердите запрос",
    "Здравствуйте.\n\nЧтобы продолжить удаление данных Оксаны Коваленко-Билык, подтвердите запрос по "
    "[этой ссылке](https://t.larkspurdata.example/r?u=https%3A%2F%2Fprivacy.larkspurdata.example%2Fverify%2Fr5t8w). "
    "Без подтверждения в течение 10 дней запрос будет закрыт.",
    domains="larkspurdata.example", link="https://t.larkspurdata.example/r?u=https%3A%2F%2Fprivacy.larkspurdata.example%2Fverify%2Fr5t8w",
    charset="utf-8", subject_cs="koi8-r")

add("uk-01.eml", "uk", "confirmed", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Запит на видалення OPT-S-321",
    "Доброго дня.\n\nПрофіль Оксани Коваленко-Білик видалено з нашого сайту, а її дані стерто з нашої бази. Дані можуть "
    "з'явитися знову, якщо наші джерела опублікують їх повторно.",
    domains="greystonelistings.example", charset="koi8-u", cte="8bit", subject_cs="koi8-u")

add("uk-02.eml", "uk", "refused", ("Larkspur Data", "privacy@larkspurdata.example"),
    "Ваш запит закрито",
    "Доброго дня.\n\nМи надіслали лист для підтвердження 20 жовтня і не отримали відповіді протягом 10 днів. Запит закрито "
    "без жодних дій.",
    domains="larkspurdata.example", reason="closed (no response)", charset="windows-1251", cte="quoted-printable",
    subject_cs="windows-1251")

add("uk-03.eml", "uk", "acknowledged", ("Delaware Data Exchange", "privacy@dedataexchange.example"),
    "Запит отримано",
    "Ми отримали ваш запит і відповімо протягом 45 днів. Номер запиту DDX-59034. Стан можна перевірити на "
    "[порталі конфіденційності](https://privacy.dedataexchange.example/status/DDX-59034).",
    domains="dedataexchange.example", charset="windows-1251", form="alt")

# Arabic and Farsi
add("ar-01.eml", "ar", "needs_info", ("Cobblestone Data", "privacy@cobblestonedata.example"),
    "رد: طلب حذف OPT-S-324",
    "مرحباً،\n\nشكراً لطلبكم نيابة عن أمل الحداد. يرجى إرسال الإذن الموقّع من المستهلكة الذي يفوّض منظمتكم بتقديم هذا الطلب.",
    domains="cobblestonedata.example", charset="windows-1256", cte="quoted-printable", subject_cs="windows-1256")

add("ar-02.eml", "ar", "confirmed", ("Radwell Directory", "support@radwelldirectory.example"),
    "رد: طلبكم OPT-S-325",
    "مرحباً،\n\nتمت إزالة صفحة أمل الحداد من دليل Radwell. موقعنا يُجمع من مصادر عامة، وقد تظهر صفحة جديدة إذا أعادت تلك "
    "المصادر نشر المعلومات؛ في هذه الحالة راسلونا وسنزيلها أيضاً.",
    domains="radwelldirectory.example", charset="iso-8859-6", cte="base64", subject_cs="iso-8859-6")

add("ar-03.eml", "ar", "acknowledged", ("Vantage People Finder", "privacy@vantagepf.example"),
    "رد: طلب حذف OPT-S-326",
    "مرحباً،\n\nسنتواصل مع موكلتكم مباشرة على رقم الهاتف المذكور في التفويض للتأكد من رغبتها. بعد تأكيدها سنقوم بالحذف.",
    domains="vantagepf.example", charset="utf-8", subject_cs="windows-1256")

add("fa-01.eml", "fa", "refused", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "درخواست DROP - هیچ سابقه‌ای یافت نشد",
    "سلام،\n\nدرخواست حذفی را که از طریق DROP رسید بررسی کردیم و هیچ سابقه‌ای مطابق با اطلاعات داده‌شده پیدا نکردیم. چیزی "
    "حذف نشد.",
    domains="harrowgatedata.example", fresh=True, cte="base64", reason="no record")

add("fa-02.eml", "fa", "refused", ("Sablecrest People Search", "privacy@sablecrest.example"),
    "تصمیم درباره درخواست تجدیدنظر OPT-S-328",
    "سلام،\n\nدرخواست تجدیدنظر شما را بررسی کردیم و تصمیم اولیه را حفظ می‌کنیم: درخواست تجدیدنظر شما رد شد. در صورت "
    "اعتراض می‌توانید با دادستان کل ایالت کلرادو تماس بگیرید.",
    domains="sablecrest.example", reason="appeal denied", charset="utf-8", cte="quoted-printable")

add("fa-03.eml", "fa", "confirmed", ("Hollowpine Support", "support@hollowpine.zendesk.example"),
    "[Hollowpine] Re: درخواست حذف OPT-S-329",
    zendesk("hollowpine.zendesk.example", 48611, "Dana K.",
            "سلام،\n\nاطلاعات شخصی موکل شما، فاطمه رضایی تبریزی، از جمله صفحه او در hollowpine.example را حذف کردیم. "
            "این صفحه دیگر در نتایج جستجو نمایش داده نمی‌شود.", solved=True, survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", form="alt", headers=ZD_HEADERS)

# Portuguese and French
add("pt-01.eml", "pt", "refused", ("Clearwater Legal Data", "privacy@clearwaterlegal.example"),
    "Re: Pedido de exclusão OPT-S-330",
    "Olá,\n\nAs informações da nossa plataforma são usadas para fins isentos pela lei do Texas, incluindo a prevenção "
    "de fraudes, e vêm de registros públicos. Por isso não podemos excluí-las. Vocês podem recorrer desta decisão "
    "escrevendo para appeals@clearwaterlegal.example em até 60 dias.",
    domains="clearwaterlegal.example", reason="exempt (fraud prevention and public records)", charset="iso-8859-1",
    cte="quoted-printable", subject_cs="iso-8859-1")

add("pt-02.eml", "pt", "confirmed", ("Corvid Data Privacy", "privacy@corviddata.example"),
    "Caso 00488455: Seu caso foi encerrado",
    "Olá,\n\nNúmero do caso: 00488455\nStatus: Encerrado - Concluído\n\nResolução: Excluímos as informações pessoais de "
    "Amal Al-Haddad das nossas bases de marketing e de busca de pessoas. A exclusão é permanente.",
    domains="corviddata.example", charset="utf-8", cte="base64")

add("pt-03.eml", "pt", "acknowledged", ("Greystone Listings", "support@greystonelistings.example"),
    "Re: Pedido de remoção OPT-S-332",
    "Olá,\n\nRecebemos seu pedido. Removeremos o anúncio em até 10 dias úteis e avisaremos quando estiver feito.",
    domains="greystonelistings.example", charset="windows-1252")

add("fr-01.eml", "fr", "unsure", ("Tamarack Records Help Center", "help@tamarackrecords.freshdesk.example"),
    "Ticket fermé - Demande de suppression OPT-S-333 [#21133]",
    "Bonjour,\n\nVotre ticket n° 21133 « Demande de suppression OPT-S-333 » a été fermé.\n\nNous espérons qu'il a été "
    "résolu à votre satisfaction. Sinon, répondez simplement à ce courriel.\n\n[Rouvrir le ticket](https://tamarackrecords.freshdesk.example/support/tickets/21133/reopen)",
    domains="tamarackrecords.example tamarackrecords.freshdesk.example", form="alt", charset="iso-8859-15",
    cte="quoted-printable", subject_cs="iso-8859-15")

add("fr-02.eml", "fr", "extended", ("Ostrander Marketing Data", "privacy@ostrander.example"),
    "Votre demande - prolongation du délai",
    "Bonjour,\n\nEn raison du nombre de demandes, nous prolongeons de 45 jours supplémentaires le délai de réponse à "
    "votre demande de suppression, comme la loi le permet. Nous répondrons au plus tard le 12 janvier 2027.",
    domains="ostrander.example", charset="windows-1252", cte="8bit")

add("fr-03.eml", "fr", "needs_info", ("Thornbury Lookup", "help@thornburylookup.example"),
    "Re: Demande de retrait OPT-S-335",
    "Bonjour, souhaitez-vous seulement retirer la fiche du site, ou aussi supprimer les données ? Répondez 1 pour la fiche "
    "seulement, 2 pour une suppression complète.",
    domains="thornburylookup.example", flowed=True)

# Mixed languages
add("es-43.eml", "es", "unsure", ("Sable Harbor Records", "no-reply@sableharbor.example"),
    "Actualización de su solicitud / Update on your request",
    "Hay una actualización sobre su solicitud. Para ver los detalles, entre a nuestro "
    "[Centro de Privacidad](https://privacy.sableharbor.example/status/8821d).\n\nThere is an update on your request. "
    "To see the details, visit our [Privacy Center](https://privacy.sableharbor.example/status/8821d).",
    domains="sableharbor.example", form="alt", pre="Su solicitud está completa / Your request is complete", es=True,
    fresh=True)

add("en-78.eml", "en", "acknowledged", ("Fernvale Service Desk", "jira@fernvale.atlassian.example"),
    "PRIV-3390 Solicitud de eliminación OPT-S-337",
    "—-—-—-—\nReply above this line.\n\nFernvale Privacy Desk: We have received your request (Solicitud de eliminación "
    "OPT-S-337). Our Spanish-speaking team will reply. Hemos recibido su solicitud; le responderemos pronto.\n\n"
    "[View request](https://fernvale.atlassian.example/servicedesk/customer/portal/4/PRIV-3390)",
    domains="fernvale.example fernvale.atlassian.example", form="alt", es=True)

add("vi-05.eml", "vi", "refused", ("Nettlefield Data", "privacy@nettlefield.example"),
    "Re: Yêu cầu xóa dữ liệu / Data deletion request",
    "Chúng tôi không phải là công ty môi giới dữ liệu theo luật Texas. We are not a data broker under Texas law and "
    "have no obligation to respond. Vụ việc này đã khép lại.",
    domains="nettlefield.example", reason="not a data broker", charset="utf-8", subject_cs="windows-1258")

add("tl-04.eml", "tl", "unsure", ("Hollowpine Support", "support@hollowpine.zendesk.example"),
    "[Hollowpine] Re: Kahilingan OPT-S-339",
    zendesk("hollowpine.zendesk.example", 48702, "Dana K.",
            "Hi po,\n\nSalamat sa pag-contact sa Hollowpine. Na-review na namin ang inyong mensahe and we are marking this "
            "ticket as solved.", solved=True, survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", form="html", headers=ZD_HEADERS,
    pre="Your request (48702) has been solved.")

add("en-79.eml", "en", "bounce", ("Mail Delivery System", "mailer-daemon@mx2.radwelldirectory.example"),
    "Delivery Status Notification (Delay)",
    "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED "
    "TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed: support@radwelldirectory.example\n\n"
    "Mesaj ou a poko rive. N ap eseye ankò pandan 3 jou.",
    domains="radwelldirectory.example", form="bounce", rcpt="support@radwelldirectory.example",
    mta="mx2.radwelldirectory.example", status=("4.4.7", "421 4.4.7 Connection timed out"),
    letter=letter_en("OPT-S-340", WJ, "Radwell Directory"), orig_subject="Demann pou retire OPT-S-340")


# ---- more English: long threads, forwards, look-alike links, SMS-style -----------------------

_THREAD = "\n\n".join(
    f"From: {who}\nSent: {when}\nSubject: RE: Deletion request OPT-S-080\n\n{text}" for who, when, text in [
        ("Vantage Privacy <privacy@vantagepf.example>", "Tuesday, November 17, 2026 3:02 PM",
         "We have removed the listing vantagepf.example/p/rosalinda-pena/CA/1180 that you asked about on November 3."),
        ("Riverbend Immigrant Legal Services <privacy@riverbend-ils.example>", "Tuesday, November 3, 2026 9:40 AM",
         "Thank you. There is a second listing of Rosalinda Dela Peña under another spelling; please remove it as well. "
         "Reference: OPT-S-080"),
        ("Vantage Privacy <privacy@vantagepf.example>", "Monday, November 2, 2026 5:11 PM",
         "We are working on the first listing."),
        ("Riverbend Immigrant Legal Services <privacy@riverbend-ils.example>", "Monday, October 26, 2026 9:14 AM",
         letter_en("OPT-S-080", RP, "Vantage People Finder"))])

add("en-80.eml", "en", "needs_info", ("Vantage People Finder", "privacy@vantagepf.example"),
    "RE: RE: RE: RE: Deletion request OPT-S-080",
    "Hello,\n\nAbout the second listing: we cannot find it under the spelling you gave. Please send its URL or your "
    "client's previous city so we can locate it.\n\nVantage Privacy",
    domains="vantagepf.example", quoted=_THREAD, form="alt", quote="outlook")

add("en-81.eml", "en", "acknowledged", ("Marcus Oyelaran-Webb", "m.oyelaranwebb@ostrander.example"),
    "FW: Deletion request OPT-S-081",
    "Hi, forwarding our data vendor's answer below for your records. Your client's request is in their next processing "
    "cycle; we will write again when they confirm.\n\nMarcus\nOstrander Privacy Office",
    domains="ostrander.example", form="fwd",
    inner={"frm": "Vendor Operations <ops@listvault.example>", "to": "Marcus Oyelaran-Webb <m.oyelaranwebb@ostrander.example>",
           "subject": "Re: suppression batch 2026-11", "date": "Wed, 18 Nov 2026 10:05:44 -0500",
           "body": "Marcus, the record from request OPT-S-081 is queued for deletion in the December 1 batch. We will send the completion file after the run."})

add("en-82.eml", "en", "unsure", ("Quillfinder", "optout@quillfinder-privacy.example"),
    "Final step: confirm your removal",
    "Hi,\n\nYour listing removal is almost done. [Confirm removal](https://quiilfinder.example/optout/confirm?t=a8b77e) "
    "to finish. Link expires in 24 hours.",
    domains="quillfinder.example", form="html", fresh=True)

add("en-83.eml", "en", "confirmed", ("Ledgerline Privacy", "privacy@ledgerline.example"),
    "Re: Deletion request OPT-S-083",
    "Hi,\n\nWe looked into this and found that the profile your client asked about was created from our marketing data, "
    "not from a credit file. We've deleted that profile and the marketing record behind it for Luz Belén Xicará Tzoc. "
    "This conversation is now closed; just reply if you need anything else.\n\nHow did we do? "
    "[Great](https://ledgerline.helpscout.example/rate/2219502/great) [Okay](https://ledgerline.helpscout.example/rate/2219502/okay) "
    "[Not good](https://ledgerline.helpscout.example/rate/2219502/bad)\n\nRowan\nLedgerline Privacy",
    domains="ledgerline.example ledgerline.helpscout.example", form="alt", headers=["X-HelpScout-Conversation-Id: 2219502"])

add("en-84.eml", "en", "confirmed", ("5557710441", "5557710441@txt.fastlistings.example"),
    "OPT-S-084",
    "FastListings: listing for J. de la Cruz Ayala removed today per your request. Reply HELP for help.",
    domains="fastlistings.example", charset="us-ascii", cte="7bit")


# ---- more: a confirm link beside survey buttons, machine-translated Spanish, a Spanish thread ------

add("en-85.eml", "en", "verify_link", ("Hollowpine Support", "support@hollowpine.zendesk.example"),
    "[Hollowpine] Re: Deletion request OPT-S-185",
    zendesk("hollowpine.zendesk.example", 48820, "Dana K.",
            "Hello,\n\nBefore we delete the profile, the person it describes must confirm the request. Please have your "
            "client open [this confirmation page](https://privacy.hollowpine.example/confirm?req=48820&sig=e1f0) within 24 "
            "hours.\n\nWe'll set this ticket to pending until then.", survey=True),
    domains="hollowpine.example hollowpine.zendesk.example", link="https://privacy.hollowpine.example/confirm?req=48820&sig=e1f0",
    form="html", headers=ZD_HEADERS, pre="Action needed on your request (48820)")

add("es-44.eml", "es", "unsure", ("Pelican Datos", "privacidad@pelicandata.example"),
    "Su solicitud ha sido procesado exitosamente",
    "Estimado cliente,\n\nGracias por su solicitud. Su solicitud ha sido procesado exitosamente. Usted ha sido optado "
    "fuera de la venta de su informacion personal. Por favor permita hasta 15 dias de negocio para que el cambio toma "
    "efecto.\n\nSinceramente,\nEl Equipo de Privacidad",
    domains="pelicandata.example", charset="us-ascii", cte="7bit")

_HILO = "\n\n".join(
    f"De: {who}\nEnviado: {when}\nAsunto: RE: Solicitud de eliminación OPT-S-245\n\n{text}" for who, when, text in [
        ("Privacidad Vantage <privacidad@vantagepf.example>", "martes, 17 de noviembre de 2026 15:02",
         "Eliminamos el perfil vantagepf.example/p/jose-cruz-ayala/TX/2291 que nos indicó el 3 de noviembre."),
        ("Centro Comunitario Puente Legal <bajas@puentelegal.example>", "martes, 3 de noviembre de 2026 9:40",
         "Gracias. Hay un segundo perfil de José Luis de la Cruz Ayala con otra ortografía; por favor elimínenlo también."),
        ("Centro Comunitario Puente Legal <bajas@puentelegal.example>", "lunes, 26 de octubre de 2026 9:14",
         letter_es("OPT-S-245", JL, "Vantage People Finder"))])

add("es-45.eml", "es", "needs_info", ("Privacidad Vantage", "privacidad@vantagepf.example"),
    "RE: RE: RE: Solicitud de eliminación OPT-S-245",
    "Hola:\n\nSobre el segundo perfil: no lo encontramos con la ortografía indicada. Envíenos su URL o la ciudad anterior "
    "de su cliente para ubicarlo.\n\nPrivacidad Vantage",
    domains="vantagepf.example", quoted=_HILO, form="alt", quote="outlook", charset="windows-1252", cte="quoted-printable")

add("es-46.eml", "es", "acknowledged", ("Harrowgate Data", "privacy@harrowgatedata.example"),
    "Solicitud DROP recibida",
    "Hola:\n\nRecibimos por DROP una solicitud de eliminación que coincide con registros de nuestra base. Los borraremos "
    "en nuestro próximo ciclo de procesamiento, antes del 15 de diciembre, e informaremos el resultado a la Agencia.",
    domains="harrowgatedata.example", fresh=True, es=True, cte="base64")

add("pt-04.eml", "pt", "verify_link", ("Quillfinder", "optout@quillfinder.example"),
    "Confirme seu pedido de exclusão",
    "Olá,\n\nRecebemos um pedido para remover um perfil do Quillfinder. Para concluí-lo, "
    "[confirme a exclusão](https://www.quillfinder.example/optout/confirm?t=e55c0a1f93b6&lang=pt) em até 24 horas. "
    "[Cancelar inscrição](https://www.quillfinder.example/unsubscribe?e=ef56)",
    domains="quillfinder.example", link="https://www.quillfinder.example/optout/confirm?t=e55c0a1f93b6&lang=pt",
    form="alt", fresh=True, charset="iso-8859-1", cte="quoted-printable", subject_cs="iso-8859-1")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
