"""Why a case is where it is, as a code and value-free parameters, rendered per language.

A :class:`Reason` is what the engine, the mail flow and the importer record when a case stops,
waits or needs a person (``failed``, ``needs_human``, ``not_found``, missing data, a letter's
deadline…): ``Reason("missing_info", {"field": "birth_date"})``. The words live in ONE gettext
catalogue, ``optout/locales/<lang>/LC_MESSAGES/reasons.po`` (English and Spanish), read with Babel,
which also holds the dashboard's interface text, the client report's phrases (``report:``) and
the CLI's (``cli:``): the dashboard, the client report and ``optout status`` all render the same
code through :func:`render`. ``scripts/i18n`` extracts the ids the code and templates use, checks
each has a Spanish text with the same placeholders, and compiles the catalogue as Babel reads it. An English sentence is never translated by lookup: a
new reason is a new code here and an entry in each catalogue (``tests/test_report_reasons.py`` walks
:data:`CODES` and checks both).

Parameters are never a person's value: field names (``birth_date``), counts, dates, law ids
(``ccpa``), ``OPT-…`` tokens, step labels (``optout.steps[2] (click)``), vendor and host names of
a broker's own site. A parameter named ``field`` (or ``fields``, a list) is itself rendered through
the catalogue's ``field:<name>`` entries; one named ``near`` or ``column`` is a spreadsheet column
(``optout.intake.COLUMNS``), rendered as the reader's empty sheet heads it (``column:<name>``).
"""

from __future__ import annotations

import functools
import gettext
import io
import os
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).parent / "locales"
LANGUAGES = ("en", "es")

#: Catalogue entries whose Spanish is written as the English (a law's initials, an acronym, a
#: cognate, a log level): the one list, read by ``scripts/i18n.py`` and ``tests/test_report_i18n.py``
#: alike (:func:`same_in_both`), so a word allowed by one is allowed by the other.
SAME_IN_BOTH = frozenset({"law:ccpa", "report:total", "kind:captcha", "CAPTCHA", "Broker", "Brokers",
                          "log:level.error", "cli:metavar.ID", "cli:metavar.N", "cli:metavar.URL"})


def same_in_both(msgid: str) -> bool:
    """Whether an entry's Spanish may be its English: :data:`SAME_IN_BOTH`, and the ``cli:column.*``
    headings kept as keys a script reads."""
    return msgid in SAME_IN_BOTH or msgid.startswith("cli:column.")

