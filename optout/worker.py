"""The worker loop: claim due cases, run them under limits, record every outcome, repeat.

``optout run`` (and ``run --due``, for cron or a systemd timer) calls :func:`drain` once: every case
due now, then exit. ``optout worker`` calls :func:`serve`: drain, sleep until the next case falls
due, drain again, for years. Any number of either may share one store (processes, machines): a
case is claimed with a lease, so two workers never run it at once.

Limits: at most ``worker.concurrency`` cases at once, at most ``per_broker_concurrency`` (or the
recipe's ``limits.concurrency``) per broker in this process; the requests a minute to one broker
are counted in the store, for all workers together (``optout/ratelimit.py``). A broker that keeps
failing is backed off by every worker (``Store.broker_health``, ``optout status``).

Leases: a running case's lease is renewed every third of ``worker.lease`` (a heartbeat), so a slow
case is never taken by another worker while this one is alive; a case whose lease was lost anyway
is cancelled here. A worker that dies (``kill -9``, power cut) holds its leases until they run out,
or until a new run on the same machine sees its process is gone and takes them over
(``optout.leases``, ``App.take_over_dead_runs``); then any worker takes the cases again, and the engine checks a request that may have gone out
before sending anything again (``Engine._settle_doubt``).

Stopping (SIGTERM/SIGINT → ``stop``): no more claims; the running cases get ``grace`` seconds to
finish and record their outcome; the rest are cancelled, which hands their leases back.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import inspect
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any
from dataclasses import dataclass, field

from optout._marks import mark
from optout.engine import Engine
from optout.clock import CLOCK_HINT, ClockWatch
from optout.errors import BrowserUnavailable, ClockSkew, LeaseLost, MachineFault, OptoutError, StoreError, UnknownRecord
from optout.leases import run_owner
from optout.log import get_logger
from optout.store import Case, CaseState

log = get_logger(__name__)

#: How long one wait on the mailbox lasts before the worker looks at its stop signal again.
MAIL_SLICE = 5.0

#: Called after each case: (case before, case after, done count, running count).
Progress = Callable[[Case, Case, int, int], Awaitable[None] | None]


@dataclass
class RunSummary:
    processed: int = 0
    by_state: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: Claimed but not run: their broker began backing off meanwhile (left due, lease released).
    deferred: int = 0
    #: Cancelled at stop after the grace period (lease released; checked before any resend).
    handed_back: int = 0
    #: A fault of this machine that stopped the pass (one line), e.g. a full disk; None if none.
    fault: str | None = None
    #: How to recover from ``fault`` when it is not the disk's, as a hint's key (the clock's:
    #: ``clock.CLOCK_HINT``), said in the reader's language by ``clock.hint``; None: the disk's.
    fault_hint: str | None = None
    #: Why the run stopped by itself (e.g. Chromium could not start), or None.
    error: str | None = None
    #: A setting found wrong (one line naming it: the mail server offers no STARTTLS, say), and how
    #: many cases it left as they were (due again once it is corrected); None if none.
    setting: str | None = None
    setting_held: int = 0
    #: What this pass found of removals (:func:`recheck`): ``newly_removed`` (a later search proved a
    #: request worked), ``still_removed`` (a removed listing searched again, still gone), ``relisted``
    #: (a removed listing came back: asked again), ``still_listed`` (a request's confirmation search
    #: found the listing still there: asked again, "request 2 of 2"). ``by_state`` counts the first
    #: two as "removed" and the others by the state the new request reached (trial46 read "confirmed
    #: 2, removed 2"; trial51: a request asked again was in no count of the line).
    rechecks: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: Of the cases ``by_state`` counts ``failed``, those stopped for a value the person did not give
    #: (``optout.reasons.NEEDS_INFO``: a person adds it, nothing failed). ``optout run``'s line and the
    #: runs kept for the dashboard (``App.run_recorded``) count them apart from the failures.
    needs_info: int = 0

    def add(self, other: RunSummary) -> None:
        if not self.fault:
            self.fault, self.fault_hint = other.fault, other.fault_hint
        self.error = self.error or other.error
        self.setting = self.setting or other.setting
        self.setting_held += other.setting_held
        self.processed += other.processed
        self.deferred += other.deferred
        self.handed_back += other.handed_back
        self.needs_info += other.needs_info
        for k, v in other.by_state.items():
            self.by_state[k] += v
        for k, v in other.rechecks.items():
            self.rechecks[k] += v

    def line(self, lang: str = "en", *, faults: bool = True) -> str:
        """The pass in one line, in ``lang`` (the catalogue's ``cli:run.*``, ``cli:due.*`` and
        ``cli:state.*``): the cases processed by state, those deferred or handed back, and with
        ``faults`` the fault that stopped it and the setting that held cases (their own words are
        English: labelled so in another language)."""
        from optout.reasons import fill

        def say(key: str, **params: Any) -> str:
            return fill(f"cli:{key}", lang, **params)

        def english(message: str) -> str:
            return message if lang == "en" else say("error.english_only", message=message)

        # the states in words, in English too (cron mail is read by a person: "needs a person 2",
        # not needs_human; a letter the sending limits held is "held", never "new"); --json keeps values
        counts = ", ".join(f"{say('state.' + ('needs_info' if k == 'missing data' else k))}: {v}"
                           for k, v in sorted(self.by_state.items()) if v)
        extra = "".join([", " + say("due.deferred", count=self.deferred) if self.deferred else "",
                         ", " + say("due.handed_back", count=self.handed_back) if self.handed_back else ""])
        stopped = ""
        if faults and self.fault:
            stopped += "; " + say("run.stopped_by", fault=english(self.fault))
        if faults and self.setting:
            stopped += "; " + say("run.setting_wait", count=self.setting_held, setting=english(self.setting))
        found = ""
        if any(self.rechecks.get(k) for k in ("newly_removed", "still_removed", "relisted")):
            # what the removals' searches found in this pass
            found = "; " + say("due.rechecks", new=self.rechecks.get("newly_removed", 0),
                               still=self.rechecks.get("still_removed", 0),
                               relisted=self.rechecks.get("relisted", 0))
        if self.rechecks.get("still_listed"):  # never removed, so no relisting: counted apart (trial51)
            found += "; " + say("due.still_listed", count=self.rechecks["still_listed"])
        return (say("run.processed", count=self.processed) + (f" ({counts})" if counts else "") + extra + found
                + stopped)


#: The states a letter keeps when the sending limits hold it back (a first letter, a follow-up).
_LETTER_STATES = (CaseState.NEW, CaseState.SUBMITTED)


async def outcome(store: Any, before: Case, after: Case) -> str:
    """What a pass did to a case, as a run counts it: its state's value, or ``held`` for a letter or
    follow-up the daily cap or a broker's spacing kept back (recorded as ``deferred``, the case's
    state unchanged): nothing was sent, and "new 36" said 36 cases were done; ``in_doubt`` for a
    request a stopped run may have sent (:data:`optout.reasons.IN_DOUBT`), ``follow_up_in_doubt``
    when only its follow-up is (:data:`optout.reasons.FOLLOW_UP_IN_DOUBT`), ``not_delivered`` for a
    letter a mailbox refused for now (:data:`optout.reasons.NOT_DELIVERED`). The run's summary,
    ``optout run``'s lines and the dashboard's Runs page all count by this one rule."""
    if after.state == before.state and after.state in _LETTER_STATES:
        events = await store.events(after.id)
        if events and events[-1].kind == "deferred":
            return "held"
    if after.state == CaseState.SUBMITTED and after.last_error is not None:
        from optout.reasons import NOT_DELIVERED, doubt_of, not_delivered

        events = await store.events(after.id)
        if events and (doubt := doubt_of(events[-1])):
            return doubt  # counted as sent, said to be in doubt (reasons.IN_DOUBT, FOLLOW_UP_IN_DOUBT)
        if not_delivered(after.state.value, events):
            return NOT_DELIVERED  # a mailbox refused the letter for now: not "request sent" (u48)
    return after.state.value


async def wants_value(store: Any, case: Case) -> bool:
    """Whether ``case`` is stopped for a value the person did not give (``optout.reasons.of_case``'s
    :data:`optout.reasons.NEEDS_INFO`): waiting for a person to add it, never a failure."""
    from optout.reasons import NEEDS_INFO, of_case

    return of_case(case.state.value, case.last_error, await store.events(case.id))[0] == NEEDS_INFO


async def recheck(store: Any, before: Case, after: Case) -> str | None:
    """What a pass's search found of a removal: ``newly_removed`` (the case reached removed now),
    ``still_removed`` (a removed case searched again, its listing still gone), ``relisted`` (a
    removed case whose listing came back: a ``relisted`` event since its removal, asked again),
    ``still_listed`` (a requested case whose confirmation search found it still listed: a
    ``still_listed`` event in this pass, after the state the case came in with); None for anything
    else."""
    if after.state == CaseState.REMOVED:
        return "still_removed" if before.state == CaseState.REMOVED else "newly_removed"
    if before.state in (CaseState.SUBMITTED, CaseState.CONFIRMED, CaseState.WAITING_PARENT):
        events = await store.events(after.id)
        return "still_listed" if any(e.kind == "still_listed" and e.at > before.state_since for e in events) else None
    if before.state != CaseState.REMOVED:
        return None
    kinds = [e.kind for e in await store.events(after.id)]
    since = len(kinds) - 1 - kinds[::-1].index("removed") if "removed" in kinds else -1
    return "relisted" if "relisted" in kinds[since + 1:] else None


def worker_id() -> str:
    """This run's lease owner (``optout.leases.run_owner``: host, pid, start time, nonce)."""
    return run_owner()


