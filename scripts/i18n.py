"""Extract every message id optout's readers see, check the one catalogue, compile it as Babel does.

    .venv/bin/python scripts/i18n.py          # or: scripts/i18n

The one catalogue is ``optout/locales/<lang>/LC_MESSAGES/reasons.po`` (English, Spanish): the
reasons, the report's phrases (``report:``), the CLI's (``cli:``) and the dashboard's page text.
This command:

1. **extracts** the ids the code uses: the dashboard's templates (Babel's Jinja2 extractor, the
   ``_``/``gettext`` calls), the dashboard's ``gettext("…")`` calls in Python, the report
   templates' ``t("…")`` phrases, the CLI's ``say("…")`` keys, every reason code and profile field,
   the dashboard's task kinds, case states and recipe health values;
2. **checks** each has a Spanish text (different from the English unless the word is the same in
   both, :func:`optout.reasons.same_in_both`: the one list) with the same placeholders (``{name}`` and ``%(name)s``), and that
   every id of the English catalogue has a Spanish entry;
3. **compiles** each language's ``.po`` to a ``.mo`` in memory, as :func:`optout.reasons.load_po`
   does at run time (no ``.mo`` file to forget), so a syntax error shows here.

Prints one line per problem (``es: <id>: <what>``) and exits 1 when there is any; 0 and a count
otherwise. ``tests/test_i18n_catalogue.py`` runs it.
"""

from __future__ import annotations

import ast
import io
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))



def _po(lang: str) -> Path:
    return ROOT / "optout" / "locales" / lang / "LC_MESSAGES" / "reasons.po"


