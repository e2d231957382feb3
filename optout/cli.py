"""The ``optout`` command. Every command reads settings (file < env < flags), opens the store and the
vault, and prints tables for people and ``--json`` for programs. Expected errors (``OptoutError``)
print one line naming what to fix and exit with their kind's status (``optout.errors.Exit``:
sysexits.h numbers, permanent or transient, the table in ``EXIT_CODES`` and docs/EXIT_CODES.md); nothing is ever printed with a person's values unless
asked for (``person list --names``)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import errno
import functools
import json
import os
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optout._marks import mark
from optout import __version__
from optout.app import TASK_KINDS, App, NextWork, channel_of, open_app, open_catalogue, refuse_if_lost
from optout.diskspace import preflight, recovery_hint
from optout.errors import INTERRUPTED, ConfigError, Exit, OptoutError, StoppedBySignal, Unavailable, UsageError, said
from optout.faults import fault_message
from optout.log import configure as configure_logging
from optout.log import file_label, get_logger, hold_secrets, name_files, redact, url_secrets
from optout.reasons import CASE_PREFIX, LISTING_PREFIX
from optout.settings import Settings
from optout.store import Case, CaseState

if TYPE_CHECKING:
    from optout.reasons import Reason

log = get_logger(__name__)


# ---- output helpers ------------------------------------------------------------------------------


def reader_language(args: argparse.Namespace | None, settings: Settings | None) -> str:
    """The language a volunteer reads the CLI in, for ``status``, ``human`` and the one-line errors
    alike: ``--lang``; else the ``lang`` setting (``OPTOUT_LANG``); else the terminal's locale (``reasons.locale_language``: LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG); else the clinic's default language (``optout.clinic.default_language``);
    else English. Always ``"en"`` or ``"es"``."""
    from optout import clinic, reasons

    given = getattr(args, "lang", None)
    if given:
        return reasons.pick(given)
    # the setting (OPTOUT_LANG, or `lang` in the settings file): read from the environment when the
    # settings could not be read, so that a bad setting's own line is said in it too
    chosen = settings.lang if settings is not None else os.environ.get("OPTOUT_LANG", "").strip().lower()
    if chosen in ("en", "es"):
        return chosen
    found = reasons.locale_language()
    if found:
        return found
    if settings is None:
        return "en"
    try:
        return reasons.pick(clinic.default_language(settings))
    except OptoutError:  # an unreadable clinic.json: its own error comes when a command needs it
        return "en"


def error_line(e: OptoutError, lang: str) -> str:
    """An error's one line in ``lang``: in English its message; otherwise from its codes (a
    profile's fields, each with its reason; its ``why``), naming the file, row or case the English
    names (``source``), and else its English message, labelled as English (no text exists for it)."""
    from optout.reasons import Reason, field_name, render

    if lang == "en":
        return str(e)
    source = getattr(e, "source", None)
    head = f"{source}: " if source else ""
    problems = getattr(e, "problems", None)
    if problems and all(isinstance(p, tuple) and isinstance(p[1], Reason) for p in problems):
        def label(where: str) -> str:  # "addresses.0.state" → the state's name in this language
            return field_name([p for p in where.split(".") if not p.isdigit()][-1], lang)
        return head + "; ".join(f"{label(where)}: {render(why, lang)}" for where, why in problems)
    why = getattr(e, "why", None)
    if isinstance(why, Reason):
        from optout.reasons import text

        if text(f"cli:why.{why.code}", lang):
            # the command line's own words for it, naming its commands (the reason's, which the
            # dashboard may show too, names none: tests/test_dashboard_words.py; f43)
            return head + say(f"why.{why.code}", lang, **why.params)
        # ``then``: what followed from it, as the English says after a "; " ("nothing was added")
        then = getattr(e, "then", None)
        return head + render(why, lang) + (f"; {render(then, lang)}" if isinstance(then, Reason) else "")
    from optout import errors

    # a fault of this machine (the store's or a file's): what it is and what to do, in the reader's
    # language, whatever command met it (trial27: "(solo en inglés) … the disk is full")
    if isinstance(e, errors.DiskFull):
        return head + render(Reason("machine_disk_full"), lang)
    if isinstance(e, errors.StoreUnwritable):
        return head + render(Reason("machine_unwritable"), lang)
    if isinstance(e, errors.StoreError) and store_busy(e.__cause__):
        return head + render(Reason("store_busy"), lang)
    return say("error.english_only", lang, message=str(e))


#: SQLite's "database is locked" / "table is locked", and PostgreSQL's lock and serialisation
#: failures (SQLSTATE 55P03, 40001, 40P01): another process was writing at the same moment.
_BUSY_SQLSTATES = frozenset({"55P03", "40001", "40P01"})


def store_busy(cause: BaseException | None) -> bool:
    """Whether a store error's cause is another process holding the store (two volunteers at once,
    the dashboard open while the worker writes), by the database's own error code, not its words."""
    import sqlite3

    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return getattr(cause, "sqlstate", None) in _BUSY_SQLSTATES


def _english(message: str, lang: str) -> str:
    """A message only English words exist for (a recipe loader's, pydantic's, the engine's), as
    ``lang`` says it: as it is in English, labelled as English in another language."""
    return message if lang == "en" else say("error.english_only", lang, message=message)


def say(key: str, lang: str, **params: Any) -> str:
    """The CLI's words ``cli:<key>`` from the one catalogue (optout/locales), in ``lang``, else in
    English, else the key; ``params`` filled with ``str.format``."""
    from optout.reasons import fill

    return fill(f"cli:{key}", lang, **params)  # a case's number as C12 (f42)


