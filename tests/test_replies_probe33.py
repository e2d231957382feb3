"""Probe pass 33 (branch r33, 2026-12-02; scripts/probe_replies33.py): what a stranger's wordings broke in the
classes added last, each fixed where its family lives, beside the near misses that keep their reading.

1. A removed record placed in a state written as newspapers abbreviate it ("Sacramento, Calif.", "Miami, Fla.",
   "Albany, N.Y."), against a request about another state: unsure (another person of the name?), as the code
   ("CA") and the name ("California") already were; the same state abbreviated stays confirmed, and a word
   after a greeting ("Hola, la ficha") is no state.
2. A deletion by one company that sends the person to another, independent controller in the Portuguese
   imperative ("entre em contato diretamente com ela"): unsure, as "você deve contatar" already was (the
   Spanish, French and English wordings beside it held before and are kept as guards); another company named
   with nobody told to write to it, or "entre em contato conosco", stays confirmed.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def raw(body: str, subject: str = "Re: your request") -> bytes:
    return (f"From: privacy@broker.example\nTo: Clinic <clinic@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n").encode()


def read(body: str, subject: str = "Re: your request"):
    return classify(parse(raw(body, subject)))


QUOTE = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n"
         "> On behalf of Marisol Quispe Huamán, 44, of {city}, {state}, we ask you to delete every listing of her.\n")


@pytest.mark.parametrize(("said", "city", "state"), [
    ("We deleted the record of Marisol Quispe of Fresno, Calif. from our site.", "Reno", "Nevada"),
    ("The listing of Marisol Quispe in Tampa, Fla. has been removed.", "Reno", "NV"),
    ("We removed the profile of Marisol Quispe, Buffalo, N.Y., from our directory.", "Newark", "New Jersey"),
    ("Eliminamos la ficha de Marisol Quispe de Charleston, W. Va.", "Reno", "Nevada"),
])
def test_a_removal_in_a_state_abbreviated_otherwise_than_the_request_is_no_confirmation(said, city, state):
    got = read("Hello,\n\n" + said + "\n\nSupport" + QUOTE.format(city=city, state=state))
    assert got.kind == "unsure", got
    assert "another state" in got.rule


@pytest.mark.parametrize(("said", "city", "state"), [
    ("We deleted the record of Marisol Quispe of Fresno, Calif. from our site.", "Fresno", "California"),
    ("The listing of Marisol Quispe in Buffalo, N.Y. has been removed.", "Buffalo", "NY"),
    ("Hola, la ficha de Marisol Quispe fue eliminada.", "Reno", "Nevada"),
])
def test_a_removal_in_the_same_state_abbreviated_stays_a_confirmation(said, city, state):
    assert read(said + "\n\nSupport" + QUOTE.format(city=city, state=state)).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Olá,\n\nRemovemos seu perfil. A empresa parceira ListaJá é uma controladora independente; entre em contato "
    "diretamente com ela.\n\nDPO",
    "Hola,\n\nEliminamos su ficha. BuscaNorte LLC es una empresa independiente: debe escribirle a "
    "privacidad@buscanorte.example.\n\nDPO",
    "Bonjour,\n\nNous avons supprimé votre fiche. AnnuaireSud est une société distincte ; vous devez la contacter "
    "pour ses données.\n\nDPO",
    "Hello,\n\nWe deleted your listing. PeopleLook Data LLC is a separate company; contact them directly about "
    "the records it holds.\n\nDPO",
])
def test_a_deletion_sending_the_rest_to_another_company_in_other_wordings_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    # another company named, nobody told to write to it; "contact us" is no other company
    "Hello,\n\nWe deleted your listing. Our mail is sent by PostHaus, an independent company.\n\nPrivacy",
    "Olá,\n\nExcluímos seu perfil. Se tiver dúvidas, entre em contato conosco.\n\nEquipe",
])
def test_a_deletion_naming_a_company_nobody_must_write_to_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# 3. A request named by what it asks, said "processed": the broker's process ran, its outcome (a deletion or a
#    refusal) is not said; "completed" of a deletion request says the deletion was done and stays a confirmation
@pytest.mark.parametrize("body", [
    "Hello,\n\nWe processed your deletion request.\n\nPrivacy Team",
    "Hello,\n\nYour removal request has been processed.\n\nPrivacy Team",
    "Hola,\n\nHemos procesado su solicitud de eliminación.\n\nEquipo",
    "Olá,\n\nProcessamos sua solicitação de exclusão.\n\nEquipe",
    "Bonjour,\n\nVotre demande de suppression a été traitée.\n\nService client",
])
def test_a_deletion_request_processed_says_no_outcome(body):
    got = read(body)
    assert got.kind == "unsure", got
    assert "processed or completed" in got.rule


@pytest.mark.parametrize("body", [
    "Hello,\n\nYour opt-out request has been completed.\n\nSupport",
    "Hello,\n\nYour deletion request is complete.\n\nSupport",
    "Hello,\n\nWe processed your deletion request and removed your listing from our site.\n\nSupport",
    "Olá,\n\nProcessamos sua solicitação de exclusão e seu perfil foi removido.\n\nEquipe",
])
def test_a_deletion_request_completed_or_processed_with_the_outcome_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"
