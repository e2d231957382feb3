"""The ``optout`` command. Every command reads settings (file < env < flags), opens the store and the
vault, and prints tables for people and ``--json`` for programs. Expected errors (``OptoutError``)
print one line naming what to fix and exit 2; nothing is ever printed with a person's values unless
asked for (``person list --names``)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from optout import __version__
from optout.app import App, channel_of, open_app, open_catalogue, refuse_if_lost
from optout.diskspace import preflight, recovery_hint
from optout.errors import MachineFault, OptoutError, StoreError, TransientError
from optout.faults import fault_message
from optout.log import configure as configure_logging
from optout.log import get_logger
from optout.settings import Settings
from optout.store import Case, CaseState

log = get_logger(__name__)


# ---- output helpers ------------------------------------------------------------------------------


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return "(nothing)"
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def when(t: dt.datetime | None, now: dt.datetime) -> str | None:
    if t is None:
        return None
    secs = (t - now).total_seconds()
    span = abs(secs)
    text = (f"{span / 86400:.0f}d" if span >= 86400 else f"{span / 3600:.0f}h" if span >= 3600
            else f"{span / 60:.0f}m" if span >= 60 else "now")
    return "now" if text == "now" else (f"in {text}" if secs > 0 else f"{text} ago")


def warn(line: str) -> None:
    print(f"optout: warning: {line}", file=sys.stderr)


def emit(args: argparse.Namespace, rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(rows, indent=2, default=str))
    else:
        print(table(rows, columns))


# ---- commands -------------------------------------------------------------------------------------


async def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings, create=True, new_store=True, warn=warn):
        pass
    print(f"optout data directory ready: {settings.data_dir}")
    print("Next: optout person add PROFILE.toml, then optout run")
    return 0


async def cmd_person(args: argparse.Namespace, settings: Settings) -> int:
    from optout.person import load_person

    async with open_app(settings, create=args.person_cmd == "add", warn=warn) as app:
        if args.person_cmd == "add":
            result = await app.add_people([(f, load_person(f)) for f in args.files])
            emit(args, [{"file": f, "person": pid} for f, pid in result.added], ["file", "person"])
        elif args.person_cmd == "list":
            rows = []
            for info in await app.people():
                row: dict[str, Any] = {"person": info.id, "added": info.created_at.date().isoformat()}
                if args.names:
                    row["name"] = info.person.first_name + " " + info.person.last_name
                rows.append(row)
            emit(args, rows, ["person", "added"] + (["name"] if args.names else []))
        elif args.person_cmd == "remove":
            info = await app.find(args.id)
            files = await app.remove_person(info.id)
            print(f"removed {info.id} and {files} evidence file(s)")
    return 0


STATUS_COLUMNS = ["person", "broker", "state", "since", "next", "attempts", "note"]


def case_row(c: Case, now: dt.datetime) -> dict[str, Any]:
    return {
        "case": c.id, "person": c.person_id, "broker": c.broker_id, "state": c.state.value,
        "since": when(c.state_since, now), "since_at": c.state_since.isoformat(),
        "next": when(c.next_action_at, now) if c.next_action_at else "-",
        "next_at": c.next_action_at.isoformat() if c.next_action_at else None,
        "attempts": c.attempts, "note": (c.last_error or "")[:90],
    }


async def read_mail(engine: Any, quiet: bool = False) -> None:
    """Read brokers' answers from the IMAP mailbox, if one is configured. A mailbox that cannot be
    reached is reported and the run goes on: the answers wait for the next run."""
    try:
        counts = await engine.read_mail()
    except (TransientError, MachineFault, StoreError, OSError) as e:
        what = fault_message(e).split(";")[0] if isinstance(e, OSError) else str(e)
        print(f"mailbox not read this time: {what}", file=sys.stderr)
        return
    acted = {k: n for k, n in counts.items() if k not in ("unmatched", "unreadable")}
    if acted and not quiet:
        print("mailbox: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(acted.items())),
              file=sys.stderr)


async def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if args.due:
        return await cmd_run_due(args, settings)
    async with open_app(settings, warn=warn) as app:
        recipes, letters = app.selection(args.broker or None)
        if letters and not args.json:
            # without a mail account, hundreds of registry brokers would each become a letter for a
            # person to send by hand: leave them until one is configured (or asked for by --broker)
            print(f"{len(letters)} broker(s) that take requests by e-mail are left out: configure "
                  "mail.smtp_host and mail.from_address (see README, \"E-mail\")", file=sys.stderr)
        people = await app.resolve(args.person) or [p.id for p in await app.people()]
        if not people:
            print("no people yet: optout person add PROFILE.toml", file=sys.stderr)
            return 2
        for bad, err in app.catalogue.errors.items():
            print(f"recipe skipped: {err}", file=sys.stderr)
        preflight(settings.data_dir, settings.worker.min_free_mb)
        await refuse_if_lost(app, getattr(args, "accept_lost_requests", False))
        await app.prepare(people, recipes)
        now = app.clock.now()
        browser = await app.early_browser(recipes)  # Chromium starts while the engine is imported
        from optout.engine import Engine
        from optout.worker import drain

        engine = Engine(settings, app.store, app.vault, app.catalogue, app.clock, browser=browser)
        total = len([c for c in await app.store.cases() if c.person_id in people
                     and c.broker_id in {r.id for r in recipes} and c.next_action_at and c.next_action_at <= now])

        def progress(before: Case, after: Case, done: int, running: int) -> None:
            if args.json:
                return
            arrow = f"{before.state.value} → {after.state.value}"
            line = f"[{done}/{max(total, done)}] {after.broker_id:<14} {after.person_id}  {arrow}"
            if after.last_error and after.state in (CaseState.NEEDS_HUMAN, CaseState.FAILED):
                line += f"  ({after.last_error[:70]})"
            print(line, file=sys.stderr, flush=True)

        if not args.json:
            print(f"running {total} due case(s) for {len(people)} person(s) across {len(recipes)} broker(s)"
                  + (" against the broker lab" if settings.lab_url else ""), file=sys.stderr)
            if any(channel_of(r) == "email" for r in recipes):  # the letters' plan, before they go
                print(f"letters: {(await app.letter_plan(recipes)).summary()} (optout letters plan)", file=sys.stderr)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        try:
            await read_mail(engine, quiet=args.json)  # answers that came since the last run
            summary = await drain(engine, person_ids=people, broker_ids=[r.id for r in recipes],
                                  concurrency=args.concurrency, progress=progress, stop=stop, grace=args.grace)
            if not summary.fault:
                await read_mail(engine, quiet=args.json)  # and any that came while it ran
        finally:
            await engine.close()
        if summary.fault:
            return stopped_by_fault(settings, summary)
        now = app.clock.now()
        rows = [case_row(c, now) for c in await app.store.cases() if c.person_id in people
                and c.broker_id in {r.id for r in recipes}]
        if args.json:
            print(json.dumps({"processed": summary.processed, "cases": rows}, indent=2, default=str))
        else:
            print(table(rows, STATUS_COLUMNS))
            counts = ", ".join(f"{k}: {v}" for k, v in sorted(summary.by_state.items()))
            print(f"\n{summary.processed} case(s) processed ({counts or 'none'})")
    return 0


def stopped_by_fault(settings: Settings, summary: Any) -> int:
    """A run stopped by a fault of this machine: one line on what, one on how to recover; exit 2."""
    print(f"optout: stopped after {summary.processed} case(s): {summary.fault}", file=sys.stderr)
    print(f"optout: to recover: {recovery_hint(settings.data_dir)}", file=sys.stderr)
    return 2


def _stop_on_signals() -> asyncio.Event:
    """SIGTERM/SIGINT set the returned event (stop claiming, finish or hand back what is held)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    return stop


