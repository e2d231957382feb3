"""Set V (tests/replies/setv), retired to development on 2026-12-02 (branch r37): the older false confirmations and
set V's misses read as classes, each fixed where the class lives (``optout/mail/_classify.py``, "set V retired"), in
the languages that write it. Every reply below is worded by us (no set V sentence), beside the near misses that must
keep their reading: no reply that is not a confirmation may become ``confirmed``.

1. A record deleted from a mailing system or a direct-mail, postal or catalogue file: a mailing list left (unsure).
2. The listing said to stop showing only after the next update: a removal promised (acknowledged), unless what stops
   showing it is a search engine, a cache or a partner's feed.
3. A duplicate REQUEST deleted (one or two determiners, the plural, the duplicate after the noun): never confirmed.
4. The data the writer gave in a form deleted, the rest telling of no removal: unsure.
5. "No record" found for an e-mail address only: unsure (a listing is found by name and address).
6. A removal put on a schedule ("scheduled for removal in the January refresh", "se procesará en la próxima
   actualización"), read as nothing before: acknowledged.
7. A short reply from a phone that takes the case on ("Will do!", "ok, lo veo y le escribo"): acknowledged.
8. A removal and "and will not appear in our search results" (its lasting, not a part undone): confirmed; with the
   removal negated, or a part only, never.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read  # a plain broker mail read, as r32's cases are

NOT_CONFIRMED = "not confirmed"

# (class, reply, the reading it must have: a kind, or NOT_CONFIRMED)
CASES = [
    # 1. a mailing system or file
    (1, "Hello,\n\nYour client's record has been deleted from our mailing system and she will receive no more mailings.\n\nPrivacy Team", "unsure"),
    (1, "Hello,\n\nWe have deleted your client's record from our direct mail database.\n\nPrivacy Team", "unsure"),
    (1, "Hello,\n\nHer record was purged from our postal mailing file.\n\nPrivacy Team", "unsure"),
    (1, "Olá,\n\nRemovemos o registro da sua cliente do nosso sistema de mala direta.\n\nPrivacidade", "unsure"),
    (1, "Bonjour,\n\nNous avons supprimé sa fiche de notre fichier de publipostage.\n\nConfidentialité", "unsure"),
    (1, "Hello,\n\nWe deleted her profile and removed her from our mailing system.\n\nPrivacy Team", "confirmed"),
    (1, "Hola:\n\nHemos eliminado su perfil del sitio; también la quitamos de nuestra lista de correo postal.\n\nPrivacidad", "confirmed"),
    (1, "Bonjour,\n\nNous avons supprimé sa fiche du site et de notre fichier de publipostage.\n\nConfidentialité", "confirmed"),
    # 2. the listing gone only after the next update
    (2, "Hello,\n\nWe have processed the deletion; after our next data update her profile will no longer show.\n\nPrivacy Team", "acknowledged"),
    (2, "Hello,\n\nThe deletion has been processed. Once our next data refresh runs, the listing won't appear.\n\nPrivacy Team", "acknowledged"),
    (2, "Hello,\n\nWe deleted the record; after the next update of our site the profile will disappear.\n\nPrivacy Team", "acknowledged"),
    (2, "Hola:\n\nHemos procesado la eliminación; tras la próxima actualización de datos su perfil ya no aparecerá.\n\nPrivacidad", "acknowledged"),
    (2, "Olá,\n\nProcessamos a exclusão; após a próxima atualização dos dados o perfil dela não aparecerá mais.\n\nPrivacidade", "acknowledged"),
    (2, "Bonjour,\n\nNous avons traité la suppression ; après notre prochaine mise à jour, son profil n'apparaîtra plus.\n\nConfidentialité", "acknowledged"),
    (2, "Hello,\n\nWe have removed the listing. After the next update of Google's index it will no longer appear in search results.\n\nPrivacy", "confirmed"),
    (2, "Hello,\n\nWe removed the listing today; after the next update, search engines will stop showing it.\n\nPrivacy", "confirmed"),
    (2, "Olá,\n\nRemovemos o perfil dela; após a próxima atualização do Google ele não aparecerá mais nos buscadores.\n\nPrivacidade", "confirmed"),
    (2, "Hello,\n\nWe deleted the listing. From our next data refresh on, the listing will not appear in partner feeds either.\n\nPrivacy", "confirmed"),
    (2, "Hello,\n\nHer profile was removed today and will no longer appear.\n\nPrivacy", "confirmed"),
    # 3. a duplicate request deleted
    (3, "Olá,\n\nExcluímos a sua solicitação duplicada.\n\nPrivacidade", NOT_CONFIRMED),
    (3, "Olá,\n\nApagamos as suas solicitações repetidas.\n\nPrivacidade", NOT_CONFIRMED),
    (3, "Bonjour,\n\nNous avons supprimé votre demande dupliquée.\n\nConfidentialité", NOT_CONFIRMED),
    (3, "Olá,\n\nExcluímos o perfil e a solicitação duplicada.\n\nPrivacidade", "confirmed"),
    (3, "Hola:\n\nEliminamos su ficha y la solicitud duplicada.\n\nPrivacidad", "confirmed"),
    # 4. the form's data deleted
    (4, "Hola:\n\nBorramos los datos que nos envió por el formulario. No administramos la ficha pública.\n\nSoporte", "unsure"),
    (4, "Hello,\n\nWe deleted all the contact details you gave us in the form; we do not control the public listing.\n\nSupport", "unsure"),
    (4, "Hello,\n\nWe erased the information you submitted through our contact form. The public profile is not ours to control.\n\nSupport", "unsure"),
    (4, "Olá,\n\nApagamos todos os dados de contato que você nos deu no formulário; o anúncio público não é controlado por nós.\n\nSuporte", "unsure"),
    (4, "Bonjour,\n\nNous avons supprimé les coordonnées que vous nous avez données dans le formulaire ; nous ne contrôlons pas la fiche publique.\n\nSupport", "unsure"),
    (4, "Hello,\n\nWe deleted the profile your client sent us in the form.\n\nSupport", "confirmed"),
    (4, "Hello,\n\nWe deleted the profile. The details you gave us in the form were deleted too.\n\nSupport", "confirmed"),
    (4, "Hola:\n\nEliminamos la ficha de su clienta usando los datos que nos dio en el formulario.\n\nSoporte", "confirmed"),
    (4, "Hello,\n\nWe removed all listings matching the details you sent us in the form.\n\nSupport", "confirmed"),
    # 5. "no record" for an e-mail address only
    (5, "Hello,\n\nWe looked up the e-mail address in your letter and found no record tied to it.\n\nSupport", "unsure"),
    (5, "Hola:\n\nRevisamos el correo electrónico de su clienta y no encontramos ningún registro con esa dirección.\n\nSoporte", "unsure"),
    (5, "Olá,\n\nConsultamos o e-mail informado e não localizamos nenhum cadastro ligado a ele.\n\nSuporte", "unsure"),
    (5, "Bonjour,\n\nNous n'avons trouvé aucun dossier lié à l'adresse courriel de votre cliente.\n\nSupport", "unsure"),
    (5, "Bonjou,\n\nNou pa jwenn okenn dosye ki mache ak adrès imèl kliyan ou a.\n\nSipò", "unsure"),
    (5, "Xin chào,\n\nChúng tôi không tìm thấy dữ liệu nào gắn với địa chỉ email của khách hàng quý vị.\n\nHỗ trợ", "unsure"),
    (5, "您好:\n\n我们没有找到与您客户的电子邮件地址关联的任何资料。\n\n客服部", "unsure"),
    (5, "مرحبا،\n\nلم نعثر على أي سجل مرتبط بالبريد الإلكتروني لموكلتكم.\n\nالدعم", "unsure"),
    (5, "Salaan,\n\nMa helin wax xog ah oo ku xiran iimaylka macmiilkaaga.\n\nTaageerada", "unsure"),
    (5, "Здравствуйте!\n\nМы не нашли никаких данных по адресу электронной почты вашей клиентки.\n\nПоддержка", "unsure"),
    (5, "Hello,\n\nWe searched by your client's name and e-mail address and found no record.\n\nSupport", "refused"),
    (5, "Hello,\n\nWe found no record of your client in our database.\n\nSupport", "refused"),
    (5, "Hola:\n\nBuscamos por nombre y correo electrónico y no encontramos ningún registro de su clienta.\n\nSoporte", "refused"),
    (5, "Hello,\n\nWe could not find any account registered under the e-mail address you gave.\n\nSupport", "refused"),
    (5, "Hi,\n\nApologies for our previous e-mail saying the profile was deleted: we could not find it.\n\nSupport", "refused"),
    # 6. a removal put on a schedule, read as nothing before
    (6, "Hi,\n\nYour client's profile is scheduled for removal in the January data refresh.\n\nSupport", "acknowledged"),
    (6, "Hola:\n\nSu solicitud se procesará en la próxima actualización semanal.\n\nSoporte", "acknowledged"),
    (6, "Olá,\n\nO pedido será processado no próximo ciclo.\n\nSuporte", "acknowledged"),
    (6, "Bonjour,\n\nVotre demande sera traitée lors de la prochaine mise à jour.\n\nSupport", "acknowledged"),
    (6, "Hi,\n\nYour request will not be processed in our next update: we need the signed form.\n\nSupport", "refused"),
    (6, "Hi,\n\nWe removed the profile. It is scheduled to be removed from our partner sites next week too.\n\nSupport", "confirmed"),
    # 7. a short "will do" from a phone
    (7, "Will do!\n\nSent from my iPhone", "acknowledged"),
    (7, "ok, lo veo y le escribo\n\nEnviado desde mi iPhone", "acknowledged"),
    (7, "Ok, vou verificar e te aviso\n\nEnviado do meu iPhone", "acknowledged"),
    (7, "Will do. Please send a copy of her ID first.\n\nSent from my iPhone", "needs_id"),
    # 8. a removal and "and will not appear in our search results"
    (8, "Hello,\n\nYour client's listing has been removed from Pine Hollow Search and will not appear in our search results.\n\nSupport", "confirmed"),
    (8, "Bonjour,\n\nLa fiche de votre cliente a été supprimée et n'apparaîtra pas dans nos résultats.\n\nSupport", "confirmed"),
    (8, "Hola:\n\nLa ficha de su clienta fue eliminada y no aparecerá en nuestras búsquedas.\n\nSoporte", "confirmed"),
    (8, "Hello,\n\nThe listing has not been removed and will not appear in our search results only while we review it.\n\nSupport", NOT_CONFIRMED),
    (8, "Hello,\n\nThe listing will not appear in our search results while we review your request.\n\nSupport", NOT_CONFIRMED),
    (8, "Hello,\n\nWe removed the phone number and it will not appear on our site; the rest of the profile stays.\n\nSupport", NOT_CONFIRMED),
]


@pytest.mark.parametrize("cls, body, must", CASES, ids=[f"class{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_each_class_reads_as_its_table_says(cls, body, must):
    kind = read(body).kind
    if must == NOT_CONFIRMED:
        assert kind != "confirmed"
    else:
        assert kind == must


# evidence is stored in event data: the matched span, never an e-mail address or a name a rule's gap crossed
@pytest.mark.parametrize("body, address_or_name", [
    ("Hello,\n\nWe removed ayuda@clinica.example.org from our direct mail database.\n\nPrivacy", "ayuda@"),
    ("Hola:\n\nDimos de baja ayuda@clinica.example.org de la lista de correo promocional.\n\nSoporte", "ayuda@"),
    ("Hello,\n\nWe deleted everything Maria Lopez sent us through our contact form; the public listing is not ours.\n\nSupport", "lopez"),
])
def test_the_evidence_of_these_classes_holds_no_address_and_no_name(body, address_or_name):
    verdict = read(body)
    assert verdict.kind == "unsure" and verdict.evidence
    assert address_or_name not in verdict.evidence.lower()
