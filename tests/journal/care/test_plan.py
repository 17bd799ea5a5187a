"""The treatment plan: cycles with numbered days, "Day 8 of cycle 3", upcoming days, and a
shift that moves a cycle and every later one, across a clock change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.journal import Journal
from companion.journal.plan.treatment_plan import PlannedDay, local_day, position_text
from companion.journal.records import Child, Kind

MADRID = "Europe/Madrid"


def test_a_cycle_and_its_days_are_one_write_and_show_in_the_timeline(
    journal: Journal, child: Child
) -> None:
    cycle = journal.add_cycle(
        child.id,
        "Cycle 3",
        date(2024, 3, 1),
        MADRID,
        number=3,
        length_days=21,
        days=[PlannedDay(1, "Vincristine"), (8, "Vincristine", True), 15],
    )
    days = journal.cycle_days(cycle.id)
    assert [(d.day, local_day(d.starts_at, MADRID)) for d in days] == [
        (1, date(2024, 3, 1)),
        (8, date(2024, 3, 8)),
        (15, date(2024, 3, 15)),
    ]
    assert days[0].starts_at.astimezone(ZoneInfo(MADRID)).hour == 0
    rows = journal.timeline(kinds=[Kind.TREATMENT_DAY])
    assert rows[1].title == "Vincristine"
    assert rows[1].detail == "Day 8 of cycle 3 · if the counts allow"
    assert journal.timeline(kinds=[Kind.CYCLE])[0].title == "Cycle 3 starts"
    assert [e.id for e in journal.search("vincristine")] == [days[1].id, days[0].id]


def test_repeated_or_too_late_day_numbers_are_refused(journal: Journal, child: Child) -> None:
    with pytest.raises(ValueError, match="repeat"):
        journal.add_cycle(child.id, "C1", date(2024, 3, 1), MADRID, days=[1, 1])
    with pytest.raises(ValueError, match="length"):
        journal.add_cycle(child.id, "C1", date(2024, 3, 1), MADRID, length_days=7, days=[8])
    assert journal.list_cycles(child.id) == []


def test_plan_position_reads_day_8_of_cycle_3(journal: Journal, child: Child) -> None:
    journal.add_cycle(child.id, "Cycle 2", date(2024, 2, 1), MADRID, number=2, length_days=35)
    journal.add_cycle(child.id, "Cycle 3", date(2024, 3, 1), MADRID, number=3, length_days=21)
    where = journal.plan_position(child.id, date(2024, 3, 8))
    assert where is not None and position_text(where) == "Day 8 of cycle 3"
    where = journal.plan_position(child.id, date(2024, 2, 29))
    assert where is not None and position_text(where) == "Day 29 of cycle 2"
    assert journal.plan_position(child.id, date(2024, 1, 1)) is None
    assert journal.plan_position(child.id, date(2024, 3, 22)) is None  # past day 21
    journal.add_cycle(child.id, "Maintenance", date(2024, 4, 1), MADRID)
    where = journal.plan_position(child.id, date(2024, 6, 1))
    assert where is not None and position_text(where) == "Day 62 of Maintenance"


def test_shifting_a_cycle_moves_it_and_every_later_day(journal: Journal, child: Child) -> None:
    first = journal.add_cycle(child.id, "C1", date(2024, 2, 1), MADRID, number=1, days=[1, 8])
    delayed = journal.add_cycle(
        child.id, "C2", date(2024, 3, 20), MADRID, number=2, days=[1, 8, 15]
    )
    later = journal.add_cycle(child.id, "C3", date(2024, 4, 20), MADRID, number=3, days=[1])
    moved = journal.shift_cycle(delayed.id, 7)
    assert {c.id for c in moved} == {delayed.id, later.id}
    # Across the spring clock change (31 March in Madrid): still midnight, local day + 7.
    assert [local_day(d.starts_at, MADRID) for d in journal.cycle_days(delayed.id)] == [
        date(2024, 3, 27),
        date(2024, 4, 3),
        date(2024, 4, 10),
    ]
    assert all(
        d.starts_at.astimezone(ZoneInfo(MADRID)).hour == 0 for d in journal.cycle_days(delayed.id)
    )
    assert local_day(journal.cycle_days(later.id)[0].starts_at, MADRID) == date(2024, 4, 27)
    assert local_day(journal.cycle_days(first.id)[1].starts_at, MADRID) == date(2024, 2, 8)
    journal.shift_cycle(delayed.id, -7)
    assert local_day(journal.list_cycles(child.id)[1].starts_at, MADRID) == date(2024, 3, 20)


def test_editing_a_cycle_replaces_its_days(journal: Journal, child: Child) -> None:
    cycle = journal.add_cycle(child.id, "C1", date(2024, 3, 1), MADRID, days=[1, 8, 15])
    kept_id = journal.cycle_days(cycle.id)[1].id
    journal.update_cycle(cycle, [(8, "Cytarabine", True), (22, "", False)])
    days = journal.cycle_days(cycle.id)
    assert [(d.day, d.drugs) for d in days] == [(8, "Cytarabine"), (22, "")]
    assert days[0].id == kept_id
    assert journal.timeline_count(kinds=[Kind.TREATMENT_DAY]) == 2


def test_upcoming_treatment_days_start_today(journal: Journal, child: Child) -> None:
    now = datetime(2024, 3, 8, 15, 0, tzinfo=UTC)
    journal.add_cycle(child.id, "C1", date(2024, 3, 1), MADRID, days=[1, 8, 15])
    upcoming = journal.upcoming_treatment_days(child.id, now=now)
    assert [d.day for d in upcoming] == [8, 15]
    assert journal.upcoming_treatment_days(child.id, now=now + timedelta(days=30)) == []
