"""``optout recipe check`` speaks the reader's language as the rest of the CLI does (c26: it was
English only): the table's headings, its results, the rows' own test names and the details the
checker words itself are the catalogue's (``cli:check.*``); a failed test's diagnosis of a recipe,
for which only English words exist, is labelled as English; ``--json`` keeps the English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optout import cli

RECIPE = """\
id: {id}
name: {name}
url: https://{id}.example.com/
domains: [{id}.example.com]
jurisdictions: [US-CA]
inputs: [full_name, email]
verified: {{status: unverified, how: written from its public privacy page}}
optout:
  channel: email
  email: {{to: privacy@{id}.example.com}}
"""


@pytest.fixture
def recipes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "brokers"
    d.mkdir()
    (d / "alpha.yaml").write_text(RECIPE.format(id="alpha", name="Alpha"))
    (d / "beta.yaml").write_text(RECIPE.format(id="beta", name="Beta") + "# TODO: the broker's own name\n")
    (d / "gamma.yaml").write_text("id: gamma\nname: [unclosed\n")
    monkeypatch.setenv("OPTOUT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OPTOUT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OPTOUT_RECIPE_DIRS", json.dumps([str(d)]))
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    return d


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["recipe", "check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_spanish_setup_reads_recipe_check_in_spanish(recipes, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    code, out, err = _check(capsys)
    assert code == 1
    head = out.splitlines()[0].split()
    assert head == ["receta", "prueba", "resultado", "detalle"], out
    rows: dict[str, str] = {}
    for line in out.splitlines()[2:]:
        if line.strip():
            rows[line.split()[0]] = rows.get(line.split()[0], "") + line + "\n"
    assert "(esquema)" in rows["alpha"] and "bien" in rows["alpha"] and "válida; no tiene pruebas propias" in rows["alpha"]
    assert "(queda un TODO)" in rows["beta"] and "FALLÓ" in rows["beta"]
    assert "línea 11: TODO: the broker's own name (dejado por `optout recipe new`" in rows["beta"]
    # the loader's diagnosis of a broken file: only English words exist for it, and it says so
    assert "(carga)" in rows["gamma"] and "(solo en inglés)" in rows["gamma"] and "not valid YAML" in rows["gamma"]
    for english in ("valid; no tests", "(schema)", "(TODO left)", " ok ", "FAIL ", "left from"):
        assert english not in out, english
    assert err.strip().splitlines()[-1] == "2 bien, 2 fallaron"


def test_english_reads_as_before_and_json_keeps_english_whatever_the_language(recipes, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, err = _check(capsys)
    assert code == 1 and out.splitlines()[0].split() == ["recipe", "test", "result", "detail"]
    assert "valid; no tests of its own" in out and "(TODO left)" in out and " FAIL " in out and "(solo" not in out
    assert err.strip().splitlines()[-1] == "2 ok, 2 failed"
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    code, out, _ = _check(capsys, "--json")
    rows = {(r["recipe"], r["test"]): r for r in json.loads(out)}
    assert rows[("alpha", "(schema)")] == {"recipe": "alpha", "test": "(schema)", "result": "ok",
                                            "detail": "valid; no tests of its own"}
    assert rows[("beta", "(TODO left)")]["result"] == "FAIL"
    assert rows[("beta", "(TODO left)")]["detail"].endswith(
        "line 11: TODO: the broker's own name (left from `optout recipe new`: replace it with what you found)")
    code, out, _ = _check(capsys, "--lang", "en")
    assert out.splitlines()[0].split() == ["recipe", "test", "result", "detail"]
