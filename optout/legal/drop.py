"""California's Delete Request and Opt-out Platform (DROP), under the Delete Act (SB 362).

Facts (Cal. Civ. Code §1798.99.86, as amended by SB 1076; ../shared/BROKERS.md; privacy.ca.gov/drop):
since 1 January 2026 a California resident files one deletion request with the state (§1798.99.86(a)),
after verifying residency. Beginning 1 August 2026 every broker on California's data broker register
must access the platform at least once every 45 days (§1798.99.86(c)(1)), and within 45 days after
receiving a request delete the person's personal information (§1798.99.86(c)(1)(A)), or, when it
cannot verify the request, treat it as an opt-out of sale and sharing (§1798.99.86(c)(1)(B)); after
that it deletes again at least every 45 days and sells or shares no new data about them
(§1798.99.86(d)). So a request filed before 1 August 2026 is fetched by 15 September 2026 at the
latest (1 August + 45 days), a later one within 45 days of filing. It reaches only registered
brokers, and only Californians; exempt data (§1798.105(d), §1798.145, §1798.146, public records)
stays. The state shows the person a status per broker.

optout cannot file for the person (the state verifies them itself): it tells them how, records the
reference and date they got, follows the 45-day cycle, keeps the per-broker status they enter or
import from the state's download, and, when ``drop.hold_letters`` is on, does not write separate
letters to the brokers DROP covers (a broker DROP could not match gets its letter again).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from optout.errors import OptoutError, said
from optout.files import TooLarge, read_capped
from optout.person import Person
from optout.recipe.schema import Recipe

if TYPE_CHECKING:
    from optout.store import Store
    from optout.vault import Vault

RECORD = "drop"
CASE_RECIPE = "ca-drop"  # brokers/ca-drop.yaml: the case that asks a Californian to file
URL = "https://privacy.ca.gov/drop/"
#: Brokers access DROP at least this often, and delete within this long of fetching a request
#: (Cal. Civ. Code §1798.99.86(c)(1), (c)(1)(A)).
CYCLE = dt.timedelta(days=45)
#: The day brokers must start accessing DROP (Cal. Civ. Code §1798.99.86(c)(1)).
PROCESSING_BEGINS = dt.date(2026, 8, 1)
#: What the state shows per broker, as optout keeps it. A broker whose status is one of
#: :data:`SEND_ANYWAY` gets its own letter again (DROP did not do it).
STATUSES = ("pending", "deleted", "opted_out", "not_found", "exempt", "refused", "other")
#: The largest DROP status file read: one row per registered broker (about 500) is some 50 kB, so
#: 5 MB is ample, and a file chosen by mistake is refused at once (``files.read_capped``).
MAX_DROP_BYTES = 5 * 1024 * 1024
SEND_ANYWAY = frozenset({"not_found", "refused"})

HOW_TO_FILE = """\
File one deletion request with the State of California (free, once):
  1. Open {url} and accept the terms of use.
  2. Verify that you live in California (California Identity Gateway, or Login.gov with an ID).
  3. Fill in the request: your name (and former names), date of birth, ZIP code, an e-mail address
     or phone number for the code the state sends. More detail helps brokers find you.
  4. Note the confirmation / request reference the state shows you, and the date.
