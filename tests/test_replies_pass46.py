"""Reply pass 46 (branch r46, 2026-12-03): false confirmations a reviewer still found, each read as a class
(``optout/mail/_classify.py``, "reply pass 46"). Every reply below is worded by us; each row of ``CASES`` read
``confirmed`` before this pass (checked on ``git archive`` of its base) and must not now; ``KEPT`` holds the near
misses, which stay ``confirmed``, and wordings of the same classes that were already read right (they guard the class,
they did not fail before).

1. Someone else's record told with a title and a place, the client's own said absent in other words ("the person in
   your request is not in our files", Creole "yon lòt … ki rete …").
2. A removal undone in the same reply ("voltou a aparecer", "lo volvió a cargar", "restored it the next day").
3. Only part removed ("three of the four listings", "the name; the address … still visible", "except for her phone").
4. Removed from a search engine only ("the page on our site is unchanged"), or suppressed for a time ("for 60 days.
   After that it may be republished").
5. Hedges: "a lo que parece", "entendemos que … aunque no lo hemos comprobado", "supuestamente", "en teoría", "ao que
   tudo indica", "pelo visto", "as far as I can see", "supposedly", "in theory".
6. Other sites of the group left as they were, in other wordings ("en los otros sitios sigue igual", "our partner site
   … still lists it", "nos demais sites … continua igual", "sur les autres sites … rien n'a changé").
"""

from __future__ import annotations

import pytest

from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    ("1", EN, "The profile we removed was that of Ms. K. Nguyen of Dallas, not the person in your request.", NOT_CONFIRMED),
    ("1", ES, "Borramos la ficha del Lic. Ramírez de Monterrey; la persona de su solicitud no figura en nuestra base.", NOT_CONFIRMED),
    ("1", PT, "Excluímos o perfil do Sr. Almeida, de Recife; a pessoa da sua carta não consta em nossa base.", NOT_CONFIRMED),
    ("1", FR, "Nous avons supprimé la fiche de Mme Laurent, de Lyon ; la personne de votre courrier n'apparaît pas dans nos fichiers.", NOT_CONFIRMED),
    ("1", HT, "Nou efase fich yon lòt Marie Joseph ki rete Boston.", NOT_CONFIRMED),
    ("2", ES, "Se borró la ficha, pero un proveedor la restableció esa misma semana.", NOT_CONFIRMED),
    ("2", PT, "A ficha foi removida, porém voltou ao ar na semana seguinte.", NOT_CONFIRMED),
    ("2", ES, "Dimos de baja el perfil, pero un proveedor lo restauró a los dos días.", NOT_CONFIRMED),
    ("2", EN, "Her listing was deleted; our data vendor reinstated it the next morning.", NOT_CONFIRMED),
    ("3", EN, "We deleted three of the four listings. The fourth one remains.", NOT_CONFIRMED),
    ("3", EN, "We deleted the profile, except for his phone number, which comes from public records.", NOT_CONFIRMED),
    ("4", EN, "We removed the listing from Bing search results. The page on our site itself is unchanged.", NOT_CONFIRMED),
    ("4", EN, "Her profile has been suppressed for 60 days. After that it may be republished.", NOT_CONFIRMED),
    ("4", ES, "Eliminamos el perfil de los resultados de Google. La página en nuestro sitio no cambia.", NOT_CONFIRMED),
    ("4", ES, "La ficha fue suprimida durante 90 días; después podría volver a publicarse.", NOT_CONFIRMED),
    ("4", PT, "O perfil foi removido por 90 dias; depois disso pode voltar a ser publicado.", NOT_CONFIRMED),
    ("4", FR, "La fiche a été retirée pour 90 jours. Ensuite elle pourra être republiée.", NOT_CONFIRMED),
    ("5", ES, "A lo que parece, el perfil ya se eliminó.", NOT_CONFIRMED),
    ("5", ES, "Entendemos que la ficha ya fue borrada, aunque no lo hemos comprobado.", NOT_CONFIRMED),
    ("5", ES, "Supuestamente el perfil fue borrado ayer.", NOT_CONFIRMED),
    ("5", ES, "En teoría la ficha ya fue eliminada.", NOT_CONFIRMED),
    ("5", PT, "Ao que tudo indica a ficha já foi removida.", NOT_CONFIRMED),
    ("5", PT, "Pelo visto o cadastro já foi excluído.", NOT_CONFIRMED),
    ("5", EN, "Her listing was deleted, as far as I can see.", NOT_CONFIRMED),
    ("5", EN, "In theory her listing has been deleted.", NOT_CONFIRMED),
    ("6", ES, "Borramos la ficha de BuscaYa. En los otros sitios nuestros sigue igual.", NOT_CONFIRMED),
    ("6", EN, "Her listing was deleted from FindFolks; our partner site TraceIt still lists her.", NOT_CONFIRMED),
    ("6", PT, "Removemos a ficha do BuscaJá; nos demais sites do grupo ela continua igual.", NOT_CONFIRMED),
    ("6", FR, "Nous avons supprimé la fiche de TrouveTout. Sur les autres sites du groupe, rien ne change.", NOT_CONFIRMED),
]

