"""The ``re`` module as the reply reader uses it, with patterns compiled on first use.

``optout.mail._classify`` builds its rules in passes: a language added later extends a rule with
``re.compile(rule.pattern + "|" + …)``, so most of the ~1,100 patterns it compiled at import were
intermediate versions no reply is ever read with, each a re-parse of a growing alternation. Importing
the reader took 8-9 CPU-seconds (trial49: every ``optout run --due`` that saw any mail, handled before
or not, paid it; every command-line test process that reads mail too). Here ``compile`` returns a
:class:`LazyPattern`: its ``pattern`` (and ``flags``) are there at once, so a rule can still be
extended from it, and the regex is compiled by :mod:`re` the first time it is used to match. Every
other name is :mod:`re`'s own; its functions take a :class:`LazyPattern` where they take a pattern.

Usage: ``from optout.mail import _lazyre as re`` in a module whose rules are built so.
"""

from __future__ import annotations

import re as _re
from functools import lru_cache
from typing import Any

__all__ = ["LazyPattern", "MemoPattern", "compile", "memo"]


class LazyPattern:
    """A regular expression compiled by :func:`re.compile` on its first match (any method or
    attribute of :class:`re.Pattern` other than ``pattern``). Compiling it twice at once (two
    threads) is harmless: both give the same pattern."""

    __slots__ = ("pattern", "_flags", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = int(flags)
        self._compiled: _re.Pattern[Any] | None = None

    def compiled(self) -> _re.Pattern[Any]:
        """The :class:`re.Pattern` (compiled now if it was not yet)."""
        rx = self._compiled
        if rx is None:
            rx = self._compiled = _re.compile(self.pattern, self._flags)
        return rx

    @property
    def flags(self) -> int:
        return self.compiled().flags

    def __getattr__(self, name: str) -> Any:  # search, match, finditer, sub, groups, groupindex…
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags})"


class MemoPattern(LazyPattern):
    """A :class:`LazyPattern` that remembers its last ``size`` answers to ``search(string)``, ``finditer(string)`` and
    ``sub(repl, string)`` (``repl`` a string or a pure function; ``count`` 0), so a rule the reader asks again of the
    same sentence is matched once (reply pass 55: the success rule ``_CONFIRMED``, an alternation of some hundreds of
    wordings, was asked 57 % of its questions twice or more in one reading). The answers are :mod:`re`'s own: the same
    match objects (immutable), the same matches in order, the same string. Any other call, and any call with more
    arguments (``pos``, ``endpos``, ``count``), goes to the compiled pattern unremembered. Thread-safe
    (:func:`functools.lru_cache`)."""

    __slots__ = ("_search", "_finditer", "_sub")

    def __init__(self, pattern: str | bytes, flags: int = 0, size: int = 512) -> None:
        super().__init__(pattern, flags)
        self._search = lru_cache(maxsize=size)(lambda string: self.compiled().search(string))
        self._finditer = lru_cache(maxsize=size)(lambda string: tuple(self.compiled().finditer(string)))
        self._sub = lru_cache(maxsize=size)(lambda repl, string: self.compiled().sub(repl, string))

    def search(self, string: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:
            return self.compiled().search(string, *args, **kwargs)
        return self._search(string)

    def finditer(self, string: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:
            return self.compiled().finditer(string, *args, **kwargs)
        return iter(self._finditer(string))

    def sub(self, repl: Any, string: Any, count: int = 0, *args: Any, **kwargs: Any) -> Any:
        if count or args or kwargs:
            return self.compiled().sub(repl, string, count, *args, **kwargs)
        return self._sub(repl, string)

    def __repr__(self) -> str:
        return f"MemoPattern({self.pattern!r}, {self._flags})"


def memo(pattern: LazyPattern, size: int = 512) -> MemoPattern:
    """``pattern`` (its source and flags) as a :class:`MemoPattern` remembering its last ``size`` answers. Use only
    where the strings asked repeat and a ``sub``'s function is pure."""
    return MemoPattern(pattern.pattern, pattern._flags, size)


def _real(pattern: Any) -> Any:
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile(pattern: Any, flags: int = 0) -> LazyPattern:  # noqa: A001  (re's own name)
    """:func:`re.compile`, deferred: the :class:`LazyPattern` of ``pattern`` (a string, or a
    pattern whose source and flags are taken)."""
    if isinstance(pattern, LazyPattern):
        return LazyPattern(pattern.pattern, flags or pattern._flags)
    if isinstance(pattern, _re.Pattern):
        return LazyPattern(pattern.pattern, flags or pattern.flags)
    return LazyPattern(pattern, flags)


def search(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _re.search(_real(pattern), string, flags)


def match(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _re.match(_real(pattern), string, flags)


def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _re.fullmatch(_real(pattern), string, flags)


def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
    return _re.sub(_real(pattern), repl, string, count=count, flags=flags)


def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
    return _re.subn(_real(pattern), repl, string, count=count, flags=flags)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> Any:
    return _re.split(_real(pattern), string, maxsplit=maxsplit, flags=flags)


def findall(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _re.findall(_real(pattern), string, flags)


def finditer(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _re.finditer(_real(pattern), string, flags)


def __getattr__(name: str) -> Any:  # escape, IGNORECASE, Pattern, Match, error…
    return getattr(_re, name)
