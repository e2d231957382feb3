"""Probe pass 31 (branch r31, 2026-12-02): replies written for this pass against the seven classes the lead
fixed from set S's first read (commit "Replies: set S's first read"), as a stranger to those fixes would write
them, in more languages and wordings (round 1: 115 replies; round 2: 26 more,
written after round 1's fixes): a completion naming another listing's address than the one the request
sent; a suppression from the public sites while the data stays in use elsewhere, or that "only limits what is
displayed"; a credit report dispute's result; an opt-out of the sale in words holding a deletion word or
calqued by machine translation; "done; to finalise it, sign in"; a promotion whose headline is its subject; a
code sent by text message (needs_id) against a code written in the mail (a verification). Each class with the
near misses that must keep their reading. Facts from public descriptions (people-search suppressions that keep
a flag so a listing stays down, risk vendors' and credit bureaus' FCRA products, CCPA "do not sell" answers,
one-time codes sent by SMS as Twilio Verify and Okta do, marketing templates); no sentence copied.
Run: PYTHONPATH=. .venv/bin/python scripts/probe_replies31.py [-v]

Prints every reply read wrongly on the line that decides a case (confirmed or not, and a link opened or
not); with -v, every reply."""

from __future__ import annotations

import sys
from email.header import Header

from _probe import ID, A, C, O, U, V, run_replies  # scripts/, this file's directory: sys.path[0]


QUOTE = {
    "en": "\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n> Please remove our client's listing at {a}.\n> Reference: OPT-P-031\n",
    "es": "\n\nEl lun, 2 nov 2026 a las 9:00, Clínica <clinic@example.org> escribió:\n> Les pedimos eliminar el perfil de nuestra clienta en {a}.\n> Referencia: OPT-P-031\n",
    "pt": "\n\nEm seg., 2 de nov. de 2026 às 09:00, Clínica <clinic@example.org> escreveu:\n> Pedimos a exclusão do perfil da nossa cliente em {a}.\n> Referência: OPT-P-031\n",
    "fr": "\n\nLe lun. 2 nov. 2026 à 09:00, Clinique <clinic@example.org> a écrit :\n> Merci de supprimer la fiche de notre cliente : {a}.\n> Référence : OPT-P-031\n",
    "de": "\n\nAm Mo., 2. Nov. 2026 um 09:00 schrieb Klinik <clinic@example.org>:\n> Bitte löschen Sie den Eintrag unserer Mandantin unter {a}.\n> Referenz: OPT-P-031\n",
    "it": "\n\nIl giorno lun 2 nov 2026 alle 09:00 Clinica <clinic@example.org> ha scritto:\n> Vi chiediamo di cancellare il profilo della nostra assistita: {a}.\n> Riferimento: OPT-P-031\n",
}
ASK = "https://www.findfolk.example/name/lucia-mendez-arce/TX/77002"


def q(said: str, lang: str = "en", asked: str = ASK) -> str:
    return "Hello,\n\n" + said + "\n\nSupport" + QUOTE[lang].format(a=asked)


