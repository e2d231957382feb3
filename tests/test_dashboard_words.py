"""The dashboard and the client report speak of their own buttons, never of CLI commands.

A volunteer on the dashboard has no terminal; a client reading a report has neither. Every text
either can show (the dashboard's interface catalogue, the reasons/report entries of the shared
catalogue, and the instructions the engine and the mail flow store with a task for a person)
is checked for an ``optout <command>`` instruction or a command-line flag. The CLI's own words
(``cli:`` entries) keep their commands."""

from __future__ import annotations

import argparse
import html
import ast
import re
from pathlib import Path

import pytest

from optout import cli, reasons
from optout.reasons import load_po

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> set[str]:
    """Every top-level command the CLI knows (its parser, the dashboard's two included)."""
    p = cli.parser()
    sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices) | {"serve", "staff"}


CLI = re.compile(r"\boptout (?:%s)\b|(?<![\w-])--[a-z][a-z-]+" % "|".join(sorted(map(re.escape, _commands()))))


def _messages(po: Path, lang: str) -> dict[str, str]:
    t = load_po(po, lang)
    return {k: v for k, v in getattr(t, "_catalog", {}).items() if isinstance(k, str) and k}


def _shown_texts() -> list[tuple[str, str, str]]:
    out = []
    for lang in reasons.LANGUAGES:
        for where in (ROOT / "optout" / "locales", ROOT / "optout" / "web" / "locales"):
            for po in where.glob(f"{lang}/LC_MESSAGES/*.po"):
                for k, v in _messages(po, lang).items():
                    if not k.startswith("cli:"):
                        out.append((f"{po.relative_to(ROOT)}", k, v))
    return out


def test_the_cli_pattern_sees_a_command():
    assert CLI.search("Then: optout done 12") and CLI.search("use --no-match") and CLI.search("optout staff add")
    assert not CLI.search("optout is not sure") and not CLI.search("optout tries again")


@pytest.mark.parametrize("where,msgid,text", _shown_texts(), ids=lambda x: x if len(str(x)) < 40 else None)
def test_no_cli_command_in_what_the_dashboard_or_the_report_shows(where, msgid, text):
    assert not CLI.search(msgid) and not CLI.search(text), f"{where}: {msgid!r} tells a volunteer to run a command: {text!r}"


#: What a volunteer cannot do from the dashboard either: edit a recipe's field or a settings key
#: (``optout.email.to``, ``mail.smtp_host``), or open a file by its name (``brokers/x.yaml``).
FILES = re.compile(r"\b(?:recipe|receta)s?\b|\boptout\.[a-z_]+\.[a-z_]+|\b[\w./-]+\.(?:ya?ml|toml|py|md|json|po)\b",
                   re.IGNORECASE)


def _constants(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _instructions(path: Path) -> list[tuple[int, str]]:
    """The literal text of every ``instructions=`` / ``instructions_es=`` argument in a module
    (f-strings' literal parts), and, when the argument names a variable (``instructions=advice``),
    every text assigned to that variable in the same function (a dict of texts by kind: each value
    on its own), so a text is held wherever it is written before it is stored."""
    found = []
    tree = ast.parse(path.read_text("utf-8"))
    scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))] or [tree]
    for scope in scopes:
        assigned: dict[str, list[ast.AST]] = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        assigned.setdefault(target.id, []).append(node.value)
        for node in ast.walk(scope):
            if isinstance(node, ast.keyword) and node.arg in ("instructions", "instructions_es"):
                found.append((node.value.lineno, "".join(_constants(node.value))))
                for name in {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}:
                    for value in assigned.get(name, []):
                        parts = value.values if isinstance(value, ast.Dict) else [value]
                        found += [(v.lineno, "".join(_constants(v))) for v in parts if v is not None]
    return found


