"""Set V's false confirmations (tests/replies/setv, held out; the lead's first read, 2026-12-02: 10 of 182) as
classes, in wordings of our own (none a set V sentence), in the languages that write them, beside the near misses
each fix may never turn away from a confirmation (optout/mail/_classify.py, "set V's first read").

1. Only a mailing list left, with a subject that says it was done ("Baja confirmada"; an address in the sentence
   that tells of it): unsure.
2. A user account deleted (the broker's site account of whoever wrote, its saved searches): no listing removed,
   unsure.
3. A removal in the future whose date comes before the promise ("from the January 5 refresh on, her listing will
   no longer appear"; "a partir de esa fecha su ficha ya no aparecerá"): a receipt with a date, acknowledged.
4. The profile removed is a relative's of the client ("the profile of Daniel Ortiz, listed as your client's son"):
   unsure.
5. The broker doubts it removed the right person, in the words of the languages the earlier classes lacked ("si
   no es la persona que buscan", "se não for a pessoa que vocês procuram"): unsure.
6. A profile at another address removed, and none found at the address the letter gives ("we were unable to
   locate a profile at the Stockton address in your letter"): unsure.
7. The listing removed from the brand that answers, beside a note that its parent company's data is not covered
   ("this does not cover data our parent company keeps"): the request reached one part of the business, unsure.
"""

from __future__ import annotations

import pytest

from .test_replies_r32 import read  # a plain broker mail read, as r32's cases are


@pytest.mark.parametrize("subject, body", [
    ("Baja confirmada", "Listo.\n\nQuitamos el correo contacto@clinica-ejemplo.org de nuestro boletín de ofertas; ya "
     "no le llegarán nuestras promociones.\n\nEquipo Buscalo"),
    ("Ha sido dada de baja", "Hola:\n\nDimos de baja ayuda@clinica.example.org de la lista de correos promocionales "
     "de Datalia.\n"),
    ("You have been unsubscribed", "Done.\n\nWe removed help@clinic.example.org from our promotional e-mail list. "
     "You will not get our offers any more.\n"),
    ("Descadastro concluído", "Olá,\n\nRemovemos o e-mail ajuda@clinica.example.org da nossa lista de e-mails "
     "promocionais.\n"),
])
def test_a_mailing_list_left_under_a_subject_that_says_done_is_no_confirmation(subject, body):
    got = read(body, subject)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("subject, body", [
    ("Your account was deleted", "Hello,\n\nAs you asked, we deleted the Lookwise user account registered to "
     "help@clinic.example.org and its saved reports. This cannot be reversed.\n\nLookwise"),
    ("Cuenta eliminada", "Hola:\n\nTal como lo pidió, borramos su cuenta de usuario de Buscalo registrada con "
     "ayuda@clinica.example.org y su historial de búsquedas.\n"),
    ("Sua conta foi excluída", "Olá,\n\nExcluímos a conta de usuário vinculada a ajuda@clinica.example.org e as "
     "buscas salvas nela.\n"),
    ("Re: your request", "Hi,\n\nWe have deleted your Peoplewise account and its billing history.\n"),
])
def test_a_user_account_deleted_is_no_listing_removed(subject, body):
    got = read(body, subject)
    assert got.kind in ("unsure", "other"), got  # "other" where no removal word of ours is read at all


@pytest.mark.parametrize("body", [
    "Hola:\n\nLas bajas se procesan cada mes. La de su representado se hará efectiva con la actualización del 3 de "
    "enero; desde ese día su perfil ya no aparecerá.\n",
    "Hola:\n\nA partir de la próxima actualización, su ficha ya no aparecerá en el directorio.\n",
    "Hello,\n\nOpt-outs are applied in our monthly refresh. From the January 5 refresh on, her listing will no longer "
    "appear.\n",
    "Olá,\n\nA partir da próxima atualização, o perfil dela não aparecerá mais.\n",
])
def test_a_removal_dated_in_the_future_before_its_promise_is_a_receipt(body):
    got = read(body)
    assert got.kind == "acknowledged", got


