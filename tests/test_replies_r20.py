"""Classes of reply that set L (tests/replies/setl) showed were misread, once it was retired
(2026-12-01, branch r20), each fixed in the languages the reader has rules for and asserted here in
wordings of our own (none is a sentence of set L); the negated document ask; and the rules for
Amharic, Hindi and Turkish. Cases marked safety must hold either way: what a fix may not turn into a
confirmation or an ask."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse
from optout.mail._classify import ACT_CONFIDENCE


def mail(body: str, subject: str = "Re: Opt-out request", headers: str = "", html: str | None = None) -> bytes:
    head = f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n{headers}"
    if html is not None:
        return (head + "Content-Type: text/html; charset=utf-8\n\n" + html + "\n").encode()
    return (head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: Opt-out request", headers: str = ""):
    return classify(parse(mail(body, subject, headers)))


# 1. A document ask under a negation is no ask: "you do not need to send ID" (the task's class, in
#    every rule language and the ones read in part)
@pytest.mark.parametrize("body", [
    "Thanks, your request is in our queue. You do not need to send us a copy of your ID.",
    "Your request was logged. There is no need to provide a photo ID or a passport for it.",
    "Thanks for writing. A copy of your driver's license is not required for a deletion request.",
    "Thanks for writing. We will never ask for your passport by e-mail; we process requests within 45 days.",
    "Recibimos su pedido de baja. No es necesario enviar una copia de su identificación oficial.",
    "Ya registramos su solicitud. No hace falta que nos mande su pasaporte ni su DNI.",
    "Votre demande est enregistrée. Vous n'avez pas besoin de fournir une pièce d'identité.",
    "Ihr Antrag liegt uns vor. Sie müssen keine Ausweiskopie senden.",
    "Ihr Antrag liegt uns vor. Eine Kopie Ihres Personalausweises ist nicht erforderlich.",
    "Seu pedido foi registrado. Não é necessário enviar documento de identidade.",
    "La sua richiesta è registrata. Non è necessario inviare un documento d'identità.",
    "Uw verzoek is geregistreerd. U hoeft geen kopie van uw paspoort te sturen.",
    "您的请求已登记。您无需提供身份证复印件。",
    "Ваш запрос зарегистрирован. Копию паспорта присылать не нужно.",
    "Twoje żądanie zostało zarejestrowane. Nie trzeba przesyłać kopii dowodu osobistego.",
    "Naitala ang iyong kahilingan. Hindi na kailangan magpadala ng kopya ng ID.",
])
def test_a_document_ask_under_a_negation_is_no_ask(body):
    assert read(body).kind != "needs_id"


def test_you_need_not_prove_who_you_are_again_is_no_ask():
    assert read("You do not need to verify your identity again; the deletion is queued.").kind != "needs_id"


# safety: an ask beside a negated one, or an ask the negation does not reach, still asks
@pytest.mark.parametrize("body", [
    "No need to send your passport, but please send a copy of your driver's license.",
    "Please send a copy of your ID. You do not need to send your passport.",
    "Please send a copy of your ID; we do not need your passport.",
    "We cannot process your request without a copy of your ID.",
    "We will not process your request until you send a copy of your passport.",
    "No podemos tramitarla sin una copia de su pasaporte.",
    "Merci de nous envoyer une copie de votre pièce d'identité ; inutile d'envoyer votre passeport.",
    "We need to verify your identity. Please answer the questions on our portal.",
])
def test_an_ask_the_negation_does_not_reach_still_asks(body):
    assert read(body).kind == "needs_id"
