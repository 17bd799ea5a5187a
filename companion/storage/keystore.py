"""The device key in the OS keyring ("Unlock automatically on this computer").

Every keyring call runs in a daemon worker thread with a timeout: a locked Secret Service can
block forever, and the caller must be able to fall back to the passphrase. Any failure
(timeout, locked, no secure backend, missing entry, backend error) is KeyringUnavailable.
Only backends that keep secrets in an OS store are used; plaintext or file backends are not.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from companion.storage.errors import KeyringUnavailable

SERVICE = "org.companionapp.Companion"
DEFAULT_TIMEOUT = 3.0
DEVICE_KEY_BYTES = 32

# Modules whose backends do not protect secrets (or store nothing at all).
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

T = TypeVar("T")


def secure_backend(timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The name of the secure keyring backend Companion would use, or None if there is none."""
    try:
        return _run(lambda: _backend_name(_pick_backend()), timeout)
    except KeyringUnavailable:
        return None


def account(vault_id: str, key_id: str | None) -> str:
    """The keyring account of one device key: the vault id and the key's own id (its slot's),
    so a late write of an older key lands beside the newer one and can never replace it.
    ``key_id=None`` is the account of journals made before keys had ids: the vault id."""
    return vault_id if key_id is None else f"{vault_id}.device-{key_id}"


def store_device_key(
    vault_id: str, key: bytes, timeout: float = DEFAULT_TIMEOUT, *, key_id: str | None = None
) -> None:
    """Keep the device key for ``vault_id`` under its own account; it is read back to prove
    the store worked."""
    if len(key) != DEVICE_KEY_BYTES:
        raise ValueError("the device key must be 32 bytes")
    encoded = base64.b64encode(key).decode("ascii")
    name = account(vault_id, key_id)

    def work() -> None:
        backend = _require_backend()
        backend.set_password(SERVICE, name, encoded)
        if backend.get_password(SERVICE, name) != encoded:
            raise KeyringUnavailable("the keyring did not keep the key")

    _run(work, timeout)


def load_device_key(
    vault_id: str, timeout: float = DEFAULT_TIMEOUT, *, key_id: str | None = None
) -> bytes:
    """The device key for ``vault_id`` and ``key_id``; a journal from before keys had ids
    keeps it under the vault id alone, which is read next (the caller moves it once it has
    opened the vault, see :func:`settle_device_key`). A missing or unreadable entry is
    KeyringUnavailable."""

    def work() -> str | None:
        backend = _require_backend()
        for name in dict.fromkeys((account(vault_id, key_id), account(vault_id, None))):
            value = backend.get_password(SERVICE, name)
            if isinstance(value, str):
                return value
        return None

    value = _run(work, timeout)
    if value is None:
        raise KeyringUnavailable("no device key is stored for this journal")
    try:
        key = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyringUnavailable("the stored device key is unreadable") from None
    if len(key) != DEVICE_KEY_BYTES:
        raise KeyringUnavailable("the stored device key is unreadable")
    return key


def settle_device_key(
    vault_id: str, key: bytes, key_id: str, timeout: float = DEFAULT_TIMEOUT
) -> None:
    """After ``key`` opened the vault: make sure it is under its own account (written and
    read back), then drop the old account's entry, so journals made before keys had ids
    move over on their first device unlock."""
    encoded = base64.b64encode(key).decode("ascii")
    own, legacy = account(vault_id, key_id), account(vault_id, None)

    def work() -> None:
        backend = _require_backend()
        if backend.get_password(SERVICE, own) != encoded:
            backend.set_password(SERVICE, own, encoded)
            if backend.get_password(SERVICE, own) != encoded:
                raise KeyringUnavailable("the keyring did not keep the key")
        if backend.get_password(SERVICE, legacy) is not None:
            backend.delete_password(SERVICE, legacy)

    _run(work, timeout)


def delete_device_key(
    vault_id: str, timeout: float = DEFAULT_TIMEOUT, *, key_id: str | None = None
) -> None:
    """Forget the device key ``key_id`` of ``vault_id`` (and any under the old account).
    Deleting a missing entry is not an error."""

    def work() -> None:
        from keyring.errors import PasswordDeleteError

        backend = _require_backend()
        for name in dict.fromkeys((account(vault_id, key_id), account(vault_id, None))):
            try:
                backend.delete_password(SERVICE, name)
            except PasswordDeleteError:
                if backend.get_password(SERVICE, name) is not None:
                    raise

    _run(work, timeout)


def _run(work: Callable[[], T], timeout: float) -> T:
    """Run ``work`` in a daemon thread; give up after ``timeout`` seconds.

    A hung call keeps its thread (Python cannot kill it) but never blocks the caller or the
    interpreter's exit, since the thread is a daemon.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # reported to the caller below, never lost
            box["error"] = exc

    thread = threading.Thread(target=target, name="companion-keyring", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise KeyringUnavailable("the keyring did not answer in time")
    if "error" in box:
        if isinstance(box["error"], KeyringUnavailable):
            raise KeyringUnavailable(str(box["error"])) from None
        raise KeyringUnavailable("the keyring failed") from None
    value: T = box["value"]
    return value


def _require_backend() -> Any:
    backend = _pick_backend()
    if backend is None:
        raise KeyringUnavailable("no secure keyring is available")
    return backend


def _pick_backend() -> Any | None:
    """The active backend if it is secure; for a chainer, its best secure member."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    active = keyring.get_keyring()
    if isinstance(active, ChainerBackend):
        return next((b for b in active.backends if _is_secure(b)), None)
    return active if _is_secure(active) else None


def _is_secure(backend: Any) -> bool:
    module = type(backend).__module__
    if any(module == p or module.startswith(p + ".") for p in _INSECURE_MODULE_PREFIXES):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend may raise here when it is not usable
        return False
    return priority >= 1


def _backend_name(backend: Any | None) -> str | None:
    if backend is None:
        return None
    name = getattr(backend, "name", None)
    return name if isinstance(name, str) and name else type(backend).__name__
