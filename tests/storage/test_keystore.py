"""The device key in the keyring: never blocks, never trusts an insecure backend."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from companion.storage import keystore
from companion.storage.errors import KeyringUnavailable
from companion.storage.vault import MINIMUM_KDF, Vault, generate_data_key
from tests.support.memkeyring import MemoryKeyring

VAULT_ID = "6f1c2a9e-8d43-4b1a-9c0e-2f7d5b3a1e44"
KEY = bytes(range(32))


@pytest.fixture
def released(memory_keyring: MemoryKeyring) -> Iterator[MemoryKeyring]:
    """Let hung keyring threads finish when the test ends."""
    try:
        yield memory_keyring
    finally:
        memory_keyring.release.set()


class PlaintextFileKeyring(KeyringBackend):
    """Looks like keyrings.alt's plaintext backend: high priority, but not a secure store."""

    priority = 5

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("an insecure backend must never receive the key")

    def delete_password(self, service: str, username: str) -> None:
        return None


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


def test_store_load_delete_roundtrip(memory_keyring: MemoryKeyring) -> None:
    keystore.store_device_key(VAULT_ID, KEY)
    assert (keystore.SERVICE, VAULT_ID) in memory_keyring.store
    assert KEY.hex() not in str(memory_keyring.store)  # kept encoded, never hex in logs either
    assert keystore.load_device_key(VAULT_ID) == KEY
    keystore.delete_device_key(VAULT_ID)
    assert memory_keyring.store == {}
    keystore.delete_device_key(VAULT_ID)  # deleting twice is fine
    with pytest.raises(KeyringUnavailable):
        keystore.load_device_key(VAULT_ID)


def test_secure_backend_is_named(memory_keyring: MemoryKeyring) -> None:
    assert keystore.secure_backend() == memory_keyring.name


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextFileKeyring()])
def test_insecure_backends_are_refused(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    assert keystore.secure_backend() is None
    with pytest.raises(KeyringUnavailable):
        keystore.store_device_key(VAULT_ID, KEY)
    with pytest.raises(KeyringUnavailable):
        keystore.load_device_key(VAULT_ID)


def test_chainer_uses_its_secure_member(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextFileKeyring(), memory_keyring])
    keyring.set_keyring(ChainerBackend())
    assert keystore.secure_backend() == memory_keyring.name
    keystore.store_device_key(VAULT_ID, KEY)
    assert keystore.load_device_key(VAULT_ID) == KEY


def test_chainer_of_insecure_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextFileKeyring(), null.Keyring()])
    keyring.set_keyring(ChainerBackend())
    assert keystore.secure_backend() is None


@pytest.mark.parametrize("mode", ["locked", "raise"])
def test_failing_keyring_is_unavailable(memory_keyring: MemoryKeyring, mode: str) -> None:
    keystore.store_device_key(VAULT_ID, KEY)
    memory_keyring.mode = mode
    with pytest.raises(KeyringUnavailable) as caught:
        keystore.load_device_key(VAULT_ID)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(KeyringUnavailable):
        keystore.store_device_key(VAULT_ID, KEY)
    with pytest.raises(KeyringUnavailable):
        keystore.delete_device_key(VAULT_ID)
    assert keystore.secure_backend() == memory_keyring.name  # probing needs no keyring call


def test_hanging_keyring_times_out(released: MemoryKeyring) -> None:
    released.mode = "hang"
    for call in (
        lambda: keystore.load_device_key(VAULT_ID, timeout=0.2),
        lambda: keystore.store_device_key(VAULT_ID, KEY, timeout=0.2),
        lambda: keystore.delete_device_key(VAULT_ID, timeout=0.2),
    ):
        with pytest.raises(KeyringUnavailable):
            call()
    hung = [t for t in threading.enumerate() if t.name == "companion-keyring"]
    assert hung and all(t.daemon for t in hung)  # they cannot keep the app from exiting


