"""The treatment plan: one part of the :class:`companion.journal.Journal` facade.

A cycle (or phase) has a first day; its planned days are numbered from it (day 1 is the first
day) and stored as their own entries, so they show in the timeline, with the appointments and
in the calendar. Shifting a cycle when the team delays it moves that cycle and every later one,
with all their days, in one transaction. Days are local calendar days in the cycle's zone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from companion.journal import records as rec
from companion.journal.entries import of_type, or_now
from companion.journal.records import TreatmentCycle, TreatmentDay, utcnow
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

if TYPE_CHECKING:
    from companion.storage.repository import Repository

TR_CONTEXT = "Journal"
_T = TR_CONTEXT


@dataclass(frozen=True)
class PlannedDay:
    """What the family copies from the sheet for one day number of a cycle."""

    day: int
    drugs: str = ""
    needs_counts: bool = False
    notes: str = ""


@dataclass(frozen=True)
class PlanPosition:
    """Where a date falls in the plan: day ``day`` of ``cycle``."""

    cycle: TreatmentCycle
    day: int


def midnight(day: date, tz: str) -> datetime:
    """The start of a local calendar day."""
    return datetime.combine(day, time(), tzinfo=ZoneInfo(tz))


def local_day(when: datetime, tz: str) -> date:
    return when.astimezone(ZoneInfo(tz)).date()


def cycle_name(cycle: TreatmentCycle, tr: Translate = untranslated) -> str:
    """ "cycle 3" when the sheet numbers it, else the phase's name."""
    if cycle.number is not None:
        return tr(_T, QT_TRANSLATE_NOOP("Journal", "cycle %1")).replace("%1", str(cycle.number))
    return cycle.name


def position_text(where: PlanPosition, tr: Translate = untranslated) -> str:
    """ "Day 8 of cycle 3"."""
    text = tr(_T, QT_TRANSLATE_NOOP("Journal", "Day %1 of %2"))
    return text.replace("%1", str(where.day)).replace("%2", cycle_name(where.cycle, tr))


def _as_planned(item: PlannedDay | tuple[int, str, bool] | int) -> PlannedDay:
    if isinstance(item, PlannedDay):
        return item
    if isinstance(item, int):
        return PlannedDay(item)
    return PlannedDay(int(item[0]), str(item[1]), bool(item[2]))


