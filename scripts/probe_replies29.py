"""Probe pass 29 (branch r29, 2026-12-02): replies written for this pass against set R's seven classes (the
lead's block "set R's broken promises" in ``optout.mail._classify`` and ``_parse._drop_hidden``), as a
stranger to those fixes would write them: other hiding habits of mail templates (a preheader in 1 px
transparent type, a ``<style>`` wrapped in an HTML comment or hiding by a descendant selector), other ways
to date a removal later ("takes effect on", "will be reflected starting"), other words for the deletion
still pending, promotional mails in the languages the lead did not write, another person's name in quotes
(a relative sharing the surname, a name with particles), the wordings of real challenge-response filters
(a sender asked to verify so the message is delivered), identity providers by name (ID.me, Login.gov,
Persona, Yoti, Onfido, DigiD, SPID, FranceConnect), each with the near misses that must keep their
reading. Facts from public descriptions of those systems; no sentence copied. Round 1: 139 replies; round 2:
23 more, written after round 1's fixes.
Run: PYTHONPATH=. .venv/bin/python scripts/probe_replies29.py [-v]

Prints every reply read wrongly on the line that decides a case (confirmed or not, and a link opened or
not); with -v, every reply."""

from __future__ import annotations

import sys

from _probe import AR, ID, A, C, E, O, R, U, V, run_replies  # scripts/, this file's directory: sys.path[0]


CLIENT = ("\n\nOn Mon, Nov 2, 2026 at 9:10 AM Eastside Legal Clinic <help@eastside-clinic.example> wrote:\n"
          "> To the privacy team,\n>\n> Our client, Rosa Elvira Quintanilla, asks you to delete all personal information "
          "you hold about her.\n>\n> Eastside Legal Clinic\n")
PRE = "display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;"


