"""Drive optout in-process against a running lab, as the CLI would, for end-to-end tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optout.clock import Clock
from optout.engine import Engine
from optout.person import Person
from optout.recipe.loader import load_catalogue
from optout.settings import Settings
from optout.store import open_store
from optout.vault import Vault
from optout.worker import RunSummary, drain


ROOT = Path(__file__).resolve().parent.parent


def cli_env(tmp_path: Path, *, data: Path | None = None, **more: str) -> dict[str, str]:
    """The environment of a real ``optout`` process for a test: none of the developer's
    ``OPTOUT_`` variables, a data directory (``data``, default ``tmp_path/d``), a settings file
    that is not there, a passphrase, this checkout first on the path; ``more`` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env.update({"OPTOUT_DATA_DIR": str(data or tmp_path / "d"), "OPTOUT_CONFIG": str(tmp_path / "none.toml"),
                "OPTOUT_PASSPHRASE": "correct horse battery", "PYTHONPATH": str(ROOT)})
    env.update(more)
    return env


def run_optout(env: dict[str, str], *args: str, command: list[str] | None = None,
               **more: str) -> subprocess.CompletedProcess[str]:
    """Run ``optout ARGS`` as its own process (``python -m optout``, or ``command``: the installed
    script) with ``env`` and ``more`` variables on top; its status and text output, whatever they are."""
    return subprocess.run([*(command or [sys.executable, "-m", "optout"]), *args], env={**env, **more},
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def lab_settings(data_dir: Path, lab: Any, **over: Any) -> Settings:
    base: dict[str, Any] = {
        "data_dir": data_dir,
        "lab_url": lab.url,
        "mail": {"maildir": str(lab.maildir), "poll_interval": 0.1},
        "network": {"backoff_initial": 0.05, "backoff_max": 1.0, "retries": 5},
        "worker": {"concurrency": 4, "per_broker_per_minute": 6000},
        "browser": {"step_timeout": 8, "navigation_timeout": 15},
    }
    for k, v in over.items():
        base[k] = {**base[k], **v} if isinstance(v, dict) and k in base else v
    return Settings(**base)


class Optout:
    """An optout instance on one data directory: add people, run batches, read state."""

    def __init__(self, settings: Settings):
        self.settings = settings

    async def __aenter__(self) -> Optout:
        self.vault = Vault.open(self.settings.data_dir, None, create=True)
        self.store = await open_store(self.settings.db_url)
        # the index kept in the settings' cache (the session's, tests/conftest.py), as the CLI keeps it:
        # not every shipped recipe parsed again by each end-to-end test
        self.catalogue = load_catalogue(self.settings.recipe_dirs, cache_dir=self.settings.cache_dir)
        self.clock = await Clock.for_lab(self.settings.lab_url)
        self.engine = Engine(self.settings, self.store, self.vault, self.catalogue, self.clock)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.engine.close()
        await self.store.close()

    def recipes(self, ids: list[str] | None = None) -> list[str]:
        return [r.id for r in self.catalogue.select(ids, lab=True)]

    async def add(self, person_id: str, person: Person, brokers: list[str]) -> None:
        blob, _ = self.vault.seal_person(person_id, person.model_dump_json().encode())
        await self.store.add_person(person_id, blob, self.clock.now())
        await self.store.ensure_cases(person_id, brokers, self.clock.now())

    async def run(self, **kw: Any) -> RunSummary:
        await self.clock.refresh(self.settings.lab_url)
        return await drain(self.engine, **kw)

    async def state(self, person_id: str, broker: str) -> str:
        case = await self.store.find_case(person_id, broker)
        assert case is not None
        return case.state.value

    async def case(self, person_id: str, broker: str):  # type: ignore[no-untyped-def]
        return await self.store.find_case(person_id, broker)


async def seed_and_run_to_removal(lab: Any, data_dir: Path, people: dict[str, Person], brokers: list[str],
                                  **over: Any) -> tuple[dict[tuple[str, str], Any], dict[str, set[str]]]:
    """Seed ``people`` in the lab, add them to a fresh optout on ``brokers``, and run the three passes a
    removal takes on the lab's http brokers (search and submit; 3.5 days later the confirmation scan;
    3.5 days later the recheck). Returns each (person key, broker)'s case and, per broker, the
    listing ids that are the people's own (what may be submitted, and must be)."""
    lab.seed_people(list(people.items()))
    ids = {k: f"p_{n:010x}" for n, k in enumerate(people)}
    async with Optout(lab_settings(data_dir, lab, **over)) as o:
        for k, p in people.items():
            await o.add(ids[k], p, brokers)
        mine = {b: {lid for k in people for lid in lab.listing_ids(b, k)} for b in brokers}
        await o.run()
        lab.advance(days=3.5)
        await o.run()
        lab.advance(days=3.5)
        await o.run()
        cases = {(k, b): (await o.case(ids[k], b)) for k in people for b in brokers}
    return cases, mine


async def read_mail_until(o: Optout, done: Any) -> dict[str, int]:
    """Read the mailbox until ``done()`` (an async predicate) holds: what each pass read, by kind."""
    import asyncio

    seen: dict[str, int] = {}
    for _ in range(60):
        for k, n in (await o.engine.read_mail() or {}).items():
            seen[k] = seen.get(k, 0) + n
        if await done():
            return seen
        await asyncio.sleep(0.05)
    raise AssertionError(seen)


async def mail_until_state(o: Optout, person_id: str, broker: str, state: Any) -> dict[str, int]:
    """Read the mailbox until the case of ``person_id`` at ``broker`` is in ``state`` (the broker's
    answer read: ``CaseState.CONFIRMED`` for a confirmation): what each pass read, by kind."""
    async def there() -> bool:
        return (await o.case(person_id, broker)).state == state

    return await read_mail_until(o, there)


@contextlib.asynccontextmanager
async def clanroot_takes_nothing(lab: Any, tmp_path: Path, person_id: str = "p_alex") -> AsyncIterator[Optout]:
    """Alex (the example profile) asked off the lab's ClanRoot by its recipe with a trailing slash
    after the record URL it sends (as a hand-written recipe might add): ClanRoot thanks for it and
    takes nothing, so every confirmation search finds the listing still there. Yields the optout
    after that first run."""
    from optout.person import load_person

    folder = tmp_path / "recipes"
    folder.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "brokers" / "lab" / "clanroot.yaml").read_text()
    assert "      value: ${listing.profile_url}\n" in text
    (folder / "clanroot.yaml").write_text(text.replace("      value: ${listing.profile_url}\n",
                                                       "      value: ${listing.profile_url}/\n"))
    alex = load_person(ROOT / "examples" / "people" / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(lab_settings(tmp_path / "data", lab, recipe_dirs=[folder])) as o:
        await o.add(person_id, alex, ["clanroot"])
        await o.run()
        yield o


@dataclass
class Bounced:
    """What :func:`bounce_then_pass_the_deadline` left: the broker's site, how many mails it had got
    before the deadline, and each client's case and events after the run past it."""

    settings: Settings
    site: Any
    sent: int
    bounced: Any
    other: Any
    bounced_events: list[Any]
    other_events: list[Any]


async def bounce_then_pass_the_deadline(lab: Any, settings: Settings, people: list[tuple[str, str, Person]],
                                        bounce: Any) -> Bounced:
    """The mail-only broker gets a letter for each of ``people`` ((id, lab key, person); the first's
    letter comes back), the bounce ``bounce(site, letter, to)`` builds for it is read, the law's
    deadline passes (46 days) and a run follows: the one body the bounce tests share (f46)."""
    site = lab.site("mailonly")
    kept: list[tuple[Any, str, str]] = []
    site.reply = lambda msg, to, key: kept.append((msg, to, key)) or None
    (first, first_key, _), (second, _, _) = people[0], people[1]
    async with Optout(settings) as o:
        for pid, _, p in people:
            await o.add(pid, p, ["maildemo"])
        await o.run()
        [(letter, to, _)] = [k for k in kept if k[2] == first_key]
        case = await o.case(first, "maildemo")
        await lab.send_mail(bounce(site, letter, to))

        async def read() -> bool:  # a person asked (hard, unclear) or the letter to go again (soft)
            return any(ev.kind in ("human_needed", "bounced_soft") for ev in await o.engine.store.events(case.id))

        await read_mail_until(o, read)
        sent = len(site.received)
        lab.advance(days=46)
        await o.run()
        bounced, other = await o.case(first, "maildemo"), await o.case(second, "maildemo")
        return Bounced(settings, site, sent, bounced, other, await o.engine.store.events(bounced.id),
                       await o.engine.store.events(other.id))
