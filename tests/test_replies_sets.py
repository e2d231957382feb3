"""Set S (tests/replies/sets): held out for its reads, retired to development on 2026-12-02 (its
README, branch r32). These tests hold that it is whole, that it
holds what its README promises (help-desk tickets solved or closed with nothing said, suppressions
of a listing while the data is kept, sale opt-outs, partial removals, "no record", suppressions only
for those who qualify, denials with an appeal route and appeals decided, extensions, codes to type,
links that expire, promises, another listing confirmed, agents asked for permission, exemptions,
retired addresses, out-of-office mails quoting another thread), with the mail machinery around them
(help-desk markers and survey links, quoted letters in Gmail and Outlook styles, forwarded messages,
delivery reports, mislabelled charsets, windows-1258, KOI8, Big5, encoded-word subjects, trackers,
safelinks and look-alike domains), that everything in it is invented, that build.py writes exactly
these files, and that `scripts/bench replies` now lists its misses; they assert no accuracy (its
figures are the benchmark's)."""

from __future__ import annotations

import email
import email.policy
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
    texts,
)

SET_S = Path(__file__).parent / "replies" / "sets"
LANGUAGES = {"en", "es", "vi", "tl", "ht", "zh", "ko", "ru", "uk", "ar", "fa", "pt", "fr"}


def test_set_s_loads_and_every_reply_is_labelled():
    check_labelled(SET_S, LANGUAGES, at_least=160, en=70, es=40)


def test_every_reply_of_set_s_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_S)


def test_set_s_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_S, "set S", capsys)


def test_set_s_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-02, the lead): 9 false confirmations and 1 wrong link, fixed as eight classes
    # (tests/test_replies_sets_promises.py); en-73 ("already removed at the request of the person listed") relabelled
    # confirmed on retirement (branch r32, its README); the other misses read as classes (tests/test_replies_r32.py)
    check_no_broken_promise(SET_S)


def test_set_s_holds_the_mail_machinery_its_readme_promises():
    # a rebuild that lost an encoding, a forward or a delivery report would make the set easier
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_S)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-6", "iso-8859-15", "windows-1251", "windows-1252",
            "windows-1256", "windows-1258", "koi8-r", "koi8-u", "big5", "gb2312", "gbk", "euc-kr"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/rfc822", "text/rfc822-headers", "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 4


def test_set_s_holds_mislabelled_charsets_flowed_text_and_encoded_subjects():
    mislabelled = flowed = 0
    subject_charsets: set[str] = set()
    for r in rows(SET_S):
        raw = (SET_S / r["file"]).read_bytes()
        head = raw.split(b"\n\n", 1)[0].decode("ascii")
        subject_charsets |= {c.lower() for c in re.findall(r"=\?([^?]+)\?B\?", head.split("Subject:", 1)[1].split("\nDate:")[0])}
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_charset() in ("us-ascii", "iso-8859-1"):
                data = part.get_payload(decode=True)
                if not data.isascii():
                    try:
                        data.decode("utf-8")
                        mislabelled += 1  # declared us-ascii or latin-1, written in UTF-8
                    except UnicodeDecodeError:
                        pass
            if part.get_content_type() == "text/plain":
                flowed += part.get_param("format") == "flowed"
    assert mislabelled >= 3 and flowed >= 3
    assert len(subject_charsets) >= 10


