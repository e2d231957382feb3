"""The worker loop: claim due cases, run them under limits, record every outcome, repeat.

``optout run`` calls :func:`drain` once (everything due now, then exit); ``optout worker`` calls it
again whenever the next case falls due. Both are this code.

Limits: at most ``worker.concurrency`` cases at once, at most ``per_broker_concurrency`` (or the
recipe's ``limits.concurrency``) per broker; request pacing per broker lives in the channels. A case
is claimed with a lease; each outcome is recorded (and the lease released) before more is claimed.
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from optout.engine import Engine
from optout.log import get_logger
from optout.store import Case

log = get_logger(__name__)

#: Called after each case: (case before, case after, done count, running count).
Progress = Callable[[Case, Case, int, int], None]


@dataclass
class RunSummary:
    processed: int = 0
    by_state: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


async def drain(engine: Engine, *, person_ids: list[str] | None = None, broker_ids: list[str] | None = None,
                concurrency: int | None = None, progress: Progress | None = None,
                stop: asyncio.Event | None = None) -> RunSummary:
    """Run every case due now (and cases that become due during the run, e.g. a parent's), then return."""
    settings = engine.settings
    limit = concurrency or settings.worker.concurrency
    owner = worker_id()
    broker_sem: dict[str, asyncio.Semaphore] = {}
    running: set[asyncio.Task] = set()
    summary = RunSummary()
    stop = stop or asyncio.Event()

    def sem(broker: str) -> asyncio.Semaphore:
        if broker not in broker_sem:
            r = engine.catalogue.recipes.get(broker)
            n = (r.limits.concurrency if r and r.limits.concurrency else None) or settings.worker.per_broker_concurrency
            broker_sem[broker] = asyncio.Semaphore(n)
        return broker_sem[broker]

    async def run(case: Case) -> None:
        async with sem(case.broker_id):
            after = await engine.process(case, owner)
        summary.processed += 1
        summary.by_state[after.state.value] += 1
        if progress:
            progress(case, after, summary.processed, len(running) - 1)

    while not stop.is_set():
        free = limit - len(running)
        claimed: list[Case] = []
        if free > 0:
            claimed = await engine.store.claim_due(owner, engine.clock.now(), free, settings.worker.lease,
                                                   person_ids=person_ids, broker_ids=broker_ids)
            for case in claimed:
                t = asyncio.create_task(run(case), name=f"case-{case.id}")
                running.add(t)
        if not running:
            break
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            running.discard(t)
            if t.exception():  # engine.process records its own failures; this is a bug in the loop
                log.error("case task crashed", error=repr(t.exception()))
    if running:  # stopping: let the running cases finish (each records its own outcome)
        await asyncio.gather(*running, return_exceptions=True)
    return summary


async def serve(engine: Engine, *, stop: asyncio.Event, max_sleep: float = 60.0,
                on_pass: Callable[[RunSummary], None] | None = None) -> None:
    """Keep draining; between passes sleep until the next case is due (or ``max_sleep``)."""
    while not stop.is_set():
        await engine.clock.refresh(engine.settings.lab_url)
        summary = await drain(engine, stop=stop)
        if on_pass and summary.processed:
            on_pass(summary)
        nxt = await engine.store.next_due_at(engine.clock.now())
        wait = max_sleep if nxt is None else max(0.5, min(max_sleep, (nxt - engine.clock.now()).total_seconds()))
        try:
            await asyncio.wait_for(stop.wait(), timeout=wait)
        except TimeoutError:
            pass
