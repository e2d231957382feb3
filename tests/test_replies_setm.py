"""Set M (tests/replies/setm): held out for its reads, retired to development on 2026-12-01 (its
README). These tests hold that it is whole, that it holds the answers to an authorised agent, the
partial and affiliate-only removals, the hidden decisions, the quoted history and the laws' clocks
its README promises, with the mail machinery around them, that everything in it is invented, that
`scripts/bench replies` now lists its misses, and the core promise on it (no false confirmation, no
wrong link opened); they assert no accuracy (its figures are the benchmark's)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

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

SET_M = Path(__file__).parent / "replies" / "setm"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "tl", "ar", "ru", "uk", "so", "am", "hi", "tr",
             "fa", "ne", "pl", "de"}


def test_set_m_loads_and_every_reply_is_labelled():
    check_labelled(SET_M, LANGUAGES, at_least=140, en=50, es=30)


def test_every_reply_of_set_m_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_M)


def test_set_m_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_M, "set M", capsys)


def test_set_m_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-12-01, the lead): 3 false confirmations, fixed as two classes before any other
    # miss was read (tests/test_replies_setm_promises.py); its other misses were read only after it was retired
    check_no_broken_promise(SET_M)


def test_set_m_holds_the_mail_machinery_its_readme_promises():
    # the structure is half of what the set measures: a rebuild that lost a charset, a bounce's
    # report, an attached decision or an image's alt text would quietly make it an easier set
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_M)
    assert {"utf-8", "iso-8859-1", "iso-8859-2", "windows-1252", "windows-1256", "gb2312", "big5", "euc-kr",
            "koi8-r"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/related", "multipart/report",
            "message/delivery-status", "message/rfc822", "text/rfc822-headers", "text/html", "application/pdf",
            "image/png"} <= types
    assert {"quoted-printable", "base64", "8bit"} <= ctes
    assert bounces_with_report >= 5


def test_set_m_hides_some_decisions_where_only_a_careful_reader_looks():
    # a decision only in an attached PDF or HTML file, or only in an image's alt text: the mail's own
    # text says nothing of it (so the label rests on the attachment, as a person opening it reads it)
    in_pdf, in_file, in_alt = Counter(), Counter(), Counter()
    for r, msg in messages(SET_M):
        body = msg.get_body(("plain",))
        shown = body.get_content() if body else ""
        for p in msg.walk():
            if p.get_content_type() == "application/pdf":
                assert len(texts(msg, pdf=True)) > len(shown) + 200, r["file"]  # the PDF's text is read
                in_pdf[r["class"]] += 1
            elif p.get_content_type() == "text/html" and p.get_content_disposition() == "attachment":
                in_file[r["class"]] += 1
            elif p.get_content_type() == "text/html" and 'alt="' in p.get_content():
                alt = re.search(r'alt="([^"]+)"', p.get_content()).group(1)
                assert alt not in shown and len(alt.split()) >= 8, r["file"]
                in_alt[r["class"]] += 1
        assert len(shown) <= 300 or not any(p.get_content_type() == "application/pdf" for p in msg.walk())
    assert sum(in_pdf.values()) >= 5 and {"confirmed", "refused"} <= set(in_pdf)
    assert sum(in_file.values()) >= 2 and sum(in_alt.values()) >= 3 and {"confirmed", "needs_id"} <= set(in_alt)


def test_set_m_holds_the_agents_answers_and_the_legal_clocks_its_readme_promises():
    words = Counter()
    needles = {
        "agent": ("authorized agent", "agente autorizado", "awtorisadong ahente", "授权代理人"),
        "signed permission": ("signed", "firmado", "pirmadong"),
        "affiliate": ("separate request", "solicitud aparte", "另外提交请求"),
        "separate company": ("separate companies", "separate company"),
        "may reappear": ("may appear in the future", "vuelva a aparecer", "maaaring may lumabas ulit"),
        "suppression": ("suppression list", "lista de supresión", "suppressed"),
        "reply yes": ("word YES", "palabra SÍ", "(YES)"),
        "negated ask": ("do not need to", "do NOT need", "No necesita", "pa bezwen", "Hindi\nna ninyo kailangang"),
        "closed for inactivity": ("closed due to inactivity", "por\ninactividad"),
        "merged": ("merged into",),
        "look-alike": ("findkin-privacy-team.example", "buscagente-bajas.example", "findkin-verifikasyon.example",
                       "nexapeople-support.example"),
        "ip address link": ("http://192.0.2.",), "shortener": ("https://lnk.example/",),
        "cancel beside confirm": ("/cancel?token=", "/cancelar/", "/withdraw/"),
        "ccpa extension": ("additional 45 days", "45 días más"),
        "appeals": ("Colorado", "Virginia", "Texas"), "gdpr extension": ("two months", "dos\nmeses", "deux mois", "o dwa miesiące"),
        "lgpd": ("15 dias",), "arco": ("ARCO",), "lopdgdd blocking": ("LOPDGDD",), "kvkk": ("KVKK",),
        "fcra": ("Fair Credit Reporting Act", "FCRA"), "not a resident": ("lives in Nevada",),
    }
    for _, msg in messages(SET_M):
        raw = texts(msg, pdf=True)
        for key, alts in needles.items():
            words[key] += any(a in raw for a in alts)
    assert all(words[k] for k in needles), [k for k in needles if not words[k]]
    assert words["agent"] >= 5 and words["negated ask"] >= 4 and words["appeals"] >= 4


def test_set_m_holds_partial_removals_and_history_that_contradicts_the_new_answer():
    labels = rows(SET_M)
    assert sum("partial" in r["reason"] for r in labels) >= 3  # one thing removed, another kept
    contradicted = 0
    for r, msg in messages(SET_M):
        body = msg.get_body(("plain",))
        text = body.get_content() if body else ""
        quoted = "\n".join(line for line in text.splitlines() if line.startswith(">"))
        new = "\n".join(line for line in text.splitlines() if not line.startswith(">"))
        if r["class"] == "refused" and re.search(r"confirmed|confirmada", quoted) and not re.search(r"confirmed|confirmada", new):
            contradicted += 1
        if r["class"] == "confirmed" and re.search(r"cannot|not removed|not signed", quoted):
            contradicted += 1
    assert contradicted >= 4
    # answers in the client's language to a letter in English: the English letter quoted below
    answered_in_another_language = {r["lang"] for r, msg in messages(SET_M)
                                    if r["lang"] != "en" and "We are the authorized agent" in texts(msg, pdf=True)}
    assert {"es", "pt", "ht", "vi", "zh", "ar"} <= answered_in_another_language


def test_everything_in_set_m_is_invented():
    check_invented(SET_M, pdf=True)


def test_set_m_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_M, tmp_path)
