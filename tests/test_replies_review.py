"""The lead's review of 2026-12-02 (a fresh reviewer read the day's diff): four ways the day's reply classes could
report a confirmation the broker never gave, each a class, with wordings of our own, beside what stays confirmed.

1. An exemption conceded and the removal done anyway (r34's ``_done_despite``) was returned as confirmed before the
   rest of the reply was read: an ID asked or an extension after it was lost. The rest is now read whole.
2. A sentence about the broker's own place (r34's ``_OWN_PLACE``) was dropped even when it told of the removal ("we
   have deleted the profile based in Yakima, WA"): its places now count; only a sentence that tells of no removal is
   dropped.
3. A request negated by its determiner ("no opt-out request has been completed", "ninguna solicitud de baja … fue
   completada") or completed only in part ("fue completada solo en parte"): not done.
4. r34's Spanish wordings with objects that are not the listing ("procedimos a la eliminación de la solicitud
   repetida"; "la borramos de nuestra base de clientes"): not confirmations.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read

Q = ("\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n"
     "> On behalf of Ana Ruiz of Portland, OR, we ask you to delete every listing of hers.\n")
CASES = [
 ("needs_id","Hello,\n\nAlthough public records are exempt under state law, we have removed your listing as a courtesy. To complete the removal, please send us a copy of your government ID.\n\nSupport"),
 ("extended","Hello,\n\nAlthough public records are exempt under state law, we have removed your listing as a courtesy. We need 45 more days to finish removing it from our partner sites.\n\nSupport"),
 ("confirmed","Hello,\n\nAlthough public records are exempt under state law, we have removed your listing as a courtesy.\n\nSupport"),
 ("unsure","Hello,\n\nWe have deleted the profile based in Yakima, WA.\n\nSupport"+Q),
 ("unsure","Hello,\n\nWe are based in Austin, TX and have removed the listing in Yakima, WA.\n\nSupport"+Q),
 ("confirmed","Hello,\n\nWe have removed the listing. Our office is in Austin, Texas.\n\nSupport"+Q),
 ("notconf","Hola,\n\nLamentablemente, ninguna solicitud de baja de su clienta fue completada.\n\nSoporte"),
 ("notconf","Hola,\n\nSu solicitud de eliminación fue completada solo en parte.\n\nSoporte"),
 ("notconf","Hello,\n\nNo opt-out request has been completed for your client.\n\nSupport"),
 ("notconf","Hola,\n\nHasta hoy, ninguna de sus solicitudes de eliminación ha sido completada.\n\nSoporte"),
 ("notconf","Hola,\n\nProcedimos a la eliminación de la solicitud repetida que nos envió.\n\nSoporte"),
 ("notconf","Hola,\n\nLa borramos de nuestra base de clientes.\n\nSoporte"),
 ("confirmed","Hola,\n\nProcedimos a la eliminación de sus datos personales.\n\nSoporte"),
 ("confirmed","Hola,\n\nLa borramos de nuestro directorio.\n\nSoporte"),
 ("confirmed","Hello,\n\nNo further action is needed: your opt-out request has been completed and the listing removed.\n\nSupport"),
 ("confirmed","Hola,\n\nSu solicitud de baja fue completada y la ficha ya no aparece.\n\nSoporte"),
]


@pytest.mark.parametrize(("want", "body"), CASES)
def test_a_reply_is_confirmed_only_when_nothing_in_it_undoes_the_confirmation(want, body):
    got = read(body).kind
    if want == "notconf":
        assert got != "confirmed", body
    else:
        assert got == want, body
