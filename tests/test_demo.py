"""Demo data: realistic, three months long, the same for the same day, all in the past."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from companion.demo import DAYS, fill_demo_journal
from companion.journal import Journal
from companion.journal.fever import FeverRules, evaluate
from companion.storage.vault import MINIMUM_KDF


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _code = Journal.create(tmp_path / "data", passphrase="demo test", _kdf=MINIMUM_KDF)
    try:
        yield opened
    finally:
        opened.close()


def test_demo_fills_three_months_for_maya(journal: Journal) -> None:
    today = date.today() - timedelta(days=1)
    child_id = fill_demo_journal(journal, today=today)
    children = journal.list_children()
    assert [c.name for c in children] == ["Maya"]
    assert children[0].id == child_id
    entries = journal.timeline(limit=5000)
    kinds = Counter(entry.kind for entry in entries)
    for kind in ("symptom", "temperature", "dose", "note", "appointment", "question", "fever"):
        assert kinds[kind] > 0, kind
    assert kinds["temperature"] >= DAYS
    past = [e for e in entries if e.kind not in ("appointment", "medicine")]
    oldest = min(e.at for e in past)
    assert (datetime.now(UTC) - oldest).days >= DAYS - 1
    assert all(e.at <= datetime.now(UTC) for e in past)
    upcoming = journal.upcoming_appointments(child_id)
    assert any(a.questions and a.reminder_minutes for a in upcoming)
    assert journal.list_questions(child_id, open_only=True)
    assert journal.fever_contact() is not None
    assert journal.fever_contact().phone.startswith("+")  # type: ignore[union-attr]


def test_every_demo_fever_event_matches_a_reading_over_the_default_rule(journal: Journal) -> None:
    child_id = fill_demo_journal(journal, today=date.today() - timedelta(days=1))
    rules = FeverRules.default()
    events = journal.list_fever_events(child_id)
    assert events
    for event in events:
        reading = journal.get("temperature", event.reading_id or "")
        assert evaluate([reading], rules, now=reading.taken_at) is not None  # type: ignore[list-item]


def test_demo_is_repeatable(tmp_path: Path) -> None:
    day = date.today() - timedelta(days=1)
    titles = []
    for name in ("a", "b"):
        journal, _ = Journal.create(tmp_path / name, passphrase="demo test", _kdf=MINIMUM_KDF)
        fill_demo_journal(journal, today=day)
        titles.append(
            [
                (e.kind, e.title, e.detail)
                for e in journal.timeline(limit=5000)
                if e.kind != "medicine"
            ]
        )
        journal.close()
    assert titles[0] == titles[1]
