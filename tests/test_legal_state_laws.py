"""The US state laws a letter invokes, checked against the statutes: which states (all in force by
2026-11-30, none that is not), each law's name and the day it took effect, its clock, how far its
right to delete reaches, what an authorised agent may ask under it, and who takes complaints.
Sources: the statutes' sections cited in ``optout.mail._letters.STATE_LAWS``."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from optout.legal import agent, drop
from optout.mail import STATE_LAWS, choose_law, compose
from optout.mail._flow import law_by_id
from optout.person import Person
from optout.recipe.loader import load_catalogue

RECIPE = """\
id: maildemo
name: Mail Demo (lab)
url: http://mailonly.lab.test/
domains: [mailonly.lab.test]
jurisdictions: [US]
inputs: [full_name, first_name, last_name, email, city, state]
verified: {status: lab, how: written for the law tests}
optout:
  channel: email
  email:
    to: privacy@mailonly.lab.test
    identifiers: [full_name, email, city, state]
"""

# (state, short title, in force): IAPP's state privacy law tracker and each statute's effective-date clause
IN_FORCE = {
    "VA": ("Virginia Consumer Data Protection Act", dt.date(2023, 1, 1)),
    "CO": ("Colorado Privacy Act", dt.date(2023, 7, 1)),
    "CT": ("Connecticut Data Privacy Act", dt.date(2023, 7, 1)),
    "UT": ("Utah Consumer Privacy Act", dt.date(2023, 12, 31)),
    "TX": ("Texas Data Privacy and Security Act", dt.date(2024, 7, 1)),
    "OR": ("Oregon Consumer Privacy Act", dt.date(2024, 7, 1)),
    "MT": ("Montana Consumer Data Privacy Act", dt.date(2024, 10, 1)),
    "IA": ("Iowa Consumer Data Protection Act", dt.date(2025, 1, 1)),
    "DE": ("Delaware Personal Data Privacy Act", dt.date(2025, 1, 1)),
    "NE": ("Nebraska Data Privacy Act", dt.date(2025, 1, 1)),
    "NH": ("New Hampshire Privacy Act", dt.date(2025, 1, 1)),
    "NJ": ("New Jersey Data Privacy Act", dt.date(2025, 1, 15)),
    "TN": ("Tennessee Information Protection Act", dt.date(2025, 7, 1)),
    "MN": ("Minnesota Consumer Data Privacy Act", dt.date(2025, 7, 31)),
    "MD": ("Maryland Online Data Privacy Act", dt.date(2025, 10, 1)),
    "IN": ("Indiana Consumer Data Protection Act", dt.date(2026, 1, 1)),
    "KY": ("Kentucky Consumer Data Protection Act", dt.date(2026, 1, 1)),
    "RI": ("Rhode Island Data Transparency and Privacy Protection Act", dt.date(2026, 1, 1)),
}


@pytest.fixture
def recipe(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "maildemo.yaml").write_text(RECIPE)
    return load_catalogue([tmp_path / "r"]).recipes["maildemo"]


def resident(state: str) -> Person:
    return Person(first_name="Robin", last_name="Quill", emails=["robin@example.org"],
                  addresses=[{"city": "Somewhere", "state": state}])


def test_the_states_are_those_whose_law_is_in_force_by_2026_11_30_with_their_names_and_dates():
    assert set(STATE_LAWS) == set(IN_FORCE)  # none missing, none listed whose law is not in force
    for state, (name, since) in IN_FORCE.items():
        law = STATE_LAWS[state]
        assert (law.name, law.in_force) == (name, since), state
        assert law.in_force <= dt.date(2026, 11, 30)
        assert law.cite and law.clock and law.deletion_cite and law.source, state


@pytest.mark.parametrize(("state", "days", "extension"), [
    ("IA", 90, 45),  # Iowa Code §715D.3(2): ninety days, once extendable by forty-five
    ("UT", 45, 45),  # Utah Code §13-61-203(2)
    ("RI", 45, 45),  # R.I. Gen. Laws §6-48.1-6(b)(1)
    ("TX", 45, 45),
])
def test_each_state_has_its_own_clock(recipe, state, days, extension):
    sent = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    law = choose_law(resident(state), recipe, sent.date())
    assert law.deadline(sent) == sent + dt.timedelta(days=days)
    assert law.extension == dt.timedelta(days=extension)
    assert law_by_id("us_state", state).answer_within == dt.timedelta(days=days)  # the follow-up's clock too
    letter = compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, law)
    assert f"within {days} days of receipt" in letter.body
    assert (sent + dt.timedelta(days=days)).date().isoformat() in letter.body


def test_a_letter_dated_before_the_law_took_effect_is_a_courtesy_request(recipe):
    before, after = dt.date(2025, 12, 31), dt.date(2026, 1, 1)  # Indiana: in force 1 January 2026
    law = choose_law(resident("IN"), recipe, before)
    assert law.id == "courtesy"
    assert "Indiana Consumer Data Protection Act took effect on 2026-01-01" in law.complaint
    assert "has no general privacy law" not in law.complaint
    assert choose_law(resident("IN"), recipe, after).id == "us_state"
    assert choose_law(resident("TN"), recipe, dt.date(2025, 6, 30)).id == "courtesy"  # TIPA: 1 July 2025


@pytest.mark.parametrize("state", ["UT", "IA"])
def test_where_deletion_covers_only_provided_data_the_letter_says_so_and_opts_out_of_sale(recipe, state):
    sent = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    letter = compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent)
    body = " ".join(letter.body.split())
    assert "delete all personal information you have collected" not in body  # no right the law does not give
    assert "delete the personal data I provided to you" in body
    assert "covers only data I provided to you" in body and "as a courtesy" in body
    assert "I opt out of the sale of my personal data" in body
    assert STATE_LAWS[state].deletion_cite in body
    # a state whose right reaches data obtained about the person asks for all of it
    other = compose(resident("TX"), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent)
    assert "delete all personal information you have collected" in other.body


@pytest.mark.parametrize(("state", "gives", "not_given"), [
    # Iowa Code §715D.3(1)(d): an opt-out of sale only (no targeted-advertising or profiling opt-out)
    ("IA", "I opt out of the sale of my personal data (Iowa Code §715D.3(1)(d))", ["targeted advertising", "profiling"]),
    # Utah Code §13-61-201(4): sale and targeted advertising, no profiling opt-out
    ("UT", "I opt out of the sale of my personal data and of its processing for targeted advertising (Utah Code",
     ["profiling"]),
    # Tex. Bus. & Com. Code §541.051(b)(5), ORS 646A.574(1)(d): sale, targeted advertising and profiling
    ("TX", "opt out of the sale of my personal data and of its processing for targeted advertising and profiling", []),
    ("OR", "opt out of the sale of my personal data and of its processing for targeted advertising and profiling", []),
])
def test_a_letter_opts_out_only_of_what_the_states_law_gives(recipe, state, gives, not_given):
    sent = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    body = " ".join(compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent).body.split())
    assert gives in body
    for opt_out in not_given:
        assert opt_out not in body


@pytest.mark.parametrize(("state", "role"), [
    ("CA", "agent"),            # Cal. Code Regs. tit. 11 §7063: an agent may request deletion
    ("CO", "opt_out_agent"),    # C.R.S. §6-1-1306(1)(a)(II): opt-out only
    ("TX", "opt_out_agent"),    # Tex. Bus. & Com. Code §541.055(e): opt-out only
    ("CT", "opt_out_agent"),
    ("OR", "opt_out_agent"),
    ("VA", "on_behalf"),        # Va. Code §59.1-577: no agent
    ("UT", "on_behalf"),        # Utah Code §13-61-202: only a parent, guardian or conservator
    ("IA", "on_behalf"),        # Iowa Code §715D.3(1): only a known child's parent or guardian
    ("TN", "on_behalf"),
])
def test_the_clinic_never_claims_an_agents_right_the_law_does_not_give(recipe, state, role):
    law = choose_law(resident(state), recipe, dt.date(2026, 3, 1))
    assert agent.role(law) == role
    letter = compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF",
                     dt.datetime(2026, 3, 1, tzinfo=dt.UTC), law)
    data = b"%PDF-1.4\n%%EOF\n"
    auth = agent.Authorisation("authorisation-2026-02-27.pdf", "application/pdf", data, dt.date(2026, 2, 27),
                               hashlib.sha256(data).hexdigest())
    org = type("Org", (), {"name": "Clínica Legal del Valle", "email": None, "phone": None, "signatory": None})()
    body = " ".join(agent.agent_letter(letter, recipe, "Robin Quill", state, org, auth, "OPT-ABCDEF").body.split())
    if role == "agent":
        assert "writing as the authorised agent of Robin Quill" in body
    elif role == "opt_out_agent":
        assert "authorised agent for the opt-out" in body and "writing as the authorised agent of" not in body
        assert "The deletion request is the consumer's own" in body and STATE_LAWS[state].agent_cite in body
    else:
        assert "authorised agent of" not in body and "does not provide for authorised agents" in body
        assert "Robin Quill's own request reads:" in body


def test_a_clinic_is_not_the_individual_marylands_act_lets_a_consumer_designate(recipe):
    """Md. Code, Com. Law §14-4706(a)(1): "A consumer may designate an individual to serve as the
    consumer's authorized agent ... to opt out" (read on mgaleg.maryland.gov, trial28). Colorado's
    and Oregon's "another person" covers a clinic; Maryland's "individual" does not: a Maryland
    client's letter from the clinic is their own request, sent for them, and says why, claiming no
    agent's opt-out; New Hampshire's agent clause is cited by its subsection (RSA 507-H:4, II)."""
    law = choose_law(resident("MD"), recipe, dt.date(2026, 3, 1))
    assert law.agent == "opt_out_individual" and agent.role(law) == "on_behalf"
    letter = compose(resident("MD"), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF",
                     dt.datetime(2026, 3, 1, tzinfo=dt.UTC), law)
    data = b"%PDF-1.4\n%%EOF\n"
    auth = agent.Authorisation("authorisation-2026-02-27.pdf", "application/pdf", data, dt.date(2026, 2, 27),
                               hashlib.sha256(data).hexdigest())
    org = type("Org", (), {"name": "Clínica Legal del Valle", "email": None, "phone": None, "signatory": None})()
    body = " ".join(agent.agent_letter(letter, recipe, "Robin Quill", "MD", org, auth, "OPT-ABCDEF").body.split())
    assert "designate only an individual as their agent to opt out (Md. Code, Com. Law §14-4706(a)(1))" in body
    assert "we are an organisation" in body and "Robin Quill's own request reads:" in body
    assert "authorised agent for the opt-out" not in body and "authorised agent of" not in body
    assert "which lets me authorise an agent" not in agent.form("Robin Quill", org, None, law)
    nh = choose_law(resident("NH"), recipe, dt.date(2026, 3, 1))
    assert agent.role(nh) == "opt_out_agent" and nh.agent_cite.startswith("RSA 507-H:4, II")


@pytest.mark.parametrize(("state", "office"), [
    ("UT", "Utah Division of Consumer Protection"),   # Utah Code §13-61-401 receives complaints
    ("NJ", "New Jersey Division of Consumer Affairs"),
    ("IA", "Iowa Attorney General"),
    ("TX", "Texas Attorney General"),
])
def test_the_complaint_names_the_office_that_takes_it(recipe, state, office):
    assert office in choose_law(resident(state), recipe, dt.date(2026, 3, 1)).complaint


def test_drop_requests_filed_before_august_2026_are_fetched_by_15_september():
    # Cal. Civ. Code §1798.99.86(c)(1): beginning 1 August 2026, access at least once every 45 days
    filing = drop.Filing("DROP-1", dt.date(2026, 1, 5))
    assert filing.next_cycle(dt.date(2026, 3, 1)) == dt.date(2026, 9, 15)
    assert filing.next_cycle(dt.date(2026, 9, 15)) == dt.date(2026, 10, 30)
    assert drop.Filing("DROP-2", dt.date(2026, 9, 1)).next_cycle(dt.date(2026, 9, 1)) == dt.date(2026, 10, 16)


def test_the_signed_form_covers_requests_the_clinic_only_sends_in_the_persons_name():
    org = type("Org", (), {"name": "Clínica Legal del Valle"})()
    text = " ".join(agent.form("Robin Quill", org).split())
    assert "I make those requests myself, in my own name, and ask Clínica Legal del Valle to send them for me" in text


@pytest.mark.parametrize(("state", "country", "cites", "never"), [
    ("CA", "US", ["California Consumer Privacy Act", "§1798.135(e)"], ["Colorado", "Virginia"]),
    ("VA", "US", ["Virginia Consumer Data Protection Act"], ["California", "Colorado", "§7063"]),
    ("TX", "US", ["Texas Data Privacy and Security Act", "agent to opt out", "§541.055(e)"], ["California", "Colorado"]),
    ("NY", "US", ["the privacy laws that apply to me"], ["California", "Colorado", "New York"]),
    (None, "ES", ["General Data Protection Regulation"], ["California", "Colorado"]),
])
def test_the_signed_form_cites_only_the_law_the_client_has(state, country, cites, never):
    """The signed authorisation travels with every agent letter: a Virginian's must not cite the
    CCPA or the Colorado Privacy Act (it named both for everyone)."""
    from optout.mail import residence_law

    person = Person(first_name="Robin", last_name="Quill", emails=["robin@example.org"],
                    addresses=[{"city": "Somewhere", "country": country} | ({"state": state} if state else {})])
    org = type("Org", (), {"name": "Clínica Legal del Valle"})()
    text = " ".join(agent.form("Robin Quill", org, None, residence_law(person, dt.date(2026, 12, 1))).split())
    for c in cites:
        assert c in text, c
    for n in never:
        assert n not in text, n


def test_a_courtesy_follow_up_claims_no_legal_time_to_answer(recipe):
    """A New Yorker's request is voluntary: the follow-up says the date it asked for has passed,
    never that 'the time to answer' (a legal term) has, and names no law."""
    from optout.mail import compose_follow_up

    sent = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    law = choose_law(resident("NY"), recipe, sent.date())
    body = compose_follow_up(recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, law, sent).body
    assert "The date I asked you to confirm it by (2027-01-15) has passed" in body
    assert "time to answer" not in body and "Act" not in body
    texan = choose_law(resident("TX"), recipe, sent.date())
    assert "The time to answer it has passed" in compose_follow_up(recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF",
                                                                   sent, texan, sent).body


@pytest.mark.parametrize("state", ["CA", "NY"])
def test_a_follow_up_to_a_broker_that_answered_says_when_and_how(recipe, state):
    """trial37: a broker that acknowledged the letter, asked for more time or sent a verification link
    that was opened did answer; its follow-up said "I have not received a reply", in the person's name.
    Every kind of answer the mail flow records (``FOLLOW_UP_ANSWERS``) is named with its day instead,
    under a statute and for a courtesy request alike."""
    from optout.mail import compose_follow_up
    from optout.mail._letters import FOLLOW_UP_ANSWERS

    sent = dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC)
    law = choose_law(resident(state), recipe, sent.date())
    for kind, said in FOLLOW_UP_ANSWERS.items():
        letter = compose_follow_up(recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, law,
                                   sent + dt.timedelta(days=100), answered=[(kind, dt.date(2026, 12, 3))])
        body = " ".join(letter.body.split())
        assert f"You answered it (on 2026-12-03, {said})" in body, kind
        assert "not received a reply" not in body and "unanswered" not in letter.subject
        assert "OPT-ABCDEF" in letter.subject and "no final answer" in body
        assert ("the time to answer it has passed" in body) == (state == "CA")
    two = compose_follow_up(recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, law, sent,
                            answered=[("reply_ack", dt.date(2026, 12, 3)), ("verified", dt.date(2026, 12, 4))])
    assert "(on 2026-12-03, acknowledging it; on 2026-12-04, with a link to confirm it, which was opened)" in \
        " ".join(two.body.split())


def test_a_broker_gets_only_the_extension_the_law_allows(recipe):
    # "we need 90 more days": Iowa Code §715D.3(2) and Cal. Civ. Code §1798.130(a)(2)(A) allow 45
    assert choose_law(resident("IA"), recipe, dt.date(2026, 3, 1)).allowed_extension(90) == 45
    assert choose_law(resident("CA"), recipe, dt.date(2026, 3, 1)).allowed_extension(30) == 30
    assert choose_law(resident("IL"), recipe, dt.date(2026, 3, 1)).allowed_extension(90) == 90  # no statute


@pytest.mark.parametrize(("state", "country"), [("CA", "US"), ("TX", "US"), ("VA", "US"), ("CO", "US"), ("OR", "US"),
                                              (None, "ES")])
def test_an_extension_counts_only_when_the_broker_says_so_before_the_answer_is_due(recipe, state, country):
    """Cal. Civ. Code §1798.130(a)(2)(A), Tex. Bus. & Com. Code §541.052(b) and the other state laws,
    GDPR Art. 12(3): the broker may take more time once, by telling the person within the first
    period. "We need 45 more days" sent after the deadline moves nothing: the deadline has passed."""
    person = Person(first_name="Robin", last_name="Quill", emails=["robin@example.org"],
                    addresses=[{"city": "Somewhere", "country": country} | ({"state": state} if state else {})])
    sent = dt.datetime(2026, 1, 31, 9, tzinfo=dt.UTC)
    law = choose_law(person, recipe, sent.date())
    due = law.deadline(sent)
    assert law.extended(due, 45, due - dt.timedelta(days=1)) is not None  # in time: honoured
    assert law.extended(due, 45, due + dt.timedelta(days=1)) is None  # too late: the first deadline stands
    assert law.extended(due, 45, due + dt.timedelta(days=40)) is None


def test_the_gdpr_extension_is_two_calendar_months_and_the_state_ones_their_days(recipe):
    spain = Person(first_name="Robin", last_name="Quill", emails=["robin@example.org"],
                   addresses=[{"city": "Madrid", "country": "ES"}])
    sent = dt.datetime(2026, 1, 31, 9, tzinfo=dt.UTC)
    law = choose_law(spain, recipe, sent.date())
    due = law.deadline(sent)
    assert due == dt.datetime(2026, 2, 28, 9, tzinfo=dt.UTC)  # one month (Art. 12(3))
    # two further months from 28 February is 28 April, not 61 days (30 April)
    assert law.extended(due, 90, sent) == dt.datetime(2026, 4, 28, 9, tzinfo=dt.UTC)
    assert law.extended(due, 30, sent) == due + dt.timedelta(days=30)
    texan = choose_law(resident("TX"), recipe, sent.date())
    assert texan.extended(texan.deadline(sent), 90, sent) == texan.deadline(sent) + dt.timedelta(days=45)
    courtesy = choose_law(resident("NY"), recipe, sent.date())  # no statute: the broker's word, whenever it comes
    assert courtesy.extended(courtesy.deadline(sent), 90, sent + dt.timedelta(days=60)) == \
        courtesy.deadline(sent) + dt.timedelta(days=90)


def test_a_late_extension_reads_in_both_languages():
    from optout.reasons import Reason, render

    why = Reason("deadline_extension_late", {"asked": 45, "deadline": "2026-03-17"})
    assert "only after its answer was due (2026-03-17)" in render(why, "en")
    assert "después de vencido el plazo de respuesta (2026-03-17)" in render(why, "es")


@pytest.mark.parametrize(("state", "appeal"), [
    ("TX", "Tex. Bus. & Com. Code §541.053"),  # §541.052(c): a refusal says how to appeal under §541.053
    ("VA", "Va. Code §59.1-577(C)"),           # §59.1-577(B)(2): ... how to appeal pursuant to subsection C
    ("OR", "ORS 646A.576(6)"),                  # the controller decides an appeal within 45 days, in writing
])
def test_where_the_law_gives_an_appeal_the_complaint_says_to_appeal_first(recipe, state, appeal):
    law = choose_law(resident(state), recipe, dt.date(2026, 12, 1))
    office = STATE_LAWS[state].complaint_to.removeprefix("the ")
    en, es = law.complaint_in("en"), law.complaint_in("es")
    assert f"appeal the refusal to it first, as the {STATE_LAWS[state].name} provides ({appeal})" in en
    assert "complain if it denies the appeal or does not answer it" in en and office in en
    assert "apele primero el rechazo ante el propio corredor" in es and f"({appeal})" in es and office in es


def test_utah_gives_no_appeal_and_its_complaint_claims_none(recipe):
    """Utah's Act has no appeal (unlike Virginia's, Colorado's and the rest): the complaint names the office alone."""
    law = choose_law(resident("UT"), recipe, dt.date(2026, 12, 1))
    assert "appeal" not in law.complaint_in("en") and "apele" not in law.complaint_in("es")
    assert STATE_LAWS["UT"].appeal_cite == ""


