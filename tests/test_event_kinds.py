"""Every kind of event a case's history can hold has its words in English and Spanish (t45: the
Spanish history showed «answer_undone» raw, after «Deshacer» under «Respuestas guardadas»)."""

from __future__ import annotations

import ast
from pathlib import Path

from optout.report._i18n import phrase
from optout.store.base import EVENT_KINDS

ROOT = Path(__file__).resolve().parents[1] / "optout"
#: the calls that record a case's event, and the place of their kind among the arguments
RECORDERS = {"record": 1, "_record": 2, "_record_answer": 1, "_put_back": 3}


def _literal_kinds() -> dict[str, str]:
    """Each event kind the code writes as a literal where it records one (a constant or either side
    of a conditional), with where."""
    def constants(node: ast.AST):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.IfExp):
            yield from constants(node.body)
            yield from constants(node.orelse)

    out = {}
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            at = RECORDERS.get(name)
            if at is None:
                continue
            # store.record(case_id, kind, …), engine._record(case, owner, kind, …) and the same
            # called through another object (self.e._record)
            for arg in node.args[at - 1:at + 1]:
                for kind in constants(arg):
                    if kind.isidentifier() and kind.islower():
                        out.setdefault(kind, f"{path.relative_to(ROOT.parent)}:{node.lineno}")
    return out


def test_every_kind_the_code_records_is_a_known_event_kind():
    found = _literal_kinds()
    assert len(found) >= 20, found  # the scan reads the recorders at all
    unknown = {k: where for k, where in found.items() if k not in EVENT_KINDS}
    assert not unknown, unknown


def test_every_event_kind_has_its_words_in_english_and_spanish():
    missing = {}
    for kind in sorted(EVENT_KINDS):
        en, es = phrase(f"event.{kind}", "en"), phrase(f"event.{kind}", "es")
        if en == f"event.{kind}" or es == f"event.{kind}" or es == en:
            missing[kind] = (en, es)
    assert not missing, missing


def test_the_history_of_an_undone_answer_reads_in_spanish():
    assert phrase("event.answer_undone", "es") == "se deshizo la respuesta de una persona: se vuelve a buscar"
