"""The vault file format: canonical JSON, strict validation, slot associated data, the
recovery code's alphabet, and the sealed box readings taken while locked are kept in.

Everything read from disk is checked here (types, exact keys, lengths, canonical encoding,
checksum, KDF bounds) so the rest of the code can trust a parsed vault. Any problem is
Damaged (WeakParameters for KDF settings below the minimum, NewerSchema for a later format);
no other exception type leaves this module for bad input.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.storage.errors import (
    Damaged,
    NewerSchema,
    WeakParameters,
    WrongKey,
    from_os_error,
)

MAGIC = "companion-vault"
#: Format 2 adds the sealing key pair (readings taken while the journal is locked are sealed
#: to its public half). Format 1 files still load; they gain the pair at their next unlock.
FORMAT = 2
LEGACY_FORMAT = 1
#: The format named in every slot's associated data: the one slots were first written in, so
#: a slot made by a format-1 vault opens unchanged in a format-2 file.
SLOT_AD_FORMAT = 1
MAX_FILE_BYTES = 64 * 1024

SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
SLOT_DEVICE = "device"
KDF_ARGON2ID = "argon2id"
KDF_HKDF = "hkdf-sha256"
_SLOT_KDF = {SLOT_PASSPHRASE: KDF_ARGON2ID, SLOT_RECOVERY: KDF_ARGON2ID, SLOT_DEVICE: KDF_HKDF}

_BODY_KEYS = {"magic", "format", "vault_id", "key_check", "slots"}
_BODY_KEYS_BY_FORMAT = {LEGACY_FORMAT: _BODY_KEYS, FORMAT: _BODY_KEYS | {"sealing"}}
_SEALING_KEYS = {"public", "nonce", "wrapped"}
_SLOT_KEYS = {"id", "kind", "kdf", "nonce", "wrapped"}
_ARGON_KEYS = {"name", "memory_kib", "iterations", "lanes", "salt"}
_HKDF_KEYS = {"name", "salt"}


# No 0/O, 1/I/L: nothing to confuse when reading aloud or copying from paper.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4

#: A sealed box: magic, the sender's one-time X25519 public key, the AES-GCM nonce, then the
#: ciphertext with its 16-byte tag.
SEAL_MAGIC = b"companion-sealed-1\n"
_SEAL_INFO = b"companion sealed box v1"
_SEAL_OVERHEAD = len(SEAL_MAGIC) + 32 + 12 + 16


def generate_recovery_code() -> str:
    """A random code like ``ABCD-EFGH-...`` (8 groups of 4, about 158 bits)."""
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return _group(chars)


def normalize_recovery_code(text: str) -> str:
    """Canonical grouped form of a typed code; case, spaces and dashes do not matter.

    Raises WrongKey when the text cannot be a recovery code (wrong length or letters).
    """
    compact = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    if len(compact) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
        ch not in RECOVERY_ALPHABET for ch in compact
    ):
        raise WrongKey("that is not a recovery code")
    return _group(compact)


def _group(compact: str) -> str:
    size = RECOVERY_GROUP_LEN
    return "-".join(compact[i : i + size] for i in range(0, len(compact), size))


# ----- sealed boxes ---------------------------------------------------------------------------


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 pair as raw bytes: (private, public)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    salt = ephemeral + recipient  # both public keys: the key is bound to this exchange
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_SEAL_INFO).derive(shared)


def seal(recipient: bytes, plaintext: bytes, ad: bytes) -> bytes:
    """Encrypt to ``recipient`` (X25519 public key): only its private key opens the box.

    ``cryptography`` has no sealed box, so: a one-time key pair, X25519 key agreement with the
    recipient, HKDF-SHA256 over the shared secret (salted with both public keys), AES-256-GCM
    with ``ad`` (what the box must belong to) as associated data. The one-time private key is
    dropped at once: not even the sender can open the box afterwards.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    one_time = X25519PrivateKey.generate()
    ephemeral = one_time.public_key().public_bytes_raw()
    shared = one_time.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = secrets.token_bytes(12)
    box = AESGCM(_box_key(shared, ephemeral, recipient)).encrypt(nonce, plaintext, ad)
    return SEAL_MAGIC + ephemeral + nonce + box


