"""No error names a file the user gave: a clinic names files after clients ("maria_garcia.yaml"), and
stderr reaches cron mail and the systemd journal. Such a file is said by its place on the command
line ("argument 3", "argumento 3"), in every error of every command that takes one: a profile, a
sheet (missing, too large, an open quote), a DROP export (f37)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness import cli_env, run_optout

NAME = "maria_garcia"


def _no_name(text: str) -> None:
    assert "maria" not in text.lower() and "garcia" not in text.lower(), text
    assert "Traceback" not in text, text


@pytest.mark.parametrize("lang,label", [("en", "argument"), ("es", "argumento")])
def test_a_profile_and_a_sheet_are_named_by_their_place_never_their_name(tmp_path: Path, lang: str, label: str):
    env = cli_env(tmp_path, OPTOUT_LANG=lang)
    folder = tmp_path / NAME  # a folder named after the client too
    folder.mkdir()
    profile = folder / f"{NAME}.yaml"
    profile.write_text('first_name: Ana\nlast_name: Ruiz\nlabel: "   "\n', encoding="utf-8")
    good = tmp_path / "ok.yaml"
    good.write_text("first_name: Ana\nlast_name: Ruiz\n", encoding="utf-8")
    r = run_optout(env, "person", "add", str(good), str(profile))
    assert r.returncode == 65 and f"{label} 4:" in r.stderr, r.stderr
    _no_name(r.stderr)
    r = run_optout(env, "person", "import", str(folder / f"{NAME}.csv"))  # not there
    assert r.returncode == 66 and f"{label} 3:" in r.stderr, r.stderr
    _no_name(r.stderr)
    big = folder / f"{NAME}.csv"
    big.write_bytes(b"first_name,last_name\n" + b"a,b\n" * (1_400_000))  # over 5 MB
    r = run_optout(env, "person", "import", str(big))
    assert r.returncode == 65 and f"{label} 3:" in r.stderr, r.stderr
    _no_name(r.stderr)
    big.write_text('first_name,last_name\nAna,"Ruiz\n', encoding="utf-8")
    r = run_optout(env, "--data-dir", str(tmp_path / "d"), "person", "import", f"{folder}/./{NAME}.csv")
    assert r.returncode == 65 and f"{label} 5:" in r.stderr, r.stderr
    _no_name(r.stderr)


def test_a_drop_export_is_named_by_its_place(tmp_path: Path):
    env = cli_env(tmp_path)
    profile = tmp_path / "ok.yaml"
    profile.write_text("first_name: Ana\nlast_name: Ruiz\naddresses: [{city: Fresno, state: CA}]\n", encoding="utf-8")
    r = run_optout(env, "person", "add", str(profile), "--json")
    assert r.returncode == 0, r.stderr
    import json

    pid = json.loads(r.stdout)[0]["person"]
    r = run_optout(env, "drop", "record", pid, "--reference", "DROP-1", "--filed", "2026-11-01")
    assert r.returncode == 0, r.stderr
    export = tmp_path / f"{NAME}_drop.csv"
    export.write_text('broker,status\n"acme,deleted\n', encoding="utf-8")
    r = run_optout(env, "drop", "import", pid, str(export))
    assert r.returncode == 65 and "argument 4:" in r.stderr, r.stderr
    _no_name(r.stderr)
    r = run_optout(env, "drop", "import", pid, str(tmp_path / f"{NAME}_missing.csv"))
    assert r.returncode != 0 and "argument 4:" in r.stderr, r.stderr
    _no_name(r.stderr)


def test_a_folder_named_by_a_common_word_leaves_that_word_alone_in_every_message(tmp_path: Path):
    """A data directory called "optout" or "data" and a report folder called "reports": before, the
    base name alone was said by its place, so "optout: report --out argument 6: argument 6 hold
    personal argument 2 in clear … the argument 2 directory" (CI of 919115d). The full path is still
    said by its place; a base name alone only when it cannot be a word (a dot, digit, "_" or "-")."""
    from optout.log import name_files, redact

    data = tmp_path / "optout"
    out = data / "reports"
    env = cli_env(tmp_path)
    r = run_optout(env, "--data-dir", str(data), "init")
    assert r.returncode == 0 and "argument" not in r.stdout + r.stderr, r.stdout + r.stderr
    profile = tmp_path / "ok.yaml"
    profile.write_text("first_name: Ana\nlast_name: Ruiz\n", encoding="utf-8")
    assert run_optout(env, "--data-dir", str(data), "person", "add", str(profile)).returncode == 0
    r = run_optout(env, "--data-dir", str(data), "report", "--all", "--out", str(out), "--no-pdf")
    assert r.returncode != 0 and r.stderr.startswith("optout: "), r.stderr
    assert "data directory" in r.stderr and "argument 2 directory" not in r.stderr, r.stderr
    assert str(out) not in r.stderr and str(data) not in r.stderr, r.stderr
    name_files([(str(tmp_path / "maria_garcia.yaml"), "argument 3"), (str(data), "argument 2")])
    assert redact("maria_garcia.yaml: run `optout init` in the data folder") == \
        "argument 3: run `optout init` in the data folder"
    name_files([])  # each call names its own files only
    assert redact("maria_garcia.yaml") == "maria_garcia.yaml"
