"""Plain, frozen records the journal hands to the UI: no ORM objects ever leave the core.

Each record checks its own values when built, so the same rules hold for new entries, edits
(``dataclasses.replace`` then ``Journal.update``) and rows read back. Error messages name the
field, never the value the family typed. Every datetime is aware and normalised to UTC.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from companion.storage.records.care import (
    COUNT_UNITS as COUNT_UNITS,
)
from companion.storage.records.care import (
    HGB_UNITS as HGB_UNITS,
)
from companion.storage.records.care import (
    BloodCount as BloodCount,
)
from companion.storage.records.care import (
    CallAlert as CallAlert,
)
from companion.storage.records.care import (
    Caregiver as Caregiver,
)
from companion.storage.records.care import (
    NamedValue as NamedValue,
)
from companion.storage.records.care import (
    TreatmentCycle as TreatmentCycle,
)
from companion.storage.records.care import (
    TreatmentDay as TreatmentDay,
)
from companion.storage.records.checks import (
    SCALE_MAX as SCALE_MAX,
)
from companion.storage.records.checks import (
    check_one_of,
    check_scale,
    check_text,
    check_times,
    check_zone,
)
from companion.storage.records.checks import (
    new_id as new_id,
)
from companion.storage.records.checks import (
    utcnow as utcnow,
)


class Kind(StrEnum):
    """A kind of journal entry. Members are strings, so ``get("note", ...)`` keeps working.

    Each kind is described once in a registry per layer: :mod:`companion.storage.kinds`
    (record, table, time field), :mod:`companion.journal.kinds` (label, title and detail) and
    ``companion.ui.journal.forms.registry`` (the form). See docs/architecture.md.
    """

    CHILD = "child"
    APPOINTMENT = "appointment"
    SYMPTOM = "symptom"
    TEMPERATURE = "temperature"
    MEDICINE = "medicine"
    DOSE = "dose"
    NOTE = "note"
    QUESTION = "question"
    CONTACT = "contact"
    FEVER = "fever"
    CAREGIVER = "caregiver"
    BLOOD_COUNT = "blood_count"
    CYCLE = "treatment_cycle"
    TREATMENT_DAY = "treatment_day"
    CALL_ALERT = "call_alert"


CHILD = Kind.CHILD
APPOINTMENT = Kind.APPOINTMENT
SYMPTOM = Kind.SYMPTOM
TEMPERATURE = Kind.TEMPERATURE
MEDICINE = Kind.MEDICINE
DOSE = Kind.DOSE
NOTE = Kind.NOTE
QUESTION = Kind.QUESTION
CONTACT = Kind.CONTACT
FEVER = Kind.FEVER
CAREGIVER = Kind.CAREGIVER
BLOOD_COUNT = Kind.BLOOD_COUNT
CYCLE = Kind.CYCLE
TREATMENT_DAY = Kind.TREATMENT_DAY
CALL_ALERT = Kind.CALL_ALERT

#: Kinds that can appear in the timeline and in search results.
#: Kinds that are not entries: the children and the people who give doses.
NOT_ENTRIES = (Kind.CHILD, Kind.CAREGIVER)
ENTRY_KINDS: tuple[Kind, ...] = tuple(kind for kind in Kind if kind not in NOT_ENTRIES)
#: Kinds the timeline shows when no kinds are asked for (contacts are not events).
TIMELINE_KINDS: tuple[Kind, ...] = tuple(kind for kind in ENTRY_KINDS if kind is not Kind.CONTACT)

PLACE_KINDS = ("center", "contact", "free")
REPORTERS = ("child", "caregiver")
UNITS = ("C", "F")
METHODS = ("mouth", "armpit", "ear", "forehead")
#: Readings outside these bounds are typing slips (385 for 38.5), not temperatures.
PLAUSIBLE = {"C": (30.0, 45.0), "F": (86.0, 113.0)}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One question to ask at an appointment, ticked off when asked."""

    text: str
    done: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Child:
    name: str
    birth_date: date | None = None
    diagnosis: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "name")
        if isinstance(self.birth_date, datetime):
            raise ValueError("birth_date must be a date, not a date and time")


@dataclass(frozen=True, slots=True, kw_only=True)
class Appointment:
    child_id: str
    starts_at: datetime
    tz: str
    duration_minutes: int = 60
    all_day: bool = False
    place: str = ""
    place_kind: str = "free"
    with_whom: str = ""
    purpose: str = ""
    questions: tuple[ChecklistItem, ...] = ()
    after_notes: str = ""
    reminder_minutes: int | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_one_of("place_kind", self.place_kind, PLACE_KINDS)
        if self.duration_minutes < 0:
            raise ValueError("duration_minutes must not be negative")
        if self.reminder_minutes is not None and self.reminder_minutes < 0:
            raise ValueError("reminder_minutes must not be negative")
        object.__setattr__(self, "questions", tuple(self.questions))
        if not all(isinstance(item, ChecklistItem) for item in self.questions):
            raise ValueError("questions must be checklist items")
        check_zone(self.tz)


