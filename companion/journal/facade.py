"""The encrypted family journal: one facade over its parts (Qt-free).

One SQLCipher database (``journal.db``) encrypted with a random data key, wrapped in
``journal.vault`` by the passphrase, the recovery code and optionally a device key in the OS
keyring. :class:`Journal` opens and closes it (steps in :mod:`companion.journal.opening`) and
holds its parts, each handed only what it needs: entries, medicines and doses, caregivers,
blood counts, the treatment plan, "call us if" alerts, timeline and search, keys, backups and
the full export and import. Their methods are the journal's own (``journal.add_note``),
forwarded here. Storage is imported when a journal is opened, never with this module, so the
first window does not pay for SQLAlchemy."""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import weakref
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, overload

from companion.journal import opening
from companion.journal.backups import Backups
from companion.journal.callrules import CallAlerts
from companion.journal.caregivers import Caregivers
from companion.journal.counts.blood_counts import BloodCounts
from companion.journal.entries import Entries
from companion.journal.forwards import CareParts, KeepingParts, SharingParts
from companion.journal.keys import Keys
from companion.journal.locked import MergeReport, SealedReadings, SealingUnavailable
from companion.journal.locked.emergency import Emergency
from companion.journal.medicines import Medicines
from companion.journal.plan.treatment_plan import TreatmentPlan
from companion.journal.records import Record, TimelineEntry, TimelineFilter, utcnow
from companion.journal.sync.sharing import Sharing
from companion.journal.timeline import Timeline, as_filter
from companion.journal.transfer import Transfer
from companion.paths import AppPaths, resolve_paths
from companion.storage.errors import Locked, StorageError
from companion.translation import Translate, untranslated

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from companion.storage.repository import Repository
    from companion.storage.vault import KdfParams, Vault

PathLike = str | os.PathLike[str]
#: Where the journal lives: the app's paths, or a data folder for scripts and tests.
Where = AppPaths | PathLike | None
#: How long a deleted entry can still be brought back with Undo. After that, and whenever the
#: journal is locked, it is erased for good (before every backup too).
UNDO_WINDOW = timedelta(minutes=10)
_OPEN: weakref.WeakSet[Journal] = weakref.WeakSet()
P = ParamSpec("P")
T = TypeVar("T")


def _close_all_at_exit() -> None:
    """Close journals still open when the interpreter exits."""
    for journal in list(_OPEN):
        try:
            journal.close()
        except Exception:  # exiting anyway; every commit is already in the file
            continue


atexit.register(_close_all_at_exit)


def preload() -> None:
    """Import the storage stack ahead of unlock; call it from a worker thread at start-up."""
    from companion.storage import backup, keystore, repository, timeline, vault  # noqa: F401


def app_paths(where: Where) -> AppPaths:
    """The app's own paths as given, or those of a data folder (``--data-dir`` rules)."""
    return where if isinstance(where, AppPaths) else resolve_paths(where)


