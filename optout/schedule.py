"""When a case is next due: every due time optout writes is decided here, from the case's new state
and its recipe's cadence.

Brokers relist people, so a removal is worth something only if it is checked again and again. A
recipe may say how often (``cadence:`` in its YAML); what it leaves out comes from the defaults of
its **kind**:

========== ================================================ =========================================
kind       what it is                                       defaults
========== ================================================ =========================================
``search`` a site optout can search (a ``scan``)            confirmation scan 3 days after a request;
                                                            maintenance recheck every 60 days
``request`` no search: a request is all optout can send     the request again every 45 days (the
           (e-mail, or a form without a search)             California Delete Act makes registered
                                                            brokers delete again every 45 days)
========== ================================================ =========================================

Jitter: a thousand people added on one evening would otherwise hit one broker at the same minute
for years. Each due time moves by up to 10 % of its interval (at most a day), deterministically
per case and per step of its history (a test can predict it; two cases of one broker spread).
Jitter never breaks a promise the cadence makes:

* a **wait** (a confirmation scan, a retry after an error) happens *no earlier* than the cadence
  says: a broker given 3 days to act is not checked after 2½;
* a **recheck** (maintenance scan, a re-request) happens *no later* than the cadence says: a
  relisting is caught within ``recheck_every``, never a day after.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from optout.mail import FOLLOW_UP
from optout.store import PARKED, CaseState

# the recipe schema is read only where a cadence is: ``optout status`` asks :func:`due_for` without it
if TYPE_CHECKING:
    from optout.recipe.index import IndexEntry
    from optout.recipe.schema import Recipe

S = CaseState
Kind = Literal["search", "request"]

#: A due time moves by at most this share of its interval...
JITTER_SHARE = 0.10
#: ...and never by more than this.
JITTER_MAX = dt.timedelta(days=1)

#: A broker whose cases keep failing (transient errors, after each case's own retries) is backed off
#: by every worker from the BACKOFF_AFTER-th failure in a row: BACKOFF_INITIAL, doubling, at most
#: BACKOFF_MAX. One case that goes through ends it. Held in the store (``broker_health``).
BACKOFF_AFTER = 3
BACKOFF_INITIAL = dt.timedelta(minutes=15)
BACKOFF_MAX = dt.timedelta(days=1)

DEFAULTS: dict[Kind, dict[str, dt.timedelta]] = {
    "search": {"confirm_after": dt.timedelta(days=3), "recheck_every": dt.timedelta(days=60),
               "retry_error_after": dt.timedelta(hours=48)},
    "request": {"confirm_after": dt.timedelta(days=3), "recheck_every": dt.timedelta(days=45),
                "retry_error_after": dt.timedelta(hours=48)},
}


@dataclass(frozen=True)
class Effective:
    """A recipe's cadence with its kind's defaults filled in."""

    kind: Kind
    confirm_after: dt.timedelta
    recheck_every: dt.timedelta
    retry_error_after: dt.timedelta
    max_attempts: int


def kind_of(recipe: Recipe | IndexEntry | None) -> Kind:
    """A recipe's kind (or its index entry's: the same ``scan``, nothing parsed); no recipe: ``search``."""
    return "request" if recipe is not None and recipe.scan is None else "search"


#: What a case that came due is due for (:func:`due_for`): the broker's answer to a letter (by its
#: legal deadline; then a follow-up, or a person after one), the request sent again (a broker
#: without a search: nothing can prove the listing gone), a search that proves a requested listing
#: gone, or a recheck of one not found or removed.
Due = Literal["reply", "request_again", "proof", "recheck"]
#: The channels of a request that is a letter: the first one, or its follow-up.
LETTER_CHANNELS = ("email", FOLLOW_UP)


def due_for(state: CaseState, recipe: Recipe | IndexEntry | None, channel: str | None) -> Due:
    """What the engine does when a case in ``state`` (submitted, confirmed, removed, not found)
    comes due, from the facts it acts on: the recipe's kind (:func:`kind_of`: a broker with a search
    is searched, its letter's answer or not; one without is sent the request again,
    ``Engine._submit_without_scan``) and the channel of the case's newest request (a letter to a
    broker without a search awaits its answer, by its deadline). Raises ``ValueError`` for
    any other state (new, found, relisted, waiting on its parent or a person)."""
    if state not in (S.SUBMITTED, S.CONFIRMED, S.REMOVED, S.NOT_FOUND):
        raise ValueError(f"no due step for state {state!r}")
    if kind_of(recipe) == "search":  # due: a search (``Engine._process``), whatever the request's channel
        return "recheck" if state in (S.REMOVED, S.NOT_FOUND) else "proof"
    if state == S.SUBMITTED and channel in LETTER_CHANNELS:
        return "reply"  # due at its deadline: a follow-up, or a person after one (``MailFlow._overdue``)
    return "request_again"


def cadence(recipe: Recipe | None) -> Effective:
    """The recipe's own cadence where it gives one (``model_fields_set``: keys written in its YAML),
    else the defaults of its kind."""
    from optout.recipe.schema import Cadence

    kind = kind_of(recipe)
    given = recipe.cadence if recipe is not None else Cadence()
    written = given.model_fields_set
    pick = {k: getattr(given, k) if k in written else v for k, v in DEFAULTS[kind].items()}
    return Effective(kind=kind, max_attempts=given.max_attempts, **pick)


def jitter(interval: dt.timedelta, key: str) -> dt.timedelta:
    """A deterministic share of ``interval`` in [0, min(10 %, 1 day)) for ``key``."""
    spread = min(interval * JITTER_SHARE, JITTER_MAX)
    u = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") / 2**64
    return spread * u


def delay(state: CaseState, recipe: Recipe | None, *, key: str, error: bool = False) -> dt.timedelta | None:
    """How long until a case that has just entered ``state`` is due; ``None``: never by itself.

    ``error``: the attempt ended in a transient error (the state is unchanged), so try again after
    ``retry_error_after``. ``key`` makes the jitter deterministic: the case id and how far along
    its history is (e.g. ``"17:3:1"``: case 17, third scan, first request).
    """
    c = cadence(recipe)
    if state in PARKED:
        return None  # parked: a person acts first (declined: until a person reopens it)
    if error:
        return c.retry_error_after + jitter(c.retry_error_after, key)  # a wait: no earlier
    if state in (S.NEW, S.FOUND, S.RELISTED):
        return dt.timedelta(0)  # work to do now (relisted: submit again)
    if state in (S.SUBMITTED, S.CONFIRMED):
        if c.kind == "request":  # nothing to scan: the next thing is the request again
            return c.recheck_every - jitter(c.recheck_every, key)
        return c.confirm_after + jitter(c.confirm_after, key)  # give the broker its time
    if state == S.WAITING_PARENT:
        return c.confirm_after + jitter(c.confirm_after, key)
    if state in (S.REMOVED, S.NOT_FOUND):
        return c.recheck_every - jitter(c.recheck_every, key)  # a recheck: no later
    raise ValueError(f"no schedule for state {state!r}")


def next_action_at(state: CaseState, recipe: Recipe | None, now: dt.datetime, *, key: str,
                   error: bool = False) -> dt.datetime | None:
    """``now`` + :func:`delay`, or ``None`` for a parked case."""
    d = delay(state, recipe, key=key, error=error)
    return None if d is None else now + d
