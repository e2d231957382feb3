"""Probe pass 25 (branch r25, 2026-12-01): near misses of a confirmation, and confirmations missed, found
by reading 222 replies of our own (scripts/probe_replies25.py) modelled on brokers' privacy teams' habits
(DROP's outcomes, suppression files kept so a record is not re-added, free results removed while paid
reports stay, account deletions beside public listings, future and conditional deletions). Each case is a
wording of its own, not the probe's, in the class the probe found; the expected class is asserted:

1. the rest kept by law, without naming which data ("except the data we must retain");
2. an account deleted, the listings "handled separately";
3. one address, listing or site of several; a single field deleted; another request done, the new one queued;
4. marketing campaigns or lists, a sale or sharing opt-out, a suppression file instead of a deletion;
5. a session's cookies deleted, in the Romance languages and German;
6. the subject says "deleted", the body that the request is being reviewed;
7. confirmations said as "this is to confirm that …" or as a status line ("outcome: record deleted");
8. (round 2) a deletion hedged "to the extent permitted by law", marketing lists in more languages, and
   confirmations in other words ("we confirm the erasure of", "wiped", a "may reappear if" caveat);
9. (round 3) a removal from search engines only, a new listing since, a deactivation, an affiliate apart,
   solicitation lists; an anonymisation of all the person's data is an erasure.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def read(body: str, subject: str = "Re: your request", html: str | None = None):
    head = f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
    raw = (head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


@pytest.mark.parametrize("body", [
    # 1. the rest kept by law
    "Your records were deleted, other than data we are obliged by law to retain.",
    "We erased your data. Certain billing records must be retained for seven years.",
    "Your profile has been deleted; we retain only limited data as required by law.",
    "Borramos su información, excepto aquellos datos que debemos guardar por ley.",
    "Vos données ont été effacées, sauf celles que la loi nous oblige à garder.",
    "Ihre Daten wurden gelöscht, mit Ausnahme der Angaben, die wir gesetzlich aufbewahren müssen.",
    "Seus dados foram apagados, com exceção dos que a lei nos obriga a guardar.",
    "I suoi dati sono stati eliminati, tranne quelli che la legge ci obbliga a conservare.",
    "Uw gegevens zijn gewist, met uitzondering van de gegevens die wij moeten bewaren.",
    "Dane zostały usunięte, z wyjątkiem tych, które musimy przechowywać.",
    # 2. an account deleted, the listings handled apart
    "We deleted your member account. Directory listings are managed separately.",
    "We deleted your user profile and saved searches. Background reports shown on the site are unrelated to your account.",
    "Eliminamos su cuenta. Las fichas públicas se tratan por separado.",
    "Votre compte a été supprimé. Les profils publics sont gérés séparément.",
    "Sua conta foi excluída. Os anúncios públicos são tratados em separado.",
    "Uw account is gewist. Profielen worden afzonderlijk behandeld.",
    "Tài khoản đã bị xóa. Thông tin công khai được xử lý riêng.",
    # 3. one of several
    "We removed the Reno listing. The other address you gave us could not be matched to you.",
    "Borramos la ficha de Reno. La otra dirección que nos indicó no pudimos verificarla.",
    "The listing for Tampa has been removed. The Orlando listing needs a separate opt-out.",
    "Your opt-out was completed for the listing on the first page only.",
    "Your record was removed from our people-search site only. Our sister sites operate independently.",
    "Your listing was removed from our free search results.",
    "Eliminamos su ficha de nuestro sitio web gratuito.",
    "We deleted the photo on your profile, as you asked.",
    "Your first request was completed and that listing removed. Your newer request is still pending.",
    # 4. marketing, sale or sharing, suppression files
    "Your details were removed from our email campaigns.",
    "Retiramos sus datos de nuestras listas de mercadotecnia.",
    "Nous avons retiré vos coordonnées de nos campagnes marketing.",
    "Ihre Adresse wurde für Werbezwecke gesperrt.",
    "Removemos seus dados das nossas campanhas de marketing.",
    "Abbiamo eliminato il suo indirizzo dalle liste marketing.",
    "Uw gegevens zijn verwijderd uit onze marketingcampagnes.",
    "We have opted you out of personal information sharing. This is now complete.",
    "Your request is complete: your data is no longer available for purchase by our customers.",
    "Your name has been suppressed in our mailing files.",
    "Your request has been completed. Your address now sits on our suppression list so it is not collected again.",
    # 5. cookies
    "Hemos borrado las cookies de su sesión.",
    "Nous avons supprimé les cookies de votre navigateur.",
    "Die Cookies Ihres Browsers wurden gelöscht.",
    "Excluímos os cookies do seu navegador.",
    "Abbiamo cancellato i cookie del suo browser.",
])
def test_something_other_than_the_listing_done_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    # round 2: a deletion limited by a hedge, or a part left to others
    "We erased your records to the extent permitted by law.",
    "Eliminamos sus datos en la medida en que la ley lo permite.",
    "Ihre Daten wurden gelöscht, soweit dies rechtlich zulässig ist.",
    "We removed your listing from PeopleNearby. Our wholesale data products are governed by different agreements.",
    "We deleted the data on our platform. Copies shared with our customers are their own responsibility.",
    # round 2: marketing lists in German, Vietnamese, Chinese and Korean words
    "Ihre Anschrift wurde aus unserer Werbeliste entfernt.",
    "Chúng tôi đã xóa số điện thoại của bạn khỏi danh sách quảng cáo.",
    "您的手机号已从我们的推广短信名单中删除。",
    "귀하의 연락처를 마케팅 수신 목록에서 삭제했습니다.",
])
def test_a_hedged_deletion_or_a_marketing_list_in_more_languages_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    # round 3: search engines only, a new listing since, a deactivation, a subsidiary apart, solicitation lists
    "We deleted your page from Bing and other search engines.",
    "We removed your listing from our partner feed. To delete it from our website, please use the removal form.",
    "We removed your listing last week. A new profile with your details has since been published.",
    "Eliminamos su ficha. Un nuevo perfil con sus datos se ha publicado desde otra fuente.",
    "Your account has been deactivated and can be restored at any time by signing in.",
    "We erased your data in our Canadian database. Our affiliates handle their data independently.",
    "Wir haben Ihre Daten für Statistikzwecke anonymisiert. Ihr Profil bleibt bestehen.",
    "We removed your name from our telephone solicitation list.",
])
def test_a_removal_from_elsewhere_or_of_another_kind_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    # round 2: confirmations missed
    "We hereby confirm the permanent deletion of your personal information.",
    "Le confirmamos la supresión de todos sus datos personales.",
    "Nous vous confirmons l'effacement de vos données.",
    "Wir bestätigen Ihnen hiermit die vollständige Löschung Ihrer Daten.",
    "Your file was securely wiped from our servers.",
    "The profile you wrote to us about has been completely removed.",
    # a caveat that the data may come back is no condition of the deletion
    "We removed your listing, though it could show up again if new public records come in.",
    "Retiramos su ficha, aunque podría volver a aparecer si llegan nuevos registros públicos.",
    # round 3: an erasure said as anonymisation of all the person's data
    "All of your personal information has been irreversibly anonymised.",
])
def test_a_deletion_said_in_other_words_is_read(body):
    c = read(body)
    assert c.kind == "confirmed"
    assert c.confidence >= 0.9


@pytest.mark.parametrize(("subject", "body", "kind"), [
    # 6. the subject says it, the body waits
    ("Your profile has been deleted", "Thanks for writing. Our team is currently reviewing your request and will reply soon.", "acknowledged"),
    ("Sus datos han sido eliminados", "Gracias. Estamos revisando su solicitud y le responderemos pronto.", "acknowledged"),
    ("Your listing has been removed", "Your request is in progress; your listing will be removed within 10 days.", "acknowledged"),
])
def test_a_subject_that_says_done_above_a_body_that_waits_is_the_body(subject, body, kind):
    assert read(body, subject=subject).kind == kind


@pytest.mark.parametrize("body", [
    # 7. plain confirmations in unusual words
    "This email is to confirm that all personal information about you has been deleted.",
    "We are writing to confirm that your listing has been removed from our website.",
    "The purpose of this email is to confirm that your file has been deleted.",
    "We would like to confirm that your data has been permanently deleted.",
    "Request outcome: record deleted.",
    "Status: profile removed.",
])
def test_a_confirmation_said_as_a_statement_or_a_status_line_is_read(body):
    c = read(body)
    assert c.kind == "confirmed"
    assert c.confidence >= 0.9


@pytest.mark.parametrize("body", [
    # near misses that must stay confirmations
    "Your listing has been removed. We keep your name on a suppression list so that it is not added again.",
    "We deleted your record and added it to our suppression file so it is not re-added.",
    "We keep only a record of your request, as the law requires. Your data has been deleted.",
    "We removed the photo and your listing.",
    "Your profile has been removed from our site and from all affiliated sites.",
    "We deleted the profile at the first address and the profile at the second address.",
    "Hemos eliminado su ficha de nuestro sitio y de los sitios asociados.",
    "Thank you for your request. Your personal information has been deleted.",
    "Your listing has been removed from our site and from Google's index.",
    "We deleted your profile. It cannot be restored.",
    "We removed your listing. If a new public record is published, a new listing may appear later.",
])
def test_a_deletion_said_beside_such_words_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize(("subject", "body"), [
    ("Your data has been deleted", "Thank you for contacting us. Ticket #5521 is now closed."),
    ("Your profile has been removed", "If you have questions, reply to this e-mail."),
])
def test_a_subject_that_says_done_above_a_body_that_does_not_wait_stays_a_confirmation(subject, body):
    assert read(body, subject=subject).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "This is to confirm that we have received your request.",
    "We are writing to confirm that your request is being processed.",
    "Status: record not found.",
    "Outcome: record opted out of sale.",
])
def test_such_statements_without_a_deletion_are_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_an_ask_to_confirm_with_a_link_stays_an_ask():
    raw = ("From: privacy@broker.example\nTo: ana@example.org\nSubject: Confirm your request\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n\nPlease click the link below to confirm that you want us to "
           "delete your data: https://privacy.broker.example/confirm?t=1a2b3c\n").encode()
    assert classify(parse(raw)).kind == "verify_link"
