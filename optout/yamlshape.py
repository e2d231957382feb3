"""The shape of a YAML document, checked before anything builds it: depth, size, aliases, duplicate keys.

PyYAML's composer and constructor recurse once per nesting level, so a document nested a few
thousand levels deep ends in ``RecursionError`` (and ~3,000 lines of traceback); its aliases can
expand a small file into billions of nodes; and a mapping that repeats a key silently keeps the last
value (a reviewer reads the first ``url:``, the program uses the second). :func:`check_shape` walks
the parser's *event* stream, which is flat (no recursion), and refuses all three, naming the line.

It never reports a value or a key's text: callers decide whether a key is safe to name (a recipe's
field names are; a profile's keys might be the content of a file linked in by mistake).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (the wheels are), else the pure-Python one.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ShapeError(ValueError):
    """A document whose shape is refused. ``line`` is 1-based (None when unknown); ``key`` is the
    repeated key's text for duplicate keys (for the caller to name only if it is a known field)."""

    def __init__(self, message: str, line: int | None = None, key: str | None = None):
        super().__init__(message)
        self.line = line
        self.key = key


@dataclass
class _Mapping:
    keys: set[str] = field(default_factory=set)
    expect_key: bool = True


def check_shape(text: str, *, max_depth: int, max_nodes: int, allow_aliases: bool = True) -> None:
    """Raise :class:`ShapeError` when ``text`` nests deeper than ``max_depth`` mappings/sequences,
    holds more than ``max_nodes`` nodes (aliases counted as the nodes they stand for, roughly),
    uses an alias when ``allow_aliases`` is false, or repeats a key in one mapping.

    A syntax error is left for the real load to report (it names the line and the problem)."""
    stack: list[_Mapping | None] = []  # None: a sequence
    opened: list[tuple[str | None, int]] = []  # each open collection's anchor and node count at its start
    nodes = 0
    anchors: dict[str, int] = {}  # anchor -> nodes it holds (approximate: its own count at start)
    try:
        for ev in yaml.parse(text, Loader=_Loader):
            line = ev.start_mark.line + 1 if ev.start_mark is not None else None
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.ScalarEvent, yaml.AliasEvent)):
                top = stack[-1] if stack else None
                is_key = isinstance(top, _Mapping) and top.expect_key
                if isinstance(top, _Mapping):
                    top.expect_key = not top.expect_key
                if isinstance(ev, yaml.AliasEvent):
                    if not allow_aliases:
                        raise ShapeError("uses a YAML alias (*name); write the value out", line)
                    nodes += anchors.get(ev.anchor or "", 1)
                else:
                    nodes += 1
                    if ev.anchor and isinstance(ev, yaml.ScalarEvent):
                        anchors[ev.anchor] = 1
                if nodes > max_nodes:
                    raise ShapeError(f"holds more than {max_nodes:,} YAML nodes", line)
                if is_key and isinstance(ev, yaml.ScalarEvent):
                    assert isinstance(top, _Mapping)
                    if ev.value in top.keys:
                        raise ShapeError("repeats a key (the second would silently win)", line, key=ev.value)
                    top.keys.add(ev.value)
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append(_Mapping() if isinstance(ev, yaml.MappingStartEvent) else None)
                opened.append((ev.anchor, nodes))
                if len(stack) > max_depth:
                    raise ShapeError(f"nests deeper than {max_depth} levels", line)
            elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                anchor, start = opened.pop()
                if anchor:
                    anchors[anchor] = max(1, nodes - start + 1)
    except yaml.YAMLError:
        return


#: The contexts in which PyYAML reports a construct left open (a quote, a ``[`` or ``{`` never
#: closed): it notices only where the next line or the end of the file begins, one line or more
#: after the construct, so the line a person must fix is where the construct began.
#: Words of PyYAML's and libyaml's contexts alike ("while scanning a quoted scalar", "while scanning
#: a double-quoted scalar", libyaml's "while parsing a quoted scalar", "while parsing a flow mapping").
_OPENED = ("quoted scalar", "a flow ")


def error_at(e: yaml.YAMLError, text: str) -> tuple[int, int] | None:
    """``(line, column)``, both from 1, of the fault a YAML error is about in ``text``, or None when
    PyYAML gives no mark. PyYAML's marks count from 0 and point where the parser noticed the fault:
    for a quote or a bracket left open that is the next line, or the end of the file (after a final
    line break, a line the file does not have: f37 found profiles' "line 4" of a 3-line file), so
    the construct's own start (``context_mark``) is given for those; any other mark is kept, and
    no line is past the file's last. Every YAML error optout reports (profiles, recipes) says its
    line through this."""
    problem = getattr(e, "problem_mark", None)
    context = getattr(e, "context_mark", None)
    opened = any(words in str(getattr(e, "context", "") or "") for words in _OPENED)
    mark = context if context is not None and opened else problem
    if mark is None:
        return None
    last = max(1, len(text.splitlines()))
    line = mark.line + 1
    if line > last:  # the end of the file, after its last line break: that last line
        return last, len((text.splitlines() or [""])[-1]) + 1
    return line, mark.column + 1
