"""Classes of reply that set Q (tests/replies/setq) showed were misread, once it was retired (2026-12-02,
branch r27); each fixed in the languages it applies to and asserted here in wordings of our own (none is a
sentence of set Q). Cases marked "stays" must hold either way: what a fix may not turn into a
confirmation, a refusal, an ask or a link to open."""

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


def acted_on_as_confirmed(got) -> bool:
    return got.kind == "confirmed" and got.confidence >= ACT_CONFIDENCE


# 1. An objection to marketing, or a newsletter left, recorded: no deletion asked or said, a person looks
#    (unsure); it was "other" (no rule) in every language but English.
MARKETING_OBJECTION = [
    ("fr", "Madame, votre opposition au démarchage publicitaire a été enregistrée. Vous ne recevrez plus de "
           "sollicitations de notre part ; votre adresse figure désormais sur notre liste d'exclusion."),
    ("de", "Guten Tag, Ihr Widerspruch gegen Werbung per Post wurde eingetragen. Ab sofort erhalten Sie keine "
           "Werbepost mehr von uns."),
    ("it", "Gentile signora, abbiamo preso nota della sua opposizione al marketing diretto: non riceverà più "
           "offerte via posta o telefono."),
    ("nl", "Beste mevrouw, u bent afgemeld voor gerichte reclame per post; uw adres staat op onze blokkeerlijst."),
    ("pl", "Szanowna Pani, odnotowaliśmy sprzeciw wobec reklam wysyłanych pocztą. Nie będzie Pani otrzymywać "
           "od nas ofert handlowych."),
    ("es", "Hola: a partir de hoy ya no recibirá nuestros boletines de novedades. Gracias por habernos leído."),
    ("pt", "Olá, você não receberá mais nossas ofertas por e-mail. Seu endereço ficará numa lista de bloqueio."),
    ("en", "Your opt-out from our direct marketing mailings has been recorded. Please allow a few weeks for "
           "catalogues already printed."),
]


@pytest.mark.parametrize("lang,text", MARKETING_OBJECTION)
def test_a_marketing_objection_recorded_is_a_part_a_person_reads(lang, text):
    got = read(text)
    assert got.kind == "unsure", (lang, got.kind, got.rule)


# stays: a deletion said in words beside the newsletter left is still the deletion
@pytest.mark.parametrize("text", [
    "We have deleted your profile and all records about you. You will no longer receive our newsletter either.",
    "Hemos eliminado su perfil y sus datos. Ya no recibirá nuestros boletines.",
])
def test_a_deletion_beside_a_newsletter_left_stays_a_deletion(text):
    assert acted_on_as_confirmed(read(text))


# 2. An account closed, a newsletter left or a sale opt-out done, and the listing's deletion said to be a
#    separate request at a page or form the reply names: the next step is a person's (needs_info). Korean
#    read the account's deletion as a deletion (0.85); the others read unsure, refused or nothing.
LISTING_ROUTE = [
    ("en", "We closed your member account and erased its search history. Note that people-search listings are "
           "not part of an account: to have a listing taken down, please use our opt-out page."),
    ("en", "Your Do Not Sell choice is on file for this browser. If you also want your profile removed from our "
           "directory, that is a separate request, made on our removal form."),
    ("es", "Cerramos su cuenta de usuario y borramos sus búsquedas. Los perfiles públicos del directorio no "
           "dependen de la cuenta; para eliminarlos, use nuestra página de exclusión."),
    ("pt", "Encerramos sua conta de assinante. Para remover o perfil público do diretório, é preciso um pedido "
           "separado no nosso formulário de exclusão."),
    ("fr", "Votre compte client a été clôturé. Pour la suppression de votre fiche dans l'annuaire, faites une "
           "demande distincte sur notre page de suppression."),
    ("tl", "Isinara na namin ang inyong account. Ang inyong profile sa direktoryo ay hiwalay na kahilingan sa "
           "aming opt-out page."),
    ("ko", "회원 계정이 삭제되었습니다. 검색 결과의 인물 프로필은 별도로 삭제를 요청해 주셔야 합니다."),
]


