"""Gather what happened for one person from the store and the vault into plain data for a report.

Everything here is opened with the person's key in memory only; nothing is written. Listings are
described without their values ("non-identifying details": which fields the broker showed, how
many addresses or relatives, the confidence), since the screenshot already shows the listing.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from optout import reasons
from optout.files import image_media_type
from optout.mail import LETTER_EVENTS, UNPLACED_STEP
from optout.person import Person, parse_person
from optout.reasons import Reason
from optout.recipe.loader import Catalogue
from optout.report.mailtext import mail_parts
from optout.store import Case, CaseState, Evidence, Store, recognised_at
from optout.vault import PersonKey, Vault

#: Step labels the engine gives the scan pages it keeps (optout.engine.SCAN_*); read here by value so
#: the report does not import the engine.
BEFORE = ("scan (found)",)
AFTER = ("scan (after)",)
STILL = ("scan (still listed)",)


@dataclass
class Shot:
    at: dt.datetime
    step: str
    data_uri: str  # data:image/jpeg;base64,… or image/png (the report is one self-contained file)
    sha256: str


@dataclass
class Mail:
    at: dt.datetime
    role: str  # letter | follow-up | reply | mail (e.g. a broker's verification mail)
    headers: dict[str, str]
    body: str
    sha256: str


@dataclass
class Recorded:
    """A broker's answer that came by post or telephone, as a person recorded it
    (``App.record_reply``): when it was recorded, the day it came, how, its class and the words."""

    at: dt.datetime
    on: str  # YYYY-MM-DD
    channel: str  # post | phone
    kind: str  # optout.app.RECORDED_REPLIES
    note: str
    why: Reason | None


@dataclass
class RequestInfo:
    id: int
    channel: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    reference: str | None
    shots: list[Shot] = field(default_factory=list)
    mails: list[Mail] = field(default_factory=list)

    @property
    def shot_caption(self) -> str:
        """What this request's screenshots show, as the report's key (``report:<key>``): the broker's
        answer (``answer_shot``) only of a request the broker has (``submitted``, ``confirmed``); the
        page where optout stopped and sent nothing (``unsent_shot``: ``failed``, e.g. a form that
        wants an e-mail the person did not give, trial49); the page where optout stopped, its end
        for a person to see (``stopped_shot``: ``needs_human``, or ``started``: in doubt)."""
        if self.status in ("submitted", "confirmed"):
            return "answer_shot"
        return "unsent_shot" if self.status == "failed" else "stopped_shot"


@dataclass
class ListingInfo:
    first_seen: dt.datetime
    last_seen: dt.datetime
    gone_at: dt.datetime | None
    confidence: float
    decision: str
    shown: list[tuple[str, int | None]]  # e.g. [("name", None), ("locations", 3)]: what was shown, not the values


@dataclass
class LetterInfo:
    sent_at: dt.datetime
    law: str
    to: str
    deadline: dt.datetime | None
    kind: str  # letter_sent | follow_up_sent | letter_in_doubt
    agent: str | None = None
    #: the due date after an extension the broker asked for in time (``deadline_extended``)
    extended_to: dt.datetime | None = None
    #: when the broker asked for more time only after the answer was due (no extension: the law's)
    extension_late_at: dt.datetime | None = None
    #: when the broker first answered (not an acknowledgement, an auto-reply, an extension or a bounce)
    answered_at: dt.datetime | None = None
    #: when the broker first wrote back without the answer the law asks for (an acknowledgement, a
    #: request for more time in time or late): a passed due date is then "no final answer", never
    #: "no answer" (trial37)
    replied_at: dt.datetime | None = None
    #: the letter came back undelivered (a bounce: the broker's address is dead), so no legal clock
    #: ran from it: its due date never "passed with no answer" (trial37)
    bounced_at: dt.datetime | None = None
    #: when a reply from the broker came that cites none of our letters, while it has letters of several
    #: clients, and a person has not yet said whose it is (``MailFlow._unplaced``, trial42): the due date
    #: then never "passed with no answer"; None when none waits (or a person said it was another's)
    awaiting_match_at: dt.datetime | None = None
    #: the due date (``extended_to`` or ``deadline``) had passed with no answer when the report was made
    passed_unanswered: bool = False
    #: a follow-up a stopped run may or may not have sent (``reasons.doubt_of``): counted as sent
    in_doubt: bool = False
    #: the letter named the e-mail of someone who receives mail for the client (its event's
    #: ``care_of``: ``optout.mail.Letter.care_of``); the address itself is never in the report
    care_of: bool = False
    #: the US state whose law the letter cited (its event's ``law_state``): the report names that
    #: law, not "a state privacy law" (``reasons.law_text``, f43)
    law_state: str | None = None

    @property
    def due(self) -> dt.datetime | None:
        """The day the answer was due, extension included."""
        return self.extended_to or self.deadline

    @property
    def answered_late(self) -> bool:
        return bool(self.answered_at and self.due and self.answered_at > self.due)


#: The reasons of a case whose task names the office that takes a complaint (optout.mail's flow).
COMPLAINED = ("reply_refused", "reply_refused_because", "overdue", "overdue_no_account",
              "reply_post_refused", "reply_phone_refused")


@dataclass
class BrokerSection:
    broker_id: str
    name: str
    channel: str
    state: str
    state_since: dt.datetime
    found_at: dt.datetime | None
    removed_at: dt.datetime | None
    confirmed_at: dt.datetime | None
    listings: list[ListingInfo]
    before: list[Shot]
    after: list[Shot]
    still: list[Shot]
    requests: list[RequestInfo]
    replies: list[Mail]
    letters: list[LetterInfo]
    relisted_at: list[dt.datetime]
    held: list[dict[str, Any]]  # letters held back (e.g. DROP covers the broker)
    acted_by: str | None  # the authorised agent's name, when an agent acted; None: the person
    last_error: str | None  # English, for the log; the report shows ``why`` in its language
    missing: list[str]  # evidence the index names whose file is gone: (kind, time, hash) only
    events: list[tuple[dt.datetime, str, str]]  # (at, kind, state)
    #: what happened, as the report says it: the state, or ``needs_info`` for a case stopped for
    #: data the client did not give (stored as ``failed``; never reported as a failure)
    outcome: str = ""
    why: Reason | None = None  # the note as a reason code (optout.reasons), rendered per language
    contact: str | None = None  # which address brokers answer to, when the clinic's was used
    #: the broker's answers go to someone who receives mail for the client (``Person.care_of_email``,
    #: the request event's ``care_of``); the address itself is never in the report
    care_of: bool = False
    agent_address: str | None = None  # the postal address an agent letter gave (the clinic's)
    #: in which capacity the organisation acted, each once, in order: (organisation's name or "",
    #: role), role one of :data:`ROLES` (:func:`acted_as`); empty: the person acted alone
    acted_as: list[tuple[str, str]] = field(default_factory=list)
    #: answers by post or telephone a person recorded, oldest first (never a removal: a search proves it)
    recorded: list[Recorded] = field(default_factory=list)
    #: the law of the case's letter, whose complaint office a refused or overdue case names
    #: (``Law.complaint_in``: the sentence in the report's language, the office's name as it is)
    complaint: Any = None
    #: the broker offers a search (its recipe has a scan); False: it is asked by letter or form only,
    #: so nobody can know whether the person was listed; None: its recipe is gone from the catalogue
    searchable: bool | None = None
    #: a search of the broker's site for the person ran at least once (:func:`was_searched` of the
    #: case's events); None: not given, read from :attr:`events`' kinds alone
    searched_once: bool | None = None

    @property
    def searched(self) -> bool:
        """A search of the broker's site for the person ran at least once: what "searched" means in
        the report's coverage line (:func:`was_searched`)."""
        if self.searched_once is not None:
            return self.searched_once
        return any(kind in SEARCH_EVENTS for _, kind, _ in self.events)

    @property
    def worked_before(self) -> bool:
        """The case was searched, written to or handed to a person before it went back to ``new``
        (a person's "try again", an answer, changed details): any event left it in another state."""
        return any(state != "new" for _, _, state in self.events)

    @property
    def shown(self) -> str:
        """The outcome as the report's state line says it: ``new_again`` for a ``new`` case worked
        before, which is waiting for the next run, not "not checked yet" (trial45: after «Intentar de
        nuevo» a searched broker read «aún sin revisar»); else :attr:`outcome`."""
        return "new_again" if self.outcome == "new" and self.worked_before else self.outcome

    @property
    def references(self) -> list[str]:
        """The broker's references, each once (a broker may quote one ticket for two requests)."""
        return list(dict.fromkeys(r.reference for r in self.requests if r.reference))