def state_word(state: str, lang: str) -> str:
    """A case's state as a person reads it in a run's lines and counts (``cli:state.<state>``, in
    English too: "needs a person", not ``needs_human``; ``missing data`` for a case waiting for data
    the person lacks; ``held`` for a letter the sending limits kept back). ``--json`` keeps the values."""
    return say(f"state.{'needs_info' if state == 'missing data' else state}", lang)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], lang: str = "en") -> str:
    """A plain-text table; ``lang`` other than English names the columns in it (``cli:column.*``)."""
    if not rows:
        return "(nothing)" if lang == "en" else say("table.nothing", lang)
    from optout.reasons import text

    # a column without words of its own (a mail account's name) is headed by its name
    heads = [text(f"cli:column.{c}", lang) or c for c in columns]
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(heads)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    return "\n".join([line(heads), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def when(t: dt.datetime | None, now: dt.datetime, lang: str = "en") -> str | None:
    if t is None:
        return None
    secs = (t - now).total_seconds()
    span = abs(secs)
    text = (f"{span / 86400:.0f}d" if span >= 86400 else f"{span / 3600:.0f}h" if span >= 3600
            else f"{span / 60:.0f}m" if span >= 60 else "now")
    if lang != "en":
        return say("when.now", lang) if text == "now" else say("when.in" if secs > 0 else "when.ago", lang, span=text)
    return "now" if text == "now" else (f"in {text}" if secs > 0 else f"{text} ago")


#: The language of this command's reader (``reader_language``), set by :func:`main` once the
#: settings are read, for what is said outside a command's own lines: :func:`warn`.
_reader = {"lang": "en"}


def warn(what: str | Reason) -> None:
    """``optout: warning: …`` on stderr, in the reader's language: a :class:`Reason` in their words;
    a line of English (a library's or a file's own words) labelled as English."""
    from optout.reasons import Reason, render

    lang = _reader["lang"]
    if isinstance(what, Reason):
        line = render(what, lang)
    else:
        line = what if lang == "en" else say("error.english_only", lang, message=what)
    print("optout: " + say("warning", lang, line=line), file=sys.stderr)


def _json_value(value: Any) -> str:
    """A value JSON has no type for: times as ISO 8601 (``2026-11-30T15:50:07+00:00``, as every other
    ``*_at`` field is written), anything else as its text."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def emit(args: argparse.Namespace, rows: list[dict[str, Any]], columns: Sequence[str],
         settings: Settings | None = None) -> None:
    """Rows as ``--json`` (English keys, for programs) or as a table headed in the reader's
    language (``reader_language``: ``cli:column.*``)."""
    if getattr(args, "json", False):
        print(json.dumps(rows, indent=2, default=_json_value))
    else:
        print(table(rows, columns, reader_language(args, settings)))


# ---- commands -------------------------------------------------------------------------------------


async def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings, create=True, new_store=True, warn=warn):
        pass
    lang = reader_language(args, settings)
    print(say("init.ready", lang, path=settings.data_dir))
    print(say("init.next", lang))
    return 0


def usage(source: str, code: str, english: str, **params: str) -> UsageError:
    """A refused command line (exit 64) as ``"<source>: <english>"``, with the reason ``code`` that
    :func:`error_line` says in the reader's language (trial39: these were "(solo en inglés) …").
    A flag the words name is a parameter (``flag="--yes"``): the shared catalogue, which the
    dashboard and reports read too, names no command (tests/test_dashboard_words.py)."""
    from optout.reasons import Reason

    e = UsageError(f"{source}: {english}")
    e.why, e.source = Reason(code, params), source  # type: ignore[attr-defined]
    return e


def _address_arg(text: str, flag: str) -> dict[str, Any]:
    from optout.intake import _address

    addr = _address(text)
    if addr is None:
        raise usage(flag, "usage_address", 'expected "street, city, ST ZIP" or "city, ST"')
    return addr


def _confirm(question: str, yes: bool, what: str, lang: str = "en") -> bool:
    """Ask on the terminal (``[y/N]``, in Spanish ``[s/N]``); without one, only ``--yes`` goes ahead."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise usage(what, "confirm_with_yes", "confirm with --yes (there is no terminal to ask on)", flag="--yes")
    try:
        return input(f"{question} {say('confirm.choices', lang)} ").strip().lower() in ("y", "yes", "s", "si", "sí")
    except EOFError:
        return False


async def cmd_person(args: argparse.Namespace, settings: Settings) -> int:
    from optout.person import load_person

    cmd = args.person_cmd
    async with open_app(settings, create=cmd in ("add", "import"), warn=warn, read_only=cmd in ("list", "show")) as app:
        if cmd == "add":
            if args.label and len(args.files) > 1:
                raise usage("person add --label", "usage_label_one_file", "give one profile file with a label")
            people = []
            for f in args.files:
                p = load_person(f)
                if args.label:
                    p = p.model_copy(update={"label": args.label})
                people.append((f, p))
            result = await app.add_people(people, allow_duplicates=args.allow_duplicates,
                                          allow_removed=args.allow_removed)
            # each file by its place on the command line, as errors say it: named after a client
            # (--json: the place's number, for a program that knows what it passed)
            if args.json:
                places = {str(f): (file_place(getattr(args, "words", ()), f) or (None, ""))[0] for f in args.files}
                emit(args, [{"argument": places.get(str(f)), "person": pid} for f, pid in result.added],
                     ["argument", "person"], settings)
            else:
                emit(args, [{"file": file_label(str(f)), "person": pid} for f, pid in result.added],
                     ["file", "person"], settings)
        elif cmd == "import":
            return await _person_import(args, app)
        elif cmd == "list":
            rows = []
            for info in await app.people():
                row: dict[str, Any] = {"person": info.id, "label": info.label,
                                       "added": info.created_at.date().isoformat()}
                if args.names:
                    row["name"] = info.name
                rows.append(row)
            emit(args, rows, ["person", "label", "added"] + (["name"] if args.names else []), settings)
        elif cmd == "show":
            info = await app.find(args.person)
            data = {"person": info.id, **info.person.model_dump(mode="json", exclude_none=True)}
            if args.json:
                print(json.dumps(data, indent=2, ensure_ascii=False))
            else:
                print(show_person(data, reader_language(args, settings)))
        elif cmd == "edit":
            edit = await app.edit_person(
                args.person, label=args.label, add_names=args.add_name or [], add_phones=args.add_phone or [],
                add_emails=args.add_email or [],
                add_addresses=[_address_arg(a, "--add-address") for a in args.add_address or []],
                move_to=_address_arg(args.move, "--move") if args.move else None, optout_email=args.optout_email)
            lang = reader_language(args, settings)
            print(say("edit.done", lang, person=edit.person_id))
            if edit.optout_email == "changed":
                # what changes with the address brokers get, and what still goes to the old one
                print(say("edit.optout_email", lang, count=edit.answers_to_old_email))
            elif edit.optout_email in ("set", "respelt"):
                # a first address has nothing old to keep; other letter case is the same mailbox
                print(say(f"edit.optout_email_{edit.optout_email}", lang))
            if args.move and "addresses" in edit.changed:
                # a move: what is checked again with the new address, and when, even when no case
                # was searched before (every case still to run reads the new address then)
                print(say("edit.moved", lang, count=edit.searched_again, new=edit.new_cases))
            elif edit.searched_again:
                # a new name or address: the brokers that did not find them, or removed them, are
                # searched for it on the next run
                print(say("edit.searched_again", lang, count=edit.searched_again))
        elif cmd == "remove":
            info, cases, files = await app.removal_plan(args.person)
            who = info.id + (f" ({info.label})" if info.label else "")
            lang = reader_language(args, settings)
            mail = await app.their_mail(info.id)
            if mail.count and mail.mailbox == "maildir":
                print(say("remove.mail_delete", lang, count=mail.count))
            if not _confirm(say("remove.ask", lang, who=who, cases=cases, files=files),
                            args.yes, f"person remove {info.id}", lang):
                print(say("remove.nothing", lang))
                return 1
            removed = await app.remove_person(info.id)
            print(say("remove.done", lang, person=info.id, files=removed.files))
            if removed.mail.mailbox == "maildir" and removed.mail.count:
                print(say("remove.mail_deleted", lang, deleted=removed.mail.deleted))
            elif removed.mail.mailbox == "imap" and removed.mail.count:
                # the clinic's own account: optout only reads it, so say what stays, and where (t52)
                m = removed.mail
                print(say("remove.mail_kept", lang, count=m.count, folder=m.folder, host=m.host,
                          brokers=", ".join(m.brokers)))
            print(say("remove.sheet", lang))  # trial50: a re-import of the sheet brought her back
    return 0


def show_person(data: dict[str, Any], lang: str = "en") -> str:
    """A person's profile as lines a volunteer reads (their values: shown because asked for), each
    field named in ``lang`` (``field:*``, ``name_kind:*`` and ``cli:show.*`` of the catalogue)."""
    from optout.reasons import country_name, field_name, language_name, text

    def named(key: str) -> str:
        if lang == "en":
            return {"address": "address", "past_address": "past address", "other_name": "other name",
                    "given": "given", "surnames": "surname(s)", "person": "person", "name": "name",
                    "one_part": "(one name only, no surname)", "yes": "yes"}.get(key, key)
        return say(f"show.{key}", lang)

    def field(k: str) -> str:
        return k if lang == "en" else (named("person") if k == "person" else field_name(k, lang))

    rows: list[tuple[str, str]] = []
    one_part = bool(data.get("one_part_name"))
    for k, v in data.items():
        if k == "one_part_name" or (one_part and k == "last_name"):
            continue  # a one-part name is kept in both fields and read once (docs/PEOPLE.md)
        if one_part and k == "first_name":
            rows.append((named("name"), f"{v} {named('one_part')}"))
        elif k == "addresses":
            for i, a in enumerate(v):
                where = ", ".join(x for x in (a.get("street"), a.get("city"),
                                              " ".join(y for y in (a.get("state"), a.get("zip")) if y),
                                              country_name(a["country"], lang)
                                              if a.get("country") and a.get("country") != "US" else None) if x)
                rows.append((named("address" if i == 0 else "past_address"), where))
        elif k == "names":
            # each other form of the name, its parts named (no order is implied: family-name-first
            # names are as often written either way), not a Python dict
            for n in v:
                code = str(n.get("kind") or "in_use")
                kind = code.replace("_", " ") if lang == "en" else (text(f"name_kind:{code}", lang) or code)
                parts = [f"{named('given')} {' '.join(n['given'])}" if n.get("given") else "",
                         f"{named('surnames')} {' '.join(n['surnames'])}" if n.get("surnames") else ""]
                rows.append((named("other_name"), f"{kind}: {'; '.join(p for p in parts if p)}"))
        elif isinstance(v, list):
            if v:
                rows.append((field(k), "; ".join(map(str, v))))
        elif k == "language":
            # a code (fa_AF) as its readers and this reader name it: "دری (darí)"
            rows.append((field(k), language_name(str(v), lang)))
        elif isinstance(v, bool):
            if v:  # a yes/no of the profile (post_only): said only when yes, in words
                rows.append((field(k), named("yes")))
        else:
            rows.append((field(k), str(v)))
    width = max([13, *(len(h) for h, _ in rows)])
    return "\n".join(f"{h:<{width}} {v}" for h, v in rows)


async def _person_import(args: argparse.Namespace, app: App) -> int:
    from optout.intake import RowsRejected

    # the volunteer's language (--lang, the locale, the clinic's); --json stays English
    lang = "en" if args.json else reader_language(args, app.settings)
    try:
        result = await app.import_csv(args.file, allow_duplicates=args.allow_duplicates,
                                      allow_removed=args.allow_removed)
    except RowsRejected as e:
        if args.json:
            rows = [{"row": p.row, "column": p.column, "problem": p.problem} for p in e.problems]
            print(json.dumps({"imported": 0, "problems": rows}, indent=2))
        else:
            _print_problems(e.problems, lang)
        print(redact(f"optout: {e}" if lang == "en" else  # the file by its place (log.name_files)
                     f"optout: {args.file}: {say('why.rows_rejected', lang)}"), file=sys.stderr)  # the table is above
        return e.exit_code
    if args.json:
        print(json.dumps({"imported": len(result.added),
                          "added": [{"row": int(r.removeprefix("row ")), "person": p} for r, p in result.added],
                          "already_held": [{"row": int(r.removeprefix("row ")), "person": p}
                                           for r, p in result.skipped],
                          "columns_left_out": list(result.left_out),
                          "language_unknown": list(result.unknown_language)}, indent=2))
        return 0
    print(say("import.done", lang, count=len(result.added), file=file_label(str(args.file))))
    if result.left_out:
        from optout.intake import column_letter

        print(say("import.left_out", lang, columns=", ".join(f"{n} ({column_letter(n)})" for n in result.left_out)))
    if result.unknown_language:
        from optout.intake import column_letter

        # the rows and the column, never the cell (trial50: one "Chino mandarín" refused the whole sheet)
        print(say("import.language_unknown", lang, count=len(result.unknown_language),
                  rows=", ".join(map(str, result.unknown_language)), column=column_letter(result.language_column)))
    if result.skipped:
        which = ", ".join(f"{r} = {p}" for r, p in result.skipped[:10]) + (" ..." if len(result.skipped) > 10 else "")
        if lang != "en":  # "row 3" as the sheet numbers it, in the reader's words
            which = which.replace("row ", say("import.row", lang) + " ")
        print(say("import.held", lang, count=len(result.skipped), which=which))
    return 0


STATUS_COLUMNS = ["case", "label", "broker", "state", "waits_for", "since", "next", "attempts", "reference", "note"]
PEOPLE_COLUMNS = ["person", "label", "found", "not_found", "requested", "in_doubt", "held", "removed", "waiting",
                  "needs_info", "failed", "declined", "last_activity"]
#: The person row's counts of cases (``App.people_summary``).
COUNT_COLUMNS = PEOPLE_COLUMNS[2:-1]


def not_started(row: dict[str, Any]) -> bool:
    """Whether a person's row (``App.people_summary``) is of someone none of whose cases has run yet:
    nothing recorded (``last_activity_at``) and nothing counted. Its zeros would read as "searched,
    nothing found": ``status`` says "not started" instead (trial44)."""
    return row.get("last_activity_at") is None and not any(row.get(c) for c in COUNT_COLUMNS)


def case_row(c: Case, now: dt.datetime, label: str | None = None, reference: str | None = None,
             outcome: str | None = None, waits: tuple[str, dt.datetime | None] | None = None) -> dict[str, Any]:
    """A case as ``status`` shows it. ``outcome``: what the state column says when it is not the
    stored state (``needs_info``). A case a run holds (running now, or left by a run that was
    stopped or killed until its lease runs out) says so in ``next``: it is not taken before
    ``held_until_at``, whatever ``next_at`` says. ``waits``: what it waits for and when
    (``App.waits_for``), as ``waits_for`` and ``waits_for_at``."""
    held = c.lease_until if c.lease_until and c.lease_until > now else None
    nxt = when(c.next_action_at, now) if c.next_action_at else "-"
    code, at = waits or (None, None)
    return {
        "case": c.id, "person": c.person_id, "label": label, "broker": c.broker_id, "state": outcome or c.state.value,
        "waits_for": code, "waits_for_at": at.isoformat() if at else None,
        "since": when(c.state_since, now), "since_at": c.state_since.isoformat(),
        "next": f"held by a run, free {when(held, now)}" if held else nxt,
        "next_at": c.next_action_at.isoformat() if c.next_action_at else None,
        "held_until_at": held.isoformat() if held else None,
        "attempts": c.attempts, "reference": reference, "note": c.last_error or "",
    }


async def status_rows(app: App, cases: list[Case], now: dt.datetime, labels: dict[str, str | None],
                      notes: dict[int, tuple[str, Any]]) -> list[dict[str, Any]]:
    """The rows of ``status --person --json`` and of ``run --json``'s ``cases`` (docs/JSON.md): each
    case with its label, reference, outcome and what it waits for."""
    return [case_row(c, now, labels.get(c.person_id), await app.reference(c), notes[c.id][0],
                     await app.waits_for(c, notes[c.id][0], now)) for c in cases]


def waits_words(code: str | None, at: str | None, now: dt.datetime, lang: str) -> str:
    """What a case waits for (``App.waits_for``), in words: ``cli:waits.<code>``, its date as
    ``status`` says times ("in 3d")."""
    if code is None:
        return ""
    what = say(f"waits.{code}", lang)
    return say("waits.dated", lang, what=what, date=when(dt.datetime.fromisoformat(at), now, lang)) if at else what


def short(text: str, width: int) -> str:
    """``text`` cut at a word boundary to ``width`` characters, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut if len(cut) > width // 2 else text[: width - 1]) + "…"


#: Mailbox counts that say nothing was done with a reply (``MailFlow.read_inbox``'s keys).
MAIL_NOT_ACTED = frozenset({"unmatched", "unreadable", "already handled", "taken by another worker"})


class MailReport:
    """``App.run_batch``'s ``on_mail`` for the command line: a mailbox that could not be read is
    reported once per run (the run goes on: the answers wait for the next run); what was done with
    replies is printed at once unless ``quiet``, and totalled in ``acted`` ({what: count}, e.g.
    ``{"confirmed": 2, "refused": 1}``) for the run's summary: a due pass whose only news is a
    broker's answer must not read "0 case(s) processed" and nothing else."""

    def __init__(self, quiet: bool = False, lang: str = "en") -> None:
        self.quiet, self.lang = quiet, lang
        self.acted: dict[str, int] = {}
        self.problems: list[str] = []
        #: Whether the mailbox was read at least once (a pass whose every read failed is a fault).
        self.read = False
        #: A read that failed for a fault of this machine (a full disk, a file-size limit): the run
        #: ends with the machine-fault status even when a later read succeeded (:func:`mail_fault_exit`).
        self.machine_fault = False

    def __call__(self, counts: dict[str, int] | None, problem: str | None) -> None:
        if problem is None:
            self.read = True
        if problem is not None:
            self.machine_fault = self.machine_fault or bool(getattr(problem, "machine", False))
            problem = redact(problem)  # a mailbox or store URL's password never reaches a line
            if problem not in self.problems:  # read before and after the run: one line, not two
                self.problems.append(problem)
                print(say("mail.not_read", self.lang, problem=problem if self.lang == "en" else
                          say("error.english_only", self.lang, message=problem)), file=sys.stderr)
            return
        acted = {k: n for k, n in (counts or {}).items() if k not in MAIL_NOT_ACTED and n}
        for k, n in acted.items():
            self.acted[k] = self.acted.get(k, 0) + n
        if acted and not self.quiet:
            print(say("mail.head", self.lang) + ": " + _mail_counts(acted, self.lang), file=sys.stderr)

    def line(self) -> str:
        """"mailbox: 1 confirmed, 1 refused" for what the run did with replies, "" when nothing."""
        return say("mail.head", self.lang) + ": " + _mail_counts(self.acted, self.lang) if self.acted else ""


#: What a mailbox read counts that a reader is told (``MailFlow.read_inbox``: a reply's kind, as
#: ``optout.mail._classify.KINDS``, and errors), each ``cli:mail.<key>`` in another language.
MAIL_COUNTED = ("verify_link", "confirmed", "needs_info", "needs_id", "refused", "extended", "acknowledged",
                "auto_reply", "bounce", "unsure", "other", "errors", "awaiting_match", "declined_evidence")


def _mail_counts(counts: dict[str, int], lang: str = "en") -> str:
    from optout.reasons import text

    if lang == "en":
        return ", ".join(f"{n} {text(f'cli:mail.{k}', 'en') or k.replace('_', ' ')}" for k, n in sorted(counts.items()))

    return ", ".join(f"{text(f'cli:mail.{k}', lang) or k.replace('_', ' ')}: {n}" for k, n in sorted(counts.items()))


def mail_fault_exit(settings: Settings, lang: str) -> int:
    """A run whose mailbox read met a fault of this machine (said above, "mailbox not read this
    time: …"): what to do, and ``TEMPFAIL``, as a case's machine fault ends a run: cron mails it
    and a systemd timer's unit shows failed, though every case's outcome is recorded."""
    print("optout: " + say("run.recover", lang, hint=recovery_hint(settings.data_dir, lang)), file=sys.stderr)
    return Exit.TEMPFAIL


def mail_report(quiet: bool = False, lang: str = "en") -> MailReport:
    """A :class:`MailReport` (the name older callers use), its lines in ``lang``."""
    return MailReport(quiet, lang)


def _plan_notes(plan: Any, held: Any, quiet: bool, routine: bool = True, lang: str = "en") -> None:
    """What a run leaves out and why, on stderr, in ``lang`` (``cli:plan.*``). ``routine`` notes
    (brokers left out) are skipped for cron (``routine=False``); cases held by another run are
    always reported."""
    if quiet:
        return
    if plan.letters_left_out and routine:
        # without a mail account, hundreds of registry brokers would each become a letter for a
        # person to send by hand: leave them until one is configured (or asked for by --broker)
        print(say("plan.letters_left_out", lang, count=len(plan.letters_left_out)), file=sys.stderr)
    if getattr(plan, "replies_unread", 0):
        # not routine: letters leave and nobody reads the answers, a fault cron must mail too
        print("optout: " + say("plan.replies_unread", lang, count=plan.replies_unread), file=sys.stderr)
    if plan.withdrawn and routine:
        print(say("plan.withdrawn", lang, count=plan.withdrawn), file=sys.stderr)
    if getattr(plan, "taken_over", 0):
        print(say("plan.taken_over", lang, count=plan.taken_over, runs=plan.dead_runs), file=sys.stderr)
    if held:
        dead = say("plan.held_dead", lang, count=held.by_dead_runs) if held.by_dead_runs else ""
        print(say("plan.held", lang, count=held.cases, until=f"{held.until:%Y-%m-%d %H:%M}", dead=dead),
              file=sys.stderr)


class RunProgress:
    """``optout run``'s progress: on a terminal one bar (rich) with counts by state and an ETA;
    elsewhere (a pipe, cron, ``--verbose``) one line per finished case."""

    def __init__(self, total: int, *, bar: bool, lines: bool, labels: dict[str, str | None], lang: str = "en",
                 store: Any = None):
        from collections import Counter

        self.total, self.labels, self.lines, self.lang = total, labels, lines, lang
        #: Where a case's reason is read (its events), for its note and its outcome; None: its state.
        self.store = store
        self.counts: Counter[str] = Counter()
        self._bar: Any = None
        if bar:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            from rich.text import Text

            counts = self.counts

            class _Bar(Progress):
                def get_renderables(self):  # type: ignore[no-untyped-def]
                    yield self.make_tasks_table(self.tasks)
                    line = "  ".join(f"{state_word(k, lang)} {v}" for k, v in sorted(counts.items())) or starting
                    yield Text(line, no_wrap=True, overflow="ellipsis")

            console = Console(file=sys.stderr)
            starting = say("run.starting", lang)
            self._bar = _Bar(TextColumn(say("run.cases", lang)), BarColumn(bar_width=None), MofNCompleteColumn(),
                             TextColumn(say("run.eta", lang)), TimeRemainingColumn(), console=console,
                             redirect_stdout=False, redirect_stderr=False, transient=False)
            self._task = self._bar.add_task("run", total=max(total, 1))

    def __enter__(self) -> RunProgress:
        if self._bar is not None:
            self._bar.start()
            # log lines (warnings) go above the bar as plain lines, not through it
            configure_logging("warning", "console", stream=_ConsoleStream(self._bar.console))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            configure_logging("warning", "console")

    async def __call__(self, before: Case, after: Case, done: int, running: int) -> None:
        outcome, why = after.state.value, None
        shown = self.lines or self._bar is not None  # nobody reads it (run --due under cron): no store read
        if (shown and after.last_error and after.state in (CaseState.NEEDS_HUMAN, CaseState.FAILED)
                and self.store is not None):
            # the case's reason, as optout status and the summary read it: a case stopped for data
            # the person lacks is "missing data" there, not a failure, and its note has a code
            from optout.reasons import NEEDS_INFO, of_case

            outcome, why = of_case(after.state.value, after.last_error, await self.store.events(after.id))
            outcome = "missing data" if outcome == NEEDS_INFO else after.state.value
        elif shown and self.store is not None:
            from optout.worker import outcome as counted

            outcome = await counted(self.store, before, after)  # a letter the sending limits held: "held"
        self.counts[outcome] += 1
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=max(self.total, done))
        if self.lines:
            who = self.labels.get(after.person_id) or after.person_id
            arrow = f"{state_word(before.state.value, self.lang)} → {state_word(outcome, self.lang)}"
            line = f"[{done}/{max(self.total, done)}] {after.broker_id:<14} {who}  {arrow}"
            if after.last_error and after.state in (CaseState.NEEDS_HUMAN, CaseState.FAILED):
                line += f"  ({note(after.last_error, why, self.lang)})"
            print(line, file=sys.stderr, flush=True)


def note(last_error: str, why: Any, lang: str) -> str:
    """A case's note for a reader of ``lang``: in English the engine's own words; otherwise its
    reason (``optout.reasons``) in that language, or, for a note without a code, the English
    labelled as English."""
    from optout.reasons import render

    if lang == "en":
        return short(last_error, 70)
    if why is not None:
        return render(why, lang)
    return say("error.english_only", lang, message=short(last_error, 70))


class _ConsoleStream:
    """A file-like object that prints each log line through a rich console (above a live bar)."""

    def __init__(self, console: Any):
        self.console, self._buf = console, ""

    def write(self, text: str) -> int:
        self._buf += text
        while "\n" in self._buf:
            line, self._buf = self._buf.split("\n", 1)
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _signals(by: list[str] | None = None) -> tuple[asyncio.Event, asyncio.Event]:
    """(stop, hurry): SIGTERM, or SIGHUP (its terminal closed), sets stop (running cases get their grace); Ctrl-C (SIGINT) sets both
    (running cases are handed back at once, untouched). The first signal's name is appended to ``by``."""
    stop, hurry = asyncio.Event(), asyncio.Event()
    loop = asyncio.get_running_loop()
    by = [] if by is None else by

    def term(name: str = "SIGTERM") -> None:
        by[:] = by or [name]
        stop.set()

    def interrupt() -> None:
        by[:] = by or ["SIGINT"]
        stop.set()
        hurry.set()

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGTERM, term)
        loop.add_signal_handler(signal.SIGINT, interrupt)
        # the terminal closed (trial50: the run died with its window, its end never recorded): as SIGTERM,
        # unless the command was started to outlive it (nohup: SIGHUP ignored)
        if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
            loop.add_signal_handler(signal.SIGHUP, term, "SIGHUP")
    return stop, hurry


async def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if args.due:
        return await cmd_run_due(args, settings)
    mark("run: command")
    async with open_app(settings, warn=warn, brokers=True) as app:
        mark("run: app open")
        if not await app.store.people():  # the rows alone: the vault is unlocked below, while Chromium starts
            print(say("run.no_people", "en" if args.json else reader_language(args, settings)), file=sys.stderr)
            return Exit.NOINPUT
        # Chromium starts first, while the engine is imported, when a broker of this run uses the
        # browser (a run's brokers are this run mode's, less the e-mail ones without a mail account:
        # known before the vault is unlocked and anyone's cases are prepared), so that its start
        # overlaps that work instead of following it. Closed here if the run does not take it.
        browser = await app.early_browser(app.selection(args.broker or None)[0])
        mark("run: engine imported")
        try:
            return await _run(args, settings, app, browser)
        finally:
            if browser is not None:
                await browser.close()  # once the engine has closed it: nothing left to do