async def cmd_run_due(args: argparse.Namespace, settings: Settings) -> int:
    """``optout run --due``: one pass over the cases due now, for cron or a systemd timer. Quiet
    (one summary line; per-case lines only on a terminal); exit 0 unless something is really wrong
    (a bad setting, an unreadable store): a case that failed is recorded, not an error of the run."""
    from optout.engine import Engine
    from optout.worker import drain

    async with open_app(settings, warn=warn) as app:
        engine = Engine(settings, app.store, app.vault, app.catalogue, app.clock)
        tty = sys.stderr.isatty() and not args.json

        def progress(before: Case, after: Case, done: int, running: int) -> None:
            if tty:
                print(f"[{done}] {after.broker_id:<14} {after.person_id}  {before.state.value} → {after.state.value}",
                      file=sys.stderr, flush=True)

        try:
            preflight(settings.data_dir, settings.worker.min_free_mb)
            await refuse_if_lost(app, getattr(args, "accept_lost_requests", False))
            await read_mail(engine, quiet=True)  # a due pass also reads brokers' answers
            summary = await drain(engine, person_ids=args.person or None, broker_ids=args.broker or None,
                                  concurrency=args.concurrency, progress=progress, stop=_stop_on_signals(),
                                  grace=args.grace)
            if not summary.fault:
                await read_mail(engine, quiet=True)
        finally:
            await engine.close()
        if summary.fault:
            return stopped_by_fault(settings, summary)
        if args.json:
            print(json.dumps({"processed": summary.processed, "by_state": dict(summary.by_state),
                              "deferred": summary.deferred, "handed_back": summary.handed_back}))
        else:
            print(f"optout run --due: {summary.line()}")
    return 0


