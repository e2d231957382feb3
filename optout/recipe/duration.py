"""Durations as recipes and settings write them: "90s", "30m", "48h", "3d", "2w".

Its own module (no pydantic) so that settings can read a duration without importing the recipe
schema's models (about 0.2 s of start-up)."""

from __future__ import annotations

import datetime as dt
import re

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(v: object) -> dt.timedelta:
    """A ``timedelta`` from a number of seconds or a string like ``48h``. Raises ``ValueError``."""
    if isinstance(v, dt.timedelta):
        return v
    if isinstance(v, int | float) and not isinstance(v, bool):
        return dt.timedelta(seconds=v)
    if isinstance(v, str) and (m := _DURATION.match(v)):
        return dt.timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])
    raise ValueError("expected a duration such as 90s, 30m, 48h, 3d or 2w")
