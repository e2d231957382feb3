"""Set T (tests/replies/sett): held out for its reads, retired to development on 2026-12-02 (its
README, branch r34). These tests hold that it is whole, that it
holds what its README promises (privacy laws outside the US as brokers answer them: ARCO's blocking
before cancellation, habeas data's claims, LGPD, PIPEDA and Quebec, GDPR's extensions, exceptions,
objections and recipients told, the Philippines, Korea, Japan, Vietnam; marketing suppressions,
FCRA screeners, removal for a fee, public records, newspapers, search engines, reputation firms,
identity checks on another domain, another person's record, access answered for deletion), with the
mail machinery around them (delivery reports of three MTAs, auto-replies, S/MIME and PGP signatures,
PDF, image, calendar and winmail.dat parts, forwards, long threads, disagreeing and hidden text,
mislabelled and legacy charsets, encoded-word subjects, trackers, redirectors, safelinks and
look-alike hosts), that everything in it is invented, that build.py writes exactly these files, and
that `scripts/bench replies` now lists its misses; they assert no accuracy (its figures are the
benchmark's)."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from .replies_sets import (
    check_built_by_build_py,
    check_invented,
    check_labelled,
    check_retired_in_the_bench,
    check_well_formed,
    mail_machinery,
    messages,
    holding,
    rows,
    texts,
)

SET_T = Path(__file__).parent / "replies" / "sett"
LANGUAGES = {"en", "es", "pt", "fr", "tl", "ko", "ja", "vi", "zh", "ru", "uk", "ar", "fa", "ht"}



def test_set_t_loads_and_every_reply_is_labelled():
    check_labelled(SET_T, LANGUAGES, at_least=160, en=80, es=40)


def test_every_reply_of_set_t_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_T)


def test_set_t_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_T, "set T", capsys)


def test_set_t_holds_the_mail_machinery_its_readme_promises():
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_T)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "windows-1251", "windows-1252", "windows-1256",
            "koi8-r", "koi8-u", "big5", "gb2312", "euc-kr", "shift_jis", "iso-2022-jp"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "multipart/signed",
            "message/delivery-status", "message/rfc822", "text/rfc822-headers", "text/html", "text/plain",
            "text/calendar", "application/pdf", "image/png", "application/ms-tnef", "application/pkcs7-signature",
            "application/pgp-signature"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 5


def test_set_t_holds_mislabelled_charsets_flowed_text_and_encoded_subjects():
    mislabelled = flowed = 0
    subject_charsets: set[str] = set()
    for r in rows(SET_T):
        raw = (SET_T / r["file"]).read_bytes()
        head = raw.split(b"\n\n", 1)[0].decode("ascii")
        subject = head.split("\nSubject: ", 1)[1].split("\nDate:")[0]
        subject_charsets |= {c.lower() for c in re.findall(r"=\?([^?]+)\?B\?", subject)}
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
    assert mislabelled >= 4 and flowed >= 1
    assert len(subject_charsets) >= 8


def test_set_t_holds_the_answers_its_readme_promises():
    found = holding(SET_T, pdf=True, needles={
        "blocked, deletion later": ("serán objeto de bloqueo durante el plazo", "first be blocked for the applicable retention"),
        "blocked only": ("han sido bloqueados en nuestros sistemas", "foram bloqueados", "заблокированы на время",
                         "已屏蔽"),
        "anonymised or pseudonymised, kept": ("pseudonimizados", "aggregate analytics has been anonymised"),
        "one product or country": ("not affected by a LookupLane opt-out", "separate controller",
                                   "responsable independiente"),
        "processed, no outcome": ("We have processed your request.", "Su solicitud ha sido procesado",
                                  "processed in accordance with applicable law", "has taken the action it considers appropriate",
                                  "batch 46 have been processed", "درخواست شما بررسی و پردازش شد", "We are closing this request"),
        "access for deletion": ("a report of the personal information we hold", "derecho de acceso"),
        "marketing suppression": ("added to our marketing suppression file", "prospect marketing lists", "archivo de supresión de mercadeo",
                                  "lista de exclusión", "objection register", "liste d'opposition", "opt out of prescreened"),
        "public record stays": ("public records and will remain", "registros públicos y permanecerán", "will stay on Ledgerline",
                                "屬於公開紀錄"),
        "fee": ("one-time fee of $399", "tarifa única de $299", "expedited removal is available for $149"),
        "extension": ("further two months", "por un periodo igual", "ocho (8) días hábiles", "dos meses más",
                      "prolongeons de deux mois", "by 45 days", "처리 기한을 연장"),
        "regulator": ("Information Commissioner's Office", "ante el INAI", "Superintendencia de Industria y Comercio",
                      "Agencia Española de Protección de Datos", "(ANPD)", "Commission d'accès à l'information",
                      "National Privacy Commission", "Texas Attorney General", "Secretaría Anticorrupción", "la CNIL"),
        "confirm it was the person": ("with the word YES", "con la palabra SÍ", "Enter this code on the opt-out page"),
        "replaced link": ("it replaces the old link", "reemplaza al anterior", "substitui o anterior"),
        "another person": ("Maria Lopez, age 58, of Houston, TX", "María López, de 61 años, de San Antonio, Texas",
                           "tracepoint.example/people/olena-kovalenko/NY/10457", "Dear Mr. Adeyemi"),
        "identity check elsewhere": ("verify.idgate-secure.example", "account.verifyme-id.example"),
        "search engine": ("does not remove the content from the web", "La página sigue publicada", "La page reste en ligne"),
        "fcra": ("consumer reporting agency regulated by the Fair Credit Reporting Act",),
    })
    assert all(found.values()), [k for k, v in found.items() if not v]
    # none of these answers confirms the deletion our letter asked for
    for key in ("blocked, deletion later", "blocked only", "anonymised or pseudonymised, kept", "one product or country",
                "processed, no outcome", "access for deletion", "marketing suppression", "public record stays", "fee",
                "extension", "regulator", "confirm it was the person", "replaced link", "another person",
                "identity check elsewhere", "search engine", "fcra"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    assert {r["class"] for r in found["extension"]} == {"extended"}
    assert {r["class"] for r in found["fee"]} <= {"refused", "needs_info"}
    # a reply "YES", a code to type and an identity check on another domain are never a link to open
    assert not [r["file"] for k in ("confirm it was the person", "identity check elsewhere") for r in found[k] if r["link"]]
    assert {r["class"] for r in found["identity check elsewhere"]} == {"needs_id"}
    # the new link replaces the expired one, which the same mail still quotes
    for r in found["replaced link"]:
        assert r["class"] == "verify_link" and r["link"]


def test_set_t_holds_attachments_signatures_hidden_text_and_forwards():
    pdf_only, image_only, signed, hidden, disagree, forwards, auto = [], [], [], [], [], [], []
    for r, msg in messages(SET_T):
        types = {p.get_content_type() for p in msg.walk()}
        body = msg.get_body(("plain",))
        if "application/pdf" in types:
            pdf_only.append(r["class"])
        if "image/png" in types:
            image_only.append(r["class"])
        if msg.get_content_type() == "multipart/signed":
            signed.append(r["class"])
        html = msg.get_body(("html",))
        if html is not None and '<div style="display:none">' in html.get_content():
            hidden.append(r["class"])
        if msg.get_content_type() == "multipart/alternative" and body is not None and html is not None:
            plain_words = set(re.findall(r"\w+", body.get_content().lower()))
            html_words = set(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", html.get_content()).lower()))
            if len(plain_words ^ html_words) > 20:
                disagree.append(r["class"])
        if "message/rfc822" in types and r["class"] != "bounce":
            forwards.append(r["class"])
        if msg["Auto-Submitted"]:
            auto.append(r["class"])
    assert len(pdf_only) >= 2 and "confirmed" in pdf_only  # the decision only in the PDF letter
    assert image_only == ["unsure"]  # a scan no text layer reads: nobody can say what it decided
    assert len(signed) >= 5
    assert len(hidden) >= 2 and len(disagree) >= 2 and set(disagree) == {"unsure"}
    assert {"unsure", "confirmed"} <= set(forwards)
    assert {"auto_reply", "acknowledged"} <= set(auto)


def test_set_t_holds_links_that_are_not_the_confirm_link():
    labelled = [r["link"] for r in rows(SET_T) if r["link"]]
    assert any("safelinks.protection.outlook.example" in x for x in labelled)
    assert any("/ls/click?" in x for x in labelled) and any("/r?u=" in x for x in labelled)
    decoys = [r for r, msg in messages(SET_T)
              if any(w in texts(msg) for w in ("unsubscribe", "preferences", "/prefs", "/baja", "/cancelar", "huy-dang-ky",
                                               "satisfaction", "/surveys/", "/reopen", "/status/", "checkout", "pagos.",
                                               "/disputes", "/deals/"))]
    assert len(decoys) >= 12
    assert not [r["file"] for r in decoys if r["link"] and any(
        w in r["link"] for w in ("unsub", "pref", "baja", "cancelar", "huy", "satisfaction", "survey", "reopen", "status",
                                 "checkout", "pagos", "dispute", "deal"))]
    # a look-alike host and a payment page are never labelled as the link to open, nor a confirmation
    lookalike = [r for r, msg in messages(SET_T) if "peoplefinderhub-secure.example" in texts(msg)]
    assert lookalike and not [r for r in lookalike if r["link"] or r["class"] == "confirmed"]
    assert [r for r in rows(SET_T) if r["class"] == "verify_link" and not r["link"]]
    # a look-alike confirm address hidden by CSS beside the broker's own link: the broker's link is the one
    hidden_lookalike = [r for r, msg in messages(SET_T) if "harperwhlte.example" in texts(msg)]
    assert len(hidden_lookalike) == 1 and hidden_lookalike[0]["link"].startswith("https://harperwhite.example/")


def test_set_t_holds_bounces_auto_replies_and_confirmations_in_several_languages():
    labels = rows(SET_T)
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 3
    assert len({r["lang"] for r in labels if r["class"] == "auto_reply"}) >= 3
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) >= 12


def test_everything_in_set_t_is_invented():
    check_invented(SET_T, pdf=True)


def test_set_t_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_T, tmp_path)
