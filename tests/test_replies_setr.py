"""Set R (tests/replies/setr): held out for its reads, retired to development on 2026-12-02 (its
README). These tests hold that it is whole, that it
holds what its README promises (the distinctions that decide a client's case: requests closed
unanswered or unverified, residency limits, extensions, "manifestly unfounded or excessive",
vendors and partners, agents' routes and signed authorisations, "opt-out or deletion?", auto-replies
and challenge-response filters, bounces quoting our letter, completions known only from a portal,
another request type completed, corrections, marketing deleted but the listing kept, removals
promised for a later date, disagreeing HTML and plain parts, older confirmations of other brokers
quoted), with the mail machinery around them (S/MIME, winmail.dat, forwarded messages, delivery
reports, mislabelled charsets, encoded-word subjects in many charsets, format=flowed, safelinks and
click-trackers, identity-verification vendors' links), that everything in it is invented, that
build.py writes exactly these files, that `scripts/bench replies` now lists its misses, and the core
promise on it (no false confirmation, no wrong link opened); they assert no accuracy (its figures are
the benchmark's)."""

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

SET_R = Path(__file__).parent / "replies" / "setr"
LANGUAGES = {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "ro", "tr", "ja", "ko", "zh", "hi", "ar", "el"}


def test_set_r_loads_and_every_reply_is_labelled():
    check_labelled(SET_R, LANGUAGES, at_least=160, en=70, es=40)


def test_every_reply_of_set_r_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_R)


def test_set_r_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_R, "set R", capsys)


def test_set_r_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-02, the lead): 9 false confirmations and 5 wrong links, fixed as seven classes
    # (tests/test_replies_setr_promises.py) before any other miss was read; its other misses were read only after it
    # was retired (branch r30)
    check_no_broken_promise(SET_R)


