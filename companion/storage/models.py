"""The journal's tables (SQLModel). Column names match the fields of the records
(:mod:`companion.storage.records`).

Every row has a random text id and UTC ``created_at``/``updated_at`` so two caregivers' copies
can be merged later; entries are soft-deleted (``deleted_at``) so Undo works, and erased once
the Undo window has passed (on lock and before every backup).
``entry`` is a derived index of every entry for the timeline and full-text search; triggers
(created by migration 0002) keep it and its FTS5 table ``entry_fts`` in sync.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from companion.storage.records import new_id, utcnow


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored as sortable naive UTC text."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the journal")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _child_fk(*, nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column_args=[sa.ForeignKey("child.id", ondelete="CASCADE")],
        nullable=nullable,
        index=False,
    )


def _when(*, nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_type=UTCDateTime, nullable=True)
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Stamped(SQLModel):
    """Stable id and UTC creation/update times, shared by every table."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = _when()
    updated_at: datetime = _when()


class SoftDeleted(Stamped):
    deleted_at: datetime | None = _when(nullable=True)


class ChildRow(SoftDeleted, table=True):
    __tablename__ = "child"

    name: str
    birth_date: date | None = None
    diagnosis: str = ""


class AppointmentRow(SoftDeleted, table=True):
    __tablename__ = "appointment"
    __table_args__ = (sa.Index("ix_appointment_child_starts", "child_id", "starts_at"),)

    child_id: str = _child_fk()
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    tz: str
    duration_minutes: int = 60
    all_day: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    place: str = ""
    place_kind: str = "free"
    with_whom: str = ""
    purpose: str = ""
    questions: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    after_notes: str = ""
    reminder_minutes: int | None = None


class SymptomRow(SoftDeleted, table=True):
    __tablename__ = "symptom"
    __table_args__ = (sa.Index("ix_symptom_child_recorded", "child_id", "recorded_at"),)

    child_id: str = _child_fk()
    symptom: str
    detail: str = ""
    severity: int
    frequency: int | None = None
    interference: int | None = None
    reporter: str = "caregiver"
    recorded_at: datetime = _when()
    notes: str = ""


class TemperatureRow(SoftDeleted, table=True):
    __tablename__ = "temperature"
    __table_args__ = (sa.Index("ix_temperature_child_taken", "child_id", "taken_at"),)

    child_id: str = _child_fk()
    value: float
    unit: str = "C"
    method: str = "armpit"
    taken_at: datetime = _when()
    fever_medicine: str = ""
    notes: str = ""


class MedicineRow(SoftDeleted, table=True):
    __tablename__ = "medicine"
    __table_args__ = (sa.Index("ix_medicine_child", "child_id"),)

    child_id: str = _child_fk()
    name: str
    dose: str = ""
    schedule: str = ""
    as_needed: bool = False
    active: bool = True
    min_interval_hours: float | None = None
    dose_amount: float | None = None
    dose_unit: str = Field(default="", sa_column_kwargs={"server_default": ""})
    on_hand: float | None = None
    on_hand_at: datetime | None = _when(nullable=True)
    doses_per_day: float | None = None


class DoseRow(SoftDeleted, table=True):
    __tablename__ = "dose"
    __table_args__ = (
        sa.Index("ix_dose_child_given", "child_id", "given_at"),
        sa.Index("ix_dose_medicine", "medicine_id"),
    )

    child_id: str = _child_fk()
    medicine_id: str = Field(
        sa_column_args=[sa.ForeignKey("medicine.id", ondelete="CASCADE")], nullable=False
    )
    given_at: datetime = _when()
    amount: str = ""
    notes: str = ""
    # Not a foreign key: a dose may arrive from another computer before its caregiver does.
    given_by: str | None = None


class NoteRow(SoftDeleted, table=True):
    __tablename__ = "note"
    __table_args__ = (sa.Index("ix_note_child", "child_id"),)

    child_id: str | None = _child_fk(nullable=True)
    text: str
    written_at: datetime = _when()


class QuestionRow(SoftDeleted, table=True):
    __tablename__ = "question"
    __table_args__ = (sa.Index("ix_question_child", "child_id"),)

    child_id: str | None = _child_fk(nullable=True)
    text: str
    answered: bool = False
    answer: str = ""
    asked_at: datetime = _when()


