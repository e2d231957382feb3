"""Classes of reply wording that set H (tests/replies/seth) showed were misread, each in several
languages and wordings of its own (none is a sentence of set H): the right class is asserted,
and the safe class where the wording is negated."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def mail(body: str, subject: str = "Re: Data deletion request") -> bytes:
    return (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str):
    return classify(parse(mail(body)))


@pytest.mark.parametrize("body", [
    "Wir haben die zu Ihrer Person gespeicherten Angaben entsprechend Ihrem Antrag vom 3. Mai vollständig gelöscht.",
    "Ihre personenbezogenen Daten wurden gemäß Art. 17 Abs. 1 DSGVO aus allen unseren Systemen entfernt.",
    "Wij hebben alle gegevens die wij over u bewaarden op grond van artikel 17 AVG definitief verwijderd.",
    "Uw vermelding is op uw verzoek van onze website offline gehaald.",
])
def test_verb_final_success_far_from_its_auxiliary_is_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Wir haben Ihre Daten nicht gelöscht.",
    "Wir haben die zu Ihrer Person gespeicherten Angaben bisher nicht gelöscht.",
    "Wij hebben uw gegevens niet verwijderd.",
    "Wij hebben uw profiel offline gehaald, maar uw telefoonnummer staat nog in onze database.",
    "Ihr Profil wurde entfernt; Ihre Adresse ist jedoch weiterhin in unserem Archiv gespeichert.",
])
def test_a_negated_or_partial_verb_final_success_is_never_confirmed(body):
    assert read(body).kind != "confirmed"
    assert read(body).kind in ("unsure", "refused", "other")


@pytest.mark.parametrize("body", [
    "Wij hebben uw verzoek ontvangen en zullen uw gegevens binnen een maand verwijderd hebben.",
    "Wir haben Ihre Anfrage erhalten und werden Ihre Daten bis Ende des Monats gelöscht haben.",
])
def test_a_verb_final_promise_after_a_receipt_is_a_receipt(body):
    # the long gap between auxiliary and participle may not cross "und werden" / "en zullen"
    assert read(body).kind == "acknowledged"


@pytest.mark.parametrize("body,days", [
    ("Due to the complexity of your request, we need two more months to respond, as GDPR Article 12(3) allows.", 60),
    ("The deadline for our response has been extended by two months.", 60),
    ("Le délai de traitement de votre demande est prolongé de deux mois.", 60),
    ("Die Frist zur Beantwortung wird um zwei Monate verlängert.", 60),
    ("El plazo para responder a su solicitud ha sido ampliado en dos meses.", 60),
    ("O prazo de resposta foi prorrogado por mais dois meses.", 60),
    ("Il termine per la risposta è prorogato di due mesi.", 60),
    ("De termijn voor ons antwoord wordt verlengd met twee maanden.", 60),
])
def test_an_extension_in_every_language_names_its_days(body, days):
    c = read(body)
    assert (c.kind, c.days) == ("extended", days)


@pytest.mark.parametrize("body", [
    "Unfortunately we were unable to match the details you gave us with any record in our systems.",
    "The details you sent do not match anyone in our database.",
    "No hemos podido asociar los datos facilitados con ningún registro.",
    "Les informations fournies ne correspondent à aucun profil de notre base.",
    "Wir konnten die angegebenen Daten leider keiner Person zuordnen.",
    "Não encontramos nenhuma correspondência com os dados fornecidos.",
    "Non abbiamo trovato nessuna corrispondenza con i dati forniti.",
    "Wij konden de gegevens niet aan een persoon koppelen.",
])
def test_no_match_is_not_found(body):
    c = read(body)
    assert (c.kind, c.reason) == ("refused", "no record")


@pytest.mark.parametrize("body", [
    "Your data has been deleted, except for a suppression record we keep so that we never add you again.",
    "Hemos eliminado sus datos, salvo un registro en nuestra lista de exclusión para no volver a incluirlos.",
    "Nous avons supprimé vos données, sauf une mention dans notre liste d'opposition afin de ne plus vous contacter.",
    "Wir haben Ihre Daten gelöscht, lediglich ein Sperrvermerk bleibt gespeichert, damit Sie nicht erneut erfasst werden.",
])
def test_a_suppression_record_kept_after_an_erasure_is_still_a_confirmation(body):
    assert read(body).kind == "confirmed"


def test_a_suppression_record_does_not_hide_a_part_left():
    c = read("Your data has been deleted, except for a suppression record. Your phone number is still listed on our site.")
    assert c.kind != "confirmed"
    assert read("We have not deleted your data, but we keep it on a suppression list.").kind != "confirmed"


@pytest.mark.parametrize("body", [
    "As you are acting for someone else, please send us the consumer's signed permission for you to make this request.",
    "An authorized agent must provide a power of attorney before we can act on this request.",
    "Please attach a copy of the requester's government-issued ID.",
    "Le rogamos nos envíe una autorización firmada por el interesado.",
    "Merci de nous transmettre une copie de votre carte d'identité.",
    "Bitte senden Sie uns eine Vollmacht der betroffenen Person.",
    "Per procedere ci invii una copia di un documento di riconoscimento valido.",
    "Stuur ons een kopie van uw paspoort of een machtiging.",
])
def test_identity_and_authorised_agent_demands_are_needs_id(body):
    assert read(body).kind == "needs_id"


@pytest.mark.parametrize("body", [
    "We have opted you out of sale. Data held by our consumer reporting affiliate is subject to the FCRA and is not affected by your request.",
    "We removed your marketing profile. Information covered by the Gramm-Leach-Bliley Act was not included in this deletion.",
])
def test_an_exemption_beside_a_part_done_is_unsure(body):
    assert read(body).kind == "unsure"


def test_an_exemption_alone_stays_a_refusal():
    c = read("Your information is subject to the FCRA, so we cannot delete it.")
    assert (c.kind, c.reason) == ("refused", "exempt")


def test_a_person_promising_to_look_into_it_is_a_receipt():
    assert read("Got it, thanks. Someone from our team will look into this.").kind == "acknowledged"


@pytest.mark.parametrize("body,code", [
    ("Szanowni Państwo, usunęliśmy wszystkie Pani dane osobowe z naszych systemów.", "pl"),
    ("Hej! Vi har tagit emot din begäran och återkommer inom en månad.", "sv"),
    ("您好，我们无法在系统中找到与您有关的任何记录。", "zh"),
    ("Tumepokea ombi lako na tutakujibu ndani ya siku thelathini.", "sw"),
    ("Talebinizi aldık ve otuz gün içinde size geri döneceğiz.", "tr"),
    ("Bună ziua, am primit cererea dumneavoastră și vă vom răspunde în termen de o lună.", "ro"),
])
def test_a_reply_in_a_language_without_rules_names_its_language_and_guesses_no_class(body, code):
    c = read(body)
    assert (c.kind, c.language) == ("other", code)
    assert f"({code})" in c.rule and "translated" in c.rule


def test_a_reply_in_a_language_with_rules_names_none():
    c = read("Estimada señora, gracias por escribirnos. Saludos cordiales desde la oficina.")
    assert (c.kind, c.language, c.rule) == ("other", None, "other: no rule matched")


def test_the_language_detector_loads_only_when_a_reply_needs_it():
    import subprocess
    import sys
    code = ("import sys; from optout.mail import classify, parse; "
            "classify(parse(b'From: a@b.example\\nSubject: x\\n\\nYour data has been deleted.\\n')); "
            "print('lingua' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


@pytest.mark.parametrize("body,kind", [
    ("您好，我们已将您的个人信息从系统中删除。", "confirmed"),
    ("我们已将您的请求转交隐私团队以便删除。", "acknowledged"),
    ("我们尚未删除您的信息。", "unsure"),
    ("我们没有找到与您相关的任何记录。", "refused"),
    ("请提供您的护照复印件。", "needs_id"),
    ("Мы удалили ваши персональные данные из нашей базы.", "confirmed"),
    ("Ваши данные не были удалены.", "unsure"),
    ("Ваши данные будут удалены, когда мы проверим запрос.", "other"),
    ("Мы не смогли найти ваши данные.", "refused"),
    ("Мы получили ваш запрос и ответим в течение 30 дней.", "acknowledged"),
    ("Chúng tôi đã xóa thông tin của bạn khỏi hệ thống.", "confirmed"),
    ("Chúng tôi chưa xóa thông tin của bạn.", "unsure"),
    ("Thông tin sẽ được xóa khi chúng tôi xác minh.", "other"),
    ("Chúng tôi không thể xóa thông tin của bạn.", "refused"),
    ("Vui lòng gửi bản sao hộ chiếu của bạn.", "needs_id"),
])
def test_chinese_russian_vietnamese_commonest_classes_and_their_negations(body, kind):
    assert read(body).kind == kind


# ---- a completed opt-out of SALE is no deletion (set H2's one false confirmation, as a class) -------

def read_html(html: str):
    raw = (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: Re: Data deletion request\n"
           f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}\n").encode()
    return classify(parse(raw))


@pytest.mark.parametrize("body", [
    "Your request to opt out of the sale of your personal information has been completed.",
    "We have completed your request. You have been opted out of the sale and sharing of your personal information.",
    "Hemos completado su solicitud de no vender ni compartir su información personal.",
    "Votre demande d'opposition à la vente de vos données a été traitée.",
    "Ihr Antrag, Ihre Daten nicht zu verkaufen, wurde abgeschlossen.",
])
def test_a_completed_opt_out_of_sale_is_not_a_deletion(body):
    r = read(body)
    assert r.kind != "confirmed", r
    assert r.kind in ("unsure", "refused", "other", "acknowledged")


def test_a_status_table_naming_only_an_opt_out_of_sale_is_not_a_deletion():
    r = read_html("<p>Your request has been processed.</p><table><tr><th>Request</th><th>Type</th><th>Status</th>"
                  "</tr><tr><td>88120</td><td>Opt out of sale/sharing</td><td>Completed</td></tr></table>")
    assert r.kind == "unsure", r


def test_a_deletion_completed_with_an_opt_out_of_sale_is_still_a_confirmation():
    assert read("Your request to delete your information and to opt out of sale has been completed.").kind == "confirmed"
    assert read("Your profile has been removed from our site and you have been opted out of the sale of your "
                "data.").kind == "confirmed"


def test_our_own_subject_naming_a_deletion_does_not_make_a_sale_opt_out_one():
    # "Re: Data deletion request" is our subject quoted back, not the broker's words
    assert read("Your do not sell request has been completed.").kind != "confirmed"


def test_table_cells_are_words_apart_when_html_is_read():
    from optout.mail import parse as parse_mail

    raw = (b"From: a@b.example\nTo: c@d.example\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n"
           b"<table><tr><td>88120</td><td>Deletion</td><td>Completed</td></tr></table>")
    assert "88120 | Deletion | Completed" in parse_mail(raw).text  # was "88120DeletionCompleted"


@pytest.mark.parametrize("body", [
    "Ist Ihr Profil bereits entfernt? Bitte prüfen Sie die Suche.",
    "Has your profile been removed? Let us know if you still see it.",
    "¿Ya se eliminó su perfil? Avísenos si todavía aparece.",
    "Votre fiche a-t-elle été supprimée ? Dites-le-nous.",
])
def test_a_question_is_no_confirmation(body):
    assert read(body).kind != "confirmed"
