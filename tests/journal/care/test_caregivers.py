"""Caregivers: set up once, named on doses, renamed and removed like any synced row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.journal import Journal, kinds
from companion.journal.medicines import supply_left, too_soon
from companion.journal.records import Child, Kind

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_caregivers_are_added_renamed_and_removed_with_undo(journal: Journal) -> None:
    mum = journal.add_caregiver("  Mum ")
    grandma = journal.add_caregiver("Grandma")
    assert [c.name for c in journal.caregivers()] == ["Mum", "Grandma"]
    assert len(mum.id) == 36 and mum.created_at.tzinfo is UTC
    renamed = journal.rename_caregiver(grandma.id, "Abuela")
    assert renamed.id == grandma.id and renamed.updated_at > grandma.updated_at
    journal.remove_caregiver(mum.id)
    assert [c.name for c in journal.caregivers()] == ["Abuela"]
    journal.undo_delete(Kind.CAREGIVER, mum.id)
    assert [c.name for c in journal.caregivers()] == ["Mum", "Abuela"]
    with pytest.raises(ValueError, match="name"):
        journal.add_caregiver("   ")


def test_caregivers_are_not_timeline_entries(journal: Journal) -> None:
    journal.add_caregiver("Grandma")
    assert journal.timeline_count() == 0
    assert journal.search("Grandma") == []


def test_a_dose_records_who_gave_it_and_the_timeline_says_so(
    journal: Journal, child: Child
) -> None:
    grandma = journal.add_caregiver("Grandma")
    med = journal.add_medicine(child.id, "Ondansetron", as_needed=True, min_interval_hours=8)
    dose = journal.add_dose(child.id, med.id, given_at=T0, amount="4 mg", given_by=grandma.id)
    assert journal.last_dose(child.id, med.id) == dose
    (row,) = journal.timeline(kinds=[Kind.DOSE])
    assert row.detail == "4 mg · given by Grandma"
    names = kinds.Names(medicines={}, caregivers={})
    assert "no longer on the list" in kinds.title_and_detail(Kind.DOSE, dose, names)[1]


def test_a_dose_within_the_teams_interval_is_too_soon(journal: Journal, child: Child) -> None:
    med = journal.add_medicine(child.id, "Ondansetron", as_needed=True, min_interval_hours=8)
    last = journal.add_dose(child.id, med.id, given_at=T0)
    assert too_soon(med, last, T0 + timedelta(hours=5)) == timedelta(hours=3)
    assert too_soon(med, last, T0 + timedelta(hours=8)) is None
    assert too_soon(med, None, T0) is None
    no_rule = journal.add_medicine(child.id, "Paracetamol", as_needed=True)
    assert too_soon(no_rule, last, T0 + timedelta(minutes=1)) is None


def test_supply_left_counts_doses_since_the_amount_on_hand(journal: Journal, child: Child) -> None:
    med = journal.add_medicine(
        child.id, "Ondansetron", dose_amount=4, dose_unit="mL", on_hand=100, doses_per_day=3
    )
    for _ in range(5):
        journal.add_dose(child.id, med.id)
    supply = journal.supply(med)
    assert supply is not None
    assert (supply.amount, supply.unit) == (80.0, "mL")
    assert supply.days == pytest.approx(80 / 12)
    plain = journal.add_medicine(child.id, "Cream")
    assert journal.supply(plain) is None
    assert supply_left(med, 100).amount == 0.0  # never below zero
    with pytest.raises(ValueError, match="on_hand"):
        journal.add_medicine(child.id, "Broken", on_hand=-1)
