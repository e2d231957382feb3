"""Reply pass 55 (branch r55, 2026-12-04), in wordings of our own (``optout/mail/_classify.py``, "reply pass 55"):

1. A deletion, then the data said to be no longer in the broker's database, nor with its partners ("Os seus dados foram
   apagados e já não constam da nossa base, nem dos nossos parceiros"): the tail's "já não" / "weder … noch" / "niet
   meer … noch" read as a negation of the deletion, so the reply read unsure (Portuguese, German, Dutch; Spanish,
   French, Italian and English read it already and are kept here). Beside a deletion the tail is the success itself;
   a part kept ("mas ainda constam das bases dos nossos parceiros") or a deletion negated, promised or conditional is
   never a confirmation.
2. A Norwegian, Danish or Swedish closure on its own ("Saken er avsluttet", "Sagen er afsluttet", "Ärendet är
   avslutat") read other: it is a request closed with nothing said done (unsure), as in English; closed "uten videre
   tiltak" is closed without action (refused). The person deleted from the broker's registers ("Vi har slettet deg fra
   våre registre") read other: it is a deletion, read in part (0.85, a person reads it).
3. Development sets' misses, as classes (wordings of our own, several languages each): a refusal on the merits in
   ARCO's, habeas data's and the GDPR's words ("resulta improcedente", "no procede", "we deny it", an editorial policy),
   an agent refused in other words; "which one?" when several records match (needs_info); a removal queued or promised
   within a term (acknowledged); the answer only in an attachment the reader does not read, and an earlier answer taken
   back ("sent in error": unsure, or acknowledged when the request is said still open).
4. Partial deletions that read as full confirmations (0.95) on the base: a deletion beside data kept for a legal reason
   the reader did not know ("for legal reasons", "under tax law", "aus steuerrechtlichen Gründen", "que mantemos"), or
   beside a part kept with no reason ("but we keep your name and address"). A record of the request, or the e-mail
   address on a suppression list, is no part kept (``STILL_CONFIRMED``).

Every row of ``READ`` is read otherwise on the base (main at 1a258a87, checked on a git-archive copy); ``NEAR_MISSES``,
``KEPT`` and ``STILL_CONFIRMED`` hold there and here.
"""

from __future__ import annotations

import pytest

from optout.mail import ACT_CONFIDENCE

from .reading import assert_read, read




