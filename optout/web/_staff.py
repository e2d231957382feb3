"""Staff accounts of the dashboard: a name and a password hash each, in ``staff.json`` (0600) in
the data directory.

Passwords are hashed with scrypt (``hashlib.scrypt``, RFC 7914; n=2**14, r=8, p=1, a 16-byte salt
per account: the parameters OWASP's Password Storage Cheat Sheet gives as a minimum for scrypt),
compared in constant time. The file holds no personal data of the people optout protects.

Errors: :class:`StaffError` (an ``OptoutError``) with one line naming the account or the file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from pathlib import Path

from optout.errors import OptoutError
from optout.reasons import Reason

#: scrypt cost parameters (RFC 7914): n (CPU/memory cost), r (block size), p (parallelism).
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
MIN_PASSWORD = 10


class StaffError(OptoutError):
    """A staff account cannot be added, found or used. ``why``: the same as a reason code, for a
    reader in any language (the account's name is no client's data: it may be said)."""

    def __init__(self, message: str, why: Reason | None = None):
        self.why = why
        super().__init__(message)


def account_name(name: str) -> str:
    """An account name as it is kept and looked up: case and accents aside, so that "Lucía" adds,
    and logs in as, ``lucia`` (NFKD, combining marks dropped, lower case); the spaces of a
    volunteer's two names are a dot ("Ana Lucía" is ``ana.lucia``, at the command line and at the
    dashboard's login alike)."""
    plain = unicodedata.normalize("NFKD", " ".join(name.split()))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower().replace(" ", ".")


def _hash(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


class StaffBook:
    """The accounts in ``<data_dir>/staff.json``. Every change is written whole to a temporary
    file (0600) and renamed over the old one, so a crash leaves the old or the new book."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / "staff.json"

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            raise StaffError(f"{self.path}: not a staff file optout can read") from None
        if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
            raise StaffError(f"{self.path}: not a staff file optout can read")
        return data["accounts"]

    def _write(self, accounts: dict[str, dict[str, object]]) -> None:
        tmp = self.path.with_name(f".staff.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"version": 1, "accounts": accounts}, f, indent=2, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def names(self) -> list[str]:
        return sorted(self._read())

    def add(self, name: str, password: str, *, replace: bool = False) -> None:
        """Add (with ``replace``: reset) account ``name``, kept as :func:`account_name` gives it.
        Names: 1–40 of a-z 0-9 . _ -, starting with a letter or digit, once case and accents are
        set aside; passwords: at least ``MIN_PASSWORD`` characters."""
        name = account_name(name)
        if not NAME.match(name):
            raise StaffError("staff name: use 1-40 letters (accents and case aside), digits, '.', '_' or '-'",
                             Reason("staff_name"))
        if len(password) < MIN_PASSWORD:
            raise StaffError(f"password: at least {MIN_PASSWORD} characters",
                             Reason("staff_password", {"count": MIN_PASSWORD}))
        accounts = self._read()
        if name in accounts and not replace:
            raise StaffError(f"staff account {name!r} exists already (--reset sets a new password)",
                             Reason("staff_exists", {"name": name}))
        salt = secrets.token_bytes(16)
        accounts[name] = {"salt": base64.b64encode(salt).decode(), **SCRYPT,
                          "hash": base64.b64encode(_hash(password, salt, **SCRYPT)).decode()}
        self._write(accounts)

    def remove(self, name: str) -> None:
        name = account_name(name)
        accounts = self._read()
        if name not in accounts:
            raise StaffError(f"no staff account {name!r}", Reason("staff_unknown", {"name": name}))
        del accounts[name]
        self._write(accounts)

    def verify(self, name: str, password: str) -> bool:
        """Whether ``password`` is ``name``'s. An unknown name costs the same scrypt work."""
        name = account_name(name)
        acct = self._read().get(name)
        if acct is None:
            _hash(password, b"\0" * 16, **SCRYPT)
            return False
        try:
            salt = base64.b64decode(str(acct["salt"]))
            want = base64.b64decode(str(acct["hash"]))
            got = _hash(password, salt, int(acct["n"]), int(acct["r"]), int(acct["p"]))  # type: ignore[call-overload]
        except (KeyError, ValueError, TypeError):
            raise StaffError(f"{self.path}: the account {name!r} is damaged; reset it") from None
        return hmac.compare_digest(got, want)
