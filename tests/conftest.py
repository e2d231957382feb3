"""Shared fixtures: an isolated settings environment, the broker lab, and an optout 'app' on it."""

from __future__ import annotations

import collections
import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from optout.settings import BROWSER_CANDIDATES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "people"


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory):
    """One cache directory for the whole session: the compiled catalogue index (and, once a run has
    scored, the matcher's tables: optout/matching/_cache.py) is built once, not by every test that
    opens the catalogue.
    Parsing the ~960 shipped recipes cold costs 2-4 s; the index follows each recipe file's content
    and the code that validates it (tests/test_catalogue_index.py), so a shared one never serves a
    stale recipe, and a test that changes recipes writes them in its own folder (its own index)."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path, _shared_cache):
    """No test reads the developer's own settings file, data directory or OPTOUT_ variables, nor
    their cache: the session's own (:func:`_shared_cache`)."""
    for k in list(os.environ):
        if k.startswith("OPTOUT_"):
            monkeypatch.delenv(k)
    monkeypatch.setenv("OPTOUT_CONFIG", str(tmp_path / "no-such-settings.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache))


def have_browser() -> bool:
    return any(Path(c).is_file() for c in BROWSER_CANDIDATES)


requires_browser = pytest.mark.skipif(
    not have_browser() and not os.environ.get("CI"),
    reason="no Chromium here: scripts/test installs chromium-headless-shell",
)


def local_browser():  # type: ignore[no-untyped-def]
    """A browser channel with the default settings, no proxy and no pacing: for tests of one page."""
    from optout.channels.browser import BrowserChannel
    from optout.ratelimit import RateLimiter
    from optout.settings import Settings

    settings = Settings()
    return BrowserChannel(settings.browser, settings.network, None, RateLimiter(1000))


@contextlib.contextmanager
def driver_sends(record: Callable[[dict], object]) -> Iterator[None]:
    """``record(message)`` for every message this process sends Playwright's driver while open."""
    from playwright._impl import transport

    real = transport.PipeTransport.send

    def watched(self, message):  # type: ignore[no-untyped-def]
        record(message)
        return real(self, message)

    transport.PipeTransport.send = watched  # type: ignore[method-assign]
    try:
        yield
    finally:
        transport.PipeTransport.send = real  # type: ignore[method-assign]


@contextlib.contextmanager
def driver_messages() -> Iterator[collections.Counter[str]]:
    """The messages this process sends Playwright's driver while open, counted by method (a figure
    the machine's load does not move, issue 15)."""
    sent: collections.Counter[str] = collections.Counter()
    with driver_sends(lambda message: sent.update([str(message.get("method"))])):
        yield sent


@pytest.fixture
async def lab(tmp_path):
    from optout.lab import Lab

    lab = Lab(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab")
    await lab.start()
    try:
        yield lab
    finally:
        await lab.stop()


# ---- real mail servers: the lab's aiosmtpd delivering into a Maildir that dovecot serves ----------


@pytest.fixture(scope="session")
def mail_root():
    """A 0755 directory for dovecot and the lab's Maildir (pytest's tmp dirs are 0700: dovecot's
    unprivileged processes could not reach them)."""
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="optout-mail-"))
    top.chmod(0o755)
    yield top
    shutil.rmtree(top, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot(mail_root):
    """Debian's dovecot on a free loopback port, serving ``mail_root/lab/Maildir``, for the session."""
    from tests.mailservers import Dovecot, DovecotUnavailable

    server = Dovecot(mail_root / "dovecot", mail_root / "lab" / "Maildir")
    try:
        server.start()
    except DovecotUnavailable as e:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(e))
    yield server
    server.stop()


@pytest.fixture
async def mail_lab(dovecot, mail_root):
    """The broker lab with its Maildir served by ``dovecot`` (emptied before each test)."""
    from optout.lab import Lab

    dovecot.clear()
    lab = Lab(seed=7, failure_rate=0.0, data_dir=mail_root / "lab")
    await lab.start()
    try:
        yield lab
    finally:
        await lab.stop()


@pytest.fixture
def imap_box(dovecot, tmp_path):
    """Make an ``ImapMailbox`` on ``dovecot`` (plain IMAP on loopback); keyword arguments override."""
    from optout.mail import ImapMailbox

    def make(**kw):
        args = {"host": dovecot.host, "port": dovecot.port, "user": dovecot.user, "password": dovecot.password,
                "tls": "none", "poll_interval": 0.1, "state_path": tmp_path / "imap-handled.json", **kw}
        return ImapMailbox(**args)

    return make


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away PostgreSQL server for the whole session (tests/pgserver.py): started the
    first time a test needs it, stopped and deleted at the end."""
    from tests.pgserver import Unavailable, running

    try:
        server_cm = running()
        server = server_cm.__enter__()
    except Unavailable as e:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed on CI: {e}")
        pytest.skip(f"no PostgreSQL here: {e}")
    try:
        yield server
    finally:
        server_cm.__exit__(None, None, None)


@pytest.fixture
def pg_url(pg_server):
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path):
    """The store the tests that span processes run on: a SQLite file in WAL mode shared by every
    process, and a PostgreSQL database."""
    if request.param == "postgres":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'store' / 'optout.db'}"
