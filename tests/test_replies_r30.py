"""Set R (tests/replies/setr), retired to development on 2026-12-02 (branch r30): its misses read as
classes, each fixed in the rule languages that write it. Every case is worded by us (names, numbers,
dates and brokers of our own, no set R sentence), beside the near misses that must keep their reading;
the one class that makes a confirmation easier to reach (9) carries its near misses that stay unconfirmed.

1. "Manifestly unfounded or excessive" (GDPR Art. 12(5), repetitive requests): refused, not other; the
   article quoted as what the broker may do, or under a condition, is no refusal.
2. A correction or an update of the record done instead of the deletion: unsure (a person reads it),
   never a receipt nor nothing read.
3. The letter handed to someone else who will answer (a colleague, a processor, the consumer contacted
   directly), or still being worked on: a receipt.
4. "We take no deletion request sent to this address: use DROP / our form": needs_info, the route named.
5. "Deletion rights only for residents of these states; residence not confirmed, request closed": refused
   (not a resident), never a solved ticket.
6. The listing or report kept under an exemption (public records, the FCRA) with only marketing mail or a
   marketing list deleted beside it: refused (exempt), the exemption being the answer; a listing deleted
   beside an exemption stays unsure.
7. "There is an update on your request; see our privacy center": something changed, the mail does not say
   what: unsure, never a receipt.
8. A plain-text part that is a receipt beside an HTML part that says "deleted": the parts disagree, unsure.
9. Spanish "hemos retirado el listado / la ficha" and a person's own "ya la borré": a deletion done; never
   "hemos retirado su solicitud", a negation, a condition, a question or "que ya la borre" (an ask).
10. A marketing suppression or a mailing list left, told with nothing else read: unsure, not nothing.
11. An exception to the right to delete named, only the sale opted out of beside it: refused (exempt); and
    Romanian, Polish and Swedish "we could not verify the identity": refused.
12. An adtech firm that asks for the device's advertising ID: needs_info.
13. Dissemination stopped or a link de-indexed (Quebec's Law 25), an opt-out kept in a browser cookie, read as a
    receipt or as nothing: unsure (another request type done).
14. Arabic "it will stop appearing as of <date>": a removal promised, acknowledged (never done).
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def raw_alternative(plain: str, html: str, subject: str = "Your request") -> bytes:
    return (f"From: privacy@broker.example\nTo: Clinic <clinic@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n'
            f"--b1\nContent-Type: text/html; charset=utf-8\n\n<html><body>{html}</body></html>\n--b1--\n").encode()


def raw_mail(body: str, subject: str = "Re: your request") -> bytes:
    return (f"From: privacy@broker.example\nTo: Clinic <clinic@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: your request"):
    return classify(parse(raw_mail(body, subject)))


# 1. manifestly unfounded or excessive --------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Dear Sirs,\n\nThis is the third identical erasure request for the same person since September, each already "
    "answered. We regard it as manifestly excessive under Article 12(5) GDPR and will take no further action. You may "
    "complain to the supervisory authority.\n\nData Protection Team, Hollins Registry",
    "Estimados señores:\n\nHan enviado ya cuatro veces la misma solicitud de supresión. Entendemos que es "
    "manifiestamente excesiva por su carácter repetitivo (art. 12.5 RGPD) y no la atenderemos.\n\nDPO, Guías Norte",
    "Caros senhores,\n\nEste é o terceiro pedido idêntico em seis semanas. Consideramo-lo manifestamente infundado "
    "nos termos do artigo 12.º, n.º 5, do RGPD.\n\nEncarregado de Proteção de Dados, Listas Douro",
    "Madame, Monsieur,\n\nVotre demande, identique aux deux précédentes, nous paraît manifestement excessive au sens "
    "de l'article 12, paragraphe 5, du RGPD ; nous n'y donnerons pas suite.\n\nDélégué à la protection des données",
    "Sehr geehrte Damen und Herren,\n\nIhr Antrag ist bereits der vierte gleichlautende. Wir halten ihn für "
    "offenkundig unbegründet im Sinne von Art. 12 Abs. 5 DSGVO.\n\nDatenschutzbeauftragter, Verzeichnis Kessel",
    "Gentili signori,\n\nla richiesta, identica alle tre precedenti, è manifestamente eccessiva ai sensi dell'art. "
    "12, par. 5, del GDPR.\n\nIl DPO, Elenchi Sile",
    "Geachte heer, mevrouw,\n\nDit is het vierde identieke verzoek. Wij achten het kennelijk ongegrond in de zin van "
    "artikel 12, lid 5, AVG.\n\nFunctionaris gegevensbescherming, Gids Vecht",
    "Αγαπητέ κύριε,\n\nΤο αίτημα είναι το τρίτο όμοιο μέσα σε ένα μήνα. Το θεωρούμε προδήλως υπερβολικό σύμφωνα με "
    "το άρθρο 12 παρ. 5 του ΓΚΠΔ.\n\nΥπεύθυνος Προστασίας Δεδομένων",
])
def test_a_request_found_manifestly_unfounded_or_excessive_is_refused(body):
    r = read(body, "Your erasure request")
    assert (r.kind, r.reason) == ("refused", "manifestly unfounded or excessive"), r


@pytest.mark.parametrize("body, kind", [
    # the article told as what the broker may do, or under a condition: no refusal
    ("Hello,\n\nWe have deleted your client's profile from our directory. Please note that where requests are "
     "manifestly unfounded or excessive we may charge a fee or refuse to act.\n\nPrivacy, Hollins Registry", "confirmed"),
    ("Hola:\n\nHemos recibido su solicitud y le responderemos en un plazo de un mes. Si una solicitud fuera "
     "manifiestamente infundada o excesiva, podríamos negarnos a actuar.\n\nPrivacidad", "acknowledged"),
])
def test_the_article_quoted_as_a_possibility_is_no_refusal(body, kind):
    assert read(body).kind == kind


# 2. a correction done instead of the deletion -------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Hi,\n\nThanks for writing. We have changed the phone number on file as requested; your listing now shows the "
    "number ending in 44. Let us know if there is anything else.\n\nMember Care, Ashgrove Lookup",
    "Hola:\n\nHemos actualizado el domicilio en nuestros registros según nos indicó. Su ficha muestra ahora la calle "
    "nueva.\n\nAtención al cliente, Búsqueda Roble",
    "Bonjour,\n\nNous avons corrigé les renseignements de votre client : son adresse a été mise à jour dans notre "
    "registre.\n\nService à la clientèle, Annuaire Gatineau",
    "Hello,\n\nWe reviewed your dispute and corrected the former address shown on your tenant history report. The "
    "updated report is in the consumer portal.\n\nConsumer Relations, Renta Check",
])
def test_a_correction_instead_of_a_deletion_is_unsure(body):
    r = read(body)
    assert r.kind == "unsure", r


def test_a_deletion_beside_a_correction_named_as_done_stays_a_deletion():
    body = ("Hello,\n\nWe have deleted your client's listing from our website and search results.\n\n"
            "Privacy, Ashgrove Lookup")
    assert read(body).kind == "confirmed"


def test_a_correction_promised_is_a_receipt_not_a_correction():
    body = ("Hello,\n\nWe received your request and will update the address on file within 10 business days.\n\n"
            "Member Care")
    assert read(body).kind == "acknowledged"


# 3. handed on to someone who will answer, or still in progress ------------------------------------------
@pytest.mark.parametrize("body", [
    "Hola, se la paso a mi compañero de protección de datos, él le contesta hoy.\n\nLuis",
    "Bom dia,\n\nO seu pedido foi reencaminhado para o nosso fornecedor que gere a base de dados, que nos dará "
    "resposta. Voltaremos a contactá-lo assim que a recebermos.\n\nApoio ao Cliente",
    "Hello,\n\nBecause this request comes from an authorized agent, we will reach out to the consumer directly to "
    "confirm that they gave you permission. We will proceed once they answer.\n\nPrivacy Office, Kestrel Data",
    "Hi,\n\nSorry for the delay: our engineers are still working on removing the record from the backup index. I'll "
    "confirm once it is done.\n\nAnna, Privacy",
    "Hola:\n\nGracias por su solicitud. En este momento está en revisión por nuestro equipo legal. Plazo estimado: "
    "20 días.\n\nDatos Sierra",
])
def test_a_hand_off_or_work_in_progress_is_a_receipt(body):
    r = read(body)
    assert r.kind == "acknowledged", r


def test_still_working_beside_a_deletion_of_something_else_is_no_confirmation():
    body = ("Hi,\n\nWe removed your client's e-mail address from our newsletter. We are still working on removing "
            "the profile; I'll confirm once it is done.\n\nAnna")
    assert read(body).kind != "confirmed"


# 4. not by this address: use DROP or our form ---------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nWe handle deletion requests only through California's DROP platform, which we check every 45 days. "
    "Your client can file one request on DROP that reaches every registered broker. We cannot process deletion "
    "requests sent to this address.\n\nCompliance, Larchmont Data",
    "Hola:\n\nAtendemos las solicitudes de eliminación que llegan por la plataforma DROP de California. Su clienta "
    "puede presentar una solicitud en DROP. No podemos tramitar solicitudes enviadas a esta dirección.\n\nDatos Olmo",
    "This mailbox is no longer monitored. To submit a deletion request, please use our online form at "
    "privacy.larchmont.example/form. Requests sent to this mailbox will not be processed.",
])
def test_a_route_named_for_requests_not_taken_at_this_address_is_needs_info(body):
    r = read(body)
    assert r.kind == "needs_info", r


def test_not_at_this_address_without_a_route_stays_a_refusal():
    body = "Hello,\n\nWe cannot process deletion requests sent to this address, and we decline your request.\n\nLarchmont"
    assert read(body).kind == "refused"


# 5. residents of some states only, residence not confirmed, closed ------------------------------------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nDeletion rights under our policy are offered to residents of Texas, Oregon and Montana only. We could "
    "not confirm that the consumer lives in one of those states, so we have closed the request.\n\nBriarwood Lookup",
    "Hola:\n\nEl derecho de supresión solo se ofrece a residentes de Texas y Oregón. No pudimos confirmar que su "
    "clienta viva en uno de esos estados, por lo que la solicitud ha sido cerrada.\n\nBúsqueda Brezo",
])
def test_residents_only_and_residence_not_confirmed_is_refused(body):
    r = read(body)
    assert (r.kind, r.reason) == ("refused", "not a resident"), r


def test_residence_confirmed_and_the_data_deleted_stays_a_confirmation():
    body = ("Hello,\n\nWe confirmed that the consumer resides in Oregon, and we have deleted the consumer's profile "
            "from our site.\n\nBriarwood Lookup")
    assert read(body).kind == "confirmed"


# 6. the listing kept under an exemption, only marketing mail deleted ------------------------------------------
@pytest.mark.parametrize("body, reason", [
    ("Hello,\n\nWe have taken your client's e-mail address off our marketing lists. The court-record listing is "
     "built from county records that are publicly available, so it will stay on our site.\n\nBellwood Records",
     "publicly available"),
    ("Hello,\n\nYour tenant screening reports are maintained as required by the FCRA and state law and cannot be "
     "deleted. We did delete your contact details from our marketing database, so you will get no more offers.\n\n"
     "Screening Desk, Hearthstone", "exempt"),
    ("Hola:\n\nSus informes de antecedentes se conservan como exige la FCRA y no podemos eliminarlos. Sí hemos "
     "eliminado sus datos de contacto de nuestra base de marketing.\n\nInforma Robledal", "exempt"),
])
def test_the_listing_kept_under_an_exemption_beside_marketing_deleted_is_refused(body, reason):
    r = read(body)
    assert (r.kind, r.reason) == ("refused", reason), r


def test_a_listing_deleted_beside_an_exemption_stays_unsure():
    body = ("Hello,\n\nWe have deleted your client's profile from our website. Court records we hold are exempt from "
            "the CCPA and were not affected.\n\nBellwood Records")
    assert read(body).kind == "unsure"


# 7. an update, told only in the portal -----------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nThere is an update on your privacy request. For your security, it can only be viewed in our Privacy "
    "Portal.\n\nThis is an automated message.",
    "Hola:\n\nHay una actualización en su solicitud de privacidad. Por seguridad, puede verla solo en nuestro portal.\n\n"
    "Mensaje automático.",
    "Bonjour,\n\nLe statut de votre demande a changé. Consultez votre espace confidentialité pour le détail.\n\n"
    "Message automatique.",
])
def test_an_update_told_only_in_the_portal_is_unsure(body):
    r = read(body, "Your privacy request")
    assert r.kind == "unsure", r


def test_an_update_that_says_the_deletion_is_done_stays_a_confirmation():
    body = ("Hello,\n\nThere is an update on your privacy request: we have deleted your personal information from our "
            "systems.\n\nPrivacy Team")
    assert read(body, "Your privacy request").kind == "confirmed"


# 8. plain and HTML parts that disagree -----------------------------------------------------------------------------
@pytest.mark.parametrize("plain, html", [
    ("Hello, we received your deletion request. Our team is reviewing it and will write when it is processed.",
     "<p>Hello,</p><p>We have deleted your personal information from our records.</p>"),
    ("Hola: recibimos su solicitud de eliminación. La estamos revisando y le escribiremos cuando esté tramitada.",
     "<p>Hola:</p><p>Hemos eliminado sus datos personales de nuestros registros.</p>"),
])
def test_a_receipt_in_plain_text_beside_a_deletion_in_html_is_unsure(plain, html):
    r = classify(parse(raw_alternative(plain, html)))
    assert r.kind == "unsure", r


def test_a_receipt_in_both_parts_stays_a_receipt():
    plain = "Hello, we have received your request. Our team will review it and write when it is processed."
    html = "<p>Hello,</p><p>We have received your request. Our team will review it and write when it is processed.</p>"
    assert classify(parse(raw_alternative(plain, html))).kind == "acknowledged"


# 9. Spanish "retirado" with the listing as its object, and "ya la borré" -------------------------------------------
@pytest.mark.parametrize("body", [
    "Hola:\n\nHemos retirado el perfil de su clienta de nuestro sitio y de las búsquedas.\n\nEquipo Cardo",
    "Hola,\n\nYa la borré de nuestra base de datos esta tarde. Perdone la espera.\n\nMarta\nEnviado desde mi teléfono",
    "Buenas tardes:\n\nHemos ocultado la ficha de su representado en nuestro directorio.\n\nDirectorio Pinar",
])
def test_a_spanish_listing_taken_down_is_confirmed(body):
    r = read(body)
    assert r.kind == "confirmed", r


@pytest.mark.parametrize("body", [
    "Hola:\n\nHemos retirado su solicitud a petición suya; no se ha hecho ningún cambio.\n\nEquipo Cardo",
    "Hola:\n\nNo hemos retirado el perfil de su clienta todavía.\n\nEquipo Cardo",
    "Hola:\n\nSi hemos retirado el perfil de su clienta por error, avísenos.\n\nEquipo Cardo",
    "Hola:\n\n¿Ya la borré de la base de datos? Lo reviso y le digo.\n\nMarta",
    "Hola:\n\nLe pido a mi compañera que ya la borre de la base de datos.\n\nMarta",
    "Hola:\n\nRetiraremos el perfil de su clienta en la próxima actualización.\n\nEquipo Cardo",
])
def test_near_misses_of_a_spanish_take_down_stay_unconfirmed(body):
    r = read(body)
    assert r.kind != "confirmed", r


# 10. a marketing suppression told with nothing else ---------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Dear consumer,\n\nAs you asked, your name and address were added to our marketing suppression file. Within 60 days "
    "you will be left out of the mailing lists we supply to our clients.\n\nConsumer Desk, Hollyhock Marketing Data",
    "Estimada consumidora:\n\nSegún nos pidió, añadimos su nombre a nuestra lista de exclusión. En 60 días quedará fuera "
    "de las listas de correo que entregamos a nuestros clientes.\n\nDatos de Mercadeo Laurel",
])
def test_a_marketing_suppression_told_alone_is_unsure(body):
    r = read(body, "Your request")
    assert r.kind == "unsure", r


# 11. an exception to the right to delete, the sale opted out of; identity not verified in ro, pl, sv ----------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nWe reviewed your deletion request. We must keep this information to detect fraud, which is an exception "
    "to the right to delete under the CCPA. We have, however, opted your client out of the sale of their data.\n\n"
    "Privacy, Alder Insights",
    "Hola:\n\nRevisamos su solicitud. Debemos conservar los datos para prevenir fraudes, una excepción al derecho de "
    "supresión. Sí la hemos excluido de la venta de sus datos.\n\nPrivacidad, Aliso Datos",
])
def test_an_exception_to_deletion_beside_a_sale_opt_out_is_refused(body):
    r = read(body)
    assert (r.kind, r.reason) == ("refused", "exempt"), r


def test_a_deletion_done_beside_a_sale_opt_out_stays_a_confirmation():
    body = ("Hello,\n\nWe have deleted your client's profile from our website, and we have also opted her out of the "
            "sale of her data.\n\nPrivacy, Alder Insights")
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Stimate domn,\n\nNu am putut verifica identitatea clientei dumneavoastră, iar cererea a fost închisă.\n\nDPO",
    "Szanowni Państwo,\n\nNie udało się zweryfikować tożsamości osoby, której dotyczy wniosek.\n\nIOD",
    "Hej,\n\nVi kunde inte verifiera identiteten på den registrerade, så ärendet är avslutat.\n\nDataskydd",
])
def test_identity_not_verified_in_romanian_polish_and_swedish_is_refused(body):
    r = read(body)
    assert (r.kind, r.reason) == ("refused", "identity not verified"), r


# 12. the advertising ID asked for --------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nOur platform holds no names or postal addresses, only device identifiers, so we cannot look your client "
    "up. Send us the mobile advertising ID shown in the phone's settings and we will delete what is tied to it.\n\nAd Ops",
    "Hola:\n\nNo guardamos nombres ni direcciones, solo identificadores de dispositivos. Envíenos el identificador de "
    "publicidad de su teléfono y borraremos lo asociado.\n\nPublicidad Cierzo",
])
def test_an_advertising_id_asked_for_is_needs_info(body):
    r = read(body)
    assert r.kind == "needs_info", r


# 13. dissemination stopped, a link de-indexed, a cookie opt-out: another request type done -------------------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nFurther to your request under Quebec's private-sector act, we have ceased disseminating your client's "
    "information and de-indexed the link to the profile, so a search by name no longer finds it.\n\nPrivacy Officer",
    "Bonjour,\n\nÀ la suite de votre demande, nous avons cessé de diffuser les renseignements de votre cliente et "
    "désindexé l'hyperlien vers sa fiche.\n\nResponsable de la protection des renseignements personnels",
    "Hi,\n\nThank you for your request. We hold no names, only cookie IDs. We have set an opt-out for the browser you "
    "used to visit our page; the opt-out is stored in a cookie, so clearing cookies undoes it.\n\nAd Exchange",
    "Hola:\n\nGracias por su solicitud. Solo usamos identificadores de cookies. Su exclusión quedó guardada en una "
    "cookie de su navegador.\n\nIntercambio Publicitario",
])
def test_another_request_type_done_read_as_a_receipt_or_nothing_is_unsure(body):
    r = read(body)
    assert r.kind == "unsure", r


def test_a_deletion_beside_a_de_indexing_stays_a_confirmation():
    body = ("Hello,\n\nWe have deleted your client's profile from our database, and the link to it has been "
            "de-indexed.\n\nPrivacy Officer")
    assert read(body).kind == "confirmed"


# 14. Arabic "it will stop appearing as of <date>": a removal promised, a receipt ---------------------------------
@pytest.mark.parametrize("body", [
    "مرحبا،\n\nشكرا لرسالتكم. قمنا بإخفاء ملف موكلكم، وسيتوقف ظهوره في نتائج البحث على موقعنا بعد التحديث القادم.\n\nفريق الدعم",
    "مرحبا،\n\nستتوقف ظهور صفحة موكلتكم في الدليل اعتبارا من 20 يناير.\n\nالدعم",
])
def test_an_arabic_removal_promised_from_a_later_date_is_a_receipt(body):
    r = read(body)
    assert r.kind == "acknowledged", r
