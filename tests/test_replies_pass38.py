"""Set W (tests/replies/setw), retired to development on 2026-12-02 (branch r38): review 38's false confirmations read
as classes, each fixed where the class lives (``optout/mail/_classify.py``, "set W retired"), in the languages that
write it. Every reply below is worded by us (no set W sentence), beside near misses that must keep their reading: no
reply that is not a confirmation may become ``confirmed``.

a. Someone else's listing removed (a namesake's, another person's "not your client", a former resident's or a
   neighbour's at the address), not only a relative's: unsure.
b. The listing said to stop showing only at a later time that is no date ("in two weeks", "beginning next week",
   "dentro de dos semanas", "na próxima semana", "à partir de la semaine prochaine"), and "removed and will not appear
   in our search results in about two weeks": a removal promised (acknowledged); a search engine's or cache's copy
   that lags leaves a removal done.
c. A removal undone in other words ("removed in error and has since been restored", "reinstated", "se eliminó por
   error y ya fue restablecida", "foi reativado", "a depuis été rétablie"): unsure; and a street's "St." before a new
   sentence ends it.
d. The removal said to cover this site only, the others untouched or the second still up, the public directory said
   not the broker's: unsure. And the real confirmations these classes must not lose: a suppression entry kept "to
   keep them in place", every site of a group done ("on all three", "en todas").
e. (set W's misses) A relative's listing removed beside "none in your client's own name": unsure, not "no record".
f. (set W's misses) The request passed on to another team, or a removal queue said to be behind: acknowledged.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import _sentences, reply_text
from optout.mail._parse import parse

from .test_replies_r32 import raw_mail, read

NOT_CONFIRMED = "not confirmed"
EN, ES, PT, FR = "Hello,\n\n{}\n\nPrivacy Team", "Hola:\n\n{}\n\nPrivacidad", "Olá,\n\n{}\n\nPrivacidade", "Bonjour,\n\n{}\n\nConfidentialité"

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    # a. someone else's listing
    ("a", EN, "We removed the listing of her neighbour at 12 Elm Street.", "unsure"),
    ("a", EN, "We deleted the profile of a previous tenant at that address; nothing else was found.", "unsure"),
    ("a", EN, "We removed one record, which belonged to someone else with the same surname.", NOT_CONFIRMED),
    ("a", ES, "Eliminamos un perfil, pero era de una Rosa Díaz de Fresno, no de su clienta.", "unsure"),
    ("a", ES, "Borramos la ficha de un antiguo inquilino de esa dirección.", "unsure"),
    ("a", ES, "Dimos de baja la ficha de una vecina de su clienta en la misma calle.", "unsure"),
    ("a", PT, "Removemos o perfil de uma vizinha da sua cliente.", "unsure"),
    ("a", PT, "Excluímos o cadastro de um antigo morador do endereço informado.", "unsure"),
    ("a", FR, "Nous avons supprimé la fiche d'une voisine de votre cliente.", "unsure"),
    ("a", FR, "Nous avons supprimé la fiche d'un ancien locataire de cette adresse.", "unsure"),
    # near misses: a brand named like a neighbour, the client's own listing named beside another's
    ("a", EN, "Your profile was removed from Neighbor Finder today.", "confirmed"),
    ("a", ES, "Su perfil fue eliminado de Vecino Finder.", "confirmed"),
    ("a", EN, "We removed your client's profile and also her neighbour's listing.", "confirmed"),
    ("a", EN, "We deleted her profile; her details will never be shared with another person.", "confirmed"),
    ("a", EN, "Your listing has been removed; we keep your name on our suppression list only so it is not published again.", "confirmed"),
    # b. a later time that is no date
    ("b", EN, "In two weeks her profile will no longer appear on our site.", "acknowledged"),
    ("b", EN, "Beginning next week, the listing will no longer be shown.", "acknowledged"),
    ("b", EN, "Within 30 days the profile will no longer be visible.", "acknowledged"),
    ("b", EN, "Her profile has been removed and will not appear in our search results in about two weeks.", "acknowledged"),
    ("b", ES, "Dentro de dos semanas su ficha ya no aparecerá en nuestro sitio.", "acknowledged"),
    ("b", ES, "En unos diez días el perfil ya no se mostrará.", NOT_CONFIRMED),
    ("b", PT, "Na próxima semana o perfil dela não aparecerá mais.", "acknowledged"),
    ("b", PT, "Dentro de duas semanas o cadastro não será exibido no site.", NOT_CONFIRMED),
    ("b", FR, "À partir de la semaine prochaine, sa fiche n'apparaîtra plus.", "acknowledged"),
    ("b", FR, "Dans deux semaines, son profil ne sera plus visible.", NOT_CONFIRMED),
    # near misses: a search engine's or cache's copy that lags; a removal done now
    ("b", EN, "We removed her listing. In two weeks it will also be gone from Google's cache.", "confirmed"),
    ("b", EN, "We deleted her profile; within a few weeks it will no longer appear in search engines either.", "confirmed"),
    ("b", ES, "Eliminamos su ficha hoy. Dentro de unas semanas ya no aparecerá en el caché de los buscadores.", "confirmed"),
    # c. a removal undone
    ("c", EN, "The profile was taken down by mistake at first and has since been restored.", NOT_CONFIRMED),
    ("c", EN, "We removed the listing, but it has been reinstated after an appeal by the record's source.", "unsure"),
    ("c", ES, "El perfil se eliminó por error y ya fue restablecido.", "unsure"),
    ("c", PT, "O perfil foi removido, mas foi reativado no dia seguinte.", "unsure"),
    ("c", FR, "La fiche a été supprimée par erreur et a depuis été rétablie.", "unsure"),
    ("c", EN, "We removed the listing at 31 Birch St. It has since been restored after an internal review.", "unsure"),
    # near misses: a street inside one sentence; a restore that will not happen
    ("c", EN, "Her listing at 31 Birch St. was removed today.", "confirmed"),
    ("c", EN, "We removed her listing. It will not be restored.", "confirmed"),
    ("c", EN, "If your client lived at 31 Birch St. her listing has been removed.", NOT_CONFIRMED),
    ("c", ES, "Si su clienta vivía en 31 Birch St. su ficha fue eliminada.", NOT_CONFIRMED),
    # d. one site only, others untouched, the second still up, the public directory not the broker's
    ("d", EN, "We removed her listing. The removal applies only to this site.", "unsure"),
    ("d", ES, "Eliminamos su perfil; la baja solo aplica a este sitio.", "unsure"),
    ("d", FR, "Nous avons supprimé sa fiche ; la suppression ne s'applique qu'à ce site.", "unsure"),
    ("d", PT, "Removemos o primeiro perfil; o segundo continua no ar.", "unsure"),
    ("d", EN, "We removed one profile; the other two profiles have not been touched.", "unsure"),
    ("d", EN, "We deleted the first listing; the second one is still online.", "unsure"),
    ("d", ES, "Eliminamos un perfil; los demás quedan como están.", "unsure"),
    ("d", PT, "Excluímos um dos perfis; os demais ficam como estão.", "unsure"),
    ("d", FR, "Nous avons supprimé une fiche ; les autres restent telles quelles.", "unsure"),
    ("d", ES, "Eliminamos su ficha de nuestra base. El directorio público no depende de nosotros.", "unsure"),
    ("d", EN, "We deleted her record from our database. We do not run the public directory.", "unsure"),
    ("d", PT, "Apagamos os dados da nossa base. O diretório público não é nosso.", "unsure"),
    ("d", FR, "Nous avons effacé ses données. L'annuaire public ne dépend pas de nous.", "unsure"),
    # e. (set W's misses) a relative's listing removed, none in the client's own name
    ("e", EN, "At the address in your letter we found a profile shown as a relative of your client and deleted it. None is in your client's own name.", "unsure"),
    ("e", ES, "Encontramos la ficha del padre de su clienta en ese domicilio y la borramos. No hay ningún perfil a nombre de su clienta.", "unsure"),
    ("e", PT, "Encontramos o perfil da mãe da sua cliente e o removemos. Não encontramos nenhum cadastro em nome da sua cliente.", "unsure"),
    ("e", EN, "We could not find any record of your client in our database.", "refused"),
    ("e", EN, "We have no record of your client. Her brother's listing was not touched.", "refused"),
    # f. (set W's misses) the request passed on to another team, a removal queue behind
    ("f", EN, "Thanks. We have forwarded your request to our data team and will let you know.", "acknowledged"),
    ("f", EN, "Noted. Our removal queue is running about ten days behind.", "acknowledged"),
    ("f", ES, "Con gusto. Ya trasladamos su solicitud al equipo de datos; le avisamos cuando respondan.", "acknowledged"),
    ("f", PT, "Obrigado. Já encaminhamos sua solicitação à equipe responsável.", "acknowledged"),
    ("f", FR, "Merci. Nous avons transmis votre demande au service concerné.", "acknowledged"),
    # the real confirmations these classes must not lose
    ("keep", EN, "We deleted your record and keep your details on a suppression list to keep them in place.", "confirmed"),
    ("keep", EN, "Each site is run independently; the removal was done on all three.", "confirmed"),
    ("keep", ES, "Cada una de nuestras marcas lleva sus propios registros; en todas ya fue eliminado su perfil.", "confirmed"),
    ("keep", EN, "Each site is run independently; we removed her listing from one of them.", NOT_CONFIRMED),
    ("keep", EN, "Each brand keeps its own records; we removed her from all of our sites except one.", NOT_CONFIRMED),
    ("keep", ES, "Cada marca lleva sus propios registros; en todas menos BuscaYa fue eliminado su perfil.", NOT_CONFIRMED),
    ("keep", EN, "This request does not cover PeopleScope. We removed her listing from all of our other directories.", NOT_CONFIRMED),
    ("keep", EN, "We removed one listing; we left the others up, and her name is on our suppression list.", NOT_CONFIRMED),
]


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass38_reading(cls, greeting, words, want):
    got = read(greeting.format(words))
    if want == NOT_CONFIRMED:
        assert got.kind != "confirmed", (got.rule, got.evidence)
    else:
        assert got.kind == want, (got.rule, got.evidence)


@pytest.mark.parametrize("body, name", [
    (EN.format("We removed a profile, but it was for a Marisol Vega in Ohio, not your client."), "marisol"),
    (ES.format("Eliminamos un perfil, pero era de una Rosa Díaz de Fresno, no de su clienta."), "rosa"),
    (EN.format("In two weeks the profile of Marisol Vega will no longer appear on our site."), "marisol"),
])
def test_pass38_evidence_is_the_matched_span_never_a_name(body, name):
    got = read(body)
    assert got.kind != "confirmed"
    assert name not in got.evidence.lower()


def test_a_streets_st_before_a_new_sentence_ends_it():
    text = reply_text(parse(raw_mail(EN.format("We removed the listing at 31 Birch St. It has since been restored."))))
    assert any(s.endswith("31 birch st.") for s in _sentences(text))
    text = reply_text(parse(raw_mail(EN.format("Mr. Rivera's listing at 31 Birch St. was removed."))))
    assert any("mr rivera's listing at 31 birch st was removed" in s for s in _sentences(text))
