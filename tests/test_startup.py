"""What start-up imports. Each command pays at start-up for every module it imports, so these tests
guard what is *not* imported (the times themselves are kept by ``scripts/bench startup``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python(code: str) -> str:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout


_LOG_LINES = """
import io, re, sys
{first}
import optout.log as L
L.redact_values(["Maria Lopez"])
for fmt in ("json", "console"):
    buf = io.StringIO()
    L.configure("info", fmt, stream=buf)
    log = L.get_logger("t")
    def inner(secret):
        raise ValueError("bad value for Maria Lopez, 555-123-4567")
    try:
        inner("Maria Lopez")
    except ValueError:
        log.exception("boom", who="Maria Lopez", n=3)
    log.warning("plain", x={{"a": "maria lopez"}})
    print(re.sub(r"\\d{{4}}-\\d\\d-\\d\\dT[\\d:.]+Z", "TS", buf.getvalue()))
print("rich loaded:", any(m == "rich" or m.startswith("rich.") for m in sys.modules))
"""


def test_logging_does_not_import_rich_and_logs_the_same():
    """structlog imports rich's console, traceback and pretty-printer when rich is installed (~0.07 s
    on every command) for a default formatter optout never uses: optout.log imports it without.
    The lines (JSON and console, with a traceback) are the same as with rich visible to structlog,
    redacted, and without local variables."""
    plain = python(_LOG_LINES.format(first=""))
    with_rich = python(_LOG_LINES.format(first="import structlog  # before optout.log: rich visible to it"))
    assert plain.endswith("rich loaded: False\n")
    assert with_rich.endswith("rich loaded: True\n")
    assert plain.rsplit("rich loaded", 1)[0] == with_rich.rsplit("rich loaded", 1)[0]
    assert "Maria" not in plain and "555" not in plain and "secret" not in plain
    assert '"exc_type": "ValueError"' in plain and "Traceback (most recent call last)" in plain


def test_rich_stays_importable_after_logging():
    """The progress bar of ``optout run`` imports rich after logging is set up."""
    out = python("import optout.log, structlog.dev\nimport rich.progress\n"
                 "print(rich.progress.Progress.__name__, structlog.dev.rich is None)")
    assert out.split() == ["Progress", "True"]