async def backing_off(engine: Engine) -> dict[str, dt.datetime]:
    """Brokers no case should start on now, and until when (from the store: every worker's view)."""
    now = engine.clock.now()
    off = {h.broker_id: h.backoff_until for h in await engine.store.broker_health()
           if h.backoff_until is not None and h.backoff_until > now}
    engine.backoff = dict(off)
    return off


def _without(broker_ids: list[str] | None, off: dict[str, dt.datetime], engine: Engine) -> list[str] | None:
    """The broker filter for a claim that leaves out backed-off brokers, and the brokers of a channel
    a wrong setting stops (``Engine.setting_faults``: every e-mail broker when the mail server
    refused the settings). (Without a filter the recipes' ids stand for "every broker": during a
    back-off, cases of a broker whose recipe is gone wait for it to end.)"""
    stopped = set(engine.setting_faults)
    if not off and not stopped:
        return broker_ids
    base = broker_ids if broker_ids is not None else list(engine.catalogue.recipes)
    if stopped:
        channel = {e.id: e.channel for e in engine.catalogue.entries()}
        base = [b for b in base if channel.get(b) not in stopped]
    return [b for b in base if b not in off]


async def drain(engine: Engine, *, person_ids: list[str] | None = None, broker_ids: list[str] | None = None,
                concurrency: int | None = None, progress: Progress | None = None,
                stop: asyncio.Event | None = None, grace: float = 30.0, owner: str | None = None,
                hurry: asyncio.Event | None = None) -> RunSummary:
    """Run every case due now (and cases that become due during the run, e.g. a parent's), then return.

    After ``stop`` is set nothing more is claimed; running cases get ``grace`` seconds, then are
    cancelled (their leases released). ``hurry`` (Ctrl-C) cuts the grace short: running cases are
    handed back at once. A browser that cannot start stops the run (``RunSummary.error``): every
    case would fail for a reason that is not theirs.

    When it returns, this run holds no lease: every case it claimed and did not take to an outcome
    (stopped, cancelled before or while it ran, its task crashed) is handed back, and
    ``RunSummary.handed_back`` counts exactly those (trial49: a case claimed as Ctrl-C came, whose
    task was cancelled before it began, kept its lease while the line counted it handed back)."""
    settings = engine.settings
    limit = concurrency or settings.worker.concurrency
    lease = settings.worker.lease
    owner = owner or worker_id()
    broker_sem: dict[str, asyncio.Semaphore] = {}
    running: dict[asyncio.Task, Case] = {}
    summary = RunSummary()
    claimed_ids: set[int] = set()  # every case this run leased...
    ended: set[int] = set()  # ...those it took to an outcome or left due for a back-off...
    lost: set[int] = set()  # ...and those whose lease another worker took: never ours to hand back
    stop = stop or asyncio.Event()

    def sem(broker: str) -> asyncio.Semaphore:
        if broker not in broker_sem:
            r = engine.catalogue.recipes.get(broker)
            n = (r.limits.concurrency if r and r.limits.concurrency else None) or settings.worker.per_broker_concurrency
            broker_sem[broker] = asyncio.Semaphore(n)
        return broker_sem[broker]

    async def run(case: Case) -> None:
        try:
            await sem(case.broker_id).acquire()
        except asyncio.CancelledError:  # stopped while waiting for its broker's turn: hand it back
            await asyncio.shield(engine.store.release(case.id, owner))
            raise
        try:
            until = engine.backoff.get(case.broker_id)
            if until is not None and until > engine.clock.now() or stop.is_set():
                # the broker began backing off while this case waited (or the run is stopping):
                # leave it due for later
                await engine.store.release(case.id, owner)
                if not stop.is_set():
                    ended.add(case.id)
                    summary.deferred += 1
                return  # stopping: handed back, counted when the run ends
            try:
                after = await engine.process(case, owner)
            except BrowserUnavailable as e:  # released by the engine: handed back
                summary.error = summary.error or str(e)
                stop.set()
                return
        finally:
            sem(case.broker_id).release()
        ended.add(case.id)
        summary.processed += 1
        summary.by_state[await outcome(engine.store, case, after)] += 1
        if after.state == CaseState.FAILED and await wants_value(engine.store, after):
            summary.needs_info += 1
        if found := await recheck(engine.store, case, after):
            summary.rechecks[found] += 1
        if progress:
            said = progress(case, after, summary.processed, len(running) - 1)
            if inspect.isawaitable(said):  # a display that reads the case's reason from the store
                await said

    async def heartbeat() -> None:
        """Renew the leases of running cases; cancel any whose lease another worker now holds."""
        every = max(lease.total_seconds() / 3, 0.05)
        while True:
            await asyncio.sleep(every)
            held = {t: c.id for t, c in running.items() if not t.done()}
            if not held:
                continue
            try:
                kept = set(await engine.store.renew_lease(list(held.values()), owner, engine.clock.now() + lease))
            except StoreError as e:  # a full disk, say: the leases hold until they run out
                log.warning("leases not renewed this time", error=str(e))
                continue
            for t, cid in held.items():
                if cid not in kept and not t.done():
                    lost.add(cid)
                    log.warning("lease lost: another worker may run this case; stopping it here", case=cid)
                    t.cancel()

    engine.fault = None
    watch: ClockWatch = engine.clock_watch  # one per engine: a drift found stays found across passes
    engine.setting_faults = {}
    engine.setting_held = 0
    beat = asyncio.create_task(heartbeat(), name="lease-heartbeat")
    try:
        while not stop.is_set():
            free = limit - len(running)
            if free > 0 and engine.fault is None:  # a fault of this machine: claim nothing more
                try:
                    mark("worker: claiming")
                    # this machine's clock against the store's, at most once a minute: a clock that
                    # drifted while the worker ran would take other workers' running cases
                    await watch.check(engine.store)
                    off = await backing_off(engine)
                    brokers = _without(broker_ids, off, engine)
                    claimed = await engine.store.claim_due(owner, engine.clock.now(), free, lease,
                                                           person_ids=person_ids, broker_ids=brokers)
                except ClockSkew as e:
                    if engine.fault is None:
                        engine.fault, summary.fault_hint = str(e), CLOCK_HINT
                    claimed = []
                except MachineFault as e:
                    engine.fault = engine.fault or str(e)
                    claimed = []
                mark("worker: claimed")
                claimed_ids.update(c.id for c in claimed)
                for case in claimed:
                    running[asyncio.create_task(run(case), name=f"case-{case.id}")] = case
            if not running:
                break
            stopping = asyncio.create_task(stop.wait())
            done, _ = await asyncio.wait([*running, stopping], return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            for t in done:
                if t is stopping:
                    continue
                running.pop(t)
                exc = None if t.cancelled() else t.exception()
                if isinstance(exc, MachineFault):  # the store could not be written: its lease runs out
                    engine.fault = engine.fault or str(exc)
                elif exc is not None:  # engine.process records its own failures
                    log.error("case task crashed", error=f"{type(exc).__name__}: {exc}")
        if running:  # stopping: let the running cases finish (each records its own outcome)...
            pending = set(running)
            end = asyncio.get_running_loop().time() + grace
            while pending and not (hurry and hurry.is_set()):
                left = end - asyncio.get_running_loop().time()
                if left <= 0:
                    break
                hurried = asyncio.create_task(hurry.wait()) if hurry else None
                _, pending = await asyncio.wait([*pending, *([hurried] if hurried else [])], timeout=left,
                                                return_when=asyncio.FIRST_COMPLETED)
                if hurried:
                    hurried.cancel()
                    pending.discard(hurried)
            for t in pending:  # ...or hand them back: engine.process releases the lease when cancelled
                t.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
    finally:
        # nothing may run on after the pass (the CLI closes the store and the browser next)
        for t in running:
            t.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)
        beat.cancel()
        with contextlib.suppress(asyncio.CancelledError, StoreError):
            await beat
        if claimed_ids:  # a pass that claimed nothing holds nothing: no write
            summary.handed_back = await _hand_back(engine, owner, claimed_ids - ended - lost)
        engine.forget_idle()  # the people of cases that ended in an exception, now it has been logged
    summary.fault = engine.fault
    if engine.setting_faults:
        summary.setting = next(iter(engine.setting_faults.values()))
        # every case the setting holds back: those that met it and those of its channel not begun
        channel = {e.id: e.channel for e in engine.catalogue.entries()}
        now = engine.clock.now()
        with contextlib.suppress(StoreError):
            waiting = [c for c in await engine.store.cases()
                       if channel.get(c.broker_id) in engine.setting_faults
                       and (person_ids is None or c.person_id in person_ids)
                       and (broker_ids is None or c.broker_id in broker_ids)
                       and c.next_action_at is not None and c.next_action_at <= now]
            engine.setting_held = max(engine.setting_held, len(waiting))
        summary.setting_held = engine.setting_held
    return summary


