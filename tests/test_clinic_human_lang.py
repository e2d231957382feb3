"""`optout human` (the human queue on the command line) reads in the volunteer's language: its
``--lang``, else the terminal's locale as gettext chooses it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
the terminal's counterpart of the browser language the dashboard follows."""

from __future__ import annotations

import json

from optout.lab import LabThread
from optout.person import parse_person
from optout.reasons import terminal_language

from .test_clinic import cli, env  # noqa: F401  (the fixture)

ENGLISH = ("The broker needs", "which is not on file", "Or leave this broker", "task", "case ", "why:",
           "you did it by hand", "searches the broker again")


def test_terminal_language_follows_gettexts_order():
    assert terminal_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert terminal_language({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}) == "es"
    assert terminal_language({"LC_ALL": "en_US.UTF-8", "LANG": "es_ES.UTF-8"}) == "en"
    assert terminal_language({"LC_MESSAGES": "es_US", "LANG": "C.UTF-8"}) == "es"
    assert terminal_language({"LANG": "C.UTF-8"}) == terminal_language({}) == "en"
    assert terminal_language({"LANG": "fr_FR.UTF-8"}) == "en"  # no French catalogue: English


def test_the_human_queue_reads_in_spanish_for_a_spanish_terminal_or_lang_es(env, tmp_path):  # noqa: F811
    profile = {"first_name": "Marisol", "last_name": "Quintero Vargas", "birth_year": 1977,
               "addresses": [{"city": "Bakersfield", "state": "CA"}]}
    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("marisol", parse_person(profile))])
        e = {k: v for k, v in env.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
        e.update(OPTOUT_LAB_URL=lab.url, OPTOUT_WORKER__PER_BROKER_PER_MINUTE="6000", LANG="C.UTF-8")
        f = tmp_path / "one.csv"
        f.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Marisol,Quintero Vargas,1977,"
                     "Bakersfield,CA\n", encoding="utf-8")
        assert cli(e, "person", "import", str(f)).returncode == 0
        assert cli(e, "run", "--broker", "idvault", "--broker", "quicklook", "--broker", "peoplefind").returncode == 0
        kinds = {t["kind"] for t in json.loads(cli(e, "human", "--json").stdout)}
        assert "missing" in kinds, kinds

        english = cli(e, "human").stdout
        assert "The broker needs the person's e-mail address, which is not on file." in english
        for out in (cli({**e, "LANG": "es_MX.UTF-8"}, "human").stdout, cli(e, "human", "--lang", "es").stdout,
                    cli({**e, "LANGUAGE": "es"}, "human", "--person", "M-1").stdout):
            assert out.startswith("== M-1 (p_") and " tarea" in out.splitlines()[0], out
            assert "  caso " in out and "faltan datos" in out
            assert "necesita información suya: correo electrónico" in out  # the reason, from its code
            assert "que no está registrado: correo electrónico" in out
            assert "optout person edit M-1 --add-email VALOR, y después optout retry" in out
            assert "enviado no es eliminado" in out
            leaked = [w for w in ENGLISH if w in out]
            assert not leaked, (leaked, out)
        # the English reader is unchanged by a Spanish client's file
        assert cli({**e, "LANG": "es_MX.UTF-8"}, "human", "--lang", "en").stdout == english
        nothing = cli({**e, "LANG": "es_ES.UTF-8"}, "human", "--kind", "captcha").stdout
        assert nothing == "nada espera a una persona (con estos filtros)\n"


def test_a_clients_language_comes_from_the_csv_by_code_or_by_name(tmp_path):
    from optout.intake import read_csv

    f = tmp_path / "l.csv"
    f.write_text("label,first_name,last_name,city,state,Idioma\nA,Ana,Ruiz Díaz,Fresno,CA,Español\n"
                 "B,Bo,Lee,Fresno,CA,english\nC,Cy,Ng,Fresno,CA,es-MX\nD,Di,Ox,Fresno,CA,\n", encoding="utf-8")
    rows, problems = read_csv(f)
    assert not problems and [p.language for _, p in rows] == ["es", "en", "es-MX", None]
