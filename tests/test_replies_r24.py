"""Classes of reply that set O (tests/replies/seto) showed were misread, once it was retired
(2026-12-01, branch r24), the known fault of a refusal inside a condition about the person's own next
step, and languages real replies arrive in that no rule read; each fixed in the languages it applies
to and asserted here in wordings of our own (none is a sentence of set O). Cases marked safety must
hold either way: what a fix may not turn into a confirmation, a refusal, an ask or a link to open."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from optout.mail import classify, parse
from optout.mail._classify import ACT_CONFIDENCE


def mail(body: str, subject: str = "Re: Deletion request", sender: str = "privacy@broker.example") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "clinic@example.org", subject
    msg.set_content(body)
    return msg.as_bytes()


def read(body: str, subject: str = "Re: Deletion request"):
    return classify(parse(mail(body, subject)))


# 1. A refusal inside a condition about the person's own next step ("If you do not confirm, we will
#    not delete your data") read refused: it is what the broker waits for, an ask to confirm when the
#    mail asks it (its link is then the one to open), otherwise a person's to read; never a refusal.
YOUR_STEP = [
    "If you do not confirm, we will not delete your data.",
    "If you don't reply to this e-mail within 14 days, we will not remove your profile.",
    "We cannot delete your record if you do not verify your e-mail address.",
    "Without your confirmation we are unable to delete your information.",
    "Si no confirma su solicitud, no podemos eliminar sus datos.",
    "Si usted no responde a este correo, no podremos borrar su perfil.",
    "Sin su confirmación no es posible eliminar sus datos.",
    "Se você não confirmar o pedido, não podemos excluir os seus dados.",
    "Se non conferma la richiesta, non possiamo cancellare i suoi dati.",
    "Als u uw verzoek niet bevestigt, kunnen wij uw gegevens niet verwijderen.",
    "Si vous ne confirmez pas votre demande, nous ne pouvons pas supprimer vos données.",
    "Wenn Sie Ihre Anfrage nicht bestätigen, können wir Ihre Daten nicht löschen.",
]


@pytest.mark.parametrize("text", YOUR_STEP)
def test_a_refusal_hanging_on_the_persons_own_step_is_no_refusal(text):
    got = read(text)
    assert got.kind != "refused", (got.kind, got.reason)
    assert got.kind not in ("confirmed",)


CONFIRM_LINK = "https://privacy.broker.example/confirm?t=8c1e42"


@pytest.mark.parametrize("ask,cond", [
    ("Please confirm your deletion request: {link}", "If you do not confirm, we will not delete your data."),
    ("Por favor confirme su solicitud de eliminación: {link}", "Si no confirma su solicitud, no podemos eliminar sus datos."),
    ("Por favor, confirme o seu pedido de exclusão: {link}", "Se você não confirmar o pedido, não podemos excluir os seus dados."),
    ("Per favore confermi la sua richiesta di cancellazione: {link}", "Se non conferma la richiesta, non possiamo cancellare i suoi dati."),
])
def test_an_ask_to_confirm_with_its_condition_is_a_verify_link(ask, cond):
    got = read(ask.format(link=CONFIRM_LINK) + "\n\n" + cond)
    assert got.kind == "verify_link", (got.kind, got.reason)
    assert got.links[:1] == (CONFIRM_LINK,)


@pytest.mark.parametrize("text", [  # safety: a refusal whose condition is the broker's, or none, stays a refusal
    "We will not delete your data.",
    "If the law requires us to keep it, we will not delete your data.",
    "If you have questions, contact us. We will not delete your data.",
    "No podemos eliminar sus datos.",
    "Não podemos excluir os seus dados.",
    "Non possiamo cancellare i suoi dati.",
    "Wij kunnen uw gegevens niet verwijderen.",
])
def test_a_refusal_without_the_persons_step_stays_refused(text):
    assert read(text).kind == "refused"
