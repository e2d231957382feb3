"""Set Y (tests/replies/sety): held out for its reads, retired to development on 2026-12-03 (its
README.md, branch r48). These tests hold that it is whole, that it
holds what its README promises (removals promised under a condition, hedged, or said in double
negations; an older confirmation quoted under a relisting or a refusal, our own letter's words
quoted under a receipt, a forward, a broker's FAQ; the CCPA's and GDPR's extensions, deadlines,
removals processed in the past against scheduled ones; "all but one", one field removed, hidden but
kept, a sale or marketing opt-out, "no record", an access report; the telephone, the post, the
web form, a service provider, a host, a broker renamed or closed; out-of-office replies, full and
unknown mailboxes, quarantine notices, DMARC reports, newsletter and list confirmations, read
receipts and calendar invitations), with the mail machinery around them, that everything in it is
invented, that build.py writes exactly these files, and that `scripts/bench replies` now lists its
misses; they never assert how well the reader does on it."""

from __future__ import annotations

import re
from pathlib import Path

from .replies_sets import (
    check_built_by_build_py,
    check_invented,
    check_labelled,
    check_retired_in_the_bench,
    check_well_formed,
    holding,
    mail_machinery,
    messages,
    rows,
    texts,
)

SET_Y = Path(__file__).parent / "replies" / "sety"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "fa", "pa", "bn", "ru", "uk", "pl"}


def test_set_y_loads_and_every_reply_is_labelled():
    check_labelled(SET_Y, LANGUAGES, at_least=170, en=50, es=50)


def test_every_reply_of_set_y_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_Y)


def test_set_y_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_Y, "set Y", capsys)


def test_set_y_holds_the_mail_machinery_its_readme_promises():
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_Y)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "iso-8859-2", "iso-8859-6", "windows-1250",
            "windows-1251", "windows-1252", "windows-1256", "koi8-r", "koi8-u", "gb2312", "gbk", "big5",
            "euc-kr"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/disposition-notification", "message/rfc822", "text/calendar", "application/gzip",
            "application/tlsrpt+gzip", "text/csv", "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 3


# conditions and hedges: a promise under a condition is not a removal; a hedge about the past proves nothing
CONDITION = ("unless our review finds", "siempre y cuando la persona siga viviendo", "En caso de que el perfil corresponda",
             "a menos que esté vinculado", "desde que a pessoa ainda more", "depi moun nan toujou rete",
             "sauf si elle est liée", "경우에 한하여", "при условии, что", "o ile osoba ta nadal mieszka",
             "if it is found in our database", "We may delete the record once")
HEDGE = ("We believe the listing you mention was removed", "It should be gone by now", "Creemos que el perfil ya fue eliminado",
         "Ya debería haber desaparecido", "Es posible que el perfil ya se haya eliminado",
         "Acreditamos que o perfil já tenha sido removido", "Nou kwè pwofil la te deja retire",
         "devrait normalement avoir été supprimée", "应该已经在十月份的清理中删除", "Baka natanggal na po",
         "আমাদের মনে হয় প্রোফাইলটি", "Профиль должен был быть удалён", "Profil powinien już zostać usunięty",
         "That message was sent in error")
DOUBLE_NEGATION = ("we did not fail to remove", "No record about your client remains that we have not deleted",
                   "No hay ningún registro de su cliente que no hayamos eliminado", "No es cierto que no hayamos borrado",
                   "não restou nenhum registro do seu cliente que não tenha sido", "pa gen okenn dosye kliyan ou a nou pa t efase")
# quoting: an older confirmation under a new answer; a broker's FAQ; a forward
OLDER_CONFIRMATION = ("> Your client's listing was deleted today", "> El perfil de su cliente fue eliminado hoy",
                      "We have deleted your client's information from our database", "Ya borramos la información de su cliente")
FAQ = ("Q: How long does it take to remove a listing?", "P: ¿Cuánto tarda la eliminación de un perfil?",
       "Once your opt-out has been confirmed, your record is deleted")