def test_the_capped_extension_reads_in_both_languages():
    from optout.reasons import Reason, render

    why = Reason("deadline_extended_capped", {"asked": 90, "days": 45, "deadline": "2026-06-01"})
    assert render(why, "en") == "the broker asks for 90 more days; the law allows 45: answer due 2026-06-01"
    assert render(why, "es") == "el corredor pide 90 días más; la ley permite 45: respuesta debida el 2026-06-01"


@pytest.mark.parametrize(("state", "office"), [
    ("UT", "the Utah Division of Consumer Protection"),
    ("NJ", "the New Jersey Division of Consumer Affairs"),
    ("CA", "the California Privacy Protection Agency"),
])
def test_the_follow_up_names_where_the_person_will_complain(recipe, state, office):
    from optout.mail import compose_follow_up

    sent = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    law = choose_law(resident(state), recipe, sent.date())
    body = " ".join(compose_follow_up(recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, law,
                                      sent + dt.timedelta(days=50)).body.split())
    assert f"I will file a complaint with {office}" in body
    courtesy = choose_law(resident("IL"), recipe, sent.date())
    body = " ".join(compose_follow_up(recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, courtesy,
                                      sent + dt.timedelta(days=50)).body.split())
    assert "regulator" not in body and "under no privacy statute" not in body and "as a voluntary request" in body