def test_set_s_holds_the_answers_its_readme_promises():
    found = holding(SET_S, {
        "solved, nothing said": ("are marking this ticket as solved", "marcamos este ticket como resuelto",
                                 "has been closed.", "ha sido cerrado", "Resolution: Handled", "Resolution: Done",
                                 "We took care of it", "ya nos encargamos", "a été fermé", "Status: Closed Your case"),
        "suppression, data kept": ("continue to use information from public records", "siguen usando información",
                                   "vẫn tiếp tục sử dụng thông tin"),
        "sale opt-out only": ("opted out of the sale and sharing", "excluida de la venta", "исключена из продажи"),
        "partial": ("We removed 2 of the 3 profiles", "Eliminamos 2 de los 3 perfiles", "已删除其中两个"),
        "no record": ("found no record matching", "no encontramos ningún registro", "wala kaming nakitang rekord",
                      "did not find a record matching", "هیچ سابقه‌ای"),
        "qualifying suppression": ("victims of identity theft", "víctimas de robo de identidad", "identity theft victims",
                                   "身份盗窃受害者"),
        "appeal route": ("you may appeal within 45 days", "puede apelar dentro de 45", "You may appeal this decision",
                         "To appeal, reply", "podem recorrer"),
        "appeal denied": ("your appeal is denied", "su apelación ha sido denegada", "درخواست تجدیدنظر شما رد شد"),
        "extension": ("additional 45 days", "45 días adicionales", "45 more days", "45 jours supplémentaires", "45일 연장"),
        "code to type": ("Enter this code on the opt-out page", "Escriba este código en la página"),
        "sms code": ("6-digit code by text message", "código de 6 dígitos por mensaje de texto", "6자리 인증번호"),
        "promise": ("We will remove the listing within 10 business days", "Eliminaremos el perfil dentro de 10 días",
                    "processed within 10 business days", "trong vòng 10 ngày làm việc", "nan 10 jou ouvrab",
                    "em até 10 dias úteis"),
        "another listing": ("quillfinder.example/name/maria-ortiz/TX/77302", "quillfinder.example/name/jose-cruz/AZ/85004"),
        "agent permission": ("signed permission", "permiso firmado", "pirmadong pahintulot", "الإذن الموقّع"),
        "exempt": ("Gramm-Leach-Bliley Act. The consumer", "exempt journalism", "We are not a data broker",
                   "No somos un corredor de datos", "Brightline Analytics is not a data broker"),
        "retired address": ("was retired on September 30", "se retiró el 30 de septiembre", "no longer monitored"),
        "ooo other thread": ("Out of the office until December 7", "out of the office until December 7",
                             "fuera de la oficina hasta el 7 de diciembre"),
    })
    assert all(found.values()), [k for k, v in found.items() if not v]
    # none of these answers confirms the deletion our letter asked for
    for key in ("solved, nothing said", "suppression, data kept", "sale opt-out only", "partial", "no record",
                "qualifying suppression", "appeal route", "appeal denied", "extension", "code to type", "sms code",
                "promise", "another listing", "agent permission", "exempt", "retired address", "ooo other thread"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    assert {r["class"] for r in found["appeal denied"]} == {"refused"}
    assert {r["class"] for r in found["extension"]} == {"extended"}
    assert {r["class"] for r in found["promise"]} == {"acknowledged"}
    # a code typed in a page or sent by SMS is never a link to open
    assert not [r["file"] for k in ("code to type", "sms code") for r in found[k] if r["link"]]
    assert {r["class"] for r in found["ooo other thread"]} == {"auto_reply"}


def test_set_s_holds_help_desk_chrome_quoted_letters_and_forwards():
    zendesk = [r["class"] for r, msg in messages(SET_S) if "##- Please type your reply above this line -##" in texts(msg)
               or "##- Escriba su respuesta encima de esta línea -##" in texts(msg)]
    assert len(zendesk) >= 6 and {"unsure", "confirmed"} <= set(zendesk)
    quoting, outlook, forwards = [], [], []
    for r, msg in messages(SET_S):
        text = texts(msg)
        if re.search(r"^> (Referen(ce|cia)): OPT-S-", text, re.M):
            quoting.append(r["class"])
        if "-----Original Message-----" in text or "divRplyFwdMsg" in text or "\nEnviado: " in text:
            outlook.append(r["class"])
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
    assert len(quoting) >= 20 and {"acknowledged", "confirmed", "unsure", "refused", "needs_info"} <= set(quoting)
    assert len(outlook) >= 6
    assert {"acknowledged", "confirmed"} <= set(forwards)


def test_set_s_holds_links_that_are_not_the_confirm_link():
    labelled = [r["link"] for r in rows(SET_S) if r["link"]]
    assert any("safelinks.protection.outlook.example" in x for x in labelled)
    assert any("/ls/click?" in x for x in labelled) and any("/r?u=" in x for x in labelled)
    decoys = [r for r, msg in messages(SET_S)
              if any(w in texts(msg) for w in ("satisfaction", "/rating/", "/rate/", "feedback?rating", "/reopen",
                                               "/status/", "/estado/", "unsub", "/appeal"))]
    assert len(decoys) >= 15
    assert not [r["file"] for r in decoys if r["link"] and any(
        w in r["link"] for w in ("satisfaction", "rating", "rate", "feedback", "reopen", "status", "estado", "unsub",
                                 "appeal"))]
    # look-alike hosts (a letter swapped) are never labelled as the link to open
    lookalike = [r for r, msg in messages(SET_S) if re.search(r"https://(quiilfinder|sabieharbor)\.example", texts(msg))]
    assert len(lookalike) >= 2 and not [r for r in lookalike if r["link"] or r["class"] == "confirmed"]
    # a reply that asks to confirm by answering "CONFIRM" has no link to open
    assert [r for r in rows(SET_S) if r["class"] == "verify_link" and not r["link"]]


def test_set_s_holds_bounces_and_auto_replies_in_several_languages():
    labels = rows(SET_S)
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 2
    assert len({r["lang"] for r in labels if r["class"] == "auto_reply"}) >= 2
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) >= 10  # confirmations kept honest beside them


def test_everything_in_set_s_is_invented():
    check_invented(SET_S)


def test_set_s_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_S, tmp_path)
