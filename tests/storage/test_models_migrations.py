"""Models match the migrations; old journals migrate (backed up first); newer ones are refused."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from companion.journal import Journal
from companion.journal.records import Appointment, Note
from companion.paths import resolve_paths
from companion.storage import backup, migrate, models
from companion.storage import engine as db
from companion.storage.errors import Damaged, DiskFull, NewerSchema
from companion.storage.vault import MINIMUM_KDF, Vault
from tests.storage.fixtures import make_fixtures as fx
from tests.support.journals import PASSPHRASE, create_journal

FIXTURES = Path(fx.__file__).resolve().parent


def _install_fixture(data_dir: Path, version: int) -> None:
    paths = resolve_paths(data_dir)
    shutil.copyfile(FIXTURES / f"journal-v{version}.db", paths.journal_db)
    shutil.copyfile(FIXTURES / f"journal-v{version}.vault", paths.vault_file)


def _engine_for(data_dir: Path, passphrase: str) -> Engine:
    """Open a journal's database directly, below the Journal facade."""
    paths = resolve_paths(data_dir)
    key = Vault.load(paths.vault_file).unlock_with_passphrase(passphrase)
    return db.open_engine(paths.journal_db, key)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_shipped_scripts() -> None:
    assert migrate.script_revisions() == migrate.known_revisions()
    assert migrate.head_revision() == migrate.known_revisions()[-1]
    assert len(migrate.known_revisions()) >= 2


def test_migrations_ship_inside_the_package() -> None:
    folder = resources.files("companion.storage") / "migrations"
    names = {item.name for item in folder.iterdir()}
    assert {"env.py", "script.py.mako", "versions"} <= names
    versions = {item.name for item in (folder / "versions").iterdir()}
    assert {
        "0001_initial.py",
        "0002_fever_events_and_search.py",
        "0003_titles_in_python.py",
        "0004_all_day_appointments.py",
        "0006_sync.py",
    } <= versions


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = db.open_engine(tmp_path / "j.db", bytes(32))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": migrate.include_name, "compare_type": True}
        )
        assert compare_metadata(context, models.SQLModel.metadata) == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close_engine(engine)


def test_fixture_v1_migrates_to_head_after_a_backup(data_dir: Path) -> None:
    _install_fixture(data_dir, 1)
    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        made = list(resolve_paths(data_dir).backups_dir.iterdir())
        assert len(made) == 1
        assert backup.read_backup_header(made[0]).schema_version == "0001"

        note = journal.get(Note, fx.NOTE_ID)
        assert note.text == "Slept well after the infusion"
        assert [e.id for e in journal.search("infusion")] == [fx.NOTE_ID]
        assert [e.id for e in journal.search("ondansetron")] == [fx.DOSE_ID, fx.MEDICINE_ID]
        assert journal.search("platelets")[0].id == fx.APPOINTMENT_ID
        assert journal.timeline_count() == 7  # the soft-deleted note is not indexed
        journal.undo_delete("note", fx.DELETED_NOTE_ID)
        assert [e.id for e in journal.search("draft")] == [fx.DELETED_NOTE_ID]
        contact = journal.fever_contact()
        assert contact is not None and contact.id == fx.CONTACT_ID
        assert journal.get_setting("fever.rules") == {"threshold_c": 38.0}
        event = journal.add_fever_event(
            fx.CHILD_ID, "over-38", "Call", reading_id=fx.TEMPERATURE_ID
        )
        assert journal.list_fever_events(fx.CHILD_ID) == [event]
        journal.check_integrity()
    finally:
        journal.close()
    engine = _engine_for(data_dir, fx.FIXTURE_PASSPHRASE)
    assert migrate.current_revision(engine) == migrate.head_revision()
    db.close_engine(engine)


def test_only_the_newest_three_pre_migration_backups_are_kept(data_dir: Path) -> None:
    backups = resolve_paths(data_dir).backups_dir
    backups.mkdir(parents=True)
    older = [
        backups / f"journal-before-migration-0000-2020010{day}T000000Z.companion-backup"
        for day in range(1, 5)
    ]
    others = [backups / "journal-2020-01-01.companion-backup", backups / "my notes.txt"]
    for path in older + others:
        path.write_bytes(b"x")
    _install_fixture(data_dir, 1)
    Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF).close()
    left = sorted(p.name for p in backups.iterdir() if p.name.startswith("journal-before"))
    assert len(left) == 3
    assert left[:2] == [older[2].name, older[3].name]  # the two newest of the old ones
    assert left[2].startswith("journal-before-migration-0001-")  # and the one just made
    assert all(path.exists() for path in others)