# (body, kind, confidence at least; a Nordic confirmation is read in part: below ACT_CONFIDENCE, a person reads it)
READ = [
    # 1. a deletion, then "no longer in our database, nor our partners'"
    ("Olá,\n\nOs seus dados foram apagados e já não constam da nossa base, nem dos nossos parceiros.\n\nCumprimentos,\n"
     "Equipa de Privacidade", "confirmed", ACT_CONFIDENCE),
    ("Prezado(a), informamos que os seus dados pessoais foram eliminados nos termos do RGPD e já não constam da nossa base "
     "de dados, nem da dos nossos parceiros comerciais.\n\nAtenciosamente", "confirmed", ACT_CONFIDENCE),
    ("Ihre Daten wurden gelöscht und sind weder in unserer Datenbank noch bei unseren Partnern mehr vorhanden.\n\n"
     "Mit freundlichen Grüßen\nDatenschutzteam", "confirmed", ACT_CONFIDENCE),
    ("Uw gegevens zijn verwijderd en staan niet meer in onze database, noch in die van onze partners.\n\nMet vriendelijke groet",
     "confirmed", ACT_CONFIDENCE),
    # 2. Nordic closures on their own, and closed without action
    ("Hei,\n\nSaken er avsluttet.\n\nMed vennlig hilsen\nPersonvern", "unsure", None),
    ("Saken din (saksnummer 58812) er nå avsluttet.", "unsure", None),
    ("Ärendet är avslutat.\n\nMed vänliga hälsningar\nKundtjänst", "unsure", None),
    ("Sagen er afsluttet.\n\nMed venlig hilsen", "unsure", None),
    ("Vi har nå lukket saken.", "unsure", None),
    ("Saken er avsluttet uten videre tiltak.", "refused", None),
    ("Ärendet är avslutat utan vidare åtgärd.", "refused", None),
    ("Sagen er afsluttet uden yderligere handling.", "refused", None),
    # 2. the person deleted from the registers
    ("Hei,\n\nVi har slettet deg fra våre registre. Saken er avsluttet.\n\nMed vennlig hilsen", "confirmed", 0.85),
    ("Vi har nå fjernet deg fra alle våre databaser.", "confirmed", 0.85),
    ("Vi har slettet dig fra vores register. Sagen er afsluttet.", "confirmed", 0.85),
    ("Vi har tagit bort dig ur vårt register. Ärendet är stängt.", "confirmed", 0.85),
    # 3. refusals on the merits (ARCO, habeas data, GDPR, journalism) and agents refused in other words
    ("Estimado titular: le comunicamos que su solicitud de cancelación resulta improcedente.\n\nOficial de Privacidad", "refused", None),
    ("Respetada señora: la supresión solicitada no procede, toda vez que la titular tiene un deber legal de permanecer en la "
     "base de datos.", "refused", None),
    ("La eliminación solicitada no procede, ya que la titular mantiene un crédito vigente con esta entidad.", "refused", None),
    ("O pedido de exclusão foi considerado improcedente.", "refused", None),
    ("Dear Sir or Madam, we have reviewed your erasure request. We deny it, as the data remains necessary for our "
     "legitimate business purposes.", "refused", None),
    ("Thank you for writing. Our editorial policy is not to remove accurate news reports; we can add an update.", "refused", None),
    ("Votre demande est irrecevable.\n\nLe DPO", "refused", None),
    ("Hola, solo podemos atender solicitudes hechas directamente por la persona titular de los datos. No aceptamos "
     "solicitudes de abogados ni clínicas.", "refused", None),
    ("We do not accept requests from lawyers, clinics or other representatives. The consumer must write to us herself.", "refused", None),
    ("Não aceitamos pedidos feitos por advogados ou clínicas.", "refused", None),
    ("Bonjou, nou pa aksepte demann ki soti nan yon lòt moun. Se moun nan menm ki dwe ekri nou.", "refused", None),
    # 4. several records: which one?
    ("which one? theres 3 with that name in fresno\n\nSent from my phone", "needs_info", None),
    ("Hola, encontramos varios registros con ese nombre en Houston y Dallas. ¿Cuál de ellos es el de su clienta?", "needs_info", None),
    ("Encontramos dois perfis com esse nome. Qual deles é o da sua cliente?", "needs_info", None),
    ("Nous avons trouvé deux fiches à ce nom. Laquelle des deux faut-il supprimer ?", "needs_info", None),
    ("Bonjou, nou jwenn de dosye ak menm non an. Ki youn ki pou kliyan ou an?", "needs_info", None),
    ("We have found more than one profile that could be your client's. Before we delete anything, please confirm the client's "
     "date of birth or a previous address so we can identify the correct record.", "needs_info", None),
    ("Hemos encontrado tres perfiles con ese nombre; antes de eliminar nada, necesitamos saber cuál es el de su clienta.",
     "needs_info", None),
    ("Achamos dois cadastros com esse nome. Precisamos saber qual é o da sua cliente antes de excluir.", "needs_info", None),
    # 5. a removal queued or promised within a term
    ("Hi, your removal request has been queued. It will take effect within 5 to 7 business days.", "acknowledged", None),
    ("Aprobamos su solicitud. Sus datos serán eliminados de nuestros sistemas y copias de seguridad dentro de 60 días.", "acknowledged", None),
    ("Buenos días, una vez que se eliminen los datos de la señora le enviaremos la confirmación.", "acknowledged", None),
    ("Seus dados serão excluídos de todos os nossos sistemas dentro de 30 dias.", "acknowledged", None),
    # 6. the answer only in an attachment; an earlier answer taken back
    ("Hello, see attached.\n\nRecords team", "unsure", None),
    ("Please see the attached screenshot for the status of your request.", "unsure", None),
    ("Le enviamos adjunta la respuesta escaneada.", "unsure", None),
    ("Segue em anexo a resposta ao seu pedido.", "unsure", None),
    ("Hello again. Our previous e-mail saying the profile was removed was sent in error: the removal has not been carried "
     "out yet.", "unsure", None),
    ("Rectificamos nuestro correo anterior: por un error, la supresión comunicada no llegó a ejecutarse.", "unsure", None),
    ("Corrigindo a mensagem anterior: a exclusão não foi concluída.", "unsure", None),
    ("Nuestro correo anterior, que decía que su solicitud estaba completada, se envió por error. Su solicitud sigue abierta.",
     "acknowledged", None),
    # 7, 8. a deletion beside a part kept (for a legal reason, or none given): never a full confirmation
    ("We have deleted your profile, but we keep your name and address for legal reasons.", "unsure", None),
    ("We deleted the listing; her contact details are retained for seven years under tax law.", "unsure", None),
    ("Wir haben Ihr Profil gelöscht; Ihre Anschrift bewahren wir aus steuerrechtlichen Gründen weiterhin auf.", "unsure", None),
    ("Seus dados foram excluídos. A exclusão não procede para os dados fiscais, que mantemos.", "unsure", None),
    ("Uw profiel is verwijderd, maar wij bewaren uw naam en adres.", "unsure", None),
    ("Ihr Profil wurde gelöscht, jedoch speichern wir Ihre Anschrift weiterhin.", "unsure", None),
    ("We have deleted your profile, but we keep your name and address.", "unsure", None),
    ("Hemos eliminado su perfil, pero conservamos su nombre y dirección.", "unsure", None),
    ("We removed the listing but retain her records in our archive.", "unsure", None),
    ("Nous avons supprimé la fiche, mais nous conservons son adresse.", "unsure", None),
]