# dates and deadlines
EXTENSION = ("by a further 45 days", "45 días adicionales", "prorrogamos el plazo de respuesta dos meses más",
             "por mais dois meses", "prolongeons de deux mois", "by two further months", "需要額外45天", "45 يوماً إضافية")
DEADLINE = ("respond by 12/17/2026", "antes del 01/02/2027", "dentro del plazo de 45 días")
SCHEDULED = ("scheduled to be processed on 12/14/2026", "programada para el 15/12/2026", "سيتم حذف الملف في 15/12/2026")
PROCESSED = ("was processed on 10/29/2026", "La baja fue procesada el 30/10/2026")
# partial and precise
ALL_BUT_ONE = ("four of the five listings", "todos los perfiles que nos mandaron menos uno", "trừ một hồ sơ", "крім одного")
ONE_FIELD = ("removed the phone number from your client's profile", "Retiramos el número de teléfono",
             "전화번호만 삭제했습니다", "حذفنا رقم الهاتف فقط", "removed the e-mail address and phone number")
HIDDEN_KEPT = ("We retain the underlying record", "Conservamos el registro completo", "vẫn lưu giữ toàn bộ dữ liệu",
               "仍因法律原因保留完整記錄")
SALE = ("opt out of the sale and sharing", "no vender ni compartir", "pedido de não venda", "baja de publicidad",
        "removed from our marketing lists")
NO_DATA = ("found no record matching them", "no encontramos ningún dato")
ACCESS = ("handled as a request to know", "como una solicitud de acceso")
# the 45th day passed without the ID asked: closed, nothing deleted; a new request with the ID may follow
UNVERIFIED = ("45 days have now passed", "ya pasaron los 45 días")
# channels
CHANNEL = ("by telephone only", "solo se hacen por teléfono", "pa telefòn sèlman", "chỉ nhận yêu cầu xóa qua điện thoại",
           "by post only", "solo recibimos solicitudes de eliminación por correo postal", "par courrier postal",
           "лише поштою", "We do not accept requests by e-mail", "No aceptamos solicitudes por correo electrónico",
           "Não aceitamos pedidos por e-mail", "不接受通过电子邮件", "Hindi kami tumatanggap ng request sa e-mail",
           "is a service provider", "es un proveedor de servicios", "only hosts the website", "solo aloja el sitio",
           "Lookwise is now Meridian Records", "ahora se llama Raíces Data", "only if the person still lives",
           "only the domain registrar")
# mailbox noise with decisive-looking words
AWAY = ("I am out of the office", "Estoy fuera de la oficina", "Estou de férias", "Je suis absente", "ceased operations")
NOISE = ("held in quarantine", "Se retuvo en cuarentena", "confirm your subscription", "Confirme su suscripción",
         "removed from the Wrenfield Data Updates mailing list", "Se ha dado de baja correctamente del boletín",
         "lis imel", "수신 거부", "wypisany z listy mailingowej", "was read on", "You have been invited",
         "aggregate DMARC report", "SMTP TLS report")
CODE_SWITCH = ("Ya le dimos delete al profile", "Vamos a hacer el removal next week", "Na-delete na namin")