@dataclass
class PersonReport:
    person_id: str
    person: Person
    generated_at: dt.datetime
    sections: list[BrokerSection]
    drop: dict[str, Any] | None = None  # the person's DROP filing, when they have one
    default_language: str | None = None  # the clinic's (optout.clinic.default_language): the person's own wins
    #: the application's counts of the person (``App.person_counts``), shown as the dashboard shows
    #: them; None when the report was made without the application (no such line)
    person_counts: dict[str, Any] | None = None
    #: letters the mail accounts send a day (``optout.mail.letters_a_day``): said beside a held count
    letters_a_day: int | None = None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.sections:
            out[s.outcome] = out.get(s.outcome, 0) + 1
        return out

    def checked(self) -> int:
        """Brokers optout has done anything at yet (searched, written to, asked a person about): not
        the cases still ``new`` that nobody worked. A report says "checked: 9 of 579", never 579 for
        nine; a case a person sent back to ``new`` ("try again") was checked (:attr:`BrokerSection.shown`)."""
        return sum(1 for s in self.sections if s.shown != "new")

    def coverage(self) -> dict[str, int]:
        """What the report can say of where the person was looked for (t48): ``searched``, brokers
        whose site was searched for them (:attr:`BrokerSection.searched`); ``asked_only``, brokers
        worked that offer no search (asked by letter or form only: whether the person was listed
        there is not known); ``total``, every broker of the report. The rest were not searched yet
        (or a search could not run): the line never implies the person was looked for everywhere."""
        searched = sum(1 for s in self.sections if s.searched)
        asked = sum(1 for s in self.sections if not s.searched and s.searchable is False and s.shown != "new")
        return {"searched": searched, "asked_only": asked, "total": len(self.sections)}