@pytest.mark.parametrize("lang,text", LISTING_ROUTE)
def test_the_listing_sent_to_its_own_request_is_an_ask(lang, text):
    got = read(text)
    assert got.kind == "needs_info", (lang, got.kind, got.rule)


# stays: the listing removed, another thing's route named, is the removal; one site of a family removed and
# the sister sites' form named stays a part done (set M's label)
def test_a_listing_removed_beside_the_account_route_stays_a_deletion():
    got = read("We have removed your listing from our directory. To close your account as well, use the form in "
               "your settings.")
    assert acted_on_as_confirmed(got)


@pytest.mark.parametrize("text", [
    "Eliminamos la ficha de su clienta de nuestro sitio. Los sitios de nuestra empresa hermana atienden sus "
    "propias solicitudes: envíe una solicitud aparte en su formulario de privacidad.",
    "We deleted the profile from PeopleNook. Our partner sites handle their own requests; please submit a "
    "separate request on each site's removal form.",
])
def test_one_site_done_and_a_form_for_the_others_stays_a_part(text):
    got = read(text)
    assert got.kind == "unsure", (got.kind, got.rule)


# stays: "a separate request" for someone else's data names no listing: no ask (probe pass 25's class)
@pytest.mark.parametrize("text", [
    "We finished the erasure for the address kim@elsewhere.example. If you wrote for another person, please send "
    "a separate request.",
    "Terminamos el borrado para el correo ana@otra.example. Si escribió por otra persona, mande una solicitud aparte.",
])
def test_a_separate_request_for_another_person_is_no_ask(text):
    # (the English reads "confirmed" on main as here: an address erased is read as the request done; whose
    # address it is the mail flow does not check, noted in BENCHMARKS.md)
    got = read(text)
    assert got.kind != "needs_info", (got.kind, got.rule)


# stays: an account closed with no route named is never a confirmation of the listing
def test_an_account_closed_without_a_route_stays_unconfirmed():
    got = read("Your account has been closed and its saved searches deleted. Public profiles are not affected.")
    assert not acted_on_as_confirmed(got) and got.kind != "needs_info"


# 3. "We take no deletion request by e-mail: use our online form (or portal, or DROP)" is an ask (needs_info:
#    the broker says how to ask; the next step is a person's); the rule in docs/ARCHITECTURE.md's e-mail row.
NOT_BY_EMAIL = [
    ("en", "Thanks for writing. We can't accept privacy requests sent by e-mail. Please fill out the request "
           "form on our privacy page so we can process it."),
    ("en", "We no longer handle deletion requests received via email; please submit yours through the "
           "California DROP platform or our web form."),
    ("es", "No podemos tramitar peticiones de borrado por correo electrónico. Complete el formulario de "
           "privacidad de nuestra web, por favor."),
    ("pt", "Não aceitamos pedidos de exclusão por e-mail. Preencha o formulário no nosso portal de privacidade."),
    ("fr", "Nous ne pouvons pas traiter les demandes d'effacement par courriel : merci d'utiliser le formulaire "
           "de notre site."),
    ("it", "Non accettiamo richieste di cancellazione via e-mail: compili il modulo sul nostro sito."),
]


@pytest.mark.parametrize("lang,text", NOT_BY_EMAIL)
def test_not_by_email_and_a_form_named_is_an_ask(lang, text):
    got = read(text)
    assert got.kind == "needs_info", (lang, got.kind, got.rule)


# stays: the deletion left to the person ("log in and delete it yourself", set N2's "self-service only"), or
# a refusal on the merits beside "not by e-mail", is a refusal
@pytest.mark.parametrize("text", [
    "We do not process removal requests by email. To remove your profile, sign in to your account and choose "
    "Delete profile under Settings.",
    "We do not accept requests by e-mail; in any case your data is exempt under the FCRA, so it will not be deleted.",
])
def test_self_service_or_a_refusal_on_the_merits_stays_refused(text):
    assert read(text).kind == "refused"


