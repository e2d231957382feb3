"""Set V (tests/replies/setv): held out for its reads, retired to development on 2026-12-02 (its
README.md, branch r37). These tests hold that it is whole, that it
holds what its README promises (searches that prove nothing about a listing: no data for the e-mail
address, no account, "we do not sell", a marketing list; help-desk tickets whose status field and
text disagree, or that close themselves; future, scheduled and conditional removals and "processed"
meaning received; identity demands that harm undocumented clients and the alternatives offered;
authorised agents refused; denials and appeals under the Colorado, Virginia, Connecticut and Texas
laws; California's DROP; another listing, a relative, a namesake or an old address removed; a parent
company's opt-out and its brands; legal terms left in English; machine translation; short mobile
replies; our own letter quoted; links that expire, need a code, sit on look-alike hosts or beside
unsubscribe links, and confirmations that need no link), with the mail machinery around them, that
everything in it is invented, that build.py writes exactly these files, and that `scripts/bench
replies` now lists its misses; they never assert how well the reader does on it."""

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

SET_V = Path(__file__).parent / "replies" / "setv"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "am", "so", "ru", "uk"}


def test_set_v_loads_and_every_reply_is_labelled():
    check_labelled(SET_V, LANGUAGES, at_least=170, en=50, es=55)


def test_every_reply_of_set_v_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_V)


def test_set_v_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_V, "set V", capsys)


def test_set_v_holds_the_mail_machinery_its_readme_promises():
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_V)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "windows-1252", "windows-1251", "windows-1256",
            "iso-8859-6", "koi8-r", "koi8-u", "gb2312", "big5", "euc-kr"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/rfc822", "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 4


# searches that prove nothing about a people-search listing (found by name and address, not by e-mail or account)
NO_PROOF = ("no personal information linked to that email address", "no account exists", "does not sell personal",
            "removed from our marketing list", "no encontramos datos personales asociados", "No existe ninguna cuenta",
            "no vende información personal", "lista de correo promocional", "não encontramos dados pessoais",
            "pa jwenn okenn done", "aucune donnée associée", "không tìm thấy dữ liệu", "没有找到与该电子邮件地址",
            "我们不出售个人信息", "연결된 계정이 없습니다", "Wala po kaming nakitang account", "لم نعثر على أي بيانات",
            "የግል መረጃ በስርዓታችን ውስጥ አላገኘንም", "mana helin wax xog", "не нашли данных", "Мы не продаём")
SOLVED_ASKING = ("This ticket is marked solved", "marcada como resuelta", "marcado como resolvido", "marqué comme résolu",
                 "marked this request as resolved", "Marcamos esta solicitud como resuelta")
PENDING_DONE = ("Status</td><td><b>Pending", "Estado</td><td><b>Pendiente")
COMPLETE_UNDONE = ("has been marked Complete", "se marcó como Completada")
AUTO_CLOSED = ("closed automatically", "se cerró automáticamente")
FUTURE = ("will be completed within 45 days", "scheduled to be removed in our", "processed in our next retrieval",
          "se eliminará en un plazo de 45", "se aplicará en la próxima actualización", "se procesará en la próxima",
          "será removido em até 30 dias", "N ap retire pwofil la nan 30 jou", "La suppression sera effective sous",
          "sẽ được xóa trong vòng 45 ngày", "我们将在30天内完成删除", "45일 이내에 삭제될 예정", "Tatanggalin po ang profile",
          "سيتم حذف الملف الشخصي خلال", "በ30 ቀናት ውስጥ ይሰረዛል", "Профіль буде видалено", "será atendida en el plazo",
          "Será atendido dentro de los quince", "será procesada dentro de 10 días")
PROCESSED = ("Your request has been processed", "Su solicitud ha sido procesada", "Demann ou an te trete", "您的请求已处理")
IDENTITY = ("government-issued photo ID", "identificación oficial vigente con fotografía", "notarized", "ante notario",
            "Social Security Number", "Seguro Social (SSN)", "utility bill", "recibo reciente de luz", "DPI",
            "conta de luz", "pièce d'identité officielle", "附照片的身分證件")
ALTERNATIVE = ("we can also accept a lease", "matrícula consular")
AGENT_REFUSED = ("including authorized agents", "incluidos los authorized agents", "procuradores (authorized agents)",
                 "authorized agent\". Se moun", "대리인(authorized agent)을 통한 요청은 받지 않습니다")
