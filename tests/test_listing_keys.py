"""What the store keeps of a listing's identity (review finding, k46): ``Listing.key`` is an unsalted
SHA-256 of the card's facts, so a database holding it in clear let anyone test a guess ("is this
name, city and phone in here?") by hashing it, and the same card gave the same key for every
client. The store keeps :func:`optout.vault.listing_key` of it instead: an HMAC under a key derived
from the person's own data key. A database written before that is rekeyed once (migration 0009,
``Engine.seal_old_listing_keys``): a card seen before the upgrade is the same listing after it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from optout.person import parse_person
from optout.steps.extract import Listing
from optout.vault import PersonKey, listing_key

from .harness import Optout, lab_settings
from .test_answers import _questions, vague

BROKERS = ["peoplefind", "quicklook"]


def test_a_stored_key_is_keyed_per_person_and_is_not_the_cards_digest():
    card = Listing(name="Almaz Gebremariam", locations=["Minneapolis, MN"])
    plain = hashlib.sha256(b"Almaz Gebremariam|Minneapolis, MN").hexdigest()
    a, b = PersonKey("p_aaaaaaaaaa", b"\x01" * 32), PersonKey("p_bbbbbbbbbb", b"\x02" * 32)
    assert card.key == plain[:32]  # the card's own key, in memory, is unchanged
    ka, kb = listing_key(a, card.key), listing_key(b, card.key)
    assert ka != kb and len(ka) == len(kb) == 64
    assert plain not in (ka, kb) and card.key not in ka + kb
    assert listing_key(a, card.key) == ka  # stable: the next scan compares with it
    # its own domain: not the client's answer fingerprint of anything, nor another person's key
    assert ka != a.digest("answers:fingerprint", card.key)
    assert listing_key(PersonKey("p_bbbbbbbbbb", b"\x01" * 32), card.key) != ka


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _plain_keys(rows: list[tuple], key: PersonKey) -> dict[int, str]:
    """The card's own unsalted key of each stored listing ``(id, sealed)``."""
    return {lid: Listing(**json.loads(key.open(sealed, "listing"))["listing"]).key for lid, sealed in rows}