# 4. An office closed for a holiday and reopening on a date: an out-of-office
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for your message. Our team is closed for the New Year break and will reopen on January 4."),
    ("pt", "Recebemos sua mensagem. Estamos em recesso de fim de ano; voltamos em 6 de janeiro."),
    ("es", "Nuestra oficina está cerrada por las fiestas y abrirá el 7 de enero."),
    ("zh", "您好，我们的办公室目前放假，将于1月5日恢复办公。"),
])
def test_an_office_closed_for_a_holiday_is_an_out_of_office(lang, text):
    got = read(text, subject="Automatic reply: Deletion request")
    assert got.kind == "auto_reply", (lang, got.kind, got.rule)


# stays: an answer beside the closure is the answer
def test_a_deletion_beside_a_holiday_closure_stays_the_deletion():
    got = read("We have deleted your profile. Our team is closed for the holiday break and will reopen on January 4.")
    assert acted_on_as_confirmed(got)


# 5. A person's short receipt, passing the letter to the team that acts: acknowledged
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks, received. I'm handing this over to our records team."),
    ("es", "Gracias, recibido. Se lo pasamos al departamento de privacidad."),
    ("pt", "Recebido, obrigado. Encaminhamos para a equipe jurídica."),
    ("it", "Ricevuto, grazie. Lo giriamo al nostro ufficio privacy."),
])
def test_a_letter_passed_to_the_team_is_a_receipt(lang, text):
    got = read(text)
    assert got.kind == "acknowledged", (lang, got.kind, got.rule)


# 6. A deletion in forms no rule read: "have each / both / all been deleted", Spanish's third-person
#    preterite after a team and "fue removido", Swedish's "inte längre visas" in a subordinate clause.
DONE_FORMS = [
    ("en", "Both listings you sent have each been removed from our site."),
    ("en", "The three records tied to your client have all been erased."),
    ("es", "Nuestro departamento legal ya borró los datos de su cliente."),
    ("es", "La ficha que nos indicó fue removida del directorio."),
    ("sv", "Vi kan meddela att uppgifterna har raderats och att sidan inte längre visas i sökningar."),
]


@pytest.mark.parametrize("lang,text", DONE_FORMS)
def test_a_deletion_in_these_forms_is_a_confirmation(lang, text):
    got = read(text)
    assert got.kind == "confirmed", (lang, got.kind, got.rule)


# stays: the same forms in the future, negated, under a condition or in a question are no confirmation
@pytest.mark.parametrize("text", [
    "Both listings will each be removed from our site next week.",
    "The three records have not all been erased yet.",
    "If the records have all been erased, we will write to you.",
    "Have both listings been removed?",
    "Nuestro departamento legal no borró los datos de su cliente.",
    "Cuando el departamento legal borre los datos, le avisaremos.",
    "La ficha no fue removida del directorio.",
    "Sidan kommer inte längre att visas när uppgifterna har raderats.",
    "Vi har inte raderat uppgifterna och sidan visas fortfarande.",
])
def test_near_misses_of_these_forms_stay_unconfirmed(text):
    assert not acted_on_as_confirmed(read(text))


#    and "will not come back" beside a deletion is its lasting, not a part left undone
@pytest.mark.parametrize("text", [
    "The profile you reported has been deleted and won't resurface in our search.",
    "Your listing has been removed and will not come back in our search results.",
])
def test_a_deletion_that_will_not_come_back_is_a_confirmation(text):
    assert acted_on_as_confirmed(read(text))


def test_a_listing_not_deleted_that_will_not_come_back_stays_unconfirmed():
    assert not acted_on_as_confirmed(read("Your listing has not been deleted yet, but it will not come back once it is."))


# 7. A receipt told as a queue or a next update: acknowledged
@pytest.mark.parametrize("lang,text", [
    ("es", "Su petición quedó en nuestra cola de trabajo. Recibirá otro correo cuando la terminemos."),
    ("es", "Aprobamos su solicitud: la ficha se borrará con la siguiente actualización del directorio."),
    ("ht", "Demann ou an apwouve. N ap retire fich ou a nan pwochen mizajou done nou yo."),
])
def test_a_queue_or_a_next_update_is_a_receipt(lang, text):
    got = read(text)
    assert got.kind == "acknowledged", (lang, got.kind, got.rule)


