"""The report's "Broker confirmed on" is the broker's latest confirmation, the one its note and
"Since" give (trial51: MailOnly, asked again 90 days on and confirming again, showed the first day
while its note and "Since" gave the later one)."""

from __future__ import annotations

import re

from optout.person import load_person
from optout.store import CaseState as S

from .conftest import EXAMPLES
from .harness import ROOT, Optout, lab_settings, mail_until_state

PID = "p_alex"


async def test_a_request_confirmed_again_shows_its_latest_confirmation(lab, tmp_path):
    from optout.report import render_person
    from optout.report._collect import collect

    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[ROOT / "brokers"],
                            mail={"smtp_host": "127.0.0.1", "smtp_port": lab.smtp_port, "smtp_security": "none",
                                  "from_address": "optout-desk@user.example", "broker_spacing": 0})
    async with Optout(settings) as o:
        await o.add(PID, alex, ["mailonly"])
        days = []
        for _ in range(2):
            if days:  # the broker has no search: asked again on its cadence (90 days)
                case = await o.case(PID, "mailonly")
                lab.advance(hours=(case.next_action_at - o.clock.now()).total_seconds() / 3600 + 1)
            await o.run()
            await mail_until_state(o, PID, "mailonly", S.CONFIRMED)
            days.append(f"{o.clock.now():%Y-%m-%d}")
        case = await o.case(PID, "mailonly")
        assert f"{case.state_since:%Y-%m-%d}" == days[1] != days[0]
        report = await collect(o.store, o.vault, o.catalogue, settings.evidence_dir, PID, o.clock.now())
        page = render_person(report, "en")
    [shown] = re.findall(r'class="confirmed-date">([^<]*)<', page)
    [since] = re.findall(r'class="state-since">([^<]*)<', page)
    assert shown.strip() == since.strip() == days[1], (shown, since, days)