def _agent_body(recipe, state: str, on: dt.date) -> tuple[str, str]:
    law = choose_law(resident(state), recipe, on)
    sent = dt.datetime.combine(on, dt.time(), dt.UTC)
    letter = compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", sent, law)
    data = b"%PDF-1.4\n%%EOF\n"
    auth = agent.Authorisation("authorisation-2024-08-01.pdf", "application/pdf", data, dt.date(2024, 8, 1),
                               hashlib.sha256(data).hexdigest())
    org = type("Org", (), {"name": "Clínica Legal del Valle", "email": None, "phone": None, "signatory": None})()
    return agent.role(law), " ".join(agent.agent_letter(letter, recipe, "Robin Quill", state, org, auth,
                                                        "OPT-ABCDEF").body.split())


def test_texas_agent_clause_applies_only_from_its_own_later_date(recipe):
    # Tex. Bus. & Com. Code ch. 541 took effect on 2024-07-01, its agent clause (§541.055(e)) on 2025-01-01
    # (HB 4 (2023); Akin Gump 2023-07-31, DataGuidance's Texas page)
    tx = STATE_LAWS["TX"]
    assert (tx.in_force, tx.agent_since, tx.agent) == (dt.date(2024, 7, 1), dt.date(2025, 1, 1), "opt_out")
    role, body = _agent_body(recipe, "TX", dt.date(2024, 10, 1))
    assert role == "on_behalf" and "authorised agent for the opt-out" not in body and "writing as the" not in body
    assert "provision for authorised agents (Tex. Bus. & Com. Code §541.055(e)) takes effect on 2025-01-01" in body
    assert "Robin Quill's own request reads:" in body
    role, body = _agent_body(recipe, "TX", dt.date(2025, 1, 1))
    assert role == "opt_out_agent" and "takes effect on" not in body
    # a follow-up keeps the first letter's capacity: the law is read as at the letter's date
    from optout.mail import law_by_id

    assert law_by_id("us_state", "TX", dt.date(2024, 10, 1)).agent == "none"
    assert law_by_id("us_state", "TX", dt.date(2025, 3, 1)).agent == "opt_out"


