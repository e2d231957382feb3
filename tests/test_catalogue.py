"""The registry catalogue: scripts/import_catalogue.py on the real sources, and brokers/registry/.

The importer runs in-process on the vendored files (data/), into tmp folders; the CLI runs as a
person uses it. Source rows are re-read here with plain csv/json, so the tests do not take the
importer's word for what the sources hold.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import tomllib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from optout.recipe.loader import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
CA_CSV = ROOT / "data" / "ca-data-broker-registry-2025.csv"
DA_JSONL = ROOT / "data" / "datenanfragen-companies-subset.jsonl"
REGISTRY = ROOT / "brokers" / "registry"

_spec = importlib.util.spec_from_file_location("import_catalogue", ROOT / "scripts" / "import_catalogue.py")
imp = sys.modules.setdefault("import_catalogue", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(imp)

HANDWRITTEN = """\
id: {id}
name: {id}
url: https://{domain}/
domains: [{domain}]
inputs: [full_name, email]
verified: {{status: unverified, how: written by hand for a test}}
optout:
  channel: email
  email: {{to: privacy@{domain}}}
"""


def run(tmp: Path, *extra: str, ca: Path = CA_CSV, da: Path = DA_JSONL) -> Path:
    brokers = tmp / "brokers"
    brokers.mkdir(exist_ok=True)
    assert imp.main(["--ca", str(ca), "--datenanfragen", str(da), "--brokers", str(brokers), *extra]) == 0
    return brokers / "registry"


def report_counts(text: str) -> dict[str, int]:
    return {m[1]: int(m[2]) for m in re.finditer(r"^\| ([^|]+?) \| (\d+) \|$", text, re.M)}


def report_rows(text: str, heading: str) -> list[dict[str, str]]:
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return [dict(zip(("source", "line", "name", "reason"), (c.strip() for c in line.strip("|").split("|"))))
            for line in section.splitlines() if re.match(r"\| (ca-registry-2025|datenanfragen) \|", line)]


def recipes_in(folder: Path) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict[str, dict], str]:
    out = run(tmp_path_factory.mktemp("cat"))
    return out, recipes_in(out), (out / "IMPORT-REPORT.md").read_text(encoding="utf-8")


def test_real_sources_counts_match_the_report_and_the_files(generated):
    out, recipes, report = generated
    counts = report_counts(report)
    assert counts["rows read (CA registry)"] == 535 and counts["rows read (datenanfragen)"] == 455
    assert counts["recipes written"] == len(recipes) > 800
    channels = [r["optout"]["channel"] for r in recipes.values()]
    assert counts["recipes with e-mail"] == channels.count("email")
    assert counts["recipes with a web form only"] == channels.count("manual") > 0
    assert counts["distinct brokers with an e-mail or web form"] == len(recipes)  # nothing covered elsewhere here
    # every row is accounted for once: a recipe of its own, merged into one, or listed with a reason
    entries = sum(len(r["registry"]) for r in recipes.values())
    assert entries == len(recipes) + counts["rows merged into another row's recipe"]
    assert counts["rows read"] == (entries + counts["rows with no e-mail or web form"]
                                   + counts["malformed rows not imported"]
                                   + counts["rows skipped as covered by a recipe elsewhere in brokers/"])
    assert len(report_rows(report, "Rows with no e-mail or web form")) == counts["rows with no e-mail or web form"]
    assert len(report_rows(report, "Merged")) == counts["rows merged into another row's recipe"]
    # the registry's one mangled privacy-rights link is reported by its line, and the row still imported
    bad = report_rows(report, "Malformed cells")
    assert [(b["line"], b["name"]) for b in bad] == [("285", "Lead Intelligence, Inc.")]
    assert "imported without it" in bad[0]["reason"]


def test_every_registered_broker_with_an_email_or_form_has_a_recipe(generated):
    """Re-read the sources independently: each row with a contact lands in some recipe's registry block."""
    _, recipes, _ = generated
    by_ca = {(e["name"], e.get("email", "").lower()) for r in recipes.values() for e in r["registry"] if e["source"] == "ca-registry-2025"}
    by_da = {e["ref"]: (r, e) for r in recipes.values() for e in r["registry"] if e["source"] == "datenanfragen"}
    with CA_CSV.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[2:]
    for row in rows:
        name = " ".join(row[0].split())
        email = re.split(r"[;,\s]+", row[3].strip())[0].lower()
        assert (name, email) in by_ca, (name, email)
    for line in DA_JSONL.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("email") or rec.get("webform"):
            recipe, entry = by_da[rec["slug"]]
            assert entry.get("email", "").lower() == (rec.get("email") or "").lower()
            if recipe["optout"]["channel"] == "email":
                assert recipe["optout"]["email"]["to"]
            else:
                assert recipe["optout"]["form_url"] == rec["webform"] and rec["webform"] in recipe["optout"]["instructions"]
        else:
            assert rec["slug"] not in by_da


