"""The dashboard's routes. Each handler reads the request, calls the application layer, writes the
audit log and draws a template: nothing here seals, decides or deletes.

Every route but ``/login`` and ``/static`` needs a session; every non-GET request needs the
session's CSRF token. URLs carry only opaque ids (``p_…`` person ids, case and evidence numbers),
never a person's value: a search by name is a POST.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hmac
import re
import secrets
import tempfile
import typing
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Awaitable, Callable

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pydantic import ValidationError

from optout import clinic
from optout import reasons
from optout.app import SIMILAR_PERSON_CODES, TASK_KINDS, AlreadyRecorded, App, CaseNotWaiting, PersonChanged, fold
from optout.reasons import Reason
from optout.errors import Exit, OptoutError
from optout.files import image_media_type
from optout.person import NameKind, parse_person
from optout.store import Case, CaseState, RunRecord
from optout.log import get_logger
from optout.urls import same_site_path
from optout.web._audit import AuditLog
from optout.web._i18n import HERE, LANGUAGES, choose, environments, translations
from optout.web._security import HEADERS, REPORT_CSP, LoginThrottle, Session, Sessions, csrf_ok
from optout.web._staff import StaffBook

COOKIE = "optout_session"
LOGIN_COOKIE = "optout_login"
Handler = Callable[[Request], Awaitable[Response]]

#: What each kind of human task asks of a person, in plain words (translated in the templates):
#: the application's one list, so no kind falls to "other" here or in the CLI.
KINDS = TASK_KINDS


class SecurityHeaders:
    """Pure ASGI middleware: :data:`HEADERS` on every response, static files and errors included."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                given = message.get("headers", [])
                # a view may give one response a policy of its own (the report: REPORT_CSP), never
                # a laxer one by accident: only that exact policy is kept
                own = {k.decode().lower(): v.decode() for k, v in given}.get("content-security-policy")
                ours = {**HEADERS, **({"content-security-policy": own} if own == REPORT_CSP else {})}
                headers = [(k, v) for k, v in given if k.decode().lower() not in ours]
                headers += [(k.encode(), v.encode()) for k, v in ours.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

log = get_logger(__name__)


#: What a mailbox read counts (``MailFlow.read_inbox``) that is no reply placed on a case: not yet
#: placed, no broker's reply, unreadable, handled before, another worker's, or an error.
MAIL_NOT_PLACED = frozenset({"awaiting_match", "unmatched", "unreadable", "already handled",
                             "taken by another worker", "errors"})


@dataclass
class RunState:
    """The batch started from the dashboard (one at a time)."""

    number: int
    account: str
    people: list[str] | None
    started_at: dt.datetime
    total: int = 0
    done: int = 0
    running: int = 0
    by_state: Counter[str] = field(default_factory=Counter)
    finished_at: dt.datetime | None = None
    error: str | None = None
    why: Reason | None = None  # the error as a reason code, shown in the reader's language
    failed: set[int] = field(default_factory=set)
    task: asyncio.Task[Any] | None = None
    #: Letters still to send when the run ended (the mail accounts' daily caps held them), and the
    #: day the last leaves (``App.letter_plan``): the cases the run left "new" are waiting for them.
    letters_pending: int = 0
    letters_finish: dt.date | None = None
    #: Why the mailbox could not be read in this run (``App.run_batch``'s ``on_mail``, redacted, in
    #: English as the command line says it), one line per distinct problem; empty when it was read.
    mail_problems: list[str] = field(default_factory=list)
    #: What the run's mailbox reads did (``MailFlow.read_inbox``'s counts, summed): the page says it in
    #: words (:meth:`mail_said`), since a run with no case due that read the mailbox was "0 / 0 cases" (f44b).
    mail_counts: Counter[str] = field(default_factory=Counter)
    mail_read: bool = False  # a mailbox was read in this run (none is when no mail is set up)
    #: A run kept with no end (``App.last_run``): ``stopped``, its process died before it finished
    #: (a crash, a kill, a restart); ``elsewhere``, another machine ran it, which this one cannot see.
    #: Neither is running here.
    unfinished: str | None = None
    #: Set when the server stops (SIGTERM, Ctrl-C) while the run goes: its running cases are handed
    #: back at once and its end recorded as stopped, before the store closes (trial50).
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    handed_back: int = 0

    def mail_said(self) -> dict[str, int]:
        """The run's mail in three counts: replies ``read`` (every broker's mail taken up), ``placed``
        (tied to a case and acted on, or kept as its evidence) and ``unplaced`` (a broker's reply whose
        client a person is asked: ``awaiting_match``); mail that was no reply (``unmatched``) or was
        already handled is not counted as read."""
        c = self.mail_counts
        unplaced = c.get("awaiting_match", 0)
        placed = sum(n for k, n in c.items() if k not in MAIL_NOT_PLACED)
        return {"read": placed + unplaced, "placed": placed, "unplaced": unplaced}

    @property
    def going(self) -> bool:
        """Running now, as far as this machine can tell: no end recorded and not left unfinished."""
        return self.finished_at is None and self.unfinished is None

    def summary(self, counts: dict[str, int]) -> dict[str, Any]:
        """What the store keeps of a finished run (``Store.finish_run``), for the Runs page after the
        dashboard restarts: counts, dates and reason codes only, never a person's value or a
        volunteer's account (``audit.log`` names who started it). ``counts``: the run's cases by
        state as the page shows them (:meth:`Dashboard._run_counts`). The mailbox's problems are
        kept as how many there were: their English lines may name a mail server's words."""
        return {"source": "dashboard", "total": self.total, "done": self.done, "counts": counts,
                "why": self.why.to_json() if self.why else None,
                "stopped": self.stop.is_set(), "handed_back": self.handed_back,
                "letters_pending": self.letters_pending,
                "letters_finish": self.letters_finish.isoformat() if self.letters_finish else None,
                "mail_not_read": len(self.mail_problems), "mail": dict(self.mail_counts),
                "mail_read": self.mail_read}

    @classmethod
    def from_record(cls, record: RunRecord) -> RunState:
        """A run as the store kept it (:meth:`summary`), to show after a restart: finished, or
        with no end recorded (``App.last_run``: stopped, of another machine, or still going in
        another process of this one)."""
        s = record.summary
        finish = s.get("letters_finish")
        if record.finished_at is None:
            unfinished = "stopped" if record.stopped else "elsewhere" if record.elsewhere else None
            why = Reason("run_stopped") if record.stopped else Reason("run_elsewhere") if record.elsewhere else None
            # the counts kept as its cases finished (App.noting_run), when there are any
            return cls(record.number, "", None, record.started_at, unfinished=unfinished, why=why,
                       done=int(s.get("done") or 0),
                       by_state=Counter({str(k): int(n) for k, n in (s.get("counts") or {}).items()}))
        stop = asyncio.Event()
        if s.get("stopped"):  # the server stopped while it ran: its end was recorded, as stopped
            stop.set()
        return cls(record.number, "", None, record.started_at, total=int(s.get("total") or 0), stop=stop,
                   handed_back=int(s.get("handed_back") or 0),
                   done=int(s.get("done") or 0), by_state=Counter({str(k): int(n) for k, n in (s.get("counts") or {}).items()}),
                   finished_at=record.finished_at or record.started_at, why=Reason.from_json(s.get("why")),
                   letters_pending=int(s.get("letters_pending") or 0),
                   letters_finish=dt.date.fromisoformat(finish) if finish else None,
                   mail_problems=[""] * int(s.get("mail_not_read") or 0),
                   mail_counts=Counter({str(k): int(n) for k, n in (s.get("mail") or {}).items()}),
                   mail_read=bool(s.get("mail_read")))


class Dashboard:
    def __init__(self, app: App, idle: float = 1800.0):
        self.app = app
        self.sessions = Sessions(idle, app.settings.data_dir / "sessions.json")  # a restart keeps them
        self.throttle = LoginThrottle()
        self.staff = StaffBook(app.settings.data_dir)
        self.audit = AuditLog(app.settings.data_dir)
        self.envs = environments()
        self.texts = {lang: translations(lang) for lang in LANGUAGES}  # the interface text, for a view's own words
        #: the run started here since the dashboard started; before one, the runs page shows the last
        #: finished run the store kept (runs are numbered by the store, on from the last one)
        self.run: RunState | None = None

    # ---- plumbing -----------------------------------------------------------------------------------

    def lang(self, request: Request) -> str:
        try:
            own = clinic.default_language(self.app.settings)
        except OptoutError:  # a clinic file that cannot be read: its error page still needs a language
            own = None
        return choose(request.cookies.get("lang"), request.headers.get("accept-language"), own)

    def render(self, request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        session: Session | None = getattr(request.state, "session", None)
        env = self.envs[self.lang(request)]
        html = env.get_template(name).render(
            account=session.account if session else None, csrf=session.csrf if session else "",
            path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    def guarded(self, handler: Handler, *, public: bool = False) -> Handler:
        """Wrap ``handler``: a live session (else the login page, or 403 for a non-GET), and the
        CSRF token on every non-GET request (else 403). The parsed form is ``request.state.form``."""

        async def endpoint(request: Request) -> Response:
            session = self.sessions.get(request.cookies.get(COOKIE))
            request.state.session = session
            request.state.form = None
            if request.method not in ("GET", "HEAD"):
                try:
                    request.state.form = await request.form(max_files=1, max_fields=200)
                except Exception:  # a malformed body: refused like a missing token
                    return self.refused(request, 400, BAD_FORM)
            if public:
                return await self.answered(request, handler)
            if session is None:
                if request.method in ("GET", "HEAD"):
                    return RedirectResponse("/login", status_code=303)
                return self.refused(request, 403, SESSION_ENDED)
            if request.method not in ("GET", "HEAD"):
                given = request.state.form.get("csrf") or request.headers.get("x-csrf-token")
                if not csrf_ok(session, str(given) if given else None):
                    return self.refused(request, 403, STALE_FORM)
            return await self.answered(request, handler)

        return endpoint

    def refused(self, request: Request, status: int, words: str) -> Response:
        """A request refused before its view (a form from a page left open past the session, or
        from before the volunteer logged in again): one line in the reader's language."""
        return PlainTextResponse(translations(self.lang(request)).gettext(words), status_code=status)

    async def answered(self, request: Request, handler: Handler) -> Response:
        """``handler``'s response; an expected error no view caught (the store held by a run or a
        colleague at that moment, the broker lab down, a full disk) as the error page, in the
        reader's language, naming the setting or step (:meth:`say`): never a bare "Internal
        Server Error"."""
        try:
            return await handler(request)
        except OptoutError as e:
            status = 503 if e.exit_code in (Exit.UNAVAILABLE, Exit.TEMPFAIL) else 409
            return self.render(request, "error.html", status=status, message=self.say(request, e))

    def say(self, request: Request, e: OptoutError | Reason) -> str:
        """An error or a reason as the reader's language says it: its reason code when it has one
        (:mod:`optout.reasons`), a form's problems field by field; else as the command line says
        it (``optout.cli.error_line``: a machine's or the store's fault in words, else its English
        message labelled as English)."""
        lang = self.lang(request)
        if isinstance(e, Reason):
            return reasons.render(e, lang)
        problems = getattr(e, "problems", None)
        if problems and all(isinstance(p, tuple) for p in problems):  # a profile's fields (parse_person)
            def label(where: str) -> str:  # "addresses.0.state" → the state's name in this language
                return reasons.field_name([p for p in where.split(".") if not p.isdigit()][-1], lang)
            return "; ".join(f"{label(where)}: {reasons.render(why, lang)}" for where, why in problems)
        if isinstance(e, AlreadyRecorded) and isinstance(getattr(e, "why", None), Reason):
            return reasons.render(e.why, lang)  # type: ignore[attr-defined]  # a second click: said so
        why = getattr(e, "why", None)
        if isinstance(e, CaseNotWaiting) and isinstance(why, Reason) and why.code.startswith("answered_meanwhile_"):
            return reasons.render(why, lang)  # another volunteer's answer stands: which, and when (f41)
        if isinstance(e, CaseNotWaiting):
            return reasons.render(Reason("not_waiting"), lang)
        from optout.cli import error_line

        return error_line(e, lang)

    def _languages(self, request: Request) -> tuple[tuple[str, str], ...]:
        """The languages a client may be said to read (:data:`CLIENT_LANGUAGES`), each by its own
        name and the reader's (Babel's CLDR names): the clinics' clients read far more than the two
        optout writes, and their profile must say which (their report is in English, saying so)."""
        lang = self.lang(request)
        return tuple((code, reasons.language_name(code, lang)) for code in CLIENT_LANGUAGES)

    def account(self, request: Request) -> str:
        return request.state.session.account  # type: ignore[no-any-return]

    def form(self, request: Request) -> Any:
        return request.state.form

    # ---- log in and out -------------------------------------------------------------------------------

    async def login_page(self, request: Request, status: int = 200, **ctx: Any) -> Response:
        """The login form carries a token that must come back in a cookie set here (double
        submit): a login cannot be forged from another site either."""
        if request.state.session is not None and status == 200:
            return RedirectResponse("/", status_code=303)
        token = secrets.token_urlsafe(24)
        resp = self.render(request, "login.html", status=status, login_token=token, **ctx)
        resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/login", max_age=3600)
        return resp

    async def login(self, request: Request) -> Response:
        form = self.form(request)
        name, password = str(form.get("account", "")).strip().lower(), str(form.get("password", ""))
        client = request.client.host if request.client else "?"
        keys = (f"account:{name}", f"client:{client}")
        given, cookie = str(form.get("login_token", "")), request.cookies.get(LOGIN_COOKIE, "")
        typed = str(form.get("account", "")).strip()[:200]  # the staff name kept on an error; never the password
        if not (given and cookie and hmac.compare_digest(given, cookie)):
            return await self.login_page(request, status=403, error="expired", typed_account=typed)
        wait = self.throttle.locked(*keys)
        if wait > 0:
            return await self.login_page(request, status=429, error="locked", wait=int(wait) + 1, typed_account=typed)
        try:
            ok = bool(name) and self.staff.verify(name, password)
        except OptoutError:
            ok = False
        if not ok:
            self.throttle.failed(*keys)
            return await self.login_page(request, status=401, error="wrong", typed_account=typed)
        self.throttle.succeeded(*keys)
        self.sessions.end(request.cookies.get(COOKIE))  # a new token at every login (no fixation)
        token, _ = self.sessions.start(name)
        self.audit.write(name, "login")
        resp = RedirectResponse("/", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https",
                        path="/")
        return resp

    async def logout(self, request: Request) -> Response:
        self.audit.write(self.account(request), "logout")
        self.sessions.end(request.cookies.get(COOKIE))
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    async def set_language(self, request: Request) -> Response:
        """The interface language (a cookie). Public, so the login page can switch it; with a
        session it needs the session's CSRF token like every other POST."""
        session = request.state.session
        if session is not None and not csrf_ok(session, str(self.form(request).get("csrf") or "")):
            return self.refused(request, 403, STALE_FORM)
        lang = str(self.form(request).get("lang", "en"))
        # only a path on this site (optout.urls.same_site_path): never an open redirect
        resp = RedirectResponse(same_site_path(str(self.form(request).get("back") or "")) or "/", status_code=303)
        if lang in LANGUAGES:
            resp.set_cookie("lang", lang, httponly=True, samesite="strict", path="/", max_age=365 * 86400)
        return resp

    # ---- people ---------------------------------------------------------------------------------------

    async def people(self, request: Request, query: str | None = None, **extra: Any) -> Response:
        rows = await self.app.people_summary()
        infos = {i.id: i for i in await self.app.people()}
        for r in rows:
            info = infos.get(r["person"])
            r["name"] = info.name if info else ""
        if query:
            # every name the person is known by counts: a nickname ("Lupita", or "Lupe" for Guadalupe),
            # a past married name, a transliteration, an initial and a surname, one surname of two
            # (trial45: "search by nickname or married name finds nobody"); each row says how it was found
            hits = await self.app.find_people(query)
            rows = [r for r in rows if r["person"] in hits]
            for r in rows:
                r["found_by"] = hits[r["person"]]
        # as a clinic files them: by label (file number), then by name; people without a label last
        rows.sort(key=lambda r: (not r["label"], _natural(fold(r["label"] or "")), fold(r["name"])))
        self.audit.write(self.account(request), "view_people", count=len(rows))
        # nobody yet: the page says what to do first, and whether the clinic's e-mail is set
        first = {"clinic_email": bool(clinic.contact(self.app.settings).contact_email)} if not infos else None
        # cases a run stopped or killed on this machine still holds: they look idle until their hold
        # runs out, or a run takes them back (t52: the home said nothing of them)
        stopped = await self.app.held_by_stopped_runs()
        return self.render(request, "people.html", rows=rows, query=query or "", first_minute=first,
                           counted=reasons.COUNTS, stopped=stopped,
                           removed=request.query_params.get("removed") == "1", **extra)

    async def people_page(self, request: Request) -> Response:
        return await self.people(request)

    async def people_search(self, request: Request) -> Response:
        return await self.people(request, str(self.form(request).get("q", "")).strip())

    async def person_new_page(self, request: Request) -> Response:
        return self.render(request, "person_new.html", values={}, error=None, similar=False,
                           clinic_language=clinic.default_language(self.app.settings),
                           client_languages=self._languages(request))

    async def person_new(self, request: Request) -> Response:
        form = self.form(request)
        values = {k: str(v).strip() for k, v in form.items() if k != "csrf" and isinstance(v, str)}
        data: dict[str, Any] = {k: values[k] for k in ("label", "first_name", "middle_name", "last_name", "suffix",
                                                       "name_order", "language", "care_of_email", "optout_email")
                                if values.get(k)}
        if values.get("birth_year"):
            data["birth_year"] = values["birth_year"]
        if values.get("birth_date"):
            data["birth_date"] = values["birth_date"]  # a date input sends YYYY-MM-DD
        for key, field_ in (("phone", "phones"), ("email", "emails")):
            if values.get(key):
                data[field_] = [values[key]]
        if values.get("aliases"):
            data["aliases"] = [a.strip() for a in values["aliases"].splitlines() if a.strip()]
        if values.get("post_only") == "yes":
            data["post_only"] = True
        addr = {k: values[k] for k in ("street", "city", "state", "zip", "country") if values.get(k)}
        if values.get("apartment"):  # as the CSV import does: after the street
            addr["street"] = " ".join(x for x in (values.get("street"), values["apartment"]) if x)
        if addr:
            data["addresses"] = [addr]
        try:
            person = parse_person(data, "the form", intake=True)
            # "they are two people", ticked after optout asked whether this is someone held already
            result = await self.app.add_people([("the form", person)],
                                               allow_duplicates=values.get("two_people") == "yes",
                                               allow_removed=values.get("removed_back") == "yes")
        except OptoutError as e:
            why = getattr(e, "why", None)
            removed = isinstance(why, Reason) and why.code == "input_removed_client"
            return self.render(request, "person_new.html", status=400, values=values,
                               error=self.say(request, Reason("input_removed_client_web", why.params))
                               if removed and isinstance(why, Reason) else self.say(request, e),
                               clinic_language=clinic.default_language(self.app.settings),
                               client_languages=self._languages(request), removed=removed,
                               similar=isinstance(why, Reason) and why.code in SIMILAR_PERSON_CODES.values())
        pid = result.added[0][1]
        self.audit.write(self.account(request), "add_person", person=pid)
        return RedirectResponse(f"/people/{pid}", status_code=303)

    async def import_example(self, request: Request) -> Response:
        """An empty CSV sheet with every column, named in the reader's language."""
        from optout.intake import example_sheet

        lang = self.lang(request)
        name = "optout-personas.csv" if lang == "es" else "optout-people.csv"
        return Response(example_sheet(lang), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}"'})

    async def person_import(self, request: Request) -> Response:
        form = self.form(request)
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return await self.people(request, import_error=self.say(request, Reason("import_no_file")))
        # rows a volunteer ticked as two people after the last try said they look like someone
        # else: "ROW|OTHER", OTHER a person id or "row N", each letting through that one pair only
        two_people = set()
        for tick in form.getlist("two_people"):
            row, _, other = str(tick).partition("|")
            if row.isdigit() and (other.startswith("p_") or other.removeprefix("row ").isdigit()):
                two_people.add((int(row), other))
        # rows of clients removed at their request that the volunteer ticked: they asked to come back
        removed_back = {int(t) for t in form.getlist("removed_back") if str(t).isdigit()}
        from optout.intake import MAX_SHEET_BYTES

        # no more than the importer takes, and one byte to show there was more (it refuses the rest)
        data = await upload.read(MAX_SHEET_BYTES + 1)
        # the importer reads a file: a private temporary one, gone when this request ends
        with tempfile.TemporaryDirectory(prefix="optout-import-") as tmp:
            path = Path(tmp) / "upload.csv"
            path.write_bytes(data)
            try:
                result = await self.app.import_csv(path, two_people=two_people, removed_back=removed_back)
            except OptoutError as e:
                problems = getattr(e, "problems", [])
                msg = (self.say(request, Reason("rows_rejected")) if problems
                       else self.say(request, e).replace(str(path), self.texts[self.lang(request)].gettext("the file")))
                # the rows refused only for looking like someone else: the volunteer may say they are two
                similar = [{"row": p.row, "key": f"{p.row}|{_similar_other(p.why)}"} for p in problems
                           if p.why is not None and _similar_other(p.why)]
                removed = [p.row for p in problems if p.why is not None and p.why.code == "input_removed_row"]
                # the dashboard's words for such a row: a tick below, not the command line's flag
                problems = [replace(p, why=Reason("input_removed_row_web", p.why.params))
                            if p.row in removed and p.why is not None else p for p in problems]
                self.audit.write(self.account(request), "import_refused", count=len({p.row for p in problems}))
                return await self.people(request, import_error=msg, problems=problems, similar=similar,
                                         removed_rows=removed)
        self.audit.write(self.account(request), "import", count=len(result.added))
        from optout.intake import column_letter

        skipped_rows = ", ".join(src.removeprefix("row ") for src, _ in result.skipped)
        return await self.people(request, imported=len(result.added), skipped=len(result.skipped),
                                 skipped_rows=skipped_rows,
                                 two_people=", ".join(str(r) for r in sorted({r for r, _ in two_people})),
                                 left_out=", ".join(f"{n} ({column_letter(n)})" for n in result.left_out),
                                 language_rows=", ".join(map(str, result.unknown_language)),
                                 language_column=column_letter(result.language_column) if result.language_column else "")

    async def person_page(self, request: Request, pid: str | None = None, status: int = 200,
                          reply: dict[str, Any] | None = None) -> Response:
        """The client's page; with ``reply`` (``case``, ``typed``, ``error``), the answer a volunteer
        recorded for that case was refused: its form is shown open, with what they typed and why."""
        pid = pid or request.path_params["pid"]
        try:
            info = await self.app.find(pid) if pid.startswith("p_") else None
        except OptoutError:
            info = None
        if info is None or info.id != pid:
            return self.render(request, "error.html", status=404, message=self.say(request, Reason("no_such_person")))
        now = self.app.clock.now()
        cases = await self.app.case_rows(pid, everything=True)
        # failed only for a value the person lacks: waiting for a person, as the people table counts it
        wanting = {t["case"] for t in await self.app.human_tasks([pid], ["missing"])}
        notes = await self.app.case_notes(cases)  # each note a reason code, shown in the reader's language
        rows = []
        for c in sorted(cases, key=lambda c: (c.state == CaseState.NEW, c.broker_id)):
            evidence = await self.app.client_evidence(c.id)  # never a reply that may be another client's
            rows.append({"case": c, "wanting": c.id in wanting, "reference": await self.app.reference(c),
                         "why": notes[c.id][1],
                         # the state as every reader words it: a request in doubt says so (reasons.IN_DOUBT)
                         "outcome": (notes[c.id][0] if notes[c.id][0] in (reasons.IN_DOUBT, reasons.FOLLOW_UP_IN_DOUBT,
                                                                          reasons.NOT_DELIVERED)
                                     else c.state.value),
                         "recipe": self.app.catalogue.index.get(c.broker_id),
                         "evidence": evidence, "shot_groups": _shot_groups([e for e in evidence if e.kind == "screenshot"]),
                         "since": c.state_since, "next": c.next_action_at,
                         # what it waits for, as `optout status` says it (t50, App.waits_for)
                         "waits": await self.app.waits_for(c, notes[c.id][0], now)})
        self.audit.write(self.account(request), "view_person", person=pid)
        active = [r for r in rows if r["case"].state != CaseState.NEW or r["case"].scan_count]
        _, answers = await self.app.answers(pid)
        saved = request.query_params.get("saved")  # after the edit form: how many searched again
        moved = request.query_params.get("moved")  # and, after a move, how many new cases
        readdressed = request.query_params.get("readdressed")  # or after another current address
        # the report's language as the report chooses it: one optout has no words for is said here too
        missing = reasons.untranslated(info.person.language)
        from optout.mail import letters_a_day

        report_lang = reasons.nearest(info.person.language, clinic.default_language(self.app.settings))
        from optout.app import RECORDED_REPLIES

        return self.render(request, "person.html", status=status, reply=reply, info=info, rows=rows,
                           active=len(active), now=now,
                           counts=await self.app.person_counts(pid), counted=reasons.COUNTS,
                           letters_a_day=letters_a_day(self.app.settings),
                           has_report=True, answers=answers, reply_kinds=RECORDED_REPLIES,
                           untranslated=reasons.language_name(missing, self.lang(request)) if missing else None,
                           written=reasons.language_name(report_lang, self.lang(request), reader_only=True),
                           report_lang=report_lang,
                           report_languages=[(c, reasons.language_name(c, c, reader_only=True).capitalize()) for c in reasons.LANGUAGES],  # each by its own name
                           saved=saved if saved is not None and (saved == "none" or saved.isdigit()) else None,
                           moved=moved if moved is not None and moved.isdigit() else None,
                           readdressed=readdressed if readdressed is not None and readdressed.isdigit() else None,
                           done=_done_verb(request))

    async def _person_or_404(self, request: Request) -> Any:
        """The person of the URL's ``{pid}`` (an opaque id only), or None."""
        pid = request.path_params["pid"]
        try:
            info = await self.app.find(pid) if pid.startswith("p_") else None
        except OptoutError:
            return None
        return info if info is not None and info.id == pid else None

    async def person_edit_page(self, request: Request) -> Response:
        info = await self._person_or_404(request)
        if info is None:
            return self.render(request, "error.html", status=404, message=self.say(request, Reason("no_such_person")))
        self.audit.write(self.account(request), "view_person_edit", person=info.id)
        # the profile's version as read now: the save is refused if it changed since (t45)
        return self._edit_form(request, info, _form_of(info.person.model_dump(mode="json", exclude_none=True)),
                               version=await self.app.person_version(info.id))

    def _edit_form(self, request: Request, info: Any, values: dict[str, Any], status: int = 200,
                   error: str | None = None, version: str = "") -> Response:
        # one empty row more for another form of the name and another address
        values = {**values, "names": [*values["names"], {}], "addresses": [*values["addresses"], {}]}
        # a language the list does not offer (fa_AF from a sheet or a profile file) is kept, shown by
        # its name: the form must not save it away as "not said"
        code = str(values.get("language") or "")
        languages = self._languages(request)
        other = (code, reasons.language_name(code, self.lang(request))) \
            if code and code not in {c for c, _ in languages} else None
        return self.render(request, "person_edit.html", status=status, info=info, values=values, error=error,
                           version=version, other_language=other, client_languages=languages,
                           kinds=NAME_KINDS, clinic_language=clinic.default_language(self.app.settings))

    async def person_edit(self, request: Request) -> Response:
        """Save the whole profile from the edit form through ``App.update_person``, which checks it
        as a new one is and searches again what a new name or address affects."""
        info = await self._person_or_404(request)
        if info is None:
            return self.render(request, "error.html", status=404, message=self.say(request, Reason("no_such_person")))
        form = self.form(request)
        values = _form_values(form)
        # the version the form was read at (a form without one, from before t45, is checked against
        # the profile read here only)
        version = str(form.get("version") or "") or None
        data = _profile_data(values, info.person.model_dump(mode="json", exclude_none=True))
        try:
            edit = await self.app.update_person(info.id, data, version=version)
        except PersonChanged as e:
            # another tab or the command line saved first: nothing is written over it; the form
            # keeps the old version, so saving it again is refused again until it is opened anew
            return self._edit_form(request, info, values, 409, self.say(request, e), version=version or "")
        except OptoutError as e:
            return self._edit_form(request, info, values, 400, self.say(request, e), version=version or "")
        # the names of the fields that changed, never their values
        self.audit.write(self.account(request), "edit_person", person=info.id, fields=edit.changed,
                         count=edit.searched_again)
        saved = f"saved={edit.searched_again if edit.changed else 'none'}"
        if edit.address in ("moved", "changed", "set"):
            # a move (the old address kept below the new one), as `optout person edit --move` says it,
            # or a current address changed (a typo fixed: never said to be a move, trial50): what is
            # checked again, and when, even when nothing was searched before; the counts only, never
            # the address
            saved += f"&{'moved' if edit.address == 'moved' else 'readdressed'}={edit.new_cases}"
        return RedirectResponse(f"/people/{info.id}?{saved}", status_code=303)

    async def person_remove_page(self, request: Request) -> Response:
        """What removing the person deletes and what it cannot undo, before anything is deleted."""
        info = await self._person_or_404(request)
        if info is None:
            return self.render(request, "error.html", status=404, message=self.say(request, Reason("no_such_person")))
        _, cases, files = await self.app.removal_plan(info.id)
        sent = await self.app.requests_sent(info.id)
        mail = await self.app.their_mail(info.id)
        self.audit.write(self.account(request), "view_person_remove", person=info.id)
        return self.render(request, "person_remove.html", info=info, cases=cases, files=files, sent=sent, mail=mail)

    async def person_remove(self, request: Request) -> Response:
        info = await self._person_or_404(request)
        if info is None:
            return self.render(request, "error.html", status=404, message=self.say(request, Reason("no_such_person")))
        if self.form(request).get("confirm") != "yes":
            return RedirectResponse(f"/people/{info.id}/remove", status_code=303)
        removed = await self.app.remove_person(info.id)
        self.audit.write(self.account(request), "remove_person", person=info.id, count=removed.files)
        return RedirectResponse("/?removed=1", status_code=303)

    async def answer_undo(self, request: Request) -> Response:
        """Forget a remembered answer of a client: its cases are searched again on the next run."""
        pid, aid = request.path_params["pid"], int(request.path_params["aid"])
        self.form(request)
        try:
            info = await self.app.find(pid) if pid.startswith("p_") else None
            if info is None or info.id != pid:
                raise OptoutError("no such person")
            undone = await self.app.forget_answer(pid, aid)
        except OptoutError as e:
            return self.render(request, "error.html", status=404, message=self.say(request, e))
        self.audit.write(self.account(request), "answer_undo", person=pid, count=len(undone.reopened))
        if not undone.left:
            return RedirectResponse(f"/people/{pid}#answers", status_code=303)
        # say what the undo left alone, and why (the same words as `optout answers --undo`)
        lang = self.lang(request)

        def said(k: str, **p: Any) -> str:
            return reasons.fill(k, lang, **p)  # a case's number as C12, as the CLI writes it

        def shown(c: dict[str, Any]) -> dict[str, Any]:
            """A case left alone as this page names it: the broker's name and the state in words,
            as the person page shows them, never the recipe id or the state's code."""
            entry = self.app.catalogue.index.get(c["broker"])
            return {**c, "broker": entry.name if entry else c["broker"],
                    "state": self.texts[lang].gettext(c["state"])}

        # the dashboard's own first line: a volunteer starts the next run from "Runs", not `optout run`
        return self.render(request, "answer_undone.html", info=info,
                           undone=said("answers:undone", id=aid, count=len(undone.reopened)),
                           left=[said(f"cli:answers.left.{c['why']}", **shown(c)) for c in undone.left])

    async def report(self, request: Request) -> Response:
        pid = request.path_params["pid"]
        fmt = request.path_params.get("fmt", "html")
        if fmt not in ("html", "pdf"):
            return self.refused(request, 404, NOT_FOUND)
        try:
            info = await self.app.find(pid)
        except OptoutError:
            return self.render(request, "error.html", status=404, message=self.say(request, Reason("no_such_person")))
        # the client's language (else the clinic's), not the staff's; the person page's choice of
        # language asks another of those the report is written in (trial45), nothing else
        asked = request.query_params.get("lang")
        body, media = await _report(self.app, info.id, fmt, asked if asked in reasons.LANGUAGES else None)
        self.audit.write(self.account(request), "report", person=info.id, kind=fmt)
        # opened in the browser, to read or print (trial41: it downloaded); "?download=1" saves it.
        # The file's name is the opaque id only: never the client's name
        how = "attachment" if request.query_params.get("download") == "1" else "inline"
        headers = {"content-disposition": f'{how}; filename="optout-report-{info.id}.{fmt}"'}
        if fmt == "html":
            headers["content-security-policy"] = REPORT_CSP  # its inline style and data: images only
        return Response(body, media_type=media, headers=headers)

    async def _unplaced_reply(self, case_id: int, person_id: str, kept: list[Any]) -> dict[str, Any] | None:
        """The newest reply kept for a case that waits to be told whose it is (``optout.mail.UNPLACED_STEP``):
        its sender, subject, date and the body's first lines (``REPLY_LINES``), opened with the client's
        key as any evidence is, and the evidence's id for the whole of it; None when none is kept (a
        reply left unplaced before it was kept) or its file is gone."""
        from optout.mail import UNPLACED_STEP
        from optout.report.mailtext import mail_parts

        mails = [e for e in kept if e.kind == "email" and e.step == UNPLACED_STEP]
        if not mails:
            return None
        item = mails[-1]
        key, _ = await self.app.open_person(person_id)
        try:
            parts = mail_parts(key.open((self.app.settings.evidence_dir / item.path).read_bytes(), f"evidence:{item.path}"))
        except OSError:
            return None
        lines = [line.strip() for line in parts.pop("body", "").splitlines() if line.strip()]
        return {"id": item.id, "case": case_id, "from": parts.get("From", ""), "subject": parts.get("Subject", ""),
                "date": parts.get("Date", ""), "lines": lines[:REPLY_LINES], "more": len(lines) > REPLY_LINES}

    async def evidence(self, request: Request) -> Response:
        case_id, eid = int(request.path_params["case"]), int(request.path_params["eid"])
        try:
            case = await self.app.get_case(case_id)
        except OptoutError:
            return self.refused(request, 404, NOT_FOUND)
        item = next((e for e in await self.app.store.evidence(case.id) if e.id == eid), None)
        if item is None:
            return self.refused(request, 404, NOT_FOUND)
        key, _ = await self.app.open_person(case.person_id)
        try:
            plain = key.open((self.app.settings.evidence_dir / item.path).read_bytes(), f"evidence:{item.path}")
        except OSError:
            return self.refused(request, 404, EVIDENCE_GONE)
        self.audit.write(self.account(request), "view_evidence", person=case.person_id, case=case.id, evidence=eid)
        if item.kind == "email":  # as a person reads it: decoded headers and body, not the raw MIME
            from optout.report.mailtext import mail_as_text  # as `optout evidence --export` writes its .txt

            plain = mail_as_text(plain).encode()
        # a broker's page or mail is shown as text, never rendered in our origin
        media = image_media_type(plain) if item.kind == "screenshot" else "text/plain; charset=utf-8"
        return Response(plain, media_type=media, headers={"content-disposition": "inline"})

    # ---- what needs a person ----------------------------------------------------------------------------

    async def human(self, request: Request) -> Response:
        person = request.query_params.get("person") or None
        kind = request.query_params.get("kind") or None
        # one question per set of records: the same cards resold by several brokers are asked once
        tasks = await self.app.human_tasks([person] if person else None, [kind] if kind else None, show=True,
                                           grouped=True)
        for t in tasks:
            if t.get("url") and not str(t["url"]).lower().startswith(("https://", "http://")):
                t["url"] = None  # only a web page is ever a link (never javascript: or data:)
            recipe = self.app.catalogue.index.get(t["broker"])
            t["broker_name"] = recipe.name if recipe else None
            t["broker_names"] = [(self.app.catalogue.index[b].name if b in self.app.catalogue.index else b)
                                 for b in t.get("brokers", [])]
            kept = await self.app.store.evidence(t["case"])
            shots = [e for e in kept if e.kind == "screenshot"]
            t["shot"] = shots[-1].id if shots else None
            if t["kind"] == "unplaced_reply":  # the reply to place, as it reads (trial45: only that there was one)
                t["reply"] = await self._unplaced_reply(t["case"], t["person"], kept)
            for li in t.get("listings", []):
                li["details"] = _listing_details(li.pop("listing", None))
        people = [(i.id, i.label, i.name) for i in await self.app.people()]
        names = {pid: name for pid, _, name in people}
        for t in tasks:  # whose question it is, as the people page names them: not a label alone
            t["name"] = names.get(t["person"])
        self.audit.write(self.account(request), "view_human", person=person, count=len(tasks))
        kinds = [*KINDS, *sorted({t["kind"] for t in tasks} - set(KINDS))]
        # after a verb the volunteer comes back to the list as she filtered it (opaque id and code only)
        from urllib.parse import urlencode

        shown = {k: v for k, v in (("person", person), ("kind", kind)) if v}
        back = "/human" + ("?" + urlencode(shown) if shown else "")
        from optout.app import DECLINABLE

        return self.render(request, "human.html", tasks=tasks, people=people, person=person, kind=kind,
                           kinds=kinds, done=_done_verb(request), back=back, declinable=DECLINABLE)

    async def case_action(self, request: Request) -> Response:
        case_id = int(request.path_params["case"])
        verb = request.path_params["verb"]
        form = self.form(request)
        try:
            if verb == "done":
                case = await self.app.done(case_id)
            elif verb == "retry":  # also reopens a case the client declined
                case = await self.app.retry(case_id)
            elif verb == "decline":  # the client chose not to send the ID the broker asks for
                case = await self.app.decline(case_id)
            elif verb == "attach":  # a broker's reply that cited no letter is this client's (App.attach_reply)
                case = await self.app.attach_reply(case_id)
            elif verb == "not_ours":  # … or none of the clients asked about (App.reply_not_ours)
                case = await self.app.reply_not_ours(case_id)
            elif verb == "verdict":
                case0 = await self.app.get_case(case_id)
                task = next((t for t in await self.app.human_tasks([case0.person_id]) if t["case"] == case0.id), None)
                asked = [li["id"] for li in (task or {}).get("listings", [])]
                verdicts = {i: form.get(f"l{i}") for i in asked}
                if not asked or any(v not in ("them", "not") for v in verdicts.values()):
                    e = OptoutError("choose 'this is them' or 'not them' for every listing")
                    e.why = Reason("form_choose_each")  # type: ignore[attr-defined]
                    raise e
                ids = [i for i, v in verdicts.items() if v == "them"]
                # remembered: every other case of this client listing the same records is answered too
                case, _ = await self.app.answer(case0.id, match=ids, no_match=not ids)
            elif verb == "reply":
                # a broker's answer by post or telephone, as the volunteer read or heard it
                case = await self.app.record_reply(
                    case_id, channel=str(form.get("channel") or ""), on=str(form.get("on") or ""),
                    kind=str(form.get("kind") or ""), note=str(form.get("note") or ""), by=self.account(request),
                    days=str(form.get("days") or "") or None)
            else:
                return self.refused(request, 404, NOT_FOUND)
        except OptoutError as e:
            owner = await self._case_owner(case_id) if verb == "reply" else None
            if owner is not None:
                # the client's page again, the form open with what was typed (trial45: a wrong day lost the note)
                typed = {k: str(form.get(k) or "") for k in ("channel", "on", "kind", "days", "note")}
                return await self.person_page(request, owner, 400,
                                              {"case": case_id, "typed": typed, "error": self.say(request, e)})
            return self.render(request, "error.html", status=409 if verb != "reply" else 400,
                               message=self.say(request, e))
        self.audit.write(self.account(request), verb, person=case.person_id, case=case.id, outcome=case.state.value)
        back = same_site_path(str(form.get("back") or "")) or "/human"  # this site's paths only
        # the page it returns to says what was saved (the verb only: no value in the URL)
        return RedirectResponse(back + ("&" if "?" in back else "?") + f"done={verb}", status_code=303)

    async def _case_owner(self, case_id: int) -> str | None:
        """The person a case is of, or None when there is no such case."""
        try:
            return (await self.app.get_case(case_id)).person_id
        except OptoutError:
            return None

    # ---- the clinic's own contact ------------------------------------------------------------------------

    async def clinic_page(self, request: Request, status: int = 200, error: str | None = None,
                          saved: bool = False, values: dict[str, str] | None = None,
                          version: str | None = None) -> Response:
        if values is None:
            current = clinic.contact(self.app.settings)
            values = {"contact_email": current.contact_email or "", "postal_address": current.postal_address or "",
                      "language": current.language or ""}
            org = clinic.agent(self.app.settings)  # the authorised agent in force (trial50: no field for it)
            values.update({f"agent_{k}": getattr(org, k) or "" for k in clinic.AGENT_FIELDS})
        # the saved settings' version as read now: a save from a form read before another is refused (t45)
        read_at = clinic.version(self.app.settings) if version is None else version
        return self.render(request, "clinic.html", status=status, error=error, saved=saved, version=read_at,
                           **values)

    async def clinic_save(self, request: Request) -> Response:
        form = self.form(request)
        values = {k: str(form.get(k) or "").strip() for k in ("contact_email", "postal_address", "language",
                                                              *(f"agent_{k}" for k in clinic.AGENT_FIELDS))}
        # a form from before the agent's fields were on it keeps what was saved
        org = {k: values[f"agent_{k}"] for k in clinic.AGENT_FIELDS} if "agent_name" in form else None
        gettext = self.texts[self.lang(request)].gettext
        read_at = form.get("version")  # None: a form from before t45, saved as before
        read_at = None if read_at is None else str(read_at)
        try:
            clinic.save(self.app.settings, values["contact_email"], values["postal_address"], values["language"],
                        read_at=read_at, agent_values=org)
        except clinic.ClinicChanged as e:
            # the form keeps the version it was read at: saved again as it is, refused again
            return await self.clinic_page(request, 409, self.say(request, e), values=values, version=read_at)
        except ValidationError as e:
            if any(err.get("loc", ())[:1] == ("language",) for err in e.errors()):
                return await self.clinic_page(request, 400, gettext("Choose English or Spanish as the clinic's "
                                                                    "language."), values=values, version=read_at)
            return await self.clinic_page(request, 400, gettext("The clinic contact e-mail is not an e-mail address."),
                                          values=values, version=read_at)
        except OptoutError as e:
            why = getattr(e, "why", None)
            if isinstance(why, Reason) and why.code in clinic.AGENT_REASONS:  # the agent's fields: said by code
                return await self.clinic_page(request, 400, self.say(request, e), values=values, version=read_at)
            return await self.clinic_page(request, 400, gettext("The postal address must be one line of at most "
                                                                "300 characters."), values=values, version=read_at)
        # what runs and letters read from now on: the agent in force (clinic.effective)
        self.app.settings = clinic.effective(self.app.settings)
        self.audit.write(self.account(request), "clinic_settings")
        return await self.clinic_page(request, saved=True)

    async def letter(self, request: Request) -> Response:
        """The printable postal letter of a case whose broker takes requests by post (a PDF to
        print, sign and post; printing is recorded, never counted as sent)."""
        case_id = request.path_params["case"]
        try:
            pdf = await self.app.postal_letter(case_id)
        except OptoutError as e:
            return self.render(request, "error.html", status=409, message=self.say(request, e))
        self.audit.write(self.account(request), "print_letter", case=case_id)
        return Response(pdf, media_type="application/pdf",
                        headers={"content-disposition": f'attachment; filename="letter-case-{case_id}.pdf"'})

    # ---- runs -------------------------------------------------------------------------------------------

    async def runs_page(self, request: Request) -> Response:
        now = self.app.clock.now()
        health = [h for h in await self.app.store.broker_health()
                  if h.failures or (h.backoff_until and h.backoff_until > now)]
        recipes = self.app.recipes()
        by_status = Counter(r.health for r in recipes)  # index entries: nothing parsed
        people = [(i.id, i.label, i.name) for i in await self.app.people()]
        run = self.run
        if run is None:  # none since a restart: the last one the store kept, finished or not
            record = await self.app.last_run()
            run = RunState.from_record(record) if record is not None else None
        running = run is not None and run.going
        counts = await self._run_counts(run) if run is not None else {}
        unread = self.app.replies_unread(recipes)  # the warning `optout run` gives on stderr
        passes = [_pass_row(r) for r in await self.app.recent_runs(RECENT_RUNS)]
        return self.render(request, "runs.html", run=run, running=running, counts=counts, health=health, now=now,
                           passes=passes,
                           by_status=sorted(by_status.items()), recipes=len(recipes), people=people,
                           unread=Reason("replies_unread", {"count": unread}) if unread else None)

    async def _run_counts(self, state: RunState) -> dict[str, int]:
        """The run's cases by state as the page shows them, while it runs and after: a case stopped
        for data the client did not give is not a failure (``optout.reasons.NEEDS_INFO``), counted
        apart as the people table counts it."""
        counts = Counter(state.by_state)
        if state.failed:
            wanting = len(state.failed & {t["case"] for t in await self.app.human_tasks(state.people, ["missing"])})
            counts["failed"] -= wanting
            counts[reasons.NEEDS_INFO] += wanting
        return {k: n for k, n in counts.items() if n > 0}

    async def run_start(self, request: Request) -> Response:
        if self.run is not None and self.run.finished_at is None:
            # a stale tab's "Start": the run going, one click away (trial45)
            return self.render(request, "error.html", status=409, message=self.say(request, Reason("run_going")),
                               going=self.run.number)
        who = str(self.form(request).get("person") or "all")
        people = None if who == "all" else [who]
        started = dt.datetime.now(dt.UTC)
        number = await self.app.start_run(started)  # on from the last run, across restarts
        state = RunState(number, self.account(request), people, started)
        self.run = state
        state.task = asyncio.get_running_loop().create_task(self._run(state))
        self.audit.write(state.account, "run", person=people[0] if people else None, run=state.number)
        return RedirectResponse("/runs", status_code=303)

    async def _run(self, state: RunState) -> None:
        app = self.app

        from optout.worker import outcome

        async def progress(before: Case, after: Case, done: int, running: int) -> None:
            state.done, state.running = done, running
            state.by_state[await outcome(app.store, before, after)] += 1  # a held letter is "held", not "new"
            if after.state == CaseState.FAILED:
                state.failed.add(after.id)

        try:
            plan = await app.plan_run(state.people)
            state.total = await app.due_count(plan)
            def on_mail(counts: dict[str, int] | None, problem: str | None) -> None:
                # the answers wait for the next run: the page says the mailbox was not read, as the CLI does
                if problem is not None and str(problem) not in state.mail_problems:
                    state.mail_problems.append(str(problem))
                state.mail_read = state.mail_read or counts is not None
                state.mail_counts.update({k: n for k, n in (counts or {}).items() if isinstance(n, int) and n > 0})

            # its counts kept as its cases finish: a server stopped mid-run still says what it did (trial50)
            summary = await app.run_batch(plan, progress=app.noting_run(state.number, "dashboard", progress),
                                          on_mail=on_mail, stop=state.stop, hurry=state.stop)
            state.handed_back = summary.handed_back
            letters = await app.letter_plan(plan.recipes)
            state.letters_pending = letters.pending
            state.letters_finish = letters.finish.date() if letters.finish else None
        except OptoutError as e:
            from optout.log import redact

            state.error, state.why = redact(str(e)), reasons.of_error(e)  # never a store's password
        except Exception as e:  # a bug: said in one line, the details in the log without values
            state.error = f"the run stopped: internal error ({type(e).__name__})"
            state.why = reasons.of_error(e)
        finally:
            state.finished_at = dt.datetime.now(dt.UTC)
            try:  # kept for the page after a restart; this page shows it from memory meanwhile
                await app.finish_run(state.number, state.finished_at, state.summary(await self._run_counts(state)))
            except OptoutError as e:
                log.warning("the run's summary was not kept: after a restart the runs page does not show it",
                            run=state.number, error=str(e))

    async def close(self, wait: float = 15.0) -> None:
        """The server is stopping: a run going hands its running cases back and records its end
        (stopped, with its counts) while the store is still open, waiting up to ``wait`` seconds;
        only then is it cancelled (trial50: "cannot record a run's end: the store is closed")."""
        task = self.run.task if self.run else None
        if self.run is None or task is None or task.done():
            return
        self.run.stop.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), wait)
        except (TimeoutError, asyncio.CancelledError):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


#: How many runs and passes the Runs page lists, newest first.
RECENT_RUNS = 20


def _pass_row(record: RunRecord) -> dict[str, Any]:
    """One run or pass as the Runs page's list shows it: number, ``source`` (``store.RUN_SOURCES``),
    start and end, ``status`` (``finished``; ``interrupted``: a signal or Ctrl-C stopped it, the
    cases it held handed back; ``stopped``: its process ended before it recorded its end;
    ``elsewhere``: another machine runs or ran it; ``running``), its cases by outcome, and the reason
    an error stopped it. Counts, dates and codes only: what the store keeps."""
    s = record.summary
    status = ("interrupted" if s.get("stopped") else "finished") if record.finished_at is not None else (
        "stopped" if record.stopped else "elsewhere" if record.elsewhere else "running")
    counts = {str(k): int(n) for k, n in (s.get("counts") or {}).items() if int(n) > 0}
    return {"number": record.number, "source": record.source, "started": record.started_at,
            "finished": record.finished_at, "status": status, "counts": sorted(counts.items()),
            "done": int(s.get("done") or 0), "handed_back": int(s.get("handed_back") or 0),
            # what its counts say when it has none: "no case was due" only of a run that finished;
            # one that did not finish either finished no case that was kept, or kept no counts at all
            "known": "counts" in s,
            "why": Reason.from_json(s.get("why")) if s.get("why") else None}


def _similar_other(why: Reason) -> str | None:
    """Whom a row was refused for looking like (``input_similar_person``: a person id;
    ``input_similar_row``: ``"row N"``), the other half of the volunteer's "two people" tick; None
    for any other problem."""
    if why.code in SIMILAR_PERSON_CODES.values() and str(why.params.get("other", "")).startswith("p_"):
        return str(why.params["other"])
    if why.code in ("input_similar_row", "input_similar_row_zip", "input_similar_row_phone"):
        return f"row {why.params['row']}"
    return None


def _natural(text: str) -> list[Any]:
    """A sort key that orders the numbers in ``text`` by value: "C-9" before "C-10"."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part]


#: The kinds of another form of a name (``optout.person.NameForm.kind``), in the form's order.
NAME_KINDS: tuple[str, ...] = typing.get_args(NameKind)
#: The address fields the edit form carries, in a row per address.
ADDRESS_FIELDS = ("street", "city", "state", "zip", "country")
#: The one-value fields the edit form carries as they are.
PLAIN_FIELDS = ("label", "first_name", "middle_name", "last_name", "suffix", "name_order", "birth_date", "birth_year",
                "language", "care_of_email", "optout_email")
#: The list fields the edit form carries as one value a line.
LINE_FIELDS = ("aliases", "phones", "emails", "relatives")


def _form_of(profile: dict[str, Any]) -> dict[str, Any]:
    """A profile (``Person.model_dump(mode="json")``) as the edit form shows it: one-value fields
    as they are, lists one a line, each other form of the name with its given names and surnames
    written as the person writes them, each address a row."""
    values: dict[str, Any] = {k: str(profile.get(k) or "") for k in PLAIN_FIELDS}
    if profile.get("one_part_name"):
        values["last_name"] = ""  # a one-part name is shown, and edited, once (docs/PEOPLE.md)
    values.update({k: "\n".join(profile.get(k) or []) for k in LINE_FIELDS})
    values["names"] = [{"kind": n.get("kind") or "in_use", "given": " ".join(n.get("given") or []),
                        "surnames": " ".join(n.get("surnames") or [])} for n in profile.get("names") or []]
    values["addresses"] = [{k: str(a.get(k) or "") for k in ADDRESS_FIELDS} for a in profile.get("addresses") or []]
    values["post_only"] = "yes" if profile.get("post_only") else ""
    return values


def _form_values(form: Any) -> dict[str, Any]:
    """The edit form as posted, in :func:`_form_of`'s shape (rows in their numbered order)."""
    get = lambda k: str(form.get(k) or "").strip()  # noqa: E731
    values: dict[str, Any] = {k: get(k) for k in PLAIN_FIELDS}
    values.update({k: str(form.get(k) or "") for k in LINE_FIELDS})
    values["post_only"] = "yes" if form.get("post_only") == "yes" else ""
    rows: dict[str, dict[int, dict[str, str]]] = {"names": {}, "addresses": {}}
    for key in form.keys():
        m = re.fullmatch(r"(names|addresses)-(\d{1,3})-([a-z]+)", str(key))
        if m and m[3] in (("kind", "given", "surnames") if m[1] == "names" else ADDRESS_FIELDS):
            rows[m[1]].setdefault(int(m[2]), {})[m[3]] = get(key)
    for k, by_row in rows.items():
        values[k] = [by_row[i] for i in sorted(by_row)]
    return values


def _profile_data(values: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """The profile the form describes, for ``parse_person``: the fields the form does not carry
    kept from ``old``; an empty row (another name, an address) left out; given
    names and surnames as lists, split at spaces (a particle stays a surname's word: "de la Cruz"),
    unless the text is the old form's own, which is kept as it was written."""
    # whether the name is one part is the form's to say (one of the two name fields left empty)
    data: dict[str, Any] = {k: v for k, v in old.items() if k not in (*PLAIN_FIELDS, *LINE_FIELDS, "names",
                                                                       "addresses", "one_part_name", "post_only")}
    if values.get("post_only") == "yes":
        data["post_only"] = True
    data.update({k: values[k] for k in PLAIN_FIELDS if values.get(k)})
    for k in LINE_FIELDS:
        data[k] = [line.strip() for line in str(values.get(k) or "").splitlines() if line.strip()]
    old_names = {(n.get("kind") or "in_use", " ".join(n.get("given") or []), " ".join(n.get("surnames") or [])): n
                 for n in old.get("names") or []}
    names = []
    for row in values.get("names") or []:
        given, surnames = row.get("given", ""), row.get("surnames", "")
        if not (given or surnames):
            continue
        kind = row.get("kind") or "in_use"
        names.append(old_names.get((kind, " ".join(given.split()), " ".join(surnames.split())))
                     or {"kind": kind, "given": given.split(), "surnames": surnames.split()})
    data["names"] = names
    data["addresses"] = [{k: v for k, v in row.items() if v} for row in values.get("addresses") or []
                         if any(row.get(k) for k in ADDRESS_FIELDS if k != "country")]
    return data


#: At most this many relatives' names and aliases are shown on a card (a page can list dozens).
CARD_NAMES = 8


def _names(values: Any) -> list[str]:
    """Names as a broker listed them: distinct, one line each, at most :data:`CARD_NAMES`."""
    out: list[str] = []
    for v in values or []:
        text = " ".join(str(v).split())
        if text and text not in out:
            out.append(text)
    return out[:CARD_NAMES]


#: The case verbs whose page, returned to, says what was saved (``case_action``'s ``done=`` parameter).
DONE_VERBS = ("done", "retry", "verdict", "reply", "decline", "attach", "not_ours")


def _shot_groups(shots: list[Any]) -> list[tuple[str, str, list[Any]]]:
    """A case's screenshots as the person page shows them: ``(kind, day, shots)`` for each run of
    screenshots of one kind (:func:`optout.web._i18n.shot_kind`) taken the same day, in the order
    taken, so the kind and the whole date are said once over its thumbnails (trial41: "después
    01-02" under every one, a day that reads as 1 February or 2 January)."""
    from itertools import groupby

    from optout.web._i18n import shot_kind

    return [(kind, day, list(group)) for (kind, day), group in
            groupby(shots, key=lambda e: (shot_kind(e.step), e.at.strftime("%Y-%m-%d")))]


def _done_verb(request: Request) -> str | None:
    """The verb a case action just saved, from the page's ``done`` parameter; None for anything else."""
    verb = request.query_params.get("done")
    return verb if verb in DONE_VERBS else None


def _listing_details(listing: dict[str, Any] | None) -> dict[str, Any]:
    """What a volunteer needs to tell whether a listing is the client: the name as the broker
    listed it and its other names, the age (or the broker's words for it), the places (city and
    state only: no street, no ZIP), the relatives' names, and how many phones it shows (not the
    numbers). These are the broker's own page content, shown only on a logged-in volunteer's page
    (escaped by the template), never in a log or a URL."""
    if not listing:
        return {}
    places: list[str] = []
    raw = [*(listing.get("locations") or []), *(listing.get("past_locations") or []),
           *(listing.get("addresses") or [])]
    for a in raw:
        if isinstance(a, dict):
            place = ", ".join(str(x) for x in (a.get("city"), a.get("state")) if x)
        else:
            parts = [p.strip() for p in str(a).split(",") if p.strip()]
            parts = parts[-2:] if len(parts) >= 3 else parts  # "street, city, ST" → "city, ST"
            place = re.sub(r"\s*\b\d{5}(?:-\d{4})?\b", "", ", ".join(parts)).strip(" ,")
        if place and place not in places:
            places.append(place)
    relatives = listing.get("relatives") or []
    return {"name": " ".join(str(listing.get("name") or "").split()), "aliases": _names(listing.get("aliases")),
            "age": listing.get("age") or listing.get("age_text"), "places": places[:5],
            "phones": len(listing.get("phones") or []), "relatives": _names(relatives),
            "more_relatives": max(0, len({" ".join(str(r).split()) for r in relatives}) - CARD_NAMES)}


async def _report(app: App, person_id: str, fmt: str, lang: str) -> tuple[bytes, str]:
    if fmt == "pdf":
        return await app.report(person_id, lang=lang, pdf=True), "application/pdf"
    return await app.report(person_id, lang=lang), "text/html; charset=utf-8"


#: The requests refused before any view, in English as the catalogue's ids (Spanish in optout/locales).
BAD_FORM = "The form could not be read: reload the page, then do it again."
SESSION_ENDED = ("Your session has ended (the page was left open too long, or someone logged out): log in "
                 "again, then do it again.")
#: How many of a reply's first lines the queue shows of one whose client is not yet said (the rest
#: is one click away, as any evidence).
REPLY_LINES = 8

#: The languages the add and edit forms offer for the client (``Person.language``): optout's two,
#: then those the clinics' clients read most (Haitian Creole, French, Portuguese, Vietnamese,
#: Chinese, Korean, Tagalog, Arabic, Dari, Persian, Pashto, Somali, Amharic, Russian, Ukrainian).
CLIENT_LANGUAGES = ("es", "en", "ht", "fr", "pt", "vi", "zh", "ko", "tl", "ar", "fa_AF", "fa", "ps", "so", "am",
                    "ru", "uk")
NOT_FOUND = "Not found: this page or file does not exist (any more)."
EVIDENCE_GONE = "The evidence file is missing on this machine (deleted, or not copied with a backup)."
STALE_FORM = ("This page is out of date (it was opened before you last logged in, or in another window): "
              "reload it, then do it again.")


def build(app: App, *, idle: float = 1800.0) -> ASGIApp:
    """The dashboard as an ASGI application over an open :class:`App`."""
    d = Dashboard(app, idle)
    g = d.guarded
    routes = [
        Route("/login", g(d.login_page, public=True), methods=["GET"]),
        Route("/login", g(d.login, public=True), methods=["POST"]),
        Route("/logout", g(d.logout), methods=["POST"]),
        Route("/language", g(d.set_language, public=True), methods=["POST"]),
        Route("/", g(d.people_page), methods=["GET"]),
        Route("/people/search", g(d.people_search), methods=["POST"]),
        Route("/people/new", g(d.person_new_page), methods=["GET"]),
        Route("/people/new", g(d.person_new), methods=["POST"]),
        Route("/people/import", g(d.person_import), methods=["POST"]),
        Route("/people/import/example.csv", g(d.import_example), methods=["GET"]),
        Route("/people/{pid}", g(d.person_page), methods=["GET"]),
        Route("/people/{pid}/edit", g(d.person_edit_page), methods=["GET"]),
        Route("/people/{pid}/edit", g(d.person_edit), methods=["POST"]),
        Route("/people/{pid}/remove", g(d.person_remove_page), methods=["GET"]),
        Route("/people/{pid}/remove", g(d.person_remove), methods=["POST"]),
        Route("/people/{pid}/report.{fmt:str}", g(d.report), methods=["GET"]),
        Route("/cases/{case:int}/evidence/{eid:int}", g(d.evidence), methods=["GET"]),
        Route("/cases/{case:int}/letter.pdf", g(d.letter), methods=["GET"]),
        Route("/cases/{case:int}/{verb:str}", g(d.case_action), methods=["POST"]),
        Route("/people/{pid}/answers/{aid:int}/undo", g(d.answer_undo), methods=["POST"]),
        Route("/human", g(d.human), methods=["GET"]),
        Route("/clinic", g(d.clinic_page), methods=["GET"]),
        Route("/clinic", g(d.clinic_save), methods=["POST"]),
        Route("/runs", g(d.runs_page), methods=["GET"]),
        Route("/runs", g(d.run_start), methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    async def no_such_page(request: Request, exc: Exception) -> Response:
        # an address no route serves (a URL shortened by hand, a GET of a form's target): the same
        # line in the reader's language as a missing case or file, never Starlette's English "Not Found"
        return d.refused(request, getattr(exc, "status_code", 404), NOT_FOUND)

    outer = SecurityHeaders(Starlette(routes=routes, exception_handlers={404: no_such_page, 405: no_such_page}))
    outer.dashboard = d  # type: ignore[attr-defined]  # serve() closes it (a run under way is stopped)
    return outer


__all__ = ["Dashboard", "build"]


