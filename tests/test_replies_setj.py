"""Set J (tests/replies/setj): held out, a measure only. These tests hold that it is whole and wired
into `scripts/bench replies` as held out; they never assert how well the reader does on it (its
figures are reported by the benchmark, and its wrong readings are never listed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from .replies_sets import check_held_out_in_the_bench, check_labelled, check_well_formed

SET_J = Path(__file__).parent / "replies" / "setj"


def test_held_out_set_j_loads_and_every_reply_is_labelled():
    check_labelled(SET_J, {"en", "es", "pt", "fr", "de", "it", "nl", "vi", "zh", "ko", "ru", "uk", "ar", "ht", "so", "tl", "pl", "ro", "sv"})


def test_every_reply_of_set_j_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_J)


def test_set_j_is_held_out_in_the_replies_benchmark(capsys):
    check_held_out_in_the_bench(SET_J, "set J", capsys)


def test_set_j_files_are_exactly_what_build_py_writes(tmp_path):
    # build.py is the one source of the set: an .eml edited by hand (or a reply changed in build.py
    # without rebuilding) would make the files and their recorded text disagree
    spec = importlib.util.spec_from_file_location("setj_build", SET_J / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.main(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in SET_J.iterdir() if p.suffix in (".eml", ".csv"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (SET_J / name).read_bytes(), name
