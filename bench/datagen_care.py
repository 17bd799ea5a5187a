"""The treatment side of the generated journal: caregivers who give the doses, blood counts
(weekly and more often in the low weeks of each cycle), the treatment plan's cycles and
planned days, and the alerts the team's "call us if" rules raised. Used by ``bench.datagen``."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from companion.journal import records as rec

CAREGIVERS = ("Mum", "Dad", "Grandma")
DRUGS = (
    "Vincristine",
    "Cyclophosphamide, Topotecan",
    "Irinotecan, Temozolomide",
    "Dexamethasone",
    "Cytarabine",
)


def caregivers(stamp: Callable[[datetime], dict[str, Any]], start: datetime) -> list[rec.Caregiver]:
    return [rec.Caregiver(name=name, **stamp(start)) for name in CAREGIVERS]


def cycles(
    rng: random.Random,
    child_ids: list[str],
    first_day: datetime,
    days: int,
    zone: str,
    stamp: Callable[[datetime], dict[str, Any]],
) -> list[rec.Record]:
    """Three-week cycles for the first child: the cycle and its planned days 1, 8 and 15."""
    out: list[rec.Record] = []
    for number, offset in enumerate(range(0, days - 21, 21), start=1):
        starts = first_day + timedelta(days=offset)
        cycle = rec.TreatmentCycle(
            child_id=child_ids[0],
            name=f"Cycle {number}",
            number=number,
            starts_at=starts,
            tz=zone,
            length_days=21,
            **stamp(starts - timedelta(days=3)),
        )
        out.append(cycle)
        for day in (1, 8, 15):
            out.append(
                rec.TreatmentDay(
                    child_id=cycle.child_id,
                    cycle_id=cycle.id,
                    day=day,
                    starts_at=starts + timedelta(days=day - 1),
                    tz=zone,
                    drugs=rng.choice(DRUGS),
                    needs_counts=day != 1,
                    **stamp(starts - timedelta(days=3)),
                )
            )
    return out


def blood_counts(
    rng: random.Random,
    moments: list[tuple[int, datetime]],
    child_ids: list[str],
    stamp: Callable[[datetime], dict[str, Any]],
) -> list[rec.Record]:
    """Counts with a low spell; a low platelet count raises an alert now and then."""
    out: list[rec.Record] = []
    for child, when in moments:
        wbc = round(rng.uniform(0.3, 9.0), 1)
        segs = rng.randint(5, 70)
        count = rec.BloodCount(
            child_id=child_ids[child],
            drawn_at=when,
            wbc=wbc,
            anc=round(wbc * segs / 100, 2),
            anc_computed=True,
            segs=float(segs),
            hemoglobin=round(rng.uniform(6.5, 13.5), 1),
            platelets=float(rng.randint(8, 420)),
            count_unit=rng.choice(rec.COUNT_UNITS),
            **stamp(when),
        )
        out.append(count)
        if count.platelets is not None and count.platelets < 20 and rng.random() < 0.5:
            out.append(
                rec.CallAlert(
                    child_id=count.child_id,
                    rule="Platelets below 20 10^9/L",
                    summary=f"Platelets {count.platelets:g} 10^9/L",
                    entry_kind=rec.BLOOD_COUNT,
                    entry_id=count.id,
                    occurred_at=when,
                    **stamp(when),
                )
            )
    return out
