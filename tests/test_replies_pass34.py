"""Set T (tests/replies/sett), retired to development on 2026-12-02 (branch r34): its misses read as
classes, each fixed where the class lives, in the languages that write it. Every case is worded by us
(names, numbers, dates and brokers of our own, no set T sentence), beside the near misses that must keep
their reading: no reply that is not a confirmation may become ``confirmed``.

1. Erasure told in the words privacy laws use, in the simple past: Spanish "procedimos a la supresión",
   a cancellation that "se hizo efectiva", a removal request "fue completada" (as English "your opt-out
   request has been completed"), and Quebec's "destruction" ("ont été détruits", "nous avons détruit",
   "nous confirmons la destruction"): confirmed. Negated, conditional, promised within a term, or a
   request completed or processed with no removal named: never confirmed.
2. A deletion with "we will not collect it again" / "no será mostrado" beside it: what the deletion
   means from now on, so confirmed; the same words beside a deletion negated, or alone, never are.
3. A US state named in a sentence about the broker's own place ("Our office is in Austin, Texas"; "con
   sede en Miami, FL") or a two-letter name after thanks ("Thanks, Mo."): no listing in another state, so
   a removal beside it stays confirmed; a listing removed in another town and state still is not.
4. An exemption conceded in a clause of its own and the removal done anyway ("Although public records are
   exempt, we removed your listing as a courtesy"): confirmed; the exemption in the main clause, a second
   sentence keeping records under it, a removal promised or negated after it: never confirmed.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse

from .test_replies_r32 import read  # a plain broker mail read, as r32's cases are


LAW_WORDS_DONE = [
    "Estimada clínica:\n\nProcedimos a la supresión de la información de la señora Quintero Salas de nuestro directorio.\n\nÁrea de Privacidad",
    "Buenas tardes:\n\nEn atención a su reclamo, procedimos a la eliminación del registro a nombre de su representado.\n\nProtección de Datos, Listín Andino",
    "Hola:\n\nLa cancelación de los datos del titular se hizo efectiva el 3 de noviembre de 2026.\n\nUnidad ARCO",
    "Estimado solicitante:\n\nLa supresión solicitada se hizo efectiva ayer: su ficha ya no figura en nuestro sitio.\n\nSoporte",
    "Hola,\n\nSu solicitud de baja fue completada.\n\nEquipo Guía Local",
    "Buen día,\n\nLa solicitud de eliminación que envió ha sido finalizada.\n\nAtención al Cliente",
    "Bonjour,\n\nLes renseignements personnels de votre cliente ont été détruits conformément à la loi.\n\nResponsable de la protection des renseignements personnels",
    "Bonjour,\n\nNous avons détruit le dossier qui concernait M. Beaulieu-Tremblay.\n\nService de la conformité",
    "Madame,\n\nNous confirmons la destruction des renseignements que nous détenions à votre sujet.\n\nLa personne responsable",
]

LAW_WORDS_NOT_DONE = [
    "Hola,\n\nSu solicitud de baja no fue completada.\n\nSoporte",
    "Hola,\n\nSu solicitud de baja todavía no ha sido completada.\n\nSoporte",
    "Hola,\n\nSu solicitud fue completada.\n\nSoporte",  # no removal named: r33's "processed" class
    "Hola,\n\nSu solicitud de baja fue procesada.\n\nSoporte",
    "Hola,\n\nLa cancelación no se hizo efectiva porque falta su identificación.\n\nSoporte",
    "Hola,\n\nLa eliminación de su perfil nunca se hizo efectiva.\n\nSoporte",
    "Hola,\n\nSi la solicitud de baja fue completada, se lo confirmaremos por correo.\n\nSoporte",
    "Hola,\n\nProcedimos a la supresión de sus datos, que se hará efectiva en un plazo de 15 días hábiles.\n\nOficial de Datos",
    "Bonjour,\n\nVos renseignements seront détruits dans les 30 jours.\n\nÉquipe",
    "Bonjour,\n\nVos renseignements n'ont jamais été détruits.\n\nÉquipe",
    "Bonjour,\n\nNous n'avons pas encore détruit vos renseignements.\n\nÉquipe",
    "Bonjour,\n\nPouvez-vous nous confirmer la destruction des renseignements de votre cliente?\n\nÉquipe",
]


@pytest.mark.parametrize("body", LAW_WORDS_DONE)
def test_erasure_in_the_laws_own_words_is_confirmed(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", LAW_WORDS_NOT_DONE)
def test_the_laws_words_negated_promised_or_without_a_removal_are_never_confirmed(body):
    assert read(body).kind != "confirmed"


LASTING_DONE = [
    "Hello,\n\nWe have deleted the records we held on Mr. Adeyemi-Lund, and we will not collect them again from our suppliers.\n\nPrivacy Desk",
    "Hi,\n\nYour client's profile was removed and we won't add it again from the public sources we buy.\n\nSupport",
    "Hola,\n\nSu perfil fue eliminado de nuestro directorio y no será mostrado en las búsquedas.\n\nSoporte",
    "Hola,\n\nBorramos la ficha de su representada y no volveremos a recopilar sus datos.\n\nEquipo",
    "Bonjour,\n\nNous avons supprimé votre fiche et nous ne la recueillerons plus.\n\nService client",
]

LASTING_NOT_DONE = [
    "Hello,\n\nWe have not deleted your profile and will not collect it again.\n\nTeam",
    "Hello,\n\nWe will not collect your data again once you confirm the request.\n\nTeam",
    "Hola,\n\nSu perfil no fue eliminado y no será mostrado.\n\nSoporte",
    "Hola,\n\nSu perfil no será mostrado mientras revisamos su solicitud.\n\nSoporte",
]


@pytest.mark.parametrize("body", LASTING_DONE)
def test_a_deletion_that_will_not_be_gathered_or_shown_again_is_confirmed(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", LASTING_NOT_DONE)
def test_not_again_beside_no_deletion_is_never_confirmed(body):
    assert read(body).kind != "confirmed"


QUOTE = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n> On behalf of Rosa Ibarra Núñez, "
         "of Tulsa, Oklahoma, we ask you to delete every listing of her.\n")


@pytest.mark.parametrize("said", [
    "We deleted your client's profile. Our office is in Boise, Idaho, if you need to write to us.",
    "We removed the listing. We are located in Reno, NV.",
    "Thanks, Al. We removed the listing you sent.",
    "Thanks, Mo. Your client's profile has been deleted.",
])
def test_the_brokers_own_place_or_a_name_after_thanks_is_no_other_state(said):
    assert read("Hello,\n\n" + said + "\n\nSupport" + QUOTE).kind == "confirmed"


@pytest.mark.parametrize("said", [
    "We removed the listing for Rosa Ibarra of Fresno, CA.",
    "We deleted the profile of Rosa Ibarra, Boise, Idaho. Our office is in Tulsa, Oklahoma.",
])
def test_a_listing_in_another_state_is_still_not_confirmed(said):
    assert read("Hello,\n\n" + said + "\n\nSupport" + QUOTE).kind != "confirmed"


@pytest.mark.parametrize("body", [
    "Hello,\n\nAlthough court records are exempt under our state's law, we have deleted your client's profile as a courtesy.\n\nPrivacy",
    "Hi,\n\nEven though this information is publicly available, we removed the listing from our site.\n\nSupport",
])
def test_an_exemption_conceded_and_the_removal_done_anyway_is_confirmed(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hello,\n\nAlthough we removed your listing as a courtesy, court records are exempt under state law and remain on our site.\n\nPrivacy",
    "Hello,\n\nAlthough public records are exempt under state law, we have removed your listing. The court records stay searchable under that exemption.\n\nPrivacy",
    "Hello,\n\nAlthough public records are exempt under state law, we will remove your listing as a courtesy within 30 days.\n\nPrivacy",
    "Hello,\n\nAlthough public records are exempt under state law, we have not removed your listing.\n\nPrivacy",
    "Hello,\n\nPublic records are exempt under state law. We removed your listing as a courtesy, but the court records stay.\n\nPrivacy",
    "Hello,\n\nWhile public records are exempt, we removed your marketing e-mail address; the listing stays.\n\nPrivacy",
])
def test_an_exemption_that_still_holds_is_never_confirmed(body):
    assert read(body).kind != "confirmed"


def forwarded(note: str, answer: str, subject: str) -> bytes:
    """A colleague's mail forwarding, as an attached message, what the broker wrote to the client herself."""
    return (f"From: Colleague <staff@clinic.example>\nTo: Clinic <clinic@example.org>\nSubject: RV: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b34\"\n\n"
            f"--b34\nContent-Type: text/plain; charset=utf-8\n\n{note}\n--b34\nContent-Type: message/rfc822\n\n"
            f"From: Privacidad <privacidad@broker.example>\nTo: client@mail.example\nSubject: {subject}\n"
            f"Date: Sun, 29 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{answer}\n--b34--\n").encode()


