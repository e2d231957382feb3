"""Reading brokers' replies without a server: parse, classify and match, on realistic messages.

The classification table is written from the kinds of answer brokers send under the CCPA and
the state laws: ticket systems' acknowledgements, verification links, ID demands, refusals,
45-day extensions, and the mailer-daemons' bounces (a DSN, and the plain-text kind).
"""

from __future__ import annotations

import base64
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optout.mail import KINDS, Outstanding, classify, match, matched_by, parse

ME = "alex.optout@example.org"
OURS = "<opt.7k2q9x.1@optout.example.org>"


def mail(body: str = "", *, subject: str = "Re: Data deletion request [OPT-7K2Q9X]", sender: str = "privacy@acme-data.com",
         html: str | None = None, headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = "<reply-1@acme-data.com>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body:
        msg.set_content(body)
    if html is not None:
        if body:
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    return bytes(msg)


def dsn(failed: str, *, returned_subject: str = "Data deletion request [OPT-7K2Q9X]",
        action: str = "failed", status: str = "5.1.1") -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.optout.example.org>\r\n"
        f"To: {ME}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <bounce-1@mx.optout.example.org>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\n"
        "This is the mail system at host mx.optout.example.org.\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.optout.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {failed}\r\nOriginal-Recipient: rfc822;{failed}\r\n"
        f"Action: {action}\r\nStatus: {status}\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <privacy@gone.example>: Recipient address rejected\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {ME}\r\nTo: {failed}\r\nSubject: {returned_subject}\r\n"
        f"Message-ID: {OURS}\r\n\r\n"
        "--B--\r\n"
    ).encode()


PLAIN_BOUNCE = (
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
    f"To: {ME}\r\n"
    "Subject: Delivery Status Notification (Failure)\r\n\r\n"
    "Address not found\r\n\r\n"
    "Your message wasn't delivered to privacy@closed-broker.com because the address couldn't be found.\r\n\r\n"
    "The following address failed:\r\n\r\n    privacy@closed-broker.com\r\n\r\n"
    "----- Original message -----\r\n\r\n"
    f"From: {ME}\r\nTo: privacy@closed-broker.com\r\nSubject: Data deletion request [OPT-4ABCD2]\r\n\r\n"
    "Please delete the personal information you hold about me.\r\n"
).encode()

