"""The compiled catalogue index: a command pays only for the recipes it uses, and the index follows
the recipe files' content (never a stale recipe, never a needless re-parse)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from optout.recipe import index as idx
from optout.recipe import loader
from optout.recipe.loader import load_catalogue

ROOT = Path(__file__).resolve().parent.parent

RECIPE = """\
id: {id}
name: {name}
url: https://{id}.example.com/
domains: [{id}.example.com]
jurisdictions: [US-CA]
inputs: [full_name, email]
verified: {{status: unverified, how: written from its public privacy page}}
limits: {{per_minute: 7}}
optout:
  channel: email
  email: {{to: privacy@{id}.example.com}}
"""


def write(folder: Path, rid: str, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{rid}.yaml"
    path.write_text(RECIPE.format(id=rid, name=name or rid.title()))
    return path


def age(path: Path, seconds: float = 60) -> None:
    """Make a file look written ``seconds`` ago (older than the racy window)."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - int(seconds * 1e9)))


@pytest.fixture
def counting(monkeypatch):
    """How many recipe files were parsed (schema and all)."""
    calls: list[str] = []
    real = loader.parse_recipe

    def parse(text: str, source: str):  # type: ignore[no-untyped-def]
        calls.append(Path(source).name)
        return real(text, source)

    monkeypatch.setattr(loader, "parse_recipe", parse)
    return calls


def test_the_index_is_reused_and_nothing_is_parsed(tmp_path, counting):
    recipes, cache = tmp_path / "brokers", tmp_path / "cache"
    for rid in ("alpha", "beta", "gamma"):
        age(write(recipes, rid))
    first = load_catalogue([recipes], cache_dir=cache)
    assert sorted(counting) == ["alpha.yaml", "beta.yaml", "gamma.yaml"]
    assert first.recipes["beta"].name == "Beta"  # parsed while building: not parsed again
    assert len(counting) == 3

    counting.clear()
    cat = load_catalogue([recipes], cache_dir=cache)
    assert counting == []
    e = cat.index["beta"]
    assert (e.channel, e.scan, e.domains, e.jurisdictions, e.lab, e.per_minute, e.inputs) == (
        "email", None, ("beta.example.com",), ("US-CA",), False, 7, ("full_name", "email"))
    assert Path(e.path) == recipes / "beta.yaml"
    assert [x.id for x in cat.entries()] == ["alpha", "beta", "gamma"]
    assert set(cat.recipes) == {"alpha", "beta", "gamma"} and "beta" in cat.recipes
    assert counting == []  # choosing brokers parses nothing
    assert cat.recipes["beta"].limits.per_minute == 7  # a recipe used is parsed then, once
    assert cat.recipes["beta"] is cat.recipes["beta"]
    assert counting == ["beta.yaml"]


def test_changed_bytes_are_parsed_again_and_the_same_bytes_are_not(tmp_path, counting):
    recipes, cache = tmp_path / "brokers", tmp_path / "cache"
    alpha, beta = write(recipes, "alpha"), write(recipes, "beta")
    age(alpha)  # beta was just written: its entry is made within the racy window
    load_catalogue([recipes], cache_dir=cache)

    counting.clear()
    os.utime(alpha)  # touched (a git checkout): same bytes, new mtime: hashed, not parsed
    # beta edited again within the file system's timestamp granularity: same size, same mtime
    before = beta.stat()
    beta.write_text(RECIPE.format(id="beta", name="Btea"))
    os.utime(beta, ns=(before.st_atime_ns, before.st_mtime_ns))
    cat = load_catalogue([recipes], cache_dir=cache)
    assert counting == ["beta.yaml"]
    assert cat.index["beta"].name == "Btea"

    counting.clear()
    beta.write_text(RECIPE.format(id="beta", name="Beta, the second"))  # an ordinary edit
    age(beta)
    assert load_catalogue([recipes], cache_dir=cache).index["beta"].name == "Beta, the second"
    assert counting == ["beta.yaml"]
    counting.clear()
    load_catalogue([recipes], cache_dir=cache)
    assert counting == []


def test_files_that_come_and_go_and_break(tmp_path):
    recipes, cache = tmp_path / "brokers", tmp_path / "cache"
    write(recipes, "alpha")
    write(recipes, "beta")
    assert set(load_catalogue([recipes], cache_dir=cache).index) == {"alpha", "beta"}
    (recipes / "beta.yaml").unlink()
    write(recipes, "delta")
    (recipes / "alpha.yaml").write_text(RECIPE.format(id="alpha", name="Alpha") + "surprise: 1\n")
    cat = load_catalogue([recipes], cache_dir=cache)
    assert set(cat.index) == {"delta"}
    assert list(cat.errors) == [str(recipes / "alpha.yaml")]
    assert "surprise" in str(cat.errors[str(recipes / "alpha.yaml")])
    # the error is kept in the index too: the next command reports it without parsing
    again = load_catalogue([recipes], cache_dir=cache)
    assert str(again.errors[str(recipes / "alpha.yaml")]) == str(cat.errors[str(recipes / "alpha.yaml")])


