"""Realistic journal data for the benchmarks, made fast and cached between runs.

Entries are built as the journal's own records (so every value passes the same checks as a
typed entry), then written in a few large transactions through the storage layer's tables. The
journal's triggers keep the timeline index and its full-text index in sync exactly as they do
for one entry at a time. The same records go into a SQLCipher journal and, for the baseline,
into a plain SQLite file with the same schema. Results are cached in the temp folder, keyed by
the parameters and by the source of this file and of the schema, so re-runs reuse them.

Run alone to build (or find) a dataset: ``python -m bench.datagen 100000``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import datagen_care as care
from bench.datagen_text import (
    AMOUNTS,
    CARE_TEAM,
    DOSE_NOTES,
    FAMILY,
    MEDICINES,
    PLACES,
    POOLS,
    PURPOSES,
    QUESTIONS,
    TEMP_NOTES,
    Writer,
)
from bench.plaintext import open_plaintext_journal
from companion.journal import records as rec
from companion.journal.symptoms import SYMPTOMS

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple"
TZ = "Europe/London"
CACHE = Path(tempfile.gettempdir()) / "companion-bench"
#: Insert order inside a batch: rows that others point at go first.
_ORDER = (
    rec.CHILD,
    rec.CAREGIVER,
    rec.CONTACT,
    rec.MEDICINE,
    rec.TEMPERATURE,
    rec.FEVER,
    rec.DOSE,
    rec.SYMPTOM,
    rec.APPOINTMENT,
    rec.NOTE,
    rec.QUESTION,
    rec.BLOOD_COUNT,
    rec.CYCLE,
    rec.TREATMENT_DAY,
    rec.CALL_ALERT,
)
_BATCH, _TRANSACTION = 1_000, 10_000


#: A few years of a busy family: share of the timeline per kind.
FAMILY_MIX: dict[str, float] = {
    rec.DOSE: 0.31,
    rec.BLOOD_COUNT: 0.02,
    rec.SYMPTOM: 0.24,
    rec.TEMPERATURE: 0.21,
    rec.NOTE: 0.12,
    rec.QUESTION: 0.04,
    rec.APPOINTMENT: 0.05,
    rec.FEVER: 0.01,
}


@dataclass(frozen=True)
class Spec:
    """What to generate. ``entries`` counts rows of the timeline index (every kind)."""

    entries: int
    children: int = 2
    days: int = 4 * 365
    end: date = date(2025, 6, 30)
    seed: int = 20250630
    plaintext: bool = True
    #: Share of the timeline per kind (medicines and contacts are a fixed few).
    mix: dict[str, float] = field(default_factory=lambda: dict(FAMILY_MIX))


@dataclass(frozen=True)
class Dataset:
    """A generated journal (and its plain twin) on disk."""

    folder: Path
    spec: Spec
    child_ids: list[str]
    start: datetime
    end: datetime
    counts: dict[str, int]
    generate_seconds: float
    cached: bool

    @property
    def cipher_dir(self) -> Path:
        return self.folder / "sqlcipher"

    @property
    def plain_dir(self) -> Path:
        return self.folder / "plain"

    def copy_to(self, dest: Path) -> Dataset:
        """A private working copy, so benchmarks that write never change the cache."""
        dest.mkdir(parents=True, exist_ok=True)
        for part in ("sqlcipher", "plain"):
            if (self.folder / part).exists():
                shutil.copytree(self.folder / part, dest / part)
        return replace(self, folder=dest)


# ----- records --------------------------------------------------------------------------------


class _Maker:
    """Builds the records of one spec, sorted by time."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.zone = ZoneInfo(TZ)
        self.first_day = spec.end - timedelta(days=spec.days - 1)
        self.text = Writer(self.rng, list(FAMILY[: spec.children]))
        # Three-week treatment cycles, the first week the busiest; every fourth spell is quiet.
        self.day_weight = [
            (2.2 if d % 21 < 7 else 1.0) * (0.5 if (d // 120) % 4 == 3 else 1.0)
            for d in range(spec.days)
        ]
        self.child_weight = [0.8, 0.2][: spec.children] if spec.children > 1 else [1.0]
        self.out: list[rec.Record] = []
        self.ids: list[str] = []

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: int, hour: float) -> datetime:
        minutes = int(max(0.0, min(23.99, hour)) * 60)
        when = datetime.combine(self.first_day + timedelta(days=day), datetime.min.time())
        return (when + timedelta(minutes=minutes)).replace(tzinfo=self.zone)

    def moments(self, count: int, hours: tuple[float, ...], spread: float) -> list[tuple[int, Any]]:
        """``count`` (child, time) pairs on weighted days, near the given hours of the day."""
        r = self.rng
        days = r.choices(range(self.spec.days), weights=self.day_weight, k=count)
        kids = r.choices(range(self.spec.children), weights=self.child_weight, k=count)
        return [
            (kid, self.at(day, r.choice(hours) + r.gauss(0, spread)))
            for day, kid in zip(days, kids, strict=True)
        ]

    def stamp(self, when: datetime) -> dict[str, Any]:
        saved = when + timedelta(minutes=self.rng.randint(0, 20))
        return {"id": self.uid(), "created_at": saved, "updated_at": saved}

    def build(self) -> tuple[list[rec.Record], list[str]]:
        start = self.at(0, 0) - timedelta(days=1)
        for n, (name, _she, _her) in enumerate(FAMILY[: self.spec.children]):
            child = rec.Child(
                name=name,
                birth_date=date(2016 + 3 * n, 5 + n, 14),
                diagnosis="Relapsed neuroblastoma" if n == 0 else "",
                **self.stamp(start),
            )
            self.out.append(child)
            self.ids.append(child.id)
        for name in CARE_TEAM:
            note = self.text.sentence(0)
            self.out.append(
                rec.Contact(name=name, role="Care team", notes=note, **self.stamp(start))
            )
        medicines = [self.medicines(kid, start) for kid in self.ids]
        self.givers = care.caregivers(self.stamp, start)
        self.out += self.givers
        self.out += care.cycles(self.rng, self.ids, self.at(0, 0), self.spec.days, TZ, self.stamp)
        # Children and caregivers are not entries; alerts come with the counts, out of theirs.
        rest = self.spec.entries - (len(self.out) - len(self.ids) - len(self.givers))
        total = sum(self.spec.mix.values())
        counts = {kind: int(rest * share / total) for kind, share in self.spec.mix.items()}
        counts[rec.DOSE] += rest - sum(counts.values())
        self.temperatures(counts[rec.TEMPERATURE], counts[rec.FEVER])
        self.doses(counts[rec.DOSE], medicines)
        self.symptoms(counts[rec.SYMPTOM])
        self.notes(counts[rec.NOTE], counts[rec.QUESTION])
        self.appointments(counts[rec.APPOINTMENT])
        self.counts(counts[rec.BLOOD_COUNT])
        self.out.sort(key=lambda item: (_time(item), _ORDER.index(rec.kind_of(item))))
        return self.out, self.ids

    def counts(self, count: int) -> None:
        """Blood counts, alerts included in the count (a low platelet count may raise one)."""
        made = care.blood_counts(self.rng, self.moments(count, (8.5,), 0.5), self.ids, self.stamp)
        self.out += made[:count]

    def medicines(self, child_id: str, start: datetime) -> list[rec.Medicine]:
        """A few from the start, the rest added during the first half."""
        group = []
        for n, (name, dose, schedule, as_needed) in enumerate(MEDICINES):
            when = start if n < 5 else self.at(self.rng.randrange(self.spec.days // 2), 10)
            group.append(
                rec.Medicine(
                    child_id=child_id,
                    name=name,
                    dose=dose,
                    schedule=schedule,
                    as_needed=as_needed,
                    **self.stamp(when),
                )
            )
        group.sort(key=lambda medicine: medicine.created_at)
        self.out += group
        return group

    def temperatures(self, count: int, fevers: int) -> None:
        """Readings, a few of them fevers, each fever with the alert it raised."""
        r = self.rng
        readings = self.moments(count, (7.5, 13.0, 19.5, 2.0), 0.6)
        hot = set(r.sample(range(len(readings)), fevers))
        for n, (child, when) in enumerate(readings):
            if n in hot:
                value = round(r.uniform(38.0, 39.8), 1)
            else:
                value = min(37.9, max(35.5, round(r.gauss(36.9, 0.35), 1)))
            reading = rec.TemperatureReading(
                child_id=self.ids[child],
                value=value,
                method=r.choice(("armpit", "armpit", "ear", "mouth")),
                taken_at=when,
                fever_medicine="paracetamol" if n in hot and r.random() < 0.6 else "",
                notes=r.choice(TEMP_NOTES) if r.random() < 0.12 else "",
                **self.stamp(when),
            )
            self.out.append(reading)
            if n in hot:
                self.out.append(
                    rec.FeverEvent(
                        child_id=self.ids[child],
                        rule="high",
                        summary=f"{value:.1f} °C, {reading.method}.",
                        reading_id=reading.id,
                        occurred_at=when,
                        **self.stamp(when),
                    )
                )

    def doses(self, count: int, medicines: list[list[rec.Medicine]]) -> None:
        r = self.rng
        added = [[m.created_at for m in group] for group in medicines]
        for child, when in self.moments(count, (8.0, 14.0, 20.0), 0.5):
            usable = medicines[child][: max(5, bisect_right(added[child], when))]
            self.out.append(
                rec.DoseGiven(
                    child_id=self.ids[child],
                    medicine_id=r.choice(usable).id,
                    given_at=when,
                    amount=r.choice(AMOUNTS),
                    notes=r.choice(DOSE_NOTES) if r.random() < 0.1 else "",
                    given_by=r.choice(self.givers).id if r.random() < 0.9 else None,
                    **self.stamp(when),
                )
            )

    def symptoms(self, count: int) -> None:
        r = self.rng
        for child, when in self.moments(count, (9.0, 13.0, 17.0, 21.0), 2.0):
            kind = r.choice(SYMPTOMS)
            detail = "hiccups" if kind.key == "other" else ""
            if kind.asks_where and kind.key != "other":
                detail = r.choice(POOLS["body"])
            self.out.append(
                rec.SymptomEntry(
                    child_id=self.ids[child],
                    symptom=kind.key,
                    severity=r.choices(range(5), (2, 40, 35, 18, 5))[0],
                    detail=detail,
                    frequency=r.choice((None, 1, 2, 3)),
                    interference=r.choice((None, 0, 1, 2, 3)),
                    reporter=r.choice(("child", "caregiver")),
                    recorded_at=when,
                    notes=self.text.sentence(child) if r.random() < 0.4 else "",
                    **self.stamp(when),
                )
            )

    def notes(self, notes: int, questions: int) -> None:
        r, text = self.rng, self.text
        for child, when in self.moments(notes, (21.5, 13.0), 1.0):
            about = self.ids[child] if r.random() < 0.85 else None
            note = text.note(child)
            self.out.append(
                rec.Note(text=note, child_id=about, written_at=when, **self.stamp(when))
            )
        for child, when in self.moments(questions, (10.0, 22.0), 2.0):
            answered = r.random() < 0.65
            self.out.append(
                rec.Question(
                    text=text.sentence(child, QUESTIONS),
                    child_id=self.ids[child],
                    answered=answered,
                    answer=text.sentences(child, r.randint(1, 3)) if answered else "",
                    asked_at=when,
                    **self.stamp(when),
                )
            )

    def appointments(self, count: int) -> None:
        r, text = self.rng, self.text
        for child, when in self.moments(count, (9.0, 11.0, 14.5), 0.3):
            asks = r.choice((0, 0, 1, 2, 3, 4))
            questions = tuple(
                rec.ChecklistItem(text.sentence(child, QUESTIONS), r.random() < 0.7)
                for _ in range(asks)
            )
            booked = when - timedelta(days=r.randint(1, 20))
            self.out.append(
                rec.Appointment(
                    child_id=self.ids[child],
                    starts_at=when,
                    tz=TZ,
                    duration_minutes=r.choice((30, 60, 120, 240)),
                    place=r.choice(PLACES),
                    with_whom=r.choice(CARE_TEAM),
                    purpose=r.choice(PURPOSES),
                    questions=questions,
                    after_notes=text.sentences(child, r.randint(1, 5)) if r.random() < 0.6 else "",
                    reminder_minutes=r.choice((None, 60, 1440)),
                    **self.stamp(booked),
                )
            )


def _time(record: rec.Record) -> datetime:
    from companion.storage.kinds import STORED

    value: datetime = getattr(record, STORED[rec.kind_of(record)].time_field)
    return value


# ----- writing and caching --------------------------------------------------------------------


def write_records(engine: Any, records: list[rec.Record]) -> None:
    """Insert through the journal's tables: a transaction per 10,000, triggers index each row."""
    import sqlalchemy as sa

    from companion.storage import engine as db
    from companion.storage.kinds import table_of
    from companion.storage.repository import to_values

    for first in range(0, len(records), _TRANSACTION):
        with db.write(engine) as conn:
            chunk = records[first : first + _TRANSACTION]
            for start in range(0, len(chunk), _BATCH):
                by_kind: dict[str, list[dict[str, Any]]] = {}
                for item in chunk[start : start + _BATCH]:
                    by_kind.setdefault(rec.kind_of(item), []).append(to_values(item))
                for kind in _ORDER:
                    if kind in by_kind:
                        conn.execute(sa.insert(table_of(kind)), by_kind[kind])


def _cache_key(spec: Spec) -> str:
    digest = hashlib.sha256(json.dumps(asdict(spec), sort_keys=True, default=str).encode())
    sources = [
        ROOT / "bench/datagen_text.py",
        Path(__file__),
        ROOT / "companion/storage/models.py",
        *sorted((ROOT / "companion/storage/records").glob("*.py")),
        ROOT / "bench/datagen_care.py",
        ROOT / "companion/storage/kinds.py",
        *sorted((ROOT / "companion/storage/migrations/versions").glob("*.py")),
    ]
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def _generate(spec: Spec, folder: Path) -> dict[str, Any]:
    from companion.journal import Journal
    from companion.storage.vault import DEFAULT_KDF

    began = time.perf_counter()
    records, ids = _Maker(spec).build()
    journal, _code = Journal.create(folder / "sqlcipher", PASSPHRASE, _kdf=DEFAULT_KDF)
    targets = [journal]
    if spec.plaintext:
        targets.append(open_plaintext_journal(folder / "plain"))
    counts: dict[str, int] = {}
    for target in targets:
        try:
            write_records(target._repo().engine, records)
            with target._repo().engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT kind, count(*) FROM entry GROUP BY kind")
                counts = {str(kind): int(n) for kind, n in rows}
        finally:
            target.close()
    if sum(counts.values()) != spec.entries:
        raise RuntimeError(f"generated {sum(counts.values())} entries, not {spec.entries}")
    undated = rec.Child | rec.Contact | rec.Caregiver
    times = [_time(item) for item in records if not isinstance(item, undated)]
    return {
        "child_ids": ids,
        "start": min(times).isoformat(),
        "end": max(times).isoformat(),
        "counts": counts,
        "generate_seconds": time.perf_counter() - began,
    }


def ensure(spec: Spec) -> Dataset:
    """The dataset for ``spec``: from the cache, or generated now (and then cached)."""
    key = _cache_key(spec)
    tag = f"journal-{spec.entries}-{spec.children}c-{spec.days}d"
    folder = CACHE / f"{tag}-{key}"
    cached = (folder / "meta.json").exists()
    if not cached:
        CACHE.mkdir(parents=True, exist_ok=True)
        for stale in CACHE.glob(f"{tag}-*"):  # older versions of the same dataset
            shutil.rmtree(stale, ignore_errors=True)
        building = CACHE / f".building-{key}-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        try:
            meta = _generate(spec, building)
            (building / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            try:
                building.rename(folder)
            except OSError:  # another run finished the same dataset first; use that one
                if not (folder / "meta.json").exists():
                    raise
        finally:
            shutil.rmtree(building, ignore_errors=True)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return Dataset(
        folder,
        spec,
        meta["child_ids"],
        datetime.fromisoformat(meta["start"]),
        datetime.fromisoformat(meta["end"]),
        meta["counts"],
        meta["generate_seconds"],
        cached,
    )


def main() -> int:
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    dataset = ensure(Spec(entries))
    size = sum(p.stat().st_size for p in dataset.folder.rglob("*") if p.is_file()) / 2**20
    state = "cached" if dataset.cached else "generated"
    print(f"{dataset.folder} ({state}, {dataset.generate_seconds:.1f} s to make, {size:.0f} MB)")
    print(json.dumps(dataset.counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
