"""The exchange's files, sealed: encrypted and authenticated with the journal's exchange key,
bound to the journal, the writing computer and its file number, and signed by that computer.

Layout::

    MAGIC (16) | header length (4, big-endian) | header (canonical JSON)
    | AES-256-GCM ciphertext of the body (AAD: everything before it) | Ed25519 signature (64)

The header names the journal (a tag derived from its id), the computer, the kind of file, its
number and the key epoch; it holds no family data. The AES key is HKDF-SHA256 of the epoch key
with the journal id and the file kind, so a file from another journal, or moved to another
name, does not open. A key for a new epoch is wrapped to each remaining computer's X25519 key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"COMPANION-SYNC\x00\x01"
_PREFIX = struct.Struct(">16sI")
_SIGNATURE = 64
_NONCE = 12
_MAX_HEADER = 64 * 1024
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


class Refused(Exception):
    """A file that must not be applied; the message is a plain sentence for the family."""


@dataclass(frozen=True)
class Header:
    journal: str
    device: str
    kind: str
    seq: int
    epoch: tuple[int, str]
    extra: dict[str, Any]


def journal_tag(journal_id: str) -> str:
    """The journal's name in the folder: not its id, nothing the family typed."""
    return hashlib.sha256(b"companion sync journal\x00" + journal_id.encode()).hexdigest()[:16]


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def first_epoch_key(data_key: bytes, journal_id: str) -> bytes:
    """Epoch 0's key: every computer holding the journal's data key can derive it."""
    return _hkdf(data_key, journal_id.encode(), b"companion sync epoch 0")


def new_signing_key() -> tuple[bytes, bytes]:
    """(private, public) raw Ed25519 keys for a computer."""
    private = Ed25519PrivateKey.generate()
    return (
        private.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION),
        private.public_key().public_bytes(_RAW, _RAW_PUBLIC),
    )


def new_box_key() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys a new epoch key is wrapped to."""
    private = X25519PrivateKey.generate()
    return (
        private.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION),
        private.public_key().public_bytes(_RAW, _RAW_PUBLIC),
    )


def public_signing_key(private: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUBLIC)
    )


def public_box_key(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUBLIC)


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def _file_key(epoch_key: bytes, journal_id: str, kind: str) -> bytes:
    return _hkdf(epoch_key, journal_id.encode(), b"companion sync file\x00" + kind.encode())


def seal(
    body: object,
    *,
    journal_id: str,
    device: str,
    kind: str,
    seq: int,
    epoch: tuple[int, str],
    epoch_key: bytes,
    sign_key: bytes,
    extra: dict[str, Any] | None = None,
) -> bytes:
    """One sealed file holding ``body`` (JSON), compressed, encrypted and signed."""
    header = {
        "journal": journal_tag(journal_id),
        "device": device,
        "kind": kind,
        "seq": seq,
        "epoch": [epoch[0], epoch[1]],
        "nonce": base64.b64encode(os.urandom(_NONCE)).decode(),
        "extra": extra or {},
    }
    header_bytes = _canonical(header)
    prefix = _PREFIX.pack(MAGIC, len(header_bytes)) + header_bytes
    plain = zlib.compress(_canonical(body), 6)
    nonce = base64.b64decode(header["nonce"])  # type: ignore[arg-type]
    sealed = prefix + AESGCM(_file_key(epoch_key, journal_id, kind)).encrypt(nonce, plain, prefix)
    signature = Ed25519PrivateKey.from_private_bytes(sign_key).sign(sealed)
    return sealed + signature


def read_header(data: bytes) -> Header:
    """The header, checked for shape only (nothing is trusted before :func:`unseal`)."""
    if len(data) < _PREFIX.size + _SIGNATURE:
        raise Refused("the file is cut short")
    magic, length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise Refused("the file is not a Companion change file")
    if length > _MAX_HEADER or _PREFIX.size + length + _SIGNATURE > len(data):
        raise Refused("the file is cut short")
    try:
        raw = json.loads(data[_PREFIX.size : _PREFIX.size + length])
        epoch = raw["epoch"]
        return Header(
            journal=str(raw["journal"]),
            device=str(raw["device"]),
            kind=str(raw["kind"]),
            seq=int(raw["seq"]),
            epoch=(int(epoch[0]), str(epoch[1])),
            extra=dict(raw.get("extra") or {}),
        )
    except (ValueError, KeyError, TypeError, IndexError):
        raise Refused("the file is damaged") from None


def verify(data: bytes, sign_pub: bytes) -> None:
    """Check the signature; Refused when the file was changed or signed by someone else."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_pub).verify(data[-_SIGNATURE:], data[:-_SIGNATURE])
    except (InvalidSignature, ValueError):
        raise Refused("the file was changed after it was written") from None


def open_body(data: bytes, *, journal_id: str, kind: str, epoch_key: bytes) -> Any:
    """Decrypt and decompress the body (call :func:`verify` first)."""
    _magic, length = _PREFIX.unpack_from(data)
    prefix = data[: _PREFIX.size + length]
    header = json.loads(data[_PREFIX.size : _PREFIX.size + length])
    nonce = base64.b64decode(header["nonce"])
    try:
        plain = AESGCM(_file_key(epoch_key, journal_id, kind)).decrypt(
            nonce, data[len(prefix) : -_SIGNATURE], prefix
        )
        return json.loads(zlib.decompress(plain))
    except (InvalidTag, ValueError, zlib.error):
        raise Refused("the file was changed after it was written") from None


def wrap_key(key: bytes, recipient_box_pub: bytes, context: bytes) -> str:
    """``key`` sealed to one computer's X25519 key (an ephemeral key pair per wrap)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box_pub))
    eph_pub = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    wrap = _hkdf(shared, eph_pub + recipient_box_pub, b"companion sync wrap\x00" + context)
    nonce = os.urandom(_NONCE)
    sealed = AESGCM(wrap).encrypt(nonce, key, context)
    return base64.b64encode(eph_pub + nonce + sealed).decode()


def unwrap_key(wrapped: str, box_key: bytes, context: bytes) -> bytes:
    try:
        raw = base64.b64decode(wrapped)
        eph_pub, nonce, sealed = raw[:32], raw[32 : 32 + _NONCE], raw[32 + _NONCE :]
        private = X25519PrivateKey.from_private_bytes(box_key)
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        own_pub = private.public_key().public_bytes(_RAW, _RAW_PUBLIC)
        wrap = _hkdf(shared, eph_pub + own_pub, b"companion sync wrap\x00" + context)
        return AESGCM(wrap).decrypt(nonce, sealed, context)
    except (InvalidTag, ValueError):
        raise Refused("the new key could not be opened on this computer") from None
