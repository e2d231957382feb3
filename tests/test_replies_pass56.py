"""Reply pass 56 (branch r56, 2026-12-04): families read by what they mean, in wordings of our own
(``optout/mail/_classify.py``, "reply pass 56"), several languages each:

1. An agent refused for want of proof, the request filed or closed ("No atendemos solicitudes remitidas por terceros sin
   acreditar la representación. Hemos archivado su escrito"): refused, not a paper still to send. Refused outright in
   the languages read in part (Russian, Korean, Tagalog, Haitian Creole).
2. "No longer in our database" with no deletion said: unsure (a person reads it), never confirmed.
3. Something done short of deletion (blocked, processing suspended or restricted, pseudonymised, hidden, archived), the
   data kept: unsure; blocked while the request is reviewed: acknowledged.
4. A do-not-contact, do-not-mail, marketing or suppression list, or a newsletter left: unsure.
5. A sale or sharing opt-out done, the deletion asked not: unsure.
6. The wrong department, the letter not passed on: unsure.
7. No account for the e-mail address written from: unsure.
8. An access request's answer for a deletion: unsure.
9. A request said incomplete (needs_info); a death certificate asked (needs_id); a receipt said in other words
   (acknowledged).
10. Never a confirmation: every row above, and the deletion verbs review 37 withdrew (``NEAR_MISSES``: pass 36's
   "procedimos a", "fue efectiva", "we matched and deleted" stay a person's to read, tests/test_replies_pass36.py).

Every row of ``READ`` is read otherwise on the base (main at 355247a1, checked on a git-archive copy); ``KEPT`` and
``STILL_CONFIRMED``, ``NEAR_MISSES`` hold there and here.
"""

from __future__ import annotations

import pytest

from optout.mail import ACT_CONFIDENCE

from .reading import assert_read, read

# (body, kind, confidence at least)
READ = [
    # 1. an agent without proof, the request filed or closed
    ("Muy señores nuestros:\n\nNo tramitamos solicitudes presentadas por terceros sin acreditar la representación. "
     "Hemos archivado su escrito.\n\nAtentamente", "refused", 0.9),
    ("No atendemos peticiones formuladas por apoderados sin poder notarial. Cerramos su expediente.", "refused", 0.9),
    ("Dear Sir or Madam,\n\nWe do not process requests submitted by third parties without proof of authorization. "
     "We have closed your request.\n\nPrivacy Team", "refused", 0.9),
    ("We cannot act on requests made on behalf of a consumer by an authorized agent without a signed permission. "
     "This ticket has been closed.", "refused", 0.9),
    ("Não atendemos pedidos de terceiros sem procuração. O seu pedido foi arquivado.", "refused", 0.9),
    ("Nous ne traitons pas les demandes de tiers sans mandat écrit. Nous avons classé votre dossier.", "refused", 0.9),
    ("Ohne Vollmacht bearbeiten wir keine Anfragen Dritter. Wir haben den Vorgang geschlossen.", "refused", 0.9),
    ("Non accettiamo richieste da terzi senza delega firmata. Abbiamo archiviato la sua richiesta.", "refused", 0.9),
    ("Wij behandelen geen verzoeken van derden zonder machtiging. We hebben uw verzoek gesloten.", "refused", 0.9),
    # 1. an agent refused outright, in the languages read in part
    ("Здравствуйте! Мы не принимаем запросы от представителей. Обратитесь к нам лично.", "refused", 0.9),
    ("안녕하세요. 저희는 대리인을 통한 요청은 받지 않습니다. 고객님이 직접 신청해 주십시오.", "refused", 0.9),
    ("Pasensya na po, hindi po kami tumatanggap ng request mula sa abogado o klinika.", "refused", 0.9),
    ("Bonjou, nou pa aksepte demann ki soti nan avoka oswa klinik. Se moun nan menm ki pou ekri nou.", "refused", 0.9),
    # 2. no longer held, no deletion said
    ("Hello,\n\nYour client's data is no longer in our database.\n\nRegards", "unsure", None),
    ("Hello, the record is no longer held in our systems.", "unsure", None),
    ("Ihre Daten sind nicht mehr in unserer Datenbank gespeichert.", "unsure", None),
    ("Os dados da sua cliente já não estão na nossa base de dados.", "unsure", None),
    # 3. short of deletion, the data kept
    ("We have restricted the processing of your client's data. It is kept only for the defence of legal claims.", "unsure", None),
    ("Your profile has been hidden from search results. The record remains in our products for business customers.", "unsure", None),
    ("Los datos de su representada han sido bloqueados y solo se conservarán durante los plazos de prescripción.", "unsure", None),
    ("Seus dados foram bloqueados e não serão usados para nenhuma finalidade além da guarda legal.", "unsure", None),
    ("Les données de votre cliente ont été pseudonymisées et ne sont plus utilisées à des fins commerciales.", "unsure", None),
    ("I dati della sua cliente sono stati bloccati e non saranno più trattati.", "unsure", None),
    ("De gegevens van uw cliënte zijn geblokkeerd en worden niet meer gebruikt.", "unsure", None),
    ("Ваши персональные данные заблокированы. Они хранятся в соответствии с законом.", "unsure", None),
    ("您好:该用户的资料已隐藏,但我们仍依法保存相关记录。", "unsure", None),
    ("안녕하십니까. 요청에 따라 개인정보의 처리를 정지하였습니다.", "unsure", None),
    # 3. blocked while the request is reviewed: a receipt
    ("Your client's data has been blocked while we review the request.", "acknowledged", None),
    ("Los datos quedaron bloqueados mientras revisamos su solicitud de supresión.", "acknowledged", None),
    # 4. lists
    ("Your client's name has been added to our do-not-mail list. Please allow 6-8 weeks for mailings to stop.", "unsure", None),
    ("We have placed the phone numbers in your letter on our internal do-not-call list.", "unsure", None),
    ("Hemos agregado su número a nuestra lista de no llamar.", "unsure", None),
    ("Incluímos o e-mail da sua cliente na nossa lista de exclusão de marketing.", "unsure", None),
    ("Nous avons inscrit votre cliente sur notre liste d'opposition.", "unsure", None),
    ("Wir haben Ihre Anschrift in unsere Werbesperrdatei aufgenommen.", "unsure", None),
    ("Abbiamo inserito il suo nominativo nella lista di opposizione interna.", "unsure", None),
    # 5. a sale opt-out, not the deletion
    ("A partir de hoy dejaremos de vender los datos de su clienta a terceros.", "unsure", None),
    ("Deixaremos de vender os dados da sua cliente a terceiros.", "unsure", None),
    # 6. the wrong department
    ("This inbox is for billing questions only. Privacy requests are handled by our privacy team; we have not "
     "forwarded your message.", "unsure", None),
    ("Esta es la oficina de facturación; no gestionamos solicitudes de privacidad.", "unsure", None),
    ("Nous n'avons pas transmis votre message : ce service ne traite pas les demandes de confidentialité.", "unsure", None),
    # 7. no account for the e-mail address
    ("We looked for an account and no account is registered with that e-mail address, so there is no account data to delete.", "unsure", None),
    ("Não encontramos nenhuma conta registrada com o e-mail informado.", "unsure", None),
    ("Aucun compte n'est associé à cette adresse e-mail.", "unsure", None),
    # 8. access answered for deletion
    ("Attached is a copy of the personal information we hold about your client. Your request was handled as a request to know.", "unsure", None),
    ("Su solicitud fue tramitada como solicitud de acceso; le enviamos la copia de sus datos.", "unsure", None),
    # 9. incomplete, a death certificate, a receipt
    ("Su reclamo está incompleto: falta el poder especial otorgado por el titular. Tienen cinco días hábiles para subsanarlo.", "needs_info", None),
    ("Votre demande est incomplète : il manque l'adresse de la fiche.", "needs_info", None),
    ("Our records show the person named as deceased. To remove the record we require a certified copy of the death "
     "certificate.", "needs_id", None),
    ("Para retirar el registro de una persona fallecida necesitamos copia certificada del acta de defunción.", "needs_id", None),
    ("Hi, we confirm receipt of your letter. The team is reviewing which of our sites hold the record.", "acknowledged", None),
    ("Hemos recibido el poder especial. Su reclamo queda en trámite mientras se resuelve.", "acknowledged", None),
]