@pytest.mark.parametrize("state, name", [("RI", "Rhode Island"), ("MN", "Minnesota")])
def test_an_unverified_agent_rule_is_marked_and_the_letter_claims_nothing_about_it(recipe, state, name):
    """Rhode Island's agent rule, and Minnesota's (t30: Minn. Stat. §325M.14 subd. 1 and the Act's
    definition of "authenticate" were read, its clause designating an agent was in no text we could
    read; the row had claimed an opt-out agent "from the trackers"), are unverified: the letter is
    the person's own, sent for them, and says nothing of what the law lets an agent do."""
    law = STATE_LAWS[state]
    assert law.agent_verified is False and law.agent == "none" and "not verified" in law.agent_cite
    assert {st for st, s in STATE_LAWS.items() if not s.agent_verified} == {"RI", "MN"}
    role, body = _agent_body(recipe, state, dt.date(2026, 3, 1))
    assert role == "on_behalf" and "authorised agent of" not in body and "for the opt-out" not in body
    # neither that the law gives an agent a right, nor that it gives none: it was not verified
    assert "does not provide for authorised agents" not in body and name not in body.split("reads:")[0]
    assert "We do not write as the consumer's authorised agent" in body and "Robin Quill's own request reads:" in body


def test_a_gdpr_agent_letter_claims_no_article_for_agents_and_offers_the_check_the_regulation_allows():
    """The GDPR has no article on agents for Articles 15 to 22 (Art. 80 is complaints and remedies
    through not-for-profit bodies): the letter rests on the data subject's written mandate, claims no
    article for it, and offers the identity check of Art. 12(6)."""
    from optout.mail._letters import gdpr

    text = " ".join(agent.authority(gdpr(), None).split())
    assert "mandated us in writing to make this request for them" in text and "Article 12(6) GDPR" in text
    assert "Article 80" not in text and "exercise their rights" not in text
    assert agent.role(gdpr()) == "agent"