def _forward(
    part: str, method: Callable[Concatenate[Any, P], T]
) -> Callable[Concatenate[Journal, P], T]:
    """A facade method that calls ``method`` on the part held in attribute ``part``."""

    def forward(self: Journal, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return method(getattr(self, part), *args, **kwargs)

    forward.__name__ = method.__name__
    forward.__qualname__ = f"Journal.{method.__name__}"
    forward.__doc__ = method.__doc__
    return forward


class Journal(CareParts, SharingParts, KeepingParts):
    """An unlocked journal. Build it with :meth:`create`, :meth:`unlock` or :meth:`restore`.

    ``translate`` words the timeline's titles (the app sets its translator; scripts get the
    English wording). ``purge_pending`` is True when erasing deleted entries failed (a full
    disk); it is tried again at the next lock or backup.
    """

    def __init__(
        self,
        paths: AppPaths,
        engine: Engine,
        vault: Vault | None,
        data_key: bytes | None,
        kdf: KdfParams | None = None,
    ) -> None:
        from companion.storage.repository import Repository

        self.paths = paths
        self.translate: Translate = untranslated
        self.purge_pending = False
        self._engine: Engine | None = engine
        self._repository: Repository | None = Repository(engine)
        self._vault = vault
        self._key = data_key
        # Held by close() and by backups, which may run on a worker thread: a lock waits for
        # a backup in progress, and a backup never starts on (or reopens) a closed engine.
        self._closing = threading.RLock()
        self._entries = Entries(self._repo)
        self._medicines = Medicines(self._repo)
        self._caregivers = Caregivers(self._repo)
        self._counts = BloodCounts(self._repo)
        self._plan = TreatmentPlan(self._repo)
        self._alerts = CallAlerts(self._repo, lambda: self.translate)
        self._timeline = Timeline(self._repo, lambda: self.translate)
        self._transfer = Transfer(self._repo)
        self._keys = Keys(self._vault_and_key, kdf)
        self._backups = Backups(paths, self._unlocked, self._closing, self._purge_expired)
        self._sealed = SealedReadings(
            paths, self._vault_and_key, self._repo, lambda: self.translate
        )
        self._emergency = Emergency(paths, self._repo, lambda: self.translate)
        #: What opening did with temperatures logged while the journal was locked.
        self.merged = MergeReport()
        self._sharing = Sharing(self._unlocked, paths.data_dir)
        _OPEN.add(self)

    # ----- opening ------------------------------------------------------------------------

    @staticmethod
    def exists(where: Where) -> bool:
        """Is there a journal in this folder (its vault file)?"""
        return app_paths(where).vault_file.exists()

    @staticmethod
    def secure_keyring() -> str | None:
        """The OS keyring backend that can hold a device key, or None (asks with a timeout).

        "Unlock automatically on this computer" is offered only when this names one.
        """
        from companion.storage import keystore

        return keystore.secure_backend()

    @classmethod
    def create(
        cls,
        where: Where,
        passphrase: str | None = None,
        use_keyring: bool = False,
        *,
        _kdf: KdfParams | None = None,
    ) -> tuple[Journal, str]:
        """Make a new, empty journal; returns it with the recovery code to show once.

        ``use_keyring`` also stores a device key in the OS keyring (KeyringUnavailable when
        there is no secure keyring). ``_kdf`` is for tests and benchmarks only.
        """
        paths = app_paths(where)
        engine, vault, data_key, code = opening.create(paths, passphrase, use_keyring, _kdf)
        return cls(paths, engine, vault, data_key, _kdf), code

    @classmethod
    def unlock(
        cls,
        where: Where,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        *,
        _kdf: KdfParams | None = None,
    ) -> Journal:
        """Open with the passphrase, the recovery code, or (with neither) the device key.

        Raises WrongKey, KeyringUnavailable, Damaged, NewerSchema, DiskFull, ReadOnly.
        An older journal is backed up into the backups folder, then migrated.
        """
        paths = app_paths(where)
        engine, vault, data_key = opening.unlock(paths, passphrase, recovery_code)
        return cls(paths, engine, vault, data_key, _kdf)._merge_sealed()

    @classmethod
    def restore(
        cls,
        backup_path: PathLike,
        where: Where,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        *,
        confirm_replace: bool = False,
        _kdf: KdfParams | None = None,
    ) -> Journal:
        """Replace the journal in ``where`` with a backup, then open it.

        Close any open journal on that folder first. The live files change only once the
        backup has been verified (its MAC, hashes, pages); a backup from a newer Companion is
        refused (NewerSchema). A journal holding more entries than the backup, or one the
        backup's key cannot read, is replaced only with ``confirm_replace=True``; otherwise
        ReplaceNeedsConfirmation carries both dates and counts. The old files are kept aside
        (``journal.db.replaced-<time>``). Device unlock must be turned on again afterwards.
        """
        paths = app_paths(where)
        engine, vault, data_key = opening.restore(
            Path(backup_path), paths, passphrase, recovery_code, confirm_replace
        )
        from companion.journal.sync.identity import JOIN_SUFFIX, forget_marker

        forget_marker(paths.data_dir)  # the next exchange writes as a new computer
        if str(backup_path).endswith(JOIN_SUFFIX):  # a join file is used once
            Path(backup_path).unlink(missing_ok=True)
        return cls(paths, engine, vault, data_key, _kdf)._merge_sealed()

    def _merge_sealed(self) -> Journal:
        """Bring in readings logged while locked; a full disk leaves them for next time."""
        try:
            self.merged = self._sealed.merge()
        except (StorageError, SealingUnavailable):
            self.merged = MergeReport()
        return self

    def write_join_file(self, path: PathLike) -> None:
        """A one-time join file (a backup named ``….companion-join``) another computer joins
        from with the password or recovery code; the computer that joins removes it."""
        self.backup(Path(path))

    # ----- state --------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def _repo(self) -> Repository:
        if self._repository is None:
            raise Locked("the journal is locked")
        return self._repository

    def _unlocked(self) -> tuple[Engine, Vault, bytes]:
        if self._engine is None or self._key is None:
            raise Locked("the journal is locked")
        if self._vault is None:
            raise ValueError("this journal has no key vault")
        return self._engine, self._vault, self._key

    def _vault_and_key(self) -> tuple[Vault, bytes]:
        _engine, vault, key = self._unlocked()
        return vault, key

    def close(self) -> None:
        """Lock: erase deleted entries, close the database, forget the key.

        A backup running on another thread finishes first. Erasing may fail on a full disk:
        locking goes on, and :attr:`purge_pending` says it will be tried again.
        """
        with self._closing:
            if self._repository is not None:
                self._purge(before=None)
                with contextlib.suppress(StorageError):  # the locked screen's card, up to date
                    self._emergency.refresh()
            engine = self._engine
            if engine is not None and self._vault is not None and self._key is not None:
                opening.add_sealing_key(engine, self._vault, self._key)
            self._engine = None
            self._repository = None
            self._key = None
            _OPEN.discard(self)
            if engine is not None:
                from companion.storage import engine as db

                db.close_engine(engine)
                db.protect_files(self.paths.journal_db)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- erasing deleted entries --------------------------------------------------------

    def purge_deleted(self, before: datetime | None = None) -> int:
        """Erase entries deleted before ``before`` (default: all) for good; returns a count.

        The text leaves the tables and the search index; secure_delete zeroes the pages.
        """
        return self._repo().purge_deleted(before)

    def _purge_expired(self) -> None:
        """Before a backup: erase what can no longer be undone."""
        self._purge(before=utcnow() - UNDO_WINDOW)

    def _purge(self, before: datetime | None) -> None:
        try:
            self.purge_deleted(before)
        except StorageError:  # a full or read-only disk: the rows stay deleted, erase later
            self.purge_pending = True
        else:
            self.purge_pending = False

    # ----- the parts' methods, as the journal's own ---------------------------------------

    @overload
    def get(self, kind: type[T], entry_id: str) -> T: ...

    @overload
    def get(self, kind: str, entry_id: str) -> Record: ...

    def get(self, kind: str | type[Any], entry_id: str) -> Any:
        """One live entry by kind (e.g. ``TimelineEntry.kind``) or record type."""
        return self._entries.get(kind, entry_id)

    def timeline(
        self,
        child_id: str | None = None,
        kinds: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str | None = None,
        offset: int = 0,
        limit: int = 100,
        *,
        after: TimelineEntry | None = None,
        before: TimelineEntry | None = None,
        filters: TimelineFilter | None = None,
    ) -> list[TimelineEntry]:
        """One page of entries, newest first, for ``filters`` (or its parts as arguments;
        ``kinds=None``: every kind except contacts).

        ``after=entry`` continues below an entry of an earlier page (same filters), and
        ``before=entry`` gives the ``limit`` entries just above it: both cost the same at any
        depth, where a large ``offset`` reads every row it skips.
        """
        chosen = as_filter(filters, child_id, kinds, start, end, text)
        return self._timeline.page(chosen, offset, limit, after=after, before=before)

    def timeline_count(
        self,
        child_id: str | None = None,
        kinds: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str | None = None,
        *,
        filters: TimelineFilter | None = None,
    ) -> int:
        """How many entries :meth:`timeline` would page through with the same filters."""
        return self._timeline.count(as_filter(filters, child_id, kinds, start, end, text))

    def timeline_position(
        self,
        kind: str,
        entry_id: str,
        child_id: str | None = None,
        kinds: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str | None = None,
        *,
        filters: TimelineFilter | None = None,
    ) -> int | None:
        """The entry's row in :meth:`timeline` with these filters (0 is the newest), or None
        when the filters hide it or it is gone."""
        chosen = as_filter(filters, child_id, kinds, start, end, text)
        return self._timeline.position(chosen, kind, entry_id)

    search = _forward("_timeline", Timeline.search)

    get_many = _forward("_entries", Entries.get_many)
    update = _forward("_entries", Entries.update)
    delete = _forward("_entries", Entries.delete)
    undo_delete = _forward("_entries", Entries.undo_delete)
    add_child = _forward("_entries", Entries.add_child)
    list_children = _forward("_entries", Entries.list_children)
    add_appointment = _forward("_entries", Entries.add_appointment)
    list_appointments = _forward("_entries", Entries.list_appointments)
    upcoming_appointments = _forward("_entries", Entries.upcoming_appointments)
    last_appointment_before = _forward("_entries", Entries.last_appointment_before)
    add_symptom = _forward("_entries", Entries.add_symptom)
    symptoms_between = _forward("_entries", Entries.symptoms_between)
    add_temperature = _forward("_entries", Entries.add_temperature)
    readings_between = _forward("_entries", Entries.readings_between)
    latest_readings = _forward("_entries", Entries.latest_readings)
    add_medicine = _forward("_medicines", Medicines.add_medicine)
    list_medicines = _forward("_medicines", Medicines.list_medicines)
    add_dose = _forward("_medicines", Medicines.add_dose)
    doses_between = _forward("_medicines", Medicines.doses_between)
    doses_on = _forward("_medicines", Medicines.doses_on)
    list_doses = _forward("_medicines", Medicines.list_doses)
    last_dose = _forward("_medicines", Medicines.last_dose)
    supply = _forward("_medicines", Medicines.supply)
    add_note = _forward("_entries", Entries.add_note)
    list_notes = _forward("_entries", Entries.list_notes)
    add_question = _forward("_entries", Entries.add_question)
    answer_question = _forward("_entries", Entries.answer_question)
    list_questions = _forward("_entries", Entries.list_questions)
    add_contact = _forward("_entries", Entries.add_contact)
    list_contacts = _forward("_entries", Entries.list_contacts)
    fever_contact = _forward("_entries", Entries.fever_contact)
    add_fever_event = _forward("_entries", Entries.add_fever_event)
    list_fever_events = _forward("_entries", Entries.list_fever_events)
    get_setting = _forward("_entries", Entries.get_setting)
    set_setting = _forward("_entries", Entries.set_setting)

    @property
    def has_passphrase(self) -> bool:
        return self._keys.has_passphrase

    @property
    def device_unlock_enabled(self) -> bool:
        return self._keys.device_unlock_enabled

    check_integrity = _forward("_backups", Backups.check_integrity)
    check_integrity_apart = _forward("_backups", Backups.check_integrity_apart)
    backup = _forward("_backups", Backups.backup)
    daily_backup = _forward("_backups", Backups.daily_backup)
    list_backups = _forward("_backups", Backups.list_backups)
