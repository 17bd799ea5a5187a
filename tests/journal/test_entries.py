"""Entries: every kind round-trips as plain records; delete and Undo; settings; fever contact."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.journal import records as rec
from companion.journal.records import (
    Appointment,
    ChecklistItem,
    Child,
    Contact,
    DoseGiven,
    Medicine,
    Question,
    Record,
    SymptomEntry,
    TemperatureReading,
)
from tests.support.journals import create_journal

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    opened, _code = create_journal(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def child(journal: Journal) -> Child:
    return journal.add_child("Lucía", date(2014, 2, 3), "relapsed ALL")


def _make_each(j: Journal, child: Child) -> dict[str, Callable[[], Record]]:
    med = j.add_medicine(child.id, "Ondansetron", dose="4 mg", schedule="8-hourly")
    reading = j.add_temperature(child.id, 38.2, taken_at=T0)
    return {
        "appointment": lambda: j.add_appointment(
            child.id,
            T0,
            "Europe/Madrid",
            place="Day hospital",
            place_kind="center",
            with_whom="Dr. Ruiz",
            purpose="Counts",
            questions=["Platelets?", ChecklistItem("School?", True)],
            reminder_minutes=30,
        ),
        "symptom": lambda: j.add_symptom(
            child.id, "pain", 3, detail="legs", frequency=2, reporter="child", recorded_at=T0
        ),
        "temperature": lambda: j.add_temperature(
            child.id, 101.3, "F", method="mouth", taken_at=T0, fever_medicine="paracetamol"
        ),
        "medicine": lambda: j.add_medicine(child.id, "Cotrimoxazole", as_needed=True),
        "dose": lambda: j.add_dose(child.id, med.id, given_at=T0, amount="4 mg"),
        "note": lambda: j.add_note("Tired but smiling", child.id, written_at=T0),
        "question": lambda: j.add_question("When is the next scan?", child.id, asked_at=T0),
        "contact": lambda: j.add_contact("Ward 5", role="nurses", phone="+34 600 000 001"),
        "fever": lambda: j.add_fever_event(
            child.id, "over-38-twice", "Call the ward", reading_id=reading.id, occurred_at=T0
        ),
        "child": lambda: j.add_child("Mateo"),
    }


EDITS: dict[str, dict[str, object]] = {
    "appointment": {"after_notes": "Counts fine", "questions": (ChecklistItem("Q", True),)},
    "symptom": {"severity": 1, "interference": 0},
    "temperature": {"value": 37.1, "unit": "C"},
    "medicine": {"active": False},
    "dose": {"notes": "with food"},
    "note": {"text": "Edited text"},
    "question": {"answered": True, "answer": "In two weeks"},
    "contact": {"phone": "+34 600 000 002"},
    "fever": {"summary": "Called, all fine"},
    "child": {"diagnosis": "refractory"},
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_kind_round_trips(journal: Journal, child: Child, kind: str) -> None:
    made = _make_each(journal, child)[kind]()
    assert type(made) is rec.RECORD_TYPES[kind]
    assert journal.get(kind, made.id) == made
    assert journal.get(type(made), made.id) == made
    edited = journal.update(dataclasses.replace(made, **EDITS[kind]))  # type: ignore[arg-type]
    assert edited.updated_at >= made.updated_at and edited.created_at == made.created_at
    assert journal.get(kind, made.id) == edited
    journal.delete(kind, made.id)
    with pytest.raises(LookupError):
        journal.get(kind, made.id)
    with pytest.raises(LookupError):
        journal.update(edited)
    journal.undo_delete(kind, made.id)
    assert journal.get(kind, made.id) == edited


def test_records_are_plain_frozen_values(journal: Journal, child: Child) -> None:
    note = journal.add_note("plain")
    assert type(note).__module__ == "companion.storage.records"
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.text = "changed"  # type: ignore[misc]
    assert note.written_at.tzinfo is UTC
    appointment = journal.add_appointment(child.id, T0, "America/New_York", questions=["A"])
    assert journal.get(Appointment, appointment.id).questions == (ChecklistItem("A", False),)


@pytest.mark.parametrize(
    "bad",
    [
        lambda j, c: j.add_symptom(c.id, "pain", 5),
        lambda j, c: j.add_symptom(c.id, "pain", 2, frequency=-1),
        lambda j, c: j.add_symptom(c.id, "pain", 2, reporter="nurse"),
        lambda j, c: j.add_symptom(c.id, "", 2),
        lambda j, c: j.add_temperature(c.id, 385.0),
        lambda j, c: j.add_temperature(c.id, 38.0, "K"),
        lambda j, c: j.add_temperature(c.id, 38.0, method="rectal"),
        lambda j, c: j.add_temperature(c.id, float("nan")),
        lambda j, c: j.add_note("naive", c.id, written_at=datetime(2024, 1, 1)),
        lambda j, c: j.add_note("   "),
        lambda j, c: j.add_appointment(c.id, T0, "Mars/Olympus_Mons"),
        lambda j, c: j.add_appointment(c.id, T0, "UTC", place_kind="home"),
        lambda j, c: j.add_child(""),
        lambda j, c: j.add_note("orphan", "no-such-child"),
        lambda j, c: j.add_dose(c.id, "no-such-medicine"),
    ],
)
def test_invalid_entries_are_refused(
    journal: Journal, child: Child, bad: Callable[[Journal, Child], object]
) -> None:
    with pytest.raises(ValueError) as caught:
        bad(journal, child)
    assert "orphan" not in str(caught.value) and "naive" not in str(caught.value)
    assert journal.timeline_count() == 0


def test_deleting_a_child_takes_its_entries_and_undo_brings_them_back(
    journal: Journal, child: Child
) -> None:
    other = journal.add_child("Other")
    for make in _make_each(journal, child).values():
        make()
    journal.add_note("other child's note", other.id)
    journal.add_note("family note")
    before = journal.timeline_count(child_id=child.id)
    journal.delete("child", child.id)
    assert journal.timeline_count(child_id=child.id) == 0
    assert [c.name for c in journal.list_children()] == ["Other", "Mateo"]
    assert journal.search("smiling") == []
    journal.undo_delete("child", child.id)
    assert journal.timeline_count(child_id=child.id) == before
    assert journal.search("smiling")[0].kind == "note"


def test_an_entry_deleted_before_its_child_stays_deleted(journal: Journal, child: Child) -> None:
    note = journal.add_note("deleted first", child.id)
    journal.delete("note", note.id)
    journal.delete("child", child.id)
    journal.undo_delete("child", child.id)
    with pytest.raises(LookupError):
        journal.get("note", note.id)


def test_deleting_a_medicine_takes_its_doses(journal: Journal, child: Child) -> None:
    med = journal.add_medicine(child.id, "Dexamethasone")
    dose = journal.add_dose(child.id, med.id, amount="2 mg")
    journal.delete("medicine", med.id)
    assert journal.list_doses(child.id) == []
    journal.undo_delete("medicine", med.id)
    assert journal.list_doses(child.id) == [dose]


def test_renaming_a_medicine_renames_its_doses_in_search(journal: Journal, child: Child) -> None:
    med = journal.add_medicine(child.id, "Paracetamol")
    dose = journal.add_dose(child.id, med.id)
    journal.update(dataclasses.replace(med, name="Acetaminophen"))
    assert {e.id for e in journal.search("acetaminophen")} == {med.id, dose.id}
    assert journal.search("paracetamol") == []


def test_purge_erases_for_good(journal: Journal, child: Child) -> None:
    keep = journal.add_note("keep me", child.id)
    gone = journal.add_note("purge me", child.id)
    journal.delete("note", gone.id)
    assert journal.purge_deleted(before=T0) == 0
    assert journal.purge_deleted() == 1
    with pytest.raises(LookupError):
        journal.undo_delete("note", gone.id)
    assert journal.list_notes() == [keep]


def test_settings_round_trip(journal: Journal) -> None:
    assert journal.get_setting("fever.rules", {"default": True}) == {"default": True}
    rules = {"threshold_c": 38.0, "repeat": [1, 2], "enabled": True, "note": None}
    journal.set_setting("fever.rules", rules)
    assert journal.get_setting("fever.rules") == rules
    journal.set_setting("fever.rules", [])
    assert journal.get_setting("fever.rules") == []
    journal.set_setting("empty", None)
    assert journal.get_setting("empty", "fallback") is None
    with pytest.raises(ValueError):
        journal.set_setting("bad", {1, 2})
    with pytest.raises(ValueError):
        journal.set_setting("bad", float("inf"))


def test_at_most_one_fever_contact(journal: Journal) -> None:
    assert journal.fever_contact() is None
    first = journal.add_contact("Ward", call_for_fever=True)
    second = journal.add_contact("Day unit", call_for_fever=True)
    assert journal.fever_contact() == journal.get(Contact, second.id)
    assert not journal.get(Contact, first.id).call_for_fever
    journal.update(dataclasses.replace(journal.get(Contact, first.id), call_for_fever=True))
    fever = journal.fever_contact()
    assert fever is not None and fever.id == first.id
    journal.delete("contact", first.id)
    assert journal.fever_contact() is None
    journal.update(dataclasses.replace(journal.get(Contact, second.id), call_for_fever=True))
    journal.undo_delete("contact", first.id)
    fever = journal.fever_contact()
    assert fever is not None and fever.id == second.id
    assert sum(c.call_for_fever for c in journal.list_contacts()) == 1


def test_questions_answered_and_open(journal: Journal, child: Child) -> None:
    first = journal.add_question("Can we travel?", child.id, asked_at=T0)
    journal.add_question("Family question")
    journal.answer_question(first.id, "Ask again after the scan")
    assert [q.text for q in journal.list_questions(open_only=True)] == ["Family question"]
    answered = journal.get(Question, first.id)
    assert answered.answered and answered.answer == "Ask again after the scan"


def test_appointments_upcoming_and_last(journal: Journal, child: Child) -> None:
    now = T0
    past = journal.add_appointment(child.id, now - timedelta(days=3), "Europe/Madrid")
    running = journal.add_appointment(
        child.id, now - timedelta(minutes=30), "Europe/Madrid", duration_minutes=60
    )
    soon = journal.add_appointment(child.id, now + timedelta(days=1), "Europe/Madrid")
    assert journal.upcoming_appointments(now=now) == [running, soon]
    assert journal.upcoming_appointments(child.id, now=now, limit=1) == [running]
    assert journal.last_appointment_before(child.id, now - timedelta(hours=1)) == past
    assert journal.last_appointment_before(child.id, now - timedelta(days=5)) is None
    assert journal.list_appointments(child.id) == [past, running, soon]


def test_readings_symptoms_and_doses_by_time(journal: Journal, child: Child) -> None:
    readings = [
        journal.add_temperature(child.id, 37.0 + i / 10, taken_at=T0 + timedelta(hours=i))
        for i in range(6)
    ]
    got = journal.readings_between(child.id, T0 + timedelta(hours=1), T0 + timedelta(hours=4))
    assert got == readings[1:4]
    assert journal.latest_readings(child.id, 2) == [readings[5], readings[4]]
    symptom = journal.add_symptom(child.id, "nausea", 2, recorded_at=T0)
    assert journal.symptoms_between(child.id, T0, T0 + timedelta(seconds=1)) == [symptom]
    med = journal.add_medicine(child.id, "Ondansetron")
    # 23:30 in Madrid on 1 May is 21:30 UTC; 00:30 on 2 May is 22:30 UTC.
    late = journal.add_dose(child.id, med.id, given_at=datetime(2024, 5, 1, 21, 30, tzinfo=UTC))
    next_day = journal.add_dose(child.id, med.id, given_at=datetime(2024, 5, 1, 22, 30, tzinfo=UTC))
    assert journal.doses_on(child.id, date(2024, 5, 1), "Europe/Madrid") == [late]
    assert journal.doses_on(child.id, date(2024, 5, 2), "Europe/Madrid") == [next_day]
    assert journal.doses_on(child.id, date(2024, 5, 1), "UTC") == [late, next_day]
    assert journal.list_doses(child.id, med.id) == [next_day, late]


def test_medicines_active_only(journal: Journal, child: Child) -> None:
    on = journal.add_medicine(child.id, "A")
    off = journal.add_medicine(child.id, "B", active=False)
    assert journal.list_medicines(child.id) == [on, off]
    assert journal.list_medicines(child.id, active_only=True) == [on]
    assert isinstance(on, Medicine)


def test_readings_keep_their_unit(journal: Journal, child: Child) -> None:
    reading = journal.add_temperature(child.id, 100.4, "F")
    stored = journal.get(TemperatureReading, reading.id)
    assert (stored.value, stored.unit) == (100.4, "F")
    assert round(stored.celsius, 1) == 38.0
    assert isinstance(journal.add_symptom(child.id, "x", 0), SymptomEntry)
    assert isinstance(journal.add_dose(child.id, journal.add_medicine(child.id, "m").id), DoseGiven)