#: An event optout recorded itself that a person records too (``data["by"] == "optout"``: a case
#: taken up again once the clinic's contact or the mailbox was set), and the kind the history
#: says it by (``report:event.<kind>``): "a person acted" was not true of it (trial49).
BY_OPTOUT = {"resumed": "resumed_by_optout"}

#: The events of a search of the broker's site, every one the engine records when a search ran
#: (``optout.engine``: ``scanned`` when nobody was recognised, ``found`` when the person was,
#: ``relisted`` and ``still_listed`` when a later search saw the listing again, ``rescanned`` when it
#: proved it gone): :attr:`BrokerSection.searched`. trial49: only ``scanned``/``rescanned`` were
#: counted, so a client found on 11 brokers read "0 searched … 11 not searched yet".
SEARCH_EVENTS = ("scanned", "rescanned", "found", "relisted", "still_listed")
#: A person's question a search raised (listings that may be the person): a search ran, though the
#: engine records no scan event before it asks (``NeedsHuman`` ``kind``).
SEARCH_QUESTIONS = ("uncertain_match",)


def was_searched(events: Sequence[Any]) -> bool:
    """Whether the store's ``events`` of a case (``optout.store.Event``) show a search of the
    broker's site for the person: an event of :data:`SEARCH_EVENTS`, or a person's question of
    :data:`SEARCH_QUESTIONS` (the search saw listings it could not decide on)."""
    return any(ev.kind in SEARCH_EVENTS or (ev.kind == "human_needed" and ev.data.get("kind") in SEARCH_QUESTIONS)
               for ev in events)


