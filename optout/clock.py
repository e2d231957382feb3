"""Time, in one place. Against the broker lab, optout follows the lab's clock, so a test or the demo
can move both by weeks ("advance 7 days, then rescan") without waiting."""

from __future__ import annotations

import datetime as dt

from optout.errors import ConfigError


class Clock:
    def __init__(self, offset: dt.timedelta = dt.timedelta(0)):
        self.offset = offset

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    @classmethod
    async def for_lab(cls, lab_url: str) -> Clock:
        """A clock that reads the same time as the lab at ``lab_url`` (its offset from real time)."""
        import httpx  # only against the lab: other commands do not pay for importing it

        try:
            async with httpx.AsyncClient(timeout=10) as client:
                r = await client.get(lab_url.rstrip("/") + "/_admin/clock")
                r.raise_for_status()
                lab_now = dt.datetime.fromisoformat(r.json()["now"])
        except (httpx.HTTPError, KeyError, ValueError) as e:
            raise ConfigError(f"lab_url (OPTOUT_LAB_URL={lab_url}): the broker lab does not answer ({type(e).__name__})") from None
        if lab_now.tzinfo is None:
            lab_now = lab_now.replace(tzinfo=dt.UTC)
        return cls(lab_now - dt.datetime.now(dt.UTC))

    async def refresh(self, lab_url: str | None) -> None:
        if lab_url:
            self.offset = (await Clock.for_lab(lab_url)).offset
