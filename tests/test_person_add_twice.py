"""``person add`` with one profile file given twice names the file as given twice, never "the same
person as" itself, and says in English and Spanish that nothing was added (f40, review39: "argumento
5: la misma persona que argumento 5", without the English "nothing was added")."""

from __future__ import annotations

import shutil

from .conftest import EXAMPLES
from .harness import cli_env, run_optout


def test_one_file_twice_and_two_files_of_one_person(tmp_path):
    alex = tmp_path / "alex.toml"
    shutil.copy(EXAMPLES / "alex.toml", alex)
    copy = tmp_path / "copy.toml"
    shutil.copy(alex, copy)
    env = cli_env(tmp_path)
    cases = {  # (the words after "add") -> (English, Spanish)
        (str(alex), str(alex)): (
            ": this file is given twice; nothing was added",
            ": este archivo se dio dos veces; no se agregó nada"),
        (str(alex), f"{tmp_path}/./alex.toml"): (
            ": this file is given twice; nothing was added",
            ": este archivo se dio dos veces; no se agregó nada"),
        (str(alex), str(copy)): (
            "argument 4: the same person as argument 3; nothing was added",
            "argumento 4: la misma persona que argumento 3; no se agregó nada"),
    }
    for files, (en, es) in cases.items():
        for lang, words in (("en", en), ("es", es)):
            r = run_optout(env, "person", "add", *files, LANGUAGE=lang, LC_ALL="C.UTF-8")
            assert r.returncode == 65 and words in r.stderr, (lang, r.returncode, r.stderr)
            assert "Traceback" not in r.stderr and "alex" not in r.stderr, r.stderr
    r = run_optout(env, "person", "list", "--json")
    assert r.returncode == 0 and "alex" not in r.stdout.casefold().replace("examples", ""), r.stdout
