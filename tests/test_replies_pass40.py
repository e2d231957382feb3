"""Reply pass 40 (branch r40, 2026-12-03): review 39's false confirmations read as classes, each fixed where the class
lives (``optout/mail/_classify.py``, "review 39's false confirmations"). Every reply below is worded by us (none of
review 39's own sentences), beside true confirmations in the same words that must stay confirmed.

1. r38's "we keep them in place on our suppression list" lift beside an exception or "other" listings or sites: unsure.
2. Someone else's listing told in the sentence AFTER the removal ("It was a namesake's."), or inside it in other words
   (a possessive relative, a landlord, a flatmate, "a different <name>", the Creole neighbour), and the address
   abbreviations ("Ave.", "Apt. 4") that split a sentence: unsure.
3. A removal that stops showing only later, with the broker's own site or cache named beside a search engine's:
   acknowledged (a promise), while a search engine's lag alone stays confirmed.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import classify
from optout.mail._parse import parse

from .test_replies_r32 import raw_mail

NOT_CONFIRMED = "not confirmed"
EN, ES, PT = "Hello,\n\n{}\n\nPrivacy Team", "Hola:\n\n{}\n\nPrivacidad", "Olá,\n\n{}\n\nPrivacidade"
FR, HT = "Bonjour,\n\n{}\n\nConfidentialité", "Bonjou,\n\n{}\n\nEkip vi prive"

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    # 1. the suppression-list lift beside an exception or "other"
    ("1", EN, "We deleted the profile you reported; we keep them in place on our suppression list, except on FindFolks.", "unsure"),
    ("1", EN, "We removed her Ohio profile. Her other profiles we kept them in place, as our suppression list shows.", "unsure"),
    ("1", EN, "We deleted her profile here. We keep them in place on our other brands and on our suppression list.", "unsure"),
    ("1", EN, "We deleted her profile. To keep them in place for good, her name is now on our suppression list.", "confirmed"),
    # 2. someone else's listing, in the sentence after
    ("2", EN, "We deleted a single profile. It turned out to belong to somebody else.", "unsure"),
    ("2", EN, "We removed one listing, in Reno; not your client.", "unsure"),
    ("2", ES, "Eliminamos una ficha. Resultó ser de un homónimo.", "unsure"),
    ("2", PT, "Excluímos uma ficha. Era de um homônimo de Belém.", "unsure"),
    ("2", FR, "Nous avons retiré un profil. Il appartenait à un homonyme de Lyon.", "unsure"),
    ("2", EN, "We deleted your client's profile. It no longer appears in our search results.", "confirmed"),
    ("2", ES, "Borramos la ficha de su clienta. Ya no aparece en nuestro buscador.", "confirmed"),
    ("2", EN, "We removed the listing of your client. Her stepson's listing we left alone.", "confirmed"),
    # 2. … and inside its own sentence, in more words
    ("2", EN, "We deleted her stepson's profile from our directory.", "unsure"),
    ("2", EN, "We deleted the profile of her former landlord.", "unsure"),
    ("2", EN, "We deleted the profile of her roommate at that address.", "unsure"),
    ("2", EN, "We removed the listing for another Ana Ruiz, aged 70.", "unsure"),
    ("2", ES, "Borramos la ficha de su compañera de piso.", "unsure"),
    ("2", ES, "Borramos la ficha; era de otra Ana Ruiz de Toledo.", "unsure"),
    ("2", FR, "Nous avons retiré le profil de son ex-colocataire.", "unsure"),
    ("2", HT, "Nou efase fich vwazen li an.", "unsure"),
    ("2", EN, "We deleted the profile at 9 Lake Blvd. Apt. 2 for Ana Ruiz, not your client.", "unsure"),
    ("2", EN, "We deleted her profile at 9 Lake Ave. Apt. 2.", "confirmed"),
    ("2", EN, "We deleted her profile at 9 Lake Ave. It no longer appears in our search results.", "confirmed"),
    # 3. the broker's own site or cache named beside a search engine's
    ("3", EN, "Her listing has been deleted and will stop showing on our website and on Bing within ten days.", "acknowledged"),
    ("3", EN, "Her listing has been deleted. Our cache will clear it within ten days.", "acknowledged"),
    ("3", ES, "Su ficha fue borrada y en unos diez días dejará de aparecer en nuestra página y en Google.", "acknowledged"),
    ("3", PT, "A ficha foi excluída e em dez dias deixará de aparecer no nosso site e no Google.", "acknowledged"),
    ("3", FR, "Sa fiche a été supprimée et dans dix jours elle n'apparaîtra plus sur notre site ni sur Google.", "acknowledged"),
    ("3", EN, "Her listing has been deleted. Within ten days it will also be gone from Bing's cache.", "confirmed"),
]


def assert_reading(greeting: str, words: str, want: str) -> None:
    """``words`` in a reply under ``greeting`` are read as ``want`` (a kind, or NOT_CONFIRMED: any kind but confirmed)."""
    got = classify(parse(raw_mail(greeting.format(words))))
    if want == NOT_CONFIRMED:
        assert got.kind != "confirmed", (got.rule, got.evidence)
    else:
        assert got.kind == want, (got.rule, got.evidence)


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass40_reading(cls, greeting, words, want):
    assert_reading(greeting, words, want)