async def _run(args: argparse.Namespace, settings: Settings, app: App, browser: Any) -> int:
    """``optout run`` on an open app, ``browser`` already starting (or None): plan, say what is left
    out, run through ``App.run_batch`` with a progress bar or lines, and report."""
    mark("run: planning")
    plan = await app.plan_run(args.person, args.broker or None)
    lang = "en" if args.json else reader_language(args, settings)  # --json stays English
    _plan_notes(plan, await app.held_elsewhere(plan), args.json, lang=lang)
    for bad, err in app.catalogue.errors.items():
        print(say("recipe.skipped", lang, error=error_line(err, lang)), file=sys.stderr)
    preflight(settings.data_dir, settings.worker.min_free_mb)
    await refuse_if_lost(app, getattr(args, "accept_lost_requests", False))
    people = plan.person_ids or [p.id for p in await app.people()]
    brokers = set(plan.broker_ids)
    due = await app.due_cases(plan)
    total = len(due)
    # the first line counts the people and brokers of the cases due now: one new client among
    # eight already run is "1 person", not every person held (trial27 read "18 cases: 9 people,
    # 18 brokers", all 18 the new client's)
    due_people, due_brokers = {c.person_id for c in due}, {c.broker_id for c in due}
    labels = {i.id: i.label for i in await app.people()}
    tty = sys.stderr.isatty() and not args.json
    progress = RunProgress(total, bar=tty and not args.verbose and total > 0,
                           lines=not args.json and (not tty or args.verbose), labels=labels, lang=lang,
                           store=app.store)
    if not args.json:
        print(say("run.start", lang, total=total, people=len(due_people), brokers=len(due_brokers))
              + (say("run.lab", lang) if settings.lab_url else ""), file=sys.stderr)
        if any(channel_of(r) == "email" for r in plan.recipes):  # the letters' plan, before they go
            print(f"{say('letters.head', lang)}: {(await app.letter_plan(plan.recipes)).summary(lang)} (optout letters plan)",
                  file=sys.stderr)
    stopped_by: list[str] = []
    stop, hurry = _signals(stopped_by)
    mark("run: batch begins")
    with progress:
        summary = await app.run_recorded(plan, "run", progress=progress, stop=stop, hurry=hurry,
                                         concurrency=args.concurrency, grace=args.grace, browser=browser,
                                         on_mail=(mail := mail_report(quiet=args.json, lang=lang)))
    if summary.fault:
        return stopped_by_fault(settings, summary, lang)
    now = app.clock.now()
    if args.json:
        # the rows `status --person --json` gives (docs/JSON.md): a case stopped for data the client
        # did not give is needs_info there, and the broker's reference is shown; here they were
        # failed and null
        cases = [c for c in await app.store.cases() if c.person_id in people and c.broker_id in brokers]
        notes = await app.case_notes(cases, reasons_too=False)
        rows = await status_rows(app, cases, now, labels, notes)
        print(json.dumps({"processed": summary.processed, "handed_back": summary.handed_back,
                          "error": summary.error, "cases": rows, "rechecks": rechecks_json(summary),
                          **(await app.next_work(people, brokers)).to_json(),
                          # the signal that stopped it (exit 130), only then (docs/JSON.md)
                          **({"stopped": stopped_by[0]} if stopped_by else {})}, indent=2, default=_json_value))
    else:
        by_state = dict(summary.by_state)
        # a case that wants a value the person lacks waits for a person (optout human, and
        # status counts it as waiting): not counted as failed here either
        wanting = summary.needs_info  # counted by the worker, as the run kept for the Runs page counts it
        if wanting:
            by_state["failed"] -= wanting
            by_state["missing data"] = wanting
        import shutil
        import textwrap

        # wrapped at the terminal's width (80 when it cannot be told), like the progress bar above it,
        # broken only between counts: each count and the head are held together by no-break spaces
        nb = lambda t: t.replace(" ", "\u00a0")  # noqa: E731
        counts = ", ".join(nb(f"{state_word(k, lang)}: {v}") for k, v in sorted(by_state.items()) if v)
        line = f"{nb(say('run.processed', lang, count=summary.processed))} ({counts or nb(say('run.none', lang))})"
        print(textwrap.fill(line, width=shutil.get_terminal_size((80, 24)).columns, subsequent_indent="  ",
                            break_on_hyphens=False).replace("\u00a0", " "))  # broken only between counts
        if summary.processed:
            print(say("run.next", lang))
        else:  # nothing taken: held by another run, or due later, or nothing scheduled (x48)
            print(next_work_line(await app.next_work(people, brokers), now, lang))
        paused, brokers = await left_to_paused_brokers(app, plan)
        if paused:  # due cases no run took: said, so "0 processed" after "running 81 due" is not a riddle
            print("optout: " + say("run.paused", lang, count=paused, brokers=", ".join(brokers)), file=sys.stderr)
    if summary.error:
        print("optout: " + run_stopped(summary.error, lang), file=sys.stderr)
        return Exit.UNAVAILABLE  # the browser did not start: a later run may start it
    if summary.setting:
        return stopped_by_setting(summary, lang)
    if mail.machine_fault:
        return mail_fault_exit(settings, lang)
    if hurry.is_set() or stop.is_set():
        # a line for the person who stopped it, in their language under --json too (stdout stays English)
        print(signal_stop_line(stopped_by[0] if stopped_by else "SIGINT", summary.handed_back,
                               reader_language(args, settings)), file=sys.stderr)
        return INTERRUPTED
    return 0


def rechecks_json(summary: Any) -> dict[str, int]:
    """A pass's ``rechecks`` (docs/JSON.md): what its searches found of removals."""
    return {k: summary.rechecks.get(k, 0) for k in ("newly_removed", "still_removed", "relisted", "still_listed")}


def run_stopped(error: str, lang: str) -> str:
    """The line of a run the browser stopped (``RunSummary.error``: ``BrowserUnavailable``'s own
    English, naming the setting): in English as it is; in another language what happened in the
    reader's words, then the browser's detail labelled as English, never English passed off as theirs."""
    error = redact(error)
    if lang == "en":
        return say("run.stopped", lang, error=error)
    from optout.reasons import Reason, render

    return render(Reason("browser_unavailable"), lang) + ": " + _english(error, lang)


def stopped_by_fault(settings: Settings, summary: Any, lang: str = "en") -> int:
    """A run stopped by a fault of this machine: one line on what, one on how to recover (in
    ``lang``, the fault's own words labelled English; the hint in ``lang``: the fault's own,
    ``RunSummary.fault_hint``, as the clock's, else the disk's: ``clock.hint``); exit ``TEMPFAIL`` (space freed,
    the disk remounted or the clock set, the next run goes on)."""
    from optout.clock import hint as recover

    fault, hint = str(summary.fault), recover(summary.fault_hint, lang, data_dir=settings.data_dir)
    if lang != "en":
        fault = say("error.english_only", lang, message=fault)
    print("optout: " + say("run.fault", lang, count=summary.processed, fault=fault), file=sys.stderr)
    print("optout: " + say("run.recover", lang, hint=hint), file=sys.stderr)
    return Exit.TEMPFAIL


async def left_to_paused_brokers(app: App, plan: Any) -> tuple[int, list[str]]:
    """Cases of ``plan`` still due after a run because their broker is backing off (it kept failing,
    for every worker): how many, and those brokers' ids."""
    now = app.clock.now()
    off = {h.broker_id for h in await app.store.broker_health()
           if h.backoff_until is not None and h.backoff_until > now} & set(plan.broker_ids)
    if not off:
        return 0, []
    left = [c for c in await app.store.cases() if c.broker_id in off
            and (plan.person_ids is None or c.person_id in plan.person_ids)
            and c.next_action_at is not None and c.next_action_at <= now]
    return len(left), sorted({c.broker_id for c in left})


def stopped_by_setting(summary: Any, lang: str) -> int:
    """A pass that met a wrong setting (the mail server offers no STARTTLS, refuses the login): the
    other cases ran; one line names the setting and how many cases wait for it; exit ``CONFIG``, so
    cron mails it and a systemd unit is not restarted into the same wall."""
    print("optout: " + say("run.setting", lang, count=summary.setting_held, error=summary.setting), file=sys.stderr)
    return Exit.CONFIG


def _stop_on_signals(by: list[str] | None = None) -> asyncio.Event:
    """SIGTERM/SIGINT/SIGHUP set the returned event (stop claiming, finish or hand back what is held); the
    first signal's name is appended to ``by`` (a pass so stopped says so and exits 130)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    by = [] if by is None else by

    def on(sig: signal.Signals) -> None:
        by[:] = by or [sig.name]
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # SIGHUP: its terminal closed
        with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
            if sig != signal.SIGHUP or signal.getsignal(sig) is not signal.SIG_IGN:  # nohup: left ignored
                loop.add_signal_handler(sig, on, sig)
    return stop


def signal_stop_line(signame: str, handed_back: int, lang: str) -> str:
    """The one line of a run or pass a signal stopped (exit 130): which signal, how many cases were
    handed back unfinished (their leases released: the next run or pass takes them up)."""
    if signame == "SIGINT":  # Ctrl-C: the running cases went back at once, untouched
        return "optout: " + say("run.interrupted", lang, count=handed_back)
    return "optout: " + say("run.signal_stop", lang, signal=signame, count=handed_back)


def next_work_line(nw: Any, now: dt.datetime, lang: str) -> str:
    """What a run that found nothing to take says of the next work (``App.next_work``): held by
    another run and when its lease ends, or when it is due, or that nothing is scheduled; never a
    bare "nothing to do" while another run holds the due cases (x48)."""
    if nw.held:
        return say("next.held", lang, when=when(nw.at, now, lang))
    if nw.at is not None:
        return say("due.next", lang, when=when(nw.at, now, lang))
    return say("next.none", lang)


def due_line(summary: Any, lang: str) -> str:
    """A due pass's summary (``RunSummary.line``) in ``lang``: the cases processed by state, those
    left for a broker backing off or handed back; the setting that held cases is said on its own line."""
    return summary.line(lang, faults=lang == "en")


async def cmd_run_due(args: argparse.Namespace, settings: Settings) -> int:
    """``optout run --due``: one pass over the cases due now, for cron or a systemd timer. Quiet
    (one summary line; per-case lines only on a terminal); exit 0 unless something is really wrong
    (a bad setting, an unreadable store): a case that failed is recorded, not an error of the run.
    A configured mailbox that could not be read once in the pass exits 69 (``EX_UNAVAILABLE``)
    after the pass is done and recorded: verification links expire and legal deadlines run while
    nobody reads the answers, so cron mails it and a systemd timer's unit shows failed.
    The same people and brokers as ``optout run`` (lab mode, the e-mail rule, --person, --broker)."""
    async with open_app(settings, warn=warn, brokers=True) as app:
        plan = await app.plan_run(args.person, args.broker or None)
        lang = "en" if args.json else reader_language(args, settings)  # --json stays English
        _plan_notes(plan, await app.held_elsewhere(plan), quiet=args.json, routine=sys.stderr.isatty(), lang=lang)
        tty = sys.stderr.isatty() and not args.json
        # a line per case on a terminal, in the reader's language, as optout run's
        labels = {i.id: i.label for i in await app.people()} if tty else {}
        progress = RunProgress(0, bar=False, lines=tty, labels=labels, lang=lang, store=app.store)

        preflight(settings.data_dir, settings.worker.min_free_mb)
        await refuse_if_lost(app, getattr(args, "accept_lost_requests", False))
        # a due pass also reads brokers' answers
        stopped_by: list[str] = []
        summary = await app.run_recorded(plan, "due", progress=progress, stop=_stop_on_signals(stopped_by),
                                         concurrency=args.concurrency,
                                         grace=args.grace, on_mail=(mail := mail_report(quiet=True, lang=lang)))
        if summary.fault:
            return stopped_by_fault(settings, summary, lang)
        reads_mail = bool(settings.mail.imap.host or settings.mail.maildir)
        # when the next work of these people and brokers is due (trial46: a recheck said nothing of it)
        # and whether another run holds it (x48: its leased cases read as nothing to do)
        people = plan.person_ids or [p.id for p in await app.people()]
        nw = await app.next_work(people, plan.broker_ids)
        if args.json:
            out = {"processed": summary.processed, "by_state": dict(summary.by_state),
                   "deferred": summary.deferred, "handed_back": summary.handed_back,
                   "rechecks": rechecks_json(summary), **nw.to_json()}
            if stopped_by:  # the signal that stopped the pass (the exit is 130)
                out["stopped"] = stopped_by[0]
            if summary.setting:  # the setting that held cases back (the exit is 78)
                out["setting"] = {"error": summary.setting, "cases": summary.setting_held}
            if reads_mail:  # brokers' answers acted on in this pass ({} when none came)
                out["mail"] = dict(sorted(mail.acted.items()))
                if mail.problems:  # not read (or not every time): {} above is not "no answers"
                    out["mail_not_read"] = mail.problems[0]
            print(json.dumps(out))
        else:
            # as optout run's summary: a case that wants a value the person lacks waits for a person
            # (optout human), counted apart from the failures
            wanting = summary.needs_info  # as the pass kept for the Runs page counts it (app.pass_summary)
            if wanting:
                summary.by_state["failed"] -= wanting
                summary.by_state["missing data"] = wanting
                if not summary.by_state["failed"]:
                    del summary.by_state["failed"]
            nxt = ("; " + next_work_line(nw, app.clock.now(), lang)) if nw.at else ""
            print(f"optout run --due: {due_line(summary, lang)}" + (f"; {mail.line()}" if mail.acted else "") + nxt)
        if summary.error:
            print("optout: " + run_stopped(summary.error, lang), file=sys.stderr)
            return Exit.UNAVAILABLE
        if summary.setting:
            return stopped_by_setting(summary, lang)
        if mail.machine_fault:  # even when a later read succeeded: this machine needs a person
            return mail_fault_exit(settings, lang)
        if reads_mail and mail.problems and not mail.read:
            return Exit.UNAVAILABLE  # the one line saying why is printed above ("mailbox not read this time")
        if stopped_by:  # SIGTERM (kill, systemctl stop) or Ctrl-C: not a finished pass (trial46 read rc 0)
            print(signal_stop_line(stopped_by[0], summary.handed_back, reader_language(args, settings)),
                  file=sys.stderr)  # the reader's words under --json too: a line for a person
            return INTERRUPTED
    return 0


async def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from optout.engine import Engine
    from optout.worker import serve

    async with open_app(settings, warn=warn, brokers=True) as app:
        preflight(settings.data_dir, settings.worker.min_free_mb)
        await refuse_if_lost(app, getattr(args, "accept_lost_requests", False))
        plan = await app.plan_run(None, None)
        lang = reader_language(args, settings)
        _plan_notes(plan, await app.held_elsewhere(plan), quiet=False, lang=lang)
        engine = Engine(settings, app.store, app.vault, app.catalogue, app.clock)
        stop = _stop_on_signals()
        print(say("worker.running_lab" if settings.lab_url else "worker.running", lang, count=len(plan.recipes)),
              file=sys.stderr)
        nw = await app.next_work(None, plan.broker_ids)
        if nw.held or nw.at is None or nw.at > app.clock.now():  # nothing to take now: say why (x48)
            print(next_work_line(nw, app.clock.now(), lang), file=sys.stderr)
        passes = app.passes_noted("worker")  # each pass kept as its cases finish (t52)
        try:
            total = await serve(engine, stop=stop, max_sleep=args.poll, grace=args.grace,
                                concurrency=args.concurrency, broker_ids=plan.broker_ids,
                                before_pass=lambda: app.plan_run(None, None),
                                record=passes.end, progress=passes.progress,
                                on_pass=lambda s: print(
                                    f"{dt.datetime.now():%H:%M:%S} {s.line(lang)}", file=sys.stderr, flush=True))
        finally:
            await engine.close()
    print(say("worker.stopped", lang, summary=total.line(lang)), flush=True)
    if total.error:
        print("optout: " + say("worker.error", lang, error=_english(redact(total.error), lang)), file=sys.stderr)
        return Exit.UNAVAILABLE
    return 0


#: More cases than this and ``optout status`` (the table) counts them by state instead of listing
#: them: a million-row table helps no one and takes a minute to print. ``--json`` always lists.
STATUS_LIST_MAX = 10_000


BROKER_COLUMNS = ["broker", "failures", "failing_since", "backing_off_until", "last_error"]


async def broker_rows(app: App, now: dt.datetime, all_: bool = False, lang: str = "en") -> list[dict[str, Any]]:
    """Brokers that are failing (or, with ``all_``, that ever failed), for ``optout status``."""
    rows = []
    for h in await app.store.broker_health():
        if not all_ and not h.failures and not (h.backoff_until and h.backoff_until > now):
            continue
        rows.append({"broker": h.broker_id, "failures": h.failures,
                     "failing_since": when(h.failing_since, now, lang), "failing_since_at": h.failing_since,
                     "backing_off_until": when(h.backoff_until, now, lang) if h.backoff_until and h.backoff_until > now
                     else "-", "backoff_until_at": h.backoff_until, "last_error": (h.last_error or "")[:90]})
    return rows


async def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """``status``: one row per person; ``--person`` (id, label or name) or ``--broker``: their cases
    with activity (``--all``: every case, even untouched). It only reads: the store is opened read-only,
    so a read-only data directory or disk serves it."""
    # the table, its headings and the notes in the reader's language; --json keeps English keys and
    # values (the notes too, unless --lang asks for them)
    lang = "en" if args.json else reader_language(args, settings)
    async with open_app(settings, warn=warn, read_only=True) as app:
        now = app.clock.now()
        if args.brokers:  # broker health: the ones failing, and until when every worker leaves them alone
            rows = await broker_rows(app, now, all_=True, lang=lang)
            print(json.dumps(rows, indent=2, default=_json_value) if args.json else table(rows, BROKER_COLUMNS, lang))
            return 0
        if not (args.person or args.broker or args.all):
            if not args.json:  # the counts come from an index: cheap on any store
                counts = await app.store.summary()
                if sum(counts.values()) > STATUS_LIST_MAX:
                    print(status_summary(counts, lang))
                    return 0
            rows = await app.people_summary()
            nexts = await app.next_work_by_person()
            names = await _names(app, args)
            for r in rows:
                r["last_activity"] = when(r["last_activity_at"], now, lang) or "-"
                r.update(nexts[r["person"]].to_json() if r["person"] in nexts else {"next_at": None, "next_held": False})
                if names is not None:
                    r["name"] = names.get(r["person"])
            if args.json:
                emit(args, rows, PEOPLE_COLUMNS)
                return 0
            for r in rows:
                if not_started(r):  # trial44: a row of zeros read as "searched, nothing found"
                    r.update({c: "-" for c in COUNT_COLUMNS}, last_activity=say("status.not_started", lang))
            for r in rows:  # letters held by the daily limit, and when the first of them goes
                if r["held"] and r["held"] != "-":
                    r["held"] = say("status.held_until", lang, count=r["held"], date=f"{r['held_until_at']:%Y-%m-%d}")
            print(table(rows, _named(PEOPLE_COLUMNS, names), lang))
            if rows:  # when a run next has work, and whether another run holds it (x48)
                print("\n" + next_work_line(NextWork.earliest(nexts.values()), now, lang))
                print("\n" + say("status.hint", lang))
            await _failing_footer(app, now, lang)
            return 0
        person = await app.find_id(args.person) if args.person else None
        cases = await app.case_rows(person, args.broker, everything=args.all)
        labels = {} if person else await app.labels()
        if person and args.json:  # a program reads the person's label too (the table names them once, above)
            try:
                labels = {person: (await app.open_person(person))[1].label}
            except (OptoutError, ValueError):
                labels = {}
        # a case stopped for data the client did not give: needs_info; the notes' codes for --lang
        given = getattr(args, "lang", None)
        note_lang = given or lang  # --json: the English notes as recorded unless --lang asks
        notes = await app.case_notes(cases, reasons_too=note_lang != "en" or bool(given))
        rows = await status_rows(app, cases, now, labels, notes)
        if (names := await _names(app, args)) is not None:
            for r in rows:
                r["name"] = names.get(r["person"])
        if note_lang != "en" or given:  # each note from its reason code, in that language
            from optout.reasons import render

            for c, r in zip(cases, rows):
                why = notes[c.id][1]
                r["note"] = render(why, note_lang) if why else ("" if note_lang != "en" else r["note"])
        if args.json:
            emit(args, rows, STATUS_COLUMNS)
            return 0
        # the words of the table, in English too ("needs a person", not needs_human: state_word), not
        # its --json, which keeps the codes: states and times in the reader's language
        for c, r in zip(cases, rows):
            r["case"] = f"{CASE_PREFIX}{c.id}"  # as `human`, `done` and `retry` take it (--json keeps the number)
            r["state"] = state_word(r["state"], lang)
            r["waits_for"] = waits_words(r["waits_for"], r["waits_for_at"], now, lang)
            held = c.lease_until if c.lease_until and c.lease_until > now else None
            r["since"] = when(c.state_since, now, lang)
            r["next"] = (say("status.held", lang, free=when(held, now, lang)) if held
                         else when(c.next_action_at, now, lang) if c.next_action_at else "-")
        columns = STATUS_COLUMNS if not person else [c for c in STATUS_COLUMNS if c != "label"]
        if not person:
            columns = ["person", *columns]
        if sys.stdout.isatty():  # notes cut at a word to keep each row on one line
            for r in rows:
                r["note"] = short(r["note"], 60)
        print(table(rows, _named(columns, names), lang))
        if skipping(cases):  # trial49: "case numbers jump" read as cases missing
            print("\n" + say("status.case_numbers", lang))
        if not args.all:
            untouched = len(await app.store.cases(person_id=person, broker_id=args.broker)) - len(cases)
            if untouched:
                print("\n" + say("status.untouched", lang, count=untouched))
        await _failing_footer(app, now, lang)
    return 0


async def _names(app: App, args: argparse.Namespace) -> dict[str, str] | None:
    """``--names``: each person's name as they write it (``PersonInfo.name``: personal data, shown
    only when asked, as ``person list --names`` does); None without it."""
    if not getattr(args, "names", False):
        return None
    return {info.id: info.name for info in await app.people()}


def _named(columns: Sequence[str], names: dict[str, str] | None) -> list[str]:
    """``columns`` with ``name`` after the person's id or label when names are shown."""
    if names is None:
        return list(columns)
    after = max(i for i, c in enumerate(columns) if c in ("person", "label", "case")) + 1
    return [*columns[:after], "name", *columns[after:]]


