"""What start-up imports. Each command pays at start-up for every module it imports, so these tests
guard what is *not* imported (the times themselves are kept by ``scripts/bench startup``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python(code: str) -> str:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout


_LOG_LINES = """
import io, re, sys
{first}
import optout.log as L
L.redact_values(["Maria Lopez"])
for fmt in ("json", "console"):
    buf = io.StringIO()
    L.configure("info", fmt, stream=buf)
    log = L.get_logger("t")
    def inner(secret):
        raise ValueError("bad value for Maria Lopez, 555-123-4567")
    try:
        inner("Maria Lopez")
    except ValueError:
        log.exception("boom", who="Maria Lopez", n=3)
    log.warning("plain", x={{"a": "maria lopez"}})
    print(re.sub(r"\\d{{4}}-\\d\\d-\\d\\dT[\\d:.]+Z", "TS", buf.getvalue()))
print("rich loaded:", any(m == "rich" or m.startswith("rich.") for m in sys.modules))
"""


def test_logging_does_not_import_rich_and_logs_the_same():
    """structlog imports rich's console, traceback and pretty-printer when rich is installed (~0.07 s
    on every command) for a default formatter optout never uses: optout.log imports it without.
    The lines (JSON and console, with a traceback) are the same as with rich visible to structlog,
    redacted, and without local variables."""
    plain = python(_LOG_LINES.format(first=""))
    with_rich = python(_LOG_LINES.format(first="import structlog  # before optout.log: rich visible to it"))
    assert plain.endswith("rich loaded: False\n")
    assert with_rich.endswith("rich loaded: True\n")
    assert plain.rsplit("rich loaded", 1)[0] == with_rich.rsplit("rich loaded", 1)[0]
    assert "Maria" not in plain and "555" not in plain and "secret" not in plain
    assert '"exc_type": "ValueError"' in plain and "Traceback (most recent call last)" in plain


def test_rich_stays_importable_after_logging():
    """The progress bar of ``optout run`` imports rich after logging is set up."""
    out = python("import optout.log, structlog.dev\nimport rich.progress\n"
                 "print(rich.progress.Progress.__name__, structlog.dev.rich is None)")
    assert out.split() == ["Progress", "True"]


def test_the_browser_channel_starts_without_what_pages_need():
    """``optout run`` imports the browser channel to launch Chromium before anything else of the
    engine: whatever that import pulls in delays the launch (issue 15). The recipe schema
    (pydantic models), extraction (parsel, lxml, phone tables), the bot-wall markers and tenacity
    are imported by the engine in a thread while Chromium starts, not with the channel."""
    out = python("import sys, optout.cli, optout.channels.browser; print(sorted(m for m in ('optout.recipe.schema', "
                 "'optout.steps.extract', 'optout.recipe.detect', 'optout.retry', 'parsel', 'phonenumbers', "
                 "'tenacity') if m in sys.modules)); print('playwright.async_api' in sys.modules)")
    assert out.split("\n")[:2] == ["[]", "True"], out



def test_a_browser_run_reads_the_matchers_tables_in_a_thread_after_its_first_case_began():
    """``App.early_browser``'s thread (it runs while Chromium starts) imports the engine and reads
    no table (e23: the tables held every case's first context back at concurrency 8); the engine's
    thread, started when its first scan's page is open (``Engine._warm_soon``), reads every table
    the matcher reads at a first score (name shares, places' populations, nicknames, pinyin
    syllables), so that the first listing's score does not read one on the event loop every
    running case shares (issue 15). Then a score opens no data file at all."""
    out = python(
        "import sys, importlib, datetime as dt; from optout.app import _import_engine; "
        "from optout.matching import frequency, _names; P = importlib.import_module('optout.matching._places'); "
        "caches = lambda: [f.cache_info().currsize for f in (frequency._table, P._populations, _names._nicknamer, "
        "_names._pinyin)]; print(caches()); _import_engine(); print('optout.engine' in sys.modules, caches()); "
        "from optout.engine import _read_matcher_tables; _read_matcher_tables(); print(caches()); "
        "import importlib.resources as r; r.files = lambda *a: (_ for _ in ()).throw(AssertionError('a table read')); "
        "from optout.matching import score; from optout.person import parse_person; from optout.steps.extract import Listing; "
        "p = parse_person({'first_name': 'William', 'last_name': 'Abernathy', 'birth_year': 1980, "
        "'addresses': [{'city': 'Akron', 'state': 'OH'}]}); "
        "print(score(p, Listing(name='Bill Abernathy', age=46, locations=['Akron, OH']), "
        "today=dt.date(2026, 12, 1)).confidence > 0)")
    assert out.split("\n")[:4] == ["[0, 0, 0, 0]", "True [0, 0, 0, 0]", "[2, 1, 1, 1]", "True"], out

def test_the_engines_import_leaves_the_first_scores_libraries_to_the_tables_thread():
    """What a browser run imports beside Chromium's launch (``App.early_browser``'s thread: the
    worker, the engine) holds none of what only a scan's first listing read and score need:
    phonenumbers, regex, nicknames, usaddress (pycrfsuite's model), the matcher (e24: ~0.05 CPU-s
    that competed with Chromium's start, or ran on the event loop at the first case). The engine's
    tables thread (``_read_matcher_tables``, started when its first scan's page is open and awaited
    before that page's listings are read) imports every one. Fails if a module imports one at its top
    again."""
    out = python(
        "import sys; from optout.app import _import_engine; from optout.engine import FIRST_SCORE_MODULES as M\n"
        "import optout.cli, optout.channels.browser; _import_engine()\n"
        "print(sorted(m for m in M if m in sys.modules))\n"
        "from optout.engine import _read_matcher_tables; _read_matcher_tables()\n"
        "print(sorted(m for m in M if m not in sys.modules), len(M))")
    assert out.split("\n")[:2] == ["[]", "[] 6"], out


def test_the_first_score_waits_for_the_matchers_tables_and_the_first_case_does_not():
    """The tables' thread (``Engine._warm_soon``) is not awaited before any page opens (e23: at
    concurrency 8 reading them held every case's first context back by 0.2-0.45 s); the engine
    waits for it before its first score (``Engine._warmed``), every case that scores meanwhile waits
    for the same thread, and a thread that failed does not fail a case (the score reads the
    tables itself)."""
    out = python(
        "import asyncio, threading; from optout.engine import Engine\n"
        "async def main():\n"
        "    gate = threading.Event()\n"
        "    def read():\n"
        "        gate.wait(10)\n"
        "        raise OSError('a table unreadable')\n"
        "    e = Engine.__new__(Engine); e._warming = asyncio.ensure_future(asyncio.to_thread(read))\n"
        "    waiting = [asyncio.create_task(e._warmed()) for _ in range(3)]\n"
        "    await asyncio.sleep(0.3); print(sum(t.done() for t in waiting))\n"
        "    gate.set(); await asyncio.wait_for(asyncio.gather(*waiting), 10)\n"
        "    print(e._warming is None)\n"
        "asyncio.run(main())")
    assert out.split("\n")[:2] == ["0", "True"], out


# ---- optout run: what is imported before its first broker request ---------------------------------

#: Runs ``optout`` (argv) with ``Engine.process`` wrapped, once the engine module is imported the way
#: the run imports it: at the first case, before any of its broker's requests, the modules of
#: WATCHED already imported are written to $PROBE_OUT (JSON); the run then goes on as usual.
_RUN_PROBE = """
import importlib.abc, importlib.machinery, json, os, runpy, sys
WATCHED = json.loads(os.environ["PROBE_WATCHED"])
OUT = os.environ["PROBE_OUT"]

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "optout.engine":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            real = module.Engine.process

            async def process(self, case, owner):
                if not os.path.exists(OUT):
                    with open(OUT, "w") as f:
                        json.dump(sorted(m for m in WATCHED if m in sys.modules), f)
                return await real(self, case, owner)

            module.Engine.process = process
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
sys.argv = ["optout", *sys.argv[1:]]
runpy.run_module("optout", run_name="__main__")
"""

#: Not needed for a run's first broker request (an http broker, a Maildir read first and found
#: empty): the reply classifier (its patterns compile at import, ~0.05-0.1 s), IMAP, httpx (~0.07 s),
#: the matcher, reports, rich, Playwright; and (e24) the mail flow with the letters, SMTP, the
#: agent's and postal rules, the e-mail parser and the standard library's ``mailbox`` (~0.03 CPU-s:
#: an empty Maildir is told from two folder listings, and no mail flow is made for no mail).
WATCHED = ["optout.mail._classify", "optout.mail._match", "imapclient", "httpx", "optout.matching", "optout.report",
           "jinja2", "rich", "playwright", "optout.mail._flow", "optout.mail._letters", "optout.mail._send",
           "optout.mail._parse", "optout.legal.agent", "optout.legal.postal", "mailbox"]

_REPLY = (b"From: privacy@somebroker.example\r\nTo: someone@example.org\r\nSubject: Re: your request\r\n"
          b"Message-ID: <probe-1@somebroker.example>\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\n"
          b"We received your request.\r\n")


async def _optout(env: dict[str, str], *args: str, probe: Path | None = None) -> tuple[int, str, str]:
    import asyncio  # the lab answers on this test's event loop while the command runs

    cmd = ["-c", _RUN_PROBE, *args] if probe else ["-m", "optout", *args]
    env = {**env, "PROBE_OUT": str(probe), "PROBE_WATCHED": json.dumps(WATCHED)} if probe else env
    p = await asyncio.create_subprocess_exec(sys.executable, *cmd, env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
                                             stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(p.communicate(), 300)
    return p.returncode or 0, out.decode(), err.decode()


async def test_run_reads_no_mail_module_before_its_first_broker_request(lab, tmp_path):
    """``optout run`` imports the reply classifier, the mail flow, httpx and the matcher when it first
    needs them, not at start-up: with an empty mailbox, none is imported when the first case starts
    (an http broker). With a reply waiting in the mailbox, the start-up read imports the classifier
    (so the probe does see it when it is there); the run itself still ends as it should."""
    from optout.person import load_person

    from .conftest import EXAMPLES

    lab.seed_people([("alex", load_person(EXAMPLES / "alex.toml"))])
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "d"), "OPTOUT_LAB_URL": lab.url,
           "OPTOUT_MAIL__MAILDIR": str(lab.maildir), "OPTOUT_LOG_LEVEL": "warning", "PYTHONPATH": str(ROOT)}
    for args in (["init"], ["person", "add", str(EXAMPLES / "alex.toml")]):
        code, _, err = await _optout(env, *args)
        assert code == 0, err

    code, out, err = await _optout(env, "run", "--broker", "peoplefind", "--json", probe=tmp_path / "first.json")
    assert code == 0, err
    loaded = json.loads((tmp_path / "first.json").read_text())
    assert loaded == [], loaded
    assert [c["state"] for c in json.loads(out)["cases"]] == ["confirmed"]

    code, _, err = await _optout(env, "person", "add", str(EXAMPLES / "sam.yaml"))
    assert code == 0, err
    new = Path(lab.maildir) / "new"
    new.mkdir(parents=True, exist_ok=True)
    (new / "1700000000.probe.lab").write_bytes(_REPLY)
    code, out, err = await _optout(env, "run", "--broker", "peoplefind", "--json", probe=tmp_path / "second.json")
    assert code == 0, err
    assert "optout.mail._classify" in json.loads((tmp_path / "second.json").read_text())
