"""The slow journal calls behind the gate screens, packed to run off the GUI thread.

Creating, unlocking and restoring derive a key (about half a second) and may touch the
keyring, so the screens hand these to ``workers.run_job``. ``kdf`` is the tests' cheaper key
derivation; None means the real one. The core is imported inside each call, when first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths


def _kdf_arg(kdf: object | None) -> dict[str, Any]:
    return {"_kdf": kdf} if kdf is not None else {}


def secure_keyring_name() -> str | None:
    """The secure keyring the journal would use, or None (then the option is not offered)."""
    from companion.journal import Journal

    return Journal.secure_keyring()


def create_call(
    paths: AppPaths, passphrase: str | None, use_keyring: bool, kdf: object | None
) -> Callable[[], tuple[Journal, str]]:
    """Make a new journal; the result is the journal and its recovery code."""

    def call() -> tuple[Journal, str]:
        from companion.journal import Journal

        return Journal.create(paths, passphrase, use_keyring, **_kdf_arg(kdf))

    return call


def unlock_call(
    paths: AppPaths,
    passphrase: str | None,
    recovery_code: str | None,
    kdf: object | None,
) -> Callable[[], Journal]:
    """Open with the passphrase, the recovery code, or (with neither) this computer's key."""

    def call() -> Journal:
        from companion.journal import Journal

        return Journal.unlock(paths, passphrase, recovery_code, **_kdf_arg(kdf))

    return call


def restore_call(
    backup_file: Path, paths: AppPaths, secret: str, is_code: bool, kdf: object | None
) -> Callable[[], Journal]:
    """Replace the journal at ``paths`` with a checked backup, then open it."""

    def call() -> Journal:
        from companion.journal import Journal

        if is_code:
            return Journal.restore(backup_file, paths, recovery_code=secret, **_kdf_arg(kdf))
        return Journal.restore(backup_file, paths, passphrase=secret, **_kdf_arg(kdf))

    return call


def restore_damaged_call(
    backup_file: Path, paths: AppPaths, secret: str, is_code: bool, kdf: object | None
) -> Callable[[], Journal]:
    """The same, after keeping the damaged files aside under dated names (never deleted)."""
    restore = restore_call(backup_file, paths, secret, is_code, kdf)

    def call() -> Journal:
        from companion.journal.damaged_copy import forget_copies, keep_damaged_copy

        kept = keep_damaged_copy(paths)
        try:
            return restore()
        except BaseException:
            forget_copies(paths, kept)
            raise

    return call


def close_quietly(journal: object) -> None:
    """A journal opened after nobody was waiting for it is closed at once."""
    close = getattr(journal, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # nothing to tell anyone; it was never shown
            return
