"""A throw-away PostgreSQL server for the tests: its own cluster in a temp dir, on a free loopback
port, started once per test session.

Debian keeps the server binaries in ``/usr/lib/postgresql/<version>/bin`` (not on ``PATH``); when
there are none and we are root, ``apt-get install postgresql`` fetches them. ``initdb`` and
``postgres`` refuse to run as root, so as root the cluster belongs to ``nobody`` and the server runs
as that user (``subprocess``'s ``user=``); its directory is made directly under the temp root,
because pytest's own temp dirs are private to root.

The cluster trades durability for speed (``fsync=off``): it lives for one session.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

#: Set to skip PostgreSQL tests on purpose (e.g. a machine where the server cannot run).
SKIP_ENV = "OPTOUT_TEST_NO_POSTGRES"
#: The one role that logs in with a password (see ``PostgresServer.password_url``).
PASSWORD_ROLE, PASSWORD = "optout_pw", "right-horse-7"


class Unavailable(Exception):
    """PostgreSQL cannot be run here; the message says why."""


def find_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` holding ``initdb`` and ``postgres``."""
    found = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        bindir = Path(initdb).parent
        version = bindir.parent.name
        if (bindir / "postgres").is_file() and version.split(".")[0].isdigit():
            found.append((int(version.split(".")[0]), bindir))
    if not found and shutil.which("initdb") and shutil.which("postgres"):
        return Path(shutil.which("initdb")).parent  # type: ignore[arg-type]
    return max(found)[1] if found else None


def install() -> None:
    """``apt-get install postgresql`` (root only): the test fixture's fallback on a bare machine."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Unavailable("PostgreSQL is not installed and this user cannot install it (apt-get install postgresql)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"]
    if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True)
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise Unavailable(f"apt-get install postgresql failed: {done.stderr.strip()[-300:]}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One cluster: :meth:`start` it, use :attr:`url`, :meth:`stop` it (which deletes it)."""

    def __init__(self, bindir: Path, settings: dict[str, str] | None = None):
        self.bindir = bindir
        #: Server settings (``-c name=value``): throw-away speed by default; a benchmark that
        #: measures commits passes durable ones (``fsync=on`` …).
        self.settings = {
            "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
            "max_connections": "200", "shared_buffers": "64MB", **(settings or {}),
        }
        self.root = Path(tempfile.mkdtemp(prefix="optout-pg-"))
        self.data = self.root / "data"
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.user: str | None = None
        self._databases = 0
        if os.geteuid() == 0:
            self.user = "nobody"
            pw = pwd.getpwnam(self.user)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        done = subprocess.run(args, user=self.user, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            raise Unavailable(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-400:]}")

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )
        # every role logs in without a password (trust), except PASSWORD_ROLE, which must give
        # PASSWORD (SCRAM): the tests of a login the server refuses need a password to be wrong
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        last = ""
        for _ in range(3):  # the free port may be taken between finding it and binding it
            self.port = _free_port()
            log = open(self.root / "server.log", "ab")  # noqa: SIM115 (kept for the server's life)
            self.proc = subprocess.Popen(
                [
                    str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port),
                    "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.root}",
                    *(arg for k, v in self.settings.items() for arg in ("-c", f"{k}={v}")),
                ],
                user=self.user, stdout=log, stderr=log, cwd=self.root,
            )
            log.close()
            if self._wait_ready():
                return
            self._kill()
            last = (self.root / "server.log").read_text(errors="replace")[-400:]
        raise Unavailable(f"postgres did not start: {last.strip()}")

    def _wait_ready(self, timeout: float = 30.0) -> bool:
        import psycopg

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                return False
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def _kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # "fast" shutdown: disconnect clients, stop
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def down(self) -> None:
        """Stop the server, keeping its data and port: a database that goes away for a while."""
        self._kill()

    def up(self) -> None:
        """Start it again on the same port after :meth:`down`."""
        log = open(self.root / "server.log", "ab")  # noqa: SIM115 (kept for the server's life)
        self.proc = subprocess.Popen(
            [str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port),
             "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.root}",
             *(arg for k, v in self.settings.items() for arg in ("-c", f"{k}={v}"))],
            user=self.user, stdout=log, stderr=log, cwd=self.root,
        )
        log.close()
        if not self._wait_ready():
            raise Unavailable("postgres did not start again on its port")

    def stop(self) -> None:
        self._kill()
        shutil.rmtree(self.root, ignore_errors=True)

    # Fresh, empty databases, one per test: a file copy of the tiny ``template0`` (milliseconds
    # with fsync=off), dropped afterwards.

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql)

    def password_url(self, url: str, password: str = PASSWORD) -> str:
        """``url`` (a database's) as PASSWORD_ROLE with ``password``; the role is made on first use."""
        self._admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') THEN "
                    f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD '{PASSWORD}'; END IF; END $$")
        return url.replace("postgres@", f"{PASSWORD_ROLE}:{password}@", 1)

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        self._databases += 1
        name = f"t{self._databases}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url.rsplit("/", 1)[0] + "/" + name

    def drop_database(self, url: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@contextlib.contextmanager
def running(settings: dict[str, str] | None = None) -> Iterator[PostgresServer]:
    """A started server, stopped and deleted on exit. Raises :class:`Unavailable` with the reason."""
    if os.environ.get(SKIP_ENV):
        raise Unavailable(f"{SKIP_ENV} is set")
    try:
        import psycopg  # noqa: F401
    except ImportError as e:
        raise Unavailable("psycopg is not installed (pip install 'psycopg[binary]')") from e
    bindir = find_bindir()
    if bindir is None:
        install()
        bindir = find_bindir()
        if bindir is None:
            raise Unavailable("apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb appeared")
    server = PostgresServer(bindir, settings)
    try:
        server.start()
        yield server
    finally:
        server.stop()