#: What the organisation did for a case, as the report says it: ``agent`` (as authorised agent, in
#: its own right under the letter's law), ``opt_out_agent`` (agent for the opt-out only; the deletion
#: request the person's own, sent for them), ``on_behalf`` (the person's own request, sent for them:
#: the law names no agent, its agent rule is unverified, or its agent clause was not yet in force),
#: ``form`` (the person's own request through the broker's web form, filled in for them by the clinic,
#: which gave its contact address: docs/LEGAL.md, "Web forms filled in by the clinic").
ROLES = ("agent", "opt_out_agent", "on_behalf", "form", "form_care_of")

#: The events that record a letter written by the organisation (``agent`` in their data).
_LETTER_EVENTS = ("letter_sent", "letter_in_doubt", "letter_printed")


def acted_as(events: list[Any]) -> list[tuple[str, str]]:
    """Who acted for the person and in which capacity, from a case's events (:data:`ROLES`): each
    letter's recorded ``agent_role`` (or, for a letter recorded before roles were, the role its
    law gives: :func:`optout.legal.agent.role`), ``form`` when the clinic's contact address went
    into a broker's form, and ``form_care_of`` when the clinic filled a broker's form with the
    e-mail of someone who receives mail for the client (the event's ``care_of``: the clinic acted
    all the same). Each (name, role) once, in the order first seen."""
    from optout.legal.agent import role
    from optout.mail._letters import law_by_id

    out: list[tuple[str, str]] = []
    for ev in events:
        d = ev.data
        if ev.kind in _LETTER_EVENTS and d.get("agent"):
            who = d["agent"] if isinstance(d["agent"], str) else ""
            r = d.get("agent_role") or role(law_by_id(d.get("law", ""), d.get("law_state"), ev.at.date(),
                                                      d.get("law_authority")))
        elif d.get("contact"):
            who, r = "", "form"
        elif d.get("care_of") and ev.kind not in _LETTER_EVENTS:
            who, r = "", "form_care_of"
        else:
            continue
        if (who, r) not in out:
            out.append((who, r))
    return out


def _describe(listing: dict[str, Any]) -> list[tuple[str, int | None]]:
    """What the broker showed, without the values: ``[("name", None), ("locations", 2), …]``."""
    shown: list[tuple[str, int | None]] = []
    for f in ("name", "age"):
        if listing.get(f) not in (None, "", []):
            shown.append((f, None))
    for f in ("locations", "past_locations", "relatives", "phones", "emails"):
        n = len(listing.get(f) or [])
        if n:
            shown.append((f, n))
    return shown


async def _shot(key: PersonKey, evidence_dir: Path, e: Evidence) -> Shot:
    raw = key.open((evidence_dir / e.path).read_bytes(), f"evidence:{e.path}")
    return Shot(e.at, e.step or "", f"data:{image_media_type(raw)};base64," + base64.b64encode(raw).decode(), e.sha256)


async def _mail(key: PersonKey, evidence_dir: Path, e: Evidence) -> Mail:
    raw = key.open((evidence_dir / e.path).read_bytes(), f"evidence:{e.path}")
    parts = mail_parts(raw)
    body = parts.pop("body", "")
    role = {"letter": "letter", "reply": "reply", "follow-up": "follow-up"}.get(e.step or "", "mail")
    return Mail(e.at, role, parts, body, e.sha256)


#: The replies that answer a letter (optout.mail's reading of them): not an acknowledgement, an
#: auto-reply, a request for more time or a bounce, none of which is the answer the law asks for.
NOT_AN_ANSWER = ("acknowledged", "auto_reply", "extended", "bounce")


def _bounces(events: list[Any]) -> dict[int, int]:
    """Each bounce event's index -> the index of the letter event it is about: the letter whose
    request row the bounce names (``request``, recorded since f41 by ``optout.mail._flow``: a late
    bounce of the request after its follow-up is the request's), else the letter it came after."""
    out: dict[int, int] = {}
    last: int | None = None
    for i, ev in enumerate(events):
        if ev.kind in LETTER_EVENTS:
            last = i
        elif ev.data.get("kind") in ("dead_address", "bounce_unclear") or ev.data.get("mail") == "bounce":
            named = ev.data.get("request")
            owner = next((j for j in range(i - 1, -1, -1) if events[j].kind in LETTER_EVENTS
                          and named is not None and events[j].data.get("request") == named), last)
            if owner is not None:
                out[i] = owner
    return out


