"""The journal's keys: passphrase, recovery code and the device key kept in the OS keyring.

One part of the :class:`companion.journal.Journal` facade. The data key never changes; these
re-wrap it in the vault, so the database bytes stay as they are.
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.storage.errors import KeyringUnavailable, WrongKey

if TYPE_CHECKING:
    from companion.storage.vault import KdfParams, Vault

#: The open journal's vault and data key (Locked once it is closed).
Unlocked = Callable[[], "tuple[Vault, bytes]"]


class Keys:
    def __init__(self, unlocked: Unlocked, kdf: KdfParams | None) -> None:
        self._unlocked = unlocked
        self._kdf = kdf

    @property
    def has_passphrase(self) -> bool:
        return self._unlocked()[0].has_passphrase()

    @property
    def device_unlock_enabled(self) -> bool:
        return self._unlocked()[0].has_device_slot()

    def change_passphrase(self, old: str | None, new: str) -> None:
        """Re-wrap the data key under a new passphrase; the database bytes do not change.

        ``old`` must be the current passphrase (WrongKey otherwise); it may be None only for
        a journal that has none yet (device unlock only).
        """
        from companion.storage.vault import DEFAULT_KDF

        vault, key = self._unlocked()
        if not new.strip():
            raise ValueError("the passphrase must not be empty")
        needs_old = old is not None or vault.has_passphrase()
        if needs_old and (
            old is None or not hmac.compare_digest(vault.unlock_with_passphrase(old), key)
        ):
            raise WrongKey("the current passphrase is not right")
        vault.set_passphrase(key, new, self._kdf or DEFAULT_KDF)

    def new_recovery_code(self) -> str:
        """Replace the recovery code (the old one stops working); show the new one once."""
        vault, key = self._unlocked()
        return vault.new_recovery_code(key)

    def enable_device_unlock(self) -> None:
        """Keep a device key in the OS keyring so this computer unlocks without typing."""
        from companion.storage import keystore

        vault, key = self._unlocked()
        if keystore.secure_backend() is None:
            raise KeyringUnavailable("no secure keyring is available")
        device_key = secrets.token_bytes(keystore.DEVICE_KEY_BYTES)
        old_id = vault.device_slot_id()
        # The key first, under an account naming its own new slot, then the slot: a keyring
        # that hangs or fails changes nothing in the journal, and a late write of an earlier
        # key (one that answered after its timeout) lands in its own account, never this one.
        slot = vault.prepare_device_slot(key, device_key)
        keystore.store_device_key(vault.vault_id, device_key, key_id=slot.slot_id)
        vault.commit_device_slot(slot)
        if old_id is not None:
            with contextlib.suppress(KeyringUnavailable):
                keystore.delete_device_key(vault.vault_id, key_id=old_id)

    def disable_device_unlock(self) -> None:
        """Remove the device slot; the key left in the keyring then opens nothing."""
        from companion.storage import keystore

        vault, _key = self._unlocked()
        slot_id = vault.device_slot_id()
        vault.remove_device_slot()
        # The slot is gone, so a key left in a failing keyring unwraps nothing.
        with contextlib.suppress(KeyringUnavailable):
            keystore.delete_device_key(vault.vault_id, key_id=slot_id)
