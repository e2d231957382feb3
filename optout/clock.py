"""Time, in one place. Against the broker lab, optout follows the lab's clock, so a test or the demo
can move both by weeks ("advance 7 days, then rescan") without waiting."""

from __future__ import annotations

import datetime as dt

from optout.errors import ConfigError, Unavailable


class Clock:
    def __init__(self, offset: dt.timedelta = dt.timedelta(0)):
        self.offset = offset

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    @classmethod
    async def for_lab(cls, lab_url: str) -> Clock:
        """A clock that reads the same time as the lab at ``lab_url`` (its offset from real time).

        One GET to the local lab's admin API, with the standard library's client in a thread:
        building an ``httpx.AsyncClient`` (its SSL context, the CA bundle) and importing httpx cost
        ~0.1 CPU-s at every lab run's start, for a request that never uses TLS or a pool.
        ``urllib`` is already loaded (parsel's w3lib imports it)."""
        import asyncio
        import json
        import urllib.error
        import urllib.request

        def get() -> bytes:
            with urllib.request.urlopen(lab_url.rstrip("/") + "/_admin/clock", timeout=10) as r:  # noqa: S310
                return bytes(r.read())

        try:
            lab_now = dt.datetime.fromisoformat(json.loads(await asyncio.to_thread(get))["now"])
        except (OSError, urllib.error.URLError) as e:  # not up (yet): a later start may find it
            raise Unavailable(f"lab_url (OPTOUT_LAB_URL={lab_url}): the broker lab does not answer ({type(e).__name__})") from None
        except (KeyError, ValueError, TypeError) as e:  # something answers there, and it is not the lab
            raise ConfigError(f"lab_url (OPTOUT_LAB_URL={lab_url}): not the broker lab's address ({type(e).__name__})") from None
        if lab_now.tzinfo is None:
            lab_now = lab_now.replace(tzinfo=dt.UTC)
        return cls(lab_now - dt.datetime.now(dt.UTC))

    async def refresh(self, lab_url: str | None) -> None:
        if lab_url:
            self.offset = (await Clock.for_lab(lab_url)).offset
