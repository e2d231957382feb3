"""README's count of recipes is the one `optout recipe docs` lists (trial51: README said 961
recipes, 33 hand-written, 857 generated, where docs/brokers.md listed 963, 36 and 856): each
figure of its sentence is compared with the groups the generator lists."""

from __future__ import annotations

import re
from pathlib import Path

from optout.recipe.kit import recipe_groups
from optout.recipe.loader import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
BROKERS = ROOT / "brokers"


def test_readme_counts_the_recipes_docs_brokers_md_lists(tmp_path):
    groups = {g: len(rs) for g, rs in recipe_groups(load_catalogue([BROKERS], cache_dir=tmp_path), BROKERS).items()}
    text = " ".join((ROOT / "README.md").read_text().split())
    said = re.search(r"`brokers/` holds (\d+) recipes: (\d+) for the lab, (\d+) hand-written for real brokers and "
                     r"routes \(DROP among them\), (\d+) generated from DuckDuckGo's definitions and (\d+) e-mail/form "
                     r"recipes generated from the California registry", text)
    assert said, "README no longer says how many recipes brokers/ holds in the words this test reads"
    total, lab, hand, ddg, registry = map(int, said.groups())
    assert {"total": total, "lab": lab, "hand-written": hand, "ddg": ddg, "registry": registry} == {
        "total": sum(groups.values()), "lab": groups["lab"], "hand-written": groups["hand-written"],
        "ddg": groups["ddg"], "registry": groups["registry"]}