#: Every reason code, with the parameters its text uses (rendered with ``str.format``).
CODES: dict[str, tuple[str, ...]] = {
    # data the client did not give: a person can act (add it), never a failure
    "missing_info": ("field",),
    "missing_own_email": (),
    # an e-mail the client did not give, where the clinic's contact e-mail could stand in on the
    # broker's form but none is set (trial43: the task named only the client's own, f44a)
    "missing_email_or_clinic": (),
    # the client asked for letters only and this broker's form must have the client's own e-mail
    "post_only_email": (),
    "input_yes_no": (),
    "input_name_order": (),
    # a step could not be done (the recipe or the broker's page)
    "page_changed": ("step",),
    "unexpected_page": ("step",),
    "page_moved": ("step",),
    "egress_blocked": ("step",),
    "recipe_error": ("step",),
    "step_failed": ("step",),
    "no_recipe": (),
    "broker_unreachable": (),
    "bot_wall": ("vendor",),
    "machine_fault": (),
    "machine_disk_full": (),
    "machine_unwritable": (),
    # a printed letter, the authorised agent's settings and the signed scan (trial50: in English only)
    "letter_not_postal": ("broker",),
    "out_unwritable": (),
    "agent_not_set": (),
    # California's DROP (optout drop record / status / import): what the English said only in English
    "drop_status_unknown": ("statuses",),
    "drop_not_californian": (),
    "drop_reference_empty": (),
    "drop_not_filed": (),
    "drop_no_recipe": ("broker",),
    # optout evidence --export, and an answer naming a listing the case does not have
    "export_folder_link": (),
    "export_not_folder": (),
    "export_file_link": (),
    "no_such_listing": ("listing",),
    # the dashboard's Clinic settings: the authorised agent's fields (clinic.save)
    "agent_address_long": ("max",),
    "agent_email_invalid": (),
    "agent_scan_too_large": ("mb",),
    "agent_scan_unreadable": (),
    "agent_scan_empty": (),
    "agent_scan_kind": (),
    "agent_scan_not_printable": (),
    "date_in_future": (),
    # the broker lab (OPTOUT_LAB_URL) does not answer, or what answers is not the lab
    "lab_unanswered": ("url",),
    "lab_not_lab": ("url",),
    # the lab's clock is behind the time this data directory last read from it (a restarted lab
    # starts at real time): the cases due by its former time wait, said once (trial44)
    "lab_clock_behind": ("days", "url"),
    # another process (a run, the worker, a colleague's dashboard) holds the store's write lock
    "store_busy": (),
    "setting_fault": (),
    "browser_unavailable": (),
    # the one line a command ends with, for what a volunteer meets at the command line or the
    # dashboard (optout.errors.said): the vault, a profile file, a recipe id, the browser, the mail
    "vault_missing": (),
    "vault_unreadable": (),
    "vault_locked": (),
    "vault_wrong_passphrase": (),
    "vault_wrong_keyfile": (),
    "vault_wrong_keyring": (),
    "vault_wrong_key": (),
    "vault_key_open": (),
    "vault_key_unreadable": (),
    "vault_key_invalid": (),
    "vault_keyring_empty": (),
    "vault_passphrase_needed": (),
    "vault_sealed_damaged": (),
    "vault_keyring_missing": (),
    "vault_key_exists": (),
    "vault_keyring_refused": (),
    "vault_kind_unknown": (),
    "vault_other_machine": (),
    "vault_new_passphrase_needed": (),
    "vault_passphrases_differ": (),
    "vault_passphrase_short": (),
    "vault_passphrase_same": (),
    "profile_syntax": ("format", "line"),
    "recipe_unknown": ("ids",),
    "browser_path_missing": (),
    "browser_cannot_start": (),
    "mailbox_login_refused": (),
    "smtp_login_refused": (),
    "internal_error": ("error",),
    "error": (),
    # what a search saw
    "not_listed": ("fields",),
    "not_recognised": ("fields", "listings", "rejected"),
    # the same after several forms of the name were searched (Person.search_names, match.searches)
    "not_listed_forms": ("fields", "searches"),
    "not_recognised_forms": ("fields", "listings", "rejected", "searches"),
    # … of which some showed only phone numbers the profile does not give (optout.matching: "other phone")
    "not_recognised_phone": ("fields", "listings", "rejected", "phones"),
    "not_recognised_forms_phone": ("fields", "listings", "rejected", "searches", "phones"),
    # … when match.searches left the rarer forms unsearched: so many of every form (the data's "forms")
    "not_listed_some_forms": ("fields", "searches", "forms"),
    "not_recognised_some_forms": ("fields", "listings", "rejected", "searches", "forms"),
    "not_recognised_some_forms_phone": ("fields", "listings", "rejected", "searches", "forms", "phones"),
    "still_listed": ("since", "attempt", "max"),
    "still_listed_confirmed": ("since", "attempt", "max"),
    "still_listed_final": ("attempts",),
    # a person said "I did it" (a CAPTCHA, an ID, a call) and a later search still found the listing
    "still_listed_after_done": ("done_on",),
    # listed again after a later search had proven the removal (a broker relisting the person)
    "relisted": ("since",),
    # a person's remembered answer about the same record decided it (optout.answers)
    "answered_them": ("date",),
    "answered_not_them": ("date",),
    # a person acted on the case (answered its question, asked to try again, changed the client's
    # details so it is searched again): the next run takes it up
    "answered_next_run": ("date",),
    # a person is needed
    "uncertain_match": ("count",),
    "captcha": (),
    "asks_id_upload": (),
    # the client chose not to send the identity document the broker asks for (App.decline):
    # nothing more is sent to that broker until a person reopens the case
    "client_declined_id": ("date",),
    # a broker's reply to the letter of a case the client declined on {declined}, read on {date}: kept as
    # evidence, the case left declined (MailFlow._while_declined, f43)
    "declined_reply_confirmed": ("date", "declined"),
    "declined_reply_refused": ("date", "declined"),
    "declined_reply": ("date", "declined"),
    "asks_phone": (),
    "asks_person": (),
    "web_form_only": (),
    # a form was sent but the broker's page did not show the words that say it took the request
    "request_unconfirmed": ("step",),
    # a request whose run was stopped (a kill, a crash, a machine fault) between "about to submit"
    # and its outcome: counted as sent, never sent twice, and said to be in doubt (f37)
    "request_in_doubt": (),
    # a person's answer to a case someone else answered a moment before (App._record_answer)
    "case_answered_meanwhile": ("case",),
    # an edit of a client's profile that someone else changed since the form was read (t45)
    "person_changed_meanwhile": (),
    "clinic_changed_meanwhile": (),
    # the same, when the newer event is another volunteer's answer: which one stands and when (f41)
    "answered_meanwhile_match": ("case", "at"),
    "answered_meanwhile_no_match": ("case", "at"),
    "answered_meanwhile_done": ("case", "at"),
    "answered_meanwhile_retry": ("case", "at"),
    "answered_meanwhile_declined": ("case", "at"),
    # the same act of a person again (two clicks of "I did it"): the first is recorded (App.done, f38)
    "answer_already_recorded": ("case",),
    "letter_only": (),
    "form_off_site": ("host",),
    "no_mailbox": (),
    "replies_unread": ("count",),
    "confirm_mail_late": ("seconds",),
    "confirm_links_several": (),
    "confirm_link_foreign": ("host",),
    "no_mail_account": (),
    "overdue": ("sent_on",),
    "overdue_after_answer": ("sent_on",),
    "overdue_no_account": (),
    "dead_address": (),
    # the follow-up bounced: the request itself went out before (MailFlow._dead_address, f38)
    "dead_address_follow_up": (),
    # another case's letter to the same address met a permanent failure on {date}: nothing sent (trial42)
    "dead_address_known": ("date",),
    # a transient bounce on {date} (a full mailbox, "try again later"): never "dead"; the letter or the
    # follow-up goes again on {again}, or after SOFT_BOUNCE_TRIES sends a person (MailFlow._soft_bounce, f43)
    "soft_bounce_retry": ("date", "again"),
    "soft_bounce_follow_up_retry": ("date", "again"),
    "soft_bounce_gave_up": ("count",),
    "soft_bounce_kept": ("date",),
    # a bounce that says neither why nor for how long (no code, no words we read): a person reads it,
    # never "dead", never sent again blindly (MailFlow._unclear_bounce, f44a)
    "bounce_unclear": (),
    "bounce_unclear_follow_up": (),
    # a broker's answer that cites none of our letters, while it has letters of several clients (trial42)
    "reply_awaits_match": ("broker",),
    "reply_unclear": (),
    "reply_needs_id": (),
    "reply_needs_info": (),
    # … the client's signed authorisation of the clinic as agent: none went with the letter, or the one on
    # file (signed {date}) did (MailFlow._agent_papers_asked, trial42)
    "reply_needs_authorisation": (),
    "reply_needs_authorisation_sent": ("date",),
    "reply_refused": (),
    # … and why, as the reply reader found it (optout.mail._classify's Verdict.reason: refusal:<it>)
    "reply_refused_because": ("because",),
    "verify_link_unclear": (),
    "verify_link_foreign": ("host",),
    "verify_link_failed": (),
    # notes on a letter's progress
    "letter_sent": ("law", "token", "deadline"),
    "letter_in_doubt": ("law", "token", "deadline"),
    # the same for a courtesy request: no law makes an answer due; optout writes again on that day
    "letter_sent_courtesy": ("token", "deadline"),
    "letter_in_doubt_courtesy": ("token", "deadline"),
    "follow_up_sent": ("deadline", "token"),
    # … after the broker answered without a final word (acknowledged, asked for time, sent a link)
    "follow_up_sent_after_answer": ("deadline", "token"),
    "follow_up_in_doubt": (),
    "confirmed_by_mail": ("date", "token"),
    "deadline_extended": ("days", "deadline"),
    "reply_acknowledged": ("date", "deadline"),
    "deadline_extended_capped": ("asked", "days", "deadline"),
    "deadline_extension_late": ("asked", "deadline"),
    "deadline_extension_again": ("asked", "deadline"),
    "verify_link_opened": ("token",),
    # a link opened from the broker's answer to the follow-up sent on {date}: the note keeps the follow-up (f44a)
    "verify_link_opened_after_follow_up": ("token", "date"),
    "letter_deferred": (),
    "letter_held_until": ("date",),
    "drop_filed": ("filed_on", "next_cycle"),
    # a value typed in the dashboard's form or a CSV cell (optout.person, optout.intake)
    "input_required": (),
    "input_name_required": (),
    "input_one_part_two_names": (),
    "input_unknown_field": (),
    "input_address_field": (),
    "input_too_many": ("max",),
    "input_too_long": ("limit",),
    "input_control": (),
    "input_separator": (),
    "input_bidi": (),
    "input_not_text": (),
    "input_template": (),
    "input_zip": (),
    "input_postal_code": (),
    "input_state": (),
    "input_state_near": ("near",),
    "input_state_required": (),
    "input_name_needed": (),
    "input_phone": ("item",),
    "input_phone_incomplete": ("item",),
    "input_email": (),
    "input_email_misspelt": ("provider",),
    "input_suffix": (),
    "input_language": (),
    "input_country": (),
    "input_birth_disagree": (),
    "input_birth_year": (),
    "input_date": (),
    "input_date_slashes": (),
    "input_date_not_real": (),
    "input_date_only_month_first": ("rows",),
    "input_date_only_day_first": ("rows",),
    "input_city": (),
    "input_lost_letters": (),
    "input_past_address": ("index",),
    "input_cells": ("cells", "columns"),
    "input_number": (),
    "input_out_of_range": (),
    "input_pattern": (),
    "input_list": (),
    "input_text_expected": (),
    # pydantic's kinds said in optout's words (person.input_reason, f37)
    "input_empty": (),
    "input_table": (),
    "input_one_of": ("expected",),
    "input_at_least": ("limit",),
    "input_at_most": ("limit",),
    "input_at_least_excl": ("limit",),
    "input_at_most_excl": ("limit",),
    "input_invalid": (),
    # a CSV file that cannot be imported at all (optout.intake.FileRejected)
    "import_unreadable": (),
    "import_missing_file": (),
    "file_is_folder": (),  # a folder given where a file goes (a profile, a sheet): exit 66
    # a profile file refused as it is (exit 65): a symbolic link, a device or pipe, too big
    "file_is_symlink": (),
    "file_not_regular": (),
    "profile_too_large": ("limit",),
    # a dashboard account (optout staff)
    "staff_name": (),
    "staff_password": ("count",),
    "staff_exists": ("name",),
    "staff_unknown": ("name",),
    "staff_passwords_differ": (),
    "import_encoding": ("line",),
    "import_empty": (),
    "import_unknown_column": ("position", "near"),
    "import_not_a_header": ("position",),
    "import_duplicate_column": ("first", "second", "column"),
    "import_no_column": ("columns",),
    "import_bad_row": ("row",),
    # a cell whose opening quote is never closed (intake.open_quote): where, never its value
    "import_open_quote": ("row", "position"),
    "import_open_quote_in": ("row", "position", "column"),
    "import_too_large": ("limit",),
    "import_too_many_rows": ("max",),
    "import_no_file": (),
    "rows_rejected": (),
    # optout lab --person KEY=FILE: a sheet with bad rows, or a file that is neither (cli._lab_sheet)
    "lab_rows_rejected": (),
    "lab_not_a_profile": (),
    # optout lab could not listen: its port taken, or another error of the system's (t52: English only)
    # a recipe file that does not load (optout.recipe.loader), said in the reader's language (t52)
    "recipe_too_large": ("limit",),
    "recipe_key_twice": ("line", "name"),
    "recipe_not_yaml": ("line", "error"),
    "recipe_not_mapping": (),
    "recipe_unreadable": ("error",),
    "recipe_not_utf8": (),
    "recipe_id_not_file_name": ("name", "expected"),
    "recipe_id_used": ("name", "other"),
    "lab_port_in_use": ("port",),
    "lab_cannot_start": ("error",),
    # optout backup: a folder that is not new or empty, or a PostgreSQL store (t52: English only)
    "backup_folder_not_empty": (),
    "backup_postgres": (),
    # a command that deletes asks on the terminal; without one (cron, a pipe) only --yes goes ahead
    "confirm_with_yes": ("flag",),  # the flag comes from the CLI: the catalogue names no command
    # a command line refused (cli.usage): what was expected, the flag named by the line
    "usage_address": (),
    "usage_label_one_file": (),
    "usage_out_exists": (),
    "usage_report_who": ("flag",),
    "usage_lab_person": (),
    "usage_latency": (),
    # a store restored without its -wal or from an older copy (optout.app.refuse_if_lost)
    "lost_requests": ("count", "accept"),
    "input_same_person": ("other",),
    "input_same_file": (),
    "nothing_added": (),
    "input_similar_person": ("other",),
    "input_similar_person_zip": ("other",),
    "input_similar_person_phone": ("other",),
    "input_label_used": ("other",),
    # a client removed at their request (App.check_new): the day, never who; the sheet's row, the
    # add form's and the dashboard's words (the CLI's name --allow-removed, the dashboard's a tick)
    "input_removed_client": ("date",),
    "input_removed_row": ("date",),
    "input_removed_client_web": ("date",),
    "input_removed_row_web": ("date",),
    "input_label_twice": ("other",),
    # the same two, between two rows of one spreadsheet (the row as the spreadsheet numbers it)
    "input_same_row": ("row",),
    "input_label_twice_row": ("row",),
    "input_similar_row": ("row",),
    "input_similar_row_zip": ("row",),
    "input_similar_row_phone": ("row",),
    "duplicate_person": ("other",),
    "form_choose_each": (),
    "not_waiting": (),
    "run_going": (),
    "run_stopped": (),
    "run_elsewhere": (),
    "no_such_person": (),
    "no_such_case": ("case",),
    "ambiguous_person": ("count", "ids"),
    "case_not_waiting": ("case", "state"),
    # a volunteer recorded that the client declined, on a case whose broker asks for no ID
    "case_not_declinable": ("case",),
    # `done` or `retry` on a case waiting for a person to say whose a broker's reply is: only `attach` or
    # `not-ours` answer it (App._not_an_unplaced_reply, f43)
    "unplaced_reply_needs_attach": ("case",),
    # a broker's answer by post or telephone, recorded by a person (App.record_reply)
    "reply_post_confirmed": ("date",),
    "reply_post_refused": ("date",),
    "reply_post_needs_id": ("date",),
    "reply_post_needs_info": ("date",),
    "reply_post_acknowledged": ("date",),
    "reply_phone_confirmed": ("date",),
    # ... by a broker without a search page (no ``scan``): its word is all there is
    "reply_post_confirmed_no_search": ("date",),
    "reply_phone_confirmed_no_search": ("date",),
    "reply_phone_refused": ("date",),
    "reply_phone_needs_id": ("date",),
    "reply_phone_needs_info": ("date",),
    "reply_phone_acknowledged": ("date",),
    "reply_post_extended": ("date", "days"),
    "reply_phone_extended": ("date", "days"),
    "reply_not_expected": ("case", "state"),
    "input_reply_channel": (),
    "input_reply_kind": (),
    "input_reply_date": (),
    "input_reply_date_not_real": (),
    "input_reply_note": (),
    "input_reply_days": (),
    # t48: an error or a fault of this machine stopped a pass of the command line or the worker
    "run_failed": (),
}

