"""Run a Python program with every message it exchanges with Playwright's driver counted, by method.

    python scripts/_pwcount.py OUT.json -m optout run ...     (a module, as `python -m`)
    python scripts/_pwcount.py OUT.json path/to/script.py ... (a script)
    python scripts/_pwcount.py --where OUT.json ...           (also: which line of the program sent each)

For `scripts/bench calls` (scripts/bench_calls.py). Each message Playwright's Python client writes
to the driver's pipe (``PipeTransport.send``) is one call (a locator action, an evaluate, a
route's ``continue``) or one no-reply notice (``__waitInfo__``: a waiter's log lines); each message
the client reads (``Connection.dispatch``) is a reply to a call (``reply``) or an event named by its
method (``__create__``, ``route``, ``response``, ``loadstate``...). Written to OUT.json as the program
exits (exit handlers run: optout's ``os._exit`` runs them first): ``{"sent": {method: n},
"received": {kind: n}}``, and with ``--where`` ``"where": {"method file:line": n}``, the first two frames
outside Playwright and asyncio that sent it (the line and its caller) (a path and a line number: nothing a person entered).
Counting costs a dictionary increment per message; nothing else changes.
"""

from __future__ import annotations

import atexit
import collections
import json
import sys

from _pwrun import run_program  # scripts/, this file's directory: sys.path[0] until the program runs
from playwright._impl import connection, transport

sent: collections.Counter[str] = collections.Counter()
received: collections.Counter[str] = collections.Counter()
where: collections.Counter[str] = collections.Counter()
_send = transport.PipeTransport.send
_dispatch = connection.Connection.dispatch
_SKIP = ("/playwright/", "/asyncio/", "/greenlet", "_pwcount.py", "/contextlib.py", "/tenacity/")


def _sender() -> str:
    """The first two frames outside Playwright, asyncio and this file: the line that sent, and its caller."""
    f, lines = sys._getframe(2), []
    while f is not None and len(lines) < 2:
        name = f.f_code.co_filename
        if not any(s in name for s in _SKIP):
            lines.append(f"{name.split('/optout/')[-1] if '/optout/' in name else name.rsplit('/', 1)[-1]}:{f.f_lineno}")
        f = f.f_back
    return " < ".join(lines) or "?"


def _counted(self, message):  # type: ignore[no-untyped-def]
    sent[str(message.get("method", "?"))] += 1
    return _send(self, message)


def _counted_where(self, message):  # type: ignore[no-untyped-def]
    where[f"{message.get('method', '?')} {_sender()}"] += 1
    return _counted(self, message)


def _dispatched(self, message):  # type: ignore[no-untyped-def]
    received["reply" if message.get("id") else str(message.get("method", "?"))] += 1
    return _dispatch(self, message)


def _write(out: str) -> None:
    got = {"sent": dict(sent), "received": dict(received)}
    if where:
        got["where"] = dict(where)
    with open(out, "w") as f:
        f.write(json.dumps(got))


def main() -> None:
    args = sys.argv[1:]
    locate = args[0] == "--where"
    out, *rest = args[1:] if locate else args
    transport.PipeTransport.send = _counted_where if locate else _counted  # type: ignore[method-assign]
    connection.Connection.dispatch = _dispatched  # type: ignore[method-assign]
    atexit.register(_write, out)
    run_program(rest)


if __name__ == "__main__":
    main()
