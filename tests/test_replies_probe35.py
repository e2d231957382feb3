"""Probe pass 35 (branch r35, scripts/probe_replies35.py): the faults it found in today's newest reply classes (set
U's five, tests/test_replies_setu_promises.py; r34's six, tests/test_replies_pass34.py), each fixed as a class where
its family lives in optout/mail/_classify.py. Every case is worded here (not the probe's sentences, no tests/replies
sentence), beside near misses that must keep their reading: no reply that is not a confirmation may become
``confirmed``.

1. The broker's doubt that it removed the right person, in the words the first rule did not read: a contraction
   ("if that isn't your client"), "in case the profile we deleted is someone else", Portuguese "caso não seja a
   pessoa certa", French "si ce n'était pas la bonne personne", Haitian Creole "si se pa bon moun nan". And "we have
   no listing under that name any longer" beside a removal is the removal done, not nothing found.
2. A removal in another town of the request's state when the state's code stands before the verb ("… of Rochester,
   MN has been deleted") or the removal is told in Spanish ("eliminamos la ficha de … de Bloomington, MN"); New
   York's other names ("NYC", "New York City", "Nueva York") are New York, not another town.
3. A removal undone told in Haitian Creole ("li tounen parèt sou sit la").
4. A listing hidden for a time whose suppression "lapses"; a removal's confirmation number or an e-mail's link that
   expires is no such time.
5. Portuguese and French "your opt-out was processed" beside a warning that removed listings may come back.
6. Taken off a list of promotions, or a profile that "sigue en el directorio": no removal of the listing.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read  # a plain broker mail read, as r32's and pass 34's cases are


def thread(said: str, town: str = "Saint Paul", st: str = "MN") -> str:
    """A broker's words above our request quoted back, the client of ``town``, ``st``."""
    return (f"Hello,\n\n{said}\n\nRecords Team\n\nOn Mon, Nov 30, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n"
            f"> On behalf of Dalia Marisol Quenta Choque, 52, of {town}, {st}, we ask you to delete her listings.\n"
            f"> Reference: OPT-T-135\n")


# 1. the broker's doubt
@pytest.mark.parametrize("body", [
    "Hi,\n\nWe removed a profile with that name. If that isn't your client, reply and we will look again.\n\nTeam",
    "Hi,\n\nWe deleted the profile. In case the profile we deleted is someone else, write back.\n\nTeam",
    "Oi,\n\nApagamos o cadastro com esse nome. Caso não seja a pessoa correta, responda este e-mail.\n\nEquipe",
    "Bonjour,\n\nNous avons effacé une fiche à ce nom. Si ce n'était pas la bonne personne, merci de nous écrire.\n\nÉquipe",
    "Bonjou,\n\nNou efase pwofil la. Si se pa bon moun nan, ekri nou.\n\nEkip",
])
def test_the_brokers_doubt_in_other_words_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    thread("Her profile was deleted this morning; we have no listing under that name any longer."),
    "Hi,\n\nWe deleted the profile. If your client appears on partner sites, contact them directly.\n\nTeam",
    "Oi,\n\nApagamos o cadastro da sua cliente do nosso site.\n\nEquipe",
])
def test_a_removal_with_no_doubt_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# 2. another town of the request's state
@pytest.mark.parametrize("body", [
    thread("The listing of Dalia Quenta of Mankato, MN has been deleted."),
    thread("Eliminamos el perfil de Dalia Quenta de Moorhead, MN."),
    thread("The listing of Dalia Quenta of Yonkers, NY was removed.", town="New York", st="NY"),
])
def test_a_removal_in_another_town_before_the_verb_or_in_spanish_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    thread("The listing of Dalia Quenta of St. Paul, MN has been deleted."),
    thread("Eliminamos el perfil de Dalia Quenta de Saint Paul, MN."),
    thread("We deleted the listing of Dalia Quenta, NYC, NY.", town="New York", st="NY"),
    thread("We deleted the listing of Dalia Quenta, New York City, NY.", town="New York", st="NY"),
    thread("We deleted the listing of Dalia Quenta, New York, NY.", town="New York City", st="NY"),
    thread("Eliminamos el perfil de Dalia Quenta de Nueva York, NY.", town="New York", st="NY"),
])
def test_the_clients_own_town_written_otherwise_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# 3. a removal undone, in Haitian Creole
def test_a_removal_undone_in_haitian_creole_is_no_confirmation():
    assert read("Bonjou,\n\nNou te efase pwofil la, men li tounen afiche sou sit la semèn sa a.\n\nEkip").kind != "confirmed"


