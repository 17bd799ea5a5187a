"""Fever rules the care team gave the family, and the check that says "call them now".

Qt-free. Temperatures are compared in tenths of a degree, rounded half-up, the way a thermometer
shows them, so 100.4 °F and 38.0 °C are the same reading and never a hair apart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal, Protocol

from companion.journal.fever.sources import (  # noqa: F401  (the sources, also read from here)
    DEFAULT_RULES_CHILD_SOURCE,
    DEFAULT_RULES_SOURCE,
    DEFAULT_RULES_SOURCES,
    LOW_RULE_SOURCE,
    NO_FEVER_MEDICINE_SOURCES,
    NO_FEVER_MEDICINE_TEXT,
    NO_RECTAL_SOURCE,
    NO_RECTAL_TEXT,
    SUSTAINED_RULE_SOURCE,
    Source,
)

Unit = Literal["C", "F"]
RuleKind = Literal["high", "sustained", "low"]

UNITS: tuple[Unit, ...] = ("C", "F")
METHODS: tuple[str, ...] = ("mouth", "armpit", "ear", "forehead")
SETTINGS_KEY = "fever_rules"
RULES_VERSION = 1

#: Readings older than this (before ``now``) no longer raise the alert.
ALERT_WINDOW = timedelta(hours=24)
#: A plausible body temperature, in °C; thresholds outside it are typing mistakes.
PLAUSIBLE_C = (Decimal("30.0"), Decimal("45.0"))
MAX_SUSTAINED_MINUTES = 24 * 60


class ReadingLike(Protocol):
    """What the check needs from a temperature reading (records.TemperatureReading fits)."""

    @property
    def id(self) -> Any: ...
    @property
    def child_id(self) -> Any: ...
    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def taken_at(self) -> datetime: ...
    @property
    def fever_medicine(self) -> str: ...


class FeverRulesError(ValueError):
    """Stored or typed fever rules do not make sense; the message names the field only.

    ``problem`` says which rule was broken, for a screen to word: "order" when the sustained
    threshold is not below the high one, "low-order" when the low one is not below both,
    otherwise "value".
    """

    def __init__(self, message: str, problem: str = "value") -> None:
        super().__init__(message)
        self.problem = problem


def _decimal(value: float | int | str | Decimal) -> Decimal:
    """The number as it was written (``repr`` of a float), so 100.4 stays 100.4."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        raise FeverRulesError("temperature is not a finite number")
    return Decimal(repr(value) if isinstance(value, float) else str(value))


def _tenths(value: Decimal) -> int:
    return int(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) * 10)


