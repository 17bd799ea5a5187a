"""Medicines and the doses given: one part of the :class:`companion.journal.Journal` facade.

Like :class:`~companion.journal.entries.Entries`, it is handed the open journal's repository;
every method is one transaction and returns frozen records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from companion.journal import records as rec
from companion.journal.entries import R, of_type, or_now
from companion.journal.records import DoseGiven, Medicine

if TYPE_CHECKING:
    from companion.storage.repository import Repository


@dataclass(frozen=True)
class Supply:
    """What is left of a medicine: ``amount`` in ``unit`` and, when the family gave how many
    doses a day, ``days`` of supply (None otherwise)."""

    amount: float
    unit: str
    days: float | None


def too_soon(medicine: Medicine, last: DoseGiven | None, at: datetime) -> timedelta | None:
    """How long is still to wait when a dose at ``at`` comes within the team's minimum interval
    after ``last``; None when there is no interval, no last dose, or the wait is over."""
    if medicine.min_interval_hours is None or last is None:
        return None
    wait = last.given_at + timedelta(hours=medicine.min_interval_hours) - at
    return wait if wait > timedelta(0) and last.given_at <= at else None


def supply_left(medicine: Medicine, doses_since: int) -> Supply | None:
    """The supply after ``doses_since`` doses given since the amount on hand was counted;
    None unless the family entered a numeric dose amount and the amount on hand."""
    if medicine.dose_amount is None or medicine.on_hand is None:
        return None
    left = max(0.0, medicine.on_hand - medicine.dose_amount * doses_since)
    days = None
    if medicine.doses_per_day and medicine.dose_amount > 0:
        days = left / (medicine.dose_amount * medicine.doses_per_day)
    return Supply(left, medicine.dose_unit, days)


class Medicines:
    """A child's medicines and every dose given; ``repo`` raises Locked once closed."""

    def __init__(self, repo: Callable[[], Repository]) -> None:
        self._repo = repo

    def _add(self, record: R) -> R:
        return self._repo().insert(record)

    def add_medicine(
        self,
        child_id: str,
        name: str,
        *,
        dose: str = "",
        schedule: str = "",
        as_needed: bool = False,
        active: bool = True,
        min_interval_hours: float | None = None,
        dose_amount: float | None = None,
        dose_unit: str = "",
        on_hand: float | None = None,
        doses_per_day: float | None = None,
    ) -> Medicine:
        """``min_interval_hours`` is the team's shortest time between doses; ``dose_amount``,
        ``dose_unit``, ``on_hand`` and ``doses_per_day`` (all optional) track the supply."""
        return self._add(
            Medicine(
                child_id=child_id,
                name=name,
                dose=dose,
                schedule=schedule,
                as_needed=as_needed,
                active=active,
                min_interval_hours=min_interval_hours,
                dose_amount=dose_amount,
                dose_unit=dose_unit,
                on_hand=on_hand,
                on_hand_at=None if on_hand is None else rec.utcnow(),
                doses_per_day=doses_per_day,
            )
        )

    def list_medicines(self, child_id: str, active_only: bool = False) -> list[Medicine]:
        """A child's medicines in the order they were added."""
        where = {"active": True} if active_only else None
        items = self._repo().list(rec.MEDICINE, child_id=child_id, newest_first=False, where=where)
        return of_type(items, Medicine)

    def add_dose(
        self,
        child_id: str,
        medicine_id: str,
        *,
        given_at: datetime | None = None,
        amount: str = "",
        notes: str = "",
        given_by: str | None = None,
    ) -> DoseGiven:
        """Record a dose given; ``given_by`` is the caregiver's id (see ``caregivers()``)."""
        return self._add(
            DoseGiven(
                child_id=child_id,
                medicine_id=medicine_id,
                given_at=or_now(given_at),
                amount=amount,
                notes=notes,
                given_by=given_by,
            )
        )

    def doses_between(self, child_id: str, start: datetime, end: datetime) -> list[DoseGiven]:
        """Doses with ``start <= given_at < end``, oldest first."""
        items = self._repo().list(
            rec.DOSE, child_id=child_id, since=start, until=end, newest_first=False
        )
        return of_type(items, DoseGiven)

    def doses_on(self, child_id: str, day: date, tz: str | None = None) -> list[DoseGiven]:
        """Doses given on a calendar day in ``tz`` (default: this computer's time zone)."""
        start, end = day_bounds(day, tz)
        return self.doses_between(child_id, start, end)

    def list_doses(
        self, child_id: str, medicine_id: str | None = None, limit: int | None = None
    ) -> list[DoseGiven]:
        """Doses, newest first, optionally of one medicine."""
        where = {"medicine_id": medicine_id} if medicine_id is not None else None
        items = self._repo().list(rec.DOSE, child_id=child_id, limit=limit, where=where)
        return of_type(items, DoseGiven)

    def last_dose(self, child_id: str, medicine_id: str) -> DoseGiven | None:
        """The latest dose of one medicine, or None."""
        found = self.list_doses(child_id, medicine_id, limit=1)
        return found[0] if found else None

    def supply(self, medicine: Medicine) -> Supply | None:
        """What is left of a medicine (see :func:`supply_left`), counting the doses recorded
        since the amount on hand was entered."""
        if medicine.dose_amount is None or medicine.on_hand is None:
            return None
        since = medicine.on_hand_at or medicine.updated_at
        items = self._repo().list(
            rec.DOSE, child_id=medicine.child_id, since=since, where={"medicine_id": medicine.id}
        )
        return supply_left(medicine, len(items))


def day_bounds(day: date, tz: str | None = None) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of a calendar day in ``tz`` or this computer's zone."""
    if tz is None:
        start = datetime.combine(day, time()).astimezone()
        end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    else:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(tz)
        start = datetime.combine(day, time(), tzinfo=zone)
        end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start, end
