"""Load and check recipe files. Every error names the file, the field path and, when known, the line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from optout.errors import RecipeError, TemplateError, said
from optout.recipe.index import IndexEntry, cache_file, recipe_files, scan_files
from optout.urls import host_allowed
from optout.yamlshape import ShapeError, check_shape, error_at

if TYPE_CHECKING:
    from optout.recipe.schema import Recipe

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
    """Map each YAML path (('optout', 'steps', 2, 'url')) to its 1-based line, for error messages.
    Made only when there is an error to place: composing the node tree again cost more than
    everything else in parsing a valid recipe (~10 ms of ~14 ms each, pure-Python composer)."""
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
        root = yaml.compose(text, Loader=_Base)  # libyaml's composer: the same nodes and marks
    except yaml.YAMLError:
        return index
    if root is not None:
        walk(root, ())
    return index


def line_of(path: Path, loc: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the YAML path ``loc`` (``("verified", "on")``) in the recipe file at
    ``path``, or of its closest ancestor there; None when the file cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    return _nearest_line(_line_index(text), loc)


def _nearest_line(index: dict[tuple[str | int, ...], int], loc: tuple[Any, ...]) -> int | None:
    """The line of ``loc`` or of its closest ancestor present in the YAML: for a field a mapping
    lacks, the mapping's own (the whole recipe's first line for a top-level field, trial51)."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in index:
            return index[loc[:n]]
    return None


def _at(loc: tuple[Any, ...], line: int | None) -> str:
    """What follows a field path in an error: the step it is in, counted from 1 as a person counts
    (``optout.steps[5]`` is step 6), and its line: `` (step 6, line 50)``; empty when neither is known."""
    step = next((loc[i + 1] + 1 for i in range(len(loc) - 2, -1, -1)
                 if loc[i] == "steps" and isinstance(loc[i + 1], int)), None)
    said = ([f"step {step}"] if step is not None else []) + ([f"line {line}"] if line else [])
    return f" ({', '.join(said)})" if said else ""


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


#: A recipe is a page or two of YAML. Bigger ones, or ones whose aliases expand to more nodes than
#: this ("billion laughs"), are refused before anything walks them.
MAX_RECIPE_BYTES = 1_000_000
MAX_RECIPE_NODES = 50_000


MAX_RECIPE_DEPTH = 24  # a recipe's deepest path (optout.steps[i].in_listing.fields.name[j].selector) is ~8


