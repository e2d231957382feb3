"""Classes of reply that set L (tests/replies/setl) showed were misread, once it was retired
(2026-12-01, branch r20), each fixed in the languages the reader has rules for and asserted here in
wordings of our own (none is a sentence of set L); the negated document ask; and the rules for
Amharic, Hindi and Turkish. Cases marked safety must hold either way: what a fix may not turn into a
confirmation or an ask."""

from __future__ import annotations

import pytest

from optout.mail import choose_link, classify, parse
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


# 2. A refusal in words the reader missed: declined to delete, "will not be deleted", an appeal
#    upheld, a legal hold or "not required to delete", in the seven languages (set L en-29, en-30,
#    en-40, es-12, es-15)
@pytest.mark.parametrize("body", [
    "After reviewing your request we have declined to erase these files, which our anti-fraud service needs.",
    "Your records will not be deleted while the court case is open.",
    "Your appeal was reviewed. We uphold our earlier decision and the data stays.",
    "We reviewed your appeal: the denial has been upheld.",
    "We are not required to delete data that we use to stop identity theft.",
    "We are subject to a litigation hold and must preserve these files.",
    "Revisamos su caso y no eliminaremos esos registros.",
    "Revisamos su caso y hemos rechazado la solicitud.",
    "Tras revisar su apelación, mantenemos nuestra decisión.",
    "Après examen, nous ne supprimerons pas ces données.",
    "Nach Prüfung werden Ihre Daten nicht gelöscht.",
    "Após análise, não excluiremos esses registros.",
    "Dopo la verifica, non cancelleremo questi dati.",
    "Na beoordeling worden uw gegevens niet verwijderd.",
])
def test_a_refusal_in_other_words_is_a_refusal(body):
    assert read(body).kind == "refused"


# safety: under a condition, or until an answer comes, the same words are no refusal
@pytest.mark.parametrize("body", [
    "If your data cannot be removed, we will tell you why within 45 days.",
    "No eliminaremos nada hasta recibir su respuesta: ¿cuál de los dos perfiles es el suyo?",
])
def test_a_refusal_under_a_condition_or_a_wait_is_none(body):
    assert read(body).kind != "refused"


# 3. A deletion of marketing data beside the name, address and phone kept under a law: the person
#    stays findable, the exemption is the answer (set L en-28, es-25); a removed profile beside a
#    kept part stays unsure, and a kept internal copy beside a removal stays a confirmation
@pytest.mark.parametrize("body", [
    "We erased the advertising data we held. The account records we keep as a bank are governed by the GLBA and stay: your name, home address and phone numbers.",
    "Borramos sus datos de publicidad. Conservamos su nombre, domicilio y teléfono, sujetos a la ley Gramm-Leach-Bliley.",
    "Nous avons supprimé vos données marketing. Vos nom, adresse postale et téléphone sont soumis à la loi GLBA et sont conservés.",
])
def test_a_deletion_beside_the_identifying_data_kept_under_a_law_is_a_refusal(body):
    assert read(body).kind == "refused"


@pytest.mark.parametrize("body,kind", [
    ("We removed your marketing profile. Information covered by the Gramm-Leach-Bliley Act was not included in this deletion.", "unsure"),
    ("We removed your profile page. Your e-mail address and account history are subject to the FCRA and are kept.", "unsure"),
    ("The profile has been removed from our site. We keep a copy in an internal system used only for fraud prevention.", "confirmed"),
    ("Credit data is governed by the FCRA and was not affected. We removed your profile, including your name, address and phone number.", "unsure"),
    ("We deleted your name, address and phone, except data governed by the GLBA.", "unsure"),
])
def test_a_kept_part_that_leaves_nobody_findable_is_no_refusal(body, kind):
    assert read(body).kind == kind


# 4. How to appeal a refusal is no ask for information (set L en-29, es-12)
@pytest.mark.parametrize("body", [
    "We keep these files to stop identity theft. You may appeal: reply to this message with the word APPEAL within 45 days.",
    "Conservamos estos datos. Para apelar, responda a este correo con la palabra APELACIÓN.",
])
def test_how_to_appeal_is_no_ask_for_information(body):
    assert read(body).kind != "needs_info"


def test_an_ask_for_the_listing_stays_an_ask():  # safety
    assert read("Please reply with the URL of the listing you want removed.").kind == "needs_info"


