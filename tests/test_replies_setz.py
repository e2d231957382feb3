"""Set Z (tests/replies/setz): held out, a measure only. These tests hold that it is whole, that it
holds what its README promises (confirmations not worded "deleted" against "processed" for an access
or a sale request; removals of part, another person's record, relisting warnings and removals that
expire; promises under conditions and hedges; the client's signed permission against an identity
document; refusals for each reason; extensions to day-first, month-first and written dates;
verification links beside look-alike, tracking, "not me" and cancel links; help desks' status fields
against their text; plain and HTML parts that disagree; mailbox noise), with the mail machinery around them, that everything in it is
invented, that build.py writes exactly these files, and that `scripts/bench replies` keeps it held
out; they never assert how well the reader does on it."""

from __future__ import annotations

import re
from pathlib import Path

from .replies_sets import (
    check_built_by_build_py,
    check_held_out_in_the_bench,
    check_invented,
    check_labelled,
    check_well_formed,
    holding,
    mail_machinery,
    messages,
    rows,
    texts,
)

SET_Z = Path(__file__).parent / "replies" / "setz"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "ru", "uk", "am", "so", "fa"}


def test_held_out_set_z_loads_and_every_reply_is_labelled():
    check_labelled(SET_Z, LANGUAGES, at_least=180, en=55, es=50)
    assert all(r["comment"].strip() for r in rows(SET_Z))  # every label says why


def test_every_reply_of_set_z_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_Z)


def test_set_z_is_held_out_in_the_replies_benchmark(capsys):
    check_held_out_in_the_bench(SET_Z, "set Z", capsys)


def test_set_z_holds_the_mail_machinery_its_readme_promises():
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_Z)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "iso-8859-6", "windows-1251", "windows-1252",
            "windows-1256", "koi8-r", "koi8-u", "gb2312", "gbk", "big5", "euc-kr"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/disposition-notification", "message/rfc822", "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 4


# confirmations not worded "deleted", against "processed" for another kind of request
NOT_DELETED = ("has been suppressed and will no longer appear", "will no longer appear on QuarryTown Search",
               "We've processed your request to delete personal information", "is now opted out of all Fernhill Data",
               "is now offline", "purged your client's listing", "scrubbed from our directory",
               "blocked from display", "quedó suprimido y ya no aparece", "ya no se mostrará",
               "Ya dimos de baja tu ficha", "Hemos procesado su solicitud de supresión",
               "fue bloqueado y ya no es visible", "ya no sale en el buscador", "fueron depurados",
               "foi suprimido e não aparece mais", "Li pa parèt sou sit nou an ankò", "n'est plus consultable",
               "sẽ không còn xuất hiện", "今后不会再显示", "不會再出現", "더 이상 표시되지 않도록", "hindi na ito lalabas",
               "ولن يظهر بعد الآن", "больше не отображается", "більше не показуються", "ከእንግዲህ በፍለጋ",
               "laguma arki doono", "دیگر در نتایج جستجو نمایش داده نمی‌شود")
PROCESSED_OTHER = ("This completes your Request to Know", "Do Not Sell or Share request", "no vender ni compartir",
                   "damos por atendida su solicitud de acceso", "pedido de não venda", "opposition à la prospection",
                   "不出售个人信息", "마케팅 수신 거부", "We deleted the e-mail address you gave us")
# removals of part, another person's record
PART = ("The two other listings", "separate sites run by our affiliate", "The address history comes from public",
        "Los otros dos vienen de", "son sitios de una empresa afiliada", "La dirección sigue publicada",
        "O outro provém de registos prediais", "Adrès la rete sou pwofil la", "nhưng địa chỉ vẫn được giữ lại",
        "其余两条", "yung address ay nandiyan pa rin", "أما العنوان فيبقى",
        "Her profile remains in the records we license", "Su perfil se mantiene en los datos")
ANOTHER = ("it belonged to a Daniel Ferro", "the profile of your client's mother",
           "corresponde a una señora Rosa Quintanilla", "Borramos el perfil del hermano",
           "la fiche d'une personne du même nom", "동명이인의 프로필", "профіль іншої особи")