def _check_size(text: str, source: str) -> None:
    """Size, depth, alias expansion and repeated keys, from the parser's flat event stream (PyYAML's
    composer would recurse into a deeply nested file and end in RecursionError)."""
    if len(text) > MAX_RECIPE_BYTES:
        raise said(RecipeError(f"{source}: larger than {MAX_RECIPE_BYTES // 1000} kB; a recipe is a page or two"),
                   "recipe_too_large", {"limit": MAX_RECIPE_BYTES // 1000}, source=source)
    try:
        check_shape(text, max_depth=MAX_RECIPE_DEPTH, max_nodes=MAX_RECIPE_NODES)
    except ShapeError as e:
        at = f" (line {e.line})" if e.line else ""
        if e.key is not None:
            key = e.key if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,39}", e.key) else "a key"
            raise said(RecipeError(f"{source}: line {e.line}: {key} is given twice in one mapping (a reader sees "
                                   f"the first, the second would win); keep one"),
                       "recipe_key_twice", {"line": e.line, "name": key}, source=source) from None
        raise RecipeError(f"{source}: {e}{at}") from None


#: What PyYAML and libyaml say, a line late, when a key is indented further than the keys beside it
#: (or a value holds an unquoted ": "); their other complaints have other usual causes (a quote left open).
_INDENT_SLIPS = re.compile(r"mapping values are not allowed")
#: What they say at the first token after a block went wrong (a key indented differently from those
#: beside it, one line or more above): the mark is where it was noticed, not where to fix.
_NOTICED_LATE = re.compile(r"did not find expected key|expected <block end>")


def parse_recipe(text: str, source: str) -> Recipe:
    """Parse one recipe from YAML text; ``source`` names it in errors (usually the file path)."""
    from pydantic import ValidationError  # the schema is imported only when a recipe is parsed

    from optout.recipe.schema import Recipe

    _check_size(text, source)
    try:
        data = yaml.load(text, Loader=_RecipeLoader)  # noqa: S506 - a SafeLoader
    except RecursionError:
        raise RecipeError(f"{source}: nested too deeply") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = error_at(e, text)  # the line to fix (a quote left open: where it opened)
        where = f" at line {at[0]}, column {at[1]}" if at else ""
        problem = getattr(e, "problem", None) or "syntax error"
        context = getattr(e, "context_mark", None)
        if (mark and at and at[0] == mark.line + 1 and _NOTICED_LATE.search(problem)
                # noticed at a line's first token (a key's indentation), not inside a line (a quote)
                and not (text.splitlines()[mark.line:mark.line + 1] or ["x"])[0][:mark.column].strip()):
            # trial46: "at line 38" for a key over-indented on line 37: where it was noticed
            where = f" at or just before line {at[0]}"
            if context is not None and context.line + 1 < at[0]:
                problem += f" (in the block that begins on line {context.line + 1}: a key indented differently from the keys beside it)"
        if mark and _INDENT_SLIPS.search(problem):  # the parser notices a slip a line or two after it
            problem += (f" (usually a key on lines {max(1, mark.line - 1)}-{mark.line + 1} indented more than the "
                        "keys beside it, or a value with ': ' that needs quotes)")
        elif mark and "tab" not in problem and "\t" in (text.splitlines()[mark.line:mark.line + 1] or [""])[0][: mark.column + 1]:
            problem += " (a tab: YAML indents with spaces only)"
        error = RecipeError(f"{source}: not valid YAML{where}: {problem}")
        if at:  # the parser's own words stay English: the line is said in the reader's language
            said(error, "recipe_not_yaml", {"line": at[0], "error": problem}, source=source)
        raise error from None
    if not isinstance(data, dict):
        raise said(RecipeError(f"{source}: a recipe must be a mapping of fields (id, name, domains, …)"),
                   "recipe_not_mapping", source=source)
    try:
        recipe = Recipe.model_validate(data)
    except ValidationError as e:
        from optout.person import input_message

        lines = _line_index(text)
        problems = []
        seen: set[str] = set()
        for err in e.errors(include_url=False):
            loc = tuple(err["loc"])
            # a union (FieldSpec | list[FieldSpec]) reports each branch: keep the one the YAML chose
            branch = next((p for p in loc if isinstance(p, str) and (p[:1].isupper() or "[" in p or "(" in p)), None)
            if branch is not None:
                at = loc[: loc.index(branch)]
                wrote_list = isinstance(_data_at(data, at), list)
                if branch.startswith("list[") != wrote_list:
                    continue
                loc = tuple(p for p in loc if p != branch)
            # drop the union tag pydantic inserts after a step index (steps[2].fill.value -> steps[2].value)
            clean = tuple(p for i, p in enumerate(loc) if not (i > 0 and isinstance(loc[i - 1], int) and p == data_tag(data, loc[:i])))
            line = _nearest_line(lines, clean)
            msg = input_message(err)  # optout's words, never pydantic's (person.input_message)
            if err["type"] == "extra_forbidden":
                msg = "unknown field (check the spelling; see docs/RECIPES.md)"
            elif err["type"] == "union_tag_invalid" and err.get("ctx", {}).get("discriminator") == "'action'":
                msg = _unknown_action(err["ctx"].get("tag", ""))
            elif err["type"] == "union_tag_not_found" and err.get("ctx", {}).get("discriminator") == "'action'":
                msg = _missing_action()
            elif err["type"] == "string_pattern_mismatch" and clean == ("id",):
                msg = "write it in lowercase letters, digits, - and _ (it is also the file's name)"
            problem = f"{_format_loc(clean)}{_at(clean, line)}: {msg}"
            if problem not in seen:
                seen.add(problem)
                problems.append(problem)
        raise RecipeError(f"{source}: " + "; ".join(problems)) from None
    check_templates(recipe, source, lambda: _line_index(text))
    check_literals(data, recipe, source, lambda: _line_index(text))
    return recipe


def _unknown_action(tag: str) -> str:
    """A step's misspelt ``action`` in one line: the nearest known action, then them all."""
    from difflib import get_close_matches

    from optout.recipe.schema import STEP_ACTIONS

    near = get_close_matches(tag, STEP_ACTIONS, n=1)
    hint = f" (did you mean {near[0]}?)" if near else ""
    return f"unknown action {tag!r}{hint}; the actions are: {', '.join(STEP_ACTIONS)}"


def _missing_action() -> str:
    """A step written without ``action:`` (pydantic says "Unable to extract tag using discriminator")."""
    from optout.recipe.schema import STEP_ACTIONS

    return f"a step needs action: (what it does); the actions are: {', '.join(STEP_ACTIONS)}"


def _unknown_field(name: str) -> str | None:
    """Why ``${name}`` is no person field at all (a typo), or None when it is one."""
    from difflib import get_close_matches

    from optout.person import TEMPLATE_FIELDS

    if name in TEMPLATE_FIELDS:
        return None
    near = get_close_matches(name, sorted(TEMPLATE_FIELDS), n=1)
    hint = f" (did you mean ${{{near[0]}}}?)" if near else ""
    return f"names ${{{name}}}, which is no person field{hint}; the fields: {', '.join(sorted(TEMPLATE_FIELDS))}"


def _data_at(data: Any, path: tuple[Any, ...]) -> Any:
    """The node at ``path`` (keys and list indexes) in the raw data, or None where ``path`` leads nowhere."""
    node = data
    try:
        for p in path:
            node = node[p]
    except (KeyError, IndexError, TypeError):
        return None
    return node


def data_tag(data: Any, path: tuple[Any, ...]) -> Any:
    """The ``action`` of the step at ``path`` in the raw data, if that is what ``path`` points to."""
    node = _data_at(data, path)
    return node.get("action") if isinstance(node, dict) else None


_PLACEHOLDER_OPEN = re.compile(r"\$\{")
_PLACEHOLDER_WHOLE = re.compile(r"\$\{[^{}]*\}")


def _navigation_problem(url: str, domains: list[str]) -> str | None:
    """Why a ``navigate`` URL template is refused, or None. A URL that is wholly a listing's or an
    extracted value (``${listing.profile_url}``) is checked when it is known, by the channel."""
    if url.startswith("${"):
        return None
    scheme, sep, _ = url.partition(":")
    if not sep or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme):
        return "not an absolute URL (write https://host/path)"
    if scheme.lower() not in ("http", "https"):
        return f"a {scheme.lower()}: URL; only http and https pages can be opened"
    authority = re.split(r"[/?#\\]", url.split("//", 1)[1] if "//" in url else "", maxsplit=1)[0]
    if "${" in authority:
        return "the host is a template; write the broker's host itself"
    if not host_allowed(url, domains):
        return "goes to a host the recipe does not declare in domains"
    return None


