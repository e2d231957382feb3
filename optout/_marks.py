"""Landmarks of a run for ``scripts/bench timeline``: ``mark("cases claimed")`` raises the audit
event ``optout.mark`` (:func:`sys.audit`), which costs next to nothing when no audit hook listens
(the ordinary case). The timeline's wrapper (scripts/_pwtrace.py) listens and stamps each mark, so
the time between Chromium's launch and the first broker request can be cut at optout's own steps.
A mark is a fixed step name: never a value, a person, a case or a broker."""

from __future__ import annotations

import sys


def mark(step: str) -> None:
    sys.audit("optout.mark", step)
