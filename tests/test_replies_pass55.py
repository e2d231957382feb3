"""Reply pass 55 (branch r55, 2026-12-04), in wordings of our own (``optout/mail/_classify.py``, "reply pass 55"):

1. A deletion, then the data said to be no longer in the broker's database, nor with its partners ("Os seus dados foram
   apagados e já não constam da nossa base, nem dos nossos parceiros"): the tail's "já não" / "weder … noch" / "niet
   meer … noch" read as a negation of the deletion, so the reply read unsure (Portuguese, German, Dutch; Spanish,
   French, Italian and English read it already and are kept here). Beside a deletion the tail is the success itself;
   a part kept ("mas ainda constam das bases dos nossos parceiros") or a deletion negated, promised or conditional is
   never a confirmation.
2. A Norwegian, Danish or Swedish closure on its own ("Saken er avsluttet", "Sagen er afsluttet", "Ärendet är
   avslutat") read other: it is a request closed with nothing said done (unsure), as in English; closed "uten videre
   tiltak" is closed without action (refused). The person deleted from the broker's registers ("Vi har slettet deg fra
   våre registre") read other: it is a deletion, read in part (0.85, a person reads it).

Every row of ``READ`` is read otherwise on the base (main at 1a258a87, checked on a git-archive copy); ``NEAR_MISSES``
hold there and here.
"""

from __future__ import annotations

import pytest

from optout.mail import ACT_CONFIDENCE, classify, parse


def mail(body: str, subject: str = "Re: Data deletion request [OPT-Q55ABC]") -> bytes:
    return (f"From: privacy@broker.example\nTo: optout+case@clinic-mail.example\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str, subject: str = "Re: Data deletion request [OPT-Q55ABC]"):
    return classify(parse(mail(body, subject)))


# (body, kind, confidence at least; a Nordic confirmation is read in part: below ACT_CONFIDENCE, a person reads it)
READ = [
    # 1. a deletion, then "no longer in our database, nor our partners'"
    ("Olá,\n\nOs seus dados foram apagados e já não constam da nossa base, nem dos nossos parceiros.\n\nCumprimentos,\n"
     "Equipa de Privacidade", "confirmed", ACT_CONFIDENCE),
    ("Prezado(a), informamos que os seus dados pessoais foram eliminados nos termos do RGPD e já não constam da nossa base "
     "de dados, nem da dos nossos parceiros comerciais.\n\nAtenciosamente", "confirmed", ACT_CONFIDENCE),
    ("Ihre Daten wurden gelöscht und sind weder in unserer Datenbank noch bei unseren Partnern mehr vorhanden.\n\n"
     "Mit freundlichen Grüßen\nDatenschutzteam", "confirmed", ACT_CONFIDENCE),
    ("Uw gegevens zijn verwijderd en staan niet meer in onze database, noch in die van onze partners.\n\nMet vriendelijke groet",
     "confirmed", ACT_CONFIDENCE),
    # 2. Nordic closures on their own, and closed without action
    ("Hei,\n\nSaken er avsluttet.\n\nMed vennlig hilsen\nPersonvern", "unsure", None),
    ("Saken din (saksnummer 58812) er nå avsluttet.", "unsure", None),
    ("Ärendet är avslutat.\n\nMed vänliga hälsningar\nKundtjänst", "unsure", None),
    ("Sagen er afsluttet.\n\nMed venlig hilsen", "unsure", None),
    ("Vi har nå lukket saken.", "unsure", None),
    ("Saken er avsluttet uten videre tiltak.", "refused", None),
    ("Ärendet är avslutat utan vidare åtgärd.", "refused", None),
    ("Sagen er afsluttet uden yderligere handling.", "refused", None),
    # 2. the person deleted from the registers
    ("Hei,\n\nVi har slettet deg fra våre registre. Saken er avsluttet.\n\nMed vennlig hilsen", "confirmed", 0.85),
    ("Vi har nå fjernet deg fra alle våre databaser.", "confirmed", 0.85),
    ("Vi har slettet dig fra vores register. Sagen er afsluttet.", "confirmed", 0.85),
    ("Vi har tagit bort dig ur vårt register. Ärendet är stängt.", "confirmed", 0.85),
]


@pytest.mark.parametrize("body,kind,sure", READ)
def test_read(body, kind, sure):
    c = read(body)
    assert c.kind == kind, (c.rule, c.evidence)
    if sure is not None:
        assert c.confidence >= sure, c.rule
    if kind == "confirmed" and sure is not None and sure < ACT_CONFIDENCE:
        assert c.confidence < ACT_CONFIDENCE  # read in part: a person reads it


# read confirmed on the base too (the same tail in the languages that read it already): kept so the new rules lose none
KEPT = [
    "Excluímos os seus dados; já não se encontram em nossos sistemas nem nos de nossos parceiros.",
    "Wir haben Ihre personenbezogenen Daten gelöscht; sie sind nicht mehr in unseren Systemen gespeichert.",
    "Sus datos han sido eliminados y ya no constan en nuestra base de datos ni en la de nuestros socios.",
    "Vos données ont été supprimées et ne figurent plus dans notre base, ni dans celles de nos partenaires.",
    "I suoi dati sono stati cancellati e non sono più presenti nel nostro database, né in quelli dei nostri partner.",
    "Your data has been deleted and is no longer in our database, nor in our partners' databases.",
]


@pytest.mark.parametrize("body", KEPT)
def test_kept(body):
    c = read(body)
    assert c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE, (c.rule, c.evidence)


# never a confirmation to act on, here and on the base
NEAR_MISSES = [
    "Os seus dados foram apagados da nossa base, mas ainda constam das bases dos nossos parceiros.",
    "Os seus dados foram apagados da nossa base, mas não dos nossos parceiros.",
    "Os seus dados serão apagados e já não constarão da nossa base.",
    "Se os seus dados forem apagados, já não constarão da nossa base nem dos nossos parceiros.",
    "Os seus dados já não constam da nossa base, nem dos nossos parceiros.",
    "Sus datos fueron eliminados de nuestra base, pero todavía constan en las bases de nuestros socios.",
    "Ihre Daten wurden gelöscht, sind aber bei unseren Partnern noch gespeichert.",
    "Your data has been deleted from our database, but it is still held by our partners.",
    "Your data has not been deleted and is still in our database.",
    "Vi har ikke slettet deg fra våre registre.",
    "Vi har slettet deg fra vår e-postliste. Saken er avsluttet.",
    "Vi vil slette deg fra våre registre innen en måned.",
    "Hvis du ønsker det, har vi slettet deg fra våre registre.",
    "Vi har tagit bort dig ur vårt nyhetsbrevsregister.",
    "Vi har inte tagit bort dig ur vårt register.",
    "Saken er avsluttet.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_never_a_confirmation(body):
    c = read(body)
    assert not (c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE), (c.rule, c.evidence)
