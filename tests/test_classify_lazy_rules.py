"""The reply reader's rules compile on first use, not at import (trial49: importing
``optout.mail._classify`` cost 8-9 CPU-seconds, ~1,100 regex compiles, most of them intermediate
versions of rules later passes extend; every ``optout run --due`` that saw any mail paid it)."""

from __future__ import annotations

import re as std_re
import subprocess
import sys

from optout.mail import _lazyre

COUNT_COMPILES = """
import re, re._compiler, sys
import optout.mail._parse  # the mail parser's own patterns are not the reader's rules
n = 0
real = re._compiler.compile
def counting(*a, **k):  # a real compile (re's cache answers the rest without one)
    global n
    n += 1
    return real(*a, **k)
re._compiler.compile = counting
import optout.mail._classify
print(n)
"""


def test_importing_the_reader_compiles_next_to_no_rule():
    out = subprocess.run([sys.executable, "-c", COUNT_COMPILES], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) < 60, out.stdout  # ~1,100 before (each extension of a rule re-compiled it)


def test_a_lazy_pattern_reads_as_the_compiled_one():
    rx = _lazyre.compile(r"\bdeleted\b", std_re.IGNORECASE)
    assert rx.pattern == r"\bdeleted\b" and rx._compiled is None  # extendable before any use
    wider = _lazyre.compile(rx.pattern + r"|\bremoved\b", std_re.IGNORECASE)
    assert wider.search("We REMOVED it").group(0) == "REMOVED" and rx.search("deleted") is not None
    assert wider.flags == std_re.compile("x", std_re.IGNORECASE).flags
    assert _lazyre.sub(wider, "-", "deleted and removed") == "- and -"
    assert [m.group(0) for m in _lazyre.finditer(wider, "deleted, removed")] == ["deleted", "removed"]
    assert _lazyre.search(r"a+", "baa").group(0) == "aa" and _lazyre.escape("a.b") == std_re.escape("a.b")
    again = _lazyre.compile(wider)  # from a pattern: its source and flags
    assert again.pattern == wider.pattern and again.search("Deleted") is not None