def test_recipes_keep_the_registry_facts(generated):
    _, recipes, _ = generated
    tu = recipes["transunion"]  # eight registered TransUnion companies, one privacy inbox: one recipe
    assert tu["optout"] == {"channel": "email", "email": {
        "to": "usprivacy@transunion.com", "letter": "auto",
        "identifiers": ["full_name", "email", "street", "city", "state", "zip"]}}
    assert tu["jurisdictions"] == ["US"] and tu["verified"]["status"] == "unverified"
    assert len(tu["registry"]) == 8 and "NeuStar, Inc." in {e["name"] for e in tu["registry"]}
    assert "minors" in tu["registry"][0]["flags"]
    flagged = {f for r in recipes.values() for e in r["registry"] for f in e.get("flags", [])}
    assert {"minors", "precise_geolocation", "reproductive_health", "id_document"} <= flagged
    gdpr = [r for r in recipes.values() if r["jurisdictions"] == ["EU"]]
    assert gdpr and all(r["registry"][0]["source"] == "datenanfragen" for r in gdpr)


def test_deterministic_and_rewrites_only_its_own_files(tmp_path):
    out = run(tmp_path)
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "gone-broker.yaml").write_text(imp.MARKER + " from a row that vanished.\nid: gone-broker\n")
    mine = HANDWRITTEN.format(id="mine", domain="mine.example")
    (out / "mine.yaml").write_text(mine)
    (tmp_path / "brokers" / "other").mkdir()
    (tmp_path / "brokers" / "other" / "keep.txt").write_text("x")
    run(tmp_path)
    second = {p.name: p.read_bytes() for p in out.iterdir()}
    assert second.pop("mine.yaml") == mine.encode()  # not the importer's: left alone
    assert second == first  # byte-identical; the vanished row's recipe is gone
    assert (tmp_path / "brokers" / "other" / "keep.txt").read_text() == "x"
    assert imp.main(["--brokers", str(tmp_path / "brokers"), "--check"]) == 0


def test_a_broker_with_a_recipe_elsewhere_is_skipped(tmp_path):
    brokers = tmp_path / "brokers"
    (brokers / "ddg").mkdir(parents=True)
    (brokers / "transunion.yaml").write_text(HANDWRITTEN.format(id="transunion", domain="transunion.com"))
    # a parent domain covers the registry's risk.lexisnexis.com
    (brokers / "ddg" / "lexisnexis.yaml").write_text(HANDWRITTEN.format(id="lexisnexis", domain="lexisnexis.com"))
    out = run(tmp_path)
    recipes = recipes_in(out)
    report = (out / "IMPORT-REPORT.md").read_text()
    hosts = {h for r in recipes.values() for h in r["domains"]}
    assert "transunion.com" not in hosts and not any(h.endswith("lexisnexis.com") for h in hosts)
    skipped = report_rows(report, "Skipped")
    assert len([s for s in skipped if "brokers/transunion.yaml (transunion)" in s["reason"]]) == 8
    assert any("brokers/ddg/lexisnexis.yaml (lexisnexis)" in s["reason"] for s in skipped)
    counts = report_counts(report)
    assert counts["rows skipped as covered by a recipe elsewhere in brokers/"] == len(skipped)
    assert counts["brokers skipped as covered by a recipe elsewhere in brokers/"] >= 2
    assert counts["distinct brokers with an e-mail or web form"] == len(recipes) + counts[
        "brokers skipped as covered by a recipe elsewhere in brokers/"]
    # the hand-written recipes and the catalogue load together: no clashing ids
    cat = load_catalogue([brokers])
    assert not cat.errors and {"transunion", "lexisnexis"} <= set(cat.recipes)


