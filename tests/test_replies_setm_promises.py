"""Classes of reply that set M (tests/replies/setm, held out) put under "confirmed" on its first read
(2026-12-01) though the broker had not done what was asked: each in wordings of our own, in several
languages, none a set M sentence.

* one brand removed, the others sent to an affiliate that "handles its own requests": a part done,
  the rest to be asked of someone else, so a person reads it (unsure), never "confirmed";
* the request "processed as an opt-out of sale", or a broker that "does not delete" on request:
  a refusal (opted out of sale only / declined), whatever success word stands beside it.

Near misses stay confirmations: a removal from every brand, a removal with the other sites named
as also done.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def plain(body: str, subject: str = "Re: Request to delete personal information") -> bytes:
    return (f"From: privacy@broker.example\nTo: clinic@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str):
    return classify(parse(plain(body)))


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe deleted the profile on PeopleLedger. Our sister site HomeTrail is run by a separate company, "
    "Ledger Partners Inc., which processes its own privacy requests; please send them a separate request.\n\nThanks",
    "Your record was removed from Vistafind. Note that LocalNumbers is a separate legal entity and you will need "
    "to contact it directly to remove the same information there.",
    "Hola:\n\nHemos eliminado el registro de su clienta de DatoBuscador. El sitio PaginaVecinal pertenece a una "
    "empresa afiliada que atiende sus propias solicitudes; para eliminar los datos allí, presente una solicitud "
    "aparte en su formulario.",
    "Bonjour,\n\nNous avons supprimé la fiche de votre client sur AnnuaireDirect. Le site VoisinsInfo est exploité "
    "par une société affiliée qui traite ses propres demandes : merci de lui adresser une demande distincte.",
    "Olá,\n\nRemovemos o perfil do seu cliente do BuscaPessoa. O site VizinhoFacil é operado por uma empresa "
    "afiliada que trata suas próprias solicitações; envie uma solicitação separada pelo formulário dela.",
    "Guten Tag,\n\nwir haben das Profil Ihres Mandanten bei PersonenSuche gelöscht. Das Portal NachbarInfo wird "
    "von einem verbundenen Unternehmen betrieben, das seine eigenen Anfragen bearbeitet; bitte stellen Sie dort "
    "einen gesonderten Antrag.",
])
def test_one_brand_removed_and_the_rest_sent_to_an_affiliate_is_not_a_confirmation(body):
    verdict = read(body)
    assert verdict.kind == "unsure", (verdict.kind, verdict.rule)


@pytest.mark.parametrize("body", [
    "We have processed your client's request as an opt-out of the sale of personal information. The record has "
    "been flagged and will not be sold.",
    "Your request was treated as a request to opt out of the sale and sharing of your data, and it has been "
    "completed.",
    "Procesamos la solicitud de su cliente como una exclusión de la venta de datos personales. La solicitud ha "
    "sido completada.",
    "Nous avons traité votre demande comme une opposition à la vente de vos données. Votre demande a été traitée.",
    "Processamos a sua solicitação como uma oposição à venda de dados pessoais; a solicitação foi concluída.",
])
def test_a_request_processed_as_an_opt_out_of_sale_is_a_refusal_of_the_deletion(body):
    verdict = read(body)
    assert verdict.kind == "refused", (verdict.kind, verdict.rule)
    assert "do-not-sell" in verdict.rule


@pytest.mark.parametrize("body", [
    "Thank you for your request. Northwind Lists does not delete consumer records on request, because the "
    "record is needed to honor your opt-out. Your request has been processed.",
    "Your request has been processed. Our company doesn't erase marketing records upon request.",
    "Su solicitud fue procesada. Nuestra empresa no elimina registros de marketing a petición del consumidor.",
])
def test_a_broker_that_does_not_delete_on_request_has_not_confirmed(body):
    verdict = read(body)
    assert verdict.kind in ("refused", "unsure"), (verdict.kind, verdict.rule)


@pytest.mark.parametrize("body", [
    "We have deleted your client's profile from PeopleLedger and from every other site we operate.",
    "We removed the record from Vistafind; the same listing on our sister site LocalNumbers has been removed too.",
    "Hemos eliminado el perfil de su cliente de DatoBuscador y de todos nuestros sitios.",
    "We have processed your deletion request and your personal information has been deleted.",
])
def test_a_removal_from_every_brand_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"