def _path_tuple(path: str) -> tuple[str | int, ...]:
    """``optout.steps[3].choices[0].when.left`` -> ('optout', 'steps', 3, 'choices', 0, 'when', 'left')."""
    out: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return tuple(out)


def check_templates(recipe: Recipe, source: str,
                    lines: Callable[[], dict[tuple[str | int, ...], int]] | None = None) -> None:
    """Every template may name only declared inputs (data minimisation), listing.* and extracted.*;
    every ``${`` must be closed; every ``navigate`` goes to an http(s) page on a declared domain.
    Errors name the file, the field path and its line (``lines`` makes the path -> line map, called
    only when there is an error)."""
    from optout.recipe.schema import Choose, walk_steps  # the schema: only when a recipe is parsed
    from optout.recipe.template import placeholders

    declared = set(recipe.inputs)

    def fail(where: str, msg: str) -> RecipeError:
        loc = _path_tuple(where)
        return RecipeError(f"{source}: {where}{_at(loc, _nearest_line(lines() if lines else {}, loc))}: {msg}")

    flows = [("scan", recipe.scan.steps if recipe.scan else []), ("optout", recipe.optout.steps)]
    for flow, steps in flows:
        for path, step in walk_steps(steps, f"{flow}.steps"):
            templates = [(f, getattr(step, f, None)) for f in ("url", "value", "instructions", "instructions_es", "contains")]
            if isinstance(step, Choose):
                templates += [(f"choices[{j}].when.{side}", getattr(ch.when, side))
                              for j, ch in enumerate(step.choices) for side in ("left", "right")]
            for field, template in templates:
                if not isinstance(template, str):
                    continue
                where = f"{path}.{field}"
                if len(_PLACEHOLDER_OPEN.findall(template)) != len(_PLACEHOLDER_WHOLE.findall(template)):
                    raise fail(where, "a ${ is not closed with } (write ${first_name})")
                if field == "contains":
                    continue
                try:
                    for ph in placeholders(template):
                        if ph.is_person_field and (typo := _unknown_field(ph.name)):
                            raise fail(where, typo)
                        if ph.is_person_field and ph.name not in declared:
                            raise fail(where, f"names ${{{ph.name}}}, which is not in inputs "
                                       "(declare it in inputs if this broker may receive it)")
                        if flow == "scan" and ph.name.startswith("listing."):
                            raise fail(where, f"a scan cannot use {ph.name} (no listing yet)")
                except TemplateError as e:
                    raise fail(where, str(e)) from None
            if getattr(step, "action", None) == "navigate" and (problem := _navigation_problem(step.url, recipe.domains)):
                raise fail(f"{path}.url", problem)
    for field in ("instructions", "instructions_es"):  # a manual opt-out's: templates too
        template = getattr(recipe.optout, field)
        if not template:
            continue
        where = f"optout.{field}"
        if len(_PLACEHOLDER_OPEN.findall(template)) != len(_PLACEHOLDER_WHOLE.findall(template)):
            raise fail(where, "a ${ is not closed with } (write ${first_name})")
        try:
            for ph in placeholders(template):
                if ph.is_person_field and (typo := _unknown_field(ph.name)):
                    raise fail(where, typo)
                if not ph.is_person_field or ph.name not in declared:
                    raise fail(where, f"names ${{{ph.name}}}, which is not in inputs (a manual opt-out's "
                               "instructions may name only the person's declared fields)")
        except TemplateError as e:
            raise fail(where, str(e)) from None
    if recipe.optout.email and recipe.optout.email.named_on and (
            problem := _navigation_problem(recipe.optout.email.named_on, recipe.domains)):
        line = _nearest_line(lines() if lines else {}, ("optout", "email", "named_on"))
        raise RecipeError(f"{source}: optout.email.named_on{f' (line {line})' if line else ''}: {problem}")
    if recipe.optout.email:
        unknown = set(recipe.optout.email.identifiers) - declared
        if unknown:
            line = _nearest_line(lines() if lines else {}, ("optout", "email", "identifiers"))
            at = f" (line {line})" if line else ""
            raise RecipeError(f"{source}: optout.email.identifiers{at}: {', '.join(sorted(unknown))} not in inputs")