# 5. An office closed between two dates is away (set L de-03)
@pytest.mark.parametrize("body", [
    "Our office is closed from December 23 to January 6. Your e-mail will be handled after that.",
    "Nuestra oficina está cerrada del 23 de diciembre al 6 de enero; responderemos a su regreso.",
    "Unser Büro ist vom 24.12. bis 02.01. geschlossen. Danach bearbeiten wir Ihre Nachricht.",
    "Notre bureau est fermé du 24 décembre au 2 janvier.",
])
def test_an_office_closed_between_two_dates_is_away(body):
    assert read(body).kind == "auto_reply"


# 6. Deleted, "and no longer shared with third parties": a confirmation (set L it-02); alone, the
#    same words are an opt-out of the sale, never a confirmation (safety)
@pytest.mark.parametrize("body", [
    "Your profile has been removed and will no longer be shared with third parties.",
    "Hemos eliminado sus datos y no serán comunicados a terceros.",
    "Vos données ont été supprimées et ne seront plus communiquées à des tiers.",
    "Seus dados foram excluídos e não serão mais compartilhados com terceiros.",
    "I suoi dati sono stati eliminati e non saranno più comunicati a terzi.",
    "Uw gegevens zijn verwijderd en worden niet langer gedeeld met derden.",
])
def test_deleted_and_no_longer_shared_is_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "We have processed your request; your data will no longer be sold to third parties.",
    "We have processed your request; your data will no longer be shared with third parties.",
    "Hemos procesado su solicitud; sus datos no serán vendidos a terceros.",
    "Your data will not be deleted. It will no longer be shared with third parties.",
])
def test_no_longer_sold_or_shared_alone_is_no_confirmation(body):
    c = read(body)
    assert c.kind != "confirmed" or c.confidence < ACT_CONFIDENCE


# 7. A deletion promised within a term, beside "may still show until then": a receipt (set L en-37)
@pytest.mark.parametrize("body", [
    "Thanks. Your information will be removed within 30 days; until then your listing may still show in searches.",
    "Recibimos su solicitud. Sus datos serán eliminados en los próximos 30 días; mientras tanto su perfil aún aparece.",
])
def test_a_deletion_promised_within_a_term_is_a_receipt(body):
    assert read(body).kind == "acknowledged"


# 8. A request fetched from California's DROP: a receipt (set L en-34)
@pytest.mark.parametrize("body", [
    "We retrieved your deletion request from the Delete Request and Opt-out Platform (DROP). We will post the result there.",
    "Recuperamos su solicitud de eliminación desde la plataforma DROP y publicaremos el resultado allí.",
])
def test_a_request_fetched_from_drop_is_a_receipt(body):
    assert read(body).kind == "acknowledged"


# 9. The answer behind a log-in: a person looks (set L en-03, es-03); a completion that also points
#    to the portal stays a confirmation
@pytest.mark.parametrize("body", [
    "A response to your request has been posted. Log in to the portal to read our response.",
    "Hay una respuesta a su solicitud. Inicie sesión en el portal para leer la respuesta.",
    "Une réponse à votre demande est disponible. Connectez-vous au portail pour lire la réponse.",
    "Eine Antwort auf Ihre Anfrage steht im Portal bereit.",
    "Uma resposta ao seu pedido está disponível. Faça login no portal para ler a resposta.",
])
def test_an_answer_behind_a_log_in_is_for_a_person(body):
    assert read(body).kind == "unsure"


def test_a_completion_pointing_to_the_portal_stays_a_confirmation():
    assert read("Your request has been completed and your profile deleted. Log in to the portal to view the details.").kind == "confirmed"


# 10. A report of the data held instead of a deletion: a person looks (set L en-33, es-26)
@pytest.mark.parametrize("body", [
    "Your access report is ready. Download your report within 7 days: https://broker.example/report/81",
    "Su informe de acceso está listo. Puede descargar su informe durante 7 días: https://broker.example/report/81",
    "Votre rapport sur les données que nous détenons est prêt : https://broker.example/report/81",
])
def test_an_access_report_instead_of_a_deletion_is_for_a_person(body):
    assert read(body).kind == "unsure"


