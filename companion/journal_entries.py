"""What the journal screens do with entries: add, list, edit, delete with Undo, settings.

:class:`companion.journal.Journal` inherits this; its lifecycle half (create, unlock, keys,
backups) lives there. Every method is one transaction and returns frozen records, never ORM
objects. Times are aware datetimes (any zone in, UTC out); a missing time means "now".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar, overload

from companion import records as rec
from companion.journal_timeline import JournalTimeline
from companion.records import (
    Appointment,
    ChecklistItem,
    Child,
    Contact,
    DoseGiven,
    FeverEvent,
    Medicine,
    Note,
    Question,
    Record,
    SymptomEntry,
    TemperatureReading,
    utcnow,
)

R = TypeVar("R", bound=Record)
#: How far back an appointment may have started and still be "upcoming" (it may be running).
_LONGEST_VISIT = timedelta(hours=24)


def _now(value: datetime | None) -> datetime:
    return utcnow() if value is None else value


def _typed(items: Iterable[Record], cls: type[R]) -> list[R]:
    return [item for item in items if isinstance(item, cls)]


class JournalEntries(JournalTimeline):
    """The entry API. Subclasses provide :meth:`_repo` (raises Locked once closed)."""

    def _add(self, record: R) -> R:
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

    def update(self, record: R) -> R:
        """Save an edited copy (``dataclasses.replace(old, ...)``); returns it re-stamped."""
        return self._repo().update(record)

    def delete(self, kind: str, entry_id: str) -> None:
        """Soft delete; a child takes its entries along, a medicine its doses. Undo-able."""
        self._repo().delete(kind, entry_id)

    def undo_delete(self, kind: str, entry_id: str) -> None:
        """Restore what :meth:`delete` removed (until :meth:`purge_deleted`)."""
        self._repo().undo_delete(kind, entry_id)

    def purge_deleted(self, before: datetime | None = None) -> int:
        """Erase entries deleted before ``before`` (default: all) for good; returns a count."""
        return self._repo().purge_deleted(before)

    # ----- children -----------------------------------------------------------------------

    def add_child(self, name: str, birth_date: date | None = None, diagnosis: str = "") -> Child:
        return self._add(Child(name=name, birth_date=birth_date, diagnosis=diagnosis))

    def list_children(self) -> list[Child]:
        """Children in the order they were added."""
        return _typed(self._repo().list(rec.CHILD, newest_first=False), Child)

    # ----- appointments -------------------------------------------------------------------

    def add_appointment(
        self,
        child_id: str,
        starts_at: datetime,
        tz: str,
        *,
        duration_minutes: int = 60,
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
        return _typed(items, Appointment)

    def upcoming_appointments(
        self, child_id: str | None = None, now: datetime | None = None, limit: int = 50
    ) -> list[Appointment]:
        """Appointments not yet over at ``now``, soonest first."""
        moment = _now(now)
        items = self._repo().list(
            rec.APPOINTMENT,
            **_child(child_id),
            since=moment - _LONGEST_VISIT,
            newest_first=False,
        )
        running = [
            a
            for a in _typed(items, Appointment)
            if a.starts_at + timedelta(minutes=a.duration_minutes) > moment
        ]
        return running[:limit]

    def last_appointment_before(self, child_id: str, when: datetime) -> Appointment | None:
        """The latest appointment that started before ``when`` (for "since the last visit")."""
        items = self._repo().list(rec.APPOINTMENT, child_id=child_id, until=when, limit=1)
        found = _typed(items, Appointment)
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
                recorded_at=_now(recorded_at),
                notes=notes,
            )
        )

    def symptoms_between(self, child_id: str, start: datetime, end: datetime) -> list[SymptomEntry]:
        """Symptoms with ``start <= recorded_at < end``, oldest first (for charts)."""
        items = self._repo().list(
            rec.SYMPTOM, child_id=child_id, since=start, until=end, newest_first=False
        )
        return _typed(items, SymptomEntry)

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
                taken_at=_now(taken_at),
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
        return _typed(items, TemperatureReading)

    def latest_readings(self, child_id: str, limit: int = 20) -> list[TemperatureReading]:
        """The most recent readings, newest first."""
        items = self._repo().list(rec.TEMPERATURE, child_id=child_id, limit=limit)
        return _typed(items, TemperatureReading)

    # ----- medicines and doses ------------------------------------------------------------

    def add_medicine(
        self,
        child_id: str,
        name: str,
        *,
        dose: str = "",
        schedule: str = "",
        as_needed: bool = False,
        active: bool = True,
    ) -> Medicine:
        return self._add(
            Medicine(
                child_id=child_id,
                name=name,
                dose=dose,
                schedule=schedule,
                as_needed=as_needed,
                active=active,
            )
        )

    def list_medicines(self, child_id: str, active_only: bool = False) -> list[Medicine]:
        """A child's medicines in the order they were added."""
        where = {"active": True} if active_only else None
        items = self._repo().list(rec.MEDICINE, child_id=child_id, newest_first=False, where=where)
        return _typed(items, Medicine)

    def add_dose(
        self,
        child_id: str,
        medicine_id: str,
        *,
        given_at: datetime | None = None,
        amount: str = "",
        notes: str = "",
    ) -> DoseGiven:
        return self._add(
            DoseGiven(
                child_id=child_id,
                medicine_id=medicine_id,
                given_at=_now(given_at),
                amount=amount,
                notes=notes,
            )
        )

    def doses_between(self, child_id: str, start: datetime, end: datetime) -> list[DoseGiven]:
        """Doses with ``start <= given_at < end``, oldest first."""
        items = self._repo().list(
            rec.DOSE, child_id=child_id, since=start, until=end, newest_first=False
        )
        return _typed(items, DoseGiven)

    def doses_on(self, child_id: str, day: date, tz: str | None = None) -> list[DoseGiven]:
        """Doses given on a calendar day in ``tz`` (default: this computer's time zone)."""
        start, end = day_bounds(day, tz)
        return self.doses_between(child_id, start, end)

    def list_doses(
        self, child_id: str, medicine_id: str | None = None, limit: int | None = None
    ) -> list[DoseGiven]:
        """Doses, newest first, optionally of one medicine."""
        where = {"medicine_id": medicine_id} if medicine_id is not None else None
        items = self._repo().list(rec.DOSE, child_id=child_id, limit=limit, where=where)
        return _typed(items, DoseGiven)

    # ----- notes and questions ------------------------------------------------------------

    def add_note(
        self, text: str, child_id: str | None = None, written_at: datetime | None = None
    ) -> Note:
        return self._add(Note(text=text, child_id=child_id, written_at=_now(written_at)))

    def list_notes(self, child_id: str | None = None, limit: int | None = None) -> list[Note]:
        """Notes newest first; with ``child_id``, only that child's."""
        items = self._repo().list(rec.NOTE, **_child(child_id), limit=limit)
        return _typed(items, Note)

    def add_question(
        self, text: str, child_id: str | None = None, asked_at: datetime | None = None
    ) -> Question:
        return self._add(Question(text=text, child_id=child_id, asked_at=_now(asked_at)))

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
        return _typed(items, Question)

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
        return _typed(self._repo().list(rec.CONTACT, newest_first=False), Contact)

    def fever_contact(self) -> Contact | None:
        """The one contact to call for a fever, if the family chose one."""
        items = self._repo().list(rec.CONTACT, where={"call_for_fever": True}, limit=1)
        found = _typed(items, Contact)
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
                occurred_at=_now(occurred_at),
            )
        )

    def list_fever_events(self, child_id: str, limit: int | None = None) -> list[FeverEvent]:
        """Fever events newest first."""
        items = self._repo().list(rec.FEVER, child_id=child_id, limit=limit)
        return _typed(items, FeverEvent)

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


def day_bounds(day: date, tz: str | None = None) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of a calendar day in ``tz`` or this computer's zone."""
    if tz is None:
        start = datetime.combine(day, time()).astimezone()
        end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    else:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(tz)
        start = datetime.combine(day, time(), tzinfo=zone)
        end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start, end
