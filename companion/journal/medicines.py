"""Medicines and the doses given: one part of the :class:`companion.journal.Journal` facade.

Like :class:`~companion.journal.entries.Entries`, it is handed the open journal's repository;
every method is one transaction and returns frozen records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from companion.journal import records as rec
from companion.journal.entries import R, of_type, or_now
from companion.journal.records import DoseGiven, Medicine

if TYPE_CHECKING:
    from companion.storage.repository import Repository


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
    ) -> Medicine:
        return self._add(
            Medicine(
                child_id=child_id,
                name=name,
                dose=dose,
                schedule=schedule,
                as_needed=as_needed,
                active=active,
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
    ) -> DoseGiven:
        return self._add(
            DoseGiven(
                child_id=child_id,
                medicine_id=medicine_id,
                given_at=or_now(given_at),
                amount=amount,
                notes=notes,
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
