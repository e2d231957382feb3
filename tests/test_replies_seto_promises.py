"""Set O's first read (held out, 2026-12-01) put four non-confirmations under "confirmed": a request
"completed" whose mail shows that what was done is not the deletion asked for. The lead read only
those four and fixed their three classes for the whole mail; every case here is worded by us, in
several languages, none a set O sentence, with the near misses that must stay confirmations."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def read(body: str, subject: str = "Re: your request"):
    raw = (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


# 1. an access request's answer: the data held listed or attached, the request "fulfilled"
@pytest.mark.parametrize("body", [
    "Your request has been fulfilled. Under Article 15 GDPR, here is the personal data we hold about you: name, address, year of birth.",
    "Your request to know has been completed. Attached is a copy of the personal information we collected about you in the past 12 months.",
    "Su solicitud ha sido atendida. Conforme al derecho de acceso, le informamos de los datos que tratamos sobre usted: nombre, dirección y teléfono.",
    "Em atendimento ao art. 18 da LGPD, confirmamos que tratamos os seguintes dados seus: nome e endereço. Segue em anexo a cópia completa. Sua solicitação foi atendida.",
    "In riscontro alla sua richiesta le comunichiamo i dati che la riguardano (art. 15 GDPR): nome, indirizzo. La richiesta è stata evasa.",
    "Wir haben Ihre Anfrage bearbeitet. Gemäß Art. 15 DSGVO erhalten Sie anbei eine Kopie der über Sie gespeicherten Daten. Die Anfrage ist abgeschlossen.",
    "Nous avons traité votre demande. Conformément à l'article 15 du RGPD, voici les données vous concernant : nom, adresse. Votre demande est clôturée.",
])
def test_an_access_answer_called_complete_is_no_confirmation(body):
    result = read(body)
    assert result.kind == "unsure"
    assert "access" in result.rule


# 2. an unsubscribe from marketing mail or mailing lists, the request "complete"
@pytest.mark.parametrize("body", [
    "Su solicitud está completa: usted ha sido dado de baja de todos los correos de mercadeo y su dirección fue eliminada de nuestras listas de envío.",
    "Hemos completado su solicitud. Ya no recibirá correos promocionales y su correo fue eliminado de nuestras listas de distribución.",
    "Votre demande a été traitée : vous ne recevrez plus nos courriels promotionnels et votre adresse a été supprimée de nos listes d'envoi.",
    "Seu pedido foi concluído: você foi descadastrado dos e-mails de marketing e seu endereço foi removido das nossas listas de envio.",
])
def test_an_unsubscribe_called_complete_is_no_confirmation(body):
    result = read(body)
    assert result.kind == "unsure"
    assert "marketing" in result.rule


@pytest.mark.parametrize("body", [
    "Your request is complete: you have been unsubscribed from all marketing e-mails and your address was removed from our mailing lists.",
    "La sua richiesta è stata evasa: non riceverà più comunicazioni commerciali e il suo indirizzo è stato rimosso dalle nostre liste di invio.",
    "Ihre Anfrage wurde bearbeitet: Sie erhalten keine Werbe-E-Mails mehr und Ihre Adresse wurde aus unseren Verteilerlisten gelöscht.",
])
def test_an_unsubscribe_in_other_words_is_no_confirmation_either(body):
    assert read(body).kind == "unsure"


# 3. the contact kept in suppressed form on a do-not-contact list: nothing deleted
@pytest.mark.parametrize("body", [
    "Your request has been processed. Your contact has been placed on our Do Not Contact suppression list. "
    "We retain your information in suppressed form so that it is not re-added.",
    "Hemos procesado su solicitud. Sus datos fueron incluidos en nuestra lista de supresión y los conservamos para que no vuelvan a añadirse.",
    "Votre demande a été traitée. Vos coordonnées ont été ajoutées à notre liste d'opposition et nous les conservons afin qu'elles ne soient pas réintroduites.",
])
def test_a_contact_kept_suppressed_is_a_refusal(body):
    result = read(body)
    assert result.kind == "refused"
    assert result.reason == "suppressed, not deleted"


# near misses: a deletion said in a sentence of its own stays a confirmation
@pytest.mark.parametrize("body", [
    "Your request has been completed: your profile was deleted from our directory. You can also unsubscribe from our newsletter below.",
    "Hemos eliminado su ficha de nuestro directorio.\n\nAviso de privacidad | darse de baja del boletín",
    "Votre demande a bien été traitée : votre fiche a été supprimée de notre annuaire.\n\nse désabonner",
    "We have added your name to our suppression list, and your listing has been removed from our site.",
    "Under Article 17 we have erased your personal data. Earlier this year we sent you, under Article 15, a copy of the data we held.",
])
def test_a_deletion_said_beside_an_unsubscribe_or_an_access_word_is_still_confirmed(body):
    assert read(body).kind == "confirmed"
