"""What happens to one case when it is due: scan, decide, submit, and record the outcome.

A case's life (docs/ARCHITECTURE.md)::

    new ─scan→ not_found ─(recheck)→ scan again
        ─scan→ found ─submit→ submitted|confirmed ─(confirmation scan)→ removed
                                                    └→ still listed → submit again (max_attempts)
        removed ─(recheck)→ relisted → submit again
        any → needs_human (CAPTCHA, ID, phone, uncertain match) · failed (a reason a person can act on)

Only a scan after a request that shows no listing that could be the person (:func:`proves_removal`:
none the matcher calls a match or is unsure of, none a person said is them) makes a case
``removed``; one it is unsure of goes to a person with the listings. A broker's "done" page or
e-mail makes it ``confirmed`` at most. The engine never names a broker: all it knows of one is its
recipe.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import errno
import hashlib
import json
import random
import sys
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from optout._marks import mark
from optout.clock import Clock, ClockWatch
from optout.diskspace import release_reserve
from optout.errors import (BotWall, BrowserUnavailable, ConfigError, DiskFull, MachineFault, MissingPersonField,
                           NeedsHuman, OptoutError, StepError, StoreError, TransientError, UnknownRecord)
from optout.faults import fault_message
from optout.files import image_media_type, private_dir, write_private
from optout.legal import drop
from optout.log import Held, bind_contextvars, get_logger, redact_values, unbind_contextvars
from optout.mail import FOLLOW_UP, mail_source
from optout.person import Person, parse_person
from optout import clinic, reasons, schedule
from optout.ratelimit import SharedRateLimiter
from optout.recipe.loader import Catalogue
from optout.recipe.schema import Recipe
from optout.retry import longest_wait, retry_now
from optout.settings import Settings
from optout.steps.extract import Listing, extract_listings, listing_values
from optout.steps.runner import Flow, keep_page, run_steps
from optout.store import NOTHING_SENT, Case, CaseState, Finish, Request, Store
from optout.vault import PersonKey, Vault, listing_key

if TYPE_CHECKING:
    from pathlib import Path

    from optout.channels.browser import BrowserChannel
    from optout.channels.http import HttpChannel
    from optout.mail import MailFlow
    from optout.matching import Match

log = get_logger(__name__)
S = CaseState


#: Step labels of the scan pages kept as evidence (the report's "before" and "after").
SCAN_FOUND = "scan (found)"
SCAN_AFTER = "scan (after)"
SCAN_STILL = "scan (still listed)"
#: The scan pages kept as evidence (:func:`scan_label`): each kept once per search, even when a
#: killed search's page is there already (``Engine._kept_since_last_event``).
SCAN_LABELS = frozenset({SCAN_FOUND, SCAN_AFTER, SCAN_STILL})
_CONFIRMING = (CaseState.SUBMITTED, CaseState.CONFIRMED, CaseState.WAITING_PARENT)


def could_be_them(decision: str, answer: Any = None) -> bool:
    """Whether a listing may be the person: a remembered answer about its record says (``them``,
    optout.answers.Answer), else the matcher's ``match`` or ``uncertain`` does. The one rule of
    "removed" (:func:`proves_removal`)."""
    return bool(answer.them) if answer is not None else decision in ("match", "uncertain")


def proves_removal(found: list[tuple[Listing, Match]], told: dict[str, Any] | None = None) -> bool:
    """Whether a search after a request proves the removal: it shows no listing that could be
    the person (:func:`could_be_them`; ``told``: the remembered answers by listing key). A
    listing the matcher is unsure of, or one a person said is them, keeps the case from
    ``removed``: "removed" means a later search proved it (BRIEF, the core promise). Every
    place that records ``removed`` (the confirmation scan, the check of an interrupted request,
    the recheck) asks this; the report and the status counts read the state it gave."""
    told = told or {}
    return not any(could_be_them(m.decision, told.get(li.key)) for li, m in found)


def answered_decision(decision: str, answer: Any = None) -> str:
    """A listing's decision on this case: a person's remembered answer about its record
    (optout.answers.Answer: ``match`` for "this is them", ``no_match`` for "not them") over the
    matcher's ``decision``. What the store keeps of a listing and what a "not found" counts as
    rejected read it, so a card a person rejected is never counted as recognised."""
    return decision if answer is None else "match" if answer.them else "no_match"


def scan_label(state: CaseState, decisions: list[str]) -> str | None:
    """Which scan page is worth keeping, from the case's state before the scan and the decisions
    on what it listed: None for a routine recheck that found nobody. After a request, a page
    that still shows a listing that could be the person (sure or unsure) is "still listed",
    never the "after" page that proves a removal."""
    seen = any(d in ("match", "uncertain") for d in decisions)
    if state in _CONFIRMING:
        return SCAN_STILL if seen else SCAN_AFTER
    return SCAN_FOUND if seen else None


#: Events that say a request went out (the engine's form, a letter, a follow-up): after one, a
#: still-listed search answers that request, not a person's "I did it" from before it.
SUBMISSIONS = frozenset({"submitted", "in_doubt", "letter_sent", "letter_printed", "letter_in_doubt",
                         "follow_up_sent"})


def done_still_listed(events: list[Any]) -> Any | None:
    """The person's "I did it" (``optout done``: a ``resumed`` event with ``done``) that a later
    search answered with the listing still there, or None. Only the last such "done" counts, and
    only when no request went out (:data:`SUBMISSIONS`) and no search proved a removal (an event
    whose state is ``removed``) between it and that search, nor after that search: a "still
    listed" that followed our own request, or a removal proven since, is no answer to what the
    person did. ``events``: the case's events, oldest first (``Store.events``)."""
    still = False
    for e in reversed(events):
        if e.kind == "still_listed":
            still = True
        elif e.kind == "resumed" and (e.data or {}).get("done"):
            return e if still else None
        elif e.kind in SUBMISSIONS or e.state == S.REMOVED.value:
            return None
    return None


@dataclass
class Loaded:
    person: Person
    key: PersonKey


def still_listed_instructions(person: Person, recipe: Recipe, on: dt.date) -> tuple[str, str]:
    """What a person does about a broker that still lists the client after every request, in
    English and Spanish: contact the broker, then complain to the office that takes complaints
    under the law the client's residence gives (``choose_law``: their state's Attorney General, the
    California Privacy Protection Agency, a European data protection authority...), named as the
    mail flow's follow-ups name it (``Law.complaint_in``)."""
    from optout.mail import choose_law

    law = choose_law(person, recipe, on)
    return tuple(f"{reasons.text('instructions:still_listed', lang)} {law.complaint_in(lang)}"  # type: ignore[return-value]
                 for lang in ("en", "es"))


class _CaseBrowser:
    """The browser page of the case being processed: its scan and its removal run in one browser
    context (one person, one broker, one case), which saves a context and a renderer per case.
    Closed when the case ends, and after any flow that raised, so that a retry starts afresh."""

    def __init__(self) -> None:
        self.page: Any = None
        self.broker: str | None = None
        self._stack = contextlib.AsyncExitStack()

    async def open(self, channel: Any, broker: str, domains: list[str]) -> Any:
        if self.page is not None and self.broker == broker:
            self.page.new_flow()  # the removal's own "submitted" and error record
            return self.page
        await self.close()
        self.page = await self._stack.enter_async_context(channel.page(broker, domains))
        self.broker = broker
        return self.page

    async def close(self) -> None:
        self.page = self.broker = None
        stack, self._stack = self._stack, contextlib.AsyncExitStack()
        await stack.aclose()


#: What a scan's first listing read and score import beyond the engine (phonenumbers, regex,
#: nicknames, usaddress's model, the matcher: ~0.05 CPU-s): the tables' thread imports them while the
#: first page waits on the broker, not the engine's import beside Chromium's launch nor the event
#: loop at the first case (issue 15; tests/test_startup.py holds the engine's import to none of them).
FIRST_SCORE_MODULES = ("phonenumbers", "regex", "nicknames", "usaddress", "optout.matching", "optout.matching.page")


def _read_matcher_tables(cache_dir: Path | None = None) -> None:
    import importlib

    for name in FIRST_SCORE_MODULES:
        importlib.import_module(name)
    from optout import matching

    matching.preload(cache_dir)  # kept built in the cache directory between runs (p15)