def unseal(private: bytes, blob: bytes, ad: bytes) -> bytes:
    """Open a box from :func:`seal`. A changed, cut or foreign box is Damaged."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(blob) < _SEAL_OVERHEAD or not blob.startswith(SEAL_MAGIC):
        raise Damaged("the sealed file is damaged")
    start = len(SEAL_MAGIC)
    ephemeral, nonce = blob[start : start + 32], blob[start + 32 : start + 44]
    key = X25519PrivateKey.from_private_bytes(private)
    recipient = key.public_key().public_bytes_raw()
    try:
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        aead = AESGCM(_box_key(shared, ephemeral, recipient))
        return aead.decrypt(nonce, blob[start + 44 :], ad)
    except (InvalidTag, ValueError):
        raise Damaged("the sealed file is damaged") from None


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings: memory in KiB, passes over memory, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def meets_minimum(self, minimum: KdfParams) -> bool:
        return (
            self.memory_kib >= minimum.memory_kib
            and self.iterations >= minimum.iterations
            and self.lanes >= minimum.lanes
        )

    def within_maximum(self) -> bool:
        """Upper bounds, so a crafted file cannot make unlocking eat all memory or time."""
        return (
            self.memory_kib <= MAXIMUM_KDF.memory_kib
            and self.iterations <= MAXIMUM_KDF.iterations
            and self.lanes <= MAXIMUM_KDF.lanes
            and self.memory_kib >= 8 * self.lanes
        )


# OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, t=2, p=1.
MINIMUM_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
MAXIMUM_KDF = KdfParams(memory_kib=2 * 1024 * 1024, iterations=64, lanes=64)


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    slot_id: str
    kind: str
    kdf: KdfParams | None  # None for the device slot (HKDF of a random key)
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "kdf": kdf_json(self.kdf, self.salt),
            "nonce": b64(self.nonce),
            "wrapped": b64(self.wrapped),
        }


@dataclass(frozen=True)
class Sealing:
    """The journal's X25519 key pair: the public half in the clear (anyone may seal to it),
    the private half wrapped with AES-256-GCM under the data key."""

    public: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"public": b64(self.public), "nonce": b64(self.nonce), "wrapped": b64(self.wrapped)}


#: A parsed vault: its id, key check, slots and sealing pair (None in a format-1 file).
Parsed = tuple[str, bytes, list[Slot], Sealing | None]


def canonical(obj: object) -> bytes:
    """One byte string per value: sorted keys, no spaces, ASCII only."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def kdf_json(kdf: KdfParams | None, salt: bytes) -> dict[str, Any]:
    if kdf is None:
        return {"name": KDF_HKDF, "salt": b64(salt)}
    return {
        "name": KDF_ARGON2ID,
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": b64(salt),
    }


def slot_ad(vault_id: str, slot_id: str, kind: str, kdf: KdfParams | None, salt: bytes) -> bytes:
    """Associated data for a slot's AES-GCM: changing any of these makes the slot fail."""
    return canonical(
        {
            "magic": MAGIC,
            "format": SLOT_AD_FORMAT,
            "vault_id": vault_id,
            "slot_id": slot_id,
            "kind": kind,
            "kdf": kdf_json(kdf, salt),
        }
    )


def sealing_ad(vault_id: str, public: bytes) -> bytes:
    """Associated data of the wrapped private key: it belongs to this vault and public key."""
    return canonical({"magic": MAGIC, "vault_id": vault_id, "sealing": b64(public)})