def test_each_checked_row_says_when_and_connecticuts_agent_section_is_42_519():
    for st, s in STATE_LAWS.items():
        if s.checked:
            assert dt.date.fromisoformat(s.checked[:10]) <= dt.datetime.now(dt.UTC).date(), st  # never a day to come
    assert {st for st, s in STATE_LAWS.items() if s.checked} >= {"CT", "OR", "RI", "TX"}
    ct = STATE_LAWS["CT"]  # Conn. Gen. Stat. §42-519 (P.A. 22-15 §5): an agent only to opt out
    assert "42-519" in ct.agent_cite and ct.deletion_cite.endswith("§42-518(a)(3)")
    assert ct.opt_out_cite.endswith("§42-518(a)(5)")


def test_citations_corrected_against_the_statutes_text():
    # Maryland's Act is codified in Com. Law subtitle 47 (its agent section §14-4706, mgaleg.maryland.gov),
    # Montana's agent section is §30-14-2809: both were cited wrongly from memory
    md, mt = STATE_LAWS["MD"], STATE_LAWS["MT"]
    assert md.cite == "Md. Code, Com. Law §14-4701 et seq." and md.agent_cite == "Md. Code, Com. Law §14-4706(a)(1)"
    assert "30-14-2809" in mt.agent_cite
    # where a law names no agent, the row cites the clause that names who else may act
    for st, words in (("VA", "§59.1-577(A)"), ("TN", "§47-18-3304(a)(1)"), ("IN", "24-15-3-1(a)")):
        assert words in STATE_LAWS[st].agent_cite and STATE_LAWS[st].agent == "none", st