async def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from optout.engine import Engine
    from optout.worker import serve

    async with open_app(settings, warn=warn) as app:
        engine = Engine(settings, app.store, app.vault, app.catalogue, app.clock)
        stop = _stop_on_signals()
        preflight(settings.data_dir, settings.worker.min_free_mb)
        await refuse_if_lost(app, getattr(args, "accept_lost_requests", False))
        print("optout worker running; SIGTERM or Ctrl-C stops it after the cases in hand", file=sys.stderr)
        try:
            total = await serve(engine, stop=stop, max_sleep=args.poll, grace=args.grace,
                                concurrency=args.concurrency, on_pass=lambda s: print(
                                    f"{dt.datetime.now():%H:%M:%S} {s.line()}", file=sys.stderr, flush=True))
        finally:
            await engine.close()
    print(f"optout worker stopped: {total.line()}", flush=True)
    return 0


#: More cases than this and ``optout status`` (the table) counts them by state instead of listing
#: them: a million-row table helps no one and takes a minute to print. ``--json`` always lists.
STATUS_LIST_MAX = 10_000


BROKER_COLUMNS = ["broker", "failures", "failing_since", "backing_off_until", "last_error"]


async def broker_rows(app: App, now: dt.datetime, all_: bool = False) -> list[dict[str, Any]]:
    """Brokers that are failing (or, with ``all_``, that ever failed), for ``optout status``."""
    rows = []
    for h in await app.store.broker_health():
        if not all_ and not h.failures and not (h.backoff_until and h.backoff_until > now):
            continue
        rows.append({"broker": h.broker_id, "failures": h.failures,
                     "failing_since": when(h.failing_since, now), "failing_since_at": h.failing_since,
                     "backing_off_until": when(h.backoff_until, now) if h.backoff_until and h.backoff_until > now
                     else "-", "backoff_until_at": h.backoff_until, "last_error": (h.last_error or "")[:90]})
    return rows


async def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings, warn=warn) as app:
        now = app.clock.now()
        if args.brokers:  # broker health: the ones failing, and until when every worker leaves them alone
            emit(args, await broker_rows(app, now, all_=True), BROKER_COLUMNS)
            return 0
        person = (await app.find(args.person)).id if args.person else None
        if not (args.json or args.all):  # the counts come from an index: cheap on any store
            counts = await app.store.summary(person_id=person, broker_id=args.broker)
            if sum(counts.values()) > STATUS_LIST_MAX:
                print(status_summary(counts))
                return 0
        cases = await app.store.cases(person_id=person, broker_id=args.broker)
        emit(args, [case_row(c, now) for c in cases], STATUS_COLUMNS)
        failing = await broker_rows(app, now)
        if failing and not args.json:
            print(f"\n{len(failing)} broker(s) failing (every worker backs off; `optout status --brokers --json`):")
            print(table(failing, BROKER_COLUMNS))
    return 0


