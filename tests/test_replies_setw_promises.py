"""Set W's false confirmations (tests/replies/setw, held out; the lead's first read, 2026-12-02: 6 of 174) as classes,
in wordings of our own (none a set W sentence), in the languages that write them, beside the near misses each fix may
never turn away from a confirmation (optout/mail/_classify.py, "set W's first read").

1. A customer account's deletion said as a noun, with its order history ("we have completed the deletion of the
   customer account …"): no listing removed.
2. The brand that answers keeps its records apart from the group's people-search sites, named by their own names
   ("This request does not cover PeopleScope"; "each brand keeps its own records"; "operated separately"): the request
   reached one part of the business.
3. A generic completion ("your request has been completed") under a status field that says the request is not done
   ("Status: Submitted"): a receipt, acknowledged.
4. One of several listings removed and the others left up as someone else's: a person looks at those.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read

NEVER_CONFIRMED = [
    # 1. an account, as a noun
    ("account", "Re: your request", "Hello,\n\nWe have completed the deletion of the member account tied to the address "
     "you wrote from, including its purchase history.\n", {"unsure", "other"}),
    ("account", "Re: su solicitud", "Hola:\n\nCompletamos la eliminación de su cuenta de cliente y de su historial de "
     "compras.\n", {"unsure", "other"}),
    ("account", "Re: pedido", "Olá,\n\nConcluímos a exclusão da sua conta e do histórico de pedidos.\n", {"unsure", "other"}),
    ("account", "Re: demande", "Bonjour,\n\nNous avons terminé la suppression de votre compte et de votre historique de "
     "commandes.\n", {"unsure", "other"}),
    # 2. the group's other brands, by their names
    ("brands", "Your deletion request has been completed", "Hello,\n\nYour deletion request has been completed for Maple "
     "Perks. This request does not cover FindNeighbors; to remove a listing there, use its own opt-out form.\n",
     {"unsure", "needs_info"}),  # needs_info: "a separate request" is read first
    ("brands", "Opt-out processed", "Your opt-out has been processed. Our sister sites Nearwise and Lookbook Records are "
     "operated separately and keep their own records.\n", {"unsure", "other"}),  # "processed" alone is read as nothing done
    ("brands", "Solicitud completada", "Hola:\n\nHemos eliminado sus datos de Puntos Sol. Cada marca del "
     "grupo mantiene sus propios registros; esta solicitud no incluye el directorio VecinoBusca.\n", {"unsure"}),
    ("brands", "Solicitação concluída", "Olá,\n\nSua solicitação de exclusão foi concluída. Cada marca do grupo mantém "
     "seus próprios registros.\n", {"unsure"}),
    ("brands", "Demande traitée", "Bonjour,\n\nVotre demande de suppression a été traitée. Chaque marque du groupe "
     "conserve ses propres fichiers.\n", {"unsure"}),
    # 3. a status field that says not done, beside a generic completion
    ("status", "Your request has been completed", "Your request has been completed.\nRequest type: Deletion\n"
     "Status: In review\n", {"acknowledged"}),
    ("status", "Solicitud completada", "Su solicitud ha sido completada.\nTipo: Supresión\nEstado: Pendiente\n",
     {"acknowledged"}),
    ("status", "Pedido concluído", "Sua solicitação foi concluída.\nTipo: Exclusão\nStatus: em análise\n",
     {"acknowledged"}),
    # 4. one of several removed, the rest left up
    ("others left", "Re: removal", "Hello,\n\nWe found three profiles under your client's name. We removed one, in "
     "Fresno. Our system says the other two belong to other people, so we left them up.\n", {"unsure"}),
    ("others left", "Re: baja", "Hola:\n\nHallamos dos fichas con ese nombre. Borramos la de Mesa; la otra corresponde a "
     "otra persona y sigue publicada.\n", {"unsure", "refused"}),  # read "stays published" (a refusal): no confirmation
    ("others left", "Re: pedido", "Olá,\n\nRemovemos um dos perfis; os outros dois continuam publicados porque são de "
     "outras pessoas.\n", {"unsure"}),
    ("others left", "Re: demande", "Bonjour,\n\nNous avons supprimé une fiche ; les autres fiches restent en ligne.\n",
     {"unsure", "refused"}),  # as the Spanish one above
]

STILL_CONFIRMED = [
    ("Re: removal", "Hello,\n\nWe removed your client's profile from our site. The other two profiles we found belong to "
     "other people.\n"),
    ("Ticket 5521", "Ticket | 5521 |\nStatus | Pending |\n\nHello,\nThe profile you reported has been removed from our "
     "site. Nothing more is needed.\n"),
    ("Re: removal", "Hello,\n\nWe have removed the listing from PeopleScope and from all of our partner sites.\n"),
    ("Re: removal", "Hello,\n\nThis request does not cover data we must keep by law, such as tax records. We removed "
     "the listing from our site.\n"),
    ("Re: baja", "Hola:\n\nHemos eliminado la ficha de su clienta de nuestro sitio.\n"),
    ("Re: account", "Hello,\n\nWe removed your client's listing. She has no account with us, so there was nothing else "
     "to delete.\n"),
]


@pytest.mark.parametrize("cls, subject, body, kinds", NEVER_CONFIRMED, ids=[f"{c}-{i}" for i, (c, *_) in enumerate(NEVER_CONFIRMED)])
def test_set_w_classes_are_no_confirmation(cls, subject, body, kinds):
    got = read(body, subject)
    assert got.kind in kinds, got


@pytest.mark.parametrize("subject, body", STILL_CONFIRMED)
def test_their_near_misses_stay_confirmed(subject, body):
    got = read(body, subject)
    assert got.kind == "confirmed", got