# 8. A request closed "without taking any steps" (refused); an extension with the months before the term
#    (extended); "we are not in a position to erase" (refused)
@pytest.mark.parametrize("text", [
    "Cerramos su solicitud sin adoptar ninguna medida, porque no recibimos respuesta.",
    "We closed your request without taking any steps, as we did not hear back from you.",
])
def test_closed_without_any_step_is_a_refusal(text):
    got = read(text)
    assert got.kind == "refused", (got.kind, got.rule)


@pytest.mark.parametrize("text", [
    "Debido a la carga de trabajo, ampliamos en dos meses el plazo para contestarle (art. 12.3 RGPD).",
    "Devido ao volume de pedidos, estendemos por dois meses o prazo de resposta.",
])
def test_an_extension_with_the_months_first_is_extended(text):
    assert read(text).kind == "extended"


@pytest.mark.parametrize("text", [
    "We are not in a position to delete this information, as the law requires us to keep it for six years.",
    "No estamos en condiciones de suprimir estos datos: la ley nos obliga a conservarlos.",
])
def test_not_in_a_position_to_erase_is_a_refusal(text):
    assert read(text).kind == "refused"


# 9. A refusal's words under the person's own condition ("if you do not, the profile stays public") beside a
#    confirm link: an ask to confirm, never a refusal
@pytest.mark.parametrize("text", [
    "Para completar la baja, pulse el enlace de confirmación. Si no lo hace, el perfil seguirá publicado.\n"
    "Confirmar la baja: https://broker.example/optout/confirm?id=77",
    "Pour terminer, cliquez sur le lien ci-dessous. Si vous ne le faites pas, la fiche restera visible.\n"
    "Confirmer : https://broker.example/optout/confirm?id=78",
])
def test_a_refusal_under_the_persons_step_beside_a_confirm_link_is_the_ask(text):
    got = read(text)
    assert got.kind == "verify_link", (got.kind, got.rule)


# stays: the profile staying public as the broker's decision is a refusal
def test_a_profile_that_stays_public_as_a_decision_stays_refused():
    assert read("Procesamos su solicitud solo como exclusión de venta; el perfil seguirá publicado.").kind == "refused"


# 10. Swedish "om" after a noun is "about", not "if": "uppgifterna om din klient har raderats" is a deletion
#     (0.85: Swedish is read in part); "om din ansökan godkänns" stays a condition
def test_swedish_om_after_a_noun_is_about_not_if():
    got = read("Vi meddelar att uppgifterna om din klient har raderats ur vårt register.")
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE, (got.kind, got.rule)


@pytest.mark.parametrize("text", [
    "Om din ansökan godkänns har uppgifterna raderats inom en vecka.",
    "Uppgifterna om din klient kommer att raderas när vi har granskat begäran.",
])
def test_swedish_if_and_future_stay_unconfirmed(text):
    assert read(text).kind != "confirmed"


# 11. A processor named beside its clients as publishers or advertisers, and in Chinese and Japanese: refused
@pytest.mark.parametrize("lang,text", [
    ("en", "Our company is a data processor for the advertisers and publishers on our exchange; we cannot act on "
           "your request ourselves."),
    ("zh", "您好，本公司只是替客戶處理資料的受託方，請向您使用的網站經營者提出刪除要求。"),
    ("ja", "当社は委託先として取引先企業のデータを扱っております。お手数ですが委託元の企業様にご連絡ください。"),
])
def test_a_processor_sending_the_person_back_is_refused(lang, text):
    got = read(text)
    assert got.kind == "refused" and got.reason == "service provider", (lang, got.kind, got.rule)


# 12. A ticket closed with its title quoted: closed, nothing said done (unsure), never a receipt or a success
@pytest.mark.parametrize("text", [
    'Your case #5521 "Remove my information" has been closed. Reply to reopen it.',
    'Su caso #5521 "Borrar mis datos" ha sido cerrado. Responda para reabrirlo.',
])
def test_a_ticket_closed_with_its_title_quoted_is_unsure(text):
    got = read(text)
    assert got.kind == "unsure", (got.kind, got.rule)


