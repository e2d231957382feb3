"""A case's states, and how a state is derived from the case's events.

Every event carries the state the case is in *after* it, so the history alone says where a case
stands: the ``state`` column of ``cases`` is only a cache, written in the same transaction as the
event that changes it, and :func:`derive_state` is the definition it must agree with
(``Store.verify_states`` checks that it does).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Protocol


class CaseState(StrEnum):
    """Where one person × broker case stands (see DESIGN.md, "A case's life")."""

    NEW = "new"  # created, never scanned
    NOT_FOUND = "not_found"  # scanned, nothing matching listed; rechecked when due
    FOUND = "found"  # a matching listing is shown; a request is due
    SUBMITTED = "submitted"  # a request went out; waiting for a confirmation
    CONFIRMED = "confirmed"  # the broker says done; only a later scan can say "removed"
    REMOVED = "removed"  # a later scan no longer finds the listing
    RELISTED = "relisted"  # a removed listing came back; submit again
    NEEDS_HUMAN = "needs_human"  # CAPTCHA, ID upload, phone call, uncertain match...
    FAILED = "failed"  # permanent, with a reason a person can act on
    WAITING_PARENT = "waiting_parent"  # another site of the family carries the request
    DECLINED = "declined"  # the client chose not to give what the broker asks (an ID): nothing more is sent


#: States in which a case is parked until someone acts ("terminal for now"): the store always
#: clears their ``next_action_at``, so no worker claims them; a later event (e.g. "resumed")
#: moves the case out and gives it a due time again.
#: ``declined`` is parked for good: the client's choice stands until a person reopens the case
#: (``App.retry``), and no run sends that broker anything more for it.
PARKED: frozenset[CaseState] = frozenset({CaseState.NEEDS_HUMAN, CaseState.FAILED, CaseState.DECLINED})

#: The state of a case that has no event at all (never the case once the store created it).
INITIAL: CaseState = CaseState.NEW


class _HasState(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def state(self) -> str: ...


def derive_state(events: Iterable[_HasState]) -> CaseState:
    """The state a case is in after ``events``: the state carried by the last one appended.

    Events are ordered by ``id`` (append order), not by ``at``: two events can share a timestamp
    and clocks can step back, but the append order is what happened. An unknown state raises
    ``ValueError``: a history that names one is a bug, not something to guess around.
    """
    last = max(events, key=lambda e: e.id, default=None)
    return INITIAL if last is None else CaseState(last.state)