#: The keys of ``scan`` and ``optout`` whose text is a template, filled in with the person's values;
#: every other text there is used as written (a selector, an expected text, a mail's subject).
_TEMPLATED = frozenset({"url", "value", "instructions", "instructions_es", "left", "right"})


def _unfilled(node: Any, path: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], str] | None:
    """The first text under ``node`` outside a templated key that holds ``${``, with its path."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and k in _TEMPLATED:
                continue
            if (hit := _unfilled(v, (*path, k))) is not None:
                return hit
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if (hit := _unfilled(v, (*path, i))) is not None:
                return hit
    elif isinstance(node, str) and "${" in node:
        return path, node
    return None


def check_literals(data: dict[str, Any], recipe: Recipe, source: str,
                   lines: Callable[[], dict[tuple[str | int, ...], int]] | None = None) -> None:
    """What a schema cannot see and a recipe's offline tests do not reach: a ``${…}`` in a text that
    is never filled in (a mail's subject, an expected text, a selector: the step would wait for
    those characters, and a person's data does not belong there), a ``link_pattern`` that names a
    host (it would fit a look-alike one), and a letter that invokes a law the broker or the person
    is not under. Errors name the file, the field path and its line."""

    def fail(where: tuple[str | int, ...], msg: str) -> RecipeError:
        return RecipeError(f"{source}: {_format_loc(where)}{_at(where, _nearest_line(lines() if lines else {}, where))}: {msg}")

    for section in ("scan", "optout"):
        if (hit := _unfilled(data.get(section), (section,))) is not None:
            where, text = hit
            placeholder = _PLACEHOLDER_WHOLE.search(text)
            shown = placeholder.group(0) if placeholder else "${"
            raise fail(where, f"{shown} is never filled in here (only url, value, instructions and a choice's "
                              "left/right are templates): the step would look for those characters as written; "
                              "write the broker's own fixed words")
    from optout.recipe.schema import Click, EmailConfirmation, Expect, Fill, walk_steps

    # a step that waits for the broker's answer to the request before any click could have sent it:
    # no mail or "thank you" can answer a form nobody sent (a wrong step order), and the check of a
    # lab test would only find it by waiting the step's whole timeout
    clicked = filled = False
    for path, step in walk_steps(recipe.optout.steps, "optout.steps"):
        clicked = clicked or isinstance(step, Click)
        filled = filled or isinstance(step, Fill)
        if not clicked and isinstance(step, EmailConfirmation):
            raise fail(_path_tuple(path), "waits for the broker's e-mail before any click has sent the form: no "
                                          "mail can answer a request not yet made; put it after the step that "
                                          "sends the form (and its expect)")
        if filled and not clicked and isinstance(step, Expect) and step.confirms:
            raise fail((*_path_tuple(path), "confirms"), "comes after a fill but before any click has sent the "
                       "form: the page cannot yet prove the broker took a request; mark the expect after the click "
                       "that sends it")
    for flow, steps in (("scan", recipe.scan.steps if recipe.scan else []), ("optout", recipe.optout.steps)):
        for path, step in walk_steps(steps, f"{flow}.steps"):
            if isinstance(step, EmailConfirmation) and "email" not in recipe.inputs:
                raise fail(_path_tuple(path), "waits for a mail to the person's address, but email is not in inputs "
                                              "(the form never gets it, and the step fails on every run)")
            if isinstance(step, EmailConfirmation) and step.link_pattern and _names_host(step.link_pattern, recipe.domains):
                raise fail((*_path_tuple(path), "link_pattern"),
                           "names a host; the link's host is held to domains already, and a pattern with one "
                           "(https://www.example.com.*) also fits a look-alike host (www.example.com.evil.test): "
                           "give the link's path only (/optout/confirm)")
    email = recipe.optout.email
    if email is not None:
        host = email.to.rpartition("@")[2].lower().rstrip(".")
        if not any(host == d.lower() or host.endswith("." + d.lower()) for d in recipe.domains):
            # a misspelt domain sends the person's identifiers to whoever holds it, and the answer never comes
            raise fail(("optout", "email", "to"), f"the address is on {host}, which is not one of domains "
                       f"({', '.join(recipe.domains)}): a letter carries the person's data, so it goes only to a "
                       "host the recipe declares (check the spelling, or add the broker's mail domain to domains)")
    if email is None or email.letter == "auto":
        return
    where = ("optout", "email", "letter")
    if email.letter == "ccpa" and not recipe.ca_registered:
        raise fail(where, "ccpa invokes California's law, but this broker is not on California's register "
                          "(legal.registered: [CA] when it is); write letter: auto (a CCPA request for "
                          "Californians, each other person's own state law)")
    if email.letter == "ccpa" and list(recipe.legal.residents) != ["CA"]:
        raise fail(where, "ccpa would invoke California's law for people who do not live there; write letter: auto "
                          "(a CCPA request for Californians, each other person's own state law)")
    if email.letter == "gdpr":
        from optout.mail._letters import GDPR_COUNTRIES  # only for the rare recipe that names the GDPR

        if not any(j.upper() in GDPR_COUNTRIES for j in recipe.jurisdictions):
            raise fail(where, "gdpr invokes the EU's law, but jurisdictions names no EU/EEA/UK country; write "
                              "letter: auto, or add the broker's country to jurisdictions")


def _names_host(pattern: str, domains: list[str]) -> bool:
    """Whether a link pattern spells out a host: a scheme, or one of the recipe's domains."""
    plain = pattern.replace("\\.", ".").lower()
    return "://" in plain or any(d.lower() in plain for d in domains)


def _kept_error(message: str, why: dict[str, object] | None) -> RecipeError:
    """A load error as the index kept it (``FileRecord.error`` and ``why``): its English words, and its
    reason code and file (``source``) for a reader of another language (``optout.cli.error_line``)."""
    from optout.reasons import Reason

    error = RecipeError(message)
    reason = Reason.from_json(why)
    if reason is not None:
        said(error, reason.code, reason.params, source=str((why or {}).get("source") or "") or None)
    return error


def load_recipe(path: str | Path) -> Recipe:
    """Parse and check one recipe file (its id must be its file name). Raises ``RecipeError``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise said(RecipeError(f"{path}: cannot read ({e.strerror})"), "recipe_unreadable",
                   {"error": str(e.strerror)}, source=str(path)) from None
    return recipe_from_bytes(raw, path)


def recipe_from_bytes(raw: bytes, path: Path) -> Recipe:
    """``load_recipe`` on bytes already read from ``path``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise said(RecipeError(f"{path}: not UTF-8 text"), "recipe_not_utf8", source=str(path)) from None
    recipe = parse_recipe(text, str(path))
    if recipe.id != path.stem:
        raise said(RecipeError(f"{path}: id {recipe.id!r} must match the file name ({path.stem!r})"),
                   "recipe_id_not_file_name", {"name": recipe.id, "expected": path.stem}, source=str(path))
    return recipe


class _LazyRecipes(Mapping[str, "Recipe"]):
    """id -> Recipe, parsed from its file on first access. Membership, length and iteration come
    from the index and parse nothing; ``values()``/``items()`` parse every recipe. A file that no
    longer parses (edited since the index was read) is moved to the catalogue's errors and is then
    absent (``KeyError``; ``.get`` gives None)."""

    def __init__(self, catalogue: Catalogue, parsed: dict[str, Recipe]):
        self._cat = catalogue
        self._parsed = parsed

    def __getitem__(self, rid: str) -> Recipe:
        if rid in self._parsed:
            return self._parsed[rid]
        path = self._cat.paths.get(rid)
        if path is None or rid not in self._cat.index:
            raise KeyError(rid)
        try:
            recipe = load_recipe(path)
        except RecipeError as e:
            self._cat.errors[str(path)] = e
            del self._cat.index[rid]
            raise KeyError(rid) from None
        self._parsed[rid] = recipe
        return recipe

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._cat.index))

    def __len__(self) -> int:
        return len(self._cat.index)

    def __contains__(self, rid: object) -> bool:
        return rid in self._cat.index


