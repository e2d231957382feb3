"""A broker's answer by letter or telephone, recorded by a person (``App.record_reply``): where the
queue says to read it, the command line's ``optout reply`` (thin over the same method), and an
extension announced that way moving the legal deadline by the one rule an e-mailed one follows
(``optout.mail.record_extension``). Real store, vault and processes; no mocks."""

from __future__ import annotations

import datetime as dt
import html
import json

import pytest

from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState

from .test_clinic import cli, env, no_traceback  # noqa: F401  (the fixture)
from .test_dashboard import Dash, PASSWORD  # noqa: F401
from optout.web._staff import StaffBook
from optout.web._views import build

CLIENT = {"first_name": "Rosa", "last_name": "Tzul Vda. de Choc", "label": "R-1", "language": "es",
          "birth_year": 1958, "addresses": [{"city": "Los Angeles", "state": "CA"}]}


async def _letter(app, case_id: int, sent: dt.datetime, law: str = "ccpa", state: str | None = "CA") -> dt.datetime:
    """The case as the mail flow leaves it once its letter is sent: submitted, due at the deadline."""
    deadline = sent + dt.timedelta(days=45)
    data = {"law": law, "token": "OPT-TEST1", "deadline": deadline.isoformat(), "sent_at": sent.isoformat()}
    if state:
        data["law_state"] = state
    await app.store.record(case_id, "letter_sent", CaseState.SUBMITTED, sent, data=data, next_action_at=deadline)
    return deadline


async def test_the_queue_says_where_an_answer_by_letter_or_telephone_is_read_not_the_mail(tmp_path):
    """t30 left the queue saying "read its reply («correo» on the client's page)" for an answer a
    volunteer recorded from a letter or a call: there is no e-mail; its words are the case's note.
    Each of the three kinds that ask a person, by each channel, says where THAT answer is, in
    Spanish and English; an e-mailed one still says the e-mail."""
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        pid = (await app.add_people([("t", parse_person(CLIENT, "t"))])).added[0][1]
        cases = (await app.store.cases(person_id=pid))[:7]
        now = app.clock.now()
        for c in cases:
            await app.store.record(c.id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None)
        asked = list(zip(cases, [("post", "needs_id"), ("phone", "needs_id"), ("post", "needs_info"),
                                 ("phone", "needs_info"), ("post", "refused"), ("phone", "refused")]))
        for c, (channel, kind) in asked:
            await app.record_reply(c.id, channel=channel, on=now.date(), kind=kind, note="palabras del corredor")
        mailed = cases[6]  # as the mail flow parks one: the e-mail is the answer
        await app.store.record(mailed.id, "human_needed", CaseState.NEEDS_HUMAN, now,
                               data={"kind": "refused", "mail": "refused", "reason": "a reply"}, next_action_at=None)
        rows = {r["case"]: r for r in await app.human_tasks([pid])}
        assert [rows[c.id]["answered_by"] for c, _ in asked] == ["post", "phone"] * 3
        assert rows[mailed.id]["answered_by"] == "mail"

        d = Dash(build(app, idle=600), app)
        await d.login()
        for lang, mail_words, post_words, phone_words in (
                ("es", "«respuesta del corredor» en la página de la persona", "la carta misma, y la «nota»",
                 "la «nota» que se anotó de la llamada"),
                ("en", "“broker's reply” on the client's page", "the letter itself, and the “note”",
                 "the “note” recorded of the call")):
            page = html.unescape((await d.get(f"/human?person={pid}", headers={"accept-language": lang})).text)
            cards = {int(m.split('"', 1)[0]): m for m in page.split('id="case-')[1:]}
            for c, (channel, _) in asked:
                card = cards[c.id]
                assert (post_words if channel == "post" else phone_words) in card, (lang, channel, card)
                assert mail_words not in card, (lang, channel)
            assert mail_words in cards[mailed.id] and "{where}" not in page
        await d.client.aclose()


def _submitted_case(env, tmp_path, monkeypatch) -> tuple[int, int]:  # noqa: F811
    """A client added on the command line, two of her cases submitted (one by a letter with its
    deadline): their ids."""
    f = tmp_path / "rosa.yaml"  # JSON is YAML
    f.write_text(json.dumps(CLIENT), encoding="utf-8")
    r = cli(env, "person", "add", str(f))
    assert r.returncode == 0, r.stderr
    monkeypatch.setenv("OPTOUT_PASSPHRASE", env["OPTOUT_PASSPHRASE"])

    async def setup() -> tuple[int, int]:
        async with open_app(Settings(data_dir=tmp_path / "data")) as app:
            cases = await app.store.cases()
            now = app.clock.now()
            await app.store.record(cases[0].id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None)
            await _letter(app, cases[1].id, now - dt.timedelta(days=10))
            return cases[0].id, cases[1].id

    import asyncio

    return asyncio.run(setup())


