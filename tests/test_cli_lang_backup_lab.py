"""Lines a Spanish reader met in English only (t52): `optout backup`'s refusals and `optout lab`'s
start-up errors, said from their reason codes in the reader's language; English unchanged."""

from __future__ import annotations

import socket
import subprocess
import sys

from .harness import ROOT, cli_env, run_optout


def test_backup_refusals_read_in_the_readers_language(tmp_path):
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("")
    es = run_optout(env, "--lang", "es", "backup", str(full))
    assert es.returncode == 65 and es.stderr == (
        "optout: argumento 4: indique una carpeta nueva o vacía (no un enlace) para la copia de seguridad\n"), es.stderr
    en = run_optout(env, "backup", str(full))
    assert en.stderr == "optout: argument 2: give a new or empty folder (not a link) for the backup\n", en.stderr


def test_the_labs_start_up_errors_read_in_the_readers_language(tmp_path):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        r = subprocess.run([sys.executable, "-m", "optout", "--lang", "es", "lab", "--port", str(port), "--dir",
                            str(tmp_path / "lab")], env=cli_env(tmp_path), cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    finally:
        taken.close()
    assert r.returncode == 69, r.stderr
    assert r.stderr == (f"optout: lab: el puerto {port} ya está en uso (¿otro `optout lab`?); deténgalo o elija "
                        "otro con --port\n"), r.stderr
