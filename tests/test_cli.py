"""The command line as a person uses it: init, person add, run, status (table and --json), human."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from optout.cli import state_word
from optout.errors import Exit
from optout.lab import LabThread
from optout.person import load_person
from optout.recipe.loader import load_catalogue

from .conftest import EXAMPLES, requires_browser

pytestmark = requires_browser


def cli(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True, timeout=300)
    if check and r.returncode != 0:
        raise AssertionError(f"optout {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}")
    return r


@pytest.fixture
def lab_env(tmp_path):
    with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("alex", load_person(EXAMPLES / "alex.toml")), ("maria", load_person(EXAMPLES / "maria.toml"))])
        env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": lab.url,
               "OPTOUT_MAIL__MAILDIR": str(lab.maildir), "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
        yield lab, env


def parse_table(text: str) -> list[dict[str, str]]:
    lines = [l for l in text.splitlines() if l.strip()]
    header = lines[0]
    cols = header.split()
    starts = [header.index(c) for c in cols]
    rows = []
    for line in lines[2:]:
        if not line.startswith(("p_",)):
            break
        cells = [line[s:e].strip() for s, e in zip(starts, starts[1:] + [None])]
        rows.append(dict(zip(cols, cells)))
    return rows


def test_run_status_human_end_to_end(lab_env):
    lab, env = lab_env
    r = cli(env, "init")
    assert "data directory ready" in r.stdout
    r = cli(env, "person", "add", str(EXAMPLES / "alex.toml"), str(EXAMPLES / "maria.toml"), "--json")
    added = json.loads(r.stdout)
    ids = [a["person"] for a in added]
    assert len(ids) == 2 and all(i.startswith("p_") for i in ids)

    r = cli(env, "run", "--broker", "peoplefind", "--broker", "peoplecheck", "--broker", "clanbranch", "--broker", "clanroot")
    assert "[1/" in r.stderr  # progress, one line per finished case
    assert "cases processed" in r.stdout

    table = cli(env, "status", "--all").stdout
    data = json.loads(cli(env, "status", "--all", "--json").stdout)
    rows = parse_table(table)
    lab = load_catalogue([EXAMPLES.parents[1] / "brokers" / "lab"]).select(lab=True)
    # every lab broker has a case for each person, except those that take requests by e-mail: no
    # mail account is configured, so they wait (and get their cases once one is)
    lab_recipes = len([r for r in lab if r.optout.channel != "email"])
    assert 0 < lab_recipes < len(lab)
    assert len(rows) == len(data) == 2 * lab_recipes
    by_key = {(d["person"], d["broker"]): d for d in data}
    for row in rows:
        d = by_key[(row["person"], row["broker"])]
        due = lambda v: v == "now" or v.endswith(" ago")  # noqa: E731 (the two reads are seconds apart)
        # the table says the state in words (c26: "needs a person"), --json keeps the code
        assert row["state"] == state_word(d["state"], "en") and row["attempts"] == str(d["attempts"])
        assert row["next"] == d["next"] or (due(row["next"]) and due(d["next"]))
    states = {(d["person"], d["broker"]): d["state"] for d in data}
    for pid in ids:
        assert states[(pid, "peoplefind")] == "confirmed"
        assert states[(pid, "peoplecheck")] == "needs_human"
        assert states[(pid, "clanbranch")] == "waiting_parent"
        assert states[(pid, "searchly")] == "new"  # not selected with --broker

    human = json.loads(cli(env, "human", "--json").stdout)
    captcha = [h for h in human if h["broker"] == "peoplecheck"]
    assert len(captcha) == 2 and all(h["kind"] == "captcha" for h in captcha)
    assert all(h["url"].startswith("http://peoplecheck.lab.test/remove") for h in captcha)
    assert all(Path(h["screenshot"]).is_file() for h in captcha)
    text = cli(env, "human").stdout
    assert "CAPTCHA" in text and f"optout done C{captcha[0]['case']}" in text

    # the screenshot is stored sealed; `optout evidence --export` gives the person a readable copy
    assert not Path(captcha[0]["screenshot"]).read_bytes().startswith((b"\x89PNG", b"\xff\xd8"))
    out = Path(env["OPTOUT_DATA_DIR"]).parent / "export"
    exported = json.loads(cli(env, "evidence", str(captcha[0]["case"]), "--export", str(out), "--json").stdout)
    shots = [Path(e["exported"]) for e in exported if e["kind"] == "screenshot"]
    # a browser page's screenshot is a JPEG, a rendered http page's a PNG: each named as what it is,
    # so that a viewer opens it
    kinds = {s.suffix: s.read_bytes()[:8] for s in shots}
    assert ".jpg" in kinds, kinds
    assert all(head.startswith(b"\xff\xd8\xff") if suffix == ".jpg" else head == b"\x89PNG\r\n\x1a\n"
               for suffix, head in kinds.items()), kinds
    assert all(oct(s.stat().st_mode & 0o777) == "0o600" for s in shots)

    # the person solved it by hand: a request like any other, checked after the broker's delay
    cli(env, "done", str(captcha[0]["case"]))
    after = {d["case"]: d for d in json.loads(cli(env, "status", "--all", "--json").stdout)}
    assert after[captcha[0]["case"]]["state"] == "submitted" and after[captcha[0]["case"]]["next"] != "now"

    # nothing personal in what the CLI printed
    everything = table + text + json.dumps(data) + json.dumps(human)
    for person in ("alex.toml", "maria.toml"):
        for value in load_person(EXAMPLES / person).sensitive_values():
            assert value.lower() not in everything.lower(), "a personal value reached the output"


def test_bad_profile_and_bad_setting_are_named(tmp_path):
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "d")}
    bad = tmp_path / "p.toml"
    bad.write_text('first_name = "Zed"\nlast_name = "Q"\nemails = ["not-an-address"]\n[[addresses]]\ncity = "X"\nstate = "ZZ"\n')
    r = cli(env, "person", "add", str(bad), check=False)
    assert r.returncode == Exit.DATAERR
    assert "argument 3: emails: item 0 is not an e-mail address" in r.stderr and str(bad) not in r.stderr  # by place (f37)
    assert "addresses.0.state" in r.stderr and "not-an-address" not in r.stderr
    r = cli({**env, "OPTOUT_WORKER__CONCURRENCY": "lots"}, "status", check=False)
    assert r.returncode == Exit.CONFIG and "worker.concurrency" in r.stderr
    r = cli({**env, "OPTOUT_BROWSER__EXECUTABLE_PATH": "/nope/chrome"}, "init")
    assert r.returncode == 0


def test_person_show_writes_other_names_as_their_parts_not_as_python():
    """`person show` printed a [[names]] entry as a Python dict ({'kind': 'legal', 'given': [...]})."""
    from optout.cli import show_person
    from optout.person import parse_person

    p = parse_person({"first_name": "Lan", "middle_name": "Thị", "last_name": "Nguyễn",
                      "names": [{"kind": "legal", "given": ["Thị", "Lan"], "surnames": ["Nguyễn"]},
                                {"kind": "married", "given": ["Lan"], "surnames": ["Trần", "Nguyễn"]}]})
    out = show_person({"person": "p_x", **p.model_dump(mode="json", exclude_none=True)})
    assert "{" not in out and "[" not in out
    assert "other name    legal: given Thị Lan; surname(s) Nguyễn" in out.splitlines()
    assert "other name    married: given Lan; surname(s) Trần Nguyễn" in out.splitlines()


def test_json_output_writes_times_as_iso_8601(capsys):
    """`status --json` gave `last_activity_at` as "2026-11-30 15:50:07.942229+00:00" (Python's str),
    beside `since_at` in ISO 8601: a program reading both got two formats."""
    import argparse
    import datetime as dt

    from optout.cli import emit

    at = dt.datetime(2026, 11, 30, 15, 50, 7, tzinfo=dt.UTC)
    emit(argparse.Namespace(json=True), [{"last_activity_at": at, "added": at.date(), "n": 1}], ["n"])
    row = json.loads(capsys.readouterr().out)[0]
    assert row == {"last_activity_at": "2026-11-30T15:50:07+00:00", "added": "2026-11-30", "n": 1}
    assert dt.datetime.fromisoformat(row["last_activity_at"]) == at


def test_recipe_test_is_recipe_check(tmp_path):
    # a contributor adding a broker looks for `optout recipe test ID` (yt-dlp's habit): the same
    # command as `recipe check`, same output and exit code, never argparse's "invalid choice"
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_CACHE_DIR": str(tmp_path / "cache")}
    check = cli(env, "recipe", "check", "--json", "searchly", check=False)
    test = cli(env, "recipe", "test", "--json", "searchly", check=False)
    assert "invalid choice" not in test.stderr
    assert (test.returncode, json.loads(test.stdout)) == (check.returncode, json.loads(check.stdout))
    assert check.returncode == 0 and json.loads(check.stdout)


def test_person_show_names_a_language_and_a_country_in_the_readers_language_not_by_code():
    """`person show` printed the codes themselves ("language fa_AF", "..., MX", "post_only True"):
    the language is named as its readers and this reader name it, a country by its name, a yes by
    the word, in English and in Spanish."""
    from optout.cli import show_person
    from optout.person import parse_person

    p = parse_person({"first_name": "Zarghuna", "last_name": "Ahmadi", "language": "fa_AF", "post_only": True,
                      "addresses": [{"city": "Fremont", "state": "CA"},
                                    {"city": "Guadalajara", "country": "MX"}]})
    data = {"person": "p_x", **p.model_dump(mode="json", exclude_none=True)}
    es, en = show_person(data, "es").splitlines(), show_person(data, "en").splitlines()
    assert any(line.split(None, 1)[0] == "idioma" and line.endswith("دری (darí)") for line in es), es
    assert any(line.startswith("language") and line.endswith("دری (Dari)") for line in en), en
    assert any(line.endswith("Guadalajara, México") for line in es) and any(line.endswith("Guadalajara, Mexico") for line in en)
    assert any(line.startswith("contacto solo por carta") and line.endswith(" sí") for line in es), es
    for line in es + en:
        assert "fa_AF" not in line and "True" not in line and not line.endswith(" MX"), line
