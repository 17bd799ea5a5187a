"""A journal with one record of every kind, every field set to something other than its
default (multi-line text, signs, quotes, a time in a repeated hour), for export tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from companion.journal import Journal
from companion.journal.records import ChecklistItem, Kind, Record

FALL_BACK_SECOND = datetime(2027, 11, 7, 6, 30, tzinfo=UTC)  # the second 01:30 in New York
FALL_BACK_FIRST = datetime(2027, 11, 7, 5, 30, tzinfo=UTC)


def fill(journal: Journal) -> dict[Kind, Record]:
    child = journal.add_child('Maya, "May"', date(2016, 4, 2), "relapsed ALL\nsecond line")
    contact = journal.add_contact(
        "Ward nurse",
        role="-night shift-",
        phone="+1 734 936 9814",
        notes="=ask for Sam",
        call_for_fever=True,
    )
    medicine = journal.add_medicine(
        child.id,
        "Ondansetron",
        dose="-4 mg",
        schedule="every 8 hours\nwith food",
        as_needed=True,
        min_interval_hours=8,
        dose_amount=4,
        dose_unit="mL",
        on_hand=120.5,
        doses_per_day=3,
    )
    caregiver = journal.add_caregiver('Abuela, "Nana"')
    reading = journal.add_temperature(
        child.id,
        38.6,
        "C",
        method="ear",
        taken_at=FALL_BACK_FIRST,
        fever_medicine="paracetamol",
        notes='flushed, "hot"',
    )
    appointment = journal.add_appointment(
        child.id,
        FALL_BACK_SECOND,
        "America/New_York",
        duration_minutes=95,
        place="Clinic 4; floor 2",
        place_kind="center",
        with_whom="Dr. Rivera",
        purpose="+counts",
        questions=[
            ChecklistItem("When is the scan?"),
            ChecklistItem("Can she swim?\nIn a pool?", done=True),
        ],
        after_notes="Platelets low.\nTransfusion Friday.\n\nCall if bleeding.",
        reminder_minutes=120,
    )
    all_day = journal.add_appointment(
        child.id,
        datetime(2027, 3, 14, 4, 0, tzinfo=UTC),
        "America/New_York",
        duration_minutes=1440,
        all_day=True,
        purpose="Transfusion day",
    )
    symptom = journal.add_symptom(
        child.id,
        "pain",
        3,
        detail="tummy",
        frequency=2,
        interference=4,
        reporter="child",
        recorded_at=datetime(2027, 11, 6, 20, 0, tzinfo=UTC),
        notes="-5 on her own scale",
    )
    dose = journal.add_dose(
        child.id,
        medicine.id,
        amount="-4 mg",
        given_at=datetime(2027, 11, 6, 21, 0, tzinfo=UTC),
        notes="@bedtime",
        given_by=caregiver.id,
    )
    count = journal.add_blood_count(
        child.id,
        datetime(2027, 11, 6, 8, 0, tzinfo=UTC),
        count_unit="/uL",
        hgb_unit="g/L",
        wbc=1200,
        segs=30,
        bands=5,
        hemoglobin=81,
        platelets=18000,
        alc=300,
        others={"CRP": (12.5, "mg/L")},
        notes="=sheet from clinic",
    )
    cycle = journal.add_cycle(
        child.id,
        "Cycle 3, block B",
        date(2027, 11, 1),
        "America/New_York",
        number=3,
        length_days=21,
        notes="-delayed once",
        days=[(1, "Vincristine\nDexamethasone", False), (8, "Vincristine", True)],
    )
    day = journal.cycle_days(cycle.id)[1]
    alert = journal.add_call_alert(
        child.id,
        "Platelets under 20",
        "Platelets 18 10^9/L",
        entry_kind="blood_count",
        entry_id=count.id,
        occurred_at=datetime(2027, 11, 6, 9, 0, tzinfo=UTC),
    )
    note = journal.add_note(
        'First line\nsecond line, with a comma\n"quoted" third',
        child.id,
        datetime(2027, 11, 6, 22, 0, tzinfo=UTC),
    )
    question = journal.add_question(
        "Is -1+1 a formula?", child.id, datetime(2027, 11, 6, 23, 0, tzinfo=UTC)
    )
    question = journal.answer_question(question.id, "No.\nIt is text.")
    fever = journal.add_fever_event(
        child.id,
        "high",
        "Called the ward",
        reading_id=reading.id,
        occurred_at=datetime(2027, 11, 7, 5, 40, tzinfo=UTC),
    )
    journal.set_setting("auto_lock_minutes", 15)
    journal.set_setting("temperature_unit", "F")
    journal.set_setting("temperature_method", "ear")
    return {
        Kind.CHILD: child,
        Kind.CONTACT: contact,
        Kind.MEDICINE: medicine,
        Kind.TEMPERATURE: reading,
        Kind.APPOINTMENT: appointment,
        Kind.SYMPTOM: symptom,
        Kind.DOSE: dose,
        Kind.NOTE: note,
        Kind.QUESTION: question,
        Kind.FEVER: fever,
        Kind.CAREGIVER: caregiver,
        Kind.BLOOD_COUNT: count,
        Kind.CYCLE: cycle,
        Kind.TREATMENT_DAY: day,
        Kind.CALL_ALERT: alert,
        "all_day": all_day,  # type: ignore[dict-item]
    }
