"""Shared fixtures: an isolated settings environment, the broker lab, and an optout 'app' on it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from optout.settings import BROWSER_CANDIDATES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "people"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's own settings file, data directory or OPTOUT_ variables."""
    for k in list(os.environ):
        if k.startswith("OPTOUT_"):
            monkeypatch.delenv(k)
    monkeypatch.setenv("OPTOUT_CONFIG", str(tmp_path / "no-such-settings.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def have_browser() -> bool:
    return any(Path(c).is_file() for c in BROWSER_CANDIDATES)


requires_browser = pytest.mark.skipif(
    not have_browser() and not os.environ.get("CI"),
    reason="no Chromium here: scripts/test installs chromium-headless-shell",
)


@pytest.fixture
async def lab(tmp_path):
    from optout.lab import Lab

    lab = Lab(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab")
    await lab.start()
    try:
        yield lab
    finally:
        await lab.stop()


@pytest.fixture
def database_url(tmp_path):
    """The store tests that span processes run on. Today SQLite (a file in WAL mode, shared by
    every process); a PostgreSQL parameter goes here."""
    return f"sqlite:///{tmp_path / 'store' / 'optout.db'}"
