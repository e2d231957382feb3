"""Classes of reply that set M (tests/replies/setm) showed were misread, once it was retired
(2026-12-01, branch r21), each fixed in the languages the reader has rules for and asserted here in
wordings of our own (none is a sentence of set M). Cases marked safety must hold either way: what a
fix may not turn into a confirmation, an ask or a link to open."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from optout.mail import choose_link, classify, parse


def mail(body: str, subject: str = "Re: Deletion request", html: str | None = None,
         attached_html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "privacy@broker.example", "clinic@example.org", subject
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attached_html is not None:
        msg.add_attachment(attached_html, subtype="html", filename="decision.html")
    return msg.as_bytes()


def read(body: str, subject: str = "Re: Deletion request", **kw):
    return classify(parse(mail(body, subject, **kw)))


# 1. The decision only in an attached HTML file, the mail's body saying only "see the attachment"
#    (set M en-11, es-34): the file is read as a PDF letter is, in every rule language
@pytest.mark.parametrize(("body", "letter", "kind"), [
    ("Our answer is attached.", "<p>We searched our records and found no information about the person named.</p>", "refused"),
    ("Our answer is attached.", "<p>We have deleted the profile and the phone number you listed.</p>", "confirmed"),
    ("Adjuntamos nuestra respuesta.", "<p>Para continuar, envíenos una copia de su identificación oficial.</p>", "needs_id"),
    ("Vous trouverez notre réponse en pièce jointe.", "<p>Nous avons supprimé toutes les données de votre client.</p>", "confirmed"),
    ("Unsere Antwort finden Sie im Anhang.", "<p>Wir haben Ihre Daten gelöscht.</p>", "confirmed"),
    ("Segue a nossa resposta em anexo.", "<p>Não encontramos nenhum dado sobre o titular.</p>", "refused"),
])
def test_a_decision_only_in_an_attached_html_file_is_read(body, letter, kind):
    assert read(body, attached_html=f"<html><body>{letter}</body></html>").kind == kind


def test_an_attached_html_files_links_are_never_opened():
    # safety: the file's words are read, its links are no link of the mail's
    raw = mail("The decision is attached.", attached_html='<p>Please confirm your request: '
               '<a href="https://broker.example/confirm?t=1">confirm</a></p>')
    msg = parse(raw)
    assert "https://broker.example/confirm?t=1" not in msg.links
    assert choose_link(msg, ["broker.example"]).url is None


def test_an_attached_html_file_beside_a_full_answer_is_not_read():
    # safety: a long body is the answer; an attachment beside it may be our own letter sent back
    body = ("We have received your request and will answer within 45 days. " * 6).strip()
    got = read(body, attached_html="<p>We have deleted all of your client's data.</p>")
    assert got.kind == "acknowledged"


# 2. A plain part that only says "view this in your browser" (with its address) or "best viewed in a
#    browser that shows images": the mail is its HTML, with the image's alt text (set M en-12, en-13, es-14)
@pytest.mark.parametrize(("plain", "alt", "kind"), [
    ("View this e-mail in your browser: https://www.broker.example/m/1", "Your listing was deleted from our site.", "confirmed"),
    ("This e-mail is best viewed in a browser with images turned on.", "Please send us a copy of your driver's license to continue.", "needs_id"),
    ("Vea este correo en su navegador: https://www.broker.example/m/2", "Su perfil fue eliminado de nuestro sitio.", "confirmed"),
    ("Veja esta mensagem no navegador: https://www.broker.example/m/3", "Seus dados foram excluídos.", "confirmed"),
    ("Visualizza questo messaggio nel browser: https://www.broker.example/m/4", "I suoi dati sono stati cancellati.", "confirmed"),
    ("Bekijk deze e-mail in je browser: https://www.broker.example/m/5", "Uw gegevens zijn verwijderd.", "confirmed"),
])
def test_a_plain_part_that_only_points_to_the_browser_gives_way_to_the_html(plain, alt, kind):
    html = f'<html><body><img src="cid:x" alt="{alt}"></body></html>'
    assert read(plain, html=html).kind == kind


def test_a_plain_browser_note_beside_a_sentence_keeps_the_plain_part():
    # safety: a plain part with its own words is read; the HTML's success alone never confirms
    html = '<html><body><img src="cid:x" alt="Your listing was deleted from our site."></body></html>'
    got = read("View this e-mail in your browser. We will review your request and write again within 45 days.", html=html)
    assert got.kind != "confirmed"


# 3. An agent's proof reviewed or acknowledged ("we reviewed the signed permission you sent") is no
#    ask for it (set M en-01, en-09, fr-01)
@pytest.mark.parametrize(("body", "kind"), [
    ("We reviewed the authorization signed by your client. We have deleted her profile.", "confirmed"),
    ("We have checked the permission signed by the consumer. We deleted every listing.", "confirmed"),
    ("Hemos revisado el permiso firmado por la persona. Eliminamos todos sus datos.", "confirmed"),
    ("Nous accusons réception de votre demande et du mandat signé par votre client. Nous vous répondrons dans un délai d'un mois.", "acknowledged"),
    ("Wir haben die von Ihrem Mandanten unterschriebene Vollmacht geprüft. Wir haben die Daten gelöscht.", "confirmed"),
    ("Abbiamo verificato la delega firmata dalla persona. Abbiamo cancellato i suoi dati.", "confirmed"),
])
def test_an_agents_proof_reviewed_is_no_ask(body, kind):
    assert read(body).kind == kind


# safety: a proof reviewed and found lacking, or asked in the same sentence, is still asked
@pytest.mark.parametrize("body", [
    "We reviewed your request and need the authorization signed by your client.",
    "Hemos revisado su solicitud y necesitamos el permiso firmado por la persona.",
    "We have checked your letter; please send a permission signed by the consumer.",
])
def test_a_proof_reviewed_and_still_asked_is_asked(body):
    assert read(body).kind in ("needs_id", "needs_info")


# 4. A request closed without action (for inactivity, "no changes were made", an ask left unanswered
#    told of in passing) is a refusal, not an ask; an agent refused in the third person (set M en-27, es-17)
@pytest.mark.parametrize("body", [
    "We have closed your request without taking any action.",
    "Your request has been closed due to inactivity.",
    "Because we did not receive the additional information, your case was closed without making any changes.",
    "Como no recibimos la información adicional, cerramos su solicitud por inactividad.",
    "Como no recibimos los datos que pedimos, hemos cerrado su solicitud. No se realizó ningún cambio.",
    "Nous n'avons pas reçu les informations complémentaires : votre demande a été clôturée pour inactivité.",
    "Da wir keine Rückmeldung erhalten haben, wurde Ihre Anfrage wegen Inaktivität geschlossen.",
    "Como não recebemos as informações, seu pedido foi encerrado por inatividade.",
    "Non avendo ricevuto le informazioni, la sua richiesta è stata chiusa per inattività.",
    "Uw verzoek is gesloten wegens inactiviteit.",
])
def test_a_request_closed_without_action_is_refused(body):
    assert read(body).kind == "refused"


@pytest.mark.parametrize("body", [
    "Acme Lists does not accept privacy requests from third parties; the consumer must write to us herself.",
    "La empresa no acepta solicitudes de terceros ni de representantes.",
    "Notre société n'accepte pas les demandes de tiers.",
    "A empresa não aceita pedidos de terceiros.",
])
def test_an_agent_refused_in_the_third_person_is_refused(body):
    got = read(body)
    assert (got.kind, got.reason) == ("refused", "agent not authorised")


# safety: an ask that stands (after the closure, or not the object of "did not receive") still asks
@pytest.mark.parametrize("body", [
    "Please send the information we asked for in our last e-mail.",
    "We did not receive the information, please send the URL of the listing.",
    "Your request has been closed. Please send the URL if you still see the listing.",
    "We have not received the information yet; please reply with the listing's URL.",
])
def test_an_ask_still_standing_beside_a_closure_is_an_ask(body):
    assert read(body).kind == "needs_info"


# 5. "Tell us which record is your client's, so that we do not delete someone else's": an ask, and a
#    refusal's words in a purpose clause are no refusal (set M en-42, es-32)
@pytest.mark.parametrize("body", [
    "We found two profiles in Dallas and Austin. Please let us know which one is yours, so that we do not delete the wrong person's data.",
    "Encontramos dos perfiles. Díganos cuál es el suyo, para no borrar los datos de otra persona.",
    "Nous avons trouvé deux fiches. Indiquez-nous laquelle est la vôtre.",
    "Wir haben zwei Einträge gefunden. Teilen Sie uns bitte mit, welcher Ihrer ist.",
    "Encontramos dois perfis. Diga-nos qual é o seu.",
    "Abbiamo trovato due profili. Ci indichi quale è il suo.",
    "We found two profiles. Laat ons weten welke van u is.",
])
def test_which_record_is_an_ask(body):
    assert read(body).kind == "needs_info"


def test_a_refusal_with_a_purpose_after_it_is_still_a_refusal():
    # safety: only the refusal's words inside the purpose clause are spared
    assert read("We do not delete records that come from court files, so that our reports stay complete.").kind == "refused"


# 6. "Reply YES to confirm" (no link: a person answers) and "the consumer must confirm with us
#    directly" are asks, in the seven languages (set M en-25, pt-09)
@pytest.mark.parametrize("body", [
    "Just answer with YES to confirm the deletion of your profile.",
    "Répondez à ce message par OUI pour confirmer la suppression.",
    "Antworten Sie mit JA, um die Löschung zu bestätigen.",
    "Responda a este e-mail com a palavra CONFIRMO para confirmar a exclusão.",
    "Risponda a questa e-mail con SI per confermare la cancellazione.",
    "Antwoord met JA om de verwijdering te bevestigen.",
    "We will not act on the request until the consumer confirms with us directly that they gave you permission.",
    "No tramitaremos la solicitud hasta que el titular confirme directamente con nosotros.",
    "We have sent a verification e-mail to your client; please ask your client to confirm it.",
])
def test_reply_yes_and_confirm_directly_are_asks(body):
    got = read(body)
    assert got.kind == "needs_info" and not got.links


@pytest.mark.parametrize("body", [
    # safety: a success that invites questions is a success, and "reply STOP" is no ask
    "We have deleted your data. If you have questions, reply to this e-mail.",
    "Reply STOP to unsubscribe from these messages.",
])
def test_a_reply_invitation_is_no_confirm_ask(body):
    assert read(body).kind != "needs_info"


# 7. A mailbox nobody reads, in Spanish's reflexive ("este buzón no se revisa") (set M es-29)
@pytest.mark.parametrize("body", ["Este buzón no se revisa.", "Esta dirección de correo no se supervisa; use el formulario.",
                                  "Esta cuenta no se monitorea.", "Este buzón no se atiende; escriba al formulario."])
def test_an_unread_mailbox_in_spanish_is_an_auto_reply(body):
    assert read(body).kind == "auto_reply"


# 8. "Your request has not been confirmed and will expire": a reminder to confirm, not a refusal for
#    an identity not verified; a look-alike link is still never opened (set M en-54)
@pytest.mark.parametrize(("body", "link"), [
    ("Your deletion request has not been confirmed and will expire tomorrow. Click the link below to confirm your request:\nhttps://broker.example/confirm?t=8", True),
    ("Su solicitud no ha sido confirmada y caducará mañana. Haga clic en el enlace para confirmar su solicitud:\nhttps://broker.example/confirmar?t=8", True),
    ("Your removal request has not been confirmed and expires today. Click the link below to confirm your request:\nhttps://broker-privacy-team.example/confirm?t=8", False),
])
def test_a_request_about_to_expire_is_a_reminder_to_confirm(body, link):
    msg = parse(mail(body))
    got = classify(msg)
    assert got.kind == "verify_link"
    chosen = choose_link(msg, ["broker.example"])
    assert (chosen.status == "open" and chosen.confidence >= 0.9) == link


def test_a_request_never_confirmed_and_closed_is_still_refused():
    # safety: without a deadline to confirm by, an unconfirmed request is the portal's refusal
    assert read("Your request has not been confirmed, so it was closed.").kind == "refused"


# 9. Public sources named only as where the data came from, how they are used, or why a profile may
#    appear again: no refusal; a deletion beside them is confirmed (set M es-23, es-33)
@pytest.mark.parametrize("body", [
    "Eliminamos su perfil. Nuestros datos provienen de fuentes públicas; si se publica un registro nuevo, es posible que vuelva a aparecer.",
    "Nous avons supprimé votre fiche. Nos données proviennent de sources publiques : une fiche peut réapparaître si un nouveau registre est publié.",
    "Wir haben Ihr Profil gelöscht. Unsere Daten stammen aus öffentlichen Quellen; es kann wieder erscheinen.",
    "Excluímos o seu perfil. Nossos dados vêm de fontes públicas e um novo perfil pode voltar a aparecer.",
    "Abbiamo cancellato il profilo. I nostri dati provengono da fonti pubbliche e un profilo potrebbe ricomparire.",
    "We hebben uw profiel verwijderd. Onze gegevens komen uit openbare bronnen en kunnen opnieuw verschijnen.",
])
def test_a_deletion_beside_where_the_data_came_from_is_confirmed(body):
    assert read(body).kind == "confirmed"


def test_a_privacy_notice_that_names_public_sources_is_no_refusal():
    got = read("Actualizamos nuestro aviso de privacidad: explica mejor cómo usamos las fuentes públicas.", subject="Aviso de privacidad")
    assert got.kind != "refused"


@pytest.mark.parametrize(("body", "kind"), [
    # safety: public sources with a refusal or a keeping in the same sentence still refuse; never a confirmation
    ("Sus datos provienen de fuentes públicas, por lo que no podemos eliminarlos.", "refused"),
    ("Los datos provienen de fuentes públicas y seguirán publicados.", "refused"),
    ("Vos données proviennent de sources publiques et ne seront pas supprimées.", "refused"),
    ("Die Angaben stammen aus öffentlichen Registern. Eine Löschung ist deshalb nicht möglich.", "refused"),
    ("Les données viennent de sources publiques ; nous ne pouvons donc pas les retirer.", "refused"),
    ("De gegevens komen uit openbare registers en zijn openbaar toegankelijk.", "refused"),
    ("Sus datos provienen de fuentes públicas. Ocultamos su perfil de la búsqueda, pero los datos se conservan.", None),
])
def test_public_sources_with_a_refusal_still_refuse(body, kind):
    got = read(body)
    assert got.kind != "confirmed" and (kind is None or got.kind == kind)


# 10. "No longer shown" beside a deletion in Polish, Romanian and Swedish is the success itself, not a
#     negation (set M pl-01); a confirmation read by these languages' rules still goes to a person
@pytest.mark.parametrize("body", [
    "Dane zostały usunięte i nie są już wyświetlane w serwisie.",
    "Datele au fost șterse, iar profilul nu mai este afișat pe site.",
    "Uppgifterna har raderats och visas inte längre på webbplatsen.",
])
def test_no_longer_shown_beside_a_deletion_is_confirmed(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence < 0.9


@pytest.mark.parametrize("body", [
    # safety: the negation of the deletion itself still says it was not done
    "Dane nie zostały usunięte i nadal są wyświetlane.",
    "Profil nie jest już wyświetlany, ale dane nie zostały usunięte.",
    "Datele nu au fost șterse.",
])
def test_a_negated_deletion_in_polish_or_romanian_is_not_confirmed(body):
    assert read(body).kind != "confirmed"


# 11. "We have not deleted any data yet" (beside an ask) is no "no record"; and French's negation
#     elided onto the auxiliary ("nous n'avons rien supprimé") never confirms (set M pt-03)
@pytest.mark.parametrize("body", [
    "Nous n'avons encore supprimé aucune donnée.",
])
def test_nothing_deleted_yet_is_no_no_record(body):
    assert read(body).kind == "unsure"


@pytest.mark.parametrize("body", ["Nous n'avons rien supprimé.", "Nous n\u2019avons rien supprimé pour l'instant.",
                                  "Nous n'avons encore supprimé aucune donnée."])
def test_a_french_elided_negation_never_confirms(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    # safety: "no record" still reads where nothing was found, and a French success still confirms
    ("Não encontramos nenhum dado sobre o titular.", "refused"),
    ("Nous n'avons trouvé aucune donnée vous concernant.", "refused"),
    ("Nous avons supprimé votre fiche.", "confirmed"),
])
def test_no_record_and_a_french_success_still_read(body):
    assert read(body[0]).kind == body[1]


def test_an_ask_beside_nothing_deleted_yet_is_the_ask():
    body = ("Para atender um pedido feito por procurador, precisamos de uma cópia do documento de identidade do titular. "
            "Ainda não eliminamos nenhum dado.")
    assert read(body).kind == "needs_id"


# 12. An identity the broker could not verify is the agent's client's ("the identity of the consumer
#     named in your letter"): a refusal in the seven languages; under "if" it is no refusal (set M en-10)
@pytest.mark.parametrize("body", [
    "We were unable to verify the identity of the consumer named in your letter, so we cannot act on it.",
    "No pudimos verificar la identidad de la persona representada; cerramos la solicitud.",
    "Nous n'avons pas pu vérifier l'identité de la personne concernée.",
    "Wir konnten die Identität der betroffenen Person nicht überprüfen.",
    "Non siamo riusciti a verificare l'identità dell'interessato.",
    "Wij konden de identiteit van de betrokkene niet verifiëren.",
])
def test_the_clients_identity_not_verified_is_a_refusal(body):
    got = read(body)
    assert (got.kind, got.reason) == ("refused", "identity not verified")


@pytest.mark.parametrize("body", [
    "If we are unable to verify your identity, we will let you know.",
    "Thanks, we received your request. If we are unable to verify the identity of the consumer, we will let you know.",
])
def test_an_identity_not_verified_under_if_is_no_refusal(body):
    assert read(body).kind != "refused"


def test_an_identity_not_verified_is_still_refused_without_if():
    assert read("Unfortunately, we were unable to verify your identity, so the request is closed.").kind == "refused"


# 13. Another company named only to say it is none of the broker's ("separate companies, not
#     affiliated with us; we have no control over them"): the removal is confirmed (set M en-03)
@pytest.mark.parametrize("body", [
    "Your profile has been removed from FindUs. SeekFolk and PeopleDex are separate companies, not affiliated with us. We have no control over their sites.",
    "Hemos eliminado su perfil. BuscaYa es una empresa independiente y no está afiliada con nosotros.",
    "Nous avons supprimé votre fiche. VoisinsInfo est une société distincte, qui n'est pas affiliée à notre groupe.",
    "Removemos o seu perfil. O VizinhoFacil é uma empresa independente e não é afiliado à nossa empresa.",
])
def test_a_removal_beside_a_company_that_is_none_of_the_brokers_is_confirmed(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    # safety: an affiliate, a request to send them, or a part not removed stays a part left (unsure)
    "Your profile has been removed. PeopleDex is a separate company, not affiliated with us; please contact them to remove your data there.",
    "Your profile has been removed. PeopleDex is not affiliated with us, and your data there was not removed.",
    "Your profile has been removed. PeopleDex is run by our affiliate, which handles its own requests.",
    "我们已删除您的资料。另一个网站由我们的关联公司运营，请另外提交请求。",
    "Chúng tôi đã xóa hồ sơ của bạn. Trang kia do công ty liên kết quản lý.",
    "Ваши данные удалены. Другой сайт принадлежит аффилированной компании, отправьте отдельный запрос.",
    "귀하의 정보를 삭제했습니다. 다른 사이트는 계열사가 운영하므로 별도로 요청해 주세요.",
])
def test_a_removal_beside_an_affiliate_is_not_confirmed(body):
    assert read(body).kind != "confirmed"


# 14. Links: a link only in the quoted history (an earlier, expired one) gives way to the reply's
#     own new link (set M en-57); a shortener or a look-alike is never opened
def test_the_new_link_beats_the_expired_one_quoted_below():
    body = ("The link we sent before has expired. Please use this new link to confirm your request:\n"
            "https://www.broker.example/confirm?k=new1\n\n"
            "> On Oct 2, Broker wrote:\n> Click the link below to confirm your request:\n> https://www.broker.example/confirm?k=old1\n")
    choice = choose_link(parse(mail(body)), ["broker.example"])
    assert (choice.status, choice.url) == ("open", "https://www.broker.example/confirm?k=new1")


@pytest.mark.parametrize("url", ["https://lnk.example/Zq81", "https://broker-verify-team.example/confirm?k=1",
                                 "http://192.0.2.7/confirm?k=1"])
def test_a_shortener_or_look_alike_is_never_opened(url):
    body = (f"The link we sent before has expired. Please use this new link to confirm your request:\n{url}\n\n"
            "> On Oct 2, Broker wrote:\n> Click the link below to confirm your request:\n> https://www.broker.example/confirm?k=old1\n")
    choice = choose_link(parse(mail(body)), ["broker.example"])
    assert choice.status != "open" and choice.url != "https://www.broker.example/confirm?k=old1"


# 15. The languages read in part (set M tl-01, tr-01, zh-02, ar-01, so-02): a completed deletion whose
#     object has no "your" (a person reads it: 0.85), "reply 是 to confirm", an agent refused, "not found"
@pytest.mark.parametrize("body", [
    "Inalis na namin ang profile ng kliyente ninyo.",
    "Başvurunuz incelenmiştir. Kişisel veriler kayıtlarımızdan silinmiştir.",
])
def test_a_completed_deletion_read_in_part_is_confirmed_for_a_person(body):
    got = read(body)
    assert got.kind == "confirmed" and got.confidence < 0.9


@pytest.mark.parametrize("body", [
    # safety: the negation and the future of the same verbs never confirm
    "Hindi pa namin inalis ang profile.",
    "Veriler henüz silinmedi.",
    "Veriler silinecektir.",
])
def test_a_negated_or_future_deletion_read_in_part_is_not_confirmed(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize(("body", "kind", "reason"), [
    ("请直接回复此邮件，写上“是”，以确认删除。", "needs_info", None),
    ("لا نقبل طلبات حذف البيانات المقدمة من أطراف ثالثة.", "refused", "agent not authorised"),
    ("Waan baadhnay, laakiin wax xog ah kuma aanaan helin.", "refused", "no record"),
])
def test_asks_and_refusals_read_in_part(body, kind, reason):
    got = read(body)
    assert got.kind == kind and (reason is None or got.reason == reason)


# 16. Ukrainian "a document proving the identity" of the client is an ID ask, not a plain ask for
#     information (set M uk-02); under "не потрібно" it is none
def test_a_ukrainian_identity_document_ask_is_needs_id():
    assert read("Для розгляду запиту надішліть, будь ласка, копію документа, що посвідчує особу клієнта.").kind == "needs_id"


def test_a_ukrainian_identity_document_not_needed_is_no_ask():
    assert read("Копію документа, що посвідчує особу, надсилати не потрібно.").kind != "needs_id"