KEPT = [
    ("n", EN, "The record was deleted; other people-search sites are not ours.", "confirmed"),
    ("n", EN, "As far as we can tell from our logs the deletion completed on 3 May: your client's profile has been deleted.", "confirmed"),
    ("n", EN, "We deleted all four listings of your client.", "confirmed"),
    ("n", ES, "Eliminamos la ficha de su clienta de todos nuestros sitios.", "confirmed"),
    ("n", PT, "O perfil da sua cliente foi excluído de todos os nossos sites.", "confirmed"),
    ("n", EN, "We deleted the listing; it was not restored and will not come back.", "confirmed"),
    ("n", EN, "We removed all three of the three listings you sent.", "confirmed"),
    # the same classes, already read right before this pass
    ("1", EN, "We deleted the listing of Mr. John Carter, a plumber in Reno. He is not your client, whose details we do not hold.", NOT_CONFIRMED),
    ("1", ES, "Eliminamos el perfil de la Sra. Pereyra de Rosario; la persona que usted menciona no aparece en nuestros registros.", NOT_CONFIRMED),
    ("2", PT, "O cadastro foi removido, mas voltou a aparecer depois da atualização.", NOT_CONFIRMED),
    ("2", PT, "Excluímos a ficha, porém ela foi republicada no dia seguinte.", NOT_CONFIRMED),
    ("2", ES, "El perfil fue eliminado, pero nuestro proveedor lo volvió a cargar al día siguiente.", NOT_CONFIRMED),
    ("2", EN, "We deleted the listing, but a data vendor restored it the following day.", NOT_CONFIRMED),
    ("2", FR, "La fiche a été supprimée, mais un fournisseur l'a rétablie le lendemain.", NOT_CONFIRMED),
    ("2", HT, "Nou te efase fich la, men li retounen sou sit la.", NOT_CONFIRMED),
    ("3", EN, "We removed the email address; the phone number and address are still visible.", NOT_CONFIRMED),
    ("3", ES, "Eliminamos el nombre; la dirección y el teléfono siguen visibles.", NOT_CONFIRMED),
    ("3", ES, "Borramos dos de las tres fichas. La tercera se mantiene.", NOT_CONFIRMED),
    ("3", PT, "Removemos o nome; o endereço e o telefone continuam visíveis.", NOT_CONFIRMED),
    ("3", FR, "Nous avons supprimé deux des trois fiches. La troisième reste en ligne.", NOT_CONFIRMED),
    ("5", EN, "The profile was supposedly removed on Monday.", NOT_CONFIRMED),
    ("6", EN, "We removed her from PeopleLookup. Our sister site FindThem still shows her listing.", NOT_CONFIRMED),
]


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass46_false_confirmation(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("cls, greeting, words, want", KEPT, ids=[f"kept-{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_pass46_kept(cls, greeting, words, want):
    assert_reading(greeting, words, want)
