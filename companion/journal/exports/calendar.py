"""Appointments out to any calendar app as an RFC 5545 ``.ics`` file (Qt-free).

UIDs are stable, so importing the file again updates the same events instead of doubling them;
SEQUENCE grows with every edit. Notes written after a visit stay in the journal.

Times: an event ends ``duration_minutes`` of real time after it starts, whatever the clocks do
in between; it always ends after it starts. Start and end are written in the appointment's zone
(defined in the file by :mod:`companion.journal.exports.vtimezone`), except a time in a repeated
fall-back hour, which is written in UTC so every reader takes the hour the family chose, and
an end on the other side of a clock change, also in UTC: some readers (the ``ics`` package)
subtract two times of one zone as wall-clock times.
All-day appointments are dates. The file is written as bytes, CRLF line ends on every system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from companion.journal.exports.vtimezone import is_ambiguous, vtimezone

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
    def all_day(self) -> bool: ...
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


#: The shortest event a calendar gets: DTEND must come after DTSTART.
MIN_MINUTES = 1
#: Zone names that are UTC itself: their times are written with a Z and need no VTIMEZONE.
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Universal", "Etc/Universal", "Zulu"})


def _zone(name: str) -> Any:
    """The IANA zone, or UTC when the name is empty or unknown on this computer."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name or name in _UTC_NAMES or name == "Etc/Zulu":
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


def event_times(appointment: AppointmentLike) -> tuple[Any, Any]:
    """DTSTART and DTEND values: dates for an all-day appointment; otherwise the local times
    (UTC ones where the local time is ambiguous), the end ``duration`` later in real time."""
    zone = _zone(appointment.tz)
    start = _utc(appointment.starts_at)
    if appointment.all_day:
        day = start.astimezone(zone).date()
        days = max(1, -(-int(appointment.duration_minutes or 0) // (24 * 60)))
        return day, day + timedelta(days=days)
    end = start + timedelta(minutes=max(MIN_MINUTES, int(appointment.duration_minutes or 0)))
    written_end = _written(end, zone)
    if written_end.utcoffset() != start.astimezone(zone).utcoffset():
        written_end = end  # across a clock change: some readers subtract wall-clock times
    return _written(start, zone), written_end


def _written(moment: datetime, zone: Any) -> datetime:
    """The moment in its zone, or in UTC where that local time happens twice."""
    local = moment.astimezone(zone)
    return moment if zone is UTC or is_ambiguous(local) else local


def _zone_name(appointment: AppointmentLike) -> str | None:
    """The IANA zone the event's times are written in, or None for UTC and all-day ones."""
    zone = _zone(appointment.tz)
    return None if appointment.all_day or zone is UTC else str(zone.key)


def build_calendar(appointments: Iterable[AppointmentLike], labels: Labels = Labels()) -> Calendar:
    """The icalendar object; ``appointments_to_ics`` serialises it."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    spans: dict[str, tuple[date, date]] = {}
    for appointment in appointments:
        start, end = event_times(appointment)
        event = Event()
        event.add("uid", appointment_uid(appointment))
        event.add("dtstamp", _utc(appointment.updated_at))
        event.add("created", _utc(appointment.created_at))
        event.add("last-modified", _utc(appointment.updated_at))
        event.add("sequence", sequence_number(appointment))
        event.add("dtstart", start)
        event.add("dtend", end)
        if appointment.all_day:
            event.add("transp", "TRANSPARENT")
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
        name = _zone_name(appointment)
        if name is not None:
            day = _utc(appointment.starts_at).date()
            first, last = spans.get(name, (day, day))
            spans[name] = (min(first, day), max(last, day))
    for name in sorted(spans):
        calendar.add_component(vtimezone(name, *spans[name]))
    return calendar


def appointments_to_ics(appointments: Iterable[AppointmentLike], labels: Labels = Labels()) -> str:
    """An iCalendar document (CRLF line endings, folded at 75 octets) for these appointments."""
    return ics_bytes(appointments, labels).decode("utf-8")


def ics_bytes(appointments: Iterable[AppointmentLike], labels: Labels = Labels()) -> bytes:
    """The document as the bytes of the file: CRLF line ends, UTF-8."""
    data: bytes = build_calendar(appointments, labels).to_ical()
    return data


def write_ics(
    appointments: Iterable[AppointmentLike], path: str | Path, labels: Labels = Labels()
) -> int:
    """Write the ``.ics`` file byte for byte (private to this user where the system allows);
    returns how many appointments it holds."""
    from companion.journal.exports.plainfile import write_plain

    chosen = list(appointments)
    write_plain(path, ics_bytes(chosen, labels))
    return len(chosen)