@pytest.mark.parametrize("body", [
    "Hola:\n\nEliminamos su ficha hoy; a partir de ahora ya no aparecerá en las búsquedas.\n",
    "Hello,\n\nWe deleted her listing this morning. From now on it will no longer appear.\n",
])
def test_a_removal_done_now_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hola:\n\nYa borramos el perfil de Andrés Pacheco, que figuraba como hermano de su clienta.\n",
    "Hola:\n\nEliminamos el perfil de Tomás Reyes, que aparecía como esposo de su clienta en su ficha.\n",
    "Hello,\n\nWe removed the profile of Daniel Ortiz, who was listed as your client's son.\n",
    "Olá,\n\nExcluímos o perfil de Ana Souza, que aparece como mãe da sua cliente.\n",
    "Bonjour,\n\nNous avons supprimé la fiche de Marc Joseph, indiqué comme frère de votre cliente.\n",
])
def test_a_relatives_profile_removed_is_not_the_clients(body):
    got = read(body)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe removed your client's profile and the names of her son and daughter shown on it.\n",
    "Hola:\n\nEliminamos la ficha de su clienta, donde su hijo aparecía como familiar.\n",
])
def test_the_clients_own_profile_with_relatives_named_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hola:\n\nEliminamos un perfil de Rosa Ibarra, 52 años, de Tucson, AZ. Si no es la persona que ustedes buscan, "
    "mándennos el enlace.\n",
    "Hola:\n\nEliminamos la ficha que encontramos. Si no se trata de su clienta, avísennos.\n",
    "Olá,\n\nRemovemos um perfil de José Lima. Se não for a pessoa que vocês procuram, enviem o link.\n",
    "Bonjour,\n\nNous avons supprimé une fiche au nom de Paul Noël. Si ce n'est pas la personne que vous cherchez, "
    "envoyez-nous le lien.\n",
])
def test_the_brokers_doubt_in_more_words_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe deleted the profile at the link you gave (it shows Modesto, CA). We were unable to locate a "
    "profile at the Stockton address in your letter.\n",
    "Hola:\n\nEliminamos el perfil del enlace que enviaron (muestra Yuma, AZ). No pudimos encontrar ningún perfil "
    "en la dirección de Tucson que indica su carta.\n",
])
def test_another_addresss_profile_removed_and_none_at_the_letters_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "Hola:\n\nEliminamos la ficha de su clienta. Si tiene otra ficha, envíenos el enlace.\n",
    "Hello,\n\nWe deleted the profile at the link you gave. We found no other profiles.\n",
])
def test_near_misses_of_doubt_stay_confirmations(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe removed your client's listing from PeopleNook. This does not cover data our parent company, Alder "
    "Data, keeps for its marketing products; write to them directly.\n",
    "Hola:\n\nEliminamos la ficha de su clienta de BuscaFácil. Esta baja no incluye los datos que conserva nuestra "
    "empresa matriz, Datos Sur, para sus productos; escríbales directamente.\n",
])
def test_a_removal_that_does_not_reach_the_parent_company_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe removed your client's listing from PeopleNook and from our parent company's sites.\n",
    "Hola:\n\nEliminamos la ficha de su clienta de BuscaFácil y de todos los sitios de nuestra empresa matriz.\n",
])
def test_a_removal_that_reaches_the_parent_company_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


# A fresh review (review 37, 2026-12-02) found these classes' other wordings, and a confirmation the first version of
# class 3 lost.
@pytest.mark.parametrize("body", [
    "Hola:\n\nEliminamos la ficha de Daniel Ortiz, hijo de su clienta.\n",
    "Hola:\n\nBorramos la ficha del esposo de su clienta.\n",
    "Olá,\n\nExcluímos o perfil de Daniel Ortiz, filho da sua cliente.\n",
    "Bonjour,\n\nNous avons supprimé la fiche de Daniel Ortiz, fils de votre cliente.\n",
    "Hello,\n\nWe deleted the listing for Daniel Ortiz, listed as a relative of Ana Ortiz.\n",
    "Hello,\n\nWe found your client's brother and deleted his listing.\n",
    "Hello,\n\nWe removed a listing for a Maria Lopez. We are not certain this is your client.\n",
    "Hello,\n\nWe removed a listing for a Maria Lopez; it may not be the person you meant.\n",
    "Hola:\n\nEliminamos una ficha de María López, aunque puede que no sea su clienta.\n",
    "Hola:\n\nEliminamos una ficha de María López. No estamos seguros de que sea la persona que buscan.\n",
    "Hello,\n\nWe deleted a listing in Fresno. We found nothing at the Stockton address you gave.\n",
])
def test_the_reviews_other_wordings_are_no_confirmation(body):
    got = read(body)
    assert got.kind != "confirmed", got


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe deleted your client's profile today. After the next update, it will no longer appear in Google's "
    "cached results.\n",
    "Hola:\n\nEliminamos la ficha de su clienta. A partir de la próxima actualización ya no aparecerá tampoco en los "
    "buscadores.\n",
    "Olá,\n\nO perfil da sua cliente foi excluído. A partir da próxima atualização, não aparecerá mais nos buscadores.\n",
    "Hello,\n\nWe removed your client's listing and the listing of her son.\n",
])
def test_a_removal_done_beside_a_later_effect_elsewhere_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"


@pytest.mark.parametrize("body", [
    "Hola:\n\nEliminamos la ficha de su clienta de BuscaFácil. Los demás sitios del grupo siguen mostrándola.\n",
    "Olá,\n\nExcluímos o perfil da sua cliente. Os outros sites do grupo continuam exibindo o perfil.\n",
    "Bonjour,\n\nNous avons supprimé la fiche de votre cliente ; nos sites partenaires continuent de l'afficher.\n",
    "Hello,\n\nWe have deleted your user profile and login credentials.\n",
    "Hola:\n\nEliminamos su perfil de usuario y su contraseña.\n",
])
def test_a_listing_still_shown_elsewhere_or_a_user_profile_deleted_is_no_confirmation(body):
    got = read(body)
    assert got.kind == "unsure", got


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe deleted your client's profile and her user profile on our app.\n",
    "Hola:\n\nEliminamos la ficha de su clienta; ya no la seguimos mostrando.\n",
])
def test_the_clients_listing_removed_beside_those_words_stays_a_confirmation(body):
    assert read(body).kind == "confirmed"