def skipping(cases: Sequence[Case]) -> bool:
    """Whether one person's case numbers, as listed, skip some (the store numbers every client's
    cases in one series): ``status`` then says so, lest a reader look for the missing ones."""
    by_person: dict[str, list[int]] = {}
    for c in cases:
        by_person.setdefault(c.person_id, []).append(c.id)
    return any(max(ids) - min(ids) + 1 != len(set(ids)) for ids in by_person.values())


async def _failing_footer(app: App, now: dt.datetime, lang: str = "en") -> None:
    cases, runs = await app.dead_leases()
    if cases:
        print("\n" + say("status.dead_leases", lang, cases=cases, runs=runs))
    held, until = await app.held_by_runs()  # as status --person says per case (trial32: not counted)
    if held:
        print("\n" + say("status.held_count", lang, count=held, free=when(until, now, lang)))
    failing = await broker_rows(app, now, lang=lang)
    if failing:
        print("\n" + say("status.failing", lang, count=len(failing)))
        print(table(failing, BROKER_COLUMNS, lang))


def status_summary(counts: dict[CaseState, int], lang: str = "en") -> str:
    """The status of a store too big to list: cases by state, and how to see some of them."""
    rows = [{"state": state_word(state.value, lang), "cases": f"{n:,}"}  # words in English too
            for state, n in counts.items() if n]
    return (say("status.summary", lang, total=f"{sum(counts.values()):,}", max=f"{STATUS_LIST_MAX:,}") + "\n\n"
            + table(rows, ["state", "cases"], lang))


#: The kinds of task ``optout human`` has words of its own for (``cli:human.howto.<kind>`` and
#: ``cli:human.title.<kind>`` in the catalogue); any other kind reads as ``other``.
HUMAN_KINDS = TASK_KINDS  # every kind has its own words (cli:human.title/howto.<kind>), en and es (f42)
_FLAG = {"phones": "phone", "phone": "phone", "email": "email", "emails": "email"}


async def cmd_human(args: argparse.Namespace, settings: Settings) -> int:
    """What waits for a person, grouped by person, with plain instructions per kind, in the
    reader's language (:func:`reader_language`: ``--lang``, the terminal's locale, the clinic's)."""
    from optout.reasons import Reason, field_name, fill, render

    lang = reader_language(args, settings)

    def say(key: str, **params: Any) -> str:
        return fill(f"cli:human.{key}", lang, **params)  # a case's number as C12, a listing's as L7

    async with open_app(settings, warn=warn, read_only=True) as app:  # it lists; `done`/`retry` answer
        people = await app.resolve(args.person)
        # one question per set of records: the same cards resold by several brokers are asked once
        rows = await app.human_tasks(person_ids=people, kinds=args.kind, show=args.show, grouped=True)
        if args.json:
            print(json.dumps(rows, indent=2))
            return 0
        if not rows:
            print(say("none_filtered" if args.person or args.kind else "none"))
            return 0
        by_person: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_person.setdefault(r["person"], []).append(r)
        for pid, tasks in by_person.items():
            who = (f"{tasks[0]['label']} ({pid})" if tasks[0]["label"] else pid)
            print(say("person", who=who, count=len(tasks)))
            for r in tasks:
                kind = r["kind"] if r["kind"] in HUMAN_KINDS else "other"
                if kind == "missing" and str(r.get("missing") or "").startswith("clinic_"):
                    kind = "missing_clinic"  # the clinic's own setting, not the client's profile
                ref = f"{CASE_PREFIX}{r['case']}"  # a case's number with its letter: never taken for a listing's
                print("\n  " + say("case", case=ref, broker=r["broker"], title=say(f"title.{kind.removesuffix('_clinic')}")))
                if len(r.get("cases", [])) > 1:
                    print("    " + say("group", count=len(r["cases"]), brokers=", ".join(r["brokers"]),
                                        cases=", ".join(f"{CASE_PREFIX}{c}" for c in r["cases"]), case=ref))
                why = Reason.from_json(r.get("why"))
                if why is not None or r["reason"]:
                    print("    " + say("why", why=render(why, lang) if why is not None else r["reason"]))
                missing = r.get("missing") or ""
                filled = {"case": ref, "field": field_name(missing, lang) if missing else "",
                          "flag": _FLAG.get(missing, missing), "label_or_id": r["label"] or pid}
                howto = kind
                if kind == "missing" and why is not None and why.code == "missing_email_or_clinic":
                    howto = "missing_or_clinic"  # the clinic's contact e-mail may stand in: named too
                for i, step in enumerate(say(f"howto.{howto}", **filled).splitlines(), 1):
                    print(f"    {i}. {step}")
                if r.get("postal"):
                    print("    " + say("letter_pdf", case=ref))
                if r["url"]:
                    # a link optout suspects is not the broker's page: said as the dashboard says it
                    # (trial49: it stood under "page:" as a genuine one does)
                    print("    " + say("suspect_link" if r["kind"] == "suspicious_link" else "page", url=r["url"]))
                own = r.get(f"instructions_{lang}") if lang != "en" else None
                if own or r["instructions"]:
                    # the recipe's text in the reader's language, else the English, said as English
                    print("    " + say("instructions" if own or lang == "en" else "instructions_english"))
                    for line in (own or r["instructions"]).splitlines():
                        print(f"      {line}")
                for li in r["listings"]:
                    shown = li.get("listing", {})
                    what = (say("listing_what", name=shown.get("name"), age=shown.get("age") or "?",
                                places="; ".join(shown.get("locations", []) + shown.get("past_locations", [])))
                            if shown else say("listing_hidden"))
                    print("    " + say("listing", id=f"{LISTING_PREFIX}{li['id']}", confidence=f"{li['confidence']:.2f}", what=what))
                if r.get("answered_by") in ("post", "phone"):
                    # an answer a volunteer recorded (App.record_reply): its words are the case's note, not an e-mail
                    print("    " + say(f"note.{r['answered_by']}", case=r["case"]))
                elif r.get("mail"):  # the task's words say "kept with the case's evidence": here, its command
                    print("    " + say("mail", case=r["case"]))
                if r["kind"] == "dead_address":  # the words say "whoever keeps the list": here, where
                    print("    " + say("mail_address", broker=r["broker"]))
                if r["screenshot"]:
                    print("    " + say("screenshot", case=r["case"]))
            print()
        print(say("footer"))
    return 0


async def cmd_letter(args: argparse.Namespace, settings: Settings) -> int:
    """``letter CASE --out FILE.pdf``: the printable postal letter of a case whose broker takes
    requests by post (a new 0600 file; printed is not sent: post it, then ``optout done CASE``)."""
    from optout.files import write_private

    async with open_app(settings, warn=warn) as app:
        pdf = await app.postal_letter(args.case)
    if args.out.exists():
        raise usage(f"letter --out {args.out}", "usage_out_exists", "exists already; give a new file")
    try:
        write_private(args.out, pdf)
    except OSError as e:
        raise said(OptoutError(f"letter --out {args.out}: cannot write there ({e.strerror})"), "out_unwritable",
                   source=f"letter --out {file_label(str(args.out))}") from None
    print(say("letter.written", reader_language(args, settings), case=args.case,
              file=file_label(str(args.out))))  # named after the client, perhaps: by its place
    return 0


async def cmd_done(args: argparse.Namespace, settings: Settings) -> int:
    from optout.app import AlreadyRecorded

    async with open_app(settings, warn=warn) as app:
        lang = reader_language(args, settings)
        try:
            case = await app.done(args.case)
        except AlreadyRecorded as e:  # pressed twice: the first is kept, nothing is recorded again
            print(error_line(e, lang))
            return 0
        when_ = (say("done.on", lang, date=case.next_action_at.date().isoformat()) if case.next_action_at
                 else say("done.next_run", lang))
        print(say("done.done", lang, case=case.id, when=when_))
    return 0


async def cmd_decline(args: argparse.Namespace, settings: Settings) -> int:
    """``decline CASE``: the client chose not to send the ID the broker asks for. Thin over
    ``App.decline`` (the dashboard's "The client chose not to send an ID"): the case says
    ``declined`` everywhere and nothing more goes to that broker until ``optout retry CASE``."""
    from optout.app import AlreadyRecorded

    lang = reader_language(args, settings)
    async with open_app(settings, warn=warn) as app:
        try:
            case = await app.decline(args.case, by="cli")
        except AlreadyRecorded as e:  # recorded before: the first is kept, nothing is recorded again
            print(error_line(e, lang))
            return 0
    if args.json:
        print(json.dumps({"case": case.id, "broker": case.broker_id, "state": case.state.value,
                          "next_action_at": None, "note": case.last_error}, indent=2, ensure_ascii=False))
        return 0
    print(say("decline.done", lang, case=f"{CASE_PREFIX}{case.id}"))
    return 0


async def cmd_attach(args: argparse.Namespace, settings: Settings) -> int:
    """``attach CASE``: a broker's reply that cited none of our letters (``optout human --kind
    unplaced_reply``) is this case's client's. Thin over ``App.attach_reply`` (the dashboard's "The
    reply is this client's")."""
    async with open_app(settings, warn=warn) as app:
        case = await app.attach_reply(args.case)
        print(say("attach.done", reader_language(args, settings), case=case.id))
    return 0


async def cmd_not_ours(args: argparse.Namespace, settings: Settings) -> int:
    """``not-ours CASE``: a broker's reply that cited none of our letters (``optout human --kind
    unplaced_reply``) is none of the clients it was asked about. Thin over ``App.reply_not_ours``
    (the dashboard's "None of these clients"): kept as nobody's, their reminders go on."""
    async with open_app(settings, warn=warn) as app:
        case = await app.reply_not_ours(args.case)
        print(say("not_ours.done", reader_language(args, settings), case=case.id))
    return 0


async def cmd_reply(args: argparse.Namespace, settings: Settings) -> int:
    """``reply CASE --by post|phone --on DAY --kind KIND --note TEXT|--note-file FILE``: a broker's
    answer that came by letter or telephone, as the volunteer read or heard it. Thin over
    ``App.record_reply`` (the dashboard's "The broker answered by letter or telephone"): the same
    classes, the words sealed with the case's evidence, never "removed" (a later search proves it);
    ``--kind extended --days N`` moves the legal deadline as an e-mailed extension does."""
    from optout.reasons import Reason, render

    lang = reader_language(args, settings)
    note = args.note
    if args.note_file is not None:
        from optout.app import REPLY_NOTE_MAX
        from optout.files import TooLarge, read_capped

        cap = REPLY_NOTE_MAX * 4 + 64  # UTF-8 takes at most 4 bytes a character; room for line ends
        try:
            note = (sys.stdin.read(cap + 1) if str(args.note_file) == "-"
                    else read_capped(args.note_file, cap).decode("utf-8"))
            if len(note.encode()) > cap:
                raise TooLarge(args.note_file, cap)
        except TooLarge:
            e = OptoutError(f"reply --note-file {args.note_file}: longer than {REPLY_NOTE_MAX} characters")
            e.source = f"--note-file {args.note_file}"  # type: ignore[attr-defined]
            e.why = Reason("input_reply_note")  # type: ignore[attr-defined]
            raise e from None
        except (OSError, UnicodeDecodeError):
            e = OptoutError(f"reply --note-file {args.note_file}: the file cannot be read")
            e.source = f"--note-file {args.note_file}"  # type: ignore[attr-defined]
            e.why = Reason("import_unreadable")  # type: ignore[attr-defined]
            raise e from None
    from optout.app import RECORDED_REPLIES, REPLY_CHANNELS

    # the method's field, as this command line names it (its reason says what is wrong, in words)
    flags = {"input_reply_channel": f"--by ({' | '.join(REPLY_CHANNELS)})",
             "input_reply_kind": f"--kind ({' | '.join(RECORDED_REPLIES)})", "input_reply_date": "--on",
             "input_reply_date_not_real": "--on",
             "input_reply_note": "--note", "input_reply_days": "--days"}
    async with open_app(settings, warn=warn) as app:
        try:
            case = await app.record_reply(args.case, channel=args.by, on=args.on, kind=args.kind, note=note or "",
                                          by="cli", days=args.days)
        except OptoutError as e:
            why = getattr(e, "why", None)
            if why is not None and why.code in flags:
                e.source = f"reply {args.case} {flags[why.code]}"  # type: ignore[attr-defined]
            raise
        last = (await app.store.events(case.id))[-1]
    why = Reason.from_json(last.data.get("why"))
    if args.json:
        print(json.dumps({"case": case.id, "broker": case.broker_id, "state": case.state.value,
                          "next_action_at": case.next_action_at.isoformat() if case.next_action_at else None,
                          "recorded": {k: last.data.get(k) for k in ("channel", "on", "reply", "days", "asked", "deadline")
                                       if last.data.get(k) is not None},
                          "why": last.data.get("why"), "note": render(why, "en") if why else case.last_error},
                         indent=2, ensure_ascii=False))
        return 0
    print(say("reply.done", lang, case=case.id, state=state_word(case.state.value, lang),
              why=render(why, lang) if why else ""))
    return 0


