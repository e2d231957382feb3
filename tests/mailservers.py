"""Real mail servers for the tests: Debian's dovecot serving, over IMAP on a loopback port, the
Maildir the lab's aiosmtpd delivers into.

``Dovecot(root, maildir).start()`` writes a throw-away configuration under ``root`` (its own
base_dir and state_dir, a passwd-file with one user, plain login allowed, listening on 127.0.0.1 on
a free port) and runs ``dovecot -F`` until ``stop()``. When ``/usr/sbin/dovecot`` is missing it
runs ``apt-get install -y dovecot-imapd`` if we are root, else the caller skips.

Running as root: dovecot refuses uid 0 for mail access and for its login processes, so the mail
user is ``nobody`` and the Maildir is handed to it (aiosmtpd, as root, still writes new files there:
dovecot only needs to read them and rename them into cur/). ``root`` must be traversable by
``nobody`` (0755), so it is not under pytest's 0700 tmp directory. As another user everything runs
as that user.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

DOVECOT = Path("/usr/sbin/dovecot")


class DovecotUnavailable(RuntimeError):
    pass


def ensure_dovecot() -> Path:
    """The dovecot binary, installed with apt when missing and we may."""
    if DOVECOT.exists():
        return DOVECOT
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise DovecotUnavailable("dovecot is not installed (apt-get install dovecot-imapd)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    r = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "dovecot-imapd"],
                       env=env, capture_output=True, text=True, timeout=600)
    if r.returncode != 0 or not DOVECOT.exists():
        raise DovecotUnavailable(f"apt-get install dovecot-imapd failed: {r.stderr.strip()[-500:]}")
    return DOVECOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    host = "127.0.0.1"

    def __init__(self, root: Path, maildir: Path, user: str = "reader"):
        self.root = Path(root)
        self.maildir = Path(maildir)
        self.user = user
        self.password = secrets.token_hex(12)
        self.port = 0
        self.imaps_port = 0  # the same server with implicit TLS; port also offers STARTTLS
        self.cert = self.root / "cert.pem"  # self-signed for 127.0.0.1: trust it with ssl.create_default_context(cafile=)
        self.proc: subprocess.Popen | None = None

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _config(self, uid: int, gid: int, user: str, group: str) -> str:
        r = self.root
        internal = "" if os.geteuid() == 0 else (
            f"default_internal_user = {user}\ndefault_internal_group = {group}\ndefault_login_user = {user}\n"
        )
        return f"""
base_dir = {r}/run
state_dir = {r}/state
log_path = {r}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{r}/cert.pem
ssl_key = <{r}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
{internal}mail_location = maildir:{self.maildir}
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {r}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={r}/home
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
"""

    def start(self, timeout: float = 20) -> Dovecot:
        binary = ensure_dovecot()
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            uid, gid, user, group = nobody.pw_uid, nobody.pw_gid, "nobody", "nogroup"
        else:
            me = pwd.getpwuid(os.geteuid())
            uid, gid, user, group = me.pw_uid, me.pw_gid, me.pw_name, me.pw_name
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        for d in ("run", "state", "home"):
            (self.root / d).mkdir(exist_ok=True)
        for d in ("", "new", "cur", "tmp"):
            (self.maildir / d).mkdir(parents=True, exist_ok=True)
        for path in [self.root / "home", *(self.maildir / d for d in ("", "new", "cur", "tmp"))]:
            os.chown(path, uid, gid)
        passwd = self.root / "passwd"
        passwd.write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        passwd.chmod(0o644)  # dovecot's auth process reads it; a throw-away password
        self.port, self.imaps_port = free_port(), free_port()
        _self_signed(self.cert, self.root / "key.pem")
        conf = self.root / "dovecot.conf"
        conf.write_text(self._config(uid, gid, user, group))
        self.proc = subprocess.Popen([str(binary), "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise DovecotUnavailable(f"dovecot exited: {err.strip()[-800:]} {self.log[-800:]}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise DovecotUnavailable(f"dovecot did not answer within {timeout}s: {self.log[-800:]}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        if proc.stderr:
            proc.stderr.close()

    def clear(self) -> None:
        """Remove every message (between tests); dovecot sees them expunged."""
        for d in ("new", "cur", "tmp"):
            for f in (self.maildir / d).iterdir():
                f.unlink(missing_ok=True)


def _self_signed(cert_path: Path, key_path: Path) -> None:
    """A throw-away certificate for 127.0.0.1 (cryptography is already a dependency: the vault)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)  # dovecot reads it as root at start-up
