"""Probe pass 25 (branch r25, 2026-12-01): replies written for this pass, modelled on the habits of real
brokers' privacy teams (DROP's outcomes "record deleted / opted out of sale / exempt / not found",
suppression lists kept to stop re-adding, paid results still shown, processors sending the person to the
business, future and conditional deletions, footers, our letter quoted), each labelled with the class a
careful reader gives; written in three rounds, each after the last one's fixes (152, 40 and 30 replies).
Run: PYTHONPATH=. .venv/bin/python scripts/probe_replies25.py [-v]

Prints every reply read wrongly on the line that decides a case (confirmed or not); with -v, every reply.
The two false confirmations left (another person's name in the salutation or the reference) need the
client's name, which ``classify`` is not given."""

from __future__ import annotations

import sys

from optout.mail import classify, parse

from _probe import ID, NI, A, C, R, U, V  # scripts/, this file's directory: sys.path[0]


LETTER = ("\n\nOn Mon, Nov 3, 2026 at 9:14 AM Clinica Legal <agent@clinic.example> wrote:\n"
          "> Under Cal. Civ. Code 1798.105 please delete all personal information about our client\n"
          "> and confirm in writing that it has been deleted. Reference OPT-7f3k2q.\n")
FOOTER = ("\n\n--\nYou are receiving this message because you contacted our privacy team. Messages in this "
          "thread are automatically deleted after 90 days. To be removed from our mailing list, click unsubscribe.")

