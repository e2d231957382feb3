"""Reply pass 45 (branch r45, 2026-12-03): the wrong links and lost readings review41 found in the day's rules, read
as classes and fixed where the class lives (``optout/mail/_classify.py``, "reply pass 45"). The wordings are ours.

1. A real removal's verification lost its link to r43's subscription veto: a newsletter footer after a link that ends
   its line ran into the ask as one "sentence"; a tracked link on a news or bulletin host; "confirm" or "boletin"
   inside a link's address read as the ask's words. Its link is opened again (``verify_link``, the right link).
2. A marketing or account opt-in (confirm your e-mail to RECEIVE alerts, offers, searches, an account) with no
   removal request spoken of was read ``verify_link`` and its link opened: ``other``, no link.
3. "I think you will find that it no longer appears" after a removal told as done read ``unsure``: ``confirmed``.

Every row marked FIX failed on the tree before the fix (no link or the wrong kind for 1, a link opened for 2,
``unsure`` for 3); the NEAR rows (r43's double opt-ins, a hedge standing alone) read the same before and after.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import choose_link, classify
from optout.mail._parse import parse

from .test_replies_pass40 import NOT_CONFIRMED, assert_reading
from .test_replies_r32 import raw_mail

EN, ES, PT, FR, HT = "Hi,\n\n{}\n\nRegards", "Buenos días:\n\n{}\n\nAtentamente", "Bom dia,\n\n{}\n\nAtenciosamente", \
    "Madame,\n\n{}\n\nBien à vous", "Bonjou,\n\n{}\n\nMèsi anpil"
NONE = "none"  # no link may be chosen

# (FIX or NEAR, greeting, words, reading, link: the one to open, NONE, or "" when the row reads only the kind)
CASES = [
    # 1. real verifications with a newsletter footer, a news host, or ask words inside a link
    ("FIX", EN, "Your request to erase your personal data is on file.\n\nTo finish, please confirm your e-mail address:\n"
                "https://broker.example/privacy/confirm?k=41\n\nStay in touch: update your newsletter subscription at "
                "https://broker.example/newsletter/prefs", "verify_link", "https://broker.example/privacy/confirm?k=41"),
    ("FIX", EN, "Your request to erase your personal data is on file.\n\nVerify this e-mail address, please:\n"
                "https://broker.example/v/ok?k=41\nNewsletter: change your subscription here "
                "https://broker.example/newsletter/prefs", "verify_link", "https://broker.example/v/ok?k=41"),
    ("FIX", EN, "Thank you for your deletion request. Kindly confirm your e-mail address:\n"
                "https://news.broker.example/track/click?u=88", "verify_link", "https://news.broker.example/track/click?u=88"),
    ("FIX", ES, "Hemos recibido su solicitud de eliminación de datos.\n\nValide su correo electrónico aquí:\n"
                "https://broker.example/validar?k=41\n\nAdministre su suscripción al boletín en https://broker.example/boletin",
     "verify_link", "https://broker.example/validar?k=41"),
    ("FIX", ES, "Tenemos su petición de borrado. Confirme su correo, por favor:\nhttps://boletin.broker.example/r/x9",
     "verify_link", "https://boletin.broker.example/r/x9"),
    ("FIX", PT, "Recebemos sua solicitação de exclusão de dados.\n\nConfirme seu endereço de e-mail:\n"
                "https://broker.example/validar?k=41\n\nAssine também o nosso boletim: https://broker.example/boletim",
     "verify_link", "https://broker.example/validar?k=41"),
    ("FIX", FR, "Votre demande d'effacement est enregistrée.\n\nValidez votre adresse électronique :\n"
                "https://broker.example/valider?k=41\n\nModifiez votre abonnement à notre infolettre : https://broker.example/lettre",
     "verify_link", "https://broker.example/valider?k=41"),
    # 2. opt-ins to receive alerts, offers, searches, an account: no link
    ("FIX", EN, "Verify your e-mail to begin receiving instant alerts when new records mention you: "
                "https://broker.example/watch/verify?k=1", "other", NONE),
    ("FIX", EN, "Welcome aboard! Confirm your address to access premium searches today: "
                "https://broker.example/members/confirm?k=1", "other", NONE),
    ("FIX", ES, "Confirme su correo para recibir nuestras ofertas exclusivas: https://broker.example/promo/confirmar?k=1",
     "other", NONE),
    ("FIX", PT, "Confirme seu e-mail para desbloquear pesquisas ilimitadas: https://broker.example/conta/ok?k=1",
     "other", NONE),
    ("FIX", FR, "Confirmez votre e-mail pour recevoir nos meilleures offres : https://broker.example/offres/ok?k=1",
     "other", NONE),
    # 3. a politeness about what the reader will find, after a removal done
    ("FIX", EN, "Her listing has been deleted. We think you'll find it no longer shows up in search.", "confirmed", ""),
    ("FIX", ES, "Hemos eliminado la ficha. Creo que verá que ya no aparece en el sitio.", "confirmed", ""),
    # near misses: r43's double opt-ins keep no link; a hedge standing alone stays no confirmation
    ("NEAR", EN, "Please confirm your subscription to our monthly digest: https://news.broker.example/c?k=2", "other", NONE),
    ("NEAR", EN, "We received your opt-out request. Separately, confirm your newsletter subscription here: "
                 "https://news.broker.example/c?k=3", "acknowledged", NONE),
    ("NEAR", ES, "Confirme su suscripción al boletín: https://boletin.broker.example/confirmar?k=2", "other", NONE),
    ("NEAR", FR, "Confirmez votre abonnement à la lettre d'information : https://broker.example/lettre/confirmer?k=2",
     "other", NONE),
    ("NEAR", EN, "We think you'll find her profile was deleted last year.", NOT_CONFIRMED, ""),
    ("NEAR", EN, "Confirm your email to receive updates on your removal request: https://broker.example/removal/confirm?k=5",
     "verify_link", "https://broker.example/removal/confirm?k=5"),
    ("NEAR", HT, "Tanpri konfime demann ou pou nou efase done ou yo: https://broker.example/efase/konfime?k=5",
     "verify_link", "https://broker.example/efase/konfime?k=5"),
]


@pytest.mark.parametrize("what, greeting, words, want, link", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass45_reading_and_link(what, greeting, words, want, link):
    assert_reading(greeting, words, want)
    if link:
        choice = choose_link(parse(raw_mail(greeting.format(words))), ["broker.example"])
        assert (choice.status, choice.url) == (("none", None) if link == NONE else ("open", link)), choice.reason