def _letters(events: list[Any], now: dt.datetime | None) -> list[LetterInfo]:
    """Each letter with its legal clock as it stands: the due date, moved by an extension asked for
    in time, or left by one asked for late; when the broker answered; whether the due date passed
    with no answer by ``now`` (the report's date; None: not said). What came back belongs to the
    letter it came after, up to the next letter of the case, a follow-up included (f38: a bounce of
    the follow-up was read as the first letter's), and a bounce to the letter it names (``_bounces``,
    f41): a follow-up has its own bounce and answer, and no legal clock of its own (``deadline`` None)."""
    out: list[LetterInfo] = []
    bounce_of = _bounces(events)
    for i, ev in enumerate(events):
        if ev.kind not in LETTER_EVENTS:
            continue
        info = LetterInfo(ev.at, ev.data.get("law", ""), ev.data.get("to", ""),
                          dt.datetime.fromisoformat(ev.data["deadline"]) if ev.data.get("deadline") else None,
                          ev.kind, ev.data.get("agent"), care_of=bool(ev.data.get("care_of")),
                          in_doubt=reasons.doubt_of(ev) is not None, law_state=ev.data.get("law_state"))
        # its bounce, wherever it came (a late one after the follow-up included): ``_bounces``
        info.bounced_at = next((events[b].at for b, letter in sorted(bounce_of.items()) if letter == i), None)
        out.append(info)
        if info.deadline is None and ev.kind != "follow_up_sent":
            continue
        # what came back before the next letter of the case (a re-request starts its own clock)
        for later in events[i + 1:]:
            if later.kind in LETTER_EVENTS:
                break
            if info.replied_at is None and (later.kind in ("deadline_extended", "deadline_extension_late")
                                            or (later.data.get("mail") or later.data.get("reply"))
                                            in ("acknowledged", "extended")):
                info.replied_at = later.at
            if later.kind == "human_needed" and later.data.get("kind") == "unplaced_reply":
                info.awaiting_match_at = info.awaiting_match_at or later.at
            elif later.kind == "reply_not_theirs":  # a person said that reply was another client's
                info.awaiting_match_at = None
            elif later.kind == "reply_attached" or (later.data.get("mail") and later.data.get("matched_by") == "person"):
                info.awaiting_match_at = None  # placed here: read as any reply (its own kind says what it was)
            if later.kind == "deadline_extended" and later.data.get("deadline"):
                info.extended_to = dt.datetime.fromisoformat(later.data["deadline"])
            elif later.kind == "deadline_extension_late" and info.extension_late_at is None:
                info.extension_late_at = later.at
            elif (((later.data.get("mail") and later.data["mail"] not in NOT_AN_ANSWER)
                   # an answer by post or telephone a person recorded: from the day it came
                   or (later.data.get("reply") and later.data["reply"] not in NOT_AN_ANSWER))
                  and info.answered_at is None):
                on = later.data.get("on") if later.data.get("reply") else None
                info.answered_at = (dt.datetime.combine(dt.date.fromisoformat(on), dt.time(), later.at.tzinfo)
                                    if isinstance(on, str) else later.at)
        info.passed_unanswered = bool(now and info.law != "courtesy" and info.answered_at is None
                                      and info.bounced_at is None and info.awaiting_match_at is None
                                      and info.due is not None and info.due < now)
    return out


