"""A reply whose HTML alternative quotes our letter in a bare ``<blockquote>`` (no ``type="cite"``, no
mail program's class) while its plain alternative quotes the same letter with ``>`` lines (trial42).

The letter's own words ("their signed authorisation ... attached", "if you need the consumer to
confirm this authorisation") were read from the HTML as the broker's: a completed deletion in English,
a Portuguese one and a Spanish one for another person all came back as "the broker asks for proof of
identity", and the clinic was told to send a client's ID to a broker that had not asked for it. The
two alternatives are one message (RFC 2046 §5.1.4), so what the plain part quotes is quoted in the HTML.
Wordings are our own; mails are built as a broker's mail program builds them (threaded, text + HTML,
the charsets such mail comes in)."""

from __future__ import annotations

import html as html_lib
from email.message import EmailMessage

import pytest

from optout.mail import classify, parse

OUR_LETTER = (
    "We are the clinic, writing as the authorised agent of our client. Their signed authorisation and "
    "instruction are attached.\n"
    "If you cannot find the client with these details, tell us what else you need and why.\n"
    "If you need the consumer to confirm this authorisation directly, tell us and we will arrange it.\n"
    "Please keep the reference OPT-T42ABC in the subject of your reply."
)

ANSWERS = {  # the broker's own words, and the charset its mail program wrote them in
    "en": ("We have processed the deletion request you sent for your client. All personal information we "
           "held about her has been deleted from our systems.", "utf-8"),
    "pt": ("Informamos que os dados pessoais da sua cliente foram excluídos dos nossos registros.", "iso-8859-1"),
    "es": ("Le confirmamos que hemos eliminado todos los datos personales de su clienta de nuestra base.",
           "windows-1252"),
}


def reply(answer: str, charset: str, blockquote: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Privacy Team <privacy@broker.example>", "desk@clinic.example"
    msg["Subject"] = "Re: Authorised agent request: request to delete [OPT-T42ABC]"
    msg["In-Reply-To"] = msg["References"] = "<1.opt-t42abc@clinic.example>"
    quoted = "\n".join("> " + line for line in OUR_LETTER.splitlines())
    msg.set_content(f"{answer}\n\nOn Thu, 3 Dec 2026, Clinic <desk@clinic.example> wrote:\n{quoted}\n",
                    charset=charset)
    letter = "<br>".join(html_lib.escape(line) for line in OUR_LETTER.splitlines())
    msg.add_alternative(f"<html><body><div>{html_lib.escape(answer)}</div>{blockquote.format(letter=letter)}"
                        "</body></html>", subtype="html", charset=charset)
    return msg.as_bytes()


BARE = ["<blockquote>{letter}</blockquote>",
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{letter}</blockquote>',
        "<div><blockquote><div>{letter}</div></blockquote></div>"]


@pytest.mark.parametrize("lang", sorted(ANSWERS))
@pytest.mark.parametrize("blockquote", BARE)
def test_our_letter_in_a_bare_blockquote_the_plain_part_quotes_is_not_the_brokers_ask(lang, blockquote):
    answer, charset = ANSWERS[lang]
    verdict = classify(parse(reply(answer, charset, blockquote)))
    assert verdict.kind == "confirmed", verdict


def test_the_html_text_marks_that_blockquote_as_quoted():
    msg = parse(reply(*ANSWERS["en"], BARE[0]))
    own = [line for line in msg.html_text.splitlines() if not line.startswith(">")]
    assert not any("authorisation" in line for line in own)
    assert any(line.startswith("> ") and "signed authorisation" in line for line in msg.html_text.splitlines())


# safety: a bare blockquote the plain part does not quote is the broker's own words, and still decides
def test_a_bare_blockquote_of_the_brokers_own_words_still_decides():
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "privacy@broker.example", "desk@clinic.example", "Re: request"
    msg.set_content("We have deleted the profile.\n\nOn Thu, 3 Dec 2026, Clinic wrote:\n> Please delete my data.\n")
    msg.add_alternative("<p>Our decision:</p><blockquote><p>Before we act, please send us a copy of your client's "
                        "passport or driver's license.</p></blockquote>", subtype="html")
    assert classify(parse(msg.as_bytes())).kind == "needs_id"