class _Paths(Mapping[str, Path]):
    """id -> recipe file as a ``Path``, made on access (5,000 ``Path`` objects cost ~0.1 s)."""

    def __init__(self, paths: dict[str, str | Path]):
        self._paths = paths

    def __getitem__(self, rid: str) -> Path:
        return Path(self._paths[rid])

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def __contains__(self, rid: object) -> bool:
        return rid in self._paths


class Catalogue:
    """Every recipe found, and the files that failed to load (kept, not raised: one bad recipe must
    not stop a batch).

    ``index``: id -> ``IndexEntry`` (no parsing: use it to choose brokers); ``recipes``: id ->
    ``Recipe``, each parsed when first used; ``errors``: file path -> ``RecipeError``; ``paths``:
    id -> file."""

    def __init__(self, recipes: Mapping[str, Recipe] | None = None, errors: dict[str, RecipeError] | None = None,
                 paths: Mapping[str, str | Path] | None = None, *, index: dict[str, IndexEntry] | None = None):
        self.errors: dict[str, RecipeError] = errors if errors is not None else {}
        self.paths: Mapping[str, Path] = _Paths(dict(paths or {}))
        parsed = dict(recipes or {})
        if index is None:  # built from recipes already parsed
            index = {rid: IndexEntry.from_recipe(r, self.paths.get(rid, "")) for rid, r in parsed.items()}
        self.index: dict[str, IndexEntry] = index
        self.recipes: Mapping[str, Recipe] = _LazyRecipes(self, parsed)

    def entries(self, ids: Iterable[str] | None = None, *, lab: bool | None = None) -> list[IndexEntry]:
        """Index entries sorted by id, like ``select`` but parsing nothing. Raises ``RecipeError``
        naming any id in ``ids`` that no valid recipe has."""
        out = list(self.index.values())
        if ids:
            wanted = set(ids)
            missing = wanted - set(self.index)
            if missing:
                raise said(RecipeError(f"no recipe with id {', '.join(sorted(missing))} (see `optout recipe list`)"),
                           "recipe_unknown", {"ids": ", ".join(sorted(missing))})
            out = [e for e in out if e.id in wanted]
        if lab is not None:
            out = [e for e in out if e.lab == lab]
        return sorted(out, key=lambda e: e.id)

    def select(self, ids: Iterable[str] | None = None, *, lab: bool | None = None) -> list[Recipe]:
        """The recipes ``entries`` chooses, parsed (a recipe that no longer parses is left out and
        added to ``errors``)."""
        chosen = self.entries(ids, lab=lab)
        return [r for e in chosen if (r := self.recipes.get(e.id)) is not None]


