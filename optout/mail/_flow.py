"""The e-mail channel's life: send a legal request, read what comes back, keep the clock.

::

    new ─letter→ submitted ─reply "done"→ confirmed ─(re-request when due, e.g. 45 days)→ letter again
                   │  ├ verification link on the broker's domain → opened → still submitted
                   │  ├ link elsewhere, asks for ID or more, refuses, bounces → needs_human (with why)
                   │  └ "we need 45 more days" → deadline moved (once, by the law's extension at most, and
                   │    only when told before the answer was due; later, the first deadline stands)
                   └ deadline passes → one polite follow-up → still nothing → needs_human
                                                                  (with the regulator to complain to)

Sending is ``_send`` (SMTP, caps and spacing); reading, classifying and matching replies are
``_imap``/``_maildir``, ``_classify`` and ``_match``; the letters are ``_letters``. This module
only decides, and records every step as an event of the case, with the raw mail as sealed
evidence.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from optout.channels.base import host_allowed
from optout.mail import FOLLOW_UP
from optout.mail._send import AddressRejected, Deferred, MaybeSent, SendingAccount, plus_address, sending_accounts
from optout.errors import MachineFault, MissingPersonField, NeedsHuman, OptoutError, StepError
from optout.mail._parse import mail_key
from optout.mail._used import UsedMail
from optout.mail._letters import CARE_OF_LABEL, FOLLOW_UP_ANSWERS, STATE_LAWS, Law, ccpa, choose_law, compose, compose_follow_up, courtesy, gdpr, law_by_id, letter_values, new_token, quote_reference, signed_name, us_state
from optout import clinic
from optout.legal import agent
from optout.log import get_logger, redact
from optout.reasons import Reason, language_name, text
from optout.recipe.schema import Recipe
from optout.store import KEEP, Case, CaseState


class Loaded(Protocol):
    """A person opened from the vault: their profile and their data key."""

    person: Any  # optout.person.Person
    key: Any  # optout.vault.PersonKey


class Host(Protocol):
    """What the mail flow needs from the rest of optout (the engine provides it). Named here, so
    the flow never imports the engine and the engine imports the flow: one direction only."""

    settings: Any  # optout.settings.Settings
    store: Any  # optout.store.Store
    catalogue: Any  # optout.recipe.loader.Catalogue
    clock: Any  # optout.clock.Clock
    http: Any  # optout.channels.http.HttpChannel

    async def person(self, person_id: str) -> Loaded: ...

    def _values(self, recipe: Recipe, person: Any) -> dict[str, str]: ...

    async def _record(self, case: Case, owner: str, kind: str, state: CaseState, data: dict[str, Any] | None,
                      recipe: Recipe | None = None, **kw: Any) -> Case: ...

    async def _needs_human(self, case: Case, owner: str, h: NeedsHuman) -> Case: ...

    def _evidence_sink(self, case: Case, key: Any,
                       request_id: int | None) -> Callable[[str, bytes, str], Awaitable[None]]: ...

log = get_logger(__name__)
S = CaseState

#: How long after the follow-up a silent broker gets before the case goes to a person.
FOLLOW_UP_GRACE = dt.timedelta(days=14)
#: A transient bounce (a full mailbox, "try again later": ``_classify.bounce_permanent`` False) sends the
#: letter or follow-up again this long after, up to ``SOFT_BOUNCE_TRIES`` sends in all; then a person,
#: told the address is not known dead (f43: a full mailbox was said to be a dead address).
SOFT_BOUNCE_RETRY = dt.timedelta(days=2)
SOFT_BOUNCE_TRIES = 3

#: The mails a bounce task may concern, as a person's task names them: ``mail:which.<key>`` in the
#: catalogue ("letter" / "la carta", "follow-up" / "el recordatorio"), the one home of the pair the
#: bounce tasks say (f46: three literal pairs in this module).
RETURNED_MAIL = ("letter", "follow_up")


def returned_mail(follow_up: bool) -> tuple[str, str]:
    """(English, Spanish) of the mail a task is about: the follow-up, else the letter."""
    key = f"mail:which.{RETURNED_MAIL[1] if follow_up else RETURNED_MAIL[0]}"
    return text(key, "en") or key, text(key, "es") or key

#: A case's events that record an answer from the broker short of a final one.
#: The events that record a broker's answer to a letter that was not a final one (an acknowledgement,
#: more time asked for, a link opened): the follow-up and the person's task then say it answered.
_ANSWERS = frozenset(FOLLOW_UP_ANSWERS)
#: Cases whose mail is still read: a reply can come after a confirmation or while a person looks, or
#: after the client chose not to pursue the case (``declined``: kept as evidence, never acted on, f43).
LISTENING = [S.SUBMITTED, S.CONFIRMED, S.NEEDS_HUMAN, S.DECLINED]
#: A message that answers no letter may still be a people-search broker's verification mail that
#: an opt-out flow waits for: it is left in the mailbox this long.
UNMATCHED_GRACE = dt.timedelta(days=1)
#: Set as a request's reference once the SMTP server accepted sender and recipient and the content
#: is about to go: a request still "started" without it never reached the server.
DATA_MARK = "smtp:data"


def sent_reason(kind: str, law: str, token: str, deadline: str, state: str | None = None) -> Reason:
    """The note of a case whose letter went (``kind``: ``letter_sent`` or ``letter_in_doubt``).
    Under a law the broker's answer is due by ``deadline``; a courtesy request (no statute gives the
    person a right to delete) has no due date, only the day optout writes again: never said as due.
    ``state``: a US state's law's state (``law_state``), so that the note names the law the letter
    cited (``reasons.law_text``), not "a state privacy law"."""
    if law == "courtesy":
        return Reason(f"{kind}_courtesy", {"token": token, "deadline": deadline})
    return Reason(kind, {"law": law, "token": token, "deadline": deadline,
                         **({"law_state": state} if law == "us_state" and state else {})})


async def record_extension(store: Any, case: Case, events: list[Any], asked: int, told: dt.datetime,
                           now: dt.datetime, data: dict[str, Any], *, resident_state: str | None) -> Case:
    """THE rule for a broker's "we need more time", however it came: an e-mail the mail flow read,
    or a letter or a telephone call a person recorded (``App.record_reply``, kind ``extended``).
    ``asked`` is the days it asked for, ``told`` when it told us (the mail's arrival; the day the
    letter came or the call was made), ``data`` the event's own (how the answer came).

    A statute allows one extension of a fixed length, and only when the broker tells the person
    within the first period (:meth:`Law.extended`: Cal. Civ. Code §1798.130(a)(2)(A), 45 days; the
    state laws' own sections in ``STATE_LAWS``, e.g. Tex. Bus. & Com. Code §541.052(b), Va. Code
    §59.1-578(B); GDPR Art. 12(3), two further months); a courtesy request has no statute and the
    broker's word stands. The new deadline counts from the letter's own deadline, so a second "we
    need more time" does not add up; told too late, the first deadline stands (passed) and the
    follow-up and complaint go on from it (event ``deadline_extension_late``); else the event
    ``deadline_extended`` carries the new deadline, which the follow-up and the overdue check read
    (the latest ``deadline_extended`` since the letter), and the case is due then, never earlier than it already was."""
    S = CaseState
    letter = next((ev for ev in reversed(events) if ev.kind == "letter_sent"), None)
    base = dt.datetime.fromisoformat(letter.data["deadline"]) if letter else (case.next_action_at or now)
    law = law_by_id(MailFlow._law_of(events), MailFlow._law_state_of(events) or resident_state,
                    letter.at.date() if letter else None, MailFlow._law_authority_of(events))
    # the due date in force when the broker asks: the letter's, or the one an earlier extension set
    # (trial46: a second "45 more days" was said to come "after its answer was due (2027-01-17)" when
    # the first, on time, had moved it to 2027-03-03)
    since = events.index(letter) + 1 if letter else 0
    prior = next((ev for ev in reversed(events[since:]) if ev.kind == "deadline_extended"), None)
    in_force = dt.datetime.fromisoformat(prior.data["deadline"]) if prior else base
    extended = law.extended(base, asked, told)
    if extended is None and prior is not None and told <= in_force and law.id != "courtesy":
        # asked again while the extended deadline runs: the law's one extension is already given,
        # so the answer stays due then (not late; nothing moves)
        why = Reason("deadline_extension_again", {"asked": asked, "deadline": f"{in_force:%Y-%m-%d}"})
        return await store.record(case.id, "deadline_extended", case.state, now,
                                  data={**data, "days": (in_force - base).days, "asked": asked,
                                        "deadline": in_force.isoformat(), "why": why.to_json()},
                                  last_error=why.english)
    if extended is not None and extended <= told:
        # more time that has already run out when the broker asks (a courtesy request, which no
        # statute caps, answered weeks late, after our follow-up): it gives no time at all, and
        # a deadline set in the past would send the case to a person at once, the follow-up's
        # own wait cut short
        extended = None
    if extended is None:
        # told after the answer was due: the law gave it no more time, the first deadline
        # stands (passed), and the follow-up and complaint go on from it
        why = Reason("deadline_extension_late", {"asked": asked, "deadline": f"{in_force:%Y-%m-%d}"})
        return await store.record(case.id, "deadline_extension_late", case.state, now,
                                  data={**data, "asked": asked, "deadline": in_force.isoformat(), "why": why.to_json()},
                                  last_error=why.english)
    days = (extended - base).days
    deadline = extended
    why = (Reason("deadline_extended", {"days": days, "deadline": f"{deadline:%Y-%m-%d}"}) if days == asked
           else Reason("deadline_extended_capped", {"asked": asked, "days": days, "deadline": f"{deadline:%Y-%m-%d}"}))
    note = (f"the broker takes {days} more days: answer due {deadline:%Y-%m-%d}" if days == asked else
            f"the broker asks for {asked} more days; the law allows {days}: answer due {deadline:%Y-%m-%d}")
    return await store.record(case.id, "deadline_extended", case.state, now,
                              data={**data, "days": days, "asked": asked, "deadline": deadline.isoformat(),
                                    "why": why.to_json()},
                              # never earlier than what the case already waits for (a follow-up's answer)
                              next_action_at=None if case.state in (S.NEEDS_HUMAN, S.FAILED)
                              else max(deadline, case.next_action_at or deadline),
                              last_error=note)


def unplaced_instructions(broker: str, day: str, clients: int) -> tuple[str, str]:
    """What the person asked whose a broker's unplaced reply is reads (English, Spanish): the broker's
    name, the day it came and how many clients' letters it may answer (``MailFlow._unplaced``; said
    again with fewer clients when one is forgotten, ``App._forget_in_questions``). Never the mail's words."""
    whose = f"{clients} client" if clients == 1 else f"{clients} clients"  # one left after a forget
    cuyas = f"{clients} persona" if clients == 1 else f"{clients} personas"
    return (f"{broker} answered on {day} without citing any of our letters, and it has "
            f"letters from {whose}. Read the reply in the clinic's mailbox; "
            "if it is this client's, attach it to this case (it is then read as any reply); "
            "until then no reminder goes to the broker for these clients.",
            f"{broker} respondió el {day} sin citar ninguna de nuestras cartas, y tiene "
            f"cartas de {cuyas}. Lea la respuesta en el buzón de la clínica; "
            "si es de esta persona, asígnela a este caso (entonces se lee como cualquier "
            "respuesta); mientras tanto no se envía ningún recordatorio al corredor por "
            "estas personas.")