def test_the_same_answers_with_and_without_the_index(tmp_path):
    """Errors, duplicates and missing parents come out the same from a cached index."""
    recipes = tmp_path / "brokers"
    write(recipes, "alpha")
    write(recipes / "more", "alpha")  # a second file with the same id
    (recipes / "child.yaml").write_text(RECIPE.format(id="child", name="Child").replace(
        "channel: email\n  email: {to: privacy@child.example.com}", "channel: parent\n  via: nobody"))
    plain = load_catalogue([recipes])
    for _ in range(2):  # built, then read back
        cached = load_catalogue([recipes], cache_dir=tmp_path / "cache")
        assert set(cached.index) == set(plain.recipes) == {"alpha"}
        assert {k: str(v) for k, v in cached.errors.items()} == {k: str(v) for k, v in plain.errors.items()}
        assert "already used" in str(cached.errors[str(recipes / "more" / "alpha.yaml")])
        assert "no recipe with id 'nobody'" in str(cached.errors[str(recipes / "child.yaml")])


def test_a_file_broken_after_the_index_was_read_is_an_error_not_a_crash(tmp_path):
    recipes = tmp_path / "brokers"
    write(recipes, "alpha")
    cat = load_catalogue([recipes], cache_dir=tmp_path / "cache")
    cat = load_catalogue([recipes], cache_dir=tmp_path / "cache")  # nothing parsed yet
    (recipes / "alpha.yaml").write_text("id: alpha\nname: [unclosed\n")
    assert cat.recipes.get("alpha") is None
    assert "not valid YAML" in str(cat.errors[str(recipes / "alpha.yaml")])
    assert "alpha" not in cat.index


def test_new_validation_code_rebuilds_the_index(tmp_path, monkeypatch, counting):
    recipes, cache = tmp_path / "brokers", tmp_path / "cache"
    age(write(recipes, "alpha"))
    load_catalogue([recipes], cache_dir=cache)
    counting.clear()
    monkeypatch.setattr(idx, "code_fingerprint", lambda: "another version of the schema")
    load_catalogue([recipes], cache_dir=cache)
    assert counting == ["alpha.yaml"]


def test_an_unreadable_or_unwritable_cache_only_costs_parsing(tmp_path):
    recipes = tmp_path / "brokers"
    write(recipes, "alpha")
    cache = tmp_path / "cache"
    load_catalogue([recipes], cache_dir=cache)
    (f,) = cache.iterdir()
    f.write_text("{not json")
    assert set(load_catalogue([recipes], cache_dir=cache).index) == {"alpha"}
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("")
    assert set(load_catalogue([recipes], cache_dir=blocked / "cache").index) == {"alpha"}


def test_the_shipped_catalogue_index_matches_its_recipes(tmp_path):
    cat = load_catalogue([ROOT / "brokers"], cache_dir=tmp_path)
    again = load_catalogue([ROOT / "brokers"], cache_dir=tmp_path)
    assert not again.errors
    for rid in ("searchly", "peoplefind", "acxiom"):
        r, e = cat.recipes[rid], again.index[rid]
        assert e == idx.IndexEntry.from_recipe(r, cat.paths[rid])
    assert {e.id for e in again.entries(lab=True)} == {r.id for r in cat.select(lab=True)}


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def test_status_and_person_list_import_no_recipe_schema_and_no_browser(tmp_path):
    """What each command imports is what it pays at start-up: no recipe models, no Playwright,
    no httpx, no mailbox, no reply classifier, no matcher and no rich (structlog would import it)
    for commands that never use them."""
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "d"), "OPTOUT_PASSPHRASE": "correct horse",
           "OPTOUT_CONFIG": str(tmp_path / "none.toml"), "PYTHONPATH": str(ROOT)}
    assert run_cli(env, "init").returncode == 0
    probe = ("import sys, runpy; sys.argv = ['optout', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('optout', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "heavy = ['optout.recipe.schema', 'playwright', 'httpx', 'optout.mail._imap', 'imapclient', 'parsel',\n"
             "         'yaml', 'rich', 'optout.mail._classify', 'optout.matching']\n"
             "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n")
    for args in (["status"], ["person", "list"], ["human"], ["recipe", "list", "--json"]):
        r = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True,
                           timeout=120, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        loaded = r.stderr.strip().splitlines()[-1]
        if args[0] == "recipe":  # the first call builds the index, which parses; the second must not
            r = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True,
                               timeout=120, cwd=ROOT)
            loaded = r.stderr.strip().splitlines()[-1]
            assert len(json.loads(r.stdout)) > 900
        # PyYAML (~10 ms) comes with the profile reader (person) and the loader module (recipe)
        assert loaded == ("['yaml']" if args[0] in ("recipe", "person") else "[]"), (args, loaded)


