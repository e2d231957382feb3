"""No personal data in clear, and `optout person remove` leaves nothing of the person behind."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3

import pytest
import structlog

from optout.cli import main
from optout.person import load_person
from optout.store import CaseState
from optout.vault import Vault

from .conftest import EXAMPLES
from .harness import Optout, lab_settings
from .leakscan import assert_no_leaks, needles, scan_paths, scan_text


@pytest.fixture(autouse=True)
def _logging_back_to_defaults():
    """`main()` points logging at this test's captured stderr: undo it for the tests after."""
    yield
    structlog.reset_defaults()


HTTP_BROKERS = ["peoplefind", "idvault", "truthy", "quicklook"]  # no browser needed


def test_leakscan_finds_every_kind_of_value_in_its_usual_spellings(tmp_path):
    maria = load_person(EXAMPLES / "maria.toml")
    kinds = {n.kind for n in needles(maria)}
    assert {"name", "email", "phone", "address", "birth_date"} <= kinds
    for planted, kind in [("call 512.555.0198 now", "phone"), ("tel:+15125550198", "phone"),
                          ("born 06/14/1971", "birth_date"), ("q=Maria+Okafor&x", "name"),
                          ("MARIA.OKAFOR@EXAMPLE.NET", "email"), ("400 Cedar Avenue", "address"),
                          ('{"who": "Luz"}', "name")]:
        f = tmp_path / "f.txt"
        f.write_text(planted)
        assert kind in {h.kind for h in scan_paths([tmp_path], [maria])}, planted
        assert not any(planted in str(h) for h in scan_paths([tmp_path], [maria]))  # reports never echo it
    (tmp_path / "f.txt").write_text("the same luzon sample")  # short values only as whole words
    assert scan_paths([tmp_path], [maria]) == []
    (tmp_path / "Okafor.png").write_bytes(b"\x89PNG")
    assert any("file name" in h.where for h in scan_paths([tmp_path], [maria]))
    assert scan_text("nothing here", [maria]) == []


def _bytes_of(data_dir) -> bytes:
    """The database file and its WAL/SHM, as bytes (free pages included)."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.glob("optout.db*")) if p.is_file())


async def test_person_remove_leaves_no_recoverable_data(lab, tmp_path, monkeypatch, capsys):
    alex, maria = load_person(EXAMPLES / "alex.toml"), load_person(EXAMPLES / "maria.toml")
    lab.seed_people([("alex", alex), ("maria", maria)])
    settings = lab_settings(tmp_path / "data", lab)
    async with Optout(settings) as o:
        await o.add("p_aaaaaaaaaa", alex, HTTP_BROKERS)
        await o.add("p_bbbbbbbbbb", maria, HTTP_BROKERS)
        await o.run()
        assert await o.state("p_aaaaaaaaaa", "idvault") == "needs_human"
        # every secret of Alex's the store holds: the record (wrapped key + profile), listings,
        # request details, sealed parts of events; and the evidence files
        secrets_: list[bytes] = [await o.store.get_person("p_aaaaaaaaaa")]
        evidence = []
        for c in await o.store.cases(person_id="p_aaaaaaaaaa"):
            secrets_ += [x.sealed for x in await o.store.listings(c.id, include_gone=True)]
            secrets_ += [r.sealed for r in await o.store.requests(c.id) if r.sealed]
            # (sealed parts of events are base64 text inside the event's JSON)
            secrets_ += [e.data["sealed"].encode() for e in await o.store.events(c.id) if "sealed" in e.data]
            evidence += [settings.evidence_dir / e.path for e in await o.store.evidence(c.id)]
        assert len(secrets_) > 5 and evidence and all(p.is_file() for p in evidence)
        maria_cases = await o.store.cases(person_id="p_bbbbbbbbbb")
        maria_evidence = [(c, e) for c in maria_cases for e in await o.store.evidence(c.id)]
        assert maria_evidence
    raw = _bytes_of(settings.data_dir)
    assert all(s[:60] in raw for s in secrets_)  # the search below can see them

    monkeypatch.setenv("OPTOUT_DATA_DIR", str(settings.data_dir))
    assert await asyncio.to_thread(main, ["person", "remove", "p_aaaaaaaaaa", "--yes"]) == 0
    assert f"removed p_aaaaaaaaaa and {len(evidence)} evidence {'file' if len(evidence) == 1 else 'files'}" in capsys.readouterr().out

    raw = _bytes_of(settings.data_dir)
    for s in secrets_:
        # the wrapped data key is the first 60 bytes of the record: with it gone, nothing sealed
        # for Alex can be opened, even from a copy; no sealed blob of Alex's is left in free pages
        # or the WAL either (secure_delete + a checkpoint)
        assert s[:60] not in raw and s[-32:] not in raw
    assert b"p_aaaaaaaaaa" not in raw
    assert not any(p.exists() for p in evidence)
    assert not any(re.search(r"evidence/(\d+)/", str(p)) and p.parent.exists() for p in evidence)
    assert_no_leaks(scan_paths([settings.data_dir], [alex, maria]))

    # Maria is untouched and still readable, evidence included
    async with Optout(settings) as o:
        assert [p.id for p in await o.store.people()] == ["p_bbbbbbbbbb"]
        assert await o.store.cases(person_id="p_aaaaaaaaaa") == []
        key, profile = o.vault.open_person("p_bbbbbbbbbb", await o.store.get_person("p_bbbbbbbbbb"))
        assert json.loads(profile)["last_name"] == "Okafor"
        for c, e in maria_evidence:
            key.open((settings.evidence_dir / e.path).read_bytes(), f"evidence:{e.path}")
        assert {c.state for c in await o.store.cases(person_id="p_bbbbbbbbbb")} & {CaseState.CONFIRMED}
    with sqlite3.connect(settings.data_dir / "optout.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert isinstance(Vault.open(settings.data_dir, None), Vault)
