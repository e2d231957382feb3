"""The helpers the reply sets' build.py files, the sets' tests and the probe scripts share have one
home each (tests/replies/_setbuild.py, tests/replies_sets.py, scripts/_probe.py): no file beside them
defines a function that is one of theirs again, whatever its names (docs/ARCHITECTURE.md, "one home
per concern"; STYLE.md). A set or probe whose helper really differs keeps its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOMES = [  # (the home, the files that must use it rather than copy it)
    ("tests/replies/_setbuild.py", "tests/replies/set*/build.py"),
    ("tests/replies_sets.py", "tests/test_replies_set*.py"),
    ("scripts/_probe.py", "scripts/probe_*.py"),
]


class _Blind(ast.NodeTransformer):
    """Every name the same, so a copy renamed (``_esc`` for ``esc``) is still a copy."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Name("_", node.ctx), node)

    def visit_arg(self, node: ast.arg) -> ast.AST:
        return ast.copy_location(ast.arg("_"), node)


def _shapes(path: Path) -> dict[str, str]:
    """Each top-level function of ``path``, by name: its parameters with their defaults and its body
    (the docstring left out), names blinded; values kept, so a helper with another default differs."""
    out = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef):
            name = node.name
            if ast.get_docstring(node) is not None:
                node.body = node.body[1:]
            node.name = "_"
            out[name] = ast.dump(_Blind().visit(node))
    return out


@pytest.mark.parametrize(("home", "users"), HOMES)
def test_no_file_copies_a_helper_its_shared_home_holds(home, users):
    shared = {shape: name for name, shape in _shapes(ROOT / home).items()}
    copies = [f"{p.relative_to(ROOT)}: {name} is {home}'s {shared[shape]}"
              for p in sorted(ROOT.glob(users)) for name, shape in _shapes(p).items() if shape in shared]
    assert not copies, copies
