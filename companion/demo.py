"""Realistic sample data for demo mode and screenshots: Maya, three months of entries (Qt-free).

Everything is made up except the one care-team phone number, which is the public line of a
center in the directory (source named on the contact). The data is the same on every run for a
given ``today``, so screenshots can be compared.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from companion.journal.callrules import CallRule
from companion.journal.fever import FeverRules, evaluate
from companion.journal.records import ChecklistItem

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths

DAYS = 91
SEED = 20250214

#: Source: University of Michigan C.S. Mott Children's Hospital, relapsed and resistant
#: pediatric cancer page (seed page 000_72be8d61e41e0811.txt).
DEMO_CONTACT_PHONE = "+17349369814"


#: The demo journal's password (its data is sample data in a temporary folder).
DEMO_PASSPHRASE = "demo"


def make_demo_journal(paths: AppPaths) -> Journal:
    """A journal with sample data in ``paths`` (a temporary folder), unlocked."""
    from companion.journal import Journal

    paths.ensure()
    journal, _code = Journal.create(paths.data_dir, passphrase=DEMO_PASSPHRASE)
    fill_demo_journal(journal)
    return journal


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time on ``day`` in this computer's zone, as an aware datetime."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def _past(moment: datetime) -> bool:
    return moment <= datetime.now().astimezone()


def fill_demo_journal(journal: Journal, *, today: date | None = None) -> str:
    """Fill an empty journal with Maya's last three months; returns her child id."""
    day0 = today or date.today()
    rng = random.Random(SEED)
    maya = journal.add_child("Maya", date(day0.year - 8, 5, 14), "Relapsed neuroblastoma")

    journal.add_contact(
        "C.S. Mott Children's Hospital",
        role="Pediatric oncology (demo contact)",
        phone=DEMO_CONTACT_PHONE,
        notes="Public number from the hospital's relapsed and resistant cancer page.",
        call_for_fever=True,
    )
    givers = [journal.add_caregiver("Mum").id, journal.add_caregiver("Dad").id]
    ondansetron = journal.add_medicine(
        maya.id,
        "Ondansetron",
        dose="1 tablet",
        schedule="When feeling sick",
        as_needed=True,
        min_interval_hours=8,
        dose_amount=1,
        dose_unit="tablets",
        on_hand=20,
        doses_per_day=2,
    )
    paracetamol = journal.add_medicine(
        maya.id,
        "Acetaminophen (paracetamol)",
        dose="10 ml",
        schedule="For pain, only as the team said",
        as_needed=True,
    )
    cotrim = journal.add_medicine(
        maya.id, "Co-trimoxazole", dose="1 tablet", schedule="Twice a day, Sat and Sun"
    )
    mouthwash = journal.add_medicine(maya.id, "Mouthwash", dose="10 ml", schedule="After each meal")

    rules = FeverRules.default()
    start = day0 - timedelta(days=DAYS - 1)
    fever_days = {day0 - timedelta(days=52), day0 - timedelta(days=17)}
    for offset in range(DAYS):
        day = start + timedelta(days=offset)
        # Treatment cycles of three weeks: the first week is the hardest.
        cycle_day = offset % 21
        rough = cycle_day < 7
        if not (today is None and day == day0):  # today's readings come from _fever_now
            _temperatures(journal, maya.id, day, rng, day in fever_days, paracetamol.id, rules)
        _symptoms(journal, maya.id, day, rng, rough, cycle_day)
        _doses(journal, maya.id, day, rng, rough, ondansetron.id, cotrim.id, mouthwash.id, givers)
        if offset % 7 in (1, 4) and _past(_at(day, 8, 30)):
            _blood_count(journal, maya.id, _at(day, 8, 30), cycle_day, rng)
        if offset % 4 == 1 and _past(_at(day, 21, 10)):
            journal.add_note(_NOTES[(offset // 4) % len(_NOTES)], maya.id, _at(day, 21, 10))
    _appointments(journal, maya.id, day0)
    _questions(journal, maya.id, day0)
    _plan(journal, maya.id, start)
    if today is None:
        _fever_now(journal, maya.id, paracetamol.id, rules)
    return maya.id


def _fever_now(journal: Journal, child_id: str, paracetamol_id: str, rules: FeverRules) -> None:
    """A fever this evening, so the demo shows the "call your care team" card."""
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    journal.add_temperature(child_id, 37.1, "C", method="armpit", taken_at=now - timedelta(hours=5))
    journal.add_temperature(child_id, 37.7, "C", method="armpit", taken_at=now - timedelta(hours=2))
    reading = journal.add_temperature(
        child_id, 38.4, "C", method="armpit", taken_at=now - timedelta(minutes=25)
    )
    journal.add_symptom(
        child_id,
        "tiredness",
        3,
        reporter="caregiver",
        recorded_at=now - timedelta(minutes=20),
        notes="Flushed and sleepy.",
    )
    alert = evaluate([reading], rules, now=now)
    if alert is not None:
        journal.add_fever_event(
            child_id,
            alert.rule,
            "38.4 °C under the arm.",
            reading_id=reading.id,
            occurred_at=reading.taken_at,
        )


def _temperatures(
    journal: Journal,
    child_id: str,
    day: date,
    rng: random.Random,
    feverish: bool,
    paracetamol_id: str,
    rules: FeverRules,
) -> None:
    times = [(7, 40), (19, 30)]
    if feverish:
        times = [(7, 40), (16, 5), (17, 10), (19, 30)]
    for index, (hour, minute) in enumerate(times):
        value = round(rng.uniform(36.4, 37.3), 1)
        medicine = ""
        if feverish and index in (1, 2):
            value = 38.3 if index == 1 else 38.6
        if feverish and index == 3:
            value, medicine = 37.9, "Acetaminophen 10 ml after calling the team"
        when = _at(day, hour, minute)
        if not _past(when):
            continue
        reading = journal.add_temperature(
            child_id, value, "C", method="armpit", taken_at=when, fever_medicine=medicine
        )
        if medicine:
            journal.add_dose(child_id, paracetamol_id, given_at=when, amount="10 ml")
        alert = evaluate([reading], rules, now=when)
        if alert is not None:
            journal.add_fever_event(
                child_id,
                alert.rule,
                f"{value:.1f} °C under the arm; called the oncology team.",
                reading_id=reading.id,
                occurred_at=when,
            )


_ROUGH_SYMPTOMS = ("nausea", "tiredness", "poor_appetite", "mouth_sores", "vomiting")
_CALM_SYMPTOMS = ("tiredness", "pain", "worried", "trouble_sleeping", "constipation")


def _symptoms(
    journal: Journal, child_id: str, day: date, rng: random.Random, rough: bool, cycle_day: int
) -> None:
    pool = _ROUGH_SYMPTOMS if rough else _CALM_SYMPTOMS
    count = rng.randint(2, 3) if rough else rng.randint(0, 2)
    for symptom in rng.sample(pool, count):
        peak = 3 if rough and cycle_day in (2, 3, 4) else 2 if rough else 1
        severity = max(0, min(4, peak + rng.choice((-1, 0, 0, 1))))
        detail = "tummy" if symptom == "pain" else ""
        notes = ""
        if symptom == "vomiting" and severity >= 3:
            notes = "Kept water down after an hour."
        if symptom == "mouth_sores" and severity >= 2:
            notes = "Hard to eat; soft food only."
        when = _at(day, rng.choice((9, 13, 18)), rng.choice((0, 15, 30, 45)))
        if not _past(when):
            continue
        journal.add_symptom(
            child_id,
            symptom,
            severity,
            detail=detail,
            frequency=max(0, min(4, severity + rng.choice((-1, 0, 1)))),
            interference=max(0, severity - 1) if rough else None,
            reporter="child" if symptom in ("pain", "worried", "nausea") else "caregiver",
            recorded_at=when,
            notes=notes,
        )


def _doses(
    journal: Journal,
    child_id: str,
    day: date,
    rng: random.Random,
    rough: bool,
    ondansetron_id: str,
    cotrim_id: str,
    mouthwash_id: str,
    givers: list[str],
) -> None:
    given: list[tuple[str, datetime, str]] = []
    if day.weekday() >= 5:
        given += [(cotrim_id, _at(day, 8, 5), "1 tablet"), (cotrim_id, _at(day, 20, 5), "1 tablet")]
    for hour in (8, 13, 18):
        given.append((mouthwash_id, _at(day, hour, 40), "10 ml"))
    if rough and rng.random() < 0.8:
        given.append((ondansetron_id, _at(day, 9, 20), "1 tablet"))
    for n, (medicine_id, when, amount) in enumerate(given):
        if _past(when):
            giver = givers[(n + day.toordinal()) % len(givers)]
            journal.add_dose(child_id, medicine_id, given_at=when, amount=amount, given_by=giver)


def _blood_count(
    journal: Journal, child_id: str, when: datetime, cycle_day: int, rng: random.Random
) -> None:
    """Counts that fall in the second week of each cycle and recover by the third."""
    low = 7 <= cycle_day <= 13
    wbc = round(rng.uniform(0.6, 1.4) if low else rng.uniform(3.0, 6.5), 1)
    journal.add_blood_count(
        child_id,
        when,
        wbc=wbc,
        segs=rng.randint(20, 35) if low else rng.randint(45, 65),
        bands=rng.randint(0, 5),
        hemoglobin=round(rng.uniform(7.6, 8.8) if low else rng.uniform(9.0, 11.5), 1),
        platelets=float(rng.randint(12, 40) if low else rng.randint(90, 260)),
    )


def _plan(journal: Journal, child_id: str, start: date) -> None:
    """The demo family's roadmap: three-week cycles, day 8 only if the counts allow."""
    for number in range(5):
        journal.add_cycle(
            child_id,
            f"Cycle {number + 3}",
            start + timedelta(days=21 * number),
            _zone(),
            number=number + 3,
            length_days=21,
            days=[(1, "Topotecan, Cyclophosphamide", False), (8, "Vincristine", True)],
        )
    journal.set_setting("count_thresholds", {"anc": [500, "/uL"], "platelets": [20, "10^9/L"]})
    journal.set_call_rules(
        [
            CallRule(
                "times",
                symptom="vomiting",
                times=4,
                hours=24,
                words="Vomiting more than 3 times in 24 hours",
            )
        ]
    )


_NOTES = (
    "Counts came back low today, so the nurse said to watch closely for fever and keep "
    "visitors with colds away. Neutropenia again.",
    "Good day! Maya played in the garden and ate a whole bowl of pasta.",
    "Port dressing changed at clinic. Skin around it looks fine.",
    "Tired all afternoon; napped for three hours. Asked about the MIBG scan next month.",
    "Platelets were low, so she had a transfusion. Bruise on her shin is fading.",
    "She was worried about losing her hair again. We looked at hats together.",
    "Talked with the team about a clinical trial. They will send us the consent form to read.",
)


def _appointments(journal: Journal, child_id: str, today: date) -> None:
    for weeks_ago in range(12, 0, -1):
        day = today - timedelta(days=7 * weeks_ago + 1)
        journal.add_appointment(
            child_id,
            _at(day, 9, 30),
            _zone(),
            duration_minutes=90,
            place="Pediatric oncology day unit",
            place_kind="free",
            with_whom="Dr. Patel and nurse Sam",
            purpose="Check-up and blood counts",
            questions=[ChecklistItem("Are her counts good enough for the next cycle?", True)],
            after_notes="Counts OK. Next cycle goes ahead as planned.",
        )
    journal.add_appointment(
        child_id,
        _at(today - timedelta(days=30), 8, 0),
        _zone(),
        duration_minutes=180,
        place="Radiology, level 2",
        with_whom="Imaging team",
        purpose="MIBG scan",
        after_notes="Results to be discussed at next clinic visit.",
    )
    journal.add_appointment(
        child_id,
        _at(today + timedelta(days=2), 10, 0),
        _zone(),
        duration_minutes=60,
        place="C.S. Mott Children's Hospital",
        place_kind="center",
        with_whom="Dr. Patel",
        purpose="Scan results and next steps",
        questions=[
            "What did the MIBG scan show?",
            "Is a clinical trial an option for Maya?",
            "How can we help with the mouth sores?",
        ],
        reminder_minutes=24 * 60,
    )
    journal.add_appointment(
        child_id,
        _at(today + timedelta(days=9), 9, 30),
        _zone(),
        duration_minutes=90,
        place="Pediatric oncology day unit",
        with_whom="Nurse Sam",
        purpose="Check-up and blood counts",
        reminder_minutes=60,
    )


def _questions(journal: Journal, child_id: str, today: date) -> None:
    answered = journal.add_question(
        "Can Maya go back to school between cycles?", child_id, _at(today - timedelta(40), 20)
    )
    journal.answer_question(answered.id, "Yes, when counts are up; avoid crowded days.")
    journal.add_question(
        "Should we keep a bag packed for fever trips to the hospital?",
        child_id,
        _at(today - timedelta(days=6), 21),
    )
    journal.add_question(
        "What side effects should we expect from the next cycle?",
        child_id,
        _at(today - timedelta(days=2), 20, 30),
    )


def _zone() -> str:
    """This computer's IANA zone name when it can be found, else UTC."""
    try:
        from pathlib import Path

        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            name = "/".join(parts[parts.index("zoneinfo") + 1 :])
            if name:
                return name
    except OSError:
        pass
    return "UTC"
