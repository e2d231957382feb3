"""The class of reply that set N2 (tests/replies/setn2, held out) put under "confirmed" on its first
read (2026-12-01) though nothing of the client's was removed: the broker removed a record it
describes with an age that the request's year of birth contradicts, another person's. In wordings
of our own, in several languages, none a set N2 sentence. A person reads such a reply (unsure).

Near misses stay confirmations: the client's own age (or one or two years off, as brokers' ages
run), a reply that gives no age, a request that gives no year of birth.
"""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def mail(reply: str, request: str) -> bytes:
    body = f"{reply}\n\nOn Tue, 3 Nov 2026 09:12:00 +0000, Clinic <agent@clinic.example> wrote:\n" + \
        "\n".join("> " + line for line in request.splitlines())
    return ("From: privacy@broker.example\nTo: agent@clinic.example\nSubject: Re: Deletion request\n"
            "Date: Thu, 12 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n").encode()


EN_REQUEST = ("We act as authorized agent for our client and ask you to delete all personal information about "
              "the client.\nYear of birth: 1988\nCity: Stockton, CA")
ES_REQUEST = ("Solicito que eliminen toda la información personal que tengan sobre mí.\n"
              "Nací en 1988 y vivo en Stockton, California.")
PT_REQUEST = "Peço que apaguem todos os meus dados pessoais.\nData de nascimento: 14/02/1988"
FR_REQUEST = "Je vous demande de supprimer toutes mes données personnelles.\nNée en 1988, je vis à Stockton."


@pytest.mark.parametrize("reply, letter", [
    ("Hello,\n\nWe found and deleted the listing for Rosa Delgado, age 74, of Modesto, CA.", EN_REQUEST),
    ("Hi,\n\nThe record of Rosa M Delgado (61 years old) has been removed from our site.", EN_REQUEST),
    ("Hola:\n\nEncontramos y eliminamos la ficha de Rosa Delgado, de 70 años, en Modesto.", ES_REQUEST),
    ("Olá,\n\nRemovemos o perfil de Rosa Delgado, 66 anos, de Modesto.", PT_REQUEST),
    ("Bonjour,\n\nNous avons supprimé la fiche de Rosa Delgado, 72 ans, à Modesto.", FR_REQUEST),
])
def test_a_record_of_another_age_removed_is_not_a_confirmation(reply, letter):
    verdict = classify(parse(mail(reply, letter)))
    assert verdict.kind == "unsure", (verdict.kind, verdict.rule)


@pytest.mark.parametrize("reply, letter", [
    ("Hello,\n\nWe found and deleted the listing for Rosa Delgado, age 38, of Stockton, CA.", EN_REQUEST),
    ("Hello,\n\nWe deleted the listing for Rosa Delgado, age 39.", EN_REQUEST),           # a year off
    ("Hello,\n\nWe found and deleted the listing for Rosa Delgado of Stockton, CA.", EN_REQUEST),  # no age
    ("Hola:\n\nEncontramos y eliminamos la ficha de Rosa Delgado, de 37 años.", ES_REQUEST),
    ("Hello,\n\nWe found and deleted the listing for Rosa Delgado, age 74.",
     "Please delete all personal information you hold about me."),                        # no year asked
])
def test_the_clients_own_record_removed_is_still_a_confirmation(reply, letter):
    verdict = classify(parse(mail(reply, letter)))
    assert verdict.kind == "confirmed", (verdict.kind, verdict.rule)
