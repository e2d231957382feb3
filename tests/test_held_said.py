"""Trial45: «Retenidas por el límite diario» on the client's page and report said neither what the
daily limit is nor when the letters go. Both say it in words: how many letters the mail accounts
send a day, and the day the held letters start to go."""

from __future__ import annotations

import datetime as dt

from optout.reasons import Reason
from optout.store import CaseState
from tests.test_dashboard import dash  # noqa: F401  (the fixture)


async def test_held_letters_say_the_limit_and_the_day(dash):  # noqa: F811
    app = dash.app
    app.settings.mail.daily_cap = 25
    now = app.clock.now()
    goes = now + dt.timedelta(days=3)
    case = (await app.store.cases(person_id=dash.pid))[0]
    why = Reason("letter_held_until", {"date": f"{goes:%Y-%m-%d}"})
    await app.store.record(case.id, "deferred", CaseState.NEW, now, data={"why": why.to_json()},
                           next_action_at=goes, last_error="letter held by the daily limit")
    await dash.login()
    page = (await dash.get(f"/people/{dash.pid}", headers={"accept-language": "es"})).text
    # one letter in the singular (t48: "1 cartas esperan")
    assert (f"1 carta espera el límite diario de la cuenta de correo (25 cartas al día, entre todas las personas): "
            f"sale desde el {goes:%Y-%m-%d}") in page, page
    report = (await dash.get(f"/people/{dash.pid}/report.html?lang=es")).text
    assert "(25 cartas al día, entre todas las personas)" in report and 'id="held"' in report, report
    assert "1 carta espera el límite diario" in report and "carta(s)" not in report, report
    english = (await dash.get(f"/people/{dash.pid}/report.html?lang=en")).text
    assert "(25 letters a day, for every client together)" in english
    assert "1 letter waits for the mail account" in english and "letter(s)" not in english
