"""Set J (tests/replies/setj): held out, a measure only. These tests hold that it is whole and wired
into `scripts/bench replies` as held out; they never assert how well the reader does on it (its
figures are reported by the benchmark, and its wrong readings are never listed)."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib.util
import json
from collections import Counter
from pathlib import Path

from optout.mail import KINDS, parse
from optout.mail._corpus import score

SET_J = Path(__file__).parent / "replies" / "setj"


def _rows() -> list[dict[str, str]]:
    with open(SET_J / "labels.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_held_out_set_j_loads_and_every_reply_is_labelled():
    rows = _rows()
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files)) >= 100
    assert set(files) == {p.name for p in SET_J.glob("*.eml")}  # no reply unlabelled, no label without its reply
    langs = Counter(r["lang"] for r in rows)
    assert {"en", "es", "pt", "fr", "de", "it", "nl", "vi", "zh", "ko", "ru", "uk", "ar", "ht", "so", "tl", "pl", "ro", "sv"} <= set(langs)
    assert langs["en"] >= 40 and langs["es"] >= 20  # weighted as a clinic receives them
    for r in rows:
        assert r["class"] in KINDS, r["file"]  # the reader's own classes
        assert r["domains"].split(), r["file"]
        assert not r["link"] or r["class"] == "verify_link", r["file"]  # only a verification mail has a link to open
        assert bool(r["reason"]) == (r["class"] == "refused"), r["file"]
        if r["link"]:
            msg = parse((SET_J / r["file"]).read_bytes())
            assert r["link"] in msg.links or r["link"] in msg.text, r["file"]
    assert set(KINDS) <= {r["class"] for r in rows}
    assert len(score(SET_J).rows) == len(rows)  # every reply is read without an error


def test_every_reply_of_set_j_is_well_formed_mime_with_a_readable_text():
    # the structure is the point of the set (charsets, quoted-printable, base64, multipart): the
    # standard library must find a decodable text part in each, so a miss is the reader's, not the file's
    for r in _rows():
        msg = email.message_from_bytes((SET_J / r["file"]).read_bytes(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Message-ID"], r["file"]
        body = msg.get_body(("plain", "html"))
        assert body is not None and body.get_content().strip(), r["file"]


def test_set_j_is_held_out_in_the_replies_benchmark(capsys):
    spec = importlib.util.spec_from_file_location("bench_replies", SET_J.parents[2] / "scripts" / "bench_replies.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.SETS["set J"].resolve() == SET_J.resolve() and "set J" in bench.HELD_OUT
    bench.main(["--corpus", str(SET_J), "--json", "--misses"])
    out = json.loads(capsys.readouterr().out)
    assert out["replies"] == len(_rows()) and out["misses_listed"] is False
    faults = {r.file for r in score(SET_J).rows if r.false_confirmed or r.wrong_link}
    assert {m["file"] for m in out["misses"]} == faults  # only broken promises may be named


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