GDPR_RECIPE = """\
id: swissbroker
name: Swissbroker
url: https://www.swissbroker.example/
domains: [swissbroker.example]
jurisdictions: [CH]
inputs: [full_name, email]
verified: {status: unverified, how: written from its public privacy page}
optout:
  channel: email
  email:
    to: privacy@swissbroker.example
    letter: gdpr
    identifiers: [full_name, email]
"""

LOAD = """\
import json, sys
from optout.recipe.loader import load_catalogue
cat = load_catalogue([sys.argv[1]], cache_dir=sys.argv[2])
print(json.dumps({"valid": sorted(cat.index), "errors": [str(e) for e in cat.errors.values()]}))
"""


def test_a_change_to_the_law_tables_rebuilds_the_index(tmp_path):
    """The loader refuses ``letter: gdpr`` for a broker in no GDPR country (``GDPR_COUNTRIES``, in
    optout/mail/_letters.py, outside the recipe package). When that table changes, the cached
    index must not keep serving the old verdict: here Switzerland joins the table in a copy of the
    package, and the same cache then gives the recipe as valid."""
    import shutil

    import optout

    pkg = tmp_path / "src" / "optout"
    shutil.copytree(Path(optout.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    recipes, cache = tmp_path / "brokers", tmp_path / "cache"
    recipes.mkdir()
    (recipes / "swissbroker.yaml").write_text(GDPR_RECIPE)
    env = {**os.environ, "PYTHONPATH": str(pkg.parent), "PYTHONDONTWRITEBYTECODE": "1"}

    def load() -> dict:
        r = subprocess.run([sys.executable, "-c", LOAD, str(recipes), str(cache)], env=env, capture_output=True,
                           text=True, timeout=120, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    before = load()
    assert before["valid"] == [] and "names no EU/EEA/UK country" in before["errors"][0]
    letters = pkg / "mail" / "_letters.py"
    text = letters.read_text(encoding="utf-8")
    assert '"AT BE BG' in text
    letters.write_text(text.replace('"AT BE BG', '"CH AT BE BG', 1), encoding="utf-8")
    after = load()
    assert after == {"valid": ["swissbroker"], "errors": []}


IMPORTED = """\
import json, sys
from optout.recipe.loader import load_catalogue, recipe_from_bytes
from optout.errors import RecipeError
from pathlib import Path
cat = load_catalogue([sys.argv[1]], cache_dir=sys.argv[2])
for rid in cat.index:
    cat.recipes[rid]
for name in sorted(Path(sys.argv[3]).iterdir()):  # the lazy paths: a letter's law, a broken file
    try:
        recipe_from_bytes(name.read_bytes(), name)
    except RecipeError:
        pass
print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items()
                        if (n == "optout" or n.startswith("optout.")) and getattr(m, "__file__", None))))
"""


def test_every_module_a_recipe_load_imports_is_in_the_fingerprint(tmp_path):
    """Whatever optout module loading and validating recipes runs is an input of the index: it is
    in ``index.SOURCES``, so that a change to it rebuilds the cached index (a module added to the
    loader's imports later fails here until it is listed)."""
    import fnmatch

    import optout

    pkg = Path(optout.__file__).parent
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "swissbroker.yaml").write_text(GDPR_RECIPE)
    (extra / "demo.yaml").write_text(GDPR_RECIPE.replace("[CH]", "[DE]").replace("swissbroker", "demo"))
    (extra / "broken.yaml").write_text("id: broken\nname: [unclosed\n")
    r = subprocess.run([sys.executable, "-c", IMPORTED, str(ROOT / "brokers"), str(tmp_path / "cache"), str(extra)],
                       env={**os.environ, "PYTHONPATH": str(pkg.parent)}, capture_output=True, text=True, timeout=300,
                       cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    used = {Path(f).resolve().relative_to(pkg.resolve()).as_posix() for f in json.loads(r.stdout)}
    assert "mail/_letters.py" in used  # the lazy import was reached
    uncovered = sorted(f for f in used if not any(fnmatch.fnmatchcase(f, p) for p in idx.SOURCES))
    assert uncovered == [], f"inputs of the index outside index.SOURCES: {uncovered}"


def test_a_new_version_of_a_parsing_library_rebuilds_the_index(tmp_path, monkeypatch, counting):
    """A ``pip install -U`` of PyYAML or pydantic may accept, refuse or read a recipe differently
    while no optout file changed: the index is then rebuilt, not served from before. A stand-in
    library on ``sys.path`` takes their place in ``index.LIBRARIES`` (the real ones cannot be
    reinstalled by a test); its new version is a rewritten ``version.py``."""
    lib = tmp_path / "site" / "fakeparselib"
    lib.mkdir(parents=True)
    (lib / "__init__.py").write_text("from .version import VERSION\n")
    (lib / "version.py").write_text("VERSION = '1.0'\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setattr(idx, "LIBRARIES", (*idx.LIBRARIES, "fakeparselib"))
    recipes, cache = tmp_path / "brokers", tmp_path / "cache"
    for rid in ("alpha", "beta"):
        age(write(recipes, rid))
    load_catalogue([recipes], cache_dir=cache)
    counting.clear()
    load_catalogue([recipes], cache_dir=cache)
    assert counting == []  # the same library: the index serves
    (lib / "version.py").write_text("VERSION = '1.10'\n")  # one byte longer
    load_catalogue([recipes], cache_dir=cache)
    assert sorted(counting) == ["alpha.yaml", "beta.yaml"]  # a new version: every recipe parsed again


def test_the_fingerprint_knows_the_installed_parsers_and_costs_no_import():
    """The real libraries are in the fingerprint by their files, and reading them imports nothing
    (``importlib.metadata`` would cost every command tens of milliseconds)."""
    marks = idx._library_marks()
    for name in ("pydantic", "pydantic_core", "yaml"):
        assert f"\n{name}/__init__.py:" in marks, marks
    assert "pydantic/version.py:" in marks and "yaml/_yaml." in marks
    assert "importlib.metadata" not in idx._library_marks.__code__.co_names


def test_recipe_files_are_in_path_order_part_by_part_without_fixtures_or_followed_links(tmp_path):
    """The load order (the first file of an id wins) is `sorted(rglob)`'s, part by part: a folder's
    files and subfolders interleaved by name, ``fixtures`` skipped, a link to a folder not followed."""
    root = tmp_path / "brokers"
    for rel in ["b.yaml", "a.yml", "a-b/z.yaml", "a/c.yaml", "a/b/d.yaml", "c.yaml", "c.txt", "fixtures/f.yaml",
                "lab/fixtures/g.yaml", "lab/x.YAML", "lab/y.yaml", "Z.yaml", "d.y.tar.ml"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("id: x\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.yaml").write_text("id: o\n")
    (root / "linked").symlink_to(outside, target_is_directory=True)
    want = sorted(p for p in root.rglob("*.y*ml") if "fixtures" not in p.relative_to(root).parts
                  and "linked" not in p.relative_to(root).parts)
    got = idx.recipe_files([root])
    assert got == [str(p) for p in want]
    assert [Path(p).relative_to(root).as_posix() for p in got] == [
        "Z.yaml", "a/b/d.yaml", "a/c.yaml", "a-b/z.yaml", "a.yml", "b.yaml", "c.yaml", "d.y.tar.ml", "lab/y.yaml"]
    assert idx.recipe_files([tmp_path / "missing"]) == []
    assert idx.recipe_files([root / "fixtures"]) == []


def test_status_person_list_and_human_never_look_at_the_recipes(tmp_path):
    """`status` (and `person list`, `human`) need no recipe at all: not parsed, not indexed, not even
    listed. A catalogue holding a broken recipe leaves them unmoved and no index is written; `recipe
    list` on the same settings does read it (the probe works)."""
    recipes = tmp_path / "recipes"
    write(recipes, "goodbroker")
    (recipes / "broken.yaml").write_text("id: [not, a, recipe\n")
    cache = tmp_path / "cache"
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "d"), "OPTOUT_PASSPHRASE": "correct horse",
           "OPTOUT_CONFIG": str(tmp_path / "none.toml"), "OPTOUT_CACHE_DIR": str(cache),
           "OPTOUT_RECIPE_DIRS": json.dumps([str(recipes)]), "PYTHONPATH": str(ROOT)}
    assert run_cli(env, "init").returncode == 0
    for args in (["status"], ["person", "list"], ["human"]):
        r = run_cli(env, *args)
        assert r.returncode == 0, (args, r.stderr)
        assert "broken" not in r.stderr, args
        assert not list(cache.glob("catalogue-*.json")), f"{args} indexed the recipes"
    r = run_cli(env, "recipe", "list", "--json")
    assert [row["id"] for row in json.loads(r.stdout)] == ["goodbroker"] and "broken.yaml" in r.stderr
    assert list(cache.glob("catalogue-*.json"))
