"""A broker's "your listing has been deleted" that greets someone else by name ("Dear Mr.
Pennington,"), or names the record it removed as someone else's ("the listing for Gregory T.
Pennington"), answers another person's request, whatever it says: the mail flow, which knows whose
request the letter was, sends it to a person instead of counting it as the broker's confirmation
(``optout.mail._classify.greets_another``). ``classify`` alone sees only the mail, and catches this
only when the quoted request names the client (tests/test_replies_setq_promises.py). A lab broker
that never answers receives the letter; the reply is put in the person's Maildir as a mail client
would keep it."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from optout.person import load_person
from optout.store import CaseState

from .conftest import EXAMPLES
from .harness import Optout, lab_settings

RECIPE = """\
id: quietdesk
name: Quiet Desk (lab)
url: http://mailsilent.lab.test/
domains: [mailsilent.lab.test]
jurisdictions: [US]
inputs: [full_name, email]
verified: {status: lab, how: written for the reply tests}
optout:
  channel: email
  email:
    to: privacy@mailsilent.lab.test
    identifiers: [full_name, email]
"""


def settings(tmp_path: Path, lab):  # type: ignore[no-untyped-def]
    recipes = tmp_path / "recipes"
    recipes.mkdir(exist_ok=True)
    (recipes / "quietdesk.yaml").write_text(RECIPE)
    return lab_settings(tmp_path / "data", lab, recipe_dirs=[recipes],
                        mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                              "from_address": "optout-desk@user.example", "broker_spacing": 0})


def reply(token: str, greeting: str, said: str = "Your listing has been deleted from our directory.") -> bytes:
    return (f"From: Privacy Desk <privacy@mailsilent.lab.test>\nTo: optout-desk@user.example\n"
            f"Subject: Re: Request to delete my personal information [{token}]\nMessage-ID: <r1@mailsilent.lab.test>\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{greeting}\n\n{said}\n\nPrivacy Desk\n").encode()


@pytest.mark.parametrize(("greeting", "said", "state"), [
    ("Dear Mr. Pennington,", None, CaseState.NEEDS_HUMAN),    # someone else
    ("Estimado Sr. Pennington:", None, CaseState.NEEDS_HUMAN),
    ("Hello,", "We have deleted the listing for Gregory T. Pennington at 40 Birch Road.", CaseState.NEEDS_HUMAN),
    ("Hola:", "Eliminamos el perfil de Gregory Pennington de nuestro directorio.", CaseState.NEEDS_HUMAN),
    ("Dear Mx. Rivera,", None, CaseState.CONFIRMED),          # the client, by surname
    ("Dear Alex,", None, CaseState.CONFIRMED),                # no title: names no one for certain
    ("Hello,", "We have deleted the listing for A. J. Rivera.", CaseState.CONFIRMED),  # the client's record
])
async def test_a_confirmation_greeting_someone_else_goes_to_a_person(tmp_path, lab, greeting, said, state):
    alex = load_person(EXAMPLES / "alex.toml")
    assert alex.last_name == "Rivera"
    async with Optout(settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["quietdesk"])
        await app.run()
        case = await app.case("p_alex", "quietdesk")
        [sent] = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"]
        mailbox.Maildir(lab.maildir, create=False).add(reply(sent.data["token"], greeting, *([said] if said else [])))
        counts = await app.engine.read_mail()
        case = await app.case("p_alex", "quietdesk")
        assert case.state == state, (counts, case.last_error)
        if state == CaseState.NEEDS_HUMAN:
            assert counts.get("unsure") == 1 and "confirmed" not in counts, counts  # what the run prints
            [task] = [e.data for e in await app.store.events(case.id) if e.kind == "human_needed"]
            assert task["mail"] == "unsure" and "another person than the one the request names" in task["reason"], task
            assert "Pennington" not in str(task) and "Rivera" not in str(task)
        else:
            assert counts.get("confirmed") == 1, counts


@pytest.mark.parametrize(("said", "state"), [
    # another of the broker's listings than the one the case found: a person reads it (set S's first read)
    ("The profile http://mailsilent.lab.test/people/alex-rivera/TX/78702 has been removed.", CaseState.NEEDS_HUMAN),
    ("El perfil mailsilent.lab.test/people/alex-rivera/TX/78702 fue eliminado de nuestro sitio.", CaseState.NEEDS_HUMAN),
    # the case's own listing, written without its scheme
    ("The profile mailsilent.lab.test/people/alex-j-rivera/CA/94110 has been removed.", CaseState.CONFIRMED),
    # no listing named: the reading stands
    ("Your listing has been deleted from our directory.", CaseState.CONFIRMED),
])
async def test_a_confirmation_of_another_listing_than_the_case_s_goes_to_a_person(tmp_path, lab, said, state):
    import json

    alex = load_person(EXAMPLES / "alex.toml")
    async with Optout(settings(tmp_path, lab)) as app:
        await app.add("p_alex", alex, ["quietdesk"])
        await app.run()
        case = await app.case("p_alex", "quietdesk")
        loaded = await app.engine.person("p_alex")
        found = {"listing": {"name": "Alex J Rivera", "profile_url": "http://mailsilent.lab.test/people/alex-j-rivera/CA/94110"}}
        await app.store.upsert_listings(case.id, [("k1", loaded.key.seal(json.dumps(found).encode(), "listing"), 0.9, "match")],
                                        app.clock.now())
        [sent] = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"]
        mailbox.Maildir(lab.maildir, create=False).add(reply(sent.data["token"], "Hello,", said))
        counts = await app.engine.read_mail()
        case = await app.case("p_alex", "quietdesk")
        assert case.state == state, (counts, case.last_error)
        if state == CaseState.NEEDS_HUMAN:
            [task] = [e.data for e in await app.store.events(case.id) if e.kind == "human_needed"]
            assert task["mail"] == "unsure" and "another listing" in task["reason"], task
            assert "78702" not in str(task) and "alex-rivera" not in str(task)