def status_summary(counts: dict[CaseState, int]) -> str:
    """The status of a store too big to list: cases by state, and how to see some of them."""
    rows = [{"state": state.value, "cases": f"{n:,}"} for state, n in counts.items() if n]
    return (f"{sum(counts.values()):,} cases: more than {STATUS_LIST_MAX:,}, so counted by state; list some "
            f"with --person ID or --broker ID, or all of them with --all or --json\n\n"
            + table(rows, ["state", "cases"]))


async def cmd_human(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings, warn=warn) as app:
        rows = await app.human_tasks(show=args.show)
        if args.json:
            print(json.dumps(rows, indent=2))
        elif not rows:
            print("nothing waits for a person")
        else:
            for r in rows:
                print(f"case {r['case']}  {r['broker']}  {r['person']}  [{r['kind']}]")
                for k in ("reason", "url", "instructions"):
                    if r[k]:
                        print(f"    {k}: {r[k]}")
                for li in r["listings"]:
                    shown = li.get("listing", {})
                    what = (f"{shown.get('name')}, age {shown.get('age') or '?'}, "
                            f"{'; '.join(shown.get('locations', []) + shown.get('past_locations', []))}"
                            if shown else "(details: optout human --show)")
                    print(f"    listing {li['id']}: confidence {li['confidence']:.2f}: {what}")
                if r["screenshot"]:
                    print(f"    screenshot: optout evidence {r['case']} --export DIR  (stored sealed)")
                print(f"    when done: optout resume {r['case']}\n")
    return 0


async def cmd_resume(args: argparse.Namespace, settings: Settings) -> int:
    async with open_app(settings, warn=warn) as app:
        if args.done:
            await app.done(args.case)
        else:
            await app.retry(args.case, match=args.match, no_match=args.no_match)
        print(f"case {args.case} will be checked on the next run")
    return 0


async def cmd_evidence(args: argparse.Namespace, settings: Settings) -> int:
    """List a case's evidence; with --export, decrypt it into a private folder for a person to read."""
    async with open_app(settings, warn=warn) as app:
        rows = await app.export_evidence(args.case, args.export)
        emit(args, rows, ["id", "kind", "step", "at", "sha256"] + (["exported"] if args.export else ["path"]))
    return 0


async def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """Readable reports (HTML, and PDF) for one person or, with --all, everyone plus a summary."""
    from optout.report import write_reports

    async with open_app(settings, warn=warn) as app:
        if args.all:
            ids = [p.id for p in await app.store.people()]
        elif args.person:
            ids = [(await app.find(args.person)).id]  # an id, a label or a name
        else:
            raise OptoutError("report: give a person (id, label or name), or --all")
        quiet = args.json or not sys.stderr.isatty()
        done = 0

        def progress(pid: str) -> None:
            nonlocal done
            done += 1
            if not quiet:
                print(f"\r  report {done}/{len(ids)}", end="", file=sys.stderr, flush=True)

        files, org = await write_reports(settings, app.store, app.vault, app.catalogue, app.clock.now(), ids,
                                         args.out, lang=args.lang, pdf=not args.no_pdf, organisation=args.all,
                                         progress=progress)
        if not quiet:
            print(file=sys.stderr)
        rows = [{"person": f.person_id, "brokers": len(f.report.sections),
                 "removed": f.report.counts().get("removed", 0), "html": str(f.html),
                 "pdf": str(f.pdf) if f.pdf else None} for f in files]
        emit(args, rows, ["person", "brokers", "removed", "html", "pdf"])
        if org and not args.json:
            print(f"organisation summary: {org}")
    return 0


