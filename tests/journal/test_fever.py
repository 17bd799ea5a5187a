"""Fever rules: thresholds in both units, sustained runs, low readings, stored rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.journal import fever
from companion.journal.fever import FeverRules, FeverRulesError, evaluate
from companion.journal.records import TemperatureReading

NOW = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)


def reading(
    value: float, unit: str = "C", minutes_ago: float = 5, **kw: object
) -> TemperatureReading:
    fields: dict[str, object] = {
        "id": "1",
        "child_id": "c1",
        "value": value,
        "unit": unit,
        "method": "mouth",
        "taken_at": NOW - timedelta(minutes=minutes_ago),
    }
    fields.update(kw)
    return TemperatureReading(**fields)  # type: ignore[arg-type]


def oracle_c_tenths(value: float, unit: str) -> int:
    """Independent reference: exact rational conversion, then round half-up to 0.1 °C."""
    exact = Fraction(Decimal(repr(value)))
    if unit == "F":
        exact = (exact - 32) * Fraction(5, 9)
    tenths = exact * 10
    floor = tenths.numerator // tenths.denominator
    return floor + (1 if tenths - floor >= Fraction(1, 2) else 0)


# ---- conversions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "tenths"),
    [
        (100.4, "F", 380),
        (38.0, "C", 380),
        (100.3, "F", 379),
        (100.5, "F", 381),
        (37.95, "C", 380),
        (37.94, "C", 379),
        (96.8, "F", 360),
        (32.0, "F", 0),
    ],
)
def test_celsius_tenths_exact_at_common_thresholds(value: float, unit: str, tenths: int) -> None:
    assert fever.celsius_tenths(value, unit) == tenths


def test_convert_and_format_show_the_other_unit() -> None:
    assert fever.convert(38.0, "C", "F") == 100.4
    assert fever.convert(100.4, "F", "C") == 38.0
    assert fever.convert(36.6, "C", "C") == 36.6
    assert fever.format_temperature(38.2, "C") == "38.2 °C (100.8 °F)"
    assert fever.format_temperature(100.4, "F") == "100.4 °F (38.0 °C)"
    with pytest.raises(FeverRulesError):
        fever.convert(38.0, "K", "C")


# ---- rule 1: one reading at or above ---------------------------------------------------------


@pytest.mark.parametrize("rule_unit", ["C", "F"])
@pytest.mark.parametrize(
    ("value", "unit", "fires"),
    [
        (38.0, "C", True),
        (37.9, "C", False),
        (38.1, "C", True),
        (100.4, "F", True),
        (100.3, "F", False),
        (100.5, "F", True),
        (39.5, "C", True),
        (36.5, "C", False),
    ],
)
def test_default_rule_at_and_around_the_threshold(
    rule_unit: fever.Unit, value: float, unit: str, fires: bool
) -> None:
    rules = FeverRules.default(rule_unit)
    alert = evaluate([reading(value, unit)], rules, now=NOW)
    assert (alert is not None) is fires
    if alert:
        assert alert.rule == "high"
        assert alert.reading.value == value


def test_default_rule_is_sourced() -> None:
    assert FeverRules.default("C").high == 38.0
    assert FeverRules.default("F").high == 100.4
    assert fever.DEFAULT_RULES_SOURCE.url.startswith("https://www.cdc.gov/")
    assert "rectal" in fever.NO_RECTAL_TEXT
    assert fever.NO_RECTAL_SOURCE.url.startswith("https://")


def test_same_unit_is_compared_as_shown() -> None:
    rules = FeverRules(unit="F", high=100.6)
    assert evaluate([reading(100.5, "F")], rules, now=NOW) is None
    assert evaluate([reading(100.6, "F")], rules, now=NOW) is not None


def test_old_readings_no_longer_alert_but_recent_ones_do() -> None:
    rules = FeverRules.default()
    assert evaluate([reading(38.5, minutes_ago=25 * 60)], rules, now=NOW) is None
    assert evaluate([reading(38.5, minutes_ago=23 * 60)], rules, now=NOW) is not None
    # A later normal reading does not cancel a call the family should still make.
    later = reading(37.0, minutes_ago=5, id="2")
    alert = evaluate([reading(38.5, minutes_ago=60), later], rules, now=NOW)
    assert alert is not None and alert.reading.id == "1"


def test_alert_carries_what_to_tell_them() -> None:
    first = reading(38.4, minutes_ago=90, id="1", fever_medicine="paracetamol 240 mg")
    second = reading(38.9, minutes_ago=10, id="2", method="armpit")
    alert = evaluate([first, second], FeverRules.default(), now=NOW)
    assert alert is not None
    assert alert.reading.id == "2" and alert.reading.method == "armpit"
    assert alert.threshold == 38.0 and alert.unit == "C"
    assert alert.readings == (second,)
    assert alert.medicines == ("paracetamol 240 mg",)


def test_children_are_checked_separately() -> None:
    rules = FeverRules(unit="C", high=39.0, sustained=38.0)
    a = reading(38.2, minutes_ago=120, id="1", child_id="c1")
    b = reading(38.2, minutes_ago=30, id="2", child_id="c2")
    assert evaluate([a, b], rules, now=NOW) is None
    c = reading(38.3, minutes_ago=10, id="3", child_id="c1")
    alert = evaluate([a, b, c], rules, now=NOW)
    assert alert is not None and alert.child_id == "c1" and alert.rule == "sustained"


# ---- rule 2: sustained -----------------------------------------------------------------


SUSTAINED = FeverRules(unit="C", high=38.3, sustained=38.0, sustained_minutes=60)


def test_sustained_needs_a_full_hour() -> None:
    start = reading(38.0, minutes_ago=70, id="1")
    at_59 = reading(38.1, minutes_ago=11, id="2")
    assert evaluate([start, at_59], SUSTAINED, now=NOW) is None
    at_60 = reading(100.4, "F", minutes_ago=10, id="3", fever_medicine="ibuprofen")
    alert = evaluate([start, at_59, at_60], SUSTAINED, now=NOW)
    assert alert is not None
    assert alert.rule == "sustained"
    assert alert.reading.id == "3"
    assert alert.since == start.taken_at
    assert [r.id for r in alert.readings] == ["1", "2", "3"]
    assert alert.medicines == ("ibuprofen",)


def test_a_reading_below_breaks_the_run() -> None:
    readings = [
        reading(38.0, minutes_ago=120, id="1"),
        reading(37.9, minutes_ago=90, id="2"),
        reading(38.1, minutes_ago=60, id="3"),
        reading(38.2, minutes_ago=1, id="4"),
    ]
    assert evaluate(readings, SUSTAINED, now=NOW) is None
    readings.append(reading(38.0, minutes_ago=0, id="5"))
    alert = evaluate(readings, SUSTAINED, now=NOW)
    assert alert is not None and alert.reading.id == "5" and alert.since == readings[2].taken_at


def test_sustained_in_fahrenheit_against_celsius_readings() -> None:
    rules = FeverRules(unit="F", high=101.0, sustained=100.4, sustained_minutes=60)
    readings = [reading(38.0, minutes_ago=61, id="1"), reading(38.0, minutes_ago=1, id="2")]
    alert = evaluate(readings, rules, now=NOW)
    assert alert is not None and alert.rule == "sustained"
    below = [reading(37.9, minutes_ago=61, id="1"), reading(38.0, minutes_ago=1, id="2")]
    assert evaluate(below, rules, now=NOW) is None


def test_high_wins_over_sustained_on_the_same_reading() -> None:
    readings = [reading(38.0, minutes_ago=70, id="1"), reading(38.5, minutes_ago=5, id="2")]
    alert = evaluate(readings, SUSTAINED, now=NOW)
    assert alert is not None and alert.rule == "high" and alert.reading.id == "2"


# ---- rule 3: low ---------------------------------------------------------------------


def test_low_reading_at_or_below() -> None:
    rules = FeverRules(unit="C", high=38.0, low=36.0)
    assert evaluate([reading(36.1)], rules, now=NOW) is None
    alert = evaluate([reading(36.0)], rules, now=NOW)
    assert alert is not None and alert.rule == "low"
    assert evaluate([reading(96.8, "F")], rules, now=NOW) is not None  # 96.8 °F == 36.0 °C
    assert evaluate([reading(96.9, "F")], rules, now=NOW) is None
    assert evaluate([reading(35.0)], FeverRules.default(), now=NOW) is None  # off by default


# ---- properties ---------------------------------------------------------------------------


temps_c = st.decimals(min_value=Decimal("33.0"), max_value=Decimal("42.0"), places=1)
temps_f = st.decimals(min_value=Decimal("92.0"), max_value=Decimal("107.0"), places=1)


@st.composite
def temperature(draw: st.DrawFn) -> tuple[float, str]:
    unit = draw(st.sampled_from(["C", "F"]))
    value = draw(temps_c if unit == "C" else temps_f)
    return float(value), unit


@given(threshold=temperature(), value=temperature())
def test_evaluate_agrees_with_a_direct_comparison(
    threshold: tuple[float, str], value: tuple[float, str]
) -> None:
    t_value, t_unit = threshold
    r_value, r_unit = value
    rules = FeverRules(unit=t_unit, high=t_value)  # type: ignore[arg-type]
    fired = evaluate([reading(r_value, r_unit)], rules, now=NOW) is not None
    if t_unit == r_unit == "F":
        expected = Decimal(repr(r_value)) >= Decimal(repr(t_value))
    else:
        expected = oracle_c_tenths(r_value, r_unit) >= oracle_c_tenths(t_value, t_unit)
    assert fired is expected


@given(
    threshold=temperature(),
    value=st.floats(min_value=30, max_value=45, allow_nan=False),
    unit=st.sampled_from(["C", "F"]),
)
def test_rounding_matches_an_exact_reference(
    threshold: tuple[float, str], value: float, unit: str
) -> None:
    assert fever.celsius_tenths(value, unit) == oracle_c_tenths(value, unit)
    assert fever.celsius_tenths(*threshold) == oracle_c_tenths(*threshold)


# ---- stored rules -----------------------------------------------------------------------


def test_rules_round_trip_through_json() -> None:
    rules = FeverRules(unit="F", high=101.0, sustained=100.4, sustained_minutes=60, low=96.8)
    assert FeverRules.from_dict(rules.to_dict()) == rules
    assert FeverRules.from_json(rules.to_json()) == rules
    assert fever.load_rules(rules.to_json()) == rules
    assert fever.load_rules(None) == FeverRules.default()
    assert fever.load_rules("{broken") == FeverRules.default()
    assert fever.load_rules(rules.to_dict()) == rules  # the journal keeps JSON values
    assert fever.rules_problem({"unit": "C"}) and fever.rules_problem("[")
    assert not fever.rules_problem(None) and not fever.rules_problem(rules.to_dict())


@pytest.mark.parametrize(
    "data",
    [
        {"unit": "K", "high": 38.0},
        {"unit": "C", "high": 80.0},
        {"unit": "C", "high": "38"},
        {"unit": "C", "high": True},
        {"unit": "C", "high": float("nan")},
        {"unit": "C", "high": float("inf")},
        {"unit": "C", "high": 38.0, "sustained": 38.0},
        {"unit": "C", "high": 38.0, "sustained": 38.5},
        {"unit": "C", "high": 38.0, "low": 38.0},
        {"unit": "C", "high": 38.3, "sustained": 38.0, "low": 38.0},
        {"unit": "C", "high": 38.0, "sustained": 37.8, "sustained_minutes": 0},
        {"unit": "C", "high": 38.0, "sustained_minutes": 60.5},
        {"unit": "C", "high": 38.0, "colour": "red"},
        {"unit": "C"},
        {"unit": "C", "high": 38.0, "version": 99},
    ],
)
def test_invalid_rules_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(FeverRulesError):
        FeverRules.from_dict(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
rule_like = st.fixed_dictionaries(
    {},
    optional={
        "version": json_values | st.just(1),
        "unit": st.sampled_from(["C", "F"]) | json_values,
        "high": st.floats() | st.integers() | json_values,
        "sustained": st.floats() | st.none() | json_values,
        "sustained_minutes": st.integers() | json_values,
        "low": st.floats() | st.none() | json_values,
    },
)


@given(st.one_of(json_values, rule_like))
def test_loader_survives_garbage(data: object) -> None:
    try:
        rules = FeverRules.from_dict(data)  # type: ignore[arg-type]
    except FeverRulesError:
        return
    assert FeverRules.from_dict(rules.to_dict()) == rules


@given(st.text(max_size=60) | json_values.map(json.dumps))
def test_load_rules_never_raises_on_text(text: str) -> None:
    assert isinstance(fever.load_rules(text), FeverRules)


@given(st.one_of(json_values, rule_like))
def test_load_rules_never_raises_on_values(value: object) -> None:
    assert isinstance(fever.load_rules(value), FeverRules)
    assert fever.rules_problem(value) is (value not in (None, "") and not _valid(value))


def _valid(value: object) -> bool:
    try:
        FeverRules.from_dict(value)  # type: ignore[arg-type]
    except FeverRulesError:
        return False
    return True


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        evaluate([], FeverRules.default(), now=datetime(2025, 1, 1))
