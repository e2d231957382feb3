"""Set I (tests/replies/seti): held out for three reads, retired to development on 2026-11-30 (its
README). These tests hold that it is whole, that `scripts/bench replies` now lists its misses, and the
core promise on it (no false confirmation, no wrong link opened); they assert no accuracy (its figures
are the benchmark's)."""

from __future__ import annotations

from pathlib import Path

from .replies_sets import check_labelled, check_no_broken_promise, check_retired_in_the_bench, check_well_formed

SET_I = Path(__file__).parent / "replies" / "seti"


def test_set_i_loads_and_every_reply_is_labelled():
    check_labelled(SET_I, {"en", "es", "pt", "fr", "de", "it", "nl", "vi", "zh", "ko", "ru", "uk", "ar", "ht", "so", "tl"})


def test_every_reply_of_set_i_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_I)


def test_set_i_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_I, "set I", capsys)


def test_set_i_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-11-30, one run): 1 false confirmation, "No personal information was deleted"
    # read as a deletion (a negative determiner as the subject); fixed as a class in every language
    # the reader has rules for (tests/test_replies.py::test_a_negative_subject_is_no_deletion_in_any_language),
    # without reading set I's other misses (they were read only after it was retired)
    check_no_broken_promise(SET_I)
