"""VTIMEZONE components every calendar reader understands the same way (Qt-free).

icalendar's own ``add_missing_timezones`` lists the transitions of an observance as one
comma-separated RDATE, which vobject (and dateutil) read only the first of. Here each change
of offset is its own observance with a single DTSTART and no RDATE or RRULE, the plainest form
RFC 5545 allows: nothing is left for a reader to expand, so every reader gets the offsets
zoneinfo has.

Local times in the repeated hour of a fall-back day (or any local time a zone's rules make
ambiguous) are written in UTC by :mod:`companion.journal.exports.calendar` instead, so the hour the
family chose is not left to each reader's guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import Timezone

#: Offsets are sampled this far apart to find changes; no zone changes twice within it.
_STEP = timedelta(hours=6)


def is_ambiguous(local: datetime) -> bool:
    """Does this wall-clock time occur twice (or not at all) in its zone?"""
    other = local.replace(fold=1 - local.fold)
    return other.utcoffset() != local.utcoffset()


def transitions(zone: ZoneInfo, start: date, end: date) -> Iterator[datetime]:
    """The UTC moments in [start, end) at which ``zone`` changes its offset or its name."""

    def state(moment: datetime) -> tuple[Any, Any]:
        here = moment.astimezone(zone)
        return here.utcoffset(), here.tzname()

    moment = datetime(start.year, start.month, start.day, tzinfo=UTC)
    stop = datetime(end.year, end.month, end.day, tzinfo=UTC)
    before = state(moment)
    while moment < stop:
        step_end = moment + _STEP
        after = state(step_end)
        if after != before:
            low, high = moment, step_end  # the change is in (low, high]: find the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    break
                if state(middle) == before:
                    low = middle
                else:
                    high = middle
            yield high
            before = after
        moment = step_end


def _observance(zone: ZoneInfo, at: datetime, offset_from: timedelta) -> Any:
    from icalendar import TimezoneDaylight, TimezoneStandard

    here = at.astimezone(zone)
    daylight = bool(here.dst())
    observance = TimezoneDaylight() if daylight else TimezoneStandard()
    # DTSTART is the local time of the change in the offset that was in force before it.
    observance.add("dtstart", (at + offset_from).replace(tzinfo=None))
    observance.add("tzoffsetfrom", offset_from)
    observance.add("tzoffsetto", here.utcoffset())
    name = here.tzname()
    if name:
        observance.add("tzname", name)
    return observance


def vtimezone(name: str, first: date, last: date) -> Timezone:
    """The zone's offsets from a year before ``first`` to a year after ``last``."""
    from icalendar import Timezone

    zone = ZoneInfo(name)
    start = first - timedelta(days=366)
    end = last + timedelta(days=367)
    component = Timezone()
    component.add("tzid", name)
    opening = datetime(start.year, start.month, start.day, tzinfo=UTC)
    offset = opening.astimezone(zone).utcoffset()
    assert offset is not None
    component.add_component(_observance(zone, opening, offset))
    for change in transitions(zone, start, end):
        component.add_component(_observance(zone, change, offset))
        new_offset = change.astimezone(zone).utcoffset()
        assert new_offset is not None
        offset = new_offset
    return component