# 11. "We do not sell personal information": neither a removal nor a refusal (set L en-32, es-13);
#     "we are not a data broker" stays the refusal it is, and "no record" too
@pytest.mark.parametrize("body", [
    "We do not sell personal information, so there is nothing to opt out of.",
    "Nuestra empresa no vende información personal.",
    "Nous ne vendons pas de données personnelles.",
])
def test_we_do_not_sell_is_for_a_person(body):
    assert read(body).kind == "unsure"


@pytest.mark.parametrize("body", [
    "We are not a data broker and do not sell personal information.",
    "We could not find any record about you, so there is nothing to opt out of.",
])
def test_not_a_data_broker_and_no_record_stay_refusals(body):
    assert read(body).kind == "refused"


# 12. Amharic, Hindi and Turkish: the states a reply really takes, calibrated as the other languages
#     read in part (a confirmation goes to a person; an exact "confirm your request" is acted on)
LINK = "\nhttps://broker.example/confirm?t=8812"
THIN = [
    # (language, class, body)
    ("am", "confirmed", "ሰላም። የግል መረጃዎ ከድረ ገጻችን ተሰርዟል።"),
    ("am", "refused", "ሰላም። ጥያቄዎ ውድቅ ተደርጓል።"),
    ("am", "refused", "ሰላም። ስለ እርስዎ ምንም መረጃ አላገኘንም።"),
    ("am", "needs_id", "ሰላም። እባክዎ የመታወቂያዎን ቅጂ ይላኩልን።"),
    ("am", "needs_info", "ሰላም። እባክዎ የመገለጫዎን አድራሻ ይላኩልን።"),
    ("am", "verify_link", "ሰላም። ጥያቄዎን ለማረጋገጥ ከታች ያለውን ሊንክ ይጫኑ።" + LINK),
    ("am", "acknowledged", "ሰላም። ጥያቄዎን ተቀብለናል። በ15 የሥራ ቀናት ውስጥ እንመልስልዎታለን።"),
    ("am", "extended", "ሰላም። ጥያቄዎን ለማስተናገድ ተጨማሪ 45 ቀናት ያስፈልጉናል።"),
    ("hi", "confirmed", "नमस्ते। आपकी जानकारी हमारी वेबसाइट से हटा दी गई है।"),
    ("hi", "refused", "नमस्ते। आपका अनुरोध अस्वीकार कर दिया गया है।"),
    ("hi", "refused", "नमस्ते। हमें आपके बारे में कोई रिकॉर्ड नहीं मिला।"),
    ("hi", "needs_id", "नमस्ते। कृपया अपने पहचान पत्र की एक प्रति भेजें।"),
    ("hi", "needs_info", "नमस्ते। कृपया अपनी प्रोफ़ाइल का लिंक भेजें ताकि हम उसे ढूंढ सकें।"),
    ("hi", "verify_link", "नमस्ते। अपने अनुरोध की पुष्टि करने के लिए नीचे दिए गए लिंक पर क्लिक करें।" + LINK),
    ("hi", "acknowledged", "नमस्ते। हमें आपका अनुरोध मिल गया है। हम 10 कार्य दिवसों में जवाब देंगे।"),
    ("hi", "extended", "नमस्ते। आपके अनुरोध को पूरा करने के लिए हमें अतिरिक्त 45 दिन चाहिए।"),
    ("tr", "confirmed", "Merhaba, kişisel verileriniz sistemlerimizden silinmiştir."),
    ("tr", "refused", "Merhaba, talebiniz reddedilmiştir."),
    ("tr", "refused", "Merhaba, hakkınızda herhangi bir kayıt bulunamadı."),
    ("tr", "needs_id", "Merhaba, lütfen kimlik kartınızın bir fotokopisini gönderin."),
    ("tr", "needs_info", "Merhaba, lütfen profilinizin bağlantısını gönderin."),
    ("tr", "verify_link", "Merhaba, talebinizi onaylamak için aşağıdaki bağlantıya tıklayın." + LINK),
    ("tr", "acknowledged", "Merhaba, talebinizi aldık. 30 gün içinde yanıt vereceğiz."),
    ("tr", "extended", "Merhaba, yanıt süresi 30 gün daha uzatılmıştır."),
]


@pytest.mark.parametrize("lang,kind,body", THIN)
def test_amharic_hindi_and_turkish_replies_are_read(lang, kind, body):
    c = read(body)
    assert c.kind == kind
    if kind == "confirmed":  # read only by a language read in part: a person reads it, told the language
        assert c.confidence < ACT_CONFIDENCE and c.language == lang


