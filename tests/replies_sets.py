"""The checks every held-out set of brokers' replies (tests/replies/set*/) must pass to be a set:
whole (every reply labelled, every label the reader's), well-formed MIME, and wired into
`scripts/bench replies` as held out. Shared by each set's test module; none of them asserts how
well the reader does on a set (the benchmark reports that, and never lists a held-out set's misses)."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

from optout.mail import KINDS, parse
from optout.mail._corpus import score


def rows(folder: Path) -> list[dict[str, str]]:
    """The set's labels.csv, a dict a reply."""
    with open(folder / "labels.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_labelled(folder: Path, languages: set[str], *, at_least: int = 100, en: int = 40, es: int = 20) -> None:
    """Every reply of ``folder`` labelled once and every label with its reply; at least
    ``at_least`` replies, in ``languages`` (``en`` English and ``es`` Spanish ones at least:
    weighted as a clinic receives them); each label one of the reader's classes, with its
    domains, a link only on a verification mail (and in its text), a reason exactly on a refusal;
    every class present; and every reply read without an error."""
    labels = rows(folder)
    files = [r["file"] for r in labels]
    assert len(files) == len(set(files)) >= at_least
    assert set(files) == {p.name for p in folder.glob("*.eml")}  # no reply unlabelled, no label without its reply
    langs = Counter(r["lang"] for r in labels)
    assert languages <= set(langs)
    assert langs["en"] >= en and langs["es"] >= es  # weighted as a clinic receives them
    for r in labels:
        assert r["class"] in KINDS, r["file"]  # the reader's own classes
        assert r["domains"].split(), r["file"]
        assert not r["link"] or r["class"] == "verify_link", r["file"]  # only a verification mail has a link to open
        assert bool(r["reason"]) == (r["class"] == "refused"), r["file"]
        if r["link"]:
            msg = parse((folder / r["file"]).read_bytes())
            assert r["link"] in msg.links or r["link"] in msg.text, r["file"]
    assert set(KINDS) <= {r["class"] for r in labels}
    assert len(score(folder).rows) == len(labels)  # every reply is read without an error


def check_well_formed(folder: Path) -> None:
    """The structure is the point of a set (charsets, quoted-printable, base64, multipart): the
    standard library must find a decodable text part in each, so a miss is the reader's, not the file's."""
    for r in rows(folder):
        msg = email.message_from_bytes((folder / r["file"]).read_bytes(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Message-ID"], r["file"]
        body = msg.get_body(("plain", "html"))
        assert body is not None and body.get_content().strip(), r["file"]


def check_held_out_in_the_bench(folder: Path, name: str, capsys: Any) -> None:
    """``scripts/bench replies`` knows ``folder`` as set ``name``, held out: run on it with
    ``--misses`` it names only the broken promises (a false confirmation, a wrong link)."""
    spec = importlib.util.spec_from_file_location("bench_replies", folder.parents[2] / "scripts" / "bench_replies.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.SETS[name].resolve() == folder.resolve() and name in bench.HELD_OUT
    bench.main(["--corpus", str(folder), "--json", "--misses"])
    out = json.loads(capsys.readouterr().out)
    assert out["replies"] == len(rows(folder)) and out["misses_listed"] is False
    faults = {r.file for r in score(folder).rows if r.false_confirmed or r.wrong_link}
    assert {m["file"] for m in out["misses"]} == faults  # only broken promises may be named
