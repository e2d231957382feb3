"""Set Q (tests/replies/setq): held out for its reads, retired to development on 2026-12-02 (its
README). These tests hold that it is whole, that it
holds what its README promises (the distinctions that decide a client's case: a sale or marketing
opt-out against a deletion, "we hold nothing", an account or a newsletter deleted instead of the
listing, one address or listing of two, "deleted except what we must keep", public-record, FCRA,
GLBA and publishing exemptions, processors and service providers, a reply about another person,
status, survey, unsubscribe and login links beside the real confirm link, footers saying "deleted",
our letter quoted, forwarded and multi-step answers, removals promised for later, subjects that
contradict their bodies), with the mail machinery around them (HTML-only status tables with hidden
preheaders and tracking pixels, ticketing systems' headers, safelinks, redirectors and
click-trackers, forwarded messages, PDF letters and calendar files, legacy encodings, delivery
reports), that everything in it is invented, that build.py writes exactly these files, that
`scripts/bench replies` now lists its misses, and the core promise on it (no false confirmation,
no wrong link opened); they assert no accuracy (its figures are the benchmark's)."""

from __future__ import annotations

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

SET_Q = Path(__file__).parent / "replies" / "setq"
LANGUAGES = {"en", "es", "fr", "de", "it", "nl", "pt", "pl", "sv", "da", "cs", "el", "hu", "fi", "ht", "vi", "zh",
             "ko", "tl", "ar", "ru", "ja"}


def test_held_out_set_q_loads_and_every_reply_is_labelled():
    check_labelled(SET_Q, LANGUAGES, at_least=160, en=55, es=40)


def test_every_reply_of_set_q_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_Q)


def test_set_q_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_Q, "set Q", capsys)


def test_set_q_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-01, the lead): 5 false confirmations (en-24, en-25, en-55, en-57, es-16), fixed as four
    # classes before any other miss was read; its other misses were read only after it was retired (branch r27)
    check_no_broken_promise(SET_Q)