class TreatmentPlan:
    """A child's cycles and planned days; ``repo`` raises Locked once the journal is closed."""

    def __init__(self, repo: Callable[[], Repository]) -> None:
        self._repo = repo

    def add_cycle(
        self,
        child_id: str,
        name: str,
        starts_on: date,
        tz: str,
        *,
        number: int | None = None,
        length_days: int | None = None,
        notes: str = "",
        days: Iterable[PlannedDay | tuple[int, str, bool] | int] = (),
    ) -> TreatmentCycle:
        """A cycle starting on ``starts_on`` (day 1) and its planned days, in one write."""
        cycle = TreatmentCycle(
            child_id=child_id,
            name=name,
            number=number,
            starts_at=midnight(starts_on, tz),
            tz=tz,
            length_days=length_days,
            notes=notes,
        )
        planned = self._days_of(cycle, [_as_planned(item) for item in days])
        self._repo().load([cycle, *planned], {})
        return cycle

    def _days_of(self, cycle: TreatmentCycle, planned: Sequence[PlannedDay]) -> list[TreatmentDay]:
        first = local_day(cycle.starts_at, cycle.tz)
        numbers = [item.day for item in planned]
        if len(set(numbers)) != len(numbers):
            raise ValueError("day numbers must not repeat")
        if cycle.length_days is not None and any(n > cycle.length_days for n in numbers):
            raise ValueError("a day number is past the cycle's length")
        return [
            TreatmentDay(
                child_id=cycle.child_id,
                cycle_id=cycle.id,
                day=item.day,
                starts_at=midnight(first + timedelta(days=item.day - 1), cycle.tz),
                tz=cycle.tz,
                drugs=item.drugs,
                needs_counts=item.needs_counts,
                notes=item.notes,
            )
            for item in planned
        ]

    def update_cycle(
        self, cycle: TreatmentCycle, days: Iterable[PlannedDay | tuple[int, str, bool] | int]
    ) -> TreatmentCycle:
        """Save an edited cycle and its new list of days (replacing the old ones) in one write."""
        fresh = replace(cycle, updated_at=utcnow())
        old = self.cycle_days(cycle.id)
        planned = self._days_of(fresh, [_as_planned(item) for item in days])
        by_number = {d.day: d for d in old}
        kept = [replace(d, id=by_number[d.day].id) if d.day in by_number else d for d in planned]
        gone = {d.day for d in old} - {d.day for d in planned}
        removed = [(rec.TREATMENT_DAY, by_number[n].id) for n in sorted(gone)]
        self._repo().load([fresh, *kept], {}, remove=removed)
        return fresh

    def list_cycles(self, child_id: str) -> list[TreatmentCycle]:
        """Cycles in plan order (first day first)."""
        items = self._repo().list(rec.CYCLE, child_id=child_id, newest_first=False)
        return of_type(items, TreatmentCycle)

    def cycle_days(self, cycle_id: str) -> list[TreatmentDay]:
        """A cycle's planned days, in day order."""
        items = self._repo().list(
            rec.TREATMENT_DAY, newest_first=False, where={"cycle_id": cycle_id}
        )
        return of_type(items, TreatmentDay)

    def treatment_days_between(
        self, child_id: str, start: datetime, end: datetime
    ) -> list[TreatmentDay]:
        """Planned days starting in ``[start, end)``, soonest first."""
        items = self._repo().list(
            rec.TREATMENT_DAY, child_id=child_id, since=start, until=end, newest_first=False
        )
        return of_type(items, TreatmentDay)

    def upcoming_treatment_days(
        self, child_id: str | None = None, now: datetime | None = None, limit: int = 50
    ) -> list[TreatmentDay]:
        """Planned days from today on (today's included), soonest first."""
        moment = or_now(now)
        items = self._repo().list(
            rec.TREATMENT_DAY,
            since=moment - timedelta(days=1),
            newest_first=False,
            limit=limit + 2,
            where=None if child_id is None else {"child_id": child_id},
        )
        days = [
            d
            for d in of_type(items, TreatmentDay)
            if local_day(d.starts_at, d.tz) >= local_day(moment, d.tz)
        ]
        return days[:limit]

    def shift_cycle(self, cycle_id: str, days: int) -> list[TreatmentCycle]:
        """Move a cycle and every later cycle of the same child by ``days`` (negative: earlier),
        with all their planned days; one write. Returns the moved cycles."""
        cycle = self._repo().get(rec.CYCLE, cycle_id)
        assert isinstance(cycle, TreatmentCycle)
        moving = [
            c
            for c in self.list_cycles(cycle.child_id)
            if (c.starts_at, c.id) >= (cycle.starts_at, cycle.id)
        ]
        stamp = utcnow()
        changed: list[rec.Record] = []
        for c in moving:
            changed.append(replace(c, starts_at=_moved(c.starts_at, c.tz, days), updated_at=stamp))
            for d in self.cycle_days(c.id):
                changed.append(
                    replace(d, starts_at=_moved(d.starts_at, d.tz, days), updated_at=stamp)
                )
        self._repo().load(changed, {})
        return [c for c in changed if isinstance(c, TreatmentCycle)]

    def plan_position(self, child_id: str, on: date | None = None) -> PlanPosition | None:
        """Where ``on`` (default today, in each cycle's zone) falls: the latest cycle started
        by then, and its day number; None before the plan or past a cycle's length."""
        cycles = self.list_cycles(child_id)
        for cycle in reversed(cycles):
            today = on if on is not None else local_day(utcnow(), cycle.tz)
            first = local_day(cycle.starts_at, cycle.tz)
            if first <= today:
                number = (today - first).days + 1
                if cycle.length_days is not None and number > cycle.length_days:
                    return None
                return PlanPosition(cycle, number)
        return None


def _moved(when: datetime, tz: str, days: int) -> datetime:
    return midnight(local_day(when, tz) + timedelta(days=days), tz)
