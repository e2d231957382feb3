"""f44a #5 (clinic trials): a broker whose removal needs a follow-up e-mail after its verification
link was opened (the lab's MailVerify). Its follow-up's subject told the broker the request was "not
completed", which optout does not know (MailVerify removes the person when its link is opened): a
follow-up says what the case's events know (a link opened, no confirmation in writing), and
``optout status`` says a follow-up went, as it does for a broker that never answered (MailSilent)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from optout.mail import compose_follow_up
from optout.mail._letters import us_state
from optout.person import load_person
from optout.reasons import of_case, render

from .conftest import EXAMPLES
from .harness import Optout
from .test_email_send import mail_settings
from .test_mail_unplaced_and_hard_bounce import _read_until

ROOT = Path(__file__).resolve().parents[1]
SENT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


async def test_the_follow_up_after_an_opened_link_says_what_we_know_and_status_says_it_went(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = mail_settings(tmp_path, lab)
    settings = settings.model_copy(update={"recipe_dirs": [ROOT / "brokers" / "lab"]})  # MailVerify, MailSilent
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["mailverify", "mailsilent"])
        await o.run()
        verify = await o.case("p_alex", "mailverify")

        async def opened() -> bool:
            return any(ev.kind == "verified" for ev in await o.engine.store.events(verify.id))

        await _read_until(o, opened)
        assert not lab.is_listed("mailverify", "alex")  # the broker removed the person when its link was opened
        lab.advance(days=46)
        await o.run()

        async def answered_again() -> bool:  # MailVerify answers the follow-up with a link too, opened again
            return [ev.kind for ev in await o.engine.store.events(verify.id)].count("verified") == 2

        await _read_until(o, answered_again)
        notes = {}
        for broker in ("mailverify", "mailsilent"):
            case = await o.case("p_alex", broker)
            events = await o.engine.store.events(case.id)
            assert [ev.kind for ev in events].count("follow_up_sent") == 1, (broker, [ev.kind for ev in events])
            notes[broker] = of_case(case.state.value, case.last_error, events)[1]
    for broker, why in notes.items():
        assert why is not None, broker
        assert "follow-up sent" in render(why, "en") and "recordatorio" in render(why, "es"), (broker, why)
    follow = [r for r in lab.site("mailverify").received if r["subject"].startswith("Follow-up")]
    assert len(follow) == 1 and "not completed" not in follow[0]["subject"], follow
    assert "link" in follow[0]["body"] and "opened" in follow[0]["body"]


def test_a_follow_up_never_says_not_completed_and_names_the_opened_link():
    class R:  # a follow-up reads the recipe's name only
        name = "MailVerify Inc."

    law = us_state("TX")
    opened = compose_follow_up(R, {"full_name": "Alex Doe"}, "OPT-ABCDEF", SENT, law, SENT + dt.timedelta(days=46),
                               answered=[("verified", dt.date(2026, 3, 2))])
    assert "not completed" not in opened.subject and "[OPT-ABCDEF]" in opened.subject, opened.subject
    body = " ".join(opened.body.split())
    assert "with a link to confirm it, which was opened" in body
    assert "If you completed it when the link was opened, please confirm it in writing" in body, body
    acked = compose_follow_up(R, {"full_name": "Alex Doe"}, "OPT-ABCDEF", SENT, law, SENT + dt.timedelta(days=46),
                              answered=[("reply_ack", dt.date(2026, 3, 2))])
    assert "not completed" not in acked.subject
    assert "when the link was opened" not in " ".join(acked.body.split())
    silent = compose_follow_up(R, {"full_name": "Alex Doe"}, "OPT-ABCDEF", SENT, law, SENT + dt.timedelta(days=46))
    assert silent.subject == "Follow-up: unanswered privacy request [OPT-ABCDEF]"