@pytest.mark.parametrize("body,kind,sure", READ)
def test_read(body, kind, sure):
    assert_read(body, kind, sure)


# read confirmed on the base too (the same tail in the languages that read it already): kept so the new rules lose none
KEPT = [
    "Our message of 3 May saying that your request had been completed was sent in error. Your request is still open and is "
    "being processed; we will write again once it is done.",  # acknowledged
    "Excluímos os seus dados; já não se encontram em nossos sistemas nem nos de nossos parceiros.",
    "Wir haben Ihre personenbezogenen Daten gelöscht; sie sind nicht mehr in unseren Systemen gespeichert.",
    "Sus datos han sido eliminados y ya no constan en nuestra base de datos ni en la de nuestros socios.",
    "Vos données ont été supprimées et ne figurent plus dans notre base, ni dans celles de nos partenaires.",
    "I suoi dati sono stati cancellati e non sono più presenti nel nostro database, né in quelli dei nostri partner.",
    "Your data has been deleted and is no longer in our database, nor in our partners' databases.",
]


@pytest.mark.parametrize("body", KEPT)
def test_kept(body):
    c = read(body)
    if "sent in error" in body:
        assert c.kind == "acknowledged", (c.rule, c.evidence)
    else:
        assert c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE, (c.rule, c.evidence)


# never a confirmation to act on, here and on the base
NEAR_MISSES = [
    "Os seus dados foram apagados da nossa base, mas ainda constam das bases dos nossos parceiros.",
    "Os seus dados foram apagados da nossa base, mas não dos nossos parceiros.",
    "Os seus dados serão apagados e já não constarão da nossa base.",
    "Se os seus dados forem apagados, já não constarão da nossa base nem dos nossos parceiros.",
    "Os seus dados já não constam da nossa base, nem dos nossos parceiros.",
    "Sus datos fueron eliminados de nuestra base, pero todavía constan en las bases de nuestros socios.",
    "Ihre Daten wurden gelöscht, sind aber bei unseren Partnern noch gespeichert.",
    "Your data has been deleted from our database, but it is still held by our partners.",
    "Your data has not been deleted and is still in our database.",
    "Vi har ikke slettet deg fra våre registre.",
    "Vi har slettet deg fra vår e-postliste. Saken er avsluttet.",
    "Vi vil slette deg fra våre registre innen en måned.",
    "Hvis du ønsker det, har vi slettet deg fra våre registre.",
    "Vi har tagit bort dig ur vårt nyhetsbrevsregister.",
    "Vi har inte tagit bort dig ur vårt register.",
    "Saken er avsluttet.",
    "Your request has been processed.",
    "Hemos procesado su solicitud.",
    "Your privacy request has been received through our OneTrust portal and will be processed within 45 days.",
    "Our previous e-mail saying your data was deleted was sent in error.",
]


# a deletion beside a record of the request or a suppression entry is still a confirmation (never made unsure by class 8)
STILL_CONFIRMED = [
    "We have deleted your listing. We keep a record of your request for compliance.",
    "We deleted your listing, but we keep a record of this request as the law requires.",
    "We have deleted your profile, but we keep your e-mail address on our suppression list so that you are not added again.",
]


@pytest.mark.parametrize("body", STILL_CONFIRMED)
def test_still_confirmed(body):
    c = read(body)
    assert c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE, (c.rule, c.evidence)


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_never_a_confirmation(body):
    c = read(body)
    assert not (c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE), (c.rule, c.evidence)
