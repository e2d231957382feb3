"""The checks every held-out set of brokers' replies (tests/replies/set*/) must pass to be a set:
whole (every reply labelled, every label the reader's), well-formed MIME, wired into
`scripts/bench replies` as held out (or, once retired, with its misses listed), invented, and
exactly what its build.py writes; and the readers of its mails the sets' own tests share. Shared by
each set's test module; none of them asserts how well the reader does on a set (the benchmark
reports that, and never lists a held-out set's misses)."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib.util
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from optout.mail import KINDS, parse
from optout.mail._corpus import score


def rows(folder: Path) -> list[dict[str, str]]:
    """The set's labels.csv, a dict a reply."""
    with open(folder / "labels.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def messages(folder: Path) -> Iterator[tuple[dict[str, str], EmailMessage]]:
    """Each reply of ``folder``, its label and its mail, in labels.csv's order."""
    for r in rows(folder):
        yield r, email.message_from_bytes((folder / r["file"]).read_bytes(), policy=email.policy.default)


def texts(msg: EmailMessage, *, pdf: bool = False) -> str:
    """Every text a careful reader sees: the text parts, a bounced letter and, with ``pdf``, an
    attached PDF letter's text (in the mail's order)."""
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
        elif pdf and p.get_content_type() == "application/pdf":
            import pypdf  # only the sets with PDF letters need it

            out.extend(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(p.get_content())).pages)
        elif p.get_content_type() == "message/rfc822":
            out.append(str(p.get_payload(0)))
    return "\n".join(out)


def holding(folder: Path, needles: dict[str, tuple[str, ...]], *, pdf: bool = False,
            joined: bool = True) -> dict[str, list[dict[str, str]]]:
    """For each key of ``needles``, the labels of ``folder``'s replies whose texts (:func:`texts`;
    with ``pdf`` an attached PDF letter's too) hold one of its wordings; ``joined``: the texts' runs
    of white space and line ends read as one space, so a wording may span a wrapped line."""
    out: dict[str, list[dict[str, str]]] = {k: [] for k in needles}
    for r, msg in messages(folder):
        raw = texts(msg, pdf=pdf)
        if joined:
            raw = " ".join(raw.split())
        for key, alts in needles.items():
            if any(a in raw for a in alts):
                out[key].append(r)
    return out


def mail_machinery(folder: Path) -> tuple[set[str], set[str], set[str], int]:
    """What a set's mails are made of, for its test to hold what its README promises: the
    charsets, the content types and the transfer encodings of every part, and how many bounces
    carry a delivery report (``multipart/report``)."""
    charsets: set[str] = set()
    types: set[str] = set()
    ctes: set[str] = set()
    bounces_with_report = 0
    for r, msg in messages(folder):
        for part in msg.walk():
            types.add(part.get_content_type())
            if part.get_content_charset():
                charsets.add(part.get_content_charset())
            if part["Content-Transfer-Encoding"]:
                ctes.add(part["Content-Transfer-Encoding"].lower())
        if r["class"] == "bounce" and msg.get_content_type() == "multipart/report":
            bounces_with_report += 1
    return charsets, types, ctes, bounces_with_report


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


def _load(name: str, path: Path) -> Any:
    """The module of the file ``path`` (a script or a set's build.py, neither a package's)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bench(folder: Path) -> Any:
    return _load("bench_replies", folder.parents[2] / "scripts" / "bench_replies.py")


def check_held_out_in_the_bench(folder: Path, name: str, capsys: Any) -> None:
    """``scripts/bench replies`` knows ``folder`` as set ``name``, held out: run on it with
    ``--misses`` it names only the broken promises (a false confirmation, a wrong link)."""
    bench = _bench(folder)
    assert bench.SETS[name].resolve() == folder.resolve() and name in bench.HELD_OUT
    bench.main(["--corpus", str(folder), "--json", "--misses"])
    out = json.loads(capsys.readouterr().out)
    assert out["replies"] == len(rows(folder)) and out["misses_listed"] is False
    faults = {r.file for r in score(folder).rows if r.false_confirmed or r.wrong_link}
    assert {m["file"] for m in out["misses"]} == faults  # only broken promises may be named


def check_retired_in_the_bench(folder: Path, name: str, capsys: Any) -> None:
    """``scripts/bench replies`` knows ``folder`` as set ``name``, retired to development (no
    longer held out): run on it with ``--misses`` it names every wrong reading."""
    bench = _bench(folder)
    assert bench.SETS[name].resolve() == folder.resolve() and name not in bench.HELD_OUT
    bench.main(["--corpus", str(folder), "--json", "--misses"])
    out = json.loads(capsys.readouterr().out)
    assert out["replies"] == len(rows(folder)) and out["misses_listed"] is True
    wrong = {r.file for r in score(folder).rows if not r.right}
    assert {m["file"] for m in out["misses"]} == wrong  # every wrong reading is named, for development


def check_no_broken_promise(folder: Path) -> None:
    """The core promise on a set: the reader confirms no removal wrongly and opens no wrong link."""
    rep = score(folder)
    assert not [r.file for r in rep.rows if r.false_confirmed]
    assert not [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]


def check_invented(folder: Path, *, pdf: bool = False) -> None:
    """Everything in a set is invented: every host in its mails' texts and headers (and delivery
    reports) ends in .example, every IPv4 address is a documentation one (RFC 5737), and so does
    every labelled domain."""
    for r, msg in messages(folder):
        raw = texts(msg, pdf=pdf) + "".join(f"\n{v}" for part in msg.walk() for _, v in part.items())
        raw += "".join(p.as_string() for p in msg.walk() if p.get_content_type() == "message/delivery-status")
        for host in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", raw):
            assert host.endswith(".example"), (r["file"], host)
        for ip in re.findall(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", raw):
            assert ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.")), (r["file"], ip)
        assert all(d.endswith(".example") for d in r["domains"].split()), r["file"]


def check_built_by_build_py(folder: Path, tmp_path: Path) -> None:
    """``folder/build.py`` is the one source of the set: run into ``tmp_path`` it writes exactly
    the set's .eml and .csv files, byte for byte (an .eml edited by hand, or a reply changed in
    build.py without rebuilding, would make the files and their recorded text disagree)."""
    _load(f"{folder.name}_build", folder / "build.py").main(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in folder.iterdir() if p.suffix in (".eml", ".csv"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
