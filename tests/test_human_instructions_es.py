"""What optout itself tells a person to do in a task (``NeedsHuman(instructions=…)``) reaches a
Spanish reader in Spanish: the dashboard showed "Instrucciones de la receta o de optout (en inglés):
Look at each listing and say whether it is this person." under every "¿es esta persona?" question,
and English under every bounced letter, verification link and confirmation mail.

Every call in optout's code whose instructions are optout's own words (a constant, or an f-string
of its own words and values) gives ``instructions_es``; a recipe's instructions come with the
recipe's own ``instructions_es``. The texts that name a law's complaint office give
``law.complaint_in("es")`` (the catalogue's ``complaint:*``, the office's name as it is)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "optout"

#: Per file, the names whose text stays English for now: a letter's body.
ENGLISH_FOR_NOW = {"mail/_flow.py": {"letter.body"}}


def _calls():
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "NeedsHuman":
                kw = {k.arg: k.value for k in node.keywords}
                if "instructions" in kw:
                    yield path.relative_to(ROOT).as_posix(), node.lineno, kw


def _own_words(value: ast.expr) -> bool:
    """A constant, an f-string or a concatenation of them: optout's own words, not a recipe's."""
    return isinstance(value, (ast.Constant, ast.JoinedStr, ast.BinOp)) or (
        isinstance(value, ast.IfExp))


def test_optouts_own_instructions_have_spanish():
    missing = []
    for rel, line, kw in _calls():
        value = kw["instructions"]
        if not _own_words(value) or "instructions_es" in kw:
            continue
        src = ast.unparse(value)
        if any(name in src for name in ENGLISH_FOR_NOW.get(rel, ())):
            continue
        missing.append(f"{rel}:{line}: {src[:70]}")
    assert not missing, "optout's own instructions without Spanish:\n" + "\n".join(missing)


def test_no_instruction_names_a_regulator_without_naming_which():
    """A task that tells a person to complain names the office the client's law gives
    (``Law.complaint_in``), never "your state's regulator" (c24: engine.py's still-listed task)."""
    generic = []
    for rel, line, kw in _calls():
        for key in ("instructions", "instructions_es"):
            value = kw.get(key)
            words = " ".join(n.value for n in ast.walk(value) if isinstance(n, ast.Constant)
                             and isinstance(n.value, str)) if value is not None else ""
            if any(w in words.lower() for w in ("regulator", "complaint", "queja", "autoridad")):
                generic.append(f"{rel}:{line}: {key}")
    assert not generic, "instructions that name no office:\n" + "\n".join(generic)


def test_a_broker_that_still_lists_the_client_names_the_clients_own_regulator_in_both_languages():
    import datetime as dt

    from optout.engine import still_listed_instructions
    from optout.person import parse_person
    from optout.recipe.loader import load_catalogue
    from optout.settings import Settings

    recipe = load_catalogue(Settings().recipe_dirs).recipes["peoplefind"]
    on = dt.date(2026, 12, 1)

    def person(state: str):
        return parse_person({"first_name": "Marisol", "last_name": "Quintero Vargas",
                             "addresses": [{"city": "Springfield", "state": state}]})

    for state, office in (("TX", "Texas Attorney General"), ("CA", "California Privacy Protection Agency"),
                          ("CO", "Colorado Attorney General")):
        en, es = still_listed_instructions(person(state), recipe, on)
        assert office in en and office in es, (state, en, es)
        assert en.startswith("The broker still shows the listing") and es.startswith("El corredor todavía muestra")
        assert "regulator" not in en and "autoridad de su estado" not in es
    # a state without a privacy law of its own: the Attorney General of their state and the FTC
    en, es = still_listed_instructions(person("WY"), recipe, on)
    assert "FTC" in en and "FTC" in es and "Attorney General" in es


def test_the_offices_the_catalogue_names_read_in_spanish():
    """trial49: a Florida client's Spanish complaint line said "el Attorney General de Florida", the
    English title under a Spanish article. Where the catalogue itself names the office (a state
    without a privacy law, the client's state unknown, California), the Spanish says it in Spanish,
    the English title beside it so it can be looked up; an office the law table names (Colorado's)
    stays as the law table names it, after "esta oficina:"."""
    from optout.mail._letters import ccpa, courtesy

    florida = courtesy("FL").complaint_in("es")
    assert "la oficina del fiscal general de Florida (Florida Attorney General)" in florida, florida
    assert "Attorney General de" not in florida and "el Attorney" not in florida, florida
    nowhere = courtesy(None).complaint_in("es")
    assert "la oficina del fiscal general de su estado" in nowhere and "Attorney General de" not in nowhere, nowhere
    california = ccpa().complaint_in("es")
    assert "la oficina del fiscal general de California (California Attorney General" in california, california
    assert "ante el California" not in california and "ante la California" not in california, california
    assert "esta oficina: the" not in courtesy("CO").complaint_in("es")
