"""What both backends share: rows of the database turned into :mod:`~optout.store.base` objects,
and the checks on a call's arguments made before any transaction starts (so both backends refuse
exactly the same things with exactly the same errors)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, NamedTuple

from optout.store.base import (
    DECISIONS,
    EVIDENCE_KINDS,
    KEEP,
    LAST_ERROR_MAX,
    NOTHING_SENT,
    Case,
    Event,
    Evidence,
    Listing,
    Request,
    RunRecord,
    _Keep,
    from_us,
    to_us,
)
from optout.reasons import case_ref
from optout.store.states import PARKED, CaseState

CASE_COLS = (
    "id, person_id, broker_id, state, state_since, next_action_at, attempts, scan_count, "
    "lease_owner, lease_until, last_error, created_at"
)
EVENT_COLS = "id, case_id, at, kind, state, data"
LISTING_COLS = "id, case_id, key, sealed, confidence, decision, first_seen, last_seen, gone_at"
REQUEST_COLS = (
    "id, case_id, listing_id, channel, started_at, submitted_at, finished_at, status, reference, sealed"
)
EVIDENCE_COLS = "id, case_id, request_id, kind, path, sha256, step, at"


RUN_COLS = "id, started_at, finished_at, summary"


def run_row(r: Sequence[Any]) -> RunRecord:
    return RunRecord(r[0], from_us(r[1]), opt_time(r[2]), json.loads(r[3]) if r[3] else {})


def run_summary(summary: dict[str, Any]) -> str:
    return json.dumps(summary, sort_keys=True, separators=(",", ":"))


def run_start(owner: str | None, source: str | None) -> dict[str, Any]:
    """A run's summary while it runs (``Store.start_run``): its owner and source, those given."""
    return {k: v for k, v in (("owner", owner), ("source", source)) if v}


def opt_time(us: int | None) -> datetime | None:
    return None if us is None else from_us(us)


def case_row(r: Sequence[Any]) -> Case:
    return Case(
        id=r[0],
        person_id=r[1],
        broker_id=r[2],
        state=CaseState(r[3]),
        state_since=from_us(r[4]),
        next_action_at=opt_time(r[5]),
        attempts=r[6],
        scan_count=r[7],
        lease_owner=r[8],
        lease_until=opt_time(r[9]),
        last_error=r[10],
        created_at=from_us(r[11]),
    )


def event_row(r: Sequence[Any]) -> Event:
    return Event(r[0], r[1], from_us(r[2]), r[3], CaseState(r[4]), json.loads(r[5]) if r[5] else {})


def listing_row(r: Sequence[Any], reappeared: bool = False) -> Listing:
    return Listing(
        r[0], r[1], r[2], bytes(r[3]), r[4], r[5], from_us(r[6]), from_us(r[7]), opt_time(r[8]), reappeared
    )


def request_row(r: Sequence[Any]) -> Request:
    quiet = r[8] == NOTHING_SENT  # an internal mark, never shown as the broker's reference
    return Request(
        r[0], r[1], r[2], r[3], from_us(r[4]), opt_time(r[5]), opt_time(r[6]), r[7], None if quiet else r[8],
        None if r[9] is None else bytes(r[9]), nothing_sent=quiet,
    )


def evidence_row(r: Sequence[Any]) -> Evidence:
    return Evidence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], from_us(r[7]))


# ---- argument checks ----------------------------------------------------------------------------


def sealed_bytes(value: bytes) -> bytes:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError("sealed data must be bytes (encrypted by the caller)")
    return bytes(value)


class RecordArgs(NamedTuple):
    state: CaseState
    at: int
    keep_due: bool
    due: int | None
    payload: str | None
    error: str | None


def record_args(
    kind: str,
    state: CaseState,
    now: datetime,
    data: dict[str, Any] | None,
    next_action_at: datetime | None | _Keep,
    last_error: str | None,
    attempts_delta: int,
    scan_delta: int,
) -> RecordArgs:
    """:meth:`Store.record`'s arguments checked and turned into column values."""
    new_state = CaseState(state)
    at = to_us(now)
    if not kind:
        raise ValueError("an event needs a kind")
    if attempts_delta < 0 or scan_delta < 0:
        raise ValueError("counters only grow")
    if new_state in PARKED:
        if next_action_at not in (KEEP, None):
            raise ValueError(f"a case entering {new_state.value} cannot have a due time")
        next_action_at = None
    keep_due = next_action_at is KEEP
    due = None if next_action_at is None or isinstance(next_action_at, _Keep) else to_us(next_action_at)
    payload = None if data is None else json.dumps(data, sort_keys=True, separators=(",", ":"))
    error = None if last_error is None else last_error[:LAST_ERROR_MAX]
    return RecordArgs(new_state, at, keep_due, due, payload, error)


def decision_arg(decision: str) -> str:
    """A listing's decision, checked: one of ``DECISIONS`` or ``ValueError``."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown listing decision {decision!r}")
    return decision


def listing_args(sealed: bytes, key: str, confidence: float, decision: str) -> tuple[bytes, float]:
    """The sealed blob and the confidence of :meth:`Store.upsert_listing`, checked."""
    blob = sealed_bytes(sealed)
    decision_arg(decision)
    if not key:
        raise ValueError("a listing needs a key")
    score = float(confidence)
    if not 0.0 <= score <= 1.0:
        raise ValueError("confidence must be between 0 and 1")
    return blob, score


def evidence_args(kind: str, path: str, sha256: str) -> None:
    """Refuse evidence :meth:`Store.add_evidence` must not index."""
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"unknown evidence kind {kind!r}")
    check_relative(path)
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("sha256 must be 64 lowercase hex digits")


def check_relative(path: str) -> None:
    """Evidence paths are relative to the evidence directory; anything that could point outside
    it (absolute, ``..``, a drive) is refused, because the caller deletes these paths later."""
    for flavour in (PurePosixPath(path), PureWindowsPath(path)):
        if not path or flavour.is_absolute() or flavour.drive or ".." in flavour.parts:
            raise ValueError("evidence path must be relative and stay inside the evidence directory")


def state_changed(case_id: int, expected: Any, found: str) -> str:
    """The message of :class:`~optout.errors.StateChanged`: states only, never a value."""
    return (f"case {case_ref(case_id)} is {found} now, no longer {getattr(expected, 'value', expected)}: someone else acted "
            "on it first (another tab, the CLI, a run); nothing was recorded")


def acted_since(case_id: int) -> str:
    """The message of :class:`~optout.errors.StateChanged` for ``record(after_event=…)``."""
    return (f"case {case_ref(case_id)} has a newer event than the one it was read at: someone else acted on it first "
            "(another tab, the CLI, a run); nothing was recorded")


def lease_lost(where: str, case_id: int, owner: str, holder: str | None) -> str:
    """The message of :class:`~optout.errors.LeaseLost` (owners are worker names, not values)."""
    now_held = f"now held by {holder}" if holder else "released"
    return (
        f"store {where}: cannot record an event: case {case_ref(case_id)}: {owner} no longer holds its lease "
        f"({now_held}); nothing was recorded"
    )