@pytest.mark.parametrize("key", ["cli:human.howto.overdue", "howto:overdue"])
def test_the_overdue_task_claims_no_legal_deadline_for_a_request_no_law_backs(key):
    """The same task follows a courtesy request (a New Yorker, a Floridian): it must not say the law
    gave the broker a time to answer, only that it did not answer in time."""
    from optout import reasons

    en, es = reasons.text(key, "en"), reasons.text(key, "es")
    assert "for a request no law backs, " in en and "the date the letter asked for" in en
    assert "si ninguna ley respalda la solicitud" in es and "la fecha que pedía la carta" in es
    # a broker that acknowledged, asked for time or sent a link did answer: what it did not give in
    # time is its final answer (trial37: "did not answer" beside a note saying it answered)
    assert "did not give its final answer in time" in en and "no dio su respuesta final a tiempo" in es
    assert reasons.text("cli:human.title.overdue", "en") == "no final answer from the broker"
    assert reasons.text("cli:human.title.overdue", "es") == "el corredor no dio una respuesta final"


def test_a_spanish_reader_signs_a_form_they_can_read_and_another_language_is_said_to_have_none():
    """Trial28: the authorisation a client signs was in English for everyone. A Spanish reader's form
    now carries its Spanish below the English (which brokers receive), citing the same law and
    section; a Haitian Creole or Dari reader's is English alone and optout says so to the volunteer."""
    from optout.mail import residence_law

    org = type("Org", (), {"name": "Clínica Legal del Valle"})()
    for state, cite in (("CA", "Cal. Code Regs. tit. 11, §7063"), ("CO", "C.R.S. §6-1-1306(1)(a)(II)")):
        person = Person(first_name="Rosa", last_name="Cárcamo", addresses=[{"city": "Somewhere", "state": state}])
        law = residence_law(person, dt.date(2026, 12, 1))
        text = " ".join(agent.form("Rosa Cárcamo", org, None, law, "es").split())
        english, spanish = text.split("AUTORIZACIÓN DE UN AGENTE AUTORIZADO")
        assert english.startswith("AUTHORISATION OF AN AUTHORISED AGENT") and cite in english and cite in spanish
        assert "Yo, Rosa Cárcamo, autorizo a Clínica Legal del Valle a actuar como mi agente autorizado" in spanish
        assert "Puedo retirar esta autorización en cualquier momento" in spanish
        assert "AUTORIZACIÓN" not in agent.form("Rosa Cárcamo", org, None, law, "en")
    assert agent.untranslated_form("ht") == "ht" and agent.untranslated_form("fa_AF") == "fa_AF"
    assert agent.untranslated_form("es-MX") is None and agent.untranslated_form(None) is None