# 13. A Spanish receipt with its number between, and a status table's "in progress" row: acknowledged
@pytest.mark.parametrize("text", [
    "Hola: su solicitud de borrado n.º AB-7781 fue registrada y asignada a nuestro equipo.",
    "Solicitud | QX-118 |\nTipo | Borrar mis datos |\nEstado | En trámite |\nEste es el estado de su solicitud.",
    "Request | QX-118 |\nType | Delete my data |\nStatus | In progress |\nThis is your request's current status.",
])
def test_a_receipt_with_its_number_or_an_in_progress_row_is_acknowledged(text):
    got = read(text, subject="Update on your request")
    assert got.kind == "acknowledged", (got.kind, got.rule)


# 14. "We deleted what we need not keep; the rest is kept under a legal basis": a part done (unsure), not a refusal
@pytest.mark.parametrize("text", [
    "Borramos los datos personales que no estamos obligados a conservar. Se conservan algunos datos por obligación "
    "legal, como registros públicos exentos.",
    "Apagamos os dados pessoais que não somos obrigados a manter. Alguns dados públicos estão isentos da exclusão.",
])
def test_deleted_what_need_not_be_kept_is_a_part(text):
    got = read(text)
    assert got.kind == "unsure", (got.kind, got.rule)


# 15. Vietnamese "đã gỡ hồ sơ" and Tagalog "natanggal na ang listing": a deletion a person reads (0.85)
@pytest.mark.parametrize("lang,text", [
    ("vi", "Chúng tôi đã gỡ hồ sơ của bạn khỏi trang tìm kiếm của chúng tôi."),
    ("tl", "Natanggal na ang profile ninyo sa aming direktoryo."),
])
def test_vietnamese_and_tagalog_removed_is_a_deletion_a_person_reads(lang, text):
    got = read(text)
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE, (lang, got.kind, got.rule)


@pytest.mark.parametrize("text", [
    "Chúng tôi chưa gỡ bỏ hồ sơ của bạn.",
    "Chúng tôi sẽ gỡ bỏ hồ sơ của bạn trong 30 ngày.",
    "Hindi pa natanggal ang profile ninyo.",
    "Kung natanggal na ang profile ninyo, padadalhan namin kayo ng email.",
])
def test_vietnamese_and_tagalog_near_misses_stay_unconfirmed(text):
    assert read(text).kind != "confirmed"


# 16. Chinese "unsubscribed from our marketing mail": a mailing list left (unsure)
def test_chinese_marketing_unsubscribe_is_unsure():
    got = read("您好，您已退订我们的推广邮件，以后不会再收到优惠信息。")
    assert got.kind == "unsure", (got.kind, got.rule)


# 17. A log-in page to approve the request: verify_link, no link opened, below the confidence acted on
@pytest.mark.parametrize("text", [
    "To complete your removal request, log in to your account and confirm it under Privacy: "
    "https://broker.example/account/login?next=/privacy",
    "Para completar su solicitud de baja, inicie sesión en su cuenta y confírmela en Privacidad: "
    "https://broker.example/account/login?next=/privacidad",
])
def test_sign_in_to_approve_is_an_ask_to_confirm_with_no_link(text):
    got = read(text)
    assert got.kind == "verify_link" and not got.links and got.confidence < ACT_CONFIDENCE, (got.kind, got.rule, got.links)


# 18. An unsubscribe footer below a receipt leaves nothing undone: the receipt
@pytest.mark.parametrize("text", [
    "Thanks for your removal request. It is in our queue and usually finished within three days. You will get "
    "another e-mail once it is done.\n\nTo stop receiving marketing e-mails from us, unsubscribe here: "
    "https://mail.broker.example/u?x=1",
    "Gracias por su solicitud de baja. Está en nuestra cola; le escribiremos cuando esté hecha.\n\n"
    "Para dejar de recibir correos promocionales, dese de baja aquí: https://mail.broker.example/u?x=2",
])
def test_a_receipt_above_an_unsubscribe_footer_is_a_receipt(text):
    got = read(text)
    assert got.kind == "acknowledged", (got.kind, got.rule)


# stays: a deletion above the footer is never made more of a confirmation than it was
def test_a_footer_never_turns_a_part_into_a_confirmation():
    got = read("We removed one of your two listings; the other is still under review.\n\n"
               "To stop receiving marketing e-mails, unsubscribe here: https://mail.broker.example/u?x=3")
    assert not acted_on_as_confirmed(got)


