"""Reports a client, a volunteer or a court can read: what was found, asked, answered and proven.

``optout report PERSON`` writes one self-contained HTML file per person (screenshots inline as
``data:`` images) and, unless told otherwise, the same printed to PDF by the Chromium optout
already drives (Playwright's ``page.pdf``: no extra PDF library). A one-page summary comes first,
then one section per broker, each starting on a new page: the listing as first found ("before")
with non-identifying details, every request (date, channel, the broker's reference, a screenshot of
its answer), letters with their legal deadlines, replies, the rescan that proved removal ("after"),
relistings, and who acted. ``--all`` writes one per person and an organisation summary.

Language: the caller's choice, else the person's ``language`` (English or Spanish; others fall back
to English, and the report says at its top that it has no translation into theirs, naming it), else
the clinic's default language (``optout.clinic.default_language``), else English. Templates are
Jinja2 (``templates/``), with HTML autoescaping on.

Reports hold personal data in clear, so they are written only where the user says and never into
the data directory (whose contents are sealed); files are created 0600 and named by person id.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from optout.errors import BrowserUnavailable, OptoutError, UsageError
from optout import reasons
from optout.reasons import language_name, untranslated
from optout.legal import drop
from optout.report._collect import BrokerSection, PersonReport, collect
from optout.report._i18n import LANGUAGES, count_translator, pick_language, translator
from optout.report.mailtext import mail_as_text

#: ``App.person_counts``: a person id → their counts (``found``, ``requested``…; optout.app.COUNTS)
Counts = Callable[[str], Awaitable[dict[str, Any]]]

__all__ = ["BrokerSection", "PersonReport", "LANGUAGES", "case_rows", "collect", "person_report", "mail_as_text", "render_person",
           "render_organisation", "untranslated_language", "wanted_language", "written_language", "check_destination", "write_private", "ReportFiles"]

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("optout.report", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=False,
)


def _day(value: dt.datetime | dt.date | str | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value[:10]
    return value.strftime("%Y-%m-%d")


def _stamp(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


_env.filters["day"] = _day
_env.filters["stamp"] = _stamp


def render_person(report: PersonReport, lang: str | None = None) -> str:
    """The person's report as one HTML document, in ``lang`` (default: the person's language, else
    the clinic's default language, else English). A language without a catalogue (Haitian Creole,
    Vietnamese, Dari…) gives English, and the report says so at its top, naming that language
    (:func:`untranslated_language`)."""
    missing = untranslated_language(report, lang)
    lang = written_language(report, lang)
    return _env.get_template("person.html.j2").render(report=report, lang=lang, t=translator(lang),
                                                      tn=count_translator(lang),
                                                      untranslated=language_name(missing, lang) if missing else None,
                                                      # in a sentence, as its reader writes it: "en español" (trial50)
                                                      written=language_name(lang, lang, reader_only=True),
                                                      available=", ".join(language_name(c, lang, reader_only=True)
                                                                          for c in LANGUAGES),
                                                      why=lambda r: reasons.render(r, lang),
                                                      law=lambda x, state=None: reasons.law_text(x, lang, state),
                                                      counted=reasons.COUNTS, count=lambda k: (reasons.text(f"count:{k}", lang)
                                                                       or reasons.text(f"count:{k}", "en") or k))


def wanted_language(report: PersonReport, lang: str | None = None) -> str | None:
    """The language the person's report is asked in: ``lang`` (``--lang``), else the person's own,
    else the clinic's default; None when none is set. It may have no catalogue (``"ht"``)."""
    return lang or report.person.language or report.default_language


def written_language(report: PersonReport, lang: str | None = None) -> str:
    """The language the report is written in: the one asked (:func:`wanted_language`) when optout
    has it; else the clinic's language when it is the nearest to the one asked (a Portuguese reader
    of a Spanish-speaking clinic: ``reasons.nearest``); else English."""
    return reasons.nearest(wanted_language(report, lang), report.default_language)


def untranslated_language(report: PersonReport, lang: str | None = None) -> str | None:
    """The code of the client's own language when optout has no translation into it, whatever
    language the report is asked in (trial51: ``--lang en`` for a Haitian client said nothing of
    Kreyòl), else of the language asked (``lang``, the clinic's) when optout has none; the report
    says so at its top, naming it. None when the report is in the language its reader reads."""
    return untranslated(report.person.language) or untranslated(wanted_language(report, lang))