PROBES: list[tuple[str, str, str]] = [
    # ---- English: opt-out of sale / sharing only
    (U, "", "Your opt-out request has been processed. We will no longer sell or share your personal information. Your profile remains searchable on our site."),
    (U, "", "We have recorded your Do Not Sell My Personal Information request. This request does not delete your information."),
    (U, "", "Your request to opt out of the sale of your personal information has been completed."),
    (U, "", "DROP request outcome: record opted out of sale."),
    (U, "", "We processed your request as an opt-out of sale and sharing, which is the right we honor for public-record data."),
    (U, "", "Done! You have been opted out of data sharing with our marketing partners."),
    # suppression / marketing only
    (U, "", "We have added your name and address to our internal suppression file so that it will not be included in future marketing lists we license."),
    (U, "", "Your information has been suppressed from our direct marketing products. Suppression means we retain a minimal record so that your data is not re-added."),
    (U, "", "Your mailing address has been removed from our prospect mailing lists. It may take 60 to 90 days for mailings already in progress to stop."),
    (U, "", "We have flagged your record as do-not-market. It will no longer be provided to our clients for marketing purposes."),
    (U, "", "Your email address has been removed from all of our marketing campaigns."),
    # no data found
    (R, "", "We searched our databases using the information you provided and did not locate any records matching your client."),
    (R, "", "DROP request outcome: record not found."),
    (R, "", "After a thorough search we were unable to identify any personal information associated with the details supplied, so there is nothing to delete."),
    # account or newsletter deleted, not the listing
    (U, "", "Your customer account and the associated login have been deleted. Public record listings are compiled separately and are not affected by account deletion."),
    (U, "", "We have closed and deleted your subscriber account. Please note that search results on our site come from public sources."),
    (U, "", "Your newsletter subscription has been deleted and you will receive no further e-mail from us."),
    (U, "", "We have permanently deleted your user profile and payment information. Background reports available on the site are unrelated to your user account."),
    # one of two listings / addresses
    (U, "", "We removed the listing associated with 12 Elm St. The second address you mentioned is linked to a different record which we could not verify as yours."),
    (U, "", "One of the two profiles you identified has been removed. The other appears to belong to a different individual and remains on the site."),
    (U, "", "The record at the first URL has been deleted. We could not match the second URL to your request."),
    (U, "", "We have deleted the profile for the Houston address. The Dallas profile will need a separate request."),
    # deleted except what we must keep
    (U, "", "We have deleted your personal information, with the exception of information we are required to retain to comply with our legal obligations."),
    (U, "", "Your data has been erased from our active systems. We retain a record of your request and limited information as permitted by law."),
    (U, "", "We deleted the information we could, but certain transaction records must be kept for seven years under federal law."),
    # exemptions
    (R, "", "The information you asked about is subject to the Fair Credit Reporting Act and is exempt from deletion under the CCPA."),
    (R, "", "Your request has been reviewed. The personal information we maintain is collected under the Gramm-Leach-Bliley Act and is therefore exempt from the CCPA's right to delete."),
    (R, "", "DROP request outcome: record exempt."),
    (U, "", "We deleted the marketing data we held about you. Data we hold as a consumer reporting agency is governed by the FCRA and was not deleted."),
    (R, "", "Records displayed on our site are derived from publicly available government records and are not personal information under the CCPA. We will not remove them."),
    # processor
    (U, "", "Thank you for contacting us. We act as a service provider on behalf of our clients and do not control the personal information. Please direct your request to the business you have a relationship with."),
    (U, "", "We are a data processor for the companies we work with. We have forwarded your request to the relevant controller, who will respond to you directly."),
    (U, "", "Our company processes data only on behalf of our customers. We are unable to act on your request and recommend contacting the organisation that collected your data."),
    # another person's or request's reply
    (U, "", "Dear Mr. Okafor, your listing has been removed from our site. Reference: REQ-88231."),
    (U, "", "We have completed the deletion request for the email address jdoe@another.example. If you submitted a request for someone else, please submit a separate request."),
    (U, "", "Your earlier request from March has been completed and the profile removed. Your new request is in our queue."),
    # future / conditional
    (A, "", "Your profile will be removed within 72 hours."),
    (A, "", "Your listing is scheduled to be removed in our next data update, which usually happens within 30 days."),
    (V, "", "Once you verify your email address, we will delete your record. Verify here: https://privacy.broker.example/verify?t=abc"),
    (A, "", "We have received your request. Your information will be removed from our site in the coming weeks."),
    (A, "", "Upon verification of your identity, your personal information will be permanently deleted."),
    (A, "", "Your opt-out has been submitted successfully. Please allow up to 14 days for your listing to be removed from search results."),
    (A, "", "Your request is being processed and your data will be deleted from our servers in the next 45 days."),
    (A, "", "Your information is queued for deletion."),
    (A, "", "Your removal has been approved and will take effect within 7 to 10 business days."),
    # subject vs body
    (A, "Your data has been deleted", "Thank you for your request. We are reviewing it and will respond within 45 days."),
    (U, "Request completed", "We were not able to delete your profile because it is linked to an active subscription. Please cancel the subscription first."),
    (NI, "Removal confirmed", "We could not find a listing matching the information provided. Please send us the URL of the listing you want removed."),
    (C, "Update on your request", "Your listing has been removed from our website and from our partner sites."),
    # our letter quoted
    (A, "", "We received your message and have opened case 55120. We will reply within 45 days." + LETTER),
    (A, "", "Thanks, a member of our team will review this request." + LETTER.replace("confirm in writing that it has been deleted", "confirm that it has been deleted and removed from your site")),
    # boilerplate footers
    (A, "", "Your request has been received and assigned ticket #44102. We will follow up shortly." + FOOTER),
    (A, "", "We are looking into your request and will be in touch." + "\n\nPrivacy notice: personal data in this correspondence will be deleted once your request is closed."),
    (NI, "", "Please reply with the URL of the profile you want removed." + FOOTER),
    # real confirmations, plainly in unusual words
    (C, "", "This is to confirm that your personal information has been deleted."),
    (C, "", "This email confirms that we have deleted the personal information we held about your client."),
    (C, "", "We write to confirm that your client's records have been erased from our databases."),
    (C, "", "Please be advised that all personal data relating to you has now been purged from our systems."),
    (C, "", "We can confirm your listing no longer appears on our website."),
    (C, "", "Your record has been taken down."),
    (C, "", "Consider it done: your profile is gone from our site and we have deleted the underlying record."),
    (C, "", "DROP request outcome: record deleted."),
    (C, "", "We have honored your deletion request. All personal information we held about you has been deleted."),
    (C, "", "Good news! Your information has been successfully removed from our database."),
    (C, "", "We completed your request to delete. Your personal information has been deleted from our records."),
    (C, "", "Your personal data has been permanently erased in accordance with Article 17 GDPR."),
    (C, "", "We have now deleted all the personal data we held about you, including from our marketing and people-search databases."),
    (C, "", "Your listing was removed today. It can no longer be found on our site."),
    # more near misses in English
    (U, "", "We have removed your information from our free search results. Information from paid reports is governed by the FCRA."),
    (U, "", "We removed your phone number from your profile as requested."),
    (U, "", "Your address has been hidden from public view. The rest of the profile remains."),
    (U, "", "We deleted the cookies and advertising identifiers associated with your browser."),
    (U, "", "We have deleted the photo you asked us to remove."),
    (U, "", "Your opt-out has been processed for our website only. Affiliated websites operate independently."),
    (U, "", "The request has been completed: your information is no longer available for sale to third parties."),
    (R, "", "We have declined your request because we cannot verify that the agent is authorized."),
    (C, "", "We have deleted your information from our marketing database. Please note that we may receive your information again from third parties in the future, and it may reappear."),
    (U, "", "Your information was previously removed on 2026-03-04. It appears the profile has been recreated from new public records."),
    (U, "", "Your deletion request was completed for the Spokane, WA record only."),
    (U, "", "We deleted the duplicate record we found. Your primary listing remains visible."),
    (U, "", "Your request has been completed. Note that we have retained your name and address on a suppression list to prevent future collection."),

    # ---- Spanish
    (U, "", "Su solicitud de no vender su información personal ha sido procesada. Su perfil seguirá visible en nuestro sitio."),
    (U, "", "Hemos registrado su solicitud de exclusión de la venta de datos. Esta solicitud no elimina su información."),
    (U, "", "Hemos incluido sus datos en nuestra lista de supresión para fines de mercadotecnia."),
    (U, "", "Su dirección de correo fue eliminada de nuestras campañas de publicidad."),
    (R, "", "No encontramos ningún registro con los datos que nos proporcionó."),
    (U, "", "Su cuenta de usuario ha sido eliminada. Los listados públicos se gestionan por separado."),
    (U, "", "Eliminamos el perfil de la dirección de Phoenix. El segundo perfil pertenece a otra persona y sigue publicado."),
    (U, "", "Hemos eliminado sus datos personales, salvo los que la ley nos obliga a conservar."),
    (R, "", "La información proviene de registros públicos y está exenta; no la eliminaremos."),
    (U, "", "Actuamos como encargado del tratamiento. Diríjase a la empresa responsable de sus datos."),
    (A, "", "Su perfil será eliminado en un plazo de 72 horas."),
    (A, "", "Una vez que verifique su identidad, eliminaremos sus datos."),
    (A, "", "Su solicitud está en proceso; sus datos se eliminarán en la próxima actualización."),
    (A, "Sus datos han sido eliminados", "Gracias por su solicitud. La estamos revisando y le responderemos en 45 días."),
    (C, "", "Le confirmamos que sus datos personales han sido eliminados."),
    (C, "", "Por medio de la presente le confirmamos que hemos borrado toda la información personal de su cliente."),
    (C, "", "Su ficha ya no aparece en nuestro sitio: la dimos de baja hoy."),
    (C, "", "Sus datos fueron suprimidos de nuestras bases de datos de forma definitiva."),
    (U, "", "Dimos de baja su suscripción al boletín."),
    (U, "", "Ocultamos su número de teléfono de su perfil."),
    (U, "", "Su solicitud fue completada: ya no venderemos ni compartiremos su información."),
    (C, "", "Eliminamos su información de nuestra base de datos de mercadotecnia, aunque podría volver a aparecer si la recibimos de terceros."),
    (U, "", "Hemos completado la solicitud de eliminación para el correo pedro@otro.example. Si usted pidió por otra persona, envíe una solicitud aparte."),
    (U, "", "Hemos eliminado las cookies de su navegador."),
    (U, "", "Su perfil fue eliminado de nuestro sitio web gratuito; los informes de pago se rigen por la FCRA."),

    # ---- French
    (U, "", "Votre demande d'opposition à la vente de vos données a été traitée. Votre profil reste visible."),
    (R, "", "Nous n'avons trouvé aucune donnée vous concernant dans nos systèmes."),
    (A, "", "Vos données seront supprimées dans un délai de 30 jours."),
    (C, "", "Nous vous confirmons que vos données personnelles ont été effacées."),
    (U, "", "Nous avons supprimé votre compte client. Les fiches publiques sont traitées séparément."),
    (U, "", "Nous avons effacé vos données, à l'exception de celles que nous devons conserver en vertu de la loi."),
    (U, "", "Nous agissons en tant que sous-traitant. Veuillez adresser votre demande au responsable du traitement."),
    # ---- German
    (U, "", "Ihr Widerspruch gegen die Nutzung Ihrer Daten zu Werbezwecken wurde umgesetzt. Ihre Daten wurden für Werbung gesperrt."),
    (C, "", "Hiermit bestätigen wir, dass Ihre personenbezogenen Daten gelöscht wurden."),
    (A, "", "Ihre Daten werden innerhalb von 30 Tagen gelöscht."),
    (U, "", "Wir haben Ihre Daten gelöscht, mit Ausnahme der Daten, die wir aufgrund gesetzlicher Aufbewahrungspflichten speichern müssen."),
    (U, "", "Wir sind Auftragsverarbeiter. Bitte wenden Sie sich an den Verantwortlichen."),
    (U, "", "Ihr Kundenkonto wurde gelöscht. Einträge im Verzeichnis sind davon nicht betroffen."),
    # ---- Portuguese
    (U, "", "Sua solicitação de não venda dos seus dados foi processada. Seu perfil continua visível."),
    (C, "", "Confirmamos que os seus dados pessoais foram eliminados."),
    (A, "", "Seus dados serão excluídos em até 15 dias."),
    (U, "", "Excluímos seus dados, exceto aqueles que somos obrigados a manter por lei."),
    (U, "", "Sua conta foi excluída. Os perfis públicos são tratados separadamente."),
    # ---- Italian
    (C, "", "Le confermiamo che i suoi dati personali sono stati cancellati."),
    (A, "", "I suoi dati saranno cancellati entro 30 giorni."),
    (U, "", "Abbiamo cancellato i suoi dati, ad eccezione di quelli che siamo tenuti a conservare per legge."),
    (U, "", "Il suo indirizzo è stato rimosso dalle nostre liste di marketing."),
    # ---- Dutch
    (C, "", "Hierbij bevestigen wij dat uw persoonsgegevens zijn verwijderd."),
    (A, "", "Uw gegevens worden binnen 30 dagen verwijderd."),
    (U, "", "Wij hebben uw gegevens verwijderd, met uitzondering van de gegevens die wij wettelijk moeten bewaren."),
    (U, "", "Uw account is verwijderd. Openbare vermeldingen worden apart behandeld."),
    # ---- Polish
    (C, "", "Potwierdzamy, że Pana dane osobowe zostały usunięte."),
    (A, "", "Dane zostaną usunięte w ciągu 30 dni."),
    (U, "", "Usunęliśmy Pana dane, z wyjątkiem danych, które musimy przechowywać zgodnie z prawem."),
    # ---- Vietnamese
    (C, "", "Chúng tôi xác nhận rằng dữ liệu cá nhân của bạn đã được xóa."),
    (A, "", "Dữ liệu của bạn sẽ được xóa trong vòng 30 ngày."),
    (U, "", "Tài khoản của bạn đã được xóa. Hồ sơ công khai được xử lý riêng."),
    # ---- Chinese
    (C, "", "我们确认您的个人信息已被删除。"),
    (A, "", "您的数据将在30天内删除。"),
    (U, "", "您的账户已删除，但公开资料不受影响。"),
    # ---- Korean
    (C, "", "귀하의 개인정보가 삭제되었음을 확인합니다."),
    (A, "", "귀하의 개인정보는 30일 이내에 삭제될 예정입니다."),
    # ---- Tagalog
    (C, "", "Kinukumpirma namin na ang iyong personal na impormasyon ay nabura na."),
    (A, "", "Buburahin namin ang iyong impormasyon sa loob ng 30 araw."),
    # ---- Arabic
    (C, "", "نؤكد لكم أنه تم حذف بياناتكم الشخصية."),
    (A, "", "سيتم حذف بياناتكم خلال 30 يوما."),
    # ---- Russian
    (C, "", "Подтверждаем, что ваши персональные данные удалены."),
    (A, "", "Ваши данные будут удалены в течение 30 дней."),
    # ---- Haitian Creole
    (C, "", "Nou konfime ke nou efase enfòmasyon pèsonèl ou yo."),
    (A, "", "N ap efase enfòmasyon ou yo nan 30 jou."),
    (U, "", "Nou efase kont ou an, men fich piblik yo pa chanje."),

    # ---- round 2, written after round 1's fixes, to see whether they hold as classes
    (U, "", "Per your request, we removed your email address from our system. Your people-search profile is not connected to your email and was not changed."),
    (U, "", "We honored your request for the website TruePeopleLookup. Records on our data licensing products are governed by separate terms."),
    (U, "", "We've suppressed your record so it will not be sold or licensed going forward."),
    (U, "", "Your request to delete has been granted in part. We deleted data that is not subject to an exemption."),
    (U, "", "Your information has been deleted to the extent required by applicable law."),
    (R, "", "Our records show that the information is obtained from public government sources; under the CCPA such information is not personal information, so no action was taken."),
    (U, "", "The business on whose behalf we process your data has been notified of your request. We have no further role."),
    (U, "", "Hi Maria, we deleted the profile you reported. (Ref: case 2201 for J. Smith)"),
    (A, "", "Thanks for confirming your identity. Your records will be purged in our next weekly processing cycle."),
    (A, "", "Your opt-out request is approved. Removal may take up to 48 hours to appear on the site."),
    (NI, "", "Before we can delete your data, please confirm the state you live in by replying to this email."),
    (A, "Confirmation of deletion", "Hello, your request reached our privacy team. Someone will reply within 10 business days."),
    (C, "Re: Deletion request", "All done. We've wiped your data from our systems, including backups, and closed the request."),
    (C, "", "Per your CCPA request, we have deleted all personal information we maintain about you. No exemptions were applied."),
    (C, "", "We confirm the erasure of your personal data under Article 17."),
    (C, "", "Your listing is no longer on our site, and the underlying record has been deleted."),
    (C, "", "The records you asked about have now been fully removed from our people-search database."),
    (U, "", "Your data has been deleted from our advertising platform. Data held by our clients is their responsibility."),
    (A, "", "We have received your request and will delete your data once our verification is complete." + FOOTER),
    (A, "", "Your ticket has been updated. A reply from our agent is pending." + LETTER),
    (U, "", "Hemos dado de baja su número de teléfono de nuestros listados. El resto del perfil sigue publicado."),
    (U, "", "Su solicitud se ha completado únicamente para la dirección de correo indicada."),
    (C, "", "Le informamos que sus datos personales han sido suprimidos de todos nuestros sistemas."),
    (A, "Sus datos han sido eliminados", "Recibimos su solicitud y la estamos tramitando. Le responderemos en un plazo de 30 días."),
    (U, "", "Actuamos como proveedor de servicios; hemos enviado su solicitud al responsable, que le contestará directamente."),
    (U, "", "Nous avons supprimé votre adresse de nos campagnes publicitaires."),
    (U, "", "Wir haben Ihre Daten aus unserem Werbeverteiler entfernt."),
    (C, "", "Wir teilen Ihnen mit, dass Ihre Daten vollständig gelöscht wurden."),
    (U, "", "Removemos seu e-mail das nossas campanhas promocionais."),
    (U, "", "Abbiamo rimosso il suo numero dalle nostre campagne pubblicitarie."),
    (U, "", "Wij hebben uw e-mailadres verwijderd uit onze marketingcampagnes."),
    (C, "", "Informujemy, że Pani dane zostały trwale usunięte."),
    (U, "", "Chúng tôi đã xóa email của bạn khỏi danh sách tiếp thị."),
    (C, "", "您的个人资料已从我们的网站上删除。"),
    (U, "", "我们已将您的邮箱从营销名单中删除。"),
    (C, "", "귀하의 프로필을 웹사이트에서 삭제했습니다."),
    (U, "", "Tinanggal na namin ang iyong email sa aming listahan ng marketing."),
    (C, "", "تم حذف ملفك الشخصي من موقعنا."),
    (U, "", "Мы удалили ваш адрес из нашей рекламной рассылки."),
    (C, "", "Nou retire fich ou a sou sit nou an."),

    # ---- round 3, written after round 2's fixes: mail structure (an Outlook-style quoted letter, footers),
    # search engines against the site, deactivation and anonymisation, subsidiaries, matching by one identifier
    (A, "", "Thank you, we are processing your request.\n\n-----Original Message-----\nFrom: Clinica Legal\nSent: Monday, November 3, 2026\n"
            "Subject: Deletion request\n\nPlease confirm that all personal data has been deleted and removed from your site."),
    (A, "", "Your request is under review.\n\nFrom: agent@clinic.example\nSent: 3 Nov 2026\nTo: privacy@broker.example\nSubject: Data deletion\n"
            "We ask that you confirm in writing that the data has been deleted."),
    (NI, "", "Please provide the URL of the listing.\n\nConfidentiality notice: if you received this in error, delete it and notify the sender. "
             "Records of this correspondence are removed after 30 days."),
    (A, "", "We have opened ticket 8812 for your request.\n\nUnsubscribed addresses are removed from our lists within 10 days."),
    (C, "", "Your opt-out has been completed and your listing has been removed.\n\nThis e-mail was sent from a notification-only address."),
    (C, "", "Removal complete. The profile no longer appears in our search results."),
    (U, "", "We have completed your request by removing you from our mail and phone solicitation lists."),
    (U, "", "Your listing was removed on Friday. However, a new listing with your information was published today from a different source."),
    (U, "", "Your profile is now hidden from search engines such as Google. It remains available on our site."),
    (A, "", "We expect your listing to be removed by the end of the month."),
    (A, "", "Deletion is pending. Your data will be purged after the 30-day grace period."),
    (ID, "", "To complete the deletion we need a copy of your ID. Once received, your data will be deleted."),
    (U, "", "We anonymized your data for analytics purposes; your public profile is not affected."),
    (C, "", "We have anonymised all personal data relating to you; it can no longer be linked to you."),
    (R, "", "We are unable to delete your information because it is required for fraud prevention."),
    (R, "", "Your request was processed in accordance with our policy. Information obtained from public records is not subject to deletion."),
    (U, "", "We've removed your listing from Google search. To remove it from our site, use the opt-out form."),
    (U, "", "The profile has been deactivated. It may be reactivated if you log in again."),
    (C, "", "We have processed your deletion request and erased your personal information from all of our systems."),
    (U, "", "Your data was deleted from our US database. Our EU subsidiary processes data separately."),
    (U, "", "The requested deletion has been applied to records matching your email address. Records matched on your phone number were not affected."),
    (A, "", "Su baja se hará efectiva en un plazo de 10 días hábiles."),
    (U, "", "Le hemos dado de baja de nuestras comunicaciones comerciales."),
    (C, "", "Confirmamos que su perfil ha sido eliminado de forma permanente de nuestro sitio."),
    (U, "", "Hemos ocultado su perfil en los buscadores; seguirá visible en nuestro sitio."),
    (U, "", "Su cuenta ha sido cerrada y sus datos de pago borrados. El directorio es un servicio independiente."),
    (U, "", "Votre profil n'est plus référencé sur les moteurs de recherche, mais il reste accessible sur notre site."),
    (U, "", "Wir haben Ihren Eintrag für Statistikzwecke anonymisiert; Ihr öffentliches Profil bleibt bestehen."),
    (U, "", "Seu perfil foi ocultado dos mecanismos de busca, mas continua visível no nosso site."),
    (C, "", "Confermiamo che il suo profilo è stato rimosso definitivamente."),
]


def read(subject: str, body: str):
    raw = (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject or 'Re: your request'}\n"
           f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


def main() -> int:
    verbose = "-v" in sys.argv
    false_conf = missed = exact = 0
    for n, (label, subject, body) in enumerate(PROBES, 1):
        got = read(subject, body)
        wrong = (got.kind == "confirmed") != (label == "confirmed")
        false_conf += got.kind == "confirmed" and label != "confirmed"
        missed += label == "confirmed" and got.kind != "confirmed"
        exact += got.kind == label
        if wrong or verbose:
            mark = "FALSE CONFIRMATION" if got.kind == "confirmed" else ("MISSED" if wrong else "")
            print(f"{n:3} {mark:18} want {label:12} got {got.kind:12} {got.rule[:70]} | {body[:110]}")
    print(f"{len(PROBES)} probes: {false_conf} false confirmations, {missed} confirmations missed, "
          f"{exact} read in the labelled class")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