async def test_two_clients_of_one_name_share_no_stored_key_and_no_column_holds_a_cards_digest(lab, tmp_path):
    """Two clients of one name and city (the same cards found for both) and a person's answer
    (an event that names the chosen listings' keys): no table of the database holds a card's
    unsalted digest (whole or in part), and the same card is stored under two unrelated keys."""
    person = parse_person(vague(), "test")
    lab.seed_people([("maria", person)])
    data = tmp_path / "data"
    async with Optout(lab_settings(data, lab)) as o:
        for pid in ("p_aaaaaaaaaa", "p_bbbbbbbbbb"):
            await o.add(pid, person, BROKERS)
        await o.run()
        app, questions = await _questions(o, "p_aaaaaaaaaa")
        assert questions
        key_a, _ = await app.open_person("p_aaaaaaaaaa")
        for q in questions:
            stored = await app._stored_listings(await o.store.get_case(q["case"]), key_a,
                                                {li["id"] for li in q["listings"]})
            await app.answer(q["case"], match=[i for i, li in stored.items() if "Austin" in " ".join(li.locations)])
        await o.run()
        keys = {pid: (await app.open_person(pid))[0] for pid in ("p_aaaaaaaaaa", "p_bbbbbbbbbb")}
    db = data / "optout.db"
    rows = _rows(db, "SELECT l.id, l.key, l.sealed, c.person_id, c.broker_id FROM listings l "
                     "JOIN cases c ON c.id = l.case_id")
    assert len(rows) >= 4
    plain: set[str] = set()
    stored_by_card: dict[tuple[str, str], dict[str, str]] = {}
    for lid, stored, sealed, pid, broker in rows:
        card = _plain_keys([(lid, sealed)], keys[pid])[lid]
        plain.add(card)
        assert stored == listing_key(keys[pid], card) and stored != card, (broker, pid)
        stored_by_card.setdefault((broker, card), {})[pid] = stored
    both = [v for v in stored_by_card.values() if len(v) == 2]
    assert both and all(v["p_aaaaaaaaaa"] != v["p_bbbbbbbbbb"] for v in both)
    assert any(b"match_keys" in (r[0] or "").encode() for r in _rows(db, "SELECT data FROM events"))
    # every text of every table: no card's digest, nor its first 16 digits
    tables = [t for (t,) in _rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in _rows(db, f"SELECT * FROM {table}"):
            text = " ".join(str(v) for v in row if isinstance(v, str))
            assert not any(p[:16] in text for p in plain), table


def _to_old_format(db: Path, keys: dict[int, str]) -> None:
    """The database as optout wrote it before migration 0009: the card's plain key in every row."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.executemany("UPDATE listings SET key = ? WHERE id = ?", [(k, i) for i, k in keys.items()])
            conn.execute("DROP TABLE listing_keys_pending")
            conn.execute("DELETE FROM schema_migrations WHERE version = 9")
    finally:
        conn.close()


async def test_a_listing_seen_before_the_upgrade_is_the_same_listing_after_it(lab, tmp_path):
    """A database of the old format (cards' plain keys): a case waiting on a person's answer is
    answered after the upgrade, its request sent for the listing it stored before (not a new one;
    none marked gone), once per broker, and the confirmation scan proves the removal by that
    same listing going."""
    person = parse_person(vague(), "test")
    lab.seed_people([("maria", person)])
    data = tmp_path / "data"
    async with Optout(lab_settings(data, lab)) as o:
        await o.add("p_maria", person, BROKERS)
        await o.run()
        cases = {b: (await o.case("p_maria", b)).id for b in BROKERS}
        assert {(await o.store.get_case(c)).state.value for c in cases.values()} == {"needs_human"}
        key = (await o.engine.person("p_maria")).key
        before = {}
        for c in cases.values():
            before.update({x.id: x for x in await o.store.listings(c, include_gone=True)})
        plain = _plain_keys([(x.id, x.sealed) for x in before.values()], key)
    _to_old_format(data / "optout.db", plain)
    assert {k for (k,) in _rows(data / "optout.db", "SELECT key FROM listings")} == set(plain.values())

    async with Optout(lab_settings(data, lab)) as o:  # the upgraded optout: migration 0009 runs here
        assert len(await o.store.old_listing_keys()) == len(plain)
        app, questions = await _questions(o, "p_maria")
        for q in questions:
            stored = await app._stored_listings(await o.store.get_case(q["case"]), key,
                                                {li["id"] for li in q["listings"]})
            await app.answer(q["case"], match=[i for i, li in stored.items() if "Austin" in " ".join(li.locations)])
        await o.run()
        assert await o.store.old_listing_keys() == []
        after = {}
        for c in cases.values():
            after.update({x.id: x for x in await o.store.listings(c, include_gone=True)})
        assert set(after) == set(before), "a listing seen before the upgrade was stored again as a new one"
        assert all(x.gone_at is None for x in after.values())
        assert all(x.first_seen == before[x.id].first_seen for x in after.values())
        assert all(after[i].key == listing_key(key, plain[i]) for i in after)
        assert {b: sum(lab.submissions()[b].values()) for b in BROKERS} == dict.fromkeys(BROKERS, 1)
        for c in cases.values():
            assert {r.listing_id for r in await o.store.requests(c)} <= set(before)

        lab.advance(days=10)
        await o.run()
        for b, c in cases.items():
            case = await o.store.get_case(c)
            assert case.state.value == "removed", (b, case.state.value, case.last_error)
            gone = [x for x in await o.store.listings(c, include_gone=True) if x.gone_at is not None]
            assert gone and {x.id for x in gone} <= set(before)
        assert {b: sum(lab.submissions()[b].values()) for b in BROKERS} == dict.fromkeys(BROKERS, 1)
