"""Reply pass 51 (branch r51, 2026-12-03): confirmations pass 50 left, as classes, without one false confirmation
(``optout/mail/_classify.py``, "reply pass 51"). Every reply below is worded by us, not a set's. Each row of ``LOST`` was
read otherwise on the base ``a8080519`` (checked there with git archive: 37 fail; the Portuguese and French forwards
and the pt, fr, ht account rows were read so already and stay as guards of the widened tables); ``KEPT`` holds the near
misses, which must stay NOT confirmed there and here (all pass there).

1. A records team's answer forwarded whole (message/rfc822) under the desk's note that points to it ("see our records
   team's answer below", "our records team answered below", "le reenvío la respuesta que nos dio el área de registros",
   "segue abaixo a resposta da nossa equipe", "voici la réponse de notre service", "men repons ekip dosye nou an"):
   the attached answer is read, never our own letter attached, nor a mail of another domain.
2. A bare "Done." / "Hecho." / "Listo." / "Feito." / "Fait." / "Pronto." as the whole answer, in the thread of our
   deletion request (a subject "Re:" of it, our letter quoted below): the request done.
3. Broken English and machine translation: "your information is delete already", "we have remove your informations",
   "your profile is deleted finish".
4. Tagalog's "natanggal na ang listing … at hindi na ito lalabas": removed, and no longer shown (a fact, not a promise).
5. DROP: a deletion request received through DROP whose records were deleted ("los borramos"): confirmed; a request
   only received or retrieved through DROP is not. ("We matched and deleted …" stays lost: review 37 withdrew that
   class, and tests/test_replies_pass36.py holds it lost with a strict xfail.)
6. An account, subscription or membership closed ("La baja de su cuenta fue realizada", "su cuenta fue dada de baja",
   "votre abonnement a été résilié", an account deleted in vi, ko, zh, ar) is no deletion of the person's data: by the
   label rule (tests/replies/README.md: a label says what a person must do next, and the listing is still to remove)
   it is ``unsure``, as "your account has been deleted" already was; beside the listing's removal it stays confirmed.
1b. The team's answer below an "-----Original Message-----" header in the text, under the desk's note that points to it:
   read (0.85), never our own letter below such a header, nor a mail of another domain, nor with the note missing.
7. A removal beside a relisting warning ("we removed the listing; public records may create a new one in future"):
   confirmed, the warning kept as a note in the rule and evidence; a warning without a removal, a removal promised, a
   refusal beside the warning and a relisting that happened are not.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse

from .test_replies_pass40 import raw_mail
from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading
from .test_replies_pass48 import TL

OUR_LETTER = ("> Reference: LLA-9001\n> As authorised agent of our client, we ask you to please delete all personal "
              "information you hold about them and remove every listing. Please confirm the deletion in writing.\n")


def forward(note: str, inner: str, inner_from: str = "records@broker.example", subject: str = "Fwd: Deletion LLA-9001",
            inner_subject: str = "RE: deletion LLA-9001") -> bytes:
    return (f"From: Privacy <privacy@broker.example>\nTo: Clinic <clinic@example.org>\nSubject: {subject}\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b51\"\n\n"
            f"--b51\nContent-Type: text/plain; charset=utf-8\n\n{note}\n--b51\nContent-Type: message/rfc822\n"
            f"Content-Disposition: inline\n\nFrom: {inner_from}\nTo: privacy@broker.example\nSubject: {inner_subject}\n"
            "Date: Sun, 29 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{inner}\n--b51--\n").encode()


def reply(body: str, subject: str = "Re: Opt-out LLA-9001") -> bytes:
    return (f"From: privacy@broker.example\nTo: Clinic <clinic@example.org>\nSubject: {subject}\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n").encode()


FORWARDS_LOST = [
    ("Please see our records team's answer below.\n\nBroker Privacy", "We deleted the record for request LLA-9001 from the index and the master file today."),
    ("Hello, our data team answered below. Forwarding for your files.\n\nPrivacy Desk", "We deleted the profile of your client this morning."),
    ("Buenas tardes:\n\nLe reenvío la respuesta que nos dio el área de registros.\n\nSaludos", "Eliminamos el perfil de la clienta del centro legal hoy."),
    ("Buenas tardes, les reenvío la respuesta del equipo de datos.\n\nAtención", "Borramos la ficha y los teléfonos de la clienta esta mañana."),
    ("Olá,\n\nSegue abaixo a resposta da nossa equipe de cadastro.\n\nAtendimento", "Excluímos o perfil da cliente hoje de manhã."),
    ("Bonjour,\n\nVoici la réponse de notre service des données.\n\nService client", "Nous avons supprimé la fiche de votre cliente ce matin."),
    ("Bonjou,\n\nMen repons ekip dosye nou an anba a.\n\nSèvis kliyan", "Nou efase pwofil kliyan ou a jodi a."),
    # pass 50's and 51's constructions inside the forwarded answer, read there too
    ("Buenas tardes:\n\nLe reenvío la respuesta que nos dio el área de registros.", "Ana: la ficha de la clienta quedó eliminada hoy. Ya no sale en el buscador."),
    ("Please see our records team's answer below.", "Her information is delete already finish from our website."),
]

FORWARDS_KEPT = [
    # the note points to the answer, but the answer is a promise, an ask, a part or another person's
    ("Please see our records team's answer below.", "We will delete the profile within 30 days."),
    ("Please see our records team's answer below.", "Before we delete anything we need a copy of the authorisation."),
    ("Le reenvío la respuesta que nos dio el área de registros.", "Eliminamos solo el teléfono; el perfil sigue publicado."),
    ("Segue abaixo a resposta da nossa equipe.", "Excluímos o perfil de outra pessoa com o mesmo nome; o da sua cliente não encontramos."),
    ("Voici la réponse de notre service des données.", "Nous supprimerons la fiche si vous nous envoyez l'adresse de la page."),
    ("Le reenvío la respuesta que nos dio el área de registros.", "Ana: la ficha de la clienta no quedó eliminada. Ya no sale en el buscador su teléfono."),
    ("Please see our records team's answer below.", "Her information will delete after we check ID."),
    # a colleague's note forwarded without saying it is the answer
    ("FYI, see below.\n\nThanks", "Team, can someone check whether we deleted this one? I think we did not."),
]


@pytest.mark.parametrize(("note", "inner"), FORWARDS_LOST)
def test_a_teams_answer_forwarded_below_the_desks_note_is_read(note, inner):
    got = classify(parse(forward(note, inner)))
    assert got.kind == "confirmed", (got.rule, got.evidence)


@pytest.mark.parametrize(("note", "inner"), FORWARDS_KEPT)
def test_a_forwarded_answer_that_is_no_removal_stays_unconfirmed(note, inner):
    got = classify(parse(forward(note, inner)))
    assert got.kind != "confirmed", (got.rule, got.evidence)


def test_our_own_letter_forwarded_below_the_note_is_not_read_as_the_answer():
    inner = "Please delete all personal information of our client and confirm that the profile has been deleted. OPT-AB12CD"
    got = classify(parse(forward("Please see our records team's answer below.", inner, inner_from="clinic@example.org")))
    assert got.kind != "confirmed", (got.rule, got.evidence)


def test_a_forwarded_answer_from_another_domain_is_not_read():
    got = classify(parse(forward("Please see our records team's answer below.", "We deleted the profile today.",
                                 inner_from="records@other-broker.example")))
    assert got.kind != "confirmed", (got.rule, got.evidence)


BARE_LOST = ["Done.", "Done!", "Hecho.", "Listo.", "Listo, ya.", "Feito.", "Pronto.", "Fait.", "Fè li."]
BARE_KEPT = [
    ("Done?", "Re: Opt-out LLA-9001"),  # a question
    ("Not done.", "Re: Opt-out LLA-9001"),
    ("Done soon.", "Re: Opt-out LLA-9001"),
    ("Listo para procesar cuando nos mande la identificación.", "Re: Opt-out LLA-9001"),
    ("Done.", "Your order"),  # not the thread of our request
    ("Hecho a medias: falta el teléfono.", "Re: Opt-out LLA-9001"),
]


@pytest.mark.parametrize("word", BARE_LOST)
def test_a_bare_done_as_the_whole_answer_to_our_request_is_a_confirmation(word):
    got = classify(parse(reply(f"{word}\n\nSent from my iPhone\n\n{OUR_LETTER}")))
    assert got.kind == "confirmed", (got.rule, got.evidence)


@pytest.mark.parametrize(("words", "subject"), BARE_KEPT)
def test_a_done_that_is_not_the_whole_answer_or_not_in_our_thread_is_not(words, subject):
    quoted = OUR_LETTER if subject.startswith("Re:") else ""
    got = classify(parse(reply(f"{words}\n\n{quoted}", subject)))
    assert got.kind != "confirmed", (got.rule, got.evidence)


LOST = [
    ("3", EN, "Your information is delete already finish from our website, please not worry."),
    ("3", EN, "We have remove your informations from our site yesterday."),
    ("3", EN, "The profile of this person is deleted finish, cannot search any more."),
    ("3", EN, "We already delete the data of your client from our database."),
    ("4", TL, "Natanggal na po ang listing ng inyong kliyente sa aming website at hindi na ito lalabas sa search."),
    ("4", TL, "Nabura na ang profile ng inyong kliyente at hindi na ito makikita sa site."),
    ("5", EN, "Acme Data received a deletion request for your client through the California Delete Request and Opt-out "
              "Platform (DROP). Your information is delete already from our database and we reported the result to the platform."),
    ("5", ES, "Acme Data recibió una solicitud de eliminación a través de la Plataforma DROP de California. La relacionamos "
              "con registros de nuestra base de datos y los borramos el 19 de noviembre de 2026."),
]

KEPT = [
    ("3", EN, "Your information will delete after we check your ID."),
    ("3", EN, "We cannot remove your informations because you are not resident."),
    ("3", EN, "Your information is delete already finish? Please tell us which page."),
    ("3", EN, "We have remove your informations from marketing list, profile still show."),
    ("4", TL, "Matatanggal ang listing ng inyong kliyente at hindi na ito lalabas sa search pagkatapos ng 30 araw."),
    ("4", TL, "Hindi pa natanggal ang listing; lalabas pa ito sa search."),
    ("4", TL, "Kapag natanggal na ang listing, hindi na ito lalabas sa search."),
    ("5", EN, "Acme Data received your client's deletion request through the California Delete Request and Opt-out Platform "
              "(DROP). We will process it within 45 days."),
    ("5", EN, "We retrieved the request from DROP. We matched no records to the consumer."),
    ("5", ES, "Recibimos su solicitud a través de la plataforma DROP y la procesaremos en 45 días."),
]


@pytest.mark.parametrize(("cls", "greeting", "words"), LOST)
def test_lost_confirmations_are_read(cls, greeting, words):
    assert_reading(greeting, words, "confirmed")


@pytest.mark.parametrize(("cls", "greeting", "words"), KEPT)
def test_near_misses_stay_unconfirmed(cls, greeting, words):
    assert_reading(greeting, words, NOT_CONFIRMED)


from .test_replies_pass48 import KO, VI, ZH  # noqa: E402

AR = "مرحبا،\n\n{}\n\nفريق الخصوصية"

# 6. read confirmed on the base (the es, ko, vi, zh, ar rows: a false confirmation there), unsure here
ACCOUNT_CLOSED = [
    (ES, "La baja de su cuenta fue realizada."),
    (ES, "La baja de su cuenta fue realizada con éxito."),
    (ES, "Su cuenta fue dada de baja."),
    (ES, "La baja de su suscripción fue realizada."),
    (PT, "A baixa da sua conta foi feita."),
    (FR, "Votre abonnement a été résilié."),
    (HT, "Kont ou a te efase."),
    (VI, "Tài khoản của bạn đã được xóa."),
    (KO, "귀하의 계정이 삭제되었습니다."),
    (ZH, "您的账户已删除。"),
    (AR, "تم حذف حسابك."),
]
# 6. near misses the other way: the listing removed beside the account, or the person's record in those languages
ACCOUNT_AND_LISTING = [
    (ES, "La baja de su cuenta fue realizada y eliminamos el perfil de su clienta del directorio."),
    (EN, "We closed the account and we deleted her listing from the directory."),
    (VI, "Hồ sơ của khách hàng bạn đã được xóa."),
    (AR, "تم حذف سجل موكلك."),
]


@pytest.mark.parametrize(("greeting", "words"), ACCOUNT_CLOSED)
def test_an_account_or_subscription_closed_is_no_deletion_of_the_persons_data(greeting, words):
    assert_reading(greeting, words, NOT_CONFIRMED)


@pytest.mark.parametrize(("greeting", "words"), ACCOUNT_AND_LISTING)
def test_the_listing_removed_beside_an_account_stays_confirmed(greeting, words):
    assert_reading(greeting, words, "confirmed")


# 7. read "publicly available" or "a part is exempt" on the base
RELIST_LOST = [
    (ES, "Eliminamos el perfil de su clienta; tenga en cuenta que los registros públicos pueden crear uno nuevo en el futuro."),
    (ES, "El perfil de su clienta fue eliminado del directorio.\n\nTenga en cuenta que nuestro sitio se alimenta de fuentes "
         "públicas. Si alguna vuelve a publicar sus datos, podría aparecer un perfil nuevo; en ese caso escríbanos otra vez."),
    (PT, "Excluímos o perfil da sua cliente; note que registros públicos podem criar um novo no futuro."),
]
RELIST_KEPT = [
    (EN, "Note that public records may create a new listing in future."),
    (EN, "We cannot remove public records. They may reappear."),
    (ES, "Eliminaremos el perfil; los registros públicos podrían crear uno nuevo."),
    (EN, "Your listing has reappeared from public records; we will remove it again."),
    (ES, "No eliminamos registros públicos; pueden volver a aparecer en cualquier momento."),
    (PT, "Excluiremos o perfil após a verificação; registros públicos podem criar um novo no futuro."),
]


@pytest.mark.parametrize(("greeting", "words"), RELIST_LOST)
def test_a_removal_beside_a_relisting_warning_is_confirmed_with_the_warning_noted(greeting, words):
    got = classify(parse(raw_mail(greeting.format(words))))
    assert got.kind == "confirmed" and "note:" in got.evidence, (got.rule, got.evidence)


@pytest.mark.parametrize(("greeting", "words"), RELIST_KEPT)
def test_a_relisting_warning_without_a_removal_done_is_no_confirmation(greeting, words):
    assert_reading(greeting, words, NOT_CONFIRMED)


def inline(note: str, sender: str, inner: str) -> bytes:
    return reply(f"{note}\n\nPrivacy\n\n-----Original Message-----\nFrom: {sender}\nSent: Sunday, November 29, 2026 10:00\n"
                 f"To: privacy@broker.example\nSubject: RE: deletion\n\n{inner}", subject="RE: Opt-out LLA-9001")


INLINE_LOST = [
    ("Please see our records team's answer below.", "Records <records@broker.example>", "We deleted the profile of your client today."),
    ("Vea abajo la respuesta de nuestro equipo.", "Registros <registros@broker.example>", "Eliminamos el perfil de su clienta hoy."),
    ("Segue abaixo a resposta da nossa equipe.", "Cadastro <cadastro@broker.example>", "Excluímos o perfil da sua cliente ontem."),
]
INLINE_KEPT = [
    # our own letter below the header, whatever it says
    ("Please see our records team's answer below.", "Clinic <clinic@example.org>", "Please delete the profile and confirm it has been deleted."),
    # another domain's mail
    ("Please see our records team's answer below.", "Someone <x@other-broker.example>", "We deleted the profile of your client today."),
    # no note pointing to it: the history of the thread, not the answer
    ("Thanks.", "Records <records@broker.example>", "We deleted the profile of your client today."),
    # the answer is a promise
    ("Please see our records team's answer below.", "Records <records@broker.example>", "We will delete the profile once we verify the request."),
]


@pytest.mark.parametrize(("note", "sender", "inner"), INLINE_LOST)
def test_the_teams_answer_below_an_original_message_header_is_read(note, sender, inner):
    got = classify(parse(inline(note, sender, inner)))
    assert got.kind == "confirmed" and got.confidence < 0.9, (got.rule, got.evidence)


@pytest.mark.parametrize(("note", "sender", "inner"), INLINE_KEPT)
def test_history_below_an_original_message_header_that_is_no_answer_is_not_read(note, sender, inner):
    got = classify(parse(inline(note, sender, inner)))
    assert got.kind != "confirmed", (got.rule, got.evidence)