def test_will_not_show_again_in_haitian_creole_stays_a_confirmation():
    assert read("Bonjou,\n\nNou efase pwofil la. Li pap parèt ankò.\n\nEkip").kind == "confirmed"


# 4. a listing hidden for a time
@pytest.mark.parametrize("body", [
    "Hi,\n\nWe have suppressed your client's listing. The suppression lapses after 18 months.\n\nTeam",
    "Hi,\n\nWe have suppressed the profile. The block lapses at the end of next year.\n\nTeam",
])
def test_a_suppression_that_lapses_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe deleted the profile. Your removal ticket number expires in 60 days.\n\nTeam",
    "Hi,\n\nWe deleted the profile. The link in our earlier opt-out e-mail has expired, nothing more is needed.\n\nTeam",
])
def test_a_number_or_link_that_expires_beside_a_removal_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# 5. an opt-out processed beside a relisting warning, in Portuguese and French
@pytest.mark.parametrize("body", [
    "Oi,\n\nO seu opt-out foi processado. Perfis removidos podem reaparecer quando a base é atualizada.\n\nEquipe",
    "Bonjour,\n\nVotre opt-out a été traité. Les fiches retirées peuvent réapparaître.\n\nÉquipe",
])
def test_an_opt_out_processed_beside_a_relisting_warning_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_an_opt_out_processed_and_the_profile_removed_stays_a_confirmation():
    body = "Oi,\n\nO seu opt-out foi processado e removemos o perfil. Se houver novos dados, ele pode reaparecer.\n\nEquipe"
    assert read(body).kind == "confirmed"


# 6. off a list of promotions; a profile still in the directory
@pytest.mark.parametrize("body", [
    "Hola,\n\nBorramos a su representada de la lista de ofertas.\n\nSoporte",
    "Hola,\n\nBorramos a su clienta del boletín; su perfil permanece en el buscador.\n\nSoporte",
    "Hola,\n\nEliminamos su correo de la lista de suscriptores.\n\nSoporte",
])
def test_a_promotions_list_or_a_profile_still_in_the_directory_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_a_client_removed_from_the_directory_stays_a_confirmation():
    assert read("Hola,\n\nBorramos a su representada de nuestro directorio.\n\nSoporte").kind == "confirmed"


# 7. a reassurance beside a removal ("no se apure", "don't worry") is no negation of it; a negation beside it still is
@pytest.mark.parametrize("body", [
    "Hola,\n\nYa le quitamos el perfil a su representada, no se preocupe.\n\nSoporte",
    "Hola,\n\nYa borramos tu perfil, no te apures.\n\nSoporte",
    "Hi,\n\nDon't worry, we have deleted your client's profile.\n\nTeam",
])
def test_a_removal_beside_a_reassurance_is_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo se preocupe, todavía no borramos el perfil; lo haremos la otra semana.\n\nSoporte",
    "Hi,\n\nDon't worry, we have not deleted the profile yet.\n\nTeam",
    "Hola,\n\nNo se apure: el perfil no fue eliminado aún.\n\nSoporte",
])
def test_a_reassurance_beside_a_removal_not_done_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


# 8. "will not show / pull it again" in other verbs, beside a deletion: its lasting
@pytest.mark.parametrize("body", [
    "Hi,\n\nWe removed the profile and will not import his records from that feed again.\n\nTeam",
    "Oi,\n\nApagamos o cadastro e não vamos publicá-lo novamente.\n\nEquipe",
])
def test_a_deletion_that_will_not_be_shown_or_pulled_again_is_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe have not removed the profile, but we will not publish it again once you verify.\n\nTeam",
    "Hi,\n\nWe won't display the profile again.\n\nTeam",
])
def test_will_not_show_again_beside_no_deletion_is_no_confirmation(body):
    assert read(body).kind != "confirmed"
