"""Classes of reply that set N2 (tests/replies/setn2) showed were misread, once it was retired
(2026-12-01, branch r23), and the known fault of accented words that fold into another word, each
fixed in the languages the reader has rules for and asserted here in wordings of our own (none is a
sentence of set N2). Cases marked safety must hold either way: what a fix may not turn into a
confirmation, an ask or a link to open."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from optout.mail import classify, parse
from optout.mail._classify import ACT_CONFIDENCE, fold


def mail(body: str, subject: str = "Re: Deletion request", html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "privacy@broker.example", "clinic@example.org", subject
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def html_only(html: str, subject: str = "Re: Deletion request") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "privacy@broker.example", "clinic@example.org", subject
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def read(body: str, subject: str = "Re: Deletion request", **kw):
    return classify(parse(mail(body, subject, **kw)))


# 1. The HTML alternative quotes our letter in a <blockquote type="cite"> (or Gmail's, Yahoo's,
#    Outlook's quote), unmarked by "> ": its words ("a copy of the client's ID is attached") were read
#    as the broker's, an ID ask over a completed deletion. The quote is the letter we sent, as in the
#    plain part.
OUR_LETTERS = {
    "en": "We act for our client, whose signed authorization and a copy of her passport are attached. Please delete all "
          "personal information you hold and confirm in writing.",
    "es": "Actuamos en nombre de nuestra clienta; adjuntamos su autorización firmada y una copia de su pasaporte. "
          "Solicitamos que eliminen todos sus datos personales.",
    "pt": "Representamos a nossa cliente; seguem em anexo a autorização assinada e uma cópia do passaporte dela. "
          "Pedimos a exclusão de todos os dados pessoais.",
    "fr": "Nous agissons pour notre cliente ; son mandat signé et une copie de son passeport sont joints. Merci de "
          "supprimer toutes ses données personnelles.",
}
ANSWERS = {
    "en": "We have deleted your client's profile and the phone numbers linked to it.",
    "es": "Hemos eliminado el perfil de su clienta y los teléfonos vinculados.",
    "pt": "Excluímos o perfil da sua cliente e os telefones ligados a ele.",
    "fr": "Nous avons supprimé le profil de votre cliente et les numéros de téléphone associés.",
}
QUOTES = [
    '<blockquote type="cite">{letter}</blockquote>',
    '<div class="gmail_quote"><div dir="ltr">On Mon, 2 Nov 2026, Clinic wrote:</div><blockquote class="gmail_quote">'
    '<p>{letter}</p></blockquote></div>',
    '<div class="yahoo_quoted"><p>{letter}</p></div>',
]


@pytest.mark.parametrize("lang", sorted(ANSWERS))
@pytest.mark.parametrize("quote", QUOTES)
def test_our_letter_quoted_in_the_html_alternative_is_not_the_brokers_ask(lang, quote):
    letter = OUR_LETTERS[lang]
    plain = f"{ANSWERS[lang]}\n\nOn Mon, 2 Nov 2026, Clinic <clinic@example.org> wrote:\n> {letter}\n"
    html = f"<p>{ANSWERS[lang]}</p>" + quote.format(letter=letter)
    got = read(plain, html=html)
    assert got.kind == "confirmed" and got.confidence >= ACT_CONFIDENCE


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_our_letter_quoted_in_an_html_only_reply_is_not_the_brokers_ask(lang):
    html = f"<p>{ANSWERS[lang]}</p>" + QUOTES[0].format(letter=OUR_LETTERS[lang])
    assert classify(parse(html_only(html))).kind == "confirmed"


def test_outlooks_quoted_mail_after_its_header_is_not_the_brokers_ask():
    html = (f"<div><p>{ANSWERS['en']}</p></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Clinic<br><b>Sent:</b> "
            f"Monday</div><div><p>{OUR_LETTERS['en']}</p></div>")
    assert classify(parse(html_only(html))).kind == "confirmed"


# safety: the broker's own words in the HTML still decide, and an ask outside the quote is an ask
@pytest.mark.parametrize(("plain", "html", "kind"), [
    ("We have deleted the profile.", "<p>Please send us a copy of your passport before we delete the profile.</p>"
     + QUOTES[0].format(letter="Please delete my data."), "needs_id"),
    ("Hemos eliminado el perfil.", "<p>Envíenos una copia de su identificación oficial.</p>"
     + QUOTES[1].format(letter="Eliminen mis datos."), "needs_id"),
    ("Nous avons supprimé le profil.", "<p>Votre demande est en cours de traitement.</p>"
     + QUOTES[0].format(letter="Supprimez mes données."), "acknowledged"),
])
def test_the_brokers_own_html_words_outside_the_quote_still_decide(plain, html, kind):
    assert read(plain, html=html).kind == kind


def test_a_decision_the_broker_quotes_in_a_plain_blockquote_is_still_read():
    # a <blockquote> with no type="cite" is the broker's own layout (an indented notice), not a quote
    html = "<p>Here is our decision:</p><blockquote><p>We have deleted your client's profile.</p></blockquote>"
    assert classify(parse(html_only(html))).kind == "confirmed"


# 2. Accent-bearing words whose folded form is another word the rules read: Spanish and Italian
#    "sí"/"sì" (yes) folded to "si" (if), Vietnamese "chia sẻ" (share) to "se" (will, if), Romanian
#    "și" (and) to "si"; so a completed deletion read as a condition.
@pytest.mark.parametrize("body", [
    "Sí, hemos eliminado todos los datos de su clienta de nuestra base.",
    "Sí: el perfil y las direcciones de su cliente han sido eliminados.",
    "Le confirmamos que sí borramos la ficha y los teléfonos de su clienta.",
    "SÍ, HEMOS ELIMINADO SU PERFIL.",
    "Sì, abbiamo cancellato tutti i dati del suo cliente.",
    "Le confermiamo che sì, i dati della sua cliente sono stati cancellati.",
])
def test_an_accented_yes_before_a_deletion_is_a_confirmation(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence >= ACT_CONFIDENCE


@pytest.mark.parametrize("body", [
    "Chúng tôi đã xóa hồ sơ của quý vị và đã ngừng chia sẻ thông tin của quý vị.",
    "Chúng tôi đã xóa hồ sơ của khách hàng, kể cả những gì đã chia sẻ với đối tác.",
    "Cererea a fost analizată și datele clientei au fost șterse.",
])
def test_a_word_that_folded_into_if_or_will_no_longer_hides_a_deletion(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE  # a language read in part: a person reads it


# safety, the other way: the unaccented "si"/"se" is still "if", and Vietnamese "sẽ" still "will"
@pytest.mark.parametrize("body", [
    "Si nos confirma su correo, sus datos han sido eliminados.",
    "Si usted lo confirma, hemos eliminado todos sus datos.",
    "Se confermate l'indirizzo, i dati sono stati cancellati.",
    "Se confirmar o seu e-mail, os seus dados foram excluídos.",
    "Si vous confirmez votre adresse, vos données ont été supprimées.",
    "Hồ sơ của quý vị sẽ được xóa trong vòng 30 ngày.",
    "¿Sí? ¿Han sido eliminados los datos?",
    "No sé si sus datos han sido eliminados.",
    "Sí, recibimos su solicitud; si verificamos su identidad, sus datos serán eliminados.",
])
def test_a_real_condition_future_or_question_beside_a_yes_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_reply_with_an_accented_yes_is_still_an_ask():
    assert read("Para confirmar la eliminación, responda a este correo con la palabra SÍ.").kind == "needs_info"
    assert read("Per confermare la cancellazione, risponda a questa e-mail con la parola SÌ.").kind == "needs_info"


@pytest.mark.parametrize(("word", "kept"), [
    ("Sí", "sí"), ("sì", "sì"), ("sé", "sé"), ("sẻ", "sẻ"), ("și", "și"), ("şi", "şi"),
    ("sẽ", "se"), ("si", "si"), ("así", "asi"), ("más", "mas"), ("é", "e"), ("là", "la"), ("él", "el"), ("où", "ou"),
])
def test_fold_keeps_the_accent_only_where_it_tells_if_from_another_word(word, kept):
    assert fold(word) == kept


# safety: the pairs that fold together on purpose read right either way (é/e, más/mas, él/el, là/la, où/ou)
@pytest.mark.parametrize(("body", "kind"), [
    ("Excluímos os seus dados. O perfil já não é exibido no site.", "confirmed"),
    ("O seu pedido é importante; os dados ainda não foram excluídos.", "unsure"),
    ("Su perfil ya no aparece más en nuestro sitio: lo hemos eliminado.", "confirmed"),
    ("Hemos eliminado el perfil de su cliente; él ya no aparece en las búsquedas.", "confirmed"),
    ("Nous avons supprimé le profil ; il n'apparaît plus là où il était publié.", "confirmed"),
    ("Abbiamo cancellato il profilo: non è più visibile.", "confirmed"),
])
def test_the_pairs_that_fold_together_on_purpose_still_read_right(body, kind):
    assert read(body).kind == kind


# 3. "Please see below." above the answer of the broker's own privacy or legal team, quoted: the
#    quoted mail is the answer (read by a person before a success is acted on, as a forward is)
def below(own: str, sender: str, quoted: str, frm: str = "help@support.quillfind.example") -> bytes:
    body = f"{own}\n\nOn Tue, 3 Nov 2026 10:00:00 +0000, Privacy Team <{sender}> wrote:\n" + \
        "\n".join("> " + line for line in quoted.splitlines()) + "\n"
    return (f"From: {frm}\nTo: clinic@clinic.example\nSubject: Fwd: Ticket 5521\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()


@pytest.mark.parametrize(("own", "quoted", "kind"), [
    ("Hi, please see the answer below.\nSupport", "Ticket 5521: the client's profile and phone numbers have been deleted.", "confirmed"),
    ("Hola:\nVea la respuesta abajo.\nSoporte", "Hemos eliminado el perfil y los teléfonos de su clienta.", "confirmed"),
    ("Olá,\nVeja a resposta abaixo.", "Excluímos o perfil e os telefones da sua cliente.", "confirmed"),
    ("Bonjour,\nVoir la réponse ci-dessous.", "Nous avons supprimé le profil de votre cliente.", "confirmed"),
    ("See below.", "We decline this request: the consumer is not a resident of a state whose law applies.", "refused"),
    ("Vea abajo.", "Para continuar, envíenos una copia de la identificación oficial de su clienta.", "needs_id"),
])
def test_the_brokers_own_answer_quoted_below_a_pointer_is_read(own, quoted, kind):
    got = classify(parse(below(own, "privacy@quillfind.example", quoted)))
    assert got.kind == kind
    if kind == "confirmed":
        assert got.confidence < ACT_CONFIDENCE  # a relay: a person reads it before it is acted on


# safety: our own letter quoted, another company's mail quoted, or more than a pointer: not read as the answer
def test_our_own_letter_quoted_below_a_pointer_is_not_the_answer():
    got = classify(parse(below("Please see below.", "clinic@clinic.example",
                               "Please delete all data. We have deleted nothing ourselves; a copy of her ID is attached.")))
    assert got.kind not in ("confirmed", "needs_id")


def test_another_companys_mail_quoted_below_a_pointer_is_not_the_answer():
    got = classify(parse(below("See below.", "privacy@otherbroker.example", "We have deleted the profile of your client.")))
    assert got.kind != "confirmed"


def test_an_answer_of_its_own_above_a_quote_is_read_first():
    own = "We received your request and are reviewing it; we will answer within 45 days. See our previous note below."
    got = classify(parse(below(own, "privacy@quillfind.example", "We have deleted the profile of your client.")))
    assert got.kind == "acknowledged"


# 4. A completed deletion said impersonally: Spanish reflexive past, "se procedió a la eliminación",
#    Italian "si è provveduto alla cancellazione", French "il a été procédé à la suppression",
#    Portuguese "procedeu-se à exclusão", Dutch "er is overgegaan tot verwijdering"
@pytest.mark.parametrize("body", [
    "Se eliminaron la ficha y los dos teléfonos de su clienta el 2 de noviembre.",
    "Se borró el perfil de su cliente de nuestro buscador.",
    "Se procedió a la supresión de todos los datos de su clienta.",
    "Si è provveduto alla cancellazione di tutti i dati della sua cliente.",
    "Il a été procédé à l'effacement des données de votre cliente.",
    "Procedeu-se à eliminação dos dados da sua cliente.",
    "Er is overgegaan tot verwijdering van alle gegevens van uw cliënte.",
])
def test_an_impersonal_completed_deletion_is_a_confirmation(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence >= ACT_CONFIDENCE


# safety: the same forms as a promise, a question, under a negation or a condition, or of another person
@pytest.mark.parametrize("body", [
    "Se eliminarán los datos de su clienta en un plazo de 30 días.",
    "Procederemos a eliminar los datos de su clienta.",
    "Cuando verifiquemos la identidad, se procederá a la eliminación.",
    "¿Se eliminaron los datos de su clienta?",
    "No se eliminaron los datos de su clienta.",
    "Si se confirma la identidad, se eliminaron también los teléfonos.",
    "Se eliminaron los datos de otra persona con el mismo nombre.",
    "Si provvederà alla cancellazione dei dati entro 30 giorni.",
    "Il sera procédé à la suppression des données après vérification.",
])
def test_an_impersonal_promise_question_or_negation_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


# 5. "Already removed (after an earlier request); nothing about you remains": the data is gone, and a
#    "no record" beside it only says why nothing is found now. A confirmation, in the seven languages.
@pytest.mark.parametrize("body", [
    "Your client's listing was already removed on 14 May 2026 after a previous request. We hold no information about her.",
    "Los datos de su clienta ya fueron eliminados el 14 de mayo de 2026 por una solicitud anterior. No conservamos ningún dato suyo.",
    "Les données de votre cliente ont déjà été supprimées le 14 mai 2026. Nous ne détenons plus aucune information la concernant.",
    "Die Daten Ihrer Mandantin wurden bereits am 14. Mai 2026 gelöscht. Wir haben keine Daten mehr über sie gespeichert.",
    "Os dados da sua cliente já foram excluídos em 14 de maio de 2026. Não encontramos nenhum registro dela.",
])
def test_already_removed_beside_no_record_is_a_confirmation(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence >= ACT_CONFIDENCE


# safety: a plain "no record", with something else deleted, a condition or a negation, stays "no record"
@pytest.mark.parametrize("body", [
    "We found no record of your client. We have deleted the copy of her ID you sent us.",
    "We found no record of your client. If we had found one, it would already have been deleted.",
    "We hold no information about your client. We deleted your request from our queue.",
    "No encontramos ningún registro de su clienta. Si lo hubiéramos encontrado, ya lo habríamos eliminado.",
    "Nous n'avons trouvé aucune information concernant votre cliente.",
])
def test_no_record_without_an_earlier_removal_stays_no_record(body):
    got = read(body)
    assert got.kind == "refused" and got.reason == "no record"


def test_another_persons_record_already_removed_is_no_confirmation():
    body = ("The profile of another person with the same name was already removed last year. "
            "We found no record of your client.")
    assert read(body).kind != "confirmed"


# 6. A month read as a negation: Italian "mai" (never) is French and Romanian May ("le 14 mai 2026",
#    "en mai", "pe 3 mai"): a completed deletion dated in May read as not done
@pytest.mark.parametrize("body", [
    "Les données de votre cliente ont été supprimées le 14 mai 2026.",
    "Le profil de votre cliente a été supprimé en mai.",
    "Nous avons supprimé la fiche de votre cliente le 1er mai.",
])
def test_a_deletion_dated_in_may_is_a_confirmation(body):
    assert read(body).kind == "confirmed"


def test_a_romanian_deletion_dated_in_may_is_a_confirmation():
    got = read("Datele clientei au fost șterse pe 3 mai 2026.")
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE


# safety: Italian "mai" (never) still negates
@pytest.mark.parametrize("body", ["Non abbiamo mai cancellato i dati della sua cliente.", "I dati non sono mai stati cancellati."])
def test_italian_never_still_negates(body):
    assert read(body).kind != "confirmed"


# 7. An opt-out of sale and sharing, the reply saying the request deletes nothing (was unsure, or other in Spanish,
#    Portuguese and French). Branch r39 (r38's open question a, one rule for every set): "this request does not delete"
#    tells what the opt-out does, not that the deletion was refused: unsure; refused, processed as do-not-sell only,
#    when the data is said not deleted ("삭제되지 않습니다") or the deletion declined (tests/test_replies_pass39.py).
@pytest.mark.parametrize("body", [
    "Your request is complete: your personal information has been opted out of sale and sharing. "
    "This request does not delete the information we hold to provide our services.",
    "Su solicitud está completa. Excluimos los datos de su clienta de la venta a terceros. Esta solicitud no borra la información que conservamos.",
    "O pedido foi concluído. Desativamos a venda dos dados da sua cliente. Este pedido não apaga os dados que mantemos.",
    "Votre demande est traitée : nous avons désactivé la vente des données de votre cliente. Cette demande ne supprime pas les données que nous conservons.",
    "Yêu cầu đã hoàn tất: chúng tôi đã ngừng bán thông tin của khách hàng. Yêu cầu này không xóa dữ liệu mà chúng tôi lưu giữ.",
])
def test_a_sale_opt_out_that_says_it_deletes_nothing_is_unsure(body):
    assert read(body).kind == "unsure"


def test_a_sale_opt_out_whose_data_is_said_not_deleted_is_refused():
    got = read("요청하신 내용은 개인정보 판매 및 공유 거부로 처리되었습니다. 보유 중인 정보는 삭제되지 않습니다.")
    assert got.kind == "refused" and got.reason == "processed as do-not-sell only"


# safety: Spanish "excluimos … de la venta" is no deletion (Portuguese "excluímos" is): main read it as a
# confirmation acted on (0.95); and a deletion beside a sale opt-out and a kept-by-law part is no refusal
def test_a_spanish_exclusion_from_sale_is_no_confirmation():
    assert read("Su solicitud está completa. Excluimos sus datos de la venta y del intercambio con terceros.").kind != "confirmed"


@pytest.mark.parametrize("body", [
    "We deleted your client's profile and opted her out of sale and sharing. This request does not delete records we must keep by law.",
    "Hemos eliminado el perfil de su clienta y ya no venderemos sus datos. Esta solicitud no elimina los datos que la ley nos obliga a guardar.",
])
def test_a_deletion_beside_a_sale_opt_out_is_no_do_not_sell_refusal(body):
    assert read(body).kind != "refused"


# 8. A help desk's status table: the type a deletion, the status a completion (HTML cells, one row a line)
def table(rows: list[tuple[str, str]], intro: str = "<p>Here is the current status of your request.</p>") -> bytes:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return html_only(f"{intro}<table>{cells}</table>", subject="Privacy request update (RQ-44120)")


@pytest.mark.parametrize("rows", [
    [("Request ID", "RQ-44120"), ("Request type", "Deletion"), ("Status", "Completed"), ("Closed on", "11/02/2026")],
    [("Número", "RQ-44120"), ("Tipo de solicitud", "Eliminación de datos"), ("Estado", "Finalizada")],
    [("Référence", "RQ-44120"), ("Type de demande", "Suppression des données"), ("Statut", "Terminée")],
    [("Protocolo", "RQ-44120"), ("Tipo de pedido", "Exclusão de dados"), ("Status", "Concluído")],
])
def test_a_status_table_with_a_completed_deletion_is_a_confirmation(rows):
    got = classify(parse(table(rows)))
    assert got.kind == "confirmed" and got.confidence >= ACT_CONFIDENCE


# safety: another type, another status, or no type: not a confirmation
@pytest.mark.parametrize("rows", [
    [("Request ID", "RQ-44120"), ("Request type", "Opt-out of sale"), ("Status", "Completed")],
    [("Request ID", "RQ-44120"), ("Request type", "Deletion"), ("Status", "In progress")],
    [("Request ID", "RQ-44120"), ("Request type", "Deletion"), ("Status", "Denied")],
    [("Número", "RQ-44120"), ("Tipo de solicitud", "Eliminación de datos"), ("Estado", "Pendiente")],
    [("Request ID", "RQ-44120"), ("Status", "Completed")],
])
def test_a_status_table_without_a_completed_deletion_is_no_confirmation(rows):
    assert classify(parse(table(rows))).kind != "confirmed"


# 9. An office closed for a holiday, with its dates: an auto-reply
@pytest.mark.parametrize("body", [
    "Thank you for your e-mail. Our offices are closed for the New Year holiday from December 31 to January 2. We will answer when we return.",
    "Gracias por su mensaje. Nuestras oficinas permanecen cerradas por las fiestas del 24 al 26 de diciembre.",
    "Merci pour votre message. Nos bureaux sont fermés pour les congés de fin d'année jusqu'au 2 janvier.",
])
def test_an_office_closed_for_a_holiday_is_an_auto_reply(body):
    assert read(body, subject="Automatic reply: Deletion request").kind == "auto_reply"


# 10. A ticket "marked as solved" in the Romance languages' words: nothing said of what was done
@pytest.mark.parametrize("body", [
    "Su solicitud (#7781) se ha marcado como resuelta. Para reabrirla, responda a este correo.",
    "Votre demande (#7781) a été marquée comme résolue.",
    "O seu pedido (#7781) foi marcado como resolvido.",
    "La sua richiesta (#7781) è stata contrassegnata come risolta.",
])
def test_a_ticket_marked_solved_is_unsure(body):
    assert read(body, subject="[Help] #7781").kind == "unsure"


# 11. A refusal in the negated future after the reason ("we only hold business contact data")
@pytest.mark.parametrize("body", [
    "We only hold business contact details taken from company websites. We will therefore not delete this record.",
    "Nous ne détenons que des coordonnées professionnelles. Nous ne supprimerons donc pas cette fiche.",
    "Solo tenemos datos de contacto de empresa; no eliminaremos esta ficha.",
    "Deteniamo solo dati di contatto aziendali: non cancelleremo questa scheda.",
])
def test_we_will_not_delete_is_a_refusal(body):
    assert read(body).kind == "refused"


def test_we_will_never_sell_beside_a_deletion_is_no_refusal():
    assert read("We have deleted your client's profile. We will never sell her data.").kind == "confirmed"


# 12. Persian (Farsi, Dari) and Swahili: the states a reply really takes; a success only in a completed
#     past form, at 0.85 (a person reads it, translated)
@pytest.mark.parametrize("body", [
    "اطلاعات موکل شما از سامانه ما حذف شد.",
    "ما نمایه و شماره‌های تلفن موکل شما را حذف کردیم.",
    "پرونده موکل شما از فهرست ما حذف گردید.",
    "اطلاعات موكل شما حذف شده است.",  # Arabic ك on an Arabic keyboard
    "Tumefuta taarifa zote za mteja wako kwenye tovuti yetu.",
    "Taarifa za mteja wako zimefutwa kutoka kwenye orodha yetu.",
    "Wasifu wa mteja wako umeondolewa.",
])
def test_a_persian_or_swahili_completed_deletion_is_a_confirmation_a_person_reads(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE


# safety: a future, a negation, a condition or a question is no confirmation
@pytest.mark.parametrize("body", [
    "اطلاعات موکل شما ظرف ۳۰ روز حذف خواهد شد.",
    "اطلاعات موکل شما هنوز حذف نشده است.",
    "ما اطلاعات موکل شما را حذف نکردیم.",
    "اگر هویت موکل تأیید شود، اطلاعات حذف شد.",
    "آیا اطلاعات موکل شما حذف شد؟",
    "Taarifa za mteja wako zitafutwa ndani ya siku 30.",
    "Bado hatujafuta taarifa za mteja wako.",
    "Taarifa za mteja wako hazijafutwa.",
    "Ikiwa tutathibitisha utambulisho, taarifa zimefutwa.",
    "Je, taarifa za mteja wangu zimefutwa?",
])
def test_a_persian_or_swahili_promise_negation_condition_or_question_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_an_arabic_not_before_a_deletion_still_negates():
    # Persian "ما" (we, our) no longer negates a Persian success; Arabic "ما" (not) still negates an Arabic one
    assert read("ما تم حذف بيانات موكلتكم.").kind != "confirmed"


@pytest.mark.parametrize(("body", "kind"), [
    ("لطفاً تصویر کارت ملی یا گذرنامه موکل را برای ما بفرستید.", "needs_id"),
    ("برای ادامه، یک سوگندنامه محضری با امضای موکل لازم است.", "needs_id"),
    ("درخواست شما را دریافت کردیم و ظرف ۴۵ روز پاسخ می‌دهیم.", "acknowledged"),
    ("هیچ اطلاعاتی درباره موکل شما در سامانه ما پیدا نکردیم.", "refused"),
    ("Tafadhali tutumie nakala ya kitambulisho cha mteja wako au pasipoti yake.", "needs_id"),
    ("Tumepokea ombi lako na tutalishughulikia ndani ya siku 45.", "acknowledged"),
    ("Hatukupata taarifa zozote kuhusu mteja wako.", "refused"),
    ("Ombi lako limeshughulikiwa kama kusitisha uuzaji wa taarifa. Hatutauza tena taarifa za mteja wako, lakini hatukuzifuta.", "refused"),
])
def test_persian_and_swahili_asks_receipts_and_refusals_are_read(body, kind):
    assert read(body).kind == kind


@pytest.mark.parametrize("body", [
    "برای تکمیل، درخواست خود را تأیید کنید: https://broker.example/confirm?t=fa91",
    "Tafadhali thibitisha ombi lako: https://broker.example/confirm?t=sw33",
])
def test_a_persian_or_swahili_ask_to_confirm_is_read_and_left_to_a_person(body):
    got = read(body)
    assert got.kind == "verify_link" and got.confidence < ACT_CONFIDENCE


def test_persian_and_swahili_are_named_as_read_in_part():
    from optout.mail._language import PARTIAL_LANGUAGES
    assert {"fa", "sw"} <= PARTIAL_LANGUAGES


# 13. Set M's remaining misses in languages without rules: Nepali (read as Hindi by Lingua), a Persian
#     "tell us which record", a Tagalog "send the signed copy"
@pytest.mark.parametrize(("body", "kind"), [
    ("हामीले तपाईंको अनुरोध प्राप्त गर्यौं। हामी ३० दिनभित्र जवाफ दिनेछौं।", "acknowledged"),
    ("हामीले कुनै परिवर्तन नगरी यो अनुरोध बन्द गरेका छौं।", "refused"),
    ("कृपया ग्राहकको नागरिकताको प्रमाणपत्र वा राहदानीको प्रतिलिपि पठाउनुहोस्।", "needs_id"),
    ("لطفاً بگویید کدام یک از این دو پرونده متعلق به موکل شماست.", "needs_info"),
    ("Wala pa kaming binura. Ipadala ang kopyang may pirma ng inyong kliyente.", "needs_info"),
])
def test_nepali_persian_and_tagalog_asks_receipts_and_closures_are_read(body, kind):
    assert read(body).kind == kind


def test_a_nepali_completed_deletion_is_a_confirmation_a_person_reads():
    got = read("तपाईंको ग्राहकको विवरण हाम्रो वेबसाइटबाट हटाइएको छ।")
    assert got.kind == "confirmed" and got.confidence < ACT_CONFIDENCE


@pytest.mark.parametrize("body", [
    "तपाईंको ग्राहकको विवरण ३० दिनभित्र हटाइनेछ।",
    "तपाईंको ग्राहकको विवरण अझै हटाइएको छैन।",
    "यदि पहिचान पुष्टि भयो भने विवरण हटाइएको छ।",
])
def test_a_nepali_promise_negation_or_condition_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


# 14. Ukrainian "if" and future beside "видалено": a promise, not a deletion (main read it as one, at 0.85)
@pytest.mark.parametrize("body", [
    "Ми отримали ваш запит. Якщо ми знайдемо запис про вашу клієнтку, його буде видалено протягом 30 днів.",
    "Дані вашої клієнтки буде видалено після перевірки особи.",
    "Коли ми перевіримо запит, дані буде видалено.",
])
def test_a_ukrainian_promise_to_delete_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_a_ukrainian_deletion_done_is_still_a_confirmation():
    assert read("Дані вашої клієнтки видалено з нашої бази.").kind == "confirmed"


def test_a_ukrainian_receipt_with_a_promise_is_acknowledged():
    body = "Ми отримали ваш запит. Якщо ми знайдемо запис про вашу клієнтку, його буде видалено протягом 30 днів."
    assert read(body).kind == "acknowledged"
