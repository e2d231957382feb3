"""Every pydantic validation error that can reach a person (a profile, a clinic's sheet, a setting, a
recipe) is said in optout's words, naming the file and field, in English and Spanish: never
pydantic's own English ("String should have at least 1 character", "Input should be a valid
integer"), never a value (f37: a label of only spaces)."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout.errors import RecipeError
from optout.recipe.loader import parse_recipe

from .harness import ROOT, cli_env, run_optout

PYDANTIC = ("should", "Input ", "String ", "valid integer", "unable to parse")


def _clean(text: str) -> None:
    assert not any(p in text for p in PYDANTIC), text
    assert "Traceback" not in text and "Garcia" not in text and "maria" not in text.lower(), text


@pytest.mark.parametrize("lang,words", [
    ("en", "label: empty (only spaces): write a value, or leave the field out; birth_year: expected a whole number"),
    ("es", "etiqueta: vacío (solo espacios): escriba un valor o quite el campo; año de nacimiento: se esperaba un número entero"),
])
def test_a_profile_of_spaces_and_a_bad_year_in_optouts_words(tmp_path: Path, lang: str, words: str):
    path = tmp_path / "client.yaml"
    path.write_text('first_name: Ana\nlast_name: Ruiz\nlabel: "   "\nbirth_year: "19x0"\n', encoding="utf-8")
    r = run_optout(cli_env(tmp_path), "person", "add", str(path), OPTOUT_LANG=lang)
    assert r.returncode == 65, r.stderr
    assert words in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    _clean(r.stderr)


@pytest.mark.parametrize("lang,words", [
    ("en", "log_format: expected one of 'auto', 'plain', 'console', 'json'; worker.concurrency: expected a whole number"),
    ("es", "log_format: se esperaba uno de estos: 'auto', 'plain', 'console', 'json'; "
           "worker.concurrency: se esperaba un número entero"),
])
def test_a_bad_setting_in_optouts_words(tmp_path: Path, lang: str, words: str):
    r = run_optout(cli_env(tmp_path), "status", OPTOUT_LANG=lang, OPTOUT_WORKER__CONCURRENCY="many",
                   OPTOUT_LOG_FORMAT="xml")
    assert r.returncode == 78, r.stderr
    assert words in r.stderr, r.stderr
    _clean(r.stderr)


def test_a_recipe_in_optouts_words():
    text = (ROOT / "brokers" / "lab" / "quicklook.yaml").read_text(encoding="utf-8")
    bad = text.replace("optout:\n  channel: http", "optout:\n  channel: carrier-pigeon", 1)
    bad = bad.replace("cadence:\n", "limits: 7\ncadence:\n", 1)
    with pytest.raises(RecipeError) as e:
        parse_recipe(bad, "brokers/lab/quicklook.yaml")
    msg = str(e.value)
    assert "optout.channel (line " in msg and "expected one of 'browser', 'http', 'email', 'manual', 'parent'" in msg, msg
    assert not any(p in msg for p in PYDANTIC), msg
