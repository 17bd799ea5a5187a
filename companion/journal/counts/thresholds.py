"""The thresholds the family's care team gave for blood counts (Qt-free).

Entered by the family, in the units of the team's sheet; the app has no default. They are
drawn on the trends chart and named in plain words on the counts screen. Stored in the
journal's settings under :data:`SETTINGS_KEY` as ``{"anc": [500, "/uL"], ...}``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from companion.journal.counts.units import from_stored, to_stored

SETTINGS_KEY = "count_thresholds"
FIELDS = ("anc", "platelets", "hemoglobin")
UNITS = {"anc": ("10^9/L", "/uL"), "platelets": ("10^9/L", "/uL"), "hemoglobin": ("g/dL", "g/L")}


@dataclass(frozen=True)
class Threshold:
    """ "Below ``value`` ``unit``", as the team wrote it."""

    field: str
    value: float
    unit: str

    def __post_init__(self) -> None:
        if self.field not in FIELDS:
            raise ValueError("field must be one of: " + ", ".join(FIELDS))
        if self.unit not in UNITS[self.field]:
            raise ValueError("unit must be one of: " + ", ".join(UNITS[self.field]))
        if not math.isfinite(self.value) or self.value <= 0:
            raise ValueError("value must be a number above zero")

    @property
    def stored(self) -> float:
        """The threshold in the journal's unit (10^9/L, g/dL)."""
        return to_stored(self.field, self.value, self.unit, self.unit)

    def shown_in(self, unit: str) -> float:
        """The threshold in another unit of the same kind."""
        return from_stored(self.field, self.stored, unit, unit)


def load(stored: Any) -> dict[str, Threshold]:
    """The thresholds from the setting; anything unreadable is left out."""
    found: dict[str, Threshold] = {}
    if not isinstance(stored, Mapping):
        return found
    for name, raw in stored.items():
        try:
            value, unit = raw
            found[name] = Threshold(name, float(value), str(unit))
        except (TypeError, ValueError):
            continue
    return found


def dump(thresholds: Mapping[str, Threshold]) -> dict[str, list[Any]]:
    return {name: [t.value, t.unit] for name, t in thresholds.items()}