STATES = ("Colorado Privacy Act", "Virginia Consumer Data Protection Act", "Va. Code 59.1-577",
          "Connecticut Data Privacy Act", "Texas Data Privacy and Security Act")
APPEAL = ("You may appeal", "Puede apelar", "If you wish to appeal", "Si desea apelar", "appeal form")
DROP = ("Delete Request and Opt-out Platform", "DROP system", "figura en DROP")
ANOTHER = ("rosa-quintanilla/fresno", "listed as a relative", "Tesfaye Bekele, age 34, of Houston", "1420 Birch Lane",
           "como hijo de su clienta", "Marisol Aguirre, de 29 años", "irmão da sua cliente", "Nguyễn Thị Lan, 58 tuổi",
           "家人陳志明", "родичка вашої клієнтки")
BRANDS = ("does not apply to our people-search", "does not affect information held by our parent",
          "no aplica a nuestros sitios de búsqueda", "nuestra empresa matriz")
MACHINE = ("traducido automáticamente", "tradui otomatikman")
NO_LINK_NEEDED = ("You do not need to click any link", "No necesita hacer clic en ningún enlace")
EXPIRED = ("link we sent you has expired", "El enlace de verificación que le enviamos venció")
CODE = ("Your verification code is 319 552", "Su código de verificación es 552 809")
FEE = ("$19.99 per listing", "$14.99 por perfil")
LOOKALIKE = ("kestrel-lookup-verify.example", "oakhavensearch-support.example", "perfilesmx-soporte.example")


