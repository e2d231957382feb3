"""What every store backend offers: the rows it hands out, and the abstract :class:`Store`.

SQLite is the default backend (``_sqlite.py``); a PostgreSQL backend will implement the same
class over the same schema (``migrations/``), so everything above the store — the worker, the
CLI, the report — is written against this module only.

Conventions shared by all backends:

* Times are timezone-aware UTC ``datetime`` in Python and BIGINT microseconds since the Unix
  epoch in the database (they sort and compare as integers, and need no time-zone handling).
* The store never sees a person's values: people, listings and requests carry ``sealed`` blobs
  encrypted by the caller. Ids and broker ids are opaque. Error messages name the store, the
  operation and ids — never a value.
* Each call is one transaction: on error nothing is half-written and nothing already committed
  is lost.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from importlib import resources
from typing import Any, Final, Literal

from optout.store.states import CaseState

# ---- time -----------------------------------------------------------------------------------

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_US: Final = timedelta(microseconds=1)


def to_us(when: datetime) -> int:
    """Microseconds since the epoch. Naive datetimes are refused: their zone is a guess."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("naive datetime given to the store; use an aware UTC datetime")
    return (when - _EPOCH) // _US


def from_us(us: int) -> datetime:
    """The UTC datetime for microseconds since the epoch."""
    return _EPOCH + timedelta(microseconds=us)


# ---- vocabularies ---------------------------------------------------------------------------

Decision = Literal["match", "uncertain", "no_match"]
RequestStatus = Literal["started", "submitted", "confirmed", "failed", "needs_human"]
EvidenceKind = Literal["screenshot", "page_text", "html", "email", "note"]

DECISIONS: Final = frozenset({"match", "uncertain", "no_match"})
REQUEST_STATUSES: Final = frozenset({"started", "submitted", "confirmed", "failed", "needs_human"})
EVIDENCE_KINDS: Final = frozenset({"screenshot", "page_text", "html", "email", "note"})

#: ``last_error`` is a short, value-free reason; longer text is cut so a stray dump cannot bloat
#: every row of a 50 M-row table.
LAST_ERROR_MAX: Final = 500


class _Keep(Enum):
    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


#: Passed as ``next_action_at`` to :meth:`Store.record`: leave the due time as it is.
KEEP: Final = _Keep.KEEP


# ---- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    created_at: datetime
    #: when the sealed profile was last written (an edit by any process): a cache of opened
    #: profiles (App.people) opens again only the ones that changed
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    person_id: str
    broker_id: str
    state: CaseState
    state_since: datetime
    next_action_at: datetime | None  # None: not claimable (parked, or waiting for something)
    attempts: int  # submissions made
    scan_count: int
    lease_owner: str | None
    lease_until: datetime | None
    last_error: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    case_id: int
    at: datetime
    kind: str
    state: CaseState  # the case's state after this event
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Listing:
    id: int
    case_id: int
    key: str  # opaque hash computed by the caller, unique per case
    sealed: bytes
    confidence: float
    decision: Decision
    first_seen: datetime
    last_seen: datetime
    gone_at: datetime | None
    #: Set only on the row :meth:`Store.upsert_listing` returns when a gone listing came back.
    reappeared: bool = False


#: Events recorded when a scan recognised a listing as the person's: by the matcher, or because a
#: person answered "this is them" (``optout.engine`` records ``found`` or ``relisted``).
RECOGNISED_EVENTS = ("found", "relisted")
#: Every kind of event a case's history can hold: each has its words in English and Spanish
#: (``report:event.<kind>``, read by the report's and the dashboard's history; t45 found
#: «answer_undone» shown raw). tests/test_event_kinds.py checks that every kind the code records is
#: here and that each has both labels.
EVENT_KINDS = frozenset({
    "created", "scanned", "rescanned", "found", "relisted", "still_listed", "submitted", "confirmed",
    "in_doubt", "failed", "error", "human_needed", "resumed", "answer_undone", "recheck_due", "declined",
    "waiting_parent", "held_drop", "drop_filed", "letter_sent", "letter_in_doubt", "letter_printed",
    "follow_up_sent", "follow_up_in_doubt", "bounced_soft", "verified", "deferred", "deadline_extended",
    "deadline_extension_late", "reply_recorded", "reply_confirmed", "reply_ack", "reply_auto",
    "reply_attached", "reply_not_theirs", "reply_while_declined",
})


