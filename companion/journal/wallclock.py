"""A wall-clock time in a named zone, as the moments it names (Qt-free).

Most local times name one moment. In the hour repeated when clocks fall back, a time names
two, and the family says which; in the hour skipped when clocks spring forward, a time names
none, and the family chooses another.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def moments(wall: datetime, zone: str) -> list[datetime]:
    """The UTC moments at which the clocks in ``zone`` show ``wall`` (naive), earliest first:
    one, two (a repeated hour) or none (a skipped hour)."""
    tz = ZoneInfo(zone)
    found: list[datetime] = []
    for fold in (0, 1):
        moment = wall.replace(tzinfo=tz, fold=fold).astimezone(UTC)
        if moment.astimezone(tz).replace(tzinfo=None) == wall and moment not in found:
            found.append(moment)
    return sorted(found)


def local_midnight(day: datetime, zone: str) -> datetime:
    """The first moment of ``day``'s date in ``zone`` (an all-day appointment starts there).

    Where midnight is skipped (a few zones spring forward at 00:00) it is the first moment
    after the gap."""
    tz = ZoneInfo(zone)
    wall = datetime(day.year, day.month, day.day)
    found = moments(wall, zone)
    if found:
        return found[0]
    return wall.replace(tzinfo=tz).astimezone(UTC)  # fold 0 in a gap: just after it
