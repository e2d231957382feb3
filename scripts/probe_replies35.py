"""Probe pass 35 (branch r35, 2026-12-02): replies written for this pass against the eleven classes added today (the
lead's five from set U's first read, tests/test_replies_setu_promises.py: a removal undone or a record back, a
listing hidden for a time only, "opt-out processed" beside a relisting warning, the broker's own doubt, another town
of the request's state; and branch r34's six, tests/test_replies_pass34.py: erasure in the laws' past tense, "will
not show it again", the broker's own place or a name after thanks, an exemption conceded and the removal done
anyway, a colleague's forward, Spanish "borramos"), as a stranger to those fixes would write them, in English,
Spanish (formal, Mexican, Caribbean, Spain's), Portuguese, French and Haitian Creole: each class's true cases in
new wordings and its near misses, which must keep their reading. No sentence copied from any tests/replies set; set
U's replies were not opened.
Run: PYTHONPATH=. .venv/bin/python scripts/probe_replies35.py [-v]

Prints every reply read wrongly on the line that decides a case (confirmed or not, and a link opened or not); with
-v, every reply."""

from __future__ import annotations

import sys
from email.header import Header

from _probe import NI, A, C, R, U, run_replies  # scripts/, this file's directory: sys.path[0]


QUOTE = {
    "en": "\n\nOn Mon, Nov 30, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n> As authorised agent for Rosa Elena Quispe Mamani, 41, of {town}, {st}, we ask you to delete every listing of her.\n> Reference: OPT-P-035\n",
    "es": "\n\nEl lun, 30 nov 2026 a las 9:00, Clínica <clinic@example.org> escribió:\n> Como agente autorizado de Rosa Elena Quispe Mamani, de 41 años, de {town}, {st}, pedimos que borren todos sus datos.\n> Referencia: OPT-P-035\n",
}


def q(said: str, lang: str = "en", town: str = "Saint Paul", st: str = "MN") -> str:
    """A broker's reply ``said`` above our request quoted back (the client's town and state code)."""
    hello = {"en": "Hello,", "es": "Buenos días:"}[lang]
    return hello + "\n\n" + said + "\n\nPrivacy Desk" + QUOTE[lang].format(town=town, st=st)


def fwd(note: str, inner: str) -> str:
    """A colleague's forward: their note, then the broker's answer under a forward header."""
    return (note + "\n\n---------- Forwarded message ---------\nFrom: Privacy <privacy@broker.example>\n"
            "Date: Fri, Nov 27, 2026\nSubject: Your request\n\n" + inner + "\n")


