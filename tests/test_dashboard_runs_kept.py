"""The dashboard's runs outlive it: after a restart the Runs page numbers the next run on from the
last one the store kept (never "Run 1" again) and shows the last finished run's summary, with no
personal data and no volunteer's account in what the store keeps."""

from __future__ import annotations

import re

from optout.app import open_app
from optout.settings import Settings
from optout.web._staff import StaffBook
from optout.web._views import build

from .test_dashboard import CLIENT, PASSWORD, Dash


async def _dashboard_run(settings: Settings) -> Dash:
    """One dashboard (a fresh process's: a new app over the same data directory), one run in it."""
    dash = await _dashboard_run_started(settings)
    await dash.asgi.dashboard.run.task
    return dash


async def _close(dash: Dash) -> None:
    await dash.client.aclose()
    await dash.asgi.dashboard.close()
    await dash.app_cm.__aexit__(None, None, None)


async def test_runs_are_numbered_on_and_the_last_shown_after_a_restart(tmp_path):
    # a mailbox that cannot be read: the run ends quickly and its summary has something to say
    settings = Settings(data_dir=tmp_path / "data", mail={"maildir": str(tmp_path / "no-such-maildir")})
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)  # nobody to run for: the run ends at once
    first = await _dashboard_run(settings)
    try:
        assert first.asgi.dashboard.run.number == 1
        before = (await first.get("/runs", headers={"accept-language": "es"})).text
    finally:
        await _close(first)

    # the dashboard restarted: the page shows the last finished run as it was, from the store
    app_cm = open_app(settings)
    app = await app_cm.__aenter__()
    try:
        kept = await app.store.last_run(finished=True)
        assert kept is not None and kept.number == 1
        assert "ana" not in str(kept.summary) and CLIENT["last_name"] not in str(kept.summary)
        dash = Dash(build(app, idle=600), app)
        await dash.login()
        es = (await dash.get("/runs", headers={"accept-language": "es"})).text
        card = re.search(r'<section class="card" id="run".*?</section>', es, re.S).group(0)
        assert "Ejecución 1 · terminada" in card and 'data-finished="yes"' in card
        assert "Esta vez no se leyó el buzón" in card
        # the same counts as the page showed before the restart
        counts = re.compile(r'<ul class="counts">.*?</ul>|<span id="done">\d+</span> / \d+', re.S)
        assert counts.findall(card) == counts.findall(
            re.search(r'<section class="card" id="run".*?</section>', before, re.S).group(0))
        await dash.client.aclose()
    finally:
        await app_cm.__aexit__(None, None, None)

    second = await _dashboard_run(settings)
    try:
        assert second.asgi.dashboard.run.number == 2
        es = (await second.get("/runs", headers={"accept-language": "es"})).text
        assert "Ejecución 2 · terminada" in es and "Ejecución 1" not in es
    finally:
        await _close(second)


