"""Classes of reply wording that set J (tests/replies/setj) showed were misread, once it was retired
(2026-11-30, branch r18), each fixed in the languages the reader has rules for and asserted here in
wordings of our own (none is a sentence of set J). Cases marked safety must hold either way: what
the fix may not turn into a confirmation or an opened link."""

from __future__ import annotations

import pytest

from optout.mail import choose_link, classify, parse


def mail(body: str, subject: str = "Re: Data deletion request", headers: str = "", html: str | None = None) -> bytes:
    head = f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n{headers}"
    if html is not None:
        return (head + "Content-Type: text/html; charset=utf-8\n\n" + html + "\n").encode()
    return (head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: Data deletion request", headers: str = ""):
    return classify(parse(mail(body, subject, headers)))


# 1. A "No, keep it" / decline link beside the confirm link is never a confirm link (set J en-40)
@pytest.mark.parametrize("yes,no", [
    ("Yes, delete my listing", "No, keep my listing"),
    ("Yes, remove it", "No, keep it"),
    ("Confirm removal", "Decline"),
    ("Sí, eliminar mi perfil", "No, conservarlo"),
    ("Oui, supprimer ma fiche", "Non, la garder"),
    ("Ja, Eintrag jetzt löschen", "Nein, behalten"),
    ("Sim, excluir meus dados", "Não, manter"),
    ("Sì, elimina i miei dati", "No, mantienilo"),
    ("Ja, verwijder mijn gegevens", "Nee, behouden"),
])
def test_a_keep_it_or_decline_link_is_never_the_one_to_open(yes, no):
    html = (f'<p>We found the profile. Please confirm you want it removed:</p>'
            f'<p><a href="https://broker.example/r/ok/77a1">{yes}</a></p>'
            f'<p><a href="https://broker.example/r/no/77a1">{no}</a></p>')
    msg = parse(mail("", html=html))
    choice = choose_link(msg, ["broker.example"])
    assert choice.status == "open" and choice.url == "https://broker.example/r/ok/77a1"


def test_a_decline_path_is_never_opened_even_without_words():
    body = ("Please confirm you want the profile removed.\n\nConfirm: https://broker.example/remove/yes/5e\n\n"
            "Keep it: https://broker.example/remove/decline/5e\n")
    choice = choose_link(parse(mail(body)), ["broker.example"])
    assert choice.url == "https://broker.example/remove/yes/5e"


# 2. A ticket's number between the ticket and its status (set J nl-03)
@pytest.mark.parametrize("body", [
    "Your ticket #77120 has been closed. How would you rate our support?",
    "Su ticket n.º 4410 ha sido cerrado. ¿Cómo valora nuestra atención?",
    "Votre ticket n° 5521 a été clôturé. Que pensez-vous de notre service ?",
    "Ihr Ticket #8812 wurde geschlossen. Wie zufrieden waren Sie?",
    "O seu chamado #2231 foi encerrado. Avalie o nosso atendimento.",
    "Il ticket n. 6610 è stato chiuso. Come valuta il nostro servizio?",
    "Uw aanvraag #4410 is afgesloten. Hoe tevreden bent u?",
])
def test_a_ticket_closed_with_its_number_between_says_nothing_done(body):
    assert read(body).kind == "unsure"


# 3. An Outlook "Automatic reply:" of an office closed for the holidays (set J en-65)
@pytest.mark.parametrize("subject,body", [
    ("Automatic reply: Request to delete personal information", "Our office is closed until January 6. We will read your message when we are back."),
    ("Respuesta automática: Solicitud de eliminación", "La oficina permanece cerrada por vacaciones hasta el 7 de enero."),
    ("Réponse automatique : Demande de suppression", "Nos bureaux sont fermés jusqu'au 5 janvier."),
    ("Automatische Antwort: Antrag auf Löschung", "Unser Büro ist bis zum 6. Januar geschlossen."),
    ("Resposta automática: Pedido de exclusão", "O escritório está fechado até 6 de janeiro."),
    ("Risposta automatica: Richiesta di cancellazione", "L'ufficio è chiuso fino al 7 gennaio per le festività."),
    ("Automatisch antwoord: Verzoek tot verwijdering", "Ons kantoor is gesloten tot 6 januari."),
])
def test_an_automatic_reply_of_a_closed_office_is_an_auto_reply(subject, body):
    assert read(body, subject).kind == "auto_reply"


def test_an_automatic_reply_subject_does_not_hide_a_confirmation():  # safety: the words still decide
    assert read("We have deleted your personal information.", "Automatic reply: your request").kind == "confirmed"


# 4. Receipts: a Colombian "radicado", a preterite "recibimos", a queue, a removal promised (set J es-15, es-16, en-27)
@pytest.mark.parametrize("body", [
    "Su solicitud quedó radicada con el número 2026-77. Será atendida dentro de los diez (10) días hábiles siguientes.",
    "Recibimos tu solicitud y la estamos revisando.",
    "Recibimos su correo. Le avisaremos por este medio cuando tengamos una respuesta.",
    "Thanks, your request is in the queue and we'll email you when it's been handled.",
    "Your request is in our queue; your listing will be removed within 5 business days of processing.",
    "Votre demande est dans la file d'attente et votre fiche sera supprimée sous 72 heures.",
    "Su solicitud está en cola; su ficha será eliminada en un plazo de 72 horas.",
])
def test_receipts_and_promised_removals_are_acknowledged(body):
    assert read(body).kind == "acknowledged"


# 5. A polite ask in the plural or in Ukrainian (set J it-02, es-30, uk-02)
@pytest.mark.parametrize("body", [
    "Potreste indicarci la città e la data di nascita della persona?",
    "Potreste inviarci il link della scheda?",
    "¿Nos pueden indicar el estado donde vive la persona?",
    "¿Nos podrían enviar el enlace del perfil?",
    "Podem nos indicar a cidade da pessoa?",
    "Pouvez-vous nous indiquer la ville de la personne ?",
    "Kunnen jullie ons de link naar het profiel sturen?",
    "Вкажіть, будь ласка, місто: ми знайшли декількох людей з таким ім'ям.",
    "Надішліть нам, будь ласка, адресу сторінки.",
])
def test_polite_asks_in_other_persons_are_needs_info(body):
    assert read(body).kind == "needs_info"


# 6. An agent's proof asked for in everyday words; a thanks for proof received is no ask (set J en-45, en-59). Since
#    branch r42 (tests/replies/README.md, "Label rules") the signed authorisation alone is needs_info, not needs_id.
@pytest.mark.parametrize("body", [
    "Sure, but can you send me something signed by your client saying you may act for her?",
    "Please send us a letter signed by the consumer that authorizes you.",
    "¿Nos puede enviar un documento firmado por la persona que le autorice?",
    "Merci de nous transmettre un document signé par la personne concernée.",
])
def test_an_agents_proof_in_everyday_words_is_asked_for(body):
    assert read(body).kind == "needs_info"


@pytest.mark.parametrize("body", [
    "Thank you for the signed authorization. Once it is reviewed we will delete the profile and let you know.",
    "Thanks for sending the power of attorney; our team will review it and get back to you.",
    "Gracias por la autorización firmada. La revisaremos y le responderemos.",
    "Merci pour la procuration. Nous reviendrons vers vous après vérification.",
    "Vielen Dank für die Vollmacht. Wir werden Ihre Anfrage bearbeiten.",
])
def test_thanks_for_proof_received_is_no_ask(body):
    assert read(body).kind == "acknowledged"


# 7. Refusals no rule read (set J en-17, en-19, es-08, tl-01, pl-02, sv-02)
@pytest.mark.parametrize("body,reason", [
    ("We do not accept requests from authorized agents or other third parties; the consumer must write to us directly.", "agent not authorised"),
    ("Requests submitted by third parties cannot be processed. Please ask your client to contact us herself.", "agent not authorised"),
    ("No aceptamos solicitudes de terceros: la persona debe escribirnos directamente.", "agent not authorised"),
    ("Nous n'acceptons pas les demandes de tiers ; la personne doit nous écrire elle-même.", "agent not authorised"),
    ("Anfragen von Dritten können wir nicht bearbeiten.", "agent not authorised"),
    ("Because it was sent by an agent, your request has been declined.", "declined"),
    ("LookWide is a search engine and does not host the pages in its results; please contact the site that publishes them.", "not a data broker"),
    ("Somos un motor de búsqueda: no alojamos las páginas que aparecen en los resultados.", "not a data broker"),
    ("Nous sommes un moteur de recherche et n'hébergeons pas les pages affichées.", "not a data broker"),
    ("Wir sind eine Suchmaschine und hosten die angezeigten Seiten nicht.", "not a data broker"),
    ("Solo tramitamos las solicitudes de borrado que nos envían residentes de California.", "not a resident"),
    ("We only process deletion requests that are sent to us by residents of states with a privacy law.", "not a resident"),
    ("Tumatanggap lamang kami ng kahilingan mula sa mga residente ng California.", "not a resident"),
    ("Przetwarzamy je w celu wypełnienia obowiązku prawnego (art. 17 ust. 3 lit. b RODO).", "exempt"),
    ("Datele sunt păstrate în temeiul art. 17 alin. (3) lit. b din GDPR.", "exempt"),
    ("We must keep this information to comply with a legal obligation.", "exempt"),
    ("Conservamos estos datos para cumplir una obligación legal.", "exempt"),
    ("Uppgifterna är allmänna handlingar och publiceras med stöd av utgivningsbevis.", "publicly available"),
    ("Uppgifterna kommer inte att tas bort.", "declined"),
    ("Dane pochodzą ze źródeł publicznych.", "publicly available"),
])
def test_refusals_no_rule_read_are_refusals(body, reason):
    got = read(body)
    assert (got.kind, got.reason) == ("refused", reason)


@pytest.mark.parametrize("body", [  # safety: a deletion told of is not turned into a refusal by these words
    "We accepted your request as authorized agent and have deleted the consumer's profile.",
    "Hemos eliminado el perfil. Gracias por escribirnos como agente autorizado.",
])
def test_an_agents_request_honoured_is_still_confirmed(body):
    assert read(body).kind == "confirmed"


# 8. A refusal's words that are no refusal (set J en-48, en-09, en-07, es-18)
@pytest.mark.parametrize("body,kind", [
    ("Which state does the consumer live in? Please tell us; we will not deny the request while we wait.", "needs_info"),
    ("Please tell us the consumer's state of residence. We won't reject the request in the meantime.", "needs_info"),
    ("Sorry for our earlier e-mail saying we could not find the listing: we found it and have removed it.", "confirmed"),
    ("Disculpe nuestro mensaje anterior en el que decíamos que no encontramos el perfil: lo hemos eliminado.", "confirmed"),
    ("We did not find any sale of the data beyond what was deleted; all records were erased on May 2.", "confirmed"),
    ("Necesitamos 45 días más para completar su solicitud. Todavía no hemos borrado ningún dato.", "extended"),
    ("We need 45 more days to complete your request. We have not yet deleted any data.", "extended"),
])
def test_a_refusals_words_that_are_no_refusal(body, kind):
    assert read(body).kind == kind


@pytest.mark.parametrize("body", [  # safety: the refusals these must never swallow
    "We could not find any records matching the details you provided.",
    "No encontramos ningún dato de la persona en nuestra base.",
    "We did not find any sale of the data, and no records about the consumer.",
])
def test_a_real_no_record_stays_a_refusal(body):
    got = read(body)
    assert got.kind == "refused" and got.reason == "no record"


# 9. An extension without a count of days (set J en-31)
@pytest.mark.parametrize("body", [
    "Status: Extended. The due date for your request is now March 3, 2027.",
    "We need more time to complete your request; the due date has been extended to March 3.",
    "Necesitamos más tiempo para atender su solicitud.",
    "Nous avons besoin de plus de temps pour traiter votre demande.",
    "Wir benötigen mehr Zeit, um Ihre Anfrage zu bearbeiten.",
    "Precisamos de mais tempo para concluir o seu pedido.",
    "Abbiamo bisogno di più tempo per completare la sua richiesta.",
    "Wij hebben meer tijd nodig om uw verzoek af te handelen.",
])
def test_an_extension_without_its_days_is_extended(body):
    assert read(body).kind == "extended"


def test_an_ask_for_more_time_from_the_person_is_no_extension():  # safety
    assert read("If you need more time to gather the documents, just let us know.").kind != "extended"


# 10. Successes: a listing kept from coming back, a suppression done and the page to follow, plain words
@pytest.mark.parametrize("body", [
    "Your listing has been removed and flagged so that it is not republished.",
    "We have deleted your profile; it will not be republished.",
    "Hemos eliminado su ficha y no volverá a publicarse.",
    "Nous avons supprimé votre fiche ; elle ne sera pas republiée.",
    "Wir haben Ihren Eintrag gelöscht; er wird nicht erneut veröffentlicht.",
    "Excluímos os seus dados, que não voltarão a ser publicados.",
    "Abbiamo eliminato la scheda, che non verrà ripubblicata.",
    "Wij hebben uw vermelding verwijderd; deze wordt niet opnieuw gepubliceerd.",
    "我们已删除您的全部个人信息，今后不会再被发布。",
    "Your record has been suppressed and will be removed from our website within 48 hours.",
    "Su ficha ha sido suprimida y será retirada de nuestro sitio en 48 horas.",
    "took your page down this morning and deleted her row from the database",
    "ya borré la página de la señora",
    "I deleted her profile from my site.",
])
def test_successes_read_as_confirmations(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [  # safety: what these fixes may never confirm
    "Your listing has not been removed, but it will not be republished.",
    "Your request has been processed and your data will be removed from our website within 30 days.",
    "Your record will be suppressed and removed from our website within 48 hours.",
    "We took the request and will take the page down this week.",
    "I have not deleted her profile yet.",
    "No borré la página.",
    "我们尚未删除您的个人信息，今后不会再被发布。",
    "Hemos recibido su solicitud; su ficha no volverá a publicarse cuando la eliminemos.",
])
def test_what_these_successes_never_confirm(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [  # safety: more time only if needed is a receipt, not an extension
    "We expect to respond within 45 days. If we need more time, we will let you know.",
    "Responderemos en 45 días; si necesitamos más tiempo, se lo comunicaremos.",
    "Nous répondrons sous un mois ; si nous avons besoin de plus de temps, nous vous le dirons.",
])
def test_more_time_only_if_needed_is_no_extension(body):
    assert read(body).kind != "extended"


# ---- Verification links in the languages read in part: calibrated as their confirmations are -------
from optout.mail._classify import ACT_CONFIDENCE, CORE_CONFIDENCE, THIN_OTHER, THIN_VERIFY_EXACT  # noqa: E402

EXACT_CONFIRM_REQUEST = [  # the request itself named as what is confirmed
    "Подтвердите ваш запрос на удаление: https://broker.example/optout/confirm/71ab",
    "Vui lòng xác nhận yêu cầu xóa hồ sơ: https://broker.example/optout/confirm/71ab",
    "请确认您的删除请求： https://broker.example/optout/confirm/71ab",
    "يرجى تأكيد طلبك: https://broker.example/optout/confirm/71ab",
    "Tanpri konfime demann ou an: https://broker.example/optout/confirm/71ab",
    "Fadlan xaqiiji codsigaaga: https://broker.example/optout/confirm/71ab",
    "Pakikumpirma ang iyong kahilingan: https://broker.example/optout/confirm/71ab",
    "아래 링크에서 삭제 요청을 확인해 주세요: https://broker.example/optout/confirm/71ab",
    "Potwierdź swój wniosek: https://broker.example/optout/confirm/71ab",
    "Подтвердите удаление: https://broker.example/optout/confirm/71ab",
    "Bekräfta din begäran: https://broker.example/optout/confirm/71ab",
]
GENERIC_CLICK = [  # only "click the link" or "confirm your e-mail": no exact "confirm your request"
    "Нажмите на ссылку: https://broker.example/optout/confirm/71ab",
    "Nhấn vào liên kết: https://broker.example/optout/confirm/71ab",
    "请点击以下链接： https://broker.example/optout/confirm/71ab",
    "Klike lyen sa a: https://broker.example/optout/confirm/71ab",
    "Guji linkiga: https://broker.example/optout/confirm/71ab",
    "I-click ang link: https://broker.example/optout/confirm/71ab",
    "아래 링크를 클릭해 주세요: https://broker.example/optout/confirm/71ab",
    "Kliknij w link: https://broker.example/optout/confirm/71ab",
    "Klicka på länken: https://broker.example/optout/confirm/71ab",
]


@pytest.mark.parametrize("body", EXACT_CONFIRM_REQUEST)
def test_an_exact_confirm_your_request_in_a_language_read_in_part_is_acted_on_at_the_lowest_confidence(body):
    c = read(body)
    assert (c.kind, c.confidence) == ("verify_link", THIN_VERIFY_EXACT) and c.confidence >= ACT_CONFIDENCE


@pytest.mark.parametrize("body", GENERIC_CLICK)
def test_a_bare_click_the_link_in_a_language_read_in_part_goes_to_a_person(body):
    c = read(body)
    assert (c.kind, c.confidence) == ("verify_link", THIN_OTHER) and c.confidence < ACT_CONFIDENCE


def test_the_seven_languages_asks_to_confirm_keep_their_confidence():
    for body in ("Please confirm your request: https://broker.example/optout/confirm/71ab",
                 "Para confirmar su solicitud, haga clic aquí: https://broker.example/optout/confirm/71ab"):
        assert read(body).confidence == CORE_CONFIDENCE


def _html_choice(link_words: str, url: str, lead: str = ""):
    html = f'<p>{lead}</p><p><a href="{url}">{link_words}</a></p><p><a href="https://broker.example/c/no">Отменить</a></p>'
    return choose_link(parse(mail("", html=html)), ["broker.example"])


def test_a_link_chosen_by_thin_words_is_opened_only_on_an_exact_wording_on_the_brokers_host():
    # an exact "confirm your request" on the broker's host: opened, at the lowest confidence acted on
    exact = _html_choice("Подтвердить запрос", "https://broker.example/x/71ab", "Подтвердите ваш запрос.")
    assert (exact.status, exact.confidence) == ("open", THIN_VERIFY_EXACT)
    # the same words behind a click-tracker: a person decides (never followed on thin words)
    tracked = _html_choice("Подтвердить запрос", "https://click.mailer.example/ls/71ab", "Подтвердите ваш запрос.")
    assert tracked.status == "follow" and tracked.confidence == THIN_OTHER < ACT_CONFIDENCE
    # only "confirm" on the link, no request named anywhere: a person decides
    bare = _html_choice("Подтвердить", "https://broker.example/x/71ab", "Здравствуйте.")
    assert bare.status == "open" and bare.confidence == THIN_OTHER < ACT_CONFIDENCE
    # the seven languages' words keep the core confidence
    core = _html_choice("Confirm my request", "https://broker.example/x/71ab")
    assert (core.status, core.confidence) == ("open", CORE_CONFIDENCE)


def test_the_benchmark_counts_a_thin_link_as_not_opened(tmp_path):
    from optout.mail._corpus import score

    (tmp_path / "ru-1.eml").write_bytes(mail("Нажмите на ссылку: https://broker.example/optout/confirm/71ab"))
    (tmp_path / "labels.csv").write_text("file,lang,class,reason,link,domains\nru-1.eml,ru,verify_link,,,broker.example\n")
    row = score(tmp_path).rows[0]
    assert row.link_opened is None and not row.wrong_link


@pytest.mark.parametrize("body,reason", [
    ("Odmawiamy usunięcia: przetwarzanie jest niezbędne do wywiązania się z prawnego obowiązku (art. 17 ust. 3 RODO).", "exempt"),
    ("Webbplatsen har utgivningsbevis och är grundlagsskyddad.", "publicly available"),
])
def test_refusals_in_the_word_order_real_pages_use(body, reason):
    # Polish guides write "prawnego obowiązku" as often as "obowiązku prawnego"; IMY writes of sites
    # with an "utgivningsbevis" being "grundlagsskyddad"
    got = read(body)
    assert (got.kind, got.reason) == ("refused", reason)


@pytest.mark.parametrize("body", [  # safety, found by probing this branch's own rules
    "We will take the page down and deleted rows are purged weekly.",
    "The listing has been suppressed and will be removed from our site once you verify your e-mail.",
    "Our office is closed. We have deleted your listing.",  # the office closed for no time: no auto-reply either
    "We took the page down for maintenance; please send the request again.",
])
def test_what_probing_the_new_rules_found(body):
    c = read(body)
    assert not (c.kind == "confirmed" and ("deleted rows" in body or "maintenance" in body or "once you verify" in body))
    if "office is closed." in body:
        assert c.kind == "confirmed"


def test_a_no_record_after_an_earlier_message_clause_is_still_a_refusal():
    assert read("Sorry for our earlier e-mail saying we deleted the profile: we could not find it.").kind == "refused"


def test_the_email_confirmation_step_opens_a_thin_link_only_on_an_exact_wording_on_the_brokers_host():
    # the web opt-outs' e-mail confirmation step (optout/steps/runner.py) picks its link through the_link
    from optout.errors import NeedsHuman
    from optout.mail._used import the_link

    exact = parse(mail("Подтвердите ваш запрос: https://broker.example/optout/confirm/71ab"))
    assert the_link(exact, ["broker.example"], None) == "https://broker.example/optout/confirm/71ab"
    bare = parse(mail("", html='<p>Здравствуйте.</p><p><a href="https://broker.example/x/71ab">Подтвердить</a></p>'))
    with pytest.raises(NeedsHuman) as raised:
        the_link(bare, ["broker.example"], None)
    assert raised.value.url == "https://broker.example/x/71ab"  # named for the person, not opened


def test_a_lead_starting_with_no_does_not_make_the_confirm_link_a_decline():  # safety of the "No, keep it" rule
    body = "Hello.\n\nNo further action is needed after this. To confirm your removal, open: https://broker.example/optout/confirm/5\n"
    assert choose_link(parse(mail(body)), ["broker.example"]).url == "https://broker.example/optout/confirm/5"
