"""An answer written beside a notice that the office is away or closed is the answer (r23's note,
2026-12-01: "We have deleted the profile. Our offices are closed for the holiday next week." read
``auto_reply``); a true out-of-office that says nothing more stays one, and a promise or a condition
beside it is still no answer. Wordings of our own."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def read(body: str):
    raw = (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: Re: your request\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


@pytest.mark.parametrize("body, kind", [
    ("We have deleted the profile. Our offices are closed for the holiday next week.", "confirmed"),
    ("Hemos eliminado su perfil de nuestro sitio. Nuestras oficinas estarán cerradas por vacaciones hasta el 6 de enero.",
     "confirmed"),
    ("Nous avons supprimé votre fiche. Nos bureaux sont fermés jusqu'au 2 janvier.", "confirmed"),
    ("Our office is closed until January 6. To complete your request, please confirm at "
     "https://www.broker.example/optout/confirm/12", "verify_link"),
])
def test_an_answer_beside_an_office_closure_is_the_answer(body, kind):
    result = read(body)
    assert result.kind == kind
    assert "away" in result.rule


@pytest.mark.parametrize("body", [
    "I am out of the office until January 6 with limited access to e-mail. I will respond to your request when I return.",
    "I am out of the office until January 6. Your request will be processed when I return.",
    "I am out of the office until January 6. If your data has been deleted, you will receive a confirmation from our team.",
    "Estoy fuera de la oficina hasta el 6 de enero. Responderé a su solicitud a mi regreso.",
])
def test_an_out_of_office_with_a_promise_or_a_condition_stays_an_auto_reply(body):
    assert read(body).kind == "auto_reply"
