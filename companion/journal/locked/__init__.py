"""Temperatures logged while the journal is locked: sealed on the way in, merged at unlock.

Anyone at the computer may log a reading from the locked screen. It is sealed at once to the
journal's public key (the vault's sealing pair) and kept as one small file in the data
folder's ``sealed`` folder, named by the reading's id: nothing about it is readable without
the journal's key, not even by whoever sealed it. At the next unlock each file is opened with
the private key and becomes an ordinary temperature entry with the same id.

Exactly once, even across a crash: the entry and the id's place in the journal's list of
merged readings are written in one transaction, and only then is the file deleted. A file
whose id is in that list is deleted unread. A changed, cut or foreign file is refused: it is
set aside (``….refused``, still sealed), counted in the report, and nothing else changes.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.journal.locked.emergency import PLACEHOLDER_CHILD
from companion.journal.records import METHODS, Child, TemperatureReading
from companion.paths import AppPaths
from companion.storage.errors import Damaged, StorageError, from_os_error
from companion.translation import Translate

if TYPE_CHECKING:
    from companion.storage.repository import Repository
    from companion.storage.vault import Vault

SUFFIX = ".sealed"
REFUSED_SUFFIX = ".refused"
#: The journal setting listing the ids already merged (newest last, the last 500 kept).
MERGED_SETTING = "sealed_readings_merged"
REMEMBERED = 500
#: A sealed reading is a few hundred bytes; anything much larger is not one.
MAX_FILE_BYTES = 4096
_FIELDS = {"id", "child_id", "value", "unit", "method", "taken_at"}


class SealingUnavailable(Exception):
    """This journal has no sealing key yet (made by an older Companion and not unlocked
    since): a reading cannot be kept until it is unlocked once."""


@dataclass(frozen=True)
class MergeReport:
    """What the last unlock did with readings logged while locked."""

    added: tuple[TemperatureReading, ...] = field(default=())
    refused: int = 0


def _ad(vault_id: str, reading_id: str) -> bytes:
    """What a sealed file must belong to: this journal and the id in its name."""
    from companion.storage.vaultformat import canonical

    return canonical({"kind": "sealed-reading", "vault_id": vault_id, "id": reading_id})


def seal_reading(paths: AppPaths, reading: TemperatureReading, child_id: str | None) -> None:
    """Keep ``reading`` sealed in the data folder until the next unlock (atomic, durable).

    ``child_id`` is the child chosen on the locked screen, or None when nobody was named.
    Raises SealingUnavailable, Damaged (the vault file), DiskFull or ReadOnly.
    """
    from companion.storage.atomic import ensure_dir, write_bytes_atomic
    from companion.storage.vault import Vault
    from companion.storage.vaultformat import canonical, seal

    vault = Vault.load(paths.vault_file)
    public = vault.public_key()
    if public is None:
        raise SealingUnavailable("the journal has no sealing key yet")
    body = {
        "id": reading.id,
        "child_id": child_id,
        "value": reading.value,
        "unit": reading.unit,
        "method": reading.method,
        "taken_at": reading.taken_at.isoformat(),
    }
    blob = seal(public, canonical(body), _ad(vault.vault_id, reading.id))
    ensure_dir(paths.sealed_dir)
    write_bytes_atomic(paths.sealed_dir / f"{reading.id}{SUFFIX}", blob)


def waiting(paths: AppPaths) -> int:
    """How many sealed readings wait for the next unlock."""
    try:
        return sum(1 for _ in paths.sealed_dir.glob(f"*{SUFFIX}"))
    except OSError:
        return 0


class _Refused(Exception):
    """A sealed file that is changed, cut or foreign (the journal's own damage is Damaged)."""


def _reading_id(path: Path) -> str:
    name = path.name.removesuffix(SUFFIX)
    try:
        reading_id = str(uuid.UUID(name))
    except ValueError:
        raise _Refused from None
    if reading_id != name:
        raise _Refused
    return reading_id


def _unseal(path: Path, vault: Vault, private: bytes) -> tuple[TemperatureReading, str | None]:
    """The reading in a sealed file and the child it was logged for."""
    from companion.storage.vaultformat import unseal

    reading_id = _reading_id(path)
    try:
        with open(path, "rb") as handle:
            blob = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise from_os_error(exc) from None
    if len(blob) > MAX_FILE_BYTES:
        raise _Refused
    try:
        return _parse(unseal(private, blob, _ad(vault.vault_id, reading_id)), reading_id)
    except Damaged:
        raise _Refused from None


def _parse(plain: bytes, reading_id: str) -> tuple[TemperatureReading, str | None]:
    """A reading from an opened box; anything odd is Damaged (the box was made by us)."""
    try:
        doc: Any = json.loads(plain.decode("ascii"))
        if not isinstance(doc, dict) or set(doc) != _FIELDS or doc["id"] != reading_id:
            raise ValueError("unexpected fields")
        child_id = doc["child_id"]
        if child_id is not None and not isinstance(child_id, str):
            raise ValueError("child")
        if doc["method"] not in METHODS or isinstance(doc["value"], bool):
            raise ValueError("method")
        reading = TemperatureReading(
            id=reading_id,
            child_id=child_id or "",
            value=float(doc["value"]),
            unit=doc["unit"],
            method=doc["method"],
            taken_at=datetime.fromisoformat(doc["taken_at"]),
        )
    except (ValueError, TypeError, KeyError, RecursionError, UnicodeError):
        raise Damaged("the sealed file is damaged") from None
    return reading, child_id


class SealedReadings:
    """The journal's part that merges sealed readings (see the module)."""

    def __init__(
        self,
        paths: AppPaths,
        unlocked: Callable[[], tuple[Vault, bytes]],
        repo: Callable[[], Repository],
        translate: Callable[[], Translate],
    ) -> None:
        self._paths = paths
        self._unlocked = unlocked
        self._repo = repo
        self._translate = translate

    def merge(self) -> MergeReport:
        """Bring every sealed reading into the journal, once. A full or read-only disk stops
        it (StorageError); what was merged stays merged and the rest waits for next time."""
        folder = self._paths.sealed_dir
        try:
            files = sorted(folder.glob(f"*{SUFFIX}"))
        except OSError:
            return MergeReport()
        if not files:
            return MergeReport()
        vault, key = self._unlocked()
        if vault.public_key() is None:
            raise SealingUnavailable("the journal has no sealing key yet")
        private = vault.sealing_key(key)
        added: list[TemperatureReading] = []
        refused = 0
        for path in files:
            repo = self._repo()
            try:
                reading_id = _reading_id(path)
                merged = list(repo.get_setting(MERGED_SETTING) or [])
                found = None if reading_id in merged else _unseal(path, vault, private)
            except _Refused:
                refused += 1
                _set_aside(path)
                continue
            if found is not None:  # else merged before a crash kept the file: not twice
                reading = replace(found[0], child_id=self._child_for(found[1]))
                ledger = [*merged[-(REMEMBERED - 1) :], reading_id]
                repo.load([reading], {MERGED_SETTING: ledger})
                added.append(reading)
            _remove(path)
        return MergeReport(tuple(added), refused)

    def _child_for(self, wanted: str | None) -> str:
        """The child named on the locked screen if they are still in the journal; otherwise
        the first child, or a new one called "Your child" when there is none yet."""
        from companion.journal.records import CHILD

        listed = self._repo().list(CHILD, newest_first=False)
        children = [child for child in listed if isinstance(child, Child)]
        if wanted is not None and any(child.id == wanted for child in children):
            return wanted
        if children:
            return children[0].id
        name = self._translate()("Journal", PLACEHOLDER_CHILD)
        return self._repo().insert(Child(name=name)).id


def _remove(path: Path) -> None:
    from companion.storage.atomic import fsync_dir

    try:
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)
    except OSError as exc:
        raise from_os_error(exc) from None


def _set_aside(path: Path) -> None:
    """Keep a refused file (still sealed) out of the way, so it is reported once."""
    with contextlib.suppress(OSError, StorageError):
        path.replace(path.with_name(path.name + REFUSED_SUFFIX))