def test_set_y_holds_the_answers_its_readme_promises():
    found = holding(SET_Y, needles={
        "condition": CONDITION, "hedge": HEDGE, "double negation": DOUBLE_NEGATION, "older confirmation": OLDER_CONFIRMATION,
        "faq": FAQ, "extension": EXTENSION, "deadline": DEADLINE, "scheduled": SCHEDULED, "processed": PROCESSED,
        "all but one": ALL_BUT_ONE, "one field": ONE_FIELD, "hidden kept": HIDDEN_KEPT, "sale": SALE, "no data": NO_DATA,
        "access": ACCESS, "unverified": UNVERIFIED, "channel": CHANNEL, "away": AWAY, "noise": NOISE, "code switch": CODE_SWITCH})
    assert all(found.values()), [k for k, v in found.items() if not v]
    for key, classes in (("condition", {"acknowledged"}), ("hedge", {"unsure"}), ("double negation", {"confirmed"}),
                         ("older confirmation", {"unsure", "refused"}), ("faq", {"acknowledged"}),
                         ("extension", {"extended"}), ("deadline", {"acknowledged"}), ("scheduled", {"acknowledged"}),
                         ("processed", {"confirmed"}), ("all but one", {"unsure"}), ("one field", {"unsure"}),
                         ("hidden kept", {"unsure"}), ("access", {"unsure"}),
                         # branch r50's label rules (../replies/README.md): a sale opt-out done instead of the deletion
                         # and "no record" are refused, a marketing suppression stays unsure; a service provider refuses
                         ("sale", {"unsure", "refused"}), ("no data", {"refused"}),
                         ("unverified", {"needs_id"}),
                         ("channel", {"needs_info", "refused"}), ("away", {"auto_reply"}), ("noise", {"other"}),
                         ("code switch", {"confirmed", "acknowledged"})):
        assert {r["class"] for r in found[key]} == classes, key
    assert len(found["condition"]) >= 10 and len({r["lang"] for r in found["condition"]}) >= 8
    assert len(found["hedge"]) >= 12 and len({r["lang"] for r in found["hedge"]}) >= 10
    assert len(found["double negation"]) >= 6 and len(found["channel"]) >= 20 and len(found["noise"]) >= 11


def test_set_y_links_are_the_brokers_own_or_its_trackers_never_a_look_alike():
    labelled = [r for r in rows(SET_Y) if r["link"]]
    assert len(labelled) >= 5
    for r in labelled:
        assert not re.search(r"not-me|report|aviso|prefs|unsub|subscribe|release|liberar", r["link"]), r["file"]
        assert any(r["link"].split("/")[2].endswith(d) for d in r["domains"].split()), r["file"]
    assert [r for r in labelled if len(r["domains"].split()) > 1]  # an e-mail service's tracker
    look_alike = ("ashgrove-people-help.example", "buscadorsol-soporte.example")
    with_look_alike = [r for r, msg in messages(SET_Y) if any(h in texts(msg) for h in look_alike)]
    assert len(with_look_alike) == 2 and all(r["link"] for r in with_look_alike)
    assert not [r for r in with_look_alike if any(h in r["link"] or h in r["domains"] for h in look_alike)]
    # a quarantine notice, a newsletter and a list's links are never a verification, whatever their words
    assert not [r for r in rows(SET_Y) if r["class"] == "other" and r["link"]]


def test_set_y_holds_quoted_letters_forwards_other_languages_and_scripts():
    quoted, other_language, rtl, emoji, forwards, auto = 0, 0, 0, 0, [], set()
    for r, msg in messages(SET_Y):
        text = texts(msg)
        ours = re.search(r"^> (Dear .* privacy team|Estimado equipo de privacidad)", text, re.M)
        quoted += bool(ours)
        other_language += bool(ours) and not (r["lang"] == "en" and ours.group(1).startswith("Dear")
                                              or r["lang"] == "es" and ours.group(1).startswith("Estimado"))
        rtl += 'dir="rtl"' in text
        emoji += bool(re.search("[\U0001F300-\U0001FAFF]", text))
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
        if msg["Auto-Submitted"]:
            auto.add(r["class"])
    assert quoted >= 40 and other_language >= 10 and rtl >= 4 and emoji >= 3
    assert sorted(forwards) == ["acknowledged", "confirmed"]
    assert {"auto_reply", "verify_link", "acknowledged", "needs_info", "other"} <= auto
    labels = rows(SET_Y)
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) >= 13
    assert len({r["lang"] for r in labels if r["class"] == "unsure"}) >= 10


def test_everything_in_set_y_is_invented():
    check_invented(SET_Y)


def test_set_y_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_Y, tmp_path)
