"""One broker's reply as the reader gets it, and what a row of a reading pass's table asserts:
shared by the passes' tests (tests/test_replies_pass54.py, pass55 …)."""

from __future__ import annotations

from optout.mail import ACT_CONFIDENCE, classify, parse


def mail(body: str, subject: str = "Re: Data deletion request [OPT-Q55ABC]") -> bytes:
    """A plain-text reply from a broker's privacy address to a case's address, as bytes."""
    return (f"From: privacy@broker.example\nTo: optout+case@clinic-mail.example\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: Data deletion request [OPT-Q55ABC]"):
    """The reader's classification of ``body`` sent as :func:`mail`."""
    return classify(parse(mail(body, subject)))


def assert_read(body: str, kind: str, sure: float | None) -> None:
    """``body`` reads ``kind``; with ``sure``, at that confidence at least, and a confirmation
    whose ``sure`` is below the confidence optout acts on stays below it (a person reads it)."""
    c = read(body)
    assert c.kind == kind, (c.rule, c.evidence)
    if sure is not None:
        assert c.confidence >= sure, c.rule
    if kind == "confirmed" and sure is not None and sure < ACT_CONFIDENCE:
        assert c.confidence < ACT_CONFIDENCE, c.rule
