"""Load and check recipe files. Every error names the file, the field path and, when known, the line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from optout.errors import RecipeError, TemplateError
from optout.recipe.schema import Choose, Recipe, walk_steps
from optout.recipe.template import placeholders

# libyaml's parser when PyYAML was built with it (the wheels are): ~20x faster than the pure-Python
# one, which matters with hundreds of generated recipes (brokers/registry/) loaded at every start.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _RecipeLoader(_Base):  # type: ignore[misc,valid-type]
    """YAML 1.2 booleans: only true/false. YAML 1.1 would read the key ``on:`` (in ``verified``) and a
    value like ``no`` or ``off`` as booleans, which no recipe author means."""


_RecipeLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_RecipeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _line_index(text: str) -> dict[tuple[str | int, ...], int]:
    """Map each YAML path (('optout', 'steps', 2, 'url')) to its 1-based line, for error messages."""
    index: dict[tuple[str | int, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str | int, ...]) -> None:
        index[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else str(k)
                index[(*path, key)] = k.start_mark.line + 1
                walk(v, (*path, key))
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                walk(v, (*path, i))

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return index
    if root is not None:
        walk(root, ())
    return index


def _nearest_line(index: dict[tuple[str | int, ...], int], loc: tuple[Any, ...]) -> int | None:
    """The line of ``loc`` or of its closest ancestor present in the YAML."""
    for n in range(len(loc), 0, -1):
        if loc[:n] in index:
            return index[loc[:n]]
    return None


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


#: A recipe is a page or two of YAML. Bigger ones, or ones whose aliases expand to more nodes than
#: this ("billion laughs"), are refused before anything walks them.
MAX_RECIPE_BYTES = 1_000_000
MAX_RECIPE_NODES = 50_000


def _check_size(text: str, source: str) -> None:
    if len(text) > MAX_RECIPE_BYTES:
        raise RecipeError(f"{source}: larger than {MAX_RECIPE_BYTES // 1000} kB; a recipe is a page or two")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return  # safe_load below names the syntax error
    count = 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_RECIPE_NODES:
            raise RecipeError(f"{source}: expands to more than {MAX_RECIPE_NODES} YAML nodes (aliases?)")
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack += [k, v]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value


def parse_recipe(text: str, source: str) -> Recipe:
    """Parse one recipe from YAML text; ``source`` names it in errors (usually the file path)."""
    _check_size(text, source)
    try:
        data = yaml.load(text, Loader=_RecipeLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or "syntax error"
        raise RecipeError(f"{source}: not valid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise RecipeError(f"{source}: a recipe must be a mapping of fields (id, name, domains, …)")
    try:
        recipe = Recipe.model_validate(data)
    except ValidationError as e:
        lines = _line_index(text)
        problems = []
        for err in e.errors(include_url=False):
            loc = tuple(err["loc"])
            # drop the union tag pydantic inserts after a step index (steps[2].fill.value -> steps[2].value)
            clean = tuple(p for i, p in enumerate(loc) if not (i > 0 and isinstance(loc[i - 1], int) and p == data_tag(data, loc[:i])))
            line = _nearest_line(lines, clean)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown field (check the spelling; see docs/RECIPES.md)"
            problems.append(f"{_format_loc(clean)}{f' (line {line})' if line else ''}: {msg}")
        raise RecipeError(f"{source}: " + "; ".join(problems)) from None
    check_templates(recipe, source)
    return recipe


def data_tag(data: Any, path: tuple[Any, ...]) -> Any:
    """The ``action`` of the step at ``path`` in the raw data, if that is what ``path`` points to."""
    node = data
    try:
        for p in path:
            node = node[p]
    except (KeyError, IndexError, TypeError):
        return None
    return node.get("action") if isinstance(node, dict) else None


def check_templates(recipe: Recipe, source: str) -> None:
    """Every template may name only declared inputs (data minimisation), listing.* and extracted.*."""
    declared = set(recipe.inputs)
    flows = [("scan", recipe.scan.steps if recipe.scan else []), ("optout", recipe.optout.steps)]
    for flow, steps in flows:
        for path, step in walk_steps(steps, f"{flow}.steps"):
            templates = [(f, getattr(step, f, None)) for f in ("url", "value", "instructions")]
            if isinstance(step, Choose):
                templates += [(f"choices[{j}].when.{side}", getattr(ch.when, side))
                              for j, ch in enumerate(step.choices) for side in ("left", "right")]
            for field, template in templates:
                if not isinstance(template, str):
                    continue
                where = f"{path}.{field}"
                try:
                    for ph in placeholders(template):
                        if ph.is_person_field and ph.name not in declared:
                            raise RecipeError(
                                f"{source}: {where}: names ${{{ph.name}}}, which is not in inputs "
                                f"(declare it in inputs if this broker may receive it)"
                            )
                        if flow == "scan" and ph.name.startswith("listing."):
                            raise RecipeError(f"{source}: {where}: a scan cannot use {ph.name} (no listing yet)")
                except TemplateError as e:
                    raise RecipeError(f"{source}: {where}: {e}") from None
    if recipe.optout.email:
        unknown = set(recipe.optout.email.identifiers) - declared
        if unknown:
            raise RecipeError(f"{source}: optout.email.identifiers: {', '.join(sorted(unknown))} not in inputs")


def load_recipe(path: str | Path) -> Recipe:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RecipeError(f"{path}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise RecipeError(f"{path}: not UTF-8 text") from None
    recipe = parse_recipe(text, str(path))
    if recipe.id != path.stem:
        raise RecipeError(f"{path}: id {recipe.id!r} must match the file name ({path.stem!r})")
    return recipe


@dataclass
class Catalogue:
    """Every recipe found, and the files that failed to load (kept, not raised: one bad recipe must
    not stop a batch)."""

    recipes: dict[str, Recipe]
    errors: dict[str, RecipeError]
    paths: dict[str, Path]

    def select(self, ids: Iterable[str] | None = None, *, lab: bool | None = None) -> list[Recipe]:
        out = list(self.recipes.values())
        if ids:
            wanted = set(ids)
            missing = wanted - set(self.recipes)
            if missing:
                raise RecipeError(f"no recipe with id {', '.join(sorted(missing))} (see `optout recipe list`)")
            out = [r for r in out if r.id in wanted]
        if lab is not None:
            out = [r for r in out if r.lab == lab]
        return sorted(out, key=lambda r: r.id)


def load_catalogue(dirs: Iterable[str | Path]) -> Catalogue:
    recipes: dict[str, Recipe] = {}
    errors: dict[str, RecipeError] = {}
    paths: dict[str, Path] = {}
    for d in dirs:
        for path in sorted(Path(d).rglob("*.y*ml")):
            if "fixtures" in path.parts:
                continue
            try:
                r = load_recipe(path)
            except RecipeError as e:
                errors[str(path)] = e
                continue
            if r.id in recipes:
                errors[str(path)] = RecipeError(f"{path}: id {r.id!r} is already used by {paths[r.id]}")
                continue
            recipes[r.id] = r
            paths[r.id] = path
    # cross-recipe references
    for r in list(recipes.values()):
        if r.optout.channel == "parent" and r.optout.via not in recipes:
            errors[str(paths[r.id])] = RecipeError(
                f"{paths[r.id]}: optout.via: no recipe with id {r.optout.via!r}"
            )
            del recipes[r.id]
    return Catalogue(recipes, errors, paths)
