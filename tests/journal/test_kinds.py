"""Each kind of entry is described once per layer, and every layer describes every kind."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from companion.journal import kinds
from companion.journal.records import RECORD_TYPES, Kind, kind_of, kind_of_type
from companion.storage.kinds import STORED, dependents, table_of
from companion.translation import untranslated

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

#: One filled-in record of every kind (the walk below fails for a kind missing here).
SAMPLES = {
    Kind.CHILD: RECORD_TYPES[Kind.CHILD](name="Maya", diagnosis="neuroblastoma"),
    Kind.APPOINTMENT: RECORD_TYPES[Kind.APPOINTMENT](
        child_id="c", starts_at=T0, tz="UTC", purpose="Scan results", with_whom="Dr. Patel"
    ),
    Kind.SYMPTOM: RECORD_TYPES[Kind.SYMPTOM](
        child_id="c", symptom="vomiting", severity=2, notes="after lunch"
    ),
    Kind.TEMPERATURE: RECORD_TYPES[Kind.TEMPERATURE](
        child_id="c", value=38.4, method="ear", taken_at=T0
    ),
    Kind.MEDICINE: RECORD_TYPES[Kind.MEDICINE](child_id="c", name="Ondansetron", dose="4 mg"),
    Kind.DOSE: RECORD_TYPES[Kind.DOSE](child_id="c", medicine_id="m", amount="4 mg"),
    Kind.NOTE: RECORD_TYPES[Kind.NOTE](text="First line\nsecond"),
    Kind.QUESTION: RECORD_TYPES[Kind.QUESTION](text="When are counts back?"),
    Kind.CONTACT: RECORD_TYPES[Kind.CONTACT](name="Oncology nurse", phone="+17349369814"),
    Kind.FEVER: RECORD_TYPES[Kind.FEVER](child_id="c", rule="high", summary="38.4 °C"),
    Kind.CAREGIVER: RECORD_TYPES[Kind.CAREGIVER](name="Grandma"),
    Kind.BLOOD_COUNT: RECORD_TYPES[Kind.BLOOD_COUNT](
        child_id="c", drawn_at=T0, wbc=1.2, anc=0.4, platelets=45.0, hemoglobin=8.5
    ),
    Kind.CYCLE: RECORD_TYPES[Kind.CYCLE](
        child_id="c", name="Cycle 3", number=3, starts_at=T0, tz="UTC"
    ),
    Kind.TREATMENT_DAY: RECORD_TYPES[Kind.TREATMENT_DAY](
        child_id="c", cycle_id="y", day=8, starts_at=T0, tz="UTC", drugs="Vincristine"
    ),
    Kind.CALL_ALERT: RECORD_TYPES[Kind.CALL_ALERT](
        child_id="c", rule="Vomiting more than 3 times in 24 hours", summary="4 times"
    ),
}


def test_kind_is_a_string_so_old_calls_keep_working() -> None:
    assert Kind.NOTE == "note" and Kind("note") is Kind.NOTE
    assert {Kind.NOTE: 1}["note"] == 1


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_has_a_record_a_table_a_label_and_words(kind: Kind) -> None:
    record = SAMPLES[kind]
    assert kind_of(record) is kind and kind_of_type(RECORD_TYPES[kind]) is kind
    stored = STORED[kind]
    assert stored.record is RECORD_TYPES[kind]
    columns = set(table_of(kind).c.keys())
    assert {f.name for f in dataclasses.fields(stored.record)} <= columns
    assert stored.time_field in columns
    for owner, column in stored.owners:
        assert owner in STORED and column in columns
    assert kinds.label(kind).strip()
    names = kinds.Names(medicines={"m": "Ondansetron"})
    title, detail = kinds.title_and_detail(kind, record, names)
    assert title.strip()
    assert isinstance(detail, str)


def test_titles_are_translated_through_the_function_given() -> None:
    shouty = {}

    def tr(context: str, text: str) -> str:
        shouty[text] = context
        return text.upper()

    names = kinds.Names(medicines={})
    title, detail = kinds.title_and_detail(Kind.TEMPERATURE, SAMPLES[Kind.TEMPERATURE], names, tr)
    assert (title, detail) == ("38.4 °C", "IN THE EAR")
    assert kinds.title_and_detail(Kind.SYMPTOM, SAMPLES[Kind.SYMPTOM], names, tr)[0] == "VOMITING"
    assert kinds.label(Kind.FEVER, tr) == "FEVER ALERT"
    assert shouty["in the ear"] == kinds.TR_CONTEXT


def test_the_words_are_those_the_timeline_showed() -> None:
    names = kinds.Names(medicines={"m": "Ondansetron"})
    words = {
        kind: kinds.title_and_detail(kind, record, names, untranslated)
        for kind, record in SAMPLES.items()
    }
    assert words[Kind.APPOINTMENT] == ("Scan results", "Dr. Patel")
    assert words[Kind.SYMPTOM] == ("Vomiting", "after lunch")
    assert words[Kind.DOSE] == ("Ondansetron", "4 mg")
    assert words[Kind.NOTE] == ("First line", "second")
    assert words[Kind.QUESTION] == ("When are counts back?", "Open")
    assert words[Kind.FEVER] == ("Fever: at or above the fever rule", "38.4 °C")


def test_deleting_a_child_or_medicine_takes_its_entries_along() -> None:
    assert (Kind.DOSE, "medicine_id") in dependents(Kind.MEDICINE)
    owned = {kind for kind, column in dependents(Kind.CHILD) if column == "child_id"}
    assert owned == set(Kind) - {Kind.CHILD, Kind.CONTACT, Kind.CAREGIVER}
    assert (Kind.TREATMENT_DAY, "cycle_id") in dependents(Kind.CYCLE)
    assert dependents(Kind.NOTE) == []


def test_a_planned_days_cycle_is_named_in_the_readers_language() -> None:
    spanish = {"Day %1 of %2": "Día %1 de %2", "cycle %1": "ciclo %1"}

    def tr(context: str, text: str) -> str:
        return spanish.get(text, text)

    cycle = RECORD_TYPES[Kind.CYCLE](child_id="c", name="Cycle 7", number=7, starts_at=T0, tz="UTC")
    day = RECORD_TYPES[Kind.TREATMENT_DAY](
        child_id="c", cycle_id=cycle.id, day=8, starts_at=T0, tz="UTC", drugs="Vincristine"
    )
    names = kinds.Names(medicines={}, cycles={cycle.id: cycle})
    assert kinds.title_and_detail(Kind.TREATMENT_DAY, day, names, tr)[1] == "Día 8 de ciclo 7"
    assert kinds.title_and_detail(Kind.TREATMENT_DAY, day, names)[1] == "Day 8 of cycle 7"
