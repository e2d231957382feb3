"""Rechecks that run as written: the files cron and systemd need, naming paths that exist.

``optout install-service`` writes, for the data directory in use:

* ``<data_dir>/optout.env`` (0600): what a scheduled run needs to see what the interactive run
  that installed it sees (cron and systemd start with an empty environment, in another folder):
  ``OPTOUT_DATA_DIR``, ``OPTOUT_DATABASE_URL``, ``OPTOUT_CACHE_DIR``, ``OPTOUT_CONFIG`` (the
  settings file read), ``OPTOUT_LAB_URL`` if set, every other ``OPTOUT_…`` setting in the
  environment (paths made absolute), ``OPTOUT_PASSPHRASE`` when the vault is locked by a passphrase
  (a vault with a key file needs none), and the locale, time zone and Playwright's browser folder
  (:data:`CARRIED`): :func:`scheduled_environment`;
* ``<data_dir>/optout-due`` (0700): a shell script that loads it and runs ``optout run --due`` by
  its absolute path under ``flock`` (cron's ``PATH`` is ``/usr/bin:/bin``; a pass still running is
  not started twice: a second start says so in one line on stderr, with ``--json`` one document on
  stdout, and exits 0; the script then becomes the pass (``exec``), so a SIGTERM to its PID stops the
  pass, which exits 130) — the crontab line calls this script;
* with ``--systemd DIR``: ``optout-worker.service`` (restarted 30 s after a failure, except on the
  permanent exit statuses of ``optout.errors.PERMANENT``: a wrong passphrase is not retried forever), ``optout-run.service`` (which runs that
  same ``optout-due`` script: one lock for the timer's passes and cron's) and
  ``optout-run.timer`` naming that script's interpreter, the env file and the data directory (user
  units by default: no ``User=``; ``systemctl --user enable --now optout-run.timer``).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optout.errors import PERMANENT, ConfigError, OptoutError
from optout.settings import PROJECT_BROKERS, Settings

CRON_MINUTE = 17

#: Where systemd-logind marks the accounts whose user manager runs without a login ("lingering").
LINGER_DIR = Path("/var/lib/systemd/linger")


def lingers(user: str | None = None) -> bool:
    """Whether this account's systemd user units run while nobody is logged in and after a reboot
    (``loginctl enable-linger``): without it a user timer fires only during a login session, and an
    office machine whose volunteer logs out rechecks nobody."""
    import getpass

    return (LINGER_DIR / (user or getpass.getuser())).exists()


@dataclass
class Installed:
    env_file: Path
    script: Path
    cron_line: str
    units: list[Path]


def optout_command() -> list[str]:
    """The absolute command that runs this optout: the ``optout`` script next to this Python
    (a virtualenv's bin/), else ``python -m optout`` with this interpreter."""
    exe = Path(sys.executable)
    script = exe.parent / "optout"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(exe), "-m", "optout"]


#: What an interactive run reads from its environment besides ``OPTOUT_…``, and a scheduled one
#: (cron and systemd start with an empty environment) would lose: the reader's language (the
#: messages and the cron mail: ``optout.reasons.terminal_language``), the time zone, and where
#: Playwright keeps its own browser when there is no Debian one.
CARRIED = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "TZ", "PLAYWRIGHT_BROWSERS_PATH")


def _setting(settings: Settings, name: str) -> Any:
    """The value of the setting an ``OPTOUT_A__B`` variable sets (``settings.a.b``), or None."""
    value: Any = settings
    for part in name.removeprefix("OPTOUT_").lower().split("__"):
        value = getattr(value, part, None)
    return value


