"""Reply pass z49 (branch z49, 2026-12-03): set Z's broken promises, replies that are no confirmation read ``confirmed``,
each read as a class (``optout/mail/_classify.py``, "reply pass z49"). Every reply below is worded by us, not set Z's.
Each row of ``CASES`` was read ``confirmed`` before this pass (checked on the base: every row fails there); ``KEPT``
holds true confirmations and near misses that keep their reading; ``ALSO`` the same classes in wordings already read
right before (guards, not fixes).

1. Another person's record removed, the client's own listing said still active / not part of the request.
2. Removed from search results only, the profile kept, licensed or sold.
3. A past removal undone: published again after it, the relisting the last thing told.
4. Our own mail gateway's quarantine digest quoting a held message's subject: ``other``, no link opened.
"""

from __future__ import annotations

import pytest

from optout.mail._classify import choose_link, classify
from optout.mail._parse import parse

from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading
from .test_replies_r32 import raw_mail

# (class, greeting, words, the reading they must have)
CASES = [
    ("1", EN, "We removed the profile at the address you gave us; it is a Sam Ortiz of Mesa, AZ. The profile of your client "
              "in Yuma, AZ was not in the request and is still active.", "unsure"),
    ("1", ES, "Hemos eliminado el registro enviado, de una señora de Piura. El registro de su clienta en Callao no estaba en "
              "la solicitud y sigue activo.", "unsure"),
    ("1", PT, "Excluímos o perfil enviado; era de uma senhora Ana Prado de Natal. O perfil da sua cliente em Recife não fazia "
              "parte do pedido e continua ativo.", "unsure"),
    ("1", FR, "Nous avons supprimé la fiche transmise ; elle concernait un monsieur Paul Girard de Nantes. La fiche de votre "
              "cliente à Lyon ne faisait pas partie de la demande et reste active.", "unsure"),
    ("2", EN, "Your client no longer appears in our search results. We keep her profile in the data we sell to landlords.", "unsure"),
    ("2", EN, "We have removed her from our search. Her record is retained and licensed to our partners.", "unsure"),
    ("2", ES, "Quitamos a su cliente de nuestros resultados de búsqueda; su ficha se conserva y seguimos licenciando esos datos.", "unsure"),
    ("2", PT, "Removemos a sua cliente dos resultados de busca. O perfil dela é mantido nos dados que licenciamos a empresas.", "unsure"),
    ("2", FR, "Nous avons retiré votre cliente des résultats de recherche. Son profil reste dans les données que nous vendons.", "unsure"),
    ("3", EN, "Your client's profile was deleted on 03/01/2026. It was posted again on 04/12/2026 from a new county record.", "unsure"),
    ("3", ES, "El perfil se eliminó el 3 de marzo. El 9 de abril se publicó nuevamente con un registro nuevo; para retirarlo "
              "envíe otra solicitud.", "unsure"),
    ("3", HT, "Nou te efase fich la 3 mas 2026. Sou 2 avril 2026 li te pibliye ankò ak done yon nouvo rejis piblik.", "unsure"),
]

# Same classes in wordings the reader already read right before this pass (held to it here).
ALSO = [
    ("1", EN, "We took down the page you linked; it showed a Peter Lund of Reno. The listing of your client in Tulsa was not "
              "part of the request and is still listed.", "unsure"),
    ("1", ES, "Borramos la ficha que nos indicaron; era de un señor Tomás Vera de Cusco. La ficha de su cliente en Trujillo no "
              "formaba parte de la solicitud y sigue publicada.", "unsure"),
    ("1", HT, "Nou retire pwofil nou te resevwa a; li pou yon madanm Lamèsi nan Jakmèl. Pwofil kliyan ou an nan Pòtoprens pa t "
              "nan demann lan e li toujou aktif.", "unsure"),
    ("3", EN, "The profile was removed on 2026-03-01. On 2026-04-12 it was relisted with data from a new property record.", "unsure"),
    ("3", ES, "La ficha de su clienta fue borrada el 01/08/2026. El 05/09/2026 volvió a publicarse con datos de un padrón nuevo.", "unsure"),
    ("3", PT, "O perfil foi excluído em 03/03/2026. Em 02/04/2026 foi publicado novamente a partir de um registro público novo.", "unsure"),
    ("3", FR, "La fiche a été supprimée le 03/03/2026. Le 02/04/2026, elle a été republiée à partir d'un nouveau registre public.", "unsure"),
]

DIGESTS = [
    ("Mail gateway: quarantine digest\n\n2 messages were held for review today.\n\nFrom: optout@broker.example\n"
     "Subject: Your data has been deleted\n\nRelease: https://gateway.clinic.example/rel?q=1"),
    ("Pasarela de correo: resumen de cuarentena\n\nDe: privacidad@broker.example\nAsunto: Su perfil fue eliminado\n\n"
     "Liberar: https://gateway.clinic.example/rel?q=2"),
]

KEPT = [
    # the last thing done is a removal
    ("3", ES, "La ficha había vuelto a aparecer; hoy la borramos de nuevo.", "confirmed"),
    ("3", EN, "The listing reappeared last week; we removed it again today.", "confirmed"),
    ("3", EN, "Her listing was deleted and will not be published again.", "confirmed"),
    ("3", ES, "Eliminamos la ficha de su clienta. Si se publicara de nuevo, avísenos.", "confirmed"),
    # a deletion beyond search results, a keeping negated
    ("2", EN, "We removed your client from search results and deleted her profile from our database.", "confirmed"),
    ("2", EN, "We removed her from search results and deleted her record. We no longer sell or license it.", "confirmed"),
    ("2", ES, "Eliminamos a su clienta de los resultados de búsqueda y borramos su perfil de nuestra base de datos.", "confirmed"),
    ("2", EN, "We deleted her profile. Our search results no longer show her.", "confirmed"),
    # the client's listing removed; another person's left, or not removed by mistake
    ("1", EN, "We removed your client's listing. A listing of another woman with the same name was not part of the request "
              "and is still active.", "confirmed"),
    ("2", EN, "Your client was removed from search results and her profile was erased from our files.", "confirmed"),
    ("1", EN, "Your client's listing, still active last week, has now been removed.", "confirmed"),
    ("1", ES, "Eliminamos el perfil de su clienta; el de otra señora con el mismo nombre no estaba en la solicitud y sigue activo.", "confirmed"),
    ("1", EN, "We deleted the listing you sent. Your client's listing is still active.", NOT_CONFIRMED),
    # a broker's own mail that names no quarantine stays what it says
    ("4", EN, "Your listing has been removed.", "confirmed"),
    ("4", EN, "We released the hold on your request and removed the listing.", "confirmed"),
]


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_passz49_reading(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("cls, greeting, words, want", ALSO, ids=[f"also-{c[0]}-{i}" for i, c in enumerate(ALSO)])
def test_passz49_same_class(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("cls, greeting, words, want", KEPT, ids=[f"kept-{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_passz49_kept(cls, greeting, words, want):
    assert_reading(greeting, words, want)


@pytest.mark.parametrize("words", DIGESTS, ids=[f"digest-{i}" for i in range(len(DIGESTS))])
def test_passz49_quarantine_digest_is_other_and_no_link(words):
    raw = (f"From: Mail Gateway <quarantine@clinic.example>\nTo: Clinic <clinic@clinic.example>\nSubject: Quarantine summary\n"
           f"Auto-Submitted: auto-generated\nDate: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{words}\n").encode()
    msg = parse(raw)
    got = classify(msg)
    assert got.kind == "other", (got.rule, got.evidence)
    assert choose_link(msg, ["broker.example", "clinic.example"]).status == "none"