Then tell optout: optout drop record {person} --reference REF --filed YYYY-MM-DD
Every 45 days brokers fetch the list again; the state shows a status per broker. Enter it with
`optout drop status {person} BROKER STATUS` or import the state's download with `optout drop import`.
"""


@dataclass
class Filing:
    reference: str
    filed_on: dt.date
    #: broker id → {"status": one of STATUSES, "on": ISO date, "source": "person" | "import"}
    statuses: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> bytes:
        d = asdict(self)
        d["filed_on"] = self.filed_on.isoformat()
        return json.dumps(d).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Filing:
        d = json.loads(raw)
        return cls(d["reference"], dt.date.fromisoformat(d["filed_on"]), d.get("statuses") or {})

    def next_cycle(self, today: dt.date) -> dt.date:
        """The next date by which every broker must have fetched the list again: 45-day periods
        from the filing, or from 1 August 2026 for a filing made before brokers had to start
        (:data:`PROCESSING_BEGINS`); the first such date is 45 days after that start, never the
        start itself (a broker that first looks on 14 September 2026 is on time)."""
        start = max(self.filed_on, PROCESSING_BEGINS)
        if today < start:
            return start + CYCLE
        n = (today - start) // CYCLE + 1
        return start + n * CYCLE


def californian(person: Person) -> bool:
    addr = person.current_address
    return bool(addr and addr.country == "US" and addr.state == "CA")


def holds(person: Person, filing: Filing | None, recipe: Recipe, hold_letters: bool) -> bool:
    """True when the letter to ``recipe``'s broker is not written because DROP carries the request:
    the setting is on, the person lives in California and filed with DROP, DROP covers the broker,
    and the state does not show that DROP failed there."""
    if not (hold_letters and filing is not None and filing.reference and californian(person)):
        return False
    if not recipe.drop_covers:
        return False
    return filing.statuses.get(recipe.id, {}).get("status") not in SEND_ANYWAY


def parse_status(value: str, where: str) -> str:
    v = value.strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {"completed": "deleted", "deletion_completed": "deleted", "record_deleted": "deleted",
               "no_record": "not_found", "record_not_found": "not_found", "unable_to_locate": "not_found",
               "in_progress": "pending", "received": "pending", "opt_out": "opted_out", "denied": "refused"}
    v = aliases.get(v, v)
    if v not in STATUSES:
        raise said(OptoutError(f"{where}: unknown DROP status {value.strip()!r}; one of {', '.join(STATUSES)}"),
                   "drop_status_unknown", {"statuses": ", ".join(STATUSES)}, source=where)
    return v


def import_statuses(path: Path, known: dict[str, Recipe]) -> dict[str, str]:
    """Per-broker statuses from a CSV the person downloaded or copied from the state's site: a
    ``broker`` column (a recipe id, or the broker's name or registered name) and a ``status``
    column; other columns are ignored. Errors name the file and line, never a value of the person."""
    try:
        text = read_capped(path, MAX_DROP_BYTES).decode("utf-8-sig")
    except TooLarge:
        raise OptoutError(f"{path}: larger than {MAX_DROP_BYTES // (1024 * 1024)} MB; "
                          "check that it is the state's DROP status file") from None
    except UnicodeDecodeError as e:
        raise OptoutError(f"{path}: not UTF-8 text (at byte {e.start}); save it as CSV UTF-8") from None
    except OSError as e:
        raise OptoutError(f"{path}: cannot read ({e.strerror})") from None
    from optout.intake import csv_rows

    # a quote never closed is refused where it is (row, column), never read into one long cell
    reader = csv_rows(text, ",", str(path))
    header = next(reader, [])
    rows = [dict(zip(header, values)) for values in reader if values]
    names: dict[str, str] = {}
    for r in known.values():
        names[r.id.lower()] = r.id
        names[r.name.lower()] = r.id
        for e in r.registry:
            names[e.name.lower()] = r.id
    out: dict[str, str] = {}
    for i, row in enumerate(rows, start=2):
        cols = {k.strip().lower(): (v or "") for k, v in row.items() if k}
        broker = cols.get("broker") or cols.get("data broker") or cols.get("name") or ""
        if "status" not in cols:
            raise OptoutError(f"{path}: no 'status' column")
        rid = names.get(broker.strip().lower())
        if rid is None:
            continue  # a broker optout has no recipe for: nothing to hold back
        out[rid] = parse_status(cols["status"], f"{path}:{i} (status)")
    return out


async def load(store: Store, vault: Vault, person_id: str) -> tuple[Person, Filing | None]:
    """The person and their DROP filing (None when they have not recorded one)."""
    from optout.person import parse_person

    key, raw = vault.open_person(person_id, await store.get_person(person_id))
    person = parse_person(json.loads(raw), f"person {person_id}")
    sealed = await store.get_record(person_id, RECORD)
    return person, (Filing.from_json(key.open(sealed, f"record:{RECORD}")) if sealed else None)


async def save(store: Store, vault: Vault, person_id: str, filing: Filing, now: dt.datetime) -> None:
    key, _ = vault.open_person(person_id, await store.get_person(person_id))
    await store.put_record(person_id, RECORD, key.seal(filing.to_json(), f"record:{RECORD}"), now)


async def record_filing(store: Store, vault: Vault, person_id: str, reference: str, filed_on: dt.date,
                        now: dt.datetime) -> Filing:
    """Record (or correct) the reference and date the state gave the person. OptoutError for a
    person who does not live in California (DROP is for Californians only) or an empty reference."""
    person, old = await load(store, vault, person_id)
    if not californian(person):
        raise said(OptoutError(f"drop record {person_id}: DROP is only for California residents, and this "
                               "person's current address is not in California"), "drop_not_californian",
                   source=f"drop record {person_id}")
    if not reference.strip():
        raise said(OptoutError("drop record --reference: empty"), "drop_reference_empty",
                   source="drop record --reference")
    if filed_on > now.date():
        raise said(OptoutError(f"drop record --filed {filed_on.isoformat()}: a date in the future"), "date_in_future",
                   source=f"drop record --filed {filed_on.isoformat()}")
    filing = Filing(reference.strip(), filed_on, old.statuses if old else {})
    await save(store, vault, person_id, filing, now)
    await _settle_case(store, person_id, filing, now)
    return filing


async def _settle_case(store: Store, person_id: str, filing: Filing, now: dt.datetime) -> None:
    """The person's DROP case (recipe ``ca-drop``), if they have one: the filing is its request (the
    state's reference, the date), and it is due again at the next 45-day cycle to read the statuses."""
    from optout.reasons import Reason
    from optout.store import CaseState

    case = await store.find_case(person_id, CASE_RECIPE)
    if case is None:
        return
    filed_at = dt.datetime.combine(filing.filed_on, dt.time(12), dt.UTC)
    rid = await store.start_request(case.id, None, "manual", filed_at)
    await store.finish_request(rid, "submitted", filed_at, reference=filing.reference)
    due = dt.datetime.combine(filing.next_cycle(now.date()), dt.time(), dt.UTC)
    await store.record(case.id, "drop_filed", CaseState.SUBMITTED, now,
                       data={"filed_on": filing.filed_on.isoformat(), "next_cycle": due.date().isoformat(),
                             "why": Reason("drop_filed", {"filed_on": filing.filed_on.isoformat(),
                                                          "next_cycle": due.date().isoformat()}).to_json()},
                       next_action_at=due, last_error=f"filed with DROP on {filing.filed_on.isoformat()}; "
                                                      f"brokers fetch it again by {due.date().isoformat()}")


async def set_statuses(store: Store, vault: Vault, person_id: str, statuses: dict[str, str], source: str,
                       now: dt.datetime) -> Filing:
    _, filing = await load(store, vault, person_id)
    if filing is None:
        raise said(OptoutError(f"drop status {person_id}: record the DROP filing first (optout drop record)"),
                   "drop_not_filed", source=f"drop status {person_id}")
    for rid, st in statuses.items():
        filing.statuses[rid] = {"status": st, "on": now.date().isoformat(), "source": source}
    await save(store, vault, person_id, filing, now)
    return filing
