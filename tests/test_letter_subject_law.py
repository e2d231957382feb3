"""f44a #1 (clinic trials): a legal letter's own subject said "(state privacy law)" where its body
cited the state's law by name (the Colorado Privacy Act): a broker's privacy desk routes by the
subject, and the clinic's sent folder could not tell one state's letters from another's. The subject
now names the law the body cites, for every law the catalogue holds (each state's, CCPA/CPRA, GDPR),
and for the letter an authorised agent sends too; a courtesy request names no law."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from optout.legal import agent
from optout.mail import STATE_LAWS, compose
from optout.mail._letters import ccpa, courtesy, gdpr, us_state

from .test_legal_state_laws import RECIPE, resident

SENT = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


@pytest.fixture
def recipe(tmp_path: Path):  # type: ignore[no-untyped-def]
    from optout.recipe.loader import load_catalogue

    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "maildemo.yaml").write_text(RECIPE)
    return load_catalogue([tmp_path / "r"]).recipes["maildemo"]


@pytest.mark.parametrize(("state", "law", "title"), [
    *((s, lambda s=s: us_state(s), STATE_LAWS[s].name) for s in sorted(STATE_LAWS)),
    ("CA", ccpa, "CCPA/CPRA"),
    ("CA", lambda: gdpr("resident:FR"), "GDPR"),
])
def test_the_subject_names_the_law_the_body_cites(recipe, state, law, title):
    letter = compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", SENT, law())
    assert title in letter.subject, letter.subject
    assert "state privacy law" not in letter.subject
    assert letter.subject.endswith("[OPT-ABCDEF]")
    body = " ".join(letter.body.split())
    assert (title.split("/")[0] if title != "CCPA/CPRA" else "California Consumer Privacy Act") in body


@pytest.mark.parametrize(("state", "title"), [("CO", "Colorado Privacy Act"), ("UT", "Utah Consumer Privacy Act"),
                                              ("CA", "CCPA/CPRA")])
def test_the_agents_subject_keeps_the_law(recipe, state, title):
    law = ccpa() if state == "CA" else us_state(state)
    letter = compose(resident(state), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", SENT, law)
    data = b"%PDF-1.4\n%%EOF\n"
    auth = agent.Authorisation("authorisation.pdf", "application/pdf", data, dt.date(2026, 11, 1),
                               hashlib.sha256(data).hexdigest())
    org = type("Org", (), {"name": "Clínica Legal del Valle", "email": None, "phone": None, "signatory": None})()
    sent = agent.agent_letter(letter, recipe, "Robin Quill", state, org, auth, "OPT-ABCDEF")
    assert f"({title})" in sent.subject and sent.subject.startswith(("Authorised agent", "Request of")), sent.subject


def test_a_courtesy_request_cites_no_law(recipe):
    letter = compose(resident("IL"), recipe, {"full_name": "Robin Quill"}, "OPT-ABCDEF", SENT, courtesy("IL"))
    assert "(" not in letter.subject