async def cmd_retry(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings, warn=warn) as app:
        if args.match is not None or args.no_match:
            case, others = await app.answer(args.case, match=args.match, no_match=args.no_match)
        else:
            case, others = await app.retry(args.case), []
        lang = reader_language(args, settings)
        # what was recorded, then what happens next (trial39: "this is them" was answered with "optout
        # searches the broker again", which reads as if the answer had not been taken)
        key = "retry.match" if args.match else "retry.no_match" if args.no_match else "retry.done"
        print(say(key, lang, case=f"{CASE_PREFIX}{case.id}",
                  listings=", ".join(f"{LISTING_PREFIX}{i}" for i in args.match or [])))
        if others:
            print(say("retry.others", lang, count=len(others), cases=list(others)))  # C13, C14
    return 0


async def cmd_answers(args: argparse.Namespace, settings: Settings) -> int:
    """A client's remembered answers ("this is them" / "not them" about a record), and undoing one."""
    from optout.reasons import fill

    lang = reader_language(args, settings)  # as `optout human`: --lang, the locale, the clinic's

    def say(key: str, **params: Any) -> str:
        return fill(f"cli:answers.{key}", lang, **params)  # a case's number as C12

    async with open_app(settings, warn=warn, read_only=args.undo is None) as app:  # listing only reads
        info, answers = await app.answers(args.person)
        if args.undo is not None:
            undone = await app.forget_answer(info.id, args.undo)
            if args.json:
                print(json.dumps({"answer": undone.answer, "them": undone.them, "reopened": undone.reopened,
                                  "left": undone.left}, indent=2))
                return 0
            print(say("undone", id=args.undo, count=len(undone.reopened)))
            for c in undone.left:  # what the undo did not re-open, and why: nothing is done twice
                print(say(f"left.{c['why']}", **c))
            return 0
        if args.json:
            print(json.dumps([a.to_json() for a in answers], indent=2))
            return 0
        if not answers:
            print(say("none"))
            return 0
        rows = [{"#": a.id, say("col.answer"): say("them" if a.them else "not_them"),
                 say("col.on"): a.at.date().isoformat(), say("col.name"): a.summary.get("name"),
                 say("col.age"): a.summary.get("age"), say("col.places"): "; ".join(a.summary.get("places") or [])}
                for a in answers]
        print(table(rows, list(rows[0])))
        print(say("footer"))
    return 0


async def cmd_resume(args: argparse.Namespace, settings: Settings) -> int:
    """The older verb, kept: ``resume --done`` is ``done``; plain ``resume`` is ``retry``."""
    return await (cmd_done if args.done else cmd_retry)(args, settings)


async def cmd_evidence(args: argparse.Namespace, settings: Settings) -> int:
    """List a case's evidence; with --export, decrypt it into a private folder for a person to read
    (outside the data directory: the store is only read)."""
    async with open_app(settings, warn=warn, read_only=True) as app:
        rows = await app.export_evidence(args.case, args.export)
        emit(args, rows, ["id", "kind", "step", "at", "sha256"] + (["exported"] if args.export else ["path"]), settings)
    return 0


async def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """Readable reports (HTML, and PDF) for one person or, with --all, everyone plus a summary."""
    from optout.reasons import language_name
    from optout.report import case_rows, untranslated_language, write_reports, written_language

    lang = reader_language(args, settings)
    async with open_app(settings, warn=warn, read_only=True) as app:  # written outside the data directory
        if args.all:
            ids = [p.id for p in await app.store.people()]
            if not ids:  # an empty clinic: one line in the reader's language, nothing written (t32)
                print("optout: " + say("report.no_people", "en" if args.json else lang), file=sys.stderr)
                return Exit.NOINPUT
        elif args.person:
            ids = [(await app.find(args.person)).id]  # an id, a label or a name
        else:
            raise usage("report", "usage_report_who", "give a person (id, label or name), or --all", flag="--all")
        quiet = args.json or not sys.stderr.isatty()
        done = 0

        def progress(pid: str) -> None:
            nonlocal done
            done += 1
            if not quiet:
                print(f"\r  {say('report.progress', lang, done=done, total=len(ids))}", end="", file=sys.stderr,
                      flush=True)

        files, org = await write_reports(settings, app.store, app.vault, app.catalogue, app.clock.now(), ids,
                                         args.out, lang=args.lang, pdf=not args.no_pdf, organisation=args.all,
                                         progress=progress, counts=app.person_counts)
        if not quiet:
            print(file=sys.stderr)
        for f in files:  # a report in English for a reader of a language optout has no words for: said
            missing = untranslated_language(f.report, args.lang)
            if missing and not args.json:
                print("optout: " + say("report.untranslated", lang, person=f.person_id,
                                       language=language_name(missing, lang),
                                       written=language_name(written_language(f.report, args.lang), lang,
                                                             reader_only=True)),
                      file=sys.stderr)
        # --json also says, per broker, in which capacity the organisation acted (the report's "Acting
        # for the person": optout.report._collect.ROLES), the outcome's code, never a value
        rows = [{"person": f.person_id, "brokers": len(f.report.sections),
                 "removed": f.report.counts().get("removed", 0), "html": str(f.html),
                 "pdf": str(f.pdf) if f.pdf else None, "cases": case_rows(f.report),
                 "untranslated": untranslated_language(f.report, args.lang)} for f in files]
        emit(args, rows, ["person", "brokers", "removed", "html", "pdf"], settings)
        if org and not args.json:
            from optout.report import TOTALS_FILE

            print(say("report.organisation", lang, path=org))
            print(say("report.totals", lang, path=org.parent / TOTALS_FILE))
    return 0


async def cmd_drop(args: argparse.Namespace, settings: Settings) -> int:
    """California's DROP: how to file, the reference and date, what the state shows per broker."""
    from optout.legal import drop

    async with open_app(settings, warn=warn, read_only=args.drop_cmd in ("guide", "show")) as app:
        now = app.clock.now()
        args.person = (await app.find(args.person)).id  # an id, a label or a name
        if args.drop_cmd == "guide":
            print(drop.HOW_TO_FILE.format(url=drop.URL, person=args.person))
            return 0
        if args.drop_cmd == "record":
            f = await drop.record_filing(app.store, app.vault, args.person, args.reference, args.filed, now)
        elif args.drop_cmd == "status":
            if args.broker not in app.catalogue.recipes:
                raise said(OptoutError(f"drop status: no recipe {args.broker!r}"), "drop_no_recipe",
                           {"broker": args.broker}, source="drop status")
            st = drop.parse_status(args.status, "drop status")
            f = await drop.set_statuses(app.store, app.vault, args.person, {args.broker: st}, "person", now)
        elif args.drop_cmd == "import":
            found = drop.import_statuses(args.file, app.catalogue.recipes)
            f = await drop.set_statuses(app.store, app.vault, args.person, found, "import", now)
            print(say("drop.imported", reader_language(args, settings), count=len(found),
                      file=file_label(str(args.file))))
        else:
            _, f = await drop.load(app.store, app.vault, args.person)
            if f is None:
                # --json keeps stdout JSON: null, no filing (the sentence went to stdout, unparseable)
                print("null" if args.json else say("drop.none", reader_language(args, settings), person=args.person))
                return 0
        covered = [r for r in app.recipes() if r.drop_covers]
        held = [r.id for r in covered if drop.holds((await drop.load(app.store, app.vault, args.person))[0], f, r,
                                                    settings.drop.hold_letters)]
        if args.json:
            print(json.dumps({"reference": f.reference, "filed_on": f.filed_on.isoformat(),
                              "next_cycle": f.next_cycle(now.date()).isoformat(), "statuses": f.statuses,
                              "letters_held_for": held}, indent=2))
        else:
            lang = reader_language(args, settings)
            print(say("drop.filed", lang, reference=f.reference, filed=f.filed_on.isoformat(),
                      next=f.next_cycle(now.date()).isoformat(), count=len(held))
                  + ("" if settings.drop.hold_letters else say("drop.hold_off", lang)))
            rows = [{"broker": rid, **v} for rid, v in sorted(f.statuses.items())]
            if rows:
                print(table(rows, ["broker", "status", "on", "source"], lang))
    return 0


async def cmd_agent(args: argparse.Namespace, settings: Settings) -> int:
    """The organisation as a person's authorised agent: the form to sign, the signed file, sealed."""
    from optout.clinic import effective
    from optout.legal import agent

    settings = effective(settings)  # the agent the dashboard's Clinic settings saved, else the settings'
    if not settings.agent.name:
        raise said(OptoutError("agent: set agent.name (and agent.address, agent.email) in the settings first"),
                   "agent_not_set", source="agent")
    async with open_app(settings, warn=warn, read_only=args.agent_cmd != "authorise") as app:
        pid = (await app.find(args.person)).id
        key, person = await app.open_person(pid)
        if args.agent_cmd == "form":
            from optout.clinic import agent_postal_address, reader_language as client_language

            from optout.mail import residence_law

            # a language without a translation reads the clinic's (a Haitian client of a Spanish clinic: Spanish)
            print(agent.form(person.display_name, settings.agent, agent_postal_address(settings),
                             residence_law(person, app.clock.now().date()), client_language(settings, person.language)))
            if missing := agent.untranslated_form(person.language):  # said to the volunteer, not on the form
                from optout.reasons import language_name

                lang = reader_language(args, settings)
                print("optout: " + say("agent.form_untranslated", lang, person=pid,
                                       language=language_name(missing, lang)), file=sys.stderr)
            return 0
        if args.agent_cmd == "authorise":
            auth = agent.read_signed(args.file, args.signed, app.clock.now().date())
            await agent.save(app.store, key, pid, auth, app.clock.now())
        auth = await agent.load(app.store, key, pid)
        row = {"person": pid, "agent": settings.agent.name,
               "signed_on": auth.signed_on.isoformat() if auth else None,
               "sha256": auth.sha256[:16] if auth else None}
        emit(args, [row], ["person", "agent", "signed_on", "sha256"], settings)
    return 0


async def cmd_letters(args: argparse.Namespace, settings: Settings) -> int:
    """``optout letters plan``: the letters still to send, per day and account, and when they end
    (it only reads: the cases a run would create are counted, not made)."""
    async with open_app(settings, warn=warn, read_only=True) as app:
        plan = await app.letter_plan()
        if args.json:
            print(json.dumps({"start": plan.start.isoformat(), "pending": plan.pending, "held": plan.held,
                              "accounts": [{"name": n, "daily_cap": c} for n, c in plan.accounts],
                              "days": plan.rows(), "finish": plan.finish.isoformat() if plan.finish else None},
                             indent=2))
            return 0
        print(plan.summary(reader_language(args, settings)))
        rows = plan.rows()
        if rows:
            shown = rows if len(rows) <= 14 else rows[:7] + [{"day": "…"}] + rows[-3:]
            print(table(shown, ["day", "date", *[n for n, _ in plan.accounts], "letters"],
                        reader_language(args, settings)))
    return 0


async def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    """``optout backup DIR``: what a backup must hold, taken consistently while workers run: the
    store as one file (SQLite's online backup API: every commit, the WAL's included), the vault's
    wrapped keys (vault.json) and the sealed evidence. Not the master key: keep it apart."""
    import shutil

    from optout.files import is_link, private_dir

    dest: Path = args.dir
    if is_link(dest) or (dest.exists() and any(dest.iterdir())):
        raise said(OptoutError(f"{dest}: give a new or empty folder (not a link) for the backup"),
                   "backup_folder_not_empty", source=str(dest))
    async with open_app(settings, warn=warn, read_only=True) as app:  # a failing disk's store is saved too
        if not hasattr(app.store, "backup"):
            raise said(OptoutError("a PostgreSQL store is backed up with PostgreSQL's tools (pg_dump); "
                                   "copy vault.json and the evidence folder with it"), "backup_postgres")
        private_dir(dest)
        await app.store.backup(str(dest / "optout.db"))  # type: ignore[attr-defined]
    for name in ("vault.json",):
        if (settings.data_dir / name).exists():
            shutil.copy2(settings.data_dir / name, dest / name)
    files = 0
    if settings.evidence_dir.is_dir():
        for src in settings.evidence_dir.rglob("*"):
            if src.is_file() and not src.is_symlink():
                out = dest / "evidence" / src.relative_to(settings.evidence_dir)
                private_dir(out.parent, under=dest)
                shutil.copy2(src, out)
                files += 1
    lang = reader_language(args, settings)
    print(say("backup.done", lang, path=dest, files=files))
    print(say("backup.not_in_it", lang))
    return 0


async def cmd_recipe(args: argparse.Namespace, settings: Settings) -> int:
    from optout.recipe import kit_cli

    if args.recipe_cmd in kit_cli.KIT_COMMANDS:  # new, record, schema, docs
        return await kit_cli.run(args, settings)
    catalogue = open_catalogue(settings)
    if args.recipe_cmd == "list":  # from the index alone: no recipe is parsed
        lang = reader_language(args, settings)
        from optout.reasons import text

        # a volunteer reads the health in their language ("sin verificar"), as the dashboard says it; --json keeps the word
        health = (lambda h: h) if lang == "en" or getattr(args, "json", False) else (
            lambda h: text(f"health:{h}", lang) or h)
        rows = [{"id": e.id, "name": e.name, "channel": e.channel, "scan": e.scan or "-", "health": health(e.health),
                 "verified": e.verified_on or "-", "family": e.family or e.via or ""}
                for e in catalogue.entries()]
        emit(args, rows, ["id", "name", "scan", "channel", "health", "verified", "family"], settings)
        for err in catalogue.errors.values():
            print(say("recipe.broken", lang, error=error_line(err, lang)), file=sys.stderr)
        return 1 if catalogue.errors else 0
    from optout.recipe.check import check_recipes

    return await check_recipes(catalogue, args.ids, settings, as_json=args.json,
                               lang="en" if args.json else reader_language(args, settings))


#: A clinic's sheet given to ``optout lab --person KEY=FILE``: every row is seeded, as ``person
#: import`` reads it (trial39: a clinic could try optout on its own clients only one profile file
#: at a time, and a sheet was refused naming the file's path).
SHEET_SUFFIXES = (".csv", ".tsv", ".txt")


def _lab_sheet(key: str, path: Path, lang: str) -> list[tuple[str, Any]]:
    """Every row of the sheet ``path`` (format: ``optout/intake.py``) as ``(lab key, person)``, the
    key ``KEY-<label>`` (``KEY-row<N>`` for a row without a usable label), so a client's cards are
    the same each time the lab starts. Rows with problems (``person import``'s, those between rows
    too: ``app.sheet_problems``): the table of them (in ``lang``) on stderr
    and ``RowsRejected``, nothing seeded; a lab seeded with half a sheet would tell a clinic that the
    other half is listed nowhere."""
    from optout.app import sheet_problems
    from optout.intake import RowsRejected, read_sheet
    from optout.reasons import Reason

    sheet = read_sheet(path)
    # the import's own checks between rows: one case number twice would seed one client over another
    problems = sorted([*sheet.problems, *sheet_problems(sheet.people)], key=lambda p: p.row)
    if problems:
        _print_problems(problems, lang)
        e = RowsRejected(f"{path}: {len(problems)} problem(s) in the sheet; nobody was seeded", problems)
        e.why, e.source = Reason("lab_rows_rejected"), str(path)  # type: ignore[attr-defined]
        raise e
    out = []
    for row, person in sheet.people:
        own = re.sub(r"[^A-Za-z0-9._-]+", "-", person.label or "").strip("-")
        out.append(((f"{key}-{own}" if own else f"{key}-row{row}")[:64], person))
    return out


def _print_problems(problems: Sequence[Any], lang: str) -> None:
    """A sheet's problems as the table ``person import`` prints: row, column, problem, in ``lang``."""
    from optout.reasons import field_name, render, text

    def problem(p: Any) -> str:
        if lang == "en" or p.why is None:
            return p.problem
        # the command line's own words when it has them (its flags: --allow-removed), else the reason's
        return say(f"why.{p.why.code}", lang, **p.why.params) if text(f"cli:why.{p.why.code}", lang) \
            else render(p.why, lang)

    rows = [{"row": p.row, "column": p.column if lang == "en" else field_name(p.column, lang),
             "problem": problem(p)} for p in problems]
    print(table(rows, ["row", "column", "problem"], lang), file=sys.stderr)


def _lab_banner(lab: Any, lang: str = "en") -> None:
    """Where the lab listens, in the reader's language (f44b: `optout lab --lang es` printed English):
    its proxy and admin page, SMTP port, Maildir, people and sites; the sites by their own names."""
    print(say("lab.proxy", lang, url=lab.url, admin=f"{lab.url}/_admin/sites"))
    print(say("lab.smtp", lang, address=f"127.0.0.1:{lab.smtp_port}"))
    print(say("lab.maildir", lang, path=lab.maildir))
    print(say("lab.people", lang, people=", ".join(lab.people)) if lab.people else say("lab.no_people", lang))
    for site in lab.sites.values():
        print(f"  http://{site.host}/  {site.name}")
    print(say("lab.stop", lang), flush=True)


