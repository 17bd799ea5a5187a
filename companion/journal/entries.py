"""What the journal screens do with entries: add, list, edit, delete with Undo, settings.

:class:`companion.journal.facade.Journal` inherits this; its lifecycle half (create, unlock, keys,
backups) lives there. Every method is one transaction and returns frozen records, never ORM
objects. Times are aware datetimes (any zone in, UTC out); a missing time means "now".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, overload

from companion.journal import records as rec
from companion.journal.records import (
    Appointment,
    ChecklistItem,
    Child,
    Contact,
    FeverEvent,
    Note,
    Question,
    Record,
    SymptomEntry,
    TemperatureReading,
    utcnow,
)

if TYPE_CHECKING:
    from companion.storage.repository import Repository

R = TypeVar("R", bound=Record)
#: How far back an appointment may have started and still be "upcoming" (it may be running).
_LONGEST_VISIT = timedelta(hours=24)


#: The longest note Companion saves (about 40 printed pages). Checked when a note is added
#: or edited, not in the record itself, so a longer note saved before stays readable.
MAX_NOTE_CHARS = 100_000


def check_size(record: Record) -> None:
    """A ValueError naming the field when a note is longer than :data:`MAX_NOTE_CHARS`."""
    if isinstance(record, rec.Note) and len(record.text) > MAX_NOTE_CHARS:
        raise ValueError(f"text must be at most {MAX_NOTE_CHARS} characters")


def or_now(value: datetime | None) -> datetime:
    return utcnow() if value is None else value


def of_type(items: Iterable[Record], cls: type[R]) -> list[R]:
    return [item for item in items if isinstance(item, cls)]


class Entries:
    """The entry API over one journal; ``repo`` raises Locked once the journal is closed."""

    def __init__(self, repo: Callable[[], Repository]) -> None:
        self._repo = repo

    def _add(self, record: R) -> R:
        check_size(record)
        return self._repo().insert(record)

    # ----- any kind -----------------------------------------------------------------------

    @overload
    def get(self, kind: type[R], entry_id: str) -> R: ...

    @overload
    def get(self, kind: str, entry_id: str) -> Record: ...

    def get(self, kind: str | type[Any], entry_id: str) -> Record:
        """One live entry by kind name (e.g. ``TimelineEntry.kind``) or record type."""
        if isinstance(kind, str):
            return self._repo().get(kind, entry_id)
        return self._repo().get(rec.kind_of_type(kind), entry_id)

    def get_many(self, kind: str, entry_ids: Iterable[str]) -> dict[str, Record]:
        """Live entries of one kind by id, in one read (a page of the timeline)."""
        return self._repo().get_many(kind, entry_ids)

    def update(self, record: R) -> R:
        """Save an edited copy (``dataclasses.replace(old, ...)``); returns it re-stamped."""
        check_size(record)
        return self._repo().update(record)

    def delete(self, kind: str, entry_id: str) -> None:
        """Soft delete; a child takes its entries along, a medicine its doses. Undo-able."""
        self._repo().delete(kind, entry_id)

    def undo_delete(self, kind: str, entry_id: str) -> None:
        """Restore what :meth:`delete` removed, until it is erased (see ``UNDO_WINDOW``)."""
        self._repo().undo_delete(kind, entry_id)

    # ----- children -----------------------------------------------------------------------

    def add_child(self, name: str, birth_date: date | None = None, diagnosis: str = "") -> Child:
        return self._add(Child(name=name, birth_date=birth_date, diagnosis=diagnosis))

    def list_children(self) -> list[Child]:
        """Children in the order they were added."""
        return of_type(self._repo().list(rec.CHILD, newest_first=False), Child)

    # ----- appointments -------------------------------------------------------------------

    def add_appointment(
        self,
        child_id: str,
        starts_at: datetime,
        tz: str,
        *,
        duration_minutes: int = 60,
        all_day: bool = False,
        place: str = "",
        place_kind: str = "free",
        with_whom: str = "",
        purpose: str = "",
        questions: Sequence[ChecklistItem | str] = (),
        after_notes: str = "",
        reminder_minutes: int | None = None,
    ) -> Appointment:
        items = tuple(q if isinstance(q, ChecklistItem) else ChecklistItem(q) for q in questions)
        return self._add(
            Appointment(
                child_id=child_id,
                starts_at=starts_at,
                tz=tz,
                duration_minutes=duration_minutes,
                all_day=all_day,
                place=place,
                place_kind=place_kind,
                with_whom=with_whom,
                purpose=purpose,
                questions=items,
                after_notes=after_notes,
                reminder_minutes=reminder_minutes,
            )
        )

    def list_appointments(
        self,
        child_id: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[Appointment]:
        """Appointments in time order (oldest first), optionally for one child and range."""
        items = self._repo().list(
            rec.APPOINTMENT, **_child(child_id), since=start, until=end, newest_first=False
        )
        return of_type(items, Appointment)

    def upcoming_appointments(
        self, child_id: str | None = None, now: datetime | None = None, limit: int = 50
    ) -> list[Appointment]:
        """Appointments not yet over at ``now``, soonest first."""
        moment = or_now(now)
        items = self._repo().list(
            rec.APPOINTMENT,
            **_child(child_id),
            since=moment - _LONGEST_VISIT,
            newest_first=False,
        )
        running = [
            a
            for a in of_type(items, Appointment)
            if a.starts_at + timedelta(minutes=a.duration_minutes) > moment
        ]
        return running[:limit]

    def last_appointment_before(self, child_id: str, when: datetime) -> Appointment | None:
        """The latest appointment that started before ``when`` (for "since the last visit")."""
        items = self._repo().list(rec.APPOINTMENT, child_id=child_id, until=when, limit=1)
        found = of_type(items, Appointment)
        return found[0] if found else None

    # ----- symptoms and temperatures ------------------------------------------------------

    def add_symptom(
        self,
        child_id: str,
        symptom: str,
        severity: int,
        *,
        detail: str = "",
        frequency: int | None = None,
        interference: int | None = None,
        reporter: str = "caregiver",
        recorded_at: datetime | None = None,
        notes: str = "",
    ) -> SymptomEntry:
        return self._add(
            SymptomEntry(
                child_id=child_id,
                symptom=symptom,
                severity=severity,
                detail=detail,
                frequency=frequency,
                interference=interference,
                reporter=reporter,
                recorded_at=or_now(recorded_at),
                notes=notes,
            )
        )

    def symptoms_between(self, child_id: str, start: datetime, end: datetime) -> list[SymptomEntry]:
        """Symptoms with ``start <= recorded_at < end``, oldest first (for charts)."""
        items = self._repo().list(
            rec.SYMPTOM, child_id=child_id, since=start, until=end, newest_first=False
        )
        return of_type(items, SymptomEntry)

    def add_temperature(
        self,
        child_id: str,
        value: float,
        unit: str = "C",
        *,
        method: str = "armpit",
        taken_at: datetime | None = None,
        fever_medicine: str = "",
        notes: str = "",
    ) -> TemperatureReading:
        return self._add(
            TemperatureReading(
                child_id=child_id,
                value=value,
                unit=unit,
                method=method,
                taken_at=or_now(taken_at),
                fever_medicine=fever_medicine,
                notes=notes,
            )
        )

    def readings_between(
        self, child_id: str, start: datetime, end: datetime
    ) -> list[TemperatureReading]:
        """Readings with ``start <= taken_at < end``, oldest first (for charts and fever rules)."""
        items = self._repo().list(
            rec.TEMPERATURE, child_id=child_id, since=start, until=end, newest_first=False
        )
        return of_type(items, TemperatureReading)

    def latest_readings(self, child_id: str, limit: int = 20) -> list[TemperatureReading]:
        """The most recent readings, newest first."""
        items = self._repo().list(rec.TEMPERATURE, child_id=child_id, limit=limit)
        return of_type(items, TemperatureReading)

    # ----- notes and questions ------------------------------------------------------------

    def add_note(
        self, text: str, child_id: str | None = None, written_at: datetime | None = None
    ) -> Note:
        return self._add(Note(text=text, child_id=child_id, written_at=or_now(written_at)))

    def list_notes(self, child_id: str | None = None, limit: int | None = None) -> list[Note]:
        """Notes newest first; with ``child_id``, only that child's."""
        items = self._repo().list(rec.NOTE, **_child(child_id), limit=limit)
        return of_type(items, Note)

    def add_question(
        self, text: str, child_id: str | None = None, asked_at: datetime | None = None
    ) -> Question:
        return self._add(Question(text=text, child_id=child_id, asked_at=or_now(asked_at)))

    def answer_question(self, question_id: str, answer: str) -> Question:
        """Record the care team's answer and mark the question answered."""
        from dataclasses import replace

        question = self.get(Question, question_id)
        return self.update(replace(question, answer=answer, answered=True))

    def list_questions(
        self, child_id: str | None = None, open_only: bool = False
    ) -> list[Question]:
        """Questions oldest first (the order to ask them); with ``child_id``, that child's."""
        where = {"answered": False} if open_only else None
        items = self._repo().list(rec.QUESTION, **_child(child_id), newest_first=False, where=where)
        return of_type(items, Question)

    # ----- care team and fever events -----------------------------------------------------

    def add_contact(
        self,
        name: str,
        *,
        role: str = "",
        phone: str = "",
        notes: str = "",
        call_for_fever: bool = False,
    ) -> Contact:
        """Add a care-team contact; ``call_for_fever`` moves the fever flag to this one."""
        return self._add(
            Contact(name=name, role=role, phone=phone, notes=notes, call_for_fever=call_for_fever)
        )

    def list_contacts(self) -> list[Contact]:
        """Care-team contacts in the order they were added."""
        return of_type(self._repo().list(rec.CONTACT, newest_first=False), Contact)

    def fever_contact(self) -> Contact | None:
        """The one contact to call for a fever, if the family chose one."""
        items = self._repo().list(rec.CONTACT, where={"call_for_fever": True}, limit=1)
        found = of_type(items, Contact)
        return found[0] if found else None

    def add_fever_event(
        self,
        child_id: str,
        rule: str,
        summary: str,
        *,
        reading_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> FeverEvent:
        """Record that a fever rule fired and what the family was shown."""
        return self._add(
            FeverEvent(
                child_id=child_id,
                rule=rule,
                summary=summary,
                reading_id=reading_id,
                occurred_at=or_now(occurred_at),
            )
        )

    def list_fever_events(self, child_id: str, limit: int | None = None) -> list[FeverEvent]:
        """Fever events newest first."""
        items = self._repo().list(rec.FEVER, child_id=child_id, limit=limit)
        return of_type(items, FeverEvent)

    # ----- settings ---------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self._repo().get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-able value (fever rules live here)."""
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError):
            raise ValueError("settings must be plain JSON values") from None
        self._repo().set_setting(key, value)


def _child(child_id: str | None) -> dict[str, Any]:
    """``None`` means every child (and none); otherwise filter on that child."""
    return {} if child_id is None else {"child_id": child_id}