#: The profile fields a reason may name (``field:<name>`` in the catalogue).
FIELDS = ("name", "first_name", "middle_name", "last_name", "age", "birth_year", "birth_date", "dob", "email",
          "phone", "phones", "emails", "street", "address", "city", "state", "zip", "country", "locations",
          "past_locations", "relatives", "aliases", "addresses", "label", "optout_email", "suffix", "names", "language",
          "given", "surnames", "apartment", "clinic_postal_address", "post_only", "care_of_email")


@dataclass(frozen=True)
class Reason:
    """A reason code (a key of :data:`CODES`) and its value-free parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown reason code {self.code!r} (add it to optout.reasons.CODES)")

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_json(cls, data: Any) -> Reason | None:
        """The reason stored in an event's data (``data["why"]``); None if absent or unknown."""
        if not isinstance(data, dict) or data.get("code") not in CODES:
            return None
        return cls(str(data["code"]), dict(data.get("params") or {}))

    @property
    def english(self) -> str:
        return render(self, "en")


@functools.cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The reasons catalogue of ``lang`` (a Babel-read ``.po``, no compile step)."""
    return load_po(LOCALES / lang / "LC_MESSAGES" / "reasons.po", lang)


def load_po(po: Path, lang: str) -> gettext.NullTranslations:
    """A gettext ``.po`` file read with Babel and compiled in memory (no ``.mo`` step to forget);
    a missing file → the identity translation."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    if not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as f:
        cat = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, cat)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def pick(lang: str | None) -> str:
    """``"es-MX"`` → ``"es"``; anything unknown → ``"en"``."""
    base = (lang or "en").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def untranslated(wanted: str | None) -> str | None:
    """The language ``wanted`` names (as a person's ``language`` holds it: ``"ht"``, ``"fa_AF"``,
    ``"fr-CA"``) when optout has no catalogue for it, so its reader is given English instead (as
    :func:`pick` chooses); None when nothing is asked or the language has a catalogue. A text given
    in another language than its reader's says so, naming theirs (:func:`language_name`)."""
    code = (wanted or "").strip()
    return code if code and pick(code) != code.split("-")[0].split("_")[0].lower() else None