def recognised_at(listings: Sequence[Listing], events: Sequence[Event]) -> datetime | None:
    """When a listing of this case was first recognised as the person's, or None: the earliest
    ``first_seen`` of a listing whose decision is ``match``, else the first event in
    :data:`RECOGNISED_EVENTS` while a listing of the case is still one a person has not rejected.
    A listing's stored decision is the case's (``optout.engine.answered_decision``): a person's
    answer over the matcher's, so a card a person answered "not them" is ``no_match`` and never
    recognised, even on a case still open (f36); one the matcher is only unsure of, with no
    answer, is a question, not a finding. The one rule behind the report's "found on" and the
    "found" count of ``optout status`` and the dashboard (trial34: a client's cards answered
    "this is them" whose form then needed a person were left out of the count)."""
    matched = min((li.first_seen for li in listings if li.decision == "match"), default=None)
    if matched is not None or (listings and all(li.decision == "no_match" for li in listings)):
        return matched
    return next((ev.at for ev in events if ev.kind in RECOGNISED_EVENTS), None)


@dataclass(frozen=True, slots=True)
class Request:
    id: int
    case_id: int
    listing_id: int | None
    channel: str
    started_at: datetime
    submitted_at: datetime | None
    finished_at: datetime | None  # when the status last left/changed from 'started'
    status: RequestStatus
    reference: str | None  # the broker's request id (not personal)
    sealed: bytes | None
    #: the run began it and stopped before any step that could reach the broker (its reference was
    #: ``NOTHING_SENT``, which is never shown as a reference): a stop there sent nothing (f41)
    nothing_sent: bool = False


#: A web request's reference while its flow has run no step that could reach the broker
#: (``optout.steps.runner.REACHES_BROKER``): written by the engine when the row starts, cleared
#: just before such a step. A row still ``started`` with it after a crash went nowhere.
NOTHING_SENT = "optout:nothing-sent"


@dataclass(frozen=True, slots=True)
class Finish:
    """A request's outcome written with the case's event in one transaction (``Store.record``'s
    ``finish``), as :meth:`Store.finish_request` would write it alone."""

    request_id: int
    status: RequestStatus
    reference: str | None = None
    sealed: bytes | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    id: int
    case_id: int
    request_id: int | None
    kind: EvidenceKind
    path: str  # relative, opaque file name
    sha256: str
    step: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class BrokerHealth:
    """A broker's run of failures, shared by every worker on the store (``broker_health``)."""

    broker_id: str
    failures: int  # consecutive cases that ended in a transient error; 0 once one succeeds
    failing_since: datetime | None  # when this run of failures began
    backoff_until: datetime | None  # no case of this broker should start before this
    last_error: str | None
    updated_at: datetime


#: Where a run or pass kept in the store was started: the dashboard's "Start", ``optout run`` in a
#: terminal, a scheduled ``optout run --due`` (cron, a systemd timer), a pass of ``optout worker``.
RUN_SOURCES = ("dashboard", "run", "due", "worker")


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A run or pass (the dashboard's, the command line's, the worker's: :attr:`source`), as the
    store keeps it (``Store.start_run``): its number
    (1, 2, … in the order runs started), when it started and finished (None: still running, or the
    process that ran it died), and its ``summary``: a JSON object of counts, dates and reason codes
    only, never a person's value (the dashboard's ``RunState.summary`` says its keys)."""

    number: int
    started_at: datetime
    finished_at: datetime | None
    summary: dict[str, Any] = field(default_factory=dict)
    #: Set by ``App.last_run``, never stored: no end was recorded and the process that ran it is
    #: gone (``optout.leases.gone``: this machine, no such process, or its id reused): it stopped
    #: before it finished (a crash, a kill, a restart), and is not running.
    stopped: bool = False
    #: Set by ``App.last_run``: no end was recorded and another machine ran it, which this one
    #: cannot see: not finished, and not shown as running here either.
    elsewhere: bool = False

    @property
    def source(self) -> str:
        """Where it was started (``RUN_SOURCES``): a run kept before passes were named is the dashboard's."""
        source = self.summary.get("source")
        return source if source in RUN_SOURCES else "dashboard"

    @property
    def owner(self) -> str | None:
        """The process that ran it (``host:pid:start:nonce``) while no end is recorded, else None."""
        owner = self.summary.get("owner") if self.finished_at is None else None
        return owner if isinstance(owner, str) else None


