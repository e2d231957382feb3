"""f44b: a run with no case due that only read the mailbox said «0 / 0 casos». The Runs page says
what it did: that no case was due, and the mail read (replies read, placed on their case, waiting
for a person to say whose they are), in the reader's language, and so after a restart."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from optout.app import open_app
from optout.settings import Settings
from optout.web._staff import StaffBook
from optout.web._views import RunState

from .test_dashboard import PASSWORD, dash  # noqa: F401  (the fixture)
from .test_dashboard_runs_kept import _close, _dashboard_run


def _card(page: str) -> str:
    return re.search(r'<section class="card" id="run".*?</section>', page, re.S).group(0)


async def test_a_run_that_only_read_the_mailbox_says_so(tmp_path):
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    settings = Settings(data_dir=tmp_path / "data", mail={"maildir": str(maildir)})
    async with open_app(settings, create=True):
        StaffBook(settings.data_dir).add("ana", PASSWORD)  # nobody to run for: no case is due
    d = await _dashboard_run(settings)
    try:
        card = _card((await d.get("/runs", headers={"accept-language": "es"})).text)
        assert "0 / 0" not in card and "Ningún caso tocaba" in card, card
        assert "Se leyó el buzón: ninguna respuesta nueva de un corredor." in card, card
        assert "No case was due" in _card((await d.get("/runs")).text)
    finally:
        await _close(d)
    # after a restart, from what the store kept
    async with open_app(settings) as app:
        kept = await app.store.last_run(finished=True)
        assert kept.summary["mail_read"] is True


async def test_the_runs_page_counts_replies_read_placed_and_unplaced(dash):  # noqa: F811
    await dash.login()
    now = dt.datetime.now(dt.UTC)
    run = RunState(3, "ana", None, now, finished_at=now, mail_read=True,
                   mail_counts=Counter({"confirmed": 2, "refused": 1, "awaiting_match": 1, "unmatched": 4,
                                        "already handled": 2}))
    dash.asgi.dashboard.run = run
    es = _card((await dash.get("/runs", headers={"accept-language": "es"})).text)
    assert ("Se leyó el buzón: 4 respuestas de corredores, 3 asignadas a su caso, 1 esperan que una persona "
            "diga de quién son.") in es, es
    assert 'href="/human?kind=unplaced_reply"' in es
    assert RunState.from_record(type("R", (), {"summary": run.summary({}), "finished_at": now, "number": 3,
                                              "started_at": now})()).mail_said() == run.mail_said()


async def test_a_stale_tabs_start_links_to_the_run_that_is_going(dash):  # noqa: F811
    """Trial45: "Start" from a tab opened before another run began said a run was going, with no
    way to it but the menu: the error links to it, by its number."""
    await dash.login()
    token = await dash.csrf("/runs")
    dash.asgi.dashboard.run = RunState(5, "ben", None, dt.datetime.now(dt.UTC))  # going: no end
    r = await dash.post("/runs", headers={"accept-language": "es"}, data={"csrf": token})
    assert r.status_code == 409 and "ya hay una ejecución en curso" in r.text
    link = re.search(r'<p id="run-going"><a class="button" href="([^"]+)">([^<]+)</a>', r.text)
    assert link and link.group(1) == "/runs" and "ejecución 5" in link.group(2), r.text
