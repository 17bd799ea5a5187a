"""Records of the treatment side of the journal: the people who give doses, blood counts, the
treatment plan (cycles and their planned days) and the alerts the care team's own rules raise.

Counts are kept in one unit each, whatever the team's sheet used: cells in 10^9/L (the same
number as 10^3/uL, "K/uL") and hemoglobin in g/dL. ``count_unit`` and ``hgb_unit`` remember the
sheet's units so the screens show the numbers back the way the family typed them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from companion.storage.records.checks import (
    check_one_of,
    check_text,
    check_times,
    check_zone,
    new_id,
    utcnow,
)

#: How a sheet gives cell counts: 10^9/L (also written 10^3/uL or K/uL), or cells per uL.
COUNT_UNITS = ("10^9/L", "/uL")
#: How a sheet gives hemoglobin.
HGB_UNITS = ("g/dL", "g/L")
#: Values no blood count can hold (in 10^9/L and g/dL): a slip of the keyboard, or the wrong
#: unit chosen. Wide enough for the very high white counts of leukemia at diagnosis.
COUNT_LIMITS: dict[str, tuple[float, float]] = {
    "wbc": (0.0, 1000.0),
    "anc": (0.0, 1000.0),
    "alc": (0.0, 1000.0),
    "platelets": (0.0, 5000.0),
    "hemoglobin": (1.0, 30.0),
}
PERCENT_FIELDS = ("segs", "bands")


@dataclass(frozen=True, slots=True)
class NamedValue:
    """Another value from the lab sheet, by the name the sheet gives it ("CRP", "Monocytes")."""

    name: str
    value: float
    unit: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("others: every value needs a name")
        if not math.isfinite(self.value):
            raise ValueError("others: every value must be a number")


@dataclass(frozen=True, slots=True, kw_only=True)
class Caregiver:
    """Someone who gives the child's doses (a parent, a grandparent), set up once."""

    name: str
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "name")


@dataclass(frozen=True, slots=True, kw_only=True)
class BloodCount:
    """One blood test: cell counts in 10^9/L, hemoglobin in g/dL, percentages 0 to 100.

    ``anc_computed`` says the ANC was worked out from the WBC and the segs and bands (not typed).
    """

    child_id: str
    drawn_at: datetime = field(default_factory=utcnow)
    wbc: float | None = None
    anc: float | None = None
    anc_computed: bool = False
    segs: float | None = None
    bands: float | None = None
    hemoglobin: float | None = None
    platelets: float | None = None
    alc: float | None = None
    others: tuple[NamedValue, ...] = ()
    count_unit: str = "10^9/L"
    hgb_unit: str = "g/dL"
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_one_of("count_unit", self.count_unit, COUNT_UNITS)
        check_one_of("hgb_unit", self.hgb_unit, HGB_UNITS)
        for name, (low, high) in COUNT_LIMITS.items():
            _number(self, name, low, high)
        for name in PERCENT_FIELDS:
            _number(self, name, 0.0, 100.0)
        if (self.segs or 0.0) + (self.bands or 0.0) > 100.0:
            raise ValueError("segs and bands together must not be over 100 percent")
        for name in ("anc", "alc"):
            value = getattr(self, name)
            if value is not None and self.wbc is not None and value > self.wbc * 1.0001:
                raise ValueError(f"{name} must not be more than the WBC")
        others = tuple(self.others)
        if not all(isinstance(item, NamedValue) for item in others):
            raise ValueError("others must be named values")
        object.__setattr__(self, "others", others)
        values = [getattr(self, name) for name in (*COUNT_LIMITS, *PERCENT_FIELDS)]
        if all(value is None for value in values) and not others:
            raise ValueError("a blood count needs at least one value")


def _number(record: object, name: str, low: float, high: float) -> None:
    value = getattr(record, name)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}")
    object.__setattr__(record, name, float(value))


@dataclass(frozen=True, slots=True, kw_only=True)
class TreatmentCycle:
    """A phase or cycle from the team's roadmap: its name, number and first day.

    ``starts_at`` is midnight of the first day in ``tz`` (day 1). Its planned days are
    :class:`TreatmentDay` rows; shifting the cycle moves them all.
    """

    child_id: str
    name: str
    starts_at: datetime
    tz: str
    number: int | None = None
    length_days: int | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "name")
        check_zone(self.tz)
        if self.number is not None and self.number < 0:
            raise ValueError("number must not be negative")
        if self.length_days is not None and not 1 <= self.length_days <= 1000:
            raise ValueError("length_days must be between 1 and 1000")


@dataclass(frozen=True, slots=True, kw_only=True)
class TreatmentDay:
    """A planned treatment day of a cycle: its day number and what the team wrote for it.

    ``starts_at`` is midnight of that day in ``tz``. ``needs_counts`` marks a day that goes
    ahead only if the counts allow it. The app never computes a dose: ``drugs`` is the team's
    wording, as the family copied it.
    """

    child_id: str
    cycle_id: str
    day: int
    starts_at: datetime
    tz: str
    drugs: str = ""
    needs_counts: bool = False
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_zone(self.tz)
        if not 1 <= self.day <= 1000:
            raise ValueError("day must be between 1 and 1000")


@dataclass(frozen=True, slots=True, kw_only=True)
class CallAlert:
    """One of the care team's "call us if" rules matched an entry, and the family was shown
    the card. ``rule`` is the rule in the family's words, as the card named it."""

    child_id: str
    rule: str
    summary: str = ""
    entry_kind: str = ""
    entry_id: str | None = None
    occurred_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        check_times(self)
        check_text(self, "rule")