def test_fixture_v2_loses_its_sql_titles_and_reads_the_same(data_dir: Path) -> None:
    _install_fixture(data_dir, 2)
    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        (made,) = resolve_paths(data_dir).backups_dir.iterdir()
        assert backup.read_backup_header(made).schema_version == "0002"
        engine = journal._repo().engine
        with db.read(engine) as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("entry")}
        assert columns == {"seq", "kind", "entry_id", "child_id", "at", "body"}
        titles = {e.id: (e.title, e.detail) for e in journal.timeline()}
        assert titles[fx.NOTE_ID] == ("Slept well after the infusion", "")
        assert [e.id for e in journal.search("ward now")] == [fx.FEVER_EVENT_ID]
        assert journal.timeline_count() == 8
        journal.check_integrity()
    finally:
        journal.close()


def test_fixture_v3_gains_all_day_appointments(data_dir: Path) -> None:
    _install_fixture(data_dir, 3)
    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        (made,) = resolve_paths(data_dir).backups_dir.iterdir()
        assert backup.read_backup_header(made).schema_version == "0003"
        (appointment,) = journal.list_appointments(fx.CHILD_ID)
        assert appointment.all_day is False
        assert appointment.duration_minutes == 45
        assert [e.id for e in journal.search("platelets")] == [fx.APPOINTMENT_ID]
        journal.check_integrity()
    finally:
        journal.close()


def test_fixture_v4_gains_caregivers_counts_and_the_plan(data_dir: Path) -> None:
    _install_fixture(data_dir, 4)
    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        (made,) = resolve_paths(data_dir).backups_dir.iterdir()
        assert backup.read_backup_header(made).schema_version == "0004"
        assert journal.get(Appointment, fx.ALL_DAY_ID).all_day is True
        assert journal.sync_status().computers[0].this_computer
        (dose,) = journal.list_doses(fx.CHILD_ID)
        assert dose.given_by is None
        (medicine,) = journal.list_medicines(fx.CHILD_ID)
        assert medicine.min_interval_hours is None and medicine.dose_unit == ""
        assert journal.caregivers() == [] and journal.list_blood_counts(fx.CHILD_ID) == []
        grandma = journal.add_caregiver("Grandma")
        journal.add_dose(fx.CHILD_ID, medicine.id, given_by=grandma.id)
        journal.add_blood_count(fx.CHILD_ID, wbc=2.0, segs=20, bands=5)
        assert journal.timeline_count() == 11
        journal.check_integrity()
    finally:
        journal.close()


def test_fixture_v5_gains_the_exchange_between_computers(data_dir: Path) -> None:
    _install_fixture(data_dir, 5)
    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        (made,) = resolve_paths(data_dir).backups_dir.iterdir()
        assert backup.read_backup_header(made).schema_version == "0005"
        assert [c.name for c in journal.caregivers()] == ["Grandma"]
        assert journal.sync_status().computers[0].this_computer
        journal.check_integrity()
    finally:
        journal.close()


def test_fixture_of_the_current_schema_opens_without_a_backup(data_dir: Path) -> None:
    _install_fixture(data_dir, 6)
    journal = Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        assert not any(resolve_paths(data_dir).backups_dir.iterdir())
        (grandma,) = journal.caregivers()
        assert grandma.name == "Grandma"
        assert journal.list_doses(fx.CHILD_ID)[0].given_by == fx.CAREGIVER_ID
        (count,) = journal.list_blood_counts(fx.CHILD_ID)
        assert (count.anc, count.count_unit, count.others[0].name) == (0.42, "/uL", "CRP")
        (cycle,) = journal.list_cycles(fx.CHILD_ID)
        assert [d.day for d in journal.cycle_days(cycle.id)] == [8]
        assert [e.id for e in journal.search("vincristine")] == [fx.TREATMENT_DAY_ID]
        assert [e.id for e in journal.search("crp")] == [fx.BLOOD_COUNT_ID]
        (event,) = journal.list_fever_events(fx.CHILD_ID)
        assert (event.id, event.reading_id) == (fx.FEVER_EVENT_ID, fx.TEMPERATURE_ID)
        assert [e.id for e in journal.search("ward now")] == [fx.FEVER_EVENT_ID]
        assert journal.timeline_count() == 14
        all_day = journal.get(Appointment, fx.ALL_DAY_ID)
        assert all_day.all_day is True
        assert all_day.starts_at == datetime(2024, 3, 3, 23, 0, tzinfo=UTC)
        journal.check_integrity()
    finally:
        journal.close()


