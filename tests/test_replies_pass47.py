"""Reply pass 47 (branch r47, 2026-12-03): lost confirmations and misreads left from set X and the reviewers, each read
as a class (``optout/mail/_classify.py``, "reply pass 47"). Every reply below is worded by us. Each row of ``CASES`` was
read otherwise on ``git archive`` of the base (checked there: every row fails); ``KEPT`` holds near misses and
same-class wordings that were already read right (they pass there and here).

1. Set X's classes: a removed record "added again" from public records (not a public-records refusal), a notice marked
   automatic that tells an opt-out expiring or a record back (not an auto-reply), an English receipt in contractions
   or "in line for review".
2. Lost confirmations: "taken down / taken … off our site", a relisting then "deleted it again", a relative's listing
   removed too "at your request", "will not appear again", a disclaimer about other companies' sites.
3. A broker's link to confirm the opt-out on an "unsubscribe" path is the verification (decided by the words).
4. One site of a group "operated separately" (es, pt, ht, ko) beside a removal; an agent's papers asked.
5. ``choose_link`` agrees with the reading when the mail says its click removes nothing.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import choose_link, classify
from optout.mail._parse import parse

from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading
from .test_replies_r32 import raw_mail

KO = "안녕하세요,\n\n{}\n\n개인정보 보호팀"
RU = "Здравствуйте!\n\n{}\n\nСлужба поддержки"

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    ("1", ES, "Un registro que coincide con una persona que ustedes dieron de baja se volvió a agregar con registros públicos "
              "del condado publicados después. Para quitarlo, envíen una nueva solicitud.", "unsure"),
    ("1", PT, "Um registro de uma pessoa que vocês removeram foi adicionado novamente a partir de registros públicos do "
              "condado. Para removê-lo, enviem um novo pedido.", "unsure"),
    ("1", EN, "A record matching a person you opted out has been added again from county property records. To remove it, "
              "please submit a new opt-out.", "unsure"),
    ("1", EN, "We've received the request and it's in line for review by our privacy team.", "acknowledged"),
    ("1", EN, "Thanks for writing. It's in line for review; we'll reply once we know more.", "acknowledged"),
    ("2", ES, "La ficha había vuelto a aparecer; hoy la borramos de nuevo.", "confirmed"),
    ("2", EN, "The listing had reappeared; today we deleted it again.", "confirmed"),
    # English "took down / taken … off our site" rows withdrawn by the lead (CI run s42c): the rule read pass 36's
    # guards as confirmations ("We took down the listing's phone number", "We have not taken down the profile");
    # these four stay lost confirmations, the safe side, until a rule passes tests/test_replies_pass36.py too
    ("2", EN, "We removed her profile and, at your request, her husband's.", "confirmed"),
    ("2", PT, "O perfil da sua cliente foi excluído e não voltará a aparecer.", "confirmed"),
    ("2", EN, "Your client's profile was deleted and will not appear again.", "confirmed"),
    ("2", EN, "We can't guarantee other sites won't list you, but we deleted your profile.", "confirmed"),
    ("2", ES, "No podemos garantizar que otros sitios no lo publiquen, pero eliminamos su perfil.", "confirmed"),
    ("2", PT, "Não podemos garantir que outros sites não o publiquem, mas excluímos o seu perfil.", "confirmed"),
    ("2", FR, "Nous ne pouvons pas garantir que d'autres sites ne vous listent pas, mais nous avons supprimé votre profil.", "confirmed"),
    ("2", HT, "Nou pa ka garanti lòt sit pa pibliye l, men nou efase pwofil ou.", "confirmed"),
    ("4", KO, "고객님의 프로필을 저희 사이트에서 삭제했습니다. 자매 사이트인 한인찾기는 별도로 운영되므로 그 사이트에 따로 요청하셔야 합니다.", NOT_CONFIRMED),
    ("4", ES, "Eliminamos su perfil de nuestro sitio. Nuestro sitio hermano se administra por separado; escríbales directamente.", NOT_CONFIRMED),
    ("4", PT, "Removemos o perfil do nosso site. O site parceiro é operado separadamente; escreva diretamente para ele.", NOT_CONFIRMED),
    ("4", HT, "Nou efase pwofil li sou sit nou an. Lòt sit gwoup la fonksyone apa; ekri yo dirèkteman.", NOT_CONFIRMED),
    ("4", EN, "Before we can act for your client, she must sign our authorized agent form and send it back to us.", "needs_info"),
    ("4", ES, "Para actuar en nombre de su clienta necesitamos una carta de representación que ella firme; envíenosla respondiendo a este correo.", "needs_info"),
]

# Mails marked automatic in their headers (Auto-Submitted), read ``auto_reply`` before whatever they said.
NOTICES = [
    ("Your opt-out ends on 1 March 2027. After that date her profile may be shown again unless you renew the opt-out.", "unsure"),
    ("Su baja termina el 1 de marzo de 2027. Después de esa fecha el perfil puede volver a mostrarse si no renuevan la baja.", "unsure"),
    ("Запись человека, которого вы исключили, снова добавлена на сайт из публичных данных. Чтобы убрать ее, отправьте новый запрос.", "unsure"),
]
KEPT_NOTICES = [
    ("This is an automatic reply: I am out of the office until Monday.", "auto_reply"),
]

# (class, greeting, words, kind, link status) for verification mails and their links (domains: broker.example)
LINKS = [
    ("3", EN, "Please confirm your opt-out request:\nhttps://broker.example/email/unsubscribe-confirm?t=k7Q2", "verify_link", "open"),
    ("3", ES, "Por favor confirme su solicitud de baja:\nhttps://broker.example/email/unsubscribe-confirm?t=k7Q2", "verify_link", "open"),
    ("3", PT, "Confirme o seu pedido de exclusão:\nhttps://broker.example/email/unsubscribe-confirm?t=k7Q2", "verify_link", "open"),
    ("3", FR, "Veuillez confirmer votre demande de suppression :\nhttps://broker.example/email/unsubscribe-confirm?t=k7Q2", "verify_link", "open"),
    ("3", HT, "Tanpri konfime demann ou pou retire fich la:\nhttps://broker.example/email/unsubscribe-confirm?t=k7Q2", "verify_link", "open"),
    ("3", EN, "Please confirm your opt-out request:\nhttps://broker.example/email/unsubscribe-confirm?t=k7Q2\n\n"
              "To stop our newsletter:\nhttps://broker.example/email/unsubscribe?u=9", "verify_link", "open"),
    ("5", EN, "Confirm you'd like our monthly safety tips. This will not remove or delete anything: https://broker.example/tips/confirm?t=1",
     "unsure", "none"),
    ("5", ES, "Haga clic para confirmar y eliminar anuncios: https://broker.example/consejos/confirmar?t=1\nEsto no elimina ni borra nada.",
     "unsure", "none"),
    ("5", PT, "Clique para confirmar e remover anúncios: https://broker.example/dicas/confirmar?t=1\nIsso não remove nem exclui nada.",
     "unsure", "none"),
    ("5", FR, "Cliquez pour confirmer et supprimer les publicités : https://broker.example/conseils/confirmer?t=1\nCela ne supprime rien.",
     "unsure", "none"),
]
KEPT_LINKS = [
    ("3", EN, "Please confirm your newsletter unsubscribe: https://broker.example/email/unsubscribe-confirm?t=k7Q2", "none"),
    ("3", EN, "To opt out of marketing emails, confirm here: https://broker.example/email/unsubscribe-confirm?t=k7Q2", "none"),
    ("3", EN, "Confirm you want to unsubscribe from our newsletter: https://broker.example/email/unsubscribe-confirm?t=k7Q2", "none"),
    ("5", EN, "Please confirm your removal request: https://broker.example/remove/confirm?t=1\nClicking does not delete your account.", "open"),
    ("3", EN, "Please confirm your opt-out request: https://broker.example/email/optout-confirm?t=k7Q2", "open"),
]

KEPT = [
    ("1", EN, "We have received your request.", "acknowledged"),
    ("2", EN, "We have not taken down your client's listing.", NOT_CONFIRMED),
    ("2", EN, "If you send us the URL, we will take down the listing.", NOT_CONFIRMED),
    ("2", EN, "We took down the listing, but it reappeared the next day.", NOT_CONFIRMED),
    ("2", EN, "Her email address was taken off our mailing list.", NOT_CONFIRMED),
    ("2", EN, "Her listing was taken down yesterday.", "confirmed"),
    ("2", EN, "The listing had reappeared; we will delete it again next week.", NOT_CONFIRMED),
    ("2", ES, "La ficha había vuelto a aparecer; la borraremos de nuevo la próxima semana.", NOT_CONFIRMED),
    ("2", ES, "Si nos envía el enlace, la borramos de nuevo.", NOT_CONFIRMED),
    ("2", ES, "Normalmente la borramos de nuevo en 30 días.", NOT_CONFIRMED),
    ("2", EN, "We deleted her listing again, but our data vendor re-added it when the new feed arrived.", NOT_CONFIRMED),
    ("2", PT, "O perfil voltou a aparecer; não o excluímos de novo.", NOT_CONFIRMED),
    ("2", FR, "La fiche est réapparue ; nous ne l'avons pas supprimée de nouveau.", NOT_CONFIRMED),
    ("2", PT, "O perfil tinha voltado a aparecer; hoje o excluímos de novo.", "confirmed"),
    ("2", FR, "La fiche était réapparue ; nous l'avons supprimée de nouveau aujourd'hui.", "confirmed"),
    ("2", EN, "We removed her husband's profile.", NOT_CONFIRMED),
    ("2", EN, "We removed her profile and her husband's.", NOT_CONFIRMED),
    ("2", ES, "Eliminamos el perfil de su clienta y, a petición suya, el de su esposo.", "confirmed"),
    ("2", FR, "Nous avons supprimé son profil et, à votre demande, celui de son mari.", "confirmed"),
    ("2", ES, "El perfil de su clienta fue eliminado y no volverá a aparecer.", "confirmed"),
    ("2", EN, "We can't guarantee your profile won't reappear, but we deleted it.", NOT_CONFIRMED),
    ("2", EN, "We cannot guarantee other sites won't list you, and we have not deleted your profile yet.", NOT_CONFIRMED),
    # "You will find it no longer appears" (no belief word), after a removal and alone: the broker's own statement
    ("2", EN, "We have removed the profile. You will find it no longer appears.", "confirmed"),
    ("2", EN, "You will find it no longer appears.", "confirmed"),
    ("2", ES, "Eliminamos la ficha. Verá que ya no aparece.", "confirmed"),
    ("2", EN, "We think you'll find her profile was deleted.", NOT_CONFIRMED),
    ("4", EN, "We removed her profile from our site. Our sister site is operated separately; please write to it directly.", NOT_CONFIRMED),
    ("4", KO, "고객님의 프로필을 삭제했습니다. 계열사 사이트는 별도로 운영됩니다.", NOT_CONFIRMED),
    ("4", KO, "요청하신 대로 고객님의 정보를 모든 계열 사이트에서 삭제했습니다.", "confirmed"),
    ("4", KO, "각 사이트는 별도로 운영되지만 모든 사이트에서 고객님의 프로필을 삭제했습니다.", "confirmed"),
    ("4", HT, "Chak sit fonksyone apa, men nou efase pwofil li sou tout sit nou yo.", "confirmed"),
    ("4", PT, "Cada site é operado separadamente, mas removemos o perfil de todos eles.", "confirmed"),
    ("4", EN, "Each site is run independently; the removal was done on all of them.", "confirmed"),
    ("4", EN, "Please send a copy of your client's photo ID and a signed authorization letter.", "needs_id"),
    ("4", EN, "The consumer must sign our agent permission form. We have deleted the profile.", "confirmed"),
    ("4", EN, "We received the signed authorization letter. Thank you.", NOT_CONFIRMED),
    ("4", FR, "Pour agir au nom de votre cliente, envoyez-nous un document de représentation signé par votre cliente.", "needs_info"),
    ("4", HT, "Nou pa t kapab efase done yo paske nou pa jwenn pèmisyon siyen kliyan an.", NOT_CONFIRMED),
]


def _automatic(body: str) -> bytes:
    return (f"From: notices@broker.example\nTo: Clinic <clinic@example.org>\nSubject: Notice\nAuto-Submitted: auto-generated\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass47_reading(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("cls, greeting, words, want", KEPT, ids=[f"kept-{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_pass47_kept(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("words, want", NOTICES + KEPT_NOTICES, ids=[f"notice-{i}" for i in range(len(NOTICES + KEPT_NOTICES))])
def test_pass47_automatic_notice(words, want):
    got = classify(parse(_automatic(words)))
    assert got.kind == want, (got.rule, got.evidence)


@pytest.mark.parametrize("cls, greeting, words, kind, link", LINKS, ids=[f"link-{c[0]}-{i}" for i, c in enumerate(LINKS)])
def test_pass47_reading_and_link(cls, greeting, words, kind, link):
    msg = parse(raw_mail(greeting.format(words)))
    got = classify(msg)
    assert got.kind == kind, (got.rule, got.evidence)
    choice = choose_link(msg, ["broker.example"])
    assert choice.status == link, choice.reason
    if link == "open":
        assert choice.url == "https://broker.example/email/unsubscribe-confirm?t=k7Q2" or choice.url.startswith("https://broker.example/")


@pytest.mark.parametrize("cls, greeting, words, link", KEPT_LINKS, ids=[f"kept-link-{c[0]}-{i}" for i, c in enumerate(KEPT_LINKS)])
def test_pass47_kept_link(cls, greeting, words, link):
    msg = parse(raw_mail(greeting.format(words)))
    assert choose_link(msg, ["broker.example"]).status == link
    if link == "none":
        assert classify(msg).kind != "verify_link"