#: A language optout has no catalogue for, and the one of :data:`LANGUAGES` its readers read more
#: easily than English (Portuguese, Galician and Catalan readers read Spanish). Since trial45 every
#: untranslated language is given the clinic's language when the clinic chose one (:func:`nearest`),
#: so this table only names the languages for which that choice is also the nearest one.
NEAREST = {"pt": "es", "gl": "es", "ca": "es"}


def nearest(wanted: str | None, chosen: str | None) -> str:
    """The language a reader of ``wanted`` is given: ``wanted`` when optout has its catalogue; else
    the clinic's ``chosen`` language when the clinic chose one (trial45: a Haitian or Vietnamese
    client of a Spanish-speaking clinic got an English report their volunteer could not go through
    with them); else English. A text so given says at its top which language it is in and that none
    exists in the reader's (:func:`untranslated`)."""
    if not untranslated(wanted):
        return pick(wanted)
    return pick(chosen) if chosen and chosen.strip() else "en"


def language_name(code: str, lang: str, *, reader_only: bool = False) -> str:
    """The language ``code`` as its readers write it and, where that differs, as a ``lang`` reader
    does: ``"Kreyòl Ayisyen (Haitian Creole)"``, ``"دری (darí)"`` for ``fa_AF``; CLDR's names, from
    Babel (a regional variant by its own name where CLDR gives one: Dari, not "Persian
    (Afghanistan)"). With ``reader_only``, only the ``lang`` reader's name (``"inglés"``, not
    ``"English (inglés)"``): for a language the sentence's reader reads (the one a report is in), whose
    own name would mix two languages in one sentence. The code itself when CLDR has no name for it."""
    from babel import Locale, UnknownLocaleError

    key = code.strip().replace("-", "_")

    def name_in(where: Locale) -> str:
        names = where.languages
        return str(names.get(key) or names.get(key.split("_")[0]) or "")

    try:
        own = name_in(Locale.parse(key))
        known = name_in(Locale.parse(pick(lang)))
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    own = own[:1].upper() + own[1:]
    if reader_only and known:
        return known
    if not own:
        return known or code
    return own if not known or known.casefold() == own.casefold() else f"{own} ({known})"


