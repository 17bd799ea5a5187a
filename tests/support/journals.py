"""Make test journals quickly: a fixed passphrase and the vault's minimum KDF."""

from __future__ import annotations

from pathlib import Path

from companion.journal import Journal

PASSPHRASE = "correct horse battery staple"


def create_journal(data_dir: Path, *, use_keyring: bool = False) -> tuple[Journal, str]:
    from companion.storage.vault import MINIMUM_KDF

    return Journal.create(data_dir, PASSPHRASE, use_keyring=use_keyring, _kdf=MINIMUM_KDF)


def unlock_journal(data_dir: Path) -> Journal:
    from companion.storage.vault import MINIMUM_KDF

    return Journal.unlock(data_dir, PASSPHRASE, _kdf=MINIMUM_KDF)