def read_limited(path: Path) -> bytes:
    """Read a vault file, refusing anything larger than a vault could be."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise from_os_error(exc) from None
    if len(raw) > MAX_FILE_BYTES:
        raise Damaged("the vault file is damaged")
    return raw


def parse_vault(raw: bytes) -> Parsed:
    """Validate a whole vault file; returns (vault id, key check, slots, sealing pair)."""
    try:
        doc = json.loads(raw.decode("ascii"))
    except (ValueError, RecursionError):
        raise Damaged("the vault file is damaged") from None
    if not isinstance(doc, dict) or not _checksum_holds(doc, raw):
        raise Damaged("the vault file is damaged")  # before the format: a flipped digit too
    doc = _check_header(doc)
    if set(doc) != _BODY_KEYS_BY_FORMAT[doc["format"]] | {"checksum"}:
        raise Damaged("the vault file is damaged")
    return _parse_body({k: v for k, v in doc.items() if k != "checksum"})


def _checksum_holds(doc: dict[str, Any], raw: bytes) -> bool:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    try:
        same = canonical(doc) == raw
        expected = hashlib.sha256(canonical(body)).hexdigest()
    except (ValueError, TypeError, RecursionError):
        return False
    return same and doc.get("checksum") == expected


def parse_export(exported: object) -> Parsed:
    """Validate slots exported into a backup header (no checksum of their own)."""
    body = _check_header(exported)
    if set(body) != _BODY_KEYS_BY_FORMAT[body["format"]]:
        raise Damaged("the backup file is damaged")
    return _parse_body(body)


def _check_header(doc: object) -> dict[str, Any]:
    """Magic and format first, so a later format is reported as such, not as damage."""
    if not isinstance(doc, dict) or doc.get("magic") != MAGIC:
        raise Damaged("the vault file is damaged")
    fmt = doc.get("format")
    if type(fmt) is int and fmt > FORMAT:
        raise NewerSchema("the vault was written by a newer version of Companion")
    if type(fmt) is not int or fmt not in _BODY_KEYS_BY_FORMAT:
        raise Damaged("the vault file is damaged")
    return doc


def _parse_body(body: dict[str, Any]) -> Parsed:
    vault_id = _uuid(body["vault_id"])
    key_check = _bytes(body["key_check"], 32)
    items = body["slots"]
    if not isinstance(items, list) or not 1 <= len(items) <= len(_SLOT_KDF):
        raise Damaged("the vault file is damaged")
    slots = [_parse_slot(item) for item in items]
    if len({s.kind for s in slots}) != len(slots) or len({s.slot_id for s in slots}) != len(slots):
        raise Damaged("the vault file is damaged")
    for slot in slots:
        if slot.kdf is not None and not slot.kdf.meets_minimum(MINIMUM_KDF):
            raise WeakParameters("the vault's key-derivation settings are too weak")
    sealing = _parse_sealing(body["sealing"]) if "sealing" in body else None
    return vault_id, key_check, slots, sealing


def _parse_sealing(item: object) -> Sealing:
    if not isinstance(item, dict) or set(item) != _SEALING_KEYS:
        raise Damaged("the vault file is damaged")
    return Sealing(
        public=_bytes(item["public"], 32),
        nonce=_bytes(item["nonce"], 12),
        wrapped=_bytes(item["wrapped"], 48),
    )


def _parse_slot(item: object) -> Slot:
    if not isinstance(item, dict) or set(item) != _SLOT_KEYS:
        raise Damaged("the vault file is damaged")
    kind = item["kind"]
    if not isinstance(kind, str) or kind not in _SLOT_KDF:
        raise Damaged("the vault file is damaged")
    slot_id = item["id"]
    if not isinstance(slot_id, str) or len(slot_id) != 16 or not _is_hex(slot_id):
        raise Damaged("the vault file is damaged")
    kdf_doc = item["kdf"]
    if not isinstance(kdf_doc, dict) or kdf_doc.get("name") != _SLOT_KDF[kind]:
        raise Damaged("the vault file is damaged")
    kdf: KdfParams | None = None
    if kdf_doc["name"] == KDF_ARGON2ID:
        if set(kdf_doc) != _ARGON_KEYS:
            raise Damaged("the vault file is damaged")
        numbers = [kdf_doc["memory_kib"], kdf_doc["iterations"], kdf_doc["lanes"]]
        if any(type(n) is not int or n < 1 for n in numbers):
            raise Damaged("the vault file is damaged")
        kdf = KdfParams(memory_kib=numbers[0], iterations=numbers[1], lanes=numbers[2])
        if not kdf.within_maximum():
            raise Damaged("the vault file is damaged")
    elif set(kdf_doc) != _HKDF_KEYS:
        raise Damaged("the vault file is damaged")
    return Slot(
        slot_id=slot_id,
        kind=kind,
        kdf=kdf,
        salt=_bytes(kdf_doc["salt"], 16),
        nonce=_bytes(item["nonce"], 12),
        wrapped=_bytes(item["wrapped"], 48),
    )


def _is_hex(text: str) -> bool:
    return all(ch in "0123456789abcdef" for ch in text)


def _uuid(value: object) -> str:
    if not isinstance(value, str):
        raise Damaged("the vault file is damaged")
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise Damaged("the vault file is damaged") from None
    if str(parsed) != value:
        raise Damaged("the vault file is damaged")
    return value


def _bytes(value: object, length: int) -> bytes:
    """Strict base64 of exactly ``length`` bytes, in its one canonical spelling."""
    if not isinstance(value, str) or not value.isascii():
        raise Damaged("the vault file is damaged")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Damaged("the vault file is damaged") from None
    if len(data) != length or b64(data) != value:
        raise Damaged("the vault file is damaged")
    return data