class ContactRow(SoftDeleted, table=True):
    __tablename__ = "contact"
    __table_args__ = (
        # At most one live contact is the one to call for a fever.
        sa.Index(
            "ux_contact_call_for_fever",
            "call_for_fever",
            unique=True,
            sqlite_where=sa.text("call_for_fever = 1 AND deleted_at IS NULL"),
        ),
    )

    name: str
    role: str = ""
    phone: str = ""
    notes: str = ""
    call_for_fever: bool = False


class FeverEventRow(SoftDeleted, table=True):
    __tablename__ = "fever_event"
    __table_args__ = (sa.Index("ix_fever_event_child_occurred", "child_id", "occurred_at"),)

    child_id: str = _child_fk()
    reading_id: str | None = Field(
        default=None,
        sa_column_args=[sa.ForeignKey("temperature.id", ondelete="SET NULL")],
        nullable=True,
    )
    rule: str
    summary: str = ""
    occurred_at: datetime = _when()


class CaregiverRow(SoftDeleted, table=True):
    __tablename__ = "caregiver"

    name: str


class BloodCountRow(SoftDeleted, table=True):
    __tablename__ = "blood_count"
    __table_args__ = (sa.Index("ix_blood_count_child_drawn", "child_id", "drawn_at"),)

    child_id: str = _child_fk()
    drawn_at: datetime = _when()
    wbc: float | None = None
    anc: float | None = None
    anc_computed: bool = False
    segs: float | None = None
    bands: float | None = None
    hemoglobin: float | None = None
    platelets: float | None = None
    alc: float | None = None
    others: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    count_unit: str = "10^9/L"
    hgb_unit: str = "g/dL"
    notes: str = ""


class TreatmentCycleRow(SoftDeleted, table=True):
    __tablename__ = "treatment_cycle"
    __table_args__ = (sa.Index("ix_treatment_cycle_child_starts", "child_id", "starts_at"),)

    child_id: str = _child_fk()
    name: str
    number: int | None = None
    starts_at: datetime = Field(sa_type=UTCDateTime)
    tz: str
    length_days: int | None = None
    notes: str = ""


class TreatmentDayRow(SoftDeleted, table=True):
    __tablename__ = "treatment_day"
    __table_args__ = (
        sa.Index("ix_treatment_day_child_starts", "child_id", "starts_at"),
        sa.Index("ix_treatment_day_cycle", "cycle_id"),
    )

    child_id: str = _child_fk()
    cycle_id: str = Field(
        sa_column_args=[sa.ForeignKey("treatment_cycle.id", ondelete="CASCADE")], nullable=False
    )
    day: int
    starts_at: datetime = Field(sa_type=UTCDateTime)
    tz: str
    drugs: str = ""
    needs_counts: bool = False
    notes: str = ""


class CallAlertRow(SoftDeleted, table=True):
    __tablename__ = "call_alert"
    __table_args__ = (sa.Index("ix_call_alert_child_occurred", "child_id", "occurred_at"),)

    child_id: str = _child_fk()
    rule: str
    summary: str = ""
    entry_kind: str = ""
    entry_id: str | None = None
    occurred_at: datetime = _when()


class SettingRow(Stamped, table=True):
    __tablename__ = "setting"

    key: str = Field(unique=True)
    value: Any = Field(default=None, sa_type=sa.JSON)


class EntryRow(SQLModel, table=True):
    """Derived: one row per live entry, written only by triggers. Never merged or exported."""

    __tablename__ = "entry"
    __table_args__ = (
        sa.Index("ix_entry_at_kind", "at", "kind"),
        sa.Index("ix_entry_child_at_kind", "child_id", "at", "kind"),
        sa.Index("ix_entry_kind_at", "kind", "at"),
    )

    seq: int | None = Field(default=None, primary_key=True)
    kind: str
    entry_id: str = Field(unique=True)
    child_id: str | None = None
    at: datetime = Field(sa_type=UTCDateTime)
    body: str = ""


SETTINGS: sa.Table = SettingRow.__table__  # type: ignore[attr-defined]
