"""f42: after f41 wrote a case C12 in ``optout human`` and ``status``, the one-line replies of
``done``, ``reply`` and ``letter``, the errors ("no case with id 12", "case 12 is new, not waiting
for a person") and the dashboard's queue still said "case 12". Every message with a case's or a
listing's number is now filled by one rule (:func:`optout.reasons.id_params`), in every language,
and ``done 12`` and ``done C12`` are both still read."""

from __future__ import annotations

import re
import string

from optout import reasons
from optout.reasons import LANGUAGES, Reason, catalogue, render

from .harness import cli_env, run_optout


def _ids() -> list[str]:
    """Every msgid of the catalogue whose text names a case or a listing by its number."""
    out = []
    for msgid, words in catalogue("en")._catalog.items():  # type: ignore[attr-defined]
        if isinstance(msgid, str) and msgid and any(f in ("case", "listing", "cases", "listings")
                                                    for _, f, _, _ in string.Formatter().parse(words) if f):
            out.append(msgid)
    return out


def test_every_message_naming_a_case_writes_it_with_its_letter():
    ids = _ids()
    assert len(ids) > 30 and "cli:done.done" in ids and "reason:no_such_case" in ids, len(ids)
    for lang in LANGUAGES:
        for msgid in ids:
            params = {"case": 12, "cases": [12, 13], "listing": 7, "listings": [7, 8]}
            if msgid.startswith("reason:"):
                said = render(Reason(msgid.removeprefix("reason:"), params), lang)
            else:
                fields = {f for _, f, _, _ in string.Formatter().parse(catalogue(lang).gettext(msgid)) if f}
                said = reasons.fill(msgid, lang, **{f: params.get(f, "x") for f in fields})
            assert not re.search(r"(?<![\w#/-])1[23](?![\w.])|(?<![\w#/-])[78](?![\w.:])", said), (lang, msgid, said)
            assert "C12" in said or "L7" in said, (lang, msgid, said)


def test_counts_named_cases_stay_counts():
    # ``cases`` is a count in some lines ("3 cases will be removed"): only a list is ids
    assert reasons.id_params({"cases": 3, "case": "C4"}) == {"cases": 3, "case": "C4"}
    assert reasons.id_params({"cases": [3, 4], "listing": "7"}) == {"cases": "C3, C4", "listing": "L7"}


def test_done_says_the_case_as_c12_and_takes_either_form(tmp_path):
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0, "init"
    profile = tmp_path / "p.toml"
    profile.write_text('first_name = "Ana"\nlast_name = "Ruiz"\n[[addresses]]\ncity = "Houston"\nstate = "TX"\n')
    assert run_optout(env, "person", "add", str(profile)).returncode == 0
    for lang, words in (("en", "no case C987654"), ("es", "no existe el caso C987654")):
        for given in ("987654", "C987654", "c987654"):
            r = run_optout(env, "done", given, LANGUAGE=lang, LC_ALL="C.UTF-8")
            assert r.returncode == 65 and r.stderr.strip().endswith(words), (lang, given, r.stderr)
    for lang, words in (("en", "case C1 is "), ("es", "el caso C1 está así")):
        r = run_optout(env, "retry", "1", LANGUAGE=lang, LC_ALL="C.UTF-8")
        assert words in r.stderr and "Traceback" not in r.stderr, (lang, r.stderr)