async def cmd_drop(args: argparse.Namespace, settings: Settings) -> int:
    """California's DROP: how to file, the reference and date, what the state shows per broker."""
    from optout.legal import drop

    async with open_app(settings, warn=warn) as app:
        now = app.clock.now()
        args.person = (await app.find(args.person)).id  # an id, a label or a name
        if args.drop_cmd == "guide":
            print(drop.HOW_TO_FILE.format(url=drop.URL, person=args.person))
            return 0
        if args.drop_cmd == "record":
            f = await drop.record_filing(app.store, app.vault, args.person, args.reference, args.filed, now)
        elif args.drop_cmd == "status":
            if args.broker not in app.catalogue.recipes:
                raise OptoutError(f"drop status: no recipe {args.broker!r}")
            st = drop.parse_status(args.status, "drop status")
            f = await drop.set_statuses(app.store, app.vault, args.person, {args.broker: st}, "person", now)
        elif args.drop_cmd == "import":
            found = drop.import_statuses(args.file, app.catalogue.recipes)
            f = await drop.set_statuses(app.store, app.vault, args.person, found, "import", now)
            print(f"{len(found)} broker status(es) imported from {args.file}")
        else:
            _, f = await drop.load(app.store, app.vault, args.person)
            if f is None:
                print(f"no DROP filing recorded for {args.person}; see: optout drop guide {args.person}")
                return 0
        covered = [r for r in app.recipes() if r.drop_covers]
        held = [r.id for r in covered if drop.holds((await drop.load(app.store, app.vault, args.person))[0], f, r,
                                                    settings.drop.hold_letters)]
        if args.json:
            print(json.dumps({"reference": f.reference, "filed_on": f.filed_on.isoformat(),
                              "next_cycle": f.next_cycle(now.date()).isoformat(), "statuses": f.statuses,
                              "letters_held_for": held}, indent=2))
        else:
            print(f"DROP reference {f.reference}, filed {f.filed_on.isoformat()}; brokers fetch it again by "
                  f"{f.next_cycle(now.date()).isoformat()}; letters held back for {len(held)} broker(s)"
                  + ("" if settings.drop.hold_letters else " (drop.hold_letters is off)"))
            rows = [{"broker": rid, **v} for rid, v in sorted(f.statuses.items())]
            if rows:
                print(table(rows, ["broker", "status", "on", "source"]))
    return 0


async def cmd_agent(args: argparse.Namespace, settings: Settings) -> int:
    """The organisation as a person's authorised agent: the form to sign, the signed file, sealed."""
    from optout.legal import agent

    if not settings.agent.name:
        raise OptoutError("agent: set agent.name (and agent.address, agent.email) in the settings first")
    async with open_app(settings, warn=warn) as app:
        pid = (await app.find(args.person)).id
        key, person = await app.open_person(pid)
        if args.agent_cmd == "form":
            print(agent.form(person.full_name, settings.agent))
            return 0
        if args.agent_cmd == "authorise":
            auth = agent.read_signed(args.file, args.signed, app.clock.now().date())
            await agent.save(app.store, key, pid, auth, app.clock.now())
        auth = await agent.load(app.store, key, pid)
        row = {"person": pid, "agent": settings.agent.name,
               "signed_on": auth.signed_on.isoformat() if auth else None,
               "sha256": auth.sha256[:16] if auth else None}
        emit(args, [row], ["person", "agent", "signed_on", "sha256"])
    return 0


async def cmd_letters(args: argparse.Namespace, settings: Settings) -> int:
    """``optout letters plan``: the letters still to send, per day and account, and when they end."""
    async with open_app(settings, warn=warn) as app:
        plan = await app.letter_plan()
        if args.json:
            print(json.dumps({"start": plan.start.isoformat(), "pending": plan.pending, "held": plan.held,
                              "accounts": [{"name": n, "daily_cap": c} for n, c in plan.accounts],
                              "days": plan.rows(), "finish": plan.finish.isoformat() if plan.finish else None},
                             indent=2))
            return 0
        print(plan.summary())
        rows = plan.rows()
        if rows:
            shown = rows if len(rows) <= 14 else rows[:7] + [{"day": "…"}] + rows[-3:]
            print(table(shown, ["day", "date", *[n for n, _ in plan.accounts], "letters"]))
    return 0