async def cmd_lab(args: argparse.Namespace, settings: Settings) -> int:
    from optout.errors import ProfileError
    from optout.lab import serve_forever
    from optout.person import load_person
    from optout.reasons import Reason

    people = []
    for item in args.person or []:
        key, sep, path = item.partition("=")
        if not sep:
            raise usage("--person", "usage_lab_person",  # never the value: a file named after a client (x48)
                        "expected KEY=PROFILE, e.g. alex=examples/people/alex.toml")
        suffix = Path(path).suffix.lower()
        if suffix in SHEET_SUFFIXES:
            people += _lab_sheet(key, Path(path), reader_language(args, settings))
        elif suffix in (".toml", ".yaml", ".yml"):
            people.append((key, load_person(path)))
        else:
            e = ProfileError(f"{path}: expected a profile (.toml, .yaml or .yml) or a clinic's sheet "
                             "(.csv, .tsv or .txt)")
            e.why, e.source = Reason("lab_not_a_profile"), path  # type: ignore[attr-defined]
            raise e
    lo, _, hi = (args.latency or "0-0").partition("-")
    try:
        latency = (float(lo), float(hi or lo))
    except ValueError:
        raise usage(f"--latency {args.latency!r}", "usage_latency", "expected milliseconds like 300-800") from None
    from optout.settings import default_lab_dir

    # the lab's fake brokers keep their mailbox and state in a folder of their own: a demo never
    # writes into (or creates) optout's data directory, where a real clinic's store may be
    folder = (args.dir or default_lab_dir()).expanduser().absolute()
    data = settings.data_dir.expanduser().absolute()
    if folder == data or data in folder.parents:
        print("optout: " + say("lab.dir_in_data", reader_language(args, settings), dir=folder, data=data),
              file=sys.stderr)
        return Exit.USAGE
    # SIGTERM and Ctrl-C stop the lab through the event loop (its wakeup descriptor), not as an
    # exception raised wherever the process happens to be: one landing in a callback or another task
    # would be swallowed there and leave a lab nobody can stop but with SIGKILL
    stopped_by: list[str] = []
    stop = _stop_on_signals(stopped_by)
    try:
        with contextlib.suppress(asyncio.CancelledError):
            lab = asyncio.ensure_future(serve_forever(
                port=args.port, people=people, data_dir=folder, latency_ms=latency, resale=args.resale,
                smtp_port=args.smtp_port, ready=functools.partial(_lab_banner, lang=reader_language(args, settings))))
            stopping = asyncio.ensure_future(stop.wait())
            await asyncio.wait({lab, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            lab.cancel()  # serve_forever stops the lab in its own `finally`
            await lab
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            raise said(Unavailable(f"lab: port {args.port} is already in use (another `optout lab`?); "
                                   "stop it, or choose another with --port"),
                       "lab_port_in_use", {"port": args.port}, source="lab") from None
        raise said(OptoutError(f"lab: cannot start ({e.strerror or e})"),
                   "lab_cannot_start", {"error": e.strerror or str(e)}, source="lab") from None
    if stopped_by:  # said as before: the stop line and exit 130 (cli.stopped_line)
        raise StoppedBySignal(signal.Signals[stopped_by[0]])
    return 0


async def cmd_install_service(args: argparse.Namespace, settings: Settings) -> int:
    """Write what cron or systemd need to run rechecks (see optout/service.py) and say how to enable it."""
    from optout.service import install, lingers

    lang = reader_language(args, settings)
    done = install(settings, systemd_dir=args.systemd, system=args.system, user=args.user, lang=lang)
    print(say("service.env", lang, path=done.env_file))
    print(say("service.script", lang, path=done.script))
    print("\n" + say("service.cron", lang) + f"\n{done.cron_line}")
    if done.units:
        print("\n" + say("service.units", lang, units=", ".join(str(u) for u in done.units)))
        ctl = "systemctl" if args.system else "systemctl --user"
        print(say("service.enable", lang, command=f"{ctl} daemon-reload && {ctl} enable --now optout-run.timer"))
        if not args.system and not lingers():
            # a user timer runs only while this account is logged in: said before anyone relies on it
            import getpass

            print(say("service.linger", lang, command=f"sudo loginctl enable-linger {getpass.getuser()}"))
    return 0


async def cmd_key(args: argparse.Namespace, settings: Settings) -> int:
    """``key show``: what protects the vault. ``key rotate``: a new master key; every person's data
    key is re-wrapped (nothing else is re-encrypted), crash-safely (see optout/vault.py)."""
    from optout.vault import KeySource, describe, new_source, rotate

    if args.key_cmd == "show":
        if not (settings.data_dir / "vault.json").exists():
            raise ConfigError(f"no vault in {settings.data_dir}: run `optout init` first, or set OPTOUT_DATA_DIR to the folder it was run with")
        info = describe(settings.data_dir)
        emit(args, [info], list(info), settings)
        return 0
    async with open_app(settings, warn=warn) as app:
        # an interrupted rotation is finished with the key it had already made
        new = KeySource() if describe(settings.data_dir)["rotation_pending"] else new_source(settings, args.to)
        lang = reader_language(args, settings)
        done = await rotate(settings.data_dir, app.vault, app.store, new, progress=None if args.json else (
            lambda n, total: print("\r" + say("key.progress", lang, n=n, total=total), end="", file=sys.stderr,
                                   flush=True)))
        # scheduled runs (install-service's optout.env) hold the passphrase too: the old one would
        # stop every later pass on exit 78. An interrupted rotation finished here was given no new
        # passphrase: then the file is left alone, and said so.
        from optout.service import refresh_passphrase

        env_file = None
        if done["kind"] != "passphrase" or new.passphrase is not None:
            env_file = refresh_passphrase(settings.data_dir, new.passphrase if done["kind"] == "passphrase" else None)
        elif (settings.data_dir / "optout.env").exists():
            print("optout: " + say("warning", lang, line=say("key.env_stale", lang)), file=sys.stderr)
        if args.json:
            print(json.dumps({**done, **({"env_file": str(env_file)} if env_file else {})}))
        else:
            print(file=sys.stderr)
            line = say("key.rotated", lang, kind=say(f"key.kind.{done['kind']}", lang), rewrapped=done["rewrapped"],
                       people=done["people"])
            print(say("key.resumed", lang, line=line) if done["resumed"] else line)
            if env_file is not None:
                print(say("key.env_refreshed", lang, file=env_file))
    return 0


# ---- parser ---------------------------------------------------------------------------------------


#: The exit statuses, for ``optout --help`` (the same table as docs/EXIT_CODES.md and README's
#: scheduling section; ``optout.errors.Exit`` defines them).
EXIT_CODES = """exit status (sysexits.h; systemd units from install-service stop restarting on the permanent ones):
  0   done
  1   done, with something to look at (a broken recipe listed, a confirmation declined), or a bug (traceback)
  64  usage: the command line is wrong                                  permanent
  65  data: a profile, CSV row, recipe or other input is wrong          permanent
  66  no input: a file or record the command needs is not there         permanent
  78  config: a setting, the vault's passphrase or key, the data dir    permanent
  69  unavailable: database, mailbox, OS keyring, broker lab, browser   transient: a later run may work
  75  temporary: this machine (disk full, read-only, failing; clock off) transient: a later run may work
  130 interrupted (Ctrl-C)    141 the output pipe closed"""


# How a case's and a listing's number is written: optout.reasons.CASE_PREFIX (one home, f42). Either
# is read with its letter or without; one of the other kind is refused, saying which it is.


def _day(text: str) -> dt.date:
    """An argparse ``type`` for a day (``--filed``, ``--signed``): YYYY-MM-DD; a day no calendar has
    (31/02/1990, 2024-02-30) is said to be no real date, not a wrong format (f44b); in the reader's
    language, as :func:`_id_of` says its own."""
    from optout.person import unreal_date
    from optout.reasons import Reason, render, terminal_language

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        lang = _parsing.get("lang") or terminal_language()
        raise argparse.ArgumentTypeError(render(Reason("input_date_not_real" if unreal_date(text) else "input_date"),
                                                lang)) from None


_day.__name__ = "date"


def _id_of(kind: str) -> Any:
    """An argparse ``type``: a case's (``kind`` ``"case"``) or a listing's number as given, ``12``,
    ``C12`` / ``L12`` (any case); ArgumentTypeError, in the terminal's language, for the other
    kind's letter or anything else. The number itself is what ``--json`` and the store use."""
    from optout.reasons import terminal_language

    mine, other = (CASE_PREFIX, LISTING_PREFIX) if kind == "case" else (LISTING_PREFIX, CASE_PREFIX)

    def parse(text: str) -> int:
        m = re.fullmatch(r"\s*([A-Za-z]?)\s*(\d+)\s*", text)
        if m and m.group(1).upper() in ("", mine):
            return int(m.group(2))
        code = f"id_{kind}_given_{'listing' if kind == 'case' else 'case'}" if m and m.group(1).upper() == other \
            else f"id_{kind}_expected"
        # a number of the other kind is said back (it is an id); anything else never is: a name typed
        # where a case goes is personal data (f46)
        # in the language argparse says its own words in (a --lang, the settings', the clinic's), not only
        # the terminal's: its line around this one was Spanish while this was English (f43)
        raise argparse.ArgumentTypeError(say(f"ids.{code}", _parsing.get("lang") or terminal_language(),
                                             given=text.strip()[:12]))

    parse.__name__ = kind  # argparse names the type in its own messages
    return parse


def _number(kind: type) -> Any:
    """An argparse ``type``: a whole number (``int``) or any number (``float``), named in argparse's
    "invalid … value" by its words in the language the parser is built in (``cli:type.int``,
    ``cli:type.float``), never by Python's name for it (f43: "valor no válido para int")."""
    def parse(text: str) -> Any:
        return kind(text)

    lang = _parsing.get("lang") or "en"
    # English without the catalogue: every command line is parsed in English first, and reading the
    # catalogue there would cost every start (argparse_language)
    parse.__name__ = (_NUMBER_WORDS[kind.__name__] if lang == "en"
                      else say(f"type.{kind.__name__}", lang))
    return parse


def wanting(kind: type, wants: str, low: float | None = None, high: float | None = None) -> Any:
    """An argparse ``type`` for a number that means something (a port, minutes): a value that is not
    one, or is outside ``low``..``high``, is refused with what the option wants (``cli:wants.<wants>``,
    "a port number, 1-65535"), in the language the parser is built in, after the option's name
    argparse puts first; never "invalid int value" (trial44: ``serve --port abc``, ``--idle x``)."""
    lang = _parsing.get("lang") or "en"

    def parse(given: str) -> Any:
        try:
            value = kind(given.strip())
        except ValueError:
            value = None
        if value is None or value != value or (low is not None and value < low) or (high is not None and value > high):
            raise argparse.ArgumentTypeError(say(f"wants.{wants}", lang))
        return value

    parse.__name__ = wants
    return parse


#: ``cli:type.<name>`` in English, as the catalogue says it (a test holds them equal).
_NUMBER_WORDS = {"int": "whole number", "float": "number"}


class _Parser(argparse.ArgumentParser):
    """argparse, leaving with EX_USAGE (64) instead of its own 2 on a command line it refuses, and
    never saying back a word of that command line that is not optout's own (x48: ``optout run Maria
    Garcia`` printed "unrecognized arguments: Maria Garcia", a client's name in the terminal and in
    every log a volunteer pastes). Each of its errors names the argument or option and what it
    wants: a value outside the choices (:meth:`_check_value`), a value of the wrong kind
    (:meth:`_get_value`), words no argument takes (:meth:`parse_args`: an option by its name, any
    other word by its place, "argument 3", as :func:`file_arguments` says a file); argparse's other
    messages that carry a value are said without it (:data:`_UNSAID`)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(Exit.USAGE, f"{self.prog}: error: {message}\n")

    def parse_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]
        words = list(sys.argv[1:] if args is None else args)
        parsed, extras = self.parse_known_args(words, namespace)
        if extras:
            self.error(_usage_words("usage.unrecognized", which=", ".join(_extra_words(words, extras))))
        return parsed

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """A value of the wrong kind (``--concurrency Maria``) is refused with the kind the option
        wants (``cli:usage.expected``: "expected a whole number"), never with the value; a type of
        optout's that says its own words (``ArgumentTypeError``) says them."""
        kind = self._registry_get("type", action.type, action.type)
        if not callable(kind):
            return super()._get_value(action, arg_string)
        try:
            return kind(arg_string)
        except argparse.ArgumentTypeError as e:
            raise argparse.ArgumentError(action, str(e)) from None
        except (TypeError, ValueError):
            raise argparse.ArgumentError(
                action, _usage_words("usage.expected", kind=getattr(kind, "__name__", "value"))) from None

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """A value outside its choices is refused naming the option (or the command's place,
        COMMAND) and its choices, never the value (f46: ``--lang fr`` said 'fr'; x48: ``optout Maria
        Garcia`` said 'Maria': a word where a command goes may be a client's name):
        ``cli:usage.not_a_choice``, in the language the parser is built in."""
        if action.choices is not None and value not in action.choices:
            raise argparse.ArgumentError(action, _usage_words("usage.not_a_choice",
                                                              choices=", ".join(map(str, action.choices))))
        super()._check_value(action, value)


#: ``cli:usage.not_a_choice`` in English, as the catalogue says it (a test holds them equal): English
#: is said without reading the catalogue, as :data:`_NUMBER_WORDS`.
_CHOICE_WORDS = "not one of its choices: {choices}"

#: The English of the usage errors' own words (``cli:<key>``; a test holds each equal to the
#: catalogue's): an English command line reads no catalogue (``argparse_language``).
_USAGE_EN = {"usage.not_a_choice": _CHOICE_WORDS, "usage.expected": "expected a {kind}",
             "usage.unrecognized": "unrecognized arguments: {which}", "file_argument": "argument {n}"}


def _usage_words(key: str, **params: Any) -> str:
    """A usage error's words ``cli:<key>`` in the language the command line is parsed in."""
    lang = _parsing.get("lang") or "en"
    return _USAGE_EN[key].format(**params) if lang == "en" else say(key, lang, **params)


def _extra_words(words: Sequence[str], extras: Sequence[str]) -> list[str]:
    """Words of the command line no argument took, as a usage error says them: an option by its
    name (``--nope``; a value after its ``=`` left out), any other word by its place among ``words``
    ("argument 3", counted from 1 after ``optout``): such a word may be a client's name."""
    said, start = [], 0
    for extra in extras:
        name = extra.partition("=")[0]
        at = next((i for i in range(start, len(words)) if words[i] == extra), None)
        if at is not None:
            start = at + 1
        if re.fullmatch(r"--[a-z][a-z0-9-]*|-[a-zA-Z]", name):  # an option's words are no one's data
            said.append(name)
        else:
            said.append(_usage_words("file_argument", n=at + 1) if at is not None else "?")
    return said

#: ``cli:heading.global_options`` in English (a test holds them equal).
_GLOBAL_HEADING = "global options"


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="optout", description="Remove a person's records from data brokers, and keep them removed.",
                epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"optout {__version__}")
    p.add_argument("--data-dir", type=Path, help="where the store, vault and evidence live")
    p.add_argument("--lab", metavar="URL", help="run against the broker lab at URL (OPTOUT_LAB_URL)")
    p.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    p.add_argument("--lang", choices=["en", "es"], help="language of what it says (es: Spanish); default: the "
                   "terminal's locale, else the clinic's language")
    sub = p.add_subparsers(dest="cmd", required=True)

    sub.add_parser("init", help="create the data directory, vault and store")

    pp = sub.add_parser("person", help="add, import, find, show, edit or remove people")
    psub = pp.add_subparsers(dest="person_cmd", required=True)
    a = psub.add_parser("add", help="add people from profile files (.toml/.yaml), all or none")
    a.add_argument("files", nargs="+", help="profile files (.toml, .yaml or .yml), one person each")
    a.add_argument("--label", help="a short name of your choosing (one file only)")
    a.add_argument("--allow-duplicates", action="store_true", help="add a person already held again")
    a.add_argument("--allow-removed", action="store_true",
                   help="add again a client removed at their request (only when they asked to come back)")
    a.add_argument("--json", action="store_true")
    pi = psub.add_parser("import", help="add everyone in a CSV (header: see README), all or none")
    pi.add_argument("file", type=Path, help="the clinic's sheet: a CSV (.csv, .tsv or .txt), a row per person")
    pi.add_argument("--allow-duplicates", action="store_true", help="add people already held again")
    pi.add_argument("--allow-removed", action="store_true",
                    help="add again the clients removed at their request (only when they asked to come back)")
    pi.add_argument("--json", action="store_true")
    pi.add_argument("--lang", choices=["en", "es"], help="language of the summary and the rows' problems "
                    "(es: Spanish); default: the terminal's locale, else the clinic's language")
    pl = psub.add_parser("list", help="one row per person (no names unless --names)")
    pl.add_argument("--names", action="store_true", help="show names (they are personal data)")
    pl.add_argument("--json", action="store_true")
    ps = psub.add_parser("show", help="a person's profile (personal data)")
    ps.add_argument("person", help="id, label or name")
    ps.add_argument("--json", action="store_true")
    pe = psub.add_parser("edit", help="change a person; cases and evidence are kept")
    pe.add_argument("person", help="id, label or name")
    pe.add_argument("--label", help="a new short name of your choosing")
    pe.add_argument("--add-name", action="append", metavar="NAME", help="another name, in full")
    pe.add_argument("--add-phone", action="append", metavar="PHONE", help="another phone number")
    pe.add_argument("--add-email", action="append", metavar="EMAIL", help="another e-mail address")
    pe.add_argument("--optout-email", metavar="EMAIL", help="a new address for brokers (the profile's optout_email; "
                    "the old one is kept among the person's e-mails)")
    pe.add_argument("--add-address", action="append", metavar="ADDRESS",
                    help='a past address: "street, city, ST ZIP" or "city, ST"')
    pe.add_argument("--move", metavar="ADDRESS", help="a new current address (the old one is kept as past)")
    pe.add_argument("--lang", choices=["en", "es"], help="language of what it says (es: Spanish); default: the "
                    "terminal's locale, else the clinic's language")
    pr = psub.add_parser("remove", help="delete a person and all their cases and evidence")
    pr.add_argument("person", help="id, label or name")
    pr.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    r = sub.add_parser("run", help="run every due case now, with progress, then exit")
    r.add_argument("--person", action="append", help="only this person: id, label or name (repeatable)")
    r.add_argument("--broker", action="append", help="only this broker id (repeatable)")
    r.add_argument("--concurrency", type=_number(int), help="cases at once (worker.concurrency)")
    r.add_argument("--json", action="store_true", help="print the result as JSON")
    r.add_argument("--lang", choices=["en", "es"], help="language of the progress and the summary (es: Spanish); "
                   "default: the terminal's locale, else the clinic's language; --json stays English")
    r.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                   help="one line per case instead of the progress bar (and debug logs)")
    r.add_argument("--due", action="store_true",
                   help="one quiet pass over the cases already due (for cron or a systemd timer), then exit")
    r.add_argument("--grace", type=_number(float), default=30.0, metavar="SECONDS",
                   help="on SIGTERM, how long running cases may take to finish before they are handed back")

    r.add_argument("--accept-lost-requests", action="store_true",
                   help="go on with a store that lost recorded requests (a restore without its -wal)")

    w = sub.add_parser("worker", help="keep running: recheck cases as they fall due")
    w.add_argument("--accept-lost-requests", action="store_true", help=argparse.SUPPRESS)
    w.add_argument("--concurrency", type=_number(int), help="cases at once (worker.concurrency)")
    w.add_argument("--poll", type=_number(float), default=60.0, metavar="SECONDS",
                   help="longest sleep between looks at the store (new people, a moved lab clock)")
    w.add_argument("--grace", type=_number(float), default=30.0, metavar="SECONDS",
                   help="on SIGTERM, how long running cases may take to finish before they are handed back")

    s = sub.add_parser("status", help="one row per person; --person: their cases")
    s.add_argument("--person", help="id, label or name: this person's cases")
    s.add_argument("--broker", help="this broker's cases")
    s.add_argument("--json", action="store_true")
    s.add_argument("--all", action="store_true", help="every case, even those not started")
    s.add_argument("--names", action="store_true", help="show names (they are personal data)")
    s.add_argument("--brokers", action="store_true", help="broker health: failures and back-off, not cases")
    s.add_argument("--lang", choices=["en", "es"], help="the table, its headings and each case's note in this "
                   "language (es: Spanish); default: the terminal's locale, else the clinic's language, else "
                   "English (--json: English keys, and the notes as recorded unless --lang is given)")

    h = sub.add_parser("human", help="what only a person can do (CAPTCHA, ID, phone, uncertain match)")
    h.add_argument("--person", action="append", help="id, label or name (repeatable)")
    h.add_argument("--kind", action="append",
                   help="captcha, id_upload, phone, uncertain_match, letter, missing, overdue, unconfirmed, in_doubt, still_listed, other (repeatable)")
    h.add_argument("--show", action="store_true", help="show uncertain listings' details (personal data)")
    h.add_argument("--lang", choices=["en", "es"], help="language of the tasks and instructions (es: Spanish); "
                   "default: the terminal's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else the clinic's language, "
                   "else English")
    h.add_argument("--json", action="store_true")

    lt_ = sub.add_parser("letter", help="the printable postal letter (PDF) of a case whose broker takes requests by post")
    lt_.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    lt_.add_argument("--out", type=Path, required=True, help="the PDF file to write (new, 0600)")

    d = sub.add_parser("done", help="you did a case's step by hand: the broker is checked after its usual delay")
    d.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    d.set_defaults(done=True, match=None, no_match=False)

    dc = sub.add_parser("decline", help="the client chose not to send the ID a broker asks for: nothing more "
                        "goes to that broker until `optout retry CASE` reopens it")
    dc.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    dc.add_argument("--lang", choices=["en", "es"], help="language of what it says (es: Spanish); default: the "
                    "terminal's locale, else the clinic's language")
    dc.add_argument("--json", action="store_true")
    at_ = sub.add_parser("attach", help="a broker's reply that cited none of our letters is this case's client's "
                         "(optout human --kind unplaced_reply)")
    at_.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    no_ = sub.add_parser("not-ours", help="a broker's reply that cited none of our letters is none of the clients "
                         "it was asked about: kept as nobody's, their reminders go on")
    no_.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")

    rp = sub.add_parser("reply", help="record a broker's answer that came by letter or telephone (never counted "
                        "as a removal: a later search proves it)")
    rp.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    rp.add_argument("--by", required=True, metavar="HOW", help="how it came: post (a letter) or phone (a call)")
    rp.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day the letter came or the call was made")
    rp.add_argument("--kind", required=True, help="what the broker answered: confirmed (it says it deleted the "
                    "records), refused, needs_id, needs_info, acknowledged, extended (it asks for more time: give --days)")
    rp.add_argument("--days", metavar="N", help="with --kind extended: how many more days the broker asked for")
    rn = rp.add_mutually_exclusive_group(required=True)
    rn.add_argument("--note", metavar="TEXT", help="what the broker said, in its words")
    rn.add_argument("--note-file", type=Path, metavar="FILE",
                    help="read what the broker said from this file (- : from standard input)")
    rp.add_argument("--lang", choices=["en", "es"], help="language of what it says (es: Spanish); default: the "
                    "terminal's locale, else the clinic's language")
    rp.add_argument("--json", action="store_true")

    rt = sub.add_parser("retry", help="search the broker again on the next run")
    rt.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    rg = rt.add_mutually_exclusive_group()
    rg.add_argument("--match", type=_id_of("listing"), nargs="+", metavar="LISTING",
                    help="these uncertain listings are this person: request their removal")
    rg.add_argument("--no-match", action="store_true", help="none of the uncertain listings is this person")

    an = sub.add_parser("answers", help="a person's remembered answers about a client's records; --undo one")
    an.add_argument("person", help="id, label or name")
    an.add_argument("--undo", type=_number(int), metavar="N", help="forget answer N: its cases are searched again")
    an.add_argument("--lang", choices=["en", "es"], help="language (es: Spanish); default: the terminal's locale")
    an.add_argument("--json", action="store_true")

    rs = sub.add_parser("resume", help="older form of done (--done) and retry")
    rs.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    how = rs.add_mutually_exclusive_group()
    how.add_argument("--done", action="store_true", help="the person completed the removal by hand")
    how.add_argument("--match", type=_id_of("listing"), nargs="+", metavar="LISTING",
                     help="these uncertain listings are this person: request their removal")
    how.add_argument("--no-match", action="store_true", help="none of the uncertain listings is this person")

    ev = sub.add_parser("evidence", help="a case's evidence; --export decrypts it into a folder")
    ev.add_argument("case", type=_id_of("case"), help="the case (C12, or 12)")
    ev.add_argument("--export", type=Path, metavar="DIR", help="write decrypted copies here (mode 0600)")
    ev.add_argument("--json", action="store_true")

    rp = sub.add_parser("report", help="a readable report per person (HTML and PDF): found, asked, answered, proven")
    rp.add_argument("person", nargs="?", help="the person's id, label or name")
    rp.add_argument("--all", action="store_true", help="one report per person and an organisation summary")
    rp.add_argument("--out", type=Path, required=True, metavar="DIR",
                    help="where to write (never the data directory: reports are in clear)")
    rp.add_argument("--lang", choices=["en", "es"], help="language (default: the person's, else English)")
    rp.add_argument("--no-pdf", action="store_true", help="HTML only (no Chromium needed)")
    rp.add_argument("--json", action="store_true")

    dr = sub.add_parser("drop", help="California's DROP: file once with the state; no letters to the brokers it covers")
    dsub = dr.add_subparsers(dest="drop_cmd", required=True)
    dg = dsub.add_parser("guide", help="how the person files with DROP")
    dg.add_argument("person", help="id, label or name")
    drr = dsub.add_parser("record", help="the reference and date the state gave the person")
    drr.add_argument("person", help="id, label or name")
    drr.add_argument("--reference", required=True, help="the reference the state gave for the filing")
    drr.add_argument("--filed", required=True, type=_day, metavar="YYYY-MM-DD", help="the day the person filed")
    drs = dsub.add_parser("status", help="what the state shows for one broker")
    drs.add_argument("person", help="id, label or name")
    drs.add_argument("broker", help="recipe id")
    drs.add_argument("status", help="pending, deleted, opted_out, not_found, exempt, refused, other")
    dri = dsub.add_parser("import", help="statuses from a CSV with broker and status columns")
    dri.add_argument("person", help="id, label or name")
    dri.add_argument("file", type=Path, help="a CSV with broker and status columns")
    drw = dsub.add_parser("show", help="the person's DROP filing and what the state shows per broker")
    drw.add_argument("person", help="id, label or name")
    for x in (drr, drs, dri, drw):
        x.add_argument("--json", action="store_true")

    ag = sub.add_parser("agent", help="act as a person's authorised agent: the form, the signed authorisation")
    asub = ag.add_subparsers(dest="agent_cmd", required=True)
    af = asub.add_parser("form", help="print the authorisation for the person to sign")
    af.add_argument("person", help="id, label or name")
    aa = asub.add_parser("authorise", help="keep the signed authorisation (PDF, PNG or JPEG), sealed")
    aa.add_argument("person", help="id, label or name")
    aa.add_argument("file", type=Path, help="the signed authorisation: a PDF, PNG or JPEG file")
    aa.add_argument("--signed", required=True, type=_day, metavar="YYYY-MM-DD", help="the day the person signed it")
    aw = asub.add_parser("show", help="whether the person's signed authorisation is kept, and since when")
    aw.add_argument("person", help="id, label or name")
    for x in (aa, aw):
        x.add_argument("--json", action="store_true")

    lt = sub.add_parser("letters", help="e-mail letters: the plan (how many, per day and account, done by when)")
    lsub = lt.add_subparsers(dest="letters_cmd", required=True)
    lp = lsub.add_parser("plan", help="letters pending, at the caps, finished by when")
    lp.add_argument("--json", action="store_true")

    bk = sub.add_parser("backup", help="copy the store, vault.json and evidence into a new folder, consistently")
    bk.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder to copy into")

    rc = sub.add_parser("recipe", help="list, check, scaffold, record and document broker recipes")
    rsub = rc.add_subparsers(dest="recipe_cmd", required=True)
    rl = rsub.add_parser("list", help="every broker recipe: id, name, channel, health, when it was verified")
    rl.add_argument("--json", action="store_true")
    rk = rsub.add_parser("check", aliases=["test"],  # `recipe test ID`: what a contributor looks for first
                         help="validate recipes and run their own tests offline (also: recipe test)")
    rk.add_argument("ids", nargs="*", help="recipe ids (default: every recipe)")
    rk.add_argument("--json", action="store_true")
    rk.add_argument("--lang", choices=["en", "es"], help="language of the table (es: Spanish); default: the "
                    "terminal's locale, else the clinic's language; --json stays English")
    from optout.recipe import kit_cli

    kit_cli.add_parsers(rsub)

    ky = sub.add_parser("key", help="the vault's master key: show what protects it, rotate it")
    ksub = ky.add_subparsers(dest="key_cmd", required=True)
    ks = ksub.add_parser("show", help="the key's kind (passphrase, key file, keyring) and any rotation under way")
    ks.add_argument("--json", action="store_true")
    kr = ksub.add_parser("rotate", help="a new master key; re-wraps every person's data key")
    kr.add_argument("--to", choices=["passphrase", "keyfile", "keyring"],
                    help="the new key's kind (default: the same as now); a new passphrase comes from "
                         "OPTOUT_NEW_PASSPHRASE or a prompt")
    kr.add_argument("--json", action="store_true")

    ins = sub.add_parser("install-service", help="write what cron or systemd need to run rechecks on their own")
    ins.add_argument("--systemd", type=Path, metavar="DIR",
                     help="also write systemd units here (e.g. ~/.config/systemd/user)")
    ins.add_argument("--system", action="store_true", help="system units (with --user NAME) instead of user units")
    ins.add_argument("--user", help="with --system: the account the units run as")

    lb = sub.add_parser("lab", help="run the broker lab in the foreground")
    lb.add_argument("--port", type=_number(int), default=8700, help="the port the lab listens on (default 8700)")
    lb.add_argument("--dir", type=Path, help="the lab's own folder: its fake brokers' Maildir (default "
                    "$XDG_STATE_HOME/optout-lab, ~/.local/state/optout-lab; never inside the data directory)")
    lb.add_argument("--person", action="append", metavar="KEY=PROFILE", help="seed a person (repeatable); "
                    "a clinic's sheet (KEY=FILE.csv) seeds every row, as person import reads it")
    lb.add_argument("--latency", help="added latency per response in ms, e.g. 300-800")
    lb.add_argument("--resale", action=argparse.BooleanOptionalAction, default=True,
                    help="brokers resell the same cards of a person, as real ones do (the demo's lab); "
                         "--no-resale: each broker its own cards")
    lb.add_argument("--smtp-port", type=_number(int), default=0,
                    help="the lab's SMTP port (default: a free one, printed); fix it to keep mail settings across restarts")

    from optout.web import cli as web_cli

    web_cli.add_parsers(sub)
    _lang_everywhere(p)
    _globals_everywhere(p)
    _described(p)
    _commands_named(p, "COMMAND" if (_parsing.get("lang") or "en") == "en" else say("argname.command", _parsing["lang"]))
    _places_named(p, _parsing.get("lang") or "en")
    return p


