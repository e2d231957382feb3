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


def test_a_broken_recipes_line_reads_in_the_readers_language_and_from_the_kept_index(tmp_path):
    """`optout recipe list` named each recipe that does not load in English only, "(solo en inglés)",
    for the loader's usual faults (t52). Each now carries its reason code, kept in the index beside
    its English (a second listing reads the index, not the file), said in Spanish."""
    import json

    folder = tmp_path / "recipes"
    folder.mkdir()
    (folder / "latin1.yaml").write_bytes("name: Señal\n".encode("latin-1"))
    (folder / "twice.yaml").write_text("id: twice\nname: A\nname: B\n", "utf-8")
    (folder / "list.yaml").write_text("- id: list\n", "utf-8")
    (folder / "named.yaml").write_text((ROOT / "brokers" / "lab" / "mailonly.yaml").read_text("utf-8"), "utf-8")
    (folder / "broken.yaml").write_text("id: broken\nname: 'open\n", "utf-8")
    env = cli_env(tmp_path, OPTOUT_RECIPE_DIRS=json.dumps([str(folder)]), OPTOUT_CACHE_DIR=str(tmp_path / "cache"))
    assert run_optout(env, "init").returncode == 0
    for _ in range(2):  # the second from the index kept in the cache
        es = run_optout(env, "--lang", "es", "recipe", "list")
        assert es.returncode == 1 and "solo en inglés" not in es.stderr, es.stderr
        for words in ("latin1.yaml: no es texto UTF-8", "twice.yaml: línea 3: name aparece dos veces",
                      "list.yaml: una receta debe ser un bloque de campos",
                      "named.yaml: el id mailonly debe ser igual al nombre del archivo (named)",
                      "broken.yaml: no es YAML válido en la línea 2 o cerca de ella"):
            assert words in es.stderr, (words, es.stderr)
    en = run_optout(env, "recipe", "list")
    assert "latin1.yaml: not UTF-8 text" in en.stderr and "id 'mailonly' must match the file name ('named')" in en.stderr
