"""f43 #2 (clinic trials): ``optout done`` on an ``unplaced_reply`` task (a broker's reply the mailbox
could not tie to a case; a person says whose it is) was accepted: the task left the queue and the
reply stayed in the mailbox asked about by nobody, lost. ``done`` and ``retry`` now refuse it in one
line naming ``attach`` and ``not-ours``; ``not-ours`` (the dashboard's "None of these clients")
records the reply as nobody's: every case asked about waits for its own answer again and no
mailbox read asks about the mail or acts on it."""

from __future__ import annotations

import datetime as dt

import pytest

from optout.app import CaseNotWaiting
from optout.store import CaseState as S

from .harness import cli_env, run_optout
from .test_dashboard import Dash, dash  # noqa: F401  (the fixture)

KEY = "mail-key-of-the-unplaced-reply"


async def _unplaced(app, key: str = KEY) -> list[int]:  # type: ignore[no-untyped-def]
    """Two submitted cases of the fixture's person, both asked about one reply (as MailFlow._unplaced does)."""
    cases = (await app.store.cases())[:2]
    now = app.clock.now()
    due = now + dt.timedelta(days=30)
    ids = [c.id for c in cases]
    for c in cases:
        await app.store.record(c.id, "letter_sent", S.SUBMITTED, now, data={"law": "courtesy"}, next_action_at=due,
                               last_error="letter sent")
        await app.store.record(c.id, "human_needed", S.NEEDS_HUMAN, now,
                               data={"kind": "unplaced_reply", "unplaced_mail": key, "cases": ids,
                                     "was": "submitted", "due": due.isoformat(), "note": "letter sent"},
                               next_action_at=None, last_error="a reply from a broker: which client?")
    return ids


@pytest.mark.parametrize("verb", ["done", "retry"])
async def test_done_and_retry_refuse_a_reply_to_place(dash, verb):  # noqa: F811
    app = dash.app
    first, _ = await _unplaced(app)
    before = len(await app.store.events(first))
    with pytest.raises(CaseNotWaiting) as told:
        await getattr(app, verb)(first)
    assert told.value.why.code == "unplaced_reply_needs_attach", told.value.why
    assert (await app.get_case(first)).state == S.NEEDS_HUMAN
    assert len(await app.store.events(first)) == before  # nothing recorded
    await dash.login()
    queue = await dash.get("/human")
    assert f'action="/cases/{first}/{verb}"' not in queue.text  # the buttons that would lose it are not offered
    assert f'action="/cases/{first}/attach"' in queue.text and f'action="/cases/{first}/not_ours"' in queue.text


async def test_the_cli_refuses_done_in_one_line_in_the_readers_language(dash, tmp_path):  # noqa: F811
    app = dash.app
    first, _ = await _unplaced(app)
    env = cli_env(tmp_path, data=app.settings.data_dir)
    env.pop("OPTOUT_PASSPHRASE")  # the fixture's vault has a key file
    for lang, words in (("en", "if it is none of these clients'"), ("es", "si no es de ninguna de estas personas")):
        r = run_optout(env, "done", f"C{first}", LANGUAGE=lang, LC_ALL="C.UTF-8", OPTOUT_LANG=lang)
        assert r.returncode != 0, (r.stdout, r.stderr)
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        assert len(lines) == 1, r.stderr
        assert f"optout attach C{first}" in lines[0] and f"optout not-ours C{first}" in lines[0], lines
        assert words in lines[0], lines
    assert (await app.get_case(first)).state == S.NEEDS_HUMAN


async def test_none_of_these_clients_puts_every_case_back_and_the_mail_is_nobodys(dash, tmp_path):  # noqa: F811
    app = dash.app
    first, second = await _unplaced(app)
    await dash.login()
    es = {"accept-language": "es"}
    queue = await dash.get("/human", headers=es)
    assert "No es de ninguna de estas personas" in queue.text
    r = await dash.post(f"/cases/{second}/not_ours", headers=es,
                        data={"csrf": await dash.csrf("/human"), "back": "/human"})
    assert r.status_code == 303 and r.headers["location"] == "/human?done=not_ours", r.text[:500]
    assert "anotada como de ninguna de estas personas" in (await dash.get(r.headers["location"], headers=es)).text
    for case_id in (first, second):
        c = await app.get_case(case_id)
        assert c.state == S.SUBMITTED and c.next_action_at is not None, (case_id, c.state)
        assert (await app.store.events(case_id))[-1].kind == "reply_not_theirs"
    # no mailbox read asks about it again or acts on it
    assert KEY in await app.store.mail_taken([KEY], dt.datetime.now(dt.UTC), dt.timedelta(minutes=10))
    with pytest.raises(CaseNotWaiting):
        await app.reply_not_ours(first)  # nothing waits any more
    # the CLI's command, in Spanish
    third, _ = await _unplaced(app, "another-unplaced-reply")
    env = cli_env(tmp_path, data=app.settings.data_dir)
    env.pop("OPTOUT_PASSPHRASE")
    r = run_optout(env, "not-ours", f"C{third}", LANGUAGE="es", LC_ALL="C.UTF-8")
    assert r.returncode == 0, r.stderr
    assert "ninguna de estas personas" in r.stdout, r.stdout
