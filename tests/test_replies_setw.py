"""Set W (tests/replies/setw): held out for its reads, retired to development on 2026-12-02 (its
README.md, branch r38). These tests hold that it is whole, that it
holds what its README promises (privacy-request portals' "completed" mail for access, sale, correction
and marketing requests or for another e-mail or brand, with request-type and status fields against
their text; suppression against deletion; partial removals: the phone only, one of three listings,
one site of a group; search engines' caches; a listing re-added from public records; answers written
inline in our quoted letter, or top-posted in another language; removal words in signatures and
legal footers; the GDPR's Article 17 exemptions and Article 12(3) extensions with the ICO, the CNIL or
the AEPD named; Spain's LOPDGDD, Colombia's Ley 1581, Mexico's ARCO, Peru's Ley 29733, Brazil's LGPD
and Quebec's Law 25; retired and full mailboxes; "see attached" answers in a PDF or an image; calendar
invites and surveys; verifications by reply, code, login, tracker and two links; a relative's, a
minor's and a deceased person's record; a clinic's authorisation accepted, refused or unsigned),
with the mail machinery around them, that everything in it is invented, that build.py writes exactly
these files, and that `scripts/bench replies` now lists its misses; they never assert how well the
reader does on it."""

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

SET_W = Path(__file__).parent / "replies" / "setw"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "so", "ru", "uk"}


def test_set_w_loads_and_every_reply_is_labelled():
    check_labelled(SET_W, LANGUAGES, at_least=170, en=50, es=55)


def test_every_reply_of_set_w_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_W)


def test_set_w_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_W, "set W", capsys)


def test_set_w_holds_the_mail_machinery_its_readme_promises():
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_W)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "windows-1252", "windows-1251", "windows-1256",
            "iso-8859-6", "koi8-r", "koi8-u", "gb2312", "gbk", "big5", "euc-kr"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/rfc822", "text/html", "text/plain", "text/calendar", "application/pdf", "image/png"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 5


# a portal's "completed" for a request that is not the deletion of the listing
NOT_DELETE = ("Access (Right to Know)", "Do Not Sell or Share My Personal Information", "Request type: Correct",
              "Opt-out of marketing communications", "Do Not Contact", "Acceso a mis datos",
              "No vender ni compartir mi información personal", "Tipo de solicitud: Rectificación",
              "Baja de comunicaciones comerciales", "Acesso aos dados", "Accès aux renseignements",
              "Truy cập dữ liệu", "不出售或共享我的个人信息", "Отказ от продажи")
OTHER_SCOPE = ("registered to the e-mail address above", "Vantage Rewards, a Halcyon Data Group brand",
               "registrada con el correo indicado", "programa de puntos de Grupo")
SUPPRESSED_KEPT = ("remains in our database and in the data products", "sigue en nuestra base de datos y en los productos")
SUPPRESSION_ONLY_RECORD = ("we\nkeep a suppression entry", "keep a suppression entry", "conservamos en una lista de exclusión")
PARTIAL = ("removed the phone number", "Quitamos del perfil de su clienta el número", "Removemos do perfil da sua cliente o telefone",
           "đã xóa số điện thoại", "We removed one of them", "Eliminamos uno, el de Santa Ana", "وحذفنا واحداً منها فقط",
           "sister sites", "sitios hermanos", "자매 사이트")
CACHE = ("cached copy", "copia antigua de la página", "copie en cache")
READDED = ("has been\ncreated from recently published county records", "created from recently published county records",
           "a partir de registros del condado publicados recientemente")
FOOTER = ("If you\nreceived this message in error, please delete it", "received this message in error, please delete it",
          "Si usted lo recibió por error, por favor elimínelo", "to be removed from our mailing list")
GDPR = ("Article 17(3)(b)", "artículo 17.3.b del RGPD", "article 17.3.b du RGPD", "17(3)(ب)", "Article 17(3)(a)",
        "Article 12(3)", "artículo 12.3 del RGPD", "l'article 12.3 du RGPD", "Article 17(1)", "artículo 17 del RGPD")
AUTHORITY = ("Information Commissioner's Office", "Agencia Española de Protección de Datos", "CNIL", "ANPD",
             "Commission\nd'accès à l'information", "Commission d'accès à l'information", "(ICO)")
LOCAL_LAWS = ("LOPDGDD", "Ley 1581 de 2012", "Ley Federal de Protección de Datos Personales", "Ley 29733", "LGPD",
              "Loi sur la protection des renseignements personnels", "article 28.1")
DEAD_END = ("This mailbox is no longer monitored", "Este buzón ya no se atiende", "não é mais monitorada",
            "此邮箱已停止使用", "resend your request to our privacy office", "vuelva a enviar su solicitud")
ATTACHED = ("Please see attached.", "See attached letter.", "Adjunto encontrarán la constancia.",
            "Le enviamos la respuesta en la imagen adjunta.")
SURVEY_INVITE = ("How would you rate", "¿Cómo califica", "has invited you to a call", "le invitó a una llamada")
LINK_ATTACHED = ("attached letter for the next step", "imagen adjunta el enlace")
REPLY_YES = ("with the single word YES", "con la palabra SÍ")
LOGIN = ("sign in to your Quarry Lookup account", "inicie sesión en su cuenta")
NOT_ME = ("This wasn't me", "No fui yo", "Ce n'était pas moi", "不是我提交的")
FAMILY = ("shown as a relative", "figura\ncomo madre", "como madre de su clienta", "papa kliyan ou an", "nanay ng client",
          "сестра вашої", "record for a minor", "registro de un menor")