@pytest.mark.parametrize("lang", ["am", "hi", "tr"])
def test_amharic_hindi_and_turkish_exact_confirm_your_request_opens_the_link(lang):
    body = next(b for la, k, b in THIN if la == lang and k == "verify_link")
    msg = parse(mail(body))
    c = classify(msg)
    assert c.confidence >= ACT_CONFIDENCE
    assert choose_link(msg, ["broker.example"]).url == "https://broker.example/confirm?t=8812"


# safety: a negation, the future, a condition, or a negated document ask in these languages
@pytest.mark.parametrize("body", [
    "ሰላም። የግል መረጃዎ ከድረ ገጻችን ገና አልተሰረዘም።",
    "ሰላም። የግል መረጃዎ በ10 ቀናት ውስጥ ይሰረዛል።",
    "नमस्ते। आपकी जानकारी अभी तक नहीं हटाई गई है।",
    "नमस्ते। आपकी जानकारी 7 दिनों के भीतर हटा दी जाएगी।",
    "नमस्ते। यदि आप पुष्टि करते हैं तो आपकी जानकारी हटा दी गई है।",
    "Merhaba, kişisel verileriniz henüz silinmedi.",
    "Merhaba, kişisel verileriniz 30 gün içinde silinecektir.",
    "Merhaba, talebinizi onaylamanız halinde verileriniz silinmiş sayılır.",
])
def test_amharic_hindi_and_turkish_non_confirmations_stay_unconfirmed(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    "ሰላም። ጥያቄዎን ተቀብለናል። መታወቂያ መላክ አያስፈልግም።",
    "नमस्ते। हमें आपका अनुरोध मिल गया है। पहचान पत्र भेजने की ज़रूरत नहीं है।",
    "Merhaba, talebinizi aldık. Kimlik fotokopisi göndermenize gerek yoktur.",
])
def test_a_negated_document_ask_in_amharic_hindi_and_turkish_is_no_ask(body):
    assert read(body).kind == "acknowledged"


def test_a_turkish_marketing_list_removal_is_no_removal():
    assert read("Merhaba, e-posta adresiniz pazarlama listemizden çıkarıldı.").kind == "unsure"


# 13. A digest of several tickets: a person reads which is this one (set L en-54); one ticket's
#     status line alone is not a digest
def test_a_digest_of_several_tickets_is_for_a_person():
    body = ("Here is a summary of your requests.\n#10233 Remove my listing - Solved\n"
            "#10251 Remove my listing (Perez) - Open\n#10260 Delete my data - Pending\n")
    assert read(body, headers="Auto-Submitted: auto-generated\n").kind == "unsure"
    assert read("Resumen de sus solicitudes:\n#20011 Eliminar mi perfil - Resuelto\n#20017 Eliminar datos - Abierto\n").kind == "unsure"


# 14. "Send the request again from the consumer's own address": an ask (set L es-14)
@pytest.mark.parametrize("body", [
    "For security reasons we only accept requests sent from the address linked to the record. Please ask the consumer to resend the request from their own email address.",
    "Por seguridad, pídale a la persona que vuelva a enviar la solicitud desde su propio correo electrónico.",
    "Pour des raisons de sécurité, la personne doit renvoyer la demande depuis sa propre adresse.",
])
def test_resend_from_ones_own_address_is_an_ask(body):
    assert read(body).kind == "needs_info"


# 15. The right to complain to the regulator, under a condition, says nothing of what was done
#     (set L es-27); a refusal beside it stays one (safety)
@pytest.mark.parametrize("body", [
    "We deleted your data. If you believe your rights were not respected, you can lodge a complaint with the data protection authority.",
    "Hemos suprimido sus datos. Si considera que sus derechos no han sido atendidos, puede presentar una reclamación ante la AEPD.",
    "Nous avons supprimé vos données. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.",
])
def test_the_right_to_complain_under_a_condition_leaves_a_deletion_confirmed(body):
    assert read(body).kind == "confirmed"


def test_a_refusal_beside_the_right_to_complain_stays_a_refusal():
    assert read("We have not deleted your data, but you can lodge a complaint with the data protection authority.").kind == "refused"


