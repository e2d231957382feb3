"""Time, in one place. Against the broker lab, optout follows the lab's clock, so a test or the demo
can move both by weeks ("advance 7 days, then rescan") without waiting.

Only a command that touches brokers (a run, a worker) asks the lab for its time
(:meth:`Clock.for_lab`), and fails when the lab does not answer. It remembers the lab's offset
from real time in the data directory (``lab-clock.json``: the times in that store are that lab's); every other command (``status``, ``person``, ``human``,
``report``...) reads that remembered offset (:meth:`Clock.remembered`) and never touches the
network: the lab being down does not stop them."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from optout.errors import ClockSkew, ConfigError, Unavailable
from optout.files import write_private


#: The file in the data directory holding the lab's last known offset: ``{"lab_url", "offset_s"}``.
LAB_OFFSET_FILE = "lab-clock.json"


def _in_words(e: Exception, code: str, lab_url: str) -> Exception:
    """``e`` with its reason code (``why``), so the CLI and the dashboard say it in their reader's
    language (``optout.cli.error_line``), naming the setting; the lab's address is no one's data."""
    from optout.reasons import Reason

    e.why, e.source = Reason(code, {"url": lab_url}), "lab_url"  # type: ignore[attr-defined]
    return e


class Clock:
    def __init__(self, offset: dt.timedelta = dt.timedelta(0), memo: Path | None = None):
        self.offset = offset
        #: Where the lab's offset is remembered (None: nowhere).
        self.memo = memo

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    @classmethod
    async def for_lab(cls, lab_url: str, memo: Path | None = None) -> Clock:
        """A clock that reads the same time as the lab at ``lab_url`` (its offset from real time),
        remembered in the file ``memo`` (see :meth:`remembered`) when given. Raises
        ``Unavailable`` when the lab does not answer, ``ConfigError`` when something else does.

        One GET to the local lab's admin API, with the standard library's client in a thread:
        building an ``httpx.AsyncClient`` (its SSL context, the CA bundle) and importing httpx cost
        ~0.1 CPU-s at every lab run's start, for a request that never uses TLS or a pool.
        ``urllib`` is already loaded (parsel's w3lib imports it)."""
        import asyncio
        import urllib.error
        import urllib.request

        def get() -> bytes:
            with urllib.request.urlopen(lab_url.rstrip("/") + "/_admin/clock", timeout=10) as r:  # noqa: S310
                return bytes(r.read())

        try:
            lab_now = dt.datetime.fromisoformat(json.loads(await asyncio.to_thread(get))["now"])
        except (OSError, urllib.error.URLError) as e:  # not up (yet): a later start may find it
            down = Unavailable(f"lab_url (OPTOUT_LAB_URL={lab_url}): the broker lab does not answer ({type(e).__name__})")
            raise _in_words(down, "lab_unanswered", lab_url) from None
        except (KeyError, ValueError, TypeError) as e:  # something answers there, and it is not the lab
            wrong = ConfigError(f"lab_url (OPTOUT_LAB_URL={lab_url}): not the broker lab's address ({type(e).__name__})")
            raise _in_words(wrong, "lab_not_lab", lab_url) from None
        if lab_now.tzinfo is None:
            lab_now = lab_now.replace(tzinfo=dt.UTC)
        clock = cls(lab_now - dt.datetime.now(dt.UTC), memo)
        clock._remember(lab_url)
        return clock

    @classmethod
    def remembered(cls, lab_url: str | None, memo: Path) -> Clock:
        """The lab's time as last read by a run against the same ``lab_url`` (no network: a
        command that touches no broker works while the lab is down); the machine's time when no
        run has read it yet. ``lab_url`` None: whichever lab this data directory's runs last read
        (a report or status without ``--lab``: the store's times are that lab's, and so is "now",
        trial44)."""
        try:
            seen = json.loads(memo.read_text())
            if lab_url is None or seen.get("lab_url") == lab_url:
                return cls(dt.timedelta(seconds=float(seen["offset_s"])), memo)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
        return cls(dt.timedelta(0), memo)

    def behind(self, before: Clock) -> dt.timedelta:
        """How far this clock (the lab's time just read) is behind ``before`` (the time this data
        directory last read from the same lab, :meth:`remembered`): a restarted lab starts again at
        real time, and every case due by its former time would wait that long without a word
        (trial44). Zero when it is not behind by more than a minute."""
        gap = before.offset - self.offset
        return gap if gap > dt.timedelta(minutes=1) else dt.timedelta(0)

    @staticmethod
    def forget(memo: Path) -> None:
        """A run against real brokers: from now on the store's times are this machine's, and no
        command reads a lab's time from ``memo`` any more."""
        try:
            memo.unlink(missing_ok=True)
        except OSError:
            pass

    def _remember(self, lab_url: str) -> None:
        if self.memo is None:
            return
        try:  # a cache: a folder that cannot be written only costs the next command the offset
            # in the data directory since trial24, so private as everything there (0600)
            self.memo.parent.mkdir(parents=True, exist_ok=True)
            write_private(self.memo, json.dumps({"lab_url": lab_url, "offset_s": self.offset.total_seconds()}).encode())
        except OSError:
            pass

    async def refresh(self, lab_url: str | None) -> None:
        """Read the lab's time again (a run or worker pass); raises as :meth:`for_lab`."""
        if lab_url:
            self.offset = (await Clock.for_lab(lab_url)).offset
            self._remember(lab_url)


#: How far this machine's clock may be from the shared store's before ``run``, ``run --due`` and
#: ``worker`` refuse to start, or a running one stops claiming. Every worker writes leases, due
#: times and each broker's next slot by its own clock: a lease lasts ``worker.lease`` (15 min) and is
#: renewed every third of it, so a machine 10 minutes fast takes over the cases a live worker is
#: running, and sends their requests a second time. NTP keeps clocks within milliseconds; two
#: minutes is a clock nobody set.
MAX_CLOCK_SKEW = dt.timedelta(minutes=2)
#: How often, at most, a running worker reads the store's clock again (seconds): one query a minute.
CLOCK_RECHECK = 60.0
#: What to do when a running pass stopped claiming for the clock: the key of the hint in the one
#: catalogue (``cli:hint.clock``, English and Spanish), which ``RunSummary.fault_hint`` carries and
#: :func:`hint` says in the reader's language.
CLOCK_HINT = "clock"


def hint(key: str | None, lang: str | None, **params: Any) -> str:
    """How to recover from a fault of this machine, in ``lang`` (English when the catalogue has
    no such language): ``key`` ``clock`` (:data:`CLOCK_HINT`) or ``disk`` (None: the disk's,
    ``optout.diskspace.recovery_hint``), the catalogue's ``cli:hint.<key>`` with ``params``
    (``data_dir`` for the disk's) filled in."""
    from optout.reasons import fill

    return fill(f"cli:hint.{key or 'disk'}", lang or "en", **params)


async def check_store_clock(store: Any, running: bool = False) -> None:
    """Raise ``ClockSkew`` (exit 75, one line: by how many minutes, which way, what to do) when this
    machine's clock is more than :data:`MAX_CLOCK_SKEW` from the store's server (``store.clock_offset()``,
    seconds; PostgreSQL: SQLite has no clock of its own and returns None). ``running``: said of a
    worker that was running (it claims nothing more) rather than of one refused at start."""
    offset = await store.clock_offset()
    if offset is None or abs(offset) <= MAX_CLOCK_SKEW.total_seconds():
        return
    minutes = max(1, round(abs(offset) / 60))
    way = "behind" if offset > 0 else "ahead of"
    done = ("no case is claimed any more; those running were finished" if running else "nothing was done")
    raise ClockSkew(f"clock: this machine's clock is {minutes} min {way} the database server's "
                    f"({getattr(store, 'where', 'the store')}); workers sharing the store would take each other's "
                    f"running cases and pace brokers wrongly; set the clock (timedatectl set-ntp true) and start "
                    f"again; {done}")


class ClockWatch:
    """The store's clock checked again while a worker runs (``worker.drain`` before each claim): at
    most once every ``every`` seconds (:data:`CLOCK_RECHECK`, on this process's monotonic clock, which
    a clock being set does not move); between reads a drift found stays found, so no claim slips
    through until a later read finds the clock right again. ``error``: the last drift's line, or None."""

    def __init__(self, every: float = CLOCK_RECHECK) -> None:
        self.every = every
        self.error: str | None = None
        self._at: float | None = None

    async def check(self, store: Any) -> None:
        """Raise ``ClockSkew`` when the clock has drifted (read at most once every ``every`` s)."""
        now = time.monotonic()
        if self._at is not None and now - self._at < self.every:
            if self.error is not None:
                raise ClockSkew(self.error)
            return
        self._at = now
        try:
            await check_store_clock(store, running=True)
        except ClockSkew as e:
            self.error = str(e)
            raise
        self.error = None

