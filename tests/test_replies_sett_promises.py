"""Set T's broken promises (tests/replies/sett, held out; the lead's first read, 2026-12-02), as classes in
wordings of our own, none a set T sentence: each case below fails on the reader before the fix, and each near
miss keeps its reading. The classes: a request "processed" or "completed" with nothing said of what was done;
a removal of a record whose age or state is not the one the request gave (another person of the name); a
profile "set to private"; a deletion by one company of a group that sends the person to another, independent
one for the rest."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def raw(body: str, subject: str = "Re: your request", *, sender: str = "privacy@broker.example") -> bytes:
    return (f"From: {sender}\nTo: Clinic <clinic@example.org>\nSubject: {subject}\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: your request", **kw):
    return classify(parse(raw(body, subject, **kw)))


# 1. "Processed" / "completed", and nothing of what was done
@pytest.mark.parametrize(("body", "subject"), [
    ("Hello,\n\nYour request has been completed by our team. Let us know if there is anything else.\n\nKaren\nMember Care",
     "Re: Request 20-1177"),
    ("Hi,\n\nWe have completed your request as required by applicable law.\n\nPrivacy Desk", "Request update"),
    ("Buenas tardes:\n\nLe informamos que su solicitud ha sido completada por el área correspondiente.\n\nAtentamente,\nAtención al Cliente",
     "Su solicitud"),
    ("Hola,\n\nHemos tramitado su solicitud conforme a nuestra política de privacidad. Quedamos a sus órdenes.\n\nSoporte",
     "[Ayuda] Re: Baja de datos"),
    ("Olá,\n\nSeu pedido foi atendido pela nossa equipe.\n\nEquipe de Privacidade", "Atualização do pedido"),
    ("Bonjour,\n\nVotre demande a été traitée par nos services.\n\nService client", "Votre demande"),
])
def test_a_request_processed_with_nothing_said_done_is_no_confirmation(body, subject):
    got = read(body, subject)
    assert got.kind == "unsure", got
    assert "processed or completed" in got.rule


@pytest.mark.parametrize(("body", "subject"), [
    # the outcome said in the broker's words beside "processed"
    ("Hello,\n\nWe have processed your request and removed the listing from our site.\n\nSupport", "Re: your request"),
    ("Hola,\n\nHemos procesado su solicitud: su perfil ya no aparece en nuestro sitio.\n\nSoporte", "Re: su solicitud"),
    ("Olá,\n\nSeu pedido foi processado e seus dados foram excluídos.\n\nEquipe", "Re: pedido"),
    # a subject of the broker's own that names the deletion ("your erasure request is complete")
    ("Hello,\n\nThis is to let you know your request has been completed.\n\nPrivacy", "Your erasure request is complete"),
])
def test_a_request_processed_beside_what_was_done_stays_a_confirmation(body, subject):
    assert read(body, subject).kind == "confirmed"


def test_a_removal_named_only_in_our_own_subject_is_not_what_was_done():
    # "Re: Removal request" is our subject quoted back (a ticket system's tag before it), not the broker's words
    got = read("Hi,\n\nWe have processed your request.\n\nSupport", "[FindFolk Help] Re: Removal request OPT-1")
    assert got.kind == "unsure", got


# 2. A record of another person of the name removed: its age or its state is not the one the request gave
QUOTE_EN = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n"
            "> On behalf of Rosa Elena Díaz Peña, {age}, of Reno, {state}, we ask you to delete every listing of her.\n")
QUOTE_ES = ("\n\nEl lun, 2 nov 2026 a las 9:00, Clínica <clinic@example.org> escribió:\n"
            "> En nombre de Rosa Elena Díaz Peña, de {age} años, de Reno, {state}, pedimos la eliminación de sus datos.\n")


@pytest.mark.parametrize(("said", "quote", "age", "state"), [
    ("We removed the record of Rosa Diaz, age 71, of Reno from our site.", QUOTE_EN, "38", "Nevada"),
    ("The listing for Rosa Diaz, 66 years old, has been deleted.", QUOTE_EN, "41", "NV"),
    ("We deleted the profile of Rosa Díaz in Tucson, Arizona.", QUOTE_EN, "38", "Nevada"),
    ("Eliminamos el perfil de Rosa Díaz, de 70 años, de nuestro sitio.", QUOTE_ES, "38", "Nevada"),
    ("Borramos la ficha de Rosa Díaz de El Paso, Texas.", QUOTE_ES, "38", "Nevada"),
])
def test_a_removal_of_a_record_with_another_age_or_state_is_no_confirmation(said, quote, age, state):
    got = read("Hello,\n\n" + said + "\n\nSupport" + quote.format(age=age, state=state))
    assert got.kind == "unsure", got


@pytest.mark.parametrize(("said", "quote", "age", "state"), [
    # the age a year or two off (brokers' ages lag), the same state written out or as its code
    ("We removed the record of Rosa Diaz, age 39, of Reno, NV from our site.", QUOTE_EN, "38", "Nevada"),
    ("Eliminamos el perfil de Rosa Díaz, de 40 años, de Reno, Nevada.", QUOTE_ES, "38", "Nevada"),
    # a greeting to a person named like a state is no state
    ("Hello, Georgia, we have deleted the listing you sent.", QUOTE_EN, "38", "Nevada"),
])
def test_a_removal_of_the_record_asked_about_stays_a_confirmation(said, quote, age, state):
    assert read(said + "\n\nSupport" + quote.format(age=age, state=state)).kind == "confirmed"


# 3. A profile made private: hidden, kept
@pytest.mark.parametrize("body", [
    "Hello,\n\nYour profile has been made private and will no longer appear in public searches.\n\nSupport",
    "Hi,\n\nYour listing was set to private and will not be shown on our site anymore.\n\nTeam",
    "Hola,\n\nSu perfil fue configurado como privado y ya no aparece en las búsquedas públicas.\n\nSoporte",
    "Olá,\n\nSeu perfil foi definido como privado e não aparecerá mais nas buscas.\n\nEquipe",
    "Bonjour,\n\nVotre profil a été rendu privé et n'apparaîtra plus dans les recherches.\n\nService client",
])
def test_a_profile_made_private_is_no_deletion(body):
    got = read(body)
    assert got.kind == "unsure", got
    assert "private" in got.rule


@pytest.mark.parametrize("body", [
    # "private" said of something else than the profile
    "Hello,\n\nWe have deleted your profile. Your private information is no longer on our site.\n\nSupport",
    "Hola,\n\nEliminamos su perfil. Su información privada ya no aparece en nuestro sitio.\n\nSoporte",
])
def test_private_said_of_the_data_beside_a_deletion_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# 4. A deletion by one company of a group; another, independent one holds the rest and must be written to
@pytest.mark.parametrize("body", [
    "Hola,\n\nEliminamos su ficha del directorio de Chile. Guía Austral USA, Inc. es un responsable independiente; para "
    "los datos que guarda en Estados Unidos debe dirigirse a privacidad@guia-austral-usa.example.\n\nResponsable de Datos",
    "Olá,\n\nExcluímos sua ficha do diretório de Portugal. A BuscaJá Inc. é controladora independente dos dados nos EUA; "
    "você deve contatar privacy@buscaja-us.example.\n\nEncarregado",
    "Bonjour,\n\nNous avons supprimé votre fiche de l'annuaire du Québec. Annuaire Nord USA est un responsable de "
    "traitement indépendant : veuillez contacter privacy@annuaire-nord-usa.example pour ses données.\n\nDélégué",
    "Hello,\n\nWe have deleted your entry in our Irish directory. Our US sister company is an independent controller, "
    "so you will need to contact privacy@sister-us.example about its records.\n\nDPO",
])
def test_a_deletion_by_one_company_that_sends_the_rest_to_another_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got


def test_a_deletion_that_only_mentions_a_separate_company_stays_a_confirmation():
    # another company named, nobody told to write to it
    body = ("Hello,\n\nWe have deleted your listing. Our newsletter is printed by OpenLook Media, an independent "
            "company.\n\nPrivacy Office")
    assert read(body).kind == "confirmed"
