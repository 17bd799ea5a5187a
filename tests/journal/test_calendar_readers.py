"""The .ics file read back by three other parsers (icalendar, vobject, ics): every event starts
at the UTC moment the family chose and lasts exactly as long, across clock changes too."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import ics
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.journal import write_ics
from companion.journal.exports.calendar import ics_bytes
from companion.journal.exports.vtimezone import transitions
from companion.journal.records import Appointment

ZONES = (
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "Asia/Kolkata",
)
_CHANGES = {
    zone: list(transitions(ZoneInfo(zone), date(2026, 1, 1), date(2029, 1, 1))) for zone in ZONES
}
#: Kolkata and (since 2019) São Paulo keep one offset: times around New Year stand in.
_PLAIN = [datetime(year, 1, 1, tzinfo=UTC) for year in (2026, 2027, 2028)]


def appointment(n: int, zone: str, start: datetime, minutes: int, **more: Any) -> Appointment:
    return Appointment(
        id=f"a{n}",
        child_id="c",
        starts_at=start,
        tz=zone,
        duration_minutes=minutes,
        purpose=f"Visit {n}",
        **more,
    )


def read_icalendar(data: bytes) -> dict[str, tuple[Any, Any]]:
    calendar = icalendar.Calendar.from_ical(data)
    return {
        str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")
    }


def read_vobject(data: bytes) -> dict[str, tuple[Any, Any]]:
    # vobject keeps the first definition of each TZID for the life of the process; a reader
    # opening this one file starts without the definitions of the examples before it.
    registry = vars(vobject.icalendar)["__tzidMap"]
    registry.clear()
    vobject.icalendar.registerTzid("UTC", vobject.icalendar.utc)
    calendar = vobject.readOne(data.decode("utf-8"))
    return {e.uid.value: (e.dtstart.value, e.dtend.value) for e in calendar.vevent_list}


def read_ics(data: bytes) -> dict[str, tuple[Any, Any]]:
    calendar = ics.Calendar(data.decode("utf-8"))
    return {e.uid: (e.begin.datetime, e.end.datetime) for e in calendar.events}


READERS = (read_icalendar, read_vobject, read_ics)


def moments() -> st.SearchStrategy[tuple[str, datetime]]:
    """A zone and a UTC moment within three hours of one of its clock changes."""

    def near(zone: str) -> st.SearchStrategy[tuple[str, datetime]]:
        anchors = _CHANGES[zone] or _PLAIN
        return st.tuples(
            st.just(zone),
            st.builds(
                lambda at, minutes: at + timedelta(minutes=minutes),
                st.sampled_from(anchors),
                st.integers(-180, 180).map(lambda m: m - m % 5),
            ),
        )

    return st.sampled_from(ZONES).flatmap(near)


@settings(max_examples=40, deadline=None)
@given(
    cases=st.lists(st.tuples(moments(), st.integers(5, 24 * 60)), min_size=1, max_size=4),
)
def test_every_reader_gets_the_utc_start_and_the_duration(
    cases: list[tuple[tuple[str, datetime], int]],
) -> None:
    made = [
        appointment(n, zone, start, minutes) for n, ((zone, start), minutes) in enumerate(cases)
    ]
    data = ics_bytes(made)
    for reader in READERS:
        events = reader(data)
        assert len(events) == len(made), reader.__name__
        for item in made:
            start, end = events[f"appointment-{item.id}@companionapp.org"]
            assert start.astimezone(UTC) == item.starts_at, (reader.__name__, item)
            assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(
                minutes=item.duration_minutes
            ), (reader.__name__, item)


@pytest.mark.parametrize(
    ("start", "minutes"),
    [
        (datetime(2027, 3, 14, 6, 30, tzinfo=UTC), 120),  # 01:30 EST, clocks jump at 02:00
        (datetime(2027, 11, 7, 4, 30, tzinfo=UTC), 120),  # 00:30 EDT, clocks fall back at 02:00
        (datetime(2027, 11, 7, 5, 30, tzinfo=UTC), 30),  # the first 01:30
        (datetime(2027, 11, 7, 6, 30, tzinfo=UTC), 30),  # the second 01:30
    ],
)
def test_the_issue_cases_in_new_york(start: datetime, minutes: int) -> None:
    data = ics_bytes([appointment(1, "America/New_York", start, minutes)])
    for reader in READERS:
        (got_start, got_end) = reader(data)["appointment-a1@companionapp.org"]
        assert got_start.astimezone(UTC) == start
        assert got_end.astimezone(UTC) - start == timedelta(minutes=minutes)


def test_a_time_in_the_repeated_hour_is_written_in_utc() -> None:
    first = appointment(1, "America/New_York", datetime(2027, 11, 7, 5, 30, tzinfo=UTC), 30)
    second = appointment(2, "America/New_York", datetime(2027, 11, 7, 6, 30, tzinfo=UTC), 30)
    text = ics_bytes([first, second]).decode()
    assert "DTSTART:20271107T053000Z" in text
    assert "DTSTART:20271107T063000Z" in text


def test_no_rdate_lists_in_the_time_zones() -> None:
    text = ics_bytes([appointment(1, "America/New_York", _CHANGES["America/New_York"][0], 60)])
    assert b"RDATE" not in text
    calendar = icalendar.Calendar.from_ical(text)
    (zone,) = calendar.walk("VTIMEZONE")
    assert len(zone.walk("DAYLIGHT")) >= 2 and len(zone.walk("STANDARD")) >= 2


def test_a_zero_minute_appointment_still_ends_after_it_starts() -> None:
    start = datetime(2027, 5, 1, 14, 0, tzinfo=UTC)
    data = ics_bytes([appointment(1, "Europe/London", start, 0)])
    for reader in READERS:
        got_start, got_end = reader(data)["appointment-a1@companionapp.org"]
        assert got_end > got_start


def test_all_day_appointments_are_dates() -> None:
    midnight = datetime(2027, 3, 14, tzinfo=ZoneInfo("America/New_York"))
    item = appointment(1, "America/New_York", midnight, 24 * 60, all_day=True)
    data = ics_bytes([item])
    assert b"DTSTART;VALUE=DATE:20270314" in data
    assert b"DTEND;VALUE=DATE:20270315" in data
    for reader in (read_icalendar, read_vobject):
        assert reader(data)["appointment-a1@companionapp.org"] == (
            date(2027, 3, 14),
            date(2027, 3, 15),
        )
    (event,) = ics.Calendar(data.decode()).events
    assert event.all_day


def test_written_bytes_are_crlf_and_private(tmp_path: Path) -> None:
    target = tmp_path / "visits.ics"
    item = appointment(1, "Europe/London", datetime(2027, 5, 1, 14, 0, tzinfo=UTC), 45)
    assert write_ics([item], target) == 1
    data = target.read_bytes()
    assert data == ics_bytes([item])
    assert data.count(b"\r\n") == data.count(b"\n")
    assert b"\r\r" not in data
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_device_is_written_to_never_replaced(tmp_path: Path) -> None:
    """Pointing an export at /dev/full says the disk is full and leaves the device alone."""
    from companion.journal import DiskFull

    device = Path("/dev/full")
    if not device.exists():
        pytest.skip("no /dev/full here")
    before = device.stat()
    item = appointment(1, "Europe/London", datetime(2027, 5, 1, 14, 0, tzinfo=UTC), 45)
    with pytest.raises(DiskFull):
        write_ics([item], device)
    after = device.stat()
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