class MailFlow:
    def __init__(self, engine: Host):
        self.e = engine
        self.settings = engine.settings.mail
        self.accounts = sending_accounts(self.settings)
        self.sender = self.accounts[0].sender  # configured or not: the first account says
        # letters leave one at a time from a process: the daily cap is counted, then the letter
        # sent and recorded, with no other letter in between (across processes the count can
        # be over by at most one letter per other worker)
        self._sending = asyncio.Lock()

    # ---- a due case -----------------------------------------------------------------------------

    async def due(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, values: dict[str, str]) -> Case:
        """A case of an e-mail recipe came due: write, follow up, or hand over."""
        values = letter_values(values, loaded.person)
        try:
            if case.state == S.SUBMITTED:
                return await self._overdue(case, owner, recipe, loaded, values)
            return await self.send_request(case, owner, recipe, loaded, values)
        except Deferred as d:
            log.info("letter deferred", reason=str(d))
            # the day it goes, in every reader's note, English too (f41)
            why = Reason("letter_held_until", {"date": f"{d.until:%Y-%m-%d}"})
            return await self.e.store.record(case.id, "deferred", case.state, self.e.clock.now(),
                                             data={"reason": str(d), "why": why.to_json()},
                                             next_action_at=d.until, last_error=why.english, release_owner=owner)

    async def send_request(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded,
                           values: dict[str, str]) -> Case:
        assert recipe.optout.email is not None
        to = recipe.optout.email.to
        now = self.e.clock.now()
        law = choose_law(loaded.person, recipe, now.date())
        if not self.sender.configured:
            letter = compose(loaded.person, recipe, values, new_token(), now, law)
            raise NeedsHuman(
                "no outgoing mail account is configured (mail.smtp_host, mail.from_address)", kind="letter",
                why=Reason("no_mail_account"),
                instructions=f"Send this letter to {to}, or set up the outgoing mail account (mail.smtp_*): the next "
                             "run sends it.\n\n"
                             f"Subject: {letter.subject}\n\n{letter.body}")
        async with self._sending:
            return await self._send_request(case, owner, recipe, loaded, values, law)

    async def _send_request(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, values: dict[str, str],
                            law: Law) -> Case:
        assert recipe.optout.email is not None
        to = recipe.optout.email.to
        if (dead := await self._known_dead(recipe.id, to, case.id)) is not None:
            return await self._dead_elsewhere(case, owner, to, dead, follow_up=False)
        account = await self._pace(recipe)
        token = new_token()
        now = self.e.clock.now()
        letter = compose(loaded.person, recipe, values, token, now, law)
        sender_name = values.get("full_name")
        auth = await self._authorisation(case, recipe, loaded)
        postal = None
        if auth is not None:  # the organisation writes as the person's authorised agent
            postal = self._agent_address(recipe)
            addr = loaded.person.current_address
            name = signed_name(values)
            letter = agent.agent_letter(letter, recipe, name, addr.state if addr else None, self.e.settings.agent,
                                        auth, token, address=postal)
            sender_name = self.e.settings.agent.name
        from_address = self._from(account, case.person_id)
        msg = account.sender.message(to=to, subject=letter.subject, body=letter.body, token=token, now=now,
                                     sender_name=sender_name, from_address=from_address)
        if auth is not None:
            maintype, _, subtype = auth.content_type.partition("/")
            msg.add_attachment(auth.data, maintype=maintype, subtype=subtype, filename=auth.filename)
        # the request row and the letter itself are on disk before the letter leaves: a crash
        # mid-send leaves a request "in doubt" that _recover reads back, and never a second letter
        request_id = await self.e.store.start_request(case.id, None, "email", now, account=account.name)
        await self.e._evidence_sink(case, loaded.key, request_id)("email", msg.as_bytes(), "letter")
        try:
            await account.sender.send(msg, before_data=self._marker(request_id))
        except MaybeSent as err:
            # the server may hold it: counted as sent (the deadline's follow-up repairs a loss)
            log.warning("a letter whose answer was lost is counted as sent, not sent again", reason=str(err))
            return await self._sent(case, owner, loaded, request_id, to, msg["Message-ID"], token, law, now,
                                    kind="letter_in_doubt",
                                    agent_name=self.e.settings.agent.name if auth is not None else None,
                                    account=account.name, from_address=from_address, agent_address=postal,
                                    care_of=letter.care_of)
        except AddressRejected as err:
            await self.e.store.finish_request(request_id, "failed", now)
            return await self._dead_address(case, owner, to, str(err), permanent=True)
        except Exception:
            # an SMTP error: the server did not take the letter. (A cancellation is different: the
            # sending thread may still finish, so the request stays in doubt for _recover.)
            await self.e.store.finish_request(request_id, "failed", now)
            raise
        log.info("letter sent", law=law.id, token=token, agent=auth is not None)
        return await self._sent(case, owner, loaded, request_id, to, msg["Message-ID"], token, law, now,
                                agent_name=self.e.settings.agent.name if auth is not None else None,
                                account=account.name, from_address=from_address, agent_address=postal,
                                care_of=letter.care_of)

    def _from(self, account: SendingAccount, person_id: str) -> str | None:
        """The person's own reply address on this account (mail.plus_addressing), else None."""
        if not self.settings.plus_addressing or not account.sender.settings.from_address:
            return None
        return plus_address(account.sender.settings.from_address, person_id)

    def _account(self, name: str | None) -> SendingAccount:
        return next((a for a in self.accounts if a.name == name), self.accounts[0])

    def _agent_address(self, recipe: Recipe) -> str | None:
        """The agent's postal address for this broker's letter (``optout.clinic.agent_postal_address``);
        ``MissingPersonField`` (field ``clinic_postal_address``, recorded as needs_info, nothing sent)
        when the broker asks an agent for one and none is set: never a letter without it, never an
        invented one."""
        postal = clinic.agent_postal_address(self.e.settings)
        if postal is None and recipe.legal.agent_postal_address == "required":
            raise MissingPersonField("this broker asks the authorised agent for a postal address and the clinic "
                                     "has none (clinic settings: postal address)", field="clinic_postal_address")
        return postal

    async def _authorisation(self, case: Case, recipe: Recipe, loaded: Loaded) -> agent.Authorisation | None:
        """The person's signed authorisation when the organisation writes as their agent: an agent is
        configured (agent.name), the person gave one, and the broker does not refuse agents."""
        if not self.e.settings.agent.name or not agent.accepts(recipe):
            return None
        return await agent.load(self.e.store, loaded.key, case.person_id)

    def _marker(self, request_id: int) -> Any:
        async def mark() -> None:
            await self.e.store.note_request(request_id, DATA_MARK)
        return mark

    async def _sent(self, case: Case, owner: str, loaded: Loaded, request_id: int, to: str, message_id: str,
                    token: str, law: Law, now: dt.datetime, kind: str = "letter_sent", agent_name: str | None = None,
                    account: str | None = None, from_address: str | None = None,
                    agent_address: str | None = None, care_of: bool = False) -> Case:
        """Record a letter sent (``kind``): the request's outcome with its sealed details, and the
        case's event (law, token, deadline, who acted; ``care_of``: the letter named the e-mail of
        someone who receives mail for the client, never the address itself)."""
        deadline = law.deadline(now)
        details = {"to": to, "message_id": message_id, "token": token, "law": law.id, "law_state": law.state,
                   "law_authority": law.authority,
                   "sent_at": now.isoformat(), "deadline": deadline.isoformat(), "account": account,
                   "from": from_address, "agent": agent_name, "agent_address": agent_address, "care_of": care_of}
        await self.e.store.finish_request(request_id, "submitted", now, reference=token,
                                          sealed=loaded.key.seal(json.dumps(details).encode(), "request"))
        # ``request``: the letter's request row, which a bounce of it names (_bounced_letter)
        data = {"law": law.id, "token": token, "to": to, "deadline": deadline.isoformat(), "request": request_id}
        if law.state:
            data["law_state"] = law.state  # whose law: a person who moves later keeps this letter's law
        if law.authority:
            data["law_authority"] = law.authority  # GDPR: whose supervisory authority takes a complaint
        if agent_name:
            data["agent"] = agent_name  # who acted: the report names the organisation
            # in which capacity: the agent's own right, or the person's request sent for them
            data["agent_role"] = agent.role(law)
        if agent_address:
            data["agent_address"] = agent_address  # the clinic's address, which the report names
        if care_of:
            data["care_of"] = True  # it named someone else's e-mail for the client: the report says so
        if account:
            data["account"] = account
        why = sent_reason(kind, law.id, token, f"{deadline:%Y-%m-%d}", law.state)
        return await self.e._record(case, owner, kind, S.SUBMITTED, data,
                                    at=deadline, attempts=1, last_error=why.english, why=why)

    async def settle(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, doubt: list[Any]) -> Case:
        """Letters the case has no record of the outcome of (a crash mid-send, or between sending
        and recording): counted as sent from what was kept, never written again blindly."""
        for req in sorted(doubt, key=lambda r: r.id, reverse=True):
            if req.channel == FOLLOW_UP:
                if (done := await self._recover_follow_up(case, owner, req)) is not None:
                    return done
                continue
            if req.status == "started":
                if req.reference != DATA_MARK:  # it never reached the server: nothing went out
                    await self.e.store.finish_request(req.id, "failed", self.e.clock.now())
                    continue
                if (done := await self._recover(case, owner, recipe, loaded, req.id)) is not None:
                    return done
            elif req.sealed and req.status in ("submitted", "confirmed"):
                d = json.loads(loaded.key.open(req.sealed, "request"))
                log.warning("a letter sent but not recorded is recorded now, not sent again", request=req.id)
                return await self.e._record(
                    case, owner, "letter_in_doubt", S.SUBMITTED,
                    {"law": d["law"], "token": d["token"], "to": d["to"], "deadline": d["deadline"], "request": req.id,
                     **({"law_state": d["law_state"]} if d.get("law_state") else {}),
                     **({"care_of": True} if d.get("care_of") else {})}, recipe,
                    at=dt.datetime.fromisoformat(d["deadline"]), attempts=1,
                    last_error=(why := sent_reason("letter_in_doubt", d["law"], d["token"], d["deadline"][:10],
                                                   d.get("law_state"))).english,
                    why=why)
        # nothing kept tells what went out: the next due pass writes the letter (none was sent)
        return await self.due(case, owner, recipe, loaded, self.e._values(recipe, loaded.person))

    async def _recover_follow_up(self, case: Case, owner: str, req: Any) -> Case | None:
        """A follow-up interrupted mid-send: counted as sent once its content may have reached the
        server; else nothing went out and it is sent when the case is next due."""
        now = self.e.clock.now()
        if req.status == "started" and req.reference != DATA_MARK:
            await self.e.store.finish_request(req.id, "failed", now)
            return None
        await self.e.store.finish_request(req.id, "submitted", now)
        log.warning("a follow-up interrupted mid-send is counted as sent, not sent again", request=req.id)
        return await self.e._record(case, owner, "follow_up_sent", S.SUBMITTED, {"in_doubt": True, "request": req.id},
                                    at=now + FOLLOW_UP_GRACE, why=Reason("follow_up_in_doubt"))

    async def _recover(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, request_id: int) -> Case | None:
        """A letter whose sending was interrupted may have gone out: count it as sent (the
        deadline's follow-up repairs the rare case where it did not) rather than risk a second."""
        for ev in await self.e.store.evidence(case.id):
            if ev.request_id != request_id or ev.kind != "email":
                continue
            blob = await asyncio.to_thread((self.e.settings.evidence_dir / ev.path).read_bytes)
            msg = email.message_from_bytes(loaded.key.open(blob, f"evidence:{ev.path}"),
                                           policy=email.policy.default)
            token = next(iter(re.findall(r"OPT-[2-9A-HJ-NP-Z]{6}", str(msg["Subject"] or ""))), None)
            if not token or not msg["Message-ID"]:
                break
            when = email.utils.parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else self.e.clock.now()
            law = choose_law(loaded.person, recipe, when.date())
            log.warning("a letter interrupted mid-send is counted as sent, not sent again", request=request_id)
            body = msg.get_body(preferencelist=("plain",))
            return await self._sent(case, owner, loaded, request_id, str(msg["To"]), str(msg["Message-ID"]), token,
                                    law, when, kind="letter_in_doubt",
                                    care_of=body is not None and CARE_OF_LABEL in body.get_content())
        await self.e.store.finish_request(request_id, "failed", self.e.clock.now())
        return None

    async def _pace(self, recipe: Recipe) -> SendingAccount:
        """The account the next letter leaves from: the first whose daily cap (letters in the last
        24 hours by the run's clock, the lab's in the lab; counted in the store, so shared by every
        worker) has room; then the per-broker spacing. Deferred until a slot frees otherwise."""
        m = self.settings
        now = self.e.clock.now()
        frees: list[dt.datetime] = []
        chosen = None
        for acc in self.accounts:
            sent = await self.e.store.submitted_since("email", now - dt.timedelta(days=1), account=acc.name)
            if len(sent) < acc.daily_cap:
                chosen = acc
                break
            frees.append(sent[len(sent) - acc.daily_cap] + dt.timedelta(days=1))
        if chosen is None:
            caps = "+".join(str(a.daily_cap) for a in self.accounts)
            raise Deferred(f"daily cap of {caps} letters reached", min(frees))
        wall = dt.datetime.now(dt.UTC)
        slot = await self.e.store.take_slot(f"mail:{recipe.id}", m.broker_spacing, wall)
        wait = slot - wall
        if wait > m.max_wait:
            raise Deferred(f"spacing letters to {recipe.id}", now + wait)
        if wait > dt.timedelta(0):
            await asyncio.sleep(wait.total_seconds())
        return chosen

    async def _overdue(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, values: dict[str, str]) -> Case:
        assert recipe.optout.email is not None
        sent = await self._letter(case, loaded)
        if sent is None:  # submitted but no letter on record (e.g. a recipe changed channel): write one
            return await self.send_request(case, owner, recipe, loaded, values)
        law = law_by_id(sent["law"], sent.get("law_state")
                        or (loaded.person.current_address.state if loaded.person.current_address else None),
                        dt.datetime.fromisoformat(sent["sent_at"]).date() if sent.get("sent_at") else None,
                        sent.get("law_authority"))
        events = await self.e.store.events(case.id)
        last_letter = max((i for i, ev in enumerate(events) if ev.kind in ("letter_sent", "letter_in_doubt")), default=0)
        # a letter or follow-up a mailbox refused for now (``_soft_bounce``) never arrived: it goes again
        soft = [ev.data or {} for ev in events[last_letter:] if ev.kind == "bounced_soft"]
        if any(not d.get("follow_up") for d in soft):
            return await self.send_request(case, owner, recipe, loaded, values)
        refused = {d.get("request") for d in soft}
        followed = any(ev.kind == "follow_up_sent" and (ev.data or {}).get("request") not in refused
                       for ev in events[last_letter:])
        # "no answer" only when none came: a broker that acknowledged the letter, asked for more time
        # or sent a link we opened did answer, and gave no final word (what the follow-up, the
        # person's task and the complaint must say)
        answers = [(ev.kind, ev.at.date()) for ev in events[last_letter:] if ev.kind in _ANSWERS]
        if followed:
            answered = bool(answers)
            said = (f"the broker answered the request of {sent['sent_at'][:10]} (it acknowledged it, asked for more "
                    "time or sent a link that was opened) but gave no final answer, to it nor to the follow-up" if answered
                    else f"no answer to the request of {sent['sent_at'][:10]} nor to the follow-up")
            raise NeedsHuman(
                said, kind="overdue",
                why=Reason("overdue_after_answer" if answered else "overdue", {"sent_on": sent["sent_at"][:10]}),
                instructions=f"{law.complaint} {quote_reference(sent['token'], 'en')}",
                instructions_es=f"{law.complaint_in('es')} {quote_reference(sent['token'], 'es')}")
        if not self.sender.configured:
            raise NeedsHuman("the deadline passed and no outgoing mail account is configured", kind="overdue",
                             why=Reason("overdue_no_account"),
                             instructions=law.complaint, instructions_es=law.complaint_in("es"))
        # the answer that is overdue is the one due at the latest deadline the broker was given (an
        # extension asked for in time moves it), not the letter's first one
        due = next((ev.data["deadline"] for ev in reversed(events[last_letter:])
                    if ev.kind == "deadline_extended" and ev.data and ev.data.get("deadline")), sent["deadline"])
        async with self._sending:
            return await self._follow_up(case, owner, recipe, loaded, values, {**sent, "deadline": due}, law, answers)

    async def _follow_up(self, case: Case, owner: str, recipe: Recipe, loaded: Loaded, values: dict[str, str],
                         sent: dict[str, Any], law: Law, answers: list[tuple[str, dt.date]]) -> Case:
        assert recipe.optout.email is not None
        if (dead := await self._known_dead(recipe.id, recipe.optout.email.to, case.id)) is not None:
            return await self._dead_elsewhere(case, owner, recipe.optout.email.to, dead, follow_up=True)
        await self._pace(recipe)
        now = self.e.clock.now()
        letter = compose_follow_up(recipe, values, sent["token"], dt.datetime.fromisoformat(sent["sent_at"]), law, now,
                                   answered=answers)
        account = self._account(sent.get("account"))  # the same account and address as the letter
        sender_name = values.get("full_name")
        auth = await self._authorisation(case, recipe, loaded) if sent.get("agent") else None
        if auth is not None:  # the agent wrote the letter: the agent follows it up, with the authorisation
            addr = loaded.person.current_address
            name = signed_name(values)
            letter = agent.agent_letter(letter, recipe, name, addr.state if addr else None, self.e.settings.agent,
                                        auth, sent["token"], address=sent.get("agent_address")
                                        or clinic.agent_postal_address(self.e.settings))
            sender_name = self.e.settings.agent.name
        msg = account.sender.message(to=recipe.optout.email.to, subject=letter.subject, body=letter.body,
                                     token=sent["token"], now=now, sender_name=sender_name,
                                     in_reply_to=sent["message_id"], from_address=sent.get("from"))
        if auth is not None:
            maintype, _, subtype = auth.content_type.partition("/")
            msg.add_attachment(auth.data, maintype=maintype, subtype=subtype, filename=auth.filename)
        # like the letter: its row and the letter itself are on disk before it leaves, and the row
        # is marked once the content goes, so a crash at any point never sends it twice
        request_id = await self.e.store.start_request(case.id, None, FOLLOW_UP, now)
        await self.e._evidence_sink(case, loaded.key, request_id)("email", msg.as_bytes(), "follow-up")
        in_doubt = False
        try:
            await account.sender.send(msg, before_data=self._marker(request_id))
        except MaybeSent as err:
            log.warning("a follow-up whose answer was lost is counted as sent, not sent again", reason=str(err))
            in_doubt = True
        except AddressRejected as err:
            await self.e.store.finish_request(request_id, "failed", now)
            return await self._dead_address(case, owner, recipe.optout.email.to, str(err), follow_up=True,
                                            permanent=True)
        except Exception:
            await self.e.store.finish_request(request_id, "failed", now)
            raise
        await self.e.store.finish_request(request_id, "submitted", now, reference=sent["token"])
        log.info("follow-up sent", token=sent["token"])
        data = {"token": sent["token"], "overdue_since": sent["deadline"], "in_doubt": in_doubt,
                "request": request_id}  # which request row it is: a bounce names it (_bounced_letter)
        if in_doubt:  # the request went out long ago; only the follow-up is in doubt (reasons.doubt_of)
            return await self.e._record(case, owner, "follow_up_sent", S.SUBMITTED, data, at=now + FOLLOW_UP_GRACE,
                                        why=Reason("follow_up_in_doubt"))
        return await self.e._record(case, owner, "follow_up_sent", S.SUBMITTED, data,
                                    at=now + FOLLOW_UP_GRACE,
                                    last_error=(f"no {'final ' if answers else ''}answer by {sent['deadline'][:10]}: "
                                                f"follow-up sent ({sent['token']})"),
                                    why=Reason("follow_up_sent_after_answer" if answers else "follow_up_sent",
                                               {"deadline": sent["deadline"][:10], "token": sent["token"]}))

    async def _letter(self, case: Case, loaded: Loaded) -> dict[str, Any] | None:
        """The details of the case's latest letter (sealed in its request row)."""
        for req in reversed(await self.e.store.requests(case.id)):
            if req.channel == "email" and req.sealed and req.status in ("submitted", "confirmed"):
                return {**json.loads(loaded.key.open(req.sealed, "request")), "request_id": req.id}
        return None

    async def _bounced_letter(self, case: Case, loaded: Loaded, msg: Any, target: Any) -> tuple[int, str, bool]:
        """Which of the case's letters a delivery report is about: ``(request id, address written
        to, whether it is a follow-up)``. Read from the report's copy of the returned message
        (RFC 3464's message/rfc822 or text/rfc822-headers part, ``Incoming.returned_headers``): its
        own Message-ID names the letter or follow-up (each one's is read from the copy kept as
        evidence before it left); without one, an ``In-Reply-To`` naming a letter makes it that
        letter's follow-up. A report that names neither is the letter ``target`` matched, never a
        follow-up: saying the request itself went through when it may not have is the one claim
        optout must not make."""
        from optout.mail._match import _norm as _msgid  # a Message-ID as the matcher compares it

        sent: dict[str, tuple[int, str, bool]] = {}  # Message-ID -> (request, to, follow-up)
        requests = {r.id: r for r in await self.e.store.requests(case.id)
                    if r.channel in ("email", FOLLOW_UP) and r.status in ("submitted", "confirmed")}
        for ev in await self.e.store.evidence(case.id):
            req = requests.get(ev.request_id) if ev.request_id is not None else None
            if req is None or ev.kind != "email":
                continue
            try:
                blob = await asyncio.to_thread((self.e.settings.evidence_dir / ev.path).read_bytes)
                kept = email.message_from_bytes(loaded.key.open(blob, f"evidence:{ev.path}"),
                                                policy=email.policy.default)
            except Exception:  # noqa: BLE001 - a copy that cannot be read or opened names no letter
                continue
            if kept["Message-ID"]:
                sent[_msgid(str(kept["Message-ID"]))] = (req.id, str(kept["To"] or target.to), req.channel == FOLLOW_UP)
        returned = msg.returned_headers or ""
        own = re.search(r"^message-id:\s*(<[^>\s]+>)", returned, re.IGNORECASE | re.MULTILINE)
        if own and _msgid(own.group(1)) in sent:
            return sent[_msgid(own.group(1))]
        answered = re.search(r"^in-reply-to:\s*(<[^>\s]+>)", returned, re.IGNORECASE | re.MULTILINE)
        if answered and _msgid(answered.group(1)) in sent:
            letter_id, to, _ = sent[_msgid(answered.group(1))]
            follow = [v for v in sent.values() if v[2] and v[0] > letter_id]
            if follow:
                return min(follow)
        return target.request_id, target.to, False

    async def _dead_address(self, case: Case, owner: str, to: str, why: str, mail: str | None = None,
                            follow_up: bool = False, request_id: int | None = None,
                            permanent: bool | None = None) -> Case:
        """The broker's address is dead: a person finds the new one. ``follow_up``: it was the
        follow-up that did not arrive (the request itself went out before, and is not said to have
        failed: f38), as the report says it of that letter only (``report._collect._letters``);
        ``request_id``: the request row of the letter that did not arrive, which that letter's
        event names too (``request``), so the report ties the bounce to it whatever came after;
        ``permanent``: the failure is about the address itself (a 5.x.x report, an SMTP 5xx refusal:
        ``_classify.bounce_permanent``), recorded as ``permanent`` so that every other case's next
        letter to the same address goes to a person instead (``_known_dead``); a transient one
        (4.x.x) or one that says neither stays this case's."""
        # volunteer words: the dashboard's queue shows them as they are (no recipe field, no file);
        # the CLI adds where the address is kept (``cli:human.mail_address``)
        which, which_es = (("The follow-up did not reach the broker (the request itself was sent before): press "
                            "\u201cI did it\u201d only if you reminded the broker another way yourself.",
                            "El recordatorio no llegó al corredor (la solicitud sí se envió antes): pulse «Ya lo "
                            "hice» solo si usted se lo recordó al corredor por otra vía.") if follow_up else
                           ("The letter did not reach the broker: press \u201cI did it\u201d only if you sent "
                            "the request another way yourself.",
                            "La carta no llegó al corredor: pulse «Ya lo hice» solo si usted envió la solicitud "
                            "por otra vía."))
        h = NeedsHuman(f"the broker's address {to} is dead ({why})", kind="dead_address",
                       instructions="Find the broker's current privacy address (its privacy policy, or the "
                                    "state registry) and give it to whoever keeps the clinic's list of brokers, "
                                    "so that the next letters go there. " + which,
                       instructions_es="Busque la dirección de privacidad actual del corredor (en su política de "
                                       "privacidad o en el registro del estado) y désela a quien mantiene la lista "
                                       "de corredores de la clínica, para que las próximas cartas vayan allí. "
                                       + which_es,
                       details={"dead_address": to, **({"mail_key": mail} if mail else {}),
                                **({"follow_up": True} if follow_up else {}),
                                **({"request": request_id} if request_id is not None else {}),
                                **({"permanent": True} if permanent else {})},
                       why=Reason("dead_address_follow_up" if follow_up else "dead_address"))
        return await self.e._needs_human(case, owner, h)

    async def _unclear_bounce(self, case: Case, owner: str, to: str, *, mail: str | None, follow_up: bool,
                              request_id: int | None) -> Case:
        """A bounce that says neither why nor for how long (``permanent`` None: no delivery status, no
        code, no words ``_classify.bounce_permanent`` knows, e.g. a notice in a language it does not
        read): the mail came back and we cannot tell why. It goes to a person (task
        ``bounce_unclear``), who reads the returned mail: never said dead (nor counted so for the
        broker's other cases, ``_known_dead``), never sent again blindly (f44a: such a notice was taken
        for a dead address). Structured reports and plain-text notices reach here by the same
        decision, ``bounce_permanent`` over the notice's own words."""
        what, what_es = returned_mail(follow_up)
        h = NeedsHuman(f"the {what} came back from the broker's mail server, which did not say why: the address is "
                       "not known to be dead", kind="bounce_unclear",
                       instructions=f"The {what} came back undelivered, and the returned mail says neither why nor "
                                    "for how long in words optout reads. Read it: if it says the mailbox does not "
                                    "exist, find the broker's current privacy address; if it says to try later, send "
                                    "it again later. Press “I did it” once the request went another way.",
                       instructions_es=f"{what_es[0].upper() + what_es[1:]} volvió sin entregarse, y el correo devuelto "
                                       "no dice por qué ni por cuánto tiempo en palabras que optout lea. Léalo: si dice "
                                       "que el buzón no existe, busque la dirección de privacidad actual del corredor; "
                                       "si dice que se intente más tarde, envíela de nuevo más tarde. Pulse «Ya lo "
                                       "hice» cuando la solicitud se haya enviado por otra vía.",
                       details={"address": to, "mail": "bounce", **({"mail_key": mail} if mail else {}),
                                **({"follow_up": True} if follow_up else {}),
                                **({"request": request_id} if request_id is not None else {})},
                       why=Reason("bounce_unclear_follow_up" if follow_up else "bounce_unclear"))
        return await self.e._needs_human(case, owner, h)

    async def _soft_bounce(self, case: Case, owner: str, to: str, data: dict[str, Any], *, follow_up: bool,
                           request_id: int | None) -> Case:
        """A transient bounce (``permanent`` False: a 4.x.x code, a full mailbox, "try again later"): the
        address is not dead, and is never said to be (nor counted so for the broker's other cases,
        ``_known_dead``). The letter, or the follow-up, goes again after ``SOFT_BOUNCE_RETRY`` (event
        ``bounced_soft``, the case ``submitted``: ``_overdue`` sends it again), up to
        ``SOFT_BOUNCE_TRIES`` sends; then a person (task ``soft_bounce``), told the mailbox refused it
        for now each time. A case that waits for something else (a person, a confirmation) keeps its
        state: the bounce is recorded only."""
        store, now = self.e.store, self.e.clock.now()
        data = {**data, "address": to, "request": request_id, **({"follow_up": True} if follow_up else {})}
        events = await store.events(case.id)
        since = max((i for i, ev in enumerate(events) if ev.kind in ("letter_sent", "letter_in_doubt")), default=0)
        tries = 1 + sum(1 for ev in events[since:] if ev.kind == "bounced_soft") + sum(
            1 for ev in events[:since] if ev.kind == "bounced_soft" and not (ev.data or {}).get("follow_up"))
        if case.state != S.SUBMITTED:
            why = Reason("soft_bounce_kept", {"date": f"{now:%Y-%m-%d}"})
            return await store.record(case.id, "bounced_soft", case.state, now, data={**data, "why": why.to_json()},
                                      last_error=case.last_error)
        if tries >= SOFT_BOUNCE_TRIES:
            what, what_es = returned_mail(follow_up)
            h = NeedsHuman(f"the broker's mail server refused the {what} for now {tries} times (a full or unavailable "
                           "mailbox): the address is not known to be dead", kind="soft_bounce",
                           instructions=f"The broker's mail server refused this {what} {tries} times, each time for now "
                                        "(its mailbox full or unavailable): the address may work again. Send it again "
                                        "later yourself, or use the broker's other route (its web form or postal "
                                        "address); press “I did it” once it went.",
                           instructions_es=f"El servidor de correo del corredor rechazó {what_es} {tries} veces, cada vez "
                                           "por ahora (su buzón lleno o no disponible): la dirección puede volver a "
                                           "funcionar. Envíela usted más tarde, o use otra vía del corredor (su "
                                           "formulario web o su dirección postal); pulse «Ya lo hice» cuando se haya "
                                           "enviado.",
                           details={k: v for k, v in data.items() if k != "why"},
                           why=Reason("soft_bounce_gave_up", {"count": tries}))
            return await self.e._needs_human(case, owner, h)
        again = now + SOFT_BOUNCE_RETRY
        why = Reason("soft_bounce_follow_up_retry" if follow_up else "soft_bounce_retry",
                     {"date": f"{now:%Y-%m-%d}", "again": f"{again:%Y-%m-%d}"})
        log.info("a transient bounce: sent again later", follow_up=follow_up)
        return await store.record(case.id, "bounced_soft", S.SUBMITTED, now, data={**data, "why": why.to_json()},
                                  next_action_at=again, last_error=why.english)

    async def _known_dead(self, broker_id: str, to: str, case_id: int) -> dt.datetime | None:
        """When another case's letter to ``to`` met a permanent failure (a hard bounce, an SMTP 5xx
        refusal: ``_dead_address``'s ``permanent``), else None. A hard bounce is about the address,
        not the case (trial42: the other clients' letters and follow-ups kept going to a mailbox
        that does not exist); a transient one (4.x.x) is not counted. An address the recipe no
        longer names is not asked about: its new one starts clean."""
        want = to.strip().lower()
        for other in await self.e.store.cases(broker_id=broker_id):
            if other.id == case_id:
                continue
            for ev in reversed(await self.e.store.events(other.id)):
                d = ev.data or {}
                # (a declined case's hard bounce is kept, not asked about: still about the address, f43)
                if ((ev.kind == "human_needed" and d.get("kind") == "dead_address"
                     or ev.kind == "reply_while_declined" and d.get("mail") == "bounce") and d.get("permanent")
                        and str(d.get("dead_address") or "").strip().lower() == want):
                    return ev.at
        return None

    async def _dead_elsewhere(self, case: Case, owner: str, to: str, since: dt.datetime, *, follow_up: bool) -> Case:
        """Nothing is sent to an address another case's letter found dead (``_known_dead``): a
        person finds the broker's other route. The task is ``dead_address_known``, never
        ``dead_address``: this case's own letter did not bounce (the report must not say it did)."""
        day = f"{since:%Y-%m-%d}"
        what, what_es = returned_mail(follow_up)
        h = NeedsHuman(f"the broker's address {to} bounced another client's letter on {day} (the mailbox does not "
                       f"exist): this {what} was not sent", kind="dead_address_known",
                       instructions=f"Nothing was sent: the broker's address bounced another client's letter on {day} "
                                    "(the mailbox does not exist). Find the broker's other route (its web form, its "
                                    "postal address or its current privacy address) and give a new address to whoever "
                                    "keeps the clinic's list of brokers. Press \u201cI did it\u201d only if you sent "
                                    f"this client's {what} another way yourself.",
                       instructions_es=f"No se envió nada: la dirección del corredor rebotó la carta de otra persona el "
                                       f"{day} (el buzón no existe). Busque otra vía del corredor (su formulario web, su "
                                       "dirección postal o su dirección de privacidad actual) y pase la dirección nueva a "
                                       "quien mantiene la lista de corredores de la clínica. Pulse «Ya lo hice» solo si "
                                       f"usted envió {what_es} de esta persona por otra vía.",
                       details={"dead_address": to, "bounced_on": day, **({"follow_up": True} if follow_up else {})},
                       why=Reason("dead_address_known", {"date": day}))
        return await self.e._needs_human(case, owner, h)

    # ---- the mailbox ----------------------------------------------------------------------------

    async def outstanding(self) -> list[Any]:
        """Every sent letter whose case still listens for mail, for :func:`optout.mail._match`."""
        from optout.mail._match import Outstanding

        out = []
        for case in await self.e.store.cases(states=LISTENING):
            recipe = self.e.catalogue.recipes.get(case.broker_id)
            if recipe is None or recipe.optout.channel != "email":
                continue
            loaded = await self.e.person(case.person_id)
            for req in await self.e.store.requests(case.id):
                if req.channel != "email" or not req.sealed or not req.reference:
                    continue
                d = json.loads(loaded.key.open(req.sealed, "request"))
                out.append(Outstanding(case_id=case.id, request_id=req.id, message_id=d["message_id"],
                                       token=d["token"], domains=tuple(recipe.domains), to=d["to"],
                                       declined=case.state == S.DECLINED))
        return out

    async def read_inbox(self, mailbox: Any, messages: list[Any] | None = None) -> dict[str, int]:
        """Read the messages not handled yet (``messages``: those the caller already fetched from
        ``mailbox``): tie each to a letter, act on it, mark it handled.

        A message that ties to no letter is left for the ``email_confirmation`` steps of
        people-search opt-outs (they read the same mailbox) and marked handled only once it is a
        day old; but one from the domain of a broker with letters out for several cases is an answer
        nobody could place (trial42: it was marked handled and told to nobody, and the broker that
        had answered got reminders): each of those cases waits for a person (``_unplaced``, counted
        ``awaiting_match``), the mail stays in the mailbox, and once a person attaches it to a case
        (``attach_reply``) it is read as any reply. A malformed message is counted and skipped, never fatal.
        """
        counts: dict[str, int] = {}

        def count(what: str) -> None:
            counts[what] = counts.get(what, 0) + 1

        if messages is None:
            messages = await mailbox.fetch_new()
        if not messages:
            return counts  # the common case in a worker's loop: no need to list the letters
        # the classifier, imported once there is mail (0.3 s); its rules compile on first use (_lazyre)
        from optout.mail._classify import ACT_CONFIDENCE, classify
        from optout.mail._match import broker_fits, matched_by

        # which replies were handled is the store's to say: every process on this mailbox agrees
        used = UsedMail(self.e.store)
        done = await used.taken([mail_key(m) for m in messages if m.readable])
        pending = await self.outstanding()
        now = self.e.clock.now()
        for msg in messages:
            key = mail_key(msg)
            if msg.readable and key in done:
                count("already handled")
                await mailbox.mark_handled(msg)
                continue
            found = matched_by(msg, pending) if msg.readable else None
            target, how = found if found else (None, None)
            if target is None and msg.readable and classify(msg).kind != "bounce" and (fits := broker_fits(msg, pending)):
                target, how = await self._placed_by_person(key, fits), "person"
                if target is None:
                    await self._unplaced(msg, key, fits)
                    count("awaiting_match")
                    continue  # left in the mailbox: read as any reply once a person places it
            if target is None:
                count("unmatched" if msg.readable else "unreadable")
                if not msg.readable or (msg.date and now - msg.date > UNMATCHED_GRACE):
                    await mailbox.mark_handled(msg)
                continue
            if not await used.claim(key, "reply", target.case_id):
                count("taken by another worker")
                continue
            if await self.acted_on(target.case_id, key):
                # claimed again after a pass that acted on it and stopped before marking it done (a
                # full disk, a file-size limit, a kill: trial31 saw one extension recorded twice)
                count("already handled")
                await used.finish(key)
                await mailbox.mark_handled(msg)
                continue
            try:
                verdict = await self._judged(target, msg, classify(msg))
                after = await self.handle(target, msg, verdict, how=how)
                # a success read too thinly to act on went to a person, as an unsure reply does: say so
                low = verdict.kind in ("confirmed", "verify_link") and verdict.confidence < ACT_CONFIDENCE
                # a reply to a case the client declined is kept as its evidence, never acted on
                # (``_while_declined``): counted so, never as a confirmation of the run (f44a)
                count("declined_evidence" if getattr(after, "state", None) == S.DECLINED else
                      "unsure" if low else str(verdict.kind))
            except MachineFault:
                # this machine's fault (a full disk, a file-size limit), not the mail's: left claimed and
                # not done, it is read again by a later pass (acted_on keeps that from acting twice),
                # never marked done unread as a bad message is
                raise
            except Exception:  # one bad message must not stop the others (it stays in the mailbox, for a person)
                log.exception("could not act on a reply", case=target.case_id)
                count("errors")
            await used.finish(key)
            await mailbox.mark_handled(msg)
        if counts:
            log.info("mailbox read", **counts)
        return counts

    async def _unplaced(self, msg: Any, key: str, fits: list[Any]) -> None:
        """A broker's mail that names none of our letters while that broker has letters out for several
        cases (``fits``): each of those cases goes to a person, who says whose it is, and meanwhile gets
        no follow-up and is never reported "no answer" (trial42). The task names the broker and the day
        only: never the mail's subject or body (they may name another client). The mail itself is kept
        sealed as each case's evidence (``UNPLACED_STEP``), so that the volunteer asked can read it on
        the dashboard (trial45), never in a report. Once per mail and case
        (its events' ``unplaced_mail``); the case's state and due time before are kept in the event so
        that ``App._settle`` puts back the cases the reply was not for. A confirmed case is asked only
        when no open case fits."""
        from optout.mail import UNPLACED_STEP

        found = {case_id: await self.e.store.get_case(case_id) for case_id in sorted({o.case_id for o in fits})}
        # a case the broker already confirmed is asked only when no open case (a letter waiting for its
        # answer, a person, a declined client's) fits: the mail is far likelier an open request's
        # answer, and a confirmed case sent to a person read "needs a person" for another's mail (u48)
        cases = [c for c, case in found.items() if case.state != S.CONFIRMED] or list(found)
        for case_id in cases:
            case = found[case_id]
            if any((ev.data or {}).get("unplaced_mail") == key for ev in await self.e.store.events(case_id)):
                continue
            recipe = self.e.catalogue.recipes.get(case.broker_id)
            broker = recipe.name if recipe is not None else case.broker_id
            day = f"{(msg.date or self.e.clock.now()):%Y-%m-%d}"
            en, es = unplaced_instructions(broker, day, len(cases))
            h = NeedsHuman(f"a reply from {broker} we could not match to a letter (received {day}): which client?",
                           kind="unplaced_reply", instructions=en, instructions_es=es,
                           details={"unplaced_mail": key, "cases": cases, "received": day, "was": case.state.value,
                                    # which kept copy is this mail's (its SHA-256, as the evidence row has it):
                                    # App._settle deletes it from every case the reply proves not to be
                                    "copy": hashlib.sha256(msg.raw).hexdigest(),
                                    "due": case.next_action_at.isoformat() if case.next_action_at else None,
                                    "note": case.last_error},
                           why=Reason("reply_awaits_match", {"broker": broker}))
            loaded = await self.e.person(case.person_id)
            await self.e._evidence_sink(case, loaded.key, None)("email", msg.raw, UNPLACED_STEP)
            await self.e._needs_human(case, "mail", h)
        log.info("a broker's reply names no letter: a person says whose it is", cases=len(cases))

    async def _placed_by_person(self, key: str, fits: list[Any]) -> Any:
        """The newest request of the case a person attached the mail ``key`` to (``attach_reply``), or None."""
        for case_id in sorted({o.case_id for o in fits}):
            if any(ev.kind == "reply_attached" and (ev.data or {}).get("unplaced_mail") == key
                   for ev in await self.e.store.events(case_id)):
                return max((o for o in fits if o.case_id == case_id), key=lambda o: o.request_id)
        return None

    async def acted_on(self, case_id: int, key: str) -> bool:
        """Whether a reply (by its ``mail_key``) was already acted on for this case: an event that
        names it. Acting and marking the mail done are two writes; a pass that stops between them
        (a machine fault) leaves the mail claimed but not done, and the next pass claims it again
        once the claim's lease has run out."""
        return any(ev.data and ev.data.get("mail_key") == key for ev in await self.e.store.events(case_id))

    async def _judged(self, target: Any, msg: Any, verdict: Any) -> Any:
        """``verdict`` (``classify``'s) read against whose request the letter was: a success that
        greets, by title and name, someone who is neither the person (any form of their name) nor
        their agent answers another person's request, and one that names only other listings of the
        broker than those the case found answers another listing; either is ``unsure`` (a person
        reads it). ``classify`` sees only the mail (tests/test_reply_to_another_person.py)."""
        if str(verdict.kind) != "confirmed":
            return verdict
        from dataclasses import replace

        from optout.mail._classify import greets_another, names_another_listing

        case = await self.e.store.get_case(target.case_id)
        loaded = await self.e.person(case.person_id)
        p, org = loaded.person, self.e.settings.agent
        names = [p.full_name, *p.aliases, *(" ".join((*f.given, *f.surnames)) for f in p.names),
                 org.name or "", org.signatory or ""]
        # (the accounts letters are sent from: a plus-address of one is that account's, see _address_of_another)
        addresses = [*p.emails, p.optout_email or "", org.email or "",
                     *(a.sender.settings.from_address or "" for a in self.accounts)]
        if (other := greets_another(msg, names, addresses)) is None:
            # a completion naming another listing's address of the broker than every one the case found
            # (set S's first read); the letter's quote is read by ``classify`` itself
            urls = []
            for li in await self.e.store.listings(case.id, include_gone=True):
                with contextlib.suppress(Exception):  # a listing that cannot be opened compares with nothing
                    urls.append(json.loads(loaded.key.open(li.sealed, "listing"))["listing"].get("profile_url") or "")
            if (other := names_another_listing(msg, urls)) is None:
                return verdict
        return replace(verdict, kind="unsure", rule=f"unsure: the completion names {other}",
                       confidence=min(float(getattr(verdict, "confidence", 1.0)), 0.4))

    async def handle(self, target: Any, msg: Any, verdict: Any, how: str | None = None) -> Case:
        """Record one reply against its case and act on it. ``how``: how it was tied to its letter
        (``_match.matched_by``'s, or ``"person"``); one tied by no evidence of its own (the only open
        case of its broker, a person's choice) says so in its event (``matched_by``)."""
        store, now = self.e.store, self.e.clock.now()
        case = await store.get_case(target.case_id)
        recipe = self.e.catalogue.recipes[case.broker_id]
        loaded = await self.e.person(case.person_id)
        await self.e._evidence_sink(case, loaded.key, target.request_id)("email", msg.raw, "reply")
        kind = str(verdict.kind)
        # which mail this is, in every event that acts on it: a pass that stopped after acting and
        # before the mail was marked done must not act on it again (``acted_on``)
        key = mail_key(msg)
        data: dict[str, Any] = {"mail": kind, "token": target.token, "mail_key": key}
        if how in ("only_open_case", "person"):
            data["matched_by"] = how
            log.info("reply matched to a letter by no evidence of its own", matched_by=how)
        if getattr(verdict, "reason", None):
            data["reason"] = verdict.reason
        owner = "mail"

        from optout.mail._classify import ACT_CONFIDENCE

        confidence = float(getattr(verdict, "confidence", 1.0))
        data["rule"] = verdict.rule
        data["confidence"] = confidence  # how sure the deciding rule is (optout.mail._classify: per rule set)
        if getattr(verdict, "evidence", ""):
            # event data is not sealed: the words that decided, without the person's values, an e-mail address or a
            # phone the reply quoted ("dimos de baja maria@… de la lista"); the reply itself is kept sealed as evidence
            data["evidence"] = redact(verdict.evidence.replace("\u2024", "."))[:200]  # an address's dots as written (reply_text)
        if getattr(verdict, "language", None):
            data["language"] = verdict.language  # a language optout has no rules for: to be translated
        if case.state == S.DECLINED:
            return await self._while_declined(case, loaded, msg, target, verdict, data, confidence >= ACT_CONFIDENCE)
        if kind in ("confirmed", "verify_link") and confidence < ACT_CONFIDENCE or kind in ("unsure", "other"):
            # what the rules cannot settle is read by a person, never counted as a confirmation
            # a success read by rules that cover its language only in part, in words that are no exact
            # completed deletion, is never counted as the broker saying so: a person reads it
            h = NeedsHuman(f"the broker answered and optout cannot tell for sure what it says ({verdict.rule}; "
                           f"confidence {confidence:.2f})",
                           kind="unclear_reply", why=Reason("reply_unclear"),
                           details={"mail": kind, "confidence": confidence, "mail_key": key,
                                    **({"language": verdict.language} if getattr(verdict, "language", None) else {})},
                           # the language by its name, its own and the reader's ("Русский (ruso)"), not its code
                           instructions=("Read its e-mail (kept with the case's evidence) and record what it says."
                                         + (f" It is written in {language_name(verdict.language, 'en')}: have it "
                                            "translated first." if getattr(verdict, "language", None) else "")),
                           instructions_es=("Lea su correo (guardado con las pruebas del caso) y anote lo que dice."
                                            + (f" Está escrito en {language_name(verdict.language, 'es')}: hágalo "
                                               "traducir primero." if getattr(verdict, "language", None) else "")))
            return await self.e._needs_human(case, owner, h)
        if kind == "confirmed":
            await store.finish_request(target.request_id, "confirmed", now)
            return await self.e._record(case, owner, "reply_confirmed", S.CONFIRMED, data, recipe,
                                        last_error=f"confirmed by e-mail on {now:%Y-%m-%d} ({target.token})",
                                        why=Reason("confirmed_by_mail", {"date": f"{now:%Y-%m-%d}", "token": target.token}))
        if kind == "verify_link":
            return await self._verify(case, recipe, loaded, msg, data)
        if kind == "extended":
            # when the broker told us: when our server received it (else its Date), never later than now
            stamp = getattr(msg, "received", None) or getattr(msg, "date", None)
            told = min(now, stamp) if isinstance(stamp, dt.datetime) and stamp.tzinfo else now
            return await record_extension(store, case, await store.events(case.id), int(verdict.days or 45), told,
                                          now, data, resident_state=(loaded.person.current_address.state
                                                                     if loaded.person.current_address else None))
        if kind == "bounce":
            # the letter the report is about, by the returned message's own headers, never "the newest
            # letter": a late bounce of the request after its follow-up went is the request's (f41)
            request_id, to, follow_up = await self._bounced_letter(case, loaded, msg, target)
            bounced = list(verdict.failed_recipients) or [to]
            permanent = getattr(verdict, "permanent", None)
            if permanent is False:
                return await self._soft_bounce(case, owner, to, data, follow_up=follow_up, request_id=request_id)
            if permanent is None:  # neither a code nor words we know: a person reads it (f44a)
                return await self._unclear_bounce(case, owner, to, mail=key, follow_up=follow_up,
                                                  request_id=request_id)
            return await self._dead_address(case, owner, to,
                                            f"bounced: {', '.join(sorted(set(bounced)))[:120]}", mail=key,
                                            follow_up=follow_up, request_id=request_id, permanent=True)
        if kind in ("needs_id", "needs_info", "refused"):
            events = await store.events(case.id)
            law = law_by_id(self._law_of(events), self._law_state_of(events)
                            or (loaded.person.current_address.state if loaded.person.current_address else None),
                            authority=self._law_authority_of(events))
            reason = {"needs_id": "the broker asks for proof of identity",
                      "needs_info": "the broker asks for more information",
                      "refused": f"the broker refused the request ({data.get('reason') or 'no reason given'})"}[kind]
            # volunteer words, shown as they are in the dashboard's queue: the e-mail is "kept with the
            # case's evidence" (the CLI adds its command, ``cli:human.mail``), never a command here
            advice = {"needs_id": "Read its e-mail (kept with the case's evidence). Send only what the law lets "
                                  "it ask for, ideally a redacted document, and never more than it needs to match you.",
                      "needs_info": "Read its e-mail (kept with the case's evidence) and answer it, quoting the "
                                    "reference.",
                      "refused": "Read its e-mail (kept with the case's evidence). If the refusal is wrong: "
                                 + law.complaint}[kind]
            advice_es = {"needs_id": "Lea su correo (guardado con las pruebas del caso). Envíe solo lo que la ley le "
                                     "deja pedir, mejor un documento tapado en parte, y nunca más de lo que necesita "
                                     "para reconocer a la persona.",
                         "needs_info": "Lea su correo (guardado con las pruebas del caso) y contéstelo citando la "
                                       "referencia.",
                         # the law's complaint office, its name as it is, the sentence around it in Spanish
                         "refused": "Lea su correo (guardado con las pruebas del caso). Si el rechazo no es correcto: "
                                    + law.complaint_in("es")}.get(kind)
            # a refusal's reason, as the reply reader found it, said in the reader's language too
            # (the English note had it, the Spanish one and the dashboard did not: trial28)
            why = (Reason("reply_refused_because", {"because": str(data["reason"])})
                   if kind == "refused" and data.get("reason") else Reason(f"reply_{kind}"))
            from optout.mail._classify import _AGENT_PAPER_ONLY

            if kind == "needs_info" and verdict.rule == _AGENT_PAPER_ONLY:
                reason, advice, advice_es, why = await self._agent_papers_asked(case, recipe, loaded, events)
            h = NeedsHuman(reason, kind=kind, instructions=advice, details={"mail": kind, "mail_key": key}, why=why,
                           instructions_es=advice_es)
            return await self.e._needs_human(case, owner, h)
        # acknowledgements and auto-replies: keep them, change nothing (the legal clock runs on). A
        # receipt on a case that waits for the broker's answer says so in the case's note (`optout
        # status`), with the answer's due date unchanged; a case waiting for a person keeps its note.
        if kind == "acknowledged" and case.state == S.SUBMITTED:
            due = f"{case.next_action_at:%Y-%m-%d}" if case.next_action_at else "-"
            why = Reason("reply_acknowledged", {"date": f"{now:%Y-%m-%d}", "deadline": due})
            return await store.record(case.id, "reply_ack", case.state, now, data={**data, "why": why.to_json()},
                                      last_error=f"the broker acknowledged the request on {now:%Y-%m-%d}; answer due {due}")
        return await store.record(case.id, "reply_ack" if kind == "acknowledged" else "reply_auto", case.state,
                                  now, data=data, last_error=case.last_error)

    async def _while_declined(self, case: Case, loaded: Loaded, msg: Any, target: Any, verdict: Any,
                              data: dict[str, Any], sure: bool) -> Case:
        """A reply to the letter of a case the client chose not to pursue (``declined``: ``App.decline``).
        It was read and then told to nobody (f43); now it is the case's evidence (the mail is kept by
        ``handle``) and its note says what came and when, in status, the report and the dashboard: a
        confirmation read surely finishes its request as ``confirmed`` (event ``reply_confirmed``: the
        report's "confirmed on"), anything else is event ``reply_while_declined``. The case stays
        ``declined`` with nothing due: no follow-up, no person's task, no link opened, nothing sent. A
        permanent bounce still marks the address dead for the broker's other cases (``_known_dead``)."""
        store, now = self.e.store, self.e.clock.now()
        kind = str(verdict.kind)
        events = await store.events(case.id)
        chose = next((ev.at for ev in reversed(events) if ev.state == S.DECLINED and ev.kind == "declined"), None)
        params = {"date": f"{now:%Y-%m-%d}", "declined": f"{(chose or case.state_since or now):%Y-%m-%d}"}
        if kind == "bounce":
            request_id, to, follow_up = await self._bounced_letter(case, loaded, msg, target)
            data = {**data, "dead_address": to, "request": request_id,
                    **({"follow_up": True} if follow_up else {}),
                    **({"permanent": True} if getattr(verdict, "permanent", None) else {})}
        if kind == "confirmed" and sure:
            await store.finish_request(target.request_id, "confirmed", now)
            why = Reason("declined_reply_confirmed", params)
        elif kind == "refused":
            why = Reason("declined_reply_refused", params)
        else:
            why = Reason("declined_reply", params)
        log.info("a reply to a declined case kept as evidence", mail=kind)
        return await store.record(case.id, "reply_confirmed" if why.code == "declined_reply_confirmed"
                                  else "reply_while_declined", S.DECLINED, now,
                                  data={**data, "why": why.to_json()}, next_action_at=None, last_error=why.english)

    async def _agent_papers_asked(self, case: Case, recipe: Recipe, loaded: Loaded,
                                  events: list[Any]) -> tuple[str, str, str, Reason]:
        """A broker's ask for the client's signed authorisation of the clinic as agent (a "carta poder"):
        the reason, the volunteer's advice in English and Spanish, and the reason's code.

        Said apart from "more information" (trial42: the clinic was told only "the broker asks for more
        information", while the authorisation it asks for was on file and attached to the letter). The
        advice says which holds: an authorisation on file that the letter carried (its date of signature
        and the start of its SHA-256, as the letter named them), or none on file or carried, so the client
        signs the clinic's form first. Returns ``(reason, advice, advice_es, why)``."""
        auth = await self._authorisation(case, recipe, loaded)
        carried = any(ev.kind == "letter_sent" and (ev.data or {}).get("agent") for ev in events)
        reason = "the broker asks for the client's signed authorisation of the clinic as agent"
        if auth is not None and carried:
            signed, sha = f"{auth.signed_on:%Y-%m-%d}", auth.sha256[:16]
            advice = (f"Read its e-mail (kept with the case's evidence). The client's signed authorisation (signed "
                      f"{signed}, SHA-256 {sha}…) is on file and was attached to the letter: answer quoting the "
                      "reference, attach it again and say that the letter carried it; if the broker wants something "
                      "else (its own form, the client's confirmation), ask the client.")
            advice_es = (f"Lea su correo (guardado con las pruebas del caso). La autorización firmada por la persona "
                         f"(firmada el {signed}, SHA-256 {sha}…) está guardada y fue adjunta a la carta: conteste "
                         "citando la referencia, adjúntela de nuevo y diga que la carta ya la llevaba; si el corredor "
                         "pide otra cosa (su propio formulario, una confirmación de la persona), pregúntele a la "
                         "persona.")
            return reason, advice, advice_es, Reason("reply_needs_authorisation_sent", {"date": signed})
        advice = ("Read its e-mail (kept with the case's evidence). No signed authorisation of the clinic went with "
                  "this letter (none is on file for the client, or the broker takes no agents): have the client sign "
                  "the clinic's authorisation form, keep it with the client's file in optout, then answer quoting the "
                  "reference.")
        advice_es = ("Lea su correo (guardado con las pruebas del caso). Esta carta no llevaba una autorización firmada "
                     "para la clínica (no hay una guardada para la persona, o el corredor no acepta agentes): pida a la "
                     "persona que firme el formulario de autorización de la clínica, guárdelo con su expediente en "
                     "optout y conteste citando la referencia.")
        return reason, advice, advice_es, Reason("reply_needs_authorisation")

    @staticmethod
    def _sent_law(events: list[Any], key: str) -> Any:
        """``key`` (``law``, ``law_state``, ``law_authority``) of the last letter sent, None without one."""
        for ev in reversed(events):
            if ev.kind == "letter_sent":
                return ev.data.get(key)
        return None

    @classmethod
    def _law_of(cls, events: list[Any]) -> str:
        return str(cls._sent_law(events, "law") or "courtesy")

    @classmethod
    def _law_state_of(cls, events: list[Any]) -> str | None:
        return cls._sent_law(events, "law_state")

    @classmethod
    def _law_authority_of(cls, events: list[Any]) -> str | None:
        return cls._sent_law(events, "law_authority")

    async def _verify(self, case: Case, recipe: Recipe, loaded: Loaded, msg: Any, data: dict[str, Any]) -> Case:
        """Open the one link that asks to confirm (``choose_link``): on the broker's domains, or behind
        a click-tracker whose redirects end there. Anything else goes to a person, with the real target."""
        from optout.mail._classify import choose_link, looks_like_tracker

        domains = list(recipe.domains) + [m.domain for m in recipe.mirrors]
        from optout.mail._classify import ACT_CONFIDENCE

        choice = choose_link(msg, domains)
        data = {**data, "link": choice.status, "link_confidence": choice.confidence}
        if choice.status in ("open", "follow") and choice.confidence < ACT_CONFIDENCE:
            # chosen only by words of a language optout reads in part, not an exact "confirm your request"
            # on the broker's own host: nothing is opened, a person decides (the link is named for them)
            h = NeedsHuman(f"the broker's e-mail asks to confirm, and {choice.reason}; nothing was opened "
                           f"(confidence {choice.confidence:.2f})",
                           kind="verify_link", url=choice.url,
                           instructions="Read its e-mail (kept with the case's evidence) and, if it asks to confirm the "
                                        "request, open its confirmation link yourself.",
                           instructions_es="Lea su correo (guardado con las pruebas del caso) y, si pide confirmar la "
                                           "solicitud, abra usted mismo su enlace de confirmación.",
                           details={"mail": "verify_link", "link": choice.status, "confidence": choice.confidence},
                           why=Reason("verify_link_unclear"))
            return await self.e._needs_human(case, "mail", h)
        if choice.status in ("none", "ambiguous"):
            h = NeedsHuman(f"the broker's e-mail asks to confirm, and {choice.reason}; nothing was opened",
                           kind="verify_link", instructions="Read its e-mail (kept with the case's evidence) and "
                                                            "open the link that confirms the request yourself.",
                           instructions_es="Lea su correo (guardado con las pruebas del caso) y abra usted mismo el "
                                           "enlace que confirma la solicitud.",
                           details={"mail": "verify_link", "link": choice.status}, why=Reason("verify_link_unclear"))
            return await self.e._needs_human(case, "mail", h)
        url = choice.url
        assert url is not None
        if choice.status in ("follow", "foreign"):  # a foreign link that is no tracker is never requested
            target = await self._resolve(url, domains) if choice.status == "follow" and looks_like_tracker(url) else None
            if target is None or not host_allowed(target[0], domains):
                seen = target[0] if target else url
                host = urlsplit(seen).hostname or "?"
                h = NeedsHuman(
                    f"the broker's e-mail asks to open a link that leads outside its domains ({host}); not opened",
                    kind="suspicious_link", url=seen,
                    instructions="This may be phishing. Check the e-mail (kept with the case's evidence) and open "
                                 "the link yourself only if you trust it.",
                    instructions_es="Puede ser un engaño (phishing). Revise el correo (guardado con las pruebas del "
                                    "caso) y abra el enlace usted mismo solo si confía en él.",
                    details={"mail": "verify_link", "foreign_hosts": [host]},
                    why=Reason("verify_link_foreign", {"host": host}))
                return await self.e._needs_human(case, "mail", h)
            url = target[0]
        page = self.e.http.page(recipe.id, domains)
        try:
            await page.goto(url)
            text = await page.text()
        except (StepError, OptoutError) as err:
            h = NeedsHuman(f"could not open the broker's verification link ({err})", kind="verify_link",
                           url=url, instructions="Open the link in the broker's e-mail yourself.",
                           instructions_es="Abra usted mismo el enlace del correo del corredor.",
                           why=Reason("verify_link_failed"))
            return await self.e._needs_human(case, "mail", h)
        await self.e._evidence_sink(case, loaded.key, None)("page_text", text.encode(), "verification link")
        log.info("verification link opened")
        state = S.CONFIRMED if case.state == S.CONFIRMED else S.SUBMITTED
        due = KEEP if case.next_action_at else self.e.clock.now() + recipe.cadence.confirm_after
        # after the follow-up, the note keeps saying it went (f44a: a broker that answers every mail with a
        # link, the lab's MailVerify, had status show "link opened" where MailSilent's showed the follow-up)
        events = await self.e.store.events(case.id)
        last_letter = max((i for i, ev in enumerate(events) if ev.kind in ("letter_sent", "letter_in_doubt")), default=0)
        followed = next((ev for ev in reversed(events[last_letter:]) if ev.kind == "follow_up_sent"), None)
        why = (Reason("verify_link_opened_after_follow_up", {"token": data["token"], "date": f"{followed.at:%Y-%m-%d}"})
               if followed is not None else Reason("verify_link_opened", {"token": data["token"]}))
        data = {**data, "why": why.to_json()}
        return await self.e.store.record(case.id, "verified", state, self.e.clock.now(), data=data, next_action_at=due,
                                         last_error=why.english)

    async def _resolve(self, url: str, domains: list[str], hops: int = 5) -> tuple[str, bool] | None:
        """Where a click-tracker leads: its redirects are read one hop at a time (never followed
        blindly), through the tracker's own host or other trackers only, and reading stops at the
        first URL on the broker's ``domains``, returned unopened, or at any other host, returned
        unrequested. Returns (the last URL seen, whether it is the broker's), or None when the
        tracker cannot be reached."""
        import httpx  # a run of browser brokers never needs it

        from optout.mail._classify import looks_like_tracker

        try:
            async with httpx.AsyncClient(follow_redirects=False, timeout=15, proxy=self.e.settings.effective_proxy,
                                         headers={"User-Agent": self.e.settings.network.user_agent}) as client:
                for _ in range(hops):
                    r = await client.get(url)
                    where = r.headers.get("location")
                    if not r.is_redirect or not where:
                        return url, False
                    here, url = urlsplit(url).hostname, urljoin(url, where)
                    if host_allowed(url, domains):
                        return url, True
                    if urlsplit(url).hostname != here and not looks_like_tracker(url):
                        return url, False  # somewhere else: shown to a person, never requested
        except (httpx.HTTPError, ValueError):
            return None
        return url, False
