"""Assemble set K (tests/replies/setk): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setk/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set K answers opt-outs the consumer sent herself through a broker's web form (optout submits the
form in her name, from her own mailbox or an alias of it), and follows some requests over months in
one thread. A body is written once, in a small markup:

- ``[text](url)``: a link (HTML: an anchor; plain: "text: url");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` (a click-tracker, a look-alike) while the
  plain part shows ``shown``; ``shown`` = ``-`` means the plain part shows the text only (no copy);
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer.

``html=`` gives a hand-written HTML part instead (tables, images, a button that is an image, a
link whose text is another address), and ``plain=`` a plain part of its own (a stale one that
disagrees with the HTML, as some senders' templates do).
"""

from __future__ import annotations

import base64
import csv
import quopri
import re
import struct
import sys
import zlib
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, esc as _esc)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []


def _plain(body: str) -> str:
    def one(m: re.Match[str]) -> str:
        shown = m.group(3) or m.group(2)
        return m.group(1) if shown == "-" else f"{m.group(1)}: {shown}"
    return LINK.sub(one, body)


def _html(body: str, quoted: str = "", charset: str = "utf-8") -> str:
    paras = []
    for p in body.strip().split("\n\n"):
        out, last = [], 0
        for m in LINK.finditer(p):
            out.append(_esc(p[last:m.start()]))
            out.append(f'<a href="{_esc(m.group(2))}">{_esc(m.group(1))}</a>')
            last = m.end()
        out.append(_esc(p[last:]))
        paras.append("<p>" + "".join(out).replace("\n", "<br>\n") + "</p>")
    q = ""
    if quoted:
        q = ('\n<div class="quote"><blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
             + _esc(quoted.strip()).replace("\n", "<br>\n") + "</blockquote></div>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            '<body style="font-family:Helvetica,Arial,sans-serif">\n' + "\n".join(paras) + q + "\n</body></html>\n")


def _encode(text: str | bytes, charset: str, cte: str) -> bytes:
    raw = text if isinstance(text, bytes) else text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit or 8bit


def _leaf(subtype: str, text: str, charset: str, cte: str) -> bytes:
    return (f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n').encode() + _encode(text, charset, cte)


def _word(value: str, charset: str) -> str:
    """An RFC 2047 B-word in ``charset`` when it spells ``value``, else UTF-8; ASCII stays as is."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    try:
        raw, cs = value.encode(charset), charset
    except UnicodeEncodeError:
        raw, cs = value.encode("utf-8"), "utf-8"
    # one word per 30 bytes or so, cut on characters
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode(cs)) > 30:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    del raw
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def _addr(name: str, mail: str, charset: str) -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
        return f'"{name}" <{mail}>'
    except UnicodeEncodeError:
        return f"{_word(name, charset)} <{mail}>"


def _png() -> bytes:
    """A 1x1 grey PNG: the picture never carries the message, its alt text does."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF letter (Helvetica, Latin-1 text) with a correct cross-reference table."""
    def s(t: str) -> str:
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 72 740 Td 14 TL " + " ".join(f"({s(t)}) '" for t in lines) + " ET"
    stream = text.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def reply(lang: str, kind: str, domains: str, sender: tuple[str, str], subject: str, body: str = "", *,
          to: tuple[str, str] = ("", ""), reason: str = "", link: str = "", layout: str = "plain",
          charset: str = "utf-8", cte: str = "quoted-printable", quoted: str = "", headers: str = "",
          html: str = "", plain: str = "", pdf: list[str] | None = None, raw: bytes = b"",
          date: str = "") -> None:
    """One reply. ``layout``: plain, html, alt (multipart/alternative), related (HTML with an inline
    image), mixed (a text part and a PDF letter), report (a delivery report: ``raw`` is its body)."""
    REPLIES.append(dict(lang=lang, kind=kind, domains=domains, sender=sender, subject=subject, body=body,
                        to=to, reason=reason, link=link, layout=layout, charset=charset, cte=cte, quoted=quoted,
                        headers=headers, html=html, plain=plain, pdf=pdf, raw=raw, date=date))



def reply_on(date: str, *args: object, **kw: object) -> None:
    """A reply whose date is part of its story (a thread's receipt, extension and completion)."""
    reply(*args, date=date, **kw)  # type: ignore[arg-type]

def _date(k: int) -> str:
    # spread over September to November 2026, in the senders' zones
    month, days = [("Sep", 30), ("Oct", 31), ("Nov", 30)][k % 3]
    day = 1 + (k * 11) % (days - 2)
    import datetime as dt
    wd = dt.date(2026, {"Sep": 9, "Oct": 10, "Nov": 11}[month], day).strftime("%a")
    tz = ["-0700", "-0500", "+0000", "-0400", "-0600", "+0100", "-0300"][k % 7]
    return f"{wd}, {day} {month} 2026 {7 + k % 12:02d}:{(k * 17) % 60:02d}:{(k * 31) % 60:02d} {tz}"


def _assemble(k: int, name: str, r: dict[str, object]) -> bytes:
    cs, cte = str(r["charset"]), str(r["cte"])
    sender = r["sender"]
    to = r["to"] if r["to"] != ("", "") else ("", "optout-requests@buzon-seguro.example")
    host = sender[1].split("@")[1]  # type: ignore[index]
    head = (f"From: {_addr(sender[0], sender[1], cs)}\nTo: {_addr(to[0], to[1], cs)}\n"  # type: ignore[index]
            f"Subject: {_word(str(r['subject']), cs)}\nDate: {r['date'] or _date(k)}\n"
            f"Message-ID: <k{k:04d}.{zlib.crc32(name.encode()):08x}@{host}>\nMIME-Version: 1.0\n" + str(r["headers"]))
    body, quoted = str(r["body"]), str(r["quoted"])
    text = str(r["plain"]) or (_plain(body).strip() + "\n" + (("\n" + quoted.strip() + "\n") if quoted else ""))
    html = str(r["html"]) or _html(body, quoted, cs)
    b = f"==_setk_{k:04d}"
    layout = r["layout"]
    if layout == "plain":
        return head.encode() + _leaf("plain", text, cs, cte)
    if layout == "html":
        return head.encode() + _leaf("html", html, cs, cte)
    if layout == "alt":
        return (head + f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n').encode() + _leaf("plain", text, cs, cte) \
            + f"\n--{b}\n".encode() + _leaf("html", html, cs, cte) + f"\n--{b}--\n".encode()
    if layout == "related":
        img = base64.encodebytes(_png()).decode()
        return (head + f'Content-Type: multipart/related; boundary="{b}"; type="text/html"\n\n--{b}\n').encode() \
            + _leaf("html", html, cs, cte) + (f"\n--{b}\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
                                             f"Content-ID: <banner@{host}>\nContent-Disposition: inline; filename=\"banner.png\"\n\n{img}--{b}--\n").encode()
    if layout == "mixed":
        pdf = base64.encodebytes(_pdf(list(r["pdf"] or []))).decode()  # type: ignore[arg-type]
        return (head + f'Content-Type: multipart/mixed; boundary="{b}"\n\n--{b}\n').encode() + _leaf("plain", text, cs, cte) \
            + (f"\n--{b}\nContent-Type: application/pdf; name=\"response-letter.pdf\"\nContent-Transfer-Encoding: base64\n"
               f"Content-Disposition: attachment; filename=\"response-letter.pdf\"\n\n{pdf}--{b}--\n").encode()
    if layout == "report":
        return (head + f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n--{b}\n').encode() \
            + _leaf("plain", text, cs, cte) + f"\n--{b}\n".encode() + bytes(r["raw"]) + f"\n--{b}--\n".encode()  # type: ignore[arg-type]
    raise ValueError(f"{name}: unknown layout {layout!r}")


def main(out: Path = HERE) -> None:
    rows, seen = [], {}
    for k, r in enumerate(REPLIES, 1):
        lang = str(r["lang"])
        seen[lang] = seen.get(lang, 0) + 1
        name = f"{lang}-{seen[lang]:02d}.eml"
        (out / name).write_bytes(_assemble(k, name, r))
        rows.append({"file": name, "lang": lang, "class": r["kind"], "reason": r["reason"], "link": r["link"],
                     "domains": r["domains"]})
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "lang", "class", "reason", "link", "domains"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------
# The replies. Consumers (invented): each submitted a broker's own opt-out form through optout.
# ---------------------------------------------------------------------------------------------

LUCIA = ("Lucía Ramírez Ortega", "lucia.ramirez@buzon-seguro.example")
HOA = ("Nguyễn Thị Hoa", "hoa.nguyen@buzon-seguro.example")
AHMED = ("Ahmed Abdi Warsame", "a.warsame@buzon-seguro.example")
JB = ("Jean-Baptiste Pierre-Louis", "jb.pierrelouis@buzon-seguro.example")
JOSE = ("José Luis de la Cruz Márquez", "jl.delacruz@buzon-seguro.example")
MARIA = ("Maria Aparecida dos Santos Silva", "maria.santos@buzon-seguro.example")
OKSANA = ("Oksana Kovalenko", "oksana.k@buzon-seguro.example")
WEI = ("Chen Wei", "chen.wei@buzon-seguro.example")
MINJUN = ("Kim Min-jun", "minjun.kim@buzon-seguro.example")
ROSA = ("Rosa María O'Neill-Gutiérrez", "rosa.oneill@buzon-seguro.example")

LENS = "peoplelens.example"
KIN = "findkin.example"
TRAIL = "truthtrail.example"
ARCH = "addressarchive.example"
ROSTER = "phoneroster.example"
RADAR = "recordsradar.example"
NEIGH = "neighborlookup.example"
BGLY = "backgroundly.example"
QPC = "quickpeoplecheck.example"
TRACER = "usainfotracer.example"
PFS = "publicfilesearch.example"
FTF = "familytreefinder.example"

# ---- English: the web-form flow --------------------------------------------------------------

reply("en", "acknowledged", LENS, ("PeopleLens Privacy", "privacy@peoplelens.example"),
      "We received your opt-out request", """Hi,

Thanks for contacting PeopleLens. We received the opt-out request you submitted on our website for the following listing:

https://www.peoplelens.example/Lucia-Ramirez/Houston/TX/p8812034

Our privacy team reviews each request by hand. You will receive another email from us when the request has been processed. There is nothing more you need to do right now.

PeopleLens Privacy Team""", to=LUCIA)

reply("en", "verify_link", LENS, ("PeopleLens", "no-reply@peoplelens.example"),
      "Action required: confirm your email to finish your opt-out", """Hello,

Someone (hopefully you) asked PeopleLens to remove a listing and gave this email address.

To complete the removal process, click the link below. If the link does not open, copy it into your browser's address bar.

[https://www.peoplelens.example/optout/confirm/7f3c9a1e52b84d0c](https://www.peoplelens.example/optout/confirm/7f3c9a1e52b84d0c)

If you did not make this request, you can ignore this email and nothing will change.

PeopleLens""", link="https://www.peoplelens.example/optout/confirm/7f3c9a1e52b84d0c", layout="alt", to=LUCIA)

reply_on("Mon, 9 Nov 2026 06:15:00 -0600", "en", "verify_link", LENS, ("PeopleLens", "no-reply@peoplelens.example"),
      "Reminder: your opt-out is not finished", """Hello again,

We noticed you have not yet confirmed the opt-out request you started on November 2. Your listing is still visible on PeopleLens until you confirm.

[Confirm my opt-out](https://www.peoplelens.example/optout/confirm/7f3c9a1e52b84d0c)

This is our second and last reminder. Unconfirmed requests are deleted after 14 days.

[Unsubscribe from reminders](https://www.peoplelens.example/email/unsubscribe?u=88ab1)""",
      link="https://www.peoplelens.example/optout/confirm/7f3c9a1e52b84d0c", layout="html", to=LUCIA)

reply("en", "confirmed", LENS, ("PeopleLens Privacy", "privacy@peoplelens.example"),
      "Your opt-out is complete", """Hi,

Your opt-out request has been completed. The listing below has been removed from PeopleLens search results and a permanent privacy flag was placed on it so the same record does not come back:

https://www.peoplelens.example/Lucia-Ramirez/Houston/TX/p8812034

Please note: we receive new records all the time. If a new record with a different address is created, it may show up as a separate listing, which you can opt out the same way.

PeopleLens Privacy Team""", to=LUCIA)

reply("en", "needs_info", LENS, ("PeopleLens Privacy", "privacy@peoplelens.example"),
      "We could not process your opt-out request", """Hi,

We were unable to process your request. The URL you entered is not a PeopleLens profile URL:

https://www.peoplelens.example/search?q=Ahmed+Warsame&loc=Minneapolis

That is the address of a search results page. Please open your listing, copy the URL from your browser (it ends in a number starting with "p"), and submit the opt-out form again with that URL.

PeopleLens Privacy Team""", to=AHMED)

reply("en", "needs_info", NEIGH, ("NeighborLookup Support", "support@neighborlookup.example"),
      "Re: Opt-out request - more than one match", """Hello,

Thank you for your opt-out request. We found three listings that match the name and state you entered:

1. Hoa T Nguyen, age 40s, San Jose, CA
2. Hoa Thi Nguyen, age 50s, Garden Grove, CA
3. Hoa Nguyen, age 30s, Westminster, CA

Which of these listings would you like us to remove? Please reply with the number of the listing, or with its full URL. We will not remove anything until we hear back from you.

NeighborLookup Support""", to=HOA)

reply("en", "confirmed", NEIGH, ("NeighborLookup Support", "support@neighborlookup.example"),
      "Re: Opt-out request - listing already removed", """Hello,

We checked the listing you sent us (neighborlookup.example/p/hoa-thi-nguyen-garden-grove-ca/5510). That listing was already removed: an opt-out for it was processed on September 14, 2026, and it no longer appears on our site or in our search results.

No further action is needed.

NeighborLookup Support""", to=HOA)

reply("en", "acknowledged", TRAIL, ("TruthTrail", "privacy@truthtrail.example"),
      "Your opt-out request was received", """Thank you for submitting your opt-out request.

Your request was received and is now in our queue. Your listing will be removed from TruthTrail within 24-48 hours. Please allow up to 72 hours for the change to show on search engines, which keep their own copies.

Reference: TT-OPT-2211587

TruthTrail Customer Care""", to=JOSE)

reply("en", "verify_link", TRAIL, ("TruthTrail", "privacy@truthtrail.example"),
      "Verify your opt-out request", """Thanks for submitting an opt-out request.

Before we process it we need to confirm that this email address belongs to you. Please click the button below. This link expires in 24 hours; after that you will have to submit the opt-out form again.

[Verify my request](https://www.truthtrail.example/opt-out/v2/verify?code=QX7-51RT-0093)

If the button does not work, paste this link in your browser: https://www.truthtrail.example/opt-out/v2/verify?code=QX7-51RT-0093

[Cancel this request](https://www.truthtrail.example/opt-out/v2/cancel?code=QX7-51RT-0093)""",
      link="https://www.truthtrail.example/opt-out/v2/verify?code=QX7-51RT-0093", layout="alt", to=JOSE)

reply("en", "needs_info", TRAIL, ("TruthTrail", "privacy@truthtrail.example"),
      "Your verification link has expired", """Hello,

The verification link we sent you on October 3 has expired, so your opt-out request was not completed and your record has not been removed.

To try again, please go to our opt-out page and submit the form again; we will send you a new link.

TruthTrail Customer Care""", to=JOSE)

reply("en", "confirmed", TRAIL, ("TruthTrail", "privacy@truthtrail.example"),
      "Opt-out confirmed", """Your opt-out request TT-OPT-2211587 is complete.

The record you selected has been suppressed and will no longer appear in TruthTrail search results or reports. We have also instructed our data partners not to return this record in future search results.

TruthTrail Customer Care""", to=JOSE)

reply("en", "verify_link", KIN, ("FindKin", "noreply@mail.findkin.example"),
      "Please confirm your removal request", """Hi there,

Please confirm the removal request for your FindKin record by clicking below.

[Confirm removal](https://click.mailrelay-pro.example/ls/click?upn=Rk1uZF9raW4tOTkz|https://www.findkin.example/remove/confirm?id=993aa71c)

[View in browser](https://click.mailrelay-pro.example/ls/click?upn=dmlldy1pbi1icm93c2Vy|https://www.findkin.example/email/view/993aa71c)

FindKin, Inc. | [Privacy](https://www.findkin.example/privacy) | [Unsubscribe](https://click.mailrelay-pro.example/ls/click?upn=dW5zdWI|https://www.findkin.example/email/unsubscribe)""",
      link="https://www.findkin.example/remove/confirm?id=993aa71c", layout="alt", to=AHMED)

reply("en", "verify_link", KIN, ("FindKin", "noreply@mail.findkin.example"),
      "Confirm your removal request", """Hi there,

Thanks for your request to remove your record from FindKin. One more step: tap the button to confirm.

[Confirm removal](https://links.findkin.example/c/eJyNkE1OwzAQhU9TL5HjOE6y8AJaKiEhIbGBreOfxqrjqWyH)

Didn't ask for this? [It wasn't me](https://www.findkin.example/remove/report?id=51b2)""",
      link="https://links.findkin.example/c/eJyNkE1OwzAQhU9TL5HjOE6y8AJaKiEhIbGBreOfxqrjqWyH", layout="html", to=WEI)

reply("en", "verify_link", KIN, ("FindKin", "noreply@mail.findkin.example"),
      "Confirm your removal request", """Hi there,

Please confirm the removal request for your FindKin record.

[Confirm removal](https://t.sendpulse-mail.example/track/c?u=aHR0cHM6Ly93d3cuZmluZGtpbi5leGFtcGxl&s=77|-)

FindKin, Inc.""", link="https://t.sendpulse-mail.example/track/c?u=aHR0cHM6Ly93d3cuZmluZGtpbi5leGFtcGxl&s=77",
      layout="alt", to=MINJUN)

reply("en", "verify_link", ARCH, ("Address Archive", "optout@addressarchive.example"),
      "Confirm your opt-out (sent twice, either button works)", """Hello,

You asked us to remove your record. Please confirm by clicking the link below:

[Yes, remove my record](https://www.addressarchive.example/optout/confirm/a41f0c2d9e)

Having trouble? This is the same link again, as plain text:
https://www.addressarchive.example/optout/confirm/a41f0c2d9e

Address Archive""", link="https://www.addressarchive.example/optout/confirm/a41f0c2d9e", layout="alt", to=MARIA)

reply("en", "verify_link", ARCH, ("Address Archive", "optout@addressarchive.example"),
      "Confirm your opt-out", """Hello,

You asked us to remove your record. Please confirm by clicking the link below:

[Yes, remove my record](https://www.addressarchive.example/optout/confirm/a41f0c2d9e)

Address Archive""", link="https://www.addressarchive.example/optout/confirm/a41f0c2d9e", layout="plain", to=MARIA,
      headers="X-Mailer: AA Notifier 2.3 (resend)\n")

reply("en", "verify_link", QPC, ("QuickPeopleCheck", "privacy@quickpeoplecheck.example"),
      "Please verify your opt-out", "", layout="related", to=ROSA,
      link="https://optout.quickpeoplecheck.example/verify?t=ZKp01-88",
      html="""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td><a href="https://www.quickpeoplecheck.example/"><img src="cid:banner@quickpeoplecheck.example" alt="QuickPeopleCheck" width="180" height="40"></a></td></tr>
<tr><td style="font:15px Arial">Hi Rosa,<br><br>We received a request to remove your information from QuickPeopleCheck. Click the button below to verify it is really you.</td></tr>
<tr><td align="center"><a href="https://optout.quickpeoplecheck.example/verify?t=ZKp01-88"><img src="https://cdn.quickpeoplecheck.example/email/btn-verify.png" alt="Verify my opt-out" width="220" height="48" border="0"></a></td></tr>
<tr><td style="font:12px Arial;color:#888">If you did not ask for this, ignore this message.<br><a href="https://www.quickpeoplecheck.example/search">Search people</a> &middot; <a href="https://www.quickpeoplecheck.example/email/prefs">Email preferences</a></td></tr>
</table></td></tr></table></body></html>
""")

reply("en", "confirmed", QPC, ("QuickPeopleCheck", "privacy@quickpeoplecheck.example"),
      "Opt-out status", "", layout="related", to=ROSA,
      html="""<html><body>
<table width="600" align="center" cellpadding="12" cellspacing="0">
<tr><td><img src="cid:banner@quickpeoplecheck.example" alt="QuickPeopleCheck"></td></tr>
<tr><td><img src="https://cdn.quickpeoplecheck.example/email/optout-done-hero.png" width="560" height="220" alt="Good news, Rosa! Your opt-out is complete. Your record has been removed from QuickPeopleCheck."></td></tr>
<tr><td style="font:11px Arial;color:#999">QuickPeopleCheck &middot; PO Box 1180 &middot; Austin, TX</td></tr>
</table></body></html>
""")

reply("en", "verify_link", TRACER, ("USA Info Tracer", "support@usainfotracer.example"),
      "Confirm your opt-out request", "", layout="html", to=JB, link="",
      html="""<html><body>
<p>Hello,</p>
<p>To complete your opt-out please click on the link below:</p>
<p><a href="https://usainfotracer-optout.example/confirm?r=55180">https://www.usainfotracer.example/optout/confirm?r=55180</a></p>
<p>Thank you,<br>USA Info Tracer Support</p>
</body></html>
""")

reply("en", "verify_link", TRACER, ("USA Info Tracer", "support@usainfotracer.example"),
      "Confirm your opt-out request", """Hello,

To complete your opt-out please click on the link below:

[Confirm my opt-out](https://www.usainfotracer.example.optout-confirm.example/c?r=55180|-)

Thank you,
USA Info Tracer Support""", layout="alt", to=JB, link="")

reply("en", "verify_link", BGLY, ("Backgroundly Privacy", "privacy@backgroundly.example"),
      "Confirm your privacy request", "", layout="html", to=OKSANA,
      link="https://privacy.backgroundly.example/requests/confirm?rid=BG-60431&sig=0c1e",
      html="""<html><body>
<table border="0" cellpadding="6" style="font:14px Arial">
<tr><th align="left">Request</th><td>BG-60431</td></tr>
<tr><th align="left">Type</th><td>Opt out of people search (remove my listing)</td></tr>
<tr><th align="left">Submitted</th><td>Oct 12, 2026</td></tr>
<tr><th align="left">Status</th><td>Waiting for your confirmation</td></tr>
</table>
<p>Please confirm this request so we can start working on it:</p>
<table><tr>
<td bgcolor="#888888"><a href="https://privacy.backgroundly.example/requests/cancel?rid=BG-60431&amp;sig=0c1e" style="color:#fff">Cancel request</a></td>
<td bgcolor="#1a73e8"><a href="https://privacy.backgroundly.example/requests/confirm?rid=BG-60431&amp;sig=0c1e" style="color:#fff">Confirm request</a></td>
</tr></table>
<p style="font-size:11px">Backgroundly, LLC</p>
</body></html>
""")

reply("en", "verify_link", BGLY, ("Backgroundly Privacy", "privacy@backgroundly.example"),
      "Your privacy request", """Please confirm this request so we can start working on it.

[Confirm request](https://privacy.backgroundly.example/requests/confirm?rid=BG-60998&sig=7aa2)

Request BG-60998 - Opt out of people search - Waiting for your confirmation.""",
      plain="""Your privacy request BG-60998 is complete. Your listing has been removed from Backgroundly.

Backgroundly, LLC
""", layout="alt", to=HOA, link="https://privacy.backgroundly.example/requests/confirm?rid=BG-60998&sig=7aa2")

reply("en", "acknowledged", BGLY, ("Backgroundly Privacy", "privacy@backgroundly.example"),
      "Update on your privacy request BG-61220", "", layout="alt", to=WEI,
      plain="""Good news! Your privacy request BG-61220 is complete and your listing has been removed.

Backgroundly, LLC
""", html="""<html><body style="font:14px Arial">
<p>Thanks for confirming your email.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Request</th><th>Type</th><th>Status</th></tr>
<tr><td>BG-61220</td><td>Remove my listing</td><td>In progress</td></tr>
</table>
<p>Your request is in progress. Listings are usually removed within 5 business days; we will email you when it is done.</p>
<p>Backgroundly, LLC</p></body></html>
""")

reply("en", "confirmed", BGLY, ("Backgroundly Privacy", "privacy@backgroundly.example"),
      "Update on your privacy request BG-61220", "", layout="html", to=WEI,
      html="""<html><body style="font:14px Arial">
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Request</th><th>Type</th><th>Status</th><th>Closed</th></tr>
<tr><td>BG-61220</td><td>Remove my listing</td><td><b>Completed - listing removed</b></td><td>Oct 20, 2026</td></tr>
</table>
<p>Your listing has been taken down from Backgroundly and from our partner site PeopleDirectoryPlus.</p>
<p>Backgroundly, LLC</p></body></html>
""")

reply("en", "needs_id", ROSTER, ("PhoneRoster", "optout@phoneroster.example"),
      "One more step to remove your listing", """Hi,

We received your request to remove the listing at phoneroster.example/name/Ahmed-Warsame/MN.

To protect people from fraudulent removals, we verify every request by phone. Within the next 24 hours you will receive an automated call at the phone number you entered on the form. Enter the 4-digit code shown on the opt-out page when the call asks for it. Your listing will not be removed until the call is completed.

PhoneRoster Privacy""", to=AHMED)

reply("en", "needs_id", RADAR, ("Records Radar Support", "support@recordsradar.example"),
      "[Records Radar] Re: Remove my info (#384120)", """##- Please type your reply above this line -##

Hi Chen,

Thanks for reaching out. Because the record you asked us to remove includes court records, we need to verify your identity before we can take it down. Please reply with a photo of a government-issued ID (you may cover everything except your name, date of birth and photo).

Kind regards,
Marcus
Records Radar Support

This email is a service from Records Radar. Ticket #384120.""", to=WEI,
      headers="X-Mailer: Zendesk Mailer\n")

reply("en", "refused", RADAR, ("Records Radar Support", "support@recordsradar.example"),
      "[Records Radar] Re: Remove my info (#384121)", """##- Please type your reply above this line -##

Hi Rosa,

We searched our site for the name, city and date of birth you gave us and could not locate any record that matches. Since there is no record, there is nothing for us to remove, and we have closed this request.

If you find a listing on our site later, please send us its URL.

Kind regards,
Marcus
Records Radar Support""", reason="no record", to=ROSA, headers="X-Mailer: Zendesk Mailer\n")

reply("en", "unsure", RADAR, ("Records Radar Support", "support@recordsradar.example"),
      "How would you rate the support you received?", """##- Please type your reply above this line -##

Hello Rosa,

We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:

How would you rate the support you received?

[Good, I'm satisfied](https://recordsradar.zendesk.example/requests/384121/satisfaction/good?token=x91)

[Bad, I'm unsatisfied](https://recordsradar.zendesk.example/requests/384121/satisfaction/bad?token=x91)

Here's a reminder of what your request (#384121) was about: Remove my info

Your request (#384121) has been solved. To reopen it, reply to this email.""", to=ROSA, layout="alt",
      headers="X-Mailer: Zendesk Mailer\n")

reply("en", "acknowledged", RADAR, ("Records Radar Support", "support@recordsradar.example"),
      "[Records Radar] Your request #384121 has been reopened", """##- Please type your reply above this line -##

Your request (#384121) has been reopened. A member of our team will look at the new information you sent (the listing URL) and reply within 2 business days.

Records Radar Support""", to=ROSA, headers="X-Mailer: Zendesk Mailer\n")

reply("en", "unsure", PFS, ("Public File Search", "news@publicfilesearch.example"),
      "You have been unsubscribed", """You have been opted out.

We removed lucia.ramirez@buzon-seguro.example from our marketing mailing list. You will no longer receive promotional emails from Public File Search. Please allow up to 10 days for this change to take effect.

Changed your mind? [Resubscribe](https://www.publicfilesearch.example/email/resubscribe?e=88f1)""", to=LUCIA, layout="alt")

reply("en", "unsure", PFS, ("Public File Search Privacy", "privacy@publicfilesearch.example"),
      "Re: Opt out request", """Hello,

As you requested, we have removed your email address from our mailing list and marked it "do not contact".

Best,
Public File Search Privacy""", to=LUCIA)

reply("en", "refused", PFS, ("Public File Search Privacy", "privacy@publicfilesearch.example"),
      "Re: Opt out request", """Hello,

Thank you for your request. The information on Public File Search comes from court, property and voter records that government agencies make available to the public. Publicly available information is not personal information under the California Consumer Privacy Act, so it is not subject to deletion, and we will not be removing the records you listed.

You may ask the agencies that hold the original records about your options.

Public File Search Privacy""", reason="publicly available", to=LUCIA)

reply("en", "refused", TRAIL, ("TruthTrail Privacy", "privacy@truthtrail.example"),
      "Your privacy request", """Hello,

We reviewed your request to delete your personal information. Deletion rights under state privacy law are available to residents of states with comprehensive privacy laws. Based on the address you gave (Georgia), we processed your request as an opt-out of the sale and sharing of your personal information only.

Your profile will remain visible on TruthTrail. This email confirms that your opt-out of sale is complete.

TruthTrail Privacy""", reason="processed as do-not-sell only", to=AHMED)

reply("en", "refused", ARCH, ("Address Archive", "optout@addressarchive.example"),
      "Your request could not be completed", """Hello,

We were unable to verify your identity, so your request has been closed. We sent a verification email on October 2 and a reminder on October 9, and neither was confirmed.

You are welcome to submit a new request at any time.

Address Archive""", reason="identity not verified", to=MARIA)

reply("en", "refused", QPC, ("QuickPeopleCheck", "privacy@quickpeoplecheck.example"),
      "Regarding your deletion request", """Hi,

Thank you for contacting us. Our records show that you live in Ohio. The right to delete applies to residents of California and other states with a similar law, so we are unable to honor a deletion request for your record at this time. We have not removed your listing.

QuickPeopleCheck Privacy""", reason="not a resident", to=JB)

reply("en", "unsure", NEIGH, ("NeighborLookup Support", "support@neighborlookup.example"),
      "Re: Opt-out request", """Hello,

We removed the phone numbers and the email address from your listing. Your name, age and current address are taken from county property records and remain on the page.

NeighborLookup Support""", to=HOA)

# ---- English: one request over months, in one thread --------------------------------------------

CPD = "clearpeopledata.example"
Q_RECEIPT = """On Sep 4, 2026, Clear People Data Privacy <privacy@clearpeopledata.example> wrote:
> Your request CPD-77120 was received on September 4, 2026. We will respond within 45 days."""
Q_EXT = """On Oct 16, 2026, Clear People Data Privacy <privacy@clearpeopledata.example> wrote:
> We need more time to complete request CPD-77120. As the law allows, we are extending our
> response period by up to 45 additional days. We expect to respond by December 3, 2026.
>
> On Sep 4, 2026, Clear People Data Privacy <privacy@clearpeopledata.example> wrote:
>> Your request CPD-77120 was received on September 4, 2026. We will respond within 45 days."""
Q_DONE = """On Nov 2, 2026, Clear People Data Privacy <privacy@clearpeopledata.example> wrote:
> Your request CPD-77120 is complete. We deleted the personal information we held about you
> and removed your profile from clearpeopledata.example."""

reply_on("Fri, 4 Sep 2026 10:02:11 -0700", "en", "acknowledged", CPD, ("Clear People Data Privacy", "privacy@clearpeopledata.example"),
      "Request CPD-77120 received", """Dear Consumer,

Your request CPD-77120 (Delete my personal information) was received on September 4, 2026. We will verify your request and respond within 45 days, as required by the California Consumer Privacy Act.

You do not need to submit another request.

Clear People Data Privacy Office""", to=JOSE, headers="References: <cpd-77120@clearpeopledata.example>\n")

reply_on("Fri, 16 Oct 2026 15:40:09 -0700", "en", "extended", CPD, ("Clear People Data Privacy", "privacy@clearpeopledata.example"),
      "RE: Request CPD-77120 received", """Dear Consumer,

We need more time to complete request CPD-77120. As the law allows, we are extending our response period by up to 45 additional days. We expect to respond by December 3, 2026.

Clear People Data Privacy Office""", quoted=Q_RECEIPT, to=JOSE,
      headers="In-Reply-To: <cpd-77120@clearpeopledata.example>\nReferences: <cpd-77120@clearpeopledata.example>\n")

reply_on("Mon, 2 Nov 2026 09:12:45 -0800", "en", "confirmed", CPD, ("Clear People Data Privacy", "privacy@clearpeopledata.example"),
      "RE: RE: Request CPD-77120 received", """Dear Consumer,

Your request CPD-77120 is complete. We deleted the personal information we held about you and removed your profile from clearpeopledata.example. We keep a record of this request, as the law requires, so that we do not collect your information again.

Clear People Data Privacy Office""", quoted=Q_EXT, to=JOSE, layout="alt",
      headers="In-Reply-To: <cpd-77120@clearpeopledata.example>\nReferences: <cpd-77120@clearpeopledata.example>\n")

reply_on("Tue, 17 Nov 2026 11:30:02 -0800", "en", "unsure", CPD, ("Clear People Data Privacy", "privacy@clearpeopledata.example"),
      "RE: RE: RE: Request CPD-77120 received", """Dear Consumer,

Request CPD-80411 is complete. We deleted the personal information we held about Maria Elena Cruz and removed her profile from clearpeopledata.example.

Clear People Data Privacy Office""", quoted=Q_EXT, to=JOSE,
      headers="In-Reply-To: <cpd-77120@clearpeopledata.example>\nReferences: <cpd-77120@clearpeopledata.example>\n")

reply_on("Thu, 26 Nov 2026 08:00:13 -0800", "en", "auto_reply", CPD, ("Clear People Data Privacy", "privacy@clearpeopledata.example"),
      "Automatic reply: Opt-out request", """This is an automatic reply. The privacy mailbox is not monitored over the Thanksgiving holiday; your message has been saved and will be answered after Monday, November 30.

For your reference, our last message to you is below.

On Nov 14, 2025, Clear People Data Privacy <privacy@clearpeopledata.example> wrote:
> Your request CPD-51002 is complete. We deleted the personal information we held about you
> and removed your profile from clearpeopledata.example.""", to=JOSE,
      headers="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n")

reply_on("Wed, 25 Nov 2026 13:05:51 -0800", "en", "needs_id", CPD, ("Clear People Data Privacy", "privacy@clearpeopledata.example"),
      "RE: Request CPD-80911 - verification needed", """Dear Consumer,

Thank you for your new request, CPD-80911. Before we can act on it we must verify your identity. Please upload a copy of a government-issued photo ID and a recent utility bill through our secure portal; we cannot accept these by email.

Clear People Data Privacy Office""", quoted=Q_DONE, to=ROSA,
      headers="In-Reply-To: <cpd-80911@clearpeopledata.example>\n")

reply("en", "acknowledged", FTF, ("FamilyTreeFinder", "support@familytreefinder.example"),
      "Re: Remove my listing", """Hi Oksana,

Thanks for your message. We have received your removal request and forwarded it to our records team. If the listing matches the details you gave us, it will be removed within 7 business days. We will let you know once it has been removed.

Best,
Dana
FamilyTreeFinder Support

-----Original Message-----
From: PeopleSearchPro Privacy <privacy@peoplesearchpro.example>
Sent: Tuesday, March 3, 2026 10:12 AM
Subject: Opt-out complete

Your opt-out is complete and your record has been removed from PeopleSearchPro.""", to=OKSANA)

reply("en", "confirmed", FTF, ("FamilyTreeFinder", "support@familytreefinder.example"),
      "Re: Remove my listing", """Hi Oksana,

Your listing has been removed. We also removed the links between your record and the relatives shown on it, so your name no longer appears on their pages either.

Best,
Dana
FamilyTreeFinder Support""", to=OKSANA, charset="windows-1252", cte="8bit")

reply("en", "unsure", FTF, ("FamilyTreeFinder", "support@familytreefinder.example"),
      "Re: Remove my listing", """Hi,

The listing for Oksana V. Kovalenko (Sacramento, CA) has been removed.

Best,
Dana
FamilyTreeFinder Support""", quoted="""> Please remove my listing: Oksana Kovalenko, Brooklyn, NY, age 38.
> https://www.familytreefinder.example/person/oksana-kovalenko-brooklyn-ny/3391""", to=OKSANA)

# ---- English: truth traps -----------------------------------------------------------------------

reply("en", "acknowledged", LENS, ("PeopleLens Privacy", "privacy@peoplelens.example"),
      "Re: Opt-out", """Hi,

Your listing has not been removed yet. Opt-outs are processed in the order received, and yours is scheduled for our next weekly update on Friday.

PeopleLens Privacy Team""", to=WEI)

reply("en", "refused", KIN, ("FindKin Privacy", "privacy@findkin.example"),
      "Re: Removal request", """Hello,

We did not remove anything. FindKin is a search engine: it shows results from other websites and does not hold a database of people. To remove a result, please contact the website it comes from; once that page is gone, the result disappears from FindKin at our next crawl.

FindKin Privacy""", reason="not a data broker", to=MINJUN)

reply("en", "acknowledged", ARCH, ("Address Archive", "optout@addressarchive.example"),
      "Re: Your opt-out", """Hello,

If we find a record that matches the information you submitted, it will be removed from Address Archive and you will receive a confirmation email. If we do not find a match, no further email will be sent.

Address Archive""", to=MARIA)

reply("en", "needs_info", ARCH, ("Address Archive", "optout@addressarchive.example"),
      "Re: Your opt-out", """Hello,

Thanks for writing in. Do you want us to remove only the listing at your old address in Newark, or every record under your name, including the one for your current address?

Address Archive""", to=MARIA)

reply("en", "unsure", ROSTER, ("PhoneRoster", "optout@phoneroster.example"),
      "Your opt-out", """Hi,

Your opt-out has been processed: your phone number will no longer be used for marketing and you have been added to our internal do-not-call list.

PhoneRoster Privacy""", to=AHMED)

reply("en", "confirmed", ROSTER, ("PhoneRoster", "optout@phoneroster.example"),
      "Listing removed", """Hi,

Thanks for completing the verification call. The listing for your name and phone number has been removed from PhoneRoster and will not be published again. There was no problem with your request, and no further action is needed on your part.

PhoneRoster Privacy""", to=AHMED)

reply("en", "auto_reply", PFS, ("Kevin Doyle", "kdoyle@publicfilesearch.example"),
      "Out of Office: Re: Opt out request", """Thank you for your email. I am out of the office until Monday, November 16, with limited access to email. For privacy requests please write to privacy@publicfilesearch.example.

Kevin""", to=LUCIA, headers="Auto-Submitted: auto-replied\n")

reply("en", "auto_reply", TRACER, ("USA Info Tracer", "no-reply@usainfotracer.example"),
      "Do not reply to this address", """This mailbox is not monitored and replies are not read. If you need help with an opt-out, use the contact form at https://www.usainfotracer.example/contact.""",
      to=JB, headers="Auto-Submitted: auto-generated\nPrecedence: auto_reply\n")

reply("en", "bounce", LENS, ("Mail Delivery System", "MAILER-DAEMON@mx1.peoplelens.example"),
      "Undelivered Mail Returned to Sender", """This is the mail system at host mx1.peoplelens.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<optout-replies@peoplelens.example>: host mx1.peoplelens.example[203.0.113.25] said: 550 5.1.1 <optout-replies@peoplelens.example>: Recipient address rejected: User unknown in virtual mailbox table""",
      layout="report", to=LUCIA, cte="7bit", raw=b"""Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.peoplelens.example
Arrival-Date: Mon, 9 Nov 2026 14:02:11 -0600 (CST)

Final-Recipient: rfc822; optout-replies@peoplelens.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""")

reply("en", "bounce", BGLY, ("Microsoft Outlook", "postmaster@backgroundly.example"),
      "Undeliverable: Re: Your privacy request", """Delivery has failed to these recipients or groups:

requests@backgroundly.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
      to=HOA, layout="html")

reply("en", "other", LENS, ("PeopleLens", "deals@peoplelens.example"),
      "Find anyone in seconds - 70% off this week", """Who's been looking you up?

Try PeopleLens Premium for 7 days and get unlimited reports, reverse phone lookups and address history. Offer ends Sunday.

[Start my trial](https://www.peoplelens.example/premium?utm_source=email)

[Unsubscribe](https://www.peoplelens.example/email/unsubscribe?u=7712)""", to=LUCIA, layout="html")

reply("en", "other", NEIGH, ("NeighborLookup", "legal@neighborlookup.example"),
      "We're updating our Privacy Policy", """Hello,

We're updating our Privacy Policy, effective January 1, 2027, to describe how we handle requests under new state privacy laws in Indiana, Kentucky and Rhode Island. You don't need to do anything.

[Read the new policy](https://www.neighborlookup.example/privacy)""", to=HOA)

reply("en", "confirmed", "storefrontrecords.example", ("Storefront Records", "privacy@storefrontrecords.example"),
      "Opt-out complete", """Hello,

Your opt-out request is complete and your record has been removed from storefrontrecords.example.

Storefront Records Co., Ltd.
株式会社ストアフロント・レコード 個人情報保護窓口""", to=MINJUN, charset="shift_jis", cte="base64")

reply("en", "confirmed", TRACER, ("USA Info Tracer", "support@usainfotracer.example"),
      "Your response letter", "Please see the attached letter regarding your request.",
      layout="mixed", to=JB, pdf=["USA Info Tracer, LLC - Privacy Office", "November 12, 2026", "",
                                  "Re: your opt-out request no. 55180", "",
                                  "We have completed your request. The record you identified has been",
                                  "deleted from our website and our search database, and it has been",
                                  "added to our suppression list so that it is not added again.", "",
                                  "Sincerely, Privacy Office"])

reply("en", "refused", QPC, ("QuickPeopleCheck", "privacy@quickpeoplecheck.example"),
      "Response to your request", "Our response letter is attached.",
      layout="mixed", to=ROSA, pdf=["QuickPeopleCheck - Consumer Privacy", "", "Dear Consumer,", "",
                                    "We searched our records using the information you provided and",
                                    "did not find any personal information about you. Because we hold",
                                    "no record about you, there is nothing to delete.", "",
                                    "Consumer Privacy Team"],
      reason="no record")

reply("en", "extended", RADAR, ("Records Radar Support", "support@recordsradar.example"),
      "[Records Radar] Re: Remove my info (#384120)", """##- Please type your reply above this line -##

Hi Chen,

Thank you for sending your ID. Our records team needs additional time to review the court records tied to your listing. We are extending the time to respond to your request by 45 days, as permitted by law, and will answer no later than December 30, 2026.

Kind regards,
Marcus
Records Radar Support""", to=WEI, headers="X-Mailer: Zendesk Mailer\n")

reply("en", "unsure", RADAR, ("Records Radar Support", "support@recordsradar.example"),
      "[Records Radar] Your request #384120 has been solved", """##- Please type your reply above this line -##

Your request (#384120) has been solved. If you believe the request is not resolved, please reply to this email.

Records Radar Support""", to=WEI, headers="X-Mailer: Zendesk Mailer\n")

reply("en", "verify_link", KIN, ("FindKin", "noreply@mail.findkin.example"),
      "Confirm your removal request", """Hi there,

Please confirm the removal request for your FindKin record by clicking below. For your security, this link can only be used once and expires 48 hours after this email was sent.

[Confirm removal](https://click.mailrelay-pro.example/ls/click?upn=Q29uZmlybS04ODc|-)

[View your FindKin record](https://click.mailrelay-pro.example/ls/click?upn=dmlldy04ODc|-)""",
      link="https://click.mailrelay-pro.example/ls/click?upn=Q29uZmlybS04ODc", layout="alt", to=OKSANA)

# ---- Spanish: US brokers' Spanish mail, Mexico, Spain, Colombia, Argentina ----------------------

BUSCA = "buscagente.example"
DMX = "directoriomx.example"
GUIA = "guiapersonas.example"
DCO = "datoscolombia.example"
PAD = "padronweb.example"

reply("es", "acknowledged", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Recibimos tu solicitud de exclusión", """Hola:

Recibimos la solicitud de exclusión que enviaste desde nuestro formulario para este perfil:

https://www.buscagente.example/perfil/lucia-ramirez-ortega/houston-tx/40021

Nuestro equipo revisa cada solicitud. Te escribiremos de nuevo cuando la hayamos procesado; por ahora no tienes que hacer nada más.

Equipo de Privacidad de BuscaGente""", to=LUCIA)

reply("es", "verify_link", BUSCA, ("BuscaGente", "no-responder@buscagente.example"),
      "Confirma tu correo para terminar la exclusión", """Hola:

Para completar la eliminación de tu perfil, haz clic en el siguiente enlace. Si no se abre, cópialo en la barra de direcciones de tu navegador.

[Confirmar mi exclusión](https://www.buscagente.example/exclusion/confirmar/b7e2d90c1a)

El enlace vence en 24 horas. Si no pediste esto, ignora este mensaje.

[Cancelar la solicitud](https://www.buscagente.example/exclusion/cancelar/b7e2d90c1a)""",
      link="https://www.buscagente.example/exclusion/confirmar/b7e2d90c1a", layout="alt", to=LUCIA, charset="iso-8859-1")

reply_on("Mon, 9 Nov 2026 06:16:00 -0600", "es", "verify_link", BUSCA, ("BuscaGente", "no-responder@buscagente.example"),
      "Recordatorio: aún no confirmas tu exclusión", """Hola de nuevo:

Todavía no has confirmado la solicitud de exclusión que iniciaste el 2 de noviembre. Tu perfil seguirá visible hasta que la confirmes.

[Sí, eliminar mi perfil](https://www.buscagente.example/exclusion/confirmar/b7e2d90c1a)

Este es el segundo y último recordatorio.""",
      link="https://www.buscagente.example/exclusion/confirmar/b7e2d90c1a", layout="html", to=LUCIA, charset="windows-1252")

reply("es", "confirmed", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Tu exclusión está completa", """Hola:

Tu solicitud de exclusión se completó. Eliminamos el perfil de nuestros resultados de búsqueda y lo marcamos para que el mismo registro no vuelva a aparecer.

Ten en cuenta que, si llega un registro nuevo con otra dirección, podría aparecer como un perfil distinto; puedes excluirlo de la misma manera.

Equipo de Privacidad de BuscaGente""", to=LUCIA, charset="windows-1252", cte="quoted-printable")

reply("es", "needs_info", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "No pudimos procesar tu solicitud", """Hola:

No pudimos procesar tu solicitud porque la dirección que escribiste no es la de un perfil de BuscaGente:

https://www.buscagente.example/buscar?nombre=Jose+Luis+de+la+Cruz&estado=CA

Esa es una página de resultados de búsqueda. Abre tu perfil, copia la dirección que aparece en el navegador (termina en un número) y envía el formulario otra vez.

Equipo de Privacidad de BuscaGente""", to=JOSE)

reply("es", "needs_info", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Encontramos varios perfiles", """Hola:

Encontramos dos perfiles que coinciden con el nombre y el estado que indicaste:

1. José L. de la Cruz, 50-55 años, Fresno, CA
2. José Luis Cruz Márquez, 45-50 años, Bakersfield, CA

¿Cuál de ellos quieres que eliminemos? Respóndenos con el número o con la dirección del perfil. No eliminaremos nada hasta recibir tu respuesta.

Equipo de Privacidad de BuscaGente""", to=JOSE)

reply("es", "confirmed", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Re: Solicitud de exclusión", """Hola:

Revisamos el perfil que nos enviaste. Ese perfil ya había sido eliminado el 14 de septiembre de 2026 por una solicitud anterior y ya no aparece en nuestro sitio ni en los resultados de búsqueda.

No hace falta hacer nada más.

Equipo de Privacidad de BuscaGente""", to=JOSE)

reply("es", "acknowledged", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Re: Solicitud de exclusión", """Hola:

Tu perfil todavía no ha sido eliminado. Las exclusiones se procesan en orden de llegada y la tuya está programada para la actualización del viernes. Te avisaremos cuando esté lista.

Equipo de Privacidad de BuscaGente""", to=ROSA)

reply("es", "unsure", BUSCA, ("BuscaGente", "boletin@buscagente.example"),
      "Te dimos de baja", """Listo, te dimos de baja.

Quitamos tu correo de nuestra lista de envíos promocionales. Ya no recibirás ofertas de BuscaGente. El cambio puede tardar hasta 10 días.

[Volver a suscribirme](https://www.buscagente.example/correo/alta?e=17ab)""", to=ROSA, layout="alt")

reply("es", "refused", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Re: Solicitud de eliminación", """Hola:

Revisamos tu solicitud de eliminación. Según la dirección que nos diste, vives en Texas, y tramitamos tu solicitud solo como una exclusión de la venta de tus datos personales. Tu perfil seguirá visible en BuscaGente.

Este correo confirma que la exclusión de la venta está completa.

Equipo de Privacidad de BuscaGente""", reason="processed as do-not-sell only", to=ROSA)

reply("es", "verify_link", BUSCA, ("BuscaGente", "no-responder@buscagente.example"),
      "Confirma tu solicitud", "", layout="html", to=JOSE, link="",
      html="""<html><body>
<p>Hola:</p>
<p>Para completar tu exclusión, haz clic aquí:</p>
<p><a href="https://buscagente-exclusiones.example/confirmar?s=9931">https://www.buscagente.example/exclusion/confirmar/9931</a></p>
<p>Equipo de BuscaGente</p>
</body></html>
""", charset="iso-8859-1")

reply_on("Thu, 8 Oct 2026 12:20:33 -0600", "es", "acknowledged", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "Acuse de recibo - Solicitud ARCO folio DMX-2026-1187", """Estimada Lucía Ramírez Ortega:

Acusamos recibo de su solicitud de cancelación de datos personales, registrada con el folio DMX-2026-1187. De acuerdo con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, le comunicaremos nuestra determinación en un plazo máximo de 20 días hábiles contados desde la fecha de recepción.

Atentamente,
Departamento de Datos Personales
DirectorioMX, S.A. de C.V.""", to=LUCIA, charset="iso-8859-1", cte="quoted-printable")

reply_on("Thu, 5 Nov 2026 10:44:10 -0600", "es", "extended", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "RE: Acuse de recibo - Solicitud ARCO folio DMX-2026-1187", """Estimada Lucía Ramírez Ortega:

Le informamos que el plazo para responder a su solicitud con folio DMX-2026-1187 se amplía por un periodo igual, de 20 días hábiles, conforme a lo que permite la ley, debido a que su registro aparece en varias bases de datos que debemos revisar.

Atentamente,
Departamento de Datos Personales""", to=LUCIA,
      quoted="""El 8 oct 2026, DirectorioMX Datos Personales escribió:
> Acusamos recibo de su solicitud de cancelación de datos personales, registrada con el folio DMX-2026-1187.""")

reply_on("Thu, 26 Nov 2026 17:03:58 -0600", "es", "confirmed", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "RE: RE: Acuse de recibo - Solicitud ARCO folio DMX-2026-1187", """Estimada Lucía Ramírez Ortega:

En atención a su solicitud con folio DMX-2026-1187, le informamos que fue procedente. Sus datos personales fueron bloqueados y posteriormente suprimidos de nuestras bases de datos y de nuestro directorio en línea.

Atentamente,
Departamento de Datos Personales""", to=LUCIA, charset="iso-8859-1", cte="base64",
      quoted="""El 5 nov 2026, DirectorioMX Datos Personales escribió:
> Le informamos que el plazo para responder a su solicitud con folio DMX-2026-1187 se amplía por un periodo igual.""")

reply("es", "unsure", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "RE: Solicitud ARCO folio DMX-2026-1187", """Estimada usuaria:

Le informamos que la solicitud con folio DMX-2026-1302, a nombre de Luz María Ramírez Ortiz, fue procedente y sus datos fueron cancelados.

Atentamente,
Departamento de Datos Personales""", to=LUCIA,
      quoted="""El 8 oct 2026, DirectorioMX Datos Personales escribió:
> Acusamos recibo de su solicitud de cancelación de datos personales, registrada con el folio DMX-2026-1187.""")

reply("es", "needs_id", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "Requerimiento de información - folio DMX-2026-1240", """Estimado José Luis de la Cruz Márquez:

Para dar trámite a su solicitud de cancelación, le pedimos acreditar su identidad enviando copia de una identificación oficial vigente (credencial para votar, pasaporte o matrícula consular). Si no recibimos el documento en 10 días hábiles, la solicitud se tendrá por no presentada.

Atentamente,
Departamento de Datos Personales""", to=JOSE)

reply("es", "refused", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "Respuesta a su solicitud folio DMX-2026-1311", """Estimada Rosa María O'Neill-Gutiérrez:

Después de buscar en nuestras bases de datos con la información que nos proporcionó, no encontramos ningún dato personal a su nombre. Por lo tanto, no existe información que cancelar.

Atentamente,
Departamento de Datos Personales""", reason="no record", to=ROSA, charset="windows-1252", cte="8bit")

reply("es", "acknowledged", GUIA, ("Guía Personas - Protección de Datos", "lopd@guiapersonas.example"),
      "Hemos recibido su solicitud de supresión", """Estimado/a usuario/a:

Hemos recibido su solicitud de supresión de datos, enviada a través de nuestro formulario web. Le responderemos en el plazo de un mes desde su recepción, tal como establece el artículo 12 del Reglamento General de Protección de Datos.

Si su solicitud es procedente, sus datos serán suprimidos de nuestra guía y le enviaremos una confirmación.

Delegado de Protección de Datos
Guía Personas, S.L.""", to=ROSA, charset="iso-8859-1")

reply("es", "extended", GUIA, ("Guía Personas - Protección de Datos", "lopd@guiapersonas.example"),
      "RE: Hemos recibido su solicitud de supresión", """Estimado/a usuario/a:

Debido a la complejidad y al número de solicitudes recibidas, prorrogamos dos meses más el plazo para responder a su solicitud, de acuerdo con el artículo 12.3 del RGPD. Recibirá nuestra respuesta antes del 15 de enero de 2027.

Delegado de Protección de Datos""", to=ROSA)

reply("es", "confirmed", GUIA, ("Guía Personas - Protección de Datos", "lopd@guiapersonas.example"),
      "Confirmación de supresión de datos", """Estimado/a usuario/a:

Le confirmamos que hemos suprimido sus datos personales de nuestra guía y de nuestros sistemas. Conservaremos únicamente, bloqueados, los datos de su solicitud, durante el plazo de prescripción de las posibles responsabilidades.

Si no está conforme, puede reclamar ante la Agencia Española de Protección de Datos.

Delegado de Protección de Datos""", to=ROSA, layout="alt", charset="iso-8859-1")

reply("es", "refused", GUIA, ("Guía Personas - Protección de Datos", "lopd@guiapersonas.example"),
      "Respuesta a su solicitud de supresión", """Estimado/a usuario/a:

No hemos suprimido sus datos. La información que figura en nuestra guía procede de un boletín oficial y su publicación está amparada por una obligación legal, supuesto en el que el artículo 17.3 del RGPD no permite la supresión.

Puede reclamar ante la Agencia Española de Protección de Datos si no está conforme.

Delegado de Protección de Datos""", reason="legal obligation", to=ROSA)

reply_on("Mon, 14 Sep 2026 08:31:00 -0500", "es", "acknowledged", DCO, ("Datos Colombia - Atención al Titular", "titulares@datoscolombia.example"),
      "Radicado de su reclamo No. 2026-RC-04418", """Señor(a) titular:

Su reclamo de supresión fue radicado con el número 2026-RC-04418. Conforme al artículo 15 de la Ley 1581 de 2012, lo atenderemos en un término máximo de quince (15) días hábiles contados a partir del día siguiente a la fecha de su recibo.

Cordialmente,
Oficina de Atención al Titular""", to=JOSE)

reply_on("Fri, 2 Oct 2026 16:12:40 -0500", "es", "extended", DCO, ("Datos Colombia - Atención al Titular", "titulares@datoscolombia.example"),
      "Radicado No. 2026-RC-04418 - ampliación de término", """Señor(a) titular:

No nos es posible atender su reclamo dentro del término inicial. Le informamos que lo resolveremos dentro de los ocho (8) días hábiles siguientes al vencimiento del primer término, como lo permite la ley.

Cordialmente,
Oficina de Atención al Titular""", to=JOSE)

reply_on("Wed, 14 Oct 2026 11:05:19 -0500", "es", "confirmed", DCO, ("Datos Colombia - Atención al Titular", "titulares@datoscolombia.example"),
      "Respuesta radicado No. 2026-RC-04418", "", layout="html", to=JOSE, charset="windows-1252", cte="quoted-printable",
      html="""<html><body style="font-family:Arial">
<table border="1" cellpadding="6" cellspacing="0">
<tr><td><b>Radicado</b></td><td>2026-RC-04418</td></tr>
<tr><td><b>Tipo</b></td><td>Reclamo de supresión</td></tr>
<tr><td><b>Estado</b></td><td>Cerrado - procedente</td></tr>
</table>
<p>Señor(a) titular: le informamos que su reclamo fue resuelto a favor. Sus datos personales fueron suprimidos de nuestras bases de datos y del directorio publicado en datoscolombia.example.</p>
<p>Cordialmente,<br>Oficina de Atención al Titular</p>
</body></html>
""")

reply_on("Thu, 15 Oct 2026 11:05:20 -0500", "es", "unsure", DCO, ("Datos Colombia - Encuestas", "encuestas@datoscolombia.example"),
      "¿Cómo calificaría la atención recibida?", """Señor(a) titular:

Su caso 2026-RC-04418 fue cerrado. Queremos conocer su opinión sobre la atención que recibió.

[Muy satisfecho](https://encuestas.datoscolombia.example/r/04418?c=5)

[Nada satisfecho](https://encuestas.datoscolombia.example/r/04418?c=1)""", to=JOSE, layout="alt")

reply_on("Tue, 3 Nov 2026 09:47:02 -0500", "es", "acknowledged", DCO, ("Datos Colombia - Atención al Titular", "titulares@datoscolombia.example"),
      "Radicado No. 2026-RC-04418 - reapertura", """Señor(a) titular:

Su caso 2026-RC-04418 fue reabierto a raíz de su nuevo mensaje, en el que indica que el perfil sigue publicado. Un analista lo revisará y le dará respuesta dentro de los próximos cinco (5) días hábiles.

Cordialmente,
Oficina de Atención al Titular""", to=JOSE)

reply("es", "confirmed", PAD, ("PadrónWeb - Privacidad", "privacidad@padronweb.example"),
      "Supresión realizada", """Hola:

Te confirmamos que ya eliminamos tus datos de PadrónWeb. Desde hoy tu nombre, tu DNI y tu domicilio no aparecen más en el sitio.

Te recordamos que, según la Ley 25.326, podés consultar en cualquier momento qué datos tenemos sobre vos.

Saludos,
Equipo de Privacidad""", to=ROSA)

reply("es", "refused", PAD, ("PadrónWeb - Privacidad", "privacidad@padronweb.example"),
      "Re: Pedido de supresión", """Hola:

Revisamos tu pedido. Los datos que mostramos provienen del padrón electoral y del Boletín Oficial, que son fuentes de acceso público irrestricto, así que no vamos a eliminarlos del sitio.

Saludos,
Equipo de Privacidad""", reason="publicly available", to=ROSA)

reply("es", "needs_info", PAD, ("PadrónWeb - Privacidad", "privacidad@padronweb.example"),
      "Re: Pedido de supresión", """Hola:

Para avanzar necesitamos que nos confirmes una cosa: ¿querés que eliminemos solo la ficha de Rosario o también la de Córdoba, que tiene un domicilio anterior?

Saludos,
Equipo de Privacidad""", to=ROSA)

reply_on("Mon, 3 Aug 2026 09:00:00 +0200", "es", "auto_reply", GUIA, ("Guía Personas - Protección de Datos", "lopd@guiapersonas.example"),
      "Respuesta automática: Solicitud de supresión", """Gracias por escribirnos. Este buzón permanecerá cerrado del 1 al 31 de agosto. Atenderemos su mensaje a partir del 1 de septiembre.

Le recordamos nuestra última comunicación:

> El 20 nov 2025 Guía Personas escribió:
> Le confirmamos que hemos suprimido sus datos personales de nuestra guía y de nuestros sistemas.""",
      to=ROSA, headers="Auto-Submitted: auto-replied\n")

reply("es", "unsure", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Re: Solicitud de exclusión", """Hola:

Eliminamos de tu perfil los números de teléfono y el correo electrónico. Tu nombre, tu edad y tu dirección provienen de registros públicos del condado y siguen publicados.

Equipo de Privacidad de BuscaGente""", to=JOSE)

reply("es", "bounce", DMX, ("Sistema de entrega de correo", "MAILER-DAEMON@mail.directoriomx.example"),
      "Mensaje no entregado", """Este es el sistema de correo del servidor mail.directoriomx.example.

No fue posible entregar su mensaje a uno o más destinatarios.

<arco@directoriomx.example>: el servidor respondió: 550 5.1.1 Usuario desconocido""",
      layout="report", to=LUCIA, raw=b"""Content-Type: message/delivery-status

Reporting-MTA: dns; mail.directoriomx.example

Final-Recipient: rfc822; arco@directoriomx.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Usuario desconocido
""")

# ---- Portuguese (Brazil), French (Canada, France, Haiti) ----------------------------------------

CPES = "consultapessoas.example"
ANNU = "annuaire-inverse.example"
QCR = "repertoireqc.example"
HTDIR = "repertwa-ayiti.example"

reply("pt", "acknowledged", CPES, ("Consulta Pessoas - Privacidade", "privacidade@consultapessoas.example"),
      "Recebemos sua solicitação - protocolo CP-88214", """Olá,

Recebemos a solicitação de exclusão que você enviou pelo nosso formulário, registrada com o protocolo CP-88214. Vamos analisá-la e responder em até 15 dias, como prevê a Lei Geral de Proteção de Dados.

Equipe de Privacidade
Consulta Pessoas""", to=MARIA, charset="iso-8859-1", cte="quoted-printable")

reply("pt", "verify_link", CPES, ("Consulta Pessoas", "nao-responda@consultapessoas.example"),
      "Confirme seu e-mail para concluir a exclusão", """Olá,

Para concluir a exclusão dos seus dados, confirme que este e-mail é seu clicando no botão abaixo. O link vale por 48 horas.

[Confirmar exclusão](https://click.mailrelay-pro.example/ls/click?upn=cHQtY29uZmlybQ|https://www.consultapessoas.example/lgpd/confirmar?c=4f1e)

Se você não fez este pedido, ignore esta mensagem.""",
      link="https://www.consultapessoas.example/lgpd/confirmar?c=4f1e", layout="alt", to=MARIA)

reply("pt", "confirmed", CPES, ("Consulta Pessoas - Privacidade", "privacidade@consultapessoas.example"),
      "Protocolo CP-88214 - exclusão concluída", """Olá,

Sua solicitação (protocolo CP-88214) foi atendida: excluímos seus dados pessoais do nosso site e da nossa base de consultas. Guardamos apenas o registro do pedido, pelo prazo exigido em lei.

Equipe de Privacidade
Consulta Pessoas""", to=MARIA, layout="html", charset="iso-8859-1", cte="base64")

reply("pt", "refused", CPES, ("Consulta Pessoas - Privacidade", "privacidade@consultapessoas.example"),
      "Protocolo CP-90117", """Olá,

Pesquisamos em nossa base com os dados informados e não localizamos nenhum registro em seu nome. Por isso, não há dados a excluir.

Equipe de Privacidade""", reason="no record", to=MARIA)

reply("fr", "acknowledged", QCR, ("Répertoire QC - Protection des renseignements", "vieprivee@repertoireqc.example"),
      "Accusé de réception de votre demande", """Bonjour,

Nous avons bien reçu votre demande de retrait de vos renseignements personnels, transmise par notre formulaire en ligne. Conformément à la Loi sur la protection des renseignements personnels dans le secteur privé, nous vous répondrons dans un délai de 30 jours.

Responsable de la protection des renseignements personnels
Répertoire QC""", to=JB, charset="iso-8859-1")

reply("fr", "verify_link", QCR, ("Répertoire QC", "ne-pas-repondre@repertoireqc.example"),
      "Veuillez confirmer votre adresse courriel", """Bonjour,

Pour finaliser le retrait de votre fiche, veuillez confirmer votre adresse courriel en cliquant sur le lien suivant :

[Confirmer ma demande](https://www.repertoireqc.example/retrait/confirmer?jeton=Qc77-12aa)

Vous n'êtes pas à l'origine de cette demande ? [Signalez-le-nous](https://www.repertoireqc.example/retrait/signaler?jeton=Qc77-12aa)""",
      link="https://www.repertoireqc.example/retrait/confirmer?jeton=Qc77-12aa", layout="alt", to=JB, charset="iso-8859-1")

reply("fr", "confirmed", ANNU, ("Annuaire Inverse - DPO", "dpo@annuaire-inverse.example"),
      "Votre demande d'effacement", """Madame, Monsieur,

Nous vous confirmons que vos données personnelles ont été effacées de notre annuaire et de nos bases de données, conformément à l'article 17 du RGPD. Votre numéro de téléphone n'apparaît plus dans les résultats de recherche inversée.

Le délégué à la protection des données""", to=JB, layout="html", charset="iso-8859-1", cte="quoted-printable")

reply("fr", "needs_id", ANNU, ("Annuaire Inverse - DPO", "dpo@annuaire-inverse.example"),
      "Votre demande d'effacement", """Madame, Monsieur,

Afin de traiter votre demande d'effacement, nous avons besoin de vérifier votre identité. Merci de nous transmettre la copie d'un justificatif d'identité en cours de validité. Votre demande sera traitée dès réception de ce document.

Le délégué à la protection des données""", to=JB)

reply("fr", "needs_info", HTDIR, ("Répertoire Ayiti", "kontak@repertwa-ayiti.example"),
      "Re: Demande de retrait", """Bonjour,

Nous avons trouvé deux fiches à votre nom : l'une à Port-au-Prince (Delmas 33), l'autre à Cap-Haïtien. Laquelle souhaitez-vous supprimer ? Nous attendons votre réponse avant de faire quoi que ce soit.

L'équipe du Répertoire""", to=JB)

# ---- Haitian Creole, Vietnamese, Chinese, Korean, Tagalog --------------------------------------

reply("ht", "confirmed", HTDIR, ("Repètwa Ayiti", "kontak@repertwa-ayiti.example"),
      "Nou retire fich ou a", """Bonjou,

Nou fin trete demann ou an. Nou retire tout enfòmasyon ou yo sou sit nou an: non ou, adrès ou ak nimewo telefòn ou pa parèt ankò.

Mèsi,
Ekip Repètwa Ayiti""", to=JB)

reply("ht", "verify_link", HTDIR, ("Repètwa Ayiti", "pa-reponn@repertwa-ayiti.example"),
      "Konfime demann ou an", """Bonjou,

Klike sou lyen ki anba a pou konfime ou vle nou retire fich ou a. Lyen an ap mache pandan 24 èdtan.

[Wi, retire fich mwen an](https://www.repertwa-ayiti.example/retire/konfime?k=ht-5521)

Si se pa ou ki te fè demann sa a, pa okipe mesaj sa a.""",
      link="https://www.repertwa-ayiti.example/retire/konfime?k=ht-5521", layout="html", to=JB)

VNDIR = "danba-viet.example"
reply("vi", "acknowledged", VNDIR, ("Danh Bạ Việt", "hotro@danba-viet.example"),
      "Chúng tôi đã nhận được yêu cầu của bạn", """Chào bạn,

Chúng tôi đã nhận được yêu cầu gỡ bỏ thông tin mà bạn gửi qua biểu mẫu trên trang web. Yêu cầu của bạn sẽ được xử lý trong vòng 7 ngày làm việc. Chúng tôi sẽ gửi email thông báo khi hoàn tất.

Đội ngũ hỗ trợ Danh Bạ Việt""", to=HOA, cte="base64")

reply("vi", "verify_link", VNDIR, ("Danh Bạ Việt", "khong-tra-loi@danba-viet.example"),
      "Xác nhận yêu cầu gỡ bỏ thông tin", """Chào bạn,

Vui lòng bấm vào nút bên dưới để xác nhận địa chỉ email và hoàn tất việc gỡ bỏ hồ sơ của bạn.

[Xác nhận gỡ bỏ](https://www.danba-viet.example/go-bo/xac-nhan?ma=vn-30871)

[Hủy yêu cầu](https://www.danba-viet.example/go-bo/huy?ma=vn-30871)""",
      link="https://www.danba-viet.example/go-bo/xac-nhan?ma=vn-30871", layout="alt", to=HOA)

reply("vi", "unsure", VNDIR, ("Danh Bạ Việt", "hotro@danba-viet.example"),
      "Về yêu cầu gỡ bỏ của bạn", """Chào bạn,

Chúng tôi đã xóa số điện thoại của bạn khỏi hồ sơ. Tuy nhiên, họ tên và địa chỉ của bạn lấy từ hồ sơ công khai của quận nên vẫn được hiển thị.

Đội ngũ hỗ trợ Danh Bạ Việt""", to=HOA)

HUA = "huarenlu.example"
reply("zh", "confirmed", HUA, ("华人录 隐私团队", "privacy@huarenlu.example"),
      "您的退出申请已完成", """您好：

您通过网站表格提交的退出申请已经处理完毕。您的个人资料已从华人录网站及搜索结果中删除，今后不会再显示。

华人录 隐私团队""", to=WEI, charset="gb2312", cte="base64")

reply("zh", "refused", HUA, ("华人录 隐私团队", "privacy@huarenlu.example"),
      "关于您的删除申请", """您好：

我们根据您提供的姓名、城市和出生年份进行了查询，但没有找到任何与您相符的记录，因此没有可以删除的资料。

如果您在我们的网站上看到您的资料，请把网页地址发给我们。

华人录 隐私团队""", reason="no record", to=WEI, charset="gb2312", cte="quoted-printable", layout="html")

reply("zh", "acknowledged", HUA, ("華人錄 隱私團隊", "privacy@huarenlu.example"),
      "我們已收到您的退出申請", """您好：

我們已收到您透過網站表格提交的退出申請。您的資料將在48小時內從華人錄網站移除。移除完成後，我們會再寄電子郵件通知您。

華人錄 隱私團隊""", to=WEI, charset="big5", cte="base64")

KRDIR = "hanin-juso.example"
reply("ko", "verify_link", KRDIR, ("한인주소록", "noreply@hanin-juso.example"),
      "이메일 주소를 확인해 주세요", """안녕하세요,

정보 삭제 요청을 완료하려면 아래 버튼을 눌러 이메일 주소를 확인해 주세요. 이 링크는 24시간 동안 유효합니다.

[삭제 요청 확인](https://www.hanin-juso.example/optout/confirm?key=kr-11902)

본인이 요청하지 않았다면 이 메일을 무시하셔도 됩니다.""",
      link="https://www.hanin-juso.example/optout/confirm?key=kr-11902", layout="alt", to=MINJUN, charset="euc-kr", cte="base64")

reply("ko", "confirmed", KRDIR, ("한인주소록 고객센터", "help@hanin-juso.example"),
      "정보 삭제가 완료되었습니다", """안녕하세요,

요청하신 정보 삭제가 완료되었습니다. 고객님의 이름, 주소, 전화번호는 더 이상 한인주소록에 표시되지 않습니다.

한인주소록 고객센터""", to=MINJUN, charset="euc-kr", cte="quoted-printable")

PINOY = "hanap-tao.example"
reply("tl", "acknowledged", PINOY, ("Hanap Tao Privacy", "privacy@hanap-tao.example"),
      "Natanggap namin ang iyong kahilingan", """Magandang araw,

Natanggap namin ang iyong kahilingan na alisin ang iyong impormasyon. Kung tumugma ang listing sa mga detalyeng ibinigay mo, aalisin namin ito sa loob ng 5 araw ng trabaho at padadalhan ka namin ng kumpirmasyon.

Hanap Tao Privacy Team""", to=ROSA)

reply("tl", "refused", PINOY, ("Hanap Tao Privacy", "privacy@hanap-tao.example"),
      "Tungkol sa iyong kahilingan", """Magandang araw,

Hinanap namin ang pangalan at lungsod na ibinigay mo, ngunit wala kaming nakitang anumang rekord na tumutugma sa iyo. Kaya wala kaming maaaring burahin.

Hanap Tao Privacy Team""", reason="no record", to=ROSA)

# ---- Arabic, Russian, Ukrainian, Somali, Amharic ------------------------------------------------

ARDIR = "dalil-alnas.example"
reply("ar", "confirmed", ARDIR, ("دليل الناس - الخصوصية", "privacy@dalil-alnas.example"),
      "تم حذف بياناتك", """مرحباً،

نؤكد لك أننا أكملنا طلب إلغاء الاشتراك الذي أرسلته عبر نموذج موقعنا، وقد تم حذف بياناتك الشخصية من الموقع ومن نتائج البحث.

فريق الخصوصية""", to=AHMED, charset="windows-1256", cte="quoted-printable")

reply("ar", "needs_id", ARDIR, ("دليل الناس - الخصوصية", "privacy@dalil-alnas.example"),
      "طلبك بحاجة إلى التحقق", """مرحباً،

قبل أن نحذف السجل، نحتاج إلى التحقق من هويتك. يرجى إرسال صورة من بطاقة هوية سارية تظهر فيها الاسم وتاريخ الميلاد. لن نتمكن من معالجة طلبك قبل استلامها.

فريق الخصوصية""", to=AHMED, charset="windows-1256", cte="base64", layout="html")

RUDIR = "lyudi-poisk.example"
reply("ru", "verify_link", RUDIR, ("Люди Поиск", "noreply@lyudi-poisk.example"),
      "Подтвердите запрос на удаление", """Здравствуйте!

Чтобы завершить удаление вашей анкеты, подтвердите адрес электронной почты по ссылке ниже. Ссылка действует 24 часа.

[Подтвердить удаление](https://lyudi-poisk.example/udalenie/podtverdit?t=ru-44817)

Если вы не отправляли этот запрос, просто проигнорируйте письмо.""",
      link="https://lyudi-poisk.example/udalenie/podtverdit?t=ru-44817", layout="alt", to=OKSANA, charset="koi8-r", cte="base64")

reply("ru", "unsure", RUDIR, ("Люди Поиск", "news@lyudi-poisk.example"),
      "Вы отписаны от рассылки", """Здравствуйте!

Ваш адрес удалён из нашего списка рассылки. Вы больше не будете получать рекламные письма.

Команда Люди Поиск""", to=OKSANA, charset="koi8-r", cte="8bit")

reply("uk", "confirmed", RUDIR, ("Люди Пошук", "privacy@lyudi-poisk.example"),
      "Ваш запит виконано", """Добрий день!

Ваш запит на видалення виконано. Вашу анкету видалено з нашого сайту та з результатів пошуку.

Служба підтримки""", to=OKSANA, charset="utf-8", cte="base64")

SODIR = "hagaha-dadka.example"
reply("so", "acknowledged", SODIR, ("Hagaha Dadka", "taageero@hagaha-dadka.example"),
      "Waxaan helnay codsigaaga", """Salaan,

Waxaan helnay codsigaaga ah in macluumaadkaaga laga saaro boggeena. Waxaan ku eegi doonnaa 10 maalmood gudahood, kadibna waxaan kuu soo diri doonnaa fariin xaqiijin ah.

Kooxda Hagaha Dadka""", to=AHMED)

ETDIR = "selewoch.example"
reply("am", "acknowledged", ETDIR, ("ሰለዎች ድጋፍ", "support@selewoch.example"),
      "ጥያቄዎ ደርሶናል", """ሰላም፣

መረጃዎን ከድረ ገጻችን እንድናስወግድ ያቀረቡት ጥያቄ ደርሶናል። በ10 የሥራ ቀናት ውስጥ መርምረን ውጤቱን በኢሜይል እናሳውቅዎታለን።

የሰለዎች ድጋፍ ቡድን""", to=AHMED, cte="base64")

# ---- German, Italian, Polish, Romanian, Turkish, Hindi -------------------------------------------

DEDIR = "personensuche24.example"
reply("de", "extended", DEDIR, ("Personensuche24 Datenschutz", "datenschutz@personensuche24.example"),
      "Ihr Antrag auf Löschung", """Sehr geehrte Damen und Herren,

wegen der Vielzahl der Anträge verlängern wir die Frist zur Beantwortung Ihres Antrags gemäß Art. 12 Abs. 3 DSGVO um weitere zwei Monate. Sie erhalten unsere Antwort spätestens am 28. Februar 2027.

Mit freundlichen Grüßen
Datenschutzteam""", to=OKSANA, charset="iso-8859-1", cte="quoted-printable")

reply("de", "refused", DEDIR, ("Personensuche24 Datenschutz", "datenschutz@personensuche24.example"),
      "Ihr Antrag auf Löschung", """Sehr geehrte Damen und Herren,

wir haben Ihre Daten nicht gelöscht. Für die angefragten Vertragsdaten gelten gesetzliche Aufbewahrungspflichten (§ 147 AO), so dass eine Löschung nach Art. 17 Abs. 3 lit. b DSGVO ausgeschlossen ist. Die Daten sind gesperrt und werden nach Ablauf der Frist gelöscht.

Mit freundlichen Grüßen
Datenschutzteam""", reason="legal obligation", to=OKSANA, layout="alt")

ITDIR = "elenco-persone.example"
reply("it", "confirmed", ITDIR, ("Elenco Persone - Privacy", "privacy@elenco-persone.example"),
      "Conferma di cancellazione", """Gentile utente,

le confermiamo che i suoi dati personali sono stati cancellati dal nostro elenco e dai nostri archivi, ai sensi dell'art. 17 del GDPR.

Cordiali saluti,
Ufficio Privacy""", to=MARIA, charset="iso-8859-1", cte="quoted-printable")

PLDIR = "szukaj-osob.example"
reply("pl", "needs_id", PLDIR, ("Szukaj Osób - Ochrona danych", "iod@szukaj-osob.example"),
      "Wniosek o usunięcie danych", """Dzień dobry,

aby zrealizować Pani wniosek o usunięcie danych, musimy potwierdzić tożsamość wnioskodawcy. Prosimy o przesłanie skanu dokumentu tożsamości (wystarczą imię, nazwisko i data urodzenia; pozostałe dane można zakryć).

Z poważaniem
Inspektor Ochrony Danych""", to=OKSANA, charset="iso-8859-2", cte="quoted-printable")

RODIR = "cauta-persoane.example"
reply("ro", "acknowledged", RODIR, ("Caută Persoane - Protecția datelor", "dpo@cauta-persoane.example"),
      "Am primit solicitarea dumneavoastră", """Bună ziua,

Am primit solicitarea dumneavoastră de ștergere a datelor personale, trimisă prin formularul de pe site. Vă vom răspunde în termen de o lună de la primire, conform art. 12 din GDPR.

Cu stimă,
Responsabilul cu protecția datelor""", to=OKSANA)

TRDIR = "kisi-bul.example"
reply("tr", "unsure", TRDIR, ("Kişi Bul", "bilgi@kisi-bul.example"),
      "Talebiniz hakkında", """Merhaba,

E-posta adresiniz pazarlama listemizden çıkarıldı. Artık size kampanya ve tanıtım e-postası göndermeyeceğiz.

Kişi Bul Destek Ekibi""", to=AHMED, charset="utf-8", cte="base64")

HIDIR = "logkhojo.example"
reply("hi", "acknowledged", HIDIR, ("लोग खोजो सहायता", "support@logkhojo.example"),
      "हमें आपका अनुरोध मिल गया है", """नमस्ते,

हमें आपकी जानकारी हटाने का अनुरोध मिल गया है। आपकी प्रोफ़ाइल 48 घंटों के भीतर हमारी वेबसाइट से हटा दी जाएगी। काम पूरा होने पर हम आपको ईमेल भेजेंगे।

लोग खोजो सहायता टीम""", to=MINJUN, cte="base64")


# ---- Late additions: status links, caches, two listings, regional Spanish -----------------------

reply("en", "acknowledged", LENS, ("PeopleLens Privacy", "privacy@peoplelens.example"),
      "Opt-out request #PL-550912 submitted", """Hi,

Your opt-out request #PL-550912 has been submitted. We review requests in the order they arrive and will email you when it is processed.

[Check the status of your request](https://www.peoplelens.example/optout/status/PL-550912)

PeopleLens Privacy Team""", to=AHMED, layout="alt")

reply("en", "confirmed", TRACER, ("USA Info Tracer", "support@usainfotracer.example"),
      "Your opt-out request", """Hello,

We've processed your opt-out request, and your information was removed from our website today. Search engines such as Google keep their own copies of pages, so it may take a few weeks before old results stop showing there; that part is outside our control.

USA Info Tracer Support""", to=JB)

reply("en", "verify_link", ARCH, ("Address Archive", "optout@addressarchive.example"),
      "Confirm your opt-out (2 records)", """Hello,

Your request matched two records. Confirm each record you want removed:

[Remove record 1 - Newark, NJ](https://www.addressarchive.example/optout/confirm/c0d1e2f3a4)

[Remove record 2 - Elizabeth, NJ](https://www.addressarchive.example/optout/confirm/c0d1e2f3b5)

Address Archive""", link="", layout="html", to=MARIA)

reply("es", "verify_link", BUSCA, ("BuscaGente", "no-responder@buscagente.example"),
      "Un paso más para eliminar tu perfil", """Hola:

[Ver mi perfil](https://www.buscagente.example/perfil/rosa-oneill-gutierrez/40877)

Para eliminarlo, confirma tu solicitud:

[Confirmar](https://clk.envios-masivos.example/r/aW5mby0xMjM|https://www.buscagente.example/exclusion/confirmar/e55c71)

Equipo de BuscaGente""", link="https://www.buscagente.example/exclusion/confirmar/e55c71", layout="alt", to=ROSA)

reply("es", "needs_id", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Verificación por teléfono", """Hola:

Para evitar eliminaciones falsas, verificamos cada solicitud por teléfono. En las próximas 24 horas recibirás una llamada automática al número que escribiste en el formulario; cuando te lo pida, marca el código de 4 dígitos que aparece en la página de exclusión. Tu perfil no se eliminará hasta completar la llamada.

Equipo de Privacidad de BuscaGente""", to=JOSE)

reply("es", "confirmed", PAD, ("PadrónWeb - Privacidad", "privacidad@padronweb.example"),
      "Re: Pedido de baja", """Hola:

Listo, ya dimos de baja tu ficha de Rosario: tus datos no se muestran más en PadrónWeb desde hoy.

Saludos,
Equipo de Privacidad""", to=ROSA, charset="iso-8859-1", cte="8bit")

reply("es", "refused", DMX, ("DirectorioMX Datos Personales", "datospersonales@directoriomx.example"),
      "Respuesta a su solicitud de cancelación folio DMX-2026-1240", """Estimado José Luis de la Cruz Márquez:

Su solicitud de cancelación con folio DMX-2026-1240 se tuvo por no presentada, ya que no acreditó su identidad dentro del plazo de 10 días hábiles. Sus datos no fueron cancelados.

Puede presentar una nueva solicitud en cualquier momento.

Atentamente,
Departamento de Datos Personales""", reason="identity not verified", to=JOSE)

reply("es", "acknowledged", BUSCA, ("BuscaGente Privacidad", "privacidad@buscagente.example"),
      "Tu solicitud fue enviada", """Hola:

Tu solicitud de exclusión fue enviada correctamente. Si el perfil coincide con tus datos, se eliminará de BuscaGente en un plazo de 24 a 48 horas.

[Consultar el estado de mi solicitud](https://www.buscagente.example/exclusion/estado/BG-88121)

Equipo de Privacidad de BuscaGente""", to=JOSE, layout="html")

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
