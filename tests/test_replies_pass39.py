"""Reply pass 39 (branch r39, 2026-12-03): set X's two false confirmations read as classes, and r38's open questions,
each fixed where the class lives (``optout/mail/_classify.py``, "set X's first read"), in the languages that write
it. Every reply below is worded by us (no set X sentence), beside the true confirmations in the same words that must
stay confirmed: no reply that is not a confirmation may become ``confirmed``.

A. A relative of the client named in everyday words ("your client's mom", "la mamá de su clienta", "a mamãe da sua
   cliente", "la maman de votre cliente"), a step- or in-law relation, a partner ("conjoint"): unsure.
B. Someone else's listing (a person "with the same name", a namesake, a relative) named in one sentence, its removal
   told in the next by a word pointing back ("That profile has already been removed", "Ese perfil ya fue eliminado",
   "Lo eliminamos", "Cette fiche a déjà été supprimée"): unsure.
C. (r38's open question b) A verification that asks only by a yes / not-me pair of links ("Sí, retiren el perfil" /
   "No fui yo") under "did you make this request?", marked ``Auto-Submitted: auto-generated``: verify_link, the yes
   link opened on the broker's domain, never the not-me link, and a link on another host shown to a person.
D. (r38's open question a) A sale opt-out whose only word on deletion is "this request does not delete information":
   unsure; refused when the deletion is declined or the data said not deleted.
E. (sets T, U, V and W's misses) A part removed, hidden or corrected and the rest said to stay up ("we removed the
   e-mail address from her profile; the rest stays visible"): unsure, not a do-not-sell refusal; a reply that removed
   nothing, or names an exemption, stays refused.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import ACT_CONFIDENCE, choose_link, classify
from optout.mail._parse import parse

from .test_replies_r32 import raw_mail

NOT_CONFIRMED = "not confirmed"
EN, ES, PT, FR = "Hello,\n\n{}\n\nPrivacy Team", "Hola:\n\n{}\n\nPrivacidad", "Olá,\n\n{}\n\nPrivacidade", "Bonjour,\n\n{}\n\nConfidentialité"
DE, IT, NL = "Guten Tag,\n\n{}\n\nDatenschutz", "Buongiorno,\n\n{}\n\nPrivacy", "Beste,\n\n{}\n\nPrivacy"

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    # A. a relative in everyday words
    ("A", ES, "Como nos pidieron, borramos la ficha de la mamá de su clienta. Ya no sale en el buscador.", "unsure"),
    ("A", ES, "Eliminamos el perfil del papá de su cliente.", "unsure"),
    ("A", ES, "Dimos de baja el registro de la abuelita de su representada.", "unsure"),
    ("A", ES, "Eliminamos el perfil del padrastro de su clienta.", "unsure"),
    ("A", EN, "We removed the profile of your client's mom. It no longer shows in searches.", "unsure"),
    ("A", EN, "We deleted the listing for your client's dad.", "unsure"),
    ("A", EN, "The profile of your client's stepfather has been removed.", "unsure"),
    ("A", PT, "Removemos o perfil da mamãe da sua cliente.", "unsure"),
    ("A", PT, "Excluímos o cadastro do padrasto da sua cliente.", "unsure"),
    ("A", FR, "Nous avons supprimé la fiche de la maman de votre cliente.", "unsure"),
    ("A", FR, "Nous avons supprimé la fiche du conjoint de votre cliente.", "unsure"),
    ("A", DE, "Wir haben das Profil der Mutter Ihrer Mandantin gelöscht.", "unsure"),
    ("A", IT, "Abbiamo cancellato il profilo della mamma della sua cliente.", "unsure"),
    ("A", NL, "Wij hebben het profiel van de moeder van uw cliënte verwijderd.", "unsure"),
    # the client's own listing in the same words stays confirmed, also beside a relative left alone
    ("A", ES, "Como nos pidieron, borramos la ficha de su clienta. Ya no sale en el buscador.", "confirmed"),
    ("A", ES, "Eliminamos el perfil de su clienta; el de su mamá no lo tocamos.", "confirmed"),
    ("A", EN, "We removed the profile of your client. Her mom's profile was left as it is.", "confirmed"),
    ("A", PT, "Removemos o perfil da sua cliente.", "confirmed"),
    ("A", FR, "Nous avons supprimé la fiche de votre cliente.", "confirmed"),
    ("A", DE, "Wir haben das Profil Ihrer Mandantin gelöscht.", "confirmed"),
    ("A", NL, "Wij hebben het profiel van uw cliënte verwijderd.", "confirmed"),
    # B. someone else's listing named in the sentence before its removal
    ("B", ES, "Solo hallamos una ficha, de un señor con el mismo nombre, de 62 años, en Phoenix. Esa ficha ya fue eliminada.", "unsure"),
    ("B", ES, "Encontramos un perfil de otra persona con el mismo nombre. Lo eliminamos.", "unsure"),
    ("B", ES, "Eliminamos el perfil de una persona con el mismo nombre que vive en Dallas.", "unsure"),
    ("B", ES, "Apareció la ficha del hermano de su clienta. Dicha ficha ya fue borrada.", "unsure"),
    ("B", EN, "We found one profile, for a man with the same name who lives in Denver. That profile has already been removed.", "unsure"),
    ("B", EN, "We found a listing for someone with the same name in Reno. It has been deleted.", "unsure"),
    ("B", PT, "Encontramos um perfil de uma pessoa com o mesmo nome, em Miami. Esse perfil já foi removido.", "unsure"),
    ("B", FR, "Nous avons trouvé une fiche d'une personne portant le même nom, à Lyon. Cette fiche a déjà été supprimée.", "unsure"),
    ("B", DE, "Wir fanden nur ein Profil einer anderen Person mit dem gleichen Namen in Köln. Dieses Profil wurde bereits gelöscht.", "unsure"),
    ("B", NL, "We vonden één profiel van iemand met dezelfde naam in Utrecht. Dat profiel is al verwijderd.", "unsure"),
    # the client's own listing pointed back to, or named after a namesake, stays confirmed; "already" alone proves nothing either way
    ("B", ES, "Encontramos el perfil de su clienta. Ese perfil ya fue eliminado.", "confirmed"),
    ("B", ES, "Había un perfil de una persona con el mismo nombre, que dejamos. El perfil de su clienta fue eliminado.", "confirmed"),
    ("B", ES, "Ese perfil ya fue eliminado.", "confirmed"),
    ("B", EN, "We found your client's profile. That profile has been removed.", "confirmed"),
    ("B", EN, "A person with the same name has a profile we did not touch. Your client's listing has been removed.", "confirmed"),
    ("B", EN, "Her profile has already been removed.", "confirmed"),
    ("B", PT, "Encontramos o perfil da sua cliente. Esse perfil já foi removido.", "confirmed"),
    ("B", FR, "Nous avons trouvé la fiche de votre cliente. Cette fiche a déjà été supprimée.", "confirmed"),
    # C. a verification by a yes / not-me pair of links, marked automatic
    ("C", ES, "¿Usted hizo esta solicitud? Alguien nos pidió retirar un perfil y dio esta dirección.\n\n"
              "Sí, eliminen el perfil <https://broker.example/baja/si?t=A1b2C3>\n\nNo fui yo <https://broker.example/baja/rechazar?t=A1b2C3>",
     "verify_link"),
    ("C", EN, "Did you make this request? Someone asked us to remove a listing and gave this address.\n\n"
              "Yes, remove the listing <https://broker.example/optout/yes?t=A1b2C3>\n\nIt wasn't me <https://broker.example/optout/no?t=A1b2C3>",
     "verify_link"),
    ("C", EN, "Was this you?\n\nYes, it was me <https://broker.example/r/confirm?t=A1b2C3>\n\nNo <https://broker.example/r/deny?t=A1b2C3>",
     "verify_link"),
    ("C", PT, "Foi você quem fez este pedido?\n\nSim, removam o perfil <https://broker.example/remocao/sim?t=A1b2C3>\n\n"
              "Não fui eu <https://broker.example/remocao/recusar?t=A1b2C3>", "verify_link"),
    ("C", FR, "Est-ce bien votre demande ?\n\nOui, supprimez la fiche <https://broker.example/retrait/oui?t=A1b2C3>\n\n"
              "Ce n'était pas moi <https://broker.example/retrait/refuser?t=A1b2C3>", "verify_link"),
    ("C", DE, "Haben Sie diese Anfrage gestellt?\n\nJa, entfernen Sie das Profil <https://broker.example/loeschen/ja?t=A1b2C3>\n\n"
              "Das war ich nicht <https://broker.example/loeschen/ablehnen?t=A1b2C3>", "verify_link"),
    # and a mail marked automatic that asks nothing stays an auto-reply
    ("C", ES, "Recibimos su mensaje. Este buzón no se revisa.", "auto_reply"),
    # D. a sale opt-out and what it does not delete
    ("D", EN, "Your request is complete. We opted your client out of the sale and sharing of her information. "
              "This request does not delete information we keep.", "unsure"),
    ("D", ES, "Su solicitud está completa. Ya no venderemos ni compartiremos los datos de su clienta. Esta solicitud no elimina "
              "la información que conservamos.", "unsure"),
    ("D", PT, "Pedido concluído. Desativamos a venda e o compartilhamento dos dados. Este pedido não exclui as informações que mantemos.", "unsure"),
    ("D", FR, "Demande traitée : nous avons désactivé la vente des données de votre cliente. Cette demande ne supprime pas les données "
              "que nous conservons.", "unsure"),
    # E. a part removed, hidden or corrected, the rest up
    ("E", EN, "We removed the email address from your client's profile. The rest of the profile stays visible.", "unsure"),
    ("E", EN, "We deleted two of her three listings. The third one comes from a court record and remains available.", "unsure"),
    ("E", ES, "Quitamos el teléfono del perfil de su clienta. El resto del perfil sigue publicado.", "unsure"),
    ("E", ES, "Corregimos la dirección del perfil de su clienta. El perfil sigue publicado con los datos nuevos.", "unsure"),
    ("E", PT, "Removemos o endereço antigo do perfil da sua cliente. O perfil permanece publicado.", "unsure"),
    ("E", FR, "Nous avons retiré l'ancien numéro de la fiche de votre cliente. La fiche reste en ligne.", "unsure"),
    # nothing removed, a do-not-sell only, an exemption: the refusal stands
    ("E", EN, "We removed nothing. The profile remains available.", "refused"),
    ("E", EN, "Your request has been processed as a do-not-sell request only, and your profile remains visible on our site.", "refused"),
    ("E", EN, "The listing is built from public records, which are exempt. We removed nothing else; the profile remains available.", "refused"),
]
# D, what class D never takes: the deletion declined, or the data said not deleted, beside the opt-out's scope (read by
# the rules before it: refused, or unsure "something was not done"; "삭제되지 않습니다": tests/test_replies_r23.py)
REFUSED_SALE = [
    (EN, "Your request is complete. We opted your client out of the sale and sharing of her information. This request does not "
         "delete information, and we did not delete her record."),
    (EN, "We opted your client out of the sale and sharing of her information. We are not able to delete her record; this "
         "request does not delete information."),
    (ES, "Su solicitud está completa. Ya no venderemos los datos de su clienta. Esta solicitud no elimina la información; sus "
         "datos no fueron eliminados."),
]


def _raw(cls: str, greeting: str, words: str) -> bytes:
    raw = raw_mail(greeting.format(words))
    return raw.replace(b"MIME-Version", b"Auto-Submitted: auto-generated\nMIME-Version", 1) if cls == "C" else raw


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass39_reading(cls, greeting, words, want):
    got = classify(parse(_raw(cls, greeting, words)))
    if want == NOT_CONFIRMED:
        assert got.kind != "confirmed", (got.rule, got.evidence)
    else:
        assert got.kind == want, (got.rule, got.evidence)
    if want == "verify_link":  # acted on, and the link opened is the yes link on the broker's domain
        assert got.confidence >= ACT_CONFIDENCE, got.rule
        choice = choose_link(parse(_raw(cls, greeting, words)), ["broker.example"])
        yes = words.split("<", 1)[1].split(">", 1)[0]
        assert (choice.status, choice.url) == ("open", yes), choice


@pytest.mark.parametrize("greeting, words", REFUSED_SALE)
def test_pass39_sale_opt_out_with_the_deletion_refused_is_not_class_d(greeting, words):
    got = classify(parse(raw_mail(greeting.format(words))))
    assert got.kind != "confirmed" and "not that the deletion was refused" not in got.rule, got.rule


def test_pass39_a_yes_link_on_another_host_is_shown_to_a_person():
    words = ("¿Usted hizo esta solicitud?\n\nSí, eliminen el perfil <https://broker-verify.example.net/si?t=A1b2C3>\n\n"
             "No fui yo <https://broker-verify.example.net/rechazar?t=A1b2C3>")
    msg = parse(_raw("C", ES, words))
    assert classify(msg).kind == "verify_link"
    choice = choose_link(msg, ["broker.example"])
    assert choice.status == "foreign" and choice.url == "https://broker-verify.example.net/si?t=A1b2C3"


@pytest.mark.parametrize("words, name", [
    ("Encontramos un perfil de una persona con el mismo nombre, Rosa Ibarra, en Dallas. Ese perfil ya fue eliminado.", "ibarra"),
    ("Dimos de baja el perfil de la mamá de su clienta, doña Carmen Ibarra.", "ibarra"),
])
def test_pass39_evidence_is_the_matched_span_never_a_name(words, name):
    got = classify(parse(raw_mail(ES.format(words))))
    assert got.kind == "unsure"
    assert name not in got.evidence.lower()