@dataclass(frozen=True, slots=True)
class StateMismatch:
    """A case whose cached state disagrees with :func:`~optout.store.states.derive_state`."""

    case_id: int
    cached: str
    derived: CaseState


# ---- migrations -----------------------------------------------------------------------------

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """The numbered SQL files in ``migrations/``, in order; numbering must run 1, 2, 3… with no gap
    (a gap means a file went missing from the package, and applying past it would be wrong)."""
    found: list[Migration] = []
    for entry in (resources.files("optout.store") / "migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:
            raise RuntimeError(f"store migrations are not numbered 1..n: expected {expected:04d}")
    return found


def postgres_dialect(sql: str) -> str:
    """The migration SQL as PostgreSQL spells it. The files are written for SQLite and differ in
    exactly these spellings (kept in one place so both backends apply the same files)."""
    sql = re.sub(
        r"\bINTEGER PRIMARY KEY AUTOINCREMENT\b",
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        sql,
    )
    return re.sub(r"\bBLOB\b", "BYTEA", sql)


def split_statements(sql: str) -> list[str]:
    """Split a migration file into statements: a line whose code (before any ``--`` comment)
    ends with ``;`` ends one. Migration files keep to that layout, and no literal in them holds
    ``;`` or ``--``: that keeps the splitter dialect-neutral (``executescript`` would also commit
    on its own, outside our transaction).
    """
    statements: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines():
        code = line.split("--", 1)[0].rstrip()
        if not code and not buf:
            continue
        buf.append(line)
        if code.endswith(";"):
            statements.append("\n".join(buf).strip())
            buf = []
    if any(line.split("--", 1)[0].strip() for line in buf):
        statements.append("\n".join(buf).strip())
    return statements


# ---- the interface --------------------------------------------------------------------------


class Store(ABC):
    """State persistence for optout. All methods are coroutines; each call is one transaction.

    Ids of people are opaque strings made by the caller; ids of cases, listings, requests and
    evidence are integers made by the store. Unknown ids raise ``StoreError``; malformed
    arguments (naive datetimes, unknown statuses) raise ``ValueError`` — they are bugs.
    """

    #: Where the store lives, safe to show (a path, or a URL without its password).
    where: str

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @abstractmethod
    async def close(self) -> None:
        """Release the connection(s). Idempotent; later calls raise ``StoreError``."""

    # people

    @abstractmethod
    async def add_person(self, person_id: str, sealed: bytes, now: datetime) -> None:
        """Store a new person's sealed data. An existing id raises ``StoreError``."""

    @abstractmethod
    async def add_people(self, people: list[tuple[str, bytes, list[str]]], now: datetime) -> None:
        """Store new people and their first cases in one transaction: all of them or none.

        ``people`` holds ``(person id, sealed data, broker ids)``; each case is created as by
        :meth:`ensure_cases`. An existing id raises ``StoreError`` and nothing is written.
        """

    @abstractmethod
    async def get_person(self, person_id: str) -> bytes:
        """The person's sealed data."""

    @abstractmethod
    async def people(self) -> list[PersonRow]:
        """Every person, oldest first."""

    @abstractmethod
    async def get_people(self, person_ids: list[str]) -> dict[str, bytes]:
        """The sealed data of each of ``person_ids`` still held, by id, in one read (a run's start
        opens everyone: one round trip, not one per person); a person removed meanwhile is absent."""

    @abstractmethod
    async def update_person(self, person_id: str, sealed: bytes, now: datetime | None = None,
                            expected: bytes | None = None) -> bool:
        """Replace the person's sealed data (e.g. after an edit or a key change). With ``expected``
        (the bytes :meth:`get_person` gave), a compare-and-swap in one statement: False, nothing
        written, when another writer changed the profile meanwhile (two tabs editing one client,
        t45). StoreError for an unknown person."""

    @abstractmethod
    async def remove_person(self, person_id: str, suppress: Collection[str] = (),
                            now: datetime | None = None) -> list[str]:
        """Delete the person and all their cases, events, listings, requests and evidence rows, and
        in the same transaction keep ``suppress`` (keyed digests, 64 hex digits: never a value) as
        removed at ``now`` (0010_suppressions; a digest kept already takes the new date).

        Returns the evidence paths so the caller deletes the files (the store holds no files).
        """

    # clients removed at their request (0010_suppressions)

    @abstractmethod
    async def suppressed(self, digests: Collection[str]) -> dict[str, datetime]:
        """Those of ``digests`` kept by :meth:`remove_person`, each with when its client was removed."""

    @abstractmethod
    async def secret(self, name: str, sealed: bytes) -> bytes:
        """The vault's sealed secret ``name`` (0010's ``vault_secrets``); when there is none yet,
        ``sealed`` is kept and returned. One statement: two processes asking at once get one secret."""

    @abstractmethod
    async def swap_secret(self, name: str, expected: bytes, sealed: bytes) -> bool:
        """Replace the sealed secret ``name`` by ``sealed`` if it is still ``expected`` (a key
        rotation's re-wrap); False when it is not."""

    # per-person sealed documents (0006_person_records)

    @abstractmethod
    async def put_record(self, person_id: str, kind: str, sealed: bytes, now: datetime) -> None:
        """Keep (replace) the person's sealed document of this kind (``drop``, ``authorisation``, ``answers``).
        StoreError for an unknown person."""

    @abstractmethod
    async def swap_record(self, person_id: str, kind: str, expected: bytes | None, sealed: bytes,
                          now: datetime) -> bool:
        """Compare-and-swap: keep ``sealed`` only if the stored document is still ``expected`` (the
        bytes :meth:`get_record` gave; None: there was none). One statement, atomic across
        processes and machines: False when another writer changed it meanwhile (read again,
        change again, swap again). A sealed document never repeats (AES-GCM, a fresh nonce per
        seal), so equal bytes mean nobody wrote in between. StoreError for an unknown person."""

    @abstractmethod
    async def get_record(self, person_id: str, kind: str) -> bytes | None:
        """The person's sealed document of this kind, or None."""

    @abstractmethod
    async def records_of_kind(self, kind: str) -> dict[str, bytes]:
        """Every person's sealed document of this kind, by person id."""

    # cases

    @abstractmethod
    async def ensure_cases(self, person_id: str, broker_ids: list[str], now: datetime) -> int:
        """Create the missing cases in state ``new``, due ``now``, each with a ``created`` event.

        Existing cases are left untouched. Returns how many were created.
        """

    async def ensure_cases_for(self, wanted: dict[str, list[str]], now: datetime) -> int:
        """:meth:`ensure_cases` for several people ({person id: broker ids}), in one transaction
        where the backend can (a run's plan touches every person: one commit, not one per person).
        A person who does not exist raises ``StoreError`` and nothing is written. Returns how many
        cases were created."""
        return sum([await self.ensure_cases(pid, ids, now) for pid, ids in wanted.items()])

    @abstractmethod
    async def claim_due(
        self,
        owner: str,
        now: datetime,
        limit: int,
        lease: timedelta,
        person_ids: list[str] | None = None,
        broker_ids: list[str] | None = None,
    ) -> list[Case]:
        """Lease up to ``limit`` due cases to ``owner`` until ``now + lease``, atomically.

        Due: ``next_action_at <= now`` (parked cases have none) and no live lease (a lease is
        live while ``now < lease_until``). Ordered by ``next_action_at`` then id. ``None``
        filters mean "any"; an empty filter list matches nothing.
        """

    @abstractmethod
    async def renew_lease(self, case_ids: list[int], owner: str, until: datetime) -> list[int]:
        """Extend ``owner``'s leases; returns the ids still held (others were lost or released)."""

    @abstractmethod
    async def lease_owners(self, now: datetime) -> dict[str, int]:
        """Owners of live leases (``now < lease_until``) and how many cases each holds."""

    @abstractmethod
    async def take_over(self, owner: str, now: datetime) -> list[int]:
        """Drop every live lease of ``owner`` (a run known to be gone: ``optout.leases.gone``) at
        once, so the cases are claimable now rather than when the leases run out; returns their
        ids. The cases keep their state: a request that may have gone out is checked by the engine
        before anything is sent again."""

    @abstractmethod
    async def release(self, case_id: int, owner: str) -> bool:
        """Drop ``owner``'s lease on the case; False if ``owner`` did not hold it."""

    @abstractmethod
    async def record(
        self,
        case_id: int,
        kind: str,
        state: CaseState,
        now: datetime,
        data: dict[str, Any] | None = None,
        next_action_at: datetime | None | _Keep = KEEP,
        last_error: str | None = None,
        attempts_delta: int = 0,
        scan_delta: int = 0,
        release_owner: str | None = None,
        owner: str | None = None,
        finish: Finish | None = None,
        expect: CaseState | None = None,
        after_event: int | None = None,
        since: datetime | None = None,
    ) -> Case:
        """Append an event and update the case's cache in ONE transaction; returns the case.

        ``expect``: the state the write follows from (a person's answer to a case waiting for one);
        a case found in another state raises :class:`~optout.errors.StateChanged` and nothing is
        written, so two answers at once (two tabs, the CLI and the dashboard) record one.
        ``after_event``: the id of the case's newest event the write follows from, for an act that
        leaves the state as it is (a person's look at an unconfirmed request or one in doubt): a
        case with a newer event raises ``StateChanged`` the same way (f38: two clicks of "I did it"
        at once both found the case ``submitted`` and both were recorded).

        ``finish``: a request's outcome (as :meth:`finish_request`) written in the same
        transaction, so that no crash falls between the request's row and the case's event (e23:
        the removal's path made one synced commit for each). A request that is not there raises
        :class:`~optout.errors.UnknownRecord` and nothing is written.

        ``state_since`` moves only when the state changes, to ``now``, or to ``since`` when given (a
        case put back into the state it had before a question that was not its own keeps that state's
        first day: ``App._put_back``). ``last_error`` is replaced (``None``
        clears it: it describes the latest outcome). Entering a parked state (failed,
        needs_human) clears ``next_action_at``; giving one a due time is a ``ValueError``. Leaving
        a parked state with ``KEEP`` leaves the case unclaimable: give it a due time.
        ``release_owner`` drops the lease if that owner still holds it.

        ``owner`` fences the write: given, the case's lease must still be ``owner``'s (it may have
        run out, as long as nobody claimed the case since), else :class:`~optout.errors.LeaseLost`
        is raised and nothing is written — a worker that stalled past its lease must not overwrite
        what the worker that took the case over records. ``None`` (CLI and admin writes): no fence.
        """

    @abstractmethod
    async def get_case(self, case_id: int) -> Case: ...

    @abstractmethod
    async def find_case(self, person_id: str, broker_id: str) -> Case | None: ...

    @abstractmethod
    async def cases(
        self,
        person_id: str | None = None,
        broker_id: str | None = None,
        states: list[CaseState] | None = None,
        limit: int | None = None,
    ) -> list[Case]:
        """Cases matching every filter given, by id."""

    @abstractmethod
    async def events(self, case_id: int) -> list[Event]:
        """The case's history, in append order."""

    @abstractmethod
    async def next_due_at(
        self,
        now: datetime,
        person_ids: list[str] | None = None,
        broker_ids: list[str] | None = None,
    ) -> datetime | None:
        """When the next case becomes claimable (may be ``<= now``); ``None`` if none ever will
        without someone acting. Counts leases that will expire, so a crashed worker's cases wake
        a sleeping one."""

    @abstractmethod
    async def summary(self, person_id: str | None = None, broker_id: str | None = None) -> dict[CaseState, int]:
        """Number of cases in each state (every state present, zeros included), of one person
        and/or one broker when given. Reads an index, not the cases: fast on any store."""

    @abstractmethod
    async def last_activity(self) -> dict[str, datetime]:
        """Person id → when the latest event of any kind but a case's creation (``created``) was
        recorded for any of their cases: a change of state, and equally a scan or recheck that
        found nothing new, a request, a reply read, a letter deferred, a person's ``done``/``retry``.
        A person none of whose cases has started is absent. One aggregate over ``events`` joined
        to ``cases``."""

    @abstractmethod
    async def verify_states(self) -> list[StateMismatch]:
        """Recompute each case's state from its events; the cases whose cache disagrees."""

    # listings

    async def upsert_listing(
        self,
        case_id: int,
        key: str,
        sealed: bytes,
        confidence: float,
        decision: Decision,
        now: datetime,
    ) -> Listing:
        """Insert the listing, or refresh an existing one (sealed, confidence, decision,
        last_seen). A listing that was gone is brought back: ``gone_at`` cleared and the returned
        row has ``reappeared=True``. One item of :meth:`upsert_listings`, which every backend writes."""
        return (await self.upsert_listings(case_id, [(key, sealed, confidence, decision)], now))[0]

    @abstractmethod
    async def upsert_listings(self, case_id: int, items: list[tuple[str, bytes, float, Decision]],
                              now: datetime, *, others_gone: bool = False) -> list[Listing]:
        """:meth:`upsert_listing` for each ``(key, sealed, confidence, decision)`` of one scan, in
        one transaction (all or none) and one call: a scan's listings were one round trip and one
        commit each (e24). With ``others_gone`` (a whole scan's listings), the case's other live
        listings are marked gone at ``now`` in the same transaction, as :meth:`mark_listings_gone`
        with these keys would: a scan's result is one commit, not two (issue 15, pass 29), and no
        crash falls between its listings and the ones it no longer saw. Returns the listings
        saved, as before."""

    @abstractmethod
    async def mark_listings_gone(self, case_id: int, keys_still_present: set[str], now: datetime) -> list[Listing]:
        """Mark the case's live listings whose key is not in ``keys_still_present`` gone at
        ``now``; returns them."""

    @abstractmethod
    async def listings(self, case_id: int, include_gone: bool = False) -> list[Listing]: ...

    @abstractmethod
    async def old_listing_keys(self) -> list[tuple[int, str, str]]:
        """The listings still keyed by the old unsalted digest (migration 0009), as ``(listing id,
        person id, key)``: what a process holding the vault rekeys with :meth:`rekey_listings`.
        Empty once that is done (one read of an empty table)."""

    @abstractmethod
    async def rekey_listings(self, keys: dict[int, tuple[str, str]]) -> int:
        """Replace each listing's key ``{listing id: (old key, new key)}``, only where it still
        holds the old one (two processes rekeying at once agree), and mark those listings done in
        one transaction. Returns how many keys changed."""

    @abstractmethod
    async def set_listing_decisions(self, decisions: dict[int, Decision]) -> None:
        """Set the decision of stored listings (``{listing id: decision}``), nothing else of them:
        a person's answer about a record (optout.answers) given after a scan stored it, so that
        :func:`recognised_at` never counts a card a person said is someone else. An unknown
        decision raises ``ValueError``; an id no longer stored is left out."""

    # requests

    @abstractmethod
    async def start_request(self, case_id: int, listing_id: int | None, channel: str, now: datetime,
                            account: str | None = None) -> int:
        """Write a request row in status 'started' BEFORE submitting, so a crash in between shows
        up in :meth:`requests_in_doubt` instead of leading to a blind second submission.
        ``account``: the sending account a letter leaves from (its own daily cap)."""

    @abstractmethod
    async def finish_request(
        self,
        request_id: int,
        status: RequestStatus,
        now: datetime,
        reference: str | None = None,
        sealed: bytes | None = None,
    ) -> Request:
        """Record how a request went (with the case's event instead: ``record(finish=...)``).
        ``submitted_at`` is set the first time the status is
        'submitted' or 'confirmed'; ``reference``/``sealed`` given as ``None`` keep their value."""

    @abstractmethod
    async def note_request(self, request_id: int, reference: str | None) -> None:
        """Set a still-``started`` request's ``reference`` without finishing it: how far it got
        before a crash (the e-mail channel marks the moment a letter's content goes to the server;
        a web flow's ``NOTHING_SENT`` until a step that could reach the broker, then None)."""

    @abstractmethod
    async def requests(self, case_id: int) -> list[Request]: ...

    @abstractmethod
    async def requests_in_doubt(self, case_id: int | None = None) -> list[Request]:
        """Requests still 'started': their submission may or may not have happened. Without
        ``case_id``: across all cases (for a worker starting up)."""

    @abstractmethod
    async def submitted_since(self, channel: str, since: datetime, account: str | None = None) -> list[datetime]:
        """When each request on ``channel`` (and from ``account``, when given) submitted at or after
        ``since`` went out, oldest first (the e-mail channel's daily cap: how many letters in the
        last 24 hours, and when the oldest of them leaves the window)."""

    # received mail: taken once, across every process sharing the store

    @abstractmethod
    async def claim_mail(self, key: str, purpose: str, case_id: int | None, now: datetime, lease: timedelta) -> bool:
        """Take the received message ``key`` (see ``optout.mail.mail_key``) for ``purpose``
        ("reply" or "verification") and ``case_id``, in one statement. True when this caller has
        it: nobody had, or a claim never finished is older than ``lease`` (its process died).
        False when it is done, or another process holds it now."""

    @abstractmethod
    async def finish_mail(self, key: str, now: datetime) -> None:
        """The work on a claimed message is done: nobody takes it again."""

    @abstractmethod
    async def mail_taken(self, keys: list[str], now: datetime, lease: timedelta) -> set[str]:
        """Which of ``keys`` are done or held (claimed less than ``lease`` ago): not to be used."""

    @abstractmethod
    async def mails_of(self, case_ids: Collection[int]) -> dict[str, int]:
        """The received mails taken for ``case_ids`` (their replies, bounces and verification mails,
        whatever their state), each key (``optout.mail.mail_key``) with its case's id. What a client's
        removal deletes from a local Maildir, or says is left in an IMAP mailbox (``App.remove_person``)."""

    # the dashboard's runs

    @abstractmethod
    async def start_run(self, now: datetime, owner: str | None = None, source: str | None = None) -> int:
        """Record that a run started at ``now``, run by ``owner`` (the process, as a lease names it:
        ``optout.leases.run_owner``, kept in the run's summary until it finishes, so that a run whose
        process died is told from one still going: ``App.last_run``) from ``source`` (``RUN_SOURCES``:
        the dashboard, ``optout run``, a scheduled ``run --due``, the worker; None: the dashboard, as
        runs were kept before passes were); its number, one more than any run before it."""

    @abstractmethod
    async def finish_run(self, number: int, now: datetime, summary: dict[str, Any]) -> None:
        """Record run ``number`` finished at ``now`` with ``summary`` (JSON: counts, dates and
        reason codes, never a person's value)."""

    @abstractmethod
    async def note_run(self, number: int, summary: dict[str, Any]) -> None:
        """Keep ``summary`` (what :meth:`finish_run` keeps) on run ``number`` while it has no end:
        its counts so far, as its cases finish, so that a run whose process is killed says what it
        did (trial50: a run closed with its terminal read "no case was due"). Nothing for a run
        already finished."""

    @abstractmethod
    async def last_run(self, finished: bool = False) -> RunRecord | None:
        """The run with the highest number (``finished``: the latest that finished); None: no run yet."""

    @abstractmethod
    async def recent_runs(self, limit: int) -> list[RunRecord]:
        """The ``limit`` runs and passes with the highest numbers, newest first, finished or not."""

    # politeness shared by every worker

    async def clock_offset(self) -> float | None:
        """How far the store's own clock is ahead of this machine's, in seconds; None when the store
        has no clock of its own (SQLite: one machine's file, read by that machine's clock)."""
        return None

    @abstractmethod
    async def take_slot(self, key: str, interval: timedelta, now: datetime) -> datetime:
        """Reserve the next start time for ``key`` (a broker id): the later of ``now`` and the
        previous reservation plus ``interval``. Returns it; the caller waits until then. One
        transaction, so workers sharing the store (processes, machines) space their requests
        to one broker by ``interval`` between them, not each."""

    # broker health: a failing broker is backed off by every worker

    @abstractmethod
    async def broker_failed(
        self,
        broker_id: str,
        now: datetime,
        error: str,
        *,
        after: int,
        initial: timedelta,
        cap: timedelta,
    ) -> BrokerHealth:
        """Count one more consecutive failure of ``broker_id``, in one transaction. From the
        ``after``-th failure on, back off: ``backoff_until = now + min(cap, initial * 2**(failures
        - after))`` (never earlier than a back-off already set). ``error`` is value-free, cut to
        ``LAST_ERROR_MAX``."""

    @abstractmethod
    async def broker_ok(self, broker_id: str, now: datetime) -> bool:
        """A case of ``broker_id`` went through: reset its failures and back-off. Returns whether
        anything was reset (a healthy broker costs a read, no write)."""

    @abstractmethod
    async def broker_health(self, broker_ids: list[str] | None = None) -> list[BrokerHealth]:
        """Brokers with a health row (every broker that ever failed), by id."""

    # evidence

    async def add_evidence(
        self,
        case_id: int,
        kind: EvidenceKind,
        path: str,
        sha256: str,
        now: datetime,
        request_id: int | None = None,
        step: str | None = None,
    ) -> int:
        """Index one evidence file: :meth:`add_evidence_many` with one item. Returns its id."""
        return (await self.add_evidence_many(case_id, [(kind, path, sha256, step)], now, request_id=request_id))[0]

    @abstractmethod
    async def add_evidence_many(
        self,
        case_id: int,
        items: list[tuple[EvidenceKind, str, str, str | None]],
        now: datetime,
        request_id: int | None = None,
    ) -> list[int]:
        """Index several evidence files of one moment ((kind, path, sha256, step) each), all or
        none, in ONE transaction: a page kept as evidence (its screenshot, text and markup) costs one
        commit, one sync to the disk, not one per file (issue 15: they sat on a flow's critical
        path). Returns their ids, in order."""

    @abstractmethod
    async def evidence(self, case_id: int) -> list[Evidence]: ...

    @abstractmethod
    async def evidence_at_step(self, step: str) -> list[Evidence]:
        """Every case's evidence kept at ``step`` (its ``step`` column), by case and id: few rows (a
        reply kept while a person says whose it is, ``optout.mail.UNPLACED_STEP``, until it is decided)."""

    @abstractmethod
    async def remove_evidence(self, case_id: int, ids: list[int]) -> list[str]:
        """Drop the index rows ``ids`` of case ``case_id``, all in ONE transaction; an id that is
        not there (removed already) or is another case's is left alone, so a second call changes
        nothing. Returns the removed rows' paths (relative to the evidence folder): the caller
        deletes the files (``App.drop_evidence``), having deleted them first where a crash must
        leave the row, never an unindexed file."""
