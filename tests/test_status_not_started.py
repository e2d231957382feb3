"""Faults pass 44b #4 (clinic trial): ``optout status`` showed a row of zeros for a client none of
whose cases had run yet, which a volunteer read as "searched, nothing found"; and the Spanish
headings of the people table mixed number and gender ("encontrada", "retenidas", "fallidos")
over the same counts of cases."""

from __future__ import annotations

import argparse

import pytest

from optout.app import open_app
from optout.cli import COUNT_COLUMNS, PEOPLE_COLUMNS, cmd_status
from optout.person import parse_person
from optout.reasons import text
from optout.settings import Settings
from optout.store import CaseState


async def _two_people(tmp_path):  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        added = []
        for label, (first, last) in {"A": ("Marisol", "Quintero Vargas"), "B": ("Thị", "Nguyễn")}.items():
            person = parse_person({"first_name": first, "last_name": last, "birth_year": 1977, "label": label,
                                   "addresses": [{"city": "Bakersfield", "state": "CA"}]}, "t")
            added.append((await app.add_people([("t", person)])).added[0][1])
        case = (await app.store.cases(person_id=added[0]))[0]
        await app.store.record(case.id, "scanned", CaseState.NOT_FOUND, app.clock.now(), next_action_at=None)
    return settings


@pytest.mark.parametrize(("lang", "words"), [("en", "not started"), ("es", "sin empezar")])
async def test_a_person_not_started_reads_not_started_not_zero(tmp_path, capsys, lang, words):
    settings = await _two_people(tmp_path)
    args = argparse.Namespace(brokers=False, person=None, broker=None, all=False, json=False, lang=lang)
    assert await cmd_status(args, settings) == 0
    lines = capsys.readouterr().out.splitlines()
    started = next(line for line in lines if " A " in f" {line} ")
    waiting = next(line for line in lines if " B " in f" {line} ")
    assert words in waiting and " 0 " not in f"{waiting} ", waiting
    assert words not in started and " 1 " in started, started  # searched, nobody recognised: counted
    # --json keeps the counts (a program reads last_activity_at: null)
    args.json = True
    assert await cmd_status(args, settings) == 0
    import json

    rows = {r["label"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["B"]["found"] == 0 and rows["B"]["last_activity_at"] is None


def test_every_spanish_count_heading_agrees_with_casos():
    """Each count of the people table counts cases (casos, masculine plural): its Spanish heading is
    a plural that agrees, or names its own noun ("cartas retenidas")."""
    for column in COUNT_COLUMNS:
        heading = text(f"cli:column.{column}", "es")
        assert heading, column
        last = heading.split()[-1]
        if column in ("waiting", "needs_info", "in_doubt"):  # "esperando", "falta info", "en duda": no agreement
            continue
        assert last.endswith("os") or heading.startswith("cartas "), (column, heading)
    assert set(COUNT_COLUMNS) < set(PEOPLE_COLUMNS)
