"""Per-broker politeness: at most N requests a minute to one broker, spaced evenly.

This limiter lives in one process. Several workers sharing a PostgreSQL store share the limit
through the database instead (see docs/ARCHITECTURE.md, "Scale").
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict


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
