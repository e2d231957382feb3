"""The clinic's own contact, used for clients who have no e-mail (docs/PEOPLE.md), and its
default language (docs/PEOPLE.md, "The clinic's language").

The settings (``clinic.contact_email``, ``clinic.postal_address``, ``clinic.language``: file or ``OPTOUT_CLINIC__…``)
give it; the dashboard's clinic settings page saves values that replace them, in
``<data_dir>/clinic.json`` (a private file; the clinic's address, not a client's). Both addresses are
the organisation's, never a client's value, so they may appear in the report and the audit log.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from optout.errors import ConfigError, OptoutError, said
from optout.settings import AgentSettings, ClinicSettings, Settings

FILE = "clinic.json"
MAX_ADDRESS = 300


def _path(settings: Settings) -> Path:
    return settings.data_dir / FILE


def _saved(settings: Settings) -> dict[str, object] | None:
    """The dashboard's saved settings as the file holds them; None when none were saved. A file
    that cannot be read raises ``ConfigError`` naming it."""
    path = _path(settings)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the clinic's contact ({e.strerror})") from None
    except ValueError:
        raw = None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: not the clinic's contact as the dashboard saves it; delete it and save "
                          "the clinic settings again")
    return raw


def contact(settings: Settings) -> ClinicSettings:
    """The clinic's contact in force: the dashboard's saved values, else the settings'. A saved file
    that cannot be read raises ``ConfigError`` naming it."""
    raw = _saved(settings)
    if raw is None:
        return settings.clinic
    try:
        return ClinicSettings.model_validate({k: v for k, v in raw.items() if k != "agent"})
    except ValueError:
        raise ConfigError(f"{_path(settings)}: not the clinic's contact as the dashboard saves it; delete it and "
                          "save the clinic settings again") from None


def agent(settings: Settings) -> AgentSettings:
    """The organisation acting as clients' authorised agent in force: the dashboard's saved values
    (its Clinic settings, trial50: a coordinator had no other way to set them), else the settings'
    (``agent.*``). ``ConfigError`` naming the file for one that cannot be read."""
    raw = _saved(settings)
    if raw is None or not isinstance(raw.get("agent"), dict):
        return settings.agent
    try:
        return AgentSettings.model_validate({**settings.agent.model_dump(), **raw["agent"]})
    except ValueError:
        raise ConfigError(f"{_path(settings)}: not the clinic's settings as the dashboard saves them; delete it "
                          "and save the clinic settings again") from None


def effective(settings: Settings) -> Settings:
    """``settings`` with the authorised agent in force (:func:`agent`), as every command and the
    dashboard's runs read it (``open_app``)."""
    found = agent(settings)
    return settings if found == settings.agent else settings.model_copy(update={"agent": found})


#: The authorised agent's fields the dashboard's Clinic settings page sets (``AgentSettings``).
AGENT_FIELDS = ("name", "address", "email", "signatory")
#: The reasons :func:`save` refuses the agent's fields with.
AGENT_REASONS = frozenset({"agent_address_long", "agent_email_invalid"})


class ClinicChanged(OptoutError):
    """A save of the clinic settings read before someone else saved them (another tab): refused."""


def version(settings: Settings) -> str:
    """The saved settings' version the dashboard's form carries (a digest of the file; "" when none
    was saved): :func:`save` refuses a form read at another one (t45: two tabs, one save lost)."""
    import hashlib

    try:
        return hashlib.sha256(_path(settings).read_bytes()).hexdigest()[:32]
    except FileNotFoundError:
        return ""
    except OSError as e:
        raise ConfigError(f"{_path(settings)}: cannot read the clinic's contact ({e.strerror})") from None


