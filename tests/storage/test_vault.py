"""The vault: every slot opens, wrong secrets fail, damage is caught, secrets re-wrap only."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.storage import sqlcipher
from companion.storage.errors import (
    Damaged,
    DiskFull,
    NewerSchema,
    ReadOnly,
    StorageError,
    WeakParameters,
    WrongKey,
)
from companion.storage.vault import (
    DEFAULT_KDF,
    MINIMUM_KDF,
    RECOVERY_ALPHABET,
    KdfParams,
    Vault,
    generate_data_key,
    generate_recovery_code,
    normalize_recovery_code,
)

PASSPHRASE = "blue kite at the river 7"
DEVICE_KEY = bytes(range(32))
FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def make_vault(folder: Path, *, device: bool = True) -> tuple[Vault, bytes, str]:
    key = generate_data_key()
    vault, code = Vault.create(
        folder / "journal.vault",
        key,
        passphrase=PASSPHRASE,
        device_key=DEVICE_KEY if device else None,
        kdf=MINIMUM_KDF,
    )
    return vault, key, code


def rewrite(path: Path, change: object) -> None:
    """Edit a vault file and fix its checksum, as someone with write access could."""
    doc = json.loads(path.read_bytes())
    del doc["checksum"]
    change(doc)  # type: ignore[operator]
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["checksum"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def test_default_kdf_meets_owasp_minimum() -> None:
    assert KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1) == MINIMUM_KDF
    assert DEFAULT_KDF.meets_minimum(MINIMUM_KDF)
    assert DEFAULT_KDF.within_maximum()


def test_every_slot_opens_after_reload(data_dir: Path) -> None:
    vault, key, code = make_vault(data_dir)
    loaded = Vault.load(vault.path)
    assert loaded.vault_id == vault.vault_id
    assert loaded.has_passphrase() and loaded.has_device_slot() and loaded.has_recovery_code()
    assert loaded.unlock_with_passphrase(PASSPHRASE) == key
    assert loaded.unlock_with_recovery_code(code) == key
    assert loaded.unlock_with_device_key(DEVICE_KEY) == key


def test_recovery_code_shape_and_tolerant_input(data_dir: Path) -> None:
    code = generate_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4] * 8
    assert set(code.replace("-", "")) <= set(RECOVERY_ALPHABET)
    assert not set("0O1IL") & set(RECOVERY_ALPHABET)
    assert len(RECOVERY_ALPHABET) ** 32 >= 2**128
    vault, key, code = make_vault(data_dir)
    messy = " " + code.lower().replace("-", " - ", 3).replace("-", "") + "\n"
    assert normalize_recovery_code(messy) == code
    assert vault.unlock_with_recovery_code(messy) == key


@pytest.mark.parametrize("text", ["", "ABCD", "0000-0000-0000-0000-0000-0000-0000-0000"])
def test_malformed_recovery_code_is_wrong_key(text: str) -> None:
    with pytest.raises(WrongKey):
        normalize_recovery_code(text)


def test_wrong_secrets_are_wrong_key(data_dir: Path) -> None:
    vault, _key, code = make_vault(data_dir)
    other = generate_recovery_code()
    assert other != code
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase(PASSPHRASE + "x")
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase("\ud800")  # cannot even be encoded
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(other)
    with pytest.raises(WrongKey):
        vault.unlock_with_device_key(bytes(32))


def test_missing_slots_are_wrong_key(data_dir: Path) -> None:
    key = generate_data_key()
    vault, _ = Vault.create(
        data_dir / "journal.vault", key, passphrase=None, device_key=DEVICE_KEY, kdf=MINIMUM_KDF
    )
    assert not vault.has_passphrase()
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase(PASSPHRASE)
    vault.remove_device_slot()
    with pytest.raises(WrongKey):
        vault.unlock_with_device_key(DEVICE_KEY)


def test_create_needs_a_secret_and_never_overwrites(data_dir: Path) -> None:
    with pytest.raises(ValueError):
        Vault.create(data_dir / "a.vault", generate_data_key(), passphrase=None, device_key=None)
    vault, _key, _code = make_vault(data_dir)
    before = vault.path.read_bytes()
    with pytest.raises(FileExistsError):
        make_vault(data_dir)
    assert vault.path.read_bytes() == before


def test_refuses_kdf_below_minimum_when_writing(data_dir: Path) -> None:
    weak = KdfParams(memory_kib=MINIMUM_KDF.memory_kib - 1, iterations=2, lanes=1)
    with pytest.raises(ValueError):
        Vault.create(
            data_dir / "journal.vault",
            generate_data_key(),
            passphrase="p",
            device_key=None,
            kdf=weak,
        )
    huge = KdfParams(memory_kib=4 * 1024 * 1024, iterations=2, lanes=1)
    with pytest.raises(ValueError):
        Vault.create(
            data_dir / "journal.vault",
            generate_data_key(),
            passphrase="p",
            device_key=None,
            kdf=huge,
        )
    assert not (data_dir / "journal.vault").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_vault_file_is_private(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    assert [p.name for p in data_dir.iterdir()] == ["journal.vault"]


def test_passphrase_change_rewraps_only(data_dir: Path) -> None:
    vault, key, code = make_vault(data_dir)
    db = data_dir / "journal.db"
    conn = sqlcipher.connect(db, key)
    conn.execute("CREATE TABLE note (body TEXT)")
    conn.execute("INSERT INTO note VALUES ('canary')")
    conn.close()
    db_before = hashlib.sha256(db.read_bytes()).hexdigest()
    vault_before = vault.path.read_bytes()

    vault.set_passphrase(key, "a new passphrase", kdf=MINIMUM_KDF)

    assert vault.path.read_bytes() != vault_before
    assert hashlib.sha256(db.read_bytes()).hexdigest() == db_before
    loaded = Vault.load(vault.path)
    with pytest.raises(WrongKey):
        loaded.unlock_with_passphrase(PASSPHRASE)
    assert loaded.unlock_with_passphrase("a new passphrase") == key
    assert loaded.unlock_with_recovery_code(code) == key
    conn = sqlcipher.connect(db, loaded.unlock_with_passphrase("a new passphrase"))
    assert conn.execute("SELECT body FROM note").fetchall() == [("canary",)]
    conn.close()


def test_new_recovery_code_replaces_the_old(data_dir: Path) -> None:
    vault, key, old = make_vault(data_dir)
    new = vault.new_recovery_code(key)
    loaded = Vault.load(vault.path)
    assert loaded.unlock_with_recovery_code(new) == key
    with pytest.raises(WrongKey):
        loaded.unlock_with_recovery_code(old)


def test_device_slot_add_and_remove(data_dir: Path) -> None:
    vault, key, _code = make_vault(data_dir, device=False)
    assert not vault.has_device_slot()
    with pytest.raises(ValueError):
        vault.remove_passphrase(key)  # it is the only everyday way in
    vault.add_device_slot(key, DEVICE_KEY)
    assert Vault.load(vault.path).unlock_with_device_key(DEVICE_KEY) == key
    vault.remove_passphrase(key)
    assert not Vault.load(vault.path).has_passphrase()
    vault.set_passphrase(key, PASSPHRASE, kdf=MINIMUM_KDF)
    vault.remove_device_slot()
    loaded = Vault.load(vault.path)
    assert not loaded.has_device_slot()
    assert loaded.unlock_with_passphrase(PASSPHRASE) == key


def test_changes_need_the_right_data_key(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)
    before = vault.path.read_bytes()
    with pytest.raises(WrongKey):
        vault.set_passphrase(generate_data_key(), "other", kdf=MINIMUM_KDF)
    with pytest.raises(WrongKey):
        vault.new_recovery_code(generate_data_key())
    assert vault.path.read_bytes() == before


def test_export_has_no_device_slot_and_reopens(data_dir: Path) -> None:
    vault, key, code = make_vault(data_dir)
    exported = json.loads(json.dumps(vault.export_slots()))
    kinds = {slot["kind"] for slot in exported["slots"]}
    assert kinds == {"passphrase", "recovery"}
    copy = Vault.from_export(data_dir / "copy.vault", exported)
    assert copy.unlock_with_passphrase(PASSPHRASE) == key
    assert copy.unlock_with_recovery_code(code) == key
    assert not copy.has_device_slot()


def test_weakened_parameters_are_refused(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)

    def weaken(doc: dict) -> None:  # type: ignore[type-arg]
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["memory_kib"] = 8192

    rewrite(vault.path, weaken)
    with pytest.raises(WeakParameters):
        Vault.load(vault.path)


def test_huge_parameters_are_refused(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)

    def inflate(doc: dict) -> None:  # type: ignore[type-arg]
        doc["slots"][0]["kdf"]["memory_kib"] = 2**40

    rewrite(vault.path, inflate)
    with pytest.raises(Damaged):
        Vault.load(vault.path)


def test_slot_moved_to_another_vault_does_not_open(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)
    rewrite(vault.path, lambda doc: doc.update(vault_id="00000000-0000-4000-8000-000000000000"))
    with pytest.raises(WrongKey):
        Vault.load(vault.path).unlock_with_passphrase(PASSPHRASE)


def test_raised_parameters_without_rewrap_do_not_open(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)

    def bump(doc: dict) -> None:  # type: ignore[type-arg]
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["iterations"] = 3

    rewrite(vault.path, bump)
    with pytest.raises(WrongKey):
        Vault.load(vault.path).unlock_with_passphrase(PASSPHRASE)


def test_newer_format_is_reported(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)
    rewrite(vault.path, lambda doc: doc.update(format=3))
    with pytest.raises(NewerSchema):
        Vault.load(vault.path)


def test_every_flipped_byte_is_damaged(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)
    original = vault.path.read_bytes()
    for index in range(len(original)):
        for bit in (0x01, 0x20, 0x80):
            flipped = bytearray(original)
            flipped[index] ^= bit
            vault.path.write_bytes(bytes(flipped))
            with pytest.raises(Damaged):
                Vault.load(vault.path)


def test_every_truncation_is_damaged(data_dir: Path) -> None:
    vault, _key, _code = make_vault(data_dir)
    original = vault.path.read_bytes()
    for length in range(len(original)):
        vault.path.write_bytes(original[:length])
        with pytest.raises(Damaged):
            Vault.load(vault.path)
    vault.path.write_bytes(original + b"\n")
    with pytest.raises(Damaged):
        Vault.load(vault.path)


def test_missing_or_oversized_file_is_damaged(data_dir: Path) -> None:
    with pytest.raises(Damaged):
        Vault.load(data_dir / "journal.vault")
    (data_dir / "journal.vault").write_bytes(b" " * 70_000)
    with pytest.raises(Damaged):
        Vault.load(data_dir / "journal.vault")


@FUZZ
@given(st.binary(max_size=2048))
def test_garbage_only_raises_typed_errors(data_dir: Path, blob: bytes) -> None:
    path = data_dir / "journal.vault"
    path.write_bytes(blob)
    with pytest.raises(StorageError):
        Vault.load(path)


@FUZZ
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=20,
    )
)
def test_wrong_shaped_json_only_raises_typed_errors(data_dir: Path, value: object) -> None:
    path = data_dir / "journal.vault"
    path.write_bytes(json.dumps(value).encode())
    with pytest.raises(StorageError):
        Vault.load(path)
    with pytest.raises(StorageError):
        Vault.from_export(path, value)


@pytest.fixture(scope="module")
def real_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    vault, _key, _code = make_vault(tmp_path_factory.mktemp("fuzz"))
    return vault.path, vault.path.read_bytes()


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fuzzed_real_vault_only_raises_typed_errors(
    real_vault: tuple[Path, bytes], data: st.DataObject
) -> None:
    path, original = real_vault
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(mutated) - 1))
        mutated[index] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(mutated)))
    path.write_bytes(bytes(mutated[:cut]))
    if bytes(mutated[:cut]) == original:
        assert Vault.load(path).has_passphrase()
    else:
        with pytest.raises(Damaged):
            Vault.load(path)


def test_disk_full_keeps_the_old_vault(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault, key, _code = make_vault(data_dir)
    before = vault.path.read_bytes()

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFull):
        vault.set_passphrase(key, "another passphrase", kdf=MINIMUM_KDF)
    monkeypatch.undo()
    assert vault.path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.vault"]
    assert vault.unlock_with_passphrase(PASSPHRASE) == key  # memory matches the disk


def test_read_only_folder_keeps_the_old_vault(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, key, _code = make_vault(data_dir)
    before = vault.path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReadOnly):
        vault.new_recovery_code(key)
    monkeypatch.undo()
    assert vault.path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.vault"]


def test_no_secret_in_error_messages(data_dir: Path) -> None:
    vault, _key, code = make_vault(data_dir)
    secret = "my daughter's name is Zoe"
    with pytest.raises(WrongKey) as wrong:
        vault.unlock_with_passphrase(secret)
    other = generate_recovery_code()
    with pytest.raises(WrongKey) as bad_code:
        vault.unlock_with_recovery_code(other)
    for exc in (wrong.value, bad_code.value):
        text = repr(exc) + str(exc.__cause__) + str(exc.__context__)
        assert "Zoe" not in text and code not in text and other not in text
