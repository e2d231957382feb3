"""What `optout status` says a case waits for is what the next run does with it, for every kind of
recipe and state (trial51: an e-mail-only broker that confirmed by e-mail was said to wait for "a
search that proves the listing gone, in 89d", though it has no search and day 90 sent a new letter;
a follow-up letter was said to wait for a search too). Each case is read by ``App.waits_for``, the
lab's clock is moved to its due time, a run follows, and what that run did is compared with it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator

import pytest

from optout.app import WAITS_FOR, open_app
from optout.mail import FOLLOW_UP
from optout.person import load_person
from optout.store import CaseState as S

from .conftest import EXAMPLES
from .harness import ROOT, Optout, lab_settings, mail_until_state

PID = "p_alex"

#: A broker with a search whose requests go by e-mail (no such broker in the lab): PeopleFind's
#: search, MailOnly's address.
SCAN_AND_LETTER = """\
id: scanmail
name: Scan and Letter (test)
url: http://peoplefind.lab.test/
domains: [peoplefind.lab.test, mailonly.lab.test]
jurisdictions: [US]
inputs: [first_name, last_name, full_name, state, email]
verified: {status: lab, how: written for this test}
scan:
  channel: http
  steps:
    - action: navigate
      url: http://peoplefind.lab.test/search?first=${first_name}&last=${last_name}&state=${state}
  extract:
    items: div.result
    no_results: p.no-results
    profile_id: /person/(\\w+)
    fields:
      name: {selector: h3.name}
      age: {selector: span.age}
      locations: {selector: div.lives, after: "Lives in"}
      past_locations: {selector: div.lived, after: "Used to live in:", split: ";"}
      relatives: {selector: div.relatives, after: "Related to:", split: ","}
optout:
  channel: email
  email:
    to: privacy@mailonly.lab.test
    identifiers: [full_name, email]
"""


def _settings(tmp_path, lab):  # type: ignore[no-untyped-def]
    own = tmp_path / "recipes"
    own.mkdir()
    (own / "scanmail.yaml").write_text(SCAN_AND_LETTER)
    # a second MailOnly, never read from the mailbox: its letter goes unanswered to its deadline
    (own / "mailquiet.yaml").write_text((ROOT / "brokers/lab/mailonly.yaml").read_text()
                                        .replace("id: mailonly", "id: mailquiet"))
    return lab_settings(tmp_path / "data", lab, recipe_dirs=[ROOT / "brokers", own],
                        mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                              "from_address": "optout-desk@user.example", "broker_spacing": 0})


async def _waits(settings, broker: str) -> tuple[str, dt.datetime | None]:  # type: ignore[no-untyped-def]
    async with open_app(settings) as app:
        case = await app.store.find_case(PID, broker)
        [(outcome, _)] = (await app.case_notes([case])).values()
        code, at = await app.waits_for(case, outcome, app.clock.now())
        assert code in WAITS_FOR
        return code, at


async def _next_run_did(o: Optout, lab, broker: str) -> str:  # type: ignore[no-untyped-def]
    """Move the lab's clock to the case's due time, run, and say what the run did with it: a search
    (``search``), the request sent again (``request_again``), or neither, the broker's answer still
    awaited: a follow-up letter or a person asked (``reply``)."""
    case = await o.case(PID, broker)
    before = len(await o.store.requests(case.id))
    lab.advance(hours=(case.next_action_at - o.clock.now()) / dt.timedelta(hours=1) + 1)
    await o.run()
    after = await o.case(PID, broker)
    new = (await o.store.requests(case.id))[before:]
    if after.scan_count > case.scan_count:
        return "search"
    if any(r.channel != FOLLOW_UP for r in new):
        return "request_again"
    kinds = [e.kind for e in await o.store.events(case.id)]
    assert kinds[-1] in ("follow_up_sent", "human_needed"), kinds
    return "reply"


def _said(code: str) -> str:
    return "search" if code in ("proof", "recheck") else code


#: broker, whether its answer is read from the mailbox after the first run, and what status says the
#: case waits for at each of its next due times (with the state it is then in)
SCENARIOS = {
    # a search and a form: the search that proves the listing gone, then a recheck
    "search and form": ("peoplefind", False, [("confirmed", "proof"), ("removed", "recheck")]),
    # a search and a letter: at the letter's deadline, a search (its answer or not)
    "search and letter": ("scanmail", False, [("submitted", "proof")]),
    # no search, the letter confirmed by e-mail: a new request on the cadence, never a search
    "letter confirmed, no search": ("mailonly", True, [("confirmed", "request_again")]),
    # no search, a letter unanswered: its answer by the deadline (then a follow-up), and after the
    # follow-up its answer again (then a person), never a search
    "letter and follow-up, no search": ("mailquiet", False, [("submitted", "reply"), ("submitted", "reply")]),
}


@contextlib.asynccontextmanager
async def _asked(lab, tmp_path, broker: str, read_mail: bool) -> AsyncIterator[Optout]:  # type: ignore[no-untyped-def]
    """Alex asked off ``broker`` by a first run (and, with ``read_mail``, its confirmation read)."""
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    async with Optout(_settings(tmp_path, lab)) as o:
        await o.add(PID, alex, [broker])
        await o.run()
        if read_mail:
            await mail_until_state(o, PID, broker, S.CONFIRMED)
        yield o


@pytest.mark.parametrize("scenario", SCENARIOS)
async def test_what_status_says_a_case_waits_for_is_what_the_next_run_does(lab, tmp_path, scenario):
    broker, read_mail, expected = SCENARIOS[scenario]
    async with _asked(lab, tmp_path, broker, read_mail) as o:
        settings = o.settings
        for state, code in expected:
            case = await o.case(PID, broker)
            assert (case.state.value, *await _waits(settings, broker)) == (state, code, case.next_action_at), case.last_error
            assert await _next_run_did(o, lab, broker) == _said(code), (state, code)


async def test_status_says_the_new_request_in_words(lab, tmp_path):
    """The table says it in English and Spanish, never a search for a broker that has none."""
    import json

    from .harness import cli_env, run_optout

    async with _asked(lab, tmp_path, "mailonly", True) as o:
        settings = o.settings
    env = cli_env(tmp_path, data=settings.data_dir, OPTOUT_LAB_URL=lab.url,
                  OPTOUT_RECIPE_DIRS=json.dumps([str(d) for d in settings.recipe_dirs]))
    for lang, words in (("en", "a new request (the broker has no search), in 8"),
                        ("es", "una nueva solicitud (el corredor no tiene búsqueda) (en 8")):
        r = run_optout(env, "status", "--person", PID, "--lang", lang)
        assert r.returncode == 0, r.stderr
        assert words in r.stdout and "proves" not in r.stdout and "pruebe" not in r.stdout, (lang, r.stdout)
    r = run_optout(env, "status", "--person", PID, "--json")
    [row] = json.loads(r.stdout)
    assert row["waits_for"] == "request_again", row