def _places_named(p: argparse.ArgumentParser, lang: str) -> None:
    """Name every command's positional arguments (``case``, ``person``, ``name``, …) in ``lang``
    (``cli:argname.<dest>``), as the usage line, the help's list and argparse's errors show them
    (trial49: Spanish help said ``case`` and ``name``), and the value each option takes (``--data-dir
    DATA_DIR``, ``--match LISTING``: ``cli:metavar.<NAME>``, by the name English shows; trial49 again).
    A value among choices (``{en,es}``) is shown as its choices. English keeps argparse's own names."""
    if lang == "en":
        return
    from optout.reasons import text

    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):  # an alias is the same parser
                _places_named(child, lang)
        elif not action.option_strings:
            if word := text(f"cli:argname.{action.dest}", lang):
                action.metavar = word
        elif action.nargs != 0 and action.choices is None and (
                word := text(f"cli:metavar.{value_name(action)}", lang)):
            action.metavar = word


def value_name(action: argparse.Action) -> str:
    """The name an option's value has in English help (``DATA_DIR``, ``LISTING``): its metavar, else
    its ``dest`` in capitals, as argparse shows it."""
    return action.metavar if isinstance(action.metavar, str) else action.dest.upper()


def _commands_named(p: argparse.ArgumentParser, word: str) -> None:
    """Name every command's place by ``word`` ("COMMAND", in the reader's language), as the usage
    line shows it and as argparse's errors name it: without a metavar argparse named it by its
    internal ``dest`` ("argument cmd: invalid choice", "the following arguments are required:
    person_cmd"), a name the reader sees nowhere (f43)."""
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = word
            for child in action.choices.values():
                _commands_named(child, word)


def _subcommands(p: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser, str | None]]:
    """Every command under ``p`` at any depth, once each (an alias is the same parser): its words
    after ``optout``, its parser, and the line ``optout --help`` shows for it."""
    def walk(q: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.ArgumentParser, str | None]]:
        for action in q._actions:
            if isinstance(action, argparse._SubParsersAction):
                lines = {c.dest: c.help for c in action._choices_actions}
                seen: set[int] = set()
                for name, child in action.choices.items():
                    if id(child) not in seen:
                        seen.add(id(child))
                        yield f"{path} {name}".strip(), child, lines.get(name)
                        yield from walk(child, f"{path} {name}")
    return walk(p, "")