def used_ids() -> dict[str, str]:
    """Every message id the code and templates use → where it was found."""
    from jinja2.ext import babel_extract

    from optout import reasons
    from optout.recipe.schema import Health
    from optout.store import CaseState
    from optout.web._views import KINDS, NAME_KINDS

    found: dict[str, str] = {}
    for tpl in sorted((ROOT / "optout/web/templates").glob("*.html")):
        with tpl.open("rb") as f:
            for line, _func, message, _ in babel_extract(f, ("_", "gettext", "ngettext"), [],
                                                         {"extensions": "jinja2.ext.i18n"}):
                # ngettext's plural form is looked up under its singular: the one id of the entry
                for m in (message[:1] if _func == "ngettext" else message) if isinstance(message, tuple) else (message,):
                    if isinstance(m, str):
                        found.setdefault(m, f"{tpl.relative_to(ROOT)}:{line}")
    for tpl in sorted((ROOT / "optout/report/templates").glob("*.j2")):
        for m in re.finditer(r"""\btn?\((["'])([^"'{}()]+)\1[),]""", tpl.read_text("utf-8")):
            found.setdefault("report:" + m[2], str(tpl.relative_to(ROOT)))
    for py, func in (("optout/web/_views.py", "gettext"), ("optout/cli.py", "say"), ("optout/web/cli.py", "say"),
                     ("optout/web/__init__.py", "say")):
        tree = ast.parse((ROOT / py).read_text("utf-8"))
        for top in [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))] or [tree]:
            # cli.say(key, lang, …) reads cli:<key>; a command's own say(key, …) (optout human,
            # optout answers) reads the prefix its definition names ("cli:human.", "cli:answers.")
            local = next((c.value for d in ast.walk(top) if isinstance(d, ast.FunctionDef) and d.name == func
                          for c in ast.walk(d) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                          and c.value.startswith("cli:")), None)
            for node in ast.walk(top):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == func
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    prefix = "" if func == "gettext" else "cli:" if len(node.args) >= 2 else (local or "cli:")
                    found.setdefault(prefix + node.args[0].value, f"{py}:{node.lineno}")
    # a CLI table's headings (cli.emit(args, rows, columns), cli.table(rows, columns, lang)): cli:column.<name>
    from optout import cli

    for node in ast.walk(ast.parse((ROOT / "optout/cli.py").read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("emit", "table"):
            at = 2 if node.func.id == "emit" else 1
            for c in ast.walk(node.args[at]) if len(node.args) > at else ():
                if isinstance(c, ast.Constant) and isinstance(c.value, str):
                    found.setdefault(f"cli:column.{c.value}", f"optout/cli.py:{node.lineno}")
    for key in cli.MAIL_COUNTED:
        found.setdefault(f"cli:mail.{key}", "optout/cli.py MAIL_COUNTED (a mailbox read's counts)")
    for column in (*cli.STATUS_COLUMNS, *cli.PEOPLE_COLUMNS):
        found.setdefault(f"cli:column.{column}", "optout/cli.py STATUS_COLUMNS, PEOPLE_COLUMNS")
    from optout.mail._letters import COMPLAINTS

    for key in COMPLAINTS:
        found.setdefault(f"complaint:{key}", "optout/mail/_letters.py COMPLAINTS (Law.complaint_in)")
    for code in reasons.CODES:
        found.setdefault(f"reason:{code}", "optout/reasons.py CODES")
    for name in reasons.FIELDS:
        found.setdefault(f"field:{name}", "optout/reasons.py FIELDS")
    from optout.intake import COLUMNS, SECOND_SURNAME

    for column in (*COLUMNS, SECOND_SURNAME):
        found.setdefault(f"column:{column}", "optout/intake.py COLUMNS (reasons.render: near, column)")
    for kind in KINDS:
        found.setdefault(f"kind:{kind}", "optout/web/_views.py KINDS")
        found.setdefault(f"howto:{kind}", "optout/web/_views.py KINDS")
    for state in [s.value for s in CaseState] + [reasons.NEEDS_INFO, "held"]:  # held: optout.worker.outcome
        found.setdefault(state, "optout/web/templates/runs.html (a run's counts)")
        found.setdefault(f"cli:state.{state}", "optout/cli.py (status)")
    for h in Health:
        found.setdefault(f"health:{h.value}", "optout/web/templates/runs.html")
    from optout.cli import ARGPARSE_WORDS

    for words in ARGPARSE_WORDS:
        found.setdefault(f"argparse:{words}", "optout/cli.py ARGPARSE_WORDS (argparse's own errors and help)")
    for key in reasons.COUNTS:  # a person's counts, on the people and person pages and in the report
        found.setdefault(f"count:{key}", "optout/reasons.py COUNTS")
    for kind in NAME_KINDS:
        found.setdefault(f"name_kind:{kind}", "optout/web/_views.py NAME_KINDS (the edit page)")
    from optout.web._i18n import MAIL_KINDS, SHOT_KINDS

    for kind in SHOT_KINDS:
        found.setdefault(f"shot:{kind}", "optout/web/_i18n.py SHOT_KINDS (a screenshot's caption)")
    for kind in MAIL_KINDS:
        found.setdefault(f"mail:{kind}", "optout/web/_i18n.py MAIL_KINDS (an e-mail's link on the person page)")
    from optout.mail._flow import RETURNED_MAIL

    for key in RETURNED_MAIL:
        found.setdefault(f"mail:which.{key}", "optout/mail/_flow.py returned_mail (a bounce task's mail)")
    return found


def placeholders(text: str) -> tuple[set[str], set[str]]:
    """(``{name}`` fields, ``%(name)s`` fields) of a text."""
    try:
        braces = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    except ValueError:
        braces = {"<unbalanced braces>"}
    return braces, set(re.findall(r"%\((\w+)\)[sd]", text))


def _forms(string: str | tuple[str, ...]) -> tuple[str, ...]:
    """A catalogue entry's text as its forms: one, or a plural entry's (``msgid_plural``) each."""
    return string if isinstance(string, tuple) else (string,)


def check(catalogues: dict[str, Path] | None = None) -> list[str]:
    """Every problem as one line (``lang: id: what``); empty when the catalogue is whole.
    ``catalogues``: other ``.po`` files to check in place of the one catalogue (``{"en": …, "es": …}``)."""
    paths = catalogues or {lang: _po(lang) for lang in ("en", "es")}
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    problems: list[str] = []
    cats = {}
    for lang in ("en", "es"):
        try:
            with paths[lang].open("rb") as f:
                cats[lang] = read_po(f, locale=lang, abort_invalid=True)
            write_mo(io.BytesIO(), cats[lang])  # compiled as optout.reasons.load_po does
        except Exception as e:  # noqa: BLE001 - a broken catalogue is the finding, said in one line
            problems.append(f"{lang}: {paths[lang].name}: does not compile ({e})")
    if problems:
        return problems
    others = [p for p in (ROOT / "optout").rglob("*.po") if p not in (_po("en"), _po("es"))]
    problems += [f"{p.relative_to(ROOT)}: a second catalogue; fold it into reasons.po" for p in others]
    from optout.reasons import same_in_both  # the one list of words Spanish writes as English

    en, es = cats["en"], cats["es"]
    ids = used_ids()
    for mid in sorted(set(ids) | {m.id[0] if isinstance(m.id, tuple) else m.id for m in en if m.id}):
        where = ids.get(mid, "the English catalogue")
        english = (_forms(en.get(mid).string)[-1] if en.get(mid) is not None else "") or mid
        entry = es.get(mid)
        forms = _forms(entry.string) if entry is not None else ("",)
        spanish = forms[-1]  # a plural entry: its every form is checked as its plural form is
        if any(not f or not f.strip() for f in forms):
            spanish = ""
        elif any(placeholders(f) != placeholders(spanish) for f in forms):
            problems.append(f"es: {mid!r}: the plural forms name different placeholders")
        if not spanish or not spanish.strip():
            problems.append(f"es: {mid!r}: no Spanish text (used in {where})")
            continue
        if spanish == english and not same_in_both(mid):
            problems.append(f"es: {mid!r}: the Spanish text is the English one")
        if placeholders(spanish) != placeholders(english):
            problems.append(f"es: {mid!r}: placeholders differ from the English "
                            f"({sorted(map(sorted, placeholders(english)))} vs {sorted(map(sorted, placeholders(spanish)))})")
    return problems


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in the catalogue", file=sys.stderr)
        return 1
    print(f"catalogue whole: {len(used_ids())} ids used, each with a Spanish text and the same placeholders")
    return 0


if __name__ == "__main__":
    sys.exit(main())