@pytest.mark.parametrize("body,kind,sure", READ)
def test_read(body, kind, sure):
    assert_read(body, kind, sure)


# readings these families must not move (each held on the base too)
KEPT = [
    # an ask for the proof, nothing closed: the ask stays the answer
    ("We do not accept requests from third parties without a signed authorization. Please send it and we will process "
     "the request.", "needs_info"),
    ("Before we can act on this request we must verify the consumer's identity. Please send a copy of a government-issued "
     "photo ID. Requests without these documents are closed after 30 days.", "needs_id"),
    # a question is no list, no block
    ("Would you like us to add your client to our do-not-contact list?", "other"),
    # a refusal on the merits, a deletion, a receipt are read before the families
    ("We have deleted your profile and all records.", "confirmed"),
    ("Your request has been received and will be processed within 45 days.", "acknowledged"),
    # the families' members the reader already read so (a part kept, a sale opt-out beside the listing, a receipt)
    ("Ihre Daten wurden gesperrt und werden nur noch zur Erfüllung gesetzlicher Pflichten aufbewahrt.", "unsure"),
    ("Your request has been processed: we will no longer sell your personal information. Your listing is unchanged.", "unsure"),
    ("Wir bestätigen den Eingang Ihres Schreibens.", "acknowledged"),
]


@pytest.mark.parametrize("body,kind", KEPT)
def test_kept(body, kind):
    assert_read(body, kind, None)


# a deletion beside a suppression entry or a do-not-contact list stays a confirmation (the families read only "other")
STILL_CONFIRMED = [
    "We have deleted your profile.",
    "We have deleted your profile and all records. We keep your e-mail address on our suppression list so you are not contacted again.",
    "Hemos eliminado sus datos de nuestros sistemas. Conservamos su correo electrónico en una lista de exclusión para no volver a contactarle.",
]


@pytest.mark.parametrize("body", STILL_CONFIRMED)
def test_still_confirmed(body):
    c = read(body)
    assert c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE, (c.rule, c.evidence)


# the deletion verbs review 37 withdrew (tests/test_replies_pass36.py), negated, promised, conditional, partial or about
# someone else, and every family's row: never a confirmation acted on
NEAR_MISSES = [
    "We have not matched and deleted anything yet.",
    "If we matched and deleted the record, we will tell you.",
    "No procedimos a suprimir los datos porque la titular mantiene una deuda vigente.",
    "Procederemos a suprimir sus datos en un plazo de 10 días.",
    "Procedimos a eliminar el teléfono; los demás datos se conservan por tener origen en fuentes públicas.",
    "We reviewed and removed the profile of his neighbour, not your client's.",
    "La supresión será efectiva el 12 de noviembre.",
    "¿Procedimos a suprimir los datos? Todavía no: seguimos revisando su solicitud.",
]


@pytest.mark.parametrize("body", [*NEAR_MISSES, *(b for b, k, _ in READ if k != "confirmed")])
def test_never_a_confirmation(body):
    c = read(body)
    assert not (c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE), (c.rule, c.evidence)
