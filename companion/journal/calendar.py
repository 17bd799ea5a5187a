"""Appointments out to any calendar app as an RFC 5545 ``.ics`` file (Qt-free).

UIDs are stable, so importing the file again updates the same events instead of doubling them;
SEQUENCE grows with every edit. Notes written after a visit stay in the journal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from icalendar import Calendar

UID_DOMAIN = "companionapp.org"
PRODID = "-//Companion//Companion journal//EN"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class ChecklistItemLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def done(self) -> bool: ...


class AppointmentLike(Protocol):
    """What the export needs from an appointment (records.Appointment fits)."""

    @property
    def id(self) -> Any: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def tz(self) -> str: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def place(self) -> str: ...
    @property
    def with_whom(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def questions(self) -> Sequence[ChecklistItemLike]: ...
    @property
    def reminder_minutes(self) -> int | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...


@dataclass(frozen=True)
class Labels:
    """The few words the export writes itself; the UI passes translated ones."""

    appointment: str = "Appointment"
    purpose: str = "Purpose"
    with_whom: str = "With"
    questions: str = "Questions to ask"
    reminder: str = "Reminder"


def clean_text(text: str | None) -> str:
    """Text as a calendar can carry it: one kind of line break, no control characters."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def appointment_uid(appointment: AppointmentLike) -> str:
    """Stable per appointment, so calendars update the event on a second import."""
    return f"appointment-{appointment.id}@{UID_DOMAIN}"


def sequence_number(appointment: AppointmentLike) -> int:
    """Seconds between creation and the last edit: 0 for a new event, larger after each edit."""
    seconds = int((appointment.updated_at - appointment.created_at).total_seconds())
    return max(0, min(seconds, 2**31 - 1))


def _zone(name: str) -> Any:
    """The IANA zone, or UTC when the name is empty or unknown on this computer."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def summary(appointment: AppointmentLike, labels: Labels = Labels()) -> str:
    purpose = clean_text(appointment.purpose).strip()
    whom = clean_text(appointment.with_whom).strip()
    title = purpose or labels.appointment
    if whom:
        title = f"{title} ({whom})"
    return title


def description(appointment: AppointmentLike, labels: Labels = Labels()) -> str:
    """Purpose, with whom, and the questions as a checklist."""
    lines: list[str] = []
    purpose = clean_text(appointment.purpose).strip()
    whom = clean_text(appointment.with_whom).strip()
    if purpose:
        lines.append(f"{labels.purpose}: {purpose}")
    if whom:
        lines.append(f"{labels.with_whom}: {whom}")
    questions = [item for item in appointment.questions if clean_text(item.text).strip()]
    if questions:
        if lines:
            lines.append("")
        lines.append(f"{labels.questions}:")
        for item in questions:
            mark = "[x]" if item.done else "[ ]"
            lines.append(f"{mark} {clean_text(item.text).strip()}")
    return "\n".join(lines)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("appointment times must be timezone-aware")
    return moment.astimezone(UTC)


def build_calendar(appointments: Iterable[AppointmentLike], labels: Labels = Labels()) -> Calendar:
    """The icalendar object; ``appointments_to_ics`` serialises it."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    first: date | None = None
    last: date | None = None
    for appointment in appointments:
        start = _utc(appointment.starts_at).astimezone(_zone(appointment.tz))
        minutes = max(0, int(appointment.duration_minutes or 0))
        event = Event()
        event.add("uid", appointment_uid(appointment))
        event.add("dtstamp", _utc(appointment.updated_at))
        event.add("created", _utc(appointment.created_at))
        event.add("last-modified", _utc(appointment.updated_at))
        event.add("sequence", sequence_number(appointment))
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=minutes))
        title = summary(appointment, labels)
        event.add("summary", title)
        place = clean_text(appointment.place).strip()
        if place:
            event.add("location", place)
        text = description(appointment, labels)
        if text:
            event.add("description", text)
        if appointment.reminder_minutes is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(minutes=-max(0, int(appointment.reminder_minutes))))
            alarm.add("description", f"{labels.reminder}: {title}")
            event.add_component(alarm)
        calendar.add_component(event)
        day = start.date()
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
    if first is not None and last is not None:
        calendar.add_missing_timezones(
            first_date=first - timedelta(days=366), last_date=last + timedelta(days=366)
        )
    return calendar


def appointments_to_ics(appointments: Iterable[AppointmentLike], labels: Labels = Labels()) -> str:
    """An iCalendar document (CRLF line endings, folded at 75 octets) for these appointments."""
    data: bytes = build_calendar(appointments, labels).to_ical()
    return data.decode("utf-8")
