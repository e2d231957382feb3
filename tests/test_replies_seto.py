"""Set O (tests/replies/seto): held out for its reads, retired to development on 2026-12-01 (its
README). These tests hold that it is whole, that it holds the big brokers' template habits its
README promises (people-search receipts and suppressions, do-not-contact lists, FCRA wording, GDPR
Art. 12, 15, 17 and 21 answers, a CCPA request to know answered instead of a deletion, deletions of
another data set, one of two listings, codes to paste back, robot checks, links only in an attached
.html file, decisions in a P.S. or in the negative, threads the new mail reopens), with the mail
machinery around them (long quoted-printable lines, legacy encodings, delivery reports with the
letter attached, auto-replies), that everything in it is invented, that build.py writes exactly
these files, that `scripts/bench replies` now lists its misses, and the core promise on it (no false
confirmation, no wrong link opened); they assert no accuracy (its figures are the benchmark's)."""

from __future__ import annotations

import re
from collections import Counter
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

SET_O = Path(__file__).parent / "replies" / "seto"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "ru", "uk", "so", "fa", "am", "hi",
             "ne", "hmn", "pl", "it", "de", "tr", "ja"}


def _new_and_quoted(msg) -> tuple[str, str]:
    """The reply's own plain lines and the lines it quotes (``> ``)."""
    body = msg.get_body(("plain",))
    text = body.get_content() if body else ""
    lines = text.splitlines()
    return ("\n".join(x for x in lines if not x.startswith(">")), "\n".join(x for x in lines if x.startswith(">")))


def test_held_out_set_o_loads_and_every_reply_is_labelled():
    check_labelled(SET_O, LANGUAGES, at_least=150, en=45, es=30)


def test_every_reply_of_set_o_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_O)


def test_set_o_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_O, "set O", capsys)


def test_set_o_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-01, the lead): 4 false confirmations, fixed as a class before any other miss was
    # read (an access answer, an unsubscribe or a contact kept suppressed called complete); its other misses
    # were read only after it was retired
    check_no_broken_promise(SET_O)


