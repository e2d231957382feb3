"""The README and docs/ARCHITECTURE.md say how many fake brokers the lab has, of which kind: counted
here from the lab itself (its sites and the recipes of ``brokers/lab/``), so a broker added to or
taken from the lab makes this test fail until the prose is recounted (README said "eleven
people-search sites" beside a twelfth, PeopleLedger, left without a recipe)."""

from __future__ import annotations

from pathlib import Path

import yaml

from optout.lab.server import Lab
from optout.lab.sites import MailBroker
from optout.lab.sites.hostile import Hostile

ROOT = Path(__file__).resolve().parents[1]
#: English number words, as the prose writes the counts (the lab's are under thirty).
WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty").split()


def word(n: int) -> str:
    if n <= 20:
        return WORDS[n]
    tens, units = divmod(n, 10)
    assert tens == 2, n
    return "twenty" + (f"-{WORDS[units]}" if units else "")


def _prose(path: Path) -> str:
    return " ".join(path.read_text(encoding="utf-8").split())  # line breaks as spaces


def test_the_readme_and_the_architecture_count_the_lab_as_it_is(tmp_path):
    sites = list(Lab(seed=1, data_dir=tmp_path).sites.values())
    recipes = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in (ROOT / "brokers" / "lab").glob("*.yaml")}
    mail = [s for s in sites if isinstance(s, MailBroker)]
    hostile = [s for s in sites if isinstance(s, Hostile)]
    people = [s for s in sites if s not in mail and s not in hostile]
    with_recipe = [s for s in people if s.id in recipes]
    assert len(mail) + len(people) + len(hostile) == len(sites)
    assert {s.id for s in mail} <= recipes  # every e-mail broker has its recipe
    readme = _prose(ROOT / "README.md")
    said = (f"the broker lab ({word(len(sites))} fake brokers on 127.0.0.1: {word(len(people))} people-search "
            f"sites, {word(len(with_recipe))} with a recipe,")
    assert said in readme, said
    left = len(people) - len(with_recipe)
    assert f"{word(len(mail))} that take requests only by e-mail; and {word(len(hostile)) if len(hostile) > 1 else 'a'} hostile one" in readme
    arch = _prose(ROOT / "docs" / "ARCHITECTURE.md")
    said = (f"{word(len(sites))} fake brokers ({word(len(people))} people-search sites, {word(len(with_recipe))} with a "
            f"recipe and {word(left) if left > 1 else 'one'} left without a recipe for newcomers; {word(len(mail))} "
            "e-mail-only brokers")
    assert said in arch, said
