"""One error family for optout.

``OptoutError`` is what a user or a site caused ("expected"): it carries a message a person can act
on and is shown without a traceback. Anything else escaping the engine is a bug.

Messages never carry the person's values: they name files, fields, steps and brokers.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from optout.reasons import Reason


class Exit(IntEnum):
    """The ``optout`` command's exit status, one per kind of failure, so that systemd (or a script)
    can tell an error a restart cannot fix from one it may. The numbers are BSD's ``sysexits.h``
    (also Python's ``os.EX_*``): a supervisor that knows them needs no table of ours.

    Permanent (``PERMANENT``; the generated systemd units list them in ``RestartPreventExitStatus=``):
    ``USAGE`` 64 (a command line argparse or the command refused), ``DATAERR`` 65 (a profile, CSV,
    recipe or other input is wrong), ``NOINPUT`` 66 (a file or record the command needs is not
    there: no people yet, a missing profile file), ``CONFIG`` 78 (a setting, the vault's key or
    passphrase, the data directory). Transient (a later try may work): ``UNAVAILABLE`` 69 (a
    service does not answer: the database server, the mailbox, the OS keyring, the broker lab, the
    browser), ``TEMPFAIL`` 75 (this machine: a full disk, a read-only or failing folder). Python's
    own 1 is a bug (a traceback); 130 is Ctrl-C; 141 a closed pipe. The table is in ``docs/EXIT_CODES.md``."""

    OK = 0
    USAGE = 64
    DATAERR = 65
    NOINPUT = 66
    UNAVAILABLE = 69
    TEMPFAIL = 75
    CONFIG = 78


#: The statuses a restart cannot cure: a person must change a setting, a file or the command first.
PERMANENT: tuple[Exit, ...] = (Exit.USAGE, Exit.DATAERR, Exit.NOINPUT, Exit.CONFIG)


#: The status of a command interrupted by Ctrl-C or SIGTERM (128 + SIGINT, as a shell reports Ctrl-C):
#: its running cases handed back, or, stopped while starting, nothing begun (docs/EXIT_CODES.md).
INTERRUPTED = 130


class StoppedBySignal(BaseException):
    """SIGTERM, SIGHUP (its terminal closed) or Ctrl-C (SIGINT) came while a command was starting, before it set handlers of its
    own (``optout run``'s and ``worker``'s let running cases finish or hand them back), or during a
    command that sets none. Raised by the handler ``optout.__main__`` installs first thing, so that the
    process does not die silently with 143, but says so in one line (``cli.stopped_line``) and exits
    with :attr:`exit_code`: :data:`INTERRUPTED`, or 0 for ``worker`` (a service stopped as asked,
    as it exits once running). A ``BaseException``, as ``KeyboardInterrupt`` is: no ``except
    Exception`` below swallows it, and a store transaction it interrupts is rolled back."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class OptoutError(Exception):
    """Base of every expected error. ``exit_code`` is the ``optout`` command's status when it ends
    a command (``Exit``): by default the input a person gave is wrong (``DATAERR``)."""

    exit_code: Exit = Exit.DATAERR


class UsageError(OptoutError):
    """A command line that cannot be acted on: a missing flag, flags that do not go together."""

    exit_code = Exit.USAGE


class NoInput(OptoutError):
    """A file or record the command needs is not there (names the file or the command to run)."""

    exit_code = Exit.NOINPUT


class ConfigError(OptoutError):
    """A setting is missing or wrong (names the setting): permanent until a person changes it."""

    exit_code = Exit.CONFIG


class Unavailable(OptoutError):
    """A service optout needs does not answer now: the OS keyring, the broker lab, a mailbox, a
    database server. Not the settings' fault as far as optout can tell: a later try may work."""

    exit_code = Exit.UNAVAILABLE


class ProfileError(OptoutError):
    """A person's profile file is malformed (names the file and field)."""


class RecipeError(OptoutError):
    """A recipe file is malformed (names the file and the field path)."""


class StoreError(OptoutError):
    """The store cannot be opened or written (names the path or URL, never a value). As an exit:
    the database did not answer as it should (``UNAVAILABLE``); a subclass says when it is more."""

    exit_code = Exit.UNAVAILABLE


class UnknownRecord(StoreError):
    """No person or case with the id given: the caller's input, not the store's health."""

    exit_code = Exit.DATAERR

    @classmethod
    def case(cls, case_id: int) -> UnknownRecord:
        """No case ``case_id``, said in any language (``why``: reason ``no_such_case``)."""
        from optout.reasons import Reason, case_ref

        e = cls(f"no case {case_ref(case_id)}")
        e.why = Reason("no_such_case", {"case": case_id})  # type: ignore[attr-defined]
        return e

    @classmethod
    def person(cls, person_id: str) -> UnknownRecord:
        """No person ``person_id`` (an opaque id), said in any language (reason ``no_such_person``)."""
        from optout.reasons import Reason

        e = cls(f"no person with id {person_id}")
        e.why = Reason("no_such_person")  # type: ignore[attr-defined]
        e.source = person_id  # type: ignore[attr-defined]
        return e


class StoreLoginRefused(StoreError):
    """The database server answered and refused the login in ``database_url``: a wrong password,
    an unknown role or database (PostgreSQL's SQLSTATE 28P01, 28000, 3D000). A setting to correct:
    ``CONFIG``, so a systemd unit stops instead of restarting for ever."""

    exit_code = Exit.CONFIG


class MachineFault(OptoutError):
    """This machine failed, not the case, the broker or the recipe: a full disk, a read-only or
    missing folder, an I/O error. A case it interrupts is left as it was and due again (never
    ``failed``); a run stops at the first one and says how to recover."""

    exit_code = Exit.TEMPFAIL


class DiskFull(MachineFault, StoreError):
    """The store could not be written for want of space (SQLITE_FULL, ENOSPC)."""


class StoreUnwritable(MachineFault, StoreError):
    """The store's folder cannot be written: a read-only disk, or a folder this user may not write."""


class ClockSkew(MachineFault):
    """This machine's clock is far from the shared store's (PostgreSQL's server clock): leases, due
    times and each broker's pace, which every worker writes by its own clock, would be wrong. A
    restart may fix it once the clock is set (NTP), hence this machine's status, not a setting's."""


class BrowserUnavailable(OptoutError):
    """No browser could be started (names the setting to change). As an exit ``UNAVAILABLE``: a
    browser that ran out of memory or processes may start on a later try."""

    exit_code = Exit.UNAVAILABLE


# ---- errors raised while a step runs --------------------------------------------------------


class StepError(OptoutError):
    """A step of a recipe could not do its work. ``step`` is e.g. ``optout.steps[2] (click)``."""

    #: True when trying again later may help (network, 5xx, 429, timeouts).
    transient: bool = False

    def __init__(self, message: str, *, step: str | None = None, url: str | None = None):
        self.step = step
        self.url = url
        super().__init__(message)

    def __str__(self) -> str:
        base = super().__str__()
        return f"{self.step}: {base}" if self.step else base


class TransientError(StepError):
    """Worth retrying: network errors, timeouts, 5xx, 429. Ending a command (a mailbox or mail
    server that cannot be reached): ``UNAVAILABLE``, as a later try may work."""

    transient = True
    exit_code = Exit.UNAVAILABLE

    def __init__(self, message: str, *, retry_after: float | None = None, **kw):
        self.retry_after = retry_after
        super().__init__(message, **kw)


class BotWall(TransientError):
    """A bot-protection service's challenge (Cloudflare's "Just a moment…", DataDome, …) stands in
    place of the broker's page: not the recipe's fault, not permanent. The broker is backed off and
    the case waits for a later try, or a person who opens the page in their own browser."""

    def __init__(self, vendor: str, **kw):
        self.vendor = vendor
        super().__init__(f"the broker's site shows a bot wall ({vendor}) instead of its page; optout backs off "
                         f"from this broker and tries again later (a person can open the page meanwhile)", **kw)


class PageMoved(StepError):
    """The opt-out page is no longer where the recipe says: its address now leads elsewhere (the
    site's home page, another path). Never confirmed; the recipe needs updating."""


class SelectorNotFound(StepError):
    """A selector matched nothing: the page changed, or the recipe is wrong."""


class ExpectationFailed(StepError):
    """The page did not show what the recipe expects."""


class TemplateError(StepError):
    """A template names a field the person lacks or the recipe did not declare."""


class MissingPersonField(TemplateError):
    """A recipe needs a field the person's profile does not have (``field``: e.g. ``phone``)."""

    def __init__(self, message: str, *, field: str, **kw):
        self.field = field
        super().__init__(message, **kw)


class EgressBlocked(StepError):
    """A page tried to send data to a host the recipe does not declare."""


class NeedsHuman(OptoutError):
    """Only a person can go on: a CAPTCHA, an ID upload, a phone call, an uncertain match."""

    def __init__(self, reason: str, *, kind: str, instructions: str | None = None, url: str | None = None,
                 details: dict | None = None, why: Reason | None = None, instructions_es: str | None = None):
        self.reason = reason
        self.why = why  # the reason as a code (optout.reasons), rendered in the reader's language
        self.details = details or {}  # no personal values: ids, confidences, reasons
        self.kind = kind  # captcha | id_upload | phone | uncertain_match | other
        self.instructions = instructions
        self.instructions_es = instructions_es  # the recipe's Spanish text, when it has one
        self.url = url
        super().__init__(reason)


class LeaseLost(StoreError):
    """A worker tried to record on a case whose lease it no longer holds (it expired and another
    worker claimed the case, or it was released): nothing was written; drop the case."""


class StateChanged(StoreError):
    """A write that was to follow from a case's state found another state (``Store.record(expect=…)``):
    someone else acted on the case first (a second dashboard tab, the CLI beside the dashboard, a
    run). Nothing was written. ``DATAERR``: the command is not to be retried as it was."""

    exit_code = Exit.DATAERR


_E = TypeVar("_E", bound=OptoutError)


def said(error: _E, code: str, params: dict[str, object] | None = None, *, source: str | None = None) -> _E:
    """``error`` with the words a reader of any language gets for it (``why``: a reason code of
    :mod:`optout.reasons`, its parameters value-free) and, with ``source``, the file, folder or
    setting it is about, which ``optout.cli.error_line`` writes before them. Its English message
    stays as it is (logs, ``--json``, an English reader)."""
    from optout.reasons import Reason

    error.why = Reason(code, dict(params or {}))  # type: ignore[attr-defined]
    if source is not None:
        error.source = source  # type: ignore[attr-defined]
    return error
