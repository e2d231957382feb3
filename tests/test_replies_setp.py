"""Set P (tests/replies/setp): held out for its reads, retired to development on 2026-12-01 (its
README). These tests hold that it is whole, that it
holds what its README promises (the US states' privacy laws beyond California and their appeals,
California's Delete Act and DROP, ticketing systems' answers, questions about which listing or
which address, suppression caveats, "public records may bring it back", one site of a broker
family removed, an authorised agent refused without proof, notarised ID, extensions, "closed
because we could not verify you", deletions promised for a later date, our whole letter quoted),
with the mail machinery around them (HTML-only tables with hidden preheaders and tracking pixels,
safelinks and redirectors, a link whose text shows another host than its href, calendar invites,
PDF-only answers, legacy encodings, delivery reports with the letter attached, auto-replies), that
everything in it is invented, that build.py writes exactly these files, that `scripts/bench
replies` now lists its misses, and the core promise on it (no false confirmation, no wrong link
opened); they assert no accuracy (its figures are the benchmark's)."""

from __future__ import annotations

import re
from pathlib import Path

from .replies_sets import (
    holding,
    check_built_by_build_py,
    check_invented,
    check_labelled,
    check_no_broken_promise,
    check_retired_in_the_bench,
    check_well_formed,
    mail_machinery,
    messages,
    rows,
)

SET_P = Path(__file__).parent / "replies" / "setp"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "ru", "so", "am", "ti", "ps", "ur", "bn",
             "pa", "my", "km", "ja", "hmn", "nl", "sv", "el", "ro"}
ANCHOR = re.compile(r'<a href="https?://([^/"?]+)[^"]*">\s*https?://([^/<?]+)')


def test_held_out_set_p_loads_and_every_reply_is_labelled():
    check_labelled(SET_P, LANGUAGES, at_least=150, en=45, es=30)


def test_every_reply_of_set_p_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_P)


def test_set_p_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_P, "set P", capsys)


def test_set_p_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-01, the lead): 3 false confirmations (en-19, en-43, es-10), fixed as two classes
    # before any other miss was read; its other misses were read only after it was retired (branch r26)
    check_no_broken_promise(SET_P)


