"""A plan for the letters still to send: how many, at which caps, finished by when.

867 e-mail brokers × 40 people is about 34,700 letters; at one account's default cap of 80 a day
that is over a year. :func:`plan_letters` says so before the run, from the same rules the sender
follows (:meth:`MailFlow._pace`): accounts are filled in order, each under its own daily cap over a
rolling 24 hours by the run's clock (the lab's in the lab), counting the letters already sent in the
last 24 hours; letters go out in due order. Per-broker spacing (minutes) moves letters within a day,
not between days, and is left out.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from optout.mail._send import sending_accounts
from optout.store import CaseState

DAY = dt.timedelta(days=1)


@dataclass
class LetterPlan:
    start: dt.datetime
    accounts: list[tuple[str, int]]  # (name, daily cap), in the order they are filled
    pending: int  # first letters still to write
    held: int = 0  # letters DROP carries instead (not sent)
    #: (day index from ``start``, account name) → letters; day 0 is the 24 hours from ``start``
    per_day: dict[tuple[int, str], int] = field(default_factory=dict)
    finish: dt.datetime | None = None  # when the last pending letter leaves

    @property
    def days(self) -> int:
        """Days (calendar-free: 24-hour periods from ``start``) the letters take; 0 when none."""
        return 1 + max((d for d, _ in self.per_day), default=-1)

    def rows(self) -> list[dict[str, Any]]:
        """One row per day: its date, letters per account and in all."""
        out = []
        for day in range(self.days):
            row: dict[str, Any] = {"day": day, "date": (self.start + day * DAY).date().isoformat()}
            for name, _ in self.accounts:
                row[name] = self.per_day.get((day, name), 0)
            row["letters"] = sum(self.per_day.get((day, n), 0) for n, _ in self.accounts)
            out.append(row)
        return out

    def summary(self, lang: str = "en") -> str:
        """One line in ``lang`` (the catalogue's ``cli:letters.*``): how many letters, at what pace,
        until when, and how many DROP holds back."""
        from optout.reasons import fill

        def say(key: str, **params: Any) -> str:
            return fill(f"cli:letters.{key}", lang, **params)

        if not self.pending:
            return say("none") + (f" ({say('held_none', held=self.held)})" if self.held else "")
        caps = " + ".join(say("cap", cap=c, account=say("default") if n == "default" else n) for n, c in self.accounts)
        held = f"; {say('held', held=self.held)}" if self.held else ""
        assert self.finish is not None
        return say("plan", pending=self.pending, caps=caps, days=self.days, last=f"{self.finish:%Y-%m-%d}") + held


def _name(name: str | None) -> str:
    return name or "default"


async def plan_letters(store: Any, settings: Any, recipes: dict[str, Any], now: dt.datetime, *,
                       held: set[int] | frozenset[int] = frozenset(), unmade: int = 0) -> LetterPlan:
    """The plan for every case of an e-mail recipe in ``recipes`` (id → Recipe) whose first letter
    is still to write (state ``new``, due), except the case ids in ``held`` (DROP carries them),
    plus ``unmade`` letters of cases the next run creates (due now): a plan reads, never writes."""
    accounts = sending_accounts(settings.mail)
    plan = LetterPlan(now, [(_name(a.name), a.daily_cap) for a in accounts], 0)
    email_ids = [rid for rid, r in recipes.items() if r.optout.channel == "email" and r.scan is None]
    due: list[tuple[dt.datetime, int]] = []
    if email_ids:
        for c in await store.cases(states=[CaseState.NEW]):
            if c.broker_id not in recipes or c.broker_id not in email_ids or c.next_action_at is None:
                continue
            if c.id in held:
                plan.held += 1
                continue
            due.append((max(now, c.next_action_at), c.id))
    due.extend((now, -1) for _ in range(unmade))
    due.sort()
    plan.pending = len(due)
    windows = []
    for a in accounts:
        sent = await store.submitted_since("email", now - DAY, account=a.name)
        windows.append(deque(sent))
    t = now
    for when, _ in due:
        t = max(t, when)
        while True:
            chosen = None
            for i, a in enumerate(accounts):
                w = windows[i]
                while w and w[0] <= t - DAY:
                    w.popleft()
                if len(w) < a.daily_cap:
                    chosen = i
                    break
            if chosen is not None:
                break
            t = min(windows[i][len(windows[i]) - a.daily_cap] + DAY for i, a in enumerate(accounts))
        windows[chosen].append(t)
        key = ((t - now) // DAY, _name(accounts[chosen].name))
        plan.per_day[key] = plan.per_day.get(key, 0) + 1
        plan.finish = t
    return plan
