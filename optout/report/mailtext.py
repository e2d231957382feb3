"""An e-mail as a person reads it: the headers that matter and the text body, decoded.

A stored letter or reply is kept as the raw message (``.eml``); in a text editor its accents read
``=C3=A9`` (quoted-printable) or base64. :func:`mail_as_text` decodes it with the standard library's
``email`` package (RFC 5322 / MIME, RFC 2047 headers), so a client, a volunteer or a court can read it.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from lxml import html as lxml_html

HEADERS = ("Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To")


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or broken encoding: the bytes as best we can
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
    if part.get_content_subtype() == "html" and content.strip():
        content = lxml_html.fromstring(content).text_content()
    return content.strip()


def attachments(raw: bytes) -> list[str]:
    """File names of a message's attachments (no content)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return [p.get_filename() or "(unnamed)" for p in msg.iter_attachments()]


def mail_parts(raw: bytes) -> dict[str, str]:
    """``{"Date": …, "From": …, "Subject": …, "body": …}``: decoded headers (missing ones left out)
    and the readable body (text/plain, else the HTML's text)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    out = {h: str(msg[h]) for h in HEADERS if msg[h] is not None}
    try:
        out["body"] = _body(msg)
    except Exception:  # a message we cannot read must not stop a report: say so instead
        out["body"] = "(the message body could not be decoded; see the .eml file)"
    names = [p.get_filename() or "(unnamed)" for p in msg.iter_attachments()]
    if names:
        out["Attachments"] = ", ".join(names)
    return out


def mail_as_text(raw: bytes) -> str:
    """The message as readable UTF-8 text: decoded headers, a blank line, the body."""
    parts = mail_parts(raw)
    body = parts.pop("body", "")
    return "".join(f"{k}: {v}\n" for k, v in parts.items()) + "\n" + body + "\n"
