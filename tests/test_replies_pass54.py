"""Reply pass 54 (branch r54, 2026-12-04), in wordings of our own (``optout/mail/_classify.py``, "reply pass 54"):

1. A hostile or broken mail must not stall the reader. On the base (main at 1b3e3514) the first message of
   tests/test_mailbox.py::test_a_large_pathological_message_is_read took more than 4.5 minutes in ``classify``: each
   rule scanned the whole 200,000 characters, patterns such as ``(?:\\S+ ){0,4}`` restarted at each letter of a
   100,000-letter "word" (a square), ``_UNSUB_FOOTER``'s leading ``[^.!?\\n]*`` rescanned each line at each
   character, ``^\\s*`` and ``[ \\t]+`` each run of white space, and ``_hedged_removal`` each sentence once per
   deletion in it. The reader now reads at most ``READ_LIMIT`` characters (the broker's answer and the letter it
   quotes fit many times over), words and white space cut short, sentences in pieces of at most
   ``SENTENCE_READ_LIMIT``. ``HOSTILE`` holds one text for each of those shapes: each read on the base in more than the
   guard below (from 30 seconds to hours on 2 cores), each now in a few seconds; the guard is generous, the point is
   that the reading ends. A long but honest reply is still read: ``LONG_HONEST``.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

import pytest

from optout.mail import ACT_CONFIDENCE, KINDS, classify, parse


def mail(body: str, subject: str = "Re: Data deletion request [OPT-Q54ABC]") -> bytes:
    return (f"From: privacy@broker.example\nTo: optout+case@clinic-mail.example\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: Data deletion request [OPT-Q54ABC]"):
    return classify(parse(mail(body, subject)))


def _repeat(unit: str, n: int = 60_000) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# name -> text; each a backtracking or rescanning shape the rules had (see the module's docstring)
HOSTILE = {
    "one long word": "a" * 100_000,
    "long words": _repeat("b" * 5000 + " "),
    "a link of parentheses": "http://" + "(" * 60_000,
    "deletions with no full stop": _repeat("we have deleted your data "),
    "conditions with no full stop": _repeat("if we deleted "),
    "hedges with no full stop": _repeat("we probably deleted "),
    "unsubscribe with no full stop": _repeat("to stop receiving "),
    "spaces": "x" + " " * 60_000 + "y",
    "blank lines": "x" + "\n" * 60_000 + "y",
    "Spanish deletions with no full stop": _repeat("hemos eliminado sus datos y ya no hay ningun registro suyo "),
    "quote headers": _repeat("> on monday wrote:\n"),
    "encoded words": _repeat(" =?utf-8?b?"),
}


def _classify_in(text: str, subject: str, out: multiprocessing.Queue) -> None:
    msg = parse(mail("hello", subject))
    c = classify(replace(msg, text=text, html_text=text[:30_000]))
    out.put((c.kind, c.confidence))


GUARD = 25.0  # seconds on a loaded 2-core machine; the base took 30 s to hours on each text


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_text_is_read_to_the_end(name):
    """Each shape ends within the guard, in a child process (so a stall on the base fails the row instead of hanging the
    run), and is never a confirmation to act on."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    p = ctx.Process(target=_classify_in, args=(HOSTILE[name], "Re: " + HOSTILE[name][:5000], out))
    p.start()
    p.join(GUARD)
    if p.is_alive():
        p.kill()
        p.join()
        pytest.fail(f"{name}: classify still running after {GUARD:.0f} s")
    kind, confidence = out.get(timeout=5)
    assert kind in KINDS
    assert not (kind in ("confirmed", "verify_link") and confidence >= ACT_CONFIDENCE), name


CONFIRMATION = "We have deleted all personal data we held about your client. Her listing has been removed from our site.\n\n"
BOILERPLATE = ("Under our privacy policy we describe the categories of sources we use, the purposes for which "
               "information is processed, and the rights consumers have under state and federal law. ")


def test_a_long_honest_reply_is_still_read():
    """A confirmation above several thousand characters of policy text, and above a long quoted letter, reads as before:
    confirmed, acted on."""
    c = read(CONFIRMATION + BOILERPLATE * 40)
    assert (c.kind, c.confidence >= ACT_CONFIDENCE) == ("confirmed", True), c
    quoted = "\n".join("> " + BOILERPLATE for _ in range(400))
    c = read(CONFIRMATION + "Kind regards,\nPrivacy team\n\nOn Mon, 1 Dec 2026, optout wrote:\n" + quoted)
    assert (c.kind, c.confidence >= ACT_CONFIDENCE) == ("confirmed", True), c


def test_words_past_what_is_read_send_a_confirmation_to_a_person():
    """A confirmation whose own words run past what the reader reads (no quoted letter begun) may be undone further
    down: read, but not acted on, and the rule says why."""
    c = read(CONFIRMATION + BOILERPLATE * 200 + "\nUpdate: the listing was restored after a new public record arrived.")
    assert c.kind == "confirmed" and c.confidence < ACT_CONFIDENCE, c
    assert "very long mail" in c.rule