# (name, raw message, kind, reason or days, a link that must be a candidate)
TABLE = [
    ("verification link, text", mail(
        "Hello,\n\nWe received a request to delete your personal information.\n"
        "To confirm it, please click the link below within 7 days:\n\n"
        "https://privacy.acme-data.com/requests/verify?token=Zk29aQ81\n\n"
        "Read our privacy policy: https://acme-data.com/privacy\n"),
     "verify_link", None, "https://privacy.acme-data.com/requests/verify?token=Zk29aQ81"),
    ("verification link, HTML only with a tracking wrapper", mail(html=(
        '<html><body><p>Please verify your email address to continue your opt-out.</p>'
        '<p><a href="https://click.mailer.acme-data.com/ls/click?upn=aHR0cHM6Ly9hY21l&amp;u=1">Verify my request</a></p>'
        '<p><a href="https://acme-data.com/unsubscribe?e=1">Unsubscribe</a></p>'
        '<img src="https://t.acme-data.com/open.gif?id=9" width="1" height="1"></body></html>')),
     "verify_link", None, "https://click.mailer.acme-data.com/ls/click?upn=aHR0cHM6Ly9hY21l&u=1"),
    ("confirmation", mail(
        "Dear Consumer,\n\nYour request to delete has been completed. The personal information we held "
        "that matched your request has been deleted from our systems.\n\nAcme Data Privacy Team\n"),
     "confirmed", None, None),
    ("confirmation that opts out of sale", mail(
        "We have processed your opt-out request. Your records have been suppressed and you will no "
        "longer appear in our search results.\n"), "confirmed", None, None),
    ("asks for ID", mail(
        "Thank you for your request. Before we can act on it we must verify your identity. Please reply "
        "with a copy of a government-issued photo ID (driver's license or passport).\n"), "needs_id", None, None),
    ("asks for ID with an upload link", mail(
        "To complete your request, upload a copy of your ID at https://acme-data.com/verify-identity?r=88\n"),
     "needs_id", None, None),
    ("asks for more information", mail(
        "We were unable to process your request without more information. Please provide your current "
        "mailing address and the phone number associated with your account.\n"), "needs_info", None, None),
    ("refused: not a resident", mail(
        "We have reviewed your request. Unfortunately, the CCPA applies only to California residents and "
        "our records indicate you are not a California resident. If you believe this is in error, please "
        "provide additional information.\n"), "refused", "not a resident", None),
    ("refused: publicly available", mail(
        "The information displayed on our site is compiled from public records and is publicly available; "
        "it is therefore not covered by your request.\n"), "refused", "publicly available", None),
    ("refused: no record", mail(
        "We searched our systems and found no records matching the information you provided.\n"),
     "refused", "no record", None),
    ("refused: exempt", mail("As a consumer reporting agency we are exempt from the deletion right.\n"),
     "refused", "exempt", None),
    ("45-day extension", mail(
        "We are writing to let you know that we need an additional 45 days to respond to your request, as "
        "permitted by law, due to the volume of requests.\n"), "extended", 45, None),
    ("extension worded otherwise", mail(
        "Due to the complexity of your request, we are extending our response period by 45 calendar days.\n"),
     "extended", 45, None),
    ("ticket acknowledgement", mail(
        "Thank you for contacting Acme Data. We have received your request and will respond within 45 days. "
        "Your ticket number is 48213.\n", headers={"Auto-Submitted": "auto-replied"}), "acknowledged", None, None),
    ("out of office", mail("I am out of the office until Monday with limited access to e-mail.\n",
                           subject="Automatic reply: Data deletion request"), "auto_reply", None, None),
    ("automatic, says nothing else", mail("Noted.\n", headers={"X-Autoreply": "yes"}), "auto_reply", None, None),
    ("a DSN bounce", dsn("privacy@gone.example"), "bounce", None, None),
    ("a plain-text bounce", PLAIN_BOUNCE, "bounce", None, None),
    ("a delay notice is not a bounce", dsn("privacy@slow.example", action="delayed", status="4.4.1"),
     "auto_reply", None, None),
    ("marketing", mail("Our spring catalogue is here! Browse 200 new products.\n"), "other", None, None),
]


@pytest.mark.parametrize("name,raw,kind,value,link", TABLE, ids=[t[0] for t in TABLE])
def test_classification_table(name, raw, kind, value, link):
    msg = parse(raw)
    c = classify(msg)
    assert (c.kind, msg.problems) == (kind, []), c.rule
    assert c.rule.startswith(kind)
    if kind == "refused":
        assert c.reason == value
    if kind == "extended":
        assert c.days == value
    if link:
        assert c.links[0] == link


def test_bounces_name_the_failed_recipient():
    assert classify(parse(dsn("privacy@gone.example"))).failed_recipients == ("privacy@gone.example",)
    assert classify(parse(PLAIN_BOUNCE)).failed_recipients == ("privacy@closed-broker.com",)
    assert classify(parse(dsn("privacy@slow.example", action="delayed"))).failed_recipients == ()


def test_parse_reads_headers_threads_and_html():
    raw = mail("See https://acme-data.com/a. And (https://acme-data.com/b) again https://acme-data.com/a",
               html='<p>Hi <b>there</b></p><a href="https://acme-data.com/c">c</a><a href="mailto:x@y.z">m</a>',
               headers={"In-Reply-To": OURS, "References": f"<older@x> {OURS}",
                        "Cc": "Other <Other@Example.ORG>"})
    msg = parse(raw)
    assert msg.message_id == "<reply-1@acme-data.com>" and msg.in_reply_to == OURS
    assert msg.references == ["<older@x>", OURS]
    assert (msg.from_addr, msg.from_domain) == ("privacy@acme-data.com", "acme-data.com")
    assert msg.to == [ME, "other@example.org"]
    assert msg.date is not None and msg.date.year == 2026
    assert msg.links == ["https://acme-data.com/a", "https://acme-data.com/b", "https://acme-data.com/c"]
    assert msg.text.startswith("See https://")  # the plain part is preferred to the HTML
    only_html = parse(mail(html="<html><head><style>p{}</style></head><body><p>Line one</p><p>Line two</p></body></html>"))
    assert only_html.text == "Line one\nLine two"


