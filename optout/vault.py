"""Encryption at rest: every personal value optout stores is sealed with AES-256-GCM.

Keys, two levels:
- the **master key** comes from a passphrase (scrypt, salt in ``vault.json``) when
  ``OPTOUT_PASSPHRASE`` is set at ``optout init``, or else from a random key file (``vault.key``,
  mode 0600) for a single-user machine;
- each person has a **data key**, stored only wrapped by the master key inside that person's
  record. Listings and evidence files of the person are sealed with it, so deleting the person's
  record destroys the only copy of their key (crypto-shredding).

A wrong passphrase fails on a verifier before anything is read or written.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from optout.errors import ConfigError

_NONCE = 12
_WRAPPED = _NONCE + 32 + 16  # nonce + key + tag
_VERIFIER = b"optout-vault-v1"


def _seal(key: bytes, data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def _open(key: bytes, blob: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], aad)


def _kdf(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())


@dataclass(frozen=True)
class PersonKey:
    person_id: str
    key: bytes

    def seal(self, data: bytes, purpose: str) -> bytes:
        return _seal(self.key, data, f"{self.person_id}:{purpose}".encode())

    def open(self, blob: bytes, purpose: str) -> bytes:
        try:
            return _open(self.key, blob, f"{self.person_id}:{purpose}".encode())
        except InvalidTag:
            raise ConfigError(f"a sealed {purpose} of person {self.person_id} does not decrypt (damaged?)") from None


class Vault:
    def __init__(self, master: bytes):
        self._master = master

    # ---- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, passphrase: str | None, *, create: bool = False) -> Vault:
        meta_path = data_dir / "vault.json"
        if not meta_path.exists():
            if not create:
                raise ConfigError(f"no vault in {data_dir}: run `optout init` first")
            return cls._create(data_dir, passphrase)
        meta = json.loads(meta_path.read_text())
        if meta["kind"] == "passphrase":
            if not passphrase:
                raise ConfigError("this data directory is locked with a passphrase: set OPTOUT_PASSPHRASE")
            master = _kdf(passphrase, base64.b64decode(meta["salt"]))
        else:
            key_path = data_dir / "vault.key"
            try:
                master = base64.b64decode(key_path.read_bytes())
            except OSError as e:
                raise ConfigError(f"{key_path}: cannot read the vault key ({e.strerror})") from None
        try:
            if _open(master, base64.b64decode(meta["verifier"]), b"verifier") != _VERIFIER:
                raise InvalidTag
        except InvalidTag:
            what = "wrong passphrase" if meta["kind"] == "passphrase" else "the key file does not fit this vault"
            raise ConfigError(f"{what}: nothing was read or changed") from None
        return cls(master)

    @classmethod
    def _create(cls, data_dir: Path, passphrase: str | None) -> Vault:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        meta: dict[str, str]
        if passphrase:
            salt = os.urandom(16)
            master = _kdf(passphrase, salt)
            meta = {"kind": "passphrase", "salt": base64.b64encode(salt).decode()}
        else:
            master = AESGCM.generate_key(bit_length=256)
            key_path = data_dir / "vault.key"
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(base64.b64encode(master))
            meta = {"kind": "keyfile"}
        meta["verifier"] = base64.b64encode(_seal(master, _VERIFIER, b"verifier")).decode()
        meta["version"] = "1"
        (data_dir / "vault.json").write_text(json.dumps(meta, indent=2))
        return cls(master)

    # ---- people -----------------------------------------------------------------------------------

    def seal_person(self, person_id: str, profile_json: bytes, key: PersonKey | None = None) -> tuple[bytes, PersonKey]:
        """A person's record: their wrapped data key, then their profile sealed with it."""
        key = key or PersonKey(person_id, AESGCM.generate_key(bit_length=256))
        wrapped = _seal(self._master, key.key, f"{person_id}:data-key".encode())
        return wrapped + key.seal(profile_json, "profile"), key

    def open_person(self, person_id: str, blob: bytes) -> tuple[PersonKey, bytes]:
        try:
            dk = _open(self._master, blob[:_WRAPPED], f"{person_id}:data-key".encode())
        except InvalidTag:
            raise ConfigError(f"person {person_id}: the data key does not open with this vault's key") from None
        key = PersonKey(person_id, dk)
        return key, key.open(blob[_WRAPPED:], "profile")