async def _hand_back(engine: Engine, owner: str, unfinished: set[int]) -> int:
    """Drop every lease ``owner`` still holds, once its cases' tasks have all ended, and return how
    many of the run's ``unfinished`` cases are handed back. A task cancelled before its first step
    never ran its own release, and a release cut short by a second cancel may not have reached the
    store: this sweep is what makes "handed back" true. When the store cannot be written, the leases
    run out by themselves (``worker.lease``) and none is said handed back."""
    try:
        await engine.store.take_over(owner, engine.clock.now())
    except StoreError as e:
        if unfinished:
            log.warning("leases not released; they run out by themselves", cases=len(unfinished), error=str(e))
        return 0
    if unfinished:
        log.warning("stopped before these cases finished; their leases are released", cases=len(unfinished))
    return len(unfinished)


async def next_wake(engine: Engine, *, person_ids: list[str] | None = None,
                    broker_ids: list[str] | None = None) -> dt.datetime | None:
    """When something next becomes runnable: the next due case of a broker not backing off, or the
    end of a back-off (whichever is first)."""
    off = await backing_off(engine)
    nxt = await engine.store.next_due_at(engine.clock.now(), person_ids=person_ids,
                                         broker_ids=_without(broker_ids, off, engine))
    times = [t for t in (nxt, *off.values()) if t is not None]
    return min(times) if times else None