def test_set_q_holds_the_mail_machinery_its_readme_promises():
    # a rebuild that lost an encoding, a forward, a PDF, a calendar or a delivery report would make it an easier set
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_Q)
    assert {"utf-8", "iso-8859-1", "iso-8859-15", "iso-8859-2", "iso-8859-7", "windows-1250", "windows-1252",
            "windows-1256", "koi8-r", "iso-2022-jp", "gb2312", "gbk", "big5", "euc-kr"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "message/delivery-status",
            "message/rfc822", "text/html", "text/plain", "text/calendar", "application/pdf"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 4


def test_set_q_holds_the_answers_its_readme_promises():
    found = holding(SET_Q, {
        "sale opt-out": ("opt out of the sale and sharing", "Do Not Sell list", "Opt out of sale/sharing",
                         "exclusión de la venta", "lista de No Vender", "pa vann ni pataje",
                         "بعدم بيع المعلومات الشخصية", "We do not sell personal information",
                         "No vendemos información personal", "a sale opt-out does not apply"),
        "marketing only": ("marketing suppression file", "archivo de supresión de publicidad",
                           "opposition à la prospection", "Widerspruch gegen die Nutzung Ihrer Daten für Werbezwecke",
                           "opposizione al trattamento per finalità di marketing", "afgemeld voor",
                           "sprzeciw wobec przetwarzania danych w celach marketingowych", "frabedt reklame",
                           "Suoramarkkinointikieltosi", "newsletter", "boletín", "διαγράφηκε από τη λίστα",
                           "удалён из списка рассылки", "退订我们的营销邮件"),
        "nothing held": ("found no records that match", "has no personal data relating to", "no encontramos ningún registro",
                         "no trata ningún dato personal", "nous ne détenons aucune donnée",
                         "geen persoonsgegevens van de betrokkene", "не обрабатываем персональные данные"),
        "account only": ("account and its saved searches have been permanently deleted", "su cuenta de FindFolk",
                         "Nabura na ang inyong FindFolk account", "Sua conta na BuscaGente foi excluída",
                         "회원 탈퇴가 완료되어"),
        "one of two": ("no action was taken for it", "no se tomó ninguna medida", "nên chưa thực hiện gì",
                       "please submit a separate request for each additional listing"),
        "kept part": ("we keep a record of this request", "conservamos un registro de esta solicitud",
                      "deleted the personal information we are not required to retain",
                      "Eliminamos la información personal que no estamos obligados a conservar"),
        "exempt": ("Fair Credit Reporting Act", "Ley de Informes de Credito Justos", "Gramm-Leach-Bliley",
                   "public records obtained from government sources", "registros públicos obtenidos de fuentes",
                   "مصدرها سجلات عامة حكومية", "utgivningsbevis"),
        "processor": ("as a service provider", "como proveedor de servicios", "acts as a processor",
                      "encargado del tratamiento", "sous-traitant", "jsme pouze zpracovatelem", "受託方", "委託先"),
        "retain by law": ("required under the Central Bank's credit reporting rules", "obligado por ley a conservar",
                          "Art. 17 Abs. 3 lit. b", "obrigação legal", "prawa bankowego"),
        "another person": ("#HF-77310", "#HF-77402", "request OPT-Q-7119"),
        "later": ("within 72 hours", "en 72 horas", "entro 72 ore", "72시간 이내에", "next data update",
                  "próxima actualización de datos", "pwochen mizajou", "next database refresh",
                  "December 15 publishing cycle", "próxima atualização", "prochaine mise à jour"),
        "next mail": ("step 1 of 2", "paso 1 de 2", "You will receive a second e-mail", "Recibirá un segundo correo",
                      "will contact you directly"),
    }, pdf=True)
    assert all(found.values()), [k for k, v in found.items() if not v]
    assert len(found["sale opt-out"]) >= 8 and len(found["marketing only"]) >= 12 and len(found["processor"]) >= 8
    # the labels a careful reader gives these answers: none of them confirms the deletion asked
    for key in ("sale opt-out", "marketing only", "nothing held", "account only", "one of two", "processor",
                "retain by law", "another person", "later", "next mail"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    assert all(r["class"] == "refused" for k in ("processor", "retain by law") for r in found[k])
    assert all(r["class"] in ("unsure", "needs_info") for k in ("account only", "another person") for r in found[k])
    # "nothing held" for the letter's name: refused, no record (branch r50's label rule, ../replies/README.md); one
    # address of two found nothing beside a removal stays unsure (a part)
    assert all(r["class"] in ("refused", "unsure") for r in found["nothing held"])
    assert all(r["class"] in ("refused", "unsure") for r in found["exempt"])
    # and a deletion said in words stays a confirmation whatever is kept beside it
    assert {"confirmed", "unsure"} <= {r["class"] for r in found["kept part"]}


def test_set_q_holds_links_that_are_not_the_confirm_link():
    # status pages, surveys, unsubscribe and preference links, a sign-in page: none of them is a link to open
    decoys = []
    for r, msg in messages(SET_Q):
        raw = texts(msg)
        if any(w in raw for w in ("/status", "survey", "unsubscribe", "/u/all", "satisfaction", "account/login")):
            decoys.append(r)
    assert len(decoys) >= 15 and {"acknowledged", "verify_link", "unsure", "confirmed"} <= {r["class"] for r in decoys}
    assert not [r["file"] for r in decoys if r["link"] and any(
        w in r["link"] for w in ("/status", "survey", "unsubscribe", "satisfaction", "login"))]
    # a sign-in page asks for a person, never a link opened: verify_link without a link
    assert [r for r in decoys if r["class"] == "verify_link" and not r["link"]]
    labelled = [r["link"] for r in rows(SET_Q) if r["link"]]
    assert any("safelinks.protection.outlook.example" in x for x in labelled)
    assert any("/redirect?u=" in x for x in labelled) and any("/ls/click?" in x for x in labelled)


def test_set_q_holds_our_letter_quoted_and_forwarded_answers():
    quoting, forwards = [], []
    for r, msg in messages(SET_Q):
        plain = msg.get_body(("plain",))
        lines = plain.get_content().splitlines() if plain else []
        quoted = "\n".join(x for x in lines if x.startswith(">"))
        if "Reference: OPT-" in quoted or "Referencia: OPT-" in quoted:
            quoting.append(r["class"])
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
    # the letter asks to "confirm once the deletion is complete": a quoted letter confirms nothing
    assert len(quoting) >= 15 and {"acknowledged", "confirmed", "unsure", "refused", "needs_info"} <= set(quoting)
    assert len(forwards) >= 2


def test_set_q_holds_html_only_mails_tables_preheaders_pixels_and_help_desks():
    preheaders = pixels = html_only = tables = 0
    for _, msg in messages(SET_Q):
        html = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
        html_only += msg.get_content_type() == "text/html"
        preheaders += any("display:none" in h for h in html)
        pixels += any('width="1" height="1"' in h for h in html)
        tables += any("<table" in h for h in html)
    assert html_only >= 10 and preheaders >= 5 and pixels >= 5 and tables >= 3
    desks = [r for r, msg in messages(SET_Q)
             if msg["X-Zendesk-From-Account-Id"] or msg["X-Freshdesk-Ticket-Id"] or msg["X-SFDC-LK"]]
    assert len(desks) >= 5 and {"confirmed", "unsure", "acknowledged"} <= {r["class"] for r in desks}


def test_set_q_holds_pdf_letters_and_calendar_files():
    invites, pdfs = [], []
    for r, msg in messages(SET_Q):
        kinds = {p.get_content_type() for p in msg.walk()}
        if "text/calendar" in kinds:
            invites.append(r["class"])
        if "application/pdf" in kinds:
            plain = msg.get_body(("plain",))
            assert len(plain.get_content().strip()) < 120, r["file"]  # the answer is only in the PDF
            pdfs.append(r["class"])
    assert invites == ["acknowledged"]
    assert len(pdfs) >= 3 and {"confirmed", "refused"} <= set(pdfs)


def test_set_q_holds_bounces_and_auto_replies_in_several_languages():
    labels = rows(SET_Q)
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 4
    assert len({r["lang"] for r in labels if r["class"] == "auto_reply"}) >= 5


def test_everything_in_set_q_is_invented():
    check_invented(SET_Q, pdf=True)


def test_set_q_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_Q, tmp_path)