def test_set_o_holds_the_mail_machinery_its_readme_promises():
    # a rebuild that lost a legacy charset, a delivery report or an attached page would make it an easier set
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_O)
    assert {"utf-8", "iso-8859-1", "iso-8859-2", "iso-8859-9", "windows-1252", "windows-1251", "windows-1256",
            "koi8-r", "gb18030", "big5", "euc-kr", "iso-2022-jp", "shift_jis"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/rfc822", "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 5


def test_set_o_holds_long_quoted_printable_lines_with_soft_breaks():
    long = []
    for r in rows(SET_O):
        raw = (SET_O / r["file"]).read_bytes()
        if b"Content-Transfer-Encoding: quoted-printable" in raw and b"=\n" in raw:
            msg = next(m for x, m in messages(SET_O) if x["file"] == r["file"])
            plain = msg.get_body(("plain",))
            if plain is not None and max(len(x) for x in plain.get_content().splitlines()) > 300:
                long.append(r["lang"])
    assert len(long) >= 5 and {"en", "es"} <= set(long)


def test_set_o_holds_the_answers_its_readme_promises():
    found = holding(SET_O, {
        "72 hours": ("processed within 72 hours", "dentro de las próximas 72 horas", "en el plazo de 72 horas",
                     "em até 72 horas", "nan 72 èdtan", "trong vòng 72 giờ", "72小时内", "72시간 이내", "sa loob ng 72 oras",
                     "خلال 72 ساعة", "в течение 72 часов", "72 saacadood", "ظرف ۷۲ ساعت", "በ72 ሰዓታት", "७२ घण्टाभित्र",
                     "72時間以内"),
        "suppressed": ("has been suppressed", "ha sido suprimido", "foi suprimido", "đã được ẩn", "已被隱藏"),
        "reappear": ("Records may reappear", "pueden volver a aparecer", "pueden reaparecer", "podem reaparecer",
                     "có thể xuất hiện lại", "可能會再次出現", "may reappear on FindKinly"),
        "do not contact": ("do-not-contact list", "Do Not Contact", "no contactar", "请勿联系", "تماس نگیرید"),
        "fcra": ("Fair Credit Reporting Act", "FCRA"),
        "art 12(3)": ("Article 12(3)", "Art. 12 Abs. 3", "artículo 12, apartado 3", "article 12, paragraphe 3",
                      "art. 12, paragrafo 3"),
        "art 15": ("Article 15", "Art. 15 DSGVO", "artículo 15", "article 15", "art. 15 GDPR", "art. 18, I e II"),
        "art 17(3)": ("Article 17(3)", "Art. 17 Abs. 3", "article 17, paragraphe 3", "art. 17 ust. 3"),
        "art 21": ("Article 21", "Art. 21", "article 21"),
        "request to know": ("request to know", "solicitud de acceso a la información", "запит на доступ"),
        "marketing only": ("marketing e-mails", "correos de mercadeo", "email tiếp thị", "मार्केटिंग ईमेल"),
        "account only": ("member account", "cuenta de miembro", "회원 계정"),
        "one of two": ("Not removed:", "No eliminado:", "Hindi inalis:", "Listing 2"),
        "code to paste": ("one-time verification code", "código de verificación de un solo uso", "Mã xác minh dùng một lần",
                          "одноразовий код", "paste it into"),
        "not a robot": ("not a robot", "no es un robot", "pa yon robo", "로봇이 아님"),
        "p.s.": ("P.S.", "P.D.", "P.S.:", "T.B.:", "附註"),
        "negative": ("unable to locate any additional records", "No pudimos localizar ningún registro adicional",
                     "Nothing further is required", "Non risultano altri dati", "Nie znaleźliśmy innych danych"),
        "sent in error": ("sent in error", "se envió por error"),
    }, joined=False)
    assert all(found.values()), [k for k, v in found.items() if not v]
    assert len(found["72 hours"]) >= 12 and len(found["suppressed"]) >= 4 and len(found["do not contact"]) >= 4
    assert len(found["code to paste"]) >= 4 and len(found["not a robot"]) >= 3 and len(found["p.s."]) >= 6
    # a receipt promising 72 hours is never a confirmation; "do not contact" never a deletion
    assert all(r["class"] == "acknowledged" for r in found["72 hours"])
    assert all(r["class"] in ("refused", "confirmed") for r in found["do not contact"])
    assert all(r["class"] == "unsure" for k in ("request to know", "marketing only", "account only", "one of two")
               for r in found[k])


def test_set_o_holds_links_only_inside_an_attached_html_file():
    attached = []
    for r, msg in messages(SET_O):
        pages = [p for p in msg.walk() if p.get_content_type() == "text/html" and p.is_attachment()]
        if pages:
            assert "https://" in pages[0].get_content() and "https://" not in _new_and_quoted(msg)[0], r["file"]
            attached.append(r)
    # the link is in an attachment: a person opens it, optout does not (no labelled link)
    assert len(attached) >= 2 and all(r["class"] == "verify_link" and not r["link"] for r in attached)


def test_set_o_holds_threads_whose_new_mail_reopens_a_quoted_confirmation():
    reopened = Counter()
    done = re.compile(r"complete|removed|suppressed|eliminado|completada|eliminada", re.I)
    for r, msg in messages(SET_O):
        new, quoted = _new_and_quoted(msg)
        if quoted and done.search(quoted) and r["class"] != "confirmed":
            reopened[r["class"]] += 1
    assert sum(reopened.values()) >= 5 and {"verify_link", "acknowledged", "needs_id"} <= set(reopened)


def test_set_o_holds_bounces_and_auto_replies_in_several_languages():
    labels = rows(SET_O)
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 4
    assert len({r["lang"] for r in labels if r["class"] == "auto_reply"}) >= 7


def test_everything_in_set_o_is_invented():
    check_invented(SET_O)


def test_set_o_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_O, tmp_path)
