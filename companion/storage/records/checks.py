"""The checks every record shares: stable ids, UTC stamps, and field checks whose messages
name the field, never the value the family typed."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

SCALE_MAX = 4


def new_id() -> str:
    """A stable random id, so two caregivers' copies can be merged later."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def check_times(record: Any) -> None:
    """Normalise every datetime field to UTC and refuse naive ones."""
    cls = type(record)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(item.name for item in fields(record))
    for name in names:
        value = getattr(record, name)
        if isinstance(value, datetime) and value.tzinfo is not UTC:  # rows read back are UTC
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must carry a time zone")
            object.__setattr__(record, name, value.astimezone(UTC))


def check_text(record: Any, name: str) -> None:
    if not str(getattr(record, name)).strip():
        raise ValueError(f"{name} must not be empty")


def check_scale(name: str, value: int | None, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SCALE_MAX:
        raise ValueError(f"{name} must be a whole number from 0 to {SCALE_MAX}")


def check_one_of(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} must be one of: {', '.join(allowed)}")


def check_zone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("tz must be an IANA time zone name") from None
