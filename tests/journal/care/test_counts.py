"""Blood counts: units converted both ways, the ANC worked out from the differential, impossible
values refused by name, and the newest ANC found for the fever card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.journal import Journal
from companion.journal.counts import units
from companion.journal.counts.blood_counts import build_count
from companion.journal.counts.words import count_title, named_value
from companion.journal.records import Child, Kind

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_anc_is_worked_out_from_wbc_segs_and_bands(journal: Journal, child: Child) -> None:
    count = journal.add_blood_count(child.id, T0, wbc=1.2, segs=30, bands=5, platelets=45)
    assert count.anc == pytest.approx(0.42)
    assert count.anc_computed is True
    typed = journal.add_blood_count(child.id, T0, wbc=1.2, anc=0.5, segs=30, bands=5)
    assert (typed.anc, typed.anc_computed) == (0.5, False)
    (row, *_rest) = journal.timeline(kinds=[Kind.BLOOD_COUNT])
    assert "ANC" in row.title


def test_per_microlitre_and_grams_per_litre_are_converted(journal: Journal, child: Child) -> None:
    count = journal.add_blood_count(
        child.id,
        T0,
        count_unit="/uL",
        hgb_unit="g/L",
        wbc=3200,
        segs=40,
        bands=5,
        platelets=18000,
        hemoglobin=85,
    )
    assert (count.wbc, count.platelets, count.hemoglobin) == (3.2, 18.0, 8.5)
    assert count.anc == pytest.approx(1.44)
    assert named_value(count, "anc") == "ANC 1,440 /uL"
    assert named_value(count, "hemoglobin") == "Hemoglobin 85 g/L"
    assert journal.get(Kind.BLOOD_COUNT, count.id) == count


@given(
    st.floats(min_value=0, max_value=1000, allow_nan=False),
    st.sampled_from(["10^9/L", "/uL"]),
    st.sampled_from(["g/dL", "g/L"]),
)
def test_units_go_there_and_back(value: float, count_unit: str, hgb_unit: str) -> None:
    for name in ("wbc", "hemoglobin", "segs"):
        stored = units.to_stored(name, value, count_unit, hgb_unit)
        assert units.from_stored(name, stored, count_unit, hgb_unit) == pytest.approx(value)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"platelets": -1}, "platelets"),
        ({"hemoglobin": 85}, "hemoglobin"),  # g/L typed as g/dL
        ({"wbc": 1.0, "anc": 2.0}, "anc"),
        ({"segs": 80, "bands": 30}, "segs and bands"),
        ({"wbc": float("nan")}, "wbc"),
        ({}, "at least one value"),
    ],
)
def test_impossible_values_are_refused_by_name(values: dict[str, float], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        build_count("c", T0, **values)


def test_unknown_values_and_units_are_refused() -> None:
    with pytest.raises(TypeError, match="nuetrophils"):
        build_count("c", T0, nuetrophils=1.0)
    with pytest.raises(ValueError, match="count_unit"):
        build_count("c", T0, count_unit="cells", wbc=1.0)


def test_other_values_by_name_are_kept(journal: Journal, child: Child) -> None:
    count = journal.add_blood_count(child.id, T0, others={"CRP": (12.5, "mg/L"), "Mono": 3})
    again = journal.get(Kind.BLOOD_COUNT, count.id)
    assert [(o.name, o.value, o.unit) for o in again.others] == [
        ("CRP", 12.5, "mg/L"),
        ("Mono", 3.0, ""),
    ]
    assert count_title(again, None, lambda c, t: t) == "Blood count"
    assert [e.id for e in journal.search("crp")] == [count.id]


def test_latest_anc_skips_counts_without_one(journal: Journal, child: Child) -> None:
    older = journal.add_blood_count(child.id, T0, anc=0.3)
    journal.add_blood_count(child.id, T0 + timedelta(days=2), hemoglobin=9.0)
    assert journal.latest_anc(child.id) == older
    assert journal.latest_anc(child.id, before=T0) is None
    newer = journal.add_blood_count(child.id, T0 + timedelta(days=3), wbc=2.0, segs=50)
    assert journal.latest_anc(child.id) == newer
    assert [c.id for c in journal.counts_between(child.id, T0, T0 + timedelta(days=3))] == [
        older.id,
        journal.list_blood_counts(child.id)[1].id,
    ]
