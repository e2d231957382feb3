"""Settings, layered: defaults < settings file < environment (``OPTOUT_…``) < command line.

The settings file is TOML, at ``$OPTOUT_CONFIG`` or ``<data_dir>/optout.toml``. Nested groups use
``__`` in the environment: ``OPTOUT_BROWSER__EXECUTABLE_PATH=/usr/lib/chromium/chromium``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from optout.recipe.duration import parse_duration

PROJECT_BROKERS = Path(__file__).resolve().parent.parent / "brokers"

# Where a browser is looked for when browser.executable_path is not set, best first: Debian's
# headless shell is ~2.7x faster than the full browser for our flows (see docs/ARCHITECTURE.md).
BROWSER_CANDIDATES = (
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/lib/chromium/chromium",
)


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "optout"


def default_lab_dir() -> Path:
    """Where ``optout lab`` keeps its fake brokers' mailbox and state unless ``--dir`` says: a folder
    of its own under ``$XDG_STATE_HOME`` (``~/.local/state/optout-lab``), never inside optout's data
    directory, so that a demo never writes beside a real clinic's store (and stays put across
    restarts, as the mail settings written for it need)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "optout-lab"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "optout"


class _Group(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt setting is an error, not silently ignored


class BrowserSettings(_Group):
    executable_path: Path | None = Field(
        None, description="Chromium to drive; unset: Debian's headless shell if present, else Playwright's own"
    )
    headless: bool = True
    block_resources: list[str] = Field(
        default_factory=lambda: ["image", "media", "font"], description="resource types not loaded"
    )
    navigation_timeout: float = Field(30.0, gt=0, description="seconds for a page to load")
    step_timeout: float = Field(15.0, gt=0, description="seconds for an element to appear")
    args: list[str] = Field(default_factory=list, description="extra Chromium flags")
    render_http_pages: bool = Field(
        True, description="screenshot http-channel pages for evidence by rendering the saved HTML in Chromium "
                          "offline (no JavaScript, no requests)")


class NetworkSettings(_Group):
    proxy: str | None = Field(None, description="HTTP proxy for every broker request (e.g. Tor's, or the lab)")
    timeout: float = Field(30.0, gt=0)
    user_agent: str = (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"
    )
    retries: int = Field(4, ge=0, le=10, description="tries after the first for a transient error")
    backoff_initial: float = Field(0.5, gt=0, description="seconds before the first retry")
    backoff_max: float = Field(30.0, gt=0, description="longest wait between retries")
    max_page_mb: float = Field(10.0, gt=0, description="a bigger page is refused (a hostile or broken site)")


class WorkerSettings(_Group):
    concurrency: int = Field(4, ge=1, le=64, description="cases run at once")
    per_broker_concurrency: int = Field(2, ge=1, le=64)
    per_broker_per_minute: float = Field(60.0, gt=0, description="requests a minute to one broker")
    lease: dt.timedelta = Field(dt.timedelta(minutes=15), description="how long a claimed case stays ours")
    min_free_mb: float = Field(
        200.0, ge=0, description="a run refuses to start with less free disk space than this (megabytes) "
        "where the data directory is: evidence and the store grow with every case")

    @field_validator("lease", mode="before")
    @classmethod
    def _lease(cls, v: Any) -> dt.timedelta:
        return parse_duration(v)


class MatchSettings(_Group):
    submit_at: float = Field(0.75, ge=0, le=1, description="confidence at or above which we request removal")
    ask_at: float = Field(0.45, ge=0, le=1, description="confidence from which a person is asked to decide")
    searches: int = Field(6, ge=1, le=12, description="name forms a broker is searched with, at most, until one "
                          "finds the person (two surnames, two given names: Person.search_names); the rarer "
                          "forms are cut, never the name in ASCII nor the first given name with the first or "
                          "the last surname")
    other_phone: Literal["reject", "ask"] = Field(
        "reject", description="a listing a person would be asked about that shows only phones that are not the "
        "person's, with nothing decisive agreeing: reject it (not them; counted among the listings seen) or ask")


class ImapSettings(_Group):
    host: str | None = Field(None, description="IMAP server of the mailbox brokers answer to; unset: no IMAP")
    port: int | None = Field(None, ge=1, le=65535, description="default: 993 with tls=ssl, else 143")
    user: str | None = None
    password: SecretStr | None = None
    tls: Literal["none", "starttls", "ssl"] = Field("ssl", description="none only on a trusted network")
    folder: str = "INBOX"
    keyword: str = Field("$OptoutDone", description="IMAP keyword marking handled mail; \"\": a local record")
    idle: bool = Field(True, description="use IDLE when the server has it, else poll")
    poll_interval: float = Field(30.0, gt=0, description="seconds between checks without IDLE")
    max_message_bytes: int = Field(10 * 1024 * 1024, ge=64 * 1024, description="larger mail is fetched in part")
    timeout: float = Field(30.0, gt=0)


class MailAccount(_Group):
    """One sending account with its own daily cap (a provider limits each mailbox, not the sum)."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,40}$", description="a short name shown in plans and status")
    from_address: str = Field(pattern=r"^[^@\s]+@[^@\s]+$", description="its address; brokers reply here")
    smtp_host: str
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    daily_cap: int = Field(80, ge=1, description="letters from this account in any 24 hours")


class MailSettings(_Group):
    maildir: Path | None = Field(None, description="a local Maildir to read brokers' mail from")
    poll_interval: float = Field(1.0, gt=0)
    imap: ImapSettings = ImapSettings()  # reading: replies and verification links
    # ---- sending (legal deletion requests): use an address kept for opt-outs only ----
    smtp_host: str | None = Field(None, description="outgoing mail server; unset: e-mail requests wait for a person")
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_security: Literal["starttls", "ssl", "none"] = Field(
        "starttls", description="none is allowed only for a server on this machine")
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    from_address: str | None = Field(None, description="the sender, and where brokers reply (the IMAP mailbox)")
    from_name: str | None = Field(None, description="display name; default: the person's name")
    daily_cap: int = Field(80, ge=1, description="letters sent in any 24 hours, across all people")
    broker_spacing: dt.timedelta = Field(
        dt.timedelta(minutes=2), description="at least this long between two letters to one broker")
    max_wait: dt.timedelta = Field(
        dt.timedelta(minutes=1), description="wait this long for a sending slot; longer, and the case comes back")
    accounts: list[MailAccount] = Field(
        default_factory=list,
        description="several sending accounts, used in order, each under its own daily_cap; empty: the one "
                    "account above (smtp_*, from_address, daily_cap)")
    plus_addressing: bool = Field(
        False, description="send each person's letters from local+<person id>@domain so their replies stay apart "
                           "(the provider must deliver plus-addresses to the same mailbox)")

    @field_validator("broker_spacing", "max_wait", mode="before")
    @classmethod
    def _durations(cls, v: Any) -> dt.timedelta:
        return parse_duration(v)


class DropSettings(_Group):
    """California's DROP (optout.legal.drop)."""

    hold_letters: bool = Field(
        True, description="no separate letter to a broker DROP covers for a Californian who filed with DROP")


def one_line_address(v: object) -> object:
    """A postal address written on several lines (a settings file's multi-line string, a pasted
    block) as the one line letters and the authorisation form give it: its lines, each with its
    spaces collapsed, joined by ", " (t52: the line breaks were lost, "Suite 4" and "12 Main St"
    running together as "Suite 412 Main St" once a browser's one-line field dropped them).
    Anything else as it is; an empty one: None."""
    if not isinstance(v, str):
        return v
    lines = [" ".join(line.split()) for line in v.splitlines()]
    return ", ".join(line.rstrip(",") for line in lines if line) or None


class AgentSettings(_Group):
    """The organisation acting as people's authorised agent (optout.legal.agent); unset name: none."""

    name: str | None = Field(None, description="the organisation's legal name; unset: letters are in the person's name")
    address: str | None = Field(None, description="postal address, one line (lines written on several are joined "
                                                  "by commas)")
    email: str | None = Field(None, description="contact e-mail for brokers (replies still go to mail.from_address)")
    phone: str | None = None
    signatory: str | None = Field(None, description="the person who signs letters for the organisation")

    _one_line = field_validator("address", mode="before")(classmethod(lambda cls, v: one_line_address(v)))


class ClinicSettings(_Group):
    """One contact for a clinic's clients who have no e-mail of their own (docs/PEOPLE.md, "Clients
    without an e-mail"). A broker's web form that needs an e-mail to answer to gets
    ``contact_email``, the clinic acting as the client's authorised agent, unless the broker's
    recipe says it takes no agents (``legal.authorised_agents: "no"``): such a case waits for the
    client's own e-mail. The dashboard's clinic settings page saves values that replace these
    (``<data_dir>/clinic.json``). The report says which address was used."""

    contact_email: str | None = Field(
        None, description="the clinic's e-mail for brokers' answers about clients who have none")
    postal_address: str | None = Field(
        None, description="the clinic's postal address, one line, for brokers that answer by post")
    language: Literal["en", "es"] | None = Field(
        None, description="the clinic's default language (en, es): new clients and CSV rows without a "
        "language get it, reports and the volunteers' CLI fall back to it; a client's own language wins")

    _one_line = field_validator("postal_address", mode="before")(classmethod(lambda cls, v: one_line_address(v)))

    @field_validator("language", mode="before")
    @classmethod
    def _language(cls, v: object) -> object:
        """"es-MX", "Español", "spanish" → "es"; empty → None (anything else is refused by the type)."""
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        if isinstance(v, str):
            from optout.person import language_code

            code = (language_code(v.strip()) or v.strip()).replace("_", "-").split("-")[0].lower()
            return code
        return v

    @field_validator("contact_email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        import re

        if v is not None and (v := v.strip()) and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError("not an e-mail address")
        return v or None


class VaultSettings(_Group):
    key: Literal["auto", "passphrase", "keyfile", "keyring"] = Field(
        "auto", description="where the master key lives, chosen at `optout init`: auto = passphrase if "
        "OPTOUT_PASSPHRASE is set, else a key file; keyring = the OS keyring"
    )
    key_file: Path | None = Field(None, description="the 0600 key file (default: data_dir/vault.key)")
    keyring_service: str = Field("optout", description="the OS keyring service name the key is stored under")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="OPTOUT_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = Field(None, description="sqlite:///path or postgresql://…; default: data_dir/optout.db")
    recipe_dirs: list[Path] = Field(default_factory=lambda: [PROJECT_BROKERS])
    cache_dir: Path = Field(
        default_factory=default_cache_dir,
        description="what optout can rebuild at any time (the compiled recipe index); shared by data dirs",
    )
    lab_url: str | None = Field(
        None, description="run against the broker lab at this URL: lab recipes only, lab clock, lab as proxy"
    )
    passphrase: SecretStr | None = Field(None, description="unlocks the vault (else a key file in data_dir)")
    log_format: Literal["auto", "plain", "console", "json"] = Field(
        "auto", description="auto: console on a terminal, plain one-line messages elsewhere (cron mail); "
                            "json only when asked for (optout.log); logs always go to stderr")
    log_level: Literal["debug", "info", "warning", "error"] = "warning"
    lang: Literal["en", "es"] | None = Field(
        None, description="the language the command line speaks to its reader (OPTOUT_LANG): its messages, tables "
                          "and help; a command's --lang comes first; unset: the terminal's locale, else the "
                          "clinic's language, else English")
    browser: BrowserSettings = BrowserSettings()
    network: NetworkSettings = NetworkSettings()
    worker: WorkerSettings = WorkerSettings()
    match: MatchSettings = MatchSettings()
    mail: MailSettings = MailSettings()
    vault: VaultSettings = VaultSettings()
    drop: DropSettings = DropSettings()
    agent: AgentSettings = AgentSettings()
    clinic: ClinicSettings = ClinicSettings()

    @field_validator("data_dir")
    @classmethod
    def _data_dir(cls, v: Path) -> Path:
        v = v.expanduser()
        if v.exists() and not v.is_dir():
            raise ValueError(f"{v} is a file, not a folder (OPTOUT_DATA_DIR or --data-dir names the folder "
                             "that holds the store, the vault and the evidence)")
        return v

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # the data directory given on the command line (``--data-dir``: an init argument) names the
        # settings file read, as OPTOUT_DATA_DIR does: never the default folder's beside another's store
        given = getattr(init_settings, "init_kwargs", {}).get("data_dir")
        toml = TomlConfigSettingsSource(settings_cls, toml_file=cls.config_file(given))
        return (init_settings, env_settings, toml)

    @staticmethod
    def config_file(data_dir: str | os.PathLike[str] | None = None) -> Path:
        """The settings file read: ``$OPTOUT_CONFIG``, else ``optout.toml`` in ``data_dir`` (the
        command line's ``--data-dir``), in ``$OPTOUT_DATA_DIR`` or in the default data directory."""
        config = os.environ.get("OPTOUT_CONFIG")
        if not config:
            data_dir = data_dir or os.environ.get("OPTOUT_DATA_DIR")
            config = str(Path(data_dir).expanduser() / "optout.toml") if data_dir else str(default_data_dir() / "optout.toml")
        return Path(config)

    @classmethod
    def environment_names(cls) -> set[str]:
        """Every ``OPTOUT_…`` variable optout reads: the settings (nested with ``__``) and the few
        read outside them (the settings file's path, a new passphrase for ``key rotate``)."""
        names = {"OPTOUT_CONFIG", "OPTOUT_NEW_PASSPHRASE"}
        for name, f in cls.model_fields.items():
            names.add(f"OPTOUT_{name.upper()}")
            group = f.annotation if isinstance(f.annotation, type) and issubclass(f.annotation, BaseModel) else None
            stack = [(f"OPTOUT_{name.upper()}", group)]
            while stack:
                prefix, model = stack.pop()
                for sub, sf in (model.model_fields.items() if model else ()):
                    names.add(f"{prefix}__{sub.upper()}")
                    if isinstance(sf.annotation, type) and issubclass(sf.annotation, BaseModel):
                        stack.append((f"{prefix}__{sub.upper()}", sf.annotation))
        return names

    @classmethod
    def unknown_environment_names(cls, environ: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
        """Each ``OPTOUT_…`` variable that is not a setting (a misspelling is otherwise ignored
        without a word), with the nearest real name when one is close, else None."""
        import difflib

        known = cls.environment_names()
        env = os.environ if environ is None else environ
        out = []
        for k in sorted(env):
            if k.upper().startswith("OPTOUT_") and k.upper() not in known:
                near = difflib.get_close_matches(k.upper(), sorted(known), n=1, cutoff=0.75)
                out.append((k, near[0] if near else None))
        return out

    @classmethod
    def unknown_environment(cls, environ: dict[str, str] | None = None) -> list[str]:
        """One line in English per ``OPTOUT_…`` variable that is not a setting
        (:meth:`unknown_environment_names`)."""
        return [f"{k} is not a setting and is ignored" + (f" (did you mean {near}?)" if near else "")
                for k, near in cls.unknown_environment_names(environ)]

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'optout.db'}"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def effective_proxy(self) -> str | None:
        return self.network.proxy or self.lab_url
