"""Reply pass 42 (branch r42, 2026-12-03): review 39's leftovers read as classes (``optout/mail/_classify.py``, "review
39's leftovers"). Every reply below is worded by us (none of review 39's own sentences); each row that is not a near
miss fails on the reader before this pass (checked on ``git archive`` of its base).

1. False confirmations: a removal told under a condition on whose record it is or on what the clinic says next
   ("Unless we hear otherwise", "Should the person be your client", "De ser su clienta", "Au cas où", "À moins qu'"),
   undone after it was told ("reappeared after our monthly refresh", "se volvió a cargar", "elle est revenue"), of all
   but one listing ("todas menos una", "sauf une", "eksepte youn"), in the future perfect ("will have been deleted by
   Friday": a promise) or of one field only ("se eliminó la edad que aparecía en su ficha"). Near misses: a condition
   only on the listing coming back ("It will not return unless you ask us again") stays confirmed.
2. Real confirmations lost: the client's removal beside a neighbour's said to be in addition ("… too", "también",
   "aussi") is confirmed; a one-site removal in the passive with the rest left up is a part done (unsure), not a
   refusal; a relative's listing in other words ("belonged to her stepfather", "el perfil de su sobrina", "fich papa
   li") is no confirmation.
3. The label rule for an agent's papers (tests/replies/README.md, "Label rules"): the client's signed authorisation
   alone is ``needs_info``; beside an identity document, ``needs_id``.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import classify
from optout.mail._parse import parse

from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading
from .test_replies_r32 import raw_mail

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    # 1a. a removal under a condition on whose record it is or on what the clinic says
    ("1a", EN, "Unless we hear otherwise from you, her profile has been deleted.", NOT_CONFIRMED),
    ("1a", EN, "Should she still live there, the listing will stay; otherwise her profile has been deleted.", NOT_CONFIRMED),
    ("1a", EN, "Should the person be your client, her profile has been deleted.", NOT_CONFIRMED),
    ("1a", EN, "Provided the record is hers, we have deleted it.", NOT_CONFIRMED),
    ("1a", EN, "Assuming the record is hers, we have deleted it.", NOT_CONFIRMED),
    ("1a", EN, "Her profile has been deleted, assuming the record is hers.", NOT_CONFIRMED),
    ("1a", EN, "Her profile has been deleted, provided it was hers.", NOT_CONFIRMED),
    ("1a", ES, "De ser su clienta, su perfil ya fue dado de baja.", NOT_CONFIRMED),
    ("1a", PT, "A menos que a senhora nos diga o contrário, a ficha foi excluída.", NOT_CONFIRMED),
    ("1a", FR, "Au cas où il s'agirait de votre cliente, sa fiche a été retirée.", NOT_CONFIRMED),
    ("1a", FR, "À moins qu'elle n'habite encore là, sa fiche a été retirée.", NOT_CONFIRMED),
    ("1a", FR, "Dans le cas où la fiche est la sienne, nous l'avons retirée.", NOT_CONFIRMED),
    ("1a", EN, "Her profile has been deleted. It will not return unless you ask us again.", "confirmed"),
    ("1a", EN, "Her profile has been deleted and will not come back unless new public records arrive.", "confirmed"),
    ("1a", FR, "Sa fiche a été retirée. Elle ne reviendra pas, sauf si vous nous le demandez.", "confirmed"),
    ("1a", PT, "A ficha foi excluída. Ela não voltará, a menos que a senhora peça.", "confirmed"),
    ("1a", ES, "Su ficha fue borrada. No volverá a publicarse salvo que usted lo pida.", "confirmed"),
    # 1b. a removal undone after it was told
    ("1b", EN, "Her profile was deleted on Oct 3 but reappeared after our monthly refresh.", NOT_CONFIRMED),
    ("1b", EN, "We deleted her profile in October; it was re-added when a new data feed arrived.", NOT_CONFIRMED),
    ("1b", EN, "Her profile was deleted in May. It is back online after a database update.", NOT_CONFIRMED),
    ("1b", ES, "Borramos la ficha en octubre; sin embargo, fue publicada de nuevo por un proveedor.", NOT_CONFIRMED),
    ("1b", ES, "La ficha fue dada de baja. Luego se volvió a cargar con la base nueva.", NOT_CONFIRMED),
    ("1b", PT, "Excluímos a ficha; depois ela voltou a ser publicada.", NOT_CONFIRMED),
    ("1b", FR, "Sa fiche a été retirée, mais elle est revenue après la mise à jour.", NOT_CONFIRMED),
    ("1b", FR, "Nous avons retiré sa fiche ; elle a de nouveau été publiée depuis.", NOT_CONFIRMED),
    ("1b", EN, "Her profile was re-added by mistake last month; we have deleted it again and it will not return.", "confirmed"),
    # 1c. all but one of the listings
    ("1c", EN, "All of her listings have been deleted except one.", NOT_CONFIRMED),
    ("1c", EN, "We deleted all her listings but one.", NOT_CONFIRMED),
    ("1c", EN, "We deleted all but one of her profiles.", NOT_CONFIRMED),
    ("1c", ES, "Borramos todas sus fichas menos una.", NOT_CONFIRMED),
    ("1c", ES, "Se borraron todas las fichas excepto la de Miami.", NOT_CONFIRMED),
    ("1c", PT, "Excluímos todas as fichas dela, menos uma.", NOT_CONFIRMED),
    ("1c", FR, "Nous avons retiré toutes ses fiches sauf une.", NOT_CONFIRMED),
    ("1c", FR, "Toutes ses fiches ont été retirées, à l'exception d'une seule.", NOT_CONFIRMED),
    ("1c", HT, "Nou efase tout fich li yo eksepte youn.", NOT_CONFIRMED),
    ("1c", EN, "We deleted all her listings, with none left.", "confirmed"),
    ("1c", EN, "All of her listings have been deleted, including the one at her old address.", "confirmed"),
    # 1d. the future perfect: a promise
    ("1d", EN, "Her profile will have been deleted by Friday.", NOT_CONFIRMED),
    ("1d", HT, "Fich li ap gentan efase anvan vandredi.", NOT_CONFIRMED),
    # 1e. one field removed, the listing left up
    ("1e", ES, "Se eliminó la edad que aparecía en su ficha.", NOT_CONFIRMED),
    ("1e", PT, "Excluímos o telefone da ficha dela.", NOT_CONFIRMED),
    ("1e", FR, "L'adresse a été supprimée de son profil.", NOT_CONFIRMED),
    ("1e", EN, "We deleted her profile, including her phone number and address.", "confirmed"),
    # 2. the client's removal and, in addition, a neighbour's: a real confirmation
    ("2", EN, "We deleted your client's profile. We deleted her neighbour's listing as well.", "confirmed"),
    ("2", EN, "Your client's listing was taken down. Her roommate's profile was removed too, as she asked.", "confirmed"),
    ("2", ES, "Borramos la ficha de su clienta. También borramos la de su vecina.", "confirmed"),
    ("2", FR, "Nous avons retiré la fiche de votre cliente. Nous avons aussi retiré celle de sa voisine.", "confirmed"),
    ("2", EN, "We removed her neighbour's listing too.", NOT_CONFIRMED),
    # 2b. one site removed, in the passive, the rest up: a part done, not a refusal
    ("2b", ES, "La ficha fue borrada de DatosYa; sigue publicada en nuestros otros portales.", "unsure"),
    ("2b", FR, "Retirée de ChercheVite ; elle reste visible sur nos autres portails.", "unsure"),
    ("2b", ES, "Su ficha sigue visible en nuestros sitios asociados.", "refused"),
    # 2c. a relative's listing, in other words
    ("2c", EN, "We deleted the profile that belonged to her stepfather. Hers is still up.", NOT_CONFIRMED),
    ("2c", ES, "Borramos la ficha que pertenecía a su exmarido.", NOT_CONFIRMED),
    ("2c", FR, "Nous avons retiré la fiche qui appartenait à sa belle-mère.", NOT_CONFIRMED),
    ("2c", EN, "We deleted the listing of her nephew in Tampa.", NOT_CONFIRMED),
    ("2c", ES, "Borramos el perfil de su sobrina.", NOT_CONFIRMED),
    ("2c", PT, "Excluímos a ficha do filho dela.", NOT_CONFIRMED),
    ("2c", FR, "Nous avons retiré le profil de son frère.", NOT_CONFIRMED),
    ("2c", HT, "Nou efase fich papa li.", NOT_CONFIRMED),
    # 3. an agent's signed authorisation only: needs_info; with an identity document: needs_id
    ("3", EN, "Please attach a power of attorney from your client so that we can process the request.", "needs_info"),
    ("3", ES, "Para continuar necesitamos la carta poder firmada por su representada.", "needs_info"),
    ("3", ES, "Envíenos una autorización firmada por la titular que les permita actuar en su nombre.", "needs_info"),
    ("3", PT, "Para prosseguir, precisamos de uma procuração assinada pela titular.", "needs_info"),
    ("3", FR, "Merci de nous transmettre une procuration signée par votre cliente.", "needs_info"),
    ("3", EN, "Please send the consumer's signed permission and a copy of her government-issued photo ID.", "needs_id"),
    ("3", ES, "Necesitamos la carta poder firmada y una copia de la identificación oficial de la titular.", "needs_id"),
    ("3", FR, "Merci de joindre une procuration signée et une copie de sa pièce d'identité.", "needs_id"),
]


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass42_reading(cls, greeting, words, want):
    assert_reading(greeting, words, want)


def test_pass42_evidence_is_the_matched_span():
    got = classify(parse(raw_mail(EN.format("Unless we hear otherwise from you, her profile has been deleted."))))
    assert got.kind == "unsure" and got.evidence.endswith("/ unless"), got.evidence
    got = classify(parse(raw_mail(ES.format("Para continuar necesitamos la carta poder firmada por su representada."))))
    assert got.kind == "needs_info" and got.evidence == "carta poder", got.evidence
