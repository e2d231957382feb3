"""``App.people``: every person's profile opened with one read of the store (e24)."""

from __future__ import annotations

import pytest

from optout.app import open_app
from optout.person import load_person
from optout.settings import Settings

from .conftest import EXAMPLES


@pytest.mark.asyncio
async def test_people_are_opened_with_one_read_of_the_store_then_only_the_changed(tmp_path):
    """A run's start (``plan_run`` and ``_run`` list everyone) opened each person with a store call
    of its own, one round trip to the store's thread after another before the first claim (32 at
    the benchmark's concurrency 8). Now one ``get_people`` for all; a later call opens none that
    did not change, and a person removed is gone."""
    settings = Settings(data_dir=tmp_path / "d")
    files = ["alex.toml", "maria.toml", "sam.yaml"]
    async with open_app(settings, create=True) as app:
        await app.add_people([(f, load_person(EXAMPLES / f)) for f in files])
        reads: list[int] = []
        singles: list[str] = []
        many, one = app.store.get_people, app.store.get_person

        async def get_people(ids):  # the real store's read, counted
            reads.append(len(ids))
            return await many(ids)

        async def get_person(pid):
            singles.append(pid)
            return await one(pid)

        app.store.get_people, app.store.get_person = get_people, get_person  # type: ignore[method-assign]
        app._forget()
        infos = await app.people()
        assert sorted(i.person.first_name for i in infos) == sorted(load_person(EXAMPLES / f).first_name for f in files)
        assert reads == [3] and singles == []
        await app.people()
        assert reads == [3, 0]  # nothing changed: nothing opened again
        await app.remove_person(infos[2].id)
        assert [i.id for i in await app.people()] == [i.id for i in infos[:2]]
        assert singles == []
