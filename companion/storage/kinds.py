"""How each kind of entry is stored: its record type, its table, the field it is dated by, and
what it belongs to. Storage reads this one table; nothing else in storage names a kind.

The journal's wording of a kind (label, title, detail) is in :mod:`companion.journal.kinds`
and its form in ``companion.ui.journal.forms.registry``; docs/architecture.md has the recipe
for a new kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from companion.storage import models
from companion.storage.records import RECORD_TYPES, Kind, Record


@dataclass(frozen=True)
class StoredKind:
    """One kind's storage: ``time_field`` orders and ranges it; ``owners`` are the
    (kind, column) pairs whose deletion takes a row of this kind along."""

    kind: Kind
    row: type[models.SoftDeleted]
    time_field: str
    owners: tuple[tuple[Kind, str], ...] = ()

    @property
    def record(self) -> type[Record]:
        return RECORD_TYPES[self.kind]

    @property
    def table(self) -> sa.Table:
        return self.row.__table__  # type: ignore[attr-defined,no-any-return]


_CHILD = ((Kind.CHILD, "child_id"),)

#: Every kind, rows that others point at first (purging walks this backwards).
STORED: dict[Kind, StoredKind] = {
    stored.kind: stored
    for stored in (
        StoredKind(Kind.CHILD, models.ChildRow, "created_at"),
        StoredKind(Kind.CONTACT, models.ContactRow, "created_at"),
        StoredKind(Kind.MEDICINE, models.MedicineRow, "created_at", _CHILD),
        StoredKind(Kind.TEMPERATURE, models.TemperatureRow, "taken_at", _CHILD),
        StoredKind(Kind.APPOINTMENT, models.AppointmentRow, "starts_at", _CHILD),
        StoredKind(Kind.SYMPTOM, models.SymptomRow, "recorded_at", _CHILD),
        StoredKind(
            Kind.DOSE, models.DoseRow, "given_at", (*_CHILD, (Kind.MEDICINE, "medicine_id"))
        ),
        StoredKind(Kind.NOTE, models.NoteRow, "written_at", _CHILD),
        StoredKind(Kind.QUESTION, models.QuestionRow, "asked_at", _CHILD),
        StoredKind(Kind.FEVER, models.FeverEventRow, "occurred_at", _CHILD),
        StoredKind(Kind.CAREGIVER, models.CaregiverRow, "created_at"),
        StoredKind(Kind.BLOOD_COUNT, models.BloodCountRow, "drawn_at", _CHILD),
        StoredKind(Kind.CYCLE, models.TreatmentCycleRow, "starts_at", _CHILD),
        StoredKind(
            Kind.TREATMENT_DAY,
            models.TreatmentDayRow,
            "starts_at",
            (*_CHILD, (Kind.CYCLE, "cycle_id")),
        ),
        StoredKind(Kind.CALL_ALERT, models.CallAlertRow, "occurred_at", _CHILD),
    )
}


def table_of(kind: str) -> sa.Table:
    """The Core table for a kind (queries use Core; rows become records, not ORM objects)."""
    return STORED[Kind(kind)].table


def time_column(kind: str) -> Any:
    """The column a kind is ordered and ranged by."""
    stored = STORED[Kind(kind)]
    return stored.table.c[stored.time_field]


def dependents(kind: str) -> list[tuple[Kind, str]]:
    """(kind, column) pairs whose rows go away with a row of ``kind``."""
    return [
        (stored.kind, column)
        for stored in STORED.values()
        for owner, column in stored.owners
        if owner == kind
    ]
