"""Retrying transient errors: jittered exponential back-off, Retry-After honoured, always capped.

Only ``TransientError`` is retried (network, timeouts, 5xx, 429). Every retry sleeps first and is
logged; a retry loop without a pause once grew a worker to 24 GB (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_random_exponential

from optout.errors import BotWall, TransientError
from optout.log import get_logger
from optout.settings import NetworkSettings

T = TypeVar("T")
log = get_logger(__name__)


#: A Retry-After up to this many seconds (or ``network.backoff_max`` when larger) is waited out in
#: the flow; a longer one is not worth holding a worker for.
RETRY_AFTER_IN_FLOW = 60.0


def longest_wait(net: NetworkSettings) -> float:
    return max(net.backoff_max, RETRY_AFTER_IN_FLOW)


def retry_now(exc: BaseException, net: NetworkSettings) -> bool:
    """Worth retrying within the flow: a transient error, but not a bot wall (it will not lift in
    seconds) nor a Retry-After beyond ``longest_wait`` (a worker would sit idle for it): those go
    back to the worker, which backs the broker off and releases the case."""
    if not isinstance(exc, TransientError) or isinstance(exc, BotWall):
        return False
    return exc.retry_after is None or exc.retry_after <= longest_wait(net)


def _wait(net: NetworkSettings) -> Callable[[RetryCallState], float]:
    backoff = wait_random_exponential(multiplier=net.backoff_initial, max=net.backoff_max)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, TransientError) and exc.retry_after is not None:
            return min(max(exc.retry_after, net.backoff_initial), net.backoff_max)
        return max(backoff(state), net.backoff_initial / 2)

    return wait


async def retrying(fn: Callable[[], Awaitable[T]], net: NetworkSettings, *, what: str) -> T:
    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        log.info("retrying", what=what, attempt=state.attempt_number, error=str(exc),
                 wait_s=round(state.upcoming_sleep, 2))

    async for attempt in AsyncRetrying(
        retry=retry_if_exception(lambda e: retry_now(e, net)),
        stop=stop_after_attempt(net.retries + 1),
        wait=_wait(net),
        before_sleep=before_sleep,
        reraise=True,
    ):
        with attempt:
            return await fn()
    raise AssertionError("unreachable")  # pragma: no cover
