"""Set S's broken promises (tests/replies/sets, held out; the lead's first read, 2026-12-02), as classes in
wordings of our own, none a set S sentence: each case below fails on the reader before the fix, and each near
miss keeps its reading. The classes: a completion naming another listing's address than the one the request
sent; a suppression from the public sites while the data stays in use in other products; a credit file's
dispute result; an opt-out of the sale in Spanish's own and calqued words; a "done, now sign in to finalise";
a promotional mail whose subject is the promotion; a code sent by text message to the person's phone."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse
from optout.mail._classify import ACT_CONFIDENCE


def raw(body: str, subject: str = "Re: your request", *, html: bool = False, sender: str = "privacy@broker.example") -> bytes:
    kind = "html" if html else "plain"
    return (f"From: {sender}\nTo: Clinic <clinic@example.org>\nSubject: {subject}\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
            f"MIME-Version: 1.0\nContent-Type: text/{kind}; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: your request", **kw):
    return classify(parse(raw(body, subject, **kw)))


# 1. Another listing's address confirmed than the one the request sent (the quoted letter names it)
QUOTE_EN = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n"
            "> Please remove the listing of our client at {asked} and any other listing of her.\n> Reference: OPT-T-001\n")
QUOTE_ES = ("\n\nEl lun, 2 nov 2026 a las 9:00, Clínica <clinic@example.org> escribió:\n"
            "> Les pedimos eliminar el perfil de nuestra clienta en {asked}.\n> Referencia: OPT-T-002\n")


@pytest.mark.parametrize(("said", "asked", "quote"), [
    ("We have removed the profile at lookupline.example/people/rosa-diaz/NV/89101 from our site.",
     "https://www.lookupline.example/people/rosa-diaz-pena/NV/89110", QUOTE_EN),
    ("Done: https://lookupline.example/p/884512 has been deleted.", "lookupline.example/p/884521", QUOTE_EN),
    ("Listo: el perfil lookupline.example/persona/ana-ruiz/CA/90011 fue eliminado de nuestro sitio.",
     "lookupline.example/persona/ana-ruiz-soto/CA/90022", QUOTE_ES),
    ("Le informamos que hemos borrado la ficha https://lookupline.example/f/ana-ruiz-12 de nuestra base.",
     "https://lookupline.example/f/ana-ruiz-21", QUOTE_ES),
])
def test_a_removal_of_another_listing_than_the_one_sent_is_no_confirmation(said, asked, quote):
    got = read("Hello,\n\n" + said + "\n\nSupport" + quote.format(asked=asked))
    assert got.kind == "unsure", got


@pytest.mark.parametrize(("said", "asked", "quote"), [
    # the same address, written with or without the scheme, www. or a closing slash
    ("We have removed the profile at lookupline.example/people/rosa-diaz/NV/89101 from our site.",
     "https://www.lookupline.example/people/rosa-diaz/NV/89101/", QUOTE_EN),
    ("Listo: el perfil https://lookupline.example/persona/ana-ruiz/CA/90011 fue eliminado de nuestro sitio.",
     "lookupline.example/persona/ana-ruiz/CA/90011", QUOTE_ES),
    # an address of the broker's that is no listing, beside the removal, in another sentence
    ("We have removed the listing you sent. You can read our policy at lookupline.example/privacy.",
     "lookupline.example/people/rosa-diaz/NV/89101", QUOTE_EN),
])
def test_a_removal_of_the_listing_sent_stays_a_confirmation(said, asked, quote):
    assert read("Hello,\n\n" + said + "\n\nSupport" + quote.format(asked=asked)).kind == "confirmed"


def test_the_flow_compares_the_listing_removed_with_the_case_s_own_listings():
    from optout.mail._classify import names_another_listing

    msg = parse(raw("Hello,\n\nThe profile lookupline.example/people/rosa-diaz/NV/89101 has been removed.\n\nSupport"))
    assert names_another_listing(msg, ["https://lookupline.example/people/rosa-diaz-pena/NV/89110"])
    assert names_another_listing(msg, ["https://www.lookupline.example/people/rosa-diaz/NV/89101"]) is None
    assert names_another_listing(msg, []) is None  # nothing to compare with: the reading stands
    assert names_another_listing(msg, ["https://otherbroker.example/people/rosa-diaz-pena/NV/89110"]) is None


# 2. Suppressed from the public sites while the data stays in use in other products
@pytest.mark.parametrize("body", [
    "We have processed your suppression. Your client's profile no longer appears on FindPeopleFast or LookupLine. "
    "Our screening products for employers and landlords continue to use data from public records.",
    "Your opt-out is complete and the listing has been removed from our websites. Please be aware that we continue to "
    "license this information to our business customers for identity verification and fraud prevention.",
    "We have completed the suppression you asked for. Please note that a suppression only limits what is displayed on "
    "our consumer sites.",
    "Hemos completado la supresión: el perfil de su clienta ya no aparece en nuestros sitios de búsqueda. Nuestros servicios "
    "de verificación para empresas siguen utilizando esa información.",
    "Seu perfil foi removido do nosso site de buscas. Continuamos a utilizar os dados nos nossos serviços de verificação "
    "para empresas, conforme a lei.",
])
def test_a_suppression_with_the_data_still_in_use_elsewhere_is_no_confirmation(body):
    got = read("Hello,\n\n" + body + "\n\nPrivacy Team")
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "Your listing has been removed. We keep your name on our suppression list and will continue to use it only to make "
    "sure the listing is not published again.",
    "We have deleted your profile. We continue to use industry-standard security to protect the data of our users.",
    "Hemos eliminado su perfil. Conservaremos su nombre en nuestra lista de supresión para que no vuelva a publicarse.",
])
def test_a_removal_beside_a_suppression_record_or_security_words_stays_a_confirmation(body):
    assert read("Hello,\n\n" + body + "\n\nPrivacy Team").kind == "confirmed"


# 3. A credit file's dispute result: an account deleted from a credit report, another request than ours
@pytest.mark.parametrize(("body", "subject"), [
    ("Following our reinvestigation, the collection account listed as MIDLAND ***88 has been deleted from your credit "
     "report.", "Your dispute results"),
    ("Result of your dispute: the inquiry from ACME AUTO has been removed from your credit file.", "Dispute update"),
    ("Hemos terminado la reinvestigación de su disputa. La cuenta BANCO ***12 fue eliminada de su reporte de crédito.",
     "Resultados de su disputa"),
])
def test_a_credit_dispute_result_is_no_confirmation(body, subject):
    got = read("Dear consumer,\n\n" + body + "\n\nConsumer Relations", subject)
    assert got.kind == "unsure", got


def test_a_french_deadline_put_back_stays_an_extension():
    assert read("Bonjour,\n\nLe délai de réponse est reporté de deux mois, comme le permet l'article 12(3) du RGPD.\n\nDPO").kind == "extended"


def test_a_deletion_from_a_credit_bureau_s_marketing_list_stays_a_confirmation():
    got = read("Hello,\n\nWe have deleted the records we held about your client in our people-search products, as "
               "requested.\n\nNorthline Credit Services, Privacy Office")
    assert got.kind == "confirmed"


# 4. An opt-out of the sale only, in Spanish's own and machine-translated words
@pytest.mark.parametrize("body", [
    "Hemos procesado su solicitud. Su cliente quedó excluido de la venta de información personal.",
    "Hemos procesado su solicitud. Usted ha sido optado fuera de la venta y el intercambio de su información personal.",
    "Su solicitud ha sido procesada exitosamente: su clienta está dada de baja de la venta de datos.",
    "We have processed your request: your client was removed from the sale of personal information.",
])
def test_a_sale_opt_out_in_spanish_or_calqued_words_is_no_confirmation(body):
    got = read("Hola:\n\n" + body + "\n\nPrivacidad")
    assert got.kind in ("unsure", "refused"), got


def test_a_deletion_beside_a_sale_opt_out_stays_a_confirmation():
    assert read("Hola:\n\nHemos eliminado el perfil de su clienta y quedó excluida de la venta de datos.\n\nPrivacidad").kind == "confirmed"


# 5. "Processed; to finalise it, sign in": not done until a person does
@pytest.mark.parametrize("body", [
    "Your removal request is complete. To finalize it, please log in to your account and confirm your details.",
    "Your data deletion has been processed. To complete the deletion, sign in and verify your identity.",
    "Hemos procesado su solicitud de eliminación. Para finalizarla, ingrese a su cuenta y confirme sus datos.",
    "Seu pedido de exclusão foi processado. Para concluir, faça login e confirme seus dados.",
])
def test_done_but_sign_in_to_finalise_is_no_confirmation(body):
    got = read("Hello,\n\n" + body + " https://broker.example/login\n\nThe Team")
    assert got.kind != "confirmed", got
    assert got.kind != "verify_link" or got.confidence < ACT_CONFIDENCE, got  # its sign-in link is never opened


def test_done_and_a_sign_in_for_something_else_stays_a_confirmation():
    got = read("Hello,\n\nYour listing has been removed. To manage your newsletter preferences, sign in at any time.\n\nThe Team")
    assert got.kind == "confirmed"


# 6. A promotional mail whose subject is the promotion, with a line that the profile was removed
def test_a_promotion_in_the_subject_and_the_body_answers_no_request():
    body = ("<p>Search anyone in seconds. Only $4.99/month for unlimited reports.</p>"
            "<p>As requested earlier, your profile was removed from our public results. <a href='https://news.broker.example/u'>Unsubscribe</a></p>")
    got = read(body, "Cyber Monday: 60% off every plan", html=True)
    assert got.kind != "confirmed", got


def test_a_reply_with_a_sales_footer_stays_a_confirmation():
    body = "Hello,\n\nYour listing has been removed from our site.\n\nSupport\n--\nTry Premium: 20% off this week only."
    assert read(body, "Re: Removal request OPT-T-010").kind == "confirmed"


# 7. A code sent by text message to the person's phone: only the person can finish (needs_id)
@pytest.mark.parametrize("body", [
    "We texted a one-time code to the mobile number ending in 07. Your client must enter it at "
    "https://broker.example/privacy/code within 10 minutes to continue the request.",
    "To continue, enter the verification code we sent by SMS to the phone number on file at https://broker.example/verify.",
    "We have sent your client a 4-digit PIN by SMS; she must type it on https://broker.example/pin to go on with the opt-out.",
    "Para continuar, su clienta debe ingresar el código que enviamos por mensaje de texto a su celular en "
    "https://broker.example/verificar.",
    "Para continuar, informe o código enviado por SMS para o celular cadastrado em https://broker.example/verificar.",
])
def test_a_code_sent_to_the_person_s_phone_needs_the_person(body):
    got = read("Hello,\n\n" + body + "\n\nPrivacy")
    assert got.kind == "needs_id", got  # no link is opened: the code is on the person's phone


def test_a_code_given_in_the_mail_itself_stays_a_verification():
    body = ("Hello,\n\nTo confirm your removal request, enter the code 481516 at https://broker.example/privacy/confirm "
            "and click Confirm.\n\nPrivacy")
    assert read(body).kind == "verify_link"
