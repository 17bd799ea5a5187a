"""Plain, frozen records the journal hands to the UI: no ORM objects ever leave the core.

Each record checks its own values when built, so the same rules hold for new entries, edits
(``dataclasses.replace`` then ``Journal.update``) and rows read back. Error messages name the
field, never the value the family typed. Every datetime is aware and normalised to UTC.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any


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

#: Kinds that can appear in the timeline and in search results.
ENTRY_KINDS: tuple[Kind, ...] = tuple(kind for kind in Kind if kind is not Kind.CHILD)
#: Kinds the timeline shows when no kinds are asked for (contacts are not events).
TIMELINE_KINDS: tuple[Kind, ...] = tuple(kind for kind in ENTRY_KINDS if kind is not Kind.CONTACT)

PLACE_KINDS = ("center", "contact", "free")
REPORTERS = ("child", "caregiver")
UNITS = ("C", "F")
METHODS = ("mouth", "armpit", "ear", "forehead")
SCALE_MAX = 4
#: Readings outside these bounds are typing slips (385 for 38.5), not temperatures.
PLAUSIBLE = {"C": (30.0, 45.0), "F": (86.0, 113.0)}


def new_id() -> str:
    """A stable random id, so two caregivers' copies can be merged later."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _check(record: Any) -> None:
    """Normalise every datetime field to UTC and refuse naive ones."""
    cls = type(record)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(item.name for item in fields(record))
    for name in names:
        value = getattr(record, name)
        if isinstance(value, datetime) and value.tzinfo is not UTC:  # rows read back are UTC
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must carry a time zone")
            object.__setattr__(record, name, value.astimezone(UTC))


def _text(record: Any, name: str) -> None:
    if not str(getattr(record, name)).strip():
        raise ValueError(f"{name} must not be empty")


def _scale(name: str, value: int | None, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SCALE_MAX:
        raise ValueError(f"{name} must be a whole number from 0 to {SCALE_MAX}")


def _one_of(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} must be one of: {', '.join(allowed)}")


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
        _check(self)
        _text(self, "name")
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
        _check(self)
        _one_of("place_kind", self.place_kind, PLACE_KINDS)
        if self.duration_minutes < 0:
            raise ValueError("duration_minutes must not be negative")
        if self.reminder_minutes is not None and self.reminder_minutes < 0:
            raise ValueError("reminder_minutes must not be negative")
        object.__setattr__(self, "questions", tuple(self.questions))
        if not all(isinstance(item, ChecklistItem) for item in self.questions):
            raise ValueError("questions must be checklist items")
        _check_zone(self.tz)


def _check_zone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("tz must be an IANA time zone name") from None


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
        _check(self)
        _text(self, "symptom")
        _scale("severity", self.severity, optional=False)
        _scale("frequency", self.frequency, optional=True)
        _scale("interference", self.interference, optional=True)
        _one_of("reporter", self.reporter, REPORTERS)


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
        _check(self)
        _one_of("unit", self.unit, UNITS)
        _one_of("method", self.method, METHODS)
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
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        _check(self)
        _text(self, "name")


@dataclass(frozen=True, slots=True, kw_only=True)
class DoseGiven:
    child_id: str
    medicine_id: str
    given_at: datetime = field(default_factory=utcnow)
    amount: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        _check(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    text: str
    child_id: str | None = None
    written_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        _check(self)
        _text(self, "text")


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
        _check(self)
        _text(self, "text")


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
        _check(self)
        _text(self, "name")


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
        _check(self)
        _text(self, "rule")


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
