"""Assemble set L (tests/replies/setl): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setl/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set L answers requests handled by the privacy-request platforms and help desks brokers really use
(OneTrust-, Transcend-, DataGrail-, Ketch-, TrustArc-, Osano-style privacy portals; Zendesk-,
Freshdesk-, Salesforce-, Jira-style ticket desks), the legal substance of their answers (exemptions,
appeals, "we do not sell", access instead of deletion, California's DROP, suppression lists,
promises), and the mail machinery around them (bounces of four mail servers, out-of-office notices,
forwards, digests, look-alike phishing, shorteners, buttons with a mailto: twin, subjects that
contradict their bodies). Every name, address, domain and number is invented; domains end in
``.example``, addresses of machines are in the documentation ranges (RFC 5737).

A body is written once in a small markup:

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer (``> `` lines).

``form`` says how the mail is built: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML),
``fwd`` (a forward: the answer inside the client's mail as message/rfc822), ``bounce-*`` (a mail
server's delivery report, see :func:`_bounce`). ``html=`` gives a hand-written HTML part instead
(tables, buttons), ``plain=`` a plain part of its own.
"""

from __future__ import annotations

import base64
import csv
import quopri
import re
import sys
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, encode as _encode)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []
START = datetime(2026, 9, 14, 15, 2, tzinfo=timezone.utc)


def html_of(body: str, quoted: str = "", charset: str = "utf-8") -> str:
    paras = []
    for p in body.strip().split("\n\n"):
        out, last = [], 0
        for m in LINK.finditer(p):
            out.append(_esc(p[last:m.start()]))
            out.append(f'<a href="{_esc(m.group(2))}" target="_blank">{_esc(m.group(1))}</a>')
            last = m.end()
        out.append(_esc(p[last:]))
        paras.append('<p style="margin:0 0 12px 0">' + "".join(out).replace("\n", "<br>\n") + "</p>")
    q = ""
    if quoted:
        q = ('\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
             + _esc(quoted.strip()).replace("\n", "<br>\n") + "</blockquote>")
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n<table role="presentation" width="100%"><tr><td>\n'
            + "\n".join(paras) + q + "\n</td></tr></table>\n</body></html>\n")


def _quote(text: str) -> str:
    return "".join("> " + line if line else ">" for line in text.strip().splitlines(True)) + "\n"


def _leaf(subtype: str, text: str, charset: str, cte: str) -> bytes:
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + _encode(text.encode(charset), cte)


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
    if not name:
        return f"<{mail}>"
    try:
        name.encode("ascii")
        return f'"{name}" <{mail}>' if re.search(r'[(),.:;@\[\]]', name) else f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{_word(name, charset)} <{mail}>"


def _domain(value: str) -> str:
    return value.rsplit("@", 1)[1].rstrip(">").strip().lower()


def reply(file: str, lang: str, cls: str, frm: str, subject: str, body: str = "", *, reason: str = "",
          link: str = "", domains: str = "", quoted: str = "", form: str = "alt", html: str | None = None,
          plain: str | None = None, charset: str = "utf-8", cte: str = "quoted-printable",
          to: str = "Clínica de Derechos <derechos@centrolegal.example>", headers: tuple[str, ...] = (),
          inner: dict[str, object] | None = None) -> None:
    """Record one reply and its label; ``domains`` defaults to the sender's registered domain.
    ``form="fwd-inline"``: the client's note, then the broker's mail (``inner``) pasted below a
    "Forwarded message" header block, as Gmail and Outlook forward."""
    if form == "fwd-inline" and inner:
        head = str(inner.get("header", "---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}"))
        body = (body.strip() + "\n\n" + head.format(**inner) + "\n\n" + str(inner["body"]).strip())
        form, inner = "alt", None
    if not domains:
        d = _domain(frm).split(".")
        domains = ".".join(d[-2:])
    REPLIES.append(dict(file=file, lang=lang, cls=cls, frm=frm, subject=subject, body=body, reason=reason,
                        link=link, domains=domains, quoted=quoted, form=form, html=html, plain=plain,
                        charset=charset, cte=cte, to=to, headers=headers, inner=inner))


def _body_parts(r: dict[str, object], boundary: str) -> tuple[str, bytes]:
    """(Content-Type header line(s), body bytes) of a reply's text, by its form."""
    body, quoted, charset, cte = str(r["body"]), str(r["quoted"]), str(r["charset"]), str(r["cte"])
    text = r["plain"] if r["plain"] is not None else plain_of(body) + ("\n" + _quote(quoted) if quoted else "")
    html = r["html"] if r["html"] is not None else html_of(body, quoted, charset)
    form = r["form"]
    if form == "plain":
        return (f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: {cte}',
                _encode(str(text).encode(charset), cte))
    if form == "html":
        return (f'Content-Type: text/html; charset="{charset}"\nContent-Transfer-Encoding: {cte}',
                _encode(str(html).encode(charset), cte))
    parts = [_leaf("plain", str(text), charset, cte), _leaf("html", str(html), charset, cte)]
    out = b"".join(b"--" + boundary.encode() + b"\n" + p + b"\n" for p in parts) + b"--" + boundary.encode() + b"--\n"
    return f'Content-Type: multipart/alternative; boundary="{boundary}"', out


def _headers(r: dict[str, object], n: int, date: datetime) -> list[str]:
    charset = str(r["charset"])
    stem = str(r["file"]).removesuffix(".eml")
    subject = str(r["subject"])
    sender = re.search(r"<([^>]+)>", str(r["frm"]))
    return [
        f"Return-Path: <{sender.group(1) if sender and not str(r['form']).startswith('bounce-') else ''}>",
        f"From: {_addr(str(r['frm']), charset)}",
        f"To: {_addr(str(r['to']), charset)}",
        f"Subject: {_word(subject, charset)}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: <{stem}.{n:04d}@{_domain(str(r['frm']))}>",
        "MIME-Version: 1.0",
        *r["headers"],  # type: ignore[misc]
    ]


def _fwd(r: dict[str, object], n: int, date: datetime) -> bytes:
    """The client forwards the broker's answer (``inner``) to the clinic, as an attachment."""
    inner = dict(r["inner"])  # type: ignore[arg-type]
    full = dict(REPLY_DEFAULTS, **inner)
    ib = f"==inner_{n:04d}"
    ct, ibody = _body_parts(full, ib)
    inner_bytes = "\n".join(_headers(full, n + 5000, date - timedelta(days=2)) + [ct, ""]).encode() + b"\n" + ibody
    ob = f"==fwd_{n:04d}"
    note = _leaf("plain", str(r["body"]).strip() + "\n", str(r["charset"]), "quoted-printable")
    att = (b'Content-Type: message/rfc822\nContent-Disposition: inline\n\n' + inner_bytes)
    return (f'Content-Type: multipart/mixed; boundary="{ob}"\n\n'.encode() + b"--" + ob.encode() + b"\n" + note + b"\n"
            + b"--" + ob.encode() + b"\n" + att + b"\n--" + ob.encode() + b"--\n")


REPLY_DEFAULTS: dict[str, object] = dict(reason="", link="", domains="", quoted="", form="alt", html=None, plain=None,
                                         charset="utf-8", cte="quoted-printable", headers=(), inner=None,
                                         to="Clínica de Derechos <derechos@centrolegal.example>")


def _bounce(r: dict[str, object], n: int, date: datetime) -> bytes:
    """A delivery report. ``form``: bounce-postfix (RFC 3464 + the whole letter), bounce-exim (plain,
    the letter pasted below), bounce-exchange (HTML + RFC 3464 + the letter's headers), bounce-gmail
    (plain+HTML + RFC 3464 + the letter). ``inner`` = dict(rcpt=, status=, diag=, mta=, letter=)."""
    info = dict(r["inner"])  # type: ignore[arg-type]
    rcpt, status, diag, mta = str(info["rcpt"]), str(info["status"]), str(info["diag"]), str(info["mta"])
    letter = str(info["letter"])
    arrival = format_datetime(date - timedelta(minutes=3))
    letter_head = (f"From: Clínica de Derechos <derechos@centrolegal.example>\nTo: <{rcpt}>\n"
                   f"Subject: {info.get('letter_subject', 'Request to delete personal information')}\n"
                   f"Date: {arrival}\nMessage-ID: <letter.{n:04d}@centrolegal.example>\nMIME-Version: 1.0\n")
    letter_msg = (letter_head.replace("Clínica", "=?utf-8?q?Cl=C3=ADnica?=")
                  + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + letter.strip() + "\n")
    dsn = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {arrival}\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
           f"Remote-MTA: dns; {info.get('remote', 'mx1.' + rcpt.split('@')[1])}\nDiagnostic-Code: smtp; {diag}\n")
    b = f"==report_{n:04d}"
    form = r["form"]

    def part(head: str, data: bytes) -> bytes:
        return b"--" + b.encode() + b"\n" + head.encode() + b"\n\n" + data + (b"" if data.endswith(b"\n") else b"\n")

    human = str(r["body"]).strip() + "\n"
    if form == "bounce-exim":
        text = human + "\n------ This is a copy of the message, including all the headers. ------\n\n" + letter_msg
        return b'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + text.encode()
    head = f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n'.encode()
    parts = []
    if form == "bounce-postfix":
        parts.append(part('Content-Description: Notification\nContent-Type: text/plain; charset="us-ascii"', human.encode()))
        parts.append(part("Content-Description: Delivery report\nContent-Type: message/delivery-status", dsn.encode()))
        parts.append(part("Content-Description: Undelivered Message\nContent-Type: message/rfc822", letter_msg.encode()))
    elif form == "bounce-exchange":
        html = r["html"] or html_of(str(r["body"]))
        parts.append(part('Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable',
                          quopri.encodestring(str(html).encode())))
        parts.append(part("Content-Type: message/delivery-status", dsn.encode()))
        parts.append(part("Content-Type: text/rfc822-headers", letter_head.encode()))
    elif form == "bounce-gmail":
        ab = f"==alt_{n:04d}"
        alt = (f'Content-Type: multipart/alternative; boundary="{ab}"\n\n--{ab}\n').encode() + _leaf(
            "plain", plain_of(str(r["body"])), "utf-8", "quoted-printable") + f"\n--{ab}\n".encode() + _leaf(
            "html", html_of(str(r["body"])), "utf-8", "quoted-printable") + f"\n--{ab}--\n".encode()
        parts.append(b"--" + b.encode() + b"\n" + alt)
        parts.append(part("Content-Type: message/delivery-status", dsn.encode()))
        parts.append(part("Content-Type: message/rfc822", letter_msg.encode()))
    else:
        raise ValueError(form)
    return head + b"".join(parts) + b"--" + b.encode() + b"--\n"


