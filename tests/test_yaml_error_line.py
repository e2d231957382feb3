"""A YAML error names the line a person must fix, checked against files written here: a quote or a
bracket left open is where it opened (PyYAML notices it a line later, or at the end of the file:
a 3-line profile's "line 4"); any other fault where the parser found it. Profiles and recipes alike
(f37)."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout.errors import RecipeError
from optout.recipe.loader import parse_recipe

from .harness import ROOT, cli_env, run_optout

# (text, the line to fix): each file written by hand, its fault on a line counted here
PROFILES = [
    ('first_name: Ana\nlast_name: Ruiz\nlabel: "open\n', 3),            # a quote never closed, at the end
    ('first_name: Ana\nlabel: "open\nlast_name: Ruiz\n', 2),            # … in the middle
    ('first_name: Ana\nlast_name: Ruiz\nlabel: [open\ncity: x\n', 3),   # a bracket never closed
    ('first_name: Ana\nlabel: {a: 1', 2),                               # … at the end, no final line break
    ('first_name: Ana\nlast_name: Ruiz\n  city: indented\n', 3),        # not an open construct: where found
    ('first_name: Ana\nlast_name: a: b\n', 2),
]


@pytest.mark.parametrize("text,line", PROFILES)
def test_a_profiles_yaml_error_names_the_line_to_fix(tmp_path: Path, text: str, line: int):
    path = tmp_path / "client.yaml"
    path.write_text(text, encoding="utf-8")
    for lang, words in (("en", f"not valid YAML at line {line}"), ("es", f"línea {line}")):
        r = run_optout(cli_env(tmp_path), "person", "add", str(path), OPTOUT_LANG=lang)
        assert r.returncode == 65 and words in r.stderr, (lang, r.stderr)


def test_a_recipes_yaml_error_names_the_line_to_fix():
    text = (ROOT / "brokers" / "lab" / "quicklook.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("name:"))
    lines[at] = 'name: "QuickLook (lab)\n'  # the quote never closed
    with pytest.raises(RecipeError) as e:
        parse_recipe("".join(lines), "quicklook.yaml")
    assert f"not valid YAML at line {at + 1}," in str(e.value), str(e.value)
