"""The slow journal calls behind the gate screens, packed to run off the GUI thread.

Creating, unlocking and restoring derive a key (about half a second) and may touch the
keyring, so the screens hand these to ``workers.run_job``. ``kdf`` is the tests' cheaper key
derivation; None means the real one. The core is imported inside each call, when first needed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths


def _kdf_arg(kdf: object | None) -> dict[str, Any]:
    return {"_kdf": kdf} if kdf is not None else {}


def _clean(paths: AppPaths) -> None:
    """Before any journal is opened: remove what a killed backup or restore left behind
    (hidden temp copies) and finish or undo an interrupted restore. Never raises."""
    from companion.journal.opening import clean_leftovers

    clean_leftovers(paths)


def secure_keyring_name() -> str | None:
    """The secure keyring the journal would use, or None (then the option is not offered)."""
    from companion.journal import Journal

    return Journal.secure_keyring()


def create_call(
    paths: AppPaths,
    passphrase: str | None,
    use_keyring: bool,
    kdf: object | None,
    *,
    then: Callable[[Journal], None] | None = None,
) -> Callable[[], tuple[Journal, str]]:
    """Make a new journal; the result is the journal and its recovery code. ``then`` fills
    it (what was noted before it existed) in the same job, before anyone sees it."""

    def call() -> tuple[Journal, str]:
        from companion.journal import Journal

        _clean(paths)
        journal, code = Journal.create(paths, passphrase, use_keyring, **_kdf_arg(kdf))
        if then is not None:
            from companion.journal import StorageError

            # The journal exists and its code must be shown: a full disk here costs only
            # what was noted before (the card already showed it), never the journal.
            with contextlib.suppress(StorageError):
                then(journal)
        return journal, code

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

        _clean(paths)
        return Journal.unlock(paths, passphrase, recovery_code, **_kdf_arg(kdf))

    return call


def restore_call(
    backup_file: Path,
    paths: AppPaths,
    secret: str,
    is_code: bool,
    kdf: object | None,
    *,
    confirm_replace: bool = False,
) -> Callable[[], Journal]:
    """Replace the journal at ``paths`` with a checked backup, then open it.

    Without ``confirm_replace`` a journal with more entries than the backup (or one that
    cannot be read) is not replaced: ReplaceNeedsConfirmation says so, with both dates and
    counts, for the screen to ask. The replaced files are kept aside, never deleted.
    """
    passphrase, code = (None, secret) if is_code else (secret, None)

    def call() -> Journal:
        from companion.journal import Journal

        _clean(paths)
        return Journal.restore(
            backup_file,
            paths,
            passphrase,
            code,
            confirm_replace=confirm_replace,
            **_kdf_arg(kdf),
        )

    return call


def restore_damaged_call(
    backup_file: Path, paths: AppPaths, secret: str, is_code: bool, kdf: object | None
) -> Callable[[], Journal]:
    """The damage screen's restore: the family chose it knowing the journal cannot be read, so
    the damaged files are replaced (and kept aside as ``journal.db.replaced-<time>``)."""
    return restore_call(backup_file, paths, secret, is_code, kdf, confirm_replace=True)


def close_quietly(journal: object) -> None:
    """A journal opened after nobody was waiting for it is closed at once."""
    close = getattr(journal, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # nothing to tell anyone; it was never shown
            return
