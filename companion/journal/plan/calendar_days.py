"""Planned treatment days as calendar events: all-day events the calendar export writes with
the appointments (:mod:`companion.journal.exports.calendar`), each with a stable id of its own
so a second export updates the same event."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from companion.journal.plan.treatment_plan import TR_CONTEXT
from companion.journal.records import ChecklistItem, TreatmentDay
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

_T = TR_CONTEXT


@dataclass(frozen=True)
class DayEvent:
    """A treatment day shaped like an appointment (``AppointmentLike``), all day."""

    id: str
    starts_at: datetime
    tz: str
    purpose: str
    created_at: datetime
    updated_at: datetime
    duration_minutes: int = 24 * 60
    all_day: bool = True
    place: str = ""
    with_whom: str = ""
    questions: tuple[ChecklistItem, ...] = ()
    reminder_minutes: int | None = None


def day_events(
    days: Iterable[TreatmentDay], cycle_names: Mapping[str, str], tr: Translate = untranslated
) -> list[DayEvent]:
    """One all-day event per planned day: "Day 8 of cycle 3: Vincristine (if counts allow)"."""
    events = []
    for day in days:
        title = tr(_T, QT_TRANSLATE_NOOP("Journal", "Day %1 of %2")).replace("%1", str(day.day))
        title = title.replace("%2", cycle_names.get(day.cycle_id, ""))
        if day.drugs:
            title += ": " + day.drugs.replace("\n", ", ")
        if day.needs_counts:
            title += " (" + tr(_T, QT_TRANSLATE_NOOP("Journal", "if the counts allow")) + ")"
        events.append(
            DayEvent(
                id=f"treatment-day-{day.id}",
                starts_at=day.starts_at,
                tz=day.tz,
                purpose=title,
                created_at=day.created_at,
                updated_at=day.updated_at,
            )
        )
    return events
