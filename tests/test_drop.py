"""California's DROP: one request with the state instead of a letter to every registered broker.

A Californian who recorded a DROP reference gets no letter for a broker on California's register
that DROP covers; a broker off the register still gets one; a Texan gets them all. A broker the
state shows DROP could not match gets its own letter again.
"""

from __future__ import annotations

import datetime as dt

import pytest

from optout.errors import OptoutError
from optout.legal import drop
from optout.person import Person, load_person

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

MAIL = ["mailonly", "mailverify", "mailid", "mailrefuse", "mailpublic", "mailsilent", "mailbounce",
        "mailextend", "mailphish"]
CAL, TEX = "p_c4l1f0rn1a", "p_t3x4s0000a"


def resident(state: str, city: str, zip_: str) -> Person:
    d = load_person(EXAMPLES / "alex.toml").model_dump()
    d["addresses"] = [{"street": "9 Oak Row", "city": city, "state": state, "zip": zip_}]
    return Person(**d)


def settings(tmp_path, lab, **over):  # type: ignore[no-untyped-def]
    return lab_settings(tmp_path / "data", lab,
                        mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                              "from_address": "optout-desk@user.example", "broker_spacing": 0}, **over)


async def letters_sent(o: Optout, pid: str) -> set[str]:
    out = set()
    for b in MAIL:
        case = await o.case(pid, b)
        if any(e.kind == "letter_sent" for e in await o.store.events(case.id)):
            out.add(b)
    return out


async def test_a_californian_with_a_drop_reference_gets_no_letter_for_covered_brokers(lab, tmp_path):
    cal, tex = resident("CA", "Fresno", "93650"), resident("TX", "El Paso", "79901")
    async with Optout(settings(tmp_path, lab)) as o:
        await o.add(CAL, cal, MAIL)
        await o.add(TEX, tex, MAIL)
        covered = {b for b in MAIL if o.catalogue.recipes[b].drop_covers}
        assert covered and covered != set(MAIL)  # the lab has brokers on and off the register
        with pytest.raises(OptoutError, match="only for California residents"):
            await drop.record_filing(o.store, o.vault, TEX, "DROP-123", dt.date(2026, 9, 1), o.clock.now())
        filing = await drop.record_filing(o.store, o.vault, CAL, "DROP-7Q2K9", dt.date(2026, 9, 1), o.clock.now())
        assert filing.next_cycle(dt.date(2026, 9, 1)) == dt.date(2026, 10, 16)  # 45 days

        await o.run()
        assert await letters_sent(o, TEX) == set(MAIL)  # a Texan: every broker gets its letter
        assert await letters_sent(o, CAL) == set(MAIL) - covered  # a Californian: only those DROP misses
        for b in covered:
            case = await o.case(CAL, b)
            assert case.state.value == "waiting_parent"
            held = (await o.store.events(case.id))[-1]
            assert held.kind == "held_drop" and held.data["via"] == "drop"
            assert case.next_action_at is not None and case.next_action_at.date().isoformat() == held.data["next_cycle"]
        # the brokers heard only from the Texan (the letters reached the lab)
        subs = lab.submissions()
        assert all(sum(subs.get(b, {}).values()) == 1 for b in covered), {b: subs.get(b) for b in covered}

        # the state shows one covered broker could not find the person: it gets its own letter
        miss = sorted(covered)[0]
        await drop.set_statuses(o.store, o.vault, CAL, {miss: "not_found"}, "import", o.clock.now())
        case = await o.case(CAL, miss)
        now = o.clock.now()
        await o.store.record(case.id, "resumed", case.state, now, next_action_at=now)
        await o.run()
        assert miss in await letters_sent(o, CAL)


async def test_the_setting_turns_holding_off(lab, tmp_path):
    cal = resident("CA", "Fresno", "93650")
    async with Optout(settings(tmp_path, lab, drop={"hold_letters": False})) as o:
        await o.add(CAL, cal, MAIL)
        await drop.record_filing(o.store, o.vault, CAL, "DROP-7Q2K9", dt.date(2026, 9, 1), o.clock.now())
        await o.run()
        assert await letters_sent(o, CAL) == set(MAIL)


def test_statuses_import_from_a_csv(tmp_path):
    from optout.recipe.loader import load_catalogue

    from .conftest import ROOT

    cat = load_catalogue([ROOT / "brokers" / "lab"])
    f = tmp_path / "drop.csv"
    f.write_text("Data broker,Status,Date\nMailOnly Data Co. (lab),Deletion completed,2026-10-01\n"
                 "mailverify,Unable to locate,2026-10-01\nSomeone Else Inc.,Pending,2026-10-01\n")
    assert drop.import_statuses(f, cat.recipes) == {"mailonly": "deleted", "mailverify": "not_found"}
    f.write_text("broker,status\nmailonly,weird\n")
    with pytest.raises(OptoutError, match=r"drop.csv:2 \(status\): unknown DROP status"):
        drop.import_statuses(f, cat.recipes)


async def test_the_drop_case_asks_a_californian_to_file_once_then_follows_the_cycle(lab, tmp_path):
    from optout.app import App, applies

    cal, tex = resident("CA", "Fresno", "93650"), resident("TX", "El Paso", "79901")
    async with Optout(settings(tmp_path, lab)) as o:
        recipe = o.catalogue.recipes["ca-drop"]
        assert applies(recipe, cal) and not applies(recipe, tex)  # only Californians have DROP
        await o.add(CAL, cal, ["ca-drop"])
        await o.run()
        case = await o.case(CAL, "ca-drop")
        assert case.state.value == "needs_human"
        app = App(o.settings, o.store, o.vault, o.catalogue, o.clock)
        [task] = await app.human_tasks()
        assert "privacy.ca.gov/drop" in (task.get("url") or "") + (task.get("instructions") or "")

        await drop.record_filing(o.store, o.vault, CAL, "DROP-7Q2K9", dt.date(2026, 9, 1), o.clock.now())
        case = await o.case(CAL, "ca-drop")
        assert case.state.value == "submitted"
        [req] = await o.store.requests(case.id)
        assert req.reference == "DROP-7Q2K9" and req.started_at.date() == dt.date(2026, 9, 1)
        # due again at the next 45-day cycle (from 1 Aug 2026 or the filing, whichever is later)
        today = o.clock.now().date()
        assert case.next_action_at is not None
        assert case.next_action_at.date() == drop.Filing("x", dt.date(2026, 9, 1)).next_cycle(today)
        assert (case.next_action_at.date() - dt.date(2026, 9, 1)).days % 45 == 0