WHICH_ONE = ("cannot tell which one is your client", "no sabemos cuál es su clienta")
# relisting warnings and removals that expire, against a relisting and a suppression to come
RELIST_WARNING = ("a new listing may appear", "podría aparecer un perfil nuevo",
                  "Opt-outs are honoured for three years", "La baja tiene una vigencia de 3 años")
RELISTED = ("a new listing was added from a", "se publicó de nuevo")
LATER = ("will be suppressed within 72 hours", "será ocultado en un plazo de 72 horas")
# conditions and hedges
CONDITION = ("once we confirm that the person is not named", "provided the details you sent match",
             "siempre que confirmemos", "siempre que los datos que enviaron coincidan",
             "desde que os dados enviados confiram", "sous réserve de vérification")
HEDGE = ("may already have been removed", "probably removed in our September",
         "Al parecer el perfil ya se habría eliminado", "Suponemos que el perfil se eliminó",
         "Nou panse pwofil la te deja efase", "Có lẽ hồ sơ đã bị xóa", "Возможно, профиль уже был удалён")
# papers: the client's signed permission (needs_info) against an identity document or check (needs_id)
AGENT_PAPERS = ("signed authorization designating Lanternbridge", "a power of attorney or a signed authorization",
                "carta poder firmada", "procuração assinada", "pèmisyon siyen kliyan an", "客户本人签署的授权书",
                "підписана клієнткою довіреність")
IDENTITY = ("government-issued photo ID", "verify her identity directly with us", "notarized declaration",
            "last four digits", "identificación oficial vigente con fotografía",
            "verificar su identidad directamente", "declaración jurada ante notario", "últimos cuatro dígitos",
            "documento oficial com foto", "pyès idantite ak foto", "pièce d'identité avec photo",
            "giấy tờ tùy thân có ảnh", "带照片的身份证件", "신분증 사본", "بطاقة هوية", "የመታወቂያ ካርድ", "کارت شناسایی")
# extensions to month-first, day-first and written dates
EXTENSION = ("respond by 01/08/2027", "until 31 January 2027", "by 02/01/2027", "más tardar el 08/01/2027",
             "hasta el 5 de febrero de 2027", "más tardar el 02/01/2027", "até 05/02/2027", "jusqu'au 05/02/2027",
             "2027年1月8日前答复", "2027년 1월 8일까지", "до 08.01.2027", "تا 08/01/2027")
CODE_SWITCH = ("Vamos a hacer el delete del profile", "Na-remove na namin yung phone number")
# plain and HTML parts that disagree: the HTML, the part a mail client shows, decides
DISAGREE = ("scheduled to be removed on 12/04/2026", "display:none;max-height:0", "Este mensaje se ve mejor en HTML",
            "Su perfil sigue publicado en")


def test_set_z_holds_the_answers_its_readme_promises():
    found = holding(SET_Z, needles={
        "not deleted": NOT_DELETED, "processed other": PROCESSED_OTHER, "part": PART, "another": ANOTHER,
        "which one": WHICH_ONE, "relist warning": RELIST_WARNING, "relisted": RELISTED, "later": LATER,
        "condition": CONDITION, "hedge": HEDGE, "agent papers": AGENT_PAPERS, "identity": IDENTITY,
        "extension": EXTENSION, "code switch": CODE_SWITCH, "disagree": DISAGREE})
    assert all(found.values()), [k for k, v in found.items() if not v]
    for key, classes in (("not deleted", {"confirmed"}), ("processed other", {"unsure"}), ("part", {"unsure"}),
                         ("another", {"unsure"}), ("which one", {"needs_info"}), ("relist warning", {"confirmed"}),
                         ("relisted", {"unsure"}), ("later", {"acknowledged"}), ("condition", {"acknowledged"}),
                         ("hedge", {"unsure"}), ("agent papers", {"needs_info"}), ("identity", {"needs_id"}),
                         ("extension", {"extended"}), ("code switch", {"acknowledged", "unsure"}),
                         ("disagree", {"acknowledged", "needs_info", "confirmed", "unsure"})):
        assert {r["class"] for r in found[key]} == classes, key
    assert len(found["not deleted"]) >= 28 and len({r["lang"] for r in found["not deleted"]}) >= 15
    assert len(found["processed other"]) >= 9 and len(found["part"]) >= 13 and len(found["another"]) >= 7
    assert len(found["agent papers"]) >= 7 and len(found["identity"]) >= 17 and len(found["extension"]) >= 12
    assert len(found["hedge"]) >= 7 and len(found["condition"]) >= 6 and len(found["disagree"]) == 4


