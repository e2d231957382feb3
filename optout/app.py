"""The application layer: what the CLI (and the dashboard) do, without printing anything.

Every front end opens one :class:`App` with :func:`open_app` and calls it: add, import, look up,
show, edit and remove a person; which brokers apply to whom; status rows; the human queue and its
two verbs (``done``, ``retry``); evidence export. The front end parses arguments, asks for
confirmation, draws tables and progress; it never seals data, touches evidence files or decides
which cases exist.

Errors are :class:`~optout.errors.OptoutError` subclasses with one line naming the file, row,
column, person id or case; never a person's value.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import importlib
import json
import os
import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optout._marks import mark
from optout.clock import LAB_OFFSET_FILE, Clock
from optout.errors import MachineFault, OptoutError, StoreError, TransientError, said
from optout import reasons
from optout.reasons import Reason
from optout.recipe.index import IndexEntry
from optout.settings import Settings
from optout.store import Case, CaseState, Event, RunRecord, Store, open_store, recognised_at

# The person model, the law tables (optout.mail), the schedule (it needs the recipe schema) and the
# vault are imported where they are used: `optout status` pays for none of them.
if TYPE_CHECKING:
    from optout.person import Person
    from optout.channels.browser import BrowserChannel
    from optout.mail import LetterPlan
    from optout.recipe.loader import Catalogue
    from optout.recipe.schema import Recipe
    from optout.vault import PersonKey, Vault


class PersonNotFound(OptoutError):
    """No person has this id, label or name."""


class AmbiguousPerson(OptoutError):
    """Several people answer to a name; ``candidates`` are (id, label) pairs to choose from."""

    def __init__(self, message: str, candidates: list[tuple[str, str | None]]):
        self.candidates = candidates
        super().__init__(message)


class DuplicatePerson(OptoutError):
    """The profile is a person already held (same name, birth and address)."""


class PersonChanged(OptoutError):
    """An edit of a profile that someone else changed since it was read (another tab, the command
    line): refused, nothing written; read it again (t45: a phone added in one tab was lost when a
    second tab saved the form it had opened before)."""


def person_version(sealed: bytes) -> str:
    """The version of a stored profile an edit form carries (``App.update_person``'s ``version``):
    a digest of its sealed bytes, which every write changes; no personal value in it."""
    import hashlib

    return hashlib.sha256(sealed).hexdigest()[:32]


class UnknownAnswer(OptoutError):
    """No remembered answer of this client has this number: the caller's input (exit status 65)."""


#: Why undoing an answer leaves a case as it is, by its state (``cli:answers.left.<why>`` says it):
#: only a case on which nothing was done yet (``new``, ``not_found``) is searched again. A request
#: that went out is never sent twice by an undo: its confirmation scan or recheck reads the record
#: afresh, and one the matcher is unsure of goes to a person, never to "removed" (engine).
UNDO_LEFT: dict[CaseState, str] = {
    CaseState.NEEDS_HUMAN: "waiting_person",
    CaseState.FAILED: "waiting_person",
    CaseState.FOUND: "run_holds",
    CaseState.SUBMITTED: "request_sent",
    CaseState.CONFIRMED: "request_sent",
    CaseState.WAITING_PARENT: "request_sent",
    CaseState.REMOVED: "recheck_decides",
    CaseState.RELISTED: "request_sent",
    CaseState.DECLINED: "declined",
}


@dataclass
class UndoneAnswer:
    """What undoing answer ``answer`` (``them``: it said "this is them") did: ``reopened``, the
    ids of the cases searched again on the next run; ``left``, one dict per case left as it was
    (``case``, ``broker``, ``state``, ``why``: a key of :data:`UNDO_LEFT`'s values or
    ``run_holds``, a run has the case now)."""

    answer: int
    them: bool
    reopened: list[int] = field(default_factory=list)
    left: list[dict[str, Any]] = field(default_factory=list)


#: The counts of a person every reader shows under the same words (``optout.reasons.COUNTS``).
COUNTS = reasons.COUNTS

#: The kinds of a person's task in which a broker asks for an identity document (a form's ID
#: upload, ``NeedsHuman.kind`` ``id_upload``; a reply asking for proof of identity, ``needs_id``):
#: the client may choose not to send one (:meth:`App.decline`, trial41).
DECLINABLE: tuple[str, ...] = ("id_upload", "needs_id")
#: The event of a client's choice not to send what the broker asks (state ``declined``).
DECLINED_EVENT = "declined"


class CaseNotWaiting(OptoutError):
    """``done``/``retry`` on a case that does not wait for a person."""


class AlreadyRecorded(CaseNotWaiting):
    """A person's act repeated (a second click of "I did it", at once or later): the first is
    recorded, this one records nothing (reason ``answer_already_recorded``)."""

    exit_code = 0  # what was asked for is done: a script or cron job that repeats it has not failed


def new_person_id() -> str:
    return "p_" + secrets.token_hex(5)


#: Apostrophes as people type them (ASCII, typographic ’ and ‘, the modifier letter ʼ of
#: Hawaiian and Ukrainian names, the backtick, the acute accent): dropped, so that O'Connor,
#: O’Connor and OConnor are one name.
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2019\u2018\u02bc\u02bb`\u00b4"))


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for comparing names (``José`` = ``jose``): Unicode
    NFKD with combining marks dropped, casefolded, apostrophes dropped, whitespace and hyphens
    collapsed."""
    if not text:
        return ""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
                    if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace("-", " ").replace(",", " ").split())


def _same_file(a: Any, b: Any) -> bool:
    """Whether two sources of :meth:`App.check_new` name one file ("a/./p.toml" and "a/p.toml"
    too); a spreadsheet's "row N" or a file that cannot be read is only the same as itself."""
    if str(a) == str(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, TypeError, ValueError):
        return False


def _is_row(source: str) -> bool:
    """Whether ``source`` names a spreadsheet's row (``"row 7"``), not a file or a form."""
    return source.startswith("row ") and source[4:].isdigit()


def _row_reason(why: Reason) -> Reason:
    """A :meth:`App.check_new` reason about a spreadsheet's rows, whose ``other`` is a source
    ``"row N"`` (English), as the code that names the row by its number, in any language."""
    if why.code == "input_removed_client":  # no other: the sheet's row is what to delete
        return Reason("input_removed_row", why.params)
    other = str(why.params.get("other", ""))
    codes = {"input_same_person": "input_same_row", "input_label_twice": "input_label_twice_row",
             "input_similar_person": "input_similar_row", "input_similar_person_zip": "input_similar_row_zip",
             "input_similar_person_phone": "input_similar_row_phone"}
    if why.code in codes and _is_row(other):
        return Reason(codes[why.code], {"row": int(other[4:])})
    return why


def split_new(people: list[tuple[str, Person]], held: list[PersonInfo], *, allow_duplicates: bool = False,
              two_people: Collection[tuple[str, str]] = (), removed: list[dt.date | None] | None = None,
              removed_back: Collection[str] = ()
              ) -> tuple[list[tuple[str, Person]], list[tuple[str, str]], list[tuple[str, str, str, Reason]]]:
    """:meth:`App.check_new`'s split of ``people`` against ``held`` (the people the store holds; none:
    ``people`` against each other only, as ``optout lab --person KEY=SHEET`` checks a sheet), with
    ``removed`` the day each was removed at their request (None: not), from :meth:`App.removed_on`."""
    keys = {identity_key(i.person): i.id for i in held}
    labels = {fold(i.label): i.id for i in held if i.label}
    new: list[tuple[str, Person]] = []
    skipped: list[tuple[str, str]] = []
    problems: list[tuple[str, str, str, Reason]] = []
    seen: dict[tuple[str, ...], str] = {}
    seen_labels: dict[str, str] = {}
    # one client entered twice with the name spelt otherwise: met by birth and address
    near: dict[tuple[str, ...], list[tuple[str, Person]]] = {}
    for i in held:
        for hk in _household_keys(i.person):
            near.setdefault(hk, []).append((i.id, i.person))
    for (source, p), day in zip(people, removed or [None] * len(people), strict=True):
        k = identity_key(p)
        if k in seen and _same_file(source, seen[k]):
            # one file given twice: never "the same person as" itself (f40)
            problems.append((source, "(row)", "this file is given twice", Reason("input_same_file")))
            continue
        if k in seen:
            problems.append((source, "(row)", f"the same person as {seen[k]}",
                             Reason("input_same_person", {"other": seen[k]})))
            continue
        seen[k] = source
        if k in keys and not allow_duplicates:
            skipped.append((source, keys[k]))  # held already (under whatever label): not added
            continue
        if day is not None and source not in removed_back:
            # trial50: a re-imported sheet brought back a client who asked to be forgotten
            then = ("delete the row from the sheet, or --allow-removed to add them again" if _is_row(source)
                    else "--allow-removed adds them again")
            problems.append((source, "(row)", f"a client removed at their request on {day.isoformat()}; {then}",
                             Reason("input_removed_client", {"date": day.isoformat()})))
            continue
        hks = _household_keys(p)
        like, on = next(((other, hk[2]) for hk in hks for other, q in near.get(hk, []) if same_client(p, q)),
                        (None, None))
        if like is not None and not allow_duplicates and (source, like) not in two_people:
            # what the two share, as it is: a street, or a ZIP only (f41: "same address" was said of a ZIP)
            where = {"street": "city and street", "zip": "city and ZIP", "phone": "phone"}[on]
            problems.append((source, "(row)", f"looks like {like} with the name spelt otherwise (same birth, "
                             f"{where}): add this spelling to that person (person edit), or --allow-duplicates "
                             "if they are two people",
                             Reason(SIMILAR_PERSON_CODES[on], {"other": like})))
            continue
        for hk in hks:
            near.setdefault(hk, []).append((source, p))
        if p.label:
            lab = fold(p.label)
            if lab in labels:
                problems.append((source, "label", f"already used by {labels[lab]}",
                                 Reason("input_label_used", {"other": labels[lab]})))
                continue
            if lab in seen_labels:
                problems.append((source, "label", f"also given to {seen_labels[lab]}",
                                 Reason("input_label_twice", {"other": seen_labels[lab]})))
                continue
            seen_labels[lab] = source
        new.append((source, p))
    return new, skipped, problems


def row_problems(found: list[tuple[str, str, str, Reason]]) -> list[Any]:
    """:func:`split_new`'s problems of a sheet's rows (sources ``"row N"``) as ``intake.Problem``,
    each reason the one that names the row by its number (:func:`_row_reason`)."""
    from optout.intake import Problem

    return [Problem(int(src.removeprefix("row ")), col, msg, _row_reason(why)) for src, col, msg, why in found]


def sheet_problems(people: list[tuple[int, Person]]) -> list[Any]:
    """What ``person import`` refuses between a sheet's rows, with no store to hold anyone: the
    same client twice, a label twice, a row like another with the name spelt otherwise
    (``optout lab --person KEY=SHEET``, trial50: two rows sharing one case number seeded one)."""
    return row_problems(split_new([(f"row {row}", p) for row, p in people], [])[2])


#: Every kind of task the human queue (:meth:`App.human_tasks`) can hold, in the order a reader meets
#: them: the engine's and the mail flow's ``NeedsHuman`` kinds, ``missing`` (a value the client did
#: not give), and the looks at a submitted case (``unconfirmed``, ``in_doubt``, ``follow_up_in_doubt``).
#: The CLI (``optout human``: ``cli:human.title.<kind>``, ``cli:human.howto.<kind>``) and the
#: dashboard (``kind:<kind>``, ``howto:<kind>``) each have their own words for every one, in English
#: and Spanish (a test holds it): f42 found ``optout human`` telling a volunteer to "do it by hand"
#: for a case ``still_listed`` after every request, which the dashboard had its own words for.
TASK_KINDS: tuple[str, ...] = (
    "captcha", "id_upload", "phone", "account", "uncertain_match", "letter", "missing", "verify_link",
    "suspicious_link", "dead_address", "dead_address_known", "soft_bounce", "bounce_unclear", "unplaced_reply", "overdue", "letter_in_doubt", "needs_id", "needs_info", "refused", "unclear_reply",
    "unconfirmed", "in_doubt", "follow_up_in_doubt", "still_listed", "other")

#: What a person may record of a broker's answer that came by post or telephone: the reply
#: reader's classes (``optout.mail._classify.KINDS``) a person can tell from a letter or a call.
#: A link to open, an auto-reply or a bounce come only by e-mail; a request for more time by post
#: is recorded as ``acknowledged`` (the legal clock is not moved on a person's word).
RECORDED_REPLIES: tuple[str, ...] = ("confirmed", "refused", "needs_id", "needs_info", "acknowledged", "extended")
#: the most days a recorded "we need more time" may name (the law caps what it gives: Law.extended)
REPLY_DAYS_MAX = 366
REPLY_CHANNELS: tuple[str, ...] = ("post", "phone")
REPLY_NOTE_MAX = 4000


def identity_key(p: Person) -> tuple[str, ...]:
    """What makes two profiles the same person for the duplicate check (record linkage's exact
    "blocking key"): folded full name, birth date or year, and the current address's street and
    city. Two people at one address with different names are different; a namesake with another
    birth year is different."""
    addr = p.current_address
    birth = p.birth_date.isoformat() if p.birth_date else str(p.birth_year or "")
    name = fold(p.full_name)
    if not p.one_part_name and not p.middle_name and p.last_name and fold(p.first_name) == fold(p.last_name):
        name = fold(p.first_name)  # a one-part name typed in both fields (before it could be entered once)
    return (name, birth, fold(addr.street if addr else None), fold(addr.city if addr else None))


def suppression_keys(p: Person) -> list[str]:
    """What a client removed at their request is recognised by when a sheet brings them back
    (:meth:`App.check_new`): each form of the name (the full name, and every other name the client
    gave) with the birth, with each phone's last ten digits, with each e-mail's mailbox, and the
    whole :func:`identity_key` (the name and the current address; the name alone when the client
    gave nothing else). Texts to digest (:meth:`App.suppression_digests`), never kept as they are."""
    from optout.person import mailbox_key

    birth = p.birth_date.isoformat() if p.birth_date else str(p.birth_year or "")
    names = dict.fromkeys(n for n in (identity_key(p)[0], *(fold(a) for a in p.aliases)) if n)
    phones = {d for ph in p.phones if len(d := "".join(c for c in ph if c.isdigit())[-10:]) == 10}
    mails = {mailbox_key(e) for e in [*p.emails, *([p.optout_email] if p.optout_email else [])]}
    keys = ["identity\x1f" + "\x1f".join(identity_key(p))]
    for name in names:
        keys += [f"birth\x1f{name}\x1f{birth}"] if birth else []
        keys += [f"phone\x1f{name}\x1f{d}" for d in sorted(phones)]
        keys += [f"email\x1f{name}\x1f{m}" for m in sorted(mails)]
    return keys


def _zip5(zip_code: str | None) -> str:
    """A US ZIP's first five digits ("90022-1234" → "90022"), else the postcode folded; "" when none."""
    z = (zip_code or "").strip()
    m = re.match(r"(\d{5})(?:-?\d{4})?$", z)
    return m.group(1) if m else fold(z)


def _household_keys(p: Person) -> list[tuple[str, ...]]:
    """Where two profiles of one client entered twice may meet (:func:`same_client`): birth (date,
    else year) and current city, with the street, and with the ZIP, each as a key of its own when
    the profile has it. A clinic's sheet often keeps city and ZIP only (trial39: "Gutierez" imported
    beside "Gutiérrez", same birth date, ZIP and phone). Empty when birth or city is missing, or
    neither street nor ZIP is given (a city and a birth year are too many people's). And birth with
    each phone's last ten digits, city or not (trial49: a profile that lost its given name, same birth
    year, phone and city, no street nor ZIP, was added beside the client it was)."""
    addr = p.current_address
    birth = p.birth_date.isoformat() if p.birth_date else str(p.birth_year or "")
    keys: list[tuple[str, ...]] = []
    for phone in p.phones if birth else ():
        if len(digits := "".join(c for c in phone if c.isdigit())[-10:]) == 10:
            keys.append((birth, "", "phone", digits))
    city = fold(addr.city if addr else None)
    if not (birth and city and addr):
        return keys
    if street := fold(addr.street):
        keys.append((birth, city, "street", street))
    if zip5 := _zip5(addr.zip):
        keys.append((birth, city, "zip", zip5))
    return keys


#: The reason a profile like a client held is refused with, by what the two share
#: (:func:`_household_keys`): birth, city and street; birth, city and ZIP; birth and a phone.
SIMILAR_PERSON_CODES = {"street": "input_similar_person", "zip": "input_similar_person_zip",
                        "phone": "input_similar_person_phone"}

#: How alike two whole names must be (difflib's ratio, folded) to be one client spelt two ways:
#: "Wilner Desrosiers" / "Wilner Desrozier" 0.91, "José Ramírez" / "Jose Ramires" 0.92; a spouse or
#: sibling at one address has another birth date, and twins another given name ("Ana" / "Eva" 0.67).
SAME_CLIENT_RATIO = 0.85


def same_client(a: Person, b: Person) -> bool:
    """Whether ``a`` and ``b`` look like one client entered twice with the name spelt differently
    (a second intake form, a document that spells the surname otherwise): the same birth and current
    city, and the same street when both give one, else the same ZIP (:func:`_household_keys`), and a
    name of one among the other's forms (full name, ``names``, aliases), or whole names at most a
    few letters apart (:data:`SAME_CLIENT_RATIO`), or every word of one's name among the other's (a
    form that lost a part: "Saint-Juste" alone beside the client's whole name). Two streets that
    differ are two homes, whatever the ZIP. Not proof: the volunteer is asked (the add is refused
    naming the other id; ``--allow-duplicates`` adds them anyway)."""
    import difflib

    ka, kb = _household_keys(a), _household_keys(b)
    if not set(ka) & set(kb):
        return False
    streets = {k[3] for k in ka if k[2] == "street"}, {k[3] for k in kb if k[2] == "street"}
    if all(streets) and streets[0] != streets[1]:
        return False

    def forms(p: Person) -> set[str]:
        return {fold(" ".join(f.given + f.surnames)) for f in p.name_forms()} | {fold(p.full_name)}

    fa, fb = forms(a), forms(b)
    if fa & fb:
        return True
    if any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in fa for y in fb if x and y):
        return True
    return any(difflib.SequenceMatcher(None, x, y).ratio() >= SAME_CLIENT_RATIO for x in fa for y in fb)


@dataclass
class PersonInfo:
    """A person as the front ends list them. ``person`` holds personal values: show on request only."""

    id: str
    label: str | None
    created_at: dt.datetime
    person: Person

    @property
    def name(self) -> str:
        """The name as a person reads it, in the order their own tradition writes it
        (``Person.display_name``: "Nguyễn Thị Lan"), with its generational suffix ("Roberto Sánchez
        Jr"): a father and his son of one name are two clients. (``Person.full_name`` is the name a
        broker's search is given, without it.)"""
        return " ".join(x for x in (self.person.display_name, self.person.suffix) if x)

    @property
    def known_as(self) -> list[str]:
        """Every name the person answers to, for finding them in a list: the name, each other form
        of it (names in use, previous and married names, transliterations) and each alias or
        nickname. Personal values: never logged."""
        p = self.person
        return [self.name, *(" ".join(f.given + f.surnames) for f in p.names), *p.aliases]


#: What a case waits for (:meth:`App.waits_for`), each code said in words by ``cli:waits.<code>``:
#: a run working on it now; a run stopped or killed on this machine, whose lease holds it until a
#: time (the next run takes it over at once); information from the client; a person (``optout human``: a CAPTCHA, a
#: listing to look at, a request in doubt, a failure); its turn to be sent (the daily limit); the
#: letter sent again after its mailbox refused it for now; nothing (the client declined); the
#: request to its parent site; the next run (due now, or at a time); a recheck of a listing not found
#: or removed; the broker's answer to a letter (by its legal deadline); the request sent again (a
#: broker without a search); a search that proves a requested listing gone.
WAITS_FOR = ("run", "held", "info", "person", "turn", "resend", "nothing", "parent", "next_run", "next_run_at", "recheck",
             "reply", "request_again", "proof")


@dataclass
class RunPlan:
    person_ids: list[str] | None  # None: everyone
    recipes: list[Recipe]
    #: E-mail brokers left out because no mail account is configured.
    letters_left_out: list[Recipe]
    #: Letter tasks given back to the worker now that mail is configured.
    withdrawn: int
    #: Cases whose leases a run on this machine that is gone (killed, crashed) still held, taken
    #: over now (``App.take_over_dead_runs``), and how many such runs.
    taken_over: int = 0
    dead_runs: int = 0
    #: E-mail brokers of this run whose letters go out while no mailbox is configured to read their
    #: answers (``mail.imap.host`` or ``mail.maildir``): confirmations, verification links and
    #: requests for an ID would wait unseen until the legal deadline.
    replies_unread: int = 0

    @property
    def broker_ids(self) -> list[str]:
        return [r.id for r in self.recipes]


#: The profile fields a broker is searched with or a listing is matched on by place: a change to
#: one means what was searched before was not all there is to search (``App.update_person``).
SEARCHED_FIELDS = ("first_name", "middle_name", "last_name", "suffix", "aliases", "names", "addresses")


def _changed(person_id: str) -> PersonChanged:
    e = PersonChanged(f"person {person_id} was changed by someone else since the form was opened: "
                      "nothing was saved; open it again")
    e.why = Reason("person_changed_meanwhile")  # type: ignore[attr-defined]
    return e


def address_change(old: Person, new: Person) -> str | None:
    """How ``new``'s current (first) address differs from ``old``'s (:attr:`EditResult.address`):
    ``moved`` only when the old one is kept among the later ones (the same city and state, and the
    same street or none: the edit page's "after a move, the old one kept below it", and ``person
    edit --move``'s list), the one sign a volunteer gives that the client said they moved;
    ``changed`` when it was replaced (a typo fixed in the street is no move); ``set`` when there was
    none; None when it is the same."""
    from optout.streets import same_street

    was, now = (old.addresses[0] if old.addresses else None), (new.addresses[0] if new.addresses else None)
    if was == now or now is None:
        return None
    if was is None:
        return "set"

    def kept(a: Any) -> bool:
        if (fold(a.city), a.country, a.state) != (fold(was.city), was.country, was.state):
            return False
        if not a.street or not was.street:
            return True
        return fold(a.street) == fold(was.street) or same_street(fold(a.street), fold(was.street)) in ("same", "partly")

    return "moved" if any(kept(a) for a in new.addresses[1:]) else "changed"


@dataclass
class EditResult:
    """What ``App.update_person`` did: the profile fields that changed (their names, never their
    values), how many cases will be searched again on the next run for it, and how many cases
    were created for brokers that now apply."""

    person_id: str
    changed: list[str]
    searched_again: int
    new_cases: int
    #: after a change of ``optout_email``: the person's cases whose request went out and whose
    #: answer may still come to the old address (state ``submitted`` or ``confirmed``)
    answers_to_old_email: int = 0
    #: what happened to ``optout_email``: ``set`` (the profile had none: nothing old to keep),
    #: ``changed`` (another mailbox: the old one kept among ``emails``), ``respelt`` (the same
    #: mailbox in other letter case, ``person.same_mailbox``: nothing kept, nothing to wait for),
    #: ``removed``; None when it did not change
    optout_email: str | None = None
    #: what happened to the current (first) address: ``moved`` (a new one first, the old one kept
    #: below it as a past address: the client said they moved, :func:`address_change`), ``changed``
    #: (another first address, the old one not kept: a correction, a typo fixed, never said to be
    #: a move, trial50), ``set`` (none before); None when it did not change
    address: str | None = None


@dataclass
class Held:
    cases: int
    until: dt.datetime
    by_dead_runs: int


class PassNotes:
    """A long-lived process's passes kept in the store as their cases finish (:meth:`App.passes_noted`).

    ``progress(started)`` is ``worker.drain``'s ``progress`` for a pass that began at ``started``:
    at the pass's first finished case its row is started (an empty pass between due times is never
    kept), then its counts are noted as each case finishes (:meth:`App.noting_run`), so that a
    process killed mid-pass leaves a pass that says what it did. ``end(started, summary, stopped)``
    (``worker.serve``'s ``record``) records the pass's end: that row finished, or, for a pass that
    finished no case but handed some back, met a fault or an error, the pass kept whole
    (:meth:`App.record_pass`). A store that cannot keep them is said in the log, never fatal."""

    def __init__(self, app: App, source: str):
        self.app, self.source = app, source
        self._number: int | None = None
        self._begun = False

    def progress(self, started: dt.datetime) -> Callable[[Case, Case, int, int], Any]:
        self._number, self._begun = None, False
        noted: list[Callable[..., Any]] = []

        async def first(before: Case, after: Case, done: int, running: int) -> None:
            if not self._begun:
                self._begun = True
                self._number = await self.app._pass_started(started, self.source)
                if self._number is not None:
                    noted.append(self.app.noting_run(self._number, self.source))
            for note in noted:
                await note(before, after, done, running)

        return first

    async def end(self, started: dt.datetime, summary: Any, stopped: bool) -> None:
        number, begun = self._number, self._begun
        self._number, self._begun = None, False
        if begun:
            await self.app._pass_ended(number, self.source, summary, stopped, None)
        else:
            await self.app.record_pass(self.source, started, summary, stopped=stopped)


@dataclass(frozen=True)
class StoppedHold:
    """Cases leased by ``runs`` runs on this machine that were stopped or killed
    (:meth:`App.held_by_stopped_runs`): ``cases`` of them, held until ``until`` (UTC) at the latest."""

    cases: int
    runs: int
    until: dt.datetime


@dataclass(frozen=True)
class NextWork:
    """When a run could next take up work of some people and brokers (:meth:`App.next_work`).

    ``at``: the earliest time a case of theirs is due and free to claim (UTC), or None when none is
    scheduled (each waits for a person, or is done); ``held``: that earliest work is leased by
    another run (this machine's or another's), so ``at`` is when its lease ends, not when it was
    due; ``held_cases``: how many cases due now are so held. "Nothing to do" is said only when
    ``at`` is None: work held elsewhere or due later is said with its time (x48)."""

    at: dt.datetime | None
    held: bool
    held_cases: int

    @staticmethod
    def earliest(works: Iterable[NextWork]) -> NextWork:
        """The first of several people's next work (``status``'s line under its table, from its rows)."""
        works = list(works)
        timed = [w for w in works if w.at is not None]
        first = min(timed, key=lambda w: w.at or dt.datetime.max) if timed else NextWork(None, False, 0)
        return NextWork(first.at, first.held, sum(w.held_cases for w in works))

    def to_json(self) -> dict[str, Any]:
        """``next_at`` (ISO 8601, or null) and ``next_held``, as ``run --json``, ``run --due --json``
        and ``status --json`` give them (docs/JSON.md)."""
        return {"next_at": self.at.isoformat() if self.at else None, "next_held": self.held}


def next_work_of(cases: Iterable[Case], now: dt.datetime,
                 paused: Mapping[str, dt.datetime] | None = None) -> NextWork:
    """:class:`NextWork` of ``cases``: a case leased by a live run (its lease not yet run out) is free
    when the lease ends, if that is later than its due time; a case of a broker backing off
    (``paused``: broker id → ``BrokerHealth.backoff_until``, UTC) is taken up no earlier than that,
    as every run defers it until then (a due case of such a broker read "next work due now")."""
    at: dt.datetime | None = None
    held, held_cases = False, 0
    for c in cases:
        if c.next_action_at is None:
            continue
        leased = c.lease_owner is not None and c.lease_until is not None and c.lease_until > now
        free = max(c.next_action_at, c.lease_until) if leased and c.lease_until else c.next_action_at
        if paused and (until := paused.get(c.broker_id)) is not None and until > free:
            free = until
        held_cases += leased and c.next_action_at <= now
        if at is None or free < at:
            at, held = free, leased and c.lease_until is not None and c.lease_until > c.next_action_at
    return NextWork(at, held, held_cases)


@dataclass(frozen=True)
class TheirMail:
    """The brokers' mails about a client that the clinic's mailbox holds (the replies, bounces and
    verification mails optout took for their cases: ``Store.mails_of``), as their removal treats
    them: ``count`` mails from ``brokers`` (the brokers' names, sorted); ``mailbox`` "maildir" (a
    local Maildir: the removal deletes them, ``deleted`` says how many files went), "imap" (the
    clinic's own account, which optout never deletes from: they stay in ``folder`` at ``host``, for
    a person to delete in the mail client) or "" (no mailbox read). Never a value of the client's."""

    count: int
    brokers: tuple[str, ...]
    mailbox: str
    host: str = ""
    folder: str = ""
    deleted: int = 0


@dataclass(frozen=True)
class Removed:
    """What ``App.remove_person`` deleted: ``files`` evidence files, and the client's mails (``mail``)."""

    files: int
    mail: TheirMail


@dataclass
class AddResult:
    added: list[tuple[str, str]] = field(default_factory=list)  # (source, person id)
    #: Profiles not added because the person is already held: (source, existing id).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: A spreadsheet's columns not imported (1-based): headed with no column's name (``optout.intake.Sheet``).
    left_out: tuple[int, ...] = ()
    #: A spreadsheet's rows imported without their language, which named none optout knows: they
    #: read the clinic's language (``optout.intake.Sheet.unknown_language``), and its column (1-based).
    unknown_language: tuple[int, ...] = ()
    language_column: int = 0


# ---- which brokers apply -------------------------------------------------------------------------


def _laws() -> tuple[frozenset[str], Any]:
    """(GDPR_COUNTRIES, STATE_LAWS) from optout.mail, imported on first use."""
    from optout.mail import GDPR_COUNTRIES, STATE_LAWS

    return GDPR_COUNTRIES, STATE_LAWS


def person_countries(p: Person) -> set[str]:
    """Every country the person has lived in (no address: the US, the profile format's default)."""
    return {a.country for a in p.addresses} or {"US"}


def _jurisdiction_covers(jurisdictions: Iterable[str], country: str) -> bool:
    for j in jurisdictions:
        j = j.upper()
        if j == country or (j in ("EU", "EEA") and country in _laws()[0]):
            return True
    return False


def channel_of(recipe: IndexEntry | Recipe) -> str:
    """The opt-out's channel (browser, http, email, manual, parent) of an index entry or a recipe."""
    return recipe.channel if isinstance(recipe, IndexEntry) else recipe.optout.channel


def applies(recipe: IndexEntry | Recipe, p: Person) -> bool:
    """Whether ``recipe`` (its index entry, or the parsed recipe) can act for ``p``.

    * A site that is searched (a scan), or whose opt-out form anyone may fill in (browser, HTTP,
      a parent's), lists people of its jurisdictions: it applies when the person has lived in one
      of them (any address, past ones too).
    * A broker reached only by a legal request (e-mail, or by post/phone: ``manual``) applies when
      the person can invoke a law against it: for a broker of the EU/EEA/UK, anyone who lived (or
      lives) in its country (the GDPR binds a broker established there whatever the person's
      residence, Art. 3(1); the letter invokes it, ``optout.mail.choose_law``), and for a US broker a resident of California (CCPA) or of a state with its own
      privacy law (``optout.mail.STATE_LAWS``); elsewhere in the US no statute gives a right to deletion,
      so the registry's hundreds of brokers are not written to. Source of the rules: the laws
      summarised in ``optout/mail/_letters.py``.
    """
    channel = recipe.channel if isinstance(recipe, IndexEntry) else recipe.optout.channel
    addr = p.current_address
    residents = recipe.residents if isinstance(recipe, IndexEntry) else recipe.legal.residents
    if residents and not (addr and addr.country == "US" and addr.state in residents):
        return False  # a route for residents of some states only (California's DROP)
    if recipe.scan is not None or channel in ("parent", "browser", "http"):
        return any(_jurisdiction_covers(recipe.jurisdictions, c) for c in person_countries(p))
    gdpr_countries, state_laws = _laws()
    if any(c in gdpr_countries and _jurisdiction_covers(recipe.jurisdictions, c) for c in person_countries(p)):
        # the GDPR binds a broker established in the EU/EEA/UK whoever and wherever the person is
        # (Art. 3(1)): a client who lived in its country, now in the US, may ask it to delete (Art. 17)
        return True
    country = addr.country if addr else "US"
    if not _jurisdiction_covers(recipe.jurisdictions, country):
        return False
    if country in gdpr_countries:
        return True
    if country == "US":
        state = addr.state if addr else None
        return state == "CA" or state in state_laws
    return True  # a broker of the person's own (non-US, non-EU) country


# ---- the application -------------------------------------------------------------------------------


def _import_engine() -> None:
    """What a browser run needs before its first case, loaded in a thread while Chromium starts:
    the worker and with it the engine."""
    importlib.import_module("optout.worker")  # and with it optout.engine



#: The event a person's look at an unconfirmed request leaves (``App.done``): the case is unchanged.
UNCONFIRMED_SEEN = "unconfirmed_seen"


def _same_act(event: Any, kind: str, data: dict[str, Any] | None) -> bool:
    """Whether ``event`` is the "I did it" a person is about to record again: a look at a request
    (:data:`UNCONFIRMED_SEEN`) or a step done by hand (``resumed`` with ``done``), by a person. Two
    different answers to a question are not the same act: the second was answered meanwhile."""
    data = data or {}
    got = event.data or {}
    if event.kind != kind or got.get("by") is None or data.get("by") is None:
        return False
    return kind in (UNCONFIRMED_SEEN, DECLINED_EVENT) or (bool(got.get("done")) and bool(data.get("done")))


def _answer_of(event: Event) -> str | None:
    """What a person's answer recorded as ``event`` was, as the last part of its reason code
    (``answered_meanwhile_<answer>``): ``match`` (this is them), ``no_match`` (not them), ``done``
    (I did it, or a look at a request), ``retry`` (try again); None for an event that is no
    person's answer (a run's, a broker's reply)."""
    data = event.data or {}
    if data.get("by") != "person":
        return None
    if event.kind == UNCONFIRMED_SEEN or (event.kind == "resumed" and data.get("done")):
        return "done"
    if event.kind == DECLINED_EVENT:
        return "declined"
    if event.kind == "resumed" and "match_keys" in data:
        return "match" if data["match_keys"] else "no_match"
    return "retry" if event.kind == "resumed" else None


def _answered_meanwhile(case_id: int, newest: Event | None) -> CaseNotWaiting | None:
    """The refusal of a person's answer that came second: which answer stands and when it was
    recorded (UTC, to the minute), by another volunteer (never who: a person's name is not said),
    in one line; None when the newest event is no person's answer (f41: the loser of two answers
    at once was told only that the case "was answered meanwhile")."""
    answer = _answer_of(newest) if newest is not None else None
    if newest is None or answer is None:
        return None
    at = f"{newest.at.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M} UTC"
    words = {"match": "\u201cthis is them\u201d", "no_match": "\u201cnot them\u201d",
             "done": "\u201cI did it\u201d", "retry": "\u201ctry again\u201d",
             "declined": "\u201cthe client chose not to send it\u201d"}[answer]
    e = CaseNotWaiting(f"case {reasons.case_ref(case_id)} was already answered by another volunteer at {at}: {words} stands; "
                       "nothing was recorded twice")
    e.why = Reason(f"answered_meanwhile_{answer}", {"case": case_id, "at": at})  # type: ignore[attr-defined]
    return e


def _already_recorded(case_id: int) -> AlreadyRecorded:
    e = AlreadyRecorded(f"case {reasons.case_ref(case_id)}: this answer was already recorded; nothing was recorded twice")
    e.why = Reason("answer_already_recorded", {"case": case_id})  # type: ignore[attr-defined]
    return e


class App:
    """One open data directory: settings, store, vault, recipes and clock."""

    def __init__(self, settings: Settings, store: Store, vault: Vault | None, catalogue: Catalogue | None,
                 clock: Clock):
        self.settings, self.store, self.clock = settings, store, clock
        self._vault, self._catalogue = vault, catalogue
        self._people: dict[str, PersonInfo] | None = None
        self._stamps: dict[str, Any] = {}  # person id → PersonRow.updated_at of the profile cached
        self._suppression: bytes | None = None  # the store's key for removed clients' digests

    @property
    def vault(self) -> Vault:
        """The vault, unlocked on first use: a passphrase's key derivation (scrypt) costs ~0.2 s of
        CPU, which commands that open no sealed data do not pay."""
        if self._vault is None:
            from optout.vault import Vault

            self._vault = Vault.from_settings(self.settings)
        return self._vault

    @property
    def catalogue(self) -> Catalogue:
        """The recipe catalogue, read on first use from its compiled index (``optout.recipe.index``;
        a recipe is parsed only when a case of its broker runs): commands that never look at
        recipes pay nothing for it, the others a few tens of ms whatever the catalogue's size."""
        if self._catalogue is None:
            self._catalogue = open_catalogue(self.settings)
        return self._catalogue

    # ---- recipes -----------------------------------------------------------------------------------

    @property
    def mail_configured(self) -> bool:
        m = self.settings.mail
        return bool(m.accounts) or bool(m.smtp_host and m.from_address)

    @property
    def reads_mail(self) -> bool:
        """A mailbox is configured for brokers' answers (IMAP, or a local Maildir)."""
        return bool(self.settings.mail.imap.host or self.settings.mail.maildir)

    def replies_unread(self, recipes: list[IndexEntry] | None = None) -> int:
        """How many of ``recipes`` (None: this run mode's) are e-mail brokers whose letters go out
        while no mailbox reads their answers (:attr:`reads_mail`): 0 when letters do not go out or
        a mailbox is set up. ``run`` warns of it on stderr, the dashboard's Runs page on the page."""
        if not self.mail_configured or self.reads_mail:
            return 0
        return sum(r.channel == "email" for r in (self.recipes() if recipes is None else recipes))

    def recipes(self, ids: list[str] | None = None) -> list[IndexEntry]:
        """The recipes of this run mode, as index entries (nothing parsed): the lab's against the
        lab, the real ones otherwise (``ids`` narrows; an unknown id raises ``RecipeError``)."""
        return self.catalogue.entries(ids, lab=bool(self.settings.lab_url))

    def selection(self, ids: list[str] | None = None) -> tuple[list[IndexEntry], list[IndexEntry]]:
        """(recipes to run, e-mail recipes left out). Without a mail account the e-mail brokers
        wait (each would become a letter a person sends by hand) unless named in ``ids``."""
        recipes = self.recipes(ids)
        if ids or self.mail_configured:
            return recipes, []
        return ([r for r in recipes if r.channel != "email"],
                [r for r in recipes if r.channel == "email"])

    async def early_browser(self, recipes: list[IndexEntry]) -> BrowserChannel | None:
        """For a run about to start: when a broker of ``recipes`` uses the browser, a browser channel
        whose Chromium is already starting (hand it to ``Engine(browser=…)``), with the engine's
        modules imported in a thread meanwhile, so that the two overlap instead of adding up
        (~0.5 s of start-up on 2 CPUs). The matcher's tables are not read here: the engine reads
        them once its first scan's page is open (``Engine._warm_soon``). None when no broker needs
        a browser."""
        if not any("browser" in (r.channel, r.scan) for r in recipes):
            return None
        from optout.channels.browser import BrowserChannel

        channel = BrowserChannel(self.settings.browser, self.settings.network, self.settings.effective_proxy, None)
        channel.start_soon()
        await asyncio.to_thread(_import_engine)
        return channel

    def applicable(self, p: Person, recipes: list[IndexEntry] | None = None) -> list[IndexEntry]:
        """The recipes (of ``recipes``, default: this run mode's) that can act for ``p``. Against
        the lab every lab recipe applies (its brokers list anyone seeded)."""
        pool = self.recipes() if recipes is None else recipes
        if self.settings.lab_url:
            return list(pool)
        return [r for r in pool if applies(r, p)]

    # ---- people ------------------------------------------------------------------------------------

    async def open_person(self, person_id: str) -> tuple[PersonKey, Person]:
        return self._open_sealed(person_id, await self.store.get_person(person_id))

    def _open_sealed(self, person_id: str, sealed: bytes) -> tuple[PersonKey, Person]:
        key, raw = self.vault.open_person(person_id, sealed)
        from optout.person import parse_person

        return key, parse_person(json.loads(raw), f"person {person_id}")

    async def people(self) -> list[PersonInfo]:
        """Every person, oldest first, opened through the vault (labels and names are sealed).

        The opened profiles are kept, but the store's rows are read at every call: a person removed,
        added or edited by another process (the CLI beside a running dashboard, another worker on
        a shared database) is gone, there or changed here at once. Only new or changed profiles are
        opened again (``PersonRow.updated_at``). Before trial24 a running dashboard kept listing,
        by name, a client removed from the command line, and her page failed with a traceback."""
        rows = await self.store.people()
        cached, stamps = self._people or {}, self._stamps
        stale = [row.id for row in rows if row.id not in cached or stamps.get(row.id) != row.updated_at]
        # the profiles to open in one read of the store, not one round trip to its thread each (a
        # run's start opened its 32 people one after another before its first claim: e24)
        sealed = await self.store.get_people(stale)
        infos: dict[str, PersonInfo] = {}
        for row in rows:
            info = cached.get(row.id)
            if info is None or stamps.get(row.id) != row.updated_at:
                if row.id not in sealed:
                    continue  # removed by another process since the rows were read: gone here too
                p = self._open_sealed(row.id, sealed[row.id])[1]
                info = PersonInfo(row.id, p.label, row.created_at, p)
            infos[row.id] = info
        self._people, self._stamps = infos, {row.id: row.updated_at for row in rows}
        # added together (an import): in the order of their labels, which clinics number
        return sorted(self._people.values(), key=lambda i: (i.created_at, fold(i.label) or "~", i.id))

    async def labels(self) -> dict[str, str | None]:
        """Every person id → their label (None: no label, or a record that does not open, which
        the commands that need the person report on their own)."""
        if self._people is not None:  # what the cache holds, brought up to the store's rows
            return {i.id: i.label for i in await self.people()}
        found: list[tuple[Any, str | None]] = []
        rows = await self.store.people()
        if rows:
            self.vault  # noqa: B018  # unlock first: a wrong passphrase or an open key file is an error, not "no label"
        for row in rows:
            try:
                found.append((row, (await self.open_person(row.id))[1].label))
            except (OptoutError, ValueError):
                found.append((row, None))
        found.sort(key=lambda x: (x[0].created_at, fold(x[1]) or "~", x[0].id))  # as people() orders them
        return {row.id: label for row, label in found}

    async def find_id(self, query: str) -> str:
        """The id of the person answering to ``query`` (see :meth:`find`); an exact id is taken
        without opening anyone's record."""
        if query in {r.id for r in await self.store.people()}:
            return query
        return (await self.find(query)).id

    def _forget(self) -> None:
        self._people, self._stamps = None, {}

    async def find(self, query: str) -> PersonInfo:
        """The person answering to ``query``: an id, a label (exact, case-insensitive) or a name
        (every word of the query in the person's name or another name, accents and case aside).
        None → ``PersonNotFound``; several → ``AmbiguousPerson`` with the candidates."""
        people = await self.people()
        for info in people:
            if query == info.id:
                return info
        q = fold(query)
        by_label = [i for i in people if i.label and fold(i.label) == q]
        if len(by_label) == 1:
            return by_label[0]
        words = q.split()
        hits = by_label or [i for i in people if words and any(
            all(w in fold(n).split() for w in words) for n in (i.person.full_name, *i.person.aliases))]
        if not hits:
            # the query is never said back: it may be a client's name (trial49; x48's usage errors alike)
            e = PersonNotFound("no person with that id, label or name: see `optout person list`")
            e.why = Reason("no_such_person")  # type: ignore[attr-defined]
            raise e
        if len(hits) > 1:
            ids = ", ".join(f"{i.id}" + (f" ({i.label})" if i.label else "") for i in hits)
            e2 = AmbiguousPerson(f"{len(hits)} people answer to that name; use an id or a label: " + ids,
                                 [(i.id, i.label) for i in hits])
            e2.why = Reason("ambiguous_person", {"count": len(hits), "ids": ids})  # type: ignore[attr-defined]
            raise e2
        return hits[0]

    async def resolve(self, queries: list[str] | None) -> list[str] | None:
        """Person ids for ``queries`` (None stays None: everyone)."""
        if not queries:
            return None
        return [await self.find_id(q) for q in queries]

    async def suppression_digests(self, p: Person) -> list[str]:
        """The keyed digests of :func:`suppression_keys` (HMAC-SHA256 under the store's own key,
        ``vault.SUPPRESSION``, made on first use and kept sealed by the vault in the store): what
        the store keeps of a client removed at their request, no value in clear."""
        from optout.vault import SUPPRESSION, keyed_digest

        if self._suppression is None:
            sealed = await self.store.secret(SUPPRESSION, self.vault.new_secret(SUPPRESSION))
            self._suppression = self.vault.open_secret(SUPPRESSION, sealed)
        return [keyed_digest(self._suppression, k) for k in suppression_keys(p)]

    async def removed_on(self, people: list[Person]) -> list[dt.date | None]:
        """For each of ``people``, the day a client like them was removed at their request (the
        latest, if more than once), or None: they answer to none of the digests
        :meth:`remove_person` kept. One read of the store for them all."""
        digests = [await self.suppression_digests(p) for p in people]
        found = await self.store.suppressed([d for ds in digests for d in ds])
        days = []
        for ds in digests:
            when = [found[d] for d in ds if d in found]
            days.append(max(when).date() if when else None)
        return days

    async def check_new(self, people: list[tuple[str, Person]], *, allow_duplicates: bool = False,
                        two_people: Collection[tuple[str, str]] = (), allow_removed: bool = False,
                        removed_back: Collection[str] = ()
                        ) -> tuple[list[tuple[str, Person]], list[tuple[str, str]], list[tuple[str, str, str, Reason]]]:
        """Split ``(source, person)`` into new ones, ``(source, existing id)`` already held, and
        ``(source, column, problem, reason)``: a label already in use, the same person twice in
        ``people``, one like someone else with the name spelt otherwise, a client removed at their
        request (:meth:`removed_on`, ``input_removed_client`` with the day; ``allow_removed`` adds
        them again, ``removed_back`` those sources only) (``problem`` in English, ``reason`` for any
        language). ``two_people`` holds ``(source, other)`` pairs a person said are two people:
        that one source is not refused for looking like that one other (a person id or another
        source), and nothing else is let through."""
        removed = [None] * len(people) if allow_removed else await self.removed_on([p for _, p in people])
        return split_new(people, await self.people(), allow_duplicates=allow_duplicates, two_people=two_people,
                         removed=removed, removed_back=removed_back)

    async def add_people(self, people: list[tuple[str, Person]], *, allow_duplicates: bool = False,
                         skip_held: bool = False, allow_removed: bool = False) -> AddResult:
        """Seal and store ``(source, person)`` with their cases, in one transaction: all or none.

        A person already held raises ``DuplicatePerson`` (or, with ``skip_held``, is left out and
        reported in ``skipped``); ``allow_duplicates`` adds them again anyway. A label in use, one
        person twice, or a client removed at their request (unless ``allow_removed``: they asked
        to be added again) raises ``DuplicatePerson``."""
        new, skipped, problems = await self.check_new(people, allow_duplicates=allow_duplicates,
                                                      allow_removed=allow_removed)
        if problems:
            source, column, problem, why = problems[0]
            e = DuplicatePerson(f"{source}: {column}: {problem}; nothing was added" if column != "(row)"
                                else f"{source}: {problem}; nothing was added")
            e.why = why  # type: ignore[attr-defined]
            e.then = Reason("nothing_added")  # type: ignore[attr-defined]  # said after it, in any language
            e.source = f"{source}: {column}" if column != "(row)" else source  # type: ignore[attr-defined]
            raise e
        if skipped and not skip_held:
            source, pid = skipped[0]
            e = DuplicatePerson(f"{source}: this person is already held as {pid}; nothing was added "
                                "(--allow-duplicates adds them again)")
            e.why = Reason("duplicate_person", {"other": pid})  # type: ignore[attr-defined]
            e.source = source  # type: ignore[attr-defined]
            raise e
        return await self._store_new(new, skipped)

    async def _store_new(self, new: list[tuple[str, Person]], skipped: list[tuple[str, str]]) -> AddResult:
        from optout import clinic

        rows, result = [], AddResult(skipped=skipped)
        default = clinic.default_language(self.settings)
        for source, p in new:
            if p.language is None and default:  # a new client reads the clinic's language unless they said
                p = p.model_copy(update={"language": default})
            pid = new_person_id()
            blob, _ = self.vault.seal_person(pid, p.model_dump_json(exclude_none=True).encode())
            rows.append((pid, blob, [r.id for r in self.applicable(p, self.selection()[0])]))
            result.added.append((source, pid))
        if rows:
            await self.store.add_people(rows, self.clock.now())
        self._forget()
        return result

    async def import_csv(self, path: Path, *, allow_duplicates: bool = False,
                         two_people: Collection[tuple[int, str]] = (), allow_removed: bool = False,
                         removed_back: Collection[int] = ()) -> AddResult:
        """Add everyone in a clinic's CSV (format: ``optout/intake.py``), all or nothing.

        Rows with problems raise ``RowsRejected`` listing every one (row, column, what was
        expected) and nothing is added; people already held are left out and reported in
        ``skipped`` (``allow_duplicates`` adds them again), so importing a file twice adds nobody.
        ``two_people`` holds ``(row, other)`` pairs a person said are two people (``other`` a
        person id or ``"row N"``): that row is not refused for looking like that other, the
        dashboard's per-row answer to ``input_similar_person`` (the CLI's is ``--allow-duplicates``).
        A row of a client removed at their request is refused (``input_removed_client``: the clinic
        deletes it from its sheet) unless ``allow_removed`` (``--allow-removed``), or its row is
        among ``removed_back`` (the dashboard's tick per row)."""
        from optout.intake import RowsRejected, read_sheet

        sheet = read_sheet(path)
        people, problems = sheet.people, list(sheet.problems)
        new, skipped, dup = await self.check_new([(f"row {row}", p) for row, p in people],
                                                 allow_duplicates=allow_duplicates,
                                                 two_people={(f"row {row}", other) for row, other in two_people},
                                                 allow_removed=allow_removed,
                                                 removed_back={f"row {row}" for row in removed_back})
        problems += row_problems(dup)
        if problems:
            problems.sort(key=lambda x: x.row)
            rows = len({x.row for x in problems})
            raise RowsRejected(f"{path}: {rows} row(s) have problems; nothing was imported", problems)
        result = await self._store_new(new, skipped)
        result.left_out = sheet.left_out
        added = {src for src, _ in result.added}  # a row held already was not imported: nothing to say of it
        result.unknown_language = tuple(r for r in sheet.unknown_language if f"row {r}" in added)
        result.language_column = sheet.language_column
        return result

    async def edit_person(self, query: str, *, label: str | None = None, add_names: Iterable[str] = (),
                          add_phones: Iterable[str] = (), add_emails: Iterable[str] = (),
                          add_addresses: Iterable[dict[str, Any]] = (), move_to: dict[str, Any] | None = None,
                          optout_email: str | None = None) -> EditResult:
        """Add to a person in place (``optout person edit``): cases, listings and evidence are kept;
        what the change affects is searched again (:meth:`update_person`).

        ``optout_email``: the address brokers get from now on (a person who changed mailbox,
        trial37: nothing could change it but removing the person and their evidence); the old one
        stays among the person's ``emails`` (:meth:`update_person`). Raises ``ProfileError`` naming
        ``optout_email`` for an address that is not one."""
        info = await self.find(query)
        _, p = await self.open_person(info.id)
        data = p.model_dump(mode="json", exclude_none=True)
        if label is not None:
            data["label"] = label
        data["aliases"] = [*data.get("aliases", []), *add_names]
        data["phones"] = [*data.get("phones", []), *add_phones]
        data["emails"] = [*data.get("emails", []), *add_emails]
        data["addresses"] = [*data.get("addresses", []), *add_addresses]
        if move_to is not None:
            data["addresses"] = [move_to, *data["addresses"]]
        if optout_email is not None:
            data["optout_email"] = optout_email
        return await self.update_person(info.id, data, source=f"person {info.id}")

    async def person_version(self, person_id: str) -> str:
        """The profile's version as stored now (:func:`person_version`): the edit form carries it."""
        return person_version(await self.store.get_person(person_id))

    async def update_person(self, person_id: str, data: dict[str, Any], *, source: str = "the form",
                            version: str | None = None) -> EditResult:
        """Replace person ``person_id``'s profile with ``data`` (a whole profile, as a profile file
        holds it), checked as a new one is (``parse_person``: ``ProfileError`` naming each field;
        a label another person has: ``DuplicatePerson``, ``why`` ``input_label_used``).

        Cases, listings, answers and evidence are kept. Brokers that now apply (a move to another
        state) get their cases. A change of a form of the name or of an address
        (:data:`SEARCHED_FIELDS`) means brokers must be searched for it: every ``not_found`` case
        is searched again on the next run (``resumed`` → ``new``), and every ``removed`` one is
        rechecked then (due now, its state kept: only that search may say it is still removed).
        A case leased by a running worker is left to it. A changed ``optout_email`` keeps the old
        one among ``emails`` and counts the cases whose answer may still go to it
        (``EditResult.answers_to_old_email``). Used by ``optout person edit`` and the dashboard's
        edit page alike.

        ``version``: the profile's version the form was read at (:meth:`person_version`); the edit
        is refused (:class:`PersonChanged`) when the profile changed since. Either way the write is
        a compare-and-swap against the profile read here: an edit by another process in between is
        never overwritten."""
        from optout.person import parse_person, same_mailbox

        info = await self.find(person_id)
        if info.id != person_id:
            raise PersonNotFound(f"no person has the id {person_id}")
        read = await self.store.get_person(info.id)
        if version is not None and person_version(read) != version:
            raise _changed(info.id)
        key, old = self._open_sealed(info.id, read)
        new_optout = data.get("optout_email")
        if old.optout_email and not same_mailbox(new_optout, old.optout_email) \
                and not any(same_mailbox(e, old.optout_email) for e in data.get("emails") or []):
            # the address brokers got is still the person's: kept among their e-mails (a reply quoting
            # it is recognised, a log line hides it), as a move keeps the old address as a past one;
            # the same mailbox written in other letter case is no other address (person.mailbox_key)
            data = {**data, "emails": [*(data.get("emails") or []), old.optout_email]}
        # an address the profile held is not refused again: only one typed now (the form, --add-email)
        edited = parse_person(data, source, intake=True,
                              known_emails=[*old.emails, *([old.optout_email] if old.optout_email else [])])
        if edited.label:
            others = [i for i in await self.people()
                      if i.id != info.id and i.label and fold(i.label) == fold(edited.label)]
            if others:
                e = DuplicatePerson(f"{source}: label: already used by {others[0].id}; choose another")
                e.why = Reason("input_label_used", {"other": others[0].id})  # type: ignore[attr-defined]
                e.source = f"{source}: label"  # type: ignore[attr-defined]
                raise e
        before, after = old.model_dump(mode="json"), edited.model_dump(mode="json")
        changed = [k for k in after if before.get(k) != after.get(k)]
        if not changed:
            return EditResult(info.id, [], 0, 0)
        now = self.clock.now()
        blob, _ = self.vault.seal_person(info.id, edited.model_dump_json(exclude_none=True).encode(), key)
        if not await self.store.update_person(info.id, blob, now, expected=read):
            raise _changed(info.id)
        cases_before = {c.id for c in await self.store.cases(person_id=info.id)}
        await self.store.ensure_cases(info.id, [r.id for r in self.applicable(edited, self.selection()[0])], now)
        added = len({c.id for c in await self.store.cases(person_id=info.id)} - cases_before)
        again = 0
        searched = sorted(set(changed) & set(SEARCHED_FIELDS))
        if searched:
            # a new form of the name or a new address may be the one a broker lists: searched on
            # the next run, not at the recheck weeks later
            for c in await self.store.cases(person_id=info.id, states=[CaseState.NOT_FOUND, CaseState.REMOVED]):
                if c.lease_until and c.lease_until > now:
                    continue
                data_ = {"by": "person", "done": False, "profile_changed": searched}
                if c.state == CaseState.NOT_FOUND:
                    await self.store.record(c.id, "resumed", CaseState.NEW, now, data=data_, next_action_at=now)
                else:
                    await self.store.record(c.id, "recheck_due", CaseState.REMOVED, now, data=data_,
                                            next_action_at=now)
                again += 1
        waiting, optout = 0, None
        if "optout_email" in changed:
            optout = ("set" if not old.optout_email else "removed" if not edited.optout_email
                      else "respelt" if same_mailbox(old.optout_email, edited.optout_email) else "changed")
        if optout in ("changed", "removed"):
            # requests already sent named the old address: their answers may still go there
            waiting = len(await self.store.cases(person_id=info.id, states=[CaseState.SUBMITTED, CaseState.CONFIRMED]))
        self._forget()
        return EditResult(info.id, changed, again, added, waiting, optout, address_change(old, edited))

    async def removal_plan(self, query: str) -> tuple[PersonInfo, int, int]:
        """(the person, their cases, their evidence files): what ``remove_person`` would delete."""
        info = await self.find(query)
        cases = await self.store.cases(person_id=info.id)
        files = 0
        for c in cases:
            files += len(await self.store.evidence(c.id))
        return info, len(cases), files

    async def requests_sent(self, person_id: str) -> int:
        """How many of the person's brokers were sent a request (a case with an attempt): removing
        the person from optout does not withdraw those, nor undo a removal a broker made."""
        return sum(1 for c in await self.store.cases(person_id=person_id) if c.attempts)

    async def their_mail(self, person_id: str, cases: list[Case] | None = None) -> TheirMail:
        """The brokers' mails about the person in the clinic's mailbox, as :meth:`remove_person` treats
        them (:class:`TheirMail`: deleted from a local Maildir, left in an IMAP account); ``cases``:
        theirs, when the caller holds them."""
        theirs = cases if cases is not None else await self.store.cases(person_id=person_id)
        by_case = {c.id: c.broker_id for c in theirs}
        mails = await self.store.mails_of(list(by_case)) if by_case else {}
        entries = {b: self.catalogue.index.get(b) for b in {by_case[c] for c in mails.values() if c in by_case}}
        brokers = tuple(sorted(e.name if e is not None else b for b, e in entries.items()))
        imap = self.settings.mail.imap
        if imap.host:
            return TheirMail(len(mails), brokers, "imap", imap.host, imap.folder)
        return TheirMail(len(mails), brokers, "maildir" if self.settings.mail.maildir else "")

    async def remove_person(self, person_id: str) -> Removed:
        """Delete a person, their cases and every evidence file, and take their cases out of every
        other client's question about a broker's unplaced reply (:meth:`_forget_in_questions`).
        Keeps, in the same transaction, the keyed digests of who they were
        (:meth:`suppression_digests`, no value in clear) and the day, so that a sheet that still
        holds their row does not bring them back (:meth:`check_new`). A record that no longer
        opens is removed all the same, with nothing kept. The brokers' mails about them
        (:meth:`their_mail`) are deleted from a local Maildir (``mail.maildir``); in an IMAP
        account, the clinic's own, they stay, and :class:`TheirMail` says where (t52). Returns how
        many files and mails went."""
        theirs = await self.store.cases(person_id=person_id)
        mail = await self.their_mail(person_id, theirs)
        keys = set(await self.store.mails_of([c.id for c in theirs])) if mail.mailbox == "maildir" else set()
        # the profile as this process holds it (find() read it: e24, no second read), else opened
        cached = (self._people or {}).get(person_id)
        try:
            who: Person | None = cached.person if cached is not None else (await self.open_person(person_id))[1]
        except (OptoutError, ValueError):
            who = None  # a damaged record: the client still goes, as asked
        digests = await self.suppression_digests(who) if who is not None else []
        paths = await self.store.remove_person(person_id, digests, self.clock.now())
        evidence = self.settings.evidence_dir
        for rel in paths:
            with contextlib.suppress(FileNotFoundError):
                (evidence / rel).unlink()
        for folder in {(evidence / rel).parent for rel in paths}:  # a case's folder
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._forget()
        await self._forget_in_questions(theirs)
        if keys and self.settings.mail.maildir:
            from optout.mail import delete_mails

            mail = replace(mail, deleted=await asyncio.to_thread(delete_mails, Path(self.settings.mail.maildir), keys))
        return Removed(len(paths), mail)

    async def _forget_in_questions(self, theirs: list[Case]) -> None:
        """A forgotten client's cases (``theirs``) out of the other clients' questions about a broker's
        unplaced reply (``unplaced_reply``: its ``cases`` and its "letters from N clients"): each such
        question still waiting, at the brokers of those cases, is asked again (its event re-recorded,
        the case's state and day unchanged) without them. Nothing of the forgotten client stays in
        another's case."""
        from optout.errors import StateChanged
        from optout.mail._flow import unplaced_instructions

        gone = {c.id for c in theirs}
        now = self.clock.now()
        waiting = [case for broker in sorted({c.broker_id for c in theirs})
                   for case in await self.store.cases(broker_id=broker, states=[CaseState.NEEDS_HUMAN])]
        for case in waiting:
            events = await self.store.events(case.id)
            task = events[-1] if events else None
            d = (task.data or {}) if task is not None else {}
            if task is None or task.kind != "human_needed" or d.get("kind") != "unplaced_reply" \
                    or not gone & set(d.get("cases") or []):
                continue
            cases = [c for c in d["cases"] if c not in gone]
            data = {**d, "cases": cases}
            if d.get("sealed"):
                key, _ = await self.open_person(case.person_id)
                opened = json.loads(key.open(base64.b64decode(d["sealed"]), f"human:{case.id}"))
                recipe = self.catalogue.index.get(case.broker_id)
                en, es = unplaced_instructions(recipe.name if recipe else case.broker_id, str(d.get("received", "")),
                                               len(cases))
                opened.update(instructions=en, instructions_es=es)
                data["sealed"] = base64.b64encode(key.seal(json.dumps(opened).encode(), f"human:{case.id}")).decode()
            with contextlib.suppress(StateChanged):  # answered meanwhile: nothing left to ask again
                await self.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, now, data=data,
                                        last_error=case.last_error, after_event=task.id)

    # ---- cases -------------------------------------------------------------------------------------

    async def prepare(self, person_ids: list[str] | None, recipes: list[IndexEntry] | list[Recipe], *,
                      chosen: bool = False) -> None:
        """Create, lazily, the cases of ``recipes`` (index entries or recipes) that apply to each
        person (all people: None); ``chosen``: all of ``recipes``, named by the user."""
        now = self.clock.now()
        # one transaction for everyone (Store.ensure_cases_for), not one per person: a run's start
        # waited ~4 ms a person for it (e19: 0.13 s for 32 people at load 8)
        if chosen:
            pids = person_ids if person_ids is not None else [r.id for r in await self.store.people()]
            await self.store.ensure_cases_for({pid: [r.id for r in recipes] for pid in pids}, now)
            return
        wanted = {}
        for info in await self.people():
            if person_ids is None or info.id in person_ids:
                ids = [r.id for r in self.applicable(info.person, recipes)]
                if ids:
                    wanted[info.id] = ids
        await self.store.ensure_cases_for(wanted, now)

    async def plan_run(self, people: list[str] | None = None, brokers: list[str] | None = None) -> RunPlan:
        """What ``run``, ``run --due`` and ``worker`` work on, the same for all three: the people
        (ids, labels or names; None: everyone), this run mode's recipes (``brokers`` narrows), less
        the e-mail brokers while no mail account is configured. Creates the missing cases that apply
        and withdraws letter tasks made while mail was not configured."""
        self._forget()  # people may have been added by another process since
        recipes, letters = self.selection(brokers)
        ids = await self.resolve(people)
        withdrawn = await self.withdraw_letter_tasks()
        await self.resume_for_clinic_contact()
        await self.settle_unplaced()  # a person's answer on an unplaced reply that a stopped process left half done
        # brokers named by hand are the volunteer's choice: they get cases whatever the rules say
        await self.prepare(ids, recipes, chosen=bool(brokers))
        taken, runs = await self.take_over_dead_runs()
        return RunPlan(ids, recipes, letters, withdrawn, taken, runs, self.replies_unread(recipes))

    async def dead_leases(self) -> tuple[int, int]:
        """(cases, runs): live leases held by runs on this machine that are gone (``status``)."""
        held = await self.held_by_stopped_runs()
        return held.cases, held.runs

    async def held_by_stopped_runs(self) -> StoppedHold:
        """Cases still leased by runs on this machine that are gone (stopped or killed: their cases
        look idle): how many, until when the last lease runs out (UTC; then any run takes them up),
        and by how many runs (:class:`StoppedHold`). The next run, worker pass or dashboard run on this
        machine takes them over at once (:meth:`take_over_dead_runs`). ``status`` and the
        dashboard's home say it; nothing is taken here."""
        from optout.leases import gone

        now = self.clock.now()
        held = [c for c in await self.store.cases()
                if c.lease_owner and c.lease_until and c.lease_until > now and gone(c.lease_owner)]
        until = max((c.lease_until for c in held if c.lease_until), default=now)
        return StoppedHold(len(held), len({c.lease_owner for c in held}), until)

    async def held_by_runs(self) -> tuple[int, dt.datetime | None]:
        """(cases, until): cases leased right now by a run that is alive (this machine's or another
        machine's: only its own machine can tell a run gone, :meth:`dead_leases`), and when the
        last of those leases runs out, for ``status``'s summary."""
        from optout.leases import gone

        now = self.clock.now()
        held = [c.lease_until for c in await self.store.cases()
                if c.lease_owner and c.lease_until and c.lease_until > now and not gone(c.lease_owner)]
        return len(held), max(held) if held else None

    async def take_over_dead_runs(self) -> tuple[int, int]:
        """Take over at once the leases of runs on this machine that are gone (a killed ``optout
        run``: its process no longer exists, ``optout.leases.gone``), rather than wait for them to
        run out; leases of other machines' runs are left to run out. The cases keep their recorded
        state: a request that may have gone out is checked before anything is sent again. Returns
        (cases taken over, runs they came from)."""
        from optout.leases import gone

        now = self.clock.now()
        dead = [o for o in await self.store.lease_owners(now) if gone(o)]
        taken = 0
        for owner in dead:
            taken += len(await self.store.take_over(owner, now))
        return taken, len(dead)

    async def held_elsewhere(self, plan: RunPlan) -> Held | None:
        """Cases of ``plan`` leased by another run right now: how many, until when, and how many of
        those by a run on this machine whose process is gone (killed: its leases run out at
        ``until``, then the cases are taken up again)."""
        now = self.clock.now()
        brokers = {r.id for r in plan.recipes}
        held = [c for c in await self.store.cases()
                if c.lease_owner and c.lease_until and c.lease_until > now and c.broker_id in brokers
                and (plan.person_ids is None or c.person_id in plan.person_ids)]
        if not held:
            return None
        from optout.leases import gone

        dead = sum(1 for c in held if gone(c.lease_owner or ""))
        return Held(len(held), max(c.lease_until for c in held if c.lease_until), dead)

    async def next_work(self, person_ids: Collection[str] | None = None,
                        broker_ids: Collection[str] | None = None) -> NextWork:
        """When the next work of these people and brokers (None: all) can be taken up, and whether
        another run holds it (:class:`NextWork`): what ``run``, ``run --due``, ``worker`` and
        ``status`` say instead of "nothing to do" (x48: due cases leased by another run read as
        nothing to do). Read from the store as it is now."""
        return next_work_of((c for c in await self.store.cases()
                             if (person_ids is None or c.person_id in person_ids)
                             and (broker_ids is None or c.broker_id in broker_ids)), self.clock.now(),
                            await self._backing_off())

    async def _backing_off(self) -> dict[str, dt.datetime]:
        """Brokers every run defers for now, and until when (``Store.broker_health``'s ``backoff_until``
        still ahead): :func:`next_work_of`'s ``paused``."""
        now = self.clock.now()
        return {h.broker_id: h.backoff_until for h in await self.store.broker_health()
                if h.backoff_until is not None and h.backoff_until > now}

    async def next_work_by_person(self, person_ids: Collection[str] | None = None,
                                  broker_ids: Collection[str] | None = None) -> dict[str, NextWork]:
        """:meth:`next_work` of each person of ``person_ids`` (None: everyone with a case), from
        one read of the store (``status``'s rows)."""
        by: dict[str, list[Case]] = {}
        for c in await self.store.cases():
            if (person_ids is None or c.person_id in person_ids) and (broker_ids is None or c.broker_id in broker_ids):
                by.setdefault(c.person_id, []).append(c)
        now, paused = self.clock.now(), await self._backing_off()
        return {pid: next_work_of(cases, now, paused) for pid, cases in by.items()}

    async def withdraw_letter_tasks(self) -> int:
        """Once mail is configured, letters that were handed to a person only because it was not
        go back to the worker (due now). Returns how many."""
        if not self.mail_configured:
            return 0
        n, now = 0, self.clock.now()
        for c in await self.store.cases(states=[CaseState.NEEDS_HUMAN]):
            r = self.catalogue.index.get(c.broker_id)
            if r is None or r.channel != "email":
                continue
            data = await self._human_data(c)
            if data.get("kind") == "letter" and not data.get("sent"):
                await self.store.record(c.id, "resumed", CaseState.NEW, now,
                                        data={"by": "optout", "why": "mail configured"}, next_action_at=now)
                n += 1
        return n

    async def resume_for_clinic_contact(self) -> int:
        """Cases stopped only because the clinic had no contact e-mail (``missing_info`` for
        ``email``) or no postal address (``clinic_postal_address``) go back to the worker, due now,
        once the clinic's contact (:func:`optout.clinic.contact`: the dashboard's Clinic settings or
        ``[clinic]``) has it: a clinic that saves its address once should not press "Try again" on
        every client's every broker. A case that wants the client's own e-mail
        (``missing_own_email``) keeps waiting. Returns how many."""
        from optout import clinic

        have = clinic.contact(self.settings)
        ready = {"email": bool(have.contact_email), "clinic_postal_address": bool(have.postal_address)}
        if not any(ready.values()):
            return 0
        n, now = 0, self.clock.now()
        for c in await self.store.cases(states=[CaseState.FAILED]):
            failed = [e for e in await self.store.events(c.id) if e.kind == "failed"]
            if not failed:
                continue
            why = Reason.from_json(failed[-1].data.get("why"))
            missing = failed[-1].data.get("missing")
            if why is None or why.code not in ("missing_info", "missing_email_or_clinic") or not ready.get(str(missing)):
                continue
            await self.store.record(c.id, "resumed", CaseState.NEW, now,
                                    data={"by": "optout", "why": "clinic contact set"}, next_action_at=now)
            n += 1
        return n

    async def due_count(self, plan: RunPlan) -> int:
        """How many cases of ``plan`` are due now and not leased by another run."""
        return len(await self.due_cases(plan))

    async def due_cases(self, plan: RunPlan) -> list[Any]:
        """The cases of ``plan`` due now and not leased by another run: whose people and brokers a
        run's first line counts (not every person held and every broker of the plan)."""
        now, people, brokers = self.clock.now(), plan.person_ids, set(plan.broker_ids)
        return [c for c in await self.store.cases() if (people is None or c.person_id in people)
                and c.broker_id in brokers and c.next_action_at and c.next_action_at <= now
                and not (c.lease_until and c.lease_until > now)]

    async def run_batch(self, plan: RunPlan, *, progress: Any = None, stop: Any = None, hurry: Any = None,
                        concurrency: int | None = None, grace: float = 30.0, browser: BrowserChannel | None = None,
                        on_mail: Callable[[dict[str, int] | None, str | None], None] | None = None) -> Any:
        """Run ``plan`` (from :meth:`plan_run`) once, as ``optout run``, ``run --due`` and the
        dashboard's "start a run" do: read the mailbox, run every due case of the plan, read the
        mailbox again (not when the run was stopped or met a fault of this machine).

        ``progress(before, after, done, running)`` is called after each case (and awaited when it
        returns an awaitable: a display that reads the case's reason); setting ``stop``
        (an ``asyncio.Event``) hands running cases back after ``grace`` seconds, and setting
        ``hurry`` too (Ctrl-C) hands them back at once. ``browser``: a channel from
        :meth:`early_browser`, already starting. ``on_mail(counts, problem)`` is told of each
        mailbox read: what was done (``MailFlow.read_inbox``'s counts), or ``(None, one line)`` when
        the mailbox could not be read (network, server, store or this machine): the run goes on and
        the answers wait for the next run. Returns the worker's ``RunSummary``. ``ClockSkew`` (exit
        75, one line) before anything is done when this machine's clock is off the store's."""
        from optout.engine import Engine
        from optout.worker import drain

        await self.clock.refresh(self.settings.lab_url)  # the lab's time now; Unavailable if it is down
        mark("run: clock read")
        engine = Engine(self.settings, self.store, self.vault, self.catalogue, self.clock, browser=browser)
        try:
            # this machine's clock against the store's before the mail is read and acted on (a
            # dashboard's runs come hours after its start's check): a drift raises ClockSkew, nothing done
            await engine.clock_watch.check(self.store)
            await _read_mail(engine, on_mail)  # answers that came since the last run
            mark("run: mail read")
            summary = await drain(engine, person_ids=plan.person_ids, broker_ids=plan.broker_ids,
                                  concurrency=concurrency, progress=progress, stop=stop, grace=grace, hurry=hurry)
            if not (stop is not None and stop.is_set()) and not summary.fault:
                await _read_mail(engine, on_mail)  # and any that came while it ran
        finally:
            await engine.close()
        return summary

    # ---- the dashboard's runs (kept in the store: numbered on across restarts) -------------------------

    async def start_run(self, now: dt.datetime, source: str = "dashboard") -> int:
        """Record a run this process starts at ``now`` (the dashboard's "Start", or a pass of
        ``source``: ``store.RUN_SOURCES``), naming this process as its owner
        (``optout.leases.run_owner``); its number."""
        from optout.leases import run_owner

        return await self.store.start_run(now, owner=run_owner(), source=source)

    async def finish_run(self, number: int, now: dt.datetime, summary: dict[str, Any]) -> None:
        """Record run ``number`` finished at ``now``, with ``summary`` (counts, dates and reason
        codes, never a person's value: the dashboard's ``RunState.summary``)."""
        await self.store.finish_run(number, now, summary)

    async def last_run(self) -> RunRecord | None:
        """The latest run, finished or not; None: no run yet. One with no end recorded is
        ``stopped`` when no process runs it any more: the process that started it is gone from
        this machine (``optout.leases.gone``: no such process, or its id was given to another), or
        it names none (kept before owners were). One whose owner still runs, or runs on another
        machine (``elsewhere``: this one cannot see it) is not finished; only the former is running."""
        import socket

        from optout.leases import gone, parse

        record = await self.store.last_run()
        return None if record is None else self._run_seen(record)

    def _run_seen(self, record: RunRecord) -> RunRecord:
        """``record`` with no end recorded marked ``stopped`` or ``elsewhere`` (:meth:`last_run`)."""
        import socket

        from optout.leases import gone, parse

        if record.finished_at is not None:
            return record
        owner = parse(record.owner or "")
        if owner is not None and owner.host != socket.gethostname():
            return replace(record, elsewhere=True)
        return replace(record, stopped=owner is None or gone(record.owner or ""))

    # ---- finding a client in the list (the dashboard's people search) -----------------------------------

    async def find_people(self, query: str) -> dict[str, str]:
        """The people a volunteer's ``query`` finds (a file number, a name or part of one, a
        nickname, an initial and a surname, one surname of two), each with how it was found
        (:func:`found_by`'s code), in no order. Personal values: never logged."""
        return {i.id: how for i in await self.people() if (how := found_by(i, query)) is not None}

    # ---- every pass kept in the store: the command line's, the worker's, the dashboard's ---------------

    async def recent_runs(self, limit: int = 20) -> list[RunRecord]:
        """The ``limit`` latest runs and passes of every source (``RunRecord.source``), newest first,
        each with no end recorded marked ``stopped`` or ``elsewhere`` as :meth:`last_run` marks it."""
        return [self._run_seen(r) for r in await self.store.recent_runs(limit)]

    async def run_recorded(self, plan: RunPlan, source: str, **kw: Any) -> Any:
        """:meth:`run_batch` (``kw`` its options), kept in the store as a pass of ``source``
        (``"run"``: ``optout run``; ``"due"``: a scheduled ``run --due``) from its start, so the
        dashboard's Runs page lists it: running, finished, stopped by a signal (``kw["stop"]`` set)
        or by an error (its reason code), with its cases counted by outcome. A store that cannot keep
        the record is said in the log, never fatal to the run."""
        started = dt.datetime.now(dt.UTC)
        number = await self._pass_started(started, source)
        if number is not None:
            kw = {**kw, "progress": self.noting_run(number, source, kw.get("progress"))}
        summary, why = None, None
        try:
            summary = await self.run_batch(plan, **kw)
            return summary
        except OptoutError as e:
            why = reasons.of_error(e)
            raise
        finally:
            stop = kw.get("stop")
            await self._pass_ended(number, source, summary, stop is not None and stop.is_set(), why)

    def noting_run(self, number: int, source: str, progress: Any = None,
                   extra: Callable[[], dict[str, Any]] | None = None) -> Callable[..., Any]:
        """A ``progress`` for :meth:`run_batch` that calls ``progress`` (awaited when it returns an
        awaitable), then keeps run ``number``'s counts so far in the store (``Store.note_run``: by
        outcome, ``worker.outcome``, a case stopped for a value the client did not give counted
        apart, as :func:`pass_summary` counts; ``done``; ``extra()``'s keys), so that a run whose
        process is killed (a terminal closed, a service stopped) says what it did. A store that
        cannot keep them is said in the log, never fatal to the run."""
        import inspect

        from optout.worker import outcome, wants_value

        counts: Counter[str] = Counter()

        async def noted(before: Case, after: Case, done: int, running: int) -> None:
            if progress is not None and inspect.isawaitable(shown := progress(before, after, done, running)):
                await shown
            kind = await outcome(self.store, before, after)
            if kind == CaseState.FAILED.value and await wants_value(self.store, after):
                kind = reasons.NEEDS_INFO
            counts[kind] += 1
            try:
                await self.store.note_run(number, {"source": source, "done": done, "counts": dict(counts),
                                                   **(extra() if extra else {})})
            except OptoutError as e:
                from optout.log import get_logger, redact

                get_logger(__name__).warning("the run's counts so far were not kept", run=number,
                                             error=redact(str(e)))

        return noted

    def passes_noted(self, source: str) -> PassNotes:
        """The passes of a long-lived ``source`` (``"worker"``: ``optout worker``) kept as their cases
        finish, as :meth:`run_recorded` keeps a run (:class:`PassNotes`), so that a worker killed
        mid-pass says what that pass did (t52: it recorded a pass only at its end)."""
        return PassNotes(self, source)

    async def record_pass(self, source: str, started: dt.datetime, summary: Any, *, stopped: bool = False) -> None:
        """Keep a pass that has ended (``summary``: the worker's ``RunSummary``) as one of
        ``source`` (``"worker"``: a pass of ``optout worker``) that began at ``started``."""
        await self._pass_ended(await self._pass_started(started, source), source, summary, stopped, None)

    async def _pass_started(self, started: dt.datetime, source: str) -> int | None:
        try:
            return await self.start_run(started, source=source)
        except OptoutError as e:
            from optout.log import get_logger, redact

            get_logger(__name__).warning("the pass was not kept: the runs page does not list it",
                                         source=source, error=redact(str(e)))
            return None

    async def _pass_ended(self, number: int | None, source: str, summary: Any, stopped: bool,
                          why: Reason | None) -> None:
        if number is None:
            return
        try:
            await self.finish_run(number, dt.datetime.now(dt.UTC), pass_summary(source, summary, stopped, why))
        except OptoutError as e:
            from optout.log import get_logger, redact

            get_logger(__name__).warning("the pass's end was not kept: the runs page says it stopped",
                                         run=number, error=redact(str(e)))

    async def get_case(self, case_id: int) -> Case:
        return await self.store.get_case(case_id)

    async def _record_answer(self, case: Case, kind: str, state: CaseState, now: dt.datetime,
                             after_event: int | None = None, **kw: Any) -> Case:
        """Record a person's act on ``case`` only if it is still in the state it was read in
        (``Store.record(expect=…)``) and, with ``after_event``, has no event newer than that one (an
        act that leaves the state as it is); else nothing is recorded: ``AlreadyRecorded`` when the
        newer event is this same act of a person (two clicks of "I did it" at once), otherwise
        ``CaseNotWaiting`` saying someone acted first. A second tab's click, or the CLI beside the
        dashboard, never records an answer twice."""
        from optout.errors import StateChanged

        try:
            return await self.store.record(case.id, kind, state, now, expect=case.state, after_event=after_event, **kw)
        except StateChanged:
            events = await self.store.events(case.id)
            if events and _same_act(events[-1], kind, kw.get("data")):
                raise _already_recorded(case.id) from None
            if (told := _answered_meanwhile(case.id, events[-1] if events else None)) is not None:
                raise told from None  # which answer stands, and when
            e = CaseNotWaiting(f"case {reasons.case_ref(case.id)} was answered meanwhile (another tab, the CLI, a run): "
                               "nothing was recorded twice; see `optout status`")
            e.why = Reason("case_answered_meanwhile", {"case": case.id})  # type: ignore[attr-defined]
            raise e from None

    async def done(self, case_id: int) -> Case:
        """A person did the step by hand (CAPTCHA, ID, phone, a letter): the case becomes
        ``submitted`` and is checked after the recipe's ``confirm_after`` like any request. For a
        ``submitted`` case in the queue as ``unconfirmed`` (:meth:`human_tasks`): the person looked
        at it; it leaves the queue (event :data:`UNCONFIRMED_SEEN`), its state and its due time
        unchanged; so does a request in doubt (kind ``in_doubt``), which then reads "request sent". Raises ``CaseNotWaiting`` for any other case."""
        self.vault  # noqa: B018  # the passphrase before anything is read: a wrong one leaves the store as it was
        case = await self.store.get_case(case_id)
        # The look leaves the state as it is, so it is written only after the newest event read
        # here, BEFORE deciding that the case waits for it: a second click at the same moment then
        # finds the first one's event (store: after_event) and records nothing (f38)
        events = await self.store.events(case.id)
        newest = events[-1].id
        if case.state != CaseState.NEEDS_HUMAN and events and (
                _same_act(events[-1], UNCONFIRMED_SEEN, {"by": "person"})
                or _same_act(events[-1], "resumed", {"by": "person", "done": True})):
            # "I did it" pressed again after the first was recorded: said so, nothing recorded,
            # WHATEVER path this press would take. Checked before the look at an unconfirmed
            # request: a first press that resumed a needs_human case leaves it submitted with its
            # old unconfirmed request, and a second press must not record a look nobody took (f40)
            self.vault  # noqa: B018  # as any answer: the passphrase first
            raise _already_recorded(case.id)
        if case.state == CaseState.SUBMITTED and await self._unconfirmed(case) is not None:
            # a person looked at a request the broker's page did not confirm: off the queue; the
            # case stays submitted and its confirmation scan still decides, when it was due to
            self.vault  # noqa: B018  # changing a case takes what reading it takes
            return await self._record_answer(case, UNCONFIRMED_SEEN, case.state, self.clock.now(),
                                             after_event=newest, data={"by": "person"},
                                             last_error=case.last_error)
        case = await self._waiting(case_id, "done")
        await self._not_an_unplaced_reply(case)
        now = self.clock.now()
        recipe = self.catalogue.recipes.get(case.broker_id)
        from optout.schedule import next_action_at

        when = next_action_at(CaseState.SUBMITTED, recipe, now, key=f"{case.id}:done:{case.attempts}")
        await self._record_answer(case, "resumed", CaseState.SUBMITTED, now,
                                  data={"by": "person", "done": True}, next_action_at=when)
        return await self.store.get_case(case.id)

    async def decline(self, case_id: int, *, by: str = "person") -> Case:
        """The client chose not to send the identity document the broker asks for (a task of a kind
        in :data:`DECLINABLE`): the case becomes ``declined``, parked (nothing due, so no run sends
        that broker anything more for it) until a person reopens it with :meth:`retry`. Never
        ``removed`` nor ``failed``: every reader (status, ``--json``, the report, the dashboard)
        says the client declined, with the day (reason ``client_declined_id``). ``by``: ``person``
        (the dashboard) or ``cli``. Raises ``CaseNotWaiting`` for a case that waits for no ID (its
        reason ``case_not_declinable``), ``AlreadyRecorded`` when this choice was just recorded."""
        self.vault  # noqa: B018  # changing a case takes what reading it takes: the passphrase or key
        case = await self.store.get_case(case_id)
        events = await self.store.events(case.id)
        if case.state == CaseState.DECLINED and events and _same_act(events[-1], DECLINED_EVENT, {"by": by}):
            raise _already_recorded(case.id)  # pressed twice: the first stands
        case = await self._waiting(case_id, "decline")
        asked = (await self._human_data(case)).get("kind")
        if asked not in DECLINABLE:
            e = CaseNotWaiting(f"case {case.id} waits for a person, but not for an identity document: "
                               "nothing was recorded")
            e.why = Reason("case_not_declinable", {"case": case.id})  # type: ignore[attr-defined]
            raise e
        now = self.clock.now()
        why = Reason("client_declined_id", {"date": now.date().isoformat()})
        await self._record_answer(case, DECLINED_EVENT, CaseState.DECLINED, now, next_action_at=None,
                                  data={"by": by, "asked": asked, "why": why.to_json()}, last_error=why.english)
        return await self.store.get_case(case.id)

    async def attach_reply(self, case_id: int) -> Case:
        """A person says a broker's reply that cited none of our letters (a task of kind
        ``unplaced_reply``: ``MailFlow._unplaced``) is this case's client's: the case goes back to
        the state it was in (its due time too) with the event ``reply_attached``, and the next
        mailbox read acts on the reply as on any reply of this case; every other case it was asked
        about goes back as it was (event ``reply_not_theirs``), its reminders due again, and the
        copy of the reply kept on it is deleted (it was never that client's: :meth:`_settle`). Raises
        ``CaseNotWaiting`` when the case waits for no such answer (or another person placed the
        reply first)."""
        await self.settle_unplaced()  # a decision a stopped process left half done is finished first
        case, task = await self._unplaced_task(case_id, "attach")
        now = self.clock.now()
        await self._put_back(case, task, now, "reply_attached", expect=True)
        await self._settle(task.data["unplaced_mail"], task.data.get("cases") or [], case.id, now)
        return await self.store.get_case(case.id)

    async def _not_an_unplaced_reply(self, case: Case) -> None:
        """``done`` and ``retry`` refuse a case waiting for a person to say whose a broker's reply is
        (``unplaced_reply``): "I did it" took it off the queue, the reply stayed in the mailbox asked
        about by no task, and the broker's answer was lost (f43). Only ``attach`` (the reply is this
        client's) or ``not_ours`` (it is none of these clients') answer it. Raises ``CaseNotWaiting``
        with the reason ``unplaced_reply_needs_attach``, which names both commands."""
        if case.state == CaseState.NEEDS_HUMAN and (await self._human_data(case)).get("kind") == "unplaced_reply":
            e = CaseNotWaiting(f"case {reasons.case_ref(case.id)} waits for a person to say whose a broker's reply is: "
                               f"nothing was recorded (optout attach {reasons.case_ref(case.id)} if it is this "
                               f"client's, optout not-ours {reasons.case_ref(case.id)} if it is none of these clients')")
            e.why = Reason("unplaced_reply_needs_attach", {"case": case.id})  # type: ignore[attr-defined]
            raise e

    async def reply_not_ours(self, case_id: int) -> Case:
        """A person says a broker's reply that cited none of our letters (a task of kind
        ``unplaced_reply``) belongs to none of the clients it was asked about (a client the clinic
        no longer serves, someone else's request): every case asked about goes back as it was (event
        ``reply_not_theirs``, their reminders due again), every copy of it kept on them is deleted
        (:meth:`_settle`), and the mail is recorded as used by nobody
        (``optout.mail.set_aside``), so no later mailbox read asks about it or acts on it. Raises ``CaseNotWaiting`` as :meth:`attach_reply` does, and when another
        process took the mail meanwhile (then the cases are left as they are)."""
        await self.settle_unplaced()  # a decision a stopped process left half done is finished first
        case, task = await self._unplaced_task(case_id, "not_ours")
        key = task.data["unplaced_mail"]
        from optout.mail import set_aside

        now = self.clock.now()
        if not await set_aside(self.store, key):
            e = CaseNotWaiting(f"case {reasons.case_ref(case.id)}: the reply was taken meanwhile; nothing was recorded")
            e.why = Reason("case_not_waiting", {"case": case.id, "state": case.state.value})  # type: ignore[attr-defined]
            raise e
        await self._put_back(case, task, now, "reply_not_theirs", expect=True)
        await self._settle(key, task.data.get("cases") or [], None, now)
        return await self.store.get_case(case.id)

    async def _unplaced_task(self, case_id: int, act: str) -> tuple[Case, Event]:
        """The case waiting for a person to say whose a broker's reply is, and that task's event
        (``unplaced_reply``: ``MailFlow._unplaced``), for :meth:`attach_reply` and
        :meth:`reply_not_ours` alike (``act``: theirs, for ``_waiting``). Raises ``CaseNotWaiting``
        (reason ``case_not_waiting``) when the case waits for no such answer."""
        case = await self._waiting(case_id, act)
        events = await self.store.events(case.id)
        task = events[-1] if events else None
        if task is None or task.kind != "human_needed" or (task.data or {}).get("kind") != "unplaced_reply":
            e = CaseNotWaiting(f"case {case.id} has no reply waiting to be matched")
            e.why = Reason("case_not_waiting", {"case": case.id, "state": case.state.value})  # type: ignore[attr-defined]
            raise e
        return case, task

    async def _settle(self, key: str, asked: Iterable[int], owner: int | None, now: dt.datetime) -> None:
        """A person decided whose the unplaced reply ``key`` is (``owner``, the case it was attached
        to; None: none of these clients'): every other case in ``asked`` still waiting for that same
        answer goes back as it was (event ``reply_not_theirs``, :meth:`_put_back`), and the copy of
        the reply kept on each case but ``owner`` is deleted, file and index row (it may be another
        client's: no export, report or history of theirs may hold it). Idempotent: a case already put
        back, or a copy already gone, is left as it is, so a pass that finishes a decision a stopped
        process began (:meth:`settle_unplaced`) does nothing twice. A case no longer in the store (its
        client forgotten) is skipped."""
        from optout.errors import StateChanged, UnknownRecord

        if owner is not None:
            # the reply read on its own case is kept there as any reply: the copy kept to ask is then
            # one file too many (and would be read again before every pass)
            events = await self.store.events(owner)
            copy = await self._copy_of(owner, key, events)
            if copy and any(e.sha256 == copy[0].sha256 and e.step != copy[0].step
                            for e in await self.store.evidence(owner)):
                await self.drop_evidence(owner, copy)
        for other_id in asked:
            if other_id == owner:
                continue
            try:
                other = await self.store.get_case(other_id)
            except UnknownRecord:
                continue
            tail = await self.store.events(other_id)
            if (other.state == CaseState.NEEDS_HUMAN and tail and tail[-1].kind == "human_needed"
                    and (tail[-1].data or {}).get("unplaced_mail") == key):
                with contextlib.suppress(StateChanged):  # another process put it back first: once
                    await self._put_back(other, tail[-1], now, "reply_not_theirs", expect=False)
                tail = await self.store.events(other_id)
            await self._drop_copy(other_id, key, tail)

    async def _drop_copy(self, case_id: int, key: str, events: list[Event]) -> int:
        """Delete the copy of the unplaced reply ``key`` kept on case ``case_id`` (``UNPLACED_STEP``):
        the one whose SHA-256 the task that kept it names (its ``copy``), or, for a task from before
        it named one, the newest such copy kept by the time of the task. The file goes first, then its
        row, so a stop between the two leaves a row whose file is gone (every reader skips it) that
        the next pass removes, never a file no index lists. Returns how many rows went."""
        return len(await self.drop_evidence(case_id, await self._copy_of(case_id, key, events)))

    async def _copy_of(self, case_id: int, key: str, events: list[Event]) -> list[Any]:
        """The evidence rows of case ``case_id`` that keep the unplaced reply ``key`` (``UNPLACED_STEP``),
        by the SHA-256 its question names (``copy``), or, for a question from before it named one, the
        newest such copy kept by the question's time; empty when none is kept (or it was asked nothing)."""
        from optout.mail import UNPLACED_STEP

        tasks = [ev for ev in events if ev.kind == "human_needed" and (ev.data or {}).get("kind") == "unplaced_reply"
                 and (ev.data or {}).get("unplaced_mail") == key]
        if not tasks:
            return []
        kept = [e for e in await self.store.evidence(case_id) if e.step == UNPLACED_STEP]
        task = tasks[0]
        if (task.data or {}).get("copy"):
            return [e for e in kept if e.sha256 == task.data["copy"]]
        return [e for e in kept if e.at <= task.at][-1:]

    async def drop_evidence(self, case_id: int, items: list[Any]) -> list[str]:
        """Delete evidence ``items`` (``store.Evidence`` rows) of case ``case_id``: each file (a file
        already gone is no error), then the rows, in one transaction (``Store.remove_evidence``).
        Returns the paths whose rows went."""
        evidence = self.settings.evidence_dir
        for e in items:
            with contextlib.suppress(FileNotFoundError):
                (evidence / e.path).unlink()
        return await self.store.remove_evidence(case_id, [e.id for e in items]) if items else []

    async def settle_unplaced(self) -> int:
        """Finish every decision on an unplaced reply that a stopped process left half done (killed
        between recording the answer and deleting the copies or putting the other cases back): for
        each reply kept while a person says whose it is (``Store.evidence_at_step``), once a case it
        was asked about has it attached (``reply_attached``) or the mail is recorded as used
        (``optout.mail.set_aside``: none of these clients'), :meth:`_settle` does what is left. Run
        before each pass (:meth:`plan_run`) and before each answer to such a question. Returns how
        many copies were deleted."""
        from optout.mail import UNPLACED_STEP

        copies = await self.store.evidence_at_step(UNPLACED_STEP)
        if not copies:
            return 0
        asked: dict[str, list[int]] = {}
        for case_id in sorted({e.case_id for e in copies}):
            for ev in await self.store.events(case_id):
                d = ev.data or {}
                if ev.kind == "human_needed" and d.get("kind") == "unplaced_reply" and d.get("unplaced_mail"):
                    asked.setdefault(d["unplaced_mail"], list(d.get("cases") or [case_id]))
        if not asked:
            return 0
        from optout.errors import UnknownRecord

        now = self.clock.now()
        taken = await self.store.mail_taken(list(asked), now, dt.timedelta(minutes=10))
        before = len(copies)
        for key, cases in asked.items():
            owner = None
            for case_id in cases:
                try:
                    events = await self.store.events(case_id)
                except UnknownRecord:
                    continue
                if any(ev.kind == "reply_attached" and (ev.data or {}).get("unplaced_mail") == key for ev in events):
                    owner = case_id
                    break
            if owner is not None or key in taken:
                await self._settle(key, cases, owner, now)
        return before - len(await self.store.evidence_at_step(UNPLACED_STEP))

    @staticmethod
    def _since(events: list[Event], state: CaseState) -> dt.datetime | None:
        """When ``state`` began, from ``events`` (oldest first): the first event of its latest run,
        an unplaced reply's question and its answer (``unplaced_reply``, ``reply_not_theirs``,
        ``reply_attached``) left out, since they only paused the case. None: it was not in it."""
        current, since = None, None
        for ev in events:
            if ev.kind in ("reply_not_theirs", "reply_attached") or (
                    ev.kind == "human_needed" and (ev.data or {}).get("kind") == "unplaced_reply"):
                continue
            if ev.state != current:
                current, since = ev.state, ev.at
        return since if current == state.value else None

    async def _put_back(self, case: Case, task: Event, now: dt.datetime, kind: str, *, expect: bool) -> None:
        """``case`` back to the state and due time it had before the unplaced-reply ``task`` (its
        data's ``was`` and ``due``), recording ``kind`` (naming the mail, ``unplaced_mail``), with the
        day that state began before the question (``Store.record(since=…)``: a case confirmed in May
        and put back in June is still "confirmed since" May); a case that waited for a person before
        waits for the same task again (that task's event re-recorded). Without ``expect`` (another
        case than the one answered) the write follows ``task`` only (``after_event``: a process that
        put it back first wins, ``StateChanged``)."""
        d = task.data or {}
        was = CaseState(d.get("was") or CaseState.SUBMITTED.value)
        due = dt.datetime.fromisoformat(d["due"]) if d.get("due") else None
        data: dict[str, Any] = {"by": "person", "unplaced_mail": d["unplaced_mail"]}
        events = await self.store.events(case.id)
        before = [ev for ev in events if ev.id < task.id and (ev.data or {}).get("why")]
        if before:  # the case's note as it was (a letter sent, an answer due)
            data["why"] = before[-1].data["why"]
        since = self._since([ev for ev in events if ev.id < task.id], was)
        note = d.get("note")
        if expect:
            await self._record_answer(case, kind, was, now, data=data, next_action_at=due, last_error=note, since=since)
        else:
            await self.store.record(case.id, kind, was, now, data=data, next_action_at=due, last_error=note,
                                    after_event=task.id, since=since)
        if was == CaseState.NEEDS_HUMAN:
            earlier = [ev for ev in await self.store.events(case.id) if ev.kind == "human_needed"
                       and (ev.data or {}).get("kind") != "unplaced_reply"]
            if earlier:
                ev = earlier[-1]
                await self.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, now, data=ev.data,
                                        last_error=(ev.data or {}).get("reason"))

    async def record_reply(self, case_id: int, *, channel: str, on: dt.date | str, kind: str, note: str,
                           by: str = "person", days: int | str | None = None) -> Case:
        """A broker's answer that came by post or telephone, as a person read or heard it:
        ``kind`` one of :data:`RECORDED_REPLIES` (the reply reader's own classes, ``optout.mail``'s
        ``KINDS``, that a person can tell), ``on`` the day it came, ``note`` what it said. The note
        is kept sealed with the case's evidence (kind ``note``) and printed in the report; the event
        ``reply_recorded`` names the channel, the day and the class, never the words.

        Never ``removed``: a "we deleted it" makes the case ``confirmed`` and the confirmation scan
        still decides (only a later search proves removal); a refusal or a request for ID or more
        information puts it before a person as the e-mailed one does; an acknowledgement leaves the
        case as it is. Only a case a request went out for (submitted, confirmed, waiting for a
        person) takes one. ``extended`` ("we need more time", ``days`` more) moves the legal deadline
        by the one rule an e-mailed extension follows (``optout.mail.record_extension``: once, by the
        law's extension at most, only when told before the answer was due). Bad input raises
        ``OptoutError`` with a reason naming the field."""
        from optout.files import private_dir, write_private
        from optout.schedule import next_action_at

        def bad(field_: str, message: str, code: str = "") -> OptoutError:
            e = OptoutError(f"case {reasons.case_ref(case_id)}: {field_}: {message}")
            e.why = Reason(f"input_reply_{code or field_}")  # type: ignore[attr-defined]
            return e

        if channel not in REPLY_CHANNELS:
            raise bad("channel", "expected post or phone")
        if kind not in RECORDED_REPLIES:
            raise bad("kind", "expected one of " + ", ".join(RECORDED_REPLIES))
        try:
            day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on).strip())
        except ValueError:
            from optout.person import NOT_REAL_DATE, unreal_date

            if unreal_date(on):  # 31/02/2025 is no day, whatever its format (f44b)
                raise bad("date", NOT_REAL_DATE, "date_not_real") from None
            raise bad("date", "expected a date as YYYY-MM-DD") from None
        asked = None
        if kind == "extended":
            try:
                asked = int(str(days).strip()) if days is not None and str(days).strip() else None
            except ValueError:
                asked = None
            if asked is None or not 1 <= asked <= REPLY_DAYS_MAX:
                raise bad("days", f"expected how many more days the broker asked for, 1 to {REPLY_DAYS_MAX}")
        now = self.clock.now()
        if day > now.date():
            raise bad("date", "a day still to come")
        text = unicodedata.normalize("NFC", note.replace("\r\n", "\n")).strip()
        if not text or len(text) > REPLY_NOTE_MAX or any(
                unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t" for c in text):
            raise bad("note", f"expected what the broker said, 1 to {REPLY_NOTE_MAX} characters of text")
        case = await self.store.get_case(case_id)
        if case.state not in (CaseState.SUBMITTED, CaseState.CONFIRMED, CaseState.NEEDS_HUMAN):
            e = OptoutError(f"case {reasons.case_ref(case.id)} is {case.state.value}: no request is waiting for an answer")
            e.why = Reason("reply_not_expected", {"case": case.id, "state": case.state.value})  # type: ignore[attr-defined]
            raise e
        if day < case.created_at.date():
            raise bad("date", "before the case began")
        recipe = self.catalogue.recipes.get(case.broker_id)
        key, _ = await self.open_person(case.person_id)
        # the words as evidence: sealed under the client's key, named by case, time and kind only
        raw = text.encode()
        rel = f"{case.id}/{now:%Y%m%dT%H%M%S}-0-{secrets.token_hex(2)}-note.txt.sealed"
        path = self.settings.evidence_dir / rel
        private_dir(path.parent, under=self.settings.data_dir)
        await asyncio.to_thread(write_private, path, key.seal(raw, f"evidence:{rel}"))
        import hashlib

        digest = hashlib.sha256(raw).hexdigest()
        await self.store.add_evidence_many(case.id, [("note", rel, digest, f"reply:{channel}")], now)
        code = f"reply_{channel}_{kind}"
        if kind == "confirmed" and (recipe is None or recipe.scan is None):
            code += "_no_search"  # a broker with no search page: never promise a search that will not come
        why = Reason(code, {"date": day.isoformat()})
        data: dict[str, Any] = {"reply": kind, "channel": channel, "on": day.isoformat(), "by": by,
                                "note_sha256": digest, "why": why.to_json()}
        if kind == "extended":
            from optout.mail import record_extension

            _, person = await self.open_person(case.person_id)
            told = dt.datetime.combine(day, dt.time(0), tzinfo=dt.timezone.utc)  # the day it came, as told
            # the report's recorded answer says how and when it came; the case's note, the deadline
            data["heard"] = Reason(f"reply_{channel}_extended", {"date": day.isoformat(), "days": asked}).to_json()
            await record_extension(self.store, case, await self.store.events(case.id), int(asked or 0), min(now, told),
                                   now, data, resident_state=(person.current_address.state
                                                              if person.current_address else None))
        elif kind == "confirmed":
            state, when = CaseState.CONFIRMED, next_action_at(CaseState.CONFIRMED, recipe, now,
                                                             key=f"{case.id}:reply:{case.attempts}")
            await self.store.record(case.id, "reply_recorded", state, now, data=data, next_action_at=when,
                                    last_error=why.english)
        elif kind in ("refused", "needs_id", "needs_info"):
            # as the mail flow parks an e-mailed one: the queue's kind, the reason, nothing due
            await self.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, now,
                                    data={**data, "kind": kind, "reason": why.english}, next_action_at=None,
                                    last_error=why.english)
        else:  # an acknowledgement: noted, the case and its legal clock as they were
            await self.store.record(case.id, "reply_recorded", case.state, now, data=data, last_error=why.english)
        return await self.store.get_case(case.id)

    async def answer(self, case_id: int, *, match: list[int] | None = None,
                     no_match: bool = False) -> tuple[Case, list[int]]:
        """A person's answer about a case's uncertain listings (those in ``match`` are the client,
        the others are not): remembered per record (:mod:`optout.answers`) and applied to the
        case, and to every other case of the client waiting on the same records, which are made
        due at once. Returns the case and the ids of those other cases."""
        return await self._retry(case_id, match=match if match is not None else [], no_match=no_match or not match)

    async def retry(self, case_id: int, *, match: list[int] | None = None, no_match: bool = False) -> Case:
        """Try again: the next run scans the broker first (see :meth:`_retry`)."""
        return (await self._retry(case_id, match=match, no_match=no_match))[0]

    async def _retry(self, case_id: int, *, match: list[int] | None = None,
                     no_match: bool = False) -> tuple[Case, list[int]]:
        """Try again: the next run scans the broker first (a ``not_found`` case too, at once rather
        than at its recheck). ``match``/``no_match`` settle the
        uncertain listings (their ids, from ``human``). A case still ``new`` whose first try met a
        transient error (the network, the broker) and waits for its later retry is made due now
        too: its cause may be fixed (a proxy, a recipe, the connection); one a run holds is not."""
        self.vault  # noqa: B018  # changing a case takes what reading it takes: the passphrase or key
        now = self.clock.now()
        case = await self.store.get_case(case_id)
        deferred = (case.state == CaseState.NEW and case.next_action_at is not None and case.next_action_at > now
                    and not (case.lease_until and case.lease_until > now) and match is None and not no_match)
        # a "not found" searched again at once: a name form was added, or the volunteer knows the
        # broker lists the person (README: `optout retry CASE` searches the broker again)
        searched_again = case.state == CaseState.NOT_FOUND and match is None and not no_match
        if not deferred and not searched_again:
            case = await self._waiting(case_id, "retry", allow_failed=True)
            await self._not_an_unplaced_reply(case)
        data: dict[str, Any] = {"by": "person", "done": False}
        if match is not None or no_match:
            keys = {x.id: x.key for x in await self.store.listings(case.id)}
            unknown = [i for i in match or [] if i not in keys]
            if unknown:
                raise said(OptoutError(f"case {reasons.case_ref(case.id)} has no listing "
                                       f"{reasons.listing_ref(unknown[0])} (see `optout human --show`)"),
                           "no_such_listing", {"listing": unknown[0]}, source=f"case {reasons.case_ref(case.id)}")
            data["match_keys"] = [keys[i] for i in match or []]
        # only from the state read above (expect): of two answers at once (two tabs, the CLI beside
        # the dashboard) one is recorded and remembered, the other told the case was answered
        await self._record_answer(case, "resumed", CaseState.NEW, now, data=data, next_action_at=now)
        if match is not None or no_match:
            await self._remember_answers(case, set(match or []), now)
        settled = await self._answer_others(case, now) if match is not None or no_match else []
        return await self.store.get_case(case.id), settled

    # ---- remembered answers (optout.answers) ------------------------------------------------------------

    async def _stored_listings(self, case: Case, key: PersonKey, ids: set[int] | None = None,
                               include_gone: bool = False) -> dict[int, Any]:
        """The case's stored listings, opened, as :class:`optout.steps.extract.Listing` by id."""
        from optout.steps.extract import Listing

        out = {}
        for x in await self.store.listings(case.id, include_gone=include_gone):
            if ids is None or x.id in ids:
                d = json.loads(key.open(x.sealed, "listing"))["listing"]
                out[x.id] = Listing(**d)
        return out

    async def _remember_answers(self, case: Case, them: set[int], now: dt.datetime) -> None:
        """A person answered about the listings the case asked about: remember each answer (it is
        the client for ``them``, someone else for the others) under the record's fingerprint."""
        from optout.answers import Answers, update

        asked = {li["id"] for li in (await self._human_data(case)).get("listings", []) if li.get("id") is not None}
        asked |= them
        if not asked:
            return
        key, _ = await self.open_person(case.person_id)
        listings = await self._stored_listings(case, key, asked)
        def change(answers: Answers) -> Answers:
            for lid, listing in listings.items():
                answers.remember(listing, lid in them, now)
            return answers

        # read, change, compare-and-swap: another process answering at the same moment is kept
        answers = await update(self.store, key, now, change)
        await self._store_answered(case.person_id, key, answers, now)

    async def _store_answered(self, person_id: str, key: PersonKey, answers: Any, now: dt.datetime) -> None:
        """Every stored listing of the client that a remembered answer decides, on any of their
        cases, takes the answer as its decision (``engine.answered_decision``: ``match`` "this is
        them", ``no_match`` "not them"), as the next scan would store it: a card a person rejected
        is never counted as recognised (``store.recognised_at``: the report's "found on", the
        "found" of ``status`` and the dashboard) on a case still open, such as one waiting on a
        CAPTCHA at a broker that resells the same record."""
        from optout.engine import answered_decision

        from optout.steps.extract import Listing

        changed: dict[int, Any] = {}
        for c in await self.store.cases(person_id=person_id):
            # one read of the case's listings, decisions and contents together: a run scanning
            # another case of the client at the same moment adds listings between two reads
            # (a KeyError then, f37)
            for x in await self.store.listings(c.id, include_gone=True):
                listing = Listing(**json.loads(key.open(x.sealed, "listing"))["listing"])
                answer = answers.of(listing, now.date())
                if answer is not None and (d := answered_decision(x.decision, answer)) != x.decision:
                    changed[x.id] = d
        await self.store.set_listing_decisions(changed)

    async def _answer_others(self, case: Case, now: dt.datetime) -> list[int]:
        """Every other case of the client waiting on a question that the remembered answers now
        settle (the same records, resold by other brokers) is made due at once: its next scan
        is decided by the answers, and nobody is asked again. Returns their ids."""
        from optout.answers import Answers

        key, _ = await self.open_person(case.person_id)
        answers = await Answers.load(self.store, key)
        settled = []
        for other in await self.store.cases(person_id=case.person_id, states=[CaseState.NEEDS_HUMAN]):
            if other.id == case.id:
                continue
            data = await self._human_data(other)
            asked = {li["id"] for li in data.get("listings", []) if li.get("id") is not None}
            if data.get("kind") != "uncertain_match" or not asked:
                continue
            listings = await self._stored_listings(other, key, asked)
            if len(listings) == len(asked) and all(answers.of(li, now.date()) is not None for li in listings.values()):
                await self.store.record(other.id, "resumed", CaseState.NEW, now,
                                        data={"by": "person", "done": False, "answered_with": case.id},
                                        next_action_at=now)
                settled.append(other.id)
        return settled

    async def answers(self, query: str) -> tuple[PersonInfo, list[Any]]:
        """A client's remembered answers (optout.answers.Answer, by id), to review or undo."""
        from optout.answers import Answers

        info = await self.find(query)
        key, _ = await self.open_person(info.id)
        return info, (await Answers.load(self.store, key)).listed()

    async def forget_answer(self, person_id: str, answer_id: int) -> UndoneAnswer:
        """Undo a remembered answer: the record goes back to the matcher. Only the cases of the
        client that list the record (now or before) and on which nothing was done yet are
        searched again at once, as new (so an unsure record is asked about again): a case not
        yet scanned (``new``, no run holding it) and a ``not_found`` one (a search sends nothing).
        Every other case is left alone, with why (:data:`UNDO_LEFT`): a request that went out is
        never sent again by an undo; its confirmation scan or recheck reads the record afresh and
        asks a person when unsure. :class:`UnknownAnswer` when the client has no such answer."""
        from optout.answers import Answers, fingerprint, update

        key, _ = await self.open_person(person_id)
        now = self.clock.now()

        def change(answers: Answers) -> Any:
            gone = answers.forget(answer_id)
            if gone is None:
                raise UnknownAnswer(f"person {person_id} has no remembered answer {answer_id} (see `optout answers`)")
            return gone

        gone = await update(self.store, key, now, change)  # compare-and-swap: see _remember_answers
        out = UndoneAnswer(answer_id, gone.them)
        for c in await self.store.cases(person_id=person_id):
            listings = await self._stored_listings(c, key, include_gone=True)
            if not any(fingerprint(key, li) == gone.fingerprint for li in listings.values()):
                continue
            held = c.lease_until is not None and c.lease_until > now
            why = "run_holds" if held else UNDO_LEFT.get(c.state)
            if why is not None:
                out.left.append({"case": c.id, "broker": c.broker_id, "state": c.state.value, "why": why})
                continue
            await self.store.record(c.id, "answer_undone", CaseState.NEW, now,
                                    data={"by": "person", "answer": answer_id}, next_action_at=now)
            out.reopened.append(c.id)
        return out

    async def _waiting(self, case_id: int, verb: str, allow_failed: bool = False) -> Case:
        self.vault  # noqa: B018  # changing a case takes what reading it takes: the passphrase or key
        case = await self.store.get_case(case_id)
        # ``retry`` also reopens a case the client declined (``declined``): the next run searches again
        ok = ((CaseState.NEEDS_HUMAN, CaseState.FAILED, CaseState.DECLINED) if allow_failed
              else (CaseState.NEEDS_HUMAN,))
        if case.state not in ok:
            # a volunteer's answer after another's: which one stands, when (f41)
            events = await self.store.events(case.id)
            if (told := _answered_meanwhile(case.id, events[-1] if events else None)) is not None:
                raise told
            e = CaseNotWaiting(f"case {reasons.case_ref(case.id)} is {case.state.value}, not waiting for a person")
            e.why = Reason("case_not_waiting", {"case": case.id, "state": case.state.value})  # type: ignore[attr-defined]
            raise e
        return case

    async def postal_letter(self, case_id: int) -> bytes:
        """The printable letter (PDF) of a case whose broker takes requests by post
        (:mod:`optout.legal.postal`): dated today, the law :func:`optout.mail.choose_law` picks, only
        the fields the recipe declares; from the clinic when it is set up as agent, the broker takes
        agents and the client's signed authorisation is on file (in the capacity the law gives it,
        :func:`optout.legal.agent.role`, the authorisation printed after the letter), else from the
        client. Records ``letter_printed`` on the case, with the agent and its role (printed, not
        sent: the state does not change). Raises ``UnknownRecord``, ``OptoutError`` for a broker that
        takes no letter or an authorisation that cannot be printed, ``MissingPersonField`` naming the
        address to fill."""
        from optout.legal import agent, postal
        from optout.mail import choose_law, compose, letter_values, new_token

        case = await self.store.get_case(case_id)
        recipe = self.catalogue.recipes.get(case.broker_id)
        if recipe is None or not postal.is_postal(recipe):
            raise said(OptoutError(f"case {reasons.case_ref(case.id)}: the broker {case.broker_id} takes no postal letter"),
                       "letter_not_postal", {"broker": case.broker_id}, source=f"case {reasons.case_ref(case.id)}")
        key, person = await self.open_person(case.person_id)
        now = self.clock.now()
        everything = person.template_values(now.date())
        values = {k: v for k, v in everything.items() if k in set(recipe.inputs)}  # only what the broker needs
        values = letter_values(values, person)  # named as the e-mail letter names them (suffix, one-part name)
        org = self.settings.agent
        auth = (await agent.load(self.store, key, case.person_id)
                if org.name and agent.accepts(recipe) else None)
        who = postal.sender(self.settings, person.full_name, everything, authorised=auth is not None)
        law = choose_law(person, recipe, now.date())
        token = new_token()
        letter = compose(person, recipe, values, token, now, law, by_post=True)
        capacity, signatures, role = None, None, None
        if auth is not None:
            addr = person.current_address
            letter = agent.agent_letter(letter, recipe, person.full_name, addr.state if addr else None, org, auth,
                                        token, address=who.address, enclosed=True)
            role = agent.role(law)
            capacity = agent.signature(law, person.full_name)
            signer = f"{org.signatory}, for {org.name}" if org.signatory else org.name
            signatures = [f"{signer}, {capacity}"]
            if role != "agent":  # the request (or its deletion part) is the client's own: they sign it too
                signatures.insert(0, f"{person.full_name}, whose own request this is")
        body = letter.body.rpartition("\n\nSincerely,")[0] or letter.body
        address = next((e.address for e in recipe.registry if e.address), None)  # never guessed
        pdf = postal.letter_pdf(subject=letter.subject, body=body, who=who, broker_name=recipe.name,
                                broker_address=address, law_name=law.name, date=now.date(), capacity=capacity,
                                signatures=signatures, enclosure=auth)
        data: dict[str, Any] = {"law": law.id, "token": token, "agent": org.name if auth is not None else None}
        if law.state:
            data["law_state"] = law.state
        if law.authority:
            data["law_authority"] = law.authority
        if role:
            data["agent_role"] = role  # in which capacity: the report says it (optout.report._collect.acted_as)
        if letter.care_of:
            data["care_of"] = True  # it names someone else's e-mail for the client: the report says so
        await self.store.record(case.id, postal.PRINTED, case.state, now, last_error=case.last_error, data=data)
        return pdf

    async def _unconfirmed(self, c: Case) -> dict[str, Any] | None:
        """The data of a ``submitted`` case's last request when the broker's page lacked the words the
        recipe expects (``request_unconfirmed``, ``engine``'s ``unconfirmed``) and no person has
        looked at it since (:data:`UNCONFIRMED_SEEN`); or, with ``kind`` ``in_doubt``, the data of its
        newest event when that left its request in doubt (a stopped run: :func:`optout.reasons.records_doubt`),
        until a person looks; else None."""
        if c.state != CaseState.SUBMITTED:
            return None
        events = await self.store.events(c.id)
        if events and (doubt := reasons.doubt_of(events[-1])):
            # a follow-up in doubt says so, never "request in doubt": the request itself went out
            if doubt == reasons.FOLLOW_UP_IN_DOUBT:
                return {**events[-1].data, "kind": doubt, "why": Reason("follow_up_in_doubt").to_json()}
            return {**events[-1].data, "kind": "in_doubt", "why": events[-1].data.get("why")
                    or Reason("request_in_doubt").to_json()}
        last = [e for e in events if e.kind in ("submitted", "confirmed", UNCONFIRMED_SEEN)]
        if not last or last[-1].kind != "submitted" or not last[-1].data.get("unconfirmed"):
            return None
        return last[-1].data

    async def _human_data(self, c: Case) -> dict[str, Any]:
        ev = [e for e in await self.store.events(c.id) if e.kind == "human_needed"]
        return ev[-1].data if ev else {}

    async def human_tasks(self, person_ids: list[str] | None = None, kinds: list[str] | None = None,
                          show: bool = False, grouped: bool = False) -> list[dict[str, Any]]:
        """What waits for a person: ``needs_human`` cases, and cases ``failed`` for missing data
        (kind ``missing``: add the field to the person, or skip the broker). One dict per case:
        case, person, label, broker, kind, reason (English), why (the reason's code and parameters,
        :mod:`optout.reasons`, for any language), url, instructions, screenshot, listings, and
        ``answered_by``: ``mail``, ``post`` or ``phone`` when a broker's answer put it there (where a
        volunteer reads that answer: the e-mail, or the note recorded of a letter or a call).
        A ``submitted`` case whose broker's page did not say it took the request (``request_unconfirmed``)
        is a row of kind ``unconfirmed`` (its screenshot to look at, ``due`` when the confirmation scan
        checks it) until a person takes it off with :meth:`done`; the case itself is not changed. So is
        a ``submitted`` case whose request a stopped run may or may not have sent (kind ``in_doubt``:
        the person may ask the broker or look at its site; nothing is ever sent again for it blindly),
        or only its follow-up (kind ``follow_up_in_doubt``, listed by ``in_doubt`` too).

        ``grouped``: the uncertain-match questions of one client about the same records (the same
        fingerprints, :mod:`optout.answers`: one record resold by several brokers) are ONE row,
        whose ``cases`` and ``brokers`` list every case it answers (``case`` is the first; its
        listing ids are the ones to answer with). Every row has ``cases`` and ``brokers``."""
        rows = await self._human_rows(person_ids, kinds, show)
        for r in rows:
            r["cases"], r["brokers"] = [r["case"]], [r["broker"]]
        return await self._group_questions(rows) if grouped else rows

    async def _group_questions(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        from optout.answers import birth_interval, fingerprint

        today = self.clock.now().date()
        out: list[dict[str, Any]] = []
        first: dict[tuple[str, frozenset[Any]], dict[str, Any]] = {}
        for r in rows:
            ids = {li["id"] for li in r["listings"] if li.get("id") is not None}
            if r["kind"] != "uncertain_match" or not ids:
                out.append(r)
                continue
            key, _ = await self.open_person(r["person"])
            listings = await self._stored_listings(await self.store.get_case(r["case"]), key, ids)
            if len(listings) != len(ids):
                out.append(r)
                continue
            group = (r["person"], frozenset((fingerprint(key, li), birth_interval(li, today))
                                            for li in listings.values()))
            if group in first:
                first[group]["cases"].append(r["case"])
                first[group]["brokers"].append(r["broker"])
                continue
            first[group] = r
            out.append(r)
        return out

    async def _human_rows(self, person_ids: list[str] | None, kinds: list[str] | None,
                          show: bool) -> list[dict[str, Any]]:
        labels = await self.labels()
        rows = []
        states = [CaseState.NEEDS_HUMAN, CaseState.FAILED]
        if not kinds or {"unconfirmed", "in_doubt", "follow_up_in_doubt"} & set(kinds):
            # a request the broker's page did not confirm, or one a stopped run may have sent: to look at
            states.append(CaseState.SUBMITTED)
        for c in await self.store.cases(states=states):
            if person_ids is not None and c.person_id not in person_ids:
                continue
            if c.state == CaseState.SUBMITTED:
                sent = await self._unconfirmed(c)
                if sent is None:
                    continue
                shots = [e for e in await self.store.evidence(c.id) if e.kind == "screenshot"]
                # "the broker's page did not say it took the request: look at the evidence screenshot";
                # the case is not changed: its confirmation scan still proves the removal or not
                row = {"case": c.id, "person": c.person_id, "label": labels.get(c.person_id),
                       "broker": c.broker_id, "kind": sent.get("kind") or "unconfirmed", "reason": c.last_error,
                       "why": sent.get("why") or Reason("request_unconfirmed", {"step": sent["unconfirmed"][0]}).to_json(),
                       "url": None, "instructions": None, "instructions_es": None,
                       "screenshot": str(self.settings.evidence_dir / shots[-1].path) if shots else None,
                       "listings": [], "mail": False, "answered_by": None,
                       "due": c.next_action_at.isoformat() if c.next_action_at else None}
            elif c.state == CaseState.FAILED:
                failed = [e for e in await self.store.events(c.id) if e.kind == "failed"]
                missing = failed[-1].data.get("missing") if failed else None
                if not missing:
                    continue
                row = {"case": c.id, "person": c.person_id, "label": labels.get(c.person_id),
                       "broker": c.broker_id, "kind": "missing", "missing": missing, "reason": c.last_error,
                       "why": (failed[-1].data.get("why") if failed else None)
                       or Reason("missing_info", {"field": missing}).to_json(),
                       "url": None, "instructions": None, "instructions_es": None, "screenshot": None, "listings": [],
                       "mail": False, "answered_by": None}
            else:
                data = await self._human_data(c)
                shot = data.get("screenshot")
                opened: dict[str, Any] = {}
                if data.get("sealed"):
                    key, _ = await self.open_person(c.person_id)
                    opened = json.loads(key.open(base64.b64decode(data["sealed"]), f"human:{c.id}"))
                row = {
                    "case": c.id, "person": c.person_id, "label": labels.get(c.person_id), "broker": c.broker_id,
                    "kind": data.get("kind") or "other", "reason": data.get("reason"), "url": opened.get("url"),
                    "why": data.get("why"),
                    "instructions": opened.get("instructions"),
                    "instructions_es": opened.get("instructions_es"),  # the recipe's Spanish, if any
                    "screenshot": str(self.settings.evidence_dir / shot) if shot else None,
                    "listings": data.get("listings", []),
                    # a broker's reply the task is about (kept with the case's evidence): the CLI
                    # names its command (`optout evidence CASE`), the dashboard its evidence page
                    "mail": bool(data.get("mail")),
                    # how the answer that put the case here came: "mail" (read from the mailbox), or
                    # "post" / "phone" (a person recorded it, App.record_reply: its words are the
                    # case's "note" evidence, never an e-mail); None when no answer did
                    "answered_by": (str(data["channel"]) if data.get("reply") and data.get("channel") in REPLY_CHANNELS
                                    else "mail" if data.get("mail") else None),
                }
                if row["kind"] == "letter":  # a letter the queue can print (optout.legal.postal)
                    from optout.legal.postal import is_postal

                    row["postal"] = is_postal(self.catalogue.recipes.get(c.broker_id))
                if show and row["listings"]:
                    # the listings' own text is personal data: shown only when asked for
                    key, _ = await self.open_person(c.person_id)
                    sealed = {x.id: x.sealed for x in await self.store.listings(c.id)}
                    for li in row["listings"]:
                        if li["id"] in sealed:
                            li["listing"] = json.loads(key.open(sealed[li["id"]], "listing"))["listing"]
            # a follow-up in doubt is one of the things in doubt: ``--kind in_doubt`` lists it too
            if kinds and row["kind"] not in kinds and not (row["kind"] == reasons.FOLLOW_UP_IN_DOUBT
                                                           and "in_doubt" in kinds):
                continue
            rows.append(row)
        return rows

    async def letter_plan(self, recipes: list[Recipe] | None = None) -> LetterPlan:
        """The plan for the letters still to write (optout.mail.plan_letters), leaving out those
        California's DROP carries (drop.hold_letters, a Californian who filed, a covered broker).
        It only reads: the cases a run would create are counted, not made."""
        from optout.legal import drop
        from optout.mail import plan_letters

        # the e-mail brokers only, parsed (their laws and DROP coverage are not in the index)
        chosen = recipes if recipes is not None else self.recipes()
        pool = {r.id: self.catalogue.recipes[r.id] for r in chosen if channel_of(r) == "email"}
        filings: dict[str, tuple[Person, Any]] = {}  # person id -> (person, DROP filing)
        if self.settings.drop.hold_letters:
            for pid, sealed in (await self.store.records_of_kind(drop.RECORD)).items():
                key, person = await self.open_person(pid)
                filings[pid] = (person, drop.Filing.from_json(key.open(sealed, f"record:{drop.RECORD}")))

        def holds(pid: str, broker_id: str) -> bool:
            r = pool.get(broker_id)
            return (pid in filings and r is not None and r.optout.channel == "email"
                    and drop.holds(*filings[pid], r, True))

        held: set[int] = set()
        for pid in filings:
            held.update(c.id for c in await self.store.cases(person_id=pid, states=[CaseState.NEW])
                        if holds(pid, c.broker_id))
        unmade, unmade_held = 0, 0
        if self.mail_configured:  # the cases a run creates (lazily) are letters too: counted, not made
            for info in await self.people():
                have = {c.broker_id for c in await self.store.cases(person_id=info.id)}
                for r in self.applicable(info.person, list(pool.values())):
                    if r.id not in have:
                        unmade_held += holds(info.id, r.id)
                        unmade += not holds(info.id, r.id)
        plan = await plan_letters(self.store, self.settings, pool, self.clock.now(), held=held, unmade=unmade)
        plan.held += unmade_held
        return plan

    async def person_counts(self, person_id: str) -> dict[str, Any]:
        """One person's counts, as :meth:`people_summary` gives them (its row for this person):
        the people page's row, the person page's line and the report's line are all this, said
        with the same words (``count:<key>`` for each key of :data:`COUNTS`; trial41: the people
        page's "Solicitados 16" and the report's "en espera: 2" counted different things under
        words that read alike). Raises ``KeyError`` for a person not held."""
        return (await self.people_summary([person_id]))[0]

    async def people_summary(self, person_ids: list[str] | None = None) -> list[dict[str, Any]]:
        """One row per person (of ``person_ids``, or everyone) (``status``'s opening table): person, label, brokers (cases),
        found (brokers where a listing recognised as the person's was seen: one the matcher only
        asks about is counted under ``waiting``, not here), not_found (brokers searched where
        nobody was recognised, or a person said the listings are someone else's: a client searched
        everywhere and found nowhere no longer reads as a row of zeros, trial39), requested
        (brokers asked at least once), in_doubt (of those, the requests or follow-ups a stopped run
        may or may not have sent: ``human --kind in_doubt``; trial39: a summary without them hid
        three such requests behind "requested") (brokers asked at least
        once), removed (proven by a later search), waiting (for a person: ``human``), failed,
        declined (the client chose not to send the ID a broker asks for: :meth:`decline`), and
        ``needs_info`` (stopped for data the client did not give: never counted as failed), and
        ``last_activity_at``: when the latest event of any kind but a case's creation was recorded
        for any of their cases (``Store.last_activity``: a change of state, and as much a scan or
        recheck that found nothing new, a request, a reply read, a person's ``done``/``retry``);
        None: nothing done yet."""
        from optout.leases import gone

        scan_states = {CaseState.FOUND, CaseState.RELISTED, CaseState.SUBMITTED, CaseState.CONFIRMED,
                       CaseState.REMOVED, CaseState.WAITING_PARENT}
        rows: dict[str, dict[str, Any]] = {}
        for pid, label in (await self.labels()).items():
            if person_ids is not None and pid not in person_ids:
                continue
            rows[pid] = {"person": pid, "label": label, "brokers": 0, "found": 0, "not_found": 0, "requested": 0,
                         "in_doubt": 0, "held": 0, "held_until_at": None, "leased_by_stopped_run": 0,
                         "removed": 0, "waiting": 0,
                         "needs_info": 0, "failed": 0, "declined": 0, "by_outcome": {}, "last_activity_at": None}
        if person_ids is not None and len(person_ids) == 1 and person_ids[0] not in rows:
            raise KeyError(person_ids[0])
        tasks = await self.human_tasks(person_ids)
        now = self.clock.now()
        missing = {t["case"] for t in tasks if t["kind"] == "missing"}
        # a request (or its follow-up) a stopped run may or may not have sent: `human --kind in_doubt`
        doubt = {n for t in tasks if t["kind"] in ("in_doubt", reasons.FOLLOW_UP_IN_DOUBT)
                 for n in (t.get("cases") or [t["case"]])}
        for c in await self.store.cases(person_id=person_ids[0] if person_ids is not None and len(person_ids) == 1
                                        else None):
            r = rows.get(c.person_id)
            if r is None:
                continue
            entry = self.catalogue.index.get(c.broker_id)  # the index: status parses no recipe
            r["brokers"] += 1
            if c.state in scan_states and (entry is None or entry.scan is not None):
                r["found"] += 1
            elif (c.state in (CaseState.NEEDS_HUMAN, CaseState.FAILED, CaseState.DECLINED)
                  or c.state == CaseState.NEW and c.scan_count > 0) and recognised_at(
                    await self.store.listings(c.id, include_gone=True), await self.store.events(c.id)) is not None:
                # recognised (by the matcher, or a person said "this is them"), and a person must act
                # (a CAPTCHA on the form, data the client did not give) or the request could not be
                # made: the listing was found all the same, as the report's "found on" says. A listing
                # the matcher is unsure of is no finding until a person says it is theirs: "waiting".
                # "Found" counts what was found, whatever came after (t45: the client declining to
                # send an ID, or «Intentar de nuevo» putting the case back to new, took it away)
                r["found"] += 1
            r["requested"] += c.attempts > 0
            outcome = ("needs_info" if c.id in missing else reasons.IN_DOUBT if c.id in doubt else c.state.value)
            if (outcome == c.state.value and reasons.may_be_undelivered(c.state.value, c.last_error)
                    and reasons.not_delivered(c.state.value, await self.store.events(c.id))):
                outcome = reasons.NOT_DELIVERED  # a letter a mailbox refused for now: not "request sent" (u48)
            if (until := await self._held_until(c, now)) is not None:
                # a letter (or follow-up) the daily limit or the broker's spacing kept back: it goes
                # at its due time; counted, with the earliest such time (f41: counted nowhere)
                r["held"] += 1
                r["held_until_at"] = min(filter(None, [r["held_until_at"], until]))
                outcome = "held"
            # each case once, by what it is waiting on: these add up to ``brokers`` (f41)
            r["by_outcome"][outcome] = r["by_outcome"].get(outcome, 0) + 1
            r["removed"] += c.state == CaseState.REMOVED
            r["not_found"] += c.state == CaseState.NOT_FOUND
            r["in_doubt"] += c.id in doubt
            # still leased by a run on this machine that was stopped or killed (trial46: a kill -9
            # showed held 0 / in doubt 0 though README says status counts them): the next run takes
            # them over (:meth:`take_over_dead_runs`); read here, never taken
            r["leased_by_stopped_run"] += bool(c.lease_owner and c.lease_until and c.lease_until > now
                                               and gone(c.lease_owner))
            if c.id in missing:
                r["needs_info"] += 1
            elif c.state == CaseState.NEEDS_HUMAN:
                r["waiting"] += 1
            elif c.state == CaseState.FAILED:
                r["failed"] += 1
            r["declined"] += c.state == CaseState.DECLINED  # the client's choice: no failure, no removal
        for pid, at in (await self.store.last_activity()).items():
            if pid in rows:
                rows[pid]["last_activity_at"] = at
        return list(rows.values())

    async def _held_until(self, case: Case, now: dt.datetime) -> dt.datetime | None:
        """When a letter or follow-up the daily limit (``mail.daily_cap``, per account) or the
        broker's spacing held back goes: the case's due time, when its newest event is that hold
        (``deferred``, reason ``letter_held_until``, before f41 ``letter_deferred``: ``MailFlow.due``) and
        it is still to come; else None."""
        if not reasons.may_be_held(case.state.value, case.next_action_at, case.last_error, now):
            return None  # the common case, without reading the events
        return reasons.held_until(case.state.value, case.next_action_at, case.last_error,
                                  await self.store.events(case.id), now)

    async def case_notes(self, cases: list[Case], *, reasons_too: bool = True) -> dict[int, tuple[str, Reason | None]]:
        """Per case id: its outcome (the state, ``needs_info`` for a case stopped for data the
        client did not give, or ``in_doubt`` for a request a stopped run may or may not have sent) and the reason of its note (:func:`optout.reasons.of_case`), to be
        rendered in the reader's language. Without ``reasons_too`` only the outcomes (the events of
        failed cases only are read: ``status`` of a person with every broker stays one query)."""
        out: dict[int, tuple[str, Reason | None]] = {}
        for c in cases:
            # a submitted case with a note may be in doubt (reasons.IN_DOUBT): its events say so
            doubtful = c.state == CaseState.SUBMITTED and c.last_error is not None
            if (c.last_error is None or not reasons_too) and c.state != CaseState.FAILED and not doubtful:
                out[c.id] = (c.state.value, None)
                continue
            out[c.id] = reasons.of_case(c.state.value, c.last_error, await self.store.events(c.id))
        return out

    async def waits_for(self, case: Case, outcome: str, now: dt.datetime) -> tuple[str, dt.datetime | None]:
        """What a case waits for, as ``status`` and the dashboard's person page say it
        (:data:`WAITS_FOR`): a code and, where a date belongs to it, when (the due time: an answer's
        legal deadline, a search, a recheck; a stopped run's lease, its end).
        ``outcome``: the case's as :meth:`case_notes` gives it (``needs_info``, ``in_doubt``…).
        A submitted case's channel is its newest request's (a letter, or its follow-up, waits for the
        broker's answer by e-mail); a case of a broker without a search waits for the request sent
        again, never a search (:func:`optout.schedule.due_for`)."""
        at = case.next_action_at
        if case.lease_until is not None and case.lease_until > now:
            from optout.leases import gone

            # a run stopped or killed on this machine holds it until its lease runs out (or the next
            # run takes it over): no run works on it now (t52)
            return ("held", case.lease_until) if gone(case.lease_owner or "") else ("run", None)
        if outcome == "needs_info":
            return "info", None
        if outcome in (reasons.IN_DOUBT, reasons.FOLLOW_UP_IN_DOUBT):
            return "person", None
        if outcome == reasons.HELD or await self._held_until(case, now) is not None:
            return "turn", at
        if outcome == reasons.NOT_DELIVERED:
            return "resend", at
        state = case.state
        if state in (CaseState.NEEDS_HUMAN, CaseState.FAILED):
            return "person", None
        if state == CaseState.DECLINED:
            return "nothing", None
        if state == CaseState.WAITING_PARENT:
            return "parent", at
        if state in (CaseState.NEW, CaseState.FOUND, CaseState.RELISTED) or at is None:
            return ("next_run", None) if at is None or at <= now else ("next_run_at", at)
        channel = None
        if state == CaseState.SUBMITTED:
            requests = await self.store.requests(case.id)
            channel = requests[-1].channel if requests else None
        # what the engine does when it comes due (a broker without a search: the request again, never
        # a search that cannot happen, trial51), from the facts it acts on
        from optout.schedule import due_for

        return due_for(state, self.catalogue.index.get(case.broker_id), channel), at  # the index: nothing parsed

    async def case_rows(self, person_id: str | None = None, broker_id: str | None = None, *,
                        everything: bool = False) -> list[Case]:
        """Cases of a person or broker; without ``everything`` only those with activity (scanned,
        requested, with a note (a letter the daily limit holds), held by a run now, or in any state
        but ``new``)."""
        cases = await self.store.cases(person_id=person_id, broker_id=broker_id)
        if everything:
            return cases
        now = self.clock.now()
        # a new case with a note was acted on: a letter the daily limit holds is no case "not started" (f41)
        return [c for c in cases if c.state != CaseState.NEW or c.scan_count or c.attempts or c.last_error is not None
                or (c.lease_until and c.lease_until > now)]

    async def reference(self, case: Case) -> str | None:
        """The broker's reference number of the case's latest request that has one."""
        if not case.attempts:
            return None
        refs = [r.reference for r in await self.store.requests(case.id) if r.reference]
        return refs[-1] if refs else None

    async def report(self, person_id: str, *, lang: str | None = None, pdf: bool = False) -> bytes:
        """One person's report, in memory (the dashboard's download; ``optout report`` writes files):
        the HTML (self-contained, screenshots inline) or, with ``pdf``, that HTML printed by
        Chromium. ``lang``: English or Spanish (default: the person's language). Raises
        ``PersonNotFound``; ``BrowserUnavailable`` for a PDF when Chromium cannot start."""
        from optout.report import person_report, render_person

        info = await self.find(person_id)
        report = await person_report(self.settings, self.store, self.vault, self.catalogue, self.clock.now(), info.id,
                                     self.person_counts)
        html = render_person(report, lang)
        if not pdf:
            return html.encode()
        from optout.channels.browser import BrowserChannel
        from optout.ratelimit import RateLimiter

        browser = BrowserChannel(self.settings.browser, self.settings.network, None, RateLimiter(60.0))
        try:
            return await browser.pdf(html)
        finally:
            await browser.close()

    async def client_evidence(self, case_id: int) -> list[Any]:
        """A case's evidence that is its client's (``store.Evidence`` rows, oldest first): all of it but
        the copies of a broker's reply kept while a person says whose it is (``optout.mail.UNPLACED_STEP``:
        possibly another client's mail; the person asked reads it on the dashboard's queue). What an
        export, a client's page or a download of theirs shows (the report skips them the same way)."""
        from optout.mail import UNPLACED_STEP

        return [e for e in await self.store.evidence(case_id) if e.step != UNPLACED_STEP]

    async def export_evidence(self, case_id: int, folder: Path | None) -> list[dict[str, Any]]:
        """A case's evidence rows (:meth:`client_evidence`: never an unplaced reply's copy); with ``folder``, decrypted copies written there (new 0600 files
        in a 0700 folder, whatever the umask). A folder that is a symbolic link, or a symbolic link
        in the way of a file, is refused (the clear text would go wherever it points); a folder that
        cannot be written raises ``OptoutError`` naming it."""
        from optout.files import is_link, private_dir, write_private
        from optout.report.mailtext import mail_as_text

        self.vault  # noqa: B018  # unlock first: a wrong passphrase changes nothing, writes nothing

        case = await self.store.get_case(case_id)
        items = await self.client_evidence(case.id)
        rows = [{"id": e.id, "kind": e.kind, "step": e.step, "at": e.at.isoformat(timespec="seconds"),
                 "sha256": e.sha256[:16], "path": e.path} for e in items]
        if folder is None:
            return rows
        if is_link(folder):
            raise said(OptoutError(f"--export {folder}: is a symbolic link; give the folder itself"),
                       "export_folder_link", source=f"--export {folder}")
        key, _ = self.vault.open_person(case.person_id, await self.store.get_person(case.person_id))
        try:
            private_dir(folder)
            if not folder.is_dir():
                raise said(OptoutError(f"--export {folder}: not a folder"), "export_not_folder",
                           source=f"--export {folder}")
            for e, row in zip(items, rows):
                out = folder / Path(e.path).name.removesuffix(".sealed")
                if is_link(out):
                    raise said(OptoutError(f"{out}: is a symbolic link; refusing to write through it (remove it "
                                           "or export into an empty folder)"), "export_file_link", source=str(out))
                plain = key.open((self.settings.evidence_dir / e.path).read_bytes(), f"evidence:{e.path}")
                write_private(out, plain)
                row["exported"] = str(out)
                if e.kind == "email":  # also as text a person can read (decoded headers and body)
                    txt = out.with_name(out.name.removesuffix(".eml") + ".txt")
                    write_private(txt, mail_as_text(plain).encode())
                    row["exported"] += f" (+ {txt.name})"
        except OSError as e:
            raise said(OptoutError(f"{folder}: cannot write the evidence there ({e.strerror})"), "out_unwritable",
                       source=str(folder)) from None
        return rows


def open_catalogue(settings: Settings) -> Catalogue:
    """The catalogue of ``settings.recipe_dirs``, its compiled index kept in ``settings.cache_dir``."""
    from optout.recipe.loader import load_catalogue

    return load_catalogue(settings.recipe_dirs, cache_dir=settings.cache_dir)


def _check_store_place(settings: Settings, create: bool, new_store: bool) -> None:
    """A SQLite store that is not there is an error, not a new empty store (``status`` would say
    "(nothing)" about a mistyped path). Only ``init`` makes its folder; ``init`` and a first
    ``person add`` make the file."""
    from optout.errors import ConfigError
    from optout.store import is_postgres_url, sqlite_path

    url = settings.db_url
    if is_postgres_url(url):
        return
    path = sqlite_path(url)
    if path == ":memory:" or os.path.exists(path):
        return
    what = "database_url (OPTOUT_DATABASE_URL)" if settings.database_url else f"the store in {settings.data_dir}"
    if not os.path.isdir(os.path.dirname(path) or "."):
        if new_store:
            return
        raise ConfigError(f"{what}: the folder {os.path.dirname(path)} does not exist; create it or correct the URL")
    if not create:
        raise ConfigError(f"{what}: no store at {path}; run `optout init` for a new one, or correct the "
                          "path (a store restored from a backup goes back to the same path)")


async def check_clock(store: Store) -> None:
    """Refuse (``ClockSkew``, exit 75) a machine whose clock is more than ``MAX_CLOCK_SKEW`` from the
    store's server (PostgreSQL; SQLite has no clock of its own), saying by how much and what to do
    (:func:`optout.clock.check_store_clock`; a running worker reads it again: ``ClockWatch``)."""
    from optout.clock import check_store_clock

    await check_store_clock(store)


async def _init_vault(settings: Settings, store: Store, had_vault: bool) -> Any:
    """``optout init``'s vault, made or opened only once the store is open: a store other machines
    already use (PostgreSQL) holds people sealed under the vault of the machine that set it up, and a
    new vault here would seal this machine's people under another key (the store split in two, each
    half unreadable on the other machine). So a data directory without a vault is refused beside a
    store that holds people, and a vault that does not open one of them is refused too; nothing is
    created. README, "Several workers"."""
    from optout.errors import ConfigError
    from optout.vault import Vault

    rows = await store.people()
    if rows and not had_vault:
        raise ConfigError(
            f"init: the store already holds {len(rows)} people, sealed under the vault of the machine that "
            f"set it up; copy its vault.json and vault.key (or use its passphrase, OPTOUT_PASSPHRASE) into "
            f"{settings.data_dir}, then run optout init again; no vault was made")
    vault = Vault.from_settings(settings, create=True)
    if rows:
        vault.open_person(rows[0].id, await store.get_person(rows[0].id))  # ConfigError when it does not fit
    return vault


def lost_requests_reason(store: Store) -> Reason:
    """Why a store that lost recorded requests is refused (see docs/BACKUP.md), said in a reader's
    language by :func:`optout.reasons.render` (``reason:lost_requests``)."""
    # the way on is the command line's (only the CLI runs into this), named as a value, not in the
    # catalogue's words, which the dashboard and the report may show (tests/test_dashboard_words.py)
    return Reason("lost_requests", {"count": getattr(store, "lost_requests", 0),
                                    "accept": "`optout run --accept-lost-requests`"})


def lost_requests_line(store: Store) -> str:
    """One line on a store that lost recorded requests (see docs/BACKUP.md), in English."""
    return lost_requests_reason(store).english


async def refuse_if_lost(app: App, accept: bool) -> None:
    """Before a run: a store that lost requests could send them again, so it is refused unless
    ``accept`` (the ledger is then brought down to what the store holds)."""
    if not getattr(app.store, "lost_requests", 0):
        return
    if not accept:
        e = OptoutError(lost_requests_line(app.store))
        e.why = lost_requests_reason(app.store)  # type: ignore[attr-defined]  # in the reader's language
        raise e
    await app.store.accept_lost_requests()  # type: ignore[attr-defined]


@contextlib.asynccontextmanager
async def open_app(settings: Settings, *, create: bool = False, new_store: bool = False,
                   warn: Callable[[Reason], None] | None = None, read_only: bool = False,
                   brokers: bool = False) -> AsyncIterator[App]:
    """Open (with ``create``: make) the data directory, vault and store, and the clock (the lab's
    when running against it). The vault is unlocked and the recipes are read when first used
    (``App.vault``, ``App.catalogue``); a missing vault is still reported here. ``new_store``: also make a SQLite store's folder
    (``optout init``); otherwise a store that is not there raises ``ConfigError``. ``warn`` is told
    (a :class:`Reason`, for the reader's language) of a store that lost recorded requests (every command says so; runs refuse, see
    :func:`refuse_if_lost`). ``read_only``: for a command that only reads (``status``, ``person
    list``/``show``, ``human``, ``report``, ``evidence``, ``letters plan``, ``drop show``, ``agent show``,
    ``backup``): the store is opened for reading (``open_store``), so a read-only data directory or
    disk serves it; a command that writes there fails with one line saying the folder is read-only.
    ``brokers``: the command touches brokers (``run``, ``run --due``, ``worker``): against the lab it
    reads the lab's clock now and raises ``Unavailable`` naming ``lab_url`` if the lab is down;
    every other command touches no network (the lab's last known time: ``Clock.remembered``)."""
    from optout.errors import ConfigError
    from optout.files import private_dir

    if create:  # any other command finds the folder `optout init` made, or says to run it, creating nothing
        try:  # (trial43: a cron line with an empty environment left an empty data folder under $HOME)
            private_dir(settings.data_dir)
        except OSError as e:
            raise ConfigError(f"data_dir: cannot create {settings.data_dir} ({e.strerror})") from None
    vault = None
    had_vault = (settings.data_dir / "vault.json").exists()
    if not create and not had_vault:
        from optout.vault import Vault

        Vault.from_settings(settings)  # raises "run optout init first"
    _check_store_place(settings, create, new_store)
    store = await open_store(settings.db_url, read_only=read_only and not create)
    if getattr(store, "lost_requests", 0) and warn:
        warn(lost_requests_reason(store))
    try:
        if create:
            vault = await _init_vault(settings, store, had_vault)
        if brokers:
            await check_clock(store)
        clock = Clock()
        # in the data directory whose times it sets: the cache folder is the account's, shared by
        # every data directory and lab (the demo's, a test's) and would give one the other's clock
        memo = settings.data_dir / LAB_OFFSET_FILE
        if not settings.lab_url:
            # the store's times are the lab's its runs last read: a report or status given no --lab
            # dates "now" by it too, not by the machine beside the lab's dates (trial44); a run
            # against the real brokers ends that
            if brokers:
                Clock.forget(memo)
            else:
                clock = Clock.remembered(None, memo)
        if settings.lab_url:
            before = Clock.remembered(settings.lab_url, memo)
            clock = await Clock.for_lab(settings.lab_url, memo) if brokers else before
            if (gap := clock.behind(before)) and warn:  # said once: the lab's time is remembered now
                warn(Reason("lab_clock_behind", {"days": f"{gap / dt.timedelta(days=1):.1f}",
                                                 "url": settings.lab_url}))
        yield App(_in_force(settings), store, vault, None, clock)
    finally:
        await store.close()


def _in_force(settings: Settings) -> Settings:
    """``settings`` with what the dashboard's Clinic settings saved in force (the authorised agent:
    ``clinic.effective``); a saved file that cannot be read is said where it is read, not here."""
    from optout import clinic

    try:
        return clinic.effective(settings)
    except OptoutError:
        return settings


__all__ = ["App", "AmbiguousPerson", "DuplicatePerson", "PersonInfo", "PersonNotFound", "StoreError",
           "applies", "fold", "identity_key", "lost_requests_line", "lost_requests_reason", "open_app", "open_catalogue",
           "refuse_if_lost"]


class MailProblem(str):
    """Why a mailbox read failed, in one line (a ``str``, as ``on_mail`` has always been told), and
    whether it was this machine's fault (``machine``: a full disk, a file-size limit, an I/O error),
    which ends the run with the machine-fault status as a case's machine fault does."""

    machine: bool = False

    def __new__(cls, line: str, machine: bool = False) -> MailProblem:
        problem = super().__new__(cls, line)
        problem.machine = machine
        return problem


async def _read_mail(engine: Any, on_mail: Callable[[dict[str, int] | None, str | None], None] | None) -> None:
    """One read of the mailbox for :meth:`App.run_batch`, its outcome given to ``on_mail``: a
    failure as a :class:`MailProblem`."""
    try:
        counts = await engine.read_mail()
    except (TransientError, MachineFault, StoreError, OSError) as e:
        from optout.faults import fault_message

        if on_mail is not None:
            from optout.log import redact

            # a store's or mailbox's password never reaches the line (the CLI, --json, the dashboard)
            on_mail(None, MailProblem(redact(fault_message(e).split(";")[0] if isinstance(e, OSError) else str(e)),
                                      machine=isinstance(e, MachineFault | OSError)))
        return
    if on_mail is not None:
        on_mail(counts, None)


def pass_summary(source: str, summary: Any, stopped: bool, why: Reason | None) -> dict[str, Any]:
    """What the store keeps of a pass (``Store.finish_run``), in the keys of the dashboard's
    ``RunState.summary``: ``source``, ``done`` (cases processed), ``total`` (those and the ones
    handed back), ``counts`` (by outcome: the worker's ``RunSummary.by_state``, its ``needs_info`` counted apart
    from ``failed`` as ``optout.reasons.NEEDS_INFO``), ``stopped`` (a
    signal stopped it), ``handed_back``, ``why`` (a reason code when an error or a fault of this
    machine stopped it). Counts and codes only, never a person's value. ``summary`` None: the run
    raised before it had one (``why`` says why)."""
    if summary is None:
        return {"source": source, "total": 0, "done": 0, "counts": {}, "stopped": stopped,
                "why": (why or Reason("run_failed")).to_json()}
    if why is None and (summary.fault or summary.error):
        why = Reason("run_failed")
    counts = Counter({str(k): int(n) for k, n in summary.by_state.items()})
    # a case stopped for a value the person did not give is not a failure (trial49: the Runs page
    # read "failed 24" where optout run said "missing data: 24"), counted as the dashboard's own runs
    wanting = min(int(getattr(summary, "needs_info", 0)), counts["failed"])
    counts["failed"] -= wanting
    counts[reasons.NEEDS_INFO] += wanting
    return {"source": source, "total": summary.processed + summary.handed_back, "done": summary.processed,
            "counts": {k: n for k, n in counts.items() if n > 0}, "stopped": stopped,
            "handed_back": summary.handed_back, "why": why.to_json() if why else None}


#: How :func:`found_by` found a person, best first: by file number, by their name (every word in
#: it), by one of their two (or more) surnames alone, by another name they are known by (past,
#: married, transliterated, an alias), by a nickname of a given name ("Lupe" for Guadalupe, the
#: matcher's nickname tables: ``optout.matching.nickname_of``), by a given name's initial ("M.").
FOUND_BY = ("label", "name", "one_surname", "other_name", "nickname", "initial")


def found_by(info: PersonInfo, query: str) -> str | None:
    """How ``query`` finds ``info``'s person (a :data:`FOUND_BY` code), or None. Each word of the
    query must be found in one form of the name: a word of it or its start ("Hern" finds
    Hernández), a single letter as a given name's initial, a nickname of a given name, or a part
    of a word (as the search always found); a name
    form is the person's name, each other form of it and each alias. Accents, case, hyphens and
    apostrophes do not count (:func:`fold`)."""
    q = fold(query)
    words = q.replace(".", " ").split()
    if not words:
        return None
    if info.label and q in fold(info.label):
        return "label"
    p = info.person
    forms: list[tuple[bool, list[str], list[str]]] = [
        (True, fold(" ".join(x for x in (p.first_name, p.middle_name) if x)).split(), fold(p.last_name).split())]
    forms += [(False, fold(" ".join(f.given)).split(), fold(" ".join(f.surnames)).split()) for f in p.names]
    forms += [(False, fold(a).split(), fold(a).split()) for a in p.aliases]  # which part is which: unknown
    found = [how for main, given, surnames in forms if (how := _form_found(words, main, given, surnames))]
    if found:
        return min(found, key=FOUND_BY.index)
    # the words spread over several of the names (as the list searched before it told how)
    every = fold(" ".join(info.known_as))
    return "other_name" if all(len(w) > 1 and w in every for w in words) else None


def _form_found(words: list[str], main: bool, given: list[str], surnames: list[str]) -> str | None:
    """How ``words`` find one form of a name (``main``: the person's own), or None."""
    from optout.matching import nickname_of
    from optout.person import NAME_PARTICLES

    text, ways = " ".join(given + surnames), set()
    for w in words:
        if len(w) == 1:
            if not any(g.startswith(w) for g in given):
                return None
            ways.add("initial")
        elif any(t.startswith(w) for t in given + surnames):  # a word, or its start ("Hern")
            ways.add("surname" if any(t.startswith(w) for t in surnames)
                     and not any(t.startswith(w) for t in given) else "name")
        elif any(nickname_of(w, g) for g in given):  # before a word's middle: "Lupe" in Guadalupe is Lupe
            ways.add("nickname")
        elif w in text:
            ways.add("name")
        else:
            return None
    if "nickname" in ways:
        return "nickname"
    if "initial" in ways:
        return "initial"
    if not main:
        return "other_name"
    real = [s for s in surnames if s not in NAME_PARTICLES]
    return "one_surname" if ways == {"surname"} and len(real) > 1 and not all(
        any(w in s for w in words) for s in real) else "name"
