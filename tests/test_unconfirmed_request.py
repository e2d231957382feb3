"""A form the broker took in but whose answer page lacks the words that say it took the request
("We could not find that listing") is recorded submitted with a note that says so and what to do,
in English and Spanish, in status and in the report (lab32: recorded submitted with no note)."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import yaml

from optout.person import load_person
from optout.report import person_report, render_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

ROOT = Path(__file__).resolve().parents[1]
PID = "p_unc0nf1rm3d"


def _recipes(tmp_path: Path) -> Path:
    """The lab's quicklook, its form given the listing's address with a trailing slash: the broker
    answers 200 "We could not find that listing" and counts nothing."""
    folder = tmp_path / "recipes"
    folder.mkdir()
    data = yaml.safe_load((ROOT / "brokers" / "lab" / "quicklook.yaml").read_text(encoding="utf-8"))
    for step in data["optout"]["steps"]:
        if step.get("label") == "Listing link":
            step["value"] = step["value"] + "/"
    (folder / "quicklook.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


async def test_a_form_the_broker_did_not_confirm_is_said_so_with_what_to_do(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")  # the lab's own test person
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[_recipes(tmp_path)])
    async with Optout(settings) as o:
        await o.add(PID, alex, ["quicklook"])
        await o.run()
        case = await o.case(PID, "quicklook")
        assert lab.submissions()["quicklook"] == {}  # the broker took nothing
        assert case.state.value == "submitted", case
        assert case.last_error and case.last_error.startswith("the broker's page did not confirm the request"), case
        assert "(expect)" in case.last_error and "Alex" not in case.last_error
        events = await o.store.events(case.id)
        assert events[-1].data.get("unconfirmed"), events[-1].data
        report = await person_report(o.settings, o.store, o.vault, o.catalogue, o.clock.now(), PID)
    for lang, words in (("en", "the broker's page did not confirm the request"),
                        ("es", "la página del corredor no confirmó la solicitud")):
        page = html_lib.unescape(re.search(r'<section class="broker" id="broker-quicklook".*?</section>',
                                           render_person(report, lang), re.S).group(0))
        assert words in page, (lang, page[:2000])