def test_optout_reply_records_a_letter_on_the_command_line_in_spanish_and_json(env, tmp_path, monkeypatch):  # noqa: F811
    """The dashboard alone could record an answer by post or telephone: ``optout reply`` does it on
    the command line, over the same method (same classes, the same refusals, in Spanish, one line,
    no value shown); "we deleted it" is confirmed and a later search decides, never removed; an
    extension by letter moves the legal deadline (45 days under CCPA at most), as one by e-mail does."""
    posted, lettered = _submitted_case(env, tmp_path, monkeypatch)
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    words = "Hemos eliminado los datos de Rosa Tzul, referencia 77"
    base = ["reply", str(posted), "--by", "post", "--on", today, "--kind", "confirmed"]
    for bad, said in ((["--by", "fax"], "--by (post | phone): indique cómo llegó"), (["--kind", "removed"], "elija qué respondió el corredor"),
                      (["--on", "2999-01-01"], "una fecha ya pasada")):
        args = base + ["--note", words]
        i = args.index(bad[0])
        args[i + 1] = bad[1]
        r = cli(env, *args, "--lang", "es")
        no_traceback(r)
        assert r.returncode == 65 and said in r.stderr and "solo en inglés" not in r.stderr, (bad, r.stderr)
        assert "Rosa" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    r = cli(env, *base, "--note-file", "-", "--json", stdin=words)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["state"] == "confirmed" and out["next_action_at"] and out["recorded"] == {
        "channel": "post", "on": today, "reply": "confirmed"}
    # the extension: a letter that came in time asks for 60 more days; CCPA gives 45
    r = cli(env, "reply", str(lettered), "--by", "post", "--on", today, "--kind", "extended", "--days", "60",
            "--note", "Necesitamos 60 días más", "--lang", "es")
    assert r.returncode == 0, r.stderr
    assert "la ley permite 45" in r.stdout, r.stdout
    r = cli(env, "reply", str(lettered), "--by", "phone", "--on", today, "--kind", "extended", "--note", "más tiempo",
            "--lang", "es")
    assert r.returncode == 65 and "cuántos días más" in r.stderr, r.stderr
    # a letter asking for more: `optout human` names the task and its steps, and where the answer is
    r = cli(env, "reply", str(lettered), "--by", "post", "--on", today, "--kind", "needs_info",
            "--note", "Envíe su fecha de nacimiento", "--lang", "es")
    assert r.returncode == 0 and "requiere a una persona" in r.stdout, r.stdout + r.stderr
    human = cli(env, "human", "--lang", "es").stdout
    assert "el corredor pide más información" in human and "contéstela citando la referencia" in human, human
    assert f"optout done C{lettered}" in human and "la respuesta del corredor por carta, como se anotó" in human
    assert "algo que hacer a mano" not in human and "Siga las instrucciones de abajo" not in human
    # the human page's help of the command
    r = cli(env, "reply", "--help", "--lang", "es")
    assert "anotar la respuesta" in r.stdout or "cómo llegó" in r.stdout, r.stdout


@pytest.mark.parametrize("channel", ["post", "phone"])
async def test_an_extension_by_letter_or_telephone_moves_the_deadline_by_the_emailed_rule(tmp_path, channel):
    """trial31: a "we need more time" recorded from a letter or a call left the legal deadline where
    it was, so the follow-up and the complaint came 45 days early. One rule now (Law.extended, in
    ``record_extension``): told in time, the deadline moves by the law's extension at most, once,
    counted from the letter's own deadline; told after it, nothing moves."""
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        pid = (await app.add_people([("t", parse_person(CLIENT, "t"))])).added[0][1]
        in_time, late = (await app.store.cases(person_id=pid))[:2]
        now = app.clock.now()
        deadline = await _letter(app, in_time.id, now - dt.timedelta(days=10))
        case = await app.record_reply(in_time.id, channel=channel, on=now.date(), kind="extended", days=60,
                                      note="Necesitamos más tiempo")
        assert case.state == CaseState.SUBMITTED and case.next_action_at == deadline + dt.timedelta(days=45)
        ev = (await app.store.events(in_time.id))[-1]
        assert ev.kind == "deadline_extended" and ev.data["days"] == 45 and ev.data["asked"] == 60
        assert ev.data["channel"] == channel and ev.data["deadline"] == (deadline + dt.timedelta(days=45)).isoformat()
        # a second one adds nothing: counted from the letter's own deadline
        case = await app.record_reply(in_time.id, channel=channel, on=now.date(), kind="extended", days=30,
                                      note="otra vez")
        assert case.next_action_at == deadline + dt.timedelta(days=45)

        first = await _letter(app, late.id, now - dt.timedelta(days=60))  # due 15 days ago
        case = await app.record_reply(late.id, channel=channel, on=now.date(), kind="extended", days=45,
                                      note="Necesitamos más tiempo")
        assert case.next_action_at == first
        assert (await app.store.events(late.id))[-1].kind == "deadline_extension_late"
        # the client's report says how and when it came
        from optout.report import case_rows  # noqa: F401  (the report package loads)