async def serve(engine: Engine, *, stop: asyncio.Event, max_sleep: float = 60.0,
                on_pass: Callable[[RunSummary], None] | None = None, grace: float = 30.0,
                concurrency: int | None = None, broker_ids: list[str] | None = None,
                before_pass: Callable[[], Awaitable[Any]] | None = None,
                record: Callable[[dt.datetime, RunSummary, bool], Awaitable[Any]] | None = None,
                progress: Callable[[dt.datetime], Progress] | None = None) -> RunSummary:
    """Keep draining; between passes sleep until the next case is due (at most ``max_sleep``: the
    lab's clock, or cases added by ``optout person add``, can move the next due time). Returns the
    total once ``stop`` is set and the running cases are finished or handed back. ``record(started,
    summary, stopped)`` keeps each pass that did something (a case processed or handed back, a
    fault, an error: ``App.record_pass``), not the empty passes between due times; ``progress(started)``
    gives each pass's ``drain`` its progress, which may keep the pass's counts as its cases finish
    (``App.passes_noted``: a worker killed mid-pass leaves a record of what the pass did)."""
    owner = worker_id()
    total = RunSummary()
    outage = 0  # passes in a row the store did not answer
    while not stop.is_set():
        try:
            started = dt.datetime.now(dt.UTC)
            await engine.clock.refresh(engine.settings.lab_url)
            # this machine's clock against the store's before anything of the pass (mail read and
            # acted on, cases planned, claims, rechecks): a drift stops the worker with the one
            # line `run` refuses with (ClockSkew, exit 75), nothing done; read at most once a minute
            await engine.clock_watch.check(engine.store)
            await read_mail(engine)
            if before_pass is not None:
                await before_pass()  # e.g. cases for people added meanwhile, letters once mail is set up
            summary = await drain(engine, stop=stop, grace=grace, owner=owner, concurrency=concurrency,
                                  broker_ids=broker_ids, progress=progress(started) if progress else None)
        except StoreError as e:
            if not store_down(e):
                raise
            # the database server restarted or the network dropped: wait for it, as for a due case
            # (a worker that exits here leaves a hand-started run stopped for good); the cases it
            # held keep their leases, and a request whose outcome was not written is checked first
            outage += 1
            wait = min(max(max_sleep, STORE_RETRY_MAX), STORE_RETRY * 2 ** min(outage - 1, 8))
            if outage == 1 or wait >= STORE_RETRY_MAX:
                log.warning("store not reachable; the worker waits for it", error=str(e), wait_s=round(wait))
            await _sleep(engine, stop, wait)
            continue
        if outage:
            log.warning("store reachable again; the worker goes on", passes_missed=outage)
            outage = 0
        total.add(summary)
        if record is not None and (summary.processed or summary.handed_back or summary.fault or summary.error):
            await record(started, summary, stop.is_set())
        if engine.clock_watch.error is not None:
            # the clock drifted while the worker ran: it claimed nothing more; it stops with the one
            # line it would have refused to start with (exit 75), not a line every pass
            raise ClockSkew(engine.clock_watch.error)
        if summary.error:
            total.error = summary.error
            break
        if on_pass and (summary.processed or summary.handed_back or summary.fault):
            on_pass(summary)
        if stop.is_set():
            break
        if summary.fault:  # a full disk or a read-only folder: look again later, not in a tight loop
            await _sleep(engine, stop, max_sleep)
            continue
        nxt = await next_wake(engine, broker_ids=broker_ids)
        now = engine.clock.now()
        wait = max_sleep if nxt is None else max(0.05, min(max_sleep, (nxt - now).total_seconds()))
        await _sleep(engine, stop, wait)
    return total


