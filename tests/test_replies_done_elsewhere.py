"""Near misses of a confirmation the lead found by probing the reader with wordings of its own
(2026-12-01, after set P's read), none from any set, each a class in the languages it names, with
the near misses that must stay confirmations:

1. what was deleted is a message, not the person's data ("we deleted the duplicate request you sent");
2. a part left live: "other listings under your name remain active", an account deleted beside public
   listings "handled separately";
3. a completion said in general words beside the deletion itself promised for later ("we have
   processed your request; your data will be deleted within 30 days"): a promise, not a deletion;
4. a subscription ended, a record updated or corrected, a form filled in for the person;
5. the rest kept: "but not from our partner site", "your public profile is unchanged", "except for
   your name and phone, which we keep", "some information was retained", "we could not find the other
   listings you sent us";
6. another right than deletion honoured (to limit, to correct, to object to marketing), or the
   broker's own calls and mail stopped."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def read(body: str, subject: str = "Re: your request"):
    raw = (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


@pytest.mark.parametrize("body", [
    # 1. a message deleted
    "We deleted the duplicate request you sent. Your original request is still being processed.",
    "The second request you submitted has been closed as a duplicate; we will answer the first one.",
    "Cerramos la solicitud duplicada que nos envió. Su solicitud original sigue en trámite.",
    # 2. a part left live
    "The listing you submitted has already been removed by another request. Other listings under your name remain active.",
    "Eliminamos el perfil indicado. Los demás registros a su nombre siguen publicados.",
    "Removemos o perfil indicado. Os demais registros em seu nome continuam publicados.",
    "Nous avons supprimé la fiche indiquée. Les autres fiches à votre nom restent en ligne.",
    "Your account has been deleted. Please note that public record listings are separate and must be removed through our opt-out page.",
    # 3. a general completion, the deletion promised for later
    "We have successfully processed your request. Your personal information will be deleted within 30 days.",
    "Your removal request has been processed. Your listing will be removed within 72 hours.",
    "Hemos procesado su solicitud. Sus datos serán eliminados en un plazo de 30 días.",
    "Su solicitud ha sido procesada. Sus datos se eliminarán de nuestros sistemas en los próximos días.",
    # 4. a subscription ended, a record updated or corrected, a form filled in: not the deletion
    "Hemos dado de baja su suscripción. Si desea eliminar su perfil público, use nuestro formulario de exclusión.",
    "We cancelled your subscription. To remove your public profile, use our opt-out form.",
    "Your request has been completed. We have updated your record to reflect your preferences.",
    "Your request has been fulfilled: the correction you asked for has been made to your profile.",
    "Hemos atendido su solicitud: corregimos su ficha con los datos que nos envió.",
    "Gracias. Hemos completado el formulario en su nombre; ahora debe hacer clic en el enlace que le enviamos para confirmar.",
    # 5. the rest kept: another site, the public profile unchanged, identifying data excepted
    "Su perfil se eliminó de PeopleDex, pero no de nuestro sitio asociado BuscaPersonas, que gestiona sus propios datos.",
    "Your profile was removed from TownLookup, but not from our partner site RoadFinder.",
    "Your opt-out is complete. Note: this only keeps your data from marketers; your public profile is unchanged.",
    "We have deleted your information as requested, except for your name and phone, which we keep for legal reasons.",
    "Eliminamos sus datos, excepto su nombre y dirección, que conservamos por obligación legal.",
    "Your request to delete was processed under the CCPA. Some of your information was retained as the law permits.",
    "We removed the listing in Tucson. We could not find the other listings you sent us.",
    "Eliminamos la ficha de Tucson. No encontramos los demás registros que nos envió.",
    # 6. another right than deletion, or the broker's own calls and mail
    "We have honored your request to limit the use of your sensitive personal information.",
    "Your request to correct your information has been completed.",
    "Hemos atendido su solicitud de rectificación.",
    "Nous avons bien traité votre demande d'opposition à la prospection commerciale.",
    "Your request was processed. You will no longer receive calls from us.",
    "We have removed your number from our call list.",
    # the same classes in Portuguese, French, Italian, German, Haitian Creole and Chinese
    "Excluímos a solicitação duplicada que você enviou. Sua solicitação original ainda está em andamento.",
    "Nous avons supprimé la demande en double que vous avez envoyée.",
    "Votre demande a été traitée. Nous avons mis à jour votre fiche.",
    "Nous avons supprimé votre fiche, sauf votre nom et votre adresse, que nous conservons pour des raisons légales.",
    "Votre fiche a été supprimée de PagesVoisins, mais pas de notre site partenaire RueFacile.",
    "Abbiamo completato la sua richiesta. I suoi dati saranno cancellati entro 30 giorni.",
    "La sua richiesta è stata evasa: abbiamo aggiornato il suo profilo.",
    "Wir haben Ihre Anfrage bearbeitet. Ihre Daten werden in den nächsten Tagen gelöscht.",
    "Wir haben Ihr Profil gelöscht, aber nicht auf unserer Partnerseite.",
    "Nou retire fich ou a sou Paj Vwazen, men pa sou sit patnè nou an.",
    "我们已删除您的重复请求。",
    "我们已处理您的请求。您的数据将在30天内删除。",
    # 7. a fresh tester's classes (replies the lead did not write; these are our own wordings of them)
    "We cleared the cookies stored for your browser session. Your profile data is kept under our retention policy.",
    "Your message was deleted because it came with an attachment we do not open.",
    "We merged the duplicate copy of your listing into the main one, which remains active.",
    "Your record was taken out of our Google-indexed pages. The profile on our own site is still live.",
    "Your listing was removed in March, but it has since reappeared from a new source.",
    "We removed 2 of the 4 listings you sent; the others did not match closely enough.",
    "We removed the profile for your husband, as requested on his behalf.",
    "Your data has been deleted, provided that the details you sent match our records.",
    "Su cuenta fue cerrada. Los perfiles de búsqueda de personas son independientes de las cuentas.",
    "Excluímos seu telefone do nosso cadastro. Os demais dados permanecem publicados.",
    "Removemos seu e-mail da lista, mas mantemos seu nome e endereço por obrigação legal.",
])
def test_a_deletion_of_something_else_or_a_later_one_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    "We deleted your profile and the duplicate request you sent.",
    "Your profile has been deleted. Your duplicate request was closed.",
    "We have processed your request and deleted your listing. Backups will be purged within 30 days.",
    "Your deletion request has been completed. Residual copies in backups will be erased within 90 days.",
    "Your listing and all other records under your name have been removed.",
    "Hemos eliminado su perfil y todos los demás registros a su nombre.",
    # a marketing data broker's deletion from its consumer marketing database is the deletion asked for
    "We have deleted your personal information from our consumer marketing database.",
    "We removed your listing from TownLookup and from our partner site RoadFinder.",
    "Your record has been deleted, and we have updated our suppression file so that it is not added again.",
    "We removed the listing you reported. We did not find any other listing under that name.",
    "Your request has been processed and your information has been removed from our search results. Data from public records may appear again.",
    "The profile and the addresses of the person named in the request have been removed from our site.",
    "Nous avons effacé vos données de nos fichiers de prospection, comme vous le demandiez.",
])
def test_a_deletion_said_beside_such_words_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"