def save(settings: Settings, contact_email: str | None, postal_address: str | None,
         language: str | None = None, *, read_at: str | None = None,
         agent_values: dict[str, str] | None = None) -> ClinicSettings:
    """Check and keep the clinic's contact and default language (empty: none). Raises ``ValueError``
    (pydantic's, naming the field) for an e-mail that is not one or a language other than English
    or Spanish, or ``ConfigError`` for an address over :data:`MAX_ADDRESS` characters or with
    control characters. ``read_at``: the :func:`version` the form was read at; :class:`ClinicChanged`
    when the settings were saved since (checked just before the write: one dashboard's two tabs).
    ``agent_values``: the authorised agent's :data:`AGENT_FIELDS` (empty: none), checked as the
    settings' ``agent.*`` are and its address and e-mail as the clinic's (``ConfigError`` naming
    ``agent.address``, ``ValueError`` for an e-mail); None keeps what was saved."""
    from optout.files import write_private
    from optout.reasons import Reason

    # the check and the write are one step: two saves read at one version, by two tabs, two
    # dashboard processes or two machines sharing the data directory, never both pass the check
    # before either writes (f46: the t45 check read, then wrote: both saves passed it, one was lost)
    with _saving(settings):
        if read_at is not None and read_at != version(settings):
            e = ClinicChanged("the clinic settings were changed by someone else since the form was opened: "
                              "nothing was saved; open them again")
            e.why = Reason("clinic_changed_meanwhile")  # type: ignore[attr-defined]
            raise e
        from optout.settings import one_line_address

        address = one_line_address(postal_address or "")  # lines kept apart by commas, never run together
        if address and (len(address) > MAX_ADDRESS or any(ord(c) < 32 for c in address)):
            raise ConfigError(f"clinic.postal_address: at most {MAX_ADDRESS} characters on one line")
        value = ClinicSettings.model_validate({"contact_email": (contact_email or "").strip() or None,
                                               "postal_address": address, "language": language or None})
        kept: dict[str, object] = value.model_dump()
        if agent_values is not None:
            chosen = {k: (one_line_address(agent_values.get(k) or "") if k == "address"
                          else " ".join((agent_values.get(k) or "").split()) or None) for k in AGENT_FIELDS}
            if chosen["address"] and (len(str(chosen["address"])) > MAX_ADDRESS):
                raise said(ConfigError(f"agent.address: at most {MAX_ADDRESS} characters on one line"),
                           "agent_address_long", {"max": MAX_ADDRESS}, source="agent.address")
            try:
                ClinicSettings.model_validate({"contact_email": chosen["email"]})  # an e-mail, as the clinic's
            except ValueError:
                raise said(ConfigError("agent.email: not an e-mail address"), "agent_email_invalid",
                           source="agent.email") from None
            kept["agent"] = AgentSettings.model_validate(chosen).model_dump(include=set(AGENT_FIELDS))
        elif isinstance((before := _saved(settings) or {}).get("agent"), dict):
            kept["agent"] = before["agent"]
        write_private(_path(settings), json.dumps(kept, indent=2).encode())
    return value


@contextlib.contextmanager
def _saving(settings: Settings) -> Iterator[None]:
    """Hold the clinic settings' lock (``flock`` on ``<data_dir>/.clinic.json.lock``, a private file,
    never one reached through a link) while a save checks the version and writes: the OS's own
    exclusive lock, released when the file closes, even by a process that died holding it."""
    import fcntl
    import os

    from optout.files import FILE_MODE

    path = _path(settings).with_name(f".{FILE}.lock")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    except OSError as e:
        raise ConfigError(f"{path}: cannot lock the clinic's contact ({e.strerror})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def default_language(settings: Settings) -> str | None:
    """The clinic's default language (``"en"``/``"es"``: the dashboard's Clinic settings, else
    ``clinic.language``); None when the clinic set none."""
    return contact(settings).language


def reader_language(settings: Settings, own: str | None) -> str:
    """The language a client's texts are written in: their own (``Person.language``) when optout has
    it, else the clinic's default (a Haitian client of a Spanish-speaking clinic reads Spanish, not
    English: ``reasons.nearest``), else English. Always one of ``optout.reasons.LANGUAGES``."""
    from optout.reasons import nearest

    return nearest(own or default_language(settings), default_language(settings))


def agent_email_for(settings: Settings, person_email: str | None, agents: str,
                    care_of: str | None = None) -> str | None:
    """The address a broker's form gets for a client without one: ``care_of``, the address of someone
    who receives mail for the client (``Person.contact_care_of``: a daughter's, a caseworker's), else
    the clinic's, when the broker takes an authorised agent (``agents``: the recipe's
    ``legal.authorised_agents``, any but ``"no"``: a broker that answers only the consumer never gets
    a third party's address, since it would read it as the client's own); None when the client has
    their own or no other address may stand in. The request stays the client's own, filled in for
    them; the clinic does not act as their agent (docs/LEGAL.md)."""
    if person_email or agents == "no":
        return None
    return care_of or contact(settings).contact_email


def agent_postal_address(settings: Settings) -> str | None:
    """The postal address letters and the authorisation form give for the organisation acting as a
    client's authorised agent: the clinic's postal address (the dashboard's Clinic settings, else
    ``clinic.postal_address``), else ``agent.address``; None when neither is set. Never invented: a
    broker that asks an agent for a mailing address (``legal.agent_postal_address: required``) then
    waits for it (``needs_info``, field ``clinic_postal_address``)."""
    return contact(settings).postal_address or settings.agent.address or None


__all__ = ["FILE", "agent_email_for", "agent_postal_address", "contact", "default_language", "reader_language",
           "save"]