def test_the_pattern_sees_a_file_or_a_recipe_field():
    assert FILES.search("corrija optout.email.to en la receta") and FILES.search("correct the recipe's address")
    assert FILES.search("see brokers/acme.yaml") and FILES.search("edit optout.toml")
    assert not FILES.search("Read its e-mail (kept with the case's evidence).")
    assert CLI.search("Lea su correo (`optout evidence {case}`)")


def test_the_instructions_walk_reads_a_text_written_before_it_is_stored():
    """The mail flow wrote its reply tasks' advice into a dict by kind and passed the variable:
    the first version of this test read only literal arguments and missed them."""
    texts = [t for _, t in _instructions(ROOT / "optout" / "mail" / "_flow.py")]
    assert any("quoting the reference" in t for t in texts)  # needs_info's advice, written in a dict
    assert any("citando la referencia" in t for t in texts)  # and its Spanish


def test_no_cli_command_in_a_task_the_engine_or_the_mail_flow_stores():
    """What a needs_human task carries is shown in the dashboard's queue as it is: the CLI adds its
    own commands (``cli:human.howto.*``, ``cli:human.mail``), the dashboard its buttons. Nor does it
    send a volunteer to a file, a recipe or a settings key: whoever keeps those is told by the CLI."""
    bad = []
    for path in (ROOT / "optout").rglob("*.py"):
        if path.name == "cli.py":
            continue
        for line, text in _instructions(path):
            if CLI.search(text) or FILES.search(text):
                bad.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert not bad, bad


async def test_the_runs_page_warns_that_no_mailbox_reads_the_brokers_replies(tmp_path):
    """Letters go out (an outgoing account) and nothing reads the answers: the Runs page says so, as
    ``optout run`` does on stderr, in the reader's language; with a mailbox set up it says nothing."""
    from optout.app import open_app
    from optout.settings import Settings
    from optout.web._staff import StaffBook
    from optout.web._views import build
    from tests.test_dashboard import PASSWORD, Dash

    mail = {"smtp_host": "127.0.0.1", "from_address": "clinic@example.org"}
    for extra, warned in (({}, True), ({"maildir": str(tmp_path / "Maildir")}, False)):
        settings = Settings(data_dir=tmp_path / f"data{int(warned)}", mail=mail | extra)
        async with open_app(settings, create=True) as app:
            assert app.replies_unread() == (sum(r.channel == "email" for r in app.recipes()) if warned else 0)
            assert not warned or app.replies_unread() > 0  # the catalogue has e-mail brokers
            StaffBook(settings.data_dir).add("ana", PASSWORD)
            d = Dash(build(app, idle=600), app)
            await d.login()
            en = html.unescape((await d.get("/runs", headers={"accept-language": "en"})).text)
            es = html.unescape((await d.get("/runs", headers={"accept-language": "es"})).text)
            await d.client.aclose()
        assert ("no mailbox configured: e-mail brokers' replies will not be read" in en) is warned
        assert ("no hay buzón configurado: no se leerán las respuestas" in es) is warned
        assert "mailbox" not in es


def _recipe_instructions(node, out: list[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("instructions", "instructions_es") and isinstance(v, str):
                out.append(v)
            else:
                _recipe_instructions(v, out)
    elif isinstance(node, list):
        for v in node:
            _recipe_instructions(v, out)


def test_no_cli_command_in_a_recipes_instructions():
    """A recipe's ``human`` step or manual opt-out is shown as it is in the dashboard's queue (in
    Spanish when it has ``instructions_es``): it says what to do at the broker, never which command
    to run after (each front end adds its own: the CLI ``optout done CASE``, the dashboard "I did it")."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    bad, seen = [], 0
    for path in sorted((ROOT / "brokers").rglob("*.yaml")):
        texts: list[str] = []
        _recipe_instructions(yaml.load(path.read_text("utf-8"), Loader=loader), texts)
        seen += len(texts)
        bad += [f"{path.relative_to(ROOT)}: {t[:80]!r}" for t in texts if CLI.search(t)]
    assert seen > 30 and not bad, bad