async def collect_case(store: Store, key: PersonKey, evidence_dir: Path, catalogue: Catalogue,
                       case: Case, now: dt.datetime | None = None) -> BrokerSection:
    recipe = catalogue.recipes.get(case.broker_id)
    events = await store.events(case.id)
    evidence = await store.evidence(case.id)
    requests = await store.requests(case.id)
    listings = []
    stored = await store.listings(case.id, include_gone=True)
    for li in stored:
        if li.decision == "no_match":
            continue
        data = json.loads(key.open(li.sealed, "listing"))
        listings.append(ListingInfo(li.first_seen, li.last_seen, li.gone_at, li.confidence, li.decision,
                                    _describe(data.get("listing", {}))))

    by_request: dict[int, RequestInfo] = {
        r.id: RequestInfo(r.id, r.channel, r.started_at, r.finished_at, r.status, r.reference) for r in requests}
    before: list[Shot] = []
    after: list[Shot] = []
    still: list[Shot] = []
    replies: list[Mail] = []
    missing: list[str] = []
    notes: dict[str, str] = {}  # a recorded answer's words by their SHA-256
    shown: set[tuple[Any, ...]] = set()  # screenshots already in the report (below)
    for e in evidence:
        if e.kind == "email" and e.step == UNPLACED_STEP:
            continue  # a reply not yet placed may be another client's: read on the dashboard, never here
        if e.kind == "note" and (e.step or "").startswith("reply:"):
            if (evidence_dir / e.path).is_file():
                notes[e.sha256] = key.open((evidence_dir / e.path).read_bytes(), f"evidence:{e.path}").decode()
            else:
                missing.append(f"{e.kind} {e.at:%Y-%m-%d %H:%M} (sha256 {e.sha256[:16]})")
            continue
        if e.kind in ("screenshot", "email") and not (evidence_dir / e.path).is_file():
            missing.append(f"{e.kind} {e.at:%Y-%m-%d %H:%M} (sha256 {e.sha256[:16]})")
            continue  # a file deleted or not copied: the report says so instead of failing
        if e.kind == "screenshot":
            # one page kept twice in one minute (a family's sites, a search and its recheck in one
            # run) is one piece of evidence: shown once, not six times (trial39); a later sight of
            # the same page keeps its own time
            once = (e.request_id, e.step, e.sha256, e.at.replace(second=0, microsecond=0))
            if once in shown:
                continue
            shown.add(once)
            shot = await _shot(key, evidence_dir, e)
            if e.request_id is not None and e.request_id in by_request:
                by_request[e.request_id].shots.append(shot)
            elif e.step in BEFORE:
                before.append(shot)
            elif e.step in AFTER:
                after.append(shot)
            elif e.step in STILL:
                still.append(shot)
        elif e.kind == "email":
            mail = await _mail(key, evidence_dir, e)
            if mail.role == "reply":
                replies.append(mail)
            elif e.request_id is not None and e.request_id in by_request:
                by_request[e.request_id].mails.append(mail)
            else:
                replies.append(mail)

    def last(kinds: tuple[str, ...], state: str | None = None) -> dt.datetime | None:
        return next((ev.at for ev in reversed(events)
                     if ev.kind in kinds and (state is None or ev.state == state)), None)

    letters = _letters(events, now)
    not_theirs = {ev.data["unplaced_mail"] for ev in events if ev.kind == "reply_not_theirs" and ev.data.get("unplaced_mail")}
    agents = {ev.data["agent"] for ev in events if isinstance(ev.data.get("agent"), str) and ev.data["agent"]}
    # the outcome status counts the case by (a letter the sending limits hold is `held`, not `new`)
    outcome, why = reasons.of_case(case.state.value, case.last_error, events, next_at=case.next_action_at, now=now)
    complaint = None
    if outcome == CaseState.NEEDS_HUMAN.value and why is not None and why.code in COMPLAINED:
        # where to complain, as the person's task says it: under the law the letter invoked
        from optout.mail._letters import law_by_id

        sent = next((ev for ev in reversed(events) if ev.kind in ("letter_sent", "letter_in_doubt")), None)
        if sent is not None and sent.data.get("law"):
            complaint = law_by_id(str(sent.data["law"]), sent.data.get("law_state"), sent.at.date(),
                                  sent.data.get("law_authority"))
    # which address the broker answers to: the latest request that gave one stood in for the client's
    # (the clinic's contact address, or someone's who receives mail for the client: engine._submit)
    # (a letter's answer comes to the mailbox it was sent from: a letter naming someone's e-mail for
    # the client says so in its own row, LetterInfo.care_of)
    answered_to = next((ev.data for ev in reversed(events) if ev.kind not in _LETTER_EVENTS
                        and (ev.data.get("contact") or ev.data.get("care_of"))), {})
    contact = answered_to.get("contact")
    agent_address = next((ev.data["agent_address"] for ev in reversed(events) if ev.data.get("agent_address")), None)
    return BrokerSection(
        broker_id=case.broker_id,
        name=recipe.name if recipe else case.broker_id,
        channel=recipe.optout.channel if recipe else "?",
        searchable=recipe.scan is not None if recipe else None,
        searched_once=was_searched(events),
        state=case.state.value,
        state_since=case.state_since,
        # "found on" only for a listing known to be the person: one optout is unsure of is a question
        # for a person (its case says so), not a finding (the rule `status` counts by too)
        found_at=recognised_at(stored, events),
        # the last search that proved it gone, unless the broker listed the person again since: a
        # relisted listing is not "removed" in the summary (its history is in the section below)
        removed_at=removed if (removed := last(("rescanned", "scanned"), CaseState.REMOVED.value)) is not None
        and not any(ev.kind == "relisted" and ev.at > removed for ev in events) else None,
        # the broker's latest confirmation, the one the note and "since" give (trial51: a request
        # confirmed again 90 days on showed the first day)
        confirmed_at=last(("confirmed", "reply_confirmed")),
        listings=listings,
        before=before,
        after=after,
        still=still,
        requests=sorted(by_request.values(), key=lambda r: r.started_at),
        replies=replies,
        letters=letters,
        relisted_at=[ev.at for ev in events if ev.kind == "relisted"],
        held=[{"at": ev.at, **ev.data} for ev in events if ev.kind == "held_drop"],
        acted_by=", ".join(sorted(agents)) or None,
        last_error=case.last_error,
        missing=missing,
        # a follow-up a stopped run may have sent is said to be in doubt, never plainly "sent"; a reply
        # a person said was not this client's is not in their history (the question and its answer)
        events=[(ev.at, reasons.FOLLOW_UP_IN_DOUBT if reasons.doubt_of(ev) == reasons.FOLLOW_UP_IN_DOUBT
                 else BY_OPTOUT.get(ev.kind, ev.kind) if ev.data.get("by") == "optout" else ev.kind,
                 reasons.NEEDS_INFO if ev.kind == "failed" and ev.data.get("missing")
                 else reasons.NOT_DELIVERED if reasons.not_delivered(ev.state.value, [ev]) else ev.state.value)
                for ev in events if ev.data.get("unplaced_mail") not in not_theirs],
        outcome=outcome,
        why=why,
        contact=contact,
        care_of=bool(answered_to.get("care_of")) and not contact,
        agent_address=agent_address,
        acted_as=acted_as(events),
        complaint=complaint,
        recorded=[Recorded(ev.at, str(ev.data.get("on", "")), str(ev.data["channel"]), str(ev.data["reply"]),
                           notes.get(str(ev.data.get("note_sha256")), ""),
                           # an extension's: how and when it came ("heard"); its deadline is the letter's
                           Reason.from_json(ev.data.get("heard") or ev.data.get("why")))
                  for ev in events if ev.data.get("reply") and ev.data.get("channel")],
    )


async def collect(store: Store, vault: Vault, catalogue: Catalogue, evidence_dir: Path, person_id: str,
                  now: dt.datetime) -> PersonReport:
    """Everything a report shows for one person. Raises ``KeyError`` (from the store) for an unknown
    id; a damaged evidence file raises the vault's error naming the file."""
    key, raw = vault.open_person(person_id, await store.get_person(person_id))
    person = parse_person(json.loads(raw), f"person {person_id}")
    cases = await store.cases(person_id=person_id)
    sections = [await collect_case(store, key, evidence_dir, catalogue, c, now)
                for c in sorted(cases, key=lambda c: c.broker_id)]
    return PersonReport(person_id, person, now, sections)