_case_browser: ContextVar[_CaseBrowser | None] = ContextVar("optout_case_browser", default=None)


class Engine:
    """Holds the long-lived parts (store, vault, one browser, one http client) and runs cases."""

    def __init__(self, settings: Settings, store: Store, vault: Vault, catalogue: Catalogue, clock: Clock,
                 *, browser: BrowserChannel | None = None):
        """``browser``: a channel already starting (``BrowserChannel.start_soon``), else one is made
        on first use."""
        self.settings = settings
        self.store = store
        self.vault = vault
        self.catalogue = catalogue
        self.clock = clock
        #: the matcher's tables being read in a thread (:meth:`_warm_soon`), until they are read
        self._warming: asyncio.Future[None] | None = None
        self._warm_started = False
        # from the index: no recipe is parsed until a case of its broker runs
        overrides = {e.id: e.per_minute for e in catalogue.index.values() if e.per_minute}
        # the per-broker pace is held in the store: every worker sharing it shares the limit
        self.limiter = SharedRateLimiter(store, settings.worker.per_broker_per_minute, overrides)
        self._http: HttpChannel | None = None
        self._browser: BrowserChannel | None = browser
        if browser is not None:
            browser.limiter = self.limiter
        self.mail = mail_source(settings, store)  # IMAP, a Maildir, or None
        #: The people open now: each with its log redaction hold, and how many cases or mailbox steps
        #: use them (``opened``); the last to end forgets the person and lets their values go.
        self._people: dict[str, Loaded] = {}
        self._held: dict[str, Held] = {}
        self._users: dict[str, int] = {}
        self._mail_passes = 0
        #: The one pass that rekeys listings stored under the old unsalted key (:meth:`seal_old_listing_keys`)
        self._sealing: asyncio.Future[int] | None = None
        #: Brokers this process knows to be backing off, and until when (also in the store).
        self.backoff: dict[str, dt.datetime] = {}
        #: The first fault of this machine met (a full disk, a read-only folder), one line; the
        #: worker stops claiming when it is set, and clears it before a new pass.
        self.fault: str | None = None
        #: This machine's clock against the store's, read again while it runs (``worker.drain``).
        self.clock_watch = ClockWatch()
        #: Settings found wrong during the pass, by the opt-out channel whose case met it ("email":
        #: the outgoing mail server refused STARTTLS, say), one line each; the worker claims no more
        #: case of that channel, and the run ends naming the setting. Cleared before a new pass.
        self.setting_faults: dict[str, str] = {}
        #: How many cases a wrong setting left as they were in this pass.
        self.setting_held = 0
        self._mailflow: MailFlow | None = None
        self._inbox: Any = None  # the IMAP mailbox replies are read from, opened on first use

    @property
    def mailflow(self) -> MailFlow:
        """The e-mail side's flow (letters, replies, the legal clock), made on first use: a run
        imports SMTP, the reply classifier and the letters only when a letter or a reply needs them,
        not before its first broker request."""
        if self._mailflow is None:
            from optout.mail import MailFlow

            self._mailflow = MailFlow(self)
        return self._mailflow

    @property
    def http(self) -> HttpChannel:
        """The shared http client, made on first use (importing httpx and building its SSL context
        cost ~0.1 s that a run of browser or e-mail brokers never needs)."""
        if self._http is None:
            from optout.channels.http import HttpChannel

            self._http = HttpChannel(self.settings.network, self.settings.effective_proxy, self.limiter)
            if self.settings.browser.render_http_pages:
                self._http.renderer = self.browser.render  # http pages get screenshots as evidence too
        return self._http

    @property
    def browser(self) -> BrowserChannel:
        """The browser channel, made on first use (Playwright is imported then; Chromium starts with
        the first page)."""
        if self._browser is None:
            from optout.channels.browser import BrowserChannel

            self._browser = BrowserChannel(self.settings.browser, self.settings.network,
                                           self.settings.effective_proxy, self.limiter)
        return self._browser

    async def read_mail(self) -> dict[str, int]:
        """One pass over the mailbox (IMAP, or a local Maildir): replies to letters are tied to their
        cases and acted on."""
        mail = self.settings.mail
        if not (mail.imap.host or mail.maildir):
            return {}
        if self._inbox is None:
            if mail.imap.host:
                from optout.mail import ImapMailbox

                self._inbox = ImapMailbox.from_settings(mail.imap, self.settings.data_dir)
            else:
                from optout.mail import MaildirInbox

                assert mail.maildir is not None
                self._inbox = MaildirInbox(mail.maildir)
            await self._inbox.open()
        self._mail_passes += 1
        try:
            # fetched first: an empty mailbox (a run's start, most of a worker's passes) needs no
            # mail flow, and so no letters, SMTP, e-mail parsing or legal tables (issue 15)
            messages = await self._inbox.fetch_new()
            if not messages:
                return {}
            return await self.mailflow.read_inbox(self._inbox, messages)
        except Exception as e:
            import mailbox  # already loaded when it raised its own error: nothing to pay otherwise

            if not isinstance(e, mailbox.Error):
                raise
            # a local Maildir that is not there or not a Maildir (a typo in mail.maildir, a mount not
            # up): a mailbox not read this time, as an IMAP server that does not answer, never a
            # crash of the pass or the worker before any case ran
            raise TransientError(f"mail.maildir: no readable Maildir at the configured path "
                                 f"({type(e).__name__})") from None
        finally:
            self._mail_passes -= 1
            if not self._mail_passes:
                self.forget_idle()  # the people the replies were about, once their lines are written

    async def wait_for_mail(self, timeout: float) -> bool:
        """Until new mail may be in the mailbox (IMAP IDLE where the server has it, else polling),
        or ``timeout`` seconds. False at once when no mailbox is configured."""
        if not self.settings.mail.imap.host:
            return False
        if self._inbox is None:
            await self.read_mail()
        return bool(await self._inbox.wait(timeout))

    async def close(self) -> None:
        if self._inbox is not None:
            await self._inbox.close()
        if self._http is not None:
            await self._http.close()
        if self._browser is not None:
            await self._browser.close()
        if hasattr(self.mail, "close"):
            await self.mail.close()  # type: ignore[union-attr]
        for pid in list(self._people):
            self._forget(pid)

    # ---- people ------------------------------------------------------------------------------------

    async def person(self, person_id: str) -> Loaded:
        """The person opened (once while they are in use), their values held by the log's redactor
        before anything can log them. Outside :meth:`opened` they stay open until
        :meth:`forget_idle` or :meth:`close`."""
        await self._listing_keys_sealed()  # before any stored listing key is compared with a scan's
        if person_id not in self._people:
            blob = await self.store.get_person(person_id)
        if person_id not in self._people:  # not opened by another of their cases meanwhile: one hold
            key, raw = self.vault.open_person(person_id, blob)
            person = parse_person(json.loads(raw), f"person {person_id}")
            self._held[person_id] = redact_values(person.sensitive_values(), person.short_values())
            self._people[person_id] = Loaded(person, key)
        return self._people[person_id]

    async def _listing_keys_sealed(self) -> None:
        """:meth:`seal_old_listing_keys` once in this process, before the first person is opened;
        a pass that failed (the store did not answer) is tried again by the next."""
        task = self._sealing
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = self._sealing = asyncio.ensure_future(self.seal_old_listing_keys())
        await asyncio.shield(task)

    async def seal_old_listing_keys(self) -> int:
        """Rekey the listings an earlier optout stored under the card's unsalted digest (migration
        0009) with :func:`optout.vault.listing_key` under their person's key: the same digest of
        the same ``Listing.key``, so a card seen before the upgrade is the same listing after it
        (not gone, not new, nothing sent again). A person whose key does not open is left for a
        later pass (their cases fail on it anyway). Returns how many keys changed."""
        rows = await self.store.old_listing_keys()
        if not rows:
            return 0
        by_person: dict[str, list[tuple[int, str]]] = {}
        for lid, pid, old in rows:
            by_person.setdefault(pid, []).append((lid, old))
        changed = 0
        for pid, items in by_person.items():
            try:
                key = self._people[pid].key if pid in self._people else \
                    self.vault.open_person(pid, await self.store.get_person(pid))[0]
            except (ConfigError, UnknownRecord):
                log.warning("listing keys of a person left as they were: the person's key does not open",
                            person=pid)
                continue
            # a key already 64 digits long is rekeyed (a process beside this one): only its mark goes
            changed += await self.store.rekey_listings(
                {lid: (old, old if len(old) == 64 else listing_key(key, old)) for lid, old in items})
        log.info("listing keys sealed under each person's key", count=changed)
        return changed

    @contextlib.asynccontextmanager
    async def opened(self, person_id: str) -> AsyncIterator[None]:
        """Use a person (through :meth:`person`) for one case: when the last use of them ends, the
        process forgets them (their profile, key and the values the log redacts), so a
        long-running worker or dashboard does not keep every client it served. Two exceptions keep
        them until :meth:`forget_idle` (called at the end of each worker pass and mailbox read):
        a use that ends in an exception (whoever logs it next must still find the values
        redacted), and a mailbox read in progress (it opens people outside any case)."""
        self._users[person_id] = self._users.get(person_id, 0) + 1
        failed = False
        try:
            yield
        except BaseException:
            failed = True
            raise
        finally:
            self._users[person_id] -= 1
            if not self._users[person_id]:
                del self._users[person_id]
                if not failed and not self._mail_passes:
                    self._forget(person_id)

    def _forget(self, person_id: str) -> None:
        self._people.pop(person_id, None)
        held = self._held.pop(person_id, None)
        if held is not None:
            held.release()

    def forget_idle(self) -> None:
        """Forget every person no case or mailbox step is using (those opened outside :meth:`opened`)."""
        for pid in [p for p in self._people if p not in self._users]:
            self._forget(pid)

    # ---- one case -------------------------------------------------------------------------------------

    async def process(self, case: Case, owner: str) -> Case:
        """Run a claimed case to its next resting state. Never raises for a broker's or a recipe's
        fault: every outcome is recorded, and the lease released. A fault of this machine (a full
        disk, a read-only folder) leaves the case as it was and due again, and is kept in
        :attr:`fault` for the worker to stop on; raises :class:`MachineFault` only when the store
        itself cannot be written (the lease then runs out and the case comes back). A case whose
        person was removed while it ran is dropped without a word to the store."""
        try:
            return await self._process_recorded(case, owner)
        except StoreError as e:
            if not isinstance(e, MachineFault) and await self._gone(case):
                log.info("the person was removed while their case ran; nothing more is done")
                return case
            raise

    async def _gone(self, case: Case) -> bool:
        try:
            await self.store.get_case(case.id)
        except StoreError:
            return True
        return False

    async def _process_recorded(self, case: Case, owner: str) -> Case:
        async with self.opened(case.person_id):
            return await self._process_opened(case, owner)

    async def _process_opened(self, case: Case, owner: str) -> Case:
        bind_contextvars(case=case.id, broker=case.broker_id, person=case.person_id)
        browser = _CaseBrowser()
        token = _case_browser.set(browser)
        try:
            try:
                after = await self._process(case, owner)
            finally:
                _case_browser.reset(token)
                await browser.close()
            await self._broker_ok(case.broker_id)
            return after
        except asyncio.CancelledError:
            with contextlib.suppress(StoreError):
                await asyncio.shield(self.store.release(case.id, owner))
            raise
        except BrowserUnavailable:
            # not this case's fault (no Chromium, or it was killed by the Ctrl-C that stops the run):
            # the case goes back untouched and the run stops (see worker.drain)
            await asyncio.shield(self.store.release(case.id, owner))
            raise
        except NeedsHuman as h:
            await self._broker_ok(case.broker_id)  # the broker answered; a person is needed
            return await self._needs_human(case, owner, h)
        except (TransientError, ConnectionError, TimeoutError) as e:
            msg = str(e) if isinstance(e, TransientError) else f"network error ({type(e).__name__})"
            log.warning("transient error, will retry later", error=msg)
            await self._broker_failed(case.broker_id, msg,
                                      now=self._backs_off_now(e) if isinstance(e, TransientError) else None)
            return await self._record(case, owner, "error", case.state, {"error": msg, "transient": True},
                                      error=True, last_error=msg, why=reasons.of_error(e))
        except (MachineFault, OSError) as e:
            return await self._machine_fault(case, owner, e)
        except ConfigError as e:
            return await self._setting_fault(case, owner, e)
        except OptoutError as e:
            log.info("case failed", error=str(e))  # shown by the CLI's progress; kept in the events
            await self._broker_ok(case.broker_id)  # not the broker being down: no back-off
            data = {"error": str(e)}
            why = reasons.of_error(e)
            if why.code == "missing_info" and why.params.get("field") == "email":
                recipe = self.catalogue.recipes.get(case.broker_id)
                opened = self._people.get(case.person_id)
                if opened is not None and opened.person.post_only:
                    # the client asked for letters only: never "add their e-mail"; a letter, or skip
                    why = reasons.Reason("post_only_email")
                elif recipe is not None and recipe.legal.authorised_agents == "no" and (
                        clinic.contact(self.settings).contact_email or
                        (opened is not None and opened.person.contact_care_of)):
                    why = reasons.Reason("missing_own_email")  # the clinic's address may not stand in
                elif recipe is not None and recipe.legal.authorised_agents != "no" and \
                        recipe.optout.channel in ("browser", "http"):
                    # the clinic's contact e-mail could stand in on this form (``_values``), but none is
                    # set: the task names that setting beside the client's own (trial43: 62 of 147
                    # cases named only ``person edit --add-email``)
                    why = reasons.Reason("missing_email_or_clinic")
            if why.code in ("missing_info", "missing_own_email", "post_only_email", "missing_email_or_clinic"):
                # data the client did not give: a person can act (add it, or skip the broker); said
                # as that, never as a failure of the broker or of optout
                data["missing"] = why.params.get("field", "email")
                return await self._record(case, owner, "failed", S.FAILED, data, why=why)
            return await self._record(case, owner, "failed", S.FAILED, data, last_error=str(e), why=why)
        except Exception as e:  # a bug: record it against the case, keep the batch going
            log.exception("internal error")
            msg = f"internal error ({type(e).__name__}); see the log"
            return await self._record(case, owner, "failed", S.FAILED, {"error": msg}, last_error=msg,
                                      why=reasons.of_error(e))
        finally:
            unbind_contextvars("case", "broker", "person")

    async def _setting_fault(self, case: Case, owner: str, e: ConfigError) -> Case:
        """A setting of ours is wrong (the mail server offers no STARTTLS, refuses the login…): not
        the case's failure nor the broker's, and every case of the same channel would meet it. The
        case keeps its state and is due again; the broker is not backed off; the worker claims no
        more case of that channel (:attr:`setting_faults`), and the run ends naming the setting."""
        msg = str(e)
        recipe = self.catalogue.recipes.get(case.broker_id)
        channel = recipe.optout.channel if recipe is not None else "?"
        if channel not in self.setting_faults:
            log.error("a setting is wrong: the cases that need it wait", error=msg)
        self.setting_faults.setdefault(channel, msg)
        self.setting_held += 1
        return await self._record(case, owner, "error", case.state, {"error": msg, "setting": True},
                                  last_error=msg, at=self.clock.now(), why=reasons.Reason("setting_fault"))

    async def _machine_fault(self, case: Case, owner: str, e: BaseException) -> Case:
        """The case keeps its state and is due now: once the machine is fixed, the next run (or
        ``run --due``) takes it up. The worker stops claiming on :attr:`fault`, so a full disk or a
        read-only folder is not met by every case in turn."""
        msg = fault_message(e)
        if self.fault is None:
            self.fault = msg
        if isinstance(e, DiskFull) or (isinstance(e, OSError) and e.errno == errno.ENOSPC):
            # the reserve's space lets this and the other running cases record how they ended
            release_reserve(self.settings.data_dir)
        log.error("a fault of this machine: the case is left due", error=msg)
        try:
            # a request begun or finished since the case's last event, whose outcome the case never
            # recorded (the fault came in between): treated as sent, as after a crash
            doubt = await self._unaccounted_requests(case)
            if doubt or getattr(e, "request_sent", False):
                # as any submission, its confirmation scan decides (an "error" event here would hide
                # the request from the doubt check, and the next run would send it again)
                # in doubt unless a request is known to have gone out (reasons.records_doubt)
                data = {"error": msg, "machine": True, "in_doubt": bool(doubt) and not getattr(e, "request_sent", False)}
                if doubt and all(r.channel == FOLLOW_UP for r in doubt):
                    # only a follow-up is in doubt: the request itself had gone out (reasons.doubt_of)
                    data["follow_up"] = True
                after = await self._record(case, owner, "submitted", S.SUBMITTED, data,
                                           last_error=msg, attempts=1, why=reasons.Reason("machine_fault"))
                for r in doubt:
                    if r.status == "started":  # after the event, as in _settle_doubt
                        await self.store.finish_request(r.id, "submitted", self.clock.now())
                return after
            return await self._record(case, owner, "error", case.state, {"error": msg, "machine": True},
                                      last_error=msg, at=self.clock.now(), why=reasons.Reason("machine_fault"))
        except StoreError as err:
            # nothing can be recorded: the case's lease runs out and it comes back as it was
            raise MachineFault(fault_message(err)) from None

    async def _process(self, case: Case, owner: str) -> Case:
        recipe = self.catalogue.recipes.get(case.broker_id)
        if recipe is None:
            err = next((str(e) for p, e in self.catalogue.errors.items() if case.broker_id in p), None)
            e = OptoutError(err or f"no recipe {case.broker_id!r} in {', '.join(map(str, self.settings.recipe_dirs))}")
            e.why = reasons.Reason("no_recipe")  # type: ignore[attr-defined]
            raise e
        mark("case: recipe ready")
        loaded = await self.person(case.person_id)
        values = self._values(recipe, loaded.person)
        mark("case: person open")
        doubt = await self._unaccounted_requests(case)
        mark("case: requests checked")
        if doubt and recipe.optout.channel == "email" and recipe.scan is None:
            return await self.mailflow.settle(case, owner, recipe, loaded, doubt)  # the letter kept says
        if doubt:
            return await self._settle_doubt(case, owner, recipe, loaded, values, doubt)

        if schedule.kind_of(recipe) == "request":  # what ``status`` says it waits for (schedule.due_for)
            return await self._submit_without_scan(case, owner, recipe, loaded, values)

        # a record a person already answered about (on another broker, at an earlier scan) is
        # decided by that answer (told), never asked again; a record changed in any identifying fact
        # has another fingerprint and goes to the matcher's decision (optout.answers)
        found, searches, searched, told, ids = await self._scan(case, recipe, loaded, values)
        matched = [(li, m) for li, m in found
                   if (told[li.key].them if li.key in told else m.decision == "match")]
        uncertain = [(li, m) for li, m in found if li.key not in told and m.decision == "uncertain"]
        answered = self._answered_why(told, matched)
        if uncertain and (verdict := await self._person_verdict(case)) is not None:
            # a person looked at the uncertain listings: `optout resume CASE --match ID…` / --no-match
            # the stored keys of the listings they named (a verdict given before the listing keys
            # were keyed names them by the card's plain key: still theirs)
            matched += [(li, m) for li, m in uncertain
                        if listing_key(loaded.key, li.key) in verdict or li.key in verdict]
            uncertain = []
        seen = {"listings": len(found), "matched": len(matched), "uncertain": len(uncertain)}
        if told:
            seen["answered"] = len(told)

        if case.state in (S.SUBMITTED, S.CONFIRMED, S.WAITING_PARENT) and (matched or not uncertain):
            # a confirmation scan: removed only when no listing could be the person (proves_removal:
            # none the matcher or a remembered answer calls them, none it is unsure of); one it is
            # unsure of goes to a person with the listings, below, as at any scan
            if not matched and await self._a_match_went(case):
                return await self._record(case, owner, "rescanned", S.REMOVED, seen, recipe, scan=1)
            if not matched:
                # every card the case had is still listed, now not them (a person said so, t45):
                # nothing was removed; what was searched and seen, as at a first scan
                return await self._not_found(case, owner, recipe, seen, found, searches, searched, told, answered)
            if case.state == S.WAITING_PARENT:
                return await self._record(case, owner, "rescanned", S.WAITING_PARENT, seen, recipe, scan=1)
            if case.attempts >= recipe.cadence.max_attempts:
                en, es = still_listed_instructions(loaded.person, recipe, self.clock.now().date())
                raise NeedsHuman(
                    f"still listed after {case.attempts} requests: the broker's confirmation was not true",
                    kind="still_listed", instructions=en, instructions_es=es,
                    why=reasons.Reason("still_listed_final", {"attempts": case.attempts}))
            # the broker said it was done (or took the request) and still lists the person: say so in
            # the case's note, which every later record of this round keeps, so `status` shows it
            note = (f"still listed after the request of {case.state_since.date().isoformat()}"
                    + (" that the broker confirmed" if case.state == S.CONFIRMED else "")
                    + f"; asked again (request {case.attempts + 1} of {recipe.cadence.max_attempts})")
            why = reasons.Reason("still_listed_confirmed" if case.state == S.CONFIRMED else "still_listed",
                                 {"since": case.state_since.date().isoformat(), "attempt": case.attempts + 1,
                                  "max": recipe.cadence.max_attempts})
            case = await self._record(case, owner, "still_listed", S.FOUND, seen, recipe, scan=1, keep_lease=True,
                                      last_error=note, why=why)
            return await self._submit_all(case, owner, recipe, loaded, values, matched, note=note, why=why, ids=ids)

        if matched:
            if case.state in (S.REMOVED, S.RELISTED):
                # back after a later search had proven it gone: the case's note says so for the whole
                # round (request, confirmation), as a still-listed one's does, so `status`, the
                # dashboard and the report do not show a relisting as a first request
                why = reasons.Reason("relisted", {"since": case.state_since.date().isoformat()})
                case = await self._record(case, owner, "relisted", S.RELISTED, seen, recipe, scan=1, keep_lease=True,
                                          why=why)
                return await self._submit_all(case, owner, recipe, loaded, values, matched, note=why.english, why=why,
                                              ids=ids)
            case = await self._record(case, owner, "found", S.FOUND, seen, recipe, scan=1, keep_lease=True, why=answered)
            return await self._submit_all(case, owner, recipe, loaded, values, matched, why=answered, ids=ids)
        if uncertain:
            because = "; ".join(sorted({r for _, m in uncertain for r in m.reasons}))
            stored = ids  # the scan's listings as it saved them: their ids
            raise NeedsHuman(
                f"{len(uncertain)} listing(s) may be this person ({because})", kind="uncertain_match",
                instructions="Look at each listing and say whether it is this person.",
                instructions_es="Mire cada ficha y diga si es esta persona.",
                details={"listings": [{"id": stored.get(listing_key(loaded.key, li.key)), "confidence": m.confidence, "reasons": m.reasons,
                                       "evidence": m.evidence} for li, m in uncertain]},
                why=reasons.Reason("uncertain_match", {"count": len(uncertain)}))
        # nothing here could be the person (proves_removal): a case that had its request sent (a
        # removed one rechecked, or one a person answered at its confirmation scan) is removed
        # (t45) a case whose cards are all still listed, now someone else's, removed nothing
        gone = (case.state in (S.REMOVED, S.RELISTED) or case.attempts > 0) and await self._a_match_went(case)
        state = S.REMOVED if gone else S.NOT_FOUND
        if state == S.NOT_FOUND:
            return await self._not_found(case, owner, recipe, seen, found, searches, searched, told, answered)
        if answered is not None:  # a removed case whose search shows only strangers a person named
            return await self._record(case, owner, "scanned", state, seen, recipe, scan=1, why=answered)
        return await self._record(case, owner, "scanned", state, seen, recipe, scan=1)

    async def _not_found(self, case: Case, owner: str, recipe: Recipe, seen: dict[str, Any],
                         found: list[tuple[Listing, Match]], searches: tuple[int, Callable[[], int]],
                         searched: list[str], told: dict[str, Any], answered: reasons.Reason | None) -> Case:
        """Record ``not_found``, saying what was searched and seen, so "not listed" ≠ "not
        recognised"; only records a person said are someone else: the reason says so (and when),
        the event keeps what was searched and seen."""
        from optout.matching import not_found_note

        data, note = not_found_note(searched, [replace(m, decision=answered_decision(m.decision, told.get(li.key)))
                                               for li, m in found], searches=searches[0], forms=searches[1]())
        why = answered or reasons.of_not_found(data)
        return await self._record(case, owner, "scanned", S.NOT_FOUND, seen | data, recipe, scan=1,
                                  last_error=None if answered else note, why=why)

    async def _a_match_went(self, case: Case) -> bool:
        """Whether a scan that now recognises nobody proves a removal: "removed" means a card the
        case had as the person's is gone from the broker (its stored listing marked gone, by this
        scan or an earlier one), never that the card is still listed and now someone else's (a
        person's answer, t45), nor that a parent's request covered a stranger's card. A listing a
        person said is someone else (``no_match``) going away proves nothing. A case without any
        stored listing (none kept before listings were) keeps the old reading: removed."""
        listings = await self.store.listings(case.id, include_gone=True)
        if not listings:
            return True
        return any(x.gone_at is not None and x.decision != "no_match" for x in listings)

    async def _remembered(self, loaded: Loaded, found: list[tuple[Listing, Match]]) -> dict[str, Any]:
        """The remembered answers (optout.answers.Answer) that decide listings of this scan, by
        listing key. Only listings the matcher did not reject outright are looked up."""
        if not any(m.decision in ("match", "uncertain") for _, m in found):
            return {}
        from optout.answers import Answers

        answers = await Answers.load(self.store, loaded.key)
        today = self.clock.now().date()
        told = {}
        for li, m in found:
            if m.decision != "no_match" and (a := answers.of(li, today)) is not None:
                told[li.key] = a
        if told:
            log.info("listings decided by a person's earlier answer", count=len(told))
        return told

    @staticmethod
    def _answered_why(told: dict[str, Any], matched: list[tuple[Listing, Match]]) -> reasons.Reason | None:
        """The case's reason when a remembered answer decided it: the person said the listing is
        the client (``answered_them``), or said every listing left is someone else
        (``answered_not_them``); with the day they said it."""
        if not told:
            return None
        them = [told[li.key] for li, _ in matched if li.key in told]
        if them:
            return reasons.Reason("answered_them", {"date": max(a.at for a in them).date().isoformat()})
        if matched:
            return None  # the matcher's own match: the answers only set strangers aside
        return reasons.Reason("answered_not_them", {"date": max(a.at for a in told.values()).date().isoformat()})

    async def _person_verdict(self, case: Case) -> set[str] | None:
        """The listing keys a person said are theirs, if they gave a verdict since the last scan."""
        for e in reversed(await self.store.events(case.id)):
            if e.kind == "resumed" and "match_keys" in e.data:
                return set(e.data["match_keys"])
            # an undone answer (answer_undone) takes the verdict given with it back (t45)
            if e.kind in ("scanned", "found", "rescanned", "human_needed", "answer_undone"):
                return None
        return None

    # ---- scan -----------------------------------------------------------------------------------------

    def _values(self, recipe: Recipe, person: Person) -> dict[str, str]:
        """Only the fields the recipe declares: a broker never receives more (data minimisation)."""
        allowed = set(recipe.inputs)
        values = {k: v for k, v in person.template_values(self.clock.now().date()).items() if k in allowed}
        if "email" in allowed and recipe.optout.channel in ("browser", "http"):
            # a client without an e-mail: the clinic's contact address stands in, for the broker's answer
            # to the client's own request, which the clinic fills in for them (not as their authorised
            # agent: docs/LEGAL.md), unless the broker takes no agents (then the case waits for the
            # client's own: missing_own_email). Never in a letter, where it would pose as the client's.
            # Someone who receives mail for the client (care_of_email) comes first, on the same terms.
            stand_in = clinic.agent_email_for(self.settings, values.get("email"), recipe.legal.authorised_agents,
                                              person.contact_care_of)
            if stand_in:
                values["email"] = stand_in
        if person.one_part_name:
            from optout.recipe.template import ONE_PART

            values[ONE_PART] = "1"  # a task's instructions and a letter name it once (never sent)
        return values

    @contextlib.asynccontextmanager
    async def _page(self, channel: str, recipe: Recipe) -> AsyncIterator[Any]:
        domains = list(recipe.domains) + [m.domain for m in recipe.mirrors]
        if channel == "http":
            yield self.http.page(recipe.id, domains)
            return
        held = _case_browser.get()
        if held is None:  # outside a case: a context of its own
            async with self.browser.page(recipe.id, domains) as page:
                yield page
            return
        page = await held.open(self.browser, recipe.id, domains)
        try:
            yield page
        except BaseException:
            await held.close()  # a failed flow leaves nothing behind: a retry gets a fresh context
            raise

    def _warm_soon(self) -> None:
        """Start reading the matcher's tables (name shares, places, nicknames, pinyin: 0.15-0.45
        CPU-s) in a thread, once per engine, when the first scan's page is open: they then load
        while that page waits on the broker, not on the event loop at the first score (holding up
        every running case), nor before the first case's context (e23: read before the first claim,
        they held every case's first context back at concurrency 8)."""
        if not self._warm_started:
            self._warm_started = True
            self._warming = asyncio.ensure_future(asyncio.to_thread(_read_matcher_tables, self.settings.cache_dir))
            self._warming.add_done_callback(lambda f: f.cancelled() or f.exception())  # read: no warning

    async def _warmed(self) -> None:
        """Wait until the matcher's tables (``warming``) are read: every case that scores meanwhile
        waits for the same thread. A read that failed is not this case's fault: the score reads
        the tables itself and says what is wrong."""
        warming = self._warming
        if warming is not None:
            await asyncio.wait([warming])  # never raises the thread's error; leaves it running if cancelled
            self._warming = None

    async def _with_retries(self, what: str, fn: Any) -> Any:
        """Retry a whole flow (fresh page each time) on transient errors, with jittered back-off."""
        net = self.settings.network
        for attempt in range(net.retries + 1):
            try:
                return await fn()
            except TransientError as e:
                if attempt == net.retries or not retry_now(e, net):
                    raise
                wait = e.retry_after or min(net.backoff_max, net.backoff_initial * 2**attempt) * (0.5 + random.random())
                log.info("retrying flow", what=what, attempt=attempt + 1, error=str(e), wait_s=round(wait, 2))
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    async def _scan(self, case: Case, recipe: Recipe, loaded: Loaded,
                    values: dict[str, str]) -> tuple[list[tuple[Listing, Match]], tuple[int, Callable[[], int]],
                                                     list[str], dict[str, Any], dict[str, int]]:
        """Search the broker and score what it lists: (the listings scored, how many searches ran
        and a function giving how many every form of the name would have made (``match.searches``
        cuts the rarer ones; counted only when a "not found" note says it, p15),
        the profile fields the search gave the broker: not every input the recipe may send, such
        as its form's e-mail, the remembered answers that decide listings of it by key:
        :meth:`_remembered`, and the stored listings' ids by their stored key, for the requests). Each listing is stored with this case's decision on it: a person's
        answer over the matcher's (``match`` for "this is them", ``no_match`` for "not them"), so
        that no count of what was found (``store.recognised_at``: the report, ``status``, the
        dashboard) reads a card a person rejected as recognised. The page is kept as evidence when it matters
        later: a listing of the person first seen or seen again (:data:`SCAN_FOUND`, the report's
        "before"), the confirmation scan that no longer finds it (:data:`SCAN_AFTER`, the proof of
        removal) or still does (:data:`SCAN_STILL`)."""
        assert recipe.scan is not None
        scan = recipe.scan
        today = self.clock.now().date()

        async def once(values: dict[str, str]) -> list[tuple[Listing, Match]]:
            async with self._page(scan.channel, recipe) as page:
                self._warm_soon()
                evidence = self._evidence_sink(case, loaded.key, None)
                try:
                    await run_steps(scan.steps, page, values, flow_name="scan", domains=recipe.domains,
                                    evidence=evidence, step_timeout=self.settings.browser.step_timeout)
                    await page.wait_for_results(scan.extract.items, scan.extract.no_results)
                    # the text too, in the same read: the page is kept with it when a listing matters
                    markup, text = await page.contents()
                    if self._warming is not None:  # reading listings imports what the thread imports
                        await self._warmed()
                    listings = extract_listings(markup, page.url, scan.extract)
                except StepError as e:
                    if not e.transient and getattr(page, "server_errors", None):
                        raise TransientError(f"{e} (after HTTP {page.server_errors[-1]})", step=e.step) from None
                    if not e.transient:
                        await self._keep_failure(page, evidence, e)
                    raise
                from optout.matching import score  # imported by the tables' thread (above)

                scored = [(li, score(loaded.person, li, submit_at=self.settings.match.submit_at,
                                     ask_at=self.settings.match.ask_at, today=today,
                                     other_phone=self.settings.match.other_phone)) for li in listings]
                decisions = [m.decision for _, m in scored]
                if case.state in _CONFIRMING and "uncertain" in decisions:
                    # after a request the page proves the removal only as proves_removal says: a
                    # record a person said is someone else is no longer a doubt, one they said is
                    # them is still listed
                    told = await self._remembered(loaded, scored)
                    decisions = ["match" if could_be_them(m.decision, told.get(li.key)) else "no_match"
                                 for li, m in scored]
                label = scan_label(case.state, decisions)
                if label:
                    with contextlib.suppress(Exception):  # evidence must not fail a scan that worked
                        await keep_page(page, evidence, label, html=True, markup=markup, text=text)
                return scored

        # The name as entered first, then, only while no search has found the person, the other
        # forms of Person.search_names in its order (without accents, the first given name, the
        # person's other names and aliases, then one of two surnames), at most match.searches, the
        # forms records print most never cut: a broker lists "María José García López" as "Maria
        # Garcia". A confirmation scan that finds nothing has searched all of those forms, so
        # "removed" is not proven by a single search for a form the broker does not print.
        from optout.recipe.schema import named_fields

        named = named_fields(scan.steps)
        by_name = bool(named & {"first_name", "last_name", "full_name"})

        def as_searches(forms: list[tuple[str, str]]) -> list[dict[str, str]]:
            out = [values]
            # a one-part name's full_name is the name once ("Zarghuna"); records print it in both fields
            # ("Zarghuna Zarghuna"), its first search form, which a full-name search box is given too
            for first, last in forms if loaded.person.one_part_name else forms[1:]:
                other = dict(values)
                for k, v in (("first_name", first), ("last_name", last), ("full_name", f"{first} {last}")):
                    if k in values:  # never a field the recipe does not already send
                        other[k] = v
                if other != values and other not in out:
                    out.append(other)
            return out

        searches = as_searches(loaded.person.search_names(self.settings.match.searches) if by_name else [])

        def every() -> int:
            # how many searches every form would have been, as this recipe sends them: a "not found"
            # says when the cap left some unsearched (not_found_note); counted only for that note,
            # not at every scan (p15)
            return len(as_searches(loaded.person.search_names(None))) if by_name else 1

        best: dict[str, tuple[Listing, Match]] = {}
        for n, these in enumerate(searches, 1):
            got = await self._with_retries(f"{recipe.id} scan", lambda v=these: once(v))
            for li, m in got:
                if li.key not in best or m.confidence > best[li.key][1].confidence:
                    best[li.key] = (li, m)
            if any(m.decision == "match" for _, m in got):
                break
        # two cards submitted on one page, one of them on the name, an age and places alone: a
        # namesake or the broker's duplicate record, which the evidence cannot tell; a person looks
        from optout.matching.page import namesakes_on_page

        scored = namesakes_on_page(list(best.values()), submit_at=self.settings.match.submit_at)
        told = await self._remembered(loaded, scored)
        now = self.clock.now()
        # the scan's listings in one call and one transaction, not a round trip and a commit each,
        # and in it the case's listings this scan no longer saw marked gone (pass 29: a commit less)
        saved = await self.store.upsert_listings(case.id, [
            (listing_key(loaded.key, li.key),
             loaded.key.seal(json.dumps({"listing": li.to_dict(), "reasons": m.reasons}).encode(), "listing"),
             m.confidence, answered_decision(m.decision, told.get(li.key))) for li, m in scored], now,
            others_gone=True)
        return scored, (n, lambda: max(n, every())), [k for k in named if values.get(k)], told, {x.key: x.id for x in saved}

    # ---- submit ---------------------------------------------------------------------------------------

    async def _submit_all(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, values: dict[str, str],
                          matched: list[tuple[Listing, Match]], note: str | None = None,
                          why: reasons.Reason | None = None, ids: dict[str, int] | None = None) -> Case:
        """Send the request for each matched listing (or one, for a broker without search). ``ids``:
        the stored listings' ids by stored key (:func:`optout.vault.listing_key`), as the scan that found them saved them
        (``Store.upsert_listings``); without them each request reads the case's listings."""
        opt = recipe.optout
        if opt.channel == "parent":
            await self.store.ensure_cases(case.person_id, [opt.via], self.clock.now())
            return await self._record(case, owner, "waiting_parent", S.WAITING_PARENT, {"via": opt.via}, recipe)
        if opt.channel == "manual":
            # the instructions are templates over the person's declared inputs, as a human step's are
            # (sealed with the case's task: they may carry the person's values)
            from optout.recipe.template import render_prose as fill

            text = fill(opt.instructions or "", values, where="optout.instructions")
            text_es = fill(opt.instructions_es, values, where="optout.instructions_es", lang="es") \
                if opt.instructions_es else None
            if opt.form_url:
                raise NeedsHuman("this broker takes requests only through its web form", kind="other",
                                 instructions=text, url=opt.form_url, why=reasons.Reason("web_form_only"),
                                 instructions_es=text_es)
            # a printable letter is offered (optout.legal.postal): it needs an address to be answered at
            from optout.legal import postal

            postal.sender(self.settings, loaded.person.full_name, loaded.person.template_values(self.clock.now().date()))
            raise NeedsHuman("this broker takes requests only by mail, fax or phone", kind="letter",
                             instructions=text, why=reasons.Reason("letter_only"), instructions_es=text_es)
        if opt.channel == "email":
            if case.state != S.SUBMITTED and (filing := await self._drop_holds(case, recipe, loaded)):
                # California's DROP carries this request: no letter of our own (drop.hold_letters)
                at = dt.datetime.combine(filing.next_cycle(self.clock.now().date()), dt.time(), dt.UTC)
                return await self._record(case, owner, "held_drop", S.WAITING_PARENT,
                                          {"via": "drop", "filed_on": filing.filed_on.isoformat(),
                                           "next_cycle": at.date().isoformat()}, recipe, at=at)
            return await self.mailflow.due(case, owner, recipe, loaded, values)
        confirmed = True
        references = []
        # a broker without search gets one request and no listing; re-requested on its cadence
        listings = [li for li, _ in matched] or [None]
        finish: Finish | None = None
        unconfirmed: list[str] = []
        for n, li in enumerate(listings):
            # the last request's outcome is written with the case's event, in one transaction
            # (Store.record's finish): no crash can fall between them, and one synced commit less
            flow, finish = await self._submit_one(case, recipe, loaded, values, li, defer=n == len(listings) - 1,
                                                  ids=ids)
            confirmed &= flow.confirmed
            if flow.unconfirmed:
                unconfirmed.append(flow.unconfirmed)
            if flow.reference:
                references.append(flow.reference)
        state = S.CONFIRMED if confirmed else S.SUBMITTED
        data: dict[str, Any] = {"requests": max(1, len(matched)), "has_reference": bool(references)}
        if unconfirmed:
            # the form went out but the broker's page did not say it took it ("We could not find that
            # listing"): still submitted (the confirmation scan decides), and the volunteer is told,
            # in status, the report and the dashboard, with what to do (trial lab32: no note at all)
            data["unconfirmed"] = unconfirmed
            why = why or reasons.Reason("request_unconfirmed", {"step": unconfirmed[0]})
            note = note or reasons.render(why, "en")
        stood_in = values.get("email") and values["email"] == clinic.agent_email_for(
            self.settings, loaded.person.template_values().get("email"), recipe.legal.authorised_agents,
            loaded.person.contact_care_of)
        if stood_in and values["email"] == loaded.person.contact_care_of:
            data["care_of"] = True  # someone who receives mail for the client: no value in the events
        elif stood_in:
            data["contact"] = values["email"]  # the clinic's own address (the report says it was used)
        return await self._record(case, owner, "confirmed" if confirmed else "submitted", state, data,
                                  recipe, attempts=1, last_error=note, why=why, finish=finish)

    async def _drop_holds(self, case: Case, recipe: Recipe, loaded: Loaded) -> drop.Filing | None:
        """The person's DROP filing when it carries this broker's request (optout.legal.drop.holds)."""
        if not (self.settings.drop.hold_letters and recipe.drop_covers and drop.californian(loaded.person)):
            return None
        sealed = await self.store.get_record(case.person_id, drop.RECORD)
        if sealed is None:
            return None
        filing = drop.Filing.from_json(loaded.key.open(sealed, f"record:{drop.RECORD}"))
        return filing if drop.holds(loaded.person, filing, recipe, True) else None

    async def _submit_one(self, case: Case, recipe: Recipe, loaded: Loaded, values: dict[str, str],
                          listing: Listing | None, *, defer: bool = False,
                          ids: dict[str, int] | None = None) -> tuple[Flow, Finish | None]:
        """One request. ``defer``: a request that went through is not finished here; its outcome is
        returned for the case's event to write in the same transaction (``_record(finish=)``).
        Every other outcome (failed, sent but unconfirmed, needs a person) is written at once.
        ``ids``: the stored listings' ids by key from the scan that just saved them (a store read a
        flow less, issue 15, pass 29); None: read."""
        opt = recipe.optout
        vals = dict(values)
        listing_id = None
        if listing is not None:
            # the listing's URL, name and id; its age and places (what an opt-out page's own results are
            # compared with, Click.in_listing); the listed address a form is filled with
            vals.update(listing_values(listing, near=(values.get("city"), values.get("state"))))
            if ids is None:
                ids = {x.key: x.id for x in await self.store.listings(case.id)}
            listing_id = ids.get(listing_key(loaded.key, listing.key))

        async def once() -> tuple[Flow, Finish | None]:
            async with self._page(opt.channel, recipe) as page:
                request_id = await self.store.start_request(case.id, listing_id, opt.channel, self.clock.now())
                # until a step that could reach the broker runs, the row says nothing went out, so a
                # run killed at a CAPTCHA, a person's step or a page load is resumed as not sent (f41)
                await self.store.note_request(request_id, NOTHING_SENT)
                reached = False

                async def reaching() -> None:
                    nonlocal reached
                    await self.store.note_request(request_id, None)
                    reached = True

                async def nothing_sent() -> None:  # a field step the page sent nothing at (FIELD_STEPS)
                    nonlocal reached
                    await self.store.note_request(request_id, NOTHING_SENT)
                    reached = False

                evidence = self._evidence_sink(case, loaded.key, request_id)
                try:
                    flow = await run_steps(opt.steps, page, vals, flow_name="optout", domains=recipe.domains,
                                           evidence=evidence, mail=self.mail,
                                           step_timeout=self.settings.browser.step_timeout, case_id=case.id,
                                           before_reaching=reaching, nothing_sent=nothing_sent)
                except asyncio.CancelledError:
                    # stopped (SIGTERM after the grace period, a lost lease): if this page has sent
                    # nothing but GETs, or no step that could reach the broker ran, nothing is in
                    # doubt; a channel that cannot tell stays in doubt
                    if not reached or not getattr(page, "attempted", True):
                        await asyncio.shield(self.store.finish_request(request_id, "failed", self.clock.now()))
                    raise
                except NeedsHuman:
                    await self.store.finish_request(request_id, "needs_human", self.clock.now())
                    raise
                except (MachineFault, OSError):
                    # this machine failed mid-flow (a full disk, a read-only evidence folder): the
                    # request row says what is known; one that may have gone out stays in doubt
                    # and is checked before anything is sent again (_settle_doubt)
                    status = ("submitted" if page.submitted
                              else "failed" if not reached or not getattr(page, "attempted", True) else None)
                    if status:
                        with contextlib.suppress(StoreError):
                            await self.store.finish_request(request_id, status, self.clock.now())
                    if page.submitted:  # the broker has it: the case is submitted, whatever failed here
                        e = sys.exc_info()[1]
                        with contextlib.suppress(AttributeError):
                            e.request_sent = True  # type: ignore[union-attr]
                    raise
                except StepError as e:
                    if page.submitted:
                        # past the point of no return: never resend blindly; the confirmation scan decides
                        log.warning("request sent but not confirmed", error=str(e))
                        await self._keep_failure(page, evidence, e)
                        await self.store.finish_request(request_id, "submitted", self.clock.now())
                        return Flow(values={}, confirmed=False, unconfirmed=e.step or "?"), None
                    await self.store.finish_request(request_id, "failed", self.clock.now())
                    if not e.transient and getattr(page, "server_errors", None):
                        raise TransientError(f"{e} (after HTTP {page.server_errors[-1]})", step=e.step) from None
                    if not e.transient:
                        await self._keep_failure(page, evidence, e)
                    raise
                await keep_page(page, evidence, "optout (done)")
                sealed = loaded.key.seal(json.dumps(flow.extracted).encode(), "request")
                done = Finish(request_id, "confirmed" if flow.confirmed else "submitted", flow.reference, sealed)
                if defer:
                    return flow, done
                await self.store.finish_request(done.request_id, done.status, self.clock.now(),
                                                reference=done.reference, sealed=done.sealed)
                return flow, None

        return await self._with_retries(f"{recipe.id} opt-out", once)

    async def _submit_without_scan(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded,
                                   values: dict[str, str]) -> Case:
        # Nothing to search: send the request, and send it again on the broker's cadence (the
        # Delete Act makes registered brokers delete again every 45 days). Never "removed".
        return await self._submit_all(case, owner, recipe, loaded, values, [])

    # ---- recording ------------------------------------------------------------------------------------

    async def _needs_human(self, case: Case, owner: str, h: NeedsHuman) -> Case:
        data: dict[str, Any] = {"kind": h.kind, "reason": h.reason, **h.details}
        why = reasons.of_error(h)
        if h.kind != "uncertain_match" and not why.code.startswith("still_listed"):
            # back after a person said "I did it" and a later search still found the listing: the
            # task says so, or it reads as the same task shown twice and nobody learns that what
            # they did did not reach the broker (trial34)
            done = done_still_listed(await self.store.events(case.id))
            if done is not None:
                why = reasons.Reason("still_listed_after_done", {"done_on": done.at.date().isoformat()})
        if h.url or h.instructions:
            # a broker's URL often holds the person's name, and instructions are a template over
            # their fields: both are sealed with the person's key; `optout human` opens them
            key = (await self.person(case.person_id)).key
            raw = json.dumps({"url": h.url, "instructions": h.instructions,
                              "instructions_es": getattr(h, "instructions_es", None)}).encode()
            data["sealed"] = base64.b64encode(key.seal(raw, f"human:{case.id}")).decode()
        evidence = [e.path for e in await self.store.evidence(case.id) if e.kind == "screenshot"]
        if evidence:
            data["screenshot"] = evidence[-1]
        log.info("needs a person", kind=h.kind)
        return await self._record(case, owner, "human_needed", S.NEEDS_HUMAN, data, last_error=h.reason, why=why)

    async def _record(self, case: Case, owner: str, kind: str, state: CaseState, data: dict[str, Any] | None,
                      recipe: Recipe | None = None, *, error: bool = False, last_error: str | None = None,
                      attempts: int = 0, scan: int = 0, keep_lease: bool = False,
                      at: dt.datetime | None = None, why: reasons.Reason | None = None,
                      finish: Finish | None = None) -> Case:
        """Append the event; the due time comes from :mod:`optout.schedule` (state + cadence + jitter),
        unless the law sets it (``at``: an e-mail request's answer deadline). ``why``: the case's note
        as a reason code (:mod:`optout.reasons`), kept in the event as ``data["why"]`` for every
        reader's language; ``last_error`` (English, for the log and ``status``) defaults to its text.
        ``finish``: a request's outcome written in the same transaction (``Store.record``)."""
        now = self.clock.now()
        if why is not None:
            data = {**(data or {}), "why": why.to_json()}
            if last_error is None:
                last_error = why.english
        if recipe is None:
            recipe = self.catalogue.recipes.get(case.broker_id)
        key = f"{case.id}:{case.scan_count + scan}:{case.attempts + attempts}:{kind}"
        return await self.store.record(
            case.id, kind, state, now, data=data,
            next_action_at=at or schedule.next_action_at(state, recipe, now, key=key, error=error),
            last_error=last_error, attempts_delta=attempts, scan_delta=scan,
            release_owner=None if keep_lease else owner, finish=finish,
        )

    # ---- crash safety ---------------------------------------------------------------------------------

    async def _unaccounted_requests(self, case: Case) -> list[Request]:
        """Requests that may have reached the broker without the case recording what came of them:
        still ``started`` (a crash mid-flow), or finished after the case's last event (a crash
        between finishing the request and recording the case). Either way, sending again now could
        be a second request: the broker is checked first (:meth:`_settle_doubt`)."""
        requests = await self.store.requests(case.id)
        if not any(r.status == "started" or r.started_at >= case.state_since for r in requests):
            return []  # the common case, without reading the events
        events = await self.store.events(case.id)
        last = events[-1].at if events else case.created_at
        doubt = [r for r in requests if r.status == "started" or (r.status != "failed" and r.started_at >= last)]
        # a web request stopped before any step that could reach the broker (a CAPTCHA, a person's
        # step, a page load: ``REACHES_BROKER``) sent nothing: closed as not sent, and done once now
        for r in doubt:
            if r.nothing_sent and r.status == "started":
                await self.store.finish_request(r.id, "failed", self.clock.now())
        return [r for r in doubt if not r.nothing_sent]

    async def _settle_doubt(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, values: dict[str, str],
                            doubt: list[Request]) -> Case:
        """An interrupted submission: never sent again blindly. Treated as sent (an attempt): a
        scan that no longer finds the listing makes the case ``removed``; otherwise it waits for
        its confirmation scan like any request, which submits again only if still listed then."""
        log.warning("an interrupted request is checked before anything is sent again", requests=len(doubt))
        data: dict[str, Any] = {"requests_in_doubt": len(doubt)}
        # every reader says it is in doubt (reasons.of_case, IN_DOUBT), never plainly "request sent"
        why = reasons.Reason("request_in_doubt")
        if recipe.scan is not None:
            found, _, _, told, _ = await self._scan(case, recipe, loaded, values)
            matched = [li for li, m in found if could_be_them(m.decision, told.get(li.key))]
            data.update(listings=len(found), matched=len(matched))
            # the one rule of "removed" (proves_removal): a listing the matcher is unsure of, or one
            # a person said is them, keeps the case submitted; its confirmation scan decides (and
            # asks a person when unsure)
            if proves_removal(found, told):
                after = await self._record(case, owner, "rescanned", S.REMOVED, data, recipe, scan=1)
            else:
                after = await self._record(case, owner, "in_doubt", S.SUBMITTED, data, recipe, scan=1, attempts=1,
                                           why=why)
        else:
            after = await self._record(case, owner, "in_doubt", S.SUBMITTED, data, recipe, attempts=1, why=why)
        now = self.clock.now()
        for r in doubt:
            if r.status == "started":  # after the event: a crash in between only repeats this check
                await self.store.finish_request(r.id, "submitted", now)
        return after

    # ---- broker health --------------------------------------------------------------------------------

    def _backs_off_now(self, e: TransientError) -> dt.timedelta | None:
        """How long to back off at once (not after a few failures): a bot wall, or a Retry-After
        beyond ``optout.retry.longest_wait``, which no in-flow retry waits out."""
        if isinstance(e, BotWall):
            return schedule.BACKOFF_INITIAL
        if e.retry_after is not None and e.retry_after > longest_wait(self.settings.network):
            return dt.timedelta(seconds=e.retry_after)
        return None

    async def _broker_failed(self, broker_id: str, error: str, *, now: dt.timedelta | None = None) -> None:
        """One more case of this broker ended in a transient error: every worker backs off from it
        after a few in a row (exponential, capped; ``optout status`` shows it), or at once for
        ``now`` (a bot wall, a long Retry-After)."""
        h = await self.store.broker_failed(broker_id, self.clock.now(), error,
                                           after=1 if now else schedule.BACKOFF_AFTER,
                                           initial=now or schedule.BACKOFF_INITIAL,
                                           cap=max(schedule.BACKOFF_MAX, now or schedule.BACKOFF_MAX))
        if h.backoff_until is not None:
            self.backoff[broker_id] = h.backoff_until
            log.warning("broker keeps failing: backing off", failures=h.failures, until=h.backoff_until.isoformat())

    async def _broker_ok(self, broker_id: str) -> None:
        self.backoff.pop(broker_id, None)
        await self.store.broker_ok(broker_id, self.clock.now())

    def _evidence_sink(self, case: Case, key: PersonKey, request_id: int | None):  # type: ignore[no-untyped-def]
        counter = {"n": 0}

        def write(kind: str, data: bytes, now: dt.datetime) -> tuple[str, Path]:
            counter["n"] += 1
            ext = {"screenshot": "jpg" if image_media_type(data) == "image/jpeg" else "png", "page_text": "txt",
                   "email": "eml", "html": "html"}.get(kind, "bin")
            # opaque names only: case id, time, counter; never a person's value or a broker's URL
            rel = f"{case.id}/{now:%Y%m%dT%H%M%S}-{request_id or 0}-{counter['n']:02d}-{kind}.{ext}.sealed"
            path = self.settings.evidence_dir / rel
            private_dir(path.parent, under=self.settings.data_dir)
            return rel, path

        def unlink(path: Path) -> None:
            # not in the index (the person was removed meanwhile, the disk is full): a file
            # nothing lists would outlive the person's removal
            with contextlib.suppress(OSError):
                path.unlink()
            with contextlib.suppress(OSError):
                path.parent.rmdir()

        async def many(items: list[tuple[str, bytes]], step: str) -> None:
            """Keep several files of one moment (a page's screenshot, text, markup): each sealed and
            written side by side, then indexed in ONE store transaction (one commit synced to the
            disk, not one per file: issue 15). A file that could not be written is left out and
            the first such failure raised once the others are kept. A scan's page already kept, the
            same bytes at the same step, since the case's last event is not kept again
            (:meth:`_kept_since_last_event`)."""
            if step in SCAN_LABELS:
                items = await self._kept_since_last_event(case.id, items, step)
                if not items:
                    return
            now = self.clock.now()
            named = [(kind, data, *write(kind, data, now)) for kind, data in items]

            async def put(path: Path, sealed: bytes) -> None:
                await asyncio.to_thread(write_private, path, sealed)

            done = await asyncio.gather(*(put(path, key.seal(data, f"evidence:{rel}"))
                                          for _, data, rel, path in named), return_exceptions=True)
            kept = [x for x, outcome in zip(named, done, strict=True) if not isinstance(outcome, BaseException)]
            for (_, _, _, path), outcome in zip(named, done, strict=True):
                if isinstance(outcome, BaseException):
                    unlink(path)
            if kept:
                try:
                    await self.store.add_evidence_many(
                        case.id, [(kind, rel, hashlib.sha256(data).hexdigest(), step) for kind, data, rel, _ in kept],
                        now, request_id=request_id)
                except BaseException:
                    for *_, path in kept:
                        unlink(path)
                    raise
            for outcome in done:
                if isinstance(outcome, BaseException):
                    raise outcome

        async def sink(kind: str, data: bytes, step: str) -> None:
            await many([(kind, data)], step)

        sink.many = many  # type: ignore[attr-defined]
        return sink

    async def _kept_since_last_event(self, case_id: int, items: list[tuple[str, bytes]],
                                     step: str) -> list[tuple[str, bytes]]:
        """Of a scan page's files (``items``: (kind, bytes)) at ``step`` (:data:`SCAN_LABELS`), those
        not kept already: a file of the same kind, step and SHA-256 indexed since the case's last
        event was kept by a search whose outcome was never recorded (its process was killed, the
        case resumed by another): one proof per search, never the same page twice (trial50: one
        case's "after" page kept twice after a killed run). A search that recorded its outcome
        (an event) starts afresh: a later search's page is its own proof, the same bytes or not."""
        events = await self.store.events(case_id)
        since = events[-1].at if events else None
        kept = {(e.kind, e.sha256) for e in await self.store.evidence(case_id)
                if e.step == step and (since is None or e.at >= since)}
        if not kept:
            return items
        return [(kind, data) for kind, data in items if (kind, hashlib.sha256(data).hexdigest()) not in kept]

    async def _keep_failure(self, page: Any, evidence: Any, e: StepError) -> None:
        with contextlib.suppress(Exception):
            await keep_page(page, evidence, e.step or "?")
