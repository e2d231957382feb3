"""Probe pass 31 (branch r31): the seven classes fixed from set S's first read, in wordings and languages the
first fix did not read (scripts/probe_replies31.py found them; the sentences here are written for these tests,
none a set S sentence). Each class beside the near misses that must keep their reading."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse
from optout.mail._classify import choose_link, names_another_listing


def raw(body: str, subject: str = "Re: your request", *, sender: str = "privacy@broker.example") -> bytes:
    from email.header import Header

    return (f"From: {sender}\nTo: Clinic <clinic@example.org>\nSubject: {Header(subject, 'utf-8').encode()}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: your request", **kw):
    return classify(parse(raw(body, subject, **kw)))


# 1. another listing's address: named outside the sentence that says it was done, or the same one with a tracking query
ASKED = "https://www.peoplepage.example/person/marisol-cruz-vega/AZ/85004"
QUOTE = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n> Please remove our client's listing at "
         "{a}.\n> Reference: OPT-R-031\n")


def with_quote(said: str, asked: str = ASKED) -> str:
    return "Hello,\n\n" + said + "\n\nSupport" + QUOTE.format(a=asked)


@pytest.mark.parametrize("said", [
    "Your request is complete. Listing removed: https://peoplepage.example/person/marisol-cruz/AZ/85013",
    "Request completed.\nURL: peoplepage.example/person/marisol-cruz-vega/AZ/85031\nStatus: suppressed",
    "Solicitud completada. Perfil dado de baja: https://peoplepage.example/person/marisol-c-vega/AZ/85004",
])
def test_a_completion_naming_another_listing_outside_its_sentence_is_no_confirmation(said):
    got = read(with_quote(said))
    assert got.kind != "confirmed", got


@pytest.mark.parametrize("said", [
    # the same listing: a tracking query, a fragment, upper case, http, no www., a closing slash
    "We have removed https://peoplepage.example/person/marisol-cruz-vega/AZ/85004?utm_medium=email&utm_source=crm from our site.",
    "We have removed HTTP://PEOPLEPAGE.EXAMPLE/person/marisol-cruz-vega/AZ/85004/#profile from our site.",
    "Your request is complete. Listing removed: peoplepage.example/person/marisol-cruz-vega/AZ/85004/",
    # the broker's other pages beside the removal: no listing
    "Your listing has been removed. Our opt-out policy: https://peoplepage.example/legal/privacy",
    "Your listing has been removed. Questions? https://peoplepage.example/help",
])
def test_the_same_listing_or_a_page_that_is_no_listing_keeps_the_confirmation(said):
    assert read(with_quote(said)).kind == "confirmed"


def test_a_query_that_names_the_listing_still_tells_two_listings_apart():
    said = "We have removed https://peoplepage.example/view?id=2231 from our site."
    assert read(with_quote(said, "https://peoplepage.example/view?id=2213")).kind == "unsure"
    assert read(with_quote(said, "https://peoplepage.example/view?id=2231&utm_source=x")).kind == "confirmed"


def test_the_flow_s_check_reads_a_listing_named_outside_the_completing_sentence():
    msg = parse(raw("Hello,\n\nAll done.\nRemoved: https://peoplepage.example/person/marisol-cruz/AZ/85013\n\nSupport"))
    assert names_another_listing(msg, [ASKED])
    assert names_another_listing(msg, ["https://peoplepage.example/person/marisol-cruz/AZ/85013?utm_campaign=x"]) is None


# 2. suppressed from the public sites, the data still used elsewhere, or only hidden
@pytest.mark.parametrize("body", [
    "We have suppressed your client's record on our search sites. Our fraud and identity products will continue to rely on this data.",
    "The profile is no longer shown publicly. The information may still be made available to our insurance and government clients.",
    "Your opt-out is complete. This only hides the profile from our public search results.",
    "Done: the listing was removed from the website, but the underlying records are retained.",
    "Votre profil a été supprimé du site. Les informations resteront utilisées par nos partenaires commerciaux.",
    "Il profilo è stato cancellato dal sito. I dati restano disponibili per i nostri clienti aziendali.",
    "Der Eintrag wurde entfernt. Die Daten werden weiterhin von unseren Geschäftskunden genutzt.",
])
def test_a_suppression_whose_data_stays_in_use_is_no_confirmation_in_more_words(body):
    got = read("Hello,\n\n" + body + "\n\nPrivacy")
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "We have removed the profile and we keep a flag on the record so it does not reappear again.",
    "Il profilo è stato cancellato. Continuiamo a proteggere i dati dei nostri clienti con la crittografia.",
    "Le profil a été supprimé. Nous conservons votre nom dans notre liste d'opposition afin qu'il ne soit plus publié.",
])
def test_a_removal_beside_a_suppression_flag_or_security_words_keeps_the_confirmation(body):
    assert read("Hello,\n\n" + body + "\n\nPrivacy").kind == "confirmed"


# 3. a credit report dispute's result
@pytest.mark.parametrize(("body", "subject"), [
    ("Result: deleted. The collection you disputed no longer appears on your credit report.", "Your dispute"),
    ("Hemos concluido la revisión de su disputa y la cuenta de cobranza fue eliminada.", "Su disputa"),
    ("Der bestrittene Eintrag wurde gelöscht und erscheint nicht mehr in Ihrer Kreditauskunft.", "Ihre Beschwerde"),
    ("La posizione da lei contestata è stata cancellata dalla Centrale Rischi.", "Esito"),
])
def test_a_credit_dispute_result_in_more_words_is_no_confirmation(body, subject):
    assert read("Dear consumer,\n\n" + body + "\n\nConsumer Relations", subject).kind == "unsure"


def test_a_bureau_s_deletion_of_a_people_search_record_keeps_the_confirmation():
    body = ("Hello,\n\nWe have deleted your listing from our people-search website. This does not change your credit "
            "report.\n\nPrivacy Office, a consumer reporting agency")
    assert read(body).kind == "confirmed"


# 4. an opt-out of the sale said with a deletion word whose object is the sale
@pytest.mark.parametrize("body", [
    "Request complete: your information has been deleted from data sharing.",
    "Done. We removed your client from our file of people whose details can be sold.",
    "Su información fue borrada de la lista de venta de datos personales.",
    "Seus dados foram removidos do compartilhamento e da venda.",
])
def test_a_sale_opt_out_in_deletion_words_is_no_confirmation(body):
    got = read("Hello,\n\n" + body + "\n\nPrivacy")
    assert got.kind in ("unsure", "refused"), got


@pytest.mark.parametrize("body", [
    "We deleted your client's profile, and her data was also removed from the sale.",
    "Hemos eliminado los datos de su clienta y ya no los vendemos.",
])
def test_a_deletion_beside_a_sale_opt_out_keeps_the_confirmation(body):
    assert read("Hello,\n\n" + body + "\n\nPrivacy").kind == "confirmed"


# 5. done, but sign in to finalise
@pytest.mark.parametrize("body", [
    "Your deletion has been processed. To finish, please verify your details in your account.",
    "We processed your opt-out. Please log in to your account to complete the removal.",
    "Your request is complete. Final step: sign in and confirm your e-mail address.",
    "Su baja fue procesada. Inicie sesión en su cuenta para confirmar la eliminación.",
    "Sua exclusão foi processada. Para concluí-la, acesse sua conta.",
    "Votre demande a été traitée. Pour la terminer, identifiez-vous sur votre compte.",
    "Ihre Anfrage wurde bearbeitet. Um die Löschung abzuschliessen, melden Sie sich in Ihrem Konto an.",
    "La sua richiesta è stata elaborata. Per finalizzarla, acceda al suo account.",
])
def test_done_but_sign_in_to_finalise_in_more_words_is_no_confirmation(body):
    got = read("Hello,\n\n" + body + " https://broker.example/account\n\nThe Team")
    assert got.kind != "confirmed", got


@pytest.mark.parametrize("body", [
    "Your listing was removed. Log in any time to update your marketing preferences.",
    "Ihr Eintrag wurde gelöscht. Um Ihre Newsletter zu verwalten, melden Sie sich an.",
])
def test_done_and_a_sign_in_for_something_else_keeps_the_confirmation(body):
    assert read("Hello,\n\n" + body + "\n\nThe Team").kind == "confirmed"


# 6. a promotion whose headline is its subject, in the other languages and price words
@pytest.mark.parametrize(("subject", "body"), [
    ("Last chance: half off every plan", "Reports from $1.99/mo. Your listing was removed from our directory."),
    ("Oferta exclusiva: búsquedas ilimitadas", "Solo $2.99 al mes. Su perfil fue eliminado de nuestra web."),
    ("Offre spéciale : -40 % aujourd'hui", "Abonnez-vous maintenant. Votre fiche a été supprimée."),
    ("Offerta speciale", "Abbonati subito: ricerche illimitate. Il tuo profilo è stato rimosso."),
    ("Flash sale ends tonight", "Two reports for the price of one. Your old listing was removed last spring."),
])
def test_a_promotion_in_more_languages_is_no_confirmation(subject, body):
    got = read(body, subject)
    assert got.kind != "confirmed", got


def test_a_reply_with_a_price_in_its_footer_keeps_the_confirmation():
    body = "Hello,\n\nWe removed your client's profile from our site.\n\nSupport\n--\nPremium: only $4.99/month."
    assert read(body, "Re: Removal OPT-R-031").kind == "confirmed"


# 7. a code sent by text message, the verb before the code, Italian, "check your phone"
@pytest.mark.parametrize("body", [
    "Check your phone for the 6-digit code we just sent and enter it at https://broker.example/verify to continue.",
    "Te enviamos un código por SMS. Escríbelo en https://broker.example/verificar para confirmar la solicitud.",
    "Abbiamo inviato un codice al suo cellulare. Lo inserisca su https://broker.example/verifica per confermare.",
    "Nous vous avons envoyé un code par SMS : saisissez-le sur https://broker.example/verifier pour confirmer.",
])
def test_a_code_sent_by_text_message_needs_the_person_and_opens_nothing(body):
    msg = parse(raw("Hello,\n\n" + body + "\n\nPrivacy"))
    got = classify(msg)
    assert got.kind == "needs_id", got
    assert not (got.kind == "verify_link" and choose_link(msg, ["broker.example"]).status == "open")


@pytest.mark.parametrize("body", [
    "Your code is 604117. Enter it at https://broker.example/verify to confirm your deletion request.",
    "Il suo codice è 604117. Lo inserisca su https://broker.example/verifica per confermare la richiesta di cancellazione.",
])
def test_a_code_written_in_the_mail_stays_a_verification(body):
    assert read("Hello,\n\n" + body + "\n\nPrivacy").kind == "verify_link"
