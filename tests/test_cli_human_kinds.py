"""f42: ``optout human`` told a volunteer "something to do by hand … follow the instructions below"
for a case ``still_listed`` after every request its recipe allows (trial41 gave the dashboard its
words), and so for every kind its own list did not name (a verification link, a dead address, a
letter in doubt, an unclear reply). The kinds are one list (``optout.app.TASK_KINDS``), the CLI's
and the dashboard's, and each has its own words in both, in English and Spanish."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from optout.app import TASK_KINDS, open_app
from optout.reasons import LANGUAGES, text

from .harness import cli_env, run_optout

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_task_kind_has_its_own_words_in_the_cli_and_the_dashboard(lang):
    for kind in TASK_KINDS:
        for msgid in (f"cli:human.title.{kind}", f"cli:human.howto.{kind}", f"kind:{kind}", f"howto:{kind}"):
            assert text(msgid, lang), (lang, msgid)
    other = text("cli:human.title.other", lang)
    assert [k for k in TASK_KINDS if k != "other" and text(f"cli:human.title.{k}", lang) == other] == []


def test_every_kind_a_case_is_handed_to_a_person_with_is_in_the_list():
    from optout.recipe.schema import Human

    raised = set()
    for path in (ROOT / "optout").rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        for m in re.finditer(r"NeedsHuman\(", src):
            raised.update(re.findall(r'\bkind="(\w+)"', src[m.end():m.end() + 600].split("NeedsHuman(")[0]))
    raised.update(typing.get_args(Human.model_fields["kind"].annotation))
    raised.update(("needs_id", "needs_info", "refused"))  # a reply's class (MailFlow: kind=kind)
    assert {"still_listed", "captcha", "dead_address", "verify_link", "unclear_reply"} <= raised, raised
    assert raised <= set(TASK_KINDS), raised - set(TASK_KINDS)


async def test_human_says_a_still_listed_case_in_its_own_words(tmp_path):
    from optout.person import parse_person
    from optout.settings import Settings
    from optout.store import CaseState as S

    settings = Settings(data_dir=tmp_path / "d")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(
            {"first_name": "Ana", "last_name": "Ruiz", "addresses": [{"city": "Houston", "state": "TX"}]}, "f"))])).added
        case = (await app.store.cases(person_id=pid))[0]
        await app.store.record(case.id, "human_needed", S.NEEDS_HUMAN, app.clock.now(), last_error="still listed",
                               data={"kind": "still_listed", "reason": "still listed",
                                     "why": {"code": "still_listed", "params": {"since": "2026-11-01", "attempt": 3,
                                                                               "max": 3}}})
    env = cli_env(tmp_path, data=settings.data_dir)
    for lang in LANGUAGES:
        r = run_optout(env, "human", LANGUAGE=lang, LC_ALL="C.UTF-8")
        out = r.stdout + r.stderr
        assert text("cli:human.title.still_listed", lang) in out, (lang, out)
        assert text("cli:human.title.other", lang) not in out, (lang, out)
        assert f"optout done C{case.id}" in out and f"optout retry C{case.id}" in out, (lang, out)


async def test_human_labels_a_suspected_link_as_suspected_never_as_the_page(tmp_path):
    """trial49: ``optout human`` showed a link optout suspects (``suspicious_link``) under "página:" /
    "page:", the label of the broker's own page, where the dashboard says it is not a link to open.
    It is labelled as the dashboard labels it, in both languages; a genuine page keeps "page:"."""
    import base64
    import json

    from optout.person import parse_person
    from optout.settings import Settings
    from optout.store import CaseState as S

    suspect = "https://peoplefind-verify.example.net/claim?t=abc123"
    settings = Settings(data_dir=tmp_path / "d")
    async with open_app(settings, create=True) as app:
        (_, pid), = (await app.add_people([("f", parse_person(
            {"first_name": "Ana", "last_name": "Ruiz", "addresses": [{"city": "Houston", "state": "TX"}]}, "f"))])).added
        link, captcha = (await app.store.cases(person_id=pid))[:2]
        key, _ = await app.open_person(pid)
        for case, kind, url in ((link, "suspicious_link", suspect), (captcha, "captcha", "https://example.org/optout")):
            sealed = base64.b64encode(key.seal(json.dumps({"url": url}).encode(), f"human:{case.id}")).decode()
            await app.store.record(case.id, "human_needed", S.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                                   data={"kind": kind, "reason": "x", "sealed": sealed})
    env = cli_env(tmp_path, data=settings.data_dir)
    for lang in LANGUAGES:
        r = run_optout(env, "human", LANGUAGE=lang, LC_ALL="C.UTF-8")
        assert r.returncode == 0, r.stderr
        lines = r.stdout.splitlines()
        [shown] = [x.strip() for x in lines if suspect in x]
        page = text("cli:human.page", lang).split("{")[0]
        assert not shown.startswith(page), (lang, shown)
        assert shown == text("cli:human.suspect_link", lang).replace("{url}", suspect), (lang, shown)
        assert any(x.strip() == page + "https://example.org/optout" for x in lines), (lang, r.stdout)