def test_unlock_falls_back_to_passphrase_when_keyring_hangs(
    released: MemoryKeyring, data_dir: Path
) -> None:
    data_key = generate_data_key()
    device_key = generate_data_key()
    vault, _code = Vault.create(
        data_dir / "journal.vault",
        data_key,
        passphrase="garden gate",
        device_key=device_key,
        kdf=MINIMUM_KDF,
    )
    keystore.store_device_key(vault.vault_id, device_key)
    assert vault.unlock_with_device_key(keystore.load_device_key(vault.vault_id)) == data_key

    released.mode = "hang"
    started = time.monotonic()
    try:
        opened = vault.unlock_with_device_key(keystore.load_device_key(vault.vault_id, 0.3))
    except KeyringUnavailable:
        opened = vault.unlock_with_passphrase("garden gate")
    assert opened == data_key
    assert time.monotonic() - started < 5


def test_lost_keyring_entry_never_loses_data(memory_keyring: MemoryKeyring, data_dir: Path) -> None:
    data_key = generate_data_key()
    device_key = generate_data_key()
    vault, code = Vault.create(
        data_dir / "journal.vault",
        data_key,
        passphrase=None,
        device_key=device_key,
        kdf=MINIMUM_KDF,
    )
    keystore.store_device_key(vault.vault_id, device_key)
    memory_keyring.store.clear()
    with pytest.raises(KeyringUnavailable):
        keystore.load_device_key(vault.vault_id)
    assert Vault.load(vault.path).unlock_with_recovery_code(code) == data_key


def test_unreadable_entry_is_unavailable(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[(keystore.SERVICE, VAULT_ID)] = "not base64!"
    with pytest.raises(KeyringUnavailable):
        keystore.load_device_key(VAULT_ID)
    memory_keyring.store[(keystore.SERVICE, VAULT_ID)] = "c2hvcnQ="
    with pytest.raises(KeyringUnavailable):
        keystore.load_device_key(VAULT_ID)


def test_keyring_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys, companion.storage.keystore, companion.storage.vault, "
        "companion.storage.backup; "
        "bad = [m for m in ('keyring', 'cryptography', 'sqlcipher3') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ----- one account per device key -----------------------------------------------------------


def _accounts(memory_keyring: MemoryKeyring) -> set[str]:
    return {name for service, name in memory_keyring.store if service == keystore.SERVICE}


def test_a_late_write_of_an_older_key_never_replaces_the_newer(
    memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    from companion.journal import Journal
    from tests.support.journals import create_journal

    journal, _code = create_journal(data_dir, use_keyring=True)
    vault_id = journal._vault_and_key()[0].vault_id
    first_slot = journal._vault_and_key()[0].device_slot_id()
    first_key = keystore.load_device_key(vault_id, key_id=first_slot)
    journal.enable_device_unlock()  # a new key, in a new slot
    second_slot = journal._vault_and_key()[0].device_slot_id()
    assert second_slot != first_slot
    assert _accounts(memory_keyring) == {keystore.account(vault_id, second_slot)}
    journal.close()
    # The keyring answers the first write only now, after its timeout: it lands beside.
    keystore.store_device_key(vault_id, first_key, key_id=first_slot)
    reopened = Journal.unlock(data_dir)  # the device key, found under the slot's own account
    reopened.close()
    assert keystore.account(vault_id, second_slot) in _accounts(memory_keyring)


def test_an_older_journals_key_is_found_and_moved_to_its_own_account(
    memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    from companion.journal import Journal
    from tests.support.journals import create_journal

    journal, _code = create_journal(data_dir, use_keyring=True)
    vault = journal._vault_and_key()[0]
    vault_id, slot_id = vault.vault_id, vault.device_slot_id()
    journal.close()
    own = (keystore.SERVICE, keystore.account(vault_id, slot_id))
    memory_keyring.store[(keystore.SERVICE, vault_id)] = memory_keyring.store.pop(own)
    assert _accounts(memory_keyring) == {vault_id}  # as Companion kept it before
    Journal.unlock(data_dir).close()
    assert _accounts(memory_keyring) == {keystore.account(vault_id, slot_id)}
    Journal.unlock(data_dir).close()  # and opens from there
    reopened = Journal.unlock(data_dir)
    reopened.disable_device_unlock()
    reopened.close()
    assert _accounts(memory_keyring) == set()


def test_a_failed_keyring_write_leaves_no_slot_without_a_key(
    memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    from tests.support.journals import create_journal

    journal, _code = create_journal(data_dir)
    memory_keyring.mode = "raise"
    with pytest.raises(KeyringUnavailable):
        journal.enable_device_unlock()
    assert not journal.device_unlock_enabled
    journal.close()
