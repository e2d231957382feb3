"""A command that succeeds says the files it was given by their place on the command line, as its
errors do (log.name_files): a clinic names files after its clients and stdout reaches cron mail
(f38: ``person add`` printed each profile's name in its "file" column, ``person import`` the sheet's
in its summary). Table, ``--json`` and summary alike, in English and Spanish."""

from __future__ import annotations

import json

from .test_clinic import cli, env, no_traceback  # noqa: F401  (the fixture)

PROFILE = 'first_name = "Marisol"\nlast_name = "Arreaga Pop"\nbirth_year = 1990\n\n[[addresses]]\ncity = "Houston"\nstate = "TX"\n'
SHEET = "first_name,last_name,birth_year,city,state\nTeodoro,Xicará Ajú,1971,Dallas,TX\n"


def test_person_add_and_import_name_files_by_their_place(env, tmp_path):  # noqa: F811
    named = tmp_path / "Marisol-Arreaga-asylum.toml"
    named.write_text(PROFILE, encoding="utf-8")
    other = tmp_path / "Marisol2.toml"
    other.write_text(PROFILE.replace("1990", "1991").replace("Marisol", "Rosa"), encoding="utf-8")
    r = cli(env, "person", "add", str(named), str(other), "--allow-duplicates")
    no_traceback(r)
    assert r.returncode == 0, r.stderr
    assert "Marisol" not in r.stdout + r.stderr and "argument 3" in r.stdout and "argument 4" in r.stdout, r.stdout
    again = tmp_path / "Rosa-Chub.toml"
    again.write_text(PROFILE.replace("1990", "1985").replace("Marisol", "Rosa"), encoding="utf-8")
    r = cli(env, "person", "add", str(again), "--json")
    # --json: the place's number (docs/JSON.md), for a program that knows what it passed; no name
    assert r.returncode == 0 and json.loads(r.stdout) == [{"argument": 3, "person": json.loads(r.stdout)[0]["person"]}]
    assert "Rosa-Chub" not in r.stdout, r.stdout

    sheet = tmp_path / "Teodoro-Xicara-clients.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    for lang, words in (("en", "imported from argument 3"), ("es", "importadas de argumento 3")):
        r = cli(env, "person", "import", str(sheet), "--lang", lang, "--allow-duplicates")
        no_traceback(r)
        assert r.returncode == 0 and words in r.stdout, (lang, r.stdout, r.stderr)
        assert "Teodoro" not in r.stdout + r.stderr and "clients.csv" not in r.stdout, r.stdout
