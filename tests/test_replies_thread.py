"""Classes of reply that set K (tests/replies/setk, held out) put under "confirmed" though the broker
had not confirmed anything: each in wordings of its own, none a set K sentence.

* a stale plain part: the text says "complete", the HTML a mail program shows says otherwise;
* a success word inside a request to click ("confirm you want us to remove your file");
* a part removed from the listing, or the rest left on the page;
* a completion of another request of the same series, or of a listing in another state.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def plain(body: str, subject: str = "Re: Data deletion request") -> bytes:
    return (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def alternative(text: str, html: str, subject: str = "Your request") -> bytes:
    return (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            'Content-Type: multipart/alternative; boundary="b1"\n\n'
            f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--b1\nContent-Type: text/html; charset=utf-8\n\n<html><body>{html}</body></html>\n--b1--\n").encode()


def html_only(html: str, subject: str = "Your request") -> bytes:
    return (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/html; charset=utf-8\n\n<html><body>{html}</body></html>\n").encode()


def read(raw: bytes):
    return classify(parse(raw))


# ---- two alternatives that disagree ----------------------------------------------------------------

@pytest.mark.parametrize("text,html,kind", [
    ("Your opt-out PX-5521 has been completed and your profile deleted.",
     '<p>One more step: please verify your e-mail address to start your opt-out.</p>'
     '<p><a href="https://www.broker.example/optout/verify?t=9a">Verify my e-mail</a></p>', "verify_link"),
    ("All done! We deleted your listing.",
     "<table><tr><td>Request</td><td>Status</td></tr><tr><td>Remove listing</td><td>Received</td></tr></table>"
     "<p>We have received your request and will respond within 45 days.</p>", "acknowledged"),
    ("Su solicitud fue completada: eliminamos su perfil.",
     "<p>Para completar su solicitud, haga clic en el enlace de confirmación.</p>"
     '<p><a href="https://www.broker.example/baja/confirmar?t=77">Confirmar mi solicitud</a></p>', "verify_link"),
])
def test_a_plain_part_saying_done_does_not_outvote_the_html_that_says_otherwise(text, html, kind):
    verdict = read(alternative(text, html))
    assert verdict.kind == kind
    assert "HTML part" in verdict.rule


def test_two_alternatives_that_agree_stay_a_confirmation():
    verdict = read(alternative("Your listing has been removed from our site.",
                               "<p>Your listing <b>has been removed</b> from our site.</p>"))
    assert verdict.kind == "confirmed"


def test_an_html_part_no_rule_reads_does_not_undo_a_plain_confirmation():
    verdict = read(alternative("We have deleted your profile.", "<p>Thank you.</p>"))
    assert verdict.kind == "confirmed"


# ---- a success word inside a request to click ------------------------------------------------------

@pytest.mark.parametrize("html", [
    '<p>Klike sou lyen ki anba a si ou vle nou retire pwofil ou a.</p><p><a href="https://www.broker.example/r?t=5">Ale</a></p>',
    '<p>Tanpri klike sou bouton an pou konfime ou vle nou efase enfòmasyon ou yo.</p>'
    '<p><a href="https://www.broker.example/r?t=6">Kontinye</a></p>',
])
def test_a_request_to_click_that_names_the_removal_is_no_confirmation(html):
    assert read(html_only(html)).kind != "confirmed"


def test_a_yes_remove_link_in_haitian_creole_is_the_link_to_open():
    raw = html_only('<p>Klike sou lyen an pou konfime demann ou.</p>'
                          '<p><a href="https://www.broker.example/r/k?t=5">Wi, efase dosye mwen an</a></p>')
    verdict = read(raw)
    assert verdict.kind == "verify_link"
    assert verdict.links == ("https://www.broker.example/r/k?t=5",)


# ---- a part removed, the rest left -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We deleted your email address and two old phone numbers from your profile. Everything else is public record.",
    "Your relatives have been removed from the report as requested.",
    "Thank you. We removed your listing's photo; your name and city remain in the directory.",
    "Eliminamos su número de teléfono y su correo de su ficha, como nos pidió.",
    "Nous avons retiré votre adresse de votre fiche.",
    "Removemos o seu telefone do seu perfil.",
    "Chúng tôi đã gỡ bỏ địa chỉ email của bạn khỏi hồ sơ.",
    "Chúng tôi đã xóa hồ sơ cũ; tên của bạn vẫn hiển thị trong danh bạ.",
    "我们已删除您的电话号码，但您的姓名仍然显示在网站上。",
])
def test_a_part_removed_or_the_rest_left_is_never_a_confirmation(body):
    assert read(plain(body)).kind == "unsure"


@pytest.mark.parametrize("body", [
    "We have removed your listing from our website.",
    "Hemos eliminado su perfil de nuestro sitio.",
    "Chúng tôi đã xóa hồ sơ của bạn.",
])
def test_a_whole_listing_removed_is_still_a_confirmation(body):
    assert read(plain(body)).kind == "confirmed"


# ---- another request of the series, another state --------------------------------------------------

def test_a_completion_of_another_request_number_in_the_thread_is_unsure():
    body = ("Request RMV-30917 has been completed and the profile deleted.\n\n"
            "On Nov 2, 2026, Privacy <privacy@broker.example> wrote:\n"
            "> We received request RMV-30244 and will answer within 45 days.")
    verdict = read(plain(body, subject="Re: Request RMV-30244"))
    assert verdict.kind == "unsure"
    assert "request number" in verdict.rule


def test_a_completion_of_this_threads_request_number_is_a_confirmation():
    body = ("Request RMV-30244 has been completed and the profile deleted.\n\n"
            "On Nov 2, 2026, Privacy <privacy@broker.example> wrote:\n"
            "> We received request RMV-30244 and will answer within 45 days.")
    assert read(plain(body, subject="Re: Request RMV-30244")).kind == "confirmed"


def test_a_broker_ticket_of_another_series_than_our_reference_is_no_mismatch():
    body = "Ticket 88213 (case CS-55102): your listing has been removed."
    assert read(plain(body, subject="Re: Deletion request OPT-7K2Q9X")).kind == "confirmed"


def test_a_folio_of_another_request_in_spanish_is_unsure():
    body = ("Le informamos que su solicitud con folio ARC-2026-4410 fue atendida y sus datos fueron eliminados.\n\n"
            "El 3 oct 2026, Datos Personales escribió:\n> Recibimos su solicitud, folio ARC-2026-3978.")
    assert read(plain(body, subject="RE: folio ARC-2026-3978")).kind == "unsure"


def test_a_listing_removed_in_another_state_than_the_one_asked_about_is_unsure():
    body = ("The record for Tomas Reyes (Yakima, WA) has been deleted.\n\n"
            "> Please delete the listing of Tomas Reyes, Fresno, CA, age 51.")
    assert read(plain(body)).kind == "unsure"


def test_the_same_state_as_asked_about_is_a_confirmation():
    body = ("The record for Tomas Reyes (Fresno, CA) has been deleted.\n\n"
            "> Please delete the listing of Tomas Reyes, Fresno, CA, age 51.")
    assert read(plain(body)).kind == "confirmed"