def render_organisation(rows: list[dict[str, Any]], generated_at: dt.datetime, lang: str = "en",
                        organisation: str | None = None) -> str:
    """The organisation's summary: one row per person (``person_id``, ``name``, ``counts`` by state,
    ``total``, ``file``: the person's report, relative)."""
    lang = pick_language(lang)
    states = sorted({st for r in rows for st in r["counts"]})
    totals: dict[str, int] = {}
    for r in rows:
        for st, n in r["counts"].items():
            totals[st] = totals.get(st, 0) + n
    return _env.get_template("organisation.html.j2").render(
        rows=rows, states=states, totals=totals, generated_at=generated_at, lang=lang, t=translator(lang),
        organisation=organisation)


#: The funder's page ``report --all`` writes beside the organisation's summary (:func:`render_totals`).
TOTALS_FILE = "totals.html"


def render_totals(rows: list[dict[str, Any]], generated_at: dt.datetime, lang: str = "en",
                  organisation: str | None = None) -> str:
    """The organisation's figures with no person on the page (trial39: a funder asks for numbers, and
    the only summary listed every client by name and id): how many people, how many had a broker
    checked and how many at least one removal proven, brokers checked of all cases, and the cases
    by outcome, from the same ``rows`` as :func:`render_organisation` (``counts`` by state,
    ``total``, ``checked``; ``name``, ``person_id`` and ``file`` are not read)."""
    lang = pick_language(lang)
    totals: dict[str, int] = {}
    for r in rows:
        for st, n in r["counts"].items():
            totals[st] = totals.get(st, 0) + n
    figures = {"people": len(rows), "people_checked": sum(1 for r in rows if r["checked"]),
               "people_removed": sum(1 for r in rows if r["counts"].get("removed")),
               "checked": sum(r["checked"] for r in rows), "total": sum(r["total"] for r in rows)}
    return _env.get_template("totals.html.j2").render(
        figures=figures, states=sorted(totals), totals=totals, generated_at=generated_at, lang=lang,
        t=translator(lang), organisation=organisation)


def case_rows(report: PersonReport) -> list[dict[str, Any]]:
    """One row per broker for ``optout report --json``: ``broker``, ``outcome`` (its code),
    ``acted_as``, a list of ``{"by": organisation or None, "role": …}`` (``optout.report._collect.ROLES``;
    empty: the person acted alone), and ``letters``: each letter's legal clock as the report shows it
    (``sent``, ``law``, ``kind``, ``due`` (the first due date), ``extended_to`` (an extension asked
    for in time), ``extension_late`` (when one was asked for after the due date), ``answered``,
    ``passed_unanswered``, ``awaiting_match`` (a reply of the broker that cited no letter waits for a
    person to say whose it is, since that day), ``bounced`` (when THAT letter came back undelivered: a follow-up's bounce
    is the follow-up's), ``in_doubt`` (a stopped run may or may not have sent it), ``care_of``: it named the e-mail of someone who receives mail for the
    client, never the address), dates as ISO 8601. Codes, dates and the organisation's name only, never a
    person's value.

    The dates the report's pages show per broker too (they were only in the HTML and PDF, so a script
    could not say what was proved removed and when): ``state_since``, ``found_at`` (the listing first
    seen), ``confirmed_at`` (the broker said so), ``removed_at`` (the later search that proved it;
    null until one did), ``relisted_at`` (each relisting), and ``requests``: each with ``at``
    (started), ``finished``, ``channel``, ``status`` and the broker's ``reference``. Times are ISO
    8601 with their UTC offset, as every ``--json`` time."""
    def day(d: Any) -> str | None:
        return d.isoformat() if d is not None else None

    return [{"broker": s.broker_id, "outcome": s.outcome, "state_since": day(s.state_since),
             "found_at": day(s.found_at), "confirmed_at": day(s.confirmed_at), "removed_at": day(s.removed_at),
             "relisted_at": [day(d) for d in s.relisted_at],
             "requests": [{"at": day(r.started_at), "finished": day(r.finished_at), "channel": r.channel,
                           "status": r.status, "reference": r.reference} for r in s.requests],
             "acted_as": [{"by": who or None, "role": role} for who, role in s.acted_as],
             "letters": [{"sent": day(lt.sent_at), "law": lt.law, "kind": lt.kind, "due": day(lt.deadline),
                          "extended_to": day(lt.extended_to), "extension_late": day(lt.extension_late_at),
                          "answered": day(lt.answered_at), "passed_unanswered": lt.passed_unanswered,
                          "awaiting_match": day(lt.awaiting_match_at),
                          "bounced": day(lt.bounced_at), "in_doubt": lt.in_doubt, "care_of": lt.care_of}
                         for lt in s.letters]}
            for s in report.sections]