@dataclass(frozen=True, slots=True, kw_only=True)
class SymptomEntry:
    child_id: str
    symptom: str
    severity: int
    detail: str = ""
    frequency: int | None = None
    interference: int | None = None
    reporter: str = "caregiver"
    recorded_at: datetime = field(default_factory=utcnow)
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "symptom")
        check_scale("severity", self.severity, optional=False)
        check_scale("frequency", self.frequency, optional=True)
        check_scale("interference", self.interference, optional=True)
        check_one_of("reporter", self.reporter, REPORTERS)


@dataclass(frozen=True, slots=True, kw_only=True)
class TemperatureReading:
    child_id: str
    value: float
    unit: str = "C"
    method: str = "armpit"
    taken_at: datetime = field(default_factory=utcnow)
    fever_medicine: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_one_of("unit", self.unit, UNITS)
        check_one_of("method", self.method, METHODS)
        low, high = PLAUSIBLE[self.unit]
        if not math.isfinite(self.value) or not low <= self.value <= high:
            raise ValueError(f"value must be between {low:g} and {high:g} °{self.unit}")
        object.__setattr__(self, "value", float(self.value))

    @property
    def celsius(self) -> float:
        return self.value if self.unit == "C" else (self.value - 32.0) * 5.0 / 9.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Medicine:
    child_id: str
    name: str
    dose: str = ""
    schedule: str = ""
    as_needed: bool = False
    active: bool = True
    #: The shortest time the team allows between two doses (as-needed medicines).
    min_interval_hours: float | None = None
    #: Supply tracking, all optional: one dose's amount and unit, how much is on hand (and
    #: when it was counted), and how many doses a day are given.
    dose_amount: float | None = None
    dose_unit: str = ""
    on_hand: float | None = None
    on_hand_at: datetime | None = None
    doses_per_day: float | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "name")
        for name in ("min_interval_hours", "dose_amount", "on_hand", "doses_per_day"):
            value = getattr(self, name)
            if value is not None and (not math.isfinite(value) or value < 0):
                raise ValueError(f"{name} must be a number not below zero")


@dataclass(frozen=True, slots=True, kw_only=True)
class DoseGiven:
    child_id: str
    medicine_id: str
    given_at: datetime = field(default_factory=utcnow)
    amount: str = ""
    notes: str = ""
    #: The caregiver who gave it (None for doses recorded before caregivers existed).
    given_by: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    text: str
    child_id: str | None = None
    written_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "text")


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    text: str
    child_id: str | None = None
    answered: bool = False
    answer: str = ""
    asked_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "text")


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    name: str
    role: str = ""
    phone: str = ""
    notes: str = ""
    call_for_fever: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "name")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeverEvent:
    child_id: str
    rule: str
    summary: str = ""
    reading_id: str | None = None
    occurred_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "rule")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One row of the timeline or of search results; open it with ``Journal.get(kind, id)``.

    ``seq`` is the entry's place in the journal's timeline index (None when not read from it):
    with ``at`` and ``kind`` it is the cursor that ``Journal.timeline(after=entry)`` continues
    from, so the next page costs the same at the bottom of the journal as at the top.
    """

    kind: str
    id: str
    child_id: str | None
    at: datetime
    title: str
    detail: str
    seq: int | None = None


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows, from the screen's filter bar down to the SQL; None means "any".

    ``start`` is inclusive and ``end`` exclusive; ``kinds=None`` is every kind but contacts.
    """

    child_id: str | None = None
    kinds: tuple[str, ...] | None = None
    start: datetime | None = None
    end: datetime | None = None
    text: str | None = None


Record = (
    Child
    | Appointment
    | SymptomEntry
    | TemperatureReading
    | Medicine
    | DoseGiven
    | Note
    | Question
    | Contact
    | FeverEvent
    | Caregiver
    | BloodCount
    | TreatmentCycle
    | TreatmentDay
    | CallAlert
)

RECORD_TYPES: dict[Kind, type[Record]] = {
    Kind.CHILD: Child,
    Kind.APPOINTMENT: Appointment,
    Kind.SYMPTOM: SymptomEntry,
    Kind.TEMPERATURE: TemperatureReading,
    Kind.MEDICINE: Medicine,
    Kind.DOSE: DoseGiven,
    Kind.NOTE: Note,
    Kind.QUESTION: Question,
    Kind.CONTACT: Contact,
    Kind.FEVER: FeverEvent,
    Kind.CAREGIVER: Caregiver,
    Kind.BLOOD_COUNT: BloodCount,
    Kind.CYCLE: TreatmentCycle,
    Kind.TREATMENT_DAY: TreatmentDay,
    Kind.CALL_ALERT: CallAlert,
}
_KIND_OF_TYPE: dict[type[Any], Kind] = {cls: kind for kind, cls in RECORD_TYPES.items()}


def kind_of_type(cls: type[Record]) -> Kind:
    """The kind of a record type."""
    try:
        return _KIND_OF_TYPE[cls]
    except KeyError:
        raise TypeError("not a journal record type") from None


def kind_of(record: Record) -> Kind:
    """The kind of a record (the key used by the timeline and by delete/undo)."""
    return kind_of_type(type(record))