@pytest.mark.parametrize(("header", "want"), [
    ("Promoção: 50% de desconto — só hoje".encode(), "Promoção: 50% de desconto — só hoje"),  # RFC 6532: raw UTF-8
    ("Re: Solicitud de eliminación".encode("latin-1"), "Re: Solicitud de eliminación"),        # a legacy mailer's Latin-1
    (b"=?utf-8?q?Re:_Solicitud_de_eliminaci=C3=B3n?=", "Re: Solicitud de eliminación"),        # RFC 2047, as before
])
def test_raw_eight_bit_headers_are_read_as_text(header, want):
    raw = (b"From: =?utf-8?q?Se=C3=B1ora?= <privacy@acme-data.com>\nTo: " + ME.encode() + b"\nSubject: " + header
           + b"\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHola\n")
    msg = parse(raw)
    assert msg.subject == want and "\ufffd" not in msg.subject
    named = parse(raw.replace(b"=?utf-8?q?Se=C3=B1ora?=", "Señora Núñez".encode()))
    assert named.headers["from"] == "Señora Núñez <privacy@acme-data.com>" and named.from_addr == "privacy@acme-data.com"


def test_attachments_are_summarised_not_decoded():
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@broker.example", ME, "ID form"
    msg.set_content("Please fill in the attached form.\n")
    msg.add_attachment(b"%PDF-1.4 " + bytes(300_000), maintype="application", subtype="pdf", filename="form.pdf")
    got = parse(bytes(msg))
    (att,) = got.attachments
    assert (att.filename, att.content_type) == ("form.pdf", "application/pdf")
    assert abs(att.size - 300_009) < 10


@pytest.mark.parametrize("raw,problem", [
    (b"", "empty message"),
    (b"From: a@b.example\r\nSubject: x\r\n\r\n", "no readable body"),
    (b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nhello\r\n",
     "broken MIME: close boundary not found"),
    (b"From: a@b.example\r\nContent-Type: text/plain; charset=x-no-such\r\n\r\nhello\r\n", "unknown charset: read as UTF-8"),
    (b"\x00\xff\xfe junk \x89PNG\r\n\x1a\n" * 50, "no headers"),
    (b"From: a@b.example\r\nDate: yesterday-ish\r\n\r\nhi\r\n", "unreadable Date header"),
])
def test_malformed_mail_is_read_as_far_as_it_goes(raw, problem):
    msg = parse(raw)
    assert problem in msg.problems
    assert msg.raw == raw
    assert classify(msg).kind in KINDS
    assert "hello" not in repr(msg) and "junk" not in repr(msg)  # a repr never carries content


def test_broken_mime_still_yields_its_text():
    raw = (b"From: privacy@acme-data.com\r\nContent-Type: multipart/alternative; boundary=\"Q\"\r\n\r\n"
           b"--Q\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour data has been deleted.\r\n")
    msg = parse(raw)
    assert "broken MIME: close boundary not found" in msg.problems
    assert classify(msg).kind == "confirmed"


# ---- match ------------------------------------------------------------------------------------------

A = Outstanding(1, 10, OURS, "OPT-7K2Q9X", ("acme-data.com",), "privacy@acme-data.com")
B = Outstanding(2, 20, "<opt.4abcd2.1@optout.example.org>", "OPT-4ABCD2", ("closed-broker.com",),
                "privacy@closed-broker.com")
C = Outstanding(3, 30, "<opt.9zzzz9.1@optout.example.org>", "OPT-9ZZZZ9", ("acme-data.com",),
                "privacy@acme-data.com")
ALL = [A, B, C]


def test_match_by_thread_first():
    msg = parse(mail("Done.", subject="Re: your request", headers={"In-Reply-To": OURS}))
    assert matched_by(msg, ALL) == (A, "thread")


def test_match_by_token_in_subject_or_body():
    assert matched_by(parse(mail("Done.", subject="Your request OPT-9ZZZZ9")), ALL) == (C, "token")
    assert matched_by(parse(mail("Ref: opt-9zzzz9.", subject="Hello")), ALL) == (C, "token")
    assert match(parse(mail("Ref: OPT-9ZZZZ9X", subject="Hello")), ALL) is None  # not the token, and two acme requests


def test_match_a_bounce_by_its_returned_headers_or_failed_recipient():
    assert matched_by(parse(dsn("privacy@acme-data.com")), ALL) == (A, "thread")
    assert matched_by(parse(PLAIN_BOUNCE), ALL) == (B, "token")
    anonymous = PLAIN_BOUNCE.replace(b"[OPT-4ABCD2]", b"")
    assert matched_by(parse(anonymous), ALL) == (B, "bounce")