# (label, subject, body, sender-domain or "") ; a body starting with "<html" is sent as text/html
PROBES: list[tuple[str, str, str, str]] = [
    # ---- 1. another listing's address than the one sent (the quoted letter names it)
    (U, "", q("The listing findfolk.example/name/lucia-mendez/TX/77019 has been removed from our site."), ""),
    (U, "", q("Your opt-out is complete. Removed: https://findfolk.example/name/lucia-mendez-arce/TX/77009"), ""),
    (U, "", q("We have suppressed https://www.findfolk.example/name/lucia-mendez-arce/TX/77002/relatives as requested."), ""),
    (U, "", q("We deleted the record at findfolk.example/name/lucia-mendez-arce/TX/77002?id=2 per your request.", asked=ASK + "?id=1"), ""),
    (U, "", q("Hemos eliminado la ficha findfolk.example/name/lucia-mendez/TX/77019 de nuestro sitio.", "es"), ""),
    (U, "", q("Su perfil https://findfolk.example/name/lucia-m-arce/TX/77002 ya fue dado de baja.", "es"), ""),
    (U, "", q("Excluímos o perfil findfolk.example/name/lucia-mendez/TX/77019 do nosso site.", "pt"), ""),
    (U, "", q("Nous avons supprimé la fiche findfolk.example/name/lucia-mendez/TX/77019 de notre site.", "fr"), ""),
    (U, "", q("Wir haben den Eintrag findfolk.example/name/lucia-mendez/TX/77019 gelöscht.", "de"), ""),
    (U, "", q("Abbiamo rimosso il profilo findfolk.example/name/lucia-mendez/TX/77019 dal nostro sito.", "it"), ""),
    (U, "", q("Opt-out processed. The following URL has been removed: <https://findfolk.example/name/lucia-mendez/TX/77019>"), ""),
    (U, "", q("Done! We removed FINDFOLK.EXAMPLE/NAME/LUCIA-MENDEZ/TX/77019 from search results."), ""),
    # near misses: the same listing written differently, or an address that is no listing
    (C, "", q("The listing http://findfolk.example/name/lucia-mendez-arce/TX/77002 has been removed from our site."), ""),
    (C, "", q("The listing findfolk.example/name/lucia-mendez-arce/TX/77002/ has been removed from our site."), ""),
    (C, "", q("We have removed HTTPS://WWW.FINDFOLK.EXAMPLE/name/lucia-mendez-arce/TX/77002 from our site."), ""),
    (C, "", q("We have removed https://findfolk.example/name/lucia-mendez-arce/TX/77002?utm_source=optout from our site."), ""),
    (C, "", q("We have removed https://findfolk.example/name/lucia-mendez-arce/TX/77002#top from our site."), ""),
    (C, "", q("Hemos eliminado el perfil http://www.findfolk.example/name/lucia-mendez-arce/TX/77002/ de nuestro sitio.", "es"), ""),
    (C, "", q("Wir haben den Eintrag findfolk.example/name/lucia-mendez-arce/TX/77002 gelöscht.", "de"), ""),
    (C, "", q("Your listing has been removed. See our privacy policy at https://findfolk.example/privacy for how we handle opt-outs."), ""),
    (C, "", q("Your listing has been removed; details at https://findfolk.example/privacy-policy."), ""),
    (C, "", q("Nous avons supprimé votre fiche. Notre politique : https://findfolk.example/confidentialite", "fr"), ""),

    # ---- 2. suppressed from the public sites while the data stays in use elsewhere, or display only
    (U, "", "Your record has been suppressed from our people-search websites. Our risk and identity solutions will continue to rely on this information as permitted by the FCRA and GLBA.", ""),
    (U, "", "We have opted you out of our consumer-facing sites. The opt-out does not extend to our background screening products, which remain subject to the FCRA.", ""),
    (U, "", "Your profile was removed from public view. This information may still be made available to our law enforcement and government customers.", ""),
    (U, "", "We completed your opt-out. It only hides your profile on our public search pages; the underlying records are retained.", ""),
    (U, "", "Your listing is no longer displayed. Note that the opt-out affects display only and does not delete the data from our database.", ""),
    (U, "", "Hemos ocultado su perfil de nuestros sitios públicos. Sus datos seguirán disponibles para nuestros clientes empresariales de verificación.", ""),
    (U, "", "Su perfil ya no aparece en nuestra web; la exclusión solo afecta a la visualización y los datos se conservan en nuestros productos para empresas.", ""),
    (U, "", "Seu perfil foi ocultado do nosso site público. Os dados continuam disponíveis para nossos clientes de análise de risco.", ""),
    (U, "", "Votre fiche a été retirée de notre site public. Les données restent utilisées par nos services de vérification pour les entreprises.", ""),
    (U, "", "Ihr Profil wurde auf unserer öffentlichen Website ausgeblendet. Die Daten werden weiterhin in unseren Produkten für Geschäftskunden verwendet.", ""),
    (U, "", "Il suo profilo è stato rimosso dal sito pubblico. I dati continuano a essere utilizzati nei nostri servizi per le aziende.", ""),
    (U, "", "Hồ sơ của bạn đã bị ẩn khỏi trang web công khai. Chúng tôi vẫn tiếp tục sử dụng dữ liệu này cho các dịch vụ doanh nghiệp.", ""),
    (U, "", "您的资料已从我们的公开网站移除，但我们的企业产品仍会继续使用这些数据。", ""),
    # near misses: a suppression record kept so the listing stays down, security words, a real deletion
    (C, "", "Your listing has been removed. We place a permanent flag on the record so it does not reappear on our site.", ""),
    (C, "", "We have deleted your profile. We continue to use encryption to protect all information we hold about our customers.", ""),
    (C, "", "Your profile has been removed from all of our websites and products, including our business services.", ""),
    (C, "", "Hemos eliminado su perfil. Mantenemos su nombre en una lista de exclusión para que no vuelva a aparecer.", ""),
    (C, "", "Seu perfil foi excluído. Mantemos apenas um registro mínimo na lista de supressão para que não volte a ser publicado.", ""),
    (C, "", "Votre fiche a été supprimée. Nous conservons une mention dans notre liste d'opposition afin qu'elle ne soit plus publiée.", ""),
    (C, "", "We have deleted your records from our systems. Our other services continue to use industry-standard safeguards.", ""),

    # ---- 3. a credit report dispute's result
    (U, "Your investigation is complete", "We have completed our investigation of the items you disputed. The account ACME BANK ****2231 has been deleted from your credit report.", ""),
    (U, "Dispute results", "The hard inquiry from METRO AUTO FINANCE was removed from your Experian credit file.", ""),
    (U, "Your dispute", "Outcome: Deleted. The tradeline you disputed no longer appears on your consumer report.", ""),
    (U, "Resultado de su disputa", "Completamos la investigación de su disputa. La cuenta de cobranza ya no aparece en su historial crediticio y fue eliminada.", ""),
    (U, "Resultado da contestação", "Concluímos a análise da sua contestação: a dívida foi excluída do seu histórico de crédito.", ""),
    (U, "Résultat de votre contestation", "Après vérification, le compte contesté a été supprimé de votre dossier de crédit.", ""),
    (U, "Ergebnis Ihrer Beschwerde", "Der von Ihnen bestrittene Eintrag wurde aus Ihrer Kreditauskunft gelöscht.", ""),
    (U, "Esito della contestazione", "La segnalazione da lei contestata è stata cancellata dalla sua centrale rischi.", ""),
    # near misses: a credit bureau deleting a people-search or marketing record
    (C, "", "We have deleted the records we held about you in our marketing database and our people-search product.\n\nConsumer Credit Bureau, Privacy Office", ""),
    (C, "", "Hemos eliminado su información de nuestra base de datos de mercadeo, como nos pidió.\n\nBuró de Crédito, Oficina de Privacidad", ""),
    (C, "Your deletion request", "Your deletion request is complete: your listing has been removed from our people-search site. This does not affect your credit report.", ""),

    # ---- 4. an opt-out of the sale in deletion words or calques
    (U, "", "Your request has been completed. You have been excluded from the sale of your personal information.", ""),
    (U, "", "Your request is complete: your data has been removed from data sharing and sale.", ""),
    (U, "", "Request completed. We have deleted you from our list of consumers whose data may be sold.", ""),
    (U, "", "Procesamos su solicitud. Su información fue eliminada de la venta a terceros.", ""),
    (U, "", "Su solicitud fue completada: usted ha sido removido de la venta de información personal.", ""),
    (U, "", "Su solicitud ha sido completada. Ha sido borrado de la lista de venta de datos.", ""),
    (U, "", "Seu pedido foi concluído: você foi excluído da venda de dados pessoais.", ""),
    (U, "", "Sua solicitação foi processada. Seus dados foram removidos da venda e do compartilhamento.", ""),
    (U, "", "Votre demande est traitée : vous avez été retiré de la vente de vos données personnelles.", ""),
    (U, "", "Ihre Anfrage ist abgeschlossen: Sie wurden vom Verkauf Ihrer Daten ausgeschlossen.", ""),
    (U, "", "La sua richiesta è completata: è stato escluso dalla vendita dei suoi dati personali.", ""),
    (U, "", "Su solicitud fue procesada. Ha sido optado de la venta de su información.", ""),
    # near misses: a real deletion beside "we no longer sell it"
    (C, "", "We have deleted your personal information, and we no longer sell it.", ""),
    (C, "", "Hemos eliminado sus datos personales y ya no los vendemos.", ""),
    (C, "", "Seus dados foram excluídos e não serão mais vendidos.", ""),
    (C, "", "Your profile was removed from our site, and your data was also removed from the sale.", ""),

    # ---- 5. done, but sign in / confirm your details to finalise
    (U, "", "We've processed your deletion request. Log in to your account to finalize the removal.", ""),
    (U, "", "Your request is complete. One last step: sign in and confirm your details to finalize the deletion.", ""),
    (U, "", "Your opt-out has been processed! To finish, please verify your information in your account.", ""),
    (U, "", "Your removal is complete. Please sign in within 7 days to confirm, or the request will be cancelled.", ""),
    (U, "", "Hemos procesado su eliminación. Para que quede finalizada, inicie sesión y confirme sus datos.", ""),
    (U, "", "Su solicitud está completa. Último paso: ingrese a su cuenta para confirmar la eliminación.", ""),
    (U, "", "Sua exclusão foi processada. Para finalizá-la, acesse sua conta e confirme seus dados.", ""),
    (U, "", "Votre suppression a été traitée. Pour la finaliser, connectez-vous et confirmez vos informations.", ""),
    (U, "", "Ihre Löschung wurde bearbeitet. Um sie abzuschließen, melden Sie sich bitte an und bestätigen Sie Ihre Angaben.", ""),
    (U, "", "La sua cancellazione è stata elaborata. Per completarla, acceda al suo account e confermi i suoi dati.", ""),
    # near misses: a sign-in to manage newsletters, a login for anything else
    (C, "", "Your profile has been deleted. You can sign in at any time to manage your e-mail preferences.", ""),
    (C, "", "Hemos eliminado su perfil. Si desea gestionar sus boletines, inicie sesión en su cuenta.", ""),
    (C, "", "Votre fiche a été supprimée. Pour gérer vos newsletters, connectez-vous à votre compte.", ""),
    (C, "", "Your listing was removed. To complete your purchase of a premium plan, sign in.", ""),

    # ---- 6. a promotion whose headline is its subject
    (O, "Black Friday: 70% off all reports", "Find anyone fast. Upgrade today and save. Your previous listing was removed from our results.", ""),
    (O, "🎉 Last chance: half price on background checks", "Run unlimited searches for $2.99/month. Your profile has been removed as you asked last year.", ""),
    (O, "Oferta especial: 50% de descuento", "Busque a cualquier persona por solo $3.99. Su perfil fue eliminado de nuestros resultados.", ""),
    (O, "Promoção: 40% de desconto só hoje", "Assine agora o plano premium. Seu perfil foi removido dos resultados públicos.", ""),
    (O, "Offre exclusive : -50 % sur l'abonnement", "Profitez de recherches illimitées. Votre fiche a été supprimée de nos résultats.", ""),
    (O, "Nur heute: 50 % Rabatt auf alle Berichte", "Jetzt upgraden und sparen. Ihr Profil wurde aus unseren Ergebnissen entfernt.", ""),
    (O, "Offerta limitata: sconto del 50%", "Abbonati ora e risparmia. Il tuo profilo è stato rimosso dai risultati.", ""),
    # near misses: a reply with a sales footer, a reply whose subject is ours
    (C, "Re: Deletion request OPT-P-031", "Hello,\n\nWe have deleted your profile from our site.\n\nSupport\n--\nSummer sale: 30% off premium reports!", ""),
    (C, "Re: Solicitud de eliminación", "Hola,\n\nHemos eliminado su perfil de nuestro sitio.\n\nSoporte\n--\n¡Oferta: 30% de descuento en informes!", ""),

    # ---- 7. a code sent by text message (needs_id) vs a code written in the mail (verification)
    (ID, "", "A 6-digit verification code was sent via SMS to your mobile phone. Enter it at https://broker.example/verify to confirm your request.", "broker.example"),
    (ID, "", "We just sent a text message with your one-time passcode to (***) ***-4410. Enter the code at https://broker.example/otp to continue.", "broker.example"),
    (ID, "", "Check your phone: we sent you a security code. Enter it at https://broker.example/verify to finish your opt-out.", "broker.example"),
    (ID, "", "Your client will receive an SMS with a verification code; she must enter it at https://broker.example/verify.", "broker.example"),
    (ID, "", "Hemos enviado un SMS con un código de verificación a su teléfono. Ingréselo en https://broker.example/verificar para continuar.", "broker.example"),
    (ID, "", "Le enviamos un código por mensaje de texto. Introdúzcalo en https://broker.example/verificar para confirmar su solicitud.", "broker.example"),
    (ID, "", "Enviamos um código de verificação por SMS para o seu celular. Digite-o em https://broker.example/verificar.", "broker.example"),
    (ID, "", "Un code de vérification vous a été envoyé par SMS. Saisissez-le sur https://broker.example/verifier pour confirmer.", "broker.example"),
    (ID, "", "Wir haben Ihnen einen Bestätigungscode per SMS geschickt. Geben Sie ihn unter https://broker.example/verify ein.", "broker.example"),
    (ID, "", "Le abbiamo inviato un codice di verifica via SMS. Lo inserisca su https://broker.example/verifica per confermare.", "broker.example"),
    (ID, "", "Chúng tôi đã gửi mã xác minh qua tin nhắn SMS đến điện thoại của bạn. Nhập mã tại https://broker.example/verify.", "broker.example"),
    (ID, "", "我们已通过短信向您的手机发送验证码，请在 https://broker.example/verify 输入。", "broker.example"),
    (ID, "", "휴대폰으로 문자 인증번호를 보냈습니다. https://broker.example/verify 에서 입력하세요.", "broker.example"),
    (ID, "", "أرسلنا رمز التحقق في رسالة نصية إلى هاتفك. أدخله على https://broker.example/verify", "broker.example"),
    (ID, "", "Nagpadala kami ng verification code sa pamamagitan ng text message sa iyong telepono. Ilagay ito sa https://broker.example/verify.", "broker.example"),
    (ID, "", "Nou voye yon kòd verifikasyon pa mesaj tèks sou telefòn ou. Antre l sou https://broker.example/verify.", "broker.example"),
    (ID, "", "Мы отправили код подтверждения в SMS на ваш телефон. Введите его на https://broker.example/verify.", "broker.example"),
    # near misses: a code written in the mail is a verification anyone holding the mail can finish
    (V, "Confirm your request", "Your verification code is 528491. Enter it at https://broker.example/verify to confirm your deletion request.", "broker.example"),
    (V, "Confirm your request", "To confirm your opt-out, enter this one-time code at https://broker.example/confirm: 771204", "broker.example"),
    (V, "Confirme su solicitud", "Su código de verificación es 528491. Ingréselo en https://broker.example/verificar para confirmar su solicitud de eliminación.", "broker.example"),
    (V, "Confirme seu pedido", "Seu código de verificação é 528491. Digite-o em https://broker.example/verificar para confirmar o pedido de exclusão.", "broker.example"),
    (V, "Confirmez votre demande", "Votre code de vérification est 528491. Saisissez-le sur https://broker.example/verifier pour confirmer votre demande de suppression.", "broker.example"),
    (V, "Confirm your request", "Please confirm your deletion request: https://broker.example/confirm?t=8f2. We will never send codes by SMS.", "broker.example"),
    # ---- round 2, written after round 1's fixes, to see whether they hold as classes: other wordings, and the
    #      languages the reader has rules in for these classes (vi, zh, ko, ar, tl, ht, ru)
    (U, "", q("Thanks for your patience. Here is the record we took down: findfolk.example/name/lucia-mendez/TX/77019"), ""),
    (C, "", q("Thanks for your patience. Here is the record we took down: findfolk.example/name/lucia-mendez-arce/TX/77002?ref=mail"), ""),
    (C, "", q("Listo, eliminamos su perfil. Más información: https://findfolk.example/ayuda/privacidad", "es"), ""),
    (U, "", "Your record was suppressed from display. We will continue to sell this data to our marketing partners.", ""),
    (U, "", "Suppression confirmed. Your information remains available to our business customers for fraud prevention.", ""),
    (C, "", "Your record was deleted. We continue to protect the remaining account data of our customers with encryption.", ""),
    (U, "", "Dữ liệu của bạn đã được xóa khỏi trang tìm kiếm, nhưng chúng tôi vẫn sử dụng dữ liệu này cho khách hàng doanh nghiệp.", ""),
    (U, "Dispute results", "Good news! The late payment you disputed was deleted from your credit history.", ""),
    (U, "", "Request processed: you were removed from the sharing of personal information with third parties.", ""),
    (C, "", "We deleted your profile from our website. We also no longer sell or share your information.", ""),
    (U, "", "Your account deletion is complete. Log in within 30 days to confirm it, otherwise it will be reversed.", ""),
    (C, "", "Your data has been erased. If you ever want to use our service again, you can sign in to create a new account.", ""),
    (O, "Flash sale ends tonight!", "Get 3 months of premium for the price of 1. Buy now. Your old public listing was removed earlier this year.", ""),
    (C, "Re: Your request [#40213]", "Hi,\n\nYour listing has been removed.\n\nBest,\nSupport\n\nP.S. Buy now and save 20% on premium.", ""),
    (ID, "", "Verification required: an SMS with a 6-digit code has been sent to the phone number you provided. Enter the code at https://broker.example/verify.", "broker.example"),
    (ID, "", "Okta Verify: we sent a push notification and a text code to your mobile device; enter the code at https://broker.example/otp.", "broker.example"),
    (ID, "", "Nous avons envoyé un SMS contenant un code à votre téléphone portable ; entrez-le sur https://broker.example/verifier.", "broker.example"),
    (ID, "", "Wir haben Ihnen per SMS einen Code an Ihre Mobilnummer gesendet. Geben Sie ihn unter https://broker.example/verify ein.", "broker.example"),
    (ID, "", "我們已透過簡訊將驗證碼傳送到您的手機，請在 https://broker.example/verify 輸入。", "broker.example"),
    (ID, "", "Mã OTP đã được gửi qua SMS tới số điện thoại của bạn. Vui lòng nhập tại https://broker.example/verify.", "broker.example"),
    (V, "Confirm", "Confirm your deletion request by entering code 314159 at https://broker.example/confirm. Do not share this code.", "broker.example"),
    (V, "Xác nhận yêu cầu", "Mã xác nhận của bạn là 314159. Nhập tại https://broker.example/confirm để xác nhận yêu cầu xóa dữ liệu.", "broker.example"),
    (U, "", "Su perfil ya no aparece en nuestro sitio. Seguiremos usando sus datos en nuestros productos de verificación para empresas.", ""),
    (U, "", "O seu perfil foi removido, mas os dados continuam a ser usados em nossos produtos para empresas.", ""),
    (U, "", "Hemos completado su solicitud. Para terminar, ingrese a su cuenta y confirme sus datos.", ""),
    (U, "", "Solicitação concluída. Último passo: faça login para confirmar a exclusão.", ""),
]


def raw(subject: str, body: str, domain: str) -> bytes:
    kind = "html" if body.startswith("<html") else "plain"
    subject = Header(subject or "Re: your request", "utf-8").encode()  # RFC 2047, as a mail program writes it
    return (f"From: privacy@{domain or 'broker.example'}\nTo: clinic@example.org\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/{kind}; charset=utf-8\n\n{body}\n").encode()


def main() -> int:
    return run_replies(PROBES, raw, verbose="-v" in sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())
