"""Set R's first read (held out, 2026-12-02) put nine non-confirmations under "confirmed" and opened three
links it should not have. The lead read only those twelve; they are seven classes, fixed for the reader
languages that write them (``optout.mail._classify``'s "set R" block, ``optout.mail._parse._drop_hidden``).
Every case here is worded by us, with names, dates and numbers of our own, none a set R sentence, beside
the near misses that must keep their reading.

1. Text a reader does not see (a hidden preheader, a CSS-hidden span): not what the broker said.
2. A removal that takes effect on a later date or at the next update: a receipt, not done.
3. The deletion still in progress beside a completion of something else: a receipt.
4. A removal dated long before the mail (a promotional mail's footer): not this request's.
5. A completion naming in quotes another person's name than the request's: unsure.
6. A challenge-response filter holding our letter: no answer, its link never opened.
7. A sign-in with an identity provider before the request is processed: needs_id, its link never opened.

And the corpus scorer: a direct link to the broker is the same link as a Safe Links wrapper's copy of it."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse
from optout.mail._classify import choose_link, greets_another
from optout.mail._corpus import same_link

QUOTED = ("\n\nOn Mon, Nov 2, 2026 at 9:10 AM Westgate Legal Aid <help@westgate-aid.example> wrote:\n"
          "> To the privacy team,\n>\n> Our client, {client}, asks you to delete all personal information you hold "
          "about them.\n>\n> Westgate Legal Aid\n")


def raw_mail(body: str, subject: str = "Re: your request", *, html: bool = False, date: str = "Mon, 30 Nov 2026 10:00:00 +0000",
             sender: str = "privacy@broker.example") -> bytes:
    kind = "html" if html else "plain"
    return (f"From: {sender}\nTo: Clinic <clinic@example.org>\nSubject: {subject}\nDate: {date}\nMIME-Version: 1.0\n"
            f"Content-Type: text/{kind}; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: your request", **kw):
    return classify(parse(raw_mail(body, subject, **kw)))


# 1. hidden HTML text
@pytest.mark.parametrize("body", [
    '<html><body><div style="display:none;max-height:0;overflow:hidden">Your listing has been deleted.</div>'
    "<p>Hello,</p><p>We are still reviewing your request and will write again within 30 days.</p></body></html>",
    '<html><head><style>.pre{display:none !important}</style></head><body><span class="pre">Request complete: data erased</span>'
    "<p>Hola:</p><p>Su solicitud está en revisión. Le escribiremos de nuevo.</p></body></html>",
    '<html><body><p style="font-size:0;color:#fff">Your data has been removed.</p>'
    "<p>Thank you, we received your request (case 5581) and will reply soon.</p></body></html>",
])
def test_text_a_reader_does_not_see_is_not_read(body):
    r = read(body, "Your privacy request", html=True)
    assert r.kind != "confirmed", r


def test_a_visible_confirmation_with_a_hidden_preheader_stays_one():
    body = ('<html><body><div style="display:none">Update on your request</div>'
            "<p>Hello,</p><p>We have deleted the profile you reported from our site.</p></body></html>")
    assert read(body, "Re: removal", html=True).kind == "confirmed"


def test_a_part_shown_on_small_screens_only_is_still_read():
    body = ('<html><head><style>@media (max-width:600px){.wide{display:none}}</style></head><body>'
            '<p class="wide">We have deleted the profile you reported from our site.</p></body></html>')
    assert read(body, "Re: removal", html=True).kind == "confirmed"


# 2. later date
@pytest.mark.parametrize("body", [
    "We have removed the record you sent from our index. The index is rebuilt twice a month, so it will stop showing in searches starting January 4, 2027.",
    "The profile was removed from our database. It will disappear from the public pages after our next refresh on January 10.",
    "Suprimimos la ficha que nos indicó. El sitio se regenera cada quince días, así que dejará de mostrarse a partir del 4 de enero.",
    "Su perfil fue eliminado y ya no será visible en el sitio después del 15 de diciembre.",
    "Nous avons masqué la fiche. Elle ne sera plus visible sur le site à compter du 4 janvier 2027.",
    "Wir haben den Eintrag gesperrt. Ab dem 4. Januar 2027 wird er nicht mehr in den Suchergebnissen angezeigt.",
])
def test_a_removal_that_takes_effect_later_is_a_receipt(body):
    r = read(body)
    assert r.kind == "acknowledged", r


@pytest.mark.parametrize("body", [
    "Your listing has been removed. Please allow 24-48 hours for the change to show on the site.",
    "We removed your profile. It may take up to 72 hours to disappear from search engines.",
    "Hemos eliminado su perfil. Puede tardar hasta 72 horas en desaparecer del sitio.",
    "The record was deleted on November 30 and is no longer shown since that date.",
    "Your opt-out is complete as of November 28.",
])
def test_a_removal_done_whose_effect_takes_hours_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# 3. still in progress
@pytest.mark.parametrize("body", [
    "We received your deletion request (ticket 5521). The confirmation you got last week was for your do-not-sell request, "
    "which was completed on November 12; we are still working on the deletion.",
    "Your account has been deleted. We're still working on your removal request for the people-search listing.",
    "Su cuenta fue eliminada. La eliminación de su ficha sigue en trámite.",
])
def test_a_deletion_still_in_progress_is_a_receipt(body):
    assert read(body).kind == "acknowledged"


def test_a_request_that_was_in_progress_and_is_now_complete_is_a_confirmation():
    assert read("Your request was in progress last week; it is now complete and your listing has been deleted.").kind == "confirmed"


# 4. a removal long before the mail
@pytest.mark.parametrize(("body", "subject"), [
    ("Cyber Monday deals are here! Get 30% off unlimited people reports. Shop now.\nYou are getting this message because you "
     "have an account with us. Your information was deleted from our public people directory in 2023. Unsubscribe.",
     "Cyber Monday: 30% off people reports"),
    ("Aprovecha 25% de descuento en informes. Compra ya.\nRecibes este mensaje porque tienes una cuenta. Tu información se "
     "borró de nuestro directorio público en 2023. Darte de baja.", "Nuestras ofertas de fin de año"),
])
def test_a_removal_years_before_the_mail_is_not_this_requests(body, subject):
    assert read(body, subject).kind != "confirmed"


def test_a_removal_late_last_year_answered_in_january_stays_a_confirmation():
    r = read("Your listing was removed on December 28, 2026, as you asked.", date="Tue, 12 Jan 2027 10:00:00 +0000")
    assert r.kind == "confirmed"


def test_a_promotional_mail_is_no_answer_but_a_reply_with_an_offer_below_is():
    offer = " Save 20% on premium reports this week only - shop now!"
    assert read("Your profile has been removed from our directory." + offer, "Black Friday: 20% off").kind != "confirmed"
    assert read("Your profile has been removed from our directory." + offer, "Re: Deletion request").kind == "confirmed"


# 5. another person's name in quotes
@pytest.mark.parametrize("body", [
    "We erased the personal data linked to request 4410. Please note this request was about the name \"Harold P. Whitcombe\" "
    "and the e-mail address entered in the form." + QUOTED.format(client="Rosa Elvira Quintanilla"),
    "Borramos los datos personales vinculados a la solicitud 8812. Esta solicitud correspondía al nombre «Ernesto Valladares» "
    "y al correo del formulario." + QUOTED.format(client="Rosa Elvira Quintanilla"),
])
def test_a_completion_naming_another_person_is_unsure(body):
    assert read(body, "Request completed").kind == "unsure"


def test_a_completion_naming_the_client_stays_a_confirmation():
    body = ("We erased the personal data linked to request 4410. This request was about the name \"Rosa E. Quintanilla\"."
            + QUOTED.format(client="Rosa Elvira Quintanilla"))
    assert read(body, "Request completed").kind == "confirmed"


def test_the_mail_flow_reads_the_quoted_name_against_the_person():
    msg = parse(raw_mail("Your data has been deleted. This request concerned the name \"Harold P. Whitcombe\"."))
    assert greets_another(msg, ["Rosa Elvira Quintanilla"]) is not None
    assert greets_another(msg, ["Harold Whitcombe"]) is None


# 6. challenge-response filters
@pytest.mark.parametrize("body", [
    "Hi,\n\nI use a challenge-response filter against junk mail. Your message is held until you confirm you are a person: "
    "https://check.spamgate.example/c?id=77aa\n\nThis notice was sent automatically.",
    "Hola:\n\nSu mensaje está retenido hasta que confirme que es una persona. Para liberar su mensaje haga clic aquí: "
    "https://reto.correoseguro.example/v?id=5512",
    "Bonjour,\n\nVotre message est retenu jusqu'à ce que vous confirmiez que vous êtes une personne : "
    "https://verif.antispam.example/c?id=11",
])
def test_a_challenge_response_filter_is_no_answer_and_its_link_is_not_opened(body):
    r = read(body, "Please confirm your message", sender="noreply@filter.example")
    assert r.kind == "auto_reply", r


def test_a_brokers_own_robot_check_is_still_its_verification():
    body = ("Hello,\n\nBefore we process your removal we must make sure a person sent it.\n\n"
            "Click here to confirm you are not a robot <https://privacy.lindenpeople.example/verify/human?r=77>\n")
    msg = parse(raw_mail(body, "One more step", sender="privacy@lindenpeople.example"))
    assert classify(msg).kind == "verify_link"
    assert choose_link(msg, ["lindenpeople.example"]).status == "open"


# 7. identity providers
@pytest.mark.parametrize("body", [
    "Hello,\n\nYour request requires identity verification. Please sign in with your verified government ID account to continue: "
    "https://login.idcheck.example/oauth/authorize?client_id=x\n",
    "Hola:\n\nSu solicitud requiere una verificación de identidad. Inicie sesión aquí: https://login.idcheck.example/oauth?c=1\n",
])
def test_a_sign_in_with_an_identity_provider_is_a_proof_of_identity(body):
    assert read(body, "Verify your identity").kind == "needs_id"


# the scorer's link comparison
def test_a_direct_link_is_the_same_as_the_wrappers_copy_of_it():
    inner = "https://www.example-broker.example/optout/confirm?c=12ab"
    wrapped = ("https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example-broker.example%2Foptout%2F"
               "confirm%3Fc%3D12ab&data=05%7C02&reserved=0")
    assert same_link(inner, wrapped)
    assert same_link(wrapped, wrapped)
    assert not same_link("https://www.example-broker.example/optout/confirm?c=99zz", wrapped)
    assert not same_link(inner, "")
    assert same_link(None, "")
    assert not same_link(None, wrapped)


# the mail flow, knowing the person's addresses: a completion for another e-mail address
def test_a_completion_for_another_e_mail_address_is_another_persons():
    msg = parse(raw_mail("We finished the erasure for the address harold.w@mailbox.example.\n\nPrivacy team, "
                         "write to privacy@broker.example with questions."))
    assert greets_another(msg, ["Rosa Elvira Quintanilla"], ["rosa.q@example.org"]) is not None
    ours = parse(raw_mail("We finished the erasure for the address Rosa.Q+optout@example.org. Questions: privacy@broker.example"))
    assert greets_another(ours, ["Rosa Elvira Quintanilla"], ["rosa.q@example.org"]) is None
    to_us = parse(raw_mail("We finished the erasure for the address clinic@example.org."))  # the reply's addressee
    assert greets_another(to_us, ["Rosa Elvira Quintanilla"], ["rosa.q@example.org"]) is None
    assert greets_another(msg, ["Rosa Elvira Quintanilla"]) is None  # no address known: nothing to compare


def test_a_contact_address_on_another_domain_is_no_other_persons_record():
    msg = parse(raw_mail("Your data has been deleted. For questions, write to our parent company's privacy office, "
                         "dpo@parent-group.example."))
    assert greets_another(msg, ["Rosa Elvira Quintanilla"], ["rosa.q@example.org"]) is None
    es = parse(raw_mail("Eliminamos los datos asociados a la dirección harold.w@mailbox.example."))
    assert greets_another(es, ["Rosa Elvira Quintanilla"], ["rosa.q@example.org"]) is not None


# r27's note: Vietnamese "danh bạ" (a directory) and "ba" (three) are no Tagalog question particle
@pytest.mark.parametrize("body", ["Chúng tôi đã xóa hồ sơ của bạn khỏi danh bạ công khai.",
                                  "Hồ sơ của bạn đã được xóa trong vòng ba ngày."])
def test_vietnamese_ba_is_no_question(body):
    assert read(body).kind == "confirmed"


def test_the_tagalog_question_stays_a_question():
    assert read("Nabura na ba ang aking impormasyon").kind != "confirmed"
