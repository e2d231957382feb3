"""Set I (tests/replies/seti): held out, a measure only. These tests hold that it is whole and wired
into `scripts/bench replies` as held out; they never assert how well the reader does on it (its
figures are reported by the benchmark, and its wrong readings are never listed)."""

from __future__ import annotations

from pathlib import Path

from optout.mail._corpus import score

from .replies_sets import check_held_out_in_the_bench, check_labelled, check_well_formed

SET_I = Path(__file__).parent / "replies" / "seti"


def test_held_out_set_i_loads_and_every_reply_is_labelled():
    check_labelled(SET_I, {"en", "es", "pt", "fr", "de", "it", "nl", "vi", "zh", "ko", "ru", "uk", "ar", "ht", "so", "tl"})


def test_every_reply_of_set_i_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_I)


def test_set_i_is_held_out_in_the_replies_benchmark(capsys):
    check_held_out_in_the_bench(SET_I, "set I", capsys)


def test_held_out_set_i_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-11-30, one run): 1 false confirmation, "No personal information was deleted"
    # read as a deletion (a negative determiner as the subject); fixed as a class in every language
    # the reader has rules for (tests/test_replies.py::test_a_negative_subject_is_no_deletion_in_any_language),
    # without reading set I's other misses
    rep = score(SET_I)
    assert not [r.file for r in rep.rows if r.false_confirmed]
    assert not [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]
