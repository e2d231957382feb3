"""The dashboard's audit log: one JSON line per view of a person's data and per action, naming the
staff account, in ``<data_dir>/audit.log`` (0600, append-only).

A line holds the time (UTC, ISO 8601), the account, the action (``view_person``, ``done``, …) and
opaque references (person id, case id, evidence id): never a name, address, phone or any other
value of the person, so the log can be shown to an auditor as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path
from typing import Any

#: The only fields a line may carry besides time, account and action: opaque references, counts and
#: (``fields``) the names of the profile fields an edit changed, never their values.
REFERENCES = ("person", "case", "evidence", "listing", "count", "outcome", "kind", "run", "fields")


class AuditLog:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / "audit.log"
        self._lock = threading.Lock()

    def write(self, account: str, action: str, **refs: Any) -> None:
        """Append one line. Unknown keys raise ``ValueError`` (a value must never slip in)."""
        bad = set(refs) - set(REFERENCES)
        if bad:
            raise ValueError(f"audit: not a reference field: {sorted(bad)}")
        line = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "account": account,
                "action": action, **{k: v for k, v in refs.items() if v is not None}}
        data = (json.dumps(line, sort_keys=True) + "\n").encode()
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)

    def read(self) -> list[dict[str, Any]]:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return []
        return [json.loads(x) for x in text.splitlines() if x.strip()]
