"""Appointments exported as .ics: parsed back with icalendar, field by field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from companion.journal.exports.calendar import (
    Labels,
    appointment_uid,
    appointments_to_ics,
    clean_text,
)
from companion.journal.records import Appointment
from companion.journal.records import ChecklistItem as Item

CREATED = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)


def Appt(**changes: object) -> Appointment:
    fields: dict[str, object] = {
        "id": "7",
        "child_id": "c1",
        "starts_at": datetime(2025, 3, 10, 14, 30, tzinfo=UTC),  # 10:30 in New York (EDT)
        "tz": "America/New_York",
        "duration_minutes": 45,
        "place": "Clinic 4, Floor 2",
        "place_kind": "center",
        "with_whom": "Dr. Rivera",
        "purpose": "Blood counts; check port",
        "questions": (Item("When is the next scan?"), Item("Can she swim?", done=True)),
        "after_notes": "private note after the visit",
        "reminder_minutes": 60,
        "created_at": CREATED,
        "updated_at": CREATED,
    }
    fields.update(changes)
    return Appointment(**fields)  # type: ignore[arg-type]


def parse_one(text: str):  # type: ignore[no-untyped-def]
    calendar = Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_every_field_round_trips() -> None:
    appt = Appt()
    text = appointments_to_ics([appt])
    calendar, event = parse_one(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(event["UID"]) == "appointment-7@companionapp.org" == appointment_uid(appt)
    start = event.decoded("DTSTART")
    assert start == appt.starts_at
    assert str(start.tzinfo) == "America/New_York"
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert "DTSTART;TZID=America/New_York:20250310T103000" in text
    assert event.decoded("DTEND") - start == timedelta(minutes=45)
    assert event.decoded("DTSTAMP") == CREATED
    assert int(event["SEQUENCE"]) == 0
    assert str(event["SUMMARY"]) == "Blood counts; check port (Dr. Rivera)"
    assert str(event["LOCATION"]) == "Clinic 4, Floor 2"
    description = str(event["DESCRIPTION"])
    assert "Purpose: Blood counts; check port" in description
    assert "With: Dr. Rivera" in description
    assert "center" not in description
    assert "[ ] When is the next scan?" in description
    assert "[x] Can she swim?" in description
    assert "private note" not in text
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-60)
    # The zone the event names is defined in the same file.
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]


def test_crlf_line_endings_and_folding() -> None:
    long_purpose = "Talk about the new treatment plan and the side effects " * 4
    text = appointments_to_ics([Appt(purpose=long_purpose)])
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert "\r\n " in text  # a folded continuation line
    _, event = parse_one(text)
    assert str(event["SUMMARY"]).startswith(long_purpose.strip())


def test_second_export_keeps_the_uid_and_bumps_sequence() -> None:
    first = Appt()
    edited = replace(first, purpose="Scan results", updated_at=CREATED + timedelta(hours=2))
    _, a = parse_one(appointments_to_ics([first]))
    _, b = parse_one(appointments_to_ics([edited]))
    assert a["UID"] == b["UID"]
    assert int(b["SEQUENCE"]) > int(a["SEQUENCE"])
    assert b.decoded("DTSTAMP") == edited.updated_at
    assert appointments_to_ics([first]) == appointments_to_ics([first])  # deterministic


def test_no_reminder_means_no_alarm_and_utc_fallback() -> None:
    for tz in ("UTC", "Etc/UTC"):
        text = appointments_to_ics([Appt(reminder_minutes=None, tz=tz)])
        calendar, event = parse_one(text)
        assert event.walk("VALARM") == []
        assert calendar.walk("VTIMEZONE") == []
        assert "DTSTART:20250310T143000Z" in text


def test_empty_optional_fields_and_translated_labels() -> None:
    appt = Appt(purpose="", with_whom="", place="", place_kind="free", questions=())
    _, event = parse_one(appointments_to_ics([appt], Labels(appointment="Cita")))
    assert str(event["SUMMARY"]) == "Cita"
    assert "LOCATION" not in event
    assert "DESCRIPTION" not in event


def test_several_appointments_in_different_zones() -> None:
    a = Appt(id="1")
    b = Appt(id="2", tz="Europe/London", starts_at=datetime(2025, 7, 1, 8, 0, tzinfo=UTC))
    calendar = Calendar.from_ical(appointments_to_ics([a, b]))
    events = calendar.walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {appointment_uid(a), appointment_uid(b)}
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {
        "America/New_York",
        "Europe/London",
    }
    london = next(e for e in events if str(e["UID"]) == appointment_uid(b))
    assert london.decoded("DTSTART") == b.starts_at
    assert london.decoded("DTSTART").hour == 9  # BST


def test_empty_export_is_a_valid_calendar() -> None:
    calendar = Calendar.from_ical(appointments_to_ics([]))
    assert calendar.walk("VEVENT") == []


field_text = st.text(
    alphabet=st.characters(codec="utf-8") | st.sampled_from([",", ";", "\n", "\r", "\\", ":"]),
    max_size=120,
)


@settings(max_examples=60, deadline=None)
@given(purpose=field_text, place=field_text, whom=field_text, question=field_text)
def test_text_fields_round_trip(purpose: str, place: str, whom: str, question: str) -> None:
    appt = Appt(purpose=purpose, place=place, with_whom=whom, questions=(Item(question),))
    _, event = parse_one(appointments_to_ics([appt]))
    expected_title = clean_text(purpose).strip() or "Appointment"
    if clean_text(whom).strip():
        expected_title += f" ({clean_text(whom).strip()})"
    assert str(event["SUMMARY"]) == expected_title
    if clean_text(place).strip():
        assert str(event["LOCATION"]) == clean_text(place).strip()
    else:
        assert "LOCATION" not in event
    if clean_text(question).strip():
        assert f"[ ] {clean_text(question).strip()}" in str(event["DESCRIPTION"])