def load_catalogue(dirs: Iterable[str | Path], *, cache_dir: str | Path | None = None) -> Catalogue:
    """The catalogue of every recipe under ``dirs`` (``fixtures`` folders skipped; the first file
    of an id wins, later ones are errors; a ``parent`` recipe whose ``via`` is missing is an error).

    With ``cache_dir``, the index is kept there between calls and only recipes whose file content
    changed are parsed again (see ``optout.recipe.index``); recipes are parsed when first used.
    Without it every file is parsed now, as before. Never raises for a bad recipe file."""
    dirs = list(dirs)
    scanned = scan_files(recipe_files(dirs), recipe_from_bytes, cache_file(cache_dir, dirs) if cache_dir else None)
    index: dict[str, IndexEntry] = {}
    errors: dict[str, RecipeError] = {}
    paths: dict[str, str] = {}
    parsed: dict[str, Recipe] = {}
    for key, rec in scanned.records.items():
        if rec.entry is None:
            errors[key] = _kept_error(rec.error or f"{key}: cannot load", rec.why)
            continue
        rid = rec.entry.id
        if rid in index:
            errors[key] = said(RecipeError(f"{key}: id {rid!r} is already used by {paths[rid]}"), "recipe_id_used",
                               {"name": rid, "other": paths[rid]}, source=key)
            continue
        index[rid] = rec.entry
        paths[rid] = key
        if key in scanned.parsed:
            parsed[rid] = scanned.parsed[key]
    # cross-recipe references
    for e in list(index.values()):
        if e.channel == "parent" and e.via not in index:
            errors[paths[e.id]] = RecipeError(f"{paths[e.id]}: optout.via: no recipe with id {e.via!r}")
            del index[e.id]
            parsed.pop(e.id, None)
    return Catalogue(parsed, errors, paths, index=index)
