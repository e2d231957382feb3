"""Reply pass 43 (branch r43, 2026-12-03): set Y's two broken promises, read as classes and fixed where the class lives
(``optout/mail/_classify.py``, "reply pass 43"). Set Y is held out and was never opened: every reply below is worded by
us, in the languages that write them, beside near misses in the same words that must keep their reading.

1. An ask to confirm a SUBSCRIPTION (newsletter, digest, bulletin, alerts, mailing list; a "Confirm subscription"
   button on a news host) is no removal's verification: ``other``, no link kept, and ``choose_link`` chooses none,
   so optout never subscribes the person to the broker's marketing nor records a verification that is none.
2. A removal the broker only believes or hedges ("we believe … was already removed", "creemos que ya fue eliminado",
   "it should be gone by now"), or says it cannot confirm, is ``unsure``, never ``confirmed``.

Every row of ``SUBSCRIPTIONS`` and ``HEDGED`` was run on the tree before the fix and failed there (a link chosen, or
``confirmed`` / ``other``); the near misses read the same before and after.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import classify, choose_link
from optout.mail._parse import parse

from .test_replies_r32 import raw_mail

DOMAINS = ["broker.example"]


def html_mail(html: str, subject: str = "Please confirm") -> bytes:
    return (f"From: hello@broker.example\nTo: Clinic <clinic@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
            f"Content-Type: text/html; charset=utf-8\n\n<html><body>{html}</body></html>\n").encode()


# 1. asks to confirm a subscription: (language, subject, body) -------------------------------------------------------
SUBSCRIPTIONS = [
    ("en", "Welcome!", "Hello,\n\nPlease confirm your subscription to our weekly digest by clicking the link below:\n"
                       "https://news.broker.example/confirm?t=abc123\n\nThe Team"),
    ("en", "One more step", "Hi,\n\nThanks for signing up. Confirm your subscription to start receiving our newsletter:\n"
                            "https://broker.example/newsletter/confirm?t=abc\n\nThanks"),
    ("en", "Re: your request", "Hello,\n\nPlease confirm that you want to receive our alerts. Confirm subscription: "
                               "https://alerts.broker.example/c?t=1\n\nTeam"),
    ("en", "Re: your request", "Hello,\n\nYou're almost done! Click below to confirm and start getting our weekly digest.\n"
                               "https://broker.example/digest/confirm?t=7\n\nThe team"),
    ("en", "Re: your request", "Hello,\n\nPlease confirm your e-mail address to join our mailing list: "
                               "https://lists.broker.example/confirm?t=7\n\nThe team"),
    ("es-ES", "Confirma tu suscripción", "Hola:\n\nConfirma tu suscripción a nuestro boletín semanal pulsando aquí: "
                                         "https://broker.example/boletin/confirmar?t=7\n\nUn saludo"),
    ("es-MX", "Re: su solicitud", "Estimada usuaria:\n\nFavor de confirmar su suscripción a nuestras alertas por correo: "
                                  "https://broker.example/alertas/confirmar?t=7\n\nAtentamente"),
    ("es-AR", "Re: su solicitud", "Hola:\n\nConfirmá tu suscripción al boletín de novedades desde este enlace: "
                                  "https://novedades.broker.example/confirmar?t=7\n\nSaludos"),
    ("es", "Confirme su suscripción", "Hola:\n\nConfirme su suscripción al boletín haciendo clic aquí:\n"
                                      "https://boletin.broker.example/confirmar?t=1\n\nSaludos"),
    ("pt-BR", "Re: seu pedido", "Olá,\n\nConfirme sua inscrição na nossa newsletter clicando no link:\n"
                                "https://broker.example/newsletter/confirmar?t=1\n\nObrigado"),
    ("pt-PT", "Re: o seu pedido", "Olá,\n\nConfirme a sua inscrição no nosso boletim mensal: "
                                  "https://broker.example/boletim/confirmar?t=7\n\nCumprimentos"),
    ("fr", "Re: votre demande", "Bonjour,\n\nVeuillez confirmer votre abonnement à notre lettre d'information en cliquant "
                                "sur ce lien :\nhttps://broker.example/lettre/confirmer?t=1\n\nMerci"),
    ("ht", "Re: demann ou", "Bonjou,\n\nTanpri konfime abònman ou nan bilten nou an: https://broker.example/bilten/konfime?t=7\n\nMèsi"),
    ("vi", "Re: your request", "Xin chào,\n\nVui lòng xác nhận đăng ký nhận bản tin hàng tuần của chúng tôi: "
                               "https://broker.example/bantin/xacnhan?t=7\n\nCảm ơn"),
    ("tl", "Re: your request", "Kumusta,\n\nPaki-confirm ang iyong subscription sa aming newsletter: "
                               "https://broker.example/newsletter/confirm?t=7\n\nSalamat"),
    ("zh", "Re: your request", "您好：\n\n请点击以下链接确认订阅我们的每周简报：https://broker.example/subscribe/confirm?t=7\n\n谢谢"),
]


@pytest.mark.parametrize("lang, subject, body", SUBSCRIPTIONS, ids=[f"{r[0]}-{i}" for i, r in enumerate(SUBSCRIPTIONS)])
def test_a_subscriptions_ask_is_no_verification_and_no_link_is_chosen(lang, subject, body):
    msg = parse(raw_mail(body, subject))
    got = classify(msg)
    assert got.kind == "other" and not got.links, (got.kind, got.rule, got.evidence)
    assert choose_link(msg, DOMAINS).status == "none"


def test_a_confirm_subscription_button_on_a_news_host_is_no_verification():
    msg = parse(html_mail('<p>Thanks for joining us! One tap and you are in.</p>'
                          '<p><a href="https://news.broker.example/c?t=9">Confirm subscription</a></p>', "You're nearly in"))
    got = classify(msg)
    assert got.kind == "other" and not got.links, (got.kind, got.rule, got.evidence)
    assert choose_link(msg, DOMAINS).status == "none"


def test_a_receipt_beside_a_subscriptions_ask_is_read_without_it():
    msg = parse(raw_mail("Hello,\n\nWe received your opt-out request. Also, please confirm your subscription to our weekly "
                         "digest: https://news.broker.example/c?t=1\n\nTeam"))
    got = classify(msg)
    assert got.kind == "acknowledged" and not got.links, (got.kind, got.rule)
    assert choose_link(msg, DOMAINS).status == "none"


# near misses: a removal's verification that also speaks of e-mails, unsubscribing or suppression keeps its link
VERIFICATIONS = [
    ("Hello,\n\nPlease confirm your request to delete your data by clicking https://broker.example/verify?t=1 . Once "
     "confirmed, you will also be unsubscribed from our emails.\n\nTeam", "https://broker.example/verify?t=1"),
    ("Hello,\n\nTo confirm your opt-out request, click the link: https://broker.example/opt-out/unsub?token=1\n\nTeam",
     "https://broker.example/opt-out/unsub?token=1"),
    ("Hello,\n\nWe received your removal request. Please verify it here: https://broker.example/verify?t=1 . We will also "
     "add you to our suppression list.\n\nTeam", "https://broker.example/verify?t=1"),
    ("Hola:\n\nConfirme su solicitud de baja en el siguiente enlace: https://broker.example/baja/confirmar?t=1\n\nSaludos",
     "https://broker.example/baja/confirmar?t=1"),
    ("Olá,\n\nConfirme seu pedido de exclusão: https://broker.example/confirmar?t=1\n\nEquipe", "https://broker.example/confirmar?t=1"),
    ("Bonjour,\n\nVeuillez confirmer votre demande de suppression : https://broker.example/confirmer?t=1\n\nEquipe",
     "https://broker.example/confirmer?t=1"),
]


@pytest.mark.parametrize("body, link", VERIFICATIONS, ids=[str(i) for i in range(len(VERIFICATIONS))])
def test_a_removals_verification_keeps_its_link(body, link):
    msg = parse(raw_mail(body))
    got = classify(msg)
    assert got.kind == "verify_link", (got.rule, got.evidence)
    choice = choose_link(msg, DOMAINS)
    assert (choice.status, choice.url) == ("open", link)


# 2. a removal only believed or hedged, or said not to be sure: (language, body) ------------------------------------
HEDGED = [
    ("en", "We think her listing was deleted last spring."),
    ("en", "Your client's profile was probably removed during our March purge."),
    ("en", "The listing has been deleted. It should be gone by now."),
    ("en", "Her profile should have been removed by now."),
    ("en", "We removed her profile a while back; it should be gone by now."),
    ("en", "We removed her listing in an earlier clean-up. We cannot confirm it, since we have no record of her request."),
    ("en", "Her listing was deleted in an earlier purge. We are not sure, as your request is not in our system."),
    ("en", "As far as we can tell, her listing was removed in our 2026 clean-up."),
    ("en", "Your profile was deleted, we believe, during the March clean-up."),
    ("en", "Her listing may have been removed in our last update."),
    ("es", "Creemos que ya fue eliminado en una limpieza anterior, pero no lo podemos asegurar."),
    ("es", "Parece que ya no aparece en nuestro sitio."),
    ("es", "Al parecer, la ficha de su clienta fue eliminada el año pasado."),
    ("es", "Suponemos que su perfil se borró en la depuración de enero."),
    ("es", "Pensamos que el perfil de su representada fue borrado hace meses."),
    ("es", "Su perfil ya debería estar eliminado."),
    ("es", "La ficha fue eliminada en enero. No podemos confirmarlo porque no tenemos su solicitud."),
    ("pt", "Acho que já foi removido na última limpeza."),
    ("pt", "Provavelmente o perfil já foi apagado em janeiro."),
    ("pt", "Ao que parece, o perfil da sua cliente já foi excluído."),
    ("pt", "A ficha foi excluída em janeiro. Não temos certeza, pois o pedido não está no sistema."),
    ("fr", "Nous croyons que le profil a déjà été supprimé lors d'un nettoyage précédent."),
    ("fr", "Le profil a probablement été effacé en mars."),
    ("fr", "Il semble que sa fiche a déjà été supprimée."),
    ("fr", "La fiche a été supprimée en janvier. Nous ne pouvons pas le confirmer."),
    ("ht", "Nou kwè fich li a te efase deja."),
    ("vi", "Chúng tôi tin rằng hồ sơ của khách hàng đã được xóa."),
    ("zh", "我们认为您客户的资料已经被删除了。"),
]
GREETING = {"en": "Hello,\n\n{}\n\nPrivacy Team", "es": "Hola:\n\n{}\n\nPrivacidad", "pt": "Olá,\n\n{}\n\nPrivacidade",
            "fr": "Bonjour,\n\n{}\n\nConfidentialité", "ht": "Bonjou,\n\n{}\n\nEkip vi prive", "vi": "Xin chào,\n\n{}\n\nNhóm quyền riêng tư",
            "zh": "您好：\n\n{}\n\n隐私团队"}


@pytest.mark.parametrize("lang, words", HEDGED, ids=[f"{r[0]}-{i}" for i, r in enumerate(HEDGED)])
def test_a_removal_only_believed_is_unsure(lang, words):
    got = classify(parse(raw_mail(GREETING[lang].format(words))))
    assert got.kind == "unsure", (got.kind, got.rule, got.evidence)
    assert len(got.evidence.split()) <= 6  # the matched span, a few words


# near misses: the belief or the guarantee is about something else, and the removal stands
NOT_HEDGED = [
    ("en", "We believe in privacy; your profile was deleted."),
    ("en", "We think you'll be glad to know your listing has been removed."),
    ("en", "We deleted your profile. We cannot guarantee that other websites will not publish it."),
    ("en", "We deleted your profile today."),
    ("en", "We deleted your profile. We cannot confirm whether other brokers hold your data."),
    ("en", "We deleted your profile. We cannot guarantee the accuracy of third-party sites."),
    ("en", "Your profile was deleted and we think you'll like our new privacy page."),
    ("en", "We think privacy matters and we deleted your profile."),
    ("en", "We deleted your profile; Google will probably update within a week."),
    ("en", "Your profile was deleted and should be gone from Google within a week."),
    ("en", "We deleted your profile and you will likely see it vanish from search engines soon."),
    ("en", "We deleted your profile. By law the copies must be deleted within 45 days."),
    ("es", "Creemos en la privacidad: eliminamos el perfil de su clienta."),
    ("es", "Eliminamos el perfil de su clienta. No podemos garantizar que otros sitios no la publiquen."),
    ("fr", "Nous pensons que vous serez heureuse de savoir que sa fiche a été supprimée."),
]


@pytest.mark.parametrize("lang, words", NOT_HEDGED, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_HEDGED)])
def test_a_belief_about_something_else_leaves_the_removal_confirmed(lang, words):
    got = classify(parse(raw_mail(GREETING[lang].format(words))))
    assert got.kind == "confirmed", (got.kind, got.rule, got.evidence)