# ---- rechecks: the scheduled pass's own words and its units -------------------------------------------


def test_a_second_cron_start_says_so_in_the_installers_language(env, tmp_path):  # noqa: F811
    """trial31: optout-due's "another pass holds the lock" line was English for a Spanish clinic
    (cron mails it to whoever installed it). Written in the installer's language now."""
    import subprocess
    import time
    from pathlib import Path

    r = cli(dict(env, OPTOUT_LANG="es"), "install-service")
    assert r.returncode == 0, r.stderr
    data = Path(env["OPTOUT_DATA_DIR"])
    lock = data / "run.lock"
    holder = subprocess.Popen(["/usr/bin/flock", str(lock), "sleep", "30"])
    try:
        for _ in range(100):
            if subprocess.run(["/usr/bin/flock", "-n", str(lock), "true"]).returncode:
                break
            time.sleep(0.05)
        ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", str(data / "optout-due")],
                             capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert ran.returncode == 0 and ran.stdout == "", (ran.returncode, ran.stderr)
    (line,) = ran.stderr.splitlines()
    assert "otra pasada" in line and "no hizo nada" in line and str(lock) in line, line
    assert "another" not in line


def test_user_units_ask_for_no_system_target_and_verify_as_user_units(tmp_path):
    """network-online.target is a unit of the system manager (systemd.special(7)); a user manager has
    none, so the user units' Wants=/After= named a unit never found. User units now name none;
    system units keep it. ``systemd-analyze verify --user`` passes them where it can run."""
    import shutil
    import subprocess

    from optout.service import write_units

    data = tmp_path / "data"
    data.mkdir()
    env_file = data / "optout.env"
    env_file.write_text("")
    user = write_units(tmp_path / "user", data, env_file, system=False, user=None)
    system = write_units(tmp_path / "system", data, env_file, system=True, user="optout")
    for unit in user:
        assert "network-online" not in unit.read_text(), unit.name
    worker = (tmp_path / "system" / "optout-worker.service").read_text()
    assert "After=network-online.target" in worker and "Wants=network-online.target" in worker
    assert len(system) == 3
    if shutil.which("systemd-analyze"):
        v = subprocess.run(["systemd-analyze", "verify", "--user", *map(str, user)], capture_output=True,
                           text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                                        "XDG_RUNTIME_DIR": str(tmp_path)})
        if "Failed to" not in v.stderr or "network-online" in v.stderr:  # a user manager it could reach
            assert "network-online" not in v.stderr, v.stderr


async def test_a_reply_acted_on_by_a_pass_that_stopped_before_marking_it_done_is_not_acted_on_again(tmp_path, lab):
    """trial31: after a run stopped by a file-size limit, one broker's "we need more time" was
    recorded twice. Acting on a reply and marking the mail done are two writes; a pass that stops
    between them leaves the mail claimed, not done, and once the claim's lease ran out the next pass
    acted on it again. Here the real mail flow acts on the reply, then the store and the Maildir are
    left as such a pass leaves them (the mail back in the Maildir unread, its claim old and not done):
    the next pass marks it done and acts on nothing."""
    import mailbox
    import sqlite3

    from .harness import Optout
    from .test_extension_late import first_letter, put_reply, texan
    from .test_mail_confidence import settings as mail_settings

    async with Optout(mail_settings(tmp_path, lab)) as app:
        sent = await first_letter(app, lab, texan())
        token = sent.data["token"]
        lab.advance(days=10)
        await app.clock.refresh(app.settings.lab_url)
        reply = put_reply(app, lab, token,
                          "We need 45 more days to complete your request. We have not yet deleted any data.")
        box = mailbox.Maildir(lab.maildir, factory=None, create=False)
        await app.engine.read_mail()
        kinds = [e.kind for e in await app.store.events(sent.case_id)]
        assert kinds.count("deadline_extended") == 1
        # the state a pass that stopped after acting leaves: the mail not done, claimed 11 minutes ago
        db = sqlite3.connect(app.settings.data_dir / "optout.db")
        with db:
            n = db.execute("UPDATE mail_seen SET done_at = NULL, claimed_at = claimed_at - ? WHERE done_at IS NOT NULL",
                           (11 * 60 * 1_000_000,)).rowcount
        db.close()
        assert n == 1
        for k in list(box.keys()):
            box.remove(k)
        box.add(reply)
        await app.engine.read_mail()
        kinds = [e.kind for e in await app.store.events(sent.case_id)]
        assert kinds.count("deadline_extended") == 1, kinds