DECEASED = ("as deceased", "falleció")
AGENT = ("accept it. Your client's profile", "la aceptamos. El perfil", "including law offices and authorized agents",
         "incluidos despachos, organizaciones y representantes autorizados", "authorized agent\" ki gen lèt siyen",
         "대리인(authorized", "is not signed by your client", "no está firmada por su clienta")


def test_set_w_holds_the_answers_its_readme_promises():
    found = holding(SET_W, needles={
        "not delete": NOT_DELETE, "other scope": OTHER_SCOPE, "suppressed, kept": SUPPRESSED_KEPT,
        "suppression record": SUPPRESSION_ONLY_RECORD, "partial": PARTIAL, "cache": CACHE, "re-added": READDED,
        "footer": FOOTER, "gdpr": GDPR, "authority": AUTHORITY, "local laws": LOCAL_LAWS, "dead end": DEAD_END,
        "attached": ATTACHED, "survey, invite": SURVEY_INVITE, "reply yes": REPLY_YES, "login": LOGIN,
        "not me": NOT_ME, "family": FAMILY, "deceased": DECEASED, "agent": AGENT,
        "link attached": LINK_ATTACHED})
    assert all(found.values()), [k for k, v in found.items() if not v]
    # none of these answers confirms the deletion our letter asked for
    for key in ("not delete", "other scope", "suppressed, kept", "partial", "re-added", "footer", "dead end",
                "survey, invite", "reply yes", "login", "not me", "family", "deceased"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    for key, cls in (("not delete", "unsure"), ("other scope", "unsure"), ("suppressed, kept", "unsure"),
                     ("suppression record", "confirmed"), ("cache", "confirmed"), ("re-added", "unsure"),
                     ("survey, invite", "other"), ("reply yes", "verify_link"), ("login", "needs_info"),
                     ("not me", "verify_link"), ("deceased", "needs_id")):
        assert {r["class"] for r in found[key]} == {cls}, key
    assert len(found["not delete"]) >= 12 and len({r["lang"] for r in found["not delete"]}) >= 7
    assert {"unsure", "needs_info"} >= {r["class"] for r in found["partial"]} and len(found["partial"]) >= 9
    assert {"acknowledged", "needs_info"} == {r["class"] for r in found["footer"]}
    assert {"refused", "extended", "confirmed"} <= {r["class"] for r in found["gdpr"]}
    assert {"auto_reply", "needs_info"} == {r["class"] for r in found["dead end"]}
    assert {"confirmed", "unsure"} == {r["class"] for r in found["attached"]}
    assert {"confirmed", "refused", "needs_info"} <= {r["class"] for r in found["agent"]}
    # the link of a reply to answer or a login page is none to open; a "not me" link never is
    assert not [r for r in found["reply yes"] + found["login"] if r["link"]]
    # a confirm link only inside a PDF or an image: a verification a person opens, nothing opened for her
    assert {r["class"] for r in found["link attached"]} == {"verify_link"} and len(found["link attached"]) == 2
    assert not [r for r in found["link attached"] if r["link"]]
    assert not [r for r in found["not me"] if re.search(r"deny|rechazar|refuser|jujue", r["link"])]
    assert len(found["not me"]) >= 4 and all(r["link"] for r in found["not me"])


def test_set_w_links_are_the_brokers_own_or_its_trackers_never_an_unsubscribe():
    labelled = [r for r in rows(SET_W) if r["link"]]
    assert len(labelled) >= 9
    for r in labelled:
        assert not re.search(r"unsub|/correo/baja|/email/huy|survey|encuesta|login|entrar", r["link"]), r["file"]
        assert any(r["link"].split("/")[2].endswith(d) for d in r["domains"].split()), r["file"]
    trackers = [r for r in labelled if len(r["domains"].split()) > 1]
    assert len(trackers) >= 3  # a click-tracker or redirector of the broker's e-mail service around its own link


def test_set_w_holds_inline_answers_top_posts_in_another_language_chrome_and_forwards():
    inline, top_other, chrome, forwards, auto = [], [], [], [], []
    for r, msg in messages(SET_W):
        text = texts(msg)
        if re.search(r"^> .*(Please delete|suprimir todos|tell us in writing)", text, re.M) and re.search(r"^> .*\n\n[^>\s]", text, re.M) \
                and not re.search(r"(wrote|escribió):$", text, re.M):
            inline.append(r["class"])
        if r["lang"] not in ("en",) and re.search(r"^> Dear .* privacy team", text, re.M):
            top_other.append(r["lang"])
        if r["lang"] == "en" and re.search(r"^> Estimado equipo de privacidad", text, re.M):
            top_other.append("en")
        if re.search(r"^(Status|Estado|Request status|Statut|Trạng thái|状态|Статус): ", text, re.M) or 'class="request-fields"' in text:
            chrome.append(r["class"])
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
        if msg["Auto-Submitted"]:
            auto.append(r["class"])
    assert {"confirmed", "unsure", "acknowledged"} <= set(inline)
    assert len(set(top_other)) >= 8
    assert len(chrome) >= 20 and {"confirmed", "unsure", "needs_id", "acknowledged"} <= set(chrome)
    assert sorted(forwards) == ["confirmed", "unsure"]
    assert {"auto_reply", "verify_link", "unsure", "acknowledged", "other"} <= set(auto)


def test_set_w_holds_several_languages_per_answer():
    labels = rows(SET_W)
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) >= 12
    assert len({r["lang"] for r in labels if r["class"] == "needs_id"}) >= 9
    assert len({r["lang"] for r in labels if r["class"] == "unsure"}) >= 10
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 4


def test_everything_in_set_w_is_invented():
    check_invented(SET_W, pdf=True)


def test_set_w_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_W, tmp_path)
