"""Set P's first read (held out, 2026-12-01) put three non-confirmations under "confirmed". The lead
read only those three; they are two classes, fixed for every language the reader's success phrases
cover. Every case here is worded by us, with names of our own, none a set P sentence, with the near
misses that must stay confirmations.

1. An interim measure while a request waits ("we will not sell your data in the meantime") is a
   success phrase in a sentence about the wait: no outcome. The receipt around it decides.
2. A removal beside a sentence saying the request was not applied to part of what was asked (the
   broker's sister sites, an affiliate) is partial: a person reads which part was done."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def read(body: str, subject: str = "Re: your request"):
    raw = (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


# 1. an interim measure while the request waits
@pytest.mark.parametrize("body", [
    "Thank you, we got your deletion request via the state platform. It will be handled within 45 days, and we will not sell or share your details in the meantime.",
    "Your request is in our queue. Meanwhile, your profile will no longer be shown in search results.",
    "Recibimos su solicitud. Mientras tanto, no venderemos ni compartiremos sus datos personales.",
    "Nous avons bien reçu votre demande. En attendant, vos données ne seront plus visibles sur notre site.",
    "Recebemos o seu pedido. Enquanto isso, os seus dados não aparecem mais nas pesquisas.",
    "Wir haben Ihren Antrag erhalten. In der Zwischenzeit werden Ihre Daten nicht mehr angezeigt.",
])
def test_an_interim_measure_while_the_request_waits_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


# 2. a removal, and the request said not to reach part of what was asked
@pytest.mark.parametrize("body", [
    "Your entry was deleted from TownLookup. Our partner sites RoadFinder and KinTrace run their own databases; your request has not been applied to them.",
    "Eliminamos su ficha de BuscaVecinos. Su solicitud no se aplicó en los sitios asociados VecinoYa y DirecciónFácil.",
    "Your listing has been removed from ClearPages. Note that this opt-out does not extend to our affiliate PhoneFinder.",
    "Removemos o seu perfil do AchaGente. O seu pedido não foi aplicado aos sites parceiros.",
    "Nous avons supprimé votre fiche. Votre demande ne s'applique pas aux sites partenaires.",
    "Wir haben Ihr Profil gelöscht. Ihr Antrag gilt nicht für unsere Partnerseiten.",
    "Abbiamo eliminato il suo profilo. La sua richiesta non è stata applicata ai siti collegati.",
    "Wij hebben uw profiel verwijderd. Uw verzoek geldt niet voor onze zustersites.",
])
def test_a_removal_beside_a_request_not_applied_elsewhere_is_unsure(body):
    assert read(body).kind == "unsure"


# the near misses: still confirmations
@pytest.mark.parametrize("body", [
    "Your entry was deleted from TownLookup. Our partner sites use the same database, so your listing is gone from them too.",
    "Your listing has been removed. In the meantime, if you have questions, write to us.",
    "Uw gegevens zijn intussen verwijderd.",
    "We have removed your listing. The fee shown on our site does not apply to you.",
    "Hemos eliminado sus datos. Mientras tanto, gracias por su paciencia.",
])
def test_a_removal_with_such_words_elsewhere_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"