def test_the_pre_migration_backup_restores(data_dir: Path, tmp_path: Path) -> None:
    _install_fixture(data_dir, 1)
    Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF).close()
    (made,) = resolve_paths(data_dir).backups_dir.iterdir()
    elsewhere = tmp_path / "elsewhere"
    restored = Journal.restore(made, elsewhere, fx.FIXTURE_PASSPHRASE, _kdf=MINIMUM_KDF)
    try:
        assert restored.get(Note, fx.NOTE_ID).text == "Slept well after the infusion"
    finally:
        restored.close()


def test_a_failed_backup_stops_the_migration(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install_fixture(data_dir, 1)

    def full(*args: object, **kwargs: object) -> None:
        raise DiskFull("the disk is full")

    monkeypatch.setattr(backup, "write_backup", full)
    with pytest.raises(DiskFull):
        Journal.unlock(data_dir, fx.FIXTURE_PASSPHRASE)
    engine = _engine_for(data_dir, fx.FIXTURE_PASSPHRASE)
    assert migrate.current_revision(engine) == "0001"
    db.close_engine(engine)


def test_a_newer_revision_is_refused_untouched(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_note("from the future")
    journal.close()
    engine = _engine_for(data_dir, PASSPHRASE)
    with db.write(engine) as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    db.close_engine(engine)
    before = _digest(resolve_paths(data_dir).journal_db)
    with pytest.raises(NewerSchema):
        Journal.unlock(data_dir, PASSPHRASE)
    assert _digest(resolve_paths(data_dir).journal_db) == before
    assert not any(resolve_paths(data_dir).backups_dir.iterdir())


def test_tables_without_a_revision_are_damaged(tmp_path: Path) -> None:
    engine = db.open_engine(tmp_path / "j.db", bytes(32))
    with db.write(engine) as conn:
        conn.exec_driver_sql("CREATE TABLE stray (x)")
    with pytest.raises(Damaged):
        migrate.upgrade(engine)
    db.close_engine(engine)


def test_downgrade_and_upgrade_rebuild_the_index(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Round Trip")
    journal.add_note("a note that survives the round trip", child.id)
    journal.add_temperature(child.id, 38.9)
    journal.close()
    engine = _engine_for(data_dir, PASSPHRASE)
    migrate.downgrade(engine, "0001")
    with db.read(engine) as conn:
        names = set(sa.inspect(conn).get_table_names())
    assert "entry" not in names and "fever_event" not in names
    assert migrate.upgrade(engine) is True
    db.close_engine(engine)
    journal = Journal.unlock(data_dir, PASSPHRASE)
    try:
        assert [e.title for e in journal.search("survives")] == [
            "a note that survives the round trip"
        ]
        assert journal.timeline_count(child_id=child.id) == 2
    finally:
        journal.close()


def test_a_backup_from_a_newer_app_is_refused(data_dir: Path, tmp_path: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.add_note("today's journal")
    journal.close()
    paths = resolve_paths(data_dir)
    vault = Vault.load(paths.vault_file)
    engine = _engine_for(data_dir, PASSPHRASE)
    future = tmp_path / "future.companion-backup"
    with engine.connect() as conn:
        key = vault.unlock_with_passphrase(PASSPHRASE)
        backup.write_backup(conn.connection, vault, "9999_from_a_newer_app", future, data_key=key)
    db.close_engine(engine)
    before = _digest(paths.journal_db)
    with pytest.raises(NewerSchema):
        Journal.restore(future, data_dir, PASSPHRASE)
    assert _digest(paths.journal_db) == before