def country_name(code: str, lang: str) -> str:
    """A two-letter country code (``Address.country``: ``MX``) as a ``lang`` reader names it
    ("México"), from CLDR by Babel; the code itself when CLDR has no name for it."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(pick(lang)).territories.get(code.strip().upper()) or code)
    except (UnknownLocaleError, ValueError, TypeError):
        return code


def locale_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the terminal's locale names, as gettext reads it (the first of ``LANGUAGE``
    (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set), when a catalogue exists
    for it; None when none is set, it is ``C``/``POSIX`` (``C.UTF-8``), or it names a language
    without a catalogue: the caller then falls back (the clinic's default, then English)."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(var) or "").split(":")[0].strip()
        if value:
            base = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            return base if base in LANGUAGES else None
    return None


def terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """The language a command-line reader asked for, as gettext chooses it: the first of
    ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set
    (``es_MX.UTF-8`` → ``"es"``); unset, ``C``/``POSIX`` or a language without a catalogue →
    ``"en"``. The terminal's counterpart of the browser's ``Accept-Language`` the dashboard follows."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(var) or "").split(":")[0].strip()
        if value:
            return pick(value)
    return "en"


def text(msgid: str, lang: str) -> str | None:
    """The catalogue's text for ``msgid`` in ``lang``; None when it has none."""
    got = catalogue(pick(lang)).gettext(msgid)
    return None if got == msgid else got


def field_name(name: str, lang: str) -> str:
    """A profile field as a volunteer calls it (``birth_date`` → "fecha de nacimiento")."""
    return text(f"field:{name}", lang) or text(f"field:{name}", "en") or name.replace("_", " ")


#: How a case's and a listing's number is written wherever a person reads it (the CLI's lines, the
#: reasons and errors in every language, the dashboard), so a volunteer never takes one for the other
#: (f41: both are counted from 1, and ``optout human`` showed "case 12" beside "listing 12"; f42: the
#: one-line replies of ``done``, ``reply``, ``letter`` and the errors still said "case 12"). Either is
#: read with its letter or without (``cli._id_of``); ``--json`` and the store keep the number.
CASE_PREFIX, LISTING_PREFIX = "C", "L"


def case_ref(case: Any) -> str:
    """A case's number as a person reads it: ``12`` → ``"C12"``; one already written so is kept."""
    s = str(case)
    return s if s.upper().startswith(CASE_PREFIX) or not s.strip().isdigit() else f"{CASE_PREFIX}{s.strip()}"


def listing_ref(listing: Any) -> str:
    """A listing's number as a person reads it: ``7`` → ``"L7"``; one already written so is kept."""
    s = str(listing)
    return s if s.upper().startswith(LISTING_PREFIX) or not s.strip().isdigit() else f"{LISTING_PREFIX}{s.strip()}"