def test_set_z_refuses_for_every_reason_it_promises():
    reasons = {r["reason"] for r in rows(SET_Z) if r["class"] == "refused"}
    assert reasons == {"public records", "not a data broker", "fee", "exempt", "not a resident", "agent not accepted"}
    assert len({r["lang"] for r in rows(SET_Z) if r["class"] == "refused"}) >= 9


STATUS = re.compile(r"<td><b>(?:Status|Estado)</b></td><td>(\w+)</td>|Request status: (\w+)|Estado de la solicitud: (\w+)")


def test_set_z_status_fields_disagree_with_their_text():
    """A help desk's status field ("Solved", "Closed", "Pending", "Open", "Completed") is not the answer."""
    seen: dict[str, set[str]] = {}
    for r, msg in messages(SET_Z):
        m = STATUS.search(texts(msg))
        if m:
            seen.setdefault(r["class"], set()).add(next(g for g in m.groups() if g))
    assert {"needs_info", "acknowledged", "confirmed", "unsure"} <= set(seen)
    assert {"Solved", "Resuelto"} <= seen["needs_info"] and {"Closed", "Cerrado"} <= seen["acknowledged"]
    assert {"Pending", "Open", "Pendiente"} <= seen["confirmed"] and {"Completed", "Completada"} <= seen["unsure"]


LOOK_ALIKE = ("pinecrest-people-support.example", "dunmore-records.example.account-check.example",
              "buscapersonas-ayuda.example", "directorio-quetzal.example.cuenta-segura.example",
              "achagente-br.example.seguranca-conta.example", "brightpath-peoplesearch.example")


def test_set_z_links_are_the_brokers_own_or_its_trackers_never_a_look_alike():
    labelled = [r for r in rows(SET_Z) if r["link"]]
    assert len(labelled) >= 9
    for r in labelled:
        assert not re.search(r"not-?me|no-fui|pas-moi|report|denunciar|iblagh|cancel|unsub|baja-boletin|prefer",
                             r["link"]), r["file"]
        assert any(r["link"].split("/")[2].endswith(d) for d in r["domains"].split()), r["file"]
    assert len([r for r in labelled if len(r["domains"].split()) > 1]) >= 2  # an e-mail service's tracker
    with_look_alike = [r for r, msg in messages(SET_Z) if any(h in texts(msg) for h in LOOK_ALIKE)]
    assert len(with_look_alike) == 6
    assert not [r for r in with_look_alike if any(h in r["link"] or h in r["domains"] for h in LOOK_ALIKE)]
    # the look-alike sender's "verify now" is not the broker's mail; noise's links are never to be opened
    assert {r["class"] for r in with_look_alike} == {"verify_link", "other"}
    assert not [r for r in rows(SET_Z) if r["class"] in ("other", "auto_reply", "bounce") and r["link"]]


def test_set_z_holds_quoted_letters_forwards_other_languages_and_scripts():
    quoted, other_language, rtl, forwards, auto = 0, 0, 0, [], set()
    for r, msg in messages(SET_Z):
        text = texts(msg)
        ours = re.search(r"^> (To the .* privacy office|A la oficina de privacidad de)", text, re.M)
        quoted += bool(ours)
        other_language += bool(ours) and not (r["lang"] == "en" and ours.group(1).startswith("To the")
                                              or r["lang"] == "es" and ours.group(1).startswith("A la"))
        rtl += 'dir="rtl"' in text
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
        if msg["Auto-Submitted"]:
            auto.add(r["class"])
    assert quoted >= 80 and other_language >= 25 and rtl >= 3
    assert sorted(forwards) == ["acknowledged", "confirmed", "confirmed"]
    assert {"auto_reply", "verify_link", "acknowledged", "confirmed", "unsure", "other", "bounce"} <= auto
    labels = rows(SET_Z)
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) == len(LANGUAGES)


def test_everything_in_set_z_is_invented():
    check_invented(SET_Z)


def test_set_z_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_Z, tmp_path)
