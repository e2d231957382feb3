"""Set N2 (tests/replies/setn2): held out for its reads, retired to development on 2026-12-01 (its
README). These tests hold that it is whole, that it holds the help-desk templates, conditional
promises, "no record" and "already removed" answers, refusals of scope, documents asked, opt-outs of
sale, subjects that contradict their bodies, decisions in HTML tables or only in the quoted mail,
tracked and expiring links, bounces and auto-replies its README promises, with the mail machinery
around them, that everything in it is invented, that build.py writes exactly these files, that
`scripts/bench replies` now lists its misses, and the core promise on it (no false confirmation, no
wrong link opened); they assert no accuracy (its figures are the benchmark's)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from .replies_sets import (
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

SET_N2 = Path(__file__).parent / "replies" / "setn2"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "ru", "uk", "so", "fa", "ps", "ur",
             "bn", "pa", "sw", "ti", "my", "km", "ja"}


def _new_and_quoted(msg) -> tuple[str, str]:
    """The reply's own plain lines and the lines it quotes (``> ``)."""
    body = msg.get_body(("plain",))
    text = body.get_content() if body else ""
    lines = text.splitlines()
    return ("\n".join(x for x in lines if not x.startswith(">")), "\n".join(x for x in lines if x.startswith(">")))


def test_held_out_set_n2_loads_and_every_reply_is_labelled():
    check_labelled(SET_N2, LANGUAGES, at_least=140, en=45, es=30)


def test_every_reply_of_set_n2_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_N2)


def test_set_n2_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_N2, "set N2", capsys)


def test_set_n2_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-01, the lead): 2 false confirmations, fixed as a class before any other miss was
    # read (tests/test_replies_setn2_promises.py); its other misses were read only after it was retired
    check_no_broken_promise(SET_N2)


