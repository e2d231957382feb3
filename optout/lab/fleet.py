"""Several real ``optout`` processes on one store against one lab: for the multi-worker test, the
kill test (``scripts/killtest.py``) and anyone who wants to watch workers share the work.

A :class:`Fleet` owns a data directory, a recipe directory holding copies of the chosen lab
recipes, and the environment every ``python -m optout`` it starts runs with. People are made by
:func:`optout.lab.crowd.crowd`, seeded in the lab through its admin API and added with
``optout person add``, as a person would.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import yaml

from optout.lab.crowd import crowd
from optout.store import Case, Event, open_store

LAB_RECIPES = Path(__file__).resolve().parent.parent.parent / "brokers" / "lab"


class Fleet:
    def __init__(self, lab: Any, root: Path, database_url: str, brokers: list[str], **settings: str):
        """``lab``: a running ``LabThread``; ``settings``: more ``OPTOUT_*`` variables."""
        self.lab, self.root, self.database_url, self.brokers = lab, Path(root), database_url, brokers
        self.recipes = self.root / "brokers"
        self.recipes.mkdir(parents=True, exist_ok=True)
        for b in brokers:
            shutil.copy(LAB_RECIPES / f"{b}.yaml", self.recipes / f"{b}.yaml")
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")},
            "OPTOUT_CONFIG": str(self.root / "no-settings.toml"),
            "OPTOUT_DATA_DIR": str(self.root / "data"),
            "OPTOUT_DATABASE_URL": database_url,
            "OPTOUT_LAB_URL": lab.url,
            "OPTOUT_MAIL__MAILDIR": str(lab.maildir),
            "OPTOUT_RECIPE_DIRS": f'["{self.recipes}"]',
            "OPTOUT_LOG_LEVEL": "warning",
            "OPTOUT_LOG_FORMAT": "json",
            **settings,
        }
        self.people: dict[str, str] = {}  # lab key -> optout person id

    # ---- processes --------------------------------------------------------------------------

    def cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        r = subprocess.run([sys.executable, "-m", "optout", *args], env=self.env, capture_output=True, text=True,
                           timeout=timeout)
        if r.returncode != 0:
            raise RuntimeError(f"optout {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr[-3000:]}")
        return r

    def spawn(self, *args: str, log: str | None = None) -> subprocess.Popen:
        """Start ``python -m optout ARGS`` (stderr to ``log`` under the fleet's directory)."""
        err = open(self.root / (log or "worker.log"), "ab")  # noqa: SIM115 (closed with the process)
        p = subprocess.Popen([sys.executable, "-m", "optout", *args], env=self.env, stdout=subprocess.PIPE,
                             stderr=err, text=True)
        err.close()
        return p

    # ---- people -----------------------------------------------------------------------------

    def add_people(self, n: int) -> dict[str, str]:
        """Seed ``n`` people in the lab (admin API) and add them to optout (``person add``)."""
        people = crowd(n)
        r = httpx.post(self.lab.url + "/_admin/people", json={"people": [{"key": k, "profile": p} for k, p in people]},
                       timeout=60)
        r.raise_for_status()
        files = self.root / "people"
        files.mkdir(exist_ok=True)
        paths = []
        for key, profile in people:
            path = files / f"{key}.yaml"
            path.write_text(yaml.safe_dump(profile))
            paths.append(str(path))
        if not (self.root / "data").exists():
            self.cli("init")
        words = ["person", "add", "--json", *paths]
        out = self.cli(*words).stdout
        # each row names its file by its place among the words (docs/JSON.md), never by name
        added = {Path(words[row["argument"] - 1]).stem: row["person"] for row in json.loads(out)}
        self.people.update(added)
        return added

    # ---- the store, read from this process -------------------------------------------------

    def cases(self, events: bool = False) -> list[tuple[Case, list[Event]]]:
        async def read() -> list[tuple[Case, list[Event]]]:
            store = await open_store(self.database_url)
            try:
                out = []
                for c in await store.cases():
                    out.append((c, await store.events(c.id) if events else []))
                return out
            finally:
                await store.close()

        return asyncio.run(read())

    def duplicates(self, allowed: dict[str, int] | None = None) -> dict[str, dict[str, int]]:
        """Listings the lab saw more requests for than ``allowed[broker]`` (default 1)."""
        allowed = allowed or {}
        subs = self.lab.submissions()
        return {b: extra for b in self.brokers
                if (extra := {lid: n for lid, n in subs[b].items() if n > allowed.get(b, 1)})}
