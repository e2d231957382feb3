"""A scheduled run sees what the interactive run that installed it saw (c24): optout.env carries
every setting the interactive run honours from its environment and command line, the cache it
uses (OPTOUT_CACHE_DIR was lost: a scheduled run rebuilt the recipe index in another cache), the
settings file it read, the reader's locale, with paths made absolute."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from optout.reasons import terminal_language
from optout.service import install
from optout.settings import Settings
from optout.vault import Vault


def _read_env_file(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        k, v = line.split("=", 1)
        out[k] = shlex.split(v)[0] if v else ""
    return out


def test_the_scheduled_run_has_every_setting_the_interactive_run_had(tmp_path, monkeypatch):
    home = tmp_path / "home"
    work = home / "clinic"
    (work / "mail" / "new").mkdir(parents=True)
    monkeypatch.chdir(work)
    for k in [k for k in os.environ if k.startswith(("OPTOUT_", "LC_", "XDG_")) or k in ("LANG", "LANGUAGE")]:
        monkeypatch.delenv(k)
    # the interactive run: settings from the environment (some relative to where the volunteer is),
    # a settings file, the data directory and the lab from the command line, a Spanish locale
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    monkeypatch.setenv("OPTOUT_LOG_LEVEL", "info")
    monkeypatch.setenv("OPTOUT_MATCH__SUBMIT_AT", "0.8")
    monkeypatch.setenv("OPTOUT_MAIL__MAILDIR", "mail")
    monkeypatch.setenv("OPTOUT_RECIPE_DIRS", '["recipes"]')
    monkeypatch.setenv("OPTOUT_WORKER__LEASE", "20m")
    (work / "recipes").mkdir()
    (work / "optout.toml").write_text('[clinic]\nlanguage = "es"\n[worker]\nconcurrency = 2\n')
    monkeypatch.setenv("OPTOUT_CONFIG", "optout.toml")
    interactive = Settings(data_dir=Path("data"), lab_url="http://127.0.0.1:9")
    Vault.open(interactive.data_dir, None, create=True)
    done = install(interactive)
    env = _read_env_file(done.env_file)
    assert oct(done.env_file.stat().st_mode & 0o777) == "0o600"
    expected = {**interactive.model_dump(), "data_dir": interactive.data_dir.resolve(),
                "cache_dir": interactive.cache_dir.resolve(),
                "recipe_dirs": [p.resolve() for p in interactive.recipe_dirs],
                "mail": {**interactive.mail.model_dump(), "maildir": interactive.mail.maildir.resolve()}}

    # the scheduled run: cron's empty environment (HOME, a PATH), in another folder
    for k in [k for k in os.environ if k != "PATH"]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    scheduled = Settings()
    assert scheduled.model_dump() == {**expected, "database_url": scheduled.database_url}
    assert scheduled.cache_dir == home / "xdg-cache" / "optout"
    assert scheduled.db_url == f"sqlite:///{(work / 'data' / 'optout.db')}"
    assert scheduled.clinic.language == "es" and scheduled.worker.concurrency == 2  # the settings file
    assert terminal_language() == "es"  # its messages and cron mail in the reader's language
    assert "OPTOUT_PASSPHRASE" not in env  # a key file opens this vault: no secret kept