async def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    """``optout backup DIR``: what a backup must hold, taken consistently while workers run: the
    store as one file (SQLite's online backup API: every commit, the WAL's included), the vault's
    wrapped keys (vault.json) and the sealed evidence. Not the master key: keep it apart."""
    import shutil

    from optout.files import is_link, private_dir

    dest: Path = args.dir
    if is_link(dest) or (dest.exists() and any(dest.iterdir())):
        raise OptoutError(f"{dest}: give a new or empty folder (not a link) for the backup")
    async with open_app(settings, warn=warn) as app:
        if not hasattr(app.store, "backup"):
            raise OptoutError("a PostgreSQL store is backed up with PostgreSQL's tools (pg_dump); "
                              "copy vault.json and the evidence folder with it")
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
    print(f"backup in {dest}: the store (one consistent file), vault.json and {files} evidence file(s).")
    print("Not in it: the master key (passphrase, vault.key or keyring): keep it apart. To restore, "
          "put these back in an empty data directory (see docs/BACKUP.md).")
    return 0


async def cmd_recipe(args: argparse.Namespace, settings: Settings) -> int:
    from optout.recipe import kit_cli

    if args.recipe_cmd in kit_cli.KIT_COMMANDS:  # new, record, schema, docs
        return await kit_cli.run(args, settings)
    catalogue = open_catalogue(settings)
    if args.recipe_cmd == "list":  # from the index alone: no recipe is parsed
        rows = [{"id": e.id, "name": e.name, "channel": e.channel, "scan": e.scan or "-", "health": e.health,
                 "verified": e.verified_on or "-", "family": e.family or e.via or ""}
                for e in catalogue.entries()]
        emit(args, rows, ["id", "name", "scan", "channel", "health", "verified", "family"])
        for err in catalogue.errors.values():
            print(f"broken: {err}", file=sys.stderr)
        return 1 if catalogue.errors else 0
    from optout.recipe.check import check_recipes

    return await check_recipes(catalogue, args.ids, settings, as_json=args.json)


async def cmd_lab(args: argparse.Namespace, settings: Settings) -> int:
    from optout.lab import serve_forever
    from optout.person import load_person

    people = []
    for item in args.person or []:
        key, sep, path = item.partition("=")
        if not sep:
            raise OptoutError(f"--person {item!r}: expected KEY=PROFILE, e.g. alex=examples/people/alex.toml")
        people.append((key, load_person(path)))
    lo, _, hi = (args.latency or "0-0").partition("-")
    try:
        latency = (float(lo), float(hi or lo))
    except ValueError:
        raise OptoutError(f"--latency {args.latency!r}: expected milliseconds like 300-800") from None
    with contextlib.suppress(asyncio.CancelledError):
        await serve_forever(port=args.port, people=people, data_dir=settings.data_dir / "lab", latency_ms=latency)
    return 0


async def cmd_key(args: argparse.Namespace, settings: Settings) -> int:
    """``key show``: what protects the vault. ``key rotate``: a new master key; every person's data
    key is re-wrapped (nothing else is re-encrypted), crash-safely (see optout/vault.py)."""
    from optout.vault import KeySource, describe, new_source, rotate

    if args.key_cmd == "show":
        if not (settings.data_dir / "vault.json").exists():
            raise OptoutError(f"no vault in {settings.data_dir}: run `optout init` first")
        info = describe(settings.data_dir)
        emit(args, [info], list(info))
        return 0
    async with open_app(settings, warn=warn) as app:
        # an interrupted rotation is finished with the key it had already made
        new = KeySource() if describe(settings.data_dir)["rotation_pending"] else new_source(settings, args.to)
        done = await rotate(settings.data_dir, app.vault, app.store, new, progress=None if args.json else (
            lambda n, total: print(f"\r[{n}/{total}] data keys re-wrapped", end="", file=sys.stderr, flush=True)))
        if args.json:
            print(json.dumps(done))
        else:
            print(file=sys.stderr)
            print(("finished an interrupted rotation: " if done["resumed"] else "")
                  + f"new {done['kind']} key; {done['rewrapped']} of {done['people']} person key(s) re-wrapped")
    return 0