#: The first wait after the store stopped answering, doubled each pass it still does not, up to
#: ``STORE_RETRY_MAX`` (or the worker's ``--poll``, if longer).
STORE_RETRY = 2.0
STORE_RETRY_MAX = 60.0


def store_down(e: StoreError) -> bool:
    """The store did not answer (a service's fault, exit 69: server down, restarting, network),
    as opposed to a full disk, a refused login or a record that is not there."""
    from optout.errors import Exit

    return not isinstance(e, MachineFault | LeaseLost | UnknownRecord) and e.exit_code == Exit.UNAVAILABLE


async def read_mail(engine: Engine) -> dict[str, int]:
    """Brokers' answers, read before each pass; a mailbox that cannot be reached waits for the next."""
    try:
        return await engine.read_mail()
    except OptoutError as e:
        log.warning("mailbox not read", error=str(e))
        return {}


async def _sleep(engine: Engine, stop: asyncio.Event, seconds: float) -> None:
    """Until ``stop``, ``seconds``, or new mail in the mailbox (IDLE), whichever comes first. The
    mailbox is watched in short slices, so a stop is honoured within a few seconds."""
    end = asyncio.get_running_loop().time() + seconds
    while not stop.is_set():
        left = end - asyncio.get_running_loop().time()
        if left <= 0:
            return
        if engine.settings.mail.imap.host:
            try:
                if await engine.wait_for_mail(min(MAIL_SLICE, left)):
                    return  # an answer came: read it now
                continue
            except OptoutError as e:
                log.warning("mailbox not watched", error=str(e))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=min(MAIL_SLICE, left))
