"""A recipe's hand-made instructions in Spanish: ``instructions_es`` beside ``instructions`` (the
English, the fallback), on a ``human`` step or a manual opt-out, with the same ``${…}`` fields; a
Spanish reader (``optout human --lang es``, the dashboard in Spanish) gets the Spanish, and the
English said to be English when a recipe has none."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from optout.errors import RecipeError
from optout.recipe.loader import load_catalogue, parse_recipe
from optout.settings import PROJECT_BROKERS

from .test_clinic import cli, env  # noqa: F401  (the fixture)

MANUAL = """\
id: postonly
name: Post Only Data
url: https://postonly.example/
domains: [postonly.example]
inputs: [full_name, city, state]
verified: {status: unverified, how: from its privacy policy}
optout:
  channel: manual
  instructions: >-
    Mail a signed letter asking Post Only Data to delete the data on ${full_name} of ${city}, ${state}.
    Then run `optout done` for this case.
"""
ES = """  instructions_es: >-
    Mande una carta firmada pidiendo a Post Only Data que borre los datos de ${full_name} de ${city},
    ${state}. Después ejecute `optout done` para este caso.
"""


def test_a_spanish_text_must_use_the_same_fields_as_the_english():
    assert parse_recipe(MANUAL + ES, "postonly.yaml").optout.instructions_es.startswith("Mande una carta")
    with pytest.raises(RecipeError, match=r"postonly.yaml: optout.*instructions_es.*missing: state"):
        parse_recipe(MANUAL + ES.replace("${state}", "su estado"), "postonly.yaml")
    with pytest.raises(RecipeError, match=r"instructions_es.*not in the English: email"):
        parse_recipe(MANUAL + ES.replace("${city}", "${email}"), "postonly.yaml")
    with pytest.raises(RecipeError, match="instructions_es: empty"):
        parse_recipe(MANUAL + "  instructions_es: ' '\n", "postonly.yaml")
    step = MANUAL.replace("  channel: manual\n", "  channel: http\n  steps:\n    - action: navigate\n"
                          "      url: https://postonly.example/optout\n    - action: human\n      kind: letter\n"
                          "      instructions: Send it to ${full_name}\n      instructions_es: Envíela a ${city}\n")
    with pytest.raises(RecipeError, match=r"optout.steps\[1\].*instructions_es"):
        parse_recipe(step.split("  instructions: >-")[0], "postonly.yaml")


def test_the_most_used_shipped_instructions_have_a_spanish_text():
    cat = load_catalogue([PROJECT_BROKERS])
    texts = []
    for rid in cat.recipes:
        r = cat.recipes.get(rid)
        if r is None:
            continue
        texts += [(rid, r.optout.instructions, r.optout.instructions_es)] if r.optout.instructions else []
        texts += [(rid, s.instructions, s.instructions_es) for s in r.optout.steps if getattr(s, "instructions", None)]
    missing = [rid for rid, _, es in texts if not es]
    assert len(texts) >= 20 and not missing, missing
    for rid, en, es in texts:
        assert es != en and re.search(r"\b(el|la|los|las|de|y|para)\b", es), rid


def test_the_human_queue_shows_the_recipes_spanish_or_says_the_english_is_english(env, tmp_path):  # noqa: F811
    brokers = tmp_path / "brokers"
    brokers.mkdir()
    (brokers / "postonly.yaml").write_text(MANUAL + ES, encoding="utf-8")
    (brokers / "postonly2.yaml").write_text(MANUAL.replace("postonly", "postonly2").replace(
        "Post Only Data", "Post Only Two"), encoding="utf-8")
    e = {**env, "OPTOUT_RECIPE_DIRS": json.dumps([str(brokers)]), "LANG": "C.UTF-8"}
    p = tmp_path / "p.toml"
    p.write_text('first_name = "José"\nlast_name = "Ramírez García"\n[[addresses]]\nstreet = "1 Main St"\n'
                 'city = "Fresno"\nstate = "CA"\nzip = "93701"\n', encoding="utf-8")  # a letter needs a street
    assert cli(e, "person", "add", str(p)).returncode == 0
    r = cli(e, "run")
    assert r.returncode == 0, r.stderr
    es = cli(e, "human", "--lang", "es").stdout
    one, two = es.split("caso C2")  # case ids print as C12 (f41)
    assert "instrucciones:" in one and "Mande una carta firmada pidiendo a Post Only Data que borre los datos de " \
        "José Ramírez García de Fresno, CA." in one and "Mail a signed letter" not in one
    assert "instrucciones (en inglés: no existe un texto en español para ellas):" in two
    assert "Mail a signed letter asking Post Only Two" in two
    en = cli(e, "human", "--lang", "en").stdout
    assert "Mande una carta" not in en and en.count("Mail a signed letter") == 2
    tasks = json.loads(cli(e, "human", "--json").stdout)
    assert [bool(t["instructions_es"]) for t in tasks] == [True, False]


def test_a_manual_opt_outs_instructions_name_only_declared_inputs():
    with pytest.raises(RecipeError, match=r"optout.instructions \(line \d+\): names \$\{email\}, which is not in "
                                          r"inputs"):
        parse_recipe(MANUAL.replace("${city}, ${state}.", "${city}, ${state}, ${email}.") +
                     ES.replace("${state}.", "${state}, ${email}."), "postonly.yaml")