def test_malformed_rows_are_reported_by_line(tmp_path):
    with CA_CSV.open(encoding="utf-8-sig", newline="") as f:
        note, header, good, *_ = csv.reader(f)
    width = len(header)

    def row(**cells: str) -> list[str]:
        r = [""] * width
        for i, v in cells.items():
            r[int(i[1:])] = v
        return r

    ca = tmp_path / "ca.csv"
    with ca.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(note)
        w.writerow(header)  # line 2
        w.writerow(row(c0="Multi Line Data, Inc.", c2="https://multidata.com", c3="privacy@multidata.com",
                       c66="first line\nsecond line\nthird line"))  # lines 3-5
        w.writerow(row(c0="Bad Mail LLC", c2="https://badmail.com", c3="privacy at badmail"))  # line 6
        w.writerow(row(c0="Bad Link LLC", c2="https://badlink.com", c3="privacy@badlink.com",
                       c14="!!mangled-link", c11="Maybe"))  # line 7
    da = tmp_path / "da.jsonl"
    da.write_text(json.dumps({"slug": "ok-co", "name": "OK Co", "email": "dpo@ok-co.de",
                              "web": "https://www.ok-co.de/"}) + "\n{not json\n", encoding="utf-8")
    out = run(tmp_path, ca=ca, da=da)
    report = (out / "IMPORT-REPORT.md").read_text()
    bad = {(b["source"], b["line"]): b for b in report_rows(report, "Malformed cells")}
    assert set(bad) == {("ca-registry-2025", "6"), ("ca-registry-2025", "7"), ("datenanfragen", "2")}
    assert "contact e-mail" in bad["ca-registry-2025", "6"]["reason"] and "not imported" in bad["ca-registry-2025", "6"]["reason"]
    assert "privacy-rights page" in bad["ca-registry-2025", "7"]["reason"] and "minors" in bad["ca-registry-2025", "7"]["reason"]
    assert "imported without it" in bad["ca-registry-2025", "7"]["reason"]
    assert sorted(p.stem for p in out.glob("*.yaml")) == ["badlink", "multidata", "ok-co"]
    counts = report_counts(report)
    assert counts["rows read"] == 5 and counts["malformed rows not imported"] == 2
    assert counts["rows with a malformed cell"] == 3 and counts["recipes written"] == 3


def test_the_committed_catalogue_is_up_to_date():
    """brokers/registry/ is what the importer makes from data/ and the rest of brokers/ now. If this
    fails after recipes were added elsewhere, run scripts/import_catalogue.py and commit the result."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "import_catalogue.py"), "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_recipe_check_validates_every_generated_recipe(tmp_path):
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_RECIPE_DIRS": json.dumps([str(REGISTRY)])}
    r = subprocess.run([sys.executable, "-m", "optout", "recipe", "check", "--json"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    rows = json.loads(r.stdout)
    assert len(rows) == len(list(REGISTRY.glob("*.yaml"))) > 800
    assert all(x["result"] == "ok" for x in rows)
    listed = subprocess.run([sys.executable, "-m", "optout", "recipe", "list", "--json"], env=env,
                            capture_output=True, text=True, timeout=120)
    channels = {x["id"]: x["channel"] for x in json.loads(listed.stdout)}
    assert channels["transunion"] == "email" and "manual" in channels.values()


def test_a_web_form_broker_hands_the_person_its_form(tmp_path):
    """run --broker picks two catalogue recipes among hundreds; the form one waits with its URL."""
    brokers = tmp_path / "brokers"
    shutil.copytree(REGISTRY, brokers / "registry")
    form_id = next(p.stem for p in sorted(REGISTRY.glob("*.yaml")) if "channel: manual" in p.read_text())
    form_url = yaml.safe_load((REGISTRY / f"{form_id}.yaml").read_text())["optout"]["form_url"]
    letter_id = next(p.stem for p in sorted(REGISTRY.glob("*.yaml"))
                     if "channel: email" in p.read_text() and "jurisdictions: [EU]" in p.read_text())
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_RECIPE_DIRS": json.dumps([str(brokers)])}

    def cli(*args: str) -> str:
        r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                           timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        return r.stdout

    cli("init")
    # the catalogue's web-form brokers are European: a person living in Berlin now (GDPR applies to
    # them, and to the European broker written to by letter); to a resident of Illinois, which has no
    # privacy law of its own, no registry broker applies
    profile = tmp_path / "berlin.toml"
    profile.write_text(
        (ROOT / "examples" / "people" / "alex.toml").read_text()
        + '\n[[addresses]]\ncity = "Berlin"\nzip = "10115"\ncountry = "DE"\n', "utf-8")
    data = tomllib.loads(profile.read_text("utf-8"))
    data["addresses"].insert(0, data["addresses"].pop())  # Berlin first: where she lives now
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    profile = profile.rename(profile.with_suffix(".yaml"))
    cli("person", "add", str(profile))
    cli("run", "--broker", form_id, "--broker", letter_id, "--json")
    human = {h["broker"]: h for h in json.loads(cli("human", "--json"))}
    assert set(human) == {form_id, letter_id}
    assert human[form_id]["url"] == form_url and form_url in human[form_id]["instructions"]
    assert "web form" in human[form_id]["reason"]
