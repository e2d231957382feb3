"""SIGTERM while a command is starting (before ``run``'s and ``worker``'s own handlers are set): one
line in the reader's language and the command's status for a stop, not a silent 143 (f37). The
command is held in its start by a database server that takes the connection and never answers."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading

import pytest

from .harness import ROOT, cli_env


def _silent_server() -> tuple[socket.socket, threading.Event]:
    """A TCP port that accepts and never answers; the event is set at its first connection."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    came = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        try:
            conn, _ = srv.accept()
        except OSError:
            return
        held.append(conn)  # kept open, never answered
        came.set()

    threading.Thread(target=serve, daemon=True).start()
    return srv, came


@pytest.mark.parametrize("command,status,lang,words,sig", [
    ("run", 130, "en", "optout: stopped by SIGTERM; what it had recorded is kept", signal.SIGTERM),
    ("status", 130, "es", "optout: detenido por SIGTERM; lo que ya había registrado se conserva", signal.SIGTERM),
    ("worker", 0, "en", "optout: stopped by SIGTERM", signal.SIGTERM),
    # the terminal closed while it started (t52: it ended silently): as SIGTERM
    ("run", 130, "es", "optout: detenido por SIGHUP; lo que ya había registrado se conserva", signal.SIGHUP),
    ("worker", 0, "en", "optout: stopped by SIGHUP", signal.SIGHUP),
])
def test_sigterm_while_starting_says_so_in_one_line(tmp_path, command, status, lang, words, sig):
    init = subprocess.run([sys.executable, "-m", "optout", "init"], env=cli_env(tmp_path), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    srv, came = _silent_server()
    port = srv.getsockname()[1]
    env = cli_env(tmp_path, OPTOUT_DATABASE_URL=f"postgresql://optout:pw@127.0.0.1:{port}/optout", OPTOUT_LANG=lang)
    proc = subprocess.Popen([sys.executable, "-m", "optout", command], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert came.wait(60), "the command never reached its store"
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        srv.close()
    assert proc.returncode == status, (proc.returncode, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(words), err
    assert "Traceback" not in err and "pw" not in err


#: A ``sitecustomize`` that sends this process SIGTERM once, the moment a module named in
#: OPTOUT_TEST_SIGTERM_AT is looked for: the signal lands inside an import, as a real one may.
_HOOK = '''
import os, signal, sys
class _Finder:
    def find_spec(self, name, path=None, target=None):
        if name == os.environ.get("OPTOUT_TEST_SIGTERM_AT") and not getattr(self, "sent", False):
            self.sent = True
            os.kill(os.getpid(), signal.SIGTERM)
        return None
sys.meta_path.insert(0, _Finder())
'''


@pytest.mark.parametrize("command,lang,words", [
    ("status", "en", "optout: stopped by SIGTERM; what it had recorded is kept"),
    ("lab", "es", "optout: detenido por SIGTERM; lo que ya había registrado se conserva"),
])
def test_sigterm_inside_an_import_is_one_line_never_a_traceback(tmp_path, command, lang, words):
    """A SIGTERM 0.75 s after `optout lab` started, while optout imported asyncio, left asyncio
    half-made, and the import of the stop line then failed: a traceback ending in ``NameError: name
    'base_events' is not defined``, exit 1. Signals wait while optout's modules are imported."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_HOOK)
    env = cli_env(tmp_path, OPTOUT_LANG=lang, OPTOUT_TEST_SIGTERM_AT="asyncio.base_subprocess", PYTHONPATH=f"{hook}:{ROOT}")
    r = subprocess.run([sys.executable, "-m", "optout", command], env=env, cwd=ROOT, capture_output=True,
                       text=True, timeout=120)
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    assert r.returncode == 130, (r.returncode, r.stderr[-2000:])
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(words), r.stderr


def test_a_command_started_under_nohup_outlives_its_terminal(tmp_path):
    """SIGHUP ignored (``nohup optout worker``): the command is meant to outlive its terminal, and
    optout's own handlers leave it ignored; SIGTERM still stops it in one line."""
    init = subprocess.run([sys.executable, "-m", "optout", "init"], env=cli_env(tmp_path), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    srv, came = _silent_server()
    env = cli_env(tmp_path, OPTOUT_DATABASE_URL=f"postgresql://optout:pw@127.0.0.1:{srv.getsockname()[1]}/optout")
    proc = subprocess.Popen([sys.executable, "-m", "optout", "worker"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    try:
        assert came.wait(60), "the command never reached its store"
        proc.send_signal(signal.SIGHUP)
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(2)  # still there
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        srv.close()
    assert proc.returncode == 0 and err.strip().startswith("optout: stopped by SIGTERM"), err