async def test_a_run_whose_process_died_shows_stopped_not_running_forever(tmp_path):
    """f36: a run whose process died (no end recorded) was shown by nothing, or as running forever
    once the page read the latest run; it now reads as stopped before it finished (its owner, as a
    lease names a process, is gone from this machine), in English and Spanish, and a new run can
    start. One whose process still runs is running; one of another machine is not called either."""
    import datetime as dt
    import subprocess
    import sys

    from optout.leases import run_owner

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True):
        StaffBook(settings.data_dir).add("ana", PASSWORD)
    dead = subprocess.run([sys.executable, "-c", "from optout.leases import run_owner; print(run_owner())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    app_cm = open_app(settings)
    app = await app_cm.__aenter__()
    try:
        started = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
        assert await app.store.start_run(started, owner=dead) == 1  # the dashboard that ran it was killed
        record = await app.last_run()
        assert record is not None and record.finished_at is None and record.stopped
        dash = Dash(build(app, idle=600), app)
        await dash.login()
        for lang, words in (("en", "Run 1 · stopped before it finished"), ("es", "Ejecución 1 · detenida antes de terminar")):
            page = (await dash.get("/runs", headers={"accept-language": lang})).text
            card = re.search(r'<section class="card" id="run".*?</section>', page, re.S).group(0)
            assert words in card and 'data-finished="stopped"' in card, card
            assert 'http-equiv="refresh"' not in page and "disabled" not in page.split('action="/runs"')[1][:400]
        es = (await dash.get("/runs", headers={"accept-language": "es"})).text
        assert "el proceso que la hacía terminó" in es
        # one this process runs (on this machine, alive) is running; one of another machine is not judged
        await app.store.start_run(started, owner=run_owner())
        assert not (await app.last_run()).stopped
        page = (await dash.get("/runs")).text
        assert "Run 2 · running…" in page
        await app.store.start_run(started, owner="another-host.example:4242:1:abcdef")
        record = await app.last_run()
        assert record.elsewhere and not record.stopped
        page = (await dash.get("/runs")).text
        assert "Run 3 · not finished" in page and 'http-equiv="refresh"' not in page
        await dash.client.aclose()
    finally:
        await app_cm.__aexit__(None, None, None)


def test_the_dashboard_keeps_its_runs_through_the_app_layer():
    """The dashboard is thin over optout/app.py: no call of its reaches the store's runs itself."""
    from pathlib import Path

    import optout.web._views as views

    source = Path(views.__file__).read_text()
    assert not re.search(r"store\.(start_run|finish_run|last_run)\b", source)


async def test_a_server_stopped_mid_run_records_the_runs_end_before_the_store_closes(tmp_path):
    """trial50: `optout serve` got SIGTERM six cases into a dashboard run; its end was never kept
    ("cannot record a run's end: the store is closed", in English) and the Runs page read "stopped
    before it finished · no case was due". Closing the dashboard now stops the run (running cases
    handed back) and records its end, stopped, with its counts, while the store is still open."""
    import asyncio

    from optout.lab import LabThread
    from optout.person import load_person

    from .conftest import EXAMPLES
    from .harness import lab_settings

    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", latency_ms=(300, 300)) as lab:
        settings = lab_settings(tmp_path / "data", lab, worker={"concurrency": 1})
        async with open_app(settings, create=True) as app:
            StaffBook(settings.data_dir).add("ana", PASSWORD)
            await app.add_people([("t", load_person(EXAMPLES / "alex.toml"))])
        dash = await _dashboard_run_started(settings)
        board = dash.asgi.dashboard
        for _ in range(600):
            if board.run.done >= 2:
                break
            await asyncio.sleep(0.1)
        assert 2 <= board.run.done and board.run.finished_at is None
        await _close(dash)  # what serve does on SIGTERM, then the store closes
    async with open_app(settings) as app:
        kept = await app.store.last_run()
        assert kept.finished_at is not None and kept.summary["stopped"] is True, kept.summary
        assert kept.summary["done"] >= 2 and sum(kept.summary["counts"].values()) >= 2, kept.summary
        dash = Dash(build(app, idle=600), app)
        await dash.login()
        es = (await dash.get("/runs", headers={"accept-language": "es"})).text
        await dash.client.aclose()
    card = re.search(r'<section class="card" id="run".*?</section>', es, re.S).group(0)
    assert "detenida antes de terminar" in card and "terminada" not in card.replace("antes de terminar", ""), card
    row = re.findall(r'<tr class="pass".*?</tr>', es, re.S)[0]
    assert "ningún caso pendiente" not in row and 'data-status="interrupted"' in row, row


async def _dashboard_run_started(settings: Settings) -> Dash:
    """A dashboard over ``settings`` with one run started, not waited for."""
    app_cm = open_app(settings)
    app = await app_cm.__aenter__()
    dash = Dash(build(app, idle=600), app)
    dash.app_cm = app_cm
    await dash.login()
    r = await dash.post("/runs", data={"csrf": await dash.csrf("/runs")})
    assert r.status_code == 303, r.text
    return dash