NOTE_ES = "Les paso lo que la broker le contestó a la clienta. Para su expediente.\n\nMarisol"


@pytest.mark.parametrize("answer", [
    "Hola:\n\nSu solicitud de exclusión fue completada. El perfil fue eliminado de nuestro sitio.\n\nEquipo",
    "Hola:\n\nSu solicitud de baja fue completada.\n\nEquipo",
    "Hello,\n\nYour opt-out request has been completed.\n\nPrivacy Team",
])
def test_a_colleagues_forward_reads_the_forwarded_answers_words(answer):
    assert classify(parse(forwarded(NOTE_ES, answer, "Su solicitud"))).kind == "confirmed"


@pytest.mark.parametrize("answer", [
    "Hola:\n\nSu solicitud fue completada.\n\nEquipo",
    "Hola:\n\nSu solicitud de exclusión fue procesada.\n\nEquipo",
    "Hola:\n\nSu solicitud de exclusión no fue completada: falta su identificación.\n\nEquipo",
])
def test_a_forwarded_answer_that_names_no_removal_done_is_never_confirmed(answer):
    assert classify(parse(forwarded(NOTE_ES, answer, "Su solicitud"))).kind != "confirmed"


# 1b. Spanish "borramos" and its kin with objects the r22 rule did not name (probe pass 33's leftover)
@pytest.mark.parametrize("said", [
    "Borramos toda su información de nuestro sitio.", "Ya lo borramos.", "Eliminamos a su representada de nuestra base de datos.",
    "Retiramos el listado que nos envió.", "La borramos de nuestro directorio.", "Suprimimos todos sus datos.",
])
def test_borramos_with_its_other_objects_is_confirmed(said):
    assert read(f"Hola,\n\n{said}\n\nSoporte").kind == "confirmed"


@pytest.mark.parametrize("said", [
    "Normalmente borramos toda la información en 30 días.", "No la borramos de nuestro directorio porque es un registro público.",
    "Si nos envía su identificación, la borramos de nuestro directorio.",
    "La borramos de nuestro directorio en un plazo de 10 días hábiles.", "¿Quiere que la borremos de nuestro directorio?",
    "Borramos a su clienta de la lista de correo; su ficha sigue publicada.", "Todavía no borramos toda su información.",
])
def test_borramos_habitual_negated_conditional_promised_or_partial_is_never_confirmed(said):
    assert read(f"Hola,\n\n{said}\n\nSoporte").kind != "confirmed"