def test_match_by_domain_only_when_unambiguous():
    msg = parse(mail("Deleted.", subject="Hello", sender="privacy@mail.closed-broker.com"))
    assert matched_by(msg, ALL) == (B, "domain")
    assert match(parse(mail("Deleted.", subject="Hello")), ALL) is None  # acme-data.com: A or C
    assert match(parse(mail("Deleted.", subject="Hello")), [A]) == A
    assert match(parse(mail("Deleted.", subject="Hello", sender="x@other.example")), ALL) is None
    assert match(parse(mail("Deleted.", subject="Hello", sender="x@notacme-data.com")), [A]) is None


# ---- never raises, never hangs ----------------------------------------------------------------------

_words = st.sampled_from([
    "delete", "removed", "verify", "click", "here", "https://", "http://x.example/a?b=(c)", "<a href='", "'>",
    "not a", "resident", "additional", "45", "days", "ID", "----", "=?utf-8?b?", "?=", "\r\n", "\n", "--B",
    "Content-Type: ", "multipart/mixed; boundary=B", "message/delivery-status", "Action: failed",
    "Final-Recipient: rfc822; a@b.example", "base64", "=3D", "((((", "))))", "@", ":", ";", "<", ">",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_parse_and_classify_any_bytes(raw):
    msg = parse(raw)
    assert msg.raw == raw
    c = classify(msg)
    assert c.kind in KINDS and c.rule.startswith(c.kind)
    assert all(x.lower().startswith(("http://", "https://")) for x in msg.links)
    assert len(set(msg.links)) == len(msg.links)
    assert all(a.size >= 0 for a in msg.attachments)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_words, max_size=300), st.lists(_words, max_size=20))
def test_parse_and_classify_mail_shaped_input(body, header):
    raw = ("From: " + "".join(header) + "\r\nSubject: " + " ".join(header) + "\r\n"
           "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n" + " ".join(body)).encode("utf-8", "replace")
    msg = parse(raw)
    c = classify(msg)
    assert c.kind in KINDS
    assert set(c.links) <= set(msg.links)
    if c.kind == "verify_link":
        assert c.links
    if c.kind == "extended" and c.days is not None:
        assert 0 <= c.days <= 999
    match(msg, ALL)  # never raises either


def test_a_large_pathological_message_is_read():
    junk = ("http://" + "(" * 5000 + " not a " * 20000 + "a" * 100_000 + " =?utf-8?b?" * 2000).encode()
    raw = b"From: a@b.example\r\nSubject: " + junk[:5000] + b"\r\n\r\n" + junk
    assert classify(parse(raw)).kind in KINDS
    big = base64.encodebytes(bytes(2_000_000))
    raw = (b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=Z\r\n\r\n--Z\r\n"
           b"Content-Type: text/plain\r\n\r\nHi\r\n--Z\r\nContent-Type: application/zip\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + big + b"--Z--\r\n")
    (att,) = parse(raw).attachments
    assert abs(att.size - 2_000_000) < 100


def test_imap_settings_from_the_environment_keep_the_password_secret(monkeypatch, tmp_path):
    from optout.mail import mail_source
    from optout.mail import ImapMailSource
    from optout.settings import Settings

    monkeypatch.setenv("OPTOUT_MAIL__IMAP__HOST", "imap.example.org")
    monkeypatch.setenv("OPTOUT_MAIL__IMAP__USER", "me@example.org")
    monkeypatch.setenv("OPTOUT_MAIL__IMAP__PASSWORD", "hunter2-not-logged")
    monkeypatch.setenv("OPTOUT_MAIL__IMAP__TLS", "starttls")
    s = Settings(data_dir=tmp_path)
    assert s.mail.imap.password.get_secret_value() == "hunter2-not-logged"
    assert "hunter2" not in repr(s) and "hunter2" not in s.model_dump_json()
    source = mail_source(s)
    assert isinstance(source, ImapMailSource)
    assert (source.box.port, source.box.tls, source.box.keyword) == (143, "starttls", "$OptoutDone")
    assert source.box.state_path == tmp_path / "imap-handled.json"
    monkeypatch.setenv("OPTOUT_MAIL__IMAP__TLS", "sometimes")
    with pytest.raises(Exception, match="tls"):
        Settings(data_dir=tmp_path)