def test_set_v_holds_the_answers_its_readme_promises():
    found = holding(SET_V, needles={
        "no proof": NO_PROOF, "solved, asking": SOLVED_ASKING, "pending, done": PENDING_DONE,
        "complete, undone": COMPLETE_UNDONE, "auto-closed": AUTO_CLOSED, "future": FUTURE, "processed": PROCESSED,
        "identity": IDENTITY, "alternative": ALTERNATIVE, "agent refused": AGENT_REFUSED, "states": STATES,
        "appeal": APPEAL, "drop": DROP, "another": ANOTHER, "brands": BRANDS, "machine": MACHINE,
        "no link needed": NO_LINK_NEEDED, "expired": EXPIRED, "code": CODE, "lookalike": LOOKALIKE, "fee": FEE})
    assert all(found.values()), [k for k, v in found.items() if not v]
    # none of these answers confirms the deletion our letter asked for
    for key in ("no proof", "solved, asking", "complete, undone", "auto-closed", "future", "processed", "identity",
                "alternative", "agent refused", "appeal", "another", "brands", "expired", "code", "fee"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    for key, cls in (("no proof", "unsure"), ("complete, undone", "unsure"), ("auto-closed", "unsure"),
                     ("future", "acknowledged"), ("processed", "acknowledged"), ("identity", "needs_id"),
                     ("another", "unsure"), ("brands", "unsure"), ("solved, asking", "needs_info"),
                     ("pending, done", "confirmed"), ("expired", "needs_info"),
                     ("fee", "needs_info")):
        assert {r["class"] for r in found[key]} == {cls}, key
    assert len(found["no proof"]) >= 18 and len({r["lang"] for r in found["no proof"]}) >= 12
    assert len(found["identity"]) >= 12 and len(found["future"]) >= 15
    assert {r["class"] for r in found["agent refused"]} == {"refused"}
    assert {r["reason"] for r in found["agent refused"]} == {"agent not accepted"}
    # the four states' laws, denied with an appeal route and decided on appeal
    assert len({r["domains"] for r in found["states"]}) >= 4
    assert {"refused", "confirmed", "extended", "acknowledged"} <= {r["class"] for r in found["states"]}
    assert {r["class"] for r in found["appeal"]} == {"refused"}
    assert {"confirmed", "acknowledged"} <= {r["class"] for r in found["drop"]}
    # a confirmation that needs no link has none to open; a code to type is no link either
    assert {r["class"] for r in found["no link needed"]} == {"confirmed"}
    assert not [r for r in found["no link needed"] if r["link"]]
    # a paid priority removal beside the free web form: the form is the route, the payment page never a link
    assert not [r for r in found["fee"] if r["link"]]
    assert {r["class"] for r in found["code"]} == {"verify_link"}
    assert [r for r in found["code"] if not r["link"]]  # a code to type where the request began: nothing to open


def test_set_v_links_are_the_brokers_own_never_a_look_alike_or_an_unsubscribe():
    labelled = [r for r in rows(SET_V) if r["link"]]
    assert len(labelled) >= 9
    for r in labelled:
        assert not any(h in r["link"] for h in LOOKALIKE), r["file"]
        assert not re.search(r"unsub|baja-correo|/correo/baja|dezab|/email/(sair|huy)|preferenc", r["link"]), r["file"]
        assert any(r["link"].split("/")[2].endswith(d) for d in r["domains"].split()), r["file"]
    assert any("/ls/click?" in r["link"] for r in labelled) and any("/r?u=" in r["link"] for r in labelled)
    beside = [r for r, msg in messages(SET_V) if r["link"] and re.search(r"unsubscribe|/correo/baja|dezabone|/email/(sair|huy)",
                                                                          texts(msg))]
    assert len(beside) >= 5  # an unsubscribe link beside the one to open


def test_set_v_holds_status_fields_short_replies_our_quoted_letter_and_disagreeing_parts():
    chrome, short, quoting, disagree, forwards, auto = [], {}, [], [], [], []
    for r, msg in messages(SET_V):
        text = texts(msg)
        if re.search(r"^(Status|Estado|Statut): ", text, re.M) or 'class="ticket-fields"' in text:
            chrome.append(r["class"])
        plain = msg.get_body(("plain",))
        if plain is not None:
            own = re.split(r"\n(On|El) \d{4}-\d\d-\d\d \d\d:\d\d, ", plain.get_content())[0]
            own = "\n".join(x for x in own.strip().splitlines() if not x.startswith(("Sent from", "Enviado d")))
            if own and len(own.strip().encode()) <= 70:
                short[own.strip()] = r["class"]
        if re.search(r"^> (To the privacy team of|Al equipo de privacidad de) ", text, re.M):
            quoting.append(r["class"])
        if msg.get_content_type() == "multipart/alternative":
            parts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
            if "eliminaremos" in parts[1] and "eliminaremos" not in parts[0] or "will delete" in parts[1] and "will delete" not in parts[0]:
                disagree.append(r["class"])
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
        if msg["Auto-Submitted"]:
            auto.append(r["class"])
    assert len(chrome) >= 12 and {"confirmed", "unsure", "needs_info"} <= set(chrome)
    assert short == {"all gone, took her page down this morning": "confirmed", "will do": "acknowledged",
                     "which one? theres 2 with that name in Salinas": "needs_info",
                     "Listo, ya lo quitamos": "confirmed", "ok, lo reviso y le aviso": "acknowledged",
                     "¿Cuál de las dos? Hay dos señoras con ese nombre en Salinas": "needs_info",
                     "Pronto, tirei o perfil dela do ar agora de manhã": "confirmed",
                     "ok po, noted": "acknowledged",
                     "Recibido, gracias. Lo pasamos al área que corresponde.\n\nGuía Abierta": "acknowledged"}, short
    assert len(quoting) >= 20 and {"acknowledged", "unsure", "needs_info", "confirmed", "refused"} <= set(quoting)
    assert disagree == ["unsure", "unsure"]  # a plain part that says done beside an HTML part that says it will be
    assert set(forwards) == {"confirmed"} and {"auto_reply", "acknowledged", "unsure"} <= set(auto)


def test_set_v_holds_several_languages_per_answer_and_legal_terms_left_in_english():
    labels = rows(SET_V)
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) >= 12
    assert len({r["lang"] for r in labels if r["class"] == "needs_id"}) >= 10
    assert len({r["lang"] for r in labels if r["class"] == "unsure"}) >= 12
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 3
    def own(msg) -> str:  # the broker's words: our quoted letter (English in some threads) left out
        return " ".join(" ".join(x for x in texts(msg).splitlines() if not x.startswith(">")).split())

    english_terms = [r["lang"] for r, msg in messages(SET_V) if r["lang"] != "en" and r["class"] != "bounce" and re.search(
        r"CCPA|authorized agent|government-issued photo ID|opt-out|public records|service provider|Privacy Act|"
        r"Attorney General|deletion request|\bdelete\b", own(msg))]
    assert len(english_terms) >= 20 and set(english_terms) >= {"es", "pt", "ht", "ko", "tl", "ar", "so", "uk", "vi"}


def test_everything_in_set_v_is_invented():
    check_invented(SET_V)


def test_set_v_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_V, tmp_path)
