"""Blood counts: one part of the :class:`companion.journal.Journal` facade.

Values come in the units of the team's sheet and are kept in the journal's units
(:mod:`companion.journal.counts.units`); the ANC is worked out from the WBC and the segs and
bands when the sheet did not give it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from companion.journal import records as rec
from companion.journal.counts.units import computed_anc, to_stored
from companion.journal.entries import of_type, or_now
from companion.journal.records import BloodCount, NamedValue

if TYPE_CHECKING:
    from companion.storage.repository import Repository

#: The values ``add_blood_count`` takes by name.
VALUE_FIELDS = ("wbc", "anc", "segs", "bands", "hemoglobin", "platelets", "alc")


def build_count(
    child_id: str,
    drawn_at: datetime | None = None,
    *,
    count_unit: str = "10^9/L",
    hgb_unit: str = "g/dL",
    others: Mapping[str, float | tuple[float, str]] | None = None,
    notes: str = "",
    **values: float | None,
) -> BloodCount:
    """The record for values typed from a sheet (ValueError naming the field if impossible)."""
    unknown = set(values) - set(VALUE_FIELDS)
    if unknown:
        raise TypeError("unknown blood count values: " + ", ".join(sorted(unknown)))
    stored: dict[str, Any] = {
        name: None if value is None else to_stored(name, float(value), count_unit, hgb_unit)
        for name, value in values.items()
    }
    computed = False
    if stored.get("anc") is None:
        anc = computed_anc(stored.get("wbc"), stored.get("segs"), stored.get("bands"))
        if anc is not None:
            stored["anc"], computed = anc, True
    named = tuple(
        NamedValue(name, float(v[0]), v[1]) if isinstance(v, tuple) else NamedValue(name, v)
        for name, v in (others or {}).items()
    )
    return BloodCount(
        child_id=child_id,
        drawn_at=or_now(drawn_at),
        anc_computed=computed,
        others=named,
        count_unit=count_unit,
        hgb_unit=hgb_unit,
        notes=notes,
        **stored,
    )


class BloodCounts:
    """A child's blood counts; ``repo`` raises Locked once the journal is closed."""

    def __init__(self, repo: Callable[[], Repository]) -> None:
        self._repo = repo

    def add_blood_count(
        self,
        /,
        child_id: str,
        drawn_at: datetime | None = None,
        *,
        count_unit: str = "10^9/L",
        hgb_unit: str = "g/dL",
        others: Mapping[str, float | tuple[float, str]] | None = None,
        notes: str = "",
        **values: float | None,
    ) -> BloodCount:
        """Record a blood test from the team's sheet: ``wbc``, ``anc``, ``segs``, ``bands``
        (percent), ``hemoglobin``, ``platelets``, ``alc`` in ``count_unit`` ("10^9/L" or
        "/uL") and ``hgb_unit`` ("g/dL" or "g/L"), and ``others`` by name. Without an ``anc``,
        it is worked out as WBC x (segs + bands) / 100 (``anc_computed`` is then True)."""
        record = build_count(
            child_id,
            drawn_at,
            count_unit=count_unit,
            hgb_unit=hgb_unit,
            others=others,
            notes=notes,
            **values,
        )
        return self._repo().insert(record)

    def counts_between(self, child_id: str, start: datetime, end: datetime) -> list[BloodCount]:
        """Counts with ``start <= drawn_at < end``, oldest first (for the trends chart)."""
        items = self._repo().list(
            rec.BLOOD_COUNT, child_id=child_id, since=start, until=end, newest_first=False
        )
        return of_type(items, BloodCount)

    def list_blood_counts(self, child_id: str, limit: int | None = None) -> list[BloodCount]:
        """Counts, newest first."""
        return of_type(
            self._repo().list(rec.BLOOD_COUNT, child_id=child_id, limit=limit), BloodCount
        )

    def latest_anc(self, child_id: str, before: datetime | None = None) -> BloodCount | None:
        """The newest count with an ANC drawn before ``before`` (default now), among the last
        fifty counts."""
        items = self._repo().list(
            rec.BLOOD_COUNT, child_id=child_id, until=or_now(before), limit=50
        )
        return next((c for c in of_type(items, BloodCount) if c.anc is not None), None)