def scheduled_environment(settings: Settings, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a scheduled run needs to see what this run sees: every setting this run was
    given by its environment or command line (``--data-dir``, ``--lab``), with the paths absolute
    (a scheduled run starts in another folder), the settings file this run read, the cache this run
    uses (``cache_dir`` defaults from ``XDG_CACHE_HOME``, which cron and systemd do not set), and
    :data:`CARRIED`. The passphrase is in it when this run has one."""
    environ = os.environ if environ is None else environ
    known = Settings.environment_names() - {"OPTOUT_NEW_PASSPHRASE"}
    env: dict[str, str] = {}
    for name in sorted(k for k in environ if k.upper() in known):
        value = _setting(settings, name.upper())
        env[name.upper()] = str(value.resolve()) if isinstance(value, Path) else environ[name]
    env["OPTOUT_DATA_DIR"] = str(settings.data_dir.resolve())
    env["OPTOUT_DATABASE_URL"] = settings.db_url if settings.database_url else \
        f"sqlite:///{settings.data_dir.resolve() / 'optout.db'}"
    env["OPTOUT_CACHE_DIR"] = str(settings.cache_dir.resolve())
    if "OPTOUT_RECIPE_DIRS" in env or settings.recipe_dirs != [PROJECT_BROKERS]:
        env["OPTOUT_RECIPE_DIRS"] = json.dumps([str(p.resolve()) for p in settings.recipe_dirs])
    config = Settings.config_file(settings.data_dir)  # the file this data directory's settings came from
    if "OPTOUT_CONFIG" in environ or config.is_file():
        env["OPTOUT_CONFIG"] = str(config.resolve())
    if settings.lab_url:
        env["OPTOUT_LAB_URL"] = settings.lab_url
    if settings.passphrase is not None:
        env["OPTOUT_PASSPHRASE"] = settings.passphrase.get_secret_value()
    for name in CARRIED:
        if environ.get(name):
            env[name] = environ[name]
    return env


def _write(path: Path, text: str, mode: int) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def install(settings: Settings, *, systemd_dir: Path | None = None, system: bool = False,
            user: str | None = None, lang: str = "en") -> Installed:
    """Write the env file, the cron script and (with ``systemd_dir``) the units. The script's own
    line (another pass holds the lock) is in ``lang``, the language of whoever installs it (cron
    mails it to them; a cron job has no locale of its own to choose by). Raises ``OptoutError``
    naming a path that cannot be written, or a missing vault."""
    data = settings.data_dir.resolve()
    if not (data / "vault.json").exists():
        raise ConfigError(f"no vault in {data}: run `optout init` first, or set OPTOUT_DATA_DIR to the folder it was run with")
    meta_kind = json.loads((data / "vault.json").read_text())["kind"]
    if meta_kind == "passphrase" and settings.passphrase is None:
        raise ConfigError("the vault is locked by a passphrase: run install-service with OPTOUT_PASSPHRASE "
                          "set, so scheduled runs can open it (it is kept in a 0600 file)")
    env = scheduled_environment(settings)
    if meta_kind != "passphrase":
        env.pop("OPTOUT_PASSPHRASE", None)  # a key file or the keyring opens it: no secret to keep
    env_file = data / "optout.env"
    script = data / DUE_SCRIPT
    flock = shutil.which("flock", path="/usr/bin:/bin")
    run = " ".join(shlex.quote(x) for x in [*optout_command(), "run", "--due"])
    lock = data / "run.lock"
    if flock:
        # a pass still running holds the lock: the second start says so in one line (cron mails it) and
        # exits 0, since nothing failed and the running pass does the due cases (flock's own bare exit 1
        # said nothing, and read as "something to look at"); BUSY is no exit status optout uses
        from optout.reasons import text

        words = text("cli:service.busy", lang) or text("cli:service.busy", "en")
        skipped = words.format(lock=lock)
        # --json: one JSON document on stdout all the same (docs/JSON.md, "optout-due --json"): the
        # pass's own keys at zero, and `skipped` saying why (trial46: stdout was empty)
        doc = json.dumps({"skipped": "locked", "lock": str(lock), "processed": 0, "by_state": {},
                          "deferred": 0, "handed_back": 0})
        # the lock is taken on a descriptor of this shell, which then becomes `optout run --due`
        # (exec): the script's PID is the pass's, so `kill PID` (SIGTERM) reaches the pass, which
        # hands its cases back and exits 130 (trial46: the shell died, the pass went on, rc 0)
        body = (f"exec 9>>{shlex.quote(str(lock))}\n{flock} -n -E {_BUSY} 9\nrc=$?\n"
                f"if [ \"$rc\" -eq {_BUSY} ]; then\n  echo {shlex.quote(skipped)} >&2\n"
                f"  case \" $* \" in *\" --json \"*) printf '%s\\n' {shlex.quote(doc)} ;; esac\n  exit 0\n"
                f"elif [ \"$rc\" -ne 0 ]; then\n  exit \"$rc\"\nfi\nexec {run} \"$@\"\n")
    else:
        body = f"exec {run} \"$@\"\n"
    try:
        # systemd's EnvironmentFile and sh's `.` both read KEY='value' lines
        _write(env_file, "".join(f"{k}={shlex.quote(v)}\n" for k, v in env.items()), 0o600)
        _write(script, "#!/bin/sh\n# written by `optout install-service`: one pass over the due cases\n"
                       f"set -a\n. {shlex.quote(str(env_file))}\nset +a\n{body}", 0o700)
    except OSError as e:
        raise OptoutError(f"{data}: cannot write the service files ({e.strerror})") from None
    units: list[Path] = []
    if systemd_dir is not None:
        units = write_units(systemd_dir, data, env_file, system=system, user=user)
    return Installed(env_file, script, f"{CRON_MINUTE} * * * *  {shlex.quote(str(script))}", units)


#: The script in the data directory that runs one pass over the due cases under the lock, for the
#: crontab line and optout-run.service alike.
DUE_SCRIPT = "optout-due"
#: optout-due's exit status when another pass holds the lock (flock -E): no status optout itself uses.
_BUSY = 200


def refresh_passphrase(data_dir: Path, passphrase: str | None) -> Path | None:
    """After ``optout key rotate``: the env file ``install`` wrote for scheduled runs carries the
    new passphrase (none, for a vault no longer locked by one), so the next timer or cron pass
    opens the vault instead of stopping on exit 78 with the old one. Returns the file rewritten,
    None when scheduled runs were never installed here."""
    env_file = data_dir.resolve() / "optout.env"
    try:
        lines = env_file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise OptoutError(f"{env_file}: cannot read the scheduled runs' settings ({e.strerror})") from None
    kept = [x for x in lines if x.strip() and not x.startswith("OPTOUT_PASSPHRASE=")]
    if passphrase is not None:
        kept.append(f"OPTOUT_PASSPHRASE={shlex.quote(passphrase)}")
    try:
        _write(env_file, "".join(x + "\n" for x in kept), 0o600)
    except OSError as e:
        raise OptoutError(f"{env_file}: cannot write the scheduled runs' settings ({e.strerror})") from None
    return env_file


def write_units(folder: Path, data: Path, env_file: Path, *, system: bool, user: str | None) -> list[Path]:
    cmd = " ".join(shlex.quote(x) for x in optout_command())
    who = f"User={user}\n" if system and user else ""
    # sandboxing needs the system manager (a user manager cannot set up the mount namespace)
    hardening = ("NoNewPrivileges=yes\nProtectSystem=strict\n"
                 + ("ProtectHome=read-only\n" if not str(data).startswith(("/home/", "/root")) else "")
                 + f"ReadWritePaths={data}\nPrivateTmp=yes\n") if system else "NoNewPrivileges=yes\n"
    target = "multi-user.target" if system else "default.target"
    # wait for the network only where a manager can: network-online.target is a unit of the SYSTEM
    # manager (systemd.special(7), "Special System Units"; systemd.io/NETWORK_ONLINE); a user manager
    # has no such unit and cannot order its own after the system's (its special units are
    # default.target, exit.target and the session targets: systemd.special(7), "Special User Units"),
    # so `Wants=`/`After=` there name a unit that is never found and wait for nothing. A user unit
    # starts without it, and a network that is not up yet is what a pass already survives: a
    # transient error backs off and retries (exit 69/75 is not in RestartPreventExitStatus=)
    network = "After=network-online.target\nWants=network-online.target\n" if system else ""
    # a wrong passphrase or a broken setting is not cured by a restart every 30 s: systemd stops
    # restarting on these statuses (optout.errors.Exit) and the unit shows failed with its one line
    permanent = " ".join(str(int(c)) for c in PERMANENT)
    files = {
        "optout-worker.service": (
            "# optout as a long-running worker (written by `optout install-service`)\n"
            "[Unit]\nDescription=optout worker: keep people's records removed from data brokers\n"
            f"{network}\n"
            f"[Service]\nType=exec\n{who}EnvironmentFile={env_file}\nExecStart={cmd} worker --grace 60\n"
            f"KillSignal=SIGTERM\nTimeoutStopSec=90\nRestart=on-failure\nRestartSec=30\n"
            f"RestartPreventExitStatus={permanent}\n{hardening}\n"
            f"[Install]\nWantedBy={target}\n"),
        "optout-run.service": (
            "# one pass over the cases due now, started by optout-run.timer (written by `optout install-service`)\n"
            "[Unit]\nDescription=optout: run the cases that are due\n"
            f"{network}\n"
            # the cron line's script, under its lock: a timer's pass and a cron pass (or a manual
            # `optout-due`) never run at once (trial44: the unit ran `optout run --due` without it)
            f"[Service]\nType=oneshot\n{who}EnvironmentFile={env_file}\n"
            f"ExecStart={shlex.quote(str(data / DUE_SCRIPT))} --grace 60\n"
            f"TimeoutStopSec=90\n{hardening}"),
        "optout-run.timer": (
            "[Unit]\nDescription=optout: run due cases hourly\n\n"
            "[Timer]\nOnCalendar=hourly\nRandomizedDelaySec=600\nPersistent=true\n\n"
            "[Install]\nWantedBy=timers.target\n"),
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for name, text in files.items():
            _write(folder / name, text, 0o644)
            out.append(folder / name)
    except OSError as e:
        raise OptoutError(f"{folder}: cannot write the systemd units ({e.strerror})") from None
    return out
