"""One catalogue: every text a volunteer or a client reads (reasons, report, CLI, dashboard) is an
entry of ``optout/locales/<lang>/LC_MESSAGES/reasons.po``; ``scripts/i18n`` extracts the ids in use
and finds none without a Spanish text with the same placeholders, and no second catalogue."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from optout import reasons
from optout.web._i18n import translations

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("optout_i18n_tool", ROOT / "scripts" / "i18n.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_there_is_one_catalogue_and_the_dashboard_reads_it():
    pos = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "optout").rglob("*.po"))
    assert pos == ["optout/locales/en/LC_MESSAGES/reasons.po", "optout/locales/es/LC_MESSAGES/reasons.po"], pos
    assert translations("es") is reasons.catalogue("es")
    assert translations("es").gettext("Needs a person") != "Needs a person"  # a dashboard id, from it


def test_every_id_in_use_has_a_spanish_text_with_the_same_placeholders():
    tool = _tool()
    used = tool.used_ids()
    # the extraction sees each kind of use
    assert {"Needs a person", "cli:status.hint", "cli:human.footer", "report:title", "reason:captcha",
            "field:birth_date", "howto:captcha", "health:working", "needs_info"} <= set(used)
    assert tool.check() == []
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("catalogue whole:"), r.stdout + r.stderr


def test_the_check_names_a_missing_spanish_text_and_a_placeholder_that_differs(tmp_path):
    tool = _tool()
    es = (ROOT / "optout/locales/es/LC_MESSAGES/reasons.po").read_text("utf-8")
    es = re.sub(r'(msgid "Needs a person"\nmsgstr )".*"', r'\1""', es, count=1)
    es = es.replace("{case}", "{caso}", 1)
    bad = tmp_path / "es.po"
    bad.write_text(es, encoding="utf-8")
    problems = tool.check({"en": ROOT / "optout/locales/en/LC_MESSAGES/reasons.po", "es": bad})
    assert any("'Needs a person': no Spanish text" in p for p in problems), problems
    assert any("placeholders differ" in p for p in problems), problems