def _globals_everywhere(p: argparse.ArgumentParser) -> None:
    """Every global option (``--data-dir``, ``--lab``, ``-v``, ``--lang``) also after the command
    (trial44: ``optout --lang es status`` blamed "es"; ``optout status --data-dir D`` was refused),
    as a copy whose default is SUPPRESS: given before the command it is kept, given after it wins.
    A command whose own option has the same words (``recipe new --lab``: a lab recipe) keeps its own."""
    tops = [a for a in p._actions if a.option_strings and a.dest not in ("help", "version")]
    lang = _parsing.get("lang") or "en"
    heading = _GLOBAL_HEADING if lang == "en" else say("heading.global_options", lang)
    for _path, child, _line in _subcommands(p):
        for action in child._actions:  # a command's own --lang leaves the global one alone unless given
            if action.dest in ("lang", "verbose") and action.option_strings:
                action.default = argparse.SUPPRESS
        group = None
        for top in tops:
            if any(o in child._option_string_actions for o in top.option_strings):
                continue
            # listed in the command's own help, under its heading (f46: accepted since f44b, but
            # ``optout status --help`` did not say --data-dir or --lab)
            group = group or child.add_argument_group(heading)
            kw: dict[str, Any] = {"dest": top.dest, "default": argparse.SUPPRESS, "help": top.help}
            if isinstance(top, argparse._StoreTrueAction):
                kw["action"] = "store_true"
            else:
                kw.update(type=top.type, choices=top.choices, metavar=top.metavar)
            group.add_argument(*top.option_strings, **kw)


def _described(p: argparse.ArgumentParser) -> None:
    """Every command's own help (``optout X --help``) opens with the line ``optout --help`` shows for
    it (trial44: ``decline``, ``attach``, ``not-ours`` showed none); a test holds every command to one.
    Every ``--json`` says what it does (trial49: options listed with no words, in either language)."""
    for _path, child, line in _subcommands(p):
        if not child.description and line and line != argparse.SUPPRESS:
            child.description = line
        for action in child._actions:
            if action.help is None and "--json" in action.option_strings:
                action.help = "print the result as JSON"


def _lang_everywhere(p: argparse.ArgumentParser) -> None:
    """Give every command that has none the ``--lang`` option :func:`reader_language` reads (trial39:
    a volunteer told ``optout human --lang es`` to answer with ``optout retry CASE --match ID`` got
    "argumentos no reconocidos: --lang es" from ``retry``, and ``done``, ``evidence`` and
    ``person list``/``show``/``remove`` refused it too)."""
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _lang_everywhere(child)
            return
    if "--lang" not in p._option_string_actions:
        p.add_argument("--lang", choices=["en", "es"], help="language of what it says (es: Spanish); default: the "
                       "terminal's locale, else the clinic's language")


COMMANDS = {
    "init": cmd_init, "person": cmd_person, "run": cmd_run, "worker": cmd_worker, "status": cmd_status,
    "human": cmd_human, "letter": cmd_letter, "answers": cmd_answers, "resume": cmd_resume, "done": cmd_done, "decline": cmd_decline, "attach": cmd_attach, "not-ours": cmd_not_ours, "reply": cmd_reply,
    "retry": cmd_retry, "evidence": cmd_evidence,
    "report": cmd_report, "drop": cmd_drop, "agent": cmd_agent, "letters": cmd_letters, "recipe": cmd_recipe,
    "lab": cmd_lab, "key": cmd_key, "backup": cmd_backup, "install-service": cmd_install_service,
}


def _command(name: str) -> Any:
    if name in COMMANDS:
        return COMMANDS[name]
    from optout.web import cli as web_cli

    return web_cli.COMMANDS[name]


#: argparse's own words (its errors, its help's headings) a reader sees, by their msgid in Python's
#: argparse; ``argparse:<msgid>`` in the one catalogue says each in another language
#: (``tests/test_cli_argparse_lang.py`` checks each is still argparse's own).
ARGPARSE_WORDS = (
    "usage: ", "options", "positional arguments", "show this help message and exit",
    "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s", "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r", "unrecognized arguments: %s", "expected one argument",
    "expected at least one argument", "expected at most one argument", "ambiguous option: %(option)s could match %(matches)s",
    "not allowed with argument %s", "one of the arguments %s is required", "expected %s argument",
    "expected %s arguments", "ignored explicit argument %r", "can't open '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
)


def argv_language(words: Sequence[str]) -> str:
    """The reader's language of a command line argparse refused (for its own errors and help):
    a ``--lang en|es`` among ``words``, else :func:`reader_language`'s locale and clinic default."""
    given = None
    for i, w in enumerate(words):
        if w == "--lang" and i + 1 < len(words):
            given = words[i + 1]
        elif w.startswith("--lang="):
            given = w.partition("=")[2]
    from optout.reasons import locale_language

    settings: Settings | None = None
    if given not in ("en", "es") and os.environ.get("OPTOUT_LANG", "").strip().lower() not in ("en", "es") \
            and locale_language() is None:  # only then the settings file's language or the clinic's default
        try:
            settings = Settings()
        except Exception:  # a bad setting is said once the command runs, not here
            settings = None
    return reader_language(argparse.Namespace(lang=given if given in ("en", "es") else None), settings)


#: argparse's messages that say back what was typed (a value, an option with its ``=value``, a file's
#: name), in English without it; ``argparse:<msgid>`` says each so in another language. The
#: :class:`_Parser` says its own words for the first three; these are the net for any path to them.
_UNSAID = {
    "invalid choice: %(value)r (choose from %(choices)s)": "not one of its choices: %(choices)s",
    "invalid %(type)s value: %(value)r": "expected a %(type)s",
    "unrecognized arguments: %s": "unrecognized arguments",
    "ambiguous option: %(option)s could match %(matches)s": "ambiguous option: could match %(matches)s",
    "ignored explicit argument %r": "takes no value",
    "can't open '%(filename)s': %(error)s": "a file given could not be opened",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "not one of its choices: %(choices)s",
}


class _Unfilled(str):
    """One of argparse's templates (:data:`_UNSAID`) said without the value argparse fills in:
    ``%`` with a mapping fills the names the template keeps (``%(choices)s``), and with a value
    (``msg % explicit_arg``) leaves the template as it is."""

    def __mod__(self, values: Any) -> str:  # type: ignore[override]
        return str.__mod__(self, values) if isinstance(values, dict) else str(self)


#: The language the command line is being parsed in (:func:`argparse_language`), for the words of
#: optout's own argument types (:func:`_id_of`).
_parsing: dict[str, str] = {}


@contextlib.contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's words (:data:`ARGPARSE_WORDS`) in ``lang`` while the parser is built and parses:
    argparse reads them through its module's ``_`` and ``ngettext`` (gettext), which this points
    at the one catalogue (``argparse:<msgid>``), English for any it lacks."""
    _parsing["lang"] = lang
    if lang == "en":
        # English is argparse's own: its words as written, without gettext's search for a catalogue on
        # disk at each of them (~150 a parser, ~0.05 CPU-s at every start of the command line)
        saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
        argparse._ = lambda msgid: _Unfilled(_UNSAID[msgid]) if msgid in _UNSAID else msgid  # type: ignore[attr-defined]
        argparse.ngettext = lambda singular, plural, n: singular if n == 1 else plural  # type: ignore[attr-defined]
        try:
            yield
        finally:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        return
    from optout.reasons import text

    def gettext_(msgid: str) -> str:
        said = text(f"argparse:{msgid}", lang) or _UNSAID.get(msgid, msgid)
        return _Unfilled(said) if msgid in _UNSAID else said

    def ngettext_(singular: str, plural: str, n: int) -> str:
        return gettext_(singular if n == 1 else plural)

    # optout's own help (each command's and option's, the description, the exit codes), by its
    # English words: ``cli:help:<words>`` (a test holds every one to its Spanish)
    def helped(words: str | None) -> str | None:
        return (text(f"cli:help:{words}", lang) or words) if words else words

    formatter = argparse.HelpFormatter
    get_help, format_text = formatter._get_help_string, formatter._format_text

    def _get_help_string(self: argparse.HelpFormatter, action: argparse.Action) -> str | None:
        return helped(get_help(self, action))

    def _format_text(self: argparse.HelpFormatter, words: str) -> str:
        return format_text(self, helped(words) or words)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext_, ngettext_  # type: ignore[attr-defined]
    formatter._get_help_string, formatter._format_text = _get_help_string, _format_text  # type: ignore[method-assign]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        formatter._get_help_string, formatter._format_text = get_help, format_text  # type: ignore[method-assign]


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line parsed; argparse's own words (an error, the help) in the reader's language.

    Parsed in English first with argparse's output held back: only when argparse leaves (an error,
    ``--help``, ``--version``) is the reader's language looked up (:func:`argv_language`, which may
    read the clinic's settings) and, if it is not English, the line parsed again in it, so that a
    command line that parses pays for nothing more."""
    import io

    words = list(sys.argv[1:] if argv is None else argv)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), argparse_language("en"):
            return parser().parse_args(words)
    except SystemExit:
        lang = argv_language(words)
        if lang == "en":
            sys.stdout.write(out.getvalue())
            sys.stderr.write(err.getvalue())
            raise
    with argparse_language(lang):
        return parser().parse_args(words)  # says it in the reader's language, and leaves as before


def setting_secrets(settings: Settings) -> list[str]:
    """Every secret the settings hold: the store URL's password, the mailbox's and the mail
    servers' passwords, the vault's passphrase (held by the log's redactor for the process's life)."""
    found = url_secrets(settings.database_url)
    mail = settings.mail
    for secret in (mail.imap.password, mail.smtp_password, *(a.smtp_password for a in mail.accounts),
                   settings.passphrase):
        if secret is not None:
            found.append(secret.get_secret_value())
    return found


def setting_words(err: Any, lang: str) -> str:
    """One pydantic error of the settings in ``lang``: a setting validator's own English (labelled
    as English in another language), else optout's words for its kind (``person.input_reason``),
    never pydantic's text."""
    from optout.person import input_message, input_reason
    from optout.reasons import render

    if lang == "en" or err.get("type") == "value_error":
        return _english(input_message(err), lang)
    return render(input_reason(err), lang)


def stopped_line(e: BaseException, words: Sequence[str]) -> int:
    """A command stopped by SIGTERM or Ctrl-C before it set handlers of its own (while starting:
    ``errors.StoppedBySignal``, ``KeyboardInterrupt``), or in one that sets none: one line in the
    reader's language (:func:`argv_language`), naming the signal and what was kept; the status:
    ``errors.INTERRUPTED`` (130), or 0 for ``worker`` (a service stopped as asked, as a running one
    exits 0). What the command had recorded is kept (every write is a transaction: one cut short is
    rolled back); a run stopped before its first claim has taken no case."""
    signum = getattr(e, "signum", signal.SIGINT)
    try:
        name = signal.Signals(signum).name
    except ValueError:
        name = str(signum)
    # the command: the first word that is neither an option nor the value of --data-dir or --lab
    command = next((w for i, w in enumerate(words)
                    if not w.startswith("-") and (i == 0 or words[i - 1] not in ("--data-dir", "--lab", "--lang"))), "")
    try:
        lang = argv_language(words)
    except Exception:  # noqa: BLE001  # the line is said in English rather than not at all
        lang = "en"
    print("optout: " + say("error.stopped_by_signal", lang, signal=name), file=sys.stderr, flush=True)
    return 0 if command == "worker" else INTERRUPTED


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: parse, read the settings, run the command; an expected error, a fault of
    this machine, a closed pipe or a signal while starting (:func:`stopped_line`) is one line and
    its exit status (docs/EXIT_CODES.md), never a traceback."""
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(words)
    except (StoppedBySignal, KeyboardInterrupt) as e:
        return stopped_line(e, words)


def file_arguments(args: argparse.Namespace, words: Sequence[str], lang: str) -> list[tuple[str, str]]:
    """Each file or folder named on the command line (an argument parsed as a ``Path``, or a
    profile of ``person add``), with the label every error and log line says instead of its name
    (``cli:file_argument``: "argument 3", its place among the words after ``optout``): a clinic
    names files after its clients (log.name_files)."""
    given: list[str] = []
    for value in vars(args).values():
        for v in (value if isinstance(value, list) else [value]):
            if isinstance(v, Path) or (isinstance(v, str) and value is getattr(args, "files", None)):
                given.append(str(v))
    out = []
    for value in given:
        if (found := file_place(words, value)) is not None:
            n, word = found
            label = say("file_argument", lang, n=n)
            out += [(word, label), (value, label)]  # as typed, and as argparse made it ("a/./b" → "a/b")
    if getattr(args, "cmd", None) == "lab":  # --person KEY=FILE: the file, by the place of its word
        for item in args.person or []:
            if (found := file_place(words, item)) is not None and (path := item.partition("=")[2]):
                out.append((path, say("file_argument", lang, n=found[0])))
    return out


def file_place(words: Sequence[str], value: str | Path) -> tuple[int, str] | None:
    """Where the file ``value`` is among the command line's ``words`` (those after ``optout``):
    its place, counted from 1, and the word as typed; None when no word names it."""
    for i, w in enumerate(words):
        word = w.partition("=")[2] if w.startswith("--") else w
        if word and (word == str(value) or Path(word) == Path(value)):
            return i + 1, word
    return None


class _Watched:
    """``sys.stdout`` as it is, knowing whether anything was written to it (``--json``: a command
    that stops before its document still prints one, :func:`json_error`)."""

    def __init__(self, stream: Any):
        self._stream, self.written = stream, False

    @classmethod
    def over_stdout(cls) -> _Watched:
        sys.stdout = watched = cls(sys.stdout)
        return watched

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def json_error(status: int, why: dict[str, Any] | None, message: str | None) -> dict[str, Any]:
    """The one JSON document of a ``--json`` command that stopped before its own (trial44: ``run
    --due --json`` with the broker lab down printed nothing, and a script's ``json.load`` failed on
    an empty stdout): the exit status, the reason's code and params when it has one, and its
    English line (redacted), as docs/JSON.md says. The line on stderr is the reader's."""
    return {"error": {"exit": int(status), "why": why, "message": message}}


def _main(argv: Sequence[str]) -> int:
    args = parse_arguments(argv)
    args.words = list(argv)  # a command's --json gives a file by its place among them (file_place)
    # the files named here are said by their place on the command line in every line, never by name
    name_files(file_arguments(args, argv, reader_language(args, None)))
    overrides: dict[str, Any] = {}
    if args.data_dir:
        overrides["data_dir"] = args.data_dir
    if args.lab:
        overrides["lab_url"] = args.lab
    try:
        settings = Settings(**overrides)
    except Exception as e:  # pydantic's ValidationError: name the setting, not the value
        errs = getattr(e, "errors", lambda: [])()
        lang = reader_language(args, None)
        what = "; ".join(f"{'.'.join(map(str, x['loc']))}: {setting_words(x, lang)}" for x in errs) \
            or _english(type(e).__name__, lang)
        print("optout: " + redact(say("error.bad_setting", lang, what=what)), file=sys.stderr)
        return Exit.CONFIG
    hold_secrets(setting_secrets(settings))  # no line this process writes carries them
    _reader["lang"] = lang = reader_language(args, settings)
    if lang != reader_language(args, None):
        # the settings' or the clinic's language, known only now: the files named on the command line
        # are said in it too, never "argument 3" among Spanish words (f43)
        name_files(file_arguments(args, argv, lang))
    for name, near in Settings.unknown_environment_names():
        print("optout: " + say("setting.unknown_near" if near else "setting.unknown", lang, name=name, near=near),
              file=sys.stderr)
    configure_logging("debug" if args.verbose else settings.log_level,
                      settings.log_format, lang="en" if getattr(args, "json", False) else lang)
    watched = _Watched.over_stdout() if getattr(args, "json", False) else None
    try:
        status = asyncio.run(_command(args.cmd)(args, settings))
        if watched is not None and status and not watched.written:
            # a command that stopped after its one line on stderr (a machine fault, a setting)
            print(json.dumps(json_error(status, None, None)))
        return status
    except OptoutError as e:
        print(f"optout: {redact(error_line(e, reader_language(args, settings)))}", file=sys.stderr)
        if watched is not None and not watched.written:
            why = getattr(e, "why", None)
            print(json.dumps(json_error(e.exit_code, why.to_json() if why is not None else None, redact(str(e)))))
        return e.exit_code
    except BrokenPipeError:  # before OSError, its base class, or this branch is never reached
        # the reader went away (`optout person list | head`): nothing to report. Point stdout at
        # /dev/null so the interpreter's own flush at exit does not fail again.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as e:  # a fault of this machine no layer above could act on: one line, no traceback
        print(f"optout: {redact(fault_message(e).split(';')[0])}", file=sys.stderr)
        if watched is not None and not watched.written:
            print(json.dumps(json_error(Exit.TEMPFAIL, None, None)))
        return Exit.TEMPFAIL
    finally:
        if watched is not None and sys.stdout is watched:
            sys.stdout = watched._stream


if __name__ == "__main__":
    sys.exit(main())
