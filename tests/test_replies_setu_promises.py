"""Set U's false confirmations (tests/replies/setu, held out; the lead's first read, 2026-12-02: 7 of 183) as
classes, in wordings of our own (none a set U sentence), in the languages that write them, beside the near misses
each fix may never turn away from a confirmation (optout/mail/_classify.py, "set U's first read").

1. The removal was undone, or the record is back ("reversed", "visible again", "reloaded it"): unsure. A warning of
   what may happen if a public record is published again is no such thing.
2. A listing hidden for a time only ("the suppression expires after two years unless you renew it"): unsure. A
   record of the request kept for years, so the person is not added again, is no such thing.
3. A request "processed", whose only outcome words are a warning that removed listings may come back: unsure.
4. The broker doubts it removed the right person, or found nothing where our request points: unsure.
5. A removal in another town of the state our request names: unsure; the same town (written "St." or "Saint") stays
   confirmed, and so does a broker's own address on a line of its own. (A town is read where a mark, a ZIP or the
   line's end follows its state's code, as ``_CITY_STATE`` reads it: "Round Rock, TX has been deleted" is not read.)
Where no confirmation was read at all (1, 2: "la ficha se había eliminado", "fue ocultada"; 4: "we found no record at
the address your letter gives" beside a removal), the mail is unsure too, not "other" or a refusal.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read  # a plain broker mail read, as r32's cases are


QUOTE = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n"
         "> As authorised agent of Teodora Villca Choque ({town}), we ask you to delete every listing of hers.\n")


@pytest.mark.parametrize("body", [
    "Hello,\n\nA follow-up to our note of November 3: that deletion was processed in error and has since been rolled "
    "back. Her profile is searchable again until our compliance team reviews the authorisation.\n\nPrivacy Desk",
    "Hi,\n\nWe wrote last week that the record was deleted. A data vendor re-imported the record on November 20, so it "
    "is currently back in our database; we are looking into it.\n\nData Team",
    "Hola:\n\nLe escribimos la semana pasada que la ficha se había eliminado. Por un error de sistema la ficha volvió "
    "a aparecer y está de nuevo visible; la revisaremos.\n\nSoporte",
    "Hola:\n\nEliminamos la ficha el lunes, pero por un error se cargó otra vez y está de nuevo visible.\n\nSoporte",
    "Olá,\n\nInformamos antes que o perfil foi excluído. Uma atualização da base fez com que o perfil voltasse: ele "
    "está novamente visível no site.\n\nEquipe",
    "Bonjour,\n\nNous vous avions écrit que la fiche était supprimée. Suite à une mise à jour, elle est de nouveau "
    "visible sur notre site.\n\nSupport",
])
def test_a_removal_undone_or_a_record_back_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got
    assert "undone" in got.rule


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe have removed the listing you identified. Our pages are built from public records: if a county "
    "record about you is published again, information may appear again on our site.\n\nSupport",
    "Hola:\n\nEliminamos la ficha. Si un registro público se publica de nuevo, la información podría volver a "
    "aparecer.\n\nSoporte",
])
def test_a_warning_of_what_may_come_back_after_a_removal_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hello,\n\nYour request is complete: the profile has been suppressed for two years. When that period ends the "
    "suppression expires and the profile may be shown again unless you renew it.\n\nPrivacy",
    "Hola:\n\nSu ficha fue ocultada. La supresión vence a los 24 meses, a menos que la renueve.\n\nPrivacidad",
    "Olá,\n\nO perfil foi ocultado. A supressão expira após dois anos, a menos que o renove.\n\nPrivacidade",
])
def test_a_listing_hidden_for_a_time_only_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got
    assert "for a time only" in got.rule


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe have deleted your profile. As the law requires, we keep a record of your request for 24 months so "
    "that you are not added again.\n\nPrivacy",
    "Hola:\n\nEliminamos su perfil y guardamos su solicitud en una lista de exclusión para que no vuelva a "
    "publicarse.\n\nPrivacidad",
])
def test_a_record_of_the_request_kept_for_years_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hello,\n\nYour request has been processed. Note that a removed listing may reappear when our data is refreshed "
    "each month; check again in a few weeks.\n\nSupport",
    "Hello,\n\nYour opt-out has been processed. Listings can come back after our quarterly update.\n\nSupport",
])
def test_processed_beside_a_warning_that_listings_may_come_back_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got
    assert "processed" in got.rule


def test_a_removal_said_beside_a_warning_that_listings_may_come_back_stays_a_confirmation():
    body = ("Hello,\n\nYour request has been processed and your listing has been removed. A removed listing may "
            "reappear when our data is refreshed; check again in a month.\n\nSupport")
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe deleted the profile of Teodora Villca in Tucson. If your client is a different person, please tell "
    "us.\n\nSupport",
    "Hello,\n\nWe removed the listing of Teodora Villca at 12 Palm Ave. We found no record at the address your letter "
    "gives.\n\nSupport",
    "Hola:\n\nDimos de baja el perfil de Teodora Villca. Si su cliente es otra persona, escríbanos.\n\nSoporte",
    "Hola:\n\nEliminamos la ficha de Teodora Villca de Tucson. No encontramos ningún perfil en la dirección de su "
    "carta.\n\nSoporte",
    "Olá,\n\nRemovemos o perfil de Teodora Villca. Se o seu cliente for outra pessoa, avise-nos.\n\nSuporte",
])
def test_a_removal_the_broker_doubts_is_the_persons_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got
    assert "right person" in got.rule


@pytest.mark.parametrize(("said", "town"), [
    ("We have removed the listing at 410 Cedar Ln, Pasco, WA.", "Spokane, WA"),
    ("Dimos de baja el perfil de Teodora Villca de Yuma, AZ.", "Tucson, AZ"),
])
def test_a_removal_in_another_town_of_the_requests_state_is_no_confirmation(said, town):
    got = read("Hello,\n\n" + said + "\n\nSupport" + QUOTE.format(town=town))
    assert got.kind == "unsure", got
    assert "another town" in got.rule


@pytest.mark.parametrize(("body", "town"), [
    ("Hello,\n\nWe have removed the listing at 410 Cedar Ln, Spokane, WA.\n\nSupport", "Spokane, WA"),
    ("Hello,\n\nWe deleted the profile of Teodora Villca of St. Louis, MO.\n\nSupport", "Saint Louis, MO"),
    ("Hola:\n\nDimos de baja el perfil de Teodora Villca de El Paso, TX.\n\nSoporte", "El Paso, TX"),
    ("Hello,\n\nWe have removed the listing you sent.\n\nBroker Inc.\n900 Main St, Houston, TX 77002", "El Paso, TX"),
])
def test_a_removal_in_the_requests_town_or_a_brokers_own_address_stays_a_confirmation(body, town):
    assert read(body + QUOTE.format(town=town)).kind == "confirmed"
