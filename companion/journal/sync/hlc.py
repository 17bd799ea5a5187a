"""Hybrid logical clocks: a computer's wall time, kept monotonic and pushed past every clock it
has seen, so "later" agrees on every computer even when their clocks disagree.

A clock is written ``WWWWWWWWWWWWW-CCCCCC-device``: milliseconds since 1970, a counter for
events in the same millisecond, and the device id that breaks ties. Comparing the strings
compares the clocks.
"""

from __future__ import annotations

import time

_WALL = 13
_COUNT = 6


def make(wall_ms: int, count: int, device: str) -> str:
    return f"{wall_ms:0{_WALL}d}-{count:0{_COUNT}d}-{device}"


def parse(clock: str) -> tuple[int, int, str]:
    wall, count, device = clock.split("-", 2)
    if len(wall) != _WALL or len(count) != _COUNT:
        raise ValueError("not a clock")
    return int(wall), int(count), device


def valid(clock: str) -> bool:
    """Is this shaped like a clock (cheap: checked for every incoming change)?"""
    return (
        len(clock) > _WALL + _COUNT + 2
        and clock[_WALL] == "-"
        and clock[_WALL + _COUNT + 1] == "-"
        and clock[:_WALL].isdigit()
        and clock[_WALL + 1 : _WALL + _COUNT + 1].isdigit()
    )


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """One computer's clock; ``last`` is the greatest clock it has issued or seen."""

    def __init__(self, device: str, last: str = "") -> None:
        self.device = device
        self.wall, self.count = (parse(last)[:2]) if last else (0, 0)

    @property
    def last(self) -> str:
        return make(self.wall, self.count, self.device)

    def tick(self, physical_ms: int | None = None) -> str:
        """A new clock for a change made here at ``physical_ms`` (default: now)."""
        physical = now_ms() if physical_ms is None else physical_ms
        if physical > self.wall:
            self.wall, self.count = physical, 0
        else:
            self.count += 1
        return self.last

    def see(self, clock: str) -> None:
        """Move past a clock received from another computer."""
        wall, count, _device = parse(clock)
        if (wall, count) > (self.wall, self.count):
            self.wall, self.count = wall, count