def test_set_p_holds_the_mail_machinery_its_readme_promises():
    # a rebuild that lost an encoding, a calendar, a PDF or a delivery report would make it an easier set
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_P)
    assert {"utf-8", "utf-16", "iso-8859-15", "iso-8859-7", "windows-1256", "big5", "euc-kr", "tis-620",
            "shift_jis"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/rfc822", "text/html", "text/plain", "text/calendar", "application/pdf"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 4


def test_set_p_holds_the_answers_its_readme_promises():
    found = holding(SET_P, {
        "texas": ("Texas Data Privacy and Security Act", "Ley de Privacidad y Seguridad de Datos de Texas",
                  "Đạo luật Bảo mật và An ninh Dữ liệu Texas"),
        "virginia": ("Virginia Consumer Data Protection Act",),
        "colorado": ("Colorado Privacy Act", "Ley de Privacidad de Colorado"),
        "connecticut": ("Connecticut Data Privacy Act",),
        "oregon": ("Oregon Consumer Privacy Act", "Đạo luật Quyền riêng tư Người tiêu dùng Oregon"),
        "montana": ("Montana Consumer Data Privacy Act", "몬태나 소비자 데이터 개인정보 보호법"),
        "florida": ("Florida Digital Bill of Rights", "佛罗里达数字权利法案"),
        "not our law": ("Your state's law does not apply to us", "La ley de su estado no nos aplica",
                        "A lei do seu estado não se aplica", "وقانون ولايتك لا ينطبق علينا",
                        "ਤੁਹਾਡੇ ਰਾਜ ਦਾ ਕਾਨੂੰਨ ਸਾਡੇ 'ਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ", "is not subject to the Act"),
        "appeal": ("you may appeal", "You appealed", "your appeal", "puede apelar"),
        "drop submit": ("Please submit your request through DROP", "envíe su solicitud a través de la plataforma DROP"),
        "drop done": ("received via DROP", "recibida a través de DROP", "recebido pelo DROP"),
        "drop received": ("through the California DROP platform", "a través de la plataforma DROP de California",
                          "could not match them to any consumer record"),
        "ticket solved": ("has been solved", "ha sido resuelta", "has been closed because we have not heard back",
                          "ha sido cerrado"),
        "which one": ("Please reply with the number or the web address", "indíquenos cuál de los perfiles",
                      "Which e-mail address did you use", "¿Con qué dirección de correo electrónico",
                      "请问您在 Addressly 注册时使用的是哪个电子邮件地址", "Pakisabi kung aling listing",
                      "Merci de nous indiquer l'adresse web de la fiche"),
        "suppression caveat": ("in a suppression file", "en un archivo de supresión", "dans une liste d'opposition",
                               "sa isang suppression file"),
        "may appear again": ("information from public records may appear again",
                             "la información de registros públicos puede volver a aparecer",
                             "enfòmasyon ki soti nan dosye piblik yo ka parèt ankò"),
        "sister sites": ("sister sites", "sitios hermanos", "sit sè", "kapatid na site"),
        "agent refused": ("We did not receive written permission signed by the consumer",
                          "No recibimos el permiso por escrito firmado por el consumidor",
                          "Nou pa resevwa pèmisyon ekri"),
        "notarised": ("notarized copy", "copia notariada", "autenticada em cartório", "공증 사본"),
        "45 more days": ("an additional 45 days", "45 días adicionales", "再延长 45 天", "আরও ৪৫ দিন বাড়াচ্ছি",
                         "45日間延長"),
        "art 12(3)": ("Article 12(3)", "artículo 12, apartado 3", "article 12, paragraphe 3", "статье 12(3)",
                      "artikel 12, lid 3", "articolului 12 alineatul (3)"),
        "not verified": ("was closed because we could not verify your identity",
                         "fue cerrada porque no pudimos verificar su identidad",
                         "đã bị đóng vì chúng tôi không thể xác minh danh tính", "ونه شو کولی ستاسو هویت تایید کړو"),
        "later date": ("will be removed in our next monthly directory update", "serán eliminados el 15 de enero de 2027",
                       "sẽ được xóa vào ngày 15 tháng 1 năm 2027", "next scheduled data purge"),
    }, pdf=True)
    assert all(found.values()), [k for k, v in found.items() if not v]
    assert len(found["not our law"]) >= 5 and len(found["which one"]) >= 6 and len(found["notarised"]) >= 4
    # the labels a careful reader gives these answers: none of them is a confirmation
    assert all(r["class"] == "refused" for k in ("not our law", "agent refused", "not verified") for r in found[k])
    assert all(r["class"] == "needs_info" for k in ("drop submit", "which one") for r in found[k])
    assert all(r["class"] == "unsure" for k in ("sister sites", "ticket solved") for r in found[k])
    assert all(r["class"] == "acknowledged" for r in found["later date"])
    assert all(r["class"] == "needs_id" for r in found["notarised"])
    assert all(r["class"] == "extended" for k in ("45 more days", "art 12(3)") for r in found[k])
    # and these are confirmations despite their caveat
    assert all(r["class"] == "confirmed" for k in ("suppression caveat", "may appear again", "drop done")
               for r in found[k])


def test_set_p_holds_ticketing_systems_headers():
    desks = [r for r, msg in messages(SET_P) if msg["X-Zendesk-From-Account-Id"] or msg["X-Freshdesk-Ticket-Id"]]
    assert len(desks) >= 8 and {"en", "es", "pt"} <= {r["lang"] for r in desks}
    assert {"confirmed", "unsure", "acknowledged", "other"} <= {r["class"] for r in desks}


def test_set_p_holds_our_whole_letter_quoted_below_the_answer():
    quoting = []
    for r, msg in messages(SET_P):
        plain = msg.get_body(("plain",))
        lines = plain.get_content().splitlines() if plain else []
        quoted = "\n".join(x for x in lines if x.startswith(">"))
        if "Reference: OPT-" in quoted or "Referencia: OPT-" in quoted:
            quoting.append(r["class"])
    # the letter asks to "confirm once the deletion is complete": a quoted letter confirms nothing
    assert len(quoting) >= 3 and {"acknowledged", "confirmed"} <= set(quoting)


def test_set_p_holds_html_only_mails_with_preheaders_pixels_and_look_alike_links():
    preheaders = pixels = html_only = 0
    mismatched = []
    for r, msg in messages(SET_P):
        html = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
        html_only += msg.get_content_type() == "text/html"
        preheaders += any("display:none" in h for h in html)
        pixels += any('width="1" height="1"' in h for h in html)
        for h in html:
            mismatched += [(r, a, b) for a, b in ANCHOR.findall(h) if a != b]
    assert html_only >= 6 and preheaders >= 3 and pixels >= 3
    # a link whose text shows the broker's host and whose href goes elsewhere: a look-alike is never
    # the link to open (verify_link without a link); a known sender's click-tracker is labelled as it stands
    assert len(mismatched) >= 2
    assert any(r["class"] == "verify_link" and not r["link"] for r, _, _ in mismatched)
    assert any(r["link"] and href in r["link"] for r, href, _ in mismatched)


def test_set_p_holds_safelinks_and_redirectors():
    labelled = [r["link"] for r in rows(SET_P) if r["link"]]
    assert sum("safelinks.protection.outlook.example" in x for x in labelled) >= 2
    assert sum("/redirect?u=" in x for x in labelled) >= 3


def test_set_p_holds_calendar_invites_and_pdf_only_answers():
    invites, pdfs = [], []
    for r, msg in messages(SET_P):
        kinds = {p.get_content_type() for p in msg.walk()}
        if "text/calendar" in kinds:
            invites.append(r["class"])
        if "application/pdf" in kinds:
            plain = msg.get_body(("plain",))
            assert len(plain.get_content().strip()) < 120, r["file"]  # the answer is only in the PDF
            pdfs.append(r["class"])
    assert len(invites) >= 3 and {"needs_id", "acknowledged"} <= set(invites)
    assert len(pdfs) >= 3 and {"confirmed", "refused"} <= set(pdfs)


def test_set_p_holds_bounces_and_auto_replies_in_several_languages():
    labels = rows(SET_P)
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 4
    assert len({r["lang"] for r in labels if r["class"] == "auto_reply"}) >= 8


def test_everything_in_set_p_is_invented():
    check_invented(SET_P, pdf=True)


def test_set_p_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_P, tmp_path)
