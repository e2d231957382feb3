"""docs/JSON.md against the real commands: each documented `--json` prints one JSON document on
stdout (progress and logs on stderr), with exactly the documented keys (optional ones aside), times
as ISO 8601 with an offset, and the same dates in the report as in status.

A script reading the lab batch's results found no document of any `--json` output, `report --json`
without the dates the report's pages show (what was proved removed, and when), and `drop show
--json` printing a sentence to stdout when nothing was filed."""

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from optout.lab import LabThread
from optout.person import load_person

from .conftest import EXAMPLES

DOC = Path(__file__).resolve().parent.parent / "docs" / "JSON.md"


def documented() -> dict[str, list[tuple[set[str], set[str]]]]:
    """Per `## ` heading, each table's (required keys, optional keys), in order."""
    out: dict[str, list[tuple[set[str], set[str]]]] = {}
    for section in DOC.read_text().split("\n## ")[1:]:
        head, _, body = section.partition("\n")
        tables: list[tuple[set[str], set[str]]] = []
        current: tuple[set[str], set[str]] | None = None
        for line in body.splitlines():
            m = re.match(r"\| `([a-z0-9_]+)` \| (.*)\|$", line)
            if m:
                if current is None:
                    current = (set(), set())
                    tables.append(current)
                (current[1] if "*optional*" in m.group(2) else current[0]).add(m.group(1))
            elif not line.startswith("|"):
                current = None
        out[head.strip().replace("`", "", 2)] = tables
    return out


def keys_of(doc: object) -> set[str]:
    rows = doc if isinstance(doc, list) else [doc]
    return set().union(*(set(r) for r in rows)) if rows else set()


def times_in(doc: object, path: str = "") -> list[tuple[str, object]]:
    found = []
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k.endswith("_at") and not isinstance(v, list):
                found.append((f"{path}.{k}", v))
            elif k.endswith("_at"):
                found += [(f"{path}.{k}[]", x) for x in v]
            else:
                found += times_in(v, f"{path}.{k}")
    elif isinstance(doc, list):
        for x in doc:
            found += times_in(x, path)
    return found


def test_every_documented_json_output_is_what_the_command_prints(tmp_path: Path) -> None:
    docs = documented()

    with LabThread(seed=5, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        # a second person without an e-mail: peoplefind's form wants one, so their case waits for it (a name no community list holds common: pass 38 asks a common one shown with only an age and a town)
        no_mail = tmp_path / "kwame.toml"
        no_mail.write_text('first_name = "Kwabena"\nlast_name = "Boateng"\nbirth_year = 1987\n'
                           '[[addresses]]\ncity = "Sacramento"\nstate = "CA"\n')
        lab.seed_people([("alex", load_person(EXAMPLES / "alex.toml")), ("kwame", load_person(no_mail))])
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")},
               "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_CACHE_DIR": str(tmp_path / "cache"),
               "OPTOUT_LAB_URL": lab.url, "OPTOUT_MAIL__MAILDIR": str(lab.maildir),
               "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000", "OPTOUT_LOG_FORMAT": "plain"}

        def cli(*args: str) -> object:
            r = subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                               timeout=300)
            assert r.returncode == 0, f"optout {' '.join(args)} exited {r.returncode}:\n{r.stderr}"
            return json.loads(r.stdout)  # the whole of stdout: nothing but the document

        assert subprocess.run([sys.executable, "-m", "optout", "init"], env=env, capture_output=True).returncode == 0
        out: dict[str, object] = {}
        out["optout person add FILE… --json"] = added = cli("person", "add", str(EXAMPLES / "alex.toml"), "--json")
        pid = added[0]["person"]  # type: ignore[index]
        out["optout person add FILE… --json"] = added + cli("person", "add", str(no_mail), "--json")  # type: ignore[operator]
        out["optout run --json"] = run = cli("run", "--broker", "peoplefind", "--json")
        # run's cases are status's rows, states and references alike (times in words aside)
        same = ("case", "person", "label", "broker", "state", "since_at", "next_at", "attempts", "reference", "note")
        after = {r["case"]: {k: r[k] for k in same} for r in cli("status", "--broker", "peoplefind", "--all", "--json")}  # type: ignore[union-attr,index]
        assert {r["case"]: {k: r[k] for k in same} for r in run["cases"]} == after  # type: ignore[index]
        assert "needs_info" in {r["state"] for r in after.values()}
        lab.advance(days=4)
        out["optout run --due --json"] = cli("run", "--due", "--broker", "peoplefind", "--json")
        out["optout status --json"] = cli("status", "--json")
        out["optout status --person PERSON --json (and `--all`, `--broker`)"] = cases = cli(
            "status", "--person", pid, "--all", "--json")
        out["optout human --json"] = cli("human", "--json")
        out["optout report PERSON|--all --out DIR --json"] = report = cli(
            "report", pid, "--out", str(tmp_path / "reports"), "--json")
        out["optout person list --json"] = cli("person", "list", "--json")
        case = next(c for c in cases if c["broker"] == "peoplefind")  # type: ignore[union-attr,index]
        out["optout evidence CASE --json"] = cli("evidence", str(case["case"]), "--json")
        out["optout letters plan --json"] = cli("letters", "plan", "--json")
        out["optout key show --json"] = cli("key", "show", "--json")
        drop = cli("drop", "show", pid, "--json")
        status_brokers = cli("status", "--brokers", "--all", "--json")

    assert drop is None  # nothing filed: JSON's null, not a sentence
    assert isinstance(status_brokers, list)
    for heading, doc in out.items():
        assert heading in docs, f"docs/JSON.md has no section `## {heading}`"
        if doc == []:
            continue  # nothing to compare (an empty queue)
        required, optional = docs[heading][0]
        keys = keys_of(doc)
        assert required <= keys, (heading, "documented but not printed", required - keys)
        assert keys <= required | optional, (heading, "printed but not documented", keys - required - optional)
        for where, value in times_in(doc):
            if value is None:
                continue
            parsed = dt.datetime.fromisoformat(str(value))
            assert parsed.tzinfo is not None, (heading, where, value)
    # the report's cases: their own table, and the same dates status gives
    cases_required, cases_optional = docs["optout report PERSON|--all --out DIR --json"][1]
    [person_report] = report  # type: ignore[misc]
    assert cases_required <= keys_of(person_report["cases"]) <= cases_required | cases_optional
    proved = next(c for c in person_report["cases"] if c["broker"] == "peoplefind")
    assert case["state"] == proved["outcome"] == "removed"
    assert proved["removed_at"] == case["since_at"]  # the search that proved it, in both
    assert proved["found_at"] and proved["requests"] and proved["requests"][0]["channel"]
    assert dt.datetime.fromisoformat(proved["requests"][0]["at"]) < dt.datetime.fromisoformat(proved["removed_at"])
