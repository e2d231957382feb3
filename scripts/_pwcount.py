"""Run a Python program with every message it sends Playwright's driver counted, by method.

    python scripts/_pwcount.py OUT.json -m optout run ...     (a module, as `python -m`)
    python scripts/_pwcount.py OUT.json path/to/script.py ... (a script)

For `scripts/bench calls` (scripts/bench_calls.py). Each message Playwright's Python client writes
to the driver's pipe (``PipeTransport.send``) is one call (a locator action, an evaluate, a
route's ``continue``) or one no-reply notice (``__waitInfo__``: a waiter's log lines); the counts
by method are written to OUT.json as the program exits (exit handlers run: optout's ``os._exit``
runs them first). Counting costs a dictionary increment per message; nothing else changes.
"""

from __future__ import annotations

import atexit
import collections
import json
import sys

from _pwrun import run_program  # scripts/, this file's directory: sys.path[0] until the program runs
from playwright._impl import transport

counts: collections.Counter[str] = collections.Counter()
_send = transport.PipeTransport.send


def _counted(self, message):  # type: ignore[no-untyped-def]
    counts[str(message.get("method", "?"))] += 1
    return _send(self, message)


def main() -> None:
    out, *rest = sys.argv[1:]
    transport.PipeTransport.send = _counted  # type: ignore[method-assign]
    atexit.register(lambda: open(out, "w").write(json.dumps(dict(counts))))
    run_program(rest)


if __name__ == "__main__":
    main()
