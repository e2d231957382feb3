"""The Runs page lists every pass, not only the dashboard's (t48): ``optout run`` in a terminal, a
scheduled ``optout run --due``, the worker's passes and the dashboard's runs, each kept in the store
(SQLite and PostgreSQL) with its source, start and end, its cases by outcome and whether it
finished or a signal stopped it; newest first, in English and Spanish."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from pathlib import Path

from optout.app import open_app
from optout.lab import LabThread
from optout.settings import Settings
from optout.store import open_store
from optout.web._staff import StaffBook
from optout.web._views import build
from optout.worker import RunSummary

from .test_clinic import cli, env, run_without_email  # noqa: F401  (the fixture)
from .test_dashboard import PASSWORD, Dash

T0 = dt.datetime(2030, 1, 1, 12, 0, tzinfo=dt.UTC)


async def test_the_store_keeps_each_pass_with_its_source_newest_first(database_url: str) -> None:
    store = await open_store(database_url)
    try:
        assert await store.recent_runs(5) == []
        first = await store.start_run(T0, owner="h:1:1:a", source="run")
        await store.finish_run(first, T0 + dt.timedelta(minutes=2),
                               {"source": "run", "done": 3, "counts": {"removed": 1, "submitted": 2}})
        await store.start_run(T0 + dt.timedelta(hours=1))  # the dashboard's, as kept before sources were
        await store.start_run(T0 + dt.timedelta(hours=2), source="worker")
        runs = await store.recent_runs(5)
        assert [r.number for r in runs] == [3, 2, 1]
        assert [r.source for r in runs] == ["worker", "dashboard", "run"]
        assert runs[2].finished_at == T0 + dt.timedelta(minutes=2) and runs[2].summary["counts"]["removed"] == 1
        assert runs[0].finished_at is None and runs[0].owner is None  # started without an owner
        assert [r.number for r in await store.recent_runs(2)] == [3, 2]
    finally:
        await store.close()


async def test_the_app_records_the_command_lines_and_the_workers_passes(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        plan = await app.plan_run(None, None)
        await app.run_recorded(plan, "due")
        stop = asyncio.Event()
        stop.set()  # SIGTERM came: the pass hands its cases back
        await app.run_recorded(plan, "run", stop=stop)
        worked = RunSummary(processed=2, handed_back=1)
        worked.by_state["confirmed"] = 2
        await app.record_pass("worker", T0, worked, stopped=True)
        runs = await app.recent_runs(10)
    assert [(r.number, r.source) for r in runs] == [(3, "worker"), (2, "run"), (1, "due")]
    assert all(r.finished_at is not None for r in runs)
    worker, run, due = (r.summary for r in runs)
    assert not due["stopped"] and due["done"] == 0 and due["why"] is None
    assert run["stopped"] is True
    assert worker["counts"] == {"confirmed": 2} and worker["handed_back"] == 1 and worker["total"] == 3
    assert runs[0].started_at == T0


def test_optout_run_and_run_due_are_kept_for_the_runs_page(env, tmp_path):  # noqa: F811
    sheet = tmp_path / "one.csv"
    sheet.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Marisol,Quintero Vargas,1977,"
                     "Bakersfield,CA\n", encoding="utf-8")
    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        e = {**env, "OPTOUT_LAB_URL": lab.url, "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
        assert cli(e, "person", "import", str(sheet)).returncode == 0
        for args in (["run", "--broker", "idvault"], ["run", "--due"], ["run", "--json", "--broker", "idvault"]):
            r = cli(e, *args)
            assert r.returncode == 0, r.stderr

    async def kept() -> list:
        async with open_app(Settings(data_dir=tmp_path / "data")) as app:
            return await app.recent_runs(10)

    runs = asyncio.run(kept())
    assert [r.source for r in runs] == ["run", "due", "run"]
    assert all(r.finished_at is not None and r.summary["stopped"] is False for r in runs)
    assert runs[2].summary["done"] == 1 and sum(runs[2].summary["counts"].values()) == 1  # the one case


async def _runs_pages(app) -> tuple[str, str]:
    """The Runs page as ana (an account already in the staff book) reads it, in English and Spanish."""
    dash = Dash(build(app, idle=600), app)
    await dash.login()
    try:
        return tuple([(await dash.get("/runs", headers={"accept-language": lang})).text for lang in ("en", "es")])
    finally:
        await dash.client.aclose()


async def test_the_runs_page_lists_every_pass_newest_first_in_both_languages(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        plan = await app.plan_run(None, None)
        await app.run_recorded(plan, "run")
        done = RunSummary(processed=3)
        done.by_state["removed"] = 1
        done.by_state["submitted"] = 2
        await app.record_pass("worker", T0, done)
        await app.record_pass("due", T0, RunSummary(processed=1, handed_back=2), stopped=True)
        en, es = await _runs_pages(app)
    rows = re.findall(r'<tr class="pass" data-source="(\w+)" data-status="(\w+)">', en)
    assert rows == [("due", "interrupted"), ("worker", "finished"), ("run", "finished")]
    section = re.search(r'<section class="card" id="passes">.*?</section>', en, re.S).group(0)
    assert "the background service" in section and "the terminal" in section
    assert "stopped by a signal or Ctrl-C" in section and "handed back: 2" in section
    worker_row = re.search(r'data-source="worker".*?</tr>', section, re.S).group(0)
    assert re.search(r"removal proven</span> 1", worker_row) and re.search(r"</span> 2", worker_row)
    section = re.search(r'<section class="card" id="passes">.*?</section>', es, re.S).group(0)
    assert "Ejecuciones recientes" in section and "el servicio en segundo plano" in section
    assert "la tarea programada del servidor" in section and "detenida por una señal o Ctrl-C" in section
    assert "run-source:" not in es and "run-status:" not in es


def test_a_run_that_stopped_cases_for_missing_data_is_not_kept_as_failed(env, tmp_path):  # noqa: F811
    """trial49: a client without an e-mail; ``optout run`` said "missing data" for the brokers whose
    form needs one, the Runs page said "failed" of the same cases (the pass was kept with the
    worker's raw counts). Each pass kept counts them as ``needs_info``, and the page says so in both
    languages; a run kept before this (raw "failed") still reads as it was kept."""
    _, r = run_without_email(env, tmp_path)
    wanting = int(re.search(r"missing data: (\d+)", r.stdout).group(1))
    assert wanting and "failed" not in r.stdout.splitlines()[0], r.stdout

    async def page() -> tuple[list, str, str]:
        async with open_app(Settings(data_dir=tmp_path / "data", passphrase=env["OPTOUT_PASSPHRASE"])) as app:
            old = await app.start_run(T0, source="run")  # kept before this fix: raw counts, shown as kept
            await app.finish_run(old, T0, {"source": "run", "done": 2, "counts": {"failed": 2}})
            StaffBook(app.settings.data_dir).add("ana", PASSWORD)
            en, es = await _runs_pages(app)
            return await app.recent_runs(10), en, es

    runs, en, es = asyncio.run(page())
    assert runs[1].source == "run" and runs[1].summary["counts"].get("needs_info") == wanting, runs[1].summary
    assert "failed" not in runs[1].summary["counts"], runs[1].summary
    for html, needs, failed in ((en, "needs information from you", "failed"), (es, "necesita información suya", "falló")):
        rows = re.findall(r"<tr class=\"pass\".*?</tr>", html, re.S)
        assert len(rows) == 2, html[-3000:]
        assert f"{needs}</span> {wanting}" in rows[1] and f">{failed}</span>" not in rows[1], rows[1]
        assert f">{failed}</span> 2" in rows[0], rows[0]  # the old record: what it kept


def _noted(data_dir: Path) -> dict:
    """The last run's summary as the store holds it now (read behind the running process's back)."""
    import json
    import sqlite3

    with sqlite3.connect(data_dir / "optout.db") as conn:
        row = conn.execute("SELECT summary, finished_at FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    return {**(json.loads(row[0]) if row and row[0] else {}), "finished": bool(row and row[1])}


def _run_until_two_cases(env: dict[str, str], tmp_path: Path, lab, command: str = "run") -> "subprocess.Popen":
    import subprocess
    import sys
    import time

    e = {**env, "OPTOUT_LAB_URL": lab.url, "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
    sheet = tmp_path / "one.csv"
    sheet.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Marisol,Quintero Vargas,1977,"
                     "Bakersfield,CA\n", encoding="utf-8")
    assert cli(e, "person", "import", str(sheet)).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "optout", command, "--concurrency", "1", "--grace", "1"],
                            env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    data = Path(env["OPTOUT_DATA_DIR"])
    deadline = time.monotonic() + 120
    while int(_noted(data).get("done") or 0) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before two cases"
        time.sleep(0.1)
    return proc


def test_a_killed_run_says_what_it_recorded_never_that_no_case_was_due(env, tmp_path):  # noqa: F811
    """trial50: a run killed mid-way (its terminal closed; a server stopped) read on the Runs page
    "stopped before it finished · no case was due": counts were kept only when a run finished. Now
    they are kept as its cases finish, and a run that did not finish never says "no case was due"."""
    import signal

    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", latency_ms=(400, 400)) as lab:
        proc = _run_until_two_cases(env, tmp_path, lab)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    noted = _noted(Path(env["OPTOUT_DATA_DIR"]))
    assert not noted["finished"] and noted["done"] >= 2 and sum(noted["counts"].values()) == noted["done"], noted

    async def pages() -> tuple[str, str]:
        async with open_app(Settings(data_dir=Path(env["OPTOUT_DATA_DIR"]), passphrase=env["OPTOUT_PASSPHRASE"])) as app:
            await app.store.start_run(T0, source="run")  # no owner: its process is gone; killed before any count
            StaffBook(app.settings.data_dir).add("ana", PASSWORD)
            return await _runs_pages(app)

    en, es = asyncio.run(pages())
    rows = re.findall(r'<tr class="pass".*?</tr>', en, re.S)
    assert 'data-status="stopped"' in rows[1] and "no case was due" not in rows[1], rows[1]
    assert sum(int(n) for n in re.findall(r"</span> (\d+)", rows[1])) == noted["done"], rows[1]
    assert "not known" in rows[0] and "no case was due" not in en
    assert "no se sabe" in es and "ningún caso pendiente" not in es


def test_a_run_whose_terminal_closed_hands_back_and_records_its_end(env, tmp_path):  # noqa: F811
    """trial50: SIGHUP (the terminal closed) killed `optout run` at once, its end never recorded.
    It is taken as SIGTERM: running cases handed back, the run kept as stopped by a signal, its counts."""
    import signal

    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", latency_ms=(400, 400)) as lab:
        proc = _run_until_two_cases(env, tmp_path, lab)
        proc.send_signal(signal.SIGHUP)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "SIGHUP" in err, (proc.returncode, err)
    noted = _noted(Path(env["OPTOUT_DATA_DIR"]))
    assert noted["finished"] and noted["stopped"] is True and noted["done"] >= 2, noted


def test_a_worker_killed_mid_pass_says_what_the_pass_did(env, tmp_path):  # noqa: F811
    """t52: `optout worker` kept a pass only at its end, so a worker killed mid-pass (a service
    stopped hard, a machine's power) left no record of what it did. Its passes are kept as `run`'s
    are: counts noted as each case finishes (App.passes_noted), the pass's end when it ends."""
    import signal

    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab", latency_ms=(400, 400)) as lab:
        proc = _run_until_two_cases(env, tmp_path, lab, "worker")
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    noted = _noted(Path(env["OPTOUT_DATA_DIR"]))
    assert noted["source"] == "worker" and not noted["finished"], noted
    assert noted["done"] >= 2 and sum(noted["counts"].values()) == noted["done"], noted
