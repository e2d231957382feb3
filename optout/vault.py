"""Encryption at rest: every personal value optout stores is sealed with AES-256-GCM.

Keys, two levels:
- the **master key** comes from one of three places, chosen at ``optout init`` (setting
  ``vault.key``): a passphrase (scrypt, salt in ``vault.json``; ``OPTOUT_PASSPHRASE``), a random
  key file (``vault.key``, mode 0600, or ``vault.key_file``) for a headless worker, or the OS
  keyring (``keyring``: Secret Service, macOS Keychain, Windows Credential Locker);
- each person has a **data key**, stored only wrapped by the master key inside that person's
  record. Listings and evidence files of the person are sealed with it, so deleting the person's
  record destroys the only copy of their key (crypto-shredding). What the store must compare in
  clear (a listing's key) is a keyed digest from the same data key (:meth:`PersonKey.digest`,
  :func:`listing_key`): it says nothing of a value to anyone without the key, and differs per person.

A wrong passphrase fails on a verifier before anything is read or written.

``rotate`` replaces the master key (a new passphrase, key file or keyring entry) and re-wraps every
person's data key; nothing else is re-encrypted. It is crash-safe: while a rotation is under way
``vault.json`` holds both keys' descriptions and each key sealed under the other, so whichever
credential the user gives opens every record, and running ``optout key rotate`` again finishes it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from optout.errors import ConfigError, Unavailable, said
from optout.files import private_dir

if TYPE_CHECKING:
    from optout.settings import Settings
    from optout.store import Store

_NONCE = 12
_WRAPPED = _NONCE + 32 + 16  # nonce + key + tag
_VERIFIER = b"optout-vault-v1"
KEYRING_SERVICE = "optout"

KeyKind = Literal["passphrase", "keyfile", "keyring"]


def _seal(key: bytes, data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def _open(key: bytes, blob: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], aad)


def _kdf(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _unb64(s: str) -> bytes:
    return base64.b64decode(s)


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
            raise said(ConfigError(f"a sealed {purpose} of person {self.person_id} does not decrypt (damaged?)"),
                       "vault_sealed_damaged") from None

    def derived(self, purpose: str) -> bytes:
        """A key derived from the data key for one use alone (``purpose``: its domain string); it
        never opens anything sealed."""
        return hmac.new(self.key, f"optout:{purpose}:{self.person_id}".encode(), hashlib.sha256).digest()

    def digest(self, purpose: str, text: str) -> str:
        """HMAC-SHA256 of ``text`` under :meth:`derived` (64 hex digits): equal for equal texts of
        this person, unrelated for another person's, and no test of a guessed value without the key."""
        return hmac.new(self.derived(purpose), text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


#: The store's secret whose key digests the identity of a client removed at their request
#: (``Store.secret``, ``optout.app.suppression_digests``): one key for the whole store, so that a
#: sheet's row is recognised whoever removed the client, re-wrapped by :func:`rotate`.
SUPPRESSION = "suppression"


def keyed_digest(key: bytes, text: str) -> str:
    """HMAC-SHA256 of ``text`` under ``key``, 64 hex digits: tests no guessed value without the key."""
    return hmac.new(key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


#: The domain string of a stored listing's key (:func:`listing_key`).
LISTING_KEY = "listings:key"


def listing_key(key: PersonKey, plain: str) -> str:
    """What the store keeps and compares as a listing's key: the keyed digest of the card's own key
    (``Listing.key``, an unsalted SHA-256 of its facts, which anyone could recompute from a guess:
    kept in memory only). 64 hex digits, so a row of the old unsalted 32 is told apart
    (:meth:`optout.engine.Engine.seal_old_listing_keys`)."""
    return key.digest(LISTING_KEY, plain)


# ---- where a master key comes from ------------------------------------------------------------


@dataclass(frozen=True)
class KeySource:
    """The credentials at hand: a passphrase, a key-file path, a keyring service. Which one a vault
    uses is written in its ``vault.json``; ``kind`` only matters when a key is created."""

    kind: KeyKind | Literal["auto"] = "auto"
    passphrase: str | None = None
    key_file: Path | None = None  # None: data_dir / "vault.key"
    keyring_service: str = KEYRING_SERVICE

    def creating(self) -> KeyKind:
        if self.kind != "auto":
            return self.kind
        return "passphrase" if self.passphrase else "keyfile"


def _keyring() -> Any:
    try:
        import keyring
        import keyring.errors
    except ImportError:  # pragma: no cover - a declared dependency
        raise said(ConfigError("vault.key = keyring needs the `keyring` package (pip install keyring)"),
                   "vault_keyring_missing") from None
    return keyring


def _key_path(data_dir: Path, meta: dict[str, Any], src: KeySource) -> Path:
    if src.key_file is not None:
        return Path(src.key_file)
    name = Path(meta.get("key_file", "vault.key"))
    return name if name.is_absolute() else data_dir / name


def _read_key_file(path: Path) -> bytes:
    try:
        st = path.stat()
        if st.st_mode & 0o077:
            raise said(ConfigError(f"{path}: the vault key file is readable by others (mode {st.st_mode & 0o777:o}): "
                                   f"chmod 600 {path}"), "vault_key_open", source=str(path))
        raw = path.read_bytes()
    except OSError as e:
        raise said(ConfigError(f"{path}: cannot read the vault key ({e.strerror})"), "vault_key_unreadable",
                   source=str(path)) from None
    try:
        key = base64.b64decode(raw.strip(), validate=True)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise said(ConfigError(f"{path}: not an optout vault key (expected 32 bytes in base64)"), "vault_key_invalid",
                   source=str(path))
    return key


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new 0600 file and make it durable (fsync file and directory)."""
    private_dir(path.parent)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    _fsync_dir(path.parent)


def _fsync_dir(d: Path) -> None:
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_meta(data_dir: Path, meta: dict[str, Any]) -> None:
    """Replace ``vault.json`` atomically: a crash leaves the old file or the new one, never half."""
    tmp = data_dir / "vault.json.tmp"
    _write_private(tmp, json.dumps(meta, indent=2).encode())
    os.replace(tmp, data_dir / "vault.json")
    _fsync_dir(data_dir)


def _verifies(meta: dict[str, Any], master: bytes) -> bool:
    try:
        return _open(master, _unb64(meta["verifier"]), b"verifier") == _VERIFIER
    except (InvalidTag, KeyError, ValueError):
        return False


def _obtain(data_dir: Path, meta: dict[str, Any], src: KeySource, *, pending: bool = False) -> bytes | None:
    """The master key ``meta`` describes, from the credentials in ``src``; None when they do not fit.
    Raises ConfigError when a credential is missing altogether (no passphrase, no key file...)."""
    kind = meta["kind"]
    if kind == "passphrase":
        if not src.passphrase:
            raise said(ConfigError("this data directory is locked with a passphrase: set OPTOUT_PASSPHRASE"),
                       "vault_locked")
        master = _kdf(src.passphrase, _unb64(meta["salt"]))
        return master if _verifies(meta, master) else None
    if kind == "keyfile":
        path = _key_path(data_dir, meta, src)
        # mid-rotation the new key may still be in its ".next" file
        candidates = [path.with_name(path.name + ".next"), path] if pending else [path]
        for p in candidates:
            if p.exists() or p is candidates[-1]:
                master = _read_key_file(p)
                if _verifies(meta, master):
                    return master
        return None
    if kind == "keyring":
        kr = _keyring()
        service = meta.get("service", src.keyring_service)
        try:
            stored = kr.get_password(service, meta["user"])
        except kr.errors.KeyringError as e:
            # a locked keyring, a session bus not up yet: the key is there, only not now
            raise Unavailable(f"the OS keyring could not be read ({type(e).__name__}); "
                              f"service {service!r}, entry {meta['user']!r}") from None
        if stored is None:
            raise said(ConfigError(f"the OS keyring has no vault key (service {service!r}, entry {meta['user']!r})"),
                       "vault_keyring_empty")
        master = _unb64(stored)
        return master if _verifies(meta, master) else None
    raise said(ConfigError(f"{data_dir / 'vault.json'}: unknown key kind {kind!r}"), "vault_unreadable",
               source=str(data_dir / "vault.json"))


def _create_key(data_dir: Path, kind: KeyKind, src: KeySource, *, rotating_from: dict[str, Any] | None = None,
                ) -> tuple[dict[str, Any], bytes]:
    """A new master key of ``kind`` and its description. A key file is written to its ``.next``
    file when rotating (moved into place at the end); a keyring key gets a fresh entry name."""
    meta: dict[str, Any] = {"kind": kind}
    if kind == "passphrase":
        if not src.passphrase:
            raise said(ConfigError("a passphrase is needed: set OPTOUT_PASSPHRASE (OPTOUT_NEW_PASSPHRASE to rotate)"),
                       "vault_passphrase_needed")
        salt = os.urandom(16)
        master = _kdf(src.passphrase, salt)
        meta["salt"] = _b64(salt)
    elif kind == "keyfile":
        master = AESGCM.generate_key(bit_length=256)
        path = _key_path(data_dir, {}, src)
        if src.key_file is not None:
            meta["key_file"] = str(Path(src.key_file).resolve())
        target = path.with_name(path.name + ".next") if rotating_from is not None else path
        if rotating_from is None and path.exists():
            raise said(ConfigError(f"{path}: a key file exists already; move it away or point vault.key_file elsewhere"),
                       "vault_key_exists", source=str(path))
        _write_private(target, base64.b64encode(master))
    elif kind == "keyring":
        kr = _keyring()
        master = AESGCM.generate_key(bit_length=256)
        meta["service"] = src.keyring_service
        meta["user"] = f"vault-{secrets.token_hex(8)}"
        try:
            kr.set_password(src.keyring_service, meta["user"], _b64(master))
        except kr.errors.KeyringError as e:
            raise said(ConfigError(f"the OS keyring refused the vault key ({type(e).__name__}): "
                                   f"choose vault.key = passphrase or keyfile"), "vault_keyring_refused") from None
    else:
        raise said(ConfigError(f"vault.key: unknown kind {kind!r} (passphrase, keyfile or keyring)"),
                   "vault_kind_unknown", source="vault.key")
    meta["verifier"] = _b64(_seal(master, _VERIFIER, b"verifier"))
    meta["version"] = "2"
    return meta, master


class Vault:
    def __init__(self, master: bytes, others: tuple[bytes, ...] = ()):
        self._master = master  # wraps new data keys
        self._unwrap = (master, *others)  # any of these may have wrapped a stored one (mid-rotation)

    # ---- opening --------------------------------------------------------------------------------

    @classmethod
    def from_settings(cls, settings: Settings, *, create: bool = False) -> Vault:
        return cls.open(settings.data_dir, None, create=create, source=source_from_settings(settings))

    @classmethod
    def open(cls, data_dir: Path, passphrase: str | None, *, create: bool = False,
             source: KeySource | None = None) -> Vault:
        src = source or KeySource(passphrase=passphrase)
        if passphrase and not src.passphrase:
            src = KeySource(src.kind, passphrase, src.key_file, src.keyring_service)
        meta_path = data_dir / "vault.json"
        if not meta_path.exists():
            if not create:
                raise said(ConfigError(f"no vault in {data_dir}: run `optout init` first, or set OPTOUT_DATA_DIR to the folder it was run with"), "vault_missing",
                           source=str(data_dir))
            return cls._create(data_dir, src)
        try:
            meta = json.loads(meta_path.read_text())
        except (OSError, ValueError) as e:
            raise said(ConfigError(f"{meta_path}: not readable ({getattr(e, 'strerror', None) or 'not JSON'})"),
                       "vault_unreadable", source=str(meta_path)) from None
        nxt = meta.get("next")
        try:
            master = _obtain(data_dir, meta, src)
        except (ConfigError, Unavailable):
            if nxt is None:
                raise
            master = None
        if master is not None:
            if nxt is None:
                return cls(master)
            new = _open(master, _unb64(nxt["from_current"]), b"rotate")
            return cls(new, (master,))
        if nxt is not None:
            # an interrupted rotation: the new credential opens the new key, which holds the old one
            new_master = _obtain(data_dir, nxt, src, pending=True)
            if new_master is not None:
                old = _open(new_master, _unb64(nxt["to_current"]), b"rotate-back")
                return cls(new_master, (old,))
        kind = meta["kind"]
        what = {"passphrase": "wrong passphrase", "keyfile": "the key file does not fit this vault",
                "keyring": "the keyring's key does not fit this vault"}.get(kind, "the key does not fit")
        raise said(ConfigError(f"{what}: nothing was read or changed"), f"vault_wrong_{kind}"
                   if kind in ("passphrase", "keyfile", "keyring") else "vault_wrong_key")

    @classmethod
    def _create(cls, data_dir: Path, src: KeySource) -> Vault:
        private_dir(data_dir)
        meta, master = _create_key(data_dir, src.creating(), src)
        _write_meta(data_dir, meta)
        return cls(master)

    @property
    def rotating(self) -> bool:
        return len(self._unwrap) > 1

    # ---- people -----------------------------------------------------------------------------------

    def seal_person(self, person_id: str, profile_json: bytes, key: PersonKey | None = None) -> tuple[bytes, PersonKey]:
        """A person's record: their wrapped data key, then their profile sealed with it."""
        key = key or PersonKey(person_id, AESGCM.generate_key(bit_length=256))
        wrapped = _seal(self._master, key.key, f"{person_id}:data-key".encode())
        return wrapped + key.seal(profile_json, "profile"), key

    def _data_key(self, person_id: str, blob: bytes) -> tuple[bytes, bytes]:
        """(the person's data key, the master that wrapped it)."""
        for master in self._unwrap:
            try:
                return _open(master, blob[:_WRAPPED], f"{person_id}:data-key".encode()), master
            except InvalidTag:
                continue
        raise said(ConfigError(f"person {person_id}: the data key does not open with this vault's key: the store's "
                               "people were sealed under another vault (another machine's optout init, or a key rotated "
                               "there); copy vault.json and vault.key (or use the same passphrase) from the machine "
                               "that holds it"), "vault_other_machine")

    def open_person(self, person_id: str, blob: bytes) -> tuple[PersonKey, bytes]:
        dk, _ = self._data_key(person_id, blob)
        key = PersonKey(person_id, dk)
        return key, key.open(blob[_WRAPPED:], "profile")

    # ---- the store's own keys ----------------------------------------------------------------------

    def new_secret(self, name: str) -> bytes:
        """A fresh random key for the store's secret ``name`` (:data:`SUPPRESSION`), sealed under the
        master key: what ``Store.secret`` keeps when the store has none yet."""
        return _seal(self._master, AESGCM.generate_key(bit_length=256), f"secret:{name}".encode())

    def open_secret(self, name: str, blob: bytes) -> bytes:
        """The key the store's sealed secret ``name`` holds (32 bytes). ConfigError when this vault's
        key did not seal it (a store of another machine's vault)."""
        for master in self._unwrap:
            try:
                return _open(master, blob, f"secret:{name}".encode())
            except InvalidTag:
                continue
        raise said(ConfigError(f"the store's {name} key does not open with this vault's key: the store was made "
                               "under another vault; copy vault.json and vault.key (or use the same passphrase) "
                               "from the machine that holds it"), "vault_other_machine")

    def rewrap_secret(self, name: str, blob: bytes) -> bytes | None:
        """The secret sealed under the current master key; None if it is already."""
        try:
            _open(self._master, blob, f"secret:{name}".encode())
            return None
        except InvalidTag:
            return _seal(self._master, self.open_secret(name, blob), f"secret:{name}".encode())

    def rewrap(self, person_id: str, blob: bytes) -> bytes | None:
        """The person's record with the data key wrapped by the current master; None if it is
        already. The sealed profile after the wrapped key is kept byte for byte."""
        dk, master = self._data_key(person_id, blob)
        if master is self._master:
            return None
        return _seal(self._master, dk, f"{person_id}:data-key".encode()) + blob[_WRAPPED:]


def source_from_settings(settings: Settings) -> KeySource:
    vs = getattr(settings, "vault", None)
    return KeySource(
        kind=getattr(vs, "key", "auto"),
        passphrase=settings.passphrase.get_secret_value() if settings.passphrase else None,
        key_file=getattr(vs, "key_file", None),
        keyring_service=getattr(vs, "keyring_service", KEYRING_SERVICE),
    )


def new_source(settings: Settings, to: KeyKind | None) -> KeySource:
    """The credentials for a rotation's new key: the same kind as now unless ``to`` says otherwise;
    a new passphrase from ``OPTOUT_NEW_PASSPHRASE``, else asked twice on a terminal."""
    import getpass
    import sys

    kind: KeyKind = to or describe(settings.data_dir)["kind"]
    cur = source_from_settings(settings)
    passphrase = None
    if kind == "passphrase":
        passphrase = os.environ.get("OPTOUT_NEW_PASSPHRASE")
        if not passphrase:
            if not sys.stdin.isatty():
                raise said(ConfigError("set OPTOUT_NEW_PASSPHRASE to the new passphrase (no terminal to ask on)"),
                           "vault_new_passphrase_needed")
            passphrase = getpass.getpass("new passphrase: ")
            if passphrase != getpass.getpass("again: "):
                raise said(ConfigError("the two passphrases differ: nothing was changed"), "vault_passphrases_differ")
        if len(passphrase) < 8:
            raise said(ConfigError("the new passphrase is shorter than 8 characters: nothing was changed"),
                       "vault_passphrase_short")
        if cur.passphrase and passphrase == cur.passphrase:
            raise said(ConfigError("the new passphrase is the old one: nothing was changed"), "vault_passphrase_same")
    return KeySource(kind, passphrase, cur.key_file, cur.keyring_service)


def describe(data_dir: Path) -> dict[str, Any]:
    """What protects this vault, without opening it (for ``optout key show``)."""
    meta = json.loads((data_dir / "vault.json").read_text())
    out = {"kind": meta["kind"], "rotation_pending": "next" in meta}
    if meta["kind"] == "keyfile":
        out["key_file"] = meta.get("key_file", "vault.key")
    if meta["kind"] == "keyring":
        out["keyring"] = f"{meta.get('service', KEYRING_SERVICE)}/{meta['user']}"
    return out


async def rotate(data_dir: Path, vault: Vault, store: Store, new: KeySource, *,
                 progress: Callable[[int, int], None] | None = None,
                 _after_rewrap: Callable[[], Awaitable[None]] | None = None) -> dict[str, Any]:
    """Replace the master key by a new one from ``new`` and re-wrap every person's data key.

    Order, each step durable before the next:
    1. the new key is made (``.next`` key file / a new keyring entry) and ``vault.json`` records
       it beside the old one, each sealed under the other (both credentials now open everything);
    2. every person's data key is re-wrapped under the new key and checked;
    3. the key file is moved into place and ``vault.json`` is replaced by the new key's alone;
    4. the old key file / keyring entry is deleted.
    A crash anywhere leaves a vault both credentials open; running this again finishes it.
    Returns what was done: ``{"people": n, "rewrapped": k, "resumed": bool, "kind": ...}``.
    """
    meta_path = data_dir / "vault.json"
    meta = json.loads(meta_path.read_text())
    resumed = "next" in meta
    if not resumed:
        nxt, new_master = _create_key(data_dir, new.creating(), new, rotating_from=meta)
        old_master = vault._master
        nxt["from_current"] = _b64(_seal(old_master, new_master, b"rotate"))
        nxt["to_current"] = _b64(_seal(new_master, old_master, b"rotate-back"))
        _write_meta(data_dir, {**meta, "next": nxt})
        vault._master, vault._unwrap = new_master, (new_master, old_master)
    nxt = json.loads(meta_path.read_text())["next"]
    new_master = vault._master

    people = await store.people()
    rewrapped = 0
    for n, p in enumerate(people, 1):
        blob = await store.get_person(p.id)
        fresh = vault.rewrap(p.id, blob)
        if fresh is not None:
            await store.update_person(p.id, fresh)
            rewrapped += 1
        if progress:
            progress(n, len(people))
    # the store's own keys (the removed clients' digests): re-wrapped the same way, never re-made
    while True:  # another process may re-wrap it meanwhile: read again, swap again
        sealed = await store.secret(SUPPRESSION, vault.new_secret(SUPPRESSION))
        fresh_secret = vault.rewrap_secret(SUPPRESSION, sealed)
        if fresh_secret is None or await store.swap_secret(SUPPRESSION, sealed, fresh_secret):
            break
    if _after_rewrap:
        await _after_rewrap()  # tests: a crash between the re-wrap and the switch
    only_new = Vault(new_master)
    only_new.open_secret(SUPPRESSION, await store.secret(SUPPRESSION, b""))  # opens with the new key alone
    for p in await store.people():  # every record opens with the new key alone, or we stop here
        blob = await store.get_person(p.id)
        fresh = vault.rewrap(p.id, blob)  # a person added meanwhile by an older process
        if fresh is not None:
            await store.update_person(p.id, fresh)
            blob = fresh
        only_new.open_person(p.id, blob)

    final = {k: v for k, v in nxt.items() if k not in ("from_current", "to_current")}
    if final["kind"] == "keyfile":
        path = _key_path(data_dir, final, KeySource())
        pending = path.with_name(path.name + ".next")
        if pending.exists():
            os.replace(pending, path)
            _fsync_dir(path.parent)
    _write_meta(data_dir, final)
    vault._master, vault._unwrap = new_master, (new_master,)

    # the old key is useless now; remove it where it is ours to remove
    if meta["kind"] == "keyring" and not (final["kind"] == "keyring" and final["user"] == meta["user"]):
        kr = _keyring()
        try:
            kr.delete_password(meta.get("service", KEYRING_SERVICE), meta["user"])
        except kr.errors.KeyringError:
            pass
    old = _key_path(data_dir, meta, KeySource()) if meta["kind"] == "keyfile" else None
    if old is not None and (final["kind"] != "keyfile" or old != _key_path(data_dir, final, KeySource())):
        if old.exists():
            old.write_bytes(os.urandom(64))  # best effort: the file system may keep old blocks
            old.unlink()
    return {"people": len(people), "rewrapped": rewrapped, "resumed": resumed, "kind": final["kind"]}