def test_set_n2_holds_the_mail_machinery_its_readme_promises():
    # a rebuild that lost a charset, a delivery report or an HTML-only table would quietly make it an easier set
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_N2)
    assert {"utf-8", "iso-8859-1", "windows-1252", "windows-1251", "windows-1256", "iso-8859-6", "gb2312", "gbk",
            "big5", "euc-kr", "koi8-r", "iso-2022-jp", "shift_jis"} <= charsets
    assert {"multipart/alternative", "multipart/report", "message/delivery-status", "message/rfc822",
            "text/rfc822-headers", "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 6


def test_set_n2_holds_the_answers_its_readme_promises():
    words = Counter()
    needles = {
        "ticket template": ("type your reply above this line", "Escriba su respuesta encima", "Digite sua resposta acima",
                            "Vui lòng nhập câu trả lời"),
        "ticket pending": ("Status: Pending", "Estado: Pendiente"),
        "survey footer": ("How would you rate", "¿Cómo calificaría", "Como você avalia", "đánh giá dịch vụ"),
        "once you verify": ("Once you verify", "Una vez que verifique", "Sau khi quý vị xác minh", "Depois que você confirmar"),
        "if we find": ("If we find a record", "Si encontramos algún registro", "Se encontrarmos algum registro",
                       "Si nou jwenn", "如果我们找到", "Kung may makita", "Якщо ми знайдемо", "اگر ریکاردی"),
        "no record": ("no record matching", "ningún registro", "nenhum registro", "okenn dosye", "không tìm thấy hồ sơ",
                      "沒有找到", "لم نعثر", "wax diiwaan ah", "কোনো রেকর্ড", "មិនបានរកឃើញ"),
        "already removed": ("already removed on", "ya fueron eliminados el", "déjà été supprimées le", "уже были удалены"),
        "not a data broker": ("not a data broker", "no es un corredor de datos", "não é uma corretora de dados",
                              "не является брокером данных", "ڈیٹا بروکر نہیں"),
        "business contact data": ("business contact data", "datos de contacto comerciales",
                                  "données de contact professionnelles"),
        "affidavit": ("notarized affidavit", "declaración jurada notariada", "certifiée par un notaire", "经公证",
                      "كاتب العدل", "محضری"),
        "agent form": ("Authorized Agent Designation form", "formulario de designación de agente autorizado", "대리인 위임 양식"),
        "utility bill": ("utility bill", "recibo de luz", "comprovante de residência", "bòdwo kouran",
                         "комунальні послуги", "ਬਿਜਲੀ"),
        "delete it yourself": ("log in to your account", "inicie sesión en su cuenta", "Mag-log in sa inyong account"),
        "sale and sharing": ("sale and sharing", "venta y del intercambio", "venda e o compartilhamento", "bán và chia sẻ",
                             "판매 및 공유", "uuzaji na ushirikishaji", "販売および共有"),
        "ninety days": ("within 90 days", "dentro de 90 días"),
        "legal retention": ("legal obligations", "obligaciones legales"),
        "other law": ("Gramm-Leach-Bliley",), "drop": ("DROP",), "ccpa extension": ("additional 45 days", "45 días adicionales", "さらに45日間"),
        "expires": ("valid for 24 hours", "vence en 24 horas", "válido por 24 horas", "24 èdtan", "24 giờ", "24小时",
                    "24 годин", "24 گھنٹے"),
        "expired": ("has expired", "caducó"),
        "cancel beside confirm": ("/privacy/cancel/", "/privacidad/cancelar/"),
    }
    for _, msg in messages(SET_N2):
        raw = texts(msg)
        for key, alts in needles.items():
            words[key] += any(a in raw for a in alts)
    assert all(words[k] for k in needles), [k for k in needles if not words[k]]
    assert words["no record"] >= 8 and words["if we find"] >= 6 and words["sale and sharing"] >= 6
    assert words["affidavit"] >= 5 and words["utility bill"] >= 5 and words["expires"] >= 6


def test_set_n2_holds_a_reply_about_another_person_than_the_one_asked_for():
    # the broker removed someone in Fresno; the request was for a client in Santa Ana (a person must look)
    other = [r["file"] for r, msg in messages(SET_N2) if "Fresno" in _new_and_quoted(msg)[0]
             and "Santa Ana" in _new_and_quoted(msg)[1]]
    assert len(other) >= 2 and all(r["class"] == "unsure" for r in rows(SET_N2) if r["file"] in other)


def test_set_n2_holds_subjects_that_say_the_opposite_of_their_bodies():
    done = re.compile(r"complete|removed|confirmed|completada|procesada|concluído|hoàn tất", re.I)
    asks = re.compile(r"action required|acción requerida", re.I)
    said_done, said_ask = Counter(), Counter()
    for r, msg in messages(SET_N2):
        if done.search(str(msg["Subject"])) and r["class"] != "confirmed":
            said_done[r["class"]] += 1
        if asks.search(str(msg["Subject"])) and r["class"] == "confirmed":
            said_ask[r["class"]] += 1
    # "your privacy request is complete" over a sale opt-out that deletes nothing: unsure since r39 (its README, "Labels
    # revisited (r39)"), refused before
    assert sum(said_done.values()) >= 6 and {"needs_id", "verify_link", "unsure", "acknowledged"} <= set(said_done)
    assert said_ask["confirmed"] >= 2


def test_set_n2_holds_decisions_in_html_tables_and_only_in_the_quoted_mail():
    in_table = Counter()
    for r, msg in messages(SET_N2):
        html = msg.get_body(("html",))
        if html is not None and "<table" in html.get_content() and msg.get_body(("plain",)) is None:
            in_table[r["class"]] += 1
    assert sum(in_table.values()) >= 5 and {"confirmed", "refused", "needs_id"} <= set(in_table)
    below = Counter()
    for r, msg in messages(SET_N2):
        new, quoted = _new_and_quoted(msg)
        if re.search(r"see (the answer )?below|Vea abajo", new, re.I) and len(new) < 200 and len(quoted) > 150:
            below[r["class"]] += 1
    assert sum(below.values()) >= 3 and {"confirmed", "refused"} <= set(below)


def test_set_n2_holds_tracked_look_alike_and_expiring_verification_links():
    labels = rows(SET_N2)
    hosts = {urlsplit(r["link"]).hostname for r in labels if r["link"]}
    assert {"links.tracelane.example", "enlaces.vecinoinfo.example"} <= hosts  # the broker's own click-tracker
    assert "clk.mailpulse-stats.example" in hosts  # a tracker on another domain, followed hop by hop
    look_alike = [r for r, msg in messages(SET_N2) if "brightledger-requests.example" in texts(msg)]
    assert look_alike and all(r["class"] == "verify_link" and not r["link"] for r in look_alike)


def test_set_n2_holds_bounces_and_auto_replies_in_several_languages():
    labels = rows(SET_N2)
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 5
    assert len({r["lang"] for r in labels if r["class"] == "auto_reply"}) >= 6


def test_everything_in_set_n2_is_invented():
    check_invented(SET_N2)


def test_set_n2_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_N2, tmp_path)
