"""Run a Python program with every Playwright driver message it sends and receives timestamped.

    python scripts/_pwtrace.py OUT.json -m optout run ...     (a module, as `python -m`)
    python scripts/_pwtrace.py OUT.json path/to/script.py ... (a script)

For `scripts/bench timeline` (scripts/bench_timeline.py). Writes, as the program exits, a list of
``[t, kind, what]`` (t: ``time.time()``, the clock strace's ``-ttt`` prints): ``start`` (this
wrapper began), ``import`` (Playwright's client being imported: its connection module loaded, the rest of the client still to come),
``call`` (a message to the driver: ``type.method #id``; a DevTools session's ``send`` is named by
its DevTools method), ``reply`` (the driver's answer to ``#id``), ``event`` (a message from the
driver that answers nothing: ``__create__ Type``, ``route``, ``console``...), ``mark`` (one of
optout's own landmarks, ``optout._marks.mark``: a fixed step name), ``exit``. Nothing a
person entered is written: methods, object types and ids only.
"""

from __future__ import annotations

import atexit
import json
import sys
import time

from _pwrun import run_program  # scripts/, this file's directory: sys.path[0] until the program runs

events: list[list] = [[time.time(), "start", ""]]


def _install() -> None:
    from playwright._impl import connection, transport

    events.append([time.time(), "import", "playwright"])
    send, dispatch = transport.PipeTransport.send, connection.Connection.dispatch

    def traced_send(self, message):  # type: ignore[no-untyped-def]
        method = str(message.get("method", "?"))
        if method == "send" and isinstance(message.get("params"), dict) and "method" in message["params"]:
            method = "cdp." + str(message["params"]["method"])
        kind = str(message.get("guid", "")).split("@")[0]
        events.append([time.time(), "call", f"{kind}.{method} #{message.get('id', '')}"])
        return send(self, message)

    def traced_dispatch(self, message):  # type: ignore[no-untyped-def]
        if "id" in message:
            events.append([time.time(), "reply", f"#{message['id']}" + (" error" if "error" in message else "")])
        else:
            m = str(message.get("method", "?"))
            if m == "__create__":
                m += " " + str((message.get("params") or {}).get("type", "?"))
            events.append([time.time(), "event", m])
        return dispatch(self, message)

    transport.PipeTransport.send = traced_send  # type: ignore[method-assign]
    connection.Connection.dispatch = traced_dispatch  # type: ignore[method-assign]


class _AfterImport:
    """A finder that patches Playwright's client once the program imports it (not before: the
    program's own start-up, before its Playwright import, is part of what is timed)."""

    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if name != "playwright._impl.connection":
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):  # type: ignore[no-untyped-def]
            run(module)
            _install()

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _on_audit(event: str, args: tuple) -> None:
    if event == "optout.mark":
        events.append([time.time(), "mark", str(args[0])])


def main() -> None:
    out, *rest = sys.argv[1:]
    sys.addaudithook(_on_audit)  # optout's landmarks (optout/_marks.py); the bare script raises none
    sys.meta_path.insert(0, _AfterImport())

    def write() -> None:
        events.append([time.time(), "exit", ""])
        with open(out, "w") as f:
            json.dump(events, f)

    atexit.register(write)
    run_program(rest)


if __name__ == "__main__":
    main()
