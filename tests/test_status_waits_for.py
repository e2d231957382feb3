"""`optout status` says who and what each case waits for (trial49: the table listed case ids, a
"waiting" column nobody could read (waiting for what?), and case numbers that jump, read as cases
missing). Each case now says in words what it waits for (the broker's answer, a search, a person, a
recheck) and when, in English and Spanish, with a code in `--json`; the people table heads its count
"needs a person"; `--names` shows names; skipping case numbers are explained."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import structlog

from optout.app import WAITS_FOR, open_app
from optout.cli import main
from optout.settings import Settings
from optout.store import CaseState as S

PROFILE = ('first_name: Bích Ngọc\nmiddle_name: Thị\nlast_name: Huỳnh\nlanguage: vi\nlabel: V-1\n'
           'emails: [bn@example.org]\naddresses:\n  - {city: San Jose, state: CA}\n')


async def _cases_in_four_states(data) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A letter sent, a form sent, a CAPTCHA, a search that found nothing: every other case left new,
    so the person's listed case numbers skip."""
    async with open_app(Settings(data_dir=data)) as app:
        cases = await app.store.cases()
        now = app.clock.now()
        # each on a broker of its kind: the letter to one without a search (with one, its deadline
        # brings a search, schedule.due_for), the form and the search that found nothing to one with
        index = app.catalogue.index
        letters = [c for c in cases if index[c.broker_id].scan is None]
        searched = [c for c in cases if index[c.broker_id].scan is not None]
        letter = letters[0]
        form, nothing = [c for c in searched if abs(c.id - letter.id) > 1][:3:2]
        captcha = next(c for c in cases if min(abs(c.id - o.id) for o in (letter, form, nothing)) > 1)
        for case, channel in ((letter, "email"), (form, "browser")):
            rid = await app.store.start_request(case.id, None, channel, now)
            await app.store.finish_request(rid, "submitted", now)
        await app.store.record(letter.id, "letter_sent", S.SUBMITTED, now, next_action_at=now + dt.timedelta(days=45))
        await app.store.record(form.id, "submitted", S.SUBMITTED, now, next_action_at=now + dt.timedelta(days=3))
        await app.store.record(captcha.id, "human_needed", S.NEEDS_HUMAN, now,
                               data={"kind": "captcha", "reason": "the broker shows a CAPTCHA"}, next_action_at=None)
        await app.store.record(nothing.id, "not_found", S.NOT_FOUND, now, next_action_at=now + dt.timedelta(days=90))
        return {"reply": letter.id, "proof": form.id, "person": captcha.id, "recheck": nothing.id}


def test_status_says_who_and_what_each_case_waits_for(tmp_path, capsys):
    try:
        data = tmp_path / "data"
        base = ["--data-dir", str(data)]
        assert main([*base, "init"]) == 0
        (tmp_path / "v.yaml").write_text(PROFILE)
        assert main([*base, "person", "add", str(tmp_path / "v.yaml")]) == 0
        ids = asyncio.run(_cases_in_four_states(data))
        capsys.readouterr()

        # --json: a code and its date for each case (docs/JSON.md)
        assert main([*base, "status", "--person", "V-1", "--json"]) == 0
        rows = {r["case"]: r for r in json.loads(capsys.readouterr().out)}
        assert {code: rows[case]["waits_for"] for code, case in ids.items()} == {c: c for c in ids}
        assert all(r["waits_for"] in WAITS_FOR for r in rows.values())
        assert rows[ids["reply"]]["waits_for_at"] == rows[ids["reply"]]["next_at"]
        assert rows[ids["person"]]["waits_for_at"] is None

        # the table, in words, in English and in Spanish; skipping numbers explained
        said = {"en": ("waits_for", "Case numbers are one series for every client and broker",
                       "the broker's answer by e-mail, in 4", "a search that proves the listing gone, in ",
                       "a person (optout human)", "a recheck, in "),
                "es": ("espera", "Los números de caso son una sola serie",
                       "la respuesta del corredor por correo (en 4", "una búsqueda que pruebe que la ficha ya no está",
                       "a alguien de la clínica (optout human)", "una nueva revisión (en ")}
        for lang, (heading, *words) in said.items():
            assert main([*base, "status", "--person", "V-1", "--lang", lang]) == 0
            out = capsys.readouterr().out
            assert heading in out.splitlines()[0], out
            assert all(w in out for w in words), (lang, out)

        # the people table: its count of cases for a person says so; names only when asked
        assert main([*base, "status", "--lang", "en"]) == 0
        out = capsys.readouterr().out
        head = out.splitlines()[0].split()
        assert "needs_a_person" in head and "waiting" not in head and "Huỳnh" not in out
        assert main([*base, "status", "--names", "--lang", "es"]) == 0
        out = capsys.readouterr().out
        assert "requieren a alguien" in out.splitlines()[0] and "Huỳnh Thị Bích Ngọc" in out
        assert main([*base, "status", "--broker", rows[ids["reply"]]["broker"], "--names", "--json"]) == 0
        [row] = json.loads(capsys.readouterr().out)
        assert row["name"] == "Huỳnh Thị Bích Ngọc" and row["waits_for"] == "reply"
    finally:
        structlog.reset_defaults()  # the CLI bound logging to this test's captured stderr
