"""f41: a case's and a listing's numbers are both counted from 1, so "12" could be either. The CLI
writes them C12 and L12 (``human``, ``status``, ``retry``'s answer), reads either with its letter or
without, and refuses one of the other kind in a line saying which it is, in English and Spanish;
``--json`` keeps the numbers (docs/JSON.md)."""

from __future__ import annotations

import json

from .harness import cli_env, run_optout
from .test_answer_race import _asked


async def test_case_and_listing_numbers_cannot_be_taken_for_each_other(lab, tmp_path):
    o, app, q = await _asked(lab, tmp_path)
    try:
        case, listing = q["case"], q["listings"][0]["id"]
        env = cli_env(tmp_path, data=o.settings.data_dir, OPTOUT_LAB_URL=lab.url)
        shown = run_optout(env, "human", "--show", LANGUAGE="en", LC_ALL="C.UTF-8")
        assert shown.returncode == 0, shown.stderr
        assert f"case C{case} " in shown.stdout and f"listing L{listing}:" in shown.stdout, shown.stdout
        assert f"optout retry C{case} --match" in shown.stdout, shown.stdout  # the command as it is typed
        for lang, words in (("en", f"L{listing} is a listing, not a case"), ("es", f"L{listing} es una ficha, no un caso")):
            r = run_optout(env, "retry", f"L{listing}", "--no-match", LANGUAGE=lang, LC_ALL="C.UTF-8")
            assert r.returncode == 64 and words in r.stderr and "Traceback" not in r.stderr, (lang, r.stderr)
        for lang, words in (("en", f"C{case} is a case, not a listing"), ("es", f"C{case} es un caso, no una ficha")):
            r = run_optout(env, "retry", f"C{case}", "--match", f"C{case}", LANGUAGE=lang, LC_ALL="C.UTF-8")
            assert r.returncode == 64 and words in r.stderr, (lang, r.stderr)
        assert [e.kind for e in await o.store.events(case)].count("resumed") == 0  # nothing was recorded
        r = run_optout(env, "retry", f"c{case}", "--match", f"l{listing}", LANGUAGE="en", LC_ALL="C.UTF-8")
        assert r.returncode == 0 and f"C{case}" in r.stdout and f"L{listing}" in r.stdout, (r.stdout, r.stderr)
        rows = json.loads(run_optout(env, "status", "--person", "p_maria", "--all", "--json").stdout)
        assert case in [row["case"] for row in rows]  # --json: the number, as docs/JSON.md says
        table = run_optout(env, "status", "--person", "p_maria", "--all", LANGUAGE="en", LC_ALL="C.UTF-8").stdout
        assert f"C{case} " in table, table
    finally:
        await o.__aexit__(None, None, None)