# ---- what a Spanish-speaking volunteer meets at the command line, in Spanish ------------------------


def test_the_errors_a_volunteer_meets_are_said_in_spanish_not_wrapped_as_english(env, tmp_path):  # noqa: F811
    """"(solo en inglés) …" wrapped the errors a volunteer actually meets: no data here, a wrong or
    missing passphrase, a profile file with a typo, a broker id typed wrong, a browser setting that
    points nowhere. Each now has its Spanish, naming the file or setting, one line, no value."""
    f = tmp_path / "rosa.toml"
    f.write_text('first_name = "Rosa\nlast_name = "Tzul"\n', encoding="utf-8")
    es = dict(env, OPTOUT_LANG="es")
    cases = [
        (dict(es, OPTOUT_DATA_DIR=str(tmp_path / "elsewhere")), ["status"], "no hay bóveda"),
        (dict(es, OPTOUT_PASSPHRASE="wrong horse"), ["person", "add", str(f)], "contraseña incorrecta"),
        ({k: v for k, v in es.items() if k != "OPTOUT_PASSPHRASE"}, ["person", "add", str(f)],
         "cerrada con una contraseña"),
        (es, ["person", "add", str(f)], "argumento 3: no es un archivo TOML válido (línea 1)"),  # by place (f37)
    ]
    for e, args, words in cases:
        r = cli(e, *args)
        no_traceback(r)
        assert r.returncode != 0 and words in r.stderr, (args, r.stderr)
        assert "solo en inglés" not in r.stderr and "Rosa" not in r.stderr and "Tzul" not in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    # the browser: a person to report on, and a setting that points nowhere
    ok = tmp_path / "ok.toml"
    ok.write_text('first_name = "Rosa"\nlast_name = "Tzul"\n[[addresses]]\ncity = "Fresno"\nstate = "CA"\n')
    assert cli(es, "person", "add", str(ok)).returncode == 0
    r = cli(es, "run", "--broker", "no-such-broker")
    no_traceback(r)
    assert "no hay receta de corredor con el id no-such-broker" in r.stderr and "solo en inglés" not in r.stderr, r.stderr
    r = cli(dict(es, OPTOUT_BROWSER__EXECUTABLE_PATH=str(tmp_path / "no-chrome")), "report", "--all",
            "--out", str(tmp_path / "out"))
    no_traceback(r)
    assert "browser.executable_path" in r.stderr and "ese archivo no existe" in r.stderr, r.stderr
    assert "solo en inglés" not in r.stderr


async def test_a_confirmation_by_letter_or_phone_promises_a_search_only_where_the_broker_has_one(tmp_path):
    """Trial 41: a volunteer recorded that an e-mail-only broker (no search page) said by telephone
    it had deleted the records, and the case read "... a later search will prove it": no search
    of that broker ever comes. The case is confirmed either way, never removed; the note promises
    a search only for a broker whose recipe has one, and says plainly otherwise, in both languages."""
    from optout.reasons import Reason, render

    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        pid = (await app.add_people([("t", parse_person(CLIENT, "t"))])).added[0][1]
        cases = await app.store.cases(person_id=pid)
        recipes = app.catalogue.recipes
        searched = next(c for c in cases if recipes[c.broker_id].scan is not None)
        unsearched = next(c for c in cases if recipes[c.broker_id].scan is None)
        now = app.clock.now()
        for c in (searched, unsearched):
            await app.store.record(c.id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None)
        for channel in ("phone", "post"):
            said = {}
            for c in (searched, unsearched):
                await app.store.record(c.id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None)
                after = await app.record_reply(c.id, channel=channel, on=now.date(), kind="confirmed",
                                               note="dijeron que ya lo borraron")
                assert after.state is CaseState.CONFIRMED
                why = Reason.from_json((await app.store.events(c.id))[-1].data["why"])
                said[c.id] = {lang: render(why, lang) for lang in ("en", "es")}
            assert "a later search will prove it" in said[searched.id]["en"]
            assert "una búsqueda posterior lo comprobará" in said[searched.id]["es"]
            assert "later search" not in said[unsearched.id]["en"], said
            assert "no search can prove it" in said[unsearched.id]["en"]
            assert "búsqueda posterior" not in said[unsearched.id]["es"]
            assert "ninguna búsqueda puede comprobarlo" in said[unsearched.id]["es"]
