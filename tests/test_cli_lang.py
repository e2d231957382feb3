"""The CLI a volunteer reads — ``optout status`` (its headings, table labels, states, times, notes),
``optout human`` and the one-line errors — follows one language setting: ``--lang``, else the
terminal's locale, else the clinic's default language, else English; ``--json`` keeps English
keys and values. The words come from the one catalogue (``cli:`` entries)."""

from __future__ import annotations

import json

from optout import clinic
from optout.reasons import locale_language
from optout.settings import Settings

from .test_clinic import cli, env  # noqa: F401  (the fixture)

CSV = ("label,first_name,last_name,birth_year,city,state\n"
       "M-1,Marisol,Quintero Vargas,1977,Bakersfield,CA\n")
LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _env(env, **extra):  # noqa: F811
    e = {k: v for k, v in env.items() if k not in LOCALE}
    e.update(extra)
    return e


def test_the_locale_names_a_language_only_when_a_catalogue_exists():
    assert locale_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert locale_language({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}) == "es"
    assert locale_language({"LANG": "en_US.UTF-8"}) == "en"
    assert locale_language({"LANG": "C.UTF-8"}) is locale_language({}) is locale_language({"LANG": "fr_FR"}) is None


def test_status_human_and_errors_follow_the_locale_then_the_clinics_language(env, tmp_path):  # noqa: F811
    f = tmp_path / "one.csv"
    f.write_text(CSV, encoding="utf-8")
    plain = _env(env, LANG="C.UTF-8")
    assert cli(plain, "person", "import", str(f)).returncode == 0

    english = cli(plain, "status")
    assert english.stdout.startswith("person ") and "one client's cases" in english.stdout
    spanish = cli(_env(env, LANG="es_MX.UTF-8"), "status")
    head = spanish.stdout.splitlines()[0]
    assert head.split()[:3] == ["persona", "etiqueta", "encontrados"], head
    assert "los casos de una persona" in spanish.stdout and "one client's cases" not in spanish.stdout
    # --json: English keys and values whatever the language
    rows = json.loads(cli(_env(env, LANG="es_MX.UTF-8"), "status", "--json").stdout)
    assert {"person", "label", "found", "needs_info"} <= set(rows[0])

    cases = cli(_env(env, LANG="es_MX.UTF-8"), "status", "--person", "M-1", "--all")
    head, *body = cases.stdout.splitlines()
    assert head.split()[:5] == ["caso", "corredor", "estado", "espera", "desde"], head  # what it waits for (trial49)
    assert any(" pendiente " in line for line in body) and not any(" new " in line for line in body)  # c25: a pending case
    assert "ahora" in cases.stdout or "hace " in cases.stdout
    jcases = json.loads(cli(_env(env, LANG="es_MX.UTF-8"), "status", "--person", "M-1", "--all", "--json").stdout)
    assert {r["state"] for r in jcases} == {"new"}

    # the one-line errors: from their codes, naming what the English names
    e = cli(_env(env, LANG="es_MX.UTF-8"), "done", "987654")
    assert e.returncode == 65 and e.stderr.strip().endswith("optout: no existe el caso C987654"), e.stderr
    assert cli(plain, "done", "987654").stderr.strip().endswith("optout: no case C987654")
    nobody = cli(_env(env, LANG="es_MX.UTF-8"), "status", "--person", "Nadie Nunca").stderr
    assert "no existe esa persona" in nobody and "no person" not in nobody
    case = jcases[0]["case"]
    waiting = cli(_env(env, LANG="es_MX.UTF-8"), "retry", str(case)).stderr
    assert f"el caso C{case} está así: aún sin revisar; no espera a una persona" in waiting, waiting
    # a message with no Spanish text is shown in English and says so
    bad = tmp_path / "bad.toml"
    bad.write_text("first_name = 'Ana'\nlast_name = 'Ruiz'\nbirth_year = 3000\n", encoding="utf-8")
    out = cli(_env(env, LANG="es_MX.UTF-8"), "person", "add", str(bad)).stderr
    assert "argumento 3: " in out and "bad.toml" not in out and "optout:" in out and "Traceback" not in out, out

    # no locale: the clinic's language; --lang wins over both; a locale wins over the clinic
    clinic.save(Settings(data_dir=tmp_path / "data"), None, None, "es")
    for args in (("status",), ("human",)):
        got = cli(plain, *args).stdout
        assert ("persona" in got.splitlines()[0]) if args == ("status",) else got.startswith("nada espera"), got
    assert cli(plain, "status", "--lang", "en").stdout.startswith("person ")
    assert cli(plain, "human", "--lang", "en").stdout.startswith("nothing waits")
    assert cli(_env(env, LANG="en_US.UTF-8"), "human").stdout.startswith("nothing waits")
    assert cli(plain, "done", "987654").stderr.strip().endswith("no existe el caso C987654")