def check_destination(out_dir: Path, data_dir: Path) -> Path:
    """``out_dir`` resolved; OptoutError when it is inside the data directory (whose files are all
    sealed: a report there would be the one clear copy)."""
    out = out_dir.expanduser().resolve()
    data = data_dir.expanduser().resolve()
    if out == data or data in out.parents:
        raise UsageError(f"report --out {out_dir}: reports hold personal data in clear and are never written "
                          f"into the data directory ({data_dir}); choose another folder")
    return out


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (0600), replacing an older one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(path, 0o600)


@dataclass
class ReportFiles:
    person_id: str
    html: Path
    pdf: Path | None
    report: PersonReport


async def write_person(report: PersonReport, out_dir: Path, *, lang: str | None = None,
                       pdf: Callable[[str], Any] | None = None) -> ReportFiles:
    """Write ``report-<person id>.html`` (and ``.pdf`` when ``pdf`` is given: an async function from
    HTML to PDF bytes, e.g. ``BrowserChannel.pdf``) into ``out_dir`` (already checked)."""
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    html = render_person(report, lang)
    html_path = out_dir / f"report-{report.person_id}.html"
    write_private(html_path, html.encode())
    pdf_path = None
    if pdf is not None:
        pdf_path = out_dir / f"report-{report.person_id}.pdf"
        write_private(pdf_path, await pdf(html))
    return ReportFiles(report.person_id, html_path, pdf_path, report)


async def person_report(settings: Any, store: Any, vault: Any, catalogue: Any, now: dt.datetime,
                        person_id: str, counts: Counts | None = None) -> PersonReport:
    """Everything one person's report shows (evidence opened in memory), with their DROP filing.
    ``counts``: the application's count of the person (``App.person_counts``), which the report's
    line of counts shows in the words the dashboard uses (``count:<key>``); None: no such line."""
    from optout.clinic import default_language

    report = await collect(store, vault, catalogue, settings.evidence_dir, person_id, now)
    if counts is not None:
        report.person_counts = await counts(person_id)
    report.default_language = default_language(settings)
    from optout.mail import letters_a_day

    report.letters_a_day = letters_a_day(settings)
    _, filing = await drop.load(store, vault, person_id)
    if filing is not None:
        report.drop = {"reference": filing.reference, "filed_on": filing.filed_on.isoformat(),
                       "statuses": filing.statuses}
    return report


async def write_reports(settings: Any, store: Any, vault: Any, catalogue: Any, now: dt.datetime,
                        person_ids: list[str], out_dir: Path, *, lang: str | None = None, pdf: bool = True,
                        organisation: bool = False, progress: Callable[[str], None] | None = None,
                        counts: Counts | None = None) -> tuple[list[ReportFiles], Path | None]:
    """Reports for ``person_ids`` in ``out_dir`` (HTML, and PDF printed by Chromium when ``pdf``);
    with ``organisation``, also ``organisation.html`` summarising them and ``totals.html``
    (:data:`TOTALS_FILE`), the same figures with no person on the page. Returns the files written.
    Raises OptoutError for a folder inside the data directory, BrowserUnavailable when a PDF is
    wanted and Chromium cannot start."""
    out = check_destination(out_dir, settings.data_dir)
    browser = None
    if pdf:
        from optout.channels.browser import BrowserChannel
        from optout.ratelimit import RateLimiter

        browser = BrowserChannel(settings.browser, settings.network, None, RateLimiter(60.0))
    written: list[ReportFiles] = []
    try:
        for pid in person_ids:
            report = await person_report(settings, store, vault, catalogue, now, pid, counts)
            try:
                written.append(await write_person(report, out, lang=lang, pdf=browser.pdf if browser else None))
            except BrowserUnavailable as e:
                again = BrowserUnavailable(f"{e} — or write the HTML only (report --no-pdf) and print it from "
                                           "any browser")
                for name in ("why", "source"):  # its reason, if it has one, still says it in the reader's words
                    if hasattr(e, name):
                        setattr(again, name, getattr(e, name))
                raise again from None
            except OSError as e:
                raise OptoutError(f"report --out {out_dir}: cannot write there ({e.strerror})") from None
            if progress:
                progress(pid)
    finally:
        if browser is not None:
            await browser.close()
    org_path = None
    if organisation:
        rows = [{"person_id": f.person_id, "name": f.report.person.display_name, "counts": f.report.counts(),
                 "total": len(f.report.sections), "checked": f.report.checked(), "file": f.html.name} for f in written]
        org_path = out / "organisation.html"
        from optout.clinic import default_language

        # the organisation's page is the clinic's: --lang, else the clinic's language, as its people's are
        org_lang = lang or default_language(settings) or "en"
        org_name = getattr(getattr(settings, "agent", None), "name", None)
        write_private(org_path, render_organisation(rows, now, org_lang, org_name).encode())
        write_private(out / TOTALS_FILE, render_totals(rows, now, org_lang, org_name).encode())
    return written, org_path
