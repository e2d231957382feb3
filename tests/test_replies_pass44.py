"""Reply pass 44 (branch r44, 2026-12-03): false confirmations still left (``optout/mail/_classify.py``, "reply pass
44"). Every reply below is worded by us; each row of ``CASES`` read ``confirmed`` before this pass (checked on ``git
archive`` of its base) and must not now; ``KEPT`` holds the near misses, which keep their reading, and wordings of the
same classes that were already read right (they guard the class, they did not fail before).

1. A removal told as a counterfactual ("could have been removed had she answered", "we could have removed it had
   you…"): it did not happen.
2. Someone else's record told with a title or a possessive, the client's own left or not found in a sentence of its
   own ("The record for Dr. Lopez was removed. Her own record remains.", "… 12 Oak Dr. Your client's listing could not
   be found.", "El de su clienta no pudo ser encontrado."), or "the profile of Mr. Lopez's neighbour".
3. Someone else's record in looser words ("aunque no correspondía a la persona", "mas era de outra Maria Souza",
   "elle concernait une autre Marie Dupont").
4. One site of a group, the others said left as they were ("Los demás sitios del grupo no se modificaron"): a part.
"""

from __future__ import annotations

import pytest

from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    ("1", EN, "Her profile could have been removed had she answered our verification email.", NOT_CONFIRMED),
    ("1", EN, "We could have removed her profile had you sent the form.", NOT_CONFIRMED),
    ("2", EN, "The record for Dr. Lopez was removed. Her own record remains.", NOT_CONFIRMED),
    ("2", EN, "The profile of Mr. Lopez's neighbour was deleted.", NOT_CONFIRMED),
    ("2", EN, "We removed the listing at 12 Oak Dr. Your client's listing could not be found.", NOT_CONFIRMED),
    ("2", ES, "Borramos el registro de la Dra. Pérez. El de su clienta no pudo ser encontrado.", NOT_CONFIRMED),
    ("3", ES, "Eliminamos la ficha, aunque no correspondía a la persona que usted indicó.", NOT_CONFIRMED),
    ("3", PT, "Removemos a ficha, mas era de outra Maria Souza.", NOT_CONFIRMED),
    ("3", FR, "Nous avons supprimé la fiche, mais elle concernait une autre Marie Dupont.", NOT_CONFIRMED),
    ("4", ES, "Se eliminó de BuscaGente. Los demás sitios del grupo no se modificaron.", NOT_CONFIRMED),
    ("4", EN, "We removed her from PeopleFind. The other sites in our group were not changed.", NOT_CONFIRMED),
    ("4", PT, "Removemos a ficha do BuscaJá. Os demais sites do grupo não foram alterados.", NOT_CONFIRMED),
    ("4", FR, "Sa fiche a été supprimée de TrouveTout. Les autres sites du groupe n'ont pas été modifiés.", NOT_CONFIRMED),
]

KEPT = [
    # near misses: real confirmations
    ("1", EN, "We removed the profile; we would have replied sooner but our team was away.", "confirmed"),
    ("1", ES, "Eliminamos su ficha. Habríamos respondido antes, pero estuvimos cerrados.", "confirmed"),
    ("2", EN, "Dr. Lopez's profile has been removed.", "confirmed"),
    ("2", EN, "The listing at 12 Oak Dr. was removed.", "confirmed"),
    ("2", EN, "We removed the listing at 12 Oak St. as you asked.", "confirmed"),
    ("4", ES, "Eliminamos su ficha de todos los sitios del grupo.", "confirmed"),
    # a refusal in the counterfactual's "but" clause stays a refusal
    ("1", EN, "Her profile would have been removed, but we do not remove listings of public officials.", "refused"),
    # the same classes, already read right before this pass
    ("1", EN, "We would have removed the profile, but we could not match it to your client.", NOT_CONFIRMED),
    ("1", ES, "Habríamos eliminado su ficha, pero no pudimos verificar que fuera ella.", NOT_CONFIRMED),
    ("1", ES, "Lo hubiéramos borrado si nos hubiera enviado el formulario.", NOT_CONFIRMED),
    ("1", ES, "Su perfil hubiese sido dado de baja, pero la firma no coincidía.", NOT_CONFIRMED),
    ("1", PT, "Teríamos removido a ficha, mas não conseguimos confirmar que era dela.", NOT_CONFIRMED),
    ("1", PT, "A ficha dela teria sido removida se a senhora tivesse respondido.", NOT_CONFIRMED),
    ("1", FR, "Nous aurions supprimé sa fiche, mais nous n'avons pas pu vérifier son identité.", NOT_CONFIRMED),
    ("1", FR, "Sa fiche aurait été supprimée si vous aviez répondu à temps.", NOT_CONFIRMED),
    ("1", HT, "Nou ta efase fich li, men nou pa t kapab verifye se li.", NOT_CONFIRMED),
    ("2", ES, "Eliminamos la ficha del Sr. López. La ficha de su clienta sigue publicada.", NOT_CONFIRMED),
    ("2", PT, "Removemos a ficha do Sr. Souza. A ficha da sua cliente continua publicada.", NOT_CONFIRMED),
    ("2", FR, "Nous avons supprimé la fiche de M. Dupont. Celle de votre cliente reste en ligne.", NOT_CONFIRMED),
    ("3", EN, "We deleted the profile, but it belonged to a different person.", NOT_CONFIRMED),
    ("3", ES, "Borramos el perfil, pero era de otra persona con el mismo nombre.", NOT_CONFIRMED),
    ("3", PT, "Excluímos o perfil, mas pertencia a outra pessoa.", NOT_CONFIRMED),
    ("3", HT, "Nou efase fich la, men se te pou yon lòt moun.", NOT_CONFIRMED),
]


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass44_false_confirmation(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("cls, greeting, words, want", KEPT, ids=[f"kept-{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_pass44_kept(cls, greeting, words, want):
    assert_reading(greeting, words, want)