# ---- parser ---------------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="optout", description="Remove a person's records from data brokers, and keep them removed.")
    p.add_argument("--version", action="version", version=f"optout {__version__}")
    p.add_argument("--data-dir", type=Path, help="where the store, vault and evidence live")
    p.add_argument("--lab", metavar="URL", help="run against the broker lab at URL (OPTOUT_LAB_URL)")
    p.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    sub = p.add_subparsers(dest="cmd", required=True)

    sub.add_parser("init", help="create the data directory, vault and store")

    pp = sub.add_parser("person", help="add, list or remove people")
    psub = pp.add_subparsers(dest="person_cmd", required=True)
    a = psub.add_parser("add", help="add people from profile files (.toml/.yaml)")
    a.add_argument("files", nargs="+")
    a.add_argument("--json", action="store_true")
    pl = psub.add_parser("list")
    pl.add_argument("--names", action="store_true", help="show names (they are personal data)")
    pl.add_argument("--json", action="store_true")
    pr = psub.add_parser("remove", help="delete a person and all their cases and evidence")
    pr.add_argument("id")

    r = sub.add_parser("run", help="run every due case now, with progress, then exit")
    r.add_argument("--person", action="append", help="only this person id (repeatable)")
    r.add_argument("--broker", action="append", help="only this broker id (repeatable)")
    r.add_argument("--concurrency", type=int, help="cases at once (worker.concurrency)")
    r.add_argument("--json", action="store_true", help="print the result as JSON")
    r.add_argument("--due", action="store_true",
                   help="one quiet pass over the cases already due (for cron or a systemd timer), then exit")
    r.add_argument("--grace", type=float, default=30.0, metavar="SECONDS",
                   help="on SIGTERM, how long running cases may take to finish before they are handed back")

    r.add_argument("--accept-lost-requests", action="store_true",
                   help="go on with a store that lost recorded requests (a restore without its -wal)")

    w = sub.add_parser("worker", help="keep running: recheck cases as they fall due")
    w.add_argument("--accept-lost-requests", action="store_true", help=argparse.SUPPRESS)
    w.add_argument("--concurrency", type=int, help="cases at once (worker.concurrency)")
    w.add_argument("--poll", type=float, default=60.0, metavar="SECONDS",
                   help="longest sleep between looks at the store (new people, a moved lab clock)")
    w.add_argument("--grace", type=float, default=30.0, metavar="SECONDS",
                   help="on SIGTERM, how long running cases may take to finish before they are handed back")

    s = sub.add_parser("status", help="every case: state, since when, next action")
    s.add_argument("--person")
    s.add_argument("--broker")
    s.add_argument("--json", action="store_true")
    s.add_argument("--all", action="store_true", help=f"list every case, even more than {STATUS_LIST_MAX:,}")
    s.add_argument("--brokers", action="store_true", help="broker health: failures and back-off, not cases")

    h = sub.add_parser("human", help="what only a person can do (CAPTCHA, ID, phone, uncertain match)")
    h.add_argument("--show", action="store_true", help="show uncertain listings' details (personal data)")
    h.add_argument("--json", action="store_true")

    rs = sub.add_parser("resume", help="a person has acted on a case: check it again on the next run")
    rs.add_argument("case", type=int)
    how = rs.add_mutually_exclusive_group()
    how.add_argument("--done", action="store_true", help="the person completed the removal by hand")
    how.add_argument("--match", type=int, nargs="+", metavar="LISTING",
                     help="these uncertain listings are this person: request their removal")
    how.add_argument("--no-match", action="store_true", help="none of the uncertain listings is this person")

    ev = sub.add_parser("evidence", help="a case's evidence; --export decrypts it into a folder")
    ev.add_argument("case", type=int)
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
    dg.add_argument("person")
    drr = dsub.add_parser("record", help="the reference and date the state gave the person")
    drr.add_argument("person")
    drr.add_argument("--reference", required=True)
    drr.add_argument("--filed", required=True, type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    drs = dsub.add_parser("status", help="what the state shows for one broker")
    drs.add_argument("person")
    drs.add_argument("broker", help="recipe id")
    drs.add_argument("status", help="pending, deleted, opted_out, not_found, exempt, refused, other")
    dri = dsub.add_parser("import", help="statuses from a CSV with broker and status columns")
    dri.add_argument("person")
    dri.add_argument("file", type=Path)
    drw = dsub.add_parser("show")
    drw.add_argument("person")
    for x in (drr, drs, dri, drw):
        x.add_argument("--json", action="store_true")

    ag = sub.add_parser("agent", help="act as a person's authorised agent: the form, the signed authorisation")
    asub = ag.add_subparsers(dest="agent_cmd", required=True)
    af = asub.add_parser("form", help="print the authorisation for the person to sign")
    af.add_argument("person")
    aa = asub.add_parser("authorise", help="keep the signed authorisation (PDF, PNG or JPEG), sealed")
    aa.add_argument("person")
    aa.add_argument("file", type=Path)
    aa.add_argument("--signed", required=True, type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    aw = asub.add_parser("show")
    aw.add_argument("person")
    for x in (aa, aw):
        x.add_argument("--json", action="store_true")

    lt = sub.add_parser("letters", help="e-mail letters: the plan (how many, per day and account, done by when)")
    lsub = lt.add_subparsers(dest="letters_cmd", required=True)
    lp = lsub.add_parser("plan", help="letters pending, at the caps, finished by when")
    lp.add_argument("--json", action="store_true")

    bk = sub.add_parser("backup", help="copy the store, vault.json and evidence into a new folder, consistently")
    bk.add_argument("dir", type=Path, metavar="DIR")

    rc = sub.add_parser("recipe", help="list, check, scaffold, record and document broker recipes")
    rsub = rc.add_subparsers(dest="recipe_cmd", required=True)
    rl = rsub.add_parser("list")
    rl.add_argument("--json", action="store_true")
    rk = rsub.add_parser("check", help="validate recipes and run their own tests offline")
    rk.add_argument("ids", nargs="*")
    rk.add_argument("--json", action="store_true")
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

    lb = sub.add_parser("lab", help="run the broker lab in the foreground")
    lb.add_argument("--port", type=int, default=8700)
    lb.add_argument("--person", action="append", metavar="KEY=PROFILE", help="seed a person (repeatable)")
    lb.add_argument("--latency", help="added latency per response in ms, e.g. 300-800")
    return p


COMMANDS = {
    "init": cmd_init, "person": cmd_person, "run": cmd_run, "worker": cmd_worker, "status": cmd_status,
    "human": cmd_human, "resume": cmd_resume, "evidence": cmd_evidence, "report": cmd_report, "drop": cmd_drop,
    "agent": cmd_agent, "letters": cmd_letters, "recipe": cmd_recipe, "lab": cmd_lab, "key": cmd_key,
    "backup": cmd_backup,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    overrides: dict[str, Any] = {}
    if args.data_dir:
        overrides["data_dir"] = args.data_dir
    if args.lab:
        overrides["lab_url"] = args.lab
    try:
        settings = Settings(**overrides)
    except Exception as e:  # pydantic's ValidationError: name the setting, not the value
        errs = getattr(e, "errors", lambda: [])()
        what = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg'].removeprefix('Value error, ')}"
                         for x in errs) or type(e).__name__
        print(f"optout: bad setting: {what}", file=sys.stderr)
        return 2
    for line in Settings.unknown_environment():
        print(f"optout: {line}", file=sys.stderr)
    configure_logging("debug" if args.verbose else settings.log_level,
                      settings.log_format)
    try:
        return asyncio.run(COMMANDS[args.cmd](args, settings))
    except OptoutError as e:
        print(f"optout: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # a fault of this machine no layer above could act on: one line, no traceback
        print(f"optout: {fault_message(e).split(';')[0]}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
