"""Set U (tests/replies/setu), retired to development on 2026-12-02 (branch r36): its misses read as
classes, each fixed where the class lives (``optout/mail/_classify.py``, "set U's misses"), in the
languages that write it. Every case is worded by us (names, brokers and dates of our own, no set U
sentence), beside the near misses that must keep their reading: no reply that is not a confirmation may
become ``confirmed``.

1. Spanish erasure told with "procedimos a" and an infinitive ("procedimos a suprimir los datos"), and a
   removal that "fue / quedó efectiva": confirmed. Of a request, a copy, an account or a subscription,
   negated, under a condition, asked, or within a term: never confirmed.
2. "Ya borramos toda tu info": r34's "borramos toda su información" in the familiar register and with
   the clipped noun: confirmed; negated, habitual, conditional, asked or within a term: never.
3. English "we took down the profile" / "we took her listing down" and "we matched and deleted the
   personal information we held": confirmed. "Take down" is also "write down": "we took down your
   details", "your request", "it" are never a removal.
4. Ukrainian "профіль більше не показується" beside a removal: the removal's lasting, not a part undone.
5. A Spanish exemption conceded and the removal done anyway ("Aunque … están exentos, eliminamos su ficha
   por cortesía"), as r34 read in English: confirmed; the exemption in the main clause or the removal
   negated: never.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read  # a plain broker mail read, as r32's cases are

PROCEDIMOS_DONE = [
    "Estimados:\n\nEn atención a su reclamo, procedimos a eliminar el perfil de la señora Ocampo de nuestro directorio.\n\nOficial de Privacidad",
    "Buenas tardes:\n\nProcedimos a suprimir todos los datos personales que teníamos de su poderdante.\n\nProtección de Datos, Guía Norte",
    "Hola:\n\nProcedimos a dar de baja la ficha del señor Villalba el día 9.\n\nSoporte",
    "Señores:\n\nLa supresión de los datos de su representado fue efectiva el 21 de octubre de 2026.\n\nÁrea Legal",
    "Hola:\n\nLa eliminación del perfil quedó efectiva esta mañana.\n\nEquipo de Datos",
]

PROCEDIMOS_NOT_DONE = [
    "Hola:\n\nProcedimos a cancelar su suscripción a nuestras novedades.\n\nSoporte",
    "Hola:\n\nProcedimos a eliminar la solicitud repetida que nos llegó.\n\nSoporte",
    "Hola:\n\nProcedimos a eliminar su cuenta de usuario en la aplicación.\n\nSoporte",
    "Hola:\n\nProcedimos a revisar el caso de su representada.\n\nSoporte",
    "Hola:\n\nNo procedimos a eliminar su ficha porque falta el poder firmado.\n\nSoporte",
    "Hola:\n\nProcedimos a eliminar su ficha dentro de los próximos 15 días hábiles.\n\nSoporte",
    "Hola:\n\nLa eliminación de su ficha no fue efectiva.\n\nSoporte",
    "Hola:\n\nLa supresión de sus datos todavía no quedó efectiva.\n\nSoporte",
    "Hola:\n\nLa cancelación de su suscripción fue efectiva el lunes.\n\nSoporte",
    "Hola:\n\nLa baja de su cuenta quedó efectiva.\n\nSoporte",
]

TU_INFO_DONE = [
    "Hola!\n\nYa borramos toda tu info, cualquier cosa nos escribes.\n\nEquipo Directorio Sur",
    "Qué tal:\n\nEliminamos todos tus datos del sitio.\n\nSoporte",
    "Hola:\n\nYa suprimimos toda su info de la página.\n\nSoporte",
]

TU_INFO_NOT_DONE = [
    "Hola:\n\nNo borramos toda tu info: la dirección sigue publicada.\n\nSaludos",
    "Hola:\n\nNormalmente borramos toda tu info en 30 días.\n\nSaludos",
    "Hola:\n\nSi borramos toda tu info, ya no podrás entrar a la app.\n\nSaludos",
    "Hola:\n\n¿Borramos toda tu info?\n\nSaludos",
    "Hola:\n\nBorramos toda tu info en un plazo de 30 días.\n\nSaludos",
    "Hola:\n\nBorramos toda tu info de la lista de promociones.\n\nSaludos",
]

TAKEN_DOWN_DONE = [
    "Hi there,\n\nWe took down the profile for your client on Tuesday.\n\nSupport, Lakeview Lookup",
    "Hello,\n\nWe have taken down both listings you sent us.\n\nTrust & Safety",
    "Hi,\n\nWe took her listing down this morning.\n\nPrivacy Desk",
    "Hello,\n\nWe matched and deleted the personal information we held about your client.\n\nData Protection",
    "Hello,\n\nWe found and removed all three entries for Mr. Oduya.\n\nData Protection",
]

TAKEN_DOWN_NOT_DONE = [
    "Hi,\n\nWe took down your details and will call you back tomorrow.\n\nSupport",
    "Hi,\n\nWe took down your request and will review it.\n\nSupport",
    "Hi,\n\nWe took it down in our notes.\n\nSupport",
    "Hi,\n\nWe took down the post about our prices.\n\nSupport",
    "Hi,\n\nWe have not taken down the profile.\n\nSupport",
    "Hi,\n\nWe never took down her listing.\n\nSupport",
    "Hi,\n\nIf we took down the profile, it would come back from public records.\n\nSupport",
    "Hi,\n\nWe will take down the profile within 10 days.\n\nSupport",
    "Hi,\n\nWe found and did not delete the record.\n\nSupport",
    "Hi,\n\nWe reviewed your request and removed nothing.\n\nSupport",
]

UK_NO_LONGER_SHOWN = "Добрий день!\n\nДані вашої клієнтки видалено з нашого сайту, профіль більше не показується.\n\nПідтримка"
UK_NOT_DONE = [
    "Добрий день!\n\nМи не видалили профіль, він більше не показується лише в пошуку.\n\nПідтримка",
]

CONCEDED_ES_DONE = [
    "Hola:\n\nAunque los registros públicos están exentos, eliminamos su ficha por cortesía.\n\nSoporte",
    "Estimada clínica:\n\nAunque los registros públicos están exentos según la ley estatal, eliminamos la ficha de su cliente igualmente.\n\nPrivacidad",
]
CONCEDED_ES_NOT_DONE = [
    "Hola:\n\nAunque los registros públicos están exentos, no eliminamos su ficha.\n\nSoporte",
    "Hola:\n\nAunque eliminamos su ficha, los registros públicos están exentos y se conservan.\n\nSoporte",
    "Hola:\n\nLos registros públicos están exentos; no eliminamos fichas por cortesía.\n\nSoporte",
]


STILL_READ = ["Qué tal:\n\nEliminamos todos tus datos del sitio.\n\nSoporte",  # r34's "eliminamos … datos"
              "Hi,\n\nWe took her listing down this morning.\n\nPrivacy Desk"]  # read before r36 too


@pytest.mark.parametrize("body", [UK_NO_LONGER_SHOWN] + STILL_READ)
def test_a_removal_told_in_these_words_is_confirmed(body):
    assert read(body).kind == "confirmed"


# Classes 1-3 and 5 were withdrawn by the lead after review 37 (2026-12-02): their patterns read the replies below
# as confirmed, and also these, which are no confirmation. A person reads the first (a confirmation lost, never one
# given); whoever reads them again keeps the second never confirmed.
@pytest.mark.xfail(strict=True, reason="withdrawn after review 37: a person reads these (a confirmation lost)")
@pytest.mark.parametrize("body", [b for b in PROCEDIMOS_DONE + TU_INFO_DONE + TAKEN_DOWN_DONE + CONCEDED_ES_DONE
                                  if b not in STILL_READ])
def test_known_misses_of_the_withdrawn_classes(body):
    assert read(body).kind == "confirmed"


REVIEW37_NOT_DONE = [
    "Hello,\n\nWe took down the listing's phone number.\n",
    "Hello,\n\nI took down the listing number and will forward it to compliance.\n",
    "Hello,\n\nWe took down the listing ID and the profile link, and a specialist will review them.\n",
    "Hello,\n\nWe took down the listing for about an hour during maintenance.\n",
    "Hello,\n\nWe took down all the listings except the one for your client, which is a public court record.\n",
    "Hello,\n\nWe identified the listing and deleted the phone details; other details remain visible.\n",
    "Hello,\n\nWe matched and deleted the information your client sent us in the form.\n",
    "Hola:\n\nProcedimos a cancelar el trámite porque faltaba la identificación.\n",
    "Hola:\n\nProcedimos a eliminar el ticket 4471 de nuestro sistema.\n",
    "Hola:\n\nProcedimos a eliminar la ficha. Sin embargo, la eliminación no se pudo completar por un error técnico.\n",
    "Hola:\n\nProcedimos a dar de baja la ficha de su hermano, que figuraba en Houston.\n",
    "Hola:\n\nLa baja tampoco fue efectiva esta vez.\n",
    "Hola:\n\nLa baja del teléfono quedó efectiva, pero el resto de la ficha permanece.\n",
    "Hola:\n\nYa borramos toda tu info de marketing; el perfil público sigue.\n",
    "Hola:\n\nAunque los registros públicos están exentos, eliminamos su solicitud de nuestro sistema.\n",
]


@pytest.mark.parametrize("body", REVIEW37_NOT_DONE)
def test_the_reviews_wordings_are_never_confirmed(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", PROCEDIMOS_NOT_DONE + TU_INFO_NOT_DONE + TAKEN_DOWN_NOT_DONE + UK_NOT_DONE + CONCEDED_ES_NOT_DONE)
def test_the_same_words_not_telling_a_removal_never_confirm(body):
    assert read(body).kind != "confirmed"


def test_a_conceded_spanish_exemption_with_the_removal_negated_stays_a_refusal():
    assert read(CONCEDED_ES_NOT_DONE[0]).kind == "refused"