# 19. A broker's answer forwarded "as attachment" (message/rfc822 under "Fwd:"): read by the attached mail, its
#     success going to a person (below the confidence acted on), never our own letter attached
def forwarded_as_attachment(note: str, inner_body: str, inner_from: str = "privacy@listbroker.example",
                            inner_subject: str = "Your removal request") -> bytes:
    inner = EmailMessage()
    inner["From"], inner["To"], inner["Subject"] = inner_from, "client@mailbox.example", inner_subject
    inner.set_content(inner_body)
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "volunteer@clinic.example", "cases@clinic.example", f"Fwd: {inner_subject}"
    outer.set_content(note)
    outer.add_attachment(inner)
    return outer.as_bytes()


@pytest.mark.parametrize("note,body", [
    ("Forwarding the broker's answer for the file.", "We have deleted the profile you asked about from our site."),
    ("Les reenvío la respuesta que recibió la clienta.", "Hemos eliminado su perfil de nuestro directorio."),
])
def test_an_answer_forwarded_as_attachment_is_read_and_goes_to_a_person(note, body):
    got = classify(parse(forwarded_as_attachment(note, body)))
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE, (got.kind, got.rule)


def test_an_attached_answer_that_is_not_done_stays_unconfirmed():
    got = classify(parse(forwarded_as_attachment("FYI", "Your profile has not been removed yet; we are still reviewing it.")))
    assert got.kind != "confirmed"


def test_our_own_letter_attached_is_not_the_answer():
    got = classify(parse(forwarded_as_attachment(
        "Forwarding our letter for the file.", "Please confirm once the deletion is complete. Reference: OPT-7K2Q9X",
        inner_from="cases@clinic.example", inner_subject="Request to delete personal information")))
    assert got.kind != "confirmed"


# 20. Greek, read in part: a deletion in a completed form at 0.85 (a person reads it, named as Greek); never a
#     future, a negation, a condition, a question or a newsletter left
@pytest.mark.parametrize("text", [
    "Αγαπητέ κύριε, τα προσωπικά δεδομένα του πελάτη σας διαγράφηκαν από τη βάση μας.",
    "Έχουμε διαγράψει το προφίλ σας από τον κατάλογο.",
])
def test_a_greek_deletion_is_read_and_goes_to_a_person(text):
    got = read(text)
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE, (got.kind, got.rule)


@pytest.mark.parametrize("text", [
    "Τα δεδομένα σας δεν διαγράφηκαν ακόμη.",
    "Τα δεδομένα σας θα διαγραφούν εντός 30 ημερών.",
    "Αν τα δεδομένα σας διαγράφηκαν, θα σας ενημερώσουμε.",
    "Διαγράφηκαν τα δεδομένα μου;",
])
def test_greek_near_misses_stay_unconfirmed(text):
    assert read(text).kind != "confirmed"


def test_a_greek_newsletter_left_is_unsure():
    got = read("Η διεύθυνσή σας διαγράφηκε από τη λίστα ενημερωτικών δελτίων μας. Δεν θα λαμβάνετε πλέον προσφορές.")
    assert got.kind == "unsure", (got.kind, got.rule)


def test_greek_is_named_as_read_in_part():
    from optout.mail._language import PARTIAL_LANGUAGES

    assert "el" in PARTIAL_LANGUAGES


# 21. One address of two deleted, none found for the other: unsure (a part), never a refusal of the whole
def test_one_address_deleted_and_none_found_for_the_other_is_a_part():
    got = read("We removed the listing tied to your client's first address. We found no record for the second address "
               "you gave, so nothing was done for it.")
    assert got.kind == "unsure", (got.kind, got.rule)


# stays: nothing found at all is the refusal "no record" the other sets label
def test_no_record_for_any_address_stays_refused():
    got = read("We found no record for the addresses you gave.")
    assert got.kind == "refused" and got.reason == "no record"


def test_no_record_and_another_address_invited_stays_refused():
    got = read("Nous n'avons trouvé aucune fiche à votre nom ; rien n'a donc été supprimé. Si vous avez une autre "
               "adresse, écrivez-nous de nouveau.", subject="Votre demande a été traitée")
    assert got.kind == "refused", (got.kind, got.rule)
