"""The key vault: one random data key, wrapped in slots (passphrase, recovery code, device key),
and the journal's sealing key pair (readings taken while locked are sealed to its public half).

The vault file (``journal.vault``) is canonical JSON with a SHA-256 checksum, so any flipped
byte or truncation is caught on load (Damaged). Each slot is AES-256-GCM with associated data
that binds the format, the vault id, the slot id and its KDF parameters, so a slot cannot be
moved between vaults or have its parameters weakened without failing to open. Changing a
secret re-wraps the data key only; the database file is never rewritten.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from companion.storage.atomic import ensure_dir, write_bytes_atomic
from companion.storage.errors import Damaged, WrongKey
from companion.storage.vaultformat import (
    FORMAT,
    LEGACY_FORMAT,
    MAGIC,
    MINIMUM_KDF,
    RECOVERY_ALPHABET,
    SLOT_DEVICE,
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    KdfParams,
    Sealing,
    Slot,
    b64,
    canonical,
    generate_recovery_code,
    normalize_recovery_code,
    parse_export,
    parse_vault,
    read_limited,
    sealing_ad,
    slot_ad,
)

__all__ = [
    "DEFAULT_KDF",
    "MINIMUM_KDF",
    "RECOVERY_ALPHABET",
    "RECOVERY_KDF",
    "KdfParams",
    "Vault",
    "generate_data_key",
    "generate_recovery_code",
    "normalize_recovery_code",
]

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# About 0.5 s on the reference machine (see docs/security.md for the measurement).
DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=6, lanes=4)
# The recovery code carries 158 bits of entropy; the KDF only adds a per-guess cost.
RECOVERY_KDF = MINIMUM_KDF

_DEVICE_INFO = b"companion vault device slot v1"
_KEY_CHECK_INFO = b"companion vault key check v1"


def generate_data_key() -> bytes:
    """A fresh random 256-bit key for the database."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def _argon2id(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC so the same passphrase typed on another system gives the same bytes."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeError:
        raise WrongKey("the passphrase does not open this journal") from None


def _key_check(data_key: bytes, vault_id: str) -> bytes:
    """A public tag that lets the vault refuse to wrap the wrong data key by mistake."""
    return hmac.new(data_key, _KEY_CHECK_INFO + vault_id.encode("ascii"), hashlib.sha256).digest()