# (label, subject, body, charset)
PROBES: list[tuple[str, str, str, str]] = [
    # ---- 1. a removal undone, or the record back (_UNDONE, _CONDITION_BEFORE)
    (U, "", "Hi,\n\nFollowing an internal review, your opt-out was revoked and the profile is live again.\n\nTrust & Safety", ""),
    (U, "", "Hello,\n\nOur data vendor re-imported the record last week, so the listing we removed in October is back on our site.\n\nSupport", ""),
    (U, "", "Hi,\n\nWe need to let you know the deletion was rolled back during a database restore. The profile shows again.\n\nSupport", ""),
    (U, "", "Hello,\n\nThe removal of your listing has since been reversed because the request could not be verified.\n\nPrivacy", ""),
    (U, "", "Hi there,\n\nApologies: we reinstated the profile by mistake when we migrated our servers.\n\nSupport", ""),
    (U, "", "Estimada señora:\n\nLe informamos que la baja fue revertida y su perfil volvió a aparecer en el buscador.\n\nAtención al Cliente", ""),
    (U, "", "Hola,\n\nOye, tu ficha ya está otra vez publicada, se nos reactivó cuando actualizamos la base.\n\nSoporte", ""),
    (U, "", "Olá,\n\nInformamos que a exclusão foi desfeita e o seu perfil voltou a aparecer no site.\n\nEquipe de Privacidade", ""),
    (U, "", "Bonjour,\n\nSuite à une erreur, la suppression a été annulée et votre fiche est de nouveau en ligne.\n\nService client", ""),
    (U, "", "Bonjou,\n\nNou te retire fich ou a, men li tounen parèt sou sit la ankò apre mizajou a.\n\nSèvis Kliyan", ""),
    # near misses: warnings, other people, the word about something else
    (C, "", "Hello,\n\nWe have removed your listing. If a county publishes a new record about you, it could be visible again.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nYour profile has been deleted. Records of other people sometimes reappear when our sources refresh, but yours is on our suppression list.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nThe listing that was visible again after our March refresh has now been permanently deleted.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nWe deleted the profile. Nothing has been reversed and nothing will be re-added.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nWe removed your client's listing. Should it ever be republished by a partner, please write to us and we will remove it again.\n\nPrivacy", ""),
    (C, "", "Hola,\n\nEliminamos su perfil de nuestro sitio. Si en el futuro vuelve a aparecer, escríbanos y lo retiramos.\n\nSoporte", ""),
    (C, "", "Olá,\n\nRemovemos o seu perfil. Caso ele volte a aparecer, responda a este e-mail.\n\nSuporte", ""),
    (C, "", "Bonjour,\n\nNous avons supprimé votre fiche. Si elle est de nouveau visible un jour, écrivez-nous.\n\nSupport", ""),
    (C, "", "Hello,\n\nWe deleted the listing. Earlier this year a removal applied in error to another customer's account was fixed; that has nothing to do with your request.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nWe removed the profile. The opt-out you sent in 2024 was cancelled when that account closed, so we treated this as a new request and completed it.\n\nPrivacy", ""),

    # ---- 2. a listing hidden for a time only (_FOR_A_TIME)
    (U, "", "Hello,\n\nYour listing will be hidden from search for 12 months. After that it may show up again unless you submit a new request.\n\nSupport", ""),
    (U, "", "Hi,\n\nWe have suppressed the profile. The suppression lapses after two years.\n\nPrivacy", ""),
    (U, "", "Hello,\n\nYour record is blocked from public view for 180 days; the block expires automatically.\n\nPrivacy", ""),
    (U, "", "Hello,\n\nThe opt-out is valid for one year and has to be renewed every year.\n\nPrivacy", ""),
    (U, "", "Buenos días,\n\nSu ficha quedará oculta durante 12 meses; la ocultación caduca después de ese plazo.\n\nPrivacidad", ""),
    (U, "", "Hola,\n\nBloqueamos tu perfil por un año. Si no lo renuevas, vuelve a estar visible.\n\nSoporte", ""),
    (U, "", "Olá,\n\nSeu perfil ficará oculto por 6 meses; o bloqueio expira depois disso.\n\nPrivacidade", ""),
    (U, "", "Bonjour,\n\nVotre fiche est masquée pour une durée de deux ans ; le masquage expire ensuite.\n\nConfidentialité", ""),
    (U, "", "Bonjou,\n\nNou kache pwofil ou a pou yon ane sèlman; apre sa li ka parèt ankò.\n\nSèvis Kliyan", ""),
    # near misses
    (C, "", "Hello,\n\nYour profile has been deleted. We keep your opt-out on file for three years so that you are not added back.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nWe removed your listing. Your removal confirmation number RC-4412 expires in 30 days, so save it if you want to write back.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nWe deleted the record. Note that the link in your earlier opt-out e-mail has expired; no action is needed.\n\nPrivacy", ""),
    (C, "", "Hola,\n\nEliminamos su ficha de forma definitiva. Conservamos la solicitud 24 meses para no volver a incluirla.\n\nPrivacidad", ""),
    (C, "", "Olá,\n\nExcluímos o cadastro definitivamente. Guardamos o pedido por dois anos para não incluí-la de novo.\n\nPrivacidade", ""),

    # ---- 3. "opt-out processed" beside a relisting warning (_RELIST_WARNING)
    (U, "", "Hello,\n\nYour opt-out has been processed. Please be aware that removed listings may reappear as new public records become available.\n\nSupport", ""),
    (U, "", "Hi,\n\nThe opt-out was handled. Listings can come back when our data providers update.\n\nSupport", ""),
    (U, "", "Hola,\n\nSu baja fue procesada. Tenga en cuenta que los listados pueden volver a aparecer.\n\nSoporte", ""),
    (U, "", "Olá,\n\nSeu opt-out foi processado. Os anúncios removidos podem voltar a aparecer.\n\nSuporte", ""),
    (U, "", "Bonjour,\n\nVotre opposition a été traitée. Les fiches supprimées peuvent réapparaître.\n\nSupport", ""),
    # near misses: an outcome said, or the warning with "if"
    (C, "", "Hello,\n\nYour opt-out has been processed and the listing removed. If new public records are found, a listing could reappear.\n\nSupport", ""),
    (C, "", "Hello,\n\nWe removed your profile. Like any people-search site, listings may reappear if a new source lists you, so check again in a few months.\n\nSupport", ""),
    (C, "", "Hello,\n\nYour listing has been removed. Other people's listings may reappear when sources refresh; yours is suppressed.\n\nSupport", ""),
    (C, "", "Hola,\n\nSu baja fue procesada y eliminamos su perfil. Si aparecen registros nuevos, el perfil puede volver a aparecer.\n\nSoporte", ""),
    (C, "", "Olá,\n\nRemovemos o seu perfil. Se houver novos registros públicos, ele pode voltar a aparecer.\n\nSuporte", ""),
    (C, "", "Bonjour,\n\nNous avons supprimé votre fiche. Si de nouvelles données arrivent, elle peut réapparaître.\n\nSupport", ""),
    (C, "", "Hello,\n\nWe've deleted your client's profile from our site. Removed listings can return if you sign up again, so please don't.\n\nSupport", ""),

    # ---- 4. the broker's own doubt (_MAYBE_ANOTHER)
    (U, "", q("We removed one profile under that name. If this isn't the person you meant, please tell us."), ""),
    (U, "", q("We removed the profile we found. In case the person we removed is someone else, let us know and we will restore it."), ""),
    (U, "", q("We deleted a listing in Minneapolis. We could not find any record at the address in your letter."), ""),
    (U, "", q("Eliminamos un perfil con ese nombre. Si no era la persona correcta, avísenos.", "es"), ""),
    (U, "", q("Borramos el perfil que encontramos. Si su cliente es otra persona, nos avisa.", "es"), ""),
    (U, "", "Olá,\n\nRemovemos um perfil com esse nome. Caso não seja a pessoa certa, nos avise.\n\nSuporte", ""),
    (U, "", "Bonjour,\n\nNous avons supprimé une fiche à ce nom. Si ce n'était pas la bonne personne, dites-le-nous.\n\nSupport", ""),
    (U, "", "Bonjou,\n\nNou retire yon pwofil ak non sa a. Si se pa bon moun nan, fè nou konnen.\n\nSèvis Kliyan", ""),
    # near misses: the right person, no doubt
    (C, "", q("We deleted her listing today, so we have no listing under that name anymore."), ""),
    (C, "", q("We found no other listings under that name; the one we had has been removed."), ""),
    (C, "", q("We removed the profile. If your client is listed on other sites, you will need to contact them separately."), ""),
    (C, "", q("We removed the listing at the address in your letter. There is no record for her at that address now."), ""),
    (C, "", q("Eliminamos su ficha. Ya no encontramos ningún registro con ese nombre en nuestro sitio.", "es"), ""),
    (C, "", q("We deleted the profile matching the name, age and town in your letter."), ""),

    # ---- 5. another town of the request's state (_another_town), and the client's own town written otherwise
    (U, "", q("We removed the listing for Rosa Quispe, Duluth, MN."), ""),
    (U, "", q("The profile of Rosa E. Quispe of Rochester, MN has been deleted."), ""),
    (U, "", q("Eliminamos la ficha de Rosa Quispe de Bloomington, MN.", "es"), ""),
    (U, "", q("We removed the listing for Rosa Quispe, Buffalo, NY.", town="New York", st="NY"), ""),
    (U, "", q("We deleted the record of Rosa Quispe in Austin, TX.", town="El Paso", st="TX"), ""),
    # near misses: the same town, written otherwise
    (C, "", q("We removed the listing for Rosa Quispe, St Paul, MN."), ""),
    (C, "", q("We removed the listing for Rosa Quispe, St. Paul, MN 55102."), ""),
    (C, "", q("We removed the listing for Rosa Quispe of Saint Paul, Minn."), ""),
    (C, "", q("We removed the listing at 55102 for Rosa Quispe."), ""),
    (C, "", q("We removed the listing for Rosa Quispe, New York City, NY.", town="New York", st="NY"), ""),
    (C, "", q("We removed the listing for Rosa Quispe, NYC, NY.", town="New York", st="NY"), ""),
    (C, "", q("We removed the listing for Rosa Quispe, New York, NY.", town="New York City", st="NY"), ""),
    (C, "", q("Eliminamos la ficha de Rosa Quispe de Nueva York, NY.", "es", town="New York", st="NY"), ""),
    (C, "", q("We removed the listing for Rosa Quispe, Ft Worth, TX.", town="Fort Worth", st="TX"), ""),
    (C, "", q("We removed the listing for Rosa Quispe, Mt. Vernon, NY.", town="Mount Vernon", st="NY"), ""),
    (C, "", q("We deleted the listing for Rosa Quispe, San José, CA.", town="San Jose", st="CA"), ""),
    (C, "", q("We deleted the listing for Rosa Quispe, Saint Paul, MN. Our office is in Minneapolis, MN."), ""),
    (C, "", q("Our Minneapolis, MN privacy team has deleted the listing you sent."), ""),
    (C, "", q("We, a company based in Minneapolis, MN, have removed the listing you sent."), ""),
    (C, "", q("We removed the listing you sent.\n\nDataTrail Inc., 200 Main St, Minneapolis, MN 55401"), ""),
    (C, "", q("Your client's listing was removed. Please send future requests to our office at 9 Elm St, Minneapolis, MN 55401."), ""),
    (C, "", q("We removed the listing for Rosa Quispe, Saint Paul, MN, and the old one from when she lived in Duluth, MN."), ""),

    # ---- 6. erasure in the laws' past tense (_R34_DONE)
    (C, "", "Estimado cliente:\n\nLe comunicamos que hemos procedido a la eliminación de sus datos personales de nuestros ficheros.\n\nDelegado de Protección de Datos", ""),
    (C, "", "Muy señora nuestra:\n\nLa supresión de sus datos se hizo efectiva el 27 de noviembre.\n\nDPD", ""),
    (C, "", "Buenas tardes,\n\nSu solicitud de supresión ha sido finalizada.\n\nEquipo de Privacidad", ""),
    (C, "", "Bonjour,\n\nNous vous confirmons la destruction de vos renseignements personnels.\n\nResponsable de la protection des renseignements", ""),
    (C, "", "Bonjour,\n\nVos renseignements personnels ont été détruits conformément à la Loi 25.\n\nConfidentialité", ""),
    # near misses: a promise, a negation, a condition, a bare "completed"
    (A, "", "Estimado cliente:\n\nProcederemos a la supresión de sus datos en un plazo de 15 días hábiles.\n\nDPD", ""),
    (NI, "", "Estimado cliente:\n\nNo procedimos a la eliminación de sus datos porque falta una copia de su identificación.\n\nDPD", ""),
    (A, "", "Estimado cliente:\n\nLa cancelación de sus datos se hará efectiva en diez días.\n\nDPD", ""),
    (U, "", "Bonjour,\n\nNous ne pouvons pas vous confirmer la destruction de vos renseignements pour le moment.\n\nConfidentialité", ""),
    (U, "", "Hola,\n\nSu solicitud fue finalizada.\n\nSoporte", ""),
    (NI, "", "Estimada señora:\n\nSi nos envía una copia de su DNI, procederemos a la supresión de sus datos.\n\nDPD", ""),

    # ---- 7. "will not show it again" (_NOT_AGAIN)
    (C, "", "Hello,\n\nWe deleted her profile and won't pull her details from our vendors again.\n\nPrivacy", ""),
    (C, "", "Hola,\n\nBorramos su perfil y no lo volveremos a publicar.\n\nSoporte", ""),
    (C, "", "Olá,\n\nExcluímos o perfil e não vamos exibi-lo novamente.\n\nSuporte", ""),
    (C, "", "Bonjour,\n\nNous avons supprimé la fiche et ne l'afficherons plus.\n\nSupport", ""),
    (C, "", "Bonjou,\n\nNou efase pwofil la, li pap parèt ankò sou sit nou an.\n\nSèvis Kliyan", ""),
    # near misses
    (NI, "", "Hello,\n\nOnce you confirm your e-mail address, your profile will not be shown again.\n\nPrivacy", ""),
    (U, "", "Hello,\n\nYour profile will not be shown in search results again.\n\nPrivacy", ""),
    (R, "", "Hello,\n\nWe have not deleted the profile, but we will not sell it again.\n\nPrivacy", ""),
    (U, "", "Hola,\n\nNo volveremos a mostrar su teléfono, pero el perfil sigue publicado.\n\nSoporte", ""),

    # ---- 8. the broker's own place, a name after thanks (_OWN_PLACE, _states_said)
    (C, "", q("We are headquartered in Tulsa, Oklahoma. Your client's listing has been deleted."), ""),
    (C, "", q("Thanks, Al. The listing you sent has been removed."), ""),
    (C, "", q("Gracias, Mo. Ya eliminamos la ficha que nos mandó.", "es"), ""),
    (C, "", q("We removed the listing. Our mailing address is 5 Oak Ave, Reno, NV 89501."), ""),
    (C, "", q("Nuestras oficinas están en Miami, Florida. Eliminamos el perfil de su clienta.", "es"), ""),
    (C, "", q("Nosso escritório fica em Newark, New Jersey. Removemos o perfil da sua cliente."), ""),
    # near misses: the listing's own state is another
    (U, "", q("We deleted the listing of Rosa Quispe, Columbus, Ga. Thanks."), ""),
    (U, "", q("We deleted the profile of Rosa Quispe, Tulsa, Oklahoma. Our office is in Saint Paul, Minnesota."), ""),
    (U, "", q("We removed the record of Rosa Quispe from Reno, NV; we are based in Minnesota."), ""),

    # ---- 9. an exemption conceded, the removal done anyway (_done_despite)
    (C, "", "Hello,\n\nWhile public-record data is exempt under state law, we have nonetheless removed your client's listing.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nEven though records from public sources are exempt, we deleted the profile as a courtesy.\n\nPrivacy", ""),
    (C, "", "Hola,\n\nAunque los datos de registros públicos están exentos, eliminamos su ficha por cortesía.\n\nPrivacidad", ""),
    (C, "", "Olá,\n\nEmbora os dados de registros públicos sejam isentos, removemos o perfil por cortesia.\n\nPrivacidade", ""),
    # near misses
    (U, "", "Hello,\n\nWe removed the listing. However, public records are exempt and we will keep showing court records about her.\n\nPrivacy", ""),
    (R, "", "Hello,\n\nAlthough we understand your concern, public records are exempt and we cannot remove them.\n\nPrivacy", ""),
    (A, "", "Hello,\n\nWhile public records are exempt, we will remove the listing as a courtesy within 30 days.\n\nPrivacy", ""),
    (R, "", "Hello,\n\nEven though you asked, public records are exempt, so we have not removed the listing.\n\nPrivacy", ""),

    # ---- 10. a colleague's forward
    (C, "Fwd: Your request", fwd("Hi team, see the broker's answer below.", "Your opt-out request has been completed."), ""),
    (C, "Fwd: Your request", fwd("Les reenvío la respuesta del broker.", "Su solicitud de supresión fue completada. Su perfil fue eliminado."), ""),
    (C, "Fwd: Your request", fwd("Encaminho a resposta.", "Excluímos o seu cadastro do nosso site."), ""),
    (C, "Fwd: Your request", fwd("Voir ci-dessous.", "Nous avons supprimé votre fiche de notre annuaire."), ""),
    # near misses
    (A, "Fwd: Your request", fwd("FYI, their answer below.", "We have received your opt-out request and will process it within 45 days."), ""),
    (U, "Fwd: Your request", fwd("See below, it looks done?", "Your request has been processed."), ""),
    (NI, "Fwd: Your request", fwd("See below, they want more.", "Before we can delete the profile, please send the listing URL."), ""),

    # ---- 11. Spanish "borramos" and kin, several registers
    (C, "", "Hola,\n\nYa borramos toda tu info de la página, no te preocupes.\n\nSoporte", ""),
    (C, "", "Saludos,\n\nYa le borramos el perfil a su clienta, no se apure.\n\nSoporte", ""),
    (C, "", "Hola:\n\nOs confirmamos que hemos borrado la ficha de vuestra representada.\n\nAtención al cliente", ""),
    (C, "", "Buenas,\n\nBorramos el listado que nos enviaron. Ya no sale en el buscador.\n\nSoporte", ""),
    (C, "", "Estimada:\n\nLa borramos de nuestro directorio el día de hoy.\n\nSoporte", ""),
    # near misses
    (U, "", "Hola,\n\nBorramos cada mes los datos que tienen más de cinco años.\n\nSoporte", ""),
    (NI, "", "Hola,\n\n¿Borramos también la cuenta de correo de su clienta?\n\nSoporte", ""),
    (NI, "", "Hola,\n\nSi nos manda la liga del perfil, lo borramos.\n\nSoporte", ""),
    (U, "", "Hola,\n\nBorramos a su clienta de la lista de promociones; su perfil sigue en el directorio.\n\nSoporte", ""),
    (U, "", "Hola,\n\nTodavía no borramos el perfil, lo haremos la próxima semana.\n\nSoporte", ""),
    (U, "", "Hola,\n\nNo lo borramos porque no encontramos el perfil.\n\nSoporte", ""),

    # ---- 12. Haitian Creole and Portuguese plain outcomes and their near misses
    (C, "", "Bonjou,\n\nNou efase tout enfòmasyon kliyan ou an nan sistèm nou an.\n\nSèvis Kliyan", ""),
    (A, "", "Bonjou,\n\nNou resevwa demann ou an, n ap trete l nan 30 jou.\n\nSèvis Kliyan", ""),
    (U, "", "Bonjou,\n\nNou pa t jwenn okenn dosye ak non sa a.\n\nSèvis Kliyan", ""),
    (C, "", "Olá,\n\nSeu perfil foi apagado do nosso site e não aparece mais nas buscas.\n\nSuporte", ""),
    (A, "", "Olá,\n\nVamos apagar o seu perfil em até 15 dias.\n\nSuporte", ""),
]


def raw(subject: str, body: str, charset: str) -> bytes:
    cs = charset or "utf-8"
    subject = Header(subject or "Re: your request", "utf-8").encode()  # RFC 2047, as a mail program writes it
    sender = "staff@clinic.example" if "Forwarded message" in body else "privacy@broker.example"  # a colleague forwards
    head = (f"From: {sender}\nTo: clinic@example.org\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset={cs}\n"
            f"Content-Transfer-Encoding: 8bit\n\n").encode()
    return head + body.encode(cs) + b"\n"


def main() -> int:
    return run_replies(PROBES, raw, verbose="-v" in sys.argv, domain=lambda charset: "broker.example")


if __name__ == "__main__":
    raise SystemExit(main())