def html(visible: str, hidden: str = "", style: str = PRE, head: str = "", tag: str = "div", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    st = f' style="{style}"' if style else ""
    pre = f"<{tag}{attr}{st}>{hidden}</{tag}>" if hidden else ""
    return f"<html><head>{head}</head><body>{pre}<p>Hello,</p><p>{visible}</p><p>Privacy Team</p></body></html>"


REVIEW = "We received your request (case 40913) and our team is reviewing it. We will write again within 45 days."
DONE_V = "We have deleted the profile you reported from our people-search site."

# (label, subject, body, sender-domain or "") ; a body starting with "<html" is sent as text/html
PROBES: list[tuple[str, str, str, str]] = [
    # ---- 1. hidden HTML text: what the reader does not see is not read
    (A, "Your privacy request", html(REVIEW, "Your records have been permanently deleted."), ""),
    (A, "Your privacy request", html(REVIEW, "Deletion complete", "color:transparent;font-size:1px;line-height:1px"), ""),
    (A, "Your privacy request", html(REVIEW, "Your data has been erased.", "font-size:1px;color:#ffffff;line-height:1px"), ""),
    (A, "Your privacy request", html(REVIEW, "Request complete: your listing was removed.", "", "<style>body .preheader{display:none!important}</style>", "span", "preheader"), ""),
    (A, "Your privacy request", html(REVIEW, "Request complete: your listing was removed.", "", "<style type=\"text/css\"><!-- .hidden-pre{display:none;mso-hide:all} --></style>", "span", "hidden-pre"), ""),
    (A, "Your privacy request", html(REVIEW, "Request complete: your listing was removed.", "", "<style>table.body .preview-text{max-height:0;overflow:hidden}</style>", "div", "preview-text"), ""),
    (A, "Your privacy request", html(REVIEW, "Your profile has been removed.", "position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"), ""),
    (A, "Your privacy request", html(REVIEW, "Your profile has been removed.", "display: none !important; mso-hide: all;", tag="span"), ""),
    (A, "Solicitud de privacidad", html("Recibimos su solicitud (caso 40913) y la estamos revisando. Le responderemos en 45 días.", "Sus datos han sido eliminados.", "color:transparent;font-size:1px"), ""),
    (A, "Pedido de privacidade", html("Recebemos seu pedido (caso 40913) e ele está em análise. Responderemos em até 15 dias.", "Seus dados foram excluídos.", "", "<style><!-- .pre{display:none} --></style>", "span", "pre"), ""),
    (A, "Votre demande", html("Nous avons bien reçu votre demande (dossier 40913), elle est en cours d'examen.", "Vos données ont été supprimées.", "font-size:1px;color:transparent"), ""),
    (A, "Ihre Anfrage", html("Wir haben Ihre Anfrage (Fall 40913) erhalten und prüfen sie derzeit.", "Ihre Daten wurden gelöscht.", "", "<style>body .vorschau{display:none}</style>", "div", "vorschau"), ""),
    (A, "La sua richiesta", html("Abbiamo ricevuto la sua richiesta (pratica 40913) e la stiamo esaminando.", "I suoi dati sono stati cancellati.", "color:transparent;font-size:1px"), ""),
    (A, "Uw verzoek", html("We hebben uw verzoek (zaak 40913) ontvangen en zijn het aan het beoordelen.", "Uw gegevens zijn verwijderd.", "color:transparent;font-size:1px"), ""),
    (A, "Twoje zgłoszenie", html("Otrzymaliśmy Twoje zgłoszenie (sprawa 40913) i je rozpatrujemy.", "Twoje dane zostały usunięte.", "color:transparent;font-size:1px"), ""),
    (A, "Yêu cầu của bạn", html("Chúng tôi đã nhận được yêu cầu của bạn và đang xem xét.", "Dữ liệu của bạn đã được xóa.", "color:transparent;font-size:1px"), ""),
    (A, "您的请求", html("我们已收到您的请求，正在审核中。", "您的资料已被删除。", "color:transparent;font-size:1px"), ""),
    # near misses: a visible confirmation keeps its reading
    (C, "Re: removal", html(DONE_V, "Update on your request"), ""),
    (C, "Re: removal", html(DONE_V, "Update on your request", "color:transparent;font-size:1px"), ""),
    (C, "Re: removal", html(DONE_V, "", "", "<style><!-- @media only screen and (max-width:480px){.wide{display:none}} --></style>"), ""),
    (C, "Re: removal", html(DONE_V, "", "", "<style><!-- .note{font-size:12px;color:#555} --></style>"), ""),
    (C, "Re: eliminación", html("Hemos eliminado el perfil que nos indicó de nuestro sitio.", "Novedades sobre su solicitud", "color:transparent;font-size:1px"), ""),
    (C, "Re: removal", "<html><body><p style=\"font-size:14px;color:#222;opacity:0.9\">We have deleted the profile you reported from our site.</p></body></html>", ""),
    (C, "Re: removal", "<html><body><p style=\"font-size:11px;color:transparent;background:#fff\">x</p><p>Your listing has been removed from our site.</p></body></html>", ""),

    # ---- 2. a removal that takes effect later: a receipt
    (A, "", "Your information has been removed. The change will be reflected on the site starting December 14.", ""),
    (A, "", "We processed your opt-out. It will go into effect with our next data release on January 1, 2027.", ""),
    (A, "", "We removed your listing; the removal becomes effective on 12/20/2026.", ""),
    (A, "", "Your record has been suppressed. The suppression takes effect on January 4.", ""),
    (A, "", "Your profile has been deleted from our database and will be purged from the public site with the next monthly refresh.", ""),
    (A, "", "Hemos procesado su solicitud; la eliminación será efectiva a partir del 15 de diciembre.", ""),
    (A, "", "Sus datos fueron dados de baja; el cambio se verá reflejado en la próxima actualización del sitio.", ""),
    (A, "", "Seus dados foram removidos; a alteração entrará em vigor em 15 de dezembro.", ""),
    (A, "", "Seu perfil foi excluído e a mudança será refletida na próxima atualização mensal.", ""),
    (A, "", "Votre fiche a été supprimée ; la modification prendra effet le 15 décembre.", ""),
    (A, "", "Vos données ont été effacées, ce qui sera effectif lors de la prochaine mise à jour du site.", ""),
    (A, "", "Ihr Eintrag wurde gelöscht. Die Änderung wird mit dem nächsten Update am 15. Dezember wirksam.", ""),
    (A, "", "Ihre Daten wurden entfernt; die Löschung wird ab dem 15.12.2026 wirksam.", ""),
    (A, "", "Il suo profilo è stato rimosso; la modifica sarà effettiva dal 15 dicembre.", ""),
    (A, "", "I suoi dati sono stati cancellati e la rimozione avrà effetto con il prossimo aggiornamento.", ""),
    (A, "", "Uw profiel is verwijderd; de wijziging gaat in op 15 december.", ""),
    (A, "", "Uw gegevens zijn verwijderd. Dit wordt zichtbaar na de volgende update van de website.", ""),
    (A, "", "Pani dane zostały usunięte; zmiana wejdzie w życie 15 grudnia.", ""),
    (A, "", "Hồ sơ của bạn đã được xóa; thay đổi sẽ có hiệu lực từ ngày 15 tháng 12.", ""),
    (A, "", "您的资料已删除，该变更将于12月15日起生效。", ""),
    (A, "", "귀하의 정보가 삭제되었습니다. 변경 사항은 12월 15일부터 적용됩니다.", ""),
    (A, "", "تم حذف بياناتك، وسيسري التغيير اعتبارًا من 15 ديسمبر.", ""),
    (A, "", "Nou retire enfòmasyon ou yo; chanjman an ap pran efè apati 15 desanm.", ""),
    (A, "", "Natanggal na ang iyong impormasyon; magkakabisa ang pagbabago sa Disyembre 15.", ""),
    # near misses: done, with a delay or a date already past
    (C, "", "Your listing has been removed. Please allow 48 hours for the change to appear on the site.", ""),
    (C, "", "Your opt-out is complete as of November 28.", ""),
    (C, "", "The removal took effect on November 28 and your profile is no longer shown.", ""),
    (C, "", "Your removal is effective immediately: the profile has been deleted.", ""),
    (C, "", "Hemos eliminado su perfil el 28 de noviembre.", ""),
    (C, "", "Ihr Eintrag wurde am 28. November gelöscht.", ""),
    (C, "", "Votre fiche a été supprimée le 28 novembre.", ""),
    (C, "", "Seu perfil foi excluído em 28 de novembro.", ""),
    (C, "", "Your profile has been deleted. The change may take up to 72 hours to show in search engines.", ""),
    (C, "", "Your listing has been removed. It usually takes at least 2 days for Google to update its cache.", ""),

    # ---- 3. the deletion still in progress beside a completion of something else
    (A, "", "Your account was closed. Removal of your public listing is still pending.", ""),
    (A, "", "Your marketing preferences were deleted. The removal of your people-search profile has not been completed yet.", ""),
    (A, "", "We have unsubscribed your e-mail address. Your deletion request is ongoing and we will write when it is done.", ""),
    (A, "", "Your account has been deleted. We are still processing the removal of your listing.", ""),
    (A, "", "Su cuenta fue cerrada. La solicitud de eliminación de su ficha todavía está en proceso.", ""),
    (A, "", "Dimos de baja su correo de nuestra lista. La eliminación de su perfil aún no ha concluido.", ""),
    (A, "", "Sua conta foi excluída. A remoção do seu perfil ainda está pendente.", ""),
    (A, "", "Sua inscrição foi cancelada; ainda estamos processando a exclusão do seu perfil.", ""),
    (A, "", "Votre compte a été supprimé. Le retrait de votre fiche est toujours en cours de traitement.", ""),
    (A, "", "Ihr Newsletter-Abo wurde gelöscht. Die Entfernung Ihres Profils ist noch in Bearbeitung.", ""),
    (A, "", "Ihr Konto wurde gelöscht. Die Löschung Ihres Eintrags ist noch nicht abgeschlossen.", ""),
    (A, "", "Il suo account è stato eliminato. La rimozione del profilo è ancora in corso.", ""),
    (A, "", "Uw account is verwijderd. De verwijdering van uw profiel is nog niet afgerond.", ""),
    (A, "", "Twoje konto zostało usunięte. Usuwanie profilu jest nadal w toku.", ""),
    (A, "", "Tài khoản của bạn đã được xóa. Việc xóa hồ sơ của bạn vẫn đang được xử lý.", ""),
    (A, "", "您的账户已删除。删除您个人资料的请求仍在处理中。", ""),
    (A, "", "Nou te fèmen kont ou. Retire paj ou a toujou ap trete.", ""),
    # near misses: was pending, now done
    (C, "", "Your request is no longer pending: your listing has been deleted.", ""),
    (C, "", "Su solicitud ya no está pendiente: eliminamos su ficha de nuestro sitio.", ""),
    (C, "", "Your deletion request, which was in progress last week, is now complete and your profile has been removed.", ""),
    (C, "", "A remoção do seu perfil, que estava pendente, foi concluída.", ""),

    # ---- 4. promotional mails and removals long before
    (O, "Jetzt sparen", "Jetzt 30 % sparen auf alle Personenberichte! Nur diese Woche. Jetzt bestellen.\nSie erhalten diese E-Mail, weil Sie ein Konto haben. Ihr Eintrag wurde 2023 aus unserem öffentlichen Verzeichnis gelöscht.", ""),
    (O, "Ofertas de fim de ano", "Aproveite 30% de desconto em todos os relatórios. Compre agora!\nVocê recebe esta mensagem porque tem uma conta. Seus dados foram removidos do nosso diretório público em 2023.", ""),
    (O, "Offres de fin d'année", "-30 % sur tous nos rapports ! Profitez-en dès maintenant, offre limitée.\nVous recevez ce message car vous avez un compte. Votre fiche a été supprimée de notre annuaire public en 2023.", ""),
    (O, "Sconti di fine anno", "Sconto del 30% su tutti i report: acquista ora, solo questa settimana.\nRicevi questa e-mail perché hai un account. Il tuo profilo è stato rimosso dal nostro elenco pubblico nel 2023.", ""),
    (O, "Eindejaarsdeals", "30% korting op alle rapporten! Bestel nu, alleen deze week.\nU ontvangt deze e-mail omdat u een account heeft. Uw profiel is in 2023 uit onze openbare gids verwijderd.", ""),
    (O, "Promocja", "Rabat 30% na wszystkie raporty! Kup teraz, tylko w tym tygodniu.\nOtrzymujesz tę wiadomość, ponieważ masz konto. Twój profil został usunięty z naszego katalogu w 2023 r.", ""),
    (U, "Account notice", "A reminder about your account: your profile was deleted from our people directory in March 2024.", ""),
    (U, "Kontohinweis", "Zur Erinnerung: Ihr Profil wurde im Jahr 2023 aus unserem Verzeichnis gelöscht.", ""),
    (U, "Avviso", "Promemoria: il suo profilo è stato rimosso dal nostro elenco nel 2023.", ""),
    (U, "Thông báo", "Xin nhắc lại: hồ sơ của bạn đã được xóa khỏi danh bạ của chúng tôi vào năm 2023.", ""),
    # near misses
    (C, "Re: Deletion request", "Your profile has been removed from our directory.\n\n-- \nHoliday sale: 30% off premium reports, shop now!", ""),
    (C, "Re: Solicitação de exclusão", "Seu perfil foi removido do nosso diretório.\n\n-- \nAproveite 30% de desconto. Compre agora!", ""),
    (C, "", "Your listing, first published in 2019, has been deleted from our site.", ""),
    (C, "", "We have been in business since 2005. Your listing has been deleted.", ""),
    (C, "Re: Löschung", "Ihr Eintrag wurde gelöscht.\n\n-- \nJetzt 30 % sparen! Nur diese Woche.", ""),

    # ---- 5. another person's name in quotes
    (U, "Request completed", "We erased the personal data linked to request 4410. This request concerned the name \"Marco Quintanilla\"." + CLIENT, ""),
    (U, "Request completed", "We erased the personal data linked to request 4410. This request concerned the name \"José de la Fuente\"." + CLIENT, ""),
    (U, "Request completed", "Deletion complete. Name: \"Rosa María Quintanilla\"." + CLIENT, ""),
    (U, "Solicitud completada", "Borramos los datos vinculados a la solicitud 8812, a nombre de «Ana Lucía de la Cruz»." + CLIENT, ""),
    (U, "Pedido concluído", "Excluímos os dados do pedido 8812, referente ao nome \"Marco Antônio Quintanilla\"." + CLIENT, ""),
    (U, "Demande traitée", "Nous avons supprimé les données de la demande 8812, au nom « Jean-Luc Moreau »." + CLIENT, ""),
    (U, "Anfrage erledigt", "Wir haben die Daten zur Anfrage 8812 gelöscht. Name: „Harald Weber“." + CLIENT, ""),
    (U, "Richiesta completata", "Abbiamo cancellato i dati della richiesta 8812, relativa al nome \"Mario Rossi\"." + CLIENT, ""),
    (U, "Verzoek afgehandeld", "We hebben de gegevens van verzoek 8812 verwijderd, op naam van \"Jan de Vries\"." + CLIENT, ""),
    # near misses: the client's own name, forms of it
    (C, "Request completed", "We erased the personal data linked to request 4410. This request concerned the name \"Rosa E. Quintanilla\"." + CLIENT, ""),
    (C, "Request completed", "We erased the personal data linked to request 4410. This request concerned the name \"Rosa Quintanilla\"." + CLIENT, ""),
    (C, "Solicitud completada", "Borramos los datos vinculados a la solicitud 8812, a nombre de «Rosa Elvira Quintanilla»." + CLIENT, ""),
    (C, "Request completed", "Your records have been deleted, as requested on behalf of \"Eastside Legal Clinic\"." + CLIENT, ""),

    # ---- 6. challenge-response filters: no answer, no link opened
    (AR, "Please verify your message", "Hello,\n\nI am protecting my inbox from junk mail. Please click the link below to complete the one-time verification, and your message will be delivered:\nhttps://verify.spamstop.example/v?m=8812\n\nThank you.", "spamstop.example"),
    (AR, "Verification required", "The message you sent requires verification before it reaches my inbox. Simply reply to this message (do not change the subject) and your e-mail will be delivered.", "privacy-broker.example"),
    (AR, "Your message is waiting", "Your message to privacy@broker.example has been placed on a waiting list. To have it delivered, please verify that you are a real person: https://guest.mailguard.example/w?id=77", "mailguard.example"),
    (AR, "Action required", "You are not yet on my approved senders list. Confirm your address at https://cr.filter.example/c?k=9 and your message, and any future ones, will reach me.", "filter.example"),
    (AR, "Verifique su mensaje", "Hola:\n\nUso un sistema antispam. Para que su mensaje llegue a mi bandeja, verifique que es una persona: https://verif.antispam.example/v?id=3\n", "antispam.example"),
    (AR, "Verifique sua mensagem", "Sua mensagem está aguardando verificação. Clique no link para confirmar que você não é um robô e ela será entregue: https://verif.antispam.example/v?id=4", "antispam.example"),
    (AR, "Vérifiez votre message", "Votre message est en attente de validation. Cliquez sur ce lien pour confirmer votre adresse et il sera distribué : https://verif.antispam.example/v?id=5", "antispam.example"),
    (AR, "Bitte bestätigen", "Ihre E-Mail wartet auf Bestätigung. Bitte bestätigen Sie, dass Sie ein Mensch sind, damit sie zugestellt wird: https://verif.antispam.example/v?id=6", "antispam.example"),
    (AR, "Verifica", "Il suo messaggio è in attesa di verifica: confermi di essere una persona e sarà consegnato: https://verif.antispam.example/v?id=7", "antispam.example"),
    (AR, "Verificatie", "Uw bericht wordt vastgehouden totdat u bevestigt dat u een mens bent: https://verif.antispam.example/v?id=8", "antispam.example"),
    (AR, "Weryfikacja", "Twoja wiadomość oczekuje na weryfikację. Kliknij link, aby potwierdzić, że jesteś człowiekiem, a zostanie dostarczona: https://verif.antispam.example/v?id=9", "antispam.example"),
    # near misses: the broker's own checks
    (V, "One more step", "Before we process your removal request we must make sure a person sent it. Click here to confirm you are not a robot: https://privacy.lindenpeople.example/verify/human?r=77", "lindenpeople.example"),
    (V, "Confirm your request", "Please verify your email address to complete your opt-out request: https://privacy.lindenpeople.example/confirm?t=1a2b", "lindenpeople.example"),
    (V, "Confirme su solicitud", "Para procesar su solicitud de eliminación, confirme su correo electrónico: https://privacy.lindenpeople.example/confirmar?t=1a2b", "lindenpeople.example"),
    (A, "Re: deletion", "Your message has been received and is held in our privacy queue until an agent reviews it. Ticket 5512.", "lindenpeople.example"),
    (C, "", "We have deleted your personal information. To make sure you receive our replies, add privacy@broker.example to your approved senders list.", ""),
    (C, "", "Your listing has been removed. A confirmation e-mail will be delivered to you shortly.", ""),
    (C, "", "Vos données ont été supprimées ; il sera remis une attestation sur demande.", ""),

    # ---- 7. identity providers
    (ID, "Verify your identity", "To continue your request, please sign in or create an ID.me account so we can verify who you are: https://api.idme.example/oauth/authorize?c=1", "broker.example"),
    (ID, "Identity check", "Your deletion request is on hold until you complete identity verification with Persona: https://withpersona.example/verify?inquiry=inq_1", "broker.example"),
    (ID, "Identity check", "Please log in with Login.gov to confirm who you are before we can act on your request: https://secure.login.example/openid?x=1", "broker.example"),
    (ID, "Identity check", "We use Yoti to check identity. Open the link and scan your passport to proceed with the deletion: https://yoti.example/s/abc", "broker.example"),
    (ID, "Identidad", "Para continuar, verifique su identidad con ID.me: inicie sesión en https://api.idme.example/oauth?c=2", "broker.example"),
    (ID, "Identidade", "Para prosseguir com a exclusão, confirme sua identidade entrando com sua conta gov.br: https://sso.gov.example/login", "broker.example"),
    (ID, "Identité", "Pour traiter votre demande, connectez-vous avec FranceConnect afin de vérifier votre identité : https://fc.example/login", "broker.example"),
    (ID, "Identität", "Bitte identifizieren Sie sich per Video-Ident, bevor wir Ihren Antrag bearbeiten: https://ident.example/start", "broker.example"),
    (ID, "Identità", "Per procedere con la cancellazione acceda con SPID o CIE per verificare la sua identità: https://spid.example/login", "broker.example"),
    (ID, "Identiteit", "Log in met DigiD om uw identiteit te bevestigen, daarna verwerken wij uw verzoek: https://digid.example/login", "broker.example"),
    (ID, "Tożsamość", "Aby kontynuować, potwierdź swoją tożsamość przez Profil Zaufany: https://pz.example/login", "broker.example"),
    # near misses
    (C, "", "We verified your identity through ID.me and have deleted your records.", ""),
    (O, "", "Sign in to your account to view the status of your request: https://privacy.broker.example/status", "broker.example"),
    (V, "Confirm your request", "Click here to confirm your deletion request: https://privacy.broker.example/confirm?t=99", "broker.example"),

    # ---- round 2, written after round 1's fixes, to see whether they hold as classes (3 false confirmations
    #      found, each fixed: a later release "in our next quarterly release", "Name on the request:", "verify
    #      your identity with Onfido")
    (A, "Your request", html(REVIEW, "All done - your profile is gone.", "font-size:0.5px;color:#fefefe"), ""),
    (A, "Your request", html(REVIEW, "Your data was deleted.", "", "<style>\n/* preview */\ndiv > .pv{display:none}\n</style>", "div", "pv"), ""),
    (A, "Your request", "<html><head><style>#preheader-text{visibility:hidden;}</style></head><body><div id=\"preheader-text\">Your data "
        "was deleted.</div><p>" + REVIEW + "</p></body></html>", ""),
    (A, "", "Thanks. Your opt-out is scheduled and goes live on December 20.", ""),
    (A, "", "The record has been removed from our master file; the removal will be effective in our next quarterly release.", ""),
    (A, "", "Hemos dado de baja su perfil. El cambio entrará en vigor el 1 de enero.", ""),
    (A, "", "Votre profil a été supprimé ; cela prendra effet à partir du 5 janvier.", ""),
    (A, "", "Uw gegevens zijn verwijderd en dit wordt van kracht op 1 januari.", ""),
    (A, "", "Your e-mail was removed from our newsletter. The deletion of your background-check profile is still under review.", ""),
    (A, "", "Cancelamos sua assinatura. A exclusão do seu perfil ainda está em análise.", ""),
    (O, "Weekend deal", "Save 40% this weekend only - upgrade now! You are receiving this because you joined in 2021. Your old listing was removed in 2022.", ""),
    (U, "Request completed", "Your data has been erased. Name on the request: \"Luis Quintanilla Reyes\"." + CLIENT, ""),
    (U, "Request completed", "Your data has been erased. This request was filed under the name 'Rosa Maria Quintanilla Ortiz'." + CLIENT, ""),
    (C, "Request completed", "Your data has been erased. This request was filed under the name 'Rosa Quintanilla'." + CLIENT, ""),
    (AR, "Verify", "Hi! I only accept mail from people I know. Reply to this e-mail once and your message will be delivered to me.", "x.example"),
    (AR, "Verify", "This address uses sender verification. Please confirm you are a real person and your email will then reach my inbox: https://cr.example/c?1", "cr.example"),
    (V, "Confirm", "We received your deletion request. Please confirm you are a real person by clicking https://privacy.broker.example/confirm?h=1 so we can process it.", "broker.example"),
    (ID, "Verify", "To finish your request, verify your identity with Onfido: https://onfido.example/start?x=1", "broker.example"),
    (ID, "Verify", "Inicie sesión con Login.gov para confirmar su identidad: https://login.example/x", "broker.example"),
    (C, "", "Your identity was confirmed via Socure and your profile has been permanently deleted.", ""),
    (C, "", "Your opt-out became effective on November 25; the listing has been removed.", ""),
    (C, "", "Nous avons supprimé votre fiche le 27 novembre ; la suppression a pris effet immédiatement.", ""),
    (C, "", "We verified your identity with ID.me and deleted your listing.", ""),
]


def raw(subject: str, body: str, domain: str) -> bytes:
    kind = "html" if body.startswith("<html") else "plain"
    return (f"From: privacy@{domain or 'broker.example'}\nTo: clinic@example.org\nSubject: {subject or 'Re: your request'}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/{kind}; charset=utf-8\n\n{body}\n").encode()


def main() -> int:
    return run_replies(PROBES, raw, verbose="-v" in sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())