def render(r: dict[str, object], n: int) -> bytes:
    date = START + timedelta(days=n // 3, hours=(n * 7) % 24, minutes=(n * 13) % 60)
    lines = _headers(r, n, date)
    form = str(r["form"])
    if form.startswith("bounce-"):
        return ("\n".join(lines) + "\n").encode() + _bounce(r, n, date)
    if form == "fwd":
        return ("\n".join(lines) + "\n").encode() + _fwd(r, n, date)
    ct, body = _body_parts(r, f"==part_{n:04d}")
    return ("\n".join(lines + [ct, ""]) + "\n").encode() + body


def main(out: Path = HERE) -> None:
    seen = set()
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for n, r in enumerate(REPLIES):
            assert r["file"] not in seen, r["file"]
            seen.add(r["file"])
            (out / str(r["file"])).write_bytes(render(r, n))
            w.writerow([r["file"], r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])


# --------------------------------------------------------------------------------------------------
# The replies. File names: <lang>-<nn>.eml; the label says what the reply means, not its platform.
# --------------------------------------------------------------------------------------------------

OT = "privacyportal.onetrust.example"
LETTER = """Dear Privacy Team,

Under the California Consumer Privacy Act (Cal. Civ. Code 1798.105) I ask you to delete all personal
information you hold about me and to stop selling or sharing it. Reference OPT-7Q4M2.

Full name: Rosa Elena Quispe Mamani
Address: 4410 Alhambra Ave, Apt 3, Los Angeles, CA 90032
"""

# ---- privacy-request platforms: English -----------------------------------------------------------

reply("en-01.eml", "en", "verify_link", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Action required: verify your email address for request 4729-VDX",
      """Hello Rosa,

Thank you for submitting a Delete My Personal Information request to Veridex Data Solutions. Before we can
begin, please confirm that you own this email address.

[Verify my email address](https://privacyportal.onetrust.example/webform/verify/a71c2e0b-5d3f-4e8a-9b61-0c4d2f7e8a19?lang=en)

This link expires in 7 days. If the link expires, your request will be closed and you will need to submit a new one.

Request ID: 4729-VDX
Submitted: 09/12/2026

If you did not make this request, you can ignore this message.

Veridex Data Solutions Privacy Office | [Privacy Notice](https://www.veridexdata.example/privacy)""",
      link="https://privacyportal.onetrust.example/webform/verify/a71c2e0b-5d3f-4e8a-9b61-0c4d2f7e8a19?lang=en",
      domains=f"veridexdata.example {OT}")

reply("en-02.eml", "en", "acknowledged", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Your request 4729-VDX has been verified",
      """Hello Rosa,

Your email address has been verified and your request 4729-VDX is now being processed by our privacy team.

Request type: Delete My Personal Information
Status: In Progress

We will respond within 45 days of receipt as required by law. You can check the status of your request at any
time in the [Privacy Portal](https://privacyportal.onetrust.example/ui/#/requestquery?id=4729-VDX).

Veridex Data Solutions Privacy Office""", domains=f"veridexdata.example {OT}")

reply("en-03.eml", "en", "unsure", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Update on your request 4729-VDX: response available",
      """Hello Rosa,

A response to your request 4729-VDX has been posted. To protect your information, we do not include the
details of our response in email.

Please [log in to the Privacy Portal](https://privacyportal.onetrust.example/ui/#/login?request=4729-VDX) with the email address
you used to submit the request to read our response and download any attachments. The response will remain
available for 90 days.

Request status: Closed

Veridex Data Solutions Privacy Office""", domains=f"veridexdata.example {OT}")

reply("en-04.eml", "en", "needs_id", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Additional verification needed for request 4731-VDX",
      """Hello Samuel,

We were not able to match the information in your request 4731-VDX to our records with enough certainty to
delete data safely. To continue, please upload a copy of a government-issued photo ID (driver's license,
passport, or consular ID) and a recent utility bill showing your current address.

Upload your documents securely in the [Privacy Portal](https://privacyportal.onetrust.example/ui/#/upload?request=4731-VDX).
Please do not send identity documents by email.

If we do not receive the documents within 30 days, your request will be closed.

Veridex Data Solutions Privacy Office""", domains=f"veridexdata.example {OT}",
      to="Samuel Ochoa Batz <s.ochoa.batz@mail.example>")

reply("en-05.eml", "en", "refused", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Your request 4731-VDX has been closed",
      """Hello Samuel,

We were unable to verify your identity for request 4731-VDX because the documents requested on September 3
were not received within the time allowed. As a result, we could not process your request and it has been
closed. No changes were made to your information.

You may submit a new request at any time through our [Privacy Request Form](https://privacyportal.onetrust.example/webform/veridex-dsar).

Veridex Data Solutions Privacy Office""", reason="identity not verified", domains=f"veridexdata.example {OT}",
      to="Samuel Ochoa Batz <s.ochoa.batz@mail.example>")

reply("en-06.eml", "en", "verify_link", "Marrow Data Privacy <privacy@marrowdata.example>",
      "Confirm your privacy request",
      """Hi,

We received a request to erase personal data associated with this email address. To protect your data, we need
you to confirm that you made this request. Click the button below to start processing.

[Confirm request](https://privacy.marrowdata.example/verify?token=eyJyaWQiOiI4ZDFmIiwidiI6MX0.Qm9yZWFs)

If you didn't submit this request, you don't need to do anything: it will expire in 72 hours and nothing
will happen.

[Manage your privacy preferences](https://privacy.marrowdata.example/preferences) · [Privacy policy](https://www.marrowdata.example/legal/privacy)

Powered by Transcend""", link="https://privacy.marrowdata.example/verify?token=eyJyaWQiOiI4ZDFmIiwidiI6MX0.Qm9yZWFs",
      to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-07.eml", "en", "confirmed", "Marrow Data Privacy <privacy@marrowdata.example>",
      "Your erasure request is complete",
      """Hi,

Your request to erase your personal data has been completed. We have deleted the personal data associated with
rosa.quispe.m@mail.example from our systems and the systems of the service providers that process data on our
behalf.

We keep a record that this request was made and fulfilled, as the law requires; that record is not used for any
other purpose.

Request ID: 8d1f6a22-0c3b-4a57-9f0e-1be7c2a4d930
Completed: September 27, 2026

Powered by Transcend""", to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-08.eml", "en", "unsure", "Marrow Data Privacy <privacy@marrowdata.example>",
      "Your privacy request has been canceled",
      """Hi,

Your request (ID 2c77e0d4-9a18-4b6e-8f3a-5d21c0b9e6f7) to erase your personal data has been canceled.

Requests are canceled when the person who made them withdraws them, or when the same person submits a newer
request that replaces this one. If you did not expect this, reply to this email and our privacy team will look
into it.

Powered by Transcend""", to="Lwam Tesfay Gebre <lwam.tesfay@mail.example>")

reply("en-09.eml", "en", "verify_link", "Northgate Analytics Privacy <noreply@preferences.datagrail.example>",
      "Please confirm your request to Northgate Analytics",
      """Please confirm your request

Thanks for contacting Northgate Analytics about your privacy. To make sure this request came from you, please
confirm your email address within 14 days.

[Confirm Email](https://preferences.datagrail.example/northgate/confirm/5b0a9e1c3f7d4c28a6e2)

Request type: Deletion
Jurisdiction: California

Didn't make this request? [Let us know](https://preferences.datagrail.example/northgate/report/5b0a9e1c3f7d4c28a6e2)
and we will stop processing it.

Northgate Analytics, Inc. · 200 Harbor Way, Suite 900, San Francisco, CA""",
      link="https://preferences.datagrail.example/northgate/confirm/5b0a9e1c3f7d4c28a6e2",
      domains="northgate-analytics.example preferences.datagrail.example")

reply("en-10.eml", "en", "confirmed", "Northgate Analytics Privacy <noreply@preferences.datagrail.example>",
      "Your deletion request has been processed",
      """Hello,

We have processed your deletion request. The personal information Northgate Analytics held about you has been
deleted from our systems, and we have instructed our service providers and the third parties to whom we sold
or shared it to delete it as well.

Because we may receive your information again from our data sources in the future, we have added your name and
address to our suppression list, so that it will not be added back to our marketing database.

Northgate Analytics Privacy Team""", domains="northgate-analytics.example preferences.datagrail.example")

# an identity quiz behind a link: only the person can answer it, so needs_id and no link to open
# (relabelled from verify_link on 2026-12-01, as branch r21 read it: opening the link proves nothing)
reply("en-11.eml", "en", "needs_id", "Lumen Identity <privacy-noreply@lumenid.example>",
      "Verify your identity to continue your right request",
      """We received your request to delete your personal information (right request LMN-33015).

To continue, verify your identity. You'll be asked a few questions generated from public and proprietary
records; this takes about two minutes.

[Start verification](https://rights.lumenid.example/verify/LMN-33015?sig=0f9d2c)

You must complete verification within 10 days. Lumen Identity will never ask for your Social Security number
by email.

[Unsubscribe from marketing email](https://www.lumenid.example/email/unsubscribe?u=33015)""",
to="Dmitri Kovalenko <dkovalenko@mail.example>")

reply("en-12.eml", "en", "acknowledged", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Individual Rights Request Received - Reference IRM-2026-118452",
      """Dear Requester,

Thank you for contacting Anchor Consumer Insights. This message confirms that we have received your
Individual Rights request.

Reference number: IRM-2026-118452
Request type: Right to Delete
Date received: 09/15/2026

Our privacy team will review your request. We will verify your request using the information you provided and
respond within 45 calendar days. If we need more time, we will let you know within that period.

Please keep your reference number for your records.

Sincerely,
Privacy Office, Anchor Consumer Insights""", domains="anchorinsights.example submit-irm.trustarc.example")

reply("en-13.eml", "en", "verify_link", "TruBackground Privacy <privacy@mail.osano.example>",
      "Verify your email to submit your request to TruBackground",
      """Hi there,

Click the link below to verify your email address. Your request will not be submitted to TruBackground until
you verify.

[Verify Email](https://my.osano.example/dsar/verify?sid=8f44e1d2-trubackground&code=Y2h1bmtfb25l)

If you do not verify within 21 days, your request will be rejected automatically.

Thank you,
TruBackground""", link="https://my.osano.example/dsar/verify?sid=8f44e1d2-trubackground&code=Y2h1bmtfb25l",
      domains="trubackground.example my.osano.example")

reply("en-14.eml", "en", "confirmed", "TruBackground Privacy <privacy@mail.osano.example>",
      "Your Delete request has been completed",
      """Hello,

TruBackground has completed your Delete request submitted on 09/02/2026. Your personal information has been
deleted and your background profile is no longer available on trubackground.example.

If you have questions, you can send a message through the [request portal](https://my.osano.example/dsar/portal?sid=8f44e1d2-trubackground).

TruBackground""", domains="trubackground.example my.osano.example")

reply("en-15.eml", "en", "refused", "TruBackground Privacy <privacy@mail.osano.example>",
      "Your request has been rejected",
      """Hello,

TruBackground has rejected your Delete request submitted on 07/30/2026.

Requests can be rejected for reasons such as: the request could not be verified, the email address was not
verified within 21 days, the request is a duplicate, or the information requested is exempt under applicable
law.

Your request was rejected automatically because the email address on the request was not verified within 21
days. If you would like to proceed, please submit a new request.

TruBackground""", reason="identity not verified", domains="trubackground.example my.osano.example")

reply("en-16.eml", "en", "acknowledged", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "[PeopleScope] Re: Remove my information",
      """##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from PeopleScope Support.""", domains="peoplescope.example peoplescope.zendesk.example",
      headers=("Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"))

reply("en-17.eml", "en", "needs_info", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "[PeopleScope] Re: Remove my information",
      """##- Please type your reply above this line -##

Hannah (PeopleScope Support)

Hello,

Thanks for reaching out. We searched for the name in your request and found 14 profiles with that name in
California. So that we remove the right one, please reply with the URL of the profile you want removed (it
starts with https://www.peoplescope.example/p/) or the city and age shown on the profile.

Best,
Hannah

Ticket: 48213 | Status: Awaiting your reply""", domains="peoplescope.example peoplescope.zendesk.example")

reply("en-18.eml", "en", "unsure", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "[PeopleScope] Request #48213 has been solved",
      """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

How would you rate the support you received?
[Good, I'm satisfied](https://peoplescope.zendesk.example/requests/48213/satisfaction/good?token=ZT1)
[Bad, I'm unsatisfied](https://peoplescope.zendesk.example/requests/48213/satisfaction/bad?token=ZT1)

This email is a service from PeopleScope Support.""", domains="peoplescope.example peoplescope.zendesk.example")

reply("en-19.eml", "en", "confirmed", "Clearpath Records <support@clearpathrecords.freshdesk.example>",
      "Ticket Closed - [#81274] Opt-out request - Quispe",
      """Dear Rosa,

This is to let you know that your ticket [#81274] has been closed.

Agent's note: The record at clearpathrecords.example/person/rosa-quispe-la-ca has been removed from public
search results and suppressed so it will not reappear in future data updates.

If you believe this ticket has not been resolved, please reply to this email to reopen it.

Regards,
Clearpath Records Support""", domains="clearpathrecords.example clearpathrecords.freshdesk.example")

reply("en-20.eml", "en", "refused", "Clearpath Records <support@clearpathrecords.freshdesk.example>",
      "Ticket Closed - [#81290] Opt-out request - Ochoa Batz",
      """Dear Customer,

This is to let you know that your ticket [#81290] has been closed.

Agent's note: We have not removed this record. Clearpath Records compiles court and property records that are
lawfully made available by government agencies. Publicly available information is not personal information
under the CCPA, so it is not subject to deletion requests.

If you believe this ticket has not been resolved, please reply to this email to reopen it.""",
      reason="publicly available", domains="clearpathrecords.example clearpathrecords.freshdesk.example")

reply("en-21.eml", "en", "needs_info", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Case 00418862: Consumer Privacy Request [ ref:_00D5f0ABC._5004x02LmNq:ref ]",
      """Dear Consumer,

Thank you for contacting Sentra Risk Solutions. We received a request to delete personal information sent by
Clínica de Derechos on behalf of a consumer.

To protect consumers from fraudulent requests, we accept requests made by an authorized agent only when the
agent provides a permission signed by the consumer. Please reply to this message with the consumer's signed
authorization naming your organization. Once received, we will continue processing this case.

Case Number: 00418862

Sincerely,
Consumer Privacy Office
Sentra Risk Solutions

ref:_00D5f0ABC._5004x02LmNq:ref""")

reply("en-22.eml", "en", "refused", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Case 00418862: Consumer Privacy Request [ ref:_00D5f0ABC._5004x02LmNq:ref ]",
      """Dear Consumer,

We are writing about case 00418862, a request to delete personal information submitted by Clínica de Derechos
as an authorized agent.

On September 18 we asked for a permission signed by the consumer. We have not received it within the time
allowed, so we have denied the request. We have not deleted any information.

The consumer may submit a request directly, or the agent may submit a new request with the signed permission.

Consumer Privacy Office
Sentra Risk Solutions

ref:_00D5f0ABC._5004x02LmNq:ref""", reason="agent not authorised")

reply("en-23.eml", "en", "acknowledged", "HomeLedger Privacy Desk <privacy@homeledger.atlassian.example>",
      "PRIV-482 Data deletion request",
      """—-—-—-—
Reply above this line.

HomeLedger Privacy Desk changed the status of your request PRIV-482 to In progress.

Data deletion request
Reference: PRIV-482

[View request](https://homeledger.atlassian.example/servicedesk/customer/portal/4/PRIV-482) · [Turn off this request's notifications](https://homeledger.atlassian.example/servicedesk/customer/portal/4/PRIV-482/unsubscribe)

This is shared with Clínica de Derechos.

Sent by Jira Service Management""", domains="homeledger.example homeledger.atlassian.example",
      headers=("Auto-Submitted: auto-generated",))

reply("en-24.eml", "en", "refused", "HomeLedger Privacy Desk <privacy@homeledger.atlassian.example>",
      "PRIV-482 Data deletion request",
      """—-—-—-—
Reply above this line.

Marcus Lindqvist commented:

Hello, thank you for your patience. HomeLedger republishes county assessor and recorder data (owner names,
parcel addresses, sale prices). These records are public records and are exempt from deletion under the CCPA.
We are unable to remove the property records associated with this name.

We do not hold any other personal information about the consumer.

HomeLedger Privacy Desk resolved this as Won't Do.

[View request](https://homeledger.atlassian.example/servicedesk/customer/portal/4/PRIV-482) · [Turn off this request's notifications](https://homeledger.atlassian.example/servicedesk/customer/portal/4/PRIV-482/unsubscribe)

Sent by Jira Service Management""", reason="publicly available", domains="homeledger.example homeledger.atlassian.example")

reply("en-25.eml", "en", "extended", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Individual Rights Request IRM-2026-118452 - Extension",
      """Dear Requester,

We are writing about your request IRM-2026-118452 received on 09/15/2026.

Due to the number of requests we are currently processing, we need additional time to complete your request.
As permitted by law, we are extending the response period by up to 45 additional days. We expect to respond no
later than December 14, 2026.

Sincerely,
Privacy Office, Anchor Consumer Insights""", domains="anchorinsights.example submit-irm.trustarc.example")

reply("en-26.eml", "en", "acknowledged", "Lumen Identity <privacy-noreply@lumenid.example>",
      "Right request LMN-33015: identity verified",
      """Thank you. Your identity has been verified for right request LMN-33015.

What happens next: our team will locate and delete the personal information we hold about you. Your data will
be deleted within 30 days, and we will send you a confirmation once it is done.

[Check the status of your request](https://rights.lumenid.example/status/LMN-33015)""", to="Dmitri Kovalenko <dkovalenko@mail.example>")

# ---- legal substance: English -----------------------------------------------------------------------

reply("en-27.eml", "en", "refused", "Veridex Data Solutions <privacy@veridexdata.example>",
      "Response to your request 4744-VDX",
      """Dear Ms. Quispe Mamani,

We have completed our review of your request to delete personal information (request 4744-VDX).

Veridex Data Solutions is a consumer reporting agency. The information we maintain about you is part of a
consumer report and is regulated by the federal Fair Credit Reporting Act (FCRA). The CCPA does not apply to
personal information bearing on a consumer's creditworthiness that is reported or used in accordance with the
FCRA (Cal. Civ. Code 1798.145(d)). For this reason we are unable to delete it.

Your request is therefore denied. You have the right under the FCRA to obtain a free copy of your consumer file
and to dispute inaccurate information by contacting our Consumer Relations Center.

Veridex Data Solutions Privacy Office""", reason="exempt (FCRA)", quoted=LETTER)

reply("en-28.eml", "en", "refused", "FinScore Marketing Services <privacyrequests@finscore.example>",
      "Your privacy request - partial completion",
      """Hello,

We have processed your request to delete your personal information.

We deleted the marketing and advertising data we held about you, including your email address and online
identifiers.

We did not delete the information we hold as a financial institution to service accounts, which is subject to
the Gramm-Leach-Bliley Act (GLBA). This includes your name, postal addresses, telephone numbers and account
history. State privacy laws do not apply to this information, and it will continue to be processed as described
in our GLBA Privacy Notice.

FinScore Privacy Office""", reason="exempt (GLBA), partial")

reply("en-29.eml", "en", "refused", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Case 00421907: Response to your Consumer Privacy Request [ ref:_00D5f0ABC._5004x02MpWz:ref ]",
      """Dear Consumer,

We located records associated with you in the identity verification and fraud prevention databases we provide
to banks and government agencies. Under Virginia Code 59.1-582, we are not required to delete personal data
that we use to prevent, detect and respond to fraud and identity theft. We have therefore declined to delete
these records.

You have the right to appeal this decision. To appeal, reply to this email with the word APPEAL within 45 days
of the date of this message. We will respond to your appeal within 60 days. If your appeal is denied, you may
contact the Office of the Attorney General of Virginia at https://www.oag.state.va.us/consumer-protection.

Consumer Privacy Office, Sentra Risk Solutions

ref:_00D5f0ABC._5004x02MpWz:ref""", reason="legal obligation")

reply("en-30.eml", "en", "refused", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Case 00421907: Appeal decision [ ref:_00D5f0ABC._5004x02MpWz:ref ]",
      """Dear Consumer,

We have reviewed your appeal of our decision on case 00421907. After review, we uphold our original decision:
the records are retained for fraud prevention and will not be deleted.

If you are not satisfied with the outcome of your appeal, you may submit a complaint to the Virginia Attorney
General, Consumer Protection Section, 202 North Ninth Street, Richmond, VA 23219.

Consumer Privacy Office, Sentra Risk Solutions""", reason="legal obligation")

reply("en-31.eml", "en", "confirmed", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Appeal IRM-2026-120377 - Decision",
      """Dear Requester,

We have reviewed your appeal under the Colorado Privacy Act concerning request IRM-2026-120377.

Having reconsidered, we have reversed our earlier decision. The personal data we held about you in our consumer
marketing database has now been deleted, and we have notified the companies to which we disclosed it.

Sincerely,
Privacy Office, Anchor Consumer Insights""", domains="anchorinsights.example submit-irm.trustarc.example")

reply("en-32.eml", "en", "unsure", "Lumen Identity <privacy@lumenid.example>",
      "RE: Request to delete personal information",
      """Hello,

Thank you for your message. Lumen Identity does not sell personal information, and we have not sold personal
information in the preceding 12 months. There is therefore nothing to opt out of.

If you have an account with us, you can manage your data from your account settings.

Lumen Identity Privacy""", quoted=LETTER)

reply("en-33.eml", "en", "unsure", "Northgate Analytics Privacy <noreply@preferences.datagrail.example>",
      "Your access request is ready",
      """Hello,

The report of the personal information Northgate Analytics holds about you is ready. For your security, the
download link expires in 7 days.

[Download your report](https://preferences.datagrail.example/northgate/download/c3f91e5a2b)

The report lists the categories of personal information we collected, the sources, the purposes, and the
categories of third parties to whom we disclosed it.

Northgate Analytics Privacy Team""", domains="northgate-analytics.example preferences.datagrail.example",
      quoted=LETTER)

reply("en-34.eml", "en", "acknowledged", "Veridex Data Solutions <privacy@veridexdata.example>",
      "Your deletion request received through DROP",
      """Dear Consumer,

Veridex Data Solutions has retrieved your deletion request from the California Delete Request and Opt-out
Platform (DROP), which is run by the California Privacy Protection Agency.

We process DROP requests at least every 45 days. We will report the result of your request on DROP within the
period the regulations allow; you can check its status on the DROP website.

You do not need to send us a separate request.

Veridex Data Solutions Privacy Office""", domains=f"veridexdata.example {OT}")

reply("en-35.eml", "en", "confirmed", "PeopleScope Privacy <privacy@peoplescope.example>",
      "Deletion request via California DROP: completed",
      """Hello,

PeopleScope received your deletion request through the California DROP system and has processed it.

We deleted the personal information we held about you that matched your DROP request and added you to our
suppression list. We will not collect, sell or share your personal information again unless you ask us to.

PeopleScope Privacy""", domains="peoplescope.example peoplescope.zendesk.example")

reply("en-36.eml", "en", "refused", "Clearpath Records <privacy@clearpathrecords.example>",
      "Your DROP deletion request: no matching record",
      """Hello,

We processed the deletion request we received for you through California's DROP platform. We did not find any
personal information in our records that matches the identifiers in your DROP request.

You can add more information to your DROP profile (such as a previous address) so that data brokers can find
your records in the next processing cycle.

Clearpath Records Privacy""", reason="no record", domains="clearpathrecords.example clearpathrecords.freshdesk.example")

reply("en-37.eml", "en", "acknowledged", "Buscatel Privacy <privacy@buscatel.example>",
      "We received your request",
      """Hello,

We received your request to delete your information. Your data will be deleted within 30 days. Your profile
may still be visible during this time.

We will not send another email when the deletion is done.

Buscatel""")

reply("en-38.eml", "en", "needs_info", "Marrow Data Privacy <privacy@marrowdata.example>",
      "Re: Deletion request for Hyun-woo Park",
      """Hello,

Thank you for your email. For security reasons we can only act on privacy requests sent from the email
address associated with the consumer's record. Your message came from an address we do not have on file.

Please ask the consumer to send the request again from their own email address, or to submit it through our
[privacy center](https://privacy.marrowdata.example/) while signed in.

Marrow Data Privacy""")

reply("en-39.eml", "en", "refused", "FinScore Marketing Services <privacyrequests@finscore.example>",
      "Your request could not be completed",
      """Hello,

We received your request to delete personal information under the Texas Data Privacy and Security Act.

FinScore's consumer data is collected and used as a financial institution subject to Title V of the
Gramm-Leach-Bliley Act. Financial institutions and data subject to Title V are exempt from the Texas Data
Privacy and Security Act. We are therefore declining your request.

You may appeal our decision by submitting the appeal form at https://www.finscore.example/privacy/appeal within
60 days. If the appeal is denied, you may file a complaint with the Texas Attorney General.

FinScore Privacy Office""", reason="exempt (GLBA)")

reply("en-40.eml", "en", "refused", "HomeLedger Privacy Desk <privacy@homeledger.example>",
      "Your deletion request",
      """Hello,

Your request to delete personal information has been reviewed.

We are currently subject to a legal hold in connection with pending litigation, which requires us to preserve
certain records, including records that contain your information. We cannot delete those records while the
legal hold is in effect. When the hold is lifted, we will delete the records if you submit a new request.

Under the Oregon Consumer Privacy Act you may appeal this decision by writing to appeals@homeledger.example.
If you disagree with the result of your appeal, you may contact the Oregon Department of Justice.

HomeLedger Privacy""", reason="legal obligation", domains="homeledger.example homeledger.atlassian.example")

reply("en-41.eml", "en", "refused", "Lumen Identity <privacy@lumenid.example>",
      "Re: Request to delete personal information",
      """Hello,

We have reviewed your request. The Connecticut Data Privacy Act gives rights to residents of Connecticut.
Based on the address you provided, you are not a Connecticut resident, and we do not offer deletion to
residents of states without a comprehensive privacy law.

As a courtesy, we have opted you out of the sale of your personal information. Your profile will remain in our
identity verification database.

Lumen Identity Privacy""", reason="not a resident", quoted=LETTER)

reply("en-42.eml", "en", "refused", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Request IRM-2026-120377 - Response",
      """Dear Requester,

We have completed our review of your request IRM-2026-120377 under the Colorado Privacy Act.

We are unable to delete the personal data you asked about, because it is maintained in our identity
resolution product, which we use for fraud prevention on behalf of our clients.

Your right to appeal: you may appeal this decision within 45 days by replying to this email with "Appeal" in
the subject line. We will respond within 45 days. If you are not satisfied with our response to your appeal,
you may contact the Colorado Attorney General at coag.gov/file-complaint.

Sincerely,
Privacy Office, Anchor Consumer Insights""", reason="legal obligation",
      domains="anchorinsights.example submit-irm.trustarc.example")

reply("en-43.eml", "en", "refused", "Marrow Data Privacy <privacy@marrowdata.example>",
      "Re: Request to delete personal information",
      """Hello,

Marrow Data is a service provider. We process personal information only on behalf of our business customers,
who decide how it is used. We are not a data broker and we cannot act on requests directly.

Please contact the business with which you have a relationship. We have not deleted any information.

Marrow Data Privacy""", reason="not a data broker", quoted=LETTER)

reply("en-44.eml", "en", "confirmed", "Buscatel Privacy <privacy@buscatel.example>",
      "Your information has been removed",
      """Hello,

We have deleted your information as you requested. Your listing has been removed from buscatel.example and
will no longer appear in search results on our site.

Search engines such as Google may show a cached copy for a few weeks until they update.

Buscatel""")

reply("en-45.eml", "en", "acknowledged", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Request 4729-VDX status: In Progress",
      """Hello Rosa,

This is an automatic reminder that your request 4729-VDX is in progress. We are working on it and will notify
you as soon as it is completed.

Once completed, the response will be available in the [Privacy Portal](https://privacyportal.onetrust.example/ui/#/login?request=4729-VDX).

Veridex Data Solutions Privacy Office""", domains=f"veridexdata.example {OT}")

# ---- mail machinery: English ------------------------------------------------------------------------

reply("en-46.eml", "en", "bounce", "Mail Delivery System <MAILER-DAEMON@mx.centrolegal.example>",
      "Undelivered Mail Returned to Sender",
      """This is the mail system at host mx.centrolegal.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<privacy@datospersona.example>: host mx1.datospersona.example[192.0.2.41] said:
    550 5.1.1 <privacy@datospersona.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)""", form="bounce-postfix",
      domains="datospersona.example", headers=("Auto-Submitted: auto-replied",),
      inner=dict(rcpt="privacy@datospersona.example", status="5.1.1", mta="mx.centrolegal.example",
                 remote="mx1.datospersona.example", letter=LETTER,
                 diag="550 5.1.1 <privacy@datospersona.example>: Recipient address rejected: User unknown"))

reply("en-47.eml", "en", "bounce", "Mail Delivery System <Mailer-Daemon@smtp.centrolegal.example>",
      "Mail delivery failed: returning message to sender",
      """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  optout@trubackground.example
    host mail.trubackground.example [198.51.100.17]
    SMTP error from remote mail server after RCPT TO:<optout@trubackground.example>:
    550 5.7.1 This mailbox no longer accepts mail. Please use https://trubackground.example/optout""",
      form="bounce-exim", domains="trubackground.example my.osano.example",
      headers=("Auto-Submitted: auto-generated", "X-Failed-Recipients: optout@trubackground.example"),
      inner=dict(rcpt="optout@trubackground.example", status="5.7.1", mta="smtp.centrolegal.example",
                 letter=LETTER, diag="550 5.7.1 This mailbox no longer accepts mail"))

reply("en-48.eml", "en", "bounce", "Microsoft Outlook <postmaster@anchorinsights.example>",
      "Undeliverable: Request to delete personal information",
      """Your message to privacy-requests@anchorinsights.example couldn't be delivered.

privacy-requests wasn't found at anchorinsights.example.

Office 365 · Action Required · Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.
Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.

Diagnostic information for administrators:
Generating server: BN8PR12MB3315.namprd12.prod.outlook.example
privacy-requests@anchorinsights.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
      form="bounce-exchange", domains="anchorinsights.example submit-irm.trustarc.example",
      inner=dict(rcpt="privacy-requests@anchorinsights.example", status="5.1.10",
                 mta="BN8PR12MB3315.namprd12.prod.outlook.example", letter=LETTER,
                 diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"))

reply("en-49.eml", "en", "bounce", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
      "Delivery Status Notification (Failure)",
      """Address not found

Your message wasn't delivered to privacy@homeledger-data.example because the address couldn't be found, or is
unable to receive mail.

LEARN MORE: https://support.google.example/mail/answer/6596

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email
address for typos or unnecessary spaces. 550 5.1.1""", form="bounce-gmail",
      domains="homeledger.example homeledger.atlassian.example",
      to="Rosa Quispe <rosa.quispe.m@mail.example>",
      inner=dict(rcpt="privacy@homeledger-data.example", status="5.1.1", mta="mail-sor-f41.google.example",
                 letter=LETTER, diag="550 5.1.1 The email account that you tried to reach does not exist."))

reply("en-50.eml", "en", "auto_reply", "Priya Raman <praman@northgate-analytics.example>",
      "Automatic reply: Request to delete personal information",
      """I am out of the office until Monday, October 5, with limited access to email.

For privacy requests, please use our Privacy Request Center at
https://preferences.datagrail.example/northgate or write to privacy@northgate-analytics.example.
Your message will not be forwarded.""", form="plain",
      domains="northgate-analytics.example preferences.datagrail.example",
      headers=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))

reply("en-51.eml", "en", "auto_reply", "Clearpath Records <no-reply@clearpathrecords.example>",
      "Re: Request to delete personal information",
      """This mailbox is not monitored and replies are not read.

To submit an opt-out or privacy request, please visit https://clearpathrecords.example/privacy-request.
For all other questions, visit our Help Center.""", form="plain",
      domains="clearpathrecords.example clearpathrecords.freshdesk.example",
      headers=("Auto-Submitted: auto-replied", "Precedence: auto_reply"))

reply("en-52.eml", "en", "confirmed", "Rosa Quispe <rosa.quispe.m@mail.example>",
      "Fwd: Your erasure request is complete",
      """Hola, les reenvío este correo que me llegó de Marrow. ¿Ya quedó? Gracias, Rosa""", form="fwd-inline",
      domains="marrowdata.example",
      inner=dict(file="en-52-inner", frm="Marrow Data Privacy <privacy@marrowdata.example>", date="Wed, Sep 30, 2026 at 5:05 AM",
                 to="Rosa Quispe <rosa.quispe.m@mail.example>", subject="Your erasure request is complete",
                 body="""Hi,

Your request to erase your personal data has been completed. We have deleted the personal data associated with
this email address from our systems.

Request ID: 0b91d7e3-5f2a-4c8e-a6d4-77e1f03c9b25

Powered by Transcend"""))

reply("en-53.eml", "en", "needs_id", "Samuel Ochoa <s.ochoa.batz@mail.example>",
      "Fwd: Additional verification needed",
      """Les mando esto que me llegó. No sé qué hacer, no tengo licencia. Samuel""", form="fwd-inline",
      domains="trubackground.example my.osano.example",
      inner=dict(file="en-53-inner", frm="TruBackground Privacy <privacy@mail.osano.example>", date="Thu, Oct 1, 2026 at 9:12 AM",
                 header="________________________________\nFrom: {frm}\nSent: {date}\nTo: {to}\nSubject: {subject}",
                 to="Samuel Ochoa Batz <s.ochoa.batz@mail.example>", subject="Additional verification needed",
                 body="""Hello,

Before we can complete your Delete request, we need to verify your identity. Please upload a photo of a
government-issued ID in the [request portal](https://my.osano.example/dsar/portal?sid=91c0a2ff-trubackground).
You may cover your photo and ID number; we only need to see your name and address.

TruBackground"""))

reply("en-54.eml", "en", "unsure", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "Your PeopleScope requests: weekly summary",
      """Here is a summary of your open and recently updated requests.

#48213 Remove my information - Solved
#48502 Remove listing - Open
#48517 Remove my information (Ochoa) - Pending
#48610 Remove listing for relative - Solved

[View all your requests](https://peoplescope.zendesk.example/hc/requests)

This email is a service from PeopleScope Support.""", domains="peoplescope.example peoplescope.zendesk.example",
      headers=("Auto-Submitted: auto-generated",))

reply("en-55.eml", "en", "verify_link", "PeopleScope <privacy@peoplescope-removals.example>",
      "Final notice: confirm your removal",
      """Your removal request is almost complete.

To finish removing your record from PeopleScope, confirm your removal within 24 hours. If you do not confirm,
your record will be published again.

[CONFIRM MY REMOVAL](https://peoplescope-removals.example/confirm?id=48213&e=cm9zYQ)

PeopleScope Privacy Team""", domains="peoplescope.example peoplescope.zendesk.example",
      to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-56.eml", "en", "verify_link", "Buscatel Privacy <privacy@buscatel.example>",
      "Confirm your opt-out request",
      """Hello,

Please confirm your opt-out request by clicking the link below.

[Confirm opt-out](http://203.0.113.58/buscatel/confirm.php?req=77120&h=8a1f)

Buscatel""", to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-57.eml", "en", "verify_link", "TruBackground Privacy <privacy@trubackground.example>",
      "Confirm your TruBackground opt-out",
      """Hi,

Tap the link below to confirm you want your background profile removed from TruBackground:

[https://bit.example/3xTbQ9a](https://bit.example/3xTbQ9a)

This link expires in 48 hours.

TruBackground""", link="https://bit.example/3xTbQ9a", domains="trubackground.example my.osano.example",
      to="Rosa Quispe <rosa.quispe.m@mail.example>", form="plain")

CONFIRM_TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f4f6"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" bgcolor="#ffffff">
<tr><td><a href="https://www.clearpathrecords.example/"><img src="https://cdn.clearpathrecords.example/logo.png" alt="Clearpath Records" width="160"></a></td></tr>
<tr><td style="font:15px Arial,sans-serif;color:#111">
<h1 style="font-size:20px">One more step</h1>
<p>We received a request to remove a record from Clearpath Records. Confirm below and we will remove the record within 72 hours.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td bgcolor="#0b5fff" style="border-radius:6px;padding:12px 22px"><a href="https://www.clearpathrecords.example/optout/confirm?rid=R-550281&amp;k=d41c" style="color:#ffffff;text-decoration:none;font-weight:bold">Confirm removal</a></td>
</tr></table>
<p style="font-size:13px;color:#555">Can't use the button? Reply to <a href="mailto:optout@clearpathrecords.example?subject=CONFIRM%20R-550281">optout@clearpathrecords.example</a> with CONFIRM R-550281 in the subject line.</p>
<p style="font-size:12px;color:#777">Didn't ask for this? <a href="https://www.clearpathrecords.example/optout/cancel?rid=R-550281&amp;k=d41c">Cancel this request</a>.</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""
reply("en-58.eml", "en", "verify_link", "Clearpath Records <optout@clearpathrecords.example>",
      "Confirm your removal request R-550281", form="html", html=CONFIRM_TABLE,
      link="https://www.clearpathrecords.example/optout/confirm?rid=R-550281&k=d41c",
      domains="clearpathrecords.example clearpathrecords.freshdesk.example", to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-59.eml", "en", "refused", "Northgate Analytics Privacy <noreply@preferences.datagrail.example>",
      "Your request has been completed",
      """Hello,

We were unable to complete your deletion request. We could not find an account or any consumer records that
match the information you provided, so no personal information was deleted.

If you have other information that could help us find your records, such as a previous address, you may submit
a new request.

Northgate Analytics Privacy Team""", reason="no record", domains="northgate-analytics.example preferences.datagrail.example")

reply("en-60.eml", "en", "confirmed", "FinScore Marketing Services <privacyrequests@finscore.example>",
      "Action required: your privacy request",
      """Hello,

No action is needed from you. Your request has been completed: FinScore has deleted the consumer marketing
profile associated with your name and address, and it will no longer be used or sold.

FinScore Privacy Office""", reason="")

reply("en-61.eml", "en", "other", "Lumen Identity <news@lumenid.example>",
      "Introducing Lumen Verify Pro for property managers",
      """Screen applicants in seconds.

Lumen Verify Pro brings identity, address history and eviction records into one report. Start your free trial
today.

[Start free trial](https://www.lumenid.example/pro?utm_source=email)

[Unsubscribe](https://www.lumenid.example/email/unsubscribe?u=77801) · Lumen Identity, 1 Market St, Denver CO""")

reply("en-62.eml", "en", "other", "Anchor Consumer Insights <notices@anchorinsights.example>",
      "Updates to our Privacy Notice",
      """We are updating our Privacy Notice, effective January 1, 2027, to describe new state privacy laws and how you
can exercise your rights. No action is required.

[Read the updated Privacy Notice](https://www.anchorinsights.example/privacy)

You are receiving this service message because you contacted us about privacy.""",
      domains="anchorinsights.example submit-irm.trustarc.example")

# ---- Spanish: US brokers' Spanish templates, platforms, Spain -----------------------------------------

CARTA = """Estimados señores:

Conforme a la Ley de Privacidad del Consumidor de California (Código Civil 1798.105), les pido que eliminen
toda la información personal que tengan sobre mí y que dejen de venderla o compartirla. Referencia OPT-9K2WD.

Nombre: María Guadalupe Hernández Ruiz
Dirección: 1187 E 52nd St, Los Angeles, CA 90011
"""
MGH = "María Guadalupe Hernández <lupita.hdz.ruiz@mail.example>"

reply("es-01.eml", "es", "verify_link", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Acción requerida: verifique su correo electrónico para la solicitud 4802-VDX",
      """Hola, María Guadalupe:

Gracias por enviar una solicitud de eliminación de su información personal a Veridex Data Solutions. Antes de
empezar, confirme que esta dirección de correo electrónico le pertenece.

[Verificar mi correo electrónico](https://privacyportal.onetrust.example/webform/verify/0e5b7d3a-11c2-4f0b-8d6e-3a9c1f2e4b70?lang=es)

Este enlace vence en 7 días. Si vence, su solicitud se cerrará y tendrá que enviar una nueva.

ID de la solicitud: 4802-VDX

Si usted no hizo esta solicitud, puede ignorar este mensaje.""",
      link="https://privacyportal.onetrust.example/webform/verify/0e5b7d3a-11c2-4f0b-8d6e-3a9c1f2e4b70?lang=es",
      domains=f"veridexdata.example {OT}", to=MGH)

reply("es-02.eml", "es", "acknowledged", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Su solicitud 4802-VDX ha sido verificada",
      """Hola, María Guadalupe:

Su correo electrónico fue verificado y nuestro equipo de privacidad ya está procesando su solicitud 4802-VDX.

Tipo de solicitud: Eliminar mi información personal
Estado: En curso

Le responderemos dentro de los 45 días siguientes a su recepción, como exige la ley.""",
      domains=f"veridexdata.example {OT}", to=MGH)

reply("es-03.eml", "es", "unsure", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Actualización de su solicitud 4802-VDX",
      """Hola, María Guadalupe:

Hay una respuesta a su solicitud 4802-VDX. Para proteger su información, no incluimos el contenido de nuestra
respuesta en este correo.

[Inicie sesión en el Portal de Privacidad](https://privacyportal.onetrust.example/ui/#/login?request=4802-VDX&lang=es)
para leer la respuesta y descargar los documentos adjuntos.

Estado de la solicitud: Cerrada""", domains=f"veridexdata.example {OT}", to=MGH)

reply("es-04.eml", "es", "needs_id", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Se necesita verificación adicional – solicitud 4802-VDX",
      """Hola, María Guadalupe:

No pudimos confirmar su identidad con los datos de su solicitud. Para continuar, suba al Portal de Privacidad
una copia de una identificación oficial con foto (licencia de manejo, pasaporte o matrícula consular) y un
comprobante de domicilio reciente.

[Subir documentos](https://privacyportal.onetrust.example/ui/#/upload?request=4802-VDX&lang=es)

Por favor no envíe documentos de identidad por correo electrónico. Si no los recibimos en 30 días, su solicitud
se cerrará.""", domains=f"veridexdata.example {OT}", to=MGH)

reply("es-05.eml", "es", "refused", "Veridex Data Solutions <privacy@veridexdata.example>",
      "Respuesta a su solicitud 4802-VDX",
      """Estimada Sra. Hernández Ruiz:

Hemos revisado su solicitud de eliminación de información personal.

Veridex Data Solutions es una agencia de informes de crédito al consumidor. La información que mantenemos sobre
usted forma parte de un informe del consumidor regulado por la Ley federal de Informes de Crédito Justos (FCRA),
y la ley de California no se aplica a esa información. Por lo tanto, no podemos eliminarla y su solicitud ha
sido denegada.

Usted tiene derecho a obtener una copia gratuita de su expediente y a disputar información incorrecta.

Oficina de Privacidad de Veridex Data Solutions""", reason="exempt (FCRA)", domains=f"veridexdata.example {OT}",
      quoted=CARTA, to=MGH)

reply("es-06.eml", "es", "confirmed", "Buscatel Privacidad <privacidad@buscatel.example>",
      "Su información fue eliminada",
      """Hola:

Eliminamos su información tal como lo pidió. Su ficha ya no aparece en buscatel.example ni en los resultados de
búsqueda de nuestro sitio. Además, agregamos su nombre a nuestra lista de supresión para que sus datos no se
vuelvan a publicar.

Buscadores como Google pueden mostrar una copia guardada durante algunas semanas.

Buscatel""", charset="iso-8859-1", to=MGH)

reply("es-07.eml", "es", "acknowledged", "Buscatel Privacidad <privacidad@buscatel.example>",
      "Recibimos su solicitud",
      """Hola:

Recibimos su solicitud para eliminar su información. Sus datos serán eliminados dentro de los próximos 30 días.
Durante ese tiempo su perfil todavía puede aparecer en el sitio.""", charset="windows-1252", cte="8bit", to=MGH)

reply("es-08.eml", "es", "verify_link", "Buscatel Privacidad <privacidad@buscatel.example>",
      "Confirme su solicitud de exclusión",
      """Hola:

Para terminar de eliminar su ficha de Buscatel, confirme su solicitud con el botón de abajo. El enlace vence en
48 horas.

[Confirmar mi solicitud](https://www.buscatel.example/exclusion/confirmar?s=77120&t=b3c9e1)

Si usted no pidió esto, [cancele la solicitud](https://www.buscatel.example/exclusion/cancelar?s=77120&t=b3c9e1).

[Darse de baja de nuestros boletines](https://www.buscatel.example/boletin/baja?u=77120)""",
      link="https://www.buscatel.example/exclusion/confirmar?s=77120&t=b3c9e1", to=MGH)

reply("es-09.eml", "es", "acknowledged", "PeopleScope Soporte <support@peoplescope.zendesk.example>",
      "[PeopleScope] Re: Eliminar mi información",
      """##- Escriba su respuesta por encima de esta línea -##

Su solicitud (48517) ha sido recibida y nuestro personal de soporte la está revisando.

Para añadir comentarios, responda a este correo electrónico.

Este correo electrónico es un servicio de PeopleScope Support.""",
      domains="peoplescope.example peoplescope.zendesk.example", headers=("Auto-Submitted: auto-replied",), to=MGH)

reply("es-10.eml", "es", "unsure", "PeopleScope Soporte <support@peoplescope.zendesk.example>",
      "[PeopleScope] La solicitud #48517 se ha resuelto",
      """##- Escriba su respuesta por encima de esta línea -##

Su solicitud (48517) se ha resuelto. Para volver a abrirla, responda a este correo electrónico.

¿Cómo calificaría la atención recibida?
[Buena, estoy satisfecho](https://peoplescope.zendesk.example/requests/48517/satisfaction/good?token=Qx4)
[Mala, no estoy satisfecho](https://peoplescope.zendesk.example/requests/48517/satisfaction/bad?token=Qx4)""",
      domains="peoplescope.example peoplescope.zendesk.example", to=MGH)

reply("es-11.eml", "es", "refused", "Clearpath Records <support@clearpathrecords.freshdesk.example>",
      "Ticket cerrado - [#81377] Solicitud de exclusión - Hernández",
      """Estimada María Guadalupe:

Le informamos que su ticket [#81377] ha sido cerrado.

Nota del agente: No eliminamos este registro. Clearpath Records publica registros judiciales y de propiedad que
las agencias del gobierno ponen a disposición del público. La información disponible públicamente no es
información personal según la ley de California y no está sujeta a solicitudes de eliminación.

Si cree que este ticket no se ha resuelto, responda a este correo para volver a abrirlo.""",
      reason="publicly available", domains="clearpathrecords.example clearpathrecords.freshdesk.example", to=MGH)

reply("es-12.eml", "es", "refused", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Caso 00422310: Respuesta a su solicitud de privacidad [ ref:_00D5f0ABC._5004x02NqTr:ref ]",
      """Estimado/a consumidor/a:

Encontramos registros asociados con usted en las bases de datos de verificación de identidad y prevención de
fraude que ofrecemos a bancos y agencias de gobierno. La ley de Colorado no nos obliga a eliminar datos
personales que usamos para prevenir y detectar fraude y robo de identidad, por lo que no los eliminaremos.

Usted tiene derecho a apelar esta decisión. Para apelar, responda a este correo con la palabra APELACIÓN dentro
de los 45 días siguientes. Si no está de acuerdo con el resultado de su apelación, puede comunicarse con la
Oficina del Procurador General de Colorado.

Oficina de Privacidad del Consumidor, Sentra Risk Solutions""", reason="legal obligation")

reply("es-13.eml", "es", "unsure", "Lumen Identity <privacy@lumenid.example>",
      "RE: Solicitud de eliminación de información personal",
      """Hola:

Gracias por su mensaje. Lumen Identity no vende información personal y no la ha vendido en los últimos 12
meses, por lo que no hay nada de lo cual excluirse.

Si tiene una cuenta con nosotros, puede administrar sus datos desde la configuración de su cuenta.""",
      quoted=CARTA, to=MGH)

reply("es-14.eml", "es", "needs_info", "Marrow Data Privacy <privacy@marrowdata.example>",
      "Re: Solicitud de eliminación",
      """Hola:

Por razones de seguridad, solo podemos atender solicitudes de privacidad enviadas desde la dirección de correo
electrónico asociada con el registro del consumidor. Su mensaje llegó desde una dirección que no tenemos
registrada.

Pídale a la persona que vuelva a enviar la solicitud desde su propio correo electrónico.""", quoted=CARTA)

reply("es-15.eml", "es", "refused", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Caso 00422398: Solicitud de agente autorizado denegada",
      """Estimados señores:

Recibimos una solicitud de eliminación enviada por la Clínica de Derechos en nombre de una consumidora. Las
solicitudes de un agente autorizado requieren un permiso firmado por la consumidora. No recibimos ese permiso
en el plazo indicado, por lo que hemos denegado la solicitud y no hemos eliminado ninguna información.

La consumidora puede enviar la solicitud directamente, o ustedes pueden enviar una nueva con el permiso
firmado.""", reason="agent not authorised")

reply("es-16.eml", "es", "extended", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Solicitud IRM-2026-119003 – Prórroga",
      """Estimado/a solicitante:

Le escribimos sobre su solicitud IRM-2026-119003, recibida el 18/09/2026.

Debido al número de solicitudes que estamos procesando, necesitamos más tiempo. Conforme a la ley, ampliamos el
plazo de respuesta hasta 45 días adicionales. Le responderemos a más tardar el 17 de diciembre de 2026.""",
      domains="anchorinsights.example submit-irm.trustarc.example")

reply("es-17.eml", "es", "confirmed", "PeopleScope Privacidad <privacy@peoplescope.example>",
      "Solicitud de eliminación recibida por DROP: completada",
      """Hola:

PeopleScope recibió su solicitud de eliminación por medio de la plataforma DROP de California y ya la procesó.

Eliminamos la información personal que teníamos sobre usted y lo agregamos a nuestra lista de supresión. No
volveremos a recopilar, vender ni compartir su información personal.""",
      domains="peoplescope.example peoplescope.zendesk.example", form="html", to=MGH)

reply("es-18.eml", "es", "acknowledged", "Clearpath Records <privacy@clearpathrecords.example>",
      "Su solicitud de eliminación por DROP",
      """Hola:

Recibimos su solicitud de eliminación a través de la Plataforma de Solicitudes de Eliminación y Exclusión
(DROP) de California. Procesamos las solicitudes de DROP por lo menos cada 45 días e informaremos el resultado
en DROP. No necesita enviarnos otra solicitud.""", domains="clearpathrecords.example clearpathrecords.freshdesk.example")

reply("es-19.eml", "es", "auto_reply", "Daniela Ortiz <dortiz@buscatel.example>",
      "Respuesta automática: Solicitud de eliminación de información personal",
      """Estoy fuera de la oficina hasta el 12 de octubre, sin acceso al correo.

Para solicitudes de privacidad escriba a privacidad@buscatel.example. Su mensaje no será reenviado.""",
      form="plain", headers=("Auto-Submitted: auto-replied",), quoted=CARTA)

reply("es-20.eml", "es", "bounce", "Mail Delivery System <MAILER-DAEMON@mx.centrolegal.example>",
      "Undelivered Mail Returned to Sender",
      """This is the mail system at host mx.centrolegal.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<privacidad@datospersona.example>: host mx1.datospersona.example[192.0.2.41]
    said: 552 5.2.2 Mailbox full (in reply to end of DATA command)""", form="bounce-postfix",
      domains="datospersona.example",
      inner=dict(rcpt="privacidad@datospersona.example", status="5.2.2", mta="mx.centrolegal.example",
                 remote="mx1.datospersona.example", letter=CARTA, letter_subject="Solicitud de eliminación",
                 diag="552 5.2.2 Mailbox full"))

reply("es-21.eml", "es", "bounce", "Microsoft Outlook <postmaster@datospersona.example>",
      "No se puede entregar: Solicitud de eliminación de información personal",
      """Su mensaje a derechos@datospersona.example no se pudo entregar.

No se encontró derechos en datospersona.example.

Cómo solucionarlo: es posible que la dirección esté mal escrita o que no exista. Vuelva a escribir la
dirección del destinatario y reenvíe el mensaje.

Información de diagnóstico para administradores:
Servidor de generación: DM6PR08MB5021.namprd08.prod.outlook.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
      form="bounce-exchange", domains="datospersona.example",
      inner=dict(rcpt="derechos@datospersona.example", status="5.1.10",
                 mta="DM6PR08MB5021.namprd08.prod.outlook.example", letter=CARTA,
                 diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound"))

reply("es-22.eml", "es", "verify_link", "Buscatel Privacidad <privacidad@buscatel-bajas.example>",
      "Último aviso: confirme la eliminación de su ficha",
      """Su solicitud está casi lista.

Para terminar de eliminar su ficha, confirme en las próximas 24 horas. Si no confirma, su ficha se volverá a
publicar.

[CONFIRMAR ELIMINACIÓN](https://buscatel-bajas.example/confirmar?id=77120)""", to=MGH,
      domains="buscatel.example")

reply("es-23.eml", "es", "refused", "Buscatel Privacidad <privacidad@buscatel.example>",
      "Solicitud completada",
      """Hola:

Revisamos su solicitud y no encontramos ningún registro a su nombre en nuestra base de datos, por lo que no se
eliminó ninguna información.

Si tiene otra dirección o un nombre anterior, puede enviar una nueva solicitud.""", reason="no record", to=MGH)

reply("es-24.eml", "es", "confirmed", "María Guadalupe Hernández <lupita.hdz.ruiz@mail.example>",
      "RV: Su información fue eliminada",
      """Buenas tardes, les reenvío lo que me contestaron. Saludos, Lupita""", form="fwd",
      domains="buscatel.example",
      inner=dict(file="es-24-inner", frm="Buscatel Privacidad <privacidad@buscatel.example>", to=MGH,
                 subject="Su información fue eliminada", body="""Hola:

Su ficha fue eliminada de buscatel.example y ya no aparece en los resultados de búsqueda de nuestro sitio.

Buscatel"""))

reply("es-25.eml", "es", "refused", "FinScore Marketing Services <privacyrequests@finscore.example>",
      "Su solicitud de privacidad – cumplimiento parcial",
      """Hola:

Procesamos su solicitud para eliminar su información personal.

Eliminamos los datos de mercadeo y publicidad que teníamos sobre usted, incluidos su correo electrónico y sus
identificadores en línea.

No eliminamos la información que mantenemos como institución financiera, sujeta a la Ley Gramm-Leach-Bliley
(GLBA): su nombre, sus domicilios, sus números de teléfono y el historial de su cuenta. Esa información seguirá
tratándose según nuestro Aviso de Privacidad GLBA.""", reason="exempt (GLBA), partial", cte="base64")

reply("es-26.eml", "es", "unsure", "Northgate Analytics Privacidad <noreply@preferences.datagrail.example>",
      "Su informe de acceso está listo",
      """Hola:

El informe con la información personal que Northgate Analytics tiene sobre usted está listo. Por su seguridad,
el enlace de descarga vence en 7 días.

[Descargar su informe](https://preferences.datagrail.example/northgate/download/7d20b4e8f1)""",
      domains="northgate-analytics.example preferences.datagrail.example", quoted=CARTA)

# Spain (GDPR, AEPD)
reply("es-27.eml", "es", "confirmed", "Censo Directo S.L. – Protección de Datos <dpo@censodirecto.example>",
      "Respuesta a su solicitud de supresión (art. 17 RGPD) – Ref. SUP-2026/0915",
      """Estimado Sr. Benítez Cabrera:

En relación con su solicitud de supresión recibida el 2 de septiembre de 2026, le comunicamos que hemos
suprimido sus datos personales de nuestros ficheros de marketing y de nuestra base de datos de direcciones.

Conservamos únicamente sus datos identificativos, bloqueados, en una lista de exclusión, con el único fin de
no volver a tratarlos, conforme al artículo 32 de la LOPDGDD.

Le recordamos que, si considera que sus derechos no han sido atendidos, puede presentar una reclamación ante la
Agencia Española de Protección de Datos (www.aepd.es).

Atentamente,
Delegado de Protección de Datos""", charset="iso-8859-1", to="Javier Benítez Cabrera <jbenitez.c@mail.example>")

reply("es-28.eml", "es", "extended", "Censo Directo S.L. – Protección de Datos <dpo@censodirecto.example>",
      "Su solicitud de supresión – Ref. SUP-2026/0988: ampliación del plazo",
      """Estimada Sra. Castro Ibáñez:

Le informamos de que, debido a la complejidad de su solicitud y al número de solicitudes recibidas, el plazo
para responderle se prorroga dos meses más, conforme al artículo 12.3 del Reglamento General de Protección de
Datos. Le responderemos antes del 12 de enero de 2027.

Atentamente,
Delegado de Protección de Datos""", charset="windows-1252", to="Inés Castro Ibáñez <ines.castro.i@mail.example>")

reply("es-29.eml", "es", "needs_id", "Censo Directo S.L. – Protección de Datos <dpo@censodirecto.example>",
      "Solicitud de ejercicio de derechos – Ref. SUP-2026/1002",
      """Estimada Sra. Castro Ibáñez:

Para poder atender su solicitud de supresión necesitamos acreditar su identidad. Le rogamos que nos remita una
copia de su DNI, NIE o pasaporte, respondiendo a este correo.

Mientras no recibamos la documentación, el plazo para responder queda en suspenso.""",
      to="Inés Castro Ibáñez <ines.castro.i@mail.example>")

# ---- the languages a clinic's clients read (platform translations, help desks) -----------------------

reply("pt-01.eml", "pt", "verify_link", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Ação necessária: verifique seu e-mail para a solicitação 4815-VDX",
      """Olá, Luciana,

Obrigado por enviar uma solicitação de exclusão dos seus dados pessoais à Veridex Data Solutions. Antes de
começarmos, confirme que este endereço de e-mail pertence a você.

[Verificar meu e-mail](https://privacyportal.onetrust.example/webform/verify/5f1d2a9c-7b3e-4c61-a0d8-e92b4c7f1a03?lang=pt-BR)

Este link expira em 7 dias. Se você não fez esta solicitação, ignore esta mensagem.""",
      link="https://privacyportal.onetrust.example/webform/verify/5f1d2a9c-7b3e-4c61-a0d8-e92b4c7f1a03?lang=pt-BR",
      domains=f"veridexdata.example {OT}", to="Luciana Ferreira dos Santos <lu.ferreira.santos@mail.example>")

reply("pt-02.eml", "pt", "confirmed", "Marrow Data Privacidade <privacy@marrowdata.example>",
      "Sua solicitação de exclusão foi concluída",
      """Olá,

Sua solicitação para excluir seus dados pessoais foi concluída. Excluímos os dados pessoais associados a este
endereço de e-mail dos nossos sistemas e dos sistemas dos prestadores de serviço que tratam dados em nosso nome.

ID da solicitação: 3e8a0c57-2b19-4d6f-9a41-c0f5e7d2b816

Powered by Transcend""", charset="iso-8859-1", to="Luciana Ferreira dos Santos <lu.ferreira.santos@mail.example>")

reply("pt-03.eml", "pt", "refused", "TruBackground Privacy <privacy@mail.osano.example>",
      "Sua solicitação foi rejeitada",
      """Olá,

A TruBackground rejeitou sua solicitação de exclusão enviada em 02/08/2026.

Sua solicitação foi rejeitada porque não foi possível verificar sua identidade: o e-mail da solicitação não
foi verificado em 21 dias. Se quiser continuar, envie uma nova solicitação.""", reason="identity not verified",
      domains="trubackground.example my.osano.example")

reply("pt-04.eml", "pt", "auto_reply", "Rodrigo Almeida <ralmeida@clearpathrecords.example>",
      "Resposta automática: Solicitação de exclusão de dados pessoais",
      """Estou de férias até 19 de outubro, com acesso limitado ao e-mail. Para pedidos de privacidade, use
https://clearpathrecords.example/privacy-request. Sua mensagem não será encaminhada.""", form="plain",
      domains="clearpathrecords.example clearpathrecords.freshdesk.example", headers=("Auto-Submitted: auto-replied",))

# an identity quiz behind a link: only the person can answer it, so needs_id and no link to open
# (relabelled from verify_link on 2026-12-01, as branch r21 read it: opening the link proves nothing)
reply("fr-01.eml", "fr", "needs_id", "Lumen Identity <privacy-noreply@lumenid.example>",
      "Vérifiez votre identité pour poursuivre votre demande",
      """Nous avons reçu votre demande de suppression de vos données personnelles (demande LMN-33208).

Pour continuer, veuillez vérifier votre identité. Quelques questions vous seront posées ; cela prend environ
deux minutes.

[Commencer la vérification](https://rights.lumenid.example/verify/LMN-33208?sig=7aa1e4&lang=fr)

Vous devez terminer la vérification dans les 10 jours.

[Se désabonner des courriels marketing](https://www.lumenid.example/email/unsubscribe?u=33208)""",
charset="iso-8859-1",
      to="Marie-Ange Joseph <ma.joseph@mail.example>")

reply("fr-02.eml", "fr", "refused", "Buscatel Confidentialité <privacidad@buscatel.example>",
      "Votre demande a été traitée",
      """Bonjour,

Nous avons examiné votre demande. Nous n'avons trouvé aucune fiche à votre nom dans notre base de données ;
aucune donnée n'a donc été supprimée.

Si vous avez une autre adresse ou un ancien nom, vous pouvez envoyer une nouvelle demande.""", reason="no record",
      to="Marie-Ange Joseph <ma.joseph@mail.example>")

reply("fr-03.eml", "fr", "auto_reply", "Sophie Tremblay <stremblay@anchorinsights.example>",
      "Réponse automatique : Demande de suppression de renseignements personnels",
      """Je suis absente du bureau jusqu'au 9 octobre. Pour toute demande relative à la protection des
renseignements personnels, écrivez à privacy@anchorinsights.example. Votre message ne sera pas transféré.

I am out of the office until October 9.""", form="plain", domains="anchorinsights.example submit-irm.trustarc.example",
      headers=("Auto-Submitted: auto-replied",))

reply("ht-01.eml", "ht", "verify_link", "Clearpath Records <optout@clearpathrecords.example>",
      "Konfime demann ou an",
      """Bonjou,

Nou resevwa yon demann pou retire yon dosye sou Clearpath Records. Klike sou lyen ki anba a pou konfime se
ou menm ki fè demann lan. Lyen an ap ekspire nan 72 èdtan.

[Konfime demann mwen](https://www.clearpathrecords.example/optout/confirm?rid=R-550944&k=7e02&lang=ht)

Si se pa ou ki fè demann sa a, [anile li](https://www.clearpathrecords.example/optout/cancel?rid=R-550944&k=7e02).""",
      link="https://www.clearpathrecords.example/optout/confirm?rid=R-550944&k=7e02&lang=ht",
      domains="clearpathrecords.example clearpathrecords.freshdesk.example", to="Marie-Ange Joseph <ma.joseph@mail.example>")

reply("ht-02.eml", "ht", "needs_id", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Nou bezwen plis verifikasyon pou demann 4822-VDX",
      """Bonjou Marie-Ange,

Nou pa t kapab verifye idantite w ak enfòmasyon ki nan demann ou an. Pou n kontinye, tanpri voye yon kopi
yon pyès idantite ofisyèl ak foto (lisans, paspò) nan Pòtay Vi Prive a.

[Voye dokiman yo](https://privacyportal.onetrust.example/ui/#/upload?request=4822-VDX&lang=ht)

Pa voye dokiman idantite pa imèl. Si nou pa resevwa yo nan 30 jou, n ap fèmen demann lan.""",
      domains=f"veridexdata.example {OT}", to="Marie-Ange Joseph <ma.joseph@mail.example>")

reply("ht-03.eml", "ht", "confirmed", "Buscatel Privacy <privacidad@buscatel.example>",
      "Nou efase enfòmasyon ou yo",
      """Bonjou,

Nou efase enfòmasyon ou yo jan ou te mande a. Fich ou a pa parèt sou buscatel.example ankò, ni nan rezilta
rechèch sit nou an.""", to="Marie-Ange Joseph <ma.joseph@mail.example>")

reply("vi-01.eml", "vi", "verify_link", "Northgate Analytics Privacy <noreply@preferences.datagrail.example>",
      "Vui lòng xác nhận yêu cầu của bạn gửi đến Northgate Analytics",
      """Vui lòng xác nhận yêu cầu của bạn

Cảm ơn bạn đã liên hệ với Northgate Analytics về quyền riêng tư. Để chắc chắn yêu cầu này là của bạn, vui lòng
xác nhận địa chỉ email trong vòng 14 ngày.

[Xác nhận email](https://preferences.datagrail.example/northgate/confirm/e61b3f0a9d2c47b1&lang=vi)

Loại yêu cầu: Xóa dữ liệu""", link="https://preferences.datagrail.example/northgate/confirm/e61b3f0a9d2c47b1&lang=vi",
      domains="northgate-analytics.example preferences.datagrail.example", to="Nguyễn Thị Lan <lan.nguyen.t@mail.example>")

reply("vi-02.eml", "vi", "acknowledged", "Buscatel Privacy <privacidad@buscatel.example>",
      "Chúng tôi đã nhận được yêu cầu của bạn",
      """Xin chào,

Chúng tôi đã nhận được yêu cầu xóa thông tin của bạn. Dữ liệu của bạn sẽ được xóa trong vòng 30 ngày. Trong
thời gian này hồ sơ của bạn vẫn có thể hiển thị trên trang web.""", to="Nguyễn Thị Lan <lan.nguyen.t@mail.example>")

reply("vi-03.eml", "vi", "refused", "Veridex Data Solutions <privacy@veridexdata.example>",
      "Phản hồi yêu cầu 4830-VDX của bạn",
      """Kính gửi bà Nguyễn Thị Lan,

Chúng tôi đã xem xét yêu cầu xóa thông tin cá nhân của bà.

Veridex Data Solutions là một công ty báo cáo tín dụng tiêu dùng. Thông tin chúng tôi lưu giữ về bà là một
phần của báo cáo tiêu dùng theo Đạo luật Báo cáo Tín dụng Công bằng (FCRA) của liên bang. Vì vậy, chúng tôi
không thể xóa thông tin này và yêu cầu của bà bị từ chối.""", reason="exempt (FCRA)",
      domains=f"veridexdata.example {OT}", to="Nguyễn Thị Lan <lan.nguyen.t@mail.example>")

reply("zh-01.eml", "zh", "confirmed", "Marrow Data Privacy <privacy@marrowdata.example>",
      "您的删除请求已完成",
      """您好：

您删除个人数据的请求已经完成。我们已从我们的系统以及代表我们处理数据的服务提供商的系统中删除了与此电子邮件地址相关的个人数据。

请求编号：7c2e9b40-1d58-4a3f-b6e2-90f1a8c4d357""", charset="gb2312", cte="base64",
      to="Chen Wei <chenwei.la@mail.example>")

reply("zh-02.eml", "zh", "needs_id", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "請求 4836-VDX 需要進一步驗證",
      """您好：

我們無法根據您請求中的資料確認您的身分。如要繼續，請在隱私權入口網站上傳一份附有照片的政府核發身分證件（駕照或護照）以及近期的住址證明。

[上傳文件](https://privacyportal.onetrust.example/ui/#/upload?request=4836-VDX&lang=zh-TW)

請勿以電子郵件寄送身分證件。若我們在 30 天內未收到文件，您的請求將會關閉。""", charset="big5", cte="base64",
      domains=f"veridexdata.example {OT}", to="Chen Wei <chenwei.la@mail.example>")

reply("zh-03.eml", "zh", "acknowledged", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "[PeopleScope] 回复：删除我的信息",
      """##- 请在此行上方键入回复 -##

您的请求 (48788) 已收到，我们的支持人员正在审核。

如需添加其他评论，请回复此电子邮件。""", domains="peoplescope.example peoplescope.zendesk.example",
      headers=("Auto-Submitted: auto-replied",), to="Chen Wei <chenwei.la@mail.example>")

reply("ko-01.eml", "ko", "verify_link", "Marrow Data Privacy <privacy@marrowdata.example>",
      "개인정보 요청을 확인해 주세요",
      """안녕하세요,

이 이메일 주소와 연결된 개인정보 삭제 요청을 받았습니다. 본인이 요청하신 것이 맞는지 확인해 주세요. 아래 버튼을 누르면 처리가 시작됩니다.

[요청 확인](https://privacy.marrowdata.example/verify?token=eyJyaWQiOiJrbzQ0In0.S29yZWFu)

요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다. 72시간 후에 만료됩니다.""",
      link="https://privacy.marrowdata.example/verify?token=eyJyaWQiOiJrbzQ0In0.S29yZWFu", charset="euc-kr",
      to="Park Hyun-woo <hwpark.82@mail.example>")

reply("ko-02.eml", "ko", "refused", "Northgate Analytics Privacy <noreply@preferences.datagrail.example>",
      "삭제 요청 처리 결과",
      """안녕하세요,

귀하의 삭제 요청을 처리할 수 없었습니다. 제공하신 정보와 일치하는 계정이나 소비자 기록을 찾지 못했기 때문에 삭제된 개인정보는 없습니다.

이전 주소 등 기록을 찾는 데 도움이 되는 다른 정보가 있으면 새 요청을 제출해 주세요.""", reason="no record",
      domains="northgate-analytics.example preferences.datagrail.example", to="Park Hyun-woo <hwpark.82@mail.example>")

reply("tl-01.eml", "tl", "acknowledged", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Natanggap ang Kahilingan - Reference IRM-2026-119640",
      """Mahal na Humihiling,

Kinukumpirma ng mensaheng ito na natanggap namin ang iyong kahilingan na burahin ang iyong personal na
impormasyon.

Reference number: IRM-2026-119640

Susuriin ito ng aming privacy team at sasagot kami sa loob ng 45 araw.""",
      domains="anchorinsights.example submit-irm.trustarc.example", to="Maricel Dela Cruz <maricel.dc@mail.example>")

reply("tl-02.eml", "tl", "confirmed", "TruBackground Privacy <privacy@mail.osano.example>",
      "Nakumpleto na ang iyong kahilingan na Burahin",
      """Kumusta,

Nakumpleto na ng TruBackground ang iyong kahilingan na burahin ang iyong impormasyon. Nabura na ang iyong
personal na impormasyon at hindi na makikita ang iyong background profile sa trubackground.example.""",
      domains="trubackground.example my.osano.example", to="Maricel Dela Cruz <maricel.dc@mail.example>")

reply("ar-01.eml", "ar", "needs_id", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "مطلوب تحقق إضافي للطلب 4841-VDX",
      """مرحبًا،

لم نتمكن من التحقق من هويتك بالمعلومات الواردة في طلبك. للمتابعة، يرجى تحميل نسخة من وثيقة هوية رسمية تحمل صورتك (رخصة قيادة أو جواز سفر) على بوابة الخصوصية.

[تحميل المستندات](https://privacyportal.onetrust.example/ui/#/upload?request=4841-VDX&lang=ar)

لا ترسل وثائق الهوية بالبريد الإلكتروني. إذا لم نستلمها خلال 30 يومًا فسيتم إغلاق طلبك.""",
      charset="windows-1256", domains=f"veridexdata.example {OT}", to="Yusuf Haddad <yhaddad@mail.example>")

reply("ar-02.eml", "ar", "auto_reply", "Omar Khalil <okhalil@sentrarisk.example>",
      "رد تلقائي: طلب حذف المعلومات الشخصية",
      """أنا خارج المكتب حتى 14 أكتوبر. لطلبات الخصوصية يرجى الكتابة إلى consumer.privacy@sentrarisk.example.
لن تتم إعادة توجيه رسالتك.""", form="plain", headers=("Auto-Submitted: auto-replied",),
      to="Yusuf Haddad <yhaddad@mail.example>")

reply("ru-01.eml", "ru", "confirmed", "Lumen Identity <privacy@lumenid.example>",
      "Ваш запрос на удаление выполнен",
      """Здравствуйте!

Ваш запрос на удаление персональных данных выполнен. Мы удалили сведения о вас из нашей базы данных проверки
личности и сообщили об этом компаниям, которым передавали эти данные.""", charset="koi8-r",
      to="Dmitri Kovalenko <dkovalenko@mail.example>")

reply("ru-02.eml", "ru", "extended", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Запрос IRM-2026-119777: продление срока",
      """Уважаемый заявитель!

В связи с большим количеством запросов нам требуется больше времени для ответа на ваш запрос
IRM-2026-119777. В соответствии с законом мы продлеваем срок ответа ещё на 45 дней. Мы ответим не позднее
20 декабря 2026 года.""", domains="anchorinsights.example submit-irm.trustarc.example",
      to="Dmitri Kovalenko <dkovalenko@mail.example>")

reply("so-01.eml", "so", "verify_link", "TruBackground Privacy <privacy@mail.osano.example>",
      "Xaqiiji iimaylkaaga si aad codsigaaga ugu dirto TruBackground",
      """Salaan,

Guji xiriirka hoose si aad u xaqiijiso cinwaanka iimaylkaaga. Codsigaaga looma diri doono TruBackground ilaa
aad xaqiijiso.

[Xaqiiji iimaylka](https://my.osano.example/dsar/verify?sid=a2c7e915-trubackground&code=c29tYWxp)

Haddii aadan xaqiijin 21 maalmood gudahood, codsigaaga si toos ah ayaa loo diidi doonaa.""",
      link="https://my.osano.example/dsar/verify?sid=a2c7e915-trubackground&code=c29tYWxp",
      domains="trubackground.example my.osano.example", to="Fadumo Abdi Warsame <fadumo.warsame@mail.example>")

reply("so-02.eml", "so", "refused", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Codsigaaga 4850-VDX waa la xiray",
      """Salaan Fadumo,

Ma aanan awoodin inaan xaqiijino aqoonsigaaga, sababtoo ah dukumentiyadii la codsaday lagama helin waqtiga
la oggolaaday. Sidaas darteed codsigaaga lama fulin oo waa la xiray. Wax isbeddel ah laguma samayn
macluumaadkaaga.""", reason="identity not verified", domains=f"veridexdata.example {OT}",
      to="Fadumo Abdi Warsame <fadumo.warsame@mail.example>")

reply("am-01.eml", "am", "acknowledged", "Lumen Identity <privacy-noreply@lumenid.example>",
      "የመብት ጥያቄ LMN-33290፦ ማንነትዎ ተረጋግጧል",
      """እናመሰግናለን። ለመብት ጥያቄ LMN-33290 ማንነትዎ ተረጋግጧል።

ቀጥሎ፦ ቡድናችን ስለእርስዎ የያዝነውን የግል መረጃ ፈልጎ ይሰርዛል። መረጃዎ በ30 ቀናት ውስጥ ይሰረዛል፣ ሲጠናቀቅም ማረጋገጫ እንልክልዎታለን።""",
      to="Lwam Tesfay Gebre <lwam.tesfay@mail.example>")

reply("ne-01.eml", "ne", "needs_info", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "[PeopleScope] Re: मेरो जानकारी हटाउनुहोस्",
      """##- कृपया यो रेखाभन्दा माथि आफ्नो जवाफ लेख्नुहोस् -##

नमस्ते,

हामीले तपाईंको अनुरोधमा भएको नामसँग मिल्ने ९ वटा प्रोफाइल भेट्टायौं। सही प्रोफाइल हटाउन, कृपया हटाउनुपर्ने प्रोफाइलको URL वा प्रोफाइलमा देखिएको शहर र उमेर जवाफमा पठाउनुहोस्।

टिकट: 48802 | स्थिति: तपाईंको जवाफको प्रतीक्षामा""", domains="peoplescope.example peoplescope.zendesk.example",
      to="Sunita Gurung <sunita.gurung@mail.example>")

reply("bn-01.eml", "bn", "acknowledged", "Buscatel Privacy <privacidad@buscatel.example>",
      "আমরা আপনার অনুরোধ পেয়েছি",
      """নমস্কার,

আমরা আপনার তথ্য মুছে ফেলার অনুরোধ পেয়েছি। আপনার তথ্য ৩০ দিনের মধ্যে মুছে ফেলা হবে। এই সময়ের মধ্যে আপনার প্রোফাইল এখনও সাইটে দেখা যেতে পারে।""",
      to="Rahim Uddin <rahim.uddin@mail.example>")

# ---- European brokers (GDPR), for clients with EU ties ----------------------------------------------

reply("de-01.eml", "de", "confirmed", "Adressdaten Müller GmbH – Datenschutz <datenschutz@adressdaten.example>",
      "Ihr Antrag auf Löschung nach Art. 17 DSGVO – Az. DS-2026-4471",
      """Sehr geehrte Frau Hoxha,

wir bestätigen Ihnen, dass wir Ihre personenbezogenen Daten gemäß Art. 17 DSGVO aus unserem Adressbestand
gelöscht haben. Ihre Daten werden nicht mehr für Werbezwecke verwendet oder an Dritte übermittelt.

Damit Sie künftig nicht erneut in unseren Bestand aufgenommen werden, haben wir Ihren Namen und Ihre Anschrift
in unsere Sperrliste (Robinsonliste) eingetragen.

Mit freundlichen Grüßen
Datenschutzbeauftragter""", charset="iso-8859-1", to="Arta Hoxha <arta.hoxha@mail.example>")

reply("de-02.eml", "de", "refused", "Adressdaten Müller GmbH – Datenschutz <datenschutz@adressdaten.example>",
      "Ihr Antrag auf Löschung – Az. DS-2026-4490",
      """Sehr geehrte Frau Hoxha,

wir haben Ihren Antrag auf Löschung geprüft. Ihre Daten sind in Rechnungsunterlagen aus einem Vertrag mit
Ihnen enthalten, die wir nach § 147 AO und § 257 HGB zehn Jahre aufbewahren müssen. Eine Löschung ist daher
nach Art. 17 Abs. 3 lit. b DSGVO derzeit nicht möglich; wir haben die Verarbeitung eingeschränkt.

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.""", reason="legal obligation",
      charset="windows-1252", to="Arta Hoxha <arta.hoxha@mail.example>")

reply("de-03.eml", "de", "auto_reply", "Adressdaten Müller GmbH <info@adressdaten.example>",
      "Automatische Antwort: Antrag auf Löschung personenbezogener Daten",
      """Vielen Dank für Ihre Nachricht. Unser Büro ist vom 23.12. bis 06.01. geschlossen. Ihre E-Mail wird
danach bearbeitet. In dringenden Fällen erreichen Sie uns unter datenschutz@adressdaten.example.""",
      form="plain", headers=("Auto-Submitted: auto-replied",), to="Arta Hoxha <arta.hoxha@mail.example>")

reply("it-01.eml", "it", "extended", "Infodati Italia S.r.l. – Privacy <privacy@infodati.example>",
      "Richiesta di cancellazione – proroga dei termini (rif. PRV-26-3312)",
      """Gentile Sig. Esposito,

La informiamo che, tenuto conto della complessità e del numero delle richieste, il termine per rispondere alla
Sua richiesta di cancellazione è prorogato di due mesi, ai sensi dell'art. 12, par. 3, del Regolamento (UE)
2016/679. Riceverà una risposta entro il 15 gennaio 2027.

Cordiali saluti,
Ufficio Privacy""", charset="iso-8859-1", to="Gennaro Esposito <g.esposito@mail.example>")

reply("it-02.eml", "it", "confirmed", "Infodati Italia S.r.l. – Privacy <privacy@infodati.example>",
      "Esito della richiesta di cancellazione (rif. PRV-26-3312)",
      """Gentile Sig. Esposito,

a seguito della Sua richiesta ai sensi dell'art. 17 del GDPR, Le confermiamo che i Suoi dati personali sono
stati cancellati dai nostri archivi e non saranno più comunicati a terzi.

Cordiali saluti,
Ufficio Privacy""", to="Gennaro Esposito <g.esposito@mail.example>")

reply("nl-01.eml", "nl", "refused", "Adresbank NL – Privacy <privacy@adresbank.example>",
      "Uw verzoek tot verwijdering (kenmerk AVG-26-0772)",
      """Geachte mevrouw Bakker,

Wij hebben uw verzoek op grond van artikel 17 AVG ontvangen. Na zorgvuldig onderzoek hebben wij geen
persoonsgegevens over u in onze bestanden aangetroffen. Er is daarom niets verwijderd.

Met vriendelijke groet,
Team Privacy""", reason="no record", to="Noor Bakker-El Amrani <noor.bakker@mail.example>")

reply("nl-02.eml", "nl", "needs_id", "Adresbank NL – Privacy <privacy@adresbank.example>",
      "Uw verzoek (kenmerk AVG-26-0790): identificatie nodig",
      """Geachte mevrouw Bakker,

Om uw verzoek te kunnen behandelen, moeten wij uw identiteit vaststellen. Wilt u ons een kopie van uw
identiteitsbewijs sturen? Maak daarbij uw BSN en pasfoto onleesbaar, bijvoorbeeld met de KopieID-app.

De termijn voor de behandeling van uw verzoek gaat lopen zodra wij uw identiteit hebben kunnen vaststellen.""",
      to="Noor Bakker-El Amrani <noor.bakker@mail.example>")

reply("pl-01.eml", "pl", "confirmed", "Bazadanych Sp. z o.o. – IOD <iod@bazadanych.example>",
      "Odpowiedź na żądanie usunięcia danych (nr RODO/2026/5120)",
      """Szanowna Pani,

uprzejmie informujemy, że zgodnie z art. 17 RODO usunęliśmy Pani dane osobowe z naszej bazy danych
marketingowych. Pani dane nie będą już przetwarzane ani udostępniane innym podmiotom.

Z poważaniem
Inspektor Ochrony Danych""", charset="iso-8859-2", to="Katarzyna Wiśniewska-Ortega <k.wisniewska@mail.example>")

reply("pl-02.eml", "pl", "acknowledged", "Bazadanych Sp. z o.o. – IOD <iod@bazadanych.example>",
      "Potwierdzenie otrzymania żądania (nr RODO/2026/5188)",
      """Szanowna Pani,

potwierdzamy otrzymanie Pani żądania usunięcia danych osobowych. Odpowiemy bez zbędnej zwłoki, nie później niż
w ciągu miesiąca od dnia otrzymania żądania.

Z poważaniem
Inspektor Ochrony Danych""", charset="iso-8859-2", cte="8bit", to="Katarzyna Wiśniewska-Ortega <k.wisniewska@mail.example>")

# ---- more help-desk frames around an answer ---------------------------------------------------------

reply("en-63.eml", "en", "acknowledged", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "Case 00423551 has been created [ ref:_00D5f0ABC._5004x02PzKc:ref ]",
      """Thank you for contacting Sentra Risk Solutions Consumer Privacy.

Your case number is 00423551. A member of our team will review your request and respond within the time
required by law. Please do not change the subject line when you reply, so that your message is added to the
same case.

This is an automated message.

ref:_00D5f0ABC._5004x02PzKc:ref""", headers=("Auto-Submitted: auto-generated",))

reply("en-64.eml", "en", "confirmed", "PeopleScope Support <support@peoplescope.zendesk.example>",
      "[PeopleScope] Re: Remove listing",
      """##- Please type your reply above this line -##

Hannah (PeopleScope Support)

Hi,

Thank you for sending the profile link. We've removed that profile from PeopleScope, and it no longer appears
in our search results. We also suppressed the record so the same information won't be republished when our
data is refreshed.

Best,
Hannah

Ticket: 48502 | Status: Solved

This email is a service from PeopleScope Support.""", domains="peoplescope.example peoplescope.zendesk.example")

reply("en-65.eml", "en", "verify_link", "PeopleScope <privacy@peoplescope.example>",
      "Please confirm your opt-out",
      """Hi,

We received an opt-out request for a PeopleScope profile. Please confirm it so we can remove the profile.

[Confirm my opt-out](https://links.peoplescope.example/ls/click?upn=u001.Qx7fK2-2FpZr9&d=optout|https://www.peoplescope.example/optout/verify?c=91f3aa07e2)

[Visit PeopleScope](https://links.peoplescope.example/ls/click?upn=u001.Home44|https://www.peoplescope.example/) · [Email preferences](https://links.peoplescope.example/ls/click?upn=u001.Pref77|https://www.peoplescope.example/email/preferences)""",
      link="https://www.peoplescope.example/optout/verify?c=91f3aa07e2",
      domains="peoplescope.example peoplescope.zendesk.example", to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-66.eml", "en", "acknowledged", "HomeLedger Privacy Desk <privacy@homeledger.atlassian.example>",
      "Daily summary of your requests",
      """Here's what happened in HomeLedger Privacy Desk yesterday.

PRIV-517 Data deletion request
Status changed: Waiting for support → In progress
"We are searching our property data for the consumer named in your request."

[View request](https://homeledger.atlassian.example/servicedesk/customer/portal/4/PRIV-517)

Sent by Jira Service Management""", domains="homeledger.example homeledger.atlassian.example",
      headers=("Auto-Submitted: auto-generated",))

reply("en-67.eml", "en", "refused", "Clearpath Records <privacy@clearpathrecords.example>",
      "Your Connecticut privacy request",
      """Hello,

We reviewed your request to delete personal data under the Connecticut Data Privacy Act. The records we publish
are obtained from federal, state and local government records, which are publicly available information and not
personal data under the Act. We have declined your request.

How to appeal: you may appeal by replying to this email within 60 days with the subject line "Appeal". We will
tell you the outcome within 60 days of receiving your appeal. If your appeal is denied, you may contact the
Connecticut Attorney General at https://www.dir.ct.gov/ag/complaint/.

Clearpath Records Privacy""", reason="publicly available",
      domains="clearpathrecords.example clearpathrecords.freshdesk.example")

reply("es-30.eml", "es", "acknowledged", "Clearpath Records <support@clearpathrecords.freshdesk.example>",
      "Ticket recibido - [#81412] Solicitud de eliminación",
      """Estimada María Guadalupe:

Gracias por escribirnos. Este es un mensaje automático para confirmarle que recibimos su solicitud. Se creó un
ticket con el número [#81412].

Uno de nuestros agentes le responderá lo antes posible. Puede consultar el estado de su ticket en
[nuestro portal de soporte](https://clearpathrecords.freshdesk.example/support/tickets/81412).

Atentamente,
Soporte de Clearpath Records""", domains="clearpathrecords.example clearpathrecords.freshdesk.example",
      headers=("Auto-Submitted: auto-replied",), to=MGH, charset="windows-1252")

# ---- templates that hide or bury what they say ------------------------------------------------------

reply("en-68.eml", "en", "needs_info", "Marrow Data Privacy <privacy@marrowdata.example>",
      "We couldn't process your privacy request",
      """Hi,

Something went wrong while we were processing your request (ID 5a0e3c71-88d2-4f19-b0a6-2e7d9c41f5b8), and it
could not be completed. No personal data was deleted.

Please submit your request again through our [privacy center](https://privacy.marrowdata.example/). We're
sorry for the inconvenience.

Powered by Transcend""", to="Rosa Quispe <rosa.quispe.m@mail.example>")

PREHEADER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>TruBackground</title></head>
<body style="margin:0">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Your request is complete &#8204; &#8204; &#8204; TruBackground privacy update</div>
<table role="presentation" width="100%" cellpadding="20"><tr><td style="font:15px Arial,sans-serif">
<p>Hello,</p>
<p>Before we can complete your Delete request, we need to confirm your identity. Please upload a photo of a
government-issued ID in the request portal. You may cover your photo and ID number; we only need to see your
name and address.</p>
<p><a href="https://my.osano.example/dsar/portal?sid=c5d10e4b-trubackground">Open the request portal</a></p>
<p>If we do not receive your ID within 30 days, your request will be rejected.</p>
<p>TruBackground</p>
</td></tr></table>
</body></html>
"""
reply("en-69.eml", "en", "needs_id", "TruBackground Privacy <privacy@mail.osano.example>",
      "TruBackground privacy update", form="html", html=PREHEADER,
      domains="trubackground.example my.osano.example", to="Rosa Quispe <rosa.quispe.m@mail.example>")

reply("en-70.eml", "en", "confirmed", "Anchor Consumer Insights <privacy@anchorinsights.example>",
      "Individual Rights Request IRM-2026-118452 - Closed",
      """Dear Requester,

We have completed your request IRM-2026-118452. The personal information that Anchor Consumer Insights held
about you has been deleted from our consumer marketing database, and we have directed our service providers
and the third parties to which we sold it to delete it too.

Sincerely,
Privacy Office, Anchor Consumer Insights""",
      plain="This message is best viewed in an HTML-capable email client.\n\nAnchor Consumer Insights\n",
      domains="anchorinsights.example submit-irm.trustarc.example")

reply("en-71.eml", "en", "verify_link", "Veridex Data Solutions <no-reply@privacyportal.onetrust.example>",
      "Please verify your request 4901-VDX",
      """Hello Samuel,

Changed your mind? You can [withdraw this request](https://privacyportal.onetrust.example/webform/withdraw/9c3f0a7e-42d1-4b8e-a5f6-7d0e1c2b3a49)
at any time before it is completed.

To continue with your request to delete your personal information, please verify your email address:

[https://privacyportal.onetrust.example/webform/verify/9c3f0a7e-42d1-4b8e-a5f6-7d0e1c2b3a49](https://privacyportal.onetrust.example/webform/verify/9c3f0a7e-42d1-4b8e-a5f6-7d0e1c2b3a49)

Request ID: 4901-VDX

Veridex Data Solutions Privacy Office""",
      link="https://privacyportal.onetrust.example/webform/verify/9c3f0a7e-42d1-4b8e-a5f6-7d0e1c2b3a49",
      domains=f"veridexdata.example {OT}", to="Samuel Ochoa Batz <s.ochoa.batz@mail.example>")

reply("en-72.eml", "en", "acknowledged", "Sentra Risk Solutions <consumer.privacy@sentrarisk.example>",
      "RE: Case 00423551 [ ref:_00D5f0ABC._5004x02PzKc:ref ]",
      """Hello,

Thank you for your patience. I have sent your deletion request to our data operations team. It can take up to
10 business days for the change to be reflected in our systems; we will write again when it is done.

Kind regards,
Andrea M.
Consumer Privacy Office, Sentra Risk Solutions

ref:_00D5f0ABC._5004x02PzKc:ref""")

reply("es-31.eml", "es", "refused", "Lumen Identity <privacy@lumenid.example>",
      "RE: Solicitud de eliminación de información personal",
      """Hola:

Revisamos su solicitud. Como usted no vive en un estado con una ley integral de privacidad, procesamos su
solicitud únicamente como una solicitud de no vender su información personal. Ya no venderemos su información,
pero su perfil permanece en nuestra base de datos de verificación de identidad.""",
      reason="processed as do-not-sell only", quoted=CARTA, to=MGH)

reply("es-32.eml", "es", "needs_id", "Buscatel Privacidad <privacidad@buscatel.example>",
      "Su solicitud fue completada",
      """Hola:

Todavía no hemos eliminado su ficha. Para completar su solicitud necesitamos comprobar su identidad: responda a
este correo con una foto de una identificación oficial (puede tapar el número y la foto).""", to=MGH)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