def id_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` of a message with its ids as a person reads them: ``case`` (a number, or a list
    of them, ``cases``: a ``cases`` that is a number is a count) written :func:`case_ref`,
    ``listing``/``listings`` :func:`listing_ref`. Every
    message filler (:func:`render`, the CLI's ``say``) passes its parameters through it, so no
    message can print a bare number for an id."""
    out = dict(params)
    for name, ref in (("case", case_ref), ("listing", listing_ref)):
        v = out.get(name)
        if not isinstance(v, bool) and (isinstance(v, int) or (isinstance(v, str) and v.strip().isdigit())):
            out[name] = ref(v)
        if isinstance(many := out.get(name + "s"), (list, tuple)):  # a plain ``cases`` is a count
            out[name + "s"] = ", ".join(ref(x) for x in many)
    return out


def fill(msgid: str, lang: str, **params: Any) -> str:
    """The catalogue's text for ``msgid`` in ``lang``, else in English, else ``msgid`` itself, with
    ``params`` filled by ``str.format`` (:func:`id_params`: a case's number as C12). The one filler
    of the CLI's and the dashboard's own lines (``cli:…``, ``answers:…``); reasons: :func:`render`."""
    words = text(msgid, lang) or text(msgid, "en") or msgid
    return counted_format(words, **id_params(params)) if params else words


def law_text(law: str, lang: str | None, state: Any = None) -> str:
    """A letter's law in ``lang``, as the letter cited it: a US state's own law by its name
    (``law:us_state.<ST>``, "Colorado Privacy Act") when the letter's ``law_state`` is known, never
    only "state privacy law" (f43: status and the report said ``law:us_state`` where the letter
    named Colorado's, Virginia's, Texas's law); else ``law:<id>``; else the id in capitals."""
    lang = pick(lang)
    if law == "us_state" and isinstance(state, str) and state:
        named = text(f"law:us_state.{state.upper()}", lang) or text(f"law:us_state.{state.upper()}", "en")
        if named:
            return named
    return text(f"law:{law}", lang) or law.upper()


def render(reason: Reason | None, lang: str | None) -> str:
    """The reason in ``lang`` (English when the language is unknown). Raises nothing: a code
    without text falls back to English, then to the code itself."""
    if reason is None:
        return ""
    lang = pick(lang)
    if reason.code in ("letter_sent", "letter_in_doubt") and reason.params.get("law") == "courtesy":
        # a courtesy letter's note kept before it had a code of its own: no answer is "due" by law
        reason = Reason(f"{reason.code}_courtesy", {k: reason.params.get(k, "") for k in ("token", "deadline")})
    template = text(f"reason:{reason.code}", lang) or text(f"reason:{reason.code}", "en") or reason.code
    params: dict[str, Any] = {k: "" for k in CODES[reason.code]}
    params.update(id_params(reason.params))
    if "field" in params:
        params["field"] = field_name(str(params["field"]), lang)
    if "fields" in params:
        names = [field_name(str(f), lang) for f in params["fields"] or []]
        params["fields"] = ", ".join(names) if names else (text("fields:none", lang) or "")
    for name in ("near", "column"):  # a spreadsheet column, as the reader's empty sheet heads it
        if params.get(name):
            params[name] = text(f"column:{params[name]}", lang) or str(params[name])
    if "state" in params and params["state"]:  # a case's state as the report words it
        params["state"] = text(f"report:state.{params['state']}", lang) or str(params["state"])
    if "law" in params:
        params["law"] = law_text(str(params["law"]), lang, reason.params.get("law_state"))
    if params.get("because"):  # a broker's reason for refusing, as the reply reader named it
        params["because"] = (text(f"refusal:{params['because']}", lang) or text(f"refusal:{params['because']}", "en")
                             or str(params["because"]))
    try:
        return counted_format(template, **params)
    except (KeyError, IndexError, ValueError):
        return template


#: The outcome shown for a case that stopped for data the client did not give (its state is
#: ``failed`` in the store; every reader shows it apart from real failures).
NEEDS_INFO = "needs_info"

#: The counts of a person every reader shows under the same words (catalogue ``count:<key>``), in
#: this order: the people page's columns, the person page's line and the report's line, all from
#: ``App.person_counts`` / ``App.people_summary`` (trial41: the people page's "Solicitados 16" and
#: the report's "en espera: 2" counted different things under words that read alike). A case
#: counts in ``requested`` once asked at all, whatever it waits on now; ``in_doubt`` and ``held``
#: are among those; the others say where each case stands now.
COUNTS: tuple[str, ...] = ("found", "not_found", "requested", "in_doubt", "held", "removed", "waiting",
                           "needs_info", "declined", "failed")


#: The outcome shown for a ``submitted`` case whose request (or letter, or follow-up) may or may
#: not have reached the broker: its run was stopped between "about to send" and recording what came
#: of it (a kill, a crash, a machine fault). It is counted as sent, so nothing is sent twice, and
#: every reader says it is in doubt, never plainly "request sent" (the core promise: never report
#: what did not happen). The stored state stays ``submitted``: the confirmation scan decides.
IN_DOUBT = "in_doubt"

#: The outcome shown for a ``submitted`` case whose request (or first letter) was sent and whose
#: FOLLOW-UP may or may not have reached the broker (a run stopped while sending the follow-up):
#: every reader says the request was sent and the follow-up is in doubt, never "request in doubt"
#: (f38: the whole case read "request in doubt"). Neither is ever sent twice.
FOLLOW_UP_IN_DOUBT = "follow_up_in_doubt"

#: Event kinds that record a submission in doubt (``engine._settle_doubt``, ``mail._flow``).
DOUBT_EVENTS = frozenset({"in_doubt", "letter_in_doubt"})


def doubt_of(event: Any) -> str | None:
    """What an event (``store.Event``: ``kind``, ``data``) left in doubt: :data:`IN_DOUBT` for the
    request itself (a kind of :data:`DOUBT_EVENTS`, or data saying ``in_doubt``: a machine fault
    after the request had begun), :data:`FOLLOW_UP_IN_DOUBT` for a follow-up only (``follow_up_sent``
    with ``in_doubt``, or data saying ``follow_up``: the request had gone out before), else None."""
    data = event.data or {}
    if event.kind == "follow_up_sent" or data.get("follow_up"):
        return FOLLOW_UP_IN_DOUBT if data.get("in_doubt") else None
    return IN_DOUBT if event.kind in DOUBT_EVENTS or data.get("in_doubt") else None


def records_doubt(event: Any) -> bool:
    """Whether an event left something its case sent in doubt, the request or a follow-up
    (:func:`doubt_of`): it is in ``optout human --kind in_doubt`` until a person looks."""
    return doubt_of(event) is not None


#: The outcome shown for a ``submitted`` case whose newest letter a mailbox refused for now (a soft
#: bounce: a full or unavailable mailbox, event ``bounced_soft``, ``MailFlow._soft_bounce``): it goes
#: again later, and until a send is not refused no reader says "request sent, waiting for an answer"
#: (u48, a trial's finding): "letter not delivered yet". A follow-up refused for now leaves the
#: request delivered: that case reads as sent. The stored state stays ``submitted``.
NOT_DELIVERED = "not_delivered"

#: The events that send or return a letter, newest deciding :func:`not_delivered`.
_LETTER_FATE = frozenset({"letter_sent", "letter_in_doubt", "follow_up_sent", "bounced_soft"})


def may_be_undelivered(state: str, last_error: str | None) -> bool:
    """Whether a case could be :data:`NOT_DELIVERED`, read from its row alone: ``submitted`` with the
    note a soft bounce leaves (``soft_bounce_retry``, in English as the store keeps it). False for most
    cases, so a reader of many cases reads the events of the few others only (:func:`not_delivered`)."""
    return state == "submitted" and last_error is not None and _soft_note().fullmatch(last_error) is not None


@functools.cache
def _soft_note() -> re.Pattern[str]:
    """The English note of a soft bounce (``reason:soft_bounce_retry``) with its fields as wildcards."""
    template = text("reason:soft_bounce_retry", "en") or "\0"
    return re.compile(re.sub(r"\\\{\w+\\\}", ".*?", re.escape(template)))


def not_delivered(state: str, events: list[Any]) -> bool:
    """Whether a ``submitted`` case's newest letter was refused for now and not yet sent again
    (:data:`NOT_DELIVERED`): of its letters, follow-ups and soft bounces (oldest first), the newest
    is a soft bounce of the letter itself."""
    if state != "submitted":
        return False
    newest = next((e for e in reversed(events) if e.kind in _LETTER_FATE), None)
    return newest is not None and newest.kind == "bounced_soft" and not (newest.data or {}).get("follow_up")


#: The outcome shown for a case whose letter (or follow-up) the daily limit (``mail.daily_cap``) or
#: the broker's spacing held back: nothing was sent, it goes at its due time (:func:`held_until`).
#: Its stored state is unchanged (``new``, ``submitted``): counted as ``new`` it read "not started"
#: in the clinic report while ``status`` said held (f42).
HELD = "held"

#: The reason codes of a hold by the sending limits (``MailFlow.due``; ``letter_deferred`` before f41).
HELD_CODES = ("letter_deferred", "letter_held_until")


def may_be_held(state: str, next_at: Any, last_error: str | None, now: Any) -> bool:
    """Whether a case could be :data:`HELD`, read from its row alone (``state`` value, ``next_at``
    and ``now`` aware datetimes, its note): not parked, due later, with a note. False for most
    cases, so a reader of many cases reads the events of the few others only (:func:`held_until`)."""
    return (state not in ("needs_human", "failed") and next_at is not None and next_at > now
            and last_error is not None)


def held_until(state: str, next_at: Any, last_error: str | None, events: list[Any], now: Any) -> Any:
    """When a case's letter or follow-up held back by the sending limits goes (``next_at``, an
    aware datetime), when :func:`may_be_held` and its newest event is that hold (``deferred`` with
    a reason of :data:`HELD_CODES`); else None. The one rule ``status``, its ``--json``, the
    dashboard and the clinic report count :data:`HELD` by."""
    if not may_be_held(state, next_at, last_error, now) or not events:
        return None
    newest = events[-1]
    why = (newest.data or {}).get("why")
    if newest.kind != "deferred" or not (isinstance(why, dict) and why.get("code") in HELD_CODES):
        return None
    return next_at


def of_case(state: str, last_error: str | None, events: list[Any], *, next_at: Any = None,
            now: Any = None) -> tuple[str, Reason | None]:
    """``(outcome, reason)`` of a case from its state, its note and its events (oldest first):
    the outcome is the state, :data:`NEEDS_INFO` for a case stopped for data the client did not
    give (``failed`` for missing data, or ``needs_human`` of kind ``missing``: ``optout human
    --kind missing`` lists both), or :data:`IN_DOUBT` for a ``submitted`` case whose newest event
    left its request in doubt, :data:`NOT_DELIVERED` for one whose letter a mailbox refused for now, or :data:`FOLLOW_UP_IN_DOUBT` when only its follow-up is
    (:func:`doubt_of`; a person's look, ``optout done``, or any later event settles it), or, given
    the case's due time ``next_at`` and ``now`` (aware datetimes), :data:`HELD` for a letter the
    sending limits hold back (:func:`held_until`). These are the outcomes ``status`` counts each
    case by (``by_outcome``, where a follow-up in doubt is ``in_doubt``). The reason is the newest
    event's ``why`` (None when the case has no note)."""
    outcome = state
    if state == "submitted" and events and (doubt := doubt_of(events[-1])):
        outcome = doubt
    elif not_delivered(state, events):
        outcome = NOT_DELIVERED
    if now is not None and held_until(state, next_at, last_error, events, now) is not None:
        outcome = HELD
    if state == "failed":
        failed = next((e for e in reversed(events) if e.kind == "failed"), None)
        if failed is not None and failed.data.get("missing"):
            # recorded before reasons had codes, the missing field still says it all
            return NEEDS_INFO, (Reason.from_json(failed.data.get("why"))
                                or Reason("missing_info", {"field": str(failed.data["missing"])}))
    if state == "needs_human":
        asked = next((e for e in reversed(events) if e.kind == "human_needed"), None)
        if asked is not None and (asked.data or {}).get("kind") == "missing":
            # a person's task for a value the client did not give, as `human --kind missing` lists it
            return NEEDS_INFO, (Reason.from_json(asked.data.get("why"))
                                or Reason("missing_info", {"field": str(asked.data.get("missing", ""))}))
    last = events[-1] if events else None
    if state == "new" and last is not None and last.kind == "resumed" and (last.data or {}).get("by") == "person":
        # "new" reads "not yet reviewed": after a person's answer the case waits only for the next run
        return outcome, Reason("answered_next_run", {"date": last.at.date().isoformat()})
    if last_error is None:
        return outcome, None
    found = next(((r, e) for e in reversed(events) if (r := Reason.from_json((e.data or {}).get("why")))), None)
    if found is None:
        return outcome, None
    why, event = found
    if why.params.get("law") == "us_state" and not why.params.get("law_state") and (event.data or {}).get("law_state"):
        # a letter's note from before it named the state's law (f43): its event says whose law it was
        why = Reason(why.code, {**why.params, "law_state": event.data["law_state"]})
    return outcome, why


#: A person's task of a kind raised without a reason of its own (``NeedsHuman.kind`` → code).
_BY_KIND = {"captcha": "captcha", "id_upload": "asks_id_upload", "phone": "asks_phone", "letter": "letter_only",
            "overdue": "overdue_no_account", "dead_address": "dead_address", "verify_link": "verify_link_failed",
            "suspicious_link": "verify_link_foreign", "unclear_reply": "reply_unclear", "needs_id": "reply_needs_id",
            "needs_info": "reply_needs_info", "refused": "reply_refused", "letter_in_doubt": "letter_in_doubt"}


def evidence_text(key: str, lang: str | None) -> str:
    """One piece of a match's evidence (``optout.matching.Match.evidence``) in ``lang``: a kind such
    as ``age agrees``, or a name's agreement ``name/<form>/<given>/<surname>[/alias]``."""
    lang = pick(lang)

    def word(k: str) -> str:
        return text(f"evidence:{k}", lang) or text(f"evidence:{k}", "en") or k.split(":")[-1].replace("_", " ")

    if key.startswith("name/"):
        parts = key.split("/")
        form, given, surname = (parts[1:4] + ["", "", ""])[:3]
        out = word("name").format(form=word(f"form:{form}"), given=word(f"given:{given}"),
                                  surname=word(f"surname:{surname}"))
        return out + (" " + word("alias") if parts[-1] == "alias" else "")
    return word(key)


def of_not_found(data: Mapping[str, Any]) -> Reason:
    """The reason of a "not found" from :func:`optout.matching.not_found_note`'s event data
    (``searched``, ``listings``, ``rejected``, ``searches``, ``forms``): "not listed" when the broker
    showed nothing, else "not recognised"; with the number of name forms searched when there were
    several, and of how many when the cap left some unsearched, as the English one-line note says
    (docs/PEOPLE.md: a "not found" says how many)."""
    fields = list(data.get("searched") or [])
    searches = int(data.get("searches") or 1)
    listings = int(data.get("listings") or 0)
    # the cap (match.searches) left the rarer forms of the name unsearched: "6 of 9 forms"
    forms = int(data.get("forms") or 0)
    some = {"searches": searches, "forms": forms} if forms > searches else None
    if not listings:
        if some:
            return Reason("not_listed_some_forms", {"fields": fields} | some)
        if searches > 1:
            return Reason("not_listed_forms", {"fields": fields, "searches": searches})
        return Reason("not_listed", {"fields": fields})
    params = {"fields": fields, "listings": listings, "rejected": int(data.get("rejected") or 0)}
    phones = int(data.get("other_phone") or 0)
    if phones:
        # a listing taken for someone else only because its phones are none of the profile's: the
        # person's, if one was an old number of theirs; the note says so, so it can be added
        params |= {"phones": phones}
        if some:
            return Reason("not_recognised_some_forms_phone", params | some)
        if searches > 1:
            return Reason("not_recognised_forms_phone", params | {"searches": searches})
        return Reason("not_recognised_phone", params)
    if some:
        return Reason("not_recognised_some_forms", params | some)
    if searches > 1:
        return Reason("not_recognised_forms", params | {"searches": searches})
    return Reason("not_recognised", params)


def of_error(e: BaseException) -> Reason:
    """The reason of an exception that ended a case (its ``why`` when it carries one)."""
    from optout import errors

    given = getattr(e, "why", None)
    if isinstance(given, Reason):
        return given
    step = getattr(e, "step", None) or ""
    if isinstance(e, errors.NeedsHuman):
        if e.kind == "uncertain_match":
            return Reason("uncertain_match", {"count": len(e.details.get("listings") or [])})
        return Reason(_BY_KIND.get(e.kind, "asks_person"))
    if isinstance(e, errors.MissingPersonField):
        return Reason("missing_info", {"field": e.field})
    if isinstance(e, errors.BotWall):
        return Reason("bot_wall", {"vendor": e.vendor})
    if isinstance(e, errors.TransientError):
        return Reason("broker_unreachable")
    if isinstance(e, errors.MachineFault):
        return Reason("machine_fault")
    if isinstance(e, errors.ConfigError):
        return Reason("setting_fault")
    if isinstance(e, errors.BrowserUnavailable):
        return Reason("browser_unavailable")
    if isinstance(e, errors.PageMoved):
        return Reason("page_moved", {"step": step})
    if isinstance(e, errors.SelectorNotFound):
        return Reason("page_changed", {"step": step})
    if isinstance(e, errors.ExpectationFailed):
        return Reason("unexpected_page", {"step": step})
    if isinstance(e, errors.EgressBlocked):
        return Reason("egress_blocked", {"step": step})
    if isinstance(e, (errors.TemplateError, errors.RecipeError)):
        return Reason("recipe_error", {"step": step})
    if isinstance(e, errors.StepError):
        return Reason("step_failed", {"step": step})
    if isinstance(e, (ConnectionError, TimeoutError)):
        return Reason("broker_unreachable")
    if isinstance(e, errors.OptoutError):
        return Reason("error")
    return Reason("internal_error", {"error": type(e).__name__})


__all__ = ["CODES", "COUNTS", "DOUBT_EVENTS", "FIELDS", "FOLLOW_UP_IN_DOUBT", "IN_DOUBT", "NOT_DELIVERED", "not_delivered", "may_be_undelivered", "doubt_of", "LANGUAGES", "NEEDS_INFO", "records_doubt", "Reason", "evidence_text", "of_case", "of_not_found", "catalogue",
           "field_name", "locale_language", "of_error", "pick", "render", "terminal_language", "text"]


class _Counted(string.Formatter):
    """``str.format`` and one more spec: ``{count:case|cases}`` writes the word before ``|`` when
    ``count`` is 1, else the word after it (English's and Spanish's rule alike: 0 is plural), so a
    catalogue text says "1 case" and "2 cases", "1 caso" and "2 casos", never "case(s)" (t48).
    The placeholder is still ``{count}`` to every check of the catalogue."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if "|" in format_spec:
            one, _, other = format_spec.partition("|")
            return one if value == 1 or value == "1" else other
        return super().format_field(value, format_spec)


_COUNTED = _Counted()


def counted_format(template: str, **params: Any) -> str:
    """``template.format(**params)`` with :class:`_Counted`'s ``{n:one|other}`` words."""
    return _COUNTED.vformat(template, (), params)