def celsius_tenths(value: float | Decimal, unit: str) -> int:
    """The temperature in tenths of a degree Celsius, rounded half-up (100.4 °F -> 380)."""
    number = _decimal(value)
    if unit == "C":
        return _tenths(number)
    if unit == "F":
        return _tenths((number - 32) * 5 / 9)
    raise FeverRulesError("unit must be C or F")


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert and round to 0.1 degree, for showing the other unit in brackets."""
    number = _decimal(value)
    if from_unit == to_unit:
        result = number
    elif from_unit == "C" and to_unit == "F":
        result = number * 9 / 5 + 32
    elif from_unit == "F" and to_unit == "C":
        result = (number - 32) * 5 / 9
    else:
        raise FeverRulesError("unit must be C or F")
    return float(result.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def other_unit(unit: str) -> Unit:
    return "F" if unit == "C" else "C"


def format_temperature(value: float, unit: str) -> str:
    """``38.2 °C (100.8 °F)``: the reading as taken, then the other unit in brackets."""
    other = other_unit(unit)
    return f"{value:.1f} °{unit} ({convert(value, unit, other):.1f} °{other})"


def compare(reading_value: float, reading_unit: str, threshold: float, threshold_unit: str) -> int:
    """-1, 0 or 1 as the reading is below, at or above the threshold.

    In the same unit the numbers are compared as shown (tenths of that unit); across units
    both become tenths of a degree Celsius.
    """
    if reading_unit == threshold_unit and reading_unit in UNITS:
        a = _tenths(_decimal(reading_value))
        b = _tenths(_decimal(threshold))
    else:
        a = celsius_tenths(reading_value, reading_unit)
        b = celsius_tenths(threshold, threshold_unit)
    return (a > b) - (a < b)


@dataclass(frozen=True)
class FeverRules:
    """The family's rules: one reading at or above ``high``; optionally readings at or above
    ``sustained`` for ``sustained_minutes``; optionally one reading at or below ``low``.
    All thresholds are in ``unit``."""

    unit: Unit = "C"
    high: float = 38.0
    sustained: float | None = None
    sustained_minutes: int = 60
    low: float | None = None

    def __post_init__(self) -> None:
        self.validate()

    @classmethod
    def default(cls, unit: Unit = "C") -> FeverRules:
        """One reading of 38.0 °C / 100.4 °F or more (see DEFAULT_RULES_SOURCE)."""
        return cls(unit=unit, high=38.0 if unit == "C" else 100.4)

    def validate(self) -> None:
        if self.unit not in UNITS:
            raise FeverRulesError("unit must be C or F")
        low_c, high_c = PLAUSIBLE_C
        named: list[tuple[str, float | None]] = [
            ("high", self.high),
            ("sustained", self.sustained),
            ("low", self.low),
        ]
        tenths: dict[str, int] = {}
        for name, value in named:
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise FeverRulesError(f"{name} must be a number")
            tenth = celsius_tenths(value, self.unit)
            if not _tenths(low_c) <= tenth <= _tenths(high_c):
                raise FeverRulesError(f"{name} is not a body temperature")
            tenths[name] = tenth
        if "sustained" in tenths and tenths["sustained"] >= tenths["high"]:
            raise FeverRulesError("sustained must be lower than high", "order")
        if "low" in tenths and tenths["low"] >= min(tenths.get("sustained", 10**6), tenths["high"]):
            raise FeverRulesError("low must be lower than the fever thresholds", "low-order")
        minutes = self.sustained_minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise FeverRulesError("sustained_minutes must be a whole number")
        if not 1 <= minutes <= MAX_SUSTAINED_MINUTES:
            raise FeverRulesError("sustained_minutes must be between 1 and 1440")

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": RULES_VERSION,
            "unit": self.unit,
            "high": self.high,
            "sustained": self.sustained,
            "sustained_minutes": self.sustained_minutes,
            "low": self.low,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeverRules:
        """Rebuild and validate; anything odd raises FeverRulesError, never something else."""
        if not isinstance(data, Mapping):
            raise FeverRulesError("fever rules must be an object")
        if data.get("version", RULES_VERSION) != RULES_VERSION:
            raise FeverRulesError("unknown fever rules version")
        unknown = set(data) - {"version", "unit", "high", "sustained", "sustained_minutes", "low"}
        if unknown:
            raise FeverRulesError("unknown field in fever rules")
        if "unit" not in data or "high" not in data:
            raise FeverRulesError("fever rules need a unit and a high threshold")
        try:
            return cls(
                unit=data["unit"],
                high=data["high"],
                sustained=data.get("sustained"),
                sustained_minutes=data.get("sustained_minutes", 60),
                low=data.get("low"),
            )
        except FeverRulesError:
            raise
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise FeverRulesError("fever rules are not valid") from exc

    def to_json(self) -> str:
        import json

        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FeverRules:
        import json

        try:
            data = json.loads(text)
        except (TypeError, ValueError, RecursionError) as exc:
            raise FeverRulesError("fever rules are not valid JSON") from exc
        return cls.from_dict(data)


@dataclass(frozen=True)
class FeverAlert:
    """Why to call now: which rule, the reading that tipped it, and what to tell the team.

    ``since`` is the first reading of a sustained run (None for the single-reading rules);
    ``readings`` are the readings that make the rule true; ``medicines`` the fever medicines
    noted on the child's readings in the last 24 hours up to the alert, oldest first.
    """

    rule: RuleKind
    reading: ReadingLike
    threshold: float
    unit: Unit
    since: datetime | None = None
    readings: tuple[ReadingLike, ...] = field(default=())
    medicines: tuple[str, ...] = field(default=())

    @property
    def child_id(self) -> Any:
        return self.reading.child_id


def _medicines(readings: Iterable[ReadingLike]) -> tuple[str, ...]:
    seen: list[str] = []
    for reading in readings:
        text = (reading.fever_medicine or "").strip()
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)


def _check_child(readings: list[ReadingLike], rules: FeverRules) -> list[FeverAlert]:
    """Every alert one child's readings (sorted by time) raise.

    Medicines are those noted on any of the child's readings up to the triggering one, since a
    dose given hours earlier can hide a fever and the care team will ask about it.
    """
    alerts: list[FeverAlert] = []
    seen: list[ReadingLike] = []
    run: list[ReadingLike] = []
    for reading in readings:
        seen.append(reading)
        medicines = _medicines(seen)
        single = (reading,)
        if compare(reading.value, reading.unit, rules.high, rules.unit) >= 0:
            alerts.append(
                FeverAlert("high", reading, rules.high, rules.unit, None, single, medicines)
            )
        if (
            rules.low is not None
            and compare(reading.value, reading.unit, rules.low, rules.unit) <= 0
        ):
            alerts.append(
                FeverAlert("low", reading, rules.low, rules.unit, None, single, medicines)
            )
        if rules.sustained is None:
            continue
        if compare(reading.value, reading.unit, rules.sustained, rules.unit) < 0:
            run = []
            continue
        run.append(reading)
        if reading.taken_at - run[0].taken_at >= timedelta(minutes=rules.sustained_minutes):
            alerts.append(
                FeverAlert(
                    "sustained",
                    reading,
                    rules.sustained,
                    rules.unit,
                    run[0].taken_at,
                    tuple(run),
                    medicines,
                )
            )
    return alerts


_PRIORITY: dict[str, int] = {"high": 0, "sustained": 1, "low": 2}


def evaluate(
    readings: Iterable[ReadingLike], rules: FeverRules, now: datetime | None = None
) -> FeverAlert | None:
    """The alert to show now, or None.

    Only readings from the last 24 hours count (ALERT_WINDOW before ``now``; later ones too).
    Each child is checked on their own; the alert with the newest triggering reading wins, and
    at the same reading a single high reading beats a sustained run, which beats a low one.
    """
    moment = now if now is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    cutoff = moment - ALERT_WINDOW
    by_child: dict[Any, list[ReadingLike]] = {}
    for reading in readings:
        if reading.taken_at.tzinfo is None:
            raise ValueError("reading times must be timezone-aware")
        if reading.taken_at >= cutoff:
            by_child.setdefault(reading.child_id, []).append(reading)
    best: FeverAlert | None = None
    for child_readings in by_child.values():
        child_readings.sort(key=lambda r: r.taken_at)
        for alert in _check_child(child_readings, rules):
            if best is None or (alert.reading.taken_at, -_PRIORITY[alert.rule]) > (
                best.reading.taken_at,
                -_PRIORITY[best.rule],
            ):
                best = alert
    return best


def load_rules(stored: object) -> FeverRules:
    """Rules from the journal setting (a dict, or its JSON text); the default when none.

    Damaged stored rules also fall back to the sourced default rather than silently checking
    nothing; ``rules_problem`` tells the UI whether that happened.
    """
    if stored is None or stored == "":
        return FeverRules.default()
    try:
        if isinstance(stored, str):
            return FeverRules.from_json(stored)
        return FeverRules.from_dict(stored)  # type: ignore[arg-type]
    except FeverRulesError:
        return FeverRules.default()


RulesOrigin = Literal["team", "common", "damaged"]


def rules_in_use(stored: object) -> tuple[FeverRules, RulesOrigin]:
    """The rules to check with and where they come from.

    "team": the family entered their care team's rules. "common": none entered, so the common
    rule (38.0 °C / 100.4 °F, see DEFAULT_RULES_SOURCES). "damaged": saved rules exist but
    cannot be read, so the common rule is used and the family must be told.
    """
    if rules_problem(stored):
        return FeverRules.default(), "damaged"
    if stored is None or stored == "":
        return FeverRules.default(), "common"
    return load_rules(stored), "team"


def rules_problem(stored: object) -> bool:
    """True when a stored value exists but is not valid rules (so the default is in use)."""
    if stored is None or stored == "":
        return False
    try:
        if isinstance(stored, str):
            FeverRules.from_json(stored)
        else:
            FeverRules.from_dict(stored)  # type: ignore[arg-type]
    except FeverRulesError:
        return True
    return False