def test_a_negated_deletion_inside_the_complaint_sentence_is_not_read_past():  # safety
    body = "Your request was processed. If you disagree that we have not deleted your data, you may lodge a complaint with the data protection authority."
    assert read(body).kind != "confirmed"


# 16. Somali: identity not verified, request not carried out (set L so-02)
def test_a_somali_identity_not_verified_is_a_refusal():
    c = read("Ma aanan awoodin inaan xaqiijino aqoonsigaaga, sidaas darteed codsigaaga waa la xiray.")
    assert c.kind == "refused"


# 17. A plain part that only says "best viewed in HTML": the HTML is the mail (set L en-70); a plain
#     part that says more is read as before
def _alternative(plain: str, html: str) -> bytes:
    return ("From: privacy@broker.example\nTo: ana@example.org\nSubject: Your request\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=XX\n\n--XX\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{plain}\n--XX\nContent-Type: text/html; charset=utf-8\n\n{html}\n--XX--\n").encode()


@pytest.mark.parametrize("plain", [
    "This message is best viewed in an HTML-capable email client.",
    "Este mensaje se ve mejor en un cliente de correo compatible con HTML.",
    "Ce message s'affiche mieux dans un client compatible HTML.",
])
def test_a_plain_part_pointing_to_the_html_leaves_the_html_as_the_mail(plain):
    html = "<p>We have completed your request. Your personal information has been deleted from our database.</p>"
    assert classify(parse(_alternative(plain, html))).kind == "confirmed"


def test_a_plain_part_that_says_more_is_still_read():  # safety: a stale plain part still holds a confirmation back
    plain = "Best viewed in HTML. Your request is in progress; we will write when it is done."
    html = "<p>We have completed your request. Your personal information has been deleted.</p>"
    assert classify(parse(_alternative(plain, html))).kind != "confirmed"


# 18. A person forwarding the broker's mail with a line of their own: the broker's mail is read (set L
#     en-53), and a success or a link in it goes to a person; a broker forwarding its own team's note,
#     or our letter forwarded inside a broker, is read as before
def _forward(own: str, inner_from: str, inner_subject: str, inner_body: str, sender: str = "rosa@mail.example") -> bytes:
    return (f"From: Rosa <{sender}>\nTo: clinic@clinica.example\nSubject: Fwd: {inner_subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{own}\n\n---------- Forwarded message ---------\n"
            f"From: {inner_from}\nDate: Thu, 1 Oct 2026 09:12:00 +0000\nSubject: {inner_subject}\nTo: <{sender}>\n\n{inner_body}\n").encode()


def test_a_forwarded_id_demand_is_read():
    raw = _forward("Les reenvío esto, no sé qué hacer.", "Privacy <privacy@broker.example>", "Action needed",
                   "Before we can delete your data, please upload a copy of a government-issued ID to our portal.")
    assert classify(parse(raw)).kind == "needs_id"


def test_a_forwarded_completion_goes_to_a_person():
    raw = _forward("¿Ya quedó?", "Privacy <privacy@broker.example>", "Request complete",
                   "Your personal information has been deleted from our systems.")
    c = classify(parse(raw))
    assert c.kind == "confirmed" and c.confidence < ACT_CONFIDENCE


def test_a_brokers_own_forwarded_note_is_read_as_before():
    raw = _forward("Hi, I'm forwarding our data team's note below. Your profile has been removed.",
                   "Data team <data@broker.example>", "Re: removal", "Done, profile gone.", sender="support@broker.example")
    assert classify(parse(raw)).kind == "confirmed"


# 19. An identity quiz behind a link ("to continue, verify your identity: you will be asked a few
#     questions"): the person must answer, so it is needs_id, never a link opened on their behalf
#     (set L en-11, fr-01; their labels say verify_link: see BENCHMARKS.md, branch r20)
@pytest.mark.parametrize("body", [
    "We received your request. To continue, verify your identity: you will be asked a few questions.\nStart verification: https://broker.example/verify/881",
    "Recibimos su solicitud. Para continuar, verifique su identidad respondiendo unas preguntas.\nhttps://broker.example/verify/881",
    "Pour continuer, vérifiez votre identité : quelques questions vous seront posées.\nhttps://broker.example/verify/881",
])
def test_an_identity_quiz_behind_a_link_is_for_the_person(body):
    assert read(body).kind == "needs_id"
