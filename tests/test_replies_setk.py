"""Set K (tests/replies/setk): held out for its reads, retired to development on 2026-12-01 (its
README). These tests hold that it is whole, that it holds the mail structures its README promises,
that `scripts/bench replies` now lists its misses, and the core promise on it (no false confirmation,
no wrong link opened); they assert no accuracy (its figures are the benchmark's)."""

from __future__ import annotations

import email
import email.policy
import importlib.util
import json
from pathlib import Path

from optout.mail._corpus import score

from .replies_sets import check_labelled, check_well_formed, rows

SET_K = Path(__file__).parent / "replies" / "setk"
LANGUAGES = {"en", "es", "pt", "fr", "ht", "vi", "zh", "ko", "tl", "ar", "ru", "uk", "so", "am", "de", "it",
             "pl", "ro", "tr", "hi"}


def _build():
    spec = importlib.util.spec_from_file_location("setk_build", SET_K / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_set_k_loads_and_every_reply_is_labelled():
    check_labelled(SET_K, LANGUAGES, at_least=120, en=40, es=25)


def test_every_reply_of_set_k_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_K)


def test_set_k_is_retired_and_its_misses_are_listed(capsys):
    spec = importlib.util.spec_from_file_location("bench_replies", SET_K.parents[2] / "scripts" / "bench_replies.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.SETS["set K"].resolve() == SET_K.resolve() and "set K" not in bench.HELD_OUT
    bench.main(["--corpus", str(SET_K), "--json", "--misses"])
    out = json.loads(capsys.readouterr().out)
    assert out["replies"] == len(rows(SET_K)) and out["misses_listed"] is True
    wrong = {r.file for r in score(SET_K).rows if not r.right}
    assert {m["file"] for m in out["misses"]} == wrong  # every wrong reading is named, for development


def test_set_k_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-11-30, the lead): 8 false confirmations, fixed as four classes before any
    # other miss was read (tests/test_replies_thread.py); its other misses were read only after it was retired
    rep = score(SET_K)
    assert not [r.file for r in rep.rows if r.false_confirmed]
    assert not [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]


def test_set_k_holds_the_mail_structures_its_readme_promises():
    # the structure is half of what the set measures: a rebuild that lost a charset, the PDF letter,
    # the inline image or the stale plain part would quietly make it an easier set
    charsets, types, disagreeing = set(), set(), 0
    for r in rows(SET_K):
        msg = email.message_from_bytes((SET_K / r["file"]).read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            types.add(part.get_content_type())
            if part.get_content_charset():
                charsets.add(part.get_content_charset())
        if msg.get_content_type() == "multipart/alternative":
            plain = msg.get_body(("plain",)).get_content()
            html = msg.get_body(("html",)).get_content()
            disagreeing += ("complete" in plain) != ("complete" in html)
    assert {"windows-1252", "iso-8859-1", "gb2312", "big5", "koi8-r", "euc-kr", "windows-1256", "shift_jis"} <= charsets
    assert {"multipart/alternative", "multipart/related", "multipart/mixed", "multipart/report", "image/png",
            "application/pdf", "message/delivery-status"} <= types
    assert disagreeing >= 2  # a stale plain part that says "complete" beside an HTML part that does not


def test_set_k_files_are_exactly_what_build_py_writes(tmp_path):
    # build.py is the one source of the set: an .eml edited by hand (or a reply changed in build.py
    # without rebuilding) would make the files and their recorded text disagree
    _build().main(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in SET_K.iterdir() if p.suffix in (".eml", ".csv"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (SET_K / name).read_bytes(), name
