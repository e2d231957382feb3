"""Per-broker politeness: at most N requests a minute to one broker, spaced evenly.

:class:`RateLimiter` paces one process (``optout recipe check`` uses it). Workers use
:class:`SharedRateLimiter`: the slots are taken in the store (``Store.take_slot``), so every
process and machine sharing the store shares one limit per broker, not one each.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optout.store import Store


class RateLimiter:
    def __init__(self, per_minute: float, overrides: dict[str, float] | None = None):
        self.default = per_minute
        self.overrides = overrides or {}
        self._next: dict[str, float] = defaultdict(float)
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    def interval(self, broker: str) -> float:
        return 60.0 / self.overrides.get(broker, self.default)

    async def acquire(self, broker: str) -> None:
        async with self._locks[broker]:
            now = time.monotonic()
            start = max(now, self._next[broker])
            self._next[broker] = start + self.interval(broker)
        if start > now:
            await asyncio.sleep(start - now)


class SharedRateLimiter(RateLimiter):
    """The same limit, held in the store: each request takes the broker's next slot there.

    Slots are on the wall clock, never the lab's (moving the lab clock by a week must not let a
    burst through). The in-process lock keeps this process's requests in order and costs one store
    transaction per request, which is small beside the request itself.
    """

    def __init__(self, store: Store, per_minute: float, overrides: dict[str, float] | None = None):
        super().__init__(per_minute, overrides)
        self.store = store

    async def acquire(self, broker: str) -> None:
        interval = dt.timedelta(seconds=self.interval(broker))
        async with self._locks[broker]:
            start = await self.store.take_slot(broker, interval, dt.datetime.now(dt.UTC))
        wait = (start - dt.datetime.now(dt.UTC)).total_seconds()
        if wait > 0:
            await asyncio.sleep(wait)
