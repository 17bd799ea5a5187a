"""Wall-clock times in the repeated and the skipped hour."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.journal.wallclock import local_midnight, moments


def test_an_ordinary_time_names_one_moment() -> None:
    assert moments(datetime(2027, 6, 1, 9, 30), "America/New_York") == [
        datetime(2027, 6, 1, 13, 30, tzinfo=UTC)
    ]


def test_the_repeated_hour_names_two_moments_in_order() -> None:
    assert moments(datetime(2027, 11, 7, 1, 30), "America/New_York") == [
        datetime(2027, 11, 7, 5, 30, tzinfo=UTC),
        datetime(2027, 11, 7, 6, 30, tzinfo=UTC),
    ]
    assert len(moments(datetime(2027, 4, 4, 2, 30), "Australia/Sydney")) == 2


def test_the_skipped_hour_names_none() -> None:
    assert moments(datetime(2027, 3, 14, 2, 30), "America/New_York") == []
    assert moments(datetime(2027, 3, 28, 1, 30), "Europe/London") == []


def test_local_midnight_even_where_midnight_is_skipped() -> None:
    assert local_midnight(datetime(2027, 3, 14), "America/New_York") == datetime(
        2027, 3, 14, 5, 0, tzinfo=UTC
    )
    # Havana springs forward at midnight: the day starts at 01:00 daylight time.
    assert local_midnight(datetime(2027, 3, 14), "America/Havana") == datetime(
        2027, 3, 14, 5, 0, tzinfo=UTC
    )