class Vault:
    """The slots of one journal. Methods that change slots save the file atomically."""

    def __init__(
        self,
        path: Path,
        vault_id: str,
        key_check: bytes,
        slots: list[Slot],
        sealing: Sealing | None = None,
    ) -> None:
        self.path = path
        self.vault_id = vault_id
        self._key_check = key_check
        self._slots = list(slots)
        self._sealing = sealing

    # ----- creating and loading -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        data_key: bytes,
        *,
        passphrase: str | None,
        device_key: bytes | None,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> tuple[Vault, str]:
        """Make and save a new vault; returns it with the recovery code to show once.

        At least one of ``passphrase`` / ``device_key`` is required. Refuses to overwrite an
        existing vault file (FileExistsError): that would lock the family out of a journal.
        """
        if passphrase is None and device_key is None:
            raise ValueError("a passphrase or a device key is required")
        _check_data_key(data_key)
        if path.exists():
            raise FileExistsError("a vault already exists in this folder")
        ensure_dir(path.parent)
        vault_id = str(uuid.uuid4())
        vault = cls(path, vault_id, _key_check(data_key, vault_id), [])
        vault._sealing = vault._new_sealing(data_key)
        code = generate_recovery_code()
        slots = [vault._recovery_slot(data_key, code)]
        if passphrase is not None:
            slots.append(vault._passphrase_slot(data_key, passphrase, kdf))
        if device_key is not None:
            slots.append(vault._device_slot(data_key, device_key))
        vault._commit(slots)
        return vault, code

    @classmethod
    def load(cls, path: Path) -> Vault:
        """Read and strictly validate a vault file: Damaged, WeakParameters or NewerSchema."""
        return cls(path, *parse_vault(read_limited(path)))

    @classmethod
    def from_export(cls, path: Path, exported: object) -> Vault:
        """Rebuild a vault (not yet saved) from :meth:`export_slots` output, e.g. a backup."""
        return cls(path, *parse_export(exported))

    def save(self) -> None:
        """Write the vault file atomically (mode 0600)."""
        write_bytes_atomic(self.path, self.to_bytes())

    def to_bytes(self) -> bytes:
        """The exact file content: canonical JSON with its checksum."""
        body: dict[str, Any] = self._body(self._slots)
        body["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
        return canonical(body)

    def export_slots(self) -> dict[str, object]:
        """Passphrase and recovery slots (never the device slot) and the sealing pair, for a
        backup header: a restored journal still opens what was sealed to it."""
        kept = [s for s in self._slots if s.kind != SLOT_DEVICE]
        return self._body(kept)

    # ----- questions ------------------------------------------------------------------------

    def has_passphrase(self) -> bool:
        return self._find(SLOT_PASSPHRASE) is not None

    def has_recovery_code(self) -> bool:
        return self._find(SLOT_RECOVERY) is not None

    def has_device_slot(self) -> bool:
        return self._find(SLOT_DEVICE) is not None

    def device_slot_id(self) -> str | None:
        """The device slot's id: its key is kept in the keyring under an account naming it."""
        slot = self._find(SLOT_DEVICE)
        return None if slot is None else slot.slot_id

    @property
    def format(self) -> int:
        """The file format this vault is saved in (1 until it has its sealing pair)."""
        return FORMAT if self._sealing is not None else LEGACY_FORMAT

    def public_key(self) -> bytes | None:
        """The X25519 public key readings are sealed to while locked (None before migration)."""
        return None if self._sealing is None else self._sealing.public

    def sealing_key(self, data_key: bytes) -> bytes:
        """The private half of the sealing pair (raw X25519), unwrapped with the data key."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.check_data_key(data_key)
        sealing = self._sealing
        if sealing is None:
            raise WrongKey("this journal has no sealing key yet")
        ad = sealing_ad(self.vault_id, sealing.public)
        try:
            return AESGCM(data_key).decrypt(sealing.nonce, sealing.wrapped, ad)
        except InvalidTag:
            raise Damaged("the vault file is damaged") from None

    def ensure_sealing(self, data_key: bytes) -> bool:
        """Migrate a format-1 vault: add the sealing pair and save as format 2. True if it did.

        Slots are untouched (their associated data names the format they were made in)."""
        if self._sealing is not None:
            return False
        self.check_data_key(data_key)
        self._sealing = self._new_sealing(data_key)
        try:
            self.save()
        except BaseException:
            self._sealing = None
            raise
        return True

    def check_data_key(self, data_key: bytes) -> None:
        """WrongKey unless ``data_key`` is this vault's data key."""
        _check_data_key(data_key)
        if not hmac.compare_digest(_key_check(data_key, self.vault_id), self._key_check):
            raise WrongKey("the key does not belong to this journal")

    # ----- unlocking ------------------------------------------------------------------------

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self._find(SLOT_PASSPHRASE)
        if slot is None or slot.kdf is None:
            raise WrongKey("this journal has no passphrase")
        return self._unwrap(slot, _argon2id(_passphrase_bytes(passphrase), slot.salt, slot.kdf))

    def unlock_with_recovery_code(self, code: str) -> bytes:
        slot = self._find(SLOT_RECOVERY)
        if slot is None or slot.kdf is None:
            raise WrongKey("this journal has no recovery code")
        secret = normalize_recovery_code(code).replace("-", "").encode("ascii")
        return self._unwrap(slot, _argon2id(secret, slot.salt, slot.kdf))

    def unlock_with_device_key(self, device_key: bytes) -> bytes:
        slot = self._find(SLOT_DEVICE)
        if slot is None:
            raise WrongKey("this journal has no device key")
        return self._unwrap(slot, _hkdf(device_key, slot.salt, _DEVICE_INFO))

    # ----- changing slots (each saves; the database is untouched) ---------------------------

    def set_passphrase(
        self, data_key: bytes, passphrase: str, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        """Add or replace the passphrase slot."""
        self.check_data_key(data_key)
        slot = self._passphrase_slot(data_key, passphrase, kdf)
        self._commit([s for s in self._slots if s.kind != SLOT_PASSPHRASE] + [slot])

    def remove_passphrase(self, data_key: bytes) -> None:
        """Drop the passphrase slot; allowed only while a device slot can still open the vault."""
        self.check_data_key(data_key)
        if not self.has_device_slot():
            raise ValueError("the passphrase is the only everyday way in; it cannot be removed")
        self._commit([s for s in self._slots if s.kind != SLOT_PASSPHRASE])

    def new_recovery_code(self, data_key: bytes) -> str:
        """Replace the recovery slot; the old code stops working. Returns the new code."""
        self.check_data_key(data_key)
        code = generate_recovery_code()
        slot = self._recovery_slot(data_key, code)
        self._commit([s for s in self._slots if s.kind != SLOT_RECOVERY] + [slot])
        return code

    def add_device_slot(self, data_key: bytes, device_key: bytes) -> None:
        """Add or replace the device slot (the key itself lives in the OS keyring)."""
        self.commit_device_slot(self.prepare_device_slot(data_key, device_key))

    def prepare_device_slot(self, data_key: bytes, device_key: bytes) -> Slot:
        """A device slot and its id, not yet saved: the key can be put in the keyring under an
        account naming this slot first, and the slot saved only once the keyring has it."""
        self.check_data_key(data_key)
        return self._device_slot(data_key, device_key)

    def commit_device_slot(self, slot: Slot) -> None:
        """Save a slot from :meth:`prepare_device_slot`, replacing any device slot."""
        if slot.kind != SLOT_DEVICE:
            raise ValueError("not a device slot")
        self._commit([s for s in self._slots if s.kind != SLOT_DEVICE] + [slot])

    def remove_device_slot(self) -> None:
        """Drop the device slot. Refused when nothing else could open the vault."""
        if not self.has_passphrase() and not self.has_recovery_code():
            raise ValueError("the device key is the only way in; it cannot be removed")
        self._commit([s for s in self._slots if s.kind != SLOT_DEVICE])

    # ----- internals ------------------------------------------------------------------------

    def _find(self, kind: str) -> Slot | None:
        return next((s for s in self._slots if s.kind == kind), None)

    def _body(self, slots: list[Slot]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "magic": MAGIC,
            "format": self.format,
            "vault_id": self.vault_id,
            "key_check": b64(self._key_check),
            "slots": [s.to_json() for s in slots],
        }
        if self._sealing is not None:
            body["sealing"] = self._sealing.to_json()
        return body

    def _new_sealing(self, data_key: bytes) -> Sealing:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from companion.storage.vaultformat import new_key_pair

        private, public = new_key_pair()
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapped = AESGCM(data_key).encrypt(nonce, private, sealing_ad(self.vault_id, public))
        return Sealing(public=public, nonce=nonce, wrapped=wrapped)

    def _commit(self, slots: list[Slot]) -> None:
        """Save with the new slots first; memory changes only once the file is on disk."""
        previous = self._slots
        self._slots = slots
        try:
            self.save()
        except BaseException:
            self._slots = previous
            raise

    def _wrap(
        self, data_key: bytes, kind: str, kdf: KdfParams | None, wrap_key: bytes, salt: bytes
    ) -> Slot:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot_id = secrets.token_hex(8)
        nonce = secrets.token_bytes(NONCE_BYTES)
        ad = slot_ad(self.vault_id, slot_id, kind, kdf, salt)
        wrapped = AESGCM(wrap_key).encrypt(nonce, data_key, ad)
        return Slot(slot_id=slot_id, kind=kind, kdf=kdf, salt=salt, nonce=nonce, wrapped=wrapped)

    def _unwrap(self, slot: Slot, wrap_key: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        ad = slot_ad(self.vault_id, slot.slot_id, slot.kind, slot.kdf, slot.salt)
        try:
            data_key = AESGCM(wrap_key).decrypt(slot.nonce, slot.wrapped, ad)
        except InvalidTag:
            raise WrongKey("the secret does not open this journal") from None
        if not hmac.compare_digest(_key_check(data_key, self.vault_id), self._key_check):
            raise Damaged("the vault file is damaged")
        return data_key

    def _passphrase_slot(self, data_key: bytes, passphrase: str, kdf: KdfParams) -> Slot:
        if not passphrase:
            raise ValueError("the passphrase is empty")
        if not kdf.meets_minimum(MINIMUM_KDF) or not kdf.within_maximum():
            raise ValueError("key-derivation parameters outside the accepted range")
        salt = secrets.token_bytes(SALT_BYTES)
        wrap_key = _argon2id(_passphrase_bytes(passphrase), salt, kdf)
        return self._wrap(data_key, SLOT_PASSPHRASE, kdf, wrap_key, salt)

    def _recovery_slot(self, data_key: bytes, code: str) -> Slot:
        salt = secrets.token_bytes(SALT_BYTES)
        secret = normalize_recovery_code(code).replace("-", "").encode("ascii")
        wrap_key = _argon2id(secret, salt, RECOVERY_KDF)
        return self._wrap(data_key, SLOT_RECOVERY, RECOVERY_KDF, wrap_key, salt)

    def _device_slot(self, data_key: bytes, device_key: bytes) -> Slot:
        if len(device_key) != DATA_KEY_BYTES:
            raise ValueError("the device key must be 32 bytes")
        salt = secrets.token_bytes(SALT_BYTES)
        wrap_key = _hkdf(device_key, salt, _DEVICE_INFO)
        return self._wrap(data_key, SLOT_DEVICE, None, wrap_key, salt)


def _check_data_key(data_key: bytes) -> None:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