def test_set_r_holds_the_mail_machinery_its_readme_promises():
    # a rebuild that lost an encoding, a signature, a winmail.dat, a forward or a delivery report would make it easier
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_R)
    assert {"utf-8", "iso-8859-1", "iso-8859-15", "iso-8859-2", "iso-8859-6", "iso-8859-7", "iso-8859-9",
            "iso-8859-16", "windows-1250", "windows-1252", "windows-1253", "windows-1256", "iso-2022-jp",
            "shift_jis", "euc-kr", "gb2312", "gbk"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "multipart/signed",
            "message/delivery-status", "message/rfc822", "application/pkcs7-signature", "application/ms-tnef",
            "text/html", "text/plain"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 6


def test_set_r_holds_mislabelled_charsets_flowed_text_and_encoded_subjects():
    mislabelled = flowed = 0
    subject_charsets: set[str] = set()
    for r in rows(SET_R):
        raw = (SET_R / r["file"]).read_bytes()
        head = raw.split(b"\n\n", 1)[0].decode("ascii")
        subject_charsets |= {c.lower() for c in re.findall(r"^Subject: =\?([^?]+)\?", head, re.M)}
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                flowed += part.get_param("format") == "flowed"
                if part.get_content_charset() == "utf-8":
                    try:
                        part.get_payload(decode=True).decode("utf-8")
                    except UnicodeDecodeError:  # declared utf-8, written in latin-1
                        mislabelled += 1
    assert mislabelled >= 3 and flowed >= 3
    assert len(subject_charsets) >= 14


def test_set_r_holds_the_answers_its_readme_promises():
    found = holding(SET_R, {
        "closed unanswered": ("did not receive a response within 21 days", "no recibimos respuesta en 21 días",
                              "não recebemos resposta em 15 dias", "auf unsere Rückfrage vom 9. Oktober keine Antwort"),
        "not verified": ("unable to verify your identity", "No pudimos verificar su identidad",
                         "nu am putut verifica identitatea"),
        "residency": ("residents of states with comprehensive consumer privacy laws", "residents of California, Colorado",
                      "residentes de los estados", "niet in de Europese Economische Ruimte", "उपभोक्ता गोपनीयता कानून"),
        "extension": ("45 additional days", "45 días adicionales", "two further months", "um zwei weitere Monate",
                      "o dwa miesiące", "prolongeons de 30 jours", "처리 기간을 연장", "prazo adicional"),
        "unfounded": ("manifestly unfounded", "manifiestamente infundada", "manifestamente infundado",
                      "προδήλως αβάσιμο"),
        "vendor": ("forwarded your request to our vendor", "reenviado su solicitud a nuestro proveedor",
                   "reencaminhado para o nosso subcontratante", "inoltrata al nostro fornitore"),
        "agent route": ("contact the consumer directly", "en contacto directamente con la consumidora"),
        "signed authorisation": ("permission signed by the consumer", "permiso firmado por la consumidora",
                                 "delega firmata", "التفويض الموقّع", "위임장"),
        "choice": ("Simply reply with \"1\" or \"2\"", "Responda con \"1\" o \"2\""),
        "challenge": ("challenge-response filter", "filtro de verificación"),
        "portal only": ("the details are available only in our Privacy Center",
                        "los detalles solo están disponibles en nuestro Centro de Privacidad"),
        "access done": ("Right to Know request", "solicitud de acceso (derecho a saber)", "pedido de acesso aos dados",
                        "查阅、复制请求"),
        "correction": ("updated the mailing address", "actualizado la dirección postal", "corrected the previous address",
                       "l'adresse et le numéro de téléphone inscrits à son dossier ont été mis à jour"),
        "listing kept": ("that listing will remain on our website", "ese listado seguirá en nuestro sitio",
                         "they remain in our business database"),
        "later": ("will no longer appear in our search results after", "dejará de aparecer en los resultados a partir del",
                  "اعتباراً من 15 ديسمبر", "next retrieval from DROP on December 15"),
        "drop": ("Delete Request and Opt-out Platform", "Plataforma de Solicitudes de Eliminación y Exclusión"),
        "fcra": ("Fair Credit Reporting Act", "Ley de Informes de Crédito Justos", "as required by the FCRA",
                 "como exigen la FCRA"),
        "identity vendor": ("inquiry.idproofly.example", "account.govidverify.example"),
    })
    assert all(found.values()), [k for k, v in found.items() if not v]
    # none of these answers is a confirmation of the deletion asked
    for key in ("closed unanswered", "not verified", "residency", "extension", "unfounded", "vendor", "agent route",
                "signed authorisation", "choice", "challenge", "portal only", "access done", "correction",
                "listing kept", "later", "fcra", "identity vendor"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    assert all(r["class"] == "refused" for k in ("closed unanswered", "not verified", "residency", "unfounded")
               for r in found[k])
    assert {r["class"] for r in found["extension"]} == {"extended"}
    # an identity vendor's link asks for an ID and a selfie: a person acts, nothing is opened
    assert all(r["class"] == "needs_id" and not r["link"] for r in found["identity vendor"])
    assert {r["class"] for r in found["challenge"]} == {"auto_reply"}


def test_set_r_holds_html_and_plain_parts_that_disagree_and_hidden_text():
    disagree, hidden = [], []
    for r, msg in messages(SET_R):
        plain = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        if plain is not None and html is not None:
            words = lambda s: set(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", s).lower()))  # noqa: E731
            extra = words(html.get_content()) - words(plain.get_content())
            if {"deleted", "eliminado", "opt", "out"} & extra:
                disagree.append(r["class"])
        if html is not None and "display:none !important" in html.get_content():
            hidden.append(r["class"])
    assert len(disagree) >= 3 and "confirmed" not in disagree
    assert len(hidden) >= 2 and "confirmed" not in hidden


def test_set_r_holds_our_letter_quoted_forwards_and_quoted_older_confirmations():
    quoting, forwards = [], []
    for r, msg in messages(SET_R):
        plain = msg.get_body(("plain",))
        text = plain.get_content() if plain else ""
        if "Reference: OPT-R-" in text.split("\n", 3)[-1] and ("> " in text or "Sent:" in text):
            quoting.append(r["class"])
        if any(p.get_content_type() == "message/rfc822" for p in msg.walk()) and r["class"] != "bounce":
            forwards.append(r["class"])
    assert len(quoting) >= 15 and {"acknowledged", "confirmed", "unsure", "refused", "needs_info"} <= set(quoting)
    # our letter (it asks to "confirm once the deletion is complete") quoted in an HTML part as Gmail marks it
    html_quoting = [r["class"] for r, msg in messages(SET_R) for p in msg.walk()
                    if p.get_content_type() == "text/html" and "Referen" in p.get_content()
                    and 'class="gmail_quote"' in p.get_content()]
    assert len(html_quoting) >= 2 and "confirmed" not in html_quoting
    assert {"acknowledged", "confirmed"} <= set(forwards)
    older = holding(SET_R, {"other broker": ("removed from Lanternlane", "removed from Marsh Hollow Directory",
                                     "eliminado del Directorio Marisma")})["other broker"]
    assert len(older) >= 4 and "confirmed" not in {r["class"] for r in older}


def test_set_r_holds_links_that_are_not_the_confirm_link():
    labelled = [r["link"] for r in rows(SET_R) if r["link"]]
    assert any("safelinks.protection.outlook.example" in x for x in labelled)
    assert any("/ls/click?" in x for x in labelled) and any("/r?u=" in x for x in labelled)
    decoys = [r for r, msg in messages(SET_R)
              if any(w in texts(msg) for w in ("satisfaction", "/status", "/estado", "unsub", "/download", "/export/",
                                               "challenge.", "reto."))]
    assert len(decoys) >= 10
    assert not [r["file"] for r in decoys if r["link"] and any(
        w in r["link"] for w in ("satisfaction", "status", "estado", "unsub", "download", "export", "challenge", "reto"))]
    # a reply that asks to confirm by answering "CONFIRM" has no link to open
    assert [r for r in rows(SET_R) if r["class"] == "verify_link" and not r["link"]]


def test_set_r_holds_bounces_auto_replies_signed_and_tnef_mails():
    labels = {r["file"]: r for r in rows(SET_R)}
    assert len({r["lang"] for r in labels.values() if r["class"] == "bounce"}) >= 3
    assert len({r["lang"] for r in labels.values() if r["class"] == "auto_reply"}) >= 3
    signed, tnef = [], []
    for r, msg in messages(SET_R):
        kinds = {p.get_content_type() for p in msg.walk()}
        if "application/pkcs7-signature" in kinds:
            signed.append(r["class"])
        if "application/ms-tnef" in kinds:
            tnef.append(r["class"])
    assert len(signed) >= 3 and len(tnef) >= 2


def test_everything_in_set_r_is_invented():
    check_invented(SET_R)


def test_set_r_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_R, tmp_path)
